"""Sign-up invitations, for the ownership walker (a stranger must get 404) and the accounts tests."""

from __future__ import annotations

import datetime

from django.utils import timezone

from heartspace.accounts.models import SignupInvitation
from heartspace.accounts.services import hash_token


def make_signup_invitation(owner, token: str | None = None, **extra) -> SignupInvitation:
    import secrets

    extra.setdefault("expires_at", timezone.now() + datetime.timedelta(days=7))
    return SignupInvitation.objects.create(owner=owner, token_hash=hash_token(token or secrets.token_urlsafe(16)), **extra)


OWNED_OBJECT_FACTORIES = {
    "signup_invitation_id": lambda owner: make_signup_invitation(owner).pk,
}

TOKEN_KWARGS = {
    "signup_token": "single-use sign-up invitation (tests/accounts/test_signup_invitations.py)",
}
