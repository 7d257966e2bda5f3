"""Small trained models that read a draft for blame, contempt and defensiveness the rules miss.

The conflict rules (conflict.py, intl.py) find the phrasings they were written for: "you always",
a label after "you're so", "oh great, thanks". People also criticise, mock and deflect in words
nobody listed ("typical, the whole street heard about it before I did"). Three linear models,
one per label, were trained offline by heartspace/coach/training/train_conflict.py on our own
labelled examples in English, Russian and Spanish (training/conflict_examples.jsonl: blame,
contempt and counter-attacks in many voices, and the near-misses the guidelines name: one
complaint about one behaviour, generic "you", praise with "always", quoted speech, warm teasing)
plus warm forum comments as negatives. They read the same word, word-pair and stem counts as the
safety model, from the text with quoted speech blanked, and each speaks only when its rules found
nothing. Their weights ship in conflict_weights.json (plain numbers); without the file the rules
work alone.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from heartspace.coach.word_model import WordModels, words_of

WEIGHTS = Path(__file__).with_name("conflict_weights.json")
LABELS = ("blame", "contempt", "defensive")


@lru_cache(maxsize=1)
def models() -> WordModels | None:
    """The three models, in the order of LABELS; None without (complete) weights."""
    try:
        with WEIGHTS.open(encoding="utf-8") as handle:
            payload = json.load(handle)
        return WordModels([payload["labels"][label] for label in LABELS])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def probabilities(masked: str) -> dict[str, float] | None:
    """P(label) for each label of the lower-cased, quote-blanked text; None without weights."""
    found = models()
    if found is None:
        return None
    return {label: 1.0 / (1.0 + math.exp(-z)) for label, z in zip(LABELS, found.logits(masked), strict=True)}


def detect(text: str, masked: str, labels, pieces: list[str] | None = None) -> dict[str, list[list]]:
    """For each of `labels` (those the rules left empty) whose model reads the whole text above its
    threshold: [[start, end, sentence]] for the sentence that reads most like it. `masked` is the
    text lower-cased with quoted speech blanked (same length, so offsets hold); `pieces` is
    masked.split() when the caller has it."""
    found = models()
    if found is None or not labels:
        return {}
    words = words_of(masked, pieces)
    if not words:
        return {}
    logits = found.logits_of(words)
    fired = [index for index, label in enumerate(LABELS)
             if label in labels and logits[index] >= found.thresholds[index]]
    if not fired:
        return {}
    # Each sentence is read once for every label that fired.
    spans = {}
    for index, best in found.best_sentences(masked, fired).items():
        start, end = best.span()
        while start < end and masked[start].isspace():
            start += 1
        while end > start and masked[end - 1].isspace():
            end -= 1
        spans[LABELS[index]] = [[start, end, text[start:end]]]
    return spans
