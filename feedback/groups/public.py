"""The public page where an invited person accepts: no sign-in, just the link's token.

Registered by `init_app` beside the groups blueprint, because it lives at `/invitations/<token>`,
outside the staff area.
"""

from __future__ import annotations

from flask import (
    Blueprint,
    Flask,
    Response,
    make_response,
    redirect,
    render_template,
    url_for,
)

from feedback.auth import sessions
from feedback.auth.services import MIN_PASSWORD_LENGTH
from feedback.extensions import db
from feedback.groups.forms import AcceptForm
from feedback.groups.invitations import (
    INVITATION_LIFETIME,
    InvitationState,
    InviteError,
    find_invitation,
    invitation_state,
)
from feedback.groups.invitations import accept as accept_invitation
from feedback.models import Invitation
from feedback.reviews.services import names

public_bp = Blueprint("invitations", __name__, template_folder="templates")

GONE = {
    InvitationState.USED: (
        "This invitation has already been used",
        "You have already set your password with this link. Sign in with your email address "
        "and that password.",
    ),
    InvitationState.EXPIRED: (
        "This invitation has expired",
        f"Invitation links work for {INVITATION_LIFETIME.days} days. "
        "Ask the person who invited you to send a new one.",
    ),
    InvitationState.REPLACED: (
        "This invitation has been replaced",
        "A newer link was sent to you, and this one no longer works. Use the newest link, or ask "
        "the person who invited you to send another.",
    ),
}
"""The title and advice for each link that no longer works."""


def init_app(app: Flask) -> None:
    """Register the invitation page."""
    app.register_blueprint(public_bp)


def _page(template: str, status: int, **context) -> Response:
    """A page whose address holds the token: keep it out of any Referer header sent from it."""
    response = make_response(render_template(template, **context), status)
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


def _gone(invitation: Invitation | None, state: InvitationState | None) -> Response:
    if invitation is None:
        title = "This invitation link is not recognised"
        advice = "Check you copied the whole link. If it still does not work, ask for a new one."
        status = 404
    else:
        title, advice = GONE[state]
        status = 410
    return _page("groups/invitation_gone.html", status, title=title, advice=advice)


@public_bp.route("/invitations/<token>", methods=["GET", "POST"])
def accept(token: str):
    """Show the group, ask for a password twice, then sign the person in at their reviews."""
    invitation = find_invitation(token)
    state = invitation_state(invitation) if invitation is not None else None
    if state is not InvitationState.VALID:
        return _gone(invitation, state)
    user = invitation.user
    form = AcceptForm()
    if form.validate_on_submit():
        try:
            accept_invitation(invitation, form.password.data)
        except InviteError as error:
            form.password.errors.append(str(error))
        else:
            sessions.begin(user)
            db.session.commit()
            return redirect(url_for("reviews.index"))
    return _page(
        "groups/accept.html",
        400 if form.errors else 200,
        form=form,
        invitation=invitation,
        group_names=names(user.groups) if user.groups else "",
        min_length=MIN_PASSWORD_LENGTH,
    )
