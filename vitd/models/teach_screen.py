"""``teach_screen.json``: the For educators screen's own words (tabs, builder, handout).

Sentences with ``{placeholders}`` are filled in by the screen; each may use only the placeholders
listed in :data:`PLACEHOLDERS`, so a typo shows up in ``python -m vitd validate``.
"""

from __future__ import annotations

from collections.abc import Iterable

from vitd.models.base import ContentModel, DocSpec, Text, check_templates

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "plan_duration": frozenset({"audience", "minutes"}),
    "step_qr_alt": frozenset({"screen"}),
    "not_an_address": frozenset({"typed"}),
    "link_qr_alt": frozenset({"link"}),
    "handout_problems": frozenset({"count"}),
    "preview": frozenset({"title"}),
}


class Tabs(ContentModel):
    plan: Text
    builder: Text
    handout: Text
    guide: Text


class TeachScreen(ContentModel):
    """Texts of the For educators screen."""

    tabs: Tabs
    plan_duration: Text
    objectives: Text
    show_codes: Text
    step_qr_alt: Text
    prompts: Text
    builder_title: Text
    builder_intro: Text
    screen: Text
    presenter: Text
    hosted: Text
    hosted_help: Text
    not_an_address: Text
    open_link: Text
    link_qr_alt: Text
    qr_png: Text
    qr_svg: Text
    link_text: Text
    handout_title: Text
    handout_problems: Text
    handout_intro: Text
    preview: Text


def _check(doc: TeachScreen) -> Iterable[tuple[str, str | None, str]]:
    return check_templates(doc, PLACEHOLDERS)


TEACH_SCREEN = DocSpec("teach_screen.json", TeachScreen, check=_check, used_on=("teach",))
