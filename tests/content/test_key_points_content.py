"""Key points content (key_points.json, mechanism.json, faq.json, prevalence.csv): the shipped files,
their reading level, and one seeded fault per rule with its exact ``file:row: field: message``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.content.helpers import edit_json, fault_test, read_rows, set_cell, write_rows
from vitd.content import load_content
from vitd.models.faq import FAQ
from vitd.models.key_points import KEY_POINTS
from vitd.models.mechanism import MECHANISM
from vitd.wording import MAX_GRADE, reading_grade

ROOT = Path(__file__).resolve().parents[2]
CONTENT = load_content(ROOT / "data")
POINTS = CONTENT.doc(KEY_POINTS)
MECHANISM_DOC = CONTENT.doc(MECHANISM)
FAQ_DOC = CONTENT.doc(FAQ)

STUDENT_TEXTS = {
    "summary": POINTS.summary.student,
    **{f"card {c.id}": c.student for c in POINTS.cards},
    "prevalence": POINTS.prevalence.student,
    "billion note": POINTS.prevalence.billion_note.student,
    **{f"care {c.id}": c.student for c in POINTS.care.items},
    **{f"step {n.id}": n.student for n in MECHANISM_DOC.nodes},
    **{f"faq {q.id}": q.answer for q in FAQ_DOC.questions},
}
"""Key points' student texts, whatever their length (every other screen's are checked in
tests/content/test_wording_content.py)."""


def test_reading_grade_tells_plain_from_technical_text() -> None:
    assert reading_grade("The cat sat on the mat. It was warm.") < 2
    assert reading_grade("Hypovitaminosis D precipitates secondary hyperparathyroidism and osteomalacia.") > 16


@pytest.mark.parametrize(("where", "text"), STUDENT_TEXTS.items(), ids=list(STUDENT_TEXTS))
def test_student_texts_read_at_secondary_school_level(where: str, text: str) -> None:
    assert reading_grade(text) <= MAX_GRADE, f"{where} reads at grade {reading_grade(text):.1f}"


def test_shipped_key_points_cover_the_story() -> None:
    assert [c.id for c in POINTS.cards] == ["leg_pain_link", "bones", "muscles", "companions", "diagnosis_treatment"]
    assert {c.more_screen for c in POINTS.cards} == {"symptoms", "risk_check", "blood_levels"}
    assert {c.more_screen for c in POINTS.care.items if c.more_screen} == {"food_sources", "risk_check"}
    assert {b.id for b in MECHANISM_DOC.branches} == {"bone", "muscle"}
    assert len(FAQ_DOC.questions) == 7


def test_prevalence_rows_state_their_cut_off_and_computed_rows_say_how() -> None:
    rows = read_rows(ROOT / "data" / "prevalence.csv")
    header = rows[0]
    for row in rows[1:]:
        record = dict(zip(header, row, strict=True))
        assert float(record["below_nmol_l"]) > 0
        if record["computed_from"]:
            assert "%" in record["computed_from"]


def _card(index: int, **changes: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data["cards"][index - 1].update(changes)

    return change


def _drop_advanced(data: dict) -> None:
    del data["cards"][1]["advanced"]


def _node(index: int, **changes: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data["nodes"][index - 1].update(changes)

    return change


def _edge(index: int, **changes: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data["edges"][index - 1].update(changes)

    return change


def _loop(data: dict) -> None:
    data["edges"].append({"from": "bone_ache", "to": "less_calcium"})


def _lonely_node(data: dict) -> None:
    data["nodes"].append({**data["nodes"][1], "id": "lonely"})


def _prevalence_cell(row: int, column: str, value: str) -> Callable[[Path], None]:
    return lambda f: set_cell(f / "prevalence.csv", row, column, value)


def _duplicate_prevalence_row(folder: Path) -> None:
    rows = read_rows(folder / "prevalence.csv")
    write_rows(folder / "prevalence.csv", [*rows, rows[1]])


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "card without advanced text",
        lambda f: edit_json(f / "key_points.json", _drop_advanced),
        "key_points.json:cards[2]: advanced: required value is empty",
    ),
    (
        "card with empty student text",
        lambda f: edit_json(f / "key_points.json", _card(3, student=" ")),
        "key_points.json:cards[3]: student: required value is empty",
    ),
    (
        "card links to an unknown screen",
        lambda f: edit_json(f / "key_points.json", _card(1, more_screen="bones")),
        "key_points.json:cards[1]: more_screen: unknown screen id 'bones'; use one of: blood_levels, "
        "food_sources, key_points, quiz, risk_check, sources, sun, symptoms, teach",
    ),
    (
        "duplicate card id",
        lambda f: edit_json(f / "key_points.json", _card(4, id="bones")),
        "key_points.json:cards[4]: id: duplicate card id 'bones'",
    ),
    (
        "card cites an unknown source",
        lambda f: edit_json(f / "key_points.json", _card(5, source_ids=["S2", "S999"])),
        "key_points.json:cards[5]: source_ids: unknown source id 'S999' (not in references.csv)",
    ),
    (
        "care link without a label",
        lambda f: edit_json(f / "key_points.json", lambda d: d["care"]["items"][0].update(more_screen="quiz")),
        "key_points.json:care.items[1]: more_label: more_screen and more_label go together: fill in both or neither",
    ),
    (
        "icon not a Material icon",
        lambda f: edit_json(f / "key_points.json", _card(2, icon="🦴")),
        "key_points.json:cards[2]: icon: '🦴' is not in the expected form",
    ),
    (
        "edge to an unknown step",
        lambda f: edit_json(f / "mechanism.json", _edge(2, to="calcium_gone")),
        "mechanism.json:edges[2]: to: unknown node 'calcium_gone'",
    ),
    (
        "edge from an unknown step",
        lambda f: edit_json(f / "mechanism.json", _edge(6, **{"from": "sunshine"})),
        "mechanism.json:edges[6]: from: unknown node 'sunshine'",
    ),
    (
        "step in an unknown branch",
        lambda f: edit_json(f / "mechanism.json", _node(3, branch="nerves")),
        "mechanism.json:nodes[3]: branch: unknown branch 'nerves'; use one of: bone, muscle",
    ),
    (
        "step without advanced text",
        lambda f: edit_json(f / "mechanism.json", _node(4, advanced="")),
        "mechanism.json:nodes[4]: advanced: required value is empty",
    ),
    (
        "step with no arrows",
        lambda f: edit_json(f / "mechanism.json", _lonely_node),
        "mechanism.json:nodes[10]: id: step 'lonely' has no arrow to or from it",
    ),
    (
        "arrows in a circle",
        lambda f: edit_json(f / "mechanism.json", _loop),
        "mechanism.json:edges: the arrows go round in a circle; a cause-and-effect chain must have an end",
    ),
    (
        "FAQ answer cites an unknown source",
        lambda f: edit_json(f / "faq.json", lambda d: d["questions"][5].update(source_ids=["S21", "S57"])),
        "faq.json:questions[6]: source_ids: unknown source id 'S57' (not in references.csv)",
    ),
    (
        "FAQ question empty",
        lambda f: edit_json(f / "faq.json", lambda d: d["questions"][0].update(question="")),
        "faq.json:questions[1]: question: required value is empty",
    ),
    (
        "prevalence without a cut-off",
        _prevalence_cell(3, "below_nmol_l", ""),
        "prevalence.csv:3: below_nmol_l: required value is empty",
    ),
    (
        "prevalence outside its interval",
        _prevalence_cell(2, "percent", "19"),
        "prevalence.csv:2: percent: is outside its interval (13.7–17.8)",
    ),
    (
        "prevalence interval half given",
        _prevalence_cell(4, "interval_low", "70"),
        "prevalence.csv:4: interval_high: give both ends of the interval, or neither",
    ),
    (
        "prevalence falls as the cut-off rises",
        _prevalence_cell(4, "percent", "40"),
        "prevalence.csv:4: percent: is below the 47.9% under the lower cut-off 50 nmol/L; "
        "more people fall under a higher cut-off",
    ),
    (
        "prevalence cut-off twice",
        _duplicate_prevalence_row,
        "prevalence.csv:7: below_nmol_l: duplicate cut-off 30 for 'World'",
    ),
    (
        "prevalence over 100%",
        _prevalence_cell(4, "percent", "120"),
        "prevalence.csv:4: percent: 120 is too large (must be at most 100)",
    ),
]


test_each_fault_is_reported_with_file_row_and_field = fault_test(CASES)
