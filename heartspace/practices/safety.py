"""After saving text that the coach flags for safety (abuse, threats, self-harm), show the help
card on the next page. Saving is never blocked, and the text itself is never logged or stored here."""

from __future__ import annotations

from heartspace.writing.feedback import feedback_for

SESSION_KEY = "practices_show_help"


def remember_if_serious(request, *texts: str) -> bool:
    serious = any(text and text.strip() and feedback_for(text, "free").safety for text in texts)
    if serious:
        request.session[SESSION_KEY] = True
    return serious


def pop_show_help(request) -> bool:
    return bool(request.session.pop(SESSION_KEY, False))
