"""For educators (``/teach``): lesson plan, lesson-link builder, handout, hosting guide.

The screen has no shareable choices of its own; its link builder offers every other screen's.
"""

from __future__ import annotations

from dataclasses import dataclass

from vitd.content import Content, ContentUnavailable, per_content
from vitd.handout import Block, answer_key, student_handout, to_markdown
from vitd.models.hosting_guide import HOSTING_GUIDE
from vitd.models.lesson import LESSON, Lesson
from vitd.models.teach_screen import TEACH_SCREEN, TeachScreen
from vitd.teach import PlanRow, lesson_links, lesson_rows, split_code_blocks


@dataclass(frozen=True)
class Document:
    """A printable document: its title, file name stem, blocks (for the PDF) and Markdown."""

    title: str
    stem: str
    blocks: tuple[Block, ...]
    markdown: str


@dataclass(frozen=True)
class TeachView:
    """The lesson plan with its links, the handout and answer key, and the hosting guide."""

    lesson: Lesson
    words: TeachScreen
    steps: tuple[tuple[PlanRow, str], ...]
    """Each step with its full link, for the address the class opens."""
    documents: tuple[Document, ...]
    """The handout and the answer key; empty when a content file they need is broken."""
    documents_problem: int
    """How many content problems keep the documents from being made (0 when they are made)."""
    guide: tuple[tuple[bool, str], ...]
    """The hosting guide as prose and commands: ``(is_code, text)``."""


@per_content
def view(content: Content, base: str) -> TeachView:
    """The screen for a class opening the app at ``base`` (the lesson's full links start with it)."""
    lesson = content.doc(LESSON)
    steps = tuple(zip(lesson_rows(lesson), lesson_links(lesson, base), strict=True))
    documents, problems = _documents(content, base)
    guide = tuple(split_code_blocks(content.doc(HOSTING_GUIDE).markdown))
    return TeachView(lesson, content.doc(TEACH_SCREEN), steps, documents, problems, guide)


@per_content
def _documents(content: Content, base: str) -> tuple[tuple[Document, ...], int]:
    try:
        made = (
            ("Student handout", "vitamin-d-handout", student_handout(content, base)),
            ("Answer key", "vitamin-d-answer-key", answer_key(content)),
        )
    except ContentUnavailable as exc:
        return (), len(exc.problems)
    return tuple(Document(title, stem, tuple(blocks), to_markdown(blocks)) for title, stem, blocks in made), 0
