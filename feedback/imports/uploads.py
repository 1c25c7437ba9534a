"""Uploaded files kept between the upload, the preview and the import.

A file is saved under a random name in `IMPORT_UPLOAD_FOLDER` (by default `imports/` in the
instance folder), beside a small JSON note of its survey, uploader, file name, channel and column
choices. Only the random name goes in the uploader's session, so no response data is ever in a
web address or a cookie. A file is deleted once imported or cancelled, and in any case an hour
after upload (checked at every upload).
"""

from __future__ import annotations

import json
import re
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app, session

from feedback.models import Channel

LIFETIME_SECONDS = 60 * 60
SESSION_KEY = "response_imports"
TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


@dataclass
class Upload:
    """A file waiting to be imported into one survey by the staff member who uploaded it."""

    token: str
    survey_id: int
    user_id: int
    filename: str
    channel: Channel
    choices: dict[int, str] = field(default_factory=dict)

    @property
    def content(self) -> bytes:
        """The file as uploaded."""
        return _path(self.token, ".csv").read_bytes()

    def save(self) -> None:
        """Write the note of this upload (its choices may have changed)."""
        note = {
            "survey_id": self.survey_id,
            "user_id": self.user_id,
            "filename": self.filename,
            "channel": self.channel.value,
            "choices": {str(field_id): key for field_id, key in self.choices.items()},
        }
        _private_write(_path(self.token, ".json"), json.dumps(note).encode())


def _folder() -> Path:
    """`IMPORT_UPLOAD_FOLDER` if set, else `imports/` in the instance folder."""
    configured = current_app.config.get("IMPORT_UPLOAD_FOLDER")
    folder = Path(configured) if configured else Path(current_app.instance_path) / "imports"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _path(token: str, suffix: str) -> Path:
    return _folder() / f"{token}{suffix}"


def _private_write(path: Path, content: bytes) -> None:
    path.touch(mode=0o600)
    path.write_bytes(content)


def _tokens() -> dict[str, str]:
    return dict(session.get(SESSION_KEY, {}))


def discard_stale_uploads() -> None:
    """Delete every kept file uploaded more than an hour ago, by anyone."""
    cutoff = time.time() - LIFETIME_SECONDS
    for path in _folder().iterdir():
        if path.suffix in {".csv", ".json"} and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)


def discard_upload(upload: Upload) -> None:
    """Delete an upload's file and note, and forget it in the session."""
    for suffix in (".csv", ".json"):
        _path(upload.token, suffix).unlink(missing_ok=True)
    tokens = _tokens()
    tokens.pop(str(upload.survey_id), None)
    session[SESSION_KEY] = tokens


def current_upload(survey_id: int, user_id: int) -> Upload | None:
    """This session's upload for `survey_id`, if it was made by `user_id` within the hour."""
    token = _tokens().get(str(survey_id), "")
    if not TOKEN.fullmatch(token):
        return None
    content_path, note_path = _path(token, ".csv"), _path(token, ".json")
    if not (content_path.exists() and note_path.exists()):
        return None
    if content_path.stat().st_mtime < time.time() - LIFETIME_SECONDS:
        return None
    note = json.loads(note_path.read_text())
    if note["survey_id"] != survey_id or note["user_id"] != user_id:
        return None
    return Upload(
        token=token,
        survey_id=survey_id,
        user_id=user_id,
        filename=note["filename"],
        channel=Channel(note["channel"]),
        choices={int(field_id): key for field_id, key in note["choices"].items()},
    )


def keep_upload(
    survey_id: int, user_id: int, filename: str, channel: Channel, content: bytes
) -> Upload:
    """Keep an uploaded file for the preview, replacing this session's earlier one."""
    discard_stale_uploads()
    earlier = current_upload(survey_id, user_id)
    if earlier is not None:
        discard_upload(earlier)
    upload = Upload(secrets.token_urlsafe(32), survey_id, user_id, filename, channel)
    _private_write(_path(upload.token, ".csv"), content)
    upload.save()
    session[SESSION_KEY] = _tokens() | {str(survey_id): upload.token}
    return upload
