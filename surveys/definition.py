"""Survey definitions as versioned JSON, for moving surveys between installations.

Version 1 of the format (fields marked * are required; the rest may be left out)::

    {
      "format": "coproduction-feedback/survey",            *
      "version": 1,                                         *
      "survey": {                                           *
        "slug": "send-local-offer-2025",                    *  a-z, 0-9, "-" and "_"
        "title": "Local offer survey",                      *  up to 200 characters
        "purpose": "Why we are asking",
        "what_happens_next": "What we will do with the answers",
        "audiences": ["parents-carers"],                       slugs known to the installation
        "sections": [                                       *  at least one
          {
            "title": "About you",                           *
            "questions": [                                  *  at least one in the survey
              {
                "key": "heard-of-offer",                    *  unique, up to 60 characters
                "type": "single_choice",                    *  see surveys.types
                "text": "Have you heard of the local offer?",  *  up to 1,000 characters
                "required": true,                              default true
                "hint": "", "easy_read": "",
                "options": [{"value": "yes", "label": "Yes"}],  single/multiple choice only
                "allow_other": false,                          single/multiple choice only
                "minimum": 0, "maximum": 20,                   number only
                "show_if": {"question": "earlier-key", "operator": "is", "value": "yes"},
                "pledges": ["pledge-slug"], "areas": ["area-slug"]
              }
            ]
          }
        ]
      }
    }

`show_if` refers to an earlier question with options; `operator` is "is" or "is_not".
Export leaves out optional fields that hold their default, so files stay readable.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any, ClassVar

from surveys.model import Condition, Operator, Option, Question, Section, SurveyDefinition
from surveys.rules import DefinitionIssue, validate_definition

__all__ = [
    "FORMAT",
    "VERSION",
    "DefinitionError",
    "DefinitionIssue",
    "dumps",
    "export_definition",
    "import_definition",
    "loads",
    "validate_definition",
]

FORMAT = "coproduction-feedback/survey"
VERSION = 1


class DefinitionError(Exception):
    """A survey definition that cannot be used, with every problem found in it."""

    def __init__(self, issues: list[DefinitionIssue]) -> None:
        super().__init__(issues)
        self.issues = issues

    def __str__(self) -> str:
        return "\n".join(str(issue) for issue in self.issues)


class _Reader:
    """Collects problems while JSON is read, remembering which values could not be read."""

    def __init__(self) -> None:
        self.issues: list[DefinitionIssue] = []
        self._unreadable: list[str] = []

    def problem(self, path: str, message: str, *, unreadable: bool = True) -> None:
        self.issues.append(DefinitionIssue(path, message))
        if unreadable:
            self._unreadable.append(path)

    def covers(self, path: str) -> bool:
        """True when `path` is, or is inside, a value already reported as unreadable."""
        return any(
            path == bad or path.startswith((f"{bad}.", f"{bad}[")) for bad in self._unreadable
        )


@dataclass(frozen=True)
class _Scalar:
    """A JSON string, number or boolean. Unreadable values become `placeholder`."""

    accepts: Callable[[Any], bool]
    message: str
    placeholder: Any
    convert: Callable[[Any], Any] = lambda value: value
    write: Callable[[Any], Any] = lambda value: value

    def read(self, reader: _Reader, value: Any, path: str) -> Any:
        if self.accepts(value):
            return self.convert(value)
        reader.problem(path, self.message)
        return self.placeholder


@dataclass(frozen=True)
class _List:
    """A JSON array whose items are all of one kind; read as a tuple."""

    item: _Kind
    placeholder: ClassVar[tuple] = ()

    def read(self, reader: _Reader, value: Any, path: str) -> tuple:
        if not isinstance(value, list):
            reader.problem(path, "must be a list")
            return self.placeholder
        return tuple(self.item.read(reader, item, f"{path}[{i}]") for i, item in enumerate(value))

    def write(self, value: tuple) -> list:
        return [self.item.write(item) for item in value]


@dataclass(frozen=True)
class _Field:
    """One field of a JSON object: its kind, whether it must be there, its model attribute."""

    kind: _Kind
    required: bool = False
    attr: str = ""


@dataclass(frozen=True)
class _Object:
    """A JSON object read into the dataclass `model`, field by field."""

    model: Callable[..., Any]
    spec: dict[str, _Field]

    def _attr(self, name: str) -> str:
        return self.spec[name].attr or name

    @property
    def placeholder(self) -> Any:
        return self.model(
            **{self._attr(n): f.kind.placeholder for n, f in self.spec.items() if f.required}
        )

    def read(self, reader: _Reader, value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            reader.problem(path, "must be an object")
            return self.placeholder
        for name in value:
            if name not in self.spec:
                reader.problem(path, f"unknown field ‘{name}’", unreadable=False)
        attrs = {}
        for name, field in self.spec.items():
            at = f"{path}.{name}"
            if name in value:
                attrs[self._attr(name)] = field.kind.read(reader, value[name], at)
            elif field.required:
                reader.problem(at, "is required")
                attrs[self._attr(name)] = field.kind.placeholder
        return self.model(**attrs)

    def write(self, value: Any) -> dict:
        defaults = {f.name: f.default for f in fields(value)}
        data = {}
        for name, field in self.spec.items():
            attr = getattr(value, self._attr(name))
            if field.required or attr != defaults[self._attr(name)]:
                data[name] = field.kind.write(attr)
        return data


_Kind = _Scalar | _List | _Object


def _is_number(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, Decimal):
        return value.is_finite()
    return isinstance(value, int) and not isinstance(value, bool)


def _read_number(value: int | float | Decimal) -> Decimal:
    return Decimal(str(value)) if isinstance(value, float) else Decimal(value)


def _write_number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


_TEXT = _Scalar(lambda v: isinstance(v, str), "must be text", "")
_FLAG = _Scalar(lambda v: isinstance(v, bool), "must be true or false", False)
_NUMBER = _Scalar(_is_number, "must be a number", None, _read_number, _write_number)
_OPERATOR = _Scalar(
    lambda v: v in tuple(Operator),
    "must be ‘is’ or ‘is_not’",
    Operator.IS,
    Operator,
    lambda v: Operator(v).value,
)
_SLUGS = _List(_TEXT)

_QUESTION = _Object(
    Question,
    {
        "key": _Field(_TEXT, required=True),
        "type": _Field(_TEXT, required=True),
        "text": _Field(_TEXT, required=True),
        "required": _Field(_FLAG),
        "hint": _Field(_TEXT),
        "easy_read": _Field(_TEXT),
        "options": _Field(
            _List(_Object(Option, {"value": _Field(_TEXT, True), "label": _Field(_TEXT, True)}))
        ),
        "allow_other": _Field(_FLAG),
        "minimum": _Field(_NUMBER),
        "maximum": _Field(_NUMBER),
        "show_if": _Field(
            _Object(
                Condition,
                {
                    "question": _Field(_TEXT, True),
                    "operator": _Field(_OPERATOR, True),
                    "value": _Field(_TEXT, True),
                },
            ),
            attr="condition",
        ),
        "pledges": _Field(_SLUGS),
        "areas": _Field(_SLUGS),
    },
)
_SECTION = _Object(
    Section, {"title": _Field(_TEXT, True), "questions": _Field(_List(_QUESTION), True)}
)
_SURVEY = _Object(
    SurveyDefinition,
    {
        "slug": _Field(_TEXT, True),
        "title": _Field(_TEXT, True),
        "purpose": _Field(_TEXT),
        "what_happens_next": _Field(_TEXT),
        "audiences": _Field(_SLUGS),
        "sections": _Field(_List(_SECTION), True),
    },
)
_ENVELOPE = _Object(
    dict,
    {
        "format": _Field(_Scalar(lambda v: v == FORMAT, f"must be ‘{FORMAT}’", ""), True),
        "version": _Field(
            _Scalar(lambda v: type(v) is int and v == VERSION, f"must be {VERSION}", None), True
        ),
        "survey": _Field(_SURVEY, True),
    },
)


def export_definition(definition: SurveyDefinition) -> dict:
    """`definition` as a JSON-ready dict in the current format version."""
    return {"format": FORMAT, "version": VERSION, "survey": _SURVEY.write(definition)}


def dumps(definition: SurveyDefinition) -> str:
    """`definition` as JSON text, indented, ready to save as a file."""
    return json.dumps(export_definition(definition), indent=2, ensure_ascii=False) + "\n"


def import_definition(
    data: Any,
    *,
    audiences: Collection[str] | None = None,
    pledges: Collection[str] | None = None,
    areas: Collection[str] | None = None,
) -> SurveyDefinition:
    """The survey in exported `data`; DefinitionError listing every problem if unusable.

    `audiences`, `pledges` and `areas` are the slugs this installation knows (None: any).
    """
    version = data.get("version") if isinstance(data, dict) else None
    if isinstance(version, int) and not isinstance(version, bool) and version != VERSION:
        message = f"version {version} is not supported; this installation reads version {VERSION}"
        raise DefinitionError([DefinitionIssue("$.version", message)])
    reader = _Reader()
    definition = _ENVELOPE.read(reader, data, "$")["survey"]
    checks = validate_definition(definition, audiences=audiences, pledges=pledges, areas=areas)
    issues = reader.issues + [issue for issue in checks if not reader.covers(issue.path)]
    if issues:
        raise DefinitionError(issues)
    return definition


def loads(
    text: str,
    *,
    audiences: Collection[str] | None = None,
    pledges: Collection[str] | None = None,
    areas: Collection[str] | None = None,
) -> SurveyDefinition:
    """The survey in JSON `text`, as `import_definition`; invalid JSON is reported at `$`."""
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        raise DefinitionError([DefinitionIssue("$", message)]) from None
    except (ValueError, RecursionError):
        message = "not valid JSON: a number is too long or the nesting is too deep"
        raise DefinitionError([DefinitionIssue("$", message)]) from None
    return import_definition(data, audiences=audiences, pledges=pledges, areas=areas)
