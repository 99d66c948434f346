"""The `fasl` command: the review window by default, subcommands for headless work.

It lives in the outermost layer because opening the window needs Qt; the headless
subcommands only call `fasl.store` and `fasl.textlogic`, and Qt is imported only when a
window is opened, so `fasl import` runs on a machine without a display.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from fasl.store.errors import StoreError
from fasl.store.lexicons import active_lexicon, use_lexicon_files
from fasl.textlogic.lexicon import LexiconError


class CliError(Exception):
    """A one-line message for the user; the command exits with status 1."""


def cmd_import(args: argparse.Namespace) -> int:
    from fasl.store.db import open_store
    from fasl.store.importer import import_paths

    from fasl.gui.cli_care import ProgressLine

    use_lexicon_files(args.lexicon)
    active_lexicon()  # a broken lexicon file is one clear error, before the store is touched
    db = open_store(args.store)
    progress = ProgressLine("importing")
    if args.jobs > 1:
        from fasl.store.parallel_import import import_paths_parallel

        report = import_paths_parallel(db, args.paths, jobs=args.jobs,
                                       max_bytes=args.max_bytes, progress=progress)
    else:
        report = import_paths(db, args.paths, max_bytes=args.max_bytes, progress=progress)
    progress.finish()
    for problem in report.problems:
        print(f"fasl: skipped {problem}", file=sys.stderr)
    print(f"{args.store}: {report.summary()}")
    return 1 if report.problems else 0


def cmd_stats(args: argparse.Namespace) -> int:
    from fasl.store.db import open_store
    from fasl.store.stats import format_stats, store_stats

    if not Path(args.store).exists():
        raise CliError(f"{args.store}: no such store")
    db = open_store(args.store, readonly=True)
    try:
        print(format_stats(store_stats(db)))
    finally:
        db.close()
    return 0


def cmd_split(args: argparse.Namespace) -> int:
    from fasl.store.parallel_import import split_files

    use_lexicon_files(args.lexicon)
    active_lexicon()  # a broken lexicon file is one clear error before any output
    status = 0
    for name, text, segments, reason in split_files(args.files, args.jobs):
        path = Path(name)
        if text is None or segments is None:
            print(f"fasl: skipped {path}: {reason}", file=sys.stderr)
            status = 1
            continue
        if args.format == "jsonl":
            print(json.dumps({"path": str(path), "segments": [s.as_dict() for s in segments]},
                             ensure_ascii=False))
        else:
            print(f"# {path}")
            for s in segments:
                first_line = text[s.start:s.end].strip().split("\n", 1)[0][:60]
                item = "" if s.item is None else str(s.item)
                print(f"{s.start:>7} {s.end:>7}  {s.label:<11} {item:>2}  "
                      f"{s.confidence:4.2f}  {first_line}")
    return status


def cmd_gui(args: argparse.Namespace) -> int:
    from fasl.gui.app import run

    return run(Path(args.store) if args.store else None, reviewer=args.reviewer)


def _add_lexicon_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lexicon", action="append", default=[], type=Path, metavar="FILE",
        help="an extra cue lexicon (TOML, see resources/lexicons/README.md), added to the "
             "shipped one and to the files in your data folder's lexicons/ folder; repeatable")


def build_parser() -> argparse.ArgumentParser:
    # Late: the subcommand modules import CliError from here.
    from fasl.gui import cli_care, cli_export, cli_suggest, cli_team
    from fasl.store.importer import DEFAULT_MAX_BYTES

    parser = argparse.ArgumentParser(
        prog="fasl",
        description="Review scraped Arabic news: split the main story from appended items, "
                    "tag entities, export gold annotations. Without a command, opens the "
                    "review window on your default store (with the sample corpus when empty).")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the review window (the default)",
                         description="Open the review window on STORE (default: your store).")
    gui.add_argument("store", nargs="?", help="store file (default: the one in your data folder)")
    gui.add_argument("--reviewer", help="reviewer name (default: the one remembered)")
    gui.set_defaults(func=cmd_gui)

    imp = sub.add_parser(
        "import", help="import files, folders and JSONL crawl records into a store",
        description="Import text files (UTF-8 with or without BOM, UTF-16 with BOM, "
                    "Windows-1256), folders of them (recursively) and JSONL files of crawl "
                    'records (one JSON object per line with a "text" field and optional '
                    '"id", "url", "date"; other fields kept as metadata). Each document is '
                    "auto-split. Content already in the store is skipped. Bad files are "
                    "reported with the reason; the rest is imported. Exit status 1 if any "
                    "input was skipped.")
    imp.add_argument("store", help="store file (created if missing)")
    imp.add_argument("paths", nargs="+", metavar="PATH", help="file, folder or .jsonl file")
    imp.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES,
                     help="skip files (and JSONL records) larger than this "
                          f"(default {DEFAULT_MAX_BYTES:,})")
    cli_care.add_jobs_argument(imp, "decode and auto-split")
    _add_lexicon_argument(imp)
    imp.set_defaults(func=cmd_import)

    stats = sub.add_parser("stats", help="documents, zones, entities and review progress",
                           description="Print documents, zones, entities and review "
                                       "progress per reviewer. Opens the store read-only.")
    stats.add_argument("store", help="store file")
    stats.set_defaults(func=cmd_stats)

    split = sub.add_parser(
        "split", help="auto-split files and print their segments",
        description="Decode each FILE like `fasl import` and print its segments. jsonl: one "
                    'object per file, {"path", "segments": [{"start", "end", "label", "item", '
                    '"confidence"}]}, offsets in code points of the decoded text.')
    split.add_argument("files", nargs="+", metavar="FILE")
    split.add_argument("--format", choices=("jsonl", "table"), default="jsonl")
    cli_care.add_jobs_argument(split, "decode and split")
    _add_lexicon_argument(split)
    split.set_defaults(func=cmd_split)

    for module in (cli_care, cli_team, cli_suggest, cli_export):
        module.add_parser(sub)
    return parser


def _default_to_gui(parser: argparse.ArgumentParser, argv: Sequence[str]) -> list[str]:
    """``fasl``, ``fasl STORE`` and ``fasl --reviewer NAME`` all mean ``fasl gui ...``."""
    argv = list(argv)
    commands = {name for action in parser._actions  # noqa: SLF001 - argparse has no public way
                if isinstance(action, argparse._SubParsersAction) for name in action.choices}
    if argv and (argv[0] in commands or argv[0] in ("-h", "--help")):
        return argv
    if argv and not argv[0].startswith("-") and not _looks_like_store(argv[0]):
        return argv  # a mistyped command: argparse says "invalid choice", no store is made
    return ["gui", *argv]


def _looks_like_store(word: str) -> bool:
    return Path(word).exists() or Path(word).suffix.lower() in (".sqlite", ".sqlite3", ".db", ".fasl")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_default_to_gui(parser, sys.argv[1:] if argv is None else argv))
    try:
        return int(args.func(args))
    except (StoreError, CliError, LexiconError) as exc:
        print(f"fasl: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"fasl: error: {exc.filename or ''}: {exc.strerror or exc}".replace(": : ", ": "),
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("fasl: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
