"""Intake: reading inputs (files, HTML, JSON lines, URLs) and ingesting them into the store.

Intake builds on the text-to-figures pipeline (``extractors``) and the store; the
pipeline never imports it.
"""
