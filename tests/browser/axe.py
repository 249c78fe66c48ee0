"""Run axe-core (the copy bundled with the axe-playwright-python package) in a Playwright page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import axe_playwright_python

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
BLOCKING = {"serious", "critical"}

ALLOWED: dict[str, str] = {}
"""Rule ids we accept, each with the reason (Streamlit-internal findings we cannot change)."""


def axe_violations(page: Any, impacts: set[str] = BLOCKING) -> list[dict[str, Any]]:
    """Serious and critical violations on the page, minus the allow-list."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v.get("impact") in impacts and v["id"] not in ALLOWED]


def describe(violations: list[dict[str, Any]]) -> str:
    """A readable summary for an assertion message."""
    lines = []
    for v in violations:
        targets = [" ".join(map(str, n.get("target", []))) for n in v.get("nodes", [])[:3]]
        lines.append(f"{v['impact']}: {v['id']}: {v['help']} at {targets}")
    return "\n".join(lines)
