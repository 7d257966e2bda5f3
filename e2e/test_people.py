"""People as a person manages them: bad input kept and explained, the one-tap balance,
a tension script, archiving, and deleting with an honest choice about history."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from e2e.conftest import assert_accessible
from heartspace.checkins.models import Check, TensionScript
from heartspace.people.models import Interaction, Person


def test_people_bad_input_balance_tension_archive_delete(signed_in, owner):
    page = signed_in
    page.goto("/people/")
    assert_accessible(page, "people list, empty")
    page.get_by_role("link", name="Add a person").first.click()

    # Bad input: a message beside each field, and everything typed is still there.
    page.get_by_label("Name").fill("   ")
    page.get_by_label("Relation in your words").fill("אח")
    page.get_by_label("Birthday").fill("1990-02-30")
    page.get_by_label("Connection Checks a month").fill("40")
    page.get_by_label("Notes").fill("word " * 1200)
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.locator(".field.has-error").filter(has=page.get_by_label("Name"))).to_be_visible()
    expect(page.get_by_text("“1990-02-30” is not a real date")).to_be_visible()
    expect(page.get_by_text("please keep it under 5,000")).to_be_visible()
    expect(page.get_by_label("Relation in your words")).to_have_value("אח")
    expect(page.get_by_label("Birthday")).to_have_value("1990-02-30")
    assert_accessible(page, "person form with errors")

    page.get_by_label("Name").fill("נועה")
    page.get_by_label("Birthday").fill("--02-29")
    page.get_by_label("Connection Checks a month").fill("3")
    page.get_by_label("Notes").fill("Met at the choir.")
    page.get_by_label("Privacy they usually prefer").select_option("gist")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("heading", name="נועה")).to_be_visible()
    expect(page.get_by_text("3 checks a month, 30 minutes each, the first 10 phone-free.")).to_be_visible()
    assert_accessible(page, "person detail")
    person = Person.objects.get(owner=owner)

    # One tap each: the ratio against 5:1 updates in place.
    for _ in range(4):
        page.get_by_role("button", name="+ Positive moment").click()
        expect(page.locator(".logged-note")).to_be_visible()
    page.get_by_role("button", name="+ Corrective moment").click()
    expect(page.locator("[data-balance-label]")).to_have_text("4:1")
    expect(page.get_by_text("1 more positive moment reaches 5:1.")).to_be_visible()
    page.get_by_role("button", name="+ Positive moment").click()
    expect(page.locator("[data-balance-label]")).to_have_text("5:1")
    expect(page.get_by_text("At or above the 5:1 aim")).to_be_visible()

    # A tension script: one issue, one feeling, one concrete next step; it logs a corrective moment.
    page.get_by_role("link", name="Something bothering you? Build a tension script").click()
    page.get_by_label("I felt…").fill("left out")
    page.get_by_label("…when… (the one thing that happened)").fill("the trip was planned without me; and when you forgot to call")
    page.get_by_label("One next step you could propose").fill("Plan the next trip together.")
    expect(page.get_by_label("Your script")).to_have_value(re.compile(r"^I felt left out when the trip was planned"))
    page.get_by_role("button", name="Save the script").click()
    expect(page.get_by_text("That sounds like more than one issue")).to_be_visible()
    page.get_by_label("…when… (the one thing that happened)").fill("the trip was planned without me")
    page.get_by_label("Your script").fill("")
    page.get_by_role("button", name="Save the script").click()
    expect(page.get_by_text("Script saved, and a corrective moment logged.")).to_be_visible()
    expect(page.locator("[data-balance-label]")).to_have_text("2.5:1")
    script = TensionScript.objects.get(owner=owner)
    assert script.text.startswith("I felt left out when the trip was planned without me. Can we talk")
    assert Interaction.objects.filter(owner=owner, tone="corrective").count() == 2

    # Archive and bring back.
    page.get_by_role("button", name="Archive").click()
    expect(page.get_by_text("is archived. Their history is kept")).to_be_visible()
    page.get_by_role("button", name="Bring back from archive").click()
    expect(page.get_by_text("is back in your list")).to_be_visible()

    # Delete: asked first, "keep" archives and keeps everything.
    page.get_by_role("button", name="Propose dates").click()
    assert Check.objects.filter(owner=owner).count() > 0
    page.get_by_role("link", name="Delete…").click()
    expect(page.get_by_text(re.compile(r"\d+ Connection Checks?"))).to_be_visible()
    assert_accessible(page, "delete person")
    page.get_by_role("button", name="Go ahead").click()
    expect(page.get_by_text("Choose whether to keep or remove their history.")).to_be_visible()
    page.get_by_role("radio", name=re.compile("Keep it")).check()
    page.get_by_role("button", name="Go ahead").click()
    expect(page.get_by_text("is archived and their history is kept")).to_be_visible()
    person.refresh_from_db()
    assert person.is_archived and Check.objects.filter(owner=owner).exists()

    # ...and "remove" deletes them and their history for good.
    page.get_by_role("link", name="Delete…").click()
    page.get_by_role("radio", name=re.compile("Remove it")).check()
    page.get_by_role("button", name="Go ahead").click()
    expect(page.get_by_text("and their history are deleted")).to_be_visible()
    assert not Person.objects.filter(owner=owner).exists()
    assert not Check.objects.filter(owner=owner).exists() and not Interaction.objects.filter(owner=owner).exists()
    assert not page.console_errors, page.console_errors


def test_people_and_check_pages_with_demo_history(signed_in, owner):
    """Every people and Connection Check page, filled with demo history: accessible, no script errors."""
    from django.urls import reverse

    from heartspace.demo import generate

    generate(owner, people=4, days=60, seed=5)
    page = signed_in
    person = Person.objects.filter(owner=owner).first()
    check = Check.objects.filter(owner=owner, status="done").first()
    urls = [reverse("people:list"), reverse("people:add"), reverse("people:detail", args=[person.pk]),
            reverse("people:edit", args=[person.pk]), reverse("people:delete", args=[person.pk]),
            reverse("checkins:list"), reverse("checkins:questions"), reverse("checkins:settings"), reverse("checkins:detail", args=[check.pk]),
            reverse("checkins:prepare", args=[check.pk]), reverse("checkins:after", args=[check.pk]),
            reverse("checkins:guide", args=[check.pk]), reverse("checkins:tension", args=[person.pk]),
            reverse("checkins:new", args=[person.pk]), reverse("checkins:move", args=[check.pk]),
            reverse("checkins:skip", args=[check.pk]), reverse("home")]
    for url in urls:
        page.console_errors.clear()
        page.goto(url)
        expect(page.get_by_role("link", name="Get help now").first).to_be_visible()
        assert_accessible(page, url)
        assert not page.console_errors, f"{url}: {page.console_errors}"
