"""Every registered kind can be shared and is shown to the other side safely (escaped, nothing else)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from heartspace.partners import services, shareable

pytestmark = pytest.mark.django_db
TEXT = "<b>shared words</b> 🌱 Привет"


def make_item(key, owner):
    from heartspace.people.models import Person

    person = Person.objects.create(owner=owner, name="Private person name")
    day = datetime.date(2026, 3, 2)
    if key == "practices.disclosure":
        from heartspace.practices.models import Disclosure
        return Disclosure.objects.create(owner=owner, text=TEXT, day=day)
    if key == "practices.feeling_statement":
        from heartspace.practices.models import FeelingStatement
        return FeelingStatement.objects.create(owner=owner, feeling="hopeful", when="we talk", need="time", text=TEXT)
    if key == "practices.boundary":
        from heartspace.practices.models import Boundary
        return Boundary.objects.create(owner=owner, title="Evenings", acceptable=TEXT, review_on=day)
    if key == "practices.ritual_outcome":
        from heartspace.practices.models import Ritual, RitualOccurrence
        ritual = Ritual.objects.create(owner=owner, title="Sunday check-in", starts_on=day, person=person)
        return RitualOccurrence.objects.create(owner=owner, ritual=ritual, due_on=day, outcome=TEXT)
    if key == "journal.entry":
        from heartspace.journal.models import Entry
        return Entry.objects.create(owner=owner, written_on=day, feelings=["calm"], text=TEXT)
    if key == "checkins.appreciation":
        from heartspace.checkins.models import Appreciation
        return Appreciation.objects.create(owner=owner, person=person, text=TEXT)
    raise AssertionError(key)


@pytest.mark.parametrize("key", sorted(shareable.REGISTRY))
def test_each_kind_shares_and_renders(key, owner, link, partner_client):
    assert shareable.get_kind(key) is not None, f"{key}: its app is missing"
    item = make_item(key, owner)
    share = services.share_item(owner, link, item)
    assert share.kind == key
    for url in (reverse("partners:link", kwargs={"link_id": link.pk}),
                reverse("partners:share_detail", kwargs={"share_id": share.pk})):
        body = partner_client.get(url).content.decode()
        assert "&lt;b&gt;shared words&lt;/b&gt; 🌱 Привет" in body and "<b>shared words</b>" not in body
        assert "Private person name" not in body


def test_unregistered_models_cannot_be_shared(owner, link):
    from heartspace.people.models import Person

    with pytest.raises(services.PartnerError):
        services.share_item(owner, link, Person.objects.create(owner=owner, name="Nope"))
