"""Linking, invitations and sharing: the rules, in one place the views and the CLI share."""

from __future__ import annotations

import datetime
import hashlib
import secrets

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _

from heartspace.partners import shareable
from heartspace.partners.models import (
    Answer,
    AutoShare,
    Invitation,
    JointSession,
    Link,
    LinkLogEntry,
    Share,
    SharedQuestion,
    SharedRitual,
)
from heartspace.partners.safety import concerns_safety

INVITATION_DAYS = 7


class PartnerError(Exception):
    """A rule was broken; the message is safe to show to the person who tried."""


# ---- tokens ---------------------------------------------------------------------------------

def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def create_invitation(owner, kind: str, email: str = "", person=None, days: int = INVITATION_DAYS) -> tuple[Invitation, str]:
    """Returns the invitation and its raw token; the token exists only in this return value."""
    if email and owner.email and email.strip().lower() == owner.email.strip().lower():
        raise PartnerError(_("That is your own email address. Invite the other person with theirs."))
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(owner=owner, kind=kind, email=email.strip(), person=person,
                                           token_hash=hash_token(token),
                                           expires_at=timezone.now() + datetime.timedelta(days=days))
    return invitation, token


def emails_sent_today(user) -> int:
    since = timezone.now() - datetime.timedelta(days=1)
    return Invitation.objects.filter(owner=user, created_at__gte=since).exclude(email="").count()


def find_invitation(token: str) -> Invitation | None:
    if not token or len(token) > 200:
        return None
    return Invitation.objects.select_related("owner").filter(token_hash=hash_token(token)).first()


def invitation_problem(invitation: Invitation | None) -> str | None:
    """Why this invitation cannot be used, in words for the invitee, or None when it can."""
    if invitation is None:
        return _("This invitation link is not valid. Ask the person who invited you to send a new one.")
    if invitation.used_at is not None:
        return _("This invitation has already been used. Each link works once; ask for a new one if you need it.")
    if invitation.cancelled_at is not None:
        return _("This invitation was cancelled. Ask the person who invited you to send a new one if you still want to link.")
    if invitation.expires_at <= timezone.now():
        return _("This invitation has expired. Ask the person who invited you to send a new one.")
    if not invitation.owner.is_active:
        return _("This invitation link is not valid. Ask the person who invited you to send a new one.")
    return None


def active_link_between(a, b) -> Link | None:
    return Link.objects.filter(ended_at__isnull=True).filter(Q(owner=a, other=b) | Q(owner=b, other=a)).first()


def accept_invitation(invitation: Invitation, user) -> Link:
    """Link `user` to the invitation's owner; the invitation can never be used again."""
    with transaction.atomic():
        locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
        problem = invitation_problem(locked)
        if problem:
            raise PartnerError(problem)
        if locked.owner_id == user.pk:
            raise PartnerError(_("This is your own invitation. Send the link to the person you want to link with."))
        if active_link_between(locked.owner, user):
            raise PartnerError(_("You are already linked with %(name)s.") % {"name": locked.owner.name})
        link = Link.objects.create(owner=locked.owner, other=user, kind=locked.kind, owner_person=locked.person)
        locked.used_at = timezone.now()
        locked.accepted_by = user
        locked.save(update_fields=["used_at", "accepted_by", "updated_at"])
    return link


def link_users(a, b, kind: str = "partner") -> Link:
    """Link two existing accounts directly (demo data and the command line)."""
    if a.pk == b.pk:
        raise PartnerError(_("Someone cannot link with themselves."))
    existing = active_link_between(a, b)
    if existing:
        raise PartnerError(_("You are already linked with %(name)s.") % {"name": b.name})
    return Link.objects.create(owner=a, other=b, kind=kind)


def end_link(link: Link) -> None:
    """Unlink: all sharing stops at once; both keep their own records. Nobody is told why."""
    now = timezone.now()
    with transaction.atomic():
        Link.objects.filter(pk=link.pk, ended_at__isnull=True).update(ended_at=now, updated_at=now)
        Share.objects.filter(link=link, withdrawn_at__isnull=True).update(withdrawn_at=now)
        AutoShare.objects.filter(link=link).update(enabled=False)
        JointSession.objects.filter(link=link, status__in=[JointSession.Status.INVITED, JointSession.Status.ACTIVE]) \
            .update(status=JointSession.Status.STOPPED, finished_at=now)
        SharedRitual.objects.filter(link=link, ended_at__isnull=True).update(ended_at=now)
    link.ended_at = now


def active_links_for(user):
    if not getattr(user, "is_authenticated", False):
        return Link.objects.none()
    return Link.objects.filter(Link.sides_q(user), ended_at__isnull=True).select_related("owner", "other")


def shared_rituals_for(user):
    """Rituals on both calendars: the link is active and the ritual not ended."""
    return SharedRitual.objects.filter(link__in=active_links_for(user).values("pk"), ended_at__isnull=True)


# ---- sharing --------------------------------------------------------------------------------

def share_item(user, link: Link, obj, automatic: bool = False) -> Share:
    kind = shareable.kind_for_instance(obj)
    if kind is None or kind.model() is None:
        raise PartnerError(_("This kind of item cannot be shared."))
    if getattr(obj, "owner_id", None) != user.pk or not link.has_side(user):
        raise PartnerError(_("You can share only your own items."))
    if not link.is_active:
        raise PartnerError(_("You are no longer linked, so nothing can be shared there."))
    content_type = ContentType.objects.get_for_model(obj)
    existing = Share.objects.filter(link=link, content_type=content_type, object_id=obj.pk, withdrawn_at__isnull=True).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            return Share.objects.create(owner=user, link=link, kind=kind.key, content_type=content_type,
                                        object_id=obj.pk, automatic=automatic)
    except IntegrityError:  # a double tap: the first one won
        return Share.objects.get(link=link, content_type=content_type, object_id=obj.pk, withdrawn_at__isnull=True)


def withdraw_item(user, link: Link, obj) -> int:
    content_type = ContentType.objects.get_for_model(obj)
    return Share.objects.filter(owner=user, link=link, content_type=content_type, object_id=obj.pk,
                                withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())


def auto_share_new_item(obj) -> int:
    """Called when a registered item is created: share it on links whose owner turned auto-share on."""
    kind = shareable.kind_for_instance(obj)
    owner_id = getattr(obj, "owner_id", None)
    if kind is None or owner_id is None:
        return 0
    prefs = list(AutoShare.objects.filter(owner_id=owner_id, kind=kind.key, enabled=True,
                                          link__ended_at__isnull=True).select_related("link"))
    if not prefs:
        return 0
    try:
        text = kind.text_of(obj)
    except Exception:  # noqa: BLE001 - if we cannot read it, we cannot check it: do not share
        return 0
    if concerns_safety(text):
        return 0
    content_type = ContentType.objects.get_for_model(obj)
    made = 0
    for pref in prefs:
        try:
            with transaction.atomic():
                Share.objects.create(owner_id=owner_id, link=pref.link, kind=kind.key, content_type=content_type,
                                     object_id=obj.pk, automatic=True)
            made += 1
        except IntegrityError:
            continue
    return made


def visible_shares(link: Link, sharer_id: int, limit: int = 200):
    """The sharer's live shares on this link with their objects (bounded: one query per kind)."""
    shares = list(Share.objects.filter(link=link, owner_id=sharer_id, withdrawn_at__isnull=True)
                  .order_by("-created_at")[:limit])
    by_kind: dict[str, list[int]] = {}
    for share in shares:
        by_kind.setdefault(share.kind, []).append(share.object_id)
    objects: dict[tuple[str, int], object] = {}
    for key, ids in by_kind.items():
        kind = shareable.get_kind(key)
        if kind is None:
            continue
        queryset = kind.model().objects.filter(owner_id=sharer_id, pk__in=ids)
        if key == "practices.ritual_outcome":
            queryset = queryset.select_related("ritual")
        for obj in queryset:
            objects[(key, obj.pk)] = obj
    rows = []
    for share in shares:
        obj = objects.get((share.kind, share.object_id))
        if obj is None:  # deleted by its owner: gone from the view too
            continue
        rows.append({"share": share, "shown": shareable.REGISTRY[share.kind].render(obj),
                     "kind": shareable.REGISTRY[share.kind]})
    return rows


def shown_share(share: Share) -> dict | None:
    kind = shareable.get_kind(share.kind)
    if kind is None:
        return None
    obj = kind.model().objects.filter(owner_id=share.owner_id, pk=share.object_id).first()
    if obj is None:
        return None
    return {"share": share, "shown": kind.render(obj), "kind": kind}


# ---- shared questions -----------------------------------------------------------------------

def answers_state(question: SharedQuestion, user):
    """What `user` may see of a shared question: their answer, and the other's only when allowed."""
    answers = {a.owner_id: a for a in question.answers.all()}
    mine = answers.get(user.pk)
    other_id = question.link.other_id if user.pk == question.link.owner_id else question.link.owner_id
    theirs = answers.get(other_id)
    theirs_usable = theirs is not None and not theirs.held_private
    both = mine is not None and theirs_usable and not mine.held_private
    show_theirs = theirs_usable and (both or theirs.revealed_early)
    return {"mine": mine, "theirs": theirs if show_theirs else None, "both_answered": both,
            "they_answered": theirs_usable, "they_passed": question.status == SharedQuestion.Status.PASSED
            and question.owner_id == user.pk}


def save_answer(question: SharedQuestion, user, text: str) -> Answer:
    if question.status == SharedQuestion.Status.PASSED:
        raise PartnerError(_("This question was passed, so it is closed. You can ask another one any time."))
    held = concerns_safety(text)
    answer, _created = Answer.objects.update_or_create(owner=user, question=question,
                                                       defaults={"text": text, "held_private": held})
    return answer


# ---- mutuality ------------------------------------------------------------------------------

def mutuality(link: Link, months: int = 6, today: datetime.date | None = None) -> list[dict]:
    """Per month, how many disclosures and answers each side shared on this link: totals only."""
    today = today or timezone.now().date()
    index = today.year * 12 + today.month - 1 - (months - 1)
    first = datetime.date(index // 12, index % 12 + 1, 1)
    start = timezone.make_aware(datetime.datetime.combine(first, datetime.time()))
    disclosure_kinds = [k.key for k in shareable.KINDS if k.counts_as_disclosure]
    counts: dict[tuple[datetime.date, int], int] = {}
    share_rows = (Share.objects.filter(link=link, kind__in=disclosure_kinds, created_at__gte=start)
                  .annotate(month=TruncMonth("created_at")).values("month", "owner_id").annotate(n=Count("id")))
    answer_rows = (Answer.objects.filter(question__link=link, held_private=False, created_at__gte=start)
                   .annotate(month=TruncMonth("created_at")).values("month", "owner_id").annotate(n=Count("id")))
    for row in list(share_rows) + list(answer_rows):
        month = row["month"].date() if isinstance(row["month"], datetime.datetime) else row["month"]
        key = (month.replace(day=1), row["owner_id"])
        counts[key] = counts.get(key, 0) + row["n"]
    result = []
    month = first
    while month <= today:
        result.append({"month": month, "owner": counts.get((month, link.owner_id), 0),
                       "other": counts.get((month, link.other_id), 0)})
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return result


def balance(link: Link, since: datetime.datetime | None = None) -> dict:
    """The shared 5:1 view: positive and corrective moments each side logged, and together."""
    since = since or timezone.now() - datetime.timedelta(days=30)
    rows = (LinkLogEntry.objects.filter(link=link, occurred_at__gte=since)
            .values("owner_id", "tone").annotate(n=Count("id")))
    table = {(r["owner_id"], r["tone"]): r["n"] for r in rows}

    def side(user_id):
        return {"positive": table.get((user_id, "positive"), 0), "corrective": table.get((user_id, "corrective"), 0)}

    owner_side, other_side = side(link.owner_id), side(link.other_id)
    positive = owner_side["positive"] + other_side["positive"]
    corrective = owner_side["corrective"] + other_side["corrective"]
    ratio = round(positive / corrective, 1) if corrective else None
    return {"owner": owner_side, "other": other_side, "positive": positive, "corrective": corrective,
            "ratio": ratio, "target": link.balance_target,
            "meets_target": corrective == 0 and positive > 0 or (ratio is not None and ratio >= link.balance_target)}
