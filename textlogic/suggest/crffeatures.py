"""Features of each token for the learned entity model (`fasl.textlogic.suggest.model`).

The words themselves (folded the way every other source matches: tashkeel, hamza and alef
forms, taa marbuta, alef maqsura), their affixes and shape, the neighbours two either side,
where the token sits in its line, what the shipped gazetteers say of it, and optionally
(*stacking*) what the rule sources suggest there, so the model can learn when to trust them.
"""
from __future__ import annotations

from collections.abc import Sequence

from fasl.textlogic.suggest.base import Doc, Suggestion
from fasl.textlogic.suggest.gazetteer import Gazetteers
from fasl.textlogic.suggest.tokens import Token, bio, folded_words, layers


def _shape(word: str) -> str:
    if not word:
        return "empty"
    if word.isdigit():
        return "digits" if len(word) > 2 else "num"
    if all("\u0600" <= c <= "\u06ff" for c in word):
        return "arabic"
    if word.isascii() and word.isalpha():
        return "Latin" if word[0].isupper() else "latin"
    if any(c.isdigit() for c in word):
        return "mixed-digit"
    if len(word) == 1 and not word.isalnum():
        return "punct" + word if word in ".,:;\"'()-/«»،؛" else "punct"
    return "other"


def _spans_to_labels(tokens: Sequence[Token], spans: list[tuple[int, int, str]]) -> list[list[str]]:
    outer, inner = layers(spans)
    return [bio(tokens, outer)[0], bio(tokens, inner)[0]]


def _gazetteer_labels(doc: Doc, tokens: Sequence[Token], gaz: Gazetteers) -> list[list[str]]:
    found = [(s.start, s.end, s.type) for s in gaz.find(doc)]
    return _spans_to_labels(tokens, found)


def token_features(
    text: str,
    tokens: Sequence[Token],
    gaz: Gazetteers,
    rules: Sequence[Suggestion] | None = None,
) -> list[list[str]]:
    """One list of feature strings per token.

    Args:
        text: the document.
        tokens: `fasl.textlogic.suggest.tokens.tokenize` of it.
        gaz: the gazetteers (membership of words and listed phrases).
        rules: the rule sources' suggestions for ``text`` (stacking), or None to leave
            those features out.
    """
    doc = Doc.of(text)
    words = folded_words(text, tokens)
    n = len(tokens)
    gaz_out, gaz_in = _gazetteer_labels(doc, tokens, gaz)
    rule_layers = (_spans_to_labels(tokens, [(s.start, s.end, s.type) for s in rules])
                   if rules is not None else None)
    # Line structure: index of the line and of the token within it.
    line_of: list[int] = []
    col_of: list[int] = []
    line, col, prev_end = 0, 0, 0
    for t in tokens:
        if "\n" in text[prev_end:t.start]:
            line += 1
            col = 0
        line_of.append(line)
        col_of.append(col)
        col += 1
        prev_end = t.end
    out: list[list[str]] = []
    for i, t in enumerate(tokens):
        w = words[i]
        lw = w.lower()
        f = [
            "bias",
            "w=" + lw,
            "shape=" + _shape(w),
            "len=" + str(min(len(w), 8)),
            "clitic" if t.clitic else ("stem" if t.part else "word"),
            "p2=" + lw[:2], "p3=" + lw[:3], "s2=" + lw[-2:], "s3=" + lw[-3:],
            "line=" + str(min(line_of[i], 3)),
            "col=" + str(min(col_of[i], 4)),
            "gout=" + gaz_out[i], "gin=" + gaz_in[i],
        ]
        if lw.startswith("ال") and len(lw) > 3:
            f += ["al", "stem=" + lw[2:], "stem_s2=" + lw[-2:]]
            if lw[2:] in gaz.known:
                f.append("stem_known")
        if lw in gaz.given_names:
            f.append("given")
        elif lw in gaz.weak_given_names:
            f.append("given_weak")
        if lw in gaz.known:
            f.append("known")
        if i + 1 < n and "\n" in text[t.end:tokens[i + 1].start]:
            f.append("line_end")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f.append(f"w{d:+d}=" + words[j].lower())
                f.append(f"g{d:+d}=" + gaz_out[j] + "|" + gaz_in[j])
                if abs(d) == 1:
                    f.append(f"sh{d:+d}=" + _shape(words[j]))
                    if words[j] in gaz.given_names:
                        f.append(f"given{d:+d}")
            else:
                f.append(f"w{d:+d}=<edge>")
        if i > 0:
            f.append("w-1w=" + words[i - 1].lower() + "|" + lw)
        if i + 1 < n:
            f.append("ww+1=" + lw + "|" + words[i + 1].lower())
        if rule_layers is not None:
            r_out, r_in = rule_layers
            f += ["rout=" + r_out[i], "rin=" + r_in[i]]
            for d in (-1, 1):
                j = i + d
                if 0 <= j < n:
                    f.append(f"rout{d:+d}=" + r_out[j])
        out.append(f)
    return out
