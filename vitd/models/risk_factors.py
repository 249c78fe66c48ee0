"""``risk_factors.json``: the Risk check's questions, points, flags, result bands and notes.

Points come from the only published point-weighted score in the reference (VDIP). Factors that
no published score weights are *flags*: shown with their reason, never added to the total.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, Slug, SourceIds, Text, repeated


class AnswerOption(ContentModel):
    """One answer to a scored question and the points it adds."""

    id: Slug
    label: Text
    points: Annotated[float, Field(ge=0, le=10)] = 0
    unsure: bool = False
    """True for "not sure": it adds no points, and the result says the total may be an underestimate."""


class ScoredQuestion(ContentModel):
    """A question whose answers carry points."""

    id: Slug
    factor: Text
    """Short name of the factor, used in the chart and the summary."""
    question: Text
    options: Annotated[list[AnswerOption], Field(min_length=2)]
    default: Slug
    why: Text
    """Why we ask: the biology behind the factor, in plain words."""
    definition_note: str | None = None
    """What the published score does not define about these answers."""
    source_ids: SourceIds


class AgeGroup(ContentModel):
    """An answer to the age question. ``scored`` is false where the points do not apply at all."""

    id: Slug
    label: Text
    scored: bool = True
    score_note: str | None = None  # shown with the result: how far the score was tested at this age


class AgeQuestion(ContentModel):
    question: Text
    options: Annotated[list[AgeGroup], Field(min_length=2)]
    default: Slug
    why: Text


class Flag(ContentModel):
    """A factor the reference supports but no published score weights: never adds points.

    A flag is either asked (``question``, only for ``ask_ages`` if given) or raised by the
    age answer (``raised_by_ages``).
    """

    id: Slug
    label: Text
    question: str | None = None
    reason: Text
    ask_ages: list[Slug] = Field(default_factory=list)
    raised_by_ages: list[Slug] = Field(default_factory=list)
    source_ids: SourceIds


class ResultBand(ContentModel):
    """A range of total points, from ``min_points`` up to the next band's ``min_points``."""

    id: Slug
    label: Text
    min_points: Annotated[float, Field(ge=0)]
    meaning: Text
    next_step: Text
    """What to do next. Never a diagnosis."""
    source_ids: SourceIds


class ScoreInfo(ContentModel):
    """What the score is, who it was built on, and how accurate it is."""

    name: Text
    population: Text
    outcome: Text
    accuracy: Text
    caveat: Text
    not_a_diagnosis: Text
    source_ids: SourceIds


class Note(ContentModel):
    """An explained, unscored topic (sunscreen)."""

    id: Slug
    title: Text
    text: Text
    source_ids: SourceIds


class RiskFactors(ContentModel):
    score: ScoreInfo
    privacy_note: Text
    no_score_label: Text
    """The prediction choice for people the points do not apply to (babies)."""
    age: AgeQuestion
    questions: Annotated[list[ScoredQuestion], Field(min_length=1)]
    flags: list[Flag]
    bands: Annotated[list[ResultBand], Field(min_length=1)]
    notes: list[Note] = Field(default_factory=list)


def _check_risk_factors(doc: RiskFactors) -> Iterable[tuple[str, str | None, str]]:
    ages = [a.id for a in doc.age.options]
    for i, age_id, _ in repeated(ages, start=0):
        yield f"age.options[{i + 1}]", "id", f"duplicate id {age_id!r}"
    if doc.age.default not in ages:
        yield "age", "default", f"{doc.age.default!r} is not one of the options: {', '.join(ages)}"

    question_ids = [q.id for q in doc.questions]
    flag_ids = [f.id for f in doc.flags]
    for i, qid, _ in repeated([*question_ids, *flag_ids, "age"], start=0):
        where = f"questions[{i + 1}]" if i < len(question_ids) else f"flags[{i - len(question_ids) + 1}]"
        yield where, "id", f"duplicate id {qid!r} (question and flag ids must all differ, and not be 'age')"
    for n, question in enumerate(doc.questions, start=1):
        options = [o.id for o in question.options]
        for i, option_id, _ in repeated(options, start=0):
            yield f"questions[{n}].options[{i + 1}]", "id", f"duplicate id {option_id!r}"
        if question.default not in options:
            yield f"questions[{n}]", "default", f"{question.default!r} is not one of the options: {', '.join(options)}"

    for n, flag in enumerate(doc.flags, start=1):
        if not flag.question and not flag.raised_by_ages:
            yield f"flags[{n}]", "question", "a flag needs a question, or raised_by_ages, or both"
        for name in ("ask_ages", "raised_by_ages"):
            for age_id in getattr(flag, name):
                if age_id not in ages:
                    yield f"flags[{n}]", name, f"unknown age group {age_id!r}; use one of: {', '.join(ages)}"

    bands = doc.bands
    if bands[0].min_points != 0:
        yield "bands[1]", "min_points", "the first band must start at 0"
    for i, (before, after) in enumerate(itertools.pairwise(bands), start=2):
        if after.min_points <= before.min_points:
            yield f"bands[{i}]", "min_points", f"must be above the previous band's ({before.min_points:g})"
    for i, band_id, _ in repeated((b.id for b in bands), start=0):
        yield f"bands[{i + 1}]", "id", f"duplicate id {band_id!r}"
    top = sum(max(o.points for o in q.options) for q in doc.questions)
    for i, band in enumerate(bands, start=1):
        if band.min_points > top:
            yield f"bands[{i}]", "min_points", f"{band.min_points:g} can never be reached (the most points is {top:g})"


RISK_FACTORS = DocSpec("risk_factors.json", RiskFactors, check=_check_risk_factors, used_on=("risk_check",))
