"""Quiz, glossary and "how the numbers work" content: the shipped files, and one seeded fault per rule."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.content.helpers import edit_json, fault_test, read_rows, set_cell, write_rows
from vitd.content import load_content
from vitd.models.quiz import QUIZ
from vitd.screens import SCREENS

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = load_content(ROOT / "data").doc(QUIZ)
LEARNING_SCREENS = {"key_points", "symptoms", "risk_check", "food_sources", "blood_levels"}


def test_enough_questions_of_both_kinds_on_every_topic() -> None:
    assert len(SHIPPED.questions) >= 15
    assert {q.kind for q in SHIPPED.questions} == {"multiple_choice", "true_false"}
    assert {q.topic for q in SHIPPED.questions} == {t.id for t in SHIPPED.topics}
    assert {t.id for t in SHIPPED.topics} >= {"mechanism", "pain", "red_flags", "risk_factors", "foods", "blood_levels"}


@pytest.mark.parametrize("question", SHIPPED.questions, ids=lambda q: q.id)
def test_question_has_one_correct_answer_an_explanation_and_a_valid_link(question) -> None:
    assert sum(c.correct for c in question.choices) == 1
    assert len(question.explanation) >= 40
    assert urlsplit(question.link).path in {s.url_path for s in SCREENS}
    assert question.source_ids


def test_questions_link_to_every_screen_that_teaches() -> None:
    linked = {s.id for q in SHIPPED.questions for s in SCREENS if s.url_path == urlsplit(q.link).path}
    assert linked >= LEARNING_SCREENS


def test_the_correct_answer_is_not_always_in_the_same_place() -> None:
    positions = {next(i for i, c in enumerate(q.choices) if c.correct) for q in SHIPPED.questions}
    assert len(positions) >= 3


def test_common_misconceptions_are_asked() -> None:
    ids = {q.id for q in SHIPPED.questions}
    assert {"osteomalacia-vs-osteoporosis", "sunscreen", "more-is-better"} <= ids


def _quiz(change: Callable[[dict], None]) -> Callable[[Path], None]:
    return lambda folder: edit_json(folder / "quiz.json", change)


def _about(change: Callable[[dict], None]) -> Callable[[Path], None]:
    return lambda folder: edit_json(folder / "about.json", change)


def _two_correct(data: dict) -> None:
    data["questions"][2]["choices"][0]["correct"] = True
    data["questions"][2]["choices"][1]["correct"] = True


def _no_correct(data: dict) -> None:
    for choice in data["questions"][4]["choices"]:
        choice.pop("correct", None)


def _duplicate_glossary_alias(folder: Path) -> None:
    rows = read_rows(folder / "glossary.csv")
    header = rows[0]
    pth = next(i for i, r in enumerate(rows) if r[0] == "PTH")
    rows[pth][header.index("also_known_as")] = "ALP"
    write_rows(folder / "glossary.csv", rows)


CASES: list[tuple[str, Callable[[Path], None], str]] = [
    (
        "two correct answers",
        _quiz(_two_correct),
        'quiz.json:questions[3]: choices: has 2 correct answers; mark exactly one with "correct": true',
    ),
    (
        "no correct answer",
        _quiz(_no_correct),
        'quiz.json:questions[5]: choices: has 0 correct answers; mark exactly one with "correct": true',
    ),
    (
        "link to no screen",
        _quiz(lambda d: d["questions"][0].update(link="/bones?x=1")),
        "quiz.json:questions[1]: link: '/bones' is not a screen; use one of: /, /symptoms, /food_sources, "
        "/sun, /blood_levels, /risk_check, /quiz, /sources, /teach",
    ),
    (
        "link not a path",
        _quiz(lambda d: d["questions"][0].update(link="https://example.org")),
        "quiz.json:questions[1]: link: 'https://example.org' is not in the expected form",
    ),
    (
        "unknown topic",
        _quiz(lambda d: d["questions"][1].update(topic="bones")),
        "quiz.json:questions[2]: topic: unknown topic 'bones'; use one of: mechanism, pain, red_flags, "
        "risk_factors, foods, blood_levels, sun",
    ),
    (
        "duplicate question id",
        _quiz(lambda d: d["questions"][3].update(id=d["questions"][0]["id"])),
        "quiz.json:questions[4]: id: duplicate 'osteomalacia-vs-osteoporosis' (first at questions[1])",
    ),
    (
        "empty explanation",
        _quiz(lambda d: d["questions"][0].update(explanation=" ")),
        "quiz.json:questions[1]: explanation: required value is empty",
    ),
    (
        "true/false with other choices",
        _quiz(lambda d: d["questions"][1]["choices"][0].update(text="Yes")),
        'quiz.json:questions[2]: choices: a true_false question has exactly the choices "True" and "False", '
        "in that order",
    ),
    (
        "same choice twice",
        _quiz(lambda d: d["questions"][0]["choices"][2].update(text=d["questions"][0]["choices"][3]["text"])),
        "quiz.json:questions[1]: choices: two choices have the same text",
    ),
    (
        "topic without questions",
        _quiz(lambda d: d["topics"].append({"id": "sunlight", "label": "Sunlight"})),
        "quiz.json:topics[8]: id: no question has the topic 'sunlight'",
    ),
    (
        "unknown source id in a question",
        _quiz(lambda d: d["questions"][0].update(source_ids=["S35a", "S404"])),
        "quiz.json:questions[1]: source_ids: unknown source id 'S404' (not in references.csv)",
    ),
    (
        "unknown placeholder in an explanation",
        _quiz(lambda d: d["questions"][9].update(explanation="Get help {soon}, or {emergency}.")),
        "quiz.json:questions[10]: explanation: unknown placeholder {soon}; use one of: emergency, same_day",
    ),
    (
        "glossary term twice",
        lambda f: set_cell(f / "glossary.csv", 3, "term", "25(oh)d"),
        "glossary.csv:3: term: duplicate '25(oh)d' (first on row 2)",
    ),
    (
        "glossary unknown screen",
        lambda f: set_cell(f / "glossary.csv", 4, "screen", "bones"),
        "glossary.csv:4: screen: unknown screen id 'bones'; use one of: key_points, symptoms, food_sources, "
        "sun, blood_levels, risk_check, quiz, sources, teach",
    ),
    (
        "glossary alias is another term",
        _duplicate_glossary_alias,
        "glossary.csv:10: also_known_as: 'ALP' is already a term of its own",
    ),
    (
        "glossary without sources",
        lambda f: set_cell(f / "glossary.csv", 5, "source_ids", ""),
        "glossary.csv:5: source_ids: required value is empty",
    ),
    (
        "about unknown placeholder",
        _about(lambda d: d["sections"][2].update(body="1 mcg = {iu_per_microgram} IU")),
        "about.json:sections[3]: body: unknown placeholder {iu_per_microgram}; use one of: iu_per_mcg, "
        "nmol_l_per_ng_ml, daily_value_mcg, reviewed_on, next_review_on, disclaimer",
    ),
    (
        "about unmatched brace",
        _about(lambda d: d["sections"][0].update(body="Points {like this")),
        "about.json:sections[1]: body: has an unmatched { or }; write {{ or }} for a literal brace",
    ),
    (
        "about duplicate section",
        _about(lambda d: d["sections"][1].update(id="risk_check")),
        "about.json:sections[2]: id: duplicate 'risk_check' (first at sections[1])",
    ),
]


test_each_fault_is_reported_with_file_row_and_field = fault_test(CASES)
