"""Small tools to break a copy of the content folder in one precise way."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any


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
