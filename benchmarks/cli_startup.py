"""How fast `heartspace --help` starts (target under 300 ms). Prints figures; asserts nothing.

Run: .venv/bin/python benchmarks/cli_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    command = [sys.executable, "-m", "heartspace.cli", "--help"]
    subprocess.run(command, capture_output=True, cwd=ROOT, check=True)  # warm the file cache
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, cwd=ROOT, check=True)
        times.append((time.perf_counter() - start) * 1000)
    bare = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], capture_output=True, check=True)
        bare.append((time.perf_counter() - start) * 1000)
    print(f"heartspace --help over {args.runs} runs: median {statistics.median(times):.0f} ms, "
          f"max {max(times):.0f} ms (target < 300 ms)")
    print(f"bare Python start for comparison: median {statistics.median(bare):.0f} ms")


if __name__ == "__main__":
    main()
