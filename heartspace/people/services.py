"""People services: the balance of interactions and the bounded queries pages need."""

from __future__ import annotations

import datetime

from django.db.models import CASCADE, Count, Q
from django.utils import timezone
from django.utils.translation import gettext_noop, ngettext

from heartspace.people.balance import TARGET, Balance, balance
from heartspace.people.models import Interaction, Person

BALANCE_DAYS = 30


# The metric targets a person may have their own value for, in Person.check_numbers next to the
# session numbers; a missing key means "use mine" (the user's insights targets).
PERSON_TARGETS = ("chats_target_low", "chats_target_high", "ratio_target")


def own_targets(person: Person | None) -> dict[str, int]:
    """This person's own metric targets (only the ones set, and only sensible whole numbers)."""
    if person is None:
        return {}
    stored = person.check_numbers if isinstance(person.check_numbers, dict) else {}
    return {k: v for k, v in stored.items()
            if k in PERSON_TARGETS and isinstance(v, int) and not isinstance(v, bool) and v >= 0}


def ratio_target(user, person: Person | None = None) -> int:
    """The positive-to-corrective aim: the person's own when set, else the user's (seed default 5,
    changed on the insights targets page). No query when the person has their own."""
    own = own_targets(person).get("ratio_target")
    if own:
        return own
    from heartspace.insights.models import InsightSettings

    return InsightSettings.objects.filter(owner=user).values_list("ratio_target", flat=True).first() or TARGET


def person_balance(user, person: Person, days: int = BALANCE_DAYS) -> Balance:
    """Positive vs corrective moments with one person over the last `days` days, against the
    person's own aim or the user's: at most two queries."""
    since = timezone.now() - datetime.timedelta(days=days)
    counts = Interaction.objects.filter(owner=user, person=person, occurred_at__gte=since).aggregate(
        positive=Count("pk", filter=Q(tone=Interaction.Tone.POSITIVE)),
        corrective=Count("pk", filter=Q(tone=Interaction.Tone.CORRECTIVE)),
    )
    return balance(counts["positive"], counts["corrective"], ratio_target(user, person))


def log_interaction(user, person: Person, tone: str, source: str = "tap", note: str = "") -> Interaction:
    return Interaction.objects.create(owner=user, person=person, tone=tone, source=source, note=note[:500])


# Friendlier names for what other apps record about a person (fallback: the model's own name).
def _n(singular: str, plural: str) -> tuple[str, str]:
    return gettext_noop(singular), gettext_noop(plural)


_HISTORY_LABELS = {
    "people.Interaction": (_n("%(n)s logged interaction", "%(n)s logged interactions")),
    "checkins.Check": (_n("%(n)s Connection Check (with its questions, notes and story)",
                          "%(n)s Connection Checks (with their questions, notes and stories)")),
    "checkins.Commitment": (_n("%(n)s commitment", "%(n)s commitments")),
    "checkins.Appreciation": (_n("%(n)s appreciation", "%(n)s appreciations")),
    "checkins.FollowUp": (_n("%(n)s follow-up message", "%(n)s follow-up messages")),
    "checkins.TensionScript": (_n("%(n)s tension script", "%(n)s tension scripts")),
    "practices.Disclosure": (_n("%(n)s daily disclosure", "%(n)s daily disclosures")),
    "practices.FeelingStatement": (_n("%(n)s “I feel” statement", "%(n)s “I feel” statements")),
    "practices.Bid": (_n("%(n)s bid for connection", "%(n)s bids for connection")),
    "practices.Ritual": (_n("%(n)s ritual", "%(n)s rituals")),
    "practices.ConflictRule": (_n("%(n)s conflict rule", "%(n)s conflict rules")),
    "practices.TimeOut": (_n("%(n)s time-out", "%(n)s time-outs")),
    "practices.VulnerabilitySession": (_n("%(n)s vulnerability exercise", "%(n)s vulnerability exercises")),
    "practices.Boundary": (_n("%(n)s boundary", "%(n)s boundaries")),
    "insights.DepthPreference": (_n("%(n)s question-depth setting", "%(n)s question-depth settings")),
    "insights.Adjustment": (_n("%(n)s reassessment suggestion", "%(n)s reassessment suggestions")),
    "insights.SignalDismissal": (_n("%(n)s dismissed pattern", "%(n)s dismissed patterns")),
    "partners.Link": (_n("%(n)s partner link", "%(n)s partner links")),
    "partners.Invitation": (_n("%(n)s partner invitation", "%(n)s partner invitations")),
}


def _history_label(model, n: int) -> str:
    forms = _HISTORY_LABELS.get(model._meta.label)
    if forms:
        return ngettext(forms[0], forms[1], n) % {"n": n}
    return f"{n} {model._meta.verbose_name if n == 1 else model._meta.verbose_name_plural}"


def history_counts(user, person: Person) -> dict:
    """Everything that points at this person, so the delete question is honest: what deleting removes
    with them, and what stays (unlinked) because its app keeps it. One count per kind of record:
    a fixed number of queries whatever the history size."""
    removed, kept = [], []
    for relation in Person._meta.get_fields(include_hidden=True):
        if not (relation.auto_created and not relation.concrete and (relation.one_to_many or relation.one_to_one)):
            continue
        # `person` is already the user's own: every row pointing at it is about them.
        n = relation.related_model._default_manager.filter(**{relation.field.name: person}).count()
        if not n:
            continue
        entry = {"label": _history_label(relation.related_model, n), "count": n}
        (removed if relation.on_delete is CASCADE else kept).append(entry)
    return {"removed": removed, "kept": kept, "total": sum(e["count"] for e in removed + kept)}


def archive(person: Person) -> None:
    person.archived_at = timezone.now()
    person.save(update_fields=["archived_at", "updated_at"])


def unarchive(person: Person) -> None:
    person.archived_at = None
    person.save(update_fields=["archived_at", "updated_at"])
