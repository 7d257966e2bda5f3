"""Conflict rules per relationship, and time-outs with a calm-down timer."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Max
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.people.access import get_person_for_user, people_for_user
from heartspace.practices import content, services
from heartspace.practices.access import get_rule_for_user, get_timeout_for_user
from heartspace.practices.forms import ConflictRuleForm, ResolveForm, TimeOutForm
from heartspace.practices.models import ConflictRule, TimeOut
from heartspace.practices.safety import pop_show_help, remember_if_serious

EXTEND_MINUTES = 10


def _rules_page(request, person):
    user = request.user
    rules = services.seed_conflict_rules(user, person)
    form = ConflictRuleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        last = ConflictRule.objects.filter(owner=user, person=person).aggregate(m=Max("position"))["m"]
        ConflictRule.objects.create(owner=user, person=person, text=form.cleaned_data["text"],
                                    position=(last or 0) + 1)
        messages.success(request, _("Added the rule."))
        return redirect(_rules_url(person))
    settings = services.settings_for(user)
    timeout_form = TimeOutForm(user=user, initial={"minutes": settings.timeout_minutes,
                                                   "person": person.pk if person else None})
    return render(request, "practices/rules.html", {
        "person": person, "rules": rules, "form": form, "timeout_form": timeout_form,
        "people": people_for_user(user)[:100],
        "unresolved": list(services.unresolved_timeouts(user, limit=10)),
    }, status=400 if form.errors else 200)


def _rules_url(person):
    from django.urls import reverse
    return reverse("practices:rules_person", kwargs={"person_id": person.pk}) if person else reverse("practices:rules")


@login_required
def rules(request):
    return _rules_page(request, None)


@login_required
def rules_person(request, person_id):
    return _rules_page(request, get_person_for_user(request.user, person_id))


@login_required
def rule_edit(request, rule_id):
    user = request.user
    rule = get_rule_for_user(user, rule_id)
    person = rule.person if rule.person_id and rule.person.owner_id == user.pk else None
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "delete":
        rule.removed_at = timezone.now()
        rule.save(update_fields=["removed_at", "updated_at"])
        messages.success(request, _("Removed the rule."))
        return redirect(_rules_url(person))
    if action in ("up", "down"):
        siblings = list(ConflictRule.objects.filter(owner=user, person_id=rule.person_id, removed_at__isnull=True))
        index = next(i for i, r in enumerate(siblings) if r.pk == rule.pk)
        other = index - 1 if action == "up" else index + 1
        if 0 <= other < len(siblings):
            siblings[index], siblings[other] = siblings[other], siblings[index]
            for position, item in enumerate(siblings):
                item.position = position
            ConflictRule.objects.bulk_update(siblings, ["position"])
        return redirect(_rules_url(person))
    form = ConflictRuleForm(request.POST or None, instance=rule)
    if request.method == "POST" and form.is_valid():
        updated = form.save(commit=False)
        updated.seed_key = ""  # now in the user's own words: shown as written, never translated
        updated.save()
        messages.success(request, _("Saved the rule."))
        return redirect(_rules_url(person))
    return render(request, "practices/rule_edit.html", {"form": form, "rule": rule, "person": person},
                  status=400 if form.errors else 200)


@login_required
def timeouts(request):
    """GET: every time-out, unresolved first. POST: start one now."""
    user = request.user
    settings = services.settings_for(user)
    form = TimeOutForm(request.POST or None, user=user, initial={"minutes": settings.timeout_minutes})
    if request.method == "POST" and form.is_valid():
        timeout = services.start_timeout(user, form.cleaned_data.get("person"), form.cleaned_data["minutes"],
                                         form.cleaned_data.get("topic", ""))
        remember_if_serious(request, timeout.topic)
        return redirect("practices:timeout_detail", timeout_id=timeout.pk)
    unresolved = list(services.unresolved_timeouts(user, limit=50))
    resolved = list(TimeOut.objects.filter(owner=user, resolved_at__isnull=False).select_related("person")[:30])
    return render(request, "practices/timeouts.html", {
        "form": form, "unresolved": unresolved, "resolved": resolved, "now": timezone.now(),
        "show_help": pop_show_help(request),
    }, status=400 if form.errors else 200)


@login_required
def timeout_detail(request, timeout_id):
    user = request.user
    timeout = get_timeout_for_user(user, timeout_id)
    form = ResolveForm(request.POST or None, initial={"resolution": timeout.resolution})
    if request.method == "POST":
        if request.POST.get("action") == "extend" and not timeout.resolved_at:
            # More calm-down time: the come-back reminder moves with it.
            now = timezone.now()
            timeout.return_by = max(timeout.return_by, now) + datetime.timedelta(minutes=EXTEND_MINUTES)
            timeout.minutes = min(240, timeout.minutes + EXTEND_MINUTES)
            timeout.save(update_fields=["return_by", "minutes", "updated_at"])
            messages.success(request, _("Ten more minutes. Take the time you need."))
            return redirect("practices:timeout_detail", timeout_id=timeout.pk)
        if request.POST.get("action") == "reopen":
            timeout.resolved_at = None
            timeout.save(update_fields=["resolved_at", "updated_at"])
            return redirect("practices:timeout_detail", timeout_id=timeout.pk)
        if form.is_valid():
            timeout.resolution = form.cleaned_data["resolution"]
            timeout.resolved_at = timezone.now()
            timeout.save(update_fields=["resolution", "resolved_at", "updated_at"])
            remember_if_serious(request, timeout.resolution)
            messages.success(request, _("Marked as resolved. Coming back to it takes courage."))
            return redirect("practices:timeouts")
    now = timezone.now()
    remaining = max(0, int((timeout.return_by - now).total_seconds()))
    return render(request, "practices/timeout_detail.html", {
        "timeout": timeout, "form": form, "remaining": remaining,
        "remaining_label": f"{remaining // 60}:{remaining % 60:02d}", "total_seconds": timeout.minutes * 60,
        "soothing": content.soothing_for(timeout.pk), "past_return": now >= timeout.return_by,
        "show_help": pop_show_help(request),
    }, status=400 if form.errors else 200)


@login_required
@require_POST
def timeout_resolve(request, timeout_id):
    """A one-tap "we came back to it" from lists (the detail page has the longer form)."""
    timeout = get_timeout_for_user(request.user, timeout_id)
    if not timeout.resolved_at:
        timeout.resolved_at = timezone.now()
        timeout.save(update_fields=["resolved_at", "updated_at"])
        messages.success(request, _("Marked as resolved."))
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure())
    return redirect(target if target and safe else "practices:timeouts")
