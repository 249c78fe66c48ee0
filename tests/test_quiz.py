"""Units of ``vitd/quiz.py``: choosing questions, answering, scoring and retrying."""

from __future__ import annotations

import pytest

from vitd import quiz
from vitd.content import load_content
from vitd.models.quiz import QUIZ, Choice, Question, Quiz, Topic

CONTENT = load_content().doc(QUIZ)


def _question(qid: str, topic: str, right: int = 0) -> Question:
    choices = tuple(Choice(text=f"choice {i}", correct=i == right) for i in range(3))
    return Question(
        id=qid,
        topic=topic,
        kind="multiple_choice",
        prompt=f"Question {qid}?",
        choices=choices,
        explanation="Because.",
        link="/symptoms",
        source_ids=("S1",),
    )


SMALL = Quiz(
    topics=(Topic(id="bones", label="Bones"), Topic(id="food", label="Food")),
    questions=(_question("a", "bones", 0), _question("b", "food", 1), _question("c", "bones", 2)),
)
BY_ID = {q.id: q for q in SMALL.questions}


def _play(progress: quiz.Progress, choices: list[int]) -> quiz.Progress:
    for choice in choices:
        progress = quiz.advance(quiz.answer(progress, progress.current_id, choice))
    return progress


def test_select_all_topic_or_one_question_in_file_order() -> None:
    assert [q.id for q in quiz.select_questions(SMALL)] == ["a", "b", "c"]
    assert [q.id for q in quiz.select_questions(SMALL, "bones")] == ["a", "c"]
    assert [q.id for q in quiz.select_questions(SMALL, "bones", "b")] == ["b"]


def test_topic_options_and_labels() -> None:
    assert quiz.topic_options(SMALL) == ["all", "bones", "food"]
    assert quiz.topic_label(SMALL, "food") == "Food"
    assert quiz.topic_label(SMALL, "all") == "All topics"


def test_answer_then_advance_moves_one_question_at_a_time() -> None:
    progress = quiz.start(SMALL.questions)
    assert progress.current_id == "a"
    assert quiz.advance(progress) == progress  # cannot skip an unanswered question
    answered = quiz.answer(progress, "a", 2)
    assert answered.answers == {"a": 2}
    assert answered.current_id == "a"  # feedback is shown before moving on
    assert quiz.answer(answered, "a", 0) == answered  # a second answer is ignored
    assert quiz.answer(progress, "b", 1) == progress  # only the question on screen can be answered
    assert quiz.advance(answered).current_id == "b"


def test_score_after_given_answers() -> None:
    done = _play(quiz.start(SMALL.questions), [0, 0, 2])  # a right, b wrong, c right
    assert done.finished
    assert done.current_id is None
    result = quiz.score(done, BY_ID)
    assert (result.correct, result.total, result.percent) == (2, 3, 67)
    assert quiz.missed(done, BY_ID) == ("b",)
    assert quiz.score_by_topic(done, BY_ID, SMALL.topics) == [
        {"Topic": "Bones", "Correct": 2, "Questions": 2},
        {"Topic": "Food", "Correct": 0, "Questions": 1},
    ]


def test_retry_asks_only_the_missed_questions() -> None:
    done = _play(quiz.start(SMALL.questions), [1, 0, 0])  # every answer wrong
    retry = quiz.retry_missed(done, BY_ID)
    assert retry.question_ids == ("a", "b", "c")
    assert retry.round == 2
    second = _play(retry, [0, 0, 2])
    third = quiz.retry_missed(second, BY_ID)
    assert (third.question_ids, third.round) == (("b",), 3)
    assert quiz.score(_play(third, [1]), BY_ID) == quiz.Score(1, 1)


def test_resume_keeps_progress_unless_the_questions_changed() -> None:
    saved = quiz.answer(quiz.start(SMALL.questions), "a", 0)
    assert quiz.resume(saved, SMALL.questions) is saved
    assert quiz.resume(None, SMALL.questions) == quiz.start(SMALL.questions)
    assert quiz.resume(saved, SMALL.questions[1:]) == quiz.start(SMALL.questions[1:])


def test_correct_choice_and_is_correct() -> None:
    question = BY_ID["c"]
    assert quiz.correct_choice(question) == 2
    assert quiz.is_correct(question, 2)
    assert not quiz.is_correct(question, 0)
    assert not quiz.is_correct(question, 7)


@pytest.mark.parametrize(
    ("link", "label", "relative"),
    [
        ("/", "Key points", "./"),
        ("/symptoms", "Symptoms", "symptoms"),
        ("/blood_levels?value=20&unit=ng/mL", "Blood test", "blood_levels?value=20&unit=ng/mL"),
    ],
)
def test_links_resolve_to_screens_and_become_relative(link: str, label: str, relative: str) -> None:
    screen = quiz.link_screen(link)
    assert screen is not None and screen.label == label
    assert quiz.relative_link(link) == relative


def test_unknown_link_has_no_screen_and_question_links_are_relative() -> None:
    assert quiz.link_screen("/nowhere") is None
    assert quiz.question_link("best-food") == "quiz?q=best-food"
    assert quiz.selection_key("all", None) == "topic:all"
    assert quiz.selection_key("foods", "best-food") == "q:best-food"


def test_shipped_foods_topic() -> None:
    assert [q.id for q in quiz.select_questions(CONTENT, "foods")] == [
        "best-food",
        "vegan-source",
        "mcg-to-iu",
        "more-is-better",
    ]


def test_shipped_sun_topic_links_every_question_to_the_sun_screen_in_a_state() -> None:
    questions = quiz.select_questions(CONTENT, "sun")
    assert len(questions) >= 5
    assert {"sun-why-winter", "sun-shadow-rule", "sun-glass", "sun-skin-colour", "sun-sunscreen-field"} <= {
        q.id for q in questions
    }
    for question in questions:
        assert question.link.startswith("/sun?"), question.id
