"""The long-lived heap is frozen once per process, by the first screen shown."""

from __future__ import annotations

import gc

from tests.conftest import run_screen
from vitd.heap import YOUNG_THRESHOLD, freeze_long_lived


def test_the_first_screen_freezes_the_heap_and_later_calls_do_nothing() -> None:
    run_screen("quiz")
    assert gc.get_freeze_count() > 10_000  # the loaded modules and content, at least
    assert gc.get_threshold()[0] == YOUNG_THRESHOLD
    assert freeze_long_lived() is False
