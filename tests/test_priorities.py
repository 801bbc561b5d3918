"""Priorities: stated priorities, plans, offers and practice, their groups, themes and glosses."""

import csv
from importlib import resources

import pytest

import analysis
from analysis import lexicon
from analysis.priorities import SOURCE_KINDS, STATUSES, THEMES, concepts, theme_of
from analysis.views import NO_GLOSS, gloss_phrase

from conftest import SEED

HEAD = "Саммит ОДКБ завершился\n\nМОСКВА, 3 апреля. /ТАСС/. "


@pytest.fixture(scope="module")
def gazetteer():
    return analysis.load_gazetteer()


def analysed(article, models, gazetteer):
    resources = analysis.Resources(models, gazetteer=gazetteer)
    return analysis.analyse_all(article, resources, until="priorities")


def rows(article):
    for p in article.priorities:
        assert article.text[p.start:p.end] == p.text
        assert p.status in STATUSES and p.source_kind in SOURCE_KINDS
    return [(p.text, p.status, p.source_kind) for p in article.priorities]


# --- the seed, hand-checked -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed(models, gazetteer):
    return analysed(analysis.read_article(SEED), models, gazetteer)


COOPERATION = [
    ("развитие сотрудничества", "priority", "subtitle"),
    ("Укрепление взаимодействия стран - участниц ОДКБ", "priority", "lead"),
    ("совершенствование нашего взаимодействия", "priority", "direct_quote"),
]
DEFENCE_INDUSTRY = [
    ("ВПК", "priority", "subtitle"),
    ("развитие и интеграция оборонно-промышленных секторов стран", "priority", "lead"),
    ("сопоставление возможностей оборонно-промышленных секторов стран", "priority", "direct_quote"),
]
GOVERNANCE = [("совершенствование работы органов управления организации", "priority", "reported")]
PRACTICE = ("предоставляем льготные условия для приобретения наших вооружений и техники для стран ОДКБ",
            "practice", "direct_quote")
OFFER = ("делиться разработками и новейшими продуктами сферы ВПК со своими партнерами", "offer",
         "reported")
# the agency's backgrounder, a paragraph of organisational facts: the CSTO's statutory goals
# (``Целью ОДКБ является ...``), not the article's priorities
CHARTER = [
    ("отражение угроз безопасности и стабильности", "statutory", "body"),
    ("защита территориальной целостности и суверенитета государств-членов без вмешательства в их "
     "внутриполитические процессы", "statutory", "body"),
    ("отражение угроз международному миру и безопасности", "statutory", "body"),
]


def test_seed_rows(seed):
    assert sorted(rows(seed)) == sorted(COOPERATION + DEFENCE_INDUSTRY + GOVERNANCE + [PRACTICE, OFFER]
                                        + CHARTER)


def test_the_headline_names_no_priority_by_itself(seed):
    assert [p for p in seed.priorities if p.source_kind == "headline"] == []


def test_seed_groups(seed):
    group = {p.text: p.group_id for p in seed.priorities}
    groups = [{group[text] for text, _, _ in rows} for rows in (COOPERATION, DEFENCE_INDUSTRY, GOVERNANCE)]
    assert all(len(g) == 1 for g in groups)
    assert len(set.union(*groups)) == 3
    # an offer and a practice about the defence industry are not restatements of the priority
    assert group[OFFER[0]] not in groups[1] and group[PRACTICE[0]] not in groups[1]
    assert len({group[text] for text, _, _ in CHARTER}) == 3


def test_seed_holders_speakers_and_themes(seed):
    by_text = {p.text: p for p in seed.priorities}
    # ``приоритетами организации на время годового председательства России``: the priorities of
    # Russia's chairmanship, for the CSTO; ``направлением работы ОДКБ``: the CSTO's
    for text, _, kind in COOPERATION + DEFENCE_INDUSTRY:
        assert by_text[text].holder == "Россия"
    assert by_text[GOVERNANCE[0][0]].holder == "ОДКБ"
    for text, _, kind in COOPERATION + DEFENCE_INDUSTRY + GOVERNANCE:
        assert by_text[text].speaker == ("" if kind == "subtitle" else "Владимир Путин")
    for text, _, kind in COOPERATION[:2] + DEFENCE_INDUSTRY[:2] + GOVERNANCE:
        assert by_text[text].organisation == "ОДКБ"
    assert {by_text[t].holder for t, _, _ in CHARTER} == {"ОДКБ"}
    # ``Мы предоставляем льготные условия``: Putin, president of Russia, speaking for Russia
    assert by_text[PRACTICE[0]].holder == "Россия"
    assert by_text[OFFER[0]].holder == "Россия"
    assert {by_text[t].theme for t, _, _ in COOPERATION} == {"cooperation"}
    assert {by_text[t].theme for t, _, _ in DEFENCE_INDUSTRY} == {"defence_industry"}
    assert by_text[GOVERNANCE[0][0]].theme == "governance"
    assert by_text[CHARTER[0][0]].speaker == ""


def test_seed_evidence_is_the_sentence(seed):
    sentences = {s.text for s in seed.sentences}
    for p in seed.priorities:
        assert p.evidence in sentences and p.text in p.evidence


# --- constructions --------------------------------------------------------------------------------

CASES = [
    ("Приоритетами председательства станут борьба с терроризмом и противодействие наркотрафику.",
     [("борьба с терроризмом", "priority", "lead"), ("противодействие наркотрафику", "priority", "lead")]),
    ("Саммит прошел в Минске. Одним из главных приоритетов станет цифровизация.",
     [("цифровизация", "priority", "body")]),
    ("Саммит прошел в Минске. Еще одним направлением работы ОДКБ будет подготовка кадров.",
     [("подготовка кадров", "priority", "body")]),
    ("Саммит прошел в Минске. Укрепление границ и борьба с наркотрафиком остаются главными задачами "
     "организации.",
     [("Укрепление границ", "priority", "body"), ("борьба с наркотрафиком", "priority", "body")]),
    ("Саммит прошел в Минске. Задач несколько. Это борьба с терроризмом. Это защита границ.",
     [("борьба с терроризмом", "priority", "body"), ("защита границ", "priority", "body")]),
    ("Участники саммита определили приоритеты на следующий год:\n\n— укрепление коллективных сил;"
     "\n\n— борьба с наркотрафиком.",
     [("укрепление коллективных сил", "priority", "list_item"),
      ("борьба с наркотрафиком", "priority", "list_item")]),
    ("Саммит прошел в Минске. Казахстан планирует начать поставки зерна в Таджикистан.",
     [("начать поставки зерна в Таджикистан", "plan", "body")]),
    ("Саммит прошел в Минске. Россия будет помогать партнерам в подготовке кадров.",
     [("помогать партнерам в подготовке кадров", "plan", "body")]),
    ("Саммит прошел в Минске. Президент Белоруссии Александр Лукашенко предложил провести следующий "
     "саммит в Минске.",
     # ``предложил`` + infinitive is reported speech (speech: directive verbs)
     [("провести следующий саммит в Минске", "offer", "reported")]),
    ("Саммит прошел в Минске. \"Россия готова делиться технологиями с партнерами\", - сказал Владимир "
     "Путин.",
     [("делиться технологиями с партнерами", "offer", "direct_quote")]),
    # the quote's closing mark is not part of the phrase; a quoted name's closing mark is
    ("Саммит прошел в Минске. \"Снятие барьеров остается приоритетом. Мы готовы делиться опытом со "
     "всеми партнерами\", - сказал Александр Лукашенко.",
     [("Снятие барьеров", "priority", "direct_quote"),
      ("делиться опытом со всеми партнерами", "offer", "direct_quote")]),
    ("Саммит прошел в Минске. Одним из главных приоритетов станет проект «Северный поток».",
     [("проект «Северный поток»", "priority", "body")]),
]


@pytest.mark.parametrize("body, expected", CASES)
def test_constructions(models, gazetteer, body, expected):
    assert rows(analysed(analysis.parse_article(HEAD + body), models, gazetteer)) == expected


# Forms real statements use, each written for this test: (body, [(text, status, holder,
# organisation)]); HEAD's dateline is a TASS one, the headline names nobody.
STATEMENTS = [
    # a marker, a dash, infinitives: one goal each
    ("«Наша общая задача – повысить боеготовность коллективных сил и не допустить дестабилизации в "
     "регионе», – подчеркнул министр иностранных дел Белоруссии Максим Рыженков.",
     [("повысить боеготовность коллективных сил", "priority", "Белоруссия", ""),
      ("не допустить дестабилизации в регионе", "priority", "Белоруссия", "")]),
    ("Цель – создание единого рынка услуг ЕАЭС.",
     [("создание единого рынка услуг ЕАЭС", "priority", "", "ЕАЭС")]),
    ("В числе ключевых направлений работы ШОС – энергетика, транспорт и цифровизация.",
     [("энергетика", "priority", "ШОС", "ШОС"), ("транспорт", "priority", "ШОС", "ШОС"),
      ("цифровизация", "priority", "ШОС", "ШОС")]),
    # a stance, a pursuit, a focus: goal verbs and their goal
    ("Казахстан выступает за расширение ШОС.",
     [("расширение ШОС", "priority", "Казахстан", "ШОС")]),
    ("Белоруссия будет добиваться снятия торговых барьеров в ЕАЭС.",
     [("снятия торговых барьеров в ЕАЭС", "priority", "Белоруссия", "ЕАЭС")]),
    ("Особое внимание будет уделено борьбе с киберпреступностью.",
     [("борьбе с киберпреступностью", "priority", "", "")]),
    # whose chairmanship, for which organisation
    ("Приоритетом председательства Киргизии в ШОС останется борьба с наркотрафиком.",
     [("борьба с наркотрафиком", "priority", "Киргизия", "ШОС")]),
    # backing another's priorities: the other holds them
    ("Россия поддерживает приоритеты индийского председательства в БРИКС, в том числе реформу "
     "финансовых институтов.",
     [("реформу финансовых институтов", "supported", "Индия", "БРИКС")]),
    # proposed as a priority: an offer of the proposer, for the organisation named
    ("Киргизия предложила сделать борьбу с наркотрафиком приоритетом ШОС.",
     [("борьбу с наркотрафиком", "offer", "Киргизия", "ШОС")]),
    ("Узбекистан намерен сосредоточиться на транспортных проектах.",
     [("сосредоточиться на транспортных проектах", "plan", "Узбекистан", "")]),
    # decisions and agreements are plans of who took them; an infinitive with no object is a goal
    ("Казахстан решил значительно расширить и модернизировать",
     [("значительно расширить и модернизировать", "plan", "Казахстан", "")]),
    ("Президенты России и Китая объявили решения о создании зоны свободной торговли и снятии "
     "визовых ограничений.",
     [("создании зоны свободной торговли", "plan", "Россия", ""),
      ("снятии визовых ограничений", "plan", "Россия", "")]),
    ("Казахстан и Киргизия договорились о начале строительства дороги.",
     [("начале строительства дороги", "plan", "Казахстан", "")]),
    # plans with their action noun; a place in the phrase is not the plan's holder
    ("Планы создания базы на Луне обсуждались на конференции.",
     [("создания базы на Луне", "plan", "", "")]),
    # readiness for a noun, consent to an action: offers
    ("Белоруссия готова к применению новых правил.",
     [("применению новых правил", "offer", "Белоруссия", "")]),
    ("Компания Microsoft согласилась открыть конкурентам коды Windows.",
     [("открыть конкурентам коды Windows", "offer", "Microsoft", "Microsoft")]),
    # backing an accession or a decision: supported, held by the backer
    ("Депутаты парламента Грузии поддержали вступление страны в ЕАЭС.",
     [("вступление страны в ЕАЭС", "supported", "Грузия", "ЕАЭС")]),
    ("Власти США выразили одобрение решению о проведении досрочных выборов.",
     [("проведении досрочных выборов", "supported", "США", "")]),
    # the future of a speaker's own action in a reported clause: his plan
    ("Министр Сергей Лавров сообщил, что будет терпеливо, но настойчиво вести переговоры о мире.",
     [("вести переговоры о мире", "plan", "Сергей Лавров", "")]),
    # a stance taken in the past is still stated (an achievement verb's past is not: see NONE)
    ("Лидеры стран БРИКС выступили за реформу Совета Безопасности ООН.",
     [("реформу Совета Безопасности ООН", "priority", "БРИКС", "БРИКС")]),
    # holders: a pronoun's person; an indefinite-personal verb's place (a capital: its country)
    ("Лукашенко прибыл в Москву. Он намерен обсудить поставки газа.",
     [("обсудить поставки газа", "plan", "Александр Лукашенко", "")]),
    ("В Минске решили расширить ярмарку.",
     [("расширить ярмарку", "plan", "Белоруссия", "")]),
    # an impersonal decision: the place's government holds it
    ("К 2030 году в Казахстане решено удвоить выпуск удобрений.",
     [("удвоить выпуск удобрений", "plan", "Казахстан", "")]),
    # a ranked marker as a verbless predicate after a dash; a ranking adjective as the predicate
    ("Постоянная лунная база — одна из центральных задач НАСА.",
     [("Постоянная лунная база", "priority", "НАСА", "НАСА")]),
    ("При разработке приложения главным было создание единого сервиса и хранение истории "
     "сообщений.",
     [("создание единого сервиса", "priority", "", ""), ("хранение истории сообщений", "priority", "", "")]),
    # impersonal and passive planning: the subject is what is planned
    ("В это же время планируется создание ракеты-носителя.",
     [("создание ракеты-носителя", "plan", "", "")]),
    ("Следующий полет шаттла запланирован на ноябрь.",
     [("Следующий полет шаттла", "plan", "", "")]),
    # an achievement hoped for is a plan of whom it is to succeed for
    ("Президент Франции Николя Саркози выразил надежду на то, что ему удастся провести ряд реформ.",
     [("провести ряд реформ", "plan", "Франция", "")]),
    # a wish of one's own action is a plan; of a state of affairs, a priority
    ("Казахстан хотел бы расширить сотрудничество с Киргизией.",
     [("расширить сотрудничество с Киргизией", "plan", "Казахстан", "")]),
    ("США хотят видеть Пакистан своим союзником.",
     [("видеть Пакистан своим союзником", "priority", "США", "")]),
    ("В наших планах — строительство нового завода.",
     [("строительство нового завода", "plan", "", "")]),
    # an outcome wanted, one goal per clause after ``а также``
    ("«Мы хотим, чтобы украинские и турецкие бизнесмены осуществляли общие проекты, а также совместно "
     "принимали участие в реализации проектов в третьих странах», — сказал Эрдоган.",
     [("украинские и турецкие бизнесмены осуществляли общие проекты", "priority", "Реджеп Тайип Эрдоган", ""),
      ("совместно принимали участие в реализации проектов в третьих странах", "priority",
       "Реджеп Тайип Эрдоган", "")]),
    # an opinion's content in a subordinate clause is no practice of its subject
    ("Правозащитники выступают за запрет фетв, поскольку считают, что они нарушают права женщин.",
     [("запрет фетв", "priority", "Правозащитники", "")]),
    # a second infinitive the parse hangs on the marker's verb, with an adverbial before it; the
    # rest of the clause is its own (the parse hangs ``втрое — до X`` elsewhere)
    ("«Ставим перед собой задачу удвоить экспорт зерна, а за пять лет увеличить его втрое — то есть до "
     "десяти миллионов тонн», — сказал президент Казахстана Касым-Жомарт Токаев.",
     [("удвоить экспорт зерна", "priority", "Казахстан", ""),
      ("за пять лет увеличить его втрое — то есть до десяти миллионов тонн", "priority", "Казахстан", "")]),
    # an infinitive the parse hangs elsewhere, right after a plan cue in its clause
    ("Президент Франции Эмманюэль Макрон надеется, что ему удастся за время председательства в G-20 "
     "провести ряд реформ.",
     [("за время председательства в G-20 провести ряд реформ", "plan", "Франция", "G-20")]),
    # the speaker's role names his country as ``республики``: the country named before; a
    # name inside the quote beside the speaker is no role of his
    ("Председательствующий в ШОС Казахстан намерен расширить торговлю, сообщил министр торговли "
     "республики Арман Шаккалиев. \"Мы предлагаем создать в рамках ШОС энергетический клуб и укрепить "
     "Деловой совет ШОС\", - сказал Шаккалиев.",
     [("расширить торговлю", "plan", "Казахстан", "ШОС"),
      ("создать в рамках ШОС энергетический клуб", "offer", "Казахстан", "ШОС"),
      ("укрепить Деловой совет ШОС", "offer", "Казахстан", "ШОС")]),
    # a goal phrase ends before an attribution, even one the parse hangs inside it
    ("Узбекистан выступает за снижение тарифов на транзит грузов, заявил министр транспорта республики "
     "Илхом Махкамов на форуме.",
     [("снижение тарифов на транзит грузов", "priority", "Узбекистан", "")]),
    # beside a plan, what is already done (``уже``) is practice; a capital acts for its country
    ("Киргизия намерена открыть новые пункты пропуска. Бишкек уже финансирует ремонт дорог на границе.",
     [("открыть новые пункты пропуска", "plan", "Киргизия", ""),
      ("финансирует ремонт дорог на границе", "practice", "Киргизия", "")]),
    # (without ``уже``, a present action beside a plan is not marked as practice)
    ("Казахстан намерен построить завод. Бишкек финансирует ремонт дорог.",
     [("построить завод", "plan", "Казахстан", "")]),
    # a stance against X: a goal of its own, kept with its ``против``
    ("Лидеры стран ШОС выступают за свободную торговлю и против односторонних санкций.",
     [("свободную торговлю", "priority", "ШОС", "ШОС"), ("против односторонних санкций", "priority", "ШОС", "ШОС")]),
    ("«Мы будем решительно выступать против протекционизма и торговых войн», — сказал президент "
     "Казахстана Касым-Жомарт Токаев.",
     [("против протекционизма и торговых войн", "priority", "Казахстан", "")]),
    # a generic noun stands for the organisation whose name has it, not for its body named since
    ("Лидеры стран ОДКБ провели в Минске заседание Совета коллективной безопасности. Задачей "
     "организации остается защита границ.",
     [("защита границ", "priority", "ОДКБ", "ОДКБ")]),
    # a group of people no actor names holds its goal, as written
    ("Пенсионеры поддерживают введение новых льгот.",
     [("введение новых льгот", "supported", "Пенсионеры", "")]),
    ("Сторонники реформы намерены провести митинг.",
     [("провести митинг", "plan", "Сторонники реформы", "")]),
    # focus nouns with their verb, focus verbs: what is put first (the holder: the verb's subject)
    ("Узбекистан сделает упор на развитие транспортных коридоров.",
     [("развитие транспортных коридоров", "priority", "Узбекистан", "")]),
    ("Киргизия сделает акцент на энергетике, туризме и цифровизации.",
     [("энергетике", "priority", "Киргизия", ""), ("туризме", "priority", "Киргизия", ""),
      ("цифровизации", "priority", "Киргизия", "")]),
    ("Армения сосредоточится на снижении пошлин в ЕАЭС.",
     [("снижении пошлин в ЕАЭС", "priority", "Армения", "ЕАЭС")]),
    # a call to a goal named by a noun
    ("Казахстан призвал партнеров к совместной борьбе с наркотрафиком.",
     [("совместной борьбе с наркотрафиком", "priority", "Казахстан", "")]),
    # a wanted state of affairs after ``за то, чтобы``, ``того, чтобы``, ``, чтобы``
    ("Таджикистан выступает за то, чтобы границы оставались под надежной защитой.",
     [("границы оставались под надежной защитой", "priority", "Таджикистан", "")]),
    ("Белоруссия будет добиваться того, чтобы пошлины были отменены.",
     [("пошлины были отменены", "priority", "Белоруссия", "")]),
    # a decision inside the wanted outcome is part of it, not a plan of its own
    ("Россия будет добиваться того, чтобы на саммите были приняты решения о новых партнерах.",
     [("на саммите были приняты решения о новых партнерах", "priority", "Россия", "")]),
    # the preposition repeated before each goal; adverbials before the second infinitive
    ("Казахстан выступает за отмену пошлин и за упрощение визового режима.",
     [("отмену пошлин", "priority", "Казахстан", ""), ("упрощение визового режима", "priority", "Казахстан", "")]),
    ("Цель – удвоить товарооборот и в разы увеличить инвестиции.",
     [("удвоить товарооборот", "priority", "", ""), ("в разы увеличить инвестиции", "priority", "", "")]),
    # a list cut by semicolons: commas join the words of one item
    ("Приоритетами председательства станут энергетика; торговля, инвестиции и финансы; экология.",
     [("энергетика", "priority", "", ""), ("торговля, инвестиции и финансы", "priority", "", ""),
      ("экология", "priority", "", "")]),
    # two bare nouns are two goals; a shared complement or a shared object case keeps one
    ("Приоритетами станут цифровая экономика и зеленая энергетика.",
     [("цифровая экономика", "priority", "", ""), ("зеленая энергетика", "priority", "", "")]),
    ("Приоритетом станет противодействие терроризму и наркотрафику.",
     [("противодействие терроризму и наркотрафику", "priority", "", "")]),
    # ``в числе направлений назвал X``; the rejected alternative after ``а не`` is no goal
    ("В числе ключевых направлений министр назвал развитие транспорта и защиту границ.",
     [("развитие транспорта", "priority", "", ""), ("защиту границ", "priority", "", "")]),
    ("«Наш приоритет — диалог с соседями, а не санкции», — сказал министр иностранных дел России Сергей "
     "Лавров.",
     [("диалог с соседями", "priority", "Россия", "")]),
    # a ranking adjective as a noun before a dash (a goal, not a stressed fact: see NONE)
    ("«Главное сейчас — укрепить связи с партнерами», — сказал министр иностранных дел России Сергей "
     "Лавров.",
     [("укрепить связи с партнерами", "priority", "Россия", "")]),
    # whoever puts the listed priorities forward holds them
    ("Казахстан представил три приоритета: транспорт, энергетика и туризм.",
     [("транспорт", "priority", "Казахстан", ""), ("энергетика", "priority", "Казахстан", ""),
      ("туризм", "priority", "Казахстан", "")]),
    # another's priorities backed with none listed: the phrase names them, their owner holds them
    ("Китай поддерживает приоритеты киргизского председательства.",
     [("приоритеты киргизского председательства", "supported", "Киргизия", "")]),
    # a relative clause with no subject of its own goes on about the main clause's subject
    ("Лидеры стран ШОС подписали декларацию, в которой выступили за отмену санкций.",
     [("отмену санкций", "priority", "ШОС", "ШОС")]),
    # goals defined with ``являться`` or with a charter named, in the narration: statutory
    ("Саммит прошел в Минске.\n\nСекретариат СНГ находится в Минске. Задачами содружества являются "
     "развитие торговли и защита прав человека.",
     [("развитие торговли", "statutory", "СНГ", "СНГ"), ("защита прав человека", "statutory", "СНГ", "СНГ")]),
    ("Саммит прошел в Минске.\n\nСогласно хартии ШОС, целями организации являются укрепление доверия и "
     "борьба с терроризмом.",
     [("укрепление доверия", "statutory", "ШОС", "ШОС"), ("борьба с терроризмом", "statutory", "ШОС", "ШОС")]),
    # the background paragraph of an organisation's facts: its statutory goals
    ("Саммит прошел в Минске.\n\nОДКБ была образована в 2002 году. Основная цель организации – "
     "укрепление мира и международной безопасности.",
     [("укрепление мира и международной безопасности", "statutory", "ОДКБ", "ОДКБ")]),
]


@pytest.mark.parametrize("body, expected", STATEMENTS)
def test_statements(models, gazetteer, body, expected):
    article = analysed(analysis.parse_article(HEAD + body), models, gazetteer)
    rows(article)  # offsets checked
    assert [(p.text, p.status, p.holder, p.organisation) for p in article.priorities] == expected


NONE = [
    "Саммит прошел в Минске. Кремль не планирует менять формат встреч.",      # negated
    "Саммит прошел в Минске. Владимир Путин назвал цели ОДКБ.",               # a marker with nothing said of it
    "Саммит прошел в Минске. Делегация прибыла в Минск с целью провести переговоры.",  # purpose
    "Саммит прошел в Минске. Россия поставляет зерно в Таджикистан.",          # practice needs a priority beside it
    "Саммит прошел в Минске. Россия не поддерживает приоритеты председательства.",  # nothing backed
    "Саммит прошел в Минске. Казахстан не выступает за расширение ШОС.",       # negated stance
    "Саммит прошел в Минске. Казахстан не выступает против расширения ШОС.",   # negated opposition
    "Саммит прошел в Минске. Против запрета выступил ряд депутатов.",          # a past reaction
    "Саммит прошел в Минске. Стороны обсудили направление развития торговли.",
    "Саммит прошел в Минске. В турнире будут играть сильные шахматисты.",   # a scheduled event
    "Саммит прошел в Минске. Россия не поддержала эту инициативу.",          # negated backing
    "Саммит прошел в Минске. Болельщики поддержали команду.",                # backing a team: no goal
    "Саммит прошел в Минске. Вы хотели бы, чтобы Россия расширила поставки?",  # a question
    "Саммит прошел в Минске. Непонятно, согласятся ли конкуренты платить за лицензии.",  # ли
    "Саммит прошел в Минске. Нетаньяху хотел подчеркнуть, что Израиль считает Иерусалим неделимым.",  # past motive
    # a future in a relative clause describes the noun
    "Саммит прошел в Минске. Станция станет базой, на которой астронавты будут жить по шесть месяцев.",
    # achievements and participles of goal verbs
    "Саммит прошел в Минске. Спортсмены, добившиеся успехов в других видах спорта, пришли в сборную.",
    "Саммит прошел в Минске. Эксперт рассказала, чем бы хотела заняться корпорация Philips.",  # indirect question
    "Саммит прошел в Минске. Казахстан добился снятия торговых барьеров.",  # a goal reached
    "Саммит прошел в Минске. Казахстану удалось добиться снятия барьеров.",  # reached
    "Саммит прошел в Минске. Никто не знает, почему компания решила отступить от договоренности.",  # indirect question
    "Саммит прошел в Минске. О том, почему ООО «Алтек» решило отступить от договоренности, не знают.",
    "Саммит прошел в Минске. На кубок ежегодно собираются лучшие мировые команды.",  # gathering, no plan
    "Саммит прошел в Минске. Ранее перестыковка планировалась на 7 мая.",  # a past plan
    "Саммит прошел в Минске. Построение реактора — задача даже не XXI, а XXII века.",  # unranked, no one's
    "Саммит прошел в Минске. У светодиодов большое будущее в плане достижения параметров.",  # ``в плане``: as regards
    "Саммит прошел в Минске. И самое главное — соседи не диктуют нам свою волю.",  # a fact stressed
    "Саммит прошел в Минске. Казахстан не сделает упор на экспорт нефти.",  # negated focus
    "Саммит прошел в Минске. Священник призвал к тому, чтобы люди жили по совести.",  # exhortation
    "Саммит прошел в Минске. Я хотел бы подчеркнуть, что мы продолжим работу.",  # a frame for speech
    # a plan word's participle modifies a noun; the infinitive after it is not planned
    "Саммит прошел в Минске. О размере предполагаемых инвестиций представитель компании ничего говорить не стал.",
]


@pytest.mark.parametrize("body", NONE)
def test_no_priority(models, gazetteer, body):
    assert rows(analysed(analysis.parse_article(HEAD + body), models, gazetteer)) == []


def test_restatements_group_through_synonyms(models, gazetteer):
    body = ("Приоритетами председательства станут развитие ВПК и борьба с терроризмом.\n\n"
            "\"Приоритетом станет укрепление нашего оборонно-промышленного комплекса\", - сказал "
            "Владимир Путин.\n\n"
            "Приоритетов много. Это совершенствование взаимодействия. Это противодействие терроризму.")
    article = analysed(analysis.parse_article(HEAD + body), models, gazetteer)
    group = {p.text: p.group_id for p in article.priorities}
    assert group["развитие ВПК"] == group["укрепление нашего оборонно-промышленного комплекса"]
    assert group["борьба с терроризмом"] == group["противодействие терроризму"]
    assert len({group["развитие ВПК"], group["борьба с терроризмом"], group["совершенствование взаимодействия"]}) == 3


# --- themes, synonyms, glosses --------------------------------------------------------------------

@pytest.mark.parametrize("lemma, theme", [
    ("борьба с терроризм", "counter_terrorism"),
    ("противодействие наркотрафик", "drugs"),
    ("развитие впк", "defence_industry"),
    ("совершенствование наш взаимодействие", "cooperation"),
    ("совершенствование работа орган управление организация", "governance"),
    ("проведение саммит", "diplomacy"),
    ("развитие туризм", "other"),
    # derived words fall under the theme of their part (``data/lexicon/theme_words.csv``, match=part)
    ("создание антинаркотический центр", "drugs"),
    ("укрепление антитеррористический структура", "counter_terrorism"),
    ("обеспечение кибербезопасность", "technology"),
    ("борьба с киберпреступность", "technology"),
    ("развитие миротворческий сила", "collective_security"),
    ("миротворчество", "collective_security"),
    # the order of themes.csv decides: information security is technology, not collective security
    ("информационный безопасность", "technology"),
])
def test_themes(lemma, theme):
    assert theme_of(lemma)[0] == theme


@pytest.mark.parametrize("lemma, expected", [
    ("впк", ["оборонно-промышленный комплекс"]),
    ("оборонно-промышленный сектор страна", ["оборонно-промышленный комплекс", "страна"]),
    ("укрепление взаимодействие", ["укрепление", "сотрудничество"]),
    ("развитие туризм", ["развитие", "туризм"]),
])
def test_synonyms(lemma, expected):
    assert concepts(lemma) == expected


@pytest.mark.parametrize("lemma, english, kind", [
    ("впк", "the defence industry", "phrase"),
    ("совершенствование наш взаимодействие", "improvement of our interaction", "composed"),
    ("борьба с терроризм", "fight against terrorism", "composed"),
    ("развитие и интеграция оборонно-промышленный сектор страна",
     "development and integration of defence-industrial sectors of countries", "composed"),
    ("развитие туризм", NO_GLOSS, "none"),
])
def test_gloss_phrase(lemma, english, kind):
    found = gloss_phrase(lemma)
    assert (found.english, found.kind) == (english, kind)
    assert (found.missing == "туризм") == (kind == "none")


@pytest.mark.parametrize("name, key", [("glossary.csv", "lemma"), ("priority_synonyms.csv", "term")])
def test_reference_data_has_a_source_for_every_row_and_no_duplicates(name, key):
    with resources.files("analysis").joinpath("data/" + name).open(encoding="utf-8") as f:
        data = list(csv.DictReader(f))
    assert data and all(row["source"].strip() for row in data)
    keys = [row[key] for row in data]
    assert len(keys) == len(set(keys))


def test_theme_names_are_unique():
    assert len({t[0] for t in THEMES}) == len(THEMES)


@pytest.mark.parametrize("name", ["themes", "theme_words", "topic_words", "priority_words"])
def test_priority_lexicons_have_a_note_for_every_row(name):
    columns, data = lexicon.table(name)
    assert data and "note" in columns
    assert all(row["note"] for row in data)
    keys = [tuple(row[c] for c in columns if c != "note") for row in data]
    assert len(keys) == len(set(keys))


def test_theme_words_name_known_themes_and_a_match_kind():
    themes = {row["theme"] for row in lexicon.rows("themes")}
    for row in lexicon.rows("theme_words"):
        assert row["theme"] in themes and row["match"] in ("lemma", "part"), row
        # a word part shorter than four letters would match unrelated words
        assert row["match"] == "lemma" or len(row["word"]) >= 4, row


def test_schema_reads_themes_from_the_data_not_from_priorities():
    import ast
    import analysis.schema as schema
    tree = ast.parse(resources.files("analysis").joinpath("schema.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "priorities" not in imported
    assert [name for name, _ in schema.THEMES] == [name for name, _, _ in THEMES]
