"""Browser benchmark: time from navigation to content visible on every screen, and bytes transferred.

Headless Chromium (Debian's ``/usr/bin/chromium``, driven by Playwright) opens each screen twice:
*cold* in a fresh browser context (empty cache, as a student's first visit) and *warm* in the same
context right after (the JavaScript bundle comes from the cache). Content is visible when the
screen's script has finished, its heading shows and every chart has drawn. Bytes are what crossed
the wire (HTTP responses with headers, and websocket frames). The static assets seen are also
gzip-compressed here, to show what a compressing proxy in front of the app would save.

Examples::

    python bench/browser.py                     # starts the app on a free 127.0.0.1 port
    python bench/browser.py --repeat 5 --json browser.json
    python bench/browser.py --url http://127.0.0.1:8501 --screens quiz,food_sources
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import gzip
import json
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.load import SCENARIOS, Page, Server, Tab, app_server, check_loopback, machine  # noqa: E402
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, SCRIPT_DONE  # noqa: E402
from vitd.screens import SCREENS  # noqa: E402

TEXT_TARGET_S = 1.5
CHART_TARGET_S = 2.5
MAX_REPEAT = 20
CHARTS_DRAWN = """(expected) => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
    .filter((chart) => chart.querySelector('canvas, svg')).length >= expected"""


@dataclass
class Traffic:
    """Bytes that crossed the wire while a page loaded, counted from Chromium's network events."""

    http_bytes: int = 0
    requests: int = 0
    ws_bytes: int = 0
    encodings: dict[str, int] = field(default_factory=dict)

    def on_finished(self, event: dict[str, Any]) -> None:
        self.http_bytes += int(event.get("encodedDataLength", 0))
        self.requests += 1

    def on_response(self, event: dict[str, Any]) -> None:
        headers = {k.lower(): v for k, v in event.get("response", {}).get("headers", {}).items()}
        encoding = headers.get("content-encoding", "identity")
        self.encodings[encoding] = self.encodings.get(encoding, 0) + 1

    def on_frame(self, event: dict[str, Any]) -> None:
        response = event.get("response", {})
        payload = response.get("payloadData", "")
        # Binary frames (opcode 2, Streamlit's protobufs) arrive base64-encoded.
        self.ws_bytes += len(payload) * 3 // 4 if response.get("opcode") == 2 else len(payload)


def _watch(context: Any, page: Any) -> Traffic:
    traffic = Traffic()
    cdp = context.new_cdp_session(page)
    # Playwright tags each handler with an attribute, so it takes functions, not bound methods.
    cdp.on("Network.loadingFinished", lambda event: traffic.on_finished(event))
    cdp.on("Network.responseReceived", lambda event: traffic.on_response(event))
    cdp.on("Network.webSocketFrameReceived", lambda event: traffic.on_frame(event))
    cdp.send("Network.enable")
    return traffic


def _open(page: Any, url: str, charts: int, timeout_ms: int) -> tuple[float, bool]:
    """Navigate and wait until the content is visible: the script has finished, the heading shows
    and ``charts`` Vega-Lite charts have drawn (their code loads lazily, after the script ends).
    Returns (seconds, whether every chart drew in time)."""
    started = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=timeout_ms)
    page.wait_for_selector(SCRIPT_DONE, timeout=timeout_ms)
    page.wait_for_selector("h1", state="visible", timeout=timeout_ms)
    drawn = True
    if charts:
        try:
            page.wait_for_function(CHARTS_DRAWN, arg=charts, timeout=timeout_ms)
        except Exception:  # a chart in a closed expander never draws; report it instead of failing
            drawn = False
    return time.perf_counter() - started, drawn


def count_charts(base_url: str, paths: Sequence[tuple[str, str]]) -> dict[str, int]:
    """How many Vega-Lite charts each screen sends, read from the protocol by the load generator."""

    async def probe() -> dict[str, int]:
        server = Server("app", base_url, None)
        out = {}
        for screen_id, path in paths:
            url_path, _, query = path.partition("?")
            page = Page(screen_id, url_path.strip("/"), (query,))
            tab = Tab(server, page, 0, run_timeout=30)
            try:
                await tab.open(fetch_http=False)
                run = await tab.rerun("load", time.monotonic() + 30)
            finally:
                await tab.close()
            out[screen_id] = run.elements["vega_lite_chart"]
        return out

    # In a thread of its own: Playwright's sync API already runs an event loop in this one.
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, probe()).result()


@dataclass
class Assets:
    """Every static asset seen, once, with its size as served and gzip-compressed."""

    raw: dict[str, int] = field(default_factory=dict)
    gzipped: dict[str, int] = field(default_factory=dict)
    responses: list[Any] = field(default_factory=list)

    def collect(self) -> None:
        for response in self.responses:
            url = response.url
            if "/static/" not in url or url in self.raw or response.status != 200:
                continue
            with contextlib.suppress(Exception):
                body = response.body()
                self.raw[url] = len(body)
                self.gzipped[url] = len(gzip.compress(body, compresslevel=6))
        self.responses.clear()

    def summary(self) -> dict[str, Any]:
        return {
            "files": len(self.raw),
            "raw_kib": round(sum(self.raw.values()) / 1024, 1),
            "gzip6_kib": round(sum(self.gzipped.values()) / 1024, 1),
        }


def measure_screen(
    browser: Any, base_url: str, path: str, charts: int, timeout_ms: int, assets: Assets
) -> dict[str, Any]:
    """One cold and one warm visit to ``path`` in a fresh context."""
    context = browser.new_context(viewport=DESKTOP)
    try:
        page = context.new_page()

        def keep(response: Any) -> None:
            assets.responses.append(response)

        page.on("response", keep)
        cold_traffic = _watch(context, page)
        cold_s, cold_drawn = _open(page, base_url + path, charts, timeout_ms)
        assets.collect()
        warm_page = context.new_page()
        warm_traffic = _watch(context, warm_page)
        page.close()
        warm_s, warm_drawn = _open(warm_page, base_url + path, charts, timeout_ms)
        return {
            "cold_s": cold_s,
            "warm_s": warm_s,
            "charts_drawn": cold_drawn and warm_drawn,
            "cold": vars(cold_traffic),
            "warm": vars(warm_traffic),
        }
    finally:
        context.close()


def screen_paths() -> list[tuple[str, str]]:
    """Each screen's URL with its first scenario's query string (as a shared link would carry)."""
    out = []
    for s in SCREENS:
        query = SCENARIOS[s.id][0]
        out.append((s.id, s.url_path + (f"?{query}" if query else "")))
    return out


def _median(values: Sequence[float]) -> float:
    return round(statistics.median(values), 3)


def run(base_url: str, repeat: int, only: set[str] | None, timeout_ms: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    assets = Assets()
    results: dict[str, Any] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            # The first visit after a server start also loads the content; report it on its own.
            first = browser.new_context(viewport=DESKTOP)
            first_s, _ = _open(first.new_page(), base_url + "/", 0, timeout_ms)
            first.close()
            paths = [(screen_id, path) for screen_id, path in screen_paths() if not only or screen_id in only]
            chart_counts = count_charts(base_url, paths)
            for screen_id, path in paths:
                charts = chart_counts[screen_id]
                samples = [measure_screen(browser, base_url, path, charts, timeout_ms, assets) for _ in range(repeat)]
                target = CHART_TARGET_S if charts else TEXT_TARGET_S
                warm = _median([s["warm_s"] for s in samples])
                results[screen_id] = {
                    "path": path,
                    "kind": "chart" if charts else "text",
                    "charts": charts,
                    "charts_drawn": all(s["charts_drawn"] for s in samples),
                    "cold_s": _median([s["cold_s"] for s in samples]),
                    "warm_s": warm,
                    "target_warm_s": target,
                    "ok": warm <= target,
                    "cold_kib": round(statistics.median(s["cold"]["http_bytes"] for s in samples) / 1024, 1),
                    "cold_requests": samples[0]["cold"]["requests"],
                    "cold_ws_kib": round(statistics.median(s["cold"]["ws_bytes"] for s in samples) / 1024, 1),
                    "warm_kib": round(statistics.median(s["warm"]["http_bytes"] for s in samples) / 1024, 1),
                    "warm_ws_kib": round(statistics.median(s["warm"]["ws_bytes"] for s in samples) / 1024, 1),
                    "content_encodings": samples[0]["cold"]["encodings"],
                }
        finally:
            browser.close()
    return {"first_visit_after_start_s": round(first_s, 3), "screens": results, "static_assets": assets.summary()}


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"first visit after server start: {report['first_visit_after_start_s']:.2f} s",
        f"  {'screen':<14}{'kind':<7}{'cold s':>8}{'warm s':>8}{'target':>8}  "
        f"{'cold KiB':>9}{'reqs':>6}{'ws KiB':>8}{'warm KiB':>9}  ok",
    ]
    for screen_id, r in report["screens"].items():
        lines.append(
            f"  {screen_id:<14}{r['kind']:<7}{r['cold_s']:>8.2f}{r['warm_s']:>8.2f}{r['target_warm_s']:>8.1f}  "
            f"{r['cold_kib']:>9.0f}{r['cold_requests']:>6}{r['cold_ws_kib']:>8.0f}{r['warm_kib']:>9.0f}  "
            f"{'ok' if r['ok'] else 'MISSED'}"
        )
    a = report["static_assets"]
    lines.append(
        f"static assets seen: {a['files']} files, {a['raw_kib']:.0f} KiB as served, {a['gzip6_kib']:.0f} KiB gzipped"
    )
    return "\n".join(lines)


@contextlib.contextmanager
def target(url: str | None) -> Iterator[str]:
    if url:
        parts = check_loopback(url)
        yield f"http://{parts.hostname}:{parts.port}{parts.path.rstrip('/')}"
    else:
        with app_server([], None) as server:
            yield server.base_url


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python bench/browser.py",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help=f"visits per screen, median reported, ≤ {MAX_REPEAT} (default: %(default)s)",
    )
    parser.add_argument("--screens", help="comma-separated screen ids (default: every screen)")
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="seconds allowed per navigation (default: %(default)s)"
    )
    parser.add_argument("--url", help="measure a running app on 127.0.0.1 instead of starting one")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON here")
    args = parser.parse_args(argv)
    if not 1 <= args.repeat <= MAX_REPEAT:
        parser.error(f"--repeat must be 1..{MAX_REPEAT}")
    if not CHROMIUM.exists():
        parser.error(f"{CHROMIUM} is missing: apt-get install -y chromium")
    only = {s.strip() for s in args.screens.split(",")} if args.screens else None
    known = {s.id for s in SCREENS}
    if only and not only <= known:
        parser.error(f"unknown screens {sorted(only - known)}; choose from {sorted(known)}")
    with target(args.url) as base_url:
        report = run(base_url, args.repeat, only, int(args.timeout * 1000))
    report["machine"] = machine()
    report["command"] = "python bench/browser.py " + " ".join(sys.argv[1:] if argv is None else argv)
    print(format_report(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
