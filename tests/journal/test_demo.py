"""`heartspace demo` makes journal history, the same for the same seed."""

from __future__ import annotations

import datetime
import random

import pytest

from heartspace.demo import DemoContext
from heartspace.journal import demo
from heartspace.journal import feelings as vocabulary
from heartspace.journal.models import Entry, PracticeLog, SelfCheck
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def run(user, seed):
    ctx = DemoContext(user=user, rng=random.Random(seed), people_count=0, days=120, today=datetime.date(2026, 3, 2))
    demo.generate(ctx)
    return ctx


def snapshot(user):
    return (list(Entry.objects.filter(owner=user).order_by("written_on", "id").values_list("written_on", "feelings", "text")),
            list(SelfCheck.objects.filter(owner=user).order_by("taken_on").values_list("taken_on", "honesty")))


def test_demo_is_deterministic_and_realistic():
    first, second = make_user("demo1"), make_user("demo2")
    ctx = run(first, 7)
    run(second, 7)
    assert snapshot(first) == snapshot(second)
    entries = Entry.objects.filter(owner=first)
    assert 20 <= entries.count() <= 80 and ctx.counts["journal entries"] == entries.count()
    assert SelfCheck.objects.filter(owner=first).count() == 5
    assert PracticeLog.objects.filter(owner=first).exists()
    # The feeling filter works on bulk-created rows too.
    word = entries.first().feelings[0]
    assert entries.filter(feelings_index__contains=f"|{vocabulary.normalize(word)}|").exists()
    assert {e.guide for e in entries} == {"free", "notice", "needs"}
