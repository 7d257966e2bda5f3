"""Ugly input never gives a 500, never loses what was typed, and gets a clear message."""

from __future__ import annotations

import pytest
from django.urls import reverse

from heartspace.journal.models import MAX_ENTRY_CHARS, Entry
from tests.conftest import UGLY_TEXTS

pytestmark = pytest.mark.django_db

NEW = reverse("journal:new")


def form_data(**fields):
    data = {"guide": "free", "written_on": "2026-03-02", "feelings": "", "text": "", "accepting": "",
            "decision": "", "decision_note": "", "needs": "", "request": "", "request_to": ""}
    data.update(fields)
    return data


@pytest.mark.parametrize("name", ["empty", "whitespace"])
def test_empty_entry_gets_a_clear_message(owner_client, owner, name):
    response = owner_client.post(NEW, form_data(text=UGLY_TEXTS[name], feelings=" , "))
    assert response.status_code == 200
    assert "This entry is empty. Name a feeling or write a few words, then save." in response.content.decode()
    assert not Entry.objects.filter(owner=owner).exists()


@pytest.mark.parametrize("name", ["emoji", "cyrillic", "rtl", "arabic", "huge", "zero_width", "markup"])
def test_ugly_text_is_stored_whole(owner_client, owner, name):
    text = UGLY_TEXTS[name]
    response = owner_client.post(NEW, form_data(text=text, feelings=text[:30].replace(",", " ") or "x"))
    assert response.status_code == 302, response.content.decode()[:500]
    entry = Entry.objects.get(owner=owner)
    assert entry.text == text.strip()
    detail = owner_client.get(response["Location"])
    assert detail.status_code == 200
    if name == "markup":
        assert "<script>alert(1)</script>" not in detail.content.decode()


def test_feelings_in_other_scripts_are_the_persons_own_words(owner_client, owner):
    owner_client.post(NEW, form_data(feelings="тревога, 😢, בודד", text="x"))
    entry = Entry.objects.get(owner=owner)
    assert entry.feelings == ["тревога", "😢", "בודד"]
    page = owner_client.get(reverse("journal:list") + "?feeling=ТРЕВОГА").content.decode()
    assert "тревога" in page


def test_over_the_limit_keeps_the_text_and_says_what_to_do(owner_client, owner):
    text = "a" * (MAX_ENTRY_CHARS + 10)
    response = owner_client.post(NEW, form_data(text=text, feelings="tired"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "one entry holds up to 200,000" in page and "your text is still here" in page
    assert text in page  # nothing lost: the whole text is back in the field
    assert not Entry.objects.filter(owner=owner).exists()


def test_too_many_or_too_long_feelings(owner_client, owner):
    many = ", ".join(f"word{i}" for i in range(20))
    page = owner_client.post(NEW, form_data(feelings=many, text="x")).content.decode()
    assert "Name at most 12 words here" in page and "word19" in page
    long_word = "x" * 60
    page = owner_client.post(NEW, form_data(feelings=long_word, text="kept text")).content.decode()
    assert "Keep each word under 40 characters" in page and "kept text" in page
    assert not Entry.objects.exists()


@pytest.mark.parametrize("bad_date", ["", "yesterday", "2026-02-30", "99999-01-01"])
def test_bad_date_keeps_the_text(owner_client, bad_date):
    response = owner_client.post(NEW, form_data(written_on=bad_date, text="Keep me please", feelings="calm"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Keep me please" in page and 'class="error"' in page


def test_bad_choice_and_guide_values(owner_client, owner):
    page = owner_client.post(NEW, form_data(decision="explode", text="Still here")).content.decode()
    assert "Still here" in page and 'class="error"' in page
    response = owner_client.get(NEW + "?guide=%00nonsense")
    assert response.status_code == 200


@pytest.mark.parametrize("query", [UGLY_TEXTS["emoji"], UGLY_TEXTS["rtl"], "%", "_", "'; drop table", "x" * 500])
def test_search_survives_ugly_queries(owner_client, query):
    assert owner_client.get(reverse("journal:list"), {"q": query, "feeling": query, "core": "nope"}).status_code == 200
    assert owner_client.get(reverse("journal:feelings"), {"q": query, "core": "nope", "intensity": "x"}).status_code == 200


def test_bad_page_number(owner_client):
    assert owner_client.get(reverse("journal:list") + "?page=abc").status_code == 200
    assert owner_client.get(reverse("journal:list") + "?page=99999").status_code == 200
