"""The glossary: searching terms, and the link to a term on the Sources screen."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from vitd.models.glossary import GlossaryEntry
from vitd.params import TERM

GLOSSARY_LINK = "sources?" + TERM + "={term}"
"""Relative link, so it works wherever the app is hosted (also under a base path)."""


def glossary_link(term: str) -> str:
    """Relative URL of the Sources screen's glossary searched for ``term``."""
    return GLOSSARY_LINK.format(term=quote(term, safe=""))


def _rank(entry: GlossaryEntry, query: str) -> int | None:
    """0 = exact name, 1 = name starts with the query, 2 = name contains it, 3 = definition does."""
    names = [entry.term.casefold(), *(a.casefold() for a in entry.also_known_as)]
    if query in names:
        return 0
    if any(n.startswith(query) for n in names):
        return 1
    if any(query in n for n in names):
        return 2
    if query in entry.definition.casefold():
        return 3
    return None


def search_glossary(entries: Sequence[GlossaryEntry], query: str = "") -> list[GlossaryEntry]:
    """Entries matching ``query`` (case-insensitive) in their name, other names or definition.

    Best matches come first (an exact name before a partial one before a definition);
    an empty query gives every entry in alphabetical order.
    """
    by_name = sorted(entries, key=lambda e: e.term.casefold())
    wanted = query.strip().casefold()
    if not wanted:
        return by_name
    ranked = [(rank, entry) for entry in by_name if (rank := _rank(entry, wanted)) is not None]
    return [entry for _, entry in sorted(ranked, key=lambda pair: pair[0])]
