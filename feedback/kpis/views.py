"""The KPI register's pages: any staff member may read them; officers and admins change them."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from wtforms import SelectChoice

from feedback.auth.permissions import manages_surveys, roles_required, visible_surveys
from feedback.charts import chart_download
from feedback.extensions import db
from feedback.kpis import bp, display, register
from feedback.kpis.board import (
    TREND_PERIODS,
    board_report,
    default_period,
    offered_periods,
    read_period,
)
from feedback.kpis.forms import (
    ConfirmImportForm,
    ImportForm,
    KeyForm,
    KpiForm,
    PositiveForm,
    ValueForm,
)
from feedback.kpis.importing import (
    MAX_BYTES,
    SHOWN_PROBLEMS,
    ImportFailed,
    ImportProblem,
    decode,
    read_rows,
    save_values,
)
from feedback.kpis.services import kpi_status, kpi_statuses
from feedback.manage.forms import error_summary
from feedback.manage.services import long_date
from feedback.models import Area, Audience, Kpi, KpiSource, Role
from feedback.models.columns import utcnow
from stats.kpis import long_period_label, period_label, recent_periods
from stats.proportions import format_p_value

EDITORS = (Role.ADMIN, Role.OFFICER)
RESERVED_SLUGS = frozenset({"new", "import", "board-report"})
VALUE_PERIODS = {"month": 24, "quarter": 12, "year": 6}
"""How many periods back a value can be entered for on the page (older ones by CSV)."""


@bp.context_processor
def template_helpers() -> dict:
    """Helpers every KPI template can use."""
    return {
        "format_value": display.format_value,
        "point_value": display.point_value,
        "direction_text": display.direction_text,
        "change_text": display.change_text,
        "test_text": display.test_text,
        "format_p_value": format_p_value,
        "source_names": display.SOURCE_NAMES,
        "rag_classes": display.RAG_TAG_CLASSES,
        "sparkline_points": display.sparkline_points,
        "sparkline_size": (display.SPARKLINE_WIDTH, display.SPARKLINE_HEIGHT),
        "error_summary": error_summary,
        "long_date": long_date,
        "period_label": period_label,
        "long_period_label": long_period_label,
        "may_edit": current_user.is_authenticated and manages_surveys(current_user),
    }


def load_kpi(slug: str) -> Kpi:
    """The KPI with this slug, or 404."""
    kpi = db.session.scalar(select(Kpi).where(Kpi.slug == slug))
    if kpi is None:
        abort(404)
    return kpi


def kpi_url(kpi: Kpi) -> str:
    return url_for("kpis.kpi", slug=kpi.slug)


# The register and a KPI --------------------------------------------------------------------------


@bp.get("/", endpoint="register")
@roles_required()
def register_page():
    """Every KPI with its latest value, target, rating and change."""
    return render_template("kpis/register.html", statuses=kpi_statuses())


@bp.get("/<slug>")
@roles_required()
def kpi(slug: str):
    """A KPI's definition, rating, trend chart, change and significance."""
    found = load_kpi(slug)
    status = kpi_status(found)
    charts = [display.trend_chart(status)] if status.points else []
    options = register.key_options(found.question_key) if found.question_key else []
    if (download := chart_download(charts, request.args)) is not None:
        return download
    return render_template(
        "kpis/kpi.html",
        status=status,
        kpi=found,
        chart=charts[0] if charts else None,
        rule=display.rule_text(found, options),
        rag_rules=display.rag_rules(found),
        back_url=url_for("kpis.register"),
    )


# Adding and changing KPIs ------------------------------------------------------------------------


def _kpi_form(kpi: Kpi | None) -> KpiForm:
    areas = db.session.scalars(select(Area).order_by(Area.number))
    audiences = db.session.scalars(select(Audience).order_by(Audience.position))
    data = None
    if kpi is not None:
        data = {
            "name": kpi.name,
            "definition": kpi.definition,
            "owner": kpi.owner,
            "unit": kpi.unit.value,
            "direction": kpi.direction.value,
            "period": kpi.period.value,
            "source": kpi.source.value,
            "area": str(kpi.area_id or ""),
            "audience": str(kpi.audience_id or ""),
            "target": _typed(kpi.target),
            "amber_threshold": _typed(kpi.amber_threshold),
            "comparator": _typed(kpi.comparator),
            "comparator_label": kpi.comparator_label,
        }
    return KpiForm(
        data=data,
        areas=[SelectChoice(str(area.id), f"{area.number}. {area.name}") for area in areas],
        audiences=[SelectChoice(str(a.id), a.name) for a in audiences],
    )


def _typed(number) -> str:
    return "" if number is None else display.plain_number(number)


def _refuse_problems(form: KpiForm, kpi: Kpi | None) -> bool:
    """Add errors the form cannot know about; True when there are any.

    Names are unique. A KPI with entered values keeps its source, unit and period, so the
    values keep their meaning.
    """
    problems = False
    if register.name_taken(form.name.data, kpi):
        form.name.errors.append(f"There is already a KPI called ‘{form.name.data}’")
        problems = True
    count = register.entered_value_count(kpi) if kpi is not None else 0
    if not count:
        return problems
    values = f"This KPI has {count:,} entered value{'s' if count != 1 else ''}"
    fixed = {
        "source": f"{values}, so its values must stay entered. Add a new KPI to work one out "
        "from surveys",
        "unit": f"{values}, so what it measures cannot change",
        "period": f"{values}, so how often it is measured cannot change",
    }
    for name, message in fixed.items():
        if form[name].data != getattr(kpi, name).value:
            form[name].errors.append(message)
            problems = True
    return problems


@bp.route("/new", methods=["GET", "POST"])
@roles_required(*EDITORS)
def create():
    """Add a KPI to the register."""
    form = _kpi_form(None)
    if form.validate_on_submit() and not _refuse_problems(form, None):
        kpi = register.create_kpi(form.details(), reserved=RESERVED_SLUGS)
        return _after_saving(kpi, "added")
    return render_template(
        "kpis/kpi_form.html", form=form, kpi=None, back_url=url_for("kpis.register")
    )


@bp.route("/<slug>/edit", methods=["GET", "POST"])
@roles_required(*EDITORS)
def edit(slug: str):
    """Change a KPI's details."""
    found = load_kpi(slug)
    form = _kpi_form(found)
    if form.validate_on_submit() and not _refuse_problems(form, found):
        register.update_kpi(found, form.details())
        return _after_saving(found, "saved")
    return render_template("kpis/kpi_form.html", form=form, kpi=found, back_url=kpi_url(found))


def _after_saving(kpi: Kpi, done: str):
    if kpi.source == KpiSource.ANSWERS and not kpi.question_key:
        flash(f"‘{kpi.name}’ has been {done}. Now choose the question it counts", "success")
        return redirect(url_for("kpis.rule", slug=kpi.slug))
    flash(f"‘{kpi.name}’ has been {done}", "success")
    return redirect(kpi_url(kpi))


# The survey rule ---------------------------------------------------------------------------------


def _key_form(kpi: Kpi, choices: list[register.KeyChoice]) -> KeyForm:
    chosen = "key" in request.args
    form = KeyForm(formdata=request.args if chosen else None, data={"key": kpi.question_key or ""})
    form.key.choices = [SelectChoice("", "Choose a question")] + [
        SelectChoice(choice.key, f"{choice.key}: {choice.text} ({_surveys(choice.surveys)})")
        for choice in choices
    ]
    if chosen:
        form.validate()
        if not form.key.data:
            form.key.errors = ["Choose the question the KPI counts"]
    return form


def _surveys(count: int) -> str:
    return f"{count:,} survey{'s' if count != 1 else ''}"


def _positive_form(kpi: Kpi, key: str, options: list[register.KeyOption]) -> PositiveForm:
    if key == kpi.question_key:
        chosen = list(kpi.positive_values)
    else:
        chosen = [option.value for option in options if option.positive]
    form = PositiveForm(data={"key": key, "positive": chosen})
    form.positive.choices = [
        SelectChoice(option.value, option.label) for option in options if option.in_base
    ]
    return form


@bp.route("/<slug>/rule", methods=["GET", "POST"])
@roles_required(*EDITORS)
def rule(slug: str):
    """Choose the question key a survey KPI counts, then the answers that count as positive."""
    found = load_kpi(slug)
    if found.source != KpiSource.ANSWERS:
        abort(404)
    choices = register.key_choices()
    keys = {choice.key for choice in choices}
    key_form = _key_form(found, choices)
    if request.method == "POST":
        key = request.form.get("key", "")
        if key not in keys:
            abort(400)
    else:
        key = key_form.key.data if "key" in request.args else found.question_key
    options = register.key_options(key) if key in keys and not key_form.errors else []
    positive_form = _positive_form(found, key, options) if options else None
    if positive_form is not None and positive_form.validate_on_submit():
        register.set_rule(found, key, positive_form.positive.data)
        flash(f"‘{found.name}’ now counts answers to the question ‘{key}’", "success")
        return redirect(kpi_url(found))
    return render_template(
        "kpis/rule.html",
        kpi=found,
        key_form=key_form,
        key=key if options else None,
        question=next((choice for choice in choices if choice.key == key), None),
        positive_form=positive_form,
        left_out=[option for option in options if not option.in_base],
        page_errors=bool(key_form.errors),
        back_url=kpi_url(found),
    )


# Entering and importing values -------------------------------------------------------------------


@bp.route("/<slug>/values/new", methods=["GET", "POST"])
@roles_required(*EDITORS)
def enter_value(slug: str):
    """Enter (or replace) the value of an entered KPI for one period."""
    found = load_kpi(slug)
    if found.source != KpiSource.ENTERED:
        abort(404)
    existing = {value.period_start: value for value in found.values}
    periods = recent_periods(utcnow().date(), found.period, VALUE_PERIODS[found.period.value])
    choices = []
    for start in periods:
        label = long_period_label(start, found.period)
        if start in existing:
            label += f" (has {display.format_value(existing[start].value, found.unit)})"
        choices.append(SelectChoice(start.isoformat(), label))
    form = ValueForm(unit=found.unit, periods=choices)
    if request.method == "GET" and request.args.get("period") in {c.value for c in choices}:
        form.period.data = request.args["period"]
    if form.validate_on_submit():
        start = next(start for start in periods if start.isoformat() == form.period.data)
        old = register.current_value(found, start)
        new_value = register.NewValue(found, start, form.number, form.note.data or "")
        register.store_values([new_value], current_user)
        db.session.commit()
        label = period_label(start, found.period)
        new = display.format_value(form.number, found.unit)
        if old is None:
            flash(f"Saved {new} for {label}", "success")
        else:
            flash(
                f"Replaced the value for {label}: it was "
                f"{display.format_value(old, found.unit)}, it is now {new}",
                "success",
            )
        return redirect(kpi_url(found))
    return render_template("kpis/value_form.html", kpi=found, form=form, back_url=kpi_url(found))


def _import_page(form, problems=(), planned=None, confirm=None, status=200):
    shown = list(problems)[:SHOWN_PROBLEMS]
    return (
        render_template(
            "kpis/import.html",
            form=form,
            problems=shown,
            hidden_problems=len(problems) - len(shown),
            planned=planned,
            confirm=confirm,
            page_errors=bool(problems),
            back_url=url_for("kpis.register"),
        ),
        status,
    )


def _file_failure(form: ImportForm, failure: ImportFailed):
    form.values_file.errors = [*form.values_file.errors, failure.summary]
    return _import_page(form, failure.problems, status=400)


@bp.route("/import", methods=["GET", "POST"])
@roles_required(*EDITORS)
def import_values():
    """Upload a CSV file of values, checked and previewed before anything is saved."""
    form = ImportForm()
    if not form.validate_on_submit():
        return _import_page(form, status=400 if form.errors else 200)
    try:
        text = decode(form.values_file.data.read(MAX_BYTES + 1))
        planned = read_rows(text)
    except ImportFailed as failure:
        return _file_failure(form, failure)
    confirm = ConfirmImportForm(data={"content": text})
    return _import_page(form, planned=planned, confirm=confirm)


@bp.post("/import/confirm")
@roles_required(*EDITORS)
def confirm_import():
    """Import the values of the file checked on the previous page: all of them, or none."""
    confirm = ConfirmImportForm()
    form = ImportForm(formdata=None)
    if not confirm.validate_on_submit() or not confirm.content.data:
        problem = ImportProblem("Upload the file again: the checked file did not arrive")
        return _import_page(form, [problem], status=400)
    try:
        planned = read_rows(confirm.content.data)
    except ImportFailed as failure:
        return _file_failure(form, failure)
    summary = save_values(planned, current_user)
    flash(f"{summary}", "success")
    return redirect(url_for("kpis.register"))


# The board report --------------------------------------------------------------------------------


@bp.get("/board-report")
@roles_required()
def board():
    """One printable page for a quarter: KPIs with ratings and trends, themes, open actions."""
    today = utcnow().date()
    typed = request.args.get("period")
    start = read_period(typed, today) if typed else default_period(today)
    choices = [
        (period, long_period_label(period, "quarter")) for period in offered_periods(today, start)
    ]
    if start is None:
        return (
            render_template(
                "kpis/board_report.html",
                report=None,
                choices=choices,
                chosen=None,
                page_errors=True,
            ),
            400,
        )
    report = board_report(start, visible_surveys(current_user))
    return render_template(
        "kpis/board_report.html",
        report=report,
        choices=choices,
        chosen=start,
        today=today,
        trend_periods=TREND_PERIODS,
    )
