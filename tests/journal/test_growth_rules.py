"""HOW self-check scoring and scheduling: plain Python."""

from __future__ import annotations

import datetime

import pytest

from heartspace.journal import growth, soothing


def answers(value=3, **overrides):
    result = {q.key: value for q in growth.QUESTIONS}
    result.update(overrides)
    return result


def test_three_dimensions_three_questions_each():
    assert [d.key for d in growth.DIMENSIONS] == ["honesty", "openness", "willingness"]
    for dim in growth.DIMENSIONS:
        assert len(growth.questions_for(dim.key)) == 3


def test_score_is_the_mean_per_dimension():
    scores = growth.score(answers(3, h_say_no=5, h_own_part=4, w_stay=1))
    assert scores == {"honesty": 4.0, "openness": 3.0, "willingness": 2.33}


@pytest.mark.parametrize("bad", [0, 6, "3", None, True, 2.5])
def test_score_rejects_out_of_scale(bad):
    with pytest.raises(growth.AnswerError):
        growth.score(answers(3, o_curious=bad))


def test_score_requires_every_answer():
    partial = answers()
    del partial["w_ask_help"]
    with pytest.raises(growth.AnswerError, match="w_ask_help"):
        growth.score(partial)


def test_next_due_and_change():
    today = datetime.date(2026, 3, 10)
    assert growth.next_due(None, 28, today) == today
    assert growth.next_due(datetime.date(2026, 3, 1), 28, today) == datetime.date(2026, 3, 29)
    assert growth.next_due(datetime.date(2026, 3, 1), 0, today) == datetime.date(2026, 3, 2)
    assert growth.change(None, {"honesty": 3.0}) == {"honesty": None}
    assert growth.change({"honesty": 2.5}, {"honesty": 3.0}) == {"honesty": 0.5}


def test_lowest_breaks_ties_in_how_order():
    assert growth.lowest({"honesty": 3, "openness": 2, "willingness": 2}) == "openness"
    assert set(growth.GENTLE_NEXT_STEPS) == {d.key for d in growth.DIMENSIONS}


def test_practices_are_short_guided_and_timed():
    keys = [p.key for p in soothing.PRACTICES]
    assert {"self-compassion-pause", "slow-breathing", "sit-with-a-feeling"} <= set(keys)
    assert soothing.get("self-compassion-pause").default_seconds == 180
    for practice in soothing.PRACTICES:
        assert 60 <= practice.default_seconds <= 600 and len(practice.steps) >= 3
    assert soothing.clamp_seconds(5) == soothing.MIN_SECONDS
    assert soothing.clamp_seconds(10**6) == soothing.MAX_SECONDS
