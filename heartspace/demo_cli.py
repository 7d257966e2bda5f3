"""`heartspace demo --user NAME`: create a user with generated history."""

from __future__ import annotations

from heartspace.cli_support import CLIError, setup_django


def register(subparsers) -> None:
    demo = subparsers.add_parser("demo", help="create a user with realistic generated history")
    demo.add_argument("--user", required=True, help="username to create (or fill, if it exists and is empty)")
    demo.add_argument("--people", type=int, default=6, help="how many people (default 6)")
    demo.add_argument("--days", type=int, default=120, help="days of history (default 120)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; the same seed gives the same data")
    demo.add_argument("--password", default="heartspace-demo", help="password for a new demo user")
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args) -> int:
    if not 0 <= args.people <= 5000:
        raise CLIError("--people must be between 0 and 5000")
    if not 1 <= args.days <= 3650:
        raise CLIError("--days must be between 1 and 3650")
    setup_django()
    from heartspace.accounts.models import User
    from heartspace.demo import generate
    from heartspace.people.models import Person

    user = User.objects.filter(username=args.user).first()
    if user is None:
        user = User(username=args.user, display_name=args.user.capitalize(), time_zone="Europe/London",
                    time_zone_confirmed=True)
        user.set_password(args.password)
        if not User.objects.exists():
            user.is_staff = user.is_superuser = True
        user.save()
    elif Person.objects.filter(owner=user).exists():
        raise CLIError(f"user {args.user!r} already has data; pick a new name for the demo")
    ctx = generate(user, people=args.people, days=args.days, seed=args.seed)
    user.practice_started_on = ctx.today - __import__("datetime").timedelta(days=args.days)
    user.save(update_fields=["practice_started_on"])
    summary = ", ".join(f"{n} {label}" for label, n in sorted(ctx.counts.items())) or "nothing"
    print(f"demo user {args.user}: {summary}")
    return 0
