"""Staff pages for co-production groups: the list, a group's page, contact details, members and
the activity log. Every view checks the role and then the group (data level)."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_login import current_user

from feedback.auth.permissions import can_view_survey, roles_required
from feedback.extensions import db
from feedback.groups import bp, services
from feedback.groups.access import (
    MANAGERS,
    READERS,
    can_manage_group,
    require_manage,
    require_read,
    sees_member_emails,
)
from feedback.groups.activity import group_activity
from feedback.groups.forms import ContactForm, InviteForm
from feedback.groups.invitations import INVITATION_LIFETIME, InviteError, invite, issue_invitation
from feedback.manage.forms import ConfirmForm
from feedback.manage.services import long_date
from feedback.models import Group, ReviewRound, Role, User
from feedback.reviews.services import may_read

RECENT_CHANGES = 5
"""How many of "what we changed" the group page lists before linking to the full log."""


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every groups template can use."""
    return {"long_date": long_date, "round_link": round_link}


def round_link(review: ReviewRound) -> str | None:
    """The review round's page, when the current user may read it."""
    if not may_read(current_user, review):
        return None
    return url_for("reviews.round", round_id=review.id)


def _group_or_404(slug: str) -> Group:
    group = services.group_by_slug(slug)
    if group is None:
        abort(404)
    return group


def _group_url(group: Group, **anchor) -> str:
    return url_for("groups.group", slug=group.slug, **anchor)


def _managed_member(group: Group, user_id: int) -> User:
    """The member `user_id` of `group`, after checking the current user may manage the group."""
    require_manage(group)
    member = services.member_of(group, user_id)
    if member is None:
        abort(404)
    return member


@bp.get("/")
@roles_required(*READERS)
def index():
    """Every co-production group (a group member's own groups), with exact counts."""
    return render_template(
        "groups/index.html",
        summaries=services.group_summaries(current_user),
        may_add=current_user.role in (Role.ADMIN, Role.OFFICER),
    )


@bp.get("/<slug>")
@roles_required(*READERS)
def group(slug: str):
    """A group: contact details, members, the surveys it co-produces, and what it changed."""
    group = _group_or_404(slug)
    require_read(group)
    return render_template(
        "groups/group.html",
        group=group,
        members=services.member_list(group),
        links=services.co_produced(group),
        activity=group_activity(group),
        recent=RECENT_CHANGES,
        may_manage=can_manage_group(current_user, group),
        may_rename=current_user.role in (Role.ADMIN, Role.OFFICER),
        show_emails=sees_member_emails(current_user),
        may_view=lambda survey: can_view_survey(current_user, survey),
        removal_problem=lambda member: services.removal_problem(current_user, member, group),
    )


@bp.get("/<slug>/activity")
@roles_required(*READERS)
def activity(slug: str):
    """The group's full activity log, newest first, ready to print."""
    group = _group_or_404(slug)
    require_read(group)
    return render_template(
        "groups/activity.html",
        group=group,
        activity=group_activity(group),
        back_url=_group_url(group),
    )


@bp.route("/<slug>/contact", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def edit_contact(slug: str):
    """Change who to contact about the group."""
    group = _group_or_404(slug)
    require_manage(group)
    form = ContactForm(obj=group)
    if form.validate_on_submit():
        services.update_contact(
            group,
            form.contact_name.data or "",
            form.contact_email.data or "",
            form.contact_phone.data or "",
        )
        db.session.commit()
        flash(f"Saved the contact details of {group.name}", "success")
        return redirect(_group_url(group))
    return render_template(
        "groups/contact.html", group=group, form=form, back_url=_group_url(group)
    ), (400 if form.errors else 200)


@bp.route("/<slug>/members/new", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def invite_member(slug: str):
    """Invite someone by name and email; the link is shown once, on the page that answers."""
    group = _group_or_404(slug)
    require_manage(group)
    form = InviteForm()
    if form.validate_on_submit():
        try:
            invited = invite(group, form.name.data, form.email.data, current_user)
        except InviteError as error:
            form.email.errors = [str(error)]
        else:
            db.session.commit()
            if invited.existing_account:
                flash(_added_message(invited.user, group), "success")
                return redirect(_group_url(group, _anchor="members"))
            return _invitation_page(group, invited.user, invited.token)
    return render_template(
        "groups/invite.html",
        group=group,
        form=form,
        days=INVITATION_LIFETIME.days,
        back_url=_group_url(group),
    ), (400 if form.errors else 200)


def _added_message(user: User, group: Group) -> str:
    """What adding an existing account did."""
    done = f"{user.email} already had an account, so {user.name} was added to {group.name}"
    if user.role != Role.MEMBER:
        return f"{done}. They keep their role as {user.role.label.lower()}."
    return f"{done}. They sign in as before; no new link is needed if they have already joined."


def _invitation_page(group: Group, user: User, token: str):
    return render_template(
        "groups/invited.html",
        group=group,
        user=user,
        link=url_for("invitations.accept", token=token, _external=True),
        days=INVITATION_LIFETIME.days,
        back_url=_group_url(group, _anchor="members"),
    ), 201


@bp.route("/<slug>/members/<int:user_id>/resend", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def resend(slug: str, user_id: int):
    """Ask, then make a new invitation link for someone who has not joined (the old one stops)."""
    group = _group_or_404(slug)
    member = _managed_member(group, user_id)
    if not services.standing(member).awaiting:
        flash(f"{member.name} has already joined, so needs no new link")
        return redirect(_group_url(group, _anchor="members"))
    form = ConfirmForm()
    if form.validate_on_submit():
        token, _invitation = issue_invitation(member, current_user)
        db.session.commit()
        return _invitation_page(group, member, token)
    return render_template(
        "groups/resend.html", group=group, member=member, form=form, back_url=_group_url(group)
    )


@bp.route("/<slug>/members/<int:user_id>/remove", methods=["GET", "POST"])
@roles_required(*MANAGERS)
def remove_member(slug: str, user_id: int):
    """Ask, then take someone out of the group."""
    group = _group_or_404(slug)
    member = _managed_member(group, user_id)
    back = _group_url(group, _anchor="members")
    problem = services.removal_problem(current_user, member, group)
    if problem:
        flash(problem)
        return redirect(back)
    form = ConfirmForm()
    if form.validate_on_submit():
        services.remove_member(current_user, member, group)
        db.session.commit()
        flash(f"Removed {member.name} from {group.name}", "success")
        if member.id == current_user.id:
            return redirect(url_for("groups.index"))
        return redirect(back)
    return render_template(
        "groups/remove.html", group=group, member=member, form=form, back_url=back
    )
