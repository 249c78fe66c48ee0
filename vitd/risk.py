"""Risk check scoring: points from answers, flags raised, the result band, a plain-text summary.

Everything here is a pure function of the answers and the content in ``risk_factors.json``:
weights, bands and texts are data. Answers are a plain mapping from question ids (and ``age``)
to option ids, and from flag ids to ``True``/``False``. Unknown ids and missing answers fall
back to the defaults, so no combination of answers raises.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from vitd.models.personas import Persona
from vitd.models.risk_factors import AgeGroup, Flag, ResultBand, RiskFactors, ScoredQuestion
from vitd.models.risk_screen import RiskScreen

AGE = "age"
"""The answers key holding the age-group id."""

Answers = Mapping[str, str | bool]


@dataclass(frozen=True)
class ScoredAnswer:
    """One scored question as answered, with the points it added."""

    question_id: str
    factor: str
    answer: str
    points: float
    unsure: bool
    why: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class RiskResult:
    """The outcome of :func:`score_answers`. ``band`` is None when the points do not apply (babies)."""

    age_group: AgeGroup
    scored: bool
    total: float
    max_total: float
    answers: tuple[ScoredAnswer, ...]
    flags: tuple[Flag, ...]
    band: ResultBand | None

    @property
    def unsure_count(self) -> int:
        """How many questions were answered "not sure" (they add no points)."""
        return sum(a.unsure for a in self.answers)


def age_group(answers: Answers, factors: RiskFactors) -> AgeGroup:
    """The chosen age group, or the default for a missing or unknown answer."""
    by_id = {a.id: a for a in factors.age.options}
    chosen = answers.get(AGE)
    return by_id.get(chosen) if isinstance(chosen, str) and chosen in by_id else by_id[factors.age.default]


def questions_for(age_id: str, factors: RiskFactors) -> tuple[ScoredQuestion, ...]:
    """The scored questions asked at this age: all of them, or none where the points do not apply."""
    group = next((a for a in factors.age.options if a.id == age_id), None)
    return tuple(factors.questions) if group is None or group.scored else ()


def flags_asked(age_id: str, factors: RiskFactors) -> tuple[Flag, ...]:
    """The flag questions asked at this age (flags raised by age alone are not asked)."""
    return tuple(f for f in factors.flags if f.question and (not f.ask_ages or age_id in f.ask_ages))


def max_points(factors: RiskFactors) -> float:
    """The highest total the questions allow."""
    return sum(max(o.points for o in q.options) for q in factors.questions)


def band_for(total: float, bands: Sequence[ResultBand]) -> ResultBand:
    """The band a total falls in: the last band whose ``min_points`` it reaches."""
    found = bands[0]
    for band in bands:
        if total >= band.min_points:
            found = band
    return found


def score_answers(answers: Answers, factors: RiskFactors) -> RiskResult:
    """Score a set of answers: points per scored question, flags raised, and the band.

    Questions not asked at the chosen age add nothing; flag answers for flags not asked at
    that age are ignored. Flags never add points.
    """
    group = age_group(answers, factors)
    scored_answers = []
    for question in questions_for(group.id, factors):
        options = {o.id: o for o in question.options}
        chosen = answers.get(question.id)
        option = options.get(chosen) if isinstance(chosen, str) else None
        option = option or options[question.default]
        scored_answers.append(
            ScoredAnswer(
                question.id,
                question.factor,
                option.label,
                option.points,
                option.unsure,
                question.why,
                question.source_ids,
            )
        )
    asked = {f.id for f in flags_asked(group.id, factors)}
    raised = tuple(
        f for f in factors.flags if group.id in f.raised_by_ages or (f.id in asked and answers.get(f.id) is True)
    )
    total = sum(a.points for a in scored_answers)
    return RiskResult(
        age_group=group,
        scored=group.scored,
        total=total,
        max_total=max_points(factors),
        answers=tuple(scored_answers),
        flags=raised,
        band=band_for(total, factors.bands) if group.scored else None,
    )


def persona_answers(persona: Persona) -> dict[str, str | bool]:
    """A fictional person's answers in the form :func:`score_answers` takes."""
    answers: dict[str, str | bool] = {AGE: persona.age, **persona.answers}
    answers.update({flag_id: True for flag_id in persona.flags})
    return answers


def prediction_options(factors: RiskFactors) -> dict[str, str]:
    """What a class can predict for a fictional person: each band, and "no score" (id ``none``)."""
    return {**{b.id: b.label for b in factors.bands}, "none": factors.no_score_label}


def cutoffs(factors: RiskFactors) -> list[float]:
    """Where each band above the first begins: the lines drawn on the points chart."""
    return [b.min_points for b in factors.bands[1:]]


def outcome_id(result: RiskResult) -> str:
    """The prediction option the result matches: its band's id, or ``none`` when unscored."""
    return result.band.id if result.band is not None else "none"


def points_table(result: RiskResult) -> pd.DataFrame:
    """One row per scored question: factor, answer, points (the chart's data and its table twin)."""
    return pd.DataFrame(
        [{"factor": a.factor, "answer": a.answer, "points": a.points} for a in result.answers],
        columns=["factor", "answer", "points"],
    )


def points_text(value: float, wording: RiskScreen) -> str:
    """``1 point``, ``2.5 points``."""
    return (wording.one_point if value == 1 else wording.many_points).format(value=f"{value:g}")


def points_sentence(result: RiskResult, wording: RiskScreen, cutoffs: Sequence[float] = ()) -> str:
    """A sentence describing the points chart, for readers who cannot see it."""
    if not result.scored:
        return wording.chart_unscored
    total = points_text(result.total, wording)
    parts = [f"{a.factor.lower()} {a.points:g}" for a in result.answers if a.points]
    if parts:
        sentence = wording.chart_total.format(total=total, max=f"{result.max_total:g}", parts=", ".join(parts))
    else:
        sentence = wording.chart_total_zero.format(total=total, max=f"{result.max_total:g}")
    if cutoffs:
        sentence += " " + wording.chart_cutoffs.format(cutoffs=" and ".join(f"{c:g}" for c in cutoffs))
    return sentence


def prediction_sentence(prediction: str, result: RiskResult, options: Mapping[str, str], wording: RiskScreen) -> str:
    """Whether a class's prediction for a fictional person matches the result, in a sentence."""
    verdict = wording.matches if prediction == outcome_id(result) else wording.differs
    return wording.prediction.format(
        prediction=options[prediction], verdict=verdict, actual=options[outcome_id(result)]
    )


def summary_text(
    result: RiskResult, factors: RiskFactors, wording: RiskScreen, disclaimer: str, reference: str = ""
) -> str:
    """A plain-text summary of a result, made on the spot for the "download" button.

    ``reference`` is a random code kept for the reader's session: Streamlit serves a download at an
    address made from the file's bytes, so without it the address would follow from the answers.
    """
    score = factors.score
    lines = [wording.summary_title, ""]
    if reference:
        lines += [wording.summary_reference.format(reference=reference), ""]
    if result.band is not None:
        total = points_text(result.total, wording)
        lines += [wording.summary_score.format(total=total, max=f"{result.max_total:g}", band=result.band.label), ""]
        lines += [f"{a.factor}: {a.answer} ({points_text(a.points, wording)})" for a in result.answers]
        lines += ["", result.band.meaning, "", f"{wording.next_step} {result.band.next_step}"]
        if result.unsure_count:
            lines += ["", wording.summary_unsure.format(count=result.unsure_count)]
    else:
        lines += [factors.no_score_label + ".", "", f"{wording.next_step} {factors.bands[0].next_step}"]
    if result.age_group.score_note:
        lines += ["", result.age_group.score_note]
    lines += ["", wording.summary_flags]
    lines += [f"- {f.label}: {f.reason}" for f in result.flags] or [f"- {wording.summary_no_flags}"]
    about = wording.summary_about.format(
        name=score.name, population=score.population, outcome=score.outcome, accuracy=score.accuracy
    )
    lines += ["", about]
    lines += ["", score.not_a_diagnosis, "", disclaimer, ""]
    return "\n".join(lines)
