"""Pure rules, tested directly: scheduling, depth steps, the question bank, the 5:1 balance."""

from __future__ import annotations

import datetime
import zoneinfo

import pytest

from heartspace.checkins import depth, question_bank, scheduling
from heartspace.checkins.depth import SessionSummary, next_depth
from heartspace.people.balance import balance

LONDON = zoneinfo.ZoneInfo("Europe/London")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
NY = zoneinfo.ZoneInfo("America/New_York")


def at(y, m, d, h=9, zone=LONDON):
    return datetime.datetime(y, m, d, h, 0, tzinfo=zone)


# --- scheduling -----------------------------------------------------------------------------

def test_two_a_month_spread_across_the_month():
    got = scheduling.propose_month(2026, 3, 2, [], datetime.time(18, 30), "Europe/London", [], at(2026, 2, 20))
    assert [d.day for d in got] == [8, 23]
    assert all(d.hour == 18 and d.minute == 30 and d.tzinfo.key == "Europe/London" for d in got)


def test_preferred_weekdays_are_respected_and_spread():
    # March 2026: Tuesdays are 3, 10, 17, 24, 31; Saturdays 7, 14, 21, 28.
    got = scheduling.propose_month(2026, 3, 2, [1, 5], datetime.time(19), "Europe/London", [], at(2026, 2, 1))
    assert all(d.weekday() in (1, 5) for d in got)
    assert got[1].day - got[0].day >= 12


def test_past_days_are_skipped():
    now = at(2026, 3, 20, 12)
    got = scheduling.propose_month(2026, 3, 2, [], datetime.time(18), "Europe/London", [], now)
    assert got and all(d > now for d in got)
    # Today after the preferred time counts as past too.
    late = scheduling.propose_month(2026, 3, 4, [4], datetime.time(8), "Europe/London", [], at(2026, 3, 27, 9))
    assert late == []  # Fridays left in March 2026: 27 (passed at 08:00)


def test_existing_checks_fill_slots_and_days_are_not_doubled():
    existing = [at(2026, 3, 9, 18)]
    got = scheduling.propose_month(2026, 3, 2, [], datetime.time(18), "Europe/London", existing, at(2026, 2, 1))
    assert len(got) == 1 and got[0].day > 15
    full = scheduling.propose_month(2026, 3, 2, [], None, "Europe/London", existing + [at(2026, 3, 25)], at(2026, 2, 1))
    assert full == []


def test_time_booked_with_someone_else_is_avoided():
    def utc(d, h=18, mi=0):
        return datetime.datetime(2026, 3, d, h, mi, tzinfo=datetime.UTC)

    now = utc(1, 0) - datetime.timedelta(days=28)
    alone = scheduling.propose_month(2026, 3, 2, [], datetime.time(18), "UTC", [], now)
    busy = [(d, d + datetime.timedelta(minutes=30)) for d in alone]  # another person already has these
    got = scheduling.propose_month(2026, 3, 2, [], datetime.time(18), "UTC", [], now, busy=busy)
    assert len(got) == 2 and not set(got) & set(alone)
    assert [abs(g.day - a.day) for g, a in zip(got, alone, strict=True)] == [1, 1]  # the nearest free day
    # Another time the same evening does not clash; 17:45 for 30 minutes does.
    evening = [(utc(d, 20), utc(d, 20, 30)) for d in range(1, 32)]
    assert scheduling.propose_month(2026, 3, 2, [], datetime.time(18), "UTC", [], now, busy=evening) == alone
    overlap = [(utc(d, 17, 45), utc(d, 18, 15)) for d in range(1, 32) if d != alone[1].day]
    got = scheduling.propose_month(2026, 3, 2, [], datetime.time(18), "UTC", [], now, busy=overlap)
    assert alone[1] in got and len(got) == 2  # the free slot is taken; the other has to clash
    # When the only possible day is booked, it is still proposed (the user can move it).
    only = scheduling.propose_month(2026, 3, 1, [0], datetime.time(18), "UTC", [], utc(29),
                                    busy=[(utc(30, 18), utc(30, 18, 30))])
    assert only == [utc(30)]


def test_zero_per_month_proposes_nothing():
    assert scheduling.propose_month(2026, 3, 0, [], None, "UTC", [], at(2026, 2, 1)) == []


def test_time_zone_decides_the_local_date_of_existing_checks():
    # 23:30 UTC on 31 March is already 1 April in Tokyo: it does not fill a March slot there.
    existing = [datetime.datetime(2026, 3, 31, 23, 30, tzinfo=datetime.UTC)]
    got = scheduling.propose_month(2026, 3, 2, [], datetime.time(18), "Asia/Tokyo", existing,
                                   datetime.datetime(2026, 2, 1, tzinfo=TOKYO))
    assert len(got) == 2 and all(d.tzinfo.key == "Asia/Tokyo" for d in got)


def test_now_is_compared_in_the_users_zone():
    # 10:00 UTC on 15 March is 19:00 in Tokyo: an 18:00 check that day has passed there.
    now = datetime.datetime(2026, 3, 15, 10, 0, tzinfo=datetime.UTC)
    got = scheduling.propose_month(2026, 3, 31, [], datetime.time(18), "Asia/Tokyo", [], now)
    assert min(d.day for d in got) == 16


def test_spring_forward_gap_moves_an_hour_later():
    # 8 March 2026, 02:30 does not exist in New York.
    got = scheduling.propose_month(2026, 3, 31, [6], datetime.time(2, 30), "America/New_York", [],
                                   datetime.datetime(2026, 3, 1, 5, tzinfo=NY))
    spring = [d for d in got if d.day == 8][0]
    assert spring.hour == 3 and spring.minute == 30


def test_month_and_year_boundaries():
    assert scheduling.next_months(datetime.date(2026, 12, 31), 2) == [(2026, 12), (2027, 1)]
    feb = scheduling.propose_month(2028, 2, 2, [], None, "UTC", [], datetime.datetime(2028, 1, 1, tzinfo=datetime.UTC))
    assert all(d.month == 2 for d in feb) and len(feb) == 2


# --- depth -------------------------------------------------------------------------------------

def s(depth="personal", meaningful=True, how="right", asked=3, passed=0):
    return SessionSummary(depth, meaningful, how, asked, passed)


def test_no_history_starts_light():
    assert next_depth([]) == depth.DepthAdvice("light", "start", "no_history")


def test_too_deep_steps_down():
    assert next_depth([s("deep", how="too_deep")]).depth == "personal"
    assert next_depth([s("light", how="too_deep")]).change == "same"


def test_many_passes_step_down():
    assert next_depth([s("personal", asked=3, passed=2)]).depth == "light"
    assert next_depth([s("personal", asked=4, passed=2)]).depth == "personal"  # half is not "more than half"


def test_two_good_sessions_step_up():
    assert next_depth([s("light"), s("light")]) .depth == "personal"
    assert next_depth([s("deep"), s("deep")]).change == "same"


def test_two_surface_sessions_step_up_even_if_not_meaningful():
    assert next_depth([s("personal", meaningful=False, how="too_light")] * 2).depth == "deep"


def test_one_good_session_stays():
    assert next_depth([s("personal")]).reason == "steady"
    assert next_depth([s("personal"), s("personal", passed=1)]).depth == "personal"


def test_dominant_depth_prefers_deeper_on_ties():
    assert depth.dominant_depth(["light", "deep"]) == "deep"
    assert depth.dominant_depth(["light", "light", "deep"]) == "light"
    assert depth.dominant_depth([]) == "light"


# --- question bank -------------------------------------------------------------------------------

def test_seed_questions_are_verbatim():
    assert [q["text"] for q in question_bank.SEED_QUESTIONS] == [
        "What recent moment affected you most?",
        "What are you quietly proud of?",
        "Where would a little help make the biggest difference?",
    ]


def test_bank_is_large_grouped_and_unique():
    bank = question_bank.QUESTIONS
    assert len(bank) >= 60
    assert len({q["key"] for q in bank}) == len(bank)
    assert len({q["text"] for q in bank}) == len(bank)
    for level in question_bank.DEPTHS:
        assert sum(q["depth"] == level for q in bank) >= 15
    assert {q["topic"] for q in bank} == set(question_bank.TOPICS)
    for kind in ("partner", "friend", "family"):
        assert sum(question_bank.suits(q, kind) for q in bank) >= 45


def test_suggestions_leave_out_what_was_asked_and_spread_topics():
    first = question_bank.suggest("friend", "personal", limit=7)
    assert len({q["topic"] for q in first}) == 7
    asked = {first[0]["key"]}
    again = question_bank.suggest("friend", "personal", asked_keys=asked, asked_texts={first[1]["text"].upper()})
    assert first[0] not in again and first[1] not in again


def test_partner_only_questions_are_not_offered_to_family():
    assert all(question_bank.suits(q, "family") for q in question_bank.suggest("family", "light", limit=100))
    assert any(q["for"] == ("partner",) for q in question_bank.suggest("partner", "light", limit=100))


# --- balance -------------------------------------------------------------------------------------

@pytest.mark.parametrize("pos,cor,label,on_target,needed", [
    (0, 0, "0:0", False, 0), (5, 1, "5:1", True, 0), (7, 2, "3.5:1", False, 3), (3, 0, "3:0", True, 0),
    (10, 2, "5:1", True, 0),
])
def test_balance(pos, cor, label, on_target, needed):
    b = balance(pos, cor)
    assert (b.label, b.on_target, b.positives_needed) == (label, on_target, needed)
