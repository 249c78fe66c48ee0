"""``personas.json``: invented people whose answers a class scores in the Risk check.

Answers name question and option ids from ``risk_factors.json``; :func:`vitd.risk.persona_problems`
checks them against that file, because a file's own check sees only its own records. A person's
``place`` is checked against ``places.csv`` by :func:`vitd.sun.persona_place_problems`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from pydantic import Field

from vitd.models.base import ContentModel, DocSpec, Slug, Text


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
    seen: dict[str, int] = {}
    for n, persona in enumerate(doc.personas, start=1):
        if persona.id in seen:
            yield f"personas[{n}]", "id", f"duplicate id {persona.id!r} (first in personas[{seen[persona.id]}])"
        else:
            seen[persona.id] = n


PERSONAS = DocSpec("personas.json", Personas, check=_check_personas, used_on=("risk_check",))
