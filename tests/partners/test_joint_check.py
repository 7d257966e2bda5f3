"""A Connection Check run together leaves a done Check on each side, with each side's own notes."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse

from heartspace.checkins.models import Appreciation, Check, Commitment
from heartspace.partners.models import JointSession
from heartspace.people.models import Person
from tests.conftest import UGLY_TEXTS

pytestmark = pytest.mark.django_db
START = datetime.datetime(2026, 3, 2, 19, 0, tzinfo=datetime.UTC)


def run_to_the_end(owner_client, partner_client, link) -> JointSession:
    with time_machine.travel(START, tick=False):
        owner_client.post(reverse("partners:session_new", kwargs={"link_id": link.pk}),
                          {"practice": "connection_check", "minutes_each": 5, "presence_minutes": 0})
        session = JointSession.objects.latest("pk")
        partner_client.post(reverse("partners:session_respond", kwargs={"joint_session_id": session.pk}),
                            {"response": "accept"})
    for step in range(20):
        session.refresh_from_db()
        if session.status == JointSession.Status.DONE:
            break
        client = owner_client if step % 2 else partner_client
        with time_machine.travel(START + datetime.timedelta(minutes=3 * (step + 1)), tick=False):
            client.post(reverse("partners:session_advance", kwargs={"joint_session_id": session.pk}),
                        {"step": session.step}, HTTP_HX_REQUEST="true")
    session.refresh_from_db()
    assert session.status == JointSession.Status.DONE
    return session


def session_page(client, session) -> str:
    return client.get(reverse("partners:session", kwargs={"joint_session_id": session.pk})).content.decode()


def note(client, session, **data):
    return client.post(reverse("partners:session_note", kwargs={"joint_session_id": session.pk}), data)


def test_each_side_gets_their_own_done_check_with_their_own_person(owner, partner, owner_client, partner_client, link):
    robin = Person.objects.create(owner=owner, name="Robin")
    link.owner_person = robin
    link.save()
    session = run_to_the_end(owner_client, partner_client, link)
    mine = Check.objects.get(owner=owner)
    theirs = Check.objects.get(owner=partner)
    assert mine.status == theirs.status == Check.Status.DONE
    assert mine.person == robin
    # The partner had no Person for the owner: one is made in their own records, and remembered.
    assert theirs.person.owner == partner and theirs.person.name == owner.name
    link.refresh_from_db()
    assert link.other_person == theirs.person
    assert mine.scheduled_for == START and mine.logged_at is not None
    assert (session.owner_check_id, session.other_check_id) == (mine.pk, theirs.pk)
    # Both see the finished check in their own Checks history.
    assert partner_client.get(reverse("checkins:detail", kwargs={"check_id": theirs.pk})).status_code == 200
    assert partner_client.get(reverse("checkins:detail", kwargs={"check_id": mine.pk})).status_code == 404


def test_finishing_twice_at_once_records_once(owner, partner, owner_client, partner_client, link):
    session = run_to_the_end(owner_client, partner_client, link)
    last = session.step
    for client in (owner_client, partner_client):
        client.post(reverse("partners:session_advance", kwargs={"joint_session_id": session.pk}), {"step": last - 1},
                    HTTP_HX_REQUEST="true")
    assert Check.objects.filter(owner=owner).count() == 1 and Check.objects.filter(owner=partner).count() == 1


def test_each_side_notes_privately_and_never_sees_the_others(owner, partner, owner_client, partner_client, link):
    session = run_to_the_end(owner_client, partner_client, link)
    assert "Just for you" in session_page(owner_client, session)
    due = (datetime.date.today() + datetime.timedelta(days=5)).isoformat()
    response = note(owner_client, session, action="commitment", **{"commitment-text": "Book the Saturday walk",
                                                                   "commitment-due_on": due})
    assert response.status_code == 302
    note(owner_client, session, action="appreciation", **{"appreciation-text": "You asked twice, gently"})
    note(partner_client, session, action="appreciation", **{"appreciation-text": "Ты меня выслушал 🙏"})
    mine = session_page(owner_client, session)
    theirs = session_page(partner_client, session)
    assert "Book the Saturday walk" in mine and "You asked twice, gently" in mine and "Ты меня" not in mine
    assert "Ты меня выслушал 🙏" in theirs and "Saturday walk" not in theirs and "asked twice" not in theirs
    assert Commitment.objects.get().owner == owner
    assert {a.owner_id: a.connection_check.owner_id for a in Appreciation.objects.all()} == {owner.pk: owner.pk,
                                                                                            partner.pk: partner.pk}
    # Nothing of it is on the shared link page for the other side.
    link_page = partner_client.get(reverse("partners:link", kwargs={"link_id": link.pk})).content.decode()
    assert "Saturday walk" not in link_page and "asked twice" not in link_page
    # The htmx poll the other phone runs carries only its own notes too.
    poll = partner_client.get(reverse("partners:session_state", kwargs={"joint_session_id": session.pk}), {"v": "x"},
                              HTTP_HX_REQUEST="true").content.decode()
    assert "Saturday walk" not in poll and "Ты меня выслушал" in poll


@pytest.mark.parametrize("name", ["empty", "whitespace", "huge"])
def test_bad_notes_get_a_message_and_keep_what_was_typed(name, owner, owner_client, partner_client, link):
    session = run_to_the_end(owner_client, partner_client, link)
    text = UGLY_TEXTS[name]
    response = note(owner_client, session, action="appreciation", **{"appreciation-text": text})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'class="error"' in body
    if text.strip():
        assert text.strip()[:50] in body
    assert not Appreciation.objects.exists()
    response = note(owner_client, session, action="commitment", **{"commitment-text": "Call 📞 Бабушка",
                                                                   "commitment-due_on": "2026-02-31"})
    assert response.status_code == 400 and "Call 📞 Бабушка" in response.content.decode()
    assert not Commitment.objects.exists()


@pytest.mark.parametrize("text", [UGLY_TEXTS["emoji"][:80], UGLY_TEXTS["rtl"], UGLY_TEXTS["cyrillic"]])
def test_notes_in_any_script_are_saved(text, owner, owner_client, partner_client, link):
    session = run_to_the_end(owner_client, partner_client, link)
    assert note(owner_client, session, action="appreciation", **{"appreciation-text": text}).status_code == 302
    assert Appreciation.objects.get(owner=owner).text == text.strip()


def test_notes_before_the_end_or_by_a_stranger_are_refused(owner, owner_client, partner_client, stranger_client, link):
    owner_client.post(reverse("partners:session_new", kwargs={"link_id": link.pk}),
                      {"practice": "connection_check", "minutes_each": 5, "presence_minutes": 0})
    session = JointSession.objects.latest("pk")
    response = note(owner_client, session, action="appreciation", **{"appreciation-text": "Too soon"})
    assert response.status_code == 302 and not Appreciation.objects.exists()
    assert note(stranger_client, session, action="appreciation", **{"appreciation-text": "x"}).status_code == 404


def test_vulnerability_exercise_makes_no_check(owner, owner_client, partner_client, link):
    owner_client.post(reverse("partners:session_new", kwargs={"link_id": link.pk}),
                      {"practice": "vulnerability", "minutes_each": 1, "presence_minutes": 0})
    session = JointSession.objects.latest("pk")
    partner_client.post(reverse("partners:session_respond", kwargs={"joint_session_id": session.pk}), {"response": "accept"})
    for step in range(4):
        owner_client.post(reverse("partners:session_advance", kwargs={"joint_session_id": session.pk}), {"step": step})
    session.refresh_from_db()
    assert session.status == "done" and not Check.objects.exists()
