"""The help card's trigger when the coach cannot read the text: present, absent, borderline."""

from __future__ import annotations

import pytest

from heartspace.journal.services import _FALLBACK_SAFETY, discloses_harm


@pytest.mark.parametrize("text", [
    "He hit me again last night.",
    "She threatened to take the kids if I told anyone.",
    "They said they would hurt me.",
    "He won't let me see my friends and takes my phone.",
    "I was raped.",
    "Sometimes I want to die.",
    "I keep thinking about killing myself.",
    "It's emotional abuse, I think.",
    "Everyone would be better off without me.",
])
def test_disclosures_are_noticed(text):
    assert _FALLBACK_SAFETY.search(text)
    assert discloses_harm(text)


@pytest.mark.parametrize("text", [
    "It hurts me when you ignore my messages.",
    "The deadline felt threatening.",
    "We hit the road early and pushed on to the coast.",
    "I felt forced to smile at the party.",
    "",
    "   ",
])
def test_ordinary_hard_feelings_are_not_flagged(text):
    assert not _FALLBACK_SAFETY.search(text)


def test_any_field_can_disclose():
    assert discloses_harm("", "A calm note.", "I will not hurt myself tonight, but I thought about it.")
    assert not discloses_harm()
