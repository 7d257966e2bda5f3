"""People: list, add, edit, archive, delete, the person page and the one-tap interaction log."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.people import services
from heartspace.people.access import get_interaction_for_user, get_person_for_user, people_for_user
from heartspace.people.forms import PERSON_NUMBER_LABELS, PERSON_TARGET_LABELS, WEEKDAYS, DeletePersonForm, PersonForm
from heartspace.people.models import Interaction
from heartspace.practices.safety import is_serious, pop_show_help, remember_if_serious


def _insights_url(person_id) -> str | None:
    try:
        return reverse("insights:person", kwargs={"person_id": person_id})
    except NoReverseMatch:
        return None


def _my_numbers(user):
    from heartspace.checkins.services import settings_for

    return settings_for(user)


def _my_targets(user):
    """The user's metric targets (the seed defaults, unsaved, until they change one)."""
    from heartspace.insights.models import InsightSettings

    return InsightSettings.objects.filter(owner=user).first() or InsightSettings(owner=user)


@login_required
def person_list(request):
    now = timezone.now()
    from heartspace.checkins.models import Check, Commitment

    open_statuses = [Check.Status.SCHEDULED, Check.Status.PROPOSED]
    # Subqueries, not joins: a long history must not multiply rows (checks x commitments).
    next_check = (Check.objects.filter(owner=request.user, person=OuterRef("pk"), status__in=open_statuses,
                                       scheduled_for__gte=now).order_by("scheduled_for").values("scheduled_for")[:1])
    open_commitments = (Commitment.objects.filter(owner=request.user, person=OuterRef("pk"), done_at__isnull=True,
                                                  cancelled=False).order_by().values("person")
                        .annotate(n=Count("pk")).values("n")[:1])
    people = (people_for_user(request.user, include_archived=True)
              .annotate(next_check=Subquery(next_check),
                        open_commitments=Coalesce(Subquery(open_commitments), 0))
              .defer("photo", "notes", "safety_note"))
    active = [p for p in people if not p.archived_at]
    archived = [p for p in people if p.archived_at]
    return render(request, "people/list.html", {"active": active, "archived": archived})


@login_required
def person_add(request):
    form = PersonForm(request.POST if request.method == "POST" else None, defaults=_my_numbers(request.user),
                      targets=_my_targets(request.user))
    if request.method == "POST" and form.is_valid():
        person = form.save(commit=False)
        person.owner = request.user
        person.save()
        remember_if_serious(request, person.notes, person.safety_note)
        messages.success(request, _("%(name)s added.") % {"name": person.name})
        return redirect("people:detail", person_id=person.pk)
    return render(request, "people/form.html", {"form": form, "adding": True, "show_help": _typed_serious(request)})


@login_required
def person_edit(request, person_id):
    person = get_person_for_user(request.user, person_id)
    form = PersonForm(request.POST if request.method == "POST" else None, instance=person,
                      defaults=_my_numbers(request.user), targets=_my_targets(request.user))
    if request.method == "POST" and form.is_valid():
        form.save()
        remember_if_serious(request, person.notes, person.safety_note)
        messages.success(request, _("Saved."))
        return redirect("people:detail", person_id=person.pk)
    return render(request, "people/form.html", {"form": form, "person": person, "adding": False,
                                                "show_help": _typed_serious(request)})


def _typed_serious(request) -> bool:
    """A form that could not be saved yet still shows the help card for what was typed."""
    return request.method == "POST" and is_serious(request.POST.get("notes", "")[:5000],
                                                   request.POST.get("safety_note", "")[:5000])


@login_required
def person_detail(request, person_id):
    from heartspace.checkins.models import Check, Commitment

    person = get_person_for_user(request.user, person_id)
    user = request.user
    upcoming = list(Check.objects.filter(owner=user, person=person,
                                         status__in=[Check.Status.SCHEDULED, Check.Status.PROPOSED])
                    .order_by("scheduled_for")[:6])
    recent = list(Check.objects.filter(owner=user, person=person,
                                       status__in=[Check.Status.DONE, Check.Status.SKIPPED])
                  .order_by("-scheduled_for")[:5])
    commitments = list(Commitment.objects.filter(owner=user, person=person, done_at__isnull=True, cancelled=False)
                       .order_by("due_on")[:10])
    interactions = list(Interaction.objects.filter(owner=user, person=person).order_by("-occurred_at")[:8])
    skipped_recently = Check.objects.filter(owner=user, person=person, status=Check.Status.SKIPPED,
                                            scheduled_for__gte=timezone.now() - datetime.timedelta(days=90)).count()
    return render(request, "people/detail.html", {
        "person": person,
        "show_help": pop_show_help(request),
        "upcoming": upcoming,
        "recent": recent,
        "commitments": commitments,
        "interactions": interactions,
        "balance": services.person_balance(user, person),
        "balance_days": services.BALANCE_DAYS,
        "insights_url": _insights_url(person.pk),
        "today": user.local_today(),
        "skipped_recently": skipped_recently,
        "weekday_names": [str(label) for value, label in WEEKDAYS if int(value) in person.weekday_list()],
        "own_numbers": [(label, person.check_numbers[name])
                        for name, label in [*PERSON_NUMBER_LABELS.items(), *PERSON_TARGET_LABELS.items()]
                        if isinstance((person.check_numbers or {}).get(name), int)],
    })


@login_required
@require_POST
def person_archive(request, person_id):
    person = get_person_for_user(request.user, person_id)
    if person.is_archived:
        services.unarchive(person)
        messages.success(request, _("%(name)s is back in your list.") % {"name": person.name})
    else:
        services.archive(person)
        messages.success(request, _("%(name)s is archived. Their history is kept; you can bring them back any time.")
                         % {"name": person.name})
    return redirect("people:detail", person_id=person.pk)


@login_required
def person_delete(request, person_id):
    person = get_person_for_user(request.user, person_id)
    form = DeletePersonForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["choice"] == DeletePersonForm.KEEP:
            services.archive(person)
            messages.success(request, _("%(name)s is archived and their history is kept.") % {"name": person.name})
            return redirect("people:detail", person_id=person.pk)
        name = person.name
        person.delete()
        messages.success(request, _("%(name)s and their history are deleted.") % {"name": name})
        return redirect("people:list")
    return render(request, "people/delete.html", {
        "person": person, "form": form, "counts": services.history_counts(request.user, person)})


@login_required
@require_POST
def interaction_log(request, person_id):
    person = get_person_for_user(request.user, person_id)
    tone = request.POST.get("tone")
    if tone not in Interaction.Tone.values:
        if request.headers.get("HX-Request"):
            return render(request, "people/balance.html", {
                "person": person, "balance": services.person_balance(request.user, person),
                "balance_days": services.BALANCE_DAYS, "balance_error": _("Choose positive or corrective.")},
                status=400)
        messages.error(request, _("Choose positive or corrective."))
        return redirect("people:detail", person_id=person.pk)
    services.log_interaction(request.user, person, tone)
    if request.headers.get("HX-Request"):
        return render(request, "people/balance.html", {
            "person": person, "balance": services.person_balance(request.user, person),
            "balance_days": services.BALANCE_DAYS, "just_logged": tone})
    messages.success(request, _("Logged."))
    return redirect(request.POST.get("next") if _safe_next(request) else reverse("people:detail", args=[person.pk]))


def _safe_next(request) -> bool:
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next")
    return bool(target) and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})


@login_required
@require_POST
def interaction_delete(request, interaction_id):
    interaction = get_interaction_for_user(request.user, interaction_id)
    person_id = interaction.person_id
    interaction.delete()
    messages.success(request, _("Removed that entry."))
    return redirect("people:detail", person_id=person_id)
