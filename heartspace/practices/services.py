"""Practice operations that touch the database; every query is filtered by owner and bounded."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from heartspace.practices import content, recurrence, tallies
from heartspace.practices.models import (
    Bid,
    Boundary,
    ConflictRule,
    Disclosure,
    PracticeSettings,
    Ritual,
    RitualOccurrence,
    TimeOut,
)

# How far back the ritual page looks for missed occurrences.
MISSED_LOOKBACK_DAYS = 84


def settings_for(user) -> PracticeSettings:
    found = PracticeSettings.objects.filter(owner=user).first()
    if found:
        return found
    try:
        with transaction.atomic():
            return PracticeSettings.objects.create(owner=user)
    except IntegrityError:  # two tabs at once: the other one won
        return PracticeSettings.objects.get(owner=user)


def disclosure_streak(user, today: datetime.date) -> tallies.Streak:
    """One bounded query: only the days within the streak's look-back window are read."""
    lookback = tallies.STREAK_LOOKBACK_DAYS
    first = today - datetime.timedelta(days=lookback - 1)
    days = (Disclosure.objects.filter(owner=user, day__gte=first, day__lte=today)
            .order_by().values_list("day", flat=True).distinct())
    return tallies.streak(days, today, lookback=lookback)


def local_date(moment: datetime.datetime, zone) -> datetime.date:
    return moment.astimezone(zone).date()


def bid_weeks(user, today: datetime.date, weeks: int = 12, person=None) -> list[tallies.WeekShare]:
    zone = user.zoneinfo()
    week_start = getattr(user, "week_start", 0) or 0
    first = tallies.week_start_of(today, week_start) - datetime.timedelta(weeks=weeks - 1)
    since = datetime.datetime.combine(first - datetime.timedelta(days=1), datetime.time.min, tzinfo=zone)
    bids = Bid.objects.filter(owner=user, occurred_at__gte=since)
    if person is not None:
        bids = bids.filter(person=person)
    rows = ((local_date(at, zone), response) for at, response in bids.values_list("occurred_at", "response"))
    return tallies.share_toward_by_week(rows, today, week_start=week_start, weeks=weeks)


def bid_share_by_person(user, since: datetime.datetime, limit: int = 20) -> list[dict]:
    """[{"person_id", "name", "toward", "total", "percent"}] for bids since a moment, most bids first (one query)."""
    from django.db.models import Count, Q

    rows = (Bid.objects.filter(owner=user, occurred_at__gte=since, person__isnull=False)
            .values("person_id", "person__name")
            .annotate(total=Count("pk"), toward=Count("pk", filter=Q(response=Bid.Response.TOWARD)))
            .order_by("-total", "person__name")[:limit])
    return [{"person_id": r["person_id"], "name": r["person__name"], "toward": r["toward"], "total": r["total"],
             "percent": round(100 * r["toward"] / r["total"])} for r in rows]


def log_bid(bid: Bid) -> Bid:
    """Save a bid; with a person, turned toward/against also goes into the people balance."""
    from heartspace.people.models import Interaction

    tone = {Bid.Response.TOWARD: Interaction.Tone.POSITIVE, Bid.Response.AGAINST: Interaction.Tone.CORRECTIVE}.get(bid.response)
    with transaction.atomic():
        if bid.person_id and tone:
            bid.interaction = Interaction.objects.create(owner=bid.owner, person_id=bid.person_id, tone=tone,
                                                         source="bid", occurred_at=bid.occurred_at)
        bid.save()
    return bid


def delete_bid(bid: Bid) -> None:
    with transaction.atomic():
        if bid.interaction_id:
            bid.interaction.delete()
        bid.delete()


def seed_conflict_rules(user, person) -> list[ConflictRule]:
    """The four rules from the source text, as the starting list for a relationship that has none."""
    existing = list(ConflictRule.objects.filter(owner=user, person=person))
    if not existing:
        ConflictRule.objects.bulk_create([
            ConflictRule(owner=user, person=person, text=text, position=index, seed_key=key)
            for index, (key, text) in enumerate(content.SEED_CONFLICT_RULES)
        ])
        existing = list(ConflictRule.objects.filter(owner=user, person=person))
    return [rule for rule in existing if rule.removed_at is None]


def start_timeout(user, person, minutes: int, topic: str = "", now: datetime.datetime | None = None) -> TimeOut:
    now = now or timezone.now()
    return TimeOut.objects.create(owner=user, person=person, minutes=minutes, topic=topic, started_at=now,
                                  return_by=now + datetime.timedelta(minutes=minutes))


def unresolved_timeouts(user, limit: int | None = None):
    query = TimeOut.objects.filter(owner=user, resolved_at__isnull=True).select_related("person").order_by("return_by")
    return query[:limit] if limit else query


def counted_from(ritual: Ritual, start: datetime.date, zone) -> datetime.date:
    """Due dates count from the later of `start` and the day the ritual was created: a start date
    set in the past is not weeks of misses (the insights signals use the same rule)."""
    created = ritual.created_at.astimezone(zone).date() if ritual.created_at else start
    return max(start, created)


def ritual_status(user, rituals: list[Ritual], today: datetime.date, lookback_days: int = MISSED_LOOKBACK_DAYS) -> dict:
    """For each ritual: due today?, next due date, missed count in the lookback window, last outcome.

    Two queries whatever the history: the rituals (given) and their occurrences in the window.
    """
    start = today - datetime.timedelta(days=lookback_days)
    zone = user.zoneinfo()
    done: dict[int, set[datetime.date]] = {r.pk: set() for r in rituals}
    recorded_today: set[int] = set()
    for ritual_id, due_on, status in RitualOccurrence.objects.filter(
            owner=user, ritual__in=[r.pk for r in rituals], due_on__gte=start, due_on__lte=today,
    ).values_list("ritual_id", "due_on", "status"):
        if due_on == today:
            recorded_today.add(ritual_id)
        if status == RitualOccurrence.Status.DONE:
            done[ritual_id].add(due_on)
    result = {}
    for ritual in rituals:
        rule = ritual.rule()
        due = recurrence.due_dates(rule, counted_from(ritual, start, zone), today) if ritual.is_active else []
        missed = recurrence.missed_dates(due, done[ritual.pk], today)
        result[ritual.pk] = {
            "due_today": bool(due and due[-1] == today),
            "recorded_today": ritual.pk in recorded_today,
            "next_due": recurrence.next_due(rule, today) if ritual.is_active else None,
            "missed": len(missed),
            "due_count": len([d for d in due if d < today]),
            "done_count": len(done[ritual.pk]),
            "rrule": recurrence.rrule(rule),
        }
    return result


def missed_counts(user, start: datetime.date, end: datetime.date, today: datetime.date) -> dict[int, int]:
    """{ritual_id: missed due dates in [start, end]}: for the insights engineer's signals."""
    rituals = list(Ritual.objects.filter(owner=user))
    zone = user.zoneinfo()
    done: dict[int, set[datetime.date]] = {r.pk: set() for r in rituals}
    for ritual_id, due_on in RitualOccurrence.objects.filter(
            owner=user, due_on__gte=start, due_on__lte=end, status=RitualOccurrence.Status.DONE,
    ).values_list("ritual_id", "due_on"):
        done.setdefault(ritual_id, set()).add(due_on)
    return {
        r.pk: len(recurrence.missed_dates(recurrence.due_dates(r.rule(), counted_from(r, start, zone), end),
                                          done[r.pk], today))
        for r in rituals if r.is_active
    }


def rituals_due_on(user, day: datetime.date, limit: int = 10) -> list[tuple[Ritual, bool]]:
    """Active rituals due on a day, each with whether its outcome is recorded yet (two queries)."""
    rituals = [r for r in Ritual.objects.filter(owner=user, paused_at__isnull=True).select_related("person")[:200]
               if recurrence.due_dates(r.rule(), day, day)][:limit]
    recorded = set(RitualOccurrence.objects.filter(owner=user, due_on=day, ritual__in=[r.pk for r in rituals])
                   .values_list("ritual_id", flat=True)) if rituals else set()
    return [(r, r.pk in recorded) for r in rituals]


def boundaries_due(user, today: datetime.date):
    return Boundary.objects.filter(owner=user, review_on__lte=today)


def mark_boundary_reviewed(boundary: Boundary, review_days: int, today: datetime.date) -> None:
    boundary.reviewed_at = timezone.now()
    boundary.review_on = today + datetime.timedelta(days=review_days)
    boundary.save(update_fields=["reviewed_at", "review_on", "updated_at"])
