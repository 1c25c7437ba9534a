"""The codebook pages (add, edit, merge, retire themes) and emerging themes. Officers only."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from feedback.analysis import bp, codebook
from feedback.analysis.emerging import MIN_COUNT, emerging
from feedback.analysis.forms import MergeForm, ThemeForm
from feedback.analysis.services import shown_text
from feedback.analysis.views import reviewers_only
from feedback.extensions import db
from feedback.models import Area, CodebookTheme, Survey


def _areas() -> list[Area]:
    return list(db.session.scalars(select(Area).order_by(Area.number)))


def _theme_or_404(slug: str) -> CodebookTheme:
    theme = codebook.find_theme(slug)
    if theme is None:
        abort(404)
    return theme


def _refuse_taken_label(form: ThemeForm, theme: CodebookTheme | None = None) -> bool:
    if not codebook.label_taken(form.label.data, exclude=theme):
        return False
    form.label.errors.append(f"There is already a theme called ‘{form.label.data}’")
    return True


THEMES_URL = "analysis.themes"


@bp.get("/themes")
@reviewers_only
def themes():
    """Every theme by area, with how many comments carry it."""
    return render_template("analysis/themes.html", areas=codebook.themes_by_area())


@bp.route("/themes/new", methods=["GET", "POST"])
@reviewers_only
def add_theme():
    """Add a theme to the codebook."""
    form = ThemeForm(_areas())
    if form.validate_on_submit() and not _refuse_taken_label(form):
        theme = codebook.add_theme(form.details(), current_user)
        flash(f"Added the theme ‘{theme.label}’", "success")
        return redirect(url_for(THEMES_URL, _anchor=f"theme-{theme.slug}"))
    return render_template(
        "analysis/theme_form.html",
        form=form,
        theme=None,
        heading="Add a theme",
        back_url=url_for(THEMES_URL),
    )


@bp.post("/emerging/adopt")
@reviewers_only
def adopt_phrase():
    """One click: an emerging phrase becomes a theme; its edit page opens to check the area."""
    phrase = request.form.get("phrase", "").strip()
    if not phrase:
        abort(400)
    survey_arg = request.form.get("survey", "")
    found = emerging(int(survey_arg) if survey_arg.isdigit() else None)
    examples = next((item.examples for item in found if item.phrase == phrase), ())
    theme = codebook.adopt_phrase(phrase, examples, current_user)
    if theme is None:
        flash(f"There is already a theme called ‘{phrase}’: add the phrase to it instead")
        return redirect(url_for("analysis.emerging_page"))
    flash(
        f"Added the theme ‘{theme.label}’ under ‘{theme.area.name}’. "
        "Check its area and add more key phrases",
        "success",
    )
    return redirect(url_for("analysis.edit_theme", slug=theme.slug))


@bp.route("/themes/<slug>/edit", methods=["GET", "POST"])
@reviewers_only
def edit_theme(slug: str):
    """Rename a theme, move it to another area, or change its description and phrases."""
    theme = _theme_or_404(slug)
    form = ThemeForm(_areas(), data=ThemeForm.initial(theme))
    if form.validate_on_submit() and not _refuse_taken_label(form, theme):
        if codebook.update_theme(theme, form.details(), current_user):
            flash(f"Saved the theme ‘{theme.label}’", "success")
        return redirect(url_for(THEMES_URL, _anchor=f"theme-{theme.slug}"))
    return render_template(
        "analysis/theme_form.html",
        form=form,
        theme=theme,
        heading=f"Change ‘{theme.label}’",
        back_url=url_for(THEMES_URL),
    )


@bp.route("/themes/<slug>/merge", methods=["GET", "POST"])
@reviewers_only
def merge_theme(slug: str):
    """Merge a theme into another: its comments move and it is retired."""
    theme = _theme_or_404(slug)
    if theme.retired:
        flash(f"‘{theme.label}’ is retired, so it cannot be merged")
        return redirect(url_for(THEMES_URL))
    targets = [other for other in codebook.active_themes() if other.id != theme.id]
    form = MergeForm(targets)
    if form.validate_on_submit():
        target = codebook.find_theme(form.target.data)
        moved = codebook.merge_themes(theme, target, current_user)
        flash(
            f"Merged ‘{theme.label}’ into ‘{target.label}’. "
            f"{moved:,} comment{'s' if moved != 1 else ''} moved",
            "success",
        )
        return redirect(url_for(THEMES_URL, _anchor=f"theme-{target.slug}"))
    return render_template(
        "analysis/merge.html", form=form, theme=theme, back_url=url_for(THEMES_URL)
    )


@bp.post("/themes/<slug>/retire")
@reviewers_only
def retire_theme(slug: str):
    """Retire a theme: it is no longer suggested or offered."""
    theme = _theme_or_404(slug)
    if not theme.retired:
        codebook.set_retired(theme, True, current_user)
        flash(f"Retired the theme ‘{theme.label}’", "success")
    return redirect(url_for(THEMES_URL, _anchor=f"theme-{theme.slug}"))


@bp.post("/themes/<slug>/unretire")
@reviewers_only
def unretire_theme(slug: str):
    """Bring a retired theme back into use."""
    theme = _theme_or_404(slug)
    if theme.retired:
        codebook.set_retired(theme, False, current_user)
        flash(f"‘{theme.label}’ is in use again", "success")
    return redirect(url_for(THEMES_URL, _anchor=f"theme-{theme.slug}"))


@bp.get("/emerging")
@reviewers_only
def emerging_page():
    """Frequent phrases the codebook does not cover yet, optionally for one survey."""
    survey_arg = request.args.get("survey", "")
    survey = db.session.get(Survey, int(survey_arg)) if survey_arg.isdigit() else None
    found = emerging(survey.id if survey else None)
    return render_template(
        "analysis/emerging.html",
        emerging=found,
        min_count=MIN_COUNT,
        shown=lambda text: shown_text(text, current_user),
        survey=survey,
        surveys=db.session.execute(select(Survey.id, Survey.title).order_by(Survey.title)).all(),
    )
