"""Sharing by choice, item by item; taking it back; automatic sharing only when turned on."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse

from heartspace.partners import services
from heartspace.partners.models import AutoShare, Share
from tests.partners.factories import make_disclosure

pytestmark = pytest.mark.django_db


def render_control(user, obj) -> str:
    request = RequestFactory().get("/practices/disclosure/")
    request.user = user
    return Template("{% load sharing %}{% share_control obj %}").render(Context({"request": request, "obj": obj}))


def link_page(client, link) -> str:
    return client.get(reverse("partners:link", kwargs={"link_id": link.pk})).content.decode()


def test_nothing_is_shared_by_default(owner, link, partner_client):
    make_disclosure(owner, text="private worry one")
    page = link_page(partner_client, link)
    assert "private worry one" not in page and "Nothing shared yet" in page


def test_share_control_renders_nothing_without_links(owner):
    assert render_control(owner, make_disclosure(owner)).strip() == ""


def test_share_control_renders_nothing_for_someone_elses_item(owner, partner, link):
    assert render_control(partner, make_disclosure(owner)).strip() == ""


def test_share_control_offers_each_link(owner, partner, stranger, link):
    services.link_users(owner, stranger)
    html = render_control(owner, make_disclosure(owner))
    assert "Share with Partner" in html and "Share with Stranger" in html


def test_share_and_take_back_from_the_control(owner, owner_client, partner_client, link):
    item = make_disclosure(owner, text="I worry we drift apart")
    data = {"kind": "practices.disclosure", "object_id": item.pk, "action": "share", "next": "/practices/disclosure/"}
    response = owner_client.post(reverse("partners:share", kwargs={"link_id": link.pk}), data)
    assert response.status_code == 302 and response["Location"] == "/practices/disclosure/"
    assert "I worry we drift apart" in link_page(partner_client, link)
    assert "Shared with Partner" in render_control(owner, item)
    # htmx: the control swaps itself
    response = owner_client.post(reverse("partners:share", kwargs={"link_id": link.pk}),
                                 {**data, "action": "withdraw"}, HTTP_HX_REQUEST="true")
    assert "Share with Partner" in response.content.decode()
    assert "I worry we drift apart" not in link_page(partner_client, link)


def test_double_share_makes_one_share(owner, link):
    item = make_disclosure(owner)
    services.share_item(owner, link, item)
    services.share_item(owner, link, item)
    assert Share.objects.filter(withdrawn_at=None).count() == 1


def test_cannot_share_someone_elses_item(owner, partner, link, partner_client):
    item = make_disclosure(owner, text="not yours")
    response = partner_client.post(reverse("partners:share", kwargs={"link_id": link.pk}),
                                   {"kind": "practices.disclosure", "object_id": item.pk, "action": "share"})
    assert response.status_code == 404
    assert not Share.objects.exists()


@pytest.mark.parametrize("kind,object_id", [("auth.user", "1"), ("practices.disclosure", "abc"), ("", ""),
                                            ("practices.disclosure", "99999999999999999999")])
def test_unregistered_or_bad_items_are_404(owner_client, link, kind, object_id):
    response = owner_client.post(reverse("partners:share", kwargs={"link_id": link.pk}),
                                 {"kind": kind, "object_id": object_id, "action": "share"})
    assert response.status_code == 404


def test_taking_back_removes_it_at_once_and_a_withdrawn_share_says_so(owner, owner_client, partner_client, link):
    item = make_disclosure(owner, text="a regret I shared")
    share = services.share_item(owner, link, item)
    detail = reverse("partners:share_detail", kwargs={"share_id": share.pk})
    assert "a regret I shared" in partner_client.get(detail).content.decode()
    owner_client.post(reverse("partners:share_withdraw", kwargs={"share_id": share.pk}))
    gone = partner_client.get(detail)
    assert gone.status_code == 404
    body = gone.content.decode()
    assert "no longer shared" in body and "a regret I shared" not in body
    # taking back twice: a calm message, no error
    again = owner_client.post(reverse("partners:share_withdraw", kwargs={"share_id": share.pk}), follow=True)
    assert "already taken back" in again.content.decode()
    # the partner cannot take back (or otherwise act on) the owner's share
    assert partner_client.post(reverse("partners:share_withdraw", kwargs={"share_id": share.pk})).status_code == 404


def test_deleted_item_disappears_from_the_view(owner, partner_client, link):
    item = make_disclosure(owner, text="soon deleted")
    services.share_item(owner, link, item)
    item.delete()
    assert "soon deleted" not in link_page(partner_client, link)


def test_owner_sees_what_they_share_and_can_take_it_back(owner, owner_client, link):
    item = make_disclosure(owner, text="mine to share")
    share = services.share_item(owner, link, item)
    page = link_page(owner_client, link)
    assert "mine to share" in page and reverse("partners:share_withdraw", kwargs={"share_id": share.pk}) in page


def _create_committed(owner, text):
    with transaction.atomic():
        return make_disclosure(owner, text=text)


@pytest.mark.django_db(transaction=True)
def test_automatic_sharing_is_off_until_turned_on_and_covers_new_items_only(owner, partner, link):
    before = _create_committed(owner, "written before")
    _create_committed(owner, "written while off")
    assert not Share.objects.exists()
    AutoShare.objects.create(owner=owner, link=link, kind="practices.disclosure", enabled=True)
    after = _create_committed(owner, "written after")
    shares = list(Share.objects.all())
    assert [s.object_id for s in shares] == [after.pk] and shares[0].automatic
    assert before.pk not in [s.object_id for s in shares]


@pytest.mark.django_db(transaction=True)
def test_automatic_sharing_never_shares_text_about_safety(owner, partner, link):
    AutoShare.objects.create(owner=owner, link=link, kind="practices.disclosure", enabled=True)
    _create_committed(owner, "He hits me when he drinks and I am scared of him")
    _create_committed(owner, "Он угрожает мне")
    assert not Share.objects.exists()


def test_link_settings_turn_auto_share_on_and_off(owner, owner_client, link):
    url = reverse("partners:link_settings", kwargs={"link_id": link.pk})
    page = owner_client.get(url).content.decode()
    assert "Share new daily disclosures automatically" in page and "checked" not in page
    owner_client.post(url, {"person": "", "auto_practices.disclosure": "on"})
    assert AutoShare.objects.get(kind="practices.disclosure").enabled
    owner_client.post(url, {"person": ""})
    assert not AutoShare.objects.get(kind="practices.disclosure").enabled


def test_settings_reject_someone_elses_person(owner, partner, owner_client, link):
    from heartspace.people.models import Person

    theirs = Person.objects.create(owner=partner, name="Their secret name")
    url = reverse("partners:link_settings", kwargs={"link_id": link.pk})
    response = owner_client.post(url, {"person": theirs.pk})
    assert response.status_code == 200 and 'class="error"' in response.content.decode()
    link.refresh_from_db()
    assert link.owner_person is None


def test_each_side_sees_only_their_own_person_record(owner, partner, owner_client, partner_client, link):
    from heartspace.people.models import Person

    link.owner_person = Person.objects.create(owner=owner, name="My love Pat")
    link.save()
    assert "My love Pat" in link_page(owner_client, link)
    assert "My love Pat" not in link_page(partner_client, link)
    assert "My love Pat" not in partner_client.get(reverse("partners:index")).content.decode()


def test_acting_on_an_ended_link_gets_a_clear_message(owner, owner_client, partner_client, link):
    item = make_disclosure(owner, text="after the end")
    services.end_link(link)
    response = owner_client.post(reverse("partners:share", kwargs={"link_id": link.pk}),
                                 {"kind": "practices.disclosure", "object_id": item.pk, "action": "share",
                                  "next": "/practices/disclosure/"}, follow=True)
    assert "no longer linked" in response.content.decode()
    assert not Share.objects.exists()
    page = partner_client.get(reverse("partners:link", kwargs={"link_id": link.pk}))
    assert page.status_code == 404 and "You are no longer linked" in page.content.decode()
    assert "after the end" not in page.content.decode()


def test_turning_auto_share_off_can_take_back_what_it_shared(owner, owner_client, link):
    url = reverse("partners:link_settings", kwargs={"link_id": link.pk})
    owner_client.post(url, {"person": "", "auto_practices.disclosure": "on"})
    automatic = services.share_item(owner, link, make_disclosure(owner, text="auto"), automatic=True)
    chosen = services.share_item(owner, link, make_disclosure(owner, text="chosen by hand"))
    owner_client.post(url, {"person": "", "withdraw_automatic": "on"})
    automatic.refresh_from_db()
    chosen.refresh_from_db()
    assert automatic.withdrawn_at is not None and chosen.withdrawn_at is None


def test_sharing_text_about_safety_asks_once_more(owner, owner_client, link):
    item = make_disclosure(owner, text="She threatens me when I see my friends")
    data = {"kind": "practices.disclosure", "object_id": item.pk, "action": "share", "next": "/practices/disclosure/"}
    url = reverse("partners:share", kwargs={"link_id": link.pk})
    first = owner_client.post(url, data)
    assert first.status_code == 200 and "data-help-card" in first.content.decode()
    assert not Share.objects.exists()
    htmx = owner_client.post(url, data, HTTP_HX_REQUEST="true").content.decode()
    assert "Share anyway with Partner" in htmx and not Share.objects.exists()
    owner_client.post(url, {**data, "confirm": "1"})
    assert Share.objects.filter(withdrawn_at=None).count() == 1
