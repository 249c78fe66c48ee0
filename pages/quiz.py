"""Quiz (`/quiz`): one question at a time, immediate feedback, a score at the end, retry the missed ones."""

import streamlit as st

from vitd import quiz
from vitd.citations import sources_line
from vitd.frame import page_frame, set_query_param
from vitd.models.quiz import QUIZ
from vitd.models.symptoms import SYMPTOM_SCREEN
from vitd.params import QUESTION, TOPIC
from vitd.symptoms import fill_actions

PROGRESS_KEY = "quiz_progress"

frame = page_frame("quiz")
content = frame.doc(QUIZ)
urgent = frame.doc(SYMPTOM_SCREEN).urgent  # red-flag actions worded as on every other screen
by_id = {q.id: q for q in content.questions}

question_id = frame.url.choice(QUESTION, list(by_id), "") or None
topic = frame.url.choice(TOPIC, quiz.topic_options(content), quiz.ALL_TOPICS)
frame.url_notices()

if question_id is None:
    options = quiz.topic_options(content)
    chosen = st.pills(
        "Topic",
        options,
        default=topic,
        format_func=lambda t: quiz.topic_label(content, t),
        key="quiz_topic",
    )
    topic = chosen or quiz.ALL_TOPICS
    set_query_param(TOPIC, topic, quiz.ALL_TOPICS)
else:
    st.markdown(
        f"[:material/list: Take the whole quiz](quiz) · [More on this topic](quiz?{TOPIC}={by_id[question_id].topic})"
    )

questions = quiz.select_questions(content, topic, question_id)
saved = st.session_state.setdefault(PROGRESS_KEY, {})
key = quiz.selection_key(topic, question_id)
progress = quiz.resume(saved.get(key), questions)


def save(new: quiz.Progress) -> None:
    saved[key] = new
    st.rerun()


if not progress.finished:
    current = by_id[progress.current_id]
    number, total = progress.position + 1, len(progress.question_ids)
    retry = " (retrying the ones you missed)" if progress.round > 1 else ""
    st.progress(progress.position / total, text=f"Question {number} of {total}{retry}")
    st.subheader(current.prompt, anchor=False)
    texts = [c.text for c in current.choices]
    stem = f"quiz_{key}_{progress.round}_{current.id}"
    if current.id not in progress.answers:
        with st.form(f"{stem}_form", border=False):
            picked = st.radio("Your answer", range(len(texts)), format_func=texts.__getitem__, index=None)
            if st.form_submit_button("Check answer", icon=":material/check:", type="primary"):
                if picked is None:
                    st.warning("Choose an answer first.", icon=":material/touch_app:")
                else:
                    save(quiz.answer(progress, current.id, picked))
    else:
        chosen_index = progress.answers[current.id]
        st.radio(
            "Your answer",
            range(len(texts)),
            format_func=texts.__getitem__,
            index=chosen_index,
            disabled=True,
            key=f"{stem}_done",
        )
        screen = quiz.link_screen(current.link)
        learn_more = f"\n\n:material/school: Learn more: [{screen.label}]({quiz.relative_link(current.link)})"
        sources = f"\n\n{sources_line(current.source_ids)}"
        explanation = fill_actions(current.explanation, urgent)
        if quiz.is_correct(current, chosen_index):
            st.success(f"**Correct.** {explanation}{learn_more}{sources}", icon=":material/check_circle:")
        else:
            right = texts[quiz.correct_choice(current)]
            st.error(
                f"**Not quite.** The answer is: **{right}**.\n\n{explanation}{learn_more}{sources}",
                icon=":material/cancel:",
            )
        last = progress.position + 1 == len(progress.question_ids)
        label = "See your score" if last else "Next question"
        if st.button(label, icon=":material/arrow_forward:", type="primary", key=f"{stem}_next"):
            save(quiz.advance(progress))
    st.markdown(f":material/link: [Link to this question]({quiz.question_link(current.id)})")
else:
    result = quiz.score(progress, by_id)
    st.subheader(f"You got {result.correct} of {result.total} right ({result.percent}%)", anchor=False)
    if len(progress.question_ids) > 1:
        st.dataframe(quiz.score_by_topic(progress, by_id, content.topics), hide_index=True, width="stretch")
    missed = quiz.missed(progress, by_id)
    if missed:
        st.markdown("**To review:**\n" + "\n".join(f"- {by_id[qid].prompt}" for qid in missed))
    columns = st.columns(2)
    with columns[0]:
        if missed and st.button(
            f"Retry the {len(missed)} you missed" if len(missed) > 1 else "Retry the one you missed",
            icon=":material/replay:",
            type="primary",
            width="stretch",
        ):
            save(quiz.retry_missed(progress, by_id))
    with columns[1]:
        if st.button("Start again", icon=":material/restart_alt:", width="stretch"):
            save(quiz.start(questions))
