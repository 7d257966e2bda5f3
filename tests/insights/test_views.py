"""Insights pages as a signed-in person sees them, with bounded queries whatever the history size."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.urls import reverse

from heartspace.checkins.models import Check, CheckQuestion
from heartspace.insights.models import Adjustment, DepthPreference, InsightSettings, Reassessment, SignalDismissal
from heartspace.people.models import Interaction, Person
from heartspace.practices.models import Bid
from tests.insights.factories import make_check, make_commitment, make_moment, make_person

LONDON = ZoneInfo("Europe/London")
NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield NOW


def london(*args):
    return dt.datetime(*args, tzinfo=LONDON)


def build_history(owner, person, weeks: int, per_week: int = 1):
    """A steady history: meaningful checks, commitments kept and positive moments, every week."""
    checks = []
    for week in range(weeks):
        for n in range(per_week):
            when = NOW - dt.timedelta(weeks=week, days=1, hours=n)
            checks.append(Check(owner=owner, person=person, scheduled_for=when, status=Check.Status.DONE,
                                meaningful=True, disclosed="both" if week % 2 else "me"))
    Check.objects.bulk_create(checks)
    Interaction.objects.bulk_create([
        Interaction(owner=owner, person=person, tone="positive" if i % 6 else "corrective",
                    occurred_at=NOW - dt.timedelta(days=i % (weeks * 7 or 1), hours=1))
        for i in range(weeks * per_week * 3)])
    for week in range(min(weeks, 20)):
        made = NOW - dt.timedelta(weeks=week, days=2)
        make_commitment(owner, person, made, made.date() + dt.timedelta(days=7), done_at=made + dt.timedelta(days=1))


class TestOverview:
    def test_empty_history_is_honest(self, owner_client, frozen):
        response = owner_client.get(reverse("insights:index"))
        assert response.status_code == 200
        body = response.content.decode()
        assert "Nothing logged yet" in body
        assert "0 positive, 0 corrective" in body
        assert "vendor/chart.umd.min.js" in body and "insights-charts.js" in body
        assert body.count("data-insights-chart=") == 4
        assert body.count('type="application/json"') == 4
        assert "Show the numbers as a table" in body

    def test_numbers_in_the_users_time_zone(self, owner, owner_client, frozen):
        owner.time_zone = "America/New_York"
        owner.save()
        sam = make_person(owner)
        ny = ZoneInfo("America/New_York")
        # 23:30 on 31 October in New York is already November in UTC: it belongs to October.
        make_check(owner, sam, dt.datetime(2026, 10, 31, 23, 30, tzinfo=ny), meaningful=True, disclosed="both")
        make_check(owner, sam, dt.datetime(2026, 11, 3, 18, 0, tzinfo=ny), meaningful=True)
        make_check(owner, sam, dt.datetime(2026, 11, 4, 18, 0, tzinfo=ny), meaningful=False)
        make_moment(owner, sam, NOW - dt.timedelta(days=1))
        make_moment(owner, sam, NOW - dt.timedelta(days=2), "corrective")
        response = owner_client.get(reverse("insights:index"))
        month = response.context["month"]
        assert (month.key, month.value, month.place) == ("2026-11", 1, "below")
        assert response.context["quarter"].value == 1
        assert response.context["balance"].ratio_label == "1:1"
        chats_chart = response.context["charts"][0]
        assert chats_chart.labels[-2:] == ["Oct 2026", "Nov 2026"]
        assert chats_chart.series[0].data[-2:] == [1, 1]

    def test_other_peoples_records_never_count(self, owner_client, stranger, frozen):
        other = make_person(stranger)
        make_check(stranger, other, NOW - dt.timedelta(days=1), meaningful=True, disclosed="both")
        response = owner_client.get(reverse("insights:index"))
        assert response.context["month"].value == 0
        assert response.context["quarter"].value == 0

    @pytest.mark.parametrize("weeks", [1, 60])
    def test_bounded_queries_small_and_large(self, owner, owner_client, frozen, django_assert_max_num_queries, weeks):
        for name in ("Sam", "Ana", "Lee"):
            build_history(owner, make_person(owner, name=name), weeks, per_week=2)
        owner_client.get(reverse("insights:index"))  # settings row created once
        with django_assert_max_num_queries(12):
            response = owner_client.get(reverse("insights:index"))
        assert response.status_code == 200


class TestPersonPage:
    def test_shows_that_persons_numbers_only(self, owner, owner_client, frozen):
        sam, ana = make_person(owner), make_person(owner, name="Ana")
        make_check(owner, sam, NOW - dt.timedelta(days=2), meaningful=True)
        make_check(owner, ana, NOW - dt.timedelta(days=2), meaningful=True)
        make_check(owner, ana, NOW - dt.timedelta(days=3), meaningful=True)
        response = owner_client.get(reverse("insights:person", kwargs={"person_id": ana.pk}))
        assert response.context["month"].value == 2
        assert "Target: 2 a month." in response.content.decode()

    def test_one_sided_opening_up_is_noticed_on_the_person(self, owner, owner_client, frozen):
        sam = make_person(owner)
        for days in (3, 30, 60, 75):
            make_check(owner, sam, NOW - dt.timedelta(days=days), meaningful=True, disclosed="me")
        body = owner_client.get(reverse("insights:person", kwargs={"person_id": sam.pk})).content.decode()
        assert "Opening up has been one-sided" in body
        assert "(you: 4, them: 0, both: 0)" in body

    def test_stranger_gets_404(self, owner, stranger_client):
        sam = make_person(owner)
        assert stranger_client.get(reverse("insights:person", kwargs={"person_id": sam.pk})).status_code == 404

    @pytest.mark.parametrize("weeks", [1, 60])
    def test_bounded_queries(self, owner, owner_client, frozen, django_assert_max_num_queries, weeks):
        sam = make_person(owner)
        build_history(owner, sam, weeks, per_week=2)
        owner_client.get(reverse("insights:index"))
        with django_assert_max_num_queries(12):
            assert owner_client.get(reverse("insights:person", kwargs={"person_id": sam.pk})).status_code == 200


def going_well(owner, person, count=4):
    """Meaningful, mutual checks with nothing passed: below the overall band, so cadence and depth go up."""
    for i in range(count):
        check = make_check(owner, person, NOW - dt.timedelta(weeks=2 * i + 1), meaningful=True, disclosed="both",
                           how_it_went="right")
        CheckQuestion.objects.create(owner=owner, connection_check=check, text="What are you quietly proud of?",
                                     asked=True)


class TestReassessment:
    def test_not_due_before_twelve_weeks_but_can_run_on_demand(self, owner, owner_client, frozen):
        owner.practice_started_on = dt.date(2026, 10, 1)
        owner.save()
        response = owner_client.get(reverse("insights:reassessment"))
        assert not response.context["status"]["due"]
        assert "Reassess now" in response.content.decode()
        response = owner_client.post(reverse("insights:reassessment"))
        record = Reassessment.objects.get(owner=owner)
        assert record.on_demand and record.due_on is None
        assert response.url == reverse("insights:reassessment_detail", kwargs={"reassessment_id": record.pk})

    def test_due_after_twelve_weeks_then_answered(self, owner, owner_client, frozen):
        owner.practice_started_on = dt.date(2026, 8, 1)  # 12 weeks later: 24 October
        owner.save()
        response = owner_client.get(reverse("insights:reassessment"))
        assert response.context["status"]["due"]
        assert "Due" in owner_client.get(reverse("home")).content.decode()
        owner_client.post(reverse("insights:reassessment"))
        record = Reassessment.objects.get(owner=owner)
        assert record.due_on == dt.date(2026, 10, 24)
        assert (record.period_start, record.period_end) == (dt.date(2026, 8, 1), dt.date(2026, 10, 23))
        assert not owner_client.get(reverse("insights:reassessment")).context["status"]["due"]

    def test_accepting_applies_and_declining_records(self, owner, owner_client, frozen):
        sam = make_person(owner)
        going_well(owner, sam)
        owner_client.post(reverse("insights:reassessment"))
        record = Reassessment.objects.get(owner=owner)
        adjustments = {a.kind: a for a in record.adjustments.all()}
        assert set(adjustments) == {"cadence", "depth"}
        page = owner_client.get(reverse("insights:reassessment_detail", kwargs={"reassessment_id": record.pk}))
        body = page.content.decode()
        assert "Sam: Connection Checks a month from 2 to 3" in body
        assert "below your target of 4-6" in body
        assert "4 of 4 checks felt meaningful, nobody passed a question" in body

        owner_client.post(reverse("insights:decide", kwargs={"adjustment_id": adjustments["cadence"].pk}),
                          {"decision": "accept"})
        assert Person.objects.get(pk=sam.pk).checks_per_month == 3
        owner_client.post(reverse("insights:decide", kwargs={"adjustment_id": adjustments["depth"].pk}),
                          {"decision": "decline"})
        assert not DepthPreference.objects.filter(person=sam).exists()
        record.refresh_from_db()
        assert record.completed_at is not None
        # A second decision on the same suggestion changes nothing.
        owner_client.post(reverse("insights:decide", kwargs={"adjustment_id": adjustments["cadence"].pk}),
                          {"decision": "decline"})
        assert Adjustment.objects.get(pk=adjustments["cadence"].pk).status == "accepted"
        history = owner_client.get(reverse("insights:reassessment")).content.decode()
        assert "Accepted" in history and "Declined" in history
        person_page = owner_client.get(reverse("insights:person", kwargs={"person_id": sam.pk})).content.decode()
        assert "Cadence: 3 Connection Checks a month." in person_page

    def test_accepted_depth_is_stored_for_checks_to_read(self, owner, owner_client, frozen):
        sam = make_person(owner)
        going_well(owner, sam)
        owner_client.post(reverse("insights:reassessment"))
        depth = Adjustment.objects.get(owner=owner, kind="depth")
        owner_client.post(reverse("insights:decide", kwargs={"adjustment_id": depth.pk}), {"decision": "accept"})
        assert DepthPreference.objects.get(person=sam).offset == 1

    def test_bad_decision_value_changes_nothing(self, owner, owner_client, frozen):
        sam = make_person(owner)
        going_well(owner, sam)
        owner_client.post(reverse("insights:reassessment"))
        adjustment = Adjustment.objects.filter(owner=owner).first()
        response = owner_client.post(reverse("insights:decide", kwargs={"adjustment_id": adjustment.pk}),
                                     {"decision": "maybe 🤷"}, follow=True)
        assert "Choose accept or decline." in response.content.decode()
        assert Adjustment.objects.get(pk=adjustment.pk).status == "pending"

    def test_stranger_cannot_decide(self, owner, owner_client, stranger_client, frozen):
        sam = make_person(owner)
        going_well(owner, sam)
        owner_client.post(reverse("insights:reassessment"))
        adjustment = Adjustment.objects.get(owner=owner, kind="cadence")
        response = stranger_client.post(reverse("insights:decide", kwargs={"adjustment_id": adjustment.pk}),
                                        {"decision": "accept"})
        assert response.status_code == 404
        assert Person.objects.get(pk=sam.pk).checks_per_month == 2

    def test_one_open_reassessment_at_a_time(self, owner, owner_client, frozen):
        going_well(owner, make_person(owner))
        owner_client.post(reverse("insights:reassessment"))
        response = owner_client.post(reverse("insights:reassessment"), follow=True)
        assert Reassessment.objects.filter(owner=owner).count() == 1
        assert "still waiting for your decisions" in response.content.decode()
        for adjustment in Adjustment.objects.filter(owner=owner):
            owner_client.post(reverse("insights:decide", kwargs={"adjustment_id": adjustment.pk}),
                              {"decision": "decline"})
        owner_client.post(reverse("insights:reassessment"))
        assert Reassessment.objects.filter(owner=owner).count() == 2

    def test_empty_history_suggests_nothing(self, owner, owner_client, frozen):
        make_person(owner)
        owner_client.post(reverse("insights:reassessment"))
        record = Reassessment.objects.get(owner=owner)
        assert record.completed_at is not None and not record.adjustments.exists()
        body = owner_client.get(reverse("insights:reassessment_detail", kwargs={"reassessment_id": record.pk}))
        assert "No changes suggested" in body.content.decode()

    @pytest.mark.parametrize("weeks", [1, 40])
    def test_bounded_queries(self, owner, owner_client, frozen, django_assert_max_num_queries, weeks):
        for name in ("Sam", "Ana"):
            build_history(owner, make_person(owner, name=name), weeks, per_week=2)
        owner_client.get(reverse("insights:reassessment"))
        with django_assert_max_num_queries(20):
            owner_client.post(reverse("insights:reassessment"))
        with django_assert_max_num_queries(10):
            assert owner_client.get(reverse("insights:reassessment")).status_code == 200


def turned_away_bids(owner, person, weeks=8, every_days=3):
    Bid.objects.bulk_create([Bid(owner=owner, person=person, made_by="me", response="away",
                                 occurred_at=NOW - dt.timedelta(days=d, hours=1))
                             for d in range(0, weeks * 7, every_days)])


class TestHelp:
    def test_nothing_present(self, owner_client, frozen):
        body = owner_client.get(reverse("insights:help")).content.decode()
        assert "None of the patterns we look for" in body
        assert "It may be time to talk to a couples therapist" not in body
        assert reverse("support:urgent") in body and reverse("support:resources") in body
        assert "Emotionally Focused Therapy (EFT)" in body and "Imago" in body

    def test_new_signal_is_shown_without_suggesting_therapy(self, owner, owner_client, frozen):
        turned_away_bids(owner, make_person(owner), weeks=1, every_days=1)
        body = owner_client.get(reverse("insights:help")).content.decode()
        assert 'data-signal="bids_turned_away"' in body
        assert "new this week" in body
        assert "It may be time to talk to a couples therapist" not in body

    def test_persistent_signal_suggests_therapy_and_can_be_dismissed(self, owner, owner_client, frozen):
        turned_away_bids(owner, make_person(owner))
        body = owner_client.get(reverse("insights:help")).content.decode()
        assert "It may be time to talk to a couples therapist" in body
        assert "present for 3 weeks in a row" in body
        assert "were turned away or against" in body
        assert "some patterns in your records" in owner_client.get(reverse("home")).content.decode().lower()

        response = owner_client.post(reverse("insights:dismiss"), {"key": "bids_turned_away"}, follow=True)
        body = response.content.decode()
        assert "It may be time to talk to a couples therapist" not in body
        assert "Dismissed, and why they appeared" in body
        assert "hidden by you" in body
        dismissal = SignalDismissal.objects.get(owner=owner)
        assert dismissal.evidence["turned_away"] >= 6
        assert "were turned away or against" in body.split("Dismissed, and why they appeared")[1]

        owner_client.post(reverse("insights:restore", kwargs={"dismissal_id": dismissal.pk}))
        assert "It may be time to talk" in owner_client.get(reverse("insights:help")).content.decode()

    def test_dismissing_the_therapy_suggestion_keeps_the_reasons(self, owner, owner_client, frozen):
        turned_away_bids(owner, make_person(owner))
        owner_client.post(reverse("insights:dismiss"), {"key": "therapy"})
        body = owner_client.get(reverse("insights:help")).content.decode()
        assert "It may be time to talk" not in body
        assert "The suggestion of couples therapy" in body
        assert 'data-signal="bids_turned_away"' in body  # the signal itself still shows

    def test_dismissing_an_absent_or_bogus_key(self, owner, owner_client, frozen):
        response = owner_client.post(reverse("insights:dismiss"), {"key": "<script>" * 40}, follow=True)
        assert "nothing to dismiss" in response.content.decode()
        assert not SignalDismissal.objects.exists()

    @pytest.mark.parametrize("weeks", [1, 16])
    def test_bounded_queries(self, owner, owner_client, frozen, django_assert_max_num_queries, weeks):
        sam = make_person(owner)
        turned_away_bids(owner, sam, weeks)
        build_history(owner, sam, weeks, per_week=2)
        owner_client.get(reverse("insights:help"))
        with django_assert_max_num_queries(14):
            assert owner_client.get(reverse("insights:help")).status_code == 200


class TestSettings:
    def test_defaults_are_the_seeds(self, owner, owner_client):
        body = owner_client.get(reverse("insights:settings")).content.decode()
        assert 'value="4"' in body and 'value="6"' in body and 'value="5"' in body and 'value="12"' in body

    def test_upside_down_band_is_explained_and_kept(self, owner, owner_client):
        response = owner_client.post(reverse("insights:settings"), {
            "chats_target_low": "7", "chats_target_high": "3", "ratio_target": "5", "reassessment_weeks": "12"})
        assert response.status_code == 200
        body = response.content.decode()
        assert "cannot be below the lower end" in body
        assert 'value="7"' in body and 'value="3"' in body

    @pytest.mark.parametrize("bad", ["", "-1", "abc", "🙂", "9" * 30])
    def test_junk_numbers_get_a_message(self, owner_client, bad):
        response = owner_client.post(reverse("insights:settings"), {
            "chats_target_low": bad, "chats_target_high": "6", "ratio_target": "5", "reassessment_weeks": "12"})
        assert response.status_code == 200
        assert 'class="error"' in response.content.decode()

    def test_saving_changes_the_target_shown(self, owner, owner_client, frozen):
        owner_client.post(reverse("insights:settings"), {
            "chats_target_low": "2", "chats_target_high": "3", "ratio_target": "4", "reassessment_weeks": "8"})
        assert InsightSettings.objects.get(owner=owner).chats_target_high == 3
        body = owner_client.get(reverse("insights:index")).content.decode()
        assert "Target: 2-3 a month." in body


def test_home_panel_shows_this_months_chats(owner, owner_client, frozen):
    sam = make_person(owner)
    make_check(owner, sam, NOW - dt.timedelta(days=1), meaningful=True)
    body = owner_client.get(reverse("home")).content.decode()
    assert "1 meaningful chat this month (target 4-6)" in body
    assert "reassessment is due" not in body


@pytest.mark.parametrize("weeks", [1, 40])
def test_home_panel_bounded_queries(owner, frozen, django_assert_max_num_queries, weeks, rf):
    from heartspace.insights.home import panel

    sam = make_person(owner)
    build_history(owner, sam, weeks, per_week=2)
    turned_away_bids(owner, sam, min(weeks, 16))
    request = rf.get("/")
    request.user = owner
    panel(request)
    with django_assert_max_num_queries(11):
        result = panel(request)
    assert result["template"] == "insights/home_panel.html"
    assert result["help_notice"] == (weeks > 1)
