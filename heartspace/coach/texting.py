"""Texting shorthand spelled out, so the conflict rules read "ur so lazy" as "you're so lazy" and
the safety phrases read "me n my bro r hiding" as "me and my brother are hiding".

People write these drafts on a phone, upset and in a hurry: "u never listen", "ur always late",
"why do u have to be like this", "its not like u ever help", "i only did it bc u started it",
"better off w/o me".
The rules are written for "you", "you're", "because", "don't"; rather than doubling every pattern,
the shorthand words are spelled out in a copy of the text, the rules read the copy, and their
spans are mapped back onto the text as written.

Only whole words are replaced, and only words with one common reading: "ur" is "you're" before a
degree word or a label ("ur so", "ur being", "ur lazy") and "your" otherwise ("ur mum", "ur
phone"); "r" is "are" only after "u", "we" or "they"; "its" is "it's" only before words that
cannot follow a possessive ("its always", "its not"). Pure Python, no Django.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from heartspace.coach.lexicon import CHARACTER_WORDS, INSULT_NAMES

SHORTHAND_WORDS = ("u", "ur", "r", "bc", "cuz", "coz", "im", "ive", "dont", "didnt", "doesnt", "cant", "wont", "isnt",
                   "wasnt", "arent", "havent", "hasnt", "shouldnt", "wouldnt", "couldnt", "thats", "whats", "its",
                   "n", "w", "w/", "w/o", "abt", "thru", "outta", "tonite", "2nite", "alot", "evryone", "ppl", "bf", "gf",
                   "bro", "sis", "apt", "thinkin", "b4", "hes", "shes", "theyre", "youre", "tryna")
SHORTHAND = re.compile(r"(?<![\w/])(?:" + "|".join(sorted(map(re.escape, SHORTHAND_WORDS), key=len, reverse=True))
                       + r")(?![\w/'’.])")
# The pieces (between white space) a draft holding shorthand usually has: one set lookup per piece
# tells most drafts, which hold none, apart without a scan of the text.
_PIECES = frozenset(word + mark for word in SHORTHAND_WORDS for mark in ("", ",", "?", "!", ":", ";", ")", "??", "!!"))

SPELLED = {
    "u": "you", "bc": "because", "cuz": "because", "coz": "because", "im": "i'm", "ive": "i've",
    "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "cant": "can't", "wont": "won't", "isnt": "isn't",
    "wasnt": "wasn't", "arent": "aren't", "havent": "haven't", "hasnt": "hasn't", "shouldnt": "shouldn't",
    "wouldnt": "wouldn't", "couldnt": "couldn't", "thats": "that's", "whats": "what's",
    # Chat spellings the safety phrases are written without: "me n my brother", "better off w/o me",
    # "thinkin abt it", "outside my apt", "my bf".
    "n": "and", "w": "with", "w/": "with", "w/o": "without", "abt": "about", "thru": "through", "outta": "out of",
    "tonite": "tonight", "2nite": "tonight", "alot": "a lot", "evryone": "everyone", "ppl": "people", "bf": "boyfriend",
    "gf": "girlfriend", "bro": "brother", "sis": "sister", "apt": "apartment", "thinkin": "thinking", "b4": "before",
    "hes": "he's", "shes": "she's", "theyre": "they're", "youre": "you're", "tryna": "trying to",
}
# After "ur", these make it "you're": "ur so", "ur being", "ur always", "ur the one who".
_BEFORE_YOU_ARE = frozenset("""so such a an the being always never not just really too very literally honestly
gonna going acting like one only overreacting kidding joking lying unbelievable pathetic kind sort pretty quite
soo sooo""".split())
# After "its", these make it "it's": "its always", "its not like", "its all about".
_BEFORE_IT_IS = frozenset("always never not like all so just literally the a fine ok okay too your ur my".split())
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")


@dataclass(frozen=True)
class Spelled:
    """The text and its lower-cased, masked twin with shorthand spelled out, and where each of
    their characters came from in the text as written."""

    text: str
    masked: str
    starts: list[int]  # per character: the index of the character it stands for (or of the word it spells out)
    ends: list[int]  # per character: the index just past what it stands for

    def span(self, original: str, span: list) -> list:
        """A (non-empty) [start, end, text] span of the spelled-out copy, as a span of the original text."""
        start, end = self.starts[span[0]], self.ends[span[1] - 1]
        return [start, end, original[start:end]]


def _spelled(word: str, masked: str, end: int) -> str | None:
    """The word spelled out, or None where its reading is not clear."""
    if word in SPELLED:
        return SPELLED[word]
    following = _NEXT_WORD.match(masked, end)
    next_word = following.group(1) if following else ""
    if word == "ur":
        if next_word in _BEFORE_YOU_ARE or next_word.endswith("ing") or next_word in CHARACTER_WORDS \
                or next_word in INSULT_NAMES:
            return "you're"
        return "your"
    if word == "r":
        before = masked[max(0, end - 6):end - 1].split()
        return "are" if before and before[-1] in ("u", "we", "they", "you") else None
    if word == "its":
        return "it's" if next_word in _BEFORE_IT_IS else None
    return None


def spell_out(text: str, masked: str, pieces: list[str] | None = None) -> Spelled | None:
    """`text` and `masked` (the same length: `masked` is `text` lower-cased with quotes blanked)
    with shorthand spelled out in both, or None when the text holds none (most drafts). `pieces`:
    the lower-cased text split at white space, when the caller has it."""
    if _PIECES.isdisjoint(masked.split() if pieces is None else pieces):
        return None
    out_text, out_masked, starts, ends = [], [], [], []
    last = 0
    for m in SHORTHAND.finditer(masked):
        word = _spelled(m.group(), masked, m.end())
        if word is None:
            continue
        out_text.append(text[last:m.start()])
        out_masked.append(masked[last:m.start()])
        starts.extend(range(last, m.start()))
        ends.extend(range(last + 1, m.start() + 1))
        out_text.append(word)
        out_masked.append(word)
        starts.extend([m.start()] * len(word))
        ends.extend([m.end()] * len(word))
        last = m.end()
    if not last:
        return None
    out_text.append(text[last:])
    out_masked.append(masked[last:])
    starts.extend(range(last, len(text)))
    ends.extend(range(last + 1, len(text) + 1))
    return Spelled("".join(out_text), "".join(out_masked), starts, ends)
