"""Bytes from disk to the exact text fasl stores, or a reason why not.

Offsets in fasl are code points into the stored text, and Qt silently drops a leading BOM and
folds CRLF when it displays text (QT-NOTES P4).  So the text is normalised once, here, and
that normalised form is what every later layer sees: no BOM, ``\\n`` line ends only.

Arabic news files come as UTF-8 (with or without BOM), UTF-16 with a BOM from Windows tools,
or Windows-1256 from older Arabic sites.  UTF-8 is tried strictly first because almost no
legacy-encoded Arabic text is also valid UTF-8; for the rest charset-normalizer judges which
legacy Arabic code page gives readable text, instead of a guess of our own.
"""
from __future__ import annotations

import codecs
import unicodedata
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Legacy code pages Arabic text is found in.  Only these are considered: a detector allowed
# every code page would happily "decode" a JPEG as Latin-1.
LEGACY_ARABIC = ("cp1256", "iso8859_6", "cp864", "cp720")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Control characters that never occur in text; their presence means a binary file.
_BINARY_CONTROLS = frozenset(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | frozenset(range(0x10, 0x1B))


class DecodeError(ValueError):
    """The bytes are not a text fasl can store; the message is the reason, for the user."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    had_bom: bool


def normalize_newlines(text: str) -> str:
    """``\\r\\n``, lone ``\\r`` and the Unicode line/paragraph separators become ``\\n``.

    Qt turns each of these into a block break, so keeping them would make the stored text
    differ from what the reviewer sees; a leading BOM goes for the same reason.
    """
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return text


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: str) -> str:
    """Normalise text that arrived already decoded (a JSONL field) and vet it like a file."""
    if _SURROGATE.search(text):
        raise DecodeError("text contains a lone surrogate (broken UTF-16 escape)")
    if "\x00" in text:
        raise DecodeError("text contains NUL characters")
    text = normalize_newlines(text)
    if not text.strip():
        raise DecodeError("empty: no text after removing whitespace")
    return text


def _where(data: bytes, offset: int) -> str:
    """``line L (byte B)`` for a byte offset, 1-based line as an editor shows it."""
    line = data.count(b"\n", 0, offset) + 1
    return f"line {line} (byte {offset})"


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 saved without a byte-order mark, or None.

    Only accepted when one byte order decodes cleanly to printable text: a binary file
    essentially never does, and NUL in every other byte is otherwise just refused.
    """
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch in "\t\n\r" or unicodedata.category(ch) == "Cf"
               for ch in text):  # Cf: bidi marks and joiners, common in Arabic text
            return text
    return None


def _binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text, or None.  NUL anywhere is never text fasl can store."""
    nul = data.find(b"\x00")
    if nul >= 0:
        return f"binary or damaged file: a NUL byte at {_where(data, nul)}"
    sample = data[:65536]
    controls = sum(1 for byte in sample if byte in _BINARY_CONTROLS)
    if controls > max(2, len(sample) // 1000):
        return "binary file (contains control bytes), not text"
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode file contents into normalised text.

    Raises:
        DecodeError: empty, binary or in no encoding fasl reads; the message says which.
    """
    if not data.strip():
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start})"
                ) from None
            return Decoded(check_text(text), encoding.replace("-le", "").replace("-be", ""),
                           had_bom=True)
    if b"\x00" in data and (utf16 := _utf16_without_bom(data)) is not None:
        return Decoded(check_text(utf16), "utf-16", had_bom=False)
    if (reason := _binary_reason(data)) is not None:
        raise DecodeError(reason)
    try:
        return Decoded(check_text(data.decode("utf-8")), "utf-8", had_bom=False)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best = from_bytes(data, cp_isolation=list(LEGACY_ARABIC), threshold=0.2).best()
    if best is None:
        raise DecodeError(
            f"not valid UTF-8 at {_where(data, utf8_error.start)} and not readable as an "
            "Arabic code page (Windows-1256, ISO-8859-6): mixed encodings or a damaged file"
        )
    return Decoded(check_text(str(best)), best.encoding, had_bom=False)
