"""The Streamlit dashboard: pages in ``pages/``, pure helpers (filters, charts, export, highlight) beside them."""
