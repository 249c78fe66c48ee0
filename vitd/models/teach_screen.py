"""``teach_screen.json``: the For educators screen's own words (tabs, builder, handout).

Sentences with ``{placeholders}`` are filled in by the screen; each may use only the placeholders
listed in :data:`PLACEHOLDERS`, so a typo shows up in ``python -m vitd validate``.
"""

from __future__ import annotations

from vitd.models.base import DocSpec, wording

TeachScreen = wording(
    "TeachScreen",
    (
        "tab_plan tab_builder tab_handout tab_guide minutes objectives show_codes step_qr_alt prompts builder_title "
        "builder_intro screen presenter hosted hosted_help not_an_address open_link link_qr_alt qr_png qr_svg "
        "link_text handout_title handout_problems handout_intro preview"
    ),
    "Texts of the For educators screen.",
)

PLACEHOLDERS: dict[str, frozenset[str]] = {
    "step_qr_alt": frozenset({"screen"}),
    "not_an_address": frozenset({"typed"}),
    "link_qr_alt": frozenset({"link"}),
    "handout_problems": frozenset({"count"}),
}

TEACH_SCREEN = DocSpec("teach_screen.json", TeachScreen, placeholders=PLACEHOLDERS, used_on=("teach",))
