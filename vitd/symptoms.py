"""The Symptom comparison: which cells to show, as a table, as cards, as a download and on a body grid.

Everything here takes the records of ``vitd.models.symptoms`` and plain values, and returns plain
values or DataFrames. The long DataFrame made by :func:`select_cells` (one row per condition ×
aspect shown) is the one filtered view every output is built from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from vitd.citations import citation, in_order, source_links, sources_line
from vitd.downloads import safe_csv
from vitd.links import screen_query
from vitd.models.references import Reference
from vitd.models.symptoms import (
    ACTION_LEVELS,
    INVOLVEMENTS,
    RED_FLAGS_ASPECT,
    Action,
    Aspect,
    Condition,
    RedFlag,
    RegionInvolvement,
    SymptomCell,
    SymptomScreen,
    Urgent,
)
from vitd.text import escape_markdown

CONDITION = "condition"
ASPECT = "aspect"
TEXT = "text"
RED_FLAG = "red_flag"
SOURCE_IDS = "source_ids"
LONG_COLUMNS = (CONDITION, ASPECT, TEXT, RED_FLAG, SOURCE_IDS)
"""Columns of the long view: ids, the cell text ("" when no source describes it), flag, sources."""

MAX_SEARCH_WORDS = 6

URGENT_ANCHOR = "when-leg-pain-is-urgent"
"""Anchor of the "When leg pain is urgent" panel: ``symptoms#when-leg-pain-is-urgent`` opens it."""


# --- red flags and what to do -------------------------------------------------------------


def actions_by_level(urgent: Urgent) -> dict[str, Action]:
    """The one wording of each action level, by level id (``emergency``, ``same_day``)."""
    return {level.id: level for level in urgent.levels}


def fill_actions(text: str, urgent: Urgent) -> str:
    """``text`` with ``{emergency}`` and ``{same_day}`` replaced by what to do at that level.

    Quiz explanations use these, so they say exactly what the Symptoms screen and the handout say.
    """
    for level_id, level in actions_by_level(urgent).items():
        text = text.replace("{" + level_id + "}", level.action)
    return text


def _level_order(flag: RedFlag) -> int:
    return ACTION_LEVELS.index(flag.level)


def comparison_cells(cells: Sequence[SymptomCell], flags: Sequence[RedFlag], urgent: Urgent) -> tuple[SymptomCell, ...]:
    """The cells of the comparison: symptoms.csv with each condition's red flags in its red-flags row.

    A condition's red flags become one red-flag cell, "Emergency: sign. Same day: sign.", most
    urgent first; a red-flags text in symptoms.csv (what is not urgent) follows them.
    """
    labels = {level.id: level.label for level in urgent.levels}
    by_condition: dict[str, list[RedFlag]] = {}
    for flag in flags:
        by_condition.setdefault(flag.condition, []).append(flag)
    written = {c.condition: c for c in cells if c.aspect == RED_FLAGS_ASPECT}
    merged = [c for c in cells if not (c.aspect == RED_FLAGS_ASPECT and c.condition in by_condition)]
    for condition, own in by_condition.items():
        own = sorted(own, key=_level_order)
        parts = [f"{labels[f.level]}: {f.sign}" for f in own]
        ids = [sid for f in own for sid in f.source_ids]
        if condition in written:
            parts.append(written[condition].text)
            ids += written[condition].source_ids
        merged.append(
            SymptomCell(
                condition=condition,
                aspect=RED_FLAGS_ASPECT,
                text=" ".join(parts),
                red_flag=True,
                source_ids=tuple(dict.fromkeys(ids)),
            )
        )
    return tuple(merged)


@dataclass(frozen=True)
class UrgentLevel:
    """One action level of the urgent panel, with every condition's signs at that level."""

    id: str
    label: str
    action: str
    source_ids: tuple[str, ...]
    signs: tuple[tuple[str, str, tuple[str, ...]], ...]
    """(condition's short name, sign, source ids), conditions in file order."""


def urgent_levels(flags: Sequence[RedFlag], conditions: Sequence[Condition], urgent: Urgent) -> list[UrgentLevel]:
    """Every condition's red flags grouped by action level, the most urgent level first.

    It ignores what a reader chose or filtered: the panel lists them all, always.
    """
    order = {c.id: i for i, c in enumerate(conditions)}
    names = {c.id: c.short_label for c in conditions}
    known = [f for f in flags if f.condition in order]
    levels = []
    for level in urgent.levels:
        at_level = sorted((f for f in known if f.level == level.id), key=lambda f: order[f.condition])
        signs = tuple((names[f.condition], f.sign, f.source_ids) for f in at_level)
        levels.append(UrgentLevel(level.id, level.label, level.action, level.source_ids, signs))
    return levels


def urgent_markdown(levels: Sequence[UrgentLevel], intro: str) -> str:
    """The "When leg pain is urgent" panel as Markdown: the intro, then per level what to do and its signs."""
    parts = [escape_markdown(intro)]
    for level in levels:
        if not level.signs:
            continue
        head = f"**{escape_markdown(level.label)}: {escape_markdown(level.action)}** ({source_links(level.source_ids)})"
        lines = [
            f"- **{escape_markdown(name)}**: {escape_markdown(sign)} ({source_links(ids)})"
            for name, sign, ids in level.signs
        ]
        parts.append(head + "\n" + "\n".join(lines))
    return "\n\n".join(parts)


def urgent_link() -> str:
    """Relative link to the "When leg pain is urgent" panel on the Symptoms screen."""
    return f"{screen_query('symptoms')}#{URGENT_ANCHOR}"


def key_points_urgent_card(flags: Sequence[RedFlag], conditions: Sequence[Condition], urgent: Urgent) -> str:
    """The "when to get help now" card of the Key points screen, linking to the panel."""
    return urgent_card_markdown(urgent_levels(flags, conditions, urgent), urgent, conditions, urgent_link())


def urgent_card_markdown(
    levels: Sequence[UrgentLevel], urgent: Urgent, conditions: Sequence[Condition], link: str
) -> str:
    """The short "when to get help now" card on Key points: each level's action with the conditions
    that have signs at that level, and a link to the full panel on Symptoms."""
    lines = []
    for level in levels:
        if level.signs:
            names = ", ".join(dict.fromkeys(name for name, _, _ in level.signs))
            lines.append(
                f"- **{escape_markdown(level.label)}** ({escape_markdown(names)}): {escape_markdown(level.action)}"
            )
    sources = sources_line(dict.fromkeys(sid for level in levels for sid in level.source_ids))
    return "\n\n".join(
        [
            f"**:material/emergency: {escape_markdown(urgent.card_title)}**",
            escape_markdown(urgent.card_intro),
            "\n".join(lines),
            f":material/arrow_forward: [{escape_markdown(urgent.card_link)}]({link})",
            f":small[{sources}]",
        ]
    )


# --- state from the URL ----------------------------------------------------------------------


def default_condition_ids(conditions: Sequence[Condition]) -> list[str]:
    """Conditions shown when a link names none: those marked ``shown_by_default``."""
    return [c.id for c in conditions if c.shown_by_default]


def search_words(query: str) -> list[str]:
    """The words of a search, lower-cased, at most :data:`MAX_SEARCH_WORDS`."""
    return [w.casefold() for w in query.split()][:MAX_SEARCH_WORDS]


def matches(text: str, words: Sequence[str]) -> bool:
    """True if ``text`` contains every word (ignoring case); an empty search matches everything."""
    folded = text.casefold()
    return all(w in folded for w in words)


# --- the filtered view -----------------------------------------------------------------------


def select_cells(
    cells: Sequence[SymptomCell],
    conditions: Sequence[Condition],
    aspects: Sequence[Aspect],
    condition_ids: Sequence[str],
    aspect_ids: Sequence[str],
    *,
    search: str = "",
    red_flags_only: bool = False,
    differing_only: bool = False,
) -> pd.DataFrame:
    """One row per chosen condition × aspect kept, in file order, as :data:`LONG_COLUMNS`.

    - A pair no source describes has text ``""`` and no sources.
    - ``search``: keep the aspects where some shown cell contains every word.
    - ``red_flags_only``: blank every cell that is not a red flag; keep the aspects and conditions
      that have one.
    - ``differing_only`` (for two conditions): keep the aspects whose cells differ.
    """
    by_pair = {(c.condition, c.aspect): c for c in cells}
    chosen_conditions = [c.id for c in conditions if c.id in set(condition_ids)]
    chosen_aspects = [a.id for a in aspects if a.id in set(aspect_ids)]
    rows = []
    for aspect in chosen_aspects:
        for condition in chosen_conditions:
            cell = by_pair.get((condition, aspect))
            if cell is None or (red_flags_only and not cell.red_flag):
                rows.append((condition, aspect, "", False, ()))
            else:
                rows.append((condition, aspect, cell.text, cell.red_flag, cell.source_ids))
    long = pd.DataFrame(rows, columns=list(LONG_COLUMNS))
    keep = set(chosen_aspects)
    if red_flags_only:
        keep &= set(long.loc[long[RED_FLAG], ASPECT])
        long = long[long[CONDITION].isin(set(long.loc[long[RED_FLAG], CONDITION]))]
    words = search_words(search)
    if words:
        keep &= {r.aspect for r in long.itertuples() if r.text and matches(r.text, words)}
    if differing_only:
        keep &= {a for a, group in long.groupby(ASPECT) if group[TEXT].nunique() > 1}
    return long[long[ASPECT].isin(keep)].reset_index(drop=True)


def shown_aspect_ids(long: pd.DataFrame) -> list[str]:
    """The aspects (rows of the table) in a long view, in order."""
    return list(dict.fromkeys(long[ASPECT]))


def used_source_ids(long: pd.DataFrame) -> list[str]:
    """Every source cited in the view, in numeric order (S2 before S10)."""
    return in_order(sid for ids in long[SOURCE_IDS] for sid in ids)


# --- Markdown for the table and the cards ----------------------------------------------------


def highlight(text: str, words: Sequence[str]) -> str:
    """``text`` as Markdown, escaped, with each search word shown bold on a highlight."""
    if not words:
        return escape_markdown(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
    parts: list[str] = []
    end = 0
    for found in pattern.finditer(text):
        parts.append(escape_markdown(text[end : found.start()]))
        parts.append(f":orange-background[**{escape_markdown(found.group())}**]")
        end = found.end()
    parts.append(escape_markdown(text[end:]))
    return "".join(parts)


def cell_markdown(text: str, red_flag: bool, source_ids: Sequence[str], *, words: Sequence[str], labels: Labels) -> str:
    """One cell as Markdown: red-flag label and icon, the text with matches highlighted, source links."""
    if not text:
        return escape_markdown(labels.empty_cell)
    body = highlight(text, words)
    if red_flag:
        for level in labels.levels:  # "Emergency:" and "Same day:" start a sign: make them stand out
            escaped = escape_markdown(f"{level}:")
            body = re.sub(rf"(^|(?<=\. )){re.escape(escaped)}", f"**{escaped}**", body)
        body = f":red[:material/emergency: **{escape_markdown(labels.red_flag_label)}**] {body}"
    links = source_links(source_ids)
    return f"{body} ({links})" if links else body


@dataclass(frozen=True)
class Labels:
    """Wording from symptom_screen.json that the Markdown builders need."""

    empty_cell: str
    red_flag_label: str
    levels: tuple[str, ...] = ()
    """Labels of the action levels ("Emergency", "Same day"), shown bold where a sign starts."""


NO_RED_FLAG = "No red flag described"
"""An empty cell when only red flags are shown (the cell may hold other, non-urgent signs)."""


def cell_labels(empty_cell: str, red_flag_label: str, *, red_flags_only: bool, levels: Sequence[str] = ()) -> Labels:
    """The wording for empty and red-flag cells in the current view."""
    return Labels(NO_RED_FLAG if red_flags_only else empty_cell, red_flag_label, tuple(levels))


def comparison_table(
    long: pd.DataFrame,
    conditions: Sequence[Condition],
    aspects: Sequence[Aspect],
    *,
    search: str,
    labels: Labels,
    heading: str = "Aspect",
) -> pd.DataFrame:
    """Aspects as rows (index), chosen conditions as columns (short labels); cells are Markdown."""
    words = search_words(search)
    aspect_label = {a.id: a.label for a in aspects}
    condition_label = {c.id: c.short_label for c in conditions}
    columns = [condition_label[c] for c in dict.fromkeys(long[CONDITION])]
    table: dict[str, dict[str, str]] = {}
    for row in long.itertuples(index=False):
        cells = table.setdefault(f"**{escape_markdown(aspect_label[row.aspect])}**", {})
        cells[condition_label[row.condition]] = cell_markdown(
            row.text, row.red_flag, row.source_ids, words=words, labels=labels
        )
    frame = pd.DataFrame.from_dict(table, orient="index", columns=columns)
    frame.index.name = heading
    return frame


@dataclass(frozen=True)
class Card:
    """One condition as a stacked card: its full name, an optional note and (aspect, Markdown) lines."""

    title: str
    note: str | None
    lines: tuple[tuple[str, str], ...]


def condition_cards(
    long: pd.DataFrame, conditions: Sequence[Condition], aspects: Sequence[Aspect], *, search: str, labels: Labels
) -> list[Card]:
    """The view as one card per condition, for narrow screens."""
    words = search_words(search)
    aspect_label = {a.id: a.label for a in aspects}
    cards = []
    for condition in conditions:
        rows = long[long[CONDITION] == condition.id]
        if rows.empty:
            continue
        lines = tuple(
            (aspect_label[r.aspect], cell_markdown(r.text, r.red_flag, r.source_ids, words=words, labels=labels))
            for r in rows.itertuples(index=False)
        )
        cards.append(Card(condition.label, condition.note, lines))
    return cards


def condition_notes(long: pd.DataFrame, conditions: Sequence[Condition]) -> list[tuple[str, str]]:
    """(short label, note) for the shown conditions that have a note, such as why cells are empty."""
    shown = set(long[CONDITION])
    return [(c.short_label, c.note) for c in conditions if c.id in shown and c.note]


def empty_view_message(
    long: pd.DataFrame,
    condition_ids: Sequence[str],
    aspect_ids: Sequence[str],
    *,
    compare: bool,
    red_flags_only: bool,
    search: str,
    flagged: Sequence[str],
    found_elsewhere: Sequence[str] = (),
) -> str | None:
    """Why the comparison shows nothing, in a sentence; None when it shows something.

    ``found_elsewhere``: short labels of conditions, not chosen, that the search would find.
    """
    if compare and len(set(condition_ids)) < 2:
        return "Pick two different conditions to compare."
    if not condition_ids or not aspect_ids:
        return "Choose at least one condition and one aspect."
    if not long.empty:
        return None
    if red_flags_only:
        return f"No red flags in the chosen conditions and aspects. Red flags are listed for: {', '.join(flagged)}."
    if search:
        nothing = f"Nothing in the chosen conditions and aspects mentions “{escape_markdown(search)}”."
        if found_elsewhere:
            names = ", ".join(escape_markdown(n) for n in found_elsewhere)
            them = "it" if len(found_elsewhere) == 1 else "them"
            return f"{nothing} It is mentioned for {names}: add {them} under Conditions."
        return nothing
    return "These two conditions are described the same way on every chosen aspect."


def conditions_mentioning(
    cells: Sequence[SymptomCell],
    conditions: Sequence[Condition],
    aspect_ids: Sequence[str],
    search: str,
    *,
    besides: Sequence[str],
) -> list[str]:
    """Short labels of the conditions, other than ``besides``, with a cell in ``aspect_ids`` that
    contains every word of ``search`` (file order); empty for an empty search."""
    words = search_words(search)
    if not words:
        return []
    aspects, skip = set(aspect_ids), set(besides)
    found = {
        c.condition
        for c in cells
        if c.condition not in skip and c.aspect in aspects and c.text and matches(c.text, words)
    }
    return [c.short_label for c in conditions if c.id in found]


def region_source_ids(regions: Sequence[RegionInvolvement], condition_ids: Sequence[str]) -> list[str]:
    """Sources of the chart for the chosen conditions, in numeric order."""
    chosen = set(condition_ids)
    return in_order(sid for r in regions if r.condition in chosen for sid in r.source_ids)


def conditions_with_red_flags(cells: Sequence[SymptomCell], conditions: Sequence[Condition]) -> list[str]:
    """Short labels of the conditions that have any red flag, in file order."""
    flagged = {c.condition for c in cells if c.red_flag}
    return [c.short_label for c in conditions if c.id in flagged]


# --- download --------------------------------------------------------------------------------


def download_table(
    long: pd.DataFrame, conditions: Sequence[Condition], aspects: Sequence[Aspect], *, empty_cell: str
) -> pd.DataFrame:
    """The view as plain text: an ``Aspect`` column, then one column per condition (full name).

    Each cell ends with its sources in brackets; red flags start with "RED FLAG:".
    """
    aspect_label = {a.id: a.label for a in aspects}
    condition_label = {c.id: c.label for c in conditions}
    columns = [condition_label[c] for c in dict.fromkeys(long[CONDITION])]
    table: dict[str, dict[str, str]] = {}
    for row in long.itertuples(index=False):
        if row.text:
            text = ("RED FLAG: " if row.red_flag else "") + f"{row.text} [{'; '.join(row.source_ids)}]"
        else:
            text = empty_cell
        table.setdefault(aspect_label[row.aspect], {})[condition_label[row.condition]] = text
    frame = pd.DataFrame.from_dict(table, orient="index", columns=columns)
    return frame.rename_axis("Aspect").reset_index()


def download_csv(table: pd.DataFrame, citation: str) -> str:
    """CSV text of the download table, safe to open in a spreadsheet, ending with the citation."""
    return safe_csv(table, citation)


# --- where does it hurt ---------------------------------------------------------------------


def region_grid(regions: Sequence[RegionInvolvement], conditions: Sequence[Condition]) -> pd.DataFrame:
    """Rows (condition, region, involvement) for the chosen ``conditions``, regions in file order.

    Conditions with no sourced region have no rows; the chart still gives them a column.
    """
    label = {c.id: c.short_label for c in conditions}
    rows = [(label[r.condition], r.region, r.involvement) for r in regions if r.condition in label]
    return pd.DataFrame(rows, columns=["condition", "region", "involvement"])


def region_order(regions: Sequence[RegionInvolvement]) -> list[str]:
    """Body regions in the order they first appear in body_regions.csv."""
    return list(dict.fromkeys(r.region for r in regions))


def region_summary(grid: pd.DataFrame, conditions: Sequence[Condition], *, empty_cell: str) -> str:
    """The chart in words, one sentence per condition, e.g. "DVT: typical in thighs, calves."."""
    sentences = []
    for condition in conditions:
        rows = grid[grid["condition"] == condition.short_label]
        if rows.empty:
            sentences.append(f"{condition.short_label}: {empty_cell.lower()}.")
            continue
        parts = []
        for level in INVOLVEMENTS:
            places = rows.loc[rows["involvement"] == level, "region"].str.lower().tolist()
            if places:
                parts.append(f"{level} in {', '.join(places)}")
        sentences.append(f"{condition.short_label}: {'; '.join(parts)}.")
    return " ".join(sentences)


def region_table(grid: pd.DataFrame, conditions: Sequence[Condition], order: Sequence[str]) -> pd.DataFrame:
    """The chart's table twin: regions as rows, conditions as columns, "typical"/"sometimes"/"" cells."""
    columns = [c.short_label for c in conditions]
    wide = grid.pivot(index="region", columns="condition", values="involvement") if not grid.empty else None
    table = pd.DataFrame(index=[r for r in order if wide is not None and r in wide.index], columns=columns)
    if wide is not None:
        for column in columns:
            if column in wide.columns:
                table[column] = wide.loc[table.index, column]
    table.index.name = "Body region"
    return table.fillna("").astype(str)


# --- whole views, built once per set of filters ------------------------------------------------


@dataclass(frozen=True)
class ComparisonView:
    """Everything the comparison section shows for one set of filters.

    Built by :func:`comparison_view` and shared by every session showing the same filters
    (see ``Content.memo``): nothing in it may be changed in place.
    """

    empty: str | None
    """Why nothing is shown, or None."""
    notice: str | None
    """Said above the view when it shows something other than what was chosen, or None."""
    cards: tuple[Card, ...]
    """The cards view (empty unless ``view`` is "cards")."""
    table: pd.DataFrame | None
    """The table view (None for cards or an empty view)."""
    notes: tuple[tuple[str, str], ...]
    csv: str | None
    """The download, or None when nothing is shown."""


@dataclass(frozen=True)
class SymptomTables:
    """The records the comparison is built from (one content version)."""

    cells: Sequence[SymptomCell]
    """symptoms.csv with each condition's red flags in its red-flags row (:func:`comparison_cells`)."""
    conditions: Sequence[Condition]
    aspects: Sequence[Aspect]
    references: Sequence[Reference]
    wording: SymptomScreen


@dataclass(frozen=True)
class Filters:
    """What the reader chose to compare (plain values)."""

    conditions: Sequence[str]
    """The conditions shown, in any order (the file's order is kept)."""
    aspects: Sequence[str]
    search: str = ""
    red_flags_only: bool = False
    compare: bool = False
    """Two conditions compared: only the aspects where they differ are kept."""
    view: str = "table"
    """``table`` or ``cards``."""


def comparison_view(tables: SymptomTables, filters: Filters) -> ComparisonView:
    """The comparison for these filters: the empty-view reason, or the table or cards, notes and CSV.

    With ``red_flags_only``, when the chosen conditions and aspects have no red flag, every
    condition's red flags are shown instead (whatever the search and compare settings), with a
    notice saying so.
    """
    cells, conditions, aspects, wording = tables.cells, tables.conditions, tables.aspects, tables.wording
    shown_conditions, shown_aspects = filters.conditions, filters.aspects
    search, red_flags_only, compare = filters.search, filters.red_flags_only, filters.compare
    long = select_cells(
        cells,
        conditions,
        aspects,
        shown_conditions,
        shown_aspects,
        search=search,
        red_flags_only=red_flags_only,
        differing_only=compare,
    )
    notice = None
    chosen = set(shown_conditions)
    chosen_have_flags = any(c.red_flag and c.condition in chosen and c.aspect in shown_aspects for c in cells)
    if red_flags_only and not chosen_have_flags and shown_conditions and shown_aspects:
        every_condition, every_aspect = [c.id for c in conditions], [a.id for a in aspects]
        long = select_cells(cells, conditions, aspects, every_condition, every_aspect, red_flags_only=True)
        notice = wording.urgent.all_flags_shown if not long.empty else None
        shown_conditions, shown_aspects, search, compare = every_condition, every_aspect, "", False
    levels = [level.label for level in wording.urgent.levels]
    labels = cell_labels(wording.empty_cell, wording.red_flag_label, red_flags_only=red_flags_only, levels=levels)
    look_elsewhere = long.empty and not red_flags_only and not compare
    empty = empty_view_message(
        long,
        shown_conditions,
        shown_aspects,
        compare=compare,
        red_flags_only=red_flags_only,
        search=search,
        flagged=conditions_with_red_flags(cells, conditions),
        found_elsewhere=conditions_mentioning(cells, conditions, shown_aspects, search, besides=shown_conditions)
        if look_elsewhere
        else (),
    )
    if empty or long.empty:
        return ComparisonView(empty, None, (), None, (), None)
    cards: tuple[Card, ...] = ()
    table = None
    if filters.view == "cards":
        cards = tuple(condition_cards(long, conditions, aspects, search=search, labels=labels))
    else:
        table = comparison_table(long, conditions, aspects, search=search, labels=labels)
    csv = download_csv(
        download_table(long, conditions, aspects, empty_cell=wording.empty_cell),
        citation(wording.citation, used_source_ids(long), tables.references),
    )
    return ComparisonView(empty, notice, cards, table, tuple(condition_notes(long, conditions)), csv)


@dataclass(frozen=True)
class RegionView:
    """The "where does it hurt" section for the chosen conditions (shared: never change in place)."""

    grid: pd.DataFrame
    labels: tuple[str, ...]
    """Short labels of the chosen conditions: the chart's columns."""
    order: tuple[str, ...]
    """Body regions, top to bottom."""
    summary: str
    table: pd.DataFrame
    source_ids: tuple[str, ...]


def region_view(
    regions: Sequence[RegionInvolvement],
    conditions: Sequence[Condition],
    shown_conditions: Sequence[str],
    *,
    empty_cell: str,
) -> RegionView:
    """The chart's data, its summary sentence and its table twin for the chosen conditions (file order)."""
    shown = set(shown_conditions)
    chosen = [c for c in conditions if c.id in shown]
    grid = region_grid(regions, chosen)
    order = region_order(regions)
    return RegionView(
        grid,
        tuple(c.short_label for c in chosen),
        tuple(order),
        region_summary(grid, chosen, empty_cell=empty_cell),
        region_table(grid, chosen, order),
        tuple(region_source_ids(regions, shown_conditions)),
    )
