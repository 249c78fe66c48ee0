"""``quiz.json``: check-your-understanding questions, grouped by topic, each linking to the screen that teaches it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, Slug, SourceIds, Text
from vitd.models.symptoms import ACTION_LEVELS

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
"""``{emergency}`` or ``{same_day}`` in an explanation: the action of that red-flag level, worded
once in symptom_screen.json."""

TRUE_FALSE = ("True", "False")
"""The two choices of a true/false question, in this order."""


class Topic(ContentModel):
    """A group of questions a teacher can link to (``/quiz?topic=foods``)."""

    id: Slug
    label: Text


class Choice(ContentModel):
    """One answer option; exactly one per question has ``"correct": true``."""

    text: Text
    correct: bool = False


class Question(ContentModel):
    """One question. ``link`` is a screen path with an optional query, e.g. ``/food_sources``."""

    id: Slug
    topic: Slug
    kind: Literal["multiple_choice", "true_false"]
    prompt: Text
    choices: Annotated[tuple[Choice, ...], Field(min_length=2, max_length=6)]
    explanation: Text
    """Shown after answering, whether right or wrong: why the answer is what it is. ``{emergency}``
    and ``{same_day}`` stand for what to do at that red-flag level (see :data:`PLACEHOLDER`)."""
    link: Annotated[str, Field(pattern=r"^/\S*$")]
    source_ids: SourceIds


class Quiz(ContentModel):
    """Every topic and question. Questions are asked in the order they are listed."""

    topics: Annotated[tuple[Topic, ...], Field(min_length=1)]
    questions: Annotated[tuple[Question, ...], Field(min_length=1)]


def _check_quiz(quiz: Quiz) -> Iterator[tuple[str, str | None, str]]:
    """Cross-record rules: unique ids, known topics, one correct answer, links to real screens."""
    from vitd.screens import SCREENS

    paths = [s.url_path for s in SCREENS]
    topic_ids = [t.id for t in quiz.topics]
    first_topic: dict[str, int] = {}
    for number, topic in enumerate(quiz.topics, start=1):
        if topic.id in first_topic:
            yield f"topics[{number}]", "id", f"duplicate {topic.id!r} (first at topics[{first_topic[topic.id]}])"
        first_topic.setdefault(topic.id, number)
    first_question: dict[str, int] = {}
    for number, question in enumerate(quiz.questions, start=1):
        where = f"questions[{number}]"
        if question.id in first_question:
            first = first_question[question.id]
            yield where, "id", f"duplicate {question.id!r} (first at questions[{first}])"
        first_question.setdefault(question.id, number)
        if question.topic not in first_topic:
            yield where, "topic", f"unknown topic {question.topic!r}; use one of: {', '.join(topic_ids)}"
        correct = sum(choice.correct for choice in question.choices)
        if correct != 1:
            yield where, "choices", f'has {correct} correct answers; mark exactly one with "correct": true'
        texts = [choice.text.casefold() for choice in question.choices]
        if len(set(texts)) != len(texts):
            yield where, "choices", "two choices have the same text"
        if question.kind == "true_false" and tuple(c.text for c in question.choices) != TRUE_FALSE:
            yield where, "choices", 'a true_false question has exactly the choices "True" and "False", in that order'
        for name in PLACEHOLDER.findall(question.explanation):
            if name not in ACTION_LEVELS:
                levels = ", ".join(ACTION_LEVELS)
                yield where, "explanation", f"unknown placeholder {{{name}}}; use one of: {levels}"
        path = urlsplit(question.link).path
        if path not in paths:
            yield where, "link", f"{path!r} is not a screen; use one of: {', '.join(paths)}"
    for number, topic in enumerate(quiz.topics, start=1):
        if not any(q.topic == topic.id for q in quiz.questions):
            yield f"topics[{number}]", "id", f"no question has the topic {topic.id!r}"


QUIZ = DocSpec("quiz.json", Quiz, check=_check_quiz, used_on=("quiz",))
