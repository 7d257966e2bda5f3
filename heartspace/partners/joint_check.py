"""A Connection Check run together from two phones leaves a record on each side, separately.

When the joint session finishes, each side gets a done `checkins.Check` in their own records,
about their own Person for the other (one is made, named as the other's account, if they had
none yet). Afterwards each side can note their own micro-commitment and appreciation on it:
ordinary owner-only rows that the other never sees unless their owner shares them.
"""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from heartspace.partners.models import JointSession, Link


def _person_for(link: Link, side):
    """The side's own Person record of the other; created (and remembered on the link) if missing."""
    from heartspace.people.models import Person

    person = link.person_for(side)
    if person is not None:
        return person
    person = Person.objects.create(owner=side, name=link.other_user(side).name[:120])
    link.set_person_for(side, person)
    Link.objects.filter(pk=link.pk).update(**({"owner_person": person} if side.pk == link.owner_id
                                              else {"other_person": person}))
    return person


def record_joint_check(session: JointSession, ended_at: datetime.datetime) -> None:
    """Give each side their own done Check. Called once, by the request that finished the session."""
    from heartspace.checkins.models import Check

    if session.practice != JointSession.Practice.CONNECTION_CHECK:
        return
    link = Link.objects.select_related("owner", "other", "owner_person", "other_person").get(pk=session.link_id)
    # From the invitation to the end; an invitation accepted much later counts at most 4 hours.
    started = max(session.created_at or ended_at, ended_at - datetime.timedelta(minutes=240))
    minutes = max(5, min(240, round((ended_at - started).total_seconds() / 60)))
    made = {}
    with transaction.atomic():
        for side in (link.owner, link.other):
            made[side.pk] = Check.objects.create(
                owner=side, person=_person_for(link, side), status=Check.Status.DONE, scheduled_for=started,
                started_at=started, ended_at=ended_at, logged_at=ended_at, duration_minutes=minutes,
                presence_minutes=session.presence_minutes, privacy_agreed=True)
        # owner_check is the inviter's (the session's owner), other_check the invitee's.
        invitee_id = link.other_id if session.owner_id == link.owner_id else link.owner_id
        JointSession.objects.filter(pk=session.pk).update(owner_check=made[session.owner_id],
                                                          other_check=made[invitee_id])
    session.owner_check, session.other_check = made[session.owner_id], made[invitee_id]


def own_check(session: JointSession, user):
    """The viewer's own Check from this session (never the other side's), or None."""
    from heartspace.checkins.models import Check

    check_id = session.owner_check_id if user.pk == session.owner_id else session.other_check_id
    if check_id is None:
        return None
    return Check.objects.filter(owner=user, pk=check_id).select_related("person").first()


def own_notes(check) -> dict:
    if check is None:
        return {"commitments": [], "appreciations": []}
    return {"commitments": list(check.commitments.filter(owner_id=check.owner_id)[:5]),
            "appreciations": list(check.appreciations.filter(owner_id=check.owner_id)[:5])}


def save_notes(user, check, commitment: dict | None, appreciation: str | None) -> None:
    from heartspace.checkins.models import Commitment
    from heartspace.checkins.services import save_appreciation

    with transaction.atomic():
        if commitment:
            Commitment.objects.create(owner=user, person=check.person, connection_check=check,
                                      text=commitment["text"], due_on=commitment["due_on"])
        if appreciation:
            save_appreciation(user, check.person, appreciation, check)


def default_due(user) -> datetime.date:
    from heartspace.checkins.models import COMMITMENT_DAYS

    return timezone.now().astimezone(user.zoneinfo()).date() + datetime.timedelta(days=COMMITMENT_DAYS)
