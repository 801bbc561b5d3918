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
]


@pytest.mark.parametrize("body", NOT_SPEECH)
def test_names_titles_and_quoted_words_are_not_speech(models, gazetteer, body):
    assert [q for q in analysed(HEAD + body, models, gazetteer).quotes if q.mode == "direct"] == []
    assert [q for q in analysed(HEAD + body, models, gazetteer).quotes if body[:20] in q.text] == []


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
])
def test_quoted_spans(text, expected):
    assert [text[o + 1:c] for o, c in quoted_spans(text, 0, len(text))] == expected
