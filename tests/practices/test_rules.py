"""Pure rules, tested directly: streaks, bid shares by week, ritual due dates, RRULEs, statement checks."""

from __future__ import annotations

import datetime

import pytest
import recurring_ical_events
from icalendar import Calendar, Event, vRecur

from heartspace.practices import content, recurrence, statement_check, tallies
from heartspace.practices.recurrence import Rule

D = datetime.date


# Streaks

def test_streak_counts_up_to_today():
    days = [D(2026, 3, 8), D(2026, 3, 9), D(2026, 3, 10)]
    s = tallies.streak(days, D(2026, 3, 10))
    assert (s.current, s.longest, s.days_in_window, s.written_today) == (3, 3, 3, True)


def test_streak_not_broken_before_today_is_written():
    s = tallies.streak([D(2026, 3, 8), D(2026, 3, 9)], D(2026, 3, 10))
    assert s.current == 2
    assert not s.written_today


def test_streak_after_a_gap_keeps_the_window_count():
    days = [D(2026, 3, 1), D(2026, 3, 2), D(2026, 3, 3), D(2026, 3, 7)]
    s = tallies.streak(days, D(2026, 3, 10))
    assert s.current == 0
    assert s.longest == 3
    assert s.days_in_window == 4


def test_streak_ignores_duplicates_future_and_old_days():
    days = [D(2026, 3, 10), D(2026, 3, 10), D(2026, 3, 11), D(2025, 1, 1)]
    s = tallies.streak(days, D(2026, 3, 10))
    assert (s.current, s.longest, s.days_in_window) == (1, 1, 1)


def test_empty_streak():
    s = tallies.streak([], D(2026, 3, 10))
    assert (s.current, s.longest, s.days_in_window, s.written_today) == (0, 0, 0, False)


# Bids

def test_share_toward_by_week_buckets_and_empty_weeks():
    today = D(2026, 3, 11)  # Wednesday
    bids = [(D(2026, 3, 9), "toward"), (D(2026, 3, 11), "away"), (D(2026, 3, 8), "against"),
            (D(2026, 3, 2), "toward"), (D(2025, 1, 1), "toward"), (D(2026, 3, 10), "bogus")]
    weeks = tallies.share_toward_by_week(bids, today, week_start=0, weeks=3)
    assert [w.start for w in weeks] == [D(2026, 2, 23), D(2026, 3, 2), D(2026, 3, 9)]
    assert weeks[0].share is None  # no bids is not 0%
    assert (weeks[1].toward, weeks[1].against, weeks[1].total) == (1, 1, 2)
    assert weeks[1].percent == 50
    assert weeks[2].share == 0.5
    assert tallies.overall_share(weeks) == 0.5


def test_share_with_sunday_week_start():
    weeks = tallies.share_toward_by_week([(D(2026, 3, 8), "toward")], D(2026, 3, 11), week_start=6, weeks=1)
    assert weeks[0].start == D(2026, 3, 8)
    assert weeks[0].share == 1.0


def test_overall_share_with_nothing():
    assert tallies.overall_share(tallies.share_toward_by_week([], D(2026, 3, 11))) is None


# Ritual recurrence

def test_weekly_due_dates_and_missed():
    rule = Rule(frequency="weekly", weekday=6, starts_on=D(2026, 3, 1))
    due = recurrence.due_dates(rule, D(2026, 2, 1), D(2026, 3, 31))
    assert due == [D(2026, 3, 1), D(2026, 3, 8), D(2026, 3, 15), D(2026, 3, 22), D(2026, 3, 29)]
    assert recurrence.missed_dates(due, {D(2026, 3, 8)}, today=D(2026, 3, 15)) == [D(2026, 3, 1)]


def test_weekly_without_weekday_uses_start_day():
    rule = Rule(frequency="weekly", starts_on=D(2026, 3, 3))  # a Tuesday
    assert recurrence.due_dates(rule, D(2026, 3, 1), D(2026, 3, 12)) == [D(2026, 3, 3), D(2026, 3, 10)]


def test_daily_due_dates():
    rule = Rule(frequency="daily", starts_on=D(2026, 3, 30))
    assert recurrence.due_dates(rule, D(2026, 3, 1), D(2026, 4, 1)) == [D(2026, 3, 30), D(2026, 3, 31), D(2026, 4, 1)]


def test_monthly_day_clamped_to_month_end():
    rule = Rule(frequency="monthly", month_mode="day", month_day=31, starts_on=D(2026, 1, 1))
    assert recurrence.due_dates(rule, D(2026, 1, 1), D(2026, 4, 30)) == [
        D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30)]


def test_monthly_nth_and_last_weekday():
    first_sunday = Rule(frequency="monthly", month_mode="nth_weekday", month_week=1, weekday=6, starts_on=D(2026, 1, 1))
    assert recurrence.due_dates(first_sunday, D(2026, 1, 1), D(2026, 3, 31)) == [D(2026, 1, 4), D(2026, 2, 1), D(2026, 3, 1)]
    last_friday = Rule(frequency="monthly", month_mode="nth_weekday", month_week=-1, weekday=4, starts_on=D(2026, 1, 1))
    assert recurrence.due_dates(last_friday, D(2026, 1, 1), D(2026, 2, 28)) == [D(2026, 1, 30), D(2026, 2, 27)]


def test_empty_range_and_next_due():
    rule = Rule(frequency="weekly", weekday=0, starts_on=D(2026, 3, 1))
    assert recurrence.due_dates(rule, D(2026, 3, 5), D(2026, 3, 4)) == []
    assert recurrence.next_due(rule, D(2026, 3, 10)) == D(2026, 3, 16)


def test_unknown_frequency_is_an_error():
    with pytest.raises(ValueError):
        recurrence.due_dates(Rule(frequency="hourly", starts_on=D(2026, 3, 1)), D(2026, 3, 1), D(2026, 3, 2))


RULES = [
    Rule(frequency="daily", starts_on=D(2026, 1, 5)),
    Rule(frequency="weekly", weekday=2, starts_on=D(2026, 1, 5)),
    Rule(frequency="monthly", month_mode="day", month_day=15, starts_on=D(2026, 1, 5)),
    Rule(frequency="monthly", month_mode="day", month_day=31, starts_on=D(2026, 1, 5)),
    Rule(frequency="monthly", month_mode="day", month_day=30, starts_on=D(2026, 1, 5)),
    Rule(frequency="monthly", month_mode="nth_weekday", month_week=2, weekday=1, starts_on=D(2026, 1, 5)),
    Rule(frequency="monthly", month_mode="nth_weekday", month_week=-1, weekday=6, starts_on=D(2026, 1, 5)),
]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: recurrence.rrule(r))
def test_rrule_agrees_with_due_dates(rule):
    """An independent iCalendar implementation expands our RRULE to exactly our due dates."""
    calendar = Calendar()
    event = Event()
    event.add("uid", "ritual@test")
    event.add("summary", "Ritual")
    event.add("dtstart", datetime.datetime.combine(recurrence.first_due(rule), datetime.time(20, 0)))
    event.add("duration", datetime.timedelta(minutes=20))
    event.add("rrule", vRecur.from_ical(recurrence.rrule(rule)))
    calendar.add_component(event)
    start, end = D(2026, 1, 5), D(2026, 12, 31)
    expanded = sorted({e["DTSTART"].dt.date() for e in recurring_ical_events.of(calendar).between(start, end + datetime.timedelta(days=1))})
    assert expanded == recurrence.due_dates(rule, start, end)


# Content and statement checks

def test_prompt_rotates_daily_and_is_stable_within_a_day():
    assert content.prompt_for(D(2026, 3, 10)) == content.prompt_for(D(2026, 3, 10))
    prompts = {content.prompt_for(D(2026, 3, 1) + datetime.timedelta(days=n)).key for n in range(len(content.DISCLOSURE_PROMPTS))}
    assert len(prompts) == len(content.DISCLOSURE_PROMPTS)
    assert {p.kind for p in content.DISCLOSURE_PROMPTS} == {"worry", "regret", "appreciation"}


def test_seed_conflict_rules_are_the_four():
    assert len(content.SEED_CONFLICT_RULES) == 4


@pytest.mark.parametrize("feeling,text,expected", [
    ("lonely", "I feel lonely when evenings are quiet, and I need talk.", []),
    ("that you never listen", "I feel that you never listen.", ["thought", "blame"]),
    ("that it matters", "I feel that this matters.", ["thought"]),
    ("like", "I feel like you don't care when you're late.", ["thought", "blame"]),
    ("sad", "I feel sad because you always forget.", ["blame"]),
    ("anxious", "It's your fault I feel anxious.", ["blame"]),
])
def test_statement_checks(feeling, text, expected):
    assert statement_check.notes(feeling, text) == expected


def test_statement_interpretation_word():
    assert statement_check.notes("ignored", "I feel ignored when...", lambda w: w == "ignored") == ["interpretation"]
