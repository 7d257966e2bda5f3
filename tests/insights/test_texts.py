"""Every code the pure rules can return has plain words, filled with its numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from heartspace.insights import reassessment as r
from heartspace.insights import signals as s
from heartspace.insights import texts
from heartspace.insights.metrics import Band

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


def all_observations():
    overall_variants = [
        r.Overall(0.0, Band(), 0, 0, 0, None, 0, 0, 5),
        r.Overall(5.0, Band(), 2, 3, 4, 75, 10, 0, 5),
        r.Overall(9.0, Band(), 1, 1, 1, 100, 10, 1, 5),
        r.Overall(4.0, Band(), 1, 1, 1, None, 4, 2, 5),
    ]
    people = [
        r.PersonPeriod(1, "Sam", 2),
        r.PersonPeriod(2, "Ana", 2, planned=3, done=3, mutual=1, commitments=2, commitments_done=1),
        r.PersonPeriod(3, "Лена", 2, planned=3, done=3, disclosed_me=2),
        r.PersonPeriod(4, "נועה", 2, planned=3, done=3, disclosed_them=2),
    ]
    for overall in overall_variants:
        yield from r.plan(overall, people).observations


@pytest.mark.parametrize("observation", list(all_observations()), ids=lambda o: o.code)
def test_observations_have_words(observation):
    text = texts.observation(observation.code, observation.params)
    assert text != observation.code and "%(" not in text


def test_every_observation_code_is_covered():
    codes = {o.code for o in all_observations()}
    assert codes == {"chats_below", "chats_within", "chats_above", "mutual_total", "follow_ups", "no_follow_ups",
                     "balance_none", "balance_no_corrective", "balance_on_target", "balance_below", "no_checks",
                     "checks_kept", "mutual", "only_me_opened", "only_they_opened", "commitments"}


def suggestions():
    base = {"person_id": 1, "name": "Sam", "checks_per_month": 2}
    cases = [
        (dict(planned=6, done=3, skipped=3, meaningful=3), "within"),
        (dict(checks_per_month=4, planned=12, done=12, meaningful=4), "above"),
        (dict(planned=6, done=6, meaningful=5, mutual=2), "below"),
        (dict(done=4, too_deep=2), "within"),
        (dict(done=3, asked=9, passed=4), "within"),
        (dict(done=4, too_light=3), "within"),
    ]
    for values, place in cases:
        period = r.PersonPeriod(**(base | values))
        for suggestion in (r.cadence_suggestion(period, place), r.depth_suggestion(period)):
            if suggestion:
                yield suggestion


def test_every_reason_has_words():
    reasons = {}
    for suggestion in suggestions():
        reasons[suggestion.reason] = texts.adjustment_reason(suggestion.reason, suggestion.evidence)
        title = texts.adjustment_title(suggestion.kind, suggestion.direction, suggestion.from_value,
                                       suggestion.to_value, "Sam")
        assert "Sam" in title
    assert set(reasons) == {"many_skipped", "above_band_light", "kept_and_meaningful", "too_deep", "many_passes",
                            "too_light", "going_well"}
    for reason, text in reasons.items():
        assert text != reason and "%(" not in text, reason


def test_every_signal_has_an_explanation_and_a_threshold():
    history = s.History(
        bids=[s.Bid(NOW - dt.timedelta(days=d), "away") for d in range(10)],
        planned=[s.Planned(NOW - dt.timedelta(days=d), False) for d in range(5)],
        timeouts=[s.TimeOut(NOW - dt.timedelta(days=d), NOW - dt.timedelta(days=d)) for d in (5, 9)],
        moments=[s.Moment(NOW - dt.timedelta(days=d), "positive") for d in range(30, 50)]
        + [s.Moment(NOW - dt.timedelta(days=d), "corrective") for d in range(1, 8)],
        disclosures=[s.Disclosure(NOW - dt.timedelta(days=d), "me", 4) for d in (3, 40, 70, 80)],
    )
    found = s.evaluate(history, NOW)
    assert all(signal.present for signal in found)
    for signal in found:
        explanation = texts.signal_explanation(signal.rule, signal.evidence, "Sam")
        threshold = texts.signal_threshold(signal.rule, signal.evidence)
        assert "%(" not in explanation and "%(" not in threshold
        assert str(signal.evidence.get("weeks")) in explanation
        assert texts.signal_title(signal.rule) != signal.rule
