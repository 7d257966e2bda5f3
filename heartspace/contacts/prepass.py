"""The pre-pass real vCard files need before a strict parser can read them.

Address books exported by phones and desktop clients over twenty years disagree on almost
everything: line ends (CR LF, CR CR LF, bare CR, bare LF), folding, quoted-printable with soft line
breaks (vCard 2.1), CHARSET parameters (UTF-8, Shift_JIS, Latin-1, Windows code pages), UTF-16
files with a byte-order mark, base64 photos that run over many unindented lines, missing
END:VCARD lines. This module reads bytes as a stream, splits them into cards and turns each card
into clean vCard 3.0 text that vobject parses without guessing (per property: card_builder.py).
Photos are taken out here (decoded and size-limited) so large pictures never reach the text parser.

Memory stays bounded: the file is read in chunks; one card at a time is held; an over-long line or
photo is cut off at a fixed limit and reported instead of being buffered.

No Django imports: this is plain Python, tested directly.
"""


import codecs
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from heartspace.contacts.card_builder import (
    MAX_PHOTO_BYTES,
    MAX_PHOTO_TEXT,
    RawCard,
    RawPhoto,
    UnreadableFile,
    _CardBuilder,
    _split_property,
)

CHUNK_SIZE = 64 * 1024
# How far into the file we look for BEGIN:VCARD before deciding it is not a contacts file.
SNIFF_BYTES = 64 * 1024
LINE_BREAK = re.compile(rb"\r*\n|\r")
BASE64_LINE = re.compile(rb"^[A-Za-z0-9+/=\s]+$")

__all__ = ["MAX_PHOTO_BYTES", "RawCard", "RawPhoto", "UnreadableFile", "iter_physical_lines", "iter_raw_cards",
           "read_raw_cards"]


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
