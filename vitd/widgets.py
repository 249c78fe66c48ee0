"""Drawing a screen's declared choices as widgets, and writing them back to the URL.

A page gets a :class:`Controls` from its frame, draws the widgets where its layout wants them
(``controls.row("diet", "fortified")``), and calls :meth:`Controls.done` for the choices the
reader made. Options, labels, keys and defaults all come from the screen's declaration
(``vitd.choices``); the link then always reproduces the view.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from vitd.charts import Spec, drawn_height
from vitd.choices import C, Choice, Declaration, Options
from vitd.content import Content
from vitd.linkbuilder import LinkField
from vitd.text import number_for_url, parse_number


class Controls(Generic[C]):
    """The widgets of one screen's choices, starting from the values its link carries."""

    def __init__(self, declaration: Declaration[C], content: Content, values: C) -> None:
        self.declaration = declaration
        self.content = content
        self.resolved = declaration.resolve(content)
        self._start = values
        self._chosen: dict[str, Any] = {}

    @property
    def values(self) -> C:
        """The choices so far: the link's values, updated by every widget drawn."""
        return dataclasses.replace(self._start, **self._chosen)  # type: ignore[type-var]

    def widget(self, field_name: str, where: DeltaGenerator | None = None, **extra: Any) -> Any:
        """Draw one choice's widget (in ``where``, else the current container) and return its value.

        A choice that does not apply to the other choices (see ``Choice.applies``) is not drawn.
        ``extra`` goes to the Streamlit widget (``width=``, ``help=``…).
        """
        choice = self.declaration.choice(field_name)
        value = getattr(self.values, field_name)
        if not self.declaration.applies(choice, self.values):
            return value
        draw = _DRAW[choice.widget_kind]
        with where if where is not None else contextlib.nullcontext():
            new = draw(self, choice, value, extra)
        self._chosen[field_name] = new
        return new

    def row(self, *field_names: str, widths: Sequence[float] | None = None, **extra: Any) -> None:
        """Draw several choices side by side (stacked on a phone)."""
        columns = st.columns(list(widths) if widths else len(field_names), **extra)
        for name, column in zip(field_names, columns, strict=True):
            self.widget(name, column)

    def tabs(self, field_name: str) -> list[DeltaGenerator]:
        """A ``one`` choice drawn as tabs: the tab containers, in option order; the open one is the choice."""
        choice = self.declaration.choice(field_name)
        labels = self.resolved.labels(field_name)
        key = choice.widget_key(self.declaration.screen_id)
        value = getattr(self.values, field_name)
        tabs = st.tabs(list(labels.values()), default=labels[value], key=key, on_change="rerun")
        by_label = {label: option for option, label in labels.items()}
        self._chosen[field_name] = by_label.get(st.session_state.get(key), value)
        return list(tabs)

    def set(self, field_name: str, value: Any) -> None:
        """Record a choice drawn by the page itself (a widget this module does not know)."""
        self.declaration.choice(field_name)
        self._chosen[field_name] = value

    def done(self) -> C:
        """The reader's choices; the URL now carries them (defaults left out)."""
        values = self.values
        query = self.declaration.query(self.content, values)
        for name in self.declaration.params():
            text = query.get(name)
            if text is None:
                if name in st.query_params:
                    del st.query_params[name]
            elif st.query_params.get_all(name) != [text]:  # a repeated name is written back once
                st.query_params[name] = text
        return values


def _common(controls: Controls[Any], choice: Choice, extra: dict[str, Any]) -> dict[str, Any]:
    options: dict[str, Any] = {"key": choice.widget_key(controls.declaration.screen_id)}
    if choice.help:
        options["help"] = choice.help
    return {**options, **extra}


def _segmented(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> Any:
    labels = controls.resolved.labels(choice.field)
    if choice.kind == "many":
        return tuple(
            st.segmented_control(
                choice.label,
                list(labels),
                selection_mode="multi",
                default=list(value),
                format_func=labels.get,
                **_common(controls, choice, extra),
            )
        )
    return st.segmented_control(
        choice.label,
        list(labels),
        default=value,
        required=True,
        format_func=labels.get,
        **_common(controls, choice, extra),
    )


def _pills(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> Any:
    labels = controls.resolved.labels(choice.field)
    if choice.kind == "many":
        picked = st.pills(
            choice.label,
            list(labels),
            selection_mode="multi",
            default=list(value),
            format_func=labels.get,
            **_common(controls, choice, extra),
        )
        return tuple(picked)
    picked = st.pills(
        choice.label, list(labels), default=value, format_func=labels.get, **_common(controls, choice, extra)
    )
    # Unselecting the chosen pill returns to the screen's default.
    return picked if picked is not None else getattr(controls.declaration.defaults(controls.content), choice.field)


def _select(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> Any:
    labels = controls.resolved.labels(choice.field)
    ids = list(labels)
    if choice.kind == "pair":
        return _pair(controls, choice, value, extra)
    index = ids.index(value) if value in ids else 0
    return st.selectbox(choice.label, ids, index=index, format_func=labels.get, **_common(controls, choice, extra))


def _pair(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> tuple[str, str] | None:
    """A toggle, and when it is on two selectboxes side by side: two different options, or None."""
    labels = controls.resolved.labels(choice.field)
    ids = list(labels)
    key = choice.widget_key(controls.declaration.screen_id)
    on = st.toggle(choice.label, value=value is not None, key=f"{key}_on", help=choice.help or None)
    if not on:
        return None
    first, second = value or (ids + ids)[:2]
    names = choice.parts
    left, right = st.columns(2)
    picked = (
        left.selectbox(names[0], ids, index=ids.index(first), format_func=labels.get, key=f"{key}_first", **extra),
        right.selectbox(names[1], ids, index=ids.index(second), format_func=labels.get, key=f"{key}_second", **extra),
    )
    return picked


def _multiselect(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> tuple[str, ...]:
    labels = controls.resolved.labels(choice.field)
    picked = st.multiselect(
        choice.label,
        list(labels),
        default=list(value),
        format_func=labels.get,
        placeholder=choice.placeholder or None,
        **_common(controls, choice, extra),
    )
    return tuple(picked)


def _radio(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> Any:
    labels = controls.resolved.labels(choice.field)
    ids = list(labels)
    return st.radio(
        choice.label, ids, index=ids.index(value), format_func=labels.get, **_common(controls, choice, extra)
    )


def _toggle(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> bool:
    return st.toggle(choice.label, value=bool(value), **_common(controls, choice, extra))


def _text(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> str:
    typed = st.text_input(
        choice.label,
        value=value,
        max_chars=choice.max_chars,
        placeholder=choice.placeholder or None,
        **_common(controls, choice, extra),
    )
    return typed.strip()


def _number(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> str:
    """A number typed by the reader, kept as the link's text while it means the same number."""
    start = parse_number(value)
    options: dict[str, Any] = {"step": choice.step}
    if choice.low is not None:
        options["min_value"] = choice.low
    if choice.high is not None:
        options["max_value"] = choice.high
    if start is not None and choice.low is not None and choice.high is not None:
        start = min(max(start, choice.low), choice.high)
    typed = st.number_input(choice.label, value=start, **options, **_common(controls, choice, extra))
    if typed == parse_number(value):
        return value
    return "" if typed is None else number_for_url(typed)


def _custom(controls: Controls[Any], choice: Choice, value: Any, extra: dict[str, Any]) -> Any:
    """A widget of the choice's own (``Choice.draw``)."""
    if choice.draw is None:
        raise TypeError(f"choice {choice.field!r} is custom but has no draw function")
    key = choice.widget_key(controls.declaration.screen_id)
    return choice.draw(choice.label, controls.resolved.options[choice.field], value, key, **extra)


def amount_picker(
    label: str,
    options: Options,
    value: Sequence[tuple[str, float]],
    key: str,
    *,
    amount_label: str,
    details: Mapping[str, str],
    low: float,
    high: float,
    step: float,
    max_items: int,
    placeholder: str,
) -> tuple[tuple[str, float], ...]:
    """Items picked from ``options``, each with an amount (the day planner's foods and servings).

    ``amount_label`` names each amount's input, with ``{item}`` (the option's label) and ``{detail}``
    (from ``details``). Inputs come in rows of two, which keeps the order when a phone stacks them.
    """
    labels = dict(options)
    start = dict(value)
    picked = st.multiselect(
        label,
        list(labels),
        default=[item for item in start if item in labels],
        format_func=labels.get,
        max_selections=max_items,
        placeholder=placeholder,
        key=f"{key}_foods",
    )
    amounts: dict[str, float] = {}
    for first in range(0, len(picked), 2):
        for column, item in zip(st.columns(2), picked[first : first + 2], strict=False):
            amounts[item] = column.number_input(
                amount_label.format(item=labels[item], detail=details.get(item, "")),
                min_value=low,
                max_value=high,
                value=start.get(item, 1.0),
                step=step,
                key=f"{key}_servings_{item}",
            )
    return tuple(amounts.items())


_DRAW: dict[str, Callable[[Controls[Any], Choice, Any, dict[str, Any]], Any]] = {
    "segmented": _segmented,
    "pills": _pills,
    "select": _select,
    "multiselect": _multiselect,
    "radio": _radio,
    "toggle": _toggle,
    "text": _text,
    "number": _number,
    "custom": _custom,
}


def option_radio(label: str, options: Options, default: str, key: str) -> str:
    """One question answered by picking one of ``options`` (``(id, label)`` pairs), side by side."""
    labels = dict(options)
    return st.radio(
        label, list(labels), index=list(labels).index(default), format_func=labels.get, key=key, horizontal=True
    )


def latitude_picker(
    label: str, options: Options, value: str, key: str, *, toggle: str, toggle_key: str, start: float = 0.0
) -> str:
    """A toggle, and when it is on a slider of latitudes (-90 to 90°): the latitude as link text, or ""."""
    typed = parse_number(value)
    if not st.toggle(toggle, value=typed is not None, key=toggle_key):
        return ""
    chosen = st.slider(
        label,
        min_value=-90.0,
        max_value=90.0,
        value=typed if typed is not None else start,
        step=0.1,
        format="%.1f°",
        key=key,
    )
    return value if typed == chosen else number_for_url(chosen)


def day_slider(label: str, options: Options, value: str, key: str) -> str:
    """A day of the year (``MM-DD`` ids, labels like "21 June") on a slider."""
    labels = dict(options)
    return st.select_slider(label, list(labels), value=value, format_func=labels.get, key=key)


def link_fields(fields: Sequence[LinkField], key: str) -> dict[str, str | list[str]]:
    """The lesson-link builder's fields for one screen, two to a row: what the teacher chose, by parameter."""
    chosen: dict[str, str | list[str]] = {}
    columns = st.columns(2)
    for i, field in enumerate(fields):
        labels = dict(field.options)
        options = {"key": f"{key}_{field.param}", "help": field.help or None}
        with columns[i % 2]:
            if field.kind == "one":
                chosen[field.param] = st.selectbox(field.label, list(labels), format_func=labels.get, **options)
            elif field.kind == "many":
                chosen[field.param] = st.multiselect(
                    field.label, list(labels), format_func=labels.get, max_selections=field.max_choices, **options
                )
            else:
                chosen[field.param] = st.text_input(field.label, max_chars=80, **options)
    return chosen


def draw_chart(spec: Spec, *, alt: str | None = None, width: str = "stretch") -> None:
    """A chart, with its room kept from the start when its builder marked its height
    (:func:`vitd.charts.sized`): text below it does not jump down when the chart draws."""
    height = drawn_height(spec)
    options: dict[str, Any] = {"alt": alt} if alt else {}
    st.vega_lite_chart(spec=spec, width=width, height=height if height is not None else "content", **options)


def csv_download(label: str, csv: str, file_name: str, key: str) -> None:
    """A button that downloads a view's table as spreadsheet-safe CSV (made with the view, not on click)."""
    st.download_button(
        label, data=csv, file_name=file_name, mime="text/csv", on_click="ignore", icon=":material/download:", key=key
    )
