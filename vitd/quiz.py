"""The quiz: choosing questions, recording answers, scoring and retrying the ones missed.

Progress is a small immutable value the page keeps in ``st.session_state``; every function
here takes it and returns a new one, so the rules can be tested without Streamlit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from vitd.citations import sources_line
from vitd.links import in_page, screen_query
from vitd.models.quiz import Question, Quiz, Topic
from vitd.models.quiz_screen import QuizScreen
from vitd.models.symptoms import Urgent
from vitd.params import QUESTION, TOPIC
from vitd.screens import SCREENS, Screen
from vitd.symptoms import fill_actions

ALL_TOPICS = "all"
"""The ``topic`` value (and default) meaning every question."""


@dataclass(frozen=True)
class Progress:
    """Where a reader is in one run through a set of questions.

    ``question_ids`` are this round's questions in order; ``answers`` maps a question id
    to the index of the chosen answer; ``position`` is the question on screen (equal to
    the number of questions once the round is finished); ``round`` counts retries from 1.
    """

    question_ids: tuple[str, ...]
    answers: Mapping[str, int] = field(default_factory=dict)
    position: int = 0
    round: int = 1

    @property
    def finished(self) -> bool:
        return self.position >= len(self.question_ids)

    @property
    def current_id(self) -> str | None:
        """The question on screen, or None when the round is over."""
        return None if self.finished else self.question_ids[self.position]


@dataclass(frozen=True)
class Score:
    correct: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


def topic_options(quiz: Quiz) -> list[str]:
    """Values a ``topic`` link may take: ``all`` then every topic id."""
    return [ALL_TOPICS, *(t.id for t in quiz.topics)]


def topic_label(quiz: Quiz, topic_id: str, all_label: str = "All topics") -> str:
    """A topic's label (``all_label`` for ``all``)."""
    labels = {t.id: t.label for t in quiz.topics}
    return labels.get(topic_id, all_label)


def select_questions(quiz: Quiz, topic: str = ALL_TOPICS, question_id: str | None = None) -> tuple[Question, ...]:
    """The questions to ask: one question by id, one topic's questions, or all, in file order."""
    if question_id is not None:
        return tuple(q for q in quiz.questions if q.id == question_id)
    if topic == ALL_TOPICS:
        return quiz.questions
    return tuple(q for q in quiz.questions if q.topic == topic)


def selection_key(topic: str, question_id: str | None) -> str:
    """Name under which a selection's progress is kept, so each topic link keeps its own."""
    return f"q:{question_id}" if question_id else f"topic:{topic}"


def start(questions: Sequence[Question]) -> Progress:
    """A fresh round over these questions."""
    return Progress(tuple(q.id for q in questions))


def resume(saved: Progress | None, questions: Sequence[Question]) -> Progress:
    """The saved progress if it still fits these questions (content may have been edited), else a fresh round."""
    ids = {q.id for q in questions}
    if saved is None or not set(saved.question_ids) <= ids:
        return start(questions)
    return saved


def is_correct(question: Question, choice: int) -> bool:
    """Whether the choice at this index is the question's correct answer."""
    return 0 <= choice < len(question.choices) and question.choices[choice].correct


def correct_choice(question: Question) -> int:
    """Index of the correct answer (content validation guarantees exactly one)."""
    return next(i for i, c in enumerate(question.choices) if c.correct)


def answer(progress: Progress, question_id: str, choice: int) -> Progress:
    """Record an answer to the question on screen; a second answer to it is ignored."""
    if progress.current_id != question_id or question_id in progress.answers:
        return progress
    return replace(progress, answers={**progress.answers, question_id: choice})


def advance(progress: Progress) -> Progress:
    """Go to the next question once the current one is answered."""
    if progress.current_id is None or progress.current_id not in progress.answers:
        return progress
    return replace(progress, position=progress.position + 1)


def score(progress: Progress, questions: Mapping[str, Question]) -> Score:
    """Correct answers out of all of this round's questions, answered or not.

    A round left part-way keeps its full total: a question not answered counts as not correct
    (1 right, 1 wrong and 1 not answered is 1 of 3), and only answers to this round's questions
    count. So ``correct + len(missed(progress, questions)) == total`` for every round.
    """
    correct = sum(
        1
        for qid in progress.question_ids
        if qid in progress.answers and qid in questions and is_correct(questions[qid], progress.answers[qid])
    )
    return Score(correct, len(progress.question_ids))


def missed(progress: Progress, questions: Mapping[str, Question]) -> tuple[str, ...]:
    """Ids of this round's questions answered wrongly or not at all, in order (a retry asks them)."""
    return tuple(
        qid
        for qid in progress.question_ids
        if qid not in progress.answers or qid not in questions or not is_correct(questions[qid], progress.answers[qid])
    )


def retry_missed(progress: Progress, questions: Mapping[str, Question]) -> Progress:
    """A new round with only the questions missed in this one."""
    return Progress(missed(progress, questions), round=progress.round + 1)


def score_by_topic(progress: Progress, questions: Mapping[str, Question], topics: Sequence[Topic]) -> list[dict]:
    """Rows of (topic, correct, total) for this round, in topic order, for a results table.

    Like :func:`score`, a question not answered counts in its topic's total, not as correct.
    """
    rows = []
    for topic in topics:
        ids = [qid for qid in progress.question_ids if qid in questions and questions[qid].topic == topic.id]
        if ids:
            right = sum(
                1 for qid in ids if qid in progress.answers and is_correct(questions[qid], progress.answers[qid])
            )
            rows.append({"Topic": topic.label, "Correct": right, "Questions": len(ids)})
    return rows


def link_screen(link: str) -> Screen | None:
    """The screen a question's link points to (by its path), or None."""
    path = urlsplit(link).path
    return next((s for s in SCREENS if s.url_path == path), None)


def relative_link(link: str) -> str:
    """A question's ``/screen?query`` link made relative, so it also works under a base path."""
    relative = link.removeprefix("/")
    return in_page(relative or "./")


def question_link(question_id: str) -> str:
    """Relative link to one question, for teachers to share."""
    return screen_query("quiz", {QUESTION: question_id})


def question_links(question: Question, whole_quiz: str, more_on_topic: str) -> str:
    """Links from a one-question view to the whole quiz and to the question's topic (Markdown)."""
    return (
        f"[:material/list: {whole_quiz}]({screen_query('quiz')}) · "
        f"[{more_on_topic}]({screen_query('quiz', {TOPIC: question.topic})})"
    )


def progress_text(progress: Progress, wording: QuizScreen) -> str:
    """``Question 2 of 4``, saying so when the round retries missed questions."""
    template = wording.progress_retry if progress.round > 1 else wording.progress
    return template.format(number=progress.position + 1, total=len(progress.question_ids))


def feedback(question: Question, choice: int, wording: QuizScreen, urgent: Urgent) -> tuple[bool, str]:
    """Whether the answer is right, and what to say: praise or the right answer, the explanation
    (red-flag actions worded as on every screen), a link to the screen that teaches it, the sources."""
    screen = link_screen(question.link)
    parts = [fill_actions(question.explanation, urgent)]
    if screen is not None:
        parts.append(f":material/school: {wording.learn_more} [{screen.label}]({relative_link(question.link)})")
    parts.append(sources_line(question.source_ids))
    if is_correct(question, choice):
        return True, f"{wording.correct} " + "\n\n".join(parts)
    right = question.choices[correct_choice(question)].text
    return False, wording.wrong.format(answer=right) + "\n\n" + "\n\n".join(parts)


def score_text(result: Score, wording: QuizScreen) -> str:
    """``You got 3 of 4 right (75%)``."""
    return wording.score.format(correct=result.correct, total=result.total, percent=result.percent)


def review_text(missed_ids: Sequence[str], questions: Mapping[str, Question], wording: QuizScreen) -> str:
    """The questions to review, as a Markdown list under its heading ("" when none were missed)."""
    if not missed_ids:
        return ""
    return f"**{wording.to_review}**\n" + "\n".join(f"- {questions[qid].prompt}" for qid in missed_ids)


def retry_label(missed_ids: Sequence[str], wording: QuizScreen) -> str:
    """The retry button's label: the one, or the N, missed."""
    return wording.retry_one if len(missed_ids) == 1 else wording.retry_many.format(count=len(missed_ids))
