"""Practising in step from two phones, the shared log and 5:1 balance, shared rituals, mutuality."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse

from heartspace.partners import services
from heartspace.partners.models import JointSession, LinkLogEntry, SharedRitual
from tests.partners.factories import make_disclosure

pytestmark = pytest.mark.django_db


def start(client, link, **data) -> JointSession:
    payload = {"practice": "vulnerability", "minutes_each": 5, "presence_minutes": 10, **data}
    response = client.post(reverse("partners:session_new", kwargs={"link_id": link.pk}), payload)
    assert response.status_code == 302
    return JointSession.objects.latest("pk")


def state(client, session, version=""):
    return client.get(reverse("partners:session_state", kwargs={"joint_session_id": session.pk}), {"v": version},
                      HTTP_HX_REQUEST="true")


def advance(client, session, step):
    return client.post(reverse("partners:session_advance", kwargs={"joint_session_id": session.pk}), {"step": step},
                       HTTP_HX_REQUEST="true")


def test_vulnerability_exercise_in_step(owner_client, partner_client, link):
    session = start(owner_client, link)
    waiting = owner_client.get(reverse("partners:session", kwargs={"joint_session_id": session.pk})).content.decode()
    assert "Waiting for Partner to accept" in waiting
    invite = partner_client.get(reverse("partners:session", kwargs={"joint_session_id": session.pk})).content.decode()
    assert "Accept and start" in invite and "Pass" in invite
    partner_client.post(reverse("partners:session_respond", kwargs={"joint_session_id": session.pk}), {"response": "accept"})
    session.refresh_from_db()
    assert session.status == "active" and session.step == 0
    # the owner's poll had version invited-0: now it gets the new step
    assert "Begin together" in state(owner_client, session, "invited-0").content.decode()
    # nothing changed: 204, no swap
    assert state(owner_client, session, "active-0").status_code == 204
    with time_machine.travel(datetime.datetime(2026, 3, 2, 20, 0, tzinfo=datetime.UTC), tick=False):
        first = advance(owner_client, session, 0).content.decode()
        assert "You speak" in first and 'data-remaining="300"' in first
        # both tapped at once: the second tap (for the same step) does not skip ahead
        advance(partner_client, session, 0)
        session.refresh_from_db()
        assert session.step == 1
        listener = state(partner_client, session, "active-0").content.decode()
        assert "You listen" in listener
    with time_machine.travel(datetime.datetime(2026, 3, 2, 20, 2, tzinfo=datetime.UTC), tick=False):
        assert 'data-remaining="180"' in state(partner_client, session, "x").content.decode()
    advance(partner_client, session, 1)
    advance(owner_client, session, 2)
    second = state(partner_client, session, "x").content.decode()
    assert "You speak" in second  # the swap: now the invitee speaks
    advance(owner_client, session, 3)
    session.refresh_from_db()
    assert session.status == "done"
    assert "Finished" in state(partner_client, session, "x").content.decode()
    assert advance(owner_client, session, 4).status_code == 200
    session.refresh_from_db()
    assert session.step == 4


def test_connection_check_together_uses_the_seed_questions(owner_client, partner_client, link):
    session = start(owner_client, link, practice="connection_check", presence_minutes=10)
    partner_client.post(reverse("partners:session_respond", kwargs={"joint_session_id": session.pk}), {"response": "accept"})
    seen = []
    for step in range(12):
        body = state(owner_client, session, "x").content.decode()
        seen.append(body)
        if "Finished" in body:
            break
        advance(owner_client if step % 2 else partner_client, session, step)
    text = "\n".join(seen)
    for question in ("What recent moment affected you most?", "What are you quietly proud of?",
                     "Where would a little help make the biggest difference?"):
        assert question in text
    assert 'data-remaining="600"' in text  # ten phone-free minutes
    assert "I felt [emotion] when [specific event]; that taught me [clear takeaway]." in text
    assert "15 words or fewer" in text and "Finished" in text


def test_a_session_invitation_can_be_passed(owner_client, partner_client, link):
    session = start(owner_client, link)
    partner_client.post(reverse("partners:session_respond", kwargs={"joint_session_id": session.pk}), {"response": "pass"})
    session.refresh_from_db()
    assert session.status == "passed"
    assert "They passed this time. That is fine." in owner_client.get(
        reverse("partners:session", kwargs={"joint_session_id": session.pk})).content.decode()


def test_the_inviter_cannot_accept_their_own_invitation(owner_client, link):
    session = start(owner_client, link)
    owner_client.post(reverse("partners:session_respond", kwargs={"joint_session_id": session.pk}), {"response": "accept"})
    session.refresh_from_db()
    assert session.status == "invited"


@pytest.mark.parametrize("bad", [{"minutes_each": 0}, {"minutes_each": "five"}, {"practice": "nope"}])
def test_bad_session_input(owner_client, link, bad):
    response = owner_client.post(reverse("partners:session_new", kwargs={"link_id": link.pk}),
                                 {"practice": "vulnerability", "minutes_each": 5, "presence_minutes": 10, **bad}, follow=True)
    assert "Check the minutes" in response.content.decode()
    assert not JointSession.objects.exists()


def test_shared_log_and_balance_seen_by_both(owner_client, partner_client, link):
    for what in ("bid_toward", "appreciation", "kindness", "bid_toward", "kindness"):
        owner_client.post(reverse("partners:log_add", kwargs={"link_id": link.pk}), {"what": what})
    partner_client.post(reverse("partners:log_add", kwargs={"link_id": link.pk}), {"what": "criticism"})
    assert LinkLogEntry.objects.filter(tone="positive").count() == 5
    owner_page = owner_client.get(reverse("partners:link", kwargs={"link_id": link.pk})).content.decode()
    partner_page = partner_client.get(reverse("partners:link", kwargs={"link_id": link.pk})).content.decode()
    assert "You logged 5 positive and 0 corrective." in owner_page
    assert "You logged 0 positive and 1 corrective." in partner_page
    for body in (owner_page, partner_page):
        assert "5.0 positive for each corrective (aim: 5 to 1)" in body
    partner_client.post(reverse("partners:balance_target", kwargs={"link_id": link.pk}), {"balance_target": 4})
    link.refresh_from_db()
    assert link.balance_target == 4
    response = owner_client.post(reverse("partners:balance_target", kwargs={"link_id": link.pk}),
                                 {"balance_target": "lots"}, follow=True)
    assert "whole number" in response.content.decode()


def test_shared_ritual_visible_to_both_and_ended_by_either(owner, partner, owner_client, partner_client, link):
    response = owner_client.post(reverse("partners:ritual_new", kwargs={"link_id": link.pk}), {
        "kind": "weekly_checkin", "title": "Sunday check-in", "frequency": "weekly", "weekday": 6,
        "time_of_day": "19:30", "duration_minutes": 20, "starts_on": "2026-03-01"})
    assert response.status_code == 302
    ritual = SharedRitual.objects.get()
    assert ritual.time_zone == "Europe/London"
    assert "Sunday check-in" in partner_client.get(reverse("partners:link", kwargs={"link_id": link.pk})).content.decode()
    assert list(services.shared_rituals_for(partner)) == [ritual]
    from heartspace.practices.recurrence import rrule

    assert rrule(ritual.rule()) == "FREQ=WEEKLY;BYDAY=SU"
    partner_client.post(reverse("partners:ritual_edit", kwargs={"shared_ritual_id": ritual.pk}), {"end": "1"})
    assert list(services.shared_rituals_for(owner)) == []


def test_shared_ritual_bad_input_keeps_what_was_typed(owner_client, link):
    response = owner_client.post(reverse("partners:ritual_new", kwargs={"link_id": link.pk}), {
        "kind": "custom", "title": "Ритуал 🌙", "frequency": "weekly", "weekday": 9,
        "time_of_day": "25:99", "duration_minutes": 20, "starts_on": "2026-02-30"})
    body = response.content.decode()
    assert response.status_code == 400 and "Ритуал 🌙" in body and 'class="error"' in body


def test_unlinking_ends_shared_rituals_and_sessions(owner, partner, owner_client, link):
    session = start(owner_client, link)
    SharedRitual.objects.create(owner=owner, link=link, title="Nightly", starts_on=datetime.date(2026, 3, 1))
    services.end_link(link)
    session.refresh_from_db()
    assert session.status == "stopped"
    assert list(services.shared_rituals_for(partner)) == []


def test_mutuality_shows_totals_only(owner, partner, owner_client, partner_client, link):
    with time_machine.travel(datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)):
        for i in range(3):
            services.share_item(owner, link, make_disclosure(owner, text=f"owner secret {i}"))
        services.share_item(partner, link, make_disclosure(partner, text="partner secret"))
        rows = services.mutuality(link, today=datetime.date(2026, 3, 10))
        assert rows[-1] == {"month": datetime.date(2026, 3, 1), "owner": 3, "other": 1}
        assert len(rows) == 6
        page = partner_client.get(reverse("partners:link", kwargs={"link_id": link.pk})).content.decode()
    assert 'data-mutual-me>1<' in page and 'data-mutual-them>3<' in page


def test_private_log_is_seen_only_by_its_writer(owner, partner, owner_client, partner_client, link):
    from heartspace.people.models import Interaction, Person
    from heartspace.practices.models import Bid

    pat = Person.objects.create(owner=owner, name="Pat")
    link.owner_person = pat
    link.save()
    for _ in range(3):
        Interaction.objects.create(owner=owner, person=pat, tone="positive")
    Bid.objects.create(owner=owner, person=pat, response="away")
    mine = owner_client.get(reverse("partners:link", kwargs={"link_id": link.pk})).content.decode()
    assert "3 positive and 0 corrective moments; bids turned toward 0, turned away 1" in mine
    theirs = partner_client.get(reverse("partners:link", kwargs={"link_id": link.pk})).content.decode()
    assert "data-private-balance" not in theirs


def test_finished_exercise_is_kept_in_each_sides_own_practices(owner, partner, owner_client, partner_client, link):
    from heartspace.practices.models import VulnerabilitySession

    session = start(owner_client, link, minutes_each=3)
    partner_client.post(reverse("partners:session_respond", kwargs={"joint_session_id": session.pk}), {"response": "accept"})
    for step in range(4):
        advance(owner_client, session, step)
    records = {r.owner_id: r for r in VulnerabilitySession.objects.all()}
    assert set(records) == {owner.pk, partner.pk}
    assert records[owner.pk].first_speaker == "me" and records[partner.pk].first_speaker == "them"
    assert all(r.stage == "done" and r.minutes_each == 3 for r in records.values())


def test_opening_the_poll_address_directly_shows_the_whole_page(owner_client, link):
    session = start(owner_client, link)
    response = owner_client.get(reverse("partners:session_state", kwargs={"joint_session_id": session.pk}))
    assert response.status_code == 302
    assert response["Location"] == reverse("partners:session", kwargs={"joint_session_id": session.pk})


def test_polling_stops_when_the_link_ends(owner_client, partner_client, stranger_client, link):
    session = start(owner_client, link)
    services.end_link(link)
    response = state(partner_client, session, "invited-0")
    assert response.status_code == 286 and "This session has ended." in response.content.decode()
    assert state(stranger_client, session, "x").status_code == 404
