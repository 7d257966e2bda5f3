"""The feelings vocabulary is plain Python: tested directly, no database."""

from __future__ import annotations

import pytest

from heartspace.journal import feelings as vocabulary


def test_vocabulary_is_large_grouped_and_defined():
    words = vocabulary.all_words()
    assert len(words) >= 150
    assert len({vocabulary.normalize(f.word) for f in words}) == len(words), "no word appears twice"
    core_keys = {c.key for c in vocabulary.CORES}
    for feeling in words:
        assert feeling.core in core_keys
        assert feeling.intensity in vocabulary.INTENSITIES
        assert feeling.definition.strip() and "\n" not in feeling.definition


@pytest.mark.parametrize("core", ["joy", "calm", "love", "sadness", "fear", "anger", "shame", "surprise"])
def test_every_core_spreads_from_mild_to_strong(core):
    levels = dict(vocabulary.by_core())[vocabulary.core(core)]
    assert all(len(levels[level]) >= 3 for level in vocabulary.INTENSITIES), levels


def test_the_seed_words_are_all_there():
    # "Practice naming feelings (frustrated, anxious, ashamed, lonely)"
    for word in ("frustrated", "anxious", "ashamed", "lonely"):
        assert vocabulary.is_known(word)


@pytest.mark.parametrize("typed", ["Anxious", "  anxious ", "ANXIOUS\n", "anx\u200bious"])
def test_lookup_ignores_case_and_whitespace(typed):
    assert vocabulary.lookup(typed).word == "anxious"


def test_lookup_handles_phrases_and_unknown_words():
    assert vocabulary.lookup("at   EASE").word == "at ease"
    assert vocabulary.lookup("wobbly") is None
    assert not vocabulary.is_known("")
    assert vocabulary.lookup("тревога") is None


def test_split_words_keeps_own_words_and_drops_duplicates():
    assert vocabulary.split_words(" Anxious, my OWN word ; anxious,, lonely\nтревога ") == [
        "anxious", "my OWN word", "lonely", "тревога"]
    assert vocabulary.split_words("") == []
    assert vocabulary.split_words(" , ;\n") == []


def test_search_puts_word_matches_first_and_filters():
    found = vocabulary.search("sad")
    assert found[0].word == "sad"
    assert all(f.core == "fear" for f in vocabulary.search("", core_key="fear"))
    strong_anger = vocabulary.search("", core_key="anger", intensity="strong")
    assert {"furious", "enraged"} <= {f.word for f in strong_anger}
    assert vocabulary.search("zzzz") == []


def test_needs_list_and_interpretations():
    assert len(vocabulary.needs()) >= 30
    assert vocabulary.lookup_need("To be heard").group == "connection"
    reading = vocabulary.interpretation(" Ignored ")
    assert reading and all(vocabulary.is_known(w) for w in reading.feelings_underneath)
    assert vocabulary.interpretation("sad") is None


def test_describe_known_and_own_word():
    known = vocabulary.describe("Lonely")
    assert known["known"] and known["core"] == "sadness" and known["definition"]
    own = vocabulary.describe("betrayed")
    assert not own["known"] and own["interpretation"].word == "betrayed"
