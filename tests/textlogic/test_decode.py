"""Decoding files into the exact text the store keeps."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fasl.textlogic.decode import DecodeError, decode_bytes, normalize_newlines

TEXT = "كلمات دلالية: لافروف روسيا\nتاريخ النشر: 26th, October 2023 GMT\n«مصر تبدي»"

# Any text without lone surrogates or C0/C1 controls (those mark binary files), with line
# ends of every kind included on purpose.
texts = st.text(
    st.one_of(st.characters(exclude_categories=("Cs", "Cc")), st.sampled_from("\t\n\r")),
    min_size=1,
).filter(lambda t: t.strip() and t.lstrip("\ufeff").strip())


@pytest.mark.parametrize(("data", "encoding", "bom"), [
    (TEXT.encode(), "utf-8", False),
    (codecs.BOM_UTF8 + TEXT.encode(), "utf-8", True),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16", True),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16", True),
    (TEXT.replace("«", '"').replace("»", '"').encode("cp1256"), "cp1256", False),
])
def test_supported_encodings(data, encoding, bom):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.had_bom is bom
    assert decoded.text.replace('"', "«", 1).replace('"', "»", 1) == TEXT or decoded.text == TEXT


def test_windows_1256_with_arabic_only_letters():
    text = "قال وزير الخارجية إن المفاوضات ستستمر على أي حال، وأضاف أن مصر تبذل جهوداً كبيرة."
    assert decode_bytes(text.encode("cp1256")).text == text


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"\n \t\r\n", "empty"),
    (codecs.BOM_UTF8 + b"  ", "empty"),
    (b"\x00\x01\x02\x03 binary", "binary"),
    (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04", "binary"),
    (codecs.BOM_UTF16_LE + b"\x41", "not valid utf-16"),
])
def test_refusals_say_why(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_line_ends_and_bom_are_normalised():
    assert normalize_newlines("\ufeffa\r\nb\rc\u2028d\u2029e\n") == "a\nb\nc\nd\ne\n"
    # A BOM in the middle is text, not a marker; it stays.
    assert normalize_newlines("a\ufeffb") == "a\ufeffb"


@settings(max_examples=150, deadline=None)
@given(texts, st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_any_text_survives_encoding_and_decoding(text, encoding):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == normalize_newlines(text)
