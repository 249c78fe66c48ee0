"""``glossary.csv``: the words the app uses, in plain language, each with its sources."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated

from pydantic import BeforeValidator

from vitd.models.base import ContentModel, RowIssue, SourceIds, TableSpec, Text


def _split_aliases(value: object) -> object:
    """``"vitamin D level; calcidiol"`` in a cell becomes a tuple of names."""
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(";") if part.strip())
    return value


class GlossaryEntry(ContentModel):
    """One term. ``screen`` is the id of the screen that explains it best (optional)."""

    term: Text
    also_known_as: Annotated[tuple[str, ...], BeforeValidator(_split_aliases)] = ()
    """Other names and spellings, separated by ``;`` in the cell; search finds them too."""
    definition: Text
    screen: str | None = None
    source_ids: SourceIds


def _check_glossary(entries: Sequence[GlossaryEntry]) -> Iterable[RowIssue]:
    """Screens named in ``screen`` exist; no alias repeats another entry's term."""
    from vitd.screens import SCREENS

    screen_ids = [s.id for s in SCREENS]
    terms = {e.term.casefold(): e.term for e in entries}
    for index, entry in enumerate(entries):
        if entry.screen is not None and entry.screen not in screen_ids:
            yield index, "screen", f"unknown screen id {entry.screen!r}; use one of: {', '.join(screen_ids)}"
        for alias in entry.also_known_as:
            other = terms.get(alias.casefold())
            if other is not None and other != entry.term:
                yield index, "also_known_as", f"{alias!r} is already a term of its own"


GLOSSARY = TableSpec(
    "glossary.csv",
    GlossaryEntry,
    key="term",
    check=_check_glossary,
    optional_columns=("also_known_as", "screen"),
    used_on=("sources",),
)
