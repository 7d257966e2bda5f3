"""Urgent help: open to everyone, abuse and safety first, hotlines by country, quick exit."""

from __future__ import annotations

import json

import pytest
from django.urls import reverse

from heartspace.support import hotlines

pytestmark = pytest.mark.django_db

URL = reverse("support:urgent")


def test_open_without_sign_in_and_covers_every_kind_of_abuse(client):
    page = client.get(URL).content.decode()
    for heading in ("Get help now", "If you are in danger right now", "Emotional abuse", "Physical abuse",
                    "Sexual abuse", "A safety plan", "If you are thinking of harming yourself", "Helplines by country",
                    "If you are worried about someone else"):
        assert heading in page, heading
    assert "data-quick-exit" in page and "quick-exit.js" in page
    assert "Samaritans" in page and "988" in page


def test_browser_language_puts_your_country_first(client):
    page = client.get(URL, HTTP_ACCEPT_LANGUAGE="en-AU,en;q=0.8").content.decode()
    assert "Helplines in Australia" in page
    assert page.index("1800RESPECT") < page.index("Helplines by country")
    assert 'href="tel:000"' in page


def test_choosing_a_country(client):
    page = client.get(URL, {"country": "de"}).content.decode()
    assert "Helplines in Germany" in page and "116 016" in page
    assert client.get(URL, {"country": "<script>"}).status_code == 200


def test_hotlines_file_replaces_the_built_in_list(client, settings, tmp_path):
    path = tmp_path / "lines.json"
    path.write_text(json.dumps({"XK": {"name": "Kosovo", "emergency": "112", "lines": [
        {"name": "Local shelter", "contact": "+383 38 000 000", "for": "abuse"}]}}), encoding="utf-8")
    settings.HS_HOTLINES_FILE = path
    page = client.get(URL).content.decode()
    assert "Local shelter" in page and "Kosovo" in page and "Samaritans" not in page
    assert 'href="tel:+38338000000"' in page


@pytest.mark.parametrize("content", [
    "not json", "[]", "{}", '{"GB": "999"}', '{"GB": {"emergency": "999"}}',
    '{"GB": {"name": "UK", "lines": [{"name": "No contact"}]}}', '{"GB": {"name": "UK", "lines": "none"}}',
    b"\xff\xfe\x00bad".decode("latin-1"),
])
def test_broken_hotlines_file_never_hides_help(client, settings, tmp_path, content, caplog):
    path = tmp_path / "lines.json"
    path.write_text(content, encoding="utf-8")
    settings.HS_HOTLINES_FILE = path
    page = client.get(URL).content.decode()
    assert "Samaritans" in page  # the built-in list instead
    assert "HS_HOTLINES_FILE could not be used" in caplog.text


def test_missing_hotlines_file_falls_back(client, settings, tmp_path):
    settings.HS_HOTLINES_FILE = tmp_path / "nope.json"
    assert "Samaritans" in client.get(URL).content.decode()


def test_tel_links_only_for_plain_numbers():
    assert hotlines.tel_href("0808 2000 247") == "tel:08082000247"
    assert hotlines.tel_href("call or text 988") == ""
    assert hotlines.tel_href("") == ""
    assert hotlines.country_from_languages("fr-CA,fr;q=0.9", hotlines.BUILT_IN) == "CA"
    assert hotlines.country_from_languages("en", hotlines.BUILT_IN) == ""
    assert hotlines.country_from_languages("", hotlines.BUILT_IN) == ""


def test_every_built_in_country_has_an_emergency_number():
    for code, country in hotlines.BUILT_IN.items():
        assert country["emergency"], code
        for line in country["lines"]:
            assert line["name"] and line["contact"] and line["for"] in hotlines.PURPOSES
