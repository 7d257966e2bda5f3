"""Demo Connection Checks: done, skipped and scheduled checks over ctx.days, with what came after.

Deterministic (ctx.rng only) and bulk-created so a year of history takes a moment.
"""

from __future__ import annotations

import datetime

from django.utils import timezone

from heartspace.checkins import question_bank, scheduling
from heartspace.checkins.models import (
    Appreciation,
    Check,
    CheckQuestion,
    CheckSettings,
    Commitment,
    CustomQuestion,
    FollowUp,
    TensionScript,
)
from heartspace.checkins.services import tension_text
from heartspace.people.models import Interaction, Person

COMMITMENTS = [
    "Send the article about sleep we talked about", "Check in after the job interview", "Book the climbing session",
    "Share the photos from the lake", "Ask how the first week went", "Drop off the book I promised",
    "Text the name of that podcast", "Call on Sunday to hear how the move went",
]
APPRECIATIONS = [
    "You listened without trying to fix anything. Thank you.", "The way you laughed about the burnt cake.",
    "You were honest about the hard week, which took courage.", "Thank you for asking about my dad.",
    "I loved how excited you were about the garden.", "You made time even though you were tired.",
]
FOLLOW_UPS = [
    "Loved hearing about the new job. I sent you the article. What will you try first next week?",
    "Thanks for tonight. The story about your grandmother stayed with me. I booked the table; which day suits you?",
    "Really glad we talked. I'll check in after your interview. What would make Friday easier?",
]
TENSIONS = [
    ("hurt", "plans were cancelled an hour before we met", "Let each other know a day ahead when plans change."),
    ("left out", "the trip was planned without asking me", "Plan the next trip together over dinner."),
    ("worried", "my messages went unanswered for three days", "Send a one-line reply when busy."),
]
NOTES = ["Talked about work and the move.", "They opened up about their brother.", "Lighter chat, lots of laughing.",
         "Hard moment about money; we stayed with it.", ""]


def generate(ctx) -> None:
    rng = ctx.rng
    user = ctx.user
    zone = user.zoneinfo()
    checks: list[Check] = []
    for person in [p for p in ctx.people if p.wants_closer]:
        per_month = person.checks_per_month or 2
        step = max(3, 30 // per_month)
        day = ctx.days - rng.randint(0, step)
        while day > -30:
            date = ctx.today - datetime.timedelta(days=day)
            at = person.preferred_time or datetime.time(18, 0)
            when = datetime.datetime.combine(date, at, tzinfo=zone)
            if day > 0:
                status = Check.Status.SKIPPED if rng.random() < 0.15 else Check.Status.DONE
            else:
                status = Check.Status.PROPOSED if rng.random() < 0.3 else Check.Status.SCHEDULED
            done = status == Check.Status.DONE
            meaningful = rng.random() < 0.7 if done else None
            checks.append(Check(
                owner=user, person=person, scheduled_for=when, status=status,
                duration_minutes=person.session_minutes, presence_minutes=person.presence_minutes,
                privacy=rng.choice(list(Check._meta.get_field("privacy").choices))[0],
                privacy_agreed=done,
                skip_reason=rng.choice(["", "Both too tired", "They were travelling"]) if status == Check.Status.SKIPPED else "",
                skipped_at=when if status == Check.Status.SKIPPED else None,
                started_at=when if done else None,
                ended_at=when + datetime.timedelta(minutes=person.session_minutes) if done else None,
                meaningful=meaningful,
                disclosed=rng.choice(["none", "me", "them", "both", "both"]) if done else "",
                how_it_went=rng.choice(["", "right", "right", "too_light", "too_deep"]) if done else "",
                notes=rng.choice(NOTES) if done else "",
                logged_at=when + datetime.timedelta(minutes=40) if done else None,
            ))
            day -= step + rng.randint(-2, 3)
    Check.objects.bulk_create(checks, batch_size=500)
    checks = list(Check.objects.filter(owner=user).select_related("person").order_by("scheduled_for"))
    ctx.count("checks", len(checks))

    questions, commitments, appreciations, follow_ups = [], [], [], []
    pool = list(question_bank.SEED_QUESTIONS) + list(question_bank.QUESTIONS)
    for check in checks:
        if check.status == Check.Status.SKIPPED:
            continue
        local_date = check.scheduled_for.astimezone(zone).date()
        for order, q in enumerate(rng.sample(pool, 3)):
            done = check.status == Check.Status.DONE
            passed = done and rng.random() < 0.12
            questions.append(CheckQuestion(
                owner=user, connection_check=check, order=order, text=q["text"], depth=q["depth"], topic=q["topic"],
                source=CheckQuestion.Source.SEED if q["key"].startswith("seed-") else CheckQuestion.Source.BANK,
                bank_key=q["key"], asked=done and not passed, passed=passed))
        if check.status != Check.Status.DONE:
            continue
        due = local_date + datetime.timedelta(days=7)
        roll = rng.random()
        done_at = None
        if due < ctx.today or roll < 0.5:
            if roll < 0.65:  # done on time
                done_at = datetime.datetime.combine(local_date + datetime.timedelta(days=rng.randint(1, 6)),
                                                    datetime.time(12), tzinfo=zone)
            elif roll < 0.8:  # done late
                done_at = datetime.datetime.combine(due + datetime.timedelta(days=rng.randint(1, 5)),
                                                    datetime.time(12), tzinfo=zone)
        if done_at and done_at.date() > ctx.today:
            done_at = None
        commitments.append(Commitment(owner=user, person=check.person, connection_check=check,
                                      text=rng.choice(COMMITMENTS), due_on=due, done_at=done_at))
        if rng.random() < 0.75:
            appreciations.append(Appreciation(owner=user, person=check.person, connection_check=check,
                                              text=rng.choice(APPRECIATIONS)))
        if rng.random() < 0.6:
            follow_ups.append(FollowUp(owner=user, person=check.person, connection_check=check,
                                       text=rng.choice(FOLLOW_UPS), has_highlight=True, has_action=True,
                                       has_question=True,
                                       sent_at=check.ended_at if rng.random() < 0.8 else None))
    CheckQuestion.objects.bulk_create(questions, batch_size=1000)
    Commitment.objects.bulk_create(commitments, batch_size=500)
    Appreciation.objects.bulk_create(appreciations, batch_size=500)
    FollowUp.objects.bulk_create(follow_ups, batch_size=500)
    ctx.count("check questions", len(questions))
    ctx.count("commitments", len(commitments))
    ctx.count("appreciations", len(appreciations))
    ctx.count("follow-ups", len(follow_ups))

    scripts, interactions = [], []
    for person in ctx.people:
        if rng.random() < 0.5:
            emotion, behavior, remedy = rng.choice(TENSIONS)
            day = rng.randint(1, max(1, ctx.days - 1))
            when = datetime.datetime.combine(ctx.today - datetime.timedelta(days=day), datetime.time(20), tzinfo=zone)
            interactions.append(Interaction(owner=user, person=person, tone=Interaction.Tone.CORRECTIVE,
                                            source="tension", occurred_at=when))
            scripts.append(TensionScript(owner=user, person=person, emotion=emotion, behavior=behavior, remedy=remedy,
                                         text=tension_text(emotion, behavior, remedy)))
    Interaction.objects.bulk_create(interactions)
    TensionScript.objects.bulk_create(scripts)
    ctx.count("tension scripts", len(scripts))
    CustomQuestion.objects.bulk_create([
        CustomQuestion(owner=user, text="What are you looking forward to this season?", depth="light", topic="recent"),
        CustomQuestion(owner=user, text="What has been hardest about the new job?", depth="personal", topic="worries"),
    ])

    _person_numbers(ctx)
    _session_in_progress(ctx)
    # Free time for proposals: the suggested evenings and weekends, plus Wednesday lunch.
    windows = [w.as_dict() for w in scheduling.DEFAULT_WINDOWS] + [{"weekday": 2, "start": "12:00", "end": "13:30"}]
    CheckSettings.objects.update_or_create(owner=user, defaults={"availability": windows})


# Some people have their own numbers: a longer pause, a shorter story, their own targets.
PERSON_OVERRIDES = [
    {"pause_seconds": 5, "story_seconds": 60, "ratio_target": 4, "chats_target_low": 2, "chats_target_high": 3},
    {"questions_per_check": 2, "commitment_days": 10, "chats_target_low": 1, "chats_target_high": 2},
]


def _person_numbers(ctx) -> None:
    close = [p for p in ctx.people if p.wants_closer]
    changed = []
    for person, numbers in zip(close, PERSON_OVERRIDES, strict=False):
        person.check_numbers = {**(person.check_numbers or {}), **numbers}
        changed.append(person)
    Person.objects.bulk_update(changed, ["check_numbers"])
    ctx.count("people with their own numbers", len(changed))


def _session_in_progress(ctx) -> None:
    """One Connection Check running right now: started eight minutes ago, privacy agreed, the
    first question asked with a note, so the guide resumes mid-session."""
    user = ctx.user
    zone = user.zoneinfo()
    person = next((p for p in ctx.people if p.wants_closer), None)
    if person is None:
        return
    now = timezone.now()
    if now.astimezone(zone).date() != ctx.today:  # a demo for another day: its evening instead
        now = datetime.datetime.combine(ctx.today, datetime.time(19, 0), tzinfo=zone)
    started = now - datetime.timedelta(minutes=8)
    check = Check.objects.create(
        owner=user, person=person, scheduled_for=started, status=Check.Status.SCHEDULED,
        duration_minutes=person.session_minutes, presence_minutes=person.presence_minutes,
        privacy=Person.Privacy.BETWEEN_US, privacy_agreed=True, started_at=started, guide_step=2)
    for order, q in enumerate(question_bank.SEED_QUESTIONS):
        CheckQuestion.objects.create(
            owner=user, connection_check=check, order=order, text=q["text"], depth=q["depth"], topic=q["topic"],
            source=CheckQuestion.Source.SEED, bank_key=q["key"], asked=order == 0,
            note="“Like starting over, but lighter.”" if order == 0 else "")
    ctx.count("sessions in progress", 1)
