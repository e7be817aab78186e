"""Automatic checks for a page on a given viewport (Playwright): it fits without scrolling,
every control is at least 44 px both ways (a fingertip), and no visible text is smaller
than 14 px. Each returns what is wrong; an empty list passes."""

from __future__ import annotations

from playwright.sync_api import Page

MIN_TARGET_PX = 44
MIN_TEXT_PX = 14

_VISIBLE = """
const visible = (e) => {
  const style = getComputedStyle(e);
  if (style.display === "none" || style.visibility === "hidden") return false;
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
};
"""


def overflow(page: Page) -> list[str]:
    """The document scrolls (wider or taller than the viewport)."""
    size = page.evaluate(
        "() => ({w: document.documentElement.scrollWidth, h: document.documentElement.scrollHeight,"
        " vw: innerWidth, vh: innerHeight})"
    )
    problems = []
    if size["w"] > size["vw"]:
        problems.append(f"page is {size['w']} px wide in a {size['vw']} px viewport")
    if size["h"] > size["vh"]:
        problems.append(f"page is {size['h']} px tall in a {size['vh']} px viewport")
    return problems


def small_targets(page: Page, minimum: int = MIN_TARGET_PX) -> list[str]:
    """Visible buttons, links and inputs smaller than ``minimum`` px in either direction."""
    found: list[str] = page.evaluate(
        "(minimum) => {"
        + _VISIBLE
        + """
        return [...document.querySelectorAll("button, a[href], input, select, textarea")]
          .filter(visible)
          .map((e) => [e.id || e.textContent.trim(), e.getBoundingClientRect()])
          .filter(([, r]) => r.width < minimum || r.height < minimum)
          .map(([name, r]) => `${name}: ${Math.round(r.width)}x${Math.round(r.height)}`);
        }""",
        minimum,
    )
    return found


def small_text(page: Page, minimum: int = MIN_TEXT_PX) -> list[str]:
    """Visible elements with text of their own in a font smaller than ``minimum`` px."""
    found: list[str] = page.evaluate(
        "(minimum) => {"
        + _VISIBLE
        + """
        const out = [];
        for (const e of document.body.querySelectorAll("*")) {
          const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
          if (!own || !visible(e)) continue;
          const px = parseFloat(getComputedStyle(e).fontSize);
          if (px < minimum) out.push(`${e.id || e.className || e.tagName}: ${px}px`);
        }
        return out;
        }""",
        minimum,
    )
    return found
