"""The books and professional-help page."""

from __future__ import annotations

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

URL = reverse("support:resources")


def test_the_three_books_with_accurate_authors_and_why(client):
    page = client.get(URL).content.decode()
    assert "Hold Me Tight" in page and "Sue Johnson" in page
    assert "The Seven Principles for Making Marriage Work" in page and "John M. Gottman and Nan Silver" in page
    assert "A small correction, kindly meant" in page  # the seed credits Julie Gottman
    assert "Attached" in page and "Amir Levine and Rachel Heller" in page
    assert page.count("Why it helps:") == 3


def test_explains_kinds_of_help_and_choosing_a_therapist(client):
    page = client.get(URL).content.decode()
    for anchor in ("books", "individual", "mindfulness", "self-compassion", "couples-therapy", "choosing-a-therapist"):
        assert f'id="{anchor}"' in page
    for approach in ("Emotionally Focused Therapy (EFT)", "The Gottman Method", "Imago Relationship Therapy",
                     "Individual therapy", "Mindfulness", "Self-compassion"):
        assert approach in page
    assert "What to look for in a therapist" in page
    assert "When couples therapy is not the first step" in page
    assert reverse("support:urgent") in page


def test_signed_in_people_get_a_link_to_the_practices(owner_client, client):
    assert reverse("journal:growth") in owner_client.get(URL).content.decode()
    assert reverse("journal:growth") not in client.get(URL).content.decode()
