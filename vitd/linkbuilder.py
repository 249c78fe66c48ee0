"""The lesson-link builder: every shareable choice of every screen, in the screen's own words.

A teacher picks a screen and its state; the builder turns the choices into the query string that
screen reads. Each field is made from the screen's declaration (``vitd.choices``): the same label,
the same options from the same content files, so a link built here is always one the screen
understands.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from vitd import params
from vitd.choices import Choice, to_text
from vitd.content import Content
from vitd.screens import declaration

Kind = Literal["one", "many", "text"]

DEFAULT = ("", "Screen default")
"""The first option of every ``one`` field: the empty value stands for the screen's default, as
the screen drops a default from its URL."""


@dataclass(frozen=True)
class LinkField:
    """One shareable choice of a screen, as the builder offers it."""

    param: str
    label: str
    kind: Kind
    options: tuple[tuple[str, str], ...] = ()
    """``(value, label)`` pairs for ``one`` and ``many``; the screen's default is not listed."""
    max_choices: int | None = None
    help: str = ""


def _field(choice: Choice, options: tuple[tuple[str, str], ...], default: object) -> LinkField:
    if choice.kind == "flag":
        return LinkField(choice.param, choice.label, "one", (DEFAULT, ("1", "Yes")), help=choice.help)
    if choice.kind == "one":
        rest = tuple((value, label) for value, label in options if value != default)
        return LinkField(choice.param, choice.label, "one", (DEFAULT, *rest), help=choice.help)
    if choice.kind in {"many", "pair"}:
        limit = 2 if choice.kind == "pair" else None
        hint = choice.help or ("Pick exactly two." if limit else "")
        return LinkField(choice.param, choice.label, "many", options, max_choices=limit, help=hint)
    example = f"e.g. {choice.examples[0]}" if choice.examples else ""
    return LinkField(choice.param, choice.label, "text", help=example)


def fields_for(screen_id: str, content: Content) -> tuple[LinkField, ...]:
    """The choices a link to ``screen_id`` can carry (presenter view is offered for every screen)."""
    declared = declaration(screen_id)
    if declared is None:
        return ()
    resolved = declared.resolve(content)
    defaults = declared.defaults(content)
    return tuple(
        _field(choice, resolved.options[choice.field], to_text(choice, getattr(defaults, choice.field)))
        for choice in declared.choices
        if choice.in_builder
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
