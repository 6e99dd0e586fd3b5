"""Track: the same action, finding, question or measure across papers and meetings.

``link_file`` is called by the pipeline inside each file's transaction; the rest
(registers, timelines, corrections) are library functions the CLI and web call.
"""

from scrutiny.track.identity import link_file

__all__ = ["link_file"]
