"""Speech: who said what. Direct quotes in quotation marks and reported speech, each with the
speaker (an actor from ``article.mentions`` / ``article.actors``, a document or an unnamed role
noun), the medium that relays the words (``via``) and the cue.

A **direct** quote is a span in quotation marks (``"..."``, ``«...»``, ``„...“``) that an attribution
claims as speech: a reporting verb after it (``", - сказал Путин.``, also with no dash: ``", сказал
Путин``), inside it between dashes (``"..., - анонсировал дипломат. - ..."``: two rows, one
speaker) or before it after a colon (``Путин заявил: «...»``), ``По словам X,`` or ``Как сообщил X,``.
A colon with no verb of saying gives the person the clause before it is about (``Сам Белов оказался
дипломатичнее: «...»``, a headline ``Захарова: «...»``); a paragraph that opens ``Name:`` is that
person's words (an interview answer; an interviewer's question ``Голос Америки: ...?`` is not
reported speech); a quote block signed on the next line (``— Name, role``) is that person's. A
whole paragraph in quotation marks with no attribution continues the previous direct quote's
speaker. Quotes nest by the marks' kinds and balance (``«... «Роснефть» ...»``, ``"... "ВКонтакте"
..."``), and one ``»`` closing both levels before the attribution still closes the outer quote.
Quotation marks after a title noun (``газета «Коммерсант»``, ``под лозунгом «...»``), a name inside
an attribution and unattributed quoted words are not speech.

A **reported** quote is narration that a cue attributes: ``X заявил, что ...`` (the clause after
``что``/``чтобы``, up to a trailing ``, сообщает Y``), the complement of a verb by its frame in
``speech_verbs.csv`` (``призвал стороны остановить ...``, ``объявил о ...``, ``подтвердил готовность
...``, ``назвал итоги подтасованными``, ``не исключил ...``), a source phrase (``По словам X,``, ``по
данным X``, ``согласно X``, ``в соответствии с прогнозом X``: ``speech_nouns.csv``), ``Об этом
заявил X`` (the sentence before), ``..., отметил X.`` and the parenthetical ``..., отметил X, ...``
(the sentence around the attribution, as two rows; a piece that is only a connective such as
``Вместе с тем`` is dropped). Reported content whose quotation is the whole of what is said
(``отметил, что «...»``) is a direct row instead; a quoted clause inside reported content is a
direct row beside it. Not speech: cues inside a direct quote or an interviewer's question, the
author's ``Напомним``/``Отметим``, infinitives (``кто-то возьмется утверждать``), futures,
negated verbs (except ``не исключил``), participles of directives and of naming.

The speaker is read from the syntax (the subject of the reporting verb, the words after ``по
словам``, ``говорится в декларации``, ``сообщили в пресс-службе X``) and resolved through the actor
mentions: a name in apposition to a role noun is the person (``пресс-секретарь главы государства
Айдар Иванов``), a role noun is the one person holding that role or title class (``Глава МИД``
after ``министр иностранных дел Жээнбек Кулубаев``), an open ``он`` the subject of the sentence
before, else an unnamed role noun (``эксперты``, ``пресс-служба Кремля``) or a document
(``декларация``) keeps its words with no actor. A medium beside another speaker (``цитирует X РИА
Новости``, ``..., передает ТАСС``, ``написал в Telegram``) goes in ``via``. Quotes never cross part
boundaries; ``Об этом заявил X`` at the start of a paragraph points back to the last sentence of the
paragraph before. Word lists are data under ``analysis/data/lexicon/``.

Who speaks, more safely (round 3 of the speech work): ``По его словам`` goes on with the speaker of
the sentence before; an antecedent is never a person named inside what was said; a descriptive role
phrase (``87-летний политик``, ``бывший соратник северокорейского вождя``) refers back, a feminine
one only to a woman, and a role that brings in a new party (``источник``, ``представитель``:
``speech_new_party_nouns.csv``) never does; ``в газету`` (where the words went) never speaks; an
apposition comma (``X, известный певец, написал``) is no ``..., отметил X`` attribution; a
``что`` clause belongs to the nearer verb of saying. More said: ``*`` bullet items in one
paragraph, ``согласно Марку``, ``в докладе отмечается`` + what is stated, an attribution opening
the next paragraph in lower case, quoted labels after verbs of naming, ``X, который предсказывал
Y``.

Round 4 (read from a second, fresh gold): beliefs stated by a short adjective or a verb of doubt,
with or without ``не`` (``уверен, что``, ``сомневаются, что``: polarity ``any``); a verdict after
``как`` (``оценил итоги как приемлемые``: the ``as`` frame) and ``считает решение ошибочным``;
``продолжал он`` only as an attribution (the ``aside`` frame); a ``как`` attribution takes no ``что``
clause; a quotation closing a sentence attributed after it takes the words before it; an
unattributed quotation closing a paragraph goes on with the person whose words the paragraph
reported. Who: a describing participle never names the speaker; ``они`` and ``она`` go back to the
plural speaker or subject, or to a body, of the sentence before; antecedents skip the words being
attributed. Not speech: ``Не исключено, что``, passive directives (``призваны проголосовать``), a
colon that lists the people who answered.

Round 8 of the speakers (issue #15's sixth organisation set): an office of a body the text names by
common nouns (``Как сообщила спикер верхней палаты``, ``Глава коллегии отметил``) re-names the person
last named as one who spoke; a bare surname NER missed (``Сердюков также сообщил``, a headline
``Сагинтаев назвал X``) is the one person of the article whose name has it.
"""

import bisect
import re
from collections import namedtuple
from dataclasses import dataclass

from . import lexicon
from .lexicon import DASHES  # punctuation.csv, the one list of dashes
from .token_view import MentionIndex, TokenView

DIRECT, REPORTED = "direct", "reported"
MODES = (DIRECT, REPORTED)


def _verb_frames():
    """``{lemma: (frames, polarity)}`` from ``speech_verbs.csv``; a user's row without a frame is a
    plain verb of saying."""
    columns, found = lexicon.table("speech_verbs")
    out = {}
    for row in found:
        word = row[columns[0]]
        if word and word not in out:
            out[word] = (frozenset((row.get("frame") or "say").split()), row.get("polarity") or "")
    return out


def _nouns(use):
    columns, found = lexicon.table("speech_nouns")
    return frozenset(row[columns[0]] for row in found if use in (row.get("use") or "source").split())


def _noun_uses():
    """``{noun: uses}`` of ``speech_nouns.csv`` (a noun may have several rows)."""
    columns, found = lexicon.table("speech_nouns")
    out = {}
    for row in found:
        out[row[columns[0]]] = out.get(row[columns[0]], frozenset()) | frozenset((row.get("use") or "source").split())
    return out


def _source_phrases():
    """``(lemmas, case, uses, cue)`` rows of ``speech_source_phrases.csv``."""
    columns, found = lexicon.table("speech_source_phrases")
    return tuple((tuple(row[columns[0]].split()), row.get("case") or "", frozenset((row.get("nouns") or "source").split()),
                  row.get("cue") or row[columns[0]]) for row in found)


# Verbs of saying and their frames (``analysis/data/lexicon/speech_verbs.csv``): ``say`` takes a
# ``что`` clause, a colon, a quote or a parenthetical (``..., отметил X``); ``about`` also ``о`` +
# noun phrase (``объявил о переизбрании``); ``object`` a direct object that states the content
# (``подтвердил готовность ...``, ``предсказал конец эпохи``); ``directive`` an infinitive or ``к`` +
# noun phrase (``призвал стороны остановить ...``); ``name`` an object and what it is called
# (``назвал итоги подтасованными``); ``amount`` an object and ``в`` + an amount (``оценил ущерб в
# миллиард``); ``charge`` an object and ``в`` + the offence (``обвинил власти в фальсификации``);
# ``for`` ``за``/``против`` + noun phrase (``высказался за отмену виз``); ``relay`` marks a medium
# passing on another's words (``цитирует X ТАСС``); ``report`` a verb a medium or body reports
# with, whose attribution beside another speaker's words is a relay (``..., сообщает «Лента.ру»``).
VERB_FRAMES = _verb_frames()
CUE_VERBS = frozenset(VERB_FRAMES)
# ``по словам X``: nouns of a source phrase; ``говорится в декларации``: nouns of documents
SOURCE_NOUNS = _nouns("source")
DOCUMENT_NOUNS = _nouns("document")
NOUN_USES = _noun_uses()
# ``в документе``: a document noun that can point back to a document of any kind named before
# (``в заявлении`` points back only to a ``заявление``)
GENERIC_DOCUMENTS = frozenset({"документ", "текст"})
# ``по``/``согласно`` + Dat, ``в соответствии с`` + Ins: the prepositions of a source phrase
SOURCE_PHRASES = _source_phrases()
# the author's own asides (``Напомним, что ...``): word forms, never reported speech
AUTHOR_ASIDES = lexicon.words("speech_not")
# ``в ноябре``, ``в ходе встречи``, ``в интервью``: obliques that say when or where, never who
OCCASION_NOUNS = lexicon.words("time_nouns")
# ``написал в Telegram``: channels that carry a speaker's words (``via``), lower case
RELAY_CHANNELS = lexicon.words("relay_channels")
# ``выступил с заявлением о том, что ...``, ``выдвинул требование повысить зарплаты``: nouns of a
# speech act and their complements' frames (as the verbs'), and the light verbs that make their
# subject the speaker (``speech_act_nouns.csv``, ``speech_act_verbs.csv``)
ACT_NOUNS = {row["word"]: frozenset((row.get("frame") or "say").split())
             for row in lexicon.table("speech_act_nouns")[1]}
ACT_VERBS = {row["word"]: row.get("noun") or "object" for row in lexicon.table("speech_act_verbs")[1]}
# ``источник``, ``собеседник``: role nouns that bring in a new, unnamed party, never a person
# named before (``speech_new_party_nouns.csv``)
NEW_PARTY_NOUNS = lexicon.words("speech_new_party_nouns")
INTERLOCUTOR_NOUNS = lexicon.words("speech_interlocutor_nouns", kind="interlocutor")
MEDIUM_NOUNS = lexicon.words("speech_interlocutor_nouns", kind="medium")
# ``председатель``, ``министр``: offices (``role_nouns.csv``), whose genitive names the body held
OFFICE_NOUNS = lexicon.words("role_nouns", kind="office")
ROLE_NOUNS = lexicon.words("role_nouns")
# demonstratives that make an object or ``об ...`` opening a sentence point back to the sentence
# before (``speech_pointing_words.csv``)
POINTING_WORDS = lexicon.words("speech_pointing_words", kind="demonstrative")
# nouns of what is said or decided, with which ``об этих ...`` points back (``Об этих планах
# рассказал X``; ``Об этом человеке говорят`` names a topic)
POINTED_NOUNS = lexicon.words("speech_pointing_words", kind="content_noun")
# ``продолжает утверждать``: phase verbs under which an infinitive of saying still reports
PHASE_VERBS = lexicon.words("speech_phase_verbs")
# ``оценил ущерб в миллиард``: number words and units that make a ``в`` phrase an amount
AMOUNT_NOUNS = lexicon.words("speech_amount_nouns")
# ``отметили юбилей``: objects that make ``отметить`` a celebration, not speech
CELEBRATIONS = lexicon.words("celebration_nouns")
# A quoted span right after one of these is a name or a title, never speech (``газета «Труд»``).
TITLE_NOUNS = lexicon.words("speech_title_nouns")
NO_ACTOR = -1
HEADLINE_KINDS = ("title", "subtitle")
# ``Хакимов: ...``, ``Генсек ОДКБ: ...``: a short run of words before the headline's first colon
HEADLINE_COLON_RE = re.compile(r"^\s*([^:\s][^:]{0,40}?)\s*:\s+(?=\S)")
# ``... - посол``, ``... – Жумангарин``: a short run after a spaced dash closing the headline
HEADLINE_DASH_RE = re.compile(r"\s[-–—]\s+([^-–—\s][^-–—]{0,40})$")
SPEAKER_KIND_ORDER = ("person", "media", "government_body", "organisation", "country")
QUOTE_CHAR_RE = re.compile('["«»„“”]')
CLOSERS = {'"': '"', "«": "»", "„": "“”", "“": "”"}
CLAUSE_STOPS = frozenset(".!?…:;")
SUBJECT_RELS = ("nsubj", "nsubj:pass")
MAX_WORDS_BEFORE_CUE = 4
EDGE_STRIP = " \t\r\n.,;:" + DASHES
# words between ``что`` and a quotation that still leave the quotation the whole content (a bare
# subject: ``отметил, что «...»``, ``заявил, что визит «вызывает сожаление»``)
MAX_WORDS_BEFORE_MIXED_QUOTE = 4
# relations that describe a speaker without naming it: a participle or relative clause
# (``врачи, лечащие Гиффордс``) never gives the speaker its name
DESCRIBING_RELS = ("acl", "acl:relcl", "parataxis", "advcl", "conj", "punct")
# a speaker's name: the head itself or a name in apposition (``пресс-секретарь Дмитрий Песков``)
NAMING_RELS = ("appos", "flat", "flat:name", "flat:foreign", "nummod")

# ``МИНСК, 5 декабря (БЕЛТА) – `` left at a paragraph's start: the agency's dateline, never speech
DATELINE_RE = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ\-]+(?:\s+[A-ZА-ЯЁ][A-ZА-ЯЁ\-]+)*,\s*\d{1,2}\s+[а-яё]+\.?"
                         r"(?:\s*\([^)]{1,30}\)|\s*/[^/]{1,30}/\.?|\s*[" + DASHES + r"]\s*[^.\n]{1,30}\.)?"
                         r"\s*[" + DASHES + r"]?\s*")
# a paragraph that is an item of a list: a dash, a bullet, a number (``2030 год — ...``, ``1) ...``)
LIST_ITEM_RE = re.compile(r"\s*(?:[" + DASHES + r"•·*▪]\s|\d)")
PLACE_KINDS = ("city", "region", "country", "other", "historical_state")
Who = namedtuple("Who", "actor_id name kind via")
POSSESSIVE_GENDERS = {"его": "Masc", "ее": "Fem", "её": "Fem"}
NOBODY = Who(NO_ACTOR, "", "unknown", "")


@dataclass
class Quote:
    quote_id: int
    mode: str
    start: int
    end: int
    text: str
    speaker_actor_id: int = -1
    speaker: str = ""
    speaker_kind: str = "unknown"
    via: str = ""
    cue: str = ""
    part_id: int = -1


class View:
    """What speech and priorities read of an article: its shared token view
    (``analysis.token_view``) and its actor mentions by offset."""

    def __init__(self, article):
        tokens = article.view or TokenView(article)
        mentions = MentionIndex(article.mentions, article.actors)
        self.article = article
        self.tokens, self.children, self.sentence_tokens = tokens.tokens, tokens.children, tokens.sentence_tokens
        self.parts, self.subtree, self.tokens_in = tokens.parts, tokens.subtree, tokens.tokens_in
        self.sentence_of = tokens.sentence_of
        self.mentions, self.mentions_in, self.actors = mentions.mentions, mentions.mentions_in, mentions.actors
        self.morph_vocab = None

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


def role_noun(view, token):
    """A common noun, or a role noun natasha's tagger took for a proper name: capitalised at the
    start of a sentence, the short forms it rarely saw (``Замминистра добавил``, ``Генсек
    отметил``, ``Вице-премьер заявил``) come out PROPN; no name the NER found covers them."""
    if token.pos == "NOUN":
        return True
    return (token.pos == "PROPN" and token.text.lower() in ROLE_NOUNS
            and not view.mentions_in(token.start, token.end))


def is_word(token):
    return token.pos != "PUNCT"


def fold(word):
    """A word compared as names are: lower case, ``ё`` as ``е``."""
    return word.lower().replace("ё", "е")


def frames(token):
    return VERB_FRAMES.get(token.lemma, (frozenset(), ""))[0]


def negated(view, token):
    return any(c.lemma == "не" for c in view.children[token.token_id]) or (
        token.token_id > 0 and view.tokens[token.token_id - 1].lemma == "не")


def is_cue_verb(token, view=None):
    """A verb of saying used as a report: not the author's ``Напомним``, not an infinitive (``кто-то
    возьмется утверждать``) or a future (``объяснит``: speech not yet made); a verb listed as
    ``negated`` (``не исключил``) counts only with ``не``, any other only without it."""
    if token.lemma not in VERB_FRAMES or token.pos not in ("VERB", "ADJ"):
        return False
    if token.text.lower() in AUTHOR_ASIDES or token.feats.get("Person") == "1":
        return False
    if token.feats.get("VerbForm") == "Inf" and not (view is not None and phase_head(view, token)):
        return False
    if token.feats.get("Tense") == "Fut" and not present_form(token):
        return False
    if token.feats.get("VerbForm") == "Part" and "say" not in VERB_FRAMES[token.lemma][0]:
        # ``называемых «северными территориями»``: a so-called name; ``фронт, требующий ...``
        # describes a body; a participle of saying still reports (``меньшинству, считающему, что``)
        return False
    if token.feats.get("VerbForm") == "Part" and token.feats.get("Voice") == "Pass" and token.rel in ("acl", "amod"):
        # ``организаций, признанных террористическими``, ``документ, названный историческим``: a
        # passive participle describing a noun tells what was done to it, nobody is reported
        return False
    if token.pos == "ADJ" and token.feats.get("Variant") != "Short":
        # ``уверен, что``, ``убеждены, что``: a belief is stated by the short predicative form; the
        # full adjective (``уверенный тон``) describes, it says nothing
        return False
    if token.pos == "ADJ" and "say" not in frames(token):
        # ``избиратели призваны проголосовать``: a short passive participle (tagged an adjective)
        # of a directive verb: its subject is the one asked (or meant) to act, no asker is named
        return False
    if view is not None:
        polarity = VERB_FRAMES[token.lemma][1]
        # ``any``: a stance that is stated with or without ``не`` (``не уверен, что``, ``не
        # сомневается, что``); ``negated``: only with it (``не исключил``); else only without it
        if polarity != "any" and (polarity == "negated") != negated(view, token):
            return False
    return True


def present_form(token):
    """Whether a verb the tagger read as a future is a present (``клянутся`` tagged perfective):
    pymorphy2's dictionary knows the word form's aspect and tense, and only a perfective's simple
    form is a future (speech not yet made)."""
    return any(p.normal_form == token.lemma and "pres" in p.tag for p in morph_vocab().parse(token.text))


def phase_head(view, token):
    """``продолжает утверждать``, ``начал говорить``: the phase verb (``speech_phase_verbs.csv``)
    an infinitive of saying depends on, when that verb itself reports (not negated, not a future,
    not an infinitive), else None."""
    if token.rel != "xcomp" or token.head_id < 0:
        return None
    head = view.tokens[token.head_id]
    if (head.lemma not in PHASE_VERBS or head.pos != "VERB" or head.feats.get("VerbForm") in ("Inf", "Part")
            or head.feats.get("Tense") == "Fut" or head.feats.get("Person") == "1" or negated(view, head)):
        return None
    return head


def may_cue(token):
    """Whether a token can be a cue of reported speech at all: the noun of a source phrase (a
    ``NOUN_USES`` noun, or a name: ``phrase_cue``), a verb of ``VERB_FRAMES`` (``is_cue_verb``) or a
    speech-act noun (``ACT_NOUNS``). What ``SpeechFinder.reported`` asks first, so that most
    tokens of an article are passed over without a look at the quotes around them."""
    return (token.pos == "PROPN" or token.pos == "NOUN" and token.lemma in NOUN_USES
            or token.lemma in VERB_FRAMES or token.lemma in ACT_NOUNS)


def phrase_cue(view, token):
    """``по словам``, ``по данным``, ``согласно отчету``, ``в соответствии с прогнозом``: the cue as
    written when ``token`` is the noun of a source phrase (``speech_source_phrases.csv``: a
    preposition, the noun's case and the uses of ``speech_nouns.csv`` it takes)."""
    found = source_phrase(view, token)
    return found[0] if found else ""


def source_phrase(view, token):
    """``(cue, first token id)`` of the source phrase whose noun is ``token``, else None."""
    if token.pos == "PROPN":
        return named_source(view, token)
    if token.pos != "NOUN" or token.lemma not in NOUN_USES:
        return None
    i = token.token_id - 1
    # ``По его словам``, ``по предварительным данным``, ``согласно официальному заявлению``: a
    # possessive or adjectives between the preposition and the noun
    while (i >= 0 and token.token_id - i <= 3 and view.tokens[i].sentence_id == token.sentence_id
           and (view.tokens[i].pos in ("DET", "PRON") or view.tokens[i].pos == "ADJ"
                and view.tokens[i].feats.get("Case") == token.feats.get("Case"))):
        i -= 1
    for words, case, uses, cue in SOURCE_PHRASES:
        if token.feats.get("Case") != case or not (uses & NOUN_USES[token.lemma] or token.lemma in uses):
            continue
        first = i - len(words) + 1
        if first < 0 or view.tokens[first].sentence_id != token.sentence_id:
            continue
        if tuple(t.lemma for t in view.tokens[first:i + 1]) == words:
            if first > 0 and hangs_on_noun_before(view, token, first):
                # round 11: ``внести предложения по взаимному признанию электронной подписи``: a
                # ``по`` phrase that is the complement of the noun right before it (what the
                # proposals are about) is no source of speech; a source phrase is an adverbial of
                # its clause (``По признанию министра, ...``, ``сообщил, по данным ведомства``)
                continue
            return cue.replace("{noun}", token.text.lower()), first
    return None


def hangs_on_noun_before(view, token, first):
    """Whether the phrase starting at token ``first`` directly follows a noun of the same
    sentence that the phrase's noun ``token`` hangs on in the parse."""
    before = view.tokens[first - 1]
    return (before.sentence_id == token.sentence_id and before.pos == "NOUN"
            and token.head_id == before.token_id)


def named_source(view, token):
    """``Согласно Марку, ...``: a preposition of ``speech_source_phrases.csv`` whose ``nouns`` are
    ``name`` before the first word of a named speaker (a person, a medium, a body) in its case."""
    starts = [m for m in view.mentions_in(token.start, token.end) if m.start == token.start
              and getattr(view.actors.get(m.actor_id), "kind", "") in ("person", "media", "organisation",
                                                                       "government_body")]
    if not starts:
        return None
    for words, case, uses, cue in SOURCE_PHRASES:
        first = token.token_id - len(words)
        if ("name" not in uses or token.feats.get("Case") != case or first < 0
                or view.tokens[first].sentence_id != token.sentence_id):
            continue
        if tuple(t.lemma for t in view.tokens[first:token.token_id]) == words:
            return cue, first
    return None


def clause_after(view, token, limit):
    """Tokens from ``token`` to the first clause-ending punctuation, comma or dash (exclusive); a
    short quoted name (``газета «Труд»``) is part of the clause."""
    out = []
    quote_open = None
    for t in view.tokens[token.token_id:]:
        if t.start >= limit or t.sentence_id != token.sentence_id and out:
            break
        if t is not token and t.pos == "PUNCT" and QUOTE_CHAR_RE.match(t.text):
            if quote_open is None and t.text in CLOSERS and out:
                quote_open = len(out)
            elif quote_open is not None:
                quote_open = None
            else:
                break
            out.append(t)
            continue
        if quote_open is not None and len(out) - quote_open > 6:
            # not a name: a quotation begins here
            out = out[:quote_open]
            break
        if t is not token and t.pos == "PUNCT" and (t.text in CLAUSE_STOPS or t.text == ","
                                                    or t.text in DASHES) and not inside_word(view, t):
            break
        out.append(t)
    if quote_open is not None:
        out = out[:quote_open]
    return out


def inside_word(view, token):
    """``Фонтанка.ру``, ``Mail.ru``: a dot between letters is part of a name, not a stop."""
    text = view.article.text
    return (token.text == "." and 0 < token.start and token.end < len(text)
            and text[token.start - 1].isalnum() and text[token.end].isalnum())


def noun_phrase(view, head):
    """Text of a role noun phrase: the noun with its adjectives and genitive modifiers
    (``пресс-служба Кремля``, ``петербургские экологи``), never a clause that describes it."""
    keep = {head.token_id}
    todo = [head]
    while todo:
        for child in view.children[todo.pop().token_id]:
            if child.rel in DESCRIBING_RELS or child.pos == "PUNCT":
                continue
            cases = {g.lemma for g in view.children[child.token_id] if g.rel == "case"}
            if child.rel == "nmod" and cases - {"в", "от", "при"}:
                continue  # ``избиратели в беседе с корреспондентом``: an occasion, not the name
            if child.rel in ("amod", "nmod", "case", "flat", "flat:name", "appos", "nummod"):
                keep.add(child.token_id)
                todo.append(child)
    ids = sorted(keep)
    # a contiguous span around the head only
    lo = hi = ids.index(head.token_id)
    while lo > 0 and ids[lo - 1] == ids[lo] - 1:
        lo -= 1
    while hi + 1 < len(ids) and ids[hi + 1] == ids[hi] + 1:
        hi += 1
    first, last = view.tokens[ids[lo]], view.tokens[ids[hi]]
    if first.pos == "ADP":
        first = view.tokens[first.token_id + 1]
    text = view.article.text[first.start:last.end]
    if head.feats.get("Case", "Nom") != "Nom":
        # ``по сообщениям докторов`` -> ``доктора``: the phrase in the nominative, by natasha's
        # syntax normaliser (pymorphy2 forms, the heads' dependents agreeing)
        text = nominative(view, first, last, text)
    if first.pos != "PROPN" and text[:1].isupper():
        text = text[:1].lower() + text[1:]
    return text


def morph_vocab():
    """natasha's ``MorphVocab``: the process's one (``language.morph_vocab``), which the models share."""
    from .language import morph_vocab as shared

    return shared()


NormToken = namedtuple("NormToken", "id text pos feats head_id start stop")


def nominative(view, first, last, text):
    from natasha.norm import syntax_normalize

    tokens = [NormToken(t.token_id, t.text, t.pos, t.feats, t.head_id, t.start, t.end)
              for t in view.tokens[first.token_id:last.token_id + 1]]
    try:
        return syntax_normalize(view.morph_vocab or morph_vocab(), tokens)
    except Exception:  # pymorphy2 fails on a few odd characters: keep the text
        return text


def who_of_actor(view, actor_id):
    actor = view.actors.get(actor_id)
    return Who(actor_id, getattr(actor, "name", "") if actor else "", getattr(actor, "kind", "") or "unknown", "")


def resolve(view, head):
    """Who a subject (or a source phrase's noun) names: the actor of a mention on the head; a
    name in apposition to a role noun (``пресс-секретарь президента Дмитрий Песков`` is Песков,
    not the president); else a common noun is an unnamed role noun (``источник``, ``эксперты``,
    ``пресс-служба X``) whose words are the speaker; a pronoun the actors step did not resolve
    stays unknown."""
    on_head = [m for m in view.mentions_in(head.start, head.end) if m.actor_id in view.actors]
    if on_head:
        return who_of_actor(view, on_head[0].actor_id)
    named = []
    # a name in apposition to a coordinated role names the whole role (``писатель и журналист
    # Виктор Шендерович``)
    roles = [head] + [c for c in view.children[head.token_id] if c.rel == "conj" and c.pos == "NOUN"]
    for child in [c for role in roles for c in view.children[role.token_id]]:
        if child.rel in NAMING_RELS or (child.pos == "PROPN" and child.rel not in DESCRIBING_RELS + ("nmod",)):
            tree = view.subtree(child)
            found = [m for m in view.mentions_in(tree[0].start, tree[-1].end) if m.actor_id in view.actors]
            if child.pos in ("NOUN", "PROPN") and not any(m.start <= child.start < m.end for m in found):
                # ``пресс-служба Федерация бобслея России``: a body in apposition that the actors
                # step did not take; the country in its genitive is not who speaks
                found = [m for m in found if getattr(view.actors[m.actor_id], "kind", "") not in PLACE_KINDS]
            named += found
    if named:
        return who_of_actor(view, min(named, key=lambda m: (rank_kind(view, m), m.start)).actor_id)
    if role_noun(view, head):
        if head.lemma in DOCUMENT_NOUNS:
            author = document_author(view, head)
            if author is not None:
                return author
            return Who(NO_ACTOR, document_name(view, head), "document", "")
        # (a role noun in the body refers back: the one holder named before it, round 11)
        in_headline = view.parts[view.sentence_of(head).part_id].kind in HEADLINE_KINDS
        titled = titled_person(view, head, before=None if in_headline else head.start)
        if titled is not None:
            return titled
        if head.feats.get("Animacy") == "Anim":
            # ``по мнению полпреда президента в округе Виктора Ишаева``: the name that closes
            # a person's role phrase, however the parse attached it
            tree = [t for t in view.subtree(head) if t.rel not in DESCRIBING_RELS]
            run = [t for t in view.tokens[head.token_id:tree[-1].token_id + 1]]
            cut = next((i for i, t in enumerate(run) if t.pos == "PUNCT"), len(run))
            run = run[:cut]
            if run:
                people = [m for m in view.mentions_in(run[0].start, run[-1].end)
                          if getattr(view.actors.get(m.actor_id), "kind", "") == "person"
                          and m.end == run[-1].end]
                if people:
                    return who_of_actor(view, people[0].actor_id)
        body = named_body(view, head)
        if body is not None:
            return body
        return Who(NO_ACTOR, noun_phrase(view, head), "role_noun", "")
    if head.pos == "VERB" and head.feats.get("VerbForm") == "Part":
        # ``базирующаяся в Риме ФАО, предупредила``: the parse made the participle the subject
        tree = view.subtree(head)
        found = [m for m in view.mentions_in(tree[0].start, tree[-1].end) if m.actor_id in view.actors
                 and getattr(view.actors[m.actor_id], "kind", "") not in ("city", "other", "region")]
        if found:
            return who_of_actor(view, min(found, key=lambda m: (rank_kind(view, m), m.start)).actor_id)
    if head.pos == "PROPN":
        tree = naming_tree(view, head)
        found = [m for m in mentions_on(view, tree) if m.actor_id in view.actors]
        if not any(m.start <= head.start < m.end for m in found):
            # (the same for a capitalised body name the actors step did not take)
            found = [m for m in found if getattr(view.actors[m.actor_id], "kind", "") not in PLACE_KINDS]
        if found:
            return who_of_actor(view, min(found, key=lambda m: (rank_kind(view, m), m.start)).actor_id)
        if head.feats.get("Case", "Nom") == "Nom":
            # a name the actors step did not take (``Кан сказал``): its words, kind unknown
            name = [t for t in tree if t.pos == "PROPN"]
            # round 9: NER misses a bare surname at a sentence's or a headline's start
            # (``Сердюков также сообщил``, ``Сагинтаев назвал X``); written as a word of the name
            # of exactly one person of the article (``Андрей Сердюков`` named in the lead), it is
            # that person
            written = {fold(t.text) for t in name}
            people = [a for a in view.actors.values() if getattr(a, "kind", "") == "person"
                      and written <= {fold(w) for w in a.name.split()}]
            if len(people) == 1:
                return who_of_actor(view, people[0].actor_id)
            return Who(NO_ACTOR, view.article.text[name[0].start:name[-1].end], "unknown", "")
    return NOBODY


def named_body(view, head):
    """``В комиссии также отметили`` after ``сообщила Евразийская экономическая комиссия (ЕЭК)``:
    a bare common noun with nothing of its own (no genitive, name or adjective) that heads the
    name of exactly one organisation or state body named before it stands for that body, as a
    role noun stands for its holder."""
    if (head.feats.get("Animacy") != "Inan" or head.feats.get("Number") == "Plur"
            or any(c.rel not in ("case", "punct", "cc", "advmod") for c in view.children[head.token_id])):
        return None
    bodies = set()
    for mention in view.mentions_in(0, head.start, back=0):
        actor = view.actors.get(mention.actor_id)
        if (mention.end <= head.start and getattr(actor, "kind", "") in ("organisation", "government_body")
                and any(t.pos == "NOUN" and t.lemma == head.lemma for t in view.tokens_in(mention.start, mention.end))):
            bodies.add(mention.actor_id)
    return who_of_actor(view, bodies.pop()) if len(bodies) == 1 else None


def naming_tree(view, head):
    """The head and what depends on it, without the clauses that describe it and all below them
    (``Калоев, потерявший ... семью, заявил, что благодарен гражданам России``: the participle
    and what hangs on it, even past the verb by a parse error, never name the speaker)."""
    keep, todo = [head], [head]
    while todo:
        for child in view.children[todo.pop().token_id]:
            if child.rel not in DESCRIBING_RELS:
                keep.append(child)
                todo.append(child)
    return sorted(keep, key=lambda t: t.start)


def mentions_on(view, tokens):
    """Mentions that start on one of ``tokens``."""
    starts = {t.start for t in tokens}
    return [m for m in view.mentions_in(tokens[0].start, tokens[-1].end) if m.start in starts]


def titled_person(view, head, before=None):
    """``писатель``, ``нынешний российский президент``: a singular role noun the actors step left
    open is the one person of the article whose roles hold that noun (``писатель и журналист``).

    Round 11: with ``before`` (the role noun's offset in the body), only people first named before
    it count: a role noun in the body takes up someone already named, as ``он`` does (``«...», -
    сказал министр`` after ``глава МЧС России Иван Петров``, where ``Министр ... Киргизии`` named
    in the next paragraph is another person); a headline's role noun may name someone the body
    names later, so a headline passes no offset."""
    if head.feats.get("Number") == "Plur" or head.feats.get("Animacy") == "Inan":
        return None

    def named_before(actor):
        return before is None or actor.first_start < before

    people = [a for a in view.actors.values() if getattr(a, "kind", "") == "person" and named_before(a)
              and any(head.lemma in role.lower().replace(",", " ").split() for role in getattr(a, "roles", ()))]
    if len(people) != 1:
        # ``Глава МИД также сообщил`` after ``министр иностранных дел Жээнбек Кулубаев``: the
        # same title class (the actors step's ``TITLE_RULES``) held by one person
        from .actors import REFERENCE_MATCHES, TITLE_RULES

        lemmas = {t.lemma for t in view.subtree(head) if t.rel not in DESCRIBING_RELS}
        cls = next((c for h, needs, c in TITLE_RULES if h == head.lemma and needs <= lemmas), None)
        if cls in (None, "head"):
            return None
        accepted = REFERENCE_MATCHES.get(cls, {cls})
        people = [a for a in view.actors.values() if getattr(a, "kind", "") == "person" and named_before(a)
                  and any(c in accepted for c, _ in getattr(a, "titles", ()))]
    return who_of_actor(view, people[0].actor_id) if len(people) == 1 else None


def document_name(view, head):
    """``согласно официальному заявлению`` -> ``официальное заявление``: a document with no author
    is named by the noun and the adjectives right before it, in the nominative (``в совместной
    декларации`` -> ``совместная декларация``); a genitive after it is left out (``доклад``, not
    ``доклад комитета``)."""
    first = head
    while (first.token_id > 0 and view.tokens[first.token_id - 1].pos == "ADJ"
           and view.tokens[first.token_id - 1].head_id == head.token_id
           and view.tokens[first.token_id - 1].feats.get("Case") == head.feats.get("Case")):
        first = view.tokens[first.token_id - 1]
    if first is head:
        return head.lemma
    text = view.article.text[first.start:head.end]
    if head.feats.get("Case", "Nom") != "Nom":
        text = nominative(view, first, head, text)
    return text[:1].lower() + text[1:]


def document_author(view, head):
    """``распоряжение президента Дмитрия Медведева``, ``доклад Комитета``: the actor in the
    document noun's genitive is its author and so the speaker."""
    for child in view.children[head.token_id]:
        if child.rel == "nmod" and child.feats.get("Case") == "Gen":
            tree = view.subtree(child)
            found = [m for m in view.mentions_in(tree[0].start, tree[-1].end) if m.actor_id in view.actors]
            if found:
                return who_of_actor(view, min(found, key=lambda m: (rank_kind(view, m), m.start)).actor_id)
    return None


def rank_kind(view, mention):
    kind = getattr(view.actors.get(mention.actor_id), "kind", "")
    return SPEAKER_KIND_ORDER.index(kind) if kind in SPEAKER_KIND_ORDER else len(SPEAKER_KIND_ORDER)


def subjects(view, cue):
    """The subject of a cue verb; a converb or participle takes its head verb's (``Лавров ...
    отреагировал, заявив, что ...``)."""
    heads = [t for t in view.children[cue.token_id] if t.rel in SUBJECT_RELS and not stated_subject(cue, t)]
    if not heads and (cue.feats.get("VerbForm") in ("Conv",) or phase_head(view, cue)) and cue.head_id >= 0:
        # ``заявив``, ``продолжает утверждать``: the head verb's subject
        heads = [t for t in view.children[cue.head_id] if t.rel in SUBJECT_RELS]
    if not heads and cue.rel == "conj" and cue.head_id >= 0:
        heads = [t for t in view.children[cue.head_id] if t.rel in SUBJECT_RELS]
    if (not heads and cue.feats.get("VerbForm") == "Part" and cue.feats.get("Voice") != "Pass"
            and cue.rel in ("acl", "amod") and cue.head_id >= 0 and cue.head_id < cue.token_id
            and view.tokens[cue.head_id].feats.get("Animacy") == "Anim"):
        # ``ряд религиозных лидеров, аргументировавших свою позицию тем, что ...``: the people an
        # active participle of saying describes are who says it
        heads = [view.tokens[cue.head_id]]
    return heads


def stated_subject(cue, subject):
    """``В докладе отмечается увеличение числа арестов``: the inanimate subject after an impersonal
    verb of saying in ``-ся`` is what is stated, never who states it (the document in ``в докладе``
    speaks)."""
    return (cue.lemma.endswith("ся") and subject.pos == "NOUN" and subject.feats.get("Animacy") == "Inan"
            and subject.start > cue.start)


def speaker(view, cue, window):
    """``Who`` speaks: the subject of the cue verb (or the words of ``по словам X``), resolved
    through the actor mentions; a document in ``говорится в заявлении``; ``window`` is where to
    look without a parse. A medium named beside another speaker in the attribution relays the
    words (``сказал X в интервью ТАСС``, ``цитирует X РИА Новости``): it goes to ``via``."""
    if phrase_cue(view, cue):
        heads = [t for t in view.children[cue.token_id] if t.rel in ("det", "nmod", "appos")
                 and (not window or t.start <= window[-1].start or t.start < cue.start)]
        if not heads and (cue.lemma in DOCUMENT_NOUNS or cue.pos == "PROPN"):
            heads = [cue]  # ``согласно докладу``, ``согласно Марку``
    else:
        heads = subjects(view, cue)
        if not heads:
            # ``говорится в декларации``, ``сообщили в пресс-службе X``, ``пояснили в милиции``
            # (the place where it was said: ``в``/``на`` + the prepositional; ``написал письмо в
            # газету``, ``обратился в суд`` + the accusative is where the words went, not who spoke)
            heads = [c for c in view.children[cue.token_id] if c.rel == "obl" and c.pos in ("NOUN", "PROPN")
                     and c.lemma not in OCCASION_NOUNS and c.feats.get("Case") != "Acc"
                     and any(g.lemma in ("в", "на") for g in view.children[c.token_id])]
    who = NOBODY
    obliques = not phrase_cue(view, cue) and not subjects(view, cue)
    if not phrase_cue(view, cue) and not subjects(view, cue) and window:
        # no parsed subject: a person named in the attribution speaks (``сказал в беседе с
        # корреспондентом лидер ДПНИ Александр Белов``) before a place or body it names
        people = [m for m in view.mentions_in(window[0].start, window[-1].end)
                  if getattr(view.actors.get(m.actor_id), "kind", "") == "person"]
        if people:
            return relayed(view, cue, who_of_actor(view, people[0].actor_id), window)
    for head in heads:
        if head.pos == "PRON" and head.lemma not in ("он", "она", "они"):
            continue
        who = resolve(view, head)
        if obliques and who.kind in PLACE_KINDS:
            # ``сообщили в Минске``: a place where something was said is never the speaker (a
            # country speaks only as a subject: ``Россия заявила``)
            who = NOBODY
            continue
        if who.actor_id != NO_ACTOR or who.kind != "unknown":
            break
    if who.actor_id == NO_ACTOR and who.kind == "unknown" and window and not heads:
        found = view.actor_in(window[0].start, window[-1].end)
        if found[0] != NO_ACTOR and getattr(view.actors.get(found[0]), "kind", "") not in PLACE_KINDS:
            who = who_of_actor(view, found[0])
    return relayed(view, cue, who, window)


def relayed(view, cue, who, window):
    """Move a relaying medium to ``via``: ``цитирует X ТАСС`` (the medium the subject, the person
    the object) gives X; a medium named in the attribution beside a speaker that is not a medium
    (``сказал X в интервью ТАСС``) is ``via``."""
    if not window:
        return who
    mentions = [m for m in view.mentions_in(window[0].start, window[-1].end) if m.actor_id in view.actors]
    media = [m for m in mentions if getattr(view.actors[m.actor_id], "kind", "") == "media"]
    if not media:
        channels = [t for t in window if (t.lemma in RELAY_CHANNELS or t.text.lower() in RELAY_CHANNELS)
                    and t.token_id > 0 and view.tokens[t.token_id - 1].lemma in ("в", "на", "свой")]
        if channels and who.name and not who.via:
            return who._replace(via=channels[0].text)
        return who
    if who.kind == "media" and "relay" in frames(cue):
        others = [m for m in mentions if getattr(view.actors[m.actor_id], "kind", "") == "person"]
        if others:
            person = who_of_actor(view, others[0].actor_id)
            return person._replace(via=who.name)
        return who
    if who.kind != "media" and (who.actor_id != NO_ACTOR or who.kind != "unknown"):
        medium = next((m for m in media if m.actor_id != who.actor_id), None)
        if medium is not None:
            return who._replace(via=view.actors[medium.actor_id].name)
    return who


def quoted_spans(text, start, end):
    """``(open, close)`` offsets of the top-level quotation marks in ``text[start:end]``. Quotes
    nest by the marks' kinds and by balance: ``«...«Роснефть»...»`` and ``"... "ВКонтакте" ..."``
    (a straight mark after a space and before a letter opens a level) stay one quote; an unclosed
    quote is dropped, except that one ``»`` closing both levels (``«... «Роснефть»`` followed by the
    attribution or the paragraph's end) still closes the outer quote."""
    opener = depth = inner_close = None
    for match in QUOTE_CHAR_RE.finditer(text, start, end):
        ch, i = match.group(), match.start()
        if opener is None:
            if ch in CLOSERS:
                opener, depth, inner_close = i, 1, None
            continue
        kind = text[opener]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if kind == "«" and ch == "«":
            depth += 1
        elif kind == '"' and ch == '"' and (before.isspace() or before in "(«„") and after.isalnum():
            depth += 1
        elif ch in CLOSERS[kind] or (kind == "«" and depth > 1 and ch in '"“”'):
            depth -= 1
            if depth == 0:
                yield opener, i
                opener = None
            elif depth == 1:
                inner_close = i
    if opener is not None and depth == 1 and inner_close is not None:
        rest = text[inner_close + 1:end]
        if re.match(r"[,.!?…]?\s*([" + DASHES + r"]|$)", rest):
            yield opener, inner_close


def strip_span(text, start, end, keep_end=""):
    """``(start, end)`` without surrounding whitespace, dashes and commas; a final full stop goes
    too unless listed in ``keep_end``."""
    while start < end and text[start] in EDGE_STRIP:
        start += 1
    while end > start and text[end - 1] in EDGE_STRIP and text[end - 1] not in keep_end:
        end -= 1
    return start, end


def as_attribution(tokens, index):
    """The index of the ``как`` that makes the verb at ``index`` a parenthetical attribution
    (``Как сообщил X, ...``, ``..., как ранее сообщал X, ...``: adverbs of time may stand between),
    at the sentence's start or after a comma; None otherwise."""
    k = index - 1
    while k >= 0 and tokens[k].pos == "ADV" and tokens[k].lemma != "как" and index - k <= 2:
        k -= 1
    if k >= 0 and tokens[k].lemma == "как" and (k == 0 or tokens[k - 1].text == ","):
        return k
    return None


def connective(tokens):
    """``Вместе с тем, по мнению X, ...``, ``Всего, по сообщениям X, ...``: a piece with no noun,
    verb or number is an adverbial or connective, not something said."""
    return not any(t.pos in ("NOUN", "PROPN", "VERB", "AUX", "NUM", "ADJ") for t in tokens)


class SpeechFinder:
    def __init__(self, article):
        self.article = article
        self.view = View(article)
        self.text = article.text
        self.quotes = []  # (start, end, mode, who, cue, part_id)
        self.used_cues = set()
        self.direct_spans = []
        self.last_who = None  # (part_id, Who) of the last quote with a person speaker
        self.questions = []  # interview questions: spans whose cues are not reported speech
        self.spoken = {}  # sentence id -> Who of the last attribution whose cue is in that sentence
        self.pending = []  # (start, end) of the content whose speaker is being resolved
        self.interjected = []  # (start, end) of ``, — пояснила X. —`` inside a split quote

    def note_speaker(self, who, part_id):
        if who.kind == "person":
            self.last_who = (part_id, who)

    def recent_speaker(self, part_id, parts_back=2):
        """The person who spoke last, if within ``parts_back`` paragraphs: who ``он`` or a colon
        without a verb most likely continues."""
        if self.last_who and part_id - self.last_who[0] <= parts_back:
            return self.last_who[1]
        return None

    def who(self, cue, window, part_id):
        found = self.who_of(cue, window, part_id)
        if found.name:
            heads = [t for t in self.view.children[cue.token_id] if t.rel in ("nmod", "appos", "det")] \
                if phrase_cue(self.view, cue) else subjects(self.view, cue)
            self.spoken[cue.sentence_id] = (found, any(t.feats.get("Number") == "Plur" for t in heads))
        return found

    def speaker_pronoun(self, cue):
        """The ``он``/``она`` subject of a cue verb, or the ``его``/``её`` of ``по его словам``."""
        if phrase_cue(self.view, cue):
            return next((t for t in self.view.children[cue.token_id] if t.pos in ("DET", "PRON")
                         and t.text.lower() in POSSESSIVE_GENDERS and t.start < cue.start), None)
        return next((t for t in subjects(self.view, cue) if t.pos == "PRON" and t.lemma in ("он", "она")), None)

    def continued_speaker(self, pronoun):
        """``X напомнил, что ... . По его словам, ...``: a singular pronoun right after a sentence
        whose words were attributed goes on with that sentence's speaker (a person of the
        pronoun's gender, or a role noun for ``он``/``его``), not with a person named inside what
        was said; None when the sentence before attributed nothing."""
        sentence = self.view.sentence_of(pronoun)
        found, plural = self.spoken.get(sentence.sentence_id - 1, (None, False))
        if found is not None and found.kind == "unknown" and found.name[:1].isupper() and not plural:
            # a name the actors step did not take (``Калоев заявил ... . «...», — сказал он``):
            # no gender to check, the sentence before names no one else as its speaker
            return found
        gender = POSSESSIVE_GENDERS.get(pronoun.text.lower()) or pronoun.feats.get("Gender")
        if found is not None and found.kind in ("organisation", "government_body", "media") and not plural and gender:
            # ``Еврокомиссия заявила, что ... . Она также заявила, что ...``: a body's name whose
            # first word has the pronoun's grammatical gender
            before = self.article.sentences[sentence.sentence_id - 1]
            named = [m for m in self.view.mentions_in(before.start, before.end) if m.actor_id == found.actor_id]
            words = self.view.tokens_in(named[0].start, named[0].end) if named else []
            return found if words and words[0].feats.get("Gender") == gender else None
        if found is None or found.kind not in ("person", "role_noun") or plural:
            return None
        if found.kind == "role_noun":
            if gender == "Masc" and self.inanimate_of_other_gender(found, sentence.sentence_id - 1, gender):
                # (round 8 of speakers, round 10: ``По словам X, российская сторона предлагает Y.
                # Он напомнил, что ...``: an inanimate noun standing for a party, ``сторона``,
                # ``делегация``, is taken up by a pronoun of its own gender; ``он`` is the person
                # named before, not the side)
                return None
            return found if gender == "Masc" else None
        actor_gender = getattr(self.view.actors.get(found.actor_id), "gender", "")
        return found if not (gender and actor_gender and actor_gender != gender) else None

    def inanimate_of_other_gender(self, found, sentence_id, gender):
        """Whether a role-noun speaker of a sentence is headed there by an inanimate noun of
        another grammatical gender than ``gender`` (``российская сторона``, ``делегация``: a
        party, not a person a masculine pronoun could stand for)."""
        words = {w.lower() for w in found.name.split()}
        for t in self.view.sentence_tokens[sentence_id]:
            if (t.pos == "NOUN" and t.text.lower() in words and t.rel in SUBJECT_RELS
                    and t.feats.get("Animacy") == "Inan" and t.feats.get("Gender") not in (None, gender)):
                return True
        return False

    def plural_antecedent(self, pronoun):
        """``Представители X не подтвердили ... . Они лишь сказали, что ...``: ``они`` as the
        subject of a verb of saying is the plural speaker of the sentence before, else that
        sentence's plural subject (a group or a body's people), when it names someone (animate
        or an actor); None otherwise."""
        view = self.view
        sentence = view.sentence_of(pronoun)
        if sentence.sentence_id == 0:
            return None
        found, plural = self.spoken.get(sentence.sentence_id - 1, (None, False))
        if found is not None and plural:
            return found
        before = view.sentence_tokens[sentence.sentence_id - 1]
        part_id = self.article.sentences[sentence.sentence_id - 1].part_id
        if not before or view.parts[part_id].kind not in ("body", "other") or sentence.part_id - part_id > 1:
            return None
        for t in before:
            if (t.rel in SUBJECT_RELS and t.head_id >= 0 and view.tokens[t.head_id].head_id < 0
                    and t.feats.get("Number") == "Plur" and t.pos == "NOUN" and t.feats.get("Animacy") == "Anim"
                    and not self.in_direct(t)):
                who = resolve(view, t)
                if who.name:
                    return who
        return None

    def who_of(self, cue, window, part_id):
        pronoun = self.speaker_pronoun(cue)
        continued = self.continued_speaker(pronoun) if pronoun is not None else None
        if continued is not None:
            return relayed(self.view, cue, continued, window)
        glued = self.glued_subject(cue)
        if glued is not None:
            return relayed(self.view, cue, glued, window)
        if not phrase_cue(self.view, cue) and cue.pos == "VERB" and not self.near_subject(cue):
            # a verb without a parsed subject: the name right before it in its clause, else the
            # speaker of the verb before it in the sentence (``Y назвал ... и призвал ...``)
            found = self.clause_subject(cue)
            if found is None and cue.feats.get("VerbForm") == "Fin":
                found = self.previous_speaker_in_sentence(cue)
            if found is not None:
                return relayed(self.view, cue, found, window)
        found = speaker(self.view, cue, window)
        if found.actor_id == NO_ACTOR and found.kind == "unknown":
            pronouns = [t for t in subjects(self.view, cue) if t.lemma in ("он", "она")]
            if phrase_cue(self.view, cue):
                # ``по его словам`` that the actors step left open
                pronouns = [t for t in self.view.children[cue.token_id]
                            if t.pos in ("DET", "PRON") and t.text.lower() in POSSESSIVE_GENDERS
                            and t.start < cue.start]
            if pronouns:
                found = self.antecedent(pronouns[0]) or found
            plural = [t for t in subjects(self.view, cue) if t.lemma == "они" and t.pos == "PRON"]
            if plural and not pronouns:
                found = self.plural_antecedent(plural[0]) or found
        if found.kind == "role_noun":
            found = self.role_antecedent(cue) or found
        return self.same_document(cue, found, part_id)

    def role_antecedent(self, cue):
        """``Об этом заявил ... Сергей Рябков. «...», - сказал дипломат``, ``китайский лидер
        предложил``: a singular role noun naming a person (animate, with at most adjectives: no
        genitive or name of its own, which would say whom it means, as ``представитель Кремля``)
        that no one in the article holds by title refers back like ``он``: to the one person last
        named in this paragraph or the one before."""
        view = self.view
        if phrase_cue(view, cue):
            # ``по словам 87-летнего политика``: the noun that names the source
            heads = [t for t in view.children[cue.token_id] if t.rel in ("nmod", "appos") and t.start > cue.start]
        else:
            heads = subjects(view, cue)
        for head in heads:
            if head.lemma in INTERLOCUTOR_NOUNS and self.bare_interlocutor(head):
                # ``заявил РИА Новости X. «...», — сказал собеседник агентства``: the medium's
                # interlocutor is whoever spoke to it; the person last named, if named as a speaker
                found = self.antecedent(head, any_gender=True)
                if found is not None and self.spoke_before(found.actor_id, cue):
                    return found
                continue
            if head.start < cue.start and head.pos == "NOUN":
                # ``Председатель исполкома - исполнительный секретарь СНГ Сергей Лебедев сообщил``:
                # the person named between the role and the verb (a dash apposition) is the role
                between = view.tokens[head.token_id + 1:cue.token_id]
                people = [m for m in view.mentions_in(head.end, cue.start)
                          if getattr(view.actors.get(m.actor_id), "kind", "") == "person"]
                if people and not any(t.text in ",;:()" for t in between):
                    return who_of_actor(view, people[-1].actor_id)
            if (not role_noun(view, head) or head.feats.get("Animacy") != "Anim" or head.feats.get("Number") == "Plur"
                    or head.lemma in NEW_PARTY_NOUNS):
                continue
            bodies = [c for c in view.children[head.token_id]
                      if c.rel not in ("amod", "punct", "det") and not self.describes(c)]
            if bodies and not all(self.unnamed_body(c) for c in bodies):
                continue
            found = self.antecedent(head, any_gender=True)
            if bodies and (found is None or not self.spoke_before(found.actor_id, cue)):
                # round 9: ``Как сообщила спикер верхней палаты``, ``Глава коллегии отметил``:
                # agency copy names the speaker again by an office of a body it names by a common
                # noun; that is the person last named, if named as one who spoke (a body named by
                # its name, ``представитель Кремля``, may bring in someone new)
                continue
            return found
        return None

    def unnamed_body(self, child):
        """Round 9: a genitive noun phrase on a role noun that names a body by common nouns only
        (``верхней палаты``, ``коллегии``, ``исполкома``): no actor named in it, no preposition."""
        view = self.view
        if child.rel != "nmod" or child.pos != "NOUN" or child.feats.get("Case") != "Gen":
            return False
        if any(c.rel == "case" for c in view.children[child.token_id]):
            return False
        tree = view.subtree(child)
        return not any(m.actor_id in view.actors for m in view.mentions_in(tree[0].start, tree[-1].end))

    def bare_interlocutor(self, head):
        """``собеседник агентства``, ``собеседник РИА Новости``: the noun with nothing but the
        medium (a medium's common noun or a media actor) and adjectives; ``собеседник агентства в
        правительстве`` names a new, unnamed source."""
        view = self.view
        for child in view.children[head.token_id]:
            if child.rel in ("amod", "punct", "det"):
                continue
            if child.rel == "nmod" and not any(c.rel == "case" for c in view.children[child.token_id]):
                tree = view.subtree(child)
                if child.lemma in MEDIUM_NOUNS or any(
                        getattr(view.actors.get(m.actor_id), "kind", "") == "media"
                        for m in view.mentions_in(tree[0].start, tree[-1].end)):
                    continue
            return False
        return True

    def spoke_before(self, actor_id, cue):
        """Whether a mention of the actor before ``cue`` is the subject of a verb of saying or
        the source of ``по словам`` (the person was named as one who spoke)."""
        view = self.view
        part = view.sentence_of(cue).part_id
        since = self.article.parts[max(0, part - 1)].start
        for mention in view.mentions_in(since, cue.start):
            if mention.actor_id != actor_id or mention.end > cue.start:
                continue
            tokens = view.tokens_in(mention.start, mention.end)
            ids = {t.token_id for t in tokens}
            for token in tokens:
                if token.head_id in ids:
                    continue
                # up from a name in apposition to its role noun (``заявил ... представитель
                # президента Бахтиёр Хакимов``)
                while token.rel in NAMING_RELS and token.head_id >= 0:
                    token = view.tokens[token.head_id]
                head = view.tokens[token.head_id] if token.head_id >= 0 else None
                if head is not None and (token.rel in SUBJECT_RELS and is_cue_verb(head, view)
                                         or phrase_cue(view, head)):
                    return True
        return False

    def describes(self, child):
        """``бывший соратник северокорейского вождя``: a genitive of a common noun that names no
        actor describes the person (whose comrade); ``представитель Кремля``, ``помощник
        президента Ушакова`` name whom the role speaks for, another party."""
        tree = self.view.subtree(child)
        head = self.view.tokens[child.head_id]
        # (an office with a genitive, ``председатель комитета``, is the holder of that office)
        return (child.rel == "nmod" and child.pos == "NOUN" and child.feats.get("Case") == "Gen"
                and head.lemma not in OFFICE_NOUNS
                and not any(g.rel == "case" for g in self.view.children[child.token_id])
                and not self.view.mentions_in(tree[0].start, tree[-1].end))

    def same_document(self, cue, found, part_id):
        """``Об этом говорится в обращении президента Касым-Жомарта Токаева. «...», - отмечается в
        документе``: a bare document noun with no author of its own is the document last named
        in this paragraph or the one before (outside direct quotes), whose author speaks; the
        generic ``документ`` points back to any document, another noun (``в заявлении``) only to
        one of its own kind."""
        view = self.view
        heads = [cue] if cue.lemma in DOCUMENT_NOUNS and phrase_cue(view, cue) else []
        heads += [c for c in view.children[cue.token_id] if c.lemma in DOCUMENT_NOUNS
                  and (c.rel in SUBJECT_RELS or c.rel == "obl" and c.start > cue.start or c.rel == "obl"
                       and any(g.lemma in ("в", "на") for g in view.children[c.token_id]))]
        if not heads or found.kind != "document" or any(
                c.rel in ("amod", "det", "acl", "nmod") for c in view.children[heads[0].token_id]):
            # ``в другом документе``, ``в новом заявлении``, ``в документе, подписанном X``: not
            # the one before
            return found
        since = self.article.parts[max(0, part_id - 1)].start
        for t in reversed(view.tokens_in(since, heads[0].start)):
            if t.lemma in DOCUMENT_NOUNS and t.pos == "NOUN" and not self.in_direct(t):
                if heads[0].lemma not in GENERIC_DOCUMENTS and t.lemma != heads[0].lemma:
                    break  # ``в обращении X ... в заявлении``: another kind, another document
                author = document_author(view, t)
                if author is not None:
                    return author._replace(via=found.via)
                break
        return found

    def glued_subject(self, cue):
        """``Заключенные журналисты в России Комитет защиты журналистов считает, что ...``: a
        headline run into the first sentence with no full stop leaves the parse taking the
        headline's noun for the subject; a named actor in the nominative between that noun and
        the verb, with no punctuation in between, is the subject."""
        view = self.view
        for head in subjects(view, cue):
            if head.pos != "NOUN" or head.start > cue.start:
                continue
            between = view.tokens[head.token_id + 1:cue.token_id]
            if any(t.pos == "PUNCT" for t in between):
                continue
            found = [m for m in view.mentions_in(head.end, cue.start)
                     if getattr(view.actors.get(m.actor_id), "kind", "") in SPEAKER_KIND_ORDER
                     and view.tokens_in(m.start, m.end)[0].feats.get("Case") == "Nom"
                     and view.tokens_in(m.start, m.end)[0].start > head.end]
            if found and not any(head.start <= m.start < head.end for m in view.mentions):
                return who_of_actor(view, found[0].actor_id)
        return None

    def near_subject(self, cue):
        """The cue's parsed subject, unless another finite verb stands between a subject before
        the cue and the cue (``X объявил ..., однако Y назвал``: the parse gives X to both)."""
        found = subjects(self.view, cue)
        for subject in found:
            if subject.start < cue.start and any(
                    t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"
                    for t in self.view.tokens[subject.token_id + 1:cue.token_id]):
                return []
        return found

    def previous_speaker_in_sentence(self, cue):
        sentence = self.view.sentence_of(cue)
        rows = [q for q in self.quotes if sentence.start <= q[0] < cue.start and q[3].name]
        return rows[-1][3] if rows else None

    def antecedent(self, pronoun, any_gender=False):
        """``он``/``она`` the actors step left open: the person last named before it in this
        paragraph or the one before (outside what was said: quotations and reported content,
        whose names are the speaker's words, also the quotation the pronoun itself attributes: ``«... Берлускони ...», — заявил
        он``), when that person's gender agrees (``any_gender``: a role noun, whose masculine
        grammatical gender says nothing of the person's; a feminine one names a woman)."""
        view = self.view
        gender = None if any_gender else POSSESSIVE_GENDERS.get(pronoun.text.lower()) or pronoun.feats.get("Gender")
        if any_gender and pronoun.feats.get("Gender") == "Fem":
            # ``актриса``, ``журналистка``: a feminine role noun names a woman (a masculine one,
            # ``министр``, may name either)
            gender = "Fem"
        part = view.sentence_of(pronoun).part_id
        since = self.article.parts[max(0, part - 1)].start
        # quotations not yet read as direct speech (the one this pronoun attributes) hold the
        # quoted speaker's words too
        quoted = [(o, c) for p in self.article.parts[max(0, part - 1):part + 1]
                  for o, c in quoted_spans(self.text, p.start, p.end)]
        candidates = []
        for mention in view.mentions_in(since, pronoun.start):
            # (the attribution that splits a quote, ``«...», — пояснила Алла Бут. — «...»``, lies
            # between the marks but names its speaker outside the words)
            attribution = any(s <= mention.start < e for s, e in self.interjected)
            if mention.end > pronoun.start or not attribution and (
                    any(s <= mention.start < e for s, e in self.direct_spans)
                    or any(o < mention.start < c for o, c in quoted)
                    or any(q[0] <= mention.start < q[1] for q in self.quotes)) \
                    or any(s <= mention.start < e for s, e in self.pending):
                continue
            actor = view.actors.get(mention.actor_id)
            if getattr(actor, "kind", "") != "person":
                continue
            if gender and getattr(actor, "gender", "") and actor.gender != gender:
                continue
            candidates.append(mention)
        if not candidates:
            return None
        # two people of that gender in the sentence last naming one: ``он`` could be either
        last_sentence = view.tokens_in(candidates[-1].start, candidates[-1].end)[0].sentence_id
        rivals = [m for m in candidates if view.tokens_in(m.start, m.end)[0].sentence_id == last_sentence]
        if len({m.actor_id for m in rivals}) > 1:
            # the subject of that sentence is the likelier antecedent of a subject pronoun
            rivals = [m for m in rivals if view.tokens_in(m.start, m.end)[0].feats.get("Case") == "Nom"]
        if len({m.actor_id for m in rivals}) != 1:
            return None
        return who_of_actor(view, rivals[-1].actor_id)

    def clause_subject(self, cue):
        """``X объявил ..., однако Y назвал ...``: the second verb's subject stands between the
        conjunction and the verb even when the parse hangs it elsewhere."""
        view = self.view
        tokens = view.sentence_tokens[cue.sentence_id]
        i = tokens.index(cue)
        j = i
        while j > 0 and not (tokens[j - 1].text in (",", ";") or tokens[j - 1].lemma in ("однако", "а", "но", "и")):
            j -= 1
        if j == i or tokens[j].lemma == "как" or any(t.pos == "VERB" for t in tokens[j:i]):
            return None
        people = [m for m in view.mentions_in(tokens[j].start, cue.start)
                  if getattr(view.actors.get(m.actor_id), "kind", "") in SPEAKER_KIND_ORDER
                  and view.tokens_in(m.start, m.end)[-1].feats.get("Case", "Nom") == "Nom"]
        if not people:
            return None
        return who_of_actor(view, min(people, key=lambda m: (rank_kind(view, m), m.start)).actor_id)

    # --- direct speech -------------------------------------------------------------------------

    def attribution_after(self, close, part):
        """Cue token and clause of ``", - сказал Путин.`` (or ``", сказал Путин``, no dash) right
        after a closing quotation mark."""
        match = re.compile(r"(?:[,!?…]\s*[" + DASHES + r"]?|\s*[" + DASHES + r"])\s*").match(
            self.text, close + 1, part.end)
        if not match:
            # ``«...»`` / ``заявил после инаугурации X.``: the paragraph broken before the
            # attribution, which then opens the next paragraph in lower case
            following = self.next_part(part)
            if (not self.text[close + 1:part.end].strip(" \t.,!?…" + DASHES) and following is not None
                    and following.kind in ("body", "other") and following.text[:1].islower()):
                return self.cue_clause(following.start, following.end)
            return None
        return self.cue_clause(match.end(), part.end)

    def cue_clause(self, start, limit):
        tokens = self.view.tokens_in(start, limit)
        if not tokens:
            return None
        clause = clause_after(self.view, tokens[0], limit)
        words = [t for t in clause if is_word(t)]
        for t in words[:MAX_WORDS_BEFORE_CUE]:
            if is_cue_verb(t, self.view):
                return t, clause
        return None

    def attribution_before(self, opener, part):
        """Cue of ``Путин заявил: «...»``, ``По словам Путина, «...»`` or ``Как сообщил X, «...»``
        before an opening mark; ``(":", clause)`` for a colon with no verb of saying."""
        before = self.text[part.start:opener].rstrip()
        if before.endswith(":"):
            colon = part.start + len(before) - 1
            sentence_id = self.view.tokens_in(colon, colon + 1)[0].sentence_id
            tokens = [t for t in self.view.tokens_in(part.start, colon) if t.sentence_id == sentence_id]
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
            words = [t for t in tokens if is_word(t)]
            cues = [t for t in tokens if phrase_cue(self.view, t)]
            if cues and cues[0].start - tokens[0].start <= 3 or cues and tokens[0].lemma in ("а", "и", "но"):
                return cues[0], tokens
            # ``Как сообщил А. Кудрин, «...»``
            if len(words) >= 2 and words[0].lemma == "как" and is_cue_verb(words[1], self.view):
                return words[1], tokens
            return None
        else:
            # ``..., сказав «мы принялись за ...»``: a verb of saying right before the mark, the
            # colon left out; a short quoted name after it is the speaker (``сообщает «Интерфакс»``)
            tokens = self.view.tokens_in(part.start, opener)
            tokens = [t for t in tokens if t.sentence_id == tokens[-1].sentence_id] if tokens else []
            close = next((c for o, c in quoted_spans(self.text, opener, part.end) if o == opener), None)
            inside = [t for t in self.view.tokens_in(opener + 1, close) if is_word(t)] if close else []
            if (tokens and is_cue_verb(tokens[-1], self.view) and "say" in frames(tokens[-1]) and len(inside) >= 3
                    and not self.view.mentions_in(opener, close + 1)):
                return tokens[-1], tokens
            return None
        cues = [t for t in tokens if is_cue_verb(t, self.view) or phrase_cue(self.view, t)]
        if cues:
            return cues[-1], tokens
        return (":", tokens) if tokens else None

    def colon_speaker(self, tokens, part_id):
        """Who speaks after a colon with no verb of saying: the person the clause before it is
        about (``Сам Белов оказался дипломатичнее: «...»``, a headline ``Захарова: «...»``), else
        the person who spoke just before (the colon goes on with their words)."""
        view = self.view
        roots = [t for t in tokens if t.head_id < 0 or view.tokens[t.head_id].sentence_id != t.sentence_id
                 or not (tokens[0].start <= view.tokens[t.head_id].start <= tokens[-1].start)]
        for root in roots:
            for head in [t for t in view.children[root.token_id] if t.rel in SUBJECT_RELS] + [root]:
                if head.pos in ("NOUN", "PROPN", "PRON"):
                    who = resolve(view, head)
                    if who.kind == "person":
                        return who
        words = [t for t in tokens if is_word(t)]
        if words and len(words) <= 4:
            mentions = view.mentions_in(words[0].start, words[-1].end)
            people = [m for m in mentions if getattr(view.actors.get(m.actor_id), "kind", "") == "person"]
            if people:
                return who_of_actor(view, people[0].actor_id)
        return self.recent_speaker(part_id, parts_back=1)

    def previous_part(self, part):
        for previous in reversed(self.article.parts[:part.part_id]):
            if previous.kind in ("body", "other"):
                return previous
            if previous.kind != "photo":
                return None
        return None

    def next_part(self, part):
        following = self.article.parts[part.part_id + 1:part.part_id + 2]
        return following[0] if following else None

    def signature(self, part):
        """``— Name, role`` on the line after a quote block: the person it names."""
        following = self.next_part(part)
        if following is None or not following.text.lstrip()[:1] in DASHES:
            return None
        words = [t for t in self.view.tokens_in(following.start, following.end) if is_word(t)][:4]
        if not words:
            return None
        people = [m for m in self.view.mentions_in(words[0].start, words[-1].end)
                  if getattr(self.view.actors.get(m.actor_id), "kind", "") == "person"]
        return who_of_actor(self.view, people[0].actor_id) if people else None

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

    def interview_turn(self, part):
        """``Мустафа Джемилев: Да, всё верно...``: a paragraph that opens with a person's name and a
        colon is that person's words (an interview answer, a headline ``Захарова: ...``)."""
        lead = len(part.text) - len(part.text.lstrip(" \t" + DASHES))
        mentions = [m for m in self.view.mentions_in(part.start + lead, part.start + lead + 1)
                    if m.start == part.start + lead]
        if not mentions:
            return None
        mention = mentions[0]
        colon = re.compile(r"\s*:\s*").match(self.text, mention.end, part.end)
        if not colon or colon.end() >= part.end:
            return None
        if getattr(self.view.actors.get(mention.actor_id), "kind", "") != "person":
            if (getattr(self.view.actors.get(mention.actor_id), "kind", "") in ("media", "organisation")
                    and ("?" in part.text or part.text.rstrip().endswith(("…", "...")))):
                # ``Голос Америки: Ранее СМИ сообщали, что ...?``: the interviewer's question, whose
                # speech verbs are not reported speech of the article
                self.questions.append((part.start, part.end))
            return None
        return colon.end(), who_of_actor(self.view, mention.actor_id)

    def headline(self, part):
        """Agency headlines give the story's words with their speaker in two formulae: a name or an
        office before a colon (``Хакимов: Россия выступает за ...``) and a name or an office after a
        spaced dash that closes the headline (``Россия поддерживает ... - посол``, ``... –
        Жумангарин``). ``(start, end, who, mode, cue)``, or None. The words are the agency's paraphrase,
        so reported speech, unless they stand in quotation marks (``Захарова: «...»``: direct); the
        cue is ``:`` or ``–``.
        The speaker is looked up among the article's people, since NER often misses a bare surname
        in a headline."""
        if part.kind not in HEADLINE_KINDS:
            return None
        text = self.text[part.start:part.end]
        body = text.rstrip(" \t\r\n.")
        colon = HEADLINE_COLON_RE.match(body)
        dash = HEADLINE_DASH_RE.search(body)
        if colon:
            who = self.headline_speaker(part.start, part.start + colon.end(1))
            start, end, cue = part.start + colon.end(), part.start + len(body), ":"
        elif dash:
            who = self.headline_speaker(part.start + dash.start(1), part.start + dash.end(1))
            start, end, cue = part.start, part.start + dash.start(), "–"
        else:
            return None
        if who is None:
            return None
        whole = [(o, c) for o, c in quoted_spans(self.text, start, end)
                 if not self.text[start:o].strip() and not self.text[c + 1:end].strip(" \t\r\n.!?…")]
        if whole:
            return whole[0][0] + 1, whole[0][1], who, DIRECT, cue
        return start, end, who, REPORTED, cue

    def headline_speaker(self, start, end):
        """The one person a headline's short attribution names: a person's mention in it, else the
        one person of the article whose name holds one of its capitalised words (``Хакимов`` for
        ``Бахтиёр Хакимов`` named in the body), else the one person whose roles or title class hold
        its office noun (``посол`` for ``посол РФ в Индии Денис Алипов``)."""
        words = [t for t in self.view.tokens_in(start, end) if is_word(t)]
        if not words or len(words) > 4:
            return None
        people = [m for m in self.view.mentions_in(start, end)
                  if getattr(self.view.actors.get(m.actor_id), "kind", "") == "person"]
        if people:
            return who_of_actor(self.view, people[0].actor_id)
        persons = [a for a in self.view.actors.values() if getattr(a, "kind", "") == "person"]
        written = {fold(t.text) for t in words if t.text[:1].isupper()}
        named = [a for a in persons if written & {fold(w) for w in a.name.split()}]
        if len(named) == 1:
            return who_of_actor(self.view, named[0].actor_id)
        head = next((t for t in words if role_noun(self.view, t)), None)
        if head is not None and not named:
            return titled_person(self.view, head)
        return None

    def direct(self):
        previous_who = None
        for part in self.article.parts:
            if part.kind in ("date_header",):
                continue
            said = self.headline(part)
            if said is not None:
                start, end, who, mode, cue = said
                start, end = strip_span(self.text, start, end, keep_end=".!?…")
                if start < end:
                    self.add(start, end, mode, who, cue, part.part_id)
                    if mode == DIRECT:
                        self.direct_spans.append((start, end))
                continue
            turn = self.interview_turn(part)
            if turn is not None:
                start, who = turn
                end = part.end
                whole = [(o, c) for o, c in quoted_spans(self.text, start, part.end)
                         if not self.text[start:o].strip() and not self.text[c + 1:part.end].strip(" \t\r\n.!?…")]
                if whole:
                    # ``Захарова: «...»``: the words inside the marks
                    start, end = whole[0][0] + 1, whole[0][1]
                start, end = strip_span(self.text, start, end, keep_end=".!?…")
                if start < end:
                    self.add(start, end, DIRECT, who, ":", part.part_id)
                    self.direct_spans.append((start, end))
                    previous_who = who
                    self.note_speaker(who, part.part_id)
                continue
            turn = self.dialogue_turn(part)
            if turn is not None:
                previous_who = turn
                continue
            if not QUOTE_CHAR_RE.search(part.text):
                continue
            last_attribution_end = part.start
            for opener, close in quoted_spans(self.text, part.start, part.end):
                if self.after_title_noun(opener, part) or opener < last_attribution_end:
                    # a title, or a name inside the attribution (``сказал X службе «Голоса Америки»``)
                    continue
                pieces = []
                start = opener + 1
                found_cue = None
                for piece_end, resume, cue, clause in self.interjections(opener, close):
                    pieces.append((start, piece_end))
                    self.interjected.append((piece_end, resume))
                    start = resume
                    found_cue = found_cue or (cue, clause)
                pieces.append((start, close))
                after = None if found_cue else self.attribution_after(close, part)
                attribution = found_cue or after or self.attribution_before(opener, part)
                who = None
                signed = self.signature(part) if self.continues(opener, close, part, part.start) else None
                if signed is not None:
                    # a quote block signed on the next line (``— Name, role``) is that person's
                    attribution, who, cue_text = None, signed, ""
                if attribution and attribution[0] == ":":
                    who = self.colon_speaker(attribution[1], part.part_id)
                    cue_text = ":"
                    if who is not None:
                        last_attribution_end = close + 1
                elif attribution:
                    cue, clause = attribution
                    self.used_cues.add(cue.token_id)
                    who = self.who(cue, clause, part.part_id)
                    cue_text = phrase_cue(self.view, cue) or cue.lemma
                    last_attribution_end = max(close + 1, clause[-1].end)
                if who is None and self.continues(opener, close, part, last_attribution_end):
                    cue_text = ""
                    who = previous_who
                if who is None:
                    continue
                previous_who = who
                self.note_speaker(who, part.part_id)
                if after and attribution is after and not signed:
                    self.lead_in(opener, part, who, cue_text)
                for start, end in pieces:
                    start, end = strip_span(self.text, start, end, keep_end=".!?…")
                    if start < end:
                        self.add(start, end, DIRECT, who, cue_text, part.part_id)
                        self.direct_spans.append((opener, close + 1))
        self.quote_runs()

    def lead_in(self, opener, part, who, cue_text):
        """``Требования включают образование, опыт и «сильные способности ...», сообщает X``: a
        quotation that closes a sentence attributed after it, with the sentence's own words before
        it, is one report: those words are reported speech of the same speaker (when they hold no
        attribution of their own, no colon, and are no title before the mark)."""
        mark = self.view.tokens_in(opener, opener + 1)
        if not mark:
            return
        tokens = [t for t in self.view.tokens_in(part.start, opener) if t.sentence_id == mark[0].sentence_id]
        if not tokens:
            return
        words = [t for t in tokens if is_word(t)]
        if (len(words) < 3 or any(is_cue_verb(t, self.view) or phrase_cue(self.view, t) for t in tokens)
                or self.text[tokens[0].start:opener].rstrip().endswith(":") or self.in_direct(tokens[0])
                or any(QUOTE_CHAR_RE.match(t.text) for t in tokens)
                or not any(t.pos in ("VERB", "AUX") for t in words)):
            return
        self.add(*strip_span(self.text, tokens[0].start, opener), REPORTED, who, cue_text, part.part_id)

    def opening_mark(self, part):
        """Offset of the quotation mark that opens the paragraph (after any dash), else None."""
        lead = len(part.text) - len(part.text.lstrip(" \t" + DASHES))
        return part.start + lead if part.text[lead:lead + 1] in CLOSERS else None

    def quote_runs(self):
        """``«Первый абзац ...`` / ``«Последний абзац», — сказал X.``: a quotation running over
        paragraphs opens each with a mark and closes only in the last, so the paragraphs before
        hold no closed quote. They are the words of whoever the closing paragraph's quote is
        attributed to, or of the attribution before the first of them (``X заявил:``); the
        closing paragraph, when nothing attributed it, goes with them."""
        parts = [p for p in self.article.parts if p.kind in ("body", "other")]
        runs, run = [], []
        for part in parts:
            mark = self.opening_mark(part)
            if mark is not None and not any(o == mark for o, _ in quoted_spans(self.text, part.start, part.end)):
                if run and run[-1].part_id != part.part_id - 1:
                    runs.append((run, None))
                    run = []
                run.append(part)
                continue
            if run:
                closing = part if mark is not None and run[-1].part_id == part.part_id - 1 else None
                runs.append((run, closing))
                run = []
        if run:
            runs.append((run, None))
        for run, closing in runs:
            who, cue_text, closing_row = None, "", None
            if closing is not None:
                mark = self.opening_mark(closing)
                closing_row = next((q for q in self.quotes if q[2] == DIRECT and q[5] == closing.part_id
                                    and mark < q[0] <= mark + 3), None)
                if closing_row is not None:
                    who, cue_text = closing_row[3], closing_row[4]
            if who is None:
                first = run[0]
                attribution = self.attribution_before(self.opening_mark(first), first)
                if attribution and attribution[0] == ":":
                    who, cue_text = self.colon_speaker(attribution[1], first.part_id), ":"
                elif attribution:
                    cue, clause = attribution
                    self.used_cues.add(cue.token_id)
                    who, cue_text = self.who(cue, clause, first.part_id), phrase_cue(self.view, cue) or cue.lemma
            if who is None or who.actor_id == NO_ACTOR and who.kind == "unknown" and not who.name:
                continue
            pieces = [(self.opening_mark(p) + 1, p.end, p.part_id) for p in run]
            if closing is not None and closing_row is None:
                spans = [(o, c) for o, c in quoted_spans(self.text, closing.start, closing.end)
                         if o == self.opening_mark(closing)]
                if spans and self.continues(spans[0][0], spans[0][1], closing, closing.start):
                    pieces.append((spans[0][0] + 1, spans[0][1], closing.part_id))
            for start, end, part_id in pieces:
                start, end = strip_span(self.text, start, end, keep_end=".!?…")
                if start < end:
                    self.add(start, end, DIRECT, who, cue_text, part_id)
                    self.direct_spans.append((start, end))
            self.note_speaker(who, run[0].part_id)

    def dialogue_turn(self, part):
        """``— Мы не видим угрозы, — говорит депутат Иван Иванов. — Но ...``: a paragraph that opens
        with a dash and whose first clause ends in ``, —`` + a verb of saying is that speaker's
        words printed as a dialogue turn (direct speech without quotation marks); the words after
        the attribution (``. — ...``) go on with them. Returns the speaker, or None."""
        if part.kind not in ("body", "other"):
            return None
        lead = re.compile(r"\s*[" + DASHES + r"]\s*").match(self.text, part.start, part.end)
        if not lead or QUOTE_CHAR_RE.match(self.text, lead.end()):
            return None
        for match in re.compile(r"([,!?…])\s*[" + DASHES + r"]\s+").finditer(self.text, lead.end(), part.end):
            found = self.cue_clause(match.end(), part.end)
            if not found:
                continue
            cue, clause = found
            who = self.who(cue, clause, part.part_id)
            if who.actor_id == NO_ACTOR and who.kind == "unknown" and not who.name:
                return None
            self.used_cues.add(cue.token_id)
            pieces = [(lead.end(), match.start() + (0 if match.group(1) == "," else 1))]
            after = re.compile(r"\s*[.,:]\s*[" + DASHES + r"]\s*").match(self.text, clause[-1].end, part.end)
            if after and after.end() < part.end:
                pieces.append((after.end(), part.end))
            for start, end in pieces:
                start, end = strip_span(self.text, start, end, keep_end=".!?…")
                if start < end:
                    self.add(start, end, DIRECT, who, cue.lemma, part.part_id)
                    self.direct_spans.append((start, end))
            self.note_speaker(who, part.part_id)
            return who
        return None

    def continues(self, opener, close, part, since):
        """An unattributed quote that is all its paragraph says (after any attribution before it)."""
        before = self.text[since:opener]
        after = self.text[close + 1:part.end]
        return not before.strip(" \t\r\n.,:;" + DASHES) and not after.strip(" \t\r\n.,;!?…")

    # --- reported speech -----------------------------------------------------------------------

    def in_direct(self, token):
        """Whether the token lies in a direct quote or a journalist's question: a binary search
        over the spans' starts (rebuilt when spans were added), so a long article's tokens cost
        log time each, not the number of its quotes."""
        size = (len(self.direct_spans), len(self.questions))
        if getattr(self, "_span_index_size", None) != size:
            spans = sorted(self.direct_spans + self.questions)
            self._span_starts = [s for s, _ in spans]
            reach, self._span_reach = 0, []
            for _, e in spans:  # the furthest end among the spans starting at or before each
                reach = max(reach, e)
                self._span_reach.append(reach)
            self._span_index_size = size
        i = bisect.bisect_right(self._span_starts, token.start) - 1
        return i >= 0 and token.start < self._span_reach[i]

    def bulleted(self):
        """``* 3797 год — кончину миру предрёк сам Нострадамус. * 5079 год — сочла последним Ванга``:
        a paragraph that lists two or more items after ``*`` bullets holds one prediction or claim
        per item; an item with its own cue (a verb of saying, a source phrase) is that speaker's
        words, the whole item (its words are what the list reports; no item borrows another's
        source). Items with no cue are the author's."""
        view = self.view
        for part in self.article.parts:
            if part.kind not in ("body", "other"):
                continue
            marks = [m.start(1) for m in re.finditer(r"(?:^|\s)(\*)\s", part.text)]
            if len(marks) < 2:
                continue
            bounds = [part.start + m for m in marks] + [part.end]
            for start, end in zip(bounds, bounds[1:]):
                tokens = [t for t in view.tokens_in(start + 1, end) if not self.in_direct(t)]
                # (a verb of saying by its lemma: the tagger takes a rare form for a noun,
                # ``предрёк``; a participle with its agent: ``апокалипсис, обещанный Авелем``)
                cues = [t for t in tokens if t.token_id not in self.used_cues
                        and (phrase_cue(view, t) or is_cue_verb(t, view) or t.lemma in VERB_FRAMES
                             and not negated(view, t) and t.feats.get("VerbForm") not in ("Inf",))]
                if not cues:
                    continue
                cue = cues[0]
                self.used_cues.update(t.token_id for t in cues)
                window = [t for t in tokens if t is not cue]
                who = self.agent(cue) or self.who(cue, window, part.part_id)
                s, e = strip_span(self.text, start + 1, end, keep_end="!?")
                while e > s and self.text[e - 1] in "….":
                    e -= 1
                self.add_reported(s, e, who, phrase_cue(view, cue) or cue.lemma, part.part_id)

    def agent(self, cue):
        """``апокалипсис, обещанный Авелем``: who a passive participle of saying names as its agent
        (an instrumental, or a name right after it that the tagger read in another case), else
        None; its grammatical subject is what was said."""
        view = self.view
        if cue.feats.get("VerbForm") != "Part" or cue.feats.get("Voice") != "Pass":
            return None
        agents = [c for c in view.children[cue.token_id] if c.feats.get("Case") == "Ins" and c.pos in ("NOUN", "PROPN")]
        if agents:
            return resolve(view, agents[0])
        following = view.tokens[cue.token_id + 1:cue.token_id + 2]
        named = [m for t in following for m in view.mentions_in(t.start, t.end) if m.start == t.start
                 and getattr(view.actors.get(m.actor_id), "kind", "") in SPEAKER_KIND_ORDER]
        return who_of_actor(view, named[0].actor_id) if named else None

    def reported(self):
        self.bulleted()
        view = self.view
        for sentence, tokens in zip(self.article.sentences, view.sentence_tokens):
            if not tokens or self.view.parts[sentence.part_id].kind == "date_header":
                continue
            for index, token in enumerate(tokens):
                if token.token_id in self.used_cues or not may_cue(token) or self.in_direct(token):
                    continue
                cue_text = phrase_cue(view, token)
                if cue_text:
                    self.reported_phrase(sentence, tokens, index, cue_text)
                elif is_cue_verb(token, view):
                    self.reported_verb(sentence, tokens, index)
                elif token.lemma in ACT_NOUNS:
                    self.reported_act(sentence, tokens, index)
            if tokens[-1].text == ":" and not any(t.token_id in self.used_cues for t in tokens):
                self.introduced_by_noun(sentence, tokens)

    def introduced_by_noun(self, sentence, tokens):
        """``Вот некоторые из предсказаний Пирсона:`` / ``Его прогноз таков:`` ending a paragraph: a
        speech noun (or a document) with its author in the genitive or a possessive introduces
        the paragraphs after it, as ``X предсказал:`` does."""
        view = self.view
        for noun in tokens:
            if noun.pos != "NOUN" or (noun.lemma not in ACT_NOUNS and noun.lemma not in DOCUMENT_NOUNS):
                continue
            authors = [c for c in view.children[noun.token_id]
                       if c.rel == "nmod" and c.start > noun.start and c.feats.get("Case") == "Gen"
                       and not any(g.rel == "case" for g in view.children[c.token_id])
                       or c.rel == "det" and c.text.lower() in POSSESSIVE_GENDERS]
            if not authors:
                continue
            who = resolve(view, authors[0])
            if who.actor_id == NO_ACTOR and authors[0].text.lower() in POSSESSIVE_GENDERS:
                who = self.antecedent(authors[0]) or who
            if who.actor_id == NO_ACTOR:
                continue  # ``предсказания экспертов``: only a named author is taken for a whole list
            pieces = self.introduced_paragraphs(sentence)
            if pieces:
                self.used_cues.add(noun.token_id)
                for start, end in pieces:
                    self.add_reported(start, end, who, noun.lemma, sentence.part_id)
            return

    def reported_act(self, sentence, tokens, index):
        """``выступил с заявлением о том, что ...``, ``обратился с призывом прекратить огонь``,
        ``выдвинул требование отставки``: a speech noun that is the object (or ``с`` + noun) of a
        light verb of ``speech_act_verbs.csv`` reports what its complement states (by the noun's
        frame, as for verbs); the light verb's subject speaks. A noun of some other verb
        (``отверг требование``, ``поддержал призыв``) is someone else's words, and a noun with no
        content (``выступил с заявлением``) names only the act: neither is a row."""
        view, noun = self.view, tokens[index]
        if noun.rel not in ("obj", "obl", "nsubj") or noun.head_id < 0:
            return
        verb = view.tokens[noun.head_id]
        cases = {g.lemma for g in view.children[noun.token_id] if g.rel == "case"}
        if verb.lemma not in ACT_VERBS or verb.pos != "VERB" or (noun.rel == "obl") != ("с" in cases):
            return
        if (noun.rel == "nsubj") != (ACT_VERBS[verb.lemma] == "subject"):
            return
        if noun.rel == "nsubj":
            self.reported_act_subject(sentence, noun, verb)
            return
        if (verb.feats.get("VerbForm") in ("Inf", "Part") or verb.feats.get("Tense") == "Fut"
                or verb.feats.get("Person") == "1" or negated(view, verb)):
            return  # not yet said, said by the author, or not said
        frame, content = ACT_NOUNS[noun.lemma], []
        # (``даёт объяснение агентству, что ...``: the parse may hang the noun's ``что`` clause on
        # the light verb; a ``что`` clause after the noun is the noun's content either way)
        clauses = [c for c in view.children[verb.token_id] if c.start > noun.end and "say" in frame
                   and any(g.rel == "mark" and g.lemma in ("что", "чтобы") for g in view.children[c.token_id])]
        for child in view.children[noun.token_id] + clauses:
            if child.start < noun.end or child.pos == "PUNCT":
                continue
            kids = view.children[child.token_id]
            preps = {g.lemma for g in kids if g.rel == "case"}
            if "about" in frame and preps & {"о", "об", "обо"}:
                content.append(child)
            elif "directive" in frame and (child.pos == "VERB" and child.feats.get("VerbForm") == "Inf"
                                           or preps & {"к"}):
                content.append(child)
            elif "say" in frame and child.pos in ("VERB", "AUX", "ADJ", "NOUN") and any(
                    g.rel == "mark" and g.lemma in ("что", "чтобы") for g in kids):
                content.append(child)
            elif "charge" in frame and preps & {"в"}:
                content.append(child)
            elif ("object" in frame and child.rel == "nmod" and child.feats.get("Case") == "Gen"
                  and not preps and child.feats.get("Animacy") != "Anim"
                  and not view.mentions_in(child.start, child.end)):
                # ``требование отставки``: what is demanded; ``требование профсоюза`` names who
                content.append(child)
        if not content:
            return
        span = [t for c in content for t in view.subtree(c)]
        first = min(span, key=lambda t: t.start)
        end = min(max(t.end for t in span), sentence.end)
        # ``о том, что ...``, ``, что ...``: the clause itself is what is said
        lead = [t for t in view.tokens_in(first.start, end)]
        skip = next((i + 1 for i, t in enumerate(lead[:5]) if t.lemma in ("что", "чтобы") and t.rel == "mark"), 0)
        start = lead[skip].start if skip < len(lead) else first.start
        self.used_cues.add(noun.token_id)
        window = [t for t in tokens if t.start < noun.start and t is not verb]
        who = self.who(verb, window, sentence.part_id)
        self.add_reported(start, end, who, noun.lemma, sentence.part_id)

    def reported_act_subject(self, sentence, noun, verb):
        """``Требования ЕС заключаются в том, чтобы ...``: the clause of ``в том, что/чтобы`` is
        what the noun's author (its genitive or possessive: ``ЕС``, ``его``) said."""
        view = self.view
        clauses = [c for t in view.children[verb.token_id] if t.rel == "obl" and t.lemma == "тот"
                   and any(g.lemma == "в" for g in view.children[t.token_id])
                   for c in view.children[t.token_id] if c.rel in ("acl", "ccomp", "acl:relcl")
                   and any(g.rel == "mark" and g.lemma in ("что", "чтобы") for g in view.children[c.token_id])]
        # the genitive right of the noun (``требования ЕС``, not ``требования к участникам``) or ``его``
        authors = [c for c in view.children[noun.token_id]
                   if c.rel == "nmod" and c.start > noun.start and c.feats.get("Case") == "Gen"
                   and not any(g.rel == "case" for g in view.children[c.token_id])
                   or c.rel == "det" and c.text.lower() in POSSESSIVE_GENDERS]
        if not clauses or not authors:
            return  # ``Суть требования состоит в том, ...``: whose words, the sentence does not say
        # the clause runs to the sentence's end (the parse may hang a second ``чтобы`` elsewhere)
        marks = [g for c in clauses for g in view.children[c.token_id] if g.rel == "mark"]
        mark = min(marks, key=lambda g: g.start)
        start = view.tokens[mark.token_id + 1].start
        who = resolve(view, authors[0])
        if who.actor_id == NO_ACTOR and who.kind == "unknown" and authors[0].text.lower() in POSSESSIVE_GENDERS:
            who = self.antecedent(authors[0]) or who
        self.used_cues.add(noun.token_id)
        self.add_reported(start, sentence.end, who, noun.lemma, sentence.part_id)

    def content_pieces(self, sentence, tokens, first, last):
        """The sentence around the attribution ``tokens[first:last + 1]`` as reported content:
        the words before it and after it, either of them missing at a sentence edge."""
        pieces = []
        if first > 0 and not connective(tokens[:first]):
            pieces.append((sentence.start, tokens[first].start))
        after = self.past_describing(tokens[last + 1:])
        if after and not connective(after) and not self.apposition(after):
            pieces.append((after[0].start, sentence.end))
        return pieces

    def past_describing(self, tokens):
        """The words after an attribution without a participle phrase that opens them and hangs on
        the attribution's words: it describes the speaker or the source (``..., рассказал
        генеральный секретарь X, вступивший в должность в январе``; ``Согласно информации,
        опубликованной в «КП», ...``), and is not what was said."""
        view = self.view
        words = [t for t in tokens if is_word(t)]
        if not (words and words[0].feats.get("VerbForm") == "Part" and words[0].rel in ("acl", "amod", "appos")
                and words[0].head_id >= 0 and view.tokens[words[0].head_id].start < tokens[0].start):
            return tokens
        end = view.subtree(words[0])[-1].end
        return [t for t in tokens if t.start >= end and not (t.pos == "PUNCT" and t.start == end)]

    def apposition(self, tokens):
        """``..., сказал лидер Меджлиса, народный депутат Мустафа Джемилев.``: words after the
        attribution with no verb that name a person describe the speaker; they are not content."""
        if any(t.pos in ("VERB", "AUX") for t in tokens):
            return False
        words = [t for t in tokens if is_word(t)]
        return bool(words) and any(getattr(self.view.actors.get(m.actor_id), "kind", "") == "person"
                                   for m in self.view.mentions_in(words[0].start, words[-1].end))

    def reported_phrase(self, sentence, tokens, index, cue_text):
        first = index - (tokens[index].token_id - source_phrase(self.view, tokens[index])[1])
        clause = clause_after(self.view, tokens[index], sentence.end)
        last = tokens.index(clause[-1])
        if last == len(tokens) - 1 or last == len(tokens) - 2 and not is_word(tokens[-1]):
            # ``По его мнению страны Балтии могут ...`` with no comma: the phrase is the noun and
            # the genitive that names the source, the rest is content
            last = index
            # (``по решению суда``: a body in the genitive, named or not, is the source too)
            genitives = [c for c in self.view.children[tokens[index].token_id]
                         if c.rel in ("nmod", "appos") and c.start > tokens[index].start
                         and (c.pos == "PROPN" or c.feats.get("Animacy") == "Anim"
                              or c.pos == "NOUN" and c.feats.get("Case") == "Gen"
                              and not any(g.rel == "case" for g in self.view.children[c.token_id]))]
            for child in genitives:
                tree = self.view.subtree(child)
                if tree[-1].token_id == tokens[last].token_id + len(tree):
                    last = tokens.index(tree[-1])
            clause = tokens[index:last + 1]
        cue = tokens[index]
        pieces = self.content_pieces(sentence, tokens, first, last)
        self.pending = pieces
        who = self.who(cue, clause, sentence.part_id)
        self.pending = []
        self.used_cues.add(cue.token_id)
        for start, end in pieces:
            self.add_reported(start, end, who, cue_text, sentence.part_id)

    def complement_start(self, cue, tokens, index):
        """Where the content of a verb without a ``что`` clause starts, by its frames: ``о`` + noun
        phrase (``about``), a direct object (``object``, ``name``), an infinitive, an object or
        ``к`` + noun phrase (``directive``); None when the frame has no such complement."""
        view, verb_frames = self.view, frames(cue)
        starts = []
        for child in view.children[cue.token_id]:
            if child.start < cue.end:
                continue
            cases = {g.lemma for g in view.children[child.token_id] if g.rel == "case"}
            if "about" in verb_frames and child.rel in ("obl", "obj", "nmod") and cases & {"о", "об", "обо"}:
                starts.append(child)
            elif "object" in verb_frames and child.rel == "obj" and not any(
                    t.lemma in CELEBRATIONS or t.lemma.endswith("летие") for t in view.subtree(child)[:3]):
                starts.append(child)
            elif "as" in verb_frames and child.rel == "obj" and any(
                    t.lemma == "как" and t.rel in ("case", "mark") and t.start > child.end
                    and view.tokens[t.head_id].pos in ("ADJ", "NOUN") for t in view.sentence_tokens[cue.sentence_id]
                    if not any(u.pos == "VERB" and u.feats.get("VerbForm") == "Fin"
                               for u in view.tokens_in(child.end, t.start))):
                # ``оценил итоги как приемлемые``, ``расценил заявление как провокацию``: the
                # object and the verdict after ``как``; the object alone only names a topic
                starts.append(child)
            elif "name" in verb_frames and child.rel == "obj" and any(
                    (t.feats.get("Case") == "Ins" or t.rel == "xcomp" and t.head_id == cue.token_id)
                    and t.pos in ("ADJ", "NOUN") and (t.start > child.start or t.head_id == cue.token_id
                                                      and cue.start < t.start
                                                      or t.head_id == child.token_id and t.rel == "amod"
                                                      and child.feats.get("Case") == "Acc" and cue.start < t.start)
                    for t in view.sentence_tokens[cue.sentence_id]):
                # ``назвал итоги подтасованными``: the object and what it is called (also before
                # it: ``назвал целью захвата «требование ...»``); ``назвал цели`` alone only names
                # a topic
                starts.append(child)
                # what it is called before the object is said too (``назвал главной задачей
                # защиту границы``, ``назвал своевременной идею``, where the parse takes the
                # instrumental adjective for the accusative object's own)
                starts += [t for t in view.tokens_in(cue.end, child.start)
                           if t.feats.get("Case") == "Ins" and t.pos in ("ADJ", "NOUN")
                           and (t.head_id == cue.token_id or t.head_id == child.token_id and t.rel == "amod")][:1]
            elif "name" in verb_frames and child.rel in ("xcomp", "obl") and child.feats.get("Case") == "Ins" \
                    and child.pos in ("ADJ", "NOUN") and not any(c.rel == "obj" for c in view.children[cue.token_id]):
                # ``назвал происходящее «цирком»``: the parse missed the object; an accusative
                # between the verb and what it is called is that object
                objects = [t for t in view.tokens_in(cue.end, child.start) if t.feats.get("Case") == "Acc"]
                if not objects:
                    # ``назвал целью захвата «требование ...»``: the object after what it is called
                    after = view.tokens[child.token_id + 1:child.token_id + 4]
                    mark = next((i for i, t in enumerate(after) if t.text in CLOSERS), None)
                    objects = [t for t in after[mark + 1:mark + 2] if t.pos == "NOUN" and t.feats.get("Case") == "Acc"
                               and not any(u.pos == "PUNCT" for u in after[:mark])] if mark is not None else []
                if objects:
                    starts.append(objects[0])
            elif "directive" in verb_frames and (
                    child.rel in ("xcomp", "ccomp", "obj", "advcl", "parataxis") and child.feats.get("VerbForm") == "Inf"
                    and child.lemma != "быть"  # ``обещает быть``: is expected to be, not a promise
                    or child.rel == "obl" and cases & {"к"}):
                starts.append(child)
            elif "on" in verb_frames and child.rel in ("obl", "obj") and cases & {"на"}:
                starts.append(child)
            elif "for" in verb_frames and child.rel in ("obl", "obj", "nmod") and cases & {"за", "против"}:
                # ``высказался за отмену виз``: the position stated
                starts.append(child)
            elif verb_frames & {"amount", "charge"} and child.rel in ("obl", "obj") and any(
                    self.stated_in(p, verb_frames) for p in [child] + [
                        g for g in view.children[child.token_id] if child.rel == "obj" and g.rel == "nmod"]):
                # ``оценил ущерб в миллиард рублей`` (an amount), ``обвинил власти в фальсификации``
                # (the offence): what is said is the object together with the ``в`` phrase, which
                # the parse hangs on the verb or on the object
                starts.append(child)
                starts += [c for c in view.children[cue.token_id] if c.rel == "obj" and c.start > cue.end]
            elif "directive" in verb_frames and child.rel == "obj" and any(
                    c.rel == "iobj" or c.feats.get("Case") == "Dat" and c.pos in ("NOUN", "PROPN")
                    for c in view.children[cue.token_id]):
                # ``предложил Путину пост``: an offer made to someone; ``предлагает функции``
                # without an addressee is a product's description
                starts.append(child)
        if not starts and "about" in verb_frames:
            # ``предупредил ОАО «Белтрансгаз» и правительство о возможном ограничении``: the parse
            # hung the ``о`` phrase on the addressee; the first ``о`` + prepositional after the verb,
            # in the same clause (no verb or punctuation but quotation marks between), is its topic
            for t in view.sentence_tokens[cue.sentence_id]:
                if t.start < cue.end:
                    continue
                if t.pos == "VERB" or t.pos == "PUNCT" and not QUOTE_CHAR_RE.match(t.text):
                    break
                head = view.tokens[t.head_id] if t.head_id >= 0 else None
                if (t.lemma in ("о", "об", "обо") and t.pos == "ADP" and head is not None
                        and head.feats.get("Case") == "Loc" and head.start > t.start):
                    return t.start
        if not starts:
            return None
        start = min(view.subtree(t)[0].start for t in starts)
        if "directive" in verb_frames:
            # all that follows a directive verb is what it asks: the addressee and any adverbial
            # before the infinitive (``угрожала, с начала августа поднять штраф``)
            after = [t for t in view.tokens_in(cue.end, start) if is_word(t) and t.rel not in SUBJECT_RELS]
            if after:
                start = after[0].start
        return start

    def stated_in(self, child, verb_frames):
        """Whether the ``в`` phrase of ``оценить``/``обвинить`` states the content: an amount (a
        number or an accusative: ``в два миллиарда``, ``в 3% ВВП``) for ``amount``, an offence for
        ``charge``; never when, where or on what occasion (``в понедельник``, ``в Минске``, ``в
        интервью``), which any verb can take."""
        if not any(g.rel == "case" and g.lemma == "в" for g in self.view.children[child.token_id]):
            return False
        tree = self.view.subtree(child)
        if child.lemma in OCCASION_NOUNS or any(
                getattr(self.view.actors.get(m.actor_id), "kind", "") in PLACE_KINDS
                for m in self.view.mentions_in(child.start, child.end)):
            return False
        if "amount" in verb_frames:
            # ``вклад в победу`` is no amount: a number or a number word must be there
            return any(t.pos == "NUM" or t.lemma in AMOUNT_NOUNS for t in tree)
        return child.feats.get("Case") != "Acc" or child.pos == "PRON"

    def complement_end(self, cue, start, sentence):
        """The content ends where a verb coordinated with the cue begins its own clause (``назвал
        итоги подтасованными и призвал ...``) or at the sentence end."""
        end = sentence.end
        for child in self.view.children[cue.token_id]:
            if child.rel == "conj" and child.start > start and child.pos == "VERB":
                # at its conjunction (``вспомнил о ..., когда ..., и сказал``), not at the clauses
                # the parse hangs on it
                joins = [c.start for c in self.view.children[child.token_id]
                         if c.rel in ("cc", "punct") and start < c.start < child.start]
                end = min(end, min(joins) if joins else child.start)
        # ``..., сообщает «Лента.ру».``: a trailing attribution of another speaker is not content
        for t in self.view.tokens_in(start, end):
            if (t.token_id > 0 and self.view.tokens[t.token_id - 1].text == "," and t is not cue
                    and is_cue_verb(t, self.view)
                    and len([w for w in self.view.tokens_in(t.end, end) if is_word(w)]) <= 6
                    and not any(w.lemma in ("что", "чтобы") for w in self.view.tokens_in(t.end, end))):
                end = self.view.tokens[t.token_id - 1].start
                break
        if cue.feats.get("VerbForm") == "Conv" and cue.head_id > cue.token_id:
            # ``Называя Vestas «мировым лидером», Марк назвал ...``: a converb before its head verb
            # says no more than up to the comma before the head's clause
            head = self.view.tokens[cue.head_id]
            first = min([head] + [c for c in self.view.children[head.token_id] if c.rel in SUBJECT_RELS
                                  and c.start > cue.start], key=lambda t: t.start)
            commas = [t for t in self.view.tokens_in(start, first.start) if t.text == ","]
            if commas:
                end = min(end, commas[-1].start)
        # ``обвинил мэра во лжи, заявив, что ...``: a converb of saying after a comma says its own
        # content (its own row), not more of this one
        for t in self.view.tokens_in(start, end):
            if (t.token_id > 0 and self.view.tokens[t.token_id - 1].text == "," and t is not cue
                    and t.feats.get("VerbForm") == "Conv" and is_cue_verb(t, self.view)):
                end = self.view.tokens[t.token_id - 1].start
                break
        # ``..., однако Y назвал ...``: a contrasting conjunction after a comma opens another
        # speaker's clause; without a verb of saying of its own (``заявил, что планка высока, но
        # дверь не закрыта``) the contrast is still what was said
        for t in self.view.tokens_in(start, end):
            if (t.lemma in ("однако", "но", "зато", "а") and t.token_id > 0
                    and self.view.tokens[t.token_id - 1].text == ","
                    and any(n.rel in SUBJECT_RELS for n in self.view.tokens[t.token_id + 1:t.token_id + 7])
                    and any(is_cue_verb(n, self.view) for n in self.view.tokens_in(t.end, end))):
                return self.view.tokens[t.token_id - 1].start
        return end

    def reported_verb(self, sentence, tokens, index):
        cue = tokens[index]
        before = tokens[:index]
        words_before = [t for t in before if is_word(t)]
        # ``Об этом заявил X``, ``Об этом активистам сообщили жители``: the sentence before; so
        # does an anaphoric object that opens the sentence (``Это подтвердил X``, ``Эту информацию
        # подтвердили в полиции``)
        # (``Такую позицию озвучил X``, ``Об этих планах рассказал X``: ``такой`` and ``этот`` on a
        # noun point back as ``это`` does)
        pointing_object = (len(words_before) <= 3 and words_before and words_before[0].lemma in POINTING_WORDS
                           and any(c.rel == "obj" and c.start < cue.start and (
                               c.lemma == "это" or any(d.lemma in POINTING_WORDS for d in self.view.children[c.token_id]))
                               for c in self.view.children[cue.token_id]))
        about_this = len(words_before) >= 2 and words_before[0].lemma == "о" and (
            words_before[1].lemma == "это" or words_before[1].lemma in POINTING_WORDS
            and len(words_before) >= 3 and words_before[2].lemma in POINTED_NOUNS)
        if (about_this
                or len(words_before) <= 3 and any(t.lemma == "это" for t in words_before)
                and any(t.lemma == "о" for t in words_before) or pointing_object):
            target = self.sentence_before(sentence)
            if target is not None:
                window = clause_after(self.view, cue, sentence.end)
                self.add_cued(cue, window, [(target.start, target.end)], target.part_id)
            else:
                self.spoken_for(sentence, cue)
            return
        if self.relative_object(sentence, tokens, index):
            return
        # ``X заявил, что ...`` / ``X призвал к тому, чтобы ...`` / ``X заявил: ...``
        verb_between = False
        # ``Как отметил X, мир должен знать, что ...``: a ``как`` attribution is parenthetical and
        # takes no ``что`` clause of its own; what it attributes is the clause after it, whose own
        # ``что`` belongs to that clause's verb
        parenthetical = as_attribution(tokens, index) is not None
        # (an ``aside`` verb, ``продолжал он``, reports only as such an attribution)
        parenthetical = parenthetical or frames(cue) == {"aside"}
        for j in range(index + 1, min(len(tokens), index + 12) if not parenthetical else index + 1):
            t = tokens[j]
            if (t.pos == "VERB" and t.feats.get("VerbForm") in ("Fin", "Conv", "Part")
                    and not (j + 1 < len(tokens) and tokens[j + 1].lemma == "ли")):
                # ``обвинил его во лжи, заявив, что ...``, ``Как было объявлено, президент прибыл,
                # чтобы ...``: a ``что`` clause is the nearer verb's (``спросил, знает ли``: the
                # question; ``предсказал, как изменится мир:`` still ends in the colon)
                verb_between = True
            if (t.lemma in ("что", "чтобы") and tokens[j - 1].text == "," and t.pos in ("SCONJ", "PRON")
                    and not verb_between):
                if j + 1 < len(tokens):
                    window = tokens[:j]
                    end = self.complement_end(cue, tokens[j].start, sentence)
                    self.add_cued(cue, window, [(tokens[j + 1].start, end)], sentence.part_id)
                return
            if (t.lemma == "ли" and j >= 3 and tokens[j - 2].text == "," and j - 2 > index
                    and "say" in frames(cue)):
                # ``спросил, готова ли Россия ...``: an indirect question is what was asked
                end = self.complement_end(cue, tokens[j - 1].start, sentence)
                self.add_cued(cue, tokens[:j - 2], [(tokens[j - 1].start, end)], sentence.part_id)
                return
            if t.text == ":" and j + 1 < len(tokens) and not QUOTE_CHAR_RE.match(tokens[j + 1].text):
                if self.apposition(tokens[j + 1:]):
                    # ``на вопросы отвечали: командир экспедиции X, бортинженер Y``: a colon
                    # that lists people with no verb names who spoke, not what was said
                    return
                start = tokens[j + 1].start
                objects = [c for c in self.view.children[cue.token_id] if c.rel == "obj"
                           and cue.end <= c.start < t.start] if "object" in frames(cue) else []
                if objects:
                    # ``отметили три сферы диалога: политическую, ...``: the object the colon
                    # spells out is part of what is said
                    start = min(t.start for t in self.view.subtree(objects[0]))
                self.add_cued(cue, tokens[:j], [(start, sentence.end)], sentence.part_id)
                return
            if t.text == ":" and j + 1 == len(tokens):
                # ``Пирсон предсказал:`` ending its paragraph: the paragraphs after it say it
                pieces = self.introduced_paragraphs(sentence)
                if pieces:
                    self.add_cued(cue, tokens[:j], pieces, sentence.part_id)
                return
            if t.pos == "PUNCT" and t.text != ",":
                break
        # ``В докладе отмечается увеличение числа арестов``: the stated subject is the content
        stated = [c for c in self.view.children[cue.token_id] if c.rel in SUBJECT_RELS and stated_subject(cue, c)]
        if stated and "say" in frames(cue):
            start = self.view.subtree(stated[0])[0].start
            if start > cue.start:
                end = self.complement_end(cue, start, sentence)
                self.add_cued(cue, [t for t in tokens if t.start < start], [(start, end)], sentence.part_id)
                return
        # ``объявил о переизбрании``, ``призвал стороны остановить``, ``назвал итоги подтасованными``
        if frames(cue) - {"say", "relay", "report"}:
            start = self.complement_start(cue, tokens, index)
            if start is not None:
                end = self.complement_end(cue, start, sentence)
                window = [t for t in tokens if t.start < start]
                self.add_cued(cue, window, [(start, end)], sentence.part_id)
                return
        # ``..., отметил президент, ...`` / ``..., сообщил X.`` / ``Как сообщил X, ...``
        previous = tokens[index - 1] if index > 0 else None
        if previous is None:
            return
        clause = clause_after(self.view, cue, sentence.end)
        last = tokens.index(clause[-1])
        if (previous.text == "," or previous.text in DASHES) and (
                any(t.start < cue.start for t in subjects(self.view, cue)) or not self.names_after(cue, clause)):
            # ``Адриано Челентано, известный певец, написал письмо в газету``: a comma closing an
            # apposition before the subject's own verb; the parenthetical ``..., отметил X`` has
            # its speaker after the verb
            return
        if previous.text == "," or previous.text in DASHES:
            first = index - 1
            while first > 0 and tokens[first - 1].pos == "PUNCT" and tokens[first - 1].text in ",-–—":
                first -= 1
        elif as_attribution(tokens, index) is not None:
            first = as_attribution(tokens, index)
        else:
            return
        pieces = self.content_pieces(sentence, tokens, first, last)
        if not pieces:
            return
        self.add_cued(cue, clause, pieces, sentence.part_id)

    def relative_object(self, sentence, tokens, index):
        """``Конец света, который предрекал проповедник Герольд Кемпинг, не наступил``: a verb of
        saying or predicting (an ``object`` frame) in a relative clause on a thing (an inanimate
        noun that names no actor) whose ``который`` opens the clause: things do not speak, so
        ``который`` is what was said (the noun phrase it refers to) and the person named after the
        verb is the speaker, whatever the parse made subject and object. True when a row was made."""
        view, cue = self.view, tokens[index]
        if cue.rel != "acl:relcl" or cue.head_id < 0 or "object" not in frames(cue):
            return False
        noun = view.tokens[cue.head_id]
        commas = [t for t in tokens[:index] if t.text == "," and t.start > noun.start]
        words = [t for t in tokens[:index] if commas and t.start > commas[-1].start and is_word(t)]
        if (noun.pos not in ("NOUN", "PROPN") or noun.feats.get("Animacy") == "Anim" or not words
                or words[0].lemma != "который" or words[0].feats.get("Case") not in ("Nom", "Acc")
                or view.mentions_in(noun.start, noun.end)):
            return False
        clause = clause_after(view, cue, sentence.end)
        people = [m for m in view.mentions_in(cue.end, clause[-1].end)
                  if getattr(view.actors.get(m.actor_id), "kind", "") in ("person", "organisation", "media",
                                                                          "government_body")]
        if not people:
            return False
        first = min((t for t in view.subtree(noun) if t.start < words[0].start), key=lambda t: t.start)
        comma = [t for t in view.tokens_in(first.start, words[0].start) if t.text == ","]
        end = comma[-1].start if comma else words[0].start
        self.used_cues.add(cue.token_id)
        who = relayed(view, cue, who_of_actor(view, people[0].actor_id), clause)
        self.spoken[cue.sentence_id] = (who, False)
        self.add_reported(first.start, end, who, cue.lemma, sentence.part_id)
        return True

    def names_after(self, cue, clause):
        """Whether the attribution clause after ``cue`` names who speaks, as an inverted ``...,
        отметил X`` does: a nominative (or caseless foreign) name, noun or pronoun outside a
        prepositional phrase, or where it was said (``сообщили в пресс-службе``: ``в``/``на`` +
        the prepositional); an empty clause (``..., добавил.``) leaves the speaker to the context.
        ``написал письмо в газету X`` names only the object and where the words went."""
        view = self.view
        ids = {t.token_id for t in clause}
        after = [t for t in clause if t.start > cue.start and is_word(t)]
        if not after:
            return True
        for t in after:
            if t.pos not in ("NOUN", "PROPN", "PRON", "X"):
                continue
            preps, head = set(), t
            while head.token_id in ids and head is not cue:
                preps |= {g.lemma for g in view.children[head.token_id] if g.rel == "case"}
                if head.head_id < 0:
                    break
                head = view.tokens[head.head_id]
            case = t.feats.get("Case")
            if not preps and case in ("Nom", None):
                return True
            if preps & {"в", "на"} and case == "Loc" and t.pos != "PRON":
                return True
        return False

    def introduced_paragraphs(self, sentence):
        """``(start, end)`` of what a paragraph ending in ``X предсказал:`` introduces: the list
        items after it (paragraphs opening with a dash, a bullet or a number: ``2030 год — ...``,
        ``- в 2030 году ...``), each its own piece, else the one paragraph right after it. A
        paragraph in quotation marks is a direct quote (read by the direct step) and ends it."""
        part = self.view.parts[sentence.part_id]
        if self.text[sentence.end:part.end].strip():
            return []
        pieces = []
        for following in self.article.parts[part.part_id + 1:]:
            if following.kind not in ("body", "other") or QUOTE_CHAR_RE.match(following.text.lstrip()):
                break
            if not LIST_ITEM_RE.match(following.text):
                if not pieces:
                    pieces.append((following.start, following.end))
                break
            pieces.append((following.start, following.end))
        return [(s, e) for s, e in pieces if not any(s <= q < e for q, _ in self.direct_spans)]

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

    def spoken_for(self, sentence, cue):
        """``Туркменистан предлагает партнерам ... . Об этих планах рассказал министр иностранных
        дел Рашид Мередов``: the sentence before already attributes its words, to a state or a
        body; the person the pointing sentence names said them for it, and is the speaker."""
        if sentence.sentence_id == 0:
            return
        before = self.article.sentences[sentence.sentence_id - 1]
        rows = [i for i, q in enumerate(self.quotes) if before.start <= q[0] < before.end
                and q[2] == REPORTED and q[3].kind in ("government_body", "organisation", "country")]
        if not rows:
            return
        self.used_cues.add(cue.token_id)
        who = self.who(cue, [t for t in clause_after(self.view, cue, sentence.end) if t is not cue],
                       sentence.part_id)
        if who.kind != "person":
            return
        for i in rows:
            self.quotes[i] = self.quotes[i][:3] + (who,) + self.quotes[i][4:]

    def add_cued(self, cue, window, pieces, part_id):
        self.used_cues.add(cue.token_id)
        # what this cue attributes is the speaker's words: no antecedent is taken from it
        # (``Майкл Джексон совершил переворот в поп-музыке, считает маэстро``)
        self.pending = pieces
        who = self.who(cue, [t for t in window if t is not cue], part_id)
        self.pending = []
        for start, end in pieces:
            self.add_reported(start, end, who, cue.lemma, part_id)

    def add_reported(self, start, end, who, cue, part_id):
        start, end = strip_span(self.text, start, end, keep_end="!?…")
        dateline = DATELINE_RE.match(self.text, start, end)
        if dateline:
            start = dateline.end()
        # a reported span never swallows a direct quote: it stops where one begins
        for s, e in self.direct_spans:
            if start < s < end:
                end = strip_span(self.text, start, s)[1]
        if not (start < end and any(ch.isalpha() for ch in self.text[start:end])):
            return
        if self.mixed_quote(start, end, who, cue, part_id):
            return
        self.add(start, end, REPORTED, who, cue, part_id)
        self.note_speaker(who, part_id)

    def mixed_quote(self, start, end, who, cue, part_id):
        """Reported speech whose quotation carries what is said: the quotation runs to the end of
        the content and at most a bare subject precedes it (``отметил, что «Россия должна ...»``,
        ``назвал визит «достойным сожаления»``): a direct row instead of the reported one. A
        longer quoted clause inside reported content (4+ words with a finite verb) is a direct
        row beside it."""
        spans = list(quoted_spans(self.text, start, end))
        replaced = False
        for opener, close in spans:
            inside = self.view.tokens_in(opener + 1, close)
            # ``назвал законопроект «полным абсурдом»``: after a verb of naming, a quotation in the
            # instrumental is what the object is called, not the title of a ``законопроект``
            naming = "name" in frames_of(cue) and any(
                t.feats.get("Case") == "Ins" for t in inside[:3] if t.pos in ("ADJ", "NOUN"))
            if self.after_title_noun(opener, self.view.parts[part_id]) and not naming:
                continue
            words_before = [t for t in self.view.tokens_in(start, opener) if is_word(t)]
            tail = self.text[close + 1:end].strip(" \t\r\n.,;!?…")
            verbs_before = [t for t in words_before if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"]
            quoted_words = [t for t in inside if is_word(t)]
            ids = {t.token_id for t in inside}
            # ``что высказывания премьера носят «явно недипломатический характер»``: a light verb
            # whose whole object (3+ words) is quoted leaves the predicate's content in the quote
            light_verb = (len(verbs_before) == 1 and verbs_before[0] is words_before[-1] and len(quoted_words) >= 3
                          and any(t.head_id == verbs_before[0].token_id and t.rel in ("obj", "xcomp")
                                  for t in inside)
                          and all(t.head_id in ids or t.head_id == verbs_before[0].token_id for t in inside))
            # (``что встречи должны проходить «систематически»``: a modal or an infinitive before
            # the quotation is the predicate, the quotation only its adverbial)
            predicate = any(t.feats.get("VerbForm") == "Inf" or t.pos == "ADJ" and t.feats.get("Variant") == "Short"
                            for t in words_before)
            bare_subject = len(words_before) <= MAX_WORDS_BEFORE_MIXED_QUOTE and (
                not verbs_before and not predicate or light_verb)
            # one quoted word is a label or scare quote (``назвал ситуацию «сложной»``): the row
            # stays reported
            whole = (not tail and len([t for t in inside if is_word(t)]) >= 2
                     and (bare_subject or "name" in frames_of(cue)))
            # a quoted clause inside reported content is the speaker's own words too; a shorter
            # quoted phrase may be a title or a label (``литературу типа «Протоколов ...»``)
            clause = (len([t for t in inside if is_word(t)]) >= 4
                      and any(t.feats.get("VerbForm") == "Fin" for t in inside))
            # ``назвал Vestas «мировым лидером» в производстве ...``: two or more quoted words
            # that a verb of naming calls its object are the speaker's own words, whatever follows
            # (so is a quoted object: ``назвал целью «требование правительству ...»``)
            quoted_object = ("name" in frames_of(cue) and opener <= start and quoted_words
                             and quoted_words[0].pos == "NOUN" and quoted_words[0].feats.get("Case") == "Acc")
            label = (naming or quoted_object) and len(quoted_words) >= 2
            if whole or clause or label:
                s, e = strip_span(self.text, opener + 1, close, keep_end=".!?…")
                if s < e:
                    self.add(s, e, DIRECT, who, cue, part_id)
                    self.direct_spans.append((opener, close + 1))
                replaced = replaced or whole
        return replaced

    def add(self, start, end, mode, who, cue, part_id):
        self.quotes.append((start, end, mode, who, cue, part_id))

    def relays(self, rows):
        """A medium's or body's attribution (``..., передает ТАСС``, ``..., сообщает «Лента.ру»``) of
        words another named speaker's row already holds is not a second quote: it becomes that
        row's ``via``."""
        out, relayed_by = [], {}
        for row in rows:
            start, end, mode, who, cue, part_id = row
            if who.kind not in ("person", "unknown", "role_noun") and (
                    frames_of(cue) & {"relay", "report"}):
                others = [o for o in rows if o is not row and o[5] == part_id and o[0] < end and start < o[1]
                          and o[3].kind != "media" and o[3].name and o[3].name != who.name]
                if others:
                    for o in others:
                        relayed_by.setdefault(o[:3], who.name)
                    continue
            out.append(row)
        return [o[:3] + (o[3]._replace(via=relayed_by[o[:3]]),) + o[4:]
                if o[:3] in relayed_by and not o[3].via else o for o in out]

    def closing_quotes(self):
        """``Герстенмайер сказал, что ... . «Мы не видим здесь проблем. ...»``: a quotation with no
        attribution that opens a sentence and closes its paragraph, after a sentence of the same
        paragraph that attributed words to a person, goes on with that person's words (as an
        unattributed quote paragraph continues the speaker before it). Only a clause (4+ words with
        a finite verb) counts, never a quoted name; cues inside it were the quoted speaker's own
        words, so their reported rows go."""
        for part in self.article.parts:
            if part.kind not in ("body", "other"):
                continue
            for opener, close in quoted_spans(self.text, part.start, part.end):
                if (any(s <= opener < e or opener <= s < close for s, e in self.direct_spans)
                        or self.text[close + 1:part.end].strip(" \t\r\n.!?…")
                        or not self.text[part.start:opener].rstrip().endswith((".", "!", "?", "…"))):
                    continue
                inside = [t for t in self.view.tokens_in(opener + 1, close) if is_word(t)]
                if len(inside) < 4 or not any(t.feats.get("VerbForm") == "Fin" for t in inside):
                    continue
                before = [q for q in self.quotes if q[5] == part.part_id and q[1] <= opener]
                if not before or max(before, key=lambda q: q[1])[3].kind != "person":
                    continue
                who = max(before, key=lambda q: q[1])[3]
                self.quotes = [q for q in self.quotes if not (opener <= q[0] < close)]
                start, end = strip_span(self.text, opener + 1, close, keep_end=".!?…")
                if start < end:
                    self.add(start, end, DIRECT, who, "", part.part_id)
                    self.direct_spans.append((opener, close + 1))

    def find(self):
        self.direct()
        self.reported()
        self.closing_quotes()
        seen, rows = set(), []
        for row in sorted(self.quotes, key=lambda q: (q[0], q[1], q[2])):
            if row[:3] not in seen:
                seen.add(row[:3])
                rows.append(row)
        rows = self.relays(rows)
        return [Quote(i, mode, start, end, self.text[start:end], who.actor_id, who.name, who.kind, who.via,
                      cue, part_id)
                for i, (start, end, mode, who, cue, part_id) in enumerate(rows)]


def frames_of(cue_lemma):
    return VERB_FRAMES.get(cue_lemma, (frozenset(), ""))[0]


def find_quotes(article, morph_vocab=None):
    """The article's quotes: direct and reported speech with speaker and cue, in text order
    (``morph_vocab``: natasha's, to put role nouns in the nominative; made here when not given)."""
    finder = SpeechFinder(article)
    finder.view.morph_vocab = morph_vocab
    return finder.find()
