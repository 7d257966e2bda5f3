"""The text coach: private, on-device feedback on what people write.

    from heartspace.coach import analyze
    analyze("You never listen to me", kind="tension")

Pure Python with no Django imports; see docs/COACH.md for every field and how it is measured.
"""

from __future__ import annotations

from heartspace.coach.engine import DEFAULT_LIMITS, KIND_ALIASES, KINDS, analyze, normalize_kind

__all__ = ["analyze", "KINDS", "KIND_ALIASES", "DEFAULT_LIMITS", "normalize_kind"]
