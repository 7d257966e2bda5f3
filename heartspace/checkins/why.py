"""Why a date was proposed, in plain words, from the reason codes scheduling stored on the check."""

from __future__ import annotations

from django.utils.translation import gettext as _

from heartspace.checkins import scheduling


def weekday_name(weekday: int) -> str:
    names = [_("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"), _("Friday"), _("Saturday"), _("Sunday")]
    return names[weekday] if 0 <= weekday <= 6 else ""


def window_label(window: scheduling.Window) -> str:
    return _("%(day)s %(start)s–%(end)s") % {
        "day": weekday_name(window.weekday), "start": window.start.strftime("%H:%M"), "end": window.end.strftime("%H:%M")}


def reasons(proposal: dict, name: str) -> list[str]:
    """Each reason as a short phrase; [] for a check that was not proposed (or stored oddly)."""
    if not isinstance(proposal, dict) or not proposal.get("codes"):
        return []
    codes = [c for c in proposal.get("codes") if isinstance(c, str)]
    rows = scheduling.parse_windows([proposal["window"]] if isinstance(proposal.get("window"), dict) else [])
    window = window_label(rows[0]) if rows else ""
    said = []
    for code in codes:
        if code == "preferred_day":
            said.append(_("one of %(name)s's preferred days") % {"name": name})
        elif code == "any_day":
            said.append(_("any day suits %(name)s") % {"name": name})
        elif code == "preferred_days_unavailable":
            said.append(_("none of %(name)s's preferred days has free time for you this month, so one of yours")
                        % {"name": name})
        elif code == "preferred_time":
            said.append(_("at %(name)s's preferred time") % {"name": name})
        elif code == "default_time":
            said.append(_("at the default time, 18:00"))
        elif code == "in_window" and window:
            said.append(_("inside your free time (%(window)s)") % {"window": window})
        elif code == "moved_into_window" and window:
            said.append(_("moved to fit your free time (%(window)s)") % {"window": window})
        elif code == "clash":
            said.append(_("it overlaps something already booked: no free day was left"))
    said.append(_("spread evenly through the month"))
    return said


def sentence(proposal: dict, name: str) -> str:
    parts = reasons(proposal, name)
    if not parts:
        return ""
    return _("Why this date: %(reasons)s.") % {"reasons": "; ".join(parts)}
