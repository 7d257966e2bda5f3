from __future__ import annotations

import zoneinfo

from django import forms
from django.utils.translation import gettext_lazy as _

from heartspace.partners import prompts
from heartspace.partners.models import MAX_ANSWER_CHARS, JointSession, Kind, LinkLogEntry, SharedRitual

# Enough for anyone inviting the people they love; too few to use this server to send spam.
EMAILS_PER_DAY = 10


class InviteForm(forms.Form):
    kind = forms.ChoiceField(label=_("Who are they to you?"), choices=Kind.choices, initial=Kind.PARTNER)
    email = forms.EmailField(label=_("Their email"), required=False, max_length=254,
                             help_text=_("Leave empty to get a link you can send any way you like."))
    days = forms.IntegerField(label=_("The link works for this many days"), min_value=1, max_value=30, initial=7)
    person = forms.ModelChoiceField(label=_("Which of your people is this?"), queryset=None, required=False,
                                    empty_label=_("Not in my people yet"),
                                    help_text=_("Only you see this. It links their account to your notes about them."))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        from heartspace.people.models import Person

        self.user = user
        self.fields["person"].queryset = Person.objects.filter(owner=user, archived_at__isnull=True)

    def clean_email(self):
        email = self.cleaned_data.get("email", "").strip()
        if email and self.user.email and email.lower() == self.user.email.strip().lower():
            raise forms.ValidationError(_("That is your own email address. Invite the other person with theirs."))
        if email:
            from heartspace.partners.services import active_links_for, emails_sent_today

            if emails_sent_today(self.user) >= EMAILS_PER_DAY:
                raise forms.ValidationError(_("You have emailed many invitations today. Try again tomorrow, "
                                              "or leave the email empty and send the link yourself."))

            for link in active_links_for(self.user):
                other = link.other_user(self.user)
                if other.email and other.email.strip().lower() == email.lower():
                    raise forms.ValidationError(_("You are already linked with %(name)s.") % {"name": other.name})
        return email


class QuestionForm(forms.Form):
    prompt_key = forms.ChoiceField(label=_("Pick a question"), choices=prompts.prompt_choices, required=False)
    text = forms.CharField(label=_("Or write your own"), required=False, max_length=500,
                           widget=forms.Textarea(attrs={"rows": 3}),
                           help_text=_("They can answer, answer later, or pass. Answers show once you have both answered."))
    send_anyway = forms.BooleanField(label=_("I have thought about it: send it anyway"), required=False)

    def clean(self):
        cleaned = super().clean()
        key = cleaned.get("prompt_key") or ""
        text = (cleaned.get("text") or "").strip()
        if not text and not key:
            self.add_error("text", _("Pick a question from the list or write your own."))
        elif not text:
            cleaned["text"] = str(prompts.PROMPTS[key])
        else:
            cleaned["prompt_key"] = ""
            cleaned["text"] = text
        return cleaned


class AnswerForm(forms.Form):
    text = forms.CharField(label=_("Your answer"), max_length=MAX_ANSWER_CHARS, widget=forms.Textarea(attrs={"rows": 5}),
                           error_messages={"required": _("Write something, or choose “Pass” instead. Passing is fine.")},
                           help_text=_("They see it only after they have answered too, unless you reveal it early."))

    def clean_text(self):
        text = self.cleaned_data["text"].strip()
        if not text:
            raise forms.ValidationError(_("Write something, or choose “Pass” instead. Passing is fine."))
        return text


class SessionForm(forms.Form):
    practice = forms.ChoiceField(label=_("Practice together"), choices=JointSession.Practice.choices)
    minutes_each = forms.IntegerField(label=_("Minutes each (vulnerability exercise)"), min_value=1, max_value=60, initial=5)
    presence_minutes = forms.IntegerField(label=_("Phone-free minutes first (Connection Check)"), min_value=0,
                                          max_value=120, initial=10)
    invitee_first = forms.BooleanField(label=_("Let them go first"), required=False)


class LogForm(forms.Form):
    what = forms.ChoiceField(label=_("What happened"), choices=LinkLogEntry.What.choices)

    POSITIVE = {"bid_toward", "appreciation", "kindness"}

    def tone(self) -> str:
        return "positive" if self.cleaned_data["what"] in self.POSITIVE else "corrective"


class BalanceTargetForm(forms.Form):
    balance_target = forms.IntegerField(label=_("Aim for this many positive moments for each corrective one"),
                                        min_value=1, max_value=20)


class SharedRitualForm(forms.ModelForm):
    class Meta:
        model = SharedRitual
        fields = ["kind", "title", "frequency", "weekday", "month_day", "time_of_day", "duration_minutes", "starts_on"]
        widgets = {
            "time_of_day": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "weekday": forms.Select(choices=[("", "—"), (0, _("Monday")), (1, _("Tuesday")), (2, _("Wednesday")),
                                             (3, _("Thursday")), (4, _("Friday")), (5, _("Saturday")), (6, _("Sunday"))]),
        }

    def clean_title(self):
        title = self.cleaned_data["title"].strip()
        if not title:
            raise forms.ValidationError(_("Give it a name you are both happy to see."))
        return title


class LinkSettingsForm(forms.Form):
    person = forms.ModelChoiceField(label=_("Which of your people is this?"), queryset=None, required=False,
                                    empty_label=_("Not in my people"))

    withdraw_automatic = forms.BooleanField(
        label=_("When I turn a kind off, also take back what it shared automatically"), required=False)

    def __init__(self, *args, user, kinds, auto, **kwargs):
        super().__init__(*args, **kwargs)
        from heartspace.people.models import Person

        self.fields["person"].queryset = Person.objects.filter(owner=user, archived_at__isnull=True)
        self.kinds = kinds
        for kind in kinds:
            self.fields[f"auto_{kind.key}"] = forms.BooleanField(
                label=_("Share new %(what)s automatically") % {"what": kind.label}, required=False,
                initial=auto.get(kind.key, False))

    def auto_choices(self) -> dict[str, bool]:
        return {kind.key: bool(self.cleaned_data.get(f"auto_{kind.key}")) for kind in self.kinds}


def valid_zone(name: str) -> str:
    return name if name in zoneinfo.available_timezones() else "UTC"
