"""Regular expressions run on lower-cased text, with cheap keyword gating.

Two speed-ups, because the coach runs dozens of patterns on every keystroke:
- each text is lower-cased once (keeping every offset, so spans still point into the original)
  and patterns are compiled from lower-cased source: case-insensitive matching is several
  times slower in Python's `re`;
- a pattern made of many alternatives ("a|b|c") is split into its branches, and each branch
  runs only when a literal word it cannot match without (its "anchor") occurs in the text.
  Python's `re` tries every branch at every position, so this turns dozens of scans into a
  few substring checks. Branches without a usable anchor always run.
Pattern sources must not use upper-case escapes (\\S, \\W, \\D, \\B).
"""

from __future__ import annotations

import re
import threading

_STOP = set("\\([|)?*+{.^$")


def lower_same_length(text: str) -> str:
    """text.lower(), except characters whose lower case is longer ("İ") stay as they are."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def split_top(source: str) -> list[str]:
    """Split a pattern at its top-level "|"."""
    parts, depth, current, i, in_class = [], 0, [], 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            current.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


def _group_end(source: str, start: int) -> int:
    """Index just past the ")" closing the group opened at source[start]."""
    depth, i, in_class = 0, start, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(source)


def _literal_escape(ch: str) -> bool:
    return not ch.isalnum()  # "\\*", "\\.", "\\/" are literal characters; "\\s", "\\w", "\\b" are not


def _candidates(branch: str) -> list[frozenset[str]]:
    """Every required literal run (or set of alternatives) along the top level of `branch`."""
    found: list[frozenset[str]] = []
    literal: list[str] = []
    i = 0
    # A literal right after an optional piece or a character class may start mid-word
    # ("self[\\s-]?harm" in "selfharm"): it can only be found by substring search.
    mid_word = [False]

    def flush(next_mid_word=False):
        if literal:
            word = "".join(literal)
            found.append(frozenset({word}))
            if mid_word[0]:
                SUBSTRING_ONLY.add(word)
            literal.clear()
        mid_word[0] = next_mid_word

    while i < len(branch):
        ch = branch[i]
        if ch == "\\" and i + 1 < len(branch):
            nxt = branch[i + 1]
            quantified = i + 2 < len(branch) and branch[i + 2] in "?*{+"
            if _literal_escape(nxt) and not quantified:
                literal.append(nxt)
            elif nxt == "b" or (nxt == "s" and (not quantified or branch[i + 2] == "+")):
                # After a word boundary or required white space the next literal starts a word.
                flush()
                if quantified:
                    i += 1
            else:
                flush(next_mid_word=True)
            i += 2
            continue
        if ch == "(":
            flush()
            end = _group_end(branch, i)
            optional = end < len(branch) and branch[end] in "?*{"
            mid_word[0] = True
            inner = branch[i + 1:end - 1]
            if inner.startswith(("?:", "?P<")) and not optional and not inner.startswith(("?=", "?!", "?<")):
                body = inner[2:] if inner.startswith("?:") else inner[inner.index(">") + 1:]
                options: set[str] = set()
                for alternative in split_top(body):
                    best = _best(_candidates(alternative))
                    if best is None:
                        options = set()
                        break
                    options |= best
                if options:
                    found.append(frozenset(options))
            i = end
            continue
        if ch == "[":
            flush(next_mid_word=True)
            j = i + 1
            while j < len(branch) and branch[j] != "]":
                j += 2 if branch[j] == "\\" else 1
            i = j + 1
            continue
        if ch in "?*{":
            if literal:
                literal.pop()
            flush(next_mid_word=True)
            if ch == "{":
                i = branch.find("}", i) + 1 or len(branch)
                continue
            i += 1
            continue
        if ch in "+.^$|)":
            flush(next_mid_word=True)
            i += 1
            continue
        literal.append(ch)
        i += 1
    flush()
    return found


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    usable = [c for c in candidates if all(len(w) >= 2 or not w.isascii() for w in c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(w) for w in c) - len(c) * 0.5))


def anchors(branch: str) -> frozenset[str] | None:
    """Literal strings one of which must occur for `branch` to match, or None if unknown."""
    return _best(_candidates(branch))


ALL_ANCHORS: set[str] = set()
_local = threading.local()
_WORDS = re.compile(r"[a-z0-9]+")
_WORDLIKE = re.compile(r"[a-z0-9]+")


def present_anchors(text: str) -> frozenset[str]:
    """The anchors occurring in `text`: word prefixes by set lookups, the rest by substring search."""
    if _split[0] != len(ALL_ANCHORS) + len(SUBSTRING_ONLY):
        _split_anchors()
    words = set(_WORDS.findall(text))
    found = words & _split[1]
    cache = _PREFIXES
    for word in words:
        prefixes = cache.get(word)
        if prefixes is None:
            prefixes = _prefix_anchors(word)
            if len(cache) < 50_000:  # words recur across drafts; the cap bounds memory for odd input
                cache[word] = prefixes
        if prefixes:
            found.update(prefixes)
    found.update(a for a in _split[2] if a in text)
    return frozenset(found)


_PREFIXES: dict[str, tuple[str, ...]] = {}


def _prefix_anchors(word: str) -> tuple[str, ...]:
    """The anchors that are proper prefixes of `word` ("apolog" in "apologised")."""
    out = []
    for end in _split[3]:
        if end >= len(word):
            break
        if word[:end] in _split[1]:
            out.append(word[:end])
    return tuple(out)


SUBSTRING_ONLY: set[str] = set()
# [size when computed, anchors found among word prefixes, anchors needing a substring search,
#  the lengths of the former, shortest first]
_split: list = [-1, frozenset(), frozenset(), []]


def _split_anchors() -> None:
    """Whole lower-case words can be found among word prefixes; anything else needs a substring search."""
    _PREFIXES.clear()
    whole = frozenset(a for a in ALL_ANCHORS if _WORDLIKE.fullmatch(a) and a not in SUBSTRING_ONLY)
    lengths = sorted({len(a) for a in whole})
    _split[:] = [len(ALL_ANCHORS) + len(SUBSTRING_ONLY), whole, frozenset(ALL_ANCHORS - whole), lengths]


class gated_on:
    """Within this block, gate every pattern by the anchors present in `text` (checked once).

    Texts matched inside must be `text` or derived from it by blanking characters out (masked
    quotes, removed idioms): their anchors are a subset, so gating stays correct.
    """

    def __init__(self, text: str):
        # The anchors occurring in the text; each pattern picks its open branches on first use.
        self.opened = present_anchors(text)

    def __enter__(self):
        self.previous = getattr(_local, "opened", None), getattr(_local, "active", None), getattr(_local, "memo", None)
        _local.opened = self.opened
        _local.active = {}  # pattern -> the compiled branches to run
        _local.memo = {}  # (pattern, text) -> matches, for patterns two detectors share
        return self

    def __exit__(self, *exc):
        _local.opened, _local.active, _local.memo = self.previous
        return False


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

    __slots__ = ("compiled", "boundary")

    def __init__(self, source: str, flags: int, strip: bool = True):
        # Every branch here starts with a word character after its \\b, so "\\b at the start"
        # is exactly "the character before is not a word character".
        self.boundary = strip and source.startswith("\\b")
        self.compiled = re.compile(source[2:] if self.boundary else source, flags)

    def finditer(self, text: str):
        if not self.boundary:
            return list(self.compiled.finditer(text))
        return [m for m in self.compiled.finditer(text) if not _mid_word(text, m.start())]

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        m = self.compiled.search(text, pos, end)
        while m is not None and self.boundary and _mid_word(text, m.start()):
            m = self.compiled.search(text, m.start() + 1, end)
        return m

    def match(self, text: str):
        return self.compiled.match(text)

    def sub(self, replacement, text: str) -> str:
        if not self.boundary:
            return self.compiled.sub(replacement, text)

        def replace(m):
            if _mid_word(m.string, m.start()):
                return m.group()
            return replacement(m) if callable(replacement) else m.expand(replacement)
        return self.compiled.sub(replace, text)


class GatedPattern:
    """An alternation whose branches run only when their anchor words occur in the text."""

    def __init__(self, source: str, flags: int = 0):
        self.pattern = source
        self.branches = []
        always = []
        for branch in split_top(source):
            compiled = _Branch(branch, flags)
            gate = anchors(branch)
            if gate is None:
                always.append(branch)
            else:
                self.branches.append((gate, compiled))
                ALL_ANCHORS.update(gate)
        self.always = [_Branch("|".join(always), flags, strip=False)] if always else []

    def _active(self, text: str) -> list:
        opened = getattr(_local, "opened", None)
        if opened is not None:
            active = _local.active
            cached = active.get(self)
            if cached is None:
                cached = [compiled for gate, compiled in self.branches if not gate.isdisjoint(opened)] + self.always
                active[self] = cached
            return cached
        active = []
        for gate, compiled in self.branches:
            for word in gate:
                if word in text:
                    active.append(compiled)
                    break
        return active + self.always

    def finditer(self, text: str):
        memo = getattr(_local, "memo", None)
        key = (self, text)
        if memo is not None and key in memo:
            return iter(memo[key])
        matches = [m for branch in self._active(text) for m in branch.finditer(text)]
        matches.sort(key=lambda m: (m.start(), -m.end()))
        if memo is not None:
            memo[key] = matches
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


def rx(source: str, flags: int = 0):
    """Compile `source` for lower-cased text (an IGNORECASE flag is redundant and dropped)."""
    source = source.lower().replace("(?p<", "(?P<")
    flags &= ~re.IGNORECASE
    branches = split_top(source)
    if len(branches) > 2 or (len(branches) == 1 and anchors(source)):
        return GatedPattern(source, flags)
    return re.compile(source, flags)
