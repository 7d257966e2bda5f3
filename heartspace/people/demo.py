"""Demo people: a mix of partner, friends and family, with a few non-Latin names."""

from __future__ import annotations

import datetime

from heartspace.people.models import Interaction, Person

FIRST_NAMES = [
    "Sam", "Alex", "Maya", "Jordan", "Priya", "Tomás", "Ana", "Noor", "Kenji", "Léa", "Olu", "Dmitri",
    "Ольга", "Chloe", "Mateo", "Aisha", "Ben", "Ingrid", "Wei", "Zoe", "Farah", "Liam", "Sofía", "Hana",
]
RELATIONS = {
    Person.Kind.PARTNER: ["partner", "wife", "husband"],
    Person.Kind.FRIEND: ["college friend", "climbing buddy", "old neighbour", "best friend"],
    Person.Kind.FAMILY: ["sister", "brother", "mum", "dad", "cousin"],
    Person.Kind.COLLEAGUE: ["teammate", "mentor"],
}


def generate(ctx) -> None:
    rng = ctx.rng
    people = []
    for index in range(ctx.people_count):
        if index == 0:
            kind = Person.Kind.PARTNER
        else:
            kind = rng.choice([Person.Kind.FRIEND, Person.Kind.FRIEND, Person.Kind.FAMILY, Person.Kind.COLLEAGUE])
        name = FIRST_NAMES[index % len(FIRST_NAMES)]
        if index >= len(FIRST_NAMES):
            name = f"{name} {index // len(FIRST_NAMES) + 1}"
        people.append(Person(
            owner=ctx.user, name=name, kind=kind, relation=rng.choice(RELATIONS[kind]),
            wants_closer=kind != Person.Kind.COLLEAGUE or rng.random() < 0.3,
            checks_per_month=2, preferred_weekdays=",".join(str(d) for d in sorted(rng.sample(range(7), 2))),
            preferred_time=datetime.time(rng.choice([8, 12, 18, 19, 20]), rng.choice([0, 30])),
            privacy_default=rng.choice(list(Person.Privacy.values)),
            birthday_month=rng.randint(1, 12), birthday_day=rng.randint(1, 28),
            birthday_year=rng.choice([None, rng.randint(1950, 2004)]),
        ))
    Person.objects.bulk_create(people)
    ctx.people = list(Person.objects.filter(owner=ctx.user).order_by("pk"))
    ctx.count("people", len(ctx.people))

    interactions = []
    for person in ctx.people:
        positive_share = rng.uniform(0.65, 0.92)
        for day in range(ctx.days):
            if rng.random() < 0.25:
                when = datetime.datetime.combine(ctx.today - datetime.timedelta(days=day), datetime.time(rng.randint(7, 22)),
                                                 tzinfo=ctx.user.zoneinfo())
                tone = Interaction.Tone.POSITIVE if rng.random() < positive_share else Interaction.Tone.CORRECTIVE
                interactions.append(Interaction(owner=ctx.user, person=person, tone=tone, occurred_at=when))
    Interaction.objects.bulk_create(interactions, batch_size=1000)
    ctx.count("interactions", len(interactions))
