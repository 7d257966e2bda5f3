"""Email reminders: planning, exactly-once sending with racing workers, crashes, unsubscribe."""

from __future__ import annotations

import datetime
import threading
import zoneinfo

import pytest
import time_machine
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection
from django.urls import reverse

from heartspace.checkins.models import Check, Commitment
from heartspace.feeds import planner, sender
from heartspace.feeds.models import Reminder, ReminderKind, ReminderOptOut
from heartspace.feeds.worker import BackgroundWorker, run_once
from heartspace.people.models import Person
from heartspace.practices.models import Ritual, TimeOut

LONDON = zoneinfo.ZoneInfo("Europe/London")
NOW = datetime.datetime(2026, 5, 4, 9, 0, tzinfo=datetime.UTC)  # 10:00 in London (BST)


class Crash(BaseException):
    """Stands in for the process dying (not an Exception, so nothing catches it)."""


class FailingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture
def sam(owner):
    return Person.objects.create(owner=owner, name="Sam", notes="PRIVATE")


def make_check(owner, person, when, status=Check.Status.SCHEDULED):
    return Check.objects.create(owner=owner, person=person, scheduled_for=when, status=status, notes="PRIVATE-NOTE")


def test_planner_creates_each_kind_once_with_quiet_hours(owner, sam):
    with time_machine.travel(NOW, tick=False):
        check = make_check(owner, sam, datetime.datetime(2026, 5, 4, 18, 0, tzinfo=LONDON))
        early = make_check(owner, sam, datetime.datetime(2026, 5, 5, 7, 30, tzinfo=LONDON))
        Commitment.objects.create(owner=owner, person=sam, text="PRIVATE-COMMITMENT", due_on=datetime.date(2026, 5, 5))
        Ritual.objects.create(owner=owner, person=sam, title="Gratitude", frequency="daily",
                              time_of_day=datetime.time(21, 30), starts_on=datetime.date(2026, 5, 1))
        TimeOut.objects.create(owner=owner, person=sam, minutes=20, return_by=NOW + datetime.timedelta(minutes=20),
                               topic="PRIVATE-TOPIC")
        assert planner.plan_for_user(owner) > 0
        again = planner.plan_for_user(owner)
    assert again == 0  # idempotent
    by_kind = {}
    for reminder in Reminder.objects.filter(owner=owner):
        by_kind.setdefault(reminder.kind, []).append(reminder)
    [check_reminder, early_reminder] = sorted(by_kind["check"], key=lambda r: r.object_id)
    assert check_reminder.object_id == check.pk
    assert check_reminder.due_at == datetime.datetime(2026, 5, 4, 17, 0, tzinfo=LONDON)  # an hour before
    assert early_reminder.object_id == early.pk
    assert early_reminder.due_at == datetime.datetime(2026, 5, 4, 20, 59, tzinfo=LONDON)  # before quiet hours
    [commitment] = by_kind["commitment"]
    assert commitment.due_at == datetime.datetime(2026, 5, 5, 9, 0, tzinfo=LONDON)
    # The 21:30 ritual falls in quiet hours (21:00-08:00) and starts before they end: sent at 20:59.
    assert {r.due_at.astimezone(LONDON).time() for r in by_kind["ritual"]} == {datetime.time(20, 59)}
    assert len(by_kind["timeout"]) == 1 and len(by_kind["reassessment"] if "reassessment" in by_kind else []) == 0


def test_digest_mode_sends_one_email_a_day_and_time_outs_apart(owner, sam):
    owner.reminder_digest = True
    owner.save()
    with time_machine.travel(NOW, tick=False):
        make_check(owner, sam, datetime.datetime(2026, 5, 5, 18, 0, tzinfo=LONDON))
        TimeOut.objects.create(owner=owner, person=sam, minutes=20, return_by=NOW + datetime.timedelta(minutes=20))
        planner.plan_for_user(owner)
    kinds = sorted(Reminder.objects.filter(owner=owner).values_list("kind", flat=True))
    # Today's 08:00 digest was already two hours past when planned, so only the next two days get one.
    assert kinds == ["digest", "digest", "timeout"]
    with time_machine.travel(datetime.datetime(2026, 5, 5, 7, 30, tzinfo=datetime.UTC), tick=False):
        report = sender.send_due()
    assert report.sent == 2  # the time-out nudge (overdue) and the 5 May digest
    digest = next(m for m in mail.outbox if m.subject.startswith("Today in heartspace"))
    assert "Connection Check with Sam" in digest.body and "PRIVATE" not in digest.body


def test_sender_sends_once_with_unsubscribe_and_no_private_text(owner, sam, client):
    with time_machine.travel(NOW, tick=False):
        make_check(owner, sam, NOW + datetime.timedelta(minutes=30))
        run_once()
        run_once()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "Connection Check with Sam at 10:30"
    assert "PRIVATE" not in message.body and message.to == [owner.email]
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get("/" + path)
    assert page.status_code == 200 and not ReminderOptOut.objects.exists()  # GET only asks
    assert client.post("/" + path).status_code == 200
    assert ReminderOptOut.objects.filter(owner=owner, kind="check").exists()
    with time_machine.travel(NOW + datetime.timedelta(days=1), tick=False):
        make_check(owner, sam, NOW + datetime.timedelta(days=1, minutes=30))
        run_once()
    assert len(mail.outbox) == 1  # unsubscribed from checks


def test_bad_unsubscribe_token_is_404(client):
    assert client.get(reverse("feeds:unsubscribe", kwargs={"unsubscribe_token": "forged"})).status_code == 404
    assert client.post(reverse("feeds:unsubscribe", kwargs={"unsubscribe_token": "a:b:c"})).status_code == 404


def test_reminder_no_longer_wanted_is_skipped(owner, sam):
    with time_machine.travel(NOW, tick=False):
        check = make_check(owner, sam, NOW + datetime.timedelta(minutes=30))
        planner.plan_for_user(owner)
        check.status = Check.Status.SKIPPED
        check.save()
        report = sender.send_due()
    assert report.skipped == 1 and not mail.outbox
    assert Reminder.objects.get().outcome == "skipped"


def test_crash_before_sending_is_recovered_not_lost(owner, sam):
    with time_machine.travel(NOW, tick=False):
        make_check(owner, sam, NOW + datetime.timedelta(minutes=50))
        planner.plan_for_user(owner)
        reminder = Reminder.objects.get()
        assert sender.claim(reminder.pk, NOW)  # a worker claimed it... and died
        assert sender.send_due().sent == 0  # another worker leaves a fresh claim alone
    with time_machine.travel(NOW + sender.STALE + datetime.timedelta(seconds=1), tick=False):
        assert sender.send_due().sent == 1
    assert len(mail.outbox) == 1


def test_crash_while_sending_is_never_sent_twice(owner, sam):
    def die(reminder):
        raise Crash

    with time_machine.travel(NOW, tick=False):
        make_check(owner, sam, NOW + datetime.timedelta(minutes=50))
        planner.plan_for_user(owner)
        with pytest.raises(Crash):
            sender.send_due(before_send=die)
    with time_machine.travel(NOW + sender.STALE * 3, tick=False):
        report = sender.send_due()
    assert report.sent == 0 and report.uncertain == 1 and not mail.outbox
    assert Reminder.objects.get().outcome == "uncertain"


def test_mail_server_failure_retries_with_backoff(owner, sam, settings):
    settings.EMAIL_BACKEND = "tests.feeds.test_reminders.FailingBackend"
    with time_machine.travel(NOW, tick=False):
        make_check(owner, sam, NOW + datetime.timedelta(minutes=50))
        planner.plan_for_user(owner)
        assert sender.send_due().failed == 1
        reminder = Reminder.objects.get()
        assert reminder.sent_at is None and reminder.claimed_at is None and reminder.attempts == 1
        assert reminder.last_error == "ConnectionRefusedError"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(NOW + datetime.timedelta(minutes=3), tick=False):
        assert sender.send_due().sent == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_two_workers_racing_send_each_reminder_exactly_once(tmp_path):
    """Two workers at once against one database. PostgreSQL: two threads on the test database.
    SQLite: the in-memory test database cannot be shared between connections for writing, so two
    real `heartspace remind --once` processes race on an SQLite file, as they would in production."""
    if connection.vendor == "sqlite":
        race_processes(tmp_path)
    else:
        race_threads()


def race_threads():
    from tests.conftest import make_user

    owner = make_user("racer")
    person = Person.objects.create(owner=owner, name="Ana")
    with time_machine.travel(NOW, tick=False):
        for n in range(20):
            make_check(owner, person, NOW + datetime.timedelta(hours=2, minutes=30 + n))
        planner.plan_for_user(owner)
    assert Reminder.objects.count() == 20
    barrier = threading.Barrier(2)
    reports, errors = [], []

    def worker():
        try:
            barrier.wait(timeout=10)
            with time_machine.travel(NOW + datetime.timedelta(hours=2), tick=True):
                reports.append(sender.send_due())
        except Exception as exc:  # noqa: BLE001
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors
    assert sum(r.sent for r in reports) == 20
    ids = [m.extra_headers["Message-ID"] for m in mail.outbox]
    assert len(ids) == len(set(ids)) == 20
    assert Reminder.objects.filter(outcome="sent").count() == 20


SETUP_SCRIPT = """
import datetime, django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from django.utils import timezone
from heartspace.accounts.models import User
from heartspace.checkins.models import Check
from heartspace.people.models import Person
user = User.objects.create(username="racer", email="racer@example.org", time_zone="Europe/London",
                           quiet_hours_start=datetime.time(0, 0), quiet_hours_end=datetime.time(0, 0))
person = Person.objects.create(owner=user, name="Ana")
now = timezone.now()
Check.objects.bulk_create([Check(owner=user, person=person, status="scheduled",
                                 scheduled_for=now + datetime.timedelta(minutes=30, seconds=n)) for n in range(60)])
"""

COUNT_SCRIPT = """
import django
django.setup()
from heartspace.feeds.models import Reminder
print(Reminder.objects.count(), Reminder.objects.filter(outcome="sent").count())
"""


def race_processes(tmp_path):
    import os
    import re
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "HS_DATA_DIR": str(tmp_path), "HS_REMINDERS": "off", "HS_DATABASE_URL": "",
           "HS_SMTP_URL": "", "DJANGO_SETTINGS_MODULE": "heartspace.settings"}
    subprocess.run([sys.executable, "-c", SETUP_SCRIPT], env=env, cwd=root, check=True, timeout=120)
    workers = [subprocess.Popen([sys.executable, "-m", "heartspace.cli", "remind", "--once"], env=env, cwd=root,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [worker.communicate(timeout=180) for worker in workers]
    assert [w.returncode for w in workers] == [0, 0], [err for _, err in outputs]
    ids = re.findall(r"Message-ID: (<reminder-[^>]+>)", "".join(out for out, _ in outputs))
    assert len(ids) == len(set(ids)) == 60
    counted = subprocess.run([sys.executable, "-c", COUNT_SCRIPT], env=env, cwd=root, capture_output=True, text=True,
                             check=True, timeout=60)
    assert counted.stdout.split() == ["60", "60"]


def test_background_worker_starts_and_stops_cleanly(owner):
    worker = BackgroundWorker(interval=0.05).start()
    assert worker.running
    worker.stop(timeout=5)
    assert not worker.running


def test_reminder_settings_and_opt_outs_on_the_page(owner, owner_client):
    response = owner_client.post(reverse("feeds:index"), {
        "section": "reminders", "reminders-kinds": ["check", "timeout"], "reminders-check_lead_minutes": "45",
        "reminders-ritual_lead_minutes": "30", "reminders-day_time": "09:30", "reminders-digest_time": "07:00"})
    assert response.status_code == 302
    assert set(ReminderOptOut.objects.filter(owner=owner).values_list("kind", flat=True)) == \
        set(ReminderKind.values) - {"check", "timeout"}
    bad = owner_client.post(reverse("feeds:index"), {"section": "reminders", "reminders-check_lead_minutes": "1",
                                                     "reminders-ritual_lead_minutes": "30",
                                                     "reminders-day_time": "nine", "reminders-digest_time": "07:00"})
    assert bad.status_code == 200
    text = bad.content.decode()
    assert "Enter a valid time" in text and "greater than or equal to 5" in text


def test_old_import_previews_and_handled_reminders_are_forgotten(owner):
    from heartspace.feeds.models import ImportBatch
    from heartspace.feeds.worker import purge

    with time_machine.travel(NOW - datetime.timedelta(days=3), tick=False):
        old_pending = ImportBatch.objects.create(owner=owner, cards=[{"index": 1}])
        recent_done = ImportBatch.objects.create(owner=owner, status=ImportBatch.Status.DONE)
    with time_machine.travel(NOW, tick=False):
        fresh_pending = ImportBatch.objects.create(owner=owner)
    Reminder.objects.create(owner=owner, kind="digest", occurrence=datetime.date(2026, 1, 1),
                            due_at=NOW - datetime.timedelta(days=100), outcome="sent", sent_at=NOW)
    waiting = Reminder.objects.create(owner=owner, kind="digest", occurrence=datetime.date(2026, 1, 2),
                                      due_at=NOW - datetime.timedelta(days=100))
    purge(NOW)
    assert set(ImportBatch.objects.values_list("pk", flat=True)) == {recent_done.pk, fresh_pending.pk}
    assert not ImportBatch.objects.filter(pk=old_pending.pk).exists()
    assert list(Reminder.objects.values_list("pk", flat=True)) == [waiting.pk]


def test_in_process_worker_starts_once_per_process(owner):
    from heartspace.feeds.worker import start_background_worker, stop_background_worker

    first = start_background_worker(interval=0.05)
    try:
        assert start_background_worker(interval=0.05) is first and first.running
    finally:
        stop_background_worker()
    assert not first.running


def test_new_quiet_hours_move_reminders_not_yet_sent(owner, sam):
    with time_machine.travel(NOW, tick=False):
        make_check(owner, sam, datetime.datetime(2026, 5, 4, 22, 0, tzinfo=LONDON))
        planner.plan_for_user(owner)
        assert Reminder.objects.get().due_at == datetime.datetime(2026, 5, 4, 20, 59, tzinfo=LONDON)
        owner.quiet_hours_start = datetime.time(23, 0)
        owner.save()
        planner.plan_for_user(owner)
        assert Reminder.objects.get().due_at == datetime.datetime(2026, 5, 4, 21, 0, tzinfo=LONDON)
