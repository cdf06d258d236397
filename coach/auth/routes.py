"""Account pages."""

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from coach.auth import bp, services
from coach.auth.forms import (
    DeleteAccountForm,
    LoginForm,
    PasswordForm,
    ProfileForm,
    RegisterForm,
)
from coach.extensions import db, limiter


def _login_key() -> str:
    """Rate-limit key for one account: the email being tried."""
    return "login:" + (request.form.get("email") or "").strip().lower()


def _safe_next() -> str:
    target = request.args.get("next", "")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for("main.landing")


@bp.route("/register", methods=["GET", "POST"])
def register():
    if current_user.is_authenticated:
        return redirect(url_for("main.landing"))
    if not current_app.config["REGISTRATION_OPEN"]:
        if request.method == "POST":
            abort(403)
        return render_template("auth/registration_closed.html")
    form = RegisterForm()
    if form.validate_on_submit():
        user = services.register_user(
            form.email.data, form.display_name.data, form.password.data, form.timezone.data
        )
        db.session.commit()
        login_user(user)
        flash(f"Welcome, {user.display_name}. Your account is ready.", "success")
        return redirect(url_for("main.landing"))
    return render_template("auth/register.html", form=form)


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_LIMIT_PER_IP"], methods=["POST"])
@limiter.limit(
    lambda: current_app.config["LOGIN_LIMIT_PER_ACCOUNT"], key_func=_login_key, methods=["POST"]
)
def login():
    if current_user.is_authenticated:
        return redirect(url_for("main.landing"))
    form = LoginForm()
    if form.validate_on_submit():
        user = services.authenticate(form.email.data, form.password.data)
        if user is not None:
            login_user(user, remember=form.remember.data)
            return redirect(_safe_next())
        flash("That email and password do not match an account.", "error")
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    logout_user()
    session.clear()  # nothing of the owner's stays in the cookie (a new review link)
    flash("You are logged out.", "info")
    return redirect(url_for("main.landing"))


@bp.route("/account", methods=["GET", "POST"])
@login_required
def account():
    profile = ProfileForm(obj=current_user)
    if profile.validate_on_submit():
        profile.populate_obj(current_user)
        db.session.commit()
        flash("Your settings are saved.", "success")
        return redirect(url_for("auth.account"))
    return _account_page(profile=profile)


@bp.post("/account/password")
@login_required
def change_password():
    form = PasswordForm()
    if form.validate_on_submit():
        if current_user.check_password(form.current_password.data):
            services.change_password(current_user, form.new_password.data)
            db.session.commit()
            login_user(current_user)  # this session carries the new session token
            flash("Password changed. Your other sessions have been logged out.", "success")
            return redirect(url_for("auth.account"))
        form.current_password.errors.append("That is not your current password.")
    return _account_page(password=form), 400


@bp.post("/account/delete")
@login_required
def delete_account():
    form = DeleteAccountForm()
    if form.validate_on_submit():
        if current_user.check_password(form.password.data):
            user_id = current_user.id
            services.delete_account(current_user)
            db.session.commit()
            services.remove_user_files(user_id)
            logout_user()
            session.clear()
            flash("Your account and all its data have been deleted.", "info")
            return redirect(url_for("main.landing"))
        form.password.errors.append("That is not your password.")
    return _account_page(delete=form), 400


def _account_page(**forms):
    forms.setdefault("profile", ProfileForm(obj=current_user, formdata=None))
    forms.setdefault("password", PasswordForm(formdata=None))
    forms.setdefault("delete", DeleteAccountForm(formdata=None))
    return render_template("auth/account.html", **forms)
