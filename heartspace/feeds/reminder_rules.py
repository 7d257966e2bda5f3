"""When a reminder goes out: plain scheduling rules, no Django, tested directly.

All inputs are aware datetimes or local dates and times with an explicit zone; all outputs are
aware datetimes in UTC. Daylight-saving changes are handled by converting through the zone:
a local time that does not exist on a spring-forward day moves forward by the gap (02:30 becomes
03:30), and a time that happens twice on a fall-back day means the first of the two.
"""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

UTC = datetime.UTC


def local_datetime(day: datetime.date, at: datetime.time, zone: ZoneInfo) -> datetime.datetime:
    """`day` at wall-clock time `at` in `zone`, as an aware UTC datetime (DST-safe)."""
    naive = datetime.datetime.combine(day, at.replace(tzinfo=None))
    aware = naive.replace(tzinfo=zone, fold=0)
    # Round-trip through UTC: a non-existent wall time (spring forward) lands after the gap.
    return aware.astimezone(UTC)


def is_quiet(local_time: datetime.time, quiet_start: datetime.time, quiet_end: datetime.time) -> bool:
    """True when `local_time` falls in quiet hours [start, end); overnight spans wrap midnight.

    Equal start and end means no quiet hours at all.
    """
    if quiet_start == quiet_end:
        return False
    t = local_time.replace(tzinfo=None, second=0, microsecond=0)
    if quiet_start < quiet_end:
        return quiet_start <= t < quiet_end
    return t >= quiet_start or t < quiet_end


def _quiet_window(local: datetime.datetime, quiet_start: datetime.time, quiet_end: datetime.time,
                  zone: ZoneInfo) -> tuple[datetime.datetime, datetime.datetime]:
    """The quiet window (start, end) in UTC that contains `local` (which must be quiet)."""
    t = local.time().replace(tzinfo=None)
    day = local.date()
    if quiet_start < quiet_end:
        start_day = end_day = day
    elif t >= quiet_start:
        start_day, end_day = day, day + datetime.timedelta(days=1)
    else:
        start_day, end_day = day - datetime.timedelta(days=1), day
    return local_datetime(start_day, quiet_start, zone), local_datetime(end_day, quiet_end, zone)


def deliver_at(due: datetime.datetime, zone: ZoneInfo, quiet_start: datetime.time, quiet_end: datetime.time,
               event_at: datetime.datetime | None = None) -> datetime.datetime:
    """Move a reminder out of quiet hours.

    Normally it waits until quiet hours end. But a reminder for something that starts before
    quiet hours end (a 7:30 check with quiet hours until 8:00) would then arrive too late, so it
    goes out just before quiet hours begin instead (the evening before).
    """
    due_utc = due.astimezone(UTC)
    local = due_utc.astimezone(zone)
    if not is_quiet(local.time(), quiet_start, quiet_end):
        return due_utc
    window_start, window_end = _quiet_window(local, quiet_start, quiet_end, zone)
    if event_at is not None and event_at.astimezone(UTC) < window_end:
        return window_start - datetime.timedelta(minutes=1)
    return window_end


def before(event_at: datetime.datetime, minutes: int) -> datetime.datetime:
    """`minutes` before an event (absolute time: unaffected by a DST change in between)."""
    return event_at.astimezone(UTC) - datetime.timedelta(minutes=minutes)


def check_reminder_at(scheduled_for: datetime.datetime, lead_minutes: int, zone: ZoneInfo,
                      quiet_start: datetime.time, quiet_end: datetime.time) -> datetime.datetime:
    return deliver_at(before(scheduled_for, lead_minutes), zone, quiet_start, quiet_end, event_at=scheduled_for)


def ritual_reminder_at(day: datetime.date, at: datetime.time, lead_minutes: int, zone: ZoneInfo,
                       quiet_start: datetime.time, quiet_end: datetime.time) -> datetime.datetime:
    starts = local_datetime(day, at, zone)
    return deliver_at(before(starts, lead_minutes), zone, quiet_start, quiet_end, event_at=starts)


def shared_ritual_reminder_at(day: datetime.date, at: datetime.time, ritual_zone: ZoneInfo, lead_minutes: int,
                              zone: ZoneInfo, quiet_start: datetime.time, quiet_end: datetime.time) -> datetime.datetime:
    """A shared ritual happens at `at` in the zone it was agreed in; quiet hours are the reader's own."""
    starts = local_datetime(day, at, ritual_zone)
    return deliver_at(before(starts, lead_minutes), zone, quiet_start, quiet_end, event_at=starts)


def day_reminder_at(day: datetime.date, at: datetime.time, zone: ZoneInfo,
                    quiet_start: datetime.time, quiet_end: datetime.time) -> datetime.datetime:
    """A reminder about a whole day (a commitment due, the reassessment): that morning."""
    return deliver_at(local_datetime(day, at, zone), zone, quiet_start, quiet_end)


def disclosure_prompt_at(day: datetime.date, at: datetime.time, zone: ZoneInfo,
                         quiet_start: datetime.time, quiet_end: datetime.time) -> datetime.datetime:
    """The daily disclosure prompt is about that day: a time in evening quiet hours moves earlier
    (just before they begin), one in morning quiet hours waits until they end; never to the next day."""
    end_of_day = local_datetime(day + datetime.timedelta(days=1), datetime.time(0, 0), zone)
    return deliver_at(local_datetime(day, at, zone), zone, quiet_start, quiet_end, event_at=end_of_day)


def timeout_reminder_at(return_by: datetime.datetime, zone: ZoneInfo,
                        quiet_start: datetime.time, quiet_end: datetime.time) -> datetime.datetime:
    """A time-out's "come back" nudge at return_by, unless that falls in quiet hours."""
    return deliver_at(return_by, zone, quiet_start, quiet_end)


def digest_at(day: datetime.date, at: datetime.time, zone: ZoneInfo,
              quiet_start: datetime.time, quiet_end: datetime.time) -> datetime.datetime:
    return deliver_at(local_datetime(day, at, zone), zone, quiet_start, quiet_end)


def retry_delay(attempts: int) -> datetime.timedelta:
    """Back off after a failed send: 2, 4, 8, 16 minutes... capped at an hour."""
    return datetime.timedelta(minutes=min(60, 2 ** max(1, attempts)))
