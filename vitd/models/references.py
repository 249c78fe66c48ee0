"""``references.csv``: the numbered sources every fact in the app points to."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, TableSpec


class Reference(ContentModel):
    """One source. Blank authors, publisher, year or url mean "not recorded"."""

    id: Annotated[str, Field(pattern=r"^S\d+[a-z]?$")]
    title: Annotated[str, Field(min_length=1)]
    authors: str | None = None
    publisher: str | None = None
    year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    url: Annotated[str, Field(pattern=r"^https?://\S+$")] | None = None
    note: str | None = None
    """Caveats a reader should see, such as "low-authority copy"."""


REFERENCES = TableSpec("references.csv", Reference, key="id", optional_columns=("note",))
