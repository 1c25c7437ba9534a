"""The review queue and the actions on comments. Officers and administrators only.

The queue is one form: each comment's buttons post to their own address (`formaction`), and
the checkboxes and bulk buttons post to `/comments/bulk`. Hidden fields carry the filters, so
every action returns to the same page of the same queue.
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from feedback import audit as audit_log
from feedback.analysis import audit, bp
from feedback.analysis.codebook import active_themes, all_themes, ensure_codebook, find_theme
from feedback.analysis.decisions import (
    ACCEPT,
    ACCEPT_ALL,
    ADD,
    REJECT,
    REMOVE,
    REVIEW,
    UNREVIEW,
    accept_suggestions,
    add_theme_to,
    decide,
    load_comments,
    mark_reviewed,
    mark_unreviewed,
)
from feedback.analysis.queue import (
    LANGUAGES,
    STATUSES,
    QueueFilters,
    QueuePage,
    filter_options,
    queue_page,
)
from feedback.analysis.running import count_unanalysed, theme_comments
from feedback.analysis.services import REVIEWERS, display_text
from feedback.auth.permissions import roles_required
from feedback.extensions import db
from feedback.manage.services import long_date
from feedback.models import CodebookTheme, CommentAnalysis
from feedback.pagination import pagination
from theming.model import SentimentLabel

reviewers_only = roles_required(*REVIEWERS)


@bp.before_request
def seed_codebook() -> None:
    """Make sure the codebook exists before any page uses it (quick when it does)."""
    ensure_codebook()


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every analysis template can use."""
    return {"long_date": long_date, "sentiments": list(SentimentLabel)}


def _plural(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"


def _filters_from_form() -> QueueFilters:
    return QueueFilters.from_args(request.form)


def _back_to_queue(filters: QueueFilters, answer_id: int | None = None):
    anchor = f"comment-{answer_id}" if answer_id is not None else None
    return redirect(url_for("analysis.comments", **filters.args(), _anchor=anchor))


def _pagination(page: QueuePage, filters: QueueFilters) -> dict | None:
    """govukPagination parameters for the queue, keeping its filters."""
    return pagination(
        page.page,
        page.pages,
        lambda number: url_for("analysis.comments", **filters.args(page=number)),
    )


def _record_reading(subject: str, answer_ids: list[int]) -> None:
    """Note in the audit log that comments were read as written (ids only, never the text)."""
    audit_log.record("comments.viewed", subject=subject, answer_ids=answer_ids)
    db.session.commit()


def _render_queue(
    filters: QueueFilters, errors: dict[str, str] | None = None, selected=(), audited=False
):
    """The queue page; `audited` notes the comments shown in the audit log."""
    themes = active_themes()
    page = queue_page(filters, current_user)
    if audited and page.items:
        _record_reading("comment queue", [item.answer.id for item in page.items])
    errors = errors or {}
    return (
        render_template(
            "analysis/queue.html",
            page=page,
            pagination=_pagination(page, filters),
            filters=filters,
            options=filter_options(themes),
            themes=themes,
            statuses=STATUSES,
            languages=LANGUAGES,
            unanalysed=count_unanalysed(filters.survey),
            errors=errors,
            page_errors=bool(errors),
            selected={int(value) for value in selected if value.isdigit()},
        ),
        400 if errors else 200,
    )


@bp.get("/comments")
@reviewers_only
def comments():
    """The queue of comments, filtered by the page's query string."""
    return _render_queue(QueueFilters.from_args(request.args), audited=True)


def _comment_or_404(answer_id: int) -> CommentAnalysis:
    found = load_comments([answer_id])
    if not found:
        abort(404)
    return found[0]


def _theme_or_404(slug: str) -> CodebookTheme:
    theme = find_theme(slug)
    if theme is None or theme.retired:
        abort(404)
    return theme


DONE = {
    ACCEPT: "Accepted ‘{label}’",
    REJECT: "Rejected ‘{label}’",
    REMOVE: "Removed ‘{label}’",
    ADD: "Added ‘{label}’",
}


@bp.post("/comments/<bigid:answer_id>/themes/<slug>/<action>")
@reviewers_only
def decide_theme(answer_id: int, slug: str, action: str):
    """Accept or reject a suggested theme, or remove an accepted one."""
    if action not in (ACCEPT, REJECT, REMOVE):
        abort(404)
    comment = _comment_or_404(answer_id)
    theme = _theme_or_404(slug)
    decide(comment, theme, action, current_user)
    flash(DONE[action].format(label=theme.label), "success")
    return _back_to_queue(_filters_from_form(), answer_id)


@bp.post("/comments/<bigid:answer_id>/add")
@reviewers_only
def add_comment_theme(answer_id: int):
    """Add the theme chosen in the comment's "Add a theme" list."""
    comment = _comment_or_404(answer_id)
    filters = _filters_from_form()
    theme = find_theme(request.form.get(f"theme-{answer_id}", ""))
    if theme is None or theme.retired:
        return _render_queue(
            filters, {f"theme-{answer_id}": "Select a theme to add to this comment"}
        )
    decide(comment, theme, ADD, current_user)
    flash(DONE[ADD].format(label=theme.label), "success")
    return _back_to_queue(filters, answer_id)


@bp.post("/comments/<bigid:answer_id>/reviewed")
@reviewers_only
def review(answer_id: int):
    """Mark a comment reviewed, keeping the suggestions still on it."""
    mark_reviewed([_comment_or_404(answer_id)], current_user)
    flash("Comment marked as reviewed", "success")
    return _back_to_queue(_filters_from_form(), answer_id)


@bp.post("/comments/<bigid:answer_id>/unreviewed")
@reviewers_only
def unreview(answer_id: int):
    """Put a reviewed comment back in the queue."""
    mark_unreviewed(_comment_or_404(answer_id), current_user)
    flash("Comment put back in the queue to review", "success")
    return _back_to_queue(_filters_from_form(), answer_id)


BULK_ACTIONS = (ACCEPT, REVIEW, ADD)
"""The bulk buttons' values: accept all suggestions, mark reviewed, add a theme."""


@bp.post("/comments/bulk")
@reviewers_only
def bulk():
    """Accept all suggestions, mark reviewed, or add a theme, for the selected comments."""
    filters = _filters_from_form()
    action = request.form.get("bulk-action")
    if action not in BULK_ACTIONS:
        abort(400)
    selected = request.form.getlist("comments")
    chosen = load_comments(int(value) for value in selected if value.isdigit())
    theme = find_theme(request.form.get("bulk-theme", "")) if action == ADD else None
    errors = {}
    if not chosen:
        errors["comments"] = "Select at least one comment"
    if action == ADD and (theme is None or theme.retired):
        errors["bulk-theme"] = "Select a theme to add to the selected comments"
    if errors:
        return _render_queue(filters, errors, selected)
    if action == ACCEPT:
        changed = accept_suggestions(chosen, current_user)
        flash(f"Accepted the suggestions for {_plural(changed, 'comment')}", "success")
    elif action == REVIEW:
        changed = mark_reviewed(chosen, current_user)
        flash(f"{_plural(changed, 'comment')} marked as reviewed", "success")
    else:
        changed = add_theme_to(chosen, theme, current_user)
        flash(f"Added ‘{theme.label}’ to {_plural(changed, 'comment')}", "success")
    return _back_to_queue(filters)


@bp.post("/comments/analyse")
@reviewers_only
def analyse():
    """Analyse comments that are new or changed (of the filtered survey, or all)."""
    filters = _filters_from_form()
    counts = theme_comments(survey_id=filters.survey)
    message = f"Analysed {_plural(counts.analysed, 'new or changed comment')}"
    if counts.non_english:
        verb = "is" if counts.non_english == 1 else "are"
        message += f". {_plural(counts.non_english, 'comment')} {verb} not in English"
    flash(message, "success")
    return _back_to_queue(filters)


ACTION_LABELS = {
    ACCEPT: "Accepted",
    REJECT: "Rejected",
    ADD: "Added",
    REMOVE: "Removed",
    ACCEPT_ALL: "Accepted all suggestions",
    REVIEW: "Marked as reviewed",
    UNREVIEW: "Put back in the queue",
}


@bp.get("/comments/<bigid:answer_id>")
@reviewers_only
def comment(answer_id: int):
    """One comment and the history of every change people made to its themes."""
    found = _comment_or_404(answer_id)
    _record_reading(f"comment {answer_id}", [answer_id])
    themes = all_themes()
    return render_template(
        "analysis/comment.html",
        comment=found,
        text=display_text(found.answer, current_user),
        history=audit.comment_history(answer_id),
        action_labels=ACTION_LABELS,
        slug_labels={theme.slug: theme.label for theme in themes},
        theme_names={theme.id: theme.label for theme in themes},
        back_url=url_for("analysis.comments", **QueueFilters.from_args(request.args).args()),
    )
