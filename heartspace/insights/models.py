"""Insights: the user's targets, 12-week reassessments and their decisions, and dismissed signals.

Other apps may read `DepthPreference` (see /tmp/hs-contracts/insights.md): a per-person
step up or down in question depth that an accepted reassessment adjustment applied.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from heartspace.insights import metrics, reassessment
from heartspace.ownership import OwnedModel
from heartspace.people.models import Person


class InsightSettings(OwnedModel):
    """The numbers behind the metrics: seed defaults the user can see and change."""

    chats_target_low = models.PositiveSmallIntegerField(
        _("meaningful chats a month: at least"), default=metrics.CHATS_TARGET_LOW,
        validators=[MinValueValidator(0), MaxValueValidator(60)])
    chats_target_high = models.PositiveSmallIntegerField(
        _("meaningful chats a month: at most"), default=metrics.CHATS_TARGET_HIGH,
        validators=[MinValueValidator(0), MaxValueValidator(60)])
    ratio_target = models.PositiveSmallIntegerField(
        _("positive moments for each corrective one"), default=metrics.RATIO_TARGET,
        validators=[MinValueValidator(1), MaxValueValidator(20)])
    reassessment_weeks = models.PositiveSmallIntegerField(
        _("weeks between reassessments"), default=reassessment.CYCLE_WEEKS,
        validators=[MinValueValidator(1), MaxValueValidator(52)])

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="insights_one_settings_per_user")]

    def clean(self):
        if self.chats_target_low is not None and self.chats_target_high is not None \
                and self.chats_target_high < self.chats_target_low:
            raise ValidationError({"chats_target_high": _("The upper end cannot be below the lower end.")})

    @property
    def band(self) -> metrics.Band:
        return metrics.Band(self.chats_target_low, max(self.chats_target_low, self.chats_target_high))


class DepthPreference(OwnedModel):
    """How many steps deeper (+) or lighter (-) to pitch questions for one person."""

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="depth_preference")
    offset = models.SmallIntegerField(default=0, validators=[MinValueValidator(reassessment.DEPTH_OFFSET_MIN),
                                                             MaxValueValidator(reassessment.DEPTH_OFFSET_MAX)])


class Reassessment(OwnedModel):
    """One look back over a period (12 weeks by default), due or asked for."""

    period_start = models.DateField()
    period_end = models.DateField()
    # The 12-week boundary this answers; null when started on demand between boundaries.
    due_on = models.DateField(null=True, blank=True)
    on_demand = models.BooleanField(default=False)
    # Numbers and observations as they were when it was made (not private text).
    snapshot = models.JSONField(default=dict, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["owner", "due_on"])]


class Adjustment(OwnedModel):
    """One suggested change for one person, and what the user decided."""

    class Kind(models.TextChoices):
        CADENCE = "cadence", _("Connection Checks a month")
        DEPTH = "depth", _("Question depth")

    class Direction(models.TextChoices):
        UP = "up", _("Up")
        DOWN = "down", _("Down")

    class Status(models.TextChoices):
        PENDING = "pending", _("Not decided yet")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    reassessment = models.ForeignKey(Reassessment, on_delete=models.CASCADE, related_name="adjustments")
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    direction = models.CharField(max_length=4, choices=Direction.choices)
    from_value = models.SmallIntegerField()
    to_value = models.SmallIntegerField()
    reason = models.CharField(max_length=40)
    evidence = models.JSONField(default=dict, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["reassessment_id", "pk"]
        indexes = [models.Index(fields=["owner", "status"])]


class SignalDismissal(OwnedModel):
    """The user chose to hide one signal's suggestion for a while; why it appeared is kept."""

    key = models.CharField(max_length=80)  # signals.Signal.key, e.g. "bids_turned_away" or "venetian_blind:12"
    rule = models.CharField(max_length=40)
    person = models.ForeignKey(Person, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    evidence = models.JSONField(default=dict, blank=True)  # the numbers when it was dismissed
    dismissed_at = models.DateTimeField()
    hidden_until = models.DateField()
    restored_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-dismissed_at", "-pk"]
        indexes = [models.Index(fields=["owner", "key"])]
