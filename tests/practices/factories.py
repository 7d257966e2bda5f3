"""Practice records for tests, and the URL keywords the ownership walker needs."""

from __future__ import annotations

import datetime

from django.utils import timezone

from heartspace.people.models import Person
from heartspace.practices.models import (
    Bid,
    Boundary,
    ConflictRule,
    Disclosure,
    FeelingStatement,
    Ritual,
    RitualOccurrence,
    TimeOut,
    VulnerabilitySession,
)


def make_person(owner, name="Sam", **extra) -> Person:
    return Person.objects.create(owner=owner, name=name, **extra)


def make_disclosure(owner, **extra) -> Disclosure:
    extra.setdefault("day", datetime.date(2026, 3, 2))
    extra.setdefault("kind", "worry")
    extra.setdefault("text", "I worry about work.")
    return Disclosure.objects.create(owner=owner, **extra)


def make_statement(owner, **extra) -> FeelingStatement:
    return FeelingStatement.objects.create(owner=owner, feeling="lonely", when="evenings are quiet",
                                           need="focused talk", text="I feel lonely when evenings are quiet.", **extra)


def make_bid(owner, **extra) -> Bid:
    extra.setdefault("response", "toward")
    return Bid.objects.create(owner=owner, made_by="them", kind="question", **extra)


def make_ritual(owner, **extra) -> Ritual:
    extra.setdefault("starts_on", datetime.date(2026, 3, 1))
    extra.setdefault("frequency", "weekly")
    extra.setdefault("weekday", 6)
    extra.setdefault("title", "Weekly check-in")
    return Ritual.objects.create(owner=owner, **extra)


def make_occurrence(owner, **extra) -> RitualOccurrence:
    ritual = extra.pop("ritual", None) or make_ritual(owner)
    return RitualOccurrence.objects.create(owner=owner, ritual=ritual, due_on=datetime.date(2026, 3, 1), **extra)


def make_rule(owner, **extra) -> ConflictRule:
    return ConflictRule.objects.create(owner=owner, text="No name-calling.", **extra)


def make_timeout(owner, **extra) -> TimeOut:
    started = extra.pop("started_at", timezone.now())
    minutes = extra.pop("minutes", 20)
    return TimeOut.objects.create(owner=owner, started_at=started, minutes=minutes,
                                  return_by=started + datetime.timedelta(minutes=minutes), **extra)


def make_session(owner, **extra) -> VulnerabilitySession:
    return VulnerabilitySession.objects.create(owner=owner, **extra)


def make_boundary(owner, **extra) -> Boundary:
    extra.setdefault("review_on", datetime.date(2026, 6, 1))
    return Boundary.objects.create(owner=owner, title="Space after work", acceptable="Quiet first.", **extra)


OWNED_OBJECT_FACTORIES = {
    "disclosure_id": lambda owner: make_disclosure(owner).pk,
    "statement_id": lambda owner: make_statement(owner).pk,
    "bid_id": lambda owner: make_bid(owner).pk,
    "ritual_id": lambda owner: make_ritual(owner).pk,
    "rule_id": lambda owner: make_rule(owner).pk,
    "timeout_id": lambda owner: make_timeout(owner).pk,
    "vulnerability_id": lambda owner: make_session(owner).pk,
    "boundary_id": lambda owner: make_boundary(owner).pk,
}
