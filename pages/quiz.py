"""Quiz (`/quiz`): one question at a time, immediate feedback, a score at the end, retry the missed ones."""

import streamlit as st

from vitd import quiz
from vitd.frame import page_frame
from vitd.screens.quiz import CHOICES, view

PROGRESS_KEY = "quiz_progress"

frame = page_frame("quiz")
controls = frame.controls(CHOICES)
controls.widget("topic")
shown = frame.view(view, controls.done())
words = shown.wording
if shown.links:
    st.markdown(shown.links)

saved = st.session_state.setdefault(PROGRESS_KEY, {})
progress = quiz.resume(saved.get(shown.selection), shown.questions)


def save(new: quiz.Progress) -> None:
    saved[shown.selection] = new
    st.rerun()


if not progress.finished:
    current = shown.by_id[progress.current_id]
    st.progress(progress.position / len(progress.question_ids), text=quiz.progress_text(progress, words))
    st.header(current.prompt, anchor=False)
    texts = [c.text for c in current.choices]
    stem = f"quiz_{shown.selection}_{progress.round}_{current.id}"
    if current.id not in progress.answers:
        with st.form(f"{stem}_form", border=False):
            picked = st.radio(words.answer_label, range(len(texts)), format_func=texts.__getitem__, index=None)
            if st.form_submit_button(words.check, icon=":material/check:", type="primary"):
                if picked is None:
                    st.warning(words.choose_first, icon=":material/touch_app:")
                else:
                    save(quiz.answer(progress, current.id, picked))
    else:
        chosen = progress.answers[current.id]
        st.radio(
            words.answer_label,
            range(len(texts)),
            format_func=texts.__getitem__,
            index=chosen,
            disabled=True,
            label_visibility="collapsed",  # a greyed-out label would fail contrast; the feedback says it all
            key=f"{stem}_done",
        )
        right, feedback = quiz.feedback(current, chosen, words, shown.urgent)
        if right:
            st.success(feedback, icon=":material/check_circle:")
        else:
            st.error(feedback, icon=":material/cancel:")
        last = progress.position + 1 == len(progress.question_ids)
        label = words.see_score if last else words.next
        if st.button(label, icon=":material/arrow_forward:", type="primary", key=f"{stem}_next"):
            save(quiz.advance(progress))
    st.markdown(f":material/link: [{words.question_link}]({quiz.question_link(current.id)})")
else:
    st.header(quiz.score_text(quiz.score(progress, shown.by_id), words), anchor=False)
    if len(progress.question_ids) > 1:
        st.dataframe(quiz.score_by_topic(progress, shown.by_id, shown.topics), hide_index=True, width="stretch")
    missed = quiz.missed(progress, shown.by_id)
    if missed:
        st.markdown(quiz.review_text(missed, shown.by_id, words))
    columns = st.columns(2)
    with columns[0]:
        if missed and st.button(
            quiz.retry_label(missed, words), icon=":material/replay:", type="primary", width="stretch"
        ):
            save(quiz.retry_missed(progress, shown.by_id))
    with columns[1]:
        if st.button(words.start_again, icon=":material/restart_alt:", width="stretch"):
            save(quiz.start(shown.questions))
