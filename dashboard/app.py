"""The dashboard's entry point: ``streamlit run dashboard/app.py``.

Streamlit puts this file's folder on ``sys.path``, not the checkout; the project runs
from the checkout unpackaged, so its root goes on the path for ``extractors`` and
``dashboard`` to import.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

st.set_page_config(page_title="War figures", page_icon=":material/bar_chart:", layout="wide")
PAGES = [
    st.Page("screens/compare.py", title="Compare", icon=":material/compare_arrows:", default=True),
    st.Page("screens/overview.py", title="Overview", icon=":material/bar_chart:"),
    st.Page("screens/explore.py", title="Explore", icon=":material/search:"),
    st.Page("screens/article.py", title="Article", icon=":material/article:"),
    st.Page("screens/add.py", title="Add articles", icon=":material/add_circle:"),
    st.Page("screens/changes.py", title="Changes", icon=":material/history:"),
]
st.navigation(PAGES).run()
