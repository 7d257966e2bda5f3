from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.accounts import services, throttle
from heartspace.accounts.access import get_signup_invitation_for_user
from heartspace.accounts.forms import AccountSettingsForm, NewAccountForm, SignInForm, SignupInvitationForm
from heartspace.accounts.models import SignupInvitation, User


def welcome(request):
    """First run only: create the owner account. Afterwards this page is gone."""
    if User.objects.exists():
        return redirect("home")
    form = NewAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if User.objects.exists():  # someone else finished first
                return redirect("accounts:login")
            user = form.save(commit=False)
            user.is_staff = True
            user.is_superuser = True
            user.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to heartspace. Start by adding someone you want to be closer to."))
        return redirect("home")
    return render(request, "accounts/welcome.html", {"form": form})


def signup(request):
    if settings.HS_SIGNUPS != "open":
        return render(request, "accounts/signup_closed.html", {"mode": settings.HS_SIGNUPS}, status=403)
    if request.user.is_authenticated:
        return redirect("home")
    form = NewAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("home")
    return render(request, "accounts/signup.html", {"form": form})


def signup_invited(request, signup_token):
    """Create an account with a single-use sign-up invitation (HS_SIGNUPS=invite or open)."""
    if not services.invitations_allowed():
        return render(request, "accounts/signup_closed.html", {"mode": settings.HS_SIGNUPS, "invited": True}, status=403)
    invitation = services.find_invitation(signup_token)
    problem = services.invitation_problem(invitation)
    if problem:
        return render(request, "accounts/signup_problem.html", {"problem": problem},
                      status=404 if invitation is None else 410)
    if request.user.is_authenticated:
        return render(request, "accounts/signup_problem.html", {"problem": _(
            "You are already signed in. This link is for someone without an account here: send it to them.")},
            status=400)
    form = NewAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                user = form.save()
                services.use_invitation(invitation, user)
        except services.InvitationError as error:
            return render(request, "accounts/signup_problem.html", {"problem": str(error)}, status=410)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to heartspace. Start by adding someone you want to be closer to."))
        return redirect("home")
    return render(request, "accounts/signup.html", {"form": form, "inviter": invitation.owner})


@login_required
def invitations(request):
    """Make and manage single-use links that let someone new create an account on this instance."""
    allowed = services.invitations_allowed()
    form = SignupInvitationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if not allowed:
            status = 403
        elif form.is_valid():
            try:
                invitation, token = services.create_invitation(request.user, form.cleaned_data["note"],
                                                               form.cleaned_data["days"])
            except services.InvitationError as error:
                form.add_error(None, str(error))
            else:
                url = request.build_absolute_uri(reverse("accounts:signup_invited", kwargs={"signup_token": token}))
                # The raw token is shown once, here, and never stored: a reload cannot show it again.
                return render(request, "accounts/invitation_ready.html", {"invitation": invitation, "url": url})
    recent = SignupInvitation.objects.filter(owner=request.user).order_by("-created_at")[:20]
    return render(request, "accounts/invitations.html", {"form": form, "allowed": allowed, "invitations": recent},
                  status=status)


@login_required
@require_POST
def invitation_revoke(request, signup_invitation_id):
    invitation = get_signup_invitation_for_user(request.user, signup_invitation_id)
    if services.revoke_invitation(invitation):
        messages.success(request, _("Invitation withdrawn. Its link no longer works."))
    return redirect("accounts:invitations")


def safe_next_url(request) -> str:
    """The `next` address from the form or query, only when it stays on this site; otherwise ""."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return ""


def sign_in(request):
    if request.user.is_authenticated:
        return redirect("home")
    form = SignInForm(request, data=request.POST or None)
    throttled = False
    if request.method == "POST":
        username = request.POST.get("username", "")
        address = throttle.client_address(request)
        if throttle.is_throttled(username, address):
            throttled = True
        elif form.is_valid():
            throttle.clear_failures(username)
            login(request, form.get_user())
            return redirect(safe_next_url(request) or "home")
        else:
            throttle.record_failure(username, address)
    status = 429 if throttled else 200
    return render(request, "accounts/login.html", {"form": form, "throttled": throttled, "next": safe_next_url(request)},
                  status=status)


@require_POST
def sign_out(request):
    logout(request)
    messages.info(request, _("You are signed out."))
    return redirect("accounts:login")


@login_required
def account_settings(request):
    form = AccountSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Settings saved."))
        return redirect("accounts:settings")
    return render(request, "accounts/settings.html", {"form": form})


@login_required
@require_POST
def browser_timezone(request):
    """Called once by the browser on first visit: adopt its zone unless the user chose one."""
    name = request.POST.get("time_zone", "")
    if request.user.time_zone_confirmed:
        return HttpResponse(status=204)
    if name not in zoneinfo.available_timezones():
        return HttpResponse(_("Unknown time zone."), status=400)
    request.user.time_zone = name
    request.user.time_zone_confirmed = True
    request.user.save(update_fields=["time_zone", "time_zone_confirmed"])
    return HttpResponse(status=204)


class PasswordChange(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:settings")

    def form_valid(self, form):
        messages.success(self.request, _("Password changed."))
        return super().form_valid(form)


password_reset = auth_views.PasswordResetView.as_view(
    template_name="accounts/password_reset.html",
    email_template_name="accounts/email/password_reset.txt",
    subject_template_name="accounts/email/password_reset_subject.txt",
    success_url=reverse_lazy("accounts:password_reset_done"),
)
password_reset_done = auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_done.html")
password_reset_confirm = auth_views.PasswordResetConfirmView.as_view(
    template_name="accounts/password_reset_confirm.html",
    success_url=reverse_lazy("accounts:login"),
)


def not_found(request):
    raise Http404
