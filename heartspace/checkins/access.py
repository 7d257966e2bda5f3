"""Owner-scoped lookups for Connection Checks and what hangs off them: anyone else's id is a 404."""

from heartspace.checkins.models import Check, CheckQuestion, Commitment, CustomQuestion, FollowUp
from heartspace.ownership import get_owned_or_404


def get_check_for_user(user, check_id) -> Check:
    return get_owned_or_404(Check.objects.select_related("person"), user, pk=check_id)


def get_check_question_for_user(user, check_question_id) -> CheckQuestion:
    return get_owned_or_404(CheckQuestion, user, pk=check_question_id)


def get_commitment_for_user(user, commitment_id) -> Commitment:
    return get_owned_or_404(Commitment.objects.select_related("person"), user, pk=commitment_id)


def get_custom_question_for_user(user, custom_question_id) -> CustomQuestion:
    return get_owned_or_404(CustomQuestion, user, pk=custom_question_id)


def get_follow_up_for_user(user, follow_up_id) -> FollowUp:
    return get_owned_or_404(FollowUp, user, pk=follow_up_id)
