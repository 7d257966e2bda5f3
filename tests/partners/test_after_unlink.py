"""After unlinking, each side still sees their OWN answers, log entries and shared-ritual history,
and never anything the other side wrote."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from heartspace.checkins.models import Appreciation, Check
from heartspace.partners import services
from heartspace.partners.models import Answer, JointSession, LinkLogEntry, SharedQuestion, SharedRitual

pytestmark = pytest.mark.django_db


@pytest.fixture
def history(owner, partner, link):
    """A link with both sides' answers, log entries, rituals and a finished joint check; then it ends."""
    custom = SharedQuestion.objects.create(owner=partner, link=link, text="PARTNER-QUESTION what scares you?")
    library = SharedQuestion.objects.create(owner=owner, link=link, prompt_key="small-joy",
                                            text="What small thing made you glad this week, that I might not know about?")
    mine_only = SharedQuestion.objects.create(owner=owner, link=link, text="OWNER-QUESTION where shall we go?")
    Answer.objects.create(owner=owner, question=custom, text="OWNER-ANSWER-1 heights, a little 🧗")
    Answer.objects.create(owner=partner, question=custom, text="PARTNER-ANSWER-1 being left out")
    Answer.objects.create(owner=owner, question=library, text="OWNER-ANSWER-2 the bakery")
    Answer.objects.create(owner=partner, question=library, text="PARTNER-ANSWER-2 a call with my sister")
    LinkLogEntry.objects.create(owner=owner, link=link, tone="positive", what="kindness")
    LinkLogEntry.objects.create(owner=partner, link=link, tone="corrective", what="criticism")
    SharedRitual.objects.create(owner=owner, link=link, title="OWNER-RITUAL Sunday walk", starts_on=datetime.date(2026, 1, 4))
    SharedRitual.objects.create(owner=partner, link=link, kind="nightly_gratitude", frequency="daily",
                                title="PARTNER-RITUAL thank-yous", starts_on=datetime.date(2026, 1, 5))
    session = JointSession.objects.create(owner=owner, link=link, practice="connection_check", status="done",
                                          finished_at=datetime.datetime(2026, 2, 1, 20, 0, tzinfo=datetime.UTC))
    from heartspace.partners.joint_check import record_joint_check

    record_joint_check(session, session.finished_at)
    session.refresh_from_db()
    Appreciation.objects.create(owner=partner, person=session.other_check.person, connection_check=session.other_check,
                                text="PARTNER-APPRECIATION you made tea")
    services.end_link(link)
    return {"session": session, "mine_only": mine_only}


def records(client, link):
    return client.get(reverse("partners:link_records", kwargs={"link_id": link.pk}))


def test_each_side_sees_only_their_own_records(owner_client, partner_client, link, history):
    mine = records(owner_client, link)
    assert mine.status_code == 200
    page = mine.content.decode()
    assert "OWNER-ANSWER-1 heights, a little 🧗" in page and "OWNER-ANSWER-2 the bakery" in page
    assert "What small thing made you glad this week" in page  # heartspace's own wording
    assert "OWNER-QUESTION where shall we go?" in page  # asked by me
    assert "A question they asked you" in page  # their wording stays theirs
    assert "Sunday walk" in page and "Nightly gratitude" in page
    assert "A kindness" in page and "criticism" not in page.lower()
    assert "PARTNER-" not in page
    theirs = records(partner_client, link).content.decode()
    assert "PARTNER-ANSWER-1 being left out" in theirs and "PARTNER-ANSWER-2" in theirs
    assert "PARTNER-QUESTION what scares you?" in theirs and "thank-yous" in theirs
    assert "OWNER-" not in theirs and "A kindness" not in theirs


def test_own_check_from_a_joint_session_stays_reachable(owner, partner, owner_client, partner_client, link, history):
    session = history["session"]
    theirs = partner_client.get(reverse("checkins:after", kwargs={"check_id": session.other_check_id}))
    assert theirs.status_code == 200 and "PARTNER-APPRECIATION you made tea" in theirs.content.decode()
    assert owner_client.get(reverse("checkins:after", kwargs={"check_id": session.other_check_id})).status_code == 404
    page = records(owner_client, link).content.decode()
    assert reverse("checkins:after", kwargs={"check_id": session.owner_check_id}) in page
    assert reverse("checkins:after", kwargs={"check_id": session.other_check_id}) not in page
    assert Check.objects.filter(owner=owner).count() == 1


def test_the_ended_link_and_index_point_to_own_records(owner_client, link, history):
    ended = owner_client.get(reverse("partners:link", kwargs={"link_id": link.pk}))
    assert ended.status_code == 404
    url = reverse("partners:link_records", kwargs={"link_id": link.pk})
    assert url in ended.content.decode()
    index = owner_client.get(reverse("partners:index")).content.decode()
    assert url in index and "Links that ended" in index


def test_records_are_404_for_a_stranger_and_redirect_while_linked(owner, owner_client, stranger_client, partner):
    live = services.link_users(owner, partner)
    url = reverse("partners:link_records", kwargs={"link_id": live.pk})
    assert owner_client.get(url)["Location"] == reverse("partners:link", kwargs={"link_id": live.pk})
    services.end_link(live)
    assert stranger_client.get(url).status_code == 404


def test_a_long_history_is_read_in_a_bounded_number_of_queries(owner, partner, owner_client, link,
                                                                django_assert_max_num_queries, monkeypatch):
    from heartspace.partners import views_past

    monkeypatch.setattr(views_past, "LIMIT", 5)
    for n in range(3):
        question = SharedQuestion.objects.create(owner=partner, link=link, text=f"Q{n}")
        Answer.objects.create(owner=owner, question=question, text=f"SMALL-ANSWER-{n}")
    services.end_link(link)
    with django_assert_max_num_queries(60) as few:
        page = records(owner_client, link).content.decode()
    assert "SMALL-ANSWER-2" in page and "data-more-answers" not in page
    for n in range(3, 12):
        question = SharedQuestion.objects.create(owner=partner, link=link, text=f"Q{n}")
        Answer.objects.create(owner=owner, question=question, text=f"LONG-ANSWER-{n:02d}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = records(owner_client, link).content.decode()
    # The newest five answers, and a word that there are more.
    assert [n for n in range(3, 12) if f"LONG-ANSWER-{n:02d}" in page] == [7, 8, 9, 10, 11]
    assert "SMALL-ANSWER" not in page
    assert "Showing your newest 5 answers." in page
