"""Linking, the partner view and sharing. Practising together lives in views_together.py."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.accounts.forms import NewAccountForm
from heartspace.partners import services, shareable
from heartspace.partners.access import get_invitation_for_user, get_link_for_user, get_share_for_user
from heartspace.partners.forms import InviteForm, LinkSettingsForm
from heartspace.partners.models import AutoShare, Invitation, JointSession, Link, Share, SharedQuestion
from heartspace.partners.safety import concerns_safety

logger = logging.getLogger(__name__)


def _display_name(link: Link, user) -> str:
    person = link.person_for(user)
    return person.name if person is not None else link.other_user(user).name


@login_required
def index(request):
    links = [{"link": link, "name": _display_name(link, request.user), "mine": link.owner_id == request.user.pk}
             for link in services.active_links_for(request.user).select_related("owner_person", "other_person")]
    now = timezone.now()
    invitations = list(Invitation.objects.filter(owner=request.user, used_at__isnull=True, cancelled_at__isnull=True,
                                                 expires_at__gt=now).order_by("-created_at")[:20])
    link_ids = [row["link"].pk for row in links]
    waiting = list(SharedQuestion.objects.filter(link_id__in=link_ids, status=SharedQuestion.Status.OPEN)
                   .exclude(answers__owner=request.user).select_related("link").order_by("-created_at")[:10])
    sessions = list(JointSession.objects.filter(link_id__in=link_ids, status__in=[JointSession.Status.INVITED,
                                                                                  JointSession.Status.ACTIVE])
                    .order_by("-created_at")[:10])
    names = {row["link"].pk: row["name"] for row in links}
    ended = [{"link": link, "name": _display_name(link, request.user)}
             for link in Link.objects.filter(Link.sides_q(request.user), ended_at__isnull=False)
             .select_related("owner", "other", "owner_person", "other_person").order_by("-ended_at")[:20]]
    return render(request, "partners/index.html", {
        "links": links, "invitations": invitations, "ended_links": ended,
        "waiting": [{"question": q, "name": names.get(q.link_id, "")} for q in waiting],
        "sessions": [{"session": s, "name": names.get(s.link_id, "")} for s in sessions],
    })


@login_required
def invite(request):
    form = InviteForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["email"]
        try:
            invitation, token = services.create_invitation(request.user, form.cleaned_data["kind"], email=email,
                                                           person=form.cleaned_data["person"],
                                                           days=form.cleaned_data["days"])
        except services.PartnerError as error:
            form.add_error("email", str(error))
        else:
            url = request.build_absolute_uri(reverse("partners:join", kwargs={"invite_token": token}))
            sent = False
            if email:
                sent = _send_invitation_email(request.user, email, url, invitation)
            # The raw token is shown once, here, and never stored: a reload cannot show it again.
            return render(request, "partners/invite_ready.html", {"invitation": invitation, "url": url, "sent": sent,
                                                                  "email": email})
    return render(request, "partners/invite.html", {"form": form})


def _send_invitation_email(user, email: str, url: str, invitation: Invitation) -> bool:
    subject = _("%(name)s invites you to practise together on heartspace") % {"name": user.name}
    body = _(
        "%(name)s would like to link with you on heartspace, to practise being closer together.\n\n"
        "Nothing either of you writes is shared unless its writer chooses to share it, item by item.\n\n"
        "Open this link to accept (it works once, until %(expires)s):\n%(url)s\n\n"
        "If you do not want to, simply ignore this email."
    ) % {"name": user.name, "url": url, "expires": invitation.expires_at.strftime("%Y-%m-%d")}
    try:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])
    except Exception:  # noqa: BLE001 - a mail server problem must not lose the invitation
        logger.warning("invitation email could not be sent (invitation %s)", invitation.pk)
        return False
    return True


@login_required
@require_POST
def invitation_cancel(request, invitation_id):
    invitation = get_invitation_for_user(request.user, invitation_id)
    if invitation.used_at is None and invitation.cancelled_at is None:
        invitation.cancelled_at = timezone.now()
        invitation.save(update_fields=["cancelled_at", "updated_at"])
        messages.success(request, _("Invitation cancelled. Its link no longer works."))
    return redirect("partners:index")


def join(request, invite_token):
    invitation = services.find_invitation(invite_token)
    problem = services.invitation_problem(invitation)
    if problem:
        return render(request, "partners/join_problem.html", {"problem": problem}, status=404 if invitation is None else 410)
    inviter = invitation.owner
    user = request.user if request.user.is_authenticated else None
    if user is not None:
        if user.pk == inviter.pk:
            return render(request, "partners/join_problem.html", {
                "problem": _("This is your own invitation. Send the link to the person you want to link with; "
                             "it stays valid until they use it.")}, status=400)
        existing = services.active_link_between(inviter, user)
        if existing:
            return render(request, "partners/join_problem.html", {
                "problem": _("You are already linked with %(name)s.") % {"name": inviter.name},
                "link": existing}, status=400)
        if request.method == "POST":
            try:
                link = services.accept_invitation(invitation, user)
            except services.PartnerError as error:
                return render(request, "partners/join_problem.html", {"problem": str(error)}, status=400)
            messages.success(request, _("You are linked with %(name)s. Nothing is shared until one of you chooses to share it.")
                             % {"name": inviter.name})
            return redirect("partners:link", link_id=link.pk)
        return render(request, "partners/join.html", {"invitation": invitation, "inviter": inviter})

    form = NewAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                new_user = form.save()
                link = services.accept_invitation(invitation, new_user)
        except services.PartnerError as error:
            return render(request, "partners/join_problem.html", {"problem": str(error)}, status=410)
        login(request, new_user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome. You are linked with %(name)s. Nothing is shared until one of you chooses to share it.")
                         % {"name": inviter.name})
        return redirect("partners:link", link_id=link.pk)
    login_url = reverse("accounts:login") + "?next=" + request.path
    return render(request, "partners/join.html", {"invitation": invitation, "inviter": inviter, "form": form,
                                                  "login_url": login_url})


def _was_linked(user, link_id) -> bool:
    return Link.objects.filter(Link.sides_q(user), pk=link_id, ended_at__isnull=False).exists()


@login_required
def link_detail(request, link_id):
    from heartspace.partners.views_together import link_context

    try:
        link = get_link_for_user(request.user, link_id)
    except Http404:
        if _was_linked(request.user, link_id):
            return render(request, "partners/link_ended.html", {"ended_link": Link.objects.get(pk=link_id)}, status=404)
        raise
    return render(request, "partners/link.html", link_context(request, link))


@login_required
def link_settings(request, link_id):
    link = get_link_for_user(request.user, link_id)
    kinds = shareable.available_kinds()
    auto = dict(AutoShare.objects.filter(owner=request.user, link=link).values_list("kind", "enabled"))
    form = LinkSettingsForm(request.POST or None, user=request.user, kinds=kinds, auto=auto,
                            initial={"person": link.person_for(request.user)})
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            link.set_person_for(request.user, form.cleaned_data["person"])
            link.save(update_fields=["owner_person", "other_person", "updated_at"])
            for key, enabled in form.auto_choices().items():
                AutoShare.objects.update_or_create(owner=request.user, link=link, kind=key, defaults={"enabled": enabled})
                if not enabled and auto.get(key) and form.cleaned_data["withdraw_automatic"]:
                    Share.objects.filter(owner=request.user, link=link, kind=key, automatic=True,
                                         withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())
        messages.success(request, _("Saved. Automatic sharing applies to new items only; nothing already written was shared."))
        return redirect("partners:link", link_id=link.pk)
    auto_fields = [form[f"auto_{kind.key}"] for kind in kinds]
    return render(request, "partners/link_settings.html", {"form": form, "link": link, "auto_fields": auto_fields,
                                                           "name": _display_name(link, request.user)})


@login_required
def unlink(request, link_id):
    link = get_link_for_user(request.user, link_id)
    name = _display_name(link, request.user)
    if request.method == "POST":
        services.end_link(link)
        messages.success(request, _("You are no longer linked with %(name)s. Sharing has stopped; your own records are kept.")
                         % {"name": name})
        return redirect("partners:index")
    return render(request, "partners/unlink.html", {"link": link, "name": name})


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return target
    return fallback


@login_required
@require_POST
def share(request, link_id):
    """Share one of my items on a link, or take it back. Used by the share_control tag."""
    try:
        link = get_link_for_user(request.user, link_id)
    except Http404:
        if not _was_linked(request.user, link_id):
            raise
        messages.info(request, _("You are no longer linked, so nothing is shared there. Your own records are kept."))
        return redirect(_safe_next(request, reverse("partners:index")))
    kind = shareable.get_kind(request.POST.get("kind", ""))
    if kind is None:
        raise Http404
    try:
        obj = kind.model().objects.get(owner=request.user, pk=request.POST.get("object_id", ""))
    except (kind.model().DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    name = _display_name(link, request.user)
    if request.POST.get("action") == "withdraw":
        services.withdraw_item(request.user, link, obj)
        note = _("Taken back. %(name)s no longer sees it.") % {"name": name}
    elif not request.POST.get("confirm") and concerns_safety(kind.text_of(obj)):
        # It may be about the writer's safety, and the other side may be the one they fear: ask once more.
        if request.headers.get("HX-Request"):
            from heartspace.partners.templatetags.sharing import share_control

            return HttpResponse(share_control({"request": request}, obj, next_url=_safe_next(request, ""),
                                              confirm_link_id=link.pk))
        return render(request, "partners/share_confirm.html", {"link": link, "name": name, "kind": kind, "obj": obj,
                                                               "next": _safe_next(request, "")})
    else:
        try:
            services.share_item(request.user, link, obj)
            note = _("Shared with %(name)s. You can take it back any time.") % {"name": name}
        except services.PartnerError as error:
            note = str(error)
    if request.headers.get("HX-Request"):
        from heartspace.partners.templatetags.sharing import share_control

        return HttpResponse(share_control({"request": request}, obj, next_url=_safe_next(request, "")))
    messages.success(request, note)
    return redirect(_safe_next(request, reverse("partners:link", kwargs={"link_id": link.pk})))


@login_required
@require_POST
def share_withdraw(request, share_id):
    share_row = get_share_for_user(request.user, share_id)
    if share_row.withdrawn_at is not None:
        messages.info(request, _("That was already taken back; nothing more to do."))
    else:
        Share.objects.filter(pk=share_row.pk, withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())
        messages.success(request, _("Taken back. They no longer see it."))
    return redirect(_safe_next(request, reverse("partners:link", kwargs={"link_id": share_row.link_id})))


@login_required
def share_detail(request, share_id):
    """One shared item, for either side of an active link; withdrawn means gone, with a plain message."""
    share_row = (Share.objects.select_related("link").filter(link__ended_at__isnull=True)
                 .filter(Q(link__owner=request.user) | Q(link__other=request.user))
                 .filter(pk=share_id).first() if str(share_id).isdigit() else None)
    if share_row is None:
        raise Http404
    row = services.shown_share(share_row) if share_row.withdrawn_at is None else None
    if row is None:
        return render(request, "partners/gone.html", {"link": share_row.link}, status=404)
    return render(request, "partners/share_detail.html", {"row": row, "link": share_row.link,
                                                          "mine": share_row.owner_id == request.user.pk})
