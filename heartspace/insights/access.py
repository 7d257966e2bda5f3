"""Owner-scoped lookups for insights: anyone else's id is a 404."""

from heartspace.insights.models import Adjustment, Reassessment, SignalDismissal
from heartspace.ownership import get_owned_or_404


def get_reassessment_for_user(user, reassessment_id) -> Reassessment:
    return get_owned_or_404(Reassessment, user, pk=reassessment_id)


def get_adjustment_for_user(user, adjustment_id) -> Adjustment:
    return get_owned_or_404(Adjustment, user, pk=adjustment_id)


def get_dismissal_for_user(user, dismissal_id) -> SignalDismissal:
    return get_owned_or_404(SignalDismissal, user, pk=dismissal_id)
