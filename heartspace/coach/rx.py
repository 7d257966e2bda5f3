"""Regular expressions run on lower-cased text, with cheap keyword gating.

Two speed-ups, because the coach runs dozens of patterns on every keystroke:
- each text is lower-cased once (keeping every offset, so spans still point into the original)
  and patterns are compiled from lower-cased source: case-insensitive matching is several
  times slower in Python's `re`;
- a pattern made of many alternatives ("a|b|c") is split into its branches, and each branch
  runs only when a literal word it cannot match without (its "anchor") occurs in the text.
  Python's `re` tries every branch at every position, so this turns dozens of scans into a
  few substring checks. Branches without a usable anchor always run.
Two more make `re` skip ahead instead of trying every position (neither changes a match): a
branch opening with a big group of alternatives is narrowed per text to the alternatives whose
word occurs, and "(?:^|[.!?]\\s+)..." runs as two branches where that is exact.
Reading the pattern source (branches, required literals) lives in `rx_source.py`; which anchors a
text holds, and the `gated_on` block, in `rx_gate.py`.
Pattern sources must not use upper-case escapes (\\S, \\W, \\D, \\B).
"""

from __future__ import annotations

import re
from itertools import compress

from heartspace.coach.rx_gate import (
    ALL_ANCHORS,
    GATE,
    WORDLIKE,
    gated_on,
    gated_pieces_of,
    mask_of,
    may_occur,
    pieces_of,
    present_mask,
    shared_finditer,
    substring_bits,
    word_bits,
    words_in,
)
from heartspace.coach.rx_source import (
    ALTERNATIVE_ANCHORS,
    SUBSTRING_ONLY,
    anchors,
    group_end,
    sentence_mark,
    split_sentence_start,
    split_top,
    word_start_literals,
)

__all__ = ["SUBSTRING_ONLY", "anchors", "split_top", "lower_same_length", "gated_on", "rx", "GatedPattern",
           "present_mask", "shared_finditer", "word_bits", "substring_bits", "may_occur",
           "gated_pieces_of", "pieces_of"]


def lower_same_length(text: str) -> str:
    """text.lower(), except characters whose lower case is longer ("İ") stay as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


# Groups with fewer alternatives cost less to scan whole than to narrow.
MIN_NARROWED = 6
_CAPTURING = re.compile(r"(?<!\\)\((?!\?)|\(\?P<")
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")


class _Group:
    """A (?:a|b|c...) group of a branch, narrowed per text to the alternatives that can occur in it."""

    __slots__ = ("start", "end", "sources", "always", "by_needle", "needles", "needles_mask", "required")

    def __init__(self, start: int, end: int, sources: list[str], needles: list[frozenset[str] | None],
                 required: bool = True):
        self.start, self.end, self.sources = start, end, sources
        self.required = required  # not followed by ?, * or {0,...}: a match must go through it
        self.always = frozenset(n for n, words in enumerate(needles) if words is None)
        by_needle: dict[str, list[int]] = {}
        for number, words in enumerate(needles):
            for word in words or ():
                by_needle.setdefault(word, []).append(number)
        self.by_needle = by_needle
        self.needles = frozenset(by_needle)
        self.needles_mask = mask_of(self.needles)

    def kept(self, words: frozenset[str]) -> list[int]:
        """The alternatives to keep when `words` (of this group's needles) occur in the text."""
        numbers = set(self.always)
        for word in words:
            numbers.update(self.by_needle[word])
        return sorted(numbers)


def _narrowable_groups(source: str, boundary: bool) -> list[_Group]:
    """The group a branch opens with, "\\b(?:a|b|c...)", to narrow per text ([] if none is worth it).

    Such a group makes `re` try every alternative at every position; after the narrowing, one or
    two words left let it skip to their positions. Only alternatives whose required literal is a
    whole word or a word's beginning (found by the same word-prefix lookup as the anchors) are
    narrowed; the others are always kept. A group holding a capturing group, or a branch with
    back-references, is left whole, so group numbers never move.
    """
    if not boundary or not source.startswith("(?:") or _BACKREF.search(source):
        return []
    end = group_end(source, 0)
    if _CAPTURING.search(source, 0, end):
        return []  # a capturing group inside: dropping it would renumber the groups after it
    sources = split_top(source[3:end - 1])
    if len(sources) < MIN_NARROWED:
        return []
    needles: list[frozenset[str] | None] = []
    before = set(SUBSTRING_ONLY)
    for alternative in sources:
        # Usually found already while the branch's own anchors were read (the same computation).
        words = ALTERNATIVE_ANCHORS[alternative] if alternative in ALTERNATIVE_ANCHORS else anchors(alternative)
        if words is None or not all(WORDLIKE.fullmatch(w) and w not in SUBSTRING_ONLY for w in words):
            words = None  # a literal that may sit inside a word needs a substring search: keep it always
        needles.append(words)
    SUBSTRING_ONLY.intersection_update(before)  # anchors() notes mid-word literals; the index stays as it was
    if sum(words is not None for words in needles) < 2:
        return []
    for words in needles:
        ALL_ANCHORS.update(words or ())
    return [_Group(0, end, sources, needles, required=source[end:end + 1] not in ("?", "*", "{"))]


def _mid_word(text: str, start: int) -> bool:
    """Would a leading \\b fail at `start`? (The character before is a word character.)"""
    if start == 0:
        return False
    ch = text[start - 1]
    return ch.isalnum() or ch == "_"


class _Branch:
    """One branch. A leading \\b is checked in Python after the match instead of by `re`:
    a pattern that starts with a literal lets `re` jump straight to candidate positions,
    while one that starts with \\b makes it try every position of the text."""

    __slots__ = ("_compiled", "boundary", "_source", "_flags", "_groups", "_narrowed")

    def __init__(self, source: str, flags: int, strip: bool = True):
        # Every branch here starts with a word character after its \\b, so "\\b at the start"
        # is exactly "the character before is not a word character".
        self.boundary = strip and source.startswith("\\b")
        self._source = source[2:] if self.boundary else source
        self._flags = flags
        self._compiled = None
        # The groups narrowed per text; their words join the anchors now, before any text is gated.
        self._groups = _narrowable_groups(self._source, self.boundary)
        self._narrowed: dict = {}  # the alternatives kept -> that pattern, compiled

    @property
    def compiled(self):
        """Compiled on first use: most branches never run in a session, so importing the coach stays quick."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return compiled

    def narrowed(self, opened: int) -> _Branch | None:
        """This branch with its big groups narrowed to the alternatives whose words' bits are in `opened`
        (None when a group it needs keeps no alternative: then it cannot match in this text).

        `re` tries every alternative of a group at every position; an alternative whose required
        word does not occur in the gated text cannot match anywhere in it, so dropping it changes no
        match, and a group left with one or two words lets `re` skip to candidate positions.
        """
        groups = self._groups
        if not groups:
            return self
        hits = tuple([group.needles_mask & opened for group in groups])
        branch = self._narrowed.get(hits, self)
        if branch is self:
            if len(self._narrowed) >= 256:
                return self  # bounded: texts with yet other words run the whole branch (the same matches)
            kept = [group.kept(words_in(bits, group.needles)) for group, bits in zip(groups, hits, strict=True)]
            if any(not numbers and group.required for group, numbers in zip(groups, kept, strict=True)):
                self._narrowed[hits] = None  # none of the words the branch opens with: it cannot match here
                return None
            source = self._source
            for group, numbers in zip(reversed(groups), reversed(kept), strict=True):
                body = "|".join(group.sources[n] for n in numbers) or "(?!)"
                source = source[:group.start] + "(?:" + body + ")" + source[group.end:]
            branch = _Branch.__new__(_Branch)
            branch.boundary, branch._source, branch._flags = self.boundary, source, self._flags
            branch._compiled, branch._groups, branch._narrowed = None, (), {}
            self._narrowed[hits] = branch
        return branch

    def finditer(self, text: str):
        found = list((self._compiled or self.compiled).finditer(text))
        if not found or not self.boundary:
            return found  # (most runs find nothing: then no filtering pass is built)
        # The matches where a leading \b holds: at the start, or after a character that is not a
        # word character (_mid_word, inlined: this runs for every match of most patterns).
        return [m for m in found if not (start := m.start()) or not ((ch := text[start - 1]).isalnum() or ch == "_")]

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        compiled = self.compiled
        m = compiled.search(text, pos, end)
        while m is not None and self.boundary and _mid_word(text, m.start()):
            m = compiled.search(text, m.start() + 1, end)
        return m

    def match(self, text: str):
        return self.compiled.match(text)

    def sub(self, replacement, text: str) -> str:
        compiled = self.compiled
        if not self.boundary:
            return compiled.sub(replacement, text)

        def replace(m):
            if _mid_word(m.string, m.start()):
                return m.group()
            return replacement(m) if callable(replacement) else m.expand(replacement)
        return compiled.sub(replace, text)


def _union(masks) -> int:
    union = 0
    for mask in masks:
        union |= mask
    return union


# Branches per chunk whose choice is remembered on its own (see GatedPattern._chunks).
CHUNK = 8


def _chosen(gates: list[int], after: list, present: int) -> list:
    """Of branches with these gates and (needed words, mark, branch), those to run (narrowed) when
    the deciding words with bits `present` occur, in order."""
    # The gates are tested in one C-level pass (map/compress: no Python step per branch, and most
    # branches fail here); only the branches whose anchor occurs are read further, in order.
    active = []
    for needs, mark, compiled in compress(after, map(present.__and__, gates)):
        if (not needs or needs & present) and (not mark or mark & present):
            branch = compiled.narrowed(present)
            if branch is not None:
                active.append(branch)
    return active


# Sort keys for matches, called in C (a Python key function costs a call per match).
_START, _END = re.Match.start, re.Match.end


class GatedPattern:
    """An alternation whose branches run only when their anchor words occur in the text."""

    def __init__(self, source: str, flags: int = 0):
        self.pattern = source
        self.branches = []
        # Per branch, another set of words it needs besides its anchor ("you ... did ... too"): a
        # branch whose anchor occurs but none of these words cannot match, so it is not run.
        required: list[frozenset[str]] = []
        marks: list[frozenset[str]] = []
        always = []
        for branch in split_top(source):
            gate = anchors(branch)
            if gate is None:
                always.append(branch)
                continue
            others = [words for words in word_start_literals(branch) if words != gate]
            # One more set (the one with the longest words) is enough to skip most branches that
            # cannot match; each one added also multiplies the word combinations the branch
            # choice below is remembered for, which measured slower overall.
            needs = min(others, key=lambda words: (-min(map(len, words)), len(words))) if others else frozenset()
            for part in split_sentence_start(branch):
                self.branches.append((gate, _Branch(part, flags)))
                required.append(needs)
                # A part opening with a punctuation mark ("\\?\\s+...") runs only when the text holds one.
                mark = sentence_mark(part)
                marks.append(frozenset({mark}) if mark else frozenset())
                if mark:
                    SUBSTRING_ONLY.add(mark)
            ALL_ANCHORS.update(gate, needs, *marks)
        self.always = [_Branch("|".join(always), flags, strip=False)] if always else []
        self.anchor_set = frozenset().union(*(gate for gate, _compiled in self.branches))
        # (its anchor words' bits, its other needed words' bits, its mark's bit, the branch) for each branch
        self.branch_bits = [(mask_of(gate), mask_of(needs), mask_of(mark), compiled)
                            for (gate, compiled), needs, mark in zip(self.branches, required, marks, strict=True)]
        self._gates_union = mask_of(self.anchor_set)
        # Which branches run, and how they are narrowed, depends only on which of these words occur.
        deciding = self.anchor_set.union(*(group.needles for _gate, branch in self.branches for group in branch._groups),
                                         *required, *marks)
        self.deciding_bits = mask_of(deciding)
        self._last: tuple = (None, None)  # (the gate last seen, its branches to run): see _active
        # The choice is remembered per chunk of consecutive branches: a big pattern's combination of
        # words is new on most texts (it has dozens of words), a chunk's few words recur.
        self._chunks = [self._chunk(self.branch_bits[first:first + CHUNK])
                        for first in range(0, len(self.branch_bits), CHUNK)]

    @staticmethod
    def _chunk(part: list) -> tuple:
        """(its anchors' bits, the bits deciding its choice, its gates, the rest of each branch,
        {deciding bits present -> its branches to run}) for consecutive branches `part`."""
        deciding = 0
        for gate, needs, mark, compiled in part:
            deciding |= gate | needs | mark
            for group in compiled._groups:
                deciding |= group.needles_mask
        gates = [gate for gate, _needs, _mark, _compiled in part]
        return (_union(gates), deciding, gates,
                [(needs, mark, compiled) for _gate, needs, mark, compiled in part], {})

    def _active(self, text: str) -> list:
        opened = getattr(GATE, "opened", None)
        if opened is not None:
            # One (gate, branches) pair per pattern: patterns run many times per text, texts one at a
            # time per thread, so the last gate is nearly always the current one. The branches
            # depend only on the gate's value, so the same object (or a shared small int) is safe.
            last = self._last
            if last[0] is opened:
                return last[1]
            if not opened & self._gates_union:
                # No anchor of any branch occurs (most patterns on most texts): none runs, and the
                # word combination need not be looked up.
                self._last = (opened, self.always)
                return self.always
            # (Chosen chunk by chunk from the gate itself: a whole pattern's combination of words is
            # new on most texts, and each bit operation on the wide gate costs a new integer.)
            chosen = self._branches_for(opened)
            self._last = (opened, chosen)
            return chosen
        active = []
        for gate, compiled in self.branches:
            for word in gate:
                if word in text:
                    active.append(compiled)
                    break
        return active + self.always

    def _branches_for(self, present: int) -> list:
        """The branches to run (narrowed) when the words with bits `present` occur (only this
        pattern's deciding words' bits are read)."""
        active = []
        for gates_union, deciding, gates, after, memo in self._chunks:
            if not present & gates_union:
                continue  # no anchor of this chunk's branches occurs: none of them runs
            key = present & deciding
            chosen = memo.get(key)
            if chosen is None:
                chosen = _chosen(gates, after, key)
                if len(memo) < 4096:  # bounded, as above
                    memo[key] = chosen
            active += chosen
        return active + self.always

    def finditer(self, text: str):
        active = self._active(text)
        if not active:
            return iter(())  # no anchor of this pattern in the text: nothing to scan
        if len(active) == 1:
            return iter(active[0].finditer(text))  # one branch: its matches are already in order
        matches = [m for branch in active for m in branch.finditer(text)]
        if len(matches) > 1:
            # In order of (start, -end), by two stable sorts with C-level keys (no Python call
            # per match); matches equal in both keep their order.
            matches.sort(key=_END, reverse=True)
            matches.sort(key=_START)
        return iter(matches)

    def match(self, text: str):
        for compiled in self._active(text):
            m = compiled.match(text)
            if m:
                return m
        return None

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        best = None
        end = len(text) if endpos is None else endpos
        for compiled in self._active(text):
            m = compiled.search(text, pos, end)
            if m and (best is None or m.start() < best.start()):
                best = m
        return best

    def sub(self, replacement, text: str) -> str:
        for compiled in self._active(text):
            text = compiled.sub(replacement, text)
        return text


_UPPER_CASE_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[A-Z]")


def rx(source: str, flags: int = 0):
    """Compile `source` for lower-cased text (an IGNORECASE flag is redundant and dropped)."""
    escape = _UPPER_CASE_ESCAPE.search(source)
    if escape:
        # Lower-casing the source would silently turn \W into \w, the opposite class.
        raise ValueError(f"rx() sources must not use upper-case escapes: {escape.group()!r} in {source[:60]!r}...")
    source = source.lower().replace("(?p<", "(?P<")
    flags &= ~re.IGNORECASE
    branches = split_top(source)
    if len(branches) > 2 or (len(branches) == 1 and anchors(source)):
        return GatedPattern(source, flags)
    return re.compile(source, flags)
