"""Counting kindly: disclosure streaks and the share of bids turned toward. Plain Python, no Django."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

TOWARD, AWAY, AGAINST = "toward", "away", "against"


@dataclass(frozen=True)
class Streak:
    current: int  # consecutive days up to today (or up to yesterday, if today is not written yet)
    longest: int
    days_in_window: int  # days with a disclosure in the last `window` days, today included
    window: int
    written_today: bool
    capped: bool = False  # the run reaches back to the start of the days looked at: it may be longer


# How far back a streak looks: a year and a bit, so the query stays bounded whatever the history.
STREAK_LOOKBACK_DAYS = 400


def streak(days: Iterable[datetime.date], today: datetime.date, window: int = 30,
           lookback: int | None = None) -> Streak:
    """A streak that never punishes: a day not yet written today does not break it, and the
    window count ("12 of the last 30 days") stays meaningful after any gap.

    With `lookback`, only the last `lookback` days (today included) count: a run that reaches
    back that far is reported as `capped` ("400 days or more")."""
    first = today - datetime.timedelta(days=lookback - 1) if lookback else None
    unique = sorted({d for d in days if d <= today and (first is None or d >= first)})
    present = set(unique)
    written_today = today in present
    cursor = today if written_today else today - datetime.timedelta(days=1)
    current = 0
    while cursor in present:
        current += 1
        cursor -= datetime.timedelta(days=1)
    longest = run = 0
    previous = None
    for day in unique:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        longest = max(longest, run)
        previous = day
    since = today - datetime.timedelta(days=window - 1)
    in_window = sum(1 for d in unique if d >= since)
    capped = bool(first and current and cursor < first)
    return Streak(current=current, longest=longest, days_in_window=in_window, window=window,
                  written_today=written_today, capped=capped)


@dataclass(frozen=True)
class WeekShare:
    start: datetime.date
    toward: int
    away: int
    against: int

    @property
    def total(self) -> int:
        return self.toward + self.away + self.against

    @property
    def share(self) -> float | None:
        """Share of bids turned toward, 0..1; None for a week with no bids (not zero: nothing happened)."""
        return self.toward / self.total if self.total else None

    @property
    def percent(self) -> int | None:
        return None if self.share is None else round(self.share * 100)


def week_start_of(day: datetime.date, week_start: int = 0) -> datetime.date:
    """The first day of the week containing `day` (week_start: 0=Monday .. 6=Sunday)."""
    return day - datetime.timedelta(days=(day.weekday() - week_start) % 7)


def share_toward_by_week(bids: Iterable[tuple[datetime.date, str]], today: datetime.date,
                         week_start: int = 0, weeks: int = 12) -> list[WeekShare]:
    """One WeekShare per week, oldest first, for the `weeks` weeks ending with this one."""
    this_week = week_start_of(today, week_start)
    starts = [this_week - datetime.timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    counts = {s: {TOWARD: 0, AWAY: 0, AGAINST: 0} for s in starts}
    for day, response in bids:
        bucket = counts.get(week_start_of(day, week_start))
        if bucket is not None and response in bucket:
            bucket[response] += 1
    return [WeekShare(start=s, toward=counts[s][TOWARD], away=counts[s][AWAY], against=counts[s][AGAINST])
            for s in starts]


def overall_share(weeks: list[WeekShare]) -> float | None:
    toward = sum(w.toward for w in weeks)
    total = sum(w.total for w in weeks)
    return toward / total if total else None
