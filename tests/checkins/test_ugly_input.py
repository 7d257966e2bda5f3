"""Every Connection Check form survives the shared ugly inputs: a clear answer, never a 500, text kept."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse

from heartspace.checkins.models import Appreciation, Commitment, CustomQuestion, FollowUp
from tests.checkins.factories import make_check, make_person
from tests.conftest import UGLY_TEXTS

pytestmark = pytest.mark.django_db

KEEPABLE = {k: v for k, v in UGLY_TEXTS.items() if v.strip()}


def shown(body: str, text: str) -> bool:
    return text[:40] in html.unescape(body)


@pytest.mark.parametrize("kind", list(UGLY_TEXTS))
def test_after_page_forms(owner, owner_client, kind):
    text = UGLY_TEXTS[kind]
    check = make_check(owner, status="done")
    url = reverse("checkins:after", args=[check.pk])
    for action, field in [("commitment", "commitment-text"), ("appreciation", "appreciation-text"),
                          ("follow_up", "follow_up-text"), ("log", "log-notes")]:
        data = {"action": action, field: text}
        if action == "commitment":
            data["commitment-due_on"] = owner.local_today().isoformat()
        if action == "log":
            data.update({"log-meaningful": "yes", "log-disclosed": "me"})
        response = owner_client.post(url, data)
        assert response.status_code in (200, 302), (action, kind)
        if response.status_code == 200 and text.strip():
            assert shown(response.content.decode(), text.strip()), (action, kind)
    if kind in ("empty", "whitespace", "huge"):
        assert not Appreciation.objects.exists() and not FollowUp.objects.exists() and not Commitment.objects.exists()
    if kind == "markup":
        page = owner_client.get(url).content.decode()
        assert "<script>alert(1)</script>" not in page


@pytest.mark.parametrize("kind", list(UGLY_TEXTS))
def test_question_forms(owner, owner_client, kind):
    text = UGLY_TEXTS[kind]
    check = make_check(owner)
    response = owner_client.post(reverse("checkins:prepare", args=[check.pk]),
                                 {"action": "write", "write-text": text, "write-depth": "light", "write-save_for_later": "on"})
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        assert "error" in response.content.decode()
    response = owner_client.post(reverse("checkins:questions"), {"text": text, "depth": "light"})
    assert response.status_code in (200, 302)
    if kind in ("empty", "whitespace", "huge"):
        assert not CustomQuestion.objects.exists() and not check.questions.exists()


@pytest.mark.parametrize("kind", list(UGLY_TEXTS))
def test_tension_and_skip_and_guide(owner, owner_client, kind):
    text = UGLY_TEXTS[kind]
    person = make_person(owner)
    response = owner_client.post(reverse("checkins:tension", args=[person.pk]),
                                 {"person": person.pk, "emotion": text, "behavior": text, "remedy": text, "text": text})
    assert response.status_code in (200, 302)
    check = make_check(owner, person=person)
    assert owner_client.post(reverse("checkins:skip", args=[check.pk]), {"reason": text}).status_code in (200, 302)
    response = owner_client.post(reverse("checkins:guide_save", args=[check.pk]), {"story": text, "step": "x"})
    assert response.status_code in (200, 400)


NOT_A_DATE = "That is not a real date."


@pytest.mark.parametrize(("value", "message"), [
    ("", "Pick a date."),
    ("2026-02-30", NOT_A_DATE),
    ("2026-13-01", NOT_A_DATE),
    ("31/31/2026", NOT_A_DATE),
    ("🙂", NOT_A_DATE),
    ("9999-99-99", NOT_A_DATE),
    ("x" * 5000, NOT_A_DATE),
    ("0001-01-01", "Please check the year: 1."),
    ("2999-01-01", "Please check the year: 2999."),
    ("2020-01-01", "That moment has already passed."),
])
def test_impossible_dates_when_moving(owner, owner_client, value, message):
    """Each bad date with a good time: the date's own message, beside the date, and nothing moves."""
    check = make_check(owner)
    before = check.scheduled_for
    response = owner_client.post(reverse("checkins:move", args=[check.pk]), {"date": value, "time": "18:30"})
    body = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert 'id="id_date_error"' in body and message in body
    assert 'id="id_time_error"' not in body  # the time was fine: only the date is questioned
    assert 'value="18:30"' in body  # what was typed stays
    check.refresh_from_db()
    assert check.scheduled_for == before


@pytest.mark.parametrize("value", ["25:99", "🙂", "", "6pm"])
def test_impossible_times_when_moving(owner, owner_client, value):
    check = make_check(owner)
    response = owner_client.post(reverse("checkins:move", args=[check.pk]), {"date": "2099-01-01", "time": value})
    body = html.unescape(response.content.decode())
    assert response.status_code == 200 and 'id="id_time_error"' in body and 'id="id_date_error"' not in body
