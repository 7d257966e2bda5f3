"""Journal logic that needs Django: the safety check on saved text, feeling counts, growth settings."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter

from heartspace.journal import feelings as vocabulary
from heartspace.journal.models import Entry, GrowthSettings

# Only used while the text coach (heartspace.coach) is not installed: signposting help must
# never depend on an optional module. Deliberately broad; a help card shown once too often
# costs little, one missed costs a lot. The coach's own rules replace this when present.
_FALLBACK_SAFETY = re.compile(
    r"\b(abus\w*|hits? me|hit me|beats? me|chok\w* me|hurts? me|threat\w*|forced? me|forcing me|"
    r"rap(e|ed)|kill (myself|me)|end (my|it all)|suicid\w*|self[- ]harm\w*|hurt(ing)? myself|cut(ting)? myself|"
    r"want to die|won'?t let me (see|leave|go)|afraid (of|for) (him|her|them)|controls? (my|me)|scared for my life)\b",
    re.IGNORECASE,
)


def coach_available() -> bool:
    """True once heartspace.coach provides analyze() (it is being written alongside this app)."""
    if importlib.util.find_spec("heartspace.coach") is None:
        return False
    module = importlib.import_module("heartspace.coach")
    return callable(getattr(module, "analyze", None))


def discloses_harm(*texts: str) -> bool:
    """True when the text seems to disclose abuse, threats, coercion or thoughts of self-harm.

    Used to show the help card after saving; it never blocks or changes the save. The coach
    decides when it can read the text; otherwise (no coach yet, or a language it does not
    read) a broad fallback pattern does.
    """
    joined = "\n".join(t for t in texts if t and t.strip())
    if not joined:
        return False
    if coach_available():
        from heartspace.writing.feedback import feedback_for

        try:
            fb = feedback_for(joined, "free")
        except Exception:  # noqa: BLE001 - a coach bug must never hide help or break the page
            return bool(_FALLBACK_SAFETY.search(joined))
        if fb.analysed:
            return fb.safety or bool(_FALLBACK_SAFETY.search(joined))
    return bool(_FALLBACK_SAFETY.search(joined))


def coach_flags(text: str) -> bool:
    """Whether the coach's own live feedback on this field already shows the help card."""
    if not text.strip() or not coach_available():
        return False
    from heartspace.writing.feedback import feedback_for

    try:
        return feedback_for(text, "free").safety
    except Exception:  # noqa: BLE001 - then we show our own card
        return False


def entry_discloses_harm(entry: Entry) -> bool:
    return discloses_harm(entry.text, entry.accepting, entry.decision_note, entry.request)


def feeling_filter_key(word: str) -> str:
    return "|" + vocabulary.normalize(word) + "|"


RECENT_ENTRIES_FOR_COUNTS = 200


def recent_feeling_counts(user, limit: int = 12) -> list[tuple[dict, int]]:
    """The feelings named most in the last RECENT_ENTRIES_FOR_COUNTS entries: one query, bounded rows."""
    counter: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    rows = Entry.objects.filter(owner=user).order_by("-written_on", "-created_at").values_list("feelings", flat=True)
    for words in rows[:RECENT_ENTRIES_FOR_COUNTS]:
        for word in words or []:
            key = vocabulary.normalize(word)
            if key:
                counter[key] += 1
                spelling.setdefault(key, word)
    return [(vocabulary.describe(spelling[key]), n) for key, n in counter.most_common(limit)]


def growth_settings_for(user) -> GrowthSettings:
    settings, _created = GrowthSettings.objects.get_or_create(owner=user)
    return settings
