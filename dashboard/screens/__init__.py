"""One module per dashboard page, each with a ``main()`` that Streamlit runs."""
