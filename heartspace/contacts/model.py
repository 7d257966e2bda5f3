"""Plain records for contacts, shared by the parser, the writer and the Django import service."""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass, field

PHONE_TYPES = ("cell", "home", "work", "voice", "fax", "pager", "text", "video")
EMAIL_TYPES = ("home", "work")


@dataclass
class Contact:
    name: str = ""
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    uid: str = ""
    birthday_year: int | None = None
    birthday_month: int | None = None
    birthday_day: int | None = None
    phones: list[dict] = field(default_factory=list)
    emails: list[dict] = field(default_factory=list)
    notes: str = ""
    photo: bytes | None = None
    photo_type: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        data = asdict(self)
        data["photo"] = base64.b64encode(self.photo).decode("ascii") if self.photo else None
        return data

    @classmethod
    def from_json(cls, data: dict) -> Contact:
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        photo = known.get("photo")
        known["photo"] = base64.b64decode(photo) if photo else None
        return cls(**known)


@dataclass
class CardResult:
    """One card of a file: either a contact, or the reason it was skipped (in plain words)."""

    index: int
    name: str | None = None
    contact: Contact | None = None
    reason: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.contact is not None


def clean_type(types: list[str], kind: str) -> str:
    """One lowercase type word for a phone or email, from whatever TYPE parameters a client wrote."""
    wanted = PHONE_TYPES if kind == "phone" else EMAIL_TYPES
    lowered = [t.strip().strip('"').lower() for t in types if t.strip()]
    if kind == "phone" and "cell" in lowered or "mobile" in lowered:
        return "cell"
    for candidate in wanted:
        if candidate in lowered:
            return candidate
    return ""


def normalise_values(values) -> list[dict]:
    """Person.phones / Person.emails as a list of {"value", "type"}, whatever shape they were stored in."""
    result = []
    for item in values or []:
        if isinstance(item, str):
            if item.strip():
                result.append({"value": item.strip(), "type": ""})
        elif isinstance(item, dict) and str(item.get("value", "")).strip():
            result.append({"value": str(item["value"]).strip(), "type": str(item.get("type") or "").lower()})
    return result
