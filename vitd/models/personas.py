"""``personas.json``: invented people whose answers a class scores in the Risk check.

Answers name question and option ids from ``risk_factors.json``; :func:`persona_problems` checks
them against that file (a cross-file check), because a file's own check sees only its own records.
A person's ``place`` is checked against ``places.csv`` by :func:`persona_place_problems`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, CrossCheck, DocSpec, Problem, Slug, Text, repeated
from vitd.models.places import PLACES, Place
from vitd.models.risk_factors import RISK_FACTORS, RiskFactors


class Persona(ContentModel):
    """One fictional person: a case card and the answers it implies. States no facts, so no sources."""

    id: Slug
    """Used in links (``?persona=edith``): never rename one that has been shared."""
    name: Text
    card: Text
    """The case as the class reads it (Markdown)."""
    age: Slug
    """An age-group id from ``risk_factors.json``."""
    answers: dict[str, Slug] = Field(default_factory=dict)
    """Question id to option id; questions left out take their default."""
    flags: list[Slug] = Field(default_factory=list)
    """Ids of the flags that apply to this person."""
    teaching_point: str | None = None
    """Shown after the reveal: what this case is meant to show."""
    place: Slug | None = None
    """Where the person lives: a place ``id`` from ``places.csv``; the card links to its sun."""


class Personas(ContentModel):
    personas: Annotated[list[Persona], Field(min_length=1)]


def _check_personas(doc: Personas) -> Iterable[tuple[str, str | None, str]]:
    for n, persona_id, first in repeated(p.id for p in doc.personas):
        yield f"personas[{n}]", "id", f"duplicate id {persona_id!r} (first in personas[{first}])"


PERSONAS = DocSpec("personas.json", Personas, check=_check_personas, used_on=("risk_check",))


def persona_problems(personas: Sequence[Persona], factors: RiskFactors) -> list[Problem]:
    """Persona answers that name no question, option, flag or age group in ``risk_factors.json``."""
    name = PERSONAS.filename
    ages = [a.id for a in factors.age.options]
    questions = {q.id: [o.id for o in q.options] for q in factors.questions}
    flags = [f.id for f in factors.flags if f.question]
    problems = []
    for n, persona in enumerate(personas, start=1):
        where = f"personas[{n}]"
        if persona.age not in ages:
            problems.append(
                Problem(name, where, "age", f"unknown age group {persona.age!r}; use one of: {', '.join(ages)}")
            )
        for question_id, option_id in persona.answers.items():
            if question_id not in questions:
                known = ", ".join(questions)
                problems.append(
                    Problem(name, where, "answers", f"unknown question {question_id!r}; use one of: {known}")
                )
            elif option_id not in questions[question_id]:
                known = ", ".join(questions[question_id])
                message = f"{option_id!r} is not an answer to {question_id!r}; use one of: {known}"
                problems.append(Problem(name, where, f"answers.{question_id}", message))
        for flag_id in persona.flags:
            if flag_id not in flags:
                problems.append(
                    Problem(name, where, "flags", f"unknown flag {flag_id!r}; use one of: {', '.join(flags)}")
                )
    return problems


def persona_place_problems(personas: Sequence[Persona], places: Sequence[Place]) -> list[Problem]:
    """Fictional people whose ``place`` is not an id in ``places.csv``."""
    known = {p.id for p in places}
    return [
        Problem(
            PERSONAS.filename,
            f"personas[{n}]",
            "place",
            f"unknown place {persona.place!r}; use an id from {PLACES.filename}",
        )
        for n, persona in enumerate(personas, start=1)
        if persona.place is not None and persona.place not in known
    ]


CROSS_CHECKS = (
    CrossCheck((PERSONAS, RISK_FACTORS), lambda doc, factors: persona_problems(doc.personas, factors)),
    CrossCheck((PERSONAS, PLACES), lambda doc, places: persona_place_problems(doc.personas, places)),
)
