"""The gentle daily disclosure prompt (off unless asked for), and the reassessment reminder."""

from __future__ import annotations

import datetime
import zoneinfo

import pytest
import time_machine
from django.core import mail
from django.urls import reverse

from heartspace.feeds import planner, reminder_rules, sender
from heartspace.feeds.models import Reminder, ReminderKind, ReminderOptOut, ReminderSettings
from heartspace.feeds.worker import run_once
from heartspace.practices.models import Disclosure

LONDON = zoneinfo.ZoneInfo("Europe/London")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
NOW = datetime.datetime(2026, 5, 4, 9, 0, tzinfo=datetime.UTC)  # Monday, 10:00 in London (BST)


def prompts(owner):
    return list(Reminder.objects.filter(owner=owner, kind=ReminderKind.DISCLOSURE).order_by("occurrence"))


def turn_on(owner, at=datetime.time(19, 0)):
    ReminderSettings.objects.update_or_create(owner=owner, defaults={"disclosure_time": at})


def test_off_unless_the_user_asks_for_it(owner):
    with time_machine.travel(NOW, tick=False):
        planner.plan_for_user(owner)
    assert prompts(owner) == []


def test_planned_daily_at_the_chosen_local_time_except_days_already_written(owner):
    turn_on(owner)
    Disclosure.objects.create(owner=owner, text="Already written", day=datetime.date(2026, 5, 5))
    with time_machine.travel(NOW, tick=False):
        planner.plan_for_user(owner)
        assert planner.plan_for_user(owner) == 0  # idempotent
    planned = prompts(owner)
    assert [r.occurrence for r in planned] == [datetime.date(2026, 5, 4), datetime.date(2026, 5, 6)]
    assert planned[0].due_at == datetime.datetime(2026, 5, 4, 19, 0, tzinfo=LONDON)


def test_follows_the_users_time_zone_and_dst(owner):
    turn_on(owner, datetime.time(20, 30))
    with time_machine.travel(datetime.datetime(2026, 3, 28, 12, 0, tzinfo=datetime.UTC), tick=False):
        planner.plan_for_user(owner)  # London clocks go forward on Sunday 29 March
    by_day = {r.occurrence: r.due_at for r in prompts(owner)}
    assert by_day[datetime.date(2026, 3, 28)] == datetime.datetime(2026, 3, 28, 20, 30, tzinfo=datetime.UTC)
    assert by_day[datetime.date(2026, 3, 29)] == datetime.datetime(2026, 3, 29, 19, 30, tzinfo=datetime.UTC)
    owner.time_zone = "Asia/Tokyo"
    owner.save()
    Reminder.objects.all().delete()
    with time_machine.travel(NOW, tick=False):
        planner.plan_for_user(owner)
    first = prompts(owner)[0]
    assert first.occurrence == datetime.date(2026, 5, 4)  # already 18:00 in Tokyo; 20:30 still ahead
    assert first.due_at == datetime.datetime(2026, 5, 4, 20, 30, tzinfo=TOKYO)


def test_quiet_hours_move_it_earlier_the_same_evening_or_after_the_morning_quiet(owner):
    owner.quiet_hours_start, owner.quiet_hours_end = datetime.time(21, 0), datetime.time(8, 0)
    owner.save()
    day = datetime.date(2026, 5, 4)
    late = reminder_rules.disclosure_prompt_at(day, datetime.time(22, 30), LONDON, owner.quiet_hours_start,
                                               owner.quiet_hours_end)
    assert late == datetime.datetime(2026, 5, 4, 20, 59, tzinfo=LONDON)  # not tomorrow morning
    early = reminder_rules.disclosure_prompt_at(day, datetime.time(6, 0), LONDON, owner.quiet_hours_start,
                                                owner.quiet_hours_end)
    assert early == datetime.datetime(2026, 5, 4, 8, 0, tzinfo=LONDON)
    turn_on(owner, datetime.time(22, 30))
    with time_machine.travel(NOW, tick=False):
        planner.plan_for_user(owner)
    assert prompts(owner)[0].due_at == late


def test_sent_once_only_when_nothing_was_written_that_day(owner, client):
    turn_on(owner)
    evening = datetime.datetime(2026, 5, 4, 18, 1, tzinfo=datetime.UTC)  # 19:01 in London
    with time_machine.travel(NOW, tick=False):
        planner.plan_for_user(owner)
    with time_machine.travel(evening, tick=False):
        run_once()
        run_once()
    [message] = [m for m in mail.outbox if "disclosure" in m.subject]
    assert message.subject == "A moment for today's disclosure" and message.to == [owner.email]
    assert reverse("practices:disclosure") in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # The next day something is written before the evening: that day's prompt is skipped, not sent.
    mail.outbox.clear()
    Disclosure.objects.create(owner=owner, text="Today I worried about the move 🏠", day=datetime.date(2026, 5, 5))
    with time_machine.travel(evening + datetime.timedelta(days=1), tick=False):
        report = sender.send_due()
    assert not mail.outbox and report.skipped == 1
    # One click on the link in the email stops it.
    path = "/" + message.extra_headers["List-Unsubscribe"].strip("<>").split("://", 1)[1].split("/", 1)[1]
    assert client.post(path).status_code == 200
    assert ReminderOptOut.objects.filter(owner=owner, kind=ReminderKind.DISCLOSURE).exists()
    with time_machine.travel(evening + datetime.timedelta(days=2), tick=False):
        run_once()
    assert not mail.outbox


def test_a_prompt_for_a_day_gone_by_is_not_sent(owner):
    turn_on(owner)
    with time_machine.travel(NOW, tick=False):
        planner.plan_for_user(owner)
    # The worker was off all night; it runs again the next morning.
    with time_machine.travel(datetime.datetime(2026, 5, 5, 7, 30, tzinfo=datetime.UTC), tick=False):
        report = sender.send_due()
    assert report.sent == 0 and not mail.outbox


def test_digest_users_get_no_separate_prompt(owner):
    turn_on(owner)
    owner.reminder_digest = True
    owner.save()
    with time_machine.travel(NOW, tick=False):
        planner.plan_for_user(owner)
    assert prompts(owner) == []


def test_settings_page_turns_it_on_and_keeps_bad_input(owner, owner_client):
    url = reverse("feeds:index")
    data = {"section": "reminders", "reminders-check_lead_minutes": 60, "reminders-ritual_lead_minutes": 30,
            "reminders-day_time": "09:00", "reminders-digest_time": "08:00",
            "reminders-kinds": [k for k in ReminderKind.values]}
    response = owner_client.post(url, {**data, "reminders-disclosure_time": "25:99"})
    assert response.status_code == 200 and "25:99" in response.content.decode()
    assert 'class="error"' in response.content.decode()
    assert owner_client.post(url, {**data, "reminders-disclosure_time": "19:15"}).status_code == 302
    assert ReminderSettings.objects.get(owner=owner).disclosure_time == datetime.time(19, 15)
    assert "The daily disclosure prompt" in owner_client.get(url).content.decode()


# ---- the reassessment ----------------------------------------------------------------------

@pytest.mark.parametrize("started, due", [
    (datetime.date(2026, 2, 9), datetime.date(2026, 5, 4)),   # 12 weeks later: today
    (datetime.date(2025, 11, 18), datetime.date(2026, 5, 5)),  # 24 weeks later: tomorrow
])
def test_reassessment_reminder_is_planned_on_the_boundary(owner, started, due):
    owner.practice_started_on = started
    owner.save()
    with time_machine.travel(NOW, tick=False):
        planner.plan_for_user(owner)
    [reminder] = Reminder.objects.filter(owner=owner, kind=ReminderKind.REASSESSMENT)
    assert reminder.occurrence == due
    assert reminder.due_at == datetime.datetime.combine(due, datetime.time(9, 0), tzinfo=LONDON)


def test_reassessment_not_planned_far_from_the_boundary_and_sent_when_due(owner):
    owner.practice_started_on = datetime.date(2026, 4, 1)
    owner.save()
    with time_machine.travel(NOW, tick=False):
        planner.plan_for_user(owner)
    assert not Reminder.objects.filter(owner=owner, kind=ReminderKind.REASSESSMENT).exists()
    boundary = datetime.date(2026, 4, 1) + datetime.timedelta(weeks=12)
    with time_machine.travel(datetime.datetime.combine(boundary, datetime.time(8, 30), tzinfo=LONDON), tick=False):
        run_once()
    assert not [m for m in mail.outbox if "reassessment" in m.subject]  # planned for 09:00, not yet
    with time_machine.travel(datetime.datetime.combine(boundary, datetime.time(9, 1), tzinfo=LONDON), tick=False):
        run_once()
    [message] = [m for m in mail.outbox if "reassessment" in m.subject]
    assert reverse("insights:reassessment") in message.body
