"""Quiz (``/quiz``): one question at a time, feedback straight after each answer, a score at the end.

The link chooses the questions (a topic, or one question); a reader's progress stays in their
browser session (``vitd.quiz.Progress``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from vitd import params, quiz
from vitd.choices import Choice, Declaration, Options
from vitd.content import Content, per_content
from vitd.models.quiz import QUIZ, Question, Topic
from vitd.models.quiz_screen import QUIZ_SCREEN, QuizScreen
from vitd.models.symptoms import SYMPTOM_SCREEN, Urgent


@dataclass(frozen=True)
class QuizChoices:
    topic: str = quiz.ALL_TOPICS
    question: str = ""


def _topics(content: Content) -> Options:
    doc = content.doc(QUIZ)
    wording = content.doc(QUIZ_SCREEN)
    return tuple((t, quiz.topic_label(doc, t, wording.all_topics)) for t in quiz.topic_options(doc))


def _questions(content: Content) -> Options:
    return tuple((q.id, q.prompt[:70]) for q in content.doc(QUIZ).questions)


CHOICES = Declaration(
    "quiz",
    QuizChoices,
    (
        Choice(
            "topic",
            params.TOPIC,
            "Topic",
            "one",
            options=_topics,
            widget="pills",
            applies=lambda choices: not choices.question,
        ),
        Choice("question", params.QUESTION, "One question only", "one", options=_questions, default="", widget="none"),
    ),
)


@dataclass(frozen=True)
class QuizView:
    """The questions a link asks, and the words the screen uses around them."""

    questions: tuple[Question, ...]
    by_id: Mapping[str, Question]
    topics: tuple[Topic, ...]
    wording: QuizScreen
    urgent: Urgent
    """What to do when leg pain is urgent, worded once (explanations name it)."""
    selection: str
    """Name under which progress through these questions is kept, so each link keeps its own."""
    links: str
    """For a one-question link: links to the whole quiz and to the question's topic ("" otherwise)."""


@per_content
def view(content: Content, choices: QuizChoices) -> QuizView:
    """The questions of the chosen topic, or the one chosen question."""
    doc = content.doc(QUIZ)
    wording = content.doc(QUIZ_SCREEN)
    question = choices.question or None
    by_id = {q.id: q for q in doc.questions}
    links = (
        quiz.question_links(by_id[question], wording.whole_quiz, wording.more_on_topic) if question is not None else ""
    )
    return QuizView(
        questions=quiz.select_questions(doc, choices.topic, question),
        by_id=by_id,
        topics=doc.topics,
        wording=wording,
        urgent=content.doc(SYMPTOM_SCREEN).urgent,
        selection=quiz.selection_key(choices.topic, question),
        links=links,
    )
