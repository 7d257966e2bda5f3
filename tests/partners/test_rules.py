"""Plain rules, tested directly: the safety check and the steps of practising together."""

from __future__ import annotations

import pytest

from heartspace.partners import steps
from heartspace.partners.safety import concerns_safety


@pytest.mark.parametrize("text", [
    "He hits me when he drinks", "I am scared of him", "she threatened to leave with the kids",
    "I don't feel safe at home", "sometimes I think about suicide", "he con\u200btrols my money",
    "Он угрожает мне", "It was abusive", "HE HURTS ME",
])
def test_concerning_text_is_flagged(text):
    assert concerns_safety(text)


@pytest.mark.parametrize("text", [
    "", "   ", "I felt lonely when you worked late", "The film was a hit", "I love you 💕",
    "אני מרגיש בודד כשאתה לא עונה", "We laughed at the threadbare sofa",
])
def test_ordinary_text_is_not_flagged(text):
    assert not concerns_safety(text)


def test_zero_width_characters_do_not_hide_a_concern():
    assert concerns_safety("he h\u200bits me")


def test_vulnerability_steps_follow_the_seed():
    plan = steps.vulnerability_steps(5, invitee_first=False)
    assert [s.key for s in plan] == ["ready", "first_turn", "swap", "second_turn", "done"]
    assert plan[1].seconds == plan[3].seconds == 300
    assert (plan[1].leader, plan[3].leader) == ("inviter", "invitee")
    assert steps.vulnerability_steps(2, invitee_first=True)[1].leader == "invitee"


def test_connection_check_steps():
    plan = steps.connection_check_steps(10)
    assert plan[1].key == "presence" and plan[1].seconds == 600
    stories = [s for s in plan if s.key.startswith("story")]
    assert [s.seconds for s in stories] == [90, 90]
    assert "presence" not in [s.key for s in steps.connection_check_steps(0)]


@pytest.mark.parametrize("elapsed,left", [(0, 300), (120.4, 180), (299.6, 0), (1000, 0), (-5, 300)])
def test_remaining_seconds(elapsed, left):
    assert steps.remaining_seconds(steps.Step("x", "", 300), elapsed) == left
    assert steps.remaining_seconds(steps.Step("x", "", 0), elapsed) == 0
