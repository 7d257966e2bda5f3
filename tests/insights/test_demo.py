"""The insights demo: a past reassessment built from the other generators' records."""

from __future__ import annotations

import datetime as dt
import random

import time_machine

from heartspace.demo import DemoContext
from heartspace.insights import demo
from heartspace.insights.models import Adjustment, Reassessment
from tests.insights.factories import make_person
from tests.insights.test_views import NOW, going_well


def test_demo_makes_a_decided_reassessment(owner):
    with time_machine.travel(NOW, tick=False):
        sam = make_person(owner)
        going_well(owner, sam, count=6)
        ctx = DemoContext(user=owner, rng=random.Random(1), people_count=1, days=120, today=owner.local_today())
        demo.generate(ctx)
    record = Reassessment.objects.get(owner=owner)
    assert record.due_on == owner.practice_started_on + dt.timedelta(weeks=12)
    assert record.completed_at is not None
    assert not Adjustment.objects.filter(owner=owner, status="pending").exists()
    assert ctx.counts["reassessments"] == 1


def test_short_demo_has_nothing_due(owner):
    ctx = DemoContext(user=owner, rng=random.Random(1), people_count=1, days=30, today=owner.local_today())
    demo.generate(ctx)
    assert not Reassessment.objects.exists()
