from urllib.parse import urlencode

import pytest
from django.test import override_settings
from django.urls import reverse

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_sign_in_and_out(client, owner):
    response = client.post(reverse("accounts:login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("home")).status_code == 200
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("home")).status_code == 302


def test_wrong_password_is_explained(client, owner):
    response = client.post(reverse("accounts:login"), {"username": "owner", "password": "nope"})
    assert response.status_code == 200
    assert "don’t match" in response.content.decode()


@override_settings(HS_LOGIN_ATTEMPTS=3)
def test_sign_in_pauses_after_repeated_failures(client, owner):
    for _ in range(3):
        client.post(reverse("accounts:login"), {"username": "owner", "password": "guess"})
    response = client.post(reverse("accounts:login"), {"username": "owner", "password": PASSWORD})
    assert response.status_code == 429
    assert "sign-in is paused" in response.content.decode()
    assert client.get(reverse("home")).status_code == 302


@pytest.mark.parametrize("target", [
    "//evil.example", "/\\evil.example", "/\\/evil.example", "\\\\evil.example", "https://evil.example/",
    "http://evil.example", "javascript:alert(1)", " //evil.example", "https:/evil.example", "///evil.example",
])
@pytest.mark.parametrize("where", ["query", "form"])
def test_open_redirect_is_refused(client, owner, target, where):
    url = reverse("accounts:login")
    data = {"username": "owner", "password": PASSWORD}
    if where == "query":
        response = client.post(url + "?" + urlencode({"next": target}), data)
    else:
        response = client.post(url, {**data, "next": target})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


def test_unsafe_next_is_not_echoed_into_the_form(client, owner):
    response = client.get(reverse("accounts:login") + "?" + urlencode({"next": "/\\evil.example"}))
    assert "evil.example" not in response.content.decode()


@pytest.mark.parametrize("target", ["/people/", "/together/join/abc/?x=1"])
def test_local_next_is_followed(client, owner, target):
    response = client.post(reverse("accounts:login") + "?" + urlencode({"next": target}),
                           {"username": "owner", "password": PASSWORD})
    assert response["Location"] == target


def test_next_survives_a_wrong_password(client, owner):
    url = reverse("accounts:login") + "?" + urlencode({"next": "/people/"})
    response = client.post(url, {"username": "owner", "password": "nope", "next": "/people/"})
    assert 'name="next" value="/people/"' in response.content.decode()


def test_logout_needs_post(owner_client):
    assert owner_client.get(reverse("accounts:logout")).status_code == 405


def test_signups_closed_by_default(client, owner):
    assert client.get(reverse("accounts:signup")).status_code == 403


@override_settings(HS_SIGNUPS="open")
def test_open_signups(client, owner):
    response = client.post(reverse("accounts:signup"), {"username": "newbie", "password1": "a long quiet river",
                                                        "password2": "a long quiet river"})
    assert response.status_code == 302


def test_password_reset_by_email(client, owner, mailoutbox):
    client.post(reverse("accounts:password_reset"), {"email": "owner@example.org"})
    assert len(mailoutbox) == 1
    link = next(line for line in mailoutbox[0].body.splitlines() if "/reset/" in line).strip()
    path = link.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path, follow=True)
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else "/" + path
    response = client.post(form_url, {"new_password1": "another quiet river", "new_password2": "another quiet river"})
    assert response.status_code == 302
    assert client.login(username="owner", password="another quiet river")


def test_password_change(owner_client):
    response = owner_client.post(reverse("accounts:password_change"), {
        "old_password": PASSWORD, "new_password1": "a brand new sentence", "new_password2": "a brand new sentence"})
    assert response.status_code == 302
