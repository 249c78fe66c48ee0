"""Shared fixtures: a private copy of the content folder and AppTest runs of any screen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Generator, Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests.system_packages import count_skipped, skipped_line
from vitd.content import DATA_DIR_ENV, forget_content
from vitd.screens import SCREENS_BY_ID

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
APP_TIMEOUT = 30


@pytest.fixture(autouse=True)
def _fresh_caches() -> Iterator[None]:
    """Every test starts with empty Streamlit caches, so content is read from its own folder."""
    st.cache_data.clear()
    st.cache_resource.clear()
    forget_content()
    yield
    st.cache_data.clear()
    st.cache_resource.clear()
    forget_content()


@pytest.fixture
def content_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A writable copy of ``data/`` that the app reads instead of the real one."""
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


def run_screen(screen_id: str, query: dict[str, str | list[str]] | None = None) -> AppTest:
    """Run one screen through AppTest the way a browser opening its URL would."""
    script = SCREENS_BY_ID[screen_id].script
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if script != "app.py":
        at.switch_page(script)
    return at.run()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> Generator[None, object, object]:
    """End the run with one line when tests were skipped for want of a Debian package (Chromium…)."""
    result = yield
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and not hasattr(session.config, "workerinput"):
        counts = count_skipped(reporter.stats.get("skipped", []))
        line = skipped_line(counts, root=os.geteuid() == 0, debian=shutil.which("apt-get") is not None)
        if line:
            reporter.write_line(line, yellow=True, bold=True)
    return result
