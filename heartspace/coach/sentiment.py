"""Fast lexicon valence: the VADER rules (Hutto & Gilbert, 2014) over VADER's own lexicon files.

vaderSentiment's `polarity_scores` takes about 0.6 ms on a 60-word text, more than the whole
coach may spend. This module reads the same lexicon files once (from the installed, pinned
vaderSentiment package) and applies the same rules - boosters, negation within three words,
ALL-CAPS emphasis, "but" shifting weight to the second half, "least", exclamation and
question-mark emphasis, emoji descriptions - in a single pass over pre-lowered tokens.
`compound` matches VADER's to within rounding on ordinary text; the benchmarks print both.
Per-word facts (the stripped lower-case form, whether a word can change its neighbours) are
remembered, since words recur, and the rules are only read around words they can change.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources
from itertools import compress

B_INCR = 0.293
B_DECR = -0.293
C_INCR = 0.733
N_SCALAR = -0.74

NEGATE = frozenset("""
aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't didn't doesn't
dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't haven't isn't mightn't mustn't
neednt needn't never none nope nor not nothing nowhere oughtnt shant shouldnt uhuh wasnt werent
oughtn't shan't shouldn't uh-uh wasn't weren't without wont wouldnt won't wouldn't rarely seldom despite
""".split())

_BOOST_UP = """absolutely amazingly awfully completely considerable considerably decidedly deeply effing enormous
enormously entirely especially exceptional exceptionally extreme extremely fabulously flipping flippin frackin
fracking fricking frickin frigging friggin fully fuckin fucking fuggin fugging greatly hella highly hugely incredible
incredibly intensely major majorly more most particularly purely quite really remarkably so substantially thoroughly
total totally tremendous tremendously uber unbelievably unusually utter utterly very""".split()
_BOOST_DOWN = """almost barely hardly kinda kindof kind-of less little marginal marginally occasional occasionally
partly scarce scarcely slight slightly somewhat sorta sortof sort-of""".split()
BOOSTERS = {**{w: B_INCR for w in _BOOST_UP}, **{w: B_DECR for w in _BOOST_DOWN}}
BOOSTER_BIGRAMS = {"kind of": B_DECR, "sort of": B_DECR, "just enough": B_DECR}
SPECIAL_CASES = {"the shit": 3, "the bomb": 3, "bad ass": 1.5, "badass": 1.5, "bus stop": 0.0,
                 "yeah right": -2, "kiss of death": -1.5, "to die for": 3, "beating heart": 3.5}
_PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    text = resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            table[parts[0]] = float(parts[1])
    return table


@lru_cache(maxsize=1)
def emoji_descriptions() -> dict[str, str]:
    text = resources.files("vaderSentiment").joinpath("emoji_utf8_lexicon.txt").read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            table[parts[0]] = parts[1]
    return table


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _replace_emoji(text: str) -> str:
    """VADER's emoji step: each emoji becomes its description, after a space unless one precedes it."""
    emojis = emoji_descriptions()

    def describe(match: re.Match) -> str:
        ch = match.group()
        description = emojis.get(ch)
        if description is None:
            return ch
        start = match.start()
        return description if start == 0 or text[start - 1] == " " else " " + description

    return _NON_ASCII.sub(describe, text).strip()


def _strip(token: str) -> str:
    stripped = token.strip(_PUNCT)
    return token if len(stripped) <= 2 else stripped


def _is_negation(word: str) -> bool:
    return word in NEGATE or "n't" in word


# Idioms and booster pairs change a score only when one of these phrases occurs in the text.
_IDIOM_PHRASES = tuple(SPECIAL_CASES) + tuple(BOOSTER_BIGRAMS)
_IDIOM_KEYS = frozenset(max(phrase.split(), key=len) for phrase in _IDIOM_PHRASES)
_EMPTY = {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 0.0}


def scores(text: str) -> dict[str, float]:
    """VADER-style scores: {"compound", "pos", "neg", "neu"} for `text`."""
    return detail(text)[0]


class _Lowered(dict):
    """Whitespace token -> its lower-cased form after VADER's punctuation strip; words recur, so cached."""

    __slots__ = ()

    def __missing__(self, token: str) -> str:
        stripped = token.strip(_PUNCT)
        low = (token if len(stripped) <= 2 else stripped).lower()
        if len(self) < 50_000:  # the cap bounds memory for odd input
            self[token] = low
        return low


_LOWERED = _Lowered()
# Words that can change the score of a lexicon word up to three words after them (boosters,
# negations, "so"/"this", "without", "no", "least"); a word holding "n't" counts too.
_SPECIAL = frozenset(BOOSTERS) | NEGATE | {"so", "this", "never", "without", "no", "least"}


class _Special(dict):
    """Lower-cased word -> whether it is special (see _SPECIAL); cached like _LOWERED."""

    __slots__ = ()

    def __missing__(self, word: str) -> bool:
        found = word in _SPECIAL or "n't" in word
        if len(self) < 50_000:
            self[word] = found
        return found


_IS_SPECIAL = _Special()


@lru_cache(maxsize=1)
def _scored_words() -> frozenset[str]:
    """The lexicon words that get a score of their own (boosters only modify others)."""
    return frozenset(w for w in lexicon() if w not in BOOSTERS)


def detail(text: str) -> tuple[dict[str, float], float, float]:
    """`scores(text)`, plus the highest and lowest single-word sentiment after VADER's rules."""
    if not text.isascii():
        text = _replace_emoji(text)
    return detail_of_words(text, text.split())


def detail_of_words(text: str, words: list[str]) -> tuple[dict[str, float], float, float]:
    """`detail` of an ASCII `text` (no emoji to replace) already split on whitespace: `words` is
    `text.split()`, which a caller that splits the text anyway can share (their hashes are kept)."""
    if not words:
        return dict(_EMPTY), 0.0, 0.0
    values, n = _sentiments(words)
    if not values:
        return {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 1.0}, 0.0, 0.0
    high, low = max(values), min(values)
    if len(values) < n:  # words off the lexicon score 0: they count in max/min when there are some
        high, low = max(high, 0.0), min(low, 0.0)
    return _score(values, n, text), high, low


def unrounded(text: str, words: list[str] | None = None) -> tuple[float, float, float, float, float]:
    """(compound, pos, neg, highest word, lowest word) as in `detail` but with pos and neg not rounded,
    which saves the valence model most of the cost of rounding (compound is rounded as in `scores`).
    `words`: `text.split()` of an ASCII text, when the caller has it."""
    if words is None:
        if not text.isascii():
            text = _replace_emoji(text)
        words = text.split()
    if not words:
        return 0.0, 0.0, 0.0, 0.0, 0.0
    values, n = _sentiments(words)
    if not values:
        return 0.0, 0.0, 0.0, 0.0, 0.0
    high, low = max(values), min(values)
    if len(values) < n:
        high, low = max(high, 0.0), min(low, 0.0)
    compound, pos, neg, _ = _totals(values, n, text)
    return round(compound, 4), pos, neg, high, low


def _sentiments(words: list[str]) -> tuple[list[float], int]:
    """The sentiment of each lexicon word of `words` after VADER's rules (in text order), and the word count."""
    lower = list(map(_LOWERED.__getitem__, words))
    n = len(words)
    hits = list(compress(range(n), map(_scored_words().__contains__, lower)))
    if not hits:
        return [], n
    lex = lexicon()
    # A scored word's rules need reading only when one of the three words before it is special
    # (a booster, a negation, "so", "this", "no", "least", ...), when it is "kind" or "no" itself,
    # when it is in capitals, or when an idiom may occur; any other word scores its lexicon value.
    # An idiom can only change a score when all its words occur: a key word of each is looked for.
    idioms = not _IDIOM_KEYS.isdisjoint(lower)
    # isupper() of a token and of its stripped form agree (only uncased punctuation is stripped);
    # whether some but not all words are capitals is only needed once a scored word is.
    cap_diff = None
    values = []
    for i in hits:
        item = lower[i]
        near = any(map(_IS_SPECIAL.__getitem__, lower[i - 3 if i > 3 else 0:i]))
        if not idioms and not near and item != "kind" and item != "no" and not words[i].isupper():
            values.append(lex[item])
            continue
        if item == "kind" and i < n - 1 and lower[i + 1] == "of":
            values.append(0.0)
            continue
        base = lex[item]
        valence = base
        if item == "no" and i != n - 1 and lower[i + 1] in lex:
            valence = 0.0
        if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") or (
                i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
            valence = base * N_SCALAR
        if words[i].isupper():
            if cap_diff is None:
                upper = sum(map(str.isupper, words))
                cap_diff = 0 < n - upper < n
            if cap_diff:
                valence = valence + C_INCR if valence > 0 else valence - C_INCR
        if idioms or near:
            for start_i in range(3):
                j = i - (start_i + 1)
                if j < 0:
                    break
                prev = lower[j]
                if prev in lex:
                    continue
                scalar = BOOSTERS.get(prev, 0.0)
                if scalar:
                    if valence < 0:
                        scalar = -scalar
                    if words[j].isupper():
                        if cap_diff is None:
                            upper = sum(map(str.isupper, words))
                            cap_diff = 0 < n - upper < n
                        if cap_diff:
                            scalar = scalar + C_INCR if valence > 0 else scalar - C_INCR
                    if start_i == 1:
                        scalar *= 0.95
                    elif start_i == 2:
                        scalar *= 0.9
                    valence += scalar
                valence = _negation(valence, lower, start_i, i)
                if start_i == 2 and idioms:
                    valence = _idioms(valence, lower, i)
        if i > 0 and lower[i - 1] == "least" and lower[i - 1] not in lex:
            if i == 1 or lower[i - 2] not in ("at", "very"):
                valence *= N_SCALAR
        values.append(valence)
    if "but" in lower:
        bi = lower.index("but")
        values = [s * 0.5 if k < bi else (s * 1.5 if k > bi else s) for k, s in zip(hits, values, strict=True)]
    return values, n


def _negation(valence: float, lower: list[str], start_i: int, i: int) -> float:
    if start_i == 0:
        if _is_negation(lower[i - 1]):
            valence *= N_SCALAR
    elif start_i == 1:
        if lower[i - 2] == "never" and lower[i - 1] in ("so", "this"):
            valence *= 1.25
        elif lower[i - 2] == "without" and lower[i - 1] == "doubt":
            pass
        elif _is_negation(lower[i - 2]):
            valence *= N_SCALAR
    else:
        if (lower[i - 3] == "never" and lower[i - 2] in ("so", "this")) or lower[i - 1] in ("so", "this"):
            valence *= 1.25
        elif lower[i - 3] == "without" and "doubt" in (lower[i - 2], lower[i - 1]):
            pass
        elif _is_negation(lower[i - 3]):
            valence *= N_SCALAR
    return valence


def _idioms(valence: float, lower: list[str], i: int) -> float:
    w0, w1, w2 = lower[i], lower[i - 1], lower[i - 2]
    w3 = lower[i - 3] if i >= 3 else ""
    for seq in (f"{w1} {w0}", f"{w2} {w1} {w0}", f"{w2} {w1}", f"{w3} {w2} {w1}", f"{w3} {w2}"):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    n = len(lower)
    if n - 1 > i and f"{w0} {lower[i + 1]}" in SPECIAL_CASES:
        valence = SPECIAL_CASES[f"{w0} {lower[i + 1]}"]
    if n - 1 > i + 1 and f"{w0} {lower[i + 1]} {lower[i + 2]}" in SPECIAL_CASES:
        valence = SPECIAL_CASES[f"{w0} {lower[i + 1]} {lower[i + 2]}"]
    for gram in (f"{w3} {w2} {w1}", f"{w2} {w1}"):
        if gram in BOOSTER_BIGRAMS:
            valence += BOOSTER_BIGRAMS[gram]
    return valence


def _totals(values: list[float], n: int, text: str) -> tuple[float, float, float, float]:
    """VADER's compound, pos, neg and neu, unrounded, from the scored words' sentiments among `n` words."""
    total = sum(values)
    bangs = min(text.count("!"), 4) * 0.292
    questions = text.count("?")
    qm = 0.0 if questions <= 1 else (questions * 0.18 if questions <= 3 else 0.96)
    emphasis = bangs + qm
    if total > 0:
        total += emphasis
    elif total < 0:
        total -= emphasis
    compound = total / math.sqrt(total * total + 15)
    compound = max(-1.0, min(1.0, compound))
    pos_sum = sum([s + 1 for s in values if s > 0])
    neg_sum = sum([s - 1 for s in values if s < 0])
    neutral = n - (len(values) - values.count(0.0))
    if pos_sum > -neg_sum:
        pos_sum += emphasis
    elif pos_sum < -neg_sum:
        neg_sum -= emphasis
    denominator = pos_sum - neg_sum + neutral
    if denominator == 0:
        return compound, 0.0, 0.0, 0.0
    return compound, pos_sum / denominator, -neg_sum / denominator, neutral / denominator


def _score(values: list[float], n: int, text: str) -> dict[str, float]:
    """VADER's scores from the sentiments of the scored words (`values`, in text order) among `n` words."""
    compound, pos, neg, neu = _totals(values, n, text)
    return {"compound": round(compound, 4), "pos": round(pos, 3), "neg": round(neg, 3), "neu": round(neu, 3)}
