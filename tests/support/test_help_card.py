"""The help card partial other apps include when the coach flags text."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.urls import reverse


def test_help_card_links_to_urgent_help_and_says_words_are_kept():
    html = render_to_string("support/help_card.html")
    assert reverse("support:urgent") in html and "Your words are saved" in html
    assert reverse("support:urgent") + "#safety-plan" in html
