"""A whole Connection Check, walked as a person would on a phone and on a desktop.

Add a person, get dates proposed and accept one, prepare three questions, run the guided
session on a short test clock (presence phase, permission, a pass, the 3-second pause, a pass
after hearing a question, the 90-second story), survive a reload mid-session, then log it,
make one commitment, close with an appreciation (16 words refused), write a follow-up, see
the promise at home, and see the session counted in the metrics.
"""

from __future__ import annotations

import datetime
import re

from playwright.sync_api import expect

from e2e.conftest import assert_accessible
from heartspace.checkins.models import Appreciation, Check, CheckQuestion, Commitment, FollowUp
from heartspace.people.models import Person


def words(n: int) -> str:
    return " ".join(["kind"] * n)


# Records screen wake lock requests and releases in sessionStorage, so they can be read after navigations.
WAKE_LOCK_SPY = """
(() => {
  const bump = (k) => sessionStorage.setItem(k, String(Number(sessionStorage.getItem(k) || 0) + 1));
  const lock = { released: false, listeners: [],
    addEventListener(type, fn) { this.listeners.push(fn); },
    release() { this.released = true; bump("wl-released"); this.listeners.forEach((fn) => fn()); return Promise.resolve(); } };
  Object.defineProperty(Navigator.prototype, "wakeLock", { configurable: true,
    get() { return { request: (type) => { bump("wl-requested"); return Promise.resolve(Object.assign({}, lock, { listeners: [] })); } }; } });
})();
"""


def wake_locks(page) -> tuple[int, int]:
    return page.evaluate("() => [Number(sessionStorage.getItem('wl-requested') || 0), Number(sessionStorage.getItem('wl-released') || 0)]")


def settled(page) -> None:
    """Wait until the guide has no save in flight (the test then reads the database)."""
    expect(page.locator("[data-guide]")).not_to_have_attribute("data-saving", re.compile(r"^[1-9]"))


def test_whole_connection_check(signed_in, owner):
    page = signed_in
    page.clock.install(time=datetime.datetime.now(datetime.UTC))
    page.add_init_script(WAKE_LOCK_SPY)

    # --- a person ------------------------------------------------------------------------
    page.goto("/people/add/")
    assert_accessible(page, "add person")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_text("Please give a name").or_(page.get_by_text("This field is required"))).to_be_visible()
    page.get_by_label("Name").fill("Ольга 🌿")
    page.get_by_label("Relation in your words").fill("sister")
    expect(page.get_by_label("Connection Checks a month")).to_have_value("2")
    page.get_by_label("Tuesday").check()
    page.get_by_label("Thursday").check()
    page.get_by_label("Preferred time of day").fill("19:00")
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_role("heading", name="Ольга 🌿")).to_be_visible()
    person = Person.objects.get(owner=owner)
    assert person.preferred_weekdays == "1,3"

    # --- schedule ------------------------------------------------------------------------
    page.get_by_role("button", name="Propose dates").click()
    expect(page.get_by_text(re.compile(r"dates proposed for Ольга"))).to_be_visible()
    first = Check.objects.filter(owner=owner).order_by("scheduled_for").first()
    assert first.status == "proposed"
    page.locator(f"a[href='/checks/{first.pk}/']").click()
    expect(page.get_by_role("heading", name="Connection Check")).to_be_visible()
    page.get_by_role("button", name="Accept").click()
    expect(page.locator("[data-status=scheduled]")).to_be_visible()

    # --- prepare three questions ----------------------------------------------------------------
    page.get_by_role("link", name="Prepare questions").click()
    page.get_by_role("button", name="Add my question").click()
    expect(page.get_by_text("The question is empty")).to_be_visible()
    page.get_by_role("button", name="Use the starter questions").click()
    for text in ("What recent moment affected you most?", "What are you quietly proud of?",
                 "Where would a little help make the biggest difference?"):
        expect(page.locator("#picked").get_by_text(text)).to_be_visible()
    assert_accessible(page, "prepare")
    page.get_by_role("link", name="Ready: start the guided session").click()

    # --- the guided session ---------------------------------------------------------------------
    expect(page.locator("body.guide")).to_be_visible()
    assert_accessible(page, "guide start")
    page.get_by_label("Stays between us").check()
    page.get_by_role("button", name="Agree and start").click()
    expect(page.get_by_role("heading", name="Phone-free presence")).to_be_visible()
    expect(page.locator("body")).to_have_class(re.compile(r"presence-dim"))
    # Phone-free: only a quiet progress line, and a small way to end it early.
    expect(page.locator("[data-presence-progress]")).to_be_visible()
    expect(page.get_by_role("button", name="On to the questions")).to_be_hidden()
    expect(page.get_by_role("button", name="End phone-free time early")).to_be_visible()
    clock = page.locator("[data-clock-display]")
    assert wake_locks(page) == [1, 0]  # the screen stays on while the session runs
    expect(clock).to_have_text(re.compile(r"^(30:00|29:5\d)$"))
    settled(page)
    first.refresh_from_db()
    assert first.privacy == "between_us" and first.privacy_agreed and first.started_at

    page.clock.fast_forward("05:00")
    expect(clock).to_have_text(re.compile(r"^2[45]:\d\d$"))
    page.reload()  # a locked phone or an accidental reload: the clock and step resume
    expect(page.get_by_role("heading", name="Phone-free presence")).to_be_visible()
    expect(clock).to_have_text(re.compile(r"^2[45]:\d\d$"))
    assert wake_locks(page)[0] == 2  # taken again after the reload
    page.clock.fast_forward("05:30")
    expect(page.get_by_text("Presence time is over")).to_be_visible()
    expect(page.locator("body")).not_to_have_class(re.compile(r"presence-dim"))
    page.get_by_role("button", name="On to the questions").click()

    # Question 1: permission, the question, the 3-second pause, reflective listening.
    expect(page.get_by_role("heading", name="“May I ask a personal question?”")).to_be_visible()
    page.get_by_role("button", name="They said yes").click()
    expect(page.locator("[data-step]:not([hidden]) .question-text")).to_have_text("What recent moment affected you most?")
    page.get_by_role("button", name="They've answered").click()
    current = page.locator("[data-step]:not([hidden])")
    expect(current.get_by_text("Pause. Let it land…")).to_be_visible()
    page.clock.fast_forward(3500)
    expect(current.get_by_text("Did I get that right?")).to_be_visible()
    expect(current.get_by_text(re.compile("eye contact about 60–70%"))).to_be_visible()
    note = current.get_by_label("A key phrase or note (private)")
    note.fill("“like a tide going out”")
    page.clock.fast_forward(1500)  # the draft is saved as it is typed
    settled(page)
    page.reload()
    expect(current.get_by_label("A key phrase or note (private)")).to_have_value("“like a tide going out”")
    expect(clock).to_have_text(re.compile(r"^1\d:\d\d$"))
    current.get_by_role("button", name="Next").click()

    # Question 2: a visible pass, recorded without judgement, even with no signal for a moment.
    page.context.set_offline(True)
    current.get_by_role("button", name="Pass").click()
    expect(current.get_by_text("Passed. That is completely fine")).to_be_visible()
    expect(page.locator("[data-save-error]")).to_be_visible()
    page.context.set_offline(False)
    current.get_by_role("button", name="Next").click()

    # Question 3: they agree, hear the question, and would rather not answer it after all: still a pass.
    current.get_by_role("button", name="They said yes").click()
    expect(current.locator(".question-text")).to_have_text("Where would a little help make the biggest difference?")
    current.get_by_role("button", name="Pass").click()
    expect(current.get_by_text("Passed. That is completely fine")).to_be_visible()
    current.get_by_role("button", name="Next").click()

    # The 90-second story.
    expect(page.get_by_role("heading", name="Your 90-second story")).to_be_visible()
    expect(page.get_by_text("One scene, one insight.")).to_be_visible()
    story_timer = page.locator("[data-timer$='-story']")
    story_timer.get_by_role("button", name="Start").click()
    expect(story_timer).to_have_attribute("data-timer-state", "running")
    page.clock.fast_forward("01:31")
    expect(story_timer).to_have_attribute("data-timer-state", "done")
    story = page.get_by_label("Your story: one scene, one insight")
    story.fill("I felt scared when I lost my first job; that taught me to ask for help early.")
    current.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Close with an appreciation")).to_be_visible()
    settled(page)
    page.get_by_role("button", name="End the session").click()

    # --- after -------------------------------------------------------------------------------------
    expect(page.get_by_role("heading", name="After the check")).to_be_visible()
    assert wake_locks(page)[1] >= 1  # and is let go when the session ends
    questions = list(CheckQuestion.objects.filter(connection_check=first).order_by("order"))
    assert [q.asked for q in questions] == [True, False, False]
    assert [q.passed for q in questions] == [False, True, True]
    assert questions[0].note == "“like a tide going out”"
    first.refresh_from_db()
    assert first.status == "done" and first.story.startswith("I felt scared")

    page.get_by_label("Yes").check()
    page.get_by_label("Both of us").check()
    page.get_by_label("Short private notes").fill("She told me about the move.")
    page.get_by_role("button", name="Save the log").click()
    expect(page.get_by_text("Logged. Now one small commitment.")).to_be_visible()

    due = page.get_by_label("Do it by")
    expect(due).to_have_value((owner.local_today() + datetime.timedelta(days=7)).isoformat())
    page.get_by_label("One thing you will do").fill("Send her the article about tides")
    page.get_by_role("button", name="Save the commitment").click()
    expect(page.get_by_text("Commitment saved.")).to_be_visible()

    appreciation = page.get_by_label("One specific thing you appreciated about them")
    appreciation.fill(words(16))
    expect(page.locator("#appreciation .word-count")).to_have_text(re.compile(r"16 of 15 words · please trim to 15"))
    page.get_by_role("button", name="Save the appreciation").click()
    expect(page.get_by_text("That is 16 words")).to_be_visible()
    expect(page.get_by_label("One specific thing you appreciated about them")).to_have_value(words(16))
    page.get_by_label("One specific thing you appreciated about them").fill("You listened to the whole story without fixing anything.")
    page.get_by_role("button", name="Save the appreciation").click()
    expect(page.get_by_text("Appreciation saved")).to_be_visible()

    message = "Loved hearing about the move. I sent the tides article. What will you paint first?"
    page.get_by_label("Follow-up message").fill(message)
    expect(page.locator("[data-sms-draft]")).to_have_attribute("href", re.compile(r"^sms:\?&body=Loved%20hearing"))
    expect(page.locator("[data-mailto-draft]")).to_have_attribute("href", re.compile(r"^mailto:\?body=Loved%20hearing"))
    page.locator("[data-copy-draft]").click()
    expect(page.locator("[data-follow-up-composer] [data-copied]")).to_be_visible()
    page.get_by_label("It names one highlight").check()
    page.get_by_label("It names one action I took or will take").check()
    page.get_by_label("It asks one question for next time").check()
    page.get_by_role("button", name="Save the follow-up").click()
    expect(page.get_by_text("Follow-up saved.")).to_be_visible()
    page.get_by_role("button", name="I sent it").click()
    expect(page.locator(".follow-up-sent .badge")).to_be_visible()

    page.locator("#balance-card").get_by_role("button", name="+ Positive moment").click()
    expect(page.locator("#balance-card .logged-note")).to_be_visible()
    assert_accessible(page, "after")

    assert Appreciation.objects.get(owner=owner).text.startswith("You listened")
    assert FollowUp.objects.get(owner=owner).sent_at is not None
    first.refresh_from_db()
    assert first.meaningful and first.disclosed == "both"

    # --- home -------------------------------------------------------------------------------------
    page.goto("/")
    expect(page.get_by_text("Send her the article about tides")).to_be_visible()
    page.get_by_role("button", name="Mark “Send her the article about tides” done").click()
    expect(page.get_by_text("Marked done.")).to_be_visible()
    assert Commitment.objects.get(owner=owner).done_at is not None

    # --- the metrics: this one session shows up, counted the way the seed counts it ---------------
    page.get_by_role("link", name="All insights").click()
    expect(page.get_by_role("heading", name="Insights", exact=True)).to_be_visible()
    expect(page.locator("[data-metric=chats]")).to_have_text("1")  # meaningful, this month
    expect(page.locator("[data-metric=mutual]")).to_have_text("1")  # both of us opened up
    expect(page.locator("[data-metric=followups]")).to_have_text("1 of 1")  # the commitment, done
    expect(page.locator(".insights-chart.chart-ready")).to_have_count(4)
    page.get_by_role("link", name="Ольга 🌿").click()
    expect(page.get_by_role("heading", name="Ольга 🌿")).to_be_visible()
    expect(page.locator("[data-metric=chats]")).to_have_text("1")
    assert_accessible(page, "insights for the person")
    # The only console errors are the requests that failed while the test cut the connection.
    unexpected = [e for e in page.console_errors if "ERR_INTERNET_DISCONNECTED" not in e]
    assert not unexpected, unexpected


# --- move, skip with a reason, the help card, per-person numbers ------------------------------------

SERIOUS = "He hit me again last night and I am scared to go home."


def test_move_and_skip_with_reason(signed_in, owner):
    page = signed_in
    person = Person.objects.create(owner=owner, name="Sam", preferred_weekdays="5", preferred_time=datetime.time(11))
    page.goto(f"/people/{person.pk}/")
    page.get_by_role("button", name="Propose dates").click()
    expect(page.get_by_text(re.compile(r"dates proposed for Sam"))).to_be_visible()
    checks = list(Check.objects.filter(owner=owner, person=person).order_by("scheduled_for"))
    assert len(checks) >= 2 and all(c.status == "proposed" for c in checks)

    # The list says why each date was proposed.
    page.goto("/checks/")
    # (The user has not set free times, so Sam's own day and time decide.)
    expect(page.locator("[data-why-proposed]").first).to_contain_text("preferred days")
    expect(page.locator("[data-why-proposed]").first).to_contain_text("Sam's preferred time")

    # Move: a past date is refused beside the date, keeping the time; a real date moves it.
    first, second = checks[0], checks[1]
    page.goto(f"/checks/{first.pk}/")
    page.get_by_role("link", name="Move", exact=True).click()
    expect(page.get_by_role("heading", name="Move this Connection Check")).to_be_visible()
    page.get_by_label("Date").fill("2020-01-01")
    page.get_by_label("Time").fill("18:45")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#id_date_error")).to_contain_text("already passed")
    expect(page.get_by_label("Time")).to_have_value("18:45")
    target = owner.local_today() + datetime.timedelta(days=20)
    page.get_by_label("Date").fill(target.isoformat())
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Moved.")).to_be_visible()
    expect(page.locator("[data-status=scheduled]")).to_be_visible()
    first.refresh_from_db()
    local = first.scheduled_for.astimezone(owner.zoneinfo())
    assert local.date() == target and local.time() == datetime.time(18, 45) and first.status == "scheduled"

    # Skip with a reason that discloses harm: it is saved and counted, and help is one tap away.
    page.goto(f"/checks/{second.pk}/")
    page.get_by_role("link", name="Skip", exact=True).click()
    page.get_by_label("Why skip? (optional, just for you)").fill(SERIOUS)
    page.get_by_role("button", name="Skip it").click()
    expect(page.get_by_text("Skipped. That is counted, not judged.")).to_be_visible()
    expect(page.locator("[data-help-card]")).to_be_visible()
    expect(page.locator("[data-help-card]").get_by_role("link", name="Get help now")).to_be_visible()
    expect(page.locator("[data-status=skipped]")).to_be_visible()
    second.refresh_from_db()
    assert second.status == "skipped" and second.skip_reason == SERIOUS
    page.goto(f"/people/{person.pk}/")
    expect(page.get_by_text("1 check skipped in the last 90 days.")).to_be_visible()
    assert_accessible(page, "person after a skip")


def test_per_person_number_override(signed_in, owner):
    page = signed_in
    person = Person.objects.create(owner=owner, name="Noor")
    page.goto(f"/people/{person.pk}/edit/")
    page.locator("details.person-numbers summary").click()
    ratio = page.get_by_label("Positive moments for each corrective one")
    expect(ratio).to_have_attribute("placeholder", "5")
    expect(page.get_by_text("Blank: your target, 5.")).to_be_visible()
    # Out of range: a clear message beside the field, what was typed kept.
    ratio.fill("50")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#id_number_ratio_target_error")).to_be_visible()
    expect(page.get_by_label("Positive moments for each corrective one")).to_have_value("50")
    page.get_by_label("Positive moments for each corrective one").fill("3")
    page.get_by_label("Meaningful chats a month with them: at least").fill("1")
    page.get_by_label("Questions to prepare").fill("2")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text("Saved.", exact=True)).to_be_visible()
    expect(page.locator("[data-own-numbers]")).to_contain_text("3")
    person.refresh_from_db()
    assert person.check_numbers == {"ratio_target": 3, "chats_target_low": 1, "questions_per_check": 2}
    page.goto(f"/insights/people/{person.pk}/")
    expect(page.locator("[data-person-targets]")).to_contain_text("Targets just for them")
    expect(page.get_by_text(re.compile(r"against a 3:1 aim"))).to_be_visible()
    expect(page.get_by_text("Target: 1-6 a month.")).to_be_visible()


def test_guide_shows_help_at_once_and_story_uses_the_feelings_picker(signed_in, owner):
    page = signed_in
    person = Person.objects.create(owner=owner, name="Ana")
    check = Check.objects.create(owner=owner, person=person, presence_minutes=10, status="scheduled",
                                 scheduled_for=datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1))
    CheckQuestion.objects.create(owner=owner, connection_check=check, text="What are you quietly proud of?")
    page.goto(f"/checks/{check.pk}/guide/")
    expect(page.locator("[data-guide-help]")).to_be_hidden()
    page.get_by_label("Stays between us").check()
    page.get_by_role("button", name="Agree and start").click()
    # Ending the phone-free time early moves on, undims, and stays ended after a reload.
    page.get_by_role("button", name="End phone-free time early").click()
    expect(page.get_by_role("button", name="They said yes")).to_be_visible()
    expect(page.locator("body")).not_to_have_class(re.compile(r"presence-dim"))
    settled(page)
    page.reload()
    expect(page.get_by_role("button", name="They said yes")).to_be_visible()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_role("button", name="On to the questions")).to_be_visible()
    expect(page.get_by_role("button", name="End phone-free time early")).to_be_hidden()
    page.get_by_role("button", name="On to the questions").click()
    page.get_by_role("button", name="They said yes").click()
    page.get_by_role("button", name="They've answered").click()
    current = page.locator("[data-step]:not([hidden])")
    note = current.get_by_label("A key phrase or note (private)")
    expect(note).to_be_visible(timeout=6000)
    note.fill(SERIOUS)
    # The note is saved as it is typed, and the help card shows at once without stopping anything.
    expect(page.locator("[data-guide-help] [data-help-card]")).to_be_visible()
    settled(page)
    assert CheckQuestion.objects.get(connection_check=check).note == SERIOUS
    current.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Your 90-second story")).to_be_visible()
    picker = page.locator("[data-story-emotion] [data-feelings-picker]")
    picker.locator("summary").first.click()
    chip = picker.locator("[data-feeling]").first
    word = chip.get_attribute("data-feeling")
    chip.click()
    story = page.get_by_label("Your story: one scene, one insight")
    expect(story).to_have_value(re.compile("^I felt " + re.escape(word) + " when "))
    page.locator("[data-story-emotion] [data-feelings-input]").fill("gutted")  # their own word
    expect(story).to_have_value(re.compile(r"^I felt gutted when \[specific event\]"))
    page.locator("[data-story-step]").get_by_role("button", name="Next").click()  # saves the story now
    expect(page.get_by_role("heading", name="Close with an appreciation")).to_be_visible()
    settled(page)
    check.refresh_from_db()
    assert check.story.startswith("I felt gutted when")


def test_free_times_settings(signed_in, owner):
    from heartspace.checkins.models import CheckSettings

    page = signed_in
    page.goto("/checks/settings/availability/")
    expect(page.locator("[data-suggested-availability]")).to_contain_text("Monday 18:00–21:00")
    assert_accessible(page, "free times")
    rows = page.locator("[data-availability-row]")
    expect(rows).to_have_count(10)  # the seven suggested times and three empty rows
    last = rows.nth(7)
    last.get_by_label("Day").select_option(label="Wednesday")
    last.get_by_label("From").fill("13:00")
    last.get_by_label("Until").fill("12:00")
    page.get_by_role("button", name="Save free times").click()
    expect(last.get_by_text("This ends before it starts.")).to_be_visible()
    expect(rows.nth(7).get_by_label("From")).to_have_value("13:00")
    rows.nth(7).get_by_label("From").fill("12:00")
    rows.nth(7).get_by_label("Until").fill("13:30")
    page.get_by_role("button", name="Save free times").click()
    expect(page.get_by_text("Saved. New proposals fall inside these times.")).to_be_visible()
    saved = CheckSettings.objects.get(owner=owner).availability
    assert {"weekday": 2, "start": "12:00", "end": "13:30"} in saved and len(saved) == 8
    page.get_by_role("button", name="I have no free time for now").click()
    expect(page.locator("[data-no-availability]")).to_be_visible()
    page.goto("/checks/")
    expect(page.locator("[data-no-availability]")).to_be_visible()
