"""Forms for the practices. Every message sits next to its field and the typed text is kept."""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from heartspace.journal import feelings as vocabulary
from heartspace.journal.fields import FeelingsField
from heartspace.people.access import people_for_user
from heartspace.practices import content
from heartspace.practices.models import (
    MAX_TEXT_CHARS,
    Bid,
    Boundary,
    ConflictRule,
    Disclosure,
    FeelingStatement,
    PracticeSettings,
    Ritual,
    RitualOccurrence,
    TimeOut,
    VulnerabilitySession,
)

EMPTY_TEXT = _("Write a few words; even one short sentence counts.")


def too_long_message(limit: int) -> str:
    return _("This is longer than %(n)s characters. Keep what matters most; your text is still here to trim.") % {
        "n": f"{limit:,}"}


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class OwnedForm(forms.ModelForm):
    """A model form whose `person` choices are the signed-in user's own people only."""

    person_label = _("With")
    person_empty = _("Nobody in particular")

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if "person" in self.fields:
            self.fields["person"] = PersonChoiceField(
                queryset=people_for_user(user) if user is not None else self.fields["person"].queryset.none(),
                required=False, label=self.person_label, empty_label=self.person_empty)
            if self.instance.pk and self.instance.person_id:
                self.initial.setdefault("person", self.instance.person_id)


def clean_text(value: str, *, required: bool = True, limit: int = MAX_TEXT_CHARS) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(EMPTY_TEXT, code="required")
    if len(text) > limit:
        raise ValidationError(too_long_message(limit), code="max_length")
    return text


class LongTextMixin:
    """Let the model-level max_length pass through so `clean_text` gives the kind message."""

    long_text_fields: tuple[str, ...] = ()
    optional_text_fields: tuple[str, ...] = ()

    def _relax(self):
        for name in self.long_text_fields + self.optional_text_fields:
            if name in self.fields:
                field = self.fields[name]
                field.max_length = None
                field.validators = [v for v in field.validators if not hasattr(v, "limit_value")]
                field.required = False
                field.widget.attrs.pop("maxlength", None)
        for name in self.long_text_fields:
            if name in self.fields:
                self.fields[name].required = True
                self.fields[name].error_messages["required"] = EMPTY_TEXT

    def clean(self):
        cleaned = super().clean()
        for name in self.long_text_fields:
            if name not in self.errors and (name in cleaned or name in self.data):
                try:
                    cleaned[name] = clean_text(self.data.get(self.add_prefix(name), ""), required=True)
                except ValidationError as error:
                    self.add_error(name, error)
        for name in self.optional_text_fields:
            if name in cleaned or name in self.data:
                try:
                    cleaned[name] = clean_text(self.data.get(self.add_prefix(name), ""), required=False)
                except ValidationError as error:
                    self.add_error(name, error)
        return cleaned


class DisclosureForm(LongTextMixin, OwnedForm):
    long_text_fields = ("text",)
    person_label = _("About or for")

    class Meta:
        model = Disclosure
        fields = ["kind", "person", "text", "shared_with_person"]
        widgets = {"kind": forms.RadioSelect, "text": forms.Textarea(attrs={"rows": 4, "dir": "auto"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._relax()
        self.fields["text"].label = _("Your honest statement")
        self.fields["text"].help_text = _("Non-judgemental and small is perfect: a worry, a small regret, or something you appreciated.")


class FeelingStatementForm(OwnedForm):
    feeling = FeelingsField(label=_("I feel"), max_words=3, required=True,
                            help_text=_("A feeling word: pick one or type your own."))
    when = forms.CharField(label=_("when"), widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
                           error_messages={"required": _("Say when you feel it: the situation, not their character.")},
                           help_text=_("What happened, described as a camera would see it."))
    need = forms.CharField(label=_("and I need"), widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
                           error_messages={"required": _("Say what you need; it is the part that gives them a way to help.")},
                           help_text=_("Something you could ask for, in your own words."))
    text = forms.CharField(label=_("Your statement"), widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}), required=False,
                           help_text=_("Filled in from the three parts; edit it so it sounds like you."))

    class Meta:
        model = FeelingStatement
        fields = ["person"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["feeling"].error_messages["required"] = _("Name a feeling, even a rough one: “uneasy”, “hurt”, “tired”.")

    def clean_when(self):
        text = (self.cleaned_data.get("when") or "").strip()
        if not text:
            raise ValidationError(_("Say when you feel it: the situation, not their character."), code="required")
        return clean_text(text, limit=2000)

    def clean_need(self):
        text = (self.cleaned_data.get("need") or "").strip()
        if not text:
            raise ValidationError(_("Say what you need; it is the part that gives them a way to help."), code="required")
        return clean_text(text, limit=2000)

    def clean_text(self):
        return clean_text(self.cleaned_data.get("text"), required=False)

    def clean(self):
        cleaned = super().clean()
        feeling_words = cleaned.get("feeling") or []
        if feeling_words and cleaned.get("when") and cleaned.get("need") and not cleaned.get("text"):
            cleaned["text"] = compose_statement(feeling_words, cleaned["when"], cleaned["need"])
        return cleaned

    def save(self, commit=True):
        words = self.cleaned_data["feeling"]
        statement = self.instance
        statement.owner = self.user
        statement.person = self.cleaned_data.get("person")
        statement.feeling = ", ".join(words)[:120]
        statement.feeling_in_vocabulary = all_known(words)
        statement.when = self.cleaned_data["when"]
        statement.need = self.cleaned_data["need"]
        statement.text = self.cleaned_data["text"]
        if commit:
            statement.save()
        return statement


def compose_statement(feeling_words: list[str], when: str, need: str) -> str:
    feeling = " and ".join([", ".join(feeling_words[:-1]), feeling_words[-1]]) if len(feeling_words) > 1 else feeling_words[0]
    when = when.rstrip(" .;,")
    need = need.rstrip(" .;,")
    for prefix in ("when ", "When "):
        if when.startswith(prefix):
            when = when[len(prefix):]
    for prefix in ("I need ", "i need "):
        if need.startswith(prefix):
            need = need[len(prefix):]
    return f"I feel {feeling} when {when}, and I need {need}."


def all_known(words: list[str]) -> bool:
    return all(vocabulary.is_known(w) for w in words)


class BidForm(OwnedForm):
    person_empty = _("Someone else")

    class Meta:
        model = Bid
        fields = ["made_by", "person", "kind", "response"]
        widgets = {"made_by": forms.RadioSelect, "kind": forms.RadioSelect, "response": forms.RadioSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].label = _("With")
        self.fields["response"].error_messages["required"] = _("Choose how the bid was answered: toward, away or against.")
        self.fields["response"].error_messages["invalid_choice"] = _("Choose toward, away or against.")


class RitualForm(OwnedForm):
    class Meta:
        model = Ritual
        fields = ["person", "kind", "title", "agenda", "frequency", "weekday", "month_mode", "month_day",
                  "month_week", "time_of_day", "duration_minutes", "starts_on"]
        widgets = {
            "agenda": forms.Textarea(attrs={"rows": 6, "dir": "auto"}),
            "time_of_day": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title"].required = False
        self.fields["starts_on"].required = False
        self.fields["weekday"].help_text = _("For weekly rituals, and for “first Sunday”-style monthly ones.")
        self.fields["month_day"].help_text = _("1 to 31; in shorter months it falls on the last day.")

    def clean_title(self):
        title = (self.cleaned_data.get("title") or "").strip()
        return title

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind") or Ritual.Kind.CUSTOM
        template = content.RITUAL_TEMPLATES_BY_KIND.get(kind)
        if not cleaned.get("title"):
            if template:
                cleaned["title"] = template.title
            elif "title" not in self.errors:
                self.add_error("title", _("Give your ritual a short name."))
        today = self.user.local_today() if self.user else datetime.date.today()
        if not cleaned.get("starts_on") and "starts_on" not in self.errors:
            cleaned["starts_on"] = today
        frequency = cleaned.get("frequency")
        if frequency == Ritual.Frequency.MONTHLY and cleaned.get("month_mode") == Ritual.MonthMode.NTH_WEEKDAY:
            if cleaned.get("month_week") is None:
                self.add_error("month_week", _("Choose which week of the month (first, second… or last)."))
            if cleaned.get("weekday") is None:
                self.add_error("weekday", _("Choose the weekday, for example Sunday."))
        return cleaned

    def save(self, commit=True):
        self.instance.title = self.cleaned_data["title"]
        self.instance.starts_on = self.cleaned_data["starts_on"]
        return super().save(commit=commit)


class OccurrenceForm(forms.ModelForm):
    class Meta:
        model = RitualOccurrence
        fields = ["due_on", "status", "outcome"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "status": forms.RadioSelect, "outcome": forms.Textarea(attrs={"rows": 3, "dir": "auto"})}

    def __init__(self, *args, ritual=None, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.ritual = ritual
        self.today = today
        self.fields["outcome"].max_length = None
        self.fields["outcome"].validators = []
        self.fields["outcome"].help_text = _("What you talked about, what you agreed, how it felt. Optional.")

    def clean_outcome(self):
        return clean_text(self.data.get(self.add_prefix("outcome"), ""), required=False)

    def clean_due_on(self):
        from heartspace.practices import recurrence
        day = self.cleaned_data["due_on"]
        if self.today and day > self.today:
            raise ValidationError(_("That date is still ahead; record it on the day or after."), code="future")
        if self.ritual and not recurrence.due_dates(self.ritual.rule(), day, day):
            raise ValidationError(_("This ritual is not scheduled on that date; pick one of its dates."), code="not_due")
        return day


class ConflictRuleForm(forms.ModelForm):
    class Meta:
        model = ConflictRule
        fields = ["text"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].label = _("Rule")
        self.fields["text"].max_length = None
        self.fields["text"].validators = []
        self.fields["text"].widget.attrs.pop("maxlength", None)
        self.fields["text"].error_messages["required"] = _("Write the rule in a few words, for example “No sarcasm when we argue”.")

    def clean_text(self):
        text = (self.data.get(self.add_prefix("text")) or "").strip()
        if not text:
            raise ValidationError(_("Write the rule in a few words, for example “No sarcasm when we argue”."), code="required")
        if len(text) > 300:
            raise ValidationError(_("Keep a rule under 300 characters so it is easy to remember mid-argument."), code="max_length")
        return text


class TimeOutForm(OwnedForm):
    class Meta:
        model = TimeOut
        fields = ["person", "minutes", "topic"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["minutes"].label = _("Calm-down minutes")
        self.fields["minutes"].help_text = _("Twenty minutes is a good default; your body needs time to settle.")
        self.fields["topic"].max_length = None
        self.fields["topic"].validators = []
        self.fields["topic"].widget.attrs.pop("maxlength", None)

    def clean_topic(self):
        return clean_text(self.data.get(self.add_prefix("topic"), ""), required=False, limit=300)


class ResolveForm(forms.Form):
    resolution = forms.CharField(label=_("How did you resolve it?"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}))

    def clean_resolution(self):
        return clean_text(self.data.get("resolution", ""), required=False)


class VulnerabilityStartForm(OwnedForm):
    person_empty = _("Someone not in my list")

    class Meta:
        model = VulnerabilitySession
        fields = ["person", "minutes_each", "first_speaker"]
        widgets = {"first_speaker": forms.RadioSelect}


class VulnerabilityNoteForm(forms.Form):
    note = forms.CharField(label=_("A few words to remember"), required=False,
                           widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}))

    def clean_note(self):
        return clean_text(self.data.get("note", ""), required=False)


class BoundaryForm(LongTextMixin, OwnedForm):
    optional_text_fields = ("acceptable", "treatment")
    person_empty = _("Everyone (a personal boundary)")

    class Meta:
        model = Boundary
        fields = ["person", "title", "acceptable", "treatment", "review_on"]
        widgets = {"acceptable": forms.Textarea(attrs={"rows": 3, "dir": "auto"}), "treatment": forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
                   "review_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._relax()
        self.fields["title"].max_length = None
        self.fields["title"].validators = []
        self.fields["title"].widget.attrs.pop("maxlength", None)
        self.fields["title"].error_messages["required"] = _("Name the boundary in a few words, for example “Space after work”.")
        self.fields["review_on"].required = False
        self.fields["acceptable"].help_text = _("For example: “Raised voices are OK; insults are not.”")
        self.fields["treatment"].help_text = _("For example: “When I ask for space, I need you to trust I will come back.”")

    def clean_title(self):
        title = (self.data.get(self.add_prefix("title")) or "").strip()
        if not title:
            raise ValidationError(_("Name the boundary in a few words, for example “Space after work”."), code="required")
        if len(title) > 160:
            raise ValidationError(_("Keep the name under 160 characters; put the detail in the boxes below."), code="max_length")
        return title

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("acceptable") and not cleaned.get("treatment") and not self.errors.get("acceptable"):
            self.add_error("acceptable", _("Say what is OK and what is not, or how you need to be treated (or both)."))
        return cleaned


class PracticeSettingsForm(forms.ModelForm):
    class Meta:
        model = PracticeSettings
        fields = ["timeout_minutes", "vulnerability_minutes", "boundary_review_days"]
