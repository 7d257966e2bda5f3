"""The question bank for Connection Checks: our own words, grouped by depth and topic.

Pure data, no Django. The depth levels follow the idea of escalating, mutual
self-disclosure (Aron et al., 1997): start light, go further only as trust grows.
The three seed questions are the spec's starters and are used verbatim.

Each question: key (stable, stored on CheckQuestion.bank_key), text, depth
("light" | "personal" | "deep"), topic, and who it suits ("partner", "friend", "family").
"""

from __future__ import annotations

ALL = ("partner", "friend", "family")
CLOSE = ("partner", "friend")
PARTNER = ("partner",)
KIN = ("family", "friend")

SEED_QUESTIONS = (
    {"key": "seed-1", "text": "What recent moment affected you most?", "depth": "personal", "topic": "recent", "for": ALL},
    {"key": "seed-2", "text": "What are you quietly proud of?", "depth": "personal", "topic": "growth", "for": ALL},
    {"key": "seed-3", "text": "Where would a little help make the biggest difference?", "depth": "personal", "topic": "support", "for": ALL},
)

TOPICS = {
    "recent": "Lately",
    "memories": "Memories",
    "growth": "Growth",
    "values": "Values",
    "support": "Support",
    "worries": "Worries and hopes",
    "us": "Between us",
}

_RAW = [
    # --- light: easy to answer, low risk, good for warming up ---
    ("l-recent-1", "light", "recent", ALL, "What was the best part of your week so far?"),
    ("l-recent-2", "light", "recent", ALL, "What has been taking up most of your attention lately?"),
    ("l-recent-3", "light", "recent", ALL, "What made you laugh recently?"),
    ("l-memories-1", "light", "memories", ALL, "Which place from your childhood could you still walk through in your head?"),
    ("l-memories-2", "light", "memories", ALL, "What is a small tradition you would like to keep forever?"),
    ("l-memories-3", "light", "memories", KIN, "What is a meal that instantly takes you back somewhere?"),
    ("l-growth-1", "light", "growth", ALL, "What are you learning at the moment, even if it is tiny?"),
    ("l-growth-2", "light", "growth", ALL, "What is something you got better at this year?"),
    ("l-growth-3", "light", "growth", ALL, "Which habit has been quietly good for you?"),
    ("l-values-1", "light", "values", ALL, "Which ordinary moment in your week do you look forward to most?"),
    ("l-values-2", "light", "values", ALL, "Who is someone you admire that most people have never heard of?"),
    ("l-values-3", "light", "values", ALL, "What is worth spending more money on than people think?"),
    ("l-support-1", "light", "support", ALL, "What is one thing on your to-do list you would love to hand off?"),
    ("l-support-2", "light", "support", ALL, "How do you like to recharge after a long day?"),
    ("l-support-3", "light", "support", CLOSE, "What is coming up soon that you are looking forward to?"),
    ("l-worries-1", "light", "worries", ALL, "What is a plan you keep meaning to make?"),
    ("l-worries-2", "light", "worries", ALL, "If next month had one free weekend, how would you spend it?"),
    ("l-worries-3", "light", "worries", ALL, "What is a small hope you have for the season ahead?"),
    ("l-us-1", "light", "us", ALL, "What is a favourite thing we have done together?"),
    ("l-us-2", "light", "us", ALL, "What should we try together that we never have?"),
    ("l-us-3", "light", "us", PARTNER, "Which of our little routines do you enjoy most?"),
    # --- personal: asks for a feeling or a story, still safe to pass ---
    ("p-recent-1", "personal", "recent", ALL, "What has felt heavier than you expected lately?"),
    ("p-recent-2", "personal", "recent", ALL, "When did you last feel completely at ease?"),
    ("p-recent-3", "personal", "recent", ALL, "What surprised you about how you reacted to something this month?"),
    ("p-memories-1", "personal", "memories", ALL, "Which moment from your past do you think shaped you most?"),
    ("p-memories-2", "personal", "memories", ALL, "Who believed in you before you believed in yourself?"),
    ("p-memories-3", "personal", "memories", KIN, "What did our family get right that you want to keep?"),
    ("p-growth-1", "personal", "growth", ALL, "What is something you are trying to be gentler with yourself about?"),
    ("p-growth-2", "personal", "growth", ALL, "Which part of you do you feel people rarely get to see?"),
    ("p-growth-3", "personal", "growth", ALL, "What would you try if you were sure nobody would judge it?"),
    ("p-values-1", "personal", "values", ALL, "What is a belief you hold more firmly now than five years ago?"),
    ("p-values-2", "personal", "values", ALL, "When do you feel most like yourself?"),
    ("p-values-3", "personal", "values", ALL, "What do you wish more people understood about you?"),
    ("p-support-1", "personal", "support", ALL, "How can I tell when you are having a hard time?"),
    ("p-support-2", "personal", "support", ALL, "What kind of help feels good to you, and what kind feels like pressure?"),
    ("p-support-3", "personal", "support", ALL, "Is there something you have been carrying alone that you would like company with?"),
    ("p-worries-1", "personal", "worries", ALL, "What keeps coming back to your mind at night?"),
    ("p-worries-2", "personal", "worries", ALL, "Which decision ahead of you feels hardest?"),
    ("p-worries-3", "personal", "worries", ALL, "What are you hoping for that you have not said out loud?"),
    ("p-us-1", "personal", "us", ALL, "When did you feel closest to me this year?"),
    ("p-us-2", "personal", "us", ALL, "What is something I do that makes you feel cared for?"),
    ("p-us-3", "personal", "us", PARTNER, "What would make our evenings feel more like ours?"),
    # --- deep: tender ground; only with trust, permission first, pass always fine ---
    ("d-recent-1", "deep", "recent", ALL, "What have you been feeling lately that you have not shown anyone?"),
    ("d-recent-2", "deep", "recent", ALL, "What part of this season of your life feels lonely?"),
    ("d-recent-3", "deep", "recent", ALL, "What are you grieving, even a little, right now?"),
    ("d-memories-1", "deep", "memories", ALL, "Which mistake taught you the most about who you want to be?"),
    ("d-memories-2", "deep", "memories", ALL, "What moment do you wish you could go back and handle differently?"),
    ("d-memories-3", "deep", "memories", KIN, "What did you need as a child that you did not get enough of?"),
    ("d-growth-1", "deep", "growth", ALL, "What fear has been quietly making decisions for you?"),
    ("d-growth-2", "deep", "growth", ALL, "What story about yourself are you ready to let go of?"),
    ("d-growth-3", "deep", "growth", ALL, "Where in your life are you still waiting for permission?"),
    ("d-values-1", "deep", "values", ALL, "What would you want people to say you stood for?"),
    ("d-values-2", "deep", "values", ALL, "When have you acted against what you believe, and what did it cost you?"),
    ("d-values-3", "deep", "values", ALL, "What gives your life meaning on the days it feels hard?"),
    ("d-support-1", "deep", "support", ALL, "When you are at your lowest, what do you most need from the people near you?"),
    ("d-support-2", "deep", "support", ALL, "What is hard for you to ask for, even from people you trust?"),
    ("d-support-3", "deep", "support", CLOSE, "Is there something you have wanted to tell me but were not sure how?"),
    ("d-worries-1", "deep", "worries", ALL, "What are you most afraid of losing?"),
    ("d-worries-2", "deep", "worries", ALL, "What do you worry people would think if they really knew you?"),
    ("d-worries-3", "deep", "worries", ALL, "If things went wrong, what would you most want to have said?"),
    ("d-us-1", "deep", "us", ALL, "Is there a moment between us that still hurts a little?"),
    ("d-us-2", "deep", "us", ALL, "What do you need from me that you have not asked for?"),
    ("d-us-3", "deep", "us", PARTNER, "Where do you feel we drift apart, and what would bring us back?"),
]

QUESTIONS = tuple({"key": k, "depth": d, "topic": t, "for": f, "text": text} for k, d, t, f, text in _RAW)
BY_KEY = {q["key"]: q for q in (*SEED_QUESTIONS, *QUESTIONS)}
DEPTHS = ("light", "personal", "deep")


def suits(question: dict, kind: str) -> bool:
    """Colleagues and others get the questions that suit friends."""
    audience = kind if kind in ("partner", "friend", "family") else "friend"
    return audience in question["for"]


def suggest(kind: str, depth: str, asked_keys: set[str] | frozenset[str] = frozenset(),
            asked_texts: set[str] | frozenset[str] = frozenset(), limit: int = 6) -> list[dict]:
    """Questions at `depth` suited to this kind of person, not yet asked of them, spread across topics."""
    asked_norm = {t.strip().casefold() for t in asked_texts}
    fresh = [q for q in QUESTIONS
             if q["depth"] == depth and suits(q, kind)
             and q["key"] not in asked_keys and q["text"].casefold() not in asked_norm]
    # One per topic first, so three picks are not all about the same thing.
    seen_topics: set[str] = set()
    first, rest = [], []
    for q in fresh:
        (rest if q["topic"] in seen_topics else first).append(q)
        seen_topics.add(q["topic"])
    return (first + rest)[:limit]
