"""Configuration comes from FEEDBACK_* variables, and production refuses to start unsafely."""

import pytest

from feedback.config import ConfigError, load_config


def test_production_refuses_to_start_without_a_secret_key():
    with pytest.raises(ConfigError, match="FEEDBACK_SECRET_KEY is not set"):
        load_config(environ={})


def test_development_and_testing_make_up_a_secret_key():
    for env in ("development", "testing"):
        config = load_config(environ={"FEEDBACK_ENV": env})
        assert len(config["SECRET_KEY"]) >= 32


def test_settings_come_from_prefixed_variables_and_overrides_win():
    environ = {
        "FEEDBACK_SECRET_KEY": "from-env",
        "FEEDBACK_DATABASE_URL": "sqlite:///elsewhere.db",
        "FEEDBACK_DRAFT_LIFETIME_MINUTES": "90",
        "FEEDBACK_SESSION_COOKIE_SECURE": "true",
        "SECRET_KEY": "ignored: no prefix",
    }
    config = load_config(environ=environ, overrides={"SECRET_KEY": "override"})
    assert config["SECRET_KEY"] == "override"
    assert config["SQLALCHEMY_DATABASE_URI"] == "sqlite:///elsewhere.db"
    assert config["DRAFT_LIFETIME_MINUTES"] == 90
    assert config["SESSION_COOKIE_SECURE"] is True


def test_the_session_cookie_is_https_only_in_production_unless_turned_off():
    assert load_config(environ={"FEEDBACK_SECRET_KEY": "k"})["SESSION_COOKIE_SECURE"] is True
    assert load_config(environ={"FEEDBACK_ENV": "development"})["SESSION_COOKIE_SECURE"] is False
    environ = {"FEEDBACK_SECRET_KEY": "k", "FEEDBACK_SESSION_COOKIE_SECURE": "false"}
    assert load_config(environ=environ)["SESSION_COOKIE_SECURE"] is False


def test_an_unknown_environment_is_refused():
    with pytest.raises(ConfigError, match="FEEDBACK_ENV must be one of"):
        load_config(environ={"FEEDBACK_ENV": "staging"})


def test_a_number_setting_that_is_not_a_number_is_refused_by_name():
    with pytest.raises(ConfigError, match="FEEDBACK_DRAFT_LIFETIME_MINUTES must be a whole number"):
        load_config(environ={"FEEDBACK_ENV": "testing", "FEEDBACK_DRAFT_LIFETIME_MINUTES": "soon"})


def test_a_suppression_threshold_below_1_is_refused():
    with pytest.raises(ConfigError, match="FEEDBACK_SUPPRESSION_THRESHOLD must be 1 or more"):
        load_config(environ={"FEEDBACK_ENV": "testing", "FEEDBACK_SUPPRESSION_THRESHOLD": "0"})
