"""The private iCalendar feed (RFC 5545): Connection Checks, rituals, micro-commitments, reassessment.

Built with the icalendar library, which writes CRLF line ends and folds lines at 75 octets. What we
add on top, for strict clients:
- every timed entry carries a TZID of the owner's zone and the feed has a VTIMEZONE for it;
- recurring rituals use RRULE without UNTIL (so no floating/UTC mismatch can arise);
- UIDs are stable (kind + database id + host), DTSTAMP is the entry's last change, so an
  unchanged feed is byte-for-byte identical and its ETag stays the same;
- no METHOD (this is a subscription, not a scheduling message), so no ORGANIZER is needed;
- no private text: never notes, stories, agendas or answers. Titles can be made discreet.
"""

from __future__ import annotations

import datetime
import hashlib
import zoneinfo
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from heartspace.feeds.models import FeedToken, ReminderSettings

PRODID = "-//heartspace//calendar feed//EN"
HISTORY_DAYS = 120  # past entries kept in the feed, so calendars keep recent history
DISCREET_TITLE = "Catch-up"


@dataclass
class Entry:
    uid: str
    summary: str
    start: datetime.datetime | datetime.date
    end: datetime.datetime | datetime.date
    stamp: datetime.datetime
    rrule: str = ""
    categories: list[str] = field(default_factory=list)
    status: str = "CONFIRMED"
    transparent: bool = False
    description: str = ""

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime.datetime)


def _host() -> str:
    return urlsplit(settings.HS_BASE_URL).hostname or "heartspace.invalid"


def _uid(kind: str, pk, owner_id) -> str:
    return f"heartspace-{kind}-{owner_id}-{pk}@{_host()}"


def _sources(user):
    """The querysets behind the feed, owner-scoped, each touching only the columns it needs."""
    from heartspace.checkins.models import Check, Commitment
    from heartspace.practices.models import Ritual

    since = timezone.now() - datetime.timedelta(days=HISTORY_DAYS)
    checks = (Check.objects.filter(owner=user, status__in=[Check.Status.SCHEDULED, Check.Status.DONE],
                                   scheduled_for__gte=since)
              .select_related("person").only("pk", "label", "scheduled_for", "duration_minutes", "status",
                                              "updated_at", "person__name"))
    commitments = (Commitment.objects.filter(owner=user, cancelled=False,
                                             due_on__gte=since.date())
                   .select_related("person").only("pk", "text", "due_on", "done_at", "updated_at", "person__name"))
    rituals = (Ritual.objects.filter(owner=user, paused_at__isnull=True)
               .select_related("person").only("pk", "title", "frequency", "weekday", "month_mode", "month_day",
                                              "month_week", "time_of_day", "duration_minutes", "starts_on",
                                              "updated_at", "person__name"))
    return checks, commitments, rituals


def _shared_rituals(user) -> list:
    """Every shared ritual on a link this user is a side of, ended ones too (their end moves
    Last-Modified); the feed shows only those still on an active link. One query."""
    from django.db.models import Q

    from heartspace.partners.models import SharedRitual

    return list(SharedRitual.objects.filter(Q(link__owner=user) | Q(link__other=user))
                .select_related("link", "link__owner", "link__other", "link__owner_person", "link__other_person")
                .order_by("pk"))


def _shared_ritual_is_live(ritual) -> bool:
    return ritual.ended_at is None and ritual.link.ended_at is None


def shared_ritual_with(ritual, user) -> str:
    """The name this user knows the other side by: their own Person record, else the account name."""
    person = ritual.link.person_for(user)
    return person.name if person is not None else ritual.link.other_user(user).name


def ritual_zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def _shared_stamp(ritual, user) -> datetime.datetime:
    person = ritual.link.person_for(user)
    return max(t for t in (ritual.updated_at, ritual.link.updated_at, person.updated_at if person else None) if t)


def _shared_ritual_parts(user, rituals) -> tuple[list[str], list]:
    parts, latest = [], []
    for ritual in rituals:
        person = ritual.link.person_for(user)
        parts += [f"sr{ritual.pk}", str(ritual.updated_at), str(ritual.ended_at), str(ritual.link.ended_at),
                  str(ritual.link.updated_at), shared_ritual_with(ritual, user),
                  str(person.updated_at) if person is not None else ""]
        latest += [ritual.updated_at, ritual.ended_at, ritual.link.ended_at, ritual.link.updated_at,
                   person.updated_at if person is not None else None]
    return parts, latest


def _reassessment_weeks(user) -> tuple[int, datetime.datetime | None]:
    try:
        from heartspace.insights.models import InsightSettings
    except ImportError:  # pragma: no cover - partial checkout
        return 12, None
    row = InsightSettings.objects.filter(owner=user).values_list("reassessment_weeks", "updated_at").first()
    return (row[0], row[1]) if row else (12, None)


def fingerprint(user, token: FeedToken) -> tuple[str, datetime.datetime]:
    """(ETag, Last-Modified) computed from a few aggregate queries, without building the feed."""
    checks, commitments, rituals = _sources(user)
    parts = [str(token.pk), token.secret, str(token.discreet_titles), str(token.include_alarms),
             str(token.alarm_minutes), str(token.include_commitment_text), user.time_zone or "UTC",
             str(user.practice_started_on), timezone.now().date().isoformat()]
    latest = [token.updated_at, token.content_changed_at]
    for queryset in (checks, commitments, rituals):
        summary = queryset.order_by().aggregate(n=Count("pk"), last=Max("updated_at"),
                                                person_last=Max("person__updated_at"))
        parts += [str(summary["n"]), str(summary["last"]), str(summary["person_last"])]
        latest += [summary["last"], summary["person_last"]]
    shared_parts, shared_latest = _shared_ritual_parts(user, _shared_rituals(user))
    parts += shared_parts
    latest += shared_latest
    weeks, insight_updated = _reassessment_weeks(user)
    reminder_settings = ReminderSettings.objects.filter(owner=user).values_list("day_time", "updated_at").first()
    parts += [str(weeks), str(reminder_settings)]
    latest += [insight_updated, reminder_settings[1] if reminder_settings else None]
    midnight = timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)
    latest.append(midnight)  # the history window moves daily
    last_modified = max(t for t in latest if t is not None).replace(microsecond=0)
    etag = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    return f'"{etag}"', last_modified


def entries(user, token: FeedToken) -> list[Entry]:
    from heartspace.practices.recurrence import next_due, rrule

    zone = user.zoneinfo()
    if zone.key == "UTC":
        zone = datetime.UTC  # written as ...Z, needing no VTIMEZONE
    discreet = token.discreet_titles
    checks, commitments, rituals = _sources(user)
    result: list[Entry] = []
    for check in checks:
        start = check.scheduled_for.astimezone(zone)
        summary = DISCREET_TITLE if discreet else _("%(label)s with %(name)s") % {
            "label": check.label or _("Connection Check"), "name": check.person.name}
        result.append(Entry(
            uid=_uid("check", check.pk, user.pk), summary=summary, start=start,
            end=start + datetime.timedelta(minutes=check.duration_minutes), stamp=check.updated_at,
            categories=["heartspace"] if discreet else ["heartspace", "Connection Check"]))
    for commitment in commitments:
        if discreet:
            summary = _("Follow-up")
        elif token.include_commitment_text:
            summary = _("%(text)s (for %(name)s)") % {"text": commitment.text, "name": commitment.person.name}
        else:
            summary = _("Micro-commitment for %(name)s") % {"name": commitment.person.name}
        if commitment.done_at:
            summary = "✓ " + summary
        result.append(Entry(
            uid=_uid("commitment", commitment.pk, user.pk), summary=summary, start=commitment.due_on,
            end=commitment.due_on + datetime.timedelta(days=1), stamp=commitment.updated_at, transparent=True,
            categories=["heartspace"] if discreet else ["heartspace", "Micro-commitment"]))
    for ritual in rituals:
        # DTSTART always counts as an occurrence, so it must be the first real due date.
        first_day = next_due(ritual.rule(), ritual.starts_on)
        if first_day is None:
            continue
        start = datetime.datetime.combine(first_day, ritual.time_of_day, tzinfo=zone)
        if discreet:
            summary = DISCREET_TITLE
        elif ritual.person_id:
            summary = _("%(title)s with %(name)s") % {"title": ritual.title, "name": ritual.person.name}
        else:
            summary = ritual.title
        result.append(Entry(
            uid=_uid("ritual", ritual.pk, user.pk), summary=summary, start=start,
            end=start + datetime.timedelta(minutes=ritual.duration_minutes), stamp=ritual.updated_at,
            rrule=rrule(ritual.rule()), categories=["heartspace"] if discreet else ["heartspace", "Ritual"]))
    for shared in _shared_rituals(user):
        if not _shared_ritual_is_live(shared):
            continue
        first_day = next_due(shared.rule(), shared.starts_on)
        if first_day is None:
            continue
        # A shared ritual keeps the time zone it was agreed in, so both calendars show the same moment.
        start = datetime.datetime.combine(first_day, shared.time_of_day, tzinfo=ritual_zone(shared.time_zone))
        if start.tzinfo.key == "UTC":
            start = start.replace(tzinfo=datetime.UTC)
        if discreet:
            summary = DISCREET_TITLE
        else:
            summary = _("%(title)s with %(name)s") % {"title": shared.title, "name": shared_ritual_with(shared, user)}
        result.append(Entry(
            uid=f"heartspace-sharedritual-{shared.pk}@{_host()}", summary=summary, start=start,
            end=start + datetime.timedelta(minutes=shared.duration_minutes),
            stamp=_shared_stamp(shared, user), rrule=rrule(shared.rule()),
            categories=["heartspace"] if discreet else ["heartspace", "Shared ritual"]))
    weeks, insight_updated = _reassessment_weeks(user)
    first = user.practice_started_on + datetime.timedelta(weeks=weeks)
    result.append(Entry(
        uid=_uid("reassessment", 0, user.pk),
        summary=_("heartspace check-in") if discreet else _("%(weeks)s-week reassessment") % {"weeks": weeks},
        start=first, end=first + datetime.timedelta(days=1),
        stamp=insight_updated or token.created_at or user.date_joined, rrule=f"FREQ=WEEKLY;INTERVAL={weeks}", transparent=True,
        categories=["heartspace"]))
    return result


def _to_utc_stamp(value: datetime.datetime) -> datetime.datetime:
    return value.astimezone(datetime.UTC).replace(microsecond=0)


def build_calendar(user, token: FeedToken) -> bytes:
    zone = user.zoneinfo()
    reminder_settings = ReminderSettings.objects.filter(owner=user).first()
    day_time = reminder_settings.day_time if reminder_settings else datetime.time(9, 0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "heartspace")
    calendar.add("x-wr-timezone", zone.key)
    calendar.add("refresh-interval", datetime.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    uses_zone = False
    today = timezone.now().date()
    earliest = datetime.date(today.year - 1, 1, 1)
    for entry in entries(user, token):
        event = icalendar.Event()
        event.add("uid", entry.uid)
        event.add("dtstamp", _to_utc_stamp(entry.stamp))
        event.add("last-modified", _to_utc_stamp(entry.stamp))
        event.add("summary", entry.summary)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end)
        if not entry.all_day:
            uses_zone = True
            earliest = min(earliest, entry.start.date())
        if entry.rrule:
            event.add("rrule", icalendar.vRecur.from_ical(entry.rrule))
        if entry.categories:
            event.add("categories", entry.categories)
        event.add("status", entry.status)
        event.add("transp", "TRANSPARENT" if entry.transparent else "OPAQUE")
        if token.include_alarms:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", entry.summary)
            if entry.all_day:
                alarm.add("trigger", datetime.timedelta(hours=day_time.hour, minutes=day_time.minute))
            else:
                alarm.add("trigger", -datetime.timedelta(minutes=token.alarm_minutes))
            event.add_component(alarm)
        calendar.add_component(event)
    if uses_zone and calendar.get_used_tzids():
        # A VTIMEZONE for every TZID used (the owner's zone, and a shared ritual's agreed zone),
        # covering the years in the feed.
        calendar.add_missing_timezones(first_date=datetime.date(max(earliest.year, 1970), 1, 1),
                                       last_date=datetime.date(min(today.year + 12, 2037), 12, 31))
    return calendar.to_ical()
