"""``references.csv``: the numbered sources every fact in the app points to.

A row is one work (an article, a book, a web page) with its own address: a reader following
a citation must land on the work behind the claim. Two addresses in one row, or one address
shared by two rows, mean that works were bundled or duplicated, and the validator reports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, RowIssue, TableSpec

URL_START = re.compile(r"https?://", re.IGNORECASE)
SEPARATORS = re.compile(r"[\s;,|]+")


def url_count(cell: str) -> int:
    """How many web addresses a cell lists: parts between spaces, ``;``, ``,`` or ``|`` that start
    with ``http://`` or ``https://`` (an archive address that embeds another one counts once)."""
    return sum(1 for part in SEPARATORS.split(cell.strip()) if URL_START.match(part))


class Reference(ContentModel):
    """One source. Blank authors, publisher, year or url mean "not recorded"."""

    id: Annotated[str, Field(pattern=r"^S\d+[a-z]?$")]
    title: Annotated[str, Field(min_length=1)]
    authors: str | None = None
    publisher: str | None = None
    year: Annotated[int, Field(ge=1900, le=2100)] | None = None
    url: Annotated[str, Field(pattern=r"^https?://\S")] | None = None
    """One web address; :func:`_check_urls` reports a cell holding more than one."""
    note: str | None = None
    """Caveats a reader should see, such as "low-authority copy"."""


def _same_address(url: str) -> str:
    """An address as compared between rows: case, a trailing slash and ``www.`` do not count."""
    bare = URL_START.sub("", url.strip()).casefold().rstrip("/")
    return bare.removeprefix("www.")


def _check_urls(references: Sequence[Reference]) -> Iterable[RowIssue]:
    """Each address is one URL, and no two references share one (each is a work of its own)."""
    first: dict[str, int] = {}
    for index, reference in enumerate(references):
        if reference.url is None:
            continue
        if url_count(reference.url) > 1:
            yield index, "url", "holds more than one URL; a reference is one work: give each work its own row"
            continue
        if any(c.isspace() for c in reference.url):
            yield index, "url", f"{reference.url!r} is not one web address (it has a space in it)"
            continue
        address = _same_address(reference.url)
        if address in first:
            other = references[first[address]]
            yield index, "url", f"same URL as {other.id} (row {first[address] + 2}); each work has its own URL"
        else:
            first[address] = index


REFERENCES = TableSpec("references.csv", Reference, key="id", check=_check_urls, optional_columns=("note",))
