"""`fasl merge` and `fasl agreement`: the team subcommands, kept out of the main CLI file.

Both are headless (no Qt import).  `merge` writes only to its TARGET and opens every
SOURCE read-only; `agreement` opens its store read-only.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from fasl.store.errors import StoreError

TOP_DOCUMENTS = 10

MERGE_HELP = """\
Bring other reviewers' stores (SOURCE) into TARGET (created if missing), so a team can
annotate on separate desktops. Documents are matched by their text (content hash), never
duplicated; documents only in a source are added. Every reviewer's zones, entities, review
state and history are copied in; nobody's work is overwritten. When the same reviewer
worked on a document in both stores, their history decides: if one store already holds
all of that reviewer's edits of the other, it is simply newer and kept. If both hold edits
the other lacks, that is a conflict: with --on-conflict newer (the default) the version
with the latest edit is kept, the other is written whole into the document's history
(action merge_conflict) and the conflict is reported; with --on-conflict refuse that source is
not merged at all. Each source is merged in one transaction: an error leaves TARGET as it
was before that source. Merging the same source again changes nothing. Sources are never
written to; one from a newer fasl, or not a store, is refused by name before anything is
merged. Exit status 2 if there were conflicts (settled as above), 1 on error."""

AGREEMENT_HELP = """\
How far reviewers agree, over the documents both marked done (--worked: both worked on).
Zones: Cohen's kappa over non-blank lines (each line's zone per reviewer), and the share
of documents whose main story (title, dateline, body, source and tags) covers exactly the
same characters. Entities (accepted only): exact and partial-overlap F1 per type (F1 is
symmetric: neither reviewer is the reference). Then the documents with the most
disagreement (mean of the share of lines zoned differently and 1 - exact entity F1).
Without --reviewers, every pair of reviewers. Opens the store read-only."""


def _fmt(value: float | None, digits: int = 3) -> str:
    return "n/a" if value is None else f"{value:.{digits}f}"


def cmd_merge(args: argparse.Namespace) -> int:
    from fasl.store.merge import merge_stores

    def show(done: int, total: int, where: str) -> None:
        if where and sys.stderr.isatty():
            sys.stderr.write(f"merging {Path(where).name} ({done + 1}/{total})\n")

    reports = merge_stores(args.target, args.sources, on_conflict=args.on_conflict,
                           progress=show)
    for report in reports:
        print(report.summary())
    return 2 if any(r.conflicts for r in reports) else 0


def format_agreement(report, top: int = TOP_DOCUMENTS) -> str:
    """The agreement report as a plain-text table."""
    r = report.result
    lines = [f"{report.reviewer_a} vs {report.reviewer_b}: {report.documents} documents "
             f"({report.scope}), {r.lines} lines"
             + (" - cancelled, partial figures" if report.cancelled else "")]
    if not report.documents:
        lines.append("  no documents in common")
        return "\n".join(lines)
    lines.append(f"  zone kappa (lines)      {_fmt(r.kappa)}")
    share = r.boundary_share
    same = sum(1 for d in r.documents if d.same_main_story)
    lines.append(f"  same main story         {_fmt(share)}  ({same}/{report.documents})")
    lines.append(f"  {'entities':<10} {'A':>5} {'B':>5}  {'exact F1':>8}  {'partial F1':>10}")
    for type_, c in [*r.entities.items(), ("all", r.entities_all)]:
        lines.append(f"  {type_:<10} {c.count_a:>5} {c.count_b:>5}  {_fmt(c.exact_f1):>8}  "
                     f"{_fmt(c.partial_f1):>10}")
    lines.append(f"  {'most disagreement':<24} {'score':>5}  {'lines differing':<15}  main story")
    for d in r.documents[:top]:
        differing = f"{d.lines_differing}/{d.lines}"
        lines.append(f"    {d.name[:22]:<22} {d.disagreement:5.2f}  {differing:<15}  "
                     f"{'same' if d.same_main_story else 'differs'}")
    return "\n".join(lines)


def cmd_agreement(args: argparse.Namespace) -> int:
    from fasl.store.agreement import Scope, compare_reviewers, reviewer_pairs
    from fasl.store.db import open_store

    if not Path(args.store).exists():
        raise StoreError(f"{args.store}: no such store")
    db = open_store(args.store, readonly=True)
    try:
        pairs = [tuple(args.reviewers)] if args.reviewers else reviewer_pairs(db)
        if not pairs:
            raise StoreError(f"{args.store}: fewer than two reviewers, nothing to compare")
        scope = Scope.WORKED if args.worked else Scope.DONE
        reports = [compare_reviewers(db, a, b, scope=scope) for a, b in pairs]
    finally:
        db.close()
    if args.json:
        print(json.dumps([r.as_dict(top=args.top) for r in reports], ensure_ascii=False,
                         indent=1))
    else:
        print("\n\n".join(format_agreement(r, args.top) for r in reports))
    return 0


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Add `merge` and `agreement` to the `fasl` command's subparsers."""
    merge = subparsers.add_parser(
        "merge", help="bring other reviewers' stores into one (matched by content)",
        description=MERGE_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    merge.add_argument("target", metavar="TARGET", help="store to merge into (created if missing)")
    merge.add_argument("sources", nargs="+", metavar="SOURCE", help="store to bring in")
    merge.add_argument("--on-conflict", choices=("newer", "refuse"), default="newer",
                       help="same reviewer edited a document in both stores: keep the newer "
                            "version (the default) or refuse that source")
    merge.set_defaults(func=cmd_merge)

    agreement = subparsers.add_parser(
        "agreement", help="inter-annotator agreement: zone kappa, boundaries, entity F1",
        description=AGREEMENT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    agreement.add_argument("store", metavar="STORE", help="store file")
    agreement.add_argument("--reviewers", nargs=2, metavar=("A", "B"),
                           help="the two reviewers to compare (default: every pair)")
    agreement.add_argument("--worked", action="store_true",
                           help="documents both worked on, not only those both marked done")
    agreement.add_argument("--top", type=int, default=TOP_DOCUMENTS, metavar="N",
                           help=f"list the N most-disagreed documents (default {TOP_DOCUMENTS})")
    agreement.add_argument("--json", action="store_true", help="print JSON instead of a table")
    agreement.set_defaults(func=cmd_agreement)
