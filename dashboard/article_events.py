"""The browser half of reviewing: a click on a highlighted figure, words selected in the article, and the
reviewer's name kept for the browser tab, sent to Python.

Streamlit draws the article with ``st.html``; this JavaScript-only component (no markup
of its own) listens on the page for a click on one of its ``<mark>`` highlights and for a
mouse selection inside it, and reports them as trigger values: ``figure`` (the mark's
id, ``fig-N``) and ``selection`` (``start``, ``end`` and ``text``). Offsets count Unicode
code points from the start of the article, as Python does, not the browser's UTF-16
units; :func:`dashboard.review_forms.selection_span` checks them against the text.

A link that opens a page anew starts a new Streamlit session, which knows no name: the
script keeps the reviewer's name in the tab's ``sessionStorage`` (given as ``data``)
and sends it back as ``reviewer`` to a session that has none, so the name is asked once
per browser tab. The script is ours and constant; what the user typed only passes
through ``sessionStorage`` as data, never into the page.
"""

from __future__ import annotations

import streamlit as st

SCRIPT = """
export default function (component) {
  const { setTriggerValue, data } = component;
  const KEPT = "warfigures.reviewer";
  try {
    if (data && data.name) {
      window.sessionStorage.setItem(KEPT, data.name);
    } else if (data && data.forget) {
      window.sessionStorage.removeItem(KEPT);
    } else if (window.sessionStorage.getItem(KEPT)) {
      setTriggerValue("reviewer", window.sessionStorage.getItem(KEPT));
    }
  } catch (error) {}  // storage refused (a private window): the name is asked again
  const article = () => document.querySelector(".wf-article");
  const offset = (root, node, at) => {
    const range = document.createRange();
    range.setStart(root, 0);
    range.setEnd(node, at);
    return Array.from(range.toString()).length;  // code points, as Python counts
  };
  const onClick = (event) => {
    const mark = event.target.closest ? event.target.closest(".wf-article mark") : null;
    if (mark && mark.id) {
      setTriggerValue("figure", mark.id);
    }
  };
  const onMouseUp = () => {
    const root = article();
    const selection = document.getSelection();
    if (!root || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    setTriggerValue("selection", {
      start: offset(root, range.startContainer, range.startOffset),
      end: offset(root, range.endContainer, range.endOffset),
      text: range.toString(),
    });
  };
  document.addEventListener("click", onClick, true);
  document.addEventListener("mouseup", onMouseUp);
  return () => {
    document.removeEventListener("click", onClick, true);
    document.removeEventListener("mouseup", onMouseUp);
  };
}
"""

_listener = st.components.v2.component("warfigures.article_events", js=SCRIPT)


def listen(name: str | None, forget: bool = False, key: str = "article_events"):
    """Mount the listener, keeping ``name`` for the tab (or forgetting it); returns its result, whose ``figure``,
    ``selection`` and ``reviewer`` (a name the tab kept) are set on the run they happen."""
    return _listener(
        key=key,
        data={"name": name, "forget": forget},
        on_figure_change=lambda: None,
        on_selection_change=lambda: None,
        on_reviewer_change=lambda: None,
    )
