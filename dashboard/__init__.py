"""The Streamlit dashboard: one script per page in ``screens/``, pure helpers (filters, charts, table, downloads,
highlight) beside them.

The page scripts are not in a folder named ``pages/``: Streamlit still treats such a
folder beside the entry script as an old-style multipage app until the entry script
has run once, so the first visitor of a fresh server arriving by a link to a page
would get that page alone, without the app around it.
"""
