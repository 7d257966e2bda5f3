"""Everyday phrasings that share words with blame, contempt or a disclosure but are none of them.

Our own sentences, written for these tests; each passes through a general rule (a state someone
or something brings about is not a label pinned on a person), never a list of these sentences.
"""

from __future__ import annotations

import pytest

from heartspace.coach import analyze


@pytest.mark.parametrize("text", [
    "Sorry, I know I drove you crazy with the move this week.",
    "I'm driving my wife crazy with all the renovation noise, ha.",
    "Night shifts make you lazy about cooking, I've noticed.",
    "This traffic drives you mad after a while.",
])
def test_a_state_brought_about_is_not_a_label(text):
    result = analyze(text)
    assert result["blame"] is False, result["spans"]["blame"]


@pytest.mark.parametrize("text", [
    "You are crazy if you think I'll keep covering for you.",
    "You're driving me up the wall, you lazy slob.",
    "my brother is so lazy it's unreal",
])
def test_a_label_after_a_linking_verb_or_in_address_still_counts(text):
    assert analyze(text)["blame"] is True
