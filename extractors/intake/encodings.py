"""Text files in whatever encoding they come: UTF-8, a Unicode byte-order mark, or a detected one."""

from __future__ import annotations

import codecs

import charset_normalizer
import regex

from ..errors import InputError

_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = regex.compile(r"[\p{Cc}--[\t\n\r\f\v]]", regex.V1)  # control characters no text has


def decode_text(raw: bytes, source: str) -> str:
    """Bytes of a text file as text: UTF-8, a Unicode byte-order mark, or a detected encoding.

    >>> text = "At least 12 people were killed in Kharkiv – officials said. “We are searching,” one said."
    >>> decode_text(text.encode("cp1252"), "x.txt") == text
    True
    >>> decode_text(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00", "x.txt")
    Traceback (most recent call last):
    extractors.errors.InputError: x.txt: binary file, not article text
    """
    text = None
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                raise InputError(source, f"starts like {codec.upper()} text but does not decode") from None
            break
    if text is None:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            if b"\x00" in raw:
                raise InputError(source, "binary file, not article text") from None
            best = charset_normalizer.from_bytes(raw).best()
            if best is None:
                raise InputError(source, "binary file or unknown text encoding") from None
            text = str(best)
    if len(_CONTROL.findall(text[:65536])) > 0.01 * min(len(text), 65536):
        raise InputError(source, "binary file, not article text")
    if not text.strip():
        raise InputError(source, "empty file")
    return text
