"""URL keywords of the feeds app for the ownership walker (tests/test_ownership.py)."""

from __future__ import annotations

from heartspace.feeds.models import ImportBatch


def make_import(owner):
    return ImportBatch.objects.create(owner=owner, filename="contacts.vcf", cards=[], skipped=[])


OWNED_OBJECT_FACTORIES = {
    "import_id": lambda owner: make_import(owner).pk,
}

TOKEN_KWARGS = {
    "feed_token": "calendar feed secret (no sign-in; unknown or revoked -> 404), tested in tests/feeds/test_calendar_feed.py",
    "unsubscribe_token": "signed one-click unsubscribe link (bad signature -> 404), tested in tests/feeds/test_reminders.py",
}
