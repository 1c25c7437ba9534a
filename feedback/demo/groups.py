"""Demo group contacts and invited members: two youth forum members who joined, one pending.

Sam and Priya accepted their invitations to the Youth Forum before the demo day and sign in with
the demo password. Alex's invitation to the Parent Carer Forum is still waiting: it is dated from
when the demo is loaded, so it shows as pending (the link itself is never shown: send a new one
from the group's page to try accepting).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from feedback.auth.services import create_user, find_user
from feedback.demo.people import DEMO_PASSWORD, PARENT_CARER_FORUM, YOUTH_FORUM
from feedback.demo.plan import DEMO_DAY
from feedback.groups.invitations import issue_invitation
from feedback.models import Group, Role, User
from feedback.models.columns import utcnow

CONTACTS = {
    "parent-carer-forum": ("Helen Ward, forum co-ordinator", "01632 960 101"),
    "youth-forum": ("Marcus Bell, youth worker", "01632 960 102"),
    "senco-network": ("Ruth Adeyemi, network chair", "01632 960 103"),
    "voluntary-sector-send-network": ("Tom Hughes, network co-ordinator", "01632 960 104"),
}
"""Contact name and phone by group slug (01632 960 numbers are reserved for drama)."""

INVITER = "demo.officer@example.org"


@dataclass(frozen=True)
class DemoMember:
    """An invited group member; `joined_days` before the demo day, or None while pending."""

    email: str
    name: str
    group: str
    invited_days: int
    joined_days: int | None


MEMBERS = (
    DemoMember("sam@example.org", "Sam", YOUTH_FORUM, invited_days=61, joined_days=60),
    DemoMember("priya@example.org", "Priya", YOUTH_FORUM, invited_days=61, joined_days=57),
    DemoMember("alex@example.org", "Alex", PARENT_CARER_FORUM, invited_days=2, joined_days=None),
)


def load_group_members(groups: dict[str, Group]) -> None:
    """Give the demo `groups` (by slug) contact details and invited members (not committed).

    Contacts already set and accounts that already exist are left as they are.
    """
    for slug, (name, phone) in CONTACTS.items():
        group = groups.get(slug)
        if group is not None and not group.contact_name:
            group.contact_name, group.contact_phone = name, phone
    inviter = find_user(INVITER)
    for member in MEMBERS:
        if member.group in groups and find_user(member.email) is None:
            _invite(member, groups[member.group], inviter)


def _at(days_before: int, hour: int) -> datetime:
    return datetime.combine(DEMO_DAY - timedelta(days=days_before), time(hour))


def _invite(member: DemoMember, group: Group, inviter: User | None) -> None:
    if member.joined_days is None:
        password = secrets.token_urlsafe(32)
        invited = utcnow() - timedelta(days=member.invited_days)
    else:
        password = DEMO_PASSWORD
        invited = _at(member.invited_days, 10)
    user = create_user(member.email, member.name, Role.MEMBER, password, [group])
    user.created_at = invited
    _token, invitation = issue_invitation(user, inviter, now=invited)
    if member.joined_days is not None:
        invitation.used_at = _at(member.joined_days, 19)
