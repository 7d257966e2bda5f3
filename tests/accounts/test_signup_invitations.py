"""HS_SIGNUPS=closed|invite|open, and single-use sign-up invitation links made from settings."""

from __future__ import annotations

import datetime
import re

import pytest
import time_machine
from django.test import Client, override_settings
from django.urls import reverse

from heartspace.accounts.models import SignupInvitation, User
from tests.accounts.factories import make_signup_invitation

pytestmark = pytest.mark.django_db

NEW_ACCOUNT = {"username": "newcomer", "display_name": "Nia", "password1": "a long quiet river",
               "password2": "a long quiet river"}


def make_link(owner_client) -> str:
    response = owner_client.post(reverse("accounts:invitations"), {"note": "my sister", "days": "7"})
    assert response.status_code == 200
    match = re.search(r'value="(http://testserver/accounts/signup/[^"]+/)"', response.content.decode())
    assert match, "the new link is shown once"
    return match.group(1).removeprefix("http://testserver")


@pytest.mark.parametrize("signups", ["invite", "open"])
def test_an_invitation_link_creates_one_account(owner_client, owner, signups):
    with override_settings(HS_SIGNUPS=signups):
        url = make_link(owner_client)
        visitor = Client()
        page = visitor.get(url)
        assert page.status_code == 200
        assert "Owner invited you" in page.content.decode()
        response = visitor.post(url, NEW_ACCOUNT)
        assert response.status_code == 302
        assert visitor.get(reverse("home")).status_code == 200
        invitation = SignupInvitation.objects.get(owner=owner)
        assert invitation.used_by.username == "newcomer"
        # single use: a second person gets a clear page, and no account
        second = Client().post(url, {**NEW_ACCOUNT, "username": "second"})
        assert second.status_code == 410
        assert "already been used" in second.content.decode()
        assert not User.objects.filter(username="second").exists()


def test_closed_refuses_invitation_links_with_a_clear_page(owner_client, owner):
    with override_settings(HS_SIGNUPS="invite"):
        url = make_link(owner_client)
    with override_settings(HS_SIGNUPS="closed"):
        response = Client().post(url, NEW_ACCOUNT)
        assert response.status_code == 403
        assert "not taking new accounts" in response.content.decode()
        assert not User.objects.filter(username="newcomer").exists()
        page = owner_client.get(reverse("accounts:invitations"))
        assert "Sign-ups are closed on this heartspace" in page.content.decode()
        refused = owner_client.post(reverse("accounts:invitations"), {"note": "", "days": "7"})
        assert refused.status_code == 403
        assert SignupInvitation.objects.count() == 1


@pytest.mark.parametrize("signups, status", [("closed", 403), ("invite", 403), ("open", 200)])
def test_plain_signup_page_follows_the_setting(client, owner, signups, status):
    with override_settings(HS_SIGNUPS=signups):
        response = client.get(reverse("accounts:signup"))
    assert response.status_code == status
    if signups == "invite":
        assert "need an invitation link" in response.content.decode()


@override_settings(HS_SIGNUPS="invite")
def test_revoked_link_stops_working(owner_client, owner):
    url = make_link(owner_client)
    invitation = SignupInvitation.objects.get(owner=owner)
    response = owner_client.post(reverse("accounts:invitation_revoke", kwargs={"signup_invitation_id": invitation.pk}),
                                 follow=True)
    assert "withdrawn" in response.content.decode()
    response = Client().post(url, NEW_ACCOUNT)
    assert response.status_code == 410
    assert "withdrawn by the person who made it" in response.content.decode()
    assert not User.objects.filter(username="newcomer").exists()


@override_settings(HS_SIGNUPS="invite")
def test_link_expires(owner_client, owner):
    with time_machine.travel(datetime.datetime(2026, 3, 1, 12, tzinfo=datetime.UTC), tick=False):
        url = make_link(owner_client)
    with time_machine.travel(datetime.datetime(2026, 3, 5, 12, tzinfo=datetime.UTC), tick=False):
        assert Client().get(url).status_code == 200
    with time_machine.travel(datetime.datetime(2026, 3, 8, 12, 1, tzinfo=datetime.UTC), tick=False):
        response = Client().get(url)
        assert response.status_code == 410
        assert "expired" in response.content.decode()


@override_settings(HS_SIGNUPS="invite")
@pytest.mark.parametrize("token", ["nope", "x" * 500, "😢", "%00"])
def test_unknown_link_is_404_with_words(client, owner, token):
    response = client.get(reverse("accounts:signup_invited", kwargs={"signup_token": token}))
    assert response.status_code == 404
    assert "not valid" in response.content.decode()


@override_settings(HS_SIGNUPS="invite")
def test_only_a_hash_of_the_token_is_stored(owner_client, owner):
    url = make_link(owner_client)
    token = url.rstrip("/").rsplit("/", 1)[1]
    stored = SignupInvitation.objects.get(owner=owner)
    assert token not in stored.token_hash
    # reloading the list never shows the link again
    assert token not in owner_client.get(reverse("accounts:invitations")).content.decode()


@override_settings(HS_SIGNUPS="invite")
def test_bad_form_input_is_explained_and_kept(owner_client, owner):
    response = owner_client.post(reverse("accounts:invitations"), {"note": "Для мамы 💐", "days": "90"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "less than or equal to 30" in body
    assert 'value="Для мамы 💐"' in body
    assert SignupInvitation.objects.count() == 0


@override_settings(HS_SIGNUPS="invite")
def test_signed_in_visitor_is_told_the_link_is_for_someone_else(owner_client, partner_client, owner):
    url = make_link(owner_client)
    response = partner_client.get(url)
    assert response.status_code == 400
    assert "already signed in" in response.content.decode()
    assert SignupInvitation.objects.get(owner=owner).used_at is None


@override_settings(HS_SIGNUPS="invite")
def test_stranger_cannot_withdraw_someone_elses_link(owner, stranger_client):
    invitation = make_signup_invitation(owner)
    url = reverse("accounts:invitation_revoke", kwargs={"signup_invitation_id": invitation.pk})
    assert stranger_client.post(url).status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


@override_settings(HS_SIGNUPS="invite")
def test_stranger_does_not_see_someone_elses_links(owner, stranger_client):
    make_signup_invitation(owner, note="for my brother")
    assert "for my brother" not in stranger_client.get(reverse("accounts:invitations")).content.decode()


@override_settings(HS_SIGNUPS="invite")
def test_a_failed_signup_keeps_the_link_usable(owner_client, owner):
    url = make_link(owner_client)
    response = Client().post(url, {**NEW_ACCOUNT, "password2": "something else"})
    assert response.status_code == 200
    assert "The two passwords are different" in response.content.decode()
    assert SignupInvitation.objects.get(owner=owner).used_at is None
    assert Client().post(url, NEW_ACCOUNT).status_code == 302


@override_settings(HS_SIGNUPS="invite")
def test_invitations_page_queries_do_not_grow(owner_client, owner, django_assert_max_num_queries):
    for _ in range(15):
        make_signup_invitation(owner)
    with django_assert_max_num_queries(8):
        assert owner_client.get(reverse("accounts:invitations")).status_code == 200
