"""The frame's content cache: loaded once per process, loaded again when a file changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vitd import content as content_module
from vitd.content import current_content
from vitd.models.site import SITE


def test_content_is_shared_until_a_file_changes(content_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_module, "CHECK_EVERY_S", 0)  # look at the folder on every call
    first = current_content()
    assert current_content() is first
    path = content_dir / "site.json"
    path.write_text(path.read_text(encoding="utf-8").replace("For learning only", "Only for learning"), "utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    second = current_content()
    assert second is not first
    assert "Only for learning" in second.doc(SITE).disclaimer


def test_memo_computes_a_derived_value_once_per_content(content_dir: Path) -> None:
    content = current_content()
    calls: list[int] = []
    assert content.memo("answer", lambda: calls.append(1) or 42) == 42
    assert content.memo("answer", lambda: calls.append(1) or 0) == 42
    assert calls == [1]


def test_memo_keeps_only_the_most_recently_used_values(content_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(content_module, "MEMO_ENTRIES", 3)
    content = current_content()
    for key in ("a", "b", "c"):
        content.memo(key, lambda k=key: k.upper())
    content.memo("a", lambda: "again")  # used again: now the newest
    content.memo("d", lambda: "D")  # pushes out "b", the least recently used
    assert content.memo("a", lambda: "recomputed") == "A"
    assert content.memo("b", lambda: "recomputed") == "recomputed"


def test_the_folder_is_looked_at_once_a_second_at_most(content_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr(content_module.time, "monotonic", lambda: clock[0])
    looks: list[str] = []
    real = content_module.fingerprint
    monkeypatch.setattr(content_module, "fingerprint", lambda folder: looks.append(str(folder)) or real(folder))
    first = current_content()
    path = content_dir / "site.json"
    path.write_text(path.read_text(encoding="utf-8").replace("For learning only", "Only for learning"), "utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    clock[0] += 0.5
    assert current_content() is first  # within the second: the edit is not looked for yet
    clock[0] += content_module.CHECK_EVERY_S
    assert "Only for learning" in current_content().doc(SITE).disclaimer
    assert len(looks) == 2
