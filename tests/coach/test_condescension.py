"""Condescension, mock retorts, mock awards and mocking names read as contempt; their plain
lookalikes (asking for simpler words, crying about something, a real detective) do not.

Our own sentences, written for these tests.
"""

from __future__ import annotations

import pytest

from heartspace.coach import analyze


@pytest.mark.parametrize("text", [
    "I'll go through the budget slowly so you can keep up this time.",
    "Fine, let me put it in smaller words for you: we are out of money.",
    "Big talk from someone who hasn't opened a bill in a year.",
    "Interesting take from the guy whose car has been in the garage since May.",
    "He folded one towel. Somebody get this man a trophy.",
    "You forgot my birthday and now you're upset? Go cry about it.",
    "I'll pay the rent like the adult here, as usual.",
    "You lost your keys twice in one day. How do you even function?",
    "Is this what passes for an apology in your family?",
    "You complain about complainers. You're a parody of yourself.",
    "Honestly you're a walking red flag with a nice haircut.",
    "Wow, figured out the thermostat all by yourself, Einstein.",
    "Oh, you're offended by a joke about your driving? Grow up, snowflake.",
    "lmao who raised you?",
])
def test_talking_down_and_mockery_are_contempt(text):
    assert analyze(text)["contempt"], text


@pytest.mark.parametrize("text", [
    "Could you explain the mortgage letter in smaller words? I got lost at page two.",
    "It's okay to cry about it, I did too when Nan's house was sold.",
    "Sometimes I still cry about it, and that's fine.",
    "Did you cry about it? I cried the whole way home.",
    "I'm a walking disaster today, spilled coffee twice 😂",
    "We watched the new detective series, so good.",
    "I'm tired of being the only one who plans the holidays.",
    "Thanks for walking me through the form so slowly, it really helped.",
])
def test_their_lookalikes_are_not(text):
    assert not analyze(text)["contempt"], text
