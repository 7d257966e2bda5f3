"""Every practice form against the shared ugly inputs: a clear message or a faithful save, never a 500."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from heartspace.practices.models import Boundary, ConflictRule, RitualOccurrence, TimeOut, VulnerabilitySession
from tests.conftest import UGLY_TEXTS
from tests.practices.factories import make_ritual

pytestmark = pytest.mark.django_db

BLANK = ("empty", "whitespace")


@pytest.mark.parametrize("name", list(UGLY_TEXTS))
def test_ugly_boundary(owner_client, owner, name):
    text = UGLY_TEXTS[name]
    response = owner_client.post(reverse("practices:boundaries"), {"title": "Limits", "acceptable": text, "treatment": ""})
    if name in BLANK:
        assert response.status_code == 400 and "Say what is OK" in response.content.decode()
    elif name == "huge":
        assert response.status_code == 400 and "longer than 10,000 characters" in response.content.decode()
        assert text.strip()[:500] in response.content.decode()  # what was typed is kept
    else:
        assert response.status_code == 302
        assert Boundary.objects.get(owner=owner).acceptable == text.strip()


@pytest.mark.parametrize("name", list(UGLY_TEXTS))
def test_ugly_ritual_outcome(owner_client, owner, name):
    ritual = make_ritual(owner, frequency="daily", starts_on=datetime.date(2020, 1, 1))
    text = UGLY_TEXTS[name]
    response = owner_client.post(reverse("practices:ritual_detail", kwargs={"ritual_id": ritual.pk}),
                                 {"due_on": "2020-01-03", "status": "done", "outcome": text})
    if name == "huge":
        assert response.status_code == 400
        assert not RitualOccurrence.objects.exists()
    else:
        assert response.status_code == 302  # an outcome is optional: blank is fine
        assert RitualOccurrence.objects.get().outcome == text.strip()


@pytest.mark.parametrize("name", list(UGLY_TEXTS))
def test_ugly_rule(owner_client, owner, name):
    response = owner_client.post(reverse("practices:rules"), {"text": UGLY_TEXTS[name]})
    if name in BLANK or name == "huge":
        assert response.status_code == 400
        assert ConflictRule.objects.filter(owner=owner, seed_key="").count() == 0
    else:
        assert response.status_code == 302
        assert ConflictRule.objects.filter(owner=owner, text=UGLY_TEXTS[name].strip()).exists()


@pytest.mark.parametrize("name", list(UGLY_TEXTS))
def test_ugly_timeout_topic_and_resolution(owner_client, owner, name):
    text = UGLY_TEXTS[name]
    response = owner_client.post(reverse("practices:timeouts"), {"minutes": "20", "topic": text})
    if name == "huge":
        assert response.status_code == 400 and not TimeOut.objects.exists()
        return
    assert response.status_code == 302
    timeout = TimeOut.objects.get(owner=owner)
    assert timeout.topic == text.strip()
    response = owner_client.post(reverse("practices:timeout_detail", kwargs={"timeout_id": timeout.pk}),
                                 {"resolution": text})
    assert response.status_code == 302


@pytest.mark.parametrize("name", list(UGLY_TEXTS))
def test_ugly_vulnerability_note(owner_client, owner, name):
    session = VulnerabilitySession.objects.create(owner=owner)
    url = reverse("practices:vulnerability_session", kwargs={"vulnerability_id": session.pk})
    response = owner_client.post(url, {"action": "next", "note": UGLY_TEXTS[name]})
    session.refresh_from_db()
    if name == "huge":
        assert response.status_code == 400 and session.stage == "first"
    else:
        assert response.status_code == 302 and session.stage == "swap"
        assert session.first_note == UGLY_TEXTS[name].strip()


@pytest.mark.parametrize("value", ["", "abc", "-1", "0", "99999", "1e3", "😀"])
def test_ugly_numbers(owner_client, value):
    for url, data in ((reverse("practices:timeouts"), {"minutes": value}),
                      (reverse("practices:vulnerability"), {"minutes_each": value, "first_speaker": "me"}),
                      (reverse("practices:settings"), {"timeout_minutes": value, "vulnerability_minutes": "5",
                                                       "boundary_review_days": "90"})):
        assert owner_client.post(url, data).status_code == 400, (url, value)
