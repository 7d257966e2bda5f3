"""The practice pages as a person uses them: what they see, what is saved, what is kept on bad input.

Part one: the daily disclosure, the statement builder, listening and bids (part two is
test_views_rituals_rules.py)."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from heartspace.practices import content
from heartspace.practices.models import (
    Bid,
    Disclosure,
    FeelingStatement,
)
from tests.conftest import UGLY_TEXTS
from tests.practices.factories import (
    make_disclosure,
    make_person,
)

pytestmark = pytest.mark.django_db

FROZEN = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)  # a Tuesday


def text_of(response) -> str:
    return response.content.decode()


def test_every_practice_page_opens(owner_client, owner):
    person = make_person(owner)
    for name in ("index", "settings", "disclosure", "statements", "listening", "bids", "rituals", "rules",
                 "timeouts", "vulnerability", "boundaries"):
        response = owner_client.get(reverse(f"practices:{name}"))
        assert response.status_code == 200, name
    assert owner_client.get(reverse("practices:rules_person", kwargs={"person_id": person.pk})).status_code == 200
    assert owner_client.get(reverse("practices:listening") + "?mode=sit").status_code == 200


def test_pages_need_sign_in(client):
    response = client.get(reverse("practices:disclosure"))
    assert response.status_code == 302


# Daily disclosure

@time_machine.travel(FROZEN, tick=False)
def test_disclosure_saves_for_today_with_prompt(owner_client, owner):
    person = make_person(owner)
    page = owner_client.get(reverse("practices:disclosure"))
    prompt = content.prompt_for(datetime.date(2026, 3, 10))
    assert prompt.text in text_of(page)
    response = owner_client.post(reverse("practices:disclosure"),
                                 {"kind": "appreciation", "person": person.pk, "text": "Thank you for the tea."})
    assert response.status_code == 302
    item = Disclosure.objects.get(owner=owner)
    assert item.day == datetime.date(2026, 3, 10)
    assert item.person == person
    assert item.prompt_key == prompt.key
    assert "Thank you for the tea." in text_of(owner_client.get(reverse("practices:disclosure")))


@pytest.mark.parametrize("name", ["empty", "whitespace"])
def test_empty_disclosure_gets_a_kind_message(owner_client, owner, name):
    response = owner_client.post(reverse("practices:disclosure"), {"kind": "worry", "text": UGLY_TEXTS[name]})
    assert response.status_code == 400
    assert "even one short sentence counts" in text_of(response)
    assert not Disclosure.objects.exists()


def test_huge_disclosure_is_refused_but_kept_in_the_form(owner_client):
    huge = UGLY_TEXTS["huge"]
    response = owner_client.post(reverse("practices:disclosure"), {"kind": "worry", "text": huge})
    assert response.status_code == 400
    assert "longer than 10,000 characters" in text_of(response)
    assert huge.strip()[:2000] in text_of(response)
    assert not Disclosure.objects.exists()


@pytest.mark.parametrize("name", ["emoji", "cyrillic", "rtl", "arabic", "zero_width", "markup"])
def test_ugly_disclosure_text_round_trips(owner_client, owner, name):
    response = owner_client.post(reverse("practices:disclosure"), {"kind": "regret", "text": UGLY_TEXTS[name]})
    assert response.status_code == 302
    assert Disclosure.objects.get(owner=owner).text == UGLY_TEXTS[name].strip()
    page = text_of(owner_client.get(reverse("practices:disclosure")))
    assert "<script>alert(1)</script>" not in page


def test_disclosure_of_another_users_person_is_refused(owner_client, stranger):
    theirs = make_person(stranger, name="Secret")
    response = owner_client.post(reverse("practices:disclosure"), {"kind": "worry", "text": "x", "person": theirs.pk})
    assert response.status_code == 400
    assert not Disclosure.objects.exists()


def test_disclosure_edit_and_delete(owner_client, owner):
    item = make_disclosure(owner)
    url = reverse("practices:disclosure_edit", kwargs={"disclosure_id": item.pk})
    assert owner_client.post(url, {"kind": "regret", "text": "Changed."}).status_code == 302
    item.refresh_from_db()
    assert (item.kind, item.text) == ("regret", "Changed.")
    assert owner_client.post(url, {"action": "delete"}).status_code == 302
    assert not Disclosure.objects.exists()


@time_machine.travel(FROZEN, tick=False)
def test_missed_day_is_never_scolded(owner_client, owner):
    for day in (8, 7, 6):
        make_disclosure(owner, day=datetime.date(2026, 3, day))
    page = text_of(owner_client.get(reverse("practices:disclosure")))
    assert "You wrote on 3 days of the last 30." in page
    assert "Nothing yet today, and that is fine." in page
    for harsh in ("broke", "lost your streak", "failed"):
        assert harsh not in page.lower()


# "I feel" statements

def test_statement_builder_shows_the_seed_example(owner_client):
    page = text_of(owner_client.get(reverse("practices:statements")))
    assert "I feel lonely when evenings are quiet; I need fifteen minutes of focused talk together." in page
    assert 'data-feeling="lonely"' in page  # the vocabulary's picker


def test_statement_is_composed_from_its_parts(owner_client, owner):
    response = owner_client.post(reverse("practices:statements"),
                                 {"feeling": "Lonely", "when": "evenings are quiet", "need": "fifteen minutes of talk"})
    assert response.status_code == 302
    statement = FeelingStatement.objects.get(owner=owner)
    assert statement.text == "I feel lonely when evenings are quiet, and I need fifteen minutes of talk."
    assert statement.feeling_in_vocabulary


def test_own_feeling_word_is_accepted(owner_client, owner):
    response = owner_client.post(reverse("practices:statements"),
                                 {"feeling": "wobbly-inside", "when": "you are late", "need": "a text"})
    assert response.status_code == 302
    statement = FeelingStatement.objects.get(owner=owner)
    assert statement.feeling == "wobbly-inside"
    assert not statement.feeling_in_vocabulary
    assert "your own feeling word" in text_of(owner_client.get(reverse("practices:statements")))


def test_thought_as_feeling_and_blame_are_pointed_out(owner_client, owner):
    response = owner_client.post(reverse("practices:statements"), {
        "feeling": "that you never listen", "when": "I talk", "need": "attention",
        "text": "I feel that you never listen because you always look at your phone."}, follow=True)
    page = text_of(response)
    assert "reads like a thought about them" in page
    assert "may land as blame" in page.lower()
    assert FeelingStatement.objects.filter(owner=owner).count() == 1  # saved all the same


def test_empty_statement_parts_each_get_a_message(owner_client):
    response = owner_client.post(reverse("practices:statements"), {"feeling": "", "when": " ", "need": ""})
    assert response.status_code == 400
    page = text_of(response)
    assert "Name a feeling" in page
    assert "Say when you feel it" in page
    assert "Say what you need" in page


def test_huge_statement_kept_and_refused(owner_client):
    response = owner_client.post(reverse("practices:statements"),
                                 {"feeling": "sad", "when": UGLY_TEXTS["huge"], "need": "rest"})
    assert response.status_code == 400
    assert "longer than 2,000 characters" in text_of(response)
    assert not FeelingStatement.objects.exists()


def test_statement_said_and_delete(owner_client, owner):
    owner_client.post(reverse("practices:statements"), {"feeling": "sad", "when": "x", "need": "y"})
    statement = FeelingStatement.objects.get()
    owner_client.post(reverse("practices:statement_said", kwargs={"statement_id": statement.pk}))
    statement.refresh_from_db()
    assert statement.said_at is not None
    owner_client.post(reverse("practices:statement_delete", kwargs={"statement_id": statement.pk}))
    assert not FeelingStatement.objects.exists()


# Listening card

def test_listening_card_and_sit_with_it(owner_client):
    page = text_of(owner_client.get(reverse("practices:listening")))
    assert "What I&#x27;m hearing is… Is that right?" in page or "What I'm hearing is… Is that right?" in page
    assert "That makes sense." in page
    sit = text_of(owner_client.get(reverse("practices:listening") + "?mode=sit"))
    assert "Do not fix." in sit
    assert 'class="guide"' in sit


# Bids

def test_bid_logged_in_one_tap_with_defaults(owner_client, owner):
    response = owner_client.post(reverse("practices:bids"),
                                 {"made_by": "them", "kind": "question", "person": "", "response": "toward"})
    assert response.status_code == 302
    bid = Bid.objects.get(owner=owner)
    assert (bid.made_by, bid.kind, bid.response) == ("them", "question", "toward")


def test_bid_remembers_last_person(owner_client, owner):
    person = make_person(owner, name="Maya")
    owner_client.post(reverse("practices:bids"), {"made_by": "me", "kind": "touch", "person": person.pk,
                                                  "response": "away"})
    page = text_of(owner_client.get(reverse("practices:bids")))
    assert f'<option value="{person.pk}" selected>Maya</option>' in page


def test_bid_without_response_gets_message(owner_client):
    response = owner_client.post(reverse("practices:bids"), {"made_by": "me", "kind": "joke"})
    assert response.status_code == 400
    assert "Choose how the bid was answered" in text_of(response)


@time_machine.travel(FROZEN, tick=False)
def test_bids_share_shown_by_week(owner_client, owner):
    now = timezone.now()
    for response in ("toward", "toward", "toward", "away"):
        Bid.objects.create(owner=owner, made_by="them", kind="question", response=response, occurred_at=now)
    page = text_of(owner_client.get(reverse("practices:bids")))
    assert "75% of bids were turned toward" in page


def test_bid_person_filter_of_stranger_is_404(owner_client, stranger):
    theirs = make_person(stranger)
    assert owner_client.get(reverse("practices:bids") + f"?person={theirs.pk}").status_code == 404


# Rituals
