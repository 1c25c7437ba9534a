"""classify and classify_stream: the themes, areas and JSON lines people will see."""

from __future__ import annotations

import json

import pytest

from theming.classify import MAX_THEMES, classify, classify_stream
from theming.codebook import AREA_SLUGS, DEFAULT_CODEBOOK
from theming.learner import Learner
from theming.model import Theme
from theming.pipeline import COMMENT_MAX

URDU = "ہمیں کوئی مدد نہیں ملی اور ہم بہت پریشان ہیں"


def slugs(text: str, **options: object) -> list[str]:
    return [theme.slug for theme in classify(text, **options).themes]


def test_a_missing_named_contact_is_about_communication_and_a_named_contact() -> None:
    result = classify("There is no named contact at the council.")
    assert result.themes[0].slug == "communication-and-named-contact"
    assert result.areas[0] == "parental-engagement"


def test_a_long_wait_for_an_autism_assessment_is_about_waiting() -> None:
    result = classify("We waited 18 months for an autism assessment.")
    assert result.themes[0].slug == "autism-adhd-assessment"
    assert result.areas[0] == "waiting-times"


@pytest.mark.parametrize(
    ("sentence", "area"),
    [
        ("Leaders have not ensured that the SEND strategy is understood.", "strategy"),
        ("Joint commissioning arrangements are underdeveloped.", "joint-commissioning"),
        ("The local offer is not well known by parents.", "local-offer"),
        ("EHC plans are of variable quality.", "ehc-plan-quality"),
        ("Waiting times for the autism spectrum disorder pathway are too long.", "waiting-times"),
        ("Rates of exclusion of pupils with SEND are high.", "attendance-and-exclusions"),
        ("Too few young people with SEND move into supported internships.", "employment"),
        ("Co-production is not embedded.", "co-production"),
        ("Parents' views are not sought.", "parental-engagement"),
        ("Professionals across health and social care do not share information.",
         "inter-agency-working"),
        ("Families have to tell their story again and again.", "coordination-of-assessments"),
        ("Many parents are dissatisfied and have lost confidence in the area.",
         "parental-satisfaction"),
        ("Pupils with SEND make weaker progress than their peers.", "academic-progress"),
    ],
)  # fmt: skip
def test_inspection_sentences_rank_their_area_first(sentence: str, area: str) -> None:
    assert classify(sentence).areas[0] == area


def test_scores_are_between_0_and_1_best_first_and_at_most_five() -> None:
    text = (
        "No named contact, the annual review never happened, CAMHS refused the referral, "
        "the taxi is late every day and she is on a part-time timetable."
    )
    themes = classify(text).themes
    scores = [theme.score for theme in themes]
    assert 1 < len(themes) <= MAX_THEMES
    assert scores == sorted(scores, reverse=True)
    assert all(0 <= score <= 1 for score in scores)
    assert {theme.slug: theme.area for theme in themes} == {
        theme.slug: DEFAULT_CODEBOOK.theme(theme.slug).area for theme in themes
    }


@pytest.mark.parametrize(
    "text", ["Thank you.", "We waited 18 months for an autism assessment.", URDU, "😀😀"]
)
def test_every_non_empty_comment_ranks_all_13_areas(text: str) -> None:
    areas = classify(text).areas
    assert sorted(areas) == sorted(AREA_SLUGS)


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_an_empty_comment_gets_no_themes_and_no_areas(text: str) -> None:
    result = classify(text)
    assert result.themes == ()
    assert result.areas == ()


def test_a_comment_not_in_english_gets_no_themes_and_areas_in_the_prior_order() -> None:
    result = classify(URDU)
    assert result.themes == ()
    assert result.areas == AREA_SLUGS


def test_the_codebooks_own_examples_are_recognised() -> None:
    for theme in DEFAULT_CODEBOOK.themes:
        for example in theme.examples:
            assert theme.slug in slugs(example), example


def test_a_human_correction_changes_the_next_suggestion() -> None:
    learner = Learner()
    similar = "Lunchtime supervisors took his ear defenders off him again."
    assert "support-in-school" not in slugs(similar, learner=learner)
    learner.learn("The lunchtime staff keep taking away his ear defenders.", ["support-in-school"])
    assert slugs(similar, learner=learner)[0] == "support-in-school"


def test_a_theme_added_by_officers_is_suggested_from_its_phrases() -> None:
    codebook = type(DEFAULT_CODEBOOK)(
        (*DEFAULT_CODEBOOK.themes, Theme("ear-defenders", "Ear defenders", "local-offer",
                                         phrases=("ear defenders",)))
    )  # fmt: skip
    assert "ear-defenders" in slugs("He needs his ear defenders.", codebook=codebook)


def test_the_comment_is_redacted_with_the_configured_names() -> None:
    result = classify("Mrs Patel at Oakwood Primary was great.", names=["Oakwood Primary"])
    assert "Patel" not in result.redacted
    assert "Oakwood" not in result.redacted


def test_emoji_and_html_do_no_harm() -> None:
    result = classify("Great help 😀 <script>alert('x')</script> from the SENCO")
    assert "support-in-school" in [theme.slug for theme in result.themes]
    assert "<script>" in result.redacted, "redaction does not escape: templates do"


def stream(*lines: str) -> list[dict]:
    return [json.loads(line) for line in classify_stream(lines)]


def test_the_stream_gives_one_line_per_input_in_order() -> None:
    out = stream(
        json.dumps({"id": 1, "text": "No named contact at all."}),
        json.dumps({"id": "b", "text": ""}),
        json.dumps({"id": 3, "text": URDU}),
    )
    assert [line["id"] for line in out] == [1, "b", 3]
    assert set(out[0]) == {"id", "themes", "areas", "sentiment", "noun_phrases", "redacted"}
    assert out[0]["themes"][0]["slug"] == "communication-and-named-contact"
    assert set(out[0]["themes"][0]) == {"slug", "label", "score"}
    assert out[0]["themes"][0]["score"] == round(out[0]["themes"][0]["score"], 4)
    assert len(out[0]["areas"]) == 13
    assert out[0]["sentiment"]["label"] in {"negative", "mixed", "neutral", "positive"}
    assert out[1]["themes"] == [] and out[1]["areas"] == []
    assert out[2]["themes"] == [] and len(out[2]["areas"]) == 13


def test_a_malformed_line_gets_an_error_and_the_stream_goes_on() -> None:
    out = stream(
        json.dumps({"id": 1, "text": "Respite saved us."}),
        "{not json",
        "",
        json.dumps(["a", "list"]),
        json.dumps({"id": 5}),
        json.dumps({"id": 6, "text": 42}),
        json.dumps({"id": 7, "text": "The local offer is out of date."}),
    )
    assert out[1] == {"id": None, "error": 'line 2: not valid JSON; expected an object like '
                      '{"id": 1, "text": "..."}'}  # fmt: skip
    assert out[2]["error"].startswith("line 3: empty line")
    assert out[3] == {"id": None, "error": 'line 4: expected a JSON object like '
                      '{"id": 1, "text": "..."}'}  # fmt: skip
    assert out[4] == {"id": 5, "error": 'line 5: "text" is missing'}
    assert out[5] == {"id": 6, "error": 'line 6: "text" must be a string'}
    assert out[0]["themes"][0]["slug"] == "short-breaks"
    assert out[6]["areas"][0] == "local-offer"


def test_a_100000_character_comment_is_capped_not_a_crash() -> None:
    (line,) = stream(json.dumps({"id": "long", "text": "Respite please. " * 6250}))
    assert line["themes"][0]["slug"] == "short-breaks"
    assert len(line["redacted"]) <= COMMENT_MAX


def test_noun_phrases_with_redacted_details_are_left_out_of_the_stream() -> None:
    (line,) = stream(json.dumps({"id": 1, "text": "Sharon Bell never answered my emails."}))
    assert "Sharon" not in json.dumps(line)
