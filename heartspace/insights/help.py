"""'When to seek help': evaluate the signals for one user, dismiss and restore them."""

from __future__ import annotations

import datetime

from django.utils.translation import gettext_lazy

from heartspace.insights import services, signals, texts
from heartspace.insights.models import SignalDismissal
from heartspace.people.models import Person

DISMISS_WEEKS = 12  # a dismissed signal stays hidden for one reassessment cycle, then may return
THERAPY_KEY = "therapy"  # dismissing the couples-therapy suggestion itself
DISMISSALS_SHOWN = 30


def _names(user) -> dict[int, str]:
    return dict(Person.objects.filter(owner=user).values_list("pk", "name"))


def _describe(signal: signals.Signal, names: dict[int, str]) -> dict:
    name = names.get(signal.person_id, "") if signal.person_id else ""
    return {
        "key": signal.key, "rule": signal.rule, "person_name": name,
        "title": texts.signal_title(signal.rule),
        "explanation": texts.signal_explanation(signal.rule, signal.evidence, name),
        "threshold": texts.signal_threshold(signal.rule, signal.evidence),
        "evidence": signal.evidence,
    }


def _findings(user, now: datetime.datetime) -> list[signals.Finding]:
    zone = user.zoneinfo()
    prefs = services.settings_for(user)
    return signals.findings(services.signal_history(user, zone, now), now, zone, prefs.ratio_target)


def _active_keys(dismissals, today: datetime.date) -> set[str]:
    return {d.key for d in dismissals if d.restored_at is None and d.hidden_until >= today}


def report(user, now: datetime.datetime) -> dict:
    today = now.astimezone(user.zoneinfo()).date()
    found = _findings(user, now)
    names = _names(user)
    dismissals = list(SignalDismissal.objects.filter(owner=user).order_by("-dismissed_at", "-pk")[:DISMISSALS_SHOWN])
    hidden = _active_keys(dismissals, today)
    present, watching = [], []
    for finding in found:
        if not finding.signal.present:
            continue
        item = _describe(finding.signal, names) | {
            "weeks_present": finding.weeks_present, "persistent": finding.persistent,
            "dismissed": finding.signal.key in hidden}
        present.append(item)
        if not item["dismissed"]:
            watching.append(item)
    suggest = THERAPY_KEY not in hidden and signals.suggest_therapy(found, hidden)
    return {
        "present": present,
        "visible": watching,
        "suggest_therapy": suggest,
        "persist_weeks": signals.PERSIST_WEEKS,
        "rules": [texts.signal_title(rule) for rule in signals.RULES],
        "dismissed": [_dismissal_view(d, names, today) for d in dismissals],
        "therapy_key": THERAPY_KEY,
    }


def _dismissal_view(dismissal: SignalDismissal, names: dict[int, str], today: datetime.date) -> dict:
    name = names.get(dismissal.person_id, "") if dismissal.person_id else ""
    if dismissal.rule == THERAPY_KEY:
        reasons = [texts.signal_explanation(s["rule"], s["evidence"], names.get(s.get("person_id"), ""))
                   for s in dismissal.evidence.get("signals", [])]
        title = gettext_lazy("The suggestion of couples therapy")
    else:
        reasons = [texts.signal_explanation(dismissal.rule, dismissal.evidence, name)]
        title = texts.signal_title(dismissal.rule)
    return {"dismissal": dismissal, "title": title, "person_name": name, "reasons": reasons,
            "active": dismissal.restored_at is None and dismissal.hidden_until >= today}


def dismiss(user, key: str, now: datetime.datetime) -> bool:
    """Hide a present signal (or the therapy suggestion), keeping the numbers that raised it."""
    today = now.astimezone(user.zoneinfo()).date()
    found = _findings(user, now)
    if key == THERAPY_KEY:
        persistent = [f.signal for f in found if f.persistent]
        if not persistent:
            return False
        evidence = {"signals": [{"rule": s.rule, "evidence": s.evidence, "person_id": s.person_id}
                                for s in persistent]}
        rule, person_id = THERAPY_KEY, None
    else:
        match = next((f.signal for f in found if f.signal.key == key and f.signal.present), None)
        if match is None:
            return False
        evidence, rule, person_id = match.evidence, match.rule, match.person_id
    if person_id is not None and not Person.objects.filter(owner=user, pk=person_id).exists():
        person_id = None
    SignalDismissal.objects.create(owner=user, key=key, rule=rule, person_id=person_id, evidence=evidence,
                                   dismissed_at=now, hidden_until=today + datetime.timedelta(weeks=DISMISS_WEEKS))
    return True


def restore(dismissal: SignalDismissal, now: datetime.datetime) -> None:
    if dismissal.restored_at is None:
        dismissal.restored_at = now
        dismissal.save(update_fields=["restored_at", "updated_at"])


def persistent_notice(user, now: datetime.datetime) -> bool:
    """For the home panel: is a calm suggestion waiting on the help page?"""
    today = now.astimezone(user.zoneinfo()).date()
    found = _findings(user, now)
    hidden = _active_keys(SignalDismissal.objects.filter(owner=user, restored_at__isnull=True,
                                                         hidden_until__gte=today).only("key", "restored_at",
                                                                                       "hidden_until"), today)
    return THERAPY_KEY not in hidden and signals.suggest_therapy(found, hidden)
