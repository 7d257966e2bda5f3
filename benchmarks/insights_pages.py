"""Insights pages with a long history: time and query count per page (target p95 <= 150 ms).

Builds a user with years of records (checks, commitments, moments, bids, time-outs, a daily
ritual) in a throwaway SQLite database, then renders each insights page repeatedly in-process.
Query counts must not grow with history (the tests assert that); this prints how long the
pages take as the history grows. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/insights_pages.py [--years N] [--people N] [--runs N]
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["HS_DATA_DIR"] = tempfile.mkdtemp(prefix="heartspace-bench-")
os.environ["HS_DATABASE_URL"] = ""
os.environ["HS_REMINDERS"] = "off"
os.environ["HS_ALLOWED_HOSTS"] = "testserver"
# Test settings: plain static storage, so pages render without running collectstatic first.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartspace.settings_test")


def build(user, people_count: int, years: int, rng: random.Random) -> dict:
    from django.utils import timezone

    from heartspace.checkins.models import Check, Commitment
    from heartspace.people.models import Interaction, Person
    from heartspace.practices.models import Bid, Ritual, RitualOccurrence, TimeOut

    now = timezone.now()
    days = 365 * years
    people = [Person.objects.create(owner=user, name=f"Person {i}") for i in range(people_count)]
    checks, commitments, moments, bids, timeouts = [], [], [], [], []
    for person in people:
        for day in range(0, days, 14):
            when = now - datetime.timedelta(days=day, hours=rng.randint(0, 23))
            done = rng.random() < 0.8
            checks.append(Check(owner=user, person=person, scheduled_for=when,
                                status=Check.Status.DONE if done else Check.Status.SKIPPED,
                                meaningful=done and rng.random() < 0.7,
                                disclosed=rng.choice(["", "me", "them", "both"]) if done else ""))
            made = when + datetime.timedelta(hours=1)
            commitments.append(Commitment(owner=user, person=person, text="call back", due_on=made.date()
                                          + datetime.timedelta(days=7),
                                          done_at=made + datetime.timedelta(days=rng.randint(1, 10))
                                          if rng.random() < 0.7 else None))
        for day in range(days):
            moments.append(Interaction(owner=user, person=person, tone="positive" if rng.random() < 0.8 else "corrective",
                                       occurred_at=now - datetime.timedelta(days=day, hours=rng.randint(0, 23))))
            bids.append(Bid(owner=user, person=person, response=rng.choice(["toward", "toward", "away", "against"]),
                            occurred_at=now - datetime.timedelta(days=day, hours=rng.randint(0, 23))))
        for day in range(0, days, 20):
            started = now - datetime.timedelta(days=day)
            timeouts.append(TimeOut(owner=user, person=person, started_at=started,
                                    return_by=started + datetime.timedelta(minutes=20),
                                    resolved_at=started + datetime.timedelta(hours=2) if rng.random() < 0.6 else None))
    Check.objects.bulk_create(checks, batch_size=2000)
    Commitment.objects.bulk_create(commitments, batch_size=2000)
    Interaction.objects.bulk_create(moments, batch_size=2000)
    Bid.objects.bulk_create(bids, batch_size=2000)
    TimeOut.objects.bulk_create(timeouts, batch_size=2000)
    ritual = Ritual.objects.create(owner=user, person=people[0], title="Nightly gratitude", frequency="daily",
                                   starts_on=(now - datetime.timedelta(days=days)).date())
    RitualOccurrence.objects.bulk_create([
        RitualOccurrence(owner=user, ritual=ritual, due_on=(now - datetime.timedelta(days=d)).date())
        for d in range(1, days) if rng.random() < 0.6], batch_size=2000)
    return {"people": people, "rows": len(checks) + len(commitments) + len(moments) + len(bids) + len(timeouts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--people", type=int, default=8)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from heartspace.accounts.models import User

    call_command("migrate", verbosity=0)
    user = User.objects.create_user("bench", password="bench-password-123", time_zone="Europe/London")
    built = build(user, args.people, args.years, random.Random(1))
    client = Client()
    client.force_login(user)
    person = built["people"][0]
    pages = {
        "overview /insights/": "/insights/",
        "person /insights/people/<id>/": f"/insights/people/{person.pk}/",
        "help /insights/help/": "/insights/help/",
        "reassessment /insights/reassessment/": "/insights/reassessment/",
        "home /": "/",
    }
    print(f"history: {args.people} people, {args.years} years, {built['rows']} rows")
    for label, url in pages.items():
        client.get(url)  # warm up
        times = []
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as queries:
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(f"{label:40s} median {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  queries {len(queries)}")
    start = time.perf_counter()
    with CaptureQueriesContext(connection) as queries:
        client.post("/insights/reassessment/")
    print(f"{'start a reassessment (POST)':40s} {(time.perf_counter() - start) * 1000:6.1f} ms  queries {len(queries)}")


if __name__ == "__main__":
    main()
