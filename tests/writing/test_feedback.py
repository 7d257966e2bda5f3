import pytest
from django.template import Context, Template
from django.urls import reverse

from heartspace.writing.words import count_words

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("text,expected", [
    ("", 0), ("   ", 0), ("one", 1), ("don't stop-believing now", 3), ("I felt 😢 when", 3),
    ("Я чувствую тревогу", 3), ("אני מרגיש", 2), ("...!!!", 0), ("3 seconds", 2),
])
def test_word_counting(text, expected):
    assert count_words(text) == expected


def feedback(client, text, kind="free", limit=""):
    return client.post(reverse("writing:feedback"), {"text": text, "kind": kind, "limit": limit, "field": "text"})


def test_counts_against_the_limit(owner_client):
    body = feedback(owner_client, " ".join(["kind"] * 16), "appreciation", 15).content.decode()
    assert "16 of 15 words" in body and "please trim to 15" in body


def test_unknown_kind_is_refused(owner_client):
    assert feedback(owner_client, "hi", "poem").status_code == 400


def test_needs_sign_in(client, owner):
    assert feedback(client, "hi").status_code == 302


@pytest.mark.parametrize("name", ["empty", "emoji", "cyrillic", "rtl", "huge", "markup"])
def test_ugly_drafts_never_fail(owner_client, name):
    from tests.conftest import UGLY_TEXTS

    response = feedback(owner_client, UGLY_TEXTS[name], "follow_up")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()


def test_tag_renders_field_with_feedback():
    from django import forms

    class Draft(forms.Form):
        text = forms.CharField(widget=forms.Textarea, label="Appreciation")

    html = Template('{% load coach %}{% coach_field form.text "appreciation" limit=15 %}').render(
        Context({"form": Draft(data={"text": "You listened so well tonight"})}))
    assert 'hx-post="/writing/feedback/"' in html and "5 of 15 words" in html and "Appreciation" in html
