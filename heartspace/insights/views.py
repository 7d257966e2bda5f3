"""Insights pages: overall metrics, one person's metrics, the reassessment, and when to seek help."""

from __future__ import annotations

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from heartspace.insights import help as help_service
from heartspace.insights import metrics, reassess, reassessment, services, signals, texts
from heartspace.insights.access import get_adjustment_for_user, get_dismissal_for_user, get_reassessment_for_user
from heartspace.insights.charts import Chart, Series
from heartspace.insights.forms import InsightSettingsForm
from heartspace.insights.models import Adjustment, Reassessment
from heartspace.people.access import get_person_for_user, people_for_user

MONTHS_SHOWN = 6
QUARTERS_SHOWN = 4
WEEKS_SHOWN = 12


class Dashboard:
    """The numbers behind the overview and the person page, from one fetch per source."""

    def __init__(self, user, prefs, person=None, band=None, ratio_target=None):
        self.prefs = prefs
        self.zone = user.zoneinfo()
        self.now = timezone.now()
        self.today = self.now.astimezone(self.zone).date()
        self.week_start = user.week_start
        self.band = band or prefs.band
        self.ratio_target = ratio_target or prefs.ratio_target
        self.months = metrics.last_months(self.today, MONTHS_SHOWN)
        self.quarters = metrics.last_quarters(self.today, QUARTERS_SHOWN)
        self.weeks = metrics.last_weeks(self.today, WEEKS_SHOWN, self.week_start)
        self.recent_start = self.today - datetime.timedelta(weeks=WEEKS_SHOWN) + datetime.timedelta(days=1)
        # Each source is fetched only as far back as something on the page needs it.
        _, end = metrics.local_bounds(self.today, self.today, self.zone)
        chats_from = min(self.months[0].first_day, self.quarters[0].first_day)
        self.chats = services.load_chats(user, metrics.local_bounds(chats_from, self.today, self.zone)[0], end, person)
        commitments_from = min(self.months[0].first_day, self.recent_start)
        self.commitments = services.load_commitments(
            user, self.zone, metrics.local_bounds(commitments_from, self.today, self.zone)[0], end, person)
        moments_from = min(self.weeks[0], self.recent_start)
        self.moments = services.load_moments(
            user, metrics.local_bounds(moments_from, self.today, self.zone)[0], end, person)
        self._recent_moments = [m for m in self.moments if metrics.local_date(m.at, self.zone) >= self.recent_start]
        self._recent_commitments = [c for c in self.commitments if c.made_on >= self.recent_start]

    # Headline numbers -------------------------------------------------------
    def this_month(self) -> metrics.PeriodCount:
        return metrics.meaningful_chats_by_month(self.chats, self.zone, self.months[-1:], self.band)[0]

    def this_quarter(self) -> metrics.PeriodCount:
        return metrics.mutual_disclosures_by_quarter(self.chats, self.zone, self.quarters[-1:])[0]

    def recent_commitments(self, person_id=None):
        return [c for c in self._recent_commitments if person_id is None or c.person_id == person_id]

    def recent_moments(self, person_id=None):
        return [m for m in self._recent_moments if person_id is None or m.person_id == person_id]

    def follow_ups(self, person_id=None) -> metrics.FollowUps:
        return metrics.follow_ups(self.recent_commitments(person_id), self.zone, self.today)

    def balance(self, person_id=None, target=None) -> metrics.Balance:
        return metrics.balance(self.recent_moments(person_id), target or self.ratio_target)

    # Charts -----------------------------------------------------------------
    def charts(self, prefix: str) -> list[Chart]:
        chats = metrics.meaningful_chats_by_month(self.chats, self.zone, self.months, self.band)
        labels = [c.label for c in chats]
        chats_chart = Chart(
            f"{prefix}-chats", _("Meaningful chats a month"), labels, [
                Series(_("Meaningful chats"), [c.value for c in chats]),
                Series(_("Target: at least"), [self.band.low] * len(chats), "line", "band"),
                Series(_("Target: at most"), [self.band.high] * len(chats), "line", "muted"),
            ], _("chats"),
            _("Meaningful chats in each of the last %(n)s months against a target of %(band)s.") % {
                "n": len(chats), "band": self.band.label})
        mutual = metrics.mutual_disclosures_by_quarter(self.chats, self.zone, self.quarters)
        mutual_chart = Chart(
            f"{prefix}-mutual", _("Mutual disclosures a quarter"), [q.label for q in mutual],
            [Series(_("Both of you opened up"), [q.value for q in mutual], tone="ok")], _("conversations"),
            _("Conversations where both of you opened up, per quarter."))
        on_time, late = self._follow_ups_by_month()
        follow_chart = Chart(
            f"{prefix}-followups", _("Follow-ups completed"), labels, [
                Series(_("Done on time"), on_time, tone="ok", stack="done"),
                Series(_("Done late"), late, tone="warn", stack="done"),
            ], _("micro-commitments"), _("Micro-commitments completed each month, on time and late."))
        points = metrics.balance_by_week(self.moments, self.zone, self.weeks, self.week_start)
        balance_chart = Chart(
            f"{prefix}-balance", _("Positive and corrective moments a week"), [p.label for p in points], [
                Series(_("Positive"), [p.positive for p in points], tone="ok", stack="moments"),
                Series(_("Corrective"), [p.corrective for p in points], tone="warn", stack="moments"),
                Series(_("Positive per corrective"), [p.ratio for p in points], "line", "accent", axis="y1"),
            ], _("moments"),
            _("Positive and corrective moments in each of the last %(n)s weeks, with the ratio.") % {"n": len(points)},
            y1_title=_("positive per corrective"))
        return [chats_chart, mutual_chart, follow_chart, balance_chart]

    def _follow_ups_by_month(self) -> tuple[list[int], list[int]]:
        index = {m: i for i, m in enumerate(self.months)}
        on_time, late = [0] * len(self.months), [0] * len(self.months)
        for item in self.commitments:
            if item.done_at is None or item.cancelled:
                continue
            month = metrics.Month.of(metrics.local_date(item.done_at, self.zone))
            if month in index:
                target = on_time if metrics.local_date(item.done_at, self.zone) <= metrics.due_date(item) else late
                target[index[month]] += 1
        return on_time, late

    def per_person(self, people) -> list[dict]:
        month = self.months[-1]
        quarter = self.quarters[-1]
        rows = {p.pk: {"person": p, "chats": 0, "mutual": 0} for p in people}
        for chat in self.chats:
            row = rows.get(chat.person_id)
            if row is None:
                continue
            day = metrics.local_date(chat.at, self.zone)
            row["chats"] += bool(chat.meaningful) and metrics.Month.of(day) == month
            row["mutual"] += chat.disclosed == "both" and metrics.Quarter.of(day) == quarter
        for row in rows.values():
            subject = row["person"]
            row["follow_ups"] = self.follow_ups(subject.pk)
            # Each person's own targets when set: their band (else their cadence) and their aim.
            row["band"] = services.person_band(self.prefs, subject)
            row["target"] = services.person_ratio_target(self.prefs, subject)
            row["own_ratio"] = row["target"] != self.prefs.ratio_target
            row["balance"] = self.balance(subject.pk, row["target"])
            row["place"] = row["balance"].place
        return list(rows.values())


def _reassessment_status(user, prefs, today):
    cycle = reassess.current_cycle(user, prefs, today)
    answered = reassess.answered_due_dates(user)
    return {"cycle": cycle, "due": reassessment.is_due(cycle, answered)}


@login_required
def index(request):
    user = request.user
    prefs = services.settings_for(user)
    board = Dashboard(user, prefs)
    people = list(people_for_user(user).filter(wants_closer=True).only("pk", "name", "checks_per_month",
                                                                         "check_numbers"))
    return render(request, "insights/index.html", {
        "board": board, "prefs": prefs, "band": board.band,
        "month": board.this_month(), "quarter": board.this_quarter(),
        "follow": board.follow_ups(), "balance": board.balance(),
        "charts": board.charts("overall"), "rows": board.per_person(people),
        "status": _reassessment_status(user, prefs, board.today), "weeks_shown": WEEKS_SHOWN,
        "has_history": bool(board.chats or board.commitments or board.moments),
    })


@login_required
def person(request, person_id):
    user = request.user
    subject = get_person_for_user(user, person_id)
    prefs = services.settings_for(user)
    cadence = subject.checks_per_month
    # The person's own targets win: their chats band (else their cadence) and their 5:1 aim.
    own_band = services.person_band(prefs, subject)
    ratio_target = services.person_ratio_target(prefs, subject)
    board = Dashboard(user, prefs, person=subject, band=own_band or metrics.Band(cadence, cadence),
                      ratio_target=ratio_target)
    offset = services.depth_offsets(user).get(subject.pk, 0)
    # The one per-person signal, from the chats already loaded (they reach back a year).
    disclosures = [signals.Disclosure(c.at, c.disclosed, c.person_id) for c in board.chats if c.disclosed]
    blind = next((sig for sig in signals.venetian_blind(disclosures, board.now, board.zone) if sig.present), None)
    decisions = list(Adjustment.objects.filter(owner=user, person=subject)
                     .exclude(status=Adjustment.Status.PENDING).order_by("-decided_at")[:10])
    return render(request, "insights/person.html", {
        "person": subject, "board": board, "prefs": prefs, "band": board.band, "own_band": own_band,
        "ratio_target": ratio_target, "own_ratio": ratio_target != prefs.ratio_target,
        "month": board.this_month(), "quarter": board.this_quarter(),
        "follow": board.follow_ups(), "balance": board.balance(),
        "charts": board.charts(f"person-{subject.pk}"), "offset": offset,
        "decisions": [(d, texts.adjustment_title(d.kind, d.direction, d.from_value, d.to_value, subject.name))
                      for d in decisions],
        "weeks_shown": WEEKS_SHOWN,
        "blind": blind and {"title": texts.signal_title(blind.rule),
                            "explanation": texts.signal_explanation(blind.rule, blind.evidence, subject.name)},
    })


def _observations(record: Reassessment) -> list[tuple[str, str]]:
    """(text, person name or '') for each stored observation."""
    names = {p["person_id"]: p["name"] for p in record.snapshot.get("people", [])}
    return [(texts.observation(o["code"], o["params"]), names.get(o.get("person_id"), ""))
            for o in record.snapshot.get("observations", [])]


def _adjustment_rows(record: Reassessment, adjustments) -> list[dict]:
    names = {p["person_id"]: p["name"] for p in record.snapshot.get("people", [])}
    return [{
        "adjustment": a,
        "title": texts.adjustment_title(a.kind, a.direction, a.from_value, a.to_value, names.get(a.person_id, "")),
        "reason": texts.adjustment_reason(a.reason, a.evidence),
    } for a in adjustments]


@login_required
def reassessment_page(request):
    user = request.user
    prefs = services.settings_for(user)
    today = user.local_today()
    if request.method == "POST":
        waiting = Reassessment.objects.filter(owner=user, completed_at__isnull=True).order_by("-pk").first()
        if waiting:
            # One open look back at a time, so decisions never pile up twice for the same thing.
            messages.info(request, _("This reassessment is still waiting for your decisions. Accept or decline "
                                     "each suggestion, then you can start another."))
            return redirect("insights:reassessment_detail", reassessment_id=waiting.pk)
        record = reassess.start(user, prefs, today, timezone.now())
        messages.success(request, _("Reassessment ready: read it through, then accept or decline each suggestion."))
        return redirect("insights:reassessment_detail", reassessment_id=record.pk)
    history = list(Reassessment.objects.filter(owner=user).order_by("-created_at", "-pk")[:12])
    open_record = next((r for r in history if r.completed_at is None), None)
    adjustments = list(Adjustment.objects.filter(owner=user, reassessment_id__in=[r.pk for r in history])
                       .select_related("person").order_by("pk"))
    by_record: dict[int, list] = {}
    for a in adjustments:
        by_record.setdefault(a.reassessment_id, []).append(a)
    return render(request, "insights/reassessment.html", {
        "status": _reassessment_status(user, prefs, today), "prefs": prefs, "today": today,
        "open_record": open_record, "started_on": reassess.started_on(user),
        "history": [(r, _adjustment_rows(r, by_record.get(r.pk, []))) for r in history],
    })


@login_required
def reassessment_detail(request, reassessment_id):
    record = get_reassessment_for_user(request.user, reassessment_id)
    adjustments = list(record.adjustments.filter(owner=request.user).order_by("pk"))
    return render(request, "insights/reassessment_detail.html", {
        "record": record, "observations": _observations(record), "rows": _adjustment_rows(record, adjustments),
        "overall": record.snapshot.get("overall", {}),
        "pending": sum(a.status == Adjustment.Status.PENDING for a in adjustments),
    })


@login_required
@require_POST
def decide(request, adjustment_id):
    adjustment = get_adjustment_for_user(request.user, adjustment_id)
    choice = request.POST.get("decision")
    if choice not in ("accept", "decline"):
        messages.error(request, _("Choose accept or decline."))
    elif reassess.decide(adjustment, choice == "accept", timezone.now()):
        if choice == "accept":
            messages.success(request, _("Accepted and applied."))
        else:
            messages.success(request, _("Declined. Nothing was changed."))
    else:
        messages.warning(request, _("That suggestion was already decided; nothing changed."))
    return redirect("insights:reassessment_detail", reassessment_id=adjustment.reassessment_id)


@login_required
def help_page(request):
    user = request.user
    report = help_service.report(user, timezone.now())
    return render(request, "insights/help.html", report)


@login_required
@require_POST
def dismiss(request):
    key = (request.POST.get("key") or "").strip()[:80]
    if help_service.dismiss(request.user, key, timezone.now()):
        messages.success(request, _("Hidden for now. You can still see below why it appeared, and bring it back."))
    else:
        messages.error(request, _("That signal is not showing any more, so there is nothing to dismiss."))
    return redirect("insights:help")


@login_required
@require_POST
def restore(request, dismissal_id):
    dismissal = get_dismissal_for_user(request.user, dismissal_id)
    help_service.restore(dismissal, timezone.now())
    messages.success(request, _("Shown again."))
    return redirect("insights:help")


@login_required
def settings_page(request):
    prefs = services.settings_for(request.user)
    form = InsightSettingsForm(request.POST or None, instance=prefs)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Saved."))
        return redirect("insights:index")
    return render(request, "insights/settings.html", {"form": form})
