"""The private journal as a person uses it: write, name feelings, find, edit, delete."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse

from heartspace.journal.models import Entry
from tests.journal.factories import make_entry

pytestmark = pytest.mark.django_db

NEW = reverse("journal:new")


def post_entry(client, **fields):
    data = {"guide": "free", "written_on": "2026-03-02", "feelings": "", "text": "", "accepting": "",
            "decision": "", "decision_note": "", "needs": "", "request": "", "request_to": ""}
    data.update(fields)
    return client.post(NEW, data)


def test_new_entry_names_picked_and_own_feelings(owner_client, owner):
    response = post_entry(owner_client, feelings="Anxious, lonely, wobbly, anxious", text="Quiet evening again.")
    entry = Entry.objects.get(owner=owner)
    assert response.status_code == 302 and response["Location"] == reverse("journal:detail", kwargs={"entry_id": entry.pk})
    assert entry.feelings == ["anxious", "lonely", "wobbly"]
    page = owner_client.get(response["Location"]).content.decode()
    assert "Worried about what might happen" in page  # the definition of "anxious"
    assert "your own word" in page  # "wobbly" accepted as the person's own word
    assert "Saved in your private journal." in page


def test_new_entry_defaults_to_the_users_local_date(owner_client):
    # 23:30 UTC on 1 March is already 2 March in Auckland.
    with time_machine.travel(datetime.datetime(2026, 3, 1, 23, 30, tzinfo=datetime.UTC), tick=False):
        owner_client.get(NEW)  # warm
        from heartspace.accounts.models import User
        User.objects.filter(username="owner").update(time_zone="Pacific/Auckland")
        page = owner_client.get(NEW).content.decode()
    assert 'value="2026-03-02"' in page


def test_feeling_from_the_vocabulary_prefills_a_new_entry(owner_client):
    page = owner_client.get(NEW + "?feeling=Lonely").content.decode()
    assert 'value="lonely"' in page


def test_guided_notice_accept_decide(owner_client, owner):
    page = owner_client.get(NEW + "?guide=notice").content.decode()
    assert "Notice it, accept it, then decide whether it should drive what you do" in page
    assert "1. Notice it" in page and "2. Accept it" in page and "3. Decide" in page
    post_entry(owner_client, guide="notice", feelings="jealous", text="They laughed with someone else.",
               accepting="It is an old feeling and it can be here.", decision="let_pass",
               decision_note="I will not check their phone.")
    entry = Entry.objects.get(owner=owner)
    assert entry.guide == "notice" and entry.decision == "let_pass"
    detail = owner_client.get(reverse("journal:detail", kwargs={"entry_id": entry.pk})).content.decode()
    assert "I noticed it; I will let it pass without acting" in detail


def test_needs_prompt_tells_the_coffee_story_and_saves_the_request(owner_client, owner):
    page = owner_client.get(NEW + "?guide=needs").content.decode()
    assert "Say what you want instead of waiting to be read" in page and "coffee" in page
    post_entry(owner_client, guide="needs", feelings="unappreciated", needs="Appreciation, to be seen",
               request="Would you bring me a coffee on Saturday?", request_to="Alex")
    entry = Entry.objects.get(owner=owner)
    assert entry.needs == ["appreciation", "to be seen"] and entry.request_to == "Alex"
    detail = owner_client.get(reverse("journal:detail", kwargs={"entry_id": entry.pk})).content.decode()
    assert "Would you bring me a coffee on Saturday?" in detail
    # "unappreciated" is a judgement of the other person: the page suggests feelings underneath.
    assert "resentful" in detail


def test_entry_form_has_live_coach_and_feelings_picker(owner_client):
    page = owner_client.get(NEW).content.decode()
    assert reverse("writing:feedback") in page and "coach-feedback" in page
    assert "data-feelings-picker" in page and 'data-feeling="frustrated"' in page
    assert "<datalist" in page and "journal-feelings-picker.js" in page


def test_disclosure_shows_help_card_after_save_without_blocking(owner_client, owner):
    response = post_entry(owner_client, feelings="scared",
                          text="He hit me again last night and said he would hurt me if I told anyone.")
    assert response.status_code == 302
    entry = Entry.objects.get(owner=owner)
    assert "hurt me if I told anyone" in entry.text
    page = owner_client.get(response["Location"]).content.decode()
    assert "data-help-card" in page and reverse("support:urgent") in page


def test_ordinary_entry_shows_no_help_card(owner_client, owner):
    response = post_entry(owner_client, feelings="content", text="A lovely walk by the river with Sam.")
    assert "data-help-card" not in owner_client.get(response["Location"]).content.decode()


def test_list_search_and_filter_by_feeling(owner_client, owner, stranger):
    make_entry(owner, feelings=["anxious"], text="Before the interview.")
    make_entry(owner, feelings=["joyful", "my own"], text="Beach day with the kids.")
    make_entry(stranger, feelings=["anxious"], text="Stranger's secret.")
    page = owner_client.get(reverse("journal:list")).content.decode()
    assert "Before the interview." in page and "Beach day" in page and "secret" not in page
    by_feeling = owner_client.get(reverse("journal:list") + "?feeling=ANXIOUS").content.decode()
    assert "Before the interview." in by_feeling and "Beach day" not in by_feeling
    by_own = owner_client.get(reverse("journal:list") + "?feeling=my+own").content.decode()
    assert "Beach day" in by_own and "interview" not in by_own
    by_text = owner_client.get(reverse("journal:list") + "?q=beach").content.decode()
    assert "Beach day" in by_text and "interview" not in by_text
    by_core = owner_client.get(reverse("journal:list") + "?core=fear").content.decode()
    assert "Before the interview." in by_core and "Beach day" not in by_core
    nothing = owner_client.get(reverse("journal:list") + "?q=zebra").content.decode()
    assert "No entries match that search." in nothing


def test_feeling_that_contains_another_does_not_match(owner_client, owner):
    make_entry(owner, feelings=["sad"], text="Sad day.")
    make_entry(owner, feelings=["saddened a bit"], text="Other day.")
    page = owner_client.get(reverse("journal:list") + "?feeling=sad").content.decode()
    assert "Sad day." in page and "Other day." not in page


def test_edit_keeps_and_changes(owner_client, owner):
    entry = make_entry(owner, feelings=["tired"], text="Long week.")
    url = reverse("journal:edit", kwargs={"entry_id": entry.pk})
    assert "Long week." in owner_client.get(url).content.decode()
    owner_client.post(url, {"guide": "free", "written_on": "2026-03-03", "feelings": "tired, relieved",
                            "text": "Long week, but it is over."})
    entry.refresh_from_db()
    assert entry.feelings == ["tired", "relieved"] and entry.text == "Long week, but it is over."
    assert entry.written_on == datetime.date(2026, 3, 3)


def test_delete_asks_first(owner_client, owner):
    entry = make_entry(owner)
    url = reverse("journal:delete", kwargs={"entry_id": entry.pk})
    page = owner_client.get(url).content.decode()
    assert "Delete this entry?" in page and "cannot be undone" in page
    assert Entry.objects.filter(pk=entry.pk).exists()
    response = owner_client.post(url)
    assert response.status_code == 302 and not Entry.objects.filter(pk=entry.pk).exists()


def test_other_users_entries_are_404(stranger_client, owner):
    entry = make_entry(owner)
    for name in ("journal:detail", "journal:edit", "journal:delete"):
        url = reverse(name, kwargs={"entry_id": entry.pk})
        assert stranger_client.get(url).status_code == 404
        assert stranger_client.post(url, {"text": "x"}).status_code == 404
    assert Entry.objects.filter(pk=entry.pk).exists()


def test_journal_needs_sign_in(client, owner):
    response = client.get(reverse("journal:list"))
    assert response.status_code == 302 and "login" in response["Location"]
    assert "Your journal" not in client.get(reverse("journal:list"), follow=True).content.decode()


def test_live_safety_check_while_typing(owner_client):
    url = reverse("journal:live_safety")
    flagged = owner_client.post(url, {"text": "I am scared. He threatened to hurt me if I leave."}).content.decode()
    calm = owner_client.post(url, {"text": "We had a lovely dinner."}).content.decode()
    from heartspace.journal.services import coach_flags
    if coach_flags("I am scared. He threatened to hurt me if I leave."):
        assert "data-help-card" not in flagged  # the coach's own feedback already shows it: never twice
    else:
        assert "data-help-card" in flagged
    assert "data-help-card" not in calm
    assert owner_client.get(url).status_code == 405


def test_failed_save_keeps_the_help_card(owner_client):
    response = post_entry(owner_client, written_on="nope", text="I want to kill myself tonight.")
    page = response.content.decode()
    assert response.status_code == 200 and "I want to kill myself tonight." in page
    assert "data-help-card" in page


def test_strong_painful_feeling_offers_a_soothing_practice(owner_client, owner):
    strong = make_entry(owner, feelings=["heartbroken"], text="It ended today.")
    mild = make_entry(owner, feelings=["blue", "elated"], text="Mixed day.")
    strong_page = owner_client.get(reverse("journal:detail", kwargs={"entry_id": strong.pk})).content.decode()
    mild_page = owner_client.get(reverse("journal:detail", kwargs={"entry_id": mild.pk})).content.decode()
    assert reverse("journal:practice_sit-with-a-feeling") + "?feeling=heartbroken" in strong_page
    assert reverse("journal:practice_sit-with-a-feeling") not in mild_page


def test_filtering_by_a_feeling_explains_it(owner_client, owner):
    make_entry(owner, feelings=["wistful"], text="Old photos.")
    page = owner_client.get(reverse("journal:list") + "?feeling=Wistful").content.decode()
    assert "Entries where you named “wistful”." in page and "A soft longing" in page


def test_sitting_with_a_named_feeling(owner_client, owner):
    entry = make_entry(owner, feelings=["devastated"], text="The news.")
    detail = owner_client.get(reverse("journal:detail", kwargs={"entry_id": entry.pk})).content.decode()
    link = reverse("journal:practice_sit-with-a-feeling") + "?feeling=devastated"
    assert link in detail
    page = owner_client.get(link).content.decode()
    assert "Keeping company with: <strong>devastated</strong>" in page and "Overwhelmed by a painful loss" in page
    page = owner_client.get(link + "&minutes=2").content.decode()
    assert 'data-seconds="120"' in page and "devastated" in page


def test_download_my_journal(owner_client, owner, stranger, django_assert_max_num_queries):
    make_entry(owner, feelings=["anxious", "тревога"], text="Before the interview 🙏", guide="needs",
               request="Ask me how it went", request_to="Sam")
    make_entry(stranger, text="Stranger's secret")
    with django_assert_max_num_queries(4):
        response = owner_client.get(reverse("journal:export"))
        body = b"".join(response.streaming_content).decode("utf-8")
    assert response["Content-Disposition"] == 'attachment; filename="heartspace-journal.md"'
    assert "Before the interview 🙏" in body and "anxious, тревога" in body and "Ask me how it went" in body
    assert "secret" not in body
    assert "Download my whole journal" in owner_client.get(reverse("journal:list")).content.decode()
