"""Propose Connection Check dates for one month. Pure Python, no Django.

Inputs are plain values: the month, how many checks a month, preferred weekdays
(Monday=0) and time, the user's IANA time zone, the checks that already exist, and
"now". Output: aware datetimes in the user's zone, spread as evenly as the month and
the preferred days allow, never in the past, never on a day that already has one.
`busy` is the user's own time already booked (checks with other people): a proposal
avoids overlapping it whenever the month leaves another day to choose.

`windows` is the user's availability: weekday x wall-clock time range. When given, every
proposal falls inside one of them, whole session included. The person's preferred days and
time win where they overlap with it; where they do not, the user's availability decides (and
the proposal says so). `None` means "no availability given": any day, at the person's time.
An empty list means the user has no free time at all: nothing is proposed
(`availability_problem` says why, for a clear message).
"""

from __future__ import annotations

import calendar
import datetime
import zoneinfo
from dataclasses import dataclass

DEFAULT_TIME = datetime.time(18, 0)


@dataclass(frozen=True, order=True)
class Window:
    """Free time on one weekday (Monday=0), from `start` to `end` on the wall clock, same day."""

    weekday: int
    start: datetime.time
    end: datetime.time

    def length_minutes(self) -> int:
        return (_minutes(self.end) - _minutes(self.start))

    def as_dict(self) -> dict:
        return {"weekday": self.weekday, "start": self.start.strftime("%H:%M"), "end": self.end.strftime("%H:%M")}


# Seed-like default availability: weekday evenings and weekend days (shown, and changeable).
DEFAULT_WINDOWS: tuple[Window, ...] = tuple(
    [Window(d, datetime.time(18, 0), datetime.time(21, 0)) for d in range(5)]
    + [Window(d, datetime.time(10, 0), datetime.time(20, 0)) for d in (5, 6)])


@dataclass(frozen=True)
class Proposal:
    """One proposed date and why: reason codes, and the availability window it falls in."""

    when: datetime.datetime
    reasons: tuple[str, ...] = ()
    window: Window | None = None

    def as_dict(self) -> dict:
        return {"codes": list(self.reasons), "window": self.window.as_dict() if self.window else None}


def _minutes(at: datetime.time) -> int:
    return at.hour * 60 + at.minute


def _plus(at: datetime.time, minutes: int) -> datetime.time | None:
    """Wall-clock `at` plus minutes, or None past midnight."""
    total = _minutes(at) + minutes
    if total > 24 * 60 - 1:
        return datetime.time(23, 59) if total == 24 * 60 else None
    return datetime.time(total // 60, total % 60)


def _parse_time(value) -> datetime.time | None:
    if isinstance(value, datetime.time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if not isinstance(value, str):
        return None
    value = value.strip()
    if value == "24:00":
        return datetime.time(23, 59)
    try:
        hours, minutes = value.split(":")[:2]
        return datetime.time(int(hours), int(minutes))
    except (ValueError, TypeError):
        return None


def parse_windows(raw) -> list[Window] | None:
    """Stored availability ([{"weekday": 0, "start": "18:00", "end": "21:00"}, ...]) as windows.

    None stays None (never set: the caller uses DEFAULT_WINDOWS). Rows that make no sense
    (unknown weekday, unreadable time, end not after start) are dropped, never an error."""
    if raw is None:
        return None
    windows = set()
    for row in raw if isinstance(raw, (list, tuple)) else []:
        if isinstance(row, Window):
            windows.add(row)
            continue
        if not isinstance(row, dict):
            continue
        weekday = row.get("weekday")
        start, end = _parse_time(row.get("start")), _parse_time(row.get("end"))
        if isinstance(weekday, bool) or not isinstance(weekday, int) or not 0 <= weekday <= 6:
            continue
        if start is None or end is None or end <= start:
            continue
        windows.add(Window(weekday, start, end))
    return sorted(windows)


def availability_problem(windows: list[Window] | tuple | None, minutes: int = 30) -> str | None:
    """Why nothing can be proposed from this availability: "none" (no free time at all),
    "too_short" (no window fits a whole session), or None when it is usable."""
    if windows is None:
        return None
    if not windows:
        return "none"
    if not any(w.length_minutes() >= minutes for w in windows):
        return "too_short"
    return None


def _local(date: datetime.date, at: datetime.time, zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    """Wall-clock time in the zone; a time that does not exist (spring forward) moves forward an hour."""
    naive = datetime.datetime.combine(date, at)
    aware = naive.replace(tzinfo=zone)
    roundtrip = aware.astimezone(datetime.UTC).astimezone(zone)
    if roundtrip.replace(tzinfo=None) != naive:
        aware = (naive + datetime.timedelta(hours=1)).replace(tzinfo=zone)
    return aware


def _slot_on(date: datetime.date, at: datetime.time, person_time: bool, windows: list[Window] | None,
             zone: zoneinfo.ZoneInfo, minutes: int) -> tuple[datetime.datetime, tuple[str, ...], Window | None] | None:
    """The time on `date` for a check: the person's time when it fits the user's free time that
    day, else the nearest time that does. None when the day has no window the session fits in."""
    time_code = "preferred_time" if person_time else "default_time"
    if windows is None:
        return _local(date, at, zone), (time_code,), None
    best = None
    for window in (w for w in windows if w.weekday == date.weekday()):
        latest = _plus(window.end, -minutes) if _minutes(window.end) >= minutes else None
        if latest is None or latest < window.start:
            continue
        chosen = min(max(at, window.start), latest)
        moved = chosen != at
        when = _local(date, chosen, zone)
        # The wall clock must really show a time inside the window, whole session included
        # (a time lost to a spring-forward gap is moved an hour, maybe out of the window).
        local_start = when.astimezone(zone)
        local_end = (when + datetime.timedelta(minutes=minutes)).astimezone(zone)
        if local_start.date() != date or local_start.time().replace(tzinfo=None) < window.start:
            continue
        if local_end.date() != date or local_end.time().replace(tzinfo=None) > window.end:
            continue
        distance = abs(_minutes(chosen) - _minutes(at))
        codes = ("moved_into_window",) if moved else (time_code, "in_window")
        if best is None or distance < best[0]:
            best = (distance, when, codes, window)
    if best is None:
        return None
    return best[1], best[2], best[3]


def propose_month(*args, **kwargs) -> list[datetime.datetime]:
    """Dates for the checks still missing in a month: propose_month_explained without the reasons."""
    return [p.when for p in propose_month_explained(*args, **kwargs)]


def propose_month_explained(
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
    windows: list[Window] | tuple | None = None,
) -> list[Proposal]:
    """Like propose_month, with the reasons for each date (codes a page turns into words):

    - day: "preferred_day" (one of the person's days), "any_day" (they have none), or
      "preferred_days_unavailable" (none of their days has free time for you this month);
    - time: "preferred_time" / "default_time" (their time, or 18:00), with "in_window" when it
      fits your free time, or "moved_into_window" when your free time moved it;
    - "clash" when the only free days left overlap something you already booked.
    """
    if per_month <= 0:
        return []
    windows = None if windows is None else list(windows)
    if availability_problem(windows, minutes):
        return []
    zone = zoneinfo.ZoneInfo(time_zone)
    person_time = at is not None
    at = (at or DEFAULT_TIME).replace(second=0, microsecond=0, tzinfo=None)
    days_in_month = calendar.monthrange(year, month)[1]
    existing_days = {e.astimezone(zone).date() for e in existing}
    existing_days = {d for d in existing_days if d.year == year and d.month == month}
    missing = per_month - len(existing_days)
    if missing <= 0:
        return []

    preferred = set(d for d in weekdays if 0 <= d <= 6)
    now_local = now.astimezone(zone)

    def candidates_for(allowed: set[int]) -> list[tuple[datetime.datetime, tuple[str, ...], Window | None]]:
        found = []
        for day in range(1, days_in_month + 1):
            date = datetime.date(year, month, day)
            if date.weekday() not in allowed or date in existing_days:
                continue
            slot = _slot_on(date, at, person_time, windows, zone, minutes)
            if slot is None or slot[0] <= now_local:
                continue
            found.append(slot)
        return found

    day_code = "preferred_day" if preferred else "any_day"
    candidates = candidates_for(preferred or set(range(7)))
    if not candidates and preferred and windows is not None:
        # None of their days has free time for you: your availability decides.
        candidates = candidates_for(set(range(7)))
        day_code = "preferred_days_unavailable"
    if not candidates:
        return []

    # Ideal positions: per_month evenly spaced slots across the whole month. Slots already
    # covered by an existing check (the nearest one) are taken; the rest look for a day.
    slots = [((i + 0.5) * days_in_month / per_month) for i in range(per_month)]
    for existing_day in sorted(existing_days):
        nearest = min(slots, key=lambda s: abs(s - existing_day.day))
        slots.remove(nearest)
    chosen: list[Proposal] = []
    taken_days = set(existing_days)
    length = datetime.timedelta(minutes=max(minutes, 1))
    booked = list(busy)

    def clashes(when: datetime.datetime) -> bool:
        return any(when < end and start < when + length for start, end in booked)

    for slot in slots:
        free = [c for c in candidates if c[0].date() not in taken_days]
        if not free:
            break
        # Double-booking the user is the last resort: any free day beats a clash.
        best = min(free, key=lambda c: (clashes(c[0]), abs(c[0].day - slot), c[0].day))
        when, codes, window = best
        reasons = (day_code, *codes) + (("clash",) if clashes(when) else ())
        chosen.append(Proposal(when, reasons, window))
        taken_days.add(when.date())
        booked.append((when, when + length))
    return sorted(chosen, key=lambda p: p.when)


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
