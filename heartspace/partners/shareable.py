"""What can be shared across a link, and how a shared item is shown to the other side.

Only models registered here can ever be shared. Each entry names the model by label and
says how to turn one instance into a title, a body and a date; nothing else of the item is
ever rendered for the other side. Models are resolved lazily with apps.get_model, so a kind
whose app is not installed is simply skipped.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Shown:
    title: str
    body: str
    date: datetime.date | None


@dataclass(frozen=True)
class ShareKind:
    key: str
    label: str  # what the owner is sharing, e.g. "daily disclosures"
    model_label: str  # "app_label.ModelName"
    render: Callable[[object], Shown]
    text_of: Callable[[object], str]  # the text the safety check reads before any automatic share
    counts_as_disclosure: bool = True

    def model(self):
        try:
            return apps.get_model(self.model_label)
        except (LookupError, ValueError):
            return None


def _date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    return value


def _disclosure(obj) -> Shown:
    return Shown(str(obj.get_kind_display()), obj.text, obj.day)


def _boundary(obj) -> Shown:
    body = "\n\n".join(part for part in (obj.acceptable, obj.treatment) if part)
    return Shown(obj.title, body, _date(obj.created_at))


def _ritual_outcome(obj) -> Shown:
    return Shown(f"{obj.ritual.title}: {obj.get_status_display()}", obj.outcome, obj.due_on)


def _feeling_statement(obj) -> Shown:
    return Shown(str(_("I feel %(feeling)s") % {"feeling": obj.feeling}), obj.text, _date(obj.created_at))


def _journal_entry(obj) -> Shown:
    feelings = ", ".join(obj.feelings or [])
    return Shown(feelings or str(_("Journal entry")), obj.text, obj.written_on)


def _appreciation(obj) -> Shown:
    return Shown(str(_("An appreciation")), obj.text, _date(obj.created_at))


KINDS: tuple[ShareKind, ...] = (
    ShareKind("practices.disclosure", _("daily disclosures"), "practices.Disclosure", _disclosure,
              lambda o: o.text),
    ShareKind("practices.feeling_statement", _("“I feel” statements"), "practices.FeelingStatement",
              _feeling_statement, lambda o: f"{o.when} {o.need} {o.text}"),
    ShareKind("practices.boundary", _("boundaries"), "practices.Boundary", _boundary,
              lambda o: f"{o.title} {o.acceptable} {o.treatment}"),
    ShareKind("practices.ritual_outcome", _("ritual outcomes"), "practices.RitualOccurrence", _ritual_outcome,
              lambda o: o.outcome, counts_as_disclosure=False),
    ShareKind("journal.entry", _("journal entries"), "journal.Entry", _journal_entry,
              lambda o: o.text),
    ShareKind("checkins.appreciation", _("appreciations"), "checkins.Appreciation", _appreciation,
              lambda o: o.text, counts_as_disclosure=False),
)

REGISTRY: dict[str, ShareKind] = {kind.key: kind for kind in KINDS}


def available_kinds() -> list[ShareKind]:
    """Kinds whose app is installed."""
    return [kind for kind in KINDS if kind.model() is not None]


def kind_for_instance(obj) -> ShareKind | None:
    label = obj._meta.label
    for kind in KINDS:
        if kind.model_label == label:
            return kind
    return None


def get_kind(key: str) -> ShareKind | None:
    kind = REGISTRY.get(key)
    return kind if kind is not None and kind.model() is not None else None
