"""Export pages (JSON download, Markdown report) and the import form."""

from flask import Response, current_app, flash, redirect, render_template, url_for
from flask_login import current_user

from coach.account_data import bp, services
from coach.account_data.forms import ImportForm
from coach.account_data.schema import DocumentError
from coach.debrief.services import local_today


def _download(body: bytes | str, mimetype: str, extension: str) -> Response:
    filename = f"coach-export-{local_today(current_user).isoformat()}.{extension}"
    response = Response(body, mimetype=mimetype)
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/account/export.json")
def export_json():
    return _download(services.export_json(current_user), "application/json", "json")


@bp.get("/account/export.md")
def export_markdown():
    report = services.export_markdown(current_user)
    return _download(report, "text/markdown; charset=utf-8", "md")


@bp.route("/account/import", methods=["GET", "POST"])
def import_data():
    form = ImportForm()
    if form.validate_on_submit():
        try:
            result = services.import_and_commit(current_user, form.file.data.read())
        except DocumentError as error:
            form.file.errors.append(f"Nothing was imported. {error.message}")
        else:
            flash(result.summary(), "success")
            return redirect(url_for("auth.account"))
    status = 400 if form.is_submitted() else 200
    return _page(form), status


@bp.errorhandler(413)
def too_large(_error):
    form = ImportForm(formdata=None)
    form.file.errors = [
        f"Nothing was imported: the file is larger than {_limit()}, the most this page "
        "accepts. An administrator can import it with flask --app coach import."
    ]
    return _page(form), 413


def _limit() -> str:
    """The largest upload the app accepts, for people."""
    limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):.0f} MB"
    return f"{max(1, limit // 1024)} KB"


def _page(form: ImportForm):
    return render_template("account_data/import.html", form=form, limit=_limit())
