"""The Atom feed: valid Atom 1.0, one entry per published action, never a draft."""

from __future__ import annotations

from datetime import datetime
from xml.etree import ElementTree

from feedback.models import ActionStatus
from tests.feedback.yousaid.helpers import make_action

FEED = "/you-said-we-did/feed.atom"
NS = {"atom": "http://www.w3.org/2005/Atom"}


def _feed(client) -> ElementTree.Element:
    response = client.get(FEED)
    assert response.status_code == 200
    assert response.content_type == "application/atom+xml; charset=utf-8"
    assert response.data.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    root = ElementTree.fromstring(response.data)
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    return root


def _text(element: ElementTree.Element, path: str) -> str:
    return element.find(path, NS).text


def test_the_feed_has_what_atom_requires_and_an_entry_per_published_action(client, app):
    make_action(
        app,
        "Shorter waits",
        slug="shorter-waits",
        published_at=datetime(2026, 5, 3, 9, 30),
        updates=[(datetime(2026, 6, 20, 8), ActionStatus.IN_PROGRESS, "Therapists started.")],
    )
    make_action(
        app,
        "A clearer local offer",
        slug="local-offer",
        status=ActionStatus.DONE,
        you_said="The local offer is hard to use.",
        we_did="We rewrote it with families.",
        published_at=datetime(2026, 6, 10, 9),
    )
    make_action(app, "A secret draft", slug="secret", published_at=None)

    root = _feed(client)
    assert _text(root, "atom:id") == f"http://localhost{FEED}"
    assert _text(root, "atom:title") == "You said, we did: the local area SEND partnership"
    assert _text(root, "atom:updated") == "2026-06-20T08:00:00Z"
    assert _text(root, "atom:author/atom:name") == "the local area SEND partnership"
    links = {link.get("rel"): link for link in root.findall("atom:link", NS)}
    assert links["self"].get("href") == f"http://localhost{FEED}"
    assert links["self"].get("type") == "application/atom+xml"
    assert links["alternate"].get("href") == "http://localhost/you-said-we-did/"

    entries = root.findall("atom:entry", NS)
    assert [_text(entry, "atom:title") for entry in entries] == [
        "A clearer local offer",
        "Shorter waits",
    ]
    offer, waits = entries
    url = "http://localhost/you-said-we-did/local-offer"
    assert _text(offer, "atom:id") == url
    assert offer.find("atom:link", NS).get("href") == url
    assert _text(offer, "atom:updated") == "2026-06-10T09:00:00Z"
    assert _text(offer, "atom:published") == "2026-06-10T09:00:00Z"
    assert offer.find("atom:summary", NS).get("type") == "text"
    assert _text(offer, "atom:summary") == (
        "You said: The local offer is hard to use.\n\nWe did: We rewrote it with families.\n\n"
        "Status: Done\n\nOwner: The NHS (integrated care board)"
    )
    assert offer.find("atom:category", NS).get("term") == "done"
    # Updated is the later of publication and the last update.
    assert _text(waits, "atom:updated") == "2026-06-20T08:00:00Z"
    assert b"secret" not in client.get(FEED).data


def test_an_empty_feed_is_still_valid(client, app):
    make_action(app, "A secret draft", published_at=None)
    root = _feed(client)
    assert root.findall("atom:entry", NS) == []
    assert _text(root, "atom:updated").endswith("Z")
    assert _text(root, "atom:id") and _text(root, "atom:title")
