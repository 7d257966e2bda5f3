"""`heartspace demo --user NAME [--partner OTHER]`: create a user (or a linked pair) with generated history."""

from __future__ import annotations

import datetime

from heartspace.cli_support import CLIError, setup_django


def register(subparsers) -> None:
    demo = subparsers.add_parser("demo", help="create a user with realistic generated history")
    demo.add_argument("--user", required=True, help="username to create (or fill, if it exists and is empty)")
    demo.add_argument("--partner", help="also create this user, with their own history, linked with --user")
    demo.add_argument("--people", type=int, default=6, help="how many people (default 6)")
    demo.add_argument("--days", type=int, default=120, help="days of history (default 120)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same data")
    demo.add_argument("--password", default="heartspace-demo", help="password for a new demo user")
    demo.set_defaults(func=cmd_demo)


def _fresh_user(name: str, password: str):
    from heartspace.accounts.models import User
    from heartspace.people.models import Person

    user = User.objects.filter(username=name).first()
    if user is None:
        user = User(username=name, display_name=name.capitalize(), time_zone="Europe/London", time_zone_confirmed=True)
        user.set_password(password)
        if not User.objects.exists():
            user.is_staff = user.is_superuser = True
        user.save()
    elif Person.objects.filter(owner=user).exists():
        raise CLIError(f"user {name!r} already has data; pick a new name for the demo")
    return user


def _fill(user, args, seed: int):
    from heartspace.demo import generate

    ctx = generate(user, people=args.people, days=args.days, seed=seed)
    user.practice_started_on = ctx.today - datetime.timedelta(days=args.days)
    user.save(update_fields=["practice_started_on"])
    return ctx


def cmd_demo(args) -> int:
    if not 0 <= args.people <= 5000:
        raise CLIError("--people must be between 0 and 5000")
    if not 1 <= args.days <= 3650:
        raise CLIError("--days must be between 1 and 3650")
    if args.partner is not None and args.partner.strip().lower() == args.user.strip().lower():
        raise CLIError("--partner must be a different user from --user")
    if args.partner is not None and not args.partner.strip():
        raise CLIError("--partner needs a username")
    setup_django()
    import random

    from django.db import transaction

    from heartspace.partners.services import PartnerError

    with transaction.atomic():
        user = _fresh_user(args.user, args.password)
        partner = _fresh_user(args.partner, args.password) if args.partner else None
        ctx = _fill(user, args, args.seed)
        if partner is not None:
            partner_ctx = _fill(partner, args, args.seed + 1)
            from heartspace.partners.demo import link_pair

            try:
                link_pair(user, partner, random.Random(args.seed), ctx.today)
            except PartnerError as error:
                raise CLIError(str(error)) from None
    summary = ", ".join(f"{n} {label}" for label, n in sorted(ctx.counts.items())) or "nothing"
    print(f"demo user {args.user}: {summary}")
    if partner is not None:
        summary = ", ".join(f"{n} {label}" for label, n in sorted(partner_ctx.counts.items())) or "nothing"
        print(f"demo user {args.partner}: {summary}")
        print(f"{args.user} and {args.partner} are linked; sign in as either to see the Together page")
    return 0
