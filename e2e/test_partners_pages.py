"""Every Together page, filled with a demo pair's history: accessible, no script errors, help one tap away,
on a phone and a desktop; and the help card stays on the screen of the person who wrote something serious."""

from __future__ import annotations

import random
import re

from playwright.sync_api import expect

from e2e.conftest import assert_accessible, sign_in
from heartspace.partners.demo import link_pair
from heartspace.partners.models import JointSession, Share, SharedQuestion, SharedRitual
from tests.conftest import make_user


def test_every_together_page_is_accessible(signed_in, owner, live_server):
    from heartspace.demo import generate

    partner = make_user("pat")
    generate(owner, people=2, days=20, seed=5)
    generate(partner, people=2, days=20, seed=6)
    link = link_pair(owner, partner, random.Random(5))
    session = JointSession.objects.create(owner=partner, link=link, practice="connection_check", status="active",
                                          step=1)
    invited = JointSession.objects.create(owner=partner, link=link, practice="vulnerability")
    their_share = Share.objects.filter(owner=partner, withdrawn_at=None).first()
    question = SharedQuestion.objects.filter(link=link, status="open").first()
    ritual = SharedRitual.objects.get(link=link)
    page = signed_in
    urls = [
        "/", "/together/", "/together/invite/", f"/together/{link.pk}/", f"/together/{link.pk}/settings/",
        f"/together/{link.pk}/unlink/", f"/together/{link.pk}/ask/", f"/together/{link.pk}/rituals/new/",
        f"/together/rituals/{ritual.pk}/", f"/together/shared/{their_share.pk}/", f"/together/questions/{question.pk}/",
        f"/together/sessions/{session.pk}/", f"/together/sessions/{invited.pk}/",
    ]
    for url in urls:
        page.console_errors.clear()
        response = page.goto(url)
        assert response.status == 200, url
        expect(page.get_by_role("link", name="Get help now").first).to_be_visible()
        assert_accessible(page, url)
        assert not page.console_errors, (url, page.console_errors)
    page.goto(f"/together/sessions/{session.pk}/")
    expect(page.locator("[data-countdown-display]")).to_have_text("10:00")


def test_help_card_only_on_the_writers_screen(ui, browser, owner, live_server):
    partner = make_user("pat")
    link = link_pair(owner, partner, random.Random(2))
    question = SharedQuestion.objects.create(owner=partner, link=link, text="What worry have you been carrying?")
    sign_in(ui, owner, live_server.url)
    ui.goto(f"/together/questions/{question.pk}/")
    ui.get_by_label("Your answer").fill("He threatens me when he is angry and I am afraid of him.")
    ui.get_by_role("button", name="Save my answer").click()
    expect(ui.locator("[data-help-card]")).to_be_visible()
    expect(ui.get_by_text("Kept on your screen only.")).to_be_visible()

    other = browser.new_context(base_url=live_server.url, viewport={"width": 390, "height": 844})
    try:
        theirs = other.new_page()
        sign_in(theirs, partner, live_server.url)
        for url in ("/", "/together/", f"/together/{link.pk}/", f"/together/questions/{question.pk}/"):
            theirs.goto(url)
            expect(theirs.locator("[data-help-card]")).to_have_count(0)
            expect(theirs.get_by_text("threatens")).to_have_count(0)
        expect(theirs.get_by_text("has answered")).to_have_count(0)
    finally:
        other.close()


def test_step_timer_counts_down_on_a_short_test_clock(signed_in, owner, live_server):
    from django.utils import timezone

    partner = make_user("pat")
    link = link_pair(owner, partner, random.Random(3))
    session = JointSession.objects.create(owner=owner, link=link, practice="vulnerability", status="active",
                                          minutes_each=1, step=1, step_started_at=timezone.now())
    page = signed_in
    page.clock.install()
    page.goto(f"/together/sessions/{session.pk}/")
    expect(page.get_by_role("heading", name="You speak")).to_be_visible()
    display = page.locator("[data-countdown-display]")
    expect(display).to_have_text(re.compile(r"^(1:00|0:5\d)$"))
    page.clock.run_for(30_000)
    expect(display).to_have_text(re.compile(r"^0:(2[5-9]|3[01])$"))
    page.clock.run_for(40_000)
    expect(display).to_have_text("0:00")
    expect(page.locator("[data-countdown]")).to_have_class(re.compile(r"\bdone\b"))



def test_an_existing_account_signs_in_from_the_invitation_and_links(ui, owner, live_server):
    from heartspace.partners import services
    from tests.conftest import PASSWORD

    make_user("sam")
    _invitation, token = services.create_invitation(owner, "friend")
    ui.goto(f"/together/join/{token}/")
    ui.get_by_role("link", name="Sign in to link it").click()
    ui.get_by_label("Username").fill("sam")
    ui.get_by_label("Password").fill(PASSWORD)
    ui.get_by_role("button", name="Sign in").click()
    expect(ui.get_by_role("heading", name="Owner invites you to practise together")).to_be_visible()
    ui.get_by_role("button", name="Link my account with Owner").click()
    expect(ui.get_by_role("heading", name="You and Owner")).to_be_visible()
    assert_accessible(ui, "linked")
