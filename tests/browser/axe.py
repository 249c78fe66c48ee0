"""Run axe-core (the copy bundled with the axe-playwright-python package) in a Playwright page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import axe_playwright_python

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
BLOCKING = {"moderate", "serious", "critical"}
"""Impacts that fail a test: serious and critical always, moderate unless allowed below."""

ALLOWED: dict[tuple[str, str], str] = {}
"""Moderate findings we accept, by (rule id, screen id or "*"), each with the reason: Streamlit itself
causes them and the app cannot change them. Serious and critical findings are never allowed."""


def allowed(rule: str, impact: str | None, screen: str | None) -> bool:
    """Whether a finding is on the allow-list (moderate findings only)."""
    return impact == "moderate" and ((rule, screen or "*") in ALLOWED or (rule, "*") in ALLOWED)


def axe_violations(page: Any, impacts: set[str] = BLOCKING, screen: str | None = None) -> list[dict[str, Any]]:
    """Violations of these impacts on the page, minus the allow-list (for ``screen``)."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        v for v in result["violations"] if v.get("impact") in impacts and not allowed(v["id"], v.get("impact"), screen)
    ]


def describe(violations: list[dict[str, Any]]) -> str:
    """A readable summary for an assertion message."""
    lines = []
    for v in violations:
        targets = [" ".join(map(str, n.get("target", []))) for n in v.get("nodes", [])[:3]]
        lines.append(f"{v['impact']}: {v['id']}: {v['help']} at {targets}")
    return "\n".join(lines)
