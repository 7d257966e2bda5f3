"""How to make an object owned by a given user for each URL keyword that names one.

The ownership test walks every URL pattern; any keyword argument it finds must be
listed here (or in TOKEN_KWARGS), so a new route cannot escape the stranger check.
Each factory takes the owner and returns the id to put in the URL.
"""

from __future__ import annotations

from heartspace.people.models import Interaction, Person


def make_person(owner):
    return Person.objects.create(owner=owner, name="Sam")


def make_interaction(owner):
    person = Person.objects.create(owner=owner, name="Sam")
    return Interaction.objects.create(owner=owner, person=person, tone=Interaction.Tone.POSITIVE)


OWNED_OBJECT_FACTORIES = {
    "person_id": lambda owner: make_person(owner).pk,
    "interaction_id": lambda owner: make_interaction(owner).pk,
}

# Keywords that are secrets or tokens rather than object ids; each has its own tests.
TOKEN_KWARGS = {
    "uidb64": "password reset link (Django's signed token)",
    "token": "single-use token, tested where it is defined",
}
