"""vCard import: throughput on a generated 10,000-card file, memory as the file grows, and the
real-client sample files in ../shared/data/vcards/ when present. Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/vcard_import.py [--cards 10000] [--skip-db]

Figures:
- parse: the streaming pre-pass + vobject, cards/s (target >= 1,000 cards/s for the whole import)
- import: preview (parse + match against existing people) + one-transaction write into a fresh
  SQLite database, cards/s
- peak memory (tracemalloc) while parsing files of growing size: stays flat when streaming works
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import quopri
import random
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data" / "vcards"

FIRST = ["Sam", "Ana", "Maya", "Jordan", "Priya", "Tomás", "Noor", "Kenji", "Léa", "Olu", "Мария", "山田", "נועה", "Zoë"]
LAST = ["Nakamura", "Souza", "Okafor", "Haddad", "Lefèvre", "Иванова", "花子", "כהן", "Brown", "Kim", "Raman"]
# A tiny valid JPEG header + payload, about 3 kB encoded: a realistic thumbnail size for address books.
PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(random.Random(1).randrange(256) for _ in range(2200)))


def _card(n: int, rng: random.Random) -> bytes:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {last} {n}"
    style = n % 4
    if style == 0:  # Android 2.1 with quoted-printable
        qp = quopri.encodestring(name.encode()).replace(b"=\n", b"=\r\n").strip()
        lines = [b"BEGIN:VCARD", b"VERSION:2.1", b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + quopri.encodestring(
            last.encode()).strip() + b";" + quopri.encodestring(first.encode()).strip() + b";;;",
                 b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:" + qp,
                 f"TEL;CELL:+44 7700 {n:06d}".encode(), f"EMAIL;HOME:p{n}@example.org".encode(), b"END:VCARD"]
        return b"\r\n".join(lines) + b"\r\n"
    if style == 1:  # Apple 3.0, folded photo on one in ten
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{name}", "NICKNAME:" + first[:3],
                 f"item1.TEL;type=pref:+1 555 {n:07d}", f"EMAIL;type=INTERNET;type=HOME:p{n}@example.net",
                 f"BDAY:19{rng.randint(50, 99)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                 "NOTE:Met at the climbing wall\\, likes long walks.\\nSecond line."]
        text = "\n".join(lines).encode()
        if n % 10 == 1:
            photo = b"PHOTO;ENCODING=b;TYPE=JPEG:" + PHOTO
            text += b"\n" + b"\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
        return text + b"\nEND:VCARD\n"
    if style == 2:  # 4.0
        lines = ["BEGIN:VCARD", "VERSION:4.0", f"UID:urn:uuid:00000000-0000-4000-8000-{n:012d}", f"FN:{name}",
                 f"N:{last};{first};;;", f"BDAY:--{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                 f"TEL;VALUE=uri;TYPE=cell:tel:+33-6-{n:08d}", f"EMAIL;TYPE=work:w{n}@example.fr", "END:VCARD"]
        return ("\r\n".join(lines) + "\r\n").encode()
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"TEL;TYPE=WORK:+49 30 {n:07d}", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("latin-1", "replace")


def generate(cards: int) -> bytes:
    rng = random.Random(cards)
    return b"".join(_card(n, rng) for n in range(cards))


def bench_parse(data: bytes) -> tuple[int, float, float]:
    from heartspace.contacts import parse_stream

    start, cpu = time.perf_counter(), time.process_time()
    count = sum(1 for result in parse_stream(io.BytesIO(data)) if result.ok)
    return count, time.perf_counter() - start, time.process_time() - cpu


def peak_memory(data: bytes) -> int:
    from heartspace.contacts import parse_stream

    stream = io.BytesIO(data)
    tracemalloc.start()
    for _ in parse_stream(stream):
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def setup_django(data_dir: str) -> None:
    os.environ["HS_DATA_DIR"] = data_dir
    os.environ["HS_DATABASE_URL"] = ""
    os.environ["HS_REMINDERS"] = "off"
    os.environ["DJANGO_SETTINGS_MODULE"] = "heartspace.settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def bench_import(data: bytes, username: str) -> tuple[dict, float, float]:
    from heartspace.accounts.models import User
    from heartspace.feeds import imports

    user = User.objects.create(username=username)
    start, cpu = time.perf_counter(), time.process_time()
    preview = imports.preview(user, io.BytesIO(data))
    outcome = imports.apply(user, preview.cards, preview.skipped)
    return outcome.to_json(), time.perf_counter() - start, time.process_time() - cpu


def bench_reimport(data: bytes, username: str) -> tuple[dict, float, float]:
    from heartspace.accounts.models import User
    from heartspace.feeds import imports

    user = User.objects.get(username=username)
    start, cpu = time.perf_counter(), time.process_time()
    preview = imports.preview(user, io.BytesIO(data))
    outcome = imports.apply(user, preview.cards, preview.skipped)
    return outcome.to_json(), time.perf_counter() - start, time.process_time() - cpu


def shared_report() -> None:
    from heartspace.contacts import UnreadableFile, parse_stream

    files = sorted(SHARED.glob("*.vcf")) if SHARED.is_dir() else []
    if not files:
        print("\nreal-client files: ../shared/data/vcards/ not present, skipped")
        return
    print(f"\nreal-client files in {SHARED} ({len(files)} files)")
    totals = [0, 0, 0]
    for path in files:
        try:
            with open(path, "rb") as handle:
                results = list(parse_stream(handle))
        except UnreadableFile as exc:
            print(f"  {path.name}: file not readable: {exc}")
            continue
        ok = [r for r in results if r.ok]
        skipped = [r for r in results if not r.ok]
        totals[0] += len(results)
        totals[1] += len(ok)
        totals[2] += len(skipped)
        print(f"  {path.name}: {len(results)} found, {len(ok)} imported, {len(skipped)} skipped")
        for r in skipped:
            print(f"      card {r.index}: {r.reason}")
        for r in ok:
            for warning in r.warnings:
                print(f"      card {r.index} ({r.contact.name}): {warning}")
    print(f"  total: {totals[0]} cards found, {totals[1]} imported, {totals[2]} skipped")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--skip-db", action="store_true", help="parse only, no database import")
    args = parser.parse_args()

    data = generate(args.cards)
    print(f"generated file: {args.cards:,} cards, {len(data) / 1e6:.1f} MB (2.1 QP, 3.0 folded with photos, 4.0, Latin-1)")
    bench_parse(generate(200))  # warm up imports and caches
    count, seconds, cpu = bench_parse(data)
    print(f"machine load average: {', '.join(f'{v:.1f}' for v in os.getloadavg())} on {os.cpu_count()} cores "
          "(wall-clock figures suffer when the machine is busy; CPU-time figures do not)")
    print(f"parse:  {count:,} cards in {seconds:.2f} s wall = {count / seconds:,.0f} cards/s; "
          f"{cpu:.2f} s CPU = {count / cpu:,.0f} cards/s of CPU")

    print("\npeak memory while parsing (tracemalloc), as the file grows:")
    for size in (1_000, 4_000, 16_000):
        sample = generate(size)
        peak = peak_memory(sample)
        print(f"  {size:>6,} cards, file {len(sample) / 1e6:5.1f} MB: peak {peak / 1e6:5.2f} MB")

    if not args.skip_db:
        with tempfile.TemporaryDirectory(prefix="hs-bench-") as tmp:
            setup_django(tmp)
            outcome, total, cpu = bench_import(data, "bench")
            print(f"\nimport into a fresh SQLite account: created {outcome['created']:,}, updated {outcome['updated']:,}, "
                  f"skipped {len(outcome['skipped'])}")
            print(f"  preview + write: {total:.2f} s wall = {args.cards / total:,.0f} cards/s; "
                  f"{cpu:.2f} s CPU = {args.cards / cpu:,.0f} cards/s of CPU (target >= 1,000)")
            outcome, total, cpu = bench_reimport(data, "bench")
            print(f"same file again into that account (every card matches): updated {outcome['updated']:,} "
                  f"in {total:.2f} s wall = {args.cards / total:,.0f} cards/s; {args.cards / cpu:,.0f} cards/s of CPU")
            shared_report()
    else:
        shared_report()


if __name__ == "__main__":
    main()
