"""Owner-scoped lookups. A link belongs to both of its sides; anyone else gets 404."""

from __future__ import annotations

from django.db.models import Q
from django.http import Http404

from heartspace.ownership import get_owned_or_404
from heartspace.partners.models import Invitation, JointSession, Link, Share, SharedQuestion, SharedRitual


def _authenticated(user) -> None:
    if not getattr(user, "is_authenticated", False):
        raise Http404


def get_link_for_user(user, link_id, active_only: bool = True) -> Link:
    _authenticated(user)
    queryset = Link.objects.filter(Link.sides_q(user)).select_related("owner", "other", "owner_person", "other_person")
    if active_only:
        queryset = queryset.filter(ended_at__isnull=True)
    try:
        return queryset.get(pk=link_id)
    except (Link.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def _on_active_link(model, user, object_id, related=()):
    _authenticated(user)
    queryset = model.objects.filter(link__ended_at__isnull=True).filter(
        Q(link__owner=user) | Q(link__other=user)
    ).select_related("link", "link__owner", "link__other", *related)
    try:
        return queryset.get(pk=object_id)
    except (model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None


def get_question_for_user(user, shared_question_id) -> SharedQuestion:
    return _on_active_link(SharedQuestion, user, shared_question_id)


def get_session_for_user(user, joint_session_id) -> JointSession:
    return _on_active_link(JointSession, user, joint_session_id)


def get_shared_ritual_for_user(user, shared_ritual_id) -> SharedRitual:
    return _on_active_link(SharedRitual, user, shared_ritual_id)


def get_invitation_for_user(user, invitation_id) -> Invitation:
    return get_owned_or_404(Invitation, user, pk=invitation_id)


def get_share_for_user(user, share_id) -> Share:
    """Only the sharer acts on a share (takes it back)."""
    return get_owned_or_404(Share.objects.select_related("link"), user, pk=share_id)
