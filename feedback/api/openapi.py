"""The OpenAPI 3.1 description of the API, served at /api/v1/openapi.json.

Paths are relative to the server URL `/api/v1`. Schemas are JSON Schema 2020-12, so a value
that may be hidden or missing has the type `[..., "null"]`.
"""

from __future__ import annotations

import copy

from feedback.models import KpiSource

SUPPRESSION_NOTE = (
    "Counts from 1 to the suppression threshold − 1 (4 by default) are null, with `suppressed` "
    "true; so are counts that would let a hidden one be worked out, and every percentage built "
    "on a hidden count."
)


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(type_name: str, description: str = "", **keywords: str) -> dict:
    schema: dict = {"type": [type_name, "null"], **keywords}
    if description:
        schema["description"] = description
    return schema


def _object(properties: dict, description: str = "") -> dict:
    schema = {"type": "object", "required": list(properties), "properties": properties}
    if description:
        schema["description"] = description
    return schema


def _json(schema: dict, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _error(description: str) -> dict:
    return _json(_ref("Error"), description)


UNAUTHORISED = {"$ref": "#/components/responses/Unauthorised"}
NOT_FOUND = {"$ref": "#/components/responses/NotFound"}

SURVEY_PARAMETER = {
    "name": "survey_ref",
    "in": "path",
    "required": True,
    "description": "The survey's id, or its slug (like `send-parent-carer-survey`).",
    "schema": {"type": "string"},
}
KPI_PARAMETER = {
    "name": "slug",
    "in": "path",
    "required": True,
    "description": "The KPI's slug.",
    "schema": {"type": "string"},
}

SCHEMAS = {
    "Error": _object(
        {
            "error": _object(
                {
                    "code": {
                        "type": "string",
                        "enum": [
                            "bad_request",
                            "unauthorised",
                            "forbidden",
                            "not_found",
                            "method_not_allowed",
                            "server_error",
                        ],
                    },
                    "message": {"type": "string", "description": "What went wrong, for people."},
                }
            )
        }
    ),
    "Audience": _object({"slug": {"type": "string"}, "name": {"type": "string"}}),
    "Survey": _object(
        {
            "id": {"type": "integer"},
            "slug": {"type": "string"},
            "title": {"type": "string"},
            "status": {
                "type": "string",
                "enum": ["draft", "in_review", "open", "closed", "archived"],
            },
            "audiences": {"type": "array", "items": _ref("Audience")},
            "opens_on": _nullable("string", "The date it opens, if set.", format="date"),
            "closes_on": _nullable("string", "The date it closes, if set.", format="date"),
            "results_published_at": _nullable(
                "string", "When its results were published (UTC), if they were.", format="date-time"
            ),
            "responses": _nullable("integer", "How many responses; null when suppressed."),
            "responses_suppressed": {"type": "boolean"},
            "links": _object(
                {
                    "self": {"type": "string", "format": "uri-reference"},
                    "results": {"type": "string", "format": "uri-reference"},
                }
            ),
        }
    ),
    "SurveyList": _object({"surveys": {"type": "array", "items": _ref("Survey")}}),
    "Option": _object(
        {
            "label": {"type": "string"},
            "in_base": {
                "type": "boolean",
                "description": "False for answers like “Don't know”, shown but not in the base.",
            },
            "count": _nullable("integer"),
            "percent": _nullable("number", "Percent of the base, 0–100, not rounded."),
            "ci_low": _nullable("number", "Lower end of the 95% Wilson interval, 0–100."),
            "ci_high": _nullable("number", "Upper end of the 95% Wilson interval, 0–100."),
            "suppressed": {"type": "boolean", "description": "True when `count` is hidden."},
        }
    ),
    "NumberSummary": _object(
        {
            "mean": {"type": "number"},
            "median": {"type": "number"},
            "min": {"type": "number"},
            "max": {"type": "number"},
        },
        "The spread of answers to a number or rating question.",
    ),
    "Question": _object(
        {
            "key": {"type": "string", "description": "Stable across waves of a survey."},
            "text": {"type": "string"},
            "type": {"type": "string"},
            "n": _nullable("integer", "How many answered the question."),
            "base": _nullable("integer", "n less those outside the base (choice questions)."),
            "options": {"type": "array", "items": _ref("Option")},
            "positive_percent": _nullable(
                "number", "Percent choosing the top two boxes of a scale, 0–100."
            ),
            "summary": {"oneOf": [_ref("NumberSummary"), {"type": "null"}]},
        }
    ),
    "Results": _object(
        {
            "survey": _object(
                {
                    "id": {"type": "integer"},
                    "slug": {"type": "string"},
                    "title": {"type": "string"},
                }
            ),
            "responses": _nullable("integer"),
            "questions": {"type": "array", "items": _ref("Question")},
        },
        SUPPRESSION_NOTE,
    ),
    "KpiPoint": _object(
        {
            "period_start": {"type": "string", "format": "date"},
            "label": {"type": "string", "description": "The period, like “2026 Q1”."},
            "value": _nullable("number", "The value (percentages 0–100); null when suppressed."),
            "numerator": _nullable("integer", "Survey KPIs: the count of positive answers."),
            "denominator": _nullable("integer", "Survey KPIs: the base it is a share of."),
        }
    ),
    "KpiChange": _object(
        {
            "difference": {"type": "number", "description": "Latest value less the previous."},
            "better": _nullable("boolean", "Whether it moved the good way; null if no change."),
            "summary": {"type": "string", "description": "Like “up 6.2 points, better”."},
        }
    ),
    "KpiTest": _object(
        {
            "difference": {"type": "number"},
            "p_value": {"type": "number"},
            "significant": {"type": "boolean", "description": "At the 5% level."},
            "summary": {"type": "string"},
        },
        "A two-proportion test of the change, for survey proportions.",
    ),
    "Kpi": _object(
        {
            "slug": {"type": "string"},
            "name": {"type": "string"},
            "definition": {"type": "string"},
            "owner": {"type": "string"},
            "unit": {"type": "string", "enum": ["percent", "count", "days"]},
            "direction": {
                "type": "string",
                "enum": ["up", "down"],
                "description": "Which way is better.",
            },
            "period": {"type": "string", "enum": ["month", "quarter", "year"]},
            "source": {"type": "string", "enum": [source.value for source in KpiSource]},
            "target": _nullable("number"),
            "amber_threshold": _nullable("number", "Worse than the target but not red."),
            "comparator": _nullable("number", "A figure to compare with, like a national one."),
            "comparator_label": {"type": "string"},
            "area": {
                "oneOf": [
                    _object({"number": {"type": "integer"}, "name": {"type": "string"}}),
                    {"type": "null"},
                ],
                "description": "The area of weakness it relates to.",
            },
            "audience": _nullable("string", "The audience's slug, for survey KPIs."),
            "question_key": _nullable("string", "The question counted, for survey KPIs."),
            "points": {"type": "array", "items": _ref("KpiPoint")},
            "latest": {"oneOf": [_ref("KpiPoint"), {"type": "null"}]},
            "previous": {"oneOf": [_ref("KpiPoint"), {"type": "null"}]},
            "rag": {"type": ["string", "null"], "enum": ["red", "amber", "green", None]},
            "change": {"oneOf": [_ref("KpiChange"), {"type": "null"}]},
            "test": {"oneOf": [_ref("KpiTest"), {"type": "null"}]},
        },
        "A KPI of the register with its values, oldest first. " + SUPPRESSION_NOTE,
    ),
    "KpiList": _object({"kpis": {"type": "array", "items": _ref("Kpi")}}),
}

PATHS = {
    "/surveys": {
        "get": {
            "operationId": "listSurveys",
            "summary": "List surveys",
            "description": "Every survey the token's owner may see, newest first.",
            "responses": {
                "200": _json(_ref("SurveyList"), "The surveys."),
                "401": UNAUTHORISED,
            },
        }
    },
    "/surveys/{survey_ref}": {
        "get": {
            "operationId": "getSurvey",
            "summary": "Get a survey",
            "description": "One survey's details and how many responses it has.",
            "parameters": [SURVEY_PARAMETER],
            "responses": {
                "200": _json(_ref("Survey"), "The survey."),
                "401": UNAUTHORISED,
                "404": NOT_FOUND,
            },
        }
    },
    "/surveys/{survey_ref}/results": {
        "get": {
            "operationId": "getSurveyResults",
            "summary": "Get a survey's results",
            "description": "Per-question counts, percentages of the base and 95% Wilson "
            "intervals, as `flask reports survey --public` writes them. " + SUPPRESSION_NOTE,
            "parameters": [SURVEY_PARAMETER],
            "responses": {
                "200": _json(_ref("Results"), "The results."),
                "401": UNAUTHORISED,
                "404": NOT_FOUND,
            },
        }
    },
    "/kpis": {
        "get": {
            "operationId": "listKpis",
            "summary": "List KPIs",
            "description": "Every KPI of the register, in its order, with values per period, "
            "the red/amber/green rating, the change since the last period and, for survey "
            "proportions, whether that change is significant.",
            "responses": {"200": _json(_ref("KpiList"), "The KPIs."), "401": UNAUTHORISED},
        }
    },
    "/kpis/{slug}": {
        "get": {
            "operationId": "getKpi",
            "summary": "Get a KPI",
            "description": "One KPI of the register.",
            "parameters": [KPI_PARAMETER],
            "responses": {
                "200": _json(_ref("Kpi"), "The KPI."),
                "401": UNAUTHORISED,
                "404": NOT_FOUND,
            },
        }
    },
    "/openapi.json": {
        "get": {
            "operationId": "getOpenApi",
            "summary": "This description",
            "description": "The OpenAPI 3.1 document. No token is needed.",
            "security": [],
            "responses": {"200": _json({"type": "object"}, "The OpenAPI document.")},
        }
    },
}

OPENAPI = {
    "openapi": "3.1.0",
    "info": {
        "title": "Co-production Feedback API",
        "version": "1.0.0",
        "summary": "Read-only survey results and KPIs of the SEND partnership.",
        "description": (
            "Every endpoint is read-only (GET). Send a token made on the staff page "
            "“API tokens” as `Authorization: Bearer <token>`. A token reads what its owner "
            "may read. Small numbers are suppressed, as on published pages. Errors are JSON: "
            '`{"error": {"code": "...", "message": "..."}}`.'
        ),
    },
    "servers": [{"url": "/api/v1"}],
    "security": [{"bearerToken": []}],
    "paths": PATHS,
    "components": {
        "securitySchemes": {
            "bearerToken": {
                "type": "http",
                "scheme": "bearer",
                "description": "A token from the staff page “API tokens”, starting `cpf_`.",
            }
        },
        "responses": {
            "Unauthorised": _error(
                "No token, a malformed Authorization header, or a token that is unknown, "
                "revoked or whose owner is deactivated. Has a `WWW-Authenticate: Bearer` header."
            ),
            "NotFound": _error("Nothing here, or nothing the token's owner may see."),
        },
        "schemas": SCHEMAS,
    },
}


def openapi_document() -> dict:
    """The OpenAPI document as a fresh dict (callers may change it)."""
    return copy.deepcopy(OPENAPI)
