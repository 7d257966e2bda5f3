"""Starting a reassessment, recording decisions and applying the accepted ones."""

from __future__ import annotations

import datetime
from dataclasses import asdict

from django.db import transaction

from heartspace.insights import reassessment, services
from heartspace.insights.models import Adjustment, DepthPreference, InsightSettings, Reassessment
from heartspace.people.models import Person


def started_on(user) -> datetime.date:
    """The practice start date; accounts created before it existed fall back to the join date."""
    if getattr(user, "practice_started_on", None):
        return user.practice_started_on
    return user.date_joined.astimezone(user.zoneinfo()).date()


def current_cycle(user, prefs: InsightSettings, today: datetime.date) -> reassessment.Cycle:
    return reassessment.cycle(started_on(user), today, prefs.reassessment_weeks)


def answered_due_dates(user) -> set[datetime.date]:
    return set(Reassessment.objects.filter(owner=user, due_on__isnull=False).values_list("due_on", flat=True))


def is_due(user, prefs: InsightSettings, today: datetime.date) -> bool:
    return reassessment.is_due(current_cycle(user, prefs, today), answered_due_dates(user))


def people_to_reassess(user) -> list[Person]:
    return list(Person.objects.filter(owner=user, archived_at__isnull=True, wants_closer=True)
                .only("pk", "name", "checks_per_month", "check_numbers"))


@transaction.atomic
def start(user, prefs: InsightSettings, today: datetime.date, now: datetime.datetime) -> Reassessment:
    """The due reassessment if a 12-week boundary is waiting for one, otherwise one on demand."""
    cycle = current_cycle(user, prefs, today)
    if reassessment.is_due(cycle, answered_due_dates(user)):
        first, last, due_on, on_demand = cycle.period_start, cycle.period_end, cycle.due_on, False
    else:
        first, last = reassessment.on_demand_period(today, prefs.reassessment_weeks)
        due_on, on_demand = None, True
    zone = user.zoneinfo()
    people = people_to_reassess(user)
    periods = services.person_periods(user, zone, first, last, people, prefs)
    overall = services.overall_period(user, zone, first, last, prefs, today)
    result = reassessment.plan(overall, periods)
    snapshot = {
        "overall": {k: v for k, v in asdict(overall).items() if k != "band"} | {"band": overall.band.label},
        "observations": [{"code": o.code, "params": o.params, "person_id": o.person_id} for o in result.observations],
        "people": [asdict(p) for p in periods],
    }
    record = Reassessment.objects.create(owner=user, period_start=first, period_end=last, due_on=due_on,
                                         on_demand=on_demand, snapshot=snapshot,
                                         completed_at=None if result.suggestions else now)
    Adjustment.objects.bulk_create([
        Adjustment(owner=user, reassessment=record, person_id=s.person_id, kind=s.kind, direction=s.direction,
                   from_value=s.from_value, to_value=s.to_value, reason=s.reason, evidence=s.evidence)
        for s in result.suggestions
    ])
    return record


@transaction.atomic
def decide(adjustment: Adjustment, accept: bool, now: datetime.datetime) -> bool:
    """Record the decision; apply an accepted one. A decision already made is not made twice."""
    locked = Adjustment.objects.select_for_update().get(pk=adjustment.pk, owner=adjustment.owner)
    if locked.status != Adjustment.Status.PENDING:
        return False
    if accept:
        _apply(locked)
    locked.status = Adjustment.Status.ACCEPTED if accept else Adjustment.Status.DECLINED
    locked.decided_at = now
    locked.save(update_fields=["status", "decided_at", "updated_at"])
    open_left = Adjustment.objects.filter(reassessment_id=locked.reassessment_id,
                                          status=Adjustment.Status.PENDING).exists()
    if not open_left:
        Reassessment.objects.filter(pk=locked.reassessment_id, completed_at__isnull=True).update(completed_at=now)
    return True


def _apply(adjustment: Adjustment) -> None:
    if adjustment.kind == Adjustment.Kind.CADENCE:
        value = max(reassessment.MIN_CHECKS_PER_MONTH, min(31, adjustment.to_value))
        Person.objects.filter(owner=adjustment.owner, pk=adjustment.person_id).update(checks_per_month=value)
    elif adjustment.kind == Adjustment.Kind.DEPTH:
        value = max(reassessment.DEPTH_OFFSET_MIN, min(reassessment.DEPTH_OFFSET_MAX, adjustment.to_value))
        DepthPreference.objects.update_or_create(owner=adjustment.owner, person_id=adjustment.person_id,
                                                 defaults={"offset": value})
