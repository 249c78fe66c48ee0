"""Downloads: cells a spreadsheet could run as formulas are neutralised; the citation comes last."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.content.helpers import edit_json
from vitd.content import load_content
from vitd.downloads import csv_cell, neutralise_formula, safe_csv
from vitd.screens import food_sources, sun, symptoms


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
        ("\r=1+1", "'\r=1+1"),
        ("\rCalf pain", "'\rCalf pain"),
        ("Calf pain", "Calf pain"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (3.5, "3.5"),
    ],
)
def test_neutralise_formula(cell: object, expected: str) -> None:
    assert neutralise_formula(cell) == expected


def test_safe_csv_neutralises_header_and_cells_and_ends_with_the_citation() -> None:
    table = pd.DataFrame({"=Aspect": ["Where", "@when"], "DVT": ['=HYPERLINK("x")', "Calf, thigh"]})
    rows = list(csv.reader(io.StringIO(safe_csv(table, "Sources: S36."))))
    assert rows == [
        ["'=Aspect", "DVT"],
        ["Where", '\'=HYPERLINK("x")'],
        ["'@when", "Calf, thigh"],
        [],
        ["Sources: S36."],
    ]


def test_safe_csv_without_citation_has_only_the_table() -> None:
    assert safe_csv(pd.DataFrame({"a": [1]})) == "a\n1\n"


FORMULA_LIKE = ("=", "+", "-", "@", "\t", "\r")


def _rows(text: str) -> list[list[str]]:
    """The CSV as a spreadsheet reads it: a bare carriage return ends a row, like a line feed."""
    return list(csv.reader(io.StringIO(text, newline="")))


def test_a_cell_starting_with_a_carriage_return_stays_one_neutralised_cell() -> None:
    table = pd.DataFrame({"\rHeader": ["\r=1+1", "ok\r", "Calf\r=HYPERLINK(1)", "a\r\nb"]})
    rows = _rows(safe_csv(table))
    assert rows == [["'\nHeader"], ["'\n=1+1"], ["ok\n"], ["Calf\n=HYPERLINK(1)"], ["a\nb"]]


@pytest.mark.parametrize("citation", ['=HYPERLINK("https://x.example")', "\r=1+1", "-2", "@cmd", "+1", "\tx"])
def test_a_formula_like_citation_line_is_neutralised(citation: str) -> None:
    rows = _rows(safe_csv(pd.DataFrame({"a": ["b"]}), citation))
    assert rows[:3] == [["a"], ["b"], []]
    assert len(rows) == 4
    assert rows[3] == ["'" + citation.replace("\r", "\n")]


@given(st.lists(st.text(), min_size=1, max_size=4), st.text())
def test_whatever_the_text_every_cell_reads_back_as_one_cell_that_is_no_formula(
    cells: list[str], citation: str
) -> None:
    rows = _rows(safe_csv(pd.DataFrame({"Column": cells}), citation))
    expected = [["Column"], *([csv_cell(c)] for c in cells), *([[], [csv_cell(citation)]] if citation else [])]
    assert rows == expected
    assert [cell for row in rows for cell in row if cell.startswith(FORMULA_LIKE)] == []


DOWNLOADS: dict[str, tuple[str, Callable]] = {
    "symptoms": ("symptom_screen.json", lambda c: symptoms.view(c, symptoms.CHOICES.defaults(c)).comparison.csv),
    "food_sources": ("food_screen.json", lambda c: food_sources.view(c, food_sources.CHOICES.defaults(c)).csv),
    "sun": ("sun.json", lambda c: sun.view(c, sun.CHOICES.defaults(c)).shown.csv),
}


@pytest.mark.parametrize("screen", list(DOWNLOADS))
def test_each_screen_download_neutralises_a_citation_an_editor_wrote_like_a_formula(
    content_dir: Path, screen: str
) -> None:
    filename, download = DOWNLOADS[screen]
    edit_json(content_dir / filename, lambda data: data.update(citation="=1+1 " + data["citation"]))
    content = load_content(content_dir)
    assert content.problems == ()
    rows = _rows(download(content))
    assert rows[-2] == []
    assert rows[-1][0].startswith("'=1+1 Vitamin D Explorer")
    assert [cell for row in rows for cell in row if cell.startswith(FORMULA_LIKE)] == []
