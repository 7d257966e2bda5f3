"""Keep the calendar feed's Last-Modified honest when entries disappear.

Edits bump each row's updated_at, which the feed's fingerprint already sees; a deleted check,
commitment, ritual or person leaves nothing behind, so we note the moment on the feed token.
"""

from __future__ import annotations

from django.apps import apps
from django.db.models.signals import post_delete
from django.utils import timezone

WATCHED = (("checkins", "Check"), ("checkins", "Commitment"), ("practices", "Ritual"), ("people", "Person"))


def _bump(sender, instance, **kwargs):
    from heartspace.feeds.models import FeedToken

    owner_id = getattr(instance, "owner_id", None)
    if owner_id:
        FeedToken.objects.filter(owner_id=owner_id).update(content_changed_at=timezone.now())


def connect() -> None:
    for app_label, model_name in WATCHED:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:  # pragma: no cover - partial checkout
            continue
        post_delete.connect(_bump, sender=model, dispatch_uid=f"feeds-bump-{app_label}-{model_name}")
