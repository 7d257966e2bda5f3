"""Pages run a bounded number of queries, whatever the history size."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from heartspace.partners import services
from heartspace.partners.models import Answer, JointSession, LinkLogEntry, SharedQuestion, SharedRitual
from tests.partners.factories import make_disclosure

pytestmark = pytest.mark.django_db


def grow(owner, partner, link, n):
    for i in range(n):
        services.share_item(owner, link, make_disclosure(owner, text=f"owner {i}"))
        services.share_item(partner, link, make_disclosure(partner, text=f"partner {i}"))
        question = SharedQuestion.objects.create(owner=owner, link=link, text=f"q {i}")
        Answer.objects.create(owner=owner, question=question, text="a")
        if i % 2:
            Answer.objects.create(owner=partner, question=question, text="b")
        LinkLogEntry.objects.create(owner=partner, link=link, tone="positive", what="kindness")
        JointSession.objects.create(owner=owner, link=link, practice="vulnerability")
        SharedRitual.objects.create(owner=owner, link=link, title=f"r {i}", starts_on="2026-03-01")


@pytest.mark.parametrize("n", [1, 40])
def test_link_page_queries_are_bounded(owner, partner, link, partner_client, django_assert_max_num_queries, n):
    grow(owner, partner, link, n)
    with django_assert_max_num_queries(24):
        response = partner_client.get(reverse("partners:link", kwargs={"link_id": link.pk}))
    assert response.status_code == 200


@pytest.mark.parametrize("n", [1, 40])
def test_index_and_home_queries_are_bounded(owner, partner, link, partner_client, django_assert_max_num_queries, n):
    grow(owner, partner, link, n)
    with django_assert_max_num_queries(12):
        assert partner_client.get(reverse("partners:index")).status_code == 200
    from heartspace.partners.home import panel

    request = RequestFactory().get("/")
    request.user = partner
    with django_assert_max_num_queries(4):
        result = panel(request)
    assert result is not None and result["questions"]


def test_share_control_in_a_list_costs_two_queries(owner, partner, link, django_assert_max_num_queries):
    items = [make_disclosure(owner, text=f"item {i}") for i in range(30)]
    for item in items[::3]:
        services.share_item(owner, link, item)
    request = RequestFactory().get("/practices/disclosure/")
    request.user = owner
    template = Template("{% load sharing %}{% for obj in items %}{% share_control obj %}{% endfor %}")
    with django_assert_max_num_queries(3):
        html = template.render(Context({"request": request, "items": items}))
    assert html.count("Take back from Partner") == 10 and html.count("Share with Partner") == 20
