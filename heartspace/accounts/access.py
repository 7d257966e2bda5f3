"""Owner-scoped lookups for accounts: anyone else's object answers 404."""

from __future__ import annotations

from heartspace.accounts.models import SignupInvitation
from heartspace.ownership import get_owned_or_404


def get_signup_invitation_for_user(user, signup_invitation_id) -> SignupInvitation:
    return get_owned_or_404(SignupInvitation, user, pk=signup_invitation_id)
