"""The HOW self-check: plain Python, no Django.

HOW is honesty, openness and willingness to be vulnerable (the second source text).
Each gets three statements answered on a 1-5 scale ("not like me" to "very like me");
the dimension's score is the mean. The statements are our own wording.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

SCALE = (1, 2, 3, 4, 5)
SCALE_LABELS = {1: "Not like me", 2: "A little like me", 3: "Somewhat like me", 4: "Mostly like me", 5: "Very like me"}


@dataclass(frozen=True)
class Dimension:
    key: str
    letter: str
    label: str
    summary: str


@dataclass(frozen=True)
class Question:
    key: str
    dimension: str
    text: str


DIMENSIONS: tuple[Dimension, ...] = (
    Dimension("honesty", "H", "Honesty", "Saying what is true for you, including the parts that are not flattering."),
    Dimension("openness", "O", "Openness", "Letting people see your inner life, and being curious about theirs."),
    Dimension("willingness", "W", "Willingness to be vulnerable",
              "Taking the risk of being seen, with people who have shown they are safe."),
)

QUESTIONS: tuple[Question, ...] = (
    Question("h_say_no", "honesty", "When I disagree with someone close to me, I tell them, kindly, rather than going along."),
    Question("h_own_part", "honesty", "I can admit my own part in a problem without waiting for the other person to go first."),
    Question("h_feelings", "honesty", "When someone asks how I am, my answer matches how I actually am."),
    Question("o_inner_life", "openness", "The people I am closest to know what I am worried about at the moment."),
    Question("o_hard_bits", "openness", "I share the difficult parts of my life, not only the good news."),
    Question("o_curious", "openness", "I ask the people close to me about their inner lives and listen to the answer."),
    Question("w_ask_help", "willingness", "I ask for help when I need it, even though it feels exposing."),
    Question("w_say_need", "willingness", "I say what I want out loud instead of hoping the other person will guess."),
    Question("w_stay", "willingness", "When a conversation gets emotional, I stay in it rather than changing the subject or leaving."),
)


def questions_for(dimension: str) -> list[Question]:
    return [q for q in QUESTIONS if q.dimension == dimension]


class AnswerError(ValueError):
    pass


def score(answers: dict[str, int]) -> dict[str, float]:
    """Mean 1-5 score per dimension, rounded to two places. Every question must be answered."""
    missing = [q.key for q in QUESTIONS if q.key not in answers]
    if missing:
        raise AnswerError(f"unanswered: {', '.join(missing)}")
    result = {}
    for dim in DIMENSIONS:
        values = []
        for q in questions_for(dim.key):
            value = answers[q.key]
            if not isinstance(value, int) or isinstance(value, bool) or value not in SCALE:
                raise AnswerError(f"{q.key} must be 1 to 5")
            values.append(value)
        result[dim.key] = round(sum(values) / len(values), 2)
    return result


def next_due(last_taken: datetime.date | None, every_days: int, today: datetime.date) -> datetime.date:
    """When the next self-check is due: today if never taken, else last + interval."""
    if last_taken is None:
        return today
    return last_taken + datetime.timedelta(days=max(1, int(every_days)))


def change(previous: dict[str, float] | None, current: dict[str, float]) -> dict[str, float | None]:
    """Difference from the previous self-check per dimension (None when there is none)."""
    return {key: (round(current[key] - previous[key], 2) if previous else None) for key in current}


def lowest(scores: dict[str, float]) -> str:
    """The dimension to be gentle with next: the lowest score (ties go to H, then O, then W)."""
    order = [d.key for d in DIMENSIONS]
    return min(order, key=lambda k: (scores[k], order.index(k)))


GENTLE_NEXT_STEPS = {
    "honesty": "Pick one small true thing you usually smooth over, and say it kindly this week.",
    "openness": "Tell one safe person about something that is weighing on you, even briefly.",
    "willingness": "Ask for one small thing you want, plainly, instead of waiting to be read.",
}
