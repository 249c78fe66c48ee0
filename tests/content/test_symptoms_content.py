"""Validation of the Symptom comparison files, one seeded fault at a time, as ``file:row: field: message``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest

from tests.content.helpers import cell, edit_json, problems, read_rows, set_cell, write_rows
from vitd import content as content_module
from vitd.content import load_content
from vitd.models.symptoms import BODY_REGIONS, RED_FLAGS, SYMPTOM_CONDITIONS, SYMPTOMS
from vitd.models.symptoms import CROSS_CHECKS as SYMPTOM_CROSS_CHECKS

ROOT = Path(__file__).resolve().parents[2]
_FILES = {
    "conditions.csv",
    "symptom_aspects.csv",
    "symptoms.csv",
    "body_regions.csv",
    "red_flags.csv",
    "symptom_screen.json",
}


def cross_problems(folder: Path) -> list[str]:
    """Problems only the symptom files' cross-file checks report (ids one file uses and another lacks).

    The folder is validated twice, with only those checks and with no cross-file check at all;
    what the first run adds is theirs.
    """
    with mock.patch.object(content_module, "CROSS_CHECKS", ()):
        each_file_alone = problems(folder)
    with mock.patch.object(content_module, "CROSS_CHECKS", SYMPTOM_CROSS_CHECKS):
        return [p for p in problems(folder) if p not in each_file_alone]


def test_the_loader_runs_the_symptom_cross_checks() -> None:
    assert SYMPTOM_CROSS_CHECKS
    assert set(SYMPTOM_CROSS_CHECKS) <= set(content_module.CROSS_CHECKS)


def _add_column(path: Path, column: str, values: dict[int, str]) -> None:
    """Add a column to a CSV file, with ``values`` by spreadsheet row number."""
    rows = read_rows(path)
    write_rows(path, [[*r, column if i == 0 else values.get(i + 1, "")] for i, r in enumerate(rows)])


def _duplicate_last_row(name: str) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        rows = read_rows(folder / name)
        write_rows(folder / name, [*rows, rows[-1]])

    return change


def test_shipped_symptom_files_are_valid_and_consistent() -> None:
    assert [p for p in problems(ROOT / "data") if p.split(":")[0] in _FILES] == []
    assert cross_problems(ROOT / "data") == []


def test_every_condition_shown_by_default_describes_its_pain_place_and_red_flags() -> None:
    content = load_content(ROOT / "data")
    defaults = [c.id for c in content.table(SYMPTOM_CONDITIONS) if c.shown_by_default]
    assert defaults == ["osteomalacia", "myopathy", "injury"]
    described = {(c.condition, c.aspect) for c in content.table(SYMPTOMS)}
    for condition in defaults:
        for aspect in ("nature", "location", "red_flags"):
            assert (condition, aspect) in described, (condition, aspect)


def test_injury_is_described_from_the_vetted_round_two_sources() -> None:
    content = load_content(ROOT / "data")
    injury = {c.aspect: c for c in content.table(SYMPTOMS) if c.condition == "injury"}
    assert {"S62", "S63"} <= {sid for c in injury.values() for sid in c.source_ids}
    for words in ("Strain", "Stress fracture", "Shin splints"):
        assert words in injury["nature"].text
    assert [r.region for r in content.table(BODY_REGIONS) if r.condition == "injury"] == ["Shins"]


def test_new_conditions_have_their_cells_regions_and_red_flags() -> None:
    content = load_content(ROOT / "data")
    ids = [c.id for c in content.table(SYMPTOM_CONDITIONS)]
    assert {"cramps", "compartment"} <= set(ids)
    flags = {(f.condition, f.level) for f in content.table(RED_FLAGS)}
    assert ("compartment", "emergency") in flags
    assert ("cramps", "same_day") in flags
    assert {r.condition for r in content.table(BODY_REGIONS)} >= {"cramps"}
    cramps = {c.aspect for c in content.table(SYMPTOMS) if c.condition == "cramps"}
    assert {"nature", "location", "onset", "tests"} <= cramps


def _drop_cell(condition: str, aspect: str) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        rows = read_rows(folder / "symptoms.csv")
        write_rows(folder / "symptoms.csv", [r for r in rows if r[:2] != [condition, aspect]])

    return change


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "condition id with a space",
        lambda f: set_cell(f / "conditions.csv", 2, "id", "bone pain"),
        "conditions.csv:2: id: 'bone pain' is not in the expected form",
    ),
    (
        "duplicate condition id",
        lambda f: set_cell(f / "conditions.csv", 3, "id", "osteomalacia"),
        "conditions.csv:3: id: duplicate 'osteomalacia' (first on row 2)",
    ),
    (
        "default not yes or no",
        lambda f: set_cell(f / "conditions.csv", 2, "shown_by_default", "maybe"),
        "conditions.csv:2: shown_by_default: 'maybe' is not yes or no",
    ),
    (
        "empty aspect label",
        lambda f: set_cell(f / "symptom_aspects.csv", 4, "label", ""),
        "symptom_aspects.csv:4: label: required value is empty",
    ),
    (
        "cell without sources",
        lambda f: set_cell(f / "symptoms.csv", 5, "source_ids", ""),
        "symptoms.csv:5: source_ids: required value is empty",
    ),
    (
        "cell citing an unknown source",
        lambda f: set_cell(f / "symptoms.csv", 6, "source_ids", "S22; S999"),
        "symptoms.csv:6: source_ids: unknown source id 'S999' (not in references.csv)",
    ),
    (
        "empty cell text",
        lambda f: set_cell(f / "symptoms.csv", 7, "text", " "),
        "symptoms.csv:7: text: required value is empty",
    ),
    (
        "red flag not yes or no",
        lambda f: _add_column(f / "symptoms.csv", "red_flag", {8: "urgent"}),
        "symptoms.csv:8: red_flag: 'urgent' is not yes or no",
    ),
    (
        "red flag in symptoms.csv without an action level",
        lambda f: _add_column(f / "symptoms.csv", "red_flag", {8: "yes"}),
        "symptoms.csv:8: red_flag: urgent signs go in red_flags.csv, each with its action level "
        "(emergency or same_day)",
    ),
    (
        "unknown action level",
        lambda f: set_cell(f / "red_flags.csv", 3, "level", "soon"),
        "red_flags.csv:3: level: 'soon' is not one of: 'emergency', 'same_day'",
    ),
    (
        "red flag without a sign",
        lambda f: set_cell(f / "red_flags.csv", 2, "sign", ""),
        "red_flags.csv:2: sign: required value is empty",
    ),
    (
        "red flag without sources",
        lambda f: set_cell(f / "red_flags.csv", 4, "source_ids", ""),
        "red_flags.csv:4: source_ids: required value is empty",
    ),
    (
        "same red flag twice",
        _duplicate_last_row("red_flags.csv"),
        "red_flags.csv:{last}: sign: {condition} × {sign} appears twice (first on row {before})",
    ),
    (
        "condition × aspect twice",
        _duplicate_last_row("symptoms.csv"),
        "symptoms.csv:{last}: aspect: {condition} × {aspect} appears twice (first on row {before})",
    ),
    (
        "unknown involvement",
        lambda f: set_cell(f / "body_regions.csv", 2, "involvement", "always"),
        "body_regions.csv:2: involvement: 'always' is not one of: 'typical', 'sometimes'",
    ),
    (
        "region twice for a condition",
        _duplicate_last_row("body_regions.csv"),
        "body_regions.csv:{last}: region: {condition} × {region} appears twice (first on row {before})",
    ),
    (
        "an action level without its action",
        lambda f: edit_json(f / "symptom_screen.json", lambda d: d["urgent"]["levels"][0].update(action="")),
        "symptom_screen.json:urgent.levels[1]: action: required value is empty",
    ),
    (
        "an action level missing",
        lambda f: edit_json(f / "symptom_screen.json", lambda d: d["urgent"]["levels"].pop()),
        "symptom_screen.json:urgent: levels: list each action level once, in this order: emergency, same_day "
        "(found: emergency)",
    ),
    (
        "action levels in the wrong order",
        lambda f: edit_json(f / "symptom_screen.json", lambda d: d["urgent"]["levels"].reverse()),
        "symptom_screen.json:urgent: levels: list each action level once, in this order: emergency, same_day "
        "(found: same_day, emergency)",
    ),
    (
        "condition shown by default without a location",
        _drop_cell("injury", "location"),
        "conditions.csv:4: shown_by_default: 'injury' is shown by default, so it needs a sourced description of "
        "nature, location, red_flags; none for: location",
    ),
    (
        "condition made default without the aspects it needs",
        lambda f: set_cell(f / "conditions.csv", 10, "shown_by_default", "yes"),
        "conditions.csv:10: shown_by_default: 'compartment' is shown by default, so it needs a sourced description "
        "of nature, location, red_flags; none for: location",
    ),
    (
        "default condition without red flags",
        _drop_cell("osteomalacia", "red_flags"),
        "conditions.csv:2: shown_by_default: 'osteomalacia' is shown by default, so it needs a sourced description "
        "of nature, location, red_flags; none for: red_flags",
    ),
    (
        "missing symptoms file",
        lambda f: (f / "symptoms.csv").unlink(),
        "symptoms.csv: file is missing",
    ),
]


@pytest.mark.parametrize(("case", "breaks", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_symptom_fault_is_reported(
    content_dir: Path, case: str, breaks: Callable[[Path], None], expected: str
) -> None:
    name = expected.split(":")[0]
    path = content_dir / name
    if "{last}" in expected:
        rows = read_rows(path)
        header = rows[0]
        expected = expected.format(
            last=len(rows) + 1,
            before=len(rows),
            condition=rows[-1][header.index("condition")],
            region=cell(path, len(rows), "region") if "region" in header else "",
            sign=cell(path, len(rows), "sign") if "sign" in header else "",
            aspect=cell(path, len(rows), "aspect") if "aspect" in header else "",
        )
    breaks(content_dir)
    assert problems(content_dir) == [expected]


@pytest.mark.parametrize(
    ("file", "row", "column", "value", "expected"),
    [
        ("symptoms.csv", 4, "condition", "flu", "symptoms.csv:4: condition: unknown id 'flu' (not in conditions.csv)"),
        (
            "symptoms.csv",
            12,
            "aspect",
            "smell",
            "symptoms.csv:12: aspect: unknown id 'smell' (not in symptom_aspects.csv)",
        ),
        (
            "body_regions.csv",
            3,
            "condition",
            "gout",
            "body_regions.csv:3: condition: unknown id 'gout' (not in conditions.csv)",
        ),
        (
            "red_flags.csv",
            3,
            "condition",
            "gout",
            "red_flags.csv:3: condition: unknown id 'gout' (not in conditions.csv)",
        ),
    ],
)
def test_ids_that_other_files_lack_are_reported(
    content_dir: Path, file: str, row: int, column: str, value: str, expected: str
) -> None:
    set_cell(content_dir / file, row, column, value)
    assert cross_problems(content_dir) == [expected]
    assert problems(content_dir) == [expected]  # and the loader as the app runs it reports it
