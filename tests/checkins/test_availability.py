"""The user's availability in scheduling: pure rules (DST, month ends, nothing free) and the pages."""

from __future__ import annotations

import datetime
import zoneinfo

import pytest
import time_machine
from django.urls import reverse

from heartspace.checkins import scheduling
from heartspace.checkins.models import Check, CheckSettings
from heartspace.checkins.scheduling import Window
from tests.checkins.factories import make_person

T = datetime.time
LONDON = zoneinfo.ZoneInfo("Europe/London")
NY = zoneinfo.ZoneInfo("America/New_York")


def at(y, m, d, h=9, zone=LONDON):
    return datetime.datetime(y, m, d, h, 0, tzinfo=zone)


def explained(month=3, per=2, weekdays=(), time=None, zone="Europe/London", now=None, windows=None, minutes=30,
              year=2026, busy=()):
    return scheduling.propose_month_explained(year, month, per, list(weekdays), time, zone, [],
                                              now or at(2026, 2, 1), busy=busy, minutes=minutes, windows=windows)


# --- pure rules ----------------------------------------------------------------------------------

def test_proposals_fall_inside_the_windows_whole_session_included():
    windows = [Window(2, T(12, 0), T(13, 0)), Window(5, T(9, 0), T(11, 0))]  # Wed lunch, Sat morning
    got = explained(per=4, windows=windows)
    assert len(got) == 4
    for p in got:
        local = p.when.astimezone(LONDON)
        window = next(w for w in windows if w.weekday == local.weekday())
        assert window.start <= local.time() and (local + datetime.timedelta(minutes=30)).time() <= window.end
        assert p.window == window


def test_person_time_wins_when_it_fits_the_window():
    got = explained(time=T(19, 30), windows=[Window(d, T(18), T(21)) for d in range(7)])
    assert [p.when.astimezone(LONDON).time() for p in got] == [T(19, 30), T(19, 30)]
    assert all(p.reasons == ("any_day", "preferred_time", "in_window") for p in got)


def test_person_time_outside_the_window_moves_to_the_nearest_fitting_time():
    windows = [Window(d, T(18), T(21)) for d in range(7)]
    early = explained(time=T(8), windows=windows)
    late = explained(time=T(22), windows=windows)
    assert {p.when.astimezone(LONDON).time() for p in early} == {T(18)}
    assert {p.when.astimezone(LONDON).time() for p in late} == {T(20, 30)}  # 20:30 + 30 min = 21:00
    assert all("moved_into_window" in p.reasons for p in early + late)


def test_preferred_days_win_where_they_overlap_with_free_days():
    windows = [Window(d, T(18), T(21)) for d in (1, 3, 5)]  # Tue, Thu, Sat
    got = explained(per=2, weekdays=[3, 4], windows=windows)  # Thursday and Friday
    assert {p.when.astimezone(LONDON).weekday() for p in got} == {3}
    assert all(p.reasons[0] == "preferred_day" for p in got)


def test_preferred_days_without_free_time_fall_back_to_the_users_days_and_say_so():
    windows = [Window(5, T(10), T(12))]  # only Saturday mornings
    got = explained(per=2, weekdays=[0], windows=windows)
    assert len(got) == 2 and {p.when.astimezone(LONDON).weekday() for p in got} == {5}
    assert all(p.reasons[0] == "preferred_days_unavailable" for p in got)


def test_no_availability_at_all_proposes_nothing_with_a_reason():
    assert explained(windows=[]) == []
    assert scheduling.availability_problem([]) == "none"
    short = [Window(0, T(18), T(18, 20))]
    assert explained(windows=short) == []
    assert scheduling.availability_problem(short, 30) == "too_short"
    assert scheduling.availability_problem(short, 15) is None
    assert scheduling.availability_problem(None) is None


def test_no_windows_given_keeps_the_old_any_time_behaviour():
    got = explained(time=T(7), windows=None)
    assert {p.when.astimezone(LONDON).time() for p in got} == {T(7)}
    assert all(p.window is None for p in got)


def test_spring_forward_gap_never_lands_outside_the_window():
    # 8 March 2026, New York: 02:00-03:00 does not exist. A Sunday 02:00-03:00 window has no real time.
    windows = [Window(6, T(2), T(3))]
    got = explained(per=5, zone="America/New_York", windows=windows, now=at(2026, 2, 20, zone=NY))
    days = [p.when.astimezone(NY) for p in got]
    assert datetime.date(2026, 3, 8) not in {d.date() for d in days}
    assert all(T(2) <= d.time() and d.time() < T(3) for d in days)


def test_fall_back_night_keeps_wall_clock_times():
    # 1 November 2026, New York: 01:00-02:00 happens twice. The proposal still shows 01:15 on the wall.
    windows = [Window(6, T(1), T(2))]
    got = explained(month=11, per=4, time=T(1, 15), zone="America/New_York", windows=windows,
                    now=at(2026, 10, 20, zone=NY))
    assert {p.when.astimezone(NY).time() for p in got} == {T(1, 15)}
    assert datetime.date(2026, 11, 1) in {p.when.astimezone(NY).date() for p in got}


def test_a_late_window_stays_on_its_day_and_month_end_is_respected():
    windows = [Window(d, T(23), T(23, 59)) for d in range(7)]
    got = explained(month=2, year=2028, per=3, windows=windows, now=datetime.datetime(2028, 1, 1, tzinfo=datetime.UTC),
                    zone="UTC")
    assert len(got) == 3
    for p in got:
        assert p.when.month == 2 and p.when.time() == T(23)
    # A window too short once the session is counted (23:45-23:59) is never used.
    assert explained(windows=[Window(d, T(23, 45), T(23, 59)) for d in range(7)]) == []


def test_month_ends_only_last_days_free():
    # Only the 31st is in the future and free: one proposal, on the 31st.
    windows = [Window(d, T(18), T(21)) for d in range(7)]
    got = explained(per=2, windows=windows, now=at(2026, 3, 30, 22))
    assert [p.when.astimezone(LONDON).date() for p in got] == [datetime.date(2026, 3, 31)]


def test_parse_windows_drops_nonsense_and_keeps_order():
    raw = [{"weekday": 4, "start": "18:00", "end": "21:00"}, {"weekday": 0, "start": "09:00", "end": "10:00"},
           {"weekday": 9, "start": "09:00", "end": "10:00"}, {"weekday": 1, "start": "21:00", "end": "18:00"},
           {"weekday": True, "start": "09:00", "end": "10:00"}, {"weekday": 2, "start": "x", "end": "10:00"}, "junk",
           {"weekday": 4, "start": "18:00", "end": "21:00"}]
    assert scheduling.parse_windows(raw) == [Window(0, T(9), T(10)), Window(4, T(18), T(21))]
    assert scheduling.parse_windows(None) is None
    assert scheduling.parse_windows("nonsense") == []


def test_default_windows_are_weekday_evenings_and_weekend_days():
    assert len(scheduling.DEFAULT_WINDOWS) == 7
    assert Window(0, T(18), T(21)) in scheduling.DEFAULT_WINDOWS
    assert Window(6, T(10), T(20)) in scheduling.DEFAULT_WINDOWS


# --- views -------------------------------------------------------------------------------------



@pytest.mark.django_db
def test_availability_page_shows_the_suggested_default(owner_client):
    body = owner_client.get(reverse("checkins:availability")).content.decode()
    assert "data-suggested-availability" in body and "18:00–21:00" in body
    assert body.count('name="free-') >= 3 * 7


@pytest.mark.django_db
def test_saving_free_times_and_proposals_follow_them(owner, owner_client):
    data = {"action": "save", "free-TOTAL_FORMS": "3", "free-INITIAL_FORMS": "0",
            "free-0-weekday": "5", "free-0-start": "10:00", "free-0-end": "12:00",
            "free-1-weekday": "", "free-1-start": "", "free-1-end": "",
            "free-2-weekday": "", "free-2-start": "", "free-2-end": ""}
    assert owner_client.post(reverse("checkins:availability"), data).status_code == 302
    assert CheckSettings.objects.get(owner=owner).availability == [{"weekday": 5, "start": "10:00", "end": "12:00"}]
    person = make_person(owner, preferred_weekdays="1", preferred_time=datetime.time(19))
    with time_machine.travel(datetime.datetime(2026, 3, 2, 9, tzinfo=datetime.UTC), tick=False):
        owner_client.post(reverse("checkins:propose", args=[person.pk]))
        checks = list(Check.objects.filter(owner=owner, status="proposed"))
        assert checks
        zone = owner.zoneinfo()
        for check in checks:
            local = check.scheduled_for.astimezone(zone)
            assert local.weekday() == 5 and datetime.time(10) <= local.time() <= datetime.time(11, 30)
        body = owner_client.get(reverse("checkins:list")).content.decode()
    assert "data-why-proposed" in body and "free time" in body


@pytest.mark.django_db
@pytest.mark.parametrize(("row", "message"), [
    ({"free-0-weekday": "2", "free-0-start": "21:00", "free-0-end": "18:00"}, "ends before it starts"),
    ({"free-0-weekday": "", "free-0-start": "18:00", "free-0-end": "20:00"}, "Pick the day"),
    ({"free-0-weekday": "2", "free-0-start": "25:99", "free-0-end": "20:00"}, "not a time of day"),
    ({"free-0-weekday": "2", "free-0-start": "18:00", "free-0-end": ""}, "until when"),
    ({"free-0-weekday": "🙂", "free-0-start": "18:00", "free-0-end": "20:00"}, "Select a valid choice"),
])
def test_bad_free_time_rows_get_a_message_beside_the_field_and_keep_the_input(owner, owner_client, row, message):
    data = {"action": "save", "free-TOTAL_FORMS": "1", "free-INITIAL_FORMS": "0", **row}
    response = owner_client.post(reverse("checkins:availability"), data)
    body = response.content.decode()
    assert response.status_code == 400 and 'class="error"' in body and message in body
    if row["free-0-start"]:
        assert row["free-0-start"] in body
    assert not CheckSettings.objects.filter(owner=owner).exists()


@pytest.mark.django_db
def test_no_free_time_at_all_gives_a_clear_message_and_no_proposals(owner, owner_client):
    owner_client.post(reverse("checkins:availability"), {"action": "clear"})
    assert CheckSettings.objects.get(owner=owner).availability == []
    person = make_person(owner)
    response = owner_client.post(reverse("checkins:propose", args=[person.pk]), follow=True)
    assert "no free time set" in response.content.decode()
    assert not Check.objects.filter(owner=owner).exists()
    response = owner_client.post(reverse("checkins:propose_all"), follow=True)
    assert "no free time set" in response.content.decode()
    assert "data-no-availability" in owner_client.get(reverse("checkins:list")).content.decode()
    owner_client.post(reverse("checkins:availability"), {"action": "default"})
    assert CheckSettings.objects.get(owner=owner).availability is None
    owner_client.post(reverse("checkins:propose", args=[person.pk]))
    assert Check.objects.filter(owner=owner, status="proposed").exists()


@pytest.mark.django_db
def test_a_persons_own_time_wins_while_the_user_has_never_set_free_times(owner, owner_client):
    person = make_person(owner, preferred_weekdays="1", preferred_time=datetime.time(8))
    with time_machine.travel(datetime.datetime(2026, 3, 2, 6, tzinfo=datetime.UTC), tick=False):
        owner_client.post(reverse("checkins:propose", args=[person.pk]))
    checks = list(Check.objects.filter(owner=owner, status="proposed"))
    assert checks
    zone = owner.zoneinfo()
    assert {c.scheduled_for.astimezone(zone).time() for c in checks} == {datetime.time(8)}
