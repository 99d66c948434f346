"""Third-party readers load our exports: seqeval reads the CoNLL tags, spaCy builds the spans.

Our own code checking our own output proves little; these readers are what people use.
"""
from __future__ import annotations

import json

import pytest
from test_export_helpers import build_store, sample_docs

from fasl.store.export import export

seqeval = pytest.importorskip("seqeval.metrics.sequence_labeling")
spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from fasl.resources import resource_path

    folder = tmp_path_factory.mktemp("readers")
    texts = {p.name: p.read_text(encoding="utf-8")
             for p in sorted(resource_path("samples").glob("*.txt"))}
    built = build_store(folder / "store.sqlite", sample_docs(texts))
    export(built.db, "jsonl", folder / "gold.jsonl")
    export(built.db, "conll", folder / "gold.conll")
    export(built.db, "spacy", folder / "gold.spacy.jsonl")
    built.db.close()
    return folder


def _conll_documents(path):
    """[(tokens, [tags per column])] per document, sentences joined, as a CoNLL reader does."""
    docs = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("-DOCSTART-"):
            docs.append(([], None))
            continue
        if not line:
            continue
        token, *tags = line.split("\t")
        tokens, columns = docs[-1]
        if columns is None:
            columns = [[] for _ in tags]
            docs[-1] = (tokens, columns)
        tokens.append(token)
        for column, tag in zip(columns, tags, strict=True):
            column.append(tag)
    return docs


def test_seqeval_finds_exactly_the_exported_entities(exported):
    records = [json.loads(x) for x in (exported / "gold.jsonl").read_text("utf-8").splitlines()]
    documents = _conll_documents(exported / "gold.conll")
    assert len(documents) == len(records)
    nested_seen = False
    for (tokens, columns), rec in zip(documents, records, strict=True):
        found = []
        for column in columns:
            # seqeval checks the IOB2 scheme strictly: an I- without its B- would raise.
            from seqeval.scheme import IOB2, Entities

            Entities([column], IOB2)
            for type_, first, last in seqeval.get_entities(column):
                found.append(("".join(tokens[first:last + 1]), type_))
        nested_seen |= any(tag != "O" for tag in columns[1]) if len(columns) > 1 else False
        # Tokens drop the spaces inside an entity; compare without them.
        expected = [(e["text"].replace(" ", "").replace("\n", ""), e["type"])
                    for e in rec["entities"]]
        assert sorted(found) == sorted(expected)
    assert nested_seen


def test_spacy_char_span_finds_every_exported_span(exported):
    from spacy.tokens import Doc

    nlp = spacy.blank("ar")
    total = 0
    for line in (exported / "gold.spacy.jsonl").read_text("utf-8").splitlines():
        rec = json.loads(line)
        doc = Doc(nlp.vocab, words=[t["text"] for t in rec["tokens"]],
                  spaces=[t["ws"] for t in rec["tokens"]])
        assert doc.text == rec["text"]
        spans = [doc.char_span(s["start"], s["end"], label=s["label"]) for s in rec["spans"]]
        assert None not in spans
        assert [(s.start, s.end - 1) for s in spans] == [
            (s["token_start"], s["token_end"]) for s in rec["spans"]]
        doc.spans["fasl"] = spans  # nested spans are fine in a span group
        total += len(spans)
    assert total > 10


def test_spacy_default_tokenizer_loses_spans_after_clitics(exported):
    """Why the export ships tokens: spaCy's Arabic tokenizer leaves ``لروسيا`` whole."""
    nlp = spacy.blank("ar")
    rich = [json.loads(x) for x in (exported / "gold.spacy.jsonl").read_text("utf-8")
            .splitlines()][-1]
    doc = nlp(rich["text"])
    lost = [s for s in rich["spans"] if doc.char_span(s["start"], s["end"]) is None]
    assert [rich["text"][s["start"]:s["end"]] for s in lost] == ["روسيا"]
