"""A small trained model that reads a text for signs of harm the phrase lists do not name.

The phrase lists (safety.py, safety_broad.py, intl_safety.py) find what they were written for;
people also disclose in words nobody listed ("he made an actual list of which friends I may
keep"). This linear model was trained offline by heartspace/coach/training/train_safety.py on
our own labelled examples in English, Russian and Spanish (training/safety_examples.jsonl: disclosures
written in many voices, and near-misses that share their words) plus ordinary forum comments
as negatives. It reads the counts of word, word-pair and 5-letter-stem features (word_model.py) and
answers with a probability; above the threshold in the weights file the help card comes up, as for any
other safety signal.
Its weights ship in safety_weights.json (plain numbers; no numpy). Without the file the phrase
lists work alone.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from heartspace.coach.word_model import FUNCTION_WORDS, WordModel, features

__all__ = ["CATEGORY", "FUNCTION_WORDS", "WEIGHTS", "detect", "features", "model", "probability"]

WEIGHTS = Path(__file__).with_name("safety_weights.json")
# The category reported when only the model saw signs of harm.
CATEGORY = "signs_of_harm"


@lru_cache(maxsize=1)
def model() -> WordModel | None:
    try:
        with WEIGHTS.open(encoding="utf-8") as handle:
            return WordModel(json.load(handle))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def probability(low: str) -> float | None:
    """P(the lower-cased text discloses harm), or None when no weights are installed."""
    weights = model()
    if weights is None:
        return None
    return 1.0 / (1.0 + math.exp(-weights.logit(low)))


def detect(text: str, low: str, pieces: list[str] | None = None) -> list[list]:
    """[[start, end, sentence]] for the sentence that reads most like a disclosure, when the
    whole text does (above the model's threshold); [] otherwise. `low` is the text lower-cased,
    with idioms and talk of fiction blanked (same length, so the offsets hold); `pieces` is
    low.split() when the caller has it."""
    weights = model()
    if weights is None or not low.strip():
        return []
    if 1.0 / (1.0 + math.exp(-weights.logit(low, pieces))) < weights.threshold:
        return []
    best = weights.best_sentence(low)
    if best is None:
        return []
    start, end = best.start(), best.end()
    while start < end and low[start].isspace():
        start += 1
    return [[start, end, text[start:end]]]
