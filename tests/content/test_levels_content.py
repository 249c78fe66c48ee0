"""Validation rules for the Blood test content (serum_levels.csv, blood_test.json), one fault at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.content.helpers import edit_json, problems, read_rows, set_cell, write_rows
from vitd.content import load_content
from vitd.models.blood_test import BLOOD_TEST
from vitd.models.serum_levels import SERUM_LEVELS

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_blood_test_content_is_valid() -> None:
    content = load_content(ROOT / "data")
    assert content.problems_in(SERUM_LEVELS.filename, BLOOD_TEST.filename) == ()


def _drop_es2011_ng_max(folder: Path) -> None:
    set_cell(folder / "serum_levels.csv", 6, "ng_ml_min", "")
    set_cell(folder / "serum_levels.csv", 6, "ng_ml_max", "")


def _close_top_band(folder: Path) -> None:
    set_cell(folder / "serum_levels.csv", 8, "nmol_l_max", "250")
    set_cell(folder / "serum_levels.csv", 8, "ng_ml_max", "100")


def _swap_rows(folder: Path) -> None:
    rows = read_rows(folder / "serum_levels.csv")
    rows[2], rows[5] = rows[5], rows[2]
    write_rows(folder / "serum_levels.csv", rows)


def _blood(change: Callable[[dict], None]) -> Callable[[Path], None]:
    return lambda folder: edit_json(folder / "blood_test.json", change)


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "unknown severity",
        lambda f: set_cell(f / "serum_levels.csv", 3, "severity", "meh"),
        "serum_levels.csv:3: severity: 'meh' is not one of: 'low', 'borderline', 'ok', 'high'",
    ),
    (
        "guideline name differs",
        lambda f: set_cell(f / "serum_levels.csv", 4, "guideline", "IOM"),
        "serum_levels.csv:4: guideline: differs from 'IOM 2011 / NIH ODS' used for 'iom' above",
    ),
    (
        "ng/mL limits for some bands only",
        _drop_es2011_ng_max,
        "serum_levels.csv:6: ng_ml_min: give ng/mL limits for every band of this guideline, or for none",
    ),
    (
        "ng/mL max without min",
        lambda f: set_cell(f / "serum_levels.csv", 3, "ng_ml_min", ""),
        "serum_levels.csv:3: ng_ml_min: is empty but ng_ml_max is given",
    ),
    (
        "ng/mL bands overlap",
        lambda f: set_cell(f / "serum_levels.csv", 3, "ng_ml_min", "11"),
        "serum_levels.csv:3: ng_ml_min: overlaps band 'deficiency' (ends at 12)",
    ),
    (
        "ng/mL gap",
        lambda f: set_cell(f / "serum_levels.csv", 4, "ng_ml_min", "21"),
        "serum_levels.csv:4: ng_ml_min: leaves a gap after band 'inadequacy' (ends at 20)",
    ),
    (
        "lowest band does not start at 0",
        lambda f: set_cell(f / "serum_levels.csv", 6, "nmol_l_min", "5"),
        "serum_levels.csv:6: nmol_l_min: the lowest band of a guideline must start at 0",
    ),
    (
        "top band closed",
        _close_top_band,
        "serum_levels.csv:8: nmol_l_max: the top band of a guideline must be open-ended (leave it empty)\n"
        "serum_levels.csv:8: ng_ml_max: the top band of a guideline must be open-ended (leave it empty)",
    ),
    (
        "rows in another order are fine",
        _swap_rows,
        "",
    ),
    (
        "unknown placeholder in a template",
        _blood(lambda d: d["input"].update(not_a_number="{number} is not a number")),
        "blood_test.json:top: input.not_a_number: unknown placeholder {number}; use {value}",
    ),
    (
        "placeholder in a plain text",
        _blood(lambda d: d["guidelines"]["es2024"].update(text="In {year} the guideline changed.")),
        "blood_test.json:top: guidelines.es2024.text: unknown placeholder {year}",
    ),
    (
        "placeholder in a list item",
        _blood(lambda d: d["clinician"]["tests"][1].update(text="Raised {when}.")),
        "blood_test.json:clinician.tests[2]: text: unknown placeholder {when}",
    ),
    (
        "empty message",
        _blood(lambda d: d["input"].update(too_high="")),
        "blood_test.json:top: input.too_high: required value is empty",
    ),
    (
        "no lab tests",
        _blood(lambda d: d["clinician"].update(tests=[])),
        "blood_test.json:top: clinician.tests: Tuple should have at least 1 item after validation, not 0",
    ),
    (
        "plausible maximum not a number",
        _blood(lambda d: d["input"].update(plausible_max_nmol_l="lots")),
        "blood_test.json:top: input.plausible_max_nmol_l: 'lots' is not a number",
    ),
    (
        "unknown source id in a stage",
        _blood(lambda d: d["clinician"]["stages"][0].update(source_ids=["S37b", "S999"])),
        "blood_test.json:clinician.stages[1]: source_ids: unknown source id 'S999' (not in references.csv)",
    ),
]


@pytest.mark.parametrize(("case", "breaks", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_fault_is_reported(content_dir: Path, case: str, breaks: Callable[[Path], None], expected: str) -> None:
    breaks(content_dir)
    assert problems(content_dir) == (expected.split("\n") if expected else [])
