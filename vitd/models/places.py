"""``places.csv``: the places a reader can pick on the Sun and seasons screen.

Only the latitude matters for the sun's height at local solar noon, so a place is a name and a
latitude (north positive, south negative) taken from a gazetteer. Exactly one place is marked
``default``: the screen opens on it when the link names none.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated

from pydantic import BeforeValidator, Field

from vitd.models.base import ContentModel, RowIssue, Slug, SourceIds, TableSpec, Text


def _no_if_blank(value: object) -> object:
    return value or False


class Place(ContentModel):
    """One place on Earth. Its id is used in links (``?place=edinburgh``): never rename a shared one."""

    id: Slug
    name: Text
    country: Text
    latitude: Annotated[float, Field(ge=-90, le=90)]
    """Degrees north of the equator; south is negative (Sydney is -33.87)."""
    default: Annotated[bool, BeforeValidator(_no_if_blank)] = False
    """``yes`` on exactly one row: the place shown when a link names none."""
    source_ids: SourceIds

    @property
    def label(self) -> str:
        """``London, United Kingdom`` (``Singapore`` alone): how lists and legends name the place."""
        return self.name if self.name == self.country else f"{self.name}, {self.country}"


def _check_places(places: Sequence[Place]) -> Iterable[RowIssue]:
    """Exactly one place is the default."""
    defaults = [index for index, place in enumerate(places) if place.default]
    if not defaults:
        yield 0, "default", "no place is marked default; mark exactly one with yes"
    for index in defaults[1:]:
        yield index, "default", f"only one place may be the default ({places[defaults[0]].name!r} already is)"


PLACES = TableSpec(
    "places.csv",
    Place,
    key="id",
    check=_check_places,
    optional_columns=("default",),
    used_on=("sun",),
)
