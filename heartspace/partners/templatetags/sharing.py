"""`{% load sharing %}{% share_control obj %}`: share or take back one of your items, per link.

Renders nothing when the viewer has no active links, is not the item's owner, or the item's
model is not registered in heartspace/partners/shareable.py. Per request it costs one query
for the links and one per model for the live shares, however many items a list shows.
"""

from __future__ import annotations

from django import template
from django.contrib.contenttypes.models import ContentType
from django.template.loader import render_to_string

from heartspace.partners import shareable
from heartspace.partners.models import Share

register = template.Library()


def links_for_request(request):
    cached = getattr(request, "_partners_links", None)
    if cached is None:
        from heartspace.partners.services import active_links_for

        cached = list(active_links_for(request.user).select_related("owner_person", "other_person"))
        request._partners_links = cached
    return cached


def _live_shares(request, content_type) -> dict[int, set[int]]:
    cache = getattr(request, "_partners_live_shares", None)
    if cache is None:
        cache = request._partners_live_shares = {}
    if content_type.pk not in cache:
        table: dict[int, set[int]] = {}
        for object_id, link_id in Share.objects.filter(owner=request.user, content_type=content_type,
                                                       withdrawn_at__isnull=True).values_list("object_id", "link_id"):
            table.setdefault(object_id, set()).add(link_id)
        cache[content_type.pk] = table
    return cache[content_type.pk]


@register.simple_tag(takes_context=True)
def share_control(context, obj, next_url=None, confirm_link_id=None):
    request = context.get("request")
    user = getattr(request, "user", None)
    if obj is None or user is None or not user.is_authenticated or getattr(obj, "owner_id", None) != user.pk:
        return ""
    kind = shareable.kind_for_instance(obj)
    if kind is None:
        return ""
    links = links_for_request(request)
    if not links:
        return ""
    content_type = ContentType.objects.get_for_model(obj)
    shared_on = _live_shares(request, content_type).get(obj.pk, set())
    rows = [{"link": link, "name": _label(link, user), "shared": link.pk in shared_on,
             "confirm": link.pk == confirm_link_id} for link in links]
    return render_to_string("partners/share_control.html", {
        "rows": rows, "kind": kind, "obj": obj, "next": next_url if next_url is not None else request.get_full_path(),
    }, request=request)


def _label(link, user) -> str:
    person = link.person_for(user)
    return person.name if person is not None else link.other_user(user).name
