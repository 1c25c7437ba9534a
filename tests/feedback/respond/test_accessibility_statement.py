"""The public accessibility statement: linked from every footer, in the visitor's language."""

from tests.pages import page, visible_text


def test_the_statement_is_in_the_footer_and_says_what_was_tested_and_what_is_known(client):
    home = page(client.get("/"))
    assert 'href="/accessibility">Accessibility statement</a>' in home

    statement = visible_text(client.get("/accessibility"))
    assert "WCAG) version 2.2 to level AA" in statement
    assert "a whole survey can be answered with a keyboard alone" in statement
    assert "have not yet been checked by people who speak those languages" in statement
    assert "Equality and Human Rights Commission" in statement


def test_the_statement_gives_the_contact_email_when_there_is_one(app, client):
    app.config["CONTACT_EMAIL"] = "send.feedback@example.org"
    statement = page(client.get("/accessibility"))
    assert 'href="mailto:send.feedback@example.org"' in statement


def test_the_statement_is_translated(client):
    client.get("/language/pl")
    assert "Deklaracja dostępności" in visible_text(client.get("/accessibility"))
    client.get("/language/ur")
    assert "رسائی کا بیان" in visible_text(client.get("/accessibility"))
