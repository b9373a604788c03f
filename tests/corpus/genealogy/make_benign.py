#!/usr/bin/env python3
"""Held-out BENIGN corpus for the WAF: genealogy / family-history site.

Every value is text a real user of a family-history site types into an
ordinary field: person-name fields, date fields, place fields, pasted GEDCOM
fragments, source citations, census and parish-register transcriptions, DNA
match notes, research logs (with scan file paths) and forum posts.

All literals below were hand-written for this corpus.  The small template
functions only recombine hand-written pools (names, places, dates, record
references); nothing is taken from a dataset or from public payload lists.

Output: benign.jsonl next to this file, byte-identical on every run
(fixed random.Random(SEED), no set/dict-order dependence).
"""

import json
import random
import sys
from pathlib import Path

SEED = 6101
PREFIX = "hb61"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# person_name: name fields and name search boxes
# ---------------------------------------------------------------------------
NAME_LITERALS = [
    "Johann 'Hans' von der Heide",
    "O'Neill / Ó Néill",
    "Mary Ann (Polly) O'Brien née Kavanagh",
    "Maria Josefa de los Dolores García y Fernández",
    "Jan van 't Hof",
    "Pieter Janszoon de Vries (Jansz.)",
    "Anna Katharina Müller geb. Schäfer verw. Becker",
    "D'Arcy, Thomas",
    'Bridget "Delia" Ní Dhomhnaill (Donnelly)',
    "MacGillivray / McGillivray / M'Gillivray",
    "Guðrún Jónsdóttir",
    "Þórður Sigurðsson",
    "Sven Eriksson (later Swan Erickson in Minnesota)",
    "Józef Wiśniewski / Joseph Wisnewski",
    "Иван Петрович Сидоров (Ivan Petrovich Sidorov)",
    "Yitzchak ben Avraham HaLevi = Isaac Levy",
    "李承恩 (Lee Seung-eun)",
    "Nguyễn Thị Lan",
    "Marie-Thérèse de La Tour d'Auvergne",
    "John Smith Jr. & John Smith Sr.",
    "Elizabeth Sleep (1788–1861)",
    "Isaac Null — also indexed as Nall, Noll, Hull",
    "Thos. & Mary Hartley",
    "Johann /Heide/",
    "<Living> Kowalski",
    "[--?--] Harris, wife of George",
    "Mary [surname unknown]",
    "Mrs. Jas. (Margaret) Dunleavy",
    "Ursula von Bülow-Ehrenfels",
    'Johannes Nepomuk Huber vulgo "Binder-Hansl"',
    "Giovanni Battista Rossi detto 'il Moro'",
    "Hendrik Jansen alias Hendrik Smit",
    "Kristina Andersdotter i Västerby",
    "Ole Olsen Haugen (farm name Haugen)",
    "Yusuf ibn Ahmad al-Haddad",
    "Φώτιος Παπαδόπουλος (Photios Papadopoulos)",
    "Krikor Hagopian / Գրիգոր Յակոբեան",
    'Patrick Joseph "P.J." Fitzgerald',
    "St. John, Henry (pronounced 'Sinjin')",
    "ffoulkes, Jane",
    "Eliza-Jane Smyth-Pemberton",
    "Jean-Baptiste L'Heureux dit Lajoie",
    "Baby boy Kowalczyk (d. same day)",
    "N.N. Müller",
    "Hinrich Dohrmann = Henry Dormann = Heinrich Thormann?",
    "Sarah Ann(e) Wood(s)",
    "Cath. O'Dwyer (Kate; Kitty)",
    "Samuel Sleeper Jr",
    "Alžběta Nováková roz. Dvořáková",
    "Ferenc Kovács (Franz Kowatsch)",
    "Seán Mac Giolla Phádraig",
    "Mary Kaʻahumanu Kealoha",
    "Wong Ah Sing / Ah Sing (伍亞勝?)",
    'Ebenezer Case; "Uncle Eb"',
    "Wm. Henry Harrison Tuttle",
    "Maciej vel Mateusz Grabowski",
    "Lars Larsson Lund (soldier name 'Lund')",
    "Tomás Ó Briain (Thomas O'Brien)",
    "Rivka bat Moshe (Rebecca Moses)",
    "von der Heide | van der Heyde | Vonderheide",
]

GIVEN = ["Johann", "Anna Maria", "William", "Bridget", "Józef", "Kristina",
         "Giovanni", "Margaretha", "Patrick", "Hedwig", "Sven", "Mary Ann",
         "Heinrich", "Catalina", "Jakob", "Ellen", "Pierre", "Agnieszka"]
NICK = ["Hans", "Polly", "Delia", "Bill", "Kitty", "Jack", "Hanne", "Nan",
        "Gretchen", "Paddy", "Jenny", "Ned"]
SURNAME = ["O'Neill", "von der Heide", "Sleep", "Null", "Kowalski",
           "D'Arcy", "Hartley", "de Vries", "Wiśniewski", "MacGillivray",
           "O'Dwyer", "L'Heureux", "Kavanagh", "Müller", "Ó Briain",
           "van 't Hof", "Case", "Grabowski"]
VARIANTS = {
    "O'Neill": "Oneil", "von der Heide": "Vonderheide", "Sleep": "Slepe",
    "Null": "Noll", "Kowalski": "Kovalsky", "D'Arcy": "Darcy",
    "Hartley": "Hartly", "de Vries": "DeVries", "Wiśniewski": "Wisnewski",
    "MacGillivray": "McGilvery", "O'Dwyer": "Dwyer", "L'Heureux": "Lero",
    "Kavanagh": "Cavanaugh", "Müller": "Miller", "Ó Briain": "O'Brien",
    "van 't Hof": "Vanthof", "Case": "Cace", "Grabowski": "Grabowsky",
}


def tpl_name(rng):
    g = rng.choice(GIVEN)
    s = rng.choice(SURNAME)
    form = rng.randrange(5)
    if form == 0:
        return f"{g} '{rng.choice(NICK)}' {s}"
    if form == 1:
        b = rng.randrange(1760, 1880)
        return f"{s}, {g} ({b}–{b + rng.randrange(1, 90)})"
    if form == 2:
        return f"{g} {s} née {rng.choice(SURNAME)}"
    if form == 3:
        return f"{s} / {VARIANTS[s]} / {s.upper()}"
    return f'{g} "{rng.choice(NICK)}" {s} (b. abt {rng.randrange(1790, 1870)})'


# ---------------------------------------------------------------------------
# event_date: date fields with approximations, calendars, qualifiers
# ---------------------------------------------------------------------------
DATE_LITERALS = [
    "abt. 1843",
    "bef. 3 Mar 1790",
    "1851/52",
    "bet. 1790 and 1795",
    "aft. 12 Jun 1844",
    "c. 1760 (from age 81 at death, 1841)",
    "12/13 Jan 1799",
    "11 Feb 1731/32 (O.S.)",
    "Jan qtr 1851",
    "Q3 1862 (Jul–Sep)",
    "[1790?]",
    "1790-1795 (est. from census ages)",
    "~1843",
    "> 1850",
    "< 1900",
    "est. 1822 +/- 2 yrs",
    "calc. 1809 (age 32 in 1841; ages rounded down)",
    "Sonntag Lätare 1712",
    "3 vendémiaire an XII",
    "13 Tishri 5640",
    "Meiji 12 (1879)",
    "1st day of 3rd month 1705 (Quaker style)",
    'INT 1850 (from gravestone: "aged 72 yrs")',
    "FROM 1851 TO 1861",
    "the 12th inst.",
    "Michaelmas 1766",
    "Lady Day 1752 (25 Mar)",
    "30 Feb 1712 (Swedish calendar)",
    "between the 1871 & 1881 censuses",
    "late 1700s",
    "aged 2 yrs 3 mos 14 days, d. 9 Nov 1862",
    "b. 1 Apr 1820; bp. 9 Apr 1820; bur. 2 May 1888",
    "8.III.1843",
    "03/08/1843 — 3 Aug or 8 Mar??",
    "1843-03-08",
    "d. 1918 (flu?)",
    "Sep qtr 1851 | Ludlow | 6a 512",
    "bp. 3 Mar 1790 -- bur. 5 Apr 1790",
    "abt 1843 <-> 1845",
    "'before 1800' or 'abt 1800' — not sure which",
    "Ostern 1790",
    "den 3ten März 1790",
    "dnia 3 marca 1843 r.",
    "3/15 marca 1843 (Julian/Gregorian)",
    "12 (24) июня 1890",
    "prob. 1840s",
    "Whitsun 1802",
    "Candlemas 1699/1700",
    "1841 census night = 6/7 Jun 1841",
    "1844 (bapt.) / 1843 (census) / 1845 (headstone)",
    "St. John's Eve 1811 (23 Jun)",
    "bef. 1 Jan 1900; aft. 31 Dec 1880",
    "29 Feb 1900?? not a leap year — typo for 1904?",
    "1790-03-?? (day torn off)",
    "Taishō 3 / 1914",
    "5 Germinal an II (25 March 1794)",
    "22 Sept. 1853, 4 o'clock in the morning",
    "d. within a week of birth, Dec 1866",
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
          "Oct", "Nov", "Dec"]
QUALS = ["abt.", "bef.", "aft.", "c.", "est.", "calc.", "ABT", "BEF", "AFT",
         "prob.", "say"]


def tpl_date(rng):
    y = rng.randrange(1680, 1925)
    d = rng.randrange(1, 29)
    m = rng.choice(MONTHS)
    form = rng.randrange(5)
    if form == 0:
        return f"{rng.choice(QUALS)} {d} {m} {y}"
    if form == 1:
        return f"bet. {y} and {y + rng.randrange(2, 11)}"
    if form == 2:
        y = rng.randrange(1600, 1752)
        return f"{d} {rng.choice(MONTHS[:3])} {y}/{str(y + 1)[-2:]}"
    if form == 3:
        return f"{rng.choice(QUALS)} {y} (age {rng.randrange(1, 90)} in census)"
    return f"{d}/{rng.randrange(1, 13)}/{y} (dd/mm?)"


# ---------------------------------------------------------------------------
# place_name: place fields with historical / current names
# ---------------------------------------------------------------------------
PLACE_LITERALS = [
    "Breslau, Schlesien, Preußen (now Wrocław, Poland)",
    "Königsberg i. Pr. → Kaliningrad",
    "Pressburg / Pozsony / Bratislava",
    "Lemberg (Lwów, Lviv, Львів)",
    "Much Wenlock, Shropshire (Salop), England",
    "Kings County (Brooklyn), New York",
    "Cobh (Queenstown), Co. Cork, Ireland",
    "St. Mary's, Whitechapel, Middlesex",
    "Parish of St Giles-in-the-Fields | Holborn | London",
    "Ste-Anne-de-la-Pérade, Québec",
    "New Amsterdam (= New York)",
    "Bombay (Mumbai), Bombay Presidency, British India",
    "Sankt Petersburg / Petrograd / Leningrad",
    "Fiume (Rijeka)",
    "Tiflis (Tbilisi)",
    "Christiania (Oslo), Akershus",
    "Union Workhouse, Bridgnorth, Salop",
    "Sleepy Hollow Cemetery, Tarrytown, NY",
    "Grand Union Canal, nr Leighton Buzzard",
    "Union County, New Jersey",
    "Wenlock > Shropshire > England",
    "Town: Hemel Hempstead; County: Herts; Country: UK",
    "Lat 52.6043, Long -2.5637",
    "Zion Lutheran Cemetery, Sec. C, Row 4, Plot 17",
    "Hallowell Twp., Prince Edward Co., C.W. (Canada West)",
    "Van Diemen's Land (Tasmania)",
    "Batavia, Nederlands-Indië (Jakarta)",
    "Constantinople / İstanbul",
    "Smyrna (İzmir)",
    "Salonica (Θεσσαλονίκη)",
    "Danzig-Langfuhr (Gdańsk-Wrzeszcz)",
    "Kolozsvár / Cluj / Klausenburg",
    "Ragusa (Dubrovnik)",
    "Reval (Tallinn)",
    "Memel (Klaipėda)",
    "Port Jackson (Sydney), N.S.W.",
    "Berlin-Charlottenburg, Standesamt III",
    "Ostrów Wielkopolski (Ostrowo), Prov. Posen",
    "Tarnopol, Galizien, Österreich-Ungarn",
    "Chișinău (Kishinev, Кишинёв)",
    "Straßburg / Strasbourg, Elsass-Lothringen",
    "Saint-Pierre & Miquelon",
    "Ōsaka-fu (大阪府), Japan",
    "Dún Laoghaire (Kingstown), Co. Dublin",
    "Fort Wayne, Allen Co., IN — \"Summit City\"",
    "Hell's Kitchen, Manhattan, NYC",
    "Ellis Island (after 1892); Castle Garden before that",
    "Bremerhaven → Hoboken, N.J.",
    "the old mill house, 'Top o' th' Brow', Haworth",
    "Landgemeinde Heide, Kreis Norderdithmarschen",
    "Drop Inn, Ludlow (pub, closed 1962)",
    "Execution Dock, Wapping (burial site unknown)",
    "S. Giovanni in Laterano, Roma",
    "Kőszeg (Güns), Vas vármegye",
    "Lwów (Lemberg) — Austrian Galicia 1772–1918; Poland 1918–1939; USSR 1939–1991",
    "Kreis Wirsitz / powiat wyrzyski",
    "Santiago de Compostela, A Coruña, Galicia, España",
    "Ship 'Westphalia', at sea (lat 48 N, long 32 W)",
]

PLACE_PAIRS = [
    ("Breslau", "Wrocław"), ("Danzig", "Gdańsk"), ("Stettin", "Szczecin"),
    ("Pressburg", "Bratislava"), ("Agram", "Zagreb"), ("Laibach", "Ljubljana"),
    ("Reval", "Tallinn"), ("Dorpat", "Tartu"), ("Tiflis", "Tbilisi"),
    ("Kingstown", "Dún Laoghaire"), ("Queenstown", "Cobh"),
    ("Maryborough", "Portlaoise"), ("Königsberg", "Kaliningrad"),
    ("Lemberg", "Lviv"), ("Czernowitz", "Chernivtsi"), ("Posen", "Poznań"),
    ("Brünn", "Brno"), ("Ödenburg", "Sopron"),
]
COUNTRIES = ["Poland", "Slovakia", "Croatia", "Slovenia", "Estonia",
             "Georgia", "Ireland", "Russia", "Ukraine", "Czechia", "Hungary"]
COUNTIES = [("Much Wenlock", "Shropshire"), ("St Austell", "Cornwall"),
            ("Ludlow", "Shropshire"), ("Haworth", "Yorkshire (W.R.)"),
            ("Leighton Buzzard", "Bedfordshire"), ("Kells", "Co. Meath"),
            ("Tarrytown", "Westchester Co., NY"), ("Elizabeth", "Union Co., NJ")]


def tpl_place(rng):
    old, new = rng.choice(PLACE_PAIRS)
    form = rng.randrange(5)
    if form == 0:
        return f"{old} (now {new}), {rng.choice(COUNTRIES)}"
    if form == 1:
        return f"{new} [{old}]"
    if form == 2:
        return f"{old} → {new}"
    town, county = rng.choice(COUNTIES)
    if form == 3:
        return f"{town}, {county}; parish church & churchyard"
    return f"{town} > {county} > {old}?? (mis-filed, check)"


# ---------------------------------------------------------------------------
# gedcom_fragment: GEDCOM lines pasted into import / note fields
# ---------------------------------------------------------------------------
GEDCOM_LITERALS = [
    "1 BIRT\n2 DATE 12 JUN 1844\n2 PLAC Much Wenlock, Shropshire, England",
    "0 @I23@ INDI\n1 NAME Johann /von der Heide/\n2 GIVN Johann\n2 NICK Hans\n2 SPFX von der\n2 SURN Heide",
    '1 NOTE He was called "Old Hans" by the neighbours; see\n2 CONT letter of 3 Mar 1902 (box 4).',
    "1 OBJE\n2 FILE ../media/scans/1841/HO107_912_5_p12.jpg\n3 FORM jpg\n3 TITL 1841 census, Much Wenlock",
    "1 OBJE\n2 FILE C:\\Users\\Ruth\\Documents\\Family Tree\\Photos\\hans_1890.jpg\n3 FORM jpg",
    "0 HEAD\n1 SOUR GRAMPS\n2 VERS 5.1.6\n1 GEDC\n2 VERS 5.5.1\n2 FORM LINEAGE-LINKED\n1 CHAR UTF-8",
    '1 DEAT Y\n2 DATE BEF 1850\n2 CAUS "fever" (per burial register)',
    "1 SOUR @S12@\n2 PAGE Folio 23, entry 187\n2 QUAY 2",
    "0 @F7@ FAM\n1 HUSB @I23@\n1 WIFE @I24@\n1 CHIL @I31@\n1 MARR\n2 DATE ABT 1868",
    "1 EVEN\n2 TYPE Emigration\n2 DATE 1 APR 1882\n2 PLAC Bremen > New York",
    "2 DATE BET 1790 AND 1795",
    "2 DATE @#DJULIAN@ 11 FEB 1731/32",
    "2 DATE INT 1850 (from tombstone)",
    "1 RESI\n2 ADDR 14 Water St.\n3 CITY Ludlow\n3 POST SY8 1AA",
    "1 EMAIL ruth.heide@@example.com",
    "1 NOTE Select Vestry minutes, 1792: 'ordered that the overseers relieve the widow Sleep with 2s 6d weekly'",
    "1 OCCU Ag Lab & sometime drover",
    "1 NAME Mary /O'Brien/\n2 TYPE birth\n1 NAME Mary /Kavanagh/\n2 TYPE married",
    "1 _MILT WWI; 2nd Bn. K.S.L.I.; wounded 1916",
    "1 SOUR @S4@\n2 PAGE vol. 37, p. 412\n2 NOTE <i>Hamburger Passagierlisten</i>, Staatsarchiv Hamburg",
    "0 @S12@ SOUR\n1 TITL Kirchenbuch Heide, Taufen 1790–1812\n1 AUTH Ev.-luth. Kirchengemeinde Heide\n1 REPO @R3@",
    "0 @R3@ REPO\n1 NAME Landeskirchliches Archiv Kiel\n1 WWW https://www.archion.de/",
    "1 CHR\n2 DATE 3 MAR 1790\n2 PLAC St. Marien, Heide, Holstein\n2 NOTE Gevattern: Johann Schmidt & Catharina Weber",
    "1 BURI\n2 DATE 14 JUN 1888\n2 PLAC Sleepy Hollow Cemetery, Tarrytown, Westchester, New York, USA",
    "0 @I31@ INDI\n1 NAME Isaac /Null/\n1 SEX M\n1 BIRT\n2 DATE ABT 1821\n2 PLAC Pennsylvania",
    "1 NAME Jean-Baptiste /L'Heureux/\n2 NICK Lajoie\n2 NOTE \"dit\" name used by all his sons",
    "1 NOTE Census 1851 says b. Salop; 1861 & 1871 say Staffs. -- which is right?",
    "1 NOTE Taufpate \"Joh. Hinr. Dohrmann\" = probably the uncle\n2 CONC , not the grandfather.",
    "1 _UID 4F2A9C1E77B04D6A9E0D1F3C5B7A9E11",
    "1 CHAN\n2 DATE 11 MAR 2024\n3 TIME 21:14:07",
    "0 TRLR",
    "1 SEX F\n1 FAMC @F7@\n2 PEDI adopted",
    "1 ASSO @I40@\n2 RELA Godfather",
    "1 ADOP\n2 DATE 1902\n2 NOTE informal; no court record found <see research log 2023-11-02>",
    "1 IMMI\n2 DATE 2 APR 1882\n2 PLAC Castle Garden, New York\n2 NOTE SS Westphalia, steerage",
    "1 NATU\n2 DATE 14 OCT 1889\n2 PLAC Court of Common Pleas, Union Co., NJ",
    "1 PROB\n2 DATE 12 MAY 1792\n2 NOTE exec. = eldest son Thos.; PCC",
    "1 WILL\n2 DATE 2 JAN 1790\n2 NOTE 'to my wife Mary the bed & bolster & £20'",
    "1 OCCU Häusler (cottager)",
    "1 RELI Roman Catholic / later Old Catholic",
    "1 NOTE see also https://www.familysearch.org/tree/person/details/LZXQ-7RT (duplicate?)",
    "1 OBJE\n2 FILE /home/ruth/Genealogy/Scans/1841/HO107-0912-05-f12.jpg",
    "2 PLAC Lemberg, Galizien, Österreich\n3 MAP\n4 LATI N49.8397\n4 LONG E24.0297",
    "1 NAME Иван Петрович /Сидоров/\n2 ROMN Ivan Petrovich /Sidorov/\n3 TYPE BGN/PCGN",
    "1 NAME 李 /承恩/\n2 FONE Lee /Seung-eun/",
    "1 EDUC\n2 PLAC Union School, Elizabeth, NJ\n2 DATE FROM 1890 TO 1896",
    "1 DSCR 5 ft 8 in; dark hair; scar over left eye (from prison register)",
    "1 NOTE {{Check}} the 1790 bapt. entry again — ink faded",
    "1 CENS\n2 DATE 6 JUN 1841\n2 PLAC Much Wenlock\n2 NOTE age 15 (rounded); Ag Lab; \"Y\" born in county",
    "0 @N5@ NOTE Transcription conventions: [ ] = editorial; < > = expanded abbreviation; {sic}",
    "1 NOTE Married \"by licence\" not banns -- look for the allegation & bond",
    "1 FACT Freemason\n2 TYPE Lodge membership\n2 NOTE Union Lodge No. 38",
]

EVENT_TAGS = ["BIRT", "CHR", "BAPM", "MARR", "DEAT", "BURI", "RESI", "PROB", "CONF"]
GED_PLACES = ["Much Wenlock, Shropshire, England", "Heide, Holstein, Preußen",
              "Ludlow, Shropshire, England", "St Austell, Cornwall, England",
              "Kowalewo, Kreis Schrimm, Posen", "Tarrytown, Westchester, New York, USA",
              "Ste-Anne-de-la-Pérade, Québec", "Västerby, Uppland, Sverige"]
GED_QUALS = ["", "ABT ", "BEF ", "AFT ", "EST ", "CAL "]


def tpl_gedcom(rng):
    tag = rng.choice(EVENT_TAGS)
    q = rng.choice(GED_QUALS)
    date = f"{q}{rng.randrange(1, 29)} {rng.choice(MONTHS).upper()} {rng.randrange(1700, 1920)}"
    lines = [f"1 {tag}", f"2 DATE {date}", f"2 PLAC {rng.choice(GED_PLACES)}"]
    if rng.randrange(2):
        lines.append(f"2 SOUR @S{rng.randrange(1, 60)}@")
        lines.append(f"3 PAGE f. {rng.randrange(1, 300)}, entry {rng.randrange(1, 400)}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# source_citation
# ---------------------------------------------------------------------------
CITATION_LITERALS = [
    "1841 census, HO107/912/5, f. 12, p. 18, Much Wenlock, Shropshire; The National Archives, Kew.",
    '"England, Select Births and Christenings, 1538-1975," database, entry for Johann Heide, bapt. 1844.',
    "Ev.-luth. Kirchenbuch Heide, Taufen 1790–1812, S. 43, Nr. 12 (Archion, Bild 27)",
    "Archiwum Państwowe w Poznaniu, zespół 1234, sygn. 56, akt 78/1843",
    "GRO Index, Births, Sep qtr 1851, Ludlow 6a/512",
    "Overseers' accounts 1790–1811 (P/123/O/1/2), Shropshire Archives",
    "Letter, Aunt Bess to Hans, 3 Mar 1902 — 'tell Mother the farm is sold & we sail in May'",
    "Find a Grave memorial #190045512; photo by volunteer 'GraveHunter42'",
    "NARA M237, roll 412, line 45; SS Westphalia, arr. 2 Apr 1882",
    "Hamburger Passagierlisten, Bd. 37, S. 412 (Staatsarchiv Hamburg, 373-7 I, VIII A 1)",
    "Jones, Evan. 'The Sleep Family of St Austell.' Cornwall FHS Journal 112 (2004): 14–19.",
    "Family Bible — 'Joseph Null his Book 1821' — births page; original with cousin Dora",
    "Will of Thos. Hartley, yeoman, pr. 12 May 1792, PCC PROB 11/1220/45",
    "Deed Book 14, pp. 203–205, Union Co., NJ Register of Deeds",
    "Interview with Great-aunt Hilde, 14 Aug 1989, cassette #3 side B (transcript: /Family/Interviews/hilde_1989.txt)",
    "Death cert. #1918-04471; cause: 'influenza — pneumonia'; informant: Jas. O'Brien (son)",
    "Kirchenbuch St. Marien, FHL film 1,234,567 item 3, image 212 — Taufen 1790 {partly illegible}",
    "Evidence: direct | Information: secondary | Source: derivative (index only)",
    "Shropshire Parish Registers Society, vol. 14 (Lichfield diocese), p. 77 — printed transcript, checked vs. original? NO",
    "Parish chest: settlement examination of Wm. Smith, 12 Oct 1803 — 'hired for a year to Mr Oakes of Bourton'",
    "Kew, WO 97/1234/56 — Chelsea pensioner discharge papers, Pte. Patk. Fitzgerald",
    "Ancestry message from user 'hartley_tree' 2021-05-03 (screenshot saved)",
    "Headstone, St Mary's churchyard, row 7 — 'In loving memory of Elizabeth wife of Richd. Sleep who fell asleep 3rd Jany 1861 aged 72'",
    "Ohio, County Death Records, Hamilton Co., vol. 3, p. 118, no. 2209 (\"Isaac Null\")",
    "Akta stanu cywilnego parafii rzymskokatolickiej w Kowalewie, 1843, akt ur. 27",
    "Riksarkivet, Västerby kyrkoarkiv, husförhörslängd AI:12 (1830–1835), s. 145",
    "Archives départementales de la Vienne, 9E 123/4, vue 56/210",
    "Archivio di Stato di Roma, Stato civile napoleonico, nati 1812, n. 1543",
    "Metrical book, Church of St. Nicholas, fond 123, opis 4, delo 567, list 89ob.",
    "Newspaper: Ludlow Advertiser, 9 Jun 1888, p. 5 col. 3 — 'DEATH OF AN OLD INHABITANT'",
    "Oral tradition only (unverified) — 'we came from a castle on the Rhine'",
    "Passenger list: RMS Umbria, Liverpool → New York, 14 Mar 1890, line 23 (\"Hartley, Thos., 34, labourer\")",
    "Naturalization petition no. 8812, Court of Common Pleas, Union County — Declaration of Intention attached",
    "Military: Stammrolle Inf.-Rgt. Nr. 85, 1866, lfd. Nr. 312 (Landesarchiv Schleswig, Abt. 409)",
    "FreeREG transcript (volunteer) — checked against image: transcriber read 'Steep', original clearly 'Sleep'",
    "Register of Electors 1832, Much Wenlock division — 'freehold house & garden, Sheinton St.'",
    "Quarter Sessions rolls, Epiphany 1799, item 14 — bastardy order vs. Jno. Case",
    "Burial register, Union Workhouse chapel, 1840–1870 (no. 312)",
    "Irish Catholic parish registers, Kells, baptisms 1832–1846, p. 41 — sponsors: Pat. Kavanagh & Bridget Ní Dhomhnaill",
    "Tithe apportionment 1842, plot 312 'Long Leasow', occupier Thos. Hartley",
    "DNA evidence: shared 112 cM with kit owner 'sarah_k' — see DNA notes page",
    "Standesamt Berlin III, Sterberegister 1903 Nr. 1187",
    "Manorial court roll, 1712, m. 4d — surrender & admittance to Johan. Case",
    "\"New York, Index to Passenger Lists\" — NB: ages on index differ from manifest by 1 yr",
    "Interview notes, cousin Dora (Null) Weaver, phone, 21 Jan 2022 — 'Grandpa never talked about Ohio'",
    "Source: C:\\Genealogy\\Sources\\PCC_wills\\Hartley_1792.pdf (my transcription, p. 2)",
    "Wills proved in the Consistory Court of Hereford, 1790–1795, bundle 14 — \"Wm. Sleep of Ludlow, husbandman\"",
    "Image 212/640 on https://www.familysearch.org/ark:/61903/3:1:S3HT-6Q9X-1ZN — browse only, not indexed",
    "Land grant, Crown Lands Dept., Canada West, 1838, lot 14 concession 3",
    "Ship's log extract, 'Westphalia', 1882: '3 deaths in steerage (measles); buried at sea'",
    "1921 census, RG15/16543, schedule 112 — £3.50 download",
    "Coroner's inquest, 4 Feb 1847: 'died in his sleep — visitation of God'",
]

REPOS = ["Shropshire Archives", "Cornwall Record Office", "Archion (Kirchenbuch)",
         "Szukajwarchiwach", "FamilySearch film", "Riksarkivet", "bishop's transcript"]
PIECES = ["HO107", "RG9", "RG10", "RG11", "RG12", "RG13"]
YEARS_FOR_PIECE = {"HO107": 1851, "RG9": 1861, "RG10": 1871, "RG11": 1881,
                   "RG12": 1891, "RG13": 1901}


def tpl_citation(rng):
    form = rng.randrange(3)
    if form == 0:
        p = rng.choice(PIECES)
        return (f"{YEARS_FOR_PIECE[p]} census, {p}/{rng.randrange(100, 3000)}, "
                f"f. {rng.randrange(1, 200)}, p. {rng.randrange(1, 60)}; "
                f"{rng.choice(['The National Archives, Kew', 'image via FamilySearch', 'Ancestry image', 'Findmypast image'])}")
    if form == 1:
        return (f"GRO Index, {rng.choice(['Births', 'Marriages', 'Deaths'])}, "
                f"{rng.choice(['Mar', 'Jun', 'Sep', 'Dec'])} qtr {rng.randrange(1837, 1915)}, "
                f"{rng.choice(['Ludlow', 'Madeley', 'St Austell', 'Atcham', 'Bridgnorth'])} "
                f"{rng.choice(['6a', '6b', '9', '10'])}/{rng.randrange(1, 900)}")
    return (f"{rng.choice(['Baptisms', 'Burials', 'Marriages'])} {rng.randrange(1700, 1850)}, "
            f"p. {rng.randrange(1, 120)}, entry {rng.randrange(1, 800)} — {rng.choice(REPOS)}")


# ---------------------------------------------------------------------------
# census_transcription
# ---------------------------------------------------------------------------
CENSUS_LITERALS = [
    "Wm Smith | Head | Mar | 45 | Ag Lab | Salop Much Wenlock\nMary do | Wife | Mar | 43 | | do do\nJno do | Son | | 12 | Scholar | do do",
    "Null, Isaac   W M 34   Farmer   Ohio   Pa.   Pa.",
    'Ann Sleep, Dau, U, 19, Dressmaker, Cornwall St Austell\nJane " , Dau, U, 16, " , " "',
    "1841: ages over 15 rounded down to nearest 5; 'Ind' = independent means; 'F.S.' = female servant",
    "Hartley Thos | Head | 34 | Labourer | immigr 1890 | yrs in US 10 | Na",
    "Religion: R.C.; Origin: Irish; Nationality: Canadian; Year of immigration: —",
    "Kristina Andersdotter, f. 1812 14/3 i Västerby; b. (begått nattvarden) 1834",
    "Unable to read col. 12 — looks like 'Pauper (formerly Ag Lab)'",
    "House uninhabited | — | — | —",
    "Relationship: 'Visitor' — prob. the sister-in-law",
    "ED 123, sheet 4A, dwelling 56, family 61",
    "Where born: 'Ireland' / 'Ire' / 'Irel' / 'do'",
    "14 | Water St | 1 | Heide Johann | Head | M | 38 | Baker (master) employing 2 men | Germany British Subject (naturalised)",
    "Schedule 112 — 'Infirm' column: \"Deaf & Dumb\" ticked for the grandfather",
    "Mary O'Brien   wife   M   41   —   Ireland\n   \"       \"    dau    S   17   servant (domestic)   Lancashire Liverpool",
    "Occupation column crossed through & 'Pensioner (Army)' written above",
    "Enumerator's note: 'the family at No. 9 refused to give ages'",
    "Lfd. Nr. 7 | Dohrmann, Hinrich | Hausvater | ev.-luth. | 45 | Häusler | Heide",
    "Dohrmann, Anna Margaretha geb. Schäfer | Ehefrau | ev.-luth. | 41 | — | Wöhrden",
    "1901 Canada: Dist. 73 Prince Edward, sub-dist. K Hallowell, p. 4, line 22",
    "1880 US: Isaac Null | W | M | 59 | Head | Farmer | b. Pa. | father b. Pa. | mother b. Md.",
    "Col. 'Years married' = 23; 'Children born alive' = 11; 'Children still living' = 7",
    "1911 household schedule in Hans' own handwriting — 'Baker & Confectioner (employer)'",
    "Blind/Deaf/Lunatic/Imbecile col. — blank (thankfully)",
    "Name illegible: 'J?hn H??tley' — age 9 — Scholar",
    "Mary Sleep | Wife | 70 | formerly charwoman | Cornwall St Austell  << same person as bapt. 1788? >>",
    'Jas. Dunleavy  " 31 Carter\nMargt.  "   28\nPatk.   "   4\nMary    "   2 m',
    "Ages: 15 ⇒ 1836 ± 5 (1841 rounding), so Johann b. 1833–1838",
    "Farm schedule: 40 acres improved, 2 horses, 3 milch cows, 120 bu. wheat",
    "Sheet torn; last 3 lines missing — only '..ley' visible of surname",
    "Address: 3 Court, 4 House, Gt. Hampton St. (back-to-back)",
    "Heide, Hans | Kostgänger (lodger) | 22 | Schmiedegeselle | ledig",
    "1850 slave schedule referenced? NO — different county, ignore",
    "Kowalski Józef | Głowa | 32 | rolnik | rz.-kat. | Kowalewo",
    "John Case 50 M Farmer 2000 (real est.) 500 (pers. est.) Ohio",
    "Street numbering changed between 1881 & 1891 — No. 14 in 1881 = No. 22 in 1891",
    "Birthplace 'Germany Prussia' — 1891 adds 'British Subject'",
    "Mary Ann O'Brien -- 'Dau-in-law' -- Widow -- 27",
    "Ditto marks in cols. 5-7 continue down to line 40",
    "Number of rooms occupied if less than five: 3",
    "'Pauper, formerly Ag Lab' — living in the Union Workhouse, Bridgnorth",
    "Wm Select?? — no, it's 'Wm Sellick', the e and c are joined",
    "Line 23: Isaac Null (head, 59) | Rebecca (wife, 54) | Dora (dau, 12) | Jacob (son, 9)",
    "Census return for the ship 'Westphalia' in port, 1881 — crew list appended",
    "Age 1/12 = one month; 3/12 = three months",
    "Nationality if born in foreign country: 'Naturalised British Subject (1889)'",
    "Given name 'Wm' but surname field blank; enumerator wrote 'do' in next line",
    "Gemeinde Heide, Zählbezirk 4, Haushaltungsliste Nr. 81",
    "'Employer' / 'Worker' / 'Own account' — worker",
    "Infirmities col.: 'blind from age 60'",
    "Mar 1851 census summary: 1,203 persons; 612 M; 591 F — Much Wenlock township",
]

CENSUS_MALE = ["Wm", "Jno", "Thos", "Jas", "Geo", "Chas", "Richd", "Saml"]
CENSUS_FEMALE = ["Mary", "Ann", "Eliz", "Sarah", "Margt", "Hannah", "Jane"]
CENSUS_SURN = ["Smith", "Sleep", "Hartley", "Case", "O'Brien", "Dunleavy",
               "Heide", "Null", "Oakes", "Tonkin"]
CENSUS_OCC_M = ["Ag Lab", "Carter", "Blacksmith", "Tin Miner", "Baker", "Pauper",
                "Shoemaker", "Labourer (canal)"]
CENSUS_OCC_F = ["Dressmaker", "Laundress", "Charwoman", "F.S.", "Annuitant",
                "Glover", "Pauper"]
CENSUS_BP = ["Salop Much Wenlock", "Cornwall St Austell", "Ireland", "do do",
             "Germany Prussia", "Staffs Madeley", '" "']


def _census_person(rng):
    male = rng.randrange(2) == 0
    g = rng.choice(CENSUS_MALE if male else CENSUS_FEMALE)
    age = rng.randrange(0, 85)
    if age < 5:
        rel, occ = ("Son" if male else "Dau"), ""
    elif age < 13:
        rel, occ = ("Son" if male else "Dau"), "Scholar"
    else:
        if male:
            rel = rng.choice(["Head", "Son", "Lodger", "Visitor", "Serv"])
        else:
            rel = rng.choice(["Wife", "Dau", "Serv", "Visitor", "Head"])
        occ = rng.choice(CENSUS_OCC_M if male else CENSUS_OCC_F)
    cond = "" if age < 16 else rng.choice(["Mar", "U", "W"] if rel not in ("Head", "Wife") else ["Mar", "W"])
    if rel == "Wife":
        cond = "Mar"
    return g, rel, cond, age, occ


def tpl_census(rng):
    form = rng.randrange(3)
    s = rng.choice(CENSUS_SURN)
    g, rel, cond, age, occ = _census_person(rng)
    if form == 0:
        return f"{g} {s} | {rel} | {cond} | {age} | {occ} | {rng.choice(CENSUS_BP)}"
    if form == 1:
        return f"{s}, {g}   {age}   {occ or '—'}   {rng.choice(CENSUS_BP)}"
    return f"{g} do | {rel} | {age} | {occ or '—'} | do  (line {rng.randrange(1, 41)})"


# ---------------------------------------------------------------------------
# register_transcription: parish registers (Latin) and civil / church
# records in many languages
# ---------------------------------------------------------------------------
REGISTER_LITERALS = [
    "Anno Domini 1790 die 3 Martii baptizatus est Joannes, filius legitimus Petri Heide agricolae et Annae Mariae uxoris eius; patrini fuerunt Joannes Schmidt et Catharina Weber. Ita est, P. Franciscus Huber, parochus.",
    "Sepultus est Jacobus Null, aetatis suae 72 annorum, omnibus sacramentis munitus.",
    "Copulati sunt honestus juvenis Michael Kowalski et pudica virgo Hedwigis Nowak, praemissis tribus bannis, testibus Josepho Wiśniewski et Adalberto Nowak.",
    "die 12 Junii obiit in Domino; sepultus die 14 eiusdem",
    "infans illegitimus; pater ignotus (?) — mater Barbara N.",
    "Bapt. sub conditione (in periculo mortis) ab obstetrice approbata",
    "Działo się we wsi Kowalewo dnia 3 marca 1843 roku o godzinie trzeciej po południu. Stawił się Józef Wiśniewski, rolnik, lat 32, w obecności...",
    "Родился 3 марта, крещён 5 марта 1890 г. Иоанн; родители: крестьянин Пётр Сидоров и законная жена его Анна Ивановна; оба православные.",
    "Den 3ten März 1790 ist getauft worden Johann Heinrich, des Hinrich Heide, Häuslings allhier, und seiner Ehefrau Anna Margaretha geb. Schäfer ehelicher Sohn. Gevattern: Joh. Schmidt, Cath. Weber.",
    "En la iglesia parroquial de San Juan Bautista, a tres de marzo de mil ochocientos cuarenta y tres, yo el cura bauticé solemnemente a una niña a quien puse por nombre María Josefa, hija legítima de...",
    "L'anno milleottocentoquarantatre, il dì tre di marzo, alle ore dieci, avanti di noi Sindaco... è comparso Giovanni Battista Rossi detto 'il Moro'",
    "Op heden den 3 Maart 1843 is voor ons verschenen Pieter Janszoon de Vries, oud 34 jaren, arbeider...",
    "d. 14/3 föddes och d. 16 döptes Kristina; Föräldrar: Torp. Anders Persson och h. Maja Jonsdotter i Västerby. Fadd.: Lars Larsson Lund & h.",
    "Jan, syn Josefa Nováka, domkáře v Lhotě č. 12, a Marie roz. Dvořákové, dcery sedláka z Lhoty č. 4",
    "Keresztelt: 1843. márc. 5. — Név: József — Szülők: Kovács István, Nagy Erzsébet — r.k. — Keresztszülők: Tóth János és neje",
    "L'an mil huit cent quarante-trois, le trois mars, à dix heures du matin, par-devant nous, maire et officier de l'état civil...",
    "Bedyddiwyd John mab William a Mary Jones o'r Plas, 3 Mawrth 1790",
    "Aos três dias do mês de março de mil oitocentos e quarenta e três, nesta igreja matriz de São Pedro, baptizei solenemente...",
    "Joh<ann> Hein<rich> s<ohn> d<es> Hinr<ich> Heide",
    "bapt. | Jno. s. of Wm. & Mary Smith, lab. | 3 Mar | by me Thos. Oakes, curate",
    "Eodem die baptizata est Maria, filia Patricii Kavanagh et Brigidae Ní Dhomhnaill; sponsores: Jacobus O'Dwyer et Catharina Case.",
    "Nomen baptizati: Joannes | Parentes: Petrus Heide, agricola, et Anna Maria | Patrini: — | Obstetrix: Eva Lang",
    "1790. Martius. 3. — Joannes — leg. — Petrus Heide & Anna M. — domus No. 14",
    "Buried: Elizabeth Sleep, widow, aged 72 yrs — 'affidavit of burial in woollen' brought 8 Jan",
    "Married by banns: Thomas Hartley, bachelor, of this parish & Mary Oakes, spinster, of the same; witnesses: Wm. Oakes, Ann Sleep (her mark X)",
    "Getraut den 12. Mai 1868: der Junggeselle Johann Heide, Bäcker, 24 J., und die Jungfrau Margaretha Dohrmann, 21 J. — proclamirt Dom. Misericordias, Jubilate, Cantate",
    "Begraben den 9. Nov. 1862: Anna, T. d. Hinr. Heide, alt 2 J. 3 M. 14 T. — Krankheit: Bräune (Diphtherie?)",
    "Nr. 27 — Kowalewo — Józef — urodz. 1 marca — rodzice: Józef Wiśniewski i Agnieszka z Grabowskich — chrzestni: Maciej vel Mateusz Grabowski, Jadwiga Nowak",
    "מזל טוב — נולד ליצחק בן אברהם הלוי ואשתו רבקה בת משה בן זכר, ט\"ו תשרי תר\"מ",
    "Née le 3 vendémiaire an XII, fille de Jean-Baptiste L'Heureux dit Lajoie, cultivateur, et de Marie Gagnon, son épouse",
    "Eodem anno et mense sepultus est N.N. infans — baptizatus ab obstetrice, vixit horas 3",
    "1705, 1st mo. 3rd day: at a meeting at the house of Wm. Case, Samuel Sleeper & Abigail Case declared their intentions of marriage",
    "Confirmed 1857 — 'Johann Heinrich Heide, 14 J., gut bestanden' (Konfirmandenregister)",
    "Ex Libro Baptizatorum Parochiae Sti. Nicolai, Tom. III, pag. 112 — extractum fideliter, 1902",
    "'Jacobus' in the Latin = James; 'Joannes' = John; 'Guilielmus' = William",
    "Anmerkung am Rande: \"Vater nachträglich anerkannt lt. Verf. v. 3.4.1901\"",
    "Nota: Matrimonium contractum in facie ecclesiae, dispensatione obtenta in 3° et 4° consanguinitatis gradu",
    "В метрической книге за 1890 г., ч. 1, о родившихся, № 47",
    "Vigilia S. Joannis Baptistae (23 Jun) 1811 — baptizatus est Paulus, filius spurius",
    "Buried — Richd. Sleep — 'drowned in the Grand Union Canal, inquest held' — aged 44",
    "Taufen 1790, S. 43 — Eintrag Nr. 12 — Randvermerk: \"† 1792\"",
    "1842 - Martii 7 - Hedwigis - leg. - Adalbertus Nowak, colonus & Marianna - Patrini: Josephus Kowalski, Sophia Grabowska",
    "Pierwsze zapowiedzi 5, drugie 12, trzecie 19 lutego 1843 r.; umowy przedślubnej nie zawarli",
    "Verlobt, aber nicht getraut — Bräutigam vor der Trauung ausgewandert nach Amerika (!)",
    "Gemeinde Heide — Bürgerbuch 1801: 'Hinrich Heide, Häusler, erhält das Bürgerrecht gegen 5 Rthlr.'",
    "Liber Mortuorum 1847: Guilielmus Smith, 61 an., 'morte subita in somno' (died suddenly in his sleep)",
    "Marriage bond: Thos Hartley & Mary Oakes, surety £200, 10 Jan 1790 — 'no lawful let or impediment'",
    "(illegible) … baptiz. … filia Joannis [Null?/Noll?] et Barbarae",
    "Ingermanland: 'Lisa Matintytär, s. 3.3.1843, kast. 5.3.' (Finnish in Russian parish)",
    "Kerkelijke huwelijksinschrijving: Jan van 't Hof j.m. van Gouda en Neeltje Pieters j.d. van Moordrecht, 3 Mei 1795",
]

LAT_BOYS = ["Joannes", "Petrus", "Jacobus", "Josephus", "Guilielmus", "Michael", "Adalbertus"]
LAT_GIRLS = ["Maria", "Anna", "Catharina", "Hedwigis", "Elisabetha", "Barbara", "Marianna"]
LAT_FATHERS = ["Petri Heide", "Jacobi Null", "Josephi Kowalski", "Patricii Kavanagh",
               "Guilielmi Smith", "Adalberti Nowak", "Joannis Case"]
LAT_MOTHERS = ["Annae Mariae", "Catharinae", "Brigidae", "Hedwigis", "Barbarae", "Mariannae"]
LAT_MONTHS = ["Januarii", "Februarii", "Martii", "Aprilis", "Maii", "Junii",
              "Julii", "Augusti", "Septembris", "Octobris", "Novembris", "Decembris"]


def tpl_register(rng):
    form = rng.randrange(2)
    boy = rng.randrange(2) == 0
    child = rng.choice(LAT_BOYS if boy else LAT_GIRLS)
    year = rng.randrange(1700, 1870)
    if form == 0:
        verb, rel = ("baptizatus", "filius legitimus") if boy else ("baptizata", "filia legitima")
        return (f"Anno {year} die {rng.randrange(1, 29)} {rng.choice(LAT_MONTHS)} {verb} est "
                f"{child}, {rel} {rng.choice(LAT_FATHERS)} et "
                f"{rng.choice(LAT_MOTHERS)} conjugum; patrini: {rng.choice(LAT_BOYS)} et {rng.choice(LAT_GIRLS)}")
    return (f"{year} | {rng.choice(LAT_MONTHS)[:3]}. {rng.randrange(1, 29)} | {child} | "
            f"{rng.choice(['leg.', 'illeg.', 'leg.'])} | {rng.choice(LAT_FATHERS)} & {rng.choice(LAT_MOTHERS)}")


# ---------------------------------------------------------------------------
# dna_note: DNA match notes
# ---------------------------------------------------------------------------
DNA_LITERALS = [
    "Shared 1,243 cM across 42 segments; longest 87 cM → likely 1C or half-aunt",
    "chr 7: 12,345,678 – 45,678,901 (33.3 cM, 4,102 SNPs)",
    "ICW Kowalski cluster (>20 cM matches only)",
    "Triangulates w/ Sarah K. & 'jhartley1952' on chr 15 (48.2–62.9 Mb)",
    "Y-DNA: R-M269 > L21 > DF13; 37/37 STR match with Heide project member",
    "mtDNA H1a2; GD=0 with 3 matches, none with a tree :-(",
    "Predicted 2nd–4th cousin; 112 cM / 6 seg; shared surnames: Null, Noll, Nall",
    "X-match 14 cM — on the X so it must come through Mum's side (Dad -> me impossible)",
    "one-to-one: largest segment 23.4 cM; total 61.2 cM; est. gens 4.1",
    "segment file:\nchr,start,end,cM,snps\n15,48213456,62901234,14.6,2311\n7,12345678,45678901,33.3,4102",
    "WATO hypotheses: (a) 2C via Hartley; (b) half-2C via Sleep — (a) scores 3.2x better",
    "Leeds method column 3 = blue (paternal grandmother's side)",
    "Shared cM Project range for 1C1R is wide (roughly 100–900 cM) so 433 cM fits several",
    "Endogamy warning: Ashkenazi side — lots of small segments < 7 cM, ignore those",
    "Possible NPE on the Heide line?? Y-DNA doesn't match any Heide/Hyde testers",
    "Match manager says 'close family' 2,890 cM — that's my half-sister?! Need to talk to Mum first.",
    "Kit managed by her daughter; email sent 3 Mar 2024, no reply yet",
    "Ethnicity estimate says 38% 'Germanic Europe' — ignore for genealogy purposes",
    "Shared matches: 14 of them are O'Brien/Kavanagh descendants → Co. Meath",
    "Segment chr 1: 151.3–168.9 Mb = 17.4 cM; same segment in 3 matches (TG #12)",
    "Half-identical region ≠ fully identical; FIR 0 cM so not full sibling",
    "Match's tree private; 'Unlinked' tree shows surname Sleep in Cornwall — promising!!",
    "cM ≥ 1,300 & < 2,300 → grandparent / aunt / half-sibling bucket",
    "Thrulines suggests Isaac Null as common ancestor — but built from other trees, treat as hint",
    "MyHeritage 'theory of family relativity': 2C1R via Wm Smith & Mary — confidence 62%",
    "Y-37 markers: DYS393=13 DYS390=24 DYS19=14 DYS391=11 (fake-looking but from the kit PDF)",
    "'jhartley1952' = John Hartley, b. 1952, grandson of Thos. Hartley (emigrated 1890)",
    "Total shared 54 cM over 3 segs; longest 22 cM — could be 3C or 4C, both plausible",
    "Cluster A (red): Heide/Dohrmann; Cluster B (green): Kowalski/Wiśniewski; Cluster C: ??",
    "Unknown match 'J.D.' 211 cM — no tree, no surname, no reply. Parking this one.",
    "Raw data downloaded → ~/Genealogy/DNA/raw/heide_23andme_2023.txt (NOT uploading anywhere else)",
    "Converted build 36 → 37 positions before comparing; segment now 48,2xx,xxx–62,9xx,xxx",
    "Predicted relationship: 3rd cousin (range 2nd–5th) | shared 87 cM | 4 segments",
    "Autosomal test for Great-uncle Fritz (born 1931) — waiting on results (6–8 weeks)",
    "Mito-match with an Irish family — H1 + 16189C; MRCA could be 500+ yrs ago",
    "Matches with 'Case' ancestors: 9; with 'Sleep': 4; with both: 1 (!!)",
    "The 2 segments on chr 9 & 17 are < 8 cM each — possibly IBS/false",
    "Sarah K. says her grandma was 'a Null from Ohio' — that fits Dora's line",
    "Color code: 🔴 Heide 🔵 Kowalski 🟢 O'Brien 🟡 Sleep",
    "Total cM 3,485 / 1 segment? No — that's the parent/child full match, shows as all 22 chr",
    "Half 1C (433 cM) vs 1C1R (433 cM) — same expected cM; use age & tree to decide",
    "shared DNA: 0.9% | 63 cM | 5 segments | largest 19 cM",
    "DNA Painter map: 37% of my genome assigned; paternal side far better covered than maternal",
    "Ancestry 'Shared matches' list exported by hand to shared_matches_heide.csv",
    "Visual phasing with 3 siblings: crossover on chr 2 at ~120 Mb = paternal GM/GF switch",
    "Y-SNP result FGC12345+ (new branch?) — posted to the Heide surname project forum",
    "Note to self: 'ICW' = in common with; 'MRCA' = most recent common ancestor; 'IBD' = identical by descent",
    "Match hides trees: 'Private tree with 5,000+ people' — sent message via site",
    "Test: 700k SNP chip; overlapping SNPs with GEDmatch kit: ~560k — OK",
    "Big jump: chr 19 15 cM segment shared with 2 Kavanagh descendants & 1 O'Dwyer",
]

DNA_SITES = ["Ancestry", "MyHeritage", "FTDNA", "23andMe", "GEDmatch", "LivingDNA"]
DNA_SURN = ["Heide", "Kowalski", "Null", "Sleep", "Hartley", "O'Brien", "Case", "Dunleavy"]
# approximate chromosome lengths in Mb (GRCh37-ish, rounded)
CHR_MB = [249, 243, 198, 191, 181, 171, 159, 146, 141, 135, 135, 133, 115, 107,
          102, 90, 81, 78, 59, 63, 48, 51]
DNA_REL_BY_CM = [(20, "4C–6C"), (60, "3C–4C"), (120, "2C1R or 3C"), (230, "2C or half-2C"),
                 (450, "1C2R / 2C"), (900, "1C1R / half-1C")]


def tpl_dna(rng):
    cm = rng.randrange(8, 900)
    seg = max(1, cm // rng.randrange(12, 40))
    rel = next(r for lim, r in DNA_REL_BY_CM if cm <= lim)
    form = rng.randrange(3)
    if form == 0:
        return (f"{rng.choice(DNA_SITES)}: {cm} cM / {seg} seg; longest "
                f"{min(cm, rng.randrange(7, 60))} cM — prob. {rel} via {rng.choice(DNA_SURN)}?")
    if form == 1:
        a = rng.randrange(1, 23)
        length = CHR_MB[a - 1]
        size = rng.randrange(5, 30)
        start = rng.randrange(1, length - size)
        return (f"chr {a}: {start}.{rng.randrange(10)}–{start + size}.{rng.randrange(10)} Mb "
                f"(~{size + rng.randrange(-3, 4)} cM) — ICW {rng.choice(DNA_SURN)} group")
    return (f"Match '{rng.choice(DNA_SURN).lower().replace(chr(39), '')}_{rng.randrange(1930, 2000)}' — {cm} cM; "
            f"tree: {rng.choice(['none', 'private', 'unlinked', 'public, 12 people', 'public, 3,100 people'])}")


# ---------------------------------------------------------------------------
# research_log: research log entries, including scan / image file paths
# ---------------------------------------------------------------------------
LOG_LITERALS = [
    "2024-03-11 | FamilySearch catalog 'Much Wenlock' | parish registers 1558–1812 | not indexed — browsed images 200–260 | nil for Johann",
    "Searched 'Sleep' AND 'St Austell' 1780–1820 — 14 hits; exported to sleep_baptisms.csv",
    "TODO: order death cert; check whether 'Null' was indexed as 'Hull' (OCR)",
    "Scan saved to /home/ruth/Genealogy/Scans/1841/HO107-0912-05-f12.jpg",
    r"D:\Genealogy\Heide\Kirchenbuch\Taufen_1790_S043.tif",
    "../Scans/1851/HO107_1985_f234_p12.jpg (relative to the tree file)",
    "~/Dropbox/Family History/Photos/unknown_couple_c1890 (2).jpg",
    "Negative search: no Null burials 1850–1870 in Union Co. — checked all 3 cemeteries",
    "Emailed archivist re P/123/A/1/2 — reply: 'register damaged by damp, 1794–96 missing'",
    "Renamed files to YYYY_event_surname_given.jpg, e.g. 1844_bapt_Heide_Johann.jpg",
    r"Ran Gramps 'Check and Repair' — 3 broken media paths (C:\old_pc\My Documents\scans\...)",
    "Exported GEDCOM (UTF-8, no BOM) → heide_tree_2024-03-11.ged; 4,312 people",
    "Conflict: census age says b. ~1843; bapt. 3 Mar 1844 — keep both, weight the baptism",
    "Remember: 'Sleep' is the SURNAME — filter by given name or the search returns sleep-related newspaper junk",
    "/Users/mike/Pictures/Genealogy/Headstones/Null_Isaac_1890.HEIC",
    "Visited Shropshire Archives 12/03 — ordered P/123/A/1/2; £12 for 4 photos; ID card renewed",
    "Film 1,234,567 item 3 → images 200-260; 1790 bapts on img 212 (left page, 4th entry)",
    "Hypothesis: Johann (b. 1844) = 'John Hyde' in 1881 Ludlow? Test: occupation (baker) + wife Margaret + children's names",
    "Dead end :( — the 1790–1795 register has a gap; try bishop's transcripts instead",
    "Query posted on the Shropshire list; reply from 'wenlock_lass' — suggested the Select Vestry minutes",
    "Checked ALL spelling variants: Heide, Heyde, Hyde, Haide, Heid, Heidt — found 'Heyde' in 1861",
    "File: scans/box04/letter_1902_03_03_p1.png & _p2.png (both sides)",
    "OCR of the 1888 newspaper is garbage: 'DEATH OF AN 0LD INHAB1TANT' — typed it out by hand",
    "2023-11-02: adoption 1902 — no court record; the 'adoption' was probably informal (grandparents raised her)",
    "Citations to fix: 14 sources still say 'Ancestry' only — add collection, image no., access date",
    "Question for cousin Dora: did Isaac Null ever go by 'Ike'? Family letters say 'Uncle Ike'",
    "Copied transcript from the FHS journal (p. 14–19) into notes/sleep_family_2004.txt",
    "Timeline: 1882 emigr. → 1889 naturalised → 1890 m. → 1902 house bought (deed book 14)",
    "Printed pedigree chart (A3) for the reunion — 6 generations, 126 boxes, 19 still blank",
    "Backup: rsync'd ~/Genealogy to the external drive & the NAS (Sunday)",
    "Search on Szukajwarchiwach: 'Kowalewo 1843' — zespół 1234 scans online, akta 27 = Józef",
    "Translation (Latin) from forum helper: 'patrini' = godparents; 'leg.' = legitimate",
    "Cost so far: GRO PDFs 6 × £8 = £48; Ancestry sub.; 1921 census 3 × £3.50",
    "Ancestry hint 'Elizabeth Sleep 1788' — REJECTED: wrong parish (Devon), different husband",
    "Merged duplicates I23 & I87 (same Johann Heide, two trees imported)",
    "Image path broken after moving folders: /media/ruth/USB/Genealogy → /mnt/nas/genealogy",
    "Transcribed Hans' 1902 letter (Kurrent) — 3 words still unreadable: '[?]heim', 'Vet[ter?]', '&c'",
    "Next: check Quarter Sessions 1799 for the bastardy order (Jno. Case) — item 14",
    "Ordered FHL film via affiliate library; arrives in 3–4 weeks",
    "Windows path from old laptop: C:\\Documents and Settings\\Ruth\\Desktop\\Oma Fotos\\scan0001.jpg",
    "Evidence analysis: 3 independent sources agree on 1844 (bapt., confirmation, marriage age)",
    "Research plan — Goal: parents of Mary Sleep (b. c1790). Sources: PRs, BTs, settlement exams, wills.",
    "Wrote to the Standesamt for a Geburtsurkunde — fee €12, reply in German, need to translate",
    "Negative: no 'O'Neill' in the 1832 register of electors; 'Neill' and 'O Neill' also checked",
    "Downloaded: ancestry_1880_census_Ohio_Hamilton_ED123_p4.jpg (Null household line 23)",
    "Found! Hans listed as 'Johann v. d. Heide' on the Hamburg list — explains why index missed him",
    "Meeting with FHS mentor: she suggested the Union Workhouse admission & discharge books",
    "Checked the 'Drop Inn' licensees list 1850–1900 — Richd. Sleep licensee 1861–1864",
    "Proof argument drafted (docs/proof_heide_parents.docx) — 2,400 words",
    "Photo metadata: EXIF date 2003:08:14 12:01:33 is the SCAN date, not the photo date",
]

LOG_DIRS = ["/home/ruth/Genealogy/Scans", "~/Genealogy/Scans", "C:\\Genealogy\\Scans",
            "D:\\Family\\Images", "/Users/mike/Pictures/Genealogy", "scans", "../media"]
LOG_KINDS = [("1841", "HO107"), ("1851", "HO107"), ("1861", "RG9"), ("1871", "RG10"),
             ("1881", "RG11"), ("bapt", "PR"), ("burial", "PR"), ("wills", "PROB11")]
LOG_ACTIONS = ["searched", "browsed", "ordered", "transcribed", "checked", "re-checked"]
LOG_RESULTS = ["nil", "1 possible", "found!", "3 candidates — need more", "negative (recorded)",
               "image unreadable", "wrong family"]


def tpl_log(rng):
    form = rng.randrange(2)
    if form == 0:
        d = rng.choice(LOG_DIRS)
        year, ref = rng.choice(LOG_KINDS)
        sep = "\\" if "\\" in d else "/"
        return (f"{d}{sep}{year}{sep}{ref}_{rng.randrange(100, 4000)}_f{rng.randrange(1, 300)}"
                f"_{rng.choice(CENSUS_SURN).replace(chr(39), '')}.{rng.choice(['jpg', 'tif', 'png', 'pdf'])}")
    return (f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d} | {rng.choice(LOG_ACTIONS)} "
            f"{rng.choice(['PRs', 'BTs', 'census', 'GRO index', 'newspapers', 'wills'])} for "
            f"{rng.choice(CENSUS_SURN)} {rng.randrange(1750, 1900)}–{rng.randrange(1900, 1925)} | "
            f"{rng.choice(LOG_RESULTS)}")


# ---------------------------------------------------------------------------
# forum_post: message-board queries and replies
# ---------------------------------------------------------------------------
FORUM_LITERALS = [
    "Looking for descendants of Johann 'Hans' von der Heide (abt. 1843–1912) who emigrated Bremen → NY in 1882. Any Heide/Hyde researchers out there?",
    "Can anyone read the 3rd word? Image: https://i.example.org/up/7Kx2q.jpg — I think it's 'Häusler' but could be 'Hausler'?",
    "Re: Union workhouse records — the Board of Guardians minutes are at Shropshire Archives (PL/1/2/3). Admission & discharge books only survive 1839–1844 :(",
    "Brick wall!!! Mary Sleep b. c1790 — two baptisms fit, which one??",
    "Tip: in FreeBMD use '*' as a wildcard, e.g. Heid* — and tick 'phonetic'",
    "The 'do' in the birthplace column = ditto, i.e. same as the line above.",
    "Why does the site show her as <Private>? She died in 1952!",
    "Search tip: surname=\"O'Neill\" returns nothing for me but O Neill works; looks like the apostrophe confuses their search :-/",
    "Does anyone know if the select vestry minutes for St Mary's survive? Asking for 1790–1810.",
    "Drop me a line at ruth.heide@example.com if you connect to the Heide/Hyde family",
    "Mod note: please don't post living people's details; use <Living> or initials instead. Thanks!",
    "Kurrent vs Sütterlin: Sütterlin was only taught from 1915, so a 1790 register is Kurrent (or Latin script for names)",
    "Heads-up: the Polish State Archives site is down for maintenance this weekend — don't panic if links 404",
    "'Died in his sleep, visitation of God' was the usual coroner's verdict in the 1840s — nothing suspicious",
    "If anyone has the 1921 census for 14 Water St, Ludlow, I'd be grateful (I'm on a pension & can't justify £3.50/page!)",
    "Executor's account mentions '£12 10s 6d to Wm. Smith for coffin & bell' — is that a lot for 1792?",
    "Translation request (Latin): 'Eodem die baptizata est Maria filia Patricii...' — thanks in advance!",
    "Has anyone used the new 'sort by' option on the catalog? Results come back by film number, not date. Annoying.",
    "Great find! <3 That's the Hamburg list I couldn't find for 3 years >.<",
    "Quick Q: GEDCOM export from FTM → Gramps loses my notes; anyone solved this? (FTM 2019, Gramps 5.1)",
    "Could someone with a sub look up: 1880 US census, Hamilton Co., OH, ED 123, p. 4 — Null family? Happy to return the favour.",
    "The 'Null' surname is real — it's German (Null/Noll). Please stop auto-correcting it, search engine!",
    "Answer: 'Ag Lab' = agricultural labourer; 'F.S.' = female servant; 'Ind.' = independent means",
    "Re: Re: Re: Kavanagh of Kells — yes!! Bridget is my 3x great-grandmother too. DM me.",
    "In the Latin entries 'N.N.' = nomen nescio (name unknown), not a person called N.N.",
    "For GEDCOM dates use ABT/BEF/AFT/BET...AND — typing 'c.' or '~' breaks some importers",
    "Windows users: the media paths in your GEDCOM are absolute (C:\\Users\\...), so on Mac they show as missing — use relative paths",
    "How do you record a 'dit' name? NAME Jean-Baptiste /L'Heureux/ with NICK Lajoie, or two NAME lines?",
    "Anyone else get 'unexpected character' when importing a GEDCOM with ü/ö/ß? Mine was ANSEL not UTF-8.",
    "Thanks all — solved! The 'Hans Heide' on the 1882 list was indexed as 'Hans Haide' ;-)",
    "Sad news: our long-time member Dora W. (the Null family expert) passed away last week. RIP.",
    "OT but: does anyone have tips for scanning glass plate negatives? 600 dpi or 1200?",
    "Just got my DNA results: 1,243 cM with an unknown match?!?! Help interpreting please",
    "List of Shropshire parishes & which records are online — https://wiki.example.org/Shropshire_parishes (community wiki)",
    "The 'Select Births and Christenings' collection is an index only; always go to the image/film",
    "LOL — spent 2 hours on 'Sleep' searches and got 400 newspaper ads for mattresses",
    "Is 'Gevattern' the same as 'Paten'? The 1790 Heide entry says 'Gevattern: Joh. Schmidt & Cath. Weber'",
    "Please, everyone — cite your sources!!! 'Family legend' != evidence",
    "Where would 'Wm Sellick' have been in 1841? Indexed as 'Wm Select' — had to laugh",
    "Seeking info: Hedwigis Nowak & Michael Kowalski m. 1842 Kowalewo (Posen). Polish/Latin readers welcome. Dziękuję!",
    "Q: the register says 'bapt. priv.' then 'rec'd into church' 3 months later — two entries, same child?",
    "Rootsweb list archives: old posts from 1999 mention 'Isaac Null b. 1821 Pa.' — anyone know who posted?",
    "Re: scans — I put mine in /Genealogy/Scans/<year>/<record type>/ and name them by piece/folio. Works well.",
    "To the person who asked about 'Union Lodge No. 38' — the lodge's membership registers 1750–1921 are on a subscription site",
    "The Irish civil records site is free — https://civilrecords.example.ie/ — births from 1864 (non-Catholic marriages from 1845)",
    "Can a 1731/32 date be entered in GEDCOM? Yes: 2 DATE @#DJULIAN@ 11 FEB 1731/32",
    "Thank you SO much for the look-up — I've been stuck on this family since 2009 😭",
    "Warning: the 'Heide family of Holstein' tree on that site mixes 3 different Johanns — don't copy it",
    "Does anyone know what 'exec.' means in a 1790s burial register margin? Executed?? or executor?",
    "Seeking: Wong Ah Sing, arrived San Francisco c.1875; worked on the railroad; later laundry in Sacramento",
]

FORUM_SURN = ["Heide", "Sleep", "Null", "Kowalski", "Hartley", "O'Brien", "Kavanagh",
              "Case", "Dunleavy", "L'Heureux", "Wiśniewski", "Dohrmann"]
FORUM_PLACES = ["Much Wenlock", "St Austell", "Ludlow", "Heide (Holstein)", "Kowalewo (Posen)",
                "Kells, Co. Meath", "Union Co., NJ", "Hamilton Co., Ohio", "Ste-Anne-de-la-Pérade"]


def tpl_forum(rng):
    s = rng.choice(FORUM_SURN)
    p = rng.choice(FORUM_PLACES)
    y = rng.randrange(1760, 1900)
    form = rng.randrange(3)
    if form == 0:
        return f"Seeking {s} family of {p}, c. {y}–{y + rng.randrange(10, 60)}. Any connections? Will share what I have."
    if form == 1:
        return f"Re: {s} in {p} — I have a bapt. {y} & a burial {y + rng.randrange(1, 80)}; same person? Thoughts welcome :)"
    return f"Brick wall: {s} b. abt. {y}, {p}. Parents unknown; tried PRs, census & wills. Ideas??"


CATEGORIES = [
    ("person_name", NAME_LITERALS, tpl_name),
    ("event_date", DATE_LITERALS, tpl_date),
    ("place_name", PLACE_LITERALS, tpl_place),
    ("gedcom_fragment", GEDCOM_LITERALS, tpl_gedcom),
    ("source_citation", CITATION_LITERALS, tpl_citation),
    ("census_transcription", CENSUS_LITERALS, tpl_census),
    ("register_transcription", REGISTER_LITERALS, tpl_register),
    ("dna_note", DNA_LITERALS, tpl_dna),
    ("research_log", LOG_LITERALS, tpl_log),
    ("forum_post", FORUM_LITERALS, tpl_forum),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat, literals, tpl in CATEGORIES:
        lits = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            lits.append(v)
        if len(lits) > PER_CATEGORY:
            raise SystemExit(f"{cat}: too many literals ({len(lits)})")
        gen = []
        tries = 0
        while len(lits) + len(gen) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template exhausted")
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            gen.append(v)
        if len(lits) / PER_CATEGORY < 0.55:
            raise SystemExit(f"{cat}: literal share below 55%")
        for v in lits + gen:
            rows.append((cat, v))
        stats.append((cat, len(lits) + len(gen), len(lits)))

    other = Path(__file__).with_name("attacks.jsonl")
    if other.exists():
        with other.open(encoding="utf-8") as fh:
            attack_values = {json.loads(line)["value"] for line in fh if line.strip()}
        clash = [v for _, v in rows if v in attack_values]
        if clash:
            raise SystemExit(f"value present in both files: {clash[0]!r}")

    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {cat}: {v!r}")
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, nl in stats:
        total_lit += nl
        print(f"{cat:24s} {n:4d}  literals {nl:3d}")
    print(f"{'TOTAL':24s} {len(rows):4d}  literals {total_lit:3d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
