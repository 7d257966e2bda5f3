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


def _anonymous_pages(owner):
    """Every page someone without a session can reach, with real tokens where a page needs one."""
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from heartspace.accounts import services as account_services
    from heartspace.partners import services as partner_services

    _, signup_token = account_services.create_invitation(owner, days=7)
    used, used_token = account_services.create_invitation(owner, days=7)
    account_services.revoke_invitation(used)
    _, join_token = partner_services.create_invitation(owner, "partner")
    uid = urlsafe_base64_encode(force_bytes(owner.pk))
    return [
        ("login", "/accounts/login/", "Sign in"),
        ("password reset", "/accounts/password/reset/", None),
        ("password reset sent", "/accounts/password/reset/sent/", None),
        ("password reset confirm (real token)",
         f"/accounts/password/reset/{uid}/{default_token_generator.make_token(owner)}/", None),
        ("password reset confirm (bad token)", f"/accounts/password/reset/{uid}/not-a-token/", None),
        ("sign-up, invitation needed", "/accounts/signup/", "Sign-ups are closed"),
        ("sign-up invitation", f"/accounts/signup/{signup_token}/", "Create an account"),
        ("sign-up invitation withdrawn", f"/accounts/signup/{used_token}/", None),
        ("partner invitation (join)", f"/together/join/{join_token}/", None),
        ("partner invitation unknown", "/together/join/nope/", None),
        ("urgent help", "/help/urgent/", "Get help now"),
        ("resources", "/help/resources/", None),
        ("not found", "/no-such-page/", None),
    ]


def test_anonymous_and_token_pages_are_accessible(ui, owner, settings):
    settings.HS_SIGNUPS = "invite"
    failures = []
    for label, url, heading in _anonymous_pages(owner):
        ui.console_errors.clear()
        status = ui.goto(url).status
        if heading:
            expect(ui.get_by_role("heading", name=heading).first).to_be_visible()
        if label == "password reset confirm (real token)":
            expect(ui.get_by_label("New password", exact=True)).to_be_visible()  # the token was accepted
        try:
            assert_accessible(ui, label)
        except AssertionError as exc:
            failures.append(str(exc))
        # The browser reports the page's own 403/404/410 as a console error; anything else is a real one.
        own_status = f"status of {status} "
        errors = [e for e in ui.console_errors if not (status >= 400 and own_status in e)]
        if errors:
            failures.append(f"{label}: console errors {errors}")
    assert not failures, "\n".join(failures)


def test_open_signup_page_is_accessible_and_keeps_typing(ui, owner, settings):
    settings.HS_SIGNUPS = "open"
    ui.goto("/accounts/login/")
    ui.get_by_role("link", name="Create an account").click()
    expect(ui.get_by_role("heading", name="Create an account")).to_be_visible()
    assert_accessible(ui, "open sign-up")
    ui.get_by_label("Username").fill("Я тоже")
    ui.get_by_label("Display name").fill("שירה 🌙")
    ui.get_by_label("Password", exact=True).fill("a long quiet river")
    ui.get_by_label("Password again").fill("a long quiet river")
    ui.get_by_role("button", name="Create account").click()
    expect(ui.get_by_label("Display name")).to_have_value("שירה 🌙")
    assert_accessible(ui, "open sign-up with an error")


def test_sign_up_invitation_from_settings_to_a_new_account(ui, owner, live_server, settings, browser, device):
    from e2e.conftest import VIEWPORTS, sign_in

    settings.HS_SIGNUPS = "invite"
    sign_in(ui, owner, live_server.url)
    ui.goto("/accounts/settings/")
    ui.get_by_role("link", name="Sign-up invitations").click()
    assert_accessible(ui, "sign-up invitations")
    ui.get_by_label("Who is it for?").fill("Тётя Оля")
    ui.get_by_role("button", name="Make an invitation link").click()
    link = ui.get_by_label("Sign-up link (creates one account)").input_value()
    assert_accessible(ui, "invitation ready")

    guest = browser.new_context(viewport=VIEWPORTS[device], base_url=live_server.url)
    try:
        page = guest.new_page()
        page.goto(link)
        expect(page.get_by_text("Owner invited you to use this heartspace")).to_be_visible()
        page.get_by_label("Username").fill("olya")
        page.get_by_label("Password", exact=True).fill("a long quiet river")
        page.get_by_label("Password again").fill("a long quiet river")
        page.get_by_role("button", name="Create account").click()
        expect(page.get_by_role("button", name="Sign out")).to_be_visible()
        page.goto(link)
        expect(page.get_by_text("already been used")).to_be_visible()
    finally:
        guest.close()
    ui.goto("/accounts/invitations/")
    expect(ui.get_by_text("Тётя Оля")).to_be_visible()
    expect(ui.get_by_text("used on")).to_be_visible()
