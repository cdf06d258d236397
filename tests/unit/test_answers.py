"""Unit tests for coach.analysis.answers: pure functions, no app, no fixtures."""

from __future__ import annotations

import re

import pytest

from coach.analysis.answers import AnswerReport, Remark, analyse_answer
from coach.analysis.taxonomy import SLUGS
from scripts.answer_accuracy import evaluate, load_set

STRONG = (
    "At my last job I ran the help desk for a team of forty. "
    "My goal was to cut the ticket backlog before the office move in March. "
    "I set up a triage rota and I wrote ten macros for the common questions. "
    "As a result the backlog fell from 300 tickets to 40 in six weeks."
)
NUMBER_IN_SITUATION = (
    "In 2021 our team of 12 people was struggling with slow releases. "
    "I had to make releases smoother. "
    "I automated the release checklist and I trained everyone on it. "
    "In the end releases were calmer and the team was happy."
)
WE_ONLY = (
    "Last year our shop was losing customers to a rival. "
    "We had to win them back. "
    "We changed our opening hours, we started a loyalty card and we called our regulars. "
    "We launched the card in May and our regulars came back."
)


def quotes(text: str) -> list[str]:
    """The double-quoted pieces of a remark, without a closing ellipsis."""
    return [q.rstrip("…") for q in re.findall(r'"([^"]+)"', text)]


def test_empty_text_gives_a_zero_report() -> None:
    report = analyse_answer("")
    assert report.word_count == 0
    assert report.speaking_seconds == 0
    assert report.fillers == {} and report.hedges == {}
    assert report.star == dict.fromkeys(("situation", "task", "action", "result"))
    assert not report.quantified_result
    assert (report.i_count, report.we_count) == (0, 0)
    assert report.remarks == ()


@pytest.mark.parametrize("text", ["   ", "...", "\n\n", "- \n*"])
def test_blank_or_punctuation_only_text_does_not_crash(text: str) -> None:
    assert analyse_answer(text).word_count == 0


def test_word_count_and_estimated_speaking_time() -> None:
    report = analyse_answer(" ".join(["word"] * 140))
    assert report.word_count == 140
    assert report.speaking_estimated
    assert report.speaking_seconds == pytest.approx(60)


def test_measured_duration_wins_over_the_estimate() -> None:
    report = analyse_answer("I fixed it.", duration_seconds=95.5, target_seconds=90)
    assert report.speaking_seconds == 95.5
    assert not report.speaking_estimated
    assert report.target_seconds == 90


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf")])
def test_bad_duration_is_rejected(bad: float) -> None:
    with pytest.raises(ValueError):
        analyse_answer("I fixed it.", duration_seconds=bad)


def test_fillers_are_counted() -> None:
    text = "Um, so I, uh, basically rewrote it, you know, and it was like really slow, um, erm."
    fillers = analyse_answer(text).fillers
    assert fillers["um"] == 2
    assert fillers["uh"] == 1
    assert fillers["erm"] == 1
    assert fillers["basically"] == 1
    assert fillers["you know"] == 1
    assert fillers["like"] == 1
    assert fillers["so"] == 1


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to tell you about the migration.",
        "I would like to lead a team.",
        "It looks like the build failed.",
        "I felt like nobody was listening.",
        "We built a tool like this one and a report like that.",
        "You know what I mean, and do you know the answer?",
        "What kind of team was it? The sort of work we did was hard.",
        "I asked the team. So I fixed it myself.",
    ],
)
def test_words_that_are_not_fillers_here(text: str) -> None:
    assert analyse_answer(text).fillers == {}


def test_hedges_are_counted() -> None:
    text = "I think it was maybe a bit late. I guess I just panicked, but perhaps it might work."
    hedges = analyse_answer(text).hedges
    assert hedges == {
        "I think": 1,
        "I guess": 1,
        "maybe": 1,
        "perhaps": 1,
        "might": 1,
        "just": 1,
        "a bit": 1,
    }


def test_just_as_time_is_no_hedge() -> None:
    assert analyse_answer("We finished just before the deadline.").hedges == {}


def test_i_and_we_counts() -> None:
    report = analyse_answer("I told my manager. We're sure our plan helped us, and I've seen it.")
    assert report.i_count == 3  # I, my, I've
    assert report.we_count == 3  # We're, our, us


def test_star_keys_are_exactly_the_four_parts_and_evidence_is_quoted() -> None:
    for text in (STRONG, NUMBER_IN_SITUATION, WE_ONLY, "", "I like cake."):
        star = analyse_answer(text).star
        assert list(star) == ["situation", "task", "action", "result"]
        assert all(evidence is None or evidence in text for evidence in star.values())


def test_a_strong_answer_has_all_four_parts() -> None:
    report = analyse_answer(STRONG)
    assert report.star["situation"] == "At my last job I ran the help desk for a team of forty."
    assert report.star["task"] is not None and report.star["task"].startswith("My goal was")
    assert report.star["action"] is not None and "triage rota" in report.star["action"]
    assert report.star["result"] is not None and report.star["result"].startswith("As a result")
    assert report.quantified_result
    assert report.missing_parts == ()


def test_a_number_in_the_situation_does_not_quantify_the_result() -> None:
    report = analyse_answer(NUMBER_IN_SITUATION)
    assert report.star["result"] is not None
    assert not report.quantified_result
    quote = '"In the end releases were calmer and the team was happy."'
    assert Remark(f"Result {quote} has no number: add one", "specific_examples") in report.remarks


@pytest.mark.parametrize(
    "result",
    ["Sales doubled after that.", "Since then costs are down by a third.", "It saved us £400."],
)
def test_numbers_in_the_result_quantify_it(result: str) -> None:
    report = analyse_answer(STRONG.rsplit(". ", 1)[0] + ". " + result)
    assert report.quantified_result


def test_a_problem_that_happened_is_situation_not_task() -> None:
    report = analyse_answer(
        "Two days before launch our payment provider changed their API. "
        "I rewrote the integration that night. We launched on time."
    )
    assert report.star["task"] is None
    assert (
        Remark("No task: say what you were responsible for", "answer_structure") in report.remarks
    )


def test_missing_result_is_a_remark() -> None:
    report = analyse_answer(STRONG.rsplit(". ", 1)[0] + ".")
    assert report.star["result"] is None
    assert Remark("No result: say what changed, and by how much", "specific_examples") in (
        report.remarks
    )


def test_a_spoken_run_on_is_split_into_parts() -> None:
    text = (
        "so um at my old job the builds were taking like forty minutes and uh my job was to "
        "speed them up so I added caching and I split the tests into four jobs and in the end "
        "the builds took eight minutes"
    )
    report = analyse_answer(text)
    assert report.missing_parts == ()
    assert report.star["result"] == "in the end the builds took eight minutes"
    assert report.quantified_result


def test_we_only_answer_counts_as_action_with_an_ownership_remark() -> None:
    report = analyse_answer(WE_ONLY)
    assert report.star["action"] is not None
    assert report.i_count == 0
    assert Remark('"we" 9 times, "I" not at all: say what you did', "ownership") in report.remarks


def test_filler_remark_quotes_the_fillers() -> None:
    text = "um so I um fixed it and like um it was like fine, like, you know"
    report = analyse_answer(text)
    remark = next(r for r in report.remarks if "filler" in r.text)
    assert remark.tag == "confidence"
    assert remark.text.startswith(f"{report.filler_count} filler words (")
    assert '"um" x3' in remark.text and '"like" x3' in remark.text


def test_length_remarks_against_the_target() -> None:
    long = analyse_answer(STRONG, duration_seconds=220)
    assert (
        Remark("3 min 40 s spoken against a 2 min target: cut to the key steps", "conciseness")
        in long.remarks
    )
    short = analyse_answer("I fixed it.")
    assert any(r.tag == "conciseness" and r.text.startswith("About") for r in short.remarks)
    assert not any(r.tag == "conciseness" for r in analyse_answer(STRONG, 100).remarks)


def test_remarks_quote_the_answer_and_carry_valid_slugs() -> None:
    rows = load_set("all")
    for text in [STRONG, NUMBER_IN_SITUATION, WE_ONLY, *(row["text"] for row in rows)]:
        report = analyse_answer(text)
        for remark in report.remarks:
            assert isinstance(remark, Remark)
            assert remark.tag in SLUGS
            for quoted in quotes(remark.text):
                if quoted not in ("I", "we"):  # the ownership remark names the pronouns
                    assert quoted.lower() in text.lower(), (remark.text, text)


def test_report_is_frozen() -> None:
    report = analyse_answer(STRONG)
    assert isinstance(report, AnswerReport)
    with pytest.raises(AttributeError):
        report.word_count = 0  # type: ignore[misc]


def test_accuracy_on_the_whole_labelled_set() -> None:
    rows = load_set("all")
    assert len(rows) >= 93  # answers_dev, answers_holdout and both blind files
    accuracy = evaluate(rows)
    assert accuracy.part_accuracy >= 0.90, accuracy.errors
    assert accuracy.missing_recall >= 0.70, accuracy.errors
    assert accuracy.missing_precision >= 0.60, accuracy.errors


@pytest.mark.parametrize("name", ["holdout", "blind_holdout"])
def test_accuracy_on_each_holdout_set_alone(name: str) -> None:
    accuracy = evaluate(load_set(name))
    assert accuracy.part_accuracy >= 0.80, accuracy.errors
    assert accuracy.missing_recall >= 0.60, accuracy.errors
    assert accuracy.missing_precision >= 0.50, accuracy.errors


def _parts(text: str) -> str:
    """The STAR parts found, as initials: "STAR", "SAR"..."""
    star = analyse_answer(text).star
    return "".join(part[0].upper() for part, evidence in star.items() if evidence is not None)


@pytest.mark.parametrize(
    "task",
    [
        "Our target for the year was to open two new branches.",
        "My responsibility was keeping the stock counts right.",
        "The aim of the review was to find where the money went.",
        "The regional director set us a target of ten new clients.",
        "We had a deadline from the council to finish the survey.",
        "I was given the job of running the summer fair.",
        "I joined in May and was expected to run the payroll alone.",
    ],
)
def test_stated_goals_are_task(task: str) -> None:
    report = analyse_answer(f"{task} I called every supplier and rewrote the schedule.")
    assert report.star["task"] == task


def test_a_deadline_inside_a_task_is_not_the_result() -> None:
    text = (
        "At the clinic our booking system was slow. "
        "My manager asked me to move every patient record by the end of the month. "
        "I wrote a checklist and moved the records in batches."
    )
    report = analyse_answer(text)
    assert report.star["task"] is not None and "by the end of the month" in report.star["task"]
    assert report.star["result"] is None


@pytest.mark.parametrize(
    "result",
    [
        "It went from twenty minutes to about five.",
        "By June we'd signed 14 new tenants.",
        "Over the term, 18 of the 22 pupils passed.",
    ],
)
def test_outcomes_told_with_numbers_and_no_cue_word(result: str) -> None:
    report = analyse_answer(
        f"I rebuilt the booking form and tested it with the front desk. {result}"
    )
    assert report.star["result"] == result
    assert report.quantified_result


def test_a_plain_closing_outcome_is_a_result() -> None:
    text = (
        "Our van broke down on the way to a wedding. I hired a car and drove the cake myself. "
        "The couple never knew anything had gone wrong."
    )
    report = analyse_answer(text)
    assert report.star["result"] == "The couple never knew anything had gone wrong."
    assert not report.quantified_result


@pytest.mark.parametrize(
    "closing",
    ["It was a really stressful week.", "I think staying calm is what matters most."],
)
def test_a_closing_opinion_is_no_result(closing: str) -> None:
    text = (
        f"Our van broke down on the way to a wedding. I hired a car and drove the cake. {closing}"
    )
    assert analyse_answer(text).star["result"] is None


@pytest.mark.parametrize(
    ("lesson", "result"),
    [
        ("What I took from it is to check the order twice.", "What I took"),
        ("Looking back, I should have asked for help sooner.", "Looking back"),
        ("I got a bonus for it.", "I got a bonus"),
    ],
)
def test_lessons_and_recognition_are_results(lesson: str, result: str) -> None:
    report = analyse_answer(f"The payroll run failed on a Friday. I reran it by hand. {lesson}")
    assert report.star["result"] is not None and report.star["result"].startswith(result)
    assert report.star["action"] == "I reran it by hand."


@pytest.mark.parametrize(
    "action",
    [
        "I rebuilt the rota from scratch.",
        "I worked through the backlog with two colleagues.",
        "We stayed late and split the orders between us.",
    ],
)
def test_concrete_steps_are_action(action: str) -> None:
    assert analyse_answer(f"Last winter the depot was short of drivers. {action}").star["action"]


@pytest.mark.parametrize(
    "vague",
    ["We just worked really hard as a team.", "I put my head down and got it done."],
)
def test_vague_effort_is_no_action(vague: str) -> None:
    assert (
        analyse_answer(f"Last winter the depot was short of drivers. {vague}").star["action"]
        is None
    )


def test_an_outcome_after_the_steps_is_not_the_situation() -> None:
    assert _parts("I rebuilt the report. The finance team was happy with it.") == "AR"


def test_a_hypothetical_answer_has_no_parts() -> None:
    text = "If a patient complained, I'd listen first. Then I would fix what I could."
    assert _parts(text) == ""


def test_an_opening_about_events_sets_the_scene_but_a_self_description_does_not() -> None:
    assert (
        analyse_answer("Our courier lost three parcels. I rang each customer.").star["situation"]
        == "Our courier lost three parcels."
    )
    assert analyse_answer("My managers have always said I'm reliable.").star["situation"] is None


def test_being_able_to_is_an_outcome() -> None:
    text = (
        "A customer's card kept getting declined. I rang the bank with her. "
        "She was able to pay that afternoon, and we gave her a voucher for the wait."
    )
    assert analyse_answer(text).star["result"] is not None


def test_an_answer_opening_with_in_the_end_opens_on_the_result() -> None:
    assert _parts("In the end it all worked out fine. I learned a lot.") == "R"
