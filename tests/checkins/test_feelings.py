"""The tension script's "I felt" and the story's feeling use the shared feelings picker, and a word
of the user's own is accepted as it is."""

from __future__ import annotations

import pytest
from django.urls import reverse

from heartspace.checkins.forms import STORY_TEMPLATE, story_emotion
from heartspace.checkins.models import TensionScript
from tests.checkins.factories import make_check, make_person

pytestmark = pytest.mark.django_db


def post_tension(client, person, emotion):
    return client.post(reverse("checkins:tension", args=[person.pk]), {
        "person": person.pk, "emotion": emotion, "behavior": "you left the dishes for three days",
        "remedy": "take turns on weekdays", "text": ""})


def test_tension_page_offers_the_feelings_picker(owner, owner_client):
    person = make_person(owner)
    body = owner_client.get(reverse("checkins:tension", args=[person.pk])).content.decode()
    assert "data-feelings-picker" in body and 'data-feeling="hurt"' in body.lower()
    assert "journal-feelings-picker.js" in body


def test_two_picked_feelings_read_naturally_in_the_script(owner, owner_client):
    person = make_person(owner)
    assert post_tension(owner_client, person, "Hurt, worried").status_code == 302
    script = TensionScript.objects.get(owner=owner)
    assert script.emotion == "hurt and worried"
    assert script.text.startswith("I felt hurt and worried when you left the dishes")


@pytest.mark.parametrize("own", ["gutted", "обиженным", "😞", "מתוסכל"])
def test_own_feeling_word_is_accepted(owner, owner_client, own):
    person = make_person(owner)
    assert post_tension(owner_client, person, own).status_code == 302
    assert TensionScript.objects.get(owner=owner).emotion == own


def test_three_feelings_ask_for_fewer_and_keep_what_was_typed(owner, owner_client):
    person = make_person(owner)
    response = post_tension(owner_client, person, "hurt, sad, angry")
    body = response.content.decode()
    assert response.status_code == 200 and 'class="error"' in body and "hurt, sad, angry" in body
    assert not TensionScript.objects.exists()


def test_empty_feeling_is_a_clear_message(owner, owner_client):
    person = make_person(owner)
    response = post_tension(owner_client, person, " , ")
    assert "Name the feeling" in response.content.decode()
    assert not TensionScript.objects.exists()


def test_guide_story_step_has_the_picker_prefilled_from_the_story(owner, owner_client):
    check = make_check(owner, story="I felt proud when I finished the race; that taught me to keep going.")
    body = owner_client.get(reverse("checkins:guide", args=[check.pk])).content.decode()
    assert "data-story-emotion" in body and "data-feelings-picker" in body
    assert 'name="guide-emotion"' in body and 'value="proud"' in body


@pytest.mark.parametrize(("story", "expected"), [
    (STORY_TEMPLATE, ""),
    ("", ""),
    ("I felt proud when I finished; that taught me a lot.", "proud"),
    ("i felt hurt and small when it happened", "hurt, small"),
    ("Something else entirely.", ""),
])
def test_story_emotion(story, expected):
    assert story_emotion(story) == expected
