"""Practice pages, part two: rituals, conflict rules and time-outs, vulnerability exercises, boundaries, settings, help and Today."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from heartspace.practices import content
from heartspace.practices.models import (
    Bid,
    Boundary,
    ConflictRule,
    Disclosure,
    PracticeSettings,
    Ritual,
    RitualOccurrence,
    TimeOut,
    VulnerabilitySession,
)
from tests.conftest import UGLY_TEXTS
from tests.practices.factories import (
    make_boundary,
    make_person,
    make_ritual,
    make_timeout,
)

pytestmark = pytest.mark.django_db

FROZEN = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)  # a Tuesday


def text_of(response) -> str:
    return response.content.decode()


@time_machine.travel(FROZEN, tick=False)
def test_ritual_from_template_and_outcome(owner_client, owner):
    person = make_person(owner)
    page = text_of(owner_client.get(reverse("practices:rituals") + "?kind=monthly_state"))
    assert "state of the relationship" in page
    response = owner_client.post(reverse("practices:rituals"), {
        "person": person.pk, "kind": "weekly_checkin", "title": "", "agenda": "Talk",
        "frequency": "weekly", "weekday": "1", "month_mode": "day", "time_of_day": "20:00",
        "duration_minutes": "20", "starts_on": "2026-03-01"})
    assert response.status_code == 302, text_of(response)
    ritual = Ritual.objects.get(owner=owner)
    assert ritual.title == "Weekly check-in"
    detail = reverse("practices:ritual_detail", kwargs={"ritual_id": ritual.pk})
    assert "missed" not in text_of(owner_client.get(detail)).split("Recent dates")[1]  # created today: nothing missed yet
    Ritual.objects.filter(pk=ritual.pk).update(created_at=timezone.now() - datetime.timedelta(days=9))
    page = text_of(owner_client.get(detail))
    assert "1 missed" in page  # Tuesday 3 March passed without an outcome; today (10 March) is still open
    response = owner_client.post(detail, {"due_on": "2026-03-10", "status": "done", "outcome": "Lovely talk."})
    assert response.status_code == 302
    assert RitualOccurrence.objects.get().outcome == "Lovely talk."
    response = owner_client.post(detail, {"due_on": "2026-03-11", "status": "done"})
    assert response.status_code == 400  # a Wednesday, and in the future
    response = owner_client.post(detail, {"due_on": "2026-03-04", "status": "done"})
    assert "not scheduled on that date" in text_of(response)


def test_nth_weekday_ritual_needs_its_week(owner_client):
    response = owner_client.post(reverse("practices:rituals"), {
        "kind": "monthly_state", "title": "State", "frequency": "monthly", "month_mode": "nth_weekday",
        "time_of_day": "19:00", "duration_minutes": "45"})
    assert response.status_code == 400
    page = text_of(response)
    assert "Choose which week of the month" in page
    assert "Choose the weekday" in page


def test_custom_ritual_needs_a_name(owner_client):
    response = owner_client.post(reverse("practices:rituals"), {
        "kind": "custom", "title": "  ", "frequency": "daily", "month_mode": "day",
        "time_of_day": "19:00", "duration_minutes": "10"})
    assert response.status_code == 400
    assert "Give your ritual a short name" in text_of(response)


def test_ritual_pause_resume_delete(owner_client, owner):
    ritual = make_ritual(owner, starts_on=datetime.date(2020, 1, 1))
    RitualOccurrence.objects.create(owner=owner, ritual=ritual, due_on=datetime.date(2020, 1, 5), outcome="Early days.")
    url = reverse("practices:ritual_edit", kwargs={"ritual_id": ritual.pk})
    owner_client.post(url, {"action": "pause"})
    ritual.refresh_from_db()
    assert not ritual.is_active
    owner_client.post(url, {"action": "resume"})
    ritual.refresh_from_db()
    assert ritual.is_active
    assert ritual.starts_on == owner.local_today()  # the rest is not counted as missed
    page = text_of(owner_client.get(reverse("practices:ritual_detail", kwargs={"ritual_id": ritual.pk})))
    assert "Early days." in page and "badge-warn" not in page
    owner_client.post(url, {"action": "delete"})
    assert not Ritual.objects.exists()


# Conflict rules and time-outs

def test_rules_start_from_the_seed_and_are_editable(owner_client, owner):
    person = make_person(owner)
    url = reverse("practices:rules_person", kwargs={"person_id": person.pk})
    page = text_of(owner_client.get(url))
    for text in ("Take a time-out when a fight escalates.", "No name-calling.",
                 "Don&#x27;t bring up past mistakes to score points.", "Come back to resolve it once emotions have calmed."):
        assert text in page
    assert ConflictRule.objects.filter(owner=owner, person=person).count() == 4
    owner_client.post(url, {"text": "No sarcasm."})
    rules = list(ConflictRule.objects.filter(owner=owner, person=person))
    assert rules[-1].text == "No sarcasm."
    owner_client.post(reverse("practices:rule_edit", kwargs={"rule_id": rules[-1].pk}), {"action": "up"})
    assert list(ConflictRule.objects.filter(owner=owner, person=person))[-2].text == "No sarcasm."
    first = rules[0]
    owner_client.post(reverse("practices:rule_edit", kwargs={"rule_id": first.pk}), {"text": "Pause when voices rise."})
    first.refresh_from_db()
    assert first.text == "Pause when voices rise."
    owner_client.post(reverse("practices:rule_edit", kwargs={"rule_id": first.pk}), {"action": "delete"})
    assert ConflictRule.objects.filter(owner=owner, person=person, removed_at__isnull=True).count() == 4
    assert "Pause when voices rise." not in text_of(owner_client.get(url))
    # Removing every rule leaves an empty list; the seed rules do not come back by themselves.
    for rule in ConflictRule.objects.filter(owner=owner, person=person, removed_at__isnull=True):
        owner_client.post(reverse("practices:rule_edit", kwargs={"rule_id": rule.pk}), {"action": "delete"})
    assert "No rules left. Add one below." in text_of(owner_client.get(url))
    # General rules are a separate list.
    owner_client.get(reverse("practices:rules"))
    assert ConflictRule.objects.filter(owner=owner, person=None).count() == 4


def test_empty_rule_gets_message(owner_client):
    response = owner_client.post(reverse("practices:rules"), {"text": "   "})
    assert response.status_code == 400
    assert "Write the rule in a few words" in text_of(response)


@time_machine.travel(FROZEN, tick=False)
def test_timeout_records_return_by_and_stays_visible_until_resolved(owner_client, owner):
    PracticeSettings.objects.create(owner=owner, timeout_minutes=25)
    page = text_of(owner_client.get(reverse("practices:timeouts")))
    assert 'value="25"' in page
    response = owner_client.post(reverse("practices:timeouts"), {"minutes": "25", "topic": "Holidays"})
    timeout = TimeOut.objects.get(owner=owner)
    assert response.url == reverse("practices:timeout_detail", kwargs={"timeout_id": timeout.pk})
    assert timeout.return_by - timeout.started_at == datetime.timedelta(minutes=25)
    detail = text_of(owner_client.get(response.url))
    assert 'data-seconds="1500"' in detail
    assert "25:00" in detail
    assert text_of(owner_client.get(reverse("home"))).count(response.url) >= 1
    owner_client.post(response.url, {"resolution": "We agreed on Spain."})
    timeout.refresh_from_db()
    assert timeout.resolved_at is not None
    assert response.url not in text_of(owner_client.get(reverse("home")))


def test_timeout_minutes_validated(owner_client):
    response = owner_client.post(reverse("practices:timeouts"), {"minutes": "0"})
    assert response.status_code == 400
    assert not TimeOut.objects.exists()


def test_one_tap_resolve_refuses_offsite_next(owner_client, owner):
    timeout = make_timeout(owner)
    response = owner_client.post(reverse("practices:timeout_resolve", kwargs={"timeout_id": timeout.pk}),
                                 {"next": "//evil.example/"})
    assert response.url == reverse("practices:timeouts")


# Vulnerability exercise

def test_vulnerability_walk_through_and_abandon_keeps_notes(owner_client, owner):
    person = make_person(owner, name="Alex")
    response = owner_client.post(reverse("practices:vulnerability"),
                                 {"person": person.pk, "minutes_each": "5", "first_speaker": "me"})
    session = VulnerabilitySession.objects.get(owner=owner)
    url = reverse("practices:vulnerability_session", kwargs={"vulnerability_id": session.pk})
    assert response.url == url
    page = text_of(owner_client.get(url))
    assert 'data-seconds="300"' in page and "No debate." in page and 'class="guide"' in page
    owner_client.post(url, {"action": "next", "note": "My fear of failing."})
    assert "Now Alex speaks" in text_of(owner_client.get(url))
    owner_client.post(url, {"action": "next"})
    assert "Alex speaks. You listen" in text_of(owner_client.get(url))
    owner_client.post(url, {"action": "abandon", "note": "Their fear of being alone."})
    session.refresh_from_db()
    assert session.stage == "abandoned"
    assert session.first_note == "My fear of failing."
    assert session.second_note == "Their fear of being alone."
    assert "Stopping is allowed" in text_of(owner_client.get(url))


def test_vulnerability_minutes_validated(owner_client):
    response = owner_client.post(reverse("practices:vulnerability"), {"minutes_each": "0", "first_speaker": "me"})
    assert response.status_code == 400
    assert not VulnerabilitySession.objects.exists()


def test_vulnerability_huge_note_refused_and_kept(owner_client, owner):
    session = VulnerabilitySession.objects.create(owner=owner)
    url = reverse("practices:vulnerability_session", kwargs={"vulnerability_id": session.pk})
    response = owner_client.post(url, {"action": "abandon", "note": UGLY_TEXTS["huge"]})
    assert response.status_code == 400
    session.refresh_from_db()
    assert session.stage == "first"


# Boundaries

@time_machine.travel(FROZEN, tick=False)
def test_boundary_with_review_date_and_due_badge(owner_client, owner):
    person = make_person(owner)
    response = owner_client.post(reverse("practices:boundaries"), {
        "person": person.pk, "title": "Space after work", "acceptable": "Quiet first", "treatment": "",
        "review_on": ""})
    assert response.status_code == 302
    boundary = Boundary.objects.get(owner=owner)
    assert boundary.review_on == datetime.date(2026, 3, 10) + datetime.timedelta(days=90)
    make_boundary(owner, review_on=datetime.date(2026, 3, 1))
    page = text_of(owner_client.get(reverse("practices:boundaries")))
    assert page.count("Due for review") == 1
    overdue = Boundary.objects.get(review_on=datetime.date(2026, 3, 1))
    owner_client.post(reverse("practices:boundary_edit", kwargs={"boundary_id": overdue.pk}), {"action": "reviewed"})
    overdue.refresh_from_db()
    assert overdue.review_on == datetime.date(2026, 6, 8)
    assert "Due for review" not in text_of(owner_client.get(reverse("practices:boundaries")))


def test_boundary_needs_title_and_content(owner_client):
    response = owner_client.post(reverse("practices:boundaries"), {"title": "", "acceptable": "", "treatment": ""})
    assert response.status_code == 400
    page = text_of(response)
    assert "Name the boundary in a few words" in page
    assert "Say what is OK and what is not" in page


def test_settings_edit(owner_client, owner):
    response = owner_client.post(reverse("practices:settings"),
                                 {"timeout_minutes": "30", "vulnerability_minutes": "3", "boundary_review_days": "60"})
    assert response.status_code == 302
    saved = PracticeSettings.objects.get(owner=owner)
    assert (saved.timeout_minutes, saved.vulnerability_minutes, saved.boundary_review_days) == (30, 3, 60)
    response = owner_client.post(reverse("practices:settings"),
                                 {"timeout_minutes": "-5", "vulnerability_minutes": "3", "boundary_review_days": "60"})
    assert response.status_code == 400


# Safety: the help card after saving text that sounds serious, never blocking the save

SERIOUS = "He hit me again last night and I am scared to go home."


def test_serious_disclosure_is_saved_and_shows_help(owner_client, owner):
    response = owner_client.post(reverse("practices:disclosure"), {"kind": "worry", "text": SERIOUS}, follow=True)
    assert Disclosure.objects.get(owner=owner).text == SERIOUS
    assert "data-help-card" in text_of(response)
    # Once: the next visit is calm again.
    assert "data-help-card" not in text_of(owner_client.get(reverse("practices:disclosure")))


def test_ordinary_disclosure_shows_no_help_card(owner_client):
    response = owner_client.post(reverse("practices:disclosure"), {"kind": "worry", "text": "Work is busy."}, follow=True)
    assert "data-help-card" not in text_of(response)


def test_serious_boundary_and_ritual_outcome_show_help(owner_client, owner):
    response = owner_client.post(reverse("practices:boundaries"), {"title": "Safety", "acceptable": SERIOUS}, follow=True)
    assert "data-help-card" in text_of(response)
    ritual = make_ritual(owner, frequency="daily", starts_on=datetime.date(2020, 1, 1))
    response = owner_client.post(reverse("practices:ritual_detail", kwargs={"ritual_id": ritual.pk}),
                                 {"due_on": "2020-01-02", "status": "done", "outcome": SERIOUS}, follow=True)
    assert RitualOccurrence.objects.get().outcome == SERIOUS
    assert "data-help-card" in text_of(response)


def test_bid_feeds_the_people_balance_and_delete_takes_it_back(owner_client, owner):
    from heartspace.people.models import Interaction

    person = make_person(owner)
    for response in ("toward", "away", "against"):
        owner_client.post(reverse("practices:bids"), {"made_by": "them", "kind": "touch", "person": person.pk,
                                                      "response": response})
    tones = sorted(Interaction.objects.filter(owner=owner, person=person, source="bid").values_list("tone", flat=True))
    assert tones == ["corrective", "positive"]
    toward = Bid.objects.get(response="toward")
    owner_client.post(reverse("practices:bid_delete", kwargs={"bid_id": toward.pk}))
    assert list(Interaction.objects.filter(owner=owner, source="bid").values_list("tone", flat=True)) == ["corrective"]


@time_machine.travel(FROZEN, tick=False)
def test_today_page_panel_shows_prompt_rituals_and_timeouts(owner_client, owner):
    person = make_person(owner, name="Léa")
    daily = make_ritual(owner, title="Nightly gratitude", frequency="daily", person=person, starts_on=datetime.date(2026, 3, 1))
    make_ritual(owner, title="Sunday call", frequency="weekly", weekday=6)  # not due on a Tuesday
    make_timeout(owner, person=person)
    page = text_of(owner_client.get(reverse("home")))
    assert "Practices today" in page
    assert content.prompt_for(datetime.date(2026, 3, 10)).text in page
    assert "Nightly gratitude · Léa" in page and "Sunday call" not in page
    assert "Time-outs to come back to" in page
    assert "Write it" in page
    owner_client.post(reverse("practices:disclosure"), {"kind": "worry", "text": "Small worry."})
    RitualOccurrence.objects.create(owner=owner, ritual=daily, due_on=datetime.date(2026, 3, 10))
    page = text_of(owner_client.get(reverse("home")))
    assert "Write it" not in page
    index = text_of(owner_client.get(reverse("practices:index")))
    assert "1 due today" in index and "Written today" in index


@time_machine.travel(FROZEN, tick=False)
def test_paused_ritual_is_not_due_and_not_counted_missed(owner_client, owner):
    ritual = make_ritual(owner, frequency="daily", starts_on=datetime.date(2026, 3, 1), paused_at=timezone.now())
    page = text_of(owner_client.get(reverse("practices:ritual_detail", kwargs={"ritual_id": ritual.pk})))
    assert "Resting: nothing is counted as missed." in page
    assert "badge-warn" not in page  # no date is marked missed
    assert "due today" not in text_of(owner_client.get(reverse("practices:index")))


def test_ugly_query_parameters_never_break_pages(owner_client, owner):
    ritual = make_ritual(owner)
    for url in (reverse("practices:disclosure") + "?page=abc", reverse("practices:disclosure") + "?page=99999",
                reverse("practices:rituals") + "?kind=<script>", reverse("practices:statements") + "?person=abc",
                reverse("practices:ritual_detail", kwargs={"ritual_id": ritual.pk}) + "?day=not-a-date",
                reverse("practices:boundaries") + "?person=😀", reverse("practices:bids") + "?person="):
        assert owner_client.get(url).status_code == 200, url


@time_machine.travel(FROZEN, tick=False)
def test_bids_by_person(owner_client, owner):
    maya, alex = make_person(owner, name="Maya"), make_person(owner, name="Alex")
    for person, response in ((maya, "toward"), (maya, "toward"), (maya, "away"), (alex, "against")):
        Bid.objects.create(owner=owner, person=person, made_by="me", kind="joke", response=response)
    page = text_of(owner_client.get(reverse("practices:bids")))
    assert "2 of 3 turned toward (67%)" in page
    assert "0 of 1 turned toward (0%)" in page
    assert page.index("Maya") < page.index("0 of 1 turned toward")


@time_machine.travel(FROZEN, tick=False)
def test_timeout_can_be_extended_and_the_reminder_moves(owner_client, owner):
    timeout = make_timeout(owner, minutes=20)
    url = reverse("practices:timeout_detail", kwargs={"timeout_id": timeout.pk})
    owner_client.post(url, {"action": "extend"})
    timeout.refresh_from_db()
    assert timeout.return_by == FROZEN + datetime.timedelta(minutes=30)
    assert 'data-seconds="1800"' in text_of(owner_client.get(url))
