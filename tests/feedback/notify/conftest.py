"""Fixtures for the notification tests: a real SMTP server on 127.0.0.1 that keeps what arrives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.feedback.notify.helpers import Inbox, mail_config, running_inbox


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    """A local SMTP server (aiosmtpd) on a free port; its `messages` are what it received."""
    with running_inbox() as server:
        yield server


@pytest.fixture
def app_config(inbox: Inbox) -> dict:
    """The app sends its mail to `inbox`."""
    return mail_config(inbox.port)
