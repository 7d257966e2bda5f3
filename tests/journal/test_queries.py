"""Pages run a bounded number of queries whether the history is small or large."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from heartspace.journal import growth
from heartspace.journal.models import Entry, PracticeLog, SelfCheck

pytestmark = pytest.mark.django_db


def fill(owner, entries: int, checks: int) -> Entry:
    start = datetime.date(2025, 1, 1)
    Entry.objects.bulk_create([
        Entry(owner=owner, written_on=start + datetime.timedelta(days=i % 400), feelings=["anxious", f"own{i % 7}"],
              feelings_index=f"|anxious|own{i % 7}|", text=f"Entry number {i}. " * 20)
        for i in range(entries)])
    answers = {q.key: 3 for q in growth.QUESTIONS}
    SelfCheck.objects.bulk_create([
        SelfCheck(owner=owner, taken_on=start + datetime.timedelta(days=28 * i), answers=answers, **growth.score(answers))
        for i in range(checks)])
    PracticeLog.objects.bulk_create([
        PracticeLog(owner=owner, practice="slow-breathing", seconds=120, done_on=start + datetime.timedelta(days=i))
        for i in range(checks * 3)])
    return Entry.objects.filter(owner=owner).first()


@pytest.mark.parametrize("entries,checks", [(3, 1), (600, 40)], ids=["small", "large"])
def test_pages_stay_bounded(owner_client, owner, django_assert_max_num_queries, entries, checks):
    entry = fill(owner, entries, checks)
    check = SelfCheck.objects.filter(owner=owner).first()
    urls = [
        reverse("journal:list"),
        reverse("journal:list") + "?feeling=anxious&q=number&core=fear&page=2",
        reverse("journal:detail", kwargs={"entry_id": entry.pk}),
        reverse("journal:edit", kwargs={"entry_id": entry.pk}),
        reverse("journal:new"),
        reverse("journal:growth"),
        reverse("journal:selfcheck_detail", kwargs={"selfcheck_id": check.pk}),
        reverse("journal:practice_slow-breathing"),
    ]
    for url in urls:
        with django_assert_max_num_queries(10):
            assert owner_client.get(url).status_code == 200
