"""Journal logic that needs Django: the safety check on saved text, feeling counts, growth settings."""

from __future__ import annotations

import importlib.util
import re
from collections import Counter

from heartspace.journal import feelings as vocabulary
from heartspace.journal.models import Entry, GrowthSettings

# A safety net beside the text coach (heartspace.coach): signposting help must never depend on
# an optional module or on the coach reading the language. Plain phrases of abuse, threats,
# coercion and self-harm; a card shown once too often costs little, one missed costs a lot.
_FALLBACK_SAFETY = re.compile(
    r"\b(?:"
    r"abus(?:e|ed|es|ing|ive)"
    r"|(?:hit|hits|hitting|slapped|slaps|punched|punches|kicked|kicks|beat|beats|beating|choked|chokes|strangled|shoved|pushed) me"
    r"|threat(?:en|ened|ens|ening) (?:to|me)|(?:said|says) (?:he|she|they)(?:'d| would| will|'ll) (?:hurt|kill)"
    r"|forc(?:e|ed|es|ing) me|won'?t let me (?:see|leave|go|have|talk)|takes? my (?:phone|money|keys)"
    r"|rap(?:e|ed)|sexually assault\w*"
    r"|kill(?:ing)? myself|end(?:ing)? my life|suicid\w*|self[- ]harm\w*|hurt(?:ing)? myself|cut(?:ting)? myself"
    r"|want(?:ed)? to die|better off without me|scared for my (?:life|safety)"
    r")\b",
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

    Used to show the help card after saving; it never blocks or changes the save. The coach's
    safety flag counts when it could read the text; the phrase net above counts always.
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


def selfcheck_due_on(user):
    """The date the next HOW self-check is due (today if never taken): for reminders and panels."""
    from heartspace.journal import growth
    from heartspace.journal.models import SelfCheck

    last = SelfCheck.objects.filter(owner=user).order_by("-taken_on").values_list("taken_on", flat=True).first()
    return growth.next_due(last, growth_settings_for(user).selfcheck_every_days, user.local_today())
