"""Each practice walked as a person would, on a phone and a desktop (the `ui` fixture runs both)."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from e2e.conftest import assert_accessible
from heartspace.people.models import Person
from heartspace.practices.models import (
    Bid,
    Boundary,
    ConflictRule,
    Disclosure,
    FeelingStatement,
    Ritual,
    RitualOccurrence,
    TimeOut,
    VulnerabilitySession,
)


def test_index_links_every_practice(signed_in):
    page = signed_in
    page.goto("/practices/")
    expect(page.get_by_role("heading", name="Practices", exact=True)).to_be_visible()
    assert_accessible(page, "practices index")
    for name in ("Daily disclosure", "“I feel” statements", "Listening card", "Bids for connection", "Rituals",
                 "Conflict rules and time-outs", "Vulnerability exercise", "Boundaries"):
        expect(page.get_by_role("link", name=name, exact=True)).to_be_visible()
    page.get_by_role("link", name="Bids for connection", exact=True).click()
    expect(page.get_by_role("heading", name="Bids for connection")).to_be_visible()


def test_daily_disclosure(signed_in, owner):
    page = signed_in
    Person.objects.create(owner=owner, name="Maya")
    page.goto("/practices/disclosure/")
    expect(page.get_by_role("heading", name="Today’s prompt")).to_be_visible()
    assert_accessible(page, "disclosure")
    page.get_by_role("button", name="Save today’s statement").click()
    expect(page.get_by_text("even one short sentence counts")).to_be_visible()
    page.get_by_label("Something I appreciated").check()
    page.get_by_label("About or for").select_option(label="Maya")
    page.get_by_label("Your honest statement").fill("Я ценю, что ты приготовила чай 🍵")
    page.get_by_role("button", name="Save today’s statement").click()
    expect(page.get_by_text("Thank you for being honest today.")).to_be_visible()
    expect(page.get_by_text("Я ценю, что ты приготовила чай 🍵")).to_be_visible()
    expect(page.get_by_text("You wrote on 1 day of the last 30.")).to_be_visible()
    item = Disclosure.objects.get(owner=owner)
    assert item.kind == "appreciation" and item.person.name == "Maya"


def test_i_feel_builder_with_picker_and_live_coach(signed_in, owner):
    page = signed_in
    page.goto("/practices/i-feel/")
    expect(page.get_by_text("I feel lonely when evenings are quiet; I need fifteen minutes of focused talk together.")).to_be_visible()
    assert_accessible(page, "statements")
    page.get_by_text("Sadness", exact=True).click()
    page.locator("[data-feeling='lonely']").click()
    expect(page.get_by_label("I feel", exact=True)).to_have_value("lonely")
    page.get_by_label("when", exact=True).fill("evenings are quiet")
    page.get_by_label("and I need").fill("fifteen minutes of focused talk")
    expect(page.get_by_label("Your statement")).to_have_value(
        "I feel lonely when evenings are quiet, and I need fifteen minutes of focused talk.")
    page.get_by_role("button", name="Save statement").click()
    expect(page.get_by_text("Saved your statement.")).to_be_visible()
    expect(page.locator(".statement-list").get_by_text("I feel lonely when evenings are quiet")).to_be_visible()
    # A thought dressed as a feeling, in the person's own words, is saved and gently pointed out.
    page.get_by_label("I feel", exact=True).fill("that you never listen")
    page.get_by_label("when", exact=True).fill("I talk about work")
    page.get_by_label("and I need").fill("you to look up from the phone")
    expect(page.get_by_label("Your statement")).to_have_value(
        "I feel that you never listen when I talk about work, and I need you to look up from the phone.")
    # Live coach feedback, before saving: a thought, not a feeling; and "you never" as blame.
    expect(page.get_by_text("introduces a thought, not a feeling", exact=False)).to_be_visible()
    expect(page.get_by_text("sounds like a verdict", exact=False)).to_be_visible()
    page.get_by_role("button", name="Save statement").click()
    expect(page.get_by_text("reads like a thought about them", exact=False).first).to_be_visible()
    assert FeelingStatement.objects.filter(owner=owner).count() == 2


def test_listening_card_and_sit_with_it(signed_in):
    page = signed_in
    page.goto("/practices/listening/")
    expect(page.get_by_text("What I'm hearing is… Is that right?")).to_be_visible()
    expect(page.get_by_text("That makes sense.")).to_be_visible()
    # Large enough to read at arm's length during a conversation.
    size = page.locator(".big-list li").first.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    assert size >= 22
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert_accessible(page, "listening")
    page.get_by_role("link", name="They are in pain").click()
    expect(page.get_by_role("heading", name="Be with them. Do not fix.")).to_be_visible()
    assert_accessible(page, "sit with it")


def test_bids_in_one_or_two_taps(signed_in, owner):
    page = signed_in
    Person.objects.create(owner=owner, name="Alex")
    page.goto("/practices/bids/")
    assert_accessible(page, "bids")
    page.get_by_role("button", name="Turned toward").click()  # one tap, defaults
    expect(page.get_by_text("Logged: turned toward.")).to_be_visible()
    page.get_by_label("Alex").count()
    page.get_by_label("With").select_option(label="Alex")
    page.get_by_label("A joke").check()
    page.get_by_role("button", name="Turned away").click()
    expect(page.get_by_text("Over these weeks, 50% of bids were turned toward.")).to_be_visible()
    assert sorted(Bid.objects.filter(owner=owner).values_list("response", flat=True)) == ["away", "toward"]
    assert Bid.objects.get(response="away").kind == "joke"


def test_ritual_scheduled_and_outcome_recorded(signed_in, owner):
    page = signed_in
    Person.objects.create(owner=owner, name="Sam")
    page.goto("/practices/rituals/")
    assert_accessible(page, "rituals")
    page.get_by_role("link", name="Nightly gratitude").click()
    expect(page.get_by_label("Name")).to_have_value("Nightly gratitude")
    # Only the "when" fields that matter for the frequency are shown.
    expect(page.get_by_label("Weekday")).to_be_hidden()
    page.get_by_label("How often").select_option(label="Every month")
    expect(page.get_by_label("Day of the month")).to_be_visible()
    page.get_by_label("Monthly on").select_option(label="On a weekday of the month (e.g. first Sunday)")
    expect(page.get_by_label("Which week")).to_be_visible()
    expect(page.get_by_label("Day of the month")).to_be_hidden()
    page.get_by_label("How often").select_option(label="Every day")
    page.get_by_label("With").select_option(label="Sam")
    page.get_by_role("button", name="Schedule").click()
    expect(page.get_by_role("heading", name="Nightly gratitude")).to_be_visible()
    expect(page.get_by_text("Each name one thing from today", exact=False)).to_be_visible()
    page.get_by_label("We did it").check()
    page.get_by_label("Outcome").fill("Grateful for the walk.")
    page.get_by_role("button", name="Record").click()
    expect(page.get_by_text("Recorded.")).to_be_visible()
    expect(page.get_by_text("Grateful for the walk.")).to_be_visible()
    ritual = Ritual.objects.get(owner=owner)
    assert ritual.frequency == "daily"
    assert RitualOccurrence.objects.get(ritual=ritual).status == "done"


def test_conflict_rules_and_time_out_on_a_short_clock(signed_in, owner):
    page = signed_in
    page.clock.install()
    Person.objects.create(owner=owner, name="Noor")
    page.goto("/practices/rules/")
    expect(page.get_by_text("No name-calling.")).to_be_visible()
    assert_accessible(page, "rules")
    page.get_by_role("link", name="Noor").click()
    page.get_by_label("Rule", exact=True).fill("No big talks after 11 pm.")
    page.get_by_role("button", name="Add rule").click()
    expect(page.get_by_text("No big talks after 11 pm.")).to_be_visible()
    assert ConflictRule.objects.filter(owner=owner, person__name="Noor").count() == 5

    page.get_by_label("Calm-down minutes").fill("2")
    page.get_by_role("button", name="Start time-out").click()
    expect(page.locator("[data-timer-display]")).to_have_text(re.compile(r"^(2:00|1:5\d)$"))
    expect(page.get_by_role("heading", name="Slow breathing").or_(page.get_by_role("heading", name="Feet on the ground"))
           .or_(page.get_by_role("heading", name="Walk it off"))).to_be_visible()
    assert_accessible(page, "time-out")
    expect(page.get_by_text("Time to come back.", exact=False)).to_be_hidden()
    page.clock.run_for(125_000)
    expect(page.get_by_text("Time to come back.", exact=False)).to_be_visible()
    # Not ready yet: ten more minutes, and the come-back time moves with it.
    page.get_by_role("button", name="I need ten more minutes").click()
    expect(page.get_by_text("Ten more minutes.", exact=False)).to_be_visible()
    # The server clock is real (the test clock only moves the browser): ten more minutes on top of what is left.
    expect(page.locator("[data-timer-display]")).to_have_text(re.compile(r"^(1[01]:\d\d|12:00)$"))
    timeout = TimeOut.objects.get(owner=owner)
    assert timeout.minutes == 12 and timeout.resolved_at is None

    # Unresolved, it stays visible on the Today page until marked resolved.
    page.goto("/")
    expect(page.get_by_role("heading", name="Time-outs to come back to")).to_be_visible()
    page.locator(".practices-panel").get_by_role("link", name=re.compile("Noor")).click()
    page.get_by_label("How did you resolve it? (optional)").fill("We agreed to talk on Saturday morning.")
    page.get_by_role("button", name="Mark resolved").click()
    expect(page.get_by_text("Coming back to it takes courage.")).to_be_visible()
    page.goto("/")
    expect(page.get_by_role("heading", name="Time-outs to come back to")).to_be_hidden()


def test_vulnerability_exercise_full_and_abandoned(signed_in, owner):
    page = signed_in
    page.clock.install()
    Person.objects.create(owner=owner, name="Ana")
    page.goto("/practices/vulnerability/")
    assert_accessible(page, "vulnerability")
    page.get_by_label("With").select_option(label="Ana")
    page.get_by_label("Minutes each").fill("1")
    page.get_by_role("button", name="Begin").click()
    expect(page.get_by_text("You speak. Share a fear.")).to_be_visible()
    expect(page.get_by_text("No debate.")).to_be_visible()
    expect(page.locator("body")).to_have_class(re.compile("guide"))
    expect(page.locator("[data-timer-display]")).to_have_text("1:00")
    assert_accessible(page, "first turn")
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(30_000)
    expect(page.locator("[data-timer-display]")).to_have_text("0:30")
    page.clock.run_for(31_000)
    expect(page.get_by_text("Time. Thank each other, then swap.")).to_be_visible()
    page.get_by_label("A few words to remember (optional)").fill("Afraid of not being enough.")
    page.get_by_role("button", name="Swap").click()
    expect(page.get_by_text("Now Ana speaks, and you listen.")).to_be_visible()
    page.get_by_role("button", name="Start the second turn").click()
    expect(page.get_by_text("Ana speaks. You listen, mirror and validate.")).to_be_visible()
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(20_000)
    # Abandon midway: what was recorded is kept.
    page.get_by_label("A few words to remember (optional)").fill("She fears being left out.")
    page.get_by_role("button", name="Stop here").click()
    expect(page.get_by_text("What you noted is kept.", exact=False).first).to_be_visible()
    expect(page.get_by_text("Afraid of not being enough.")).to_be_visible()
    expect(page.get_by_text("She fears being left out.")).to_be_visible()
    session = VulnerabilitySession.objects.get(owner=owner)
    assert session.stage == "abandoned" and session.minutes_each == 1
    assert session.first_note == "Afraid of not being enough."


def test_boundaries_with_review(signed_in, owner):
    page = signed_in
    page.goto("/practices/boundaries/")
    assert_accessible(page, "boundaries")
    page.get_by_role("button", name="Save boundary").click()
    expect(page.get_by_text("Name the boundary in a few words", exact=False)).to_be_visible()
    page.get_by_label("In a few words").fill("Space after work")
    page.get_by_label("What is and is not OK for me").fill("Quiet for twenty minutes is OK.")
    page.get_by_label("Review on").fill("2020-01-01")
    page.get_by_role("button", name="Save boundary").click()
    expect(page.get_by_text("Saved your boundary.")).to_be_visible()
    expect(page.get_by_text("Due for review")).to_be_visible()
    page.get_by_role("button", name="Reviewed, still right").click()
    expect(page.get_by_text("Next review on", exact=False)).to_be_visible()
    expect(page.get_by_text("Due for review")).to_be_hidden()
    assert Boundary.objects.get(owner=owner).reviewed_at is not None


def test_leaving_a_time_out_midway_keeps_it(signed_in, owner):
    page = signed_in
    page.clock.install()
    page.goto("/practices/time-outs/")
    page.get_by_label("What it was about").fill("Who hosts the holidays")
    page.get_by_role("button", name="Start time-out").click()
    expect(page.locator(".timer")).to_have_attribute("data-timer-state", "running")
    page.clock.run_for(30_000)
    page.goto("/practices/")  # walked away mid-timer
    expect(page.get_by_role("heading", name="Waiting to be resolved")).to_be_visible()
    timeout = TimeOut.objects.get(owner=owner)
    assert timeout.topic == "Who hosts the holidays" and timeout.resolved_at is None
    page.get_by_role("link", name="Time-out", exact=True).click()
    expect(page.locator("[data-timer-display]")).to_have_text(re.compile(r"^1?\d:\d\d$"))
    expect(page.locator(".timer")).to_have_attribute("data-timer-state", "running")


def test_every_practice_page_with_demo_data_is_accessible(signed_in, owner):
    from heartspace.demo import generate

    page = signed_in
    generate(owner, people=4, days=90, seed=5)
    ritual = Ritual.objects.filter(owner=owner).first()
    timeout = TimeOut.objects.filter(owner=owner).first()
    session = VulnerabilitySession.objects.filter(owner=owner).first()
    rule = ConflictRule.objects.filter(owner=owner).first()
    boundary = Boundary.objects.filter(owner=owner).first()
    disclosure = Disclosure.objects.filter(owner=owner).first()
    person = Person.objects.filter(owner=owner).first()
    urls = ["/practices/", "/practices/settings/", "/practices/disclosure/", f"/practices/disclosure/{disclosure.pk}/",
            "/practices/i-feel/", "/practices/listening/", "/practices/listening/?mode=sit", "/practices/bids/",
            "/practices/rituals/", f"/practices/rituals/{ritual.pk}/", f"/practices/rituals/{ritual.pk}/edit/",
            "/practices/rules/", f"/practices/rules/with/{person.pk}/", f"/practices/rules/{rule.pk}/",
            "/practices/time-outs/", f"/practices/time-outs/{timeout.pk}/", "/practices/vulnerability/",
            f"/practices/vulnerability/{session.pk}/", "/practices/boundaries/", f"/practices/boundaries/{boundary.pk}/", "/"]
    for url in urls:
        response = page.goto(url)
        assert response.status == 200, url
        expect(page.get_by_role("link", name="Get help now")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), f"{url} scrolls sideways"
        assert_accessible(page, url)
    assert not page.console_errors, page.console_errors


def test_paused_time_out_stays_paused_after_a_reload(signed_in, owner):
    import datetime

    from django.utils import timezone

    page = signed_in
    page.clock.install()
    now = timezone.now()
    timeout = TimeOut.objects.create(owner=owner, minutes=20, started_at=now, return_by=now + datetime.timedelta(minutes=20))
    page.goto(f"/practices/time-outs/{timeout.pk}/")
    timer = page.locator("[data-timer]")
    expect(timer).to_have_attribute("data-timer-state", "running")
    page.clock.run_for(30_000)
    timer.get_by_role("button", name="Pause").click()
    expect(timer).to_have_attribute("data-timer-state", "paused")
    shown = page.locator("[data-timer-display]").text_content()
    assert re.match(r"^19:[23]\d$", shown), shown
    page.reload()
    expect(timer).to_have_attribute("data-timer-state", "paused")
    expect(page.locator("[data-timer-display]")).to_have_text(shown)
    page.clock.run_for(60_000)  # a paused timer does not move, reload or not
    expect(page.locator("[data-timer-display]")).to_have_text(shown)
    timer.get_by_role("button", name="Start").click()
    expect(timer).to_have_attribute("data-timer-state", "running")
    page.reload()
    expect(timer).to_have_attribute("data-timer-state", "running")
