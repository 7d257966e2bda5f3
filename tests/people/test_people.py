"""People pages: add, edit, archive, delete with a choice about history, one-tap balance log."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from heartspace.checkins.models import Check, Commitment
from heartspace.people.models import Interaction, Person
from tests.checkins.factories import make_check, make_commitment, make_person
from tests.conftest import UGLY_TEXTS

pytestmark = pytest.mark.django_db

VALID = {"name": "Maya", "kind": "friend", "relation": "climbing buddy", "wants_closer": "on",
         "checks_per_month": "2", "session_minutes": "30", "presence_minutes": "10",
         "weekdays": ["1", "5"], "preferred_time": "18:30", "privacy_default": "between_us",
         "safety_note": "Feels safe; she never gossips.", "birthday": "", "notes": ""}


def test_add_shows_seed_defaults(owner_client):
    body = owner_client.get(reverse("people:add")).content.decode()
    assert 'name="checks_per_month" value="2"' in body
    assert 'name="session_minutes" value="30"' in body
    assert 'name="presence_minutes" value="10"' in body
    assert "Default 2: two Connection Checks a month." in body


def test_add_and_edit_a_person(owner, owner_client):
    response = owner_client.post(reverse("people:add"), VALID)
    person = Person.objects.get(owner=owner)
    assert response.status_code == 302 and response.url == reverse("people:detail", args=[person.pk])
    assert person.preferred_weekdays == "1,5" and person.preferred_time == datetime.time(18, 30)
    page = owner_client.get(reverse("people:detail", args=[person.pk])).content.decode()
    assert "Maya" in page and "2 checks a month, 30 minutes each, the first 10 phone-free." in page
    edit = owner_client.get(reverse("people:edit", args=[person.pk])).content.decode()
    assert 'value="1" checked' in edit.replace('id="id_weekdays_1" ', "") or 'checked' in edit
    owner_client.post(reverse("people:edit", args=[person.pk]), {**VALID, "checks_per_month": "4", "weekdays": []})
    person.refresh_from_db()
    assert person.checks_per_month == 4 and person.preferred_weekdays == ""


@pytest.mark.parametrize("name", ["Ольга", "😊 Sunny", "נועה", "نور"])
def test_names_in_any_script_are_kept(owner, owner_client, name):
    owner_client.post(reverse("people:add"), {**VALID, "name": name})
    assert Person.objects.get(owner=owner).name == name


@pytest.mark.parametrize("name", [UGLY_TEXTS["empty"], UGLY_TEXTS["whitespace"], "\u200b\u200d"])
def test_empty_name_gets_a_message_next_to_the_field(owner_client, name):
    response = owner_client.post(reverse("people:add"), {**VALID, "name": name})
    body = response.content.decode()
    assert response.status_code == 200 and "has-error" in body
    assert "Please give a name" in body or "This field is required" in body
    assert "climbing buddy" in body  # what was typed is kept


def test_huge_notes_are_refused_and_kept(owner, owner_client):
    response = owner_client.post(reverse("people:add"), {**VALID, "notes": UGLY_TEXTS["huge"]})
    body = response.content.decode()
    assert "please keep it under 5,000" in body
    assert body.count("word word word") > 100
    assert not Person.objects.filter(owner=owner).exists()


@pytest.mark.parametrize("birthday,message", [("2001-02-30", "is not a real date"), ("1990-13-01", "is not a real date"),
                                              ("--02-31", "is not a real date"), ("1850-01-01", "check the year")])
def test_impossible_birthdays(owner_client, birthday, message):
    body = owner_client.post(reverse("people:add"), {**VALID, "birthday": birthday}).content.decode()
    assert message in body and birthday in body


def test_numbers_out_of_range(owner_client):
    body = owner_client.post(reverse("people:add"), {**VALID, "checks_per_month": "40", "session_minutes": "-3"}).content.decode()
    assert body.count('class="error"') >= 2


def test_archive_and_unarchive(owner, owner_client):
    person = make_person(owner)
    owner_client.post(reverse("people:archive", args=[person.pk]))
    person.refresh_from_db()
    assert person.is_archived
    listing = owner_client.get(reverse("people:list")).content.decode()
    assert "1 archived person" in listing
    owner_client.post(reverse("people:archive", args=[person.pk]))
    person.refresh_from_db()
    assert not person.is_archived


def test_delete_asks_and_keep_archives_with_history(owner, owner_client):
    check = make_check(owner)
    make_commitment(owner, check=check)
    person = check.person
    page = owner_client.get(reverse("people:delete", args=[person.pk])).content.decode()
    assert "1 Connection Check" in page and "1 commitment" in page
    no_choice = owner_client.post(reverse("people:delete", args=[person.pk]), {})
    assert "Choose whether to keep or remove" in no_choice.content.decode()
    owner_client.post(reverse("people:delete", args=[person.pk]), {"choice": "keep"})
    person.refresh_from_db()
    assert person.is_archived and Check.objects.filter(person=person).count() == 1


def test_delete_remove_takes_history_with_it(owner, owner_client):
    check = make_check(owner)
    make_commitment(owner, check=check)
    response = owner_client.post(reverse("people:delete", args=[check.person.pk]), {"choice": "remove"})
    assert response.url == reverse("people:list")
    assert not Person.objects.filter(owner=owner).exists()
    assert not Check.objects.exists() and not Commitment.objects.exists()


def test_one_tap_log_updates_the_ratio(owner, owner_client):
    person = make_person(owner)
    url = reverse("people:log_interaction", args=[person.pk])
    for _ in range(5):
        owner_client.post(url, {"tone": "positive"}, HTTP_HX_REQUEST="true")
    body = owner_client.post(url, {"tone": "corrective"}, HTTP_HX_REQUEST="true").content.decode()
    assert "5:1" in body and "At or above the 5:1 aim" in body
    body = owner_client.post(url, {"tone": "corrective"}, HTTP_HX_REQUEST="true").content.decode()
    assert "2.5:1" in body and "5 more positive moments reach 5:1" in body
    assert owner_client.post(url, {"tone": "angry"}, HTTP_HX_REQUEST="true").status_code == 400
    assert Interaction.objects.filter(owner=owner).count() == 7


def test_remove_a_mistaken_tap(owner, owner_client):
    person = make_person(owner)
    interaction = Interaction.objects.create(owner=owner, person=person, tone="corrective")
    owner_client.post(reverse("people:delete_interaction", args=[interaction.pk]))
    assert not Interaction.objects.exists()


def test_stranger_cannot_see_or_change(owner, stranger_client):
    person = make_person(owner)
    assert stranger_client.get(reverse("people:detail", args=[person.pk])).status_code == 404
    assert stranger_client.post(reverse("people:log_interaction", args=[person.pk]), {"tone": "positive"}).status_code == 404
    assert "Sam" not in stranger_client.get(reverse("people:list")).content.decode()


def _history(owner, people=3, checks_each=2):
    for n in range(people):
        person = make_person(owner, name=f"P{n}")
        for _k in range(checks_each):
            check = make_check(owner, person=person)
            make_commitment(owner, check=check)
            Interaction.objects.create(owner=owner, person=person, tone="positive")


@pytest.mark.parametrize("size", [(2, 1), (30, 8)])
def test_list_and_detail_queries_are_bounded(owner, owner_client, django_assert_max_num_queries, size):
    _history(owner, *size)
    with django_assert_max_num_queries(6):
        assert owner_client.get(reverse("people:list")).status_code == 200
    person = Person.objects.filter(owner=owner).first()
    with django_assert_max_num_queries(10):
        assert owner_client.get(reverse("people:detail", args=[person.pk])).status_code == 200


def test_list_shows_next_check_and_open_promises(owner, owner_client):
    check = make_check(owner)
    make_commitment(owner, check=check)
    make_commitment(owner, check=check, done_at=check.scheduled_for)
    skipped = make_check(owner, person=check.person, status="skipped")
    assert skipped.status == "skipped"
    body = owner_client.get(reverse("people:list")).content.decode()
    assert "Next:" in body and "1 open promise" in body
    detail = owner_client.get(reverse("people:detail", args=[check.person.pk])).content.decode()
    assert "1 check skipped in the last 90 days." in detail
