"""Is this photo really an image? Decided by the file's first bytes, never by what the card claims."""

from __future__ import annotations

# (magic prefix, offset, media type). WebP is RIFF....WEBP, checked separately.
_SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def sniff_image_type(data: bytes) -> str | None:
    """The media type of `data` if it is a JPEG, PNG, GIF or WebP image, else None."""
    if not data:
        return None
    for prefix, media_type in _SIGNATURES:
        if data.startswith(prefix):
            return media_type
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


EXTENSIONS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/gif": "GIF", "image/webp": "WEBP"}
