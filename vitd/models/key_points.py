"""``key_points.json``: the home screen's summary, key-point cards, prevalence texts and care overview.

Every text a reader sees comes in two reading levels: ``student`` (secondary school) and
``advanced`` (first-year health courses). The screen shows one of them, chosen by the reader.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, Slug, SourceIds, Text, repeated

Icon = Annotated[str, Field(pattern=r"^:material/[a-z0-9_]+:$")]

Level = Literal["student", "advanced"]
LEVELS: tuple[Level, ...] = ("student", "advanced")
"""Reading levels, the default first. Also the values of the ``level`` query parameter."""


class LevelText(ContentModel):
    """A text written twice: plainly for students, technically for advanced readers."""

    student: Text
    advanced: Text
    source_ids: SourceIds

    def at(self, level: Level) -> str:
        """The text at this reading level."""
        return self.advanced if level == "advanced" else self.student


class Titled(LevelText):
    title: Text


class Card(LevelText):
    """One key point, with a link to the screen that goes deeper."""

    id: Slug
    title: Text
    icon: Icon
    more_screen: Slug
    """Id of the screen that goes deeper (see ``vitd/screens.py``)."""
    more_label: Text


class PrevalenceTexts(Titled):
    """Texts around the prevalence chart; the numbers live in ``prevalence.csv``."""

    billion_note: Titled


class CareItem(LevelText):
    """One part of the treatment, diet and lifestyle overview."""

    id: Slug
    title: Text
    icon: Icon
    more_screen: Slug | None = None
    more_label: Text | None = None


class Care(ContentModel):
    title: Text
    intro: Text
    items: Annotated[tuple[CareItem, ...], Field(min_length=1)]


class KeyPointsLabels(ContentModel):
    """Headings of the parts that repeat what a chart or diagram shows."""

    diagram_list: Text
    table_label: Text


class KeyPoints(ContentModel):
    summary: Titled
    cards_title: Text
    cards: Annotated[tuple[Card, ...], Field(min_length=1)]
    prevalence: PrevalenceTexts
    care: Care
    labels: KeyPointsLabels


def _check_key_points(doc: KeyPoints) -> Iterator[tuple[str, str | None, str]]:
    from vitd.screens import SCREENS_BY_ID

    known = ", ".join(sorted(SCREENS_BY_ID))
    for i, card_id, _ in repeated(c.id for c in doc.cards):
        yield f"cards[{i}]", "id", f"duplicate card id {card_id!r}"
    for i, item_id, _ in repeated(c.id for c in doc.care.items):
        yield f"care.items[{i}]", "id", f"duplicate item id {item_id!r}"
    linked = [(f"cards[{i}]", c.more_screen, c.more_label) for i, c in enumerate(doc.cards, start=1)]
    linked += [(f"care.items[{i}]", c.more_screen, c.more_label) for i, c in enumerate(doc.care.items, start=1)]
    for path, screen_id, label in linked:
        if screen_id is not None and screen_id not in SCREENS_BY_ID:
            yield path, "more_screen", f"unknown screen id {screen_id!r}; use one of: {known}"
        if (screen_id is None) != (label is None):
            yield path, "more_label", "more_screen and more_label go together: fill in both or neither"


KEY_POINTS = DocSpec("key_points.json", KeyPoints, check=_check_key_points, used_on=("key_points",))
