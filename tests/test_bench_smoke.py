"""Smoke test of the load benchmark: it still speaks Streamlit's protocol to every screen.

No timing is asserted; ``python bench/load.py`` is run on demand for the figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.system_packages import missing
from vitd.screens import SCREENS

ROOT = Path(__file__).resolve().parent.parent
SUMMARY_KEYS = {"runs", "errors", "error_kinds", "p50_s", "p95_s", "max_s", "mean_kib", "error_panels", "kinds"}
LEVEL_KEYS = {
    "server",
    "sessions",
    "warm_up",
    "load",
    "interaction",
    "errors",
    "error_samples",
    "server_cpu_s",
    "server_rss_mib",
    "deadline_hit",
}


def test_load_benchmark_runs_every_screen_without_errors(tmp_path: Path) -> None:
    out = tmp_path / "load.json"
    command = [sys.executable, "bench/load.py", "-n", "5", "-k", "1", "--settle", "0", "--deadline", "60"]
    done = subprocess.run(
        [*command, "--run-timeout", "30", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))

    assert {"machine", "command", "pinning", "levels", "soak", "checks"} <= report.keys()
    (level,) = report["levels"]
    assert level["sessions"] == 5
    assert {"app", "baseline", "ratio_p95", "speedup_p95"} <= level.keys()
    for side in ("app", "baseline"):
        result = level[side]
        assert result.keys() >= LEVEL_KEYS
        assert result["load"]["overall"].keys() >= SUMMARY_KEYS
        assert {"before", "open", "peak", "after"} == result["server_rss_mib"].keys()
        assert result["errors"] == 0, result["error_samples"]
        assert result["warm_up_errors"] == []
        assert not result["deadline_hit"]
        assert result["load"]["overall"]["runs"] == 5

    app = level["app"]
    # The warm-up opens every screen once; the five sessions open the first five screens.
    for screen in SCREENS:
        warm = app["warm_up"]["screens"][screen.id]
        assert (warm["runs"], warm["errors"]) == (1, 0), screen.id
    assert app["load"]["overall"]["errors"] == 0
    assert app["interaction"]["overall"]["runs"] == 5
    assert app["interaction"]["overall"]["errors"] == 0


def test_load_benchmark_measures_each_replica_behind_the_front(tmp_path: Path) -> None:
    from tests.browser.server import NGINX, front_server

    if not NGINX.exists():
        missing("nginx", str(NGINX))
    out = tmp_path / "load.json"
    with front_server(replicas=2) as front:
        command = [sys.executable, "bench/load.py", "--url", front.base_url, "-n", "6", "-k", "0", "--no-baseline"]
        done = subprocess.run(
            [*command, "--settle", "0", "--deadline", "60", "--run-timeout", "30", "--json", str(out)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        replicas = {str(p.pid) for p in front.replicas().values()}
    assert done.returncode == 0, done.stdout + done.stderr
    (level,) = json.loads(out.read_text(encoding="utf-8"))["levels"]
    app = level["app"]
    assert app["server"] == "front"
    assert app["errors"] == 0, app["error_samples"]
    assert set(app["server_cpu_s_by_replica"]["burst"]) == replicas
    assert all(cpu > 0 for cpu in app["server_cpu_s_by_replica"]["burst"].values())
    assert app["front_cpu_s_burst"] is not None
    assert "2 replicas, CPU in the burst" in done.stdout
