"""Languages of the public interface: Flask-Babel, the respondent's chosen language, direction.

Interface text is marked with `_()` (templates), `gettext` / `lazy_gettext` (Python) or `N_`
(the survey engine, which knows nothing of Flask) and translated in
`feedback/translations/<language>/LC_MESSAGES/messages.po` (`scripts/translations` extracts
and compiles; `scripts/setup` compiles). Survey content (questions, options, hints) is
translated per survey instead (`SurveyTranslation`). The language is the respondent's choice,
kept in their session; it applies to public pages only, staff pages stay in English.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    has_request_context,
    redirect,
    request,
    session,
    url_for,
)
from flask_babel import Babel, format_date, get_locale, gettext
from markupsafe import Markup

from surveys.model import OTHER, FieldError, Option, Question
from surveys.types import get_type

SESSION_KEY = "language"
DEFAULT_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "ur": "اردو", "pl": "Polski"}
"""Each language's name in that language, as the switcher shows it."""
RIGHT_TO_LEFT = frozenset({"ar", "fa", "he", "ur"})
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
PUBLIC_ENDPOINTS = (
    "respond.",
    "resume.",
    "language.",
    "published.index",
    "published.survey",
    "yousaid.index",
    "yousaid.entry",
    "scorecard.public_",
    "notify.sign_up",
    "notify.unsubscribe",
    "privacy.erase",
    "privacy.confirm_erase",
    "privacy.erased",
    "paper.public_print",
)
"""Endpoints (or their starts) of the pages the public reads in their language. Error pages
with no endpoint (an unknown address) count too; every other page is staff-only English."""

babel = Babel()
bp = Blueprint("language", __name__)


def offered_languages() -> list[str]:
    """The interface languages respondents may choose, English first."""
    configured = [code.strip() for code in current_app.config["LANGUAGES"].split(",")]
    return [DEFAULT_LANGUAGE, *(c for c in configured if c and c != DEFAULT_LANGUAGE)]


def is_public_page() -> bool:
    """True when this request shows a page the public reads (so in their language)."""
    endpoint = request.endpoint
    return endpoint is None or endpoint.startswith(PUBLIC_ENDPOINTS)


def select_language() -> str:
    """The session's chosen language on public pages when it is offered, otherwise English."""
    if not has_request_context() or not is_public_page():
        return DEFAULT_LANGUAGE
    chosen = session.get(SESSION_KEY)
    return chosen if chosen in offered_languages() else DEFAULT_LANGUAGE


def current_language() -> str:
    """The language of this request's interface, as a code like "ur"."""
    return str(get_locale() or DEFAULT_LANGUAGE)


def text_direction(language: str | None = None) -> str:
    """ "rtl" for right-to-left languages, otherwise "ltr"."""
    return "rtl" if (language or current_language()) in RIGHT_TO_LEFT else "ltr"


def html_lang() -> Markup:
    """The `<html>` element's language, with `dir="rtl"` for right-to-left languages.

    GOV.UK's template.html writes only `lang="{{ htmlLang }}"`, so the direction rides in on
    the value. Safe: the code is one of `offered_languages()`, never the visitor's text.
    """
    language = current_language()
    if text_direction(language) == "rtl":
        return Markup(f'{language}" dir="rtl')
    return Markup(language)


def _local_path(target: str | None) -> str | None:
    """`target` if it is a path on this site (never another host), otherwise None."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target if not urlsplit(target).netloc else None
    return None


@bp.route("/language/<code>")
def choose(code: str):
    """Switch the interface to language `code` and go back to the page the link was on."""
    if code not in offered_languages():
        abort(400)
    session[SESSION_KEY] = code
    return redirect(_local_path(request.args.get("next")) or url_for("respond.home"))


def switcher_links() -> list[dict]:
    """The language switcher: each offered language with its own name and a link to choose it."""
    rule = request.url_rule
    on_get = rule is not None and "GET" in (rule.methods or ())
    here = request.full_path.rstrip("?") if on_get else url_for("respond.home")
    current = current_language()
    return [
        {
            "code": code,
            "name": LANGUAGE_NAMES.get(code, code),
            "href": url_for("language.choose", code=code, next=here),
            "current": code == current,
        }
        for code in offered_languages()
    ]


def error_text(error: FieldError) -> str:
    """A survey engine error in the respondent's language.

    Outside English its numbers lose their thousands commas ("5,000" reads as five in Polish);
    a decimal point stays, as it is what the number fields accept.
    """
    msgid, params = error.translatable
    if current_language() != DEFAULT_LANGUAGE:
        params = {name: _THOUSANDS_COMMA.sub("", value) for name, value in params.items()}
    return gettext(msgid, **params)


def option_label(question: Question, option: Option) -> str:
    """An option's label in the respondent's language. Fixed scales (Agree, Yes, Good…) and
    "Other" are interface text; options staff wrote are survey content, shown as they are."""
    if get_type(question.type).has_custom_options and option.value != OTHER:
        return option.label
    return gettext(option.label)


def respondent_options(question: Question) -> tuple[Option, ...]:
    """The options of `question` as the respondent reads them (see `option_label`)."""
    options = get_type(question.type).options_for(question)
    return tuple(Option(option.value, option_label(question, option)) for option in options)


def local_date(day: date | None) -> str:
    """A date written out in the interface language, like "5 January 2026" (empty for none)."""
    return format_date(day, "d MMMM y") if day else ""


def init_app(app: Flask) -> None:
    """Bind Flask-Babel (which adds `_`, `gettext` and `ngettext` to templates) and the
    language switcher's route."""
    babel.init_app(
        app, locale_selector=select_language, default_translation_directories="translations"
    )
    app.register_blueprint(bp)
    app.jinja_env.globals.update(
        current_language=current_language,
        text_direction=text_direction,
        html_lang=html_lang,
        is_public_page=is_public_page,
        switcher_links=switcher_links,
        language_names=LANGUAGE_NAMES,
        offered_languages=offered_languages,
        respondent_options=respondent_options,
        option_label=option_label,
        local_date=local_date,
    )
