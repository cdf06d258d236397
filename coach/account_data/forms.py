"""The import form: one JSON file, sent with its CSRF token."""

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired


class ImportForm(FlaskForm):
    """Upload an export file made by coach."""

    file = FileField(
        "Export file (coach-export-….json)",
        validators=[FileRequired(message="Choose the export file to import.")],
    )
