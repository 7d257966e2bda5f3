"""Per-item share buttons on journal entries (list and page) and on appreciations (after a check)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from heartspace.checkins.models import Appreciation, Check
from tests.checkins.factories import make_check, make_person
from tests.journal.factories import make_entry

pytestmark = pytest.mark.django_db


def link_page(client, link) -> str:
    return client.get(reverse("partners:link", kwargs={"link_id": link.pk})).content.decode()


def share(client, link, kind, obj, action="share", **extra):
    return client.post(reverse("partners:share", kwargs={"link_id": link.pk}),
                       {"kind": kind, "object_id": obj.pk, "action": action, "next": "/journal/"}, **extra)


def test_journal_entry_page_offers_sharing_only_when_linked(owner, owner_client, stranger_client):
    entry = make_entry(owner, text="Воскресенье было тихим 🌙")
    url = reverse("journal:detail", kwargs={"entry_id": entry.pk})
    assert "Share with" not in owner_client.get(url).content.decode()  # no link: no button at all


def test_journal_entry_page_shares_and_takes_back(owner, owner_client, partner_client, link):
    entry = make_entry(owner, text="Воскресенье было тихим 🌙")
    page = owner_client.get(reverse("journal:detail", kwargs={"entry_id": entry.pk})).content.decode()
    assert "Share with Partner" in page
    assert "Воскресенье" not in link_page(partner_client, link)
    response = share(owner_client, link, "journal.entry", entry, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Take back from Partner" in response.content.decode()
    assert "Воскресенье было тихим 🌙" in link_page(partner_client, link)
    assert "Shared with Partner" in owner_client.get(reverse("journal:detail", kwargs={"entry_id": entry.pk})).content.decode()
    share(owner_client, link, "journal.entry", entry, action="withdraw")
    assert "Воскресенье" not in link_page(partner_client, link)


def test_journal_list_has_a_control_per_entry_without_extra_queries(owner, owner_client, link,
                                                                     django_assert_max_num_queries):
    first = make_entry(owner, text="first")
    with django_assert_max_num_queries(60) as one:
        page = owner_client.get(reverse("journal:list")).content.decode()
    baseline = len(one)  # read now: the next request resets the query log
    assert page.count("Share with Partner") == 1
    share(owner_client, link, "journal.entry", first)
    for n in range(12):
        make_entry(owner, text=f"entry {n}")
    assert baseline > 3
    with django_assert_max_num_queries(baseline):
        page = owner_client.get(reverse("journal:list")).content.decode()
    assert page.count("Share with Partner") == 12 and page.count('badge-ok">Shared with Partner') == 1


def test_partner_cannot_share_someone_elses_entry(owner, partner_client, link):
    entry = make_entry(owner, text="owner only")
    assert share(partner_client, link, "journal.entry", entry).status_code == 404


def test_appreciations_after_a_check_can_be_shared(owner, owner_client, partner_client, link):
    person = make_person(owner, name="Robin")
    check = make_check(owner, person=person, status=Check.Status.DONE)
    appreciation = Appreciation.objects.create(owner=owner, person=person, connection_check=check,
                                               text="You listened without fixing — спасибо")
    url = reverse("checkins:after", kwargs={"check_id": check.pk})
    page = owner_client.get(url).content.decode()
    assert "Share with Partner" in page
    assert "спасибо" not in link_page(partner_client, link)
    response = share(owner_client, link, "checkins.appreciation", appreciation, HTTP_HX_REQUEST="true")
    assert "Take back from Partner" in response.content.decode()
    assert "You listened without fixing — спасибо" in link_page(partner_client, link)
    assert "Shared with Partner" in owner_client.get(url).content.decode()
