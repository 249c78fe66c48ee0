"""Files readers download: CSV text that is safe to open in a spreadsheet, with a citation line."""

from __future__ import annotations

import csv
import io

import pandas as pd

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these may be run as a formula by a spreadsheet (CSV injection)."""


def neutralise_formula(value: object) -> str:
    """The cell as text, with a leading apostrophe if a spreadsheet could read it as a formula.

    ``"=1+1"`` becomes ``"'=1+1"``; ``"-5"`` becomes ``"'-5"`` (shown as text, not as a number).
    """
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_cell(value: object) -> str:
    """A cell as :func:`safe_csv` writes it: neutralised, and with its line breaks written as ``\n``.

    The CSV writer quotes a cell with a ``\n`` (our line ending) but not one with a bare carriage
    return, which a spreadsheet reads as the end of the row: ``"Calf\r=HYPERLINK(...)"`` would
    start a new row with a formula. As ``"Calf\n=HYPERLINK(...)"`` it stays one quoted cell.
    """
    return neutralise_formula(value).replace("\r\n", "\n").replace("\r", "\n")


def safe_csv(table: pd.DataFrame, citation: str | None = None) -> str:
    """CSV text of ``table`` (header and every cell neutralised), then a blank row and the citation."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([csv_cell(c) for c in table.columns])
    for row in table.itertuples(index=False):
        writer.writerow([csv_cell(v) for v in row])
    if citation:
        writer.writerow([])
        writer.writerow([csv_cell(citation)])
    return buffer.getvalue()
