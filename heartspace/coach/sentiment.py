"""Fast lexicon valence: the VADER rules (Hutto & Gilbert, 2014) over VADER's own lexicon files.

vaderSentiment's `polarity_scores` takes about 0.6 ms on a 60-word text, more than the whole
coach may spend. This module reads the same lexicon files once (from the installed, pinned
vaderSentiment package) and applies the same rules - boosters, negation within three words,
ALL-CAPS emphasis, "but" shifting weight to the second half, "least", exclamation and
question-mark emphasis, emoji descriptions - in a single pass over pre-lowered tokens.
`compound` matches VADER's to within rounding on ordinary text; the benchmarks print both.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from importlib import resources

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
_EMPTY = {"compound": 0.0, "pos": 0.0, "neg": 0.0, "neu": 0.0}


def scores(text: str) -> dict[str, float]:
    """VADER-style scores: {"compound", "pos", "neg", "neu"} for `text`."""
    return detail(text)[0]


def detail(text: str) -> tuple[dict[str, float], float, float]:
    """`scores(text)`, plus the highest and lowest single-word sentiment after VADER's rules."""
    if not text.isascii():
        text = _replace_emoji(text)
    words = [w if len(s := w.strip(_PUNCT)) <= 2 else s for w in text.split()]
    if not words:
        return dict(_EMPTY), 0.0, 0.0
    lower = [w.lower() for w in words]
    lex = lexicon()
    hits = [i for i, w in enumerate(lower) if w in lex and w not in BOOSTERS]
    n = len(words)
    sentiments = [0.0] * n
    if not hits:
        return _score(sentiments, text), 0.0, 0.0
    upper_count = sum(1 for w in words if w.isupper())
    cap_diff = 0 < n - upper_count < n
    joined = " ".join(lower)
    idioms = any(phrase in joined for phrase in _IDIOM_PHRASES)
    for i in hits:
        item = lower[i]
        if item == "kind" and i < n - 1 and lower[i + 1] == "of":
            continue
        base = lex[item]
        valence = base
        if item == "no" and i != n - 1 and lower[i + 1] in lex:
            valence = 0.0
        if (i > 0 and lower[i - 1] == "no") or (i > 1 and lower[i - 2] == "no") or (
                i > 2 and lower[i - 3] == "no" and lower[i - 1] in ("or", "nor")):
            valence = base * N_SCALAR
        if cap_diff and words[i].isupper():
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
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
                if cap_diff and words[j].isupper():
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
        sentiments[i] = valence
    if "but" in lower:
        bi = lower.index("but")
        for k, s in enumerate(sentiments):
            if s:
                sentiments[k] = s * 0.5 if k < bi else (s * 1.5 if k > bi else s)
    return _score(sentiments, text), max(sentiments), min(sentiments)


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


def _score(sentiments: list[float], text: str) -> dict[str, float]:
    total = sum(sentiments)
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
    scored = [s for s in sentiments if s]
    pos_sum = sum(s + 1 for s in scored if s > 0)
    neg_sum = sum(s - 1 for s in scored if s < 0)
    neutral = len(sentiments) - len(scored)
    if pos_sum > -neg_sum:
        pos_sum += emphasis
    elif pos_sum < -neg_sum:
        neg_sum -= emphasis
    denominator = pos_sum - neg_sum + neutral
    if denominator == 0:
        return {"compound": round(compound, 4), "pos": 0.0, "neg": 0.0, "neu": 0.0}
    return {"compound": round(compound, 4), "pos": round(pos_sum / denominator, 3),
            "neg": round(-neg_sum / denominator, 3), "neu": round(neutral / denominator, 3)}
