"""Units of ``vitd.wording``: the reading grade, technical terms in a text, and which texts count."""

from __future__ import annotations

import pytest

from vitd import wording
from vitd.content import load_content
from vitd.models.quiz import QUIZ
from vitd.models.symptoms import SYMPTOM_SCREEN

CONTENT = load_content()


def test_reading_grade_reads_markdown_as_a_reader_does() -> None:
    plain = "Soft bones ache. The pain is dull and deep."
    assert wording.reading_grade(f"**{plain}** [More](symptoms)") == pytest.approx(
        wording.reading_grade(plain + " More")
    )
    assert wording.reading_grade("") == 0.0
    assert wording.reading_grade("The cat sat on the mat. It was warm.") < 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Statins can cause muscle aches.", ["statin"]),
        ("A low 25(OH)D level; 1,25(OH)2D is not a status test.", ["25(OH)D", "1,25(OH)2D"]),
        ("An ankle-brachial index of 0.90 or less.", ["ankle–brachial index"]),
        ("Bones are mineralised.", ["mineralised"]),
        ("An intake of 600 IU a day.", ["IU"]),
        ("Build a day in the planner.", []),
        ("The pad of the foot.", []),
        ("It was a strain on everyone.", []),
    ],
)
def test_terms_used_finds_whole_terms_only(text: str, expected: list[str]) -> None:
    assert wording.terms_used(text) == expected


def test_student_texts_leave_out_advanced_texts_and_educators_files() -> None:
    texts = wording.student_texts(CONTENT)
    places = [t.where for t in texts]
    assert "key_points.json.summary.student" in places
    assert "key_points.json.summary.advanced" not in places
    assert not [p for p in places if p.startswith(("lesson.json", "references.csv", "hosting_guide.md"))]
    assert all(len(wording.words(t.text)) >= wording.MIN_WORDS for t in wording.measured_texts(CONTENT))


def test_quiz_explanations_are_measured_with_their_actions_filled_in() -> None:
    questions = CONTENT.doc(QUIZ).questions
    number = next(i for i, q in enumerate(questions, start=1) if "{same_day}" in q.explanation)
    texts = {t.where: t.text for t in wording.student_texts(CONTENT)}
    shown = texts[f"quiz.json.questions[{number}].explanation"]
    assert "{" not in shown
    assert CONTENT.doc(SYMPTOM_SCREEN).urgent.levels[1].action in shown


def test_italics_are_found_but_not_bold_lists_or_names_with_underscores() -> None:
    text = "a * b * c, **bold**, * a list item, muscle_weakness, https://x.org/a_b_c, _one_ and *two words*"
    assert wording.italics_in(text) == ["_one_", "*two words*"]


def test_no_content_file_writes_italics() -> None:
    """Italic text would make every screen that shows it fetch a second font and jump as it arrives."""
    found = [(t.where, wording.italics_in(t.text)) for t in wording.content_texts(CONTENT)]
    assert [f for f in found if f[1]] == []
