"""The private journal, the HOW self-check and a log of self-soothing practices.

Everything here is private to its owner and never shared: there is no sharing flag
on purpose. Journal text is never logged.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from heartspace.journal import feelings as vocabulary
from heartspace.ownership import OwnedModel

# Long enough for any real entry (the 100 kB test case fits whole); past it the form
# says so and keeps the text on screen.
MAX_ENTRY_CHARS = 200_000


def feelings_key(words: list[str]) -> str:
    """"|anxious|my own word|": lets a feeling filter work the same on SQLite and PostgreSQL."""
    keys = [vocabulary.normalize(w) for w in words if vocabulary.normalize(w)]
    return "|" + "|".join(keys) + "|" if keys else ""


class Entry(OwnedModel):
    class Guide(models.TextChoices):
        FREE = "free", _("Free writing")
        NOTICE = "notice", _("Notice it, accept it, then decide")
        NEEDS = "needs", _("Say what I want")

    class Decision(models.TextChoices):
        UNDECIDED = "", _("Not decided yet")
        ACT = "act", _("It points at something that matters: I will act on it")
        LET_PASS = "let_pass", _("I noticed it; I will let it pass without acting")
        LATER = "later", _("I will come back to it when I am calmer")

    written_on = models.DateField(_("date"))
    guide = models.CharField(_("kind of entry"), max_length=10, choices=Guide.choices, default=Guide.FREE)
    # Display spellings, in the order the person named them; known words use the vocabulary's spelling.
    feelings = models.JSONField(_("feelings"), default=list, blank=True)
    feelings_index = models.TextField(default="", blank=True, editable=False)
    text = models.TextField(_("what happened"), blank=True, default="")
    # "Notice it, accept it, then decide whether it should drive what you do."
    accepting = models.TextField(_("accepting it"), blank=True, default="")
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices, blank=True, default="")
    decision_note = models.TextField(_("what I will do (or not do)"), blank=True, default="")
    # "Say what you want instead of waiting to be read."
    needs = models.JSONField(_("needs"), default=list, blank=True)
    request = models.TextField(_("what I could ask for"), blank=True, default="")
    request_to = models.CharField(_("who I could ask"), max_length=120, blank=True, default="")

    class Meta:
        ordering = ("-written_on", "-created_at")
        indexes = [models.Index(fields=("owner", "written_on"))]

    def save(self, *args, **kwargs):
        self.feelings_index = feelings_key(self.feelings or [])
        if kwargs.get("update_fields") and "feelings" in kwargs["update_fields"]:
            kwargs["update_fields"] = {*kwargs["update_fields"], "feelings_index"}
        super().save(*args, **kwargs)

    def described_feelings(self) -> list[dict]:
        return [vocabulary.describe(word) for word in self.feelings or []]

    def excerpt(self, chars: int = 220) -> str:
        source = self.text or self.decision_note or self.request or self.accepting
        source = " ".join(source.split())
        return source if len(source) <= chars else source[:chars].rstrip() + "…"

    def __str__(self) -> str:  # never the text: this may end up in logs or the admin
        return f"Journal entry {self.pk} ({self.written_on})"


class GrowthSettings(OwnedModel):
    """One row per person: how often the HOW self-check comes round (a default they can change)."""

    selfcheck_every_days = models.PositiveSmallIntegerField(_("self-check every (days)"), default=28)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("owner",), name="journal_one_growth_settings_per_owner")]


class SelfCheck(OwnedModel):
    """One HOW self-check: honesty, openness, willingness to be vulnerable, each 1-5."""

    taken_on = models.DateField(_("date"))
    # {"question_key": 1..5}; question keys live in heartspace/journal/growth.py.
    answers = models.JSONField(default=dict)
    honesty = models.DecimalField(max_digits=3, decimal_places=2)
    openness = models.DecimalField(max_digits=3, decimal_places=2)
    willingness = models.DecimalField(max_digits=3, decimal_places=2)
    note = models.TextField(_("a note to your future self"), blank=True, default="")

    class Meta:
        ordering = ("-taken_on", "-created_at")
        indexes = [models.Index(fields=("owner", "taken_on"))]

    def scores(self) -> dict[str, float]:
        return {"honesty": float(self.honesty), "openness": float(self.openness), "willingness": float(self.willingness)}

    def __str__(self) -> str:
        return f"HOW self-check {self.pk} ({self.taken_on})"


class PracticeLog(OwnedModel):
    """A self-compassion or self-soothing practice the person ran (or stopped early)."""

    practice = models.CharField(max_length=40)  # a key from heartspace/journal/soothing.py
    seconds = models.PositiveIntegerField()
    completed = models.BooleanField(default=True)
    done_on = models.DateField()
    note = models.TextField(_("anything you noticed"), blank=True, default="")

    class Meta:
        ordering = ("-done_on", "-created_at")
        indexes = [models.Index(fields=("owner", "done_on"))]

    def __str__(self) -> str:
        return f"Practice {self.practice} ({self.done_on})"
