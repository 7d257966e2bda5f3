"""People services: the balance of interactions and the bounded queries pages need."""

from __future__ import annotations

import datetime

from django.db.models import Count, Q
from django.utils import timezone

from heartspace.people.balance import Balance, balance
from heartspace.people.models import Interaction, Person

BALANCE_DAYS = 30


def person_balance(user, person: Person, days: int = BALANCE_DAYS) -> Balance:
    """Positive vs corrective moments with one person over the last `days` days: one query."""
    since = timezone.now() - datetime.timedelta(days=days)
    counts = Interaction.objects.filter(owner=user, person=person, occurred_at__gte=since).aggregate(
        positive=Count("pk", filter=Q(tone=Interaction.Tone.POSITIVE)),
        corrective=Count("pk", filter=Q(tone=Interaction.Tone.CORRECTIVE)),
    )
    return balance(counts["positive"], counts["corrective"])


def log_interaction(user, person: Person, tone: str, source: str = "tap", note: str = "") -> Interaction:
    return Interaction.objects.create(owner=user, person=person, tone=tone, source=source, note=note[:500])


def history_counts(user, person: Person) -> dict:
    """What deleting this person would remove, so the question is honest."""
    from heartspace.checkins.models import Appreciation, Check, Commitment, FollowUp, TensionScript

    return {
        "checks": Check.objects.filter(owner=user, person=person).count(),
        "commitments": Commitment.objects.filter(owner=user, person=person).count(),
        "interactions": Interaction.objects.filter(owner=user, person=person).count(),
        "appreciations": Appreciation.objects.filter(owner=user, person=person).count(),
        "follow_ups": FollowUp.objects.filter(owner=user, person=person).count(),
        "tension_scripts": TensionScript.objects.filter(owner=user, person=person).count(),
    }


def archive(person: Person) -> None:
    person.archived_at = timezone.now()
    person.save(update_fields=["archived_at", "updated_at"])


def unarchive(person: Person) -> None:
    person.archived_at = None
    person.save(update_fields=["archived_at", "updated_at"])
