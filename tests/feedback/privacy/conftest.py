"""The privacy blueprint and the retention command on the test app (until the app registers
them itself, when this does nothing)."""

from __future__ import annotations

import pytest

from feedback import privacy
from feedback.cli.retention import retention_cli


@pytest.fixture
def app(app):
    if "privacy" not in app.blueprints:
        privacy.init_app(app)
    if "retention" not in app.cli.commands:
        app.cli.add_command(retention_cli)
    return app
