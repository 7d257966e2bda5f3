"""Feelings the speaker names about themself, faux feelings, and whether a feeling is owned.

A small token scanner rather than one giant regular expression: from each "I"/"we" it walks
forward over verbs ("feel", "am", "was", "got"), degree words ("so", "a bit") and negations,
and stops at anything else. "I don't feel angry" is negated, "I feel like you..." is a thought,
"You made me furious" names a feeling but blames the other person for it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import chain, compress

from heartspace.coach import typos
from heartspace.coach.lexicon import FAUX_FEELINGS, FEEL_ONLY, FEELING_TYPOS, FEELINGS
from heartspace.coach.rx import gated_pieces_of, lower_same_length

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*(?:-[^\W_]+)*|[.!?;:,()\"“”]")
# The same tokens in lower-cased ASCII text, where letters and digits are a-z and 0-9 (a plain
# range scans faster than a Unicode category).
ASCII_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*(?:-[a-z0-9]+)*|[.!?;:,()\"]")

SUBJECTS = {"i": None, "we": None, "i'm": "am", "im": "am", "we're": "are", "i've": "have", "ive": "have",
            "we've": "have", "i'd": "had", "we'd": "had"}
# "fel", "feelin", "feelng": "feel" typed in a hurry.
FEEL_VERBS = frozenset("feel felt feeling feels fel feelin feelng fealt".split())
VERBS = frozenset("""am was were are get got getting gets became become becoming grew grow
growing been have has had seem seemed seems remain remained stay stayed keep kept""".split()) | FEEL_VERBS
DEGREE = frozenset("""so really very a bit little kind of sort kinda sorta pretty quite totally incredibly deeply
somewhat extremely truly honestly just still also too rather super genuinely absolutely completely utterly terribly
awfully slightly increasingly more fairly even actually mostly suddenly almost such unbelievably properly bloody
fucking freaking way all starting to beginning lot always sometimes often usually seriously literally already most
particularly especially immensely hugely insanely overwhelmingly both quite entirely ever frankly simply kinda tad
right now""".split())
NEGATIONS = frozenset("""not never no longer don't dont didn't didnt haven't havent hasn't wasn't wasnt weren't werent
aren't arent ain't aint isn't won't can't cannot hardly""".split())
# Negated forms of "to be": a verb as well as a negation.
NEGATED_BE = frozenset("wasn't wasnt weren't werent aren't arent ain't aint".split())
THOUGHT_WORDS = frozenset({"like", "that", "as"})
JOINERS = frozenset({",", "and", "or", "nor", "but", "also", "yet", "plus", "even"})
CAUSE_OBJECTS = frozenset({"made", "make", "makes", "making", "left", "leaves", "leave", "got", "gets", "get", "kept", "keeps",
                           "keep", "keeping"})
SENTENCE_END = frozenset({".", "!", "?", ";"})
ELIDED_FOLLOWERS = frozenset({"for", "about", "that", "to", "!", ".", ",", "right", "today", "tonight", "this", "at",
                              "with", "by", "after", "since", "lately", "again", "all", "of", "we", "you", "when", "how"})


def _is_degree(word: str) -> bool:
    """Degree words, and "-ly" adverbs in general ("weirdly emotional", "quietly proud")."""
    return word in DEGREE or (len(word) > 4 and word.endswith("ly") and word not in FEELINGS)

_MULTI_FEELINGS = {tuple(w.split()): w for w in FEELINGS if " " in w}
# Real words one slip away from a feeling word ("tried" / "tired"): never read as that feeling.
_REAL_WORDS = frozenset("""tried sacred scarred judge judges settle along expose amuse confuse excite annoy relive
blame pressure""".split())
_typo_tables: list = []


def _maybe_typo(word: str) -> bool:
    return _typo_of(word, faux=False) is not None or _typo_of(word, faux=True) is not None


def _typo_of(word: str, faux: bool) -> str | None:
    """The feeling (or faux-feeling) word `word` is a slip of: "ignord" -> "ignored", "lonley" -> "lonely"."""
    if len(word) < typos.MIN_LENGTH or word in FEELINGS or word in FAUX_FEELINGS or word in FEELING_TYPOS:
        return None
    if not _typo_tables:
        from heartspace.coach.sentiment import lexicon

        known = frozenset(lexicon()) | _REAL_WORDS
        _typo_tables[:] = [typos.TypoTable(FEELINGS, known), typos.TypoTable(FAUX_FEELINGS, known)]
    return _typo_tables[1 if faux else 0].correct(word)
_MULTI_FAUX = {tuple(w.split()): w for w in FAUX_FEELINGS if " " in w}
_MAX_MULTI = 4


@dataclass
class Feelings:
    feelings: list[str] = field(default_factory=list)
    owned: bool = False
    caused_by_other: list[tuple[int, int]] = field(default_factory=list)
    faux: list[dict] = field(default_factory=list)
    thoughts: list[tuple[int, int]] = field(default_factory=list)


class Tokens:
    """A text's lower-case tokens ("’" read as "'"), with each token's offset found when first asked for.

    The scanner reads every token but needs offsets only for what it reports. They are found by
    searching for each token from the end of the one before: between two tokens there is nothing
    a token can start with (no letter, digit or token punctuation), so the first occurrence is
    the token itself.
    """

    __slots__ = ("words", "_text", "_starts")

    def __init__(self, low: str):
        if "’" in low:
            self._text, pieces = low.replace("’", "'"), None
        else:
            self._text, pieces = low, gated_pieces_of(low)  # split once already if it is being gated
        self.words = _tokens_of(self._text, pieces)
        self._starts: list[int] = []

    def start(self, i: int) -> int:
        starts = self._starts
        if i >= len(starts):
            words, find = self.words, self._text.find
            pos = starts[-1] + len(words[len(starts) - 1]) if starts else 0
            for k in range(len(starts), i + 1):
                pos = find(words[k], pos)
                starts.append(pos)
                pos += len(words[k])
        return starts[i]

    def end(self, i: int) -> int:
        return self.start(i) + len(self.words[i])


# Each whitespace piece's tokens, remembered per piece (pieces recur from draft to draft): no token
# holds white space, so a text's tokens are its pieces' tokens in order.
class _PieceTokens(dict):
    """piece -> pattern.findall(piece), remembered; the cap bounds memory for odd input."""

    __slots__ = ("pattern",)

    def __init__(self, pattern):
        super().__init__()
        self.pattern = pattern

    def __missing__(self, piece: str) -> list[str]:
        found = self.pattern.findall(piece)
        if len(self) < 50_000:
            self[piece] = found
        return found


_PIECE_TOKENS = {True: _PieceTokens(ASCII_TOKEN), False: _PieceTokens(TOKEN)}


def _tokens_of(text: str, pieces: list[str] | None = None) -> list[str]:
    """TOKEN.findall(text) (ASCII_TOKEN's in ASCII text), read piece by piece (`pieces`: text.split())."""
    cache = _PIECE_TOKENS[text.isascii()]
    # (One C-level pass: no Python step per piece.)
    return list(chain.from_iterable(map(cache.__getitem__, text.split() if pieces is None else pieces)))


def tokenize(text: str, low: str | None = None) -> Tokens:
    """The tokens of `text`; `low` is the text lower-cased at the same length, when the caller has it."""
    return Tokens(lower_same_length(text) if low is None else low)


_MULTI_FIRST = frozenset(key[0] for key in (*_MULTI_FEELINGS, *_MULTI_FAUX))


def _match_word(tokens, i, table_multi, single_ok) -> tuple[str, int] | None:
    """The (multi)word at tokens[i] found in a lexicon: (word as written, tokens used)."""
    word = tokens[i]
    if word in _MULTI_FIRST:  # only a few words start a multiword feeling ("fed up", "left out")
        for size in range(_MAX_MULTI, 1, -1):
            if i + size <= len(tokens):
                key = tuple(tokens[i:i + size])
                if key in table_multi:
                    return " ".join(key), size
    if single_ok(word):
        return word, 1
    return None


def _feeling_at(tokens, i, after_feel: bool, typo_ok: bool = False) -> tuple[str, int] | None:
    def ok(word):
        if word in FEEL_ONLY:
            return after_feel and (word in FEELINGS)
        if word in FEELINGS or word in FEELING_TYPOS:
            return True
        if typo_ok:
            meant = _typo_of(word, faux=False)
            return meant is not None and (after_feel or meant not in FEEL_ONLY)
        return False
    return _match_word(tokens, i, _MULTI_FEELINGS, ok)


def _faux_at(tokens, i, typo_ok: bool = False) -> tuple[str, int] | None:
    def ok(word):
        return word in FAUX_FEELINGS or (typo_ok and _typo_of(word, faux=True) is not None)
    found = _match_word(tokens, i, _MULTI_FAUX, ok)
    if found and found[0] == "used" and i + 1 < len(tokens) and tokens[i + 1] == "to":
        return None  # "used to it" is habit, not a judgement
    return found


# The words that can begin a feeling or a faux feeling when slips are not read (a multiword one's
# first word, a feeling word, a known typo of one): a cheap set test before the lexicon lookups.
_MAY_BEGIN_FEELING = frozenset(FEELINGS) | frozenset(FEELING_TYPOS) | _MULTI_FIRST
_MAY_BEGIN_FAUX = frozenset(FAUX_FEELINGS) | _MULTI_FIRST

# The words the scanner acts on away from a sentence's start.
_OPENERS = frozenset(SUBJECTS) | CAUSE_OBJECTS | {"you"}
_STOPS = _OPENERS | SENTENCE_END


def scan(text: str, tokenized: Tokens | None = None) -> Feelings:
    pos = tokenized if tokenized is not None else tokenize(text)
    tokens = pos.words
    result = Feelings()
    seen: set[str] = set()
    n = len(tokens)

    def add(word: str, owned: bool, start: int, end: int) -> None:
        if word not in seen:
            seen.add(word)
            result.feelings.append(word)
        if owned:
            result.owned = True
        else:
            result.caused_by_other.append((start, end))

    def add_faux(word: str, start: int, end: int) -> None:
        feeling, need = FAUX_FEELINGS.get(word) or FAUX_FEELINGS[_typo_of(word, faux=True)]
        if all(f["word"] != word for f in result.faux):
            result.faux.append({"word": word, "span": [start, end, text[start:end]],
                                "suggested_feeling": feeling, "suggested_need": need})

    # The tokens that open something or end a sentence; away from a sentence's start nothing below
    # can begin at any other token (most of them), so the scan jumps from one of these to the next.
    stops = list(compress(range(n), map(_STOPS.__contains__, tokens)))  # (one C-level pass)
    sentence_start = True
    i = 0
    while i < n:
        if not sentence_start:
            # The same as stepping over the tokens in between, each falling through every check.
            k = bisect_left(stops, i)
            if k == len(stops):
                break
            i = stops[k]
            if tokens[i] not in _OPENERS:  # a sentence ends here: the next token starts one
                sentence_start = True
                i += 1
                continue
        word = tokens[i]
        if word in SUBJECTS:
            before = len(result.feelings)
            i = _scan_subject(tokens, pos, i, add, add_faux, result) or i + 1
            if len(result.feelings) > before:
                # Read ahead only: what else the sentence holds ("...and my boss made me furious")
                # is still scanned from here.
                _scan_elided(tokens, pos, i, add)
            sentence_start = False
            continue
        if word in CAUSE_OBJECTS and i + 1 < n and tokens[i + 1] == "me":
            j = i + 2
            while j < n and (_is_degree(tokens[j]) or tokens[j] in FEEL_VERBS):  # "made me feel so small"
                j += 1
            found = _feeling_at(tokens, j, after_feel=True) if j < n else None
            if found:
                by_you = i > 0 and tokens[i - 1] in ("you", "you've", "you'd", "you'll")
                add(found[0], not by_you, pos.start(i), pos.end(j + found[1] - 1))
                i = j + found[1]
                continue
        if word == "you" and i + 2 < n and tokens[i + 2] == "me" and _feeling_at(tokens, i + 1, True):
            # "You scared me", "you embarrassed me": a feeling named, caused by the other.
            found = _feeling_at(tokens, i + 1, True)
            if found[0].endswith("ed") or found[0] in ("hurt", "upset"):
                add(found[0], False, pos.start(i), pos.end(i + 2))
                i += 3
                continue
        if sentence_start and (word in DEGREE or word in FEEL_VERBS
                               or (word in _MAY_BEGIN_FEELING and _feeling_at(tokens, i, False))):
            # Elided subject: "So thrilled for you!", "Feeling miserable today.", "Exhausted."
            j = i
            after_feel = False
            while j < n and (tokens[j] in DEGREE or tokens[j] in FEEL_VERBS):
                after_feel = after_feel or tokens[j] in FEEL_VERBS
                j += 1
            found = _feeling_at(tokens, j, after_feel) if j < n else None
            if found:
                k = j + found[1]
                if k >= n or tokens[k] in ELIDED_FOLLOWERS or tokens[k] in JOINERS:
                    add(found[0], True, pos.start(j), pos.end(k - 1))
                    i = k
                    sentence_start = False
                    continue
        sentence_start = word in SENTENCE_END
        i += 1
    return result


# After a feeling, later in the same sentence: "...but mostly relieved", "...and then weirdly calm".
_ELIDED_OPENERS = frozenset({"and", "but", "yet", ","})
_ELIDED_FILLERS = frozenset({"then", "now", "later", "afterwards", "weirdly", "strangely", "oddly", "mainly", "mostly",
                             "partly", "also", "secretly", "privately"})


def _scan_elided(tokens, pos, i, add) -> None:
    """From token i to the sentence's end, the speaker's further feelings with the subject left
    out after "and"/"but" ("I'm gutted about the match but mostly relieved"), up to a new subject."""
    n = len(tokens)
    k = i
    while k < n and tokens[k] not in SENTENCE_END and k - i < 30:
        if tokens[k] in _ELIDED_OPENERS:
            j = k + 1
            while j < n and (tokens[j] in _ELIDED_FILLERS or _is_degree(tokens[j]) or tokens[j] in _ELIDED_OPENERS):
                j += 1
            found = _feeling_at(tokens, j, False) if j < n and tokens[j] in _MAY_BEGIN_FEELING else None
            if found:
                end = j + found[1]
                if end >= n or tokens[end] in ELIDED_FOLLOWERS or tokens[end] in JOINERS or tokens[end] in SENTENCE_END \
                        or tokens[end] in ("it's", "that", "when", "because"):
                    add(found[0], True, pos.start(j), pos.end(end - 1))
                    k = end
                    continue
            if j < n and tokens[j] in _OPENERS:
                return  # a new subject ("...but she's relieved"): the main scan reads it
        k += 1


def _scan_subject(tokens, pos, i, add, add_faux, result) -> int | None:
    """Walk forward from a subject; return the index to continue from, or None."""
    n = len(tokens)
    implied_verb = SUBJECTS[tokens[i]]
    has_verb = implied_verb in ("am", "are", "had")
    after_feel = False
    negated = False
    j = i + 1
    steps = 0
    while j < n and steps < 8:
        word = tokens[j]
        if word in NEGATIONS:
            negated = True
            has_verb = has_verb or word in NEGATED_BE  # "I wasn't angry, just tired"
        elif word in VERBS:
            has_verb = True
            after_feel = after_feel or word in FEEL_VERBS
        elif _is_degree(word):
            pass
        elif word in THOUGHT_WORDS and after_feel:
            return _scan_thought(tokens, pos, i, j, add_faux, result)
        else:
            break
        j += 1
        steps += 1
    if j >= n or not has_verb:
        return None
    matched_any = False
    while j < n:
        word = tokens[j]
        faux = _faux_at(tokens, j) if after_feel and word in _MAY_BEGIN_FAUX else None
        found = None if faux or word not in _MAY_BEGIN_FEELING else _feeling_at(tokens, j, after_feel)
        if not faux and not found and len(word) >= typos.MIN_LENGTH and _maybe_typo(word):
            # Not a word we know: perhaps one typed in a hurry ("i feel ignord", "so lonley").
            faux = _faux_at(tokens, j, typo_ok=True) if after_feel else None
            found = None if faux else _feeling_at(tokens, j, after_feel, typo_ok=True)
        if not faux and not found:
            break
        matched_any = True
        size = (faux or found)[1]
        end = j + size
        if not negated:
            if faux:
                add_faux(faux[0], pos.start(j), pos.end(end - 1))
            else:
                add(found[0], True, pos.start(j), pos.end(end - 1))
        # "hurt and lonely", "sad, angry and tired": keep reading joined feelings.
        k = end
        reset = False
        while k < n and (tokens[k] in JOINERS or tokens[k] in DEGREE or tokens[k] in NEGATIONS):
            # "not angry, just tired", "not angry but tired", "not mad just sad": the negation ends.
            reset = reset or tokens[k] in (",", "but", "yet", "just", "only", "simply")
            if tokens[k] in NEGATIONS:
                negated, reset = True, False
            k += 1
        if k == end:
            return k
        if reset and negated:
            negated = False
        j = k
    return j if matched_any else None


def _scan_thought(tokens, pos, i, j, add_faux, result) -> int:
    """'I feel like/that/as if ...' is a thought; a faux feeling may still hide inside ("like I'm invisible")."""
    n = len(tokens)
    k = j + 1
    if k < n and tokens[k] in ("if", "though"):
        k += 1
    start = k
    if k < n and tokens[k] in ("i'm", "im", "i've"):
        k += 1
    elif k + 1 < n and tokens[k] == "i" and tokens[k + 1] in ("am", "was", "have", "had"):
        k += 2
    if k > start:
        while k < n and (tokens[k] in DEGREE or tokens[k] in ("being", "been", "getting")):
            k += 1
        faux = (_faux_at(tokens, k) or _faux_at(tokens, k, typo_ok=True)) if k < n else None
        if faux:
            add_faux(faux[0], pos.start(k), pos.end(k + faux[1] - 1))
            return k + faux[1]
    result.thoughts.append((pos.start(i), pos.end(j)))
    return j + 1


_UNPLEASANT = frozenset({"sadness", "fear", "anger", "shame", "confusion", "tiredness", "numbness"})
_PLEASANT = frozenset({"joy", "peace"})


def leaning(words: list[str]) -> int:
    """-1 if any of these feeling words (as scan() reports them) is unpleasant, 1 if all that are
    known are pleasant, 0 otherwise (surprise, or none known)."""
    cores = {FEELINGS.get(FEELING_TYPOS.get(word, word)) for word in words}
    if cores & _UNPLEASANT:
        return -1
    return 1 if cores & _PLEASANT else 0
