"""When a ritual is due: plain Python, no Django.

A Rule says how a ritual repeats (daily, weekly on a weekday, monthly on a day or on the nth
weekday). `due_dates` lists the dates it falls on in a range, `missed_dates` which of those
passed without being done, and `rrule` writes the same rule as an iCalendar RRULE so the
calendar feed and this module always agree.
"""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass

DAILY, WEEKLY, MONTHLY = "daily", "weekly", "monthly"
DAY, NTH_WEEKDAY = "day", "nth_weekday"
ICAL_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Rule:
    frequency: str
    starts_on: datetime.date
    weekday: int | None = None
    month_mode: str = DAY
    month_day: int | None = None
    month_week: int | None = None

    @property
    def effective_weekday(self) -> int:
        return self.weekday if self.weekday is not None and 0 <= self.weekday <= 6 else self.starts_on.weekday()

    @property
    def effective_month_day(self) -> int:
        day = self.month_day if self.month_day else self.starts_on.day
        return min(max(day, 1), 31)

    @property
    def effective_month_week(self) -> int:
        if self.month_week in (1, 2, 3, 4, -1):
            return self.month_week
        return min((self.starts_on.day - 1) // 7 + 1, 4)


def _monthly_date(rule: Rule, year: int, month: int) -> datetime.date | None:
    last = calendar.monthrange(year, month)[1]
    if rule.month_mode == NTH_WEEKDAY:
        weekday = rule.effective_weekday
        week = rule.effective_month_week
        if week == -1:
            day = datetime.date(year, month, last)
            return day - datetime.timedelta(days=(day.weekday() - weekday) % 7)
        first = datetime.date(year, month, 1)
        first_match = first + datetime.timedelta(days=(weekday - first.weekday()) % 7)
        candidate = first_match + datetime.timedelta(weeks=week - 1)
        return candidate if candidate.month == month else None
    # A ritual on the 31st falls on the last day of shorter months rather than vanishing.
    return datetime.date(year, month, min(rule.effective_month_day, last))


def due_dates(rule: Rule, start: datetime.date, end: datetime.date) -> list[datetime.date]:
    """Every date in [start, end] (inclusive) on which the ritual is due, never before starts_on."""
    start = max(start, rule.starts_on)
    if end < start:
        return []
    if rule.frequency == DAILY:
        return [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
    if rule.frequency == WEEKLY:
        first = start + datetime.timedelta(days=(rule.effective_weekday - start.weekday()) % 7)
        dates = []
        while first <= end:
            dates.append(first)
            first += datetime.timedelta(weeks=1)
        return dates
    if rule.frequency == MONTHLY:
        dates = []
        year, month = start.year, start.month
        while (year, month) <= (end.year, end.month):
            day = _monthly_date(rule, year, month)
            if day and start <= day <= end:
                dates.append(day)
            month += 1
            if month > 12:
                year, month = year + 1, 1
        return dates
    raise ValueError(f"unknown frequency {rule.frequency!r}")


def next_due(rule: Rule, on_or_after: datetime.date) -> datetime.date | None:
    """The first due date on or after a day (searching a little over a year ahead)."""
    found = due_dates(rule, on_or_after, on_or_after + datetime.timedelta(days=400))
    return found[0] if found else None


def first_due(rule: Rule) -> datetime.date | None:
    """The first due date: use it as an iCalendar DTSTART (RFC 5545 counts DTSTART as an occurrence)."""
    return next_due(rule, rule.starts_on)


def missed_dates(due: list[datetime.date], done: set[datetime.date], today: datetime.date) -> list[datetime.date]:
    """Due dates strictly before today that were not done (today is still open)."""
    return [d for d in due if d < today and d not in done]


def rrule(rule: Rule) -> str:
    """The same rule as an RFC 5545 RRULE value (without the "RRULE:" prefix)."""
    if rule.frequency == DAILY:
        return "FREQ=DAILY"
    if rule.frequency == WEEKLY:
        return f"FREQ=WEEKLY;BYDAY={ICAL_DAYS[rule.effective_weekday]}"
    if rule.frequency == MONTHLY:
        if rule.month_mode == NTH_WEEKDAY:
            return f"FREQ=MONTHLY;BYDAY={rule.effective_month_week}{ICAL_DAYS[rule.effective_weekday]}"
        day = rule.effective_month_day
        if day <= 28:
            return f"FREQ=MONTHLY;BYMONTHDAY={day}"
        # Clamp to the month's end: the latest of 28..day that exists in each month.
        return "FREQ=MONTHLY;BYMONTHDAY=" + ",".join(str(d) for d in range(28, day + 1)) + ";BYSETPOS=-1"
    raise ValueError(f"unknown frequency {rule.frequency!r}")


def describe(rule: Rule, weekday_names: tuple[str, ...], week_names: dict[int, str]) -> dict:
    """The parts a template needs to say the rule in words (names come translated from the caller)."""
    return {
        "frequency": rule.frequency,
        "weekday": weekday_names[rule.effective_weekday],
        "month_mode": rule.month_mode,
        "month_day": rule.effective_month_day,
        "month_week": week_names.get(rule.effective_month_week, ""),
    }
