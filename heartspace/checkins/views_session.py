"""Connection Checks during and after: the guided session, the log, commitments, appreciation, follow-up."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.checkins import services
from heartspace.checkins.access import get_check_for_user, get_commitment_for_user, get_follow_up_for_user
from heartspace.checkins.forms import (
    NOTE_MAX,
    STORY_TEMPLATE,
    AppreciationForm,
    CommitmentForm,
    FollowUpForm,
    LogForm,
    StoryForm,
    story_emotion,
)
from heartspace.checkins.models import Check, Commitment, FollowUp
from heartspace.contacts.model import normalise_values
from heartspace.people.models import Person
from heartspace.people.services import BALANCE_DAYS, person_balance
from heartspace.practices.safety import is_serious, pop_show_help, remember_if_serious


@login_required
def guide(request, check_id):
    check = get_check_for_user(request.user, check_id)
    numbers = services.numbers_for(request.user, check.person)
    story_form = StoryForm(initial={"story": check.story, "emotion": story_emotion(check.story)} if check.story
                           else None, prefix="guide")
    questions = list(check.questions.all())
    return render(request, "checkins/guide.html", {
        "check": check, "person": check.person, "questions": questions,
        "privacy_choices": Person.Privacy.choices, "story_form": story_form,
        "appreciation_form": AppreciationForm(prefix="appreciation", limit=numbers.appreciation_words),
        "appreciation_words": numbers.appreciation_words,
        "session_seconds": check.duration_minutes * 60, "presence_seconds": check.presence_minutes * 60,
        "story_seconds": numbers.story_seconds,
        "story_clock": f"{numbers.story_seconds // 60}:{numbers.story_seconds % 60:02d}", "pause_seconds": numbers.pause_seconds,
        "started_ms": int(check.started_at.timestamp() * 1000) if check.started_at else "",
        # After a reload the card is still there for what was already written.
        "show_help": pop_show_help(request) or is_serious(check.story, *(q.note for q in questions)),
    })


@login_required
@require_POST
def guide_start(request, check_id):
    check = get_check_for_user(request.user, check_id)
    privacy = request.POST.get("privacy", "")
    if privacy not in Person.Privacy.values:
        return JsonResponse({"error": _("Agree together whether this stays between you first.")}, status=400)
    services.start_session(check, privacy)
    return JsonResponse({"started_ms": int(check.started_at.timestamp() * 1000), "privacy": check.privacy})


@login_required
@require_POST
def guide_save(request, check_id):
    """Saves a step as it completes: question outcome and note, the story draft, the step number."""
    check = get_check_for_user(request.user, check_id)
    errors = {}
    written = []  # what was typed in this save: a serious disclosure shows the help card, saved or not
    step = request.POST.get("step")
    if step is not None and step.isdigit():
        check.guide_step = min(int(step), 100)
    story = request.POST.get("story")
    if story is not None:
        written.append(story[:NOTE_MAX])
        if len(story) > NOTE_MAX:
            errors["story"] = _("Your story is too long to save; keep it to one scene.")
        else:
            # The untouched fill-in template is not a story: do not keep it as one.
            check.story = "" if story.strip() == STORY_TEMPLATE else story
    check.save(update_fields=["guide_step", "story", "updated_at"])
    question_id = request.POST.get("question")
    if question_id:
        question = check.questions.filter(pk=question_id if question_id.isdigit() else 0).first()
        if question is None:
            return JsonResponse({"error": _("That question is not part of this check.")}, status=404)
        outcome = request.POST.get("outcome")
        if outcome == "passed":
            question.passed, question.asked = True, False
        elif outcome == "asked":
            question.asked, question.passed = True, False
        note = request.POST.get("note")
        if note is not None:
            written.append(note[:NOTE_MAX])
            if len(note) > NOTE_MAX:
                errors["note"] = _("This note is too long to save; keep it to the key phrase and your summary.")
            else:
                question.note = note
        question.save(update_fields=["asked", "passed", "note", "updated_at"])
    show_help = is_serious(*written)
    if errors:
        return JsonResponse({"error": " ".join(errors.values()), "fields": errors, "help": show_help}, status=400)
    return JsonResponse({"ok": True, "step": check.guide_step, "help": show_help})


@login_required
@require_POST
def guide_end(request, check_id):
    check = get_check_for_user(request.user, check_id)
    services.end_session(check)
    limit = services.numbers_for(request.user, check.person).appreciation_words
    form = AppreciationForm(request.POST, prefix="appreciation", limit=limit)
    if request.POST.get("appreciation-text", "").strip():
        if form.is_valid():
            services.save_appreciation(request.user, check.person, form.cleaned_data["text"], check)
            messages.success(request, _("Session ended and your appreciation saved."))
        else:
            # Keep what they typed: it moves to the after page, where the limit can be fixed.
            request.session[f"appreciation-draft-{check.pk}"] = request.POST.get("appreciation-text", "")[:2000]
            messages.warning(request, _("Session ended. Your appreciation is over %(n)s words; trim it below.")
                             % {"n": limit})
    else:
        messages.success(request, _("Session ended. Take a minute to log how it went."))
    return redirect("checkins:after", check_id=check.pk)


def _after_forms(request, check, numbers, bound_action=None):
    user = request.user
    data = request.POST if bound_action else None
    draft = request.session.pop(f"appreciation-draft-{check.pk}", None)
    forms = {
        "log": LogForm(data if bound_action == "log" else None, instance=check, prefix="log"),
        "commitment": CommitmentForm(data if bound_action == "commitment" else None, prefix="commitment",
                                     today=user.local_today(), days=numbers.commitment_days,
                                     initial={"due_on": services.default_due_on(user, numbers.commitment_days)}),
        "appreciation": AppreciationForm(data if bound_action == "appreciation" else
                                         ({"appreciation-text": draft} if draft else None), prefix="appreciation",
                                         limit=numbers.appreciation_words),
        "follow_up": FollowUpForm(data if bound_action == "follow_up" else None, prefix="follow_up",
                                  under=numbers.follow_up_words),
    }
    return forms


def _follow_up_parts(text: str) -> dict:
    """What the text coach recognises in a follow-up (a ticked box always counts too)."""
    try:
        from heartspace.coach import analyze
        result = analyze(text, kind="follow_up")
    except Exception:  # noqa: BLE001 - the coach is advice; saving must never depend on it
        result = {}

    def flag(value):
        return bool(value.get("flag", False)) if isinstance(value, dict) else bool(value)

    return {part: flag(result.get(part)) for part in ("highlight", "action", "question")}


@login_required
def after(request, check_id):
    user = request.user
    check = get_check_for_user(user, check_id)
    action = request.POST.get("action") if request.method == "POST" else None
    if action not in (None, "log", "commitment", "appreciation", "follow_up"):
        action = None
    numbers = services.numbers_for(user, check.person)
    forms = _after_forms(request, check, numbers, action)
    if action:
        form = forms[action]
        if form.is_valid():
            if action == "log":
                logged = form.save(commit=False)
                logged.status = Check.Status.DONE
                logged.logged_at = timezone.now()
                logged.ended_at = logged.ended_at or timezone.now()
                logged.save()
                remember_if_serious(request, logged.notes)
                messages.success(request, _("Logged. Now one small commitment."))
            elif action == "commitment":
                Commitment.objects.create(owner=user, person=check.person, connection_check=check,
                                          text=form.cleaned_data["text"], due_on=form.cleaned_data["due_on"])
                messages.success(request, _("Commitment saved. It is on your home page until it is done."))
            elif action == "appreciation":
                services.save_appreciation(user, check.person, form.cleaned_data["text"], check)
                messages.success(request, _("Appreciation saved, and a positive moment logged."))
            else:
                data = form.cleaned_data
                found = _follow_up_parts(data["text"])
                FollowUp.objects.create(owner=user, person=check.person, connection_check=check, text=data["text"],
                                        has_highlight=data["has_highlight"] or found["highlight"],
                                        has_action=data["has_action"] or found["action"],
                                        has_question=data["has_question"] or found["question"])
                messages.success(request, _("Follow-up saved. Copy it or open it in your messages app to send."))
            return redirect(f"{request.path}#{action}")
    # After a save (or a log that could not be saved yet), serious notes show the help card.
    show_help = pop_show_help(request) or (action == "log" and is_serious(request.POST.get("log-notes", "")[:NOTE_MAX]))
    person = check.person
    phones, emails = normalise_values(person.phones), normalise_values(person.emails)
    return render(request, "checkins/after.html", {
        "sms_to": phones[0]["value"].replace(" ", "") if phones else "",
        "email_to": emails[0]["value"] if emails else "",
        "check": check, "person": person, "forms": forms,
        "commitments": list(check.commitments.all()[:10]),
        "appreciations": list(check.appreciations.all()[:5]),
        "follow_ups": list(check.follow_ups.all()[:5]),
        "balance": person_balance(user, person), "balance_days": BALANCE_DAYS,
        "next": request.path, "numbers": numbers,
        "today": user.local_today(), "show_help": show_help,
    })


@login_required
@require_POST
def commitment_done(request, commitment_id):
    commitment = get_commitment_for_user(request.user, commitment_id)
    done = request.POST.get("done") == "1"
    if request.POST.get("cancel") == "1":
        commitment.cancelled = True
        commitment.save(update_fields=["cancelled", "updated_at"])
        messages.success(request, _("Commitment dropped."))
    else:
        services.set_commitment_done(commitment, done)
        messages.success(request, _("Marked done. Nice.") if done else _("Marked not done yet."))
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                                  require_https=request.is_secure()):
        return redirect(target)
    return redirect("people:detail", person_id=commitment.person_id)


@login_required
@require_POST
def follow_up_sent(request, follow_up_id):
    follow_up = get_follow_up_for_user(request.user, follow_up_id)
    if not follow_up.sent_at:
        follow_up.sent_at = timezone.now()
        follow_up.save(update_fields=["sent_at", "updated_at"])
    if request.headers.get("HX-Request"):
        return render(request, "checkins/follow_up_sent.html", {"follow_up": follow_up})
    messages.success(request, _("Marked as sent."))
    if follow_up.connection_check_id:
        return redirect("checkins:after", check_id=follow_up.connection_check_id)
    return redirect("people:detail", person_id=follow_up.person_id)
