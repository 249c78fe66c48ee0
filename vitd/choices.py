"""A screen's shareable choices, declared once.

Each screen lists its choices in one :class:`Declaration`: for every choice the query parameter
it lives in, its label, kind, options (fixed, or read from the content), default and widget.
Everything else is made from that list:

- :meth:`Declaration.read` parses a URL's query string into the screen's frozen choices
  dataclass, leaving a quiet notice for every value it ignored;
- :meth:`Declaration.query` writes choices back as the query string a link carries (defaults
  left out), so URL → widgets → URL gives the same string;
- ``vitd.widgets`` draws each choice's widget (options, labels and key from here);
- ``vitd.linkbuilder`` offers every choice to teachers, with the screen's own wording;
- the tests render every screen with every declared value of every choice.

Nothing here needs a browser or Streamlit.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

from vitd.content import Content
from vitd.text import escape_markdown
from vitd.urlstate import MAX_VALUE_CHARS, UrlState

Kind = Literal["one", "many", "pair", "text", "flag", "number"]
"""How a choice reads and writes its query parameter:

- ``one``: one option id (matched case-insensitively);
- ``many``: option ids, comma-separated (``name=`` chooses none);
- ``pair``: exactly two different option ids, or nothing;
- ``text``: free text (trimmed, printable characters only);
- ``flag``: ``1`` when on, absent when off;
- ``number``: a number as typed; kept as text, so a typo can be named in a message.

A parameter repeated in a link (``?colour=red&colour=blue``) gives ``one``, ``text``, ``flag`` and
``number`` its last value; ``many`` and ``pair`` join all its values in order.
"""

Widget = Literal[
    "segmented", "pills", "select", "multiselect", "radio", "toggle", "text", "number", "tabs", "custom", "none"
]
"""How a choice is drawn; ``none``: only a link sets it (the screen has no widget for it)."""

Options = tuple[tuple[str, str], ...]
"""``(value, label)`` pairs, in the order they are offered."""

C = TypeVar("C")

DEFAULT_WIDGET: dict[Kind, Widget] = {
    "one": "segmented",
    "many": "multiselect",
    "pair": "select",
    "text": "text",
    "flag": "toggle",
    "number": "number",
}


@dataclass(frozen=True)
class Choice:
    """One shareable choice of a screen: a field of its choices dataclass and a query parameter."""

    field: str
    """The attribute of the screen's choices dataclass that holds the value."""
    param: str
    """The query parameter (a constant of ``vitd.params``)."""
    label: str
    """The widget's label; the link builder uses the same words."""
    kind: Kind
    options: Options | Callable[[Content], Options] = ()
    """Fixed options, or a function of the content that lists them (ids from a content file)."""
    default: Any = None
    """The value when the link has none: a constant, or a function of ``(content, options, values)``
    where ``values`` holds the choices read before this one. Unset: the first option (``one``),
    none (``many``), ``""`` (``text``, ``number``), off (``flag``), nothing (``pair``)."""
    widget: Widget | None = None
    """How the choice is drawn (default by kind: see :data:`DEFAULT_WIDGET`)."""
    key: str = ""
    """The widget key's suffix after the screen id (default: ``field``)."""
    help: str = ""
    placeholder: str = ""
    max_chars: int = 80
    low: float | None = None
    high: float | None = None
    """Limits of a ``number`` choice; a link outside them is ignored with a notice."""
    step: float = 1.0
    parts: tuple[str, str] = ("First", "Second")
    """Labels of the two selectboxes of a ``pair``."""
    examples: tuple[str, ...] = ()
    """Values of a ``text`` or ``number`` choice worth trying: the tests render each one, and the
    link builder shows the first as an example."""
    applies: Callable[[Any], bool] | None = None
    """When the choice matters, given the other choices (e.g. the fictional person only in
    persona mode); otherwise it is neither drawn nor written to the link."""
    parse: Callable[[str, Sequence[str]], tuple[Any, list[str]]] | None = None
    """For ``text`` choices with a structure of their own: ``(text, option ids) -> (value, ignored
    items)``; ignored items leave a notice. ``format`` writes the value back."""
    format: Callable[[Any], str] | None = None
    draw: Callable[..., Any] | None = None
    """For a ``custom`` widget: ``draw(label, options, value, key, **extra)`` draws it and returns
    the value (``vitd.widgets`` has the drawing functions)."""
    notice: str = ""
    """What to say when part of a link's value is ignored for a reason of this choice's own (a
    ``pair`` without two different ids, items ``parse`` ignored): ``{name}`` is the parameter,
    ``{items}`` what was ignored."""
    in_builder: bool = True
    """Offered by the link builder (a reader's own blood result, for instance, is offered too)."""

    @property
    def widget_kind(self) -> Widget:
        return self.widget or DEFAULT_WIDGET[self.kind]

    def widget_key(self, screen_id: str) -> str:
        """The Streamlit key of this choice's widget on its screen: ``food_sources_diet``."""
        return f"{screen_id}_{self.key or self.field}"


@dataclass(frozen=True)
class Resolved:
    """A declaration's options for one content version: the ids and labels each choice offers."""

    options: Mapping[str, Options]

    def ids(self, field_name: str) -> list[str]:
        return [value for value, _ in self.options[field_name]]

    def labels(self, field_name: str) -> dict[str, str]:
        return dict(self.options[field_name])


@dataclass(frozen=True)
class Declaration(Generic[C]):
    """Every shareable choice of one screen, and the frozen dataclass their values fill."""

    screen_id: str
    values: type[C]
    choices: tuple[Choice, ...]
    check: Callable[[C, UrlState], C] | None = None
    """Rules between choices, applied after reading (e.g. a pair that needs two different ids)."""

    def __post_init__(self) -> None:
        fields = {f.name for f in dataclasses.fields(self.values)}  # type: ignore[arg-type]
        for choice in self.choices:
            if choice.field not in fields:
                raise TypeError(f"{self.values.__name__} has no field {choice.field!r}")

    def choice(self, field_name: str) -> Choice:
        """The choice filling ``field_name``; raises KeyError for a name not declared."""
        for choice in self.choices:
            if choice.field == field_name:
                return choice
        raise KeyError(field_name)

    def resolve(self, content: Content) -> Resolved:
        """The options of every choice for this content (computed once per content version)."""

        def compute() -> Resolved:
            return Resolved(
                {c.field: c.options(content) if callable(c.options) else tuple(c.options) for c in self.choices}
            )

        return content.memo(("choices", self.screen_id), compute)

    def default(self, choice: Choice, content: Content, resolved: Resolved, values: Mapping[str, Any]) -> Any:
        """The value of ``choice`` when a link has none."""
        if callable(choice.default):
            return choice.default(content, resolved.options[choice.field], values)
        if choice.default is not None:
            return tuple(choice.default) if choice.kind == "many" else choice.default
        ids = resolved.ids(choice.field)
        return {
            "one": ids[0] if ids else "",
            "many": (),
            "pair": None,
            "text": "",
            "flag": False,
            "number": "",
        }[choice.kind]

    def defaults(self, content: Content) -> C:
        """The choices of a link with no query string."""
        return self.read(content, {})[0]

    def read(self, content: Content, params: Mapping[str, Sequence[str]]) -> tuple[C, tuple[str, ...]]:
        """The choices a URL's query parameters make, and a notice for every value ignored."""
        url = UrlState(params)
        resolved = self.resolve(content)
        values: dict[str, Any] = {}
        for choice in self.choices:
            values[choice.field] = _read(
                choice, url, resolved.ids(choice.field), self.default, content, resolved, values
            )
        result = self.values(**values)
        if self.check is not None:
            result = self.check(result, url)
        return result, tuple(dict.fromkeys(url.notices))

    def applies(self, choice: Choice, values: C) -> bool:
        return choice.applies is None or choice.applies(values)

    def query(self, content: Content, values: C) -> dict[str, str]:
        """The query parameters for ``values``: every choice that applies and differs from its default."""
        resolved = self.resolve(content)
        query: dict[str, str] = {}
        so_far: dict[str, Any] = {}
        for choice in self.choices:
            value = getattr(values, choice.field)
            default = self.default(choice, content, resolved, so_far)
            so_far[choice.field] = value
            if not self.applies(choice, values):
                continue
            text = to_text(choice, value)
            if text is not None and text != to_text(choice, default):
                query[choice.param] = text
        return query

    def params(self) -> tuple[str, ...]:
        """Every query parameter the screen reads."""
        return tuple(dict.fromkeys(c.param for c in self.choices))


def to_text(choice: Choice, value: Any) -> str | None:
    """A choice's value as it stands in a link; None when the link leaves it out."""
    if choice.format is not None:
        text = choice.format(value)
        return text or None
    if choice.kind == "flag":
        return "1" if value else None
    if choice.kind == "pair":
        return ",".join(value) if value else None
    if choice.kind == "many":
        return ",".join(value)
    text = str(value).strip() if value is not None else ""
    return text or None


def _read(
    choice: Choice,
    url: UrlState,
    ids: list[str],
    default_of: Callable[[Choice, Content, Resolved, Mapping[str, Any]], Any],
    content: Content,
    resolved: Resolved,
    values: Mapping[str, Any],
) -> Any:
    default = default_of(choice, content, resolved, values)
    name = choice.param
    if choice.kind == "one":
        return url.choice(name, ids, default)
    if choice.kind == "many":
        return tuple(url.choices(name, ids, list(default)))
    if choice.kind == "flag":
        return url.flag(name)
    if choice.kind == "pair":
        if not url.params.get(name):
            return None
        chosen = url.choices(name, ids, [])
        if len(chosen) != 2:
            url.notices.append(_notice(choice, ""))
            return None
        return (chosen[0], chosen[1])
    if choice.kind == "number":
        if choice.low is None or choice.high is None:
            return url.text(name, default, max_chars=choice.max_chars)
        number = url.number(name, None, choice.low, choice.high)
        return default if number is None else url.text(name, default, max_chars=choice.max_chars)
    if choice.parse is None:
        return url.text(name, default, max_chars=choice.max_chars)
    text = url.text(name, "", max_chars=MAX_VALUE_CHARS)
    if not text:
        return default
    value, ignored = choice.parse(text, ids)
    if ignored:
        items = ", ".join(ignored[:3]) + (" …" if len(ignored) > 3 else "")
        url.notices.append(_notice(choice, escape_markdown(items[:60])))
    return value


def _notice(choice: Choice, items: str) -> str:
    template = choice.notice or "The link's **{name}** value isn't recognised, so the default is shown."
    return template.format(name=choice.param, items=items)
