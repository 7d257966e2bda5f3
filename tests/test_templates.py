"""Templates: no user-facing text outside gettext, and the error pages render."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.urls import path as url_path
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent / "heartspace"

# Not words to translate: the product's name. Titles of published books (in “quotes”) are proper names.
ALLOWED = {"heartspace", "· heartspace"}


def bare_text(source: str) -> list[str]:
    """Readable text left once everything translated, templated or markup is removed."""
    text = re.sub(r"\{#.*?#\}", " ", source, flags=re.S)
    text = re.sub(r"\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}", " ", text, flags=re.S)
    text = re.sub(r"\{%\s*blocktrans(?:late)?\b.*?%\}.*?\{%\s*endblocktrans(?:late)?\s*%\}", " ", text, flags=re.S)
    text = re.sub(r"\{%\s*block\s+body_class\s*%\}.*?\{%\s*endblock\s*%\}", " ", text, flags=re.S)
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S)
    text = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", " ", text, flags=re.S)
    attributes = re.findall(r'\b(?:alt|title|placeholder|aria-label)="([^"]*[^\W\d_][^"]*)"', text)
    text = re.sub(r"<[^>]*>", "\n", text, flags=re.S)
    text = re.sub(r"&[a-z#0-9]+;", " ", text)
    pieces = [p.strip() for p in re.split(r"\n|\s{2,}", text) + attributes]
    return [p for p in pieces if re.search(r"[^\W\d_]{2,}", p) and p not in ALLOWED
            and not re.fullmatch(r"“[^”]+”", p)]


def templates():
    return sorted(p for p in ROOT.rglob("*.html") if "vendor" not in p.parts)


def test_the_check_finds_bare_text():
    assert bare_text('<p>Hello there</p>{% trans "Fine" %}') == ["Hello there"]
    assert bare_text('<input placeholder="Type here">') == ["Type here"]
    assert bare_text("{% blocktrans %}Fine {{ x }}{% endblocktrans %}<b>{{ name }}</b>") == []


@pytest.mark.parametrize("template", templates(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_text_outside_gettext(template):
    assert bare_text(template.read_text(encoding="utf-8")) == [], "wrap these in {% trans %} or {% blocktrans %}"


def test_500_page_is_translatable_and_self_contained():
    with translation.override("en"):
        html = render_to_string("500.html")
    assert "Something went wrong on our side" in html and 'lang="en"' in html
    assert "{%" not in html


class CrashingUrls:
    @staticmethod
    def boom(request):
        raise RuntimeError("private text must not show")

    urlpatterns = [url_path("boom/", boom)]


@pytest.mark.django_db
def test_a_crash_shows_the_calm_500_page(owner, settings):
    settings.ROOT_URLCONF = CrashingUrls
    client = Client(raise_request_exception=False)
    client.force_login(owner)
    response = client.get("/boom/")
    assert response.status_code == 500
    body = response.content.decode()
    assert "Something went wrong on our side" in body and "private text" not in body
