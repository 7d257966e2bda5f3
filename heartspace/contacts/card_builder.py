"""One vCard property and one card, cleaned: parameters, character sets, quoted-printable, photos.

Used by heartspace.contacts.prepass, which finds the cards and their logical lines in a stream.
Plain Python, no Django.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import quopri
import re
from dataclasses import dataclass, field

# A decoded photo above this is left out of the import (the card still imports).
MAX_PHOTO_BYTES = 1024 * 1024
# base64 is 4/3 the size of what it encodes; allow a little for whitespace.
MAX_PHOTO_TEXT = MAX_PHOTO_BYTES * 4 // 3 + 4096
# A card whose text (without photo) is larger than this is skipped.
MAX_CARD_TEXT_BYTES = 512 * 1024

# The properties heartspace uses; everything else (addresses, keys, sounds, logos) is dropped
# before parsing, which keeps the parser fast and away from exotic values.
KEPT_PROPERTIES = {"FN", "N", "NICKNAME", "BDAY", "TEL", "EMAIL", "NOTE", "UID", "ORG", "X-ANDROID-CUSTOM"}
PHOTO_PROPERTIES = {"PHOTO"}

PROPERTY_NAME = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)$")
PARAM_NAME = re.compile(r"^[A-Z0-9-]+$")
UNESCAPED_COMMA = re.compile(r"(?<!\\),")
UNSAFE_PARAM_CHARS = re.compile(r'["\x00-\x1f;:]')


class UnreadableFile(Exception):
    """The whole file cannot be read as contacts; the message is one sentence for a person."""


@dataclass
class RawPhoto:
    data: bytes | None = None
    declared_type: str = ""
    problem: str = ""


@dataclass
class RawCard:
    """One card after the pre-pass: clean vCard 3.0 text, the photo (if any) and what went wrong."""

    index: int  # 1-based position in the file, as a person would count cards
    text: str = ""
    version: str = ""
    photo: RawPhoto | None = None
    warnings: list[str] = field(default_factory=list)
    error: str = ""


@dataclass
class _Property:
    group: str
    name: str
    params: list[tuple[str, str]]  # (NAME, value) with NAME upper-cased; bare 2.1 params become ("TYPE", value)
    value: bytes
    overflow: bool = False

    def param(self, name: str) -> str:
        for key, value in self.params:
            if key == name:
                return value
        return ""

    def types(self) -> list[str]:
        found = []
        for key, value in self.params:
            if key == "TYPE":
                found.extend(v.strip().strip('"').lower() for v in value.split(",") if v.strip())
        return found

    @property
    def encoding(self) -> str:
        enc = self.param("ENCODING").upper()
        if not enc:
            for key, value in self.params:
                if key == "TYPE" and value.upper() in {"QUOTED-PRINTABLE", "BASE64", "B"}:
                    return value.upper()
        return enc



def _split_property(line: bytes) -> tuple[bytes, bytes] | None:
    """Split `NAME;PARAMS:VALUE` at the first colon outside double quotes."""
    colon = line.find(b":")
    if colon == -1:
        return None
    if line.find(b'"', 0, colon) == -1:
        return line[:colon], line[colon + 1:]  # the usual case: no quoted parameter before the colon
    quoted = False
    for position, byte in enumerate(line):
        if byte == 0x22:
            quoted = not quoted
        elif byte == 0x3A and not quoted:
            return line[:position], line[position + 1:]
    return None


def _parse_head(head: bytes) -> tuple[str, str, list[tuple[str, str]]] | None:
    try:
        text = head.decode("ascii").strip()
    except UnicodeDecodeError:
        text = head.decode("latin-1").strip()
    pieces = _split_params(text)
    match = PROPERTY_NAME.match(pieces[0].strip())
    if not match:
        return None
    full = pieces[0].strip()
    group = full[: -len(match.group(1))].rstrip(".") if "." in full else ""
    params: list[tuple[str, str]] = []
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        if "=" in piece:
            key, value = piece.split("=", 1)
            params.append((key.strip().upper(), value.strip()))
        else:
            params.append(("TYPE", piece))  # vCard 2.1 bare parameter: TEL;HOME;VOICE:...
    return group, match.group(1).upper(), params


def _split_params(text: str) -> list[str]:
    if '"' not in text:
        return text.split(";")
    pieces, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    return pieces



# ---------------------------------------------------------------- one card


def _clean_param_value(value: str) -> str:
    """A parameter value the strict parser accepts: quoted when it needs to be, never half-quoted."""
    inner = value.strip()
    if len(inner) >= 2 and inner[0] == inner[-1] == '"':
        inner = inner[1:-1]
    inner = UNSAFE_PARAM_CHARS.sub("", inner)
    return f'"{inner}"' if "," in inner and not re.fullmatch(r"[A-Za-z0-9,-]+", inner) else inner


def _escape_text(value: str) -> str:
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _decode_text(raw: bytes, charset: str, warnings: list[str], name: str) -> str:
    if charset:
        try:
            codec = codecs.lookup(charset.strip('"'))
        except LookupError:
            warnings.append(f"Unknown character set {charset!r} in {name}; read as UTF-8.")
        else:
            if codec.name in {"shift_jis", "shift-jis"}:
                codec = codecs.lookup("cp932")  # the superset phones actually write
            try:
                return raw.decode(codec.name)
            except UnicodeDecodeError:
                warnings.append(f"{name} was not valid {charset}; some characters may be wrong.")
                return raw.decode(codec.name, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # No CHARSET and not UTF-8: older Windows and Mac exports are almost always cp1252/Latin-1.
        return raw.decode("cp1252", errors="replace")


class _CardBuilder:
    def __init__(self, index: int):
        self.index = index
        self.lines: list[str] = []
        self.size = 0
        self.version = ""
        self.photo: RawPhoto | None = None
        self.warnings: list[str] = []
        self.error = ""

    def add_line(self, line: bytes, overflow: bool) -> None:
        split = _split_property(line)
        if split is None:
            return  # a stray line with no colon: nothing we can read in it
        head, value = split
        parsed = _parse_head(head)
        if parsed is None:
            return
        group, name, params = parsed
        prop = _Property(group, name, params, value, overflow)
        if name == "VERSION":
            self.version = value.decode("ascii", "replace").strip()
            return
        if name in PHOTO_PROPERTIES:
            if self.photo is None or self.photo.data is None:
                self.photo = _decode_photo(prop)
            return
        if name not in KEPT_PROPERTIES:
            return
        if overflow:
            self.warnings.append(f"A {name} value was too long and was left out.")
            return
        text = self._value_text(prop)
        if text is None:
            return
        if name == "X-ANDROID-CUSTOM":
            # Android keeps nicknames here: vnd.android.cursor.item/nickname;Chi;1;;...
            kind, _, rest = text.partition(";")
            if kind.strip().lower() != "vnd.android.cursor.item/nickname":
                return
            name, params, text = "NICKNAME", [], rest.split(";")[0]
        params_out = []
        for key, param_value in params:
            if key in {"ENCODING", "CHARSET"} or not PARAM_NAME.match(key):
                continue
            if key == "TYPE" and param_value.upper() in {"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"}:
                continue
            params_out.append(f"{key}={_clean_param_value(param_value)}")
        prefix = f"{group}.{name}" if group else name
        values = [text]
        if name == "NICKNAME":
            # Several nicknames in one line: give each its own line so none is lost in parsing.
            values = [part for part in UNESCAPED_COMMA.split(text) if part.strip()]
        for value in values:
            out = ";".join([prefix, *params_out]) + ":" + value
            self.size += len(out)
            if self.size > MAX_CARD_TEXT_BYTES:
                self.error = "This card is too large to be a contact (over 512 kB of text)."
                return
            self.lines.append(out)

    def _value_text(self, prop: _Property) -> str | None:
        raw = prop.value
        if prop.encoding in {"QUOTED-PRINTABLE"}:
            raw = quopri.decodestring(raw)
            return _escape_text(_decode_text(raw, prop.param("CHARSET"), self.warnings, prop.name))
        if prop.encoding in {"BASE64", "B"}:
            try:
                raw = base64.b64decode(re.sub(rb"\s+", b"", raw), validate=False)
            except (binascii.Error, ValueError):
                self.warnings.append(f"{prop.name} was encoded wrongly and was left out.")
                return None
            return _escape_text(_decode_text(raw, prop.param("CHARSET"), self.warnings, prop.name))
        return _decode_text(raw, prop.param("CHARSET"), self.warnings, prop.name)

    def finish(self) -> RawCard:
        text = "\r\n".join(["BEGIN:VCARD", "VERSION:3.0", *self.lines, "END:VCARD"]) + "\r\n"
        return RawCard(index=self.index, text=text, version=self.version or "unknown", photo=self.photo,
                       warnings=self.warnings, error=self.error)


def _decode_photo(prop: _Property) -> RawPhoto:
    declared = ""
    for key, value in prop.params:
        if key in {"TYPE", "MEDIATYPE"} and value.upper() not in {"BASE64", "B", "ENCODING"}:
            declared = value.strip('"').lower()
    if prop.overflow:
        return RawPhoto(problem="the photo is larger than 1 MB, so it was left out")
    raw = prop.value.strip()
    if prop.param("VALUE").upper() in {"URI", "URL"} or raw[:5].lower() != b"data:" and prop.encoding not in {"BASE64", "B"}:
        if raw[:5].lower() == b"data:":
            pass
        elif raw.lower().startswith((b"http:", b"https:", b"file:", b"cid:")):
            return RawPhoto(problem="the photo is a link to somewhere else, which heartspace does not fetch")
        elif prop.encoding not in {"BASE64", "B"}:
            return RawPhoto(problem="the photo is not embedded in the card")
    if raw[:5].lower() == b"data:":
        header, _, payload = raw.partition(b",")
        if b";base64" not in header.lower():
            return RawPhoto(problem="the photo is not embedded in a way heartspace can read")
        declared = header[5:].split(b";")[0].decode("ascii", "replace").lower()
        raw = payload
    compact = re.sub(rb"\s+", b"", raw)
    if len(compact) > MAX_PHOTO_TEXT:
        return RawPhoto(problem="the photo is larger than 1 MB, so it was left out")
    try:
        data = base64.b64decode(compact + b"=" * (-len(compact) % 4), validate=False)
    except (binascii.Error, ValueError):
        return RawPhoto(problem="the photo data is damaged, so it was left out")
    if not data:
        return RawPhoto(problem="the photo is empty")
    if len(data) > MAX_PHOTO_BYTES:
        return RawPhoto(problem="the photo is larger than 1 MB, so it was left out")
    return RawPhoto(data=data, declared_type=declared)
