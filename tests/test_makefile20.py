"""The Makefile's install and compile steps on machines that cannot do everything: no venv yet,
no network, sudo that wants a password, and a COMPILE that differs from the last install's.

Each test runs ``make`` on a copy of the Makefile in a directory of its own, with stand-ins for
the venv's python (a shell script that logs its arguments and fails where the case says) and for
``sudo`` and ``id``. Nothing is installed.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# The venv's python: no Python headers, no network for pip, and a one-line answer for the rest.
FAKE_PYTHON = """#!/bin/sh
echo "$*" >> "$FAKE_LOG"
case "$*" in
  *Python.h*) exit 1 ;;
  *-dev*) echo python3.99-dev ;;
  *compiled*) echo "newsevents: pure Python: stand-in" ;;
  *pip*) echo "no network" >&2; exit 1 ;;
esac
"""
# sudo that wants a password: with -n it fails at once, without it it would wait (here: hang).
FAKE_SUDO = """#!/bin/sh
echo "sudo $*" >> "$FAKE_LOG"
[ "$1" = "-n" ] && { echo "sudo: a password is required" >&2; exit 1; }
sleep 600
"""
FAKE_ID = """#!/bin/sh
echo 1000
"""
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="no make")


def _script(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A directory with the Makefile and stand-ins for sudo and id (a user who is not root)."""
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    _script(tmp_path / "fakebin" / "sudo", FAKE_SUDO)
    _script(tmp_path / "fakebin" / "id", FAKE_ID)
    return tmp_path


def _venv(project: Path) -> None:
    _script(project / ".venv" / "bin" / "python", FAKE_PYTHON)


def _make(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FAKE_LOG": str(project / "log"),
           "PATH": os.pathsep.join([str(project / "fakebin"), os.environ["PATH"]])}
    return subprocess.run(["make", "--no-print-directory", *args], cwd=project, env=env, capture_output=True,
                          text=True, timeout=60, check=False)


def _log(project: Path) -> list[str]:
    path = project / "log"
    return path.read_text(encoding="utf-8").splitlines() if path.is_file() else []


@pytest.mark.parametrize("target", ["compile", "build-tools"])
def test_makefile_compile_before_install_says_so(project: Path, target: str) -> None:
    result = _make(project, target)
    assert result.returncode != 0
    assert "newsevents: no .venv yet: run make install first" in result.stdout
    assert not (project / ".venv").exists()


def test_makefile_build_tools_never_wait_for_a_password(project: Path) -> None:
    _venv(project)
    result = _make(project, "build-tools")
    assert result.returncode == 0
    assert "apt could not install them" in result.stdout
    assert [line for line in _log(project) if line.startswith("sudo")] == ["sudo -n apt-get update -q"]


def test_makefile_compile_offline_goes_on(project: Path) -> None:
    _venv(project)
    result = _make(project, "compile")
    assert result.returncode == 0, result.stderr
    assert "could not install setuptools>=77 (offline?)" in result.stdout
    assert "the compile step failed" in result.stdout
    assert "newsevents: pure Python: stand-in" in result.stdout


def _installed(project: Path, compile_flag: str) -> None:
    """A venv installed before with ``COMPILE=compile_flag``, its stamp newer than what it was built from."""
    _venv(project)
    for name in ("pyproject.toml", "setup.py", "requirements/model.txt"):
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text("", encoding="utf-8")
    stamp = project / ".venv" / ".installed-stamp"
    stamp.write_text(f"COMPILE={compile_flag}\n", encoding="utf-8")
    later = stamp.stat().st_mtime + 10
    os.utime(stamp, (later, later))


def test_makefile_install_compiles_after_a_pure_install(project: Path) -> None:
    _installed(project, "0")
    result = _make(project, "install")
    assert result.returncode == 0, result.stderr
    assert "compiling the hot modules" in result.stdout
    assert (project / ".venv" / ".installed-stamp").read_text(encoding="utf-8").strip() == "COMPILE=1"


def test_makefile_pure_install_after_a_compiled_one_says_how(project: Path) -> None:
    _installed(project, "1")
    result = _make(project, "install", "COMPILE=0")
    assert result.returncode == 0
    assert "make clean install COMPILE=0" in result.stdout
    assert _log(project) == []


def test_makefile_the_same_install_again_does_nothing(project: Path) -> None:
    _installed(project, "1")
    result = _make(project, "install")
    assert result.returncode == 0 and _log(project) == []
    assert "newsevents" not in result.stdout
