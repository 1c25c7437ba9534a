"""Site-wide plumbing: the GOV.UK Frontend assets, template globals and database pragmas."""

from __future__ import annotations

from pathlib import Path

from flask import Flask, send_from_directory
from sqlalchemy import event

from feedback.extensions import db
from feedback.models import Role
from surveys.types import get_type

SERVICE_NAME = "Co-production Feedback"


def vendor_path(app: Flask) -> Path:
    """Where `scripts/setup` copies the npm packages' built files (git ignores it)."""
    return Path(app.static_folder) / "vendor"


def init_app(app: Flask) -> None:
    """Serve GOV.UK Frontend's fonts and images at /assets, as its CSS expects."""

    @app.route("/assets/<path:filename>")
    def govuk_assets(filename: str):
        return send_from_directory(vendor_path(app) / "govuk" / "assets", filename, max_age=86400)

    app.jinja_env.globals.update(
        service_name=SERVICE_NAME, navigation_items=navigation_items, question_type=get_type
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
    items = [
        ("Surveys", "manage.surveys"),
        ("KPIs", "kpis.register"),
        ("Settings", "settings.index"),
    ]
    if current_user.role in (Role.ADMIN, Role.OFFICER):
        items.insert(1, ("Comments", "analysis.comments"))
    links = [
        {
            "href": url_for(endpoint),
            "text": text,
            "active": request.blueprint == endpoint.split(".")[0],
        }
        for text, endpoint in items
    ]
    links.append({"href": url_for("auth.logout"), "text": "Sign out"})
    return links
