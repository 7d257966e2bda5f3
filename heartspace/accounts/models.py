"""Accounts: the person using heartspace, their preferences, and sign-in throttling."""

from __future__ import annotations

import datetime
import zoneinfo

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heartspace.ownership import OwnedModel


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(_("“%(value)s” is not a time zone we know, e.g. Europe/London."), params={"value": value})


class User(AbstractUser):
    class WeekStart(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        SUNDAY = 6, _("Sunday")
        SATURDAY = 5, _("Saturday")

    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, blank=True, validators=[validate_time_zone])
    # False until the user (or their browser, on first visit) has chosen a zone.
    time_zone_confirmed = models.BooleanField(default=False)
    week_start = models.IntegerField(_("week starts on"), choices=WeekStart.choices, default=WeekStart.MONDAY)
    email_reminders = models.BooleanField(_("email me reminders"), default=True)
    reminder_digest = models.BooleanField(_("one daily digest instead of separate emails"), default=False)
    quiet_hours_start = models.TimeField(_("quiet hours start"), default=datetime.time(21, 0))
    quiet_hours_end = models.TimeField(_("quiet hours end"), default=datetime.time(8, 0))
    # The 12-week reassessment rhythm counts from here.
    practice_started_on = models.DateField(_("practising since"), default=timezone.localdate)

    @property
    def name(self) -> str:
        return self.display_name or self.username

    def zoneinfo(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone or "UTC")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    def local_today(self) -> datetime.date:
        return timezone.now().astimezone(self.zoneinfo()).date()


class LoginFailure(models.Model):
    """One failed sign-in; counted per username and per client address to slow guessing."""

    username = models.CharField(max_length=150, db_index=True)
    address = models.CharField(max_length=64, db_index=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)


class SignupInvitation(OwnedModel):
    """A single-use link with which one new person may create an account here (HS_SIGNUPS=invite or open).

    Only a hash of its token is stored; the link is shown to its owner once, when it is made.
    """

    note = models.CharField(_("who it is for"), max_length=80, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    used_by = models.ForeignKey("accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    @property
    def is_open(self) -> bool:
        return self.used_at is None and self.revoked_at is None and self.expires_at > timezone.now()
