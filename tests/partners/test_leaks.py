"""The other user's private records never reach a page, feed, export, log or error message.

The owner gets a full demo history; then every private text field they own is overwritten with
a unique marker. The linked partner and a stranger open every GET page the URL patterns define
(their own pages, every page keyed by one of the owner's object ids, and every page of the link),
plus their calendar feed and exports, and the marker must appear nowhere: not in a body, not in
a header, not in a log line, not in an email. What the owner chose to share carries a different
marker, which the partner does see (so the test can fail).
"""

from __future__ import annotations

import datetime
import logging

import pytest
from django.apps import apps
from django.core import mail
from django.db import IntegrityError, models, transaction
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

from heartspace.partners import services
from heartspace.partners.models import Answer, JointSession, SharedQuestion
from tests.ownership_registry import OWNED_OBJECT_FACTORIES
from tests.partners.factories import make_disclosure

MARKER = "QXPRIVATE7741MARK"
SHARED = "QXSHAREDOK5520"
PLANT_SKIP_APPS = {"partners", "accounts", "auth", "contenttypes", "sessions", "admin"}
NOT_PAGES = {"accounts:logout"}


def walk(patterns, namespace=None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, entry.namespace or namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, list(entry.pattern.converters.keys())


def plant_marker(user) -> int:
    """Overwrite every free-text field of every record `user` owns with the marker."""
    planted = 0
    for model in apps.get_models():
        if model._meta.app_label in PLANT_SKIP_APPS:
            continue
        field_names = {f.name for f in model._meta.concrete_fields}
        if "owner" not in field_names:
            continue
        queryset = model._default_manager.filter(owner=user)
        for field in model._meta.concrete_fields:
            if field.choices or field.primary_key or field.is_relation:
                continue
            if isinstance(field, (models.CharField, models.TextField)):
                if field.max_length is not None and field.max_length < len(MARKER):
                    continue
                value = MARKER
            elif isinstance(field, models.JSONField) and isinstance(field.get_default(), list):
                value = [MARKER]
            else:
                continue
            try:
                with transaction.atomic():
                    planted += queryset.update(**{field.name: value})
            except IntegrityError:  # unique secrets and the like: leave them be
                continue
    return planted


@pytest.fixture
def world(owner, partner, stranger):
    from heartspace.demo import generate

    generate(owner, people=3, days=30, seed=7)
    generate(partner, people=2, days=20, seed=8)
    link = services.link_users(owner, partner)
    # the owner's own record of the partner (a Person) is private to the owner
    from heartspace.people.models import Person

    link.owner_person = Person.objects.filter(owner=owner).first()
    link.save()
    # what the owner shares on purpose
    shared = make_disclosure(owner, text=f"{SHARED} a worry I chose to share")
    share = services.share_item(owner, link, shared)
    # a withdrawn share, an unrevealed answer, a pending session: all private again
    withdrawn = make_disclosure(owner, text="withdrawn")
    services.share_item(owner, link, withdrawn)
    services.withdraw_item(owner, link, withdrawn)
    question = SharedQuestion.objects.create(owner=partner, link=link, text="A question the partner asked")
    Answer.objects.create(owner=owner, question=question, text=MARKER)
    session = JointSession.objects.create(owner=owner, link=link, practice="vulnerability")
    # object-id pages for the walker, made before the marker goes on so their text is covered too
    keyed = {}
    for name, kwargs in walk(get_resolver().url_patterns):
        if kwargs and all(k in OWNED_OBJECT_FACTORIES for k in kwargs):
            try:
                keyed[name] = reverse(name, kwargs={k: OWNED_OBJECT_FACTORIES[k](owner) for k in kwargs})
            except NoReverseMatch:
                continue
    assert plant_marker(owner) > 50
    from heartspace.practices.models import Disclosure

    Disclosure.objects.filter(pk=shared.pk).update(text=f"{SHARED} a worry I chose to share")
    return {"link": link, "share": share, "question": question, "session": session, "keyed": keyed}


def own_pages(user_link, world):
    urls = {}
    for name, kwargs in walk(get_resolver().url_patterns):
        if not kwargs and name not in NOT_PAGES:
            urls[name] = reverse(name)
    link = world["link"]
    urls.update({
        "partners:link": reverse("partners:link", kwargs={"link_id": link.pk}),
        "partners:link_settings": reverse("partners:link_settings", kwargs={"link_id": link.pk}),
        "partners:unlink": reverse("partners:unlink", kwargs={"link_id": link.pk}),
        "partners:link_records": reverse("partners:link_records", kwargs={"link_id": link.pk}),
        "partners:ask": reverse("partners:ask", kwargs={"link_id": link.pk}),
        "partners:ritual_new": reverse("partners:ritual_new", kwargs={"link_id": link.pk}),
        "partners:share_detail": reverse("partners:share_detail", kwargs={"share_id": world["share"].pk}),
        "partners:question": reverse("partners:question", kwargs={"shared_question_id": world["question"].pk}),
        "partners:session": reverse("partners:session", kwargs={"joint_session_id": world["session"].pk}),
        "partners:session_state": reverse("partners:session_state", kwargs={"joint_session_id": world["session"].pk}),
    })
    return urls


def fetch_all(client, urls) -> list[tuple[str, int, str]]:
    seen = []
    for name, url in sorted(urls.items()):
        response = client.get(url, HTTP_HX_REQUEST="true") if "/state/" in url else client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        headers = " ".join(f"{k}: {v}" for k, v in response.items())
        seen.append((f"{name} {url}", response.status_code, body.decode("utf-8", "replace") + headers))
    return seen


def feed_and_exports(user) -> dict[str, str]:
    urls = {}
    try:
        from heartspace.feeds.models import FeedToken
    except ImportError:
        return urls
    token = FeedToken.objects.filter(owner=user).first() or FeedToken.objects.create(owner=user)
    urls["feeds:calendar (own token)"] = reverse("feeds:calendar", kwargs={"feed_token": token.secret})
    return urls


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["partner", "stranger"])
def test_private_marker_never_reaches_the_other_side(who, world, partner, stranger, caplog):
    caplog.set_level(logging.DEBUG)
    user = partner if who == "partner" else stranger
    client = Client()
    client.force_login(user)
    urls = own_pages(world["link"], world) | feed_and_exports(user)
    pages = fetch_all(client, urls)
    keyed = fetch_all(client, world["keyed"])
    leaks = [label for label, _status, text in pages + keyed if MARKER in text]
    assert not leaks, f"the owner's private text reached {who}: {leaks}"
    assert all(status in (404, 405, 410) for label, status, _ in keyed), [
        (label, status) for label, status, _ in keyed if status not in (404, 405, 410)]
    assert MARKER not in caplog.text
    assert all(MARKER not in (m.subject + m.body) for m in mail.outbox)
    served = {label.split()[0]: (status, text) for label, status, text in pages}
    assert len([s for s, _ in served.values() if s == 200]) >= 10
    if who == "partner":
        # what was shared on purpose does reach the partner: the test can see a leak when there is one
        assert SHARED in served["partners:link"][1]
        assert SHARED in served["partners:share_detail"][1]
    else:
        assert served["partners:link"][0] == 404
        assert SHARED not in "".join(text for _, _, text in pages)


@pytest.mark.django_db
def test_after_unlinking_nothing_of_the_owner_reaches_the_partner(world, partner):
    services.end_link(world["link"])
    client = Client()
    client.force_login(partner)
    pages = fetch_all(client, own_pages(world["link"], world))
    assert not [label for label, _s, text in pages if MARKER in text or SHARED in text]
    records = [(status, text) for label, status, text in pages if label.startswith("partners:link_records ")]
    assert records[0][0] == 200 and "A question the partner asked" in records[0][1]  # their own records are kept


@pytest.mark.django_db
def test_the_marker_is_planted_where_the_owner_can_see_it(world, owner):
    """Guards the guard: the marker really is in the owner's own pages."""
    client = Client()
    client.force_login(owner)
    assert MARKER in client.get(reverse("partners:question", kwargs={"shared_question_id": world["question"].pk})).content.decode()
    assert MARKER in client.get(reverse("partners:link", kwargs={"link_id": world["link"].pk})).content.decode()


# ---- the command line, htmx replies and reminder emails ------------------------------------

@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["vcard", "ics"])
def test_cli_exports_as_the_partner_carry_nothing_of_the_owner(kind, world, owner, capsysbinary):
    from heartspace.cli import main
    from heartspace.partners.models import SharedRitual

    SharedRitual.objects.create(owner=owner, link=world["link"], title="Our Sunday walk",
                                starts_on=datetime.date(2026, 1, 4), time_zone="Europe/London")
    assert main(["export", kind, "--user", "partner"]) == 0
    out, err = capsysbinary.readouterr()
    assert out and MARKER.encode() not in out + err
    if kind == "ics":
        assert b"Our Sunday walk" in out  # the shared ritual is on the partner's calendar: the export is real
    # Guard: the owner's own export does carry the marker (their people's names).
    assert main(["export", kind, "--user", "owner"]) == 0
    mine, _err = capsysbinary.readouterr()
    assert MARKER.encode() in mine


@pytest.mark.django_db
def test_htmx_replies_to_the_partner_carry_nothing_of_the_owner(world, owner, partner):
    from heartspace.checkins.models import Appreciation

    client = Client()
    client.force_login(partner)
    link, session = world["link"], world["session"]
    # The partner's own share control, swapped in by htmx.
    own = make_disclosure(partner, text="the partner's own words")
    replies = {}
    for action in ("share", "withdraw"):
        replies[f"share {action}"] = client.post(
            reverse("partners:share", kwargs={"link_id": link.pk}),
            {"kind": "practices.disclosure", "object_id": own.pk, "action": action, "next": "/"}, HTTP_HX_REQUEST="true")
    # Trying to act on the owner's items by id: refused, and nothing of them in the reply.
    owner_items = [("practices.disclosure", world["share"].object_id),
                   ("checkins.appreciation", Appreciation.objects.filter(owner=owner).values_list("pk", flat=True).first())]
    for kind, object_id in owner_items:
        replies[f"share owner {kind}"] = client.post(
            reverse("partners:share", kwargs={"link_id": link.pk}),
            {"kind": kind, "object_id": object_id, "action": "share"}, HTTP_HX_REQUEST="true")
    # The session steps, moved on from the partner's phone.
    replies["respond"] = client.post(reverse("partners:session_respond", kwargs={"joint_session_id": session.pk}),
                                     {"response": "accept"}, HTTP_HX_REQUEST="true")
    for step in range(6):
        replies[f"advance {step}"] = client.post(
            reverse("partners:session_advance", kwargs={"joint_session_id": session.pk}), {"step": step},
            HTTP_HX_REQUEST="true")
        replies[f"state {step}"] = client.get(reverse("partners:session_state", kwargs={"joint_session_id": session.pk}),
                                              {"v": "x"}, HTTP_HX_REQUEST="true")
    replies["note"] = client.post(reverse("partners:session_note", kwargs={"joint_session_id": session.pk}),
                                  {"action": "appreciation", "appreciation-text": "x"}, HTTP_HX_REQUEST="true")
    leaks = [name for name, response in replies.items()
             if MARKER in response.content.decode() + " ".join(f"{k}: {v}" for k, v in response.items())]
    assert not leaks
    assert "Take back from" in replies["share share"].content.decode()  # real replies, not errors
    assert replies["share owner practices.disclosure"].status_code == 404
    assert "Finished" in replies["state 5"].content.decode()


@pytest.mark.django_db
def test_reminder_emails_to_the_partner_carry_no_owner_marker(world, owner, partner):
    import datetime as dt

    from django.utils import timezone

    from heartspace.checkins.models import Check
    from heartspace.feeds.worker import run_once
    from heartspace.partners.models import SharedRitual
    from heartspace.people.models import Person

    for user in (owner, partner):  # no quiet hours: whatever the clock says now, reminders are due
        user.quiet_hours_start = user.quiet_hours_end = dt.time(0, 0)
        user.reminder_digest = False
        user.save()
    now = timezone.now()
    person = Person.objects.filter(owner=owner).first()
    assert MARKER in person.name
    Check.objects.create(owner=owner, person=person, status=Check.Status.SCHEDULED,
                         scheduled_for=now + dt.timedelta(hours=3), notes=MARKER)
    starts = (now + dt.timedelta(hours=2, minutes=20)).astimezone(partner.zoneinfo())
    SharedRitual.objects.create(owner=owner, link=world["link"], title="Evening thank-yous", frequency="daily",
                                time_of_day=starts.time().replace(second=0, microsecond=0),
                                starts_on=starts.date() - dt.timedelta(days=1), time_zone=partner.time_zone)
    mail.outbox.clear()
    run_once(now + dt.timedelta(hours=2, minutes=1))
    to_partner = [m for m in mail.outbox if partner.email in m.to]
    to_owner = [m for m in mail.outbox if owner.email in m.to]
    assert any("Evening thank-yous" in m.subject for m in to_partner)  # the partner did get mail
    assert all(MARKER not in m.subject + m.body + str(m.extra_headers) for m in to_partner)
    assert any(MARKER in m.subject for m in to_owner)  # guard: the owner's own email names their person
