"""Reading feedback: negation, praise, hedging, mixed texts, evidence and accuracy."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from coach.analysis.feedback import Weakness, identify_weaknesses, read
from coach.analysis.taxonomy import SLUGS

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import feedback_accuracy  # noqa: E402


def tags(text: str) -> set[str]:
    return {w.tag for w in identify_weaknesses(text)}


# Two one-sentence texts the judge got wrong once the models trained on the 190th to
# 205th writers (README): every model finds the tag unlikely (clause log-odds -2.1 and
# -3.4), but with no tag likely anywhere in the text the judge still gives it p 0.45 and
# 0.47, over its threshold of 0.44.
JUDGE_SLIP = pytest.mark.xfail(
    reason="the judge adds a tag every model finds unlikely", strict=True
)


@pytest.mark.parametrize(
    "text",
    [
        "Your examples were specific and well chosen.",
        "We had no concerns about your technical skills.",
        "Communication was never an issue.",
        "They didn't have any concerns about your attitude.",
        "Great energy, clear structure and thoughtful questions at the end.",
        "You never rambled and you didn't seem nervous at all.",
    ],
)
def test_praise_and_negation_are_not_weaknesses(text: str) -> None:
    assert identify_weaknesses(text) == []


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("We were hoping to hear more about the impact you had.", "specific_examples"),
        ("Others came across as more engaged.", "rapport"),
        ("We would have liked more depth on the data pipeline design.", "technical_depth"),
        ("You were a bit light on examples of working across teams.", "teamwork"),
        ("It would be good to see more about how you set direction for a team.", "leadership"),
    ],
)
def test_hedged_and_indirect_phrasing_counts(text: str, tag: str) -> None:
    assert tag in tags(text)


def test_contrast_keeps_only_the_weak_side() -> None:
    found = identify_weaknesses(
        "Although your technical answers were strong, your examples lacked concrete results."
    )
    assert [w.tag for w in found] == ["specific_examples"]


def test_several_weaknesses_in_one_text() -> None:
    text = "Answers rambled, you didn't ask us any questions, and you seemed nervous throughout."
    assert tags(text) == {"answer_structure", "questions_for_interviewer", "confidence"}


def test_mixed_changeable_and_unchangeable() -> None:
    found = identify_weaknesses(
        "They felt your stakeholder examples were thin. They also went with someone who has "
        "more years in the energy sector, and the salary you asked for was above the band."
    )
    flags = {w.tag: w.actionable for w in found}
    assert flags["stakeholder_management"] is True
    assert flags["experience_gap"] is False
    assert flags["salary_expectations"] is False


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Unfortunately the role has been put on hold.", "external_factor"),
        ("They went with an internal candidate.", "external_factor"),
        ("We need someone who is fluent in German.", "language_or_location"),
        ("They are unable to sponsor a visa for this role.", "language_or_location"),
        ("The team didn't think you were quite the right fit.", "culture_fit"),
        ("You'd be overqualified for this position.", "experience_gap"),
    ],
)
def test_unchangeable_reasons_are_found_and_not_actionable(text: str, tag: str) -> None:
    found = {w.tag: w for w in identify_weaknesses(text)}
    assert tag in found
    assert found[tag].actionable is False


def test_text_can_override_the_default() -> None:
    text = "The only gap was board-level experience, something you could build within a year."
    found = {w.tag: w for w in identify_weaknesses(text)}
    assert found["experience_gap"].actionable is True


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("Thank you for your time, we won't be progressing your application.", set()),
        ("After careful consideration we will not be moving forward at this time.", set()),
        (
            "We decided to move forward with other candidates whose experience more closely "
            "matches the role.",
            {"experience_gap"},
        ),
        # the labellers read a bare "another candidate" as the outcome, most of them
        ("Brightwave have offered the role to another candidate.", {"external_factor"}),
    ],
)
def test_brush_offs_name_nothing_invented(text: str, allowed: set[str]) -> None:
    assert tags(text) <= allowed


def test_evidence_is_an_exact_fragment_of_the_text() -> None:
    text = (
        "Hi Alex,\n\nThanks for coming in. The panel liked your energy. However, your answers "
        "were too long and you didn\u2019t ask any questions. Best wishes, Jo"
    )
    found = identify_weaknesses(text)
    assert {w.tag for w in found} == {"conciseness", "questions_for_interviewer"}
    for w in found:
        assert w.evidence in text
        assert 0 < len(w.evidence) < len(text)


def test_one_finding_per_tag_and_frozen() -> None:
    found = identify_weaknesses("Rambling answers. Very rambling. It rambled on.")
    assert [w.tag for w in found] == ["answer_structure"]
    with pytest.raises(AttributeError):
        found[0].tag = "rapport"  # type: ignore[misc]
    assert isinstance(found[0], Weakness)


def test_empty_text() -> None:
    assert identify_weaknesses("") == []
    assert identify_weaknesses("   \n ") == []


def test_labelled_sets_use_taxonomy_slugs_and_cover_every_tag() -> None:
    rows = feedback_accuracy.load_set("all")
    assert len(rows) >= 470
    seen = [label["tag"] for row in rows for label in row["labels"]]  # type: ignore[attr-defined]
    assert set(seen) <= set(SLUGS)
    assert all(seen.count(slug) >= 3 for slug in SLUGS)


def test_blind_sets_cover_every_tag_and_are_kept_apart() -> None:
    dev = feedback_accuracy.load(feedback_accuracy.DATA / "feedback_blind_dev.jsonl")
    spent = feedback_accuracy.load(feedback_accuracy.DATA / "feedback_blind2_dev.jsonl")
    assert len(dev) == len(spent) == 60
    assert not {row["id"] for row in dev} & {row["id"] for row in spent}
    seen = [label["tag"] for row in dev + spent for label in row["labels"]]  # type: ignore[attr-defined]
    assert all(seen.count(slug) >= 4 for slug in SLUGS)


def test_spent_blind_holdouts_are_part_of_dev() -> None:
    names = {path.name for path in feedback_accuracy.SETS["dev"]}
    assert {
        "feedback_blind2_dev.jsonl",
        "feedback_writer3_dev.jsonl",
        "feedback_writer4_dev.jsonl",
        "feedback_writer5_dev.jsonl",
        "feedback_writer6_dev.jsonl",
        "feedback_writer7_dev.jsonl",
        "feedback_writer8_dev.jsonl",
        "feedback_writer9_dev.jsonl",
        "feedback_writer10_dev.jsonl",
    } <= names
    assert feedback_accuracy.HOLDOUTS == ("holdout_old", "holdout")
    assert [path.name for path in feedback_accuracy.SETS["holdout"]] == [
        f"feedback_holdout{n}.jsonl" for n in (35, 36, 37, 38, *range(91, 99))
    ]
    # The eleventh to thirty-fourth, thirty-ninth to ninetieth and ninety-ninth to
    # two-hundred-and-fifth writers' texts, spent: each measured blind, then trained on
    # by the models (and up to the sixty-sixth read for general language), but not held to
    # the target.
    spent = (*range(11, 35), *range(39, 91), *range(99, 206))
    assert [path.name for path in feedback_accuracy.SETS["spent"]] == [
        f"feedback_writer{n}_dev.jsonl" for n in spent
    ]
    # The newest writers' texts, read blind by the shipped models and not trained on yet.
    fresh = range(206, 246)
    assert [path.name for path in feedback_accuracy.SETS["fresh"]] == [
        f"feedback_writer{n}_dev.jsonl" for n in fresh
    ]
    assert feedback_accuracy.BUILT_ON == ("dev", "holdout_old")
    assert feedback_accuracy.TRAINED_ON == ("dev", "holdout_old", "spent")
    for writer, size in (
        ("feedback_writer3_dev.jsonl", 80),
        ("feedback_writer4_dev.jsonl", 80),
        ("feedback_writer5_dev.jsonl", 100),
        ("feedback_writer6_dev.jsonl", 100),
        ("feedback_writer7_dev.jsonl", 100),
        ("feedback_writer8_dev.jsonl", 100),
        ("feedback_writer9_dev.jsonl", 100),
        ("feedback_writer10_dev.jsonl", 100),
        *((f"feedback_writer{n}_dev.jsonl", 100) for n in (*spent, *fresh)),
    ):
        assert len(feedback_accuracy.load(feedback_accuracy.DATA / writer)) == size


@pytest.mark.parametrize("writer", list(feedback_accuracy.SECOND_LABELS))
def test_a_second_labeller_read_every_text_of_a_writer_and_agrees_closely(writer: str) -> None:
    # The level a careful reader reaches on the same texts (README): the reader's gap to
    # it is the reader's, not noise in the labels. Per writer, P and R are 0.92 to 0.99;
    # over the twelve holdout writers, 0.974 and 0.960.
    if not feedback_accuracy.readable(writer):
        pytest.skip("FEEDBACK_SKIP_HOLDOUT is set")
    second = feedback_accuracy.load(feedback_accuracy.SECOND_LABELS[writer])
    labelled = feedback_accuracy.load(feedback_accuracy.WRITERS[writer][0])
    assert [row["id"] for row in second] == [row["id"] for row in labelled]
    scores = feedback_accuracy.agreement(writer)
    assert scores.precision >= 0.92 and scores.recall >= 0.92


def test_skip_holdout_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEEDBACK_SKIP_HOLDOUT", "1")
    assert not feedback_accuracy.available("holdout")
    assert feedback_accuracy.available("dev")


def built_on() -> feedback_accuracy.Scores:
    """The labelled texts the rules were built on: dev and the old (not blind) holdout."""
    return feedback_accuracy.score(
        [row for name in feedback_accuracy.BUILT_ON for row in feedback_accuracy.load_set(name)]
    )


def test_accuracy_on_the_labelled_set_meets_the_target() -> None:
    scores = built_on()
    assert scores.texts >= 554
    assert scores.precision >= 0.85
    assert scores.recall >= 0.85
    assert scores.any_changeable >= 0.95
    assert scores.flag_agreement >= 0.95
    assert scores.evidence is not None and scores.evidence >= 0.95


def assert_held(
    scores: feedback_accuracy.Scores,
    texts: int,
    precision: float,
    recall: float,
    any_changeable: float,
    evidence: float,
) -> None:
    """A measured set's guard: its size, and each figure at least its floor."""
    assert scores.texts == texts
    assert scores.precision >= precision
    assert scores.recall >= recall
    assert scores.any_changeable >= any_changeable
    assert scores.evidence is not None and scores.evidence >= evidence


def test_the_blind_holdout_is_measured_apart_and_does_not_regress() -> None:
    # The blind holdout (twelve writers whose texts neither the rules nor the models ever
    # saw) is reported apart, in the README: it is how well coach reads wording it has
    # never seen. This is a guard just under the measured level (P 0.886, R 0.841,
    # any-changeable 0.974, evidence in the writer's place 0.880 on 1,200 texts), not a
    # target: tuning on it would spend it.
    if not feedback_accuracy.available("holdout"):
        pytest.skip("FEEDBACK_SKIP_HOLDOUT is set")
    results = feedback_accuracy.score_sets()
    scores = results["holdout"]
    assert_held(scores, 1200, precision=0.88, recall=0.83, any_changeable=0.97, evidence=0.87)
    trained_on = built_on().texts + results["spent"].texts
    assert results["all"].texts == trained_on + results["fresh"].texts + scores.texts


def test_the_spent_holdout_is_reported_apart_and_does_not_regress() -> None:
    # Writers K to AH, AM to CL and CU to GW, each a blind holdout until measured
    # (README): read since for general language (up to BN), and the models train on them,
    # so this is in-sample for the models. A guard just under the measured level (P 0.997,
    # R 0.993, any-changeable 0.994, evidence in the labeller's place 0.908 on 18,300
    # texts), to catch regressions.
    scores = feedback_accuracy.score(feedback_accuracy.load_set("spent"))
    assert_held(scores, 18300, precision=0.98, recall=0.98, any_changeable=0.98, evidence=0.90)


def test_the_fresh_writers_are_read_blind_and_do_not_regress() -> None:
    # Writers GX to IK (README), whose texts the models have not been trained on: how the
    # shipped reader reads the newest wording, and the set a retrained reader must read
    # better before it ships. A guard just under the measured level (P 0.861, R 0.849,
    # any-changeable 0.961, evidence in the writer's place 0.850 on 4,000 texts).
    scores = feedback_accuracy.score(feedback_accuracy.load_set("fresh"))
    assert_held(scores, 4000, precision=0.855, recall=0.84, any_changeable=0.955, evidence=0.84)


def test_holdout_regression_floor() -> None:
    # Floor just under the level measured on the holdout (P 0.892, R 1.000 on 30 texts),
    # to catch regressions only; one label of the holdout is worth about 0.027 recall.
    scores = feedback_accuracy.score_sets()["holdout_old"]
    assert scores.precision >= 0.88
    assert scores.recall >= 0.97


def test_holdout_meets_the_hoped_for_floor() -> None:
    scores = feedback_accuracy.score_sets()["holdout_old"]
    assert scores.precision >= 0.75
    assert scores.recall >= 0.75


# --- Kinds of language learnt from the blind-written dev set (each failed before). ---


@pytest.mark.parametrize(
    "text",
    [
        "He's never late and always professional with clients.",
        "Didn't come across as arrogant, just very self-assured.",
        "You never once lost your composure.",
        "No issues with salary, location or notice period.",
        "I'm afraid it's not the outcome we were hoping for.",
        pytest.param(
            "Given what he told us about his experience, the panel expected a lot.",
            marks=JUDGE_SLIP,
        ),
        "Kind regards,\nTalent Acquisition",
        "Priya's leadership of the team through the restructure was exemplary.",
        "I asked the recruiter for more detail on the outcome.",
        "Your answers were crisp and to the point.",
        "I'll keep it short: thank you for coming in on Tuesday.",
        "He explained the margin impact of shrinkage without any problem.",
        "Please understand that we cannot share the details of the decision.",
        "We are still waiting for the client to decide on the shortlist.",
        "We need evidence of your right to work before we can progress.",
        "The interview went on a bit longer than planned, thanks for your patience.",
    ],
)
def test_negated_negatives_pleasantries_and_sign_offs_are_not_weaknesses(text: str) -> None:
    assert identify_weaknesses(text) == []


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # scorecard shorthand: a heading, a dash or colon, a verdict or a low rating
        ("Conflict resolution - weak. Example was minor.", "conflict_resolution"),
        ("Ownership: 2/5", "ownership"),
        ("Behavioural competencies generally below what we'd expect.", "soft_skills"),
        # a negator before a noun is not "no problems"
        ("Didn't break the problem down or consider alternatives.", "problem_solving"),
        ("Went straight to a solution.", "problem_solving"),
        # "yet" after a negation is an adverb, not a contrast
        ("Hasn't yet shown she can hold her team to account.", "leadership"),
        # comparisons with other candidates and unchangeable reasons
        ("Brightwave have offered the role to a stronger candidate.", "external_factor"),
        ("I was their second choice.", "external_factor"),
        ("The business has put a freeze on all new headcount.", "external_factor"),
        ("We need someone who has already run a payroll function.", "experience_gap"),
        ("He has never been client-facing.", "experience_gap"),
        ("The role needs fluent German and his is conversational at best.", "language_or_location"),
        ("The budget was lower than what I'd asked for.", "salary_expectations"),
        # delivery, relevance and research in many writers' words
        ("Lots of um/uh throughout.", "confidence"),
        ("Jumped to Kafka w/o asking about volumes.", "answer_relevance"),
        (
            "You answered the question you wanted to be asked, not the one I asked.",
            "answer_relevance",
        ),
        ("I hadn't looked at their latest funding round.", "company_research"),
        ("Weak on company knowledge.", "company_research"),
        ("She spoke negatively of her last manager.", "attitude_professionalism"),
        ("Talked too much and didn't let them get a word in.", "conciseness"),
        ("Would have liked more colour on how he partners with engineering.", "teamwork"),
        ("He kept trying to go back to his original plan.", "adaptability"),
        ("Finds it hard when plans change at short notice.", "adaptability"),
        ("Shies away from difficult conversations with peers.", "conflict_resolution"),
        ("Over-promised to the client and then had to walk it back.", "stakeholder_management"),
        ("Couldn't tell me anything he'd have done differently himself.", "learning_from_failure"),
        ("They weren't sure I actually wanted the job.", "role_motivation"),
    ],
)
def test_kinds_of_language_name_their_tag(text: str, tag: str) -> None:
    assert tag in tags(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Body language: you hardly looked at the camera.", "language_or_location"),
        pytest.param(
            "I know you're worried about rambling, but give me more.",
            "answer_structure",
            marks=JUDGE_SLIP,
        ),
        ("Weak on company knowledge.", "technical_depth"),
        ("The case study was rushed, the written exercise too.", "communication"),
    ],
)
def test_the_more_specific_reading_wins(text: str, absent: str) -> None:
    assert absent not in tags(text)


# --- Two-stage reading: a critical clause that names a topic (each failed before). ---


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # generic criticism markers with a broad topic lexicon
        (
            "Her answers lacked a clear thread; I kept losing the point halfway through.",
            "answer_structure",
        ),
        ("Energy levels were low throughout the call.", "rapport"),
        ("She seemed uncomfortable with ambiguity.", "adaptability"),
        ("Didn't seem to know much about what we actually sell.", "company_research"),
        ("Struggled to prioritise when given several competing tasks.", "problem_solving"),
        ("She's yet to show she can build and lead a team of her own.", "leadership"),
        ("Rarely seeks input from colleagues before making decisions.", "teamwork"),
        (
            "He referred to our old company name and seemed unaware of the rebrand.",
            "company_research",
        ),
        ("The why-product-management question tripped him up.", "role_motivation"),
        # advice and hedges imply a gap
        ("Keep answers to two minutes next time.", "conciseness"),
        (
            "Mock feedback: start with the headline, you keep saving the result for the very end.",
            "answer_structure",
        ),
        # idioms in new voices
        ("He was quite scathing about his current employer.", "attitude_professionalism"),
        ("She played down her role in the turnaround.", "confidence"),
        ("Interviewer 2: candidate misread the scenario question.", "answer_relevance"),
        ("We have filled the position with an existing team member.", "external_factor"),
        ("We need native-level Japanese for this role.", "language_or_location"),
        (
            "We interviewed a very high calibre field and it came down to small margins.",
            "external_factor",
        ),
    ],
)
def test_critical_clause_naming_a_topic_yields_its_tag(text: str, tag: str) -> None:
    assert tag in tags(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a scorecard item is read on its own: only the low rating is a weakness
        ("Scorecard: Ownership 4, Collaboration 2, Technical 4, Communication 3.", {"teamwork"}),
        # an overrun presentation names conciseness as well (LABELLING.md, "Time")
        (
            "Presentation overran by ten minutes and the slides were dense and hard to follow.",
            {"presentation_prep", "conciseness"},
        ),
        # another candidate chosen for their experience is experience_gap only
        (
            "They offered the role to another candidate who had more experience in retail.",
            {"experience_gap"},
        ),
    ],
)
def test_scorecards_overruns_and_other_candidates(text: str, expected: set[str]) -> None:
    assert tags(text) == expected


def test_the_rules_read_a_scorecard_item_by_item() -> None:
    # Only the low rating names a weakness. The clause model then weighs it like any rule
    # finding, and may drop it: on writers BO to CL, unseen by the models, exempting the
    # findings of low-rated items from its veto kept 33 more findings, 29 of them wrong.
    reading = read("Scorecard - Structure: 2/5, Examples: 4/5, Motivation: 3/5.")
    assert {weakness.tag for _, weakness in reading.found} == {"answer_structure"}


@pytest.mark.parametrize(
    "text",
    [
        "Great cultural alignment and thoughtful questions.",
        "You didn't rush, your examples were relevant, and you never lost the thread.",
        "There were no gaps in your technical knowledge that worried us.",
        "Nothing to flag - a confident, well-evidenced interview.",
    ],
)
def test_praise_around_topic_words_is_not_a_weakness(text: str) -> None:
    assert identify_weaknesses(text) == []


def test_topic_words_in_other_senses_do_not_count() -> None:
    assert "confidence" not in tags("Couldn't explain confidence intervals.")
    assert "salary_expectations" not in tags("You didn't know how we make money.")


def test_missing_holdout_is_skipped_and_verbose_lists_dev_errors_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    dev = feedback_accuracy.DATA / "feedback_blind_dev.jsonl"
    copy = tmp_path / "holdout.jsonl"
    copy.write_text(dev.read_text(encoding="utf-8"), encoding="utf-8")
    sets = {"dev": (dev,), "holdout_old": (copy,), "holdout": (tmp_path / "missing.jsonl",)}
    monkeypatch.setattr(feedback_accuracy, "SETS", sets)
    results = feedback_accuracy.score_sets()
    assert set(results) == {"dev", "holdout_old", "all"}
    assert results["all"].texts == 2 * results["dev"].texts
    monkeypatch.setattr(sys, "argv", ["feedback_accuracy.py", "-v"])
    feedback_accuracy.main()
    out = capsys.readouterr().out
    assert "skipped: missing.jsonl is missing" in out
    assert "dev errors:" in out
    assert "holdout_old errors:" not in out


# --- General behaviour learnt from the third and fourth writers (each failed before). ---


@pytest.mark.parametrize(
    "text",
    [
        # a negated concern sets aside its subject too
        "They also said not speaking Dutch wasn't an issue at all.",
        "Salary didn't come up, which is fine.",
        "The fact that you haven't worked in retail didn't matter.",
        "Salary was not a factor in the decision.",
        "No concerns whatsoever about not having direct pharma experience.",
        "She had no trouble adapting when we changed the brief.",
        # praise idioms and "too" meaning "also"
        "Your answer about the supplier delays was textbook, nicely done.",
        "They loved the presentation too.",
        "She couldn't have been better prepared for the presentation.",
        "There's nothing I'd change about the presentation.",
        # nerves that passed
        "Slightly nervous at the start but settled quickly.",
        # remarks on the feedback itself and the outcome announced
        "They didn't give any specific feedback, I'm afraid.",
        "I asked if there was anything specific and she said no.",
        "Quick update: didn't get the ops manager role.",
        "Please be assured that this decision does not represent a judgement of your "
        "qualifications.",
        "I think you'll be very competitive next time.",
    ],
)
def test_negation_scope_praise_and_pleasantries(text: str) -> None:
    assert identify_weaknesses(text) == []


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # a negated praise word is criticism
        ("Not great at managing upwards.", "stakeholder_management"),
        # hedges and wishes
        ("The commute from Bristol would be a problem.", "language_or_location"),
        ("He could stand to be a little more succinct.", "conciseness"),
        ("Reports would like more regular 1:1s and clearer priorities.", "leadership"),
        ("The panel's main reservation was how you'd cope when priorities shift.", "adaptability"),
        ("Interpersonal side a bit light.", "soft_skills"),
        # advice that implies a gap
        ("Worth reading the annual report before the next one.", "company_research"),
        ("Worth revisiting the subject knowledge here.", "technical_depth"),
        # the criticism in the next sentence makes this one critical
        (
            "When I asked why you'd leave, you said you were bored. That's a red flag for us.",
            "role_motivation",
        ),
        # families of words: hyphens, idioms, other names for customers and organisations
        ("The presentation felt under-prepared.", "presentation_prep"),
        ("Answers were a bit all over the shop.", "answer_structure"),
        (
            "With the upset caller you went straight to the policy wording rather than "
            "acknowledging what had happened to her.",
            "customer_focus",
        ),
        ("Had not looked into the ward's specialty beforehand.", "company_research"),
        (
            "Asked how he'd handle two supervisors who won't work together: let them sort it out.",
            "conflict_resolution",
        ),
        ("They had a really strong shortlist.", "external_factor"),
        ("A couple of the others were further along in their careers.", "experience_gap"),
        ("Your salary expectations exceed the range for this position.", "salary_expectations"),
        (
            "He jumped straight to a fix without working out where the loss came from.",
            "problem_solving",
        ),
        ('Also lots of "like" and "basically".', "confidence"),
        ("Fundamentals in statistics were shaky.", "technical_depth"),
        ("The answers didn't follow any clear structure.", "answer_structure"),
        ("Comms: meh.", "communication"),
    ],
)
def test_general_language_names_its_tag(text: str, tag: str) -> None:
    assert tag in tags(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a quote of an answer is not a filler word
        ("You said you'd 'just pass it to HR'.", "confidence"),
        # other senses: a recommendation heading, a grade, a retail loss, a project sponsor
        ("Stage: System design | Recommendation: 2 - Leaning no", "presentation_prep"),
        ("Said I should go for the next band 6 that comes up.", "salary_expectations"),
        ("On the shrinkage scenario you jumped straight to more cameras.", "confidence"),
        ("How you'd handle a sponsor who keeps moving the scope.", "language_or_location"),
        ("Couldn't explain how the arm's-length principle works.", "conciseness"),
        # someone else's micromanaging, a meeting called a 1:1
        ("I went off about my current manager, the micromanaging, all of it.", "leadership"),
        ("Let's pick one area to focus on at our next 1:1.", "leadership"),
        # "blanked on X" names X's tag, not nerves
        ("I blanked on questions to ask them at the end.", "confidence"),
        ("I blanked on questions to ask them at the end.", "technical_depth"),
        # the customer's experience is not the person's
        ("Not much on the patient experience in her answers.", "experience_gap"),
        ("Weak on guest experience; everything was about the rota.", "experience_gap"),
    ],
)
def test_words_in_other_senses_do_not_count(text: str, absent: str) -> None:
    assert absent not in tags(text)


def test_scorecard_scores_below_a_stated_pass_mark() -> None:
    text = (
        "Communicating and Influencing: 3\nDelivering at Pace: 5\nWorking Together: 3\n"
        "Behaviours are scored 1 to 7 and the minimum standard for each was 4."
    )
    assert {"communication", "teamwork"} <= tags(text)
    assert "teamwork" not in tags("Working Together: 5\nThe minimum standard was 4.")


def test_a_score_before_a_dash_joins_its_heading() -> None:
    found = tags("Q1 Motivation for post – 2/5: answer focused on getting away from nights.")
    assert "role_motivation" in found
    assert "external_factor" not in tags("Sales Exec – Round 2\nPresence: 4/5")


def test_two_findings_that_would_each_give_way_both_stay() -> None:
    text = (
        "Your Kubernetes knowledge was thin, and in the architecture walkthrough the "
        "non-engineers struggled to follow."
    )
    assert {"technical_depth", "communication"} <= tags(text)


def test_a_take_home_that_ran_out_of_time_is_unfinished_not_long() -> None:
    text = "Take-home review: notebook was incomplete. Candidate said they ran out of time."
    assert tags(text) == {"presentation_prep"}


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # families of wording, not any writer's sentences
        ("When pressed on the estimate, she caved at once and dropped it.", "confidence"),
        (
            "He seemed to prefer things predictable and kept going back to the old rota.",
            "adaptability",
        ),
        ("There were eye-rolls while others presented.", "attitude_professionalism"),
        ("We've gone with someone who has previously run a site of this size.", "experience_gap"),
        (
            "Asked about a mistake she had made, she couldn't come up with one.",
            "learning_from_failure",
        ),
        (
            "He never really weighed the options or explained why he picked that one.",
            "problem_solving",
        ),
        (
            "Most of the answer was about tooling, not the outage we asked about.",
            "answer_relevance",
        ),
        (
            "Interviewers noted you weren't aware of which markets they operate in.",
            "company_research",
        ),
        (
            "He went very silent while working the numbers, so we couldn't follow.",
            "communication",
        ),
        ("Candidate questions: none.", "questions_for_interviewer"),
        ("Group exercise: Developing.", "teamwork"),
        ("The calibre of applicants this round was exceptionally high.", "external_factor"),
        ("Recruitment has been paused across the group.", "external_factor"),
        ("You talked yourself down a lot.", "confidence"),
        ("She kept the client waiting without updates.", "customer_focus"),
        ("He went off on a tangent about his old job instead of the question.", "answer_relevance"),
        ("Answers ran to five or six minutes each.", "conciseness"),
        ("Struggles when procedures change at short notice.", "adaptability"),
        # a gap in knowledge of a subject no other tag names is about depth in the craft
        ("She struggled when asked about load balancing across regions.", "technical_depth"),
        ("In the written test he blanked on the VAT treatment of deposits.", "technical_depth"),
        ("Couldn't answer the follow-up question on torque settings.", "technical_depth"),
        ("Seemed unsure on the difference in curing times for the two resins.", "technical_depth"),
        ("Pharmacology knowledge was a bit limited for a band 6 post.", "technical_depth"),
        # a dispute named by what happens in it
        ("Asked how he'd handle two porters arguing in the corridor: weak.", "conflict_resolution"),
        (
            "No attempt to hear both parties before deciding who was at fault.",
            "conflict_resolution",
        ),
        # winning people over
        (
            "Little sense of how you'd bring the trustees along with the merger.",
            "stakeholder_management",
        ),
        (
            "We need a lead who can keep the franchise owners onside when prices rise.",
            "stakeholder_management",
        ),
        # handing a problem on, and whose decisions they were
        ("Said she would just forward the complaint to her line manager.", "ownership"),
        ("Hard to tell which decisions were his.", "ownership"),
        # a role beyond the person's experience
        ("Running the whole site would be a step too far for now.", "experience_gap"),
        ("Has only ever managed two apprentices.", "experience_gap"),
        # quiet or frightened, said of the person; knowledge never met
        ("Pleasant but very quiet, we had to coax every answer out.", "confidence"),
        ("He looked terrified for the first ten minutes.", "confidence"),
        ("Asked about fire door checks and she had never heard of them.", "technical_depth"),
        ("Couldn't remember the steps of the lockout procedure.", "technical_depth"),
        # answers long in a word, the pay asked for, the wrong end of the stick, a doubt
        # without a reason, more of something under one's belt, a former boss insulted
        ("Answers generally long, needed reining in.", "conciseness"),
        ("The gap between your ask and our range was the main blocker.", "salary_expectations"),
        ("She got the wrong end of the stick on the reporting question.", "answer_relevance"),
        ("Nice guy. Not sure about him.", "culture_fit"),
        ("We went for someone with more site management under their belt.", "experience_gap"),
        ("You told me your last CTO was 'an idiot'.", "attitude_professionalism"),
        ("She's asking 95k and our ceiling for the post is 80k.", "salary_expectations"),
        ("Asked no questions when we opened it up.", "questions_for_interviewer"),
        ("He told us it was only a job until something better came along.", "role_motivation"),
        ("She said she'd wait for her manager to decide.", "ownership"),
        ("Asked about the failed launch, he blamed the agency.", "learning_from_failure"),
        ("He put the overspend down to the suppliers.", "learning_from_failure"),
        ("Your opening story took ages.", "conciseness"),
        ("Went ten minutes over on the case.", "conciseness"),
        ("You got rattled when we changed the brief.", "adaptability"),
        ("They went with someone already in the team.", "external_factor"),
        ("Said he works best on his own.", "teamwork"),
        ("He called his old team 'amateurs'.", "attitude_professionalism"),
        ("Claims to be great with clients but no e.g.", "specific_examples"),
        ("Got gross and net margin mixed up.", "technical_depth"),
        ("She was clear she wouldn't move.", "language_or_location"),
        ("His Spanish is only basic and the role is Madrid-facing.", "language_or_location"),
        ("Hasn't run a budget before.", "experience_gap"),
        ("Couldn't say why nursing.", "role_motivation"),
        ("Forgot to look up their latest acquisition.", "company_research"),
        ("Team attrition is the highest in the region.", "leadership"),
        ("Finance want to be consulted earlier on pricing changes.", "stakeholder_management"),
        ("Rushes customers through the checkout.", "customer_focus"),
        ("Was reluctant to share her templates.", "teamwork"),
        ("The stress calculations had a few errors.", "technical_depth"),
        ("You answered a question nobody had asked.", "answer_relevance"),
        ("Your example wasn't really what we'd asked.", "answer_relevance"),
        ("The answers took the scenic route.", "answer_structure"),
        ("Next time start with the headline.", "answer_structure"),
        ("Very modest about your own results.", "confidence"),
        ("You smiled only once in the hour.", "rapport"),
        ("The director felt he wasn't our kind of person.", "culture_fit"),
        ("Her questions at the end were only about holidays.", "questions_for_interviewer"),
        ("You never explained how the dispute was settled.", "conflict_resolution"),
        ("He recycled the same story twice.", "specific_examples"),
        ("They appointed internally in the end.", "external_factor"),
        ("The post has gone to one of their existing Saturday staff.", "external_factor"),
        ("Main feedback was around leadership.", "leadership"),
    ],
)
def test_general_families_of_wording(text: str, tag: str) -> None:
    assert tag in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        # the writer unable to say more, and the outcome announced, are not weaknesses
        "I'm afraid I can't be more specific than that.",
        "They didn't give any further detail, sorry.",
        "They won't be taking your application forward on this occasion.",
        # negation by "nobody", praise after a cue, a scorecard heading
        "Nobody doubts her commitment to the team.",
        "He apologised sincerely to the customer and fixed it.",
        "Outcome: not this cycle.",
        "Answers ran to about two minutes each, which was ideal.",
        "He handled the new data halfway through calmly and folded it into his analysis.",
        # the letter's own vagueness and its pleasantries
        "I know this isn't the outcome you were hoping for.",
        "Sorry this isn't quite the news you wanted.",
        "I realise that's frustrating without more detail.",
        "The hiring manager didn't give me anything more specific, I'm afraid.",
        "Sorry it's so vague.",
        "There was no concrete reason given.",
        "Honestly I can't point to anything specific.",
        # praise in the negative, and progress
        "Your knowledge of payroll was never in question.",
        "Her Excel skills are not the issue here.",
        "His report writing has improved a lot since March.",
        "It was a very quiet shift when she came in for the trial.",
    ],
)
def test_pleasantries_headings_and_negation_are_not_weaknesses(text: str) -> None:
    assert identify_weaknesses(text) == []


def test_a_quoted_question_before_a_dash_joins_its_verdict() -> None:
    text = "'Tell me about a time you got something wrong' - said he couldn't think of one."
    assert "learning_from_failure" in tags(text)


def test_a_competency_naming_the_question_is_not_the_weakness() -> None:
    found = tags("My answer on the communication question was far too short.")
    assert "conciseness" in found
    assert "communication" not in found


def test_every_cue_is_gated_by_its_openings() -> None:
    # A cue whose matches can start anywhere ("(?:\w+ )?jobs in") is tried at every
    # word of every clause, which costs about a tenth of the time per text: keep the
    # openings bounded (scripts/bench_feedback.py).
    from coach.analysis.feedback import _GATE

    assert _GATE.always == frozenset()


# --- General language read in the spent holdout of writers K to N (each failed before). ---


@pytest.mark.parametrize(
    "text",
    [
        # affirmations of a skill, and praise after or before its topic
        "So, technically they rated you highly, no question there.",
        "Paul's craft skills are not in question.",
        "Your grasp of the lease issues was as good as anyone they've seen at your level.",
        "They said I was great on the technical side.",
        "Your English is totally fine.",
        "Your answer on the warehouse scenario was one of the best they heard.",
        "Lovely example of building trust with a lad who wouldn't speak to staff.",
        # a high score on a scorecard line, whatever words its reason uses
        "Problem solving: 4 - first to spot the transport cost error",
        "Explained p-values correctly and without jargon.",
        "Polite, turned his phone off without being asked.",
        # a reserve list is an outcome, not a reason (every writer labels it so)
        "Outcome: reserve list.",
    ],
)
def test_affirmations_high_scores_and_reserve_lists_are_not_weaknesses(text: str) -> None:
    assert identify_weaknesses(text) == []


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("Problem solving: 4 - but struggled with the estimate", "problem_solving"),
        ("Problem solving: 2 - missed the transport cost error", "problem_solving"),
        ("Stakeholders: 4 but rambled at times", "answer_structure"),
        (
            "A few callers said they were put on hold without being told why, and one of them"
            " complained.",
            "customer_focus",
        ),
    ],
)
def test_a_contrast_or_low_score_keeps_the_criticism(text: str, tag: str) -> None:
    assert tag in tags(text)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        # knowledge missing, named by its kind rather than by the craft's own words
        ("He wasn't aware of the new HACCP rules.", "technical_depth"),
        ("She was unaware of the Care Act duties.", "technical_depth"),
        ("Didn't know what a P&L was.", "technical_depth"),
        ("Confused accruals with prepayments.", "technical_depth"),
        ("She didn't mention the incident form or telling the nurse in charge.", "technical_depth"),
        ("No mention of the missing-from-care protocol or informing on-call.", "technical_depth"),
        # acting before checking
        ("Didn't think to check the prox sensor or the fault log first.", "problem_solving"),
    ],
)
def test_knowledge_named_by_its_kind(text: str, tag: str) -> None:
    assert tag in tags(text)


# Two readings the net (README) got wrong where the rules alone were right: it learned
# "mixed up X and Y" and "not sure what ... wanted" from many trades' texts.
NET_SLIP = pytest.mark.xfail(reason="the net adds a tag the rules did not", strict=True)


@pytest.mark.parametrize(
    "text",
    [
        "You confused the panel with jargon.",
        pytest.param("You mixed up their motor and marine lines.", marks=NET_SLIP),
    ],
)
def test_confusing_people_or_the_company_is_not_technical_depth(text: str) -> None:
    assert "technical_depth" not in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "You spent ages on how unfair your boss was.",
        "She also had a pop at her old manager.",
        "When I asked why you left, you said your manager had it in for you.",
        "You spoke quite scathingly about employers as a group.",
        "I called the doctor there a nightmare to work for.",
        "Moaned about his colleagues for most of the interview.",
    ],
)
def test_running_down_a_boss_or_colleagues(text: str) -> None:
    assert "attitude_professionalism" in tags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The client was a nightmare to work with, and you handled him well.",
        "He complained to the team about the rota, and it got fixed.",
    ],
)
def test_a_difficult_client_or_a_raised_complaint_is_not_running_people_down(text: str) -> None:
    assert "attitude_professionalism" not in tags(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The manager felt I was not really sure what I want.", True),
        ("We weren't sure you'd stay.", True),
        ("They doubted he would stick around.", True),
        pytest.param("I was not sure what you wanted from the task.", False, marks=NET_SLIP),
        ("Not sure what the panel wanted.", False),
    ],
)
def test_unsure_what_the_person_wants_or_whether_they_would_stay(text: str, found: bool) -> None:
    assert ("role_motivation" in tags(text)) is found


def test_evidence_is_in_the_labellers_place_when_it_shares_half_of_it() -> None:
    text = "Great energy. Your answers ran long, and your SQL was weak."
    quotes = ["Your answers ran long"]
    assert feedback_accuracy.same_place(text, "Your answers ran long, and", quotes)
    assert feedback_accuracy.same_place(text, "answers ran", quotes)
    assert not feedback_accuracy.same_place(text, "long, and your SQL was weak", quotes)
    assert not feedback_accuracy.same_place(text, "Great energy", quotes)


def test_the_gate_never_hides_a_match() -> None:
    # The gate runs a cue pattern only where the text holds one of its possible openings
    # (keyed on up to six characters); it must find every word start where it matches.
    from coach.analysis import _feedback_cues, _text
    from coach.analysis.feedback import _DEFICIT_SOURCE, _GATE

    sources = {**_feedback_cues.SOURCES, "deficit": _DEFICIT_SOURCE}
    patterns = {name: _text.compile_fast(source) for name, source in sources.items()}
    rows = feedback_accuracy.load_set("dev")[::8]
    for row in rows:
        norm = _text.normalise(str(row["text"]))
        where = _GATE.positions(norm)
        for opening in _text._OPENING.finditer(norm):
            pos = opening.start()
            if not _text.starts_word(norm, pos):
                continue
            for name, pattern in patterns.items():
                if name not in _GATE.always and pattern.match(norm, pos):
                    assert pos in where.get(name, ()), (row["id"], name, norm[pos : pos + 30])


def test_to_the_rules_couldnt_answer_is_not_knowing() -> None:
    # "didn't answer the question" is relevance; "couldn't answer" is a gap in knowledge
    reading = read("He couldn't answer the question about the pump curves.")
    assert {w.tag for _, w in reading.found} == {"technical_depth"}


def test_progress_that_is_not_enough_still_counts() -> None:
    assert "technical_depth" in tags("Her SQL has improved but is still not where it needs to be.")
