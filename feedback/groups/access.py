"""Who may read and manage a co-production group, checked at data level in every view."""

from __future__ import annotations

from flask import abort
from flask_login import current_user

from feedback.auth.permissions import STAFF_ROLES
from feedback.models import Group, Role, User

READERS = (*STAFF_ROLES, Role.MEMBER)
"""Every role may read group pages; group members only their own groups'."""
MANAGERS = (Role.ADMIN, Role.OFFICER, Role.FORUM_EDITOR)
"""Roles that may change contact details and members; forum editors only for their own groups."""


def belongs_to(user: User, group: Group) -> bool:
    """True when `user` is a member of `group`."""
    return any(own.id == group.id for own in user.groups)


def can_read_group(user: User, group: Group) -> bool:
    """Staff read every group; a group member reads only the groups they belong to."""
    if user.role == Role.MEMBER:
        return belongs_to(user, group)
    return user.role in STAFF_ROLES


def can_manage_group(user: User, group: Group) -> bool:
    """Officers and admins manage every group; a forum editor only their own."""
    if user.role in (Role.ADMIN, Role.OFFICER):
        return True
    return user.role == Role.FORUM_EDITOR and belongs_to(user, group)


def sees_member_emails(user: User) -> bool:
    """Staff see members' email addresses; group members see only each other's names."""
    return user.role != Role.MEMBER


def require_read(group: Group) -> None:
    """Abort with 403 unless the current user may read `group`'s pages."""
    if not can_read_group(current_user, group):
        abort(403)


def require_manage(group: Group) -> None:
    """Abort with 403 unless the current user may change `group`'s contact details and members."""
    if not can_manage_group(current_user, group):
        abort(403)
