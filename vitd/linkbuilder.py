"""The lesson-link builder: every shareable choice of every screen, with its options from content.

A teacher picks a screen and its state; the builder turns the choices into the query string
that screen reads. The options come from the same content files the screens use, so a link
built here is always one the screen understands.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from vitd import params
from vitd.content import Content
from vitd.foods import default_stage, food_groups, foods_frame
from vitd.keypoints import LEVEL_LABELS
from vitd.levels import guidelines
from vitd.models.foods import FOODS
from vitd.models.intake import INTAKE
from vitd.models.key_points import LEVELS
from vitd.models.mechanism import MECHANISM
from vitd.models.personas import PERSONAS
from vitd.models.places import PLACES
from vitd.models.quiz import QUIZ
from vitd.models.references import REFERENCES
from vitd.models.serum_levels import SERUM_LEVELS
from vitd.models.symptoms import SYMPTOM_ASPECTS, SYMPTOM_CONDITIONS
from vitd.risk import DEFAULT_MODE, MODES
from vitd.sun import default_place

Kind = Literal["one", "many", "text"]


@dataclass(frozen=True)
class LinkField:
    """One shareable choice of a screen."""

    param: str
    label: str
    kind: Kind
    options: tuple[tuple[str, str], ...] = ()
    """``(value, label)`` pairs for ``one`` and ``many``. The screen's own default is never listed:
    the empty value stands for it, as the screen drops a default from its URL."""
    max_choices: int | None = None
    help: str = ""


DEFAULT = ("", "Screen default")


@dataclass(frozen=True)
class ScreenFields:
    """The builder's choices for one screen."""

    screen_id: str
    fields: tuple[LinkField, ...] = field(default_factory=tuple)


def _one(param: str, label: str, options: list[tuple[str, str]], help: str = "") -> LinkField:
    return LinkField(param, label, "one", (DEFAULT, *options), help=help)


def fields_for(screen_id: str, content: Content) -> tuple[LinkField, ...]:
    """The choices a link to ``screen_id`` can carry (presenter view is offered for every screen)."""
    builders = {
        "key_points": _key_points,
        "symptoms": _symptoms,
        "food_sources": _food_sources,
        "sun": _sun,
        "blood_levels": _blood_levels,
        "risk_check": _risk_check,
        "quiz": _quiz,
        "sources": _sources,
    }
    build = builders.get(screen_id)
    return build(content) if build else ()


def _key_points(content: Content) -> tuple[LinkField, ...]:
    nodes = content.doc(MECHANISM).nodes
    return (
        _one(params.LEVEL, "Reading level", [(level, LEVEL_LABELS[level]) for level in LEVELS[1:]]),
        _one(params.STEP, "Diagram step to explain", [(n.id, n.label) for n in nodes[1:]]),
    )


def _symptoms(content: Content) -> tuple[LinkField, ...]:
    conditions = [(c.id, c.label) for c in content.table(SYMPTOM_CONDITIONS)]
    aspects = [(a.id, a.label) for a in content.table(SYMPTOM_ASPECTS)]
    return (
        LinkField(params.CONDITIONS, "Conditions (columns)", "many", tuple(conditions)),
        LinkField(params.ASPECTS, "Aspects (rows)", "many", tuple(aspects)),
        LinkField(
            params.COMPARE,
            "Compare two conditions",
            "many",
            tuple(conditions),
            max_choices=2,
            help="Pick exactly two; this replaces the conditions above.",
        ),
        _one(params.RED_FLAGS, "Red flags only", [("1", "Yes")]),
        _one(params.SYMPTOM_VIEW, "View", [(v, v.capitalize()) for v in params.SYMPTOM_VIEWS[1:]]),
        LinkField(params.SYMPTOM_SEARCH, "Search words", "text"),
    )


def _food_sources(content: Content) -> tuple[LinkField, ...]:
    groups = food_groups(foods_frame(content.table(FOODS)))
    all_stages = content.table(INTAKE)
    default = default_stage(all_stages).id
    stages = [(s.id, s.life_stage) for s in all_stages if s.id != default]
    return (
        _one(params.DIET, "Diet", [(d, d.capitalize()) for d in params.DIET_CHOICES[1:]]),
        LinkField(params.FOOD_GROUP, "Food groups", "many", tuple(groups)),
        _one(params.FORTIFIED, "Fortified", [("yes", "Fortified only"), ("no", "Not fortified")]),
        _one(params.LIFE_STAGE, "Life stage", stages),
        _one(params.FOOD_UNIT, "Unit", [(u.lower(), u) for u in params.FOOD_UNITS[1:]]),
        _one(params.BASIS, "Amounts", [("100g", "Per 100 g")]),
        LinkField(params.FOOD_SEARCH, "Search words", "text"),
        LinkField(params.PLAN, "Day plan", "text", help="Food ids and servings, e.g. trout:1,egg:2"),
    )


def _sun(content: Content) -> tuple[LinkField, ...]:
    places = content.table(PLACES)
    default = default_place(places).id
    labels = [(p.id, p.label) for p in places]
    return (
        _one(params.PLACE, "Place", [pair for pair in labels if pair[0] != default]),
        _one(params.SUN_COMPARE, "Second place to compare", labels),
        LinkField(params.SUN_DATE, "Date", "text", help="Month and day, e.g. 12-21 for 21 December (default: today)"),
        LinkField(params.LATITUDE, "Any latitude instead", "text", help="Degrees, -90 to 90; south is negative"),
        _one(params.LEVEL, "Reading level", [(level, LEVEL_LABELS[level]) for level in LEVELS[1:]]),
    )


def _blood_levels(content: Content) -> tuple[LinkField, ...]:
    found = guidelines(content.table(SERUM_LEVELS))
    return (
        LinkField(params.BLOOD_VALUE, "Result", "text", help="A number, e.g. 20"),
        _one(params.BLOOD_UNIT, "Unit", [(u, u) for u in params.BLOOD_UNITS[1:]]),
        _one(params.GUIDELINE, "Guideline", list(found.items())[1:]),
    )


def _risk_check(content: Content) -> tuple[LinkField, ...]:
    personas = [(p.id, p.name) for p in content.doc(PERSONAS).personas[1:]]
    return (
        _one(params.MODE, "Mode", [(m, label) for m, label in MODES.items() if m != DEFAULT_MODE]),
        _one(params.PERSONA, "Fictional person", personas),
    )


def _quiz(content: Content) -> tuple[LinkField, ...]:
    quiz = content.doc(QUIZ)
    return (
        _one(params.TOPIC, "Topic", [(t.id, t.label) for t in quiz.topics]),
        _one(params.QUESTION, "One question only", [(q.id, q.prompt[:70]) for q in quiz.questions]),
    )


def _sources(content: Content) -> tuple[LinkField, ...]:
    references = [(r.id, f"{r.id}: {r.title[:60]}") for r in content.table(REFERENCES)]
    return (
        _one(params.SECTION, "Part", [(s, s.capitalize()) for s in params.SOURCES_SECTIONS[1:]]),
        _one(params.REF, "Highlight a reference", references),
        LinkField(params.TERM, "Glossary search", "text"),
    )


def build_query(
    fields: tuple[LinkField, ...], chosen: Mapping[str, str | list[str]], presenting: bool = False
) -> dict[str, str]:
    """The query parameters for the chosen values; empty choices and unknown values are left out."""
    query: dict[str, str] = {}
    for f in fields:
        value = chosen.get(f.param)
        if f.kind == "many":
            allowed = {v for v, _ in f.options}
            picked = [v for v in (value or []) if v in allowed]
            if f.max_choices:
                picked = picked[: f.max_choices]
            if picked:
                query[f.param] = ",".join(picked)
        elif f.kind == "one":
            allowed = {v for v, _ in f.options}
            if isinstance(value, str) and value and value in allowed:
                query[f.param] = value
        elif isinstance(value, str) and value.strip():
            query[f.param] = value.strip()[:80]
    if presenting:
        query[params.PRESENT] = "1"
    return query
