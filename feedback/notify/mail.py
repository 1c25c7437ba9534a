"""Sending email over SMTP with the standard library, set up from the app's config.

Nothing here knows about surveys or actions: `MailSettings` reads the `MAIL_*` settings,
`Postman` sends messages over one connection, and every failure becomes a `MailFailure` whose
reason is safe to store and print (email addresses in it are masked).
"""

from __future__ import annotations

import re
import smtplib
import socket
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any

from flask import current_app

ERROR_MAX = 500
"""The longest failure reason kept: enough for the server's answer, never a whole transcript."""

ADDRESS = re.compile(r"([^\s<>@\"',;:]+)@([^\s<>@\"',;:]+)")


def mask_email(address: str) -> str:
    """An address with its local part hidden, like "j***@example.org"."""
    local, _, domain = address.rpartition("@")
    return f"{local[:1]}***@{domain}" if local else "***"


def mask_addresses(text: str) -> str:
    """`text` with every email address in it masked."""
    return ADDRESS.sub(lambda match: mask_email(match[0]), text)


def _flag(value: Any) -> bool:
    return str(value).strip().lower() in {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class MailSettings:
    """Where and how to send email: the `FEEDBACK_MAIL_*` settings."""

    server: str
    port: int
    username: str
    password: str
    use_tls: bool
    sender: str
    timeout: float

    @property
    def problem(self) -> str:
        """Why email cannot be sent with these settings ("" when it can)."""
        if not self.server:
            return "Email is not set up: FEEDBACK_MAIL_SERVER is empty"
        if not self.sender:
            return "Email is not set up: FEEDBACK_MAIL_FROM is empty"
        return ""

    @property
    def where(self) -> str:
        """The server as people write it, like "smtp.example.org:587"."""
        return f"{self.server}:{self.port}"


def mail_settings() -> MailSettings:
    """The current app's mail settings."""
    config = current_app.config
    return MailSettings(
        server=str(config.get("MAIL_SERVER", "")).strip(),
        port=int(config.get("MAIL_PORT", 25)),
        username=str(config.get("MAIL_USERNAME", "")),
        password=str(config.get("MAIL_PASSWORD", "")),
        use_tls=_flag(config.get("MAIL_USE_TLS", False)),
        sender=str(config.get("MAIL_FROM", "")).strip(),
        timeout=float(config.get("MAIL_TIMEOUT", 10)),
    )


class MailFailure(Exception):
    """A message could not be sent. `unreachable` when no connection could be made at all."""

    def __init__(self, reason: str, unreachable: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unreachable = unreachable


def describe(error: BaseException, settings: MailSettings) -> str:
    """What went wrong, in words, with any email address masked and the length capped."""
    underlying = error.__cause__ or error.__context__
    if isinstance(error, smtplib.SMTPServerDisconnected) and isinstance(underlying, OSError):
        error = underlying  # smtplib reports a timeout waiting for a reply as a disconnection
    if isinstance(error, ConnectionRefusedError):
        text = f"The mail server {settings.where} refused the connection"
    elif isinstance(error, TimeoutError):
        text = f"The mail server {settings.where} did not answer within {settings.timeout:g}s"
    elif isinstance(error, socket.gaierror):
        text = f"The mail server's name {settings.server!r} could not be found"
    elif isinstance(error, smtplib.SMTPAuthenticationError):
        text = f"The mail server did not accept the user name and password ({error.smtp_code})"
    elif isinstance(error, smtplib.SMTPRecipientsRefused):
        text = "The mail server refused the address"
    elif isinstance(error, smtplib.SMTPResponseException):
        message = error.smtp_error
        if isinstance(message, bytes):
            message = message.decode("utf-8", "replace")
        text = f"The mail server answered {error.smtp_code} {message}"
    elif isinstance(error, smtplib.SMTPServerDisconnected):
        text = f"The mail server {settings.where} closed the connection"
    else:
        text = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return mask_addresses(" ".join(text.split()))[:ERROR_MAX]


MAIL_ERRORS = (OSError, smtplib.SMTPException, UnicodeError)
"""What sending can raise: network failures (refused, timeout, TLS) and SMTP refusals."""


class Postman:
    """Sends messages over one SMTP connection, opened when first needed.

    Use as a context manager so the connection is closed. After a failure mid-conversation the
    connection is dropped, and the next message opens a new one.
    """

    def __init__(self, settings: MailSettings) -> None:
        self.settings = settings
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Postman:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._close()

    def send(self, message: EmailMessage) -> None:
        """Send `message`, or raise MailFailure saying why not."""
        smtp = self._smtp or self._connect()
        try:
            smtp.send_message(message)
        except MAIL_ERRORS as error:
            self._close()
            raise MailFailure(describe(error, self.settings)) from error

    def _connect(self) -> smtplib.SMTP:
        settings = self.settings
        smtp = smtplib.SMTP(timeout=settings.timeout)
        try:
            smtp.connect(settings.server, settings.port)
            if settings.use_tls:
                smtp.starttls()
            if settings.username:
                smtp.login(settings.username, settings.password)
        except MAIL_ERRORS as error:
            smtp.close()
            raise MailFailure(describe(error, settings), unreachable=True) from error
        self._smtp = smtp
        return smtp

    def _close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except MAIL_ERRORS:
            smtp.close()


def compose(
    settings: MailSettings,
    to: str,
    subject: str,
    body: str,
    unsubscribe_url: str,
) -> EmailMessage:
    """A plain-text email with one-click unsubscribe headers (RFC 2369 and RFC 8058)."""
    message = EmailMessage()
    message["From"] = settings.sender
    message["To"] = to
    message["Subject"] = " ".join(subject.split())
    message["Date"] = formatdate()
    message["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2].strip("> "))
    message["Auto-Submitted"] = "auto-generated"
    message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(body)
    return message
