"""Demo data for insights: a past 12-week reassessment with recorded decisions.

Runs after the other generators (it reads their checks, commitments and moments), so it must
be registered last in heartspace/demo.py. Metrics and signals need no rows of their own: they
are computed from the other apps' records.
"""

from __future__ import annotations

import datetime

from heartspace.insights import reassess, services
from heartspace.insights.models import Adjustment


def generate(ctx) -> None:
    user = ctx.user
    prefs = services.settings_for(user)
    weeks = prefs.reassessment_weeks
    history_start = ctx.today - datetime.timedelta(days=ctx.days)
    # The demo history begins `days` ago, so the practice did too.
    if user.practice_started_on is None or user.practice_started_on > history_start:
        user.practice_started_on = history_start
        user.save(update_fields=["practice_started_on"])
    first_due = history_start + datetime.timedelta(weeks=weeks)
    if first_due > ctx.today:
        return
    due_moment = datetime.datetime.combine(first_due, datetime.time(19, 0), tzinfo=user.zoneinfo())
    record = reassess.start(user, prefs, first_due, due_moment)
    ctx.count("reassessments", 1)
    for index, adjustment in enumerate(Adjustment.objects.filter(owner=user, reassessment=record).order_by("pk")):
        # Accept the first suggestion, decide the rest by the seeded coin, leave none hanging.
        accept = index == 0 or ctx.rng.random() < 0.5
        reassess.decide(adjustment, accept, due_moment + datetime.timedelta(minutes=5 + index))
        ctx.count("reassessment decisions", 1)
