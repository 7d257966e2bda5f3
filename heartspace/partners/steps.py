"""The steps of the practices two people run together from two phones. Plain Python, no Django.

Each step has a key, who leads it ("inviter", "invitee", "both" or ""), and how long its timer
runs in seconds (0 = no timer). The seed's numbers are inputs: minutes each, phone-free minutes.
"""

from __future__ import annotations

from dataclasses import dataclass

# The seed's three questions and story template are the spec; used verbatim.
SEED_QUESTIONS = (
    "What recent moment affected you most?",
    "What are you quietly proud of?",
    "Where would a little help make the biggest difference?",
)
STORY_TEMPLATE = "I felt [emotion] when [specific event]; that taught me [clear takeaway]."
STORY_SECONDS = 90
PAUSE_SECONDS = 3


@dataclass(frozen=True)
class Step:
    key: str
    leader: str
    seconds: int


def vulnerability_steps(minutes_each: int, invitee_first: bool) -> list[Step]:
    first, second = ("invitee", "inviter") if invitee_first else ("inviter", "invitee")
    return [
        Step("ready", "", 0),
        Step("first_turn", first, minutes_each * 60),
        Step("swap", "", 0),
        Step("second_turn", second, minutes_each * 60),
        Step("done", "", 0),
    ]


def connection_check_steps(presence_minutes: int) -> list[Step]:
    steps = [Step("ready", "", 0)]
    if presence_minutes > 0:
        steps.append(Step("presence", "both", presence_minutes * 60))
    steps += [
        Step("privacy", "both", 0),
        Step("question_1", "both", 0),
        Step("question_2", "both", 0),
        Step("question_3", "both", 0),
        Step("story_inviter", "inviter", STORY_SECONDS),
        Step("story_invitee", "invitee", STORY_SECONDS),
        Step("commitment", "both", 0),
        Step("appreciation", "both", 0),
        Step("done", "", 0),
    ]
    return steps


def remaining_seconds(step: Step, elapsed: float) -> int:
    if step.seconds <= 0:
        return 0
    return max(0, int(round(step.seconds - max(0.0, elapsed))))
