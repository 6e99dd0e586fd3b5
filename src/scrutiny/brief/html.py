"""A briefing as one self-contained HTML page: inline CSS, no script, A4 print styles.

All document text is untrusted (a paper can say anything), so the template is rendered
with autoescaping on; nothing in it is marked safe.
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader

from scrutiny.brief import wording as w
from scrutiny.brief.briefing import Briefing

_ENV = Environment(
    loader=PackageLoader("scrutiny.brief", "templates"),
    autoescape=True,  # every value is escaped, whatever the template file is called
    trim_blocks=True,
    lstrip_blocks=True,
)
_ENV.globals.update(w=w)


def render_html(briefing: Briefing) -> str:
    """The briefing as a standalone HTML page."""
    return _ENV.get_template("briefing.html").render(
        b=briefing, sections=w.section_titles(briefing))
