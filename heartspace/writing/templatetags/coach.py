"""`{% coach_field form.field "KIND" limit=N %}`: a text field with live word count and coach feedback."""

from __future__ import annotations

import json

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from heartspace.writing.feedback import DEFAULT_LIMITS, KINDS, feedback_for

register = template.Library()


@register.inclusion_tag("writing/coach_field.html")
def coach_field(bound_field, kind="free", limit=None):
    if kind not in KINDS:
        raise template.TemplateSyntaxError(f"coach_field: unknown kind {kind!r}")
    limit = limit if limit is not None else DEFAULT_LIMITS.get(kind)
    feedback_id = f"{bound_field.auto_id}_coach"
    attrs = {
        "hx-post": reverse("writing:feedback"),
        "hx-trigger": "input changed delay:350ms, coach:recheck",
        "hx-target": f"#{feedback_id}",
        "hx-swap": "innerHTML",
        "hx-sync": "this:replace",
        "hx-vals": json.dumps({"kind": kind, "limit": limit or "", "field": bound_field.html_name}),
        "data-coach-target": f"#{feedback_id}",
        "aria-describedby": " ".join(filter(None, [
            f"{bound_field.auto_id}_help" if bound_field.help_text else "",
            f"{bound_field.auto_id}_error" if bound_field.errors else "",
            feedback_id,
        ])),
    }
    # The browser updates the count between server answers; it gets its words from here (translated).
    attrs["data-label-limit"] = _("{n} of {limit} words")
    attrs["data-label-plain"] = _("{n} words")
    attrs["data-label-trim"] = _("please trim to {limit}")
    if limit:
        attrs["data-word-limit"] = str(limit)
    initial_text = bound_field.value() or ""
    return {
        "field": bound_field,
        "widget": bound_field.as_widget(attrs=attrs),
        "feedback_id": feedback_id,
        # Re-rendered after a failed save, the feedback is there at once, not after typing.
        "fb": feedback_for(str(initial_text), kind, limit),
    }
