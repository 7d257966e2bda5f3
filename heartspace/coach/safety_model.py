"""A small trained model that reads a text for signs of harm the phrase lists do not name.

The phrase lists (safety.py, safety_broad.py, intl_safety.py) find what they were written for;
people also disclose in words nobody listed ("he made an actual list of which friends I may
keep"). This linear model was trained offline by heartspace/coach/training/train_safety.py on
our own labelled examples in English, Russian and Spanish (training/safety_examples.jsonl: disclosures
written in many voices, and near-misses that share their words) plus ordinary forum comments
as negatives. It reads the counts of word, word-pair and 5-letter-stem features and answers
with a probability; above the threshold in the weights file the help card comes up, as for any
other safety signal.
Its weights ship in safety_weights.json (plain numbers; no numpy). Without the file the phrase
lists work alone.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from itertools import chain, repeat
from pathlib import Path

WEIGHTS = Path(__file__).with_name("safety_weights.json")
# The category reported when only the model saw signs of harm.
CATEGORY = "signs_of_harm"
# Letters of any script, with an inner apostrophe ("don't", "won’t").
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
STEM = 5
# A text's sentences, for pointing at the one that reads most like a disclosure.
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")


# Function words say which language a text is in, not what it tells; on their own they are not
# features (in pairs they are: "he hit", "не пускает").
FUNCTION_WORDS = frozenset("""
i me my mine you your he him his she her they them their we us our it its a an the and or but so if when that this
to of in on at for with from by as is am are was were be been do does did not no have has had will would can could
я мне меня мой моя мои ты тебя тебе твой он его ему она её ее ей они их им мы нас нам наш и а но или что это как
в во на с со к по за из у о от до для не ни же ли бы был была было были есть так то
yo me mi mis tú tu tus te él ella su sus nos nosotros ellos ellas le les lo la los las el un una y o pero que es
en de del a al con por para se si no ni ya muy más como cuando esto eso está estoy era fue ha he hay
""".split())


def features(low: str) -> list[str]:
    """The model's features of a lower-cased text, as often as they occur (the reference the
    training script fits): its words (but function words), pairs of neighbouring words, and the
    first five letters of longer words (which stand for a word's forms in Russian and Spanish)."""
    words = _WORDS.findall(low)
    found = [w for w in words if w not in FUNCTION_WORDS]
    found.extend(a + " " + b for a, b in zip(words, words[1:], strict=False))
    found.extend("~" + w[:STEM] for w in words if len(w) > STEM)
    return found


class _Cached(dict):
    """word -> compute(word), remembered since words recur; the cap bounds memory for odd input."""

    __slots__ = ("compute",)

    def __init__(self, compute):
        super().__init__()
        self.compute = compute

    def __missing__(self, key: str):
        value = self.compute(key)
        if len(self) < 50_000:
            self[key] = value
        return value


# No word spans white space, so a text's words are its pieces' words (and pieces recur).
_PIECE_WORDS = _Cached(lambda piece: tuple(_WORDS.findall(piece)))


class _Model:
    """The weights arranged for a fast sum: one weight per word (the word's own and its stem's,
    folded together as words are met) and pairs keyed by their two words, so no feature strings
    are built per text. The same sum as over features()."""

    def __init__(self, weights: dict):
        self.bias = float(weights["bias"])
        self.threshold = float(weights["threshold"])
        table = {str(k): float(v) for k, v in weights["features"].items()}
        self.table = table
        self.per_word = _Cached(lambda word: (0.0 if word in FUNCTION_WORDS else table.get(word, 0.0))
                                + (table.get("~" + word[:STEM], 0.0) if len(word) > STEM else 0.0))
        self.pairs = {tuple(k.split(" ")): v for k, v in table.items() if " " in k}

    def logit(self, low: str, pieces: list[str] | None = None) -> float:
        """The log-odds of the lower-cased text (`pieces`: low.split(), when the caller has it)."""
        words = list(chain.from_iterable(map(_PIECE_WORDS.__getitem__, low.split() if pieces is None else pieces)))
        z = self.bias + sum(map(self.per_word.__getitem__, words))
        z += sum(map(self.pairs.get, zip(words, words[1:], strict=False), repeat(0.0)))
        return max(-30.0, min(30.0, z))

    def best_sentence(self, low: str):
        """The first sentence of `low` with the highest log-odds (the match), or None: the same as
        max(_SENTENCES.finditer(low), key=lambda m: self.logit(m.group())), in one pass.

        No word spans a sentence's end, so the text's words are its sentences' words one after
        another: each sentence's sum adds the same weights in the same order over its slice."""
        sentences = list(_SENTENCES.finditer(low))
        if len(sentences) < 2:
            return sentences[0] if sentences else None
        words: list[str] = []
        ends = []  # per sentence, the index just past its last word
        for sentence in sentences:
            words.extend(chain.from_iterable(map(_PIECE_WORDS.__getitem__, sentence.group().split())))
            ends.append(len(words))
        weights = list(map(self.per_word.__getitem__, words))
        pair_weights = list(map(self.pairs.get, zip(words, words[1:], strict=False), repeat(0.0)))
        best, best_z, start = None, 0.0, 0
        bias = self.bias
        for sentence, end in zip(sentences, ends, strict=True):
            # A sentence's pairs are those of its neighbouring words: pair k joins words k and k + 1.
            z = bias + sum(weights[start:end])
            z += sum(pair_weights[start:max(start, end - 1)])
            z = max(-30.0, min(30.0, z))
            if best is None or z > best_z:
                best, best_z = sentence, z
            start = end
        return best


@lru_cache(maxsize=1)
def model() -> _Model | None:
    try:
        with WEIGHTS.open(encoding="utf-8") as handle:
            return _Model(json.load(handle))
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
