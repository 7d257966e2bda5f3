"""Texting shorthand: the conflict rules and the safety phrases read "u", "ur", "bc", "n", "w/o"
as the words they stand for, and their spans still point into the draft as typed. Our own examples."""

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
    ("me n my sis", "me and my sister"),
    ("fine w/o it, going w my bf", "fine without it, going with my boyfriend"),
    ("thinkin abt it tonite", "thinking about it tonight"),
    ("n/a", None),
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


# Disclosures typed the way people text when scared and in a hurry: the help card must not depend
# on spelling. Each is also checked to point at the words as typed.
@pytest.mark.parametrize(("draft", "category"), [
    ("my stepfather hit mum again last nite. me n my sis r in the bathroom", "violence"),
    ("tbh i think evryone would be better off w/o me", "self_harm"),
    ("been thinkin abt not waking up. not gonna do anything, just thinking", "self_harm"),
    ("dont even want to be alive some days", "self_harm"),
    ("her new bf pushes her around n she says its fine", "violence"),
    ("my brother pulled a knife on me over the wifi password", "violence"),
    ("that guy is parked outside my apt again, 4th night", "stalking"),
    ("he makes me give him all my wages every friday", "coercion"),
    ("the night carer keeps yanking grandad by the arm, he has bruises", "violence"),
])
def test_disclosures_typed_in_shorthand_bring_up_help(draft, category):
    result = analyze(draft)
    assert result["safety"], draft
    assert category in result["safety_categories"], result["safety_categories"]
    for start, end, quoted in result["spans"]["safety"]:
        assert draft[start:end] == quoted


@pytest.mark.parametrize("draft", [
    "me n my bro r gonna hit the gym tonite",
    "pls pull the cake knife out of the drawer n cut it w the kids",
    "thinkin abt waking up early to run tmrw",
    "my sis pushes me to try new stuff, love her",
    "he kept pushing me around the ice rink lol, i cant skate",
])
def test_ordinary_shorthand_brings_up_no_help_card(draft):
    assert not analyze(draft)["safety"], draft
