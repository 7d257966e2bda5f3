"""Connection Checks: the 30-minute one-on-ones, what was asked, and what came after.

The foreign key to a check is called `connection_check` (a field named `check` would
hide Django's Model.check()).

Other apps read these models (insights for metrics, feeds for calendars, partners for
sharing); /tmp/hs-contracts/checkins.md describes the fields they rely on. Change additively.
"""

from __future__ import annotations

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heartspace.ownership import OwnedModel
from heartspace.people.models import Person

LABEL = "Connection Check"
COMMITMENT_DAYS = 7  # seed: complete the micro-commitment within seven days


class Depth(models.TextChoices):
    LIGHT = "light", _("Light")
    PERSONAL = "personal", _("Personal")
    DEEP = "deep", _("Deep")


class Check(OwnedModel):
    """One Connection Check with one person: proposed, scheduled, done or skipped."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        SCHEDULED = "scheduled", _("Scheduled")
        DONE = "done", _("Done")
        SKIPPED = "skipped", _("Skipped")

    class Disclosed(models.TextChoices):
        NONE = "none", _("Nobody really")
        ME = "me", _("I did")
        THEM = "them", _("They did")
        BOTH = "both", _("Both of us")

    class HowItWent(models.TextChoices):
        UNSET = "", _("Not said")
        TOO_LIGHT = "too_light", _("Stayed on the surface")
        RIGHT = "right", _("About right")
        TOO_DEEP = "too_deep", _("Went further than felt comfortable")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="checks")
    label = models.CharField(_("label"), max_length=100, default=LABEL)
    scheduled_for = models.DateTimeField(_("when"), db_index=True)
    duration_minutes = models.PositiveSmallIntegerField(_("minutes"), default=30,
                                                        validators=[MinValueValidator(5), MaxValueValidator(240)])
    presence_minutes = models.PositiveSmallIntegerField(_("phone-free minutes first"), default=10,
                                                        validators=[MinValueValidator(0), MaxValueValidator(120)])
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.SCHEDULED)
    skip_reason = models.CharField(_("reason (optional)"), max_length=300, blank=True)
    skipped_at = models.DateTimeField(null=True, blank=True)
    privacy = models.CharField(_("privacy agreement"), max_length=20, choices=Person.Privacy.choices,
                               default=Person.Privacy.UNDECIDED)
    privacy_agreed = models.BooleanField(default=False)  # True once agreed upfront in the session
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    # Guided-session position and drafts, so a reload on another device resumes.
    guide_step = models.PositiveSmallIntegerField(default=0)
    guide_state = models.JSONField(default=dict, blank=True)
    meaningful = models.BooleanField(_("it was a meaningful conversation"), null=True, blank=True)
    disclosed = models.CharField(_("who opened up"), max_length=8, choices=Disclosed.choices, blank=True)
    how_it_went = models.CharField(_("how deep it went"), max_length=12, choices=HowItWent.choices, blank=True)
    story = models.TextField(_("your 90-second story"), blank=True)
    notes = models.TextField(_("private notes"), blank=True)
    logged_at = models.DateTimeField(null=True, blank=True)
    # Why this date was proposed (scheduling.Proposal.as_dict(): reason codes and the availability
    # window it falls in); empty for checks the user scheduled themselves.
    proposal = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["scheduled_for"]
        indexes = [
            models.Index(fields=["owner", "status", "scheduled_for"]),
            models.Index(fields=["owner", "person", "scheduled_for"]),
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.person_id} {self.scheduled_for:%Y-%m-%d}"

    @property
    def ends_at(self) -> datetime.datetime:
        return self.scheduled_for + datetime.timedelta(minutes=self.duration_minutes)

    @property
    def mutual_disclosure(self) -> bool:
        return self.disclosed == self.Disclosed.BOTH

    @property
    def is_open(self) -> bool:
        return self.status in (self.Status.PROPOSED, self.Status.SCHEDULED)


class CheckQuestion(OwnedModel):
    """One of the (usually three) questions prepared for a check, and what happened to it."""

    class Source(models.TextChoices):
        SEED = "seed", _("Starter question")
        BANK = "bank", _("Question bank")
        CUSTOM = "custom", _("Your own")

    connection_check = models.ForeignKey(Check, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField(default=0)
    text = models.CharField(_("question"), max_length=500)
    depth = models.CharField(max_length=10, choices=Depth.choices, default=Depth.PERSONAL)
    topic = models.CharField(max_length=40, blank=True)
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.BANK)
    bank_key = models.CharField(max_length=40, blank=True)  # question_bank key, "seed-1".., or ""
    asked = models.BooleanField(default=False)
    passed = models.BooleanField(default=False)
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["connection_check_id", "order", "pk"]
        indexes = [models.Index(fields=["owner", "connection_check"])]


class CustomQuestion(OwnedModel):
    """A question the user wrote and saved for later sessions."""

    text = models.CharField(_("your question"), max_length=500)
    depth = models.CharField(_("depth"), max_length=10, choices=Depth.choices, default=Depth.PERSONAL)
    topic = models.CharField(_("topic"), max_length=40, blank=True)

    class Meta:
        ordering = ["-created_at"]


def default_due_on():
    return timezone.localdate() + datetime.timedelta(days=COMMITMENT_DAYS)


class Commitment(OwnedModel):
    """One micro-commitment after a chat: a single actionable note, due within seven days."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="commitments")
    connection_check = models.ForeignKey(Check, on_delete=models.SET_NULL, null=True, blank=True, related_name="commitments")
    text = models.CharField(_("what you will do"), max_length=300)
    due_on = models.DateField(_("due"), default=default_due_on)
    done_at = models.DateTimeField(null=True, blank=True)
    cancelled = models.BooleanField(default=False)

    class Meta:
        ordering = ["due_on", "pk"]
        indexes = [models.Index(fields=["owner", "done_at", "due_on"])]

    @property
    def is_done(self) -> bool:
        return self.done_at is not None

    def on_time(self, zone) -> bool | None:
        if not self.done_at:
            return None
        return self.done_at.astimezone(zone).date() <= self.due_on


class Appreciation(OwnedModel):
    """The closing ritual: one specific appreciation, 15 words or fewer."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="appreciations")
    connection_check = models.ForeignKey(Check, on_delete=models.SET_NULL, null=True, blank=True, related_name="appreciations")
    text = models.CharField(_("what you appreciated"), max_length=500)

    class Meta:
        ordering = ["-created_at"]


class FollowUp(OwnedModel):
    """A follow-up message under 60 words: one highlight, one action, one question."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="follow_ups")
    connection_check = models.ForeignKey(Check, on_delete=models.SET_NULL, null=True, blank=True, related_name="follow_ups")
    text = models.TextField(_("message"))
    has_highlight = models.BooleanField(_("names one highlight"), default=False)
    has_action = models.BooleanField(_("names one action"), default=False)
    has_question = models.BooleanField(_("asks one question for next time"), default=False)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]


class TensionScript(OwnedModel):
    """A prepared "I felt ... when ..." script about one issue, with one concrete remedy."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="tension_scripts")
    connection_check = models.ForeignKey(Check, on_delete=models.SET_NULL, null=True, blank=True, related_name="tension_scripts")
    emotion = models.CharField(_("I felt"), max_length=100)
    behavior = models.CharField(_("when (the one behaviour)"), max_length=300)
    remedy = models.CharField(_("one next step I could propose"), max_length=300)
    text = models.TextField(_("the script"))
    interaction = models.ForeignKey("people.Interaction", on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")

    class Meta:
        ordering = ["-created_at"]


class CheckSettings(OwnedModel):
    """The seed's numbers for the practice itself, one row per user, each visible and changeable.

    No row means the defaults (services.settings_for returns an unsaved instance).
    """

    questions_per_check = models.PositiveSmallIntegerField(
        _("questions to prepare"), default=3, validators=[MinValueValidator(1), MaxValueValidator(10)],
        help_text=_("Default 3."))
    pause_seconds = models.PositiveSmallIntegerField(
        _("pause after their answer (seconds)"), default=3, validators=[MinValueValidator(0), MaxValueValidator(30)],
        help_text=_("Default 3."))
    story_seconds = models.PositiveSmallIntegerField(
        _("your story (seconds)"), default=90, validators=[MinValueValidator(15), MaxValueValidator(600)],
        help_text=_("Default 90."))
    commitment_days = models.PositiveSmallIntegerField(
        _("days to complete a micro-commitment"), default=COMMITMENT_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(60)], help_text=_("Default 7."))
    appreciation_words = models.PositiveSmallIntegerField(
        _("closing appreciation: at most this many words"), default=15,
        validators=[MinValueValidator(3), MaxValueValidator(100)], help_text=_("Default 15."))
    follow_up_words = models.PositiveSmallIntegerField(
        _("follow-up message: under this many words"), default=60,
        validators=[MinValueValidator(10), MaxValueValidator(300)], help_text=_("Default 60."))

    # When the user is free for Connection Checks: [{"weekday": 0, "start": "18:00", "end": "21:00"}, ...]
    # (Monday=0, wall-clock times in the user's zone). None: never set, the suggested default
    # (scheduling.DEFAULT_WINDOWS) applies. An empty list: no free time, so nothing is proposed.
    availability = models.JSONField(_("when you are free"), null=True, blank=True, default=None)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="one_check_settings_per_user")]

    def windows(self):
        """The availability as scheduling.Window rows (the suggested default when never set)."""
        from heartspace.checkins import scheduling

        parsed = scheduling.parse_windows(self.availability)
        return list(scheduling.DEFAULT_WINDOWS) if parsed is None else parsed

    @property
    def availability_is_default(self) -> bool:
        return self.availability is None

    @property
    def follow_up_max(self) -> int:
        """"Under 60 words" allows 59."""
        return self.follow_up_words - 1
