"""Home panel: invitations waiting for you, quietly. A fixed number of queries."""

from __future__ import annotations

import datetime

from django.db.models import Count, Max, Q
from django.utils import timezone

from heartspace.partners.models import JointSession, SharedQuestion
from heartspace.partners.services import active_links_for


def panel(request):
    user = request.user
    links = list(active_links_for(user).select_related("owner_person", "other_person"))
    if not links:
        return None
    names = {}
    for link in links:
        person = link.person_for(user)
        names[link.pk] = person.name if person is not None else link.other_user(user).name
    questions = list(
        SharedQuestion.objects.filter(link_id__in=names, status=SharedQuestion.Status.OPEN)
        .exclude(owner=user).exclude(answers__owner=user)
        .filter(later_until__isnull=True)  # "answer later" means later: it never comes back to nag
        .order_by("-created_at")[:5]
    )
    week_ago = timezone.now() - datetime.timedelta(days=7)
    revealed = list(
        SharedQuestion.objects.filter(link_id__in=names, status=SharedQuestion.Status.OPEN)
        .annotate(n=Count("answers", filter=Q(answers__held_private=False)), latest=Max("answers__created_at"))
        .filter(n=2, latest__gte=week_ago).order_by("-latest")[:3]
    )
    sessions = list(JointSession.objects.filter(link_id__in=names, status=JointSession.Status.INVITED)
                    .exclude(owner=user).order_by("-created_at")[:3])
    if not (questions or revealed or sessions):
        return None
    return {
        "template": "partners/home_panel.html", "order": 40,
        "questions": [{"question": q, "name": names[q.link_id]} for q in questions],
        "revealed": [{"question": q, "name": names[q.link_id]} for q in revealed],
        "sessions": [{"session": s, "name": names[s.link_id]} for s in sessions],
    }
