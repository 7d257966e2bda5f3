"""The pre-pass real vCard files need before a strict parser can read them.

Address books exported by phones and desktop clients over twenty years disagree on almost
everything: line ends (CR LF, CR CR LF, bare CR, bare LF), folding, quoted-printable with soft line
breaks (vCard 2.1), CHARSET parameters (UTF-8, Shift_JIS, Latin-1, Windows code pages), UTF-16
files with a byte-order mark, base64 photos that run over many unindented lines, missing
END:VCARD lines. This module reads bytes as a stream, splits them into cards and turns each card
into clean vCard 3.0 text that vobject parses without guessing. Photos are taken out here (decoded
and size-limited) so large pictures never reach the text parser.

Memory stays bounded: the file is read in chunks; one card at a time is held; an over-long line or
photo is cut off at a fixed limit and reported instead of being buffered.

No Django imports: this is plain Python, tested directly.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import io
import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

CHUNK_SIZE = 64 * 1024
# A decoded photo above this is left out of the import (the card still imports).
MAX_PHOTO_BYTES = 1024 * 1024
# base64 is 4/3 the size of what it encodes; allow a little for whitespace.
MAX_PHOTO_TEXT = MAX_PHOTO_BYTES * 4 // 3 + 4096
# Any single line beyond this (outside a photo) is not contact data we can use.
MAX_LINE_BYTES = 256 * 1024
# A card whose text (without photo) is larger than this is skipped.
MAX_CARD_TEXT_BYTES = 512 * 1024
# How far into the file we look for BEGIN:VCARD before deciding it is not a contacts file.
SNIFF_BYTES = 64 * 1024

# The properties heartspace uses; everything else (addresses, keys, sounds, logos) is dropped
# before parsing, which keeps the parser fast and away from exotic values.
KEPT_PROPERTIES = {"FN", "N", "NICKNAME", "BDAY", "TEL", "EMAIL", "NOTE", "UID", "ORG", "X-ANDROID-CUSTOM"}
PHOTO_PROPERTIES = {"PHOTO"}

LINE_BREAK = re.compile(rb"\r*\n|\r")
BASE64_LINE = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
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


# ---------------------------------------------------------------- physical lines


def _open_stream(stream: BinaryIO) -> BinaryIO:
    """Undo UTF-16/32 and a UTF-8 byte-order mark, refuse files that are plainly not text."""
    head = stream.read(SNIFF_BYTES)
    if not head:
        raise UnreadableFile("The file is empty.")
    rest = stream
    for bom, encoding in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                          (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if head.startswith(bom):
            return _Transcoded(head, rest, encoding)
    if head[:4] in (b"B\x00E\x00", b"b\x00e\x00"):
        return _Transcoded(head, rest, "utf-16-le")
    if head[:4] in (b"\x00B\x00E", b"\x00b\x00e"):
        return _Transcoded(head, rest, "utf-16-be")
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8):]
    if b"\x00" in head:
        raise UnreadableFile("This is not a contacts file: it contains binary data, not vCard text.")
    if b"BEGIN:VCARD" not in head.upper():
        if not head.strip():
            raise UnreadableFile("The file is empty.")
        raise UnreadableFile("This is not a contacts file: no vCard (BEGIN:VCARD) was found in it.")
    return _Prefixed(head, rest)


class _Prefixed(io.RawIOBase):
    """Replays the sniffed head, then the rest of the stream."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self._head:
            head, self._head = self._head, b""
            return head
        return self._rest.read(size)


class _Transcoded(_Prefixed):
    """Turns a UTF-16/32 stream into UTF-8 chunk by chunk."""

    def __init__(self, head: bytes, rest: BinaryIO, encoding: str):
        super().__init__(head, rest)
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")

    def read(self, size: int = -1) -> bytes:
        raw = super().read(size)
        final = not raw
        return self._decoder.decode(raw, final=final).encode("utf-8") if raw or final else b""


def iter_physical_lines(stream: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """Yield (line, overflowed) for every line, whatever the line ends; memory stays bounded.

    A line longer than MAX_PHOTO_TEXT is cut: its first bytes are kept (so the property name is
    known) and `overflowed` is True.
    """
    limit = MAX_PHOTO_TEXT + 1024
    pending = b""
    overflowed = False
    while True:
        chunk = stream.read(CHUNK_SIZE)
        if not chunk:
            break
        if overflowed:
            # Still inside an over-long line: throw bytes away until the next line break.
            match = LINE_BREAK.search(chunk)
            if not match:
                continue
            yield pending, True
            pending, overflowed = b"", False
            chunk = chunk[match.end():]
        buffer = pending + chunk
        # A trailing CR may be the first half of CR LF or CR CR LF: decide with the next chunk.
        cut = len(buffer)
        while cut and buffer[cut - 1] == 0x0D:
            cut -= 1
        body, tail = buffer[:cut], buffer[cut:]
        parts = LINE_BREAK.split(body)
        pending = parts.pop() + tail
        for part in parts:
            yield part, False
        if len(pending) > limit:
            pending, overflowed = pending[:256], True
    if overflowed:
        yield pending, True
        return
    if pending:
        parts = LINE_BREAK.split(pending)
        for part in parts:
            if part:
                yield part, False


# ---------------------------------------------------------------- logical lines and cards


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


def _is_quoted_printable(head: bytes) -> bool:
    return b"QUOTED-PRINTABLE" in head.upper()


def _is_base64(head: bytes) -> bool:
    upper = head.upper()
    return b"BASE64" in upper or b"ENCODING=B" in upper


class _LogicalLine:
    """One property being put back together from folded / soft-broken physical lines."""

    limit = MAX_PHOTO_TEXT + 1024

    def __init__(self, line: bytes, overflowed: bool):
        self.parts = [line]
        self.size = len(line)
        self.overflow = overflowed
        split = _split_property(line)
        head = split[0] if split else line
        self.kind = "qp" if _is_quoted_printable(head) else "base64" if _is_base64(head) else ""

    def soft_break_pending(self) -> bool:
        return self.kind == "qp" and self.parts[-1].endswith(b"=")

    def extend(self, piece: bytes, overflowed: bool) -> None:
        if self.overflow:
            return  # already too long: the value will be dropped, so stop collecting it
        if self.soft_break_pending():
            self.parts[-1] = self.parts[-1][:-1]
        self.parts.append(piece)
        self.size += len(piece)
        if overflowed or self.size > self.limit:
            self.overflow = True
            self.parts = [self.parts[0][:256]]

    def takes(self, line: bytes) -> bytes | None:
        """The part of `line` that continues this property, or None if `line` starts a new one."""
        if line[:1] in (b" ", b"\t"):
            return line.lstrip(b" \t") if self.soft_break_pending() else line[1:]
        if self.soft_break_pending():
            return line
        if self.kind == "base64" and line and b":" not in line and BASE64_LINE.match(line):
            return line  # 2.1 photo lines written without indentation
        return None

    def value(self) -> bytes:
        return b"".join(self.parts)


def iter_raw_cards(stream: BinaryIO) -> Iterator[RawCard]:
    """Read a vCard file as a stream and yield each card, cleaned, one at a time.

    Raises UnreadableFile (before yielding anything) when the file is empty, binary or has no
    vCard in it.
    """
    stream = _open_stream(stream)
    builder: _CardBuilder | None = None
    index = 0
    depth = 0
    current: _LogicalLine | None = None

    def finish_line():
        nonlocal current
        if current is not None and builder is not None:
            builder.add_line(current.value(), current.overflow)
        current = None

    for line, overflowed in iter_physical_lines(stream):
        upper = line.strip().upper()
        if upper == b"BEGIN:VCARD":
            finish_line()
            if builder is not None and depth == 1:
                # A new card started before the previous one ended: close that one first.
                builder.warnings.append("The card had no END:VCARD line; it was read up to the next card.")
                yield builder.finish()
                builder = None
                depth = 0
            if builder is None:
                index += 1
                builder = _CardBuilder(index)
                depth = 1
            else:
                depth += 1  # a nested card (vCard 2.1 AGENT): ignored
            continue
        if upper == b"END:VCARD":
            finish_line()
            if builder is not None:
                depth -= 1
                if depth <= 0:
                    yield builder.finish()
                    builder, depth = None, 0
            continue
        if builder is None or depth > 1:
            continue  # text between cards, or inside a nested card
        if current is not None:
            piece = current.takes(line)
            if piece is not None:
                current.extend(piece, overflowed)
                continue
            finish_line()
        if line.strip():
            current = _LogicalLine(line, overflowed)
    finish_line()
    if builder is not None:
        builder.warnings.append("The file ended in the middle of this card (no END:VCARD); what was there was read.")
        yield builder.finish()
    if index == 0:
        raise UnreadableFile("This is not a contacts file: no vCard (BEGIN:VCARD) was found in it.")


def read_raw_cards(data: bytes) -> Iterator[RawCard]:
    return iter_raw_cards(io.BytesIO(data))


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
