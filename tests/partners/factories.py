"""Objects on a link, for the ownership walker (a stranger must get 404) and the partners tests."""

from __future__ import annotations

import datetime
import itertools

from heartspace.partners import services
from heartspace.partners.models import JointSession, Link, SharedQuestion, SharedRitual

_counter = itertools.count(1)


def make_other_user():
    from tests.conftest import make_user

    return make_user(f"linked{next(_counter)}")


def make_link(owner, other=None, **extra) -> Link:
    return Link.objects.create(owner=owner, other=other or make_other_user(), **extra)


def make_disclosure(owner, text="A small worry about work.", **extra):
    from heartspace.practices.models import Disclosure

    return Disclosure.objects.create(owner=owner, text=text, day=datetime.date(2026, 3, 2), **extra)


def make_share(owner, link=None, obj=None):
    link = link or make_link(owner)
    return services.share_item(owner, link, obj or make_disclosure(owner))


def make_question(owner, link=None, text="What small thing made you glad this week?") -> SharedQuestion:
    return SharedQuestion.objects.create(owner=owner, link=link or make_link(owner), text=text)


def make_session(owner, link=None, **extra) -> JointSession:
    return JointSession.objects.create(owner=owner, link=link or make_link(owner),
                                       practice=extra.pop("practice", JointSession.Practice.VULNERABILITY), **extra)


def make_shared_ritual(owner, link=None) -> SharedRitual:
    return SharedRitual.objects.create(owner=owner, link=link or make_link(owner), title="Sunday check-in",
                                       weekday=6, starts_on=datetime.date(2026, 3, 1), time_zone="Europe/London")


def make_invitation(owner, **extra):
    invitation, _token = services.create_invitation(owner, "partner", **extra)
    return invitation


OWNED_OBJECT_FACTORIES = {
    "link_id": lambda owner: make_link(owner).pk,
    "invitation_id": lambda owner: make_invitation(owner).pk,
    "share_id": lambda owner: make_share(owner).pk,
    "shared_question_id": lambda owner: make_question(owner).pk,
    "joint_session_id": lambda owner: make_session(owner).pk,
    "shared_ritual_id": lambda owner: make_shared_ritual(owner).pk,
}

TOKEN_KWARGS = {
    "invite_token": "single-use invitation secret (only its hash is stored); tested in tests/partners/test_links.py",
}
