"""Automatic sharing (off unless the owner turned it on for a link and kind): new items only."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import post_save


def _created(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    from heartspace.partners.services import auto_share_new_item

    # After commit, so an item rolled back with its form is never shared.
    transaction.on_commit(lambda: auto_share_new_item(instance))


def connect() -> None:
    from heartspace.partners.shareable import KINDS

    for kind in KINDS:
        model = kind.model()
        if model is not None:
            post_save.connect(_created, sender=model, dispatch_uid=f"partners-autoshare-{kind.key}")
