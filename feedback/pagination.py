"""GOV.UK pagination parameters for any paged list."""

from __future__ import annotations

from collections.abc import Callable


def pagination(page: int, pages: int, href: Callable[[int], str]) -> dict | None:
    """govukPagination parameters: first, last and neighbouring pages, with ellipses between;
    None when everything fits on one page. `href(number)` is the address of a page."""
    if pages <= 1:
        return None
    shown = {1, pages, page - 1, page, page + 1}
    items: list[dict] = []
    previous = 0
    for number in sorted(n for n in shown if 1 <= n <= pages):
        if number - previous > 1:
            items.append({"ellipsis": True})
        items.append({"number": number, "href": href(number), "current": number == page})
        previous = number
    params: dict = {"items": items}
    if page > 1:
        params["previous"] = {"href": href(page - 1)}
    if page < pages:
        params["next"] = {"href": href(page + 1)}
    return params
