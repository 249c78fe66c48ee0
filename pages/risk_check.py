"""Risk check (`/risk_check`): score a fictional person in class, or yourself in private.

The mode and the fictional person live in the URL; personal answers live only in this
session's widgets and are never put in the URL, written to disk or logged.
"""

import secrets

import streamlit as st

from vitd.frame import page_frame
from vitd.risk import AGE
from vitd.screens.risk_check import CHOICES, ResultView, myself_view, questions, view, why_we_ask
from vitd.widgets import draw_chart, option_radio

KEY = "risk_check_"
MY_ANSWER = KEY + "me_"  # prefix of the widget keys holding personal answers; Reset clears them


def reset_answers(prefix: str) -> None:
    for key in [k for k in st.session_state if str(k).startswith(prefix)]:
        del st.session_state[key]


def show_result(shown: ResultView) -> None:
    """The score, its band and next step, the points chart with its text twin, and the flags."""
    if shown.chart is not None:
        st.metric(shown.metric_label, shown.metric_value)
        st.markdown(shown.band)
        st.info(shown.next_step, icon=":material/directions_walk:")
        draw_chart(shown.chart, alt=shown.sentence)
        st.caption(shown.sentence)
        with st.expander(shown.points_label):
            st.table(shown.table, hide_index=True, border="horizontal")
        if shown.unsure:
            st.caption(shown.unsure)
    else:
        st.info(shown.band, icon=":material/child_care:")
    if shown.score_note:
        st.caption(f":material/info: {shown.score_note}")
    st.markdown(shown.flags)


frame = page_frame("risk_check")
controls = frame.controls(CHOICES)
controls.widget("mode")
controls.widget("persona")
screen = frame.view(view, controls.done())
words = screen.wording

if screen.persona is not None:
    persona = screen.persona.persona
    with st.container(border=True):
        st.markdown(screen.persona.card)
    options = screen.persona.predictions
    prediction = st.pills(words.predict, list(options), format_func=options.get, key=f"{KEY}predict_{persona.id}")
    revealed_key = f"{KEY}revealed_{persona.id}"
    left, right = st.columns(2)
    reveal = {"on_click": st.session_state.__setitem__, "args": (revealed_key, True)}
    left.button(
        words.reveal,
        icon=":material/visibility:",
        disabled=prediction is None,
        key=KEY + "reveal",
        width="stretch",
        **reveal,
    )
    restart = {"on_click": reset_answers, "args": (KEY + "predict_",), "key": KEY + "start_again"}
    right.button(words.start_again, icon=":material/restart_alt:", width="stretch", **restart)
    if prediction is not None and st.session_state.get(revealed_key):
        st.markdown(screen.persona.sentence(prediction))
        outcome, reasoning = st.columns([2, 3], gap="large")
        with outcome:
            show_result(screen.persona.shown)
        with reasoning:
            st.markdown(f"**{words.reasoning}**\n\n{screen.persona.reasoning}")
            if persona.teaching_point:
                st.success(persona.teaching_point, icon=":material/lightbulb:")
    else:
        st.caption(words.pick_first)
else:
    st.info(screen.privacy_note, icon=":material/lock:")
    asked, outcome = st.columns([3, 2], gap="large")
    with asked:
        asking = frame.view(questions)
        age = option_radio(asking.age.question, tuple(asking.ages.items()), asking.age.default, MY_ANSWER + AGE)
        answers: dict[str, str | bool] = {AGE: age}
        st.caption(asking.age.why)
        for question in asking.scored[age]:
            options = tuple((o.id, o.label) for o in question.options)
            answers[question.id] = option_radio(question.question, options, question.default, MY_ANSWER + question.id)
            st.markdown(why_we_ask(question, words))
        st.markdown(f"**{words.tick_flags}**")
        for flag in asking.flags[age]:
            answers[flag.id] = st.checkbox(flag.question or flag.label, key=MY_ANSWER + flag.id)
    reference = st.session_state.setdefault(KEY + "summary_reference", secrets.token_hex(8))
    mine, summary = frame.view(myself_view, answers, reference)  # the reader's own answers: never shared
    with outcome:
        show_result(mine)
        st.download_button(
            words.download,
            data=lambda: summary,
            file_name="vitamin-d-risk-check.txt",
            mime="text/plain",
            icon=":material/download:",
            on_click="ignore",
            key=KEY + "download",
            width="stretch",
        )
        reset = {"on_click": reset_answers, "args": (MY_ANSWER,), "key": KEY + "reset"}
        st.button(words.reset, icon=":material/restart_alt:", width="stretch", **reset)

st.divider()
about = screen.about
st.header(about.heading, anchor=False)
st.markdown(about.text)
st.warning(about.not_a_diagnosis, icon=":material/medical_information:")
st.markdown(f":small[{about.sources}]")
for title, text in about.notes:
    with st.expander(title):
        st.markdown(text)
