"""Metric formulas over plain records. Pure Python: no Django, no database.

The three metrics of the Connection Checks seed, plus the 5:1 balance:

- meaningful chats per month (target band 4-6 by default, the user can change it);
- mutual disclosures per quarter (sessions where both people opened up);
- follow-ups completed: micro-commitments done, and the share done by their due date
  (seven days after the chat unless the commitment says otherwise);
- positive-to-corrective ratio against the 5:1 target.

Every date is bucketed in the user's own time zone: a chat at 23:30 on 31 January in
New York belongs to January even though UTC already says 1 February.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

CHATS_TARGET_LOW = 4
CHATS_TARGET_HIGH = 6
RATIO_TARGET = 5
COMMITMENT_DAYS = 7

# ---------------------------------------------------------------------------
# Records: the smallest shapes the formulas need. Views build them from rows.
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Chat:
    """One finished Connection Check."""

    at: datetime.datetime  # aware; when it happened
    person_id: int | None = None
    meaningful: bool | None = None
    disclosed: str = ""  # "" | "none" | "me" | "them" | "both"


@dataclass(frozen=True)
class Commitment:
    """One micro-commitment made after a chat."""

    made_on: datetime.date
    due_on: datetime.date | None = None  # None: made_on + COMMITMENT_DAYS
    done_at: datetime.datetime | None = None  # aware
    cancelled: bool = False
    person_id: int | None = None


@dataclass(frozen=True)
class Moment:
    """One positive or corrective interaction."""

    at: datetime.datetime  # aware
    tone: str  # "positive" | "corrective"
    person_id: int | None = None


# ---------------------------------------------------------------------------
# Periods in the user's time zone
# ---------------------------------------------------------------------------


def local_date(moment: datetime.datetime, zone: ZoneInfo) -> datetime.date:
    """The calendar date the user saw on their clock at `moment`."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime: metrics need aware datetimes")
    return moment.astimezone(zone).date()


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def of(cls, day: datetime.date) -> Month:
        return cls(day.year, day.month)

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, self.month, 1)

    @property
    def last_day(self) -> datetime.date:
        return self.next().first_day - datetime.timedelta(days=1)

    def next(self) -> Month:
        return Month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return Month(self.year - (self.month == 1), 12 if self.month == 1 else self.month - 1)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def label(self) -> str:
        return self.first_day.strftime("%b %Y")


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    quarter: int  # 1..4

    @classmethod
    def of(cls, day: datetime.date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def first_day(self) -> datetime.date:
        return datetime.date(self.year, 3 * (self.quarter - 1) + 1, 1)

    @property
    def last_day(self) -> datetime.date:
        return self.next().first_day - datetime.timedelta(days=1)

    def next(self) -> Quarter:
        return Quarter(self.year + self.quarter // 4, self.quarter % 4 + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - (self.quarter == 1), 4 if self.quarter == 1 else self.quarter - 1)

    @property
    def key(self) -> str:
        return f"{self.year:04d}-Q{self.quarter}"

    def label(self) -> str:
        return f"Q{self.quarter} {self.year}"


def week_start(day: datetime.date, first_weekday: int = 0) -> datetime.date:
    """The first day of the week containing `day`; `first_weekday` is Monday=0 .. Sunday=6."""
    return day - datetime.timedelta(days=(day.weekday() - first_weekday) % 7)


def months_between(first: datetime.date, last: datetime.date) -> list[Month]:
    """Every month from the one containing `first` to the one containing `last`, inclusive."""
    if last < first:
        return []
    months, current, end = [], Month.of(first), Month.of(last)
    while current <= end:
        months.append(current)
        current = current.next()
    return months


def last_months(today: datetime.date, count: int) -> list[Month]:
    months = [Month.of(today)]
    while len(months) < count:
        months.insert(0, months[0].previous())
    return months


def last_quarters(today: datetime.date, count: int) -> list[Quarter]:
    quarters = [Quarter.of(today)]
    while len(quarters) < count:
        quarters.insert(0, quarters[0].previous())
    return quarters


def last_weeks(today: datetime.date, count: int, first_weekday: int = 0) -> list[datetime.date]:
    """Start dates of the last `count` weeks, oldest first, the current week last."""
    current = week_start(today, first_weekday)
    return [current - datetime.timedelta(weeks=n) for n in range(count - 1, -1, -1)]


def local_bounds(first: datetime.date, last: datetime.date, zone: ZoneInfo) -> tuple[datetime.datetime, datetime.datetime]:
    """Aware [start, end) instants covering local days `first`..`last`: what a query filters on."""
    start = datetime.datetime.combine(first, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(last + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone)
    return start.astimezone(datetime.UTC), end.astimezone(datetime.UTC)


# ---------------------------------------------------------------------------
# Meaningful chats and mutual disclosures
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    low: int = CHATS_TARGET_LOW
    high: int = CHATS_TARGET_HIGH

    def __post_init__(self):
        if self.low < 0 or self.high < self.low:
            raise ValueError("a target band needs 0 <= low <= high")

    def place(self, value: float) -> str:
        """'below', 'within' or 'above' the band."""
        if value < self.low:
            return "below"
        if value > self.high:
            return "above"
        return "within"

    @property
    def label(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


@dataclass(frozen=True)
class PeriodCount:
    key: str
    label: str
    value: int
    place: str = ""  # against a band, when there is one


def meaningful_chats_by_month(chats: Iterable[Chat], zone: ZoneInfo, months: list[Month],
                              band: Band | None = None) -> list[PeriodCount]:
    band = band or Band()
    counts = {m: 0 for m in months}
    for chat in chats:
        if chat.meaningful:
            month = Month.of(local_date(chat.at, zone))
            if month in counts:
                counts[month] += 1
    return [PeriodCount(m.key, m.label(), n, band.place(n)) for m, n in counts.items()]


def mutual_disclosures_by_quarter(chats: Iterable[Chat], zone: ZoneInfo, quarters: list[Quarter]) -> list[PeriodCount]:
    counts = {q: 0 for q in quarters}
    for chat in chats:
        if chat.disclosed == "both":
            quarter = Quarter.of(local_date(chat.at, zone))
            if quarter in counts:
                counts[quarter] += 1
    return [PeriodCount(q.key, q.label(), n) for q, n in counts.items()]


def count_by_week(instants: Iterable[datetime.datetime], zone: ZoneInfo, weeks: list[datetime.date],
                  first_weekday: int = 0) -> list[PeriodCount]:
    counts = {w: 0 for w in weeks}
    for instant in instants:
        week = week_start(local_date(instant, zone), first_weekday)
        if week in counts:
            counts[week] += 1
    return [PeriodCount(w.isoformat(), w.strftime("%d %b"), n) for w, n in counts.items()]


@dataclass(frozen=True)
class ChatSummary:
    meaningful: int
    months: float
    per_month: float
    place: str
    mutual: int
    disclosed_me: int
    disclosed_them: int


def summarise_chats(chats: Iterable[Chat], zone: ZoneInfo, first: datetime.date, last: datetime.date,
                    band: Band | None = None) -> ChatSummary:
    """Chats between local days `first` and `last` (inclusive), averaged per 30.44-day month."""
    band = band or Band()
    meaningful = mutual = me = them = 0
    for chat in chats:
        if not first <= local_date(chat.at, zone) <= last:
            continue
        meaningful += bool(chat.meaningful)
        mutual += chat.disclosed == "both"
        me += chat.disclosed == "me"
        them += chat.disclosed == "them"
    months = max(1, (last - first).days + 1) / 30.4375
    per_month = round(meaningful / months, 1)
    return ChatSummary(meaningful, round(months, 2), per_month, band.place(per_month), mutual, me, them)


# ---------------------------------------------------------------------------
# Follow-ups completed
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FollowUps:
    made: int
    completed: int
    on_time: int
    late: int
    open: int  # not done yet, still before or on the due date
    overdue: int  # not done and past due

    @property
    def on_time_share(self) -> float | None:
        """Share of completed follow-ups done by their due date; None when none completed."""
        return None if not self.completed else self.on_time / self.completed

    @property
    def on_time_percent(self) -> int | None:
        share = self.on_time_share
        return None if share is None else round(share * 100)


def due_date(commitment: Commitment, days: int = COMMITMENT_DAYS) -> datetime.date:
    return commitment.due_on or commitment.made_on + datetime.timedelta(days=days)


def follow_ups(commitments: Iterable[Commitment], zone: ZoneInfo, today: datetime.date,
               days: int = COMMITMENT_DAYS) -> FollowUps:
    """Cancelled commitments are left out entirely: they were neither kept nor broken."""
    made = completed = on_time = late = still_open = overdue = 0
    for item in commitments:
        if item.cancelled:
            continue
        made += 1
        due = due_date(item, days)
        if item.done_at is not None:
            completed += 1
            if local_date(item.done_at, zone) <= due:
                on_time += 1
            else:
                late += 1
        elif today > due:
            overdue += 1
        else:
            still_open += 1
    return FollowUps(made, completed, on_time, late, still_open, overdue)


# ---------------------------------------------------------------------------
# Positive-to-corrective balance
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Balance:
    positive: int
    corrective: int
    target: int = RATIO_TARGET

    @property
    def ratio(self) -> float | None:
        """Positives per corrective; None when nothing corrective happened (no honest ratio)."""
        return None if self.corrective == 0 else self.positive / self.corrective

    @property
    def total(self) -> int:
        return self.positive + self.corrective

    @property
    def place(self) -> str:
        """'none' (nothing logged), 'at_or_above' or 'below' the target."""
        if self.total == 0:
            return "none"
        return "at_or_above" if self.positive >= self.target * self.corrective else "below"

    @property
    def ratio_label(self) -> str:
        """'5.5:1', or the plain counts when there is no corrective moment to divide by."""
        if self.corrective == 0:
            return f"{self.positive} positive, 0 corrective"
        value = self.positive / self.corrective
        text = f"{value:.1f}".removesuffix(".0")
        return f"{text}:1"

    @property
    def positives_to_target(self) -> int:
        return max(0, self.target * self.corrective - self.positive)


def balance(moments: Iterable[Moment], target: int = RATIO_TARGET) -> Balance:
    positive = corrective = 0
    for moment in moments:
        if moment.tone == "positive":
            positive += 1
        elif moment.tone == "corrective":
            corrective += 1
    return Balance(positive, corrective, max(1, target))


def ratio_value(positive: int, corrective: int) -> float | None:
    """A chartable ratio: positives per corrective, None when undefined."""
    return None if corrective == 0 else round(positive / corrective, 2)


@dataclass(frozen=True)
class BalancePoint:
    key: str
    label: str
    positive: int
    corrective: int

    @property
    def ratio(self) -> float | None:
        return ratio_value(self.positive, self.corrective)


def balance_by_week(moments: Iterable[Moment], zone: ZoneInfo, weeks: list[datetime.date],
                    first_weekday: int = 0) -> list[BalancePoint]:
    counts = {w: [0, 0] for w in weeks}
    for moment in moments:
        week = week_start(local_date(moment.at, zone), first_weekday)
        if week in counts:
            counts[week][0 if moment.tone == "positive" else 1] += 1
    return [BalancePoint(w.isoformat(), w.strftime("%d %b"), p, c) for w, (p, c) in counts.items()]


def balance_by_month(moments: Iterable[Moment], zone: ZoneInfo, months: list[Month]) -> list[BalancePoint]:
    counts = {m: [0, 0] for m in months}
    for moment in moments:
        month = Month.of(local_date(moment.at, zone))
        if month in counts:
            counts[month][0 if moment.tone == "positive" else 1] += 1
    return [BalancePoint(m.key, m.label(), p, c) for m, (p, c) in counts.items()]
