"""Turn cleaned cards into plain `Contact` records with vobject, one card at a time.

A card that cannot be read becomes a `CardResult` with a reason in plain words; the rest of the
file goes on. Decisions (documented in docs/FEEDS.md):

- A card with no name at all (no FN, no N, no NICKNAME, no ORG) is skipped: we cannot tell who it is.
- A photo that is not a JPEG, PNG, GIF or WebP image (checked by its first bytes), larger than
  1 MB, or only a link, is left out; the card still imports and the preview says why.
- A birthday we cannot read is left out with a note; the card still imports.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

import vobject
from vobject.icalendar import stringToTextValues

from heartspace.contacts.images import sniff_image_type
from heartspace.contacts.model import CardResult, Contact, clean_type
from heartspace.contacts.prepass import RawCard, iter_raw_cards

BDAY_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})(?:T.*)?$"),  # 1980-04-15, 19800415, 1980-04-15T00:00:00Z
    re.compile(r"^--(?P<m>\d{2})-?(?P<d>\d{2})$"),  # --0415, --04-15 (no year)
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})$"),  # 1980-04 (no day): unusable, caught below
)
# Apple writes a birthday without year as 1604-MM-DD with X-APPLE-OMIT-YEAR=1604.
NO_YEAR_PLACEHOLDERS = {1604, 1900, 0}

UNESCAPED_COMMA = re.compile(r"(?<!\\),")
MAX_NAME = 200
MAX_NOTE = 20_000
MAX_VALUES = 20


def parse_stream(stream: BinaryIO) -> Iterator[CardResult]:
    """Yield one CardResult per card in the file. Raises prepass.UnreadableFile for a file that is
    not contacts at all (empty, binary, no vCard)."""
    for raw in iter_raw_cards(stream):
        yield parse_raw_card(raw)


def parse_raw_card(raw: RawCard) -> CardResult:
    warnings = list(raw.warnings)
    if raw.error:
        return CardResult(index=raw.index, reason=raw.error, warnings=warnings)
    component, problem = _read_component(raw.text, warnings)
    if component is None:
        return CardResult(index=raw.index, name=_guess_name(raw.text), reason=problem, warnings=warnings)
    try:
        contact = _contact_from_component(component, warnings)
    except Exception as exc:  # noqa: BLE001
        return CardResult(index=raw.index, name=_guess_name(raw.text),
                          reason=f"This card is damaged and could not be read ({_short(exc)}).", warnings=warnings)
    if not contact.name:
        clues = [v["value"] for v in (*contact.emails, *contact.phones)][:2]
        only = f" It only has {' and '.join(clues)}." if clues else " It has nothing else to go on either."
        return CardResult(index=raw.index, name=None, warnings=warnings,
                          reason="This card has no name (no FN, N, nickname or organisation), so we cannot tell "
                                 f"who it is.{only} Add a name in your address book and export again.")
    _attach_photo(contact, raw, warnings)
    contact.warnings = warnings
    return CardResult(index=raw.index, name=contact.name, contact=contact, warnings=warnings)


@dataclass
class _Line:
    """One content line as vobject's parser split it: the raw value, upper-cased parameters, group."""

    value: str
    params: dict[str, list[str]]
    group: str | None


def _read_component(text: str, warnings: list[str]):
    """Parse every content line with vobject's line parser; a line it rejects is left out with a note.

    Deliberately line by line rather than vobject.readOne: readOne's vCard 3.0 behaviour keeps only
    the text before the first unescaped comma of FN and NOTE ("Sam, Jr" -> "Sam"), which real
    files (2.1 above all) write all the time, and its lenient mode logs rejected lines (logs must
    never carry what people wrote). Values are decoded with vobject's own helpers below.
    """
    lines: dict[str, list[_Line]] = {}
    for raw_line in text.split("\r\n"):
        if not raw_line or raw_line in ("BEGIN:VCARD", "END:VCARD"):
            continue
        try:
            name, params, value, group = vobject.base.parseLine(raw_line)
        except vobject.base.ParseError:
            warnings.append("A line of this card could not be read and was left out.")
            continue
        upper: dict[str, list[str]] = {}
        for param in params:
            upper.setdefault(param[0].upper(), []).extend(param[1:])
        lines.setdefault(name.lower(), []).append(_Line(value, upper, group))
    if not lines:
        return None, "This card is damaged and could not be read."
    return lines, ""


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


def _guess_name(text: str) -> str | None:
    match = re.search(r"^FN[^:]*:(.+)$", text, re.MULTILINE)
    return match.group(1).strip()[:MAX_NAME] if match else None


def _values(component, name: str) -> list[_Line]:
    return component.get(name, [])


def _text(line: _Line) -> str:
    """A text value, unescaped (\\n, \\, \\; \\\\), commas kept as they are."""
    return stringToTextValues(line.value, listSeparator="\x00")[0].strip() if line.value else ""


def _fields(line: _Line) -> list[str]:
    """A structured value (N, ORG): its ;-separated fields, each unescaped."""
    return [str(part).strip() for part in stringToTextValues(line.value, listSeparator=";", charList=";")]


def _contact_from_component(component, warnings: list[str]) -> Contact:
    contact = Contact()
    for line in _values(component, "fn"):
        if _text(line):
            contact.name = _text(line)[:MAX_NAME]
            break
    for line in _values(component, "n"):
        fields = [*_fields(line), "", "", "", "", ""][:5]
        contact.family_name, contact.given_name, contact.additional_names, contact.prefix, contact.suffix = (
            _join(f) for f in fields)
        break
    nicknames = []
    for line in _values(component, "nickname"):
        nicknames.extend(str(part).strip() for part in stringToTextValues(line.value) if str(part).strip())
    contact.nickname = ", ".join(dict.fromkeys(nicknames))[:MAX_NAME]
    if not contact.name:
        composed = " ".join(p for p in (contact.prefix, contact.given_name, contact.additional_names,
                                         contact.family_name, contact.suffix) if p)
        contact.name = composed.strip()[:MAX_NAME]
    if not contact.name and contact.nickname:
        contact.name = contact.nickname.split(",")[0].strip()
    if not contact.name:
        for line in _values(component, "org"):
            org = " ".join(part for part in _fields(line) if part)
            if org:
                contact.name = org[:MAX_NAME]
                break
    for line in _values(component, "uid"):
        contact.uid = _text(line)[:255]
        break
    for line in _values(component, "bday"):
        year, month, day, problem = parse_birthday(_text(line), _param(line, "X-APPLE-OMIT-YEAR"))
        if problem:
            warnings.append(problem)
        else:
            contact.birthday_year, contact.birthday_month, contact.birthday_day = year, month, day
        break
    seen_phones = set()
    for line in _values(component, "tel"):
        value = _text(line)
        if value.lower().startswith("tel:"):
            value = value[4:]
        if value and value not in seen_phones and len(contact.phones) < MAX_VALUES:
            seen_phones.add(value)
            contact.phones.append({"value": value[:80], "type": _type_of(line, "phone")})
    seen_emails = set()
    for line in _values(component, "email"):
        value = _text(line)
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if value and value.lower() not in seen_emails and len(contact.emails) < MAX_VALUES:
            seen_emails.add(value.lower())
            contact.emails.append({"value": value[:254], "type": _type_of(line, "email")})
    notes = [_text(line) for line in _values(component, "note") if _text(line)]
    contact.notes = "\n\n".join(notes)[:MAX_NOTE]
    return contact


def _join(value: str) -> str:
    """One N component; several values in it ("John,James") become words."""
    return " ".join(part.strip() for part in UNESCAPED_COMMA.split(value or "") if part.strip())


def _param(line: _Line, name: str) -> str:
    values = line.params.get(name.upper()) or []
    return values[0] if values else ""


def _type_of(line: _Line, kind: str) -> str:
    types = []
    for value in line.params.get("TYPE", []):
        types.extend(part.strip().lower() for part in value.split(","))
    return clean_type(types, kind)


def parse_birthday(value: str, omit_year: str = "") -> tuple[int | None, int | None, int | None, str]:
    """(year or None, month, day, problem). Accepts 1980-04-15, 19800415, --0415, --04-15."""
    text = value.strip()
    for pattern in BDAY_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("d") is None:
            break
        year = int(groups["y"]) if groups.get("y") else None
        month, day = int(groups["m"]), int(groups["d"])
        if year is not None and (year in NO_YEAR_PLACEHOLDERS or (omit_year and omit_year.strip() == str(year))):
            year = None
        try:
            datetime.date(year or 2000, month, day)  # 2000 is a leap year: 29 February is fine without a year
        except ValueError:
            return None, None, None, f"The birthday {text!r} is not a real date, so it was left out."
        return year, month, day, ""
    return None, None, None, f"The birthday {text[:40]!r} could not be read, so it was left out."


def _attach_photo(contact: Contact, raw: RawCard, warnings: list[str]) -> None:
    photo = raw.photo
    if photo is None:
        return
    if photo.problem:
        warnings.append(f"Imported without a photo: {photo.problem}.")
        return
    media_type = sniff_image_type(photo.data or b"")
    if media_type is None:
        warnings.append("Imported without a photo: the photo in the card is not an image.")
        return
    contact.photo = photo.data
    contact.photo_type = media_type
