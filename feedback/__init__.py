"""Co-production Feedback: surveys, themes and "You said, we did" for a SEND partnership."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from flask import Flask
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from werkzeug.routing import IntegerConverter

from feedback.config import load_config
from feedback.extensions import csrf, db, login_manager, migrate
from feedback.security.limits import init_limits

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class IdConverter(IntegerConverter):
    """`<int:…>` in routes: an id that fits an integer column, so a larger one is a 404.

    `<bigid:…>` is for the tables with big ids (responses, answers and their analyses).
    """

    largest = 2**31 - 1

    def __init__(self, url_map, *args, **kwargs) -> None:
        kwargs.setdefault("max", self.largest)
        super().__init__(url_map, *args, **kwargs)


class BigIdConverter(IdConverter):
    """`<bigid:…>`: an id that fits a big integer column."""

    largest = 2**63 - 1


MIGRATIONS = PROJECT_ROOT / "migrations"


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app from `FEEDBACK_*` environment variables, with `config` taking precedence."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(load_config(overrides=config, instance_path=app.instance_path))
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    _configure_templates(app)
    _init_extensions(app)
    app.url_map.converters.update(int=IdConverter, bigid=BigIdConverter)
    _register_blueprints(app)
    init_limits(app)  # after the blueprints: it wraps their views
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
    from feedback import i18n, models, security  # noqa: F401  (models registers the tables)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS), render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    security.init_app(app)
    i18n.init_app(app)


def _register_blueprints(app: Flask) -> None:
    from feedback import (
        actions,
        analysis,
        api,
        auth,
        cli,
        coproduction,
        dashboard,
        errors,
        exports,
        groups,
        imports,
        kpis,
        languages,
        manage,
        notify,
        paper,
        pictures,
        privacy,
        published,
        rates,
        reports,
        respond,
        resume,
        reviews,
        scorecard,
        settings,
        users,
        web,
        yousaid,
    )
    from feedback.groups import public as group_invitations

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
        reviews,
        groups,
        coproduction,
        scorecard,
        actions,
        yousaid,
        notify,
        privacy,
        dashboard,
        users,
        paper,
        resume,
        languages,
        pictures,
        cli,
        group_invitations,
    ):
        module.init_app(app)
