"""Rehearsal forms: the answer, its transcript, the rubric, timers and mock interviews."""

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    Field,
    HiddenField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional, ValidationError

from coach.analysis.rubric import RUBRIC, SCORES
from coach.forms import lenient_float, no_nul

MAX_ANSWER_CHARS = 20_000
ANSWER_LENGTH = Length(
    max=MAX_ANSWER_CHARS, message=f"Keep the answer under {MAX_ANSWER_CHARS:,} characters."
)
THINK_RANGE = (0, 300)
ANSWER_RANGE = (30, 900)
DEFAULT_THINK, DEFAULT_ANSWER = 30, 120
MOCK_SIZES = (1, 10)


def answer_field(label: str) -> TextAreaField:
    return TextAreaField(label, validators=[ANSWER_LENGTH, no_nul])


def seconds_field(label: str, bounds: tuple[int, int], default: int) -> IntegerField:
    low, high = bounds
    return IntegerField(
        label,
        default=default,
        validators=[
            InputRequired(message=f"Enter a number of seconds from {low} to {high}."),
            NumberRange(low, high, message=f"Choose from {low} to {high} seconds."),
        ],
    )


class TimerForm(FlaskForm):
    """The rehearse page's timer settings, sent by GET (no CSRF: it changes nothing)."""

    class Meta:
        csrf = False

    think = seconds_field("Thinking time (seconds)", THINK_RANGE, DEFAULT_THINK)
    answer = seconds_field("Answer time (seconds)", ANSWER_RANGE, DEFAULT_ANSWER)


class AnswerForm(FlaskForm):
    """An answer: typed text (or a transcript) and an optional recording."""

    text = answer_field("Your answer (Markdown), or a transcript of your recording")
    audio = FileField("Or choose a recording (WebM, Ogg, MP4 or WAV)")
    audio_duration = HiddenField(filters=[lenient_float])
    answer_seconds = HiddenField(filters=[lenient_float])
    target_seconds = HiddenField(default=str(DEFAULT_ANSWER))

    def target(self) -> int:
        """The answer time the timer was set to, within bounds (a hidden field can lie)."""
        low, high = ANSWER_RANGE
        seconds = lenient_float(self.target_seconds.data)
        return int(min(max(seconds or DEFAULT_ANSWER, low), high))


class TranscriptForm(FlaskForm):
    text = answer_field("Transcript or answer text (Markdown)")


def score_field(line, required: bool = True) -> RadioField:
    """One rubric line as radio buttons from 1 to 5 (the reviewer may leave it out)."""
    message = f"Score {line.label.lower()} from 1 to 5."
    return RadioField(
        line.label,
        choices=[SelectChoice(str(n)) for n in SCORES],
        validators=[InputRequired(message=message) if required else Optional()],
    )


class ScoreForm(FlaskForm):
    """The rubric: one score from 1 to 5 per line."""

    structure = score_field(RUBRIC[0])
    specificity = score_field(RUBRIC[1])
    relevance = score_field(RUBRIC[2])
    conciseness = score_field(RUBRIC[3])
    confidence = score_field(RUBRIC[4])

    @classmethod
    def of(cls, attempt) -> "ScoreForm":
        """The form showing an attempt's scores so far."""
        scored = {key: str(value) for key, value in attempt.scores.items() if value is not None}
        return cls(formdata=None, data=scored)

    def scores(self) -> dict[str, int]:
        return {line.key: int(self[line.key].data) for line in RUBRIC}


class MockForm(FlaskForm):
    """Start a mock interview: where the questions come from, how many, and the timers."""

    source = SelectField("Questions from", validate_choice=False)
    size = IntegerField(
        "Number of questions",
        default=5,
        validators=[
            InputRequired(message="Choose from 1 to 10 questions."),
            NumberRange(*MOCK_SIZES, message="Choose from 1 to 10 questions."),
        ],
    )
    think = seconds_field("Thinking time per question (seconds)", THINK_RANGE, DEFAULT_THINK)
    answer = seconds_field("Answer time per question (seconds)", ANSWER_RANGE, DEFAULT_ANSWER)

    def validate_source(self, field: Field) -> None:
        if field.data not in {choice.value for choice in field.choices or []}:
            raise ValidationError("Choose your priorities or one of your practice sets.")
