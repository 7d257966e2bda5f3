"""Send due reminders exactly once, even with several workers and even if one dies mid-send.

The protocol, step by step (each step is one committed statement):

1. Claim: ``UPDATE reminder SET claimed_at=now, claim_token=T, attempts=attempts+1
   WHERE id=X AND sent_at IS NULL AND outcome='' AND sending_at IS NULL
   AND (claimed_at IS NULL OR claimed_at < now - STALE)``. Exactly one worker gets row count 1;
   the others move on. This works the same on SQLite and PostgreSQL (no SELECT ... FOR UPDATE).
2. Re-check the reminder is still wanted (the check may have moved, the commitment been done,
   the kind unsubscribed). If not: outcome "skipped", nothing sent.
3. Mark "sending": ``UPDATE ... SET sending_at=now WHERE id=X AND claim_token=T``. If another
   worker took over a stale claim meanwhile, this matches no row and we stop: never two senders.
4. Hand the email to the mail server (Message-ID derived from the reminder id).
5. Mark sent: ``UPDATE ... SET sent_at=now, outcome='sent' WHERE id=X AND claim_token=T``.

A crash between 1 and 3 leaves a claim without ``sending_at``: after STALE minutes another worker
claims it again and sends it, so nothing is lost. A crash between 3 and 5 is the one moment
nobody can know whether the mail server accepted the message. We choose at-most-once there
(a duplicate nudge about a private conversation is worse than a missing one): the sweep marks it
"uncertain", the next run reports it (count only), and it is never sent twice. The window is one
SMTP call long. A mail server that refuses (an exception) releases the claim and the reminder is
retried with back-off, up to MAX_ATTEMPTS.
"""

from __future__ import annotations

import datetime
import logging
import secrets
from dataclasses import dataclass

from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db.models import F, Q
from django.utils import timezone

from heartspace.feeds import reminder_rules as rules
from heartspace.feeds.models import Reminder, ReminderKind, ReminderOptOut

log = logging.getLogger("heartspace.reminders")

STALE = datetime.timedelta(minutes=5)
MAX_ATTEMPTS = 5
BATCH = 50
UNSUBSCRIBE_SALT = "heartspace.feeds.unsubscribe"


@dataclass
class RunReport:
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    uncertain: int = 0
    lost_claims: int = 0

    def __str__(self) -> str:
        return (f"sent {self.sent}, not needed {self.skipped}, failed {self.failed}, "
                f"interrupted earlier {self.uncertain}")


def claimable(now: datetime.datetime):
    return Reminder.objects.filter(
        Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - STALE),
        sent_at__isnull=True, outcome="", sending_at__isnull=True, due_at__lte=now)


def claim(reminder_id: int, now: datetime.datetime) -> str | None:
    """Try to take one reminder. Returns the claim token, or None if another worker has it."""
    token = secrets.token_hex(16)
    taken = claimable(now).filter(pk=reminder_id).update(
        claimed_at=now, claim_token=token, attempts=F("attempts") + 1)
    return token if taken == 1 else None


def sweep_interrupted(now: datetime.datetime) -> int:
    """Reminders whose sender died while talking to the mail server: never resent (see module doc)."""
    count = Reminder.objects.filter(sent_at__isnull=True, outcome="", sending_at__isnull=False,
                                    claimed_at__lt=now - STALE).update(outcome=Reminder.Outcome.UNCERTAIN,
                                                                       last_error="worker stopped while sending")
    if count:
        log.warning("%d reminder(s) were interrupted while sending and were not resent", count)
    return count


def unsubscribe_token(user, kind: str) -> str:
    return signing.dumps({"u": user.pk, "k": kind}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token: str) -> tuple[int, str] | None:
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(data, dict) or data.get("k") not in ReminderKind.values or not isinstance(data.get("u"), int):
        return None
    return data["u"], data["k"]


def send_due(now: datetime.datetime | None = None, limit: int = 500, before_send=None) -> RunReport:
    """Send every reminder due by `now` that no other worker holds. `before_send` is a test hook
    called between marking "sending" and contacting the mail server."""
    from heartspace.feeds.messages import build_message

    now = now or timezone.now()
    report = RunReport(uncertain=sweep_interrupted(now))
    handled = 0
    while handled < limit:
        ids = list(claimable(now).order_by("due_at", "pk").values_list("pk", flat=True)[:BATCH])
        if not ids:
            break
        progressed = False
        for reminder_id in ids:
            handled += 1
            token = claim(reminder_id, now)
            if token is None:
                report.lost_claims += 1
                continue
            progressed = True
            reminder = Reminder.objects.select_related("owner").get(pk=reminder_id)
            message = None
            try:
                message = build_message(reminder, now)
            except Exception as exc:  # noqa: BLE001 - one bad reminder must not stop the others
                _fail(reminder, token, now, type(exc).__name__)
                report.failed += 1
                continue
            if message is None:
                Reminder.objects.filter(pk=reminder.pk, claim_token=token).update(outcome=Reminder.Outcome.SKIPPED)
                report.skipped += 1
                continue
            started = Reminder.objects.filter(pk=reminder.pk, claim_token=token, sending_at__isnull=True).update(
                sending_at=timezone.now())
            if started != 1:
                report.lost_claims += 1
                continue
            if before_send:
                before_send(reminder)
            try:
                message.send(fail_silently=False)
            except Exception as exc:  # noqa: BLE001 - SMTP errors come in many types
                _fail(reminder, token, now, type(exc).__name__)
                report.failed += 1
                continue
            Reminder.objects.filter(pk=reminder.pk, claim_token=token).update(
                sent_at=timezone.now(), outcome=Reminder.Outcome.SENT, last_error="")
            report.sent += 1
        if not progressed:
            break
    return report


def _fail(reminder: Reminder, token: str, now: datetime.datetime, error: str) -> None:
    """The mail server refused (or the message could not be built): release the claim and retry later."""
    attempts = Reminder.objects.filter(pk=reminder.pk).values_list("attempts", flat=True).first() or 1
    log.warning("reminder %s could not be sent (%s), attempt %d", reminder.pk, error, attempts)
    if attempts >= MAX_ATTEMPTS:
        Reminder.objects.filter(pk=reminder.pk, claim_token=token).update(
            outcome=Reminder.Outcome.FAILED, last_error=error[:120])
        return
    Reminder.objects.filter(pk=reminder.pk, claim_token=token).update(
        claimed_at=None, claim_token="", sending_at=None, last_error=error[:120],
        due_at=now + rules.retry_delay(attempts))


def is_opted_out(user, kind: str) -> bool:
    return ReminderOptOut.objects.filter(owner=user, kind=kind).exists()


__all__ = ["EmailMultiAlternatives", "RunReport", "claim", "send_due", "sweep_interrupted", "unsubscribe_token"]
