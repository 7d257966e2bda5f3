"""Which anchor words a text holds, as one integer, and the block within which patterns are gated on them.

Every anchor word (a literal a pattern branch cannot match without) gets one bit for life, so the
anchors a text holds are one integer and a branch's share of them one AND. `gated_on(text)`
computes that integer once per draft; inside it `rx.GatedPattern` runs only the branches whose
anchors occur, and `may_occur` lets a detector skip work the same way. Split from rx.py, which
reads and runs the patterns.
"""

from __future__ import annotations

import re
import threading
from functools import reduce
from operator import or_

from heartspace.coach.rx_source import SUBSTRING_ONLY

# Every literal any pattern is gated on (rx.GatedPattern and word_bits add theirs as they are built).
ALL_ANCHORS: set[str] = set()
# Per thread: the open gated_on block's anchor bits, its text and pieces, and the matches shared
# within it (several requests may analyse drafts at once).
GATE = threading.local()
_WORDS = re.compile(r"[a-z0-9]+")
WORDLIKE = re.compile(r"[a-z0-9]+")


# Every anchor word gets one bit, for life: the anchors a text holds are one integer, and a
# pattern's share of them one AND, where sets of words cost a hash per word at every step.
_BITS: dict[str, int] = {}


def _bit(word: str) -> int:
    bit = _BITS.get(word)
    if bit is None:
        bit = _BITS[word] = 1 << len(_BITS)
    return bit


def mask_of(words) -> int:
    mask = 0
    for word in words:
        mask |= _bit(word)
    return mask


def words_in(mask: int, words) -> frozenset[str]:
    """Those of `words` whose bits are set in `mask`."""
    return frozenset(word for word in words if _BITS[word] & mask)


def present_mask(text: str, pieces: list[str] | None = None) -> int:
    """The bits of the anchors occurring in `text`: word prefixes by lookups, the rest by substring search.

    Read piece by piece (the text split at white space; `pieces` is text.split() when the caller
    has it): no anchor holds white space (the few that do are searched in the whole text), and
    pieces recur, so each piece's bits are remembered.
    """
    if _split[0] != len(ALL_ANCHORS) + len(SUBSTRING_ONLY):
        _split_anchors()
    # (One C-level pass over the pieces: map and reduce, no Python step per piece.)
    mask = reduce(or_, map(_PIECE_BITS.__getitem__, text.split() if pieces is None else pieces), 0)
    for anchor, bit in _split[4]:
        if anchor in text:
            mask |= bit
    return mask


class _PieceBits(dict):
    """piece -> the bits of the anchors in it, remembered since pieces recur."""

    __slots__ = ()

    def __missing__(self, piece: str) -> int:
        bits = _piece_bits(piece)
        if len(self) < 50_000:  # the cap bounds memory for odd input
            self[piece] = bits
        return bits


_PIECE_BITS = _PieceBits()


def _piece_bits(piece: str) -> int:
    bits = 0
    for word in _WORDS.findall(piece):
        bits |= _word_bits(word)
    for anchor, bit in _split[2]:
        if anchor in piece:
            bits |= bit
    return bits


def _word_bits(word: str) -> int:
    """The bits of the anchors that are `word` or a proper prefix of it ("apolog" in "apologised")."""
    bits = _BITS[word] if word in _split[1] else 0
    for end in _split[3]:
        if end >= len(word):
            break
        if word[:end] in _split[1]:
            bits |= _BITS[word[:end]]
    return bits


# [size when computed, anchors found among word prefixes, (anchor, bit) of those needing a
#  substring search, the lengths of the former (shortest first), (anchor, bit) of the substring
#  anchors holding white space]
_split: list = [-1, frozenset(), (), [], ()]
_SPACE = re.compile(r"\s")


def _split_anchors() -> None:
    """Whole lower-case words can be found among word prefixes; anything else needs a substring search."""
    _PIECE_BITS.clear()
    whole = frozenset(a for a in ALL_ANCHORS if WORDLIKE.fullmatch(a) and a not in SUBSTRING_ONLY)
    lengths = sorted({len(a) for a in whole})
    for anchor in sorted(ALL_ANCHORS):
        _bit(anchor)
    by_substring = sorted(ALL_ANCHORS - whole)
    within = tuple((anchor, _BITS[anchor]) for anchor in by_substring if not _SPACE.search(anchor))
    spanning = tuple((anchor, _BITS[anchor]) for anchor in by_substring if _SPACE.search(anchor))
    _split[:] = [len(ALL_ANCHORS) + len(SUBSTRING_ONLY), whole, within, lengths, spanning]


class gated_on:
    """Within this block, gate every pattern by the anchors present in `text` (checked once).

    Texts matched inside must be `text` or derived from it by blanking characters out (masked
    quotes, removed idioms): their anchors are a subset, so gating stays correct.
    """

    def __init__(self, text: str):
        # The bits of the anchors occurring in the text; each pattern picks its open branches on first use.
        self.text = text
        self.pieces = text.split()  # the text's whitespace pieces, which the tokenizer can share
        self.opened = present_mask(text, self.pieces)

    def __enter__(self):
        self.previous = tuple(getattr(GATE, name, None) for name in ("opened", "memo", "text", "pieces"))
        GATE.opened, GATE.text, GATE.pieces = self.opened, self.text, self.pieces
        GATE.memo = {}  # (pattern, text) -> matches, for patterns two detectors share (shared_finditer)
        return self

    def __exit__(self, *exc):
        GATE.opened, GATE.memo, GATE.text, GATE.pieces = self.previous
        return False


def word_bits(words) -> int:
    """The bits by which a gated text shows that one of `words` may occur in it (as a word, as the
    beginning of one, or for words with other characters than letters and digits, anywhere)."""
    words = frozenset(words)
    ALL_ANCHORS.update(words)
    return mask_of(words)


def substring_bits(literals) -> int:
    """The bits by which a gated text shows that one of `literals` occurs in it, anywhere (inside a
    word too): an exact test, where word_bits() is a superset check. Literals holding white space
    are searched in the whole text."""
    literals = frozenset(literals)
    SUBSTRING_ONLY.update(literals)
    ALL_ANCHORS.update(literals)
    return mask_of(literals)


_last_split: tuple = (None, [])


def pieces_of(text: str) -> list[str]:
    """text.split(), shared with the last caller that split this very text (the language guess and
    the valence pass both split the draft as written): the pieces are made, and their hashes
    computed, once. The list must not be changed."""
    global _last_split
    last = _last_split  # (read once: another thread may replace it, never change it)
    if last[0] is text:
        return last[1]
    pieces = text.split()
    _last_split = (text, pieces)
    return pieces


def gated_pieces_of(text: str) -> list[str] | None:
    """text.split() when `text` is the very text being gated (split once for the gate), else None."""
    return getattr(GATE, "pieces", None) if getattr(GATE, "text", None) is text else None


def may_occur(bits: int) -> bool:
    """Inside `gated_on`: may a word of `bits` (from word_bits) occur in the text? Outside: always."""
    opened = getattr(GATE, "opened", None)
    return opened is None or bool(opened & bits)


def shared_finditer(pattern, text: str) -> list:
    """`pattern.finditer(text)` as a list, scanned once per gated text: for a pattern that two
    detectors both run (remembering every pattern's matches cost more than it saved)."""
    memo = getattr(GATE, "memo", None)
    if memo is None:
        return list(pattern.finditer(text))
    key = (pattern, text)
    found = memo.get(key)
    if found is None:
        found = memo[key] = list(pattern.finditer(text))
    return found
