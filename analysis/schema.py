"""The one schema: every table ``extract`` writes, its columns, their types and their meaning.

The codebook (``docs/codebook.md``) is generated from here: ``python -m analysis codebook``.
"""

from collections import namedtuple

from . import lexicon

# the priority themes and their labels, in the order they are tried (``data/lexicon/themes.csv``)
THEMES = tuple((row["theme"], row["label"]) for row in lexicon.rows("themes"))

Column = namedtuple("Column", "name dtype description")
Table = namedtuple("Table", "name description columns")

ARTICLE_ID = Column("article_id", "str", "The input file's stem (name without extension); unique in a run.")
START = Column("start", "int", "Character offset where the span starts in the decoded article text.")
END = Column("end", "int", "Character offset where the span ends (exclusive): `text[start:end]` is the span.")

TABLES = {
    table.name: table for table in (
        Table("articles", "One row per article read: where it came from and its header fields.", (
            ARTICLE_ID,
            Column("path", "str", "The input path as given on the command line or to the API."),
            Column("encoding", "str", "Python name of the codec the bytes were decoded with "
                   "(`utf-8`, `utf-8-sig` when a BOM was present, `utf-16` with a BOM, `utf-16-le`/"
                   "`utf-16-be` without one, `cp1251`, `koi8_r`, `cp866`...); for an archive row, the "
                   "codec the archive was read with."),
            Column("date", "str", "Article date from the ` date YYYY-MM-DD` header line, ISO 8601; empty "
                   "without a header."),
            Column("title", "str", "The headline, cleaned (NBSP and line ends as spaces, soft hyphens "
                   "removed)."),
            Column("subtitle", "str", "The subtitle (the line under the headline), cleaned."),
            Column("editorial", "str", "The editorial line, e.g. `Редакция сайта ТАСС`."),
            Column("photo_caption", "str", "Text of the first photo line before the © sign."),
            Column("photo_credit", "str", "The first photo line from the © sign on (or a `Фото: ...` "
                   "credit)."),
            Column("dateline_place", "str", "Place of the dateline in canonical nominative form "
                   "(`Бишкек`, `Ростов-на-Дону`)."),
            Column("dateline_date", "str", "Dateline day and month resolved to an ISO date with the "
                   "header's year (one year back when that lands over 180 days after the header date); "
                   "empty when no year is known."),
            Column("agency", "str", "News agency of the dateline, canonical (`ТАСС`, `РИА Новости`, "
                   "`Интерфакс`, `БЕЛТА`...)."),
            Column("n_parts", "int", "Number of rows in `parts` for the article."),
            Column("n_sentences", "int", "Number of rows in `sentences` for the article."),
            Column("warnings", "str", "What the parser and the steps noticed and could not resolve, "
                   "`;`-separated (no headline, no dateline, unclassified lines, a date without a year, "
                   "a step that failed on the input, over-long sentences cut into bounded chunks for the "
                   "models, long parts given to NER in pieces...)."),
        )),
        Table("parts", "The article cut into parts; every visible character is in exactly one part.", (
            ARTICLE_ID,
            Column("part_id", "int", "Part number from 0, in text order."),
            Column("kind", "str", "One of `date_header`, `title`, `subtitle`, `editorial`, `photo`, "
                   "`dateline`, `body`, `boilerplate`, `other`."),
            START, END,
            Column("text", "str", "The part's text exactly as in the article (`text[start:end]`)."),
        )),
        Table("sentences", "Sentences (razdel), each inside one part; the date header has none.", (
            ARTICLE_ID,
            Column("sentence_id", "int", "Sentence number from 0 within the article, in text order."),
            Column("part_id", "int", "The part the sentence lies in."),
            START, END,
            Column("text", "str", "The sentence exactly as in the article."),
        )),
        Table("tokens", "Tokens (razdel) with natasha's lemma and Universal Dependencies part of speech.", (
            ARTICLE_ID,
            Column("token_id", "int", "Token number from 0 within the article, in text order."),
            Column("sentence_id", "int", "The sentence the token lies in."),
            START, END,
            Column("text", "str", "The token exactly as in the article."),
            Column("lemma", "str", "Dictionary form (natasha MorphVocab over pymorphy2), lower case."),
            Column("pos", "str", "Universal Dependencies part-of-speech tag from natasha's morphology "
                   "tagger (`NOUN`, `VERB`, `PROPN`, `PUNCT`...)."),
        )),
        Table("ner_spans", "natasha's named entities as its NER tagger gives them, inside each part, "
              "before the actors step repairs, types and canonicalises them (compare with `mentions`).", (
            ARTICLE_ID,
            Column("span_id", "int", "Span number from 0 within the article, in text order."),
            Column("part_id", "int", "The part the span lies in (NER runs inside each part)."),
            START, END,
            Column("text", "str", "The span exactly as in the article."),
            Column("ner_type", "str", "natasha's type: `PER`, `LOC` or `ORG`."),
        )),
        Table("mentions", "Names of actors in the text, and role nouns and pronouns that refer to a "
              "named person (`analysis.actors`); NER runs inside each part, never across parts.", (
            ARTICLE_ID,
            Column("mention_id", "int", "Mention number from 0 within the article, in text order."),
            Column("part_id", "int", "The part the mention lies in."),
            START, END,
            Column("text", "str", "The mention exactly as in the article (`text[start:end]`)."),
            Column("ner_type", "str", "`PER`, `LOC` or `ORG`: natasha's NER type, corrected by the "
                   "gazetteer (`ЕС` and `Кремль` are `ORG`, a dateline's capitals `LOC`); `PER` for a "
                   "reference to a person, `ORG` for one to a country's body."),
            Column("actor_id", "int", "The actor mentioned (`actors.actor_id` of the same article)."),
            Column("mention_kind", "str", "`name` for a named mention; `reference` for a role noun "
                   "(`президент`, `российский лидер`, `глава РФ`) or pronoun (`его` in `По его словам`) "
                   "resolved to the one person it can point to, or for a common noun naming a country's "
                   "body (`правительство` in `правительство Японии`, `парламент` in `грузинский парламент`)."),
        )),
        Table("actors", "Who appears in the article, one row per actor: mentions canonicalised by "
              "natasha's normal forms and the curated gazetteer (`analysis/data/gazetteer.csv`, "
              "extended with `--aliases FILE`).", (
            ARTICLE_ID,
            Column("actor_id", "int", "Actor number from 0 within the article, in order of first mention."),
            Column("name", "str", "Canonical Russian name in the nominative: the gazetteer's (`Владимир "
                   "Путин`, `Россия`, `ОДКБ`, `Киргизия`), else natasha's normal form of the fullest name "
                   "(a person's name put in the nominative as a whole name, `Эммануэлю Марку` -> "
                   "`Эммануэль Марк`; an organisation's run through the genitive country, region or "
                   "organisation after it, `Министерство внутренних дел Пакистана`)."),
            Column("name_en", "str", "English name: the gazetteer's label, else the Russian name "
                   "transliterated by BGN/PCGN (ASCII form: soft and hard signs dropped, `ё` as `yo`)."),
            Column("kind", "str", "One of `person`, `country`, `city`, `region`, `organisation`, "
                   "`government_body`, `media`, `historical_state`, `other`; outside the gazetteer a "
                   "`PER` is a person, an `ORG` an organisation and a `LOC` `other`."),
            Column("wikidata", "str", "Wikidata QID (`Q159`) where the gazetteer has a certain one, else empty."),
            Column("iso", "str", "ISO 3166-1 alpha-3 code of a country (`RUS`), else empty."),
            Column("roles", "str", "Titles the article gives a person, each whole role phrase in the "
                   "nominative, `;`-separated (`президент РФ`, `помощник президента РФ`, `глава МИД "
                   "Киргизии`): a summary of the person's rows in `roles`, and of the titles that "
                   "are no office (`писатель`, `совладелец компании`)."),
            Column("mentions", "int", "Number of `mentions` rows of the actor, names and references."),
            Column("first_start", "int", "Offset of the actor's first mention."),
            Column("country_unresolved", "int", "1 for a body every country has (`МИД`, `Минобороны`, "
                   "`Генштаб`, `посольство`, `правительство`, `парламент`) named with no country the "
                   "text attaches to it (`МИД Индии`, `индийский МИД`, `МИД республики` after the "
                   "country was named), or a state body's name (`Министерство внутренних дел`, "
                   "`Верховный суд`: `analysis/data/lexicon/state_body_nouns.csv`) with no genitive "
                   "country, region or organisation after it anywhere in the article, so that bodies "
                   "of different countries are not merged by accident (a broadcaster's language "
                   "service, `Русская служба`, is no state body); else 0."),
        )),
        Table("roles", "Who holds which office: one row per person and role phrase (`analysis.actors`), "
              "from appositions before and after the name (`министр иностранных дел Индии Х`, `Х, мэр "
              "Москвы,`) and words of taking office (`в должности`, `на посту`, `назначен`, `исполняющий "
              "обязанности`, `в качестве`, an active verb of naming: `назначил X министром`). A "
              "short form said after the full office of the same body (`премьер` after "
              "`премьер-министр`) is the same row; the one replaced (`вместо X`) held the office "
              "before (`former`). Kinship, nationality and description words are no offices, "
              "nor is a distinction (`признан лучшим вратарем`, `самый молодой министр`), a post "
              "sought (`кандидат на пост мэра`), ownership (`совладелец`, `основатель`: "
              "`role_ownership_nouns.csv`) or a profession in apposition with no employer in its "
              "phrase (`писатель X`, `тбилисский врач X`; `журналист газеты «Коммерсант» X` is one); "
              "a `коллега` of a named country holds the office of the one whose colleague it is, of "
              "that country (`со своим китайским коллегой X`); the role nouns are listed by field in "
              "`analysis/data/lexicon/role_nouns.csv`.", (
            ARTICLE_ID,
            Column("role_id", "int", "Role number from 0 within the article, in text order."),
            Column("actor_id", "int", "The person holding the role (`actors.actor_id`)."),
            Column("position", "str", "The position in the nominative, without its organisation or "
                   "country and without `бывший`/`экс-` (`министр иностранных дел`, `глава`, "
                   "`генеральный секретарь`)."),
            Column("of_actor_id", "int", "The actor of the organisation or country of the position "
                   "(`Индия` in `министр иностранных дел Индии`, `МИД Индии` in `глава МИД Индии`), or -1 "
                   "when it is not an actor of the article (a country adjective such as `российский`) or "
                   "there is none."),
            Column("of_name", "str", "Canonical name of the organisation or country of the position, "
                   "also when it is only an adjective (`российский министр` -> `Россия`); empty if none, and for "
                   "an occupation outside a state's service, whose country adjective is a nationality "
                   "(`немецкий режиссер`)."),
            Column("former", "int", "1 for a role held before (`бывший президент`, `экс-премьер`), else 0."),
            START, END,
            Column("text", "str", "The whole role phrase exactly as in the article (`text[start:end]`)."),
        )),
        Table("quotes", "Speech: direct quotes in quotation marks and reported speech, with who "
              "speaks and the cue that says so (`analysis.speech`).", (
            ARTICLE_ID,
            Column("quote_id", "int", "Quote number from 0 within the article, in text order."),
            Column("mode", "str", "`direct` (the words in quotation marks, an interview answer after "
                   "`Name:`) or `reported` (narration an attribution gives to a speaker: the clause "
                   "after `что`/`чтобы`, the complement of a directive or `о` + noun phrase (`призвал "
                   "стороны остановить ...`, `объявил о ...`), the sentence after `По словам X,`/`По "
                   "данным X,`/`Согласно X,`, the sentence an `Об этом заявил X` points back to, the "
                   "sentence around a parenthetical `..., отметил X, ...`; a headline's words "
                   "after `Name:` or before `- Name` at its end, unless in quotation marks)."),
            START, END,
            Column("text", "str", "The quote exactly as in the article; a direct quote without its "
                   "quotation marks. A quote split by an attribution (`\"..., - сказал он. - ...\"`, "
                   "`X, отметил он, Y`) is one row per piece, with the same speaker."),
            Column("speaker_actor_id", "int", "`actor_id` of the speaker in `actors`; -1 when the "
                   "speaker is not an actor (a document, an unnamed role noun) or is not resolved."),
            Column("speaker", "str", "The speaker's canonical name (`actors.name`); for a speaker "
                   "that is not an actor, its words: a document (`декларация`) or an unnamed role "
                   "noun (`источник`, `эксперты`, `пресс-служба Кремля`); empty when unresolved."),
            Column("speaker_kind", "str", "The speaker actor's `kind` (`person`, `country`, "
                   "`government_body`, `organisation`, `media`...) when the speaker is an actor, else "
                   "`document`, `role_noun` (an unnamed source) or `unknown`."),
            Column("via", "str", "The medium the attribution names as relaying the words (`цитирует X "
                   "РИА Новости`, `сказал X в интервью ТАСС`: `actors.name` of the medium); never the "
                   "article's own agency from the dateline; empty when none is named."),
            Column("cue", "str", "Lemma of the reporting verb (`сказать`, `отметить`, `призвать`, "
                   "`объявить`...), of a speech noun after a light verb (`требование` in `выдвинул "
                   "требование ...`, `заявление`, `призыв`) or the phrase as written (`по словам`, "
                   "`по данным`, `со слов`, `согласно`, `в соответствии с`, `следует из`); `:` for a colon introduction with no verb (`Захарова: ...`, "
                   "an interview answer `Name: ...`); `–` for a headline's closing `- Name`; empty for a quote that continues the previous "
                   "speaker or a quote block signed on the next line."),
            Column("part_id", "int", "The part the quote lies in (quotes never cross parts)."),
        )),
        Table("priorities", "What is put first: priorities, goals and directions, and the plans, "
              "offers and existing practice stated beside them (`analysis.priorities`).", (
            ARTICLE_ID,
            Column("priority_id", "int", "Row number from 0 within the article, in text order."),
            Column("group_id", "int", "Restatements of one priority share a group: rows of one status "
                   "whose topic words overlap (content lemmas less action nouns such as `развитие`, "
                   "generic words and actor names, through `analysis/data/priority_synonyms.csv`: "
                   "`ВПК` = `оборонно-промышленный сектор`, `взаимодействие` = `сотрудничество`). "
                   "Numbered from 0 in order of first appearance."),
            Column("text", "str", "The phrase as written (`text[start:end]`)."),
            Column("lemma", "str", "The phrase normalised: the lemmas of its words, lower case, "
                   "punctuation dropped (`укрепление взаимодействие страна участница одкб`)."),
            Column("status", "str", "`priority` (stated as a priority, goal or direction: `станут "
                   "приоритетами`, `Приоритетов много. Это ...`, `направлением работы будет`), `plan` "
                   "(`планирует`, `намерен`, `будет` + infinitive), `offer` (`готова делиться`, "
                   "`предложил провести`), `practice` (a present-tense description of what is already "
                   "done, in a paragraph that states priorities), `supported` (someone else's priority "
                   "or proposal backed: `поддерживает приоритеты индийского председательства`; "
                   "`holder` is the other) or `statutory` (a goal stated outside speech in the "
                   "organisation's background paragraph, its charter's goals: not the article's "
                   "priorities, and not counted with them)."),
            Column("theme", "str", "The first theme whose words the phrase holds: " + "; ".join(
                "`%s` (%s)" % (name, label) for name, label in THEMES) + "; else `other` (the words: "
                "`analysis/data/lexicon/theme_words.csv`, with parts of derived words such as "
                "`антинаркотический`)."),
            Column("holder", "str", "Whose priority it is (`actors.name`): the country whose "
                   "chairmanship states it, the actor in the marker's genitive (`приоритетами "
                   "организации`, `направлением работы ОДКБ`), the subject of a goal verb, plan, offer "
                   "or practice, else the speaker's country or organisation; for `supported`, the "
                   "other whose priorities are backed (Индия); a group of people no actor names, as "
                   "written (`жители края`); a row with none takes its group's holder; last, a common "
                   "noun (`компания`, `ведомство`, `губернатор`: `analysis/data/lexicon/holder_nouns.csv`) "
                   "stands for the actor of its kind named before, else a body's or company's phrase "
                   "as written in the nominative (`правительство`, `совет директоров`)."),
            Column("organisation", "str", "The organisation the priority is for, when the text names it "
                   "(`actors.name`): an organisation in the marker's genitive (`приоритетом ШОС`) or "
                   "chairmanship (`председательства в БРИКС`), else the first one the sentence names; "
                   "separate from `holder` (Индия holds the priorities of its chairmanship in БРИКС)."),
            Column("speaker", "str", "Who states it: the speaker of the quote the phrase lies in; empty "
                   "outside speech (headline, subtitle, the agency's narration)."),
            Column("source_kind", "str", "Where it is stated, the first that applies: `headline`, "
                   "`subtitle`, `lead` (first sentence of the body), `direct_quote`, `reported`, "
                   "`list_item` (a bullet paragraph), `body`."),
            START, END,
            Column("evidence", "str", "The sentence the phrase lies in."),
        )),
        Table("dates", "Date expressions in every part but the date header: calendar dates, relative "
              "expressions resolved against the article date, durations and frequencies (`analysis.dates`).", (
            ARTICLE_ID,
            Column("date_id", "int", "Row number from 0 within the article, in text order."),
            START, END,
            Column("text", "str", "The expression exactly as in the article, with the preposition that "
                   "governs it (`27 ноября`, `в 2026 году`, `с 1 января 2026 года`, `31 августа - 1 "
                   "сентября`, `в минувшую пятницу`, `на прошлой неделе`, `в течение трёх лет`)."),
            Column("value", "str", "The date, ISO 8601 at its precision: `2025-11-27`, `2025-11`, "
                   "`2026`; the start of an interval. A day or month without a year takes the article's "
                   "year (one year back when that lands over 180 days after the article date, as for the "
                   "dateline); a relative expression is counted from the article date (the date header, "
                   "else the date given with an archive row, else the dateline's date); a bare weekday "
                   "goes back to the last such day when its clause is in the past tense, forward "
                   "otherwise. Empty when no year or article date is known (see `note`), and for "
                   "durations and frequencies."),
            Column("value_end", "str", "The end of a range or interval, same format: `31 августа - 1 "
                   "сентября`, `в 2024-2025 годах`, a week (Monday to Sunday), a weekend, a part of a "
                   "month (`в начале февраля`: days 1-10, `в середине`: 11-20, `в конце`: 21-last), a "
                   "season (`весной 2012 года`: `2012-03` to `2012-05`; winter from the December "
                   "before), a quarter, a part of a year (`в конце 2005 года`: `2005-09` to "
                   "`2005-12`; a half), a decade, a century; empty for a single date."),
            Column("granularity", "str", "`day`, `week`, `part_of_month`, `month`, `season`, `quarter`, "
                   "`part_of_year`, `year`, `decade` or `century`; for a duration or frequency the "
                   "unit it counts."),
            Column("kind", "str", "`absolute` (the text fixes it: `28 июня 2010 года`, `в 2010 году`), "
                   "`partial` (a calendar name without its year: `28 июня`, `в начале февраля`), "
                   "`relative` (counted from the article date: `вчера`, `в понедельник`, `в прошлом "
                   "году`, `два года назад`), `range` (both ends written: `с 1 по 3 сентября`), "
                   "`duration` (`три года`, `в течение двух лет`) or `frequency` (`ежегодно`, `в "
                   "год`, `раз в месяц`)."),
            Column("note", "str", "How the value was found where that is not plain: why a weekday "
                   "went back or forward, `no article date: ...` when it could not be resolved, a vague "
                   "count (`несколько дней назад`), a weekday joined to its date; else empty."),
        )),
        Table("facts", "Facts about organisations the article states: members, founding, treaties, "
              "chairs, summits (`analysis.facts`). The `predicate` values are listed below the table.", (
            ARTICLE_ID,
            Column("fact_id", "int", "Row number from 0 within the article, in text order."),
            Column("subject", "str", "Canonical name of the organisation the fact is about (`ОДКБ`): "
                   "named in the clause or its sentence, else the organisation the text was about "
                   "before (`Образована 14 мая 2002 года ...` after a sentence about the CSTO)."),
            Column("subject_actor_id", "str", "`actor_id` of the subject in `actors`; empty when the "
                   "actors table has no actor of that name."),
            Column("subject_from", "str", "`text` when the fact's sentence names the organisation (or "
                   "the treaty names it), `context` when the sentence only implies it (`союз`, `Ее "
                   "основатели`, or nothing: `Индия и Пакистан стали полноправными участниками в 2017 "
                   "году`) and it was resolved to the organisation named last before."),
            Column("predicate", "str", "What is stated; see the list of predicates below."),
            Column("value", "str", "The value: a canonical state or place name (`Армения`, `Тяньцзинь`), "
                   "a number (`6`), or a phrase in the nominative (`Договор о коллективной "
                   "безопасности`); empty for `founded`."),
            Column("value_actor_id", "str", "`actor_id` of the value in `actors` when it names an actor, "
                   "else empty."),
            Column("date", "str", "The date the fact carries, from `dates.value` (`2002-05-14`, `2026`); "
                   "`start/end` for a range (`2025-08-31/2025-09-01`); empty when the text gives none."),
            START, END,
            Column("evidence", "str", "The clause the fact was read from, exactly as in the article "
                   "(`text[start:end]`); one clause can hold several facts."),
        )),
        Table("checks", "Each fact against the curated reference (`analysis/data/organisations/`), and "
              "stated counts against the states listed beside them (`analysis.checks`). The `status` "
              "values are listed below the table.", (
            ARTICLE_ID,
            Column("check_id", "int", "Row number from 0 within the article, in the order of the facts."),
            Column("fact_id", "int", "The fact checked (`facts.fact_id`)."),
            Column("check", "str", "`reference` (the fact against the reference) or `internal` (a "
                   "stated count against the states listed in the same clause)."),
            Column("subject", "str", "The fact's subject."),
            Column("predicate", "str", "The fact's predicate."),
            Column("value", "str", "The article's value (the fact's `value`)."),
            Column("date", "str", "The article's date for the fact (the fact's `date`)."),
            Column("reference_value", "str", "What the reference holds, side by side with `value`: a "
                   "state, place, number or name, a membership status (`member`, `frozen`, "
                   "`suspended`, `former`, `observer`...), or the listed count for an internal check; "
                   "`;`-separated when several rows were compared."),
            Column("reference_date", "str", "The reference's date(s) for it, side by side with `date`."),
            Column("status", "str", "`agrees`, `disagrees`, `needs_context` or `not_in_reference`; see "
                   "below."),
            Column("note", "str", "What a reader should know: which dated event agreed (`decision`, "
                   "`charter_signed`), the reference's note (a freeze, an unconfirmed accession), the "
                   "terms of the chairmanships compared."),
            Column("source", "str", "Where the reference rows compared come from (their `source`)."),
            START, END,
            Column("evidence", "str", "The fact's evidence, exactly as in the article."),
        )),
        Table("errors", "One row per input that could not be read as an article; the others are "
              "processed all the same.", (
            Column("path", "str", "The input path as given."),
            Column("error", "str", "Why it failed, e.g. `empty or whitespace only`, `binary content`, "
                   "`file is N bytes, over the size limit`; for an archive row (`path` is "
                   "`archive#row`), `line N: ...` says where it starts in the archive."),
        )),
    )
}


PREDICATES = {
    "kind": "What the organisation is, as the article words it (`международная организация по "
            "вопросам безопасности`).",
    "member_count": "How many members it has (`6`).",
    "member": "A state named as a current member, one row per state.",
    "founding_member_count": "How many states it started with (`Сначала в ее состав входили шесть "
                             "стран - ...`).",
    "founding_member": "A state named as a founder or first member, one row per state.",
    "founded": "When it was founded (`Образована 14 мая 2002 года`, `создана в 2001 году`); the date "
               "in `date`.",
    "founded_place": "Where it was founded (`создана ... в Шанхае`).",
    "based_on": "The treaty or format it grew out of (`на основе Договора о коллективной "
                "безопасности`), in the nominative.",
    "treaty_signed": "When that treaty (or its charter) was signed (`от 15 мая 1992 года`, `Устав ОДКБ "
                     "был подписан 7 октября 2002 года`); the treaty in `value`.",
    "purpose": "Its purpose, the phrase after `Целью ... является` or `Цель ... -`.",
    "headquarters": "Where its headquarters or secretariat sits.",
    "chair": "Who chairs it: the state in `value`, the start or year in `date` (`Россия "
             "председательствует в ОДКБ с 1 января 2026 года`, `председательства России в 2026 году`); "
             "undated when the text gives no date.",
    "next_chair": "Who takes over the chair, undated (`председательство перейдет к Киргизии`).",
    "joined": "A state that joined, with when (`в 2017 году к ним присоединились Индия и Пакистан, в "
              "2023 году - Иран`: three rows).",
    "rejoined": "A state that came back (`Узбекистан вернулся в ОДКБ`).",
    "left": "A state that left (`вышли из Договора`): an exit in effect.",
    "withdrawing": "A state that has begun, announced or is going through its exit, not yet in effect "
                   "(`начала выход из СНГ`, `запустила процедуру выхода`, `объявила о выходе`, "
                   "`денонсировала Устав СНГ`); the reference's `withdrew` events.",
    "suspended": "A state that suspended its membership (`приостановил членство`).",
    "froze_participation": "A state that froze its participation without leaving (`заморозила "
                           "участие`).",
    "summit": "A summit held: the place in `value` (a city or a state; after `там же`, the place "
              "named before), the date or range in `date`.",
    "next_summit": "A summit to come (`следующий саммит ... пройдет в Москве`, a future verb, or a "
                   "date after the article's).",
}

CHECK_STATUSES = {
    "agrees": "The reference holds the same value, and the same date at the coarser precision of the "
              "two; where it keeps several dated events for one thing (the CSTO's decision of 14 May "
              "2002 and charter of 7 October 2002), agreeing with any one of them.",
    "disagrees": "The reference holds another value or date, or says the state is not (or no longer) "
                 "a member; for an internal check, the count differs from the states listed.",
    "needs_context": "Right as far as it goes, but the reference holds what a reader needs and the "
                     "article leaves out: Armenia listed among the CSTO's members without its 2024 "
                     "freeze, a count with an unconfirmed member, an undated chairmanship that is the "
                     "next one rather than the current one.",
    "not_in_reference": "The reference cannot say: an organisation it does not cover, a purpose, a "
                        "date outside the years it records, a description it does not hold.",
}

VOCABULARIES = {("facts", "predicate"): PREDICATES, ("checks", "status"): CHECK_STATUSES}


def columns(table):
    return [column.name for column in TABLES[table].columns]


def codebook():
    """The codebook as Markdown: one section per table, one row per column."""
    lines = ["# Codebook", "",
             "Generated from `analysis/schema.py` by `python -m analysis codebook`; do not edit by hand.",
             "", "Every table is UTF-8 CSV with `\\n` line ends and a header row, written even when empty. "
             "Offsets (`start`, `end`) count characters (Unicode code points) in the decoded article "
             "text: the file's bytes decoded with the codec in `articles.encoding`, BOM removed, line "
             "ends kept as they are.", ""]
    for table in TABLES.values():
        lines += ["## `%s.csv`" % table.name, "", table.description, "",
                  "| column | type | meaning |", "|---|---|---|"]
        lines += ["| `%s` | %s | %s |" % (c.name, c.dtype, c.description.replace("|", "\\|"))
                  for c in table.columns]
        lines.append("")
        for (name, column), values in VOCABULARIES.items():
            if name == table.name:
                lines += ["Values of `%s`:" % column, "", "| value | meaning |", "|---|---|"]
                lines += ["| `%s` | %s |" % (value, meaning) for value, meaning in values.items()]
                lines.append("")
    return "\n".join(lines)
