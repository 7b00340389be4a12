"""Segmentation: sentences of statement-like prose (press releases, union statements, news)
in English, Russian, Ukrainian and Belarusian (and a few German and French), and the blocks of
Markdown statements. Each case gives the exact sentences expected."""

import re

import pytest

from workbench.segment import segment_document, split_blocks, split_sentences

EN = [
    ("The elections on Aug. 9 were rigged. Protests followed.",
     ["The elections on Aug. 9 were rigged.", "Protests followed."]),
    ("U.S. officials met Dr. Smith and J. R. Jones. They left.",
     ["U.S. officials met Dr. Smith and J. R. Jones.", "They left."]),
    ("Convention No. 87 protects unions. It is ratified.",
     ["Convention No. 87 protects unions.", "It is ratified."]),
    ("Wages, pensions etc. and benefits fell. Strikes began.",
     ["Wages, pensions etc. and benefits fell.", "Strikes began."]),
    ('He said "Stop. Now." and left. Then silence.',
     ['He said "Stop. Now." and left.', "Then silence."]),
    ("Workers waited... and waited. Nothing came.",
     ["Workers waited... and waited.", "Nothing came."]),
    ("The union (see Art. 5. of the charter) objected. Done.",
     ["The union (see Art. 5. of the charter) objected.", "Done."]),
    ("Read [the text. In full](https://example.org/a.b.html) now. Thanks.",
     ["Read [the text. In full](https://example.org/a.b.html) now.", "Thanks."]),
    ("Use `a. b` here. Next.", ["Use `a. b` here.", "Next."]),
    # abbreviations and titles
    ("Mr. Lukashenko said no. Ms. Tsikhanouskaya disagreed.",
     ["Mr. Lukashenko said no.", "Ms. Tsikhanouskaya disagreed."]),
    ("Sen. Bernie Sanders and Rep. Ilhan Omar signed the letter. It was sent on Tuesday.",
     ["Sen. Bernie Sanders and Rep. Ilhan Omar signed the letter.", "It was sent on Tuesday."]),
    ("St. Petersburg unions sent support. Workers in Minsk thanked them.",
     ["St. Petersburg unions sent support.", "Workers in Minsk thanked them."]),
    ("Prof. Anna Smith, Ph.D., examined the injured. Many had fractures.",
     ["Prof. Anna Smith, Ph.D., examined the injured.", "Many had fractures."]),
    ("Messrs. Smith and Jones signed. Mrs. Brown did not.",
     ["Messrs. Smith and Jones signed.", "Mrs. Brown did not."]),
    ("The union's leader, Mr. S. Dylevsky, was detained. He was released on Friday.",
     ["The union's leader, Mr. S. Dylevsky, was detained.", "He was released on Friday."]),
    ("J. K. Rowling was not there. A. Lukashenko was.",
     ["J. K. Rowling was not there.", "A. Lukashenko was."]),
    ("Unions demand higher wages, safer plants, etc. The government refuses.",
     ["Unions demand higher wages, safer plants, etc.", "The government refuses."]),
    ("The list includes Belaruskali, Grodno Azot, BelAZ, MTZ, etc. Further plants may join.",
     ["The list includes Belaruskali, Grodno Azot, BelAZ, MTZ, etc.", "Further plants may join."]),
    ("Wages, pensions, etc., were cut. Unions protested.",
     ["Wages, pensions, etc., were cut.", "Unions protested."]),
    ("Injuries included fractures, bruises, etc.; some were severe. Doctors were overwhelmed.",
     ["Injuries included fractures, bruises, etc.; some were severe.", "Doctors were overwhelmed."]),
    ("Members include e.g. miners and metalworkers. Others are welcome.",
     ["Members include e.g. miners and metalworkers.", "Others are welcome."]),
    ("Some unions, i.e. the independent ones, were banned. Their leaders fled.",
     ["Some unions, i.e. the independent ones, were banned.", "Their leaders fled."]),
    ("The plant employs approx. 17,000 people. Most are union members.",
     ["The plant employs approx. 17,000 people.", "Most are union members."]),
    ("The supplier is Grodno Azot Ltd. Its director resigned.",
     ["The supplier is Grodno Azot Ltd.", "Its director resigned."]),
    ("Belaruskali Inc. is state-owned. Its workers struck.",
     ["Belaruskali Inc. is state-owned.", "Its workers struck."]),
    ("Martin Luther King Jr. once said it. We agree.",
     ["Martin Luther King Jr. once said it.", "We agree."]),
    # acronyms with dots
    ("He moved to the U.S. in 2019. He works at a plant.",
     ["He moved to the U.S. in 2019.", "He works at a plant."]),
    ("The sanctions were announced by the U.S. The EU followed.",
     ["The sanctions were announced by the U.S.", "The EU followed."]),
    ("The U.S. State Department condemned the crackdown. It called for dialogue.",
     ["The U.S. State Department condemned the crackdown.", "It called for dialogue."]),
    ("The U.N. Human Rights Council met in Geneva. A resolution passed.",
     ["The U.N. Human Rights Council met in Geneva.", "A resolution passed."]),
    ("The ITUC, the ILO and the E.U. Parliament reacted. More will follow.",
     ["The ITUC, the ILO and the E.U. Parliament reacted.", "More will follow."]),
    ("Minsk was founded before 1100 A.D. The city grew.",
     ["Minsk was founded before 1100 A.D.", "The city grew."]),
    # references with numbers
    ("The case was filed under Art. 12 of the Constitution. A court rejected it.",
     ["The case was filed under Art. 12 of the Constitution.", "A court rejected it."]),
    ("ILO Conventions Nos. 87 and 98 apply. Belarus ratified both.",
     ["ILO Conventions Nos. 87 and 98 apply.", "Belarus ratified both."]),
    ("See pp. 4–7 and Vol. II of the report. It is detailed.",
     ["See pp. 4–7 and Vol. II of the report.", "It is detailed."]),
    ("Pages 12–14 (cf. Fig. 3) show the data. Table 2 lists sources.",
     ["Pages 12–14 (cf. Fig. 3) show the data.", "Table 2 lists sources."]),
    ("The Committee examined Case No. 2090. It urged the government to act.",
     ["The Committee examined Case No. 2090.", "It urged the government to act."]),
    ("Belarus (pop. 9.4 million) is in Europe. Minsk is its capital.",
     ["Belarus (pop. 9.4 million) is in Europe.", "Minsk is its capital."]),
    # times, dates, numbers
    ("The rally began at 5 p.m. on Sunday. Police arrived at 6 p.m. They made arrests.",
     ["The rally began at 5 p.m. on Sunday.", "Police arrived at 6 p.m.", "They made arrests."]),
    ("The meeting starts at 10 a.m. Monday, Aug. 17. Delegates will attend.",
     ["The meeting starts at 10 a.m. Monday, Aug. 17.", "Delegates will attend."]),
    ("Results are expected by 6 p.m. (local time). Stay tuned.",
     ["Results are expected by 6 p.m. (local time).", "Stay tuned."]),
    ("Sent from Minsk at 11:30 a.m. The message was brief.",
     ["Sent from Minsk at 11:30 a.m.", "The message was brief."]),
    ("They met on Jan. 5, 2021. Nothing changed.", ["They met on Jan. 5, 2021.", "Nothing changed."]),
    ("The new law takes effect Jan. 1. It bans strikes.",
     ["The new law takes effect Jan. 1.", "It bans strikes."]),
    ("The vote took place on 9.08.2020. Results were disputed.",
     ["The vote took place on 9.08.2020.", "Results were disputed."]),
    ("GDP fell by 1.5 per cent in 2020. Inflation rose to 7.4%. Wages stagnated.",
     ["GDP fell by 1.5 per cent in 2020.", "Inflation rose to 7.4%.", "Wages stagnated."]),
    ("Section 1.2.3 of the agreement applies. See also section 4.5.",
     ["Section 1.2.3 of the agreement applies.", "See also section 4.5."]),
    ("See section 3.1. The details follow.", ["See section 3.1.", "The details follow."]),
    ("The union was founded in 1991. It has 10,000 members.",
     ["The union was founded in 1991.", "It has 10,000 members."]),
    ("Protests continued for three days. 200 people were detained.",
     ["Protests continued for three days.", "200 people were detained."]),
    ("The demands are: 1. free elections; 2. release of prisoners. Both are urgent.",
     ["The demands are: 1. free elections; 2. release of prisoners.", "Both are urgent."]),
    ("Temperatures dropped to -5 °C. Protesters stayed.",
     ["Temperatures dropped to -5 °C.", "Protesters stayed."]),
    ("Statement No. 3/2020. Adopted unanimously.", ["Statement No. 3/2020.", "Adopted unanimously."]),
    ("World War II. Veterans joined the march.", ["World War II.", "Veterans joined the march."]),
    # question marks, exclamations, ellipses
    ("Why did the police attack peaceful workers? Nobody answered.",
     ["Why did the police attack peaceful workers?", "Nobody answered."]),
    ("Stop the violence! Release the detainees! Respect the vote!",
     ["Stop the violence!", "Release the detainees!", "Respect the vote!"]),
    ("Is this democracy?! We think not.", ["Is this democracy?!", "We think not."]),
    ("Will the regime fall? Perhaps. Nobody knows.", ["Will the regime fall?", "Perhaps.", "Nobody knows."]),
    ("Who will pay for this? the union asked.", ["Who will pay for this? the union asked."]),
    ("They waited for hours… The police never came.",
     ["They waited for hours…", "The police never came."]),
    ("They waited for hours… and then went home.", ["They waited for hours… and then went home."]),
    ("The regime claims ... Belarus is calm. It is not.",
     ["The regime claims ... Belarus is calm.", "It is not."]),
    ("Read more... at our site.", ["Read more... at our site."]),
    # quotes and brackets
    ('The union said: "We will not be silent." Its leaders were arrested.',
     ['The union said: "We will not be silent."', "Its leaders were arrested."]),
    ("“We demand the release of all detained workers,” said the general secretary. “The violence must stop.”",
     ["“We demand the release of all detained workers,” said the general secretary.",
      "“The violence must stop.”"]),
    ("“Release them now!” the crowd shouted. Police charged.",
     ["“Release them now!” the crowd shouted.", "Police charged."]),
    ("He asked: “Where are our colleagues?” Nobody knew.",
     ["He asked: “Where are our colleagues?”", "Nobody knew."]),
    ("“Enough!” The crowd roared.", ["“Enough!”", "The crowd roared."]),
    ("Workers shouted “Leave!” and “Strike!” in unison. Police watched.",
     ["Workers shouted “Leave!” and “Strike!” in unison.", "Police watched."]),
    ("The regime called the protests “foreign-funded”. This is false.",
     ["The regime called the protests “foreign-funded”.", "This is false."]),
    ("The film “Mr. Smith Goes to Washington” was shown. It inspired many.",
     ["The film “Mr. Smith Goes to Washington” was shown.", "It inspired many."]),
    ("They chanted ‘Go away.’ Then they sang.", ["They chanted ‘Go away.’", "Then they sang."]),
    ("The strike (the first since 1991) spread quickly. Other plants joined.",
     ["The strike (the first since 1991) spread quickly.", "Other plants joined."]),
    ("The company refused. (Management did not comment.) Workers walked out.",
     ["The company refused.", "(Management did not comment.)", "Workers walked out."]),
    ("The ILO's Committee on Freedom of Association (CFA). It met in June.",
     ["The ILO's Committee on Freedom of Association (CFA).", "It met in June."]),
    # inline Markdown, links, URLs, addresses
    ("Contact us at press@industriall-union.org. We answer quickly.",
     ["Contact us at press@industriall-union.org.", "We answer quickly."]),
    ("More at https://www.industriall-union.org/belarus. Share it.",
     ["More at https://www.industriall-union.org/belarus.", "Share it."]),
    ("Visit www.industriall-union.org. Share it.", ["Visit www.industriall-union.org.", "Share it."]),
    ("Read the [full statement](https://www.industriall-union.org/a.b?x=1). It is short.",
     ["Read the [full statement](https://www.industriall-union.org/a.b?x=1).", "It is short."]),
    ("The text is at <https://example.org/stmt.v2>. Read it.",
     ["The text is at <https://example.org/stmt.v2>.", "Read it."]),
    ("Run `workbench update --lang ru. Then export` first. Then export.",
     ["Run `workbench update --lang ru. Then export` first.", "Then export."]),
    ("See the chart ![Arrests by day. Source: Viasna](img/arrests.v1.png). Numbers are rising.",
     ["See the chart ![Arrests by day. Source: Viasna](img/arrests.v1.png).", "Numbers are rising."]),
    ("**Update.** The detained leaders were released. They are safe.",
     ["**Update.**", "The detained leaders were released.", "They are safe."]),
    ("The union is *not* afraid. It will _continue_ the strike.",
     ["The union is *not* afraid.", "It will _continue_ the strike."]),
    ("The regime denied it.[^1] Observers disagreed.",
     ["The regime denied it.[^1]", "Observers disagreed."]),
    ("See [the ILO report. Part 2][ilo] for details. It is public.",
     ["See [the ILO report. Part 2][ilo] for details.", "It is public."]),
    # headings and enumerations
    ("1. Background", ["1. Background"]),
    ("2.1. Legal framework", ["2.1. Legal framework"]),
    ("IV. Conclusions", ["IV. Conclusions"]),
    ("A. Introduction", ["A. Introduction"]),
    ("1. Wages. 2. Pensions.", ["1. Wages.", "2. Pensions."]),
    ('The strike at MAZ began on Aug. 17. By noon, 5,000 workers had joined.',
     ['The strike at MAZ began on Aug. 17.', 'By noon, 5,000 workers had joined.']),
    ('IndustriALL\'s general secretary, Valter Sanches, said: "This is a turning point." The federation agreed.',
     ['IndustriALL\'s general secretary, Valter Sanches, said: "This is a turning point."', 'The federation agreed.']),
    ('The E.U. and the U.K. imposed sanctions. Russia did not.',
     ['The E.U. and the U.K. imposed sanctions.', 'Russia did not.']),
    ('Dr. Martin Luther King Jr. led the march. It was peaceful.',
     ['Dr. Martin Luther King Jr. led the march.', 'It was peaceful.']),
    ('About 200,000 people gathered (according to independent estimates). Police stood by.',
     ['About 200,000 people gathered (according to independent estimates).', 'Police stood by.']),
    ('The deadline is Sept. 30. No extension will be granted.',
     ['The deadline is Sept. 30.', 'No extension will be granted.']),
    ('Workers earn approx. $300 a month. That is not enough.',
     ['Workers earn approx. $300 a month.', 'That is not enough.']),
    ('The ruling (Case No. 3/2020, para. 14) is final. An appeal is impossible.',
     ['The ruling (Case No. 3/2020, para. 14) is final.', 'An appeal is impossible.']),
    ('What happens next? That depends on the workers.',
     ['What happens next?', 'That depends on the workers.']),
    ('He said he was "shocked." Others were not.', ['He said he was "shocked."', 'Others were not.']),
    ('The vote was held at 8 a.m. local time. Turnout was low.',
     ['The vote was held at 8 a.m. local time.', 'Turnout was low.']),
    ('The meeting ended at 9 p.m. Delegates left the hall.',
     ['The meeting ended at 9 p.m.', 'Delegates left the hall.']),
    ("Mrs. O'Brien of the I.T.F. spoke first. Then Mr. Dupont.",
     ["Mrs. O'Brien of the I.T.F. spoke first.", 'Then Mr. Dupont.']),
    ('The report cites p. 12 and pp. 40–42. See also fn. 3.',
     ['The report cites p. 12 and pp. 40–42.', 'See also fn. 3.']),
    ('Stop. Think. Act.', ['Stop.', 'Think.', 'Act.']),
    ('Growth was 2.5 percent. It was 3.1 percent in 2019.',
     ['Growth was 2.5 percent.', 'It was 3.1 percent in 2019.']),
    ('The union—founded in 1991—has 10,000 members. It is independent.',
     ['The union—founded in 1991—has 10,000 members.', 'It is independent.']),
    ('They demanded: free elections, the release of prisoners, etc. The regime refused.',
     ['They demanded: free elections, the release of prisoners, etc.', 'The regime refused.']),
    ('The E-mail was sent to info@ituc-csi.org. Nobody replied.',
     ['The E-mail was sent to info@ituc-csi.org.', 'Nobody replied.']),
    ('“We will continue,” she said. “We have no choice.”',
     ['“We will continue,” she said.', '“We have no choice.”']),
    ('Lt. Gen. Ivanov ordered the arrests. He denies it.',
     ['Lt. Gen. Ivanov ordered the arrests.', 'He denies it.']),
    ('The company, Belshina JSC, refused to comment. Its CEO was absent.',
     ['The company, Belshina JSC, refused to comment.', 'Its CEO was absent.']),
    ('Join us on Sat. Oct. 3 at noon. Bring a flag.', ['Join us on Sat. Oct. 3 at noon.', 'Bring a flag.']),
    ('Union members (approx. 3,500) voted. The result: 97% in favour.',
     ['Union members (approx. 3,500) voted.', 'The result: 97% in favour.']),
    ('The law was passed in 2016... Nobody noticed.', ['The law was passed in 2016...', 'Nobody noticed.']),
    ('See: https://example.org/path/to/page.html. Then call us.',
     ['See: https://example.org/path/to/page.html.', 'Then call us.']),
    ('He is a member of the U.S. Congress. He voted no.',
     ['He is a member of the U.S. Congress.', 'He voted no.']),
    ('The decision was taken at 3.30 p.m. yesterday. It was unanimous.',
     ['The decision was taken at 3.30 p.m. yesterday.', 'It was unanimous.']),
    ('Version 2.0.1 was released. It fixes bugs.', ['Version 2.0.1 was released.', 'It fixes bugs.']),
    ('The Rev. Jesse Jackson and Gov. Smith attended. So did Gen. Brown.',
     ['The Rev. Jesse Jackson and Gov. Smith attended.', 'So did Gen. Brown.']),
    ('Lukashenko (in power since 1994) refused. The E.U. responded with sanctions on Oct. 2.',
     ['Lukashenko (in power since 1994) refused.', 'The E.U. responded with sanctions on Oct. 2.']),
    ('Contact: Jane Doe, Tel. +41 22 308 5050. Email: jdoe@example.org.',
     ['Contact: Jane Doe, Tel. +41 22 308 5050.', 'Email: jdoe@example.org.']),
    ('The meeting is at 10 a.m. EST. All are welcome.',
     ['The meeting is at 10 a.m. EST.', 'All are welcome.']),
    ('Workers at JSC Belaruskali (Soligorsk) and OJSC Grodno Azot. Both struck.',
     ['Workers at JSC Belaruskali (Soligorsk) and OJSC Grodno Azot.', 'Both struck.']),
    ('Pres. Biden spoke with Prime Minister Johnson. They agreed.',
     ['Pres. Biden spoke with Prime Minister Johnson.', 'They agreed.']),
    ('The ITUC says 10 p.c. of workers are unionized. That is low.',
     ['The ITUC says 10 p.c. of workers are unionized.', 'That is low.']),
    ('“What now?” asked one worker. “We strike,” said another.',
     ['“What now?” asked one worker.', '“We strike,” said another.']),
    ("The union said: 'Enough is enough.' It called a strike.",
     ["The union said: 'Enough is enough.'", 'It called a strike.']),
    ('Arrests rose 40% (from 200 to 280). The police deny it.',
     ['Arrests rose 40% (from 200 to 280).', 'The police deny it.']),
    ('It happened at approx. 3 a.m. on Aug. 10. Nobody was hurt.',
     ['It happened at approx. 3 a.m. on Aug. 10.', 'Nobody was hurt.']),
    ('Full text: https://www.ilo.org/gb/GBSessions/GB340/ins/WCMS_757500/lang--en/index.htm. Read it.',
     ['Full text: https://www.ilo.org/gb/GBSessions/GB340/ins/WCMS_757500/lang--en/index.htm.', 'Read it.']),
    ('Dear Mr. President. We write to you about Belarus.',
     ['Dear Mr. President.', 'We write to you about Belarus.']),
]

RU = [
    ("Его приговорили к 25 сут. ареста. Коллега получил 12 суток.",
     ["Его приговорили к 25 сут. ареста.", "Коллега получил 12 суток."]),
    ("Он сказал: «Хватит. Довольно». Потом ушёл.", ["Он сказал: «Хватит. Довольно».", "Потом ушёл."]),
    ("В 2020 г. прошли выборы. Протесты продолжались.", ["В 2020 г. прошли выборы.", "Протесты продолжались."]),
    ("Выборы прошли 9 августа 2020 г. Протесты начались в тот же вечер.",
     ["Выборы прошли 9 августа 2020 г.", "Протесты начались в тот же вечер."]),
    ("Акция прошла в г. Минске. Задержаны десятки людей.",
     ["Акция прошла в г. Минске.", "Задержаны десятки людей."]),
    ("Это нарушает ст. 12 Конституции и п. 3 ч. 2 ст. 6 закона. Профсоюз подал жалобу.",
     ["Это нарушает ст. 12 Конституции и п. 3 ч. 2 ст. 6 закона.", "Профсоюз подал жалобу."]),
    ("В 1990-х гг. профсоюзы окрепли. Затем начались репрессии.",
     ["В 1990-х гг. профсоюзы окрепли.", "Затем начались репрессии."]),
    ("Профсоюзы окрепли в 1990-х гг. Затем начались репрессии.",
     ["Профсоюзы окрепли в 1990-х гг.", "Затем начались репрессии."]),
    ("Рабочие требуют повышения зарплат, пенсий и т. д. Власти молчат.",
     ["Рабочие требуют повышения зарплат, пенсий и т. д.", "Власти молчат."]),
    ("Рабочие требуют повышения зарплат, пенсий и т.д. Власти молчат.",
     ["Рабочие требуют повышения зарплат, пенсий и т.д.", "Власти молчат."]),
    ("Задержаны лидеры профсоюзов, активисты и др. Их судят.",
     ["Задержаны лидеры профсоюзов, активисты и др.", "Их судят."]),
    ("Зарплаты, т. е. основной доход, упали. Цены выросли.",
     ["Зарплаты, т. е. основной доход, упали.", "Цены выросли."]),
    ("Лидер БНП Н. Зимин задержан. Его коллега М. Середа тоже.",
     ["Лидер БНП Н. Зимин задержан.", "Его коллега М. Середа тоже."]),
    ("А. Г. Лукашенко объявил о победе. Оппозиция не согласна.",
     ["А. Г. Лукашенко объявил о победе.", "Оппозиция не согласна."]),
    ("А.Г. Лукашенко объявил о победе. Оппозиция не согласна.",
     ["А.Г. Лукашенко объявил о победе.", "Оппозиция не согласна."]),
    ("Собралось около 200 тыс. человек. Это рекорд.", ["Собралось около 200 тыс. человек.", "Это рекорд."]),
    ("Ущерб составил 5 млн руб. Компания отказалась платить.",
     ["Ущерб составил 5 млн руб.", "Компания отказалась платить."]),
    ("Бюджет — 100 млн долл. США. Деньги выделены.", ["Бюджет — 100 млн долл. США.", "Деньги выделены."]),
    ("Почему молчит власть? Никто не знает.", ["Почему молчит власть?", "Никто не знает."]),
    ("Долой диктатуру! Свободу политзаключённым!", ["Долой диктатуру!", "Свободу политзаключённым!"]),
    ("Люди ждали… Милиция так и не приехала.", ["Люди ждали…", "Милиция так и не приехала."]),
    ("Люди ждали... и ждали. Никто не пришёл.", ["Люди ждали... и ждали.", "Никто не пришёл."]),
    ("«Мы не отступим», — заявил председатель профсоюза. Его задержали.",
     ["«Мы не отступим», — заявил председатель профсоюза.", "Его задержали."]),
    ("Председатель заявил: «Мы не отступим!» Его задержали через час.",
     ["Председатель заявил: «Мы не отступим!»", "Его задержали через час."]),
    ("«Долой!» — кричали люди. Милиция молчала.", ["«Долой!» — кричали люди.", "Милиция молчала."]),
    ("Забастовка на «Беларуськалии» (г. Солигорск) продолжается. Рабочие требуют перевыборов.",
     ["Забастовка на «Беларуськалии» (г. Солигорск) продолжается.", "Рабочие требуют перевыборов."]),
    ("Голосование прошло 9.08.2020. Результаты оспариваются.",
     ["Голосование прошло 9.08.2020.", "Результаты оспариваются."]),
    ("Явка составила 84,1 %. Наблюдатели сомневаются.", ["Явка составила 84,1 %.", "Наблюдатели сомневаются."]),
    ("Подробнее на сайте www.industriall-union.org. Пишите на press@industriall-union.org.",
     ["Подробнее на сайте www.industriall-union.org.", "Пишите на press@industriall-union.org."]),
    ("См. рис. 2 и табл. 3. Данные предварительные.", ["См. рис. 2 и табл. 3.", "Данные предварительные."]),
    ("В XX в. профсоюзы боролись за права. В XXI в. борьба продолжается.",
     ["В XX в. профсоюзы боролись за права.", "В XXI в. борьба продолжается."]),
    ("Это началось ещё в XIX в. Тогда рабочие впервые бастовали.",
     ["Это началось ещё в XIX в.", "Тогда рабочие впервые бастовали."]),
    ("Встреча состоится в 15 ч. 30 мин. Приглашены все.", ["Встреча состоится в 15 ч. 30 мин.", "Приглашены все."]),
    ("Проф. Иванов и акад. Петров подписали письмо. Его опубликовали.",
     ["Проф. Иванов и акад. Петров подписали письмо.", "Его опубликовали."]),
    ("Адрес: ул. Ленина, д. 5, кв. 12. Приём с 9:00.", ["Адрес: ул. Ленина, д. 5, кв. 12.", "Приём с 9:00."]),
    ("Профсоюз им. Ленина распущен. Имущество изъято.", ["Профсоюз им. Ленина распущен.", "Имущество изъято."]),
    ("Мы доверяем им. Они не подведут.", ["Мы доверяем им.", "Они не подведут."]),
    ("Организаторы (в т. ч. профсоюзы) выступили против. Власти ответили арестами.",
     ["Организаторы (в т. ч. профсоюзы) выступили против.", "Власти ответили арестами."]),
    ("Суд длился с 10 до 17 ч. Затем объявили приговор.", ["Суд длился с 10 до 17 ч.", "Затем объявили приговор."]),
    ("Что дальше?.. Никто не знает.", ["Что дальше?..", "Никто не знает."]),
    ("Неужели это конец?! Нет.", ["Неужели это конец?!", "Нет."]),
    ("Лидер профсоюза Н. Зимин (БНП) приговорён к 25 сут. ареста, а М. Середа — к 12 сут. Оба обжалуют приговор.",
     ["Лидер профсоюза Н. Зимин (БНП) приговорён к 25 сут. ареста, а М. Середа — к 12 сут.",
      "Оба обжалуют приговор."]),
    ("Он сказал: «Выборы сфальсифицированы». Это правда.",
     ["Он сказал: «Выборы сфальсифицированы».", "Это правда."]),
    ("В документе есть ссылка на [доклад МОТ. Часть 2](https://ilo.org/a.pdf). Он опубликован.",
     ["В документе есть ссылка на [доклад МОТ. Часть 2](https://ilo.org/a.pdf).", "Он опубликован."]),
    ('Сегодня, 17 авг. 2020 г., рабочие МАЗа вышли на забастовку. К ним присоединились другие.',
     ['Сегодня, 17 авг. 2020 г., рабочие МАЗа вышли на забастовку.', 'К ним присоединились другие.']),
    ('Председатель НПБ А. Ярошук заявил о поддержке. Его слова услышали.',
     ['Председатель НПБ А. Ярошук заявил о поддержке.', 'Его слова услышали.']),
    ('Зарплата составляет ок. 300 долл. в месяц. Этого мало.',
     ['Зарплата составляет ок. 300 долл. в месяц.', 'Этого мало.']),
    ('На площади собрались тыс. человек. Милиция стояла в стороне.',
     ['На площади собрались тыс. человек.', 'Милиция стояла в стороне.']),
    ('Что будет дальше? Это зависит от рабочих.', ['Что будет дальше?', 'Это зависит от рабочих.']),
    ('Он назвал выборы «фарсом». Другие согласились.', ['Он назвал выборы «фарсом».', 'Другие согласились.']),
    ('«Мы продолжим, — сказала она. — У нас нет выбора».',
     ['«Мы продолжим, — сказала она. — У нас нет выбора».']),
    ('Рост составил 2,5 %. В 2019 г. он был 3,1 %.', ['Рост составил 2,5 %.', 'В 2019 г. он был 3,1 %.']),
    ('Задержаны: В. Иванов, С. Петров и др. Все они члены профсоюза.',
     ['Задержаны: В. Иванов, С. Петров и др.', 'Все они члены профсоюза.']),
    ('Согласно п. 2 ст. 5 Закона № 114-З, профсоюзы независимы. Власти это игнорируют.',
     ['Согласно п. 2 ст. 5 Закона № 114-З, профсоюзы независимы.', 'Власти это игнорируют.']),
    ('Решение приняли в 15.30. Все голосовали «за».', ['Решение приняли в 15.30.', 'Все голосовали «за».']),
    ('Событие произошло в 1994 г. Тогда Лукашенко пришёл к власти.',
     ['Событие произошло в 1994 г.', 'Тогда Лукашенко пришёл к власти.']),
    ('Завод находится в г. Жодино Минской обл. Там работают 10 тыс. чел.',
     ['Завод находится в г. Жодино Минской обл.', 'Там работают 10 тыс. чел.']),
    ('Мы требуем: свободных выборов, освобождения задержанных и т. п. Режим отказался.',
     ['Мы требуем: свободных выборов, освобождения задержанных и т. п.', 'Режим отказался.']),
    ('Закон принят в 2016 г... Никто не заметил.', ['Закон принят в 2016 г...', 'Никто не заметил.']),
    ('Подробности — на сайте https://industriall-union.org/ru. Следите за новостями!',
     ['Подробности — на сайте https://industriall-union.org/ru.', 'Следите за новостями!']),
    ('Генсек ITUC Ш. Барроу осудила насилие. Она призвала к диалогу.',
     ['Генсек ITUC Ш. Барроу осудила насилие.', 'Она призвала к диалогу.']),
    ('Штраф — 50 базовых величин (1350 руб.). Его уже оплатили.',
     ['Штраф — 50 базовых величин (1350 руб.).', 'Его уже оплатили.']),
    ('Он окончил МГУ им. М. В. Ломоносова. Затем работал на заводе.',
     ['Он окончил МГУ им. М. В. Ломоносова.', 'Затем работал на заводе.']),
    ('Это было в III в. до н. э. Тогда здесь жили племена.',
     ['Это было в III в. до н. э.', 'Тогда здесь жили племена.']),
    ('Так наз. выборы прошли 9 авг. Их никто не признал.',
     ['Так наз. выборы прошли 9 авг.', 'Их никто не признал.']),
    ('Т. н. «выборы» прошли в августе. Их никто не признал.',
     ['Т. н. «выборы» прошли в августе.', 'Их никто не признал.']),
    ('См. также с. 15–17. Там приведены цифры.', ['См. также с. 15–17.', 'Там приведены цифры.']),
    ('Акция прошла на пр. Независимости. Задержаны 50 чел.',
     ['Акция прошла на пр. Независимости.', 'Задержаны 50 чел.']),
    ('Г-н Лукашенко отказался от диалога. Г-жа Тихановская призвала к забастовке.',
     ['Г-н Лукашенко отказался от диалога.', 'Г-жа Тихановская призвала к забастовке.']),
    ('Завод выпускает 10 млн т калия в год. Это 20 % мирового рынка.',
     ['Завод выпускает 10 млн т калия в год.', 'Это 20 % мирового рынка.']),
    ('Штраф составил 1,5 тыс. руб. Кроме того, его уволили.',
     ['Штраф составил 1,5 тыс. руб.', 'Кроме того, его уволили.']),
    ('Цитата: «Мы требуем свободы. Мы требуем справедливости». Так заявили рабочие.',
     ['Цитата: «Мы требуем свободы. Мы требуем справедливости».', 'Так заявили рабочие.']),
    ('Вопрос был один: «Где наши товарищи?» Ответа не было.',
     ['Вопрос был один: «Где наши товарищи?»', 'Ответа не было.']),
    ('Рабочие (около 5 тыс.) вышли на площадь. Их не разогнали.',
     ['Рабочие (около 5 тыс.) вышли на площадь.', 'Их не разогнали.']),
    ('Митинг начался в 18.00. Через час пришла милиция.',
     ['Митинг начался в 18.00.', 'Через час пришла милиция.']),
    ('Их было много… Очень много.', ['Их было много…', 'Очень много.']),
    ('Профсоюз (т. е. его руководство) выступил против. Решение окончательное.',
     ['Профсоюз (т. е. его руководство) выступил против.', 'Решение окончательное.']),
    ('Председатель профсоюза А. Ярошук, В. Иванов и др. подписали обращение. Его отправили в МОТ.',
     ['Председатель профсоюза А. Ярошук, В. Иванов и др. подписали обращение.', 'Его отправили в МОТ.']),
    ('Согласно ч. 1 ст. 35 Конституции РБ, свобода собраний гарантируется. На практике это не так.',
     ['Согласно ч. 1 ст. 35 Конституции РБ, свобода собраний гарантируется.', 'На практике это не так.']),
    ('Жители д. Колодищи поддержали забастовку. Их было немного.',
     ['Жители д. Колодищи поддержали забастовку.', 'Их было немного.']),
]

UK = [
    ("Його засудили до 25 діб арешту. Див. ст. 5 Конвенції.",
     ["Його засудили до 25 діб арешту.", "Див. ст. 5 Конвенції."]),
    ("Вибори відбулися 9 серпня 2020 р. Протести почалися того ж вечора.",
     ["Вибори відбулися 9 серпня 2020 р.", "Протести почалися того ж вечора."]),
    ("У 2020 р. відбулися вибори. Протести тривали.", ["У 2020 р. відбулися вибори.", "Протести тривали."]),
    ("Акція пройшла в м. Києві. Затримано десятки людей.", ["Акція пройшла в м. Києві.", "Затримано десятки людей."]),
    ("Це порушує ст. 12 Конституції та п. 3 ч. 2 ст. 6 закону. Профспілка подала скаргу.",
     ["Це порушує ст. 12 Конституції та п. 3 ч. 2 ст. 6 закону.", "Профспілка подала скаргу."]),
    ("У 1990-х рр. профспілки зміцніли. Потім почалися репресії.",
     ["У 1990-х рр. профспілки зміцніли.", "Потім почалися репресії."]),
    ("Профспілки зміцніли в 1990-х рр. Потім почалися репресії.",
     ["Профспілки зміцніли в 1990-х рр.", "Потім почалися репресії."]),
    ("Робітники вимагають підвищення зарплат, пенсій і т. д. Влада мовчить.",
     ["Робітники вимагають підвищення зарплат, пенсій і т. д.", "Влада мовчить."]),
    ("Робітники вимагають підвищення зарплат, пенсій тощо. Влада мовчить.",
     ["Робітники вимагають підвищення зарплат, пенсій тощо.", "Влада мовчить."]),
    ("Затримано лідерів профспілок, активістів та ін. Їх судять.",
     ["Затримано лідерів профспілок, активістів та ін.", "Їх судять."]),
    ("Лідера БНП М. Зіміна затримано. Його колегу М. Середу теж.",
     ["Лідера БНП М. Зіміна затримано.", "Його колегу М. Середу теж."]),
    ("О. Г. Лукашенко оголосив про перемогу. Опозиція не згодна.",
     ["О. Г. Лукашенко оголосив про перемогу.", "Опозиція не згодна."]),
    ("Зібралося близько 200 тис. людей. Це рекорд.", ["Зібралося близько 200 тис. людей.", "Це рекорд."]),
    ("Збитки склали 5 млн грн. Компанія відмовилася платити.",
     ["Збитки склали 5 млн грн.", "Компанія відмовилася платити."]),
    ("Бюджет — 100 млн дол. США. Кошти виділено.", ["Бюджет — 100 млн дол. США.", "Кошти виділено."]),
    ("Чому мовчить влада? Ніхто не знає.", ["Чому мовчить влада?", "Ніхто не знає."]),
    ("Геть диктатуру! Свободу політв’язням!", ["Геть диктатуру!", "Свободу політв’язням!"]),
    ("Люди чекали… Міліція так і не приїхала.", ["Люди чекали…", "Міліція так і не приїхала."]),
    ("«Ми не відступимо», — заявив голова профспілки. Його затримали.",
     ["«Ми не відступимо», — заявив голова профспілки.", "Його затримали."]),
    ("Голова заявив: «Ми не відступимо!» Його затримали за годину.",
     ["Голова заявив: «Ми не відступимо!»", "Його затримали за годину."]),
    ("Страйк на «Білоруськалії» (м. Солігорськ) триває. Робітники вимагають перевиборів.",
     ["Страйк на «Білоруськалії» (м. Солігорськ) триває.", "Робітники вимагають перевиборів."]),
    ("Голосування пройшло 9.08.2020. Результати оскаржуються.",
     ["Голосування пройшло 9.08.2020.", "Результати оскаржуються."]),
    ("Явка становила 84,1 %. Спостерігачі сумніваються.", ["Явка становила 84,1 %.", "Спостерігачі сумніваються."]),
    ("Див. рис. 2 і табл. 3. Дані попередні.", ["Див. рис. 2 і табл. 3.", "Дані попередні."]),
    ("У XX ст. профспілки боролися за права. У XXI ст. боротьба триває.",
     ["У XX ст. профспілки боролися за права.", "У XXI ст. боротьба триває."]),
    ("Це сталося в XX ст. Профспілки тоді були сильні.",
     ["Це сталося в XX ст.", "Профспілки тоді були сильні."]),
    ("Проф. Іваненко та акад. Петренко підписали лист. Його опублікували.",
     ["Проф. Іваненко та акад. Петренко підписали лист.", "Його опублікували."]),
    ("Адреса: вул. Хрещатик, буд. 5, кв. 12. Прийом з 9:00.",
     ["Адреса: вул. Хрещатик, буд. 5, кв. 12.", "Прийом з 9:00."]),
    ("Організатори (у т. ч. профспілки) виступили проти. Влада відповіла арештами.",
     ["Організатори (у т. ч. профспілки) виступили проти.", "Влада відповіла арештами."]),
    ("Лідера профспілки М. Зіміна (БНП) засуджено до 25 діб арешту, а М. Середу — до 12 діб. Обидва оскаржують вирок.",
     ["Лідера профспілки М. Зіміна (БНП) засуджено до 25 діб арешту, а М. Середу — до 12 діб.",
      "Обидва оскаржують вирок."]),
    ("Він мешкає в с. Малинівка. Там немає профспілки.", ["Він мешкає в с. Малинівка.", "Там немає профспілки."]),
    ("Що далі?.. Ніхто не знає.", ["Що далі?..", "Ніхто не знає."]),
    ("Так званий «референдум» (т. зв. плебісцит) не визнано. ЄС засудив його.",
     ["Так званий «референдум» (т. зв. плебісцит) не визнано.", "ЄС засудив його."]),
    ("Про це йдеться у ч. 1 ст. 39 Конституції України. Право на мирні зібрання гарантовано.",
     ["Про це йдеться у ч. 1 ст. 39 Конституції України.", "Право на мирні зібрання гарантовано."]),
    ("Зустріч відбудеться о 15 год. 30 хв. Запрошені всі.", ["Зустріч відбудеться о 15 год. 30 хв.", "Запрошені всі."]),
    ("Він сказав: «Вибори сфальсифіковано». Це правда.", ["Він сказав: «Вибори сфальсифіковано».", "Це правда."]),
    ('Сьогодні, 17 серп. 2020 р., робітники МАЗу вийшли на страйк. До них приєдналися інші.',
     ['Сьогодні, 17 серп. 2020 р., робітники МАЗу вийшли на страйк.', 'До них приєдналися інші.']),
    ('Голова НПБ О. Ярошук заявив про підтримку. Його слова почули.',
     ['Голова НПБ О. Ярошук заявив про підтримку.', 'Його слова почули.']),
    ('Зарплата становить бл. 300 дол. на місяць. Цього мало.',
     ['Зарплата становить бл. 300 дол. на місяць.', 'Цього мало.']),
    ('Він назвав вибори «фарсом». Інші погодилися.', ['Він назвав вибори «фарсом».', 'Інші погодилися.']),
    ('Затримано: В. Іванова, С. Петренка та ін. Усі вони члени профспілки.',
     ['Затримано: В. Іванова, С. Петренка та ін.', 'Усі вони члени профспілки.']),
    ('Подія сталася в 1994 р. Тоді Лукашенко прийшов до влади.',
     ['Подія сталася в 1994 р.', 'Тоді Лукашенко прийшов до влади.']),
    ('Завод розташований у м. Жодино Мінської обл. Там працюють 10 тис. осіб.',
     ['Завод розташований у м. Жодино Мінської обл.', 'Там працюють 10 тис. осіб.']),
    ('Ми вимагаємо вільних виборів, звільнення затриманих тощо. Режим відмовив.',
     ['Ми вимагаємо вільних виборів, звільнення затриманих тощо.', 'Режим відмовив.']),
    ('Що буде далі? Це залежить від робітників.', ['Що буде далі?', 'Це залежить від робітників.']),
    ('Згідно з п. 2 ст. 5 Закону № 114-З профспілки незалежні. Влада це ігнорує.',
     ['Згідно з п. 2 ст. 5 Закону № 114-З профспілки незалежні.', 'Влада це ігнорує.']),
    ('Річка р. Дніпро тече через Київ. Вона велика.', ['Річка р. Дніпро тече через Київ.', 'Вона велика.']),
    ('Штраф — 1350 грн. Його вже сплатили.', ['Штраф — 1350 грн.', 'Його вже сплатили.']),
    ('Генсек ITUC Ш. Барроу засудила насильство. Вона закликала до діалогу.',
     ['Генсек ITUC Ш. Барроу засудила насильство.', 'Вона закликала до діалогу.']),
    ('Він закінчив КНУ ім. Т. Г. Шевченка. Потім працював на заводі.',
     ['Він закінчив КНУ ім. Т. Г. Шевченка.', 'Потім працював на заводі.']),
    ('Це було в III ст. до н. е. Тоді тут жили племена.',
     ['Це було в III ст. до н. е.', 'Тоді тут жили племена.']),
    ('Т. зв. «вибори» пройшли в серпні. Їх ніхто не визнав.',
     ['Т. зв. «вибори» пройшли в серпні.', 'Їх ніхто не визнав.']),
    ('Див. також с. 15–17. Там наведено цифри.', ['Див. також с. 15–17.', 'Там наведено цифри.']),
    ('Акція пройшла на просп. Незалежності. Затримано 50 осіб.',
     ['Акція пройшла на просп. Незалежності.', 'Затримано 50 осіб.']),
    ('Завод виробляє 10 млн т калію на рік. Це 20 % світового ринку.',
     ['Завод виробляє 10 млн т калію на рік.', 'Це 20 % світового ринку.']),
    ('Штраф склав 1,5 тис. грн. Крім того, його звільнили.',
     ['Штраф склав 1,5 тис. грн.', 'Крім того, його звільнили.']),
    ('Цитата: «Ми вимагаємо свободи. Ми вимагаємо справедливості». Так заявили робітники.',
     ['Цитата: «Ми вимагаємо свободи. Ми вимагаємо справедливості».', 'Так заявили робітники.']),
    ('Робітники (близько 5 тис.) вийшли на площу. Їх не розігнали.',
     ['Робітники (близько 5 тис.) вийшли на площу.', 'Їх не розігнали.']),
    ('Мітинг почався о 18.00. За годину прийшла міліція.',
     ['Мітинг почався о 18.00.', 'За годину прийшла міліція.']),
    ('Їх було багато… Дуже багато.', ['Їх було багато…', 'Дуже багато.']),
    ('Профспілка (тобто її керівництво) виступила проти. Рішення остаточне.',
     ['Профспілка (тобто її керівництво) виступила проти.', 'Рішення остаточне.']),
    ('Голова профспілки О. Ярошук, В. Іванов та ін. підписали звернення. Його надіслали до МОП.',
     ['Голова профспілки О. Ярошук, В. Іванов та ін. підписали звернення.', 'Його надіслали до МОП.']),
    ('Мешканці с. Колодищі підтримали страйк. Їх було небагато.',
     ['Мешканці с. Колодищі підтримали страйк.', 'Їх було небагато.']),
    ('Вона з’їла п’ять яблук. Потім пішла.', ['Вона з’їла п’ять яблук.', 'Потім пішла.']),
]

BE = [
    ("Яго асудзілі на 25 сут. арышту. М. Зімін быў арыштаваны.",
     ["Яго асудзілі на 25 сут. арышту.", "М. Зімін быў арыштаваны."]),
    ("Выбары адбыліся 9 жніўня 2020 г. Пратэсты пачаліся ў той жа вечар.",
     ["Выбары адбыліся 9 жніўня 2020 г.", "Пратэсты пачаліся ў той жа вечар."]),
    ("У 2020 г. адбыліся выбары. Пратэсты працягваліся.", ["У 2020 г. адбыліся выбары.", "Пратэсты працягваліся."]),
    ("Акцыя прайшла ў г. Мінску. Затрыманы дзясяткі людзей.",
     ["Акцыя прайшла ў г. Мінску.", "Затрыманы дзясяткі людзей."]),
    ("Гэта парушае арт. 12 Канстытуцыі і п. 3 ч. 2 арт. 6 закона. Прафсаюз падаў скаргу.",
     ["Гэта парушае арт. 12 Канстытуцыі і п. 3 ч. 2 арт. 6 закона.", "Прафсаюз падаў скаргу."]),
    ("У 1990-х гг. прафсаюзы ўмацаваліся. Потым пачаліся рэпрэсіі.",
     ["У 1990-х гг. прафсаюзы ўмацаваліся.", "Потым пачаліся рэпрэсіі."]),
    ("Рабочыя патрабуюць павышэння заробкаў, пенсій і г. д. Улады маўчаць.",
     ["Рабочыя патрабуюць павышэння заробкаў, пенсій і г. д.", "Улады маўчаць."]),
    ("Рабочыя патрабуюць павышэння заробкаў, пенсій і г.д. Улады маўчаць.",
     ["Рабочыя патрабуюць павышэння заробкаў, пенсій і г.д.", "Улады маўчаць."]),
    ("Затрыманы лідары прафсаюзаў, актывісты і інш. Іх судзяць.",
     ["Затрыманы лідары прафсаюзаў, актывісты і інш.", "Іх судзяць."]),
    ("Заробкі, г. зн. асноўны даход, упалі. Цэны выраслі.",
     ["Заробкі, г. зн. асноўны даход, упалі.", "Цэны выраслі."]),
    ("Лідар БНП М. Зімін затрыманы. Яго калега М. Серада таксама.",
     ["Лідар БНП М. Зімін затрыманы.", "Яго калега М. Серада таксама."]),
    ("А. Г. Лукашэнка абвясціў пра перамогу. Апазіцыя не згодная.",
     ["А. Г. Лукашэнка абвясціў пра перамогу.", "Апазіцыя не згодная."]),
    ("Сабралася каля 200 тыс. чалавек. Гэта рэкорд.", ["Сабралася каля 200 тыс. чалавек.", "Гэта рэкорд."]),
    ("Шкода склала 5 млн руб. Кампанія адмовілася плаціць.",
     ["Шкода склала 5 млн руб.", "Кампанія адмовілася плаціць."]),
    ("Бюджэт — 100 млн дол. ЗША. Грошы выдзелены.", ["Бюджэт — 100 млн дол. ЗША.", "Грошы выдзелены."]),
    ("Чаму маўчыць улада? Ніхто не ведае.", ["Чаму маўчыць улада?", "Ніхто не ведае."]),
    ("Далоў дыктатуру! Свабоду палітвязням!", ["Далоў дыктатуру!", "Свабоду палітвязням!"]),
    ("Людзі чакалі… Міліцыя так і не прыехала.", ["Людзі чакалі…", "Міліцыя так і не прыехала."]),
    ("«Мы не адступім», — заявіў старшыня прафсаюза. Яго затрымалі.",
     ["«Мы не адступім», — заявіў старшыня прафсаюза.", "Яго затрымалі."]),
    ("Старшыня заявіў: «Мы не адступім!» Яго затрымалі праз гадзіну.",
     ["Старшыня заявіў: «Мы не адступім!»", "Яго затрымалі праз гадзіну."]),
    ("Забастоўка на «Беларуськаліі» (г. Салігорск) працягваецца. Рабочыя патрабуюць перавыбараў.",
     ["Забастоўка на «Беларуськаліі» (г. Салігорск) працягваецца.", "Рабочыя патрабуюць перавыбараў."]),
    ("Галасаванне прайшло 9.08.2020. Вынікі абскарджваюцца.",
     ["Галасаванне прайшло 9.08.2020.", "Вынікі абскарджваюцца."]),
    ("Яўка склала 84,1 %. Назіральнікі сумняваюцца.", ["Яўка склала 84,1 %.", "Назіральнікі сумняваюцца."]),
    ("Гл. мал. 2 і табл. 3. Даныя папярэднія.", ["Гл. мал. 2 і табл. 3.", "Даныя папярэднія."]),
    ("У XX ст. прафсаюзы змагаліся за правы. У XXI ст. барацьба працягваецца.",
     ["У XX ст. прафсаюзы змагаліся за правы.", "У XXI ст. барацьба працягваецца."]),
    ("Праф. Іваноў і акад. Пятроў падпісалі ліст. Яго апублікавалі.",
     ["Праф. Іваноў і акад. Пятроў падпісалі ліст.", "Яго апублікавалі."]),
    ("Адрас: вул. Кастрычніцкая, д. 5, кв. 12. Прыём з 9:00.",
     ["Адрас: вул. Кастрычніцкая, д. 5, кв. 12.", "Прыём з 9:00."]),
    ("Лідар прафсаюза М. Зімін (БНП) асуджаны на 25 сут. арышту, а М. Серада — на 12 сут. Абодва абскарджваюць прысуд.",
     ["Лідар прафсаюза М. Зімін (БНП) асуджаны на 25 сут. арышту, а М. Серада — на 12 сут.",
      "Абодва абскарджваюць прысуд."]),
    ("Ён жыве ў в. Малінаўка. Там няма прафсаюза.", ["Ён жыве ў в. Малінаўка.", "Там няма прафсаюза."]),
    ("Што далей?.. Ніхто не ведае.", ["Што далей?..", "Ніхто не ведае."]),
    ("Аб гэтым ідзецца ў ч. 1 арт. 35 Канстытуцыі. Права на мірныя сходы гарантавана.",
     ["Аб гэтым ідзецца ў ч. 1 арт. 35 Канстытуцыі.", "Права на мірныя сходы гарантавана."]),
    ("Ён сказаў: „Годзе. Хопіць“. Потым сышоў.", ["Ён сказаў: „Годзе. Хопіць“.", "Потым сышоў."]),
    ("Падзеі адбыліся ў 2020 г., калі прайшлі выбары. Пасля пачаліся пратэсты.",
     ["Падзеі адбыліся ў 2020 г., калі прайшлі выбары.", "Пасля пачаліся пратэсты."]),
    ("Людзі чакалі... і чакалі. Ніхто не прыйшоў.", ["Людзі чакалі... і чакалі.", "Ніхто не прыйшоў."]),
    ('Сёння, 17 жн. 2020 г., рабочыя МАЗа выйшлі на забастоўку. Да іх далучыліся іншыя.',
     ['Сёння, 17 жн. 2020 г., рабочыя МАЗа выйшлі на забастоўку.', 'Да іх далучыліся іншыя.']),
    ('Старшыня БНП М. Зімін заявіў пра падтрымку. Яго словы пачулі.',
     ['Старшыня БНП М. Зімін заявіў пра падтрымку.', 'Яго словы пачулі.']),
    ('Ён назваў выбары «фарсам». Іншыя пагадзіліся.', ['Ён назваў выбары «фарсам».', 'Іншыя пагадзіліся.']),
    ('Затрыманы: В. Іваноў, С. Пятроў і інш. Усе яны сябры прафсаюза.',
     ['Затрыманы: В. Іваноў, С. Пятроў і інш.', 'Усе яны сябры прафсаюза.']),
    ('Падзея адбылася ў 1994 г. Тады Лукашэнка прыйшоў да ўлады.',
     ['Падзея адбылася ў 1994 г.', 'Тады Лукашэнка прыйшоў да ўлады.']),
    ('Завод знаходзіцца ў г. Жодзіна Мінскай вобл. Там працуюць 10 тыс. чал.',
     ['Завод знаходзіцца ў г. Жодзіна Мінскай вобл.', 'Там працуюць 10 тыс. чал.']),
    ('Што будзе далей? Гэта залежыць ад рабочых.', ['Што будзе далей?', 'Гэта залежыць ад рабочых.']),
    ('Штраф — 50 базавых велічынь (1350 руб.). Яго ўжо заплацілі.',
     ['Штраф — 50 базавых велічынь (1350 руб.).', 'Яго ўжо заплацілі.']),
    ('Згодна з п. 2 арт. 5 Закона № 114-З прафсаюзы незалежныя. Улады гэта ігнаруюць.',
     ['Згодна з п. 2 арт. 5 Закона № 114-З прафсаюзы незалежныя.', 'Улады гэта ігнаруюць.']),
    ('Рост склаў 2,5 %. У 2019 г. ён быў 3,1 %.', ['Рост склаў 2,5 %.', 'У 2019 г. ён быў 3,1 %.']),
    ('Генсек ITUC Ш. Бароў асудзіла гвалт. Яна заклікала да дыялогу.',
     ['Генсек ITUC Ш. Бароў асудзіла гвалт.', 'Яна заклікала да дыялогу.']),
    ('Закон прынялі ў 2016 г... Ніхто не заўважыў.', ['Закон прынялі ў 2016 г...', 'Ніхто не заўважыў.']),
    ('Ён скончыў БДУ імя У. І. Леніна. Потым працаваў на заводзе.',
     ['Ён скончыў БДУ імя У. І. Леніна.', 'Потым працаваў на заводзе.']),
    ('Гэта было ў III ст. да н. э. Тады тут жылі плямёны.',
     ['Гэта было ў III ст. да н. э.', 'Тады тут жылі плямёны.']),
    ('Т. зв. «выбары» прайшлі ў жніўні. Іх ніхто не прызнаў.',
     ['Т. зв. «выбары» прайшлі ў жніўні.', 'Іх ніхто не прызнаў.']),
    ('Акцыя прайшла на пр. Незалежнасці. Затрыманы 50 чал.',
     ['Акцыя прайшла на пр. Незалежнасці.', 'Затрыманы 50 чал.']),
    ('Завод выпускае 10 млн т калію ў год. Гэта 20 % сусветнага рынку.',
     ['Завод выпускае 10 млн т калію ў год.', 'Гэта 20 % сусветнага рынку.']),
    ('Штраф склаў 1,5 тыс. руб. Акрамя таго, яго звольнілі.',
     ['Штраф склаў 1,5 тыс. руб.', 'Акрамя таго, яго звольнілі.']),
    ('Цытата: «Мы патрабуем свабоды. Мы патрабуем справядлівасці». Так заявілі рабочыя.',
     ['Цытата: «Мы патрабуем свабоды. Мы патрабуем справядлівасці».', 'Так заявілі рабочыя.']),
    ('Рабочыя (каля 5 тыс.) выйшлі на плошчу. Іх не разагналі.',
     ['Рабочыя (каля 5 тыс.) выйшлі на плошчу.', 'Іх не разагналі.']),
    ('Мітынг пачаўся а 18.00. Праз гадзіну прыйшла міліцыя.',
     ['Мітынг пачаўся а 18.00.', 'Праз гадзіну прыйшла міліцыя.']),
    ('Іх было шмат… Вельмі шмат.', ['Іх было шмат…', 'Вельмі шмат.']),
    ('Старшыня прафсаюза А. Ярашук, В. Іваноў і інш. падпісалі зварот. Яго адправілі ў МАП.',
     ['Старшыня прафсаюза А. Ярашук, В. Іваноў і інш. падпісалі зварот.', 'Яго адправілі ў МАП.']),
    ('Жыхары в. Калодзішчы падтрымалі забастоўку. Іх было няшмат.',
     ['Жыхары в. Калодзішчы падтрымалі забастоўку.', 'Іх было няшмат.']),
    ('Згодна з ч. 1 арт. 35 Канстытуцыі РБ свабода сходаў гарантуецца. На практыцы гэта не так.',
     ['Згодна з ч. 1 арт. 35 Канстытуцыі РБ свабода сходаў гарантуецца.', 'На практыцы гэта не так.']),
]

DE = [
    ("Am 9. August 2020 fanden Wahlen statt. Proteste folgten.",
     ["Am 9. August 2020 fanden Wahlen statt.", "Proteste folgten."]),
    ("Die Gewerkschaft (vgl. Art. 5 GG) protestierte. Die Polizei griff ein.",
     ["Die Gewerkschaft (vgl. Art. 5 GG) protestierte.", "Die Polizei griff ein."]),
    ("Er sagte: „Wir streiken.“ Dann ging er.", ["Er sagte: „Wir streiken.“", "Dann ging er."]),
    ("Löhne, Renten usw. sanken. Es gab Streiks.", ["Löhne, Renten usw. sanken.", "Es gab Streiks."]),
    ("Dr. Müller sprach mit Prof. Schmidt. Sie einigten sich.",
     ["Dr. Müller sprach mit Prof. Schmidt.", "Sie einigten sich."]),
    ("Das betrifft z. B. Bergleute. Andere Branchen auch.",
     ["Das betrifft z. B. Bergleute.", "Andere Branchen auch."]),
    ("Es geschah im Jahr 2020. Die Proteste dauern an.", ["Es geschah im Jahr 2020.", "Die Proteste dauern an."]),
    ("Der Schaden beträgt 5 Mio. Euro. Die Firma zahlt nicht.",
     ["Der Schaden beträgt 5 Mio. Euro.", "Die Firma zahlt nicht."]),
]

FR = [
    ("M. Dupont a parlé. Mme Martin a répondu.", ["M. Dupont a parlé.", "Mme Martin a répondu."]),
    ("Le syndicat a dit : « Nous ne céderons pas. » Puis il est parti.",
     ["Le syndicat a dit : « Nous ne céderons pas. »", "Puis il est parti."]),
    ("Voir l'art. 5 de la Constitution. Le texte est clair.",
     ["Voir l'art. 5 de la Constitution.", "Le texte est clair."]),
    ("Salaires, pensions, etc. Tout a baissé.", ["Salaires, pensions, etc.", "Tout a baissé."]),
    ("Les élections ont été truquées ! Les manifestations ont suivi.",
     ["Les élections ont été truquées !", "Les manifestations ont suivi."]),
    ("Pourquoi ? Personne ne sait.", ["Pourquoi ?", "Personne ne sait."]),
]

CASES = ([("en", t, e) for t, e in EN] + [("ru", t, e) for t, e in RU] + [("uk", t, e) for t, e in UK]
         + [("be", t, e) for t, e in BE] + [("de", t, e) for t, e in DE] + [("fr", t, e) for t, e in FR])


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_sentences(lang: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [(c[0], c[1]) for c in CASES])
def test_sentences_are_the_text_exactly(lang: str, text: str) -> None:
    # Joined back with the spaces between them, the sentences are the text itself.
    sentences = split_sentences("  " + text + "\n", lang)
    assert re.sub(r"\s+", "", "".join(sentences)) == re.sub(r"\s+", "", text)
    pos = 0
    for sentence in sentences:
        pos = text.index(sentence, pos) + len(sentence)


def test_sentences_keep_text_exactly() -> None:
    text = "It *was* **bold**. And [linked](http://a.b)!  Really?"
    assert split_sentences(text, "en") == ["It *was* **bold**.", "And [linked](http://a.b)!", "Really?"]


def test_closing_emphasis_stays_with_its_sentence() -> None:
    assert split_sentences("*Start here. End here.* Last.", "en") == [
        "*Start here.", "End here.*", "Last."]


def test_abbreviation_list_does_not_swallow_real_ends() -> None:
    assert split_sentences("First para. Still first.", "en") == ["First para.", "Still first."]


def test_no_break_space_never_ends_a_sentence() -> None:
    assert split_sentences("Он ушёл.\u00a0Потом вернулся. Всё.", "ru") == ["Он ушёл.\u00a0Потом вернулся.", "Всё."]


def test_project_abbreviations_never_end_a_sentence() -> None:
    text = "They marched down Nezavisimosti Ave. Minsk was full. Police watched."
    assert split_sentences(text, "en", ["Ave."]) == [
        "They marched down Nezavisimosti Ave. Minsk was full.", "Police watched."]


def test_unclosed_quote_or_bracket_does_not_swallow_the_rest() -> None:
    assert split_sentences('He said "no. Then he left. Nobody (sic stayed.', "en") == [
        'He said "no.', "Then he left.", "Nobody (sic stayed."]


def test_language_codes_with_regions_and_languages_without_lists() -> None:
    assert split_sentences("Wages fell. Prices rose.", "en-GB") == ["Wages fell.", "Prices rose."]
    assert split_sentences("Los salarios bajaron. El Sr. Pérez habló.", "es") == [
        "Los salarios bajaron.", "El Sr. Pérez habló."]
    assert split_sentences("工人罢工了。警察来了！", "zh") == ["工人罢工了。", "警察来了！"]


def test_words_the_lists_do_not_know_go_to_the_engine() -> None:
    # A one-letter word in ru/uk/be is asked of LanguageTool's SRX rules; English short words
    # and any word of a language without lists go to sentencex.
    assert split_sentences("Это сделал я. Потом ушёл.", "ru") == ["Это сделал я.", "Потом ушёл."]
    assert split_sentences("Martin Luther King Jr. once said it. We agree.", "en") == [
        "Martin Luther King Jr. once said it.", "We agree."]


def test_empty_and_blank_text() -> None:
    assert split_sentences("", "en") == []
    assert split_sentences("   \n ", "ru") == []


def test_long_text_is_split_everywhere() -> None:
    text = " ".join(f"Workers at plant No. {n} struck on Aug. {n % 28 + 1}." for n in range(2000))
    sentences = split_sentences(text, "en")
    assert len(sentences) == 2000
    assert sentences[7] == "Workers at plant No. 7 struck on Aug. 8."


# -- blocks ------------------------------------------------------------------------------------


def test_markdown_blocks_kinds_and_spans() -> None:
    source = "# Title\n\nFirst para\ncontinues here.\n\n- item one\n- item two\n\n> quoted\n\n```\ncode. Not text.\n```\n"
    blocks = split_blocks(source)
    assert [(b.kind, b.text, b.line) for b in blocks] == [
        ("heading", "Title", 1),
        ("paragraph", "First para continues here.", 3),
        ("item", "item one", 6),
        ("item", "item two", 7),
        ("quote", "quoted", 9),
    ]
    for block in blocks:
        assert " ".join(source[block.start:block.end].split()) == block.text


def test_plain_text_blocks() -> None:
    blocks = split_blocks("One line.\nTwo line.\n\n\nThird para.\n", "txt")
    assert [(b.text, b.line) for b in blocks] == [("One line. Two line.", 1), ("Third para.", 5)]


def test_equal_table_cells_get_their_own_spans() -> None:
    source = "| Yes | Yes |\n|---|---|\n| No. | No. |\n"
    blocks = split_blocks(source)
    assert [b.kind for b in blocks] == ["cell"] * 4
    assert len({(b.start, b.end) for b in blocks}) == 4
    assert all(source[b.start:b.end] == b.text for b in blocks)


def test_escaped_pipes_in_table_cells_are_located() -> None:
    # markdown-it gives the cell "a | b" for the written "a \| b"; its span is still found.
    source = "| A \\| pipe | B |\n|---|---|\n| x. Y. | a \\| b |\n"
    blocks = split_blocks(source)
    assert [b.text for b in blocks] == ["A | pipe", "B", "x. Y.", "a | b"]
    assert [source[b.start:b.end] for b in blocks] == ["A \\| pipe", "B", "x. Y.", "a \\| b"]


def test_stray_straight_quote_does_not_pair_across_sentences() -> None:
    text = 'A 12" pipe burst. Workers fled. "We ran," one said. Done.'
    assert split_sentences(text, "en") == ['A 12" pipe burst.', "Workers fled.", '"We ran," one said.', "Done."]
    text = 'He said "no. Then she left. "Yes," she said. Done.'
    assert split_sentences(text, "en") == ['He said "no.', "Then she left.", '"Yes," she said.', "Done."]


def test_statement_document_segments() -> None:
    source = (
        "# Belarus: Stop the violence. Release the detainees!\n\n"
        "## 1. Background\n\n"
        "Mr. S. Dylevsky was detained at 5 p.m. He is still held.\n\n"
        "1. Elections were held on Aug. 9, 2020. Observers were barred.\n"
        "2. Strikes began at BelAZ, MAZ, etc. Workers demanded new elections.\n\n"
        "> “We will not stop,” said the union. “Our demands are clear.”\n\n"
        "| Company | Notes |\n|---|---|\n| Belaruskali | Strike since Aug. 17. Leaders detained. |\n\n"
        "```\ncode. Not text.\n```\n"
    )
    assert [(s.kind, s.line, s.text) for s in segment_document(source, "en")] == [
        ("heading", 1, "Belarus: Stop the violence."),
        ("heading", 1, "Release the detainees!"),
        ("heading", 3, "1. Background"),
        ("paragraph", 5, "Mr. S. Dylevsky was detained at 5 p.m."),
        ("paragraph", 5, "He is still held."),
        ("item", 7, "Elections were held on Aug. 9, 2020."),
        ("item", 7, "Observers were barred."),
        ("item", 8, "Strikes began at BelAZ, MAZ, etc."),
        ("item", 8, "Workers demanded new elections."),
        ("quote", 10, "“We will not stop,” said the union."),
        ("quote", 10, "“Our demands are clear.”"),
        ("cell", 12, "Company"),
        ("cell", 12, "Notes"),
        ("cell", 14, "Belaruskali"),
        ("cell", 14, "Strike since Aug. 17."),
        ("cell", 14, "Leaders detained."),
    ]


def test_inline_lists_split_before_each_marker_of_the_sequence() -> None:
    assert split_sentences("1) Свободные выборы 2) Освобождение задержанных", "ru") == [
        "1) Свободные выборы", "2) Освобождение задержанных"]
    assert split_sentences("a. Wages fell. Strikes began. b. Pensions fell", "en") == [
        "a. Wages fell.", "Strikes began.", "b. Pensions fell"]
    # numbers that do not continue the list are prose
    assert split_sentences("1. Wages rose by 3. 5 plants closed.", "en") == [
        "1. Wages rose by 3. 5 plants closed."]


def test_spaced_ellipsis_is_an_omission_unless_a_stop_goes_with_it() -> None:
    assert split_sentences("The regime . . . Belarus will be free.", "en") == [
        "The regime . . . Belarus will be free."]
    assert split_sentences("They were arrested. . . . The court met.", "en") == [
        "They were arrested.", ". . . The court met."]


def test_public_functions_have_working_examples() -> None:
    import doctest

    import workbench.segment as package
    from workbench.segment import blocks, lists, sentences

    for module in (package, blocks, lists, sentences):
        result = doctest.testmod(module)
        assert result.attempted > 0 and result.failed == 0, module.__name__


def test_a_pronoun_before_a_sentence_opener_is_no_abbreviation() -> None:
    # "им." is also "имени" (им. Ленина); before "Обе" it is the pronoun ending a sentence
    assert split_sentences("Они выражают сочувствие им. Обе организации выступают за демократию.",
                           "ru") == ["Они выражают сочувствие им.",
                                     "Обе организации выступают за демократию."]
    assert split_sentences("Завод им. Ленина закрыт.", "ru") == ["Завод им. Ленина закрыт."]
