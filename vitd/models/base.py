"""Building blocks shared by every content model: base class, source ids, file specs."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model

SOURCE_ID_PATTERN = re.compile(r"^S\d+[a-z]?$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file.

    ``row`` is the spreadsheet row for CSV files (the header is row 1) or the record's
    path for JSON files (``cards[2]`` is the second card, counting from 1).
    """

    file: str
    row: int | str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file}:{self.row}"
        if self.field:
            return f"{where}: {self.field}: {self.message}"
        return f"{where}: {self.message}"


class FieldError(ValueError):
    """A check that fails because of one named field of a record."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field_name = field_name
        self.message = message


class ContentModel(BaseModel):
    """Base for every content record: immutable, trims text, ignores extra columns."""

    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=True)


def _split_source_ids(value: object) -> object:
    """Accept ``"S1; S2"`` or ``"S1,S2"`` from a spreadsheet cell, or a JSON list."""
    if value is None:
        return None  # reported as an empty required value
    if isinstance(value, str):
        parts = re.split(r"[;,\s]+", value.strip())
        value = [p for p in parts if p]
    if isinstance(value, list | tuple):
        ids = []
        for item in value:
            text = str(item).strip()
            if not SOURCE_ID_PATTERN.match(text):
                raise ValueError(f"'{text}' is not a source id like S1 or S4b")
            ids.append(text)
        if not ids:
            raise ValueError("at least one source id is required, e.g. S1")
        return tuple(ids)
    return value


Text = Annotated[str, Field(min_length=1)]
"""Required text: an empty cell or string is an error."""

Slug = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")]
"""An id: lower-case letters, digits, ``_`` and ``-``, as used in links and between files."""

SourceIds = Annotated[tuple[str, ...], BeforeValidator(_split_source_ids)]
"""One or more reference ids (``S1``, ``S4b``) that must resolve in references.csv."""


M = TypeVar("M", bound=ContentModel)

RowIssue = tuple[int, str | None, str]
"""A problem found by a table check: (record index from 0, field or None, message)."""


@dataclass(frozen=True)
class TableSpec(Generic[M]):
    """A CSV content file: one model instance per row."""

    filename: str
    model: type[M]
    key: str | None = None
    """Field whose values must be unique (duplicate ids are an error)."""
    check: Callable[[Sequence[M]], Iterable[RowIssue]] | None = None
    """Checks across rows, such as ranges that must not overlap."""
    optional_columns: tuple[str, ...] = ()
    """Model fields whose column may be left out of the file altogether."""
    used_on: tuple[str, ...] = ()
    """Ids of the screens that show this file (see ``vitd/screens.py``); the Sources screen
    uses it to say where each reference is cited."""

    def required_columns(self) -> tuple[str, ...]:
        """Columns the file must have: every model field but the optional columns."""
        return tuple(name for name in self.model.model_fields if name not in self.optional_columns)


@dataclass(frozen=True)
class DocSpec(Generic[M]):
    """A JSON content file: one model instance for the whole document."""

    filename: str
    model: type[M]
    check: Callable[[M], Iterable[tuple[str, str | None, str]]] | None = None
    """Checks across records: yields (record path, field or None, message)."""
    used_on: tuple[str, ...] = ()
    """Ids of the screens that show this file (see ``vitd/screens.py``)."""
    placeholders: Mapping[str, frozenset[str]] | None = None
    """For a file of a screen's words: the ``{placeholders}`` each top-level text may use (a text
    not listed may use none). None: the file's own ``check`` looks after its templates."""


@dataclass(frozen=True)
class CrossCheck:
    """A check across content files, run once all of ``specs`` loaded without problems.

    ``run`` gets the loaded records of ``specs`` in order and returns problems. It numbers CSV
    rows as ``index + 2`` (as if the file had no blank rows); the loader maps them to the real
    spreadsheet rows. Each content model module declares the checks that involve its file.
    """

    specs: tuple[TableSpec[Any] | DocSpec[Any], ...]
    run: Callable[..., Iterable[Problem]]


def _placeholders(template: str) -> Iterable[str]:
    try:
        for _, name, _, _ in string.Formatter().parse(template):
            if name is not None:
                yield name
    except ValueError:
        yield "{"


def unknown_placeholder(template: str, allowed: frozenset[str]) -> str | None:
    """What is wrong with a template's ``{placeholders}`` (one not in ``allowed``, or a stray brace), or None."""
    for name in _placeholders(template):
        if name not in allowed:
            if name == "{" or not name:
                return "has an unmatched or empty { }"
            return f"unknown placeholder {{{name}}}; use one of: {', '.join(sorted(allowed)) or 'none'}"
    return None


def check_templates(
    doc: ContentModel, placeholders: Mapping[str, frozenset[str]]
) -> Iterable[tuple[str, str | None, str]]:
    """Problems in the templates of a document's top-level text fields (``placeholders`` by field name).

    Fields not listed may use no placeholder at all.
    """
    for name in type(doc).model_fields:
        value = getattr(doc, name)
        if isinstance(value, str):
            problem = unknown_placeholder(value, placeholders.get(name, frozenset()))
            if problem:
                yield "top", name, problem


def repeated(values: Iterable[str], start: int = 1) -> Iterator[tuple[int, str, int]]:
    """``(position, value, first position)`` of every value met before (positions count from ``start``)."""
    first: dict[str, int] = {}
    for position, value in enumerate(values, start=start):
        if value in first:
            yield position, value, first[value]
        else:
            first[value] = position


def wording(name: str, names: str, doc: str) -> type[ContentModel]:
    """A model of a screen's words: each of the space-separated ``names`` is a required text.

    For files that are only a screen's wording (buttons, headings, sentences); the placeholders
    each sentence may use are given by the file's ``DocSpec``.
    """
    fields: dict[str, Any] = {field_name: (Text, ...) for field_name in names.split()}
    return create_model(name, __base__=ContentModel, __doc__=doc, **fields)
