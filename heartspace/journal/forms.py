from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from heartspace.journal import growth, soothing
from heartspace.journal.fields import FeelingsField, NeedsField
from heartspace.journal.models import MAX_ENTRY_CHARS, Entry, GrowthSettings

LONG_TEXT_FIELDS = ("text", "accepting", "decision_note", "request")


class EntryForm(forms.ModelForm):
    feelings = FeelingsField(label=_("What are you feeling?"))
    needs = NeedsField(label=_("What do you need?"))

    class Meta:
        model = Entry
        fields = ("guide", "written_on", "feelings", "text", "accepting", "decision", "decision_note",
                  "needs", "request", "request_to")
        widgets = {
            "guide": forms.HiddenInput,
            "written_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "text": forms.Textarea(attrs={"rows": 8}),
            "accepting": forms.Textarea(attrs={"rows": 3}),
            "decision": forms.RadioSelect,
            "decision_note": forms.Textarea(attrs={"rows": 3}),
            "request": forms.Textarea(attrs={"rows": 3}),
        }
        labels = {
            "written_on": _("Date"),
            "text": _("What happened, and what is going on inside you?"),
            "accepting": _("Can you let the feeling be here for now? What would you say to a friend who felt it?"),
            "decision": _("Should this feeling drive what you do?"),
            "decision_note": _("What will you do, or not do?"),
            "request": _("What could you ask for, plainly and kindly?"),
            "request_to": _("Who could you ask?"),
        }
        help_texts = {
            "accepting": _("Accepting a feeling is not agreeing with it. It only means you stop fighting it."),
            "request": _("For example: “Would you bring me a coffee tomorrow morning? I'd love that.”"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in LONG_TEXT_FIELDS:
            # Our own limit check below keeps the whole text and says what to do; the browser must not cut it.
            self.fields[name].widget.attrs.pop("maxlength", None)
            self.fields[name].strip = True
        self.fields["decision"].required = False
        self.fields["decision"].choices = Entry.Decision.choices
        self.fields["guide"].required = False

    def clean_guide(self):
        return self.cleaned_data.get("guide") or Entry.Guide.FREE

    def clean(self):
        cleaned = super().clean()
        for name in LONG_TEXT_FIELDS:
            value = cleaned.get(name) or ""
            if len(value) > MAX_ENTRY_CHARS:
                self.add_error(name, _(
                    "This is %(n)s characters; one entry holds up to %(limit)s. Nothing was saved yet and your text "
                    "is still here: move part of it into a second entry.") % {"n": f"{len(value):,}", "limit": f"{MAX_ENTRY_CHARS:,}"})
        has_words = any((cleaned.get(name) or "").strip() for name in LONG_TEXT_FIELDS)
        if not has_words and not cleaned.get("feelings") and not self.errors:
            raise ValidationError(
                _("This entry is empty. Name a feeling or write a few words, then save."), code="empty")
        return cleaned


class VocabularySearchForm(forms.Form):
    q = forms.CharField(label=_("Search feelings"), required=False, max_length=100)
    core = forms.ChoiceField(label=_("Core feeling"), required=False)
    intensity = forms.ChoiceField(label=_("Intensity"), required=False, choices=(
        ("", _("Any intensity")), ("mild", _("Mild")), ("moderate", _("Moderate")), ("strong", _("Strong"))))

    def __init__(self, *args, cores=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["core"].choices = [("", _("All core feelings"))] + [(c.key, c.label) for c in cores]
        self.fields["q"].widget.input_type = "search"
        self.fields["q"].widget.attrs.update({"data-vocabulary-search": "", "autocomplete": "off"})


class EntrySearchForm(forms.Form):
    q = forms.CharField(label=_("Search your journal"), required=False, max_length=200)
    feeling = forms.CharField(label=_("Feeling"), required=False, max_length=80)
    core = forms.ChoiceField(label=_("Core feeling"), required=False)

    def __init__(self, *args, cores=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["core"].choices = [("", _("Any"))] + [(c.key, c.label) for c in cores]
        self.fields["q"].widget.input_type = "search"


SCALE_CHOICES = [(value, f"{value} · {label}") for value, label in growth.SCALE_LABELS.items()]


class SelfCheckForm(forms.Form):
    note = forms.CharField(label=_("A note to your future self"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                           max_length=20_000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for question in growth.QUESTIONS:
            self.fields[question.key] = forms.TypedChoiceField(
                label=question.text, choices=SCALE_CHOICES, coerce=int, widget=forms.RadioSelect,
                error_messages={"required": _("Pick how much this is like you (1 to 5).")})

    def sections(self):
        return [(dim, [self[q.key] for q in growth.questions_for(dim.key)]) for dim in growth.DIMENSIONS]

    def answers(self) -> dict[str, int]:
        return {q.key: self.cleaned_data[q.key] for q in growth.QUESTIONS}


class GrowthSettingsForm(forms.ModelForm):
    class Meta:
        model = GrowthSettings
        fields = ("selfcheck_every_days",)
        help_texts = {"selfcheck_every_days": _("How often the HOW self-check comes round. We suggest every four weeks.")}

    def clean_selfcheck_every_days(self):
        value = self.cleaned_data["selfcheck_every_days"]
        if not 1 <= value <= 365:
            raise ValidationError(_("Choose between 1 and 365 days."))
        return value


class PracticeLengthForm(forms.Form):
    minutes = forms.IntegerField(label=_("Length (minutes)"), min_value=1, max_value=60)


class PracticeLogForm(forms.Form):
    seconds = forms.IntegerField(min_value=1, max_value=soothing.MAX_SECONDS, widget=forms.HiddenInput)
    completed = forms.BooleanField(required=False, widget=forms.HiddenInput)
    note = forms.CharField(label=_("Anything you noticed? (private)"), required=False, max_length=20_000,
                           widget=forms.Textarea(attrs={"rows": 2}))
