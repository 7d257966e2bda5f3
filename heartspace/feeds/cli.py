"""`heartspace import vcard`, `heartspace export vcard|ics` and `heartspace remind`.

No Django import at module level: `heartspace --help` stays fast.
"""

from __future__ import annotations

import json
import os
import sys

from heartspace.cli_support import CLIError, get_user_or_fail, setup_django

PROGRESS_MIN_BYTES = 512 * 1024


def register(subparsers) -> None:
    importer = subparsers.add_parser("import", help="import data (contacts from a vCard file)")
    import_kinds = importer.add_subparsers(dest="import_kind", metavar="KIND")
    vcard = import_kinds.add_parser("vcard", help="import people from a .vcf file (preview, then confirm)")
    vcard.add_argument("file", metavar="FILE", help="the .vcf file (vCard 2.1, 3.0 or 4.0)")
    vcard.add_argument("--user", required=True, metavar="NAME", help="whose people to import into")
    vcard.add_argument("--yes", action="store_true", help="import without asking for confirmation")
    vcard.add_argument("--json", action="store_true",
                       help='print {"created": N, "updated": N, "skipped": [{"card", "name", "reason"}]}')
    vcard.set_defaults(func=cmd_import_vcard)
    importer.set_defaults(func=_needs_kind(importer))

    exporter = subparsers.add_parser("export", help="export data (contacts as vCard, calendar as iCalendar)")
    export_kinds = exporter.add_subparsers(dest="export_kind", metavar="KIND")
    vcard_out = export_kinds.add_parser("vcard", help="write all people as one vCard 4.0 file to standard output")
    vcard_out.add_argument("--user", required=True, metavar="NAME")
    vcard_out.set_defaults(func=cmd_export_vcard)
    ics_out = export_kinds.add_parser("ics", help="write the calendar feed to standard output")
    ics_out.add_argument("--user", required=True, metavar="NAME")
    ics_out.set_defaults(func=cmd_export_ics)
    exporter.set_defaults(func=_needs_kind(exporter))

    remind = subparsers.add_parser("remind", help="send due reminder emails (safe to run as several processes)")
    mode = remind.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pass, then exit (the default)")
    mode.add_argument("--loop", action="store_true", help="keep running, one pass every --interval seconds")
    remind.add_argument("--interval", type=int, default=60, metavar="SECONDS", help="seconds between passes (default 60)")
    remind.set_defaults(func=cmd_remind)


def _needs_kind(parser):
    def handler(args) -> int:
        parser.print_usage(sys.stderr)
        raise CLIError(f"say what to {parser.prog.split()[-1]}: vcard" + (" or ics" if "export" in parser.prog else ""))

    return handler


class _ProgressReader:
    """Wraps the file, drawing a progress bar on stderr from how far it has been read."""

    def __init__(self, handle, total: int, enabled: bool):
        self.handle = handle
        self.total = max(total, 1)
        self.enabled = enabled
        self.read_bytes = 0
        self.cards = 0
        self.last_drawn = -1

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.read_bytes += len(data)
        self.draw()
        return data

    def on_cards(self, count: int) -> None:
        self.cards = count
        self.draw()

    def draw(self, final: bool = False) -> None:
        if not self.enabled:
            return
        percent = min(100, self.read_bytes * 100 // self.total)
        if percent == self.last_drawn and not final:
            return
        self.last_drawn = percent
        filled = percent * 30 // 100
        sys.stderr.write(f"\rReading contacts [{'#' * filled}{'.' * (30 - filled)}] {percent:3d}%  {self.cards:,} cards")
        if final:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _describe(preview) -> str:
    lines = [f"{len(preview.to_create)} new, {len(preview.to_merge)} already here (will be merged), "
             f"{len(preview.skipped)} cannot be read."]
    for card in preview.to_merge[:20]:
        lines.append(f"  merge: card {card.index} {card.contact.name} -> {card.match_name} (same {card.match_reason})")
    for item in preview.skipped[:20]:
        lines.append(f"  skip:  card {item['card']} {item['name'] or '(no name)'}: {item['reason']}")
    return "\n".join(lines)


def cmd_import_vcard(args) -> int:
    setup_django()
    from heartspace.feeds import imports

    user = get_user_or_fail(args.user)
    try:
        handle = open(args.file, "rb")  # noqa: SIM115 - closed below
    except IsADirectoryError:
        raise CLIError(f"{args.file} is a folder, not a .vcf file") from None
    except OSError as exc:
        raise CLIError(f"cannot open {args.file}: {exc.strerror or exc}") from None
    with handle:
        size = os.fstat(handle.fileno()).st_size
        show_progress = sys.stderr.isatty() and size >= PROGRESS_MIN_BYTES and not args.json
        reader = _ProgressReader(handle, size, show_progress)
        try:
            preview = imports.preview(user, reader, progress=reader.on_cards)
        except imports.UnreadableFile as exc:
            raise CLIError(f"{args.file}: {exc}") from None
        finally:
            if show_progress:
                reader.draw(final=True)
    if not args.yes:
        if not (sys.stdin.isatty() and sys.stdout.isatty()) or args.json:
            raise CLIError("not importing without confirmation: run it in a terminal to be asked, or add --yes", code=2)
        print(_describe(preview))
        answer = input("Import these? [y/N] ").strip().lower()
        if answer not in {"y", "yes"}:
            print("Nothing imported.")
            return 0
    outcome = imports.apply(user, preview.cards, preview.skipped)
    if args.json:
        print(json.dumps(outcome.to_json(), ensure_ascii=False))
    else:
        print(f"Imported {outcome.created} new, updated {outcome.updated}, skipped {len(outcome.skipped)}.")
        for item in outcome.skipped:
            print(f"  card {item['card']} {item['name'] or '(no name)'}: {item['reason']}")
    return 0


def cmd_export_vcard(args) -> int:
    setup_django()
    from heartspace.feeds.imports import export_chunks

    user = get_user_or_fail(args.user)
    out = sys.stdout.buffer
    for chunk in export_chunks(user):
        out.write(chunk.encode("utf-8"))
    out.flush()
    return 0


def cmd_export_ics(args) -> int:
    setup_django()
    from heartspace.feeds.access import feed_token_for_user
    from heartspace.feeds.calendar_feed import build_calendar
    from heartspace.feeds.models import FeedToken

    user = get_user_or_fail(args.user)
    token = feed_token_for_user(user) or FeedToken(owner=user)
    sys.stdout.buffer.write(build_calendar(user, token))
    sys.stdout.buffer.flush()
    return 0


def cmd_remind(args) -> int:
    if args.interval < 5:
        raise CLIError("--interval must be at least 5 seconds")
    setup_django()
    import threading

    from heartspace.feeds.worker import run_loop, run_once

    if not args.loop:
        report = run_once()
        print(f"reminders: {report}")
        return 0
    stop = threading.Event()
    print(f"heartspace reminders: running every {args.interval} s (Ctrl-C to stop)", file=sys.stderr, flush=True)
    try:
        run_loop(stop, args.interval, on_report=lambda report: print(f"reminders: {report}", flush=True)
                 if report.sent or report.failed or report.uncertain else None)
    except KeyboardInterrupt:
        stop.set()
        print("heartspace reminders: stopped", file=sys.stderr)
    return 0
