"""Load benchmark: many concurrent sessions over Streamlit's own websocket protocol, no browser.

Each simulated student does what the browser's frontend does: it fetches ``/_stcore/health`` and
``/_stcore/host-config``, opens ``/_stcore/stream`` and sends a ``BackMsg.rerun_script`` holding the
screen's URL name and query string. A run is finished at the ``script_finished`` message of that run.
Sessions are spread round-robin over every screen, each with a realistic shared-link query string;
afterwards each session can make further interactions (a widget change or another query string).

For every level (number of sessions) the app's server and a baseline server (a one-line page with
Streamlit's default settings) are started on 127.0.0.1 on free ports, so the ratio app/baseline holds
on a noisy machine. On a machine with two or more cores the server runs on one core and this
generator on another.

Examples::

    python bench/load.py                          # levels 100 and 300, app and baseline
    python bench/load.py -n 100 --json out.json   # one level, results also as JSON
    python bench/load.py --soak 2000              # 2,000 runs; RSS growth after warm-up
    python bench/load.py --url http://127.0.0.1:8501 -n 50 --no-baseline   # a running server
    git worktree add ../before HEAD~3 && python bench/load.py --before ../before   # before and after, one run

All traffic stays on the loopback interface; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psutil
import streamlit
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.browser.server import free_port, replicas_behind, stop, wait_until_healthy  # noqa: E402
from vitd import params  # noqa: E402
from vitd.screens import SCREENS  # noqa: E402

# --- limits ----------------------------------------------------------------------------------

MAX_SESSIONS = 500
MAX_INTERACTIONS = 20
MAX_DEADLINE_S = 900.0
MAX_SOAK_RUNS = 20_000
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
MIB = 1024 * 1024

# --- what the simulated students open ----------------------------------------------------------


def _param(name: str, fallback: str) -> str:
    """A query-parameter name from ``vitd/params.py``; ``fallback`` until the screen defines it."""
    return str(getattr(params, name, fallback))


# The one list of query strings per screen: the first visits spread over these round-robin, and
# query-string interactions move to the next one. Values are written as a teacher's pasted link
# would carry them (commas and slashes unescaped).
SCENARIOS: dict[str, tuple[str, ...]] = {
    "key_points": (
        "",
        f"{params.LEVEL}=advanced",
        f"{params.STEP}=osteomalacia",
        f"{params.LEVEL}=advanced&{params.STEP}=muscle_weakness",
    ),
    "symptoms": (
        f"{params.CONDITIONS}=osteomalacia,myopathy",
        "",
        f"{params.COMPARE}=osteomalacia,myopathy",
        f"{params.RED_FLAGS}=1",
        f"{params.SYMPTOM_SEARCH}=calf&{params.SYMPTOM_VIEW}=cards",
    ),
    "food_sources": (
        "",
        f"{_param('DIET', 'diet')}=vegan",
        f"{_param('DIET', 'diet')}=vegetarian&{_param('FOOD_UNIT', 'unit')}=IU",
        f"{_param('BASIS', 'basis')}=100g&{_param('FOOD_GROUP', 'group')}=fish",
        f"{_param('LIFE_STAGE', 'stage')}=adults-over-70&{_param('FORTIFIED', 'fortified')}=no",
    ),
    "sun": (
        "",
        f"{params.PLACE}=edinburgh&{params.SUN_DATE}=12-21",
        f"{params.PLACE}=seville&{params.SUN_COMPARE}=oslo",
        f"{params.LATITUDE}=-33.9&{params.SUN_DATE}=06-21",
    ),
    "blood_levels": (
        f"{params.BLOOD_VALUE}=20&{params.BLOOD_UNIT}=ng/mL",
        f"{params.BLOOD_VALUE}=30&{params.BLOOD_UNIT}=nmol/L",
        f"{params.BLOOD_VALUE}=20&{params.BLOOD_UNIT}=ng/mL&{params.GUIDELINE}=es2011",
        "",
    ),
    "risk_check": (
        f"{params.PERSONA}=edith",
        f"{params.PERSONA}=amara",
        f"{params.MODE}=myself",
        f"{params.PERSONA}=tom",
    ),
    "quiz": (
        f"{params.TOPIC}=foods",
        "",
        f"{params.TOPIC}=pain",
        f"{params.QUESTION}=recovery-time",
    ),
    "sources": (
        "",
        f"{params.REF}=S1",
        f"{params.TERM}=osteomalacia",
        f"{params.SECTION}=numbers",
    ),
    "teach": (
        "",
        f"{params.PRESENT}=1",
        f"{_param('LESSON_LENGTH', 'minutes')}=50",
    ),
}

BASELINE_PAGE = 'import streamlit as st\n\nst.write("Hello, class!")\n'
BASELINE_SCENARIOS: tuple[str, ...] = ("", "a=1", "b=2", "c=3")


@dataclass(frozen=True)
class Page:
    """One screen as the load generator sees it."""

    id: str
    page_name: str
    """The URL pathname the frontend sends (``""`` for the home screen)."""
    queries: tuple[str, ...]


def app_pages() -> list[Page]:
    missing = [s.id for s in SCREENS if s.id not in SCENARIOS]
    if missing:
        raise SystemExit(f"bench/load.py: add query strings for {missing} to SCENARIOS")
    return [Page(s.id, s.url_path.strip("/"), SCENARIOS[s.id]) for s in SCREENS]


def baseline_pages() -> list[Page]:
    return [Page("baseline", "", BASELINE_SCENARIOS)]


def pages_in(folder: Path) -> list[Page]:
    """The app's screens that an earlier checkout in ``folder`` also has (a new screen is left out)."""
    scripts = {s.id: s.script for s in SCREENS}
    return [page for page in app_pages() if (folder / scripts[page.id]).exists()]


# --- servers ------------------------------------------------------------------------------------


def check_loopback(url: str) -> urllib.parse.SplitResult:
    """Parse ``url`` and refuse anything that does not resolve only to a loopback address."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "ws") or not parts.hostname or not parts.port:
        raise SystemExit(f"--url must look like http://127.0.0.1:PORT, got {url!r}")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port, proto=socket.IPPROTO_TCP)
    except OSError as exc:
        raise SystemExit(f"--url: cannot resolve {parts.hostname!r}: {exc}") from exc
    addresses = {info[4][0] for info in infos}
    if not addresses or not all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in addresses):
        raise SystemExit(f"--url must be a loopback address (127.0.0.1); {parts.hostname!r} is {sorted(addresses)}")
    return parts


@dataclass
class Server:
    """A server under test: where it listens and which processes serve it."""

    name: str
    base_url: str
    pid: int | None
    options: list[str] = field(default_factory=list)
    core: int | None = None
    replica_pids: list[int] = field(default_factory=list)
    """Behind a front (``make serve``): the app processes; empty when ``pid`` serves alone."""
    front_pids: list[int] = field(default_factory=list)
    """The front's nginx processes, when there is one."""

    @property
    def process(self) -> psutil.Process | None:
        return psutil.Process(self.pid) if self.pid else None

    @property
    def app_pids(self) -> list[int]:
        """The processes that run the app's scripts."""
        return self.replica_pids or ([self.pid] if self.pid else [])


def _pin(core: int | None) -> Any:
    if core is None:
        return None

    def pin() -> None:  # runs in the child before exec, so every thread it starts inherits it
        os.sched_setaffinity(0, {core})

    return pin


@contextlib.contextmanager
def started_server(
    name: str, script: Path, cwd: Path, options: Sequence[str], core: int | None, timeout: float = 60
) -> Iterator[Server]:
    """Run ``streamlit run SCRIPT`` on a free loopback port, optionally pinned to one core."""
    port = free_port()
    flags = [
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--server.headless=true",
        "--browser.gatherUsageStats=false",
        *options,
    ]
    command = [sys.executable, "-m", "streamlit", "run", str(script), *flags]
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="vitd-bench-") as tmp:
        log = Path(tmp) / "server.log"
        with log.open("wb") as out:
            process = subprocess.Popen(
                command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, preexec_fn=_pin(core), env=dict(os.environ)
            )
        try:
            wait_until_healthy(base_url, process, log, timeout)
            yield Server(name, base_url, process.pid, list(flags[4:]), core)
        finally:
            stop(process)


@contextlib.contextmanager
def app_server(options: Sequence[str], core: int | None) -> Iterator[Server]:
    """The app with its own ``.streamlit/config.toml``."""
    with started_server("app", ROOT / "app.py", ROOT, options, core) as server:
        yield server


@contextlib.contextmanager
def before_server(folder: Path, options: Sequence[str], core: int | None) -> Iterator[Server]:
    """An earlier checkout of the app (``--before``), with its own settings, on the same interpreter."""
    with started_server("before", folder / "app.py", folder, options, core) as server:
        yield server


@contextlib.contextmanager
def baseline_server(core: int | None) -> Iterator[Server]:
    """A one-line page in an empty folder: Streamlit's default settings (post-run GC on)."""
    with tempfile.TemporaryDirectory(prefix="vitd-baseline-") as tmp:
        script = Path(tmp) / "streamlit_app.py"
        script.write_text(BASELINE_PAGE, encoding="utf-8")
        with started_server("baseline", script, Path(tmp), ["--runner.postScriptGC=true"], core) as server:
            yield server


def running_server(url: str, pids: Sequence[int] = ()) -> Server:
    """A server someone else started (``--url``). Its processes are ``pids`` if given; otherwise the
    one listening on the URL's port, or, when that is ``make serve``'s nginx, the replicas behind it."""
    parts = check_loopback(url)
    base = f"http://{parts.hostname}:{parts.port}{parts.path.rstrip('/')}"
    if pids:
        return Server("app", base, pids[0], replica_pids=list(pids) if len(pids) > 1 else [])
    listener = None
    with contextlib.suppress(psutil.Error):
        for conn in psutil.net_connections(kind="tcp"):
            if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == parts.port and conn.pid:
                listener = conn.pid
                break
    try:
        replicas = replicas_behind(parts.port)
    except (LookupError, psutil.Error):
        return Server("app", base, listener)
    front = [p.pid for p in psutil.Process(listener).parents() if p.name() == "nginx"] if listener else []
    nginx = psutil.Process(front[-1] if front else listener) if listener else None
    front_pids = [nginx.pid, *(c.pid for c in nginx.children())] if nginx else []
    return Server("front", base, listener, replica_pids=[p.pid for p in replicas.values()], front_pids=front_pids)


# --- one simulated browser tab -------------------------------------------------------------------


@dataclass
class Run:
    """One script run as a client sees it."""

    page: str
    kind: str
    """``load`` (first visit), ``widget`` or ``query`` (an interaction)."""
    seconds: float
    error: str | None = None
    """``None``, or ``exception``, ``timeout``, ``disconnect``, ``connect`` or ``protocol``."""
    detail: str = ""
    messages: int = 0
    bytes: int = 0
    error_panels: int = 0
    elements: Counter[str] = field(default_factory=Counter)
    """Elements the run drew, by kind (``markdown``, ``vega_lite_chart``, ...)."""
    server_cpu_s: float | None = None
    """The server's CPU seconds during the run, when it was the only run in flight."""


@dataclass
class Widget:
    """A widget seen in the last run that an interaction can change."""

    id: str
    kind: str  # "bool" or "string"
    value: Any
    options: tuple[str, ...] = ()


class Tab:
    """A browser tab: one websocket session showing one screen."""

    def __init__(self, server: Server, page: Page, query_index: int, run_timeout: float) -> None:
        self.server = server
        self.page = page
        self.query_index = query_index % len(page.queries)
        self.query = page.queries[self.query_index]
        self.run_timeout = run_timeout
        self.ws: Any = None
        self.page_script_hash = ""
        self.widgets: list[Widget] = []
        self.widget_states: dict[str, WidgetState] = {}
        self.cached_hashes: set[str] = set()
        self.interactions = 0

    @property
    def _ws_url(self) -> str:
        return self.server.base_url.replace("http://", "ws://", 1) + "/_stcore/stream"

    async def _http_get(self, path: str) -> None:
        parts = urllib.parse.urlsplit(self.server.base_url)
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        try:
            request = f"GET {parts.path}{path} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n\r\n"
            writer.write(request.encode())
            await writer.drain()
            status = await reader.readline()
            if b" 200 " not in status:
                raise ConnectionError(f"GET {path}: {status.decode(errors='replace').strip()}")
            while await reader.read(65536):
                pass
        finally:
            writer.close()
            with contextlib.suppress(OSError):
                await writer.wait_closed()

    async def open(self, fetch_http: bool) -> None:
        """What the frontend does before its first run: two small GETs, then the websocket."""
        if fetch_http:
            await self._http_get("/_stcore/health")
            await self._http_get("/_stcore/host-config")
        self.ws = await websockets.connect(
            self._ws_url,
            subprotocols=["streamlit"],
            origin=self.server.base_url,
            max_size=MAX_MESSAGE_BYTES,
            ping_interval=None,  # browsers answer the server's pings but send none of their own
            open_timeout=self.run_timeout,
            close_timeout=2,
        )

    async def close(self) -> None:
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()
            self.ws = None

    def _client_state(self) -> ClientState:
        state = ClientState(
            query_string=self.query,
            page_script_hash=self.page_script_hash,
            page_name=self.page.page_name if not self.page_script_hash else "",
        )
        state.widget_states.widgets.extend(self.widget_states.values())
        state.cached_message_hashes.extend(sorted(self.cached_hashes))
        path = "/" + self.page.page_name
        info = state.context_info
        info.timezone = "Europe/London"
        info.timezone_offset = 0
        info.locale = "en-GB"
        info.url = f"{self.server.base_url}{path}" + (f"?{self.query}" if self.query else "")
        info.is_embedded = False
        info.color_scheme = "light"
        return state

    async def rerun(self, kind: str, deadline: float) -> Run:
        """Send one ``rerun_script`` and read until that run's ``script_finished``."""
        started = time.perf_counter()
        result = Run(self.page.id, kind, 0.0)
        try:
            msg = BackMsg()
            msg.rerun_script.CopyFrom(self._client_state())
            await self.ws.send(msg.SerializeToString())
            await self._read_run(result, min(time.monotonic() + self.run_timeout, deadline))
        except TimeoutError:
            result.error, result.detail = "timeout", "no script_finished in time"
        except websockets.ConnectionClosed as exc:
            result.error, result.detail = "disconnect", f"closed: {exc.rcvd.code if exc.rcvd else 'no close frame'}"
        except OSError as exc:
            result.error, result.detail = "disconnect", str(exc)
        result.seconds = time.perf_counter() - started
        return result

    async def _read_run(self, result: Run, deadline: float) -> None:
        run_id: str | None = None
        widgets: list[Widget] = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            raw = await asyncio.wait_for(self.ws.recv(), remaining)
            result.messages += 1
            result.bytes += len(raw)
            if isinstance(raw, str):
                result.error, result.detail = "protocol", "text frame"
                return
            msg = ForwardMsg()
            msg.ParseFromString(raw)
            if msg.metadata.cacheable and msg.hash:
                self.cached_hashes.add(msg.hash)
            kind = msg.WhichOneof("type")
            if kind == "new_session":
                run_id = msg.metadata.run.script_run_id or run_id
                if msg.new_session.page_script_hash:
                    self.page_script_hash = msg.new_session.page_script_hash
                widgets = []
            elif kind == "navigation":
                # With a pages/ folder the page actually run is named here; new_session carries the
                # main script's hash. The frontend sends this one back on every rerun.
                if msg.navigation.page_script_hash:
                    self.page_script_hash = msg.navigation.page_script_hash
            elif kind == "delta":
                self._note_delta(msg, result, widgets)
            elif kind == "page_info_changed":
                self.query = msg.page_info_changed.query_string
            elif kind == "page_not_found":
                result.error = result.error or "exception"
                result.detail = result.detail or f"page not found: {msg.page_not_found.page_name!r}"
            elif kind == "session_event" and msg.session_event.HasField("script_compilation_exception"):
                result.error = result.error or "exception"
                result.detail = result.detail or "script compilation error"
            elif kind == "script_finished":
                finished_id = msg.metadata.run.script_run_id
                if run_id is not None and finished_id and finished_id != run_id:
                    continue  # the end of an older run
                status = msg.script_finished
                if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    run_id = None  # the script asked for a rerun: wait for the next run's end
                    continue
                if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    result.error = result.error or "exception"
                    result.detail = result.detail or "compile error"
                self.widgets = widgets
                return

    @staticmethod
    def _note_delta(msg: ForwardMsg, result: Run, widgets: list[Widget]) -> None:
        delta = msg.delta
        if not delta.HasField("new_element"):
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        result.elements[kind or "none"] += 1
        if kind == "exception" and not element.exception.is_warning:
            result.error = result.error or "exception"
            if not result.detail:
                result.detail = f"{element.exception.type}: {element.exception.message}"[:200]
        elif kind == "alert" and element.alert.format == 1:  # Alert.ERROR
            result.error_panels += 1
        elif kind == "checkbox":
            box = element.checkbox
            if not box.disabled and not box.form_id:
                widgets.append(Widget(box.id, "bool", box.value if box.set_value else box.default))
        elif kind in ("radio", "selectbox"):
            choice = getattr(element, kind)
            options = tuple(choice.options)
            if len(options) >= 2 and not choice.disabled and not choice.form_id:
                current = choice.raw_value if choice.set_value and choice.raw_value else None
                if current is None and 0 <= choice.default < len(options):
                    current = options[choice.default]
                widgets.append(Widget(choice.id, "string", current, options))

    def next_interaction(self) -> str:
        """Change a widget (on even turns, when the screen has one) or move to the next query string."""
        turn = self.interactions
        self.interactions += 1
        if self.widgets and turn % 2 == 0:
            widget = self.widgets[(turn // 2) % len(self.widgets)]
            state = WidgetState(id=widget.id)
            if widget.kind == "bool":
                state.bool_value = not bool(widget.value)
            else:
                at = widget.options.index(widget.value) if widget.value in widget.options else -1
                state.string_value = widget.options[(at + 1) % len(widget.options)]
            self.widget_states[widget.id] = state
            return "widget"
        if len(self.page.queries) > 1:
            self.query_index = (self.query_index + 1) % len(self.page.queries)
            self.query = self.page.queries[self.query_index]
        return "query"


# --- measuring the server ------------------------------------------------------------------------


class ServerProbe:
    """CPU seconds and RSS of the app's processes (summed over replicas), sampled in the
    background for the peak."""

    def __init__(self, server: Server) -> None:
        self.pids = server.app_pids
        self.front_pids = server.front_pids
        self.processes = [psutil.Process(pid) for pid in self.pids]
        self.peak_rss = 0
        self._task: asyncio.Task[None] | None = None

    @staticmethod
    def cpu_of(pid: int) -> float | None:
        """One process's CPU seconds so far, with every thread that has ended included.

        Linux's per-process CPU clock has nanosecond resolution; psutil's counters tick in
        hundredths of a second, too coarse for a single run.
        """
        if sys.platform == "linux":
            with contextlib.suppress(OSError, OverflowError):
                return time.clock_gettime(((~pid) << 3) | 2)  # CPUCLOCK_SCHED of the pid
        try:
            times = psutil.Process(pid).cpu_times()
        except psutil.Error:
            return None
        return times.user + times.system

    def cpu_each(self, front: bool = False) -> dict[int, float | None]:
        """CPU seconds so far of each app process (or each front process)."""
        return {pid: self.cpu_of(pid) for pid in (self.front_pids if front else self.pids)}

    def cpu(self) -> float | None:
        """The app's CPU seconds so far, over every replica."""
        each = self.cpu_each().values()
        return None if not each or None in each else sum(v for v in each if v is not None)

    def rss(self) -> int | None:
        try:
            value = sum(p.memory_info().rss for p in self.processes)
        except psutil.Error:
            return None
        if not self.processes:
            return None
        self.peak_rss = max(self.peak_rss, value)
        return value

    async def _sample(self) -> None:
        while True:
            self.rss()
            await asyncio.sleep(0.25)

    def start(self) -> None:
        self.peak_rss = 0
        self._task = asyncio.create_task(self._sample())

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def cpu_by_process(after: dict[int, float | None], before: dict[int, float | None]) -> dict[str, float | None]:
    """CPU seconds each process spent between two readings, keyed by process id."""
    return {str(pid): _round(_delta(after.get(pid), before.get(pid)), 3) for pid in before}


def _mib(value: int | None) -> float | None:
    return None if value is None else round(value / MIB, 1)


def _delta(after: float | None, before: float | None) -> float | None:
    return None if after is None or before is None else after - before


# --- statistics -----------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile, ``q`` in 0..100."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarize(runs: Sequence[Run]) -> dict[str, Any]:
    """Count, errors and p50/p95/max seconds of the runs.

    Times include runs that timed out, at the time they were given up (a lower bound), so a
    level where many runs time out cannot look fast; runs that failed otherwise are left out.
    """
    good = [r.seconds for r in runs if r.error in (None, "timeout")]
    cpu = [r.server_cpu_s for r in runs if r.error is None and r.server_cpu_s is not None]
    errors = Counter(r.error for r in runs if r.error)
    return {
        "runs": len(runs),
        "errors": sum(errors.values()),
        "error_kinds": dict(errors),
        "p50_s": _round(percentile(good, 50)),
        "p95_s": _round(percentile(good, 95)),
        "max_s": _round(max(good) if good else None),
        "server_cpu_p50_s": _round(percentile(cpu, 50)),
        "mean_kib": _round(sum(r.bytes for r in runs) / len(runs) / 1024 if runs else None, 1),
        "error_panels": sum(r.error_panels for r in runs),
        "kinds": dict(Counter(r.kind for r in runs)),
    }


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def by_page(runs: Sequence[Run], pages: Sequence[Page]) -> dict[str, Any]:
    return {
        "overall": summarize(runs),
        "screens": {p.id: summarize([r for r in runs if r.page == p.id]) for p in pages},
    }


# --- one level: N sessions, one burst, then K interactions each -------------------------------------


@dataclass
class LevelConfig:
    sessions: int
    interactions: int
    deadline: float
    run_timeout: float
    ramp: float
    interact_concurrency: int
    fetch_http: bool
    settle: float


async def _warm_up(server: Server, pages: Sequence[Page], run_timeout: float) -> list[Run]:
    """Open every screen twice, one at a time, so the burst does not pay for loading content and
    imports. The second pass is returned: each run's server CPU time is that screen's own cost
    of a first visit."""
    probe = ServerProbe(server)
    runs = []
    for page in [*pages, *pages]:
        tab = Tab(server, page, 0, run_timeout)
        try:
            await tab.open(fetch_http=False)
            cpu0 = probe.cpu()
            run = await tab.rerun("load", time.monotonic() + run_timeout)
            run.server_cpu_s = _delta(probe.cpu(), cpu0)
            runs.append(run)
        finally:
            await tab.close()
    first_pass = runs[: len(pages)]
    return [*(r for r in first_pass if r.error), *runs[len(pages) :]]


async def run_level(server: Server, pages: Sequence[Page], cfg: LevelConfig, warm_up: bool) -> dict[str, Any]:
    probe = ServerProbe(server)
    warm = await _warm_up(server, pages, cfg.run_timeout) if warm_up else []
    warm_errors = [f"{r.page}: {r.error} {r.detail}" for r in warm if r.error]
    await asyncio.sleep(cfg.settle)
    rss_before = probe.rss()
    level_deadline = time.monotonic() + cfg.deadline
    tabs = [Tab(server, pages[i % len(pages)], i // len(pages), cfg.run_timeout) for i in range(cfg.sessions)]
    my_cpu0 = time.process_time()
    probe.start()

    async def first_visit(i: int, tab: Tab) -> Run:
        if cfg.ramp:
            await asyncio.sleep(cfg.ramp * i / cfg.sessions)
        started = time.perf_counter()
        try:
            await asyncio.wait_for(tab.open(cfg.fetch_http), max(0.01, level_deadline - time.monotonic()))
        except (OSError, TimeoutError, websockets.InvalidHandshake, websockets.ConnectionClosed) as exc:
            return Run(tab.page.id, "load", time.perf_counter() - started, "connect", repr(exc)[:200])
        run = await tab.rerun("load", level_deadline)
        run.seconds = time.perf_counter() - started  # a student waits for the GETs and the connect too
        return run

    each0, front0 = probe.cpu_each(), probe.cpu_each(front=True)
    cpu0, wall0 = probe.cpu(), time.perf_counter()
    loads = list(await asyncio.gather(*(first_visit(i, t) for i, t in enumerate(tabs))))
    burst_wall = time.perf_counter() - wall0
    cpu1 = probe.cpu()
    each1, front1 = probe.cpu_each(), probe.cpu_each(front=True)
    rss_open = probe.rss()

    interactions: list[Run] = []
    gate = asyncio.Semaphore(max(1, cfg.interact_concurrency))
    alone = cfg.interact_concurrency == 1  # then each run's server CPU time is its own

    async def interact(tab: Tab) -> None:
        for _ in range(cfg.interactions):
            if tab.ws is None or time.monotonic() > level_deadline:
                return
            async with gate:
                cpu0 = probe.cpu() if alone else None
                run = await tab.rerun(tab.next_interaction(), level_deadline)
                run.server_cpu_s = _delta(probe.cpu(), cpu0)
            interactions.append(run)
            if run.error in ("disconnect", "timeout"):
                return

    ok_tabs = [t for t, r in zip(tabs, loads, strict=True) if r.error is None]
    if cfg.interactions:
        await asyncio.gather(*(interact(t) for t in ok_tabs))
    cpu2 = probe.cpu()
    each2 = probe.cpu_each()
    rss_open = max(v for v in (rss_open, probe.rss(), 0) if v is not None) or None
    await asyncio.gather(*(t.close() for t in tabs))
    await probe.stop()
    my_cpu = time.process_time() - my_cpu0
    await asyncio.sleep(cfg.settle)
    rss_after = probe.rss()

    samples = [f"{r.page} {r.kind}: {r.error} {r.detail}".strip() for r in [*loads, *interactions] if r.error]
    load_cpu, interact_cpu = _delta(cpu1, cpu0), _delta(cpu2, cpu1)
    return {
        "server": server.name,
        "url": server.base_url,
        "server_options": server.options,
        "server_core": server.core,
        "sessions": cfg.sessions,
        "interactions_per_session": cfg.interactions,
        "warm_up": by_page(warm, pages),
        "load": by_page(loads, pages),
        "interaction": by_page(interactions, pages),
        "errors": len(samples),
        "error_samples": samples[:10],
        "warm_up_errors": warm_errors,
        "deadline_hit": time.monotonic() > level_deadline,
        "burst_wall_s": round(burst_wall, 3),
        "server_cpu_s": {
            "burst": _round(load_cpu, 3),
            "interactions": _round(interact_cpu, 3),
            "per_load_run": _round(load_cpu / len(loads), 4) if load_cpu is not None and loads else None,
            "per_interaction": _round(interact_cpu / len(interactions), 4)
            if interact_cpu is not None and interactions
            else None,
        },
        "server_cpu_s_by_replica": {
            "burst": cpu_by_process(each1, each0),
            "interactions": cpu_by_process(each2, each1),
        },
        "front_cpu_s_burst": _round(sum(v for v in cpu_by_process(front1, front0).values() if v), 3)
        if server.front_pids
        else None,
        "server_rss_mib": {
            "before": _mib(rss_before),
            "open": _mib(rss_open),
            "peak": _mib(probe.peak_rss or None),
            "after": _mib(rss_after),
        },
        "generator_cpu_s": round(my_cpu, 3),
    }


# --- soak: many runs on a few sessions, watching memory ---------------------------------------------


async def run_soak(server: Server, pages: Sequence[Page], runs: int, sessions: int, run_timeout: float) -> dict:
    """``runs`` runs over ``sessions`` tabs that keep clicking around; RSS is sampled every 100 runs.

    Growth is measured from the first sample after the warm-up (a tenth of the runs, at least 200)
    to the last, with a least-squares slope per 1,000 runs beside it."""
    probe = ServerProbe(server)
    warm_up_runs = max(200, runs // 10)
    deadline = time.monotonic() + 60 + runs  # a second per run on average, at most about 5.6 hours
    tabs = [Tab(server, pages[i % len(pages)], i, run_timeout) for i in range(sessions)]
    await asyncio.gather(*(t.open(fetch_http=True) for t in tabs))
    done: list[Run] = []
    samples: list[tuple[int, float]] = []
    counter = 0
    cpu0 = probe.cpu()

    async def drive(tab: Tab, index: int) -> None:
        nonlocal counter
        step = 0
        while counter < runs and time.monotonic() < deadline:
            counter += 1
            step += 1
            if step % 5 == 0:  # every fifth run the student moves to another screen
                tab.page = pages[(pages.index(tab.page) + 1 + index) % len(pages)]
                tab.query_index, tab.page_script_hash = 0, ""
                tab.query = tab.page.queries[0]
                tab.widget_states.clear()
                run = await tab.rerun("load", deadline)
            else:
                run = await tab.rerun(tab.next_interaction(), deadline)
            done.append(run)
            if len(done) % 100 == 0:
                rss = probe.rss()
                if rss is not None:
                    samples.append((len(done), rss / MIB))
            if run.error in ("disconnect", "timeout"):
                return

    started = time.perf_counter()
    await asyncio.gather(*(drive(t, i) for i, t in enumerate(tabs)))
    wall = time.perf_counter() - started
    cpu = _delta(probe.cpu(), cpu0)
    await asyncio.gather(*(t.close() for t in tabs))
    after_warm = [(n, r) for n, r in samples if n >= warm_up_runs]
    growth = None
    slope = None
    if len(after_warm) >= 2:
        first, last = after_warm[0][1], after_warm[-1][1]
        growth = (last - first) / first * 100
        xs, ys = [n for n, _ in after_warm], [r for _, r in after_warm]
        mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
        den = sum((x - mean_x) ** 2 for x in xs)
        slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / den * 1000 if den else None
    return {
        "runs": len(done),
        "sessions": sessions,
        "warm_up_runs": warm_up_runs,
        "wall_s": round(wall, 2),
        "server_cpu_s_per_run": _round(cpu / len(done), 4) if cpu is not None and done else None,
        "runs_summary": by_page(done, pages),
        "rss_mib_samples": [[n, round(r, 1)] for n, r in samples],
        "rss_after_warm_up_mib": round(after_warm[0][1], 1) if after_warm else None,
        "rss_end_mib": round(samples[-1][1], 1) if samples else None,
        "rss_growth_pct": _round(growth, 2),
        "rss_slope_mib_per_1000_runs": _round(slope, 2),
    }


# --- reporting --------------------------------------------------------------------------------------

TARGETS = {
    "burst_100_p95_s": 1.0,
    "burst_300_p95_s": 3.0,
    "burst_300_rss_mib": 300.0,
    "speedup_vs_baseline": 3.0,
    "interaction_p50_s": 0.050,
    "soak_growth_pct": 10.0,
}


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value * 1000:.0f}"


def format_level(result: dict[str, Any]) -> str:
    lines = [
        f"{result['server']} · {result['sessions']} sessions · {result['interactions_per_session']} "
        f"interactions each · burst wall {result['burst_wall_s']:.2f} s",
        f"  {'screen':<14}{'loads':>6}{'err':>5}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}{'KiB':>7}"
        f"  |{'acts':>5}{'err':>5}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}{'srv ms':>8}  |{'1st srv ms':>11}",
    ]
    rows = [*result["load"]["screens"].items(), ("overall", result["load"]["overall"])]
    for name, load in rows:
        act = result["interaction"]["overall"] if name == "overall" else result["interaction"]["screens"][name]
        warm = result["warm_up"]["overall"] if name == "overall" else result["warm_up"]["screens"][name]
        lines.append(
            f"  {name:<14}{load['runs']:>6}{load['errors']:>5}{_ms(load['p50_s']):>8}{_ms(load['p95_s']):>8}"
            f"{_ms(load['max_s']):>8}{load['mean_kib'] or 0:>7.0f}"
            f"  |{act['runs']:>5}{act['errors']:>5}{_ms(act['p50_s']):>8}{_ms(act['p95_s']):>8}{_ms(act['max_s']):>8}"
            f"{_ms(act['server_cpu_p50_s']):>8}  |{_ms(warm['server_cpu_p50_s']):>11}"
        )
    replicas = result.get("server_cpu_s_by_replica", {}).get("burst", {})
    if len(replicas) > 1:
        burst = [v for v in replicas.values() if v is not None]
        lines.append(
            f"  {len(replicas)} replicas, CPU in the burst: "
            + ", ".join(f"{v:.2f} s" for v in burst)
            + (f" (front nginx {result['front_cpu_s_burst']:.2f} s)" if result.get("front_cpu_s_burst") else "")
            + f"; with a core each the burst would take about {max(burst, default=0):.2f} s"
            f" (on one core: {sum(burst):.2f} s)"
        )
    cpu, rss = result["server_cpu_s"], result["server_rss_mib"]
    lines.append(
        f"  server CPU per run: load {_ms(cpu['per_load_run'])} ms, interaction {_ms(cpu['per_interaction'])} ms"
        f" · RSS MiB before {rss['before']}, open {rss['open']}, peak {rss['peak']}, after {rss['after']}"
        f" · generator CPU {result['generator_cpu_s']:.1f} s"
    )
    for sample in result["error_samples"][:5]:
        lines.append(f"  error: {sample}")
    for sample in result["warm_up_errors"][:5]:
        lines.append(f"  warm-up error: {sample}")
    if result["deadline_hit"]:
        lines.append("  the level hit its deadline")
    return "\n".join(lines)


def checks(levels: Sequence[dict[str, Any]], soak: dict[str, Any] | None) -> list[dict[str, Any]]:
    """The issue's targets, checked against whichever levels were run."""
    out: list[dict[str, Any]] = []

    def check(name: str, value: float | None, limit: float, ok: bool | None) -> None:
        out.append({"check": name, "value": _round(value, 4), "limit": limit, "ok": ok})

    for level in levels:
        app, n = level["app"], level["sessions"]
        p95 = app["load"]["overall"]["p95_s"]
        errors = app["errors"]
        if n == 100:
            limit = TARGETS["burst_100_p95_s"]
            check("burst 100: p95 s, 0 errors", p95, limit, p95 is not None and p95 <= limit and not errors)
            speedup = level.get("speedup_p95")
            if speedup is not None:
                limit = TARGETS["speedup_vs_baseline"]
                check("burst 100: baseline p95 / app p95", speedup, limit, speedup >= limit)
        if n == 300:
            limit = TARGETS["burst_300_p95_s"]
            check("burst 300: p95 s, 0 errors", p95, limit, p95 is not None and p95 <= limit and not errors)
            rss = app["server_rss_mib"]["peak"]
            replicas = max(1, len(app.get("server_cpu_s_by_replica", {}).get("burst", {})))
            limit = TARGETS["burst_300_rss_mib"] * replicas
            name = "server RSS MiB" if replicas == 1 else f"RSS MiB of {replicas} replicas together"
            check(f"burst 300: {name}, all open", rss, limit, None if rss is None else rss <= limit)
        if app["interaction"]["overall"]["runs"]:
            # Server time of an interaction: its server CPU time when runs went one at a time,
            # else the time to script_finished (which then includes queueing).
            screens = app["interaction"]["screens"].values()
            measure = "server_cpu_p50_s" if app["interaction"]["overall"]["server_cpu_p50_s"] is not None else "p50_s"
            worst = max((s[measure] for s in screens if s[measure] is not None), default=None)
            limit = TARGETS["interaction_p50_s"]
            label = "server CPU" if measure == "server_cpu_p50_s" else "time to script_finished"
            check(
                f"{n} sessions: interaction p50 s ({label}), worst screen",
                worst,
                limit,
                worst is not None and worst <= limit,
            )
    if soak and soak.get("rss_growth_pct") is not None:
        limit = TARGETS["soak_growth_pct"]
        check("soak: RSS growth % after warm-up", soak["rss_growth_pct"], limit, soak["rss_growth_pct"] <= limit)
    return out


def machine() -> dict[str, Any]:
    model = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 1024**3, 1),
        "load_average": [round(v, 2) for v in os.getloadavg()],
        "python": platform.python_version(),
        "streamlit": streamlit.__version__,
        "system": f"{platform.system()} {platform.release()}",
    }


# --- command line ------------------------------------------------------------------------------------


def _levels(text: str) -> list[int]:
    try:
        values = [int(v) for v in text.split(",") if v.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError("a comma-separated list of session counts, e.g. 100,300") from exc
    if not values or any(not 1 <= v <= MAX_SESSIONS for v in values):
        raise argparse.ArgumentTypeError(f"each level must be 1..{MAX_SESSIONS}")
    return values


def _pids(text: str) -> list[int]:
    try:
        return [int(v) for v in text.split(",") if v.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError("a comma-separated list of process ids") from exc


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python bench/load.py",
        description=__doc__,
        epilog="Targets and figures: see the Performance section of README.md.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "-n",
        "--sessions",
        type=_levels,
        default=[100, 300],
        help=f"session counts, one level each, ≤ {MAX_SESSIONS} (default: 100,300)",
    )
    parser.add_argument(
        "-k",
        "--interactions",
        type=int,
        default=2,
        help="further runs per session after its first visit (default: %(default)s)",
    )
    parser.add_argument(
        "--interact-concurrency",
        type=int,
        default=1,
        help="sessions interacting at once; 1 measures each interaction's own server time (default: %(default)s)",
    )
    parser.add_argument(
        "--ramp",
        type=float,
        default=0.0,
        help="spread the first visits over this many seconds (default: %(default)s, a burst)",
    )
    parser.add_argument(
        "--deadline", type=float, default=300.0, help="seconds allowed per level and server (default: %(default)s)"
    )
    parser.add_argument(
        "--run-timeout", type=float, default=120.0, help="seconds allowed per run (default: %(default)s)"
    )
    parser.add_argument(
        "--settle",
        type=float,
        default=2.0,
        help="seconds to wait before the 'before' and 'after' RSS (default: %(default)s)",
    )
    parser.add_argument("--no-baseline", dest="baseline", action="store_false", help="skip the one-line baseline")
    parser.add_argument("--no-warm-up", dest="warm_up", action="store_false", help="measure a cold server")
    parser.add_argument("--no-http", dest="fetch_http", action="store_false", help="skip the frontend's two GETs")
    parser.add_argument("--no-pin", dest="pin", action="store_false", help="do not pin server and generator")
    parser.add_argument(
        "--server-option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra Streamlit option for the app's server, e.g. runner.postScriptGC=true (repeatable)",
    )
    parser.add_argument("--url", help="benchmark a running app on 127.0.0.1 instead of starting one")
    parser.add_argument(
        "--before",
        type=Path,
        metavar="DIR",
        help="also measure an earlier checkout of the app in DIR (e.g. made with git worktree), in the same run",
    )
    parser.add_argument(
        "--pids",
        type=_pids,
        default=[],
        help="with --url: the app's process ids, comma-separated (found if omitted: the server on the port,"
        " or the replicas behind make serve's front)",
    )
    parser.add_argument("--soak", type=int, metavar="RUNS", help="soak mode: this many runs, then RSS growth")
    parser.add_argument(
        "--soak-sessions", type=int, default=8, help="concurrent sessions in soak mode (default: %(default)s)"
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON here")
    args = parser.parse_args(argv)
    if not 0 <= args.interactions <= MAX_INTERACTIONS:
        parser.error(f"--interactions must be 0..{MAX_INTERACTIONS}")
    if not 0 < args.deadline <= MAX_DEADLINE_S:
        parser.error(f"--deadline must be in (0, {MAX_DEADLINE_S:.0f}]")
    if not 0 < args.run_timeout <= args.deadline:
        parser.error("--run-timeout must be positive and at most --deadline")
    if args.soak is not None and not 1 <= args.soak <= MAX_SOAK_RUNS:
        parser.error(f"--soak must be 1..{MAX_SOAK_RUNS}")
    if not 1 <= args.soak_sessions <= 50:
        parser.error("--soak-sessions must be 1..50")
    if not 1 <= args.interact_concurrency <= MAX_SESSIONS:
        parser.error(f"--interact-concurrency must be 1..{MAX_SESSIONS}")
    if args.url:
        check_loopback(args.url)
    for option in args.server_option:
        if "=" not in option:
            parser.error(f"--server-option needs KEY=VALUE, got {option!r}")
    return args


def plan_cores(pin: bool) -> tuple[int | None, int | None]:
    """(server core, generator core): different cores when there are two or more."""
    if not pin or not hasattr(os, "sched_getaffinity"):
        return None, None
    cores = sorted(os.sched_getaffinity(0))
    if len(cores) < 2:
        return None, None
    return cores[0], cores[1]


@contextlib.contextmanager
def pinned(server: Server, core: int | None) -> Iterator[Server]:
    """Pin every thread of a server started elsewhere to one core, and give them back their
    cores afterwards (threads it starts meanwhile inherit the pin from their parent)."""
    before: set[int] = set()
    if core is not None and server.process is not None:
        with contextlib.suppress(psutil.Error, OSError):
            before = set(os.sched_getaffinity(server.process.pid))
            for thread in server.process.threads():
                os.sched_setaffinity(thread.id, {core})
            server.core = core
    try:
        yield server
    finally:
        if before and server.process is not None:
            with contextlib.suppress(psutil.Error, OSError):
                for thread in server.process.threads():
                    with contextlib.suppress(OSError):
                        os.sched_setaffinity(thread.id, before)


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    server_core, generator_core = plan_cores(args.pin)
    if generator_core is not None:
        os.sched_setaffinity(0, {generator_core})
    options = [f"--{o}" for o in args.server_option]
    report: dict[str, Any] = {
        "machine": machine(),
        "command": "python bench/load.py " + " ".join(sys.argv[1:]),
        "pinning": {"server_core": server_core, "generator_core": generator_core},
        "levels": [],
        "soak": None,
    }

    @contextlib.contextmanager
    def the_app() -> Iterator[Server]:
        if args.url:
            server = running_server(args.url, args.pids)
            # Replicas share the machine's cores: pinning them all to one would undo them.
            with pinned(server, None if len(server.app_pids) > 1 else server_core) as server:
                yield server
        else:
            with app_server(options, server_core) as server:
                yield server

    if args.soak:
        with the_app() as server:
            pages = app_pages()
            if args.warm_up:
                await _warm_up(server, pages, args.run_timeout)
            report["soak"] = await run_soak(server, pages, args.soak, args.soak_sessions, args.run_timeout)
        print(format_soak(report["soak"]), flush=True)
    else:
        for n in args.sessions:
            cfg = LevelConfig(
                sessions=n,
                interactions=args.interactions,
                deadline=args.deadline,
                run_timeout=args.run_timeout,
                ramp=args.ramp,
                interact_concurrency=args.interact_concurrency,
                fetch_http=args.fetch_http,
                settle=args.settle,
            )
            level: dict[str, Any] = {"sessions": n}
            with the_app() as server:
                level["app"] = await run_level(server, app_pages(), cfg, args.warm_up)
            print(format_level(level["app"]), flush=True)
            if args.before:
                with before_server(args.before, options, server_core) as server:
                    level["before"] = await run_level(server, pages_in(args.before), cfg, args.warm_up)
                print(format_level(level["before"]), flush=True)
            if args.baseline:
                with baseline_server(server_core) as server:
                    level["baseline"] = await run_level(server, baseline_pages(), cfg, args.warm_up)
                print(format_level(level["baseline"]), flush=True)
                app_p95 = level["app"]["load"]["overall"]["p95_s"]
                base_p95 = level["baseline"]["load"]["overall"]["p95_s"]
                app_p50 = level["app"]["load"]["overall"]["p50_s"]
                base_p50 = level["baseline"]["load"]["overall"]["p50_s"]
                level["ratio_p95"] = _round(app_p95 / base_p95, 3) if app_p95 and base_p95 else None
                level["ratio_p50"] = _round(app_p50 / base_p50, 3) if app_p50 and base_p50 else None
                level["speedup_p95"] = _round(base_p95 / app_p95, 2) if app_p95 and base_p95 else None
                app_cpu = level["app"]["server_cpu_s"]["per_load_run"]
                base_cpu = level["baseline"]["server_cpu_s"]["per_load_run"]
                level["ratio_cpu_per_load_run"] = _round(app_cpu / base_cpu, 3) if app_cpu and base_cpu else None
                print(
                    f"ratio app/baseline at {n}: p50 {level['ratio_p50']}, p95 {level['ratio_p95']}"
                    f" (baseline p95 is {level['speedup_p95']}x the app's);"
                    f" server CPU per first visit {level['ratio_cpu_per_load_run']}\n",
                    flush=True,
                )
            report["levels"].append(level)
    report["checks"] = checks(report["levels"], report["soak"])
    report["machine"]["load_average_end"] = [round(v, 2) for v in os.getloadavg()]
    for item in report["checks"]:
        verdict = {True: "ok", False: "MISSED", None: "n/a"}[item["ok"]]
        print(f"target {item['check']}: {item['value']} (limit {item['limit']}) {verdict}")
    return report


def format_soak(soak: dict[str, Any]) -> str:
    summary = soak["runs_summary"]["overall"]
    return (
        f"soak · {soak['runs']} runs on {soak['sessions']} sessions in {soak['wall_s']} s · errors {summary['errors']}"
        f" · p50 {_ms(summary['p50_s'])} ms, p95 {_ms(summary['p95_s'])} ms"
        f" · server CPU per run {_ms(soak['server_cpu_s_per_run'])} ms\n"
        f"  RSS after {soak['warm_up_runs']} warm-up runs {soak['rss_after_warm_up_mib']} MiB, at the end "
        f"{soak['rss_end_mib']} MiB: growth {soak['rss_growth_pct']} %"
        f" ({soak['rss_slope_mib_per_1000_runs']} MiB per 1,000 runs)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    report = asyncio.run(main_async(args))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
