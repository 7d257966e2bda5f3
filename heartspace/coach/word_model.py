"""Linear models over word counts: what the coach's trained safety and conflict models share.

A text's features are its words (but function words), pairs of neighbouring words, and the first
five letters of longer words (which stand for a word's forms in Russian and Spanish), counted as
often as they occur. `features()` is the reference the training scripts fit; `WordModel` sums the
same weights without building feature strings per text.
"""

from __future__ import annotations

import math
import re
from itertools import chain, repeat

# Letters of any script, with an inner apostrophe ("don't", "won’t").
WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
STEM = 5
# A text's sentences, for pointing at the one that reads most like what a model found.
SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")

# Function words say which language a text is in, not what it tells; on their own they are not
# features (in pairs they are: "he hit", "не пускает", "you always"). Their texting spellings
# ("u", "n", "w/o") say how a text was typed: alone, they taught the safety model that chat style
# is a sign of harm.
FUNCTION_WORDS = frozenset("""
i me my mine you your he him his she her they them their we us our it its a an the and or but so if when that this
to of in on at for with from by as is am are was were be been do does did not no have has had will would can could
я мне меня мой моя мои ты тебя тебе твой он его ему она её ее ей они их им мы нас нам наш и а но или что это как
в во на с со к по за из у о от до для не ни же ли бы был была было были есть так то
yo me mi mis tú tu tus te él ella su sus nos nosotros ellos ellas le les lo la los las el un una y o pero que es
en de del a al con por para se si no ni ya muy más como cuando esto eso está estoy era fue ha he hay
u ur r n w o im ive bc cuz coz abt thru tho
""".split())


def features(low: str, ignored: frozenset[str] = frozenset()) -> list[str]:
    """The features of a lower-cased text, as often as they occur (what the training scripts fit).
    Words in `ignored` count only in pairs (no word or stem feature of their own): a model may set
    aside words that say more about how a text is told than about what it tells."""
    words = WORDS.findall(low)
    found = [w for w in words if w not in FUNCTION_WORDS and w not in ignored]
    found.extend(a + " " + b for a, b in zip(words, words[1:], strict=False))
    found.extend("~" + w[:STEM] for w in words if len(w) > STEM and w not in ignored)
    return found


class Cached(dict):
    """key -> compute(key), remembered since words recur; the cap bounds memory for odd input."""

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
_PIECE_WORDS = Cached(lambda piece: tuple(WORDS.findall(piece)))


_last: tuple[str, list[str]] = ("", [])


def words_of(low: str, pieces: list[str] | None = None) -> list[str]:
    """WORDS.findall(low), read per piece between white space (remembered per piece); `pieces` is
    low.split() when the caller has it. The last text's words are remembered too: the safety and
    conflict models usually read the same text (nothing blanked in it). The list returned must
    not be changed."""
    global _last
    last = _last  # one read: another thread may replace it (as a whole) meanwhile
    if low == last[0]:
        return last[1]
    words = list(chain.from_iterable(map(_PIECE_WORDS.__getitem__, low.split() if pieces is None else pieces)))
    _last = (low, words)
    return words


def _sentence_sums(low: str, per_word, pairs, zero, bias) -> list:
    """[(sentence match, bias + its weights)] for each sentence of `low`, in one pass: the same
    sums as reading each sentence alone. No word spans a sentence's end, so the text's words are
    its sentences' words one after another, and each sentence adds the same weights in the same
    order over its slice (pair k joins words k and k + 1)."""
    sentences = list(SENTENCES.finditer(low))
    words: list[str] = []
    ends = []  # per sentence, the index just past its last word
    for sentence in sentences:
        words.extend(chain.from_iterable(map(_PIECE_WORDS.__getitem__, sentence.group().split())))
        ends.append(len(words))
    weights = list(map(per_word.__getitem__, words))
    pair_weights = list(map(pairs.get, zip(words, words[1:], strict=False), repeat(zero)))
    sums, start = [], 0
    for sentence, end in zip(sentences, ends, strict=True):
        sums.append((sentence, bias + sum(weights[start:end]) + sum(pair_weights[start:max(start, end - 1)])))
        start = end
    return sums


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


class WordModel:
    """One logistic regression's weights arranged for a fast sum: one weight per word (the word's
    own and its stem's, folded together as words are met) and pairs keyed by their two words, so
    no feature strings are built per text. The same sum as over features()."""

    def __init__(self, weights: dict):
        self.bias = float(weights["bias"])
        self.threshold = float(weights["threshold"])
        # The threshold as log-odds: comparing logits needs no exp() per text.
        self.threshold_logit = _logit(self.threshold)
        table = weights["features"]
        self.table = table
        # Words the training script set aside as features of their own (features(ignored=...)).
        ignored = frozenset(weights.get("ignored", ()))
        self.per_word = Cached(lambda word: 0.0 if word in ignored else
                               (0.0 if word in FUNCTION_WORDS else table.get(word, 0.0))
                               + (table.get("~" + word[:STEM], 0.0) if len(word) > STEM else 0.0))
        self.pairs = {tuple(k.split(" ")): v for k, v in table.items() if " " in k}

    def logit_of(self, words: list[str]) -> float:
        z = self.bias + sum(map(self.per_word.__getitem__, words))
        z += sum(map(self.pairs.get, zip(words, words[1:], strict=False), repeat(0.0)))
        return max(-30.0, min(30.0, z))

    def logit(self, low: str, pieces: list[str] | None = None) -> float:
        return self.logit_of(words_of(low, pieces))

    def best_sentence(self, low: str):
        """The first sentence of `low` with the highest log-odds (its match), or None: the same as
        max(SENTENCES.finditer(low), key=lambda m: self.logit(m.group()))."""
        best, best_z = None, 0.0
        for sentence, z in _sentence_sums(low, self.per_word, self.pairs, 0.0, self.bias):
            z = max(-30.0, min(30.0, z))
            if best is None or z > best_z:
                best, best_z = sentence, z
        return best

    def probability(self, low: str) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(low)))


class WordModels:
    """Several WordModels over the same features, summed in one pass (the conflict models read
    each draft for three labels). Weights are shipped rounded to 1e-4, so each is an exact whole
    number of ten-thousandths; one word's weights for all the models are packed into one integer
    (model k's weight times FIELD**k), and a plain sum of the packed integers is every model's sum
    at once, exactly: one lookup per word and per pair instead of one per model."""

    FIELD = 1 << 48  # far beyond any sum of 20,000 characters' weights, so fields never mix

    def __init__(self, weights: list[dict]):
        """`weights`: each model's weights as the training script writes them (bias, threshold, features)."""
        tables = [model["features"] for model in weights]
        self.size = len(weights)
        self.thresholds = [_logit(float(model["threshold"])) for model in weights]
        self.bias = self._pack(float(model["bias"]) for model in weights)
        self.per_word = Cached(lambda word: self._pack(
            (0.0 if word in FUNCTION_WORDS else table.get(word, 0.0))
            + (table.get("~" + word[:STEM], 0.0) if len(word) > STEM else 0.0) for table in tables))
        pairs: dict[tuple[str, str], int] = {}
        for k, table in enumerate(tables):
            scale = self.FIELD ** k
            for feature, weight in table.items():
                if " " in feature:
                    key = tuple(feature.split(" "))
                    pairs[key] = pairs.get(key, 0) + round(weight * 10_000) * scale
        self.pairs = pairs

    def _pack(self, weights) -> int:
        packed = 0
        for k, weight in enumerate(weights):
            packed += round(weight * 10_000) * self.FIELD ** k
        return packed

    def _unpack(self, packed: int) -> list[float]:
        logits = []
        half = self.FIELD // 2
        for _ in range(self.size):
            # The lowest field, read as a signed number; what remains is the other fields' sum.
            value = (packed + half) % self.FIELD - half
            packed = (packed - value) // self.FIELD
            logits.append(max(-30.0, min(30.0, value / 10_000)))
        return logits

    def logits_of(self, words: list[str]) -> list[float]:
        total = self.bias + sum(map(self.per_word.__getitem__, words))
        total += sum(map(self.pairs.get, zip(words, words[1:], strict=False), repeat(0)))
        return self._unpack(total)

    def logits(self, low: str) -> list[float]:
        return self.logits_of(words_of(low))

    def best_sentences(self, low: str, indexes: list[int]) -> dict[int, object]:
        """{model index: the first sentence of `low` with that model's highest log-odds}."""
        sums = [(sentence, self._unpack(total)) for sentence, total in
                _sentence_sums(low, self.per_word, self.pairs, 0, self.bias)]
        best = {}
        for index in indexes:
            found = max(sums, key=lambda item, index=index: item[1][index], default=None)
            if found is not None:
                best[index] = found[0]
        return best
