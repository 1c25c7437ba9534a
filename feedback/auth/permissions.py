"""Who may do what. Checked in every staff view, at function level and at data level."""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import wraps

from flask import abort
from flask_login import current_user, login_required
from sqlalchemy import ColumnElement, false, select, true

from feedback.models import GroupRole, Role, Survey, SurveyGroup, SurveyStatus, User

EDITABLE_STATUSES = frozenset({SurveyStatus.DRAFT, SurveyStatus.IN_REVIEW})

STAFF_ROLES = (Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR, Role.VIEWER)
"""Every role but group members, who see only the reviews open to their groups."""


def roles_required(*roles: Role) -> Callable:
    """Allow a view only to signed-in users with one of `roles` (any staff role when none given).

    Group members (`Role.MEMBER`) are let in only where a view names their role.
    """
    allowed = roles or STAFF_ROLES

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role not in allowed:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def manages_surveys(user: User) -> bool:
    """Admins and co-production officers can open, close and edit any survey."""
    return user.role in (Role.ADMIN, Role.OFFICER)


def can_create_survey(user: User) -> bool:
    """Everyone but viewers can start a draft; forum editors draft for their own groups."""
    return user.role != Role.VIEWER


def _takes_part(user: User, survey: Survey, roles: Collection[GroupRole]) -> bool:
    """True when one of `user`'s groups takes part in `survey` in one of `roles`."""
    own = {group.id for group in user.groups}
    return any(link.group_id in own and link.role in roles for link in survey.group_links)


def can_edit_survey(user: User, survey: Survey) -> bool:
    """Officers and admins edit any survey; a forum editor only those their group co-authors."""
    if manages_surveys(user):
        return True
    return user.role == Role.FORUM_EDITOR and _takes_part(user, survey, (GroupRole.CO_AUTHOR,))


def require_edit(survey: Survey) -> None:
    """Abort with 403 unless the current user may edit `survey`."""
    if not can_edit_survey(current_user, survey):
        abort(403)


def can_view_survey(user: User, survey: Survey) -> bool:
    """Forum editors see only the surveys their groups co-produce; other staff see every one.

    Group members see a draft only through a review round open to their group.
    """
    if user.role == Role.MEMBER:
        return False
    if user.role == Role.FORUM_EDITOR:
        return _takes_part(user, survey, tuple(GroupRole))
    return True


def visible_surveys(user: User) -> ColumnElement[bool]:
    """A filter on `Survey` matching the surveys `user` may see."""
    if user.role == Role.MEMBER:
        return false()
    if user.role != Role.FORUM_EDITOR:
        return true()
    own_groups = [group.id for group in user.groups]
    co_produced = select(SurveyGroup.survey_id).where(SurveyGroup.group_id.in_(own_groups))
    return Survey.id.in_(co_produced)


def require_view(survey: Survey) -> None:
    """Abort with 403 unless the current user may see `survey`."""
    if not can_view_survey(current_user, survey):
        abort(403)


def require_manage(survey: Survey) -> None:
    """Abort with 403 unless the current user may open and close `survey`."""
    if not (manages_surveys(current_user) and can_edit_survey(current_user, survey)):
        abort(403)


def home_endpoint(user: User) -> str:
    """Where a signed-in user starts: group members at their reviews, staff at the surveys."""
    return "reviews.index" if user.role == Role.MEMBER else "manage.surveys"
