"""The browsable feelings vocabulary."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

URL = reverse("journal:feelings")


def test_every_core_and_intensity_with_definitions(owner_client):
    page = owner_client.get(URL).content.decode()
    for heading in ("Joy", "Calm", "Love and connection", "Sadness", "Fear", "Anger", "Shame and guilt", "Surprise"):
        assert f"<h2>{heading}</h2>" in page
    assert "Mild" in page and "Moderate" in page and "Strong" in page
    assert "Blocked from something you want, again and again." in page  # frustrated
    assert 'id="needs"' in page and "Someone listening until they understand." in page


def test_search_by_word_and_definition(owner_client):
    page = owner_client.get(URL, {"q": "lonel"}).content.decode()
    assert "lonely" in page and "furious" not in page
    page = owner_client.get(URL, {"q": "unfair"}).content.decode()
    assert "resentful" in page  # found through its definition


def test_filter_by_core_and_intensity(owner_client):
    page = owner_client.get(URL, {"core": "anger", "intensity": "strong"}).content.decode()
    assert "furious" in page and "irritated" not in page and "terrified" not in page


def test_unknown_word_is_welcomed_as_your_own(owner_client):
    page = owner_client.get(URL, {"q": "wobbly"}).content.decode()
    assert "is not in this list, and that is fine" in page
    assert reverse("journal:new") + "?feeling=wobbly" in page


def test_judgement_words_point_to_feelings_underneath(owner_client):
    page = owner_client.get(URL, {"q": "ignored"}).content.decode()
    assert "says someone did not respond to you" in page


def test_vocabulary_page_is_not_per_user_data_so_queries_are_constant(owner_client, django_assert_max_num_queries):
    with django_assert_max_num_queries(4):
        owner_client.get(URL)
