"""``make bench`` measures what ``make install`` runs: a compiled install whose compiled modules
went stale (a source edited since the build) compiles them again before the bench; a current or
pure install goes straight to it.

As in tests/test_makefile20.py, ``make`` runs on a copy of the Makefile with stand-ins for the
venv's python (it logs its arguments; the stale check answers as the case says), ``sudo`` and
``id``. Nothing is installed or measured.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FAKE_PYTHON = """#!/bin/sh
echo "$*" >> "$FAKE_LOG"
case "$*" in
  *up_to_date*) exit "$FAKE_STALE" ;;
  *Python.h*) exit 1 ;;
  *pip*) exit 1 ;;
esac
"""
FAKE_SUDO = """#!/bin/sh
echo "sudo $*" >> "$FAKE_LOG"
exit 1
"""
FAKE_ID = """#!/bin/sh
echo 1000
"""
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make")


def _script(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def _installed(tmp_path: Path, compile_flag: str) -> Path:
    """A copy of the Makefile beside a venv installed with ``COMPILE=compile_flag``."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    _script(tmp_path / "fakebin" / "sudo", FAKE_SUDO)
    _script(tmp_path / "fakebin" / "id", FAKE_ID)
    _script(tmp_path / ".venv" / "bin" / "python", FAKE_PYTHON)
    for name in ("pyproject.toml", "setup.py", "requirements/model.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("", encoding="utf-8")
    stamp = tmp_path / ".venv" / ".installed-stamp"
    stamp.write_text(f"COMPILE={compile_flag}\n", encoding="utf-8")
    later = stamp.stat().st_mtime + 10
    os.utime(stamp, (later, later))
    return tmp_path


def _bench(project: Path, stale: bool) -> tuple[str, list[str]]:
    env = {**os.environ, "FAKE_LOG": str(project / "log"), "FAKE_STALE": "1" if stale else "0",
           "PATH": os.pathsep.join([str(project / "fakebin"), os.environ["PATH"]])}
    result = subprocess.run(["make", "--no-print-directory", "bench"], cwd=project, env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    log = project / "log"
    return result.stdout, log.read_text(encoding="utf-8").splitlines() if log.is_file() else []


def _compiled(log: list[str]) -> bool:
    return any("--no-build-isolation" in line for line in log)


def test_perf28_bench_compiles_stale_modules_first(tmp_path: Path) -> None:
    out, log = _bench(_installed(tmp_path, "1"), stale=True)
    assert "the compiled modules are stale: compiling them again before the bench" in out
    assert _compiled(log)
    assert log[-1] == "bench/throughput.py"  # after the compile


@pytest.mark.parametrize(("compile_flag", "stale"), [("1", False), ("0", True), ("0", False)])
def test_perf28_bench_runs_at_once_on_a_current_or_pure_install(tmp_path: Path, compile_flag: str,
                                                                stale: bool) -> None:
    out, log = _bench(_installed(tmp_path, compile_flag), stale=stale)
    assert "compiling" not in out
    assert not _compiled(log)
    assert log[-1] == "bench/throughput.py"
