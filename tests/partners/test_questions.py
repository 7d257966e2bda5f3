"""Invitations to answer: answer, later, or pass; answers revealed only after both answered."""

from __future__ import annotations

import pytest
from django.urls import reverse

from heartspace.partners.models import Answer, SharedQuestion
from tests.conftest import UGLY_TEXTS

pytestmark = pytest.mark.django_db


def ask(client, link, **data) -> SharedQuestion:
    response = client.post(reverse("partners:ask", kwargs={"link_id": link.pk}), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return SharedQuestion.objects.latest("pk")


def page(client, question) -> str:
    return client.get(reverse("partners:question", kwargs={"shared_question_id": question.pk})).content.decode()


def answer(client, question, text):
    return client.post(reverse("partners:answer", kwargs={"shared_question_id": question.pk}), {"text": text})


def test_answers_are_revealed_only_after_both_answered(owner_client, partner_client, link):
    question = ask(owner_client, link, prompt_key="small-joy")
    assert "What small thing made you glad this week" in question.text
    answer(owner_client, question, "The owner's answer about the garden")
    partner_view = page(partner_client, question)
    assert "garden" not in partner_view and "Owner has answered" in partner_view
    answer(partner_client, question, "The partner's answer about the bakery")
    assert "garden" in page(partner_client, question)
    assert "bakery" in page(owner_client, question)


def test_reveal_own_answer_early(owner_client, partner_client, link):
    question = ask(owner_client, link, text="Free text question, my own 🙂")
    answer(owner_client, question, "I go first on purpose")
    assert "I go first on purpose" not in page(partner_client, question)
    owner_client.post(reverse("partners:question_reveal", kwargs={"shared_question_id": question.pk}))
    assert "I go first on purpose" in page(partner_client, question)


def test_pass_is_shown_without_judgement_and_closes_the_question(owner_client, partner_client, link):
    question = ask(owner_client, link, prompt_key="miss")
    answer(owner_client, question, "owner wrote this")
    partner_client.post(reverse("partners:question_pass", kwargs={"shared_question_id": question.pk}))
    question.refresh_from_db()
    assert question.status == "passed"
    owner_view = page(owner_client, question)
    assert "They passed on this one. That is fine" in owner_view
    assert "owner wrote this" not in page(partner_client, question)  # a pass reveals nothing
    response = answer(partner_client, question, "changed my mind")
    assert response.status_code == 400 and "closed" in response.content.decode()
    # never nagged: it is not on the partner's home page
    assert question.text not in partner_client.get(reverse("home")).content.decode()


def test_answer_later_keeps_it_quiet_on_home(owner_client, partner_client, link):
    question = ask(owner_client, link, prompt_key="recharge")
    home = partner_client.get(reverse("home")).content.decode()
    assert "invites you to answer a question" in home
    partner_client.post(reverse("partners:question_later", kwargs={"shared_question_id": question.pk}))
    assert "invites you to answer a question" not in partner_client.get(reverse("home")).content.decode()
    assert question.text in partner_client.get(reverse("partners:index")).content.decode()


def test_empty_question_is_explained(owner_client, link):
    response = owner_client.post(reverse("partners:ask", kwargs={"link_id": link.pk}), {"prompt_key": "", "text": "  "})
    assert response.status_code == 200 and "Pick a question" in response.content.decode()


def test_unknown_prompt_key_is_an_error_not_a_crash(owner_client, link):
    response = owner_client.post(reverse("partners:ask", kwargs={"link_id": link.pk}), {"prompt_key": "nope"})
    assert response.status_code == 200 and 'class="error"' in response.content.decode()


@pytest.mark.parametrize("name", sorted(UGLY_TEXTS))
def test_ugly_answers(owner_client, partner_client, link, name):
    question = ask(owner_client, link, prompt_key="small-joy")
    text = UGLY_TEXTS[name]
    response = answer(partner_client, question, text)
    if not text.strip():
        assert response.status_code == 400 and "Passing is fine" in response.content.decode()
    elif len(text) > 10_000:
        assert response.status_code == 400 and "word word" in response.content.decode()  # kept
    else:
        assert response.status_code == 302
        body = page(partner_client, question)
        assert "<script>alert(1)</script>" not in body
        assert Answer.objects.get(owner__username="partner").text == text.strip()


def test_answer_about_abuse_shows_help_only_to_its_writer_and_is_not_revealed(owner, owner_client, partner_client, link):
    question = ask(owner_client, link, prompt_key="worry-carrying")
    answer(owner_client, question, "owner answered first")
    answer(partner_client, question, "He hurts me when nobody is around and I am afraid of him")
    mine = page(partner_client, question)
    assert "data-help-card" in mine and "Kept on your screen only" in mine
    theirs = page(owner_client, question)
    assert "hurts me" not in theirs and "data-help-card" not in theirs
    assert "Partner has answered" not in theirs  # nothing hints at it
    for url in (reverse("home"), reverse("partners:index"), reverse("partners:link", kwargs={"link_id": link.pk})):
        body = owner_client.get(url).content.decode()
        assert "hurts me" not in body and "data-help-card" not in body and "help-card" not in body
    # counts in mutuality do not include it either
    assert Answer.objects.filter(held_private=True).count() == 1


def test_questions_on_an_ended_link_are_gone(owner_client, partner_client, link):
    from heartspace.partners import services

    question = ask(owner_client, link, prompt_key="small-joy")
    services.end_link(link)
    assert partner_client.get(reverse("partners:question", kwargs={"shared_question_id": question.pk})).status_code == 404
    assert answer(partner_client, question, "late").status_code == 404


def test_a_question_about_safety_pauses_before_it_is_sent(owner_client, partner_client, link):
    url = reverse("partners:ask", kwargs={"link_id": link.pk})
    text = "Why do you threaten me when you are angry?"
    first = owner_client.post(url, {"prompt_key": "", "text": text})
    body = first.content.decode()
    assert first.status_code == 200 and "data-help-card" in body and "has not been sent" in body and text in body
    assert not SharedQuestion.objects.exists()
    assert "threaten" not in partner_client.get(reverse("partners:index")).content.decode()
    sent = owner_client.post(url, {"prompt_key": "", "text": text, "send_anyway": "on"})
    assert sent.status_code == 302 and SharedQuestion.objects.get().text == text
