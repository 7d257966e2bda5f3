"""Valence from -1 to 1: the VADER lexicon score blended with a small trained linear model.

The model reads the counts of word, word-pair and word-stem features (negation-marked:
"not_good") plus the lexicon scores, and was trained offline on the positive and negative rows of GoEmotions'
training split by heartspace/coach/training/train_valence.py (NB-weighted logistic
regression, settings chosen by cross-validation on that split). Its weights ship in
valence_weights.json: plain numbers in a dict, no numpy, loaded once on first use. Without the
file the coach falls back to the lexicon score alone. At load the weights are rearranged so that
a text costs one weight look-up per token and per pair of tokens (see _Model).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from itertools import chain, compress, islice, repeat
from pathlib import Path

from heartspace.coach.rx import pieces_of
from heartspace.coach.sentiment import unrounded
from heartspace.coach.word_model import Cached

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
# (Tokens starting with ! or ? are exactly these four: a run is "!+" or "?+".)
_STOP_NEGATION = frozenset({"but", "however", "although", "though", ".", ",", ";", ":", "!", "?", "!+", "?+"})
_PUNCTUATION = frozenset({".", ",", ";", ":"})
STEM = 4
LONG_STEM = 5


def _is_negator(word: str) -> bool:
    if "'" in word or "’" in word:
        plain = word.replace("'", "").replace("’", "")
        return plain in _NEGATORS or (plain.endswith("nt") and word.endswith(("n't", "n’t")))
    return word in _NEGATORS


_IS_NEGATOR = Cached(_is_negator)
_PLAIN = Cached(lambda word: word.replace("'", "").replace("’", ""))
_NEGATED = Cached(lambda word: "not_" + word)


def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """The tokens of one whitespace-free piece of text; a run of ! or ? is "!+" or "?+"."""
    return tuple(w[0] + "+" if len(w) > 1 and w[0] in "!?" else w for w in _TOKENS.findall(chunk))


# No token spans whitespace, so tokenising the text's pieces (which recur) gives the text's tokens:
# pieces of the lower-cased text, and pieces of an ASCII text as written (lower-cased here).
_CHUNKS = Cached(_chunk_tokens)
_ASCII_CHUNKS = Cached(lambda chunk: _chunk_tokens(chunk.lower()))


def _tokens(low: str) -> list[str]:
    """The tokens of the lower-cased text, negation-marked."""
    return _mark_negation(list(chain.from_iterable(map(_CHUNKS.__getitem__, low.split()))))


def _mark_negation(words: list[str]) -> list[str]:
    """Up to NEGATION_SCOPE words after a negator become "not_word", stopping at punctuation or a contrast."""
    starts = list(compress(range(len(words)), map(_IS_NEGATOR.__getitem__, words)))
    if not starts:
        return words
    marked = list(words)
    for k in starts:
        marked[k] = _PLAIN[words[k]]
        j = k + 1
        for word in words[j:j + NEGATION_SCOPE]:
            if word in _STOP_NEGATION or _IS_NEGATOR[word]:
                break
            marked[j] = _NEGATED[word]
            j += 1
    return marked


def _token_grams(token: str) -> list[str]:
    """One token's own features: itself (unless punctuation) and the stems of a longer word.

    A negated word ("not_happy") keeps only its 5-letter stem, which is read as not negated."""
    if token in _PUNCTUATION:
        return []
    grams = [token]
    if token.startswith("not_"):
        word = token[4:]
        if len(word) > LONG_STEM and word.isalpha():
            grams.append("^" + word[:LONG_STEM])
    elif len(token) > STEM and token.isalpha():
        grams.append("~" + token[:STEM])
        if len(token) > LONG_STEM:
            grams.append("^" + token[:LONG_STEM])
    return grams


def features(text: str, low: str | None = None) -> list[str]:
    """The model's features, the reference the training script fits (as counts): every token's own
    features and every pair of neighbouring tokens, as often as they occur. Counting rather than
    marking presence held the same cross-validated accuracy and saves the runtime two set builds."""
    marked = _tokens(text.lower() if low is None else low)
    grams = [g for token in marked for g in _token_grams(token)]
    grams.extend(map(" ".join, zip(marked, marked[1:], strict=False)))
    return grams


def dense(compound: float, pos: float, neg: float, high: float, low_word: float) -> tuple[float, ...]:
    """Lexicon features (from sentiment.unrounded): compound, pos, neg, strongest positive and negative
    word, the sign bands."""
    return (compound, pos, neg, high / 4, low_word / 4,
            1.0 if compound >= POSITIVE else 0.0, 1.0 if compound <= NEGATIVE else 0.0)


DENSE_NAMES = ("compound", "pos", "neg", "max_word", "min_word", "positive_band", "negative_band")


class _Model:
    """The weights arranged for a fast sum: one weight per token (its word and stems folded together,
    filled in as words are met) and word pairs keyed by the two tokens, so no strings are built per text."""

    def __init__(self, weights: dict):
        table = weights["features"]
        self.bias = float(weights["bias"])
        self.dense = tuple(float(weights["dense"][name]) for name in DENSE_NAMES)
        self.lexicon_weight = float(weights.get("lexicon_weight", 0.5))
        self.table = table
        self.tokens = Cached(lambda token: sum(table.get(g, 0.0) for g in _token_grams(token)))
        self.pairs = {tuple(key.split(" ")): w for key, w in table.items() if " " in key}

    def logit(self, marked: list[str], lexicon: tuple) -> float:
        compound, pos, neg, high, low_word = lexicon
        d = self.dense
        z = self.bias + d[0] * compound + d[1] * pos + d[2] * neg + d[3] * (high / 4) + d[4] * (low_word / 4)
        if compound >= POSITIVE:
            z += d[5]
        if compound <= NEGATIVE:
            z += d[6]
        z += sum(map(self.tokens.__getitem__, marked))
        z += sum(map(self.pairs.get, zip(marked, islice(marked, 1, None), strict=False), repeat(0.0)))
        return max(-30.0, min(30.0, z))


@lru_cache(maxsize=1)
def model() -> _Model | None:
    try:
        with WEIGHTS.open(encoding="utf-8") as handle:
            return _Model(json.load(handle))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None


def logit(text: str, low: str | None = None, lexicon: tuple | None = None) -> float | None:
    """The model's log-odds of positive, or None when no weights are installed."""
    weights = model()
    if weights is None:
        return None
    return weights.logit(_tokens(text.lower() if low is None else low), lexicon or unrounded(text))


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
    """Valence in [-1, 1] (`low`: the same text lower-cased, when the caller has it; an ASCII text is
    lower-cased piece by piece instead, which gives the same tokens)."""
    if text.isascii():
        # One split serves the lexicon pass and the tokens (ASCII lower-casing keeps the pieces),
        # and the language guess's split of the same draft if it made one.
        pieces = pieces_of(text)
        lexicon = unrounded(text, pieces)
        weights = model()
        if weights is None:
            return lexicon[0]
        z = weights.logit(_mark_negation(list(chain.from_iterable(map(_ASCII_CHUNKS.__getitem__, pieces)))), lexicon)
    else:
        lexicon = unrounded(text)
        weights = model()
        if weights is None:
            return lexicon[0]
        z = weights.logit(_tokens(text.lower() if low is None else low), lexicon)
    model_valence = 2.0 / (1.0 + math.exp(-z)) - 1.0
    return combine(lexicon[0], model_valence, weights.lexicon_weight)
