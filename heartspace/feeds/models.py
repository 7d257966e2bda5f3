"""Calendar feed tokens, email reminders (and their opt-outs), and pending contact imports."""

from __future__ import annotations

import datetime
import secrets

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from heartspace.ownership import OwnedModel


def new_feed_secret() -> str:
    # 32 random bytes, URL-safe: about 43 characters, not guessable, not enumerable.
    return secrets.token_urlsafe(32)


class FeedToken(OwnedModel):
    """The private subscription address of one user's calendar feed, and how the feed looks."""

    secret = models.CharField(max_length=64, unique=True, default=new_feed_secret)
    active = models.BooleanField(default=True)
    discreet_titles = models.BooleanField(
        _("discreet titles"), default=False,
        help_text=_("Show “Catch-up” instead of names, for calendars other people can see."))
    include_alarms = models.BooleanField(_("add alarms to calendar entries"), default=False)
    alarm_minutes = models.PositiveSmallIntegerField(
        _("alarm, minutes before"), default=30, validators=[MinValueValidator(0), MaxValueValidator(24 * 60)])
    include_commitment_text = models.BooleanField(
        _("show what each micro-commitment says"), default=False,
        help_text=_("Off: entries say “Micro-commitment for Sam”. Never shown with discreet titles."))
    regenerated_at = models.DateTimeField(null=True, blank=True)
    # Bumped when something in the feed is deleted, so Last-Modified moves even then.
    content_changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="feeds_one_token_per_user")]


class ReminderSettings(OwnedModel):
    """When reminders go out. The switches (on/off, digest, quiet hours) live on the user."""

    check_lead_minutes = models.PositiveSmallIntegerField(
        _("remind me before a Connection Check (minutes)"), default=60,
        validators=[MinValueValidator(5), MaxValueValidator(7 * 24 * 60)])
    ritual_lead_minutes = models.PositiveSmallIntegerField(
        _("remind me before a ritual (minutes)"), default=30,
        validators=[MinValueValidator(0), MaxValueValidator(24 * 60)])
    day_time = models.TimeField(
        _("time for reminders about a whole day (commitments, reassessment)"), default=datetime.time(9, 0))
    digest_time = models.TimeField(_("time of the daily digest"), default=datetime.time(8, 0))
    # Off (empty) unless the user asks for it: a daily nudge must be an invitation, never a default.
    disclosure_time = models.TimeField(
        _("a gentle daily prompt for your disclosure, at"), null=True, blank=True,
        help_text=_("Leave empty for none. Sent only on days you have not written one yet."))

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="feeds_one_reminder_settings_per_user")]


class ReminderKind(models.TextChoices):
    CHECK = "check", _("Connection Checks coming up")
    COMMITMENT = "commitment", _("Micro-commitments due")
    RITUAL = "ritual", _("Rituals")
    TIMEOUT = "timeout", _("Time-outs to return to")
    REASSESSMENT = "reassessment", _("The 12-week reassessment")
    DIGEST = "digest", _("Daily digest")
    SHARED_RITUAL = "shared_ritual", _("Rituals you share with someone")
    DISCLOSURE = "disclosure", _("The daily disclosure prompt")


class Reminder(OwnedModel):
    """One email to send at `due_at`. Workers claim a row with a conditional UPDATE before sending.

    Lifecycle: due -> claimed (claimed_at, claim_token) -> sending (sending_at, committed before the
    mail server is contacted) -> sent (sent_at). See heartspace/feeds/sender.py for why.
    """

    class Outcome(models.TextChoices):
        PENDING = "", _("Waiting")
        SENT = "sent", _("Sent")
        SKIPPED = "skipped", _("Not needed any more")
        FAILED = "failed", _("Could not be sent")
        UNCERTAIN = "uncertain", _("Interrupted while sending")

    kind = models.CharField(max_length=16, choices=ReminderKind.choices)
    # The check, commitment, ritual or time-out this is about; 0 for the reassessment and digest.
    object_id = models.BigIntegerField(default=0)
    # Which occurrence, as a local date: the day of the check, the ritual date, the digest day...
    occurrence = models.DateField()
    due_at = models.DateTimeField(db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    claim_token = models.CharField(max_length=32, blank=True)
    sending_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.PENDING, blank=True)
    # An error class name or a short fixed phrase, never the email text.
    last_error = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ["due_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "kind", "object_id", "occurrence"],
                                    name="feeds_one_reminder_per_thing"),
        ]
        indexes = [models.Index(fields=["sent_at", "due_at"])]

    @property
    def message_id(self) -> str:
        """Stable per reminder, so a mail client that sees the same reminder twice shows it once."""
        return f"<reminder-{self.pk}.{self.owner_id}@heartspace.invalid>"


class ReminderOptOut(OwnedModel):
    """The user turned one kind of reminder off (from settings or a one-click unsubscribe link)."""

    kind = models.CharField(max_length=16, choices=ReminderKind.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "kind"], name="feeds_one_optout_per_kind")]


class ImportBatch(OwnedModel):
    """A contacts file that was read and previewed, waiting for the user to confirm."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for you to confirm")
        DONE = "done", _("Imported")
        CANCELLED = "cancelled", _("Cancelled")

    filename = models.CharField(max_length=255, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    # [{"index", "name", "contact": Contact.to_json(), "match_id", "match_reason", "warnings"}]
    cards = models.JSONField(default=list)
    # [{"card", "name", "reason"}]
    skipped = models.JSONField(default=list)
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
