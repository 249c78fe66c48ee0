"""``blood_test.json``: the words of the Blood test screen (messages, guideline notes, other lab tests).

Texts are Markdown. Some are templates with ``{placeholders}`` that the screen fills in;
each template may use only the placeholders listed in :data:`PLACEHOLDERS`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, SourceIds, Text


class Sourced(ContentModel):
    """A paragraph that states facts, with its sources."""

    text: Text
    source_ids: SourceIds


class Named(ContentModel):
    """A named item (a lab test, a stage) with what it means, and its sources."""

    name: Text
    text: Text
    source_ids: SourceIds


class InputTexts(ContentModel):
    """What the screen says about the typed result before it can be banded."""

    plausible_max_nmol_l: Annotated[float, Field(gt=0, le=10_000)]
    """Results above this (in nmol/L, after conversion) are treated as typing or unit mistakes."""
    empty: Text
    not_a_number: Text
    not_positive: Text
    too_high: Text


class ResultTexts(ContentModel):
    """How a valid result is described."""

    heading: Text
    conversion: Text
    ng_ml_rule: Text
    harmful: Text
    differs: Text
    same: Text


class GuidelineTexts(ContentModel):
    """Where the guidelines disagree, and what replaced the Endocrine Society's 2011 bands."""

    heading: Text
    disagreement: Sourced
    es2024: Sourced


class ChartTexts(ContentModel):
    """The band chart's heading, its text alternative and the caption under it."""

    heading: Text
    alt: Text
    marker: Text
    caption: Text
    table_label: Text


class ClinicianTexts(ContentModel):
    """What else a clinician looks at besides 25(OH)D."""

    heading: Text
    intro: Sourced
    tests: Annotated[tuple[Named, ...], Field(min_length=1)]
    stages_intro: Text
    stages: Annotated[tuple[Named, ...], Field(min_length=1)]
    often_normal: Annotated[tuple[Sourced, ...], Field(min_length=1)]


class BloodTest(ContentModel):
    input: InputTexts
    result: ResultTexts
    guidelines: GuidelineTexts
    chart: ChartTexts
    clinician: ClinicianTexts


PLACEHOLDERS: dict[str, frozenset[str]] = {
    "input.not_a_number": frozenset({"value"}),
    "input.not_positive": frozenset({"value", "unit"}),
    "input.too_high": frozenset({"value", "unit", "max_nmol_l", "max_ng_ml"}),
    "result.conversion": frozenset({"value", "unit", "converted", "other_unit", "factor"}),
    "result.harmful": frozenset({"guideline", "band", "meaning"}),
    "result.differs": frozenset({"value", "unit"}),
    "result.same": frozenset({"value", "unit"}),
    "chart.alt": frozenset({"guidelines", "max_nmol_l"}),
    "chart.marker": frozenset({"value", "unit", "nmol_l"}),
}
"""Templates and the placeholders each may use; every other text must have none."""

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _texts(model: ContentModel, path: str = "") -> Iterable[tuple[str, str]]:
    """(dotted field path, text) for every string inside ``model``, lists counted from 1."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        where = f"{path}.{name}" if path else name
        if isinstance(value, str):
            yield where, value
        elif isinstance(value, ContentModel):
            yield from _texts(value, where)
        elif isinstance(value, tuple):
            for i, item in enumerate(value, start=1):
                if isinstance(item, ContentModel):
                    yield from _texts(item, f"{where}[{i}]")


def _check_blood_test(doc: BloodTest) -> Iterable[tuple[str, str | None, str]]:
    """Templates use only their own placeholders; plain texts use none."""
    for where, text in _texts(doc):
        allowed = PLACEHOLDERS.get(where, frozenset())
        # Same location style as the loader's: the record is the path up to the last list item.
        cut = where.rfind("]") + 1
        record, field_name = (where[:cut], where[cut + 1 :]) if cut else ("top", where)
        for name in _PLACEHOLDER.findall(text):
            if name not in allowed:
                hint = f"; use {', '.join('{' + a + '}' for a in sorted(allowed))}" if allowed else ""
                yield record, field_name, f"unknown placeholder {{{name}}}{hint}"


BLOOD_TEST = DocSpec("blood_test.json", BloodTest, check=_check_blood_test, used_on=("blood_levels",))
