"""Journal pages with a long history: time and query count per page (target p95 <= 150 ms).

Builds a user with years of daily journal entries (some of them 100 kB long), monthly HOW
self-checks and practice logs in a throwaway SQLite database, then renders each journal page
repeatedly in-process. Query counts must not grow with history (tests/journal/test_queries.py
asserts that); this prints how long the pages take. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/journal_pages.py [--years N] [--runs N]
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
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartspace.settings_test")


def build(user, years: int, rng: random.Random) -> dict:
    from heartspace.journal import feelings as vocabulary
    from heartspace.journal import growth
    from heartspace.journal.models import Entry, PracticeLog, SelfCheck, feelings_key

    today = datetime.date.today()
    words = vocabulary.all_words()
    entries = []
    for day in range(365 * years):
        named = [f.word for f in rng.sample(words, rng.randint(1, 4))]
        long_one = rng.random() < 0.02
        text = ("word " * 20_000) if long_one else "A day with some feelings in it. " * rng.randint(1, 30)
        entries.append(Entry(owner=user, written_on=today - datetime.timedelta(days=day), feelings=named,
                             feelings_index=feelings_key(named), text=text))
    Entry.objects.bulk_create(entries, batch_size=500)
    checks = []
    for month in range(12 * years):
        answers = {q.key: rng.randint(1, 5) for q in growth.QUESTIONS}
        checks.append(SelfCheck(owner=user, taken_on=today - datetime.timedelta(days=30 * month), answers=answers,
                                **growth.score(answers)))
    SelfCheck.objects.bulk_create(checks)
    PracticeLog.objects.bulk_create([
        PracticeLog(owner=user, practice="slow-breathing", seconds=120, done_on=today - datetime.timedelta(days=d))
        for d in range(0, 365 * years, 3)])
    long_entry = Entry.objects.create(owner=user, written_on=today, feelings=["tired"], text="word " * 20_000)
    return {"entries": len(entries) + 1, "entry": Entry.objects.filter(owner=user).exclude(pk=long_entry.pk).first(),
            "long_entry": long_entry, "check": SelfCheck.objects.filter(owner=user).first()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--years", type=int, default=3)
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
    built = build(user, args.years, random.Random(1))
    client = Client()
    client.force_login(user)
    pages = {
        "list /journal/": "/journal/",
        "filtered /journal/?feeling=anxious&q=day": "/journal/?feeling=anxious&q=day",
        "by core /journal/?core=fear&page=3": "/journal/?core=fear&page=3",
        "entry /journal/<id>/": f"/journal/{built['entry'].pk}/",
        "100 kB entry /journal/<id>/ (coach reads it)": f"/journal/{built['long_entry'].pk}/",
        "edit 100 kB entry /journal/<id>/edit/": f"/journal/{built['long_entry'].pk}/edit/",
        "vocabulary /journal/feelings/": "/journal/feelings/",
        "new entry with picker /journal/new/": "/journal/new/",
        "growth /journal/growth/": "/journal/growth/",
        "self-check /journal/growth/self-check/<id>/": f"/journal/growth/self-check/{built['check'].pk}/",
    }
    print(f"history: {args.years} years, {built['entries']} journal entries")
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
        print(f"{label:46s} median {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms  queries {len(queries)}")
    long_text = "word " * 20_000
    start = time.perf_counter()
    response = client.post("/journal/new/", {"guide": "free", "written_on": str(datetime.date.today()),
                                             "feelings": "anxious, tired", "text": long_text})
    print(f"{'save a 100 kB entry (POST)':46s} {(time.perf_counter() - start) * 1000:6.1f} ms  status {response.status_code}")


if __name__ == "__main__":
    main()
