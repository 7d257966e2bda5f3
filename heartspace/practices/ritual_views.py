"""Rituals: weekly check-ins, nightly gratitude, the monthly "state of the relationship"."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from heartspace.practices import content, recurrence, services
from heartspace.practices.access import get_ritual_for_user
from heartspace.practices.forms import OccurrenceForm, RitualForm
from heartspace.practices.models import Ritual, RitualOccurrence
from heartspace.practices.safety import pop_show_help, remember_if_serious


def _template_initial(kind: str, today: datetime.date) -> dict:
    template = content.RITUAL_TEMPLATES_BY_KIND.get(kind)
    initial = {"kind": kind or Ritual.Kind.WEEKLY_CHECKIN, "starts_on": today, "weekday": 6}
    if template:
        initial.update({
            "title": _(template.title), "agenda": _(template.agenda), "frequency": template.frequency,
            "duration_minutes": template.duration_minutes,
        })
        if template.kind == Ritual.Kind.NIGHTLY_GRATITUDE:
            initial["time_of_day"] = datetime.time(21, 30)
        if template.kind == Ritual.Kind.MONTHLY_STATE:
            initial.update({"month_mode": Ritual.MonthMode.NTH_WEEKDAY, "month_week": 1, "weekday": 6,
                            "time_of_day": datetime.time(19, 0)})
    return initial


@login_required
def rituals(request):
    user = request.user
    today = user.local_today()
    kind = request.GET.get("kind", Ritual.Kind.WEEKLY_CHECKIN)
    initial = _template_initial(kind, today)
    if request.GET.get("person", "").isdigit():
        initial["person"] = int(request.GET["person"])
    form = RitualForm(request.POST or None, user=user, initial=initial)
    if request.method == "POST" and form.is_valid():
        ritual = form.save(commit=False)
        ritual.owner = user
        ritual.save()
        messages.success(request, _("Ritual scheduled."))
        return redirect("practices:ritual_detail", ritual_id=ritual.pk)
    items = list(Ritual.objects.filter(owner=user).select_related("person")[:200])
    status = services.ritual_status(user, items, today)
    for ritual in items:
        ritual.status = status[ritual.pk]
    return render(request, "practices/rituals.html", {
        "form": form, "rituals": items, "templates": content.RITUAL_TEMPLATES, "kind": kind,
        "lookback_weeks": services.MISSED_LOOKBACK_DAYS // 7,
    }, status=400 if form.errors else 200)


@login_required
def ritual_detail(request, ritual_id):
    user = request.user
    ritual = get_ritual_for_user(user, ritual_id)
    today = user.local_today()
    start = today - datetime.timedelta(days=services.MISSED_LOOKBACK_DAYS)
    due = (recurrence.due_dates(ritual.rule(), services.counted_from(ritual, start, user.zoneinfo()), today)
           if ritual.is_active else [])
    default_day = due[-1] if due else today
    form = OccurrenceForm(request.POST or None, ritual=ritual, today=today,
                          initial={"due_on": request.GET.get("day") or default_day, "status": RitualOccurrence.Status.DONE})
    if request.method == "POST" and form.is_valid():
        day = form.cleaned_data["due_on"]
        RitualOccurrence.objects.update_or_create(
            owner=user, ritual=ritual, due_on=day,
            defaults={"status": form.cleaned_data["status"], "outcome": form.cleaned_data["outcome"]})
        remember_if_serious(request, form.cleaned_data["outcome"])
        messages.success(request, _("Recorded."))
        return redirect("practices:ritual_detail", ritual_id=ritual.pk)
    recorded = {o.due_on: o for o in RitualOccurrence.objects.filter(owner=user, ritual=ritual).order_by("-due_on")[:120]}
    timeline = [{"day": day, "occurrence": recorded.get(day),
                 "missed": day < today and (recorded.get(day) is None or recorded[day].status != RitualOccurrence.Status.DONE)}
                for day in reversed(due)]
    status = services.ritual_status(user, [ritual], today)[ritual.pk]
    shown = set(due)
    older = [o for day, o in recorded.items() if day not in shown]
    return render(request, "practices/ritual_detail.html", {
        "ritual": ritual, "form": form, "timeline": timeline, "status": status, "older": older,
        "lookback_weeks": services.MISSED_LOOKBACK_DAYS // 7, "show_help": pop_show_help(request),
    }, status=400 if form.errors else 200)


@login_required
def ritual_edit(request, ritual_id):
    user = request.user
    ritual = get_ritual_for_user(user, ritual_id)
    if request.method == "POST" and request.POST.get("action") in ("pause", "resume", "delete"):
        action = request.POST["action"]
        if action == "delete":
            ritual.delete()
            messages.success(request, _("Ritual removed."))
            return redirect("practices:rituals")
        ritual.paused_at = timezone.now() if action == "pause" else None
        if action == "resume":
            # Dates while it rested are not "missed": the schedule starts again from today.
            ritual.starts_on = max(ritual.starts_on, user.local_today())
        ritual.save(update_fields=["paused_at", "starts_on", "updated_at"])
        messages.success(request, _("Paused. Nothing is counted as missed while it rests.") if action == "pause"
                         else _("Welcome back. The ritual is on again."))
        return redirect("practices:ritual_detail", ritual_id=ritual.pk)
    form = RitualForm(request.POST or None, instance=ritual, user=user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved the ritual."))
        return redirect("practices:ritual_detail", ritual_id=ritual.pk)
    return render(request, "practices/ritual_edit.html", {"form": form, "ritual": ritual},
                  status=400 if form.errors else 200)
