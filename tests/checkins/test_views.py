"""Connection Checks as a person uses them: schedule, prepare, run, log, promise, appreciate, follow up."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from heartspace.checkins.models import (
    Appreciation,
    Check,
    CheckQuestion,
    Commitment,
    CustomQuestion,
    FollowUp,
    TensionScript,
)
from heartspace.people.models import Interaction
from tests.checkins.factories import make_check, make_commitment, make_person, make_question
from tests.conftest import UGLY_TEXTS

pytestmark = pytest.mark.django_db

SEEDS = ["What recent moment affected you most?", "What are you quietly proud of?",
         "Where would a little help make the biggest difference?"]


def words(n):
    return " ".join(["kind"] * n)


# --- scheduling -------------------------------------------------------------------------------

@time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC), tick=False)
def test_propose_accept_move_skip(owner, owner_client):
    person = make_person(owner, preferred_weekdays="1,3", preferred_time=datetime.time(19, 0))
    owner_client.post(reverse("checkins:propose", args=[person.pk]))
    proposed = list(Check.objects.filter(owner=owner).order_by("scheduled_for"))
    assert len(proposed) == 4  # two in March, two in April
    assert all(c.status == "proposed" and c.label == "Connection Check" for c in proposed)
    assert all(c.scheduled_for.astimezone(owner.zoneinfo()).weekday() in (1, 3) for c in proposed)
    # Proposing again does not double up.
    owner_client.post(reverse("checkins:propose", args=[person.pk]))
    assert Check.objects.filter(owner=owner).count() == 4

    listing = owner_client.get(reverse("checkins:list")).content.decode()
    assert "Proposed: accept, move or skip" in listing

    first, second, third = proposed[:3]
    owner_client.post(reverse("checkins:accept", args=[first.pk]))
    first.refresh_from_db()
    assert first.status == "scheduled"

    bad = owner_client.post(reverse("checkins:move", args=[second.pk]), {"date": "2026-02-30", "time": "18:00"})
    assert "That is not a real date" in bad.content.decode() and 'value="18:00"' in bad.content.decode()
    past = owner_client.post(reverse("checkins:move", args=[second.pk]), {"date": "2026-03-01", "time": "18:00"})
    assert "already passed" in past.content.decode()
    owner_client.post(reverse("checkins:move", args=[second.pk]), {"date": "2026-03-20", "time": "07:45"})
    second.refresh_from_db()
    local = second.scheduled_for.astimezone(owner.zoneinfo())
    assert (local.day, local.hour, local.minute, second.status) == (20, 7, 45, "scheduled")

    owner_client.post(reverse("checkins:skip", args=[third.pk]), {"reason": "Их не будет дома"})
    third.refresh_from_db()
    assert third.status == "skipped" and third.skip_reason == "Их не будет дома" and third.skipped_at
    # A skipped check keeps its slot: proposing again does not replace it.
    owner_client.post(reverse("checkins:propose", args=[person.pk]))
    assert Check.objects.filter(owner=owner).count() == 4


@time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=datetime.UTC), tick=False)
def test_proposing_for_everyone_never_double_books_the_user(owner, owner_client):
    # Same cadence, same preferred evening: without care they would all land on the same slots.
    for name in ("Maya", "Sam", "Priya"):
        make_person(owner, name=name, preferred_time=datetime.time(19, 0))
    owner_client.post(reverse("checkins:propose_all"))
    starts = list(Check.objects.filter(owner=owner).values_list("scheduled_for", flat=True))
    assert len(starts) == 12  # three people, two a month, this month and the next
    assert len(set(starts)) == 12


def test_skip_without_reason_and_huge_reason(owner, owner_client):
    check = make_check(owner)
    long = owner_client.post(reverse("checkins:skip", args=[check.pk]), {"reason": UGLY_TEXTS["huge"]})
    assert "under 300 characters" in long.content.decode()
    owner_client.post(reverse("checkins:skip", args=[check.pk]), {})
    check.refresh_from_db()
    assert check.status == "skipped" and check.skip_reason == ""


def test_schedule_by_hand(owner, owner_client):
    person = make_person(owner)
    when = (timezone.now() + datetime.timedelta(days=3)).astimezone(owner.zoneinfo())
    owner_client.post(reverse("checkins:new", args=[person.pk]), {"date": when.date().isoformat(), "time": "20:15"})
    check = Check.objects.get(owner=owner)
    assert check.status == "scheduled" and check.duration_minutes == 30 and check.presence_minutes == 10


# --- preparation -----------------------------------------------------------------------------

def test_prepare_with_seed_bank_and_own_questions(owner, owner_client):
    check = make_check(owner)
    url = reverse("checkins:prepare", args=[check.pk])
    page = owner_client.get(url).content.decode()
    assert all(q in page for q in SEEDS)
    assert "Suggested depth: Light" in page
    owner_client.post(url, {"action": "seed"})
    assert [q.text for q in check.questions.all()] == SEEDS
    owner_client.post(url, {"action": "bank", "key": "l-recent-1"})
    assert check.questions.count() == 4 and check.questions.last().depth == "light"
    empty = owner_client.post(url, {"action": "write", "write-text": "   ", "write-depth": "personal"})
    assert "The question is empty" in empty.content.decode()
    owner_client.post(url, {"action": "write", "write-text": "Что тебя радует?", "write-depth": "deep",
                            "write-save_for_later": "on"})
    assert CustomQuestion.objects.get(owner=owner).text == "Что тебя радует?"
    assert check.questions.filter(source="custom").count() == 1
    removed = check.questions.first()
    owner_client.post(url, {"action": "remove", "question": removed.pk})
    assert not CheckQuestion.objects.filter(pk=removed.pk).exists()


def test_suggestions_skip_questions_already_asked_of_this_person(owner, owner_client):
    person = make_person(owner)
    old = make_check(owner, person=person, status="done")
    make_question(owner, check=old, text="What was the best part of your week so far?", bank_key="l-recent-1", depth="light")
    check = make_check(owner, person=person)
    page = owner_client.get(reverse("checkins:prepare", args=[check.pk])).content.decode()
    assert "What was the best part of your week so far?" not in page


def test_depth_steps_up_after_two_good_sessions(owner, owner_client):
    person = make_person(owner)
    for days in (20, 10):
        done = make_check(owner, person=person, status="done", meaningful=True, how_it_went="right",
                          when=timezone.now() - datetime.timedelta(days=days))
        make_question(owner, check=done, depth="personal", asked=True)
    check = make_check(owner, person=person)
    page = owner_client.get(reverse("checkins:prepare", args=[check.pk])).content.decode()
    assert "Suggested depth: Deep" in page and 'data-depth-reason="going_well"' in page


def test_depth_steps_down_after_passes(owner, owner_client):
    person = make_person(owner)
    done = make_check(owner, person=person, status="done", meaningful=False,
                      when=timezone.now() - datetime.timedelta(days=5))
    for _ in range(3):
        make_question(owner, check=done, depth="deep", passed=True)
    check = make_check(owner, person=person)
    page = owner_client.get(reverse("checkins:prepare", args=[check.pk])).content.decode()
    assert "Suggested depth: Personal" in page and 'data-depth-reason="many_passes"' in page


def test_saved_questions_page(owner, owner_client):
    url = reverse("checkins:questions")
    assert "The question is empty" in owner_client.post(url, {"text": "", "depth": "light"}).content.decode()
    owner_client.post(url, {"text": "What do you need more of? 🌱", "depth": "light", "topic": ""})
    question = CustomQuestion.objects.get(owner=owner)
    page = owner_client.get(url).content.decode()
    assert "What do you need more of? 🌱" in page and "Where does your mind wander" not in page
    owner_client.post(reverse("checkins:question_delete", args=[question.pk]))
    assert not CustomQuestion.objects.exists()


# --- the guided session ------------------------------------------------------------------------

def test_guide_start_save_and_end(owner, owner_client):
    check = make_check(owner, status="proposed")
    q1 = make_question(owner, check=check, order=0)
    q2 = make_question(owner, check=check, order=1, text="What keeps coming back to your mind at night?")
    page = owner_client.get(reverse("checkins:guide", args=[check.pk])).content.decode()
    assert 'class="guide"' in page and "May I ask a personal question?" in page
    assert "I felt [emotion] when [specific event]; that taught me [clear takeaway]." in page
    assert "Did I get that right?" in page and "60–70%" in page

    refused = owner_client.post(reverse("checkins:guide_start", args=[check.pk]), {"privacy": "nope"})
    assert refused.status_code == 400
    started = owner_client.post(reverse("checkins:guide_start", args=[check.pk]), {"privacy": "between_us"}).json()
    check.refresh_from_db()
    assert check.started_at and check.privacy == "between_us" and check.privacy_agreed and check.status == "scheduled"
    assert started["started_ms"] == int(check.started_at.timestamp() * 1000)
    # Starting twice (a second device, a double tap) keeps the first start time.
    owner_client.post(reverse("checkins:guide_start", args=[check.pk]), {"privacy": "between_us"})
    check.refresh_from_db()
    assert int(check.started_at.timestamp() * 1000) == started["started_ms"]

    save = reverse("checkins:guide_save", args=[check.pk])
    owner_client.post(save, {"step": "2", "question": q1.pk, "outcome": "passed"})
    owner_client.post(save, {"step": "3", "question": q2.pk, "outcome": "asked", "note": "“like a tide going out”"})
    too_long = owner_client.post(save, {"question": q2.pk, "note": UGLY_TEXTS["huge"]})
    assert too_long.status_code == 400 and "too long" in too_long.json()["error"]
    owner_client.post(save, {"step": "4", "story": "I felt scared when I lost the keys; that taught me to slow down."})
    q1.refresh_from_db(), q2.refresh_from_db(), check.refresh_from_db()
    assert q1.passed and not q1.asked and q2.asked and q2.note == "“like a tide going out”"
    assert check.guide_step == 4 and check.story.startswith("I felt scared")
    # A reload resumes: the page carries the server start time, the step and the drafts.
    page = owner_client.get(reverse("checkins:guide", args=[check.pk])).content.decode()
    assert f'data-started-ms="{started["started_ms"]}"' in page and 'data-server-step="4"' in page
    assert "like a tide going out" in page and "I lost the keys" in page
    # Moving past the story step with the fill-in untouched does not turn the template into a story.
    untouched = make_check(owner)
    owner_client.post(reverse("checkins:guide_save", args=[untouched.pk]),
                      {"story": "I felt [emotion] when [specific event]; that taught me [clear takeaway]. "})
    untouched.refresh_from_db()
    assert untouched.story == ""
    other = make_check(owner)
    foreign_q = make_question(owner, check=other)
    assert owner_client.post(save, {"question": foreign_q.pk, "outcome": "asked"}).status_code == 404

    response = owner_client.post(reverse("checkins:guide_end", args=[check.pk]), {"appreciation-text": words(16)})
    check.refresh_from_db()
    assert check.status == "done" and check.ended_at and not Appreciation.objects.exists()
    after = owner_client.get(response.url).content.decode()
    assert words(16) in after  # the over-long appreciation is kept for trimming


# --- after -----------------------------------------------------------------------------------------

@time_machine.travel(datetime.datetime(2026, 5, 31, 23, 30, tzinfo=datetime.UTC), tick=False)
def test_after_log_commitment_appreciation_follow_up(owner, owner_client):
    check = make_check(owner, status="done", when=timezone.now() - datetime.timedelta(hours=2))
    url = reverse("checkins:after", args=[check.pk])
    page = owner_client.get(url).content.decode()
    # 23:30 UTC on 31 May is 00:30 on 1 June in London: due 8 June, seven days on.
    assert 'value="2026-06-08"' in page

    missing = owner_client.post(url, {"action": "log", "log-notes": "kept words"})
    assert missing.status_code == 200 and "Say whether it felt meaningful" in missing.content.decode()
    assert "kept words" in missing.content.decode()
    owner_client.post(url, {"action": "log", "log-meaningful": "yes", "log-disclosed": "both",
                            "log-how_it_went": "right", "log-notes": "We talked about her dad."})
    check.refresh_from_db()
    assert check.meaningful is True and check.disclosed == "both" and check.logged_at and check.mutual_disclosure

    huge = owner_client.post(url, {"action": "log", "log-meaningful": "no", "log-disclosed": "me",
                                   "log-notes": UGLY_TEXTS["huge"]})
    assert "please keep it under 5,000" in huge.content.decode()

    owner_client.post(url, {"action": "commitment", "commitment-text": "Send the article about tides",
                            "commitment-due_on": "2026-06-08"})
    commitment = Commitment.objects.get(owner=owner)
    assert commitment.due_on == datetime.date(2026, 6, 8) and commitment.connection_check == check
    bad_date = owner_client.post(url, {"action": "commitment", "commitment-text": "x", "commitment-due_on": "2026-06-31"})
    assert "That is not a real date" in bad_date.content.decode()

    rejected = owner_client.post(url, {"action": "appreciation", "appreciation-text": words(16)})
    body = rejected.content.decode()
    assert rejected.status_code == 200 and "That is 16 words" in body and words(16) in body
    owner_client.post(url, {"action": "appreciation", "appreciation-text": words(15)})
    assert Appreciation.objects.get(owner=owner).text == words(15)
    assert Interaction.objects.get(owner=owner).source == "appreciation"

    long = owner_client.post(url, {"action": "follow_up", "follow_up-text": words(61)})
    assert "That is 61 words" in long.content.decode() and words(61) in long.content.decode()
    owner_client.post(url, {"action": "follow_up", "follow_up-text": words(59), "follow_up-has_highlight": "on"})
    follow_up = FollowUp.objects.get(owner=owner)
    assert follow_up.has_highlight and not follow_up.has_question
    page = owner_client.get(url).content.decode()
    assert "sms:?&amp;body=kind%20kind" in page and "mailto:?body=kind%20kind" in page
    owner_client.post(reverse("checkins:follow_up_sent", args=[follow_up.pk]))
    follow_up.refresh_from_db()
    assert follow_up.sent_at

    owner_client.post(reverse("checkins:commitment_done", args=[commitment.pk]), {"done": "1"})
    commitment.refresh_from_db()
    assert commitment.is_done and commitment.on_time(owner.zoneinfo())
    owner_client.post(reverse("checkins:commitment_done", args=[commitment.pk]), {"done": "0"})
    commitment.refresh_from_db()
    assert not commitment.is_done


def test_follow_up_opens_addressed_to_the_person_when_their_contact_is_known(owner, owner_client):
    person = make_person(owner, phones=[{"value": "+44 7700 900123", "type": "cell"}], emails=["maya@example.org"])
    check = make_check(owner, person=person, status="done")
    FollowUp.objects.create(owner=owner, person=person, connection_check=check, text="Thanks for today. What next?")
    page = owner_client.get(reverse("checkins:after", args=[check.pk])).content.decode()
    assert 'href="sms:+447700900123?&amp;body=Thanks%20for%20today.%20What%20next%3F"' in page
    assert 'href="mailto:maya@example.org?body=Thanks%20for%20today.%20What%20next%3F"' in page
    assert 'data-to="+447700900123"' in page  # the composer keeps the recipient as the draft changes
    unknown = make_check(owner, person=make_person(owner, name="Sam"), status="done")
    assert 'href="sms:?&amp;body="' in owner_client.get(reverse("checkins:after", args=[unknown.pk])).content.decode()


def test_tension_script_records_a_corrective_moment(owner, owner_client):
    person = make_person(owner)
    url = reverse("checkins:tension", args=[person.pk])
    page = owner_client.get(url).content.decode()
    assert "I felt [emotion] when [behavior]. Can we talk about what happened and agree one next step?" in page
    two = owner_client.post(url, {"person": person.pk, "emotion": "hurt",
                                  "behavior": "you were late; and when you forgot my birthday", "remedy": "text me"})
    assert "more than one issue" in two.content.decode()
    empty = owner_client.post(url, {"person": person.pk, "emotion": "", "behavior": "", "remedy": ""})
    assert "Name the feeling" in empty.content.decode() and "Propose one concrete next step" in empty.content.decode()
    owner_client.post(url, {"person": person.pk, "emotion": "hurt", "behavior": "plans were cancelled last minute",
                            "remedy": "Tell each other a day ahead.", "text": ""})
    script = TensionScript.objects.get(owner=owner)
    assert script.text.startswith("I felt hurt when plans were cancelled last minute. Can we talk about what happened")
    assert script.interaction.tone == "corrective" and script.interaction.source == "tension"


def test_other_peoples_person_cannot_be_chosen_in_tension(owner, stranger, owner_client):
    mine = make_person(owner)
    theirs = make_person(stranger, name="Theirs")
    body = owner_client.post(reverse("checkins:tension", args=[mine.pk]), {
        "person": theirs.pk, "emotion": "hurt", "behavior": "x", "remedy": "y"}).content.decode()
    assert "Select a valid choice" in body and not TensionScript.objects.exists()


# --- home ---------------------------------------------------------------------------------------

def test_home_answers_due_overdue_promised(owner, owner_client):
    due = make_person(owner, name="Dana")
    busy = make_person(owner, name="Busy")
    make_check(owner, person=busy)
    make_check(owner, person=busy, when=timezone.now() - datetime.timedelta(days=3))
    make_commitment(owner, person=busy, text="Return the blue jumper",
                    due_on=owner.local_today() - datetime.timedelta(days=1))
    page = owner_client.get(reverse("home")).content.decode()
    assert "Who is due" in page and "Dana" in page
    assert "log, move or skip" in page
    assert "Return the blue jumper" in page and "late:" in page
    assert due.name in page


def _history(owner, people, checks_each):
    for n in range(people):
        person = make_person(owner, name=f"P{n}")
        for k in range(checks_each):
            check = make_check(owner, person=person, status="done" if k % 2 else "scheduled",
                               when=timezone.now() + datetime.timedelta(days=k - checks_each // 2))
            make_question(owner, check=check)
            make_commitment(owner, check=check)


@pytest.mark.parametrize("size", [(1, 2), (25, 12)])
def test_pages_run_bounded_queries(owner, owner_client, django_assert_max_num_queries, size):
    _history(owner, *size)
    check = Check.objects.filter(owner=owner).first()
    from django.test import RequestFactory

    from heartspace.checkins.home import panel

    request = RequestFactory().get("/")
    request.user = owner
    with django_assert_max_num_queries(5):
        assert panel(request)["template"] == "checkins/home_panel.html"
    for name, args, limit in [("checkins:list", [], 10), ("checkins:detail", [check.pk], 8),
                              ("checkins:prepare", [check.pk], 12), ("checkins:guide", [check.pk], 8),
                              ("checkins:after", [check.pk], 12)]:
        with django_assert_max_num_queries(limit):
            assert owner_client.get(reverse(name, args=args)).status_code == 200, name


def test_demo_data_is_deterministic_and_complete(owner):
    from heartspace.accounts.models import User
    from heartspace.demo import generate

    today = datetime.date(2026, 11, 1)
    ctx = generate(owner, people=4, days=90, seed=7, today=today)
    other = User.objects.create(username="twin", time_zone="Europe/London")
    ctx2 = generate(other, people=4, days=90, seed=7, today=today)
    assert ctx.counts == ctx2.counts
    statuses = set(Check.objects.filter(owner=owner).values_list("status", flat=True))
    assert {"done", "skipped"} <= statuses and statuses & {"scheduled", "proposed"}
    assert CheckQuestion.objects.filter(owner=owner, passed=True).exists()
    commitments = Commitment.objects.filter(owner=owner)
    zone = owner.zoneinfo()
    assert any(c.on_time(zone) for c in commitments) and any(c.on_time(zone) is False for c in commitments)
    assert commitments.filter(done_at__isnull=True).exists()
    assert Appreciation.objects.filter(owner=owner).exists() and FollowUp.objects.filter(owner=owner).exists()
    assert TensionScript.objects.filter(owner=owner).exists()


def test_reassessment_depth_offset_is_applied(owner, owner_client):
    from heartspace.insights.models import DepthPreference

    person = make_person(owner)
    DepthPreference.objects.create(owner=owner, person=person, offset=1)
    check = make_check(owner, person=person)
    page = owner_client.get(reverse("checkins:prepare", args=[check.pk])).content.decode()
    assert "Suggested depth: Personal" in page and 'data-depth-reason="reassessment_up"' in page


def test_log_a_check_that_already_happened(owner, owner_client):
    person = make_person(owner)
    url = reverse("checkins:new", args=[person.pk])
    yesterday = owner.local_today() - datetime.timedelta(days=1)
    refused = owner_client.post(url, {"date": yesterday.isoformat(), "time": "18:00"})
    assert "already passed" in refused.content.decode()
    response = owner_client.post(url, {"date": yesterday.isoformat(), "time": "18:00", "already_happened": "on"})
    check = Check.objects.get(owner=owner)
    assert check.status == "done" and response.url == reverse("checkins:after", args=[check.pk])
    tomorrow = owner.local_today() + datetime.timedelta(days=1)
    future = owner_client.post(url, {"date": tomorrow.isoformat(), "time": "18:00", "already_happened": "on"})
    assert "That is still to come" in future.content.decode()


def test_detail_shows_the_log_once_written(owner, owner_client):
    check = make_check(owner, status="done", meaningful=True, disclosed="both", notes="Her new flat.",
                       story="I felt proud when I finished the race; that taught me patience.",
                       logged_at=timezone.now())
    page = owner_client.get(reverse("checkins:detail", args=[check.pk])).content.decode()
    assert "A meaningful conversation." in page and "Both of us" in page and "Her new flat." in page


def test_the_practice_numbers_are_shown_and_changeable(owner, owner_client):
    from heartspace.checkins.models import CheckSettings

    url = reverse("checkins:settings")
    page = owner_client.get(url).content.decode()
    for name, value in [("questions_per_check", 3), ("pause_seconds", 3), ("story_seconds", 90),
                        ("commitment_days", 7), ("appreciation_words", 15), ("follow_up_words", 60)]:
        assert f'name="{name}" value="{value}"' in page
    assert not CheckSettings.objects.exists()  # looking does not write
    bad = owner_client.post(url, {"questions_per_check": "0", "pause_seconds": "5", "story_seconds": "120",
                                  "commitment_days": "3", "appreciation_words": "20", "follow_up_words": "80"})
    assert 'class="error"' in bad.content.decode() and 'value="120"' in bad.content.decode()
    owner_client.post(url, {"questions_per_check": "2", "pause_seconds": "5", "story_seconds": "120",
                            "commitment_days": "3", "appreciation_words": "20", "follow_up_words": "80"})
    assert CheckSettings.objects.get(owner=owner).story_seconds == 120

    check = make_check(owner, status="done")
    guide = owner_client.get(reverse("checkins:guide", args=[check.pk])).content.decode()
    assert 'data-pause-seconds="5"' in guide and 'data-seconds="120"' in guide and "Your 120-second story" in guide
    after_url = reverse("checkins:after", args=[check.pk])
    after = owner_client.get(after_url).content.decode()
    assert (owner.local_today() + datetime.timedelta(days=3)).isoformat() in after
    assert "Default: within 3 days." in after and "within 7 days" not in after
    prepare = owner_client.get(reverse("checkins:prepare", args=[check.pk])).content.decode()
    assert "<h1>Prepare 2 questions</h1>" in prepare
    assert "you bring 2 questions" in owner_client.get(reverse("checkins:list")).content.decode()
    owner_client.post(after_url, {"action": "appreciation", "appreciation-text": words(20)})
    assert Appreciation.objects.filter(owner=owner).count() == 1
    refused = owner_client.post(after_url, {"action": "appreciation", "appreciation-text": words(21)})
    assert "That is 21 words" in refused.content.decode()
    owner_client.post(after_url, {"action": "follow_up", "follow_up-text": words(79)})
    assert FollowUp.objects.filter(owner=owner).count() == 1
    assert "a follow-up stays under 80" in owner_client.post(
        after_url, {"action": "follow_up", "follow_up-text": words(80)}).content.decode()
    prepare = owner_client.get(reverse("checkins:prepare", args=[check.pk])).content.decode()
    assert "(0 of 2)" in prepare


def test_accept_all_proposed(owner, owner_client, stranger):
    mine = [make_check(owner, status="proposed") for _ in range(3)]
    past = make_check(owner, status="proposed", when=timezone.now() - datetime.timedelta(days=2))
    theirs = make_check(stranger, status="proposed")
    owner_client.post(reverse("checkins:accept_all"))
    assert all(Check.objects.get(pk=c.pk).status == "scheduled" for c in mine)
    assert Check.objects.get(pk=past.pk).status == "proposed"  # a past date needs moving, not accepting
    assert Check.objects.get(pk=theirs.pk).status == "proposed"
