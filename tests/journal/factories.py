"""Objects owned by a given user, for the ownership walker and the journal tests."""

from __future__ import annotations

import datetime

from heartspace.journal import growth
from heartspace.journal.models import Entry, SelfCheck


def make_entry(owner, **extra) -> Entry:
    values = {"written_on": datetime.date(2026, 3, 2), "feelings": ["anxious", "lonely"],
              "text": "Quiet evening; I missed talking properly."}
    values.update(extra)
    return Entry.objects.create(owner=owner, **values)


def make_selfcheck(owner, answers: dict | None = None, **extra) -> SelfCheck:
    answers = answers or {q.key: 3 for q in growth.QUESTIONS}
    values = {"taken_on": datetime.date(2026, 3, 2), "answers": answers, **growth.score(answers)}
    values.update(extra)
    return SelfCheck.objects.create(owner=owner, **values)


OWNED_OBJECT_FACTORIES = {
    "entry_id": lambda owner: make_entry(owner).pk,
    "selfcheck_id": lambda owner: make_selfcheck(owner).pk,
}
