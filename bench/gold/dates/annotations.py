"""The date gold, written by hand while reading each text (GUIDE.md), as (text, kind, value,
value_end, granularity) per item in text order. ``build_gold.py`` finds each item's offsets (the
next occurrence after the previous item) and writes ``gold.json``; it fails when a text is not
found, so every offset reproduces the text."""

DOCS = {}

DOCS["book_100"] = ("2010-06-28", "В понедельник 28 июня 2010 (a Monday; Luzhkov still mayor) the action took place, reported as the day's news", [
    ("В понедельник 28 июня", "partial", "2010-06-28", "", "day"),
])
DOCS["book_105"] = ("", "written after 21 May 2011; the day is not fixed and the text has no relative expression", [
    ("21 мая 2011 года", "absolute", "2011-05-21", "", "day"),
    ("6 сентября 1994 года", "absolute", "1994-09-06", "", "day"),
    ("21 декабря 2012 года", "absolute", "2012-12-21", "", "day"),
    ("2021 год", "absolute", "2021", "", "year"),
    ("2060 год", "absolute", "2060", "", "year"),
    ("в 1704 году", "absolute", "1704", "", "year"),
    ("2242 год", "absolute", "2242", "", "year"),
    ("2892 год", "absolute", "2892", "", "year"),
    ("3797 год", "absolute", "3797", "", "year"),
    ("5079 год", "absolute", "5079", "", "year"),
])
DOCS["book_115"] = ("2011-01-24", "the ICBC deal was signed on Friday 21 Jan 2011, last day of Hu Jintao's US visit (world knowledge), 'в минувшую пятницу': the following Monday taken; the values need only the week and year", [
    ("в минувшую пятницу", "relative", "2011-01-21", "", "day"),
    ("до конца этого года", "relative", "2011-09", "2011-12", "part_of_year"),
])
DOCS["book_117"] = ("2011-01-10", "Sarkozy's White House visit on Monday 10 Jan 2011, reported as happening (world knowledge); the Niger hostages were killed on 8 Jan", [
    ("В воскресенье", "relative", "2011-01-09", "", "day"),
])
DOCS["book_124"] = ("2011-01-10", "Loughner's first court appearance on Monday 10 Jan 2011, two days after the Tucson shooting of Saturday 8 Jan 2011 (world knowledge)", [
    ("В понедельник", "relative", "2011-01-10", "", "day"),
    ("через два дня", "duration", "", "", "day"),
    ("в субботу", "relative", "2011-01-08", "", "day"),
    ("В субботу", "relative", "2011-01-08", "", "day"),
])
DOCS["book_1256"] = ("", "Bangladesh's Supreme Court ruling (May 2011); the day is not fixed and the text has no relative expression", [
    ("в 2001 году", "absolute", "2001", "", "year"),
])
DOCS["book_127"] = ("2011-01-05", "FAO's December 2010 food price index, published 5 Jan 2011 (world knowledge); the values need only the year", [
    ("в декабре 2010 г.", "absolute", "2010-12", "", "month"),
    ("в этом году", "relative", "2011", "", "year"),
    ("В ноябре", "partial", "2010-11", "", "month"),
    ("в текущем году", "relative", "2011", "", "year"),
    ("В 2007-2008 годах", "range", "2007", "2008", "year"),
])
DOCS["book_129"] = ("2011-01-22", "the ALBA-1 cable laying from Venezuela to Cuba began on Saturday 22 Jan 2011 (world knowledge), reported as the day's news", [
    ("в субботу", "relative", "2011-01-22", "", "day"),
    ("две недели", "duration", "", "", "week"),
    ("В 2009 году", "absolute", "2009", "", "year"),
])
DOCS["book_131"] = ("2011-01-08", "В субботу 8 января: 8 Jan 2011 was a Saturday (the German dioxin scandal of January 2011), reported as the day's news", [
    ("в субботу", "relative", "2011-01-08", "", "day"),
    ("В субботу 8 января", "partial", "2011-01-08", "", "day"),
    ("на этой неделе", "relative", "2011-01-03", "2011-01-09", "week"),
    ("в марте 2010 года", "absolute", "2010-03", "", "month"),
])
DOCS["book_142"] = ("2011-01-25", "Erdogan's visit to Kyiv and the first Ukrainian-Turkish Strategic Council, Tuesday 25 Jan 2011 (world knowledge); Dzhemilev speaks 'во вторник'", [
    ("в 2010 году", "absolute", "2010", "", "year"),
    ("Во вторник", "relative", "2011-01-25", "", "day"),
    ("На первые пять лет", "duration", "", "", "year"),
    ("за десять лет", "duration", "", "", "year"),
    ("Вчера", "relative", "2011-01-24", "", "day"),
    ("Сегодня", "relative", "2011-01-25", "", "day"),
    ("во вторник", "relative", "2011-01-25", "", "day"),
    ("сегодня", "relative", "2011-01-25", "", "day"),
    ("Сегодня", "relative", "2011-01-25", "", "day"),
    ("сегодня", "relative", "2011-01-25", "", "day"),
    ("Сегодня", "relative", "2011-01-25", "", "day"),
    ("1944 года", "absolute", "1944", "", "year"),
])
DOCS["book_145"] = ("", "the 2006 Monaco Grand Prix (28 May 2006); the day of writing is not fixed and the text has no relative expression", [
    ("за два дня", "duration", "", "", "day"),
])
DOCS["book_146"] = ("", "charges brought in Estonia some time after autumn 2004; not fixed", [
    ("осенью 2004 года", "absolute", "2004-09", "2004-11", "season"),
    ("В августе 2004 года", "absolute", "2004-08", "", "month"),
    ("до ноября того же года", "absolute", "2004-11", "", "month"),
])
DOCS["book_147"] = ("2011-01-14", "the 40th day after Yegor Sviridov's death on 6 Dec 2010 (world knowledge), the day of death counted as the first; the events are 'сегодня'", [
    ("Сегодня", "relative", "2011-01-14", "", "day"),
    ("11 декабря", "partial", "2010-12-11", "", "day"),
    ("Сегодня", "relative", "2011-01-14", "", "day"),
    ("40 дней", "duration", "", "", "day"),
    ("сегодня", "relative", "2011-01-14", "", "day"),
    ("26 декабря", "partial", "2010-12-26", "", "day"),
    ("сегодня", "relative", "2011-01-14", "", "day"),
])
DOCS["book_151"] = ("2006-12-07", "CPJ's prison census of 1 Dec 2006, published 7 Dec 2006 (world knowledge); the values need only the year", [
    ("На 1 декабря 2006 года", "absolute", "2006-12-01", "", "day"),
    ("в 2005 году", "absolute", "2005", "", "year"),
    ("в этом году", "relative", "2006", "", "year"),
    ("С 1997 года", "absolute", "1997", "", "year"),
    ("пять лет", "duration", "", "", "year"),
    ("Последние восемь лет", "duration", "", "", "year"),
    ("В этом году", "relative", "2006", "", "year"),
    ("22 марта 2006 года", "absolute", "2006-03-22", "", "day"),
    ("11 сентября 2006 года", "absolute", "2006-09-11", "", "day"),
])
DOCS["book_154"] = ("2008-01-06", "preliminary results of Georgia's snap presidential election of Saturday 5 Jan 2008 (world knowledge, 'субботний референдум'), the day after taken; the values need only the month and year", [
    ("19 января", "partial", "2008-01-19", "", "day"),
    ("в ноябре", "partial", "2007-11", "", "month"),
])
DOCS["book_1667"] = ("2010-04-01", "Hwang Jang-yop (defected in 1997, '13 лет назад', aged 87) speaking of his US visit of spring 2010 (world knowledge); the day is not fixed, the value needs only the year", [
    ("13 лет назад", "relative", "1997", "", "year"),
])
DOCS["book_176"] = ("2007-12-17", "Putin accepted the premiership at the 8th... (VII) United Russia congress of 17 Dec 2007 (world knowledge), reported as the day's news", [
    ("10 декабря", "partial", "2007-12-10", "", "day"),
    ("в декабре", "partial", "2007-12", "", "month"),
])
DOCS["book_179"] = ("2009-07-21", "Wikinews on the Vestas factory occupation begun on the evening of 20 Jul 2009 (world knowledge); the values need only the month and year", [
    ("в конце июля", "partial", "2009-07-21", "2009-07-31", "part_of_month"),
    ("в апреле этого года", "relative", "2009-04", "", "month"),
])
DOCS["book_180"] = ("2009-07-21", "Germany's diamorphine law in force 'с 21 июля' 2009 (world knowledge; free supply from 1 Jan 2010), reported as that day's news; the values need only the year", [
    ("С 21 июля", "partial", "2009-07-21", "", "day"),
    ("1 января 2010 года", "absolute", "2010-01-01", "", "day"),
    ("ежедневно", "frequency", "", "", "day"),
    ("пять лет", "duration", "", "", "year"),
    ("В прошлом году", "relative", "2008", "", "year"),
])
DOCS["book_182"] = ("", "the attempt on Isa Yamadayev in summer 2009 ('вчера вечером'); the day is not fixed by the text", [
    ("вчера", "relative", "", "", "day"),
    ("28 марта", "partial", "", "", "day"),
    ("23 июля", "partial", "", "", "day"),
])
DOCS["book_188"] = ("2009-07-30", "the Russian government's meeting of 30 July (2009: 'за первое полугодие 2009 года'), reported as the day's news", [
    ("30 июля", "partial", "2009-07-30", "", "day"),
    ("за первое полугодие 2009 года", "absolute", "2009-01", "2009-06", "part_of_year"),
    ("до 1 марта 2010 года", "absolute", "2010-03-01", "", "day"),
])
DOCS["book_189"] = ("2009-08-21", "the five Eritrean survivors were found on 20 Aug 2009 (world knowledge); the values need only the year", [
    ("три недели", "duration", "", "", "week"),
    ("С начала мая этого года", "relative", "2009-05-01", "2009-05-10", "part_of_month"),
    ("В апреле", "partial", "2009-04", "", "month"),
    ("в течении 4 дней", "duration", "", "", "day"),
    ("за два дня", "duration", "", "", "day"),
])
DOCS["book_191"] = ("2010-05-14", "'в минувшую среду 12 мая': 12 May 2010 was a Wednesday (Medvedev's visit to Ankara, world knowledge); the day of writing is a few days later, the values need only the year", [
    ("в минувшую среду 12 мая", "partial", "2010-05-12", "", "day"),
    ("до 30 дней", "duration", "", "", "day"),
])
DOCS["book_193"] = ("2010-07-21", "the last event reported is the dumping of the night of 20-21 July 2010; the values need only the year ('накануне' is anchored to 5 June in the text)", [
    ("3-4 июня 2010 г.", "range", "2010-06-03", "2010-06-04", "day"),
    ("5 июня", "partial", "2010-06-05", "", "day"),
    ("четырех раз в сутки", "frequency", "", "", "day"),
    ("накануне", "relative", "2010-06-04", "", "day"),
    ("4 июня", "partial", "2010-06-04", "", "day"),
    ("с 20 на 21 июля", "range", "2010-07-20", "2010-07-21", "day"),
    ("за последние два месяца", "duration", "", "", "month"),
])
DOCS["book_215"] = ("2006-07-20", "after the EU's fine on Microsoft of mid-July 2006 (12 Jul 2006, world knowledge) and before August; the values need only the year", [
    ("несколько лет", "duration", "", "", "year"),
    ("В середине июля", "partial", "2006-07-11", "2006-07-20", "part_of_month"),
    ("в течение двух лет", "duration", "", "", "year"),
    ("с 15 декабря 2005 года", "absolute", "2005-12-15", "", "day"),
    ("ежедневно", "frequency", "", "", "day"),
    ("с начала августа", "partial", "2006-08-01", "2006-08-10", "part_of_month"),
    ("ежедневно", "frequency", "", "", "day"),
    ("в 2004 году", "absolute", "2004", "", "year"),
])
DOCS["book_228"] = ("2011-05-20", "the Botswana public-sector strike of April-May 2011; 'В четверг, 19 мая' fixes 2011 (a Thursday), written a day or so later; the values need only the year", [
    ("18 апреля", "partial", "2011-04-18", "", "day"),
    ("В четверг, 19 мая", "partial", "2011-05-19", "", "day"),
])
DOCS["book_247"] = ("2009-11-25", "RU-CENTER began taking applications in the .РФ zone on 25 Nov 2009 (world knowledge), reported as the day's news", [
    ("до апреля 2010 года", "absolute", "2010-04", "", "month"),
    ("С 20 апреля по 15 июня", "range", "2010-04-20", "2010-06-15", "day"),
])
DOCS["book_252"] = ("2011-01-05", "the 112th US Congress convened on Wednesday 5 Jan 2011 (world knowledge), reported as the day's news", [
    ("В среду", "relative", "2011-01-05", "", "day"),
])
DOCS["book_253"] = ("2011-02-01", "the Yeltsin monument in Yekaterinburg opened on 1 Feb 2011, his 80th birthday ('1 февраля', 'Сегодня утром'; world knowledge for the year)", [
    ("1 февраля", "partial", "2011-02-01", "", "day"),
    ("ежегодно", "frequency", "", "", "year"),
    ("сегодня", "relative", "2011-02-01", "", "day"),
    ("в 2007 году", "absolute", "2007", "", "year"),
    ("Сегодня", "relative", "2011-02-01", "", "day"),
    ("сегодня", "relative", "2011-02-01", "", "day"),
    ("Вчера", "relative", "2011-01-31", "", "day"),
    ("В конце 80-х", "absolute", "1980", "1989", "decade"),
    ("начале 90-х годов прошлого века", "absolute", "1990", "1999", "decade"),
    ("В мае 1981 года", "absolute", "1981-05", "", "month"),
    ("В 1982 году", "absolute", "1982", "", "year"),
    ("1 февраля 2001 года", "absolute", "2001-02-01", "", "day"),
])
DOCS["book_256"] = ("2011-02-08", "Medvedev's decision of 8 Feb 2011 to end the clock change, reported as news (day approximate); the values need only the year", [
    ("С 27 марта 2011 года", "absolute", "2011-03-27", "", "day"),
    ("на 27 марта", "partial", "2011-03-27", "", "day"),
    ("с осени текущего года", "relative", "2011-09", "2011-11", "season"),
    ("в 2009 году", "absolute", "2009", "", "year"),
    ("с осени текущего года", "relative", "2011-09", "2011-11", "season"),
    ("8 февраля", "partial", "2011-02-08", "", "day"),
    ("за 2010 год", "absolute", "2010", "", "year"),
    ("каждую весну и осень", "frequency", "", "", "season"),
    ("в течение последних 30 лет", "duration", "", "", "year"),
    ("Осенью", "frequency", "", "", "season"),
    ("в начале октября", "frequency", "", "", "part_of_month"),
    ("весной", "frequency", "", "", "season"),
    ("к началу апреля", "frequency", "", "", "part_of_month"),
])
DOCS["book_258"] = ("", "the end of Slavuta production at ZAZ; the text fixes no day, month or year of writing", [
    ("несколько дней назад", "relative", "", "", "day"),
    ("с 1999 года", "absolute", "1999", "", "year"),
    ("через 6 дней", "relative", "", "", "day"),
])
DOCS["book_259"] = ("", "an announcement of the 'Субкультуры' conference at Garage; the year is not fixed by the text", [
    ("21-22 октября", "range", "", "", "day"),
])
DOCS["book_260"] = ("2010-12-24", "the recall of ambassador Kono decided on 22 Dec 2010 (Medvedev's Kuril visit of 1 Nov 2010, world knowledge), reported a day or two later; the values need only the year", [
    ("31 октября", "partial", "2010-10-31", "", "day"),
    ("22 декабря", "partial", "2010-12-22", "", "day"),
])
DOCS["book_261"] = ("2011-02-05", "Serdyukov visited the southern Kurils on Friday 4 Feb 2011 (world knowledge), Japan protested the day after; the values hold for any day of writing that week", [
    ("в пятницу", "relative", "2011-02-04", "", "day"),
    ("через 65 лет", "duration", "", "", "year"),
    ("за неделю", "duration", "", "", "week"),
])
DOCS["book_263"] = ("2011-03-09", "Discovery's last landing, 9 Mar 2011 (world knowledge), reported as the day's news", [
    ("11 дней", "duration", "", "", "day"),
    ("13 суток", "duration", "", "", "day"),
    ("в конце апреля 2011 г.", "absolute", "2011-04-21", "2011-04-30", "part_of_month"),
    ("в конце июня 2011 г.", "absolute", "2011-06-21", "2011-06-30", "part_of_month"),
])
DOCS["book_270"] = ("", "a concert announcement for 13 November; the year is not written (2009 only by inference from '25-летний «Телевизор»')", [
    ("80-х", "absolute", "1980", "1989", "decade"),
    ("13 ноября", "partial", "", "", "day"),
    ("Сегодня", "relative", "", "", "day"),
    ("В начале 90-х", "absolute", "1990", "1999", "decade"),
    ("Сегодня", "relative", "", "", "day"),
    ("за последние четыре года", "duration", "", "", "year"),
])
DOCS["book_271"] = ("2011-03-31", "written after Gurchenko's death at 19:28 on 30 Mar 2011, before the farewell on Saturday 2 Apr; the day approximate, the values hold for 30 or 31 Mar", [
    ("30 марта 2011 года", "absolute", "2011-03-30", "", "day"),
    ("За полтора месяца", "duration", "", "", "month"),
    ("7 марта", "partial", "2011-03-07", "", "day"),
    ("В субботу", "relative", "2011-04-02", "", "day"),
    ("2 апреля", "partial", "2011-04-02", "", "day"),
])
DOCS["book_278"] = ("", "Zorkin on the Constitutional Court's move to St Petersburg (2007); the day is not fixed and the text has no relative expression", [
    ("в конце 2005 года", "absolute", "2005-09", "2005-12", "part_of_year"),
])
DOCS["book_282"] = ("2006-05-05", "the US before the UN Committee against Torture in Geneva, 5 and 8 May 2006, conclusions due 19 May (world knowledge); written before Monday 8 May, the values hold for any day of 2-7 May", [
    ("В понедельник", "relative", "2006-05-08", "", "day"),
    ("19 мая", "partial", "2006-05-19", "", "day"),
])
DOCS["book_286"] = ("", "Beeline joining 0.facebook.com (2010); the day is not fixed and the text has no relative expression", [
    ("В 2007 году", "absolute", "2007", "", "year"),
])
DOCS["book_288"] = ("2011-04-05", "Kadyrov's inauguration of 5 Apr 2011, 'сегодня царит праздничное настроение': the day's news", [
    ("5 апреля 2011 года", "absolute", "2011-04-05", "", "day"),
    ("28 февраля", "partial", "2011-02-28", "", "day"),
    ("сегодня", "relative", "2011-04-05", "", "day"),
])
DOCS["book_290"] = ("2011-02-07", "Kan's speech and Lavrov's reply 'в понедельник 7 февраля' (2011, the visit of Medvedev to the Kurils 'в ноябре прошлого года' was Nov 2010), the day's news", [
    ("в понедельник 7 февраля", "partial", "2011-02-07", "", "day"),
    ("в ноябре прошлого года", "relative", "2010-11", "", "month"),
    ("в течение 65 лет", "duration", "", "", "year"),
    ("на этой неделе", "relative", "2011-02-07", "2011-02-13", "week"),
    ("в понедельник", "relative", "2011-02-07", "", "day"),
    ("в этом году", "relative", "2011", "", "year"),
    ("в понедельник", "relative", "2011-02-07", "", "day"),
    ("в этом году", "relative", "2011", "", "year"),
    ("в этом году", "relative", "2011", "", "year"),
])
