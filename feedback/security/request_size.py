"""Request bodies are limited in size: anything larger is refused with 413 before it is used.

The limit is `MAX_CONTENT_LENGTH` (bytes; 25 MB unless configured, so a response import of
`IMPORT_MAX_MB`, 20 MB, still fits with its form). It is never off: with no setting the
default applies. A body sent without a length (chunked) is measured first, because Werkzeug
would otherwise cut it off silently at the limit and the app would use the truncated part.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask, abort, current_app, request
from flask_babel import gettext
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.wsgi import get_content_length

DEFAULT_MAX_BYTES = 25 * 1024 * 1024


def too_large_message() -> str:
    """What a person is told when what they sent is too large."""
    largest = current_app.config.get("IMPORT_MAX_MB", 20)
    return gettext(
        "The file or form you sent is too large. "
        "The largest file you can upload is %(largest)s MB.",
        largest=largest,
    )


def refuse_large_bodies() -> None:
    """Before each request: a body over the limit gets 413 without being read."""
    limit = current_app.config["MAX_CONTENT_LENGTH"]
    if request.content_length is not None and request.content_length > limit:
        abort(RequestEntityTooLarge.code, too_large_message())


class MeasureChunkedBodies:
    """WSGI middleware: give a body sent without a length one, reading at most limit + 1 bytes.

    A body over the limit is replaced by nothing with a length of limit + 1, so the app refuses
    it with 413 like any other; a body within the limit is passed on unchanged, with its length.
    """

    def __init__(self, wsgi_app: Callable, limit: Callable[[], int]) -> None:
        self.wsgi_app = wsgi_app
        self.limit = limit

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        if environ.get("wsgi.input_terminated") and get_content_length(environ) is None:
            limit = self.limit()
            body = environ["wsgi.input"].read(limit + 1)
            if len(body) > limit:
                body = b""
                environ["CONTENT_LENGTH"] = str(limit + 1)
            else:
                environ["CONTENT_LENGTH"] = str(len(body))
            environ.pop("HTTP_TRANSFER_ENCODING", None)
            environ["wsgi.input"] = io.BytesIO(body)
            environ["wsgi.input_terminated"] = False
        return self.wsgi_app(environ, start_response)


def init_request_size(app: Flask) -> None:
    """Apply the limit to every request to `app` (the default if none is configured)."""
    configured = app.config.get("MAX_CONTENT_LENGTH")
    app.config["MAX_CONTENT_LENGTH"] = int(configured) if configured else DEFAULT_MAX_BYTES
    app.wsgi_app = MeasureChunkedBodies(app.wsgi_app, lambda: app.config["MAX_CONTENT_LENGTH"])
    app.before_request(refuse_large_bodies)
