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
        for fact in relations.sentence_relations(s, (), parent_organisation, treaty_organisation):
            predicate, subject, value, date, start, end, source = fact
            assert predicate in PREDICATES
            assert start < end and text[start:end].strip() == text[start:end]
            found.append(fact)
        orgs = [m for m in here if m.kind == "organisation"]
        if orgs:
            context = parent_organisation(orgs[0].name, organisations)
    # a founding document's day is kept only where nothing else in the text dates the founding, as
    # in the facts table
    return [fact[:4] for fact in relations.without_implied_foundings(found)]


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
    # (round 8: the giver chaired too, as in ``перешло от России``; the annotators mark it so)
    ("Россия передала Бразилии председательство в БРИКС.",
     [("chair", "БРИКС", "Бразилия", ""), ("chair", "БРИКС", "Россия", "")]),
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

# round 6: construction families rather than wordings (issue #15), two or three sentences of our own
# per family, none copied from the organisation articles
ROUND_6 = [
    # enumerations: a list after a colon or between dashes, each state one fact; a list natasha
    # tears apart is read in word order
    ("Членами ЕАЭС числятся пять государств: Армения, Белоруссия, Казахстан, Киргизия и Россия.",
     [("member_count", "ЕАЭС", "5", "")] + [("member", "ЕАЭС", state, "") for state in
                                            ["Армения", "Белоруссия", "Казахстан", "Киргизия", "Россия"]]),
    ("ОДКБ работает давно. В организацию входят: Армения, Казахстан и Россия.",
     [("member", "ОДКБ", "Армения", ""), ("member", "ОДКБ", "Казахстан", ""), ("member", "ОДКБ", "Россия", "")]),
    ("Тройку основателей ЕАЭС — Белоруссию, Казахстан и Россию — в 2015 году дополнила Армения.",
     [("founding_member_count", "ЕАЭС", "3", ""), ("founding_member", "ЕАЭС", "Белоруссия", ""),
      ("founding_member", "ЕАЭС", "Казахстан", ""), ("founding_member", "ЕАЭС", "Россия", ""),
      ("joined", "ЕАЭС", "Армения", "2015")]),
    ("Шестерку основателей ШОС — Казахстан, Китай, Киргизию, Россию, Таджикистан и Узбекистан — в 2017 году "
     "дополнили Индия и Пакистан.",
     [("founding_member_count", "ШОС", "6", "")] + [("founding_member", "ШОС", state, "") for state in
                                                    ["Казахстан", "Китай", "Киргизия", "Россия", "Таджикистан", "Узбекистан"]]
     + [("joined", "ШОС", "Индия", "2017"), ("joined", "ШОС", "Пакистан", "2017")]),
    # counts: a verb with the organisation as subject (named or generic), the number of members, a
    # possessive without a verb
    ("ЕАЭС растет. Сейчас союз насчитывает пять государств-членов.", [("member_count", "ЕАЭС", "5", "")]),
    ("Число членов ШОС составляет десять государств.", [("member_count", "ШОС", "10", "")]),
    ("Участников у ОДКБ сейчас шесть.", [("member_count", "ОДКБ", "6", "")]),
    # joins in other words: membership received, a participant become, states brought in by an
    # event dated in the subject, gapped clauses dated after the state (an interval counted from the
    # year before, a month of ``того же года``), and a membership ended
    ("Киргизия и Армения получили членство в ЕАЭС в 2015 году.",
     [("joined", "ЕАЭС", "Киргизия", "2015"), ("joined", "ЕАЭС", "Армения", "2015")]),
    ("Индия и Пакистан стали членами ШОС в 2017 году, Иран – спустя шесть лет.",
     [("joined", "ШОС", "Индия", "2017"), ("joined", "ШОС", "Пакистан", "2017"), ("joined", "ШОС", "Иран", "2023")]),
    ("Расширение 2024 года привело в БРИКС Египет, Иран и Эфиопию.",
     [("joined", "БРИКС", "Египет", "2024"), ("joined", "БРИКС", "Иран", "2024"), ("joined", "БРИКС", "Эфиопия", "2024")]),
    ("Иран стал участником БРИКС 1 января 2024 года, Эфиопия – в январе того же года.",
     [("joined", "БРИКС", "Иран", "2024-01-01"), ("joined", "БРИКС", "Эфиопия", "2024-01")]),
    ("Грузия перестала быть членом СНГ в 2009 году.", [("left", "СНГ", "Грузия", "2009")]),
    # the date of another predicate's phrase is not the join's
    ("После вступления Ирана в 2023 году Белоруссия стала десятым членом ШОС.",
     [("joined", "ШОС", "Иран", "2023"), ("joined", "ШОС", "Белоруссия", "")]),
    # chairs and handovers: a mandate received from a state (capitals standing for their states,
    # from capitals.csv), a state replaced in the post, at the head, performing the chair's functions
    ("ШОС растет. Председательский мандат Пекин получил от Астаны в июле 2024 года.",
     [("chair", "ШОС", "Китай", "2024-07"), ("chair", "ШОС", "Казахстан", "")]),
    ("ОДКБ провела сессию. Эстафету председательства Москва приняла у Бишкека.",
     [("chair", "ОДКБ", "Россия", ""), ("chair", "ОДКБ", "Киргизия", "")]),
    ("Армения, сменившая на этом посту Таджикистан, председательствовала в ОДКБ в 2022 году.",
     [("chair", "ОДКБ", "Таджикистан", ""), ("chair", "ОДКБ", "Армения", "2022")]),
    ("Индия, сменившая в этой роли Бразилию, председательствует в БРИКС.",
     [("chair", "БРИКС", "Бразилия", ""), ("chair", "БРИКС", "Индия", "")]),
    ("Белоруссия стоит во главе ЕАЭС с 1 января 2025 года.", [("chair", "ЕАЭС", "Белоруссия", "2025-01-01")]),
    # the predecessor in the post, after a sentence about the chair
    ("СНГ растет. Туркменистан исполняет председательские функции в СНГ. Предшественником Ашхабада на этом посту "
     "был Душанбе.", [("chair", "СНГ", "Туркмения", ""), ("chair", "СНГ", "Таджикистан", "")]),
    ("Таджикистан, исполнявший в 2025 году председательские функции в СНГ, провел саммит в Душанбе.",
     [("chair", "СНГ", "Таджикистан", "2025"), ("summit", "СНГ", "Душанбе", "2025")]),
    # (round 11: the taker too, now that of the two subjects natasha gives ``приняла`` the state is
    # taken for its subject, the fronted ``Председательство`` for its object)
    ("Председательство в ОДКБ Россия приняла у Киргизии, выполнявшей эту функцию в 2025 году.",
     [("chair", "ОДКБ", "Россия", ""), ("chair", "ОДКБ", "Киргизия", "2025")]),
    # founding told through its day, its document, an intransitive verb
    ("Днем рождения ОДКБ считается 7 октября 2002 года.", [("founded", "ОДКБ", "", "2002-10-07")]),
    ("СНГ возникло в 1991 году. Соглашение о его создании 8 декабря 1991 года в Вискулях подписали руководители "
     "Белоруссии, России и Украины.",
     [("founded", "СНГ", "", "1991"), ("treaty_signed", "СНГ", "Соглашение о создании СНГ", "1991-12-08"),
      ("founded_place", "СНГ", "Вискули", "1991-12-08")] + [("founding_member", "СНГ", state, "1991-12-08")
                                                            for state in ["Белоруссия", "Россия", "Украина"]]),
    ("ШОС растет. Отсчет ее истории ведется с 15 июня 2001 года, когда в Шанхае была подписана декларация о ее создании.",
     [("treaty_signed", "ШОС", "Декларация о создании ШОС", "2001-06-15"), ("founded", "ШОС", "", "2001-06-15"),
      ("founded_place", "ШОС", "Шанхай", "2001-06-15")]),
    # (the EAEU's founding treaty by its title, ``founding_documents.csv``)
    ("ЕАЭС растет. Подписи под договором о его создании лидеры трех государств поставили в Астане 29 мая 2014 года.",
     [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29"),
      ("founded", "ЕАЭС", "", "2014-05-29"), ("founded_place", "ЕАЭС", "Астана", "2014-05-29"),
      ("founding_member_count", "ЕАЭС", "3", "2014-05-29")]),
    ("Хартию ШОС лидеры утвердили 7 июня 2002 года.", [("treaty_signed", "ШОС", "Хартия ШОС", "2002-06-07")]),
    # ``документ`` after the founding document's sentence is that document: its signers founded it
    ("ЕАЭС растет. Договор о его создании подписали в Астане. Документ подписали лидеры трех государств: "
     "Белоруссии, Казахстана и России.",
     [("founding_member_count", "ЕАЭС", "3", "")] + [("founding_member", "ЕАЭС", state, "")
                                                     for state in ["Белоруссия", "Казахстан", "Россия"]]),
    # a day without its year takes the year of the same month written before it in the paragraph
    ("ЕАЭС учрежден в мае 2014 года. Договор о его создании 29 мая подписали президенты Белоруссии, Казахстана и России.",
     [("founded", "ЕАЭС", "", "2014-05"), ("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29")]
     + [("founding_member", "ЕАЭС", state, "2014-05-29") for state in ["Белоруссия", "Казахстан", "Россия"]]),
    # a treaty named by a proper adjective
    ("СНГ расширялось. Алма-Атинскую декларацию 21 декабря 1991 года подписали одиннадцать республик.",
     [("treaty_signed", "СНГ", "Алма-Атинская декларация", "1991-12-21")]),
    # freezes and suspensions in other words: representatives recalled, meetings boycotted, a
    # membership suspended in the passive
    ("Грузия в 2008 году отозвала представителей из уставных органов СНГ.",
     [("froze_participation", "СНГ", "Грузия", "2008")]),
    ("Армения бойкотирует заседания органов ОДКБ с 2023 года.", [("froze_participation", "ОДКБ", "Армения", "2023")]),
    ("Членство Узбекистана в ОДКБ было приостановлено в 2012 году.", [("suspended", "ОДКБ", "Узбекистан", "2012")]),
    # leaving the organisation's agreements is a freeze, not an exit
    ("Молдавия в 2023 году вышла из соглашений СНГ.", [("froze_participation", "СНГ", "Молдавия", "2023")]),
    ("СНГ растет. Кишинев последовательно выходит из соглашений Содружества.",
     [("froze_participation", "СНГ", "Молдавия", "")]),
    # summits: a relative clause on the venue, a second verb joined to a scheduled one, a venue named
    # by ``местом проведения``, last year's meeting dated by the article's year before
    ("СНГ растет. Москва, где в октябре 2024 года прошел саммит организации, готовит новый.",
     [("summit", "СНГ", "Москва", "2024-10")]),
    ("Очередной саммит ОДКБ назначен на осень и пройдет в Минске.", [("next_summit", "ОДКБ", "Минск", "")]),
    ("Местом проведения саммита ШОС в 2025 году стал Тяньцзинь.", [("summit", "ШОС", "Тяньцзинь", "2025")]),
    ("ОДКБ растет. Прошлогодняя встреча глав государств прошла в Минске.", [("summit", "ОДКБ", "Минск", "2024")]),
    # seats: a city that serves as the secretariat's seat, a secretariat that works in a capital
    # named by its country's adjective, the executive committee in a city as a complement
    ("ШОС растет. Пекин служит местом пребывания ее секретариата.", [("headquarters", "ШОС", "Пекин", "")]),
    ("ОДКБ растет. Секретариат организации работает в российской столице.", [("headquarters", "ОДКБ", "Москва", "")]),
    ("СНГ растет. Рабочим органом объединения остается Исполнительный комитет в Минске.",
     [("headquarters", "СНГ", "Минск", "")]),
]

ROUND_6_NOT_FACTS = [
    # a status received, a partner, a negated or planned membership: no join
    "Узбекистан получил статус наблюдателя в ЕАЭС в 2020 году.",
    "Лаос стал партнером ШОС в 2025 году.",
    "Азербайджан не получил членство в ОДКБ.",
    "Турция планирует получить членство в ШОС.",
    # a participant of something else; states brought to a city
    "Армения стала участницей переговоров в 2020 году.",
    "Расширение привело в Москву делегации Египта и Ирана.",
    # a body that is no secretariat sits somewhere: no headquarters
    "Совет министров обороны ОДКБ заседает в Москве.",
    "Новый банк развития работает в Шанхае.",
    "Региональная антитеррористическая структура ШОС работает в Ташкенте.",
    # a ministers' meeting scheduled is no summit
    "Заседание министров иностранных дел ШОС назначено на июль в Бишкеке.",
    # a venue of a ministers' meeting
    "Местом проведения встречи министров иностранных дел ШОС станет Бишкек.",
    # a count of people, a count that might have been
    "Численность населения стран ЕАЭС составляет 180 миллионов человек.",
    "Членов у ШОС могло быть больше.",
    # a person's post replaced is no chair; a signature withdrawn is no signing
    "Казахстан сменил Киргизию на посту председателя правления банка ЕАЭС.",
    "ОДКБ растет. Предшественником Москвы на посту председателя правления банка был Бишкек.",
    "Азербайджан отозвал подпись под Уставом ОДКБ.",
    # a document signed with no founding document before it founds nothing
    "ЕАЭС растет. Документ подписали лидеры трех государств: Белоруссии, Казахстана и России.",
    # leaving under way is not done (round 12: it is ``withdrawing``, ``ROUND_12``)
    # an ambassador recalled, another body boycotted
    "Армения отозвала своего посла из Баку в 2020 году.",
    "Россия бойкотирует заседания ПАСЕ.",
    # a bare treaty noun after a sentence's first adjective is no name
    "ЕАЭС растет. Новое соглашение стороны подписали 1 марта 2025 года.",
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


# Round 7 (issue #15): the fifth blind set's misses, by construction family, each with sentences of
# our own (none copied from the articles) and its usual neighbours in agency copy.
ROUND_7 = [
    # a chair named by the noun ``председатель`` with a copula or a verb of being; one to come
    ("Председателем СНГ в 2026 году является Туркмения.", [("chair", "СНГ", "Туркмения", "2026")]),
    ("В 2025 году председателем ЕАЭС была Белоруссия.", [("chair", "ЕАЭС", "Белоруссия", "2025")]),
    ("В следующем году председателем ОДКБ станет Казахстан.", [("next_chair", "ОДКБ", "Казахстан", "")]),
    # a handover whose object is a pronoun standing for the chair named before it; the giver chaired
    ("Председательство в ШОС осуществляет Киргизия, принявшая его у Китая в сентябре.",
     [("chair", "ШОС", "Киргизия", "2025-09"), ("chair", "ШОС", "Китай", "")]),
    ("Председательство в БРИКС в 2026 году перешло к Индии: Бразилия передала его на саммите в "
     "Рио-де-Жанейро.", [("chair", "БРИКС", "Индия", "2026"), ("chair", "БРИКС", "Бразилия", "")]),
    ("Индия приняла эстафету председательства в БРИКС от Бразилии.",
     [("chair", "БРИКС", "Индия", ""), ("chair", "БРИКС", "Бразилия", "")]),
    # a chairmanship used or devoted to something is held, whatever is intended with it
    ("Москва поддерживает стремление Казахстана использовать председательство в ЕАЭС для развития "
     "цифровой торговли.", [("chair", "ЕАЭС", "Казахстан", "")]),
    ("Армения намерена посвятить свое председательство в ОДКБ вопросам безопасности.",
     [("chair", "ОДКБ", "Армения", "")]),
    ("Таджикистан намерен посвятить свое будущее председательство в СНГ водной повестке.",
     [("next_chair", "СНГ", "Таджикистан", "")]),
    # a state acting as the chair or as a member (``как``, ``в качестве``)
    ("Казахстан как председатель ЕАЭС предложил обсудить цифровую повестку.", [("chair", "ЕАЭС", "Казахстан", "")]),
    ("Киргизия в качестве председателя ШОС проведет саммит в Бишкеке.",
     [("chair", "ШОС", "Киргизия", ""), ("next_summit", "ШОС", "Бишкек", "")]),
    ("Россия, как страна-председатель ОДКБ, выступила с инициативой.", [("chair", "ОДКБ", "Россия", "")]),
    ("Россия как член ОДКБ поддерживает решение.", [("member", "ОДКБ", "Россия", "")]),
    # the chair belongs to a state; the chair's functions named by ``председателя``
    ("С 1 января 2026 года председательство в ЕАЭС принадлежит Казахстану.",
     [("chair", "ЕАЭС", "Казахстан", "2026-01-01")]),
    ("Функции председателя в БРИКС в этом году выполняет Индия.", [("chair", "БРИКС", "Индия", "2025")]),
    # a founding document: the treaty, the founding on its day (kept in the table only where the
    # article dates the founding nowhere else), the place of signing (a region too)
    ("Соглашение о создании СНГ было подписано 8 декабря 1991 года в Беловежской пуще.",
     [("treaty_signed", "СНГ", "Соглашение о создании СНГ", "1991-12-08"), ("founded", "СНГ", "", "1991-12-08"),
      ("founded_place", "СНГ", "Беловежская пуща", "1991-12-08")]),
    ("ЕАЭС появился в 2015 году.", [("founded", "ЕАЭС", "", "2015")]),
    # founders named as the subject or the agents of an undated founding
    ("Шанхайская организация сотрудничества была создана в 2001 году. Ее основали Казахстан, Китай и Россия.",
     [("founded", "ШОС", "", "2001"), ("founding_member", "ШОС", "Казахстан", ""),
      ("founding_member", "ШОС", "Китай", ""), ("founding_member", "ШОС", "Россия", "")]),
    ("ЕАЭС работает давно. Союз был учрежден Белоруссией, Казахстаном и Россией.",
     [("founding_member", "ЕАЭС", "Белоруссия", ""), ("founding_member", "ЕАЭС", "Казахстан", ""),
      ("founding_member", "ЕАЭС", "Россия", "")]),
    # a founding told as a transformation, or as the decision on it taken: the kind, the place and
    # the count of the states whose leaders decided
    ("В 2001 году Шанхайская пятерка была преобразована в ШОС.", [("founded", "ШОС", "", "2001")]),
    ("ОДКБ выросла из договора 1992 года. Решение о ее преобразовании в региональную организацию главы "
     "шести государств приняли в Москве в мае 2002 года.",
     [("founded", "ОДКБ", "", "2002-05"), ("kind", "ОДКБ", "региональная организация", ""),
      ("founded_place", "ОДКБ", "Москва", "2002-05"), ("founding_member_count", "ОДКБ", "6", "2002-05")]),
    ("ОДКБ выросла из договора 1992 года. Договор в 2002 году трансформировали в полноценную "
     "военно-политическую организацию.",
     [("founded", "ОДКБ", "", "2002"), ("kind", "ОДКБ", "полноценная военно-политическая организация", "")]),
    # a statutory purpose named by the organisation or a document, or by ``призвана`` + infinitive
    ("ШОС ставит своей целью укрепление взаимного доверия между государствами-членами.",
     [("purpose", "ШОС", "укрепление взаимного доверия между государствами-членами", "")]),
    ("ОДКБ призвана обеспечивать коллективную безопасность государств-членов.",
     [("purpose", "ОДКБ", "обеспечивать коллективную безопасность государств-членов", "")]),
    ("Устав СНГ относит к целям Содружества развитие сотрудничества в гуманитарной сфере.",
     [("purpose", "СНГ", "развитие сотрудничества в гуманитарной сфере", "")]),
    # (each goal of a list in the nominative)
    ("Хартия ШОС называет целями организации укрепление доверия, развитие торговли и борьбу с терроризмом.",
     [("purpose", "ШОС", "укрепление доверия, развитие торговли и борьба с терроризмом", "")]),
    # the treaty an organisation rests on, through a noun of basis
    ("Правовой основой ОДКБ является Договор о коллективной безопасности.",
     [("based_on", "ОДКБ", "Договор о коллективной безопасности", "")]),
    ("В основе деятельности СНГ лежит Устав Содружества.", [("based_on", "СНГ", "Устав СНГ", "")]),
    ("ШОС расширяется. Организация работает на базе Хартии ШОС.", [("based_on", "ШОС", "Хартия ШОС", "")]),
    # a host receiving a summit (natasha may swap the meeting and the host)
    ("Следующий саммит СНГ примет у себя Ашхабад.", [("next_summit", "СНГ", "Ашхабад", "")]),
    ("Казахстан примет саммит ЕАЭС в мае.", [("next_summit", "ЕАЭС", "Казахстан", "2026-05")]),
    ("В прошлом году заседание Совета коллективной безопасности ОДКБ принимал Бишкек.",
     [("summit", "ОДКБ", "Бишкек", "2024")]),
    ("В прошлом году саммит ШОС принимал Китай.", [("summit", "ШОС", "Китай", "2024")]),
    # a treaty's name the parse tore apart, read in word order; the basis before a verb of founding
    ("ОДКБ - военно-политический союз, созданный государствами СНГ на основе Договора о коллективной "
     "безопасности, подписанного 15 мая 1992 года.",
     [("based_on", "ОДКБ", "Договор о коллективной безопасности", ""),
      ("treaty_signed", "ОДКБ", "Договор о коллективной безопасности", "1992-05-15")]),
    # a transformation decided impersonally; a compound member noun written apart
    ("ОДКБ работает. В 2002 году решено преобразовать договор в международную региональную организацию.",
     [("founded", "ОДКБ", "", "2002"), ("kind", "ОДКБ", "международная региональная организация", "")]),
    ("ШОС работает. В июле 2024 года Белоруссия стала десятой страной - членом организации.",
     [("joined", "ШОС", "Белоруссия", "2024-07")]),
    # the organisation's leaders meeting somewhere: a summit there
    ("Лидеры государств ЕАЭС встретятся в Минске в декабре.", [("next_summit", "ЕАЭС", "Минск", "2025-12")]),
    ("Главы государств СНГ собрались в Душанбе в октябре прошлого года.",
     [("summit", "СНГ", "Душанбе", "2024-10")]),
    ("Лидеры ШОС планируют встретиться в Бишкеке летом 2026 года.", [("next_summit", "ШОС", "Бишкек", "2026")]),
    ("Высший Евразийский экономический совет соберется 26 декабря в Санкт-Петербурге.",
     [("next_summit", "ЕАЭС", "Санкт-Петербург", "2025-12-26")]),
    ("Совет глав государств СНГ соберется в Душанбе в октябре.", [("next_summit", "СНГ", "Душанбе", "2026-10")]),
    # seats with the other verbs of location
    ("Исполком СНГ расположен в Минске.", [("headquarters", "СНГ", "Минск", "")]),
    ("Секретариат ШОС дислоцируется в Пекине.", [("headquarters", "ШОС", "Пекин", "")]),
    # a date ``того же года`` takes the year written before it in its sentence; a gapped clause's
    # date is not the first subject's
    # (round 8: the status received is read as a founding too, as the grammars read it)
    ("ОДКБ получила статус организации в 2002 году, а ее устав подписали в Кишиневе 7 октября того же года.",
     [("founded", "ОДКБ", "", "2002"), ("treaty_signed", "ОДКБ", "Устав ОДКБ", "2002-10-07")]),
    ("В 2015 году в ЕАЭС вступила Армения, а в августе того же года - Киргизия.",
     [("joined", "ЕАЭС", "Армения", "2015"), ("joined", "ЕАЭС", "Киргизия", "2015-08")]),
    # a count reached, and members counted without a verb
    ("Число членов ШОС достигло десяти.", [("member_count", "ШОС", "10", "")]),
    ("Количество стран-участниц БРИКС выросло до десяти.", [("member_count", "БРИКС", "10", "")]),
    ("ШОС расширилась до десяти государств.", [("member_count", "ШОС", "10", "")]),
    ("ШОС работает. Сейчас в объединении 10 полноправных членов.", [("member_count", "ШОС", "10", "")]),
    # states filling the ranks (the parse may take the group for a second subject)
    ("В 2024 году состав БРИКС пополнили Египет, Иран, ОАЭ и Эфиопия.",
     [("joined", "БРИКС", state, "2024") for state in ["Египет", "Иран", "ОАЭ", "Эфиопия"]]),
    # a verbless count that the parse made a subject or object of the next clause's verb
    ("Сейчас в СНГ девять государств, еще одна страна имеет статус ассоциированного члена.",
     [("member_count", "СНГ", "9", "")]),
    ("В ОДКБ шесть государств, еще несколько стран обсуждают сотрудничество с ней.",
     [("member_count", "ОДКБ", "6", "")]),
]

ROUND_7_NOT_FACTS = [
    "Председателем КНР является Си Цзиньпин.",  # a person in a post is no state
    "Председателем правления банка ШОС является Китай.",  # another post
    "ШОС подготовила документ, и Китай передал его Казахстану.",  # the pronoun stands for no chair
    "Армения намерена претендовать на председательство в ОДКБ.",  # sought, not held
    "Функции председателя правления банка ШОС выполняет Китай.",
    # (``С момента создания ОДКБ Россия остается ее членом``: no founding date, no founders; round 12
    # reads its ``остается членом`` as a member, ``ROUND_12``)
    "Министерство было преобразовано в агентство в 2020 году.",  # into no organisation
    "Решение о преобразовании ЕврАзЭС в ЕАЭС может быть принято в 2014 году.",  # not taken
    "Министр назвал главной задачей ШОС борьбу с наркотрафиком.",  # a person's view: a priority
    "Россия видит своей главной задачей укрепление безопасности в регионе.",  # a state's goal
    "Форум ШОС, призванный обсудить вопросы торговли, пройдет в Москве.",  # a forum's, not the SCO's
    "Россия действует на основе национального законодательства.",  # no treaty, no organisation
    "Москва примет встречу министров обороны ОДКБ в июне.",  # ministers: no summit
    "В Москве в 2020 году появился новый центр ШОС.",  # a body appeared, not the organisation
    "Министры обороны ОДКБ встретятся в Минске в декабре.",  # ministers: no summit
    "Лидеры России и Китая встретятся в Пекине.",  # leaders of no organisation
    "Лидеры ОДКБ встретились в Москве.",  # undated and past: the article's own news
    "Совет министров иностранных дел СНГ соберется в Минске в апреле.",  # ministers: no summit
    "Заседание Совета глав правительств СНГ пройдет в Минске в мае.",  # heads of government: no summit
    "Главы правительств стран ЕАЭС встретятся в Алма-Ате в феврале.",
    "Новые проекты пополнили портфель ЕАБР в 2024 году.",  # no states, no ranks
    "Число проектов ШОС выросло до десяти.",  # not a number of members
    "Число членов ШОС достигнет десяти в 2026 году.",  # to come
    "Шесть членов ОДКБ подписали заявление.",  # members acting, no count of the organisation
    "Министр как председатель совета предложил обсудить повестку.",  # a person, another body
    "Казахстан в качестве председателя комиссии выступил с докладом.",  # another body
    "Украина как член СНГ участвовала в саммите.",  # a past member may have left since
    "Пять государств ЕАЭС, несколько стран СНГ и Иран подписали соглашение.",  # states acting, no count
]


ROUND_8 = [
    # a founding document whose signers and place the parse tore off the verb (a second root)
    ("ЕАЭС отмечает годовщину. Договор о создании союза подписали 29 мая 2014 года в Астане президенты "
     "Белоруссии, Казахстана и России.",
     [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29"),
      ("founded", "ЕАЭС", "", "2014-05-29"), ("founded_place", "ЕАЭС", "Астана", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Белоруссия", "2014-05-29"), ("founding_member", "ЕАЭС", "Казахстан", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Россия", "2014-05-29")]),
    ("Декларацию о создании ШОС подписали 15 июня 2001 года в Шанхае лидеры Казахстана, Китая, Киргизии, "
     "России, Таджикистана и Узбекистана.",
     [("treaty_signed", "ШОС", "Декларация о создании ШОС", "2001-06-15"), ("founded", "ШОС", "", "2001-06-15"),
      ("founded_place", "ШОС", "Шанхай", "2001-06-15")]
     + [("founding_member", "ШОС", name, "2001-06-15")
        for name in ("Казахстан", "Китай", "Киргизия", "Россия", "Таджикистан", "Узбекистан")]),
    # a founding document named by its title: its signers founded the organisation, on its day (its
    # place is left: annotators split on it)
    ("Договор о Евразийском экономическом союзе был подписан 29 мая 2014 года главами Белоруссии, Казахстана и России.",
     [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Белоруссия", "2014-05-29"), ("founding_member", "ЕАЭС", "Казахстан", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Россия", "2014-05-29")]),
    ("Союз работает на основе Договора о ЕАЭС, который лидеры Белоруссии, Казахстана и России подписали 29 мая 2014 года.",
     [("based_on", "ЕАЭС", "Договор о ЕАЭС", ""), ("treaty_signed", "ЕАЭС", "Договор о ЕАЭС", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Белоруссия", "2014-05-29"), ("founding_member", "ЕАЭС", "Казахстан", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Россия", "2014-05-29")]),
    # a host before ``примет``, the meeting taken for the subject
    ("Летом Минск примет саммит ОДКБ.", [("next_summit", "ОДКБ", "Минск", "2025")]),
    ("В декабре Москва примет неформальный саммит СНГ.", [("next_summit", "СНГ", "Москва", "2025-12")]),
    # the seat of two joined bodies, the organisation's genitive after the second
    ("Штаб-квартира и секретариат ОДКБ находятся в Москве.", [("headquarters", "ОДКБ", "Москва", "")]),
    ("Секретариат и Объединенный штаб ОДКБ размещаются в российской столице.",
     [("headquarters", "ОДКБ", "Москва", "")]),
    # a founding told as the status of an organisation granted, received or gained
    ("БРИКС растет. Форуму в 2006 году придали статус международной организации.",
     [("founded", "БРИКС", "", "2006"), ("kind", "БРИКС", "международная организация", "")]),
    ("ШОС растет. Объединение обрело статус международной организации в 2001 году.",
     [("founded", "ШОС", "", "2001"), ("kind", "ШОС", "международная организация", "")]),
    # the organisations a union was founded on
    ("ЕАЭС создан на основе Таможенного союза.", [("based_on", "ЕАЭС", "Таможенный союз", "")]),
    ("ЕАЭС растет. Организация образована на базе Таможенного союза и Единого экономического пространства.",
     [("based_on", "ЕАЭС", "Таможенный союз", ""), ("based_on", "ЕАЭС", "Единое экономическое пространство", "")]),
    # the purpose of a founding or of the work after ``в целях`` / ``с целью``
    ("ОДКБ растет. Организация создана с целью укрепления мира и международной безопасности.",
     [("purpose", "ОДКБ", "укрепление мира и международной безопасности", "")]),
    ("ОДКБ действует в целях защиты территориальной целостности государств-членов.",
     [("purpose", "ОДКБ", "защита территориальной целостности государств-членов", "")]),
    ("ШОС растет. Организация была создана в 2001 году для борьбы с терроризмом, сепаратизмом и экстремизмом.",
     [("purpose", "ШОС", "борьба с терроризмом, сепаратизмом и экстремизмом", ""), ("founded", "ШОС", "", "2001")]),
    # the state that handed the chair to another chaired too
    ("Эстафету председательства в ОДКБ Армения передала Белоруссии в ноябре 2022 года.",
     [("chair", "ОДКБ", "Белоруссия", ""), ("chair", "ОДКБ", "Армения", "")]),
    # participation stopped in the organisation's bodies or work is a freeze; work started is a founding
    ("СНГ растет. Украина прекратила участие в уставных органах Содружества в 2018 году.",
     [("froze_participation", "СНГ", "Украина", "2018")]),
    ("Молдавия прекратила участие в работе СНГ в 2023 году.", [("froze_participation", "СНГ", "Молдавия", "2023")]),
    ("ЕАЭС начал функционировать 1 января 2015 года.", [("founded", "ЕАЭС", "", "2015-01-01")]),
    # a year and a month written apart in one clause are one date
    ("Саммит ШОС в 2024 году прошел в Астане в июле.", [("summit", "ШОС", "Астана", "2024-07")]),
    ("В прошлом году в декабре саммит СНГ прошел в Москве.", [("summit", "СНГ", "Москва", "2024-12")]),
    # a join again or by restoring is a return
    ("Узбекистан восстановил членство в ОДКБ в 2006 году.", [("rejoined", "ОДКБ", "Узбекистан", "2006")]),
    ("Узбекистан вновь вступил в ОДКБ в 2006 году.", [("rejoined", "ОДКБ", "Узбекистан", "2006")]),
    # the host of a summit named by a noun beside a copula
    ("Принимающей стороной следующего саммита СНГ станет Туркмения.", [("next_summit", "СНГ", "Туркмения", "")]),
    ("Киргизия станет хозяйкой саммита ШОС в 2026 году.", [("next_summit", "ШОС", "Киргизия", "2026")]),
    ("Хозяйкой саммита ОДКБ в 2023 году была Белоруссия.", [("summit", "ОДКБ", "Белоруссия", "2023")]),
    # a summit in a ``когда`` clause after a date is held on that date
    ("Казахстан председательствует в ШОС с 4 июля 2024 года, когда на саммите в Астане ему передала эстафету Индия.",
     [("chair", "ШОС", "Казахстан", "2024-07-04"), ("summit", "ШОС", "Астана", "2024-07-04"), ("chair", "ШОС", "Индия", "")]),
]

ROUND_8_NOT_FACTS = [
    "Саммит ШОС примет декларацию.",  # a meeting adopting something: no host
    "Лаос получил статус партнера ШОС в 2025 году.",  # a partner's status: no organisation founded
    "Туркмения получила статус ассоциированного члена СНГ в 2005 году.",  # an associate: no founding
    "ЕАЭС растет. Объединение пока не получило статус международной организации.",  # negated
    "ЕАЭС растет. Союз действует на основе консенсуса.",  # a basis that names no organisation
    "ЕАЭС растет. Россия создала фонд в целях поддержки экспорта.",  # a state's fund, not the union's purpose
    "Белоруссия восстановила экономику в 2006 году.",  # restored something else
    "Армения прекратила участие в учениях ОДКБ.",  # stopped something else than its part in the organisation
    "Банк ЕАЭС начал функционировать 1 января 2016 года.",  # a body, not the organisation
    "ЕАЭС начнет функционировать в 2015 году.",  # to come
    "ШОС растет. Россия создала фонд для поддержки экспорта.",  # a fund's purpose, not the SCO's
    "Хозяйкой саммита была Россия.",  # a past host undated
    "Хозяйкой выставки станет Москва.",  # no meeting of leaders
    "ШОС растет. Китай выступил с инициативой, когда на саммите в Астане обсуждали расчеты.",  # no date before ``когда``
    "Лидеры ЕАЭС встретились. Союз расширился в 2015 году, когда был подписан договор с Вьетнамом.",
]


ROUND_9 = [
    # a gerund of taking the chair whose ``у`` the parse hung elsewhere: the state right after it
    ("Казахстан председательствует в ЕАЭС, приняв эстафету у Белоруссии на заседании Высшего совета.",
     [("chair", "ЕАЭС", "Казахстан", ""), ("chair", "ЕАЭС", "Белоруссия", "")]),
    ("Россия руководит ОДКБ с января, получив председательство от Киргизии по итогам сессии в Бишкеке.",
     [("chair", "ОДКБ", "Россия", "2025-01"), ("chair", "ОДКБ", "Киргизия", "")]),
    # ``председатель`` held by a state is the chair's word for the one it replaced
    ("Туркмения стала председателем СНГ, сменив в этой роли Таджикистан.",
     [("chair", "СНГ", "Туркмения", ""), ("chair", "СНГ", "Таджикистан", "")]),
    ("Бразилия стала председателем БРИКС в 2025 году, сменив Россию.",
     [("chair", "БРИКС", "Бразилия", "2025"), ("chair", "БРИКС", "Россия", "")]),
    # a handover whose receiver the parse hung on the organisation's name: giver and receiver
    ("Таджикистан передал председательство в СНГ Туркмении.",
     [("chair", "СНГ", "Туркмения", ""), ("chair", "СНГ", "Таджикистан", "")]),
    ("Китай передал председательство в ШОС Киргизии на саммите в Тяньцзине.",
     [("chair", "ШОС", "Киргизия", ""), ("chair", "ШОС", "Китай", "")]),
    # the giver among several subjects the parse gave the verb, or a gerund's (the main clause's)
    ("Председательство в СНГ Таджикистан передал Туркмении на встрече в Москве.",
     [("chair", "СНГ", "Туркмения", ""), ("chair", "СНГ", "Таджикистан", "")]),
    ("Передав председательство Индии, Бразилия завершила свой год во главе БРИКС.",
     [("chair", "БРИКС", "Индия", ""), ("chair", "БРИКС", "Бразилия", "")]),
    # a chair verb's gapped clause after ``, а``: the state with its own date
    ("В 2024 году в ОДКБ председательствовал Казахстан, а в 2025 году – Киргизия.",
     [("chair", "ОДКБ", "Казахстан", "2024"), ("chair", "ОДКБ", "Киргизия", "2025")]),
    # (not a negated one, nor one with a verb of its own)
    ("В 2025 году в ЕАЭС председательствовала Белоруссия, а Казахстан в 2026 году – нет.",
     [("chair", "ЕАЭС", "Белоруссия", "2025")]),
    ("В 2025 году в ЕАЭС председательствовала Белоруссия, а в 2026 году Казахстан провел выставку.",
     [("chair", "ЕАЭС", "Белоруссия", "2025")]),
    # the seat of joined bodies, the organisation's genitive after the last
    ("Исполком и Экономический суд СНГ работают в Минске.", [("headquarters", "СНГ", "Минск", "")]),
    ("Секретариат и штаб ОДКБ расположены в Москве.", [("headquarters", "ОДКБ", "Москва", "")]),
    # the organisation's standing or working body, named in apposition or not
    ("Рабочий орган ШОС – секретариат – находится в Пекине.", [("headquarters", "ШОС", "Пекин", "")]),
    ("Постоянно действующий орган ОДКБ находится в Москве.", [("headquarters", "ОДКБ", "Москва", "")]),
    # a founding document signed in a ``когда`` clause (natasha's ``mark``) after the founding's date
    ("ШОС появилась 15 июня 2001 года, когда лидеры шести государств подписали в Шанхае Декларацию о создании ШОС.",
     [("founded", "ШОС", "", "2001-06-15"), ("treaty_signed", "ШОС", "Декларация о создании ШОС", "2001-06-15"),
      ("founded_place", "ШОС", "Шанхай", "2001-06-15"), ("founding_member_count", "ШОС", "6", "2001-06-15")]),
    ("Содружество возникло 8 декабря 1991 года, когда главы Белоруссии, России и Украины подписали в Вискулях "
     "Соглашение о создании Содружества Независимых Государств.",
     [("founded", "СНГ", "", "1991-12-08"),
      ("treaty_signed", "СНГ", "Соглашение о создании Содружества Независимых Государств", "1991-12-08"),
      ("founded_place", "СНГ", "Вискули", "1991-12-08"), ("founding_member", "СНГ", "Белоруссия", "1991-12-08"),
      ("founding_member", "СНГ", "Россия", "1991-12-08"), ("founding_member", "СНГ", "Украина", "1991-12-08")]),
    # a summit's place the parse hung on an earlier clause's verb: the place right after the verb
    ("ШОС была учреждена в 2001 году, первый саммит глав шести государств прошел в Шанхае в 2002 году.",
     [("founded", "ШОС", "", "2001"), ("summit", "ШОС", "Шанхай", "2002")]),
    ("БРИК был образован в 2006 году, первая встреча лидеров четырех стран состоялась в Екатеринбурге в 2009 году.",
     [("founded", "БРИКС", "", "2006"), ("summit", "БРИКС", "Екатеринбург", "2009")]),
    # agreements left after a noun of quantity, or within the organisation: a freeze, not an exit
    ("Молдавия вышла из ряда соглашений СНГ.", [("froze_participation", "СНГ", "Молдавия", "")]),
    ("СНГ провело саммит. Кишинев выходит из соглашений в рамках объединения.",
     [("froze_participation", "СНГ", "Молдавия", "")]),
    # a verbless count whose parse goes round in a circle, of members or participants
    ("В СНГ сейчас девять полноправных членов.", [("member_count", "СНГ", "9", "")]),
    ("В ШОС сейчас десять полноправных участников.", [("member_count", "ШОС", "10", "")]),
    # a venue chosen for a meeting: one to come
    ("Местом проведения следующего саммита ОДКБ выбрана Москва.", [("next_summit", "ОДКБ", "Москва", "")]),
    ("Местом проведения саммита СНГ определен Ашхабад.", [("next_summit", "СНГ", "Ашхабад", "")]),
    # an organisation counting its history from a date, or from a document signed on one
    ("ОДКБ ведет свою историю с 15 мая 1992 года.", [("founded", "ОДКБ", "", "1992-05-15")]),
    ("История ШОС начинается с 2001 года.", [("founded", "ШОС", "", "2001")]),
    ("ОДКБ провела учения. 7 октября 2002 года в Кишиневе подписали устав, с которого отсчитывает свою "
     "историю нынешняя организация.",
     [("treaty_signed", "ОДКБ", "Устав ОДКБ", "2002-10-07"), ("founded", "ОДКБ", "", "2002-10-07")]),
    # a founding document entering into force founds the organisation that day
    ("Договор о ЕАЭС вступил в силу 1 января 2015 года.", [("founded", "ЕАЭС", "", "2015-01-01")]),
    ("Соглашение о создании СНГ подписали 8 декабря 1991 года. Соглашение о создании СНГ вступило в силу "
     "10 декабря 1991 года.",
     [("treaty_signed", "СНГ", "Соглашение о создании СНГ", "1991-12-08"), ("founded", "СНГ", "", "1991-12-10")]),
]

ROUND_9_NOT_FACTS = [
    # a person's post, not a state's chair
    "Путин стал председателем совета, сменив на этом посту Медведева.",
    # an invitation taken from a state is no chair
    "Индия приняла участие в саммите ШОС, приняв приглашение у Китая.",
    # the same gap after another verb than a chair's is no chair
    "В 2025 году Белоруссия провела форум ЕАЭС, а в 2026 году – Казахстан.",
    # documents handed over, not the chair (a gerund's too)
    "ШОС провела саммит. Передав документы Индии, Бразилия завершила год.",
    "Армения передала документы в ОДКБ Белоруссии.",
    # a body that is not the organisation's standing one, or no organisation's
    "Постоянно действующий орган по борьбе с наркотиками находится в Москве.",
    "Посольство и торгпредство России находятся в Минске.",
    # a treaty in force that founds nothing; a signing in a ``когда`` clause of another treaty
    "Полноформатное соглашение о свободной торговле между ЕАЭС и Ираном вступило в силу 15 мая 2025 года.",
    "Договор о ЕАЭС не вступил в силу в 2014 году.",
    # participants of something else than the organisation; a venue of something else
    "В учениях ОДКБ сейчас 500 полноправных участников.",
    "Местом проведения выставки выбран Бишкек.",
    # leaving the agreements only begun; a partner's or an observer's status (no predicate)
    "В 2023 году Молдавия начала выходить из соглашений в рамках Содружества.",
    "Лаос получил статус партнера ШОС в 2025 году.",
    "Узбекистан является наблюдателем в ЕАЭС с 2020 года.",
    # a state's history, or a history of something else than the organisation
    "Россия ведет свою историю с 862 года.",
    "История сотрудничества ОДКБ и ООН начинается с 2010 года.",
    # a meeting of heads of government is no summit, wherever its place hangs
    "ШОС создана, первое заседание глав правительств прошло в Алма-Ате.",
    "Встреча прошла 5 мая 2020 года, когда министры подписали в Москве соглашение о торговле.",
]


ROUND_10 = [
    # founders by a compound noun with a copula, the states its subject (natasha lemmatises a
    # capitalised compound unevenly)
    ("ОДКБ провела учения. Ее государствами-основателями являются Армения, Казахстан и Россия.",
     [("founding_member", "ОДКБ", "Армения", ""), ("founding_member", "ОДКБ", "Казахстан", ""),
      ("founding_member", "ОДКБ", "Россия", "")]),
    ("Странами-основателями БРИКС стали Бразилия, Россия, Индия и Китай.",
     [("founding_member", "БРИКС", "Бразилия", ""), ("founding_member", "БРИКС", "Россия", ""),
      ("founding_member", "БРИКС", "Индия", ""), ("founding_member", "БРИКС", "Китай", "")]),
    ("ОДКБ провела учения. Государствами-учредителями организации являются Армения, Казахстан и Россия.",
     [("founding_member", "ОДКБ", "Армения", ""), ("founding_member", "ОДКБ", "Казахстан", ""),
      ("founding_member", "ОДКБ", "Россия", "")]),
    # founders as a counted instrumental, listed after a dash or a colon, or only counted
    ("ОДКБ образована в 2002 году шестью государствами – Арменией, Белоруссией, Казахстаном, Киргизией, "
     "Россией и Таджикистаном.",
     [("founded", "ОДКБ", "", "2002"), ("founding_member_count", "ОДКБ", "6", "2002"),
      ("founding_member", "ОДКБ", "Армения", "2002"), ("founding_member", "ОДКБ", "Белоруссия", "2002"),
      ("founding_member", "ОДКБ", "Казахстан", "2002"), ("founding_member", "ОДКБ", "Киргизия", "2002"),
      ("founding_member", "ОДКБ", "Россия", "2002"), ("founding_member", "ОДКБ", "Таджикистан", "2002")]),
    ("ЕАЭС создан в 2014 году тремя государствами: Белоруссией, Казахстаном и Россией.",
     [("founded", "ЕАЭС", "", "2014"), ("founding_member_count", "ЕАЭС", "3", "2014"),
      ("founding_member", "ЕАЭС", "Белоруссия", "2014"), ("founding_member", "ЕАЭС", "Казахстан", "2014"),
      ("founding_member", "ЕАЭС", "Россия", "2014")]),
    ("ШОС основана в 2001 году шестью государствами.",
     [("founded", "ШОС", "", "2001"), ("founding_member_count", "ШОС", "6", "2001")]),
    # the organisation fronted before an active founding verb, whatever the parse made of it
    ("ЕАЭС провел саммит. Союз в 2014 году создали Белоруссия, Казахстан и Россия.",
     [("founded", "ЕАЭС", "", "2014"), ("founding_member", "ЕАЭС", "Белоруссия", "2014"),
      ("founding_member", "ЕАЭС", "Казахстан", "2014"), ("founding_member", "ЕАЭС", "Россия", "2014")]),
    ("БРИКС провел саммит. Объединение в 2006 году создали четыре государства – Бразилия, Россия, Индия и Китай.",
     [("founded", "БРИКС", "", "2006"), ("founding_member_count", "БРИКС", "4", "2006"),
      ("founding_member", "БРИКС", "Бразилия", "2006"), ("founding_member", "БРИКС", "Россия", "2006"),
      ("founding_member", "БРИКС", "Индия", "2006"), ("founding_member", "БРИКС", "Китай", "2006")]),
    # a titled founding document: its signing place is the founding's (the README's convention), its
    # signers hung on its name are not part of the title
    ("Договор о Евразийском экономическом союзе главы Белоруссии, Казахстана и России подписали в Астане в мае 2014 года.",
     [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05"),
      ("founded_place", "ЕАЭС", "Астана", "2014-05"), ("founding_member", "ЕАЭС", "Белоруссия", "2014-05"),
      ("founding_member", "ЕАЭС", "Казахстан", "2014-05"), ("founding_member", "ЕАЭС", "Россия", "2014-05")]),
    ("Договор о ЕАЭС был подписан в Астане 29 мая 2014 года президентами Белоруссии, Казахстана и России.",
     [("treaty_signed", "ЕАЭС", "Договор о ЕАЭС", "2014-05-29"), ("founded_place", "ЕАЭС", "Астана", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Белоруссия", "2014-05-29"), ("founding_member", "ЕАЭС", "Казахстан", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Россия", "2014-05-29")]),
    ("ОДКБ провела учения. Договор о коллективной безопасности главы шести государств подписали 15 мая 1992 года в Ташкенте.",
     [("treaty_signed", "ОДКБ", "Договор о коллективной безопасности", "1992-05-15")]),
    # the signing place right after the verb the parse hung on a later verb; not one after ``, а``
    ("Соглашение о создании СНГ лидеры Белоруссии, России и Украины подписали 8 декабря 1991 года в Вискулях, "
     "а 21 декабря в Алма-Ате к ним присоединились еще восемь республик.",
     [("treaty_signed", "СНГ", "Соглашение о создании СНГ", "1991-12-08"), ("founded", "СНГ", "", "1991-12-08"),
      ("founded_place", "СНГ", "Вискули", "1991-12-08"), ("founding_member", "СНГ", "Белоруссия", "1991-12-08"),
      ("founding_member", "СНГ", "Россия", "1991-12-08"), ("founding_member", "СНГ", "Украина", "1991-12-08")]),
    # ``эту функцию`` / ``эту роль`` standing for a chair named before it: the state it came from
    ("Председателем ШОС сейчас является Киргизия, принявшая эту роль у Китая.",
     [("chair", "ШОС", "Киргизия", ""), ("chair", "ШОС", "Китай", "")]),
    ("Председателем ОДКБ в 2025 году была Киргизия, принявшая эту функцию у Казахстана.",
     [("chair", "ОДКБ", "Киргизия", "2025"), ("chair", "ОДКБ", "Казахстан", "")]),
    # a chairmanship dated by the year its ``в год`` stands beside, or by the date of its ``когда``
    ("Премия учреждена в 2023 году, в год председательства Индии в ШОС, по предложению индийской стороны.",
     [("chair", "ШОС", "Индия", "2023")]),
    ("Форум прошел в мае 2025 года, в год председательства Бразилии в БРИКС.", [("chair", "БРИКС", "Бразилия", "2025")]),
    ("В 2024 году, когда в БРИКС председательствовала Россия, объединение расширилось.",
     [("chair", "БРИКС", "Россия", "2024")]),
    # a meeting fronted, its host right before ``примет``
    ("Следующее заседание Высшего совета ЕАЭС Казахстан примет у себя в мае.",
     [("next_summit", "ЕАЭС", "Казахстан", "2026-05")]),
    ("Следующий саммит СНГ Туркмения примет у себя в октябре.", [("next_summit", "СНГ", "Туркмения", "2026-10")]),
    # a meeting opening its clause after a comma: not the clause before's date nor verb
    ("Саммит ОДКБ прошел в Минске 28 ноября 2024 года, следующая встреча лидеров государств ОДКБ состоится в "
     "июле в Москве.",
     [("summit", "ОДКБ", "Минск", "2024-11-28"), ("next_summit", "ОДКБ", "Москва", "2026-07")]),
    ("Саммит ОДКБ в 2025 году прошел в Бишкеке, следующий саммит организации пройдет в ноябре 2026 года в Москве.",
     [("summit", "ОДКБ", "Бишкек", "2025"), ("next_summit", "ОДКБ", "Москва", "2026-11")]),
    # a state after a comma with a verb of its own is not among an exit's subjects (round 12: and
    # that verb's negated participation is the state's freeze, with its own date)
    ("В 2012 году из ОДКБ вышел Узбекистан, Армения с 2024 года не участвует в работе организации.",
     [("left", "ОДКБ", "Узбекистан", "2012"), ("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("СНГ провело саммит. Из Содружества в 2009 году вышла Грузия, Украина с 2018 года не участвует в его "
     "уставных органах.", [("left", "СНГ", "Грузия", "2009"), ("froze_participation", "СНГ", "Украина", "2018")]),
    # the organisation's own seat by a possessive pronoun (a body's is none: ``ROUND_10_NOT_FACTS``)
    ("ШОС провела саммит. Организация создана в 2001 году, ее штаб-квартира находится в Пекине.",
     [("founded", "ШОС", "", "2001"), ("headquarters", "ШОС", "Пекин", "")]),
    # a goal among the organisation's goals without a verb, after a dash; with a verb as before
    ("ОДКБ провела учения. В числе главных задач организации – защита территориальной целостности государств-членов.",
     [("purpose", "ОДКБ", "защита территориальной целостности государств-членов", "")]),
    ("Среди главных целей ШОС — укрепление взаимного доверия и добрососедства.",
     [("purpose", "ШОС", "укрепление взаимного доверия и добрососедства", "")]),
    ("ЕАЭС провел заседание. Среди основных целей союза договор называет модернизацию экономик.",
     [("purpose", "ЕАЭС", "модернизация экономик", "")]),
    # a history counted from a treaty: the organisation rests on it
    ("ОДКБ ведет свою историю с Договора о коллективной безопасности 1992 года.",
     [("based_on", "ОДКБ", "Договор о коллективной безопасности", "")]),
    ("ОДКБ ведет историю от Договора о коллективной безопасности, заключенного в Ташкенте.",
     [("based_on", "ОДКБ", "Договор о коллективной безопасности", "")]),
    # neighbours: a founding participle with a counted instrumental the parse hung elsewhere; a
    # passive participle's agent signing a titled founding document; the first members; a count as
    # the subject of a verb of membership with an adverb and a list; a post in a participle's
    # words; ``К числу целей ... относится``; ``эту функцию передал`` to a state named as the chair
    ("Шанхайская организация сотрудничества, основанная в 2001 году шестью государствами – Казахстаном, "
     "Китаем, Киргизией, Россией, Таджикистаном и Узбекистаном, расширилась.",
     [("founded", "ШОС", "", "2001"), ("founding_member_count", "ШОС", "6", "2001"),
      ("founding_member", "ШОС", "Казахстан", "2001"), ("founding_member", "ШОС", "Китай", "2001"),
      ("founding_member", "ШОС", "Киргизия", "2001"), ("founding_member", "ШОС", "Россия", "2001"),
      ("founding_member", "ШОС", "Таджикистан", "2001"), ("founding_member", "ШОС", "Узбекистан", "2001")]),
    ("Договор о ЕАЭС, подписанный в Астане 29 мая 2014 года президентами Белоруссии, Казахстана и России, "
     "вступил в силу в 2015 году.",
     [("treaty_signed", "ЕАЭС", "Договор о ЕАЭС", "2014-05-29"), ("founded_place", "ЕАЭС", "Астана", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Белоруссия", "2014-05-29"), ("founding_member", "ЕАЭС", "Казахстан", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Россия", "2014-05-29"), ("founded", "ЕАЭС", "", "2015")]),
    ("Первыми членами ОДКБ были Армения, Казахстан и Россия.",
     [("founding_member", "ОДКБ", "Армения", ""), ("founding_member", "ОДКБ", "Казахстан", ""),
      ("founding_member", "ОДКБ", "Россия", "")]),
    ("В ЕАЭС сейчас входят пять стран: Армения, Белоруссия, Казахстан, Киргизия и Россия.",
     [("member_count", "ЕАЭС", "5", ""), ("member", "ЕАЭС", "Армения", ""), ("member", "ЕАЭС", "Белоруссия", ""),
      ("member", "ЕАЭС", "Казахстан", ""), ("member", "ЕАЭС", "Киргизия", ""), ("member", "ЕАЭС", "Россия", "")]),
    ("Сегодня в ОДКБ входят шесть государств.", [("member_count", "ОДКБ", "6", "")]),
    # (round 12: the state that replaced the chair in the post chairs now, undated)
    ("Россия, сменившая Киргизию на посту председателя ОДКБ, проведет сессию в Москве.",
     [("chair", "ОДКБ", "Киргизия", ""), ("chair", "ОДКБ", "Россия", "")]),
    ("ЕАЭС провел заседание. К числу основных целей союза относится создание общего рынка.",
     [("purpose", "ЕАЭС", "создание общего рынка", "")]),
    ("Председателем СНГ в 2026 году является Туркмения, которой эту функцию передал Таджикистан.",
     [("chair", "СНГ", "Туркмения", "2026"), ("chair", "СНГ", "Таджикистан", "")]),
    # the organisation's creation formalised by leaders: founders and the place, dated only by the
    # verb's own words (the third set's leftover of round 9)
    ("СНГ провело саммит. Содружество возникло в декабре 1991 года: его создание оформили в Вискулях главы "
     "Белоруссии, России и Украины.",
     [("founded", "СНГ", "", "1991-12"), ("founded_place", "СНГ", "Вискули", ""),
      ("founding_member", "СНГ", "Белоруссия", ""), ("founding_member", "СНГ", "Россия", ""),
      ("founding_member", "СНГ", "Украина", "")]),
    ("Создание ЕАЭС закрепили в Астане лидеры Белоруссии, Казахстана и России.",
     [("founded_place", "ЕАЭС", "Астана", ""), ("founding_member", "ЕАЭС", "Белоруссия", ""),
      ("founding_member", "ЕАЭС", "Казахстан", ""), ("founding_member", "ЕАЭС", "Россия", "")]),
    # a chairing country named by a copula (the parse may go round in a circle); one to come
    ("С 1 января 2026 года председательствующей страной в СНГ стал Туркменистан.",
     [("chair", "СНГ", "Туркмения", "2026-01-01")]),
    ("Председательствующей стороной в ЕАЭС в 2026 году является Казахстан.", [("chair", "ЕАЭС", "Казахстан", "2026")]),
    ("В 2027 году председательствующей страной в ОДКБ станет Таджикистан.", [("next_chair", "ОДКБ", "Таджикистан", "")]),
    # leaders gathering for a meeting whose place the parse hung on the meeting
    ("Совет глав государств СНГ соберется на заседание в Ашхабаде в октябре.",
     [("next_summit", "СНГ", "Ашхабад", "2026-10")]),
    # a date in brackets after each listed state
    ("Армения (с 2 января 2015 года) и Киргизия (с 12 августа 2015 года) присоединились к ЕАЭС.",
     [("joined", "ЕАЭС", "Армения", "2015-01-02"), ("joined", "ЕАЭС", "Киргизия", "2015-08-12")]),
    ("В 2015 году к ЕАЭС присоединились Армения (2 января) и Киргизия (12 августа).",
     [("joined", "ЕАЭС", "Армения", "2015-01-02"), ("joined", "ЕАЭС", "Киргизия", "2015-08-12")]),
]

ROUND_10_NOT_FACTS = [
    # founders of something else, by an instrumental, a fronted object or a noun
    "Фонд основан в 2001 году шестью государствами – Казахстаном и Китаем.",
    "Фонд в 2014 году создали Белоруссия, Казахстан и Россия.",
    "ШОС провела саммит. Учредителями нового фонда стали Россия и Китай.",
    # ``эту функцию`` with no chair named before it, a function of something else
    "Индия приняла эту функцию у Бразилии.",
    "Россия приняла функцию координатора у Бразилии в рамках БРИКС.",
    # a meeting a host will not hold
    "Саммит ОДКБ Россия не примет у себя.",
    # a body founded, a body's seat by a pronoun (the body named, or a name the gazetteer lacks)
    "Парламентская ассамблея ОДКБ, образованная в 2006 году, заседает в Санкт-Петербурге.",
    "СНГ провело саммит. Экономический суд Содружества, учрежденный в 1992 году, работает в Минске.",
    "Антинаркотический центр создан по решению Совета глав государств СНГ, его штаб-квартира находится в Бишкеке.",
    "Банк развития создан по решению лидеров БРИКС в 2014 году, его штаб-квартира находится в Шанхае.",
    # goals of a state or of a visit, not the organisation's
    "Среди целей России – укрепление ОДКБ.",
    "В числе целей визита – укрепление ЕАЭС.",
    # a state's history
    "Россия ведет историю от Договора о дружбе.",
    # a count of something else, or denied; a post of something else; the goals of a state
    "В ОДКБ не входят шесть государств.",
    "В учения ОДКБ сейчас входят пять этапов.",
    "Китай, сменивший Россию на посту председателя правления банка, провел форум.",
    "ЕАЭС провел заседание. К числу целей России относится укрепление союза.",
    # the creation of something else formalised
    "Создание фонда оформили в Минске лидеры Белоруссии и России.",
    # a chairing country denied, or named without a state
    "Председательствующей страной в ШОС Киргизия не является.",
    "Председательствующая страна СНГ провела форум.",
]


# (round 12, issue #15) the leftovers of round 11 and their neighbours: an exit begun, announced or
# under way is ``withdrawing`` (the reference's ``withdrew`` rows, "exit not yet in effect"), one
# completed or in force is ``left``; a freeze said as a participation negated, refused or stopped;
# a chair succeeded in a post (the new chair and the one replaced), ``на смену``, ``после X``
ROUND_12 = [
    # exits begun: a verb of beginning, a process noun, an announcement or a notification
    ("СНГ провело саммит. В марте 2026 года Молдавия начала выход из Содружества.",
     [("withdrawing", "СНГ", "Молдавия", "2026-03")]),
    ("СНГ провело саммит. Кишинев приступил к процедуре выхода из СНГ в феврале 2026 года.",
     [("withdrawing", "СНГ", "Молдавия", "2026-02")]),
    ("СНГ провело саммит. Молдавия начала выходить из СНГ.", [("withdrawing", "СНГ", "Молдавия", "")]),
    ("СНГ провело саммит. Молдавия, начавшая процедуру выхода из СНГ, не направила делегацию на саммит.",
     [("withdrawing", "СНГ", "Молдавия", "")]),
    ("СНГ провело саммит. Молдавия, которая запустила процесс выхода из организации, сохраняет членство.",
     [("withdrawing", "СНГ", "Молдавия", "")]),
    ("СНГ провело саммит. Грузия уведомила исполком о выходе из СНГ в августе 2008 года.",
     [("withdrawing", "СНГ", "Грузия", "2008-08")]),
    ("ОДКБ провела учения. Узбекистан направил ноту о выходе из ОДКБ.", [("withdrawing", "ОДКБ", "Узбекистан", "")]),
    ("СНГ провело саммит. Молдавия объявила о выходе из СНГ.", [("withdrawing", "СНГ", "Молдавия", "")]),
    ("Молдавия выходит из СНГ.", [("withdrawing", "СНГ", "Молдавия", "")]),
    # a state's organ acting for it; the founding documents denounced
    ("СНГ провело саммит. Правительство Молдавии одобрило выход из СНГ.", [("withdrawing", "СНГ", "Молдавия", "")]),
    ("СНГ провело саммит. Молдавские власти продолжают процедуру выхода из СНГ.",
     [("withdrawing", "СНГ", "Молдавия", "")]),
    ("СНГ провело саммит. Парламент Молдавии денонсировал Устав СНГ в марте 2026 года.",
     [("withdrawing", "СНГ", "Молдавия", "2026-03")]),
    ("СНГ провело саммит. Парламент Молдавии денонсировал соглашение о создании СНГ в феврале 2026 года.",
     [("withdrawing", "СНГ", "Молдавия", "2026-02")]),
    # an exit done beside one begun, each its own; a procedure completed or in force is an exit
    ("СНГ провело саммит. Грузия вышла из СНГ в 2009 году, а Молдавия в 2026 году начала процедуру выхода.",
     [("left", "СНГ", "Грузия", "2009"), ("withdrawing", "СНГ", "Молдавия", "2026")]),
    ("СНГ провело саммит. Кишинев завершил процедуру выхода из СНГ в 2026 году.", [("left", "СНГ", "Молдавия", "2026")]),
    ("СНГ провело саммит. Процедура выхода Грузии из СНГ завершилась в августе 2009 года.",
     [("left", "СНГ", "Грузия", "2009-08")]),
    ("СНГ провело саммит. Молдавия находится в процессе выхода из СНГ.", [("withdrawing", "СНГ", "Молдавия", "")]),
    # an exit in force or taking place is done
    ("СНГ провело саммит. Выход Грузии из СНГ состоялся в 2009 году.", [("left", "СНГ", "Грузия", "2009")]),
    ("СНГ провело саммит. Выход Грузии из СНГ вступил в силу в августе 2009 года.",
     [("left", "СНГ", "Грузия", "2009-08")]),
    # an announced suspension is a suspension (the notification suspends it), as before
    ("ОДКБ провела учения. Узбекистан в 2012 году направил ноту о приостановлении членства в ОДКБ.",
     [("suspended", "ОДКБ", "Узбекистан", "2012")]),
    ("ОДКБ провела учения. Армения объявила о приостановке своего членства в ОДКБ.",
     [("suspended", "ОДКБ", "Армения", "")]),
    # a participation suspended is a freeze, a membership suspended the suspension
    ("ОДКБ провела учения. Армения приостановила участие в работе ОДКБ в 2024 году.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("ОДКБ провела учения. Узбекистан приостановил членство в ОДКБ в 2012 году.",
     [("suspended", "ОДКБ", "Узбекистан", "2012")]),
    # freezes said as a participation negated (ongoing), refused or stopped
    ("ОДКБ провела учения. Армения с 2024 года не направляет своих представителей на заседания ОДКБ.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("ОДКБ провела учения. Армения не участвует в работе ОДКБ с 2024 года.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("ОДКБ провела учения. Армения отказалась участвовать в работе ОДКБ.",
     [("froze_participation", "ОДКБ", "Армения", "")]),
    ("ОДКБ провела учения. С февраля 2024 года Армения перестала участвовать в заседаниях органов организации.",
     [("froze_participation", "ОДКБ", "Армения", "2024-02")]),
    ("ОДКБ провела учения. Армения не принимает участия в работе организации.",
     [("froze_participation", "ОДКБ", "Армения", "")]),
    ("СНГ провело саммит. Кишинев последние годы не направляет делегации на встречи лидеров.",
     [("froze_participation", "СНГ", "Молдавия", "")]),
    ("ОДКБ провела учения. Ереван не участвует в мероприятиях ОДКБ.", [("froze_participation", "ОДКБ", "Армения", "")]),
    ("ЕАЭС провел заседание. Казахстан, пришедший на смену Белоруссии на посту председателя, провел саммит.",
     [("chair", "ЕАЭС", "Белоруссия", ""), ("chair", "ЕАЭС", "Казахстан", "")]),
    ("ОДКБ провела учения. Правительство Армении не участвует в работе ОДКБ.",
     [("froze_participation", "ОДКБ", "Армения", "")]),
    ("ОДКБ провела учения. Армения и Киргизия не участвуют в заседаниях организации.",
     [("froze_participation", "ОДКБ", "Армения", ""), ("froze_participation", "ОДКБ", "Киргизия", "")]),
    ("ОДКБ провела учения. Армения, которая не участвует в работе организации с 2024 года, провела выборы.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    # a change reported by a verb of saying, with no date of its own, is dated by the announcement;
    # ``республика`` / ``страна`` stand for the one state named before them
    ("ОДКБ провела учения. В феврале 2024 года премьер-министр Армении Никол Пашинян сообщил, что республика "
     "заморозила свое участие в ОДКБ.", [("froze_participation", "ОДКБ", "Армения", "2024-02")]),
    ("СНГ провело саммит. Президент Молдавии Майя Санду в марте 2026 года объявила, что страна начала процедуру "
     "выхода из СНГ.", [("withdrawing", "СНГ", "Молдавия", "2026-03")]),
    # meetings not attended or ignored, ongoing
    ("ОДКБ провела учения. Армения не посещает заседания ОДКБ с 2024 года.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("ОДКБ провела учения. Армения игнорирует саммиты ОДКБ.", [("froze_participation", "ОДКБ", "Армения", "")]),
    # still a member while leaving or frozen: a member
    ("СНГ провело саммит. Молдавия формально остается членом СНГ.", [("member", "СНГ", "Молдавия", "")]),
    ("С момента создания ОДКБ Россия остается ее членом.", [("member", "ОДКБ", "Россия", "")]),
    ("СНГ провело саммит. Молдавия, начавшая процедуру выхода, пока остается членом Содружества.",
     [("withdrawing", "СНГ", "Молдавия", ""), ("member", "СНГ", "Молдавия", "")]),
    # a negated participation sharing its subject with the change it follows restates it: no row
    ("ОДКБ провела учения. Узбекистан вернулся в ОДКБ в 2006 году, однако в 2012 году приостановил членство и с "
     "тех пор в работе организации не участвует.",
     [("rejoined", "ОДКБ", "Узбекистан", "2006"), ("suspended", "ОДКБ", "Узбекистан", "2012")]),
    ("ОДКБ провела учения. Армения заморозила участие в ОДКБ в 2024 году и с тех пор не направляет представителей "
     "на заседания организации.", [("froze_participation", "ОДКБ", "Армения", "2024")]),
    # chairs succeeded: the new chair (dated by its clause) and the one replaced (undated)
    ("ЕАЭС провел заседание. Казахстан, сменивший Белоруссию на посту председателя ЕАЭС, провел заседание.",
     [("chair", "ЕАЭС", "Белоруссия", ""), ("chair", "ЕАЭС", "Казахстан", "")]),
    ("ЕАЭС провел заседание. С 1 января 2026 года Казахстан сменил Белоруссию на посту председателя ЕАЭС.",
     [("chair", "ЕАЭС", "Белоруссия", ""), ("chair", "ЕАЭС", "Казахстан", "2026-01-01")]),
    ("ЕАЭС провел заседание. Казахстан, который сменил Белоруссию на посту председателя, провел заседание в Астане.",
     [("chair", "ЕАЭС", "Белоруссия", ""), ("chair", "ЕАЭС", "Казахстан", "")]),
    ("ЕАЭС провел заседание. Казахстан, сменивший Белоруссию в роли председательствующей страны, провел саммит.",
     [("chair", "ЕАЭС", "Белоруссия", ""), ("chair", "ЕАЭС", "Казахстан", "")]),
    ("ЕАЭС провел заседание. В 2027 году Киргизия сменит Казахстан на посту председателя союза.",
     [("chair", "ЕАЭС", "Казахстан", ""), ("next_chair", "ЕАЭС", "Киргизия", "")]),
    ("ЕАЭС провел заседание. Казахстан принял эстафету у Белоруссии.",
     [("chair", "ЕАЭС", "Казахстан", ""), ("chair", "ЕАЭС", "Белоруссия", "")]),
    ("ЕАЭС провел заседание. На смену Белоруссии в качестве председателя ЕАЭС пришел Казахстан.",
     [("chair", "ЕАЭС", "Белоруссия", ""), ("chair", "ЕАЭС", "Казахстан", "")]),
    ("ОДКБ провела учения. На смену Киргизии на посту председателя в 2026 году придет Россия.",
     [("chair", "ОДКБ", "Киргизия", ""), ("next_chair", "ОДКБ", "Россия", "")]),
    ("ЕАЭС провел заседание. После Белоруссии председательство в ЕАЭС перешло к Казахстану.",
     [("chair", "ЕАЭС", "Белоруссия", ""), ("chair", "ЕАЭС", "Казахстан", "")]),
    # a successor named by a noun: the successor chairs (one to come with a future copula), the
    # state succeeded chaired before; ``на этом посту`` needs a chair named in the sentence before
    ("ЕАЭС провел заседание. Преемником Белоруссии на посту председателя ЕАЭС стал Казахстан.",
     [("chair", "ЕАЭС", "Казахстан", ""), ("chair", "ЕАЭС", "Белоруссия", "")]),
    ("ЕАЭС провел заседание. Казахстан председательствует в ЕАЭС в 2026 году. Преемником Казахстана на этом посту "
     "станет Киргизия.",
     [("chair", "ЕАЭС", "Казахстан", "2026"), ("next_chair", "ЕАЭС", "Киргизия", ""), ("chair", "ЕАЭС", "Казахстан", "")]),
    ("ЕАЭС провел заседание. Казахстан унаследовал председательство от Белоруссии.",
     [("chair", "ЕАЭС", "Казахстан", ""), ("chair", "ЕАЭС", "Белоруссия", "")]),
    # a verb of chairing above says who chairs itself: the succession adds the one replaced
    ("БРИКС провел саммит. Индия председательствует в БРИКС с 1 января 2026 года, сменив Бразилию.",
     [("chair", "БРИКС", "Индия", "2026-01-01"), ("chair", "БРИКС", "Бразилия", "")]),
]

ROUND_12_NOT_FACTS = [
    # exits threatened, considered, demanded, planned, asked, denied or not begun
    "СНГ провело саммит. Молдавия пригрозила выйти из СНГ.",
    "ОДКБ провела учения. Ереван пригрозил выходом из организации.",
    "ОДКБ провела учения. Армения не исключает выхода из ОДКБ.",
    "ОДКБ провела учения. Армянская оппозиция призывает к выходу из ОДКБ.",
    "СНГ провело саммит. Молдавия рассматривает выход из СНГ.",
    "ОДКБ провела учения. Армения рассматривает возможность выхода из ОДКБ.",
    "ОДКБ провела учения. Армения может начать процедуру выхода из ОДКБ.",
    "СНГ провело саммит. Молдавия планирует начать процедуру выхода из СНГ.",
    "ОДКБ провела учения. Армения решила начать процедуру выхода из ОДКБ.",
    "ОДКБ провела учения. Начнет ли Армения процедуру выхода из ОДКБ?",
    "ОДКБ провела учения. Начала ли Армения процедуру выхода из ОДКБ?",
    "ОДКБ провела учения. Пашинян опроверг, что Армения начала выход из ОДКБ.",
    "ОДКБ провела учения. В Ереване отрицают, что Армения начала процедуру выхода из ОДКБ.",
    "ОДКБ провела учения. Кремль не получал от Еревана заявления о выходе из ОДКБ.",
    "ОДКБ провела учения. Армения не начинала процедуру выхода из организации.",
    # an intention announced is no exit begun; another agreement left is no exit
    "СНГ провело саммит. Власти Молдавии заявили о намерении выйти из СНГ.",
    "СНГ провело саммит. Молдавия заявила о планах выйти из СНГ.",
    "СНГ провело саммит. Молдавия заявила о выходе из соглашения о зоне свободной торговли СНГ.",
    # another agreement denounced; a suspension only planned or begun
    "СНГ провело саммит. Молдавия денонсировала соглашение о свободной торговле в СНГ.",
    "ОДКБ провела учения. Армения планирует приостановить членство в ОДКБ.",
    "ОДКБ провела учения. Армения начала процедуру приостановки членства в ОДКБ.",
    # one absence, an exercise, a part, a person, another body, a participation that may not be
    "ОДКБ провела учения. Армения не направила делегацию на саммит ОДКБ.",
    "ОДКБ провела учения. Армения отказалась участвовать в учениях ОДКБ.",
    "ОДКБ провела учения. Армения не участвует в части мероприятий ОДКБ.",
    "ОДКБ провела учения. Армения участвует в работе ОДКБ лишь частично.",
    "ОДКБ провела учения. Пашинян не участвует в заседаниях ОДКБ.",
    "ОДКБ провела учения. Армения может не участвовать в работе ОДКБ.",
    "ОДКБ провела учения. Армения не участвует в работе парламента.",
    # a state noun with two states named before it; a change only possible in a reported clause
    "ОДКБ провела учения. Министры Армении и Белоруссии заявили, что страна заморозила участие в ОДКБ.",
    "ОДКБ провела учения. Пашинян заявил, что республика может заморозить участие в ОДКБ.",
    # a membership that lasted until a date is a past one
    "СНГ провело саммит. Грузия оставалась членом СНГ до 2009 года.",
    # the organisation's states as a group, one meeting, a person, another treaty or market, another post
    "ОДКБ провела учения. Страны ОДКБ не участвуют в учениях НАТО.",
    "ОДКБ провела учения. Армения не участвует в заседании ОДКБ.",
    "ОДКБ провела учения. Президент Армении не участвует в саммитах ОДКБ.",
    "ОДКБ провела учения. Россия объявила о выходе из Договора о РСМД.",
    "ЕАЭС провел заседание. Компания начала выход на рынок ЕАЭС.",
    "ЕАЭС провел заседание. Китай сменил Россию на посту крупнейшего торгового партнера Казахстана.",
    # one summit ignored; a negated ignoring
    "ОДКБ провела учения. Армения не игнорирует заседания ОДКБ.",
    # no succession of a chair: negated, only possible, a person's post, a document in place of another
    "ЕАЭС провел заседание. Преемником главы банка на посту председателя правления стал Иванов.",
    "ЕАЭС провел заседание. Преемником Казахстана на этом посту станет Киргизия.",
    "ЕАЭС провел заседание. Казахстан не сменил Белоруссию на посту председателя.",
    "ЕАЭС провел заседание. Казахстан может сменить Белоруссию на посту председателя.",
    "ЕАЭС провел заседание. Министр сменил коллегу на посту председателя комиссии.",
    "ЕАЭС провел заседание. Новый закон пришел на смену старому соглашению.",
]


@pytest.mark.parametrize("sentence, expected", ROUND_12)
def test_round_12_families(resources, sentence, expected):
    assert relations_of(resources, sentence) == expected


@pytest.mark.parametrize("sentence", ROUND_12_NOT_FACTS)
def test_round_12_not_facts(resources, sentence):
    assert relations_of(resources, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # through the whole facts table: what the grammars read is merged, nothing read twice
    ("СНГ провело саммит. Молдавия начала выход из СНГ в январе 2026 года.",
     [("withdrawing", "СНГ", "Молдавия", "2026-01")]),
    ("СНГ провело саммит. Молдавия запустила процедуру выхода из СНГ.", [("withdrawing", "СНГ", "Молдавия", "")]),
    ("СНГ провело саммит. Молдавия пригрозила выйти из СНГ.", []),
    ("ОДКБ провела учения. Армения с 2024 года не направляет своих представителей на заседания ОДКБ.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("ОДКБ провела учения. Армения не участвует в работе ОДКБ с 2024 года.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("ОДКБ провела учения. Армения прекратила участие в заседаниях ОДКБ.",
     [("froze_participation", "ОДКБ", "Армения", "")]),
    # a participation suspended is a freeze in both readers
    ("ОДКБ провела учения. Армения, приостановившая участие в работе организации, не направила делегацию.",
     [("froze_participation", "ОДКБ", "Армения", "")]),
    # the meetings stayed away from are no summit held (the grammars read one)
    ("ОДКБ провела учения. Армения не посещает заседания ОДКБ с 2024 года.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("ОДКБ провела учения. Армения проигнорировала саммит ОДКБ в Минске.", [("summit", "ОДКБ", "Минск", "")]),
    ("ЕАЭС провел заседание. С 1 января 2026 года Казахстан сменил Белоруссию на посту председателя ЕАЭС.",
     [("chair", "ЕАЭС", "Белоруссия", ""), ("chair", "ЕАЭС", "Казахстан", "2026-01-01")]),
    ("ЕАЭС провел заседание. После Белоруссии председательство в ЕАЭС перешло к Казахстану.",
     [("chair", "ЕАЭС", "Белоруссия", ""), ("chair", "ЕАЭС", "Казахстан", "")]),
])
def test_round_12_in_the_facts_table(models, sentence, expected):
    assert facts_of(models, sentence) == expected


ROUND_11 = [
    # a chairmanship held by ``свой``, the subject of a present or future clause (a past one leaves
    # the term unknown: ``test_facts.py``'s third-round non-facts)
    ("Казахстан в период своего председательства в ЕАЭС выступает за снижение барьеров.",
     [("chair", "ЕАЭС", "Казахстан", "")]),
    ("В ходе своего председательства в СНГ Туркмения проведет форум по транзиту.",
     [("chair", "СНГ", "Туркмения", "")]),
    ("Во время своего председательства в ОДКБ в 2025 году Киргизия провела учения.",  # past, its term dated
     [("chair", "ОДКБ", "Киргизия", "2025")]),
    # one of the organisation's goals, by a copula or a dash
    ("ЕАЭС провел заседание. Одной из главных целей союза является свобода движения товаров.",
     [("purpose", "ЕАЭС", "свобода движения товаров", "")]),
    ("Одной из основных задач ОДКБ является коллективная защита государств-членов.",
     [("purpose", "ОДКБ", "коллективная защита государств-членов", "")]),
    ("СНГ провело саммит. Одна из целей Содружества — развитие гуманитарных связей.",
     [("purpose", "СНГ", "развитие гуманитарных связей", "")]),
    # the work begun, by the organisation's generic noun or its name, the date on ``начать``
    ("ЕАЭС провел саммит. Союз начал функционировать с 1 января 2015 года.", [("founded", "ЕАЭС", "", "2015-01-01")]),
    ("ОДКБ начала действовать в 2002 году.", [("founded", "ОДКБ", "", "2002")]),
    ("СНГ провело саммит. Содружество начало свою деятельность в декабре 1991 года.", [("founded", "СНГ", "", "1991-12")]),
    # the next meeting with its noun left out; a ministers' meeting after a summit is none
    ("Саммит ОДКБ в ноябре прошел в Бишкеке, следующий состоится в Москве.",
     [("summit", "ОДКБ", "Бишкек", "2025-11"), ("next_summit", "ОДКБ", "Москва", "")]),
    ("Заседание Высшего Евразийского экономического совета прошло в Минске, очередное пройдет в декабре в "
     "Санкт-Петербурге.", [("summit", "ЕАЭС", "Минск", ""), ("next_summit", "ЕАЭС", "Санкт-Петербург", "2025-12")]),
    ("Саммит ОДКБ в 2024 году прошел в Минске, заседание Совета министров обороны состоится в Москве.",
     [("summit", "ОДКБ", "Минск", "2024")]),
    # a bare next meeting after a clause about the leaders' council is the council's
    ("Совет глав государств СНГ заседал в Минске, очередное заседание пройдет в Ашхабаде.",
     [("next_summit", "СНГ", "Ашхабад", "")]),
    # a second meeting's own verb after a comma: the first meeting's place is not the next one's
    ("Саммит СНГ в октябре прошел в Душанбе, заседание Совета глав государств в будущем году состоится в Ашхабаде.",
     [("summit", "СНГ", "Душанбе", "2025-10"), ("next_summit", "СНГ", "Ашхабад", "2026")]),
    # a meeting scheduled for a month, or for a part of this year, in an article with a date
    ("Очередной саммит ОДКБ назначен на ноябрь и пройдет в Москве.", [("next_summit", "ОДКБ", "Москва", "2025-11")]),
    ("Саммит ШОС запланирован на июль и состоится в Бишкеке.", [("next_summit", "ШОС", "Бишкек", "2026-07")]),
    ("Саммит БРИКС пройдет в Бразилии во второй половине года.", [("next_summit", "БРИКС", "Бразилия", "2025")]),
    # resting on a treaty: a pronoun for the treaty named before; a participle ``основанный на`` with
    # the treaty's date after ``от``
    ("ОДКБ провела учения. Договор о коллективной безопасности заключили в Ташкенте в 1992 году, а на его основе "
     "в 2002 году была учреждена организация.",
     [("treaty_signed", "ОДКБ", "Договор о коллективной безопасности", "1992"),
      ("based_on", "ОДКБ", "Договор о коллективной безопасности", "")]),
    ("ОДКБ — военно-политический альянс, основанный на Договоре о коллективной безопасности от 15 мая 1992 года.",
     [("based_on", "ОДКБ", "Договор о коллективной безопасности", ""),
      ("treaty_signed", "ОДКБ", "Договор о коллективной безопасности", "1992-05-15")]),
    ("СНГ — региональная организация, основанная на Соглашении о создании СНГ от 8 декабря 1991 года.",
     [("based_on", "СНГ", "Соглашение о создании СНГ", ""),
      ("treaty_signed", "СНГ", "Соглашение о создании СНГ", "1991-12-08")]),
    # representatives recalled: a freeze; a joined verb's own subject after ``, а``
    ("В 2009 году СНГ покинула Грузия, а Украина в 2018 году отозвала своих представителей из органов Содружества.",
     [("left", "СНГ", "Грузия", "2009"), ("froze_participation", "СНГ", "Украина", "2018")]),
    ("Армения в 2024 году отозвала своего постоянного представителя при ОДКБ.",
     [("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("В 2012 году из ОДКБ вышел Узбекистан, а Армения в 2024 году заморозила участие в работе организации.",
     [("left", "ОДКБ", "Узбекистан", "2012"), ("froze_participation", "ОДКБ", "Армения", "2024")]),
    # a chair in the organisation's organs, by the noun or by a participle the parse hung on the noun
    # before its state
    ("В 2024 году председателем в органах ЕАЭС была Армения.", [("chair", "ЕАЭС", "Армения", "2024")]),
    ("ЕАЭС провел заседание. Председателем в органах союза в 2026 году является Казахстан.",
     [("chair", "ЕАЭС", "Казахстан", "2026")]),
    ("Делегация поддержала инициативу Киргизии, председательствующей в ШОС в 2026 году.",
     [("chair", "ШОС", "Киргизия", "2026")]),
    # the states themselves signing the founding document
    ("ЕАЭС провел заседание. Договор о создании союза в мае 2014 года в Астане подписали Белоруссия, Казахстан и Россия.",
     [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05"), ("founded", "ЕАЭС", "", "2014-05"),
      ("founded_place", "ЕАЭС", "Астана", "2014-05"), ("founding_member", "ЕАЭС", "Белоруссия", "2014-05"),
      ("founding_member", "ЕАЭС", "Казахстан", "2014-05"), ("founding_member", "ЕАЭС", "Россия", "2014-05")]),
    # (a city the parse hung on the title's topic is the signing's place, not part of the title)
    ("Белоруссия, Казахстан и Россия подписали Договор о Евразийском экономическом союзе в Астане 29 мая 2014 года.",
     [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29"),
      ("founded_place", "ЕАЭС", "Астана", "2014-05-29"), ("founding_member", "ЕАЭС", "Белоруссия", "2014-05-29"),
      ("founding_member", "ЕАЭС", "Казахстан", "2014-05-29"), ("founding_member", "ЕАЭС", "Россия", "2014-05-29")]),
    # (a state signing a treaty of accession founds nothing)
    ("Армения подписала договор о присоединении к ЕАЭС в Минске в 2014 году.",
     [("treaty_signed", "ЕАЭС", "Договор о присоединении к ЕАЭС", "2014")]),
    ("Соглашение о создании СНГ 8 декабря 1991 года подписали Белоруссия, Россия и Украина.",
     [("treaty_signed", "СНГ", "Соглашение о создании СНГ", "1991-12-08"), ("founded", "СНГ", "", "1991-12-08"),
      ("founding_member", "СНГ", "Белоруссия", "1991-12-08"), ("founding_member", "СНГ", "Россия", "1991-12-08"),
      ("founding_member", "СНГ", "Украина", "1991-12-08")]),
    # a state behind a comma after a list closed by ``и`` opens a clause of its own
    ("Членами ЕАЭС являются Армения, Казахстан и Россия, Узбекистан с 2020 года участвует в его работе как наблюдатель.",
     [("member", "ЕАЭС", "Армения", ""), ("member", "ЕАЭС", "Казахстан", ""), ("member", "ЕАЭС", "Россия", "")]),
    # the standing body named by the copula, its seat in a relative clause
    ("Постоянно действующим органом ШОС является секретариат, который размещается в Пекине.",
     [("headquarters", "ШОС", "Пекин", "")]),
    ("Исполнительным органом СНГ является Исполнительный комитет, который расположен в Минске.",
     [("headquarters", "СНГ", "Минск", "")]),
    # the seat in a relative clause on the secretariat's name
    ("Секретариат ОДКБ, который находится в Москве, подготовил доклад.", [("headquarters", "ОДКБ", "Москва", "")]),
    # a chair taken at a meeting whose phrase holds the date
    ("Председательство в ОДКБ Киргизия приняла у Казахстана по итогам саммита в Астане 28 ноября 2024 года.",
     [("chair", "ОДКБ", "Киргизия", "2024-11-28"), ("chair", "ОДКБ", "Казахстан", "")]),
    ("Председательство в ШОС Индия приняла у Китая по итогам саммита в Циндао 10 июня 2018 года.",
     [("chair", "ШОС", "Индия", "2018-06-10"), ("chair", "ШОС", "Китай", "")]),
]

ROUND_11_NOT_FACTS = [
    # goals of a state or of a visit
    "Одной из целей России является укрепление ОДКБ.",
    "Одной из целей визита было укрепление ЕАЭС.",
    # the next ministers' meeting; a next meeting denied
    "Заседание Совета министров иностранных дел СНГ прошло в Минске, следующее состоится в Душанбе.",
    # the basis of something else; a fund resting on a treaty
    "Россия подписала договор с Китаем, а на его основе создана комиссия.",
    "Фонд, основанный на договоре от 5 мая 2010 года, работает в Минске.",
    # the next meeting of a ministers' council, or of a body named by its own genitive
    "Совет министров обороны ОДКБ заседал в Минске, очередное заседание пройдет в Москве.",
    "Совет глав государств СНГ заседал в Минске, очередное заседание комиссии пройдет в Москве.",
    # an ambassador recalled from a state
    "Россия отозвала посла из Грузии в 2008 году.",
    # a body that is not the standing one; a post of a state's organs held by a person
    "Органом ОДКБ по борьбе с наркотиками является центр, который находится в Бишкеке.",
    "Председателем в органах власти Белоруссии был Лукашенко.",
    # work on something begun; a meeting's work begun; a body's seat in a relative clause
    "ОДКБ начала работу над докладом в 2024 году.",
    "Саммит ОДКБ начал работу в Минске 28 ноября.",
    "Антинаркотический центр СНГ, который находится в Бишкеке, подготовил доклад.",
    # a participle of taking part, not of chairing
    "Министры обсудили предложение Казахстана, участвующего в работе ЕАЭС.",
    # a founders' noun set apart: the states after it are no founders (the members are the
    # grammars', ``test_round_11_in_the_facts_table``)
    "НБР провел заседание. Помимо основателей, акционерами банка стали Египет и Алжир.",
]


@pytest.mark.parametrize("sentence, expected", ROUND_11)
def test_round_11_families(resources, sentence, expected):
    assert relations_of(resources, sentence) == expected


@pytest.mark.parametrize("sentence", ROUND_11_NOT_FACTS)
def test_round_11_not_facts(resources, sentence):
    assert relations_of(resources, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a list set apart by ``помимо`` / ``кроме`` before the verb names members (founders) too; a
    # founders' noun set apart names none; ``за исключением`` leaves out
    ("ЕАЭС провел заседание. Помимо России и Казахстана, в союз сегодня входят Армения, Белоруссия и Киргизия.",
     [("member", "ЕАЭС", "Армения", ""), ("member", "ЕАЭС", "Белоруссия", ""), ("member", "ЕАЭС", "Киргизия", ""),
      ("member", "ЕАЭС", "Россия", ""), ("member", "ЕАЭС", "Казахстан", "")]),
    ("Кроме Китая и России, членами ШОС являются Индия, Иран и Пакистан.",
     [("member", "ШОС", "Китай", ""), ("member", "ШОС", "Россия", ""), ("member", "ШОС", "Индия", ""),
      ("member", "ШОС", "Иран", ""), ("member", "ШОС", "Пакистан", "")]),
    ("ШОС провела саммит. Помимо России, учредителями организации выступили Казахстан и Китай.",
     [("founding_member", "ШОС", "Россия", ""), ("founding_member", "ШОС", "Казахстан", ""),
      ("founding_member", "ШОС", "Китай", "")]),
    ("Помимо основателей, членами ШОС являются Индия и Пакистан.",
     [("member", "ШОС", "Индия", ""), ("member", "ШОС", "Пакистан", "")]),
    ("В ЕАЭС входят все страны региона, за исключением Узбекистана.", []),
    # ``еще N`` after a state set apart counts the others: the state is in the count
    ("В состав ЕАЭС, помимо России, входят еще четыре государства.",
     [("member_count", "ЕАЭС", "5", ""), ("member", "ЕАЭС", "Россия", "")]),
    ("ОДКБ провела учения. Кроме России, в организацию входят еще пять стран.",
     [("member_count", "ОДКБ", "6", ""), ("member", "ОДКБ", "Россия", "")]),
    # an institution's facts are none; a chairmanship named beside it is the organisation of states'
    ("БРИКС провел саммит. Новый банк развития учрежден странами БРИКС в 2014 году, его штаб-квартира находится в "
     "Шанхае.", []),
    ("НБР провел заседание. Помимо основателей, акционерами банка стали Египет и Алжир.", []),
    # (one whose canonical name is an abbreviation, ``ЕАБР``: the words written say it is a bank)
    ("ЕАЭС провел заседание. Евразийский банк развития учрежден Россией и Казахстаном в 2006 году.", []),
    ("БРИКС провел саммит. Новый банк развития поддерживает стремление индийского председательства нарастить "
     "инвестиции.", [("chair", "БРИКС", "Индия", "")]),
    # founders in a clause of their own, behind a comma, are undated
    ("БРИКС провел саммит. Объединение было создано в 2006 году, его основателями выступили Бразилия, Россия, Индия "
     "и Китай.",
     [("founded", "БРИКС", "", "2006"), ("founding_member", "БРИКС", "Бразилия", ""),
      ("founding_member", "БРИКС", "Россия", ""), ("founding_member", "БРИКС", "Индия", ""),
      ("founding_member", "БРИКС", "Китай", "")]),
    # a body founded by a passive verb, and its seat by a pronoun, are the body's
    ("СНГ провело саммит. Совет министров обороны СНГ образован в 1992 году, его секретариат находится в Москве.", []),
    # a plural participle after a list continued by ``а также``: the states after it joined (both
    # readers), each list's members the grammars'
    ("В ЕАЭС входят Россия, а также Армения и Киргизия, вступившие в союз в 2015 году.",
     [("member", "ЕАЭС", "Россия", ""), ("member", "ЕАЭС", "Армения", ""), ("member", "ЕАЭС", "Киргизия", ""),
      ("joined", "ЕАЭС", "Армения", "2015"), ("joined", "ЕАЭС", "Киргизия", "2015")]),
    ("В БРИКС входят Бразилия, Китай и Индия, а также Иран и Эфиопия, ставшие его членами 1 января 2024 года, "
     "и Индонезия, присоединившаяся в январе 2025 года.",
     [("member", "БРИКС", "Бразилия", ""), ("member", "БРИКС", "Китай", ""), ("member", "БРИКС", "Индия", ""),
      ("member", "БРИКС", "Иран", ""), ("member", "БРИКС", "Эфиопия", ""), ("member", "БРИКС", "Индонезия", ""),
      ("joined", "БРИКС", "Иран", "2024-01-01"), ("joined", "БРИКС", "Эфиопия", "2024-01-01"),
      ("joined", "БРИКС", "Индонезия", "2025-01")]),
    ("В ШОС входят Казахстан, Китай и Россия, а также Индия и Пакистан, ставшие ее членами в 2017 году.",
     [("member", "ШОС", "Казахстан", ""), ("member", "ШОС", "Китай", ""), ("member", "ШОС", "Россия", ""),
      ("member", "ШОС", "Индия", ""), ("member", "ШОС", "Пакистан", ""),
      ("joined", "ШОС", "Индия", "2017"), ("joined", "ШОС", "Пакистан", "2017")]),
    ("В 2009 году СНГ покинула Грузия, а Украина в 2018 году отозвала своих представителей из органов Содружества.",
     [("left", "СНГ", "Грузия", "2009"), ("froze_participation", "СНГ", "Украина", "2018")]),
])
def test_round_11_in_the_facts_table(models, sentence, expected):
    assert facts_of(models, sentence) == expected


@pytest.mark.parametrize("sentence, expected", ROUND_10)
def test_round_10_families(resources, sentence, expected):
    assert relations_of(resources, sentence) == expected


@pytest.mark.parametrize("sentence", ROUND_10_NOT_FACTS)
def test_round_10_not_facts(resources, sentence):
    assert relations_of(resources, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the fronted organisation's founders beside the join of the clause after them
    ("Объединение БРИК в 2006 году учредили Бразилия, Россия, Индия и Китай, в 2011 году к ним присоединилась ЮАР.",
     [("founded", "БРИКС", "", "2006"), ("founding_member", "БРИКС", "Бразилия", "2006"),
      ("founding_member", "БРИКС", "Россия", "2006"), ("founding_member", "БРИКС", "Индия", "2006"),
      ("founding_member", "БРИКС", "Китай", "2006"), ("joined", "БРИКС", "ЮАР", "2011")]),
    # the exit and the freeze of the clause after it, each with its own state and date (both readers)
    ("В 2012 году из ОДКБ вышел Узбекистан, Армения с 2024 года не участвует в работе организации.",
     [("left", "ОДКБ", "Узбекистан", "2012"), ("froze_participation", "ОДКБ", "Армения", "2024")]),
    ("СНГ провело саммит. Из Содружества в 2009 году вышла Грузия, Украина с 2018 года не участвует в его "
     "уставных органах.", [("left", "СНГ", "Грузия", "2009"), ("froze_participation", "СНГ", "Украина", "2018")]),
    # ``тогда же, 7 октября``: the year of the date before it
    ("Статус международной организации ОДКБ получила в 2002 году, тогда же, 7 октября, в Кишиневе был подписан ее устав.",
     [("founded", "ОДКБ", "", "2002"), ("kind", "ОДКБ", "международная организация", ""),
      ("treaty_signed", "ОДКБ", "Устав ОДКБ", "2002-10-07")]),
    # a past summit the parse hung on the next clause's future verb stays past (both readers)
    ("Саммит ОДКБ в 2025 году прошел в Бишкеке, следующий саммит организации пройдет в ноябре 2026 года в Москве.",
     [("summit", "ОДКБ", "Бишкек", "2025"), ("next_summit", "ОДКБ", "Москва", "2026-11")]),
    # the first members are founders: the grammars' join beside them is dropped
    ("Первыми членами ЕАЭС стали Белоруссия, Казахстан и Россия.",
     [("founding_member", "ЕАЭС", "Белоруссия", ""), ("founding_member", "ЕАЭС", "Казахстан", ""),
      ("founding_member", "ЕАЭС", "Россия", "")]),
    # a body's founding and a body's seat are none in the table too (the grammars')
    ("СНГ провело саммит. Межпарламентская ассамблея Содружества, образованная в 1992 году, заседает в "
     "Санкт-Петербурге.", []),
    ("Антинаркотический центр создан по решению Совета глав государств СНГ, его штаб-квартира находится в Бишкеке.", []),
])
def test_round_10_in_the_facts_table(models, sentence, expected):
    assert facts_of(models, sentence) == expected


@pytest.mark.parametrize("sentence, expected", ROUND_9)
def test_round_9_families(resources, sentence, expected):
    assert relations_of(resources, sentence) == expected


@pytest.mark.parametrize("sentence", ROUND_9_NOT_FACTS)
def test_round_9_not_facts(resources, sentence):
    assert relations_of(resources, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the grammars read the first chair; the table has the one handed over from too
    ("Киргизия председательствует в ШОС с 1 сентября 2025 года, приняв эстафету у Китая по итогам саммита.",
     [("chair", "ШОС", "Киргизия", "2025-09-01"), ("chair", "ШОС", "Китай", "")]),
    ("Индия стала председателем БРИКС, сменив на этом посту Бразилию.",
     [("chair", "БРИКС", "Индия", ""), ("chair", "БРИКС", "Бразилия", "")]),
    ("Армения передала председательство в ОДКБ Белоруссии.",
     [("chair", "ОДКБ", "Армения", ""), ("chair", "ОДКБ", "Белоруссия", "")]),
    # the treaty's signing is the grammars'; the founding is the entry into force's, not the signing's
    ("Договор о Евразийском экономическом союзе был подписан 29 мая 2014 года и вступил в силу 1 января 2015 года.",
     [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29"),
      ("founded", "ЕАЭС", "", "2015-01-01")]),
    # the grammars' exit beside the reader's freeze of agreements: the freeze alone
    ("Молдавия вышла из более чем 70 соглашений СНГ.", [("froze_participation", "СНГ", "Молдавия", "")]),
    # a host state beside its capital, from one statement: the capital
    ("Казахстан, председательствующий в ЕАЭС в 2026 году, проведет саммит союза в Астане.",
     [("chair", "ЕАЭС", "Казахстан", "2026"), ("next_summit", "ЕАЭС", "Астана", "")]),
    # founders named with a date of their own clause date the founding, unless it is dated otherwise
    ("Основателями ЕАЭС в 2014 году выступили Белоруссия, Казахстан и Россия.",
     [("founding_member", "ЕАЭС", "Белоруссия", "2014"), ("founding_member", "ЕАЭС", "Казахстан", "2014"),
      ("founding_member", "ЕАЭС", "Россия", "2014"), ("founded", "ЕАЭС", "", "2014")]),
    ("ОДКБ образована 7 октября 2002 года. Учредителями ОДКБ в 2002 году стали шесть государств.",
     [("founded", "ОДКБ", "", "2002-10-07"), ("founding_member_count", "ОДКБ", "6", "2002")]),
    # the founders of something else date nothing of the organisation
    ("ШОС провела саммит. Учредителями нового фонда в 2020 году стали Россия и Китай.", []),
    # a founding stated otherwise stands: the entry into force adds nothing
    ("ЕАЭС начал работу 1 января 2015 года. Договор о ЕАЭС вступил в силу 1 января 2015 года.",
     [("founded", "ЕАЭС", "", "2015-01-01")]),
])
def test_round_9_in_the_facts_table(models, sentence, expected):
    assert facts_of(models, sentence) == expected


@pytest.mark.parametrize("sentence, expected", ROUND_8)
def test_round_8_families(resources, sentence, expected):
    assert relations_of(resources, sentence) == expected


@pytest.mark.parametrize("sentence", ROUND_8_NOT_FACTS)
def test_round_8_not_facts(resources, sentence):
    assert relations_of(resources, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # a verbless count with an adverb of time after the organisation; not a count of states acting
    ("В ОДКБ сейчас шесть государств-членов.", [("member_count", "ОДКБ", "6", "")]),
    ("В ОДКБ сейчас шесть государств провели учения.", []),
    # a seat in a capital named by its country's adjective is the capital, not the country
    ("Исполнительный комитет СНГ находится в белорусской столице.", [("headquarters", "СНГ", "Минск", "")]),
    # the grammars' join is a return where an adverb says so
    ("В 2006 году Узбекистан снова стал членом ОДКБ.", [("rejoined", "ОДКБ", "Узбекистан", "2006")]),
    # neighbours of the usual formulae, read before this round, kept: counts, seats, chairs, summits
    ("В БРИКС десять стран-участниц.", [("member_count", "БРИКС", "10", "")]),
    ("Штаб-квартира ОДКБ - в Москве.", [("headquarters", "ОДКБ", "Москва", "")]),
    ("Председательство в СНГ в этом году осуществляет Туркмения.", [("chair", "СНГ", "Туркмения", "2025")]),
    ("Бишкек примет саммит ШОС в 2026 году.", [("next_summit", "ШОС", "Бишкек", "2026")]),
    ("Белоруссию приняли в ШОС в 2024 году.", [("joined", "ШОС", "Белоруссия", "2024")]),
    # a verb of holding the chair dates the chair by its term, where the grammars read it undated
    ("Россия председательствует в органах СНГ с 1 января 2026 года.", [("chair", "СНГ", "Россия", "2026-01-01")]),
    ("Белоруссия председательствовала в органах ЕАЭС с 1 января 2025 года.",
     [("chair", "ЕАЭС", "Белоруссия", "2025-01-01")]),
    # a chairmanship is not of an organisation named only as a means (``через``)
    ("БРИКС растет. Москва поддержала идею бразильского председательства расширить расчеты через Новый банк развития.",
     [("chair", "БРИКС", "Бразилия", "")]),
    # a kind with a participle and its adverb
    ("ОДКБ – постоянно действующая международная региональная организация.",
     [("kind", "ОДКБ", "постоянно действующая международная региональная организация", "")]),
    ("ЕАЭС – динамично развивающееся интеграционное объединение.",
     [("kind", "ЕАЭС", "динамично развивающееся интеграционное объединение", "")]),
    # the meeting of another clause hung on ``принял`` is not hosted by the chair
    ("Эстафету председательства Армения приняла у Белоруссии, при которой саммит ОДКБ прошел в Минске.",
     [("chair", "ОДКБ", "Армения", ""), ("chair", "ОДКБ", "Белоруссия", ""), ("summit", "ОДКБ", "Минск", "")]),
])
def test_round_8_in_the_facts_table(models, sentence, expected):
    assert facts_of(models, sentence) == expected


@pytest.mark.parametrize("sentence, expected", ROUND_7)
def test_round_7_families(resources, sentence, expected):
    assert relations_of(resources, sentence) == expected


@pytest.mark.parametrize("sentence", ROUND_7_NOT_FACTS)
def test_round_7_not_facts(resources, sentence):
    assert relations_of(resources, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the founding document's day is the founding's only where nothing else dates it; the EAEU
    # treaty keeps its title
    ("ЕАЭС функционирует с 1 января 2015 года, договор о его создании подписан 29 мая 2014 года в Астане.",
     [("founded", "ЕАЭС", "", "2015-01-01"),
      ("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29"),
      ("founded_place", "ЕАЭС", "Астана", "2014-05-29")]),
    # the grammars' ``Договор о создании ЕАЭС`` by its title too
    ("Договор о создании ЕАЭС был подписан в Астане 29 мая 2014 года.",
     [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29"),
      ("founded", "ЕАЭС", "", "2014-05-29"), ("founded_place", "ЕАЭС", "Астана", "2014-05-29")]),
    # an enumeration ends with the state after ``и``
    ("Членами СНГ являются Армения, Белоруссия и Россия, Туркмения имеет статус ассоциированного члена.",
     [("member", "СНГ", "Армения", ""), ("member", "СНГ", "Белоруссия", ""), ("member", "СНГ", "Россия", "")]),
    # a state's own date in a list is finer than the clause's year the grammars read
    ("В 2017 году к ШОС присоединились Индия (в июне) и Пакистан (в июле).",
     [("joined", "ШОС", "Индия", "2017-06"), ("joined", "ШОС", "Пакистан", "2017-07")]),
    # a summit hanging on a future verb is one to come
    ("Лидеры стран ШОС соберутся на саммит в Бишкеке летом 2026 года.",
     [("next_summit", "ШОС", "Бишкек", "2026")]),
])
def test_round_7_in_the_facts_table(models, sentence, expected):
    assert facts_of(models, sentence) == expected


@pytest.mark.parametrize("sentence, expected", FACTS)
def test_relations(resources, sentence, expected):
    assert relations_of(resources, sentence) == expected


@pytest.mark.parametrize("sentence", NOT_FACTS)
def test_not_facts(resources, sentence):
    assert relations_of(resources, sentence) == []


@pytest.mark.parametrize("sentence, expected", ROUND_6)
def test_round_6_families(resources, sentence, expected):
    assert relations_of(resources, sentence) == expected


@pytest.mark.parametrize("sentence", ROUND_6_NOT_FACTS)
def test_round_6_not_facts(resources, sentence):
    assert relations_of(resources, sentence) == []


@pytest.mark.parametrize("sentence, expected", [
    # the grammars read the handover undated; the reader's term of the giver replaces it
    ("Председательство в ОДКБ Россия приняла у Киргизии, выполнявшей эту функцию в 2025 году.",
     [("chair", "ОДКБ", "Россия", ""), ("chair", "ОДКБ", "Киргизия", "2025")]),
    # a part of a month dates a fact by the month
    ("Следующий саммит ОДКБ запланирован на конец мая 2026 года в Москве.",
     [("next_summit", "ОДКБ", "Москва", "2026-05")]),
])
def test_round_6_in_the_facts_table(models, sentence, expected):
    assert facts_of(models, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the grammars do not read these: the table has them through the dependency reader
    ("Ереван, заморозивший участие в ОДКБ в феврале 2024 года, не платит взносы.",
     [("froze_participation", "ОДКБ", "Армения", "2024-02")]),
    ("Председательство в БРИКС перешло от России к Бразилии в 2025 году.",
     [("chair", "БРИКС", "Бразилия", "2025"), ("chair", "БРИКС", "Россия", "")]),
])
def test_relations_in_the_facts_table(models, sentence, expected):
    assert facts_of(models, sentence) == expected


def test_a_day_without_a_year_in_an_undated_article(models):
    """An article with no date leaves ``8 декабря`` without a value in the dates table; the facts
    take the year of the same month written before in the paragraph."""
    text = "СНГ возникло в декабре 1991 года. Соглашение о его создании 8 декабря в Минске подписали " \
           "руководители Белоруссии, России и Украины."
    facts = analysis.extract_text(text, models=models)["facts"]
    assert [(r.predicate, r.value, r.date) for r in facts.itertuples()] == [
        ("founded", "", "1991-12"), ("treaty_signed", "Соглашение о создании СНГ", "1991-12-08"),
        ("founded_place", "Минск", "1991-12-08"), ("founding_member", "Белоруссия", "1991-12-08"),
        ("founding_member", "Россия", "1991-12-08"), ("founding_member", "Украина", "1991-12-08")]


def test_a_fact_the_grammars_read_is_not_repeated(models):
    """``Грузия вышла из СНГ в 2009 году`` is the grammars'; the reader finds it too, and the table
    has it once."""
    assert facts_of(models, "Грузия вышла из СНГ в 2009 году.") == [("left", "СНГ", "Грузия", "2009")]


def test_lexicon_rows_have_notes_and_known_families():
    from analysis import lexicon

    families = relations.PREDICATE_FAMILIES | {"modal", "not_yet", "not_member", "ordinal", "leaders",
                                               "held", "held_future", "seat_verb", "body", "signature_verb",
                                               "chair_use", "purpose_verb", "based_verb", "chair_copula", "again", "host_copula",
                                               "upcoming", "standing_body_word", "history",
                                               "founder_copula", "venue_choice", "quantity_noun", "institution", "apart", "except", "meeting_ellipsis",
                                               "exit_begun", "exit_done", "exit_not_done", "state_organ", "denial", "ignoring", "state_noun", "notice"}
    for row in lexicon.rows("fact_relations"):
        assert row["note"], row
        assert row["family"] in families, row


# Round 13 (the integrator's own): a verbal noun of joining with the organisation before the states,
# whose genitives the parse hangs on the organisation, and a list's groups with their own years.
ROUND_13 = [
    ("После вступления в объединение Египта, Эфиопии, Ирана и ОАЭ в 2024 году число членов БРИКС достигло девяти.",
     [("joined", "БРИКС", "Египет", "2024"), ("joined", "БРИКС", "Эфиопия", "2024"),
      ("joined", "БРИКС", "Иран", "2024"), ("joined", "БРИКС", "ОАЭ", "2024")]),
    ("После вступления в БРИКС Египта и Ирана в 2024 году число членов достигло девяти.",
     [("joined", "БРИКС", "Египет", "2024"), ("joined", "БРИКС", "Иран", "2024")]),
    ("После вступления в объединение Египта и ОАЭ в 2024 году и Индонезии в 2025 году число членов БРИКС "
     "достигло десяти.",
     [("joined", "БРИКС", "Египет", "2024"), ("joined", "БРИКС", "ОАЭ", "2024"),
      ("joined", "БРИКС", "Индонезия", "2025")]),
    ("В 2015 году к ЕАЭС присоединились Армения и Киргизия.",
     [("joined", "ЕАЭС", "Армения", "2015"), ("joined", "ЕАЭС", "Киргизия", "2015")]),
]


@pytest.mark.parametrize("sentence, expected", ROUND_13)
def test_round_13_joins_named_after_the_organisation(resources, sentence, expected):
    assert [f for f in relations_of(resources, sentence) if f[0] == "joined"] == expected
