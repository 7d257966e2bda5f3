"""Plain words for the codes the pure modules return: observations, reasons, signals.

Kept apart from the formulas so the formulas stay Django-free and the words translatable.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext


def observation(code: str, params: dict) -> str:
    p = dict(params)
    texts = {
        "chats_below": _("You averaged %(per_month)s meaningful chats a month, below your target of %(band)s. "
                         "That is information, not a failing: the suggestions below may help."),
        "chats_within": _("You averaged %(per_month)s meaningful chats a month, within your target of %(band)s."),
        "chats_above": _("You averaged %(per_month)s meaningful chats a month, above your target of %(band)s. "
                         "Check that the pace still feels sustainable."),
        "mutual_total": ngettext("%(mutual)s conversation had both of you opening up.",
                                 "%(mutual)s conversations had both of you opening up.", p.get("mutual", 0)),
        "follow_ups": _("You completed %(completed)s of %(made)s micro-commitments%(on_time)s."),
        "no_follow_ups": _("No micro-commitments were written in this period."),
        "balance_none": _("No positive or corrective moments were logged, so there is no balance to show."),
        "balance_no_corrective": _("%(positive)s positive moments and no corrective ones were logged."),
        "balance_on_target": _("Your balance was %(ratio)s:1 (%(positive)s positive, %(corrective)s corrective), "
                               "at or above your %(target)s:1 aim."),
        "balance_below": _("Your balance was %(ratio)s:1 (%(positive)s positive, %(corrective)s corrective), "
                           "below your %(target)s:1 aim."),
        "no_checks": _("No Connection Checks with %(name)s were done or skipped in this period."),
        "checks_kept": _("With %(name)s: %(done)s of %(planned)s planned checks happened; %(meaningful)s felt meaningful."),
        "mutual": ngettext("With %(name)s, you both opened up %(mutual)s time.",
                           "With %(name)s, you both opened up %(mutual)s times.", p.get("mutual", 0)),
        "only_me_opened": _("With %(name)s, only you opened up (%(count)s times). Openness has to be mutual, "
                            "and it cannot be demanded; an invitation may help."),
        "only_they_opened": _("With %(name)s, only they opened up (%(count)s times). Consider sharing something "
                              "of your own next time."),
        "commitments": _("With %(name)s you kept %(done)s of %(made)s micro-commitments."),
    }
    if code == "follow_ups":
        percent = p.get("on_time_percent")
        p["on_time"] = "" if percent is None else _(", %(percent)s%% of them on time") % {"percent": percent}
    template = texts.get(code)
    return template % p if template else code


def adjustment_title(kind: str, direction: str, from_value: int, to_value: int, name: str) -> str:
    if kind == "cadence":
        return _("%(name)s: Connection Checks a month from %(old)s to %(new)s") % {
            "name": name, "old": from_value, "new": to_value}
    if direction == "up":
        return _("%(name)s: ask one step deeper") % {"name": name}
    return _("%(name)s: keep questions one step lighter") % {"name": name}


def adjustment_reason(reason: str, evidence: dict) -> str:
    e = dict(evidence)
    texts = {
        "many_skipped": _("%(skipped)s of %(planned)s planned checks were skipped (%(percent)s%%). "
                          "Fewer checks that happen build more trust than many that do not."),
        "above_band_light": _("You are above your monthly target overall, and only %(meaningful)s of %(done)s "
                              "checks with this person felt meaningful. Fewer, fuller conversations may suit you both."),
        "kept_and_meaningful": _("%(done)s of %(planned)s checks happened and %(meaningful)s felt meaningful, while "
                                 "your overall meaningful chats are below target. There seems to be room for more."),
        "too_deep": _("%(too_deep)s conversations went further than felt comfortable. Vulnerability is an "
                      "invitation, never a demand: a lighter pace keeps it safe."),
        "many_passes": _("%(passed)s of %(asked)s questions were passed (%(percent)s%%). Passing is always fine; "
                         "it may mean the questions ran deeper than the moment allowed."),
        "too_light": _("%(too_light)s conversations stayed on the surface. You could invite a little more depth."),
        "going_well": _("%(meaningful)s of %(done)s checks felt meaningful, nobody passed a question and you both "
                        "opened up %(mutual)s times. You could try one step deeper."),
    }
    template = texts.get(reason)
    try:
        return template % e if template else reason
    except (KeyError, TypeError, ValueError):
        return template


SIGNAL_TITLES = {
    "bids_turned_away": gettext_lazy("Most bids for connection were turned away"),
    "skipped_plans": gettext_lazy("Rituals and checks keep being skipped"),
    "timeouts_unreturned": gettext_lazy("Time-outs were not returned to"),
    "falling_balance": gettext_lazy("The positive-to-corrective balance is falling"),
    "venetian_blind": gettext_lazy("Opening up has been one-sided"),
}


def signal_title(rule: str) -> str:
    return str(SIGNAL_TITLES.get(rule, rule))


def signal_explanation(rule: str, evidence: dict, person_name: str = "") -> str:
    e = dict(evidence) | {"name": person_name or _("this person")}
    texts = {
        "bids_turned_away": _("In the last %(weeks)s weeks you logged %(logged)s bids; %(turned_away)s "
                              "(%(percent)s%%) were turned away or against. Bids are the small ways people reach "
                              "for each other; when most go unanswered, distance tends to grow."),
        "skipped_plans": _("In the last %(weeks)s weeks %(missed)s of %(planned)s planned rituals and Connection "
                           "Checks did not happen (%(missed_checks)s checks, %(missed_rituals)s rituals). Repeated "
                           "skipping can be a quiet form of avoidance, or simply a life that is too full."),
        "timeouts_unreturned": _("Of %(judged)s time-outs in the last %(weeks)s weeks, %(unreturned)s were not "
                                 "returned to within %(grace_hours)s hours of the agreed time. A time-out helps "
                                 "when you come back; without the return it can become stonewalling."),
        "falling_balance": _("Over the last %(weeks)s weeks the balance was %(recent_ratio)s (%(recent_positive)s "
                             "positive, %(recent_corrective)s corrective), down from %(earlier_ratio)s in the "
                             "%(earlier_weeks)s weeks before, and under the %(target)s:1 aim."),
        "venetian_blind": _("Over the last %(weeks)s weeks, in %(percent)s%% of the conversations with %(name)s "
                            "where someone opened up, it was only one of you (you: %(only_me)s, them: "
                            "%(only_them)s, both: %(both)s). Depth needs openness from both sides; one open "
                            "blind and one closed one does not build it."),
    }
    template = texts.get(rule)
    try:
        return template % e if template else rule
    except (KeyError, TypeError, ValueError):
        return str(template)


def signal_threshold(rule: str, evidence: dict) -> str:
    e = dict(evidence)
    texts = {
        "bids_turned_away": _("Shown when at least %(min_logged)s bids were logged and more than "
                              "%(threshold_percent)s%% were turned away or against."),
        "skipped_plans": _("Shown when at least %(min_missed)s plans and at least %(threshold_percent)s%% of "
                           "them did not happen."),
        "timeouts_unreturned": _("Shown when at least %(min_unreturned)s time-outs and at least "
                                 "%(threshold_percent)s%% of them were not returned to."),
        "falling_balance": _("Shown when each period has at least %(min_moments)s moments, the positive share fell "
                             "by %(drop_points)s points or more and is below the %(target)s:1 aim."),
        "venetian_blind": _("Shown when at least %(min_sessions)s conversations had someone opening up, at least "
                            "%(threshold_percent)s%% of them only one of you, across %(min_months)s months or more."),
    }
    template = texts.get(rule)
    try:
        return template % e if template else ""
    except (KeyError, TypeError, ValueError):
        return str(template)
