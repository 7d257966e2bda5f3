"""After a Connection Check run together: each side notes their own micro-commitment and appreciation.

The rows belong to the person who writes them and hang on their own done Check (made when the
session finished, see heartspace/partners/joint_check.py). The other side never sees them.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.partners import joint_check
from heartspace.partners.access import get_session_for_user
from heartspace.partners.models import JointSession

ACTIONS = ("commitment", "appreciation")


def note_forms(request, data=None, action=None) -> dict:
    from heartspace.checkins.forms import AppreciationForm, CommitmentForm

    today = request.user.local_today()
    return {
        "commitment": CommitmentForm(data if action == "commitment" else None, prefix="commitment", today=today,
                                     initial={"due_on": joint_check.default_due(request.user)}),
        "appreciation": AppreciationForm(data if action == "appreciation" else None, prefix="appreciation"),
    }


def notes_context(request, session, forms=None) -> dict:
    """What the finished step shows the viewer: their own check, their own notes, the note forms."""
    if session.practice != JointSession.Practice.CONNECTION_CHECK or session.status != JointSession.Status.DONE:
        return {}
    check = joint_check.own_check(session, request.user)
    if check is None:
        return {}
    return {"own_check": check, "own_notes": joint_check.own_notes(check), "note_forms": forms or note_forms(request)}


@login_required
@require_POST
def session_note(request, joint_session_id):
    from heartspace.partners.views_together import session_context

    session_obj = get_session_for_user(request.user, joint_session_id)
    check = joint_check.own_check(session_obj, request.user)
    action = request.POST.get("action")
    if check is None or session_obj.status != JointSession.Status.DONE or action not in ACTIONS:
        messages.info(request, _("Notes can be added once the Connection Check has finished."))
        return redirect("partners:session", joint_session_id=session_obj.pk)
    forms = note_forms(request, request.POST, action)
    form = forms[action]
    if form.is_valid():
        if action == "commitment":
            joint_check.save_notes(request.user, check, form.cleaned_data, None)
            messages.success(request, _("Your micro-commitment is saved, for you only."))
        else:
            joint_check.save_notes(request.user, check, None, form.cleaned_data["text"])
            messages.success(request, _("Your appreciation is saved, for you only."))
        return redirect(reverse("partners:session", kwargs={"joint_session_id": session_obj.pk}) + "#joint-notes")
    context = session_context(request, session_obj)
    context.update(notes_context(request, session_obj, forms))
    return render(request, "partners/session.html", context, status=400)
