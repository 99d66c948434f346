"""How far two reviewers agree: the arithmetic only (no store, no Qt).

A gold standard is what careful reviewers agree on, so a team needs numbers that say where
they do not.  Each function here takes plain values (texts, segments, spans) so the same
code serves the command line, the dialog and the tests, which check it against figures
worked out by hand.

Figures, for reviewers A and B over the documents both have reviewed:

- **zone kappa**: Cohen's kappa over lines.  Every line that is not whitespace-only is one
  item, labelled with the zone of each reviewer (`linegold.segments_to_lines`); the lines of
  all documents are pooled.  Undefined (``None``) when there are no lines, or when both
  reviewers gave every line one and the same zone (chance agreement is then 1).
- **boundary share**: the share of documents whose main story (title, dateline, body,
  source and tags zones) covers exactly the same characters for both reviewers.
- **entity F1 per type**: exact (same start, end and type) and partial (same type, spans
  overlap by at least one character; each span matched at most once, by a maximum
  matching).  F1 = 2 * matched / (|A| + |B|), which is symmetric: it does not matter which
  reviewer is taken as the reference.  Counts are summed over documents before dividing.
- **disagreement score** per document, in [0, 1]: the mean of the share of lines whose zone
  differs and (1 - exact entity F1 over all types); a document neither reviewer tagged any
  entity in counts as full entity agreement.  Used only to list the most-disagreed
  documents first.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field

from fasl.textlogic.linegold import segments_to_lines
from fasl.textlogic.zones import MAIN_ZONES, Segment

Span = tuple[int, int, str]  # (start, end, type), half-open code-point offsets


# -- zones --------------------------------------------------------------------------------


def cohen_kappa(pairs: Iterable[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of ``(label_a, label_b)`` pairs; ``None`` when undefined.

    kappa = (p_o - p_e) / (1 - p_e) with p_o the observed agreement and p_e the agreement
    expected from each reviewer's own label frequencies.
    """
    pairs = list(pairs)
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(1 for a, b in pairs if a == b) / n
    count_a = Counter(a for a, _ in pairs)
    count_b = Counter(b for _, b in pairs)
    expected = sum(count_a[k] * count_b[k] for k in count_a) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def line_zone_pairs(text: str, segments_a: Sequence[Segment],
                    segments_b: Sequence[Segment]) -> list[tuple[str, str]]:
    """``(zone_a, zone_b)`` for every line of ``text`` that is not whitespace-only."""
    if not text:
        return []
    lines_a, _ = segments_to_lines(text, segments_a)
    lines_b, _ = segments_to_lines(text, segments_b)
    return [(a, b) for a, b in zip(lines_a, lines_b, strict=True)
            if a is not None and b is not None]


def main_story_ranges(segments: Sequence[Segment]) -> list[tuple[int, int]]:
    """The characters of the main story as merged ``[start, end)`` ranges, in order."""
    ranges: list[tuple[int, int]] = []
    for seg in segments:
        if seg.label not in MAIN_ZONES:
            continue
        if ranges and ranges[-1][1] == seg.start:
            ranges[-1] = (ranges[-1][0], seg.end)
        else:
            ranges.append((seg.start, seg.end))
    return ranges


def same_main_story(segments_a: Sequence[Segment], segments_b: Sequence[Segment]) -> bool:
    """True when both segmentations put exactly the same characters in the main story."""
    return main_story_ranges(segments_a) == main_story_ranges(segments_b)


# -- entities -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpanCounts:
    """Counts behind one type's F1: spans of each reviewer and matched pairs."""

    count_a: int = 0
    count_b: int = 0
    exact: int = 0
    partial: int = 0

    def __add__(self, other: SpanCounts) -> SpanCounts:
        return SpanCounts(self.count_a + other.count_a, self.count_b + other.count_b,
                          self.exact + other.exact, self.partial + other.partial)

    @property
    def exact_f1(self) -> float | None:
        return f1(self.exact, self.count_a, self.count_b)

    @property
    def partial_f1(self) -> float | None:
        return f1(self.partial, self.count_a, self.count_b)


def f1(matched: int, count_a: int, count_b: int) -> float | None:
    """2 * matched / (count_a + count_b): the F1 of either reviewer against the other."""
    total = count_a + count_b
    return None if total == 0 else 2.0 * matched / total


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def max_overlap_matching(spans_a: Sequence[tuple[int, int]],
                         spans_b: Sequence[tuple[int, int]]) -> int:
    """Size of a maximum one-to-one matching between overlapping spans (Kuhn's algorithm).

    A maximum matching (not a greedy one) keeps partial F1 symmetric and never above 1,
    also when nested spans of one reviewer overlap a single span of the other.
    """
    neighbours = [[j for j, b in enumerate(spans_b) if _overlap(a, b)] for a in spans_a]
    owner: list[int | None] = [None] * len(spans_b)

    def augment(i: int, seen: set[int]) -> bool:
        for j in neighbours[i]:
            if j in seen:
                continue
            seen.add(j)
            if owner[j] is None or augment(owner[j], seen):  # type: ignore[arg-type]
                owner[j] = i
                return True
        return False

    return sum(1 for i in range(len(spans_a)) if augment(i, set()))


def entity_counts(spans_a: Iterable[Span], spans_b: Iterable[Span]) -> dict[str, SpanCounts]:
    """Per entity type, the counts for exact and partial F1 between two reviewers' spans.

    Duplicate spans (same start, end and type) count once.
    """
    set_a, set_b = set(spans_a), set(spans_b)
    out: dict[str, SpanCounts] = {}
    for type_ in sorted({s[2] for s in set_a | set_b}):
        a = sorted((s, e) for s, e, t in set_a if t == type_)
        b = sorted((s, e) for s, e, t in set_b if t == type_)
        out[type_] = SpanCounts(len(a), len(b), len(set(a) & set(b)),
                                max_overlap_matching(a, b))
    return out


def total_counts(counts: Iterable[SpanCounts]) -> SpanCounts:
    """All types together (micro-averaged)."""
    return sum(counts, SpanCounts())


# -- per document and over a corpus ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentAgreement:
    """Both reviewers' agreement on one document."""

    doc_id: int
    name: str
    lines: int  # non-blank lines compared
    lines_differing: int
    same_main_story: bool
    entities: dict[str, SpanCounts]

    @property
    def disagreement(self) -> float:
        """In [0, 1]: mean of the differing-line share and 1 - exact entity F1 (see module)."""
        zone = self.lines_differing / self.lines if self.lines else 0.0
        exact = total_counts(self.entities.values()).exact_f1
        entity = 0.0 if exact is None else 1.0 - exact
        return (zone + entity) / 2.0


def compare_document(doc_id: int, name: str, text: str,
                     segments_a: Sequence[Segment], segments_b: Sequence[Segment],
                     spans_a: Iterable[Span], spans_b: Iterable[Span]
                     ) -> tuple[DocumentAgreement, list[tuple[str, str]]]:
    """One document's agreement, and its line pairs (pooled later for the corpus kappa)."""
    pairs = line_zone_pairs(text, segments_a, segments_b)
    differing = sum(1 for a, b in pairs if a != b)
    doc = DocumentAgreement(doc_id, name, len(pairs), differing,
                            same_main_story(segments_a, segments_b),
                            entity_counts(spans_a, spans_b))
    return doc, pairs


@dataclass(frozen=True, slots=True)
class CorpusAgreement:
    """The figures over many documents, documents sorted most-disagreed first."""

    documents: list[DocumentAgreement]
    lines: int
    kappa: float | None
    boundary_share: float | None
    entities: dict[str, SpanCounts] = field(default_factory=dict)

    @property
    def entities_all(self) -> SpanCounts:
        return total_counts(self.entities.values())


def combine(compared: Iterable[tuple[DocumentAgreement, list[tuple[str, str]]]]
            ) -> CorpusAgreement:
    """Pool per-document results into corpus figures."""
    documents: list[DocumentAgreement] = []
    pairs: list[tuple[str, str]] = []
    entities: dict[str, SpanCounts] = {}
    for doc, doc_pairs in compared:
        documents.append(doc)
        pairs.extend(doc_pairs)
        for type_, counts in doc.entities.items():
            entities[type_] = entities.get(type_, SpanCounts()) + counts
    documents.sort(key=lambda d: (-d.disagreement, d.name, d.doc_id))
    share = (sum(1 for d in documents if d.same_main_story) / len(documents)
             if documents else None)
    return CorpusAgreement(documents, len(pairs), cohen_kappa(pairs), share,
                           dict(sorted(entities.items())))
