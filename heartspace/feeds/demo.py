"""Demo data for feeds: a calendar feed address, reminder settings, and a few reminders already sent."""

from __future__ import annotations

import datetime

from django.utils import timezone

from heartspace.feeds.models import FeedToken, Reminder, ReminderKind, ReminderSettings, new_feed_secret


def generate(ctx) -> None:
    rng = ctx.rng
    # The one thing not drawn from ctx.rng: a feed secret must never be predictable from a seed,
    # even for a demo account someone runs on a reachable server.
    FeedToken.objects.update_or_create(owner=ctx.user, defaults={"secret": new_feed_secret(), "active": True,
                                                                  "include_alarms": True, "alarm_minutes": 30})
    ReminderSettings.objects.get_or_create(owner=ctx.user)
    ctx.count("feed tokens", 1)
    now = timezone.now()
    sent = []
    for days_ago in range(1, min(ctx.days, 14) + 1):
        due = now - datetime.timedelta(days=days_ago, hours=rng.randint(0, 5))
        sent.append(Reminder(owner=ctx.user, kind=ReminderKind.DIGEST, object_id=0,
                             occurrence=(ctx.today - datetime.timedelta(days=days_ago)), due_at=due,
                             claimed_at=due, sending_at=due, sent_at=due, attempts=1, outcome=Reminder.Outcome.SENT))
    Reminder.objects.bulk_create(sent, ignore_conflicts=True)
    ctx.count("reminders sent", len(sent))
