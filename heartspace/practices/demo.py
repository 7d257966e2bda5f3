"""Demo practice records: disclosures, statements, bids, rituals with outcomes, rules, time-outs,
vulnerability exercises and boundaries. Deterministic (ctx.rng only) and bulk-created."""

from __future__ import annotations

import datetime

from django.utils import timezone

from heartspace.practices import content, recurrence
from heartspace.practices.models import (
    Bid,
    Boundary,
    ConflictRule,
    Disclosure,
    FeelingStatement,
    PracticeSettings,
    Ritual,
    RitualOccurrence,
    TimeOut,
    VulnerabilitySession,
)

DISCLOSURES = {
    "worry": [
        "I'm worried the new job will leave me with nothing left for us in the evenings.",
        "I keep thinking about Mum's test results and haven't said it out loud.",
        "I worry I'm the one who always cancels.",
        "Money has been on my mind more than I admit.",
    ],
    "regret": [
        "I snapped about the dishes when really I was tired.",
        "I checked my phone while you were telling me about your day. I'm sorry.",
        "I didn't ask how the interview went. I wish I had.",
        "I made a joke at your expense in front of friends.",
    ],
    "appreciation": [
        "Thank you for making coffee without being asked this morning.",
        "I loved how you listened when I talked about work.",
        "You remembered the name of my colleague. That meant a lot.",
        "I appreciated you texting to say you'd be late.",
    ],
}
STATEMENTS = [
    (["lonely"], "evenings are quiet", "fifteen minutes of focused talk together"),
    (["anxious"], "plans change at the last minute", "a quick message when things shift"),
    (["hurt"], "my story gets interrupted", "to finish before we move on"),
    (["grateful", "relieved"], "you take over bedtime", "to say thank you more often"),
]
OUTCOMES = [
    "We talked about the week ahead and agreed Thursday is our night.",
    "Short one tonight, but we both named something good.",
    "Hard conversation about money; we agreed one next step.",
    "Laughed a lot. Felt close.",
]
BOUNDARIES = [
    ("Space after work", "Twenty quiet minutes when I get home is OK; being asked questions at the door is hard.",
     "I need you to trust that I will come and find you after."),
    ("No jokes about my family", "Teasing about me is fine; jokes about my family are not.",
     "If it happens, I need you to stop when I say so, without debate."),
    ("Phones away at dinner", "Checking once for something urgent is OK.", "I need to feel that dinner is our time."),
]


def _at(day: datetime.date, hour: int, minute: int, zone) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=zone)


def generate(ctx) -> None:
    user, rng, today = ctx.user, ctx.rng, ctx.today
    zone = user.zoneinfo()
    people = list(ctx.people)
    close = people[:3]
    partner = people[0] if people else None
    start = today - datetime.timedelta(days=max(ctx.days, 1) - 1)
    days = [start + datetime.timedelta(days=n) for n in range(max(ctx.days, 1))]

    disclosures = []
    for day in days:
        if rng.random() < 0.6:
            prompt = content.prompt_for(day)
            kind = rng.choice([prompt.kind, prompt.kind, "appreciation"])
            disclosures.append(Disclosure(
                owner=user, person=rng.choice(close) if close and rng.random() < 0.8 else None, kind=kind,
                text=rng.choice(DISCLOSURES[kind]), day=day, prompt_key=prompt.key,
                shared_with_person=rng.random() < 0.5))
    Disclosure.objects.bulk_create(disclosures)
    ctx.count("disclosures", len(disclosures))

    statements = []
    for feeling, when, need in STATEMENTS:
        statements.append(FeelingStatement(
            owner=user, person=partner, feeling=", ".join(feeling), when=when, need=need,
            text=f"I feel {' and '.join(feeling)} when {when}, and I need {need}."))
    FeelingStatement.objects.bulk_create(statements)
    ctx.count("feeling statements", len(statements))

    bids = []
    for day in days:
        for _ in range(rng.randint(0, 4)):
            person = rng.choice(close) if close else None
            # A little drift: bids were answered better early on than in the last few weeks.
            toward_chance = 0.75 if (today - day).days > 21 else 0.6
            roll = rng.random()
            response = "toward" if roll < toward_chance else ("away" if roll < 0.93 else "against")
            bids.append(Bid(owner=user, person=person, made_by=rng.choice(["me", "them"]),
                            kind=rng.choice(["question", "touch", "joke", "other"]), response=response,
                            occurred_at=_at(day, rng.randint(7, 22), rng.choice([0, 15, 30, 45]), zone)))
    Bid.objects.bulk_create(bids)
    ctx.count("bids", len(bids))

    rituals = []
    if partner:
        for template in content.RITUAL_TEMPLATES:
            ritual = Ritual(owner=user, person=partner, kind=template.kind, title=template.title, agenda=template.agenda,
                            frequency=template.frequency, duration_minutes=template.duration_minutes, starts_on=start,
                            weekday=6, time_of_day=datetime.time(20, 0))
            if template.kind == "monthly_state":
                ritual.month_mode, ritual.month_week = "nth_weekday", 1
            if template.kind == "nightly_gratitude":
                ritual.time_of_day = datetime.time(21, 30)
            rituals.append(ritual)
    for friend in people[1:2]:
        rituals.append(Ritual(owner=user, person=friend, kind="custom", title="Sunday call", frequency="weekly",
                              weekday=6, time_of_day=datetime.time(11, 0), duration_minutes=30, starts_on=start))
    rituals = Ritual.objects.bulk_create(rituals)  # primary keys come back on SQLite and PostgreSQL
    # They were "set up" when the history starts, so their past dates count (created_at is auto-set on insert).
    created = _at(start, 9, 0, zone)
    Ritual.objects.filter(pk__in=[r.pk for r in rituals]).update(created_at=created)
    for ritual in rituals:
        ritual.created_at = created
    occurrences = []
    for ritual in rituals:
        for day in recurrence.due_dates(ritual.rule(), start, today - datetime.timedelta(days=1)):
            roll = rng.random()
            if roll < 0.7:
                occurrences.append(RitualOccurrence(owner=user, ritual=ritual, due_on=day, status="done",
                                                    outcome=rng.choice(OUTCOMES) if rng.random() < 0.4 else ""))
            elif roll < 0.8:
                occurrences.append(RitualOccurrence(owner=user, ritual=ritual, due_on=day, status="skipped"))
    RitualOccurrence.objects.bulk_create(occurrences)
    ctx.count("rituals", len(rituals))
    ctx.count("ritual outcomes", len(occurrences))

    rules = []
    for person in [None, *close[:1]]:
        for position, (key, text) in enumerate(content.SEED_CONFLICT_RULES):
            rules.append(ConflictRule(owner=user, person=person, text=text, position=position, seed_key=key))
    if partner:
        rules.append(ConflictRule(owner=user, person=partner, text="No big talks after 11 pm.", position=9))
    ConflictRule.objects.bulk_create(rules)
    ctx.count("conflict rules", len(rules))

    timeouts = []
    for n in range(min(4, max(1, ctx.days // 30))):
        day = today - datetime.timedelta(days=rng.randint(1, max(2, ctx.days - 1)))
        started = _at(day, rng.randint(18, 22), 0, zone)
        resolved = n != 0  # one is still waiting, so the "come back" reminder shows
        timeouts.append(TimeOut(owner=user, person=partner, started_at=started, minutes=20,
                                return_by=started + datetime.timedelta(minutes=20),
                                topic=rng.choice(["Holiday plans", "Who does the school run", "Money"]),
                                resolved_at=started + datetime.timedelta(hours=2) if resolved else None,
                                resolution="We each said what we needed and agreed to try for two weeks." if resolved else ""))
    TimeOut.objects.bulk_create(timeouts)
    ctx.count("time-outs", len(timeouts))

    sessions = []
    if partner:
        for n, stage in enumerate(["done", "abandoned"]):
            started = _at(today - datetime.timedelta(days=10 + 20 * n), 20, 0, zone)
            sessions.append(VulnerabilitySession(
                owner=user, person=partner, minutes_each=5, first_speaker="me", stage=stage, started_at=started,
                ended_at=started + datetime.timedelta(minutes=12 if stage == "done" else 4),
                first_note="Talked about being afraid of becoming like my dad when I'm stressed.",
                second_note="They fear being a burden when they ask for help." if stage == "done" else "",
                reflection="Lighter afterwards." if stage == "done" else ""))
    if partner:
        # One exercise still running: the first turn started three minutes ago, so it resumes.
        started = _at(today, 20, 0, zone)
        now = timezone.now()
        if now.astimezone(zone).date() == today:
            started = now - datetime.timedelta(minutes=3)
        sessions.append(VulnerabilitySession(owner=user, person=partner, minutes_each=6, first_speaker="me",
                                             stage=VulnerabilitySession.Stage.FIRST, started_at=started))
    VulnerabilitySession.objects.bulk_create(sessions)
    ctx.count("vulnerability exercises", len(sessions))
    # The user's own numbers, changed from the seed's: a longer calm-down and six minutes each.
    PracticeSettings.objects.update_or_create(owner=user, defaults={"timeout_minutes": 25, "vulnerability_minutes": 6})

    boundaries = []
    for index, (title, acceptable, treatment) in enumerate(BOUNDARIES):
        boundaries.append(Boundary(owner=user, person=close[index % len(close)] if close else None, title=title,
                                   acceptable=acceptable, treatment=treatment,
                                   review_on=today + datetime.timedelta(days=rng.randint(-10, 80))))
    Boundary.objects.bulk_create(boundaries)
    ctx.count("boundaries", len(boundaries))
