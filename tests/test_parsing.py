"""The article parser on the seed and on one small hand-written article per variant.

Expected values are worked out by hand from each article's text, not copied from the parser's output.
"""

import pytest

from analysis import parse_article, read_article
from analysis.language import split_sentences
from conftest import SEED, assert_partition

FIELDS = ("date", "time", "title", "subtitle", "editorial", "photo_caption", "photo_credit",
          "dateline_place", "dateline_date", "agency")


def parts_of(article):
    return [(part.kind, part.text) for part in article.parts]


def fields_of(article):
    return {name: getattr(article, name) for name in FIELDS}


def test_seed():
    article = read_article(SEED)
    assert_partition(article)
    assert article.encoding == "utf-8"
    assert article.article_id == "000_bd6c12ab9fdbdd52"
    assert fields_of(article) == {
        "date": "2025-11-27",
        "time": "",
        "title": "Путин назвал цели ОДКБ на время председательства России",
        "subtitle": "Ими станут развитие сотрудничества и ВПК",
        "editorial": "Редакция сайта ТАСС",
        "photo_caption": "",
        "photo_credit": "© Михаил Метцель/ POOL/ ТАСС",
        "dateline_place": "Бишкек",
        "dateline_date": "2025-11-27",
        "agency": "ТАСС",
    }
    assert [part.kind for part in article.parts] == [
        "date_header", "title", "subtitle", "editorial", "photo", "dateline",
        "body", "body", "body", "body", "body"]
    assert parts_of(article)[:6] == [
        ("date_header", "date 2025-11-27"),
        ("title", "Путин назвал цели ОДКБ на время председательства России"),
        ("subtitle", "Ими станут развитие сотрудничества и ВПК"),
        ("editorial", "Редакция сайта ТАСС"),
        ("photo", "© Михаил Метцель/ POOL/ ТАСС"),
        ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
    ]
    # the rest of the dateline's paragraph is body, starting right after the dateline
    first_body = article.parts[6]
    assert first_body.text.startswith("Укрепление взаимодействия стран - участниц ОДКБ")
    assert first_body.start == article.parts[5].end + 1
    assert article.parts[-1].text.endswith("международному миру и безопасности.")
    assert article.warnings == []


BODY = "Президент России Владимир Путин провел совещание с постоянными членами Совбеза."

# (id, text, expected parts as (kind, text), expected fields (others empty), warning snippets)
VARIANTS = [
    ("no-date-line",
     "Токаев и Путин обсудили союзническое взаимодействие\n\n"
     "Лидеры встретились в Бишкеке на полях саммита ОДКБ\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президент России Владимир Путин провел переговоры с президентом "
     "Казахстана Касым-Жомартом Токаевым.\n",
     [("title", "Токаев и Путин обсудили союзническое взаимодействие"),
      ("subtitle", "Лидеры встретились в Бишкеке на полях саммита ОДКБ"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президент России Владимир Путин провел переговоры с президентом Казахстана "
               "Касым-Жомартом Токаевым.")],
     {"title": "Токаев и Путин обсудили союзническое взаимодействие",
      "subtitle": "Лидеры встретились в Бишкеке на полях саммита ОДКБ",
      "dateline_place": "Бишкек", "agency": "ТАСС"},
     # no year anywhere: the dateline date stays empty and a warning says why
     ["dateline date 27.11 has no year"]),

    ("date-line-with-time",
     " date 2025-11-24 12:30\n\n"
     "Путин провел телефонный разговор с Токаевым\n\n"
     "МОСКВА, 24 ноября. /ТАСС/. Президент России Владимир Путин провел телефонный разговор с "
     "президентом Казахстана Касым-Жомартом Токаевым.\n",
     [("date_header", "date 2025-11-24 12:30"),
      ("title", "Путин провел телефонный разговор с Токаевым"),
      ("dateline", "МОСКВА, 24 ноября. /ТАСС/."),
      ("body", "Президент России Владимир Путин провел телефонный разговор с президентом Казахстана "
               "Касым-Жомартом Токаевым.")],
     {"date": "2025-11-24", "time": "12:30", "title": "Путин провел телефонный разговор с Токаевым",
      "dateline_place": "Москва", "dateline_date": "2025-11-24", "agency": "ТАСС"},
     []),

    ("date-line-with-url",
     " date 2025-11-24 https://tass.ru/politika/25701234\n\n"
     "Госдума приняла закон о платформенной экономике\n\n"
     "МОСКВА, 24 ноября. /ТАСС/. Госдума приняла в третьем, окончательном чтении закон о "
     "платформенной экономике.\n",
     [("date_header", "date 2025-11-24"),
      ("boilerplate", "https://tass.ru/politika/25701234"),
      ("title", "Госдума приняла закон о платформенной экономике"),
      ("dateline", "МОСКВА, 24 ноября. /ТАСС/."),
      ("body", "Госдума приняла в третьем, окончательном чтении закон о платформенной экономике.")],
     {"date": "2025-11-24", "title": "Госдума приняла закон о платформенной экономике",
      "dateline_place": "Москва", "dateline_date": "2025-11-24", "agency": "ТАСС"},
     []),

    ("date-line-with-time-and-source",
     " date 2025-11-25 09:15 Источник: ТАСС\n\n"
     "Совфед одобрил закон о бюджете на 2026 год\n\n"
     "МОСКВА, 25 ноября. /ТАСС/. Совет Федерации одобрил закон о федеральном бюджете.\n",
     [("date_header", "date 2025-11-25 09:15"),
      ("boilerplate", "Источник: ТАСС"),
      ("title", "Совфед одобрил закон о бюджете на 2026 год"),
      ("dateline", "МОСКВА, 25 ноября. /ТАСС/."),
      ("body", "Совет Федерации одобрил закон о федеральном бюджете.")],
     {"date": "2025-11-25", "time": "09:15", "title": "Совфед одобрил закон о бюджете на 2026 год",
      "dateline_place": "Москва", "dateline_date": "2025-11-25", "agency": "ТАСС"},
     []),

    ("first-line-is-subtitle",
     " date 2025-11-27 Ими станут развитие сотрудничества и ВПК\n\n"
     "Редакция сайта ТАСС\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Укрепление взаимодействия стран - участниц ОДКБ станет одним из "
     "приоритетов.\n",
     [("date_header", "date 2025-11-27"),
      ("subtitle", "Ими станут развитие сотрудничества и ВПК"),
      ("editorial", "Редакция сайта ТАСС"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Укрепление взаимодействия стран - участниц ОДКБ станет одним из приоритетов.")],
     {"date": "2025-11-27", "subtitle": "Ими станут развитие сотрудничества и ВПК",
      "editorial": "Редакция сайта ТАСС", "dateline_place": "Бишкек", "dateline_date": "2025-11-27",
      "agency": "ТАСС"},
     ["no headline"]),

    ("plain-first-line-is-subtitle",
     "По его словам, Россия готова делиться разработками в сфере ВПК\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президент России выступил на саммите ОДКБ.\n",
     [("subtitle", "По его словам, Россия готова делиться разработками в сфере ВПК"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президент России выступил на саммите ОДКБ.")],
     {"subtitle": "По его словам, Россия готова делиться разработками в сфере ВПК",
      "dateline_place": "Бишкек", "agency": "ТАСС"},
     ["no headline", "has no year"]),

    ("no-dateline",
     " date 2025-11-27 Госдума приняла закон о маркировке табачной продукции\n\n"
     "Депутаты одобрили документ в третьем чтении.\n\n"
     "Закон вступит в силу 1 марта 2026 года.\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Госдума приняла закон о маркировке табачной продукции"),
      ("body", "Депутаты одобрили документ в третьем чтении."),
      ("body", "Закон вступит в силу 1 марта 2026 года.")],
     {"date": "2025-11-27", "title": "Госдума приняла закон о маркировке табачной продукции"},
     ["no dateline"]),

    ("plain-text-headline-first",
     "Госдума приняла закон о платформенной\n"
     "экономике\n\n"
     "Документ вступит в силу 1 октября 2025 года.\n\n"
     "Закон регулирует отношения между маркетплейсами, продавцами и покупателями.\n",
     # the hard-wrapped headline continues in lower case on the next line: one title
     [("title", "Госдума приняла закон о платформенной\nэкономике"),
      ("body", "Документ вступит в силу 1 октября 2025 года."),
      ("body", "Закон регулирует отношения между маркетплейсами, продавцами и покупателями.")],
     {"title": "Госдума приняла закон о платформенной экономике"},
     ["no dateline"]),

    ("plain-text-one-line", "Путин прибыл в Бишкек с государственным визитом\n",
     [("title", "Путин прибыл в Бишкек с государственным визитом")],
     {"title": "Путин прибыл в Бишкек с государственным визитом"},
     ["no dateline"]),

    ("photo-caption-before-credit",
     " date 2025-11-24 Мишустин обсудил с Бектеновым транспортные коридоры\n\n"
     "Премьер-министр РФ Михаил Мишустин © Александр Астафьев/ POOL/ ТАСС\n\n"
     "МОСКВА, 24 ноября. /ТАСС/. Председатель правительства РФ провел переговоры с премьер-министром "
     "Казахстана.\n",
     [("date_header", "date 2025-11-24"),
      ("title", "Мишустин обсудил с Бектеновым транспортные коридоры"),
      ("photo", "Премьер-министр РФ Михаил Мишустин © Александр Астафьев/ POOL/ ТАСС"),
      ("dateline", "МОСКВА, 24 ноября. /ТАСС/."),
      ("body", "Председатель правительства РФ провел переговоры с премьер-министром Казахстана.")],
     {"date": "2025-11-24", "title": "Мишустин обсудил с Бектеновым транспортные коридоры",
      "photo_caption": "Премьер-министр РФ Михаил Мишустин",
      "photo_credit": "© Александр Астафьев/ POOL/ ТАСС",
      "dateline_place": "Москва", "dateline_date": "2025-11-24", "agency": "ТАСС"},
     []),

    ("credit-several-segments",
     " date 2025-11-27 Путин провел переговоры с Жапаровым\n\n"
     "© Гавриил Григоров/ пресс-служба президента РФ/ ТАСС\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президенты обсудили торгово-экономическое сотрудничество.\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Путин провел переговоры с Жапаровым"),
      ("photo", "© Гавриил Григоров/ пресс-служба президента РФ/ ТАСС"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президенты обсудили торгово-экономическое сотрудничество.")],
     {"date": "2025-11-27", "title": "Путин провел переговоры с Жапаровым",
      "photo_credit": "© Гавриил Григоров/ пресс-служба президента РФ/ ТАСС",
      "dateline_place": "Бишкек", "dateline_date": "2025-11-27", "agency": "ТАСС"},
     []),

    ("photo-credit-word",
     " date 2025-11-27 Путин провел переговоры с Жапаровым\n\n"
     "Фото: Сергей Бобылев/ ТАСС\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президенты обсудили торгово-экономическое сотрудничество.\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Путин провел переговоры с Жапаровым"),
      ("photo", "Фото: Сергей Бобылев/ ТАСС"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президенты обсудили торгово-экономическое сотрудничество.")],
     {"date": "2025-11-27", "title": "Путин провел переговоры с Жапаровым",
      "photo_credit": "Фото: Сергей Бобылев/ ТАСС",
      "dateline_place": "Бишкек", "dateline_date": "2025-11-27", "agency": "ТАСС"},
     []),

    ("see-also",
     " date 2025-11-27 Путин прибыл в Бишкек\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президент России Владимир Путин прибыл в Бишкек с государственным "
     "визитом.\n\n"
     "Читайте также\n\n"
     "Путин назвал цели ОДКБ на время председательства России\n\n"
     "Во второй день визита запланированы переговоры с Садыром Жапаровым.\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Путин прибыл в Бишкек"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президент России Владимир Путин прибыл в Бишкек с государственным визитом."),
      ("boilerplate", "Читайте также"),
      ("boilerplate", "Путин назвал цели ОДКБ на время председательства России"),
      ("body", "Во второй день визита запланированы переговоры с Садыром Жапаровым.")],
     {"date": "2025-11-27", "title": "Путин прибыл в Бишкек", "dateline_place": "Бишкек",
      "dateline_date": "2025-11-27", "agency": "ТАСС"},
     []),

    ("see-also-same-line-and-source",
     " date 2025-11-27 Путин прибыл в Бишкек\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президент России прибыл в Бишкек.\n\n"
     "Читайте также: Путин назвал цели ОДКБ на время председательства России\n\n"
     "Визит продлится два дня.\n\n"
     "Источник: ТАСС\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Путин прибыл в Бишкек"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президент России прибыл в Бишкек."),
      ("boilerplate", "Читайте также: Путин назвал цели ОДКБ на время председательства России"),
      ("body", "Визит продлится два дня."),
      ("boilerplate", "Источник: ТАСС")],
     {"date": "2025-11-27", "title": "Путин прибыл в Бишкек", "dateline_place": "Бишкек",
      "dateline_date": "2025-11-27", "agency": "ТАСС"},
     []),

    ("glued-sentences",
     " date 2025-11-28 Лидеры ОДКБ приняли декларацию\n\n"
     "БИШКЕК, 28 ноября. /ТАСС/. Главы государств ОДКБ подписали итоговую декларацию.Текст документа "
     "опубликован на сайте организации.\n",
     [("date_header", "date 2025-11-28"),
      ("title", "Лидеры ОДКБ приняли декларацию"),
      ("dateline", "БИШКЕК, 28 ноября. /ТАСС/."),
      ("body", "Главы государств ОДКБ подписали итоговую декларацию.Текст документа опубликован на "
               "сайте организации.")],
     {"date": "2025-11-28", "title": "Лидеры ОДКБ приняли декларацию", "dateline_place": "Бишкек",
      "dateline_date": "2025-11-28", "agency": "ТАСС"},
     []),

    ("bullets-after-dateline",
     " date 2025-11-27 Лидеры ОДКБ подписали пакет документов\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Главы государств ОДКБ по итогам саммита подписали:\n\n"
     "— декларацию Совета коллективной безопасности;\n"
     "— решение о председательстве России в 2026 году;\n\n"
     "— план мероприятий к юбилею Договора о коллективной безопасности.\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Лидеры ОДКБ подписали пакет документов"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Главы государств ОДКБ по итогам саммита подписали:"),
      ("body", "— декларацию Совета коллективной безопасности;"),
      ("body", "— решение о председательстве России в 2026 году;"),
      ("body", "— план мероприятий к юбилею Договора о коллективной безопасности.")],
     {"date": "2025-11-27", "title": "Лидеры ОДКБ подписали пакет документов",
      "dateline_place": "Бишкек", "dateline_date": "2025-11-27", "agency": "ТАСС"},
     []),

    # A digest with no dateline: a dash-led paragraph is a list item of the body, never a subtitle.
    ("bullets-without-dateline",
     " date 2025-11-28 Главное о визите Путина в Киргизию\n\n"
     "— Путин провел переговоры с Садыром Жапаровым\n\n"
     "– Россия приняла председательство в ОДКБ на 2026 год\n\n"
     "- Стороны подписали меморандум о сотрудничестве в сфере образования\n",
     [("date_header", "date 2025-11-28"),
      ("title", "Главное о визите Путина в Киргизию"),
      ("body", "— Путин провел переговоры с Садыром Жапаровым"),
      ("body", "– Россия приняла председательство в ОДКБ на 2026 год"),
      ("body", "- Стороны подписали меморандум о сотрудничестве в сфере образования")],
     {"date": "2025-11-28", "title": "Главное о визите Путина в Киргизию"},
     ["no dateline"]),

    ("nbsp-and-soft-hyphens",
     " date 2025-11-27 Путин\u00a0назвал цели ОДКБ на время пред\u00adседательства России\n\n"
     "Ими станут развитие сотрудничества и\u00a0ВПК\n\n"
     "Президент РФ Владимир Путин\u00a0© Михаил Метцель/\u00a0POOL/ ТАСС\n\n"
     "БИШКЕК,\u00a027\u00a0ноября. /ТАСС/. Укрепление взаимодействия стран\u00a0- участниц ОДКБ станет "
     "одним из при\u00adоритетов.\n",
     # part texts keep NBSP and soft hyphens; the derived fields are cleaned
     [("date_header", "date 2025-11-27"),
      ("title", "Путин\u00a0назвал цели ОДКБ на время пред\u00adседательства России"),
      ("subtitle", "Ими станут развитие сотрудничества и\u00a0ВПК"),
      ("photo", "Президент РФ Владимир Путин\u00a0© Михаил Метцель/\u00a0POOL/ ТАСС"),
      ("dateline", "БИШКЕК,\u00a027\u00a0ноября. /ТАСС/."),
      ("body", "Укрепление взаимодействия стран\u00a0- участниц ОДКБ станет одним из при\u00adоритетов.")],
     {"date": "2025-11-27", "title": "Путин назвал цели ОДКБ на время председательства России",
      "subtitle": "Ими станут развитие сотрудничества и ВПК",
      "photo_caption": "Президент РФ Владимир Путин", "photo_credit": "© Михаил Метцель/ POOL/ ТАСС",
      "dateline_place": "Бишкек", "dateline_date": "2025-11-27", "agency": "ТАСС"},
     []),

    ("unclassified-line-kept-as-other",
     " date 2025-11-27 Путин прибыл в Бишкек\n\n"
     "Глава государства проведет переговоры с Садыром Жапаровым\n\n"
     "Обновлено 27 ноября 2025, 14:05\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президент России прибыл в Бишкек.\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Путин прибыл в Бишкек"),
      ("subtitle", "Глава государства проведет переговоры с Садыром Жапаровым"),
      ("other", "Обновлено 27 ноября 2025, 14:05"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президент России прибыл в Бишкек.")],
     {"date": "2025-11-27", "title": "Путин прибыл в Бишкек",
      "subtitle": "Глава государства проведет переговоры с Садыром Жапаровым",
      "dateline_place": "Бишкек", "dateline_date": "2025-11-27", "agency": "ТАСС"},
     ["unclassified line"]),

    # A line holding nothing but a zero-width space is no subtitle: kept, as `other`, with a warning.
    ("invisible-only-line",
     " date 2025-11-27 Путин прибыл в Бишкек\n\n"
     "\u200b\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президент России прибыл в Бишкек.\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Путин прибыл в Бишкек"),
      ("other", "\u200b"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президент России прибыл в Бишкек.")],
     {"date": "2025-11-27", "title": "Путин прибыл в Бишкек", "dateline_place": "Бишкек",
      "dateline_date": "2025-11-27", "agency": "ТАСС"},
     ["unclassified line"]),

    # A blank line ends a paragraph even when the next one opens in lower case: only a single line
    # break is a hard wrap.
    ("lower-case-paragraph-after-blank-line",
     " date 2025-11-27 Путин назвал цели ОДКБ\n\n"
     "и рассказал о планах председательства России\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президент России выступил на саммите.\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Путин назвал цели ОДКБ"),
      ("subtitle", "и рассказал о планах председательства России"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президент России выступил на саммите.")],
     {"date": "2025-11-27", "title": "Путин назвал цели ОДКБ",
      "subtitle": "и рассказал о планах председательства России",
      "dateline_place": "Бишкек", "dateline_date": "2025-11-27", "agency": "ТАСС"},
     []),

    ("hard-wrap-crlf",
     " date 2025-11-27 Путин назвал цели ОДКБ на время\r\n"
     "председательства России\r\n\r\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президент России выступил на саммите\r\n"
     "в Бишкеке.\r\n",
     [("date_header", "date 2025-11-27"),
      ("title", "Путин назвал цели ОДКБ на время\r\nпредседательства России"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президент России выступил на саммите\r\nв Бишкеке.")],
     {"date": "2025-11-27", "title": "Путин назвал цели ОДКБ на время председательства России",
      "dateline_place": "Бишкек", "dateline_date": "2025-11-27", "agency": "ТАСС"},
     []),

    # Text read with open(encoding="utf-8") keeps a BOM: the header is still the header.
    ("bom-left-in-text",
     "\ufeff date 2025-11-27 Путин прибыл в Бишкек\n\n"
     "БИШКЕК, 27 ноября. /ТАСС/. Президент России прибыл в Бишкек.\n",
     [("date_header", "\ufeff date 2025-11-27"),
      ("title", "Путин прибыл в Бишкек"),
      ("dateline", "БИШКЕК, 27 ноября. /ТАСС/."),
      ("body", "Президент России прибыл в Бишкек.")],
     {"date": "2025-11-27", "title": "Путин прибыл в Бишкек", "dateline_place": "Бишкек",
      "dateline_date": "2025-11-27", "agency": "ТАСС"},
     []),
]


@pytest.mark.parametrize("text, expected_parts, expected_fields, warnings",
                         [case[1:] for case in VARIANTS], ids=[case[0] for case in VARIANTS])
def test_variant(text, expected_parts, expected_fields, warnings):
    article = parse_article(text)
    assert_partition(article)
    assert parts_of(article) == expected_parts
    assert fields_of(article) == {name: expected_fields.get(name, "") for name in FIELDS}
    for snippet in warnings:
        assert any(snippet in warning for warning in article.warnings), (snippet, article.warnings)
    if not warnings:
        assert article.warnings == []


# (header date line, dateline, its place, date, agency)
DATELINES = [
    ("2025-11-24", "МОСКВА, 24 ноября. /ТАСС/.", "Москва", "2025-11-24", "ТАСС"),
    ("2025-09-01", "ТЯНЬЦЗИНЬ (Китай), 1 сен — РИА Новости.", "Тяньцзинь", "2025-09-01", "РИА Новости"),
    ("2025-11-27", "МОСКВА, 27 ноя - РИА Новости, Мария Иванова.", "Москва", "2025-11-27", "РИА Новости"),
    ("2025-11-27", "МОСКВА, 27 ноя — РИА\u00a0Новости.", "Москва", "2025-11-27", "РИА Новости"),
    ("2025-11-30", "ТАСС-ДОСЬЕ.", "", "", "ТАСС"),
    ("2025-11-30", "/ТАСС-ДОСЬЕ/.", "", "", "ТАСС"),
    ("2025-10-20", "20 октября, Минск /Корр. БЕЛТА/.", "Минск", "2025-10-20", "БЕЛТА"),
    ("2025-12-05", "МИНСК, 5 декабря (БЕЛТА) –", "Минск", "2025-12-05", "БЕЛТА"),
    ("2025-12-05", "ГРОДНО, 5 дек (БЕЛТА) -", "Гродно", "2025-12-05", "БЕЛТА"),
    ("2025-12-05", "АСТАНА, 5 декабря (Казинформ) —", "Астана", "2025-12-05", "Kazinform"),
    ("2025-11-27", "Москва. 27 ноября. INTERFAX.RU -", "Москва", "2025-11-27", "Интерфакс"),
    ("2026-02-06", "Астана. 6 февраля. INTERFAX.KZ –", "Астана", "2026-02-06", "Интерфакс-Казахстан"),
    ("2026-03-02", "Минск. 2 марта. INTERFAX.BY -", "Минск", "2026-03-02", "Интерфакс-Запад"),
    ("2026-03-02", "Киев. 2 марта. INTERFAX.COM.UA -", "Киев", "2026-03-02", "Интерфакс-Украина"),
    ("2025-11-27", "Санкт-Петербург. 27 ноября. ИНТЕРФАКС —", "Санкт-Петербург", "2025-11-27", "Интерфакс"),
    ("2025-11-27", "РОСТОВ-НА-ДОНУ, 27 ноября. /ТАСС/.", "Ростов-на-Дону", "2025-11-27", "ТАСС"),
    ("2025-11-27", "САНКТ-ПЕТЕРБУРГ, 27 ноября. /Корр. ТАСС Анна Юркина/.", "Санкт-Петербург",
     "2025-11-27", "ТАСС"),
    ("2025-11-27", "НИЖНИЙ НОВГОРОД, 27 ноября. /ТАСС/.", "Нижний Новгород", "2025-11-27", "ТАСС"),
    ("2025-11-27", "БИШКЕК, 27 ноября. /ИТАР-ТАСС/.", "Бишкек", "2025-11-27", "ТАСС"),
    ("2025-11-27", "ДОНЕЦК, 27 ноября. /Корр. ТАСС/.", "Донецк", "2025-11-27", "ТАСС"),
]


@pytest.mark.parametrize("header, dateline, place, date, agency", DATELINES,
                         ids=[case[1] for case in DATELINES])
def test_dateline(header, dateline, place, date, agency):
    text = " date %s Путин провел совещание с членами Совбеза\n\n%s %s\n" % (header, dateline, BODY)
    article = parse_article(text)
    assert_partition(article)
    assert parts_of(article)[2:] == [("dateline", dateline), ("body", BODY)]
    assert (article.dateline_place, article.dateline_date, article.agency) == (place, date, agency)
    assert article.warnings == []


# (header date, dateline day and month, expected dateline date, warning snippet)
DATES = [
    ("2025-11-27", "27 ноября", "2025-11-27", None),
    ("27.11.2025", "27 ноября", "2025-11-27", None),
    ("2025-11-27", "26 ноября", "2025-11-26", None),
    ("2025-11-27", "1 января", "2025-01-01", None),  # long past in the same year: no roll back
    ("2026-01-03", "30 декабря", "2025-12-30", None),  # December dateline, January article
    ("2026-01-03", "31 дек", "2025-12-31", None),
    ("2025-07-01", "28 декабря", "2025-12-28", None),  # exactly 180 days after: same year
    ("2025-06-30", "28 декабря", "2024-12-28", None),  # 181 days after: the year before
    ("2024-03-01", "29 февраля", "2024-02-29", None),
    ("2025-11-27", "31 ноября", "", "not a calendar date"),
    ("2025-02-30", "27 ноября", "", "no year"),  # the header date itself is no calendar date
]


@pytest.mark.parametrize("header, day_month, dateline_date, warning", DATES,
                         ids=["%s+%s" % case[:2] for case in DATES])
def test_dateline_date(header, day_month, dateline_date, warning):
    text = " date %s Путин провел совещание\n\nМОСКВА, %s. /ТАСС/. %s\n" % (header, day_month, BODY)
    article = parse_article(text)
    assert article.dateline_date == dateline_date
    if warning:
        assert any(warning in w for w in article.warnings), article.warnings
    else:
        assert article.warnings == []


@pytest.mark.parametrize("header, date, time, warnings", [
    ("date 2025-11-27", "2025-11-27", "", []),
    ("date 27.11.2025", "2025-11-27", "", []),
    ("date 2025-11-27T08:05:30", "2025-11-27", "08:05:30", []),
    ("date 2025-1-5 7:05", "2025-01-05", "7:05", []),
    ("date 2025-02-30", "", "", ["date header 2025-02-30 is not a calendar date"]),
], ids=["iso", "dmy", "iso-with-T-time", "short-fields", "not-a-date"])
def test_header_date(header, date, time, warnings):
    article = parse_article(" %s Путин провел совещание\n\nТекст сообщения.\n" % header)
    assert (article.date, article.time) == (date, time)
    assert article.parts[0].kind == "date_header"
    assert [w for w in article.warnings if w.startswith("date header")] == warnings


def test_invalid_header_date_warning_says_why_the_dateline_has_no_year():
    article = parse_article(" date 2025-02-30 Путин провел совещание\n\nМОСКВА, 27 ноября. /ТАСС/. "
                            + BODY)
    (warning,) = [w for w in article.warnings if w.startswith("dateline date")]
    assert "not a calendar date" in warning


def test_unclassified_text_is_never_dropped():
    text = (" date 2025-11-27 Путин прибыл в Бишкек\n\nГлава государства проведет переговоры\n\n"
            "Эксклюзив\n\nПрямая трансляция\n\nБИШКЕК, 27 ноября. /ТАСС/. Текст.\n")
    article = parse_article(text)
    assert_partition(article)
    others = article.parts_of("other")
    assert [part.text for part in others] == ["Эксклюзив", "Прямая трансляция"]
    assert sum("unclassified line" in w for w in article.warnings) == 2


@pytest.mark.parametrize("text, sentences", [
    ("Главы государств ОДКБ подписали итоговую декларацию.Текст документа опубликован на сайте.",
     ["Главы государств ОДКБ подписали итоговую декларацию.", "Текст документа опубликован на сайте."]),
    ("Стороны подписали декларацию. Текст документа опубликован.",
     ["Стороны подписали декларацию.", "Текст документа опубликован."]),
    ("Путин прибыл в Бишкек!Переговоры начнутся в полдень.",
     ["Путин прибыл в Бишкек!", "Переговоры начнутся в полдень."]),
    ("Кто возглавит организацию?Ответ дадут в Бишкеке.",
     ["Кто возглавит организацию?", "Ответ дадут в Бишкеке."]),
    # no split: a one-letter abbreviation, a decimal, a web address, an upper-case word before the stop
    ("Встреча прошла в г.Москве.", ["Встреча прошла в г.Москве."]),
    # nor two- and three-letter abbreviations glued to a name
    ("Посольство на ул.Ленина открыто.", ["Посольство на ул.Ленина открыто."]),
    ("Выступил ректор РГУ им.Губкина.", ["Выступил ректор РГУ им.Губкина."]),
    ("Рост составил 2.5 процента.", ["Рост составил 2.5 процента."]),
    ("Об этом сообщил сайт tass.ru в среду.", ["Об этом сообщил сайт tass.ru в среду."]),
    ("Саммит прошел в ОДКБ.Затем", ["Саммит прошел в ОДКБ.Затем"]),
    ("  Путин прибыл.Начались переговоры.  ", ["Путин прибыл.", "Начались переговоры."]),
])
def test_split_sentences(text, sentences):
    spans = list(split_sentences(text))
    assert [text[start:end] for start, end in spans] == sentences


def test_glued_sentences_in_an_article_become_two_sentences():
    from analysis.language import segment

    text = VARIANTS[[case[0] for case in VARIANTS].index("glued-sentences")][1]
    article = parse_article(text)
    sentences, tokens = segment(article)
    body = [s.text for s in sentences if article.parts[s.part_id].kind == "body"]
    assert body == ["Главы государств ОДКБ подписали итоговую декларацию.",
                    "Текст документа опубликован на сайте организации."]
    for token in tokens:
        assert article.text[token.start:token.end] == token.text


def test_seed_with_models(models):
    """One small run of the natasha models: entities stay inside their parts."""
    from analysis import analyse

    article = analyse(read_article(SEED), models)
    assert not [w for w in article.warnings if "failed" in w]
    by_id = {part.part_id: part for part in article.parts}
    for span in article.ner_spans:
        part = by_id[span.part_id]
        assert part.start <= span.start < span.end <= part.end
        assert article.text[span.start:span.end] == span.text
    persons = {span.text for span in article.ner_spans if span.type == "PER"}
    assert "Путин" in persons
    locations = {span.text for span in article.ner_spans if span.type == "LOC"}
    assert "Бишкек" in locations or "Россия" in locations
