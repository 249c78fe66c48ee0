"""Citing sources: finding the source ids in content, ordering them, and writing them for readers.

Every fact in the content carries ``source_ids`` that resolve to ``data/references.csv``. This module
is the one place that walks content for them, puts them in order (S2 before S10) and writes them:
as links to the Sources screen, or as a plain citation line for a download.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from vitd.links import in_page
from vitd.models.references import Reference
from vitd.params import REF

SOURCES_LINK = "sources?" + REF + "={id}"
"""Relative link, so it works wherever the app is hosted (also under a base path)."""


def cited(value: Any, path: str = "") -> Iterator[tuple[str, tuple[str, ...]]]:
    """(record path, source ids) for every ``source_ids`` field inside records, lists and mappings.

    Paths name records as the validator does: ``cards[2]`` is the second card (counting from 1),
    ``top`` the document itself.
    """
    if isinstance(value, BaseModel):
        ids = getattr(value, "source_ids", None)
        if ids is not None:
            yield path or "top", tuple(ids)
        for name in type(value).model_fields:
            if name != "source_ids":
                yield from cited(getattr(value, name), f"{path}.{name}" if path else name)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value, start=1):
            yield from cited(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from cited(item, f"{path}.{key}" if path else str(key))


def source_ids_in(value: Any) -> Iterator[str]:
    """Every id in every ``source_ids`` field inside records, lists and mappings, at any depth."""
    for _, ids in cited(value):
        yield from ids


def source_order(source_id: str) -> tuple[int, str]:
    """Sort key putting ids in number order: S2, S4, S4b, S10."""
    number = re.match(r"S(\d+)(.*)", source_id)
    return (int(number.group(1)), number.group(2)) if number else (10**6, source_id)


def in_order(source_ids: Iterable[str]) -> list[str]:
    """Each id once, in number order."""
    return sorted(set(source_ids), key=source_order)


def source_links(source_ids: Iterable[str]) -> str:
    """Markdown like ``[S1](sources?ref=S1), [S8](sources?ref=S8)`` for a list of ids."""
    return ", ".join(f"[{sid}]({in_page(SOURCES_LINK.format(id=sid))})" for sid in source_ids)


def sources_line(source_ids: Iterable[str]) -> str:
    """A short "Sources: S1, S8" line in Markdown, for under a chart or a table."""
    links = source_links(source_ids)
    return f"Sources: {links}" if links else ""


def citation(lead: str, source_ids: Sequence[str], references: Sequence[Reference]) -> str:
    """``lead`` followed by each cited reference as ``S1 Title (Publisher, 2011) url``, for downloads."""
    by_id = {r.id: r for r in references}
    parts = []
    for source_id in dict.fromkeys(source_ids):
        ref = by_id.get(source_id)
        if ref is None:
            parts.append(source_id)
            continue
        where = ", ".join(str(x) for x in (ref.publisher, ref.year) if x)
        parts.append(" ".join(x for x in (source_id, ref.title, f"({where})" if where else "", ref.url or "") if x))
    return " ".join([lead, "; ".join(parts)]) if parts else lead
