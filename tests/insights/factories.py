"""Owned objects for the insights URL keywords, and small builders for histories."""

from __future__ import annotations

import datetime

from django.utils import timezone

from heartspace.checkins.models import Check, Commitment
from heartspace.insights.models import Adjustment, Reassessment, SignalDismissal
from heartspace.people.models import Interaction, Person


def make_person(owner, name="Sam", **extra) -> Person:
    return Person.objects.create(owner=owner, name=name, **extra)


def make_check(owner, person, when, status=Check.Status.DONE, **extra) -> Check:
    return Check.objects.create(owner=owner, person=person, scheduled_for=when, status=status, **extra)


def make_commitment(owner, person, made_at, due_on, done_at=None, **extra) -> Commitment:
    item = Commitment.objects.create(owner=owner, person=person, text="send the article", due_on=due_on,
                                     done_at=done_at, **extra)
    Commitment.objects.filter(pk=item.pk).update(created_at=made_at)
    return item


def make_moment(owner, person, when, tone="positive") -> Interaction:
    return Interaction.objects.create(owner=owner, person=person, tone=tone, occurred_at=when)


def make_reassessment(owner) -> Reassessment:
    today = timezone.localdate()
    return Reassessment.objects.create(owner=owner, period_start=today - datetime.timedelta(weeks=12),
                                       period_end=today, on_demand=True, snapshot={})


def make_adjustment(owner) -> Adjustment:
    return Adjustment.objects.create(owner=owner, reassessment=make_reassessment(owner), person=make_person(owner),
                                     kind=Adjustment.Kind.CADENCE, direction=Adjustment.Direction.UP,
                                     from_value=2, to_value=3, reason="kept_and_meaningful")


def make_dismissal(owner) -> SignalDismissal:
    now = timezone.now()
    return SignalDismissal.objects.create(owner=owner, key="bids_turned_away", rule="bids_turned_away",
                                          evidence={}, dismissed_at=now,
                                          hidden_until=now.date() + datetime.timedelta(weeks=12))


OWNED_OBJECT_FACTORIES = {
    "reassessment_id": lambda owner: make_reassessment(owner).pk,
    "adjustment_id": lambda owner: make_adjustment(owner).pk,
    "dismissal_id": lambda owner: make_dismissal(owner).pk,
}
