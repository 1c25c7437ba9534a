"""The data model. Importing this package registers every table on `db.metadata`."""

from feedback.models.actions import (
    OWNER_LABELS,
    Action,
    ActionQuote,
    ActionStatus,
    ActionUpdate,
    Owner,
)
from feedback.models.api import ApiToken
from feedback.models.coproduction import (
    Level,
    Resolution,
    ReviewComment,
    ReviewGroup,
    ReviewRound,
    SignOff,
    Stage,
)
from feedback.models.imports import ResponseImport
from feedback.models.kpis import Kpi, KpiDirection, KpiPeriod, KpiSource, KpiUnit, KpiValue
from feedback.models.notifications import FollowUp, Notification, NotificationStatus
from feedback.models.rates import FunnelCount, FunnelStage, InvitationBatch, TargetPopulation
from feedback.models.reference import Area, Audience, Group, Locality, Pledge
from feedback.models.responses import Answer, Channel, Draft, Mode, Response
from feedback.models.security import AuditEvent, SignInAttempt, UserSession
from feedback.models.surveys import (
    GroupRole,
    Question,
    QuestionOption,
    Section,
    Survey,
    SurveyGroup,
    SurveyStatus,
    SurveyTranslation,
)
from feedback.models.themes import (
    FREE_TEXT_TYPES,
    CodebookTheme,
    CommentAnalysis,
    CommentTheme,
    Decision,
    ThemeAudit,
    ThemeSource,
)
from feedback.models.users import Invitation, Role, User

__all__ = [
    "FREE_TEXT_TYPES",
    "OWNER_LABELS",
    "Action",
    "ActionQuote",
    "ActionStatus",
    "ActionUpdate",
    "Answer",
    "ApiToken",
    "Area",
    "Audience",
    "AuditEvent",
    "Channel",
    "CodebookTheme",
    "CommentAnalysis",
    "CommentTheme",
    "Decision",
    "Draft",
    "FollowUp",
    "FunnelCount",
    "FunnelStage",
    "Group",
    "GroupRole",
    "Invitation",
    "InvitationBatch",
    "Kpi",
    "KpiDirection",
    "KpiPeriod",
    "KpiSource",
    "KpiUnit",
    "KpiValue",
    "Level",
    "Locality",
    "Mode",
    "Notification",
    "NotificationStatus",
    "Owner",
    "Pledge",
    "Question",
    "QuestionOption",
    "Resolution",
    "Response",
    "ResponseImport",
    "ReviewComment",
    "ReviewGroup",
    "ReviewRound",
    "Role",
    "Section",
    "SignInAttempt",
    "SignOff",
    "Stage",
    "Survey",
    "SurveyGroup",
    "SurveyStatus",
    "SurveyTranslation",
    "TargetPopulation",
    "ThemeAudit",
    "ThemeSource",
    "User",
    "UserSession",
]
