"""The extractor's version, stored with every figure it produced.

Bump it whenever extraction output can change, so that ``ingest --reextract``
recomputes the stored figures that an older extractor made.
"""

EXTRACTOR_VERSION = "5"  # 3: the war context; 4: source, source_type, source_country; 5: scope, as_of, force, stance
