"""The Key points screen's logic: reading levels, card rows and links to deeper screens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from vitd.models.key_points import LEVELS, Level

T = TypeVar("T")

DEFAULT_LEVEL: Level = LEVELS[0]
LEVEL_LABELS: dict[Level, str] = {"student": "Student", "advanced": "Advanced"}
"""Labels of the reading-level control."""


def rows_of(items: Sequence[T], size: int) -> list[list[T]]:
    """Split items into rows of at most ``size`` (the last row may be shorter)."""
    if size < 1:
        raise ValueError("size must be at least 1")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
