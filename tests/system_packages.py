"""Debian packages some tests need, one rule for when one is missing, and one line that says so.

Without a package, the tests that need it are skipped, except under CI (``CI=true``), where a
missing package fails the run. ``make test`` installs the packages when the user may
(``scripts/ensure-system-packages``); otherwise the run ends with one line: how many tests were
skipped for want of which package, and the one command that enables them.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

import pytest

TESTS_NEEDING: dict[str, str] = {
    "chromium": "browser test",
    "libzbar0": "QR-code test",
    "nginx": "front-server test",
}
"""What the tests that need each package are called, in the order ``make test`` names them."""

_REASON = re.compile(r"needs Debian's (\S+) package")


def under_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def missing(package: str, what: str) -> NoReturn:
    """Skip the calling test, or fail it under CI: ``what`` is missing and ``package`` provides it."""
    if package not in TESTS_NEEDING:
        raise ValueError(f"unknown package {package!r}")
    message = f"{what} is missing: needs Debian's {package} package"
    if under_ci():
        pytest.fail(message)
    pytest.skip(message)


def package_skipped_for(reason: str) -> str | None:
    """The package a skip's reason names (a reason :func:`missing` wrote), or None."""
    found = _REASON.search(reason)
    return found.group(1) if found and found.group(1) in TESTS_NEEDING else None


def count_skipped(reports: Iterable[Any]) -> Counter[str]:
    """Tests skipped for want of each package, from pytest's "skipped" reports (one per test)."""
    tests: dict[str, str] = {}
    for report in reports:
        longrepr = getattr(report, "longrepr", None)
        if isinstance(longrepr, tuple) and len(longrepr) == 3:
            package = package_skipped_for(str(longrepr[2]))
            if package is not None:
                tests[report.nodeid] = package
    return Counter(tests.values())


def install_command(packages: Iterable[str], *, root: bool) -> str:
    """The command that installs ``packages``, as ``scripts/ensure-system-packages`` prints it."""
    return ("" if root else "sudo ") + "apt-get install -y " + " ".join(packages)


def skipped_line(counts: Mapping[str, int], *, root: bool, debian: bool = True) -> str | None:
    """The closing line of a run that skipped tests for missing packages; None if it skipped none.

    ``Skipped 95 browser tests (no chromium) and 1 QR-code test (no libzbar0). Enable them with:
    sudo apt-get install -y chromium libzbar0``. Off Debian (no ``apt-get``) it asks the reader to
    install the packages themselves, as the script does.
    """
    packages = [p for p in TESTS_NEEDING if counts.get(p, 0) > 0]
    if not packages:
        return None
    parts = []
    for package in packages:
        count = counts[package]
        noun = TESTS_NEEDING[package] + ("" if count == 1 else "s")
        parts.append(f"{count} {noun} (no {package})")
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    them = "it" if sum(counts[p] for p in packages) == 1 else "them"
    if not debian:
        return f"Skipped {listed}. Not a Debian system: install {' '.join(packages)} yourself to enable {them}."
    return f"Skipped {listed}. Enable {them} with: {install_command(packages, root=root)}"
