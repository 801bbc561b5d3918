"""Read Russian-language political wire news into tidy tables with character offsets.

    >>> from analysis import read_article, load_models, analyse
    >>> article = analyse(read_article("seeds/000_bd6c12ab9fdbdd52.txt"), load_models())
    >>> tables = extract("seeds")          # {table name: pandas DataFrame}
"""

from .decoding import decode_bytes
from .errors import ArticleError
from .actors import find_actors
from .checks import find_checks
from .dates import find_dates
from .facts import find_facts
from .reference import load_reference
from .gazetteer import load_gazetteer, read_aliases
from .pipeline import extract, extract_text
from .priorities import find_priorities, gloss_phrase
from .speech import find_quotes
from .language import Models, analyse, load_models
from .parsing import PART_KINDS, Article, Part, clean_text, parse_article, read_article
from .reports import load_article
from .schema import TABLES, codebook
from .tables import read_tables

__version__ = "0.1.0"

__all__ = [
    "ArticleError", "Article", "Part", "PART_KINDS", "Models", "TABLES",
    "analyse", "clean_text", "codebook", "decode_bytes", "extract", "extract_text", "load_article",
    "find_actors", "load_gazetteer", "read_aliases",
    "find_quotes", "find_priorities", "gloss_phrase",
    "find_dates", "find_facts", "find_checks", "load_reference",
    "load_models",
    "parse_article", "read_article", "read_tables",
]
