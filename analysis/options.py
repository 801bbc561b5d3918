"""How articles are read and analysed (and how long one may take): one frozen ``Options`` object, built once by the command
line or the API and passed to the engines and their workers; and the ``Resources`` a process
shares between the articles it handles (models, gazetteer, reference), each loaded once.

Where the work runs (``--jobs``, ``--engine``, ``--scheduler``) is not an option of the article's
analysis and is passed to ``engines.run`` beside it.
"""

from dataclasses import dataclass

from .decoding import DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Options:
    encoding: str = None          # decode every input with this codec instead of detecting it
    max_bytes: int = DEFAULT_MAX_BYTES  # refuse inputs larger than this
    aliases: tuple = ()           # the user's gazetteer rows (``gazetteer.read_aliases(FILE)``)
    date: str = ""                # ISO date for articles with no ` date` header and no archive date
    timeout: float = None         # seconds per article (None: ``budget.default_seconds()``; 0: none)

    def __post_init__(self):
        object.__setattr__(self, "aliases", tuple(tuple(row) for row in self.aliases))


DEFAULT_OPTIONS = Options()


class Resources:
    """What the steps of one process share: natasha's models, the gazetteer built from the
    options' aliases with the models' morphology, and the curated reference; each loaded on first
    use and kept. ``gazetteer=`` uses one built elsewhere (a notebook's own rows) instead."""

    def __init__(self, models=None, options=DEFAULT_OPTIONS, gazetteer=None):
        if models is None:
            from .language import load_models
            models = load_models()
        self.models = models
        self.options = options
        self._gazetteer = gazetteer
        self._reference = None

    @property
    def timings(self):
        return self.models.timings

    @property
    def morph_vocab(self):
        return self.models.morph_vocab

    @property
    def gazetteer(self):
        if self._gazetteer is None:
            from .gazetteer import load_gazetteer
            self._gazetteer = load_gazetteer(self.options.aliases, self.models.morph_vocab)
        return self._gazetteer

    @property
    def reference(self):
        if self._reference is None:
            from .reference import load_reference
            self._reference = load_reference()
        return self._reference
