"""Reading a pattern's source: its top-level branches, the literals a match needs, its shape.

Pure string work on regular-expression source (no matching), used by `rx.py` to gate and
reshape patterns. Sources are lower-case and use no upper-case escapes (\\S, \\W, \\D, \\B).
"""

from __future__ import annotations

# Literals that may sit inside a word ("self[\\s-]?harm" in "selfharm"): found by substring search.
SUBSTRING_ONLY: set[str] = set()
# The anchors found for each alternative of a group on the way (rx.py's narrowing reads them).
ALTERNATIVE_ANCHORS: dict[str, frozenset[str] | None] = {}


def _structure(source: str, start: int = 0):
    """Walk pattern source from `start`, yielding (index, char, depth) for every character that is
    structure: not escaped and not inside a [...] class. Depth is counted before the character."""
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
        else:
            yield i, ch, depth
            depth += (ch == "(") - (ch == ")")
        i += 1


def split_top(source: str) -> list[str]:
    """Split a pattern at its top-level "|"."""
    cuts = [i for i, ch, depth in _structure(source) if ch == "|" and depth == 0]
    bounds = [-1, *cuts, len(source)]
    return [source[a + 1:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def group_end(source: str, start: int) -> int:
    """Index just past the ")" closing the group opened at source[start]."""
    for i, ch, depth in _structure(source, start):
        if ch == ")" and depth == 1:
            return i + 1
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
            word_start_before = not literal and not mid_word[0]
            flush()
            end = group_end(branch, i)
            optional = end < len(branch) and branch[end] in "?*{"
            inner = branch[i + 1:end - 1]
            # After "(?:always\\s+|still\\s+)?" the next literal still starts a word: every way
            # through the group ends in white space, and skipping it leaves a word start.
            mid_word[0] = not (_every_way_ends_in_space(inner) and (word_start_before or not optional))
            if inner.startswith(("?:", "?P<")) and not optional and not inner.startswith(("?=", "?!", "?<")):
                body = inner[2:] if inner.startswith("?:") else inner[inner.index(">") + 1:]
                options: set[str] = set()
                for alternative in split_top(body):
                    best = ALTERNATIVE_ANCHORS[alternative] = _best(_candidates(alternative))
                    if best is None:
                        options = set()
                        break
                    options |= best
                if options:
                    found.append(frozenset(options))
            i = end
            if optional and not mid_word[0]:
                # (Its quantifier read here, or it would mark the next literal mid-word again.)
                i = (branch.find("}", i) + 1 or len(branch)) if branch[i] == "{" else i + 1
                if i < len(branch) and branch[i] in "?+":
                    i += 1  # lazy or possessive
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


def _every_way_ends_in_space(inner: str) -> bool:
    """Does every alternative of a group's body ("?:a\\s+|b\\s+") end in required white space?"""
    return inner.startswith("?:") and all(_ends_in_space(alternative) for alternative in split_top(inner[2:]))


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    usable = [c for c in candidates if all(len(w) >= 2 or not w.isascii() for w in c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(w) for w in c) - len(c) * 0.5))


def anchors(branch: str) -> frozenset[str] | None:
    """Literal strings one of which must occur for `branch` to match, or None if unknown."""
    return _best(_candidates(branch))


SENTENCE_START = "(?:^|[.!?]\\s+)"


# The punctuation a sentence-start part opens with, by the source of its opening.
SENTENCE_MARKS = {"\\.": ".", "!": "!", "\\?": "?"}


def split_sentence_start(branch: str) -> list[str]:
    """"(?:^|[.!?]\\s+)rest" as the branches "^rest", "\\.\\s+rest", "!\\s+rest" and "\\?\\s+rest".

    Each part lets `re` skip ahead (to the start, or to the next mark of its own, a plain character
    search), where the alternation makes it try every position and a class of marks is slower to
    look for; and a part whose mark is not in the text need not run (sentence_mark). They find
    exactly the alternation's matches when `rest` cannot match ".", "!" or "?": then a match holds
    one mark, at its start, so no match of one part can overlap a match of another, and no two
    can start at the same place. (GatedPattern.sub applies its branches one after another, which
    is not one pass of the alternation: no sentence-start pattern is used with sub.)
    """
    if not branch.startswith(SENTENCE_START):
        return [branch]
    rest = branch[len(SENTENCE_START):]
    if not _no_sentence_end(rest):
        return [branch]
    return ["^" + rest] + [opening + "\\s+" + rest for opening in SENTENCE_MARKS]


def sentence_mark(part: str) -> str | None:
    """The punctuation mark a part made by split_sentence_start must open with, if any."""
    for opening, mark in SENTENCE_MARKS.items():
        if part.startswith(opening + "\\s+"):
            return mark
    return None


def _no_sentence_end(source: str) -> bool:
    """Can no part of `source` match ".", "!" or "?" (judged conservatively from its text)?"""
    i = 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            nxt = source[i + 1:i + 2]
            if nxt in (".", "!", "?", "") or (nxt.isalnum() and nxt not in "swdb"):
                return False
            i += 2
            continue
        if ch == "[":
            end = i + 1
            while end < len(source) and source[end] != "]":
                end += 2 if source[end] == "\\" else 1
            body = source[i + 1:end]
            if body.startswith("^"):
                if not all(mark in body for mark in ".!?"):
                    return False
            elif any(mark in body for mark in ".!?") or any(f"\\{c}" in body for c in "SWDB"):
                return False
            i = end + 1
            continue
        if ch in ".!" or source.startswith("(?<", i) or source.startswith("(?=", i):
            return False
        i += 1
    return True


def _ends_in_space(source: str) -> bool:
    """Does `source` end with required white space (an unescaped "\\s" or "\\s+")?"""
    core = source[:-1] if source.endswith("\\s+") else source
    if not core.endswith("\\s"):
        return False
    backslashes = len(core) - 1 - len(core[:-1].rstrip("\\"))
    return backslashes % 2 == 1


def _past_quantifier(source: str, end: int) -> int:
    """The index past the quantifier (and its lazy or possessive mark) at source[end:], if any."""
    if source[end:end + 1] == "{":
        close = source.find("}", end)
        end = len(source) if close < 0 else close + 1
    elif source[end:end + 1] in ("?", "*", "+"):
        end += 1
    else:
        return end
    return end + 1 if source[end:end + 1] in ("?", "+") else end


def _leading_literal(source: str, start: int = 0) -> tuple[str, int]:
    """The run of letters and digits at source[start:], without a last one made optional ("drinks?"),
    and the index where the run ends."""
    end = start
    while end < len(source) and source[end].isalnum():
        end += 1
    run = source[start:end]
    if run and end < len(source) and source[end] in "?*{":
        run = run[:-1]
    return run, end


def word_start_literals(branch: str) -> list[frozenset[str]]:
    """Sets of words, one of each set must begin a word of the text for `branch` to match.

    Stricter than anchors(): every required literal that surely starts a word (after \\b, after
    required white space), and every required group whose alternatives all open with such a
    literal, gives one set. A text holding no word beginning with any word of some set cannot
    match. Conservative: anything unclear (optional pieces, classes, lookarounds) gives nothing.
    """
    found: list[frozenset[str]] = []
    word_start = False
    i = 0
    n = len(branch)
    while i < n:
        ch = branch[i]
        if ch == "\\":
            nxt = branch[i + 1:i + 2]
            after = branch[i + 2:i + 3]
            if nxt == "b":
                word_start = True
            elif nxt == "s" and after == "+":
                word_start = True
                i += 1
            elif nxt == "s" and after not in ("?", "*", "{"):
                word_start = True
            else:
                word_start = False
            i += 2
            continue
        if ch.isalnum():
            run, end = _leading_literal(branch, i)
            if word_start and len(run) >= 2 and run.isascii():
                found.append(frozenset({run}))
            word_start = False
            i = end
            continue
        if ch == "(":
            end = group_end(branch, i)
            optional = end < n and branch[end] in "?*{"
            inner = branch[i + 1:end - 1]
            plain_group = inner.startswith(("?:", "?P<"))
            body = (inner[2:] if inner.startswith("?:") else inner[inner.index(">") + 1:]) if plain_group else ""
            if word_start and not optional and plain_group:
                options = set()
                for alternative in split_top(body):
                    run, run_end = _leading_literal(alternative)
                    # "(?:a|bc)" needs "bc" whole: a run cut short by a class or group still is a prefix.
                    if len(run) < 2 or not run.isascii():
                        options = set()
                        break
                    options.add(run)
                if options:
                    found.append(frozenset(options))
            # After a group each of whose alternatives ends in required white space ("(?:such\s+|a\s+)+")
            # a word begins; when the group may be skipped, only if one began before it.
            word_start = (plain_group and all(map(_ends_in_space, split_top(body)))
                          and (word_start or not optional))
            i = _past_quantifier(branch, end)
            continue
        if ch == "[":
            j = i + 1
            while j < n and branch[j] != "]":
                j += 2 if branch[j] == "\\" else 1
            i = j + 1
            word_start = False
            continue
        word_start = False
        i += 1
    return found
