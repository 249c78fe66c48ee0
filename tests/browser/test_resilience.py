"""Resilience: one session's broken screen leaves others working; a dropped websocket recovers."""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from tests.browser.conftest import SCRIPT_DONE, open_screen
from tests.browser.server import app_server
from tests.content.helpers import set_cell
from vitd.content import CHECK_EVERY_S, DATA_DIR_ENV

ROOT = Path(__file__).resolve().parents[2]


def test_a_broken_screen_in_one_session_leaves_other_sessions_working(browser, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    with app_server({DATA_DIR_ENV: str(folder)}) as url:
        first, second = browser.new_context(), browser.new_context()
        one, two = first.new_page(), second.new_page()
        open_screen(one, url + "/food_sources")
        open_screen(two, url + "/blood_levels?value=20&unit=ng/mL")

        original = (folder / "foods.csv").read_bytes()
        set_cell(folder / "foods.csv", 3, "mcg_per_serving", "lots")
        time.sleep(CHECK_EVERY_S)  # the server looks at the folder for edits once a second
        open_screen(one, url + "/food_sources")
        assert one.get_by_text("This screen can't be shown right now").is_visible()
        assert one.get_by_text("foods.csv:3: mcg_per_serving: 'lots' is not a number").is_visible()

        open_screen(two, url + "/blood_levels?value=30&unit=ng/mL")
        assert two.locator('[data-testid="stException"]').count() == 0
        assert two.get_by_text("can't be shown").count() == 0

        (folder / "foods.csv").write_bytes(original)
        time.sleep(CHECK_EVERY_S)
        open_screen(one, url + "/food_sources")
        assert one.get_by_text("can't be shown").count() == 0
        first.close()
        second.close()


def test_a_session_gets_its_screen_back_after_its_websocket_drops(browser, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    sockets = []

    def relay(socket) -> None:  # type: ignore[no-untyped-def]
        socket.connect_to_server()
        sockets.append(socket)

    page.route_web_socket(re.compile(r".*/_stcore/stream$"), relay)
    path = "/symptoms?compare=dvt,sciatica"
    open_screen(page, base_url + path)
    assert len(sockets) == 1
    sockets[0].close(code=1001, reason="dropped by the test")
    deadline = 60_000
    while len(sockets) < 2 and deadline > 0:
        page.wait_for_timeout(200)
        deadline -= 200
    assert len(sockets) == 2, "the page did not reconnect"
    page.wait_for_selector(SCRIPT_DONE)
    headers = page.locator('[data-testid="stMain"] table').first.locator("thead th")
    headers.first.wait_for()
    assert [h.strip() for h in headers.all_inner_texts()][1:] == ["DVT", "Sciatica"]
    assert page.url == base_url + path
    assert page.locator('[data-testid="stException"]').count() == 0
    context.close()
