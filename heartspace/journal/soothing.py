"""Self-compassion and self-soothing practices: plain Python, no Django.

Short, guided and timed. The second source text asks for self-compassion,
self-regulation (soothing yourself, not relying only on a partner) and the capacity
to sit with feelings without fixing or faking them. The steps are our own words,
drawing on the ideas of Kristin Neff and Chris Germer (self-compassion) and on
slow-breathing practice; they are not anyone's published script.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_SECONDS = 30
MAX_SECONDS = 60 * 60


@dataclass(frozen=True)
class Practice:
    key: str
    title: str
    summary: str
    default_seconds: int
    steps: tuple[str, ...]
    closing: str


PRACTICES: tuple[Practice, ...] = (
    Practice(
        "self-compassion-pause",
        "A self-compassion pause",
        "Three minutes to meet a hard moment the way you would meet a friend in it.",
        180,
        (
            "Name it: say to yourself, quietly, \"This is a hard moment.\" No need to explain or justify it.",
            "Remember you are not the only one: other people feel this too, right now, somewhere.",
            "Put a hand where it comforts you (your chest, your cheek, your arm) and feel its warmth.",
            "Ask: what would I say to a friend who felt like this? Say that to yourself, in your own words.",
            "Stay with it until the timer ends. If your mind argues, notice the argument and come back.",
        ),
        "You gave yourself some of the care you would give someone else. That counts.",
    ),
    Practice(
        "slow-breathing",
        "Slow breathing",
        "Two minutes of breathing out longer than you breathe in, which tells your body it can stand down.",
        120,
        (
            "Sit or stand so your back is upright but not stiff. Let your shoulders drop.",
            "Breathe in through your nose for a count of four.",
            "Breathe out slowly, through your mouth if you like, for a count of six.",
            "If counting feels tight, simply make each out-breath a little longer than the in-breath.",
            "When thoughts come, let them pass and return to the next breath out.",
        ),
        "Notice how your body feels now compared with two minutes ago, without needing it to be different.",
    ),
    Practice(
        "sit-with-a-feeling",
        "Sit with a feeling without fixing it",
        "Five minutes to let a feeling be here, without pushing it away or acting on it.",
        300,
        (
            "Name the feeling as plainly as you can. The feelings vocabulary can help you find the word.",
            "Find where it lives in your body: a tight throat, a heavy chest, a restless stomach.",
            "Breathe towards that place. You are not trying to change it, only to keep it company.",
            "If an urge comes (to fix, to text someone, to distract yourself), notice the urge and let it wait.",
            "Notice it, accept it, and only later decide whether it should drive what you do.",
        ),
        "The feeling was allowed to be here. You can now decide, calmly, whether it asks anything of you.",
    ),
    Practice(
        "soothing-touch",
        "Soothing touch and kind words",
        "Two minutes of comforting yourself, so calm does not depend only on someone else.",
        120,
        (
            "Choose a gentle touch: a hand on your heart, both hands on your belly, or holding your own hand.",
            "Feel the pressure and warmth. Let it be slow and steady.",
            "Offer yourself a few kind words, such as \"I'm here\" or \"It makes sense that this hurts.\"",
            "If kindness feels awkward, that is common. Keep the touch and let the words be simple.",
        ),
        "Comforting yourself is a skill, and like any skill it grows with practice.",
    ),
)

_BY_KEY = {p.key: p for p in PRACTICES}


def get(key: str) -> Practice | None:
    return _BY_KEY.get(key)


def clamp_seconds(seconds: int) -> int:
    return max(MIN_SECONDS, min(MAX_SECONDS, int(seconds)))
