"""The data model. Importing this package registers every table on `db.metadata`."""

from feedback.models.api import ApiToken
from feedback.models.imports import ResponseImport
from feedback.models.kpis import Kpi, KpiDirection, KpiPeriod, KpiSource, KpiUnit, KpiValue
from feedback.models.rates import FunnelCount, FunnelStage, InvitationBatch, TargetPopulation
from feedback.models.reference import Area, Audience, Group, Locality, Pledge
from feedback.models.responses import Answer, Channel, Draft, Response
from feedback.models.surveys import (
    GroupRole,
    Question,
    QuestionOption,
    Section,
    Survey,
    SurveyGroup,
    SurveyStatus,
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
from feedback.models.users import Role, User

__all__ = [
    "FREE_TEXT_TYPES",
    "Answer",
    "ApiToken",
    "Area",
    "Audience",
    "Channel",
    "CodebookTheme",
    "CommentAnalysis",
    "CommentTheme",
    "Decision",
    "Draft",
    "FunnelCount",
    "FunnelStage",
    "Group",
    "GroupRole",
    "InvitationBatch",
    "Kpi",
    "KpiDirection",
    "KpiPeriod",
    "KpiSource",
    "KpiUnit",
    "KpiValue",
    "Locality",
    "Pledge",
    "Question",
    "QuestionOption",
    "Response",
    "ResponseImport",
    "Role",
    "Section",
    "Survey",
    "SurveyGroup",
    "SurveyStatus",
    "TargetPopulation",
    "ThemeAudit",
    "ThemeSource",
    "User",
]
