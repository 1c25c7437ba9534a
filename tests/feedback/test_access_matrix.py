"""Every registered route, walked by every role: function-level and data-level access rules.

RULES is the one table of who may do what. A route missing from it fails the walk with
"Add an access rule for <endpoint>", so no route ships without a rule. URLs are filled with
group A's real rows (tests/feedback/access/world.py): a forum editor of group B asking for them is
the data-level check. GETs are walked first; POSTs (empty bodies, CSRF off) afterwards on fresh
data, because an allowed POST may change what it points at.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from flask import Flask, url_for

from feedback.extensions import db
from tests.conftest import MigratedDatabase, make_app
from tests.feedback.access.world import ROLES, World, build_world

EVERYONE = frozenset(ROLES)
STAFF = frozenset({"viewer", "editor_a", "editor_b", "officer", "admin"})
SIGNED_IN = STAFF | {"member"}
GROUP_A_STAFF = STAFF - {"editor_b"}
EDITORS = frozenset({"editor_a", "editor_b", "officer", "admin"})
GROUP_A_EDITORS = EDITORS - {"editor_b"}
GROUP_A_SIGNED_IN = GROUP_A_STAFF | {"member"}
MANAGERS = frozenset({"officer", "admin"})
ADMIN = frozenset({"admin"})

EXCLUDED = frozenset({"static", "govuk_assets"})
"""Files (CSS, fonts, images): no data, served to everyone."""

DEFAULT_PARAMS = {
    name: name
    for name in (
        "section_id",
        "question_id",
        "action_id",
        "answer_id",
        "round_id",
        "comment_id",
        "batch_id",
        "import_id",
        "token_id",
        "user_id",
        "item_id",
    )
} | {"survey_id": "survey_a"}
"""Where each URL argument's value comes from in `World.values` (a rule may say otherwise)."""


@dataclass(frozen=True)
class Rule:
    """Who may GET (and POST to) one endpoint; every other role is refused.

    `params` fill URL arguments: a key of `World.values`, or the literal value to use.
    """

    allowed: frozenset[str]
    params: dict[str, object] = field(default_factory=dict)
    post: frozenset[str] | None = None

    @property
    def may_post(self) -> frozenset[str]:
        return self.allowed if self.post is None else self.post


SURVEY_A = {"slug": "survey_slug"}
PUBLISHED = {"slug": "published_slug"}
OPEN = {"slug": "open_slug"}
GROUP_A = {"slug": "group_slug"}
KPI = {"slug": "kpi_slug"}
THEME = {"slug": "theme_slug"}
PLEDGE = {"slug": "pledge_slug"}
SETTING = {"kind_slug": "localities"}

RULES: dict[str, Rule] = {
    # Public pages: respondents, families and the press.
    "respond.home": Rule(EVERYONE),
    "respond.privacy": Rule(EVERYONE),
    "respond.accessibility": Rule(EVERYONE),
    "respond.start": Rule(EVERYONE, OPEN),
    "respond.begin": Rule(EVERYONE, OPEN),
    "respond.question": Rule(EVERYONE, OPEN | {"key": "has-ehcp"}),
    "respond.wording": Rule(EVERYONE, OPEN | {"key": "has-ehcp"}),
    "respond.check": Rule(EVERYONE, OPEN),
    "respond.done": Rule(EVERYONE, OPEN),
    "language.choose": Rule(EVERYONE, {"code": "ur"}),
    "pictures.question_picture": Rule(EVERYONE, OPEN | {"key": "has-ehcp"}),
    "resume.save": Rule(EVERYONE, OPEN | {"key": "has-ehcp"}),
    "resume.saved": Rule(EVERYONE, OPEN),
    "resume.resume": Rule(EVERYONE, OPEN),
    "published.index": Rule(EVERYONE),
    "healthz": Rule(EVERYONE),
    "published.survey": Rule(EVERYONE, PUBLISHED),
    "published.survey_csv": Rule(EVERYONE, PUBLISHED),
    "published.survey_json": Rule(EVERYONE, PUBLISHED),
    "scorecard.public_index": Rule(EVERYONE),
    "scorecard.public_pledge": Rule(EVERYONE, PLEDGE),
    "yousaid.index": Rule(EVERYONE),
    "yousaid.feed": Rule(EVERYONE),
    "yousaid.entry": Rule(EVERYONE, {"slug": "action_slug"}),
    "notify.sign_up": Rule(EVERYONE, PUBLISHED),
    "notify.unsubscribe": Rule(EVERYONE, {"token": "unsubscribe_token"}),
    "notify.unsubscribe_now": Rule(EVERYONE, {"token": "unsubscribe_token"}),
    "invitations.accept": Rule(EVERYONE, {"token": "invitation_token"}),
    "auth.login": Rule(EVERYONE),
    "auth.logout": Rule(EVERYONE),
    "auth.two_factor_code": Rule(EVERYONE),
    "auth.two_factor_setup": Rule(EVERYONE),
    # Your own account: everyone signed in, group members too.
    "auth.change_password": Rule(SIGNED_IN),
    "auth.two_factor": Rule(SIGNED_IN),
    "auth.two_factor_off": Rule(SIGNED_IN),
    # The API: a bearer token of a staff member; surveys as that person may see them.
    "api.openapi": Rule(EVERYONE),
    "api.surveys": Rule(STAFF),
    "api.survey": Rule(GROUP_A_STAFF, {"survey_ref": "survey_slug"}),
    "api.survey_results": Rule(GROUP_A_STAFF, {"survey_ref": "survey_slug"}),
    "api.kpis": Rule(STAFF),
    "api.kpi": Rule(STAFF, KPI),
    # Surveys: staff read those they may see; forum editors change their groups' drafts.
    "manage.surveys": Rule(STAFF),
    "manage.survey": Rule(GROUP_A_STAFF),
    "manage.preview": Rule(GROUP_A_STAFF),
    "manage.preview_question": Rule(GROUP_A_STAFF),
    "manage.export_survey": Rule(GROUP_A_STAFF),
    "manage.create_survey": Rule(EDITORS),
    "manage.import_survey": Rule(EDITORS),
    "manage.edit_survey": Rule(GROUP_A_EDITORS),
    "manage.duplicate_survey": Rule(GROUP_A_EDITORS),
    "manage.change_status": Rule(MANAGERS, {"action_name": "open"}),
    "manage.add_section": Rule(GROUP_A_EDITORS),
    "manage.rename_section": Rule(GROUP_A_EDITORS),
    "manage.delete_section": Rule(GROUP_A_EDITORS),
    "manage.choose_type": Rule(GROUP_A_EDITORS),
    "manage.add_question": Rule(GROUP_A_EDITORS, {"type_name": "yes_no"}),
    "manage.edit_question": Rule(GROUP_A_EDITORS),
    "manage.change_question_type": Rule(GROUP_A_EDITORS),
    "manage.move_question": Rule(GROUP_A_EDITORS, {"direction": "down"}),
    "manage.delete_question": Rule(GROUP_A_EDITORS),
    "pictures.staff_picture": Rule(GROUP_A_STAFF),
    "languages.index": Rule(GROUP_A_STAFF),
    "languages.translation": Rule(GROUP_A_STAFF, {"language": "pl"}, post=GROUP_A_EDITORS),
    # Results, rates and imports of one survey.
    "reports.survey": Rule(GROUP_A_STAFF),
    "reports.download": Rule(GROUP_A_STAFF, {"kind": "results", "ext": "csv"}),
    "rates.survey": Rule(GROUP_A_STAFF),
    "rates.download_targets": Rule(GROUP_A_STAFF),
    "rates.targets": Rule(GROUP_A_EDITORS),
    "rates.upload_targets": Rule(GROUP_A_EDITORS),
    "rates.add_invitations": Rule(GROUP_A_EDITORS),
    "rates.delete_invitations": Rule(GROUP_A_EDITORS),
    "imports.upload": Rule(GROUP_A_EDITORS),
    "imports.preview": Rule(GROUP_A_EDITORS),
    "imports.cancel": Rule(GROUP_A_EDITORS),
    "imports.imported": Rule(GROUP_A_EDITORS),
    "paper.enter": Rule(GROUP_A_EDITORS, {"survey_id": "published_id"}),
    "paper.print_survey": Rule(GROUP_A_STAFF),
    "paper.public_print": Rule(EVERYONE, OPEN),
    "paper.static": Rule(EVERYONE, {"filename": "print.js"}),
    "exports.survey": Rule(GROUP_A_STAFF),
    "exports.responses_csv": Rule(GROUP_A_STAFF),
    "exports.responses_xlsx": Rule(GROUP_A_STAFF),
    "exports.api_docs": Rule(STAFF),
    "exports.api_tokens": Rule(STAFF),
    "exports.revoke": Rule(frozenset({"editor_a", "admin"})),
    "published.publish": Rule(MANAGERS, PUBLISHED),
    "published.withdraw": Rule(MANAGERS, PUBLISHED),
    # Theming comments: officers and admins (raw comments are personal).
    "analysis.comments": Rule(MANAGERS),
    "analysis.comment": Rule(MANAGERS),
    "analysis.analyse": Rule(MANAGERS),
    "analysis.bulk": Rule(MANAGERS),
    "analysis.review": Rule(MANAGERS),
    "analysis.unreview": Rule(MANAGERS),
    "analysis.add_comment_theme": Rule(MANAGERS),
    "analysis.decide_theme": Rule(MANAGERS, THEME | {"action": "accept"}),
    "analysis.themes": Rule(MANAGERS),
    "analysis.add_theme": Rule(MANAGERS),
    "analysis.edit_theme": Rule(MANAGERS, THEME),
    "analysis.merge_theme": Rule(MANAGERS, THEME),
    "analysis.retire_theme": Rule(MANAGERS, THEME),
    "analysis.unretire_theme": Rule(MANAGERS, THEME),
    "analysis.emerging_page": Rule(MANAGERS),
    "analysis.adopt_phrase": Rule(MANAGERS),
    # KPIs, the pledge scorecard, co-production record and the overview: all staff read.
    "kpis.register": Rule(STAFF),
    "kpis.kpi": Rule(STAFF, KPI),
    "kpis.board": Rule(STAFF),
    "kpis.create": Rule(MANAGERS),
    "kpis.edit": Rule(MANAGERS, KPI),
    "kpis.rule": Rule(MANAGERS, KPI),
    "kpis.enter_value": Rule(MANAGERS, {"slug": "entered_kpi_slug"}),
    "kpis.import_values": Rule(MANAGERS),
    "kpis.confirm_import": Rule(MANAGERS),
    "scorecard.index": Rule(STAFF),
    "scorecard.pledge": Rule(STAFF, PLEDGE),
    "scorecard.download": Rule(STAFF),
    "coproduction.index": Rule(STAFF),
    "coproduction.report_csv": Rule(STAFF),
    "coproduction.survey_record": Rule(GROUP_A_EDITORS),
    "dashboard.index": Rule(STAFF),
    "settings.index": Rule(STAFF),
    "settings.list_items": Rule(STAFF, SETTING),
    "settings.add_item": Rule(MANAGERS, SETTING),
    "settings.edit_item": Rule(MANAGERS, SETTING),
    # Actions ("we did"): staff read; officers and admins write.
    "actions.index": Rule(STAFF),
    "actions.action": Rule(GROUP_A_STAFF),
    "actions.create": Rule(MANAGERS),
    "actions.edit": Rule(MANAGERS),
    "actions.add_update": Rule(MANAGERS),
    "actions.review": Rule(MANAGERS),
    "actions.publish": Rule(MANAGERS),
    "actions.withdraw": Rule(MANAGERS),
    # Review rounds: the groups taking part (members too), and officers who run them.
    "reviews.index": Rule(SIGNED_IN),
    "reviews.round": Rule(GROUP_A_SIGNED_IN),
    "reviews.comment": Rule(GROUP_A_SIGNED_IN - {"viewer"}),
    "reviews.resolve": Rule(GROUP_A_EDITORS),
    "reviews.sign_off": Rule(frozenset({"editor_a"})),
    "reviews.start": Rule(MANAGERS),
    # Co-production groups.
    "groups.index": Rule(SIGNED_IN),
    "groups.group": Rule(SIGNED_IN, GROUP_A),
    "groups.activity": Rule(SIGNED_IN, GROUP_A),
    "groups.edit_contact": Rule(GROUP_A_EDITORS, GROUP_A),
    "groups.invite_member": Rule(GROUP_A_EDITORS, GROUP_A),
    "groups.remove_member": Rule(GROUP_A_EDITORS, GROUP_A),
    "groups.resend": Rule(GROUP_A_EDITORS, GROUP_A),
    # Notifications to families who asked to hear back.
    "notify.manage": Rule(MANAGERS),
    "notify.send": Rule(MANAGERS),
    # Accounts, the audit log and erasure.
    "users.index": Rule(ADMIN),
    "users.account": Rule(ADMIN),
    "users.change_role": Rule(ADMIN),
    "users.confirm": Rule(ADMIN, {"action": "unlock"}),
    "privacy.audit_log": Rule(ADMIN),
    "privacy.audit_csv": Rule(ADMIN),
    "privacy.erase": Rule(EVERYONE),
    "privacy.confirm_erase": Rule(EVERYONE),
    "privacy.erased": Rule(EVERYONE),
}


ENDPOINTS_LAST = ("auth.logout",)
"""Signing out ends the walking clients' sessions, so it is walked after everything else."""


class Walk:
    """One app per backend, with the walk's data built once for GETs and again for POSTs."""

    def __init__(self, database: MigratedDatabase) -> None:
        self.database = database
        self.app: Flask = make_app(database.url)
        self.phase: str | None = None
        self.data: World | None = None

    def world(self, phase: str) -> World:
        if phase != self.phase:
            if self.phase is not None:
                self.reset()
            self.data, self.phase = build_world(self.app), phase
        assert self.data is not None
        return self.data

    def reset(self) -> None:
        with self.app.app_context():
            db.session.remove()
            self.database.reset()


@pytest.fixture(scope="module")
def walk(database: MigratedDatabase) -> Iterator[Walk]:
    walking = Walk(database)
    yield walking
    walking.reset()
    with walking.app.app_context():
        db.engine.dispose()


def _endpoints(methods: set[str]) -> list[str]:
    app = make_app("sqlite://")
    found = {
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.endpoint not in EXCLUDED and methods & rule.methods
    }
    return sorted(found, key=lambda name: (name in ENDPOINTS_LAST, name))


def _url(app: Flask, endpoint: str, rule: Rule, world: World) -> str:
    (url_rule,) = [r for r in app.url_map.iter_rules() if r.endpoint == endpoint]
    values = {}
    for argument in url_rule.arguments:
        source = rule.params.get(argument, DEFAULT_PARAMS.get(argument))
        assert source is not None, f"Say which value fills <{argument}> of {endpoint} in RULES"
        values[argument] = world.values.get(source, source) if isinstance(source, str) else source
    with app.test_request_context():
        return url_for(endpoint, **values)


def _rule(endpoint: str) -> Rule:
    if endpoint not in RULES:
        pytest.fail(f"Add an access rule for {endpoint} to RULES in {__name__}")
    return RULES[endpoint]


def _send(world: World, role: str, method: str, url: str):
    headers = {}
    if url.startswith("/api/") and role != "anonymous":
        headers["Authorization"] = f"Bearer {world.tokens[role]}"
    response = world.clients[role].open(url, method=method, headers=headers, data={})
    response.get_data()  # a streamed body must be read, or its request never ends
    response.close()
    return response


def _to_sign_in(response) -> bool:
    return response.status_code == 302 and "/sign-in" in response.headers["Location"]


def _refused(url: str, role: str, response) -> bool:
    """Anonymous visitors go to sign-in (401 JSON from the API); others get 403 or 404."""
    if role == "anonymous" and url.startswith("/api/"):
        return response.status_code == 401 and response.is_json
    if role == "anonymous":
        return _to_sign_in(response)
    return response.status_code in (403, 404)


@pytest.mark.parametrize("endpoint", _endpoints({"GET"}))
def test_get_follows_the_rule(walk: Walk, endpoint: str) -> None:
    rule = _rule(endpoint)
    world = walk.world("get")
    url = _url(walk.app, endpoint, rule, world)
    wrong = []
    for role in ROLES:
        response = _send(world, role, "GET", url)
        if role in rule.allowed:
            public = "anonymous" in rule.allowed
            ok = response.status_code == 200 or (
                response.status_code == 302 and (public or not _to_sign_in(response))
            )
        else:
            ok = _refused(url, role, response)
        if not ok:
            expected = "allowed" if role in rule.allowed else "refused"
            wrong.append(f"{role}: {response.status_code} (expected {expected})")
    assert not wrong, f"GET {url}: " + "; ".join(wrong)


@pytest.mark.parametrize("endpoint", _endpoints({"POST"}))
def test_post_follows_the_rule(walk: Walk, endpoint: str) -> None:
    rule = _rule(endpoint)
    world = walk.world("post")
    url = _url(walk.app, endpoint, rule, world)
    wrong = []
    for role in ROLES:
        response = _send(world, role, "POST", url)
        if role in rule.may_post:
            ok = response.status_code < 500 and not (
                "anonymous" not in rule.may_post and _to_sign_in(response)
            )
        else:
            ok = _refused(url, role, response)
        if not ok:
            expected = "no error" if role in rule.may_post else "refused"
            wrong.append(f"{role}: {response.status_code} (expected {expected})")
    assert not wrong, f"POST {url}: " + "; ".join(wrong)


def test_every_rule_names_a_route() -> None:
    """A rule left behind for a route that is gone is a mistake in the table."""
    app = make_app("sqlite://")
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert set(RULES) - endpoints == set()
    assert endpoints >= EXCLUDED
