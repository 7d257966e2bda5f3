"""The intimacy practices: daily disclosure, "I feel" statements, bids, rituals, conflict rules
and time-outs, the vulnerability exercise and boundaries.

Every model is owned by one user; `person` is the partner, friend or family member the record
is about (optional where a practice can be done alone). Numbers the seeds give (20-minute
time-outs, five minutes each in the vulnerability exercise) are defaults in PracticeSettings
that the user sees and changes.
"""

from __future__ import annotations

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heartspace.ownership import OwnedModel
from heartspace.people.models import Interaction, Person

# Long enough for a heartfelt page, short enough that nobody pastes a book by accident.
MAX_TEXT_CHARS = 10_000


class PracticeSettings(OwnedModel):
    """One row per user: the seed's numbers as editable defaults."""

    timeout_minutes = models.PositiveSmallIntegerField(
        _("time-out length (minutes)"), default=20, validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_("How long a calm-down break lasts before you come back to resolve."))
    vulnerability_minutes = models.PositiveSmallIntegerField(
        _("minutes each in the vulnerability exercise"), default=5,
        validators=[MinValueValidator(1), MaxValueValidator(60)])
    boundary_review_days = models.PositiveSmallIntegerField(
        _("review boundaries every (days)"), default=90, validators=[MinValueValidator(7), MaxValueValidator(730)])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="practices_one_settings_per_user")]


class Disclosure(OwnedModel):
    """One honest, non-judgemental statement for a day."""

    class Kind(models.TextChoices):
        WORRY = "worry", _("A worry")
        REGRET = "regret", _("A small regret")
        APPRECIATION = "appreciation", _("Something I appreciated")

    person = models.ForeignKey(Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="disclosures")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WORRY)
    text = models.TextField(_("what I want to say"), max_length=MAX_TEXT_CHARS)
    day = models.DateField(_("day"), db_index=True)  # the user's local date
    prompt_key = models.CharField(max_length=40, blank=True)
    shared_with_person = models.BooleanField(_("I said it to them"), default=False)

    class Meta:
        ordering = ["-day", "-created_at"]
        indexes = [models.Index(fields=["owner", "day"])]


class FeelingStatement(OwnedModel):
    """"I feel ___ when ___ and I need ___"."""

    person = models.ForeignKey(Person, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="feeling_statements")
    feeling = models.CharField(_("I feel"), max_length=120)
    # False when the word is the person's own (not in the vocabulary): accepted as it is.
    feeling_in_vocabulary = models.BooleanField(default=True)
    when = models.TextField(_("when"), max_length=2000)
    need = models.TextField(_("and I need"), max_length=2000)
    text = models.TextField(_("statement"), max_length=MAX_TEXT_CHARS)
    said_at = models.DateTimeField(_("said it"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]


class Bid(OwnedModel):
    """A small attempt to connect and how it was answered (Gottman's bids for connection)."""

    class MadeBy(models.TextChoices):
        ME = "me", _("Me")
        THEM = "them", _("Them")

    class Kind(models.TextChoices):
        QUESTION = "question", _("A question")
        TOUCH = "touch", _("A touch")
        JOKE = "joke", _("A joke")
        OTHER = "other", _("Something else")

    class Response(models.TextChoices):
        TOWARD = "toward", _("Turned toward")
        AWAY = "away", _("Turned away")
        AGAINST = "against", _("Turned against")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, null=True, blank=True, related_name="bids")
    made_by = models.CharField(_("who made the bid"), max_length=4, choices=MadeBy.choices, default=MadeBy.THEM)
    kind = models.CharField(_("kind of bid"), max_length=10, choices=Kind.choices, default=Kind.QUESTION)
    response = models.CharField(_("how it was answered"), max_length=10, choices=Response.choices)
    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    # Turned toward counts as a positive moment, turned against as a corrective one (the 5:1 balance).
    interaction = models.OneToOneField(Interaction, on_delete=models.SET_NULL, null=True, blank=True,
                                       related_name="bid")

    class Meta:
        ordering = ["-occurred_at"]
        indexes = [models.Index(fields=["owner", "occurred_at"]), models.Index(fields=["owner", "person", "occurred_at"])]


class Ritual(OwnedModel):
    """A recurring practice with one person. Recurrence fields map onto an iCalendar RRULE:

    daily:   FREQ=DAILY
    weekly:  FREQ=WEEKLY;BYDAY=<weekday>
    monthly: FREQ=MONTHLY;BYMONTHDAY=<month_day>        (month_mode="day"; clamped to month end)
             FREQ=MONTHLY;BYDAY=<month_week><weekday>  (month_mode="nth_weekday"; month_week -1 = last)
    always with DTSTART = starts_on at time_of_day in the owner's time zone, duration_minutes long.
    """

    class Kind(models.TextChoices):
        WEEKLY_CHECKIN = "weekly_checkin", _("Weekly check-in")
        NIGHTLY_GRATITUDE = "nightly_gratitude", _("Nightly gratitude")
        MONTHLY_STATE = "monthly_state", _("Monthly “state of the relationship”")
        CUSTOM = "custom", _("My own ritual")

    class Frequency(models.TextChoices):
        DAILY = "daily", _("Every day")
        WEEKLY = "weekly", _("Every week")
        MONTHLY = "monthly", _("Every month")

    class MonthMode(models.TextChoices):
        DAY = "day", _("On a day of the month")
        NTH_WEEKDAY = "nth_weekday", _("On a weekday of the month (e.g. first Sunday)")

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    class MonthWeek(models.IntegerChoices):
        FIRST = 1, _("first")
        SECOND = 2, _("second")
        THIRD = 3, _("third")
        FOURTH = 4, _("fourth")
        LAST = -1, _("last")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, null=True, blank=True, related_name="rituals")
    kind = models.CharField(_("ritual"), max_length=20, choices=Kind.choices, default=Kind.WEEKLY_CHECKIN)
    title = models.CharField(_("name"), max_length=120)
    agenda = models.TextField(_("agenda"), max_length=4000, blank=True)
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    weekday = models.SmallIntegerField(_("weekday"), choices=Weekday.choices, null=True, blank=True)
    month_mode = models.CharField(_("monthly on"), max_length=12, choices=MonthMode.choices, default=MonthMode.DAY)
    month_day = models.PositiveSmallIntegerField(_("day of the month"), null=True, blank=True,
                                                 validators=[MinValueValidator(1), MaxValueValidator(31)])
    month_week = models.SmallIntegerField(_("which week"), choices=MonthWeek.choices, null=True, blank=True)
    time_of_day = models.TimeField(_("time"), default=datetime.time(20, 0))
    duration_minutes = models.PositiveSmallIntegerField(_("minutes"), default=20,
                                                        validators=[MinValueValidator(1), MaxValueValidator(480)])
    starts_on = models.DateField(_("starting on"))
    paused_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["title"]
        indexes = [models.Index(fields=["owner", "paused_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_active(self) -> bool:
        return self.paused_at is None

    def rule(self):
        from heartspace.practices.recurrence import Rule
        return Rule(frequency=self.frequency, weekday=self.weekday, month_mode=self.month_mode,
                    month_day=self.month_day, month_week=self.month_week, starts_on=self.starts_on)


class RitualOccurrence(OwnedModel):
    """What happened on one due date of a ritual. A due date with no row (or status skipped) is missed."""

    class Status(models.TextChoices):
        DONE = "done", _("We did it")
        SKIPPED = "skipped", _("We skipped it")

    ritual = models.ForeignKey(Ritual, on_delete=models.CASCADE, related_name="occurrences")
    due_on = models.DateField(_("date"))
    status = models.CharField(_("what happened"), max_length=10, choices=Status.choices, default=Status.DONE)
    outcome = models.TextField(_("outcome"), max_length=MAX_TEXT_CHARS, blank=True)

    class Meta:
        ordering = ["-due_on"]
        constraints = [models.UniqueConstraint(fields=["ritual", "due_on"], name="practices_one_outcome_per_due_date")]
        indexes = [models.Index(fields=["owner", "due_on"])]


class ConflictRule(OwnedModel):
    """One agreed rule for handling conflict in one relationship (person=None: my general rules)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, null=True, blank=True, related_name="conflict_rules")
    text = models.CharField(_("rule"), max_length=300)
    position = models.PositiveSmallIntegerField(default=0)
    seed_key = models.CharField(max_length=30, blank=True)  # which seed rule it started from, if any
    # Removed rules are kept (hidden) so a relationship whose rules were all removed is not re-seeded.
    removed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["position", "pk"]


class TimeOut(OwnedModel):
    """A calm-down break in a conflict; return_by is when the "come back to resolve" reminder is due."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, null=True, blank=True, related_name="timeouts")
    started_at = models.DateTimeField(default=timezone.now)
    minutes = models.PositiveSmallIntegerField(_("minutes"), default=20,
                                               validators=[MinValueValidator(1), MaxValueValidator(240)])
    return_by = models.DateTimeField(db_index=True)
    topic = models.CharField(_("what it was about"), max_length=300, blank=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.TextField(_("how we resolved it"), max_length=MAX_TEXT_CHARS, blank=True)

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["owner", "resolved_at", "return_by"])]

    @property
    def is_resolved(self) -> bool:
        return self.resolved_at is not None


class VulnerabilitySession(OwnedModel):
    """Five minutes each (editable): one speaks about a fear, the other mirrors and validates, then swap."""

    class Speaker(models.TextChoices):
        ME = "me", _("I speak first")
        THEM = "them", _("They speak first")

    class Stage(models.TextChoices):
        FIRST = "first", _("First turn")
        SWAP = "swap", _("Swap")
        SECOND = "second", _("Second turn")
        DONE = "done", _("Finished")
        ABANDONED = "abandoned", _("Stopped early")

    person = models.ForeignKey(Person, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="vulnerability_sessions")
    minutes_each = models.PositiveSmallIntegerField(_("minutes each"), default=5,
                                                    validators=[MinValueValidator(1), MaxValueValidator(60)])
    first_speaker = models.CharField(_("who speaks first"), max_length=4, choices=Speaker.choices, default=Speaker.ME)
    stage = models.CharField(max_length=10, choices=Stage.choices, default=Stage.FIRST)
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    first_note = models.TextField(_("a note on the first turn"), max_length=MAX_TEXT_CHARS, blank=True)
    second_note = models.TextField(_("a note on the second turn"), max_length=MAX_TEXT_CHARS, blank=True)
    reflection = models.TextField(_("how it felt afterwards"), max_length=MAX_TEXT_CHARS, blank=True)

    class Meta:
        ordering = ["-started_at"]


class Boundary(OwnedModel):
    """A clear, compassionate limit in one relationship, reviewed from time to time."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, null=True, blank=True, related_name="boundaries")
    title = models.CharField(_("in a few words"), max_length=160)
    acceptable = models.TextField(_("what is and is not OK for me"), max_length=MAX_TEXT_CHARS, blank=True)
    treatment = models.TextField(_("how I need to be treated"), max_length=MAX_TEXT_CHARS, blank=True)
    review_on = models.DateField(_("review on"))
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["review_on", "pk"]
        indexes = [models.Index(fields=["owner", "review_on"])]

    def due_for_review(self, today: datetime.date) -> bool:
        return self.review_on <= today
