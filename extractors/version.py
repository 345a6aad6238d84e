"""The extractor's version, stored with every figure it produced.

Bump it whenever extraction output can change, so that ``ingest --reextract``
recomputes the stored figures that an older extractor made.
"""

EXTRACTOR_VERSION = "4"
