#!/usr/bin/env python3
"""Build the bundled example papers (and the held-out evaluation papers) from their sources.

Why this exists: the papers under ``examples/papers/`` and ``tests/fixtures/eval/`` must be
real PDFs and DOCX files with real tables, page breaks and blank pages, because that is what
the readers meet in the wild. Hand-editing binaries is neither reviewable nor repeatable, so
every paper is written as HTML (or plain text / Markdown) in a ``sources/`` folder and this
script lays it out with LibreOffice headless. The built files are committed, so nobody needs
LibreOffice to run the demo or the tests; re-run this script only after editing a source.

Naming convention in a sources folder (the suffix before ``.html`` names the output format):

    <stem>.pdf.html   ->  <stem>.pdf    (LibreOffice Writer, A4)
    <stem>.docx.html  ->  <stem>.docx   (LibreOffice Writer, "MS Word 2007 XML")
    <stem>.html       ->  <stem>.html   (copied: the paper *is* HTML)
    <stem>.txt / .md  ->  copied unchanged

Usage::

    python examples/make_examples.py            # examples/sources -> examples/papers
    python examples/make_examples.py --eval     # also tests/fixtures/eval/sources -> ../eval
    python examples/make_examples.py --only eval
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
EVAL = REPO / "tests" / "fixtures" / "eval"
SETS: dict[str, tuple[Path, Path]] = {
    "examples": (REPO / "examples" / "sources", REPO / "examples" / "papers"),
    "eval": (EVAL / "sources", EVAL),
}
SOFFICE_TARGET = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML"}


def output_name(source: Path) -> tuple[str, str | None]:
    """The built file's name, and the LibreOffice target format (None means copy as-is)."""
    name = source.name
    for fmt in SOFFICE_TARGET:
        suffix = f".{fmt}.html"
        if name.endswith(suffix):
            return name[: -len(suffix)] + f".{fmt}", fmt
    return name, None


def soffice_binary() -> str:
    """Locate LibreOffice; building PDFs/DOCX is impossible without it, so say how to fix."""
    for candidate in ("soffice", "libreoffice", "/usr/bin/soffice"):
        found = shutil.which(candidate)
        if found:
            return found
    sys.exit("make_examples: LibreOffice not found (apt-get install libreoffice-writer)")


def convert(source: Path, fmt: str, out_dir: Path, soffice: str) -> Path:
    """Lay out one HTML source as PDF or DOCX with LibreOffice Writer.

    A private user profile per run keeps concurrent LibreOffice processes (other
    engineers, CI) from fighting over one profile lock, which otherwise fails silently.
    The HTML is imported with the Writer filter, not Writer/Web, so the page is A4 and
    CSS page breaks become real page breaks.
    """
    target_name, _ = output_name(source)
    with tempfile.TemporaryDirectory(prefix="scrutiny-soffice-") as tmp:
        tmp_path = Path(tmp)
        staged = tmp_path / (Path(target_name).stem + ".html")
        shutil.copyfile(source, staged)
        cmd = [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--infilter=HTML (StarWriter)",
            "--convert-to",
            SOFFICE_TARGET[fmt],
            "--outdir",
            str(tmp_path / "out"),
            str(staged),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=180)
        built = tmp_path / "out" / target_name
        if not built.exists():
            raise RuntimeError(f"LibreOffice did not produce {target_name} from {source}")
        destination = out_dir / target_name
        shutil.copyfile(built, destination)
        return destination


def build_set(name: str) -> list[Path]:
    """Build every source of one named set; returns the files written."""
    sources, out_dir = SETS[name]
    return build_folder(sources, out_dir, name)


def build_folder(sources: Path, out_dir: Path, name: str = "papers") -> list[Path]:
    """Build every source in ``sources`` into ``out_dir`` (also for drafts kept elsewhere)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    soffice: str | None = None
    written: list[Path] = []
    for source in sorted(p for p in sources.iterdir() if p.is_file()):
        if source.suffix not in {".html", ".txt", ".md"}:
            continue
        target_name, fmt = output_name(source)
        if fmt is None:
            destination = out_dir / target_name
            shutil.copyfile(source, destination)
        else:
            soffice = soffice or soffice_binary()
            destination = convert(source, fmt, out_dir, soffice)
        written.append(destination)
        shown = destination.relative_to(REPO) if destination.is_relative_to(REPO) else destination
        print(f"{name}: {source.name} -> {shown}")
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", action="store_true", help="also build the evaluation set")
    parser.add_argument("--only", choices=sorted(SETS), help="build just one set")
    parser.add_argument("--src", type=Path, help="build this sources folder instead ...")
    parser.add_argument("--out", type=Path, help="... into this folder")
    args = parser.parse_args(argv)
    if args.src or args.out:
        if not (args.src and args.out):
            parser.error("--src and --out go together")
        build_folder(args.src, args.out)
        return 0
    names = [args.only] if args.only else (["examples", "eval"] if args.eval else ["examples"])
    for name in names:
        build_set(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
