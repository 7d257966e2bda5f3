"""The private calendar feed, parsed back with icalendar and expanded with recurring-ical-events."""

from __future__ import annotations

import datetime
import zoneinfo

import icalendar
import pytest
import recurring_ical_events
import time_machine
from django.urls import reverse

from heartspace.checkins.models import Check, Commitment
from heartspace.feeds.models import FeedToken
from heartspace.people.models import Person
from heartspace.practices.models import Ritual
from heartspace.practices.recurrence import due_dates

LONDON = zoneinfo.ZoneInfo("Europe/London")
NOW = datetime.datetime(2026, 2, 10, 12, 0, tzinfo=datetime.UTC)


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def data(owner, frozen):
    owner.practice_started_on = datetime.date(2026, 1, 5)
    owner.save()
    sam = Person.objects.create(owner=owner, name="Sam", notes="PRIVATE-PERSON-NOTE")
    check = Check.objects.create(owner=owner, person=sam, status=Check.Status.SCHEDULED, duration_minutes=30,
                                 scheduled_for=datetime.datetime(2026, 3, 30, 18, 0, tzinfo=LONDON),
                                 notes="PRIVATE-CHECK-NOTE", story="PRIVATE-STORY")
    Check.objects.create(owner=owner, person=sam, status=Check.Status.PROPOSED,
                         scheduled_for=datetime.datetime(2026, 3, 31, 18, 0, tzinfo=LONDON))
    Check.objects.create(owner=owner, person=sam, status=Check.Status.SKIPPED,
                         scheduled_for=datetime.datetime(2026, 4, 1, 18, 0, tzinfo=LONDON))
    commitment = Commitment.objects.create(owner=owner, person=sam, text="PRIVATE-COMMITMENT send the article",
                                           due_on=datetime.date(2026, 2, 14))
    weekly = Ritual.objects.create(owner=owner, person=sam, title="Weekly check-in", agenda="PRIVATE-AGENDA",
                                   frequency="weekly", weekday=6, time_of_day=datetime.time(20, 0),
                                   duration_minutes=20, starts_on=datetime.date(2026, 2, 4))
    monthly = Ritual.objects.create(owner=owner, title="State of us", frequency="monthly", month_mode="nth_weekday",
                                    month_week=-1, weekday=4, time_of_day=datetime.time(19, 30),
                                    starts_on=datetime.date(2026, 1, 1))
    clamped = Ritual.objects.create(owner=owner, title="Month end", frequency="monthly", month_mode="day",
                                    month_day=31, time_of_day=datetime.time(9, 0), starts_on=datetime.date(2026, 1, 1))
    Ritual.objects.create(owner=owner, title="Paused one", frequency="daily", starts_on=datetime.date(2026, 1, 1),
                          paused_at=NOW)
    token = FeedToken.objects.create(owner=owner)
    return {"check": check, "commitment": commitment, "rituals": [weekly, monthly, clamped], "token": token, "sam": sam}


def feed(client, token, **headers):
    return client.get(reverse("feeds:calendar", kwargs={"feed_token": token.secret}), headers=headers)


def parse(response) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(response.content)


def test_feed_is_valid_for_strict_clients(client, data):
    response = feed(client, data["token"])
    assert response.status_code == 200 and response["Content-Type"] == "text/calendar; charset=utf-8"
    raw = response.content
    assert b"\n" not in raw.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded at 75 octets
    raw.decode("utf-8")
    calendar = parse(response)
    assert "METHOD" not in calendar
    tzids = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        assert event["UID"] and event["DTSTAMP"].dt.tzinfo is not None
        start = event["DTSTART"]
        if isinstance(start.dt, datetime.datetime):
            assert start.dt.tzinfo is not None  # never floating
            assert start.params["TZID"] in tzids
        assert "UNTIL" not in str(event.get("RRULE", ""))
    assert tzids == {"Europe/London"}


def test_contents_and_no_private_text(client, data):
    response = feed(client, data["token"])
    text = response.content.decode()
    assert "PRIVATE" not in text and "article" not in text
    summaries = sorted(str(e["SUMMARY"]) for e in parse(response).walk("VEVENT"))
    assert summaries == sorted(["Connection Check with Sam", "Micro-commitment for Sam", "Weekly check-in with Sam",
                                "State of us", "Month end", "12-week reassessment"])
    events = {str(e["SUMMARY"]): e for e in parse(response).walk("VEVENT")}
    check = events["Connection Check with Sam"]
    assert check["DTSTART"].dt == data["check"].scheduled_for
    assert check["DTEND"].dt - check["DTSTART"].dt == datetime.timedelta(minutes=30)
    commitment = events["Micro-commitment for Sam"]
    assert commitment["DTSTART"].dt == datetime.date(2026, 2, 14)  # all-day
    assert events["12-week reassessment"]["DTSTART"].dt == datetime.date(2026, 3, 30)


def test_uids_are_stable_and_unchanged_feed_is_identical(client, data):
    first = feed(client, data["token"])
    second = feed(client, data["token"])
    assert first.content == second.content and first["ETag"] == second["ETag"]


def test_etag_and_last_modified_give_304(client, data):
    first = feed(client, data["token"])
    assert feed(client, data["token"], if_none_match=first["ETag"]).status_code == 304
    assert feed(client, data["token"], if_modified_since=first["Last-Modified"]).status_code == 304
    with time_machine.travel(NOW + datetime.timedelta(minutes=1), tick=False):
        data["check"].duration_minutes = 45
        data["check"].save()
        changed = feed(client, data["token"], if_none_match=first["ETag"])
        assert changed.status_code == 200 and changed["ETag"] != first["ETag"]
        assert feed(client, data["token"], if_modified_since=first["Last-Modified"]).status_code == 200


def test_deleting_an_entry_changes_etag_and_last_modified(client, data):
    with time_machine.travel(NOW, tick=False):
        first = feed(client, data["token"])
    with time_machine.travel(NOW + datetime.timedelta(minutes=5), tick=False):
        data["commitment"].delete()
        assert feed(client, data["token"], if_none_match=first["ETag"]).status_code == 200
        assert feed(client, data["token"], if_modified_since=first["Last-Modified"]).status_code == 200


def test_feed_queries_are_bounded(client, data, owner, django_assert_max_num_queries):
    for n in range(30):
        Check.objects.create(owner=owner, person=data["sam"], status=Check.Status.SCHEDULED,
                             scheduled_for=NOW + datetime.timedelta(days=n + 1))
    with django_assert_max_num_queries(13):  # 12 + shared rituals (tests/feeds/test_shared_rituals.py)
        assert feed(client, data["token"]).status_code == 200
    etag = feed(client, data["token"])["ETag"]
    with django_assert_max_num_queries(7):  # 6 + one for shared rituals
        assert feed(client, data["token"], if_none_match=etag).status_code == 304


def test_discreet_titles(client, data):
    token = data["token"]
    token.discreet_titles = True
    token.include_commitment_text = True  # ignored when discreet
    token.save()
    text = feed(client, token).content.decode()
    assert "Sam" not in text and "Weekly check-in" not in text and "Catch-up" in text
    assert "PRIVATE" not in text


def test_commitment_text_only_when_chosen(client, data):
    token = data["token"]
    token.include_commitment_text = True
    token.save()
    assert "send the article" in feed(client, token).content.decode()


def test_alarms_follow_settings(client, data):
    assert not parse(feed(client, data["token"])).walk("VALARM")
    token = data["token"]
    token.include_alarms, token.alarm_minutes = True, 15
    token.save()
    events = {str(e["SUMMARY"]): e for e in parse(feed(client, token)).walk("VEVENT")}
    alarm = events["Connection Check with Sam"].walk("VALARM")[0]
    assert alarm["TRIGGER"].dt == -datetime.timedelta(minutes=15) and str(alarm["ACTION"]) == "DISPLAY"
    all_day_alarm = events["Micro-commitment for Sam"].walk("VALARM")[0]
    assert all_day_alarm["TRIGGER"].dt == datetime.timedelta(hours=9)


def test_rituals_expand_like_the_app_over_a_year_across_dst(client, data):
    """Independent expansion (recurring-ical-events) equals practices.recurrence over a year,
    at the same local wall-clock time before and after the clocks change (29 Mar, 25 Oct 2026)."""
    calendar = parse(feed(client, data["token"]))
    start, end = datetime.date(2026, 2, 1), datetime.date(2027, 1, 31)
    expanded = recurring_ical_events.of(calendar).between(start, end + datetime.timedelta(days=1))
    for ritual in data["rituals"]:
        title = str(ritual) if not ritual.person_id else f"{ritual.title} with Sam"
        got = sorted(e["DTSTART"].dt for e in expanded if str(e["SUMMARY"]) == title)
        expected = [datetime.datetime.combine(d, ritual.time_of_day, tzinfo=LONDON)
                    for d in due_dates(ritual.rule(), start, end)]
        assert got == expected, title
        assert {dt.astimezone(LONDON).time() for dt in got} == {ritual.time_of_day}
        offsets = {dt.utcoffset() for dt in got}
        assert offsets == {datetime.timedelta(0), datetime.timedelta(hours=1)}  # both sides of DST
    reassessments = [e["DTSTART"].dt for e in expanded if str(e["SUMMARY"]) == "12-week reassessment"]
    assert reassessments[:3] == [datetime.date(2026, 3, 30), datetime.date(2026, 6, 22), datetime.date(2026, 9, 14)]


def test_wrong_or_revoked_token_is_404(client, owner_client, data):
    assert client.get(reverse("feeds:calendar", kwargs={"feed_token": "x" * 43})).status_code == 404
    old = data["token"].secret
    owner_client.post(reverse("feeds:regenerate"))
    assert client.get(reverse("feeds:calendar", kwargs={"feed_token": old})).status_code == 404
    token = FeedToken.objects.get(pk=data["token"].pk)
    assert feed(client, token).status_code == 200
    owner_client.post(reverse("feeds:revoke"))
    assert feed(client, token).status_code == 404
    assert client.get(reverse("feeds:calendar", kwargs={"feed_token": FeedToken.objects.get(pk=token.pk).secret})).status_code == 404


def test_settings_page_creates_and_shows_the_address(owner, owner_client, frozen):
    page = owner_client.get(reverse("feeds:index")).content.decode()
    assert "Create my private calendar address" in page
    owner_client.post(reverse("feeds:regenerate"))
    token = FeedToken.objects.get(owner=owner)
    page = owner_client.get(reverse("feeds:index")).content.decode()
    assert token.secret in page and len(token.secret) >= 40
    response = owner_client.post(reverse("feeds:index"), {"section": "feed", "feed-discreet_titles": "on",
                                                          "feed-alarm_minutes": "abc"})
    assert response.status_code == 200 and "Enter a whole number" in response.content.decode()
    owner_client.post(reverse("feeds:index"), {"section": "feed", "feed-discreet_titles": "on", "feed-alarm_minutes": "10"})
    token.refresh_from_db()
    assert token.discreet_titles and token.alarm_minutes == 10


def test_utc_user_gets_utc_times_without_vtimezone(client, owner, frozen):
    owner.time_zone = "UTC"
    owner.save()
    sam = Person.objects.create(owner=owner, name="Sam")
    Check.objects.create(owner=owner, person=sam, status=Check.Status.SCHEDULED, scheduled_for=NOW + datetime.timedelta(days=1))
    token = FeedToken.objects.create(owner=owner)
    response = feed(client, token)
    assert b"BEGIN:VTIMEZONE" not in response.content and b"DTSTART:20260211T120000Z" in response.content
