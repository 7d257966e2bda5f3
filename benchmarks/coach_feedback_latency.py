"""Latency of the live coach feedback endpoint, end to end through Django (target p95 <= 50 ms).

Measures what a person waits for after they stop typing: an htmx POST of the draft,
the coach's analysis, and the rendered partial. Runs in-process against a throwaway
SQLite database, on one core. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/coach_feedback_latency.py [--requests N]
"""

from __future__ import annotations

import argparse
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
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heartspace.settings")

DRAFTS = {
    "appreciation": ["Thank you for staying up with me when the news came, it meant so much",
                     "You always know how to make the kids laugh after a hard day at school"],
    "follow_up": ["Loved hearing about your trip. I sent you the article about hiking boots. "
                  "What would you like to plan for next month?",
                  "Great chat today, thanks for listening. I will call the landlord on Monday."],
    "i_feel": ["I feel lonely when evenings are quiet and I need fifteen minutes of focused talk together",
               "I feel that you never listen to me and you always interrupt"],
    "tension": ["I felt hurt when you cancelled dinner without telling me. Can we talk about what happened "
                "and agree one next step?", "You are so selfish, you never think about anyone else"],
    "story": ["I felt scared when I lost my job last spring; that taught me to ask for help sooner."],
    "free": ["Today was hard. I kept thinking about what my sister said and I could not focus at work."],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=600)
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from heartspace.accounts.models import User

    call_command("migrate", verbosity=0)
    user = User.objects.create_user("bench", password="bench-password-123")
    client = Client()
    client.force_login(user)

    rng = random.Random(1)
    kinds = list(DRAFTS)
    for _ in range(20):  # warm up imports and template caches
        client.post("/writing/feedback/", {"text": "warm up", "kind": "free", "field": "text"})
    times = []
    for _ in range(args.requests):
        kind = rng.choice(kinds)
        text = rng.choice(DRAFTS[kind])
        # A draft mid-typing: a random prefix of the full text.
        text = text[: rng.randint(max(1, len(text) // 3), len(text))]
        start = time.perf_counter()
        response = client.post("/writing/feedback/", {"text": text, "kind": kind, "field": "text"})
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200
    times.sort()
    p95 = times[int(len(times) * 0.95) - 1]
    try:
        import heartspace.coach  # noqa: F401

        engine = "coach engine loaded"
    except ImportError:
        engine = "coach engine NOT installed: word counts only"
    print(f"live coach feedback, {args.requests} requests ({engine}):")
    print(f"  median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms (target p95 <= 50 ms)")


if __name__ == "__main__":
    main()
