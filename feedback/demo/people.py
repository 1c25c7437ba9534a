"""The demo's co-production groups and staff accounts. Every address is at example.org."""

from __future__ import annotations

from dataclasses import dataclass

from feedback.models import Role

DEMO_PASSWORD = "coproduce-demo-2026"
"""The one password of every demo account. A demo only: never use it on a real installation."""

SIGN_IN_URL = "http://127.0.0.1:5000/sign-in"


@dataclass(frozen=True)
class DemoGroup:
    """A co-production group the demo creates (or reuses, when its slug already exists)."""

    slug: str
    name: str
    description: str
    contact_email: str


@dataclass(frozen=True)
class DemoAccount:
    """A staff account the demo creates, all with `DEMO_PASSWORD`."""

    email: str
    name: str
    role: Role
    groups: tuple[str, ...] = ()


PARENT_CARER_FORUM = "parent-carer-forum"
YOUTH_FORUM = "youth-forum"
SENCO_NETWORK = "senco-network"
VCS_NETWORK = "voluntary-sector-send-network"

GROUPS = (
    DemoGroup(
        PARENT_CARER_FORUM,
        "Parent Carer Forum",
        "An independent forum of parents and carers of children and young people with SEND. "
        "Members co-produce services with the council, the NHS and schools, and run coffee "
        "mornings in every locality.",
        "pcf@example.org",
    ),
    DemoGroup(
        YOUTH_FORUM,
        "Youth Forum",
        "The youth forum: young people aged 11 to 25 with SEND who meet every month to make "
        "sure young people's views shape local services. Sessions are supported by youth workers.",
        "youthforum@example.org",
    ),
    DemoGroup(
        SENCO_NETWORK,
        "SENCO network",
        "Special educational needs co-ordinators from early years settings, schools and colleges "
        "across the area. The network meets each half term.",
        "senco-network@example.org",
    ),
    DemoGroup(
        VCS_NETWORK,
        "Voluntary Sector SEND Network",
        "Charities and community groups that support children, young people and families with "
        "SEND, from short breaks providers to advice services.",
        "vcs-send-network@example.org",
    ),
)

ACCOUNTS = (
    DemoAccount("demo.admin@example.org", "Demo administrator", Role.ADMIN),
    DemoAccount("demo.officer@example.org", "Demo co-production officer", Role.OFFICER),
    DemoAccount(
        "demo.pcf@example.org",
        "Demo Parent Carer Forum editor",
        Role.FORUM_EDITOR,
        (PARENT_CARER_FORUM,),
    ),
    DemoAccount(
        "demo.youth@example.org", "Demo youth forum editor", Role.FORUM_EDITOR, (YOUTH_FORUM,)
    ),
    DemoAccount(
        "demo.senco@example.org", "Demo SENCO network editor", Role.FORUM_EDITOR, (SENCO_NETWORK,)
    ),
    DemoAccount(
        "demo.vcs@example.org",
        "Demo voluntary sector network editor",
        Role.FORUM_EDITOR,
        (VCS_NETWORK,),
    ),
    DemoAccount("demo.viewer@example.org", "Demo viewer", Role.VIEWER),
)
