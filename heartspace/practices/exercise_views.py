"""The timed vulnerability exercise, boundaries, and the home-page-free helpers they share."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from heartspace.practices import services
from heartspace.practices.access import get_boundary_for_user, get_vulnerability_for_user
from heartspace.practices.forms import BoundaryForm, VulnerabilityNoteForm, VulnerabilityStartForm
from heartspace.practices.models import Boundary, VulnerabilitySession
from heartspace.practices.safety import pop_show_help, remember_if_serious

Stage = VulnerabilitySession.Stage


@login_required
def vulnerability(request):
    user = request.user
    settings = services.settings_for(user)
    form = VulnerabilityStartForm(request.POST or None, user=user,
                                  initial={"minutes_each": settings.vulnerability_minutes})
    if request.method == "POST" and form.is_valid():
        session = form.save(commit=False)
        session.owner = user
        session.started_at = timezone.now()
        session.save()
        return redirect("practices:vulnerability_session", vulnerability_id=session.pk)
    past = VulnerabilitySession.objects.filter(owner=user).select_related("person")[:30]
    return render(request, "practices/vulnerability.html", {"form": form, "past": past},
                  status=400 if form.errors else 200)


def _speaker_is_me(session: VulnerabilitySession) -> bool:
    first_is_me = session.first_speaker == VulnerabilitySession.Speaker.ME
    return first_is_me if session.stage == Stage.FIRST else not first_is_me


@login_required
def vulnerability_session(request, vulnerability_id):
    session = get_vulnerability_for_user(request.user, vulnerability_id)
    note_form = VulnerabilityNoteForm(request.POST or None)
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "reflect" and session.stage in (Stage.DONE, Stage.ABANDONED):
            if note_form.is_valid():
                session.reflection = note_form.cleaned_data["note"]
                remember_if_serious(request, session.reflection)
                session.save(update_fields=["reflection", "updated_at"])
                messages.success(request, _("Saved how it felt."))
                return redirect("practices:vulnerability_session", vulnerability_id=session.pk)
        elif action in ("next", "abandon") and session.stage in (Stage.FIRST, Stage.SWAP, Stage.SECOND):
            if note_form.is_valid():
                note = note_form.cleaned_data["note"]
                remember_if_serious(request, note)
                if session.stage == Stage.FIRST and note:
                    session.first_note = note
                elif session.stage == Stage.SECOND and note:
                    session.second_note = note
                if action == "abandon":
                    session.stage = Stage.ABANDONED
                    session.ended_at = timezone.now()
                    messages.success(request, _("Stopped here. What you wrote is kept; stopping is allowed."))
                else:
                    session.stage = {Stage.FIRST: Stage.SWAP, Stage.SWAP: Stage.SECOND, Stage.SECOND: Stage.DONE}[session.stage]
                    if session.stage == Stage.DONE:
                        session.ended_at = timezone.now()
                session.save()
                return redirect("practices:vulnerability_session", vulnerability_id=session.pk)
        elif action == "delete":
            session.delete()
            messages.success(request, _("Deleted that exercise."))
            return redirect("practices:vulnerability")
    elif session.stage == Stage.FIRST:
        note_form = VulnerabilityNoteForm(initial={"note": session.first_note})
    elif session.stage == Stage.SECOND:
        note_form = VulnerabilityNoteForm(initial={"note": session.second_note})
    elif session.stage in (Stage.DONE, Stage.ABANDONED) and request.method != "POST":
        note_form = VulnerabilityNoteForm(initial={"note": session.reflection})
    return render(request, "practices/vulnerability_session.html", {
        "session": session, "note_form": note_form, "seconds": session.minutes_each * 60,
        "speaker_is_me": _speaker_is_me(session),
        "person_name": session.person.name if session.person else _("your partner"),
        "show_help": pop_show_help(request),
    }, status=400 if note_form.errors else 200)


@login_required
def boundaries(request):
    user = request.user
    today = user.local_today()
    settings = services.settings_for(user)
    initial = {"review_on": today + datetime.timedelta(days=settings.boundary_review_days)}
    if request.GET.get("person", "").isdigit():
        initial["person"] = int(request.GET["person"])
    form = BoundaryForm(request.POST or None, user=user, initial=initial)
    if request.method == "POST" and form.is_valid():
        boundary = form.save(commit=False)
        boundary.owner = user
        if not boundary.review_on:
            boundary.review_on = initial["review_on"]
        boundary.save()
        remember_if_serious(request, boundary.acceptable, boundary.treatment)
        messages.success(request, _("Saved your boundary."))
        return redirect("practices:boundaries")
    items = list(Boundary.objects.filter(owner=user).select_related("person")[:200])
    for item in items:
        item.is_due = item.due_for_review(today)
    return render(request, "practices/boundaries.html", {
        "form": form, "items": items, "review_days": settings.boundary_review_days,
        "show_help": pop_show_help(request),
    }, status=400 if form.errors else 200)


@login_required
def boundary_edit(request, boundary_id):
    user = request.user
    boundary = get_boundary_for_user(user, boundary_id)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "reviewed":
        services.mark_boundary_reviewed(boundary, services.settings_for(user).boundary_review_days, user.local_today())
        messages.success(request, _("Reviewed. Next review on %(day)s.") % {"day": boundary.review_on.isoformat()})
        return redirect("practices:boundaries")
    if action == "delete":
        boundary.delete()
        messages.success(request, _("Removed the boundary."))
        return redirect("practices:boundaries")
    form = BoundaryForm(request.POST or None, instance=boundary, user=user)
    if request.method == "POST" and form.is_valid():
        updated = form.save(commit=False)
        if not updated.review_on:
            updated.review_on = boundary.review_on or user.local_today()
        updated.save()
        messages.success(request, _("Saved your boundary."))
        return redirect("practices:boundaries")
    return render(request, "practices/boundary_edit.html", {"form": form, "boundary": boundary},
                  status=400 if form.errors else 200)
