"""`heartspace checks`: who is due, what is overdue, what you promised; and proposing dates.

No Django import at module level: `heartspace --help` stays fast. Output never includes
private notes; commitment texts are shown only to the account's own terminal, as on the home page.
"""

from __future__ import annotations

import json

from heartspace.cli_support import CLIError, get_user_or_fail, setup_django


def register(subparsers) -> None:
    checks = subparsers.add_parser("checks", help="Connection Checks: who is due, overdue, what you promised")
    checks.add_argument("--user", required=True, metavar="NAME")
    checks.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    checks.add_argument("--propose", action="store_true",
                        help="first propose dates for this month and next for everyone you want closer ties with")
    checks.set_defaults(func=cmd_checks)


def summary(user) -> dict:
    """The home panel's three answers as plain data."""
    import datetime

    from django.utils import timezone

    from heartspace.checkins.home import OVERDUE_GRACE
    from heartspace.checkins.models import Check, Commitment
    from heartspace.people.models import Person

    now = timezone.now()
    zone = user.zoneinfo()
    open_statuses = [Check.Status.SCHEDULED, Check.Status.PROPOSED]
    ahead = set(Check.objects.filter(owner=user, status__in=open_statuses, scheduled_for__gte=now)
                .values_list("person_id", flat=True))
    people = Person.objects.filter(owner=user, archived_at__isnull=True, wants_closer=True, checks_per_month__gt=0)
    due = [p.name for p in people.only("pk", "name") if p.pk not in ahead]
    overdue = [{"person": c.person.name, "when": c.scheduled_for.astimezone(zone).isoformat(timespec="minutes"),
                "status": c.status}
               for c in Check.objects.filter(owner=user, status__in=open_statuses, person__archived_at__isnull=True,
                                             scheduled_for__lt=now - OVERDUE_GRACE)
               .select_related("person").order_by("scheduled_for")[:50]]
    today = user.local_today()
    promises = [{"person": c.person.name, "text": c.text, "due_on": c.due_on.isoformat(), "late": c.due_on < today}
                for c in Commitment.objects.filter(owner=user, done_at__isnull=True, cancelled=False)
                .select_related("person").order_by("due_on")[:50]]
    upcoming = [{"person": c.person.name, "when": c.scheduled_for.astimezone(zone).isoformat(timespec="minutes"),
                 "status": c.status}
                for c in Check.objects.filter(owner=user, status__in=open_statuses, scheduled_for__gte=now,
                                              scheduled_for__lt=now + datetime.timedelta(days=31))
                .select_related("person").order_by("scheduled_for")[:50]]
    return {"due": due, "overdue": overdue, "promised": promises, "upcoming": upcoming}


def cmd_checks(args) -> int:
    setup_django()
    user = get_user_or_fail(args.user)
    proposed = 0
    problem = None
    if args.propose:
        from heartspace.checkins.services import availability_problem, propose_for_person
        from heartspace.people.models import Person

        people = list(Person.objects.filter(owner=user, archived_at__isnull=True, wants_closer=True))
        for person in people:
            proposed += len(propose_for_person(user, person))
        problem = None if proposed else availability_problem(user, people)
    data = summary(user)
    if args.json:
        print(json.dumps({**data, "proposed": proposed, **({"availability_problem": problem} if problem else {})},
                         ensure_ascii=False))
        return 0
    if problem == "none":
        print("proposed nothing: you have no free time set; add some under Checks > When you are free")
    elif problem == "too_short":
        print("proposed nothing: none of your free times fits a whole check; make one longer")
    elif args.propose:
        print(f"proposed {proposed} date(s); accept, move or skip them on the Checks page")
    print("Who is due: " + (", ".join(data["due"]) if data["due"] else "nobody; everyone has a check coming up"))
    print("Coming up:" if data["upcoming"] else "Coming up: nothing in the next month")
    for row in data["upcoming"]:
        print(f"  {row['when']}  {row['person']}  ({row['status']})")
    print("Overdue:" if data["overdue"] else "Overdue: nothing")
    for row in data["overdue"]:
        print(f"  {row['when']}  {row['person']}  (log, move or skip it)")
    print("What I promised:" if data["promised"] else "What I promised: nothing open")
    for row in data["promised"]:
        print(f"  {'LATE ' if row['late'] else ''}{row['due_on']}  {row['person']}: {row['text']}")
    return 0


__all__ = ["CLIError", "register"]
