"""Read Russian-language political wire news into tidy tables with character offsets.

    >>> import analysis
    >>> tables = analysis.extract("seeds")                  # {table name: pandas DataFrame}
    >>> article, tables = analysis.load_article("seeds/000_bd6c12ab9fdbdd52.txt")
    >>> article = analysis.analyse(analysis.read_article(path), analysis.load_models())

The layers, each a module: decoding and parsing (parts), language (natasha), actors (with the
gazetteer), speech and priorities, dates, facts and checks (with the reference data), tables and
outputs, engines, reports.
"""

from .actors import find_actors
from .checks import find_checks
from .dates import find_dates
from .decoding import decode_bytes
from .errors import ArticleError
from .facts import find_facts
from .gazetteer import load_gazetteer, read_aliases
from .language import Models, analyse, load_models
from .parsing import PART_KINDS, Article, Part, clean_text, parse_article, read_article
from .pipeline import extract, extract_text
from .priorities import find_priorities, gloss_phrase
from .reference import load_reference
from .reports import load_article, load_corpus
from .schema import TABLES, codebook
from .speech import find_quotes
from .tables import read_tables

__version__ = "0.1.0"

__all__ = [
    "ArticleError", "Article", "Part", "PART_KINDS", "Models", "TABLES",
    "analyse", "clean_text", "codebook", "decode_bytes", "extract", "extract_text",
    "find_actors", "find_checks", "find_dates", "find_facts", "find_priorities", "find_quotes",
    "gloss_phrase", "load_article", "load_corpus", "load_gazetteer", "load_models", "load_reference",
    "parse_article", "read_aliases", "read_article", "read_tables",
]
