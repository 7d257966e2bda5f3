from __future__ import annotations

import zoneinfo

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, UsernameField
from django.utils.translation import gettext_lazy as _

from heartspace.accounts.models import User


def time_zone_choices():
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


class NewAccountForm(forms.ModelForm):
    """Creates an account: used by the first-run welcome, open sign-ups and invitations."""

    password1 = forms.CharField(label=_("Password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
                                help_text=_("At least 10 characters; a short sentence works well."))
    password2 = forms.CharField(label=_("Password again"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    time_zone = forms.CharField(required=False, widget=forms.HiddenInput(attrs={"data-browser-timezone": "1"}))

    class Meta:
        model = User
        fields = ["username", "display_name", "email"]
        field_classes = {"username": UsernameField}
        labels = {"username": _("Username"), "email": _("Email (optional, for password resets and reminders)")}
        help_texts = {"username": _("Letters, digits and @ . + - _ only. You sign in with it.")}

    def clean_username(self):
        username = self.cleaned_data["username"]
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("That username is taken. Try another."))
        return username

    def clean_time_zone(self):
        value = self.cleaned_data.get("time_zone", "").strip()
        return value if value in zoneinfo.available_timezones() else ""

    def clean(self):
        cleaned = super().clean()
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", _("The two passwords are different."))
        elif p1:
            user = User(username=cleaned.get("username", ""), email=cleaned.get("email", ""))
            try:
                password_validation.validate_password(p1, user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned

    def save(self, commit=True):
        user = super().save(commit=False)
        user.set_password(self.cleaned_data["password1"])
        if self.cleaned_data.get("time_zone"):
            user.time_zone = self.cleaned_data["time_zone"]
            user.time_zone_confirmed = True
        if commit:
            user.save()
        return user


class SignInForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _("That username and password don’t match. Check them and try again."),
        "inactive": _("This account is switched off."),
    }

    def clean_username(self):
        # AuthenticationForm sets max_length after the field is built, so it is not enforced by itself.
        username = self.cleaned_data.get("username") or ""
        limit = self.fields["username"].max_length or 150
        if len(username) > limit:
            raise forms.ValidationError(_("A username has at most %(limit)d characters.") % {"limit": limit},
                                        code="max_length")
        return username


class AccountSettingsForm(forms.ModelForm):
    time_zone = forms.ChoiceField(label=_("Time zone"), choices=time_zone_choices)

    class Meta:
        model = User
        fields = [
            "display_name", "email", "time_zone", "week_start",
            "email_reminders", "reminder_digest", "quiet_hours_start", "quiet_hours_end",
        ]
        widgets = {
            "quiet_hours_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "quiet_hours_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def save(self, commit=True):
        user = super().save(commit=False)
        user.time_zone_confirmed = True
        if commit:
            user.save()
        return user


class SignupInvitationForm(forms.Form):
    note = forms.CharField(label=_("Who is it for?"), max_length=80, required=False,
                           help_text=_("Only you see this, to tell your links apart."))
    days = forms.IntegerField(label=_("The link works for this many days"), min_value=1, max_value=30, initial=7)
