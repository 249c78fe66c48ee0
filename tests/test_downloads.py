"""Downloads: cells a spreadsheet could run as formulas are neutralised; the citation comes last."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from vitd.downloads import neutralise_formula, safe_csv


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\t=1", "'\t=1"),
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
