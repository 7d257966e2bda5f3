"""The loaders that turn rows into plain records for the signal rules."""

from __future__ import annotations

import datetime as dt

import time_machine

from heartspace.insights import services, signals
from heartspace.practices.models import Ritual, RitualOccurrence, TimeOut
from tests.insights.factories import make_check, make_person

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def test_rituals_count_only_due_dates_since_they_were_created(owner):
    zone = owner.zoneinfo()
    sam = make_person(owner)
    with time_machine.travel(NOW - dt.timedelta(days=10), tick=False):
        ritual = Ritual.objects.create(owner=owner, person=sam, title="Nightly gratitude", frequency="daily",
                                       starts_on=(NOW - dt.timedelta(days=60)).date())
    for days in (2, 3, 4):
        RitualOccurrence.objects.create(owner=owner, ritual=ritual, due_on=(NOW - dt.timedelta(days=days)).date())
    RitualOccurrence.objects.create(owner=owner, ritual=ritual, due_on=(NOW - dt.timedelta(days=5)).date(),
                                    status="skipped")
    history = services.signal_history(owner, zone, NOW)
    rituals = [p for p in history.planned if p.kind == "ritual"]
    assert len(rituals) == 10  # created 10 days ago; today is still open
    assert sum(p.kept for p in rituals) == 3


def test_checks_timeouts_and_disclosures_are_loaded(owner, stranger):
    zone = owner.zoneinfo()
    sam = make_person(owner)
    make_check(owner, sam, NOW - dt.timedelta(days=3), meaningful=True, disclosed="me")
    make_check(owner, sam, NOW - dt.timedelta(days=4), status="skipped")
    make_check(owner, sam, NOW + dt.timedelta(days=4), status="scheduled")
    make_check(stranger, make_person(stranger), NOW - dt.timedelta(days=3), disclosed="both")
    TimeOut.objects.create(owner=owner, person=sam, started_at=NOW - dt.timedelta(days=5),
                           return_by=NOW - dt.timedelta(days=5) + dt.timedelta(minutes=20))
    history = services.signal_history(owner, zone, NOW)
    assert sorted(p.kept for p in history.planned) == [False, True]
    assert [(d.who, d.person_id) for d in history.disclosures] == [("me", sam.pk)]
    assert len(history.timeouts) == 1 and history.timeouts[0].resolved_at is None
    assert signals.lookback_weeks() == 16
