"""Connection Checks before the session: the list, scheduling, preparation, saved questions, tension scripts."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from heartspace.checkins import question_bank, scheduling, services, why
from heartspace.checkins.access import get_check_for_user, get_custom_question_for_user
from heartspace.checkins.forms import (
    AvailabilityFormSet,
    CheckSettingsForm,
    CustomQuestionForm,
    NewCheckForm,
    SkipForm,
    TensionForm,
    WhenForm,
    WriteQuestionForm,
)
from heartspace.checkins.models import Check, CheckQuestion, CustomQuestion
from heartspace.people.access import get_person_for_user, people_for_user
from heartspace.practices.safety import is_serious, pop_show_help, remember_if_serious

DEPTH_REASONS = {
    "no_history": gettext_lazy("No finished checks with them yet, so start light."),
    "too_deep": gettext_lazy("Last time went further than felt comfortable, so one step lighter."),
    "many_passes": gettext_lazy("More than half the questions were passed last time, so one step lighter."),
    "too_light": gettext_lazy("The last two stayed on the surface, so one step deeper."),
    "going_well": gettext_lazy("The last two were meaningful with nothing passed, so one step deeper, if you both want it."),
    "steady": gettext_lazy("Staying at the same depth as last time."),
    "reassessment_up": gettext_lazy("Your reassessment chose to go one step deeper with them."),
    "reassessment_down": gettext_lazy("Your reassessment chose to keep things one step lighter with them."),
}


@login_required
def check_list(request):
    user = request.user
    now = timezone.now()
    base = Check.objects.filter(owner=user, person__archived_at__isnull=True).select_related("person")
    proposed = list(base.filter(status=Check.Status.PROPOSED, scheduled_for__gte=now).order_by("scheduled_for")[:30])
    upcoming = list(base.filter(status=Check.Status.SCHEDULED, scheduled_for__gte=now - datetime.timedelta(hours=12))
                    .order_by("scheduled_for")[:30])
    overdue = list(base.filter(status__in=[Check.Status.SCHEDULED, Check.Status.PROPOSED],
                               scheduled_for__lt=now - datetime.timedelta(hours=12)).order_by("-scheduled_for")[:20])
    past = list(base.filter(status__in=[Check.Status.DONE, Check.Status.SKIPPED]).order_by("-scheduled_for")[:15])
    people = list(people_for_user(user).filter(wants_closer=True).only("pk", "name"))
    numbers = services.settings_for(user)
    return render(request, "checkins/list.html", {
        "questions_per_check": numbers.questions_per_check,
        "no_free_time": scheduling.availability_problem(numbers.windows()) == "none",
        "proposed": proposed, "upcoming": upcoming, "overdue": overdue, "past": past, "people": people})


@login_required
@require_POST
def propose_all(request):
    total = 0
    for person in people_for_user(request.user).filter(wants_closer=True):
        total += len(services.propose_for_person(request.user, person))
    if total:
        messages.success(request, _("%(n)s dates proposed. Accept, move or skip each one.") % {"n": total})
    elif not _warn_no_availability(request, people_for_user(request.user).filter(wants_closer=True)):
        messages.info(request, _("Everyone already has their checks for this month and next."))
    return redirect("checkins:list")


NO_AVAILABILITY = {
    "none": gettext_lazy("No dates proposed: you have no free time set for Connection Checks. "
                         "Add when you are free, and dates will be proposed inside it."),
    "too_short": gettext_lazy("No dates proposed: none of your free times is long enough for a whole check. "
                              "Make one longer, or shorten the check on the person's page."),
}


def _warn_no_availability(request, people) -> bool:
    problem = services.availability_problem(request.user, list(people))
    if problem:
        messages.warning(request, NO_AVAILABILITY[problem])
    return bool(problem)


@login_required
@require_POST
def accept_all(request):
    accepted = Check.objects.filter(owner=request.user, status=Check.Status.PROPOSED,
                                    scheduled_for__gte=timezone.now()).update(status=Check.Status.SCHEDULED,
                                                                               updated_at=timezone.now())
    messages.success(request, _("%(n)s proposed dates accepted.") % {"n": accepted})
    return redirect("checkins:list")


@login_required
@require_POST
def propose(request, person_id):
    person = get_person_for_user(request.user, person_id)
    created = services.propose_for_person(request.user, person)
    if created:
        messages.success(request, _("%(n)s dates proposed for %(name)s. Accept, move or skip each one.")
                         % {"n": len(created), "name": person.name})
    elif not _warn_no_availability(request, [person]):
        messages.info(request, _("%(name)s already has their checks for this month and next.") % {"name": person.name})
    return redirect("people:detail", person_id=person.pk)


def _when_initial(user, person):
    tomorrow = user.local_today() + datetime.timedelta(days=1)
    return {"date": tomorrow, "time": person.preferred_time or datetime.time(18, 0)}


@login_required
def check_new(request, person_id):
    person = get_person_for_user(request.user, person_id)
    form = NewCheckForm(request.POST if request.method == "POST" else None, zone=request.user.zoneinfo(),
                        now=timezone.now(), initial=_when_initial(request.user, person))
    if request.method == "POST" and form.is_valid():
        when = form.cleaned_data["when"]
        if form.cleaned_data["already_happened"]:
            check = services.new_check(request.user, person, when, status=Check.Status.DONE)
            check.started_at = when
            check.save(update_fields=["started_at"])
            messages.success(request, _("Added. Now log how it went."))
            return redirect("checkins:after", check_id=check.pk)
        check = services.new_check(request.user, person, when)
        messages.success(request, _("Connection Check scheduled."))
        return redirect("checkins:detail", check_id=check.pk)
    return render(request, "checkins/when.html", {"form": form, "person": person, "title": _("Schedule a Connection Check")})


@login_required
def check_detail(request, check_id):
    check = get_check_for_user(request.user, check_id)
    questions = list(check.questions.all())
    return render(request, "checkins/detail.html", {
        "check": check, "questions": questions, "skip_form": SkipForm(),
        "commitments": list(check.commitments.all()[:10]), "show_help": pop_show_help(request),
    })


@login_required
@require_POST
def check_accept(request, check_id):
    check = get_check_for_user(request.user, check_id)
    if check.status == Check.Status.PROPOSED:
        check.status = Check.Status.SCHEDULED
        check.save(update_fields=["status", "updated_at"])
        messages.success(request, _("Accepted. It is on your list as a Connection Check."))
    if request.POST.get("back") == "list":
        return redirect("checkins:list")
    return redirect("checkins:detail", check_id=check.pk)


@login_required
def check_move(request, check_id):
    check = get_check_for_user(request.user, check_id)
    zone = request.user.zoneinfo()
    local = check.scheduled_for.astimezone(zone)
    form = WhenForm(request.POST if request.method == "POST" else None, zone=zone, now=timezone.now(),
                    initial={"date": local.date(), "time": local.time().replace(second=0, microsecond=0)})
    if request.method == "POST" and form.is_valid():
        check.scheduled_for = form.cleaned_data["when"]
        check.proposal = {}  # the user's own pick now: the reasons for the old date no longer apply
        if check.status in (Check.Status.PROPOSED, Check.Status.SKIPPED):
            check.status = Check.Status.SCHEDULED
        check.save(update_fields=["scheduled_for", "status", "proposal", "updated_at"])
        messages.success(request, _("Moved."))
        return redirect("checkins:detail", check_id=check.pk)
    return render(request, "checkins/when.html", {"form": form, "person": check.person, "check": check,
                                                  "title": _("Move this Connection Check")})


@login_required
def check_skip(request, check_id):
    check = get_check_for_user(request.user, check_id)
    form = SkipForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        services.skip(check, form.cleaned_data["reason"])
        remember_if_serious(request, form.cleaned_data["reason"])
        messages.success(request, _("Skipped. That is counted, not judged."))
        return redirect("checkins:detail", check_id=check.pk)
    show_help = request.method == "POST" and is_serious(request.POST.get("reason", "")[:5000])
    return render(request, "checkins/skip.html", {"form": form, "check": check, "show_help": show_help})


@login_required
def check_prepare(request, check_id):
    user = request.user
    check = get_check_for_user(user, check_id)
    person = check.person
    write_form = WriteQuestionForm(prefix="write")
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "seed":
            added = services.add_seed_questions(user, check)
            messages.success(request, _("Added the three starter questions.") if added == 3
                             else _("Added %(n)s starter questions.") % {"n": added})
            return redirect("checkins:prepare", check_id=check.pk)
        if action == "bank":
            question = question_bank.BY_KEY.get(request.POST.get("key", ""))
            if question is None:
                messages.error(request, _("That question is not in the bank any more. Pick another."))
            else:
                source = CheckQuestion.Source.SEED if question["key"].startswith("seed-") else CheckQuestion.Source.BANK
                services.add_question(user, check, question["text"], question["depth"], question["topic"], source,
                                      question["key"])
            return redirect("checkins:prepare", check_id=check.pk)
        if action == "custom":
            custom = get_custom_question_for_user(user, request.POST.get("custom_question"))
            services.add_question(user, check, custom.text, custom.depth, custom.topic, CheckQuestion.Source.CUSTOM)
            return redirect("checkins:prepare", check_id=check.pk)
        if action == "remove":
            check.questions.filter(pk=request.POST.get("question") or 0).delete()
            return redirect("checkins:prepare", check_id=check.pk)
        if action == "write":
            write_form = WriteQuestionForm(request.POST, prefix="write")
            if write_form.is_valid():
                data = write_form.cleaned_data
                services.add_question(user, check, data["text"], data["depth"], "", CheckQuestion.Source.CUSTOM)
                if data["save_for_later"]:
                    CustomQuestion.objects.get_or_create(owner=user, text=data["text"], defaults={"depth": data["depth"]})
                messages.success(request, _("Question added."))
                return redirect("checkins:prepare", check_id=check.pk)
    questions = list(check.questions.all())
    advice = services.depth_advice(user, person)
    asked_keys, asked_texts = services.asked_before(user, person, exclude_check=check)
    here_keys = {q.bank_key for q in questions if q.bank_key}
    here_texts = {q.text.casefold() for q in questions}
    suggestions = question_bank.suggest(person.kind, advice.depth, asked_keys | here_keys, asked_texts | here_texts)
    other_depths = {d: question_bank.suggest(person.kind, d, asked_keys | here_keys, asked_texts | here_texts, limit=4)
                    for d in question_bank.DEPTHS if d != advice.depth}
    seeds_missing = [q for q in question_bank.SEED_QUESTIONS if q["key"] not in here_keys]
    custom = list(CustomQuestion.objects.filter(owner=user)[:30])
    return render(request, "checkins/prepare.html", {
        "check": check, "person": person, "questions": questions, "advice": advice,
        "advice_reason": DEPTH_REASONS.get(advice.reason, ""), "suggestions": suggestions,
        "other_depths": other_depths, "seeds_missing": seeds_missing, "custom": custom, "write_form": write_form,
        "target": services.numbers_for(user, check.person).questions_per_check, "asked_before_count": len(asked_keys),
    })


@login_required
def custom_questions(request):
    form = CustomQuestionForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        question = form.save(commit=False)
        question.owner = request.user
        question.save()
        messages.success(request, _("Saved to your questions."))
        return redirect("checkins:questions")
    return render(request, "checkins/questions.html", {
        "form": form, "custom": list(CustomQuestion.objects.filter(owner=request.user)[:200]),
        "bank": question_bank.QUESTIONS, "seeds": question_bank.SEED_QUESTIONS, "topics": question_bank.TOPICS})


@login_required
@require_POST
def custom_question_delete(request, custom_question_id):
    get_custom_question_for_user(request.user, custom_question_id).delete()
    messages.success(request, _("Question removed from your list."))
    return redirect("checkins:questions")


@login_required
def tension(request, person_id):
    person = get_person_for_user(request.user, person_id)
    check = None
    check_id = request.GET.get("check") or request.POST.get("check")
    if check_id:
        try:
            check = get_check_for_user(request.user, check_id)
        except Http404:
            check = None
    form = TensionForm(request.POST if request.method == "POST" else None, user=request.user, initial={"person": person})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        script = services.save_tension_script(request.user, data["person"], data["emotion"], data["behavior"],
                                              data["remedy"], check)
        if data["text"].strip():
            script.text = data["text"].strip()
            script.save(update_fields=["text", "updated_at"])
        remember_if_serious(request, script.emotion, script.behavior, script.remedy, script.text)
        messages.success(request, _("Script saved, and a corrective moment logged. Keep it to this one issue when you talk."))
        return redirect("people:detail", person_id=data["person"].pk)
    recent = list(person.tension_scripts.filter(owner=request.user)[:5])
    show_help = request.method == "POST" and is_serious(
        *(request.POST.get(name, "")[:5000] for name in ("emotion", "behavior", "remedy", "text")))
    return render(request, "checkins/tension.html", {"form": form, "person": person, "check": check, "recent": recent,
                                                     "show_help": show_help})


@login_required
def practice_settings(request):
    """The seed's numbers for the practice: shown with their defaults, changeable."""
    current = services.settings_for(request.user)
    form = CheckSettingsForm(request.POST if request.method == "POST" else None, instance=current)
    if request.method == "POST" and form.is_valid():
        numbers = form.save(commit=False)
        numbers.owner = request.user
        numbers.save()
        messages.success(request, _("Saved. New sessions use these numbers."))
        return redirect("checkins:settings")
    return render(request, "checkins/settings.html", {"form": form})


@login_required
def availability(request):
    """When the user is free for Connection Checks: proposals fall inside these times."""
    current = services.settings_for(request.user)
    initial = [w.as_dict() for w in current.windows()]
    action = request.POST.get("action") if request.method == "POST" else None
    formset = AvailabilityFormSet(request.POST if action == "save" else None, prefix="free",
                                  initial=[{"weekday": str(w["weekday"]), "start": w["start"], "end": w["end"]}
                                           for w in initial])
    if action in ("default", "clear") or (action == "save" and formset.is_valid()):
        if action == "default":
            current.availability = None
            messages.success(request, _("Back to the suggested free times."))
        elif action == "clear":
            current.availability = []
            messages.success(request, _("No free times kept. Nothing is proposed until you add some."))
        else:
            current.availability = formset.windows()
            messages.success(request, _("Saved. New proposals fall inside these times.") if current.availability
                             else _("No free times kept. Nothing is proposed until you add some."))
        current.owner = request.user
        current.save()
        return redirect("checkins:availability")
    return render(request, "checkins/availability.html", {
        "formset": formset, "is_default": current.availability_is_default,
        "problem": scheduling.availability_problem(current.windows(), 30),
        "suggested": [why.window_label(w) for w in scheduling.DEFAULT_WINDOWS],
    }, status=400 if formset.is_bound and not formset.is_valid() else 200)
