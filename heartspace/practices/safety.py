"""After saving text that the coach flags for safety (abuse, threats, self-harm), show the help
card on the next page. Saving is never blocked, and the text itself is never logged or stored here.

Used wherever people write: the practices, Connection Check notes, stories, skip reasons and
tension scripts, and a person's notes. A view calls `remember_if_serious(request, ...)` after a
successful save and the page it redirects to renders `practices/_help_after_save.html` with
`show_help=pop_show_help(request)`. A form that failed to save calls `is_serious(...)` directly, so
the card still shows next to what was typed.
"""

from __future__ import annotations

from heartspace.writing.feedback import feedback_for

SESSION_KEY = "practices_show_help"


def is_serious(*texts: str | None) -> bool:
    """True when any of the texts seems to disclose abuse, threats, coercion or self-harm."""
    for text in texts:
        if not isinstance(text, str) or not text.strip():
            continue
        if bool(feedback_for(text, "free").safety):
            return True
    return False


def remember_if_serious(request, *texts: str | None) -> bool:
    serious = is_serious(*texts)
    if serious:
        request.session[SESSION_KEY] = True
    return serious


def pop_show_help(request) -> bool:
    return bool(request.session.pop(SESSION_KEY, False))
