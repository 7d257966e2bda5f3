"""The reminder emails. They name people and times, never anything the user wrote privately
(no commitment wording, notes, agendas or time-out topics): email passes through other servers."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import NoReverseMatch, reverse
from django.utils import formats
from django.utils.translation import gettext as _

from heartspace.feeds.models import Reminder, ReminderKind, ReminderOptOut


def _url(name: str, **kwargs) -> str:
    try:
        return settings.HS_BASE_URL + reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return settings.HS_BASE_URL + "/"


def _when(value: datetime.datetime, zone) -> str:
    local = value.astimezone(zone)
    return f"{formats.date_format(local.date(), 'l j F')}, {local:%H:%M}"


def _check(reminder, user, zone, now):
    from heartspace.checkins.models import Check

    check = Check.objects.select_related("person").filter(owner=user, pk=reminder.object_id).first()
    if not check or check.status != Check.Status.SCHEDULED or check.scheduled_for <= now \
            or check.scheduled_for.astimezone(zone).date() != reminder.occurrence:
        return None
    subject = _("Connection Check with %(name)s at %(time)s") % {
        "name": check.person.name, "time": f"{check.scheduled_for.astimezone(zone):%H:%M}"}
    body = [_("Your Connection Check with %(name)s is on %(when)s (%(minutes)s minutes).") % {
                "name": check.person.name, "when": _when(check.scheduled_for, zone), "minutes": check.duration_minutes},
            _("Start with %(minutes)s phone-free minutes. Your three questions are ready here:") % {
                "minutes": check.presence_minutes},
            _url("checkins:detail", check_id=check.pk)]
    return subject, body


def _commitment(reminder, user, zone, now):
    from heartspace.checkins.models import Commitment

    item = Commitment.objects.select_related("person").filter(owner=user, pk=reminder.object_id).first()
    if not item or item.done_at or item.cancelled or item.due_on != reminder.occurrence:
        return None
    subject = _("A micro-commitment for %(name)s is due today") % {"name": item.person.name}
    body = [_("You promised %(name)s one small thing, due %(day)s. Mark it done when it is:") % {
                "name": item.person.name, "day": formats.date_format(item.due_on, "l j F")},
            _url("people:detail", person_id=item.person_id)]
    return subject, body


def _ritual(reminder, user, zone, now):
    from heartspace.practices.models import Ritual
    from heartspace.practices.recurrence import due_dates

    ritual = Ritual.objects.select_related("person").filter(owner=user, pk=reminder.object_id).first()
    if not ritual or not ritual.is_active or reminder.occurrence not in due_dates(ritual.rule(), reminder.occurrence,
                                                                                 reminder.occurrence):
        return None
    with_whom = _(" with %(name)s") % {"name": ritual.person.name} if ritual.person_id else ""
    subject = _("%(title)s%(with)s at %(time)s") % {"title": ritual.title, "with": with_whom,
                                                    "time": f"{ritual.time_of_day:%H:%M}"}
    body = [_("Your ritual is today at %(time)s, %(minutes)s minutes.") % {
                "time": f"{ritual.time_of_day:%H:%M}", "minutes": ritual.duration_minutes},
            _url("practices:ritual_detail", ritual_id=ritual.pk)]
    return subject, body


def _shared_ritual(reminder, user, zone, now):
    """Only the agreed title, the time and the name this reader knows the other side by."""
    from heartspace.feeds.calendar_feed import ritual_zone, shared_ritual_with
    from heartspace.feeds.reminder_rules import local_datetime
    from heartspace.partners.services import shared_rituals_for
    from heartspace.practices.recurrence import due_dates

    shared = (shared_rituals_for(user).select_related("link", "link__owner", "link__other", "link__owner_person",
                                                      "link__other_person").filter(pk=reminder.object_id).first())
    if not shared or reminder.occurrence not in due_dates(shared.rule(), reminder.occurrence, reminder.occurrence):
        return None
    starts = local_datetime(reminder.occurrence, shared.time_of_day, ritual_zone(shared.time_zone))
    if starts <= now:
        return None
    name = shared_ritual_with(shared, user)
    subject = _("%(title)s with %(name)s at %(time)s") % {"title": shared.title, "name": name,
                                                          "time": f"{starts.astimezone(zone):%H:%M}"}
    body = [_("Your shared ritual with %(name)s is on %(when)s, %(minutes)s minutes.") % {
                "name": name, "when": _when(starts, zone), "minutes": shared.duration_minutes},
            _url("partners:link", link_id=shared.link_id)]
    return subject, body


def _disclosure(reminder, user, zone, now):
    from heartspace.practices.models import Disclosure

    if Disclosure.objects.filter(owner=user, day=reminder.occurrence).exists():
        return None  # already written today: no nudge
    if now.astimezone(zone).date() != reminder.occurrence:
        return None  # a prompt for a day that has passed is no use
    subject = _("A moment for today's disclosure")
    body = [_("If you feel like it, write one honest sentence about today: a worry, a small regret, or something "
              "you appreciated. It stays private unless you choose to share it."),
            _url("practices:disclosure")]
    return subject, body


def _timeout(reminder, user, zone, now):
    from heartspace.practices.models import TimeOut

    timeout = TimeOut.objects.select_related("person").filter(owner=user, pk=reminder.object_id).first()
    if not timeout or timeout.resolved_at:
        return None
    subject = _("Time to come back to the conversation")
    who = timeout.person.name if timeout.person_id else _("them")
    body = [_("Your time-out ended at %(time)s. When you both feel calm, come back to %(who)s and agree one next step.") % {
                "time": f"{timeout.return_by.astimezone(zone):%H:%M}", "who": who},
            _url("practices:timeout_detail", timeout_id=timeout.pk)]
    return subject, body


def _reassessment(reminder, user, zone, now):
    subject = _("Your 12-week reassessment is due")
    body = [_("It has been another stretch of practice. Look back at what happened and adjust cadence or question depth:"),
            _url("insights:reassessment")]
    return subject, body


def _digest(reminder, user, zone, now):
    from heartspace.checkins.models import Check, Commitment
    from heartspace.feeds.planner import next_reassessment
    from heartspace.feeds.reminder_rules import local_datetime
    from heartspace.practices.models import Ritual
    from heartspace.practices.recurrence import due_dates

    day = reminder.occurrence
    start = local_datetime(day, datetime.time(0, 0), zone)
    end = local_datetime(day + datetime.timedelta(days=1), datetime.time(0, 0), zone)
    lines = []
    for check in Check.objects.filter(owner=user, status=Check.Status.SCHEDULED, scheduled_for__gte=start,
                                      scheduled_for__lt=end).select_related("person").order_by("scheduled_for"):
        lines.append(_("%(time)s  Connection Check with %(name)s") % {
            "time": f"{check.scheduled_for.astimezone(zone):%H:%M}", "name": check.person.name})
    for ritual in Ritual.objects.filter(owner=user, paused_at__isnull=True).select_related("person"):
        if due_dates(ritual.rule(), day, day):
            lines.append(f"{ritual.time_of_day:%H:%M}  {ritual.title}")
    from heartspace.feeds.calendar_feed import ritual_zone, shared_ritual_with
    from heartspace.partners.services import shared_rituals_for

    for shared in shared_rituals_for(user).select_related("link", "link__owner", "link__other", "link__owner_person",
                                                          "link__other_person"):
        if due_dates(shared.rule(), day, day):
            starts = local_datetime(day, shared.time_of_day, ritual_zone(shared.time_zone))
            lines.append(_("%(time)s  %(title)s with %(name)s") % {
                "time": f"{starts.astimezone(zone):%H:%M}", "title": shared.title, "name": shared_ritual_with(shared, user)})
    due = Commitment.objects.filter(owner=user, done_at__isnull=True, cancelled=False, due_on=day).select_related("person")
    for item in due:
        lines.append(_("Today  micro-commitment for %(name)s") % {"name": item.person.name})
    if next_reassessment(user, day) == day:
        lines.append(_("Today  your 12-week reassessment"))
    if not lines:
        return None  # nothing today: no email at all
    subject = _("Today in heartspace: %(count)s thing(s)") % {"count": len(lines)}
    return subject, [*sorted(lines), "", _url("home")]


BUILDERS = {
    ReminderKind.CHECK: _check,
    ReminderKind.COMMITMENT: _commitment,
    ReminderKind.RITUAL: _ritual,
    ReminderKind.TIMEOUT: _timeout,
    ReminderKind.REASSESSMENT: _reassessment,
    ReminderKind.DIGEST: _digest,
    ReminderKind.SHARED_RITUAL: _shared_ritual,
    ReminderKind.DISCLOSURE: _disclosure,
}


def build_message(reminder: Reminder, now: datetime.datetime) -> EmailMultiAlternatives | None:
    """The email for a reminder, or None when it is not wanted any more."""
    from heartspace.feeds.sender import unsubscribe_token

    user = reminder.owner
    if not user.is_active or not user.email_reminders or not user.email:
        return None
    if ReminderOptOut.objects.filter(owner=user, kind=reminder.kind).exists():
        return None
    if user.reminder_digest and reminder.kind not in (ReminderKind.DIGEST, ReminderKind.TIMEOUT):
        return None
    built = BUILDERS[reminder.kind](reminder, user, user.zoneinfo(), now)
    if built is None:
        return None
    subject, body = built
    unsubscribe_url = _url("feeds:unsubscribe", unsubscribe_token=unsubscribe_token(user, reminder.kind))
    footer = ["", "--", _("You get this because email reminders are on in heartspace."),
              _("Stop this kind of reminder: %(url)s") % {"url": unsubscribe_url},
              _("All reminder settings: %(url)s") % {"url": _url("feeds:index")}]
    message = EmailMultiAlternatives(
        subject=subject, body="\n".join([*body, *footer]) + "\n", to=[user.email],
        headers={"Message-ID": reminder.message_id, "List-Unsubscribe": f"<{unsubscribe_url}>",
                 "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Auto-Submitted": "auto-generated"})
    return message
