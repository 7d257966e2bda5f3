"""The live coach as a person meets it: type a blaming draft, see the suggestion, fix it, see it go."""

from playwright.sync_api import expect

from e2e.conftest import assert_accessible

BLAMING = "You never listen to me, you are so selfish"
FIXED = "I feel lonely when we don't talk in the evening and I need ten minutes together"


def test_blame_appears_then_goes_when_the_draft_is_fixed(signed_in):
    page = signed_in
    page.goto("/writing/coach/")
    expect(page.get_by_role("heading", name="Try the coach")).to_be_visible()
    page.get_by_label("What are you writing?").select_option("i_feel")
    draft = page.get_by_label("Your draft")

    draft.press_sequentially(BLAMING, delay=5)
    suggestion = page.locator('.coach-feedback [data-code="blame"]')
    expect(suggestion).to_be_visible()
    expect(suggestion).to_contain_text("verdict on who they are")
    expect(page.locator(".coach-feedback .word-count")).to_have_text("9 words")
    assert_accessible(page, "coach scratchpad with feedback")

    draft.fill("")
    draft.press_sequentially(FIXED, delay=5)
    expect(page.locator(".coach-feedback .word-count")).to_have_text("16 words")
    expect(suggestion).to_have_count(0)
    expect(page.locator('.coach-feedback [data-code="no_feeling"]')).to_have_count(0)
    assert not page.console_errors


def test_judgement_word_gets_a_feeling_and_the_kind_switch_rechecks(signed_in):
    page = signed_in
    page.goto("/writing/coach/")
    draft = page.get_by_label("Your draft")
    draft.fill("I felt ignored at the party")
    draft.press("End")
    draft.press_sequentially(".", delay=5)
    faux = page.locator('.coach-feedback [data-code="faux_feeling"]')
    expect(faux).to_contain_text("“ignored” is a judgement of what they did")
    expect(faux).to_contain_text("lonely")

    # A follow-up asks for a highlight, an action and a question: switching kind re-checks the same draft.
    page.get_by_label("What are you writing?").select_option("follow_up")
    expect(page.locator('.coach-feedback [data-code="no_question"]')).to_be_visible()
    expect(page.locator(".coach-feedback .word-count")).to_have_text("6 of 59 words")
    assert not page.console_errors


def test_safety_shows_the_help_card_and_keeps_the_text(signed_in):
    page = signed_in
    page.goto("/writing/coach/")
    draft = page.get_by_label("Your draft")
    text = "He grabbed me by the wrist again and I am scared to go home"
    draft.press_sequentially(text, delay=5)
    card = page.locator(".coach-feedback [data-help-card]")
    expect(card).to_be_visible()
    expect(card.get_by_role("link", name="Get help now")).to_be_visible()
    expect(draft).to_have_value(text)


def test_blame_typed_in_shorthand_is_found_and_quoted_as_typed(signed_in):
    page = signed_in
    page.goto("/writing/coach/")
    draft = page.get_by_label("Your draft")
    draft.press_sequentially("why do u have to be like this", delay=5)
    suggestion = page.locator('.coach-feedback [data-code="blame"]')
    expect(suggestion).to_be_visible()
    expect(suggestion).to_contain_text("why do u have to be")
    expect(draft).to_have_value("why do u have to be like this")
    assert not page.console_errors
