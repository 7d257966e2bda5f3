"""Shared rituals (partners) on both partners' calendars and in both partners' reminders."""

from __future__ import annotations

import datetime
import re
import zoneinfo

import icalendar
import pytest
import recurring_ical_events
import time_machine
from django.core import mail
from django.urls import reverse

from heartspace.checkins.models import Check
from heartspace.feeds import planner, sender
from heartspace.feeds.models import FeedToken, Reminder, ReminderKind, ReminderOptOut
from heartspace.partners import services
from heartspace.partners.models import SharedRitual
from heartspace.people.models import Person
from heartspace.practices.recurrence import due_dates

LONDON = zoneinfo.ZoneInfo("Europe/London")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
NOW = datetime.datetime(2026, 2, 10, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def pair(owner, partner, frozen):
    """owner (London) and partner (New York), linked; owner knows the partner as "Robin" in their people."""
    partner.time_zone = "America/New_York"
    partner.save()
    robin = Person.objects.create(owner=owner, name="Robin", notes="PRIVATE-OWNER-NOTE")
    link = services.link_users(owner, partner)
    link.owner_person = robin
    link.save()
    ritual = SharedRitual.objects.create(owner=owner, link=link, title="Sunday walk", frequency="weekly", weekday=6,
                                         time_of_day=datetime.time(19, 0), duration_minutes=45,
                                         starts_on=datetime.date(2026, 2, 1), time_zone="Europe/London")
    tokens = {user.pk: FeedToken.objects.create(owner=user) for user in (owner, partner)}
    return {"link": link, "ritual": ritual, "tokens": tokens}


def feed(client, token, **headers):
    return client.get(reverse("feeds:calendar", kwargs={"feed_token": token.secret}), headers=headers)


def shared_events(calendar):
    return [e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("heartspace-sharedritual-")]


def test_both_partners_feeds_carry_the_ritual_with_one_uid_and_its_zone(client, owner, partner, pair):
    ritual = pair["ritual"]
    for user, name in ((owner, "Robin"), (partner, owner.name)):
        response = feed(client, pair["tokens"][user.pk])
        calendar = icalendar.Calendar.from_ical(response.content)
        [event] = shared_events(calendar)
        assert re.fullmatch(rf"heartspace-sharedritual-{ritual.pk}@[\w.-]+", str(event["UID"]))
        assert str(event["SUMMARY"]) == f"Sunday walk with {name}"
        assert event["DTSTART"].params["TZID"] == "Europe/London"
        assert event["DTSTART"].dt == datetime.datetime(2026, 2, 1, 19, 0, tzinfo=LONDON)
        assert event["DTEND"].dt - event["DTSTART"].dt == datetime.timedelta(minutes=45)
        assert event["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=SU"
        tzids = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
        assert calendar.get_used_tzids() <= tzids  # a VTIMEZONE for every TZID used
        assert b"PRIVATE" not in response.content
    # The same UID on both calendars: it is one shared thing.
    uids = {str(shared_events(icalendar.Calendar.from_ical(feed(client, pair["tokens"][u.pk]).content))[0]["UID"])
            for u in (owner, partner)}
    assert len(uids) == 1


def test_partner_in_another_zone_gets_both_vtimezones(client, partner, pair):
    """The partner's own check is in New York time; the shared ritual in London time: two VTIMEZONEs."""
    someone = Person.objects.create(owner=partner, name="Kim")
    Check.objects.create(owner=partner, person=someone, status=Check.Status.SCHEDULED,
                         scheduled_for=datetime.datetime(2026, 3, 3, 18, 0, tzinfo=NEW_YORK))
    calendar = icalendar.Calendar.from_ical(feed(client, pair["tokens"][partner.pk]).content)
    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} == {"Europe/London", "America/New_York"}


def test_expansion_matches_the_apps_due_dates_across_dst(client, owner, partner, pair):
    """recurring-ical-events expands the partner's feed to the same instants the app computes, over a
    year that crosses both US (8 Mar, 1 Nov) and UK (29 Mar, 25 Oct) clock changes."""
    ritual = pair["ritual"]
    start, end = datetime.date(2026, 2, 1), datetime.date(2027, 1, 31)
    expected = [datetime.datetime.combine(d, ritual.time_of_day, tzinfo=LONDON) for d in due_dates(ritual.rule(), start, end)]
    for user in (owner, partner):
        calendar = icalendar.Calendar.from_ical(feed(client, pair["tokens"][user.pk]).content)
        expanded = recurring_ical_events.of(calendar).between(start, end + datetime.timedelta(days=1))
        got = sorted(e["DTSTART"].dt for e in expanded if str(e["UID"]).startswith("heartspace-sharedritual-"))
        assert got == expected
        assert {dt.astimezone(LONDON).time() for dt in got} == {datetime.time(19, 0)}
        # Seen from New York the wall time moves as the two countries change clocks on different days.
        assert {dt.astimezone(NEW_YORK).time() for dt in got} == {datetime.time(14, 0), datetime.time(15, 0)}


def test_discreet_titles_hide_names_and_the_ritual_title(client, owner, pair):
    token = pair["tokens"][owner.pk]
    token.discreet_titles = True
    token.save()
    text = feed(client, token).content.decode()
    calendar = icalendar.Calendar.from_ical(text)
    [event] = shared_events(calendar)
    assert str(event["SUMMARY"]) == "Catch-up"
    assert "Robin" not in text and "Sunday walk" not in text and "Partner" not in text


def test_ending_the_link_removes_it_and_moves_etag_and_last_modified(client, owner, partner, pair):
    first = {u.pk: feed(client, pair["tokens"][u.pk]) for u in (owner, partner)}
    with time_machine.travel(NOW + datetime.timedelta(minutes=10), tick=False):
        services.end_link(pair["link"])
        for user in (owner, partner):
            token = pair["tokens"][user.pk]
            again = feed(client, token, if_none_match=first[user.pk]["ETag"])
            assert again.status_code == 200 and again["ETag"] != first[user.pk]["ETag"]
            assert not shared_events(icalendar.Calendar.from_ical(again.content))
            assert feed(client, token, if_modified_since=first[user.pk]["Last-Modified"]).status_code == 200


def test_editing_or_ending_the_ritual_changes_the_feed(client, owner, partner, pair):
    etag = feed(client, pair["tokens"][partner.pk])["ETag"]
    with time_machine.travel(NOW + datetime.timedelta(minutes=1), tick=False):
        pair["ritual"].title = "Sunday stroll"
        pair["ritual"].save()
        response = feed(client, pair["tokens"][partner.pk], if_none_match=etag)
        assert response.status_code == 200 and b"Sunday stroll" in response.content
        etag = response["ETag"]
    with time_machine.travel(NOW + datetime.timedelta(minutes=2), tick=False):
        SharedRitual.objects.filter(pk=pair["ritual"].pk).update(ended_at=NOW + datetime.timedelta(minutes=2))
        response = feed(client, pair["tokens"][partner.pk], if_none_match=etag)
        assert response.status_code == 200 and b"Sunday stroll" not in response.content


def test_many_shared_rituals_cost_no_extra_queries(client, owner, partner, pair, django_assert_max_num_queries):
    token = pair["tokens"][partner.pk]
    with django_assert_max_num_queries(60) as one:
        feed(client, token)
    baseline = len(one)
    for n in range(15):
        SharedRitual.objects.create(owner=partner, link=pair["link"], title=f"Ritual {n}", frequency="daily",
                                    starts_on=datetime.date(2026, 2, 1), time_zone="America/New_York")
    assert baseline > 3
    with django_assert_max_num_queries(baseline):
        assert feed(client, token).content.count(b"heartspace-sharedritual-") == 16


def test_a_strangers_feed_never_shows_it(client, stranger, pair):
    token = FeedToken.objects.create(owner=stranger)
    assert b"Sunday walk" not in feed(client, token).content


# ---- reminders ------------------------------------------------------------------------------

SUNDAY = datetime.datetime(2026, 5, 2, 12, 0, tzinfo=datetime.UTC)  # Saturday; the ritual is Sunday 3 May


def test_both_partners_get_a_reminder_in_their_own_zone_and_quiet_hours(owner, partner, pair):
    owner.quiet_hours_start, owner.quiet_hours_end = datetime.time(22, 0), datetime.time(8, 0)
    owner.save()
    # The partner's quiet hours (New York) cover 14:30 there, i.e. the reminder time.
    partner.quiet_hours_start, partner.quiet_hours_end = datetime.time(13, 0), datetime.time(15, 0)
    partner.save()
    with time_machine.travel(SUNDAY, tick=False):
        planner.plan_for_user(owner)
        planner.plan_for_user(partner)
    ritual_day = datetime.date(2026, 5, 3)
    mine = Reminder.objects.get(owner=owner, kind=ReminderKind.SHARED_RITUAL, occurrence=ritual_day)
    theirs = Reminder.objects.get(owner=partner, kind=ReminderKind.SHARED_RITUAL, occurrence=ritual_day)
    starts = datetime.datetime(2026, 5, 3, 19, 0, tzinfo=LONDON)
    assert mine.object_id == theirs.object_id == pair["ritual"].pk
    assert mine.due_at == starts - datetime.timedelta(minutes=30)  # the default lead time
    # 18:30 London = 13:30 New York: quiet for the partner, and the ritual starts before quiet ends,
    # so it goes out just before their quiet hours begin.
    assert theirs.due_at == datetime.datetime(2026, 5, 3, 12, 59, tzinfo=NEW_YORK)


def test_reminder_emails_name_the_ritual_and_stop_after_unlinking(owner, partner, pair):
    with time_machine.travel(SUNDAY, tick=False):
        planner.plan_for_user(owner)
        planner.plan_for_user(partner)
    mail.outbox.clear()
    with time_machine.travel(datetime.datetime(2026, 5, 3, 17, 45, tzinfo=datetime.UTC), tick=False):
        sender.send_due()
    shared = [m for m in mail.outbox if "Sunday walk" in m.subject]
    assert sorted(m.to[0] for m in shared) == sorted([owner.email, partner.email])
    by_to = {m.to[0]: m for m in shared}
    assert by_to[owner.email].subject == "Sunday walk with Robin at 19:00"
    assert by_to[partner.email].subject == f"Sunday walk with {owner.name} at 14:00"
    assert all("PRIVATE" not in m.body and "unsubscribe" in m.body.lower() for m in shared)
    # Next week's reminder is planned, then the link ends: it is skipped, never sent.
    with time_machine.travel(datetime.datetime(2026, 5, 9, 12, 0, tzinfo=datetime.UTC), tick=False):
        planner.plan_for_user(owner)
        services.end_link(pair["link"])
    mail.outbox.clear()
    with time_machine.travel(datetime.datetime(2026, 5, 10, 17, 45, tzinfo=datetime.UTC), tick=False):
        report = sender.send_due()
    assert not [m for m in mail.outbox if "Sunday walk" in m.subject] and report.skipped >= 1
    with time_machine.travel(datetime.datetime(2026, 5, 16, 12, 0, tzinfo=datetime.UTC), tick=False):
        planner.plan_for_user(owner)
    assert not Reminder.objects.filter(owner=owner, kind=ReminderKind.SHARED_RITUAL,
                                       occurrence=datetime.date(2026, 5, 17)).exists()


def test_shared_ritual_reminders_can_be_turned_off_alone(owner, pair):
    ReminderOptOut.objects.create(owner=owner, kind=ReminderKind.SHARED_RITUAL)
    with time_machine.travel(SUNDAY, tick=False):
        planner.plan_for_user(owner)
    assert not Reminder.objects.filter(owner=owner, kind=ReminderKind.SHARED_RITUAL).exists()


def test_digest_lists_the_shared_ritual_in_the_readers_time(partner, pair):
    partner.reminder_digest = True
    partner.quiet_hours_start = partner.quiet_hours_end = datetime.time(0, 0)
    partner.save()
    with time_machine.travel(datetime.datetime(2026, 5, 3, 11, 0, tzinfo=datetime.UTC), tick=False):  # 07:00 NY
        planner.plan_for_user(partner)
    assert not Reminder.objects.filter(owner=partner, kind=ReminderKind.SHARED_RITUAL).exists()
    mail.outbox.clear()
    with time_machine.travel(datetime.datetime(2026, 5, 3, 12, 5, tzinfo=datetime.UTC), tick=False):  # 08:05 NY
        sender.send_due()
    [digest] = [m for m in mail.outbox if m.to == [partner.email]]
    assert "14:00  Sunday walk with Owner" in digest.body
