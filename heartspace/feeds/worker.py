"""The reminder worker: plan, then send, every minute. Safe to run as several processes at once.

`heartspace remind --loop` runs it in the foreground; `heartspace serve` starts it as a daemon
thread when HS_REMINDERS=inprocess (the single-user default).
"""

from __future__ import annotations

import datetime
import logging
import threading

from django.db import close_old_connections

log = logging.getLogger("heartspace.reminders")

INTERVAL_SECONDS = 60


def run_once(now=None):
    """One pass: plan upcoming reminders for everyone, send what is due, tidy up. Returns the RunReport."""
    from heartspace.feeds.planner import plan_all
    from heartspace.feeds.sender import send_due

    plan_all(now)
    report = send_due(now)
    purge(now)
    return report


IMPORT_PENDING_KEEP = datetime.timedelta(days=2)
IMPORT_FINISHED_KEEP = datetime.timedelta(days=30)
REMINDER_KEEP = datetime.timedelta(days=90)


def purge(now=None) -> None:
    """Forget what is no longer needed: unconfirmed import previews (they hold a copy of someone's
    address book) after two days, finished imports after 30, handled reminders after 90."""
    from django.db.models import Q
    from django.utils import timezone

    from heartspace.feeds.models import ImportBatch, Reminder

    now = now or timezone.now()
    ImportBatch.objects.filter(
        Q(status=ImportBatch.Status.PENDING, created_at__lt=now - IMPORT_PENDING_KEEP)
        | Q(created_at__lt=now - IMPORT_FINISHED_KEEP)).delete()
    Reminder.objects.filter(due_at__lt=now - REMINDER_KEEP).exclude(outcome="").delete()


def run_loop(stop: threading.Event, interval: float = INTERVAL_SECONDS, on_report=None) -> None:
    """Run passes until `stop` is set; a failing pass is logged (class name only) and retried next time."""
    while not stop.is_set():
        close_old_connections()
        try:
            report = run_once()
            if on_report:
                on_report(report)
        except Exception as exc:  # noqa: BLE001 - the loop must survive a database hiccup
            log.warning("reminder pass failed: %s", type(exc).__name__)
        finally:
            close_old_connections()
        stop.wait(interval)


class BackgroundWorker:
    """A daemon thread running the loop; `stop()` ends it cleanly within one wait."""

    def __init__(self, interval: float = INTERVAL_SECONDS):
        self.interval = interval
        self.stop_event = threading.Event()
        self.thread = threading.Thread(target=self._run, name="heartspace-reminders", daemon=True)

    def _run(self) -> None:
        try:
            run_loop(self.stop_event, self.interval)
        finally:
            close_old_connections()

    def start(self) -> BackgroundWorker:
        self.thread.start()
        return self

    def stop(self, timeout: float = 10) -> None:
        self.stop_event.set()
        self.thread.join(timeout)

    @property
    def running(self) -> bool:
        return self.thread.is_alive()


_worker: BackgroundWorker | None = None
_lock = threading.Lock()


def start_background_worker(interval: float = INTERVAL_SECONDS) -> BackgroundWorker:
    """Start the in-process worker once per process (called by `heartspace serve`)."""
    global _worker
    with _lock:
        if _worker is None or not _worker.running:
            _worker = BackgroundWorker(interval).start()
        return _worker


def stop_background_worker() -> None:
    global _worker
    with _lock:
        if _worker is not None:
            _worker.stop()
            _worker = None
