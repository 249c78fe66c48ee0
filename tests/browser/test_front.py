"""``make serve``: two replicas behind nginx, checked through the front as a class would use it.

Without nginx these tests are skipped, except under CI (``CI=true``), where a missing nginx
fails the run. The Chromium checks also need the browser (see ``conftest.py``).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import gzip
import hashlib
import re
import signal
import time
import urllib.request
from collections import Counter
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import psutil
import pytest
import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from tests.browser.conftest import open_screen
from tests.browser.server import NGINX, Front, front_server
from tests.system_packages import missing
from vitd.screens import SCREENS

T = TypeVar("T")
BROWSERS = 40
ROUTE_COOKIE = "vitd_route"


def _require_nginx() -> None:
    if not NGINX.exists():
        missing("nginx", str(NGINX))


@pytest.fixture(scope="module")
def front() -> Iterator[Front]:
    _require_nginx()
    with front_server(replicas=2) as running:
        yield running


def _get(url: str, cookie: str | None = None, gzip: bool = False) -> tuple[int, dict[str, str], bytes]:
    headers = {"Accept-Encoding": "gzip"} if gzip else {}
    if cookie:
        headers["Cookie"] = f"{ROUTE_COOKIE}={cookie}"
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as response:
        return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()


# --- the protocol: one simulated browser tab ----------------------------------------------------


async def _open_session(front: Front, cookie: str, session_id: str | None = None) -> tuple[object, str]:
    """Open the websocket as the frontend does (resuming ``session_id`` if given), run the Quiz
    screen once and return the socket and the id of the session the server gave it."""
    protocols = ["streamlit", "PLACEHOLDER_AUTH_TOKEN", *([session_id] if session_id else [])]
    ws = await websockets.connect(
        front.base_url.replace("http://", "ws://") + "/_stcore/stream",
        subprotocols=protocols,
        origin=front.base_url,
        additional_headers={"Cookie": f"{ROUTE_COOKIE}={cookie}"},
        max_size=64 * 1024 * 1024,
        ping_interval=None,
    )
    back = BackMsg()
    back.rerun_script.page_name = "quiz"
    back.rerun_script.context_info.url = front.base_url + "/quiz"
    await ws.send(back.SerializeToString())
    got = ""
    deadline = time.monotonic() + 30
    while True:
        msg = ForwardMsg()
        msg.ParseFromString(await asyncio.wait_for(ws.recv(), max(0.1, deadline - time.monotonic())))
        if msg.WhichOneof("type") == "new_session" and msg.new_session.initialize.session_id:
            got = msg.new_session.initialize.session_id
        if msg.WhichOneof("type") == "script_finished":
            return ws, got


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run ``coroutine`` in a thread of its own: Playwright's sync API may already run an event
    loop in this one (the browser tests share a worker with these)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


def _sessions_per_replica(front: Front) -> dict[int, int]:
    """Open websockets per replica: the sessions each one holds right now."""
    return {
        port: sum(
            1
            for c in process.net_connections(kind="tcp")
            if c.status == psutil.CONN_ESTABLISHED and c.laddr.port == port
        )
        for port, process in front.replicas().items()
    }


def _browser_cookies() -> list[str]:
    # Fixed but distinct values, so the test does not depend on chance; the front hashes any
    # 32-hex-digit cookie the same way as the random ones it hands out.
    return [hashlib.md5(f"browser {i}".encode()).hexdigest() for i in range(BROWSERS)]


# --- HTTP -------------------------------------------------------------------------------------


def test_front_answers_health_and_hands_each_new_browser_its_own_route_cookie(front: Front) -> None:
    status, _, body = _get(front.base_url + "/_stcore/health")
    assert (status, body) == (200, b"ok")
    cookies = set()
    for _ in range(3):
        _, headers, _ = _get(front.base_url + "/")
        match = re.fullmatch(rf"{ROUTE_COOKIE}=([0-9a-f]{{32}}); Path=/; HttpOnly; SameSite=Lax", headers["set-cookie"])
        assert match, headers["set-cookie"]
        cookies.add(match.group(1))
    assert len(cookies) == 3
    _, headers, _ = _get(front.base_url + "/", cookie=cookies.pop())
    assert "set-cookie" not in headers


def test_security_headers_allow_embedding_and_robots_txt_is_real(front: Front) -> None:
    _, headers, _ = _get(front.base_url + "/quiz")
    assert "x-frame-options" not in headers
    assert "frame-ancestors 'self' https:" in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    status, headers, body = _get(front.base_url + "/robots.txt")
    assert status == 200
    assert headers["content-type"].startswith("text/plain")
    assert body == b"User-agent: *\nDisallow: /\n"


def test_hashed_javascript_comes_compressed_immutable_and_from_the_front_cache(front: Front) -> None:
    _, _, page = _get(front.base_url + "/")
    scripts = re.findall(rb'src="\./(static/js/[^"]+\.js)"', page)
    assert scripts
    url = f"{front.base_url}/{scripts[0].decode()}"
    _, first, body = _get(url, gzip=True)
    _, again, _ = _get(url, gzip=True)
    for headers in (first, again):
        assert headers["content-encoding"] == "gzip"
        assert "immutable" in headers["cache-control"]
        assert "max-age=31536000" in headers["cache-control"]
    assert again["x-cache-status"] == "HIT"
    _, plain, raw = _get(url)
    assert "content-encoding" not in plain
    assert len(body) < len(raw) / 2


# --- sessions ---------------------------------------------------------------------------------


def test_a_class_behind_one_address_spreads_over_both_replicas(front: Front) -> None:
    async def run() -> dict[int, int]:
        sockets = [ws for ws, _ in await asyncio.gather(*(_open_session(front, c) for c in _browser_cookies()))]
        try:
            return _sessions_per_replica(front)
        finally:
            await asyncio.gather(*(ws.close() for ws in sockets))

    counts = _run(run())
    assert len(counts) == 2
    assert sum(counts.values()) == BROWSERS, counts
    for held in counts.values():
        assert BROWSERS / 3 <= held <= BROWSERS * 2 / 3, counts


def test_a_dropped_websocket_reconnects_to_the_replica_that_holds_its_session(front: Front) -> None:
    async def run() -> None:
        cookies = _browser_cookies()
        # Two browsers whose cookies lead to different replicas.
        ws, _ = await _open_session(front, cookies[0])
        first = Counter({p: n for p, n in _sessions_per_replica(front).items() if n})
        await ws.close()
        other = None
        for cookie in cookies[1:]:
            ws, _ = await _open_session(front, cookie)
            here = {p for p, n in _sessions_per_replica(front).items() if n}
            await ws.close()
            if here != set(first):
                other = cookie
                break
        assert other, "every cookie went to one replica"

        ws, session = await _open_session(front, cookies[0])
        assert session
        await ws.close()  # the connection drops; the replica keeps the session for a while
        ws, resumed = await _open_session(front, cookies[0], session_id=session)
        await ws.close()
        assert resumed == session
        # The same reconnect sent to the other replica starts from nothing: a new session.
        ws, elsewhere = await _open_session(front, other, session_id=session)
        await ws.close()
        assert elsewhere != session

    _run(run())


# --- Chromium ---------------------------------------------------------------------------------


def test_deep_link_with_a_query_string_works_on_a_first_visit(browser, front: Front) -> None:
    context = browser.new_context()
    page = context.new_page()
    path = "/symptoms?compare=osteomalacia,myopathy"
    open_screen(page, front.base_url + path)
    assert page.locator("h1").first.inner_text() == "Symptom comparison"
    headers = page.locator('[data-testid="stMain"] table').first.locator("thead th")
    headers.first.wait_for()
    assert [h.strip() for h in headers.all_inner_texts()][1:] == ["Osteomalacia", "Myopathy"]
    assert page.url == front.base_url + path
    context.close()


SHIFTS = """
window.__shifts = [];
new PerformanceObserver(list => list.getEntries().forEach(e => window.__shifts.push(e.value)))
  .observe({type: "layout-shift", buffered: true});
"""
SIDEWAYS_JUMP = 0.2
"""The whole screen moving sideways as the sidebar opens measures 0.23 at 1280 px; smaller shifts
(a widget taking its final height) are not this."""


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.id)
def test_every_screen_renders_through_the_front_without_jumping_sideways(browser, front: Front, screen) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(SHIFTS)
    page = context.new_page()
    open_screen(page, front.base_url + screen.url_path)
    assert page.locator("h1").first.inner_text() == screen.title
    assert page.locator('[data-testid="stException"]').count() == 0
    view = page.locator('[data-testid="stAppViewContainer"]')
    assert view.evaluate("e => getComputedStyle(e).visibility") == "visible"
    shifts = page.evaluate("window.__shifts")
    assert not [s for s in shifts if s >= SIDEWAYS_JUMP], shifts
    context.close()


def test_the_page_stays_hidden_only_until_the_app_draws(front: Front) -> None:
    _, headers, page = _get(front.base_url + "/sun?place=oslo", gzip=True)
    assert headers["content-encoding"] == "gzip"
    html = gzip.decompress(page).decode()
    head = html[: html.index("</head>")]
    assert head.count('[data-testid="stAppViewContainer"]{visibility:hidden}') == 1


def test_a_csv_download_comes_through_the_front(browser, front: Front) -> None:
    context = browser.new_context()
    page = context.new_page()
    open_screen(page, front.base_url + "/symptoms?conditions=osteomalacia,myopathy")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download this view (CSV)").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    assert download.value.suggested_filename == "symptom-comparison.csv"
    header = text.splitlines()[0]
    assert header == "Aspect,Osteomalacia (vitamin D bone pain),Vitamin D myopathy (muscle pain and weakness)"
    context.close()


# --- stopping -----------------------------------------------------------------------------------


def test_stopping_make_serve_leaves_no_process_behind() -> None:
    _require_nginx()
    with front_server(replicas=2) as running:
        started = running.processes()
        names = Counter(p.name() for p in started)
        assert len(running.replicas()) == 2
        assert names["nginx"] >= 2  # master and worker
        running.stop()
        log = running.log.read_text(errors="replace")
        # make passes SIGTERM on to the serve script, waits for it, then ends by the same signal.
        assert running.make.returncode == -signal.SIGTERM, log
        assert "Stopping." in log
    left = [p for p in started if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]
    assert not left, left
    with pytest.raises(OSError):
        urllib.request.urlopen(running.base_url + "/_stcore/health", timeout=2)
