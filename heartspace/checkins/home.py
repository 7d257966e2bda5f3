"""Home panel: who is due, what is overdue, what did I promise. A fixed number of queries."""

from __future__ import annotations

import datetime

from django.db.models import Max, Min, Q
from django.utils import timezone

from heartspace.checkins.models import Check, Commitment
from heartspace.people.models import Person

LIMIT = 8
OVERDUE_GRACE = datetime.timedelta(hours=12)


def panel(request):
    user = request.user
    if not user.is_authenticated:
        return None
    now = timezone.now()
    today = user.local_today()
    open_statuses = [Check.Status.SCHEDULED, Check.Status.PROPOSED]
    # People wanting closer ties with nothing ahead of them: due for a Connection Check.
    people = list(Person.objects.filter(owner=user, archived_at__isnull=True, wants_closer=True, checks_per_month__gt=0)
                  .annotate(next_check=Min("checks__scheduled_for",
                                           filter=Q(checks__status__in=open_statuses, checks__scheduled_for__gte=now)),
                            last_done=Max("checks__scheduled_for", filter=Q(checks__status=Check.Status.DONE)))
                  .only("pk", "name", "checks_per_month").order_by("name")[:200])
    due = [p for p in people if p.next_check is None][:LIMIT]
    overdue_checks = list(Check.objects.filter(owner=user, status__in=open_statuses, person__archived_at__isnull=True,
                                               scheduled_for__lt=now - OVERDUE_GRACE)
                          .select_related("person").only("pk", "scheduled_for", "status", "person__name")
                          .order_by("-scheduled_for")[:LIMIT])
    upcoming = list(Check.objects.filter(owner=user, status=Check.Status.SCHEDULED, person__archived_at__isnull=True,
                                         scheduled_for__gte=now - OVERDUE_GRACE)
                    .select_related("person").only("pk", "scheduled_for", "status", "person__name")
                    .order_by("scheduled_for")[:3])
    promises = list(Commitment.objects.filter(owner=user, done_at__isnull=True, cancelled=False)
                    .select_related("person").only("pk", "text", "due_on", "person__name").order_by("due_on")[:LIMIT])
    return {
        "template": "checkins/home_panel.html",
        "order": 10,
        "due": due,
        "overdue_checks": overdue_checks,
        "upcoming": upcoming,
        "promises": promises,
        "today": today,
        "has_people": bool(people) or Person.objects.filter(owner=user).exists(),
    }
