"""People the user wants to be closer to, and the quick log of how interactions with them went."""

from __future__ import annotations

import datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from heartspace.ownership import OwnedModel


class Person(OwnedModel):
    class Kind(models.TextChoices):
        PARTNER = "partner", _("Partner")
        FRIEND = "friend", _("Friend")
        FAMILY = "family", _("Family member")
        COLLEAGUE = "colleague", _("Colleague")
        OTHER = "other", _("Other")

    class Privacy(models.TextChoices):
        BETWEEN_US = "between_us", _("Stays between us")
        GIST = "gist", _("Fine to share the gist")
        UNDECIDED = "undecided", _("Undecided")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("who they are to you"), max_length=20, choices=Kind.choices, default=Kind.FRIEND)
    relation = models.CharField(_("relation in your words"), max_length=200, blank=True,
                                help_text=_("For example “sister”, “college roommate”, “husband”."))
    wants_closer = models.BooleanField(_("I want closer ties with them"), default=True,
                                       help_text=_("People you want closer ties with get Connection Checks."))
    # Seed defaults: two 30-minute Connection Checks a month, first 10 minutes phone-free.
    checks_per_month = models.PositiveSmallIntegerField(_("Connection Checks a month"), default=2,
                                                        validators=[MinValueValidator(0), MaxValueValidator(31)])
    session_minutes = models.PositiveSmallIntegerField(_("minutes per check"), default=30,
                                                       validators=[MinValueValidator(5), MaxValueValidator(240)])
    presence_minutes = models.PositiveSmallIntegerField(_("phone-free minutes first"), default=10,
                                                        validators=[MinValueValidator(0), MaxValueValidator(120)])
    preferred_weekdays = models.CharField(_("preferred days"), max_length=20, blank=True,
                                          help_text=_("Weekday numbers, Monday=0, comma-separated."))
    preferred_time = models.TimeField(_("preferred time"), null=True, blank=True)
    privacy_default = models.CharField(_("privacy they usually prefer"), max_length=20,
                                       choices=Privacy.choices, default=Privacy.UNDECIDED)
    safety_note = models.TextField(_("how safe it feels to open up to them"), blank=True,
                                   help_text=_("Private. Only you ever see this."))
    nickname = models.CharField(_("nickname"), max_length=200, blank=True)
    birthday_year = models.PositiveSmallIntegerField(null=True, blank=True)
    birthday_month = models.PositiveSmallIntegerField(null=True, blank=True)
    birthday_day = models.PositiveSmallIntegerField(null=True, blank=True)
    phones = models.JSONField(default=list, blank=True)
    emails = models.JSONField(default=list, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    photo = models.BinaryField(null=True, blank=True, editable=False)
    photo_type = models.CharField(max_length=40, blank=True, editable=False)
    vcard_uid = models.CharField(max_length=255, blank=True)
    archived_at = models.DateTimeField(null=True, blank=True)
    # This person's own session numbers (questions, pause, story, commitment days, word limits),
    # overriding the user's practice numbers; a missing key means "use mine". Read through
    # heartspace.checkins.services.numbers_for(user, person).
    check_numbers = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["owner", "archived_at"])]

    def __str__(self) -> str:
        return self.name

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    def weekday_list(self) -> list[int]:
        return [int(d) for d in self.preferred_weekdays.split(",") if d.strip().isdigit() and int(d) < 7]

    def birthday(self) -> datetime.date | None:
        if self.birthday_month and self.birthday_day:
            try:
                return datetime.date(self.birthday_year or 2000, self.birthday_month, self.birthday_day)
            except ValueError:
                return None
        return None


class Interaction(OwnedModel):
    """One positive or corrective moment with a person: feeds the 5:1 balance."""

    class Tone(models.TextChoices):
        POSITIVE = "positive", _("Positive")
        CORRECTIVE = "corrective", _("Corrective")

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="interactions")
    tone = models.CharField(max_length=12, choices=Tone.choices)
    # Where it came from: a quick tap, an appreciation, a tension script, a bid...
    source = models.CharField(max_length=30, default="tap")
    note = models.CharField(max_length=500, blank=True)
    occurred_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-occurred_at"]
        indexes = [models.Index(fields=["owner", "person", "occurred_at"])]
