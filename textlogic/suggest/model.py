"""The learned entity model: a CRF sequence labeller (python-crfsuite) trained on gold entities.

The rule sources are precise on the text they were tuned on and miss much on text they never
saw; a statistical labeller trained on reviewed documents generalises from features instead
of lists.  `train_entity_model` trains from plain ``(text, entities)`` pairs, so a store's
reviewed documents can retrain it; `EntityModel.find` tags a text and gives each span the
model's own confidence (the least marginal probability of its tokens' labels).

Gold entities nest, a BIO sequence cannot, so one file holds two CRFs: one for the outer
layer and one for the inner layer of spans (`fasl.textlogic.suggest.tokens.layers`).  The
file is a short JSON header line after a magic line, then the two crfsuite models' bytes.
"""
from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycrfsuite
from fasl.resources import resource_path
from fasl.textlogic.suggest.base import Suggestion
from fasl.textlogic.suggest.crffeatures import token_features
from fasl.textlogic.suggest.gazetteer import Gazetteers, default_gazetteers
from fasl.textlogic.suggest.merge import merge
from fasl.textlogic.suggest.tokens import bio, layers, spans_of, tokenize

SOURCE = "model"
MAGIC = b"fasl-entity-crf 1\n"
LAYERS = ("outer", "inner")
#: c1 (L1) prunes features, which keeps the file small; c2 (L2) smooths the rest.
DEFAULTS = {"c1": 0.1, "c2": 0.01, "max_iterations": 150}

Entity = tuple[int, int, str]
RulesOf = Callable[[str], Sequence[Suggestion]]


class ModelError(ValueError):
    """A model file that cannot be used; the message names the file and the reason."""


def rule_suggestions(text: str) -> list[Suggestion]:
    """What the gazetteers and patterns suggest: the stacked model's extra input."""
    from fasl.textlogic.suggest import rule_suggest  # the package imports this module

    return rule_suggest(text, sources=("gazetteers", "patterns"))


@dataclass
class EntityModel:
    """Two loaded CRF taggers (outer and inner layer) and how their features are made."""

    taggers: tuple[pycrfsuite.Tagger, pycrfsuite.Tagger]
    stacking: bool
    info: dict
    _blobs: tuple[bytes, ...] = ()  # the taggers' model bytes, kept alive for crfsuite

    def find(self, text: str, rules: Sequence[Suggestion] | None = None,
             gazetteers: Gazetteers | None = None) -> list[Suggestion]:
        """The model's spans in ``text`` (not merged: the two layers may nest).

        Args:
            text: the document.
            rules: the rule sources' suggestions, if already computed (stacked models
                need them; computed here when None).
            gazetteers: lists to use instead of the shipped ones.
        """
        tokens = tokenize(text)
        if not tokens:
            return []
        if self.stacking and rules is None:
            rules = rule_suggestions(text)
        features = token_features(text, tokens, gazetteers or default_gazetteers(),
                                  rules if self.stacking else None)
        found: dict[tuple[int, int, str], float] = {}
        for tagger in self.taggers:
            tagger.set(features)
            labels = tagger.tag()
            for start, end, type_, first, last in spans_of(tokens, labels):
                confidence = min(tagger.marginal(labels[i], i) for i in range(first, last + 1))
                key = (start, end, type_)
                found[key] = max(found.get(key, 0.0), confidence)
        return [Suggestion(s, e, t, SOURCE, round(c, 4)) for (s, e, t), c in sorted(found.items())]


def _pack(models: Sequence[bytes], header: dict) -> bytes:
    header = {**header, "sizes": [len(m) for m in models]}
    return MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + b"".join(models)


def read_model(data: bytes, name: str = "model") -> EntityModel:
    """An `EntityModel` from a file's bytes, or `ModelError` naming ``name`` and the reason."""
    if not data.startswith(MAGIC):
        raise ModelError(f"{name}: not a fasl entity model (bad magic line)")
    head, sep, body = data[len(MAGIC):].partition(b"\n")
    try:
        header = json.loads(head) if sep else None
        sizes = header["sizes"]
    except (ValueError, KeyError, TypeError):
        raise ModelError(f"{name}: unreadable header") from None
    if len(sizes) != len(LAYERS) or sum(sizes) != len(body):
        raise ModelError(f"{name}: truncated ({len(body)} bytes of {sum(sizes)})")
    taggers = []
    blobs = []
    offset = 0
    for size in sizes:
        tagger = pycrfsuite.Tagger()
        # crfsuite reads the model in place: the bytes must live as long as the tagger.
        blobs.append(body[offset:offset + size])
        try:
            tagger.open_inmemory(blobs[-1])
        except Exception as exc:  # crfsuite raises a bare ValueError/OSError
            raise ModelError(f"{name}: crfsuite cannot read it: {exc}") from None
        taggers.append(tagger)
        offset += size
    return EntityModel((taggers[0], taggers[1]), bool(header.get("stacking")), header,
                       tuple(blobs))


def load_entity_model(path: Path) -> EntityModel:
    """Read a model file written by `train_entity_model`."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ModelError(f"{path}: cannot read: {exc}") from exc
    return read_model(data, str(path))


def shipped_model_path() -> Path:
    return resource_path("models", "entities.crfsuite")


@lru_cache(maxsize=1)
def default_model() -> EntityModel:
    """The shipped model, loaded once per process (a few ms; tagging needs no reload)."""
    return load_entity_model(shipped_model_path())


def train_entity_model(
    pairs: Iterable[tuple[str, Iterable[Entity]]],
    path: Path,
    *,
    stacking: bool = True,
    rules_of: RulesOf | None = None,
    gazetteers: Gazetteers | None = None,
    c1: float = DEFAULTS["c1"],
    c2: float = DEFAULTS["c2"],
    max_iterations: int = DEFAULTS["max_iterations"],
    note: str = "",
) -> EntityModel:
    """Train the two-layer CRF on ``pairs`` of (text, [(start, end, type)]) and write ``path``.

    Deterministic for the same pairs and parameters (L-BFGS from zero weights).

    Args:
        pairs: documents with their complete entity annotation (untagged text is taken
            as no entity, so pass only fully reviewed documents).
        path: the model file to write (its folder must exist).
        stacking: feed the rule sources' suggestions as features (`rule_suggestions`, or
            ``rules_of`` when given, e.g. a cache).
        gazetteers: lists to use instead of the shipped ones.
        c1, c2, max_iterations: crfsuite's L-BFGS parameters.
        note: free text stored in the header (what it was trained on).

    Returns:
        The trained model, loaded.
    """
    gaz = gazetteers or default_gazetteers()
    rules_of = rules_of or rule_suggestions
    params = {"c1": c1, "c2": c2, "max_iterations": max_iterations,
              "feature.possible_transitions": True}
    trainers = [pycrfsuite.Trainer(verbose=False) for _ in LAYERS]
    for trainer in trainers:
        trainer.set_params(params)
    n_docs = 0
    for text, entities in pairs:
        tokens = tokenize(text)
        if not tokens:
            continue
        features = token_features(text, tokens, gaz, rules_of(text) if stacking else None)
        for trainer, layer in zip(trainers, layers(entities), strict=True):
            trainer.append(features, bio(tokens, layer)[0])
        n_docs += 1
    if not n_docs:
        raise ValueError("no documents to train on")
    blobs = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, trainer in zip(LAYERS, trainers, strict=True):
            out = Path(tmp) / f"{name}.crfsuite"
            trainer.train(str(out))
            blobs.append(out.read_bytes())
    header = {"stacking": stacking, "documents": n_docs, "params": params, "note": note}
    data = _pack(blobs, header)
    Path(path).write_bytes(data)
    return read_model(data, str(path))


COMBINE_MODES = ("fill", "merge")


def combine_model(rules: Sequence[Suggestion], found: Sequence[Suggestion],
                  mode: str = "fill") -> list[Suggestion]:
    """The rule sources' suggestions with the model's, merged so spans nest but never cross.

    ``fill`` adds a model span only where no rule span overlaps it (the rules stay as they
    are, the model fills their gaps); ``merge`` pools both and lets `merge` choose (longer
    span, then higher confidence).
    """
    if mode == "fill":
        taken = sorted((s.start, s.end) for s in rules)
        extra = [m for m in found if not any(a < m.end and m.start < b for a, b in taken)]
        return merge([*rules, *extra])
    if mode == "merge":
        return merge([*rules, *found])
    raise ValueError(f"unknown mode {mode!r}; use one of {COMBINE_MODES}")
