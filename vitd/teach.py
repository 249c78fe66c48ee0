"""The educators' screen: the lesson plan as rows with links, and what the builder hands out."""

from __future__ import annotations

import re
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


FENCE = re.compile(r"^```[^\n]*\n(.*?)^```[ \t]*$\n?", flags=re.S | re.M)


def split_code_blocks(markdown: str) -> list[tuple[bool, str]]:
    """A Markdown text as ``(is_code, text)`` parts: the fenced code blocks apart from the prose.

    The page shows commands as plain preformatted text, which needs no syntax highlighter in the
    browser (the highlighter alone would add about 0.5 MB to the screen's first visit).
    """
    parts: list[tuple[bool, str]] = []
    end = 0
    for block in FENCE.finditer(markdown):
        prose = markdown[end : block.start()].strip()
        if prose:
            parts.append((False, prose))
        parts.append((True, block.group(1).rstrip("\n")))
        end = block.end()
    rest = markdown[end:].strip()
    if rest:
        parts.append((False, rest))
    return parts
