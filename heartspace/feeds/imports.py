"""Contacts import and export: the Django side of heartspace.contacts.

Import is two steps. `preview` reads the file card by card (streaming) and decides, per card,
whether it would create a new person or matches someone already there (same vCard UID, email,
phone number or name, in that order) and could be merged; unreadable cards are listed with the
reason. `apply` then writes everything in one transaction: any failure rolls the whole import back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from django.db import transaction
from django.utils import timezone

from heartspace.contacts import Contact, UnreadableFile, normalise_values, parse_stream
from heartspace.contacts.writer import iter_vcard_text
from heartspace.feeds.models import ImportBatch
from heartspace.people.models import Person

CREATE, MERGE, SKIP = "create", "merge", "skip"
MERGED_FIELDS = ["nickname", "birthday_year", "birthday_month", "birthday_day", "phones", "emails", "notes", "photo",
                 "photo_type", "vcard_uid", "updated_at"]
MATCH_UID, MATCH_EMAIL, MATCH_PHONE, MATCH_NAME = "uid", "email", "phone", "name"


@dataclass
class PreviewCard:
    index: int
    contact: Contact
    match_id: int | None = None
    match_name: str = ""
    match_reason: str = ""

    @property
    def action(self) -> str:
        return MERGE if self.match_id else CREATE

    def to_json(self) -> dict:
        return {"index": self.index, "contact": self.contact.to_json(), "match_id": self.match_id,
                "match_name": self.match_name, "match_reason": self.match_reason}

    @classmethod
    def from_json(cls, data: dict) -> PreviewCard:
        return cls(index=data["index"], contact=Contact.from_json(data["contact"]), match_id=data.get("match_id"),
                   match_name=data.get("match_name", ""), match_reason=data.get("match_reason", ""))


@dataclass
class Preview:
    cards: list[PreviewCard] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)  # {"card", "name", "reason"}
    total: int = 0

    @property
    def to_create(self) -> list[PreviewCard]:
        return [c for c in self.cards if not c.match_id]

    @property
    def to_merge(self) -> list[PreviewCard]:
        return [c for c in self.cards if c.match_id]


def phone_key(value: str) -> str:
    digits = re.sub(r"\D", "", value or "")
    # Compare the last 9 digits: "+44 7700 900123" and "07700 900123" are the same phone.
    return digits[-9:] if len(digits) >= 6 else ""


class _Matcher:
    """Existing people indexed once (one query), so matching a 10,000-card file stays fast."""

    def __init__(self, user):
        self.by_uid: dict[str, Person] = {}
        self.by_email: dict[str, Person] = {}
        self.by_phone: dict[str, Person] = {}
        self.by_name: dict[str, Person] = {}
        people = Person.objects.filter(owner=user).only("pk", "name", "vcard_uid", "emails", "phones")
        for person in people.order_by("pk").iterator(chunk_size=2000):
            self.add(person.pk, person.name, person.vcard_uid, person.emails, person.phones)

    def add(self, pk, name, uid, emails, phones):
        entry = _Known(pk, name)
        if uid:
            self.by_uid.setdefault(uid, entry)
        for email in normalise_values(emails):
            self.by_email.setdefault(email["value"].lower(), entry)
        for phone in normalise_values(phones):
            key = phone_key(phone["value"])
            if key:
                self.by_phone.setdefault(key, entry)
        if name:
            self.by_name.setdefault(name.casefold().strip(), entry)

    def find(self, contact: Contact):
        if contact.uid and contact.uid in self.by_uid:
            return self.by_uid[contact.uid], MATCH_UID
        for email in contact.emails:
            found = self.by_email.get(email["value"].lower())
            if found:
                return found, MATCH_EMAIL
        for phone in contact.phones:
            found = self.by_phone.get(phone_key(phone["value"]))
            if found:
                return found, MATCH_PHONE
        found = self.by_name.get(contact.name.casefold().strip())
        if found:
            return found, MATCH_NAME
        return None, ""


@dataclass
class _Known:
    pk: int
    name: str


def preview(user, stream: BinaryIO, progress: Callable[[int], None] | None = None) -> Preview:
    """Read the whole file (streaming) and decide what would happen. Raises UnreadableFile."""
    matcher = _Matcher(user)
    result = Preview()
    for card in parse_stream(stream):
        result.total += 1
        if progress and result.total % 250 == 0:
            progress(result.total)
        if not card.ok:
            result.skipped.append({"card": card.index, "name": card.name, "reason": card.reason})
            continue
        found, reason = matcher.find(card.contact)
        result.cards.append(PreviewCard(index=card.index, contact=card.contact,
                                        match_id=found.pk if found else None,
                                        match_name=found.name if found else "", match_reason=reason))
    if progress:
        progress(result.total)
    return result


def save_batch(user, filename: str, result: Preview) -> ImportBatch:
    return ImportBatch.objects.create(owner=user, filename=filename[:255],
                                      cards=[c.to_json() for c in result.cards], skipped=result.skipped)


def batch_cards(batch: ImportBatch) -> list[PreviewCard]:
    return [PreviewCard.from_json(data) for data in batch.cards]


def _person_from_contact(user, contact: Contact) -> Person:
    return Person(owner=user, name=contact.name[:200], nickname=contact.nickname[:200],
                  birthday_year=contact.birthday_year, birthday_month=contact.birthday_month,
                  birthday_day=contact.birthday_day, phones=contact.phones, emails=contact.emails,
                  notes=contact.notes, photo=contact.photo, photo_type=contact.photo_type if contact.photo else "",
                  vcard_uid=contact.uid[:255])


def _merge_into(person: Person, contact: Contact) -> bool:
    """Fill what the person lacks from the card; never overwrite what the user wrote. True if changed."""
    changed = False
    if not person.nickname and contact.nickname:
        person.nickname, changed = contact.nickname[:200], True
    if not person.birthday_month and contact.birthday_month:
        person.birthday_year, person.birthday_month, person.birthday_day = (
            contact.birthday_year, contact.birthday_month, contact.birthday_day)
        changed = True
    elif person.birthday_month == contact.birthday_month and person.birthday_day == contact.birthday_day \
            and not person.birthday_year and contact.birthday_year:
        person.birthday_year, changed = contact.birthday_year, True
    for attr, key in (("phones", phone_key), ("emails", lambda v: v.lower())):
        existing = normalise_values(getattr(person, attr))
        keys = {key(v["value"]) for v in existing}
        added = [v for v in getattr(contact, attr) if key(v["value"]) not in keys]
        if added or existing != getattr(person, attr):
            setattr(person, attr, existing + added)
            changed = changed or bool(added)
    if contact.notes and contact.notes not in person.notes:
        person.notes = f"{person.notes}\n\n{contact.notes}".strip() if person.notes else contact.notes
        changed = True
    if not person.photo and contact.photo:
        person.photo, person.photo_type, changed = contact.photo, contact.photo_type, True
    if not person.vcard_uid and contact.uid:
        person.vcard_uid, changed = contact.uid[:255], True
    return changed


@dataclass
class ImportOutcome:
    created: int = 0
    updated: int = 0
    skipped: list[dict] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"created": self.created, "updated": self.updated, "skipped": self.skipped}


def apply(user, cards: list[PreviewCard], skipped: list[dict], choices: dict[int, str] | None = None,
          batch: ImportBatch | None = None) -> ImportOutcome:
    """Write the import in one transaction. `choices` maps card index -> create|merge|skip.

    With a batch, the batch is claimed with a conditional update inside the same transaction, so
    confirming twice (double click, two tabs) imports once.
    """
    choices = choices or {}
    outcome = ImportOutcome(skipped=list(skipped))
    with transaction.atomic():
        if batch is not None:
            claimed = ImportBatch.objects.filter(pk=batch.pk, owner=user, status=ImportBatch.Status.PENDING).update(
                status=ImportBatch.Status.DONE, finished_at=timezone.now())
            if not claimed:
                raise AlreadyImported
        merge_ids = {c.match_id for c in cards if c.match_id and choices.get(c.index, c.action) == MERGE}
        people = {p.pk: p for p in Person.objects.filter(owner=user, pk__in=merge_ids)}
        to_create: list[Person] = []
        merged: set[int] = set()
        changed: dict[int, Person] = {}
        for card in cards:
            action = choices.get(card.index, card.action)
            if action == SKIP:
                outcome.skipped.append({"card": card.index, "name": card.contact.name, "reason": "You chose to skip it."})
                continue
            if action == MERGE and card.match_id in people:
                person = people[card.match_id]
                merged.add(person.pk)
                if _merge_into(person, card.contact):
                    changed[person.pk] = person
                continue
            to_create.append(_person_from_contact(user, card.contact))
        Person.objects.bulk_create(to_create, batch_size=500)
        now = timezone.now()
        for person in changed.values():
            person.updated_at = now  # bulk_update skips auto_now
        Person.objects.bulk_update(list(changed.values()), MERGED_FIELDS, batch_size=500)
        # "updated" counts people a card was merged into, whether or not it brought anything new.
        outcome.created, outcome.updated = len(to_create), len(merged)
        outcome.skipped.sort(key=lambda item: item["card"])
        if batch is not None:
            ImportBatch.objects.filter(pk=batch.pk).update(created_count=outcome.created, updated_count=outcome.updated,
                                                           cards=[], skipped=outcome.skipped)
    return outcome


class AlreadyImported(Exception):
    """The batch was confirmed (or cancelled) already."""


# ---------------------------------------------------------------- export


def contact_from_person(person: Person) -> Contact:
    return Contact(name=person.name, nickname=person.nickname, uid=person.vcard_uid or f"urn:heartspace:person:{person.pk}",
                   birthday_year=person.birthday_year, birthday_month=person.birthday_month,
                   birthday_day=person.birthday_day, phones=normalise_values(person.phones),
                   emails=normalise_values(person.emails), notes=person.notes,
                   photo=bytes(person.photo) if person.photo else None, photo_type=person.photo_type)


def export_chunks(user) -> Iterator[str]:
    """The whole address book as vCard 4.0 text, streamed person by person."""
    people = Person.objects.filter(owner=user).order_by("name", "pk").iterator(chunk_size=200)
    return iter_vcard_text(contact_from_person(p) for p in people)


__all__ = ["AlreadyImported", "ImportOutcome", "Preview", "PreviewCard", "UnreadableFile", "apply", "batch_cards",
           "export_chunks", "preview", "save_batch"]
