"""Apply a per-person depth offset to a question depth. Pure Python, no Django.

`checks` reads this when suggesting questions: the reassessment may have stepped a
person's depth up or down (heartspace.insights.models.DepthPreference.offset).
"""

from __future__ import annotations

DEPTHS = ("light", "personal", "deep")


def apply_offset(depth: str, offset: int) -> str:
    index = DEPTHS.index(depth) if depth in DEPTHS else 0
    return DEPTHS[max(0, min(len(DEPTHS) - 1, index + int(offset or 0)))]
