"""Owner-scoped lookups for feeds: anyone else's import is a 404."""

from heartspace.feeds.models import FeedToken, ImportBatch
from heartspace.ownership import get_owned_or_404


def get_import_for_user(user, import_id) -> ImportBatch:
    return get_owned_or_404(ImportBatch, user, pk=import_id)


def feed_token_for_user(user) -> FeedToken | None:
    return FeedToken.objects.filter(owner=user).first()
