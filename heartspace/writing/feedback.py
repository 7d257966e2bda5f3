"""Turn the coach's analysis into what a person sees under a text field."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from heartspace.writing.words import count_words

KINDS = ("free", "i_feel", "tension", "appreciation", "follow_up", "story")
# "Under 60 words" means at most 59; the appreciation allows exactly 15.
DEFAULT_LIMITS = {"appreciation": 15, "follow_up": 59, "story": 225}


# Said by the partial itself: the word-count line (in the user's own limit), the help card, the
# "not analysed" note.
SHOWN_ELSEWHERE = frozenset({"over_limit", "safety", "not_analysed"})


@dataclass
class Feedback:
    words: int
    limit: int | None
    over_limit: bool
    suggestions: list[dict] = field(default_factory=list)
    safety: bool = False
    analysed: bool = True
    checklist: list[tuple[str, bool]] = field(default_factory=list)


def _analyze(text: str, kind: str) -> dict | None:
    try:
        from heartspace.coach import analyze
    except ImportError:
        return None
    try:
        return analyze(text, kind=kind)
    except ValueError:  # an unknown kind: word counts only, never an error under a text field
        return None


def feedback_for(text: str, kind: str, limit: int | None = None) -> Feedback:
    words = count_words(text)
    limit = limit if limit is not None else DEFAULT_LIMITS.get(kind)
    result = _analyze(text, kind) if text.strip() else None
    fb = Feedback(words=words, limit=limit, over_limit=bool(limit and words > limit))
    if result is None:
        return fb
    fb.analysed = result.get("analysed", True)
    fb.safety = bool(_flag(result.get("safety")))
    seen = set()
    for suggestion in result.get("suggestions", []):
        code = suggestion.get("code")
        if code in seen or code in SHOWN_ELSEWHERE:
            continue
        seen.add(code)
        fb.suggestions.append({**suggestion, "message": translated_message(suggestion)})
    if kind == "follow_up":
        fb.checklist = [
            (_("One highlight"), bool(_flag(result.get("highlight")))),
            (_("One action you took or will take"), bool(_flag(result.get("action")))),
            (_("One question for next time"), bool(_flag(result.get("question")))),
        ]
    return fb


def _flag(value) -> bool:
    """Coach flag fields are plain booleans (an older {"flag": ...} object is still read)."""
    if isinstance(value, dict):
        return bool(value.get("flag", False))
    return bool(value)


def translated_message(suggestion: dict) -> str:
    """The suggestion in the active language: its template from the coach, through gettext, then its params.

    The coach keeps its English source sentences in heartspace.coach.messages.MESSAGES (marked for
    makemessages), so a translation needs only a catalogue entry, never a code change.
    """
    from heartspace.coach.messages import MESSAGES

    source = MESSAGES.get(suggestion.get("template") or "")
    if source is None:
        return suggestion.get("message", "")
    params = suggestion.get("params") or {}
    try:
        return _(source) % params if params else _(source)
    except (KeyError, TypeError, ValueError):  # a catalogue entry with a broken placeholder: English, not a 500
        return source % params if params else source


def word_count_label(fb: Feedback) -> str:
    if fb.limit:
        return ngettext("%(n)s of %(limit)s word", "%(n)s of %(limit)s words", fb.limit) % {"n": fb.words, "limit": fb.limit}
    return ngettext("%(n)s word", "%(n)s words", fb.words) % {"n": fb.words}
