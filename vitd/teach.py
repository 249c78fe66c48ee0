"""The educators' screen: the lesson plan as rows with links, and what the builder hands out."""

from __future__ import annotations

from dataclasses import dataclass

from vitd.links import absolute_link, screen_query
from vitd.models.lesson import Lesson
from vitd.screens import SCREENS_BY_ID


@dataclass(frozen=True)
class PlanRow:
    """One step of the lesson, ready to show."""

    start_minute: int
    minutes: int
    title: str
    activity: str
    screen_label: str
    link: str
    """Relative link to the screen in the step's state."""


def lesson_rows(lesson: Lesson) -> list[PlanRow]:
    """The steps with their start times (minute 0 is the start of the lesson) and links."""
    rows: list[PlanRow] = []
    start = 0
    for step in lesson.steps:
        label = SCREENS_BY_ID[step.screen].label
        rows.append(
            PlanRow(start, step.minutes, step.title, step.activity, label, screen_query(step.screen, step.query))
        )
        start += step.minutes
    return rows


def lesson_links(lesson: Lesson, base: str) -> list[str]:
    """Full addresses of every step, to paste into a lesson plan or a slide."""
    return [absolute_link(base, step.screen, step.query) for step in lesson.steps]
