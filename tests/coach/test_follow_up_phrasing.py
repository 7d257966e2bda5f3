"""More of how people write a follow-up's parts: questions typed without "?", questions about the
past (which do not look ahead), deeds in the present perfect or without "I", the talk's topic
named as its highlight, in English, Russian and Spanish.

Our own sentences, written for these tests.
"""

from __future__ import annotations

import pytest

from heartspace.coach import analyze


@pytest.mark.parametrize("text", [
    "thanks for the walk anyway what should we try next month",
    "good chat\nwondering what you'd like to cover next time",
    "Loved the call! Quick q, are you still up for the lake in June",
    "i'll bring the ladder saturday what time should i come over",
    "✅ booked the hall\n❓ who's doing the music",
    "Спасибо за вечер. Расскажешь в следующий раз про свою поездку?",
    "Gracias por escucharme. ¿Qué te gustaría hablar la próxima vez?",
])
def test_a_question_ahead_is_found(text):
    assert analyze(text, "follow_up")["question"] is True, text


@pytest.mark.parametrize("text", [
    "So good to see you! Do you remember what we called our old maths teacher?",
    "Great catching up. Remember when we got lost in Bruges?",
    "Thanks for tonight. I'll send the photos tomorrow.",
    "Спасибо, что рассказала. А ты раньше кому-нибудь об этом говорила?",
    "Gracias, abuela. ¿Te acuerdas de cómo se llamaba aquel barco?",
])
def test_questions_about_the_past_or_none_are_not_questions_ahead(text):
    assert analyze(text, "follow_up")["question"] is False, text


@pytest.mark.parametrize("text", [
    "I have written to the school about the bus times.",
    "We've spoken to the landlord and he'll fix the heating.",
    "Thanks for the advice 🙏 Booked the dentist for both of us.",
    "i got us two seats for the quiz night on the 9th",
    "I dropped the spare key round at your sister's.",
    "We have an appointment with the counsellor on Tuesday at 6.",
    "im gonna ask my boss about Fridays on Monday",
    "so helpful, thank you. sending it tonight",
    "Ya me apunté al curso de cerámica.",
    "Mañana llamo a la clínica para pedir cita.",
    "Я уже перенесла встречу на пятницу.",
    "В субботу заеду и помогу с машиной.",
    "I poured the last of the whisky down the sink.",
    "We set up a shared calendar for the school runs.",
    "I'll look up a couples counsellor near us.",
    "I'll look at train times tonight.",
])
def test_deeds_as_people_report_them_are_actions(text):
    assert analyze(text, "follow_up")["action"] is True, text


@pytest.mark.parametrize("text", [
    "I've missed our talks so much.",
    "I've been thinking about what you said all day.",
    "I dropped the ball on the birthday plans, sorry.",
    "Thinking of you tonight.",
    "Я уже устала от этих разговоров.",
    "I walked home smiling after that.",
    "We practised the hard conversation twice.",
    "I'll look at you differently now, in a good way.",
])
def test_feelings_and_thoughts_are_not_actions(text):
    assert analyze(text, "follow_up")["action"] is False, text


@pytest.mark.parametrize("text", [
    "Following up on our talk about the school run: I'll take Mondays.",
    "The moment you told me you were proud of me, I had to sit down.",
    "Thanks for hearing me out about the job offer.",
    "still laughing over your camping disaster story",
    "fave part was when you did the voices",
    "Главное для меня — то, что ты готов пойти к врачу.",
    "Lo mejor fue cuando hablamos de tu pueblo.",
])
def test_the_talk_singled_out_is_a_highlight(text):
    assert analyze(text, "follow_up")["highlight"] is True, text


@pytest.mark.parametrize("text", [
    "Highlight: none, honestly. Action: I'll call you Sunday.",
    "Great catch-up! Speak soon.",
    "Loved this, thank you.",
])
def test_no_moment_singled_out_is_no_highlight(text):
    assert analyze(text, "follow_up")["highlight"] is False, text
