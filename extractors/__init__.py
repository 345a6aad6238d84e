"""War figures with their attribution, extracted from news text.

>>> from extractors import extract_figures
>>> [(f.value, f.category, f.claimant) for f in extract_figures("Shelling killed at least 12 people, officials said.")]
[(12.0, 'killed', 'officials')]
"""

from .article import Article, parse_article
from .errors import InputError
from .figure import COLUMNS, Figure

__all__ = [
    "COLUMNS",
    "Article",
    "Figure",
    "InputError",
    "extract_figures",
    "figures_frame",
    "parse_article",
    "read_article",
]


def __getattr__(name: str):
    """``extract_figures`` (the compiled patterns), ``figures_frame`` (pandas) and ``read_article`` (the
    readers) are imported on first use, so ``import extractors`` stays light: a process that only stores
    what worker processes extract never compiles the patterns."""
    if name == "extract_figures":
        from .extract import extract_figures

        return extract_figures
    if name == "figures_frame":
        from .store.frames import figures_frame

        return figures_frame
    if name == "read_article":
        from .intake.readers import read_article

        return read_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
