"""Site-wide plumbing: the GOV.UK Frontend assets, template globals and database pragmas."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, send_from_directory
from sqlalchemy import event, text
from sqlalchemy.exc import SQLAlchemyError

from feedback.auth.permissions import home_endpoint
from feedback.extensions import db
from feedback.models import Role
from surveys.types import get_type

SERVICE_NAME = "Co-production Feedback"
ACCOUNT_ENDPOINTS = ("auth.two_factor", "auth.two_factor_off", "auth.change_password")


def vendor_path(app: Flask) -> Path:
    """Where `scripts/setup` copies the npm packages' built files (git ignores it)."""
    return Path(app.static_folder) / "vendor"


def init_app(app: Flask) -> None:
    """Serve GOV.UK Frontend's fonts and images at /assets, as its CSS expects."""

    @app.route("/healthz")
    def healthz():
        """For load balancers: 200 when the app can reach its database, 503 when it cannot."""
        try:
            db.session.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return "database unavailable", 503, {"Cache-Control": "no-store"}
        return "ok", 200, {"Cache-Control": "no-store"}

    @app.route("/assets/<path:filename>")
    def govuk_assets(filename: str):
        return send_from_directory(vendor_path(app) / "govuk" / "assets", filename, max_age=86400)

    app.jinja_env.globals.update(
        service_name=SERVICE_NAME,
        navigation_items=navigation_items,
        question_type=get_type,
        home_endpoint=home_endpoint,
    )

    with app.app_context():
        if db.engine.dialect.name == "sqlite":
            event.listen(db.engine, "connect", _sqlite_pragmas)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def navigation_items() -> list[dict]:
    """The service navigation: staff links when signed in, nothing extra for the public."""
    from flask import request, url_for
    from flask_login import current_user

    if not current_user.is_authenticated:
        return []
    if current_user.role == Role.MEMBER:
        items = [("Reviews", "reviews.index"), ("Your groups", "groups.index")]
    else:
        items = [
            ("Overview", "dashboard.index"),
            ("Surveys", "manage.surveys"),
            ("Reviews", "reviews.index"),
            ("Actions", "actions.index"),
            ("Pledges", "scorecard.index"),
            ("Groups", "groups.index"),
            ("KPIs", "kpis.register"),
            ("Settings", "settings.index"),
        ]
    if current_user.role in (Role.ADMIN, Role.OFFICER):
        items.insert(2, ("Comments", "analysis.comments"))
    if current_user.role == Role.ADMIN:
        items += [("Users", "users.index"), ("Audit log", "privacy.audit_log")]
    links = [
        {
            "href": url_for(endpoint),
            "text": text,
            "active": request.blueprint == endpoint.split(".")[0],
        }
        for text, endpoint in items
    ]
    links.append(
        {
            "href": url_for("auth.two_factor"),
            "text": "Your account",
            "active": request.endpoint in ACCOUNT_ENDPOINTS,
        }
    )
    links.append({"href": url_for("auth.logout"), "text": "Sign out"})
    return links
