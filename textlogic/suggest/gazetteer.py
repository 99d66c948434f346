"""Gazetteers: shipped name lists (resources/gazetteers/*.txt) turned into one phrase index.

Lists are plain text so a project can add its own without code: one name per line, ``#``
header lines for ``type``, ``confidence``, ``derive: nationality`` (also suggest the
nationality adjectives of every name, typed NORP) and ``role: given-names`` (first names:
never suggested alone, only as the start of a person's name, see
`fasl.textlogic.suggest.names`) or ``role: given-names-weak`` (first names that are also
common words, used only right after a title).
resources/gazetteers/README.md documents the format.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fasl.resources import resource_path
from fasl.textlogic.normalize import fold
from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.nationality import nationality_forms
from fasl.textlogic.suggest.phrases import Phrase, PhraseIndex, phrase_of

SOURCE = "gazetteers"
NORP_CONFIDENCE = 0.75


_ROLES = {"", "given-names", "given-names-weak"}


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class GazetteerFile:
    """One parsed list: its header fields and its names as written."""

    path: Path
    type: str
    confidence: float
    derive_nationality: bool
    role: str
    names: tuple[str, ...]


def read_gazetteer(path: Path) -> GazetteerFile:
    """Parse one gazetteer file, or raise `GazetteerError` saying which file and why."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read: {exc}") from exc
    header: dict[str, str] = {}
    names = []
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            key, colon, value = stripped[1:].partition(":")
            if colon and key.strip() in ("type", "confidence", "derive", "role"):
                header[key.strip()] = value.strip()
        elif stripped:
            if "\t" in stripped:
                raise GazetteerError(f"{path}:{number}: one name per line, no tabs")
            names.append(stripped)
    if not header.get("type", "").isupper():
        raise GazetteerError(f"{path}: missing '# type: <TYPE>' header line (upper-case type)")
    try:
        confidence = float(header.get("confidence", "0.7"))
    except ValueError:
        bad = header["confidence"]
        raise GazetteerError(f"{path}: confidence {bad!r} is not a number") from None
    if header.get("role", "") not in _ROLES:
        role = header["role"]
        raise GazetteerError(f"{path}: unknown role {role!r}; use one of {sorted(_ROLES)}")
    if not 0.0 <= confidence <= 1.0:
        raise GazetteerError(f"{path}: confidence {confidence} is outside 0..1")
    return GazetteerFile(
        path, header["type"], confidence, header.get("derive") == "nationality",
        header.get("role", ""), tuple(names),
    )


@dataclass(frozen=True)
class Gazetteers:
    """The loaded lists: a phrase index, the given names, and the known-word vocabulary.

    Attributes:
        index: every listed phrase and derived nationality.
        given_names: folded first names trusted to start a name anywhere.
        weak_given_names: folded first names that are also common words (``جميع``, ``حرب``
            in pyarabic's classical list); trusted only right after a title.
        known: every folded word above, for the proclitic check.
    """

    index: PhraseIndex
    given_names: frozenset[str]
    weak_given_names: frozenset[str]
    known: frozenset[str]

    def find(self, doc: Doc) -> list[Suggestion]:
        """Every listed name in ``doc`` (longest per starting word)."""
        return self.index.find(doc, SOURCE)


def build_gazetteers(files: Iterable[GazetteerFile]) -> Gazetteers:
    """Index the given lists; duplicates keep the first type seen (shipped files load sorted)."""
    phrases: dict[tuple[str, ...], Phrase] = {}
    given: set[str] = set()
    weak: set[str] = set()

    def add(surface: str, type_: str, confidence: float) -> None:
        phrase = phrase_of(surface, type_, confidence)
        if phrase is not None:
            phrases.setdefault(phrase.words, phrase)

    for gazetteer in files:
        for name in gazetteer.names:
            if gazetteer.role:
                (given if gazetteer.role == "given-names" else weak).add(fold(name))
                continue
            add(name, gazetteer.type, gazetteer.confidence)
    # Nationalities after every list, so a listed NORP (groups.txt) wins over a derived one.
    for gazetteer in files:
        if gazetteer.derive_nationality:
            for name in gazetteer.names:
                for form in nationality_forms(name):
                    add(form, "NORP", NORP_CONFIDENCE)
    index = PhraseIndex(phrases.values())
    listed = index.first_words()
    weak = weak - given - listed
    return Gazetteers(index, frozenset(given - listed), frozenset(weak),
                      frozenset(index.words() | given | weak))


# Names of generated lists (bench/make_gazetteers.py); hand-written lists win over them.
_GENERATED = ("cldr", "pyarabic", "geonames")


def _ordered(paths: Iterable[Path]) -> list[Path]:
    # Curated lists before generated ones: a hand-written type wins on a clash.
    return sorted(paths, key=lambda p: (any(g in p.name for g in _GENERATED), p.name))


def load_gazetteers(extra: Iterable[Path] = ()) -> Gazetteers:
    """The shipped lists plus ``extra`` files (user lists are read first, so they win)."""
    shipped = _ordered(resource_path("gazetteers").glob("*.txt"))
    files = [read_gazetteer(p) for p in [*extra, *shipped]]
    return build_gazetteers(files)


@lru_cache(maxsize=1)
def default_gazetteers() -> Gazetteers:
    """The shipped lists, loaded once per process."""
    return load_gazetteers()


def known_words() -> frozenset[str]:
    """Folded words of the shipped lists: the known-word check used when snapping spans."""
    return default_gazetteers().known
