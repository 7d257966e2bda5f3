"""Create Reminder rows from what is coming up: checks, commitments, rituals, time-outs, reassessment.

Planning is idempotent: a reminder is keyed by (owner, kind, object, occurrence), so planning every
minute from several workers inserts each one once (bulk insert, conflicts ignored). The sender
checks again, at send time, that the reminder is still wanted (check not moved or cancelled,
commitment not done, kind not unsubscribed), so the planner never has to delete anything.
"""

from __future__ import annotations

import datetime

from django.db.models import Q
from django.utils import timezone

from heartspace.feeds import reminder_rules as rules
from heartspace.feeds.models import Reminder, ReminderKind, ReminderOptOut, ReminderSettings

HORIZON = datetime.timedelta(days=2)
# Time-outs are about returning to a conversation within minutes or hours: always sent on their
# own, even for people who chose the daily digest.
ALWAYS_SEPARATE = {ReminderKind.TIMEOUT}


def _settings_for(user) -> ReminderSettings:
    found = ReminderSettings.objects.filter(owner=user).first()
    return found or ReminderSettings(owner=user)


def plan_for_user(user, now: datetime.datetime | None = None) -> int:
    """Plan this user's reminders for the next two days. Returns how many rows were new."""
    from heartspace.checkins.models import Check, Commitment
    from heartspace.practices.models import Ritual, TimeOut
    from heartspace.practices.recurrence import due_dates

    now = now or timezone.now()
    if not user.email_reminders or not user.email:
        return 0
    zone = user.zoneinfo()
    settings = _settings_for(user)
    quiet = (user.quiet_hours_start, user.quiet_hours_end)
    opted_out = set(ReminderOptOut.objects.filter(owner=user).values_list("kind", flat=True))
    digest = user.reminder_digest
    today = now.astimezone(zone).date()
    days = [today + datetime.timedelta(days=n) for n in range(HORIZON.days + 1)]
    rows: list[Reminder] = []

    def want(kind) -> bool:
        if kind in opted_out:
            return False
        return not digest or kind in ALWAYS_SEPARATE

    def add(kind, object_id, occurrence, due_at):
        if due_at < now - datetime.timedelta(hours=1):
            return  # planned too late to be useful (e.g. the worker was off): do not send stale nudges
        rows.append(Reminder(owner=user, kind=kind, object_id=object_id, occurrence=occurrence, due_at=due_at))

    if want(ReminderKind.CHECK):
        checks = Check.objects.filter(owner=user, status=Check.Status.SCHEDULED, scheduled_for__gt=now,
                                      scheduled_for__lte=now + HORIZON).only("pk", "scheduled_for")
        for check in checks:
            add(ReminderKind.CHECK, check.pk, check.scheduled_for.astimezone(zone).date(),
                rules.check_reminder_at(check.scheduled_for, settings.check_lead_minutes, zone, *quiet))
    if want(ReminderKind.COMMITMENT):
        commitments = Commitment.objects.filter(owner=user, done_at__isnull=True, cancelled=False,
                                                due_on__gte=today, due_on__lte=days[-1]).only("pk", "due_on")
        for commitment in commitments:
            add(ReminderKind.COMMITMENT, commitment.pk, commitment.due_on,
                rules.day_reminder_at(commitment.due_on, settings.day_time, zone, *quiet))
    if want(ReminderKind.RITUAL):
        for ritual in Ritual.objects.filter(owner=user, paused_at__isnull=True, starts_on__lte=days[-1]):
            for day in due_dates(ritual.rule(), today, days[-1]):
                add(ReminderKind.RITUAL, ritual.pk, day,
                    rules.ritual_reminder_at(day, ritual.time_of_day, settings.ritual_lead_minutes, zone, *quiet))
    if want(ReminderKind.SHARED_RITUAL):
        from heartspace.feeds.calendar_feed import ritual_zone
        from heartspace.partners.services import shared_rituals_for

        for shared in shared_rituals_for(user).filter(starts_on__lte=days[-1] + datetime.timedelta(days=1)):
            shared_zone = ritual_zone(shared.time_zone)
            shared_today = now.astimezone(shared_zone).date()
            for day in due_dates(shared.rule(), shared_today, shared_today + HORIZON):
                add(ReminderKind.SHARED_RITUAL, shared.pk, day,
                    rules.shared_ritual_reminder_at(day, shared.time_of_day, shared_zone, settings.ritual_lead_minutes,
                                                    zone, *quiet))
    if want(ReminderKind.DISCLOSURE) and settings.disclosure_time is not None:
        from heartspace.practices.models import Disclosure

        written = set(Disclosure.objects.filter(owner=user, day__in=days).values_list("day", flat=True))
        for day in days:
            if day not in written:
                add(ReminderKind.DISCLOSURE, 0, day,
                    rules.disclosure_prompt_at(day, settings.disclosure_time, zone, *quiet))
    if want(ReminderKind.TIMEOUT):
        timeouts = TimeOut.objects.filter(owner=user, resolved_at__isnull=True, return_by__gt=now - datetime.timedelta(hours=1),
                                          return_by__lte=now + HORIZON).only("pk", "return_by")
        for timeout in timeouts:
            add(ReminderKind.TIMEOUT, timeout.pk, timeout.return_by.astimezone(zone).date(),
                rules.timeout_reminder_at(timeout.return_by, zone, *quiet))
    if want(ReminderKind.REASSESSMENT):
        due_on = next_reassessment(user, today)
        if due_on in days:
            add(ReminderKind.REASSESSMENT, 0, due_on, rules.day_reminder_at(due_on, settings.day_time, zone, *quiet))
    if digest and ReminderKind.DIGEST not in opted_out:
        for day in days:
            add(ReminderKind.DIGEST, 0, day, rules.digest_at(day, settings.digest_time, zone, *quiet))
    if not rows:
        return 0
    before = Reminder.objects.filter(owner=user).count()
    Reminder.objects.bulk_create(rows, ignore_conflicts=True)
    _follow_changes(user, rows)
    return Reminder.objects.filter(owner=user).count() - before


def _follow_changes(user, rows: list[Reminder]) -> None:
    """Move unsent reminders whose time changed since they were planned: a check moved within the
    day, new quiet hours, a new lead time. One query when nothing changed."""
    wanted = {(r.kind, r.object_id, r.occurrence): r.due_at for r in rows}
    pending = Reminder.objects.filter(owner=user, sent_at__isnull=True, claimed_at__isnull=True, outcome="",
                                      occurrence__in={key[2] for key in wanted}).only("pk", "kind", "object_id",
                                                                                       "occurrence", "due_at")
    for reminder in pending:
        due_at = wanted.get((reminder.kind, reminder.object_id, reminder.occurrence))
        if due_at and due_at != reminder.due_at:
            Reminder.objects.filter(pk=reminder.pk, claimed_at__isnull=True, sent_at__isnull=True).update(due_at=due_at)


def next_reassessment(user, today: datetime.date) -> datetime.date:
    """The next 12-week (or the user's chosen length) boundary on or after today."""
    weeks = 12
    try:
        from heartspace.insights.models import InsightSettings

        weeks = InsightSettings.objects.filter(owner=user).values_list("reassessment_weeks", flat=True).first() or 12
    except ImportError:  # pragma: no cover
        pass
    length = datetime.timedelta(weeks=weeks)
    start = user.practice_started_on
    if today <= start + length:
        return start + length
    elapsed = (today - start) // length
    boundary = start + elapsed * length
    return boundary if boundary >= today else boundary + length


def plan_all(now: datetime.datetime | None = None) -> int:
    from django.contrib.auth import get_user_model

    users = get_user_model().objects.filter(is_active=True, email_reminders=True).exclude(Q(email="") | Q(email__isnull=True))
    return sum(plan_for_user(user, now) for user in users.iterator(chunk_size=200))
