"""The 12-week reassessment: when it is due, what the period showed, what to adjust.

Pure Python, no Django. The seed: "Reassess after 12 weeks and adjust cadence or question
depth." From one person's numbers over the period this module proposes at most one cadence
change and one depth change, each with a reason code and the numbers behind it. Wording
lives in heartspace/insights/texts.py (translated).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from heartspace.insights.metrics import Band

CYCLE_WEEKS = 12

MIN_PLANNED = 3  # fewer planned checks than this says too little to adjust cadence
SKIP_SHARE_DOWN = 0.5  # half or more skipped: fewer, kept checks
KEPT_SHARE_UP = 0.8  # most checks happened...
MEANINGFUL_SHARE_UP = 0.75  # ...and most felt meaningful
MEANINGFUL_SHARE_LOW = 0.5
MAX_CHECKS_PER_MONTH = 8
MIN_CHECKS_PER_MONTH = 1

MIN_DEPTH_SIGNALS = 2  # "too deep"/"too light" said at least this often
PASS_SHARE_DOWN = 0.4  # many questions passed: step down
MIN_ASKED = 3
DEPTH_OFFSET_MIN = -2
DEPTH_OFFSET_MAX = 2


# ---------------------------------------------------------------------------
# When it is due
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Cycle:
    due_on: datetime.date | None  # the most recent due date reached, None before the first
    period_start: datetime.date
    period_end: datetime.date
    next_due_on: datetime.date


def cycle(started_on: datetime.date, today: datetime.date, weeks: int = CYCLE_WEEKS) -> Cycle:
    """The latest 12-week boundary on or before today, counted from the practice start.

    Before the first boundary there is nothing due yet; the period shown is the one so far.
    """
    length = datetime.timedelta(weeks=max(1, weeks))
    if today < started_on + length:
        return Cycle(None, started_on, today, started_on + length)
    completed = (today - started_on) // length  # whole cycles elapsed, >= 1
    due_on = started_on + completed * length
    return Cycle(due_on, due_on - length, due_on - datetime.timedelta(days=1), due_on + length)


def is_due(current: Cycle, done_due_dates: set[datetime.date]) -> bool:
    """Due when a boundary has been reached and no reassessment answered it yet."""
    return current.due_on is not None and current.due_on not in done_due_dates


def on_demand_period(today: datetime.date, weeks: int = CYCLE_WEEKS) -> tuple[datetime.date, datetime.date]:
    return today - datetime.timedelta(weeks=max(1, weeks)) + datetime.timedelta(days=1), today


# ---------------------------------------------------------------------------
# One person's period, and what to suggest
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonPeriod:
    person_id: int
    name: str
    checks_per_month: int
    depth_offset: int = 0
    planned: int = 0  # checks that were due in the period: done + skipped
    done: int = 0
    skipped: int = 0
    meaningful: int = 0
    mutual: int = 0
    disclosed_me: int = 0
    disclosed_them: int = 0
    too_light: int = 0
    right: int = 0
    too_deep: int = 0
    asked: int = 0
    passed: int = 0
    commitments: int = 0
    commitments_done: int = 0
    positive: int = 0
    corrective: int = 0
    # The person's own meaningful-chats band, when they have one (else the overall band decides),
    # and the length of the period in months, to put their chats per month against it.
    band_low: int | None = None
    band_high: int | None = None
    months: float = 0.0

    def own_place(self) -> str | None:
        """Where this person's meaningful chats a month sit against their own band, if they have one."""
        if self.band_low is None or self.band_high is None or self.months <= 0:
            return None
        return Band(self.band_low, max(self.band_low, self.band_high)).place(round(self.meaningful / self.months, 1))


@dataclass(frozen=True)
class Suggestion:
    person_id: int
    kind: str  # "cadence" | "depth"
    direction: str  # "up" | "down"
    from_value: int
    to_value: int
    reason: str  # a code
    evidence: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Observation:
    code: str
    params: dict
    person_id: int | None = None


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def cadence_suggestion(period: PersonPeriod, overall_place: str) -> Suggestion | None:
    """`overall_place` is where all meaningful chats a month sit against the band; a person with a
    band of their own is measured against it instead."""
    overall_place = period.own_place() or overall_place
    cadence = period.checks_per_month
    evidence = {"planned": period.planned, "done": period.done, "skipped": period.skipped,
                "meaningful": period.meaningful, "cadence": cadence}
    if cadence <= 0 or period.planned < MIN_PLANNED:
        return None
    skip_share = _share(period.skipped, period.planned)
    meaningful_share = _share(period.meaningful, period.done)
    if skip_share >= SKIP_SHARE_DOWN and cadence > MIN_CHECKS_PER_MONTH:
        return Suggestion(period.person_id, "cadence", "down", cadence, cadence - 1, "many_skipped",
                          evidence | {"percent": round(skip_share * 100)})
    if (overall_place == "above" and period.done >= MIN_PLANNED and meaningful_share < MEANINGFUL_SHARE_LOW
            and cadence > MIN_CHECKS_PER_MONTH):
        return Suggestion(period.person_id, "cadence", "down", cadence, cadence - 1, "above_band_light",
                          evidence | {"percent": round(meaningful_share * 100)})
    if (overall_place == "below" and _share(period.done, period.planned) >= KEPT_SHARE_UP
            and meaningful_share >= MEANINGFUL_SHARE_UP and cadence < MAX_CHECKS_PER_MONTH):
        return Suggestion(period.person_id, "cadence", "up", cadence, cadence + 1, "kept_and_meaningful",
                          evidence | {"percent": round(meaningful_share * 100)})
    return None


def depth_suggestion(period: PersonPeriod) -> Suggestion | None:
    offset = period.depth_offset
    evidence = {"too_light": period.too_light, "right": period.right, "too_deep": period.too_deep,
                "asked": period.asked, "passed": period.passed, "done": period.done, "mutual": period.mutual,
                "meaningful": period.meaningful}
    pass_share = _share(period.passed, period.asked)
    if offset > DEPTH_OFFSET_MIN:
        if period.too_deep >= MIN_DEPTH_SIGNALS and period.too_deep >= period.too_light:
            return Suggestion(period.person_id, "depth", "down", offset, offset - 1, "too_deep", evidence)
        if period.asked >= MIN_ASKED and pass_share >= PASS_SHARE_DOWN:
            return Suggestion(period.person_id, "depth", "down", offset, offset - 1, "many_passes",
                              evidence | {"percent": round(pass_share * 100)})
    if offset < DEPTH_OFFSET_MAX:
        if period.too_light >= MIN_DEPTH_SIGNALS and period.too_light > period.too_deep:
            return Suggestion(period.person_id, "depth", "up", offset, offset + 1, "too_light", evidence)
        if (period.done >= MIN_PLANNED and _share(period.meaningful, period.done) >= MEANINGFUL_SHARE_UP
                and period.too_deep == 0 and period.passed == 0 and period.mutual >= 1):
            return Suggestion(period.person_id, "depth", "up", offset, offset + 1, "going_well", evidence)
    return None


def person_observations(period: PersonPeriod) -> list[Observation]:
    pid = period.person_id
    if period.planned == 0 and period.done == 0:
        return [Observation("no_checks", {"name": period.name}, pid)]
    notes = [Observation("checks_kept", {"name": period.name, "done": period.done, "planned": period.planned,
                                         "meaningful": period.meaningful}, pid)]
    if period.done:
        if period.mutual:
            notes.append(Observation("mutual", {"name": period.name, "mutual": period.mutual}, pid))
        elif period.disclosed_me and not period.disclosed_them:
            notes.append(Observation("only_me_opened", {"name": period.name, "count": period.disclosed_me}, pid))
        elif period.disclosed_them and not period.disclosed_me:
            notes.append(Observation("only_they_opened", {"name": period.name, "count": period.disclosed_them}, pid))
    if period.commitments:
        notes.append(Observation("commitments", {"name": period.name, "done": period.commitments_done,
                                                 "made": period.commitments}, pid))
    return notes


@dataclass(frozen=True)
class Overall:
    meaningful_per_month: float
    band: Band
    mutual: int
    follow_ups_completed: int
    follow_ups_made: int
    on_time_percent: int | None
    positive: int
    corrective: int
    ratio_target: int


def overall_observations(overall: Overall) -> list[Observation]:
    band = overall.band
    place = band.place(overall.meaningful_per_month)
    notes = [Observation(f"chats_{place}", {"per_month": overall.meaningful_per_month, "band": band.label})]
    notes.append(Observation("mutual_total", {"mutual": overall.mutual}))
    if overall.follow_ups_made:
        notes.append(Observation("follow_ups", {"completed": overall.follow_ups_completed,
                                                "made": overall.follow_ups_made,
                                                "on_time_percent": overall.on_time_percent}))
    else:
        notes.append(Observation("no_follow_ups", {}))
    if overall.positive + overall.corrective == 0:
        notes.append(Observation("balance_none", {}))
    elif overall.corrective == 0:
        notes.append(Observation("balance_no_corrective", {"positive": overall.positive}))
    else:
        ratio = round(overall.positive / overall.corrective, 1)
        code = "balance_on_target" if ratio >= overall.ratio_target else "balance_below"
        notes.append(Observation(code, {"ratio": f"{ratio:g}", "target": overall.ratio_target,
                                        "positive": overall.positive, "corrective": overall.corrective}))
    return notes


@dataclass(frozen=True)
class Plan:
    observations: list[Observation]
    suggestions: list[Suggestion]


def plan(overall: Overall, people: list[PersonPeriod]) -> Plan:
    place = overall.band.place(overall.meaningful_per_month)
    observations = overall_observations(overall)
    suggestions: list[Suggestion] = []
    for period in people:
        observations.extend(person_observations(period))
        for suggestion in (cadence_suggestion(period, place), depth_suggestion(period)):
            if suggestion:
                suggestions.append(suggestion)
    return Plan(observations, suggestions)
