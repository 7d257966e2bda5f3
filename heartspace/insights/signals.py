"""'When to seek help' signals from the user's own records. Pure Python, no Django.

Each rule looks at a recent window of plain records and says present or absent, with the
numbers that decided it. The thresholds are named constants so the help page can show
them. A rule is only *persistent* when it is present at several weekly evaluations in a
row; only persistent signals lead to the calm suggestion of couples therapy.

These are patterns worth noticing, never a diagnosis. Wording lives in
heartspace/insights/signal_text.py (translated); this module only counts.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from heartspace.insights.metrics import RATIO_TARGET, Balance

# Bids for connection: most turned away (or against) over recent weeks.
BIDS_WINDOW_WEEKS = 4
BIDS_MIN_LOGGED = 6  # fewer bids than this says too little to notice a pattern
BIDS_AWAY_SHARE = 0.5  # present when MORE than this share was turned away or against

# Rituals and Connection Checks skipped or missed again and again.
SKIPS_WINDOW_WEEKS = 6
SKIPS_MIN_MISSED = 3
SKIPS_SHARE = 0.5  # present when at least this share of what was planned did not happen

# Time-outs never returned to.
TIMEOUTS_WINDOW_WEEKS = 8
TIMEOUTS_GRACE_HOURS = 48  # after the come-back time, a time-out still open counts as not returned to
TIMEOUTS_MIN_UNRETURNED = 2
TIMEOUTS_SHARE = 0.5

# A falling positive-to-corrective balance.
RATIO_RECENT_WEEKS = 4
RATIO_EARLIER_WEEKS = 4
RATIO_MIN_MOMENTS = 5  # in each of the two windows
RATIO_DROP = 0.15  # the positive share fell by at least this much (e.g. 90% -> 75%)

# One-sided disclosure over months: "the venetian blind".
VENETIAN_WINDOW_WEEKS = 13  # about three months
VENETIAN_MIN_SESSIONS = 4  # sessions in which at least someone opened up
VENETIAN_ONE_SIDED_SHARE = 0.75
VENETIAN_MIN_MONTHS = 2  # the pattern must span at least two calendar months

# Persistence before suggesting couples therapy.
PERSIST_WEEKS = 3  # present at this many weekly evaluations in a row, ending now

RULES = ("bids_turned_away", "skipped_plans", "timeouts_unreturned", "falling_balance", "venetian_blind")


@dataclass(frozen=True)
class Bid:
    at: datetime.datetime
    response: str  # "toward" | "away" | "against"
    person_id: int | None = None


@dataclass(frozen=True)
class Planned:
    """A ritual or Connection Check that was due: kept or not."""

    at: datetime.datetime
    kept: bool
    kind: str = "check"  # "check" | "ritual"
    person_id: int | None = None


@dataclass(frozen=True)
class TimeOut:
    started_at: datetime.datetime
    come_back_at: datetime.datetime  # when the "come back to resolve" reminder is due
    resolved_at: datetime.datetime | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class Moment:
    at: datetime.datetime
    tone: str  # "positive" | "corrective"
    person_id: int | None = None


@dataclass(frozen=True)
class Disclosure:
    """Who opened up in one session: "me", "them", "both" (or "none")."""

    at: datetime.datetime
    who: str
    person_id: int | None = None


@dataclass
class History:
    bids: list[Bid] = field(default_factory=list)
    planned: list[Planned] = field(default_factory=list)
    timeouts: list[TimeOut] = field(default_factory=list)
    moments: list[Moment] = field(default_factory=list)
    disclosures: list[Disclosure] = field(default_factory=list)


@dataclass(frozen=True)
class Signal:
    key: str  # rule name, or "rule:person_id" for per-person rules
    rule: str
    present: bool
    evidence: dict
    person_id: int | None = None


def lookback_weeks() -> int:
    """How far back the records must reach to evaluate every rule PERSIST_WEEKS times."""
    widest = max(BIDS_WINDOW_WEEKS, SKIPS_WINDOW_WEEKS, TIMEOUTS_WINDOW_WEEKS,
                 RATIO_RECENT_WEEKS + RATIO_EARLIER_WEEKS, VENETIAN_WINDOW_WEEKS)
    return widest + PERSIST_WEEKS


def _within(moment: datetime.datetime, as_of: datetime.datetime, weeks: int) -> bool:
    return as_of - datetime.timedelta(weeks=weeks) < moment <= as_of


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def bids_turned_away(bids: Iterable[Bid], as_of: datetime.datetime) -> Signal:
    recent = [b for b in bids if _within(b.at, as_of, BIDS_WINDOW_WEEKS)]
    away = sum(b.response in ("away", "against") for b in recent)
    share = _share(away, len(recent))
    present = len(recent) >= BIDS_MIN_LOGGED and share > BIDS_AWAY_SHARE
    return Signal("bids_turned_away", "bids_turned_away", present, {
        "weeks": BIDS_WINDOW_WEEKS, "logged": len(recent), "turned_away": away,
        "toward": len(recent) - away, "percent": round(share * 100),
        "min_logged": BIDS_MIN_LOGGED, "threshold_percent": round(BIDS_AWAY_SHARE * 100)})


def skipped_plans(planned: Iterable[Planned], as_of: datetime.datetime) -> Signal:
    recent = [p for p in planned if _within(p.at, as_of, SKIPS_WINDOW_WEEKS)]
    missed = [p for p in recent if not p.kept]
    share = _share(len(missed), len(recent))
    present = len(missed) >= SKIPS_MIN_MISSED and share >= SKIPS_SHARE
    return Signal("skipped_plans", "skipped_plans", present, {
        "weeks": SKIPS_WINDOW_WEEKS, "planned": len(recent), "missed": len(missed),
        "missed_checks": sum(p.kind == "check" for p in missed),
        "missed_rituals": sum(p.kind == "ritual" for p in missed),
        "percent": round(share * 100), "min_missed": SKIPS_MIN_MISSED,
        "threshold_percent": round(SKIPS_SHARE * 100)})


def timeouts_unreturned(timeouts: Iterable[TimeOut], as_of: datetime.datetime) -> Signal:
    grace = datetime.timedelta(hours=TIMEOUTS_GRACE_HOURS)
    recent = [t for t in timeouts if _within(t.started_at, as_of, TIMEOUTS_WINDOW_WEEKS)]
    # Only time-outs whose grace period is over can be judged at all.
    judged = [t for t in recent if t.come_back_at + grace <= as_of]
    unreturned = [t for t in judged if t.resolved_at is None or t.resolved_at > t.come_back_at + grace]
    share = _share(len(unreturned), len(judged))
    present = len(unreturned) >= TIMEOUTS_MIN_UNRETURNED and share >= TIMEOUTS_SHARE
    return Signal("timeouts_unreturned", "timeouts_unreturned", present, {
        "weeks": TIMEOUTS_WINDOW_WEEKS, "taken": len(recent), "judged": len(judged),
        "unreturned": len(unreturned), "grace_hours": TIMEOUTS_GRACE_HOURS,
        "percent": round(share * 100), "min_unreturned": TIMEOUTS_MIN_UNRETURNED,
        "threshold_percent": round(TIMEOUTS_SHARE * 100)})


def _ratio_label(positive: int, corrective: int) -> str:
    """'9:1', or the plain counts when nothing was corrective (no ratio to speak of)."""
    return Balance(positive, corrective).ratio_label


def falling_balance(moments: Iterable[Moment], as_of: datetime.datetime, target: int = RATIO_TARGET) -> Signal:
    """Compares the positive share of the last weeks with the weeks before.

    The share (positive / all) is used rather than the ratio so that weeks without any
    corrective moment compare honestly instead of dividing by zero.
    """
    moments = list(moments)
    split = as_of - datetime.timedelta(weeks=RATIO_RECENT_WEEKS)
    recent = [x for x in moments if _within(x.at, as_of, RATIO_RECENT_WEEKS)]
    earlier = [x for x in moments if _within(x.at, split, RATIO_EARLIER_WEEKS)]
    recent_pos = sum(x.tone == "positive" for x in recent)
    earlier_pos = sum(x.tone == "positive" for x in earlier)
    recent_share = _share(recent_pos, len(recent))
    earlier_share = _share(earlier_pos, len(earlier))
    target_share = target / (target + 1)
    enough = len(recent) >= RATIO_MIN_MOMENTS and len(earlier) >= RATIO_MIN_MOMENTS
    present = enough and recent_share < target_share and earlier_share - recent_share >= RATIO_DROP
    return Signal("falling_balance", "falling_balance", present, {
        "weeks": RATIO_RECENT_WEEKS, "earlier_weeks": RATIO_EARLIER_WEEKS,
        "recent_positive": recent_pos, "recent_corrective": len(recent) - recent_pos,
        "earlier_positive": earlier_pos, "earlier_corrective": len(earlier) - earlier_pos,
        "recent_ratio": _ratio_label(recent_pos, len(recent) - recent_pos),
        "earlier_ratio": _ratio_label(earlier_pos, len(earlier) - earlier_pos),
        "recent_percent": round(recent_share * 100), "earlier_percent": round(earlier_share * 100),
        "target": target, "min_moments": RATIO_MIN_MOMENTS, "drop_points": round(RATIO_DROP * 100)})


def venetian_blind(disclosures: Iterable[Disclosure], as_of: datetime.datetime, zone=datetime.UTC) -> list[Signal]:
    """Per person: one of you keeps opening up while the other keeps the blind down."""
    by_person: dict[int | None, list[Disclosure]] = {}
    for item in disclosures:
        if item.who in ("me", "them", "both") and _within(item.at, as_of, VENETIAN_WINDOW_WEEKS):
            by_person.setdefault(item.person_id, []).append(item)
    signals = []
    for person_id, items in sorted(by_person.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
        me = sum(i.who == "me" for i in items)
        them = sum(i.who == "them" for i in items)
        both = sum(i.who == "both" for i in items)
        open_side = "me" if me >= them else "them"
        one_sided = max(me, them)
        months = {(i.at.astimezone(zone).year, i.at.astimezone(zone).month) for i in items
                  if i.who == open_side}
        share = _share(one_sided, len(items))
        present = (len(items) >= VENETIAN_MIN_SESSIONS and share >= VENETIAN_ONE_SIDED_SHARE
                   and len(months) >= VENETIAN_MIN_MONTHS)
        signals.append(Signal(f"venetian_blind:{person_id}", "venetian_blind", present, {
            "weeks": VENETIAN_WINDOW_WEEKS, "sessions": len(items), "only_me": me, "only_them": them,
            "both": both, "open_side": open_side, "percent": round(share * 100), "months": len(months),
            "min_sessions": VENETIAN_MIN_SESSIONS, "threshold_percent": round(VENETIAN_ONE_SIDED_SHARE * 100),
            "min_months": VENETIAN_MIN_MONTHS}, person_id))
    return signals


def evaluate(history: History, as_of: datetime.datetime, zone=datetime.UTC,
             ratio_target: int = RATIO_TARGET) -> list[Signal]:
    """Every rule at one moment: present or not, with its evidence."""
    return [
        bids_turned_away(history.bids, as_of),
        skipped_plans(history.planned, as_of),
        timeouts_unreturned(history.timeouts, as_of),
        falling_balance(history.moments, as_of, ratio_target),
        *venetian_blind(history.disclosures, as_of, zone),
    ]


@dataclass(frozen=True)
class Finding:
    signal: Signal  # the evaluation now
    weeks_present: int  # consecutive weekly evaluations, ending now, where it was present

    @property
    def persistent(self) -> bool:
        return self.signal.present and self.weeks_present >= PERSIST_WEEKS


def findings(history: History, as_of: datetime.datetime, zone=datetime.UTC,
             ratio_target: int = RATIO_TARGET) -> list[Finding]:
    """Evaluate now and at each of the previous weekly points to measure persistence."""
    rounds = [evaluate(history, as_of - datetime.timedelta(weeks=n), zone, ratio_target)
              for n in range(PERSIST_WEEKS)]
    earlier = [{s.key: s.present for s in r} for r in rounds[1:]]
    result = []
    for signal in rounds[0]:
        streak = 0
        if signal.present:
            streak = 1
            for past in earlier:
                if not past.get(signal.key):
                    break
                streak += 1
        result.append(Finding(signal, streak))
    return result


def suggest_therapy(found: Iterable[Finding], dismissed_keys: Iterable[str] = ()) -> bool:
    """A calm suggestion appears when some persistent signal has not been dismissed."""
    dismissed = set(dismissed_keys)
    return any(f.persistent and f.signal.key not in dismissed for f in found)
