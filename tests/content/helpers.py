"""Small tools to break a copy of the content folder in one precise way."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from vitd.content import load_content

FaultCase = tuple[str, Callable[[Path], None], str]
"""A seeded fault: its name, how it breaks a copy of the content folder, and the one message expected."""


def problems(folder: Path) -> list[str]:
    """Every problem the loader reports for a content folder, as the validator prints them."""
    return [str(p) for p in load_content(folder).problems]


def fault_test(cases: Sequence[FaultCase]) -> Callable[..., None]:
    """The test that each seeded fault is reported with its file, row and field, and nothing else.

    A test module assigns it to a name starting with ``test_`` so that pytest collects it.
    """

    @pytest.mark.parametrize(("case", "breaks", "expected"), cases, ids=[c[0] for c in cases])
    def test_each_fault_is_reported_with_file_row_and_field(
        content_dir: Path, case: str, breaks: Callable[[Path], None], expected: str
    ) -> None:
        breaks(content_dir)
        assert problems(content_dir) == [expected]

    return test_each_fault_is_reported_with_file_row_and_field


def read_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def write_rows(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


def set_cell(path: Path, row: int, column: str, value: str) -> None:
    """Set one cell; ``row`` is the spreadsheet row number (the header is row 1)."""
    rows = read_rows(path)
    rows[row - 1][rows[0].index(column)] = value
    write_rows(path, rows)


def drop_column(path: Path, column: str) -> None:
    rows = read_rows(path)
    index = rows[0].index(column)
    write_rows(path, [r[:index] + r[index + 1 :] for r in rows])


def cell(path: Path, row: int, column: str) -> str:
    rows = read_rows(path)
    return rows[row - 1][rows[0].index(column)]


def edit_json(path: Path, change: Any) -> None:
    """Apply ``change(data)`` to a JSON file in place."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
