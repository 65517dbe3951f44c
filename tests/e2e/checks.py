"""What the browser checks measure on a page: axe-core, structure, console, width and weight."""

from axe_playwright_python.sync_playwright import Axe

_axe = Axe()

NARROW_WIDTH = 320

STRUCTURE_JS = """() => ({
  h1: document.querySelectorAll('h1').length,
  description: (document.querySelector('meta[name="description"]') || {}).content || '',
  lang: document.documentElement.getAttribute('lang') || '',
})"""

SCROLL_WIDTH_JS = "() => document.documentElement.scrollWidth"

# The innermost elements that stick out to the right: what makes a page scroll sideways.
OVERFLOWING_JS = """() => {
  const width = document.documentElement.clientWidth;
  const out = [...document.body.querySelectorAll('*')].filter(
    el => el.getBoundingClientRect().right > width + 0.5);
  const innermost = out.filter(el => !out.some(other => other !== el && el.contains(other)));
  return innermost.slice(0, 5).map(el => {
    const classes = typeof el.className === 'string' ? el.className.trim() : '';
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (classes ? '.' + classes.split(/\\s+/).join('.') : '');
    return `${name} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`;
  });
}"""


def axe_violations(page):
    """axe-core's violations on the current page (all rules axe enables by default)."""
    return _axe.run(page).response["violations"]


def describe_violations(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{violation['helpUrl']}]"
        )
        for node in violation["nodes"]:
            lines.append(f"    at {', '.join(map(str, node['target']))}: {node['html'][:160]}")
    return "\n".join(lines)


def assert_no_axe_violations(page):
    violations = axe_violations(page)
    assert not violations, f"axe-core violations on {page.url}:\n" + describe_violations(violations)


def transferred_bytes(requests):
    """Bytes transferred for finished requests (headers and bodies, as the browser saw them)."""
    total = 0
    for request in requests:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return total


def visit(page, url):
    """Load ``url`` and measure it; returns a report dict (nothing asserted here)."""
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    response = page.goto(url, wait_until="load")
    report = {
        "url": url,
        "final_url": page.url,
        "status": response.status,
        "html": response.text(),
        **page.evaluate(STRUCTURE_JS),
        "axe": axe_violations(page),
    }
    report["bytes"] = transferred_bytes(finished)
    page.set_viewport_size({"width": NARROW_WIDTH, "height": 800})
    report["scroll_width"] = page.evaluate(SCROLL_WIDTH_JS)
    report["overflowing"] = (
        page.evaluate(OVERFLOWING_JS) if report["scroll_width"] > NARROW_WIDTH else []
    )
    # Chromium logs a failed load for the document itself when it answers 404 on purpose.
    own_failure = (
        f"Failed to load resource: the server responded with a status of {response.status}"
    )
    report["errors"] = [
        m for m in page.errors.messages if not (own_failure in m and f"({response.url})" in m)
    ]
    return report


def focus_outline(page):
    """The focused element's outline (style and width) as computed by the browser."""
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          return {tag: el.tagName, text: (el.textContent || '').trim().slice(0, 60),
                  style: style.outlineStyle, width: parseFloat(style.outlineWidth) || 0,
                  shadow: style.boxShadow};
        }"""
    )


def assert_focus_visible(page):
    outline = focus_outline(page)
    visible = (outline["style"] != "none" and outline["width"] > 0) or outline["shadow"] != "none"
    assert visible, f"focused element has no visible focus indicator: {outline}"
