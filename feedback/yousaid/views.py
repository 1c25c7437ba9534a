"""The public "You said, we did" pages and feed: no sign-in, published actions only."""

from __future__ import annotations

from flask import Response, current_app, render_template, request, url_for

from feedback.manage.services import long_date
from feedback.models.columns import utcnow
from feedback.pagination import pagination
from feedback.respond.services import paragraphs
from feedback.yousaid import bp, services
from feedback.yousaid.feed import CONTENT_TYPE, atom_feed

TITLE = "You said, we did"


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every "You said, we did" template can use."""
    return {"long_date": long_date, "paragraphs": paragraphs, "page_title": TITLE}


@bp.get("/")
def index():
    """Every published action, newest first, with filters."""
    options = services.filter_options()
    filters = services.PublicFilters.from_args(request.args, options)
    page = services.actions_page(filters)
    return render_template(
        "yousaid/index.html",
        page=page,
        filters=filters,
        options=options,
        pagination=pagination(
            page.page, page.pages, lambda number: url_for(".index", **filters.args(page=number))
        ),
    )


@bp.get("/<slug>")
def entry(slug: str):
    """One published action, with its log of updates."""
    action = services.published_action(slug)
    return render_template(
        "yousaid/entry.html", entry=services.entry(action), back_url=url_for(".index")
    )


@bp.get("/feed.atom")
def feed():
    """The Atom feed of published actions."""
    body = atom_feed(
        services.feed_actions(),
        title=f"{TITLE}: {current_app.config['PARTNERSHIP_NAME']}",
        author=current_app.config["PARTNERSHIP_NAME"],
        feed_url=url_for(".feed", _external=True),
        page_url=url_for(".index", _external=True),
        entry_url=lambda action: url_for(".entry", slug=action.slug, _external=True),
        changed=services.last_changed,
        now=utcnow(),
    )
    return Response(body, content_type=CONTENT_TYPE)
