"""A newcomer's first minutes: welcome, owner account, sign out, sign in, settings."""

import re

from playwright.sync_api import expect

from e2e.conftest import assert_accessible
from heartspace.accounts.models import User


def test_first_run_welcome_creates_the_owner(ui, transactional_db):
    ui.goto("/")
    expect(ui).to_have_url(re.compile(r"/welcome/$"))
    expect(ui.get_by_role("heading", name="Welcome to heartspace")).to_be_visible()
    assert_accessible(ui, "welcome")
    ui.get_by_label("Username").fill("maya")
    ui.get_by_label("Display name").fill("Maya 🌿")
    ui.get_by_label("Password", exact=True).fill("short")
    ui.get_by_label("Password again").fill("short")
    ui.get_by_role("button", name="Create my account").click()
    expect(ui.get_by_text("This password is too short")).to_be_visible()
    expect(ui.get_by_label("Display name")).to_have_value("Maya 🌿")
    ui.get_by_label("Password", exact=True).fill("a calm long sentence")
    ui.get_by_label("Password again").fill("a calm long sentence")
    ui.get_by_role("button", name="Create my account").click()
    expect(ui.get_by_role("heading", name="Hello, Maya 🌿")).to_be_visible()
    user = User.objects.get(username="maya")
    assert user.time_zone == "Europe/London"  # taken from the browser

    ui.get_by_role("button", name="Sign out").click()
    expect(ui.get_by_role("heading", name="Sign in")).to_be_visible()
    assert_accessible(ui, "login")
    ui.get_by_label("Username").fill("maya")
    ui.get_by_label("Password").fill("a calm long sentence")
    ui.get_by_role("button", name="Sign in").click()
    expect(ui.get_by_role("heading", name="Hello, Maya 🌿")).to_be_visible()


def test_settings_keep_typed_values_on_error(signed_in):
    page = signed_in
    page.goto("/accounts/settings/")
    assert_accessible(page, "settings")
    page.get_by_label("Display name").fill("Оля")
    page.get_by_role("textbox", name="Email address").fill("not an email")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Enter a valid email address")).to_be_visible()
    expect(page.get_by_label("Display name")).to_have_value("Оля")
    page.get_by_role("textbox", name="Email address").fill("olya@example.org")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Settings saved.")).to_be_visible()


def test_get_help_now_is_one_tap_away(signed_in):
    page = signed_in
    page.goto("/")
    page.get_by_role("link", name="Get help now").click()
    expect(page.get_by_role("heading", name="Get help now")).to_be_visible()
    expect(page.get_by_role("button", name="Quick exit")).to_be_visible()
    assert_accessible(page, "urgent help")
