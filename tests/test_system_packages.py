"""Honest skips: a missing Debian package skips its tests (fails them under CI), and the run ends
with one line counting them and naming the one command that enables them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import ROOT
from tests.system_packages import count_skipped, install_command, missing, package_skipped_for, skipped_line

SCRIPT = ROOT / "scripts" / "ensure-system-packages"


def test_no_line_when_nothing_was_skipped_for_a_package() -> None:
    assert skipped_line({}, root=False) is None
    assert skipped_line({"chromium": 0}, root=False) is None


def test_the_line_counts_browser_tests_and_names_the_command() -> None:
    assert skipped_line({"chromium": 95}, root=False) == (
        "Skipped 95 browser tests (no chromium). Enable them with: sudo apt-get install -y chromium"
    )
    assert skipped_line({"chromium": 1}, root=False) == (
        "Skipped 1 browser test (no chromium). Enable it with: sudo apt-get install -y chromium"
    )


def test_several_packages_make_one_line_and_one_command_in_the_makefile_order() -> None:
    assert skipped_line({"nginx": 8, "chromium": 95, "libzbar0": 1}, root=False) == (
        "Skipped 95 browser tests (no chromium), 1 QR-code test (no libzbar0) and 8 front-server tests (no nginx). "
        "Enable them with: sudo apt-get install -y chromium libzbar0 nginx"
    )


def test_root_needs_no_sudo_and_off_debian_the_reader_installs_them() -> None:
    assert skipped_line({"chromium": 2}, root=True) == (
        "Skipped 2 browser tests (no chromium). Enable them with: apt-get install -y chromium"
    )
    assert skipped_line({"chromium": 2}, root=False, debian=False) == (
        "Skipped 2 browser tests (no chromium). Not a Debian system: install chromium yourself to enable them."
    )


def test_skips_are_counted_once_per_test_and_only_for_missing_packages() -> None:
    def skipped(nodeid: str, reason: str) -> SimpleNamespace:
        return SimpleNamespace(nodeid=nodeid, longrepr=("conftest.py", 1, f"Skipped: {reason}"))

    reports = [
        skipped("a", "/usr/bin/chromium is missing: needs Debian's chromium package"),
        skipped("a", "/usr/bin/chromium is missing: needs Debian's chromium package"),
        skipped("b", "/usr/bin/chromium is missing: needs Debian's chromium package"),
        skipped("c", "/usr/sbin/nginx is missing: needs Debian's nginx package"),
        skipped("d", "not on Tuesdays"),
        skipped("e", "x is missing: needs Debian's firefox package"),
        SimpleNamespace(nodeid="f", longrepr=None),
    ]
    assert count_skipped(reports) == {"chromium": 2, "nginx": 1}
    assert package_skipped_for("needs Debian's libzbar0 package") == "libzbar0"


def test_a_missing_package_skips_outside_ci_and_fails_under_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as skip:
        missing("chromium", "/usr/bin/chromium")
    assert package_skipped_for(str(skip.value)) == "chromium"
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="/usr/bin/chromium is missing: needs Debian's chromium package"):
        missing("chromium", "/usr/bin/chromium")
    with pytest.raises(ValueError, match="unknown package"):
        missing("firefox", "firefox")


def _script(tmp_path: Path, *args: str, apt: bool = True, **env: str) -> subprocess.CompletedProcess[str]:
    """The script as a user who may not install packages runs it: not root, no sudo on the PATH."""
    bin_dir = tmp_path / ("bin" if apt else "bin-without-apt")
    bin_dir.mkdir(exist_ok=True)
    fakes = {"id": "echo 1000", "apt-get": "echo apt-get must not run >&2; exit 9"}
    for name, body in fakes.items():
        if name == "apt-get" and not apt:
            continue
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    return subprocess.run(
        ["/bin/sh", str(SCRIPT), *args],
        env={"PATH": str(bin_dir), **env},
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_the_install_script_names_the_same_command_as_the_last_line(tmp_path: Path) -> None:
    gone = {"VITD_CHROMIUM": str(tmp_path / "no-chromium"), "VITD_NGINX": str(tmp_path / "no-nginx")}
    done = _script(tmp_path, "chromium", "nginx", **gone)
    assert done.returncode == 0
    assert done.stderr.splitlines()[0] == "Run: " + install_command(["chromium", "nginx"], root=False)
    assert "last line counts them" in done.stderr
    assert install_command(["chromium", "nginx"], root=False) in skipped_line({"chromium": 3, "nginx": 1}, root=False)

    assert _script(tmp_path, "--required", "nginx", **gone).returncode == 1
    assert _script(tmp_path, "chromium", VITD_CHROMIUM="/bin/sh").stderr == ""  # present: nothing to say

    elsewhere = _script(tmp_path, "chromium", apt=False, **gone)
    assert "install chromium yourself" in elsewhere.stderr
    assert "install chromium yourself" in str(skipped_line({"chromium": 1}, root=False, debian=False))


def test_a_run_without_chromium_ends_with_the_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["VITD_CHROMIUM"] = str(tmp_path / "no-chromium")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/browser/test_keyboard.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:]
    *_, stats, last = done.stdout.strip().splitlines()
    skipped = re.fullmatch(r"(\d+) skipped in .*", stats)
    assert skipped, stats
    count = int(skipped.group(1))
    assert count > 0
    root, debian = os.geteuid() == 0, shutil.which("apt-get") is not None
    assert last == skipped_line({"chromium": count}, root=root, debian=debian)
