"""``lesson.json``: the educators' lesson plan, whose steps link to screens in a given state."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, Text


class LessonStep(ContentModel):
    minutes: Annotated[int, Field(ge=1, le=120)]
    title: Text
    activity: Text
    screen: Text
    """A screen id from ``vitd/screens.py``."""
    query: dict[str, str] = Field(default_factory=dict)
    """Query parameters of the linked view; names from ``vitd/params.py``."""


class Lesson(ContentModel):
    title: Text
    audience: Text
    duration_minutes: Annotated[int, Field(ge=5, le=240)]
    objectives: Annotated[list[Text], Field(min_length=1)]
    steps: Annotated[list[LessonStep], Field(min_length=1)]
    prompts: list[Text] = Field(default_factory=list)


def _check_lesson(lesson: Lesson) -> Iterator[tuple[str, str | None, str]]:
    """Steps link to real screens with known parameters, and their minutes add up."""
    import vitd.params as params
    from vitd.screens import SCREENS_BY_ID

    known_params = {v for k, v in vars(params).items() if k.isupper() and isinstance(v, str)}
    for i, step in enumerate(lesson.steps, start=1):
        if step.screen not in SCREENS_BY_ID:
            yield f"steps[{i}]", "screen", f"{step.screen!r} is not a screen; use one of: {', '.join(SCREENS_BY_ID)}"
        for name in step.query:
            if name not in known_params:
                yield f"steps[{i}]", "query", f"{name!r} is not a query parameter the app reads"
    total = sum(step.minutes for step in lesson.steps)
    if total != lesson.duration_minutes:
        yield "top", "duration_minutes", f"is {lesson.duration_minutes} but the steps add up to {total} minutes"


LESSON = DocSpec("lesson.json", Lesson, check=_check_lesson, used_on=("teach",))
