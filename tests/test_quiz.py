"""Units of ``vitd/quiz.py``: choosing questions, answering, scoring and retrying."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def test_a_partly_answered_round_keeps_its_full_total() -> None:
    partial = _play(quiz.start(SMALL.questions), [0, 0])  # a right, b wrong; c never answered
    assert not partial.finished
    assert quiz.score(partial, BY_ID) == quiz.Score(1, 3)
    assert quiz.score(partial, BY_ID).percent == 33
    assert quiz.missed(partial, BY_ID) == ("b", "c")
    assert quiz.score_by_topic(partial, BY_ID, SMALL.topics) == [
        {"Topic": "Bones", "Correct": 1, "Questions": 2},
        {"Topic": "Food", "Correct": 0, "Questions": 1},
    ]
    retry = quiz.retry_missed(partial, BY_ID)
    assert (retry.question_ids, retry.answers, retry.round) == (("b", "c"), {}, 2)


def test_a_round_with_no_answer_scores_zero_of_all_and_misses_every_question() -> None:
    fresh = quiz.start(SMALL.questions)
    assert quiz.score(fresh, BY_ID) == quiz.Score(0, 3)
    assert quiz.missed(fresh, BY_ID) == ("a", "b", "c")
    assert quiz.Score(0, 0).percent == 0


def test_answers_to_questions_outside_the_round_do_not_count() -> None:
    retry = quiz.Progress(("b",), {"a": 0, "b": 1, "c": 2}, position=1, round=2)
    assert quiz.score(retry, BY_ID) == quiz.Score(1, 1)
    assert quiz.missed(retry, BY_ID) == ()


@given(st.dictionaries(st.sampled_from(["a", "b", "c"]), st.integers(min_value=-1, max_value=3)))
def test_correct_and_missed_always_add_up_to_the_round(answers: dict[str, int]) -> None:
    progress = quiz.Progress(("a", "b", "c"), answers, position=len(answers))
    result = quiz.score(progress, BY_ID)
    assert result.total == 3
    assert result.correct + len(quiz.missed(progress, BY_ID)) == result.total
    rows = quiz.score_by_topic(progress, BY_ID, SMALL.topics)
    assert sum(r["Correct"] for r in rows) == result.correct
    assert sum(r["Questions"] for r in rows) == result.total
