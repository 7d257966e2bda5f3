"""Texting shorthand: the conflict rules read "u", "ur", "bc" as the words they stand for, and
their spans still point into the draft as typed. Our own examples."""

from __future__ import annotations

import pytest

from heartspace.coach import analyze
from heartspace.coach.rx import lower_same_length
from heartspace.coach.texting import spell_out


def spelled(text: str):
    return spell_out(text, lower_same_length(text))


def test_a_draft_without_shorthand_is_left_alone():
    assert spelled("You were late again and I waited an hour.") is None
    assert spelled("Понимаю, ты устал. ¿Hablamos mañana? 🙂 שלום") is None
    assert spelled("") is None


@pytest.mark.parametrize(("draft", "reads"), [
    ("ur so lazy", "you're so lazy"),
    ("ur being unfair", "you're being unfair"),
    ("ur mum rang", "your mum rang"),
    ("u r late", "you are late"),
    ("r u coming?", "r you coming?"),
    ("i only did it bc u started", "i only did it because you started"),
    ("its always about u", "it's always about you"),
    ("the dog wagged its tail", None),
    ("dont u dare", "don't you dare"),
])
def test_shorthand_is_spelled_out_only_where_its_reading_is_clear(draft, reads):
    result = spelled(draft)
    assert (result.masked if result else None) == reads


def test_spans_map_back_onto_the_draft_as_typed():
    draft = "ok 🙄 why do u have to be like this"
    result = spelled(draft)
    start = result.masked.index("why")
    end = result.masked.index("be") + 2
    assert result.span(draft, [start, end, ""]) == [draft.index("why"), draft.index("be") + 2, "why do u have to be"]


@pytest.mark.parametrize("draft", [
    "why do u have to be like this",
    "what is wrong with u",
    "act ur age pls",
    "u never listen to me",
    "its always something with u",
])
def test_blame_typed_in_shorthand_is_found_with_its_span_in_the_draft(draft):
    result = analyze(draft)
    assert result["blame"], draft
    for start, end, quoted in result["spans"]["blame"]:
        assert draft[start:end] == quoted


def test_defensive_typed_in_shorthand():
    result = analyze("i only did it bc u started it")
    assert result["defensive"]
    assert result["spans"]["defensive"][0][2].startswith("i only did it bc u")


@pytest.mark.parametrize("draft", ["ur mum called, she says hi", "can u grab milk on the way? thx", "r u free sat?"])
def test_ordinary_shorthand_is_not_flagged(draft):
    result = analyze(draft)
    assert not (result["blame"] or result["contempt"] or result["defensive"]), draft
