"""``faq.json``: frequently asked questions, each answered in plain Markdown with its sources."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, SourceIds, Text


class Question(ContentModel):
    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_]*$")]
    question: Text
    answer: Text
    source_ids: SourceIds


class Faq(ContentModel):
    title: Text
    questions: Annotated[tuple[Question, ...], Field(min_length=1)]


def _check_faq(doc: Faq) -> Iterator[tuple[str, str | None, str]]:
    seen: set[str] = set()
    for i, question in enumerate(doc.questions, start=1):
        if question.id in seen:
            yield f"questions[{i}]", "id", f"duplicate question id {question.id!r}"
        seen.add(question.id)


FAQ = DocSpec("faq.json", Faq, check=_check_faq, used_on=("key_points",))
