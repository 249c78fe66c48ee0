"""``about.json``: "How this app's numbers work", the texts on the Sources screen that explain the method."""

from __future__ import annotations

import string
from collections.abc import Iterator
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, Slug, SourceIds, Text

PLACEHOLDERS = ("iu_per_mcg", "nmol_l_per_ng_ml", "daily_value_mcg", "reviewed_on", "next_review_on", "disclaimer")
"""Names a body may use in braces, e.g. ``{reviewed_on}``; filled from units.json and site.json,
so a number or date is written in one file only."""


class AboutSection(ContentModel):
    """One part of the explanation. ``body`` is Markdown and may use the :data:`PLACEHOLDERS`."""

    id: Slug
    heading: Text
    body: Text
    source_ids: SourceIds | None = None
    """Required when the section states a fact; the review dates and the disclaimer need none."""


class About(ContentModel):
    sections: Annotated[tuple[AboutSection, ...], Field(min_length=1)]


def placeholders_in(text: str) -> list[str]:
    """The ``{name}`` fields used in a text (raises ValueError for unbalanced braces)."""
    return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]


def _check_about(about: About) -> Iterator[tuple[str, str | None, str]]:
    """Section ids are unique and bodies use only known placeholders."""
    first: dict[str, int] = {}
    for number, section in enumerate(about.sections, start=1):
        where = f"sections[{number}]"
        if section.id in first:
            yield where, "id", f"duplicate {section.id!r} (first at sections[{first[section.id]}])"
        first.setdefault(section.id, number)
        try:
            names = placeholders_in(section.body)
        except ValueError:
            yield where, "body", "has an unmatched { or }; write {{ or }} for a literal brace"
            continue
        for name in names:
            if name not in PLACEHOLDERS:
                yield where, "body", f"unknown placeholder {{{name}}}; use one of: {', '.join(PLACEHOLDERS)}"


ABOUT = DocSpec("about.json", About, check=_check_about, used_on=("sources",))
