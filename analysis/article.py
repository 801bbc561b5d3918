"""The article that travels through the steps: its text, its parts and header fields, and one typed
field for everything a step assigns.

``parsing`` fills the fields up to ``warnings``; each later field is assigned by exactly one step
(``analysis.layers.STEPS`` says which), and is empty until that step has run. Every row a step
assigns points back into ``text`` with ``start``/``end``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the row types live with the layers that make them
    from .actors import Actor, Mention, Role
    from .checks import Check
    from .dates import DateSpan
    from .facts import Fact
    from .language import NerSpan, Sentence, Token
    from .priorities import Priority
    from .speech import Quote
    from .token_view import TokenView


@dataclass
class Part:
    part_id: int
    kind: str
    start: int
    end: int
    text: str


@dataclass
class Article:
    # what the parser reads
    article_id: str
    path: str
    text: str
    encoding: str
    parts: list[Part] = field(default_factory=list)
    date: str = ""
    time: str = ""
    title: str = ""
    subtitle: str = ""
    editorial: str = ""
    photo_caption: str = ""
    photo_credit: str = ""
    dateline_place: str = ""
    dateline_date: str = ""
    agency: str = ""
    warnings: list[str] = field(default_factory=list)
    # assigned by the steps, in their order (``analysis.layers.STEPS``)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    ner_spans: list[NerSpan] = field(default_factory=list)
    view: TokenView | None = None  # the tokens indexed once for every rule layer (not a table)
    mentions: list[Mention] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    priorities: list[Priority] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)

    def parts_of(self, *kinds):
        return [part for part in self.parts if part.kind in kinds]

    @property
    def n_parts(self):
        return len(self.parts)

    @property
    def n_sentences(self):
        return len(self.sentences)


# The fields the parser fills; every other field of ``Article`` belongs to a step.
PARSED_FIELDS = ("article_id", "path", "text", "encoding", "parts", "date", "time", "title", "subtitle",
                 "editorial", "photo_caption", "photo_credit", "dateline_place", "dateline_date",
                 "agency", "warnings")
