"""Pure scheduling rules for reminders: quiet hours, time zones, daylight saving."""

from __future__ import annotations

import datetime
import zoneinfo

import pytest

from heartspace.feeds import reminder_rules as rules

LONDON = zoneinfo.ZoneInfo("Europe/London")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
QUIET = (datetime.time(21, 0), datetime.time(8, 0))
UTC = datetime.UTC


def at(zone, *args):
    return datetime.datetime(*args, tzinfo=zone)


@pytest.mark.parametrize("t, quiet", [
    (datetime.time(20, 59), False), (datetime.time(21, 0), True), (datetime.time(23, 30), True),
    (datetime.time(0, 0), True), (datetime.time(7, 59), True), (datetime.time(8, 0), False),
])
def test_overnight_quiet_hours(t, quiet):
    assert rules.is_quiet(t, *QUIET) is quiet


def test_daytime_quiet_hours_and_none():
    assert rules.is_quiet(datetime.time(13, 0), datetime.time(12, 0), datetime.time(14, 0))
    assert not rules.is_quiet(datetime.time(23, 0), datetime.time(12, 0), datetime.time(14, 0))
    assert not rules.is_quiet(datetime.time(3, 0), datetime.time(0, 0), datetime.time(0, 0))


def test_outside_quiet_hours_nothing_moves():
    due = at(LONDON, 2026, 5, 4, 17, 0)
    assert rules.deliver_at(due, LONDON, *QUIET) == due.astimezone(UTC)


def test_night_reminder_waits_until_quiet_hours_end():
    due = at(LONDON, 2026, 5, 4, 23, 15)
    assert rules.deliver_at(due, LONDON, *QUIET) == at(LONDON, 2026, 5, 5, 8, 0)
    early = at(LONDON, 2026, 5, 5, 6, 0)
    assert rules.deliver_at(early, LONDON, *QUIET) == at(LONDON, 2026, 5, 5, 8, 0)


def test_early_event_is_announced_the_evening_before():
    check = at(LONDON, 2026, 5, 5, 7, 30)
    sent = rules.check_reminder_at(check, 60, LONDON, *QUIET)  # 06:30 is quiet and 08:00 is too late
    assert sent == at(LONDON, 2026, 5, 4, 20, 59)


def test_time_zone_of_the_user_decides():
    due = datetime.datetime(2026, 5, 4, 13, 0, tzinfo=UTC)  # 22:00 in Tokyo, 14:00 in London
    assert rules.deliver_at(due, TOKYO, *QUIET) == at(TOKYO, 2026, 5, 5, 8, 0)
    assert rules.deliver_at(due, LONDON, *QUIET) == due


def test_quiet_end_on_spring_forward_day_keeps_wall_clock():
    # US clocks go forward at 02:00 on 8 March 2026: quiet hours still end at 08:00 local (12:00 UTC, not 13:00).
    due = at(NEW_YORK, 2026, 3, 8, 1, 30)
    assert rules.deliver_at(due, NEW_YORK, *QUIET) == datetime.datetime(2026, 3, 8, 12, 0, tzinfo=UTC)
    due = at(NEW_YORK, 2026, 3, 7, 1, 30)
    assert rules.deliver_at(due, NEW_YORK, *QUIET) == datetime.datetime(2026, 3, 7, 13, 0, tzinfo=UTC)


def test_day_reminder_across_fall_back():
    # London: 25 Oct 2026 clocks go back. 09:00 local is 08:00 UTC the day before, 09:00 UTC that day.
    assert rules.day_reminder_at(datetime.date(2026, 10, 24), datetime.time(9, 0), LONDON, *QUIET) == \
        datetime.datetime(2026, 10, 24, 8, 0, tzinfo=UTC)
    assert rules.day_reminder_at(datetime.date(2026, 10, 25), datetime.time(9, 0), LONDON, *QUIET) == \
        datetime.datetime(2026, 10, 25, 9, 0, tzinfo=UTC)


def test_nonexistent_local_time_moves_forward_by_the_gap():
    # 01:30 does not exist in London on 29 March 2026: it becomes 02:30 BST (01:30 UTC).
    assert rules.local_datetime(datetime.date(2026, 3, 29), datetime.time(1, 30), LONDON) == \
        datetime.datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_ritual_lead_time_is_absolute_across_dst_night():
    # A 07:00 ritual on the spring-forward morning with a 30 minute lead, no quiet hours.
    sent = rules.ritual_reminder_at(datetime.date(2026, 3, 29), datetime.time(7, 0), 30, LONDON,
                                    datetime.time(0, 0), datetime.time(0, 0))
    assert sent == at(LONDON, 2026, 3, 29, 6, 30)


def test_retry_backoff_grows_and_is_capped():
    assert [rules.retry_delay(n).seconds // 60 for n in (1, 2, 3, 4, 9)] == [2, 4, 8, 16, 60]
