"""Individual growth: the HOW self-check and timed practices."""

from __future__ import annotations

import datetime
import re

import pytest
import time_machine
from django.urls import reverse

from heartspace.journal import growth
from heartspace.journal.models import GrowthSettings, PracticeLog, SelfCheck
from tests.journal.factories import make_selfcheck

pytestmark = pytest.mark.django_db


def all_answers(value):
    return {q.key: str(value) for q in growth.QUESTIONS}


def test_take_the_self_check_and_see_the_change(owner_client, owner):
    make_selfcheck(owner, taken_on=datetime.date(2026, 2, 1))
    with time_machine.travel(datetime.datetime(2026, 3, 2, 12, tzinfo=datetime.UTC), tick=False):
        page = owner_client.get(reverse("journal:selfcheck_new")).content.decode()
        assert "Honesty" in page and "Openness" in page and "Willingness to be vulnerable" in page
        answers = all_answers(4) | {"w_ask_help": "1", "w_say_need": "2", "w_stay": "3"}
        response = owner_client.post(reverse("journal:selfcheck_new"), answers | {"note": "Be braver"})
    check = SelfCheck.objects.filter(owner=owner).latest("taken_on")
    assert response["Location"] == reverse("journal:selfcheck_detail", kwargs={"selfcheck_id": check.pk})
    assert check.taken_on == datetime.date(2026, 3, 2)
    assert check.scores() == {"honesty": 4.0, "openness": 4.0, "willingness": 2.0}
    detail = owner_client.get(response["Location"]).content.decode()
    assert "up 1.0 since last time" in detail and "down 1.0 since last time" in detail
    assert "Ask for one small thing you want" in detail  # the gentle step for the lowest score
    growth_page = owner_client.get(reverse("journal:growth")).content.decode()
    assert "2 Mar 2026" in growth_page and "1 Feb 2026" in growth_page


def test_unanswered_questions_are_marked_and_answers_kept(owner_client, owner):
    answers = all_answers(5)
    del answers["o_curious"]
    page = owner_client.post(reverse("journal:selfcheck_new"), answers | {"note": "keep this"}).content.decode()
    assert "Pick how much this is like you (1 to 5)." in page and "keep this" in page
    assert re.search(r'name="h_say_no" value="5"[^>]*checked', page), "answers already given are kept"
    assert not SelfCheck.objects.exists()
    page = owner_client.post(reverse("journal:selfcheck_new"), all_answers(9)).content.decode()
    assert 'class="error"' in page and not SelfCheck.objects.exists()


def test_self_check_comes_round_on_the_users_interval(owner_client, owner):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 12, tzinfo=datetime.UTC), tick=False):
        assert "You have not taken a self-check yet." in owner_client.get(reverse("journal:growth")).content.decode()
        make_selfcheck(owner, taken_on=datetime.date(2026, 3, 1))
        page = owner_client.get(reverse("journal:growth")).content.decode()
        assert "Next one due on Sunday 29 March" in page
        owner_client.post(reverse("journal:growth_settings"), {"selfcheck_every_days": "7"})
        assert GrowthSettings.objects.get(owner=owner).selfcheck_every_days == 7
        assert "Next one due on Sunday 8 March" in owner_client.get(reverse("journal:growth")).content.decode()
        response = owner_client.post(reverse("journal:growth_settings"), {"selfcheck_every_days": "0"}, follow=True)
        assert "Choose between 1 and 365 days." in response.content.decode()
        response = owner_client.post(reverse("journal:growth_settings"), {"selfcheck_every_days": "soon"}, follow=True)
        assert response.status_code == 200 and GrowthSettings.objects.get(owner=owner).selfcheck_every_days == 7


def test_delete_self_check_asks_first(owner_client, owner, stranger_client):
    check = make_selfcheck(owner)
    url = reverse("journal:selfcheck_delete", kwargs={"selfcheck_id": check.pk})
    assert stranger_client.post(url).status_code == 404
    assert "Delete this self-check?" in owner_client.get(url).content.decode()
    owner_client.post(url)
    assert not SelfCheck.objects.exists()


def test_practice_page_has_steps_and_a_timer_of_editable_length(owner_client):
    url = reverse("journal:practice_self-compassion-pause")
    page = owner_client.get(url).content.decode()
    assert 'data-seconds="180"' in page and "data-timer-start" in page and "This is a hard moment" in page
    page = owner_client.get(url, {"minutes": "5"}).content.decode()
    assert 'data-seconds="300"' in page
    page = owner_client.get(url, {"minutes": "-3"}).content.decode()
    assert 'data-seconds="180"' in page and 'class="error"' in page


def test_finishing_or_stopping_a_practice_is_logged(owner_client, owner):
    url = reverse("journal:practice_slow-breathing")
    owner_client.post(url, {"seconds": "120", "completed": "True", "note": "calmer"})
    owner_client.post(url, {"seconds": "40", "completed": "", "note": ""})
    logs = list(PracticeLog.objects.filter(owner=owner).order_by("created_at"))
    assert [(log.seconds, log.completed) for log in logs] == [(120, True), (40, False)]
    page = owner_client.get(reverse("journal:growth")).content.decode()
    assert "done once in the last 30 days" in page
    bad = owner_client.post(url, {"seconds": "lots"})
    assert bad.status_code == 200 and "could not be saved" in bad.content.decode()


def test_selfcheck_due_on_for_reminders(owner):
    from heartspace.journal.services import selfcheck_due_on

    with time_machine.travel(datetime.datetime(2026, 3, 2, 12, tzinfo=datetime.UTC), tick=False):
        assert selfcheck_due_on(owner) == datetime.date(2026, 3, 2)
        make_selfcheck(owner, taken_on=datetime.date(2026, 2, 20))
        assert selfcheck_due_on(owner) == datetime.date(2026, 3, 20)
