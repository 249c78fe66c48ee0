"""The Key points screen's logic: laying cards out in rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def rows_of(items: Sequence[T], size: int) -> list[list[T]]:
    """Split items into rows of at most ``size`` (the last row may be shorter)."""
    if size < 1:
        raise ValueError("size must be at least 1")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]
