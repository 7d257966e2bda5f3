"""Forms for people: every seed number shown with its default and editable."""

from __future__ import annotations

import datetime
import unicodedata

from django import forms
from django.utils.translation import gettext_lazy as _

from heartspace.people.models import Person

NAME_MAX = 200
NOTE_MAX = 5000  # generous for a private note, but not a place for a 100 kB paste

WEEKDAYS = [
    ("0", _("Monday")), ("1", _("Tuesday")), ("2", _("Wednesday")), ("3", _("Thursday")),
    ("4", _("Friday")), ("5", _("Saturday")), ("6", _("Sunday")),
]


def _limit_text(value: str, limit: int) -> str:
    if len(value) > limit:
        raise forms.ValidationError(
            _("This is %(n)s characters; please keep it under %(limit)s. Your text is still here to trim.")
            % {"n": f"{len(value):,}", "limit": f"{limit:,}"})
    return value


def _number_bounds(name: str) -> tuple[int, int]:
    """The same limits the user's own practice numbers have (checkins.CheckSettings)."""
    from django.core.validators import MaxValueValidator, MinValueValidator

    from heartspace.checkins.models import CheckSettings

    field = CheckSettings._meta.get_field(name)
    low = next(v.limit_value for v in field.validators if isinstance(v, MinValueValidator))
    high = next(v.limit_value for v in field.validators if isinstance(v, MaxValueValidator))
    return low, high


# The practice numbers a person may have their own value for; blank means "use mine".
PERSON_NUMBER_LABELS = {
    "questions_per_check": _("Questions to prepare"),
    "pause_seconds": _("Pause after their answer (seconds)"),
    "story_seconds": _("Your story (seconds)"),
    "commitment_days": _("Days to complete a micro-commitment"),
    "appreciation_words": _("Closing appreciation: at most this many words"),
    "follow_up_words": _("Follow-up message: under this many words"),
}


# Metric targets a person may have their own value for (the user's are on the insights targets page).
PERSON_TARGET_LABELS = {
    "chats_target_low": _("Meaningful chats a month with them: at least"),
    "chats_target_high": _("Meaningful chats a month with them: at most"),
    "ratio_target": _("Positive moments for each corrective one"),
}


def _target_bounds(name: str) -> tuple[int, int]:
    from django.core.validators import MaxValueValidator, MinValueValidator

    from heartspace.insights.models import InsightSettings

    field = InsightSettings._meta.get_field(name)
    low = next(v.limit_value for v in field.validators if isinstance(v, MinValueValidator))
    high = next(v.limit_value for v in field.validators if isinstance(v, MaxValueValidator))
    return low, high


class PersonForm(forms.ModelForm):
    weekdays = forms.MultipleChoiceField(
        label=_("Preferred days"), choices=WEEKDAYS, required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("Connection Checks are proposed on these days, inside the times you are free. None ticked: any day you are free."))
    birthday = forms.CharField(
        label=_("Birthday"), required=False, max_length=10,
        help_text=_("Day and month, with the year if you know it: 2000-03-31 or --03-31."))

    class Meta:
        model = Person
        fields = ["name", "kind", "relation", "wants_closer", "checks_per_month", "session_minutes",
                  "presence_minutes", "preferred_time", "privacy_default", "safety_note", "notes"]
        widgets = {
            "preferred_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "safety_note": forms.Textarea(attrs={"rows": 3}),
            "notes": forms.Textarea(attrs={"rows": 3}),
            "checks_per_month": forms.NumberInput(attrs={"min": 0, "max": 31}),
            "session_minutes": forms.NumberInput(attrs={"min": 5, "max": 240}),
            "presence_minutes": forms.NumberInput(attrs={"min": 0, "max": 120}),
        }
        labels = {
            "name": _("Name"),
            "kind": _("Who they are to you"),
            "relation": _("Relation in your words"),
            "checks_per_month": _("Connection Checks a month"),
            "session_minutes": _("Minutes per check"),
            "presence_minutes": _("Phone-free minutes at the start"),
            "preferred_time": _("Preferred time of day"),
            "privacy_default": _("Privacy they usually prefer"),
            "safety_note": _("How safe does it feel to open up to them?"),
            "notes": _("Notes"),
        }
        help_texts = {
            "checks_per_month": _("Default 2: two Connection Checks a month."),
            "session_minutes": _("Default 30."),
            "presence_minutes": _("Default 10: the first minutes of each check are phone-free."),
            "safety_note": _("Private. Only you ever see this. Open up to people who feel safe to let in."),
            "notes": _("Private."),
        }

    def __init__(self, *args, defaults=None, targets=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.targets = targets
        self.fields["name"].max_length = NAME_MAX
        # This person's own session numbers: blank keeps the user's practice number (shown as the hint).
        own = (self.instance.check_numbers or {}) if self.instance else {}
        for name, label in PERSON_NUMBER_LABELS.items():
            low, high = _number_bounds(name)
            mine = getattr(defaults, name, None) if defaults is not None else None
            field = forms.IntegerField(
                label=label, required=False, min_value=low, max_value=high,
                widget=forms.NumberInput(attrs={"min": low, "max": high, "placeholder": mine if mine is not None else ""}),
                help_text=(_("Blank: your number, %(n)s.") % {"n": mine}) if mine is not None else _("Blank: your number."))
            self.fields[f"number_{name}"] = field
            if isinstance(own.get(name), int):
                self.initial.setdefault(f"number_{name}", own[name])
        # This person's own metric targets: blank keeps the user's target (shown as the hint).
        for name, label in PERSON_TARGET_LABELS.items():
            low, high = _target_bounds(name)
            mine = getattr(targets, name, None) if targets is not None else None
            self.fields[f"number_{name}"] = forms.IntegerField(
                label=label, required=False, min_value=low, max_value=high,
                widget=forms.NumberInput(attrs={"min": low, "max": high, "placeholder": mine if mine is not None else ""}),
                help_text=(_("Blank: your target, %(n)s.") % {"n": mine}) if mine is not None else _("Blank: your target."))
            if isinstance(own.get(name), int):
                self.initial.setdefault(f"number_{name}", own[name])
        if self.instance and self.instance.pk:
            self.initial.setdefault("weekdays", [str(d) for d in self.instance.weekday_list()])
            born = self.instance.birthday()
            if born:
                year = self.instance.birthday_year
                self.initial.setdefault("birthday", f"{year:04d}-{born:%m-%d}" if year else f"--{born:%m-%d}")
        self.order_fields(["name", "kind", "relation", "wants_closer", "checks_per_month", "session_minutes",
                           "presence_minutes", "weekdays", "preferred_time", "privacy_default", "safety_note",
                           "birthday", "notes"])

    def clean_name(self):
        name = " ".join((self.cleaned_data.get("name") or "").split())
        # Invisible characters alone (zero-width joiners, direction marks) do not make a name.
        visible = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cf", "Cc", "Zs"))
        if not visible:
            raise forms.ValidationError(_("Please give a name (a nickname is fine)."))
        if len(name) > NAME_MAX:
            raise forms.ValidationError(_("Please keep the name under %(limit)s characters.") % {"limit": NAME_MAX})
        return name

    @property
    def check_numbers_set(self) -> bool:
        return bool(self.instance and self.instance.check_numbers)

    def clean(self):
        cleaned = super().clean()
        session, presence = cleaned.get("session_minutes"), cleaned.get("presence_minutes")
        # The phone-free start is part of the check: it cannot fill (or outlast) the whole session.
        if session is not None and presence is not None and presence >= session:
            self.add_error("presence_minutes", _(
                "The phone-free start is part of the %(m)s-minute check, so keep it under %(m)s minutes.")
                % {"m": session})
        # The band with them, filled in from the user's own ends where left blank, must not be upside down.
        low, high = cleaned.get("number_chats_target_low"), cleaned.get("number_chats_target_high")
        if (low is not None or high is not None) and "number_chats_target_low" not in self.errors \
                and "number_chats_target_high" not in self.errors:
            low = low if low is not None else getattr(self.targets, "chats_target_low", None)
            high = high if high is not None else getattr(self.targets, "chats_target_high", None)
            if low is not None and high is not None and high < low:
                self.add_error("number_chats_target_high", _(
                    "The upper end (%(high)s) cannot be below the lower end (%(low)s).") % {"high": high, "low": low})
        return cleaned

    def clean_safety_note(self):
        return _limit_text(self.cleaned_data.get("safety_note", ""), NOTE_MAX)

    def clean_notes(self):
        return _limit_text(self.cleaned_data.get("notes", ""), NOTE_MAX)

    def clean_birthday(self):
        raw = (self.cleaned_data.get("birthday") or "").strip()
        if not raw:
            return None
        try:
            if raw.startswith("--"):
                month, day = (int(p) for p in raw[2:].split("-"))
                datetime.date(2000, month, day)  # a leap year: 29 February is a real birthday
                return (None, month, day)
            year, month, day = (int(p) for p in raw.split("-"))
            datetime.date(year, month, day)
        except ValueError:
            raise forms.ValidationError(
                _("“%(value)s” is not a real date. Use year-month-day, like 1990-03-31, or --03-31 without a year.")
                % {"value": raw}) from None
        if not 1900 <= year <= datetime.date.today().year:
            raise forms.ValidationError(_("Please check the year: %(year)s.") % {"year": year})
        return (year, month, day)

    def save(self, commit=True):
        person = super().save(commit=False)
        person.preferred_weekdays = ",".join(sorted(self.cleaned_data.get("weekdays") or []))
        person.check_numbers = {name: self.cleaned_data[f"number_{name}"]
                                for name in [*PERSON_NUMBER_LABELS, *PERSON_TARGET_LABELS]
                                if self.cleaned_data.get(f"number_{name}") is not None}
        born = self.cleaned_data.get("birthday")
        person.birthday_year, person.birthday_month, person.birthday_day = born or (None, None, None)
        if commit:
            person.save()
        return person


class DeletePersonForm(forms.Form):
    KEEP = "keep"
    REMOVE = "remove"
    choice = forms.ChoiceField(
        label=_("What should happen to their history?"), widget=forms.RadioSelect,
        choices=[(KEEP, _("Keep it: archive them instead. Their checks, commitments and notes stay, hidden from your lists, and you can bring them back.")),
                 (REMOVE, _("Remove it: delete them and the history listed as removed above, for good. This cannot be undone."))],
        error_messages={"required": _("Choose whether to keep or remove their history.")})
