"""Key points (``/``): the summary, cards, cause-and-effect diagram, prevalence, care and FAQ.

The reader chooses a reading level and a step of the diagram to read about.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import pandas as pd

from vitd import params
from vitd.charts.mechanism import mechanism_alt, mechanism_chart
from vitd.charts.prevalence import prevalence_chart
from vitd.choices import Choice, Declaration, Options
from vitd.content import Content, per_content
from vitd.mechanism import chains_markdown, steps_in_order
from vitd.models.faq import FAQ, Faq
from vitd.models.key_points import KEY_POINTS, KeyPoints, Level
from vitd.models.mechanism import MECHANISM, Mechanism, Node
from vitd.models.prevalence import PREVALENCE
from vitd.models.symptoms import RED_FLAGS, SYMPTOM_CONDITIONS, SYMPTOM_SCREEN
from vitd.prevalence import prevalence_sentence, prevalence_table
from vitd.symptoms import key_points_urgent_card
from vitd.text import markdown_table


@dataclass(frozen=True)
class KeyPointsChoices:
    level: Level = "student"
    step: str = ""


def _steps(content: Content) -> Options:
    return tuple((node.id, node.label) for node in steps_in_order(content.doc(MECHANISM)))


CHOICES = Declaration(
    "key_points",
    KeyPointsChoices,
    (
        Choice(
            "level", params.LEVEL, "Reading level", "one", options=(("student", "Student"), ("advanced", "Advanced"))
        ),
        Choice("step", params.STEP, "Choose a step to read about", "one", options=_steps, widget="select"),
    ),
)

PREVALENCE_COLUMNS = {
    "population": "Population",
    "years": "Years",
    "cutoff": "Cut-off",
    "percent": "People below (%)",
    "interval": "95% range, or how it was computed",
    "source_ids": "Sources",
}
"""The prevalence chart's table twin: its columns and their headings on screen."""


@dataclass(frozen=True)
class KeyPointsView:
    """Everything the Key points screen shows for one reading level and diagram step."""

    level: Level
    points: KeyPoints
    faq: Faq
    urgent_card: str
    """When to get help now: each action level with its conditions, linking to the Symptoms panel."""
    mechanism: Mechanism
    step: Node
    diagram: dict[str, Any]
    diagram_alt: str
    chains: str
    prevalence_chart: dict[str, Any]
    prevalence_sentence: str
    prevalence_table: str
    """The chart's table twin, as a Markdown table."""


def view(content: Content, choices: KeyPointsChoices) -> KeyPointsView:
    """The texts at the chosen level, the diagram with the chosen step, and the prevalence figures."""
    return dataclasses.replace(_every_view(content), level=choices.level, **_step_view(content, choices.step))


@per_content
def _step_view(content: Content, step: str) -> dict[str, Any]:
    """What the chosen step changes: the step itself and the diagram that highlights it."""
    mechanism = content.doc(MECHANISM)
    return {
        "step": {node.id: node for node in steps_in_order(mechanism)}[step],
        "diagram": mechanism_chart(mechanism, selected=step),
    }


@per_content
def _every_view(content: Content) -> KeyPointsView:
    """What every view of the screen shares (made once per content version); ``step`` and ``diagram``
    are the first step's until :func:`view` sets the chosen one."""
    mechanism = content.doc(MECHANISM)
    first = steps_in_order(mechanism)[0]
    prevalence = _prevalence(content)
    return KeyPointsView(
        level="student",
        points=content.doc(KEY_POINTS),
        faq=content.doc(FAQ),
        urgent_card=_urgent_card(content),
        mechanism=mechanism,
        step=first,
        diagram=mechanism_chart(mechanism, selected=first.id),
        diagram_alt=mechanism_alt(mechanism),
        chains=chains_markdown(mechanism),
        prevalence_chart=prevalence_chart(prevalence),
        prevalence_sentence=prevalence_sentence(prevalence),
        prevalence_table=markdown_table(
            list(PREVALENCE_COLUMNS.values()),
            prevalence[list(PREVALENCE_COLUMNS)]
            .assign(percent=prevalence["percent"].map("{:.1f}".format))
            .itertuples(index=False),
        ),
    )


@per_content
def _prevalence(content: Content) -> pd.DataFrame:
    return prevalence_table(content.table(PREVALENCE))


@per_content
def _urgent_card(content: Content) -> str:
    urgent = content.doc(SYMPTOM_SCREEN).urgent
    return key_points_urgent_card(content.table(RED_FLAGS), content.table(SYMPTOM_CONDITIONS), urgent)
