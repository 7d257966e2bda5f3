"""Insights as a person uses them, on a phone and a desktop: metrics and charts, a reassessment
with one accepted adjustment, and a dismissed signal whose reasons stay visible."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from playwright.sync_api import expect

from e2e.conftest import assert_accessible
from heartspace.checkins.models import Check, CheckQuestion
from heartspace.people.models import Interaction, Person
from heartspace.practices.models import Bid


def history(owner, name="Sam"):
    """Four meaningful, mutual checks over eight weeks, a few moments, and bids turned away."""
    now = timezone.now()
    person = Person.objects.create(owner=owner, name=name)
    for i in range(4):
        check = Check.objects.create(owner=owner, person=person, scheduled_for=now - dt.timedelta(weeks=2 * i, days=1),
                                     status=Check.Status.DONE, meaningful=True, disclosed="both", how_it_went="right")
        CheckQuestion.objects.create(owner=owner, connection_check=check, text="What recent moment affected you most?",
                                     asked=True)
    Interaction.objects.bulk_create([
        Interaction(owner=owner, person=person, tone="corrective" if i % 4 == 0 else "positive",
                    occurred_at=now - dt.timedelta(days=i, hours=2)) for i in range(12)])
    Bid.objects.bulk_create([Bid(owner=owner, person=person, made_by="me", response="away",
                                 occurred_at=now - dt.timedelta(days=d, hours=1)) for d in range(0, 56, 3)])
    return person


def test_metrics_and_charts(signed_in, owner):
    history(owner)
    page = signed_in
    page.goto("/insights/")
    expect(page.get_by_role("heading", name="Insights", exact=True)).to_be_visible()
    expect(page.locator("[data-metric=balance]")).to_have_text("3:1")
    # Chart.js drew all four charts (the script marks each once drawn).
    expect(page.locator(".insights-chart.chart-ready")).to_have_count(4)
    first = page.locator(".insights-chart").first
    first.get_by_text("Show the numbers as a table").click()
    expect(first.locator("table")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Sam").click()
    expect(page.get_by_role("heading", name="Sam")).to_be_visible()
    expect(page.locator(".insights-chart.chart-ready")).to_have_count(4)
    assert_accessible(page)
    assert not page.console_errors, page.console_errors


def test_reassessment_accept_one_adjustment(signed_in, owner):
    person = history(owner)
    page = signed_in
    page.goto("/insights/reassessment/")
    page.get_by_role("button", name="Reassess now").click()
    expect(page.get_by_role("heading", name="What stands out")).to_be_visible()
    cadence = page.locator("article.adjustment", has_text="Connection Checks a month from 2 to 3")
    expect(cadence).to_be_visible()
    assert_accessible(page)
    cadence.get_by_role("button", name="Accept").click()
    expect(page.get_by_text("Accepted and applied.")).to_be_visible()
    expect(page.locator("article.adjustment", has_text="from 2 to 3").get_by_text("Accepted")).to_be_visible()
    depth = page.locator("article.adjustment", has_text="ask one step deeper")
    depth.get_by_role("button", name="Decline").click()
    expect(page.get_by_text("Declined. Nothing was changed.")).to_be_visible()
    page.goto(f"/people/{person.pk}/")
    expect(page.get_by_text("3 checks a month", exact=False)).to_be_visible()
    page.goto("/insights/reassessment/")
    expect(page.get_by_text("Declined", exact=True)).to_be_visible()
    assert_accessible(page)
    assert not page.console_errors, page.console_errors


def test_targets_can_be_changed_and_bad_input_is_explained(signed_in, owner):
    page = signed_in
    page.goto("/insights/")
    page.get_by_role("link", name="Targets").click()
    page.get_by_label("meaningful chats a month: at least").fill("7")
    page.get_by_label("meaningful chats a month: at most").fill("3")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The upper end cannot be below the lower end.")).to_be_visible()
    expect(page.get_by_label("meaningful chats a month: at least")).to_have_value("7")
    assert_accessible(page)
    page.get_by_label("meaningful chats a month: at most").fill("8")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Target: 7-8 a month.")).to_be_visible()
    assert not [e for e in page.console_errors if "favicon" not in e], page.console_errors


def test_dismiss_a_signal_and_still_see_why(signed_in, owner):
    history(owner)
    page = signed_in
    page.goto("/insights/help/")
    expect(page.get_by_role("heading", name="It may be time to talk to a couples therapist")).to_be_visible()
    expect(page.get_by_role("link", name="Urgent help and safety").first).to_be_visible()
    signal = page.locator("[data-signal=bids_turned_away]")
    expect(signal).to_contain_text("were turned away or against")
    assert_accessible(page)
    signal.get_by_role("button", name="Dismiss").click()
    expect(page.get_by_role("heading", name="Dismissed, and why they appeared")).to_be_visible()
    expect(page.locator(".dismissed .dismissed-why")).to_contain_text("were turned away or against")
    expect(page.get_by_role("heading", name="It may be time to talk to a couples therapist")).to_have_count(0)
    page.get_by_role("button", name="Show it again").click()
    expect(page.get_by_role("heading", name="It may be time to talk to a couples therapist")).to_be_visible()
    assert not page.console_errors, page.console_errors
