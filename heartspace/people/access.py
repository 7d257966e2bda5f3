"""Owner-scoped lookups for people: anyone else's id is a 404."""

from heartspace.ownership import get_owned_or_404
from heartspace.people.models import Interaction, Person


def people_for_user(user, include_archived=False):
    people = Person.objects.filter(owner=user)
    return people if include_archived else people.filter(archived_at__isnull=True)


def get_person_for_user(user, person_id) -> Person:
    return get_owned_or_404(Person, user, pk=person_id)


def get_interaction_for_user(user, interaction_id) -> Interaction:
    return get_owned_or_404(Interaction, user, pk=interaction_id)
