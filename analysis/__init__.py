"""Read Russian-language political wire news into tidy tables with character offsets.

    >>> import analysis
    >>> tables = analysis.extract("seeds")                  # {table name: pandas DataFrame}
    >>> article, tables = analysis.load_article("seeds/000_bd6c12ab9fdbdd52.txt")
    >>> article = analysis.analyse_all(analysis.read_article(path), analysis.Resources())

The layers, each a module: decoding and parsing (parts), language (natasha), actors (with the
gazetteer), speech and priorities, dates, facts and checks (with the reference data), tables and
outputs, engines, reports.
"""

from .actors import find_actors
from .article import Article, Part
from .checks import find_checks
from .corpus import load_article, load_corpus
from .dates import find_dates
from .decoding import decode_bytes
from .errors import ArticleError
from .facts import find_facts
from .gazetteer import load_gazetteer, read_aliases
from .language import Models, analyse, load_models
from .layers import STEPS, analyse_all
from .options import Options, Resources
from .parsing import PART_KINDS, clean_text, parse_article, read_article
from .pipeline import extract, extract_text
from .priorities import find_priorities
from .reference import load_reference
from .schema import TABLES, codebook
from .speech import find_quotes
from .steps import Step, run_steps
from .tables import read_tables
from .views import gloss_phrase

__version__ = "0.1.0"

__all__ = [
    "ArticleError", "Article", "Part", "PART_KINDS", "Models", "Options", "Resources", "STEPS", "Step",
    "TABLES", "analyse", "analyse_all", "clean_text", "codebook", "decode_bytes", "extract", "extract_text",
    "find_actors", "find_checks", "find_dates", "find_facts", "find_priorities", "find_quotes",
    "gloss_phrase", "load_article", "load_corpus", "load_gazetteer", "load_models", "load_reference",
    "parse_article", "read_aliases", "read_article", "read_tables", "run_steps",
]
