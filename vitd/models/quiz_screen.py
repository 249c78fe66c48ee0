"""``quiz_screen.json``: the Quiz screen's own words (buttons, progress, feedback, score).

Sentences with ``{placeholders}`` are filled in by :mod:`vitd.quiz`; each may use only the
placeholders listed in :data:`PLACEHOLDERS`, so a typo shows up in ``python -m vitd validate``.
"""

from __future__ import annotations

from collections.abc import Iterable

from vitd.models.base import ContentModel, DocSpec, Text, check_templates

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "progress": frozenset({"number", "total"}),
    "progress_retry": frozenset({"number", "total"}),
    "wrong": frozenset({"answer"}),
    "score": frozenset({"correct", "total", "percent"}),
    "retry_many": frozenset({"count"}),
}


class QuizScreen(ContentModel):
    """Texts of the Quiz screen."""

    topic_label: Text
    all_topics: Text
    progress: Text
    progress_retry: Text
    answer_label: Text
    check: Text
    choose_first: Text
    correct: Text
    wrong: Text
    learn_more: Text
    next: Text
    see_score: Text
    question_link: Text
    whole_quiz: Text
    more_on_topic: Text
    score: Text
    to_review: Text
    retry_one: Text
    retry_many: Text
    start_again: Text


def _check(doc: QuizScreen) -> Iterable[tuple[str, str | None, str]]:
    return check_templates(doc, PLACEHOLDERS)


QUIZ_SCREEN = DocSpec("quiz_screen.json", QuizScreen, check=_check, used_on=("quiz",))
