"""``quiz_screen.json``: the Quiz screen's own words (buttons, progress, feedback, score).

Sentences with ``{placeholders}`` are filled in by :mod:`vitd.quiz`; each may use only the
placeholders listed in :data:`PLACEHOLDERS`, so a typo shows up in ``python -m vitd validate``.
"""

from __future__ import annotations

from vitd.models.base import DocSpec, wording

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "progress": frozenset({"number", "total"}),
    "progress_retry": frozenset({"number", "total"}),
    "wrong": frozenset({"answer"}),
    "score": frozenset({"correct", "total", "percent"}),
    "retry_many": frozenset({"count"}),
}


QuizScreen = wording(
    "QuizScreen",
    (
        "topic_label all_topics progress progress_retry answer_label check choose_first correct wrong "
        "learn_more next see_score question_link whole_quiz more_on_topic score to_review retry_one "
        "retry_many start_again"
    ),
    "Texts of the Quiz screen.",
)


QUIZ_SCREEN = DocSpec("quiz_screen.json", QuizScreen, placeholders=PLACEHOLDERS, used_on=("quiz",))
