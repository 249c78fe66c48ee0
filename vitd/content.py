"""The one loader for every content file in ``data/``.

``load_content(directory)`` reads and validates every registered file, checks that
source ids resolve, and returns a :class:`Content` holding typed records and every
problem found. It never raises for bad content: problems are data, so a screen can
show a friendly panel while the rest of the app keeps working.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from pydantic import ValidationError

from vitd.citations import cited as citations_in
from vitd.links import carried
from vitd.models.about import ABOUT
from vitd.models.base import ContentModel, CrossCheck, DocSpec, FieldError, Problem, TableSpec, check_templates
from vitd.models.blood_test import BLOOD_TEST
from vitd.models.faq import FAQ
from vitd.models.food_screen import FOOD_SCREEN
from vitd.models.foods import FOODS
from vitd.models.glossary import GLOSSARY
from vitd.models.hosting_guide import HOSTING_GUIDE
from vitd.models.intake import INTAKE
from vitd.models.key_points import KEY_POINTS
from vitd.models.lesson import LESSON
from vitd.models.mechanism import MECHANISM
from vitd.models.personas import CROSS_CHECKS as PERSONA_CROSS_CHECKS
from vitd.models.personas import PERSONAS
from vitd.models.places import PLACES
from vitd.models.prevalence import PREVALENCE
from vitd.models.quiz import QUIZ
from vitd.models.quiz_screen import QUIZ_SCREEN
from vitd.models.references import REFERENCES
from vitd.models.risk_factors import RISK_FACTORS
from vitd.models.risk_screen import RISK_SCREEN
from vitd.models.serum_levels import SERUM_LEVELS
from vitd.models.site import SITE
from vitd.models.sun import SUN
from vitd.models.symptoms import BODY_REGIONS, RED_FLAGS, SYMPTOM_ASPECTS, SYMPTOM_CONDITIONS, SYMPTOM_SCREEN, SYMPTOMS
from vitd.models.symptoms import CROSS_CHECKS as SYMPTOM_CROSS_CHECKS
from vitd.models.teach_screen import TEACH_SCREEN
from vitd.models.units import UNITS

MEMO_ENTRIES = 512
"""Derived values :meth:`Content.memo` keeps: each is a small table, a chart spec or a few strings
(at most about 60 KiB), so the memo stays within about 30 MiB whatever readers type."""

SPECS: tuple[TableSpec[Any] | DocSpec[Any], ...] = (
    REFERENCES,
    SITE,
    UNITS,
    FOODS,
    INTAKE,
    FOOD_SCREEN,
    PLACES,
    SUN,
    SERUM_LEVELS,
    RISK_FACTORS,
    RISK_SCREEN,
    PERSONAS,
    QUIZ,
    QUIZ_SCREEN,
    GLOSSARY,
    ABOUT,
    SYMPTOM_CONDITIONS,
    SYMPTOM_ASPECTS,
    SYMPTOMS,
    BODY_REGIONS,
    RED_FLAGS,
    SYMPTOM_SCREEN,
    BLOOD_TEST,
    KEY_POINTS,
    MECHANISM,
    FAQ,
    PREVALENCE,
    LESSON,
    TEACH_SCREEN,
    HOSTING_GUIDE,
)
"""Every content file the app reads. Add a spec here when a new file is introduced."""


CROSS_CHECKS: tuple[CrossCheck, ...] = (*SYMPTOM_CROSS_CHECKS, *PERSONA_CROSS_CHECKS)
"""Checks across files, declared beside the content models they involve."""


DATA_DIR_ENV = "VITD_DATA_DIR"
"""Environment variable naming another content folder (used by tests and by hosts)."""

MAX_FILE_BYTES = 5_000_000
"""Content files are small; anything larger is almost certainly a mistake."""

M = TypeVar("M", bound=ContentModel)
T = TypeVar("T")
P = ParamSpec("P")


PROJECT_DATA = Path(__file__).resolve().parent.parent / "data"


def default_data_dir() -> Path:
    """The content folder: ``$VITD_DATA_DIR`` if set, else ``data/`` at the project root."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else PROJECT_DATA


class ContentUnavailable(LookupError):
    """Raised when a screen asks for a file that failed validation."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class Content:
    """Everything loaded from one content folder, with the problems found."""

    directory: Path
    problems: tuple[Problem, ...]
    _records: dict[str, Any] = field(repr=False)
    _memo: OrderedDict[Hashable, Any] = field(default_factory=OrderedDict, repr=False, compare=False)
    _memo_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A value derived from this content, computed once and kept while the content is.

        Screens use it for tables built from the records (a DataFrame of foods, the insights of
        a life stage) and for whole views of a screen keyed by their settings, so a class opening
        the same link does that work once per process. Values are shared by every session:
        never change one in place. The :data:`MEMO_ENTRIES` most recently used are kept, so
        keys made from what readers type cannot grow memory without bound.
        """
        with self._memo_lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        value = compute()  # outside the lock: two sessions may both compute a new key, harmlessly
        with self._memo_lock:
            self._memo[key] = value
            while len(self._memo) > MEMO_ENTRIES:
                self._memo.popitem(last=False)
        return value

    def problems_in(self, *filenames: str) -> tuple[Problem, ...]:
        """Problems in the named files (every file when none are named)."""
        if not filenames:
            return self.problems
        return tuple(p for p in self.problems if p.file in filenames)

    def table(self, spec: TableSpec[M]) -> tuple[M, ...]:
        """All records of a CSV file; raises :class:`ContentUnavailable` if it has problems."""
        return self._get(spec)

    def doc(self, spec: DocSpec[M]) -> M:
        """The record of a JSON file; raises :class:`ContentUnavailable` if it has problems."""
        return self._get(spec)

    def _get(self, spec: TableSpec[Any] | DocSpec[Any]) -> Any:
        problems = self.problems_in(spec.filename)
        if problems or self._records.get(spec.filename) is None:
            raise ContentUnavailable(problems or [Problem(spec.filename, None, None, "not loaded")])
        return self._records[spec.filename]


# --- reading -----------------------------------------------------------------------------


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    name = path.name
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        problems.append(Problem(name, None, None, "file is missing"))
        return None
    except OSError as exc:
        problems.append(Problem(name, None, None, f"cannot be read ({exc.strerror})"))
        return None
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 1_000_000
        problems.append(Problem(name, None, None, f"is {size:,} bytes; content files must be under {limit} MB"))
        return None
    raw = path.read_bytes()
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        problems.append(Problem(name, None, None, "is saved as UTF-16; save it as 'CSV UTF-8' or 'UTF-8' instead"))
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(name, line, None, "is not UTF-8 text; save it as 'CSV UTF-8' or 'UTF-8' and try again"))
        return None
    if not text.strip():
        problems.append(Problem(name, None, None, "file is empty"))
        return None
    return text


def _number(value: object) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _friendly(error: dict[str, Any]) -> tuple[str | None, str]:
    """Turn one pydantic error into (field override, plain-language message)."""
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    shown = repr(value) if isinstance(value, str) else str(value)
    number = str(value)  # a number typed in a cell is shown as typed, without quotes
    if kind == "value_error" and isinstance(ctx.get("error"), FieldError):
        exc: FieldError = ctx["error"]
        return exc.field_name, exc.message
    if kind in {"missing", "string_too_short"} or (value is None and kind.endswith("_type")):
        return None, "required value is empty"
    messages = {
        "float_parsing": f"{shown} is not a number",
        "float_type": f"{shown} is not a number",
        "int_parsing": f"{shown} is not a whole number",
        "int_from_float": f"{shown} is not a whole number",
        "bool_parsing": f"{shown} is not yes or no",
        "date_from_datetime_parsing": f"{shown} is not a date like 2026-11-29",
        "date_parsing": f"{shown} is not a date like 2026-11-29",
        "greater_than_equal": f"{number} is too small (must be at least {_number(ctx.get('ge'))})",
        "greater_than": f"{number} is too small (must be above {_number(ctx.get('gt'))})",
        "less_than_equal": f"{number} is too large (must be at most {_number(ctx.get('le'))})",
        "less_than": f"{number} is too large (must be below {_number(ctx.get('lt'))})",
        "literal_error": f"{shown} is not one of: {ctx.get('expected', '').replace(' or ', ', ')}",
        "string_pattern_mismatch": f"{shown} is not in the expected form",
        "dict_type": "must be an object with named fields",
        "list_type": "must be a list",
        "tuple_type": "must be a list",
        "extra_forbidden": "is not a known field",
    }
    if kind in messages:
        return None, messages[kind]
    message = str(error.get("msg", "is not valid"))
    return None, message.removeprefix("Value error, ")


def _json_location(loc: Sequence[str | int]) -> tuple[str, str | None]:
    """Split a pydantic location into (record path counted from 1, field)."""
    last_index = max((i for i, part in enumerate(loc) if isinstance(part, int)), default=-1)
    if last_index < 0:
        return "top", ".".join(str(p) for p in loc) or None
    path = ""
    for part in loc[: last_index + 1]:
        path += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    rest = ".".join(str(p) for p in loc[last_index + 1 :])
    return path, rest or None


def _looks_like_formula(cell: str) -> bool:
    """True for cells a spreadsheet would run as a formula (``=HYPERLINK(...)``, ``@SUM``, ``+cmd``).

    Negative numbers (``-2``) and dashes used as bullets (``- item``) are fine.
    """
    if cell[:1] in {"=", "@", "\t", "\r"}:
        return True
    return cell[:1] in {"+", "-"} and len(cell) > 1 and not (cell[1].isdigit() or cell[1] in ". ")


def _load_table(
    directory: Path, spec: TableSpec[Any], problems: list[Problem]
) -> tuple[tuple[Any, ...], tuple[int, ...]] | None:
    """Records of a CSV file with their spreadsheet row numbers, or None if it has problems."""
    name = spec.filename
    text = _read_text(directory / name, problems)
    if text is None:
        return None
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        problems.append(Problem(name, None, None, f"is not a readable CSV file ({exc})"))
        return None
    header = [h.strip() for h in rows[0]]
    start = len(problems)
    seen: set[str] = set()
    for column in header:
        if column and column in seen:
            problems.append(Problem(name, 1, column, "column appears twice"))
        seen.add(column)
    for column in spec.required_columns():
        if column not in header:
            problems.append(Problem(name, 1, column, "required column is missing"))
    if len(problems) > start:
        return None
    records: list[Any] = []
    numbers: list[int] = []
    for number, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
            problems.append(
                Problem(name, number, None, f"has {len(cells)} cells but the header has {len(header)} columns")
            )
            continue
        values = {col: (cells[i] if i < len(cells) else "") for i, col in enumerate(header) if col}
        values = {k: (None if not v.strip() else v) for k, v in values.items()}
        for col, value in values.items():
            if value is not None and _looks_like_formula(value):
                message = "looks like a spreadsheet formula; content cells must be plain text"
                problems.append(Problem(name, number, col, message))
        try:
            records.append(spec.model.model_validate(values))
            numbers.append(number)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                override, message = _friendly(error)
                loc = error.get("loc") or ()
                problems.append(Problem(name, number, override or (str(loc[0]) if loc else None), message))
    if spec.key:
        first_seen: dict[Any, int] = {}
        for record, number in zip(records, numbers, strict=True):
            value = getattr(record, spec.key)
            key = value.casefold() if isinstance(value, str) else value
            if key in first_seen:
                problems.append(
                    Problem(name, number, spec.key, f"duplicate {value!r} (first on row {first_seen[key]})")
                )
            else:
                first_seen[key] = number
    if spec.check and len(problems) == start:
        for index, field_name, message in spec.check(records):
            problems.append(Problem(name, numbers[index], field_name, message))
    # Valid rows are returned even when others failed, so their source ids are still checked.
    return tuple(records), tuple(numbers)


def _load_doc(directory: Path, spec: DocSpec[Any], problems: list[Problem]) -> Any | None:
    name = spec.filename
    text = _read_text(directory / name, problems)
    if text is None:
        return None
    if name.endswith(".md"):
        # A Markdown document (long guide text) is validated as {"markdown": "..."}.
        return _validate_doc(spec, {"markdown": text}, problems)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(Problem(name, exc.lineno, None, f"is not valid JSON: {exc.msg} (column {exc.colno})"))
        return None
    return _validate_doc(spec, data, problems)


def _validate_doc(spec: DocSpec[Any], data: Any, problems: list[Problem]) -> Any | None:
    name = spec.filename
    start = len(problems)
    try:
        doc = spec.model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            override, message = _friendly(error)
            row, field_name = _json_location(error.get("loc") or ())
            problems.append(Problem(name, row, override or field_name, message))
        return None
    templates = check_templates(doc, spec.placeholders) if spec.placeholders is not None else ()
    found = [*templates, *(spec.check(doc) if spec.check else ())]
    problems.extend(Problem(name, row, field_name, message) for row, field_name, message in found)
    return doc if len(problems) == start else None


# --- cross-file checks -------------------------------------------------------------------


def _check_source_ids(
    records: dict[str, Any], row_numbers: dict[str, tuple[int, ...]], problems: list[Problem]
) -> None:
    references = records.get(REFERENCES.filename)
    if references is None:
        return
    known = {r.id for r in references}
    for spec in SPECS:
        loaded = records.get(spec.filename)
        if loaded is None or spec is REFERENCES:
            continue
        if isinstance(spec, TableSpec):
            numbers = row_numbers[spec.filename]
            cited: list[tuple[int | str, tuple[str, ...]]] = [
                (number, getattr(r, "source_ids", ())) for number, r in zip(numbers, loaded, strict=True)
            ]
        else:
            cited = list(citations_in(loaded))
        for where, ids in cited:
            for source_id in ids:
                if source_id not in known:
                    message = f"unknown source id {source_id!r} (not in {REFERENCES.filename})"
                    problems.append(Problem(spec.filename, where, "source_ids", message))


def _run_cross_checks(
    records: dict[str, Any], row_numbers: dict[str, tuple[int, ...]], problems: list[Problem]
) -> None:
    failed = {p.file for p in problems}
    for check in CROSS_CHECKS:
        names = [spec.filename for spec in check.specs]
        if any(name in failed or records.get(name) is None for name in names):
            continue
        for problem in check.run(*(records[name] for name in names)):
            rows = row_numbers.get(problem.file)
            if rows and isinstance(problem.row, int) and 0 <= problem.row - 2 < len(rows):
                problem = Problem(problem.file, rows[problem.row - 2], problem.field, problem.message)
            problems.append(problem)


def load_content(directory: Path | str | None = None) -> Content:
    """Read and validate every content file in ``directory`` (default: the data folder)."""
    folder = Path(directory) if directory is not None else default_data_dir()
    problems: list[Problem] = []
    records: dict[str, Any] = {}
    row_numbers: dict[str, tuple[int, ...]] = {}
    if not folder.is_dir():
        problems.append(Problem(str(folder), None, None, "content folder does not exist"))
        return Content(folder, tuple(problems), records)
    for spec in SPECS:
        if isinstance(spec, TableSpec):
            loaded = _load_table(folder, spec, problems)
            if loaded is not None:
                records[spec.filename], row_numbers[spec.filename] = loaded
        else:
            records[spec.filename] = _load_doc(folder, spec, problems)
    _check_source_ids(records, row_numbers, problems)
    _run_cross_checks(records, row_numbers, problems)
    failed = {p.file for p in problems}
    records = {name: (value if name not in failed else None) for name, value in records.items()}
    return Content(folder, tuple(problems), records)


def fingerprint(directory: Path | str | None = None) -> tuple[tuple[str, int, int], ...]:
    """A cheap signature of the folder's files (name, size, mtime) to invalidate caches on edit."""
    folder = Path(directory) if directory is not None else default_data_dir()
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return ()
    result = []
    for entry in entries:
        try:
            stat = entry.stat()
        except OSError:
            continue
        result.append((entry.name, stat.st_size, stat.st_mtime_ns))
    return tuple(result)


# --- the content every session shares -----------------------------------------------------

_LOADED: dict[tuple[str, tuple[tuple[str, int, int], ...]], Content] = {}
_LOADED_LOCK = threading.Lock()
MAX_LOADED = 4
CHECK_EVERY_S = 1.0
"""How often the content folder is looked at for edits: an edit shows within a second, and a class
opening a link at once does not list the folder for every student."""
_last_check: dict[str, tuple[float, tuple[tuple[str, int, int], ...]]] = {}


def current_content() -> Content:
    """The content folder as loaded, shared by every session of this process.

    It is loaded once and loaded again only when a file in the folder changes (its name, size
    or modification time). A plain dictionary keyed on that signature does what
    ``st.cache_resource`` would, without hashing the key on every run of every session; the
    records are immutable, so every session shares one copy.
    """
    directory = str(default_data_dir())
    now = time.monotonic()
    checked = _last_check.get(directory)
    if checked is None or now - checked[0] >= CHECK_EVERY_S:
        checked = (now, fingerprint(directory))
        _last_check[directory] = checked
    key = (directory, checked[1])
    content = _LOADED.get(key)
    if content is None:
        with _LOADED_LOCK:
            content = _LOADED.get(key)
            if content is None:
                content = load_content(directory)
                while len(_LOADED) >= MAX_LOADED:
                    _LOADED.pop(next(iter(_LOADED)))
                _LOADED[key] = content
    return content


def forget_content() -> None:
    """Drop every loaded content folder (tests use it to start from the files)."""
    with _LOADED_LOCK:
        _LOADED.clear()
        _last_check.clear()


def per_content(build: Callable[Concatenate[Content, P], T]) -> Callable[Concatenate[Content, P], T]:
    """Cache ``build(content, *args)`` per content version and arguments.

    A screen's view is a function of the content and the reader's choices (a frozen dataclass):
    decorated, it is built once per process for each set of choices and shared by every session
    showing them, in ``Content.memo``. Arguments must be hashable. Never pass what a reader types
    about themselves (a blood result, risk answers): it would sit in a cache shared by everyone.
    A view's links carry the presenter view when the page does (``vitd.links.carried``), so that
    is part of the key too.
    """
    name = f"{build.__module__}.{build.__qualname__}"

    @functools.wraps(build)
    def cached(content: Content, *args: P.args, **kwargs: P.kwargs) -> T:
        key = (name, args, tuple(sorted(kwargs.items())), carried())
        return content.memo(key, lambda: build(content, *args, **kwargs))

    return cached
