"""The journal and individual growth as a person uses them, on a phone and a desktop."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from e2e.conftest import assert_accessible
from heartspace.journal import growth
from heartspace.journal.models import Entry, PracticeLog, SelfCheck


def test_write_an_entry_with_the_picker_and_see_help_without_being_blocked(signed_in, owner):
    page = signed_in
    page.goto("/journal/")
    expect(page.get_by_role("heading", name="Your journal")).to_be_visible()
    assert_accessible(page, "journal list (empty)")
    page.get_by_role("link", name="New entry").click()
    expect(page.get_by_role("heading", name="New journal entry")).to_be_visible()

    feelings = page.get_by_label("What are you feeling?")
    page.locator("summary", has_text="Fear").click()
    page.get_by_role("button", name="anxious", exact=True).click()
    page.locator("summary", has_text="Sadness").click()
    page.get_by_role("button", name="lonely", exact=True).click()
    expect(feelings).to_have_value("anxious, lonely")
    expect(page.get_by_role("button", name="anxious", exact=True)).to_have_attribute("aria-pressed", "true")
    # Tapping again removes it; a word of your own is typed straight in.
    page.get_by_role("button", name="lonely", exact=True).click()
    expect(feelings).to_have_value("anxious")
    feelings.fill("anxious, lonely, on edge")
    expect(page.get_by_role("button", name="lonely", exact=True)).to_have_attribute("aria-pressed", "true")
    meanings = page.locator("[data-feelings-meanings]").first
    expect(meanings).to_contain_text("lonely — Wanting connection that is not there right now.")
    expect(meanings).to_contain_text("on edge — your own word")
    assert_accessible(page, "new entry")

    text = page.get_by_label("What happened, and what is going on inside you?")
    text.fill("He pushed me against the wall again and said he would hurt me if I told my sister.")
    help_card = page.locator("[data-help-card]").first
    expect(help_card).to_be_visible()  # live, while typing
    expect(help_card.get_by_role("link", name="Get help now")).to_have_attribute("href", "/help/urgent/")

    page.get_by_role("button", name="Save entry").click()  # the card never blocks saving
    expect(page.get_by_text("Saved in your private journal.")).to_be_visible()
    expect(page.locator("[data-help-card]")).to_be_visible()
    entry = Entry.objects.get(owner=owner)
    assert entry.feelings == ["anxious", "lonely", "on edge"]
    assert "hurt me if I told my sister" in entry.text
    expect(page.get_by_text("your own word")).to_be_visible()  # "on edge" accepted as the person's own

    page.get_by_role("link", name="Entries").click()
    page.get_by_role("link", name="anxious ×1").click()
    expect(page.get_by_role("heading", name="1 matching entry")).to_be_visible()
    assert not page.console_errors, page.console_errors


def test_notice_accept_decide_then_edit_and_delete(signed_in, owner):
    page = signed_in
    page.goto("/journal/new/?guide=notice")
    expect(page.get_by_role("heading", name=re.compile("Notice it, accept it, then decide"))).to_be_visible()
    page.get_by_label("What are you feeling?").fill("jealous")
    page.get_by_label("What happened, and what is going on inside you?").fill("They laughed with someone new.")
    page.get_by_label(re.compile("Can you let the feeling be here")).fill("It is an old feeling; it can stay a while.")
    page.get_by_label("I noticed it; I will let it pass without acting").check()
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("I noticed it; I will let it pass without acting")).to_be_visible()
    expect(page.locator("[data-help-card]")).to_have_count(0)

    page.get_by_role("link", name="Edit").click()
    page.get_by_label("What are you feeling?").fill("jealous, insecure")
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("Your changes are saved.")).to_be_visible()
    assert Entry.objects.get(owner=owner).feelings == ["jealous", "insecure"]

    page.get_by_role("link", name="Delete").click()
    expect(page.get_by_role("heading", name="Delete this entry?")).to_be_visible()
    page.get_by_role("button", name="Yes, delete it").click()
    expect(page.get_by_text("The entry is deleted.")).to_be_visible()
    assert not Entry.objects.filter(owner=owner).exists()


def test_empty_entry_gets_a_clear_message(signed_in, owner):
    page = signed_in
    page.goto("/journal/new/?guide=needs")
    expect(page.get_by_text(re.compile("make me a coffee"))).to_be_visible()
    page.get_by_role("button", name="Save entry").click()
    expect(page.get_by_text("This entry is empty. Name a feeling or write a few words, then save.")).to_be_visible()
    assert not Entry.objects.exists()


def test_browse_and_search_the_feelings_vocabulary(signed_in):
    page = signed_in
    page.goto("/journal/feelings/")
    expect(page.get_by_role("heading", name="Feelings vocabulary")).to_be_visible()
    assert_accessible(page, "vocabulary")
    furious = page.locator("[data-vocabulary-word='furious']")
    expect(furious).to_be_visible()
    page.get_by_role("searchbox", name="Search feelings").fill("lonel")
    expect(page.locator("[data-vocabulary-word='lonely']")).to_be_visible()
    expect(furious).to_be_hidden()
    expect(page.get_by_text("Wanting connection that is not there right now.")).to_be_visible()
    page.get_by_role("searchbox", name="Search feelings").fill("wobbly")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_text(re.compile("is not in this list, and that is fine"))).to_be_visible()
    page.get_by_role("link", name="Write about it").click()
    expect(page.get_by_label("What are you feeling?")).to_have_value("wobbly")


def test_timed_self_compassion_pause_on_a_short_clock(signed_in, owner):
    page = signed_in
    page.clock.install()
    page.goto("/journal/growth/")
    expect(page.get_by_role("heading", name="Individual growth")).to_be_visible()
    assert_accessible(page, "growth")
    page.get_by_role("link", name="A self-compassion pause").click()
    expect(page.locator("[data-timer-display]")).to_have_text("3:00")
    expect(page.get_by_text("This is a hard moment", exact=False)).to_be_visible()
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(60_000)
    expect(page.locator("[data-timer-display]")).to_have_text("2:00")
    expect(page.get_by_role("heading", name="Time is up")).to_be_hidden()
    page.clock.run_for(121_000)
    expect(page.get_by_role("heading", name="Time is up")).to_be_visible()
    assert_accessible(page, "practice done")
    page.get_by_label("Anything you noticed? (private)").fill("Softer in the chest.")
    page.get_by_role("button", name="Save to my growth history").click()
    expect(page.get_by_text("Well done. The practice is in your growth history.")).to_be_visible()
    log = PracticeLog.objects.get(owner=owner)
    assert (log.practice, log.seconds, log.completed, log.note) == ("self-compassion-pause", 180, True, "Softer in the chest.")
    page.get_by_role("link", name="A self-compassion pause").click()  # next time starts fresh
    expect(page.locator("[data-timer-display]")).to_have_text("3:00")
    expect(page.get_by_role("heading", name="Time is up")).to_be_hidden()


def test_stopping_a_practice_early_keeps_the_time_spent(signed_in, owner):
    page = signed_in
    page.clock.install()
    page.goto("/journal/growth/practice/slow-breathing/")
    page.get_by_role("button", name="Start").click()
    page.clock.run_for(30_000)
    page.reload()  # walked away and came back: the practice picks up where it was
    page.clock.run_for(15_000)
    expect(page.locator("[data-timer-display]")).to_have_text("1:15")
    page.get_by_role("button", name="I stopped early: save what I did").click()
    expect(page.get_by_text("Stopping early is fine", exact=False)).to_be_visible()
    log = PracticeLog.objects.get(owner=owner)
    assert not log.completed and 40 <= log.seconds <= 50


def test_how_self_check(signed_in, owner):
    page = signed_in
    page.goto("/journal/growth/")
    page.get_by_role("link", name="Take the self-check").click()
    expect(page.get_by_role("heading", name="HOW self-check")).to_be_visible()
    page.get_by_role("button", name="Save my self-check").click()
    expect(page.get_by_text("A few statements still need an answer", exact=False)).to_be_visible()
    answers = {"honesty": "4", "openness": "3", "willingness": "2"}
    for question in growth.QUESTIONS:
        group = page.locator(f"[data-question='{question.key}']")
        group.get_by_role("radio", name=re.compile(f"^{answers[question.dimension]} ·")).check()
    assert_accessible(page, "self-check")
    page.get_by_role("button", name="Save my self-check").click()
    expect(page.get_by_text("Your HOW self-check is saved.")).to_be_visible()
    expect(page.locator("[data-dimension='willingness'] .how-score")).to_have_text("2.0")
    expect(page.get_by_text("Ask for one small thing you want", exact=False)).to_be_visible()
    check = SelfCheck.objects.get(owner=owner)
    assert check.scores() == {"honesty": 4.0, "openness": 3.0, "willingness": 2.0}
    page.get_by_role("link", name="Back to growth").click()
    expect(page.locator(".how-bars")).to_contain_text("Willingness to be vulnerable")


def test_every_journal_page_with_demo_history_is_accessible(signed_in, owner):
    import random

    from django.urls import reverse

    from heartspace.demo import DemoContext
    from heartspace.journal import demo, soothing

    ctx = DemoContext(user=owner, rng=random.Random(5), people_count=0, days=60, today=owner.local_today())
    demo.generate(ctx)
    entry = Entry.objects.filter(owner=owner, guide="notice").first()
    check = SelfCheck.objects.filter(owner=owner).first()
    urls = [reverse("journal:list"), reverse("journal:list") + "?core=fear",
            reverse("journal:detail", kwargs={"entry_id": entry.pk}),
            reverse("journal:edit", kwargs={"entry_id": entry.pk}),
            reverse("journal:delete", kwargs={"entry_id": entry.pk}),
            reverse("journal:new") + "?guide=needs",
            reverse("journal:selfcheck_detail", kwargs={"selfcheck_id": check.pk}),
            reverse("journal:selfcheck_delete", kwargs={"selfcheck_id": check.pk}),
            reverse("journal:growth"), reverse("support:urgent"), reverse("support:resources")]
    urls += [reverse(f"journal:practice_{p.key}") for p in soothing.PRACTICES]
    page = signed_in
    for url in urls:
        page.console_errors.clear()
        page.goto(url)
        expect(page.get_by_role("link", name="Get help now").first).to_be_visible()
        assert_accessible(page, url)
        assert not page.console_errors, (url, page.console_errors)
