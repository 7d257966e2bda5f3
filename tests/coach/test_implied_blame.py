"""Blame said without "you always", sarcasm that mocks only after a complaint, and heading off the
other side: each with the plain lookalikes that must stay unflagged.

Our own sentences, written for these tests.
"""

from __future__ import annotations

import pytest

from heartspace.coach import analyze


@pytest.mark.parametrize("text", [
    "Honestly, you're way too sensitive about the dog.",
    "ur too emotional to have this conversation with",
    "You twist everything, so what's the point.",
    "He nitpicks everything I cook.",
    "I'm tired of being the only one who ever plans a weekend away.",
    "I feel like I'm the only grown-up in this house when the bills come.",
    "She's the one who never calls Grandpa, not me.",
    "Funny how you always have a headache when my parents visit.",
    "Sure, stay at the pub. I'll just put the kids to bed by myself, no big deal.",
    "Он просто тряпка, мама всё решает за него.",
    "Она вечно была истеричкой, с ней невозможно говорить.",
])
def test_blame_said_other_ways(text):
    assert analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "You're so sensitive to how I'm feeling, thank you.",
    "I'm too sensitive to loud music, so can we go somewhere quieter?",
    "Is your tooth still too sensitive for cold drinks?",
    "She's the one who never misses a match, rain or shine.",
    "Funny how we always end up laughing at the same scene.",
    "I'll just go by myself, I honestly like the quiet.",
    "That film gave me nightmares, you're never choosing the movie again lol",
    "Он психолог, работает в школе.",
    "Она всегда была доброй к соседям.",
])
def test_lookalikes_are_not_blame(text):
    assert not analyze(text)["blame"], text


@pytest.mark.parametrize("text", [
    "You said you'd be home by seven and you forgot again. What a coincidence.",
    "You never pick him up from school. Great parenting, by the way.",
    "You didn't even call when she was in hospital. Poor baby.",
    "Call your mum back, if that's not too complicated for you.",
    "Her birthday is tomorrow. But sure, your fantasy league is clearly more important.",
    "And of course, you never do anything wrong.",
    "Ты опять забыл купить хлеб. Молодец, нечего сказать.",
    "Ну наконец-то помыл посуду. Не прошло и года.",
    "Siempre llegas tarde cuando vienen mis padres. Qué casualidad.",
    "Se cree el rey de la casa y no friega ni un plato.",
    "Pero claro, tú nunca te equivocas.",
])
def test_mockery_after_a_complaint_is_contempt(text):
    assert analyze(text)["contempt"], text


@pytest.mark.parametrize("text", [
    "What a coincidence! We booked the same campsite for August.",
    "Great job, by the way, on the garden, it looks lovely.",
    "You left the gate open. Nice work on the fence, by the way, it's solid now.",
    "The baby was up all night with a cough again. Poor baby.",
    "¡Nos encontramos en el mercado! Qué casualidad.",
    "Какое совпадение! Мы живём на одной улице.",
])
def test_sincere_lookalikes_are_not_contempt(text):
    assert not analyze(text)["contempt"], text


@pytest.mark.parametrize("text", [
    "You were distant all evening. And no, I wasn't texting my ex.",
    "You barely spoke to me. And no, I'm not jealous of your sister.",
    "And don't say it was me who left the back door open.",
    "Thanks for the nudge about the laundry, but I was literally about to do it.",
    "И твоя мама, между прочим, тоже опаздывает.",
    "Y no me digas que fui yo, que ni estaba en casa.",
])
def test_heading_off_the_other_side_is_defensive(text):
    assert analyze(text)["defensive"], text


@pytest.mark.parametrize("text", [
    "Don't say I never told you about the concert, haha.",
    "I was about to call you, but I fell asleep on the sofa.",
    "No, I didn't see the message yet, I'll read it tonight.",
])
def test_plain_replies_are_not_defensive(text):
    assert not analyze(text)["defensive"], text
