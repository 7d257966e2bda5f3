"""Urgent help and resources: reachable without signing in, quick exit leaves at once."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from e2e.conftest import assert_accessible

WEATHER = "https://www.bbc.com/weather"


def stub_weather(page):
    # The quick exit goes to a real weather site; the test browser stays offline.
    page.route(re.compile(r"^https://www\.bbc\.com/.*"),
               lambda route: route.fulfill(status=200, content_type="text/html", body="<title>Weather</title><h1>Weather</h1>"))


def test_quick_exit_leaves_and_replaces_history(ui, owner):
    page = ui
    stub_weather(page)
    page.goto("/help/resources/")
    page.get_by_role("link", name="Urgent help, helplines and safety planning").click()
    expect(page.get_by_role("heading", name="Get help now", exact=True)).to_be_visible()
    assert_accessible(page, "urgent help, signed out")
    expect(page.get_by_role("heading", name="Emotional abuse")).to_be_visible()
    expect(page.get_by_role("heading", name="A safety plan")).to_be_visible()
    page.get_by_role("button", name="Quick exit").click()
    expect(page).to_have_url(WEATHER)
    page.go_back()
    expect(page).to_have_url(re.compile(r"/help/resources/$"))  # the help page is gone from history


def test_escape_twice_also_leaves(ui, owner):
    page = ui
    stub_weather(page)
    page.goto("/help/urgent/")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    expect(page).to_have_url(WEATHER)


def test_helplines_for_a_chosen_country(signed_in):
    page = signed_in
    page.goto("/help/urgent/")
    page.get_by_label("Show helplines for").select_option(label="New Zealand")
    page.get_by_role("button", name="Show", exact=True).click()
    expect(page.get_by_role("heading", name="Helplines in New Zealand")).to_be_visible()
    expect(page.get_by_role("link", name="0800 456 450")).to_have_attribute("href", "tel:0800456450")
    assert_accessible(page, "urgent help, country chosen")


def test_resources_page_explains_books_and_therapy(ui, owner):
    page = ui
    page.goto("/help/resources/")
    expect(page.get_by_role("heading", name="Books and professional help")).to_be_visible()
    expect(page.get_by_text("John M. Gottman and Nan Silver", exact=False)).to_be_visible()
    page.get_by_role("link", name="Choosing a therapist").click()
    expect(page.get_by_role("heading", name="What to look for in a therapist")).to_be_in_viewport()
    assert_accessible(page, "resources")
