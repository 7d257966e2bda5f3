"""Two people practising together, with consent for every shared thing.

A Link joins two accounts; nothing crosses it unless its owner chose to share it (a Share row)
or both took part in something made for two (a shared question, a joint session, the shared
log, a shared ritual). Ending a link ends all of that at once; each side keeps their own records.
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heartspace.ownership import OwnedModel

MAX_ANSWER_CHARS = 10_000


class Kind(models.TextChoices):
    PARTNER = "partner", _("Partner")
    FRIEND = "friend", _("Close friend")
    FAMILY = "family", _("Family member")


class Link(OwnedModel):
    """Two accounts practising together. `owner` invited, `other` accepted; both are equal sides."""

    other = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(_("who they are to you"), max_length=10, choices=Kind.choices, default=Kind.PARTNER)
    # Each side's own record of the other, seen only by that side.
    owner_person = models.ForeignKey("people.Person", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    other_person = models.ForeignKey("people.Person", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    # Gottman's 5:1: a default both sides see and can change.
    balance_target = models.PositiveSmallIntegerField(_("positive moments for each corrective one"), default=5,
                                                      validators=[MinValueValidator(1), MaxValueValidator(20)])
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "ended_at"]), models.Index(fields=["other", "ended_at"])]

    @property
    def is_active(self) -> bool:
        return self.ended_at is None

    def has_side(self, user) -> bool:
        return user.pk in (self.owner_id, self.other_id)

    def other_user(self, user):
        return self.other if user.pk == self.owner_id else self.owner

    def person_for(self, user):
        """The viewer's own Person record of the other side (or None)."""
        return self.owner_person if user.pk == self.owner_id else self.other_person

    def set_person_for(self, user, person) -> None:
        if user.pk == self.owner_id:
            self.owner_person = person
        else:
            self.other_person = person

    @staticmethod
    def sides_q(user) -> Q:
        return Q(owner=user) | Q(other=user)


class Invitation(OwnedModel):
    """A single-use invitation to link; only a hash of its token is stored."""

    kind = models.CharField(_("who they are to you"), max_length=10, choices=Kind.choices, default=Kind.PARTNER)
    email = models.EmailField(_("their email"), blank=True)
    person = models.ForeignKey("people.Person", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="+")
    used_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    @property
    def is_open(self) -> bool:
        return self.used_at is None and self.cancelled_at is None and self.expires_at > timezone.now()


class Share(OwnedModel):
    """One item its owner chose to show the other side of one link. Withdrawn = gone from their view."""

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="shares")
    kind = models.CharField(max_length=40)  # a key of heartspace.partners.shareable.REGISTRY
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    automatic = models.BooleanField(default=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["link", "withdrawn_at", "created_at"]),
            models.Index(fields=["owner", "content_type", "object_id"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["link", "content_type", "object_id"], condition=Q(withdrawn_at__isnull=True),
                                    name="partners_one_live_share_per_item_and_link"),
        ]


class AutoShare(OwnedModel):
    """Per link and kind: share new items of this kind automatically (off unless the owner turns it on)."""

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="auto_shares")
    kind = models.CharField(max_length=40)
    enabled = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "link", "kind"], name="partners_one_autoshare_per_kind")]


class SharedQuestion(OwnedModel):
    """An invitation (never a demand) to answer a question together. Answers show once both answered."""

    class Status(models.TextChoices):
        OPEN = "open", _("Waiting")
        PASSED = "passed", _("Passed")

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="questions")
    prompt_key = models.CharField(max_length=40, blank=True)
    text = models.CharField(_("question"), max_length=500)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    passed_at = models.DateTimeField(null=True, blank=True)
    # "Answer later": set when the invitee chose it. The question then waits on the Together page
    # only and never returns to the home panel (no nagging); the date records when it was deferred to.
    later_until = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["link", "status", "created_at"])]


class Answer(OwnedModel):
    question = models.ForeignKey(SharedQuestion, on_delete=models.CASCADE, related_name="answers")
    text = models.TextField(_("your answer"), max_length=MAX_ANSWER_CHARS)
    revealed_early = models.BooleanField(default=False)
    # Text the safety check flagged stays on its writer's screen until they choose otherwise.
    held_private = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "question"], name="partners_one_answer_each")]


class JointSession(OwnedModel):
    """The vulnerability exercise or a Connection Check run together from two phones, in step."""

    class Practice(models.TextChoices):
        VULNERABILITY = "vulnerability", _("Vulnerability exercise")
        CONNECTION_CHECK = "connection_check", _("Connection Check")

    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        ACTIVE = "active", _("In progress")
        DONE = "done", _("Finished")
        PASSED = "passed", _("Passed")
        STOPPED = "stopped", _("Stopped")

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="sessions")
    practice = models.CharField(max_length=20, choices=Practice.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.INVITED)
    step = models.PositiveSmallIntegerField(default=0)
    step_started_at = models.DateTimeField(null=True, blank=True)
    minutes_each = models.PositiveSmallIntegerField(_("minutes each"), default=5,
                                                    validators=[MinValueValidator(1), MaxValueValidator(60)])
    presence_minutes = models.PositiveSmallIntegerField(_("phone-free minutes first"), default=10,
                                                        validators=[MinValueValidator(0), MaxValueValidator(120)])
    # The inviter speaks first unless they choose otherwise.
    invitee_first = models.BooleanField(default=False)
    finished_at = models.DateTimeField(null=True, blank=True)
    # A finished joint Connection Check leaves a done Check in each side's own records (about their
    # own Person for the other). Each side reaches only their own: see heartspace/partners/joint_check.py.
    owner_check = models.ForeignKey("checkins.Check", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    other_check = models.ForeignKey("checkins.Check", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")

    class Meta:
        ordering = ["-created_at"]


class LinkLogEntry(OwnedModel):
    """A moment either side logs on the shared view: bids and the positive-to-corrective balance."""

    class Tone(models.TextChoices):
        POSITIVE = "positive", _("Positive")
        CORRECTIVE = "corrective", _("Corrective")

    class What(models.TextChoices):
        BID_TOWARD = "bid_toward", _("A bid, turned toward")
        BID_AWAY = "bid_away", _("A bid, turned away")
        APPRECIATION = "appreciation", _("An appreciation")
        KINDNESS = "kindness", _("A kindness")
        CRITICISM = "criticism", _("A criticism or complaint")
        OTHER = "other", _("Something else")

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="log_entries")
    tone = models.CharField(max_length=12, choices=Tone.choices)
    what = models.CharField(_("what happened"), max_length=20, choices=What.choices, default=What.OTHER)
    occurred_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-occurred_at"]
        indexes = [models.Index(fields=["link", "occurred_at"])]


class SharedRitual(OwnedModel):
    """A ritual both sides see (and can put on their calendars). Times are in `time_zone`."""

    class RitualKind(models.TextChoices):
        WEEKLY_CHECKIN = "weekly_checkin", _("Weekly check-in")
        NIGHTLY_GRATITUDE = "nightly_gratitude", _("Nightly gratitude")
        MONTHLY_STATE = "monthly_state", _("Monthly “state of the relationship”")
        CUSTOM = "custom", _("Our own ritual")

    class Frequency(models.TextChoices):
        DAILY = "daily", _("Every day")
        WEEKLY = "weekly", _("Every week")
        MONTHLY = "monthly", _("Every month")

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="rituals")
    kind = models.CharField(_("ritual"), max_length=20, choices=RitualKind.choices, default=RitualKind.WEEKLY_CHECKIN)
    title = models.CharField(_("name both of you see"), max_length=120)
    frequency = models.CharField(_("how often"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY)
    weekday = models.SmallIntegerField(_("weekday"), null=True, blank=True,
                                       validators=[MinValueValidator(0), MaxValueValidator(6)])
    month_day = models.PositiveSmallIntegerField(_("day of the month"), null=True, blank=True,
                                                 validators=[MinValueValidator(1), MaxValueValidator(31)])
    time_of_day = models.TimeField(_("time"), default=datetime.time(20, 0))
    time_zone = models.CharField(max_length=64, default="UTC")
    duration_minutes = models.PositiveSmallIntegerField(_("minutes"), default=20,
                                                        validators=[MinValueValidator(1), MaxValueValidator(480)])
    starts_on = models.DateField(_("starting on"))
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["title"]

    def rule(self):
        from heartspace.practices.recurrence import Rule
        return Rule(frequency=self.frequency, weekday=self.weekday, month_mode="day",
                    month_day=self.month_day, month_week=None, starts_on=self.starts_on)
