"""Shareable practice items show the partners' share control only to their owner, only when linked."""

from __future__ import annotations

import pytest
from django.urls import reverse

from heartspace.partners.models import Link
from tests.practices.factories import make_boundary, make_disclosure, make_occurrence, make_statement

pytestmark = pytest.mark.django_db


def test_no_share_control_without_a_link(owner_client, owner):
    make_disclosure(owner)
    assert "Share with" not in owner_client.get(reverse("practices:disclosure")).content.decode()


def test_share_controls_next_to_shareable_items(owner_client, owner, partner, django_assert_max_num_queries):
    Link.objects.create(owner=owner, other=partner, kind="partner")
    for n in range(5):
        make_disclosure(owner, text=f"Worry {n}")
        make_boundary(owner)
        make_statement(owner)
    occurrence = make_occurrence(owner, status="done", outcome="Good talk.")
    for url in (reverse("practices:disclosure"), reverse("practices:boundaries"), reverse("practices:statements"),
                reverse("practices:ritual_detail", kwargs={"ritual_id": occurrence.ritual_id})):
        with django_assert_max_num_queries(12):
            page = owner_client.get(url).content.decode()
        assert "Share with Partner" in page, url


def test_nothing_is_shared_by_default(owner, partner, partner_client):
    Link.objects.create(owner=owner, other=partner, kind="partner")
    make_disclosure(owner, text="Only mine until I choose.")
    page = partner_client.get(reverse("partners:index")).content.decode()
    assert "Only mine until I choose." not in page
