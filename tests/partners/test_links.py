"""Linking two accounts by a single-use invitation, and unlinking."""

from __future__ import annotations

import datetime
import re

import pytest
import time_machine
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse

from heartspace.accounts.models import User
from heartspace.partners import services
from heartspace.partners.models import Invitation, Link, Share
from tests.conftest import PASSWORD, make_user
from tests.partners.factories import make_disclosure

pytestmark = pytest.mark.django_db


def invite(client, **data) -> str:
    response = client.post(reverse("partners:invite"), {"kind": "partner", "days": 7, **data})
    assert response.status_code == 200
    return re.search(r'value="(http[^"]+/together/join/[^"]+/)"', response.content.decode()).group(1)


def new_account(client, url, username="newbie", **extra):
    return client.post(url, {"username": username, "display_name": "Newbie", "email": "",
                             "password1": PASSWORD, "password2": PASSWORD, "time_zone": "Europe/Paris", **extra})


@pytest.mark.parametrize("signups", ["closed", "invite", "open"])
def test_invitee_creates_an_account_even_when_signups_are_closed(owner_client, owner, signups):
    with override_settings(HS_SIGNUPS=signups):
        _invitee_creates_an_account(owner_client, owner, signups)


def _invitee_creates_an_account(owner_client, owner, signups):
    url = invite(owner_client)
    visitor = Client()
    page = visitor.get(url)
    assert page.status_code == 200 and "Owner invites you to practise together" in page.content.decode()
    if signups != "open":
        assert visitor.get(reverse("accounts:signup")).status_code == 403  # the ordinary door stays shut
    response = new_account(visitor, url)
    newbie = User.objects.get(username="newbie")
    link = Link.objects.get()
    assert (link.owner, link.other, link.ended_at) == (owner, newbie, None)
    assert response.status_code == 302 and response["Location"] == reverse("partners:link", kwargs={"link_id": link.pk})
    assert newbie.time_zone == "Europe/Paris"
    assert "You and Owner" in visitor.get(response["Location"]).content.decode()


def test_the_token_is_stored_only_as_a_hash(owner_client):
    url = invite(owner_client)
    token = url.rstrip("/").rsplit("/", 1)[1]
    invitation = Invitation.objects.get()
    assert token not in invitation.token_hash and invitation.token_hash == services.hash_token(token)
    # the page that showed it cannot show it again
    assert token not in owner_client.get(reverse("partners:index")).content.decode()


def test_an_existing_signed_in_account_links(owner_client, partner_client, owner, partner):
    url = invite(owner_client)
    page = partner_client.get(url)
    assert "Link my account with Owner" in page.content.decode()
    response = partner_client.post(url)
    assert response.status_code == 302
    assert Link.objects.filter(owner=owner, other=partner, ended_at=None).exists()


def test_signed_out_invitee_can_sign_in_to_link(owner_client):
    url = invite(owner_client)
    page = Client().get(url).content.decode()
    assert "Sign in to link it" in page and "next=/together/join/" in page


def test_reused_invitation_is_refused_clearly(owner_client, partner_client, stranger_client):
    url = invite(owner_client)
    partner_client.post(url)
    second = stranger_client.get(url)
    assert second.status_code == 410
    assert "already been used" in second.content.decode()
    assert stranger_client.post(url).status_code == 410
    assert Link.objects.count() == 1
    anonymous = new_account(Client(), url, username="latecomer")
    assert anonymous.status_code == 410 and not User.objects.filter(username="latecomer").exists()


def test_expired_invitation_is_refused_clearly(owner_client, partner_client):
    url = invite(owner_client)
    with time_machine.travel(datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=8)):
        response = partner_client.post(url)
    assert response.status_code == 410 and "expired" in response.content.decode()
    assert not Link.objects.exists()


def test_cancelled_invitation_stops_working(owner_client, partner_client):
    url = invite(owner_client)
    invitation = Invitation.objects.get()
    owner_client.post(reverse("partners:invitation_cancel", kwargs={"invitation_id": invitation.pk}))
    response = partner_client.get(url)
    assert response.status_code == 410 and "cancelled" in response.content.decode()


@pytest.mark.parametrize("token", ["nonsense", "x" * 300, "%F0%9F%92%94", "Я"])
def test_unknown_tokens_say_so_and_leak_nothing(client, owner, token):
    response = client.get(f"/together/join/{token}/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "not valid" in body and "Owner" not in body


def test_self_invitation_is_refused(owner_client, owner):
    url = invite(owner_client)
    response = owner_client.post(url)
    assert response.status_code == 400 and "your own invitation" in response.content.decode()
    assert not Link.objects.exists()
    assert Invitation.objects.get().used_at is None  # still usable by the person it was meant for


def test_inviting_yourself_by_email_is_refused_next_to_the_field(owner_client, owner):
    response = owner_client.post(reverse("partners:invite"), {"kind": "partner", "days": 7, "email": owner.email.upper()})
    assert response.status_code == 200
    assert "your own email address" in response.content.decode()
    assert not Invitation.objects.exists()


def test_already_linked_user_is_told_so(owner_client, partner_client, link):
    url = invite(owner_client)
    response = partner_client.post(url)
    assert response.status_code == 400 and "already linked" in response.content.decode()
    assert Link.objects.count() == 1


def test_invitation_by_email(owner_client):
    url = invite(owner_client, email="sam@example.org")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["sam@example.org"] and url in message.body
    assert "Owner" in message.subject


def test_bad_email_is_kept_and_explained(owner_client):
    response = owner_client.post(reverse("partners:invite"), {"kind": "partner", "days": 7, "email": "not an email 💔"})
    body = response.content.decode()
    assert response.status_code == 200 and "not an email 💔" in body and 'class="error"' in body


def test_several_links_are_separate(owner, partner, stranger, owner_client):
    first = services.link_users(owner, partner)
    second = services.link_users(owner, stranger)
    disclosure = make_disclosure(owner, text="only for the partner")
    services.share_item(owner, first, disclosure)
    partner_client, stranger_client = Client(), Client()
    partner_client.force_login(partner)
    stranger_client.force_login(stranger)
    assert "only for the partner" in partner_client.get(reverse("partners:link", kwargs={"link_id": first.pk})).content.decode()
    assert "only for the partner" not in stranger_client.get(reverse("partners:link", kwargs={"link_id": second.pk})).content.decode()
    assert stranger_client.get(reverse("partners:link", kwargs={"link_id": first.pk})).status_code == 404
    index = owner_client.get(reverse("partners:index")).content.decode()
    assert "Partner" in index and "Stranger" in index


@pytest.mark.parametrize("side", ["owner", "partner"])
def test_either_side_unlinks_quietly_and_sharing_stops(side, owner, partner, link, owner_client, partner_client):
    mine = make_disclosure(owner, text="shared worry")
    services.share_item(owner, link, mine)
    client = owner_client if side == "owner" else partner_client
    confirm = client.get(reverse("partners:unlink", kwargs={"link_id": link.pk}))
    assert "They are not told why" in confirm.content.decode()
    client.post(reverse("partners:unlink", kwargs={"link_id": link.pk}))
    link.refresh_from_db()
    assert link.ended_at is not None
    assert not Share.objects.filter(withdrawn_at=None).exists()
    for c in (owner_client, partner_client):
        assert c.get(reverse("partners:link", kwargs={"link_id": link.pk})).status_code == 404
    # each keeps their own records; nothing is sent to anyone
    assert mine.__class__.objects.filter(pk=mine.pk).exists()
    assert mail.outbox == []
    # and they can link again later, with a new invitation
    services.link_users(owner, partner)


def test_link_view_for_a_stranger_is_404(stranger_client, link):
    for name in ("partners:link", "partners:unlink", "partners:link_settings", "partners:ask"):
        assert stranger_client.get(reverse(name, kwargs={"link_id": link.pk})).status_code == 404


def test_new_account_form_keeps_what_was_typed(owner_client):
    url = invite(owner_client)
    response = new_account(Client(), url, username="Я тоже", password2="different one")
    body = response.content.decode()
    assert response.status_code == 200 and "Я тоже" in body and "different" in body
    assert not Link.objects.exists()


def test_inactive_inviter_invitation_is_invalid(owner_client, owner):
    url = invite(owner_client)
    User.objects.filter(pk=owner.pk).update(is_active=False)
    other = make_user("late")
    client = Client()
    client.force_login(other)
    assert client.get(url).status_code == 410


def test_inviting_an_already_linked_user_by_email_is_refused(owner_client, link, partner):
    response = owner_client.post(reverse("partners:invite"), {"kind": "partner", "days": 7, "email": partner.email})
    assert response.status_code == 200 and "already linked with Partner" in response.content.decode()
    assert not Invitation.objects.exists() and mail.outbox == []


@pytest.mark.parametrize("days", ["0", "31", "soon", ""])
def test_invitation_days_must_be_sensible(owner_client, days):
    response = owner_client.post(reverse("partners:invite"), {"kind": "partner", "days": days})
    assert response.status_code == 200 and 'class="error"' in response.content.decode()
    assert not Invitation.objects.exists()


def test_invitation_days_are_the_users_choice(owner_client):
    invite(owner_client, days=2)
    invitation = Invitation.objects.get()
    assert datetime.timedelta(days=1, hours=23) < invitation.expires_at - invitation.created_at <= datetime.timedelta(days=2)


def test_emailed_invitations_are_limited_per_day(owner_client):
    for i in range(10):
        invite(owner_client, email=f"friend{i}@example.org")
    response = owner_client.post(reverse("partners:invite"), {"kind": "friend", "days": 7, "email": "one.more@example.org"})
    body = response.content.decode()
    assert "many invitations today" in body and "one.more@example.org" in body
    assert len(mail.outbox) == 10
    invite(owner_client)  # a link without email still works
