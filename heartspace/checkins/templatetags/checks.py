"""`{% load checks %}{{ check|why_proposed }}`: why a proposed date was chosen, in plain words."""

from __future__ import annotations

from django import template

from heartspace.checkins import why

register = template.Library()


@register.filter
def why_proposed(check) -> str:
    return why.sentence(getattr(check, "proposal", None) or {}, check.person.name)
