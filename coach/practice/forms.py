"""Practice forms: own questions, plans, plan actions and drill grades."""

from flask_wtf import FlaskForm
from wtforms import (
    DateField,
    Field,
    HiddenField,
    IntegerField,
    SelectChoice,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)
from wtforms.widgets import CheckboxInput, ListWidget

from coach.analysis.scheduling import GRADES
from coach.analysis.selection import DEFAULT_SET_SIZE
from coach.analysis.taxonomy import CHANGEABLE, GROUPS, STAGES, TAGS
from coach.forms import no_nul, strip
from coach.practice.models import QUESTION_SOURCES

MIN_SET_SIZE, MAX_SET_SIZE = 3, 20
SIZE_MESSAGE = f"Choose between {MIN_SET_SIZE} and {MAX_SET_SIZE} questions."
DATE_MESSAGE = "Enter the date as YYYY-MM-DD, for example 2025-03-14."


def choices(pairs) -> list[SelectChoice]:
    """Select choices from (value, label) pairs or a {value: label} mapping."""
    items = pairs.items() if isinstance(pairs, dict) else pairs
    return [SelectChoice(value, label) for value, label in items]


def changeable_tag_choices() -> list[tuple[str, str]]:
    """Changeable tags as (slug, label), in taxonomy order, group by group."""
    return [
        (slug, tag.label)
        for group in GROUPS
        for slug, tag in TAGS.items()
        if tag.group == group and tag.changeable
    ]


def check_tags(form: FlaskForm, field: Field) -> None:
    """Every tag must be known and changeable, with a message that says which is not."""
    for slug in field.data or []:
        if slug not in TAGS:
            raise ValidationError(f"There is no skill called {slug!r}. Choose from the list.")
        if slug not in CHANGEABLE:
            raise ValidationError(
                f"{TAGS[slug].label} is not something practice can change. Tag the question "
                "with the skill it trains instead, such as Role motivation or Confidence."
            )


def check_stages(form: FlaskForm, field: Field) -> None:
    for slug in field.data or []:
        if slug not in STAGES:
            raise ValidationError(f"There is no stage called {slug!r}. Choose from the list.")


class MultiCheckboxField(SelectMultipleField):
    """Checkboxes for a multiple choice; values are validated by our own validators."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class OwnQuestionForm(FlaskForm):
    text = TextAreaField(
        "Question",
        filters=[strip],
        validators=[
            DataRequired(message="Write the question."),
            Length(max=1000, message="Keep the question under 1,000 characters."),
            no_nul,
        ],
    )
    tags = MultiCheckboxField(
        "Skills it trains",
        choices=choices(changeable_tag_choices()),
        validate_choice=False,
        validators=[check_tags],
    )
    stages = MultiCheckboxField(
        "Stages where it is asked (optional)",
        choices=choices(STAGES),
        validate_choice=False,
        validators=[check_stages],
    )
    source = SelectField(
        "Where it came from", choices=choices(QUESTION_SOURCES), validate_choice=False
    )
    notes = TextAreaField(
        "Notes (optional, Markdown)",
        validators=[Length(max=5000, message="Keep the notes under 5,000 characters."), no_nul],
    )

    def validate_tags(self, field: Field) -> None:
        if not field.data:
            raise ValidationError("Choose at least one skill this question trains.")

    def validate_source(self, field: Field) -> None:
        if field.data not in QUESTION_SOURCES:
            raise ValidationError("Choose where the question came from.")

    def values(self) -> dict[str, object]:
        return {name: self[name].data for name in ("text", "tags", "stages", "source", "notes")}


def size_field() -> IntegerField:
    return IntegerField(
        "Number of questions",
        default=DEFAULT_SET_SIZE,
        validators=[
            InputRequired(message=SIZE_MESSAGE),
            NumberRange(MIN_SET_SIZE, MAX_SET_SIZE, message=SIZE_MESSAGE),
        ],
    )


class BuildPlanForm(FlaskForm):
    size = size_field()


class TagSetForm(FlaskForm):
    tags = MultiCheckboxField(
        "Skills",
        choices=choices(changeable_tag_choices()),
        validate_choice=False,
        validators=[check_tags],
    )
    stage = SelectField(
        "Stage (optional)",
        choices=choices([("", "Any stage"), *STAGES.items()]),
        validate_choice=False,
    )
    size = size_field()

    def validate_tags(self, field: Field) -> None:
        if not field.data:
            raise ValidationError("Choose at least one skill.")

    def validate_stage(self, field: Field) -> None:
        if field.data and field.data not in STAGES:
            raise ValidationError("Choose one of the stages.")


class ActionForm(FlaskForm):
    tag = HiddenField()
    text = TextAreaField(
        "Action",
        filters=[strip],
        validators=[
            DataRequired(message="Describe the action, for example a course or a practice."),
            Length(max=2000, message="Keep the action under 2,000 characters."),
            no_nul,
        ],
    )
    target_date = DateField(
        "Target date (optional)", validators=[Optional()], invalid_value_message=DATE_MESSAGE
    )

    def validate_tag(self, field: Field) -> None:
        if field.data not in TAGS:
            raise ValidationError("Choose one of your priorities for this action.")


class GradeForm(FlaskForm):
    grade = StringField("Grade", validators=[DataRequired()])

    def validate_grade(self, field: Field) -> None:
        if field.data not in GRADES:
            raise ValidationError("Grade the try as Again, Hard, Good or Easy.")
