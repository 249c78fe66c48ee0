"""Browser benchmark: time to content visible on every screen, bytes over the wire, layout shift.

Headless Chromium (Debian's ``/usr/bin/chromium``, driven by Playwright) opens each screen twice:
*cold* in a fresh browser context (empty cache, as a student's first visit) and *warm* in the same
context right after (the JavaScript bundle comes from the cache). Content is visible when the
screen's script has finished, its heading shows and every chart has drawn. Bytes are what crossed
the wire (HTTP responses with headers, and websocket frames) until the page has settled.
Layout shift is the page's cumulative layout shift (CLS, the largest burst of shifts, as browsers
report it) during the cold visit at 1280 px.

By default the app is measured directly and through the front (``make serve``'s nginx, one
replica), each beside a one-line Streamlit page measured the same way: through the front no screen
should transfer more than twice the one-line page. Each screen's extra bytes are named by the
JavaScript chunk (and so the element) that pulls them in.

Examples::

    python bench/browser.py                     # app and one-line page, direct and through the front
    python bench/browser.py --repeat 5 --json browser.json
    python bench/browser.py --url http://127.0.0.1:8080 --screens quiz,food_sources   # a running server
    python bench/browser.py --no-front          # direct only (no nginx needed)
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import gzip
import json
import re
import statistics
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.load import (  # noqa: E402
    BASELINE_PAGE,
    SCENARIOS,
    Page,
    Server,
    Tab,
    app_server,
    baseline_server,
    check_loopback,
    machine,
)
from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, SCRIPT_DONE  # noqa: E402
from tests.browser.server import NGINX, front_server  # noqa: E402
from vitd.screens import SCREENS  # noqa: E402

TEXT_TARGET_S = 1.5
CHART_TARGET_S = 2.5
FRONT_BYTES_TARGET = 2.0
"""Through the front, a screen's cold visit transfers at most this many times the one-line page's."""
CLS_TARGET = 0.3
SETTLE_MS = 1500
"""After content is visible: time for late chunks, fonts and layout to arrive before counting."""
MAX_REPEAT = 20
ONE_LINE = "one_line"
ONE_LINE_READY = '[data-testid="stMarkdownContainer"]'
"""The one-line page has no heading: it is ready when its one line of text shows."""
CLS_SCRIPT = """
window.__vitdCls = 0;
(() => {
  let session = 0, first = 0, last = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      if (session && entry.startTime - last < 1000 && entry.startTime - first < 5000) {
        session += entry.value;
      } else {
        session = entry.value;
        first = entry.startTime;
      }
      last = entry.startTime;
      window.__vitdCls = Math.max(window.__vitdCls, session);
    }
  }).observe({type: "layout-shift", buffered: true});
})();
"""
CHUNK_ELEMENTS = {
    "embed": "st.vega_lite_chart: Vega and Vega-Lite",
    "ArrowVegaLiteChart": "st.vega_lite_chart",
    "vega-interpreter": "st.vega_lite_chart",
    "arrowFormatUtils": "Arrow data of charts and tables",
    "recordbatch": "Arrow data of charts and tables",
    "serialization": "Arrow data of charts and tables",
    "moment": "date formats of charts and tables",
    "numbro": "number formats of charts and tables",
    "GraphVizChart": "st.graphviz_chart: GraphViz renderer",
    "index.es": "st.graphviz_chart: GraphViz renderer",
    "DataFrame": "st.dataframe: interactive grid",
    "reactJsonViewCompat": "st.dataframe: interactive grid",
    "StreamlitSyntaxHighlighter": "st.code or fenced code: syntax highlighter",
    "SourceCodeVF-Upright.ttf": "st.code or fenced code: monospace font",
    "SourceSansVF-Italic.ttf": "italic text: font",
    "useSyncComboBoxEnterTargetFocus": "st.selectbox or st.multiselect",
    "useMenuTrigger": "st.selectbox or st.multiselect",
    "useLoadMoreSentinel": "st.selectbox or st.multiselect",
    "Selectbox": "st.selectbox",
}
"""Frontend chunks by the element that loads them; unknown chunks are reported by their name."""
CHARTS_DRAWN = """(expected) => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
    .filter((chart) => chart.querySelector('canvas, svg')).length >= expected"""


@dataclass
class Traffic:
    """Bytes that crossed the wire while a page loaded, counted from Chromium's network events."""

    http_bytes: int = 0
    requests: int = 0
    ws_bytes: int = 0
    encodings: dict[str, int] = field(default_factory=dict)
    assets: dict[str, int] = field(default_factory=dict)
    """Bytes over the wire per URL path."""
    _paths: dict[str, str] = field(default_factory=dict, repr=False)

    def on_finished(self, event: dict[str, Any]) -> None:
        size = int(event.get("encodedDataLength", 0))
        self.http_bytes += size
        self.requests += 1
        path = self._paths.get(event.get("requestId", ""), "?")
        self.assets[path] = self.assets.get(path, 0) + size

    def on_response(self, event: dict[str, Any]) -> None:
        response = event.get("response", {})
        self._paths[event.get("requestId", "")] = urllib.parse.urlsplit(response.get("url", "")).path
        headers = {k.lower(): v for k, v in response.get("headers", {}).items()}
        encoding = headers.get("content-encoding", "identity")
        self.encodings[encoding] = self.encodings.get(encoding, 0) + 1

    def summary(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}

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


def _open(page: Any, url: str, charts: int, timeout_ms: int, ready: str = "h1") -> tuple[float, bool]:
    """Navigate and wait until the content is visible: the script has finished, the heading shows
    and ``charts`` Vega-Lite charts have drawn (their code loads lazily, after the script ends).
    Returns (seconds, whether every chart drew in time)."""
    started = time.perf_counter()
    page.goto(url, wait_until="commit", timeout=timeout_ms)
    page.wait_for_selector(SCRIPT_DONE, timeout=timeout_ms)
    page.wait_for_selector(ready, state="visible", timeout=timeout_ms)
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
    browser: Any, base_url: str, path: str, charts: int, timeout_ms: int, assets: Assets, ready: str = "h1"
) -> dict[str, Any]:
    """One cold and one warm visit to ``path`` in a fresh context, with the cold visit's layout shift."""
    context = browser.new_context(viewport=DESKTOP)
    context.add_init_script(CLS_SCRIPT)
    try:
        page = context.new_page()

        def keep(response: Any) -> None:
            assets.responses.append(response)

        page.on("response", keep)
        cold_traffic = _watch(context, page)
        cold_s, cold_drawn = _open(page, base_url + path, charts, timeout_ms, ready)
        page.wait_for_timeout(SETTLE_MS)
        cls = float(page.evaluate("window.__vitdCls"))
        assets.collect()
        warm_page = context.new_page()
        warm_traffic = _watch(context, warm_page)
        page.close()
        warm_s, warm_drawn = _open(warm_page, base_url + path, charts, timeout_ms, ready)
        return {
            "cold_s": cold_s,
            "warm_s": warm_s,
            "cls": cls,
            "charts_drawn": cold_drawn and warm_drawn,
            "cold": cold_traffic.summary(),
            "warm": warm_traffic.summary(),
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


def chunk(path: str) -> str:
    """A static file's name without its content hash: ``/static/js/vega-embed.Ab12.js`` is ``vega-embed``."""
    if "/static/" not in path:
        return "page and API"
    name = path.rsplit("/", 1)[-1]
    return re.sub(r"\.[A-Za-z0-9_-]{6,12}(\.[a-z0-9]+)$", "", name)


def extra_bytes(screen: dict[str, int], baseline: dict[str, int]) -> list[tuple[str, float]]:
    """KiB a screen's cold visit fetched beyond the one-line page's files, by the element that loads
    them (or the chunk's name when it is not in ``CHUNK_ELEMENTS``), largest first."""
    seen = {chunk(p) for p in baseline}
    extra: dict[str, int] = {}
    for path, size in screen.items():
        name = chunk(path)
        if name not in seen:
            label = CHUNK_ELEMENTS.get(name, name)
            extra[label] = extra.get(label, 0) + size
    return sorted(((k, round(v / 1024, 1)) for k, v in extra.items()), key=lambda kv: -kv[1])


def measure_target(
    browser: Any, base_url: str, paths: Sequence[tuple[str, str]], repeat: int, timeout_ms: int, assets: Assets
) -> dict[str, Any]:
    """Every path of one server, ``repeat`` times each (medians reported)."""
    one_line = paths[0][0] == ONE_LINE
    chart_counts = {ONE_LINE: 0} if one_line else count_charts(base_url, paths)
    ready = ONE_LINE_READY if one_line else "h1"
    results: dict[str, Any] = {}
    for screen_id, path in paths:
        charts = chart_counts[screen_id]
        samples = [measure_screen(browser, base_url, path, charts, timeout_ms, assets, ready) for _ in range(repeat)]
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
            "cls": round(statistics.median(s["cls"] for s in samples), 3),
            "cold_kib": round(statistics.median(s["cold"]["http_bytes"] for s in samples) / 1024, 1),
            "cold_requests": samples[0]["cold"]["requests"],
            "cold_ws_kib": round(statistics.median(s["cold"]["ws_bytes"] for s in samples) / 1024, 1),
            "warm_kib": round(statistics.median(s["warm"]["http_bytes"] for s in samples) / 1024, 1),
            "warm_ws_kib": round(statistics.median(s["warm"]["ws_bytes"] for s in samples) / 1024, 1),
            "content_encodings": samples[0]["cold"]["encodings"],
            "cold_assets": samples[0]["cold"]["assets"],
        }
    return results


def run(targets: dict[str, str], repeat: int, only: set[str] | None, timeout_ms: int) -> dict[str, Any]:
    """Measure every target (name to base URL); a name starting ``one-line`` is the one-line page."""
    from playwright.sync_api import sync_playwright

    assets = Assets()
    report: dict[str, Any] = {"targets": {}}
    paths = [(screen_id, path) for screen_id, path in screen_paths() if not only or screen_id in only]
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            for name, base_url in targets.items():
                # The first visit after a server start also loads the content; keep it out of the figures.
                first = browser.new_context(viewport=DESKTOP)
                started = time.perf_counter()
                one_line = name.startswith("one-line")
                _open(first.new_page(), base_url + "/", 0, timeout_ms, ONE_LINE_READY if one_line else "h1")
                first.close()
                report["targets"][name] = {
                    "url": base_url,
                    "first_visit_after_start_s": round(time.perf_counter() - started, 3),
                    "screens": measure_target(
                        browser, base_url, [(ONE_LINE, "/")] if one_line else paths, repeat, timeout_ms, assets
                    ),
                }
        finally:
            browser.close()
    report["static_assets"] = assets.summary()
    report["comparison"] = compare(report["targets"])
    return report


def compare(targets: dict[str, Any]) -> dict[str, Any]:
    """Each screen's cold bytes against the one-line page's on the same path (direct or front)."""
    out: dict[str, Any] = {}
    for way in ("direct", "front"):
        app, base = targets.get(f"app {way}"), targets.get(f"one-line {way}")
        if not app or not base:
            continue
        line = base["screens"][ONE_LINE]
        rows = {}
        for screen_id, r in app["screens"].items():
            ratio = r["cold_kib"] / line["cold_kib"] if line["cold_kib"] else None
            rows[screen_id] = {
                "cold_kib": r["cold_kib"],
                "times_one_line": None if ratio is None else round(ratio, 2),
                "ok": None if way == "direct" or ratio is None else ratio <= FRONT_BYTES_TARGET,
                "cls": r["cls"],
                "cls_ok": r["cls"] <= CLS_TARGET,
                "extra_kib_by_chunk": extra_bytes(r["cold_assets"], line["cold_assets"]),
            }
        out[way] = {"one_line_cold_kib": line["cold_kib"], "screens": rows}
    return out


def format_report(report: dict[str, Any]) -> str:
    lines = []
    for name, target in report["targets"].items():
        lines.append(f"{name} ({target['url']}): first visit after start {target['first_visit_after_start_s']:.2f} s")
        lines.append(
            f"  {'screen':<14}{'kind':<7}{'cold s':>8}{'warm s':>8}{'target':>8}  "
            f"{'cold KiB':>9}{'reqs':>6}{'ws KiB':>8}{'warm KiB':>9}{'CLS':>7}  ok"
        )
        for screen_id, r in target["screens"].items():
            lines.append(
                f"  {screen_id:<14}{r['kind']:<7}{r['cold_s']:>8.2f}{r['warm_s']:>8.2f}{r['target_warm_s']:>8.1f}  "
                f"{r['cold_kib']:>9.0f}{r['cold_requests']:>6}{r['cold_ws_kib']:>8.0f}{r['warm_kib']:>9.0f}"
                f"{r['cls']:>7.3f}  {'ok' if r['ok'] else 'MISSED'}"
            )
    for way, c in report["comparison"].items():
        lines.append(
            f"cold visit {way}, against the one-line page ({c['one_line_cold_kib']:.0f} KiB)"
            + (f"; target ≤ {FRONT_BYTES_TARGET:g}x and CLS ≤ {CLS_TARGET:g}" if way == "front" else "")
        )
        for screen_id, r in c["screens"].items():
            verdict = ""
            if r["ok"] is not None:
                bytes_ok, cls_ok = ("ok" if ok else "MISSED" for ok in (r["ok"], r["cls_ok"]))
                verdict = f"  bytes {bytes_ok}, CLS {r['cls']:.3f} {cls_ok}"
            lines.append(f"  {screen_id:<14}{r['cold_kib']:>7.0f} KiB {r['times_one_line']:>5.2f}x{verdict}")
            extras = ", ".join(f"{k} {v:.0f}" for k, v in r["extra_kib_by_chunk"][:6] if v >= 1)
            if extras:
                lines.append(f"      extra KiB: {extras}")
    a = report["static_assets"]
    lines.append(
        f"static assets seen: {a['files']} files, {a['raw_kib']:.0f} KiB as served, {a['gzip6_kib']:.0f} KiB gzipped"
    )
    return "\n".join(lines)


@contextlib.contextmanager
def targets(url: str | None, front: bool) -> Iterator[dict[str, str]]:
    """Name to base URL of each server to measure, started here unless ``url`` is given."""
    if url:
        parts = check_loopback(url)
        yield {"app": f"http://{parts.hostname}:{parts.port}{parts.path.rstrip('/')}"}
        return
    if not front:
        with app_server([], None) as app, baseline_server(None) as baseline:
            yield {"app direct": app.base_url, "one-line direct": baseline.base_url}
        return
    with tempfile.TemporaryDirectory(prefix="vitd-one-line-") as tmp:
        one_line = Path(tmp) / "streamlit_app.py"
        one_line.write_text(BASELINE_PAGE, encoding="utf-8")
        with front_server(1, app=ROOT / "app.py") as app, front_server(1, app=one_line) as baseline:
            (app_port,) = app.replicas()
            (line_port,) = baseline.replicas()
            yield {
                "app direct": f"http://127.0.0.1:{app_port}",
                "app front": app.base_url,
                "one-line direct": f"http://127.0.0.1:{line_port}",
                "one-line front": baseline.base_url,
            }


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
    parser.add_argument("--url", help="measure only a running app (or front) on 127.0.0.1")
    parser.add_argument("--no-front", dest="front", action="store_false", help="measure direct only (no nginx)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON here")
    args = parser.parse_args(argv)
    if not 1 <= args.repeat <= MAX_REPEAT:
        parser.error(f"--repeat must be 1..{MAX_REPEAT}")
    if not CHROMIUM.exists():
        parser.error(f"{CHROMIUM} is missing: apt-get install -y chromium")
    if args.front and not args.url and not NGINX.exists():
        parser.error(f"{NGINX} is missing: apt-get install -y nginx (or --no-front)")
    only = {s.strip() for s in args.screens.split(",")} if args.screens else None
    known = {s.id for s in SCREENS}
    if only and not only <= known:
        parser.error(f"unknown screens {sorted(only - known)}; choose from {sorted(known)}")
    with targets(args.url, args.front) as servers:
        report = run(servers, args.repeat, only, int(args.timeout * 1000))
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
