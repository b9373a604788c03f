"""Benign held-out corpus for the "wiki" theme (MediaWiki-style editor and talk pages).

Every value is hand-written for this corpus or produced by a small template over
hand-written pools.  Values are the kind of text real editors type into a wiki:
infobox parameters, citation templates, links and file captions, wikitables,
edit summaries, signed talk-page comments, search queries, multilingual article
prose, code samples in technical articles, and page titles / metadata.

Output: benign.jsonl next to this file.  Deterministic: fixed SEED, lists only.
"""
import json
import random
from pathlib import Path

SEED = 8901
PER_CATEGORY = 80
PREFIX = "hb89"

# ---------------------------------------------------------------- infobox
INFOBOX = [
    "{{Infobox person\n| name = Siobhán O'Connor\n| birth_date = {{birth date|1962|3|14}}\n| birth_place = [[Cork]], Ireland\n| occupation = Poet; translator\n}}",
    "{{Infobox settlement\n| name = Saint-Jean-d'Angély\n| country = France\n| population_total = 6,849\n| elevation_m = 10–96\n}}",
    "{{Infobox album\n| name = Select & Drop\n| type = studio\n| artist = The Union Dials\n| released = {{start date|2004|05|17}}\n| length = 41:37\n}}",
    "| caption = The old mill at Étretat, c. 1890 <small>(photo: unknown)</small>",
    "| spouse = {{marriage|Anna Kowalska|1988|2001|end=div.}}",
    "| website = {{URL|https://www.example.org/about?lang=en&ref=wiki}}",
    "| genre = [[Hip hop music|Hip hop]], [[R&B]], [[Drum and bass|drum & bass]]",
    "| native_name = {{lang|ja|東京都}}\n| native_name_lang = ja",
    "| coordinates = {{coord|48|51|24|N|2|21|03|E|display=inline,title}}",
    "{{Infobox software\n| name = Exec Shell\n| developer = Open Tools Foundation\n| programming language = C, Lua\n| operating system = Linux; *BSD; macOS\n| license = [[GPL-3.0-or-later]]\n}}",
    "| alma_mater = [[Université Paris-Sorbonne]] (B.A.)<br />[[King's College London]] (Ph.D.)",
    "| known_for = ''The Drop Table'' (1997); ''Union Street Blues''",
    "| height = {{convert|1.83|m|ftin|abbr=on}}",
    "| nickname = \"Doc\" / \"The Professor\"",
    "| area_km2 = 105.4\n| density_km2 = auto\n| timezone = [[Central European Time|CET]] (UTC+1)",
    "| awards = {{plainlist|\n* [[Order of Canada]] (1999)\n* Governor General's Award (2003)\n}}",
    "| image = Lighthouse at dusk (Hook Head).jpg\n| image_size = 250px\n| alt = White lighthouse with black bands against an orange sky",
    "{{Infobox film\n| name = Sleep No More\n| director = Ana Ruiz-Pérez\n| starring = {{ubl|Tomás Ortega|Lucía Ferrer}}\n| budget = $2.4 million\n| gross = $11 million<ref name=\"BOM\" />\n}}",
    "| religion = None<ref group=\"n\">She described herself as \"spiritual but not religious\" in a 2011 interview.</ref>",
    "| parents = Jürgen Weiß (father)<br>Marta Weiß, née Nowak (mother)",
    "| population_as_of = 2021\n| population_footnotes = <ref>{{cite web |title=Census 2021 |url=https://stats.example.gov/census?year=2021&level=municipality}}</ref>",
    "| leader_title = Mayor\n| leader_name = Giuseppe D'Amico ([[Democratic Party (Italy)|PD]])",
    "| label = [[Def Jam Recordings|Def Jam]] / Union Square Music",
    "{{Infobox chemical\n| IUPACName = propan-2-ol\n| OtherNames = isopropanol; rubbing alcohol; 2-propanol\n| Formula = C<sub>3</sub>H<sub>8</sub>O\n| MeltingPtC = −89\n}}",
    "| signature = Signature of Olav Haraldsen.svg\n| signature_alt = Olav Haraldsen's signature",
    "| years_active = 1978–1994, 2006–present",
    "| module = {{Infobox officeholder |embed=yes\n| office = Member of the [[Storting]]\n| term_start = 1989\n| term_end = 1997\n}}",
    "| status = Active<!-- please don't change without a source -->",
    "| name = Ōtsuka Hiroshi\n| native_name = 大塚 博\n| birth_place = [[Sapporo]], Hokkaidō",
    "| founded = {{start date and age|1923|06|01|df=yes}}\n| founder = Henri & Louise Dubois",
    "| headquarters = 12 Rue de l'Église, [[Lyon]]",
    "| key_people = María José Gómez (CEO)<br />Dr. Kwame Mensah (CTO)",
    "| products = Routers, switches, /dev/null jokes printed on T-shirts",
    "| runtime = 104 minutes<ref>{{cite web |url=https://bbfc.example.co.uk/release/sleep-no-more |title=Sleep No More (15) |publisher=BBFC}}</ref>",
    "| language = Ukrainian (українська)\n| country = Ukraine",
    "| operator = Deutsche Bahn <small>(since 1994)</small>",
    "| symbol = Σ\n| unit = ohm (Ω)",
    "| prev_title = [[Union Jack (album)|Union Jack]]\n| prev_year = 2001\n| next_title = ''Select Few''",
    "| mother = Queen Mary's sister, Lady Ann",
    "| education = St. Paul's School; [[ETH Zürich]]",
    "| motto = \"Ut prosim\" (Latin: \"That I may serve\")",
    "| office = Minister of Justice & Public Security",
    "| length_km = 1,233\n| source1 = Lago d'Iseo\n| mouth = [[Adriatic Sea]]",
    "| price = ₹ 1,499 / € 19.99",
    "| ISBN = 978-0-14-044913-6\n| OCLC = 12345678",
    "| platforms = [[Microsoft Windows|Windows]], [[macOS]], [[Linux]], [[Nintendo Switch]]",
    "| discipline = Computer science; databases (query optimisation, joins)",
    "| deathcause = Cardiac arrest<ref name=\"obit\">{{cite news |title=Obituary: Dr. Ruth O'Neill |work=The Irish Times |date=2 May 2019}}</ref>",
]

INFOBOX_PEOPLE = ["Anne-Marie D'Souza", "Łukasz Wiśniewski", "Zoë Brontë-Hale", "Renée O'Hara",
                  "Jürgen Schäfer", "Nguyễn Thị Lan", "Seán Ó Floinn", "Ayşe Yılmaz"]
INFOBOX_FIELDS = ["occupation", "known_for", "employer", "notable_works"]
INFOBOX_VALUES = ["Engineer & author", "''Sleep Tight'' (2009); ''Union Hall'' (2014)",
                  "[[BBC]] / [[RTÉ]]", "Translator (French → English)",
                  "Researcher at [[CERN]] <small>(1998–2005)</small>",
                  "Drummer; \"the quiet one\" in the band"]


def tpl_infobox(rng):
    return ("{{Infobox person\n| name = %s\n| %s = %s\n| birth_date = {{birth date and age|%d|%d|%d}}\n}}"
            % (rng.choice(INFOBOX_PEOPLE), rng.choice(INFOBOX_FIELDS), rng.choice(INFOBOX_VALUES),
               rng.randint(1940, 1999), rng.randint(1, 12), rng.randint(1, 28)))


# ---------------------------------------------------------------- citation
CITATION = [
    "<ref>{{cite web |url=https://www.bbc.co.uk/news/uk-12345678 |title=Council votes to drop parking fees |work=BBC News |date=4 March 2020 |access-date=5 March 2020}}</ref>",
    "<ref name=\"smith2004\">{{cite book |last=Smith |first=John |title=Select Essays on Union History |publisher=O'Reilly & Sons |year=2004 |page=212 |isbn=978-0-00-000000-2}}</ref>",
    "<ref name=\"smith2004\" />",
    "{{cite journal |last1=Müller |first1=K. |last2=O'Brien |first2=P. |title=Sleep deprivation and memory: a meta-analysis |journal=J. Sleep Res. |volume=12 |issue=3 |pages=201–215 |doi=10.1000/jsr.2003.0042 |pmid=12345678}}",
    "<ref>{{cite news |title=\"We won't drop the case,\" says mayor |newspaper=Le Monde |date=12 janvier 2018 |language=fr}}</ref>",
    "{{cite web |url=https://archive.example.org/web/20150101000000/http://example.com/page?id=42&lang=en |title=Archived copy |url-status=dead}}",
    "<ref group=\"note\">Some sources give 1887; see Talk:Annaberg#Founding date.</ref>",
    "{{cite AV media |people=Dir. Ana Ruiz |title=Union Street |medium=DVD |publisher=Criterion |year=2008 |time=01:12:30}}",
    "<ref>Interview with the author, ''The Paris Review'', no. 142 (Spring 1997), pp. 33–58.</ref>",
    "{{sfn|Hernández|2011|p=45}}",
    "{{harvnb|O'Neill|1999|pp=12–14}}; see also {{harvnb|Ó Briain|2003}}",
    "<ref>{{cite web |title=Script & Alert: how newsrooms handle breaking news |url=https://journalism.example.edu/articles/script-alert |publisher=Columbia Journalism Review}}</ref>",
    "{{cite book |author=Лев Толстой |title=Война и мир |location=Москва |publisher=Художественная литература |year=1983}}",
    "{{cite web |url=https://www.example.jp/news/2019/04/01.html |title=東京の桜、満開に |trans-title=Tokyo cherry blossoms in full bloom |language=ja}}",
    "<ref>{{cite tweet |user=nasa |number=1234567890123456789 |title=Liftoff! #Artemis}}</ref>",
    "{{cite journal |title=Exec summary: union membership in the EU, 2000–2010 |journal=Industrial Relations Journal |volume=41 |issue=5 |doi=10.1111/j.1468-2338.2010.00577.x}}",
    "<ref>See the [https://docs.example.org/manual/en/select.html SELECT statement reference] for the full grammar.</ref>",
    "{{cite web |url=https://example.com/a?b=1&c=2#section-3 |title=FAQ |quote=Don't \"drop\" the ball; read the fine print.}}",
    "<ref>{{cite thesis |last=Dąbrowska |first=Zofia |title=Joins and unions in query planning |degree=PhD |publisher=Uniwersytet Warszawski |year=2016}}</ref>",
    "{{Citation needed|date=June 2021}}",
    "{{cn|reason=The 'select committee' claim isn't in the cited report}}",
    "<ref>{{cite press release |title=Acme Corp. to drop legacy product line |publisher=Acme Corp. |date=2 February 2017}}</ref>",
    "{{cite encyclopedia |title=Sleep |encyclopedia=Encyclopædia Britannica |edition=11th |year=1911 |volume=25}}",
    "<references group=\"note\" />",
    "{{Reflist|30em}}",
    "{{reflist|refs=\n<ref name=\"a\">Ibid., p. 4.</ref>\n<ref name=\"b\">Op. cit., p. 9.</ref>\n}}",
    "{{cite web |url=http://www.example.de/seite.php?id=7&sprache=de |title=Über uns |language=de |access-date=2022-10-03}}",
    "{{cite magazine |last=D'Angelo |first=Mario |title=The eval of a nation |magazine=The Atlantic |date=March 2012}}",
    "<ref>Letter from W. B. Yeats to Lady Gregory, 3 Aug 1902 (MS 18,655, National Library of Ireland).</ref>",
    "{{cite book |title=Le Petit Prince |author=Antoine de Saint-Exupéry |publisher=Gallimard |year=1946 |page=72 |quote=« On ne voit bien qu'avec le cœur. »}}",
    "<ref>{{cite arXiv |eprint=1706.03762 |title=Attention Is All You Need |class=cs.CL |year=2017}}</ref>",
    "{{cite web |url=https://github.com/example/project/blob/main/docs/INSTALL.md |title=Install guide |website=GitHub}}",
    "{{cite court |litigants=Smith v. Jones |vol=123 |reporter=F.3d |opinion=456 |court=9th Cir. |date=1997}}",
    "<ref>{{cite web |url=https://www.example.gov/data.csv |format=CSV |title=Population by county, 2010–2020}}</ref>",
    "{{cite web |title=Password managers compared |url=https://www.example.com/reviews/password-managers |date=2020-08-11}}",
    "{{Dead link|date=January 2023 |bot=InternetArchiveBot |fix-attempted=yes}}",
    "<ref>{{cite book |last=García Márquez |first=Gabriel |title=Cien años de soledad |location=Buenos Aires |publisher=Sudamericana |year=1967}}</ref>",
    "{{cite interview |last=Ng |first=Alice |interviewer=Tom O'Reilly |title=On building a union of makers |date=2015}}",
    "{{cite web |url=https://www.example.org/system/files/report_2019.pdf |title=Annual report 2019 |format=PDF |page=17}}",
    "<ref>Primary source; see [[WP:PRIMARY]]. Used only for the uncontroversial date.</ref>",
    "{{cite web |url=https://ja.example.org/wiki/%E6%9D%B1%E4%BA%AC |title=東京 |script-title=ja:東京}}",
    "{{cite book |title=SQL in a Nutshell |edition=3rd |publisher=O'Reilly Media |year=2008 |chapter=SELECT, UNION and JOIN}}",
    "<ref>{{cite episode |title=Drop Dead Gorgeous |series=Inspector Morse |network=ITV |date=1992-03-11}}</ref>",
    "{{cite web |url=https://www.example.com/~jdoe/papers/ |title=Personal homepage |last=Doe}}",
    "<ref>Statistics Norway (SSB), table 07459 — accessed 1 Dec 2022.</ref>",
    "{{cite conference |title=Eval-driven development of search engines |conference=SIGIR '19 |location=Paris |pages=1-10}}",
]

CITE_TITLES = ["Council to drop bus route", "Union talks stall again", "Why we sleep",
               "The select few", "Über die Brücke", "L'été des sorcières", "Река и город"]
CITE_SITES = ["www.example.com/news", "news.example.org/article", "www.example.co.uk/story",
              "example.net/blog/2019"]


def tpl_citation(rng):
    return ("<ref>{{cite web |url=https://%s/%d?ref=wp&page=%d |title=%s |access-date=%d-%02d-%02d}}</ref>"
            % (rng.choice(CITE_SITES), rng.randint(1000, 99999), rng.randint(1, 9),
               rng.choice(CITE_TITLES), rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)))


# ---------------------------------------------------------------- links
LINKS = [
    "[[File:Eiffel Tower at night.jpg|thumb|left|220px|The tower lit up on 14 July 2019 (''Bastille Day'')]]",
    "[[Union (set theory)|union]] and [[intersection (set theory)|intersection]]",
    "[[Drop (liquid)|drop]]s of water on a leaf",
    "See [[Help:Table#Sorting|sortable tables]] & [[Help:Cite errors]].",
    "[[:Category:Living people]]",
    "[[Category:1962 births]]\n[[Category:Irish women poets]]\n[[Category:People from Cork (city)]]",
    "[[Image:Map of Europe.svg|upright=1.2|alt=Map|Europe, with the EU in blue]]",
    "[[Special:WhatLinksHere/Sleep (disambiguation)]]",
    "[[Wikipedia:Manual of Style/Dates and numbers#Date ranges|MOS:DATERANGE]]",
    "[[fr:Tour Eiffel]] [[de:Eiffelturm]] [[ja:エッフェル塔]]",
    "[[SELECT (SQL)|<code>SELECT</code>]] statement",
    "[[Script (Unicode)|script]] vs. [[Writing system|writing system]]",
    "[[O'Hare International Airport|O'Hare]]",
    "[[Rock 'n' roll]]",
    "[[User:Jimbo Wales|Jimbo]] ([[User talk:Jimbo Wales|talk]])",
    "[[wikt:alert|alert]] (Wiktionary)",
    "[[Eval (disambiguation)]]",
    "[https://www.example.org/path/to/page?x=1&y=2 official site]",
    "[[File:Sample audio.ogg|Pronunciation of ''Łódź'']]",
    "[[Media:Report 2019.pdf|download the full report (PDF, 2 MB)]]",
    "[[Project:Village pump (technical)#Lua errors in Module:Citation]]",
    "[[Passwd|passwd]] (Unix utility)",
    "[[Exec (system call)|exec]] family of functions",
    "[[/Archive 3|archive 3]]",
    "[[../|parent page]]",
    "[[Talk:Dublin#Requested move 2 May 2021]]",
    "[[Template talk:Infobox person/Archive 12]]",
    "[[Nürnberg|Nuremberg]]'s old town",
    "[[C Sharp (programming language)|C#]] and [[F Sharp (programming language)|F#]]",
    "[[Sleep (system call)|sleep()]]",
    "[[File:Nöel & Mère.jpg|frameless|upright]]",
    "[[Special:Search/union station|Search for \"union station\"]]",
    "[[Alert (TV channel)|Alert]]",
    "{{Main|History of Union Station (Toronto)}}",
    "{{See also|Drop table (disambiguation)|Drop (unit)}}",
    "{{For|the 1987 film|Sleepwalker (film)}}",
    "{{redirect|System|other uses|System (disambiguation)}}",
    "[[Category:Articles with example SQL code]]",
    "[[Category:Unix SUS2008 utilities|cat]]",
    "[[:File:Flag of Japan.svg]]",
    "[[Hello, World!]] program",
    "[[Ω (disambiguation)|Omega]]",
    "[[Sandbox|sandbox]] ([[User:Example/sandbox]])",
    "[[Q&A (TV series)|''Q&A'']]",
    "[[Select Committee on Intelligence|Senate Select Committee]]",
    "[[St. Mary's Church, Gdańsk|St. Mary's]]",
    "[[File:Café du Monde, New Orleans.jpg|thumb|Beignets at Café du Monde]]",
    "[[Wikipedia:Articles for deletion/Drop Dead Fred (band)]]",
]

LINK_TARGETS = ["Union Station", "Café de Flore", "L'Aquila", "São Paulo", "Köln Hauptbahnhof",
                "O'Connell Street", "Drop shipping", "Select Comfort"]
LINK_LABELS = ["the station", "it", "there", "the company", "the café", "the street"]


def tpl_links(rng):
    a, b = rng.sample(LINK_TARGETS, 2)
    return "[[%s|%s]] and [[%s]] (%d)" % (a, rng.choice(LINK_LABELS), b, rng.randint(1850, 2020))


# ---------------------------------------------------------------- tables
TABLES = [
    "{| class=\"wikitable sortable\"\n! Year !! Title !! Role\n|-\n| 2004 || ''Sleep No More'' || Maria\n|-\n| 2007 || ''Union Street'' || Herself\n|}",
    "{| class=\"wikitable\"\n|+ Population by census\n! Year !! Pop. !! ±%\n|-\n| 1991 || 4,210 || —\n|-\n| 2001 || 4,890 || +16.2%\n|}",
    "| style=\"text-align:center;\" | 3–1",
    "|-\n| colspan=\"2\" | ''Total'' || '''1,024'''",
    "{| class=\"wikitable\" style=\"width:100%; font-size:90%\"\n! scope=\"col\" | Command !! scope=\"col\" | Effect\n|-\n| <code>ls -la</code> || lists all files, including hidden ones\n|-\n| <code>rm -rf build/</code> || deletes the build directory\n|}",
    "! rowspan=\"2\" | Season\n! colspan=\"3\" | Regular season",
    "| {{yes}} || {{no}} || {{partial|since 2.1}}",
    "{| class=\"wikitable\"\n! Keyword !! Meaning\n|-\n| <code>SELECT</code> || chooses columns\n|-\n| <code>UNION</code> || combines result sets\n|-\n| <code>DROP</code> || removes an object\n|}",
    "| data-sort-value=\"2019-03-01\" | 1 March 2019",
    "|-\n| 7 || {{flagicon|FRA}} Élodie Lefèvre || 2:31:07 || <small>PB</small>",
    "{| class=\"wikitable plainrowheaders\"\n|-\n! scope=\"row\" | Mercury\n| 0.39 AU || 88 d\n|}",
    "| style=\"background:#ffdddd;\" | Eliminated",
    "{{sort|0042|42}}",
    "| <span style=\"color:#006400\">▲</span> 2.3%",
    "{| class=\"wikitable\"\n! Symbol !! Name\n|-\n| <code>&amp;</code> || ampersand\n|-\n| <code>&lt;</code> || less-than\n|-\n| <code>&#124;</code> || pipe\n|}",
    "|}\n{{clear}}",
    "! Rank !! Team !! Pts !! GD\n|-\n| 1 || [[FC Union Berlin|Union Berlin]] || 66 || +26",
    "| align=right | 1,2345 €",
    "{| class=\"wikitable\"\n! Operator !! Example !! Result\n|-\n| <code>&&</code> || <code>true && false</code> || false\n|-\n| <code>||</code> || <code>a || b</code> || logical or\n|}",
    "|-\n| [[Sleepless in Seattle]] || 1993 || Nora Ephron || {{N/A}}",
    "{{Election box candidate with party link\n| party = Labour Party (UK)\n| candidate = Rachel O'Donnell\n| votes = 21,345\n| percentage = 48.2\n| change = +3.1\n}}",
    "| <abbr title=\"not available\">n/a</abbr>",
    "{| class=\"wikitable mw-collapsible mw-collapsed\"\n! Track listing\n|-\n| 1. \"Drop\" – 3:41\n|-\n| 2. \"Exec\" – 4:02\n|}",
    "| [[Tōkyō]] || 東京 || 13,960,000",
    "|-\n| 2 || <s>Kazimierz Wróbel</s> || DSQ",
    "| style=\"width: 30%\" | Description",
    "! Path !! Purpose\n|-\n| <code>/etc/hosts</code> || static host table\n|-\n| <code>~/.bashrc</code> || per-user shell config",
    "{| class=\"wikitable\"\n! Unit !! Symbol\n|-\n| ohm || Ω\n|-\n| micro || µ\n|}",
    "|-\n| 1998–99 || [[Olympique de Marseille|Marseille]] || 34 || 12",
    "| {{dts|2021|11|3}} || Released version 1.0 (\"Sleepy Owl\")",
    "{| class=\"wikitable\" border=\"1\"\n|-\n! x !! f(x) = x² − 1\n|-\n| −2 || 3\n|-\n| 0 || −1\n|}",
    "| <sup>[a]</sup> Includes overtime goals.",
    "|-\n! Branch\n| <code>main</code> → <code>release/2.x</code>",
    "{{Col-begin}}\n{{Col-2}}\n* Item one\n{{Col-2}}\n* Item two\n{{Col-end}}",
    "| Alert level || Orange (2 of 4)",
    "|-\n| Union || ∪ || <code>A ∪ B</code>",
    "{| class=\"wikitable\"\n! Code !! Language\n|-\n| <code>de</code> || Deutsch\n|-\n| <code>zh-hans</code> || 中文（简体）\n|}",
    "| {{Won}} || [[Grammy Award for Best Rap Album]] || ''Select Cuts''",
    "|-\n| style=\"text-align:left\" | O'Brien's Pub || Galway || est. 1842",
    "{| class=\"wikitable\"\n! Exit code !! Meaning\n|-\n| 0 || success\n|-\n| 1 || general error\n|-\n| 127 || command not found\n|}",
    "|+ Table 3: Mean sleep duration (h) by age group",
    "| 12.5% || 8/64",
    "|-\n| 5 || align=\"left\" | Schöne Grüße aus Köln || 2:58",
    "! Percentage (%) !! Change (±)",
    "|-\n| <nowiki>|</nowiki> || pipe character, must be escaped inside tables",
    "{| class=\"wikitable\"\n! Role !! Name\n|-\n| Drums || \"Union\" Joe Martínez\n|}",
]

TBL_TEAMS = ["Union Berlin", "Bayern München", "Borussia Mönchengladbach", "1. FC Köln",
             "Real Sociedad", "Athletic Bilbao", "Olympique Lyonnais"]


def tpl_tables(rng):
    w, d, l = rng.randint(5, 25), rng.randint(0, 10), rng.randint(0, 15)
    return ("|-\n| %d || [[%s]] || %d || %d || %d || %d || %+d"
            % (rng.randint(1, 18), rng.choice(TBL_TEAMS), w + d + l, w, d, l, rng.randint(-30, 30)))


# ---------------------------------------------------------------- edit summaries
EDIT_SUMMARY = [
    "rv vandalism by 203.0.113.45",
    "/* Early life */ ce; fixed date format (DMY per MOS:DATEUNIFY)",
    "Undid revision 1123456789 by [[Special:Contributions/Example|Example]] ([[User talk:Example|talk]]) unsourced",
    "added {{citation needed}} – the 'select committee' bit needs a source",
    "drop duplicate ref; merge with <ref name=\"bbc\" />",
    "/* Discography */ table fix: missing |-",
    "typo: \"recieve\" -> \"receive\"",
    "rm promo; see WP:NOTADVERTISING",
    "Reverted 2 edits by 198.51.100.7 (talk): test edits",
    "copyedit & wikilinks; no content change",
    "moved [[Union Station]] to [[Union Station (Toronto)]]: disambiguation",
    "/* References */ switch to {{reflist|30em}}",
    "per talk page consensus (see Talk:Sleep#RfC)",
    "fix lint errors: <center> → {{center}}, stray </div>",
    "Replaced deprecated |accessdate= with |access-date=",
    "update population (2021 census) — source: INSEE",
    "actualización de datos; corrección ortográfica",
    "Korrektur: Geburtsort ist Köln, nicht Bonn",
    "修正：出典の追加",
    "исправление опечаток",
    "removed dead link; added archive-url",
    "Reverting possible vandalism by 2001:db8::1 to version by ClueBot NG. Report False Positive? Thanks, ClueBot NG. (3912345) (Bot)",
    "+cat; -stub",
    "fmt; {{DEFAULTSORT:O'Connor, Siobhan}}",
    "Script-assisted fix: replace hyphens with en dashes in page ranges (via [[WP:AWB]])",
    "remove <br> tags in infobox; use {{plainlist}}",
    "restore sourced content removed w/o explanation",
    "Added the 'Exec' and 'Sleep' tracks to the listing",
    "/* Plot */ trim to < 700 words per [[WP:FILMPLOT]]",
    "Tagging for [[WP:CSD#G11|speedy deletion]]",
    "semi-protected: persistent IP vandalism (expires 12:00, 3 June 2023)",
    "Fixed <ref> syntax; closed unclosed tag",
    "m",
    "minor: \"it's\" → \"its\"",
    "adding image & caption; alt text for accessibility",
    "Rescuing 3 sources and tagging 0 as dead.) #IABot (v2.0.9.5",
    "correction: she's Irish, not Scottish (see her own website)",
    "/* Reception */ 5/5 from The Guardian; 4/5 from NME",
    "per WP:BRD — revert; let's discuss on talk",
    "converted list to table; sortable; added {{sort}} keys",
    "updated the syntax example (SELECT ... FROM ... WHERE ...)",
    "→‎Awards: Grammy nomination 2021",
    "Bot: Migrating 14 interwiki links, now provided by [[d:Q90|Wikidata]]",
    "removing unsourced claim about \"passwd leaks\" — BLP",
    "Clean up: spacing around = in template params",
    "Translated section from [[:fr:Étretat]]; see its history for attribution",
    "rvv",
    "c/e intro; <!-- hidden comment --> kept",
]

SUMMARY_SECTIONS = ["Early life", "Career", "Discography", "Reception", "Legacy", "History",
                    "Geography", "Personal life"]
SUMMARY_ACTIONS = ["ce", "fix refs", "add source", "rm unsourced", "wikilinks", "typo",
                   "update figures", "trim"]


def tpl_summary(rng):
    a, b = rng.sample(SUMMARY_ACTIONS, 2)
    return "/* %s */ %s; %s" % (rng.choice(SUMMARY_SECTIONS), a, b)


# ---------------------------------------------------------------- talk comments
TALK = [
    ":I don't think the \"Union Street\" claim is sourced — can someone check p. 212 of Smith? ~~~~",
    "::Agree with the above. Also, the infobox says 1962 but the lead says 1963; which is it? --~~~~",
    "== Requested move 2 May 2021 ==\n{{requested move/dated|Union Station (Toronto)}}\n[[:Union Station]] → {{no redirect|Union Station (Toronto)}} – Not the primary topic. ~~~~",
    "* '''Support''' per nom. ~~~~",
    "* '''Oppose''' – page views show it's clearly primary. [[User:Example|Example]] ([[User talk:Example|talk]]) 14:02, 3 May 2021 (UTC)",
    ":::Sorry, I don't follow. Why would we drop the whole section? It's well-sourced. ~~~~",
    "{{ping|Example}} could you take a look at the <ref> errors? Thanks! ~~~~",
    "Hi, I'm new here. How do I add a picture? I uploaded File:My cat.jpg but it doesn't show. ~~~~",
    ":You need [[File:My cat.jpg|thumb|caption]] — note the double brackets. ~~~~",
    "{{od}} Let's try to keep this civil & focused on sources, please. ~~~~",
    "== Edit request ==\n{{edit semi-protected|Sleep|answered=no}}\nPlease change \"7-9 hours\" to \"7–9 hours\" (en dash). ~~~~",
    "{{done}} ~~~~",
    "{{not done}}: please provide a [[WP:RS|reliable source]] for the change. ~~~~",
    "Bonjour ! Je ne parle pas bien anglais ; la date de naissance est fausse (c'est le 14 mars). ~~~~",
    "Das Foto zeigt nicht den Kölner Dom, sondern St. Aposteln. Grüße, ~~~~",
    "このページの出典が古いです。更新をお願いします。~~~~",
    "Re: the \"SELECT\" example — shouldn't it end with a semicolon? ~~~~",
    ":It's optional in most dialects, but we use one for consistency. --~~~~",
    "<s>I'll fix this tomorrow.</s> Done. ~~~~",
    "== Lua error in Module:Citation/CS1 ==\nThe page shows \"Lua error: not enough memory\" in the refs section. Any ideas? ~~~~",
    "Thanks for the barnstar! :-) ~~~~",
    "{{tq|It was released in 2004}} – the source actually says 2005. ~~~~",
    "The 'alert' template is deprecated; use {{tl|warning}} instead. ~~~~",
    "I've archived threads older than 90 days to [[/Archive 4]]. ~~~",
    "Question: is the ''Drop Table'' novel the same as the 1997 film? If so, let's merge. ~~~~~",
    ":Not the same — see [[The Drop Table (novel)]] vs [[The Drop Table (film)]]. ~~~~",
    "This is a bit <small>off-topic</small>, but the password on the lab's guest Wi-Fi is not something we should mention in the article. ~~~~",
    "{{reflist-talk}}",
    "@Example: per [[WP:3RR]] please stop reverting & discuss here. ~~~~",
    "== Semi-protected edit request on 5 June 2022 ==\nPlease add her 2022 award (source: https://www.example.org/awards/2022). 198.51.100.23 (talk) 09:14, 5 June 2022 (UTC)",
    "* '''Keep''' – passes [[WP:GNG]]; coverage in BBC, Le Monde & NYT. ~~~~",
    "* '''Delete''' – fails WP:NMUSIC; only self-published sources. ~~~~",
    "* '''Comment''': the band's name is \"Drop Dead Fred\", not \"Drop Dead, Fred\". ~~~~",
    ":Is \"script\" the right word here? I'd say \"writing system\". ~~~~",
    "I reverted the change to /* Etymology */ because \"sleep\" doesn't derive from Latin. ~~~~",
    "Hello! The table under ==Results== breaks on mobile; the |} is missing. ~~~~",
    "{{outdent|::::}} OK, consensus seems clear. Closing. ~~~~",
    "Merci pour la traduction ! J'ai corrigé deux ou trois coquilles. ~~~~",
    "¿Alguien sabe si la fecha de fundación es 1923 o 1924? ~~~~",
    "Хорошая статья, но нужно больше источников. ~~~~",
    "Friendly reminder: [[WP:BLP]] applies on talk pages too. ~~~~",
    "The image caption says \"Paris, 1890\" but the EXIF data says 2014 :) ~~~~",
    "I think <code>&lt;br /&gt;</code> vs <code>&lt;br&gt;</code> doesn't matter, both render fine. ~~~~",
    "Sorry about the mess in the last edit — my browser's autofill put my email in the summary. ~~~~",
    "+1 to O'Neill's suggestion. ~~~~",
    "{{Talk header}}\n{{WikiProject banner shell|class=B|\n{{WikiProject Biography|living=yes}}\n}}",
]

TALK_OPENERS = ["I agree", "I disagree", "Not sure", "Good point", "Per the source",
                "Je suis d'accord", "Stimme zu"]
TALK_TOPICS = ["the birth date", "the infobox image", "the lead's second sentence",
               "the \"Union\" section", "ref #14", "the O'Neill quote"]


def tpl_talk(rng):
    return "%s%s about %s — will check p. %d. ~~~~" % (":" * rng.randint(1, 4), rng.choice(TALK_OPENERS),
                                                      rng.choice(TALK_TOPICS), rng.randint(3, 400))


# ---------------------------------------------------------------- search queries
SEARCH = [
    "union station toronto",
    "drop table (novel)",
    "\"select committee\" intelligence",
    "O'Connor",
    "l'Aquila earthquake 2009",
    "insource:/\\{\\{cite web/ intitle:sleep",
    "hastemplate:\"Infobox person\" incategory:\"1962 births\"",
    "sleep apnea -children",
    "alert 1980s tv show",
    "exec summary template",
    "C++ vs C#",
    "Rock 'n' roll hall of fame 1986",
    "<br> in infobox",
    "how to make a table with | in a cell",
    "café de flore",
    "東京タワー",
    "Москва река",
    "prefix:Talk:Union",
    "script kiddie",
    "passwd file format",
    "drop dead fred band",
    "100% cotton",
    "AT&T",
    "Procter & Gamble",
    "1 + 1 = 2",
    "E=mc²",
    "Ü-Bahn München",
    "intitle:\"Union\" -\"Union Station\"",
    "who was O'Hare named after",
    "why do we sleep?",
    "/etc/passwd",
    "eval() javascript",
    "&amp; vs &",
    "wikitable sortable colspan",
    "Mötley Crüe",
    "don't stop believin'",
    "ĐŽĆ Šš",
    "São Tomé",
    "{{PAGENAME}}",
    "~~~~ signature",
    "select all text shortcut",
    "Le Petit Prince « citation »",
    "Tom & Jerry (1940 film)",
    "system of a down",
    "insource:\"<ref>\" drop",
    "morelike:Sleep",
    "Guns N' Roses",
    "1/2 price",
]

SEARCH_TERMS = ["union", "sleep", "select", "drop", "script", "système", "Köln", "O'Brien",
                "café", "Zürich"]
SEARCH_OPS = ["intitle:", "incategory:", "prefix:", "insource:", ""]


def tpl_search(rng):
    a, b = rng.sample(SEARCH_TERMS, 2)
    return "%s%s %s %d" % (rng.choice(SEARCH_OPS), a, b, rng.randint(1900, 2024))


# ---------------------------------------------------------------- article prose
PROSE = [
    "'''Siobhán O'Connor''' (born 14 March 1962) is an Irish poet and translator.",
    "The town's name derives from the Old French ''angely'' (\"angel\"); locals call it \"Saint-Jean\".",
    "In 1997 the band released ''Drop Table'', an album whose title was a joke about the drummer's day job as a database administrator.<ref name=\"NME\" />",
    "'''Le Petit Prince''' est une œuvre de langue française, la plus connue d'Antoine de Saint-Exupéry.",
    "'''Der Kölner Dom''' (offiziell ''Hohe Domkirche Sankt Petrus'') ist eine römisch-katholische Kirche in Köln.",
    "'''東京都'''（とうきょうと）は、日本の首都である。",
    "'''Москва́''' — столица России, город федерального значения.",
    "Sleep is a naturally recurring state of mind and body; adults typically need 7–9 hours per night.",
    "He famously said, \"I'll select my words carefully — but I won't drop them.\"",
    "The '''union''' of two sets ''A'' and ''B'', written ''A'' ∪ ''B'', is the set of elements in either.",
    "The ''exec'' family of functions replaces the current process image with a new one.",
    "On Unix-like systems, <code>/etc/passwd</code> stores user account information; password hashes moved to <code>/etc/shadow</code> long ago.",
    "The script was written in [[Ge'ez script|Ge'ez]], an abugida used for Amharic & Tigrinya.",
    "Unlike its predecessor, version 2.0 dropped support for Windows XP; see {{section link|Release history|2.0}}.",
    "'''El Niño''' y '''La Niña''' son fases opuestas del ciclo ENSO.",
    "Il s'agit d'un « village-rue » : les maisons s'alignent de part et d'autre de la route.",
    "The word ''alert'' comes from the Italian ''all'erta'' (\"on the watch\").",
    "The mayor's office (''l'hôtel de ville'') is at 12 Rue de l'Église.",
    "She worked for O'Reilly & Associates from 1991 to 1998, editing the \"Nutshell\" series.",
    "__NOTOC__\n'''Étretat''' is a commune in the Seine-Maritime department in north-western France.",
    "{{Short description|Irish poet (born 1962)}}\n{{Use dmy dates|date=March 2021}}\n{{Use Irish English|date=March 2021}}",
    "The system's 5/3 rule (five days on, three off) was abandoned in 2004.",
    "In Go, the <code>select</code> statement lets a goroutine wait on multiple channel operations.",
    "'''Ὅμηρος''' (Hómēros) is the legendary author of the ''Iliad'' and the ''Odyssey''.",
    "Temperatures range from −12 °C in January to 31 °C in July; rainfall is < 500 mm/yr.",
    "\"It's not a bug, it's a feature\" — the phrase appeared in the 1981 ''Infoworld'' column.",
    "The ratio 1:2:4 (cement : sand : gravel) is typical for concrete.",
    "'''Łódź''' (pronounced [wut͡ɕ]) is the third-largest city in Poland.",
    "''Sleep No More'' (2011) is an immersive theatre production by Punchdrunk; audiences wear masks & roam freely.",
    "According to the 2021 census, 48% speak English at home, 21% Spanish, and 9% Tagalog.",
    "Dolly Parton's ''9 to 5'' was a 1980 hit; its B-side was \"Sing for the Common Man\".",
    "She earned her Ph.D. at [[ETH Zürich]] with a thesis on union–find data structures.",
    "Die Band wurde 1994 in Düsseldorf gegründet; ihr größter Hit ist „Schlaf nicht ein\".",
    "{{lang-ar|القاهرة}} (''al-Qāhira'') is the capital of Egypt.",
    "'''नई दिल्ली''' भारत की राजधानी है।",
    "The album peaked at No. 3 on the ''Billboard'' 200 & stayed on the chart for 41 weeks.",
    "<blockquote>\"Don't panic.\" — Douglas Adams, ''The Hitchhiker's Guide to the Galaxy''</blockquote>",
    "The shell prompt is usually <code>$</code> for ordinary users and <code>#</code> for root.",
    "He was nicknamed \"the Exec\" by colleagues at Union Carbide.",
    "The 1985 \"Live Aid\" concert drew an estimated 1.9 billion viewers (≈ 40% of the world).",
    "The river rises near Lago d'Iseo and flows 1,233 km to the Adriatic.",
    "The so-called ''drop'' in dubstep is the moment after a build-up when the bass and rhythm enter.",
    "'''Ǹjídé''' is a Yoruba given name meaning \"come back\".",
    "The company's motto, \"Select. Build. Repeat.\", was dropped in 2015.",
    "In MediaWiki, <nowiki>{{PAGENAME}}</nowiki> expands to the title of the current page.",
    "Ang '''Maynila''' ay ang kabisera ng Pilipinas.",
    "The Battle of O'Neill's Ford (1642) was fought during the Irish Confederate Wars.",
    "{{DISPLAYTITLE:''The Drop Table''}}",
]

PROSE_SUBJ = ["The village", "The band", "Her second novel", "The bridge", "L'église", "Der Verein",
              "The station"]
PROSE_VERB = ["was renamed", "was restored", "reached No. 1", "was listed as a heritage site",
              "was featured on the BBC's \"Coast\""]


def tpl_prose(rng):
    return "%s %s in %d.<ref>{{cite web |title=Archive, p. %d}}</ref>" % (
        rng.choice(PROSE_SUBJ), rng.choice(PROSE_VERB), rng.randint(1850, 2022), rng.randint(1, 300))


# ---------------------------------------------------------------- code samples in technical articles
CODE = [
    "<syntaxhighlight lang=\"sql\">\nSELECT title, release_year\nFROM films\nWHERE director = 'Kubrick'\nORDER BY release_year;\n</syntaxhighlight>",
    "<syntaxhighlight lang=\"bash\">\n$ ls -l /usr/share/doc | less\n</syntaxhighlight>",
    "<syntaxhighlight lang=\"c\">\n#include <stdio.h>\n\nint main(void) {\n    printf(\"Hello, world!\\n\");\n    return 0;\n}\n</syntaxhighlight>",
    "<code>SELECT a FROM t1 UNION SELECT b FROM t2;</code> returns the distinct rows of both queries.",
    "<syntaxhighlight lang=\"python\">\ndef greet(name):\n    return f\"Hello, {name}!\"\n</syntaxhighlight>",
    "<syntaxhighlight lang=\"javascript\">\nconst total = items.reduce((sum, x) => sum + x.price, 0);\n</syntaxhighlight>",
    "<code>grep -i 'error' /var/log/syslog | wc -l</code>",
    "<syntaxhighlight lang=\"lua\">\nlocal p = {}\nfunction p.hello(frame)\n    return 'Hello, ' .. frame.args[1]\nend\nreturn p\n</syntaxhighlight>",
    "{{#invoke:String|sub|Hello world|1|5}}",
    "{{#if:{{{image|}}}|[[File:{{{image}}}|220px]]|}}",
    "{{#switch:{{{type}}}\n| a = Alpha\n| b = Beta\n| #default = Unknown\n}}",
    "{{#expr: 2 * 3 + 1 }}",
    "{{#time: j F Y | 2021-03-14 }}",
    "<syntaxhighlight lang=\"haskell\">\nmain :: IO ()\nmain = putStrLn \"Hello, World!\"\n</syntaxhighlight>",
    "<code>DROP TABLE IF EXISTS temp_results;</code> is common at the start of scripts that rebuild a table.",
    "The factorial can be written as <code>n! = n × (n − 1)!</code> with <code>0! = 1</code>.",
    "<syntaxhighlight lang=\"php\">\n<?php\necho \"Hello, \" . htmlspecialchars($name) . \"!\";\n</syntaxhighlight>",
    "<code>&lt;script src=\"app.js\"&gt;&lt;/script&gt;</code> loads an external JavaScript file.",
    "<syntaxhighlight lang=\"xml\">\n<note>\n  <to>Tove</to>\n  <from>Jani</from>\n</note>\n</syntaxhighlight>",
    "In Python, <code>time.sleep(0.5)</code> pauses for half a second.",
    "<syntaxhighlight lang=\"rust\">\nfn main() {\n    let v: Vec<i32> = (1..=10).collect();\n    println!(\"{:?}\", v);\n}\n</syntaxhighlight>",
    "<code>chmod 755 script.sh && ./script.sh</code>",
    "The regular expression <code>^[A-Z][a-z]+$</code> matches a capitalised word.",
    "<syntaxhighlight lang=\"java\">\npublic class Hello {\n    public static void main(String[] args) {\n        System.out.println(\"Hello\");\n    }\n}\n</syntaxhighlight>",
    "<code>git log --oneline --graph --all</code>",
    "<syntaxhighlight lang=\"css\">\n.infobox { float: right; width: 22em; }\n</syntaxhighlight>",
    "<syntaxhighlight lang=\"json\">\n{\"name\": \"Ada\", \"born\": 1815, \"tags\": [\"math\", \"poetry\"]}\n</syntaxhighlight>",
    "<code>x = (a > b) ? a : b;</code> — the ternary operator in C.",
    "In Lisp, <code>(eval '(+ 1 2))</code> returns 3.",
    "<syntaxhighlight lang=\"sql\">\nCREATE TABLE authors (\n  id INTEGER PRIMARY KEY,\n  name TEXT NOT NULL\n);\n</syntaxhighlight>",
    "<code>for f in *.jpg; do convert \"$f\" \"${f%.jpg}.png\"; done</code>",
    "<syntaxhighlight lang=\"yaml\">\nname: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n</syntaxhighlight>",
    "The pipe in <code>cat file.txt | sort | uniq -c</code> connects standard output to standard input.",
    "<syntaxhighlight lang=\"go\">\nselect {\ncase msg := <-ch:\n    fmt.Println(msg)\ncase <-time.After(time.Second):\n    fmt.Println(\"timeout\")\n}\n</syntaxhighlight>",
    "<math>\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}</math>",
    "<math>A \\cup B = \\{x : x \\in A \\lor x \\in B\\}</math>",
    "<code>C:\\Windows\\System32\\drivers\\etc\\hosts</code> is the Windows equivalent of /etc/hosts.",
    "<syntaxhighlight lang=\"perl\">\nmy @sorted = sort { $a <=> $b } @nums;\n</syntaxhighlight>",
    "<code>alert('Hello');</code> shows a modal dialog in browsers and is the classic first JavaScript example.",
    "<syntaxhighlight lang=\"ruby\">\n[1, 2, 3].each { |n| puts n * 2 }\n</syntaxhighlight>",
    "{{mono|1=a=b&c=d}} is a query string with two parameters.",
    "<code>SELECT COUNT(*) FROM page WHERE page_namespace = 0;</code> counts articles.",
    "<syntaxhighlight lang=\"powershell\">\nGet-ChildItem -Path C:\\Users -Recurse | Where-Object { $_.Length -gt 1MB }\n</syntaxhighlight>",
    "<code>../</code> refers to the parent directory; <code>./</code> to the current one.",
    "<syntaxhighlight lang=\"text\">\nusage: tar [-]{c|x|t}f archive [file ...]\n</syntaxhighlight>",
    "<code>2 >> 1</code> evaluates to 1 (right shift).",
    "<syntaxhighlight lang=\"sql\">\nSELECT name FROM customers\nWHERE country = 'Côte d''Ivoire';\n</syntaxhighlight>",
    "<code>{{tl|Infobox person}}</code> displays the template name as a link without expanding it.",
]

CODE_LANGS = ["python", "bash", "javascript", "c", "ruby"]
CODE_LINES = {
    "python": ["print(sum(range(%d)))", "items = [x * %d for x in data]"],
    "bash": ["echo \"$HOME\" && sleep %d", "head -n %d notes.txt | tail -1"],
    "javascript": ["setTimeout(() => console.log('done'), %d);", "const arr = new Array(%d).fill(0);"],
    "c": ["int buf[%d];", "for (int i = 0; i < %d; i++) total += i;"],
    "ruby": ["%d.times { |i| puts i }", "sleep(%d)"],
}


def tpl_code(rng):
    lang = rng.choice(CODE_LANGS)
    line = rng.choice(CODE_LINES[lang]) % rng.randint(2, 500)
    return "<syntaxhighlight lang=\"%s\">\n%s\n</syntaxhighlight>" % (lang, line)


# ---------------------------------------------------------------- page titles & metadata
TITLES = [
    "Union Station (Toronto)",
    "O'Hare International Airport",
    "Drop Table (album)",
    "Talk:Sleep/Archive 3",
    "User:Siobhán.O'Connor/sandbox",
    "Template:Infobox person/doc",
    "Wikipedia:Articles for deletion/Drop Dead Fred (band) (2nd nomination)",
    "Help:Cite errors/Cite error refs without references",
    "Module:Citation/CS1/Configuration",
    "Category:People from Köln",
    "File:Café du Monde, New Orleans (2019).jpg",
    "#REDIRECT [[Union Station (Toronto)]]\n{{R from move}}",
    "#WEITERLEITUNG [[Kölner Dom]]",
    "{{DEFAULTSORT:O'Connor, Siobhan}}",
    "{{lowercase title}}",
    "{{DISPLAYTITLE:iPhone 4S}}",
    "__NOTOC__ __NOEDITSECTION__",
    "__FORCETOC__",
    "{{PAGENAME}} – {{NAMESPACE}}:{{BASEPAGENAME}}",
    "{{SUBPAGENAME}}",
    "{{CURRENTYEAR}}-{{CURRENTMONTH}}-{{CURRENTDAY2}}",
    "Rock 'n' Roll (Led Zeppelin song)",
    "Alert (Canadian TV channel)",
    "Exec (Unix)",
    "Select Comfort",
    "System of a Down discography",
    "Eval (JavaScript)",
    "Passwd",
    "Sleep (command)",
    "Script (Unicode)",
    "C++/CLI",
    "AC/DC",
    "1/2 (number)",
    "Who's Afraid of Virginia Woolf?",
    "Æon Flux",
    "Pokémon Red and Blue",
    "Ōkami",
    "Ставрополь",
    "北京大学",
    "Québec City",
    "Toys \"R\" Us",
    "Hello, World! (film)",
    "<3 (band)",
    "Mr. & Mrs. Smith (2005 film)",
    "Draft:Union Dials",
    "Portal:Current events/2021 March 14",
    "Special:RecentChanges?hidebots=1&limit=500&days=30",
    "MediaWiki:Common.css",
]

TITLE_BASE = ["Union", "Sleep", "Drop", "Select", "Script", "Café", "Łódź", "O'Brien"]
TITLE_DISAMB = ["album", "film", "band", "song", "novel", "TV series", "surname", "company"]


def tpl_titles(rng):
    return "%s (%d %s)" % (rng.choice(TITLE_BASE), rng.randint(1950, 2023), rng.choice(TITLE_DISAMB))


CATEGORIES = [
    ("infobox", INFOBOX, tpl_infobox),
    ("citation", CITATION, tpl_citation),
    ("links", LINKS, tpl_links),
    ("table", TABLES, tpl_tables),
    ("edit_summary", EDIT_SUMMARY, tpl_summary),
    ("talk_comment", TALK, tpl_talk),
    ("search_query", SEARCH, tpl_search),
    ("article_prose", PROSE, tpl_prose),
    ("code_sample", CODE, tpl_code),
    ("page_meta", TITLES, tpl_titles),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, tpl in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        guard = 0
        while len(vals) < PER_CATEGORY:
            guard += 1
            if guard > 10000:
                raise SystemExit("template exhausted for " + cat)
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit("too few literals in " + cat)
        stats.append((cat, len(vals), min(n_lit, PER_CATEGORY)))
        for v in vals:
            rows.append({"category": cat, "value": v})
    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": r["category"], "label": "benign", "value": v})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print("%-14s %3d  (literals %d)" % (cat, n, lit))
    print("total %d, literals %d -> %s" % (len(out), total_lit, path))


if __name__ == "__main__":
    main()
