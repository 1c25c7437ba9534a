"""The password rules: length only, no composition rules, no common passwords, not the email."""

import pytest

from feedback.auth.passwords import COMMON, password_problem


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short", "Your password must be at least 8 characters"),
        ("x" * 129, "Your password must be 128 characters or fewer"),
        ("password", COMMON),
        ("PassWord1", COMMON),
        ("qwertyuiop", COMMON),
        (
            "kim@example.org",
            "Choose a password that is harder to guess: it must not be your email address",
        ),
    ],
)
def test_weak_passwords_are_refused_with_a_reason(password, problem):
    assert password_problem(password, "Kim@Example.org") == problem


@pytest.mark.parametrize(
    "password", ["trains and buses", "alllowercaseletters", "x" * 128, "12345678a£é"]
)
def test_any_long_enough_uncommon_password_is_accepted_without_composition_rules(password):
    assert password_problem(password, "kim@example.org") is None


def test_the_common_password_message_is_the_one_people_read():
    assert COMMON == (
        "Choose a password that is harder to guess: this one is in a list of common passwords"
    )
