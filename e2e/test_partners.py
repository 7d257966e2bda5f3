"""Two people, two phones: linking, sharing, answering a question together, passing, taking a share
back, practising in step, and unlinking. Each person has their own browser context."""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from e2e.conftest import RESULTS, VIEWPORTS, assert_accessible, sign_in
from heartspace.accounts.models import User
from heartspace.partners.models import Link
from heartspace.practices.models import Disclosure


@pytest.fixture
def two_people(request, browser, device, live_server, owner):
    """Two browser contexts, one per person, on the chosen viewport; screenshots of both on failure."""
    pages = []
    for _ in range(2):
        context = browser.new_context(viewport=VIEWPORTS[device], base_url=live_server.url, locale="en-GB",
                                      timezone_id="Europe/London", is_mobile=device == "phone",
                                      has_touch=device == "phone")
        context.set_default_timeout(10_000)
        page = context.new_page()
        errors: list[str] = []
        page.on("console", lambda msg, errors=errors: errors.append(msg.text) if msg.type == "error" else None)
        page.console_errors = errors
        pages.append(page)
    sign_in(pages[0], owner, live_server.url)
    yield pages
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        RESULTS.mkdir(exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)[-140:]
        for who, page in zip(("owner", "invitee"), pages, strict=True):
            try:
                page.screenshot(path=str(RESULTS / f"{name}-{who}.png"), full_page=True)
            except Exception:  # noqa: BLE001 - a failed screenshot must not hide the real failure
                pass
    for page in pages:
        page.context.close()


def test_two_people_link_share_answer_pass_take_back_practise_and_unlink(two_people, owner, live_server):
    ana, pat = two_people  # ana is the owner (signed in); pat has no account yet

    # Linking: ana makes an invitation link; pat opens it and creates an account (sign-ups are closed).
    ana.goto("/together/")
    expect(ana.get_by_text("You are not linked with anyone yet")).to_be_visible()
    ana.get_by_role("link", name="Invite someone").click()
    assert_accessible(ana, "invite")
    ana.get_by_role("button", name="Create invitation").click()
    url = ana.get_by_label("Invitation link (works once)").input_value()
    assert "/together/join/" in url
    ana.get_by_role("button", name="Copy link").click()
    expect(ana.get_by_text("Copied")).to_be_visible()

    pat.goto(url)
    expect(pat.get_by_role("heading", name="Owner invites you to practise together")).to_be_visible()
    assert_accessible(pat, "join")
    pat.get_by_label("Username").fill("pat")
    pat.get_by_label("Display name").fill("Pat")
    pat.get_by_label("Password", exact=True).fill("a calm long sentence")
    pat.get_by_label("Password again").fill("a calm long sentence")
    pat.get_by_role("button", name="Create account and link").click()
    expect(pat.get_by_role("heading", name="You and Owner")).to_be_visible()
    expect(pat.get_by_text("Nothing shared yet")).to_be_visible()
    assert_accessible(pat, "link page")
    link = Link.objects.get()

    # The link works once: opening it again says so clearly.
    pat.goto(url)
    expect(pat.get_by_text("already been used")).to_be_visible()

    # Sharing by choice: ana shares one disclosure from her own page; pat sees it, and only it.
    Disclosure.objects.create(owner=owner, text="I worry our evenings get rushed.", day=datetime.date(2026, 3, 2))
    Disclosure.objects.create(owner=owner, text="A private regret, never shared.", day=datetime.date(2026, 3, 1))
    ana.goto("/practices/disclosure/")
    item = ana.locator("li", has_text="I worry our evenings get rushed.")
    item.get_by_role("button", name="Share with Pat").click()
    expect(item.get_by_text("Shared with Pat")).to_be_visible()
    pat.goto(f"/together/{link.pk}/")
    expect(pat.get_by_text("I worry our evenings get rushed.")).to_be_visible()
    expect(pat.get_by_text("A private regret, never shared.")).to_have_count(0)
    shared_detail = pat.get_by_role("link", name="A worry").get_attribute("href")

    # A question for both: answers show only after both answered.
    ana.goto(f"/together/{link.pk}/")
    ana.get_by_role("link", name="Ask a question").click()
    ana.get_by_label("Pick a question").select_option("small-joy")
    ana.get_by_role("button", name="Send the invitation").click()
    ana.get_by_label("Your answer").fill("Ana: the bakery smell on Saturday.")
    ana.get_by_role("button", name="Save my answer").click()
    expect(ana.get_by_text("They see it once they have answered too.")).to_be_visible()

    pat.goto("/")
    pat.get_by_role("link", name="Owner invites you to answer a question").click()
    expect(pat.get_by_text("Owner has answered. Their answer shows once you have answered too.")).to_be_visible()
    expect(pat.get_by_text("Ana: the bakery smell")).to_have_count(0)
    assert_accessible(pat, "question")
    pat.get_by_label("Your answer").fill("Pat: a long call with my sister 📞")
    pat.get_by_role("button", name="Save my answer").click()
    expect(pat.get_by_text("Ana: the bakery smell on Saturday.")).to_be_visible()
    ana.reload()
    expect(ana.get_by_text("Pat: a long call with my sister 📞")).to_be_visible()

    # An invitation, not a demand: pat passes on the next one; ana sees it without judgement.
    ana.goto(f"/together/{link.pk}/ask/")
    ana.get_by_label("Or write your own").fill("What would make Sundays feel like ours again?")
    ana.get_by_role("button", name="Send the invitation").click()
    pat.goto("/together/")
    pat.get_by_role("link", name="What would make Sundays feel like ours again?").click()
    pat.get_by_role("button", name="Pass").click()
    expect(pat.get_by_text("Passed. That is completely fine.")).to_be_visible()
    ana.goto(f"/together/{link.pk}/")
    expect(ana.get_by_text("They passed on this one. That is fine.")).to_be_visible()

    # Taking a share back removes it from pat's view at once.
    ana.locator("[data-my-shares]").get_by_role("button", name="Take back").click()
    expect(ana.get_by_text("Taken back. They no longer see it.")).to_be_visible()
    pat.goto(f"/together/{link.pk}/")
    expect(pat.get_by_text("I worry our evenings get rushed.")).to_have_count(0)
    pat.goto(shared_detail)
    expect(pat.get_by_role("heading", name="This is no longer shared with you")).to_be_visible()
    pat.console_errors.clear()  # the 410 and 404 just above were asked for

    # Journal entries and appreciations carry the same per-item button, on the journal list, an
    # entry's own page, and after a Connection Check.
    from heartspace.checkins.models import Appreciation, Check
    from heartspace.journal.models import Entry
    from heartspace.people.models import Person

    Entry.objects.create(owner=owner, written_on=datetime.date(2026, 3, 3), feelings=["hopeful"],
                         text="Hopeful about our Sunday plans.")
    secret = Entry.objects.create(owner=owner, written_on=datetime.date(2026, 3, 4), feelings=["tired"],
                                  text="A journal line only for me.")
    ana.goto(reverse("journal:list"))
    entry_item = ana.locator("li.entry-item", has_text="Hopeful about our Sunday plans.")
    entry_item.get_by_role("button", name="Share with Pat").click()
    expect(entry_item.get_by_text("Shared with Pat")).to_be_visible()
    ana.goto(reverse("journal:detail", kwargs={"entry_id": secret.pk}))
    expect(ana.get_by_role("button", name="Share with Pat")).to_be_visible()
    person = Person.objects.create(owner=owner, name="Pat")
    check = Check.objects.create(owner=owner, person=person, status=Check.Status.DONE,
                                 scheduled_for=datetime.datetime(2026, 3, 2, 18, 0, tzinfo=datetime.UTC))
    Appreciation.objects.create(owner=owner, person=person, connection_check=check,
                                text="Thank you for making tea before I asked.")
    ana.goto(reverse("checkins:after", kwargs={"check_id": check.pk}))
    thanks = ana.locator("#appreciation li", has_text="Thank you for making tea")
    thanks.get_by_role("button", name="Share with Pat").click()
    expect(thanks.get_by_text("Shared with Pat")).to_be_visible()
    pat.goto(f"/together/{link.pk}/")
    expect(pat.get_by_text("Hopeful about our Sunday plans.")).to_be_visible()
    expect(pat.get_by_text("Thank you for making tea before I asked.")).to_be_visible()
    expect(pat.get_by_text("A journal line only for me.")).to_have_count(0)

    # Practising in step from two phones: both pages move together.
    ana.goto(f"/together/{link.pk}/")
    ana.get_by_label("Practice together").select_option("vulnerability")
    ana.get_by_label("Minutes each (vulnerability exercise)").fill("1")
    ana.get_by_role("button", name="Invite them to practise").click()
    expect(ana.get_by_text("Waiting for Pat to accept")).to_be_visible()
    pat.goto("/together/")
    pat.get_by_role("link", name="Vulnerability exercise").click()
    pat.get_by_role("button", name="Accept and start").click()
    expect(pat.get_by_role("button", name="Begin together")).to_be_visible()
    expect(ana.get_by_role("button", name="Begin together")).to_be_visible()  # by polling, no reload
    ana.get_by_role("button", name="Begin together").click()
    expect(ana.get_by_role("heading", name="You speak")).to_be_visible()
    expect(pat.get_by_role("heading", name="You listen")).to_be_visible()
    expect(pat.locator("[data-countdown-display]")).to_have_text(re.compile(r"^[01]:\d\d$"))
    pat.get_by_role("button", name="Next, for both of us").click()
    expect(ana.get_by_role("heading", name="Swap")).to_be_visible()
    assert not ana.console_errors and not pat.console_errors, (ana.console_errors, pat.console_errors)

    # Unlinking, quietly: sharing stops; ana just no longer has the link.
    pat.goto(f"/together/{link.pk}/")
    pat.get_by_role("link", name="Unlink").click()
    assert_accessible(pat, "unlink")
    pat.get_by_role("button", name="Unlink now").click()
    expect(pat.get_by_text("You are no longer linked with Owner")).to_be_visible()
    response = ana.goto(f"/together/{link.pk}/")
    assert response.status == 404
    ana.goto("/together/")
    expect(ana.get_by_text("You are not linked with anyone yet")).to_be_visible()
    assert User.objects.filter(username="pat").exists()

    # Each keeps their own records of the link, and only their own.
    pat.goto("/together/")
    pat.get_by_role("link", name="Your own records with Owner").click()
    expect(pat.locator("[data-own-answers]")).to_contain_text("Pat: a long call with my sister 📞")
    expect(pat.get_by_text("Ana: the bakery smell on Saturday.")).to_have_count(0)
    assert_accessible(pat, "own records")
    ana.goto("/together/")
    ana.get_by_role("link", name="Your own records with Pat").click()
    expect(ana.locator("[data-own-answers]")).to_contain_text("Ana: the bakery smell on Saturday.")
    expect(ana.get_by_text("Pat: a long call with my sister")).to_have_count(0)


def test_connection_check_together_leaves_each_their_own_record(two_people, owner, live_server):
    """Two phones run a Connection Check in step, taking turns to move both on; at the end each
    side has their own done check and notes their own commitment and appreciation, privately."""
    from heartspace.checkins.models import Appreciation, Check, Commitment
    from heartspace.partners import services
    from heartspace.partners.models import JointSession
    from tests.conftest import make_user

    ana, pat = two_people
    pat_user = make_user("pat")
    link = services.link_users(owner, pat_user)
    sign_in(pat, pat_user, live_server.url)

    ana.goto(f"/together/{link.pk}/")
    ana.get_by_label("Practice together").select_option("connection_check")
    ana.get_by_label("Phone-free minutes first (Connection Check)").fill("0")
    ana.get_by_role("button", name="Invite them to practise").click()
    session = JointSession.objects.latest("pk")
    pat.goto(f"/together/sessions/{session.pk}/")
    pat.get_by_role("button", name="Accept and start").click()
    expect(ana.locator('[data-session-version="active-0"]')).to_be_visible()  # by polling
    for step in range(9):  # ready, privacy, three questions, two stories, commitment, appreciation
        mover, follower = (ana, pat) if step % 2 == 0 else (pat, ana)
        mover.locator("[data-session-next]").click()
        version = "done-9" if step == 8 else f"active-{step + 1}"
        for page in (mover, follower):
            expect(page.locator(f'[data-session-version="{version}"]')).to_be_visible()
        if step == 6:
            expect(follower.get_by_role("heading", name="One micro-commitment each")).to_be_visible()
    for page in (ana, pat):
        expect(page.get_by_text("Finished. Thank you both for taking the time.")).to_be_visible()
        expect(page.get_by_role("heading", name="Just for you")).to_be_visible()
    assert_accessible(ana, "joint check done")

    ana.get_by_label("One thing you will do").fill("Book the Saturday walk")
    ana.get_by_role("button", name="Save my micro-commitment").click()
    expect(ana.get_by_text("Your micro-commitment is saved, for you only.")).to_be_visible()
    expect(ana.locator("[data-own-commitment]")).to_contain_text("Book the Saturday walk")
    pat.get_by_label("One specific thing you appreciated about them").fill("You waited for my whole answer")
    pat.get_by_role("button", name="Save my appreciation").click()
    expect(pat.locator("[data-own-appreciation]")).to_contain_text("You waited for my whole answer")
    expect(pat.get_by_text("Book the Saturday walk")).to_have_count(0)
    ana.reload()
    expect(ana.get_by_text("You waited for my whole answer")).to_have_count(0)

    # Each side's record is in their own Checks, where the appreciation can be shared if they choose.
    pat.get_by_role("link", name="Open your record of this check").click()
    thanks = pat.locator("#appreciation li", has_text="You waited for my whole answer")
    expect(thanks.get_by_role("button", name="Share with Owner")).to_be_visible()
    assert Check.objects.filter(owner=owner, status="done").count() == 1
    assert Check.objects.filter(owner=pat_user, status="done").count() == 1
    assert Commitment.objects.get().owner == owner and Appreciation.objects.get().owner == pat_user
    assert not ana.console_errors and not pat.console_errors, (ana.console_errors, pat.console_errors)
