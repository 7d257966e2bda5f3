"""The shape of one analysis: every field the CLI contract names, and the helpers that fill them.

Flag fields (`blame`, `contempt`, `defensive`, `safety`) are plain booleans, the way the human labels
give them; the evidence (spans into the original text) is kept apart in `spans`, so a strict checker
never mistakes an object for "true". Pure Python, no Django.
"""

from __future__ import annotations

EVIDENCE_FIELDS = ("blame", "contempt", "defensive", "safety")


def set_flag(result: dict, name: str, spans: list[list]) -> None:
    """A flag field is a plain boolean; what triggered it goes in result["spans"][name]."""
    result[name] = bool(spans)
    result["spans"][name] = spans


def set_faux(result: dict, faux: list[dict]) -> None:
    """`faux_feelings` lists the words as written; each word's suggested feeling and need go beside it."""
    result["faux_feelings"] = [item["word"] for item in faux]
    result["faux_feeling_suggestions"] = faux


def empty_result(text: str, kind: str, limit: int | None, lang: str, analysed: bool, words: int | None = None) -> dict:
    """The result with nothing found yet; `words` is len(text.split()) when the caller has counted it."""
    return {
        "analysed": analysed, "language": lang, "kind": kind,
        "tone": "neutral", "valence": 0.0,
        "blame": False, "contempt": False, "defensive": False,
        "i_statement": False, "feelings": [], "faux_feelings": [],
        "single_issue": True, "next_step": False,
        "highlight": False, "action": False, "question": False,
        "one_scene": False, "takeaway": False, "specific": False,
        "safety": False, "safety_categories": [],
        "spans": {name: [] for name in EVIDENCE_FIELDS},
        "faux_feeling_suggestions": [],
        "word_count": len(text.split()) if words is None else words, "limit": limit, "suggestions": [],
    }
