"""Words a student can read, checked over every content file: reading level and technical terms."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from tests.content.helpers import read_rows, write_rows
from vitd import foods
from vitd.content import load_content
from vitd.models.food_screen import FOOD_SCREEN
from vitd.models.foods import FOODS
from vitd.models.glossary import GLOSSARY
from vitd.models.intake import INTAKE
from vitd.models.units import UNITS
from vitd.wording import (
    MAX_GRADE,
    glossary_names,
    measured_texts,
    reading_grade,
    student_texts,
    unexplained_terms,
)

ROOT = Path(__file__).resolve().parents[2]
CONTENT = load_content(ROOT / "data")
MEASURED = measured_texts(CONTENT)

ISSUE_TERMS = (
    "statin",
    "UVB",
    "receptor",
    "mineralised",
    "phosphate",
    "biopsy",
    "previtamin D3",
    "ankle–brachial index",
    "cauda equina",
    "coeliac disease",
    "Crohn's disease",
    "cystic fibrosis",
    "odds ratio",
    "pooled analysis",
    "compartment syndrome",
    "claudication",
)
"""Terms the student texts used without explaining them (issue 14): each needs a glossary entry."""


def _insights() -> list[str]:
    table = foods.foods_frame(CONTENT.table(FOODS))
    units = CONTENT.doc(UNITS)
    texts = CONTENT.doc(FOOD_SCREEN).insights
    return [
        text
        for stage in CONTENT.table(INTAKE)
        for unit in ("mcg", "IU")
        for text, _ in foods.insights(texts, table, stage, unit, units)
    ]


def test_every_screen_and_the_handout_are_measured() -> None:
    files = {re.match(r"^\w+\.(?:json|csv)", t.where).group() for t in MEASURED}  # type: ignore[union-attr]
    assert files >= {
        "key_points.json",
        "mechanism.json",
        "faq.json",
        "symptoms.csv",
        "red_flags.csv",
        "quiz.json",
        "risk_factors.json",
        "personas.json",
        "food_screen.json",
        "blood_test.json",
        "glossary.csv",
        "about.json",
    }
    assert not [t for t in student_texts(CONTENT) if t.where.endswith(".advanced")]
    assert not [t for t in student_texts(CONTENT) if t.where.startswith(("lesson.json", "references.csv"))]


@pytest.mark.parametrize("text", MEASURED, ids=[t.where for t in MEASURED])
def test_every_student_text_reads_at_grade_ten_or_below(text) -> None:  # type: ignore[no-untyped-def]
    grade = reading_grade(text.text)
    assert grade <= MAX_GRADE, f"{text.where} reads at grade {grade:.1f}"


@pytest.mark.parametrize("text", _insights())
def test_every_food_insight_as_shown_reads_at_grade_ten_or_below(text: str) -> None:
    assert reading_grade(text) <= MAX_GRADE, text


def test_every_technical_term_a_student_text_uses_is_in_the_glossary() -> None:
    assert unexplained_terms(CONTENT) == []


@pytest.mark.parametrize("term", ISSUE_TERMS)
def test_the_terms_students_met_unexplained_now_have_entries(term: str) -> None:
    assert term.casefold().replace("–", "-") in glossary_names(list(CONTENT.table(GLOSSARY)))


def test_a_term_without_its_glossary_entry_is_reported(content_dir: Path) -> None:
    path = content_dir / "glossary.csv"
    rows = read_rows(path)
    write_rows(path, [r for r in rows if r[0] != "Statin"])
    missing = unexplained_terms(load_content(content_dir))
    assert ("red_flags.csv[6].sign", "statin") in missing
    assert {term for _, term in missing} == {"statin"}


def test_a_hard_text_is_caught(content_dir: Path) -> None:
    path = content_dir / "symptoms.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[1][2] = (
        "Osteomalacia characteristically manifests as diffuse, symmetrical, predominantly periarticular "
        "skeletal discomfort, frequently accompanied by proximal myopathy, hypocalcaemia, hypophosphataemia "
        "and compensatory secondary hyperparathyroidism with elevated alkaline phosphatase concentrations."
    )
    write_rows(path, rows)
    hard = [t.where for t in measured_texts(load_content(content_dir)) if reading_grade(t.text) > MAX_GRADE]
    assert hard == ["symptoms.csv[1].text"]
