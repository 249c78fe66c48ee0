"""Citing sources: source ids as links to the Sources screen."""

from __future__ import annotations

from collections.abc import Iterable

from vitd.params import REF

SOURCES_LINK = "sources?" + REF + "={id}"
"""Relative link, so it works wherever the app is hosted (also under a base path)."""


def source_links(source_ids: Iterable[str]) -> str:
    """Markdown like ``[S1](sources?ref=S1), [S8](sources?ref=S8)`` for a list of ids."""
    return ", ".join(f"[{sid}]({SOURCES_LINK.format(id=sid)})" for sid in source_ids)


def sources_line(source_ids: Iterable[str]) -> str:
    """A short "Sources: S1, S8" line in Markdown, for under a chart or a table."""
    links = source_links(source_ids)
    return f"Sources: {links}" if links else ""
