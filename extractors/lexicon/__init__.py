"""Word lists: general language and knowledge the extractor's patterns are built from.

Each module holds data only. Nothing here names a person, an event or a number of
any particular article.
"""
