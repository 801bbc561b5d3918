"""Facts read from the dependency parse (``analysis.relations``): sentences written for these tests,
none copied from the organisation articles, at least two per family of predicate words, and the
statements that are not facts. ``relations_of`` runs the reader alone (what the grammars of
``analysis.facts`` read is not in it); ``facts_of`` gives the whole facts table."""

import pytest

import analysis
from analysis import relations
from analysis.facts import (Sentence, by_sentence, find_mentions, main_organisation,
                            organisation_names, parent_organisation, treaty_organisation, view_of)
from analysis.layers import DATES, LANGUAGE, VIEW
from analysis.parsing import parse_article
from analysis.schema import PREDICATES

HEADER = " date 2025-11-27 Заголовок\n\nМОСКВА, 27 ноября. /ТАСС/. "


@pytest.fixture(scope="module")
def resources(models):
    return analysis.Resources(models)


def relations_of(resources, body):
    """What the dependency reader alone reads in an article's sentences, as ``(predicate, subject,
    value, date)``; each evidence span reproduces the text."""
    text = HEADER + body
    article = analysis.run_steps(parse_article(text, article_id="t"), resources, (LANGUAGE, VIEW, DATES))
    gazetteer = resources.gazetteer
    mentions = find_mentions(article, gazetteer)
    organisations = organisation_names(gazetteer)
    view = view_of(article)
    mentions_of, dates_of = by_sentence(article, mentions), by_sentence(article, article.dates)
    context = main = main_organisation(article, mentions, organisations)
    found = []
    for sentence in article.sentences:
        here = mentions_of.get(sentence.sentence_id, [])
        s = Sentence(article, sentence, view, here, dates_of.get(sentence.sentence_id, []), gazetteer,
                     context, resources.morph_vocab)
        s.main_org = main
        for predicate, subject, value, date, start, end, source in relations.sentence_relations(s, (), parent_organisation, treaty_organisation):
            assert predicate in PREDICATES
            assert start < end and text[start:end].strip() == text[start:end]
            found.append((predicate, subject, value, date))
        orgs = [m for m in here if m.kind == "organisation"]
        if orgs:
            context = parent_organisation(orgs[0].name, organisations)
    return found


def facts_of(models, body):
    text = HEADER + body
    facts = analysis.extract_text(text, models=models)["facts"]
    for row in facts.itertuples():
        assert text[row.start:row.end] == row.evidence
    return [(r.predicate, r.subject, r.value, r.date) for r in facts.itertuples()]


FACTS = [
    # joins: a participle and its head noun, a verbal noun's genitive, the verb the noun depends on,
    # the organisation growing ``за счет`` a state, a relative clause's ``который``, a gapped verb
    ("Египет, вступивший в БРИКС в 2024 году, участвует в работе объединения.",
     [("joined", "БРИКС", "Египет", "2024")]),
    ("Вступление Ирана в ШОС в 2023 году расширило организацию.",
     [("joined", "ШОС", "Иран", "2023")]),
    ("Присоединение Белоруссии к ШОС состоялось в июле 2024 года.",
     [("joined", "ШОС", "Белоруссия", "2024-07")]),
    ("ЕАЭС расширился в 2015 году за счет Армении.",
     [("joined", "ЕАЭС", "Армения", "2015")]),
    ("Иран, который вступил в ШОС в 2023 году, поддержал инициативу.",
     [("joined", "ШОС", "Иран", "2023")]),
    ("В 2001 году в ШОС вошел Узбекистан, а в 2017 году – Индия.",
     [("joined", "ШОС", "Узбекистан", "2001"), ("joined", "ШОС", "Индия", "2017")]),
    # each state of a list with its own date; a day without its year takes the clause's year
    ("В 2015 году в ЕАЭС вступили Армения (2 января) и Киргизия (12 августа).",
     [("joined", "ЕАЭС", "Армения", "2015-01-02"), ("joined", "ЕАЭС", "Киргизия", "2015-08-12")]),
    # an ordinal member: a join, no count
    ("Белоруссия стала десятым членом ШОС в 2024 году.",
     [("joined", "ШОС", "Белоруссия", "2024")]),
    # members now
    ("Казахстан входит в состав ЕАЭС.", [("member", "ЕАЭС", "Казахстан", "")]),
    # ``состоять в``: the everyday verb of membership
    ("Сегодня в ШОС состоят Индия и Пакистан.",
     [("member", "ШОС", "Индия", ""), ("member", "ШОС", "Пакистан", "")]),
    ("Белоруссия состоит в ОДКБ с момента ее создания.", [("member", "ОДКБ", "Белоруссия", "")]),
    ("Членами ОДКБ являются Армения и Таджикистан.",
     [("member", "ОДКБ", "Армения", ""), ("member", "ОДКБ", "Таджикистан", "")]),
    # leaving, suspending, freezing, coming back
    ("Выход Грузии из СНГ состоялся в 2009 году.", [("left", "СНГ", "Грузия", "2009")]),
    ("Азербайджан покинул ОДКБ в 1999 году.", [("left", "ОДКБ", "Азербайджан", "1999")]),
    ("Узбекистан, приостановивший членство в ОДКБ в 2012 году, не участвует в учениях.",
     [("suspended", "ОДКБ", "Узбекистан", "2012")]),
    ("Армения объявила о замораживании участия в ОДКБ в 2024 году.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("Ереван, заморозивший участие в ОДКБ в феврале 2024 года, не платит взносы.",
     [("froze_participation", "ОДКБ", "Армения", "2024-02")]),
    ("Ташкент вернулся в ОДКБ в 2006 году.", [("rejoined", "ОДКБ", "Узбекистан", "2006")]),
    # the subject the parse hung across another clause: the state named right before the verb
    ("Грузия и Азербайджан покинули ОДКБ в 1999 году, а Узбекистан в 2006 году вернулся в ОДКБ.",
     [("left", "ОДКБ", "Грузия", "1999"), ("left", "ОДКБ", "Азербайджан", "1999"),
      ("rejoined", "ОДКБ", "Узбекистан", "2006")]),
    # chairs: a verb with the organisation as object, its organs, a handover (taken, given, passed),
    # an infinitive under ``выпало``, a future chair
    ("Белоруссия руководит ЕАЭС с 1 января 2025 года.", [("chair", "ЕАЭС", "Белоруссия", "2025-01-01")]),
    ("Казахстан, возглавивший ОДКБ в 2025 году, провел сессию.", [("chair", "ОДКБ", "Казахстан", "2025")]),
    ("Председательство в БРИКС перешло от России к Бразилии в 2025 году.",
     [("chair", "БРИКС", "Россия", ""), ("chair", "БРИКС", "Бразилия", "2025")]),
    ("Россия передала Бразилии председательство в БРИКС.", [("chair", "БРИКС", "Бразилия", "")]),
    # the receiver named before: the giver chaired
    ("ОДКБ провела сессию. Полномочия председателя ей передал Казахстан.", [("chair", "ОДКБ", "Казахстан", "")]),
    ("Армения, принявшая председательство в ОДКБ у Казахстана, провела сессию в Ереване.",
     [("chair", "ОДКБ", "Армения", ""), ("chair", "ОДКБ", "Казахстан", "")]),
    ("Председательство в ОДКБ перейдет к Киргизии.", [("next_chair", "ОДКБ", "Киргизия", "")]),
    ("Председательствовать в ОДКБ в 2027 году будет Таджикистан.", [("next_chair", "ОДКБ", "Таджикистан", "")]),
    # founding: a participle before its noun, a passive with the founders' leaders and their count
    ("Созданная в 2002 году ОДКБ объединяет шесть государств.", [("founded", "ОДКБ", "", "2002")]),
    ("СНГ был создан в декабре 1991 года лидерами трех государств – России, Белоруссии и Украины.",
     [("founded", "СНГ", "", "1991-12"), ("founding_member_count", "СНГ", "3", "1991-12"),
      ("founding_member", "СНГ", "Россия", "1991-12"), ("founding_member", "СНГ", "Белоруссия", "1991-12"),
      ("founding_member", "СНГ", "Украина", "1991-12")]),
    ("Учрежденная в 2001 году Китаем, Россией и Казахстаном, ШОС расширилась в 2017 году за счет Индии.",
     [("founded", "ШОС", "", "2001"), ("founding_member", "ШОС", "Китай", "2001"),
      ("founding_member", "ШОС", "Россия", "2001"), ("founding_member", "ШОС", "Казахстан", "2001"),
      ("joined", "ШОС", "Индия", "2017")]),
    ("ОДКБ действует с 2002 года.", [("founded", "ОДКБ", "", "2002")]),
    # summits held and to come
    ("Встреча лидеров БРИКС, прошедшая в Казани в октябре 2024 года, одобрила расширение.",
     [("summit", "БРИКС", "Казань", "2024-10")]),
    ("Очередной саммит ОДКБ Казахстан рассчитывает провести в Астане в ноябре 2026 года.",
     [("next_summit", "ОДКБ", "Астана", "2026-11")]),
    ("Саммит БРИКС в Нью-Дели ожидается в 2026 году.", [("next_summit", "БРИКС", "Нью-Дели", "2026")]),
    ("Сессия Совета коллективной безопасности ОДКБ пройдет в Москве в ноябре 2026 года.",
     [("next_summit", "ОДКБ", "Москва", "2026-11")]),
    ("Индия, принимавшая лидеров ШОС в Нью-Дели, поддержала заявление.",
     [("summit", "ШОС", "Нью-Дели", "")]),
    # seats, counts without a verb, treaties
    ("Секретариат ШОС размещается в Пекине.", [("headquarters", "ШОС", "Пекин", "")]),
    ("Исполнительный комитет СНГ базируется в Минске.", [("headquarters", "СНГ", "Минск", "")]),
    ("Сейчас в ШОС десять государств.", [("member_count", "ШОС", "10", "")]),
    ("ОДКБ работает давно. В ее составе шесть государств: Армения, Белоруссия, Казахстан, Киргизия, "
     "Россия и Таджикистан.",
     [("member_count", "ОДКБ", "6", "")] + [("member", "ОДКБ", state, "") for state in
                                            ["Армения", "Белоруссия", "Казахстан", "Киргизия", "Россия", "Таджикистан"]]),
    ("ШОС расширяется. Принятая в 2002 году хартия организации определяет ее цели.",
     [("treaty_signed", "ШОС", "Хартия ШОС", "2002")]),
    ("Лидеры подписали Договор о Евразийском экономическом союзе в мае 2014 года.",
     [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05")]),
]

NOT_FACTS = [
    # a plan, a possibility, a refusal, a negation, an application: no join
    "Иран может вступить в ЕАЭС в 2027 году.",
    "Узбекистан планирует вступить в ЕАЭС.",
    "Казахстан намерен присоединиться к БРИКС.",
    "Азербайджан так и не вступил в ОДКБ.",
    "Казахстан не стал членом БРИКС.",
    "Аргентина отказалась от вступления в БРИКС в 2023 году.",
    "Заявка Турции на вступление в ШОС рассматривается с 2022 года.",
    "Переговоры о присоединении Ирана к ЕАЭС идут с 2024 года.",
    # what takes effect or what is left is not the organisation
    "Соглашение о свободной торговле ЕАЭС с Ираном вступило в силу в 2025 году.",
    "Армения вышла из соглашения о свободной торговле.",
    # an observer, an associate, a partner is no member; a past membership is not a current one
    "Узбекистан является наблюдателем в ЕАЭС.",
    "Туркмения является ассоциированным членом СНГ.",
    "Узбекистан входил в ОДКБ.",
    # a decision about a handover is not the handover
    "Решение о передаче председательства в СНГ Туркмении приняли лидеры.",
    # an idea of founding something in the organisation founds nothing; a body's start is not
    # the organisation's
    "Идея создания в ШОС банка развития обсуждается с 2010 года.",
    "Евразийская экономическая комиссия действует с 2012 года.",
    # meetings of ministers or secretaries are no summits
    "Заседание министров иностранных дел ШОС прошло в Бишкеке в мае.",
    "Заседание Комитета секретарей советов безопасности ОДКБ состоялось в Москве в июне.",
    # another body's seat is not the organisation's; a bank founded by the members is no founding
    "Региональная антитеррористическая структура ШОС со штаб-квартирой в Ташкенте проводит учения.",
    "Банк, созданный странами БРИКС, находится в Шанхае.",
    "Штаб-квартира Евразийского банка развития находится в Алма-Ате.",
    # an agreement of the organisation with a state is no treaty of its own
    "Соглашение, подписанное ЕАЭС в декабре 2023 года, открыло рынки.",
    # a count of states doing something is no count of members
    "Пять государств ОДКБ провели учения в 2025 году.",
]


@pytest.mark.parametrize("sentence, expected", FACTS)
def test_relations(resources, sentence, expected):
    assert relations_of(resources, sentence) == expected


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_not_facts(resources, sentence):
    assert relations_of(resources, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the grammars do not read these: the table has them through the dependency reader
    ("Ереван, заморозивший участие в ОДКБ в феврале 2024 года, не платит взносы.",
     [("froze_participation", "ОДКБ", "Армения", "2024-02")]),
    ("Председательство в БРИКС перешло от России к Бразилии в 2025 году.",
     [("chair", "БРИКС", "Бразилия", "2025"), ("chair", "БРИКС", "Россия", "")]),
])
def test_relations_in_the_facts_table(models, sentence, expected):
    assert facts_of(models, sentence) == expected


def test_a_fact_the_grammars_read_is_not_repeated(models):
    """``Грузия вышла из СНГ в 2009 году`` is the grammars'; the reader finds it too, and the table
    has it once."""
    assert facts_of(models, "Грузия вышла из СНГ в 2009 году.") == [("left", "СНГ", "Грузия", "2009")]


def test_lexicon_rows_have_notes_and_known_families():
    from analysis import lexicon

    families = relations.PREDICATE_FAMILIES | {"modal", "not_yet", "not_member", "ordinal", "leaders",
                                               "held", "held_future", "seat_verb", "body"}
    for row in lexicon.rows("fact_relations"):
        assert row["note"], row
        assert row["family"] in families, row
