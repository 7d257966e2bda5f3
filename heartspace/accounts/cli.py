"""`heartspace user ...`: create accounts from a terminal."""

from __future__ import annotations

import getpass
import sys

from heartspace.cli_support import CLIError, setup_django


def register(subparsers) -> None:
    user = subparsers.add_parser("user", help="manage user accounts")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    create = user_sub.add_parser("create", help="create a user account")
    create.add_argument("name", help="username to sign in with")
    create.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    create.add_argument("--display-name", default="", help="name shown in the app")
    create.add_argument("--email", default="", help="email for password resets and reminders")
    create.add_argument("--time-zone", default="", help="IANA time zone, e.g. Europe/Berlin")
    create.set_defaults(func=cmd_create)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Password again: ") != password:
            raise CLIError("the two passwords are different")
    else:
        raise CLIError("no password given: use --password-stdin, or run in a terminal to be asked")
    return password


def cmd_create(args) -> int:
    setup_django()
    from django.contrib.auth import password_validation
    from django.core.exceptions import ValidationError

    from heartspace.accounts.models import User, validate_time_zone

    name = args.name.strip()
    username_field = User._meta.get_field("username")
    try:
        username_field.run_validators(name)
        if not name:
            raise ValidationError("empty")
    except ValidationError:
        raise CLIError(f"{args.name!r} is not a valid username: use letters, digits and @ . + - _ (max 150)") from None
    if User.objects.filter(username__iexact=name).exists():
        raise CLIError(f"a user named {name!r} already exists")
    if args.time_zone:
        try:
            validate_time_zone(args.time_zone)
        except ValidationError:
            raise CLIError(f"--time-zone {args.time_zone!r} is not a known time zone (e.g. Europe/Berlin)") from None
    password = _read_password(args.password_stdin)
    user = User(username=name, display_name=args.display_name[:80], email=args.email,
                time_zone=args.time_zone, time_zone_confirmed=bool(args.time_zone))
    try:
        password_validation.validate_password(password, user)
    except ValidationError as exc:
        raise CLIError("password not accepted: " + " ".join(exc.messages)) from None
    user.set_password(password)
    if not User.objects.exists():
        user.is_staff = user.is_superuser = True
    user.save()
    print(f"created user {name}")
    return 0
