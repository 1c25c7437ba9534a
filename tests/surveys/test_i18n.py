"""Engine messages carry what the web app needs to translate them, and stay Flask-free."""

from __future__ import annotations

import subprocess
import sys

from surveys import FieldError, Question, get_type


def test_an_error_keeps_its_english_text_and_what_to_translate():
    question = Question("q", "long_text", "Tell us more")
    error = get_type("long_text").validate(question, {"answer": ["x" * 5001]}).errors[0]
    assert error.message == "Your answer must be 5,000 characters or fewer"
    assert error.translatable == (
        "Your answer must be %(limit)s characters or fewer",
        {"limit": "5,000"},
    )


def test_an_error_built_from_plain_text_translates_that_text():
    assert FieldError("answer", "Select an answer").translatable == ("Select an answer", {})


def test_the_engine_does_not_import_flask():
    code = "import sys, surveys; print(any(m.startswith('flask') for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"
