"""Review rounds: the list, starting a round on a survey, the round page, comments, answers to
comments and sign-off.

Every view checks the role at function level, then loads the round and checks the data-level
rule (`may_read`, `may_take_part`, `may_resolve`, `may_sign_off_for` in the services).
"""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from werkzeug.wrappers import Response
from wtforms import SelectChoice

from feedback.auth.permissions import require_manage, roles_required
from feedback.extensions import db
from feedback.manage.access import load_survey
from feedback.manage.building import numbered, outline
from feedback.manage.forms import add_error, error_summary
from feedback.manage.services import long_date
from feedback.models import Group, Question, Resolution, ReviewComment, ReviewRound, Role, Survey
from feedback.reviews import bp, services
from feedback.reviews.forms import (
    WHOLE_SURVEY,
    CommentForm,
    ResolveForm,
    SignOffForm,
    StartRoundForm,
)

EVERYONE = (Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR, Role.VIEWER, Role.MEMBER)
"""The list and the round page let in group members too: reviews are all they see."""


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every reviews template can use."""
    return {"long_date": long_date, "error_summary": error_summary, "names": services.names}


def survey_page_helpers() -> dict:
    """Helpers for the "Review and sign-off" section of the staff survey page."""
    return {
        "survey_review": services.survey_review,
        "review_names": services.names,
        "may_start_review": lambda survey: services.may_start_round(current_user, survey),
    }


def round_url(review: ReviewRound, anchor: str | None = None) -> str:
    """The round's page, optionally at one of its parts."""
    return url_for("reviews.round", round_id=review.id, _anchor=anchor)


def _load_round(round_id: int) -> ReviewRound:
    """The round with `round_id` if the current user may read it: 404 or 403 otherwise."""
    review = db.get_or_404(ReviewRound, round_id)
    if not services.may_read(current_user, review):
        abort(403)
    return review


def _refused(review: ReviewRound, error: services.ReviewError) -> Response:
    flash(str(error))
    return redirect(round_url(review))


# The list ------------------------------------------------------------------------------------


@bp.get("/")
@roles_required(*EVERYONE)
def index():
    """The reviews the user can read or take part in, open ones first."""
    rows = services.round_rows(current_user)
    return render_template(
        "reviews/index.html",
        rows=rows,
        mine=sum(row.mine for row in rows),
        mine_answered=sum(row.mine_answered for row in rows),
    )


# Starting a round on a survey ----------------------------------------------------------------


@bp.route("/surveys/<int:survey_id>/new", methods=["GET", "POST"])
@roles_required(Role.ADMIN, Role.OFFICER)
def start(survey_id: int):
    """Choose the groups and start a review round on a draft survey (closing any before it)."""
    survey = load_survey(survey_id)
    require_manage(survey)
    survey_url = url_for("manage.survey", survey_id=survey.id)
    if not services.may_start_round(current_user, survey):
        flash(f"‘{survey.title}’ is {survey.status.label.lower()}, so it cannot be reviewed")
        return redirect(survey_url)
    groups = list(db.session.scalars(select(Group).order_by(Group.name)))
    form = StartRoundForm(data={"groups": [group.id for group in survey.groups]})
    form.groups.choices = [SelectChoice(group.id, group.name) for group in groups]
    if form.validate_on_submit():
        chosen = [group for group in groups if group.id in form.groups.data]
        try:
            review = services.start_round(survey, chosen, current_user, form.note.data or "")
        except services.ReviewError as error:
            add_error(form, error.field or "groups", str(error))
        else:
            db.session.commit()
            flash(
                f"The review of ‘{survey.title}’ has started. {services.names(chosen)} can now "
                "comment and sign it off",
                "success",
            )
            return redirect(round_url(review))
    current = services.latest_round(survey)
    return render_template(
        "reviews/start.html",
        survey=survey,
        form=form,
        current=current if current and current.closed_at is None else None,
        required=services.required_groups(survey),
        back_url=survey_url,
    )


# The round page ------------------------------------------------------------------------------


@bp.get("/<int:round_id>", endpoint="round")
@roles_required(*EVERYONE)
def show_round(round_id: int):
    """The draft, the note, the comments with their answers, and the sign-offs."""
    review = _load_round(round_id)
    survey = review.survey
    is_open = review.closed_at is None
    signed_for = {sign_off.group_id for sign_off in review.sign_offs}
    return render_template(
        "reviews/round.html",
        review=review,
        survey=survey,
        action=review.action,
        title=services.subject_title(review),
        sections=outline(survey) if survey else [],
        numbers=numbered(survey) if survey else {},
        is_open=is_open,
        may_comment=is_open and services.may_take_part(current_user, review),
        may_resolve=services.may_resolve(current_user, review),
        may_sign_off=is_open
        and any(
            group.id not in signed_for for group in services.may_sign_off_for(current_user, review)
        ),
        still_to_sign=services.still_to_sign(review),
        left_out=services.left_out(review),
        subject_url=_subject_url(review),
        back_url=url_for("reviews.index"),
    )


def _subject_url(review: ReviewRound) -> str | None:
    """Where staff work on the subject; group members only ever see the round."""
    if current_user.role == Role.MEMBER:
        return None
    if review.survey is not None:
        return url_for("manage.survey", survey_id=review.survey_id)
    return url_for("actions.action", action_id=review.action_id)


# Comments ------------------------------------------------------------------------------------


def _question_choices(survey: Survey) -> list[SelectChoice]:
    numbers = numbered(survey)
    return [SelectChoice(WHOLE_SURVEY, "The whole survey")] + [
        SelectChoice(question.id, f"Question {numbers[question.id]}: {question.text}")
        for question in survey.questions
    ]


@bp.route("/<int:round_id>/comments/new", methods=["GET", "POST"])
@roles_required(*EVERYONE)
def comment(round_id: int):
    """Comment on the draft or one of its questions, with any suggested wording."""
    review = _load_round(round_id)
    if not services.may_take_part(current_user, review):
        abort(403)
    if review.closed_at is not None:
        flash("This review has closed, so it takes no more comments")
        return redirect(round_url(review))
    form = CommentForm(data={"question": request.args.get("question", WHOLE_SURVEY, type=int)})
    if review.survey is not None:
        form.question.choices = _question_choices(review.survey)
    else:
        del form.question
    groups = services.user_groups_in(review, current_user)
    if len(groups) > 1:
        form.group.choices = [SelectChoice(group.id, group.name) for group in groups]
    else:
        del form.group
    if form.validate_on_submit():
        question_id = form.question.data if "question" in form else WHOLE_SURVEY
        group_id = form.group.data if "group" in form else None
        try:
            made = services.add_comment(
                review,
                current_user,
                form.body.data,
                form.suggested_wording.data or "",
                question=db.session.get(Question, question_id) if question_id else None,
                group=db.session.get(Group, group_id) if group_id else None,
            )
        except services.ReviewError as error:
            if error.field not in form:
                return _refused(review, error)
            add_error(form, error.field, str(error))
        else:
            db.session.commit()
            flash("Your comment has been sent. You will see the answer on this page", "success")
            return redirect(round_url(review, f"comment-{made.id}"))
    return render_template(
        "reviews/comment.html",
        review=review,
        title=services.subject_title(review),
        form=form,
        back_url=round_url(review),
    )


@bp.route("/<int:round_id>/comments/<int:comment_id>/answer", methods=["GET", "POST"])
@roles_required(Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR)
def resolve(round_id: int, comment_id: int):
    """Accept or decline a comment, saying why."""
    review = _load_round(round_id)
    found = db.session.get(ReviewComment, comment_id)
    if found is None or found.round_id != review.id:
        abort(404)
    if not services.may_resolve(current_user, review):
        abort(403)
    if found.resolution is not None:
        flash("This comment has already been answered")
        return redirect(round_url(review, f"comment-{found.id}"))
    form = ResolveForm()
    if form.validate_on_submit():
        resolution = Resolution(form.resolution.data)
        try:
            services.resolve(found, resolution, form.reason.data, current_user)
        except services.ReviewError as error:
            return _refused(review, error)
        db.session.commit()
        author = found.author.name if found.author else "The person who made it"
        flash(
            f"The comment has been {resolution.value}. {author} will see your answer",
            "success",
        )
        return redirect(round_url(review, f"comment-{found.id}"))
    return render_template(
        "reviews/resolve.html",
        review=review,
        title=services.subject_title(review),
        comment=found,
        numbers=numbered(review.survey) if review.survey else {},
        form=form,
        back_url=round_url(review, f"comment-{found.id}"),
    )


# Sign-off ------------------------------------------------------------------------------------


@bp.route("/<int:round_id>/sign-off", methods=["GET", "POST"])
@roles_required(Role.FORUM_EDITOR)
def sign_off(round_id: int):
    """Confirm and record a group's sign-off, with any objection on record."""
    review = _load_round(round_id)
    mine = services.may_sign_off_for(current_user, review)
    if not mine:
        abort(403)
    if review.closed_at is not None:
        flash("This review has closed: start a new round to sign off again")
        return redirect(round_url(review))
    waiting = [group for group in services.still_to_sign(review) if group in mine]
    if not waiting:
        verb = "has" if len(mine) == 1 else "have"
        flash(f"{services.names(mine)} {verb} already signed this off")
        return redirect(round_url(review, "sign-offs"))
    form = SignOffForm()
    if len(waiting) > 1:
        form.group.choices = [SelectChoice(group.id, group.name) for group in waiting]
    else:
        del form.group
    if form.validate_on_submit():
        group = db.session.get(Group, form.group.data) if "group" in form else waiting[0]
        try:
            services.sign_off(review, group, current_user, form.objection.data or "")
        except services.ReviewError as error:
            return _refused(review, error)
        db.session.commit()
        flash(f"You have signed off ‘{services.subject_title(review)}’ for {group.name}", "success")
        return redirect(round_url(review, "sign-offs"))
    return render_template(
        "reviews/sign_off.html",
        review=review,
        title=services.subject_title(review),
        group=waiting[0] if len(waiting) == 1 else None,
        form=form,
        back_url=round_url(review),
    )
