"""Validation rules for risk_factors.json and personas.json, one seeded fault at a time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.content.helpers import edit_json
from vitd.content import load_content

RISK = "risk_factors.json"
PERSONAS = "personas.json"


def _set(*path_and_value: Any) -> Callable[[dict], None]:
    *path, value = path_and_value

    def change(data: dict) -> None:
        target = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _del(*path: str | int) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        target = data
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return change


CASES: list[tuple[str, str, Callable[[dict], None], str]] = [
    (
        "default not an option",
        RISK,
        _set("questions", 0, "default", "maybe"),
        "risk_factors.json:questions[1]: default: 'maybe' is not one of the options: not_sure, female, male",
    ),
    (
        "age default unknown",
        RISK,
        _set("age", "default", "teen"),
        "risk_factors.json:age: default: 'teen' is not one of the options: not_sure, infant, child, adult, over_70",
    ),
    (
        "points too large",
        RISK,
        _set("questions", 0, "options", 1, "points", 11),
        "risk_factors.json:questions[1].options[2]: points: 11 is too large (must be at most 10)",
    ),
    (
        "points not a number",
        RISK,
        _set("questions", 5, "options", 3, "points", "three"),
        "risk_factors.json:questions[6].options[4]: points: 'three' is not a number",
    ),
    (
        "duplicate option",
        RISK,
        _set("questions", 1, "options", 2, "id", "obesity"),
        "risk_factors.json:questions[2].options[4]: id: duplicate id 'obesity'",
    ),
    (
        "question id reused by a flag",
        RISK,
        _set("flags", 1, "id", "sun"),
        "risk_factors.json:flags[2]: id: duplicate id 'sun' (question and flag ids must all differ, and not be 'age')",
    ),
    (
        "flag with unknown age",
        RISK,
        _set("flags", 5, "ask_ages", ["toddler"]),
        "risk_factors.json:flags[6]: ask_ages: unknown age group 'toddler'; use one of: not_sure, infant, child, "
        "adult, over_70",
    ),
    (
        "flag neither asked nor raised",
        RISK,
        _del("flags", 0, "raised_by_ages"),
        "risk_factors.json:flags[1]: question: a flag needs a question, or raised_by_ages, or both",
    ),
    (
        "flag without reason",
        RISK,
        _set("flags", 2, "reason", ""),
        "risk_factors.json:flags[3]: reason: required value is empty",
    ),
    (
        "first band above 0",
        RISK,
        _set("bands", 0, "min_points", 1),
        "risk_factors.json:bands[1]: min_points: the first band must start at 0",
    ),
    (
        "bands out of order",
        RISK,
        _set("bands", 2, "min_points", 7),
        "risk_factors.json:bands[3]: min_points: must be above the previous band's (7)",
    ),
    (
        "band out of reach",
        RISK,
        _set("bands", 2, "min_points", 20),
        "risk_factors.json:bands[3]: min_points: 20 can never be reached (the most points is 14.5)",
    ),
    (
        "band without next step",
        RISK,
        _del("bands", 1, "next_step"),
        "risk_factors.json:bands[2]: next_step: required value is empty",
    ),
    (
        "unknown source",
        RISK,
        _set("notes", 0, "source_ids", ["S999"]),
        "risk_factors.json:notes[1]: source_ids: unknown source id 'S999' (not in references.csv)",
    ),
    (
        "duplicate persona",
        PERSONAS,
        _set("personas", 1, "id", "tom"),
        "personas.json:personas[2]: id: duplicate id 'tom' (first in personas[1])",
    ),
    (
        "persona id unfit for a link",
        PERSONAS,
        _set("personas", 2, "id", "Karim B"),
        "personas.json:personas[3]: id: 'Karim B' is not in the expected form",
    ),
    (
        "no personas",
        PERSONAS,
        _set("personas", []),
        "personas.json:top: personas: List should have at least 1 item after validation, not 0",
    ),
]


def test_shipped_risk_content_is_valid() -> None:
    content = load_content()
    assert [str(p) for p in content.problems_in(RISK, PERSONAS)] == []


@pytest.mark.parametrize(("name", "filename", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_seeded_fault_is_reported(
    content_dir: Path, name: str, filename: str, change: Callable[[dict], None], expected: str
) -> None:
    edit_json(content_dir / filename, change)
    assert [str(p) for p in load_content(content_dir).problems] == [expected]
