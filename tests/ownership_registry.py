"""How to make an object owned by a given user for each URL keyword that names one.

The ownership test walks every URL pattern; any keyword argument it finds must be
known here, so a new route cannot escape the stranger check. Each app adds its own
in `tests/<app>/factories.py` as `OWNED_OBJECT_FACTORIES = {"thing_id": lambda owner: ...pk}`
(and `TOKEN_KWARGS` for secrets that are not object ids); they are merged below.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

from heartspace.people.models import Interaction, Person


def make_person(owner, **extra):
    return Person.objects.create(owner=owner, name="Sam", **extra)


def make_interaction(owner):
    return Interaction.objects.create(owner=owner, person=make_person(owner), tone=Interaction.Tone.POSITIVE)


OWNED_OBJECT_FACTORIES = {
    "person_id": lambda owner: make_person(owner).pk,
    "interaction_id": lambda owner: make_interaction(owner).pk,
}

# Keywords that are secrets or tokens rather than object ids; each has its own tests.
TOKEN_KWARGS = {
    "uidb64": "password reset link (Django's signed token)",
    "token": "single-use token, tested where it is defined",
}

for package in pkgutil.iter_modules([str(Path(__file__).parent)]):
    if package.ispkg and (Path(__file__).parent / package.name / "factories.py").exists():
        module = importlib.import_module(f"tests.{package.name}.factories")
        OWNED_OBJECT_FACTORIES.update(getattr(module, "OWNED_OBJECT_FACTORIES", {}))
        TOKEN_KWARGS.update(getattr(module, "TOKEN_KWARGS", {}))
