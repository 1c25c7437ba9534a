"""The app as gunicorn serves it in the reliability tests: CSRF on, rate limits off.

`gunicorn 'tests.reliability.served_app:build()'` reads the database from
`RELIABILITY_DATABASE_URL`. Rate limits are off because every simulated respondent comes from
127.0.0.1; everything else (CSRF, sessions, drafts) is as in production.
"""

from __future__ import annotations

import os

from flask import Flask

from feedback import create_app


def build() -> Flask:
    """The app on `RELIABILITY_DATABASE_URL`, as a test server."""
    return create_app(
        {
            "ENV": "testing",
            "SECRET_KEY": "reliability-secret-key",
            "SQLALCHEMY_DATABASE_URI": os.environ["RELIABILITY_DATABASE_URL"],
            "WTF_CSRF_ENABLED": True,
            "RATELIMIT_ENABLED": False,
        }
    )
