"""Keyword gating must never change what a pattern finds: every plain-regex match is still found."""

from __future__ import annotations

import re

import pytest

from heartspace.coach import conflict, engine, safety, structure
from heartspace.coach.rx import ALL_ANCHORS, SUBSTRING_ONLY, GatedPattern, anchors, gated_on, lower_same_length, present_mask, rx
from heartspace.coach.rx_source import word_start_literals

TEXTS = [
    "Oh sure, it's all on me. Typical. You never listen and you're SO selfish 🙄",
    "He threatened to take the kids away and checks my phone every night; I'm scared.",
    "Thanks for nothing. Says the guy who forgot my birthday twice. What's new.",
    "I keep thinking everyone would be better off if I wasn't around anymore.",
    "Loved hearing about your trip! I've booked the table. What shall we cook next time?",
    "I felt lost for most of my twenties, and that taught me to ask for help sooner.",
    "Self-harm, selfharm, stalker, abusive, “quoted”, ‘single’, 24/7, eye-roll, la-di-da, boo hoo.",
    "Maybe if you didn't nag me every five minutes I'd actually remember. Don't make this my problem.",
    "Can we talk about what happened and agree one next step? Coffee on Thursday at 10?",
    "İstanbul was lovely, thank you for planning it all so carefully!",
]


def gated_patterns():
    for module in (conflict, safety, structure, engine):
        for name, value in vars(module).items():
            if isinstance(value, GatedPattern):
                yield f"{module.__name__}.{name}", value
    for name, value in safety.PATTERNS.items():
        yield f"safety.{name}", value
    for name, value in safety.MERGED.items():  # what safety.detect runs: the phrases joined per category
        yield f"safety.merged.{name}", value


@pytest.mark.parametrize("name,pattern", list(gated_patterns()), ids=lambda v: v if isinstance(v, str) else "")
def test_gating_finds_every_plain_match(name, pattern):
    plain = re.compile(pattern.pattern)
    for text in TEXTS:
        low = lower_same_length(text)
        expected = {m.start() for m in plain.finditer(low)}
        ungated = {m.start() for m in pattern.finditer(low)}
        with gated_on(low):
            gated = {m.start() for m in pattern.finditer(low)}
            assert bool(pattern.search(low)) == bool(expected)
        assert expected <= ungated and expected <= gated, (name, text)


def test_anchors_are_required_literals():
    assert anchors(r"\bthanks\s+for\s+nothing\b") in ({"thanks"}, {"nothing"})
    assert anchors(r"\b(?:hit|hits)\s+me\b") == {"hit", "hits"}
    assert anchors(r"\b(?:oh\s+)?sure\b") == {"sure"}
    assert anchors(r"\w+ly") == {"ly"} and "ly" in SUBSTRING_ONLY  # mid-word: found by substring search
    assert anchors(r"\d+\s*pm") == {"pm"}
    assert anchors(r"[a-z]+") is None


def test_lower_keeps_offsets():
    text = "İyi: I felt HAPPY"
    assert len(lower_same_length(text)) == len(text)


def _found(pattern, text):
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def test_gated_matches_equal_ungated_matches():
    """Narrowing a leading group to the words present, and splitting "(?:^|[.!?]\\s+)", change no match."""
    extra = ["Typical. Typical. typical!", ". oh great, late again. Oh wow, thanks.", "as if! As if. pick up milk. grab it",
             "I loved the part when you told me; best moment. We enjoyed it, adored it."]
    for name, pattern in gated_patterns():
        for text in TEXTS + extra:
            low = lower_same_length(text)
            ungated = _found(pattern, low)
            with gated_on(low):
                assert _found(pattern, low) == ungated, (name, text)


def test_leading_group_is_narrowed_to_the_words_present():
    highlight = next(branch for _gate, branch in structure.HIGHLIGHT.branches)
    low = "i loved the soup"
    narrowed = highlight.narrowed(present_mask(low))
    assert narrowed is not highlight and "enjoyed" not in narrowed._source and "loved" in narrowed._source
    assert [m.group() for m in narrowed.finditer(low)] == ["loved"]
    assert highlight.narrowed(present_mask("no such words here")) is None  # cannot match: not run at all
    with gated_on("no such words here"):
        assert structure.HIGHLIGHT.search("no such words here") is None


def test_sentence_start_split_only_when_exact():
    parts = [branch._source for _gate, branch in structure.LOGISTICS.branches]
    assert [part[:3] for part in parts] == ["^(?", "\\.\\", "!\\s", "\\?\\"]  # ^, then one part per mark
    # "typical\b\s*[.!]" can match a full stop itself, so the alternation stays whole.
    assert any(branch._source.startswith("(?:^|") for _gate, branch in conflict.MARKERS.branches)
    low = "typical. typical."
    with gated_on(low):
        assert _found(conflict.MARKERS, low) == [m.span() for m in re.finditer(r"(?:^|[.!?]\s+)typical\b\s*[.!]", low)]


def test_word_start_literals_are_only_the_sure_ones():
    assert word_start_literals(r"\byou\s+did\s+(?:it|that)\s+too\b") == [{"you"}, {"did"}, {"it", "that"}, {"too"}]
    assert word_start_literals(r"\bdrinks?\s+now") == [{"drink"}, {"now"}]  # an optional last letter is dropped
    # After optional white space, a class or an optional group, a literal may sit anywhere: none is claimed.
    assert word_start_literals(r"self[\s-]?harm") == []
    assert word_start_literals(r"\bi\s*am\s+(?:very\s+)?x") == []
    assert word_start_literals(r"\b(?:ok|\bfine)\s+y") == []  # an alternative without a leading literal
    # After a group whose every alternative ends in required white space, a word begins...
    assert word_start_literals(r"\byou\s+(?:such\s+|a\s+total\s+|an?\s+)+(?:liar|snake)\b") == [{"you"}, {"liar", "snake"}]
    assert word_start_literals(r"\bi\s+(?:very\s+){0,2}xy") == [{"xy"}]
    # ...but not when the group may be skipped and no word began before it, or an alternative may end mid-word.
    assert word_start_literals(r"\bi(?:very\s+)?xy") == []
    assert word_start_literals(r"\byou(?:['’]re\s+|\s+are)xy") == [{"you"}]
    assert word_start_literals(r"\byou\s+(?:are\s+|were\s*)liar") == [{"you"}, {"are", "were"}]
    assert word_start_literals(r"\byou\s+(?:are\\s)liar") == [{"you"}, {"are"}]  # an escaped backslash, then "s"


def test_a_branch_needs_its_other_words_too():
    """A branch whose anchor occurs but whose other required word does not is not run, and finds nothing anyway."""
    pattern = rx(r"\bplease\s+call\s+grandma\b|\bcall\s+me\s+back\b|\bsee\s+you\s+soon\b")
    low = "please call me when you land"
    with gated_on(low):
        assert [branch._source for branch in pattern._active(low)] == []  # "grandma" and "back" are missing
        assert _found(pattern, low) == []
    low = "please call grandma, and call me back"
    with gated_on(low):
        assert len(pattern._active(low)) == 2  # "see you soon" is not run: no "see"
        assert _found(pattern, low) == [(0, 19), (25, 37)]


def test_present_mask_finds_words_prefixes_and_mid_word_literals():
    from heartspace.coach.rx import words_in

    low = "i apologised for the selfharm comment"
    found = words_in(present_mask(low), ALL_ANCHORS)
    assert "apologi" in found  # an anchor that begins a longer word
    assert "harm" in found  # a mid-word literal ("self[\\s-]?harm"), found by substring search
    assert "kitchen" not in found


def test_a_word_list_can_gate_a_detector():
    from heartspace.coach.rx import may_occur, word_bits

    bits = word_bits({"stubborn", "two-faced"})
    assert may_occur(bits)  # not gated: always
    with gated_on("you are so kind"):
        assert not may_occur(bits)
    with gated_on("you are so stubbornly quiet"):
        assert may_occur(bits)  # the beginning of a word is enough (it is a superset check)
    with gated_on("honestly, two-faced!"):
        assert may_occur(bits)
    assert conflict.detect_blame("You are so two-faced", "you are so two-faced")


def test_a_sentence_start_part_runs_only_when_its_mark_occurs():
    from heartspace.coach.rx_source import sentence_mark, split_sentence_start

    parts = split_sentence_start(r"(?:^|[.!?]\s+)as\s+if\b")
    assert [sentence_mark(part) for part in parts] == [None, ".", "!", "?"]
    low = "fine. as if you care. as if."
    with gated_on(low):
        active = [branch._source for branch in conflict.CONTEMPT._active(low) if "as\\s+if" in branch._source]
        assert active == ["^as\\s+if\\b", "\\.\\s+as\\s+if\\b"]  # the text holds no "!" and no "?"
        assert [m.group() for m in conflict.CONTEMPT.finditer(low)] == [". as if", ". as if"]
    assert [m.group() for m in re.finditer(r"(?:^|[.!?]\s+)as\s+if\b", low)] == [". as if", ". as if"]


def test_substring_bits_are_exact():
    from heartspace.coach.rx import may_occur, substring_bits

    bits = substring_bits({"quit", "sin mí"})
    with gated_on("i quite like it"):
        assert may_occur(bits)  # "quit" inside "quite": a substring, not a word, is enough
    with gated_on("un día sin mí"):
        assert may_occur(bits)  # a literal holding a space is searched in the whole text
    with gated_on("sin, mi amor"):
        assert not may_occur(bits)
    with gated_on("dinner at 7"):
        assert may_occur(structure._DIGIT_BITS)
    with gated_on("dinner at seven"):
        assert not may_occur(structure._DIGIT_BITS)


def test_the_gate_shares_its_pieces_only_with_its_own_text():
    from heartspace.coach.rx import gated_pieces_of

    low = "i feel  lonely\ttoday"
    assert gated_pieces_of(low) is None
    with gated_on(low) as gate:
        assert gate.pieces == low.split() and gated_pieces_of(low) is gate.pieces
        assert gated_pieces_of("i feel lonely today") is None
    assert gated_pieces_of(low) is None


def test_language_counts_read_per_piece_equal_the_whole_text():
    from heartspace.coach import language

    for text in ("I feel lonely and I need you", "ΣΟΦΟΣ σοφός and İstanbul", "Я чувствую себя брошенной, ok",
                 "Привет hello мир", "   ", "123 456"):
        words = language._LETTERS.findall(text.lower())
        joined = "".join(words)
        assert language._plainly_cyrillic(text) == (bool(words) and len(language._CYRILLIC.findall(joined)) * 10 >= len(joined) * 9)
        if text.isascii():
            ascii_words = language._ASCII_LETTERS.findall(text.lower())
            english = sum(w in language._ENGLISH_ONLY for w in ascii_words)
            assert language._plainly_english(text) == (bool(ascii_words) and english >= max(3, -(-len(ascii_words) // 4)))


def test_an_upper_case_escape_is_refused_rather_than_lower_cased_into_its_opposite():
    # \W lower-cased is \w: the pattern would quietly match the very characters it meant to skip.
    with pytest.raises(ValueError, match="upper-case escapes"):
        rx(r"sorry\s+for\s+everything\W+look")
    assert rx(r"sorry\s+for\s+everything[\s.,!]+look").search("sorry for everything. look after the cat")


def test_a_literal_after_an_optional_group_ending_in_space_still_starts_a_word():
    """"were (?:so\\s+|totally\\s+)?right": every way through the group ends in white space and skipping it
    leaves a word start, so "right" is found by word-prefix lookup, not by a substring search."""
    SUBSTRING_ONLY.discard("rightish")
    assert anchors(r"\bwere\s+(?:so\s+|totally\s+)?rightish\s+about\b") is not None
    assert "rightish" not in SUBSTRING_ONLY
    # After a group that may end mid-word ("self(?:-)?harm"), the literal may sit inside a word.
    SUBSTRING_ONLY.discard("harmish")
    anchors(r"\bself(?:-|\s+)?harmish\b")
    assert "harmish" in SUBSTRING_ONLY
    SUBSTRING_ONLY.discard("harmish")
    pattern = rx(r"\bwere\s+(?:so\s+|totally\s+)?rightish\s+about\b")
    for text in ("you were so rightish about it", "you were rightish about it", "you were totally rightish about it"):
        with gated_on(text):
            assert [m.group() for m in pattern.finditer(text)] == [text[4:-3]], text
