"""Risk check (``/risk_check``): score a fictional person in class, or yourself in private.

The mode and the fictional person live in the link. A reader's own answers never do: they
stay in the session's widgets, and :func:`myself_view` is built on each run, never cached.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from vitd import params, risk
from vitd.charts.risk import points_bar
from vitd.choices import Choice, Declaration, Options
from vitd.citations import sources_line
from vitd.content import Content, per_content
from vitd.links import screen_link
from vitd.models.personas import PERSONAS, Persona
from vitd.models.places import PLACES
from vitd.models.risk_factors import RISK_FACTORS, AgeQuestion, Flag, RiskFactors, ScoredQuestion
from vitd.models.risk_screen import RISK_SCREEN, RiskScreen
from vitd.models.site import SITE

PERSONA_MODE = "persona"


@dataclass(frozen=True)
class RiskChoices:
    mode: str = PERSONA_MODE
    persona: str = ""


def _personas(content: Content) -> Options:
    return tuple((p.id, p.name) for p in content.doc(PERSONAS).personas)


CHOICES = Declaration(
    "risk_check",
    RiskChoices,
    (
        Choice(
            "mode",
            params.MODE,
            "Who is being checked?",
            "one",
            options=((PERSONA_MODE, "A fictional person"), ("myself", "Myself")),
        ),
        Choice(
            "persona",
            params.PERSONA,
            "Case card",
            "one",
            options=_personas,
            widget="select",
            applies=lambda choices: choices.mode == PERSONA_MODE,
        ),
    ),
)


@dataclass(frozen=True)
class ResultView:
    """How a result is shown: score, band, next step, chart with its sentence and table, flags."""

    result: risk.RiskResult
    metric_label: str
    metric_value: str
    band: str
    next_step: str
    chart: dict[str, Any] | None
    sentence: str
    table: pd.DataFrame
    unsure: str
    score_note: str
    """Why the total means less at this age ("" when it applies as published)."""
    points_label: str
    flags: str
    """The flags' heading, then each raised flag (label, reason, sources), or "no flags" (Markdown)."""


def result_view(result: risk.RiskResult, factors: RiskFactors, wording: RiskScreen) -> ResultView:
    """Everything shown about one result (plain values; the page lays them out)."""
    raised = [f":material/flag: **{f.label}.** {f.reason} {sources_line(f.source_ids)}" for f in result.flags]
    flags = "\n\n".join([f"**{wording.flags_heading}**", *(raised or [wording.no_flags])])
    note = result.age_group.score_note or ""
    table = risk.points_table(result).rename(
        columns={"factor": wording.factor, "answer": wording.answer, "points": wording.points}
    )
    if result.band is None:
        return ResultView(
            result,
            "",
            "",
            f"**{factors.no_score_label}.** {factors.bands[0].next_step}",
            "",
            None,
            "",
            table,
            "",
            note,
            wording.points_table,
            flags,
        )
    cutoffs = risk.cutoffs(factors)
    sentence = risk.points_sentence(result, wording, cutoffs)
    return ResultView(
        result,
        wording.metric_label.format(max=f"{result.max_total:g}"),
        risk.points_text(result.total, wording),
        f"**{result.band.label}.** {result.band.meaning}",
        f"**{wording.next_step}** {result.band.next_step}",
        points_bar(risk.points_table(result), result.max_total, cutoffs),
        sentence,
        table,
        wording.unsure.format(count=result.unsure_count) if result.unsure_count else "",
        note,
        wording.points_table,
        flags,
    )


@dataclass(frozen=True)
class PersonaView:
    """A fictional person's case card, the predictions a class can make, and the revealed result."""

    persona: Persona
    predictions: Mapping[str, str]
    shown: ResultView
    reasoning: str
    """Each scored answer with its points, reason and sources (Markdown list)."""
    wording: RiskScreen
    card: str
    """The case card (Markdown), with a link to the person's place on the Sun and seasons screen."""

    def sentence(self, prediction: str) -> str:
        """Whether the class's prediction matches the result, in a sentence."""
        return risk.prediction_sentence(prediction, self.shown.result, self.predictions, self.wording)


@per_content
def persona_view(content: Content, persona_id: str) -> PersonaView:
    """One fictional person, scored (shared: the answers are invented and in the content)."""
    factors = content.doc(RISK_FACTORS)
    wording = content.doc(RISK_SCREEN)
    persona = {p.id: p for p in content.doc(PERSONAS).personas}[persona_id]
    result = risk.score_answers(risk.persona_answers(persona), factors)
    reasoning = "\n".join(
        f"- **{a.factor}: {a.answer}** (+{a.points:g}). {a.why} {sources_line(a.source_ids)}" for a in result.answers
    )
    shown = result_view(result, factors, wording)
    card = f"**{persona.name}**\n\n{persona.card}"
    places = {p.id: p for p in content.table(PLACES)}
    if persona.place in places:
        where = wording.sun_link.format(place=places[persona.place].name)
        card += f"\n\n:material/wb_sunny: {screen_link('sun', where, {params.PLACE: persona.place})}"
    return PersonaView(persona, risk.prediction_options(factors), shown, reasoning, wording, card)


@dataclass(frozen=True)
class Questions:
    """The Myself questions: the age question first, then what is asked at each age."""

    age: AgeQuestion
    scored: Mapping[str, tuple[ScoredQuestion, ...]]
    """Scored questions asked, by age-group id."""
    flags: Mapping[str, tuple[Flag, ...]]
    """Flag questions asked, by age-group id."""

    @property
    def ages(self) -> dict[str, str]:
        """Age-group ids and their labels."""
        return {a.id: a.label for a in self.age.options}


@per_content
def questions(content: Content) -> Questions:
    """What to ask a reader (the questions are content; the answers never enter this cache)."""
    factors = content.doc(RISK_FACTORS)
    ages = [a.id for a in factors.age.options]
    return Questions(
        factors.age,
        {age: risk.questions_for(age, factors) for age in ages},
        {age: risk.flags_asked(age, factors) for age in ages},
    )


def why_we_ask(question: ScoredQuestion, wording: RiskScreen) -> str:
    """The reason a question is asked, with its definition note and sources (Markdown)."""
    note = f" {question.definition_note}" if question.definition_note else ""
    return f"**{wording.why_we_ask}** {question.why}{note} {sources_line(question.source_ids)}"


def myself_view(content: Content, answers: Mapping[str, str | bool], reference: str) -> tuple[ResultView, str]:
    """A reader's own result and the text of their summary download (never cached: their answers).

    ``reference`` is the session's random code written into the summary (see :func:`vitd.risk.summary_text`).
    """
    factors = content.doc(RISK_FACTORS)
    wording = content.doc(RISK_SCREEN)
    result = risk.score_answers(answers, factors)
    summary = risk.summary_text(result, factors, wording, content.doc(SITE).disclaimer, reference)
    return result_view(result, factors, wording), summary


@dataclass(frozen=True)
class AboutScore:
    """How good the score is: its method, accuracy, caveats and notes."""

    heading: str
    text: str
    not_a_diagnosis: str
    sources: str
    notes: tuple[tuple[str, str], ...]
    """(title, Markdown with sources) of each note."""


@dataclass(frozen=True)
class RiskView:
    """Everything the screen shows that does not depend on a reader's own answers."""

    wording: RiskScreen
    privacy_note: str
    about: AboutScore
    persona: PersonaView | None
    """The fictional person, in persona mode."""


def view(content: Content, choices: RiskChoices) -> RiskView:
    """The screen for these choices: its words, the fictional person (if any), how good the score is."""
    persona = persona_view(content, choices.persona) if choices.mode == PERSONA_MODE else None
    return RiskView(*_fixed(content), persona)


@per_content
def _fixed(content: Content) -> tuple[RiskScreen, str, AboutScore]:
    factors = content.doc(RISK_FACTORS)
    wording = content.doc(RISK_SCREEN)
    score = factors.score
    about = AboutScore(
        wording.about_heading,
        f"**{score.name}.** {score.population} {score.outcome}\n\n{score.accuracy}\n\n{score.caveat}",
        score.not_a_diagnosis,
        sources_line(score.source_ids),
        tuple((note.title, f"{note.text}\n\n{sources_line(note.source_ids)}") for note in factors.notes),
    )
    return wording, factors.privacy_note, about
