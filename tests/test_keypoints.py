"""Units of vitd/keypoints.py: card rows and links to deeper screens."""

from __future__ import annotations

import pytest

from vitd.content import load_content
from vitd.keypoints import rows_of
from vitd.links import screen_link
from vitd.models.key_points import LEVELS
from vitd.screens.key_points import CHOICES


def test_rows_of_fills_rows_and_leaves_the_rest_in_a_short_last_row() -> None:
    assert rows_of(["a", "b", "c", "d", "e"], 3) == [["a", "b", "c"], ["d", "e"]]
    assert rows_of([], 3) == []
    with pytest.raises(ValueError, match="at least 1"):
        rows_of(["a"], 0)


def test_screen_link_is_relative_so_it_works_under_a_base_path() -> None:
    assert screen_link("symptoms", "Compare the symptoms") == "[Compare the symptoms](symptoms)"
    assert screen_link("key_points", "Home") == "[Home](./)"


def test_student_is_the_default_level_and_every_level_has_a_label() -> None:
    assert CHOICES.defaults(load_content()).level == "student"
    assert list(CHOICES.resolve(load_content()).labels("level")) == list(LEVELS)
