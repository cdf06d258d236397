"""Peer-review forms: inviting a reviewer, extending, and the reviewer's review."""

from flask_wtf import FlaskForm
from wtforms import (
    IntegerField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from coach.analysis.rubric import RUBRIC
from coach.forms import no_nul, strip
from coach.rehearse.forms import score_field

DAYS = (1, 60)
DAYS_MESSAGE = f"Choose from {DAYS[0]} to {DAYS[1]} days."
COMMENT_LENGTH = Length(max=5000, message="Keep the comment under 5,000 characters.")


def days_field(label: str, default: int) -> IntegerField:
    return IntegerField(
        label,
        default=default,
        validators=[InputRequired(message=DAYS_MESSAGE), NumberRange(*DAYS, message=DAYS_MESSAGE)],
    )


class AttemptChoice(SelectMultipleField):
    """Checkboxes of attempts, by id."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class InvitationForm(FlaskForm):
    attempts = AttemptChoice("Answers to share", coerce=int, validate_choice=False)
    reviewer_name = StringField(
        "Reviewer's name (optional)",
        filters=[strip],
        validators=[Length(max=80, message="Keep the name under 80 characters."), no_nul],
    )
    note = TextAreaField(
        "A note for the reviewer (optional, Markdown)",
        validators=[Length(max=2000, message="Keep the note under 2,000 characters."), no_nul],
    )
    days = days_field("The link works for (days)", 14)

    def validate_attempts(self, field) -> None:
        offered = {choice.value for choice in field.choices or []}
        if not field.data:
            raise ValidationError("Choose at least one answer to share.")
        if not set(field.data) <= offered:
            raise ValidationError("Choose answers from the list.")


class ExtendForm(FlaskForm):
    days = days_field("Extend by (days)", 14)


class ReviewForm(FlaskForm):
    """A reviewer's scores (each optional) and comment on one answer."""

    comment = TextAreaField("Your comment (Markdown)", validators=[COMMENT_LENGTH, no_nul])
    structure = score_field(RUBRIC[0], required=False)
    specificity = score_field(RUBRIC[1], required=False)
    relevance = score_field(RUBRIC[2], required=False)
    conciseness = score_field(RUBRIC[3], required=False)
    confidence = score_field(RUBRIC[4], required=False)

    def scores(self) -> dict[str, int | None]:
        return {
            line.key: int(self[line.key].data) if self[line.key].data else None for line in RUBRIC
        }

    def validate(self, extra_validators=None) -> bool:
        if not super().validate(extra_validators):
            return False
        if not (self.comment.data or "").strip() and not any(self.scores().values()):
            self.comment.errors = ["Score at least one line or write a comment."]
            return False
        return True


class OverallForm(FlaskForm):
    comment = TextAreaField(
        "Overall comment (Markdown; leave empty to remove it)",
        validators=[COMMENT_LENGTH, no_nul],
    )
