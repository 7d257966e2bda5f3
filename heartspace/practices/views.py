"""Practices index, settings, daily disclosure, "I feel" statements, the listening card and bids."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.journal import feelings as vocabulary
from heartspace.people.access import get_person_for_user, people_for_user
from heartspace.practices import content, services, statement_check, tallies
from heartspace.practices.access import get_bid_for_user, get_disclosure_for_user, get_statement_for_user
from heartspace.practices.forms import BidForm, DisclosureForm, FeelingStatementForm, PracticeSettingsForm
from heartspace.practices.models import Bid, Disclosure, FeelingStatement
from heartspace.practices.safety import pop_show_help, remember_if_serious

PAGE_SIZE = 30


@login_required
def index(request):
    today = request.user.local_today()
    return render(request, "practices/index.html", {
        "prompt": content.prompt_for(today),
        "streak": services.disclosure_streak(request.user, today),
        "unresolved": list(services.unresolved_timeouts(request.user, limit=5)),
        "due_rituals": services.rituals_due_on(request.user, today),
        "boundaries_due": services.boundaries_due(request.user, today).count(),
    })


@login_required
def practice_settings(request):
    current = services.settings_for(request.user)
    form = PracticeSettingsForm(request.POST or None, instance=current)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved your practice settings."))
        return redirect("practices:settings")
    return render(request, "practices/settings.html", {"form": form}, status=400 if form.errors else 200)


# Daily disclosure

@login_required
def disclosure(request):
    user = request.user
    today = user.local_today()
    prompt = content.prompt_for(today)
    form = DisclosureForm(request.POST or None, user=user, initial={"kind": prompt.kind})
    if request.method == "POST" and form.is_valid():
        item = form.save(commit=False)
        item.owner = user
        item.day = today
        item.prompt_key = prompt.key
        item.save()
        remember_if_serious(request, item.text)
        messages.success(request, _("Saved. Thank you for being honest today."))
        return redirect("practices:disclosure")
    history = Disclosure.objects.filter(owner=user).select_related("person")
    page = Paginator(history, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "practices/disclosure.html", {
        "form": form, "prompt": prompt, "page": page, "today": today,
        "streak": services.disclosure_streak(user, today), "show_help": pop_show_help(request),
    }, status=400 if form.errors else 200)


@login_required
def disclosure_edit(request, disclosure_id):
    item = get_disclosure_for_user(request.user, disclosure_id)
    form = DisclosureForm(request.POST or None, instance=item, user=request.user)
    if request.method == "POST":
        if request.POST.get("action") == "delete":
            item.delete()
            messages.success(request, _("Deleted that statement."))
            return redirect("practices:disclosure")
        if form.is_valid():
            form.save()
            remember_if_serious(request, item.text)
            messages.success(request, _("Saved your changes."))
            return redirect("practices:disclosure")
    return render(request, "practices/disclosure_edit.html", {"form": form, "item": item},
                  status=400 if form.errors else 200)


# "I feel" statements

@login_required
def statements(request):
    user = request.user
    initial = {}
    if request.GET.get("person"):
        person = people_for_user(user).filter(pk=request.GET["person"]).first() if request.GET["person"].isdigit() else None
        if person:
            initial["person"] = person.pk
    form = FeelingStatementForm(request.POST or None, user=user, initial=initial)
    if request.method == "POST" and form.is_valid():
        statement = form.save()
        remember_if_serious(request, statement.when, statement.need, statement.text)
        for code in statement_check.notes(statement.feeling, statement.text, vocabulary.interpretation):
            messages.warning(request, check_message(code))
        messages.success(request, _("Saved your statement."))
        return redirect("practices:statements")
    saved = FeelingStatement.objects.filter(owner=user).select_related("person")
    page = Paginator(saved, PAGE_SIZE).get_page(request.GET.get("page"))
    for statement in page:
        statement.check_codes = statement_check.notes(statement.feeling, statement.text, vocabulary.interpretation)
    return render(request, "practices/statements.html", {
        "form": form, "page": page, "example": content.I_STATEMENT_EXAMPLE, "show_help": pop_show_help(request),
    }, status=400 if form.errors else 200)


def check_message(code: str) -> str:
    return {
        "thought": _("Your “feeling” reads like a thought about them (“I feel that you…”). Try naming what you feel in your body: hurt, lonely, worried."),
        "interpretation": _("Words like “ignored” or “rejected” describe what someone did. What do you feel underneath: sad, lonely, hurt?"),
        "blame": _("Parts of this may land as blame (“you always…”). Try describing one moment, and what you need."),
    }.get(code, "")


@login_required
@require_POST
def statement_delete(request, statement_id):
    get_statement_for_user(request.user, statement_id).delete()
    messages.success(request, _("Deleted that statement."))
    return redirect("practices:statements")


@login_required
@require_POST
def statement_said(request, statement_id):
    statement = get_statement_for_user(request.user, statement_id)
    statement.said_at = None if statement.said_at else timezone.now()
    statement.save(update_fields=["said_at", "updated_at"])
    return redirect("practices:statements")


# Active listening card

@login_required
def listening(request):
    mode = "sit" if request.GET.get("mode") == "sit" else "listen"
    return render(request, "practices/listening.html", {
        "mode": mode,
        "reflect": content.REFLECT_STARTERS, "validate": content.VALIDATE_STARTERS,
        "avoid": content.AVOID_WHILE_LISTENING, "sit": content.SIT_WITH_IT,
    })


# Bids for connection

BID_PERSON_SESSION_KEY = "practices_bid_person"


@login_required
def bids(request):
    user = request.user
    today = user.local_today()
    remembered = request.session.get(BID_PERSON_SESSION_KEY)
    initial = {"made_by": Bid.MadeBy.THEM, "kind": Bid.Kind.QUESTION, "person": remembered}
    form = BidForm(request.POST or None, user=user, initial=initial)
    if request.method == "POST" and form.is_valid():
        bid = form.save(commit=False)
        bid.owner = user
        services.log_bid(bid)
        request.session[BID_PERSON_SESSION_KEY] = bid.person_id
        messages.success(request, _("Logged: %(response)s.") % {"response": bid.get_response_display().lower()})
        return redirect("practices:bids")
    person = None
    if request.GET.get("person", "").isdigit():
        person = get_person_for_user(user, request.GET["person"])
    weeks = services.bid_weeks(user, today, person=person)
    recent = Bid.objects.filter(owner=user).select_related("person")
    if person:
        recent = recent.filter(person=person)
    overall = tallies.overall_share(weeks)
    since = datetime.datetime.combine(weeks[0].start, datetime.time.min, tzinfo=user.zoneinfo())
    return render(request, "practices/bids.html", {
        "form": form, "weeks": weeks, "recent": recent[:20], "person": person,
        "overall_percent": None if overall is None else round(overall * 100),
        "people": people_for_user(user),
        "by_person": [] if person else services.bid_share_by_person(user, since),
    }, status=400 if form.errors else 200)


@login_required
@require_POST
def bid_delete(request, bid_id):
    services.delete_bid(get_bid_for_user(request.user, bid_id))
    messages.success(request, _("Removed that bid."))
    return redirect("practices:bids")
