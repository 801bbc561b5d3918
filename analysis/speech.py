"""Speech: who said what. Direct quotes in quotation marks and reported speech, each with the
actor who speaks (from ``article.mentions`` / ``article.actors``) and its cue.

A **direct** quote is a span in quotation marks (``"..."``, ``«...»``, ``„...“``) that an attribution
claims as speech: a reporting verb after it (``", - сказал Путин.``), inside it between dashes
(``"..., - анонсировал дипломат. - ..."``: two rows, one speaker) or before it after a colon
(``Путин заявил: «...»``) or ``По словам X,``. A whole paragraph in quotation marks with no
attribution continues the previous direct quote's speaker. Quotation marks after a title noun
(``газета «Коммерсант»``, ``под лозунгом «...»``) and unattributed quoted words are not speech.

A **reported** quote is narration that a cue attributes: ``X заявил, что ...`` (the clause after
``что``), ``По словам X, ...``, ``Об этом заявил X`` (the sentence before), ``..., отметил X.`` and
the parenthetical ``..., отметил X, ...`` (the sentence around the attribution, as two rows). Cues
inside a direct quote are the quoted speaker's own words and are not reported speech of the
article.

The speaker is read from the syntax (the subject of the reporting verb, the words after
``по словам``) and resolved to an actor through the actor mentions, references included
(``президент``, ``дипломат``, ``он``, ``его``). Quotes never cross part boundaries; ``Об этом
заявил X`` at the start of a paragraph points back to the last sentence of the paragraph before.
"""

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass

DIRECT, REPORTED = "direct", "reported"
MODES = (DIRECT, REPORTED)

CUE_VERBS = frozenset("""
    сказать говорить заявить заявлять отметить отмечать подчеркнуть подчеркивать сообщить сообщать
    добавить добавлять пояснить пояснять уточнить уточнять подытожить резюмировать анонсировать
    заметить замечать указать указывать констатировать признать признавать напомнить напоминать
    рассказать рассказывать ответить отвечать спросить заверить заверять пообещать обещать
    предупредить предупреждать объяснить объяснять считать полагать убежден утверждать настаивать
    акцентировать продолжить написать писать говориться цитировать процитировать передать
    высказаться выразить оценить
""".split())
# ``по словам X``: the noun's lemma -> the cue as written in the table
PHRASE_CUES = {"слово": "по словам", "мнение": "по мнению", "оценка": "по оценке"}
# A quoted span right after one of these is a name or a title, never speech.
TITLE_NOUNS = frozenset("""
    газета издание агентство журнал телеканал канал радиостанция радио портал сайт компания
    корпорация концерн холдинг банк фонд партия движение организация программа проект документ
    закон законопроект договор соглашение доктрина стратегия концепция декларация меморандум
    лозунг девиз слоган операция учение учения форум фестиваль конкурс книга фильм статья рубрика
    заголовок название название. комплекс система ракета самолет корабль центр клуб группа
    премия орден медаль резолюция формат инициатива марка бренд кодекс
""".split())
NO_ACTOR = -1
SPEAKER_KIND_ORDER = ("person", "media", "government_body", "organisation", "country")
QUOTE_CHAR_RE = re.compile('["«»„“”]')
CLOSERS = {'"': '"', "«": "»", "„": "“”", "“": "”"}
DASHES = "-–—"
CLAUSE_STOPS = frozenset(".!?…:;")
SUBJECT_RELS = ("nsubj", "nsubj:pass")
MAX_WORDS_BEFORE_CUE = 4
EDGE_STRIP = " \t\r\n.,;:" + DASHES


@dataclass
class Quote:
    quote_id: int
    mode: str
    start: int
    end: int
    text: str
    speaker_actor_id: int = -1
    speaker: str = ""
    cue: str = ""
    part_id: int = -1


class View:
    """An analysed article indexed for the lookups speech and priorities make: tokens by offset,
    syntactic children, sentences' tokens, actor mentions by offset."""

    def __init__(self, article):
        self.article = article
        self.tokens = article.tokens
        self.starts = [t.start for t in self.tokens]
        self.children = defaultdict(list)
        for token in self.tokens:
            if token.head_id >= 0 and token.head_id != token.token_id:
                self.children[token.head_id].append(token)
        self.sentence_tokens = [[] for _ in article.sentences]
        for token in self.tokens:
            self.sentence_tokens[token.sentence_id].append(token)
        self.parts = {part.part_id: part for part in article.parts}
        self.mentions = sorted(article.mentions, key=lambda m: (m.start, m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.actors = {a.actor_id: a for a in article.actors}

    def tokens_in(self, start, end):
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return self.tokens[i:j]

    def sentence_of(self, token):
        return self.article.sentences[token.sentence_id]

    def subtree(self, token):
        """The token and everything that depends on it, in text order."""
        seen, todo = {token.token_id}, [token]
        while todo:
            for child in self.children[todo.pop().token_id]:
                if child.token_id not in seen:
                    seen.add(child.token_id)
                    todo.append(child)
        return [self.tokens[i] for i in sorted(seen)]

    def mentions_in(self, start, end):
        i = bisect.bisect_left(self.mention_starts, start)
        found = []
        # a mention may start before `start` and still overlap: step back over a few
        for mention in self.mentions[max(0, i - 8):]:
            if mention.start >= end:
                break
            if mention.end > start:
                found.append(mention)
        return found

    def actor_in(self, start, end, heads=()):
        """``(actor_id, name)`` of the actor best named in ``[start, end)``: a mention on one of the
        ``heads`` first, then people before media, bodies, organisations and countries."""
        mentions = self.mentions_in(start, end)
        if not mentions:
            return NO_ACTOR, ""

        def rank(mention):
            on_head = any(mention.start <= h.start < mention.end for h in heads)
            actor = self.actors.get(mention.actor_id)
            kind = getattr(actor, "kind", "")
            order = SPEAKER_KIND_ORDER.index(kind) if kind in SPEAKER_KIND_ORDER else len(SPEAKER_KIND_ORDER)
            return (not on_head, order, mention.start)

        best = min(mentions, key=rank)
        actor = self.actors.get(best.actor_id)
        return best.actor_id, getattr(actor, "name", "") if actor else ""


def is_word(token):
    return token.pos != "PUNCT"


def is_cue_verb(token):
    return token.lemma in CUE_VERBS and token.pos in ("VERB", "ADJ")


def phrase_cue(view, token):
    """``по словам`` and the like: the cue as written when ``token`` is the noun of one."""
    if token.lemma not in PHRASE_CUES or token.feats.get("Case") != "Dat":
        return ""
    before = view.tokens[token.token_id - 1] if token.token_id > 0 else None
    if before is not None and before.lemma == "по":
        return PHRASE_CUES[token.lemma]
    # ``По его словам``: a possessive between the preposition and the noun
    before2 = view.tokens[token.token_id - 2] if token.token_id > 1 else None
    if (before is not None and before2 is not None and before2.lemma == "по"
            and before.sentence_id == token.sentence_id and before.pos in ("DET", "PRON")):
        return PHRASE_CUES[token.lemma]
    return ""


def clause_after(view, token, limit):
    """Tokens from ``token`` to the first clause-ending punctuation, comma or dash (exclusive)."""
    out = []
    for t in view.tokens[token.token_id:]:
        if t.start >= limit or t.sentence_id != token.sentence_id and out:
            break
        if t is not token and t.pos == "PUNCT" and (t.text in CLAUSE_STOPS or t.text == ","
                                                    or t.text in DASHES or QUOTE_CHAR_RE.match(t.text)):
            break
        out.append(t)
    return out


def speaker(view, cue, window):
    """``(actor_id, name)`` of who speaks: the subject of the cue verb (or the words of ``по
    словам X``) resolved through the actor mentions; ``window`` is where to look without a parse."""
    heads = [t for t in view.children[cue.token_id] if t.rel in SUBJECT_RELS]
    if cue.lemma in PHRASE_CUES:
        heads = [t for t in view.children[cue.token_id] if t.rel in ("det", "nmod", "appos")]
    for head in heads:
        tree = view.subtree(head)
        found = view.actor_in(tree[0].start, tree[-1].end, heads=[head])
        if found[0] != NO_ACTOR:
            return found
    if window:
        return view.actor_in(window[0].start, window[-1].end)
    return NO_ACTOR, ""


def quoted_spans(text, start, end):
    """``(open, close)`` offsets of the top-level quotation marks in ``text[start:end]``; quotes
    nested inside another (``«...«...»...»``) stay inside it; an unclosed quote is dropped."""
    opener = depth = None
    for match in QUOTE_CHAR_RE.finditer(text, start, end):
        ch, i = match.group(), match.start()
        if opener is None:
            if ch in CLOSERS:
                opener, depth = i, 1
            continue
        kind = text[opener]
        if kind == "«" and ch == "«":
            depth += 1
        elif ch in CLOSERS[kind] and not (kind == "«" and depth > 1 and ch != "»"):
            depth -= 1 if kind == "«" else depth
            if depth == 0:
                yield opener, i
                opener = None


def strip_span(text, start, end, keep_end=""):
    """``(start, end)`` without surrounding whitespace, dashes and commas; a final full stop goes
    too unless listed in ``keep_end``."""
    while start < end and text[start] in EDGE_STRIP:
        start += 1
    while end > start and text[end - 1] in EDGE_STRIP and text[end - 1] not in keep_end:
        end -= 1
    return start, end


class SpeechFinder:
    def __init__(self, article):
        self.article = article
        self.view = View(article)
        self.text = article.text
        self.quotes = []  # (start, end, mode, actor_id, name, cue, part_id)
        self.used_cues = set()
        self.direct_spans = []

    # --- direct speech -------------------------------------------------------------------------

    def attribution_after(self, close, part):
        """Cue token and clause of ``", - сказал Путин.`` right after a closing quotation mark."""
        match = re.compile(r"[,!?…]?\s*[" + DASHES + r"]\s*").match(self.text, close + 1, part.end)
        if not match:
            return None
        return self.cue_clause(match.end(), part.end)

    def cue_clause(self, start, limit):
        tokens = self.view.tokens_in(start, limit)
        if not tokens:
            return None
        clause = clause_after(self.view, tokens[0], limit)
        words = [t for t in clause if is_word(t)]
        for t in words[:MAX_WORDS_BEFORE_CUE]:
            if is_cue_verb(t):
                return t, clause
        return None

    def attribution_before(self, opener, part):
        """Cue of ``Путин заявил: «...»`` or ``По словам Путина, «...»`` before an opening mark."""
        before = self.text[part.start:opener].rstrip()
        if before.endswith(":"):
            colon = part.start + len(before) - 1
            tokens = [t for t in self.view.tokens_in(part.start, colon)
                      if t.sentence_id == self.view.tokens_in(colon, colon + 1)[0].sentence_id]
        elif not before.strip(DASHES + " "):
            # the quote opens its paragraph: the paragraph before may end in ``заявил:``
            previous = self.previous_part(part)
            if previous is None or not previous.text.rstrip().endswith(":"):
                return None
            last = self.view.tokens_in(previous.start, previous.end)
            tokens = [t for t in last if t.sentence_id == last[-1].sentence_id] if last else []
        elif before.endswith(","):
            tokens = [t for t in self.view.tokens_in(part.start, part.start + len(before))]
            tokens = [t for t in tokens if t.sentence_id == tokens[-1].sentence_id] if tokens else []
            cues = [t for t in tokens if phrase_cue(self.view, t)]
            if not cues or cues[0].start - tokens[0].start > 3:
                return None
            return cues[0], tokens
        else:
            return None
        cues = [t for t in tokens if is_cue_verb(t) or phrase_cue(self.view, t)]
        return (cues[-1], tokens) if cues else None

    def previous_part(self, part):
        for previous in reversed(self.article.parts[:part.part_id]):
            if previous.kind in ("body", "other"):
                return previous
            if previous.kind != "photo":
                return None
        return None

    def after_title_noun(self, opener, part):
        """``газета «Коммерсант»``, ``под лозунгом «...»``: a title noun right before the mark
        (or before an adjective right before it), with no punctuation in between."""
        before = self.view.tokens_in(part.start, opener)[-2:]
        if not before or not is_word(before[-1]):
            return False
        if before[-1].lemma in TITLE_NOUNS:
            return True
        return len(before) == 2 and before[-1].pos == "ADJ" and before[0].lemma in TITLE_NOUNS

    def interjections(self, opener, close):
        """``(piece_end, resume, cue, clause)`` for each ``..., - сказал X. - ...`` inside a quote."""
        for match in re.compile(r"([,!?…])\s*[" + DASHES + r"]\s+").finditer(self.text, opener + 1, close):
            found = self.cue_clause(match.end(), close)
            if not found:
                continue
            cue, clause = found
            after = re.compile(r"\s*[.,:]\s*[" + DASHES + r"]\s*").match(self.text, clause[-1].end, close)
            if not after:
                continue
            piece_end = match.start() + (0 if match.group(1) == "," else 1)
            yield piece_end, after.end(), cue, clause

    def direct(self):
        previous_speaker = None
        for part in self.article.parts:
            if part.kind in ("date_header",) or not QUOTE_CHAR_RE.search(part.text):
                continue
            last_attribution_end = part.start
            for opener, close in quoted_spans(self.text, part.start, part.end):
                if self.after_title_noun(opener, part):
                    continue
                pieces = []
                start = opener + 1
                found_cue = None
                for piece_end, resume, cue, clause in self.interjections(opener, close):
                    pieces.append((start, piece_end))
                    start = resume
                    found_cue = found_cue or (cue, clause)
                pieces.append((start, close))
                attribution = (found_cue or self.attribution_after(close, part)
                               or self.attribution_before(opener, part))
                if attribution:
                    cue, clause = attribution
                    self.used_cues.add(cue.token_id)
                    actor_id, name = speaker(self.view, cue, clause)
                    cue_text = phrase_cue(self.view, cue) or cue.lemma
                    previous_speaker = (actor_id, name)
                    last_attribution_end = max(close + 1, clause[-1].end)
                elif self.continues(opener, close, part, last_attribution_end) and previous_speaker:
                    actor_id, name = previous_speaker
                    cue_text = ""
                else:
                    continue
                for start, end in pieces:
                    start, end = strip_span(self.text, start, end, keep_end=".!?…")
                    if start < end:
                        self.add(start, end, DIRECT, actor_id, name, cue_text, part.part_id)
                        self.direct_spans.append((opener, close + 1))

    def continues(self, opener, close, part, since):
        """An unattributed quote that is all its paragraph says (after any attribution before it)."""
        before = self.text[since:opener]
        after = self.text[close + 1:part.end]
        return not before.strip(" \t\r\n.,:;" + DASHES) and not after.strip(" \t\r\n.,;!?…")

    # --- reported speech -----------------------------------------------------------------------

    def in_direct(self, token):
        return any(s <= token.start < e for s, e in self.direct_spans)

    def reported(self):
        view = self.view
        for sentence, tokens in zip(self.article.sentences, view.sentence_tokens):
            if not tokens or self.view.parts[sentence.part_id].kind == "date_header":
                continue
            for index, token in enumerate(tokens):
                if token.token_id in self.used_cues or self.in_direct(token):
                    continue
                cue_text = phrase_cue(view, token)
                if cue_text:
                    self.reported_phrase(sentence, tokens, index, cue_text)
                elif is_cue_verb(token):
                    self.reported_verb(sentence, tokens, index)

    def content_pieces(self, sentence, tokens, first, last):
        """The sentence around the attribution ``tokens[first:last + 1]`` as reported content:
        the words before it and after it, either of them missing at a sentence edge."""
        pieces = []
        if first > 0:
            pieces.append((sentence.start, tokens[first].start))
        if last + 1 < len(tokens):
            pieces.append((tokens[last + 1].start, sentence.end))
        return pieces

    def reported_phrase(self, sentence, tokens, index, cue_text):
        first = index - 1 if tokens[index - 1].lemma == "по" else index - 2
        clause = clause_after(self.view, tokens[index], sentence.end)
        last = tokens.index(clause[-1])
        cue = tokens[index]
        actor_id, name = speaker(self.view, cue, clause[1:])
        pieces = self.content_pieces(sentence, tokens, first, last)
        self.used_cues.add(cue.token_id)
        for start, end in pieces:
            self.add_reported(start, end, actor_id, name, cue_text, sentence.part_id)

    def reported_verb(self, sentence, tokens, index):
        cue = tokens[index]
        before = tokens[:index]
        words_before = [t for t in before if is_word(t)]
        # ``Об этом заявил X``: the sentence before is what was said
        if (len(words_before) <= 3 and any(t.lemma == "это" for t in words_before)
                and any(t.lemma == "о" for t in words_before)):
            target = self.sentence_before(sentence)
            if target is not None:
                window = clause_after(self.view, cue, sentence.end)
                self.add_cued(cue, window, [(target.start, target.end)], target.part_id)
            return
        # ``X заявил, что ...`` / ``X заявил: ...``
        for j in range(index + 1, min(len(tokens), index + 12)):
            t = tokens[j]
            if t.lemma == "что" and tokens[j - 1].text == "," and t.pos in ("SCONJ", "PRON"):
                if j + 1 < len(tokens):
                    window = tokens[:j]
                    self.add_cued(cue, window, [(tokens[j + 1].start, sentence.end)], sentence.part_id)
                return
            if t.text == ":" and j + 1 < len(tokens) and not QUOTE_CHAR_RE.match(tokens[j + 1].text):
                self.add_cued(cue, tokens[:j], [(tokens[j + 1].start, sentence.end)], sentence.part_id)
                return
            if t.pos == "PUNCT" and t.text != ",":
                break
        # ``..., отметил президент, ...`` / ``..., сообщил X.`` / ``Как сообщил X, ...``
        previous = tokens[index - 1] if index > 0 else None
        if previous is None:
            return
        clause = clause_after(self.view, cue, sentence.end)
        last = tokens.index(clause[-1])
        if previous.text == "," or previous.text in DASHES:
            first = index - 1
            while first > 0 and tokens[first - 1].pos == "PUNCT" and tokens[first - 1].text in ",-–—":
                first -= 1
        elif previous.lemma == "как" and (index == 1 or tokens[index - 2].text == ","):
            first = index - 1
        else:
            return
        pieces = self.content_pieces(sentence, tokens, first, last)
        if not pieces:
            return
        self.add_cued(cue, clause, pieces, sentence.part_id)

    def sentence_before(self, sentence):
        if sentence.sentence_id == 0:
            return None
        before = self.article.sentences[sentence.sentence_id - 1]
        if self.view.parts[before.part_id].kind not in ("body", "other", "title", "subtitle"):
            return None
        if any(s <= before.start and before.end <= e for s, e in self.direct_spans):
            return None
        # a sentence with its own attribution already says whose words it holds
        if any(before.start <= q[0] < before.end for q in self.quotes):
            return None
        return before

    def add_cued(self, cue, window, pieces, part_id):
        self.used_cues.add(cue.token_id)
        actor_id, name = speaker(self.view, cue, [t for t in window if t is not cue])
        for start, end in pieces:
            self.add_reported(start, end, actor_id, name, cue.lemma, part_id)

    def add_reported(self, start, end, actor_id, name, cue, part_id):
        start, end = strip_span(self.text, start, end, keep_end="!?…")
        # a reported span never swallows a direct quote: it stops where one begins
        for s, e in self.direct_spans:
            if start < s < end:
                end = strip_span(self.text, start, s)[1]
        if start < end and any(ch.isalpha() for ch in self.text[start:end]):
            self.add(start, end, REPORTED, actor_id, name, cue, part_id)

    def add(self, start, end, mode, actor_id, name, cue, part_id):
        self.quotes.append((start, end, mode, actor_id, name, cue, part_id))

    def find(self):
        self.direct()
        self.reported()
        rows = sorted(set(self.quotes), key=lambda q: (q[0], q[1], q[2]))
        return [Quote(i, mode, start, end, self.text[start:end], actor_id, name, cue, part_id)
                for i, (start, end, mode, actor_id, name, cue, part_id) in enumerate(rows)]


def find_quotes(article):
    """The article's quotes: direct and reported speech with speaker and cue, in text order."""
    return SpeechFinder(article).find()
