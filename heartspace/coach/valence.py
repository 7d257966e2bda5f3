"""Valence from -1 to 1: the VADER lexicon score blended with a small trained linear model.

The model reads word, word-pair and word-stem features (negation-marked: "not_good") plus the
lexicon scores, and was trained offline on the positive and negative rows of GoEmotions'
training split by heartspace/coach/training/train_valence.py (NB-weighted logistic
regression, settings chosen by cross-validation on that split). Its weights ship in
valence_weights.json: plain numbers in a dict, no numpy, loaded once on first use. Without the
file the coach falls back to the lexicon score alone.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from heartspace.coach.sentiment import detail

WEIGHTS = Path(__file__).with_name("valence_weights.json")
# Tone thresholds on valence (VADER's customary +-0.05).
POSITIVE = 0.05
NEGATIVE = -0.05

# Words, runs of ! or ?, sentence punctuation, and any other non-ASCII symbol (emoji) on its own.
_TOKENS = re.compile(r"[a-z]+(?:['’][a-z]+)*|[!?]+|[.,;:]|[^\x00-\x7f\s\w]")
_NEGATORS = frozenset("""not no never nothing nobody none nor cannot cant dont didnt doesnt isnt wasnt arent werent wont
wouldnt shouldnt couldnt hasnt havent hadnt without nope neither nowhere aint""".split())
# Negation reaches at most this many words, and stops at punctuation or a contrast.
NEGATION_SCOPE = 3
_STOP_NEGATION = frozenset({"but", "however", "although", "though", ".", ",", ";", ":"})
_PUNCTUATION = frozenset({".", ",", ";", ":"})
STEM = 4
LONG_STEM = 5


def _is_negator(word: str) -> bool:
    if "'" in word or "’" in word:
        plain = word.replace("'", "").replace("’", "")
        return plain in _NEGATORS or (plain.endswith("nt") and word.endswith(("n't", "n’t")))
    return word in _NEGATORS


def _mark_negation(words: list[str]) -> list[str]:
    """Mark up to NEGATION_SCOPE words after each negator "not_", stopping at punctuation or a contrast."""
    starts = [k for k, word in enumerate(words) if _is_negator(word)]
    if not starts:
        return words
    marked = list(words)
    negators = set(starts)
    n = len(words)
    for k in starts:
        marked[k] = words[k].replace("'", "").replace("’", "")
        for j in range(k + 1, min(k + 1 + NEGATION_SCOPE, n)):
            word = words[j]
            if j in negators or word in _STOP_NEGATION or word[0] in "!?":
                break
            marked[j] = "not_" + word
    return marked


def features(text: str, low: str | None = None) -> list[str]:
    """The model's features: words (negation-marked), word pairs, and 4- and 5-letter stems of longer words."""
    low = text.lower() if low is None else low
    words = _TOKENS.findall(low)
    if not words:
        return []
    if "!!" in low or "??" in low or "!?" in low or "?!" in low:
        words = [w[0] + "+" if len(w) > 1 and w[0] in "!?" else w for w in words]
    # Without a negator or an apostrophe (n't) the negation pass would change nothing.
    if "'" in low or "’" in low or not _NEGATORS.isdisjoint(words):
        marked = _mark_negation(words)
    else:
        marked = words
    grams = [w for w in marked if w not in _PUNCTUATION]
    grams.extend(map(" ".join, zip(marked, marked[1:], strict=False)))
    grams.extend(["~" + w[:STEM] for w in marked if len(w) > STEM and w.isalpha()])
    # Longer stems of every longer word, negated or not (cross-validation: +0.1 points).
    grams.extend(["^" + w[:LONG_STEM] for w in words if len(w) > LONG_STEM and w.isalpha()])
    return grams


def dense(lexicon_scores: dict, high: float, low_word: float) -> tuple[float, ...]:
    """Lexicon features: compound, pos, neg, strongest positive and negative word, the sign bands."""
    compound = lexicon_scores["compound"]
    return (compound, lexicon_scores["pos"], lexicon_scores["neg"], high / 4, low_word / 4,
            1.0 if compound >= POSITIVE else 0.0, 1.0 if compound <= NEGATIVE else 0.0)


DENSE_NAMES = ("compound", "pos", "neg", "max_word", "min_word", "positive_band", "negative_band")


@lru_cache(maxsize=1)
def model() -> dict | None:
    try:
        with WEIGHTS.open(encoding="utf-8") as handle:
            weights = json.load(handle)
        weights["dense_vector"] = tuple(weights["dense"][name] for name in DENSE_NAMES)
        return weights
    except (OSError, ValueError, KeyError, TypeError):
        return None


def logit(text: str, low: str | None = None, lexicon: tuple | None = None) -> float | None:
    """The model's log-odds of positive, or None when no weights are installed."""
    weights = model()
    if weights is None:
        return None
    lexicon = lexicon or detail(text)
    z = weights["bias"]
    z += sum(w * x for w, x in zip(weights["dense_vector"], dense(*lexicon), strict=True))
    z += sum(map(weights["features"].get, set(features(text, low)), repeat(0.0)))
    return max(-30.0, min(30.0, z))


def probability(text: str, low: str | None = None) -> float | None:
    """P(positive) from the trained model, or None when no weights are installed."""
    z = logit(text, low)
    return None if z is None else 1.0 / (1.0 + math.exp(-z))


def combine(compound: float, model_valence: float, lexicon_weight: float) -> float:
    """Blend the lexicon's compound score with the model's 2p-1 (both in [-1, 1])."""
    if compound == 0 and abs(model_valence) < 0.5:
        # No lexicon evidence and a hesitant model: stay neutral rather than invent a mood.
        return round(model_valence * 0.1, 4)
    return round(max(-1.0, min(1.0, lexicon_weight * compound + (1 - lexicon_weight) * model_valence)), 4)


def score(text: str, low: str | None = None) -> float:
    """Valence in [-1, 1] (`low`: the same text lower-cased, when the caller has it)."""
    lexicon = detail(text)
    weights = model()
    if weights is None:
        return lexicon[0]["compound"]
    z = logit(text, low, lexicon)
    model_valence = 2.0 / (1.0 + math.exp(-z)) - 1.0
    return combine(lexicon[0]["compound"], model_valence, weights.get("lexicon_weight", 0.5))
