"""Forms for the calendar feed, reminders and contacts import."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from heartspace.feeds.models import FeedToken, ReminderKind, ReminderSettings

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # 20 MB: thousands of contacts with photos fit comfortably


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Contacts file (.vcf)"),
        help_text=_("Exported from your phone, Google Contacts, Apple Contacts, Outlook or Thunderbird. Up to 20 MB."),
        error_messages={"required": _("Choose a .vcf file to import."),
                        "empty": _("The file is empty: there is nothing in it to import."),
                        "invalid": _("That upload did not arrive as a file. Please choose it again.")},
        widget=forms.ClearableFileInput(attrs={"accept": ".vcf,.vcard,text/vcard,text/x-vcard",
                                               "data-max-bytes": str(MAX_UPLOAD_BYTES)}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size == 0:
            raise forms.ValidationError(_("The file is empty: there is nothing in it to import."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("This file is %(size)s MB; the limit is 20 MB. Export your contacts without photos, "
                  "or in smaller groups, and import each file.") % {"size": _megabytes(upload.size)})
        return upload


class FeedOptionsForm(forms.ModelForm):
    class Meta:
        model = FeedToken
        fields = ["discreet_titles", "include_commitment_text", "include_alarms", "alarm_minutes"]


class ReminderSettingsForm(forms.ModelForm):
    kinds = forms.MultipleChoiceField(
        label=_("Email me about"), choices=ReminderKind.choices, required=False, widget=forms.CheckboxSelectMultiple,
        help_text=_("Untick a kind to stop it; every reminder email also has a one-click link to stop its kind."))

    class Meta:
        model = ReminderSettings
        fields = ["check_lead_minutes", "ritual_lead_minutes", "day_time", "digest_time", "disclosure_time"]
        widgets = {"day_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                   "digest_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                   "disclosure_time": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}
