"""Home panel: this month's meaningful chats against the target, a due reassessment, and a calm
notice when a signal has persisted. A fixed handful of queries whatever the history size."""

from __future__ import annotations

from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from heartspace.checkins.models import Check
from heartspace.insights import help as help_service
from heartspace.insights import metrics, reassess, services


def panel(request):
    user = request.user
    if not user.is_authenticated:
        return None
    prefs = services.settings_for(user)
    now = timezone.now()
    zone = user.zoneinfo()
    today = now.astimezone(zone).date()
    month = metrics.Month.of(today)
    start, end = metrics.local_bounds(month.first_day, month.last_day, zone)
    chats = (Check.objects.filter(owner=user, status=Check.Status.DONE)
             .annotate(happened_at=Coalesce("started_at", "scheduled_for"))
             .filter(happened_at__gte=start, happened_at__lt=end)
             .aggregate(meaningful=Count("pk", filter=Q(meaningful=True))))["meaningful"]
    band = prefs.band
    return {
        "template": "insights/home_panel.html",
        "order": 40,
        "chats": chats,
        "band": band,
        "place": band.place(chats),
        "month_label": month.first_day,
        "reassessment_due": reassess.is_due(user, prefs, today),
        "reassessment_weeks": prefs.reassessment_weeks,
        "help_notice": help_service.persistent_notice(user, now),
    }
