"""Debrief forms: applications, stages, feedback, findings and quick capture."""

from flask_login import current_user
from flask_wtf import FlaskForm
from wtforms import (
    DateField,
    Field,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, InputRequired, Length, Optional, ValidationError

from coach.analysis.taxonomy import GROUPS, SOURCE_KINDS, STAGES, TAGS
from coach.debrief.services import APPLICATION_FIELDS, STAGE_FIELDS, local_today
from coach.forms import no_nul, strip
from coach.models import OUTCOMES

DATE_MESSAGE = "Enter the date as YYYY-MM-DD, for example 2025-03-14."
TEXT_LIMIT = Length(max=20_000, message="Keep this under 20,000 characters.")
NOTE_LIMIT = Length(max=5_000, message="Keep this under 5,000 characters.")
RATINGS = [
    ("", "Not rated"),
    ("1", "1: went badly"),
    ("2", "2: below what I can do"),
    ("3", "3: fair"),
    ("4", "4: good"),
    ("5", "5: went very well"),
]
STANDALONE_KINDS = ("appraisal", "mock", "self")


def not_in_future(form: FlaskForm, field: Field) -> None:
    """Refuse dates after today in the user's time zone."""
    if field.data and field.data > local_today(current_user):
        raise ValidationError("The date cannot be in the future.")


def options(pairs) -> list[SelectChoice]:
    """Select choices from (value, label) pairs or a {value: label} mapping."""
    items = pairs.items() if isinstance(pairs, dict) else pairs
    return [SelectChoice(value, label) for value, label in items]


def one_of(choices: dict[str, str] | list[tuple[str, str]], message: str):
    """A choice validator with a clear message (WTForms says only "Not a valid choice")."""
    allowed = {key for key, _ in (choices.items() if isinstance(choices, dict) else choices)}

    def check(form: FlaskForm, field: Field) -> None:
        if field.data not in allowed:
            raise ValidationError(message)

    return check


def day_field(label: str, required: bool = False) -> DateField:
    presence = InputRequired(message="Enter a date.") if required else Optional()
    return DateField(
        label, validators=[presence, not_in_future], invalid_value_message=DATE_MESSAGE
    )


def tag_choices() -> list[SelectChoice]:
    """Every tag, grouped for a select's optgroups."""
    return [
        SelectChoice(slug, tag.label, optgroup=group.capitalize())
        for group in GROUPS
        for slug, tag in TAGS.items()
        if tag.group == group
    ]


class ApplicationForm(FlaskForm):
    company = StringField(
        "Company", filters=[strip], validators=[DataRequired(), Length(max=120), no_nul]
    )
    role_title = StringField("Role title", filters=[strip], validators=[Length(max=120), no_nul])
    keywords = StringField("Search keywords", filters=[strip], validators=[Length(max=300), no_nul])
    applied_on = day_field("Date applied")
    outcome = SelectField(
        "Outcome",
        choices=options(OUTCOMES),
        validate_choice=False,
        validators=[one_of(OUTCOMES, "Choose one of the outcomes.")],
    )
    day_to_day = TextAreaField(
        "Could you see yourself doing it day to day?", validators=[NOTE_LIMIT, no_nul]
    )
    not_exciting = TextAreaField("What did not excite you?", validators=[NOTE_LIMIT, no_nul])

    def values(self) -> dict[str, object]:
        """The application's fields, for the service."""
        return {name: self[name].data for name in APPLICATION_FIELDS}


class StageForm(FlaskForm):
    kind = SelectField(
        "Stage",
        choices=options(STAGES),
        validate_choice=False,
        validators=[one_of(STAGES, "Choose one of the stages.")],
    )
    held_on = day_field("Date")
    self_rating = RadioField(
        "How did it go? (self-rating)",
        choices=options(RATINGS),
        default="",
        validate_choice=False,
        validators=[one_of(RATINGS, "Choose a rating from 1 to 5, or Not rated.")],
    )
    went_well = TextAreaField("What went well", validators=[NOTE_LIMIT, no_nul])
    do_differently = TextAreaField("What to do differently", validators=[NOTE_LIMIT, no_nul])

    def __init__(self, *args, application=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.application = application

    def validate_held_on(self, field: DateField) -> None:
        applied = self.application.applied_on if self.application else None
        if field.data and applied and field.data < applied:
            raise ValidationError(
                f"The stage cannot be before the application date ({applied.isoformat()})."
            )

    def values(self) -> dict[str, object]:
        """The stage's fields, for the service: the rating as a number or None."""
        values = {name: self[name].data for name in STAGE_FIELDS}
        values["self_rating"] = int(self.self_rating.data) if self.self_rating.data else None
        return values


class FeedbackForm(FlaskForm):
    application_id = SelectField("Application", validate_choice=False)
    stage_id = SelectField("Stage (optional)", validate_choice=False)
    source_kind = SelectField(
        "Source",
        choices=options(SOURCE_KINDS),
        validate_choice=False,
        validators=[one_of(SOURCE_KINDS, "Choose where the feedback came from.")],
    )
    received_on = day_field("Date received", required=True)
    text = TextAreaField(
        "Feedback", filters=[strip], validators=[DataRequired(), TEXT_LIMIT, no_nul]
    )

    def __init__(self, *args, applications=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.application_id.choices = options(
            [("", "None: standalone (appraisal, mock, self)")]
            + [(str(app.id), app.title) for app in applications]
        )
        self.stage_id.choices = options(
            [("", "No particular stage")]
            + [
                (str(s.id), f"{app.title}: {s.kind_label}")
                for app in applications
                for s in app.stages
            ]
        )
        self._applications = {str(app.id): app for app in applications}
        self._stages = {str(s.id): s for app in applications for s in app.stages}

    def validate_application_id(self, field: SelectField) -> None:
        if field.data and field.data not in self._applications:
            raise ValidationError("Choose one of your applications.")

    def validate_stage_id(self, field: SelectField) -> None:
        if not field.data:
            return
        stage = self._stages.get(field.data)
        if stage is None:
            raise ValidationError("Choose one of your stages.")
        if str(stage.application_id) != self.application_id.data:
            raise ValidationError("That stage belongs to another application.")

    def validate_source_kind(self, field: SelectField) -> None:
        if not self.application_id.data and field.data not in STANDALONE_KINDS:
            raise ValidationError(
                "Feedback from a recruiter or interviewer belongs to an application: "
                "choose one above, or use Paste feedback to create it."
            )

    def values(self) -> dict[str, object]:
        """The feedback's fields, for the service: the application and stage as records."""
        return {
            "application": self._applications.get(self.application_id.data),
            "stage": self._stages.get(self.stage_id.data),
            "source_kind": self.source_kind.data,
            "received_on": self.received_on.data,
            "text": self.text.data,
        }


class QuickCaptureForm(FlaskForm):
    company = StringField(
        "Company", filters=[strip], validators=[DataRequired(), Length(max=120), no_nul]
    )
    text = TextAreaField(
        "Feedback", filters=[strip], validators=[DataRequired(), TEXT_LIMIT, no_nul]
    )
    source_kind = SelectField(
        "Who sent it",
        choices=options(SOURCE_KINDS),
        default="recruiter",
        validate_choice=False,
        validators=[one_of(SOURCE_KINDS, "Choose where the feedback came from.")],
    )


class AddFindingForm(FlaskForm):
    tag = SelectField("Add a weakness", validate_choice=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.tag.choices = tag_choices()

    def validate_tag(self, field: SelectField) -> None:
        if field.data not in TAGS:
            raise ValidationError("Choose one of the weaknesses in the list.")
