"""People pages: add, edit, archive, delete with a choice about history, one-tap balance log."""

from __future__ import annotations

import datetime
import re

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
    ticked = set(re.findall(r'<input type="checkbox" name="weekdays" value="(\d)"[^>]*\bchecked\b', edit))
    assert ticked == {"1", "5"}  # Tuesday and Saturday come back ticked, nothing else
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


@pytest.mark.parametrize("presence", ["30", "45"])
def test_phone_free_start_must_fit_inside_the_check(owner, owner_client, presence):
    response = owner_client.post(reverse("people:add"), {**VALID, "session_minutes": "30", "presence_minutes": presence})
    body = response.content.decode()
    assert response.status_code == 200 and "keep it under 30 minutes" in body
    assert f'name="presence_minutes" value="{presence}"' in body and not Person.objects.filter(owner=owner).exists()


def test_session_numbers_just_for_one_person(owner, owner_client):
    """Every seed number can differ per person: blank keeps the user's own, a value wins for them."""
    response = owner_client.post(reverse("people:add"), {**VALID, "number_pause_seconds": "8",
                                                         "number_story_seconds": "120", "number_appreciation_words": "10"})
    maya = Person.objects.get(owner=owner, name="Maya")
    assert response.status_code == 302
    assert maya.check_numbers == {"pause_seconds": 8, "story_seconds": 120, "appreciation_words": 10}
    assert "Just for them:" in owner_client.get(reverse("people:detail", args=[maya.pk])).content.decode()
    sam = make_person(owner, name="Sam")

    guide = owner_client.get(reverse("checkins:guide", args=[make_check(owner, person=maya).pk])).content.decode()
    assert 'data-pause-seconds="8"' in guide and 'data-seconds="120"' in guide and "in 10 words or fewer" in guide
    other = owner_client.get(reverse("checkins:guide", args=[make_check(owner, person=sam).pk])).content.decode()
    assert 'data-pause-seconds="3"' in other and 'data-seconds="90"' in other and "in 15 words or fewer" in other

    after = reverse("checkins:after", args=[make_check(owner, person=maya, status="done").pk])
    refused = owner_client.post(after, {"action": "appreciation", "appreciation-text": " ".join(["kind"] * 11)})
    assert "That is 11 words" in refused.content.decode()

    # The edit form shows their values and the user's own as the hint; clearing one goes back to it.
    edit = owner_client.get(reverse("people:edit", args=[maya.pk])).content.decode()
    assert 'name="number_pause_seconds" value="8"' in edit and "Blank: your number, 3." in edit
    owner_client.post(reverse("people:edit", args=[maya.pk]), {**VALID, "number_story_seconds": "120"})
    maya.refresh_from_db()
    assert maya.check_numbers == {"story_seconds": 120}


def test_session_numbers_out_of_range_are_explained_and_kept(owner, owner_client):
    body = owner_client.post(reverse("people:add"), {**VALID, "number_pause_seconds": "99",
                                                     "number_story_seconds": "abc"}).content.decode()
    assert "Ensure this value is less than or equal to 30." in body and 'value="99"' in body
    assert "Enter a whole number." in body and not Person.objects.filter(owner=owner).exists()


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


def test_delete_page_names_everything_it_removes_and_keeps(owner, owner_client, django_assert_max_num_queries):
    """Records other parts of the app keep about the person are named too: a bid goes with them,
    a daily disclosure stays in the journal of practice, unlinked. Nothing disappears unannounced."""
    from heartspace.practices.models import Bid, Disclosure

    check = make_check(owner)
    person = check.person
    Bid.objects.create(owner=owner, person=person, response="toward")
    Disclosure.objects.create(owner=owner, person=person, text="I worry about the move.", day=datetime.date(2026, 3, 1))
    with django_assert_max_num_queries(30):
        page = owner_client.get(reverse("people:delete", args=[person.pk])).content.decode()
    removed, kept = page.split("Kept even if you remove their history")
    assert "1 Connection Check (with its questions, notes and story)" in removed and "1 bid for connection" in removed
    assert "1 daily disclosure" in kept and "bid" not in kept
    owner_client.post(reverse("people:delete", args=[person.pk]), {"choice": "remove"})
    assert not Bid.objects.exists() and not Check.objects.exists()
    assert Disclosure.objects.get(owner=owner).person is None  # kept, as the page said


def test_delete_page_for_someone_with_no_history(owner, owner_client):
    person = make_person(owner)
    assert "Nothing is recorded about them yet." in owner_client.get(reverse("people:delete", args=[person.pk])).content.decode()


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


def test_balance_uses_the_users_own_aim(owner, owner_client):
    from heartspace.insights.models import InsightSettings

    person = make_person(owner)
    url = reverse("people:log_interaction", args=[person.pk])
    for tone in ("positive", "positive", "positive", "corrective"):
        body = owner_client.post(url, {"tone": tone}, HTTP_HX_REQUEST="true").content.decode()
    assert "3:1" in body and "2 more positive moments reach 5:1." in body
    InsightSettings.objects.create(owner=owner, ratio_target=3)
    page = owner_client.get(reverse("people:detail", args=[person.pk])).content.decode()
    assert "At or above the 3:1 aim" in page


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
