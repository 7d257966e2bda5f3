"""Demo journal entries, HOW self-checks and practice logs: deterministic (ctx.rng only), bulk-created."""

from __future__ import annotations

import datetime

from heartspace.journal import feelings as vocabulary
from heartspace.journal import growth, soothing
from heartspace.journal.models import Entry, PracticeLog, SelfCheck, feelings_key

SITUATIONS = (
    "We talked properly after dinner for the first time this week.",
    "I kept quiet in the meeting again, even though I disagreed.",
    "My sister called and I told her the truth about how tired I am.",
    "Quiet evening. I wanted a hug and did not ask for one.",
    "A friend remembered the interview and texted to ask how it went.",
    "I snapped about the dishes; it was not really about the dishes.",
    "Long walk alone. My head felt clearer afterwards.",
    "I said no to an extra shift and nothing terrible happened.",
    "We laughed about the holiday photos until we cried.",
    "I scrolled my phone instead of answering when they asked how my day was.",
)
ACCEPTING = (
    "It makes sense that I feel this; I have been carrying a lot.",
    "I would tell a friend this is a normal thing to feel.",
    "The feeling can stay for a while. It does not have to mean anything yet.",
)
DECISION_NOTES = (
    "Tell them tomorrow, calmly, what I would like instead.",
    "Let it pass. It is an old feeling, not about today.",
    "Sleep on it and look again at the weekend.",
)
REQUESTS = (
    "Would you sit with me for fifteen minutes after dinner, phones away?",
    "Could you ask me how my day really was, and wait for the answer?",
    "Would you bring me a coffee on Saturday morning? I would love that.",
)
OWN_WORDS = ("wobbly", "on edge", "fizzy", "heavy-hearted")


def generate(ctx) -> None:
    rng = ctx.rng
    user = ctx.user
    words = vocabulary.all_words()
    people_names = [getattr(p, "name", "") for p in (ctx.people or [])] or ["my partner"]
    entries = []
    for offset in range(ctx.days, -1, -1):
        if rng.random() > 0.4:
            continue
        day = ctx.today - datetime.timedelta(days=offset)
        guide = rng.choice((Entry.Guide.FREE, Entry.Guide.FREE, Entry.Guide.NOTICE, Entry.Guide.NEEDS))
        named = [f.word for f in rng.sample(words, rng.randint(1, 3))]
        if rng.random() < 0.1:
            named.append(rng.choice(OWN_WORDS))
        entry = Entry(owner=user, written_on=day, guide=guide, feelings=named, feelings_index=feelings_key(named),
                      text=rng.choice(SITUATIONS))
        if guide == Entry.Guide.NOTICE:
            entry.accepting = rng.choice(ACCEPTING)
            entry.decision = rng.choice((Entry.Decision.ACT, Entry.Decision.LET_PASS, Entry.Decision.LATER))
            entry.decision_note = rng.choice(DECISION_NOTES)
        elif guide == Entry.Guide.NEEDS:
            entry.needs = [n.word for n in rng.sample(vocabulary.NEEDS, 2)]
            entry.request = rng.choice(REQUESTS)
            entry.request_to = rng.choice(people_names)[:120]
        entries.append(entry)
    Entry.objects.bulk_create(entries, batch_size=500)
    ctx.count("journal entries", len(entries))

    checks = []
    level = rng.uniform(2.2, 3.0)
    for offset in range(ctx.days, -1, -28):
        level = min(5.0, level + rng.uniform(-0.1, 0.35))
        answers = {q.key: max(1, min(5, round(level + rng.uniform(-1, 1)))) for q in growth.QUESTIONS}
        checks.append(SelfCheck(owner=user, taken_on=ctx.today - datetime.timedelta(days=offset),
                                answers=answers, **growth.score(answers)))
    SelfCheck.objects.bulk_create(checks)
    ctx.count("HOW self-checks", len(checks))

    logs = []
    for offset in range(ctx.days, -1, -1):
        if rng.random() > 0.15:
            continue
        practice = rng.choice(soothing.PRACTICES)
        completed = rng.random() > 0.15
        seconds = practice.default_seconds if completed else rng.randint(30, practice.default_seconds - 1)
        logs.append(PracticeLog(owner=user, practice=practice.key, seconds=seconds, completed=completed,
                                done_on=ctx.today - datetime.timedelta(days=offset)))
    PracticeLog.objects.bulk_create(logs)
    ctx.count("soothing practices", len(logs))
