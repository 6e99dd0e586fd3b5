"""Track: the same action, finding, question or measure across papers and meetings.

``link_file`` is called by the pipeline inside each file's transaction; the rest
(registers, timelines, corrections) are library functions the CLI and web call.
"""

from sqlalchemy.orm import Session

from scrutiny.track import identity
from scrutiny.track.reattach import reattach_file


def link_file(session: Session, sha256: str) -> None:
    """After a file's records are stored: move people's corrections of records whose id
    changed onto the records now at the same place, then link the records to items."""
    reattach_file(session, sha256)
    identity.link_file(session, sha256)


__all__ = ["link_file"]
