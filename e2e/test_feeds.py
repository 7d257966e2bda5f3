"""A person brings their address book in, sees who is who, and subscribes their calendar."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

from playwright.sync_api import expect

from e2e.conftest import assert_accessible
from heartspace.feeds.models import FeedToken
from heartspace.people.models import Person

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "contacts" / "fixtures"


def test_import_contacts_with_preview_merge_and_confirm(signed_in, owner, live_server):
    page = signed_in
    Person.objects.create(owner=owner, name="Sam N.", emails=[{"value": "sam@example.org", "type": "home"}])
    page.goto("/feeds/")
    expect(page.get_by_role("heading", name="Calendar, reminders and contacts")).to_be_visible()
    assert_accessible(page, "feeds index")
    page.get_by_role("link", name="Import contacts").click()
    expect(page.get_by_role("heading", name="Import contacts")).to_be_visible()
    assert_accessible(page, "import form")

    # A photo renamed to .vcf: a clear message next to the field, nothing stored.
    page.get_by_label("Contacts file (.vcf)").set_input_files(str(FIXTURES / "photo_renamed.vcf"))
    page.get_by_role("button", name="Read the file").click()
    expect(page.get_by_text("This is not a contacts file: it contains binary data")).to_be_visible()

    page.get_by_label("Contacts file (.vcf)").set_input_files(str(FIXTURES / "apple_30_lf_folded.vcf"))
    page.get_by_role("button", name="Read the file").click()
    expect(page.get_by_role("heading", name="Check before importing")).to_be_visible()
    expect(page.get_by_text("Sam Nakamura looks like Sam N.")).to_be_visible()
    expect(page.get_by_label("Merge")).to_be_checked()
    expect(page.get_by_label("Layla Haddad")).to_be_checked()
    assert_accessible(page, "import preview")
    assert Person.objects.filter(owner=owner).count() == 1  # nothing imported before confirming
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.get_by_text("1 added, 1 updated.")).to_be_visible()
    page.get_by_role("link", name="See your people").click()
    expect(page.get_by_role("link", name="Layla Haddad").first).to_be_visible()
    sam = Person.objects.get(owner=owner, name="Sam N.")
    assert sam.nickname == "Sammy" and sam.birthday_month == 3
    assert not page.console_errors


def test_problem_cards_are_explained_before_importing(signed_in, owner):
    page = signed_in
    page.goto("/feeds/contacts/import/")
    page.get_by_label("Contacts file (.vcf)").set_input_files(str(FIXTURES / "mixed_problems.vcf"))
    page.get_by_role("button", name="Read the file").click()
    skipped = page.locator("[data-skipped]")
    expect(skipped).to_contain_text("Card 1")
    expect(skipped).to_contain_text("has no name")
    expect(page.get_by_text("the photo in the card is not an image")).to_be_visible()
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_text("Import cancelled. Nothing was changed.")).to_be_visible()
    assert not Person.objects.filter(owner=owner).exists()


def test_calendar_address_create_copy_and_regenerate(signed_in, owner, live_server):
    page = signed_in
    page.goto("/feeds/")
    page.get_by_role("button", name="Create my private calendar address").click()
    address = page.get_by_label("Your private calendar address")
    expect(address).to_have_value(re.compile(r"/feeds/[A-Za-z0-9_-]{40,}\.ics$"))
    first = address.input_value()
    with urllib.request.urlopen(first) as response:
        body = response.read()
        assert response.headers["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VCALENDAR" in body
    page.get_by_role("button", name="Copy").click()
    expect(page.get_by_role("button", name="Copied")).to_be_visible()
    assert_accessible(page, "feeds with address")

    page.get_by_label("Discreet titles").check()
    page.get_by_role("button", name="Save calendar options").click()
    expect(page.get_by_text("Calendar feed options saved")).to_be_visible()
    assert FeedToken.objects.get(owner=owner).discreet_titles

    page.get_by_role("button", name="Make a new address").click()
    expect(page.get_by_text("The old one no longer works")).to_be_visible()
    second = page.get_by_label("Your private calendar address").input_value()
    assert second != first
    try:
        urllib.request.urlopen(first)
        raise AssertionError("the old address still answers")
    except urllib.error.HTTPError as error:
        assert error.code == 404
    assert not page.console_errors


def test_choose_which_reminders_and_when(signed_in, owner):
    from heartspace.feeds.models import ReminderOptOut, ReminderSettings

    page = signed_in
    page.goto("/feeds/#reminders")
    page.get_by_label("Daily digest", exact=True).uncheck()
    page.get_by_label("Remind me before a Connection Check (minutes)").fill("2")
    page.get_by_role("button", name="Save reminder settings").click()
    expect(page.get_by_text("Ensure this value is greater than or equal to 5.")).to_be_visible()
    expect(page.get_by_label("Daily digest", exact=True)).not_to_be_checked()  # what was chosen is kept
    page.get_by_label("Remind me before a Connection Check (minutes)").fill("45")
    page.get_by_role("button", name="Save reminder settings").click()
    expect(page.get_by_text("Reminder settings saved.")).to_be_visible()
    assert ReminderSettings.objects.get(owner=owner).check_lead_minutes == 45
    assert list(ReminderOptOut.objects.filter(owner=owner).values_list("kind", flat=True)) == ["digest"]
    assert_accessible(page, "feeds after saving reminders")


def test_too_big_a_file_is_refused_before_uploading(signed_in, tmp_path):
    page = signed_in
    big = tmp_path / "everyone.vcf"
    big.write_bytes(b"BEGIN:VCARD\r\n" + b"x" * (21 * 1024 * 1024) + b"\r\nEND:VCARD\r\n")
    page.goto("/feeds/contacts/import/")
    page.get_by_label("Contacts file (.vcf)").set_input_files(str(big))
    message = page.get_by_text("This file is 21.0 MB; the limit is 20 MB.")
    expect(message).to_be_visible()
    page.get_by_role("button", name="Read the file").click()
    expect(message).to_be_visible()
    expect(page).to_have_url(re.compile(r"/feeds/contacts/import/$"))
    assert not page.console_errors
