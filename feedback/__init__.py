"""Co-production Feedback: surveys, themes and "You said, we did" for a SEND partnership."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader

from feedback.config import load_config
from feedback.extensions import csrf, db, login_manager, migrate

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = PROJECT_ROOT / "migrations"


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app from `FEEDBACK_*` environment variables, with `config` taking precedence."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(load_config(overrides=config, instance_path=app.instance_path))
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    _configure_templates(app)
    _init_extensions(app)
    _register_blueprints(app)
    return app


def _configure_templates(app: Flask) -> None:
    app.jinja_loader = ChoiceLoader(
        [
            FileSystemLoader(Path(app.root_path) / "templates"),
            PrefixLoader(
                {
                    "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
                    "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
                }
            ),
        ]
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    app.jinja_env.add_extension("jinja2.ext.do")
    WTFormsHelpers(app)


def _init_extensions(app: Flask) -> None:
    from feedback import models  # noqa: F401  (registers the tables)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS), render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)


def _register_blueprints(app: Flask) -> None:
    from feedback import (
        analysis,
        api,
        auth,
        cli,
        errors,
        exports,
        imports,
        kpis,
        manage,
        published,
        rates,
        reports,
        respond,
        settings,
        web,
    )

    for module in (
        web,
        errors,
        auth,
        manage,
        respond,
        published,
        settings,
        analysis,
        reports,
        rates,
        kpis,
        imports,
        exports,
        api,
        cli,
    ):
        module.init_app(app)
