"""The Quiz screen through AppTest: topic and question links, feedback, score and retry."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.conftest import run_screen
from vitd.content import load_content
from vitd.models.quiz import QUIZ
from vitd.params import QUESTION, TOPIC
from vitd.quiz import correct_choice

CONTENT = load_content().doc(QUIZ)
BY_ID = {q.id: q for q in CONTENT.questions}
FOODS = [q for q in CONTENT.questions if q.topic == "foods"]


def _progress_text(at: AppTest) -> str:
    return at.get("progress")[0].proto.text


def _answer(at: AppTest, choice: int) -> None:
    at.radio[0].set_value(choice)
    next(b for b in at.button if b.label == "Check answer").click()
    at.run()


def _next(at: AppTest) -> None:
    next(b for b in at.button if b.label in {"Next question", "See your score"}).click()
    at.run()


def test_default_asks_every_question_from_the_first() -> None:
    at = run_screen("quiz")
    assert not at.exception
    assert _progress_text(at) == f"Question 1 of {len(CONTENT.questions)}"
    assert at.header[0].value == CONTENT.questions[0].prompt
    assert at.radio[0].options == [c.text for c in CONTENT.questions[0].choices]
    assert at.radio[0].value is None
    assert at.pills[0].value == "all"


def test_topic_link_asks_only_that_topic() -> None:
    at = run_screen("quiz", {TOPIC: "foods"})
    assert _progress_text(at) == f"Question 1 of {len(FOODS)}"
    assert at.header[0].value == FOODS[0].prompt
    assert at.pills[0].value == "foods"


def test_question_link_asks_one_question_and_offers_the_rest() -> None:
    question = BY_ID["sunscreen"]
    at = run_screen("quiz", {QUESTION: "sunscreen"})
    assert _progress_text(at) == "Question 1 of 1"
    assert at.header[0].value == question.prompt
    assert at.radio[0].options == ["True", "False"]
    assert not at.pills
    assert "[:material/list: Take the whole quiz](quiz)" in at.markdown[1].value


def test_unknown_topic_or_question_falls_back_with_a_notice() -> None:
    at = run_screen("quiz", {TOPIC: "astrology", QUESTION: "nope"})
    assert not at.exception
    assert _progress_text(at) == f"Question 1 of {len(CONTENT.questions)}"
    notices = [c.value for c in at.caption]
    assert any("**q** value “nope” isn't recognised" in n for n in notices)
    assert any("**topic** value “astrology” isn't recognised" in n for n in notices)


def test_checking_without_an_answer_asks_for_one() -> None:
    at = run_screen("quiz", {TOPIC: "foods"})
    next(b for b in at.button if b.label == "Check answer").click()
    at.run()
    assert at.warning[0].value == "Choose an answer first."
    assert _progress_text(at) == f"Question 1 of {len(FOODS)}"


def test_right_answer_gets_praise_explanation_link_and_sources() -> None:
    question = FOODS[0]
    at = run_screen("quiz", {TOPIC: "foods"})
    _answer(at, correct_choice(question))
    feedback = at.success[0].value
    assert feedback.startswith(f"**Correct.** {question.explanation}")
    assert "Learn more: [Food sources](food_sources)" in feedback
    assert "Sources: [S1](sources?ref=S1)" in feedback
    assert at.radio[0].disabled


def test_wrong_answer_shows_the_right_one_and_the_explanation() -> None:
    question = FOODS[0]
    wrong = (correct_choice(question) + 1) % len(question.choices)
    at = run_screen("quiz", {TOPIC: "foods"})
    _answer(at, wrong)
    right = question.choices[correct_choice(question)].text
    assert at.error[0].value.startswith(f"**Not quite.** The answer is: **{right}**.\n\n{question.explanation}")


def test_score_at_the_end_then_retry_the_missed_ones() -> None:
    at = run_screen("quiz", {TOPIC: "foods"})
    for i, question in enumerate(FOODS):
        right = correct_choice(question)
        _answer(at, right if i != 1 else (right + 1) % len(question.choices))
        _next(at)
    assert at.header[0].value == "You got 3 of 4 right (75%)"
    assert at.dataframe[0].value.to_dict("records") == [{"Topic": "Foods and units", "Correct": 3, "Questions": 4}]
    assert any(m.value == f"**To review:**\n- {FOODS[1].prompt}" for m in at.markdown)

    next(b for b in at.button if b.label == "Retry the one you missed").click()
    at.run()
    assert _progress_text(at) == "Question 1 of 1 (retrying the ones you missed)"
    assert at.header[0].value == FOODS[1].prompt
    _answer(at, correct_choice(FOODS[1]))
    _next(at)
    assert at.header[0].value == "You got 1 of 1 right (100%)"
    assert not [b for b in at.button if b.label.startswith("Retry")]

    next(b for b in at.button if b.label == "Start again").click()
    at.run()
    assert _progress_text(at) == f"Question 1 of {len(FOODS)}"


def test_choosing_a_topic_puts_it_in_the_link_and_keeps_each_topics_progress() -> None:
    at = run_screen("quiz")
    _answer(at, 0)
    _next(at)
    assert _progress_text(at) == f"Question 2 of {len(CONTENT.questions)}"
    at.pills[0].set_value("blood_levels").run()
    assert at.query_params[TOPIC] == "blood_levels"
    assert _progress_text(at).startswith("Question 1 of ")
    at.pills[0].set_value("all").run()
    assert TOPIC not in at.query_params
    assert _progress_text(at) == f"Question 2 of {len(CONTENT.questions)}"
