"""Text the coach's rules were not written from: typos, chat spellings, mixed-language blame, quotes, idioms.

Every example here is our own, written for these tests. They pass through general rules (inner
one-letter slips of feeling words, apostrophe-less contractions, chat spellings of "you" and
"thanks", negation that stops at a comma), never through a list of these sentences.
"""

from __future__ import annotations

import pytest

from heartspace.coach import analyze
from heartspace.coach.typos import TypoTable


def codes(result):
    return [s["code"] for s in result["suggestions"]]


# --- missing apostrophes and chat spellings --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "youre so selfish",
    "you dont ever listen",
    "your always late and it drives me mad",
    "u never listen to a word i say",
    "why do u always do this",
    "youve never once said sorry",
    "ur so lazy",
    "u dont even care",
    "your so selfish",
])
def test_blame_without_apostrophes_or_in_chat_spelling(text):
    result = analyze(text)
    assert result["blame"] is True and result["tone"] == "corrective"
    assert result["spans"]["blame"] and "blame" in codes(result)


@pytest.mark.parametrize("text", [
    "your always welcome here",
    "your never going to believe this, we won!",
    "youre always so thoughtful",
    "I'm not calling you lazy, I just need help",
    "your so-called friend was rude to me",
    "your really kind to offer",
])
def test_chat_spellings_do_not_turn_kindness_into_blame(text):
    assert analyze(text)["blame"] is False


# --- feeling words typed in a hurry -----------------------------------------------------------------------------

def test_a_misspelt_faux_feeling_still_gets_a_feeling_and_a_need():
    result = analyze("i feel ignord", "i_feel")
    assert result["faux_feelings"] == ["ignord"]  # reported as written
    suggestion = result["faux_feeling_suggestions"][0]
    assert suggestion["suggested_feeling"] == "lonely" and suggestion["suggested_need"]
    assert "faux_feeling" in codes(result) and "no_feeling" not in codes(result)


def test_a_misspelt_feel_and_feeling_still_make_an_i_statement():
    result = analyze("i fel so lonley", "i_feel")
    assert result["feelings"] == ["lonley"] and result["i_statement"] is True


@pytest.mark.parametrize("text,kind,feelings,faux", [
    ("i was so exausted after the shift", "free", ["exausted"], []),
    ("I felt so rejectd when you left early", "i_feel", [], ["rejectd"]),
    ("i feel abandonned when you go out without a word", "i_feel", [], ["abandonned"]),
    ("i feel like im invisble here", "i_feel", [], ["invisble"]),
    ("i feel ignord 😢", "i_feel", [], ["ignord"]),
])
def test_one_inner_slip_is_forgiven(text, kind, feelings, faux):
    result = analyze(text, kind)
    assert result["feelings"] == feelings and result["faux_feelings"] == faux


@pytest.mark.parametrize("text", [
    "I tried to call you twice",               # "tried" is a word, not "tired" mistyped
    "we're sleep deprived with the baby",      # "sleep" is not "sleepy" cut short
    "I am related to her on my mum's side",    # nor "related" an "elated" with a letter added
    "I feel lovely in this dress",             # a changed letter is never a slip: "lovely" is not "lonely"
])
def test_real_words_near_feeling_words_are_not_feelings(text):
    result = analyze(text)
    assert result["feelings"] == [] and result["faux_feelings"] == []


def test_typo_table_refuses_ambiguous_and_short_words():
    table = TypoTable(["scared", "scarred", "tired", "calm"])
    assert table.correct("scaerd") == "scared"
    assert table.correct("tird") is None                 # too short to guess
    assert table.correct("clam") is None                 # shorter than five letters
    assert table.correct("tired") is None                # already a target
    assert TypoTable(["lonely"], known_words={"lonley"}).correct("lonley") is None  # a known word stays itself


@pytest.mark.parametrize("text", ["i wasnt angry just tired", "I wasn't angry, just tired", "im not mad just tired"])
def test_a_negation_ends_where_the_contrast_begins(text):
    result = analyze(text)
    assert result["feelings"] == ["tired"] and result["i_statement"] is True


def test_apostrophe_less_self_harm_still_brings_help():
    result = analyze("i dont wanna be here anymore")
    assert result["safety"] is True and "self_harm" in result["safety_categories"] and "safety" in codes(result)


# --- sarcastic thanks, typed fast ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "thnks for nothing, genius",
    "gee thanx for forgetting again",
    "ty for nothing, einstein",
])
def test_sarcastic_thanks_with_typos_is_contempt(text):
    result = analyze(text)
    assert result["contempt"] is True and result["tone"] == "corrective"


def test_sincere_quick_thanks_stays_warm():
    result = analyze("thx for the lift home!")
    assert result["contempt"] is False and result["tone"] == "positive"


# --- Russian and Spanish: an absolute and a label in one breath ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ты никогда меня не слушаешь, ты эгоист",
    "Вы никогда нас не слушаете, вы эгоисты",
    "Nunca me escuchas, eres un egoísta",
    "Siempre llegas tarde, eres un irresponsable",
])
def test_combined_blame_in_russian_and_spanish(text):
    result = analyze(text)
    assert result["analysed"] is True and result["language"] in ("ru", "es")
    assert result["blame"] is True and result["tone"] == "corrective"
    assert "blame" in codes(result)


@pytest.mark.parametrize("text", [
    "No eres egoísta, solo estás cansado",
    "Ты не эгоист, просто устал",
    "Ты никогда не знаешь, что будет завтра",
])
def test_negated_labels_and_generic_you_in_russian_and_spanish(text):
    assert analyze(text)["blame"] is False


def test_russian_negation_stops_at_the_comma():
    """ "не слушаешь" must not turn "эгоист" into praise: the tone stays corrective."""
    result = analyze("Ты меня не слушаешь, ты эгоист")
    assert result["blame"] is True and result["valence"] < 0


# --- other people's words and generic "you" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    'He said "you never listen" and we both laughed',
    "My sister keeps telling me “you're so lazy” and I ignore it",
    "You never know with trains these days",
    "honestly you can never be too careful",
])
def test_quoted_speech_and_generic_you_are_not_blame(text):
    result = analyze(text)
    assert result["blame"] is False and "blame" not in codes(result)


# --- ugly input keeps the contract --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "", "   ", "🙄🙄🙄", "אני מרגישה שאתה אף פעם לא מקשיב", "Ты вечно опаздываешь 😤",
    "you never ever listen " * 5000,  # about 110 kB
    "i feel " + "ignord " * 2000,
])
def test_ugly_text_keeps_every_flag_a_boolean(text):
    result = analyze(text, "tension")
    for name in ("blame", "contempt", "defensive", "safety", "i_statement", "single_issue", "next_step"):
        assert result[name] is True or result[name] is False
    assert all(isinstance(word, str) for word in result["faux_feelings"])
    assert set(result["spans"]) == {"blame", "contempt", "defensive", "safety"}
