"""Factories for Connection Check records, and the URL keywords the ownership walker needs."""

from __future__ import annotations

import datetime

from django.utils import timezone

from heartspace.checkins.models import Check, CheckQuestion, Commitment, CustomQuestion, FollowUp
from heartspace.people.models import Person


def make_person(owner, name="Sam", **extra) -> Person:
    return Person.objects.create(owner=owner, name=name, **extra)


def make_check(owner, person=None, when=None, status=Check.Status.SCHEDULED, **extra) -> Check:
    person = person or make_person(owner)
    when = when or timezone.now() + datetime.timedelta(days=2)
    return Check.objects.create(owner=owner, person=person, scheduled_for=when, status=status, **extra)


def make_question(owner, check=None, text="What are you quietly proud of?", **extra) -> CheckQuestion:
    check = check or make_check(owner)
    return CheckQuestion.objects.create(owner=owner, connection_check=check, text=text, **extra)


def make_commitment(owner, person=None, check=None, text="Send the article about tides", **extra) -> Commitment:
    person = person or (check.person if check else make_person(owner))
    extra.setdefault("due_on", timezone.localdate() + datetime.timedelta(days=7))
    return Commitment.objects.create(owner=owner, person=person, connection_check=check, text=text, **extra)


def make_follow_up(owner, check=None) -> FollowUp:
    check = check or make_check(owner)
    return FollowUp.objects.create(owner=owner, person=check.person, connection_check=check,
                                   text="Loved hearing about the trip. I sent the link. What is next for you?")


def make_custom_question(owner) -> CustomQuestion:
    return CustomQuestion.objects.create(owner=owner, text="What would make this winter easier?")


OWNED_OBJECT_FACTORIES = {
    "check_id": lambda owner: make_check(owner).pk,
    "commitment_id": lambda owner: make_commitment(owner).pk,
    "follow_up_id": lambda owner: make_follow_up(owner).pk,
    "custom_question_id": lambda owner: make_custom_question(owner).pk,
}
