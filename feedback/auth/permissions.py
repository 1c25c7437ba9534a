"""Who may do what. Checked in every staff view, at function level and at data level."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from flask import abort
from flask_login import current_user, login_required
from sqlalchemy import ColumnElement, select, true

from feedback.models import Role, Survey, SurveyGroup, SurveyStatus, User

EDITABLE_STATUSES = frozenset({SurveyStatus.DRAFT, SurveyStatus.IN_REVIEW})


def roles_required(*roles: Role) -> Callable:
    """Allow a view only to signed-in staff with one of `roles` (any role when none given)."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if roles and current_user.role not in roles:
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


def can_edit_survey(user: User, survey: Survey) -> bool:
    """Officers and admins edit any survey; a forum editor only those their group co-produces."""
    if manages_surveys(user):
        return True
    if user.role == Role.FORUM_EDITOR:
        own = {group.id for group in user.groups}
        return any(group.id in own for group in survey.groups)
    return False


def require_edit(survey: Survey) -> None:
    """Abort with 403 unless the current user may edit `survey`."""
    if not can_edit_survey(current_user, survey):
        abort(403)


def can_view_survey(user: User, survey: Survey) -> bool:
    """Forum editors see only the surveys their groups co-produce; other staff see every one."""
    if user.role == Role.FORUM_EDITOR:
        return can_edit_survey(user, survey)
    return True


def visible_surveys(user: User) -> ColumnElement[bool]:
    """A filter on `Survey` matching the surveys `user` may see."""
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
