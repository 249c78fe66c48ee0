"""Every screen through AppTest: it renders with its title, the disclaimer and no exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_screen
from vitd.content import load_content
from vitd.models.site import SITE
from vitd.screens import SCREENS

SITE_TEXT = load_content().doc(SITE)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.id)
def test_screen_renders_title_and_disclaimer(screen) -> None:
    at = run_screen(screen.id)
    assert not at.exception, at.exception
    assert [t.value for t in at.title] == [screen.title]
    assert any(SITE_TEXT.disclaimer in c.value for c in at.caption)


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: s.id)
def test_navigation_links_every_screen(screen) -> None:
    at = run_screen(screen.id)
    labels = [link.proto.label for link in at.sidebar.get("page_link")]
    assert labels == [s.label for s in SCREENS]


def test_broken_content_shows_panel_on_affected_screen_only(content_dir: Path) -> None:
    foods = content_dir / "foods.csv"
    lines = foods.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("16.2", "lots", 1)
    foods.write_text("\n".join(lines) + "\n", encoding="utf-8")

    at = run_screen("food_sources")
    assert not at.exception
    panel = at.error[0].value
    assert "can't be shown" in panel
    assert "foods.csv:3: mcg_per_serving: 'lots' is not a number" in panel

    for other in ("key_points", "blood_levels", "quiz"):
        at = run_screen(other)
        assert not at.exception
        assert not at.error, other


def test_broken_shared_texts_keep_navigation_and_warn(content_dir: Path) -> None:
    (content_dir / "site.json").write_text("{", encoding="utf-8")
    at = run_screen("symptoms")
    assert not at.exception
    assert [t.value for t in at.title] == ["Symptom comparison"]
    assert "not medical advice" in at.warning[0].value
    assert len(at.sidebar.get("page_link")) == len(SCREENS)
