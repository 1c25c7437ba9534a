"""The data model. Importing this package registers every table on `db.metadata`."""

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
    "Area",
    "Audience",
    "Channel",
    "CodebookTheme",
    "CommentAnalysis",
    "CommentTheme",
    "Decision",
    "Draft",
    "Group",
    "GroupRole",
    "Locality",
    "Pledge",
    "Question",
    "QuestionOption",
    "Response",
    "Role",
    "Section",
    "Survey",
    "SurveyGroup",
    "SurveyStatus",
    "ThemeAudit",
    "ThemeSource",
    "User",
]
