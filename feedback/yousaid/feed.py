"""The Atom 1.0 feed of published actions (RFC 4287), built with the standard library."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from xml.etree import ElementTree

from feedback.models import Action

ATOM = "http://www.w3.org/2005/Atom"
CONTENT_TYPE = "application/atom+xml; charset=utf-8"


def atom_time(moment: datetime) -> str:
    """A stored UTC time as Atom writes it: '2026-05-03T09:30:00Z'."""
    return moment.replace(microsecond=0).isoformat() + "Z"


def summary(action: Action) -> str:
    """The entry's summary: what people said, what was done and where it stands."""
    parts = [f"You said: {action.you_said.strip()}", f"We did: {action.we_did.strip()}"]
    parts.append(f"Status: {action.status.label}")
    if action.owner is not None:
        parts.append(f"Owner: {action.owner.label}")
    return "\n\n".join(parts)


def _add(parent: ElementTree.Element, tag: str, text: str | None = None, **attributes):
    element = ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}", attributes)
    if text is not None:
        element.text = text
    return element


def atom_feed(
    actions: Sequence[Action],
    *,
    title: str,
    author: str,
    feed_url: str,
    page_url: str,
    entry_url: Callable[[Action], str],
    changed: Callable[[Action], datetime],
    now: datetime,
) -> bytes:
    """The feed as UTF-8 XML: one entry per action (id and link `entry_url(action)`, updated
    `changed(action)`). The feed's own updated time is the latest entry's, or `now` if none."""
    ElementTree.register_namespace("", ATOM)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    _add(feed, "id", feed_url)
    _add(feed, "title", title)
    times = {action.id: changed(action) for action in actions}
    _add(feed, "updated", atom_time(max(times.values(), default=now)))
    _add(_add(feed, "author"), "name", author)
    _add(feed, "link", rel="self", type="application/atom+xml", href=feed_url)
    _add(feed, "link", rel="alternate", type="text/html", href=page_url)
    for action in actions:
        entry = _add(feed, "entry")
        url = entry_url(action)
        _add(entry, "id", url)
        _add(entry, "title", action.title)
        _add(entry, "updated", atom_time(times[action.id]))
        _add(entry, "published", atom_time(action.published_at))
        _add(entry, "link", rel="alternate", type="text/html", href=url)
        _add(entry, "category", term=action.status.value, label=action.status.label)
        _add(entry, "summary", summary(action), type="text")
    return ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True)
