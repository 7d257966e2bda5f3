import pytest
from django.urls import reverse

from heartspace.accounts.models import User

pytestmark = pytest.mark.django_db

GOOD = {"username": "ana", "display_name": "Ana", "email": "", "password1": "a long quiet river", "password2": "a long quiet river",
        "time_zone": "America/New_York"}


def test_first_visit_leads_to_welcome(client):
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == reverse("accounts:welcome")
    assert "Create my account" in client.get(reverse("accounts:welcome")).content.decode()


def test_welcome_creates_owner_and_signs_in(client):
    response = client.post(reverse("accounts:welcome"), GOOD)
    assert response.status_code == 302
    user = User.objects.get()
    assert user.is_superuser and user.time_zone == "America/New_York" and user.time_zone_confirmed
    assert client.get("/").status_code == 200


def test_welcome_is_gone_once_an_account_exists(client, owner):
    assert client.get(reverse("accounts:welcome")).status_code == 302
    client.post(reverse("accounts:welcome"), {**GOOD, "username": "intruder"})
    assert not User.objects.filter(username="intruder").exists()


def test_help_is_reachable_before_any_account(client):
    assert client.get(reverse("support:urgent")).status_code == 200


@pytest.mark.parametrize("field,value,message", [
    ("username", "", "This field is required."),
    ("username", "has spaces!", "Enter a valid username"),
    ("password2", "different words here", "The two passwords are different."),
    ("password1", "short", "too short"),
])
def test_bad_input_is_explained_and_kept(client, field, value, message):
    data = {**GOOD, field: value}
    if field == "password1":
        data["password2"] = value
    response = client.post(reverse("accounts:welcome"), data)
    body = response.content.decode()
    assert response.status_code == 200 and message in body
    assert not User.objects.exists()
    assert 'value="Ana"' in body  # what was typed survives


@pytest.mark.parametrize("name", ["Ольга", "😀 Joy", "אורי", "x" * 100_000])
def test_display_names_unicode_and_huge(client, name):
    response = client.post(reverse("accounts:welcome"), {**GOOD, "display_name": name})
    if len(name) > 80:
        assert response.status_code == 200 and "at most 80 characters" in response.content.decode()
    else:
        assert response.status_code == 302
        assert User.objects.get().display_name == name
