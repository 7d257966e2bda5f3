"""Practising together: shared questions, joint sessions in step, the shared log and rituals."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import F, Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.partners import joint_check, services, steps
from heartspace.partners.access import (
    get_link_for_user,
    get_question_for_user,
    get_session_for_user,
    get_shared_ritual_for_user,
)
from heartspace.partners.forms import (
    AnswerForm,
    BalanceTargetForm,
    LogForm,
    QuestionForm,
    SessionForm,
    SharedRitualForm,
    valid_zone,
)
from heartspace.partners.models import Answer, JointSession, LinkLogEntry, SharedQuestion, SharedRitual
from heartspace.partners.safety import concerns_safety
from heartspace.partners.views_joint import notes_context


def _name(link, user) -> str:
    person = link.person_for(user)
    return person.name if person is not None else link.other_user(user).name


def private_balance(user, person) -> dict | None:
    """The viewer's OWN private log about the other (people.Interaction, practices.Bid): never shown to them."""
    if person is None:
        return None
    from django.apps import apps
    from django.db.models import Count

    since = timezone.now() - datetime.timedelta(days=30)
    result = {"positive": 0, "corrective": 0, "toward": 0, "away": 0, "against": 0}
    if apps.is_installed("heartspace.people"):
        Interaction = apps.get_model("people", "Interaction")
        for row in (Interaction.objects.filter(owner=user, person=person, occurred_at__gte=since)
                    .values("tone").annotate(n=Count("id"))):
            result[row["tone"]] = row["n"]
    if apps.is_installed("heartspace.practices"):
        Bid = apps.get_model("practices", "Bid")
        for row in (Bid.objects.filter(owner=user, person=person, occurred_at__gte=since)
                    .values("response").annotate(n=Count("id"))):
            result[row["response"]] = row["n"]
    return result


def link_context(request, link) -> dict:
    user = request.user
    other = link.other_user(user)
    questions = list(SharedQuestion.objects.filter(link=link).prefetch_related("answers").order_by("-created_at")[:15])
    for q in questions:
        q.link = link  # already loaded: no query per question
    question_rows = [{"question": q, "state": services.answers_state(q, user), "asked_by_me": q.owner_id == user.pk}
                     for q in questions]
    sessions = list(JointSession.objects.filter(link=link).order_by("-created_at")[:5])
    balance = services.balance(link)
    me_key, them_key = ("owner", "other") if user.pk == link.owner_id else ("other", "owner")
    months = services.mutuality(link, today=user.local_today())
    mutual = [{"month": m["month"], "me": m[me_key], "them": m[them_key]} for m in months]
    my_log = list(LinkLogEntry.objects.filter(link=link, owner=user).order_by("-occurred_at")[:5])
    shared_log = list(LinkLogEntry.objects.filter(link=link).order_by("-occurred_at")[:8])
    return {
        "link": link, "name": _name(link, user), "other": other,
        "their_shares": services.visible_shares(link, other.pk, limit=100),
        "my_shares": services.visible_shares(link, user.pk, limit=100),
        "questions": question_rows, "sessions": sessions,
        "question_form": QuestionForm(), "session_form": SessionForm(), "log_form": LogForm(),
        "balance_form": BalanceTargetForm(initial={"balance_target": link.balance_target}),
        "balance": {"me": balance[me_key], "them": balance[them_key], "positive": balance["positive"],
                    "corrective": balance["corrective"], "ratio": balance["ratio"], "target": balance["target"],
                    "meets_target": balance["meets_target"]},
        "my_log": my_log, "shared_log": shared_log,
        "mutuality": mutual, "mutual_totals": {"me": sum(m["me"] for m in mutual), "them": sum(m["them"] for m in mutual)},
        "rituals": list(SharedRitual.objects.filter(link=link, ended_at__isnull=True)),
        "private_balance": private_balance(user, link.person_for(user)),
    }


# ---- shared questions -----------------------------------------------------------------------

@login_required
def ask(request, link_id):
    link = get_link_for_user(request.user, link_id)
    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if concerns_safety(form.cleaned_data["text"]) and not form.cleaned_data["send_anyway"]:
            # The person they are asking may be the one they fear: pause before it is sent.
            return render(request, "partners/ask.html", {"form": form, "link": link, "name": _name(link, request.user),
                                                         "needs_care": True})
        question = SharedQuestion.objects.create(owner=request.user, link=link, text=form.cleaned_data["text"],
                                                 prompt_key=form.cleaned_data["prompt_key"])
        messages.success(request, _("Invitation sent. They can answer, answer later, or pass. Now add your own answer."))
        return redirect("partners:question", shared_question_id=question.pk)
    return render(request, "partners/ask.html", {"form": form, "link": link, "name": _name(link, request.user)})


def _question_page(request, question, form=None, status=200, help_card=False):
    link = question.link
    state = services.answers_state(question, request.user)
    return render(request, "partners/question.html", {
        "question": question, "link": link, "name": _name(link, request.user), "state": state,
        "asked_by_me": question.owner_id == request.user.pk,
        "form": form or AnswerForm(initial={"text": state["mine"].text if state["mine"] else ""}),
        "help_card": help_card or bool(state["mine"] and state["mine"].held_private),
    }, status=status)


@login_required
def question(request, shared_question_id):
    return _question_page(request, get_question_for_user(request.user, shared_question_id))


@login_required
@require_POST
def answer(request, shared_question_id):
    question_obj = get_question_for_user(request.user, shared_question_id)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return _question_page(request, question_obj, form=form, status=400)
    try:
        saved = services.save_answer(question_obj, request.user, form.cleaned_data["text"])
    except services.PartnerError as error:
        form.add_error("text", str(error))
        messages.error(request, str(error))
        return _question_page(request, question_obj, form=form, status=400)
    if saved.held_private:
        messages.info(request, _("Saved. We kept this answer on your screen only. Reveal it later only if it feels safe."))
    else:
        messages.success(request, _("Saved. Answers show once you have both answered."))
    return redirect("partners:question", shared_question_id=question_obj.pk)


@login_required
@require_POST
def question_pass(request, shared_question_id):
    question_obj = get_question_for_user(request.user, shared_question_id)
    if question_obj.owner_id == request.user.pk:
        messages.info(request, _("This is your own question; you can simply leave it."))
    elif question_obj.status != SharedQuestion.Status.PASSED:
        SharedQuestion.objects.filter(pk=question_obj.pk).update(status=SharedQuestion.Status.PASSED,
                                                                 passed_at=timezone.now())
        messages.success(request, _("Passed. That is completely fine."))
    return redirect("partners:link", link_id=question_obj.link_id)


@login_required
@require_POST
def question_later(request, shared_question_id):
    question_obj = get_question_for_user(request.user, shared_question_id)
    if question_obj.owner_id != request.user.pk:
        later = request.user.local_today() + datetime.timedelta(days=3)
        SharedQuestion.objects.filter(pk=question_obj.pk).update(later_until=later)
    messages.success(request, _("Kept for later. It will wait quietly on the Together page."))
    return redirect("partners:link", link_id=question_obj.link_id)


@login_required
@require_POST
def question_reveal(request, shared_question_id):
    question_obj = get_question_for_user(request.user, shared_question_id)
    updated = Answer.objects.filter(question=question_obj, owner=request.user).update(revealed_early=True,
                                                                                     held_private=False)
    if updated:
        messages.success(request, _("Your answer is visible to them now."))
    else:
        messages.info(request, _("Answer first; then you can choose to show it early."))
    return redirect("partners:question", shared_question_id=question_obj.pk)


# ---- practising together in step ------------------------------------------------------------

def _steps_for(session) -> list[steps.Step]:
    if session.practice == JointSession.Practice.VULNERABILITY:
        return steps.vulnerability_steps(session.minutes_each, session.invitee_first)
    return steps.connection_check_steps(session.presence_minutes)


def _version(session) -> str:
    return f"{session.status}-{session.step}"


def session_context(request, session) -> dict:
    all_steps = _steps_for(session)
    index = min(session.step, len(all_steps) - 1)
    step = all_steps[index]
    elapsed = (timezone.now() - session.step_started_at).total_seconds() if session.step_started_at else 0
    user_is_inviter = session.owner_id == request.user.pk
    leader_is_me = (step.leader == "inviter" and user_is_inviter) or (step.leader == "invitee" and not user_is_inviter)
    return {
        "session": session, "link": session.link, "name": _name(session.link, request.user),
        "step": step, "step_index": index, "step_count": len(all_steps) - 1,
        "remaining": steps.remaining_seconds(step, elapsed), "leader_is_me": leader_is_me,
        "user_is_inviter": user_is_inviter, "version": _version(session),
        "seed_questions": steps.SEED_QUESTIONS, "story_template": steps.STORY_TEMPLATE,
        "pause_seconds": steps.PAUSE_SECONDS, "story_seconds": steps.STORY_SECONDS,
        "is_last": index >= len(all_steps) - 1,
        **notes_context(request, session),
    }


@login_required
@require_POST
def session_new(request, link_id):
    link = get_link_for_user(request.user, link_id)
    form = SessionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Check the minutes: each must be a whole number in range."))
        return redirect("partners:link", link_id=link.pk)
    session = JointSession.objects.create(owner=request.user, link=link, practice=form.cleaned_data["practice"],
                                          minutes_each=form.cleaned_data["minutes_each"],
                                          presence_minutes=form.cleaned_data["presence_minutes"],
                                          invitee_first=form.cleaned_data["invitee_first"])
    messages.success(request, _("Invitation sent. When they accept, you will both move through it together."))
    return redirect("partners:session", joint_session_id=session.pk)


@login_required
def session(request, joint_session_id):
    session_obj = get_session_for_user(request.user, joint_session_id)
    return render(request, "partners/session.html", session_context(request, session_obj))


@login_required
def session_state(request, joint_session_id):
    """Polled every two seconds by both phones: 204 (nothing to swap) until the step changes."""
    try:
        session_obj = get_session_for_user(request.user, joint_session_id)
    except Http404:
        ended = JointSession.objects.filter(pk=joint_session_id, link__ended_at__isnull=False).filter(
            Q(link__owner=request.user) | Q(link__other=request.user)).exists()
        if not ended or not request.headers.get("HX-Request"):
            raise
        # 286 tells htmx to stop polling: the link has ended, so has the session.
        return render(request, "partners/session_ended.html", status=286)
    if not request.headers.get("HX-Request"):  # a person, not the poll: show the whole page
        return redirect("partners:session", joint_session_id=session_obj.pk)
    if request.GET.get("v") == _version(session_obj):
        return HttpResponse(status=204)
    return render(request, "partners/session_step.html", session_context(request, session_obj))


def _session_reply(request, session_obj):
    session_obj.refresh_from_db()
    if request.headers.get("HX-Request"):
        return render(request, "partners/session_step.html", session_context(request, session_obj))
    return redirect("partners:session", joint_session_id=session_obj.pk)


@login_required
@require_POST
def session_respond(request, joint_session_id):
    session_obj = get_session_for_user(request.user, joint_session_id)
    if session_obj.owner_id == request.user.pk or session_obj.status != JointSession.Status.INVITED:
        return _session_reply(request, session_obj)
    now = timezone.now()
    if request.POST.get("response") == "pass":
        JointSession.objects.filter(pk=session_obj.pk, status=JointSession.Status.INVITED).update(
            status=JointSession.Status.PASSED, finished_at=now)
        messages.success(request, _("Passed. That is completely fine."))
        return redirect("partners:link", link_id=session_obj.link_id)
    JointSession.objects.filter(pk=session_obj.pk, status=JointSession.Status.INVITED).update(
        status=JointSession.Status.ACTIVE, step=0, step_started_at=now)
    return _session_reply(request, session_obj)


@login_required
@require_POST
def session_advance(request, joint_session_id):
    """Either phone moves both on; the step number sent guards against two taps moving twice."""
    session_obj = get_session_for_user(request.user, joint_session_id)
    try:
        expected = int(request.POST.get("step", ""))
    except ValueError:
        expected = -1
    last = len(_steps_for(session_obj)) - 1
    if session_obj.status == JointSession.Status.ACTIVE and expected == session_obj.step and session_obj.step < last:
        now = timezone.now()
        updates = {"step": F("step") + 1, "step_started_at": now}
        if session_obj.step + 1 >= last:
            updates.update(status=JointSession.Status.DONE, finished_at=now)
        moved = JointSession.objects.filter(pk=session_obj.pk, step=expected,
                                            status=JointSession.Status.ACTIVE).update(**updates)
        if moved and updates.get("status") == JointSession.Status.DONE:
            record_finished_session(session_obj, now)
    return _session_reply(request, session_obj)


def record_finished_session(session_obj, ended_at) -> None:
    """Each side keeps their own record of a finished session: a done Check for a Connection Check,
    a vulnerability session in their practices history for the exercise."""
    from django.apps import apps

    if session_obj.practice == JointSession.Practice.CONNECTION_CHECK:
        joint_check.record_joint_check(session_obj, ended_at)
        return
    if session_obj.practice != JointSession.Practice.VULNERABILITY or not apps.is_installed("heartspace.practices"):
        return
    VulnerabilitySession = apps.get_model("practices", "VulnerabilitySession")
    link = session_obj.link
    for side in (link.owner, link.other):
        inviter = side.pk == session_obj.owner_id
        speaks_first = inviter != session_obj.invitee_first
        VulnerabilitySession.objects.create(
            owner=side, person=link.person_for(side), minutes_each=session_obj.minutes_each,
            first_speaker="me" if speaks_first else "them", stage="done",
            started_at=session_obj.created_at, ended_at=ended_at)


@login_required
@require_POST
def session_stop(request, joint_session_id):
    session_obj = get_session_for_user(request.user, joint_session_id)
    if session_obj.status in (JointSession.Status.INVITED, JointSession.Status.ACTIVE):
        JointSession.objects.filter(pk=session_obj.pk).update(status=JointSession.Status.STOPPED,
                                                              finished_at=timezone.now())
    messages.info(request, _("Stopped. You can start again whenever you both want."))
    return redirect("partners:link", link_id=session_obj.link_id)


# ---- the shared log (bids and the 5:1 balance) ----------------------------------------------

@login_required
@require_POST
def log_add(request, link_id):
    link = get_link_for_user(request.user, link_id)
    form = LogForm(request.POST)
    if form.is_valid():
        LinkLogEntry.objects.create(owner=request.user, link=link, what=form.cleaned_data["what"], tone=form.tone())
        messages.success(request, _("Logged on your shared view."))
    else:
        messages.error(request, _("Choose what happened from the list."))
    return redirect("partners:link", link_id=link.pk)


@login_required
@require_POST
def balance_target(request, link_id):
    link = get_link_for_user(request.user, link_id)
    form = BalanceTargetForm(request.POST)
    if form.is_valid():
        link.balance_target = form.cleaned_data["balance_target"]
        link.save(update_fields=["balance_target", "updated_at"])
        messages.success(request, _("Target saved for both of you."))
    else:
        messages.error(request, _("The target must be a whole number from 1 to 20."))
    return redirect("partners:link", link_id=link.pk)


# ---- shared rituals -------------------------------------------------------------------------

@login_required
def ritual_new(request, link_id):
    link = get_link_for_user(request.user, link_id)
    form = SharedRitualForm(request.POST or None, initial={"starts_on": request.user.local_today(),
                                                           "title": _("Our weekly check-in")})
    if request.method == "POST" and form.is_valid():
        ritual = form.save(commit=False)
        ritual.owner = request.user
        ritual.link = link
        ritual.time_zone = valid_zone(request.user.time_zone or "UTC")
        ritual.save()
        messages.success(request, _("Added for both of you."))
        return redirect("partners:link", link_id=link.pk)
    return render(request, "partners/ritual_form.html", {"form": form, "link": link, "name": _name(link, request.user)},
                  status=400 if form.errors else 200)


@login_required
def ritual_edit(request, shared_ritual_id):
    ritual = get_shared_ritual_for_user(request.user, shared_ritual_id)
    if ritual.ended_at is not None:
        messages.info(request, _("This shared ritual has ended."))
        return redirect("partners:link", link_id=ritual.link_id)
    form = SharedRitualForm(request.POST or None, instance=ritual)
    if request.method == "POST":
        if request.POST.get("end"):
            SharedRitual.objects.filter(pk=ritual.pk).update(ended_at=timezone.now())
            messages.success(request, _("Ended for both of you."))
            return redirect("partners:link", link_id=ritual.link_id)
        if form.is_valid():
            form.save()
            messages.success(request, _("Saved for both of you."))
            return redirect("partners:link", link_id=ritual.link_id)
    return render(request, "partners/ritual_form.html", {"form": form, "link": ritual.link, "ritual": ritual,
                                                         "name": _name(ritual.link, request.user)},
                  status=400 if form.errors else 200)
