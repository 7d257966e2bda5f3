"""Fetch the few rows each insight needs and hand them to the pure formulas.

Every loader runs one query over one period (values_list, never whole model rows), so a
page costs the same number of queries with ten records or ten thousand.
"""

from __future__ import annotations

import datetime

from django.db import IntegrityError
from django.db.models import Count, Q
from django.db.models.functions import Coalesce

from heartspace.checkins.models import Check, CheckQuestion, Commitment
from heartspace.insights import metrics, reassessment, signals
from heartspace.insights.models import DepthPreference, InsightSettings
from heartspace.people.models import Interaction, Person
from heartspace.practices.models import Bid, Ritual, RitualOccurrence, TimeOut
from heartspace.practices.recurrence import due_dates


def settings_for(user) -> InsightSettings:
    found = InsightSettings.objects.filter(owner=user).first()
    if found:
        return found
    try:
        return InsightSettings.objects.create(owner=user)
    except IntegrityError:  # created by a parallel request
        return InsightSettings.objects.get(owner=user)


def person_band(prefs: InsightSettings, person: Person) -> metrics.Band | None:
    """The meaningful-chats band the person has of their own (either end set), the other end
    filled in from the user's targets; None when they have none (the caller decides the default)."""
    from heartspace.people.services import own_targets

    own = own_targets(person)
    if "chats_target_low" not in own and "chats_target_high" not in own:
        return None
    low = own.get("chats_target_low", prefs.chats_target_low)
    high = own.get("chats_target_high", prefs.chats_target_high)
    return metrics.Band(low, max(low, high))


def person_ratio_target(prefs: InsightSettings, person: Person) -> int:
    """The positive-to-corrective aim with this person: theirs when set, else the user's."""
    from heartspace.people.services import own_targets

    return own_targets(person).get("ratio_target") or prefs.ratio_target


def _checks(user, person=None):
    queryset = Check.objects.filter(owner=user)
    if person is not None:
        queryset = queryset.filter(person=person)
    return queryset.annotate(happened_at=Coalesce("started_at", "scheduled_for"))


def load_chats(user, start: datetime.datetime, end: datetime.datetime, person=None) -> list[metrics.Chat]:
    """Finished checks that happened in [start, end)."""
    rows = (_checks(user, person).filter(status=Check.Status.DONE, happened_at__gte=start, happened_at__lt=end)
            .values_list("happened_at", "person_id", "meaningful", "disclosed"))
    return [metrics.Chat(at, pid, meaningful, disclosed or "") for at, pid, meaningful, disclosed in rows]


def load_commitments(user, zone, start: datetime.datetime, end: datetime.datetime,
                     person=None) -> list[metrics.Commitment]:
    """Commitments made in [start, end)."""
    queryset = Commitment.objects.filter(owner=user, created_at__gte=start, created_at__lt=end)
    if person is not None:
        queryset = queryset.filter(person=person)
    rows = queryset.values_list("created_at", "due_on", "done_at", "cancelled", "person_id")
    return [metrics.Commitment(made_on=metrics.local_date(created, zone), due_on=due_on, done_at=done_at,
                               cancelled=cancelled, person_id=pid)
            for created, due_on, done_at, cancelled, pid in rows]


def load_moments(user, start: datetime.datetime, end: datetime.datetime, person=None) -> list[metrics.Moment]:
    queryset = Interaction.objects.filter(owner=user, occurred_at__gte=start, occurred_at__lt=end)
    if person is not None:
        queryset = queryset.filter(person=person)
    return [metrics.Moment(at, tone, pid) for at, tone, pid in queryset.values_list("occurred_at", "tone", "person_id")]


def depth_offsets(user) -> dict[int, int]:
    return dict(DepthPreference.objects.filter(owner=user).values_list("person_id", "offset"))


# ---------------------------------------------------------------------------
# Reassessment inputs: one aggregate query per source, grouped by person.
# ---------------------------------------------------------------------------


def person_periods(user, zone, first: datetime.date, last: datetime.date, people: list[Person],
                   prefs: InsightSettings | None = None) -> list[reassessment.PersonPeriod]:
    prefs = prefs or settings_for(user)
    months = round(max(1, (last - first).days + 1) / 30.4375, 2)
    start, end = metrics.local_bounds(first, last, zone)
    ids = [p.pk for p in people]
    done, skipped = Check.Status.DONE, Check.Status.SKIPPED
    check_rows = {
        row["person_id"]: row for row in
        _checks(user).filter(person_id__in=ids, happened_at__gte=start, happened_at__lt=end)
        .values("person_id").annotate(
            done=Count("pk", filter=Q(status=done)),
            skipped=Count("pk", filter=Q(status=skipped)),
            meaningful=Count("pk", filter=Q(status=done, meaningful=True)),
            mutual=Count("pk", filter=Q(status=done, disclosed=Check.Disclosed.BOTH)),
            me=Count("pk", filter=Q(status=done, disclosed=Check.Disclosed.ME)),
            them=Count("pk", filter=Q(status=done, disclosed=Check.Disclosed.THEM)),
            too_light=Count("pk", filter=Q(status=done, how_it_went=Check.HowItWent.TOO_LIGHT)),
            right=Count("pk", filter=Q(status=done, how_it_went=Check.HowItWent.RIGHT)),
            too_deep=Count("pk", filter=Q(status=done, how_it_went=Check.HowItWent.TOO_DEEP)),
        )
    }
    question_rows = {
        row["connection_check__person_id"]: row for row in
        CheckQuestion.objects.filter(owner=user, connection_check__person_id__in=ids,
                                     connection_check__status=done,
                                     connection_check__scheduled_for__gte=start,
                                     connection_check__scheduled_for__lt=end)
        .values("connection_check__person_id").annotate(
            asked=Count("pk", filter=Q(asked=True) | Q(passed=True)), passed=Count("pk", filter=Q(passed=True)))
    }
    commitment_rows = {
        row["person_id"]: row for row in
        Commitment.objects.filter(owner=user, person_id__in=ids, created_at__gte=start, created_at__lt=end,
                                  cancelled=False)
        .values("person_id").annotate(made=Count("pk"), completed=Count("pk", filter=Q(done_at__isnull=False)))
    }
    moment_rows = {
        row["person_id"]: row for row in
        Interaction.objects.filter(owner=user, person_id__in=ids, occurred_at__gte=start, occurred_at__lt=end)
        .values("person_id").annotate(positive=Count("pk", filter=Q(tone=Interaction.Tone.POSITIVE)),
                                      corrective=Count("pk", filter=Q(tone=Interaction.Tone.CORRECTIVE)))
    }
    offsets = depth_offsets(user)
    result = []
    for person in people:
        c = check_rows.get(person.pk, {})
        q = question_rows.get(person.pk, {})
        m = commitment_rows.get(person.pk, {})
        i = moment_rows.get(person.pk, {})
        result.append(reassessment.PersonPeriod(
            person_id=person.pk, name=person.name, checks_per_month=person.checks_per_month,
            depth_offset=offsets.get(person.pk, 0),
            planned=c.get("done", 0) + c.get("skipped", 0), done=c.get("done", 0), skipped=c.get("skipped", 0),
            meaningful=c.get("meaningful", 0), mutual=c.get("mutual", 0), disclosed_me=c.get("me", 0),
            disclosed_them=c.get("them", 0), too_light=c.get("too_light", 0), right=c.get("right", 0),
            too_deep=c.get("too_deep", 0), asked=q.get("asked", 0), passed=q.get("passed", 0),
            commitments=m.get("made", 0), commitments_done=m.get("completed", 0),
            positive=i.get("positive", 0), corrective=i.get("corrective", 0),
            band_low=own_band.low if (own_band := person_band(prefs, person)) else None,
            band_high=own_band.high if own_band else None, months=months))
    return result


def overall_period(user, zone, first: datetime.date, last: datetime.date, prefs: InsightSettings,
                   today: datetime.date) -> reassessment.Overall:
    start, end = metrics.local_bounds(first, last, zone)
    chats = metrics.summarise_chats(load_chats(user, start, end), zone, first, last, prefs.band)
    follow = metrics.follow_ups(load_commitments(user, zone, start, end), zone, today)
    moments = metrics.balance(load_moments(user, start, end), prefs.ratio_target)
    return reassessment.Overall(
        meaningful_per_month=chats.per_month, band=prefs.band, mutual=chats.mutual,
        follow_ups_completed=follow.completed, follow_ups_made=follow.made,
        on_time_percent=follow.on_time_percent, positive=moments.positive, corrective=moments.corrective,
        ratio_target=prefs.ratio_target)


# ---------------------------------------------------------------------------
# Signal inputs: the last few months of plain records.
# ---------------------------------------------------------------------------


def signal_history(user, zone, now: datetime.datetime) -> signals.History:
    since = now - datetime.timedelta(weeks=signals.lookback_weeks())
    history = signals.History()
    history.bids = [signals.Bid(at, response, pid) for at, response, pid in
                    Bid.objects.filter(owner=user, occurred_at__gt=since, occurred_at__lte=now)
                    .values_list("occurred_at", "response", "person_id")]
    for at, status, disclosed, pid in (
            _checks(user).filter(happened_at__gt=since, happened_at__lte=now,
                                 status__in=[Check.Status.DONE, Check.Status.SKIPPED])
            .values_list("happened_at", "status", "disclosed", "person_id")):
        history.planned.append(signals.Planned(at, status == Check.Status.DONE, "check", pid))
        if status == Check.Status.DONE and disclosed:
            history.disclosures.append(signals.Disclosure(at, disclosed, pid))
    history.planned.extend(_ritual_plans(user, zone, since, now))
    history.timeouts = [signals.TimeOut(started, back, resolved, pid) for started, back, resolved, pid in
                        TimeOut.objects.filter(owner=user, started_at__gt=since, started_at__lte=now)
                        .values_list("started_at", "return_by", "resolved_at", "person_id")]
    history.moments = [signals.Moment(at, tone, pid) for at, tone, pid in
                       Interaction.objects.filter(owner=user, occurred_at__gt=since, occurred_at__lte=now)
                       .values_list("occurred_at", "tone", "person_id")]
    return history


def _ritual_plans(user, zone, since: datetime.datetime, now: datetime.datetime) -> list[signals.Planned]:
    """Each due date of each ritual in the window: kept when marked done, missed otherwise.

    Today's date is still open, so it is left out (as in the practices app). Dates before the
    ritual was created are left out too: a start date set in the past is not weeks of misses.
    """
    first = since.astimezone(zone).date()
    today = now.astimezone(zone).date()
    rituals = list(Ritual.objects.filter(owner=user, starts_on__lt=today)
                   .only("pk", "person_id", "frequency", "weekday", "month_mode", "month_day", "month_week",
                         "starts_on", "paused_at", "time_of_day", "created_at"))
    if not rituals:
        return []
    done = set(RitualOccurrence.objects.filter(owner=user, due_on__gte=first, due_on__lt=today,
                                               status=RitualOccurrence.Status.DONE)
               .values_list("ritual_id", "due_on"))
    plans = []
    for ritual in rituals:
        last = today - datetime.timedelta(days=1)
        if ritual.paused_at is not None:
            last = min(last, ritual.paused_at.astimezone(zone).date() - datetime.timedelta(days=1))
        since_created = max(first, ritual.created_at.astimezone(zone).date())
        for day in due_dates(ritual.rule(), since_created, last):
            at = datetime.datetime.combine(day, ritual.time_of_day, tzinfo=zone)
            plans.append(signals.Planned(at, (ritual.pk, day) in done, "ritual", ritual.person_id))
    return plans
