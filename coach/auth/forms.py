"""Account forms."""

from zoneinfo import available_timezones

import sqlalchemy as sa
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length, ValidationError

from coach.extensions import db
from coach.forms import no_nul, normalise_email, strip
from coach.models import User

TIMEZONES = sorted(available_timezones() - {"localtime", "Factory"})
PASSWORD_LENGTH = Length(min=8, max=256, message="Use between 8 and 256 characters.")


class RegisterForm(FlaskForm):
    email = EmailField(
        "Email",
        filters=[normalise_email],
        validators=[DataRequired(), no_nul, Email(check_deliverability=False), Length(max=254)],
    )
    display_name = StringField(
        "Display name", filters=[strip], validators=[DataRequired(), Length(max=80), no_nul]
    )
    password = PasswordField("Password", validators=[DataRequired(), PASSWORD_LENGTH])
    confirm = PasswordField(
        "Repeat password",
        validators=[DataRequired(), EqualTo("password", message="The passwords differ.")],
    )
    timezone = SelectField("Time zone", choices=TIMEZONES, default="UTC")

    def validate_email(self, field: EmailField) -> None:
        if field.errors:  # not an address (a NUL, say): no need to look it up
            return
        taken = db.session.scalar(sa.select(User.id).where(User.email == field.data))
        if taken is not None:
            raise ValidationError("An account with this email already exists. Log in instead.")


class LoginForm(FlaskForm):
    email = EmailField(
        "Email", filters=[normalise_email], validators=[DataRequired(), Length(max=254), no_nul]
    )
    password = PasswordField("Password", validators=[DataRequired(), Length(max=256)])
    remember = BooleanField("Keep me logged in on this device")


class ProfileForm(FlaskForm):
    display_name = StringField(
        "Display name", filters=[strip], validators=[DataRequired(), Length(max=80), no_nul]
    )
    timezone = SelectField("Time zone", choices=TIMEZONES)


class PasswordForm(FlaskForm):
    current_password = PasswordField("Current password", validators=[DataRequired()])
    new_password = PasswordField("New password", validators=[DataRequired(), PASSWORD_LENGTH])
    confirm_password = PasswordField(
        "Repeat new password",
        validators=[DataRequired(), EqualTo("new_password", message="The passwords differ.")],
    )


class DeleteAccountForm(FlaskForm):
    password = PasswordField("Your password", validators=[DataRequired()])
    confirm_delete = BooleanField(
        "I understand that all my data will be deleted for good",
        validators=[DataRequired(message="Tick the box to confirm.")],
    )
