"""Gentle checks on an "I feel" statement: plain Python, no Django.

Nonviolent Communication separates feelings from thoughts dressed as feelings ("I feel that you
don't care" is a judgement, not a feeling) and from blame ("you always..."). These checks only
point it out; the statement is always saved as written.
"""

from __future__ import annotations

import re

THOUGHT = re.compile(r"\bI\s+feel\s+(that|like|as\s+if|as\s+though|you|he|she|they|it'?s|it\s+is)\b", re.IGNORECASE)
THOUGHT_WORD = re.compile(r"^\s*(that|like|as if|as though|you|he|she|they)\b", re.IGNORECASE)
BLAME = re.compile(
    r"\byou\s+(always|never|make\s+me|made\s+me|don'?t\s+care|ruin|ruined)\b|\bbecause\s+you\b|\byour\s+fault\b|\bit'?s\s+your\b",
    re.IGNORECASE)


def thought_as_feeling(feeling: str, text: str = "") -> bool:
    """True when the "feeling" is really a thought about the other person."""
    return bool(THOUGHT_WORD.search(feeling or "") or THOUGHT.search(text or ""))


def blames(text: str) -> bool:
    return bool(BLAME.search(text or ""))


def notes(feeling: str, text: str, interpretation_of=None) -> list[str]:
    """Codes for what to point out: "thought", "interpretation", "blame"."""
    found = []
    if thought_as_feeling(feeling, text):
        found.append("thought")
    if interpretation_of is not None and any(interpretation_of(w.strip()) for w in (feeling or "").split(",")):
        found.append("interpretation")
    if blames(text):
        found.append("blame")
    return found
