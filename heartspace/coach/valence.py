"""Valence from -1 to 1: the VADER lexicon score, refined by a small logistic regression.

The model reads word and word-pair features (negation-marked: "not_good") plus the lexicon
scores, and was trained offline on the positive and negative rows of GoEmotions' training split
by heartspace/coach/training/train_valence.py. Its weights ship in valence_weights.json:
plain numbers in a dict, no numpy, loaded once on first use. Without the file the coach falls
back to the lexicon score alone.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from heartspace.coach.sentiment import scores

WEIGHTS = Path(__file__).with_name("valence_weights.json")
# Tone thresholds on valence (VADER's customary +-0.05).
POSITIVE = 0.05
NEGATIVE = -0.05

_TOKENS = re.compile(r"[a-z]+(?:['’][a-z]+)*|[!?]|[^\x00-\x7f\s\w]")
_NEGATORS = frozenset("""not no never nothing nobody none nor cannot cant dont didnt doesnt isnt wasnt arent werent wont
wouldnt shouldnt couldnt hasnt havent hadnt without""".split())
_STOP_NEGATION = frozenset({"!", "?", "but", "however", "although", "though"})


def features(text: str, low: str | None = None) -> list[str]:
    """Lower-cased words and word pairs, with words after a negation marked "not_"."""
    words = _TOKENS.findall(text.lower() if low is None else low)
    marked = []
    negate = 0
    for word in words:
        if "'" in word or "’" in word:
            plain = word.replace("'", "").replace("’", "")
            if plain.endswith("nt") and word.endswith(("n't", "n’t")):
                negate = 3
                marked.append(plain)
                continue
        elif word in _NEGATORS:
            negate = 3
            marked.append(word)
            continue
        if word in _STOP_NEGATION:
            negate = 0
        if negate:
            marked.append("not_" + word)
            negate -= 1
        else:
            marked.append(word)
    grams = list(marked)
    grams.extend(f"{a} {b}" for a, b in zip(marked, marked[1:], strict=False))
    return grams


@lru_cache(maxsize=1)
def model() -> dict | None:
    try:
        with WEIGHTS.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def probability(text: str, lexicon_scores: dict | None = None, low: str | None = None) -> float | None:
    """P(positive) from the trained model, or None when no weights are installed."""
    weights = model()
    if weights is None:
        return None
    lex = lexicon_scores or scores(text)
    table = weights["features"]
    z = weights["bias"]
    dense = weights["dense"]
    z += dense["compound"] * lex["compound"] + dense["pos"] * lex["pos"] + dense["neg"] * lex["neg"]
    z += sum(map(table.get, set(features(text, low)), repeat(0.0)))
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def score(text: str, low: str | None = None) -> float:
    """Valence in [-1, 1] (`low`: the same text lower-cased, when the caller has it)."""
    lex = scores(text)
    p = probability(text, lex, low)
    if p is None:
        return lex["compound"]
    model_valence = 2 * p - 1
    compound = lex["compound"]
    if compound == 0 and abs(model_valence) < 0.5:
        # No lexicon evidence and a hesitant model: stay neutral rather than invent a mood.
        return round(model_valence * 0.1, 4)
    if abs(compound) >= 0.5 and compound * model_valence < 0 and abs(model_valence) < 0.8:
        # Strong lexicon evidence against a hesitant model: the lexicon leads, softened.
        return round(0.75 * compound + 0.25 * model_valence, 4)
    return round(max(-1.0, min(1.0, 0.5 * compound + 0.5 * model_valence)), 4)
