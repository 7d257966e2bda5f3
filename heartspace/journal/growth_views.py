"""Individual growth: the HOW self-check and short self-compassion and soothing practices."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from heartspace.journal import feelings as vocabulary
from heartspace.journal import growth, soothing
from heartspace.journal.access import get_selfcheck_for_user
from heartspace.journal.forms import GrowthSettingsForm, PracticeLengthForm, PracticeLogForm, SelfCheckForm
from heartspace.journal.models import PracticeLog, SelfCheck
from heartspace.journal.services import growth_settings_for

HISTORY_SHOWN = 12


def _history(user, limit: int = HISTORY_SHOWN) -> list[dict]:
    """The last self-checks, oldest first, each with its change from the one before."""
    rows = list(SelfCheck.objects.filter(owner=user).order_by("-taken_on", "-created_at")[: limit + 1])
    rows.reverse()
    history = []
    previous = None
    for check in rows:
        scores = check.scores()
        history.append({"check": check, "scores": scores,
                        "bars": [(dim, scores[dim.key], int(round(scores[dim.key] * 20))) for dim in growth.DIMENSIONS],
                        "change": growth.change(previous, scores)})
        previous = scores
    return history[-limit:]


@login_required
def growth_home(request):
    return _growth_page(request)


def _growth_page(request, settings_form=None):
    settings = growth_settings_for(request.user)
    today = request.user.local_today()
    history = _history(request.user)
    last = history[-1]["check"] if history else None
    due = growth.next_due(last.taken_on if last else None, settings.selfcheck_every_days, today)
    since = today - datetime.timedelta(days=30)
    practice_counts = dict(
        PracticeLog.objects.filter(owner=request.user, done_on__gte=since, completed=True)
        .values_list("practice").annotate(n=Count("id")).values_list("practice", "n"))
    practices = [{"practice": p, "done_recently": practice_counts.get(p.key, 0), "url": reverse(f"journal:practice_{p.key}"),
                  "minutes": _format_minutes(p.default_seconds)} for p in soothing.PRACTICES]
    return render(request, "journal/growth.html", {
        "history": list(reversed(history)),
        "last": history[-1] if history else None,
        "due": due,
        "due_now": due <= today,
        "settings_form": settings_form or GrowthSettingsForm(instance=settings),
        "practices": practices,
        "dimensions": growth.DIMENSIONS,
        "gentle_step": growth.GENTLE_NEXT_STEPS[growth.lowest(history[-1]["scores"])] if history else "",
    })


@login_required
@require_POST
def growth_settings(request):
    settings = growth_settings_for(request.user)
    form = GrowthSettingsForm(request.POST, instance=settings)
    if form.is_valid():
        form.save()
        messages.success(request, _("Saved. The self-check will come round every %(n)s days.") % {"n": settings.selfcheck_every_days})
        return redirect("journal:growth")
    # Shown again with the message beside the field and what was typed still in it.
    return _growth_page(request, settings_form=form)


@login_required
@require_http_methods(["GET", "POST"])
def selfcheck_new(request):
    form = SelfCheckForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        scores = growth.score(form.answers())
        check = SelfCheck.objects.create(
            owner=request.user, taken_on=request.user.local_today(), answers=form.answers(),
            note=form.cleaned_data["note"], **scores)
        messages.success(request, _("Your HOW self-check is saved."))
        return redirect("journal:selfcheck_detail", selfcheck_id=check.pk)
    return render(request, "journal/selfcheck_form.html", {"form": form, "scale": growth.SCALE_LABELS})


@login_required
def selfcheck_detail(request, selfcheck_id):
    check = get_selfcheck_for_user(request.user, selfcheck_id)
    previous = (SelfCheck.objects.filter(owner=request.user)
                .filter(Q(taken_on__lt=check.taken_on) | Q(taken_on=check.taken_on, created_at__lt=check.created_at))
                .exclude(pk=check.pk).order_by("-taken_on", "-created_at").first())
    scores = check.scores()
    change = growth.change(previous.scores() if previous else None, scores)
    answers = check.answers or {}
    sections = [
        {"dimension": dim, "score": scores[dim.key], "change": change[dim.key],
         "answers": [(q.text, answers.get(q.key), growth.SCALE_LABELS.get(answers.get(q.key), "")) for q in growth.questions_for(dim.key)]}
        for dim in growth.DIMENSIONS
    ]
    lowest = growth.lowest(scores)
    return render(request, "journal/selfcheck_detail.html", {
        "check": check, "sections": sections, "previous": previous,
        "gentle_step": growth.GENTLE_NEXT_STEPS[lowest],
        "lowest": next(d for d in growth.DIMENSIONS if d.key == lowest),
    })


@login_required
@require_http_methods(["GET", "POST"])
def selfcheck_delete(request, selfcheck_id):
    check = get_selfcheck_for_user(request.user, selfcheck_id)
    if request.method == "POST":
        check.delete()
        messages.success(request, _("That self-check is deleted."))
        return redirect("journal:growth")
    return render(request, "journal/selfcheck_confirm_delete.html", {"check": check})


@login_required
@require_http_methods(["GET", "POST"])
def practice(request, practice_key):
    item = soothing.get(practice_key)
    if item is None:
        raise Http404
    seconds = item.default_seconds
    length_form = PracticeLengthForm(request.GET or None, initial={"minutes": item.default_seconds // 60})
    if request.GET and length_form.is_valid():
        seconds = soothing.clamp_seconds(length_form.cleaned_data["minutes"] * 60)
    if request.method == "POST":
        log_form = PracticeLogForm(request.POST)
        if log_form.is_valid():
            PracticeLog.objects.create(
                owner=request.user, practice=item.key, seconds=soothing.clamp_seconds(log_form.cleaned_data["seconds"]),
                completed=log_form.cleaned_data["completed"], done_on=request.user.local_today(),
                note=log_form.cleaned_data["note"])
            if log_form.cleaned_data["completed"]:
                messages.success(request, _("Well done. The practice is in your growth history."))
            else:
                messages.success(request, _("Saved. Stopping early is fine; any time you spent counts."))
            return redirect("journal:growth")
        messages.error(request, _("That could not be saved; please try again."))
    log_form = PracticeLogForm(initial={"seconds": seconds, "completed": False})
    sitting_with = vocabulary.describe(request.GET["feeling"][:80]) if request.GET.get("feeling", "").strip() else None
    recent = PracticeLog.objects.filter(owner=request.user, practice=item.key).order_by("-done_on", "-created_at")[:5]
    return render(request, "journal/practice.html", {
        "practice": item, "seconds": seconds, "minutes_label": _format_minutes(seconds),
        "length_form": length_form, "log_form": log_form, "recent": recent,
        "default_minutes": item.default_seconds // 60,
        "sitting_with": sitting_with,
    })


def _format_minutes(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"
