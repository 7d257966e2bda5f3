"""Propose Connection Check dates for one month. Pure Python, no Django.

Inputs are plain values: the month, how many checks a month, preferred weekdays
(Monday=0) and time, the user's IANA time zone, the checks that already exist, and
"now". Output: aware datetimes in the user's zone, spread as evenly as the month and
the preferred days allow, never in the past, never on a day that already has one.
`busy` is the user's own time already booked (checks with other people): a proposal
avoids overlapping it whenever the month leaves another day to choose.
"""

from __future__ import annotations

import calendar
import datetime
import zoneinfo

DEFAULT_TIME = datetime.time(18, 0)


def _local(date: datetime.date, at: datetime.time, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """Wall-clock time in the zone; a time that does not exist (spring forward) moves forward an hour."""
    naive = datetime.datetime.combine(date, at)
    aware = naive.replace(tzinfo=zone)
    roundtrip = aware.astimezone(datetime.UTC).astimezone(zone)
    if roundtrip.replace(tzinfo=None) != naive:
        aware = (naive + datetime.timedelta(hours=1)).replace(tzinfo=zone)
    return aware


def propose_month(
    year: int,
    month: int,
    per_month: int,
    weekdays: list[int] | tuple[int, ...],
    at: datetime.time | None,
    time_zone: str,
    existing: list[datetime.datetime],
    now: datetime.datetime,
    busy: list[tuple[datetime.datetime, datetime.datetime]] | tuple = (),
    minutes: int = 30,
) -> list[datetime.datetime]:
    """Dates for the checks still missing in `month` (per_month minus those already there)."""
    if per_month <= 0:
        return []
    zone = zoneinfo.ZoneInfo(time_zone)
    at = at or DEFAULT_TIME
    days_in_month = calendar.monthrange(year, month)[1]
    existing_days = {e.astimezone(zone).date() for e in existing}
    existing_days = {d for d in existing_days if d.year == year and d.month == month}
    missing = per_month - len(existing_days)
    if missing <= 0:
        return []

    allowed = set(d for d in weekdays if 0 <= d <= 6) or set(range(7))
    now_local = now.astimezone(zone)
    candidates = []
    for day in range(1, days_in_month + 1):
        date = datetime.date(year, month, day)
        if date.weekday() not in allowed or date in existing_days:
            continue
        when = _local(date, at, zone)
        if when <= now_local:
            continue
        candidates.append(when)
    if not candidates:
        return []

    # Ideal positions: per_month evenly spaced slots across the whole month. Slots already
    # covered by an existing check (the nearest one) are taken; the rest look for a day.
    slots = [((i + 0.5) * days_in_month / per_month) for i in range(per_month)]
    for existing_day in sorted(existing_days):
        nearest = min(slots, key=lambda s: abs(s - existing_day.day))
        slots.remove(nearest)
    chosen: list[datetime.datetime] = []
    taken_days = set(existing_days)
    length = datetime.timedelta(minutes=max(minutes, 1))
    booked = list(busy)

    def clashes(when: datetime.datetime) -> bool:
        return any(when < end and start < when + length for start, end in booked)

    for slot in slots:
        free = [c for c in candidates if c.date() not in taken_days]
        if not free:
            break
        # Double-booking the user is the last resort: any free day beats a clash.
        best = min(free, key=lambda c: (clashes(c), abs(c.day - slot), c.day))
        chosen.append(best)
        taken_days.add(best.date())
        booked.append((best, best + length))
    return sorted(chosen)


def next_months(today: datetime.date, count: int = 2) -> list[tuple[int, int]]:
    """(year, month) for this month and the following ones, crossing year ends."""
    result = []
    year, month = today.year, today.month
    for _ in range(count):
        result.append((year, month))
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return result
