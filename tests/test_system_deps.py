"""scripts/ensure-system-deps.sh on a fake bare machine: installs with apt-get, or says exactly what to install."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "ensure-system-deps.sh"
ALL = "apt-get install postgresql chromium chromium-driver npm"

# apt-get stand-in: APT_FAIL=update|install makes that step fail loudly; APT_WORKS=1 "installs" the tools.
FAKE_APT = """#!/bin/bash
echo "E: apt says something long and technical" >&2
[ "$1" = "$APT_FAIL" ] && exit 100
if [ "$1" = install ] && [ "$APT_WORKS" = 1 ]; then
  mkdir -p "$SYSTEM_ROOT/usr/lib/postgresql/17/bin" "$SYSTEM_ROOT/usr/bin"
  for f in usr/lib/postgresql/17/bin/initdb usr/bin/chromium usr/bin/chromedriver; do
    printf '#!/bin/sh\\n' > "$SYSTEM_ROOT/$f"; chmod +x "$SYSTEM_ROOT/$f"
  done
  printf '#!/bin/sh\\n' > "$FAKE_BIN/npm"; chmod +x "$FAKE_BIN/npm"
fi
exit 0
"""


def run(tmp_path, uid="0", **env):
    fake_bin, root = tmp_path / "bin", tmp_path / "root"
    fake_bin.mkdir(exist_ok=True)
    root.mkdir(exist_ok=True)
    for tool in ("ls", "mktemp", "rm", "mkdir", "chmod"):
        if not (fake_bin / tool).exists():
            (fake_bin / tool).symlink_to(shutil.which(tool))
    (fake_bin / "id").write_text(f"#!/bin/sh\necho {uid}\n")
    (fake_bin / "apt-get").write_text(FAKE_APT)
    for stub in ("id", "apt-get"):
        (fake_bin / stub).chmod(0o755)
    environ = {"PATH": str(fake_bin), "SYSTEM_ROOT": str(root), "FAKE_BIN": str(fake_bin), "TMPDIR": str(tmp_path),
               "APT_FAIL": "", "APT_WORKS": "", **env}
    return subprocess.run([shutil.which("bash"), str(SCRIPT)], env=environ, capture_output=True, text=True, timeout=30)


@pytest.mark.parametrize("step", ["update", "install"])
def test_a_failing_apt_get_ends_with_one_line_saying_what_to_install(tmp_path, step):
    result = run(tmp_path, APT_FAIL=step)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr  # apt's own noise went to a log file
    assert f"apt-get {step} failed" in lines[0] and lines[0].endswith(ALL)
    log = lines[0].split("its output is in ", 1)[1].split(")", 1)[0]
    assert "apt says something" in Path(log).read_text()


def test_apt_get_that_installs_nothing_useful_is_not_trusted(tmp_path):
    result = run(tmp_path)
    assert result.returncode != 0
    assert "still cannot be found" in result.stderr and result.stderr.strip().endswith(ALL)


def test_not_root_says_what_to_install_without_trying(tmp_path):
    result = run(tmp_path, uid="1000", APT_FAIL="update")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        f"make test: missing postgresql chromium chromium-driver npm (not root on Debian, so not installing them); "
        f"install these Debian packages, then run it again: {ALL}"]


def test_successful_install_passes_and_leaves_no_log(tmp_path):
    result = run(tmp_path, APT_WORKS="1")
    assert result.returncode == 0, result.stderr
    assert not list(tmp_path.glob("heartspace-apt.*"))
    assert run(tmp_path).stdout == ""  # second run: everything present, nothing to do


def test_script_is_valid_bash():
    assert subprocess.run(["bash", "-n", str(SCRIPT)]).returncode == 0
