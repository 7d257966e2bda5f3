"""`heartspace demo`: a user with realistic, deterministic history, for screenshots and benchmarks.

Each domain contributes a `generate(ctx)` in heartspace/<app>/demo.py; they run in
order, so later generators can use the people (and records) earlier ones made.
Everything random comes from ctx.rng, seeded, so the same seed gives the same data.
"""

from __future__ import annotations

import datetime
import importlib
import random
from dataclasses import dataclass, field

DEMO_MODULES = (
    "heartspace.people.demo",
    "heartspace.checkins.demo",
    "heartspace.practices.demo",
    "heartspace.journal.demo",
    "heartspace.feeds.demo",
    "heartspace.partners.demo",
    # Last: it reads the checks, commitments and moments the others made.
    "heartspace.insights.demo",
)


@dataclass
class DemoContext:
    user: object
    rng: random.Random
    people_count: int
    days: int
    today: datetime.date
    people: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)

    def count(self, label: str, n: int) -> None:
        self.counts[label] = self.counts.get(label, 0) + n


def generate(user, people: int = 6, days: int = 120, seed: int = 1, today: datetime.date | None = None) -> DemoContext:
    from django.db import transaction

    ctx = DemoContext(user=user, rng=random.Random(seed), people_count=people, days=days,
                      today=today or user.local_today())
    with transaction.atomic():
        for module_name in DEMO_MODULES:
            try:
                module = importlib.import_module(module_name)
            except ModuleNotFoundError as exc:
                if exc.name and module_name.startswith(exc.name):
                    continue
                raise
            module.generate(ctx)
    return ctx
