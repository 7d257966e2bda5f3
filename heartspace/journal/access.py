"""Owner-scoped lookups: anyone but the owner gets 404."""

from __future__ import annotations

from heartspace.journal.models import Entry, SelfCheck
from heartspace.ownership import get_owned_or_404


def get_entry_for_user(user, entry_id) -> Entry:
    return get_owned_or_404(Entry, user, pk=entry_id)


def get_selfcheck_for_user(user, selfcheck_id) -> SelfCheck:
    return get_owned_or_404(SelfCheck, user, pk=selfcheck_id)
