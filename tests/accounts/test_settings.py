import pytest
from django.urls import reverse

from heartspace.accounts.models import User

pytestmark = pytest.mark.django_db

VALID = {"display_name": "Owen", "email": "o@example.org", "time_zone": "Asia/Tokyo", "week_start": 6,
         "email_reminders": "on", "quiet_hours_start": "22:00", "quiet_hours_end": "07:30"}


def test_settings_saved(owner_client, owner):
    response = owner_client.post(reverse("accounts:settings"), VALID)
    assert response.status_code == 302
    owner.refresh_from_db()
    assert (owner.display_name, owner.time_zone, owner.week_start) == ("Owen", "Asia/Tokyo", 6)


@pytest.mark.parametrize("field,value,message", [
    ("time_zone", "Mars/Olympus", "Select a valid choice"),
    ("quiet_hours_start", "25:99", "Enter a valid time"),
    ("email", "not-an-email", "Enter a valid email address"),
    ("display_name", "😀" * 81, "at most 80 characters"),
])
def test_bad_settings_explained_and_kept(owner_client, owner, field, value, message):
    response = owner_client.post(reverse("accounts:settings"), {**VALID, field: value})
    body = response.content.decode()
    assert response.status_code == 200 and message in body
    owner.refresh_from_db()
    assert owner.time_zone == "Europe/London"


def test_browser_time_zone_only_on_first_visit(owner_client, owner):
    User.objects.filter(pk=owner.pk).update(time_zone="", time_zone_confirmed=False)
    assert owner_client.post(reverse("accounts:browser_timezone"), {"time_zone": "Nowhere/Land"}).status_code == 400
    assert owner_client.post(reverse("accounts:browser_timezone"), {"time_zone": "Europe/Madrid"}).status_code == 204
    owner_client.post(reverse("accounts:browser_timezone"), {"time_zone": "Asia/Tokyo"})
    owner.refresh_from_db()
    assert owner.time_zone == "Europe/Madrid"


def test_pages_send_a_strict_content_security_policy(owner_client):
    csp = owner_client.get(reverse("home"))["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
