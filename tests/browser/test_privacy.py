"""The Risk check's Myself answers in Chromium against a real server: where a leak would go, and
summaries whose address nobody can work out from the answers.

Streamlit serves a download at ``/media/<id>``, where the id is a hash of the file's bytes, its
type and its name, to any client that asks while the student's session lives. Each summary carries
a random reference kept for the browser tab, so the same answers give a different address.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import stat
import tempfile
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from streamlit.runtime.memory_media_file_storage import _calculate_file_id, get_extension_for_mimetype

from tests.browser.conftest import CHROMIUM, CHROMIUM_ARGS, DESKTOP, SCRIPT_DONE, open_screen
from tests.browser.server import app_server
from tests.conftest import DATA, ROOT
from vitd import risk
from vitd.content import DATA_DIR_ENV, load_content
from vitd.models.risk_factors import RISK_FACTORS, RiskFactors
from vitd.risk import AGE
from vitd.screens.risk_check import myself_view

MYSELF = "/risk_check?mode=myself"
SUMMARY_NAME = "vitamin-d-risk-check.txt"  # as the page offers it
SUMMARY_TYPE = "text/plain"
REFERENCE = re.compile(r"Reference: ([0-9a-f]+)\.")
AGE_ID = "adult"
CHOSEN = {"weight": "obesity", "season": "late_winter", "skin": "very_fair"}
"""Question id → the option a student picks (each option id appears in one question only)."""
TICKED = ("gastric_bypass",)
READ_AT_MOST = 64 * 1024 * 1024


# --- answering as a student -------------------------------------------------------------------


def answer_myself(page: Any, factors: RiskFactors, chosen: Mapping[str, str], ticked: Sequence[str]) -> None:
    """Pick the age, the ``chosen`` options and tick the ``ticked`` flags, by the labels shown."""
    _pick(page, factors.age.question, next(o.label for o in factors.age.options if o.id == AGE_ID))
    for question in factors.questions:
        if question.id in chosen:
            _pick(page, question.question, next(o.label for o in question.options if o.id == chosen[question.id]))
    for flag in factors.flags:
        if flag.id in ticked:
            page.get_by_text(flag.question or flag.label, exact=True).click()
            page.wait_for_selector(SCRIPT_DONE)


def _pick(page: Any, question: str, label: str) -> None:
    page.get_by_role("radiogroup", name=question).get_by_text(label, exact=True).click()
    page.wait_for_selector(SCRIPT_DONE)


def download_summary(page: Any) -> tuple[str, str]:
    """Press "Download my summary": the address the browser fetched the file from, and its text."""
    with page.expect_download() as started:
        page.get_by_test_id("stDownloadButton").get_by_role("button").click()
    download = started.value
    assert download.suggested_filename == SUMMARY_NAME
    return download.url, Path(download.path()).read_text(encoding="utf-8")


def my_answers(factors: RiskFactors, chosen: Mapping[str, str], ticked: Sequence[str]) -> dict[str, str | bool]:
    """The answers the page holds after :func:`answer_myself`: every question asked at that age."""
    answers: dict[str, str | bool] = {AGE: AGE_ID}
    for question in risk.questions_for(AGE_ID, factors):
        answers[question.id] = chosen.get(question.id, question.default)
    for flag in risk.flags_asked(AGE_ID, factors):
        answers[flag.id] = flag.id in ticked
    return answers


def media_address(text: str) -> str:
    """The address Streamlit gives a summary with exactly this text (its media file manager's hash)."""
    file_id = _calculate_file_id(text.encode("utf-8"), SUMMARY_TYPE, SUMMARY_NAME)
    return f"/media/{file_id}{get_extension_for_mimetype(SUMMARY_TYPE)}"


def fetch_without_cookies(url: str) -> int:
    """The status a client that never opened the app (no cookie, no session) gets for ``url``."""
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


# --- 1. two students, the same answers --------------------------------------------------------


def test_the_same_answers_give_each_student_a_summary_address_nobody_can_work_out(browser, base_url: str) -> None:
    content = load_content()
    factors = content.doc(RISK_FACTORS)
    answers = my_answers(factors, CHOSEN, TICKED)
    addresses = []
    for _student in range(2):
        context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
        page = context.new_page()
        open_screen(page, base_url + MYSELF)
        answer_myself(page, factors, CHOSEN, TICKED)
        url, text = download_summary(page)
        reference = REFERENCE.search(text)
        assert reference, text[:500]
        # Worked out as Streamlit does, from the answers and this tab's reference: the very address.
        assert text == myself_view(content, answers, reference.group(1))[1]
        assert url == base_url + media_address(text)
        # Anyone with the address gets the file, no cookie needed (so a 404 below is about the address) ...
        assert fetch_without_cookies(url) == 200
        assert context.request.get(url).text() == text  # and the student's own download works
        # ... but the address worked out from the answers alone, without the reference, serves nothing.
        guessed = myself_view(content, answers, "")[1]
        assert guessed != text
        assert fetch_without_cookies(base_url + media_address(guessed)) == 404
        addresses.append(url)
        context.close()
    assert addresses[0] != addresses[1]


# --- 2. where a leak would go -----------------------------------------------------------------


def _marked_content(folder: Path, marker: str) -> None:
    """A copy of the content where the options a student picks have ids and labels no other text has."""
    shutil.copytree(DATA, folder)
    renamed = {option: f"{option}_{marker}" for option in (*CHOSEN.values(), *TICKED)}

    def mark(value: Any) -> Any:
        if isinstance(value, dict):
            marked = {key: mark(item) for key, item in value.items()}
            if value.get("id") in renamed:
                for key in ("label", "question"):
                    if isinstance(marked.get(key), str):
                        marked[key] = f"{marked[key]} ({marker})"
            return marked
        if isinstance(value, list):
            return [mark(item) for item in value]
        return renamed.get(value, value) if isinstance(value, str) else value

    for name in ("risk_factors.json", "personas.json"):
        path = folder / name
        path.write_text(json.dumps(mark(json.loads(path.read_text(encoding="utf-8"))), ensure_ascii=False), "utf-8")


def _scanned_folders() -> list[Path]:
    """The project and every temporary folder a server could write to."""
    candidates = [ROOT, Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp"), Path("/dev/shm")]
    found: list[Path] = []
    for folder in (c.resolve() for c in candidates if c.is_dir()):
        if not any(folder.is_relative_to(f) for f in found):
            found = [f for f in found if not f.is_relative_to(folder)] + [folder]
    return found


def _files(folders: Iterable[Path], skip: Path) -> dict[str, tuple[int, int, int]]:
    """Every regular file under ``folders`` (but not under ``skip``) with its size, mtime and inode."""
    found = {}
    for folder in folders:
        for dirpath, dirnames, filenames in os.walk(folder):
            if Path(dirpath).is_relative_to(skip):
                dirnames[:] = []
                continue
            for name in filenames:
                path = os.path.join(dirpath, name)
                try:
                    info = os.lstat(path)
                except OSError:
                    continue
                if stat.S_ISREG(info.st_mode):
                    found[path] = (info.st_size, info.st_mtime_ns, info.st_ino)
    return found


def _holding(paths: Iterable[str], needles: Sequence[bytes]) -> list[str]:
    """The files among ``paths`` that contain any of ``needles``."""
    hits = []
    for path in paths:
        try:
            with open(path, "rb") as file:
                data = file.read(READ_AT_MOST)
        except OSError:
            continue
        if any(needle in data for needle in needles):
            hits.append(path)
    return hits


def test_a_students_answers_reach_no_log_file_or_address(browser, tmp_path: Path) -> None:
    marker = "pv" + secrets.token_hex(8)
    content_folder, output, student = tmp_path / "data", tmp_path / "server", tmp_path / "student"
    _marked_content(content_folder, marker)
    output.mkdir()
    factors = load_content(content_folder).doc(RISK_FACTORS)
    assert sum(marker in option.label for q in factors.questions for option in q.options) == len(CHOSEN)
    chosen = {question: f"{option}_{marker}" for question, option in CHOSEN.items()}
    ticked = [f"{flag}_{marker}" for flag in TICKED]

    folders = _scanned_folders()
    before = _files(folders, skip=student)
    asked: list[str] = []
    # Streamlit's most talkative log level: an answer logged at any level would show.
    server_env = {DATA_DIR_ENV: str(content_folder), "STREAMLIT_LOGGER_LEVEL": "debug"}
    with app_server(server_env, output=output) as base_url:
        # The student's own computer: a browser whose profile and downloads stay in `student`.
        context = browser.browser_type.launch_persistent_context(
            str(student / "profile"),
            executable_path=str(CHROMIUM),
            args=CHROMIUM_ARGS,
            accept_downloads=True,
            downloads_path=str(student / "downloads"),
            viewport=DESKTOP,
        )
        page = context.new_page()
        page.on("request", lambda request: asked.append(request.url))
        page.on("websocket", lambda socket: asked.append(socket.url))
        open_screen(page, base_url + MYSELF)
        answer_myself(page, factors, chosen, ticked)
        asked.append(page.url)
        _, summary = download_summary(page)
        asked.append(page.url)
        context.close()
    after = _files(folders, skip=student)

    reference = REFERENCE.search(summary)
    assert reference, summary[:500]
    assert summary.count(marker) == len(CHOSEN) + len(TICKED)  # the student's own file has every answer
    needles = (marker, reference.group(1))

    logged = {
        name: (output / name).read_text(encoding="utf-8", errors="replace") for name in ("stdout.log", "stderr.log")
    }
    assert base_url.rsplit(":", 1)[1] in logged["stdout.log"]  # the output really was captured
    assert {name: [n for n in needles if n in text] for name, text in logged.items()} == {
        "stdout.log": [],
        "stderr.log": [],
    }
    assert [url for url in asked if any(n in url for n in needles)] == []
    assert any("/media/" in url for url in asked)
    written = [path for path, signature in after.items() if before.get(path) != signature]
    assert written, "the server's own output files at least"
    assert _holding(written, [n.encode() for n in needles]) == []
