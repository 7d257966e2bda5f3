"""Owner-scoped lookups for practice records: anyone else's id is a 404."""

from heartspace.ownership import get_owned_or_404
from heartspace.practices.models import (
    Bid,
    Boundary,
    ConflictRule,
    Disclosure,
    FeelingStatement,
    Ritual,
    RitualOccurrence,
    TimeOut,
    VulnerabilitySession,
)


def get_disclosure_for_user(user, disclosure_id) -> Disclosure:
    return get_owned_or_404(Disclosure.objects.select_related("person"), user, pk=disclosure_id)


def get_statement_for_user(user, statement_id) -> FeelingStatement:
    return get_owned_or_404(FeelingStatement, user, pk=statement_id)


def get_bid_for_user(user, bid_id) -> Bid:
    return get_owned_or_404(Bid, user, pk=bid_id)


def get_ritual_for_user(user, ritual_id) -> Ritual:
    return get_owned_or_404(Ritual.objects.select_related("person"), user, pk=ritual_id)


def get_occurrence_for_user(user, occurrence_id) -> RitualOccurrence:
    return get_owned_or_404(RitualOccurrence.objects.select_related("ritual"), user, pk=occurrence_id)


def get_rule_for_user(user, rule_id) -> ConflictRule:
    return get_owned_or_404(ConflictRule, user, pk=rule_id)


def get_timeout_for_user(user, timeout_id) -> TimeOut:
    return get_owned_or_404(TimeOut.objects.select_related("person"), user, pk=timeout_id)


def get_vulnerability_for_user(user, vulnerability_id) -> VulnerabilitySession:
    return get_owned_or_404(VulnerabilitySession.objects.select_related("person"), user, pk=vulnerability_id)


def get_boundary_for_user(user, boundary_id) -> Boundary:
    return get_owned_or_404(Boundary.objects.select_related("person"), user, pk=boundary_id)
