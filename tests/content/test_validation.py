"""The validator: every rule, seeded one fault at a time, reported as ``file:row: field: message``."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.content.helpers import cell, drop_column, edit_json, fault_test, problems, read_rows, set_cell, write_rows
from vitd.content import MAX_FILE_BYTES, SPECS

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_content_is_valid() -> None:
    assert problems(ROOT / "data") == []


def _dup_reference(folder: Path) -> None:
    rows = read_rows(folder / "references.csv")
    write_rows(folder / "references.csv", [*rows[:4], rows[3], *rows[4:]])


def _extra_cells(folder: Path) -> None:
    rows = read_rows(folder / "intake.csv")
    rows[4] = [*rows[4], "surprise"]
    write_rows(folder / "intake.csv", rows)


def _site_no_disclaimer(data: dict) -> None:
    data["disclaimer"] = ""


def _site_unknown_screen(data: dict) -> None:
    data["intros"]["bones"] = "Bones."


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    ("missing file", lambda f: (f / "intake.csv").unlink(), "intake.csv: file is missing"),
    ("empty file", lambda f: (f / "foods.csv").write_text("", encoding="utf-8"), "foods.csv: file is empty"),
    (
        "not UTF-8",
        lambda f: (f / "intake.csv").write_bytes((f / "intake.csv").read_bytes().replace("–".encode(), b"\x96")),
        "intake.csv:2: is not UTF-8 text; save it as 'CSV UTF-8' or 'UTF-8' and try again",
    ),
    (
        "unreadable JSON",
        lambda f: (f / "units.json").write_text('{"iu_per_mcg": {"value": 40,}}', encoding="utf-8"),
        "units.json:1: is not valid JSON: Expecting property name enclosed in double quotes (column 29)",
    ),
    (
        "missing column",
        lambda f: drop_column(f / "foods.csv", "mcg_per_serving"),
        "foods.csv:1: mcg_per_serving: required column is missing",
    ),
    (
        "column twice",
        lambda f: write_rows(f / "intake.csv", [[*r, r[-1]] for r in read_rows(f / "intake.csv")]),
        "intake.csv:1: source_ids: column appears twice",
    ),
    (
        "not a number",
        lambda f: set_cell(f / "foods.csv", 3, "mcg_per_serving", "a lot"),
        "foods.csv:3: mcg_per_serving: 'a lot' is not a number",
    ),
    (
        "negative value",
        lambda f: set_cell(f / "foods.csv", 4, "mcg_per_serving", "-2"),
        "foods.csv:4: mcg_per_serving: -2 is too small (must be at least 0)",
    ),
    (
        "not yes or no",
        lambda f: set_cell(f / "foods.csv", 5, "fortified", "sometimes"),
        "foods.csv:5: fortified: 'sometimes' is not yes or no",
    ),
    (
        "unknown diet",
        lambda f: set_cell(f / "foods.csv", 6, "diet", "keto"),
        "foods.csv:6: diet: 'keto' is not one of: 'vegan', 'vegetarian', 'pescatarian', 'omnivore'",
    ),
    (
        "empty required text",
        lambda f: set_cell(f / "foods.csv", 7, "food", "  "),
        "foods.csv:7: food: required value is empty",
    ),
    (
        "range upside down",
        lambda f: set_cell(f / "foods.csv", 7, "mcg_per_serving_max", "1"),
        "foods.csv:7: mcg_per_serving_max: must not be below mcg_per_serving",
    ),
    (
        "duplicate food",
        lambda f: set_cell(f / "foods.csv", 4, "food", cell(f / "foods.csv", 3, "food").upper()),
        "foods.csv:4: food: duplicate 'TROUT (RAINBOW), FARMED, COOKED' (first on row 3)",
    ),
    ("duplicate id", _dup_reference, "references.csv:5: id: duplicate 'S4' (first on row 4)"),
    (
        "unknown source id",
        lambda f: set_cell(f / "foods.csv", 8, "source_ids", "S1; S404"),
        "foods.csv:8: source_ids: unknown source id 'S404' (not in references.csv)",
    ),
    (
        "malformed source id",
        lambda f: set_cell(f / "intake.csv", 3, "source_ids", "IOM"),
        "intake.csv:3: source_ids: 'IOM' is not a source id like S1 or S4b",
    ),
    (
        "no source id",
        lambda f: set_cell(f / "intake.csv", 3, "source_ids", ""),
        "intake.csv:3: source_ids: required value is empty",
    ),
    (
        "unknown source id in JSON",
        lambda f: edit_json(f / "units.json", lambda d: d["daily_value_mcg"].update(source_ids=["S1", "S777"])),
        "units.json:daily_value_mcg: source_ids: unknown source id 'S777' (not in references.csv)",
    ),
    (
        "age range overlaps",
        lambda f: set_cell(f / "intake.csv", 5, "age_min_years", "3"),
        "intake.csv:5: age_min_years: overlaps 'Children 1–3 years' (ages up to 4)",
    ),
    (
        "age gap",
        lambda f: set_cell(f / "intake.csv", 5, "age_min_years", "5"),
        "intake.csv:5: age_min_years: leaves ages 4–5 without a life stage",
    ),
    (
        "age max below min",
        lambda f: set_cell(f / "intake.csv", 4, "age_max_years", "0.5"),
        "intake.csv:4: age_max_years: must be above age_min_years",
    ),
    (
        "upper limit below target",
        lambda f: set_cell(f / "intake.csv", 10, "ul_mcg", "10"),
        "intake.csv:10: ul_mcg: the upper limit must not be below the daily target",
    ),
    (
        "band min above max",
        lambda f: set_cell(f / "serum_levels.csv", 3, "nmol_l_min", "60"),
        "serum_levels.csv:3: nmol_l_min: is above nmol_l_max (50)",
    ),
    (
        "bands overlap",
        lambda f: set_cell(f / "serum_levels.csv", 3, "nmol_l_min", "25"),
        "serum_levels.csv:3: nmol_l_min: overlaps band 'deficiency' (ends at 30)",
    ),
    (
        "extra cells",
        _extra_cells,
        "intake.csv:5: has 11 cells but the header has 10 columns",
    ),
    (
        "empty text in JSON",
        lambda f: edit_json(f / "site.json", _site_no_disclaimer),
        "site.json:top: disclaimer: required value is empty",
    ),
    (
        "unknown screen in JSON",
        lambda f: edit_json(f / "site.json", _site_unknown_screen),
        "site.json:intros: bones: unknown screen id; use one of: blood_levels, food_sources, key_points, "
        "quiz, risk_check, sources, sun, symptoms, teach",
    ),
    (
        "formula in a cell",
        lambda f: set_cell(f / "foods.csv", 3, "note", '=HYPERLINK("http://example.invalid","click")'),
        "foods.csv:3: note: looks like a spreadsheet formula; content cells must be plain text",
    ),
    (
        "formula starting with @",
        lambda f: set_cell(f / "references.csv", 2, "title", "@SUM(A1:A2)"),
        "references.csv:2: title: looks like a spreadsheet formula; content cells must be plain text",
    ),
    (
        "saved as UTF-16",
        lambda f: (f / "intake.csv").write_bytes((f / "intake.csv").read_text(encoding="utf-8").encode("utf-16")),
        "intake.csv: is saved as UTF-16; save it as 'CSV UTF-8' or 'UTF-8' instead",
    ),
    (
        "truncated CSV",
        lambda f: (f / "intake.csv").write_text((f / "intake.csv").read_text(encoding="utf-8")[:286], encoding="utf-8"),
        "intake.csv:4: source_ids: required value is empty",
    ),
    (
        "truncated JSON",
        lambda f: (f / "site.json").write_text((f / "site.json").read_text(encoding="utf-8")[:120], encoding="utf-8"),
        "site.json:3: is not valid JSON: Unterminated string starting at (column 14)",
    ),
    (
        "huge file",
        lambda f: (f / "foods.csv").write_bytes(b"x" * (MAX_FILE_BYTES + 1)),
        f"foods.csv: is {MAX_FILE_BYTES + 1:,} bytes; content files must be under 5 MB",
    ),
]


test_each_fault_is_reported_with_file_row_and_field = fault_test(CASES)


def test_every_problem_is_reported_not_just_the_first(content_dir: Path) -> None:
    set_cell(content_dir / "foods.csv", 3, "mcg_per_serving", "x")
    set_cell(content_dir / "foods.csv", 9, "source_ids", "S999")
    set_cell(content_dir / "serum_levels.csv", 2, "meaning", "")
    (content_dir / "units.json").unlink()
    assert problems(content_dir) == [
        "units.json: file is missing",
        "foods.csv:3: mcg_per_serving: 'x' is not a number",
        "serum_levels.csv:2: meaning: required value is empty",
        "foods.csv:9: source_ids: unknown source id 'S999' (not in references.csv)",
    ]


def test_a_byte_order_mark_and_extra_columns_are_accepted(content_dir: Path) -> None:
    path = content_dir / "intake.csv"
    rows = read_rows(path)
    write_rows(path, [[*r, "comment" if i == 0 else "anything"] for i, r in enumerate(rows)])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert problems(content_dir) == []


def test_missing_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    assert problems(tmp_path / "nowhere") == [f"{tmp_path / 'nowhere'}: content folder does not exist"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vitd", "validate", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_cli_says_valid_and_exits_0() -> None:
    result = _cli()
    assert result.returncode == 0
    assert result.stdout.startswith(f"valid: {len(SPECS)} content files")


def test_cli_lists_every_problem_and_exits_1(content_dir: Path) -> None:
    set_cell(content_dir / "foods.csv", 3, "diet", "carnivore")
    (content_dir / "references.csv").write_text("id,title\nS1,A\n", encoding="utf-8")
    result = _cli(str(content_dir))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "references.csv:1: authors: required column is missing" in lines
    assert any(line.startswith("foods.csv:3: diet: 'carnivore' is not one of") for line in lines)
    assert lines[-1] == f"{len(lines) - 2} problems found in {content_dir}."
    assert "Traceback" not in result.stderr


def test_cross_file_problems_are_reported_by_the_validator(content_dir: Path) -> None:
    path = content_dir / "personas.json"
    data = path.read_text(encoding="utf-8")
    path.write_text(data.replace('"age": "child"', '"age": "toddler"', 1), encoding="utf-8")
    assert problems(content_dir) == [
        "personas.json:personas[1]: age: unknown age group 'toddler'; "
        "use one of: not_sure, infant, child, adult, over_70"
    ]
