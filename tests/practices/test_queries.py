"""Pages run a bounded number of queries whatever the history size; demo data is deterministic."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from heartspace.demo import generate
from heartspace.practices.models import (
    Bid,
    Boundary,
    ConflictRule,
    Disclosure,
    Ritual,
    RitualOccurrence,
    TimeOut,
    VulnerabilitySession,
)
from tests.practices.factories import make_ritual, make_timeout

pytestmark = pytest.mark.django_db

PAGES = ["index", "disclosure", "statements", "bids", "rituals", "rules", "timeouts", "vulnerability", "boundaries"]


def fill(owner, days):
    generate(owner, people=4, days=days, seed=3)


def page_urls(owner):
    ritual = Ritual.objects.filter(owner=owner).first() or make_ritual(owner)
    timeout = TimeOut.objects.filter(owner=owner).first() or make_timeout(owner)
    urls = [reverse(f"practices:{name}") for name in PAGES]
    urls += [reverse("practices:ritual_detail", kwargs={"ritual_id": ritual.pk}),
             reverse("practices:timeout_detail", kwargs={"timeout_id": timeout.pk})]
    return urls


def count_queries(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("days", [3, 400], ids=["small", "large"])
def test_query_counts_do_not_grow_with_history(owner_client, owner, days, django_assert_max_num_queries):
    fill(owner, days)
    for url in page_urls(owner):
        count_queries(owner_client, url, django_assert_max_num_queries, 10)


@pytest.mark.parametrize("days", [3, 400], ids=["small", "large"])
def test_home_panel_is_bounded(owner, days, rf, django_assert_max_num_queries):
    from heartspace.practices.home import panel

    fill(owner, days)
    request = rf.get("/")
    request.user = owner
    with django_assert_max_num_queries(4):
        result = panel(request)
    assert result["template"] == "practices/home_panel.html"
    assert result["unresolved"]  # the demo leaves one time-out to come back to


def test_large_history_has_the_same_queries_as_small(owner_client, owner):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    fill(owner, 5)
    urls = page_urls(owner)
    small = {}
    for url in urls:
        owner_client.get(url)  # warm per-user settings rows
        with CaptureQueriesContext(connection) as ctx:
            owner_client.get(url)
        small[url] = len(ctx.captured_queries)
    Bid.objects.all().delete()
    fill(owner, 300)
    for url in urls:
        with CaptureQueriesContext(connection) as ctx:
            owner_client.get(url)
        assert len(ctx.captured_queries) <= small[url] + 1, url


def test_demo_is_deterministic_and_fills_every_practice(owner):
    from tests.conftest import make_user

    other = make_user("twin")
    a = generate(owner, people=4, days=60, seed=7, today=datetime.date(2026, 3, 10))
    b = generate(other, people=4, days=60, seed=7, today=datetime.date(2026, 3, 10))
    keys = ["disclosures", "bids", "rituals", "ritual outcomes", "conflict rules", "time-outs", "boundaries",
            "vulnerability exercises", "feeling statements"]
    for key in keys:
        assert a.counts[key] > 0, key
        assert a.counts[key] == b.counts[key], key
    for model in (Disclosure, Bid, Ritual, RitualOccurrence, ConflictRule, TimeOut, Boundary, VulnerabilitySession):
        assert model.objects.filter(owner=owner).count() == model.objects.filter(owner=other).count()
    assert list(Bid.objects.filter(owner=owner).order_by("occurred_at").values_list("response", flat=True)) == \
        list(Bid.objects.filter(owner=other).order_by("occurred_at").values_list("response", flat=True))
    assert TimeOut.objects.filter(owner=owner, resolved_at__isnull=True).exists()


def test_missed_counts_for_signals(owner):
    from django.utils import timezone

    from heartspace.practices import services
    from tests.practices.factories import make_ritual

    weekly = make_ritual(owner, frequency="weekly", weekday=6, starts_on=datetime.date(2026, 3, 1))
    paused = make_ritual(owner, frequency="daily", starts_on=datetime.date(2026, 3, 1), paused_at=timezone.now())
    Ritual.objects.filter(pk__in=[weekly.pk, paused.pk]).update(
        created_at=datetime.datetime(2026, 2, 1, tzinfo=datetime.UTC))
    RitualOccurrence.objects.create(owner=owner, ritual=weekly, due_on=datetime.date(2026, 3, 8), status="done")
    RitualOccurrence.objects.create(owner=owner, ritual=weekly, due_on=datetime.date(2026, 3, 15), status="skipped")
    counts = services.missed_counts(owner, datetime.date(2026, 3, 1), datetime.date(2026, 3, 31),
                                    today=datetime.date(2026, 3, 29))
    # Sundays 1, 8, 15, 22 are past; 8 was done; 29 is today and still open. Paused rituals are left out.
    assert counts == {weekly.pk: 3}
