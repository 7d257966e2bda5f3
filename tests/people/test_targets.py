"""Per-person targets: the meaningful-chats band and the positive-to-corrective aim, each a
default the user sees (their own number as the hint) and can change for one person."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from heartspace.checkins.models import Check
from heartspace.insights.models import InsightSettings
from heartspace.people.models import Interaction, Person
from heartspace.people.services import own_targets, person_balance, ratio_target
from tests.checkins.factories import make_person

pytestmark = pytest.mark.django_db

VALID = {"name": "Maya", "kind": "friend", "wants_closer": "on", "checks_per_month": "2", "session_minutes": "30",
         "presence_minutes": "10", "privacy_default": "between_us"}
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def test_person_form_shows_the_users_own_targets_as_hints(owner, owner_client):
    InsightSettings.objects.create(owner=owner, chats_target_low=3, chats_target_high=7, ratio_target=4)
    body = owner_client.get(reverse("people:add")).content.decode()
    assert 'name="number_chats_target_low"' in body and 'placeholder="3"' in body
    assert "Blank: your target, 7." in body and "Blank: your target, 4." in body


def test_seed_defaults_are_the_hints_before_the_user_changes_anything(owner_client):
    body = owner_client.get(reverse("people:add")).content.decode()
    assert "Blank: your target, 4." in body and "Blank: your target, 6." in body and "Blank: your target, 5." in body


def test_overrides_are_saved_shown_and_used(owner, owner_client):
    person = make_person(owner, name="Maya")
    response = owner_client.post(reverse("people:edit", args=[person.pk]), {
        **VALID, "number_chats_target_low": "1", "number_chats_target_high": "2", "number_ratio_target": "3"},
        follow=True)
    person.refresh_from_db()
    assert own_targets(person) == {"chats_target_low": 1, "chats_target_high": 2, "ratio_target": 3}
    assert "data-own-numbers" in response.content.decode()
    assert ratio_target(owner, person) == 3 and ratio_target(owner) == 5
    Interaction.objects.create(owner=owner, person=person, tone="positive")
    Interaction.objects.create(owner=owner, person=person, tone="corrective")
    assert person_balance(owner, person).target == 3
    # Blank again: back to the user's own.
    owner_client.post(reverse("people:edit", args=[person.pk]), VALID)
    person.refresh_from_db()
    assert own_targets(person) == {} and ratio_target(owner, person) == 5


@pytest.mark.parametrize(("data", "field", "message"), [
    ({"number_chats_target_low": "5", "number_chats_target_high": "2"}, "number_chats_target_high", "cannot be below"),
    ({"number_chats_target_low": "9"}, "number_chats_target_high", "cannot be below"),  # above the user's 6
    ({"number_ratio_target": "0"}, "number_ratio_target", "greater than or equal to 1"),
    ({"number_ratio_target": "21"}, "number_ratio_target", "less than or equal to 20"),
    ({"number_ratio_target": "five"}, "number_ratio_target", "whole number"),
    ({"number_chats_target_low": "-1"}, "number_chats_target_low", "greater than or equal to 0"),
])
def test_bad_targets_get_a_message_beside_the_field_and_keep_the_input(owner, owner_client, data, field, message):
    person = make_person(owner, name="Maya")
    response = owner_client.post(reverse("people:edit", args=[person.pk]), {**VALID, **data})
    body = response.content.decode()
    assert response.status_code == 200 and f'id="id_{field}_error"' in body and message in body
    for value in data.values():
        assert f'value="{value}"' in body
    person.refresh_from_db()
    assert own_targets(person) == {}


def test_odd_stored_values_are_ignored():
    person = Person(name="x", check_numbers={"ratio_target": True, "chats_target_low": "3", "chats_target_high": -2})
    assert own_targets(person) == {}


@time_machine.travel(NOW, tick=False)
def test_insights_person_page_reads_the_persons_own_targets(owner, owner_client):
    person = make_person(owner, name="Maya", checks_per_month=2,
                         check_numbers={"chats_target_low": 3, "chats_target_high": 4, "ratio_target": 2})
    Check.objects.create(owner=owner, person=person, scheduled_for=NOW - dt.timedelta(days=1), status="done",
                         meaningful=True, disclosed="both")
    for tone in ("positive", "positive", "corrective"):
        Interaction.objects.create(owner=owner, person=person, tone=tone, occurred_at=NOW - dt.timedelta(days=2))
    body = owner_client.get(reverse("insights:person", args=[person.pk])).content.decode()
    assert "Target: 3-4 a month." in body and "below target" in body
    assert "against a 2:1 aim" in body and "at or above the aim" in body
    assert "data-person-targets" in body and "Targets just for them" in body


@time_machine.travel(NOW, tick=False)
def test_insights_person_page_without_targets_uses_cadence_and_the_users_aim(owner, owner_client):
    person = make_person(owner, name="Maya", checks_per_month=2)
    body = owner_client.get(reverse("insights:person", args=[person.pk])).content.decode()
    assert "Target: 2 a month." in body and "against a 5:1 aim" in body


@time_machine.travel(NOW, tick=False)
def test_insights_overview_rows_use_each_persons_targets(owner, owner_client):
    own = make_person(owner, name="Maya", check_numbers={"chats_target_low": 1, "chats_target_high": 3,
                                                         "ratio_target": 2})
    other = make_person(owner, name="Noor")
    for person in (own, other):
        for tone in ("positive", "positive", "positive", "corrective"):
            Interaction.objects.create(owner=owner, person=person, tone=tone, occurred_at=NOW - dt.timedelta(days=2))
    body = owner_client.get(reverse("insights:index")).content.decode()
    maya = body[body.index(">Maya<"):body.index(">Noor<")]
    noor = body[body.index(">Noor<"):]
    assert "1-3" in maya and "their own target" in maya and "aim 2:1" in maya and "below the aim" not in maya
    noor = noor[:noor.index("</tr>")]
    assert "their own target" not in noor and "below the aim" in noor
