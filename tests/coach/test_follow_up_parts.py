"""The parts of a follow-up message (one highlight, one action, one question), a story's takeaway
and a concrete next step, as people actually phrase them: phone drafts that drop the "I", things
already done since the talk, plans in the present tense, Russian and Spanish.

Our own sentences, written for these tests.
"""

from __future__ import annotations

import pytest

from heartspace.coach import analyze


@pytest.mark.parametrize("text", [
    "Thanks for tonight. Emailed the landlord about the boiler 👍",
    "took your advice and rang the GP first thing",
    "Great chat! I already told my sister I can't host Christmas this year.",
    "I've filled in the nursery form, will post it tomorrow.",
    "I'm calling the bank on Monday about the overdraft.",
    "gonna try the phone-free breakfast tomorrow, wish me luck",
    "Ya cancelé la reserva del hotel, como dijimos.",
    "Mañana llamaré a la academia para preguntar por el curso.",
    "Спасибо! Я уже написала Кате про выходные.",
    "В четверг позвоню в садик и всё узнаю.",
])
def test_an_action_done_or_planned_is_found(text):
    assert analyze(text, "follow_up")["action"] is True, text


@pytest.mark.parametrize("text", [
    "Thanks for listening. I'll try to be more patient.",
    "I'll treasure what you said about Grandpa.",
    "I'm feeling much lighter today, thank you.",
    "What should we put on the agenda for next time?",
    "You totally called it! Thanks for the chat.",
    "Ya sé lo que tengo que hacer, gracias.",
    "Lo intentaré, de verdad.",
])
def test_intentions_and_questions_are_not_actions(text):
    assert analyze(text, "follow_up")["action"] is False, text


@pytest.mark.parametrize("text,expected", [
    ("That thing you said about your first flat in Glasgow made me laugh all day.", True),
    ("Thanks for being so honest about the money worries, I know it wasn't easy.", True),
    ("Thinking about what you said regarding your dad's workshop.", True),
    ("The most useful part was the budget trick you showed me.", True),
    ("Really enjoyed this. Same time next month?", False),
    ("Loved catching up!", False),
    ("I'll read the book you mentioned and let you know.", False),
    ("Me quedé pensando en lo que dijiste de tu abuela.", True),
    ("Me encantó verte, de verdad.", False),
    ("До сих пор думаю о том, что ты рассказал про свой первый поход.", True),
])
def test_a_highlight_singles_out_one_moment(text, expected):
    assert analyze(text, "follow_up")["highlight"] is expected, text


@pytest.mark.parametrize("text", [
    "I felt lost when I missed my brother's wedding. Ever since, I put family dates in the calendar first.",
    "I felt small at every work party for years. What I finally figured out is that I can leave early.",
    "I felt proud when I finished the marathon. I've learned that slow is still moving.",
    "Me sentí sola cuando me mudé a Lyon. Desde entonces llamo a mi madre cada domingo sin falta.",
    "Мне было страшно, когда сын потерялся в парке. С тех пор мы всегда договариваемся, где встречаемся.",
])
def test_a_takeaway_can_be_phrased_many_ways(text):
    assert analyze(text, "story")["takeaway"] is True, text


@pytest.mark.parametrize("text,expected", [
    ("Booked us a table at the Thai place for the 14th at 8.", True),
    ("I'm driving over to Mum's on Saturday morning to talk it through.", True),
    ("Sent the application off this morning 🤞", False),
    ("What do you want to talk about next time?", False),
    ("I feel frustrated when plans change last minute and I need you to change.", False),
    ("Fine. I'll do it myself, like always.", False),
    ("Можешь забрать посылку с почты до семи?", True),
    ("Я записала нас к врачу на 12-е.", True),
    ("Gracias por la charla. Hablamos 😘", False),
    ("Ya le mandé el correo esta mañana.", False),
    ("Pásame tus fechas cuando puedas.", True),
])
def test_a_next_step_is_concrete_and_ahead(text, expected):
    assert analyze(text, "free")["next_step"] is expected, text
