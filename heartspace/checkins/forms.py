"""Forms for Connection Checks. Limits come from the seed and are said out loud in the messages."""

from __future__ import annotations

import datetime
import re

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from heartspace.checkins.models import Check, CheckSettings, Commitment, CustomQuestion, Depth
from heartspace.journal.fields import FeelingsField
from heartspace.people.models import Person
from heartspace.writing.words import count_words

APPRECIATION_WORDS = 15  # seed: 15 words or fewer
FOLLOW_UP_WORDS = 59  # seed: under 60 words
NOTE_MAX = 5000


def limit_chars(value: str, limit: int = NOTE_MAX) -> str:
    if len(value) > limit:
        raise forms.ValidationError(
            _("This is %(n)s characters; please keep it under %(limit)s. Your text is still here to trim.")
            % {"n": f"{len(value):,}", "limit": f"{limit:,}"})
    return value


class DateInput(forms.DateInput):
    input_type = "date"


class TimeInput(forms.TimeInput):
    input_type = "time"


class WhenForm(forms.Form):
    """A date and a time on the user's wall clock; impossible dates get a clear message."""

    date = forms.DateField(label=_("Date"), widget=DateInput(), error_messages={
        "required": _("Pick a date."), "invalid": _("That is not a real date. Use the date picker, or year-month-day like 2026-03-31.")})
    time = forms.TimeField(label=_("Time"), widget=TimeInput(format="%H:%M"), error_messages={
        "required": _("Pick a time."), "invalid": _("That is not a time of day. Use hours and minutes, like 18:30.")})

    def __init__(self, *args, zone=None, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.zone = zone
        self.now = now

    def clean(self):
        cleaned = super().clean()
        date, time = cleaned.get("date"), cleaned.get("time")
        if date and time and self.zone is not None:
            if not 2000 <= date.year <= 2100:
                self.add_error("date", _("Please check the year: %(year)s.") % {"year": date.year})
                return cleaned
            when = datetime.datetime.combine(date, time).replace(tzinfo=self.zone)
            if self.now is not None and when < self.now and not cleaned.get("already_happened"):
                self.add_error("date", _("That moment has already passed. Pick a time from now on."))
            if self.now is not None and when > self.now and cleaned.get("already_happened"):
                self.add_error("date", _("That is still to come. Untick “it already happened”, or pick a past time."))
            cleaned["when"] = when
        return cleaned


class NewCheckForm(WhenForm):
    already_happened = forms.BooleanField(
        label=_("It already happened: I want to log it"), required=False,
        help_text=_("For a real conversation you did not schedule here. It counts like any other check."))


class SkipForm(forms.Form):
    reason = forms.CharField(label=_("Why skip? (optional, just for you)"), required=False, max_length=300,
                             widget=forms.TextInput(), error_messages={
                                 "max_length": _("Please keep the reason under 300 characters.")})


class WriteQuestionForm(forms.Form):
    text = forms.CharField(label=_("Write your own question"), max_length=500, error_messages={
        "required": _("The question is empty. Write a question, or pick one from the lists."),
        "max_length": _("Please keep a question under 500 characters.")})
    depth = forms.ChoiceField(label=_("How deep is it?"), choices=Depth.choices, initial=Depth.PERSONAL)
    save_for_later = forms.BooleanField(label=_("Also save it to my questions"), required=False, initial=True)

    def clean_text(self):
        text = " ".join(self.cleaned_data["text"].split())
        if not any(ch.isalnum() for ch in text):
            raise forms.ValidationError(_("The question is empty. Write a question, or pick one from the lists."))
        return text


class CustomQuestionForm(forms.ModelForm):
    class Meta:
        model = CustomQuestion
        fields = ["text", "depth", "topic"]
        labels = {"text": _("Your question"), "depth": _("How deep is it?"), "topic": _("Topic")}
        error_messages = {"text": {"required": _("The question is empty. Write a question first."),
                                   "max_length": _("Please keep a question under 500 characters.")}}

    def clean_text(self):
        text = " ".join(self.cleaned_data["text"].split())
        if not any(ch.isalnum() for ch in text):
            raise forms.ValidationError(_("The question is empty. Write a question first."))
        return text


class LogForm(forms.ModelForm):
    meaningful = forms.TypedChoiceField(
        label=_("Was it a meaningful conversation?"), widget=forms.RadioSelect,
        choices=[("yes", _("Yes")), ("no", _("Not really"))], coerce=lambda v: v == "yes",
        error_messages={"required": _("Say whether it felt meaningful (either answer is fine).")})

    class Meta:
        model = Check
        fields = ["meaningful", "disclosed", "how_it_went", "notes"]
        widgets = {"disclosed": forms.RadioSelect, "how_it_went": forms.RadioSelect,
                   "notes": forms.Textarea(attrs={"rows": 3})}
        labels = {"disclosed": _("Who shared something personal?"), "how_it_went": _("How deep did it go?"),
                  "notes": _("Short private notes")}
        help_texts = {"disclosed": _("“Both” counts as a mutual disclosure."), "notes": _("Only you see these.")}
        error_messages = {"disclosed": {"required": _("Choose who shared something (“nobody really” is fine).")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["disclosed"].required = True
        self.fields["disclosed"].choices = Check.Disclosed.choices
        self.fields["how_it_went"].choices = [c for c in Check.HowItWent.choices if c[0]]
        if self.instance and self.instance.meaningful is not None:
            self.initial["meaningful"] = "yes" if self.instance.meaningful else "no"

    def clean_notes(self):
        return limit_chars(self.cleaned_data.get("notes", ""))


class CommitmentForm(forms.ModelForm):
    class Meta:
        model = Commitment
        fields = ["text", "due_on"]
        widgets = {"due_on": DateInput()}
        labels = {"text": _("One thing you will do"), "due_on": _("Do it by")}
        help_texts = {"text": _("One actionable note, like “send the article about X” or “check in after the interview”."),
                      "due_on": _("Default: within 7 days.")}
        error_messages = {"text": {"required": _("Write the one thing you will do."),
                                   "max_length": _("Keep it short: under 300 characters.")},
                          "due_on": {"invalid": _("That is not a real date. Use the date picker, or year-month-day.")}}

    def __init__(self, *args, today=None, days=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        if days is not None:
            self.fields["due_on"].help_text = ngettext(
                "Default: within %(n)s day.", "Default: within %(n)s days.", days) % {"n": days}

    def clean_due_on(self):
        due = self.cleaned_data.get("due_on")
        if due and self.today and due < self.today:
            raise forms.ValidationError(_("That date has passed. Pick today or later."))
        if due and self.today and (due - self.today).days > 366:
            raise forms.ValidationError(_("A micro-commitment is for the coming days; pick a date within a year."))
        return due


class AppreciationForm(forms.Form):
    text = forms.CharField(
        label=_("One specific thing you appreciated about them"), max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Write one thing you appreciated."),
                        "max_length": _("Please keep it short: a few words.")})

    def __init__(self, *args, limit: int = APPRECIATION_WORDS, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit = limit
        self.fields["text"].help_text = _("%(n)s words or fewer. Specific beats general: “the way you…”.") % {"n": limit}

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        words = count_words(text)
        if words == 0:
            raise forms.ValidationError(_("Write one thing you appreciated."))
        if words > self.limit:
            raise forms.ValidationError(_("That is %(words)s words; the closing appreciation is %(n)s words or fewer. Trim it and save again.")
                                        % {"words": words, "n": self.limit})
        return text


class FollowUpForm(forms.Form):
    text = forms.CharField(
        label=_("Follow-up message"), widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Write the message first.")})
    has_highlight = forms.BooleanField(label=_("It names one highlight"), required=False)
    has_action = forms.BooleanField(label=_("It names one action I took or will take"), required=False)
    has_question = forms.BooleanField(label=_("It asks one question for next time"), required=False)

    def __init__(self, *args, under: int = FOLLOW_UP_WORDS + 1, **kwargs):
        super().__init__(*args, **kwargs)
        self.under = under
        self.fields["text"].help_text = _(
            "Under %(n)s words: one highlight, one action you took or will take, one question for next time.") % {"n": under}

    def clean_text(self):
        text = limit_chars(self.cleaned_data["text"].strip())
        words = count_words(text)
        if words == 0:
            raise forms.ValidationError(_("Write the message first."))
        if words >= self.under:
            raise forms.ValidationError(_("That is %(words)s words; a follow-up stays under %(n)s. Trim it and save again.")
                                        % {"words": words, "n": self.under})
        return text


class CheckSettingsForm(forms.ModelForm):
    class Meta:
        model = CheckSettings
        fields = ["questions_per_check", "pause_seconds", "story_seconds", "commitment_days",
                  "appreciation_words", "follow_up_words"]


class TensionForm(forms.Form):
    person = forms.ModelChoiceField(queryset=Person.objects.none(), label=_("With whom"), empty_label=None)
    # The shared feelings picker (journal vocabulary); a word of their own is accepted as it is.
    emotion = FeelingsField(label=_("I felt…"), required=True, max_words=2, max_length=100,
                            help_text=_("One feeling word: pick one below or type your own, like hurt, worried, left out."),
                            error_messages={"required": _("Name the feeling: one word is enough."),
                                            "max_length": _("One feeling word or two is enough.")})
    behavior = forms.CharField(label=_("…when… (the one thing that happened)"), max_length=300,
                               help_text=_("Describe one specific behaviour, as a camera would have seen it. One issue only."),
                               error_messages={"required": _("Describe what happened: one specific behaviour."),
                                               "max_length": _("Keep to one issue, under 300 characters.")})
    remedy = forms.CharField(label=_("One next step you could propose"), max_length=300,
                             help_text=_("A concrete remedy or behaviour change, like “text me if you will be late”."),
                             error_messages={"required": _("Propose one concrete next step."),
                                             "max_length": _("Keep the next step under 300 characters.")})
    text = forms.CharField(label=_("Your script"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("Built from the parts above; edit it freely."))

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if user is not None:
            self.fields["person"].queryset = Person.objects.filter(owner=user, archived_at__isnull=True)

    def clean_emotion(self):
        return join_feelings(self.cleaned_data["emotion"])

    def clean_behavior(self):
        behavior = self.cleaned_data["behavior"].strip()
        # A second "and when" is the sign of a second issue sneaking in.
        if behavior.lower().count(" and when ") or behavior.count(";") >= 1:
            raise forms.ValidationError(_("That sounds like more than one issue. Keep to the single one that matters most today; the rest can wait."))
        return behavior

    def clean_text(self):
        return limit_chars(self.cleaned_data.get("text", ""))


def join_feelings(words: list[str]) -> str:
    """["hurt", "worried"] -> "hurt and worried", for "I felt ... when ..."."""
    return " and ".join(w for w in words if w)


STORY_TEMPLATE = "I felt [emotion] when [specific event]; that taught me [clear takeaway]."
STORY_EMOTION = re.compile(r"^\s*I felt (?P<emotion>.+?) when ", re.IGNORECASE | re.DOTALL)


def story_emotion(story: str) -> str:
    """The feeling named in a story that follows the template ("" for the bare template or none)."""
    match = STORY_EMOTION.match(story or "")
    if not match or match.group("emotion").strip() == "[emotion]":
        return ""
    return ", ".join(w.strip() for w in match.group("emotion").split(" and ") if w.strip())[:100]


class StoryForm(forms.Form):
    """The 90-second story fill-in (saved as a draft during the session, never required)."""

    emotion = FeelingsField(label=_("I felt…"), max_words=2, max_length=100,
                            help_text=_("Pick the feeling (or type your own word); it goes into your story."))
    story = forms.CharField(label=_("Your story: one scene, one insight"), required=False,
                            widget=forms.Textarea(attrs={"rows": 3}), initial=STORY_TEMPLATE,
                            help_text=_("Replace the brackets. Keep to one scene and one insight."))


# --- availability ------------------------------------------------------------------------------

WEEKDAY_CHOICES = [
    ("", _("— day —")), ("0", _("Monday")), ("1", _("Tuesday")), ("2", _("Wednesday")), ("3", _("Thursday")),
    ("4", _("Friday")), ("5", _("Saturday")), ("6", _("Sunday")),
]
AVAILABILITY_ROWS_MAX = 30


class AvailabilityRowForm(forms.Form):
    """One free time: a weekday and a wall-clock range. A row left blank is simply dropped."""

    weekday = forms.ChoiceField(label=_("Day"), choices=WEEKDAY_CHOICES, required=False)
    start = forms.TimeField(label=_("From"), required=False, widget=TimeInput(format="%H:%M"), error_messages={
        "invalid": _("That is not a time of day. Use hours and minutes, like 18:30.")})
    end = forms.TimeField(label=_("Until"), required=False, widget=TimeInput(format="%H:%M"), error_messages={
        "invalid": _("That is not a time of day. Use hours and minutes, like 21:00.")})

    def clean(self):
        cleaned = super().clean()
        weekday, start, end = cleaned.get("weekday"), cleaned.get("start"), cleaned.get("end")
        if self.errors:
            return cleaned
        if not weekday and start is None and end is None:
            cleaned["empty"] = True
            return cleaned
        if not weekday:
            self.add_error("weekday", _("Pick the day for this time."))
        if start is None:
            self.add_error("start", _("Say from when you are free."))
        if end is None:
            self.add_error("end", _("Say until when you are free."))
        if start is not None and end is not None and end <= start:
            self.add_error("end", _("This ends before it starts. Free time runs within one day, like 18:00 to 21:00."))
        return cleaned


class BaseAvailabilityFormSet(forms.BaseFormSet):
    def windows(self) -> list[dict]:
        rows = {(int(f.cleaned_data["weekday"]), f.cleaned_data["start"].strftime("%H:%M"),
                 f.cleaned_data["end"].strftime("%H:%M"))
                for f in self.forms if f.cleaned_data and not f.cleaned_data.get("empty")}
        return [{"weekday": d, "start": s, "end": e} for d, s, e in sorted(rows)]


AvailabilityFormSet = forms.formset_factory(AvailabilityRowForm, formset=BaseAvailabilityFormSet, extra=3,
                                            max_num=AVAILABILITY_ROWS_MAX, absolute_max=AVAILABILITY_ROWS_MAX,
                                            validate_max=True)
