"""Demo data: a pending invitation, or (with a partner user) a linked pair who share a little.

Deterministic: every choice comes from the seeded rng.
"""

from __future__ import annotations

import datetime
import secrets

from django.utils import timezone

ANSWERS = (
    "Honestly, the walk on Sunday. It felt like we had time again.",
    "I think the quiet mornings. I did not say it, but they matter to me.",
    "More laughing at nothing. We used to do that a lot.",
    "Being asked how my day really went, and waiting for the answer.",
)


def generate(ctx) -> None:
    partner = getattr(ctx, "partner", None)
    if partner is not None:
        link_pair(ctx.user, partner, ctx.rng, ctx.today)
        ctx.count("linked partner", 1)
        return
    from heartspace.partners.models import Invitation
    from heartspace.partners.services import hash_token

    # A pending invitation nobody can use: its token is thrown away (only a hash is ever stored).
    person = ctx.people[0] if ctx.people else None
    Invitation.objects.create(owner=ctx.user, kind="partner", person=person,
                              token_hash=hash_token(secrets.token_urlsafe(32) + str(ctx.rng.random())),
                              expires_at=timezone.now() + datetime.timedelta(days=ctx.rng.randint(2, 6)))
    ctx.count("pending invitations", 1)


def link_pair(user, partner, rng, today: datetime.date | None = None):
    """Link two demo users and give them a little shared history on both sides."""
    from heartspace.partners import prompts, services, shareable
    from heartspace.partners.models import Answer, LinkLogEntry, SharedQuestion, SharedRitual

    today = today or user.local_today()
    link = services.active_link_between(user, partner) or services.link_users(user, partner, kind="partner")
    from heartspace.people.models import Person

    # Each side's own record of the other, if their demo people include a partner.
    link.owner_person = Person.objects.filter(owner=user, kind="partner").order_by("pk").first()
    link.other_person = Person.objects.filter(owner=partner, kind="partner").order_by("pk").first()
    link.save(update_fields=["owner_person", "other_person", "updated_at"])
    shared = 0
    for side in (user, partner):
        for key in ("practices.disclosure", "journal.entry", "practices.boundary"):
            kind = shareable.get_kind(key)
            if kind is None:
                continue
            items = list(kind.model().objects.filter(owner=side).order_by("pk")[:12])
            for obj in rng.sample(items, min(len(items), rng.randint(1, 3))):
                services.share_item(side, link, obj)
                shared += 1
    keys = list(prompts.PROMPTS)
    rng.shuffle(keys)
    both = SharedQuestion.objects.create(owner=user, link=link, prompt_key=keys[0], text=str(prompts.PROMPTS[keys[0]]))
    Answer.objects.create(owner=user, question=both, text=rng.choice(ANSWERS))
    Answer.objects.create(owner=partner, question=both, text=rng.choice(ANSWERS))
    waiting = SharedQuestion.objects.create(owner=partner, link=link, prompt_key=keys[1], text=str(prompts.PROMPTS[keys[1]]))
    Answer.objects.create(owner=partner, question=waiting, text=rng.choice(ANSWERS))
    SharedQuestion.objects.create(owner=user, link=link, prompt_key=keys[2], text=str(prompts.PROMPTS[keys[2]]),
                                  status=SharedQuestion.Status.PASSED, passed_at=timezone.now())
    now = timezone.now()
    entries = []
    for _ in range(rng.randint(8, 16)):
        side = rng.choice((user, partner))
        what = rng.choice(["bid_toward", "bid_toward", "appreciation", "kindness", "bid_away", "criticism"])
        tone = "positive" if what in ("bid_toward", "appreciation", "kindness") else "corrective"
        entries.append(LinkLogEntry(owner=side, link=link, what=what, tone=tone,
                                    occurred_at=now - datetime.timedelta(hours=rng.randint(1, 24 * 28))))
    LinkLogEntry.objects.bulk_create(entries)
    SharedRitual.objects.create(owner=user, link=link, kind="weekly_checkin", title="Sunday check-in", frequency="weekly",
                                weekday=6, time_of_day=datetime.time(19, 30), time_zone=user.time_zone or "UTC",
                                starts_on=today - datetime.timedelta(days=rng.randint(7, 40)))
    return link
