"""Pre-meeting briefings: ``build_briefing`` and its Markdown and HTML renderers.

Sits on top of ``track`` and ``store``; nothing imports it but the CLI.
"""

from scrutiny.brief.briefing import Briefing, build_briefing

__all__ = ["Briefing", "build_briefing"]
