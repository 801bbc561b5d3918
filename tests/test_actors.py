"""Actors: mentions and actors of the seed (hand-checked against its text), merges, roles,
references, the cleaning of NER spans, transliteration and the user's gazetteer file."""

import pytest

import analysis
from analysis.actors import split_span
from analysis.cli import main
from analysis.gazetteer import GazetteerError, parse_aliases
from analysis.translit import transliterate

from conftest import SEED

# The seed's cast, read off its text: the headline's Путин, Владимир Путин in the lead, сказал/
# подытожил Путин and two references (По его словам, отметил президент); ОДКБ five times by its
# abbreviation, once by its full name, once more by abbreviation at the end; Россия in the headline,
# the lead (России, РФ), paragraph 3 and the member list; ТАСС in the desk line, photo credit and
# dateline; the photographer; the dateline's БИШКЕК; Киргизию in the lead and Киргизия in the list;
# Советского Союза; the other four members. ВПК (the defence industry) is no actor.
SEED_ACTORS = [
    # name, name_en, kind, wikidata, iso, roles, mentions
    ("Владимир Путин", "Vladimir Putin", "person", "Q7747", "", "президент РФ", 6),
    ("ОДКБ", "CSTO", "organisation", "", "", "", 7),
    ("Россия", "Russia", "country", "Q159", "RUS", "", 5),
    ("ТАСС", "TASS", "media", "", "", "", 3),
    ("Михаил Метцель", "Mikhail Mettsel", "person", "", "", "", 1),
    ("Бишкек", "Bishkek", "city", "Q9361", "", "", 1),
    ("Киргизия", "Kyrgyzstan", "country", "Q813", "KGZ", "", 2),
    ("СССР", "Soviet Union", "historical_state", "Q15180", "", "", 1),
    ("Армения", "Armenia", "country", "Q399", "ARM", "", 1),
    ("Белоруссия", "Belarus", "country", "Q184", "BLR", "", 1),
    ("Казахстан", "Kazakhstan", "country", "Q232", "KAZ", "", 1),
    ("Таджикистан", "Tajikistan", "country", "Q863", "TJK", "", 1),
]


@pytest.fixture(scope="module")
def seed_tables(models):
    return analysis.extract(SEED, models=models)


@pytest.fixture(scope="module")
def seed_text():
    return SEED.read_bytes().decode("utf-8")


def actor_of(tables, text):
    """The actor name of every mention whose text is ``text``."""
    mentions, actors = tables["mentions"], tables["actors"].set_index("actor_id")
    return [actors.loc[m.actor_id, "name"] for m in mentions.itertuples() if m.text == text]


def test_seed_actor_list(seed_tables):
    columns = ["name", "name_en", "kind", "wikidata", "iso", "roles", "mentions"]
    rows = [tuple(row) for row in seed_tables["actors"][columns].itertuples(index=False)]
    assert rows == SEED_ACTORS
    assert seed_tables["actors"]["actor_id"].tolist() == list(range(len(SEED_ACTORS)))
    assert seed_tables["actors"]["first_start"].is_monotonic_increasing


def test_seed_mentions_reproduce_the_text(seed_tables, seed_text):
    mentions = seed_tables["mentions"]
    assert mentions["mention_id"].tolist() == list(range(len(mentions)))
    for m in mentions.itertuples():
        assert seed_text[m.start:m.end] == m.text
    counts = mentions.groupby("actor_id").size()
    assert counts.to_dict() == seed_tables["actors"].set_index("actor_id")["mentions"].to_dict()


def test_seed_mentions_stay_inside_their_part(seed_tables):
    parts = seed_tables["parts"].set_index("part_id")
    for m in seed_tables["mentions"].itertuples():
        assert parts.loc[m.part_id, "start"] <= m.start < m.end <= parts.loc[m.part_id, "end"]
        assert "\n" not in m.text and "©" not in m.text


def test_seed_names_are_clean(seed_tables):
    for name in seed_tables["actors"]["name"]:
        assert "\n" not in name and "©" not in name and name == name.strip()


@pytest.mark.parametrize("text, actor", [
    ("Путин", "Владимир Путин"),             # the surname joins the full name
    ("Владимир Путин", "Владимир Путин"),
    ("России", "Россия"),
    ("РФ", "Россия"),                         # the abbreviation joins the country
    ("Киргизию", "Киргизия"),
    ("БИШКЕК", "Бишкек"),                     # the dateline's capitals, a city, not an organisation
    ("Советского Союза", "СССР"),
    ("Организация Договора о коллективной безопасности", "ОДКБ"),
    ("его", "Владимир Путин"),                # По его словам
    ("президент", "Владимир Путин"),          # отметил президент
])
def test_seed_merges(seed_tables, text, actor):
    found = actor_of(seed_tables, text)
    assert found and set(found) == {actor}


@pytest.mark.parametrize("text, ner_type, kind", [
    ("БИШКЕК", "LOC", "name"), ("ТАСС", "ORG", "name"), ("Советского Союза", "LOC", "name"),
    ("его", "PER", "reference"), ("президент", "PER", "reference"), ("Путин", "PER", "name"),
])
def test_seed_mention_types(seed_tables, text, ner_type, kind):
    rows = seed_tables["mentions"][seed_tables["mentions"]["text"] == text]
    assert set(rows["ner_type"]) == {ner_type} and set(rows["mention_kind"]) == {kind}


def test_seed_has_no_sector_words_or_credit_noise(seed_tables):
    texts = set(seed_tables["mentions"]["text"])
    assert not texts & {"ВПК", "POOL", "Ими"}
    assert not any("ТАСС" in t and t != "ТАСС" for t in texts)


STORY = (
    "Встреча в Кремле\n\n"
    "МОСКВА, 27 ноября. /ТАСС/. Об этом заявил журналистам президент РФ Владимир Путин. "
    "Об этом сообщил помощник президента РФ Юрий Ушаков. "
    "Премьер-министр РФ Михаил Мишустин провел встречу с министром иностранных дел Китая Ван И.\n\n"
    "Российский лидер отметил, что глава РФ доволен. По словам российского премьера, переговоры "
    "прошли успешно. Как отметил дипломат, Пекин готов.\n\n"
    "Иван Петров встретился с Гейдаром Алиевым. Алиев и Петров обсудили отношения ЕС и СМИ.\n"
)


@pytest.fixture(scope="module")
def story(models):
    return analysis.extract_text(STORY, models=models)


@pytest.mark.parametrize("name, roles", [
    ("Владимир Путин", "президент РФ"),
    ("Юрий Ушаков", "помощник президента РФ"),
    ("Михаил Мишустин", "премьер-министр РФ"),
    ("Ван И", "министр иностранных дел Китая"),   # the role in the nominative
    ("Иван Петров", ""),
])
def test_roles_from_appositions(story, name, roles):
    actors = story["actors"].set_index("name")
    assert actors.loc[name, "roles"] == roles


@pytest.mark.parametrize("text, actor", [
    ("Российский лидер", "Владимир Путин"),
    ("глава РФ", "Владимир Путин"),
    ("российского премьера", "Михаил Мишустин"),
    ("дипломат", "Ван И"),
    ("Алиев", "Гейдар Алиев"),   # the article's own Aliyev, not the gazetteer's Ilham Aliyev
    ("Петров", "Иван Петров"),
])
def test_references_and_surnames(story, text, actor):
    assert actor_of(story, text) == [actor]


def test_a_role_noun_before_a_name_is_no_reference(story):
    references = story["mentions"][story["mentions"]["mention_kind"] == "reference"]
    assert not {"президент", "помощник", "президента"} & set(references["text"])


@pytest.mark.parametrize("text, expected", [
    # two men named in the paragraphs before: his words are nobody's in particular
    ("Иван Петров встретился с Петром Ивановым.\n\nПо его словам, встреча прошла хорошо.\n", []),
    ("Иван Петров прилетел в Минск.\n\nПо его словам, встреча прошла хорошо.\n", ["Иван Петров"]),
    # a woman named: "его" cannot be her
    ("Мария Иванова прилетела в Минск.\n\nПо его словам, встреча прошла хорошо.\n", []),
    ("Мария Иванова прилетела в Минск.\n\nПо ее словам, встреча прошла хорошо.\n", ["Мария Иванова"]),
    # two presidents: "президент" is ambiguous
    ("Президент РФ Владимир Путин встретился с президентом Казахстана Касым-Жомартом Токаевым.\n\n"
     "Как отметил президент, встреча прошла хорошо.\n", []),
])
def test_pronouns_and_ambiguity(models, text, expected):
    tables = analysis.extract_text(text, models=models)
    references = tables["mentions"][tables["mentions"]["mention_kind"] == "reference"]
    actors = tables["actors"].set_index("actor_id")
    assert [actors.loc[i, "name"] for i in references["actor_id"]] == expected


def test_gazetteer_types_and_non_actors(story):
    mentions = story["mentions"].set_index("text")
    assert mentions.loc["ЕС", "ner_type"] == "ORG"
    assert mentions.loc["МОСКВА", "ner_type"] == "LOC"
    assert "СМИ" not in mentions.index
    actors = story["actors"].set_index("name")
    assert actors.loc["Кремль", "kind"] == "government_body"
    assert actors.loc["ЕС", "name_en"] == "European Union"


@pytest.mark.parametrize("span, pieces", [
    ("Ши Тао (Shi Tao)", ["Ши Тао", "Shi Tao"]),
    ("ОАО «Газпром»", ["Газпром"]),
    ("Русской службе «Голоса Америки", ["Русской службе", "Голоса Америки"]),
    ("Суринам • Сирия", ["Суринам", "Сирия"]),
    ("ПАСЕ (", ["ПАСЕ"]),
    ("Ван И.", ["Ван И"]),
    ("Ростов-на-Дону", ["Ростов-на-Дону"]),
])
def test_split_span(span, pieces):
    assert [span[s:e] for s, e, _ in split_span(span, 0, len(span))] == pieces


@pytest.mark.parametrize("russian, latin", [
    ("Михаил Метцель", "Mikhail Mettsel"),
    ("Шойгу", "Shoygu"),
    ("Юрий Ушаков", "Yuriy Ushakov"),
    ("Ельцин", "Yeltsin"),
    ("Объединённые", "Obyedinyonnyye"),
    ("ЩУКИН", "SHCHUKIN"),
    ("ВПК", "VPK"),
    ("Ростов-на-Дону", "Rostov-na-Donu"),
])
def test_transliteration_bgn_pcgn(russian, latin):
    assert transliterate(russian) == latin


USER_CSV = (
    "actor_key,name,name_en,kind,wikidata,iso,alias,source\n"
    "metzel_mikhail,Михаил Метцель,Mikhail Metzel,person,,,Михаил Метцель,TASS photo credits\n"
    "csto,ОДКБ,Collective Security Treaty Organization,organisation,,,ОДКБ,my notes\n"
)


def test_user_aliases_extend_and_override(models):
    gazetteer = analysis.load_gazetteer(parse_aliases(USER_CSV))
    tables = analysis.extract_text(SEED.read_text(encoding="utf-8"), models=models, gazetteer=gazetteer)
    actors = tables["actors"].set_index("name")
    assert actors.loc["Михаил Метцель", "name_en"] == "Mikhail Metzel"
    assert actors.loc["ОДКБ", "name_en"] == "Collective Security Treaty Organization"
    assert actors.loc["Россия", "name_en"] == "Russia"  # the package's rows are still there


@pytest.mark.parametrize("text, error", [
    ("name,alias\nРоссия,РФ\n", "header"),
    ("actor_key,name,name_en,kind,wikidata,iso,alias,source\nx,X,X,planet,,,X,me\n", "kind"),
    ("actor_key,name,name_en,kind,wikidata,iso,alias,source\nx,X,X,person,,,,me\n", "required"),
])
def test_bad_aliases_files(text, error):
    with pytest.raises(GazetteerError, match=error):
        parse_aliases(text)


def test_cli_aliases(tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(USER_CSV, encoding="utf-8")
    assert main(["extract", str(SEED), "--out", str(tmp_path / "out"), "--aliases", str(aliases)]) == 0
    assert "Mikhail Metzel" in (tmp_path / "out" / "actors.csv").read_text(encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("name,alias\n", encoding="utf-8")
    assert main(["extract", str(SEED), "--out", str(tmp_path / "out2"), "--aliases", str(bad)]) == 2
    assert main(["extract", str(SEED), "--out", str(tmp_path / "out3"), "--aliases",
                 str(tmp_path / "missing.csv")]) == 2


def test_user_aliases_reach_worker_processes():
    tables = analysis.extract([SEED], analysis.Options(aliases=parse_aliases(USER_CSV)), jobs=2)
    actors = tables["actors"].set_index("name")
    assert actors.loc["Михаил Метцель", "name_en"] == "Mikhail Metzel"


@pytest.mark.parametrize("words, expected", [
    # a name pymorphy2 does not know, in an oblique case, meets its alias through its stem
    (["Саммит", "прошел", "в", "Тяньцзине"], [("Тяньцзине", "Тяньцзинь")]),
    (["в", "Душанбе"], [("Душанбе", "Душанбе")]),
    # a word pymorphy2 knows never matches by stem: Brazil is not its capital
    (["в", "Бразилии"], [("Бразилии", "Бразилия")]),
    (["Бразилиа"], [("Бразилиа", "Бразилиа")]),
    # an alias written in capitals needs capitals in the text, a capitalised one a capital
    (["МИД", "России"], [("МИД России", "МИД России")]),
    (["мид", "России"], [("России", "Россия")]),
    (["россия"], []),
])
def test_gazetteer_find_respects_the_alias_case_and_meets_oblique_forms(words, expected):
    from analysis.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    found = [(" ".join(words[m.first:m.last + 1]), gazetteer.entry(m.key).name)
             for m in gazetteer.find(words)]
    assert found == expected


def test_a_capitalised_name_of_several_words_stands_alone_without_ner(models):
    tables = analysis.extract_text("Заголовок\n\nМОСКВА, 1 июня. /ТАСС/. Шанхайская организация "
                                   "сотрудничества основана в 2001 году.", models=models)
    mentions = tables["mentions"]
    sco = mentions[mentions["text"] == "Шанхайская организация сотрудничества"]
    assert len(sco) == 1
    actor = tables["actors"].set_index("actor_id").loc[sco["actor_id"].iloc[0]]
    assert (actor["name"], actor["kind"]) == ("ШОС", "organisation")


def test_actor_word_lists_are_data():
    """The actors step's word lists are read from ``analysis/data/lexicon/``: every row of
    ``role_words.csv`` has a use the step reads, every title class row a class, and the pronouns a
    gender; a row with a misspelt use would otherwise be dropped without a word."""
    from analysis import actors, lexicon

    uses = {row["use"] for row in lexicon.rows("role_words")}
    assert uses == {"former", "country_noun", "post_noun", "taking_verb", "acting"}
    assert all(row["class"] for row in lexicon.rows("title_classes"))
    assert actors.TITLE_RULES[-1] == ("глава", frozenset(), "head")  # the least specific comes last
    assert set(actors.PRONOUN_GENDERS.values()) == {"Masc", "Fem"}
    assert actors.COUNTRY_ADJECTIVES["индийский"] == "india"
    assert {"назначить", "избрать"} <= actors.TAKING_VERBS and "пост" in actors.POST_NOUNS


@pytest.mark.parametrize("body, expected", [
    # a first name alone joins the one person of the article with that first name
    ("Хореограф Алексей Ратманский покидает театр. По словам директора, Алексей уходит с поста "
     "художественного руководителя балета.", ["Алексей Ратманский", "Алексей Ратманский"]),
    # two persons with that first name: it joins neither
    ("Алексей Иванов и Алексей Петров приехали. Алексей сказал это.",
     ["Алексей Иванов", "Алексей Петров", "Алексей"]),
])
def test_a_first_name_alone_joins_its_person(models, body, expected):
    tables = analysis.extract_text("Новость дня\n\n" + body + "\n", models=models)
    actors = tables["actors"].set_index("actor_id")
    names = tables["mentions"][tables["mentions"]["mention_kind"] == "name"]
    assert [actors.loc[a, "name"] for a in names["actor_id"] if actors.loc[a, "kind"] == "person"] == expected


@pytest.mark.parametrize("body, expected", [
    # NER ran a club's name and its player's together: after ``клуба`` the club comes first
    ("Вчера прилетел капитан клуба Тоттенхэм Хотспур Эрик Дайер.",
     [("Тоттенхэм Хотспур", "ORG"), ("Эрик Дайер", "PER")]),
    ("В сборную вызван полузащитник клуба Тоттенхэм Хотспур Гарет Бейл.",
     [("Тоттенхэм Хотспур", "ORG"), ("Гарет Бейл", "PER")]),
    # no known first name or surname at the end: the span is left as NER gave it
    ("Обращение подписал председатель компании Бритиш Петролеум Интернэшнл.",
     [("Бритиш Петролеум Интернэшнл", "PER")]),
])
def test_a_person_run_into_an_organisation_name_is_split(models, body, expected):
    tables = analysis.extract_text("Новость дня\n\n" + body + "\n", models=models)
    names = tables["mentions"][tables["mentions"]["mention_kind"] == "name"]
    assert list(zip(names["text"], names["ner_type"])) == expected


def name_rows(tables):
    """``(mention text, actor name, name_en, kind, country_unresolved)`` of the name mentions."""
    actors = tables["actors"].set_index("actor_id")
    names = tables["mentions"][tables["mentions"]["mention_kind"] == "name"]
    return [(m.text,) + tuple(actors.loc[m.actor_id, ["name", "name_en", "kind", "country_unresolved"]])
            for m in names.itertuples()]


@pytest.mark.parametrize("body, written, name, name_en", [
    # the whole name agrees in case: a foreign surname pymorphy2 knows only as indeclinable takes
    # the case its first name shows (``Эммануэлю`` is a dative) and loses the man's ending
    ("Премию вручили Эммануэлю Марку.", "Эммануэлю Марку", "Эммануэль Марк", "Emmanuel Mark"),
    ("Премию вручили Гансу Коку.", "Гансу Коку", "Ганс Кок", "Gans Kok"),
    # an animate accusative is the genitive: ``Гаррета`` has only a genitive reading
    ("Он должен заменить Гаррета Рейсмана на станции.", "Гаррета Рейсмана", "Гаррет Рейсман",
     "Garret Reysman"),
    # a name unknown to pymorphy2 after a role noun in the genitive is a genitive, whatever the tagger
    # guessed; a first name in ``-и``/``-о`` does not decline
    ("Обсуждался визит министра обороны Японии Кэнъити Окуры.", "Кэнъити Окуры", "Кэнъити Окура",
     "Keniti Okura"),
    ("Переговоры прошли при участии министра финансов Японии Таро Накахары.", "Таро Накахары",
     "Таро Накахара", "Taro Nakakhara"),
    # the tagger reads ``Тору`` as a dative of ``тор``, but ``Камикава`` has no dative: a nominative,
    # kept as written
    ("В списке арбитров: • Тору Камикава (Япония) • Пабло Ортис (Чили)", "Тору Камикава",
     "Тору Камикава", "Toru Kamikava"),
    # an adjectival surname in ``-ого`` declines, though pymorphy2 does not know it
    ("Суд оправдал Виталия Белозерского и его брата.", "Виталия Белозерского", "Виталий Белозерский",
     "Vitaliy Belozerskiy"),
    # an indeclinable surname of either gender (``ms-f``) is not taken for a woman's first name
    ("Речь шла о поддержке Аркади Гогуа.", "Аркади Гогуа", "Аркади Гогуа", "Arkadi Gogua"),
])
def test_person_names_in_the_nominative(models, body, written, name, name_en):
    rows = name_rows(analysis.extract_text("Новость дня\n\n" + body + "\n", models=models))
    assert [(r[1], r[2], r[3]) for r in rows if r[0] == written] == [(name, name_en, "person")]


@pytest.mark.parametrize("body, expected", [
    # a surname alone in an oblique case joins its person by a man's ending, and the actor is named
    # by the fullest name even when the surname comes first
    ("Рабочих, согласно Марку, подбили. Пресс-секретарь профсоюза Джон Марк выступил.",
     [("Марку", "Джон Марк"), ("Джон Марк", "Джон Марк")]),
    # an initial and a surname, a first name and a patronymic join the one person they fit; the
    # actor keeps the first name and surname
    ("Министр финансов Алексей Кудрин выступил. Позже А. Кудрин уточнил.",
     [("Алексей Кудрин", "Алексей Кудрин"), ("А. Кудрин", "Алексей Кудрин")]),
    ("Борис Николаевич остался доволен. Визит Бориса Ельцина прошел успешно.",
     [("Борис Николаевич", "Борис Ельцин"), ("Бориса Ельцина", "Борис Ельцин")]),
    # the first name and surname in a gazetteer's name, the surname alone too
    ("Памятник Борису Николаевичу Ельцину открыли. Борис Николаевич был первым президентом. "
     "Ельцина помнят.",
     [("Борису Николаевичу Ельцину", "Борис Ельцин"), ("Борис Николаевич", "Борис Ельцин"),
      ("Ельцина", "Борис Ельцин")]),
    # two persons of that first name: it joins neither
    ("Борис Николаевич остался доволен визитом Бориса Ельцина и Бориса Немцова.",
     [("Борис Николаевич", "Борис Николаевич"), ("Бориса Ельцина", "Борис Ельцин"),
      ("Бориса Немцова", "Борис Немцов")]),
    # the original Latin spelling in brackets is the same person
    ("Вчера выступил посол Питер Стоун (Peter Stone).",
     [("Питер Стоун", "Питер Стоун"), ("Peter Stone", "Питер Стоун")]),
])
def test_one_person_under_several_names(models, body, expected):
    rows = name_rows(analysis.extract_text("Новость дня\n\n" + body + "\n", models=models))
    assert [(r[0], r[1]) for r in rows if r[3] == "person"] == expected


@pytest.mark.parametrize("body, expected", [
    # a body's name runs through its genitive country: two countries' ministries stay apart
    ("Министерство юстиции Индии и Министерство юстиции Непала подписали соглашение.",
     [("Министерство юстиции", "Министерство юстиции Индии", 0), ("Индии", "Индия", 0),
      ("Министерство юстиции", "Министерство юстиции Непала", 0), ("Непала", "Непал", 0)]),
    # the bare name later joins the one body of that name the article attached to a country
    ("Об этом сообщило Министерство внутренних дел Пакистана. Позже Министерство внутренних дел "
     "уточнило данные.",
     [("Министерство внутренних дел", "Министерство внутренних дел Пакистана", 0), ("Пакистана", "Пакистан", 0),
      ("Министерство внутренних дел", "Министерство внутренних дел Пакистана", 0)]),
    # with no country in reach a state body says so, rather than merging with another's
    ("Об этом сообщило Министерство внутренних дел.",
     [("Министерство внутренних дел", "Министерство внутренних дел", 1)]),
    # the complements after the head noun keep their case, the abbreviation of the academy included
    ("Сотрудники Института этнологии и антропологии РАН приехали.",
     [("Института этнологии и антропологии", "Институт этнологии и антропологии РАН", 0), ("РАН", "РАН", 0)]),
    # a region's body
    ("Депутаты Законодательного собрания Приморского края приехали.",
     [("Законодательного собрания", "Законодательное собрание Приморского края", 0),
      ("Приморского края", "Приморский край", 0)]),
])
def test_organisation_names_run_through_their_genitive(models, body, expected):
    rows = name_rows(analysis.extract_text("Новость дня\n\n" + body + "\n", models=models))
    assert [(r[0], r[1], r[4]) for r in rows] == expected


def test_a_kind_noun_gives_way_to_the_gazetteer_name(models):
    # NER takes ``Газета`` opening a sentence into the name; the hard sign is the old spelling
    rows = name_rows(analysis.extract_text("Новость дня\n\nГазета Коммерсантъ сообщила о сделке.\n",
                                           models=models))
    assert [(r[0], r[1], r[3]) for r in rows] == [("Газета Коммерсантъ", "Коммерсант", "media")]


@pytest.mark.parametrize("words, expected", [
    # (word, the tagger's case): the words of one name agree in case
    ([("Тору", "Dat"), ("Камикава", "Nom")], "Nom"),  # ``Камикава`` has no dative
    ([("Бесселю", "Dat"), ("Коку", "Nom")], "Dat"),  # ``Коку`` is no nominative
    ([("Анны", "Gen"), ("Петровой", "Gen")], "Gen"),
    # no case the tagger gives fits: the one case the word can stand in
    ([("Авелем", "Dat")], "Ins"),
    # several: the first (their nominative is one)
    ([("Наине", "Nom"), ("Иосифовне", "Gen")], "Dat"),
    # a word pymorphy2 does not know tells nothing: the surname's case as the tagger read it
    ([("Джайшанкара", "Nom")], "Nom"),
])
def test_the_case_of_a_whole_name(models, words, expected):
    from types import SimpleNamespace

    from analysis.actors import name_case

    tokens = [SimpleNamespace(text=w, pos="PROPN", feats={"Case": c}) for w, c in words]
    assert name_case(None, tokens, models) == expected


@pytest.mark.parametrize("words, expected", [
    # (word, lemma, case) of an organisation's name of two words and the name after it
    ([("Министерство", "министерство", "Nom"), ("юстиции", "юстиция", "Gen"), ("Непала", "непал", "Gen")], True),
    ([("Институт", "институт", "Nom"), ("археологии", "археология", "Gen"), ("РАН", "ран", "Nom")], True),
    # not a genitive: the country is no complement (``Министерство юстиции Непалу передало``)
    ([("Министерство", "министерство", "Nom"), ("юстиции", "юстиция", "Gen"), ("Непалу", "непал", "Dat")], False),
    # an NER span cut after an office noun: the country is the office's, not the organisation's
    ([("Содружестве", "содружество", "Loc"), ("президенту", "президент", "Dat"), ("Киргизии", "киргизия", "Gen")],
     False),
])
def test_genitive_complement(words, expected):
    from types import SimpleNamespace

    from analysis.actors import Candidate, genitive_complement

    text = " ".join(w for w, _, _ in words)
    starts = [text.index(w) for w, _, _ in words]
    tokens = [SimpleNamespace(text=w, lemma=lemma, feats={"Case": case}, sentence_id=0)
              for w, lemma, case in words]
    ctx = SimpleNamespace(tokens=tokens, article=SimpleNamespace(text=text))
    name = Candidate(0, 1, 0, starts[1] + len(words[1][0]), "ORG", "", "")
    after = Candidate(2, 2, starts[2], len(text), "LOC", "", "")
    assert genitive_complement(ctx, name, after) == expected


@pytest.mark.parametrize("body, expected", [
    # the head of the body was introduced with his country: a bare ``МИД`` later is that country's
    ("Об этом сообщил министр иностранных дел Индии Субрахманьям Джайшанкар. Глава МИД также "
     "заявил о визите.", ("МИД Индии", 0)),
    # ... also through a generic ``республики`` after the country was named
    ("Киргизия готова к саммиту, сказал министр обороны республики Руслан Мукамбетов. Глава "
     "Минобороны добавил, что учения пройдут летом.", ("Минобороны Киргизии", 0)),
    # ... or through a country adjective before the office
    ("Индийский министр иностранных дел прибыл в Москву. МИД сообщил о переговорах.", ("МИД Индии", 0)),
    # holders of the office of two countries: the bare body stays unresolved
    ("Министр обороны Индии и министр обороны Китая встретились. Минобороны сообщило о встрече.",
     ("Минобороны", 1)),
    # another office's country says nothing about this body
    ("Министр финансов Индии прибыл в Москву. МИД сообщил о переговорах.", ("МИД", 1)),
])
def test_a_bare_body_belongs_to_the_country_of_its_heads_office(models, body, expected):
    rows = name_rows(analysis.extract_text("Новость дня\n\n" + body + "\n", models=models))
    bodies = {(r[1], r[4]) for r in rows if r[1].split()[0] in ("МИД", "Минобороны")}
    assert bodies == {expected}


@pytest.mark.parametrize("body, expected", [
    # a broadcaster's desk named by a language is no state body: it lacks no country
    ("Об этом сказал в интервью Русской службе «Голоса Америки» министр Латвии.",
     ("Русская служба", 0)),
    ("Как передает Русская служба, переговоры сорваны.", ("Русская служба", 0)),
    ("Как сообщила Персидская служба, переговоры сорваны.", ("Персидская служба", 0)),
    # a state's service named without its country still says so
    ("Об этом сообщила Федеральная миграционная служба.", ("Федеральная миграционная служба", 1)),
])
def test_a_language_service_is_no_state_body(models, body, expected):
    rows = name_rows(analysis.extract_text("Новость дня\n\n" + body + "\n", models=models))
    assert (rows[0][1], rows[0][4]) == expected


@pytest.mark.parametrize("body, expected", [
    # a state's chairmanship, presidency or programme is the state's, no organisation of its own
    ("Председательство Армении в ОДКБ завершилось в декабре.", ["Армения", "ОДКБ"]),
    ("Президентство Франции в ЕС началось в январе.", ["Франция", "ЕС"]),
    ("Программа Казахстана одобрена в Астане.", ["Казахстан", "Астана"]),
])
def test_a_states_chairmanship_is_no_organisation(models, body, expected):
    rows = name_rows(analysis.extract_text("Новость дня\n\n" + body + "\n", models=models))
    assert [r[1] for r in rows] == expected


@pytest.mark.parametrize("body, expected", [
    # a broadcaster's name in an oblique case has its canonical name in the nominative
    ("По данным «Голоса Америки», переговоры сорваны.", ("Голос Америки", "media")),
    ("Журналист радиостанции «Голос Америки» сообщил о встрече.", ("Голос Америки", "media")),
    ("В интервью «Голосу Америки» министр рассказал о встрече.", ("Голос Америки", "media")),
    ("По данным «Немецкой волны», переговоры сорваны.", ("Deutsche Welle", "media")),
])
def test_a_broadcasters_name_in_an_oblique_case(models, body, expected):
    rows = name_rows(analysis.extract_text("Новость дня\n\n" + body + "\n", models=models))
    assert (rows[0][1], rows[0][3]) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline's city and the country it lies in, in brackets: two actors, not an abbreviation
    # introduced (the gazetteer knows both, or the country's abbreviation does not start with the
    # city's initial)
    ("Форум открылся\n\nШАНХАЙ (КНР), 5 мая. /ТАСС/. Председатель КНР Си Цзиньпин открыл форум.\n",
     [("ШАНХАЙ", "Шанхай"), ("КНР", "Китай"), ("КНР", "Китай")]),
    ("Форум открылся\n\nУХАНЬ (КНР), 5 мая. /ТАСС/. Председатель КНР Си Цзиньпин открыл форум.\n",
     [("УХАНЬ", "Ухань"), ("КНР", "Китай"), ("КНР", "Китай")]),
    # a country's name and its abbreviation stay one
    ("Визит\n\nДелегация Корейской Народно-Демократической Республики (КНДР) прибыла в Москву.\n",
     [("Корейской Народно-Демократической Республики", "КНДР"), ("КНДР", "КНДР"), ("Москву", "Москва")]),
])
def test_a_place_and_its_country_in_brackets(models, text, expected):
    tables = analysis.extract_text(text, models=models)
    actors = tables["actors"].set_index("actor_id")
    assert [(m.text, actors.loc[m.actor_id, "name"]) for m in tables["mentions"].itertuples()
            if actors.loc[m.actor_id, "kind"] in ("city", "country", "other")] == expected


@pytest.mark.parametrize("body, organisation", [
    # an office in the dative after the organisation of a chairmanship is no part of its name
    ("На саммите в Минске Лукашенко вручил председательство в Содружестве президенту Азербайджана "
     "Ильхаму Алиеву.", "Содружестве"),
])
def test_an_office_after_an_organisation_is_cut_off(models, body, organisation):
    tables = analysis.extract_text("Новость дня\n\n" + body + "\n", models=models)
    actors = tables["actors"].set_index("actor_id")
    texts = [m.text for m in tables["mentions"].itertuples() if actors.loc[m.actor_id, "kind"] == "organisation"]
    assert texts == [organisation]


@pytest.mark.parametrize("body, expected", [
    # a country named in the genitive after the body: the gazetteer's country, with its codes
    ("Министр иностранных дел Португалии заявил об этом.", ("Португалия", "country", "Q45", "PRT")),
    ("Об этом сообщили в МИД Греции.", ("Греция", "country", "Q41", "GRC")),
    # a country adjective on a body names the body's country
    ("Канадский МИД выразил протест.", ("МИД Канады", "government_body", "", "")),
    ("Итальянское правительство одобрило бюджет.", ("Правительство Италии", "government_body", "", "")),
    # the press's metonyms for a country, inflected, are that country (FactRuEval tags them places)
    ("Поставки нефти в Поднебесную вырастут.", ("Китай", "country", "Q148", "CHN")),
    ("Посол Страны восходящего солнца отозван.", ("Япония", "country", "Q17", "JPN")),
    ("Премьер Туманного Альбиона прибыл в Москву.", ("Великобритания", "country", "Q145", "GBR")),
    # press variants of a country's name
    ("Председательствующий в ШОС Киргизстан предложил провести саммит.", ("Киргизия", "country", "Q813", "KGZ")),
    ("Эмираты подписали соглашение.", ("ОАЭ", "country", "Q878", "ARE")),
])
def test_countries_outside_the_organisations_are_countries(models, body, expected):
    actors = analysis.extract_text("Новость дня\n\n" + body + "\n", models=models)["actors"]
    rows = {tuple(r) for r in actors[["name", "kind", "wikidata", "iso"]].itertuples(index=False)}
    assert expected in rows


# Names in the nominative, round 13: only the head noun phrase of an organisation's name goes in the
# nominative; the words after a preposition or a genitive head keep their case, and a noun coordinated
# with the head itself goes in the nominative with it. Sentences of our own, hand-checked.
@pytest.mark.parametrize("body, written, expected", [
    # ``по``: the tagger hangs ``исследованиям`` outside the span; it and its adjective keep the dative
    ("Научный сотрудник Европейской организации по ядерным исследованиям Марко Беллини выступил.",
     "Европейской организации по ядерным исследованиям", "Европейская организация по ядерным исследованиям"),
    ("Эксперт Общества по защите прав потребителей Иван Петров выступил.",
     "Общества по защите прав потребителей", "Общество по защите прав потребителей"),
    # ``за``: a coordination after the preposition keeps the accusative
    ("Эксперт Фонда за демократию и свободу Марк Тейлор выступил.",
     "Фонда за демократию и свободу", "Фонд за демократию и свободу"),
    ("Эксперты Комитета защиты журналистов и Фонда за свободу прессы выступили.",
     "Фонда за свободу прессы", "Фонд за свободу прессы"),
    ("Об этом сообщили в Фонде за демократию и свободу.",
     "Фонде за демократию и свободу", "Фонд за демократию и свободу"),
    # ``против``, ``по`` with a genitive after: the same
    ("Активисты «Движения против нелегальной иммиграции» провели пикет.",
     "Движения против нелегальной иммиграции", "Движение против нелегальной иммиграции"),
    ("Делегация Института по изучению войны прибыла в Киев.",
     "Института по изучению войны", "Институт по изучению войны"),
    # ``о``, ``в``, ``при``, and a dative complement with no preposition
    ("Глава Общества о защите животных выступил.", "Общества о защите животных", "Общество о защите животных"),
    ("Юристы Ассоциации юристов в защиту прав человека выступили.",
     "Ассоциации юристов в защиту прав человека", "Ассоциация юристов в защиту прав человека"),
    ("Сотрудники Комиссии при Президенте по вопросам гражданства приехали.",
     "Комиссии при Президенте по вопросам", "Комиссия при Президенте по вопросам"),
    ("Руководство Фонда содействия реформированию ЖКХ выступило.",
     "Фонда содействия реформированию ЖКХ", "Фонд содействия реформированию ЖКХ"),
    # a genitive chain after the head keeps its case, a coordination inside it too
    ("Руководство Министерства промышленности и торговли выступило.",
     "Министерства промышленности и торговли", "Министерство промышленности и торговли"),
    ("Представители «Партии свободы и справедливости» выступили.",
     "Партии свободы и справедливости", "Партия свободы и справедливости"),
    ("Глава Ассоциации производителей и импортеров медицинских изделий выступил.",
     "Ассоциации производителей и импортеров медицинских изделий",
     "Ассоциация производителей и импортеров медицинских изделий"),
    ("Заявление Международного комитета Красного Креста опубликовано.",
     "Международного комитета Красного Креста", "Международный комитет Красного Креста"),
    # the gazetteer's bodies in a genitive chain or with a prepositional phrase keep their canonical
    # names; a body's name runs through its organisation's abbreviation
    ("Сотрудники Министерства иностранных дел России прибыли.", "Министерства иностранных дел", "МИД России"),
    ("На заседании Совета Безопасности ООН обсудили кризис.", "Совета Безопасности", "СБ ООН"),
    ("Генсек Организации Договора о коллективной безопасности выступил.",
     "Организации Договора о коллективной безопасности", "ОДКБ"),
    ("Члены Комитета по международным делам Госдумы выступили.", "Комитета по международным делам",
     "Комитет по международным делам Госдумы"),
    ("Заседание Совета министров обороны СНГ прошло в Минске.", "Совета министров обороны",
     "Совет министров обороны СНГ"),
    ("Депутаты партии «Справедливая Россия» внесли законопроект.", "Справедливая Россия", "Справедливая Россия"),
    # a coordinated name: both heads in the nominative
    ("Лидер «Права и справедливости» Ярослав Качиньский выступил.",
     "Права и справедливости", "Право и справедливость"),
    ("Лидеры «Родины и свободы» приехали.", "Родины и свободы", "Родина и свобода"),
    # a quoted name of an adjective and its head
    ("Депутаты «Справедливой России» внесли законопроект.", "Справедливой России", "Справедливая Россия"),
    ("Сторонники «Союза правых сил» и «Единой России» вышли на митинг.", "Союза правых сил", "Союз правых сил"),
])
def test_organisation_names_inflect_only_their_head(models, body, written, expected):
    rows = name_rows(analysis.extract_text("Новость дня\n\n" + body + "\n", models=models))
    assert [r[1] for r in rows if r[0] == written] == [expected]


# Names in the nominative, round 13: foreign first names that do not decline (Portuguese, Italian,
# Japanese ``-у``, ``-о``, ``-и``, ``-э``) by the evidence the text gives. Sentences of our own.
@pytest.mark.parametrize("body, expected", [
    # the tagger reads the whole name in one oblique case and the surname shows it: the first name in
    # ``-у`` that has no reading in that case does not decline (not ``Паула``)
    ("Министру Бразилии Паулу Гедешу вручили орден.", [("Паулу Гедешу", "Паулу Гедеш")]),
    ("Клуб расстался с Паулу Фонсекой.", [("Паулу Фонсекой", "Паулу Фонсека")]),
    # ... and a man's first name pymorphy2 does not know and guesses wrong, by the man's ending
    ("Встреча с Мишелом Темером прошла.", [("Мишелом Темером", "Мишел Темер")]),
    ("Письмо направлено Мишелу Темеру.", [("Мишелу Темеру", "Мишел Темер")]),
    # the same first name beside two case forms of one surname: the first name does not decline, and
    # the oblique mention joins the nominative one
    ("Тренер Паулу Фонсека заявил. Клуб расстался с Паулу Фонсекой.",
     [("Паулу Фонсека", "Паулу Фонсека"), ("Паулу Фонсекой", "Паулу Фонсека")]),
    ("Мэр Рио-де-Жанейро Эдуарду Паэс выступил. Речь шла о поддержке Эдуарду Паэса.",
     [("Эдуарду Паэс", "Эдуарду Паэс"), ("Эдуарду Паэса", "Эдуарду Паэс")]),
    ("Президент Португалии Марсело Ребелу ди Соуза выступил. Премию вручили Марсело Ребелу ди Соузе.",
     [("Марсело Ребелу ди Соуза", "Марсело Ребелу ди Соуза"), ("Марсело Ребелу ди Соузе", "Марсело Ребелу ди Соуза")]),
    # a whole name written alike as a subject and as a dative does not decline
    ("Генерал Аугусту Элену заявил о поддержке. Президент поручил Аугусту Элену подготовить доклад.",
     [("Аугусту Элену", "Аугусту Элену"), ("Аугусту Элену", "Аугусту Элену")]),
    # the surname's nominative the text writes is taken over a guess at one (not ``Ивай``)
    ("Министр Такэси Ивая заявил о поддержке. Президент поручил Такэси Ивае подготовить доклад.",
     [("Такэси Ивая", "Такэси Ивая"), ("Такэси Ивае", "Такэси Ивая")]),
    # the Latin spelling in brackets ends in the vowel the Cyrillic word ends in: its nominative
    ("Премию вручили Аугусту Элену (Augusto Heleno).",
     [("Аугусту Элену", "Аугусту Элену"), ("Augusto Heleno", "Аугусту Элену")]),
    # ... but ``Анне`` does not render ``Anna``: a dative
    ("Премию вручили Анне Смит (Anna Smith).", [("Анне Смит", "Анна Смит"), ("Anna Smith", "Анна Смит")]),
    # the neighbours that decline or were right stay so
    ("Письмо передали Жуану Гимарайншу.", [("Жуану Гимарайншу", "Жуан Гимарайнш")]),
    ("Встреча с Жуаном Гимарайншем прошла.", [("Жуаном Гимарайншем", "Жуан Гимарайнш")]),
    ("Иван Петров заявил о поддержке. Президент поручил Ивану Петрову подготовить доклад.",
     [("Иван Петров", "Иван Петров"), ("Ивану Петрову", "Иван Петров")]),
    ("Встреча с Синдзо Абэ прошла. Синдзо Абэ остался доволен.",
     [("Синдзо Абэ", "Синдзо Абэ"), ("Синдзо Абэ", "Синдзо Абэ")]),
    ("Встреча с Сильвио Берлускони прошла в Риме.", [("Сильвио Берлускони", "Сильвио Берлускони")]),
    ("Ожидается приезд чемпиона мира ФИДЕ — Веселина Топалова (Болгария).",
     [("Веселина Топалова", "Веселин Топалов")]),
])
def test_foreign_first_names_that_do_not_decline(models, body, expected):
    rows = name_rows(analysis.extract_text("Новость дня\n\n" + body + "\n", models=models))
    assert [(r[0], r[1]) for r in rows if r[3] == "person"] == expected
