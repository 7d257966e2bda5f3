"""Signal rules on hand-built histories: present, absent and right on the borderline."""

from __future__ import annotations

import datetime as dt

from heartspace.insights import signals as s

NOW = dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.UTC)


def days_ago(n, hours=0):
    return NOW - dt.timedelta(days=n, hours=hours)


class TestBids:
    def test_absent_with_no_history(self):
        signal = s.bids_turned_away([], NOW)
        assert not signal.present and signal.evidence["logged"] == 0

    def test_present_when_most_recent_bids_were_turned_away(self):
        bids = [s.Bid(days_ago(i), "away") for i in range(1, 5)] + [s.Bid(days_ago(6), "against")] + [
            s.Bid(days_ago(7), "toward"), s.Bid(days_ago(8), "toward")]
        signal = s.bids_turned_away(bids, NOW)
        assert signal.present
        assert (signal.evidence["logged"], signal.evidence["turned_away"], signal.evidence["percent"]) == (7, 5, 71)

    def test_borderline_exactly_half_is_not_most(self):
        bids = [s.Bid(days_ago(i), "away") for i in range(1, 4)] + [s.Bid(days_ago(i), "toward") for i in range(4, 7)]
        assert not s.bids_turned_away(bids, NOW).present

    def test_borderline_too_few_bids_to_say(self):
        bids = [s.Bid(days_ago(i), "away") for i in range(1, s.BIDS_MIN_LOGGED)]
        assert not s.bids_turned_away(bids, NOW).present
        bids.append(s.Bid(days_ago(10), "away"))
        assert s.bids_turned_away(bids, NOW).present

    def test_old_bids_do_not_count(self):
        bids = [s.Bid(days_ago(29 + i), "away") for i in range(10)]
        assert s.bids_turned_away(bids, NOW).evidence["logged"] == 0


class TestSkippedPlans:
    def test_present_when_checks_and_rituals_keep_being_skipped(self):
        planned = [s.Planned(days_ago(3), False, "check"), s.Planned(days_ago(10), False, "ritual"),
                   s.Planned(days_ago(17), False, "ritual"), s.Planned(days_ago(24), True, "check")]
        signal = s.skipped_plans(planned, NOW)
        assert signal.present
        assert (signal.evidence["missed"], signal.evidence["missed_checks"], signal.evidence["missed_rituals"],
                signal.evidence["percent"]) == (3, 1, 2, 75)

    def test_absent_when_most_happened(self):
        planned = [s.Planned(days_ago(i), i % 3 == 0) for i in range(1, 20)]
        planned = [p for p in planned if p.kept] + [s.Planned(days_ago(2), False)] * 3
        assert not s.skipped_plans(planned, NOW).present

    def test_borderline_half_missed_counts(self):
        planned = [s.Planned(days_ago(i), False) for i in (1, 2, 3)] + [s.Planned(days_ago(i), True) for i in (4, 5, 6)]
        assert s.skipped_plans(planned, NOW).present
        two_missed = [s.Planned(days_ago(1), False), s.Planned(days_ago(2), False)]
        assert not s.skipped_plans(two_missed, NOW).present


class TestTimeouts:
    def _timeout(self, started_days_ago, resolved_after_hours=None):
        started = days_ago(started_days_ago)
        come_back = started + dt.timedelta(minutes=20)
        resolved = None if resolved_after_hours is None else come_back + dt.timedelta(hours=resolved_after_hours)
        return s.TimeOut(started, come_back, resolved)

    def test_present_when_time_outs_are_never_returned_to(self):
        signal = s.timeouts_unreturned([self._timeout(5), self._timeout(12), self._timeout(20, 1)], NOW)
        assert signal.present
        assert (signal.evidence["judged"], signal.evidence["unreturned"]) == (3, 2)

    def test_absent_when_people_come_back(self):
        assert not s.timeouts_unreturned([self._timeout(5, 2), self._timeout(12, 20), self._timeout(20)], NOW).present

    def test_a_fresh_time_out_is_not_judged_yet(self):
        signal = s.timeouts_unreturned([self._timeout(1), self._timeout(5)], NOW)
        assert (signal.evidence["taken"], signal.evidence["judged"], signal.present) == (2, 1, False)

    def test_borderline_returned_just_inside_and_just_outside_the_grace(self):
        inside = [self._timeout(10, s.TIMEOUTS_GRACE_HOURS), self._timeout(11, s.TIMEOUTS_GRACE_HOURS)]
        assert not s.timeouts_unreturned(inside, NOW).present
        outside = [self._timeout(10, s.TIMEOUTS_GRACE_HOURS + 1), self._timeout(11, s.TIMEOUTS_GRACE_HOURS + 1)]
        assert s.timeouts_unreturned(outside, NOW).present


def moments(days_from, days_to, positive, corrective):
    span = range(days_from, days_to)
    out = [s.Moment(days_ago(d), "positive") for d in list(span)[:positive]]
    out += [s.Moment(days_ago(d, 1), "corrective") for d in list(span)[:corrective]]
    return out


class TestFallingBalance:
    def test_present_when_the_balance_falls_below_target(self):
        history = moments(29, 56, 18, 2) + moments(1, 28, 6, 3)  # 9:1 before, 2:1 now
        signal = s.falling_balance(history, NOW)
        assert signal.present
        assert (signal.evidence["earlier_ratio"], signal.evidence["recent_ratio"]) == ("9:1", "2:1")

    def test_absent_when_steady_and_on_target(self):
        history = moments(29, 56, 12, 2) + moments(1, 28, 10, 2)
        assert not s.falling_balance(history, NOW).present

    def test_absent_when_it_falls_but_stays_above_target(self):
        history = moments(29, 56, 20, 0) + moments(1, 28, 12, 2)  # 100% -> 86%, still 6:1
        assert not s.falling_balance(history, NOW).present

    def test_zero_corrective_before_is_compared_honestly(self):
        history = moments(29, 56, 8, 0) + moments(1, 28, 4, 4)
        signal = s.falling_balance(history, NOW)
        assert signal.present and signal.evidence["earlier_ratio"] == "8 positive, 0 corrective"

    def test_borderline_too_few_moments(self):
        history = moments(29, 56, 4, 0) + moments(1, 28, 1, 3)
        assert not s.falling_balance(history, NOW).present


class TestVenetianBlind:
    def test_present_when_one_person_does_the_opening_over_months(self):
        history = [s.Disclosure(days_ago(d), "me", 7) for d in (5, 20, 40, 60)] + [s.Disclosure(days_ago(70), "both", 7)]
        [signal] = s.venetian_blind(history, NOW)
        assert signal.present and signal.person_id == 7 and signal.key == "venetian_blind:7"
        assert (signal.evidence["only_me"], signal.evidence["both"], signal.evidence["percent"]) == (4, 1, 80)

    def test_the_other_way_round_too(self):
        history = [s.Disclosure(days_ago(d), "them", 3) for d in (5, 20, 40, 60)]
        [signal] = s.venetian_blind(history, NOW)
        assert signal.present and signal.evidence["open_side"] == "them"

    def test_absent_when_mutual(self):
        history = [s.Disclosure(days_ago(d), w, 7) for d, w in ((5, "both"), (20, "me"), (40, "them"), (60, "both"))]
        [signal] = s.venetian_blind(history, NOW)
        assert not signal.present

    def test_borderline_all_in_one_month_is_not_over_months(self):
        history = [s.Disclosure(NOW.replace(day=d), "me", 7) for d in (2, 6, 10, 14)]
        [signal] = s.venetian_blind(history, NOW)
        assert not signal.present and signal.evidence["months"] == 1

    def test_sessions_where_nobody_opened_up_are_not_counted(self):
        history = [s.Disclosure(days_ago(d), "none", 7) for d in (5, 20, 40, 60)]
        assert s.venetian_blind(history, NOW) == []


def persistent_history():
    """Bids turned away every few days for the last eight weeks."""
    return s.History(bids=[s.Bid(days_ago(d), "away") for d in range(0, 56, 3)])


class TestPersistence:
    def test_present_for_weeks_becomes_persistent(self):
        found = {f.signal.key: f for f in s.findings(persistent_history(), NOW)}
        assert found["bids_turned_away"].weeks_present == s.PERSIST_WEEKS
        assert found["bids_turned_away"].persistent
        assert not found["skipped_plans"].persistent
        assert s.suggest_therapy(found.values())

    def test_new_signal_is_not_yet_persistent(self):
        history = s.History(bids=[s.Bid(days_ago(d), "away") for d in range(0, 7)])
        [bids] = [f for f in s.findings(history, NOW) if f.signal.rule == "bids_turned_away"]
        assert bids.signal.present and bids.weeks_present == 1 and not bids.persistent
        assert not s.suggest_therapy([bids])

    def test_dismissed_signal_does_not_suggest_therapy(self):
        found = s.findings(persistent_history(), NOW)
        assert not s.suggest_therapy(found, dismissed_keys={"bids_turned_away"})

    def test_empty_history_suggests_nothing(self):
        found = s.findings(s.History(), NOW)
        assert [f.signal.rule for f in found] == ["bids_turned_away", "skipped_plans", "timeouts_unreturned",
                                                  "falling_balance"]
        assert not any(f.signal.present for f in found)
        assert not s.suggest_therapy(found)

    def test_lookback_reaches_every_evaluation(self):
        assert s.lookback_weeks() == s.VENETIAN_WINDOW_WEEKS + s.PERSIST_WEEKS
