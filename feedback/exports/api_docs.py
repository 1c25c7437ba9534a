"""The API's OpenAPI document read for people: its operations and the fields of its schemas."""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Operation:
    """One endpoint as the documentation page lists it."""

    method: str
    url: str
    summary: str
    description: str
    needs_token: bool
    parameters: tuple[tuple[str, str], ...]
    responses: tuple[tuple[str, str, str], ...]
    """(status, what it means, the schema of the body)."""


@dataclass(frozen=True)
class Field:
    """One property of a schema."""

    name: str
    type: str
    description: str


def inline_code(text: str) -> Markup:
    """`text` made safe for HTML, with `backticked` parts as <code>, as the document writes them."""
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", str(escape(text))))


def _resolve(document: dict, item: dict) -> dict:
    """`item`, or what its `$ref` points to within the document."""
    while "$ref" in item:
        node = document
        for part in item["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        item = node
    return item


def type_text(schema: dict) -> str:
    """A schema's type in words: "integer or null", "list of Survey", "Audience"."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "oneOf" in schema:
        return " or ".join(type_text(option) for option in schema["oneOf"])
    kinds = schema.get("type", "any")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    words = [f"list of {type_text(schema['items'])}" if k == "array" else k for k in kinds]
    return " or ".join(words)


def _body_schema(document: dict, response: dict) -> str:
    content = _resolve(document, response).get("content", {}).get("application/json")
    return type_text(content["schema"]) if content else ""


def api_operations(document: dict) -> list[Operation]:
    """Every operation of the document, in its order, with full URLs."""
    base = document["servers"][0]["url"]
    default_security = document.get("security", [])
    return [
        Operation(
            method=method.upper(),
            url=base + path,
            summary=operation["summary"],
            description=operation.get("description", ""),
            needs_token=bool(operation.get("security", default_security)),
            parameters=tuple(
                (parameter["name"], parameter.get("description", ""))
                for parameter in operation.get("parameters", [])
            ),
            responses=tuple(
                (
                    status,
                    _resolve(document, response)["description"],
                    _body_schema(document, response),
                )
                for status, response in operation["responses"].items()
            ),
        )
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    ]


def schema_fields(document: dict) -> dict[str, tuple[str, list[Field]]]:
    """{schema name: (its description, its fields)} for every object schema."""
    return {
        name: (
            schema.get("description", ""),
            [
                Field(field, type_text(detail), detail.get("description", ""))
                for field, detail in schema.get("properties", {}).items()
            ],
        )
        for name, schema in document["components"]["schemas"].items()
    }
