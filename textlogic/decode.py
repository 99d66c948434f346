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


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _BINARY_CONTROLS)
    return controls > max(2, len(sample) // 1000)


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
    if _looks_binary(data):
        raise DecodeError("binary file (contains NUL or control bytes), not text")
    try:
        return Decoded(check_text(data.decode("utf-8")), "utf-8", had_bom=False)
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best = from_bytes(data, cp_isolation=list(LEGACY_ARABIC), threshold=0.2).best()
    if best is None:
        raise DecodeError(
            f"not valid UTF-8 (byte {utf8_error.start}) and not readable as an Arabic "
            "code page (Windows-1256, ISO-8859-6)"
        )
    return Decoded(check_text(str(best)), best.encoding, had_bom=False)
