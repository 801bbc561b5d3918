"""Speech: direct and reported quotes, their speakers and cues, on the seed and on small articles."""

import pytest

import analysis
from analysis.speech import quoted_spans

from conftest import SEED

HEAD = "Лавров провел переговоры\n\nМИНСК, 12 марта. /ТАСС/. "


@pytest.fixture(scope="module")
def gazetteer():
    return analysis.load_gazetteer()


def analysed(text, models, gazetteer):
    resources = analysis.Resources(models, gazetteer=gazetteer)
    return analysis.analyse_all(analysis.parse_article(text), resources, until="speech")


def rows(article):
    for q in article.quotes:
        assert article.text[q.start:q.end] == q.text
    return [(q.mode, q.text, q.speaker, q.cue) for q in article.quotes]


# --- the seed, hand-checked -----------------------------------------------------------------------

SEED_QUOTES = [
    # the lead, which ``Об этом заявил ... Путин`` points back to
    ("reported", "Укрепление взаимодействия стран - участниц ОДКБ, а также развитие и интеграция "
                 "оборонно-промышленных секторов стран станут приоритетами организации на время "
                 "годового председательства России в 2026 году", "Владимир Путин", "заявить"),
    # the long quote: its first and last words, checked below
    ("direct", None, "Владимир Путин", "сказать"),
    ("reported", "Россия готова делиться разработками и новейшими продуктами сферы ВПК со своими "
                 "партнерами", "Владимир Путин", "по словам"),
    # ``Еще одним направлением работы ОДКБ, отметил президент, будет ...``: two pieces
    ("reported", "Еще одним направлением работы ОДКБ", "Владимир Путин", "отметить"),
    ("reported", "будет совершенствование работы органов управления организации", "Владимир Путин",
     "отметить"),
    ("direct", "Это такая бюрократическая работа, но все-таки это важно, имея в виду, что каждая "
               "страна заинтересована в минимизации расходов и повышении эффективности "
               "взаимодействия", "Владимир Путин", "подытожить"),
]


@pytest.fixture(scope="module")
def seed(models, gazetteer):
    resources = analysis.Resources(models, gazetteer=gazetteer)
    return analysis.analyse_all(analysis.read_article(SEED), resources, until="speech")


def test_seed_quotes(seed):
    found = rows(seed)
    assert len(found) == len(SEED_QUOTES)
    for got, expected in zip(found, SEED_QUOTES):
        assert got[0] == expected[0] and got[2:] == expected[2:]
        if expected[1] is not None:
            assert got[1] == expected[1]
    long_quote = found[1][1]
    assert long_quote.startswith("Приоритетов много. Это совершенствование нашего взаимодействия.")
    assert long_quote.endswith("но и даже на экспорт поставляем")
    assert '"' not in long_quote


def test_seed_quotes_know_their_part_and_speaker_id(seed):
    putin = next(a.actor_id for a in seed.actors if a.name == "Владимир Путин")
    assert {q.speaker_actor_id for q in seed.quotes} == {putin}
    parts = {p.part_id: p for p in seed.parts}
    for q in seed.quotes:
        assert parts[q.part_id].start <= q.start < q.end <= parts[q.part_id].end


# --- constructions --------------------------------------------------------------------------------

CASES = [
    # after, em dash, guillemets with a nested quote inside
    ("Министр иностранных дел России Сергей Лавров провел переговоры с белорусским коллегой. "
     "«Мы называем это «новой реальностью», и с этим надо считаться», — заявил Лавров журналистам.",
     [("direct", "Мы называем это «новой реальностью», и с этим надо считаться", "Сергей Лавров",
       "заявить")]),
    # before, with a colon
    ("Сергей Лавров сказал: «Союзное государство остается нашим приоритетом».",
     [("direct", "Союзное государство остается нашим приоритетом", "Сергей Лавров", "сказать")]),
    # split by the attribution, speaker a role noun resolved to the minister named before; en dash
    ("Министр иностранных дел России Сергей Лавров прибыл в Минск. \"Мы начнем консультации в "
     "декабре, – анонсировал дипломат. – Повестка уже согласована\".",
     [("direct", "Мы начнем консультации в декабре", "Сергей Лавров", "анонсировать"),
      ("direct", "Повестка уже согласована", "Сергей Лавров", "анонсировать")]),
    # several sentences, speaker a pronoun
    ("Министр иностранных дел России Сергей Лавров прибыл в Минск.\n\n\"Работа идет. Все документы "
     "готовы. Подписание назначено на пятницу\", - сказал он.",
     [("direct", "Работа идет. Все документы готовы. Подписание назначено на пятницу", "Сергей Лавров",
       "сказать")]),
    # a whole paragraph in quotation marks continues the speaker before it
    ("\"Работа идет\", - сказал Дмитрий Песков.\n\n\"Все документы готовы к подписанию\".",
     [("direct", "Работа идет", "Дмитрий Песков", "сказать"),
      ("direct", "Все документы готовы к подписанию", "Дмитрий Песков", "")]),
    # ``По словам X, "..."``
    ("По словам Дмитрия Пескова, \"работа идет по плану\".",
     [("direct", "работа идет по плану", "Дмитрий Песков", "по словам")]),
    # reported: ``что``
    ("Дмитрий Песков заявил, что Кремль не планирует менять формат встреч.",
     [("reported", "Кремль не планирует менять формат встреч", "Дмитрий Песков", "заявить")]),
    ("Пресс-секретарь президента России Дмитрий Песков сообщил журналистам, что визит пройдет в мае.",
     [("reported", "визит пройдет в мае", "Дмитрий Песков", "сообщить")]),
    # reported: ``По словам X,`` and ``По его словам,``
    ("По словам Сергея Лаврова, Минск готов принять саммит ОДКБ.",
     [("reported", "Минск готов принять саммит ОДКБ", "Сергей Лавров", "по словам")]),
    ("Сергей Лавров прибыл в Минск. По его словам, подготовка к саммиту уже началась.",
     [("reported", "подготовка к саммиту уже началась", "Сергей Лавров", "по словам")]),
    # reported: ``Об этом заявил X`` points back to the sentence before
    ("Россия и Белоруссия проведут совместные учения в сентябре. Об этом заявил Сергей Лавров.",
     [("reported", "Россия и Белоруссия проведут совместные учения в сентябре", "Сергей Лавров",
       "заявить")]),
    # reported: parenthetical in the middle (two pieces), at the end, and ``как``
    ("Министр иностранных дел России Сергей Лавров прибыл в Минск. Следующая встреча, отметил "
     "дипломат, пройдет в Москве.",
     [("reported", "Следующая встреча", "Сергей Лавров", "отметить"),
      ("reported", "пройдет в Москве", "Сергей Лавров", "отметить")]),
    ("Белоруссия готова к диалогу, подчеркнул Сергей Лавров.",
     [("reported", "Белоруссия готова к диалогу", "Сергей Лавров", "подчеркнуть")]),
    ("Как уточнил Сергей Лавров, сроки пока не определены.",
     [("reported", "сроки пока не определены", "Сергей Лавров", "уточнить")]),
    # directive and commissive verbs with an infinitive
    ("Президент Белоруссии Александр Лукашенко призвал стороны конфликта остановить боевые действия.",
     [("reported", "стороны конфликта остановить боевые действия", "Александр Лукашенко", "призвать")]),
    ("Министр Сергей Лавров предложил провести встречу в Минске.",
     [("reported", "провести встречу в Минске", "Сергей Лавров", "предложить")]),
    # ``о`` + noun phrase, a negated-only verb, ``назвал X Y`` and a second verb sharing the subject
    ("Президент Белоруссии Александр Лукашенко объявил о переносе саммита.",
     [("reported", "о переносе саммита", "Александр Лукашенко", "объявить")]),
    ("Премьер-министр Японии Наото Кан не исключил отставки правительства.",
     [("reported", "отставки правительства", "Наото Кан", "исключить")]),
    ("Лидер оппозиции Леван Гачечиладзе назвал итоги выборов подтасованными и призвал сторонников "
     "собраться на митинг.",
     [("reported", "итоги выборов подтасованными", "Леван Гачечиладзе", "назвать"),
      ("reported", "сторонников собраться на митинг", "Леван Гачечиладзе", "призвать")]),
    # ``отметить`` with an object that states something
    ("Лидеры двух стран отметили важность регулярного диалога.",
     [("reported", "важность регулярного диалога", "лидеры двух стран", "отметить")]),
    # a source phrase with no comma ends at its noun
    ("Сергей Лавров прибыл в Минск. По его мнению страны региона могут углубить сотрудничество.",
     [("reported", "страны региона могут углубить сотрудничество", "Сергей Лавров", "по мнению")]),
    # source phrases
    ("По данным Росстата, цены выросли на 5%.",
     [("reported", "цены выросли на 5%", "Росстат", "по данным")]),
    ("Согласно прогнозу Минэкономразвития, рост составит 2%.",
     [("reported", "рост составит 2%", "Минэкономразвития", "согласно")]),
    ("Как пишет газета «Коммерсант», переговоры зашли в тупик.",
     [("reported", "переговоры зашли в тупик", "Коммерсант", "писать")]),
    # a name with a dot never cuts the attribution
    ("Как сообщает Фонтанка.ру, в Петербурге прошел митинг.",
     [("reported", "в Петербурге прошел митинг", "Фонтанка.ру", "сообщать")]),
    # unnamed speakers: a role noun in the nominative, a document
    ("По мнению экспертов, кризис продлится до весны.",
     [("reported", "кризис продлится до весны", "эксперты", "по мнению")]),
    ("Стороны готовы к диалогу, говорится в декларации.",
     [("reported", "Стороны готовы к диалогу", "декларация", "говориться")]),
    ("Визит пройдет в мае, сообщили в пресс-службе Кремля.",
     [("reported", "Визит пройдет в мае", "пресс-служба Кремля", "сообщить")]),
    ("В этом контракте говорится, что матч состоится в мае.",
     [("reported", "матч состоится в мае", "контракт", "говориться")]),
    # the name that closes a person's role phrase
    ("По мнению полпреда президента РФ в округе Виктора Ишаева, оптимальное число поясов — два.",
     [("reported", "оптимальное число поясов — два", "Виктор Ишаев", "по мнению")]),
    # the person named in the role, not the head of state nor the ministry
    ("Пресс-секретарь главы государства Айдар Иванов заявил, что встреча прошла успешно.",
     [("reported", "встреча прошла успешно", "Айдар Иванов", "заявить")]),
    ("Глава МИД Киргизии Жээнбек Кулубаев сообщил, что визит состоится в мае. Глава МИД также "
     "сообщил, что стороны подпишут соглашение.",
     [("reported", "визит состоится в мае", "Жээнбек Кулубаев", "сообщить"),
      ("reported", "стороны подпишут соглашение", "Жээнбек Кулубаев", "сообщить")]),
    ("Президент России Владимир Путин прибыл в Минск. Президент России заявил, что санкции не сработали.",
     [("reported", "санкции не сработали", "Владимир Путин", "заявить")]),
    ("Россия заявила, что не признает итоги выборов.",
     [("reported", "не признает итоги выборов", "Россия", "заявить")]),
    # a place named in the attribution never speaks
    ("Саммит прошел в Минске. Президент Казахстана Касым-Жомарт Токаев в ходе саммита в Минске "
     "заявил, что Астана готова к диалогу.",
     [("reported", "Астана готова к диалогу", "Касым-Жомарт Токаев", "заявить")]),
    # a place where something was said is not a speaker; a body in it is
    ("Визит состоится в мае, сообщили в Минске.",
     [("reported", "Визит состоится в мае", "", "сообщить")]),
    ("В Кремле заявили, что визит состоится.",
     [("reported", "визит состоится", "Кремль", "заявить")]),
    # after a quote: no dash; an attribution split by dashes; quote marks of the name inside
    ("\"Работа идет\", сказал Дмитрий Песков.",
     [("direct", "Работа идет", "Дмитрий Песков", "сказать")]),
    ("«Союзное государство – наш приоритет, – сказал Сергей Лавров, – и мы его укрепим».",
     [("direct", "Союзное государство – наш приоритет", "Сергей Лавров", "сказать"),
      ("direct", "и мы его укрепим", "Сергей Лавров", "сказать")]),
    ("«Мы работаем с «Роснефтью» уже десять лет», — сказал Игорь Сечин.",
     [("direct", "Мы работаем с «Роснефтью» уже десять лет", "Игорь Сечин", "сказать")]),
    ("\"Мы ведем переговоры с \"ВКонтакте\" и Mail.ru о сотрудничестве\", - сказал Дмитрий Песков.",
     [("direct", "Мы ведем переговоры с \"ВКонтакте\" и Mail.ru о сотрудничестве", "Дмитрий Песков",
       "сказать")]),
    # a colon with no verb of saying: the person the clause is about; an interview answer
    ("Сергей Лавров был краток: «Переговоры прошли успешно».",
     [("direct", "Переговоры прошли успешно", "Сергей Лавров", ":")]),
    ("Мустафа Джемилев прибыл в Анкару.\n\nМустафа Джемилев: Да, всё верно. Встреча прошла хорошо.",
     [("direct", "Да, всё верно. Встреча прошла хорошо.", "Мустафа Джемилев", ":")]),
    # a quote block signed on the next line
    ("«Рейд был проведен, пятен на воде не обнаружено».\n\n— Татьяна Скригонюк, сотрудник "
     "пресс-службы МЧС",
     [("direct", "Рейд был проведен, пятен на воде не обнаружено", "Татьяна Скригонюк", "")]),
    # mixed quotes: the quotation after a bare ``что`` is the content (direct)
    ("Глава МИД России Сергей Лавров отметил, что «Россия открыта для диалога с партнерами».",
     [("direct", "Россия открыта для диалога с партнерами", "Сергей Лавров", "отметить")]),
    # a pronoun the actors step resolves through the verb of saying (any verb of the lexicon)
    ("Сергей Лавров прибыл в Минск. Он анонсировал, что консультации начнутся в декабре.",
     [("reported", "консультации начнутся в декабре", "Сергей Лавров", "анонсировать")]),
]


@pytest.mark.parametrize("body, expected", CASES)
def test_constructions(models, gazetteer, body, expected):
    assert rows(analysed(HEAD + body, models, gazetteer)) == expected


NOT_SPEECH = [
    "Об этом говорится в материале, который опубликовала газета «Коммерсант».",
    "Форум прошел под лозунгом «Мир без границ».",
    "Закон «Об обороне» был принят в 1996 году.",
    "Сергей Лавров назвал ситуацию «сложной».",
    "Делегации обсудили проект \"Северный коридор\" и программу «Цифровая повестка».",
    "Стороны заявили о готовности к диалогу.",   # a cue verb with no content clause
    # the author's own asides, hypothetical and future speech, negated speech
    "Отметим, что саммит пройдет в Минске.",
    "Напомним, что ранее стороны договорились о встрече.",
    "Вряд ли кто-то возьмется утверждать, что кризис закончился.",
    "Выяснится, что стороны не готовы к встрече.",
    "Министр объяснит, что решение было необходимым.",
    "Премьер-министр Японии Наото Кан не сообщил, когда состоится визит.",
    # naming that only names a topic, a so-called name
    "Путин назвал цели ОДКБ на время председательства России.",
    "Острова, называемые в Японии «северными территориями», остаются предметом спора.",
    # ``отметить`` a celebration
    "Ветераны отметили 80-летие Победы.",
    "Жители города отметили праздник.",
    "Космонавты отметили 45-летие полёта Гагарина.",
    # ``обещает быть``: is expected to be; a participle of a directive describes a body
    "На саммите обещает быть председатель КНР Ху Цзиньтао.",
    "Фронт, требующий отставки правительства, провел митинг.",
    # an offer of a thing with no addressee is not speech
    "Компания предлагает множество функций для пользователей.",
]


@pytest.mark.parametrize("body", NOT_SPEECH)
def test_names_titles_and_quoted_words_are_not_speech(models, gazetteer, body):
    assert [q for q in analysed(HEAD + body, models, gazetteer).quotes if q.mode == "direct"] == []
    assert [q for q in analysed(HEAD + body, models, gazetteer).quotes if body[:20] in q.text] == []


@pytest.mark.parametrize("body, expected", [
    # a medium relaying another speaker's words goes in ``via``
    ("«Мы готовы к переговорам», — цитирует Сергея Лаврова РИА Новости.",
     [("direct", "Мы готовы к переговорам", "Сергей Лавров", "person", "РИА Новости")]),
    ("«Мы готовы к переговорам», — сказал Сергей Лавров, передает ТАСС.",
     [("direct", "Мы готовы к переговорам", "Сергей Лавров", "person", "ТАСС")]),
    ("Официальный представитель МИД России Мария Захарова написала в Telegram, что заявление "
     "Вашингтона неприемлемо.",
     [("reported", "заявление Вашингтона неприемлемо", "Мария Захарова", "person", "Telegram")]),
    ("Министр связи Игорь Щеголев рассказал, что Еврокомиссия готова к диалогу, сообщает «Лента.ру».",
     [("reported", "Еврокомиссия готова к диалогу", "Игорь Щеголев", "person", "Лента.ру")]),
    # a medium that names no other source is the speaker
    ("Как пишет газета «Коммерсант», переговоры зашли в тупик.",
     [("reported", "переговоры зашли в тупик", "Коммерсант", "media", "")]),
    # speakers that are not actors
    ("Источник в правительстве сообщил, что решение уже принято.",
     [("reported", "решение уже принято", "источник в правительстве", "role_noun", "")]),
    ("Стороны готовы к диалогу, говорится в декларации.",
     [("reported", "Стороны готовы к диалогу", "декларация", "document", "")]),
    ("Россия заявила, что не признает итоги выборов.",
     [("reported", "не признает итоги выборов", "Россия", "country", "")]),
])
def test_speaker_kind_and_via(models, gazetteer, body, expected):
    article = analysed(HEAD + body, models, gazetteer)
    got = [(q.mode, q.text, q.speaker, q.speaker_kind, q.via) for q in article.quotes]
    assert got == expected
    for q in article.quotes:
        assert (q.speaker_actor_id == -1) == (q.speaker_kind in ("document", "role_noun", "unknown"))


def test_the_dateline_agency_is_never_via(seed):
    assert {q.via for q in seed.quotes} == {""}


def test_a_dateline_left_in_the_paragraph_is_not_speech(models, gazetteer):
    text = "Рыженков: Беларусь выступает за укрепление ОДКБ\n\nМИНСК, 5 декабря (БЕЛТА) – Беларусь " \
           "выступает за укрепление ОДКБ, заявил министр иностранных дел Беларуси Максим Рыженков."
    article = analysed(text, models, gazetteer)
    assert ("reported", "Беларусь выступает за укрепление ОДКБ", "Максим Рыженков", "заявить") in rows(article)


def test_a_role_noun_of_the_same_title_class_is_the_person(models, gazetteer):
    body = ("Министр иностранных дел Киргизии Жээнбек Кулубаев прибыл в Минск.\n\nГлава МИД также сообщил, "
            "что саммит пройдет летом.")
    assert rows(analysed(HEAD + body, models, gazetteer)) == [
        ("reported", "саммит пройдет летом", "Жээнбек Кулубаев", "сообщить")]


def test_a_headline_colon_introduces_the_speakers_words(models, gazetteer):
    text = "Захарова: «Заявление Вашингтона неприемлемо»\n\nМОСКВА, 12 марта. /ТАСС/. Официальный " \
           "представитель МИД России Мария Захарова прокомментировала заявление Госдепартамента."
    article = analysed(text, models, gazetteer)
    assert rows(article)[:1] == [("direct", "Заявление Вашингтона неприемлемо", "Мария Захарова", ":")]


def test_actors_read_the_same_speech_verbs(models, gazetteer):
    """``Он анонсировал, что ...`` resolves the pronoun like ``Он заявил, что ...``: actors take their
    verbs of saying from the speech lexicon."""
    from analysis import actors, lexicon

    assert actors.SPEECH_VERBS == lexicon.words("speech_verbs")
    for verb in ("заявил", "анонсировал", "пообещал"):
        body = "Министр иностранных дел России Сергей Лавров прибыл в Минск. Он %s, что визит пройдет в мае." % verb
        article = analysed(HEAD + body, models, gazetteer)
        he = [m for m in article.mentions if article.text[m.start:m.end] == "Он"]
        assert he and article.actors[he[0].actor_id].name == "Сергей Лавров", verb


def test_a_cue_inside_a_direct_quote_is_not_reported_speech(models, gazetteer):
    body = "\"Я считаю, что переговоры прошли успешно\", - сказал Дмитрий Песков."
    assert rows(analysed(HEAD + body, models, gazetteer)) == [
        ("direct", "Я считаю, что переговоры прошли успешно", "Дмитрий Песков", "сказать")]


def test_an_unresolved_speaker_is_left_empty(models, gazetteer):
    # two men in the paragraph: ``он`` could be either, so no speaker is claimed
    body = "Сергей Лавров и Дмитрий Песков прибыли в Минск. \"Работа идет\", - сказал он."
    article = analysed(HEAD + body, models, gazetteer)
    assert [(q.mode, q.text, q.speaker, q.speaker_actor_id) for q in article.quotes] == [
        ("direct", "Работа идет", "", -1)]


@pytest.mark.parametrize("text, expected", [
    ('a "b" c', ["b"]),
    ("a «b «c» d» e", ["b «c» d"]),
    ('«b "c" d»', ['b "c" d']),
    ("„b“ and “c”", ["b", "c"]),
    ('a "b c', []),                       # unclosed
    ("a «b «c» d", []),                    # the outer one never closes
    ("«b «c», - d", ["b «c"]),              # one » closes both levels before the attribution
    ("«b «c».", ["b «c"]),                  # ... or at the paragraph's end
    ('"b "c" d"', ['b "c" d']),             # straight marks nest by position
    ('"b" and "c"', ["b", "c"]),
])
def test_quoted_spans(text, expected):
    assert [text[o + 1:c] for o, c in quoted_spans(text, 0, len(text))] == expected
