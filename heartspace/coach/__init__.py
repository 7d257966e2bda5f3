"""The text coach: private, on-device feedback on what people write.

    from heartspace.coach import analyze
    analyze("You never listen to me", kind="tension")

Pure Python with no Django imports; see docs/COACH.md for every field and how it is measured.
The engine (a few hundred compiled patterns, a lexicon, model weights) loads on first use, so
importing `heartspace.coach.cli` for `heartspace --help` stays instant.
"""

from __future__ import annotations

__all__ = ["analyze", "KINDS", "KIND_ALIASES", "DEFAULT_LIMITS", "normalize_kind"]


def __getattr__(name: str):
    if name in __all__:
        from heartspace.coach import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'heartspace.coach' has no attribute {name!r}")
