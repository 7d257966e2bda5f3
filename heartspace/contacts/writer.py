"""Write contacts as one vCard 4.0 file (RFC 6350): UTF-8, CRLF, lines folded at 75 octets."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator

from heartspace.contacts.model import Contact

PRODID = "-//heartspace//contacts export//EN"
FOLD_AT = 75


def escape_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n")
            .replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))


def escape_component(value: str) -> str:
    """A component of a structured value (N): commas separate multiple values, so escape them too."""
    return escape_text(value)


def fold(line: str) -> str:
    """Fold one content line at 75 octets without splitting a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= FOLD_AT:
        return line + "\r\n"
    pieces = []
    start = 0
    limit = FOLD_AT
    while start < len(encoded):
        end = min(start + limit, len(encoded))
        # Step back off a continuation byte (10xxxxxx) so a character is never cut in two.
        while end < len(encoded) and (encoded[end] & 0xC0) == 0x80:
            end -= 1
        pieces.append(encoded[start:end].decode("utf-8"))
        start = end
        limit = FOLD_AT - 1  # continuation lines start with one space
    return "\r\n ".join(pieces) + "\r\n"


def _name_parts(contact: Contact) -> list[str]:
    if contact.given_name or contact.family_name:
        return [contact.family_name, contact.given_name, contact.additional_names, contact.prefix, contact.suffix]
    words = contact.name.split()
    if len(words) > 1:
        return [words[-1], " ".join(words[:-1]), "", "", ""]
    return ["", contact.name, "", "", ""]


def _birthday(contact: Contact) -> str:
    if not (contact.birthday_month and contact.birthday_day):
        return ""
    if contact.birthday_year:
        return f"{contact.birthday_year:04d}{contact.birthday_month:02d}{contact.birthday_day:02d}"
    return f"--{contact.birthday_month:02d}{contact.birthday_day:02d}"


def card_lines(contact: Contact) -> Iterator[str]:
    yield "BEGIN:VCARD"
    yield "VERSION:4.0"
    yield f"PRODID:{PRODID}"
    if contact.uid:
        yield f"UID:{contact.uid}"
    yield f"FN:{escape_text(contact.name)}"
    yield "N:" + ";".join(escape_component(part) for part in _name_parts(contact))
    if contact.nickname:
        yield "NICKNAME:" + ",".join(escape_text(n.strip()) for n in contact.nickname.split(",") if n.strip())
    birthday = _birthday(contact)
    if birthday:
        yield f"BDAY:{birthday}"
    for phone in contact.phones:
        type_param = f";TYPE={phone['type']}" if phone.get("type") else ""
        yield f"TEL;VALUE=text{type_param}:{escape_text(phone['value'])}"
    for email in contact.emails:
        type_param = f";TYPE={email['type']}" if email.get("type") else ""
        yield f"EMAIL{type_param}:{escape_text(email['value'])}"
    if contact.notes:
        yield f"NOTE:{escape_text(contact.notes)}"
    if contact.photo and contact.photo_type:
        encoded = base64.b64encode(contact.photo).decode("ascii")
        yield f"PHOTO:data:{contact.photo_type};base64,{encoded}"
    yield "END:VCARD"


def iter_vcard_text(contacts: Iterable[Contact]) -> Iterator[str]:
    """The file as a stream of folded text chunks, one card at a time (for streaming responses)."""
    for contact in contacts:
        yield "".join(fold(line) for line in card_lines(contact))


def write_vcards(contacts: Iterable[Contact]) -> str:
    return "".join(iter_vcard_text(contacts))
