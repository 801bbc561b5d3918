"""Facts: the seed's, hand-checked, and one small wire-style article per construction, with
sentences that hold no fact."""

import pytest

import analysis
from analysis.facts import find_facts, find_mentions
from analysis.gazetteer import load_gazetteer
from analysis.schema import PREDICATES
from conftest import SEED

ARMENIA_TO_TAJIKISTAN = ["Армения", "Белоруссия", "Казахстан", "Киргизия", "Россия", "Таджикистан"]


def facts_of(models, body, title="Заголовок", date="2025-11-27"):
    """The facts table of an article, as ``(predicate, subject, value, date)`` in row order."""
    header = " date %s %s\n\n" % (date, title) if date else title + "\n\n"
    text = header + "МОСКВА, 27 ноября. /ТАСС/. " + body
    facts = analysis.extract_text(text, models=models)["facts"]
    for row in facts.itertuples():
        assert text[row.start:row.end] == row.evidence
        assert row.predicate in PREDICATES
    assert facts.fact_id.tolist() == list(range(len(facts)))
    return [(r.predicate, r.subject, r.value, r.date) for r in facts.itertuples()]


SEED_FACTS = [
    # headline: «Путин назвал цели ОДКБ на время председательства России» (no date)
    ("chair", "ОДКБ", "Россия", ""),
    # «... на время годового председательства России в 2026 году»
    ("chair", "ОДКБ", "Россия", "2026"),
    # «по итогам визита в Киргизию и прошедшего там же саммита ОДКБ»
    ("summit", "ОДКБ", "Киргизия", ""),
    # the background paragraph
    ("kind", "ОДКБ", "международная организация по вопросам безопасности", ""),
    ("member_count", "ОДКБ", "6", ""),
] + [("member", "ОДКБ", state, "") for state in ARMENIA_TO_TAJIKISTAN] + [
    ("founded", "ОДКБ", "", "2002-05-14"),
    ("based_on", "ОДКБ", "Договор о коллективной безопасности", ""),
    ("treaty_signed", "ОДКБ", "Договор о коллективной безопасности", "1992-05-15"),
    ("purpose", "ОДКБ", "отражение угроз безопасности и стабильности, защита территориальной целостности "
     "и суверенитета государств-членов без вмешательства в их внутриполитические процессы, а также "
     "отражение угроз международному миру и безопасности", ""),
]


def test_seed_facts(models):
    text = SEED.read_text(encoding="utf-8")
    facts = analysis.extract_text(text, models=models)["facts"]
    assert [(r.predicate, r.subject, r.value, r.date) for r in facts.itertuples()] == SEED_FACTS
    for row in facts.itertuples():
        assert text[row.start:row.end] == row.evidence
    evidence = dict(zip(facts.predicate, facts.evidence))
    assert evidence["summit"] == "прошедшего там же саммита ОДКБ"
    assert evidence["founded"].startswith("Образована 14 мая 2002 года на основе Договора")


def test_seed_facts_carry_actor_ids(models):
    tables = analysis.extract_text(SEED.read_text(encoding="utf-8"), models=models)
    facts, actors = tables["facts"], tables["actors"].set_index("name")
    assert set(facts.subject_actor_id) == {str(actors.loc["ОДКБ", "actor_id"])}
    members = facts[facts.predicate == "member"]
    assert members.value_actor_id.tolist() == [str(actors.loc[s, "actor_id"]) for s in ARMENIA_TO_TAJIKISTAN]
    assert (facts[facts.predicate == "founded"].value_actor_id == "").all()


def test_seed_facts_without_the_actors_step(models):
    """``find_facts`` on an article the actors step has not seen gives the same facts, with no
    actor ids."""
    from analysis.layers import DATES, LANGUAGE, VIEW

    resources = analysis.Resources(models)
    article = analysis.run_steps(analysis.read_article(SEED), resources, (LANGUAGE, VIEW, DATES))
    found = find_facts(article, resources.gazetteer, models.morph_vocab)
    assert [(f.predicate, f.subject, f.value, f.date) for f in found] == SEED_FACTS
    assert all(f.subject_actor_id == "" for f in found)


SCO_HISTORY = (
    "Шанхайская организация сотрудничества создана в 2001 году в Шанхае. Сначала в ее состав "
    "входили шесть стран - Казахстан, Китай, Киргизия, Россия, Таджикистан и Узбекистан, в 2017 году "
    "к ним присоединились Индия и Пакистан, в 2023 году - Иран, в 2024 году - Белоруссия. "
    "Секретариат ШОС находится в Пекине.")
BRICS_HISTORY = (
    "БРИКС - межгосударственное объединение, созданное в 2006 году. Первоначально в него входили "
    "Бразилия, Россия, Индия и Китай, в 2011 году к нему присоединилась ЮАР. В 2024 году "
    "полноправными членами объединения стали Египет, Иран, ОАЭ и Эфиопия, в 2025 году - Индонезия.")


@pytest.mark.parametrize("body, expected", [
    pytest.param(SCO_HISTORY, [
        ("founded", "ШОС", "", "2001"),
        ("founded_place", "ШОС", "Шанхай", "2001"),  # dated by its clause, like the founders
        ("founding_member_count", "ШОС", "6", ""),
    ] + [("founding_member", "ШОС", s, "") for s in
         ["Казахстан", "Китай", "Киргизия", "Россия", "Таджикистан", "Узбекистан"]] + [
        ("joined", "ШОС", "Индия", "2017"),
        ("joined", "ШОС", "Пакистан", "2017"),
        ("joined", "ШОС", "Иран", "2023"),
        ("joined", "ШОС", "Белоруссия", "2024"),
        ("headquarters", "ШОС", "Пекин", ""),
    ], id="sco-membership-history"),
    pytest.param(BRICS_HISTORY, [
        ("kind", "БРИКС", "межгосударственное объединение", ""),
        ("founded", "БРИКС", "", "2006"),
    ] + [("founding_member", "БРИКС", s, "") for s in ["Бразилия", "Россия", "Индия", "Китай"]] + [
        ("joined", "БРИКС", "ЮАР", "2011"),
    ] + [("joined", "БРИКС", s, "2024") for s in ["Египет", "Иран", "ОАЭ", "Эфиопия"]] + [
        ("joined", "БРИКС", "Индонезия", "2025"),
    ], id="brics-2024-2025-joiners"),
    pytest.param("Россия председательствует в ОДКБ с 1 января 2026 года.",
                 [("chair", "ОДКБ", "Россия", "2026-01-01")], id="chair-from-a-day"),
    pytest.param("В 2025 году в СНГ председательствует Таджикистан.",
                 [("chair", "СНГ", "Таджикистан", "2025")], id="chair-after-its-verb"),
    pytest.param("Председательство в ОДКБ в 2026 году перешло к России.",
                 [("chair", "ОДКБ", "Россия", "2026")], id="chair-passes-in-a-year"),
    pytest.param("Председательство в ШОС перейдет к Киргизии.",
                 [("next_chair", "ШОС", "Киргизия", "")], id="next-chair"),
    # handed over: Russia chairs now, and Kyrgyzstan chaired (round 9: the giver, as the annotators
    # mark it since round 8; natasha hangs ``России`` on ``ОДКБ``, which the reader now reads)
    pytest.param("Киргизия передала председательство в ОДКБ России.",
                 [("chair", "ОДКБ", "Киргизия", ""), ("chair", "ОДКБ", "Россия", "")],
                 id="chair-handed-to-the-dative"),
    pytest.param("Саммит ШОС прошел в Тяньцзине 31 августа - 1 сентября.",
                 [("summit", "ШОС", "Тяньцзинь", "2025-08-31/2025-09-01")], id="summit-place-and-range"),
    pytest.param("В Бишкеке прошел саммит ОДКБ.", [("summit", "ОДКБ", "Бишкек", "")], id="summit-place-first"),
    pytest.param("В октябре 2024 года на саммите БРИКС в Казани была создана категория стран-партнеров.",
                 [("summit", "БРИКС", "Казань", "2024-10")], id="summit-dated-before-на"),
    pytest.param("Президент сделал заявление по итогам визита в Казахстан и прошедшего там же саммита ОДКБ.",
                 [("summit", "ОДКБ", "Казахстан", "")], id="summit-there"),
    pytest.param("Следующий саммит ОДКБ пройдет в Москве в 2026 году.",
                 [("next_summit", "ОДКБ", "Москва", "2026")], id="next-summit"),
    pytest.param("В ЕАЭС входят Армения, Белоруссия, Казахстан, Киргизия и Россия.",
                 [("member", "ЕАЭС", s, "") for s in ARMENIA_TO_TAJIKISTAN[:5]], id="members-verb-first"),
    pytest.param("Армения, Белоруссия, Казахстан, Киргизия и Россия являются членами ЕАЭС.",
                 [("member", "ЕАЭС", s, "") for s in ARMENIA_TO_TAJIKISTAN[:5]], id="members-list-first"),
    pytest.param("Членами ШОС являются десять государств.", [("member_count", "ШОС", "10", "")],
                 id="member-count-only"),
    pytest.param("В НАТО входят 32 страны.", [("member_count", "НАТО", "32", "")], id="another-organisation"),
    pytest.param("ЕАЭС является международной организацией региональной экономической интеграции.",
                 [("kind", "ЕАЭС", "международная организация региональной экономической интеграции", "")],
                 id="kind-in-the-instrumental"),
    pytest.param("Цель ШОС - укрепление взаимного доверия между государствами-членами.",
                 [("purpose", "ШОС", "укрепление взаимного доверия между государствами-членами", "")],
                 id="purpose-after-a-dash"),
    pytest.param("Штаб-квартира ОДКБ находится в Москве.", [("headquarters", "ОДКБ", "Москва", "")],
                 id="headquarters"),
    pytest.param("ШОС создана на базе «Шанхайской пятерки».", [("based_on", "ШОС", "Шанхайская пятерка", "")],
                 id="based-on-a-quoted-name"),
    pytest.param("В ОДКБ отметили годовщину. Договор о коллективной безопасности был подписан 15 мая 1992 "
                 "года в Ташкенте. Устав ОДКБ был подписан 7 октября 2002 года в Кишиневе.", [
                     ("treaty_signed", "ОДКБ", "Договор о коллективной безопасности", "1992-05-15"),
                     ("treaty_signed", "ОДКБ", "Устав ОДКБ", "2002-10-07"),
                 ], id="treaties-signed"),
    pytest.param("ОДКБ отмечает годовщину. В 1999 году Азербайджан, Грузия и Узбекистан вышли из Договора о "
                 "коллективной безопасности. В 2006 году Узбекистан вернулся в ОДКБ. В 2012 году Узбекистан "
                 "приостановил членство в организации. Армения заморозила участие в ОДКБ в 2024 году.", [
                     ("left", "ОДКБ", "Азербайджан", "1999"),
                     ("left", "ОДКБ", "Грузия", "1999"),
                     ("left", "ОДКБ", "Узбекистан", "1999"),
                     ("rejoined", "ОДКБ", "Узбекистан", "2006"),
                     ("suspended", "ОДКБ", "Узбекистан", "2012"),
                     ("froze_participation", "ОДКБ", "Армения", "2024"),
                 ], id="left-rejoined-suspended-froze"),
    # chairs stated by participles, nouns and handovers (the article date is 2025-11-27)
    pytest.param("Беларусь, председательствующая в ЕАЭС в 2025 году, предложила новую стратегию.",
                 [("chair", "ЕАЭС", "Белоруссия", "2025")], id="chair-participle-after-a-comma"),
    pytest.param("Председательствующая в БРИКС Бразилия провела саммит.",
                 [("chair", "БРИКС", "Бразилия", "")], id="chair-participle-first"),
    pytest.param("Россия поддерживает приоритеты индийского председательства в БРИКС.",
                 [("chair", "БРИКС", "Индия", "")], id="chair-of-a-country-adjective"),
    pytest.param("Встреча министров ОДКБ прошла под председательством Минска.",
                 [("chair", "ОДКБ", "Белоруссия", "")], id="chair-under-a-capital"),
    pytest.param("Эстафету председательства в ЕАЭС принял Казахстан.",
                 [("chair", "ЕАЭС", "Казахстан", "")], id="chair-relay-taken"),
    pytest.param("В СНГ подвели итоги года. Президент России передал председательство в Содружестве "
                 "президенту Таджикистана на 2026 год.",
                 [("next_chair", "СНГ", "Таджикистан", "2026")], id="chair-handed-for-next-year"),
    pytest.param("Председательство в ОДКБ на 2026 год перейдет к России.",
                 [("next_chair", "ОДКБ", "Россия", "2026")], id="next-chair-with-its-year"),
    # founders named by a noun
    pytest.param("Учредителями ШОС стали Казахстан, Китай, Киргизия, Россия, Таджикистан и Узбекистан.",
                 [("founding_member", "ШОС", s, "") for s in
                  ["Казахстан", "Китай", "Киргизия", "Россия", "Таджикистан", "Узбекистан"]],
                 id="founders-as-a-noun"),
    pytest.param("У истоков СНГ стояли Белоруссия, Россия и Украина.",
                 [("founding_member", "СНГ", s, "") for s in ["Белоруссия", "Россия", "Украина"]],
                 id="founders-at-the-source"),
    # joins as nominalisations and participles
    pytest.param("Вступление Армении и Киргизии в ЕАЭС в 2015 году расширило рынок.",
                 [("joined", "ЕАЭС", "Армения", "2015"), ("joined", "ЕАЭС", "Киргизия", "2015")],
                 id="join-as-a-noun"),
    pytest.param("Иран, вступивший в БРИКС в 2024 году, участвует в саммите.",
                 [("joined", "БРИКС", "Иран", "2024")], id="join-as-a-participle"),
    # summits to come: a council's session, a host
    pytest.param("Заседание Совета коллективной безопасности ОДКБ пройдет в Бишкеке 27 ноября.",
                 [("next_summit", "ОДКБ", "Бишкек", "2025-11-27")], id="council-session-to-come"),
    pytest.param("В 2026 году Киргизия примет лидеров государств ШОС.",
                 [("next_summit", "ШОС", "Киргизия", "2026")], id="host-to-come"),
    pytest.param("Организация Договора о коллективной безопасности - военно-политический союз. Образована "
                 "14 мая 2002 года.", [
                     ("kind", "ОДКБ", "военно-политический союз", ""),
                     ("founded", "ОДКБ", "", "2002-05-14"),
                 ], id="subject-from-the-sentence-before"),
        # took over (past) is no host: the summit is the one the sentence places and dates; the
        # state it was taken from chaired before (undated)
        pytest.param("Председательство Казахстан принял у Белоруссии, при которой заседание Высшего "
                     "Евразийского экономического совета прошло в Минске в июне 2025 года.", [
                         ("chair", "ЕАЭС", "Казахстан", ""),
                         ("chair", "ЕАЭС", "Белоруссия", ""),
                         ("summit", "ЕАЭС", "Минск", "2025-06"),
                     ], id="took-over-is-no-host"),
        # natasha's tokens: штаб-квартира is one token, ее a possessive with its own lemma
        pytest.param("Штаб-квартира ШОС находится в Пекине.", [("headquarters", "ШОС", "Пекин", "")],
                     id="headquarters-one-token"),
        pytest.param("ШОС создана в 2001 году. Сначала в ее состав входили Казахстан, Китай и Россия.", [
                         ("founded", "ШОС", "", "2001"),
                     ] + [("founding_member", "ШОС", s, "") for s in ["Казахстан", "Китай", "Россия"]],
                     id="possessive-pronoun"),
        # a name written with a combining breve (й as и + U+0306) is still read, its offsets kept
        pytest.param("Беларусь, Казахстан и Россия – основатели Евразии\u0306ского экономического союза.",
                     [("founding_member", "ЕАЭС", s, "") for s in ["Белоруссия", "Казахстан", "Россия"]],
                     id="decomposed-letter"),
])
def test_constructions(models, body, expected):
    assert facts_of(models, body) == expected


def test_subject_from_the_headline(models):
    """A background sentence that names no organisation, with none before it, is about the
    headline's."""
    assert facts_of(models, "Лидеры выступили с речами. Организация была создана в 2001 году.",
                    title="ШОС отмечает юбилей", date="2025-06-15") == [("founded", "ШОС", "", "2001")]


def test_treaty_belongs_to_its_organisation(models):
    """A treaty whose name is in an organisation's name is that organisation's, whatever the
    headline: the CSTO's treaty in an SCO story."""
    facts = facts_of(models, "Договор о коллективной безопасности был подписан 15 мая 1992 года.",
                     title="ШОС отмечает юбилей")
    assert facts == [("treaty_signed", "ОДКБ", "Договор о коллективной безопасности", "1992-05-15")]


@pytest.mark.parametrize("body", [
    "Представители ОДКБ обсудили ситуацию. Индия присоединилась к заявлению.",
    "Представители ОДКБ обсудили ситуацию. В 2026 году будет создана рабочая группа.",
    "Представители ОДКБ обсудили ситуацию. Путин провел встречу с президентом Армении.",
    "Лидеры ОДКБ обсудили итоги саммита.",                           # a summit with no place or date
    "В 1990-е годы в его состав ОДКБ входили Азербайджан и Грузия.",  # past members, no founding cue
    "Армения, Белоруссия и Казахстан провели учения ОДКБ.",
    "Участники встречи ОДКБ обсудили итоги года.",
    "Сербия хочет вступить в ОДКБ.",                                 # an intention, not a join
    "Армения может выйти из ОДКБ.",
    "Азербайджан вступит в ОДКБ в 2030 году.",
    "Истребители Су-27 подорожали в 2 раза, сообщили в ОДКБ по телефону +7 (495) 123-45-67.",
])
def test_sentences_without_facts(models, body):
    assert facts_of(models, body) == []


def test_article_without_organisation_has_no_facts(models):
    assert facts_of(models, "В Москве 27 ноября прошел концерт. Армения и Белоруссия прислали артистов.") == []


# Issue #15's forms, each in a sentence written for the test (the article date is 2025-11-27): the
# misses of the organisation articles grouped by the form of sentence they come from.
@pytest.mark.parametrize("body, expected", [
    # handovers: the state the chair was taken from chaired too
    pytest.param("Узбекистан принял председательство в СНГ у Туркмении.",
                 [("chair", "СНГ", "Узбекистан", ""), ("chair", "СНГ", "Туркмения", "")], id="took-the-chair-from"),
    pytest.param("Эстафету председательства в ШОС Индия приняла у Пакистана.",
                 [("chair", "ШОС", "Индия", ""), ("chair", "ШОС", "Пакистан", "")], id="relay-taken-from"),
    pytest.param("Армения, принявшая председательство в ЕАЭС 1 января, готовит саммит.",
                 [("chair", "ЕАЭС", "Армения", "2025-01-01")], id="took-the-chair-participle-after-a-comma"),
    # a leader chairing for his state
    pytest.param("Президент Казахстана Касым-Жомарт Токаев, председательствующий в ОДКБ в 2024 году, выступил.",
                 [("chair", "ОДКБ", "Казахстан", "2024")], id="leader-chairing"),
    # a meeting held under a chair dates the chair by its year
    pytest.param("Саммит ШОС под председательством Индии прошел в Нью-Дели 4 июля 2023 года.", [
                     ("summit", "ШОС", "Нью-Дели", "2023-07-04"),
                     ("chair", "ШОС", "Индия", "2023"),
                 ], id="summit-under-a-chair"),
    # summits: a meeting of leaders, a participle after a comma, a relative clause, a host
    pytest.param("Встреча лидеров ОДКБ прошла в Москве 8 мая.",
                 [("summit", "ОДКБ", "Москва", "2025-05-08")], id="meeting-of-leaders"),
    # (round 11: and the chair Armenia received, undated: ``после саммита`` dates the summit, not
    # the handover)
    pytest.param("Председательство в ЕАЭС Армения получила после саммита ЕАЭС в Минске, прошедшего 26 июня 2025 года.",
                 [("chair", "ЕАЭС", "Армения", ""), ("summit", "ЕАЭС", "Минск", "2025-06-26")],
                 id="summit-dated-by-a-participle"),
    pytest.param("Лидеры ОДКБ готовятся к заседанию Совета коллективной безопасности, которое пройдет в Минске в декабре.",
                 [("next_summit", "ОДКБ", "Минск", "2025-12")], id="summit-in-a-relative-clause"),
    pytest.param("Делегации готовятся к саммиту ОДКБ, который Астана примет в 2026 году.",
                 [("next_summit", "ОДКБ", "Астана", "2026")], id="host-in-a-relative-clause"),
    # members: the count a join brought it to
    pytest.param("Вступление Ирана в ШОС в 2023 году расширило организацию до девяти государств.", [
                     ("joined", "ШОС", "Иран", "2023"),
                     ("member_count", "ШОС", "9", ""),
                 ], id="join-widened-to-a-count"),
    # joins: each state with its own year; a gapped verb with the state first
    pytest.param("Вступление Египта в 2024 году и Индонезии в 2025 году расширило БРИКС.",
                 [("joined", "БРИКС", "Египет", "2024"), ("joined", "БРИКС", "Индонезия", "2025")],
                 id="joins-with-their-own-years"),
    pytest.param("Иран присоединился к ШОС в 2023 году, Белоруссия - в 2024 году.",
                 [("joined", "ШОС", "Иран", "2023"), ("joined", "ШОС", "Белоруссия", "2024")],
                 id="gapped-join-state-first"),
    pytest.param("Ряды объединения пополнили Индонезия, а вступление Египта в 2024 году обсуждали долго. БРИКС растет.",
                 [("joined", "БРИКС", "Индонезия", ""), ("joined", "БРИКС", "Египет", "2024")],
                 id="organisation-noun-in-the-sentence"),
    # founders: dated by their clause; in the instrumental after the participle
    # (round 9: and the founding dated by it, where nothing else dates it, as the annotators mark
    # ``Учредителями ШОС в 2001 году стали ...``)
    pytest.param("Основателями ОДКБ в 2002 году стали Армения, Россия и Таджикистан.",
                 [("founding_member", "ОДКБ", s, "2002") for s in ["Армения", "Россия", "Таджикистан"]]
                 + [("founded", "ОДКБ", "", "2002")],
                 id="founders-dated-in-their-clause"),
    pytest.param("Соглашение о создании СНГ подписали в Минске 8 декабря 1991 года Белоруссия, Россия и Украина – "
                 "основатели Содружества.", [
                     ("treaty_signed", "СНГ", "Соглашение о создании СНГ", "1991-12-08"),
                     # (round 7: the founding document dates the founding and places it, where
                     # nothing else in the text does)
                     ("founded", "СНГ", "", "1991-12-08"), ("founded_place", "СНГ", "Минск", "1991-12-08"),
                 ] + [("founding_member", "СНГ", s, "1991-12-08") for s in ["Белоруссия", "Россия", "Украина"]],
                 id="founders-dated-by-the-treaty-before"),
    pytest.param("ЕАЭС был создан в 2014 году Белоруссией, Казахстаном и Россией.",
                 [("founded", "ЕАЭС", "", "2014")] + [("founding_member", "ЕАЭС", s, "2014") for s in
                                                     ["Белоруссия", "Казахстан", "Россия"]],
                 id="founders-in-the-instrumental"),
    # basis: a year right after the treaty's name is the treaty's; growing out of a treaty
    pytest.param("ЕАЭС создан на основе Договора о Евразийском экономическом союзе 2014 года.", [
                     ("based_on", "ЕАЭС", "Договор о Евразийском экономическом союзе", ""),
                     ("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014"),
                 ], id="treaty-year-is-no-founding"),
    pytest.param("ОДКБ основана в 2002 году на базе Договора о коллективной безопасности 1992 года.", [
                     ("founded", "ОДКБ", "", "2002"),
                     ("based_on", "ОДКБ", "Договор о коллективной безопасности", ""),
                     ("treaty_signed", "ОДКБ", "Договор о коллективной безопасности", "1992"),
                 ], id="founding-year-and-treaty-year"),
    pytest.param("Союз вырос из Договора о Евразийском экономическом союзе, подписанного в Астане 29 мая 2014 года.", [
                     ("based_on", "ЕАЭС", "Договор о Евразийском экономическом союзе", ""),
                     ("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29"),
                 ], id="grew-out-of-a-treaty"),
    # members without a verb; a state named after ``помимо`` is one of them
    pytest.param("Сегодня в ЕАЭС пять государств: помимо России, это Армения, Белоруссия, Казахстан и Киргизия.",
                 [("member_count", "ЕАЭС", "5", "")] + [("member", "ЕАЭС", s, "") for s in
                                                      ["Россия", "Армения", "Белоруссия", "Казахстан", "Киргизия"]],
                 id="members-without-a-verb"),
    pytest.param("В БРИКС десять стран.", [("member_count", "БРИКС", "10", "")], id="count-without-a-verb"),
    # joins as a participle of стать
    pytest.param("Египет и Эфиопия, ставшие полноправными членами объединения БРИКС в 2024 году, участвуют в работе.",
                 [("joined", "БРИКС", "Египет", "2024"), ("joined", "БРИКС", "Эфиопия", "2024")],
                 id="became-members-participle"),
    # purposes: the organisation named after цель / задача, ``согласно ...`` between
    pytest.param("Задачами ОДКБ являются защита суверенитета и территориальной целостности.",
                 [("purpose", "ОДКБ", "защита суверенитета и территориальной целостности", "")],
                 id="purpose-as-tasks"),
    pytest.param("Целями ЕАЭС согласно договору являются формирование единого рынка.",
                 [("purpose", "ЕАЭС", "формирование единого рынка", "")], id="purpose-according-to"),
    # exits in other words
    pytest.param("Грузия вышла из СНГ, ее выход вступил в силу 18 августа 2009 года.",
                 [("left", "СНГ", "Грузия", "2009-08-18")], id="exit-dated-by-taking-effect"),
    # a host in a relative clause dated by the clause that names it
    pytest.param("В 2027 году председательство в ОДКБ перейдет к Казахстану, который примет саммит у себя.",
                 [("next_chair", "ОДКБ", "Казахстан", "2027"), ("next_summit", "ОДКБ", "Казахстан", "2027")],
                 id="host-dated-by-its-antecedent"),
    pytest.param("Азербайджан вернулся в ОДКБ в 2005 году, но в 2010 году приостановил членство.",
                 [("rejoined", "ОДКБ", "Азербайджан", "2005"), ("suspended", "ОДКБ", "Азербайджан", "2010")],
                 id="one-subject-two-exit-verbs"),
    pytest.param("В 2012 году Узбекистан и Грузия не продлили членство в ОДКБ.",
                 [("left", "ОДКБ", "Узбекистан", "2012"), ("left", "ОДКБ", "Грузия", "2012")], id="not-renewed"),
    pytest.param("Молдавия отказалась от участия в заседаниях органов СНГ в 2022 году.",
                 [("froze_participation", "СНГ", "Молдавия", "2022")], id="refused-to-take-part"),
    pytest.param("Армения, заморозившая участие в ОДКБ в 2024 году, не прислала делегацию.",
                 [("froze_participation", "ОДКБ", "Армения", "2024")], id="froze-participle-after-a-comma"),
    # seats: an executive body named right after its organisation
    pytest.param("Исполнительный комитет СНГ находится в Минске.", [("headquarters", "СНГ", "Минск", "")],
                 id="executive-committee-seat"),
    pytest.param("Исполнительный орган союза - Евразийская экономическая комиссия - находится в Москве. ЕАЭС растет.",
                 [("headquarters", "ЕАЭС", "Москва", "")], id="executive-body-between-dashes"),
])
def test_issue_15_forms(models, body, expected):
    assert facts_of(models, body) == expected


@pytest.mark.parametrize("body", [
    "Аргентина отказалась от вступления в БРИКС.",                            # a refusal to join is no exit
    "Казахстан продлил участие в программе ОДКБ.",                             # a renewal is no exit
    "Исполнительный комитет Региональной антитеррористической структуры ШОС находится в Ташкенте.",
    "Представители ОДКБ обсудили ситуацию. Встреча министров прошла в Москве.",  # ministers: no summit
    "В ОДКБ шесть государств провели учения.",                               # a count that is no member count
    "Представители ОДКБ обсудили ситуацию. Цель - не допустить эскалации.",  # a speaker's aim, not a purpose
    "Наша задача - развивать ОДКБ.",
])
def test_issue_15_non_facts(models, body):
    assert facts_of(models, body) == []


@pytest.mark.parametrize("text, name", [
    ("Бразилия", "Бразилия"),      # an alias beats a stem match with the city Бразилиа
    ("Бразилии", "Бразилия"),
    ("Киргизию", "Киргизия"),
    ("Организации Договора о коллективной безопасности", "ОДКБ"),
    ("Тяньцзине", "Тяньцзинь"),
    ("Екатеринбурге", "Екатеринбург"),
])
def test_names(models, text, name):
    article = analysis.analyse(analysis.parse_article("Заголовок\n\nОни говорили о %s." % text), models)
    assert [m.name for m in find_mentions(article, load_gazetteer())] == [name]


# The third round's forms (issue #15), each in a sentence written for the test (article date
# 2025-11-27): the held-out articles' misses grouped by the form of sentence, and the tuning
# articles' known misses.
THIRD_ROUND = [
    # chair: exercised, heading the organisation, a meeting under a state's leadership
    pytest.param("В 2024 году председательство в органах ОДКБ осуществлял Казахстан.",
                 [("chair", "ОДКБ", "Казахстан", "2024")], id="chair-exercised-in-the-bodies"),
    pytest.param("Армения осуществляет председательство в ЕАЭС в 2024 году.",
                 [("chair", "ЕАЭС", "Армения", "2024")], id="state-exercises-the-chair"),
    pytest.param("Россия, возглавляющая ОДКБ в 2026 году, готовит саммит.",
                 [("chair", "ОДКБ", "Россия", "2026")], id="heading-participle"),
    pytest.param("В 2027 году СНГ возглавит Узбекистан.",
                 [("next_chair", "СНГ", "Узбекистан", "2027")], id="will-head"),
    pytest.param("Заседание Совета глав государств СНГ под руководством Туркмении прошло в Ашхабаде 11 октября 2024 года.", [
                     ("summit", "СНГ", "Ашхабад", "2024-10-11"),
                     ("chair", "СНГ", "Туркмения", "2024"),
                 ], id="meeting-under-a-states-leadership"),
    # founding: starting to work on a date
    pytest.param("ЕАЭС заработал 1 января 2015 года.", [("founded", "ЕАЭС", "", "2015-01-01")], id="started-working"),
    pytest.param("Лидеры ЕАЭС встретились. Союз функционирует с 2015 года.", [("founded", "ЕАЭС", "", "2015")],
                 id="works-since"),
    # founders: after a possessive, in a ``когда`` clause
    pytest.param("БРИКС растет. Его основатели – Бразилия, Россия, Индия и Китай.",
                 [("founding_member", "БРИКС", s, "") for s in ["Бразилия", "Россия", "Индия", "Китай"]],
                 id="founders-after-a-possessive"),
    pytest.param("ЕАЭС был основан 29 мая 2014 года, когда президенты Белоруссии, Казахстана и России подписали "
                 "Договор о Евразийском экономическом союзе.",
                 [("founded", "ЕАЭС", "", "2014-05-29")]
                 + [("founding_member", "ЕАЭС", s, "2014-05-29") for s in ["Белоруссия", "Казахстан", "Россия"]]
                 + [("treaty_signed", "ЕАЭС", "Договор о Евразийском экономическом союзе", "2014-05-29")],
                 id="founders-in-a-when-clause"),
    # members: after a relative pronoun, a compound counted noun
    pytest.param("Лидеры ОДКБ встретились. Организация, в которую входят три государства – Армения, Россия и "
                 "Таджикистан, провела учения.",
                 [("member_count", "ОДКБ", "3", "")] + [("member", "ОДКБ", s, "") for s in
                                                      ["Армения", "Россия", "Таджикистан"]],
                 id="members-in-a-relative-clause"),
    pytest.param("Сейчас в ЕАЭС пять государств-членов.", [("member_count", "ЕАЭС", "5", "")],
                 id="count-of-a-compound-noun"),
    # joins: no organisation in the sentence, an accusative object, a verbal noun with its verb
    pytest.param("Лидеры ШОС встретились в Астане. Иран стал полноправным участником в 2023 году.",
                 [("joined", "ШОС", "Иран", "2023")], id="became-a-participant-context"),
    pytest.param("Лидеры БРИКС встретились. Процедура вступления Египта завершилась в 2024 году.",
                 [("joined", "БРИКС", "Египет", "2024")], id="joining-procedure-finished"),
    pytest.param("Лидеры БРИКС в 2023 году приняли Иран в объединение.",
                 [("joined", "БРИКС", "Иран", "2023")], id="admitted-accusative"),
    pytest.param("Участники саммита приняли в СНГ Азербайджан.",
                 [("joined", "СНГ", "Азербайджан", "")], id="admitted-organisation-first"),
    pytest.param("Лидеры ЕАЭС встретились. Вступление Армении и Киргизии в 2015 году расширило его до пяти государств.", [
                     ("joined", "ЕАЭС", "Армения", "2015"),
                     ("joined", "ЕАЭС", "Киргизия", "2015"),
                     ("member_count", "ЕАЭС", "5", ""),
                 ], id="joins-one-date-pronoun-object"),
    # freezes and exits in other words
    pytest.param("Туркмения в 2005 году прекратила участие в работе органов СНГ.",
                 [("froze_participation", "СНГ", "Туркмения", "2005")], id="stopped-taking-part"),
    pytest.param("Азербайджан отозвал подпись под Уставом ОДКБ в 1999 году.",
                 [("left", "ОДКБ", "Азербайджан", "1999")], id="withdrew-its-signature"),
    pytest.param("Молдавия не участвует в работе органов СНГ с 2022 года.",
                 [("froze_participation", "СНГ", "Молдавия", "2022")], id="negated-participation"),
    pytest.param("Лидеры ОДКБ встретились. Армения заморозила участие.",
                 [("froze_participation", "ОДКБ", "Армения", "")], id="froze-context"),
    # hosts: after the summit they host, after a clause between commas
    pytest.param("Следующий саммит ОДКБ в 2026 году примет Москва.",
                 [("next_summit", "ОДКБ", "Москва", "2026")], id="host-after-its-object"),
    pytest.param("Казахстан, председательствующий в ОДКБ в 2026 году, впервые за пять лет примет саммит у себя.", [
                     ("chair", "ОДКБ", "Казахстан", "2026"),
                     ("next_summit", "ОДКБ", "Казахстан", ""),
                 ], id="host-after-a-clause"),
    # a season of a year dates a fact by that year
    pytest.param("Саммит ЕАЭС пройдет в Минске осенью 2026 года.",
                 [("next_summit", "ЕАЭС", "Минск", "2026")], id="season-of-a-year"),
    pytest.param("Первый саммит БРИКС прошел в Екатеринбурге в 2009 году.",
                 [("summit", "БРИКС", "Екатеринбург", "2009")], id="city-added-to-the-gazetteer"),
    # a year counted from the one written before it
    pytest.param("В 2015 году в ЕАЭС вступила Армения, а годом позже — Киргизия.",
                 [("joined", "ЕАЭС", "Армения", "2015"), ("joined", "ЕАЭС", "Киргизия", "2016")],
                 id="a-year-later"),
    # some of those counted, after ``в том числе``
    pytest.param("Лидеры ОДКБ встретились. У истоков организации стояли шесть государств, в том числе Таджикистан.",
                 [("founding_member_count", "ОДКБ", "6", ""), ("founding_member", "ОДКБ", "Таджикистан", "")],
                 id="founders-among-a-count"),
    # a charter adopted; a seat named by ``там же``
    pytest.param("Устав ОДКБ был принят 7 октября 2002 года в Кишиневе, там же работает исполнительный "
                 "комитет организации. Секретариат ОДКБ расположен в Москве, там же находится исполнительный "
                 "комитет организации.", [
                     ("treaty_signed", "ОДКБ", "Устав ОДКБ", "2002-10-07"),
                     ("headquarters", "ОДКБ", "Москва", ""),
                     ("headquarters", "ОДКБ", "Москва", ""),
                 ], id="charter-adopted-seat-there"),
    # leaving the agreements made within the organisation is a freeze
    pytest.param("Лидеры СНГ встретились. В 2022 году Грузия начала выходить из соглашений в рамках содружества.",
                 [("froze_participation", "СНГ", "Грузия", "2022")], id="leaving-its-agreements"),
    # the state whose leader hands the chair over chaired
    pytest.param("Президент Казахстана Касым-Жомарт Токаев по итогам саммита ОДКБ передал председательство в "
                 "организации президенту России.",
                 [("chair", "ОДКБ", "Россия", ""), ("chair", "ОДКБ", "Казахстан", "")], id="leader-hands-over"),
    # the leaders' council named by the bare word
    pytest.param("Главы государств СНГ провели в Ашхабаде заседание совета.",
                 [("summit", "СНГ", "Ашхабад", "")], id="leaders-hold-a-council"),
    pytest.param("Очередное заседание Совета глав государств Содружества Независимых Государств состоится 9 декабря "
                 "в Минске, сообщил источник.", [("next_summit", "СНГ", "Минск", "2025-12-09")],
                 id="council-named-in-full"),
    # ``своего председательства``: the sentence's subject chaired; a summit in a relative clause
    # dated by its antecedent's clause
    pytest.param("Лидеры ШОС встретились. Астана рассказала партнерам об итогах своего председательства в 2024 году, "
                 "которое завершилось саммитом в Астане.", [
                     ("chair", "ШОС", "Казахстан", "2024"),
                     ("summit", "ШОС", "Астана", "2024"),
                 ], id="own-chair-and-its-summit"),
    # a chair the sentence does not place is of the organisation the article is about, not of a
    # bank named in passing before it
    pytest.param("Лидеры ЕАЭС встретились в Минске. Часть проектов финансирует ЕАБР. Москва поддерживает "
                 "приоритеты казахстанского председательства.", [("chair", "ЕАЭС", "Казахстан", "")],
                 id="context-chair-of-the-main-organisation"),
    # more wordings of the same forms
    pytest.param("Лидеры СНГ встретились. В 2026 году Содружество возглавляет Туркмения.",
                 [("chair", "СНГ", "Туркмения", "2026")], id="heads-the-commonwealth"),
    pytest.param("Лидеры БРИКС встретились. Сейчас в объединении десять стран-участниц.",
                 [("member_count", "БРИКС", "10", "")], id="count-in-the-organisation-noun"),
    pytest.param("В 2027 году председательство в СНГ возьмет на себя Казахстан.",
                 [("next_chair", "СНГ", "Казахстан", "2027")], id="will-take-the-chair-upon-itself"),
    pytest.param("В 2026 году председательствовать в ОДКБ будет Россия.",
                 [("next_chair", "ОДКБ", "Россия", "2026")], id="will-chair"),
    pytest.param("Лидеры ЕАЭС встретились. Союз действует с 1 января 2015 года.",
                 [("founded", "ЕАЭС", "", "2015-01-01")], id="acts-since"),
    # the chairing state by its role noun
    pytest.param("Страной-председателем ЕАЭС в 2024 году является Армения.",
                 [("chair", "ЕАЭС", "Армения", "2024")], id="chairing-country-noun"),
    pytest.param("Киргизия – страна-председатель ОДКБ в 2025 году.",
                 [("chair", "ОДКБ", "Киргизия", "2025")], id="state-is-the-chairing-country"),
    # member nouns written as compounds; members after a dash
    pytest.param("Государствами-членами БРИКС являются Бразилия и ЮАР.",
                 [("member", "БРИКС", "Бразилия", ""), ("member", "БРИКС", "ЮАР", "")], id="member-states-compound"),
    pytest.param("Лидеры ШОС встретились. Пакистан стал государством-членом в 2017 году.",
                 [("joined", "ШОС", "Пакистан", "2017")], id="became-a-member-state"),
    pytest.param("Члены СНГ – Армения, Белоруссия и Казахстан.",
                 [("member", "СНГ", s, "") for s in ["Армения", "Белоруссия", "Казахстан"]], id="members-after-a-dash"),
    # left by ceasing to be a member
    pytest.param("Украина перестала быть членом СНГ в 2018 году.",
                 [("left", "СНГ", "Украина", "2018")], id="ceased-to-be-a-member"),
    # founders as the subject of the founding verb
    pytest.param("В 2006 году Бразилия, Россия, Индия и Китай основали БРИК. БРИКС растет.", [
                     ("founded", "БРИКС", "", "2006"),
                 ] + [("founding_member", "БРИКС", s, "2006") for s in ["Бразилия", "Россия", "Индия", "Китай"]],
                 id="founders-found-it"),
    # the venue of a summit
    pytest.param("Местом проведения следующего саммита ЕАЭС станет Минск.",
                 [("next_summit", "ЕАЭС", "Минск", "")], id="venue-of-the-next-summit"),
    pytest.param("Египет получил статус полноправного члена БРИКС в 2024 году.",
                 [("joined", "БРИКС", "Египет", "2024")], id="status-of-a-full-member"),
    pytest.param("Лидеры СНГ встретились. Содружество, в состав которого входят девять стран, провело форум.",
                 [("member_count", "СНГ", "9", "")], id="members-in-a-relative-clause-composition"),
    pytest.param("Саммит ОДКБ прошел в Ереване 23 ноября 2022 года под председательством Армении.", [
                     ("summit", "ОДКБ", "Ереван", "2022-11-23"),
                     ("chair", "ОДКБ", "Армения", "2022"),
                 ], id="chair-of-a-meeting-dated-before"),
    pytest.param("Председательство в СНГ перешло от Казахстана к Киргизии.",
                 [("chair", "СНГ", "Киргизия", ""), ("chair", "СНГ", "Казахстан", "")], id="passed-from-to"),
]


@pytest.mark.parametrize("body, expected", THIRD_ROUND)
def test_third_round_forms(models, body, expected):
    assert facts_of(models, body) == expected


@pytest.mark.parametrize("body", [
    "Учения ОДКБ прошли под руководством России.",                        # forces led, not a chair
    "Форум ШОС начал работу 5 мая.",                                      # the forum started, not the SCO
    "ОДКБ начала работу над новой стратегией.",                           # work on something, no date
    "Россия возглавила рабочую группу ОДКБ.",                              # a group, not the organisation
    "Лидеры ОДКБ встретились. Сербия стала участником переговоров.",      # a participant of talks
    "Лидеры ОДКБ встретились. Индия вступила в переговоры.",
    "Казахстан прекратил участие в переговорах ОДКБ о ценах.",            # one negotiation, no freeze
    "Молдавия не участвовала в саммите СНГ.",                             # one absence
    "Следующий саммит ОДКБ пройдет в 2026 году.",                         # a summit to come without a place
    "Лидеры ШОС встретились. Заявку на вступление белорусская сторона подала в 2022 году.",  # an application
    "Лидеры СНГ встретились. Грузия вышла из соглашения о свободной торговле СНГ.",  # one agreement
    "Соглашение о свободной торговле между ЕАЭС и Ираном вступило в силу в мае.",  # took effect
    "Министры ОДКБ провели в Минске заседание совета.",                   # not the leaders' council
    "Главы государств СНГ одобрили решения заседания совета министров в Минске.",
    "Лидеры ЕАЭС встретились. Союз действует в 2025 году активно.",      # works, not since when
    "Лидеры ОДКБ встретились. В группе десять стран провели учения.",
    "Евразийская экономическая комиссия начала работу 2 февраля 2012 года.",  # a body of the EAEU
    "Секретариат ШОС создан в 2004 году.",
    "Лидеры ОДКБ встретились. Участники встречи – Армения и Россия.",    # no organisation before the dash
    "Россия и Китай создали рабочую группу ШОС.",                         # a group, not the organisation
    "Лидеры ОДКБ встретились. Китай стал участником форума в 2023 году.",  # a member of the forum
    "Лидеры ЕАЭС встретились. Узбекистан получил статус наблюдателя в 2020 году.",  # an observer
    "Лидеры БРИКС встретились. Эту идею Индия выдвигала во время своего председательства.",  # which term?
])
def test_third_round_non_facts(models, body):
    assert facts_of(models, body) == []


@pytest.mark.parametrize("body, expected", [
    # the sentence names the organisation
    ("Иран стал полноправным участником ШОС в 2023 году.", ["text"]),
    # a noun, a pronoun or nothing stands for it: the organisation named last before
    ("Лидеры ШОС встретились. Иран стал полноправным участником в 2023 году.", ["context"]),
    ("Лидеры ОДКБ встретились. Организация была создана в 2002 году.", ["context"]),
    # a treaty names its own organisation
    ("Лидеры ШОС встретились. Договор о коллективной безопасности был подписан 15 мая 1992 года.", ["text"]),
])
def test_subject_from(models, body, expected):
    text = " date 2025-11-27 Заголовок\n\nМОСКВА, 27 ноября. /ТАСС/. " + body
    tables = analysis.extract_text(text, models=models)
    assert tables["facts"].subject_from.tolist() == expected


def test_check_of_a_context_subject_says_so(models):
    text = " date 2025-11-27 Заголовок\n\nМОСКВА, 27 ноября. /ТАСС/. Лидеры ШОС встретились. Индия и Пакистан " \
           "стали полноправными участниками в 2017 году."
    checks = analysis.extract_text(text, models=models)["checks"]
    assert len(checks) == 2
    assert all(note.startswith("subject ШОС resolved from context") for note in checks.note)


# Issue #15, fourth round: the constructions of the second held-out set's misses, each in sentences
# of its own (none copied from the articles), and statements that stay no facts.
FOURTH_ROUND = [
    # a year with the elided ``год``'s ending
    pytest.param("Египет вступил в БРИКС в 2024-м.", [("joined", "БРИКС", "Египет", "2024")], id="elided-year"),
    pytest.param("В 2017 году в ШОС вошли Индия и Пакистан, в 2023-м — Иран.", [
                     ("joined", "ШОС", "Индия", "2017"), ("joined", "ШОС", "Пакистан", "2017"),
                     ("joined", "ШОС", "Иран", "2023")], id="elided-year-in-a-gapped-join"),
    # an ordinal member noun with the date before ``стать``: a join, no count
    pytest.param("Одиннадцатым участником БРИКС в 2025 году стала Индонезия.",
                 [("joined", "БРИКС", "Индонезия", "2025")], id="ordinal-member-dated"),
    pytest.param("Десятым членом ШОС стала Белоруссия.", [("joined", "ШОС", "Белоруссия", "")],
                 id="ordinal-member-no-count"),
    # a summit in a relative clause of the organisation
    pytest.param("Содружество СНГ, последний саммит которого прошел в октябре 2025 года в Душанбе, расширяет связи.",
                 [("summit", "СНГ", "Душанбе", "2025-10")], id="summit-in-a-relative-clause"),
    # a host holding the summit to come (``проведет``), its object first
    pytest.param("Лидеры ОДКБ встретились. Очередную встречу на высшем уровне проведет Минск.",
                 [("next_summit", "ОДКБ", "Минск", "")], id="host-holds-the-next-summit"),
    pytest.param("Лидеры ШОС встретились. Следующий саммит организации проведет Киргизия.",
                 [("next_summit", "ШОС", "Киргизия", "")], id="host-state-holds-the-next-summit"),
    # a planned summit: to come, its month in the year ahead
    pytest.param("Саммит БРИКС, как сообщил источник, Бразилия намерена провести в Рио-де-Жанейро в октябре.",
                 [("next_summit", "БРИКС", "Рио-де-Жанейро", "2026-10")], id="planned-summit-with-an-aside"),
    pytest.param("Встречу на высшем уровне ОДКБ планируется провести в Минске в сентябре.",
                 [("next_summit", "ОДКБ", "Минск", "2026-09")], id="planned-summit-passive"),
    # a freeze after a clause between commas, or a relative pronoun, and an adverb
    pytest.param("Грузия, так и не подписавшая итоговые документы, с 2006 года не участвует в работе органов СНГ.",
                 [("froze_participation", "СНГ", "Грузия", "2006")], id="freeze-after-an-aside"),
    pytest.param("Речь шла о Молдавии, которая с марта 2022 года практически не участвует в работе СНГ.",
                 [("froze_participation", "СНГ", "Молдавия", "2022-03")], id="freeze-in-a-relative-clause"),
    # a second verb after the participle's clause, dated ``N лет спустя``
    pytest.param("Узбекистан, вернувшийся в ОДКБ в 2006 году, шесть лет спустя приостановил членство в организации.", [
                     ("rejoined", "ОДКБ", "Узбекистан", "2006"), ("suspended", "ОДКБ", "Узбекистан", "2012")],
                 id="second-verb-years-later"),
    # chairs: leading the organisation, a capital heading it, the role of chairman, a pronoun
    # taking over from a state, a giver before its relative clause, the subject's year of chair
    pytest.param("Лидеры СНГ встретились. В текущем году Содружеством руководит Таджикистан.", [("chair", "СНГ", "Таджикистан", "2025")],
                 id="leads-the-organisation"),
    pytest.param("Лидеры СНГ встретились. Впервые Душанбе возглавлял Содружество в 2010 году.",
                 [("chair", "СНГ", "Таджикистан", "2010")], id="a-capital-heads-it"),
    pytest.param("Киргизия, на которую в 2025 году легла роль председателя ОДКБ, готовит саммит.",
                 [("chair", "ОДКБ", "Киргизия", "2025")], id="role-of-chairman-fell-to"),
    pytest.param("Роль председателя ШОС в 2027 году будет исполнять Киргизия.",
                 [("next_chair", "ШОС", "Киргизия", "2027")], id="role-of-chairman-performed"),
    pytest.param("В этом году Казахстан возглавляет ЕАЭС: председательство перешло к нему от Армении.", [
                     ("chair", "ЕАЭС", "Казахстан", "2025"), ("chair", "ЕАЭС", "Казахстан", ""),
                     ("chair", "ЕАЭС", "Армения", "")], id="passed-to-a-pronoun-from"),
    pytest.param("Лидеры БРИКС встретились. Россия, у которой Бразилия приняла эстафету, провела форум.", [
                     ("chair", "БРИКС", "Бразилия", ""), ("chair", "БРИКС", "Россия", "")],
                 id="giver-before-its-relative-clause"),
    pytest.param("Белоруссия во время председательства в ОДКБ предложит новые учения.",
                 [("chair", "ОДКБ", "Белоруссия", "")], id="during-its-chair"),
    # founding: the basis in a participle's clause, a participle opening the sentence; the status
    pytest.param("БРИКС, выросший из «четверки БРИК», был учрежден в 2006 году в Нью-Йорке.", [
                     ("based_on", "БРИКС", "четверка БРИК", ""), ("founded", "БРИКС", "", "2006"), ("founded_place", "БРИКС", "Нью-Йорк", "2006")],
                 id="founded-after-a-participle-clause"),
    pytest.param("Созданный на базе Договора о ЕАЭС 2014 года, союз расширяется.", [
                     ("based_on", "ЕАЭС", "Договор о ЕАЭС", ""), ("treaty_signed", "ЕАЭС", "Договор о ЕАЭС", "2014")],
                 id="participle-opens-the-sentence"),
    pytest.param("В 2002 году Содружество СНГ получило статус наблюдателя при ООН. Позже ШОС получила статус международной организации в 2001-м.", [
                     ("kind", "ШОС", "международная организация", ""), ("founded", "ШОС", "", "2001")],
                 id="status-of-an-organisation"),
    pytest.param("Лидеры ОДКБ встретились. Устав организации ее руководители подписали в 2002 году.",
                 [("treaty_signed", "ОДКБ", "Устав ОДКБ", "2002")], id="charter-of-the-organisation-signed-by"),
    # a seat: an apposition says the body is the organisation's own
    pytest.param("Секретариат, постоянно действующий административный орган ОДКБ, располагается в Москве.",
                 [("headquarters", "ОДКБ", "Москва", "")], id="seat-of-its-organ"),
    pytest.param("Комиссия, постоянный регулирующий орган ЕАЭС, находится в Москве.",
                 [("headquarters", "ЕАЭС", "Москва", "")], id="seat-of-its-regulating-organ"),
    # members: one of N founders with the treaty they signed; founders named apart; a growth
    pytest.param("Армения входит в число шести государств-учредителей ОДКБ, подписавших в мае 1992 года Ташкентскую декларацию.", [
                     ("founding_member_count", "ОДКБ", "6", "1992-05"), ("founding_member", "ОДКБ", "Армения", "1992-05"),
                     ("treaty_signed", "ОДКБ", "Ташкентская декларация", "1992-05")], id="one-of-the-founders"),
    pytest.param("Кроме пяти основателей – Бразилии, России, Индии, Китая и ЮАР – в БРИКС теперь входят Иран и Египет.",
                 [("founding_member_count", "БРИКС", "5", "")]
                 + [("founding_member", "БРИКС", x, "") for x in ["Бразилия", "Россия", "Индия", "Китай", "ЮАР"]]
                 + [("member", "БРИКС", x, "") for x in ["Бразилия", "Россия", "Индия", "Китай", "ЮАР", "Иран", "Египет"]],
                 id="founders-named-apart"),
    pytest.param("ШОС, первый саммит которой прошел в Шанхае, выросла с шести государств до десяти.", [
                     ("summit", "ШОС", "Шанхай", ""), ("member_count", "ШОС", "10", ""),
                     ("founding_member_count", "ШОС", "6", "")], id="grew-from-to"),
    pytest.param("ЕАЭС расширился с трех стран до пяти.", [("member_count", "ЕАЭС", "5", "")], id="grew-to-now"),
    # a session of the leaders' council; a summit something is to be ready by
    pytest.param("Лидеры ОДКБ встретились. Декларацию одобрили на октябрьской сессии Совета коллективной безопасности в Минске.",
                 [("summit", "ОДКБ", "Минск", "2025-10")], id="session-of-the-council"),
    pytest.param("Задача – подготовить соглашение ЕАЭС к саммиту в Минске.", [("next_summit", "ЕАЭС", "Минск", "")],
                 id="ready-by-the-summit"),
    # the founding of a subject qualified by a participle's phrase opening the sentence
    pytest.param("Лидеры ЕАЭС встретились. Образованный на базе Договора о ЕАЭС, союз заработал с 1 января 2015 года.", [
                     ("founded", "ЕАЭС", "", "2015-01-01")], id="participle-phrase-then-founding"),
    # a treaty of the organisation's own signed in a ``когда`` clause, dated by the clause before
    pytest.param("ШОС получила статус международной организации в 2002 году, когда была подписана ее хартия.", [
                     ("kind", "ШОС", "международная организация", ""), ("founded", "ШОС", "", "2002"),
                     ("treaty_signed", "ШОС", "Хартия ШОС", "2002")], id="own-charter-signed-when"),
]


@pytest.mark.parametrize("body, expected", FOURTH_ROUND)
def test_fourth_round_forms(models, body, expected):
    assert facts_of(models, body) == expected


@pytest.mark.parametrize("body", [
    "Лидеры ОДКБ встретились. Встречу министров обороны планируется провести в Минске в ноябре.",  # no summit
    "Лидеры СНГ встретились. Молдавия, по словам министра, не участвовала в саммите.",  # one absence
    "Лидеры ОДКБ встретились. Совещание секретарей советов безопасности проведет Минск.",  # not the leaders'
    "Штаб-квартира Нового банка развития, учрежденного странами БРИКС, находится в Шанхае.",  # a bank's seat
    "Исполнительный комитет РАТС ШОС находится в Ташкенте.",            # another body's seat
    "Лидеры ЕАЭС встретились. Бишкек получил статус наблюдателя.",        # an observer, not a kind
    "Председатель правления ЕАБР Николай Подгузов выступил на форуме ЕАЭС.",  # a chairman, no chair
    "Лидеры ОДКБ встретились. Сессия Совета министров иностранных дел прошла в Минске.",  # ministers: no summit
    "Делегации ШОС готовились к саммиту.",                               # no place, no date
    "Лидеры ШОС встретились. Россия входит в число крупнейших экономик мира.",  # no founders' count
    "Лидеры ЕАЭС встретились. Союз расширился в 2015 году, когда был подписан договор с Вьетнамом.",  # not its own
])
def test_fourth_round_non_facts(models, body):
    assert facts_of(models, body) == []


# (round 12, issue #15) an exit begun is ``withdrawing`` and is checked against the reference's
# ``withdrew`` rows (Moldova's denunciations of 2026, "exit not yet in effect", Georgia's notification
# of August 2008); an exit said to be done where the reference holds only one begun needs context
@pytest.mark.parametrize("body, predicate, value, status, reference_value", [
    ("СНГ провело саммит. В феврале 2026 года Молдавия начала процедуру выхода из СНГ.",
     "withdrawing", "Молдавия", "agrees", "withdrew"),
    ("СНГ провело саммит. В августе 2008 года Грузия уведомила исполком о выходе из СНГ.",
     "withdrawing", "Грузия", "agrees", "withdrew"),
    ("СНГ провело саммит. В 2024 году Казахстан начал процедуру выхода из СНГ.",
     "withdrawing", "Казахстан", "disagrees", "member"),
    ("СНГ провело саммит. Молдавия вышла из СНГ в 2026 году.", "left", "Молдавия", "needs_context", "withdrew"),
    ("СНГ провело саммит. Грузия вышла из СНГ в 2009 году.", "left", "Грузия", "agrees", "left"),
])
def test_exits_begun_and_done_against_the_reference(models, body, predicate, value, status, reference_value):
    text = " date 2026-04-10 Заголовок\n\nМОСКВА, 10 апреля. /ТАСС/. " + body
    tables = analysis.extract_text(text, models=models)
    facts = tables["facts"]
    assert [(r.predicate, r.value) for r in facts.itertuples()] == [(predicate, value)]
    checks = tables["checks"]
    rows = checks[(checks.predicate == predicate) & (checks.check == "reference")]
    assert len(rows) == 1
    assert (rows.iloc[0].status, rows.iloc[0].reference_value) == (status, reference_value)
