"""The one word counter every limit uses (forms, live counts, the coach). No Django imports."""

from __future__ import annotations

import re

# A word is a run of letters or digits, possibly joined by an apostrophe or hyphen
# ("don't", "well-being"); emoji and punctuation alone are not words.
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text or ""))
