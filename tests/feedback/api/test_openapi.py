"""The OpenAPI document describes exactly the API's routes, and every reference in it resolves."""

from __future__ import annotations

import re

from feedback.api.auth import PUBLIC_ENDPOINTS
from feedback.api.openapi import openapi_document


def api_routes(app) -> dict[str, tuple[str, set[str]]]:
    """{OpenAPI path: (endpoint, methods)} for every route of the api blueprint."""
    routes = {}
    for rule in app.url_map.iter_rules():
        if rule.endpoint.startswith("api."):
            path = re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.rule.removeprefix("/api/v1"))
            routes[path] = (rule.endpoint, set(rule.methods) - {"HEAD", "OPTIONS"})
    return routes


def references(node) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if "$ref" in node else []
        return own + [ref for value in node.values() for ref in references(value)]
    if isinstance(node, list):
        return [ref for value in node for ref in references(value)]
    return []


def test_every_route_is_described_and_every_described_path_is_a_route(app):
    document = openapi_document()
    routes = api_routes(app)
    assert set(document["paths"]) == set(routes)
    for path, (_endpoint, methods) in routes.items():
        assert methods == {"GET"}, f"{path} must be read-only"
        assert set(document["paths"][path]) == {"get"}


def test_path_parameters_match_the_routes(app):
    for path, operations in openapi_document()["paths"].items():
        named = set(re.findall(r"{([a-z_]+)}", path))
        declared = {p["name"] for p in operations["get"].get("parameters", []) if p["in"] == "path"}
        assert named == declared, path


def test_only_the_public_endpoints_need_no_token(app):
    document = openapi_document()
    assert document["security"] == [{"bearerToken": []}]
    assert document["components"]["securitySchemes"]["bearerToken"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "A token from the staff page “API tokens”, starting `cpf_`.",
    }
    routes = api_routes(app)
    public = {path for path, op in document["paths"].items() if op["get"].get("security") == []}
    assert {routes[path][0] for path in public} == PUBLIC_ENDPOINTS
    for path, operations in document["paths"].items():
        if path not in public:
            assert "401" in operations["get"]["responses"], path


def test_every_reference_resolves(app):
    document = openapi_document()
    found = references(document)
    assert found
    for ref in found:
        node = document
        for part in ref.removeprefix("#/").split("/"):
            assert part in node, ref
            node = node[part]


def test_it_is_openapi_3_1_with_a_relative_server(app):
    document = openapi_document()
    assert document["openapi"] == "3.1.0"
    assert document["servers"] == [{"url": "/api/v1"}]
    assert {"title", "version", "description"} <= set(document["info"])
    operation_ids = [op["get"]["operationId"] for op in document["paths"].values()]
    assert len(set(operation_ids)) == len(operation_ids)
