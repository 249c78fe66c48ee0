"""Safety in a real browser: nothing leaves 127.0.0.1, and hostile content renders inert."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlparse

from tests.browser.conftest import SCRIPT_DONE, open_screen
from tests.browser.server import app_server
from vitd.content import DATA_DIR_ENV
from vitd.screens import SCREENS

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = [
    "<script>window.__pwned = 1</script>",
    '<img src="x" onerror="window.__pwned = 2">',
    "[a link](javascript:window.__pwned=3)",
    '<a href="javascript:window.__pwned=4">click</a>',
]


def test_every_request_stays_on_this_machine(page, base_url: str) -> None:
    hosts: set[str] = set()
    page.on("request", lambda request: hosts.add(urlparse(request.url).hostname or request.url.split(":")[0]))
    for screen in SCREENS:
        open_screen(page, base_url + screen.url_path)
    # Use the risk check as a student would: answer for "Myself" and download the summary.
    open_screen(page, base_url + "/risk_check?mode=myself")
    page.get_by_role("checkbox").first.check(force=True)
    page.wait_for_selector(SCRIPT_DONE)
    with page.expect_download():
        page.get_by_role("button", name="Download my summary").click()
    assert "myself" in page.url
    assert hosts <= {"127.0.0.1", "data", "blob"}, hosts


def test_script_and_html_in_content_render_inert(browser, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(ROOT / "data", folder)
    site_path = folder / "site.json"
    site = json.loads(site_path.read_text(encoding="utf-8"))
    site["disclaimer"] = "Not medical advice. " + " ".join(PAYLOADS)
    site["intros"] = {key: f"Intro {PAYLOADS[i % len(PAYLOADS)]}" for i, key in enumerate(site["intros"])}
    site_path.write_text(json.dumps(site), encoding="utf-8")

    with app_server({DATA_DIR_ENV: str(folder)}) as url:
        context = browser.new_context()
        page = context.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        for screen in SCREENS[:4]:
            open_screen(page, url + screen.url_path)
            page.wait_for_timeout(300)
            assert page.evaluate("window.__pwned") is None, screen.id
            assert page.locator("[data-testid='stMain'] img[onerror]").count() == 0
            assert page.locator("[data-testid='stMain'] a[href^='javascript:']").count() == 0
            for link in page.locator("[data-testid='stMain'] a").all():
                href = link.get_attribute("href") or ""
                if "pwned" in href:
                    link.click()
                    page.wait_for_timeout(200)
            assert page.evaluate("window.__pwned") is None, screen.id
        assert dialogs == []
        context.close()
