"""Risk check (`/risk_check`): score a fictional person in class, or yourself in private.

The mode and the fictional person live in the URL; personal answers live only in this
session's widgets and are never put in the URL, written to disk or logged.
"""

import streamlit as st

from vitd import risk
from vitd.charts.risk import points_bar_spec
from vitd.citations import sources_line
from vitd.frame import page_frame, set_query_param
from vitd.links import screen_link
from vitd.models.personas import PERSONAS
from vitd.models.places import PLACES
from vitd.models.risk_factors import RISK_FACTORS, RiskFactors
from vitd.models.site import SITE
from vitd.params import MODE, PERSONA, PLACE

KEY = "risk_check_"
MY_ANSWER = KEY + "me_"  # prefix of the widget keys holding personal answers; Reset clears them


def reset_answers(prefix: str) -> None:
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]


def reveal(key: str) -> None:
    st.session_state[key] = True


def show_result(result: risk.RiskResult, factors: RiskFactors) -> None:
    """The score, its band and next step, the points chart with its text twin, and the flags."""
    if result.band is not None:
        st.metric(f"Score (out of {result.max_total:g})", f"{result.total:g} points")
        st.markdown(f"**{result.band.label}.** {result.band.meaning}")
        st.info(f"**Next step:** {result.band.next_step}", icon=":material/directions_walk:")
        table = risk.points_table(result)
        cutoffs = risk.cutoffs(factors)
        sentence = risk.points_sentence(result, cutoffs)
        st.vega_lite_chart(spec=points_bar_spec(table, result.max_total, cutoffs, sentence), width="stretch")
        st.caption(sentence)
        with st.expander("Points as a table"):
            st.dataframe(
                table,
                hide_index=True,
                width="stretch",
                column_config={
                    "factor": st.column_config.TextColumn("Factor"),
                    "answer": st.column_config.TextColumn("Answer"),
                    "points": st.column_config.NumberColumn("Points", format="%g"),
                },
            )
        if result.unsure_count:
            st.caption(f"{result.unsure_count} “not sure” answer(s) added no points, so the total may be too low.")
    else:
        st.info(f"**{factors.no_score_label}.** {factors.bands[0].next_step}", icon=":material/child_care:")
    if result.age_group.score_note:
        st.caption(f":material/info: {result.age_group.score_note}")
    st.markdown("**Flags** (they add no points)")
    for flag in result.flags:
        st.markdown(f":material/flag: **{flag.label}.** {flag.reason} {sources_line(flag.source_ids)}")
    if not result.flags:
        st.markdown("No flags raised.")


frame = page_frame("risk_check")
factors = frame.doc(RISK_FACTORS)
personas = frame.doc(PERSONAS).personas
disclaimer = frame.doc(SITE).disclaimer
by_id = {p.id: p for p in personas}
places = {p.id: p for p in frame.content.table(PLACES)} if not frame.content.problems_in(PLACES.filename) else {}

mode = frame.url.choice(MODE, list(risk.MODES), risk.DEFAULT_MODE)
persona_id = frame.url.choice(PERSONA, list(by_id), personas[0].id)
frame.url_notices()

mode = st.segmented_control(
    "Who is being checked?",
    list(risk.MODES),
    format_func=risk.MODES.get,
    default=mode,
    required=True,
    key=KEY + "mode",
)
set_query_param(MODE, mode, risk.DEFAULT_MODE)

if mode == "persona":
    persona_id = st.selectbox(
        "Case card",
        list(by_id),
        index=list(by_id).index(persona_id),
        format_func=lambda pid: by_id[pid].name,
        key=KEY + "persona",
    )
    set_query_param(PERSONA, persona_id, personas[0].id)
    persona = by_id[persona_id]
    result = risk.score_answers(risk.persona_answers(persona), factors)
    with st.container(border=True):
        card = f"#### {persona.name}\n\n{persona.card}"
        if persona.place in places:
            sun_link = screen_link(
                "sun", f"The sun and seasons in {places[persona.place].name}", {PLACE: persona.place}
            )
            card += f"\n\n:material/wb_sunny: {sun_link}"
        st.markdown(card)
    options = risk.prediction_options(factors)
    prediction = st.pills(
        "First predict: which result will this person get?",
        list(options),
        format_func=options.get,
        key=f"{KEY}predict_{persona.id}",
    )
    revealed_key = f"{KEY}revealed_{persona.id}"
    left, right = st.columns(2)
    left.button(
        "Reveal the score",
        icon=":material/visibility:",
        disabled=prediction is None,
        on_click=reveal,
        args=(revealed_key,),
        key=KEY + "reveal",
        width="stretch",
    )
    right.button(
        "Start again",
        icon=":material/restart_alt:",
        on_click=reset_answers,
        args=(KEY + "predict_",),
        key=KEY + "start_again",
        width="stretch",
    )
    if prediction is not None and st.session_state.get(revealed_key):
        verdict = "matches" if prediction == risk.outcome_id(result) else "differs from"
        actual = options[risk.outcome_id(result)]
        st.markdown(f"Your prediction, *{options[prediction]}*, {verdict} the result: **{actual}**.")
        outcome, reasoning = st.columns([2, 3], gap="large")
        with outcome:
            show_result(result, factors)
        with reasoning:
            st.markdown("##### The reasoning")
            for answer in result.answers:
                st.markdown(
                    f"- **{answer.factor}: {answer.answer}** (+{answer.points:g}). {answer.why} "
                    f"{sources_line(answer.source_ids)}"
                )
            if persona.teaching_point:
                st.success(persona.teaching_point, icon=":material/lightbulb:")
    else:
        st.caption("Pick a prediction, then reveal the score and the reasons behind it.")
else:
    set_query_param(PERSONA, None)
    st.info(factors.privacy_note, icon=":material/lock:")
    questions, outcome = st.columns([3, 2], gap="large")
    with questions:
        ages = {a.id: a.label for a in factors.age.options}
        answers: dict[str, str | bool] = {
            risk.AGE: st.radio(
                factors.age.question,
                list(ages),
                index=list(ages).index(factors.age.default),
                format_func=ages.get,
                key=MY_ANSWER + risk.AGE,
                horizontal=True,
            )
        }
        st.caption(factors.age.why)
        for question in risk.questions_for(str(answers[risk.AGE]), factors):
            labels = {o.id: o.label for o in question.options}
            answers[question.id] = st.radio(
                question.question,
                list(labels),
                index=list(labels).index(question.default),
                format_func=labels.get,
                key=MY_ANSWER + question.id,
                horizontal=True,
            )
            note = f" {question.definition_note}" if question.definition_note else ""
            st.markdown(f"**Why we ask:** {question.why}{note} {sources_line(question.source_ids)}")
        st.markdown("**Tick any that apply.** These are flags: they add no points.")
        for flag in risk.flags_asked(str(answers[risk.AGE]), factors):
            answers[flag.id] = st.checkbox(flag.question or flag.label, key=MY_ANSWER + flag.id)
    result = risk.score_answers(answers, factors)
    with outcome:
        show_result(result, factors)
        st.download_button(
            "Download my summary",
            data=lambda: risk.summary_text(result, factors, disclaimer),
            file_name="vitamin-d-risk-check.txt",
            mime="text/plain",
            icon=":material/download:",
            on_click="ignore",
            key=KEY + "download",
            width="stretch",
        )
        st.button(
            "Reset my answers",
            icon=":material/restart_alt:",
            on_click=reset_answers,
            args=(MY_ANSWER,),
            key=KEY + "reset",
            width="stretch",
        )

st.divider()
score = factors.score
st.subheader("How good is this score?", anchor=False)
st.markdown(f"**{score.name}.** {score.population} {score.outcome}\n\n{score.accuracy}\n\n{score.caveat}")
st.warning(score.not_a_diagnosis, icon=":material/medical_information:")
st.caption(sources_line(score.source_ids))
for note in factors.notes:
    with st.expander(note.title):
        st.markdown(f"{note.text}\n\n{sources_line(note.source_ids)}")
