"""Sign-up invitations: single-use, expiring, revocable links to create an account on this instance."""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from heartspace.accounts.models import SignupInvitation, User

INVITATION_DAYS = 7
MAX_INVITATION_DAYS = 30
# Enough to bring in friends and family; a cap so one account cannot mint links without end.
MAX_OPEN_INVITATIONS = 20


class InvitationError(Exception):
    """Why an invitation cannot be made or used, in words for the person reading it."""


def invitations_allowed() -> bool:
    """Sign-up invitations work only when the instance takes new accounts by invitation (or openly)."""
    return settings.HS_SIGNUPS in ("invite", "open")


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def open_invitations(owner):
    return SignupInvitation.objects.filter(owner=owner, used_at__isnull=True, revoked_at__isnull=True,
                                           expires_at__gt=timezone.now())


def create_invitation(owner: User, note: str = "", days: int = INVITATION_DAYS) -> tuple[SignupInvitation, str]:
    """Returns the invitation and its raw token; the token exists only in this return value."""
    if not invitations_allowed():
        raise InvitationError(_("Sign-ups are closed on this heartspace, so an invitation link would not work."))
    if open_invitations(owner).count() >= MAX_OPEN_INVITATIONS:
        raise InvitationError(_("You have many unused invitation links. Revoke some before making more."))
    token = secrets.token_urlsafe(32)
    invitation = SignupInvitation.objects.create(owner=owner, note=note.strip(), token_hash=hash_token(token),
                                                 expires_at=timezone.now() + datetime.timedelta(days=days))
    return invitation, token


def find_invitation(token: str) -> SignupInvitation | None:
    if not token or len(token) > 200:
        return None
    return SignupInvitation.objects.select_related("owner").filter(token_hash=hash_token(token)).first()


def invitation_problem(invitation: SignupInvitation | None) -> str | None:
    """Why this invitation cannot be used, in words for the invitee, or None when it can."""
    if invitation is None or not invitation.owner.is_active:
        return _("This invitation link is not valid. Ask the person who invited you to send a new one.")
    if invitation.used_at is not None:
        return _("This invitation has already been used. Each link creates one account; ask for a new one if you need it.")
    if invitation.revoked_at is not None:
        return _("This invitation was withdrawn by the person who made it. Ask them for a new one if you still want to join.")
    if invitation.expires_at <= timezone.now():
        return _("This invitation has expired. Ask the person who invited you to send a new one.")
    return None


def use_invitation(invitation: SignupInvitation, new_user: User) -> None:
    """Marks the invitation used by `new_user`; a conditional update, so two people cannot both use one link."""
    now = timezone.now()
    claimed = SignupInvitation.objects.filter(pk=invitation.pk, used_at__isnull=True, revoked_at__isnull=True,
                                              expires_at__gt=now).update(used_at=now, used_by=new_user, updated_at=now)
    if claimed != 1:
        raise InvitationError(_("This invitation was used or withdrawn a moment ago. Ask for a new one."))


def revoke_invitation(invitation: SignupInvitation) -> bool:
    """Withdraws an unused invitation; returns False when it was already used or withdrawn."""
    if invitation.used_at is not None or invitation.revoked_at is not None:
        return False
    now = timezone.now()
    invitation.revoked_at = now
    invitation.save(update_fields=["revoked_at", "updated_at"])
    return True
