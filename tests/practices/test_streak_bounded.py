"""The daily disclosure streak looks back over a bounded window: one query, whatever the history."""

from __future__ import annotations

import datetime

import pytest

from heartspace.practices import services, tallies
from heartspace.practices.models import Disclosure

D = datetime.date
TODAY = D(2026, 3, 10)


def run(days: int, end: datetime.date = TODAY) -> list[datetime.date]:
    return [end - datetime.timedelta(days=n) for n in range(days)]


def test_lookback_caps_a_long_run_and_says_so():
    s = tallies.streak(run(500), TODAY, lookback=400)
    assert s.current == 400 and s.capped and s.longest == 400


def test_a_run_shorter_than_the_lookback_is_not_capped():
    s = tallies.streak(run(399), TODAY, lookback=400)
    assert s.current == 399 and not s.capped


def test_lookback_ignores_days_before_it():
    old = [D(2020, 1, n) for n in range(1, 31)]
    s = tallies.streak(old + [TODAY], TODAY, lookback=400)
    assert s.current == 1 and s.longest == 1 and s.days_in_window == 1 and not s.capped


def test_no_days_in_the_lookback():
    s = tallies.streak([D(2020, 1, 1)], TODAY, lookback=400)
    assert (s.current, s.longest, s.days_in_window, s.capped) == (0, 0, 0, False)


def test_yesterdays_run_counts_when_today_is_not_written_yet_with_lookback():
    s = tallies.streak(run(5, TODAY - datetime.timedelta(days=1)), TODAY, lookback=400)
    assert s.current == 5 and not s.written_today and not s.capped


@pytest.mark.django_db
@pytest.mark.parametrize("history_days", [3, 900])
def test_streak_is_one_bounded_query(owner, django_assert_num_queries, history_days):
    Disclosure.objects.bulk_create([Disclosure(owner=owner, day=day, kind="worry", text="A small worry.")
                                    for day in run(history_days)])
    with django_assert_num_queries(1) as captured:
        s = services.disclosure_streak(owner, TODAY)
    sql = captured.captured_queries[0]["sql"]
    assert '"day" >=' in sql or "day >=" in sql.lower()
    assert s.current == min(history_days, tallies.STREAK_LOOKBACK_DAYS)
    assert s.capped == (history_days > tallies.STREAK_LOOKBACK_DAYS)
