"""Demo data: believable co-produced surveys with about 2,150 made-up responses.

`load_demo()` adds four co-production groups, five staff accounts (all with `DEMO_PASSWORD`)
and five surveys (one per audience, and a second wave of the parents' survey), answered over
the two years before 22 November 2026.
Nothing in it is about real people; a few comments carry deliberately planted fictional
personal details (see `writing.CommentBank.planted`) for redaction features to find.
"""

from feedback.demo.loader import DEFAULT_SEED, FULL_SIZE, DemoSummary, demo_loaded, load_demo
from feedback.demo.people import ACCOUNTS, DEMO_PASSWORD, GROUPS, SIGN_IN_URL

__all__ = [
    "ACCOUNTS",
    "DEFAULT_SEED",
    "DEMO_PASSWORD",
    "FULL_SIZE",
    "GROUPS",
    "SIGN_IN_URL",
    "DemoSummary",
    "demo_loaded",
    "load_demo",
]
