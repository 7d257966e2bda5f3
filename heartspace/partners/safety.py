"""Is this text possibly about someone's safety (abuse, threats, self-harm)?

Used before anything could cross a link without a fresh, explicit choice: such text is never
shared automatically, and an answer to a shared question stays on its writer's screen. A false
alarm costs one extra tap; a miss could put someone in danger, so this errs on the side of caution.
Plain Python (no Django). The coach, when installed, is asked too.
"""

from __future__ import annotations

import re
import unicodedata

_PATTERNS = [
    r"\babus\w*", r"\bhits? me\b", r"\bhit me\b", r"\bhurts? me\b", r"\bhurt me\b", r"\bslapp?\w* me\b",
    r"\bpunch\w* me\b", r"\bchok\w* me\b", r"\bkick\w* me\b", r"\bpush\w* me\b", r"\bthreat\w*",
    r"\bafraid of (him|her|them)\b", r"\bscared of (him|her|them)\b", r"\bnot safe\b", r"\bunsafe\b", r"\b(don[\u2019']?t|do not|never|not) feel safe\b",
    r"\bforced? me\b", r"\brap(e|ed)\b", r"\bkill (my ?self|me)\b", r"\bsuicid\w*", r"\bself[- ]harm\w*",
    r"\bend my life\b", r"\bcontrols? (my|all my) (money|phone)\b", r"\bstalk\w*",
    # a few words in other languages people here write in
    r"\bнасили\w*", r"\bбьёт меня\b", r"\bбьет меня\b", r"\bугрожа\w*",
]
_REGEX = re.compile("|".join(_PATTERNS), re.IGNORECASE)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def _coach_flags(text: str) -> bool:
    try:
        from heartspace.coach import analyze  # type: ignore[attr-defined]
    except ImportError:
        return False
    try:
        result = analyze(text, kind="free")
    except Exception:  # noqa: BLE001 - the coach must never make sharing less safe
        return False
    flag = result.get("safety") if isinstance(result, dict) else None
    if isinstance(flag, dict):
        return bool(flag.get("flag", flag.get("value", False)))
    return bool(flag)


def concerns_safety(text: str) -> bool:
    text = _normalise(text)
    if not text.strip():
        return False
    return bool(_REGEX.search(text)) or _coach_flags(text)
