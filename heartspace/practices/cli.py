"""`heartspace practices ...`: today's practices, and quick logging from a terminal.

    heartspace practices today --user NAME
    heartspace practices bid --user NAME --response toward [--person NAME] [--by me|them] [--kind question]
    heartspace practices disclose --user NAME [--kind worry|regret|appreciation] [--person NAME] TEXT   (or - for stdin)
    heartspace practices timeout --user NAME [--minutes N] [--person NAME] [--topic TEXT]

No Django import at module level; each handler calls setup_django(). Private text is never echoed back.
"""

from __future__ import annotations

import sys

from heartspace.cli_support import CLIError, get_user_or_fail, setup_django

RESPONSES = ("toward", "away", "against")
BID_KINDS = ("question", "touch", "joke", "other")
DISCLOSURE_KINDS = ("worry", "regret", "appreciation")
MAX_TEXT_CHARS = 10_000


def register(subparsers) -> None:
    practices = subparsers.add_parser("practices", help="daily practices: today, bids, disclosures, time-outs")
    commands = practices.add_subparsers(dest="practices_command", metavar="ACTION")

    today = commands.add_parser("today", help="today's prompt, rituals due today and time-outs to come back to")
    today.add_argument("--user", required=True)
    today.set_defaults(func=cmd_today)

    bid = commands.add_parser("bid", help="log a bid for connection")
    bid.add_argument("--user", required=True)
    bid.add_argument("--response", required=True, choices=RESPONSES, help="how it was answered")
    bid.add_argument("--by", default="them", choices=("me", "them"), help="who made the bid (default them)")
    bid.add_argument("--kind", default="question", choices=BID_KINDS)
    bid.add_argument("--person", help="the person's name, as in your people list")
    bid.set_defaults(func=cmd_bid)

    disclose = commands.add_parser("disclose", help="save today's honest statement")
    disclose.add_argument("--user", required=True)
    disclose.add_argument("--kind", default="worry", choices=DISCLOSURE_KINDS)
    disclose.add_argument("--person")
    disclose.add_argument("text", help="the statement, or - to read it from standard input")
    disclose.set_defaults(func=cmd_disclose)

    timeout = commands.add_parser("timeout", help="start a time-out and schedule the come-back reminder")
    timeout.add_argument("--user", required=True)
    timeout.add_argument("--minutes", type=int, help="calm-down minutes (default: your setting, 20)")
    timeout.add_argument("--person")
    timeout.add_argument("--topic", default="")
    timeout.set_defaults(func=cmd_timeout)

    practices.set_defaults(func=lambda args: practices.print_help() or 0)


def _person(user, name):
    if not name:
        return None
    from heartspace.people.access import people_for_user

    matches = list(people_for_user(user).filter(name__iexact=name.strip())[:2])
    if not matches:
        raise CLIError(f"no person named {name!r} in your people list")
    if len(matches) > 1:
        raise CLIError(f"more than one person is named {name!r}; rename one in the app first")
    return matches[0]


def cmd_today(args) -> int:
    setup_django()
    from heartspace.practices import content, services
    from heartspace.practices.models import Disclosure

    user = get_user_or_fail(args.user)
    today = user.local_today()
    written = Disclosure.objects.filter(owner=user, day=today).exists()
    print(f"Today's prompt: {content.prompt_for(today).text}" + ("  (written)" if written else ""))
    rituals = services.rituals_due_on(user, today)
    print("Rituals due today:" if rituals else "No rituals due today.")
    for ritual, recorded in rituals:
        who = f" with {ritual.person.name}" if ritual.person_id else ""
        print(f"  {ritual.time_of_day:%H:%M}  {ritual.title}{who}" + ("  (done)" if recorded else ""))
    waiting = list(services.unresolved_timeouts(user, limit=10))
    if waiting:
        print("Time-outs to come back to:")
        for timeout in waiting:
            who = f" with {timeout.person.name}" if timeout.person_id else ""
            print(f"  since {timeout.started_at.astimezone(user.zoneinfo()):%a %d %b %H:%M}{who}")
    return 0


def cmd_bid(args) -> int:
    setup_django()
    from heartspace.practices import services
    from heartspace.practices.models import Bid

    user = get_user_or_fail(args.user)
    bid = Bid(owner=user, person=_person(user, args.person), made_by=args.by, kind=args.kind, response=args.response)
    services.log_bid(bid)
    print(f"logged a bid: turned {args.response}")
    return 0


def _read_text(value: str) -> str:
    text = sys.stdin.read() if value == "-" else value
    text = (text or "").strip()
    if not text:
        raise CLIError("the statement is empty; write a few words (even one short sentence counts)")
    if len(text) > MAX_TEXT_CHARS:
        raise CLIError(f"the statement is longer than {MAX_TEXT_CHARS:,} characters; keep what matters most")
    return text


def cmd_disclose(args) -> int:
    setup_django()
    from heartspace.practices import content
    from heartspace.practices.models import Disclosure

    user = get_user_or_fail(args.user)
    text = _read_text(args.text)
    today = user.local_today()
    Disclosure.objects.create(owner=user, person=_person(user, args.person), kind=args.kind, text=text, day=today,
                              prompt_key=content.prompt_for(today).key)
    print(f"saved today's statement ({today:%a %d %b})")
    return 0


def cmd_timeout(args) -> int:
    setup_django()
    from heartspace.practices import services

    user = get_user_or_fail(args.user)
    minutes = args.minutes if args.minutes is not None else services.settings_for(user).timeout_minutes
    if not 1 <= minutes <= 240:
        raise CLIError("--minutes must be between 1 and 240")
    if len(args.topic) > 300:
        raise CLIError("--topic is longer than 300 characters")
    timeout = services.start_timeout(user, _person(user, args.person), minutes, args.topic.strip())
    print(f"time-out started: come back by {timeout.return_by.astimezone(user.zoneinfo()):%H:%M}")
    return 0
