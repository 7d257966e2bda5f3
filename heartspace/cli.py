"""The `heartspace` command: serve the app, manage users, and reach every feature from a terminal.

Sub-commands live next to the domain they belong to (heartspace/<app>/cli.py) and
register themselves through `register(subparsers)`. Nothing here imports Django at
module level, so `heartspace --help` starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from heartspace import __version__
from heartspace.cli_support import CLIError

# Each module exposes register(subparsers); a missing module is simply skipped so
# a partial checkout still runs.
COMMAND_MODULES = (
    "heartspace.accounts.cli",
    "heartspace.demo_cli",
    "heartspace.checkins.cli",
    "heartspace.practices.cli",
    "heartspace.coach.cli",
    "heartspace.feeds.cli",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="heartspace",
        description="Private practice for deeper relationships: Connection Checks, daily practices, journal and metrics.",
    )
    parser.add_argument("--version", action="version", version=f"heartspace {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    serve = subparsers.add_parser("serve", help="apply migrations and serve the web app")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    serve.add_argument("--workers", type=int, default=None, help="web worker processes (default HS_WORKERS)")
    serve.set_defaults(func=cmd_serve)

    manage = subparsers.add_parser("manage", help="run a Django management command", add_help=False)
    manage.add_argument("args", nargs=argparse.REMAINDER)
    manage.set_defaults(func=cmd_manage)

    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        module.register(subparsers)
    return parser


def cmd_serve(args) -> int:
    from heartspace.server import serve

    return serve(host=args.host, port=args.port, workers=args.workers)


def cmd_manage(args) -> int:
    from heartspace.cli_support import setup_django

    # Management commands decide for themselves (`manage migrate --plan` must see what is pending).
    setup_django(migrate=False)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["heartspace manage", *args.args])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except CLIError as exc:
        print(f"heartspace: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        print("heartspace: stopped", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the CLI promises one line, never a traceback
        from heartspace.config import ConfigError

        if isinstance(exc, ConfigError):
            print(f"heartspace: {exc}", file=sys.stderr)
            return 2
        print(f"heartspace: unexpected error ({type(exc).__name__}): {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
