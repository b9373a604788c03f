"""Benign held-out corpus for the library & archives theme (ids hb51-NNNNN).

Every value is text that a patron, cataloguer, archivist or ILL clerk would
really type into an ordinary field of a library / archives system: catalogue
search boxes, call numbers and shelf marks, MARC-style field notes, finding-aid
container descriptions, processing notes, patron requests, interlibrary-loan
notes, citations, identifier URLs and digitisation file paths.

The values are hard negatives: they are full of quotes, apostrophes, `--`
subject subdivisions, `$a` subfield codes, `<` `>` in SICI-style DOIs and EAD
markup, backslashes in Windows paths, `../` in relative facsimile links and
SQL/shell words in innocent context.  They were all written by hand for this
corpus; the only computed parts are small templates over hand-written pools
(ISBN check digits, BagIt manifest hashes, shelf marks, box/folder lines).

Standard library only.  Output is byte-identical on every run.
"""

import hashlib
import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = 5101
PREFIX = "hb51"
PER_CATEGORY = 80
OUT = Path(__file__).with_name("benign.jsonl")

# ---------------------------------------------------------------------------
# 1. catalogue search box (boolean / field syntax)
# ---------------------------------------------------------------------------
SEARCH_QUERY = [
    'au:"O\'Brien, Flann" AND ti:"third policeman"',
    'su:"Union catalogs" AND py:[1950 TO 1975]',
    '"select committee" AND su:"Great Britain. Parliament. House of Commons"',
    'su:"World War, 1939-1945 -- Campaigns -- France" AND la:fre',
    'su:"Dogs -- Juvenile fiction" NOT au:"Seuss, Dr."',
    'ti:"The sleep of reason" NOT au:goya',
    '"SQL injection attacks and defense" 2nd ed',
    'su:"Computer security" AND (ti:firewall* OR ti:"intrusion detection")',
    'Kernighan & Pike "The UNIX programming environment"',
    'ti:"Drop city" AND au:boyle',
    '"Union list of serials in libraries of the United States and Canada"',
    "Who's afraid of Virginia Woolf? script",
    "L'Étranger Camus folio",
    "Ngũgĩ wa Thiong'o decolonising the mind",
    "au:(Müller OR Mueller OR Muller) AND ti:Wörterbuch*",
    "東京 AND 地図 AND py:1920-1940",
    '"Война и мир" Толстой 1869',
    'ti:"ألف ليلة وليلة" AND la:ara',
    "colo?r AND theor* AND py:>2000",
    '"The $100 startup" Guillebeau',
    "Orwell 1984; Animal farm; Homage to Catalonia",
    '"executive summary" annual report 2014 -draft',
    '"Passwords: philology, security, authentication" Lennon',
    '"Gödel, Escher, Bach" 20th anniversary',
    "isbn:978-0-262-03384-8",
    "issn:0028-0836 AND py:2003",
    'callnumber:"PR6019.O9*"',
    "\"E=mc²\" biography of the world's most famous equation",
    'ti:"C++ primer" AND ed:5',
    '"C# in depth" skeet',
    "HTML & CSS: design and build websites, Duckett",
    '"Rock & roll" AND py:[1955 TO 1965] AND format:LP',
    "Pride & Prejudice -zombies",
    'su:"Shell collecting" OR su:"Seashells -- Identification"',
    '"script and print" 16th century palaeography',
    'ti:"Delete: the virtue of forgetting in the digital age"',
    '"Where the wild things are" sendak big book',
    'kw:("drop caps" OR "initial letters") AND su:"Illumination of books and manuscripts"',
    'Les Misérables Hugo "tome 2"',
    '"Cien años de soledad" García Márquez primera edición',
    'Kierkegaard "Enten – Eller" dansk',
    'ti:Ulysses AND au:Joyce NOT ti:"Ulysses S. Grant"',
    '"Mrs. Dalloway" OR "To the lighthouse" hogarth press',
    'su:"Whaling -- Massachusetts -- Nantucket -- History -- 19th century"',
    'au:"Hildegard, of Bingen, Saint, 1098-1179"',
    'ti:"Alert collector" AND su:"Collection development"',
    '"The system of the world" Newton principia book 3',
    'eval* AND su:"Public libraries -- Evaluation"',
    '"The Linux command line" shotts 2nd ed',
    'Hamlet "to be, or not to be" first quarto',
    "ti:(whale* OR cetacea*) AND su:\"Natural history\" AND py:<1900",
    "富士山 浮世絵 北斎",
    '"Πολιτικά" Αριστοτέλης δημοκρατία',
    'Ibn Khaldūn "al-Muqaddimah" Rosenthal translation',
    'Kraków "Pan Tadeusz" Mickiewicz 1834',
    "what's the difference between a union catalogue and a discovery layer?",
]

SEARCH_FIELD_TERMS = {
    "ti": ['"Moby-Dick"', '"The drop"', "sleep", '"Select documents"', "haiku*",
           '"Encyclopédie"', '"Tōkyō monogatari"', '"Shell shock"', '"Union Street"'],
    "au": ["melville", '"Brontë, Charlotte"', "d'Alembert", "Dostoevsky", "Kierkegaard",
           '"Çelebi, Evliya"', '"Ørsted, H. C."', '"García Márquez"', "O'Casey"],
    "su": ['"Trade unions"', '"New York (N.Y.) -- History"', '"Nantucket (Mass.)"',
           '"Łódź (Poland)"', '"São Paulo (Brazil)"', '"Üsküdar (Istanbul, Turkey)"',
           '"War neuroses"', '"Sleep -- Physiological aspects"'],
    "kw": ["exec*", "haiku", "sleep", '"drop cap*"', "script*", '"select committee"'],
    "pb": ['"Gallimard"', '"Faber & Faber"', '"Hogarth Press"', '"Ullstein"', '"Penguin"'],
}
SEARCH_FIELDS = ["ti", "au", "su", "kw", "pb"]
SEARCH_OPS = ["AND", "OR", "NOT", "AND NOT"]
SEARCH_TAILS = [
    "", " AND py:[1800 TO 1899]", " AND la:eng", " AND format:Book",
    " AND py:>=2010", " AND loc:\"Special Collections\"",
]


def tpl_search(rng):
    f1, f2 = rng.choice(SEARCH_FIELDS), rng.choice(SEARCH_FIELDS)
    t1, t2 = rng.choice(SEARCH_FIELD_TERMS[f1]), rng.choice(SEARCH_FIELD_TERMS[f2])
    if t1 == t2:
        return None
    return f"{f1}:{t1} {rng.choice(SEARCH_OPS)} {f2}:{t2}{rng.choice(SEARCH_TAILS)}"


# ---------------------------------------------------------------------------
# 2. call numbers and shelf marks
# ---------------------------------------------------------------------------
CALL_NUMBER = [
    "PR6019.O9 U4 1986",
    "QA76.9.D3 D3725 2004",
    "Z695.1.S3 H34 2010",
    "823.912 WOO",
    "005.133 PYT v.2",
    "MS Ashmole 1504, fol. 23v",
    "Add MS 43725",
    "Cod. Pal. germ. 848, fol. 124r",
    "MS Douce 134, pp. 12-14",
    "Folio KF8742 .A5 1999",
    "Ref. Z1215 .U58 1983 c.3",
    "Oversize G1019 .T55 1922",
    "f PQ2637.E85 E8 1947",
    "Microfilm reel 1142, frames 233-240",
    "Ms. Codex 1560",
    "C.39.h.18",
    "Cotton MS Nero A X/2, ff. 94r–130v",
    "PN1995.9.S26 B45 2004 DVD",
    "YA 823.92 ROW",
    "J 599.53 WHA",
    "R 030 ENC v.12",
    "Y 4.G 74/7:SE 2/2",
    "A 1.35:456/2",
    "A/RES/217(III)",
    "S/RES/242 (1967)",
    "CD 4521",
    "M452 .B42 op.59 no.1",
    "M3.1 .B2 BWV 1007-1012 1950",
    "4° Phil. 1123",
    "Rés. Ye 4143",
    "Inv. 2019/0042-17",
    "Hs. 3081",
    "025.04/3",
    "WG 120 H4365 2008",
    "BX1765.2 .Y3 1985 Suppl. 1-3",
    "D810.J4 A1 no.12 (1946)",
    "Stack 3, Range 12B, Shelf 4",
    "MS Rawl. poet. 149, ff. 1-32",
    "84(2Рос=Рус)6-44",
    '94(410)"1939/1945"',
    '338.1(44)"18"',
    '821.111-31"19"',
    "940.5318 W65 2006",
    "QA76.73.S67 B43 2015 | copy 2",
    "913.6/N58",
    "K 3/1-12 & Beil.",
    "Arch. Selden. B. 24",
    "MSS Eng. c. 2773, fols. 1-40",
    "LP 1974/33 (2 discs)",
    "Per. 2705 d. 386 = Bodl. 1998-",
    "E 183.8 .S65 K56 2011 <Main, 4th floor>",
    "GV1469.35.M53 L48 2020 (Games & Media)",
]

LC_CLASSES = ["QA", "PR", "PS", "PQ", "PT", "Z", "BX", "HD", "KF", "ND", "G", "DA", "ML"]
CUTTER_LETTERS = "ABCDEGHKLMNPRSTW"


def tpl_call_number(rng):
    kind = rng.randrange(3)
    if kind == 0:
        cls = rng.choice(LC_CLASSES)
        num = f"{rng.randint(1, 9999)}"
        if rng.random() < 0.5:
            num += f".{rng.randint(1, 99)}"
        c1 = f"{rng.choice(CUTTER_LETTERS)}{rng.randint(2, 999)}"
        c2 = f"{rng.choice(CUTTER_LETTERS)}{rng.randint(2, 99)}"
        return f"{cls}{num} .{c1} {c2} {rng.randint(1850, 2024)}"
    if kind == 1:
        dd = f"{rng.randint(0, 999):03d}.{rng.randint(1, 9999)}"
        return f"{dd} {rng.choice(['SMI', 'GAR', 'ØST', 'MÜL', 'OBR', 'DUB'])}"
    fonds = rng.choice(["MS Rawl. D.", "MS Douce", "MS Bodl.", "Add MS", "MS Lat. misc. c."])
    side = rng.choice(["r", "v"])
    return f"{fonds} {rng.randint(1, 1600)}, fol. {rng.randint(1, 240)}{side}"


# ---------------------------------------------------------------------------
# 3. MARC-like field notes
# ---------------------------------------------------------------------------
MARC_FIELD = [
    "245 10 $a Moby-Dick, or, The whale / $c by Herman Melville.",
    "100 1_ $a Dostoyevsky, Fyodor, $d 1821-1881.",
    "100 1# $a García Márquez, Gabriel, $d 1927-2014, $e author.",
    "650 _0 $a World War, 1939-1945 $x Campaigns $z France.",
    "245 14 $a The sleep of reason : $b essays on Goya / $c edited by M. O'Neill.",
    '500 ## $a "Limited to 250 copies"--Colophon.',
    "504 ## $a Includes bibliographical references (p. 301-322) and index.",
    "505 0_ $a Pt. 1. Select committee reports -- pt. 2. Union minutes -- pt. 3. Correspondence.",
    '520 ## $a "A history of the drop-forge trade in Sheffield, 1850-1950"--Provided by publisher.',
    "246 3_ $a Moby Dick",
    "260 ## $a London : $b Printed for J. Johnson, $c [1798?]",
    "264 _1 $a [Place of publication not identified] : $b [publisher not identified], $c 2011.",
    "300 ## $a xii, 345 pages : $b illustrations (some color), maps ; $c 24 cm",
    "490 1_ $a Lecture notes in computer science ; $v 4321",
    "856 40 $u https://doi.org/10.1007/978-3-540-69507-3 $z Full text available to subscribers",
    "041 1_ $a eng $h ger",
    "020 ## $a 9780140449136 $q (paperback)",
    "880-02 $6 245-02 $a 戦争と平和 / $c トルストイ著 ; 米川正夫訳.",
    "245 00 $a Œuvres complètes / $c Molière ; édition établie par Georges Forestier.",
    "700 0_ $a Ibn Khaldūn, $d 1332-1406.",
    "600 10 $a Shakespeare, William, $d 1564-1616 $x Criticism and interpretation.",
    "655 _7 $a Commonplace books. $2 aat",
    "561 ## $a Bookplate of Sir Thomas Phillipps; sold at Sotheby's, 1899, lot 412.",
    "590 ## $a Library's copy imperfect: lacks leaves A1 & A8 (blanks?).",
    "538 ## $a Mode of access: World Wide Web. System requirements: Adobe Acrobat Reader.",
    "538 ## $a System requirements: PC; Windows XP or later; CD-ROM drive.",
    "546 ## $a In Latin and Middle English; some text in Anglo-Norman.",
    "510 4_ $a STC (2nd ed.), $c 22273",
    "533 ## $a Microfilm. $b Ann Arbor, Mich. : $c University Microfilms, $d 1972. $e 1 microfilm reel ; 35 mm.",
    "240 10 $a Selections. $l English",
    "130 0_ $a Bible. $p Psalms. $l Latin. $s Vulgate.",
    "650 _0 $a Shell collecting $z Florida.",
    "650 _0 $a Computer security $v Handbooks, manuals, etc.",
    "650 _0 $a SQL (Computer program language)",
    "650 _0 $a Sleep disorders $x Treatment.",
    "245 10 $a Exec : $b a comedy in three acts / $c by R. Hale.",
    '500 ## $a Title from caption; imprint from colophon: "Printed at Oxford, by Leonard Lichfield ... 1643."',
    '590 ## $a Annotations in pencil throughout; p. 45 has "cf. Union Catalogue, no. 331" in margin.',
    "035 ## $a (OCoLC)ocm12345678",
    "035 ## $a (DE-599)ZDB2071234-5",
    "040 ## $a DLC $b eng $e rda $c DLC $d OCoLC",
    "082 04 $a 005.13/3 $2 23",
    "090 ## $a QA76.73.S67 $b B43 2015",
    "LDR 00000cam a2200000 i 4500",
    "008 950303s1994    enk      b    001 0 eng d",
    "245 13 $a L'histoire de la folie à l'âge classique / $c Michel Foucault.",
    "100 0_ $a Hildegard, $c of Bingen, Saint, $d 1098-1179.",
    "245 10 $a Hå hå : $b dikter / $c Åsa Ørstavik.",
    "650 _0 $a Libraries $x Automation $x Evaluation.",
    "245 10 $a Where's Waldo? : $b the great picture hunt! / $c Martin Handford.",
    "500 ## $a Added t.p. in Greek: Ἰλιάς.",
    "246 1_ $i Title on spine: $a <<The>> whale",
]

MARC_SUBJECTS = [
    "Whaling", "Libraries", "Archives", "Manuscripts, Latin (Medieval and modern)",
    "Bookbinding", "Printing", "Cookery, French", "Trade unions", "Railroads",
    "Women authors, English", "Sleep", "Shells", "Scripts (Writing)", "Paleography, Greek",
]
MARC_SUBDIVS = [
    "$x History", "$x History $y 19th century", "$z England $z London", "$v Catalogs",
    "$x Conservation and restoration", "$z France $x History $y 18th century",
    "$v Bibliography", "$x Law and legislation $z Germany", "$v Early works to 1800",
]
MARC_NAMES = [
    "Brontë, Charlotte, $d 1816-1855", "Ørsted, H. C. $q (Hans Christian), $d 1777-1851",
    "Łukasiewicz, Jan, $d 1878-1956", "Ngũgĩ wa Thiong'o, $d 1938-",
    "Pérez Galdós, Benito, $d 1843-1920", "Çelebi, Evliya, $d 1611-1682",
    "Nansen, Fridtjof, $d 1861-1930", "Tōgō, Heihachirō, $d 1848-1934",
]


def tpl_marc(rng):
    kind = rng.randrange(3)
    if kind == 0:
        subj = rng.choice(MARC_SUBJECTS)
        sub = rng.choice(MARC_SUBDIVS)
        return f"650 _0 $a {subj} {sub}."
    if kind == 1:
        name = rng.choice(MARC_NAMES)
        role = rng.choice(["author", "translator", "former owner", "editor"])
        tag = rng.choice(["100 1_", "700 1_"])
        return f"{tag} $a {name}, $e {role}."
    pages = rng.randint(48, 900)
    cm = rng.randint(16, 33)
    ill = rng.choice(["illustrations", "maps", "facsimiles", "plates", "music"])
    return f"300 ## $a {pages} pages : $b {ill} ; $c {cm} cm"


# ---------------------------------------------------------------------------
# 4. finding-aid box / folder descriptions
# ---------------------------------------------------------------------------
FINDING_AID = [
    "Box 3, Folder 12: Correspondence with Faber & Faber re: 'The Waste Land' proofs, 1922-1923",
    "Box 14 / Folders 2-5: Minutes of the Select Committee on Public Libraries; annotated.",
    "Series II: Union records, 1934–1978 (bulk 1946–1960). 12 linear ft.",
    'Folder 7: Scripts for radio broadcasts ("The Sleep of Reason", BBC Third Programme), typescripts with ms. corrections',
    "Oversize Box OS-2: Architectural drawings for the east wing; blueprints & sepias; 1 roll.",
    "Box 22: Floppy disks (5.25\") and Zip disks; contents imaged to /archive/born-digital/2019-044/ -- see processing note",
    "Folder 1: Photographs — Mme. du Châtelet's house at Cirey? (identification uncertain)",
    "Box 5, f. 3: Letters, H–K (includes letter from Kafka's sister Ottla, in German)",
    "Box 9: Exec. committee agendas; drop files kept by the strike committee, 1968",
    "Restrictions: Folders 14-16 closed until 2045 (personnel records). All other folders open.",
    "Arrangement: Series I. Correspondence; Series II. Writings; Series III. Financial; Series IV. Audiovisual.",
    "Box 11 (folders 1–8): Typescript of 'Kill All Enemies' — drafts 1 & 2; draft 3 wanting.",
    "Folder 4: Shell Oil Co. sponsorship correspondence, 1957",
    "Box 2: Password-protected laptop (Dell Latitude, 2009) — not yet imaged; password unknown to donor",
    "Box 30: Alert bulletins from the Civil Defence office, 1940–1945",
    "Folder 9: Drawings by children ('My house', 'My dog & me'), undated",
    "Box 1 | Folder 1 | Correspondence, 1901-1905\nBox 1 | Folder 2 | Correspondence, 1906-1910\nBox 1 | Folder 3 | Correspondence, undated",
    "Folder 15: Press cuttings re: the 'Union Jack' flag controversy; fragile, use photocopies",
    '<emph render="italic">The Tempest</emph> promptbook, 1911, with cast list',
    '<unittitle>Diaries</unittitle>, <unitdate normal="1912/1914">1912-1914</unitdate> (3 vols.)',
    'Box 6: Sound recordings — reel-to-reel (¼"), 7" @ 3¾ ips',
    'Folder 3: Recipes ("Grandma\'s $5 cake", "1-2-3-4 cake", "Sunday roast")',
    "Karton 4, Mappe 2: Briefwechsel mit dem Verlag S. Fischer, 1919–1933",
    "Boîte 7, dossier 3 : correspondance familiale (1870-1871), lettres de Paris assiégé",
    "Caja 2, carpeta 11: Expedientes de la Junta; copias mecanografiadas",
    "Коробка 1, папка 4: письма к матери, 1915–1917",
    "Box 17: Printed ephemera — theatre bills, menus, dance cards (some with pencilled names)",
    "Folder 2: Notes toward <title>Essays on Goya</title>; see also Box 18",
    "Box 8, Folder 6: Legal — Smith v. Jones (1931), depositions & exhibits A–F",
    "Box 25: Lantern slides, 3¼ × 4 in., glass; #12 and #19 broken",
    "Subseries 3.2: Drafts of untitled novel (working title \"Drop City Blues\"), 1979-1983",
    "Box 4: Account books, 1842–1851; the 1847 volume has water damage (pp. 40–56 illegible)",
    "Folder 10: Minutes of the Union Street Chapel Sunday School; also hymn sheets",
    "Box 12: Computer printouts — SQL reports from the 1994 circulation system (SELECT statements annotated by hand)",
    "Folder 1-3: Scrapbook pages (removed from binding 2016; original order recorded in item-level list)",
    "Box 20: Photographs of the 1953 flood, 8×10 prints; photographers unknown",
    "Map case 3, drawer 7: Ordnance Survey sheets, 6\" to the mile, Oxfordshire, 1880s",
    "Box 7: Sermons (Welsh & English), 1820s-1850s; 'Y Bregeth ar y Mynydd' in 3 versions",
    "Folder 18: Correspondence with the Ministry re: the ruling of 14/02/1962 <copy>",
    "Box 33: VHS tapes — 'Open Day 1994', 'Retirement party (J. O'Connor)', 'Untitled #3'",
    "Box 1: Deeds & indentures, 1702–1788 (parchment; seals detached and bagged separately)",
    "Folder 5: Telegrams (\"ARRIVE TUESDAY STOP BRING KEYS STOP\"), 1944",
    "Box 10: Executive board files — \"drop\" files (items dropped from agenda), 1971-1975",
    "Series V: Born-digital records, 2001-2012. 14.2 GB; 3,118 files; formats: .doc, .xls, .wpd, .jpg",
    "Box 15, Folder 1: Glass plate negatives, 4×5 in.; subjects: \"Mrs. B— at the well\", etc.",
    "箱 3、フォルダ 2：書簡（1925年–1930年）、和紙、一部破損",
    "Scatola 2, fascicolo 8: Lettere di G. Verdi all'editore Ricordi (copie)",
    "Box 19: Posters, folded; 'Stop the closure! Save our library!' campaign, 1988",
    "Folder 6: Student essays on 'Is the union of crowns a union of nations?', 1907",
    "Box 27: Oral history cassettes, interviews 1-24; transcripts in Box 28",
]

FA_TYPES = [
    "Correspondence", "Photographs", "Minutes", "Drafts", "Printed material", "Accounts",
    "Press cuttings", "Notebooks", "Maps & plans", "Ephemera", "Diaries", "Sermons",
]
FA_SUBJECTS = [
    "re: the new reading room", "with the Lord Chamberlain's Office",
    "of the Women's Suffrage Union", "from São Paulo", "re: the 'Union Street' fire",
    "of the Select Vestry", "re: the library's first computer system", "to & from Ørsted",
    "on the drop in membership", "re: sleeping sickness trials", "from Łódź & Kraków",
]


def tpl_finding_aid(rng):
    box = rng.randint(1, 60)
    f1 = rng.randint(1, 25)
    y1 = rng.randint(1850, 1995)
    y2 = y1 + rng.randint(1, 12)
    folder = f"Folder {f1}" if rng.random() < 0.6 else f"Folders {f1}-{f1 + rng.randint(1, 4)}"
    dash = rng.choice(["-", "–"])
    return f"Box {box}, {folder}: {rng.choice(FA_TYPES)} {rng.choice(FA_SUBJECTS)}, {y1}{dash}{y2}"


# ---------------------------------------------------------------------------
# 5. archivist processing notes
# ---------------------------------------------------------------------------
PROCESSING_NOTE = [
    "Removed rusty paperclips & staples; rehoused into acid-free folders. 0.5 linear ft. weeded (exact duplicates).",
    "Accession 2019-044: 3 hard drives imaged with FTK Imager; MD5/SHA-1 hashes logged in /accessions/2019-044/metadata/hashes.txt",
    "Ran bulk_extractor over the disk image; found 14 email addresses & 2 SSNs -> folder flagged as restricted.",
    "Files with .exe and .dll extensions retained but not rendered; see DROID report (droid_2019-044.csv).",
    "Donor's /Users/hmiller/Documents folder copied as-is with rsync -a; original timestamps preserved.",
    "Found a file named 'passwords.txt' on the donor's laptop -- contents restricted; donor notified 2021-03-04.",
    "Mold present in Box 4; isolated & sent for freezing. DO NOT SERVE until conservation sign-off.",
    "Original order kept where possible; folders labelled 'misc.' & 'odds + ends' by the creator were retained verbatim.",
    "Collection previously described as 'Smith family papers'; renamed per donor's wish → 'Smith–Okafor family papers'.",
    "Duplicate of MS 1234 f. 3; do NOT delete the earlier record -- merge holdings instead.",
    "Select items digitised 2018 (see IIIF manifest); the rest on demand.",
    "Drop-in session with the conservator on 12 May: reviewed tape splices; vinegar syndrome in reels 3 & 7.",
    "Email archive (PST, 4.2 GB) converted to MBOX with readpst; attachments extracted to /processing/2020-011/attachments/",
    "Script used: normalize_filenames.py (replaces spaces with _, strips trailing dots); log in ./logs/2020-011.log",
    "The creator's spreadsheets contain formulas such as SUM(B2:B40); values preserved, not recalculated.",
    "Checked with ClamAV: 0 infected files; 2 password-protected ZIPs could not be scanned (left in quarantine folder).",
    "Redacted SSNs in Box 8, folder 2 using black-out photocopies; originals sealed until 2070.",
    "Conservation: tear on p. 12 repaired w/ wheat-starch paste & Japanese tissue (kozo, 9 g/m²).",
    "Restauriert 2015; Fraßspuren (Anobium) auf Bl. 1–4; Einband gereinigt.",
    "Traitement : dépoussiérage, mise en chemises neutres ; 3 ml ; éliminations : doublons (0,2 ml).",
    "Nota: se eliminaron duplicados; quedan 12 carpetas; fechas normalizadas a AAAA-MM-DD.",
    "Unix timestamps in the log files (e.g. 1199145600) converted to ISO 8601 for the inventory.",
    "Rehoused 12 glass plate negatives (4×5\"); #7 cracked — stored separately in a sink mat.",
    "WordPerfect 5.1 files (*.wp5) migrated to PDF/A-2b & ODT; originals kept in the bag (BagIt 0.97).",
    "Series renamed from 'Exec. Dir. files' to 'Executive Director's files' for clarity.",
    "Processing level: minimal (MPLP). Folder titles transcribed from creator's labels, incl. spelling errors [sic].",
    "Photographs sleeved in polyester (Mylar); captions on versos transcribed into the <unittitle> field.",
    "Removed 3 rubber-banded bundles; bands had perished & stuck to letters -> see conservation report CR-2022-17.",
    "Box 12 computer printouts contain SELECT queries from the old circulation system; kept as evidence of library workflows.",
    "Dates in the creator's diaries use dd/mm/yy; converted in the finding aid to yyyy-mm-dd (e.g. 03/04/61 -> 1961-04-03).",
    "Scanned at 400 ppi, 24-bit; masters TIFF, access JPEG; OCR'd with Tesseract (eng+deu) -- quality poor on Fraktur.",
    "Loose enclosures (pressed flowers, 1 lock of hair) removed and housed in Box 40 with pointer sheets.",
    "The donor asked that letters from 'Uncle Bill' be kept closed for 25 years; agreed & noted in deed of gift §4.",
    "Audio reels: 6 × ¼\" open reel, 7\" spools, played back at 7½ ips; digitised to 96 kHz/24-bit WAV (BWF).",
    "Legacy finding aid (1972, typewritten) OCR'd and corrected by hand; container list re-keyed into ArchivesSpace.",
    "A shell script (rename_batch.sh) in the donor's home directory was kept as part of the record; not executed.",
    "All nitrate negatives removed to cold storage (−18 °C) on 2023-02-09; access via duplicates only.",
    "Volunteer hours: 36 h (J.R.), 12 h (M.Ø.); thanks to the Friends of the Library union branch for funding.",
    "Item-level description only for Series I; Series II–IV described at folder level.",
    "Removed pins & string ties; flattened rolled maps in humidity chamber (RH ≈ 80 %, 2 h), then under weights.",
    "处理说明：去除金属订书钉，换装无酸文件夹；破损页已修复。",
    "Processing note for staff: box 9 labelled 'DROP — do not use' means the box was dropped in transit (1998); contents fine.",
    "Disk image mounted read-only (mount -o ro,loop) to check directory structure; no files modified.",
    "Identified 214 duplicate photos by checksum (md5sum | sort | uniq -d); kept the earliest copy of each.",
    "Emails from the union's general secretary <gs@union.example.org> restricted until 2040 at the donor's request.",
    "Script of the 1963 pantomime (\"Aladdin & his Wonderful Lamp\") found in Box 3 — moved to Series IV, Performances.",
    "Several letters are in Sütterlin script; transcriptions by volunteer (H. Schäfer) added as folder-level notes.",
    "Sleeve notes written in a mix of Gaeilge and English; e.g. 'Dia dhuit' on the first page.",
    "Accession register entry 1957/33 reads \"1 box, misc.\" — actual extent 4 boxes; register annotated in pencil.",
    "Eval of the 2019 pilot: 78 % of researchers found the new box labels clearer (n = 41).",
]

NOTE_ACTIONS = [
    "rehoused in acid-free folders", "weeded duplicates", "flattened and interleaved",
    "surface-cleaned with a smoke sponge", "removed metal fasteners", "re-foldered & relabelled",
    "checked against the accession register", "imaged disk (read-only) & verified checksums",
]
NOTE_WHERE = ["Box 3", "Box 12, ff. 1-6", "Series II", "Oversize folder OS-4", "Boxes 20–24", "the map drawer"]
NOTE_STAFF = ["JR", "MØ", "AK", "SL", "TdB", "ÉV"]


def tpl_processing_note(rng):
    d = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"{d}: {rng.choice(NOTE_WHERE)} — {rng.choice(NOTE_ACTIONS)} ({rng.choice(NOTE_STAFF)})"


# ---------------------------------------------------------------------------
# 6. patron requests and holds
# ---------------------------------------------------------------------------
PATRON_REQUEST = [
    "Please hold 'The Sleep of Reason' for me at the Main branch — I'll pick up Thursday after 5pm.",
    "Could you pull MS Douce 134 for Tue 14 May, 10:00? I'll need the foam wedges & snake weights.",
    "Request: scan pp. 45–62 of QA76.9.D3 D3725 2004 (chapter 4, 'Select & join') for my class.",
    "Hi! Is there a copy of 'Drop City' that isn't checked out? The catalogue says 'In transit' since March?",
    "I can't log in — my password reset email never arrived. Could someone check my account?",
    "Renew all please; the kids' books (Gruffalo, Where's Spot?) are overdue by 2 days, sorry!",
    "Purchase suggestion: Ngũgĩ wa Thiong'o, 'Decolonising the Mind' (new edition, 2023).",
    "My son (age 8) wants 'Diary of a Wimpy Kid #3' — are there holds ahead of us?",
    "Please cancel my hold on 'Union Street' by Pat Barker; I bought a copy.",
    "Is it OK to photograph folios 12r–15v with my phone (no flash)?",
    "Book drop was full on Sunday so I left 3 books on top — hope that's OK :)",
    "The self-check machine said 'System error 0x80004005' when I tried to return 'Sapiens'.",
    "Room booking: Group Study 3, Fri 2–4 pm, 5 people; we need the HDMI cable & whiteboard markers.",
    "Please email me when 'Cien años de soledad' (Spanish ed.) comes back: maria.lopez@example.org",
    "Hold for pickup at Øster branch — name: Søren Kierkegaard-Hansen",
    "Je voudrais réserver « Les Misérables », tome 2, s'il vous plaît.",
    "Bitte das Buch „Die Verwandlung“ für mich zurücklegen – ich komme am Montag.",
    "我想预约《红楼梦》第二册，谢谢。",
    "Ich habe 2 € Mahngebühr — kann ich das online bezahlen?",
    "Fine of $3.50 on my account — I returned 'The UNIX Programming Environment' on time, can you check?",
    "Looking for anything on SQL injection & web security for my thesis; the 'Computer security' shelf is nearly empty.",
    "Do you have the exec summary of the 2019 library strategy? My councillor asked for it.",
    "Please don't send overdue notices to my old address (12 Union St.); new address is on file.",
    "Could you set aside the microfilm reader with the USB scanner for 9–11am on Friday?",
    "The guest Wi-Fi shows an 'alert: certificate not trusted' page — is that normal?",
    "My hold shows 'Ready for pickup' but the locker code (#4417) doesn't work.",
    "Is 'Sleep: a very short introduction' available as an e-book?",
    "Can you please pull boxes 3, 5 & 9 (not 4) of the Faber collection for next Wednesday?",
    "I'd like to request the 1st ed. of 'Gödel, Escher, Bach' from the stacks — not the 20th anniversary one.",
    "Hello, I returned 'Where the Crawdads Sing' yesterday but it still shows on my card?",
    "Can I get a copy of the script for the 1963 pantomime in the theatre collection? Happy to pay.",
    "Please hold: 'The C Programming Language' (K&R, 2nd ed.) — ISBN 0-13-110362-8.",
    "I need ti:\"Moby-Dick\" Norton critical edition for my seminar; all copies say 'due 05/06'.",
    "Could you tell me if MS Rawl. D. 1234 fol. 12r has been digitised? I can't find it in the viewer.",
    "Reading room appointment please: 3 people, 2 hrs, Sat. We're researching the 'drop-forge' trade.",
    "Where can I find books about 'system administration' for Linux/Unix? Call no. range?",
    "Please renew 'Война и мир' (vol. 2) — I'm only halfway through!",
    "Can I reserve the meeting room for our book club ('Between the Lines')? 2nd Tuesday, 6:30–8 pm.",
    "Could you add 'Drop Dead Healthy' (A.J. Jacobs) to the collection? Lots of interest at work.",
    "The audiobook 'Eleanor Oliphant is Completely Fine' skips at 3:14:07 on disc 6 — scratched?",
    "Hi — my library card (ending 0042) was lost; please block it & issue a new one.",
    "Is there an alert when a new issue of 'The Economist' arrives? I'd like to be notified.",
    "Please hold Vol. 1 & Vol. 3 of 'The Lord of the Rings' (vol. 2 I already have).",
    "For my dissertation I need Box 12 (the printouts with SELECT statements from the 1994 system).",
    "كنت أرغب في حجز كتاب «موسم الهجرة إلى الشمال» للطيب صالح، شكراً.",
    "Quisiera reservar «Rayuela» de Cortázar; ¿hay ejemplares disponibles?",
    "Hold request: \"Python Crash Course\" 3rd ed.; I'm #5 in the queue?? Any chance of an extra copy?",
    "Can someone help me print from my laptop? The print release station says 'Job rejected: quota'.",
    "Please can I have the 'Lost & found' form — I left a blue umbrella near the 900s.",
    "Wondering if you have anything on the Shell Oil spill of 1969 (Santa Barbara)?",
]

HOLD_TITLES = [
    "Moby-Dick", "Drop City", "The Sleep of Reason", "Les Misérables", "Pan Tadeusz",
    "Cien años de soledad", "Gödel, Escher, Bach", "Where's Spot?", "Union Street",
    "Norwegian Wood", "Die Verwandlung", "The UNIX Programming Environment", "Ulysses",
]
HOLD_FORMATS = ["hardback", "large print", "e-book", "audiobook CD", "DVD", "paperback"]
HOLD_BRANCHES = ["Main", "Øster", "Riverside", "St. Mary's", "Union Road", "Mobile library"]


def tpl_patron_request(rng):
    t = rng.choice(HOLD_TITLES)
    f = rng.choice(HOLD_FORMATS)
    b = rng.choice(HOLD_BRANCHES)
    shape = rng.randrange(3)
    if shape == 0:
        return f"Please place a hold on '{t}' ({f}) for pickup at {b}."
    if shape == 1:
        return f"Can I renew '{t}' ({f})? I'm at {b} on {rng.choice(['Mon', 'Wed', 'Sat'])}."
    return f"Hold '{t}' — {f} only, please — collect from {b} branch; thanks!"


# ---------------------------------------------------------------------------
# 7. interlibrary-loan notes
# ---------------------------------------------------------------------------
ILL_NOTE = [
    "ILL #2024-0412: lender OCLC symbol ZCU; due 2024-06-01; renewals: no; in-library use only.",
    "Borrowing note: patron will accept chapter scan (pp. 101-133) instead of loan; max cost $25.",
    "Lender: copyright compliance CCG; max cost 0 (reciprocal); need before 15/07/2024.",
    "Article request: J. Chem. Soc., Perkin Trans. 1, 1998, (4), 651–656.",
    "Received damaged -- spine split; lender notified, photos attached to the transaction.",
    "Returned via courier (tracking 1Z 999 AA1 0123 4567 84) on 03/05.",
    "Unfilled: dissertation 'Sleep and memory consolidation in adolescents' (ProQuest 3312456) — reason: not owned.",
    "Conditions: NO PHOTOCOPYING; use in Special Collections only; return by insured mail.",
    "Lending string: ZCU, IUL, *NYP, COO, TXA",
    "Patron wants the 2nd ed. (1987), not the 3rd — please don't substitute.",
    "Fernleihe: Bestellnr. 2024/0815, Lieferung als PDF an die Benutzerin; Kosten 1,50 €",
    "PEB : demande n° 4471 — exemplaire exclu du prêt ; reproduction partielle acceptée (≤ 10 %).",
    "Lender says: in use until September -> try again after 2024-09-01.",
    "Status changed from 'Awaiting Lender' to 'Checked out to customer'; due date set to 2024-07-12.",
    "Copyright: rule of 5 exceeded for this journal — royalty $31.00 paid via CCC.",
    "Odyssey delivery failed (server 192.0.2.44 not reachable); resent via Article Exchange.",
    "Book is a 1743 imprint — lender asks for cradle & reading room use only; no overnight.",
    "Patron note: \"I only need the appendix with the union membership tables (Table A3–A7).\"",
    "Please send to: ILL Office, Library, 12 Union St., Dunedin 9016, NZ",
    "Loan period 4 weeks + 2 renewals; overdue fee €0.50/day charged to patron account.",
    "Request cancelled by patron — found the article via open access (arXiv:2101.01234).",
    "Rapid ILL batch 2024-05-14: 37 requests sent, 31 filled < 24 h, 6 unfilled (not held).",
    "Scan quality poor (pp. 14 & 15 cut off at gutter) — asked lender to rescan.",
    "Borrowing: 'Die Drei ??? und der Fluch des Rubins' — lender in DE, shipping ~10 days.",
    "Lender requires signature on arrival; do not drop in the ILL box.",
    "Citation verified in WorldCat (OCLC #12345678); 4 holdings in the UK; sent to BL first.",
    "Return label attached; lender ref. 'L-22/0917'; insure for £250.",
    "Microfilm reel 1142 — patron needs frames 233-240 only; ask for paper copies if possible.",
    "Journal issue missing from our shelf (v.120 no.4) — requested the article via ILL in the meantime.",
    "Patron is a visiting scholar (card expires 2024-08-31); loan must be back before then.",
    "Lender comment: \"Not for loan -- reference collection\"; requesting scan of ToC instead.",
    "借阅说明：请在2024年6月1日前归还，仅限馆内阅读。",
    "Notes from lender: book has loose plates (3 & 7); please keep in the enclosed folder.",
    "Conditions accepted by patron on 2024-05-02 10:14 (web form).",
    "Invoice #INV-88312: 2 items × $15.00 + $4.75 shipping = $34.75; paid by IFM.",
    "Item lost in transit; lender charging replacement $120 + $20 processing; escalate to head of ILL.",
    "Patron asked: can the DVD (region 2) be sent? We only have region 1 players -- explained.",
    "Unfilled reason code: 'NOS' (not on shelf). Next lender in string: IUL.",
    "Article-level request; PMID: 12345678; needs figures in colour (please don't send greyscale).",
    "Max cost raised from $25 to $40 after patron approval (email 2024-04-30).",
    "The request is for an e-book chapter — licence says 'ILL: print only'; lender will print & scan.",
    "Lender: Biblioteca Nacional de España — «se presta solo para consulta en sala».",
    "Shipped 2 volumes in one box; box weight 3.2 kg; tracking 'JD0146000049123456'.",
    "Please note: patron's surname is O'Neill (with apostrophe) — the label printed 'O&#39;Neill'.",
    "ILL staff: drop the book back to the lender via the state courier on Fridays only.",
    "Borrowing request #B-7781 merged with #B-7779 (same citation, different spelling of 'Dostoevsky').",
    "Not supplied: lender system returned 'ERROR 503 -- try later'; will retry tomorrow.",
    "Patron needs it for an exam on 12/06; please mark RUSH.",
    "Lender wants photocopy of patron's ID? — No, told them our policy forbids sharing.",
    "Renewal denied (lender recall); due back 2024-05-20 — patron informed by SMS & email.",
]

ILL_LENDERS = ["ZCU", "IUL", "NYP", "COO", "TXA", "BL", "DNB", "BnF", "KB", "NLS"]
ILL_STATUS = [
    "shipped", "received", "returned", "unfilled (in use)", "renewal requested",
    "overdue — reminder sent", "conditional: library use only", "cancelled by patron",
]


def tpl_ill_note(rng):
    year = rng.randint(2019, 2024)
    n = f"{year}-{rng.randint(1, 9999):04d}"
    d = f"{rng.randint(year, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return f"ILL #{n}: lender {rng.choice(ILL_LENDERS)}; status {rng.choice(ILL_STATUS)}; updated {d}."


# ---------------------------------------------------------------------------
# 8. citations (BibTeX, RIS, APA, MLA, Chicago, Vancouver ...)
# ---------------------------------------------------------------------------
CITATION = [
    "@book{melville1851,\n  author    = {Melville, Herman},\n  title     = {Moby-Dick; or, The Whale},\n  publisher = {Harper \\& Brothers},\n  address   = {New York},\n  year      = {1851}\n}",
    "@book{hugo1862,\n  author = {Hugo, Victor},\n  title  = {Les Mis{\\'e}rables},\n  year   = {1862},\n  note   = {Tome II}\n}",
    "@article{codd1970,\n  author  = {Codd, E. F.},\n  title   = {A relational model of data for large shared data banks},\n  journal = {Communications of the ACM},\n  volume  = {13},\n  number  = {6},\n  pages   = {377--387},\n  year    = {1970},\n  doi     = {10.1145/362384.362685}\n}",
    "@inproceedings{chamberlin1974,\n  title     = {{SEQUEL}: A Structured {English} Query Language},\n  author    = {Chamberlin, Donald D. and Boyce, Raymond F.},\n  booktitle = {Proc. 1974 ACM SIGFIDET Workshop},\n  pages     = {249--264},\n  year      = {1974}\n}",
    "@misc{goedel,\n  author = {G{\\\"o}del, Kurt},\n  title  = {{\\\"U}ber formal unentscheidbare S{\\\"a}tze der Principia Mathematica und verwandter Systeme {I}},\n  year   = {1931}\n}",
    "TY  - JOUR\nAU  - Smith, Jane\nAU  - O'Neill, Mark\nTI  - Union catalogues and the problem of duplicate records\nJO  - Library Trends\nVL  - 41\nIS  - 3\nSP  - 411\nEP  - 432\nPY  - 1993\nER  - ",
    "TY  - BOOK\nAU  - Kernighan, Brian W.\nAU  - Pike, Rob\nTI  - The UNIX programming environment\nPB  - Prentice-Hall\nCY  - Englewood Cliffs, N.J.\nPY  - 1984\nSN  - 0-13-937681-X\nER  - ",
    "TY  - THES\nAU  - Müller, Anna-Lena\nTI  - Schrift und Druck: Übergänge im 16. Jahrhundert\nPB  - Universität Leipzig\nPY  - 2017\nM3  - Dissertation\nER  - ",
    "Kernighan, B. W., & Pike, R. (1984). The UNIX programming environment. Prentice-Hall.",
    "Codd, E. F. (1970). A relational model of data for large shared data banks. Communications of the ACM, 13(6), 377–387. https://doi.org/10.1145/362384.362685",
    "Melville, Herman. Moby-Dick; or, The Whale. Harper & Brothers, 1851.",
    "García Márquez, G. (1967). Cien años de soledad. Editorial Sudamericana.",
    "Foucault, Michel. Histoire de la folie à l'âge classique. Paris: Gallimard, 1972.",
    "Brown v. Board of Education, 347 U.S. 483 (1954).",
    "Aleph One. (1996). Smashing the stack for fun and profit. Phrack, 7(49), File 14.",
    "Tolstoy, L. (2007). War and peace (R. Pevear & L. Volokhonsky, Trans.). Knopf. (Original work published 1869)",
    "Толстой Л. Н. Война и мир. — М.: Художественная литература, 1978. — Т. 1. — 432 с.",
    "夏目漱石『こころ』岩波書店、1927年。",
    "Hofstadter, Douglas R. Gödel, Escher, Bach: An Eternal Golden Braid. New York: Basic Books, 1979.",
    "Smith J, O'Neill M. Union catalogues and duplicate records. Libr Trends. 1993;41(3):411-32.",
    "Anon. (1643). A true relation of the late skirmish at Oxford [...]. Printed at Oxford by Leonard Lichfield.",
    "Sleep Research Society. (2015). Joint consensus statement: \"Recommended amount of sleep for a healthy adult\". Sleep, 38(6), 843–844.",
    "Bodleian Library, MS Douce 134, fol. 12r ('The Livre de la Passion').",
    "British Library, Cotton MS Nero A X/2, ff. 94r–130v.",
    "Hildegard von Bingen. Scivias. Ed. A. Führkötter & A. Carlevaris. CCCM 43–43A. Turnhout: Brepols, 1978.",
    "Lennon, Brian. Passwords: Philology, Security, Authentication. Cambridge, MA: Belknap Press, 2018.",
    "Ngũgĩ wa Thiong'o. Decolonising the Mind: The Politics of Language in African Literature. London: James Currey, 1986.",
    "Chamberlin, D. D., & Boyce, R. F. (1974). SEQUEL: A structured English query language. In Proceedings of the 1974 ACM SIGFIDET workshop (pp. 249–264).",
    "\"Exec. summary.\" Annual Report 2014. Water Services Regulation Authority, 2015, pp. i–iv.",
    "Orwell, G. (1949). Nineteen eighty-four. Secker & Warburg. [Also: 1984 — same work]",
    "{\"type\": \"book\", \"title\": \"Drop City\", \"author\": [{\"family\": \"Boyle\", \"given\": \"T. C.\"}], \"issued\": {\"date-parts\": [[2003]]}, \"publisher\": \"Viking\"}",
    "@book{kierkegaard1843,\n  author = {Kierkegaard, S{\\o}ren},\n  title  = {Enten -- Eller},\n  address = {K{\\o}benhavn},\n  year   = {1843}\n}",
    "@online{iiifspec,\n  title   = {{IIIF} Image {API} 3.0},\n  url     = {https://iiif.io/api/image/3.0/},\n  urldate = {2024-05-14}\n}",
    "Wilkinson, M. D., et al. (2016). The FAIR guiding principles for scientific data management and stewardship. Scientific Data, 3, 160018.",
    "Shakespeare, W. (1603). The tragicall historie of Hamlet Prince of Denmarke [First Quarto]. N.L. and John Trundell. STC 22275.",
    "Carson, Rachel. Silent Spring. Boston: Houghton Mifflin, 1962. Print.",
    "Ibn Khaldūn. The Muqaddimah: An Introduction to History. Trans. Franz Rosenthal. 3 vols. Princeton UP, 1958.",
    "Mickiewicz, A. (1834). Pan Tadeusz, czyli ostatni zajazd na Litwie. Paryż: A. Jełowicki.",
    "Rowling, J.K. Harry Potter and the Philosopher's Stone. London: Bloomsbury, 1997. [1st ed., 1st printing: \"10 9 8 7 6 5 4 3 2 1\"]",
    "Knuth, D. E. (1997). The art of computer programming: Vol. 1. Fundamental algorithms (3rd ed.). Addison-Wesley.",
    "Stroustrup, B. (2013). The C++ programming language (4th ed.). Addison-Wesley.",
    "Hunt, A., & Thomas, D. (1999). The pragmatic programmer: From journeyman to master. Addison-Wesley.",
    "Eco, Umberto. Come si fa una tesi di laurea. Milano: Bompiani, 1977.",
    "TY  - CHAP\nAU  - Ørstavik, Åsa\nT2  - Nordisk lyrikk i dag\nTI  - «Hå hå» og andre dikt\nSP  - 12\nEP  - 29\nPY  - 2009\nER  - ",
    "@article{lamport1978,\n  author  = {Lamport, Leslie},\n  title   = {Time, Clocks, and the Ordering of Events in a Distributed System},\n  journal = {Commun. ACM},\n  volume  = {21},\n  number  = {7},\n  pages   = {558--565},\n  year    = {1978}\n}",
    "Hamlet, 3.1.56 (\"To be, or not to be, that is the question\").",
    "Dickens, C. (1859). A tale of two cities. Chapman & Hall. p. 1: \"It was the best of times, it was the worst of times...\"",
]

CIT_AUTHORS = [
    "Okafor, N.", "Brontë, C.", "Łukasiewicz, J.", "O'Connor, F.", "Dubois, É.",
    "Sørensen, K.", "García, M. J.", "Nakamura, H.", "Schäfer, H.", "Yılmaz, A.",
]
CIT_TITLES = [
    "Card catalogues & their discontents", "The sleep of librarians", "Union lists revisited",
    "Select readings in palaeography", "Drop-forge towns of the North", "Shell middens of the coast",
    "Scripts, hands and scribes", "Le catalogue collectif : bilan", "Über Signaturen und Standorte",
]
BIBKEY_FOLD = str.maketrans({"ł": "l", "ı": "i", "ø": "o"})
CIT_PUBS = ["Routledge", "Facet Publishing", "Éditions du Cercle", "De Gruyter", "ALA Editions", "Brepols"]


def tpl_citation(rng):
    a, t, p = rng.choice(CIT_AUTHORS), rng.choice(CIT_TITLES), rng.choice(CIT_PUBS)
    y = rng.randint(1950, 2024)
    if rng.random() < 0.5:
        return f"{a} ({y}). {t}. {p}."
    family = unicodedata.normalize("NFKD", a.split(",")[0].lower())
    family = family.translate(BIBKEY_FOLD)
    key = "".join(ch for ch in family if ch.isascii() and ch.isalpha()) or "anon"
    return f"@book{{{key}{y},\n  author = {{{a}}},\n  title = {{{t}}},\n  publisher = {{{p}}},\n  year = {{{y}}}\n}}"


# ---------------------------------------------------------------------------
# 9. identifier and link URLs (DOI, ISBN, handle, ARK, IIIF, OpenURL ...)
# ---------------------------------------------------------------------------
IDENTIFIER_URL = [
    "doi:10.1093/oso/9780198821830.001.0001",
    "https://hdl.handle.net/2027/mdp.39015012345678",
    "urn:nbn:de:101:1-2019040812345",
    "ISBN 978-0-19-953556-9 (pbk.)",
    "https://iiif.example.org/iiif/2/ms-douce-134%2Ff012r/full/max/0/default.jpg",
    "https://iiif.example.org/iiif/3/ms.ashmole.1504/0,0,2048,2048/512,/0/default.png",
    "https://iiif.example.org/iiif/2/cotton-nero-a-x/pct:10,10,80,80/!800,800/!90/gray.jpg",
    "https://archive.example.edu/ark:/13030/tf5p30086k",
    "https://catalog.example.edu/search?q=ti%3A%28whale+OR+leviathan%29&fq=format%3A%22Book%22",
    "PMID: 12345678; PMCID: PMC1234567",
    "https://arxiv.org/abs/2101.01234v2",
    "0002-8231(199412)45:10<737:TIODIM>2.3.TX;2-M",
    "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
    "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0",
    "https://orcid.org/0000-0003-4581-2297",
    "http://viaf.org/viaf/96996124",
    "https://lccn.loc.gov/2004012345",
    "info:lccn/2004012345",
    "https://resolver.example.edu/openurl?url_ver=Z39.88-2004&rft_val_fmt=info:ofi/fmt:kev:mtx:journal&rft.atitle=Sleep+%26+memory&rft.jtitle=Nature&rft.date=2003&rft.spage=614",
    "https://login.ezproxy.example.edu/login?url=https://www.jstor.org/stable/1234567",
    "https://iiif.example.org/presentation/v3/ms-rawl-d-1234/manifest.json",
    "https://catalog.example.edu/Record/in00001234567#holdings",
    "https://archive.org/details/mobydickorwhale00melv/page/n5/mode/2up",
    "https://web.archive.org/web/20010203040506/http://www.library.example.com/catalogue/",
    "https://www.worldcat.org/oclc/12345678",
    "https://d-nb.info/gnd/118540238",
    "https://id.loc.gov/authorities/subjects/sh85076502.html",
    "https://catalogue.bnf.fr/ark:/12148/cb11946662b",
    "https://iiif.example.org/iiif/2/ms-douce-134%2Ff012r/info.json",
    "https://viewer.example.org/mirador/?manifest=https://iiif.example.org/presentation/v3/ms-douce-134/manifest.json&canvas=f012r",
    "https://doi.org/10.1145/362384.362685",
    "https://doi.org/10.5281/zenodo.1234567",
    "https://search.example.edu/primo-explore/search?query=any,contains,%22Gödel,%20Escher,%20Bach%22&vid=MAIN",
    "https://catalog.example.edu/search?q=su%3A%22World+War%2C+1939-1945+--+Campaigns%22",
    "https://hdl.handle.net/10523/4471?locatt=view:master",
    "ISSN 0028-0836 (print); ISSN 1476-4687 (online)",
    "ISMN 979-0-2600-0043-8",
    "https://n2t.net/ark:/13960/t0ht2vx5s",
    "https://iiif.example.org/iiif/3/北京地图_1936%2F0003/full/1200,/0/default.jpg",
    "https://www.europeana.eu/item/2048128/618580",
    "https://example.libguides.com/c.php?g=12345&p=67890",
    "oai:archive.example.edu:ead/smith-okafor-papers",
    "https://discovery.example.ac.uk/?q=author:%22O%27Brien%2C+Flann%22",
    "https://catalog.example.edu/cgi-bin/Pwebrecon.cgi?BBID=1234567&v3=1&SC=Author",
    "https://iiif.example.org/iiif/2/ms-rawl-d-1234%2Ff012r/256,256,512,512/max/0/bitonal.tif",
    "http://purl.org/dc/terms/isPartOf",
    "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC1234567/",
    "https://doi.org/10.1000/xyz-123?urlappend=%3Fref%3Dcatalogue",
]

DOI_PREFIXES = ["10.1093", "10.1017", "10.1007", "10.1080", "10.1515", "10.3389", "10.5281"]
IIIF_IDS = ["ms-douce-134%2Ff012r", "ms.ashmole.1504%2Ff023v", "cotton-nero-a-x%2Ff094r", "hs-3081%2Fbl001r"]
IIIF_REGIONS = ["full", "square", "0,0,1024,1024", "pct:25,25,50,50", "512,300,800,600"]
IIIF_SIZES = ["max", "800,", ",600", "!1024,1024", "pct:50"]
ISBN_STEMS = ["978019", "978014", "978026", "978038", "978311", "978284", "978849"]


def isbn13(stem12):
    total = sum((1 if i % 2 == 0 else 3) * int(d) for i, d in enumerate(stem12))
    return stem12 + str((10 - total % 10) % 10)


def tpl_identifier(rng):
    kind = rng.randrange(3)
    if kind == 0:
        stem = rng.choice(ISBN_STEMS) + f"{rng.randint(0, 999999):06d}"
        return f"ISBN {isbn13(stem)}"
    if kind == 1:
        return f"https://doi.org/{rng.choice(DOI_PREFIXES)}/{rng.choice(['s', 'j.', 'b', ''])}{rng.randint(10000, 99999999)}"
    return (
        f"https://iiif.example.org/iiif/2/{rng.choice(IIIF_IDS)}/{rng.choice(IIIF_REGIONS)}/"
        f"{rng.choice(IIIF_SIZES)}/{rng.choice(['0', '90', '!0', '180'])}/{rng.choice(['default', 'color', 'gray'])}.jpg"
    )


# ---------------------------------------------------------------------------
# 10. digitisation file paths
# ---------------------------------------------------------------------------
DIGITISATION_PATH = [
    "/mnt/digitisation/2024/MS_Douce_134/tiff/MS_Douce_134_f012r.tif",
    "\\\\fileserver01\\digi$\\Projects\\Rawlinson\\D1234\\master\\0001.tif",
    "D:\\Scans\\Box 14\\Folder 3\\img_0042.jpg",
    "s3://library-digi-masters/ms-ashmole-1504/f023v.tif",
    "~/Desktop/scans to upload (final FINAL)/page 3.png",
    "/scans/Ötztal_Karte_1890/Blatt_07.tif",
    "C:\\Users\\Public\\Pictures\\Archiv\\Schloß_Ansicht (2).JPG",
    "/home/digi/ocr/hocr/ms-rawl-d-1234_0042.hocr",
    "file:///Volumes/DIGI_01/Capture One/Session 2024-05-14/Capture/IMG_0042.IIQ",
    "../master/ms-douce-134_0042.tif",
    "./access/pdf/box14_folder03.pdf",
    "/srv/iiif/images/cotton-nero-a-x/f094r.jp2",
    "/data/born-digital/2019-044/disk-images/floppy_03.E01",
    "/data/born-digital/2019-044/extracted/WPDOCS/LETTERS/MUM1987.WP5",
    "/archive/av/reel_07/reel_07_side_A_96k24b.wav",
    "/archive/av/reel_07/reel_07_side_A_96k24b.wav.md5",
    "Payload-Oxum: 48213377024.1262",
    "/var/www/iiif/manifests/ms-rawl-d-1234/manifest.json",
    "\\\\nas-digi\\Workflow$\\02_QA\\Box 22 – Fotos (Émile)\\0007.tif",
    "/Volumes/RAID_A/Dig. projects/Ms. Codex 1560/1560_0001.tif",
    "E:\\Mikrofilm\\Rolle 1142\\Bild 233–240.pdf",
    "/mnt/scan/2023/北京地图_1936/0003.tif",
    "/projekte/digi/Hs_3081/Hs_3081_Bl_001r.tif",
    "/srv/ocr/alto/ms-douce-134/0042.xml",
    "gs://archives-preservation/collections/smith-okafor/box-02/folder-05/0012.tif",
    "/home/jlee/Scans/ILL_2024-0412_pp101-133.pdf",
    "%USERPROFILE%\\Documents\\Scans\\ILL\\2024-0412.pdf",
    "$HOME/digi/batches/2024-05-14/01_raw/",
    "/mnt/digitisation/2024/MS_Douce_134/tiff/*.tif",
    "Z:\\Digitalisierung\\Nachlass Müller\\Karton 4\\Mappe 2\\*.tif",
    "/data/preservation/aip/2f/9c/2f9c1e7a-4b0e-4d2a-9a51-0c3e7d9b1f20/data/objects/0001.tif",
    "OEBPS/Text/chapter_03.xhtml",
    "MS_Ashmole_1504_f023v_[fold-out]_part2of3.tif",
    "box14_folder03_item07_verso (pencil note).tif",
    "IMG_0042 (1).HEIC",
    "/lib/digi/2024/batch_07/checksums.sha512",
    "/export/oai/dc/2024-05-14T10-00-00Z.xml",
    "Manuscripts/MS 1234/MS 1234 fol. 12r.tif",
    "../graphics/plate_IV.jpg",
    "../../facsimiles/ms-douce-134/f012r.jpg",
    "/data/born-digital/2019-044/extracted/Users/hmiller/Documents/passwords (old).txt",
    "/mnt/av/vhs/VHS_0031_Open_Day_1994.mkv",
    "C:\\Program Files\\Goobi\\config\\plugin_intranda_export.xml",
    "/opt/archivematica/transfers/completed/Smith-Okafor_2f9c1e7a/objects/Box 02/Folder 05/",
    "\\\\digi-srv\\scans$\\Zeitungen\\„Der Bote“ 1914\\1914-08-01_S1.tif",
    "/srv/iiif/images/ms_lat_misc_c_66/ms_lat_misc_c_66_f001r.ptif",
    "Box 03/Folder 12/Faber & Faber — Waste Land proofs/0003.tif",
    "/mnt/digitisation/2023/Ørsted_breve/Ørsted_1820-07-21_s1.tif",
    "/var/spool/scans/incoming/scan_20240514_101530_0001.pdf",
    "~digi/Projects/Theatre programmes/1963 \"Aladdin\"/prog_p01.tif",
]

PATH_ROOTS = ["/mnt/digitisation", "/srv/iiif/images", "/data/masters", "\\\\fileserver01\\digi$"]
PATH_SHELFMARKS = ["MS_Douce_134", "MS_Rawl_D_1234", "Hs_3081", "Cod_Pal_germ_848", "Ms_Codex_1560", "MS_Ashmole_1504"]
PATH_KINDS = ["tiff", "jp2", "access", "ocr"]
PATH_EXT = {"tiff": "tif", "jp2": "jp2", "access": "jpg", "ocr": "xml"}


def tpl_digitisation_path(rng):
    root = rng.choice(PATH_ROOTS)
    shelf = rng.choice(PATH_SHELFMARKS)
    folio = f"f{rng.randint(1, 240):03d}{rng.choice('rv')}"
    kind = rng.choice(PATH_KINDS)
    if rng.random() < 0.3:
        rel = f"data/{shelf}_{folio}.tif"
        digest = hashlib.sha256(rel.encode("utf-8")).hexdigest()
        return f"{digest}  {rel}"
    if root.startswith("\\\\"):
        return f"{root}\\{rng.randint(2015, 2024)}\\{shelf}\\{kind}\\{shelf}_{folio}.{PATH_EXT[kind]}"
    return f"{root}/{rng.randint(2015, 2024)}/{shelf}/{kind}/{shelf}_{folio}.{PATH_EXT[kind]}"


# ---------------------------------------------------------------------------
CATEGORIES = [
    ("search_query", SEARCH_QUERY, tpl_search),
    ("call_number", CALL_NUMBER, tpl_call_number),
    ("marc_field", MARC_FIELD, tpl_marc),
    ("finding_aid", FINDING_AID, tpl_finding_aid),
    ("processing_note", PROCESSING_NOTE, tpl_processing_note),
    ("patron_request", PATRON_REQUEST, tpl_patron_request),
    ("ill_note", ILL_NOTE, tpl_ill_note),
    ("citation", CITATION, tpl_citation),
    ("identifier_url", IDENTIFIER_URL, tpl_identifier),
    ("digitisation_path", DIGITISATION_PATH, tpl_digitisation_path),
]


def build():
    """Return the list of (category, value, is_literal) in file order."""
    rng = random.Random(SEED)
    seen = set()
    rows = []
    for cat, literals, tpl in CATEGORIES:
        n_lit = 0
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, v, True))
            n_lit += 1
        if n_lit > PER_CATEGORY:
            raise SystemExit(f"{cat}: too many literals ({n_lit})")
        made, tries = n_lit, 0
        while made < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template exhausted")
            v = tpl(rng)
            if not v or v in seen:
                continue
            seen.add(v)
            rows.append((cat, v, False))
            made += 1
    return rows


def main():
    rows = build()
    lines = []
    for i, (cat, v, _lit) in enumerate(rows, 1):
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value in {cat}: {v!r}")
        obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
        lines.append(json.dumps(obj, ensure_ascii=False) + "\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("".join(lines))
    total_lit = 0
    for cat, _lits, _tpl in CATEGORIES:
        n = sum(1 for r in rows if r[0] == cat)
        lit = sum(1 for r in rows if r[0] == cat and r[2])
        total_lit += lit
        print(f"{cat:20s} n={n:3d} literals={lit:3d} ({100 * lit / n:.0f}%)")
    print(f"total={len(rows)} literals={total_lit} -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
