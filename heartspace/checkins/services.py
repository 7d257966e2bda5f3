"""Connection Check services: scheduling, preparation, the session, and what comes after."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from heartspace.checkins import depth as depth_rules
from heartspace.checkins import question_bank, scheduling
from heartspace.checkins.models import (
    COMMITMENT_DAYS,
    Appreciation,
    Check,
    CheckQuestion,
    CheckSettings,
    Commitment,
    TensionScript,
)
from heartspace.people.models import Interaction, Person

QUESTIONS_PER_CHECK = 3  # seed: prepare three targeted questions (default of CheckSettings)
PROPOSE_MONTHS = 2  # this month and the next


def settings_for(user) -> CheckSettings:
    """The user's practice numbers; the seed defaults (unsaved) until they change one. One query."""
    return CheckSettings.objects.filter(owner=user).first() or CheckSettings(owner=user)


PERSON_NUMBERS = ("questions_per_check", "pause_seconds", "story_seconds", "commitment_days",
                  "appreciation_words", "follow_up_words")


def numbers_for(user, person: Person) -> CheckSettings:
    """The numbers for sessions with this person: the user's, with the person's own overrides
    (Person.check_numbers) on top. A detached copy: never saved."""
    numbers = settings_for(user)
    overrides = {k: v for k, v in (person.check_numbers or {}).items()
                 if k in PERSON_NUMBERS and isinstance(v, int) and not isinstance(v, bool)}
    if not overrides:
        return numbers
    mine = CheckSettings(owner=user, **{name: getattr(numbers, name) for name in PERSON_NUMBERS})
    for name, value in overrides.items():
        setattr(mine, name, value)
    return mine


def new_check(user, person: Person, when: datetime.datetime, status: str = Check.Status.SCHEDULED) -> Check:
    return Check.objects.create(owner=user, person=person, scheduled_for=when, status=status,
                                duration_minutes=person.session_minutes, presence_minutes=person.presence_minutes,
                                privacy=person.privacy_default)


def propose_for_person(user, person: Person, now: datetime.datetime | None = None,
                       settings: CheckSettings | None = None) -> list[Check]:
    """Create proposed checks for this month and the next from the person's cadence and the
    user's availability. Each one keeps why it was proposed (Check.proposal)."""
    now = now or timezone.now()
    zone = user.zoneinfo()
    settings = settings or settings_for(user)
    windows = settings.windows()
    if settings.availability_is_default and person.preferred_time is not None:
        # The user never said when they are free, but did say when this person suits them:
        # the suggested default must not overrule what they chose.
        windows = None
    if scheduling.availability_problem(windows, person.session_minutes):
        return []
    today = now.astimezone(zone).date()
    months = scheduling.next_months(today, PROPOSE_MONTHS)
    first = datetime.datetime(months[0][0], months[0][1], 1, tzinfo=zone)
    existing = list(Check.objects.filter(owner=user, person=person, scheduled_for__gte=first)
                    .exclude(status=Check.Status.SKIPPED).values_list("scheduled_for", flat=True))
    skipped = list(Check.objects.filter(owner=user, person=person, scheduled_for__gte=first,
                                        status=Check.Status.SKIPPED).values_list("scheduled_for", flat=True))
    # The user's time already booked with other people: proposals avoid clashing with it.
    busy = [(start, start + datetime.timedelta(minutes=length)) for start, length in
            Check.objects.filter(owner=user, scheduled_for__gte=first,
                                 status__in=[Check.Status.PROPOSED, Check.Status.SCHEDULED])
            .exclude(person=person).values_list("scheduled_for", "duration_minutes")]
    created = []
    for year, month in months:
        # A skipped check still used its slot in the month: skipping is counted, not re-proposed.
        for proposal in scheduling.propose_month_explained(
                year, month, person.checks_per_month, person.weekday_list(), person.preferred_time, str(zone),
                existing + skipped, now, busy=busy, minutes=person.session_minutes, windows=windows):
            created.append(Check(owner=user, person=person, scheduled_for=proposal.when, status=Check.Status.PROPOSED,
                                 duration_minutes=person.session_minutes, presence_minutes=person.presence_minutes,
                                 privacy=person.privacy_default, proposal=proposal.as_dict()))
    Check.objects.bulk_create(created)
    return created


def availability_problem(user, people, settings: CheckSettings | None = None) -> str | None:
    """"none" or "too_short" when the user's availability leaves no room for these people's checks."""
    windows = (settings or settings_for(user)).windows()
    problems = [scheduling.availability_problem(windows, p.session_minutes) for p in people]
    return next((p for p in problems if p), None)


def skip(check: Check, reason: str) -> None:
    check.status = Check.Status.SKIPPED
    check.skip_reason = reason
    check.skipped_at = timezone.now()
    check.save(update_fields=["status", "skip_reason", "skipped_at", "updated_at"])


# --- preparation -------------------------------------------------------------------------

def asked_before(user, person: Person, exclude_check: Check | None = None) -> tuple[set[str], set[str]]:
    """Bank keys and texts already prepared for this person in other checks (one query)."""
    rows = CheckQuestion.objects.filter(owner=user, connection_check__person=person)
    if exclude_check is not None:
        rows = rows.exclude(connection_check=exclude_check)
    keys, texts = set(), set()
    for key, text in rows.values_list("bank_key", "text"):
        if key:
            keys.add(key)
        texts.add(text.strip().casefold())
    return keys, texts


def depth_history(user, person: Person, limit: int = 3) -> list[depth_rules.SessionSummary]:
    """The last few finished sessions, most recent first (two queries)."""
    checks = list(Check.objects.filter(owner=user, person=person, status=Check.Status.DONE)
                  .order_by("-scheduled_for")[:limit])
    by_check: dict[int, list[CheckQuestion]] = {c.pk: [] for c in checks}
    for q in CheckQuestion.objects.filter(owner=user, connection_check_id__in=list(by_check)):
        by_check[q.connection_check_id].append(q)
    summaries = []
    for check in checks:
        questions = by_check[check.pk]
        summaries.append(depth_rules.SessionSummary(
            depth=depth_rules.dominant_depth([q.depth for q in questions]),
            meaningful=check.meaningful, how_it_went=check.how_it_went or "",
            asked=sum(1 for q in questions if q.asked or q.passed), passed=sum(1 for q in questions if q.passed)))
    return summaries


def depth_offset(user, person: Person) -> int:
    """The step up or down a 12-week reassessment recorded for this person (0 when none)."""
    try:
        from heartspace.insights.models import DepthPreference
    except ImportError:
        return 0
    return DepthPreference.objects.filter(owner=user, person=person).values_list("offset", flat=True).first() or 0


def depth_advice(user, person: Person) -> depth_rules.DepthAdvice:
    advice = depth_rules.next_depth(depth_history(user, person))
    offset = depth_offset(user, person)
    if offset:
        adjusted = depth_rules.step(advice.depth, offset)
        if adjusted != advice.depth:
            return depth_rules.DepthAdvice(adjusted, "up" if offset > 0 else "down",
                                           "reassessment_up" if offset > 0 else "reassessment_down")
    return advice


def add_question(user, check: Check, text: str, depth: str, topic: str = "", source: str = CheckQuestion.Source.BANK,
                 bank_key: str = "") -> CheckQuestion:
    order = check.questions.count()
    return CheckQuestion.objects.create(owner=user, connection_check=check, order=order, text=text, depth=depth,
                                        topic=topic, source=source, bank_key=bank_key)


def add_seed_questions(user, check: Check) -> int:
    have = set(check.questions.values_list("bank_key", flat=True))
    added = 0
    for q in question_bank.SEED_QUESTIONS:
        if q["key"] not in have:
            add_question(user, check, q["text"], q["depth"], q["topic"], CheckQuestion.Source.SEED, q["key"])
            added += 1
    return added


# --- the session ---------------------------------------------------------------------------

def start_session(check: Check, privacy: str) -> None:
    if not check.started_at:
        check.started_at = timezone.now()
    check.privacy = privacy
    check.privacy_agreed = True
    if check.status == Check.Status.PROPOSED:
        check.status = Check.Status.SCHEDULED
    check.save(update_fields=["started_at", "privacy", "privacy_agreed", "status", "updated_at"])


def end_session(check: Check) -> None:
    check.ended_at = check.ended_at or timezone.now()
    check.status = Check.Status.DONE
    check.save(update_fields=["ended_at", "status", "updated_at"])


# --- after -----------------------------------------------------------------------------------

def default_due_on(user, days: int = COMMITMENT_DAYS) -> datetime.date:
    return user.local_today() + datetime.timedelta(days=days)


@transaction.atomic
def save_appreciation(user, person: Person, text: str, check: Check | None = None) -> Appreciation:
    appreciation = Appreciation.objects.create(owner=user, person=person, connection_check=check, text=text)
    Interaction.objects.create(owner=user, person=person, tone=Interaction.Tone.POSITIVE, source="appreciation")
    return appreciation


def tension_text(emotion: str, behavior: str, remedy: str) -> str:
    """The seed's script, filled in, with the one concrete remedy to propose."""
    text = f"I felt {emotion.strip()} when {behavior.strip().rstrip('.')}. " \
           "Can we talk about what happened and agree one next step?"
    if remedy.strip():
        text += f" I'd like to suggest: {remedy.strip()}"
    return text


@transaction.atomic
def save_tension_script(user, person: Person, emotion: str, behavior: str, remedy: str,
                        check: Check | None = None) -> TensionScript:
    interaction = Interaction.objects.create(owner=user, person=person, tone=Interaction.Tone.CORRECTIVE,
                                             source="tension")
    return TensionScript.objects.create(owner=user, person=person, connection_check=check, emotion=emotion,
                                        behavior=behavior, remedy=remedy, text=tension_text(emotion, behavior, remedy),
                                        interaction=interaction)


def set_commitment_done(commitment: Commitment, done: bool) -> None:
    commitment.done_at = timezone.now() if done else None
    commitment.save(update_fields=["done_at", "updated_at"])
