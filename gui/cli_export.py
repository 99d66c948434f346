"""`fasl export`: the command-line face of `fasl.store.export` (headless, no Qt).

Kept out of gui/cli.py so the export options live in one place; `add_parser` registers the
subcommand on the `fasl` parser.
"""
from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

FORMAT_HELP = {
    "jsonl": "one JSON object per document: text, zones, entities, review (fasl import reads it)",
    "brat": "a folder of .txt/.ann standoff pairs with annotation.conf (fasl import reads it)",
    "conll": "IOB2 entity tags per token, nested entities in extra columns",
    "spacy": 'JSONL {"text", "tokens", "spans"} for spaCy and Prodigy',
    "label-studio": "a Label Studio tasks JSON with the annotations, and its labelling config",
    "text": "the cleaned corpus: each main story as title/dateline/body/source/tags fields",
}


def _ids(value: str) -> list[str]:
    """``a,b,c`` or ``@FILE`` (one id a line)."""
    if value.startswith("@"):
        path = Path(value[1:])
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise argparse.ArgumentTypeError(f"{path}: {exc.strerror or exc}") from None
        return [line.strip() for line in lines if line.strip()]
    return [part.strip() for part in value.split(",") if part.strip()]


def _progress():
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        sys.stderr.write(f"\rexporting {done:,}/{total:,}")
        sys.stderr.flush()

    return show


def cmd_export(args: argparse.Namespace) -> int:
    from fasl.gui.cli import CliError
    from fasl.store.db import open_store
    from fasl.store.export import export

    if not Path(args.store).exists():
        raise CliError(f"{args.store}: no such store")
    if args.related and args.format != "text":
        raise CliError("--related only applies to --format text")
    db = open_store(args.store, readonly=True)
    states = None if args.all_states else (args.state or ["done"])
    report = export(db, args.format, args.out, reviewer=args.reviewer, states=states,
                    ids=args.ids, related=args.related, progress=_progress())
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    print(f"{args.out}: {report.summary()}")
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``fasl export`` on the `fasl` command's subparsers."""
    from fasl.store.documents import ReviewState
    from fasl.store.export import FORMATS

    formats = "\n".join(f"  {name:<13} {FORMAT_HELP[name]}" for name in FORMATS)
    parser = subparsers.add_parser(
        "export", help="export one reviewer's annotations (jsonl, brat, conll, spacy, ...)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=textwrap.fill(
            "Export the done documents of one reviewer (by default `gold` when it has done "
            "documents, else the only reviewer who has worked on the store). Offsets are code "
            "points of the text written beside them. The output appears only when the export "
            "is complete; `fasl import` reads the jsonl and brat exports back.", 88)
        + "\n\nformats:\n" + formats)
    parser.add_argument("store", help="store file (opened read-only)")
    parser.add_argument("--format", "-f", required=True, choices=list(FORMATS),
                        metavar="FORMAT", help="one of: " + ", ".join(FORMATS))
    parser.add_argument("--out", "-o", required=True, type=Path,
                        help="output file (a folder for brat)")
    parser.add_argument("--reviewer", help="whose work to export")
    states = parser.add_mutually_exclusive_group()
    states.add_argument("--state", action="append", choices=[str(s) for s in ReviewState],
                        help="review state to take (repeatable; default: done)")
    states.add_argument("--all-states", action="store_true",
                        help="every document, whatever its review state")
    parser.add_argument("--ids", type=_ids, metavar="ID,...|@FILE",
                        help="only these documents (their ids, comma-separated or one a "
                             "line in FILE)")
    parser.add_argument("--related", action="store_true",
                        help="text format: also write each related item as its own record")
    parser.set_defaults(func=cmd_export)
    return parser
