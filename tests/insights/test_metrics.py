"""Metric formulas on hand-computed histories: empty, time zones, month/quarter edges, DST."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from heartspace.insights import metrics as m

UTC = dt.UTC
NEW_YORK = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
TOKYO = ZoneInfo("Asia/Tokyo")


def at(year, month, day, hour=12, minute=0, zone=UTC):
    return dt.datetime(year, month, day, hour, minute, tzinfo=zone)


def chat(when, meaningful=True, disclosed=""):
    return m.Chat(at=when, meaningful=meaningful, disclosed=disclosed)


class TestMonthsAndQuarters:
    def test_month_navigation_wraps_years(self):
        assert m.Month(2025, 12).next() == m.Month(2026, 1)
        assert m.Month(2026, 1).previous() == m.Month(2025, 12)
        assert m.Month(2024, 2).last_day == dt.date(2024, 2, 29)

    def test_quarter_of_each_edge(self):
        assert m.Quarter.of(dt.date(2026, 3, 31)) == m.Quarter(2026, 1)
        assert m.Quarter.of(dt.date(2026, 4, 1)) == m.Quarter(2026, 2)
        assert m.Quarter(2026, 4).next() == m.Quarter(2027, 1)
        assert m.Quarter(2026, 1).previous() == m.Quarter(2025, 4)
        assert m.Quarter(2026, 2).last_day == dt.date(2026, 6, 30)

    def test_last_months_and_quarters_end_with_the_current_one(self):
        months = m.last_months(dt.date(2026, 2, 10), 3)
        assert [x.key for x in months] == ["2025-12", "2026-01", "2026-02"]
        assert [q.key for q in m.last_quarters(dt.date(2026, 2, 10), 2)] == ["2025-Q4", "2026-Q1"]

    def test_week_start_respects_the_users_first_weekday(self):
        wednesday = dt.date(2026, 11, 18)
        assert m.week_start(wednesday, 0) == dt.date(2026, 11, 16)  # Monday
        assert m.week_start(wednesday, 6) == dt.date(2026, 11, 15)  # Sunday
        sunday = dt.date(2026, 11, 22)
        assert m.week_start(sunday, 6) == sunday

    def test_local_bounds_cover_whole_local_days(self):
        start, end = m.local_bounds(dt.date(2026, 1, 1), dt.date(2026, 1, 31), NEW_YORK)
        assert start == at(2026, 1, 1, 5)
        assert end == at(2026, 2, 1, 5)

    def test_naive_datetimes_are_refused(self):
        with pytest.raises(ValueError):
            m.local_date(dt.datetime(2026, 1, 1), UTC)


class TestMeaningfulChats:
    def test_empty_history_gives_zero_months_below_band(self):
        months = m.last_months(dt.date(2026, 3, 5), 3)
        result = m.meaningful_chats_by_month([], UTC, months)
        assert [(r.key, r.value, r.place) for r in result] == [
            ("2026-01", 0, "below"), ("2026-02", 0, "below"), ("2026-03", 0, "below")]

    def test_only_meaningful_chats_count(self):
        chats = [chat(at(2026, 1, 3)), chat(at(2026, 1, 9), meaningful=False), chat(at(2026, 1, 20), meaningful=None)]
        [january] = m.meaningful_chats_by_month(chats, UTC, [m.Month(2026, 1)])
        assert january.value == 1

    def test_late_evening_on_the_last_day_stays_in_that_month_locally(self):
        # 23:30 on 31 January in New York is 04:30 on 1 February in UTC.
        late = chat(at(2026, 1, 31, 23, 30, NEW_YORK))
        assert late.at.astimezone(UTC).month == 2
        result = m.meaningful_chats_by_month([late], NEW_YORK, [m.Month(2026, 1), m.Month(2026, 2)])
        assert [r.value for r in result] == [1, 0]
        # The same instant seen from UTC belongs to February.
        result_utc = m.meaningful_chats_by_month([late], UTC, [m.Month(2026, 1), m.Month(2026, 2)])
        assert [r.value for r in result_utc] == [0, 1]

    def test_early_morning_in_tokyo_belongs_to_the_new_month(self):
        # 00:30 on 1 March in Tokyo is still 28 February in UTC.
        early = chat(at(2026, 3, 1, 0, 30, TOKYO))
        result = m.meaningful_chats_by_month([early], TOKYO, [m.Month(2026, 2), m.Month(2026, 3)])
        assert [r.value for r in result] == [0, 1]

    def test_band_placement_with_default_and_custom_band(self):
        chats = [chat(at(2026, 4, d)) for d in (1, 5, 9, 13, 17, 21, 25)]  # 7 chats
        [april] = m.meaningful_chats_by_month(chats, UTC, [m.Month(2026, 4)])
        assert (april.value, april.place) == (7, "above")
        [april] = m.meaningful_chats_by_month(chats, UTC, [m.Month(2026, 4)], m.Band(6, 8))
        assert april.place == "within"
        assert m.Band(4, 6).place(4) == "within" and m.Band(4, 6).place(3) == "below"
        assert m.Band(4, 6).label == "4-6" and m.Band(5, 5).label == "5"

    def test_a_band_upside_down_is_refused(self):
        with pytest.raises(ValueError):
            m.Band(6, 4)

    def test_dst_change_day_still_lands_in_the_right_month(self):
        # London clocks go back at 02:00 BST on 25 October 2026; 31 October 23:59 local is GMT.
        late = chat(at(2026, 10, 31, 23, 59, LONDON))
        spring = chat(at(2026, 3, 29, 1, 30, LONDON))  # the hour after clocks go forward
        result = m.meaningful_chats_by_month([late, spring], LONDON, [m.Month(2026, 3), m.Month(2026, 10),
                                                                      m.Month(2026, 11)])
        assert [r.value for r in result] == [1, 1, 0]

    def test_summary_averages_per_month(self):
        # 12 weeks = 84 days = 2.76 months; 11 meaningful chats -> 4.0 a month.
        first = dt.date(2026, 1, 5)
        last = first + dt.timedelta(days=83)
        chats = [chat(at(2026, 1, 5) + dt.timedelta(days=7 * i), disclosed="both" if i < 3 else "me")
                 for i in range(11)]
        chats.append(chat(at(2025, 12, 31)))  # before the period
        summary = m.summarise_chats(chats, UTC, first, last)
        assert summary.meaningful == 11
        assert summary.per_month == 4.0
        assert summary.place == "within"
        assert (summary.mutual, summary.disclosed_me, summary.disclosed_them) == (3, 8, 0)

    def test_summary_of_nothing(self):
        summary = m.summarise_chats([], UTC, dt.date(2026, 1, 1), dt.date(2026, 3, 25))
        assert (summary.meaningful, summary.per_month, summary.place) == (0, 0.0, "below")


class TestMutualDisclosures:
    def test_counted_per_quarter_in_local_time(self):
        chats = [
            chat(at(2026, 3, 31, 22, 0, NEW_YORK), disclosed="both"),  # Q1 locally, Q2 in UTC
            chat(at(2026, 4, 2), disclosed="both"),
            chat(at(2026, 4, 3), disclosed="me"),
            chat(at(2026, 5, 3), disclosed="them"),
            chat(at(2026, 6, 30), disclosed="both", meaningful=False),  # mutual even if not "meaningful"
        ]
        result = m.mutual_disclosures_by_quarter(chats, NEW_YORK, [m.Quarter(2026, 1), m.Quarter(2026, 2)])
        assert [(r.key, r.value) for r in result] == [("2026-Q1", 1), ("2026-Q2", 2)]

    def test_empty(self):
        assert [r.value for r in m.mutual_disclosures_by_quarter([], UTC, [m.Quarter(2026, 1)])] == [0]


class TestFollowUps:
    TODAY = dt.date(2026, 2, 20)

    def test_empty_history_has_no_on_time_share(self):
        result = m.follow_ups([], UTC, self.TODAY)
        assert result.made == result.completed == 0
        assert result.on_time_share is None and result.on_time_percent is None

    def test_counts_on_time_late_open_overdue_and_cancelled(self):
        items = [
            m.Commitment(made_on=dt.date(2026, 2, 1), done_at=at(2026, 2, 5)),  # on time
            m.Commitment(made_on=dt.date(2026, 2, 1), done_at=at(2026, 2, 8, 23)),  # day 7: on time
            m.Commitment(made_on=dt.date(2026, 2, 1), done_at=at(2026, 2, 9, 1)),  # day 8: late
            m.Commitment(made_on=dt.date(2026, 2, 1)),  # overdue
            m.Commitment(made_on=dt.date(2026, 2, 18)),  # still open
            m.Commitment(made_on=dt.date(2026, 2, 1), cancelled=True),  # left out
        ]
        result = m.follow_ups(items, UTC, self.TODAY)
        assert (result.made, result.completed, result.on_time, result.late, result.open, result.overdue) == (
            5, 3, 2, 1, 1, 1)
        assert result.on_time_percent == 67

    def test_due_date_defaults_to_seven_days_and_is_configurable(self):
        item = m.Commitment(made_on=dt.date(2026, 2, 1))
        assert m.due_date(item) == dt.date(2026, 2, 8)
        assert m.due_date(item, days=3) == dt.date(2026, 2, 4)
        assert m.due_date(m.Commitment(made_on=dt.date(2026, 2, 1), due_on=dt.date(2026, 2, 2))) == dt.date(2026, 2, 2)

    def test_done_late_evening_on_the_due_date_is_on_time_in_local_time(self):
        # Done at 23:30 in New York on the due date: UTC already says the next day.
        item = m.Commitment(made_on=dt.date(2026, 2, 1), due_on=dt.date(2026, 2, 8),
                            done_at=at(2026, 2, 8, 23, 30, NEW_YORK))
        assert m.follow_ups([item], NEW_YORK, self.TODAY).on_time == 1
        assert m.follow_ups([item], UTC, self.TODAY).late == 1


class TestBalance:
    def test_zero_corrective_is_said_honestly(self):
        result = m.balance([m.Moment(at(2026, 1, 1), "positive")] * 5)
        assert result.ratio is None
        assert result.ratio_label == "5 positive, 0 corrective"
        assert result.place == "at_or_above"

    def test_nothing_logged(self):
        result = m.balance([])
        assert (result.place, result.ratio_label, result.positives_to_target) == ("none", "0 positive, 0 corrective", 0)

    def test_ratio_below_target_and_what_it_takes(self):
        moments = [m.Moment(at(2026, 1, 1), "positive")] * 7 + [m.Moment(at(2026, 1, 2), "corrective")] * 2
        result = m.balance(moments)
        assert result.ratio == 3.5
        assert result.ratio_label == "3.5:1"
        assert result.place == "below"
        assert result.positives_to_target == 3

    def test_whole_ratio_label_and_custom_target(self):
        moments = [m.Moment(at(2026, 1, 1), "positive")] * 6 + [m.Moment(at(2026, 1, 2), "corrective")] * 2
        assert m.balance(moments).ratio_label == "3:1"
        assert m.balance(moments, target=3).place == "at_or_above"

    def test_weekly_series_in_local_weeks(self):
        weeks = m.last_weeks(dt.date(2026, 11, 22), 2)  # Mondays 9 and 16 November
        assert weeks == [dt.date(2026, 11, 9), dt.date(2026, 11, 16)]
        moments = [
            m.Moment(at(2026, 11, 15, 23, 30, NEW_YORK), "positive"),  # Sunday local: first week
            m.Moment(at(2026, 11, 16, 9), "corrective"),
            m.Moment(at(2026, 11, 17, 9), "positive"),
            m.Moment(at(2026, 10, 1, 9), "positive"),  # outside
        ]
        series = m.balance_by_week(moments, NEW_YORK, weeks)
        assert [(p.positive, p.corrective, p.ratio) for p in series] == [(1, 0, None), (1, 1, 1.0)]

    def test_monthly_series(self):
        moments = [m.Moment(at(2026, 1, 31, 23, 0, NEW_YORK), "corrective"), m.Moment(at(2026, 2, 1), "positive")]
        series = m.balance_by_month(moments, NEW_YORK, [m.Month(2026, 1), m.Month(2026, 2)])
        assert [(p.key, p.positive, p.corrective) for p in series] == [("2026-01", 0, 1), ("2026-02", 1, 0)]


def test_count_by_week_with_sunday_weeks():
    weeks = m.last_weeks(dt.date(2026, 11, 21), 2, first_weekday=6)  # Saturday; weeks start Sunday
    assert weeks == [dt.date(2026, 11, 8), dt.date(2026, 11, 15)]
    result = m.count_by_week([at(2026, 11, 15, 0, 30, LONDON), at(2026, 11, 14, 23, 0, LONDON)], LONDON, weeks, 6)
    assert [r.value for r in result] == [1, 1]


def test_weekly_buckets_across_the_autumn_clock_change():
    # London goes back to GMT at 02:00 on Sunday 25 October 2026.
    weeks = [dt.date(2026, 10, 19), dt.date(2026, 10, 26)]
    sunday_late = at(2026, 10, 25, 23, 30, LONDON)  # still the week of 19 October
    monday_early = at(2026, 10, 26, 0, 15, LONDON)
    result = m.count_by_week([sunday_late, monday_early], LONDON, weeks)
    assert [r.value for r in result] == [1, 1]
    start, end = m.local_bounds(dt.date(2026, 10, 25), dt.date(2026, 10, 25), LONDON)
    assert end - start == dt.timedelta(hours=25)  # the day with the extra hour
