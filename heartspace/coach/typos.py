"""Feeling and faux-feeling words typed in a hurry: one letter missing, one extra, or two swapped.

Only slips inside the word count: typos rarely touch the first letter, and a letter added or
dropped at either end mostly makes another real word ("related" / "elated", "sleep" / "sleepy").

People write these drafts when they are upset, on a phone: "i feel ignord", "so lonley",
"abandonned". A word of five letters or more that is one such slip away from exactly one
feeling (or faux-feeling) word counts as that word, and is reported as written.

Substitutions ("lovely" for "lonely", "fired" for "tired") are left out on purpose: they turn
one real word into another far more often than they make a typo. So are words the sentiment
lexicon knows (they are real words with their own meaning) and words with an apostrophe.
Pure Python, no Django.
"""

from __future__ import annotations

from functools import lru_cache

MIN_LENGTH = 5


def _deletions(word: str) -> set[str]:
    """The word without one of its inner letters (first and last letters stay: "sleep" is not "sleepy")."""
    return {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)}


def _transpositions(word: str) -> set[str]:
    """The word with two neighbouring letters swapped, the first letter kept."""
    return {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1) if word[i] != word[i + 1]}


class TypoTable:
    """Slips of the words in `targets` (single words of at least MIN_LENGTH letters)."""

    def __init__(self, targets, known_words=frozenset()):
        self.targets = frozenset(w for w in targets if " " not in w and len(w) >= MIN_LENGTH and w.isalpha())
        self.known = known_words
        # A typo missing one letter, or with two letters swapped, is looked up directly.
        self.slips: dict[str, set[str]] = {}
        for target in self.targets:
            for slip in _deletions(target) | _transpositions(target):
                if len(slip) >= MIN_LENGTH:
                    self.slips.setdefault(slip, set()).add(target)

    def correct(self, word: str) -> str | None:
        """The one target `word` is a slip of, or None (not a slip, a real word, or ambiguous)."""
        return _correct(self, word)

    def __hash__(self):
        return id(self)


@lru_cache(maxsize=20_000)
def _correct(table: TypoTable, word: str) -> str | None:
    if len(word) < MIN_LENGTH or word in table.targets or word in table.known or not word.isalpha():
        return None
    found = set(table.slips.get(word, ()))
    # One letter too many: removing it gives the target.
    found.update(d for d in _deletions(word) if d in table.targets)
    return next(iter(found)) if len(found) == 1 else None
