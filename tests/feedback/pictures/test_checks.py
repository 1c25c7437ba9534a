"""Checking an uploaded picture: its real type from its bytes, its size and its alt text."""

import pytest

from feedback.pictures.checks import (
    ALT_MAX,
    picture_problems,
    picture_type,
    size_words,
)
from tests.feedback.pictures.helpers import EXE, GIF, JPEG, PDF, PNG, SVG, WEBP


def problems(upload, alt="A shield", *, max_kb=1024, has_picture=False, remove=False):
    found = picture_problems(upload, alt, max_kb=max_kb, has_picture=has_picture, remove=remove)
    return [(problem.field, problem.message) for problem in found]


@pytest.mark.parametrize(
    ("data", "mimetype"),
    [(PNG, "image/png"), (JPEG, "image/jpeg"), (GIF, "image/gif"), (WEBP, "image/webp")],
)
def test_the_type_comes_from_the_first_bytes(data, mimetype):
    assert picture_type(data) == mimetype
    assert problems(data) == []


@pytest.mark.parametrize("data", [SVG, PDF, EXE, b"", b"RIFF\x00\x00\x00\x00WAVE", b"GIF8"])
def test_anything_else_is_refused_whatever_it_is_called(data):
    assert picture_type(data) is None
    assert problems(data) == [("picture", "The picture must be a PNG, JPEG, GIF or WebP file")]


def test_a_picture_over_the_limit_is_refused_with_the_limit_in_words():
    assert problems(PNG + b"\x00" * 1024 * 1024) == [
        ("picture", "The picture must be 1 MB or smaller")
    ]
    assert problems(PNG + b"\x00" * 2048, max_kb=2) == [
        ("picture", "The picture must be 2 KB or smaller")
    ]
    assert problems(PNG + b"\x00" * (1024 * 1024 - len(PNG))) == []
    assert (size_words(1024), size_words(2048), size_words(500)) == ("1 MB", "2 MB", "500 KB")


def test_a_picture_needs_alt_text_of_at_most_250_characters():
    message = "Enter alt text that says what the picture shows"
    assert problems(PNG, alt="") == [("picture_alt", message)]
    assert problems(None, alt="", has_picture=True) == [("picture_alt", message)]
    assert problems(PNG, alt="x" * ALT_MAX) == []
    assert problems(PNG, alt="x" * (ALT_MAX + 1)) == [
        ("picture_alt", "The alt text must be 250 characters or fewer")
    ]


def test_alt_text_without_a_picture_asks_for_the_picture():
    assert problems(None, alt="A shield") == [
        ("picture", "Choose a picture to go with the alt text, or delete the alt text")
    ]
    assert problems(None, alt="") == []


def test_a_bad_file_and_missing_alt_text_are_both_reported():
    assert [field for field, _ in problems(PDF, alt="")] == ["picture", "picture_alt"]


def test_removing_needs_no_alt_text_and_cannot_be_mixed_with_a_new_picture():
    assert problems(None, alt="", has_picture=True, remove=True) == []
    assert problems(PNG, has_picture=True, remove=True) == [
        ("picture", "Choose a new picture or select ‘Remove the picture’, not both")
    ]
