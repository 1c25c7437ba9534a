"""axe-core in the page under test: the WCAG 2.2 AA rules, and violations in a readable form.

axe is the copy scripts/setup vendors from the npm package `axe-core`. It is added as a script
tag, so the browser context must be made with `bypass_csp=True` (the app's policy allows only
its own scripts, with a nonce).

One finding is accepted, on purpose: GOV.UK Frontend's script puts `aria-expanded` on a radio
that reveals a conditional question (like "Other, please specify"). ARIA 1.2 does not list the
attribute for radios, but GOV.UK keeps it because screen readers announce the reveal with it
(alphagov/govuk-frontend#979). Only that attribute, on such a radio, is let through.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from playwright.sync_api import Page

AXE = Path(__file__).resolve().parents[2] / "feedback/static/vendor/axe-core/axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]

RUN = """async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags}, resultTypes: ["violations"],
  });
  const attributes = (node) => [...node.all, ...node.any, ...node.none]
    .flatMap((check) => check.data?.values || []);
  const govukReveal = (rule, node) => rule.id === "aria-allowed-attr"
    && attributes(node).length > 0
    && attributes(node).every((value) => value.startsWith("aria-expanded="))
    && document.querySelector(node.target[0])?.matches(".govuk-radios__input[aria-controls]");
  return results.violations.map((rule) => ({
    rule: rule.id,
    impact: rule.impact || "",
    help: rule.help,
    targets: rule.nodes.filter((node) => !govukReveal(rule, node))
      .map((node) => node.target.join(" ")),
  })).filter((rule) => rule.targets.length);
}"""


@dataclass(frozen=True)
class Violation:
    """One axe rule broken on a page, with the elements that break it."""

    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def describe(self) -> str:
        shown = ", ".join(self.targets[:5]) + (" …" if len(self.targets) > 5 else "")
        return f"{self.rule} ({self.impact}): {self.help} [{shown}]"


def axe_violations(page: Page) -> list[Violation]:
    """Run axe on the page as it is now; the violations of the WCAG 2.2 AA rules."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    found = page.evaluate(RUN, TAGS)
    return [
        Violation(item["rule"], item["impact"], item["help"], tuple(item["targets"]))
        for item in found
    ]
