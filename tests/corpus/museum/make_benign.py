"""Benign held-out corpus "museum": hard negatives from museum and archive
collection-management systems.

Ten categories x 80 values.  Each category is a hand-written list of literal
values (text a registrar, cataloguer, archivist, conservator, digitisation
technician or a visitor using the public search box would really type),
topped up with small templates over hand-written pools.  No value is taken
from a dataset, vendor documentation or a public payload list.

Output: benign.jsonl next to this file.  Deterministic: fixed seed, no
dependence on set iteration order or PYTHONHASHSEED.
"""

import json
import random
from pathlib import Path

SEED = 6901
PREFIX = "hb69"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# object_record: fields of an object record (accession number, object name,
# medium, dimensions, dates, marks, locations)
# ---------------------------------------------------------------------------
OBJECT_RECORD = [
    "1987.45.3a-b",
    "Pair of earrings; gold, garnet; c. 1850-1860 [?]",
    "23 x 45.5 cm",
    "Oil on canvas; 61 x 50.2 cm; frame: 78 x 67 x 6 cm",
    'H. 12 3/4" (32.4 cm); Diam. 8" (20.3 cm)',
    "Tin-glazed earthenware (maiolica) with lustre; Deruta, c. 1520\u20131530",
    "Silver, parcel-gilt; maker's mark 'IS' in a shield; London hallmarks for 1723/4",
    "Date: c. 1790\u20131810 (on stylistic grounds); 'before 1832' according to the donor's letter",
    "2003.112.1-.14 (set of 14 spoons; .7 missing since 1998 inventory)",
    "Graphite & watercolour on wove paper; watermark 'J WHATMAN 1794' (partly legible)",
    "Drop spindle whorl; bone; ?Coptic, 4th\u20137th c. AD",
    'Inscribed verso in pencil: "for Mary \u2014 with love \u2014 1919"',
    "Former no.: L.1954/22; see also 1955.3.7 (companion piece)",
    "Sheet: 30.5 \u00d7 22.9 cm; image: 24 \u00d7 18 cm; plate mark: 26.2 \u00d7 20.1 cm",
    "Weight 1.2 kg; rim warped, so Diam. varies 14.6\u201315.1 cm",
    "Attributed to the workshop of the Master of the Saint Bartholomew Altarpiece (per 1962 catalogue; doubtful)",
    "Untitled (Blue / Green #3)",
    "Components: a) lid; b) bowl; c) stand \u2014 c) is a later replacement (19th c.)",
    "3 pieces + 1 fragment (fragment not accessioned, stored with .2)",
    "On display > Gallery 12 > Case 4 > Shelf B",
    "Store 3/Bay 07/Drawer 14",
    "Edo period (1615\u20131868), or early Meiji? \u2014 see curator's note of 12/03/2019",
    "Iron, brass, wood (beech?), leather; silk lining (disintegrated)",
    "Mark on base: impressed 'WEDGWOOD' & 'Z'; painted '3/' in red",
    "Stencilled on the crate lid: 'SELECT RESERVE \u2014 NOT TO BE SOLD SEPARATELY'",
    "Label on reverse: 'EXHIBITED \u2014 Royal Academy 1887 \u2014 No. 412'",
    "Lost-wax cast bronze; chased & engraved; traces of gilding (<5% of surface)",
    "Hanging scroll; ink & colour on silk; 3 collectors' seals at lower left",
    "Date made: 1850/1860; display date: mid-19th century",
    "\u00c8re \u00ecbej\u00ec (twin figure); wood, camwood powder, glass beads; Yoruba, Nigeria",
    "Le D\u00e9jeuner sur l'herbe (\u00e9tude) \u2014 titre donn\u00e9 par l'artiste",
    "Tablet; unbaked clay; cuneiform (Old Babylonian), c. 1800 BC; 6.1 x 4.3 x 2.0 cm",
    "4 1/2 x 3 x 1/2 in. (11.4 x 7.6 x 1.3 cm)",
    "Edition 12/50; printer's proof (P.P.) also in the collection as 1999.7",
    'Series title "Sleep" (1994\u201396) \u2014 the word is the title, not a condition remark',
    "Badge, Amalgamated Society of Railway Servants; enamel on brass; motto 'Union is Strength'",
    "Trade-union banner; painted silk; 'UNITED WE STAND \u2014 DIVIDED WE FALL'; 2.4 x 2.1 m",
    "Sampler; wool on linen; stitched 'Select thy friends with care / Mary Ann Hobbs aged 11 / 1834'",
    "Poster: 'DROP IN AND SAVE!' \u2014 Co-operative Society, c. 1955; colour lithograph",
    "Ink bottle; stoneware; impressed 'STEPHENS' INK \u2014 LONDON'; contents dried out",
    "35 mm camera; serial no. 1043127; lens 50mm f/2; with case & strap",
    "Sword; steel, brass; blade inscribed 'ME FECIT SOLINGEN'; scabbard missing",
    "AR denarius; obv. head of Roma r.; rev. Dioscuri riding r., ROMA in exergue; 3.82 g; 18 mm; 6 h",
    "Posy ring; gold; inside: 'Let love abide till death divide'",
    "Chest of drawers; mahogany & pine; 2 short over 3 long drawers; handles replaced c. 1900",
    "Dress (bodice & skirt); silk taffeta; waist 58 cm; altered c. 1870?",
    "Carte de visite; albumen print on card mount; 10.5 x 6.3 cm",
    'Home microcomputer, 1982; 16K RAM; with cassettes labelled "BASIC DEMO" and "PRINT TEST"',
    "Typewriter; QWERTY; ribbon tin present; platen cracked at the left end",
    "Marks:\n1) stamped 'MADE IN ENGLAND'\n2) painted pattern no. 4/1172\n3) paper label 'Lot 88'",
    "Object name: netsuke | Material: boxwood | Signed: \u5149\u5ee3 (Mitsuhiro)",
    "Ushabti; faience; Dynasty 26 (664\u2013525 BC); text: Chapter 6, Book of the Dead",
    "Quantity: 1 (one) pair; left shoe has 'L' chalked on sole",
    "Medium: C-type print; 50.8 x 61 cm; ed. 3/5 + 2 AP",
    'Inscribed: "Drop me a line, Dad!" on the back of the postcard',
]

# (object name, material, height range cm, width range cm, date, place) - kept coherent
OBJ_TYPES = [
    ("Teapot", "earthenware, lead glaze", (10, 22), (15, 28), "c. 1760-1770", "Staffordshire"),
    ("Sampler", "silk on linen", (25, 50), (20, 45), "1834", "Bath"),
    ("Brooch", "gold & enamel", (2, 6), (2, 6), "c. 1850-1860 [?]", "Birmingham"),
    ("Hand axe", "flint", (8, 20), (5, 12), "Lower Palaeolithic", "Hoxne, Suffolk"),
    ("Figurine", "porcelain", (10, 35), (5, 15), "c. 1750", "Meissen"),
    ("Ledger", "leather & paper", (30, 45), (20, 30), "1842\u20131851", "London"),
    ("Fan", "painted paper leaf; ivory sticks", (25, 30), (40, 55), "c. 1780", "Paris"),
    ("Spoon", "silver", (15, 22), (3, 5), "1723/4", "London"),
    ("Jug", "stoneware, salt glaze", (18, 40), (12, 25), "late 17th c.", "Cologne"),
    ("Photograph", "gelatin silver print", (10, 30), (8, 25), "1914\u20131918", "Flanders"),
    ("Kimono", "silk, dyed (yuzen)", (140, 170), (120, 135), "Meiji (1868\u20131912)", "Kyoto"),
    ("Helmet", "steel & brass", (20, 35), (20, 30), "c. 1640", "Nuremberg"),
    ("Tile", "tin-glazed earthenware", (12, 14), (12, 14), "c. 1700 [?]", "Delft"),
    ("Bracket clock", "ebonised wood, brass", (30, 50), (20, 30), "c. 1790\u20131810", "London"),
    ("Medal", "silver", (3, 5), (3, 5), "1815", "London"),
    ("Doll", "bisque, cotton, human hair", (25, 60), (10, 25), "1880s?", "Sonneberg"),
    ("Print", "etching on laid paper", (15, 40), (10, 30), "1751", "London"),
    ("Chair", "beech & rush", (80, 100), (40, 50), "2nd half 19th c.", "High Wycombe"),
    ("Poster", "colour lithograph", (50, 100), (35, 70), "c. 1955", "Manchester"),
    ("Netsuke", "boxwood", (3, 6), (2, 5), "19th c.", "Osaka"),
]


def _accession(rng):
    year = rng.randint(1880, 2024)
    parts = [str(year), str(rng.randint(1, 240))]
    if rng.random() < 0.6:
        parts.append(str(rng.randint(1, 30)))
    acc = ".".join(parts)
    r = rng.random()
    if r < 0.15:
        acc += "a-b"
    elif r < 0.25:
        acc += "-.%d" % rng.randint(2, 20)
    return acc


def _dims(rng, hr=(2, 180), wr=(2, 120)):
    h = rng.randint(hr[0], hr[1]) + rng.choice([0, 0.5, 0.2, 0.8])
    w = rng.randint(wr[0], wr[1]) + rng.choice([0, 0.5, 0.3])
    if rng.random() < 0.4:
        d = rng.randint(1, max(2, int(min(h, w))))
        return "%g x %g x %d cm" % (h, w, d)
    return "%g x %g cm" % (h, w)


def t_object_record(rng):
    name, material, hr, wr, date, place = rng.choice(OBJ_TYPES)
    form = rng.randint(0, 2)
    if form == 0:
        return "%s; %s; %s; %s; %s" % (_accession(rng), name, material, _dims(rng, hr, wr), date)
    if form == 1:
        return "%s, %s, %s \u2014 %s" % (name, material, place, date)
    return "Accession no. %s | %s | Dimensions: %s | Location: Store %d/Bay %02d/Shelf %s" % (
        _accession(rng), name, _dims(rng, hr, wr), rng.randint(1, 6), rng.randint(1, 30),
        rng.choice("ABCDEF"))


# ---------------------------------------------------------------------------
# provenance: ownership history notes
# ---------------------------------------------------------------------------
PROVENANCE = [
    "By descent in the artist's family; sold Christie's, London, 12 June 1962, lot 48; to the present owner.",
    "Purchased from the artist by John Harlow (1880\u20131955), Boston, Mass., 1921; his widow, Ruth Harlow; bequeathed to the museum, 1967.",
    "Acquired in Paris, [?] 1938; provenance 1933\u20131945 incomplete \u2014 see research file PR-2011-04.",
    "Baron von Ebersdorf (d. 1912), Dresden; his sale, Berlin, 1913 \u2192 unidentified dealer \u2192 Dr. H. Meyer, Vienna, by 1926; seized 1938?; restituted 1949.",
    "Gift of Mr. & Mrs. Patrick O'Brien, 1974, in memory of their daughter Siobh\u00e1n",
    "Excavated 1931, Tomb 12 (field no. T12/45); allocated to the museum in the division of finds, 1932.",
    '"found in grandfather\'s attic in Ipswich" \u2014 donor\'s account, not verified',
    "Sotheby's, New York, 5/14/1985, lot 203 > private collection, Geneva > Galerie L'\u0152il, Paris (stock no. 4471) > purchased 2002",
    "Gap 1939\u20131946. No evidence of a Nazi-era transfer found in the databases searched (as of 2019-03).",
    "Dealer's label 'ex-Drouot' on the stretcher; sale date unknown \u2014 lot numbers in 1920s catalogues were often re-used",
    "Known to have left the country of origin before 1970 (dated photograph in file); complies with the museum's acquisition policy.",
    "\u0627\u0634\u062a\u064f\u0631\u064a \u0645\u0646 \u062a\u0627\u062c\u0631 \u0641\u064a \u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0639\u0627\u0645 \u0661\u0669\u0662\u0664\u060c \u062b\u0645 \u0623\u064f\u0647\u062f\u064a \u0625\u0644\u0649 \u0627\u0644\u0645\u062a\u062d\u0641 \u0639\u0627\u0645 \u0661\u0669\u0665\u0668",
    "Sammlung M\u00fcller, K\u00f6ln; 1937 \u201efreiwillig\u201c verkauft (?); 2015 an die Erben zur\u00fcckgegeben, danach angekauft",
    "Collection particuli\u00e8re, Lyon ; vente H\u00f4tel Drouot, 3 mars 1911, n\u00b0 27 ; acquis par le mus\u00e9e en 1998",
    "Internal transfer: Prints & Drawings -> Photographs, 1998 (no change of ownership)",
    "Seized by U.S. Customs, 2009; forfeited; transferred to the museum for study & display",
    "Commissioned by the Worshipful Company of Drapers, 1723; deaccessioned by the Company & sold, 1958 (lot 112)",
    "Bought at a car-boot sale, Sunday 4 May 1997, for \u00a32 (!) \u2014 identified as 17th c. by the Finds Liaison Officer",
    "Treasure case 2012 T/345; acquired under the Treasure Act 1996 (valuation \u00a33,250, abated 50% with the finder's consent)",
    "Purchased with the assistance of the Art Fund & the National Heritage Memorial Fund, 2016",
    "Ex coll. Rev. Thomas Hale (1801\u20131877), Vicar of St Mary's; 'his cabinet' sold Puttick & Simpson, 1878",
    "Provenance per dealer invoice no. 1187/B: 'old Swiss collection' \u2014 unverified; request for documentation sent 03/2021, no reply",
    "Cat. 1911 no. 34 = inv. 1911.34? \u2014 the numbers agree but the dimensions don't (34 x 28 vs 36 x 28 cm)",
    "Sold by the sitter's great-granddaughter; the family says it hung in the 'Union Club' in the 1890s",
    "Field collected by Dr. A. M. Reid, 1898\u20131902, Torres Strait; see the Reid notebooks (MS 77/3)",
    "Acquired through the Cultural Gifts Scheme (2021) from the estate of Prof. Lena Kowalczyk",
    "Lent 1950\u20131979 (L.1950.8); converted to gift 1979 \u2014 donor's deed of gift dated 14/11/1979",
    "Transferred from the Public Record Office, 1961; previously in the Exchequer series E 101 (?)",
    "Repatriated 2022 to the Gweagal community; a cast retained with consent (see agreement REP-2022-1)",
    "\u660e\u6cbb\u671f\u306b\u65e7\u5927\u540d\u5bb6\u3088\u308a\u6d41\u51fa\u3001\u662d\u548c12\u5e74\uff081937\uff09\u306b\u5f53\u9928\u524d\u8eab\u306e\u535a\u7269\u9928\u304c\u8cfc\u5165",
    "Comprado en Sevilla, 1884, por D. Jos\u00e9 Mar\u00eda de la Pe\u00f1a; por herencia a sus nietos; donado 1961",
    "Drop-off donation left at the front desk (no paperwork); donor later identified as Mrs. E. Walsh \u2014 letter on file",
    "Purchase price: $12,500 (incl. buyer's premium & 8.875% tax)",
    'Previously catalogued as "School of Rembrandt"; reattributed 1984 \u2014 provenance unchanged',
    "Possibly the 'large Turkey carpet' in the 1743 inventory of Hardwick; not conclusively identified",
    "Found in situ during the 1988 refurbishment of the Select Vestry room, St Anne's church",
    "Provenance: unknown prior to 1990. Purchased from Harlan & Sons (Bond St.); invoice 90/114",
    "From the estate of the late Mr. Alistair MacLeod; with his typed card: 'bought Edinburgh 1946 \u2014 30/-'",
    "1881: Exposition, Paris (no. 209) -> 1882: purchased by the State -> 1903: deposited at the museum",
    "Vendor's statement: 'by descent from my great-uncle, a colonial administrator in Lagos (1900s)' \u2014 research ongoing",
    "Ownership history checked against the Art Loss Register \u2014 no match (cert. S00123456, 2023-06-02)",
    "Bequest of Miss Agnes Fairweather (d. 1933); her will: 'all my china & the Japanese things in the blue room'",
    "Exhibited at the Festival of Britain, 1951 (South Bank, Dome of Discovery); then in storage until 1974",
    "Exchanged with the Science Museum, 1965 \u2014 their no. 1965-221 \u2194 our 1965.14",
    "Salvaged from the wreck of the SS Cressida (1901) in 1979 by a local dive club; declared to the Receiver of Wreck",
    "Abandoned property: unclaimed loan since 1978; title transferred under state law after notice, 2015",
    "Rejected at the 2008 acquisition committee ('insufficient provenance'); accepted 2014 after new evidence",
    "Ex collection Schmidt? \u2014 stamp on verso illegible [Nachlass?]",
    "\u039a\u03b1\u03c4\u03ac \u03c4\u03b7\u03bd \u03c0\u03b1\u03c1\u03ac\u03b4\u03bf\u03c3\u03b7, \u03b2\u03c1\u03ad\u03b8\u03b7\u03ba\u03b5 \u03c3\u03c4\u03b7 \u039c\u03ae\u03bb\u03bf \u03c4\u03bf 1890\u00b7 \u03b7 \u03b1\u03b3\u03bf\u03c1\u03ac \u03b1\u03c0\u03cc \u03c4\u03bf\u03bd \u0391\u03b8\u03b7\u03bd\u03b1\u03af\u03bf \u03ad\u03bc\u03c0\u03bf\u03c1\u03bf \u03b4\u03b5\u03bd \u03c4\u03b5\u03ba\u03bc\u03b7\u03c1\u03b9\u03ce\u03bd\u03b5\u03c4\u03b1\u03b9.",
    "Acquired 1st April 1920 (no, not a joke \u2014 the register entry really is dated 1/4/1920)",
]

PROV_PEOPLE = ["Mrs. Edith Crane", "Dr. Kenji Sato", "Mr. & Mrs. D'Souza", "Rev. Thomas Hale",
               "Anna Kowalska", "H. Meyer", "Miss Agnes Fairweather", "John Harlow",
               "Prof. Lena Kowalczyk", "Patrick O'Brien"]
PROV_DEALERS = ["Galerie Morel", "Spink & Son", "Harlan & Sons", "Kunsthandel Weber",
                "Yamanaka & Co.", "Puttick & Simpson"]
PROV_PLACE = ["London", "Vienna", "Kyoto", "Boston, Mass.", "Lyon", "Cairo",
              "Edinburgh", "Amsterdam", "Sevilla", "Bath"]


def t_provenance(rng):
    y = rng.randint(1850, 1990)
    person = rng.choice(PROV_PEOPLE)
    form = rng.randint(0, 3)
    if form == 0:
        s = "Purchased from %s, %s, %d; to the museum, %d" % (
            rng.choice(PROV_DEALERS), rng.choice(PROV_PLACE), y, y + rng.randint(0, 30))
    elif form == 1:
        s = "%s, %s, by %d; by descent to the donor; gift %d" % (
            person, rng.choice(PROV_PLACE), y, y + rng.randint(20, 60))
    elif form == 2:
        s = "Bequest of %s (d. %d)" % (person, y)
    else:
        s = "%s; sold %s, %d, lot %d; %s" % (
            person, rng.choice(PROV_PLACE), y, rng.randint(1, 400),
            rng.choice(["purchased by the museum", "private collection", "gap until 1946 [?]",
                        "with %s" % rng.choice(PROV_DEALERS)]))
    if rng.random() < 0.3:
        s += " \u2014 see research file PR-%d-%02d" % (rng.randint(2005, 2024), rng.randint(1, 40))
    return s + "."


# ---------------------------------------------------------------------------
# catalogue_description: descriptive prose from the catalogue entry
# ---------------------------------------------------------------------------
CATALOGUE = [
    "The script on this amulet mixes Greek and Demotic; the text invokes protection against the 'evil eye' and fever.",
    "An early Union Flag, made before 1801 \u2014 note the absence of the St Patrick's saltire.",
    "This calculating machine was used to execute the weekly payroll at the mill from 1923 until 1951.",
    "The panel shows the execution of St Catherine; the broken wheel lies at her feet, the executioner's sword raised.",
    "Specimen sheet for Caslon; 14 sizes, with ligatures (ff, fi, fl) and the long s (\u017f).",
    "Drop-leaf table: with both leaves raised the top measures 120 x 90 cm; the gate-legs pivot on wooden pins.",
    "Alarm clock with a bell on top; the alarm still works, but the enamel dial is chipped at 3 and 9.",
    "Telegraph key & sounder used on the Union Pacific line, c. 1880\u20131900.",
    "Handbill: 'A GRAND SELECTION of Magic Lantern Views \u2014 Tuesday at 8 o'clock \u2014 Admission 3d.'",
    "Silk sleep mask worn by the donor's mother on the 1936 flight London\u2013Cape Town (7 days, 11 stops).",
    "Punched card (80-column), overprinted 'DO NOT FOLD, SPINDLE OR MUTILATE'; the holes encode one payroll record.",
    "Engraving after Hogarth, 'Gin Lane' (1751); a late impression (c. 1822) from the worn plate.",
    "Tsuba with waves & plovers in gold and silver inlay; signed \u6b63\u7fa9 (Masayoshi) on the seppa-dai.",
    "Tabernacle door; the inscription ECCE PANIS ANGELORUM runs around the border in gilt capitals.",
    "\u039b\u03ae\u03ba\u03c5\u03b8\u03bf\u03c2 \u03bc\u03b5 \u03bc\u03b5\u03bb\u03b1\u03bd\u03cc\u03bc\u03bf\u03c1\u03c6\u03b7 \u03b4\u03b9\u03b1\u03ba\u03cc\u03c3\u03bc\u03b7\u03c3\u03b7: \u03bf \u0397\u03c1\u03b1\u03ba\u03bb\u03ae\u03c2 \u03c0\u03b1\u03bb\u03b5\u03cd\u03b5\u03b9 \u03bc\u03b5 \u03c4\u03bf\u03bd \u03bb\u03ad\u03bf\u03bd\u03c4\u03b1 \u03c4\u03b7\u03c2 \u039d\u03b5\u03bc\u03ad\u03b1\u03c2.",
    "\u6b4c\u5ddd\u5e83\u91cd\u300c\u6771\u6d77\u9053\u4e94\u5341\u4e09\u6b21\u4e4b\u5185 \u65e5\u672c\u6a4b \u671d\u4e4b\u666f\u300d\u3001\u5929\u4fdd4\u5e74\uff081833\uff09\u9803\u3001\u5927\u5224\u9326\u7d75\u3002",
    "Chess set; bone & ebony; the white king's finial is a replacement. Board 8 \u00d7 8 squares, 42 cm square.",
    'The computer boots to a READY. prompt; the museum\'s demo types 10 PRINT "HELLO" : 20 GOTO 10 and lets it scroll.',
    "A mourning ring \u2014 the hair under the crystal is said to be that of the sitter's son (d. 1781, aged 4).",
    "The sign reads 'ALERT \u2014 AIR RAID SHELTER \u2192' in white on black; used in Coventry, 1940\u201345.",
    "Apothecary jar labelled 'SYR. PAPAV.' (syrup of poppies) \u2014 given to children as a sleeping draught until the 1900s!",
    "Board game 'The Race to the Pole' (c. 1910): roll the die; land on a crevasse & you drop back 6 squares.",
    "Enamel sign: DANGER \u2014 11,000 VOLTS \u2014 KEEP OFF. Steel, vitreous enamel; holes at each corner for fixing.",
    "The 'System' filing cabinet (oak, 1912) held index cards for every object until the database went live in 1994.",
    "Portrait of a lady holding a letter; the seal reads 'Select' \u2014 perhaps a pun on her name, Selina?",
    "A rare 'union' quilt \u2014 blocks made by members of the Ladies' Aid Society, each signed in ink.",
    "Mechanical toy: a bear drinks from a bottle, then 'sleeps' (the eyes close) \u2014 clockwork, tin, plush; Japan, 1950s.",
    "Cash register, National Cash Register Co., Dayton, Ohio; brass; keys 1\u00a2 to $10; 'AMOUNT PURCHASED' flag.",
    "A devotional panel in the Byzantine manner; inscriptions \u039c\u03a1 \u0398\u03a5 (Mother of God) and \u0399\u03a3 \u03a7\u03a3 (Jesus Christ).",
    "Qur\u02be\u0101n leaf, Kufic script, ink & gold on parchment; 15 lines per page; verse markers as gold rosettes.",
    "Ostrakon with a receipt for wheat: 'I have received from you 3 artabas' (Greek, 2nd c. AD).",
    "Crinoline cage (steel hoops & cotton tape), c. 1860; the 'drop' at the back shows the change of fashion around 1866.",
    "A soldier's 'hussif' (housewife): a rolled sewing kit with pockets for needles, thread & thimble; WWI.",
    "Scale model of HMS Victory showing all 104 guns; rigging restored 1975 (see conservation file).",
    "Fan: painted paper leaf; ivory sticks; the guard bears a monogram 'E & J'.",
    "Slide rule, 10-inch, with log-log scales; case stamped 'PROPERTY OF THE WAR OFFICE'.",
    "Child's slate & slate pencil; the frame is inscribed 'Tom 1903 Std II'.",
    "Waterloo Medal (1815), silver; named on the edge: 'JOHN O'CONNELL 2nd BATT. 95th REG. FOOT.'",
    "A printer's composing stick, set with a line of type reading 'THE QUICK BROWN FOX' in mirror image.",
    "Sketchbook (88 leaves); studies for 'The Harvest' \u2014 pages 14\u201322 show the figure group evolving.",
    "Wayang kulit puppet (Arjuna); buffalo hide, horn rods, pigment & gold leaf; Java, early 20th c.",
    "Praxinoscope with 12 picture strips (e.g. 'The Juggler', 'Feeding Time'); spin it & look into the mirrors.",
    "Scold's bridle, iron; a cruel punishment for 'scolds' \u2014 women accused of gossip or quarrelling.",
    "The cabinet's secret drawer (behind the small central door) opens when the left pilaster is pressed & slid up.",
    "Map of the county, 1610, hand-coloured; the cartouche shows the arms of the Earl of Essex; 'Scale of Myles' bottom right.",
    "Tea caddy with two lidded compartments ('Green' & 'Bohea') and a central mixing bowl; lock & key present.",
    "Bonnet, straw & silk; the 'curtain' (bavolet) at the back protected the neck from the sun.",
    "Cylinder phonograph (Edison Standard Model A) with 24 wax cylinders; playable copies at the listening station.",
    "Recto: landscape with river & bridge.\nVerso: rough sketch of a cow; colour notes ('ochre', 'sky \u2014 more blue').",
    "Ein Krug aus Steinzeug mit Zinndeckel; auf dem Bauch die Inschrift \u201eTrinck und i\u00df, Gott nit verg\u00ed\u00df\u201c.",
]

CAT_SUBJECT = ["The bowl", "This portrait", "The lid", "The reverse", "This banner",
               "The ledger", "The sampler", "This scroll", "The helmet", "The sign"]
CAT_VERB = ["shows", "bears", "is decorated with", "carries", "was painted with",
            "is inscribed with"]
CAT_DETAIL = ["a ship under full sail", "the arms of the Drapers' Company",
              "the motto 'Union is Strength'", "a border of acanthus leaves",
              "the words 'SELECT \u2014 FINEST QUALITY'", "a view of the harbour at Whitby",
              "cranes & pine trees (symbols of long life)", "the date 1723 in a cartouche",
              "a verse from Psalm 23", "the maker's initials 'J & W'",
              "a phoenix rising from flames", "the alphabet & numerals 1\u201310"]
CAT_TAIL = ["; compare 1955.3.7.", " \u2014 a common motif in the period.",
            " (see Smith 1962, no. 34).", "; the paint is worn at the edges.",
            ", probably added later.", " \u2014 unusual for a piece of this date!"]


def t_catalogue(rng):
    return "%s %s %s%s" % (rng.choice(CAT_SUBJECT), rng.choice(CAT_VERB),
                            rng.choice(CAT_DETAIL), rng.choice(CAT_TAIL))


# ---------------------------------------------------------------------------
# finding_aid: archival description, EAD fragments, series/box/folder
# ---------------------------------------------------------------------------
FINDING_AID = [
    '<c02 level="file"><did><container type="box">4</container><container type="folder">12</container><unittitle>Correspondence, 1921\u20131923</unittitle></did></c02>',
    '<unitdate normal="1850/1860" type="inclusive">circa 1850-1860</unitdate>',
    "Series 3: Photographs, 1890\u20131945 (Boxes 14\u201322). Arranged chronologically; undated items at end.",
    "Box 7, Folder 3: Board minutes, incl. the resolution to 'drop the admission charge on Sundays' (1908)",
    "<scopecontent><head>Scope and Contents</head><p>Letters from the Select Committee on Public Libraries, 1849\u201350.</p></scopecontent>",
    '<controlaccess><persname source="lcnaf">Bront\u00eb, Charlotte, 1816-1855</persname></controlaccess>',
    "MS 1234/2/5/1-17: Diaries, 17 vols (vol. 9 missing)",
    "Access: closed until 2045 (contains personal data).",
    "<accessrestrict><p>Closed &#8211; fragile; please use the microfilm (reel 3).</p></accessrestrict>",
    "Box 12 | Folders 1\u20135 | Scrapbooks | 1930s",
    "GB 123 ABC/1/2/3; Level: item; Extent: 1 file (24 ff.)",
    '<dao href="https://iiif.museum.example/iiif/3/ms1234-f001/manifest.json" role="manifest"/>',
    "Series 5 \u2014 Legal papers (wills, deeds, indentures); some items in Latin & Norman French.",
    "Union Street Chapel: records, 1804\u20131967, incl. trust deeds & marriage registers",
    "<!-- check the dates in c03 #14 against the accession register -->",
    '<unittitle>Letters to "Dear Mamma" &amp; "Papa", 1862\u20131865</unittitle>',
    "Subseries 2.1: Executive Committee minutes; 2.2: Finance & General Purposes Committee",
    'Folder title: "System" \u2014 early 20th c. office filing-system manuals (Kardex, Shannon)',
    "<physdesc><extent>2.5 linear ft.</extent><extent>(6 boxes)</extent></physdesc>",
    "Arrangement: original order kept; folders numbered 1\u2013312; 45\u201348 destroyed by water in 1953.",
    '<c01 level="series" id="ser4"><did><unittitle>Sermons</unittitle><unitdate>1790-1830</unitdate></did></c01>',
    "Box 31/F.2: Telegrams re: strike at the Union Foundry, June 1911",
    "Located at: Offsite store, Row K, Bay 14, Shelf 3 (request 48 hours in advance)",
    "Related material: see also MS 88 (the Harlow papers) & the photographs in PH/3/*",
    '<bioghist><p>Eleanor Vance (1872\u20131950) ran a "school for select young ladies" in Bath.</p></bioghist>',
    "Processing note: 1.5 cu. ft. of duplicate printed material weeded & discarded, 2017.",
    "Language of material: English, Welsh; a few letters in French",
    '<langmaterial>Mostly in <language langcode="ger">German</language>, some <language langcode="heb">Hebrew</language>.</langmaterial>',
    "Folder 9: 'Scripts' \u2014 typescripts of radio plays, 1947\u20131952, with pencil cuts",
    "File 14/3: 'Exec. session' \u2014 minutes marked CONFIDENTIAL, open after 30 years (i.e. from 1 Jan 2001)",
    "Item 4: letter, Anna to her brother, 3 pp., torn at fold; enclosure (pressed flower) removed to Box 40",
    "Boxes 1\u20134 (series 1) & 10\u201312 (series 4) are on microfilm: reels 1\u20139",
    "Extent: 14 boxes + 2 oversize folders (map cases M3/4 & M3/5)",
    "<otherfindaid><p>Item-level list in the 1972 typescript handlist (Search Room shelf 2).</p></otherfindaid>",
    '<altformavail><p>Digitised: <extref href="https://archives.county.example/ms1234">online</extref></p></altformavail>',
    "Series 6: Audio-visual (reel-to-reel tapes; VHS); not playable on site \u2014 request a digital copy",
    "Box 22: 'Drop files' (obsolete hanging folders, kept as found; labels typed)",
    '<c03 level="item"><did><unitid>MS1234/3/2/7</unitid><unittitle>Ticket for the Select Vestry dinner</unittitle><unitdate>1843</unitdate></did></c03>',
    "Conditions governing use: copyright retained by the Vance family; permission needed to publish.",
    "Acquisition info: deposited by the parish, 1964 (Acc. 1964/12); converted to gift 1990.",
    "Appraisal: routine invoices < 1950 retained in full; post-1950 sampled (1 year in 10).",
    "Series 8: Plans & drawings (rolled) \u2014 see map room; tube numbers T1\u2013T37",
    "Ref. D/ABC/4/1\u201336 \u2014 Estate rentals (Michaelmas & Lady Day), 1702\u20131788",
    "Dates: 1914-1918 [bulk 1916-1917]",
    '<unitdate normal="1901/1999" type="bulk">bulk 1945-1970</unitdate>',
    "Custodial history: kept in the solicitor's strongroom until 1961; water damage (box 3) from the 1953 flood.",
    "Dossier 12 : \u00ab Correspondance avec le pr\u00e9fet \u00bb, 1871\u20131874 (lacunes)",
    "Schachtel 5, Mappe 2: Briefe an die Mutter, 1940\u20131944 (Feldpost)",
    "Folder 17: 'Alerts' \u2014 ARP warden's log & air-raid alert cards, 1939\u20131945",
    "Item 12: printout of the lab's /etc/passwd file (1987), found folded inside the SunOS manual; user names only \u2014 personal data, closed until 2057",
    '<c02 level="file">\n  <did>\n    <container type="box">9</container>\n    <unittitle>Union membership cards</unittitle>\n  </did>\n</c02>',
]

FA_TITLES = ["Correspondence", "Minutes", "Accounts", "Photographs", "Press cuttings",
             "Sermons", "Diaries", "Deeds", "Plans & elevations", "Letters to the editor",
             "Scrapbooks", "Notebooks", "Programmes & tickets", "Telegrams"]
FA_SUFFIX = ["", " (incomplete)", ", incl. drafts", " \u2014 some water damage",
             " & enclosures", ", mostly undated"]


def t_finding_aid(rng):
    y1 = rng.randint(1780, 1990)
    y2 = y1 + rng.randint(0, 25)
    title = rng.choice(FA_TITLES) + rng.choice(FA_SUFFIX)
    form = rng.randint(0, 2)
    if form == 0:
        title_xml = title.replace("&", "&amp;")
        lvl = rng.randint(2, 4)
        return ('<c0%d level="file"><did><container type="box">%d</container>'
                '<container type="folder">%d</container><unittitle>%s</unittitle>'
                '<unitdate normal="%d/%d">%d-%d</unitdate></did></c0%d>') % (
                    lvl, rng.randint(1, 60), rng.randint(1, 40), title_xml,
                    y1, y2, y1, y2, lvl)
    if form == 1:
        return "Box %d, Folder %d: %s, %d\u2013%d" % (rng.randint(1, 60), rng.randint(1, 40),
                                                      title, y1, y2)
    return "MS %d/%d/%d/%d-%d \u2014 %s (%d-%d)" % (
        rng.randint(10, 2500), rng.randint(1, 9), rng.randint(1, 12), rng.randint(1, 5),
        rng.randint(6, 40), title, y1, y2)


# ---------------------------------------------------------------------------
# conservation_report: condition checks, treatments, environment, hazards
# ---------------------------------------------------------------------------
CONSERVATION = [
    "Condition: fair. Flaking paint along the lower edge (2\u20133 mm losses); discoloured varnish; 2 of 8 stretcher keys missing.",
    "Surface cleaned with 1% triammonium citrate in deionised water (pH 8.0); cleared with DI water.",
    "Consolidated with 3% w/v Paraloid B-72 in acetone; losses filled & inpainted.",
    "RH 50% \u00b1 5; T 18\u201321 \u00b0C; < 50 lux on display (light-sensitive dyes)",
    "Tear (4.5 cm) upper right mended with wheat-starch paste & Japanese tissue (9 g/m\u00b2).",
    "XRF: Cu > Zn > Pb; traces of Sn & As \u2014 consistent with 18th c. brass",
    "Do NOT use water \u2014 the gilding is water gilt (red bole visible at losses).",
    "Frass in drawer 14 (webbing clothes moth?); object bagged & frozen at -30 \u00b0C for 72 h",
    "Old repair: 3 rivets & shellac; the 'drop' of glaze at the foot is a kiln fault, not damage.",
    "Tested positive for arsenic (As) \u2014 handle with nitrile gloves; 'POISON' tag attached to the mount.",
    "Returned from loan unchanged, except a new 2 mm scuff at lower left of frame (< 1 mm deep) \u2014 noted by the courier",
    "Paper pH 4.2\u20134.5 (acidic); deacidification? \u2014 decision deferred to the 2025 review",
    "Solvent tests: water (-), ethanol (+), acetone (++), xylene (-)",
    "FRAGILE!! Support from below; do not lift by the handles or the rim.",
    "FTIR: protein (animal glue) & drying oil; no synthetic resins detected.",
    "Inactive mould on verso; HEPA-vacuumed through a screen; swab sent to lab (ref 2021/044)",
    "Lettering on the 'ALERT' sign is flaking; paint consolidated with 5% Klucel G in ethanol",
    "Enamel chips at the 4 screw holes (DANGER sign); stable, no treatment needed",
    "Examined under UV (365 nm): later retouching visible as dark patches in the sky & the left sleeve.",
    "Corrosion: active bronze disease (pale green powdery spots) on the base; treated with 3% BTA in ethanol",
    "Textile: split silk in 12 places; supported with dyed crepeline & couching stitches",
    "Before / after photos: /DAMS/conservation/2024/1987.45.3/ (before_01\u201312.tif; after_01\u201312.tif)",
    "Glass disease (crizzling) \u2014 keep RH 40\u201345%, never above 55%",
    "Leather dry & powdery (red rot); consolidated with Klucel G (1% in IPA)",
    "Mount: sink mount, 4-ply museum board; hinges: 2 x Japanese tissue T-hinges",
    "Frame glazing: float glass replaced with UV-filtering acrylic; spacers 5 mm",
    "Condition codes: 1 = good; 2 = fair; 3 = poor; 4 = unacceptable \u2192 this object: 3",
    "Hazard: contains mercury (thermometer bulb intact) \u2014 store upright in a sealed tray",
    "Previous restorer's note on the stretcher: 'relined 1956 \u2014 wax/resin \u2014 F.G.'",
    "Lifted flakes re-laid with sturgeon glue (2% in water) & a heated spatula, 45 \u00b0C",
    "Audio: tape shows sticky-shed syndrome; baked at 54 \u00b0C for 8 h before transfer",
    "Film (nitrate!) \u2014 moved to the cold vault (\u20135 \u00b0C); do not project.",
    "Clock movement: dismantled, cleaned, pivots polished; NOT wound for display (spring fatigue).",
    "Mechanical toy: do not wind; the spring is cracked & may release suddenly.",
    "Stone: salt efflorescence on the lower 10 cm; desalinated with poultices (3 cycles; conductivity 450 \u2192 90 \u00b5S/cm)",
    "Sticky residue from old tape; removed with heptane on a swab, then crepe eraser",
    "Netsuke: hairline crack through the cord hole (himot\u014dshi), stable",
    "Feathers: insect damage (~30% of barbs lost), no live infestation; anoxic treatment 21 days at < 0.1% O2",
    "Report by: A. Nakamura, ACR \u2014 14/02/2024 \u2014 ref. CR-2024-017",
    "Light exposure to date: 120 klux\u00b7h (budget 150 klux\u00b7h/yr) \u2014 rotate off display in March",
    "Paint layers (cross-section, sample S3): ground / lead white / vermilion glaze / varnish",
    "Previous treatment (1972): 'cleaned with spit & bread' per the old card \u2014 seriously!",
    "Unstable: the wooden stand is cracked through; object must travel flat in a crate with Plastazote",
    "\u00c9tat : bon ; quelques soul\u00e8vements de la couche picturale en bas \u00e0 droite ; refixage \u00e0 la colle d'esturgeon.",
    "\u4fee\u5fa9\uff1a\u88cf\u6253\u3061\u7d19\u306e\u5265\u96e2\u3042\u308a\u3002\u65b0\u305f\u306b\u88cf\u6253\u3061\u3092\u65bd\u3059\uff082023\u5e74\uff09\u3002",
    "Zustand: Risse im Holz (L\u00e4nge 12 cm); Fra\u00dfg\u00e4nge, nicht aktiv; Oberfl\u00e4che staubig.",
    "Humidity in case 7 spiked to 68% on 03/08 (seal failed) \u2014 silica gel conditioned to 50% & replaced",
    "Unstable under lights > 200 lux: fugitive aniline dyes (magenta fades to grey)",
    "Recommend: no further treatment; monitor annually; next check due 2026-02",
    "Structure: sound.\nSurface: dust & fly specks; old label residue at back.\nAction: surface clean (soft brush + HEPA); re-check in 12 months.",
]

CON_AREA = ["Lower left corner", "Rim", "Verso", "Base", "Spine", "Left sleeve", "Frame",
            "Lid", "Handle", "Sky area", "Upper margin", "Foot ring"]
CON_ISSUE = ["abrasion", "tear", "loss", "crack", "flaking", "stain (tide line)",
             "fold", "chip", "corrosion", "delamination", "foxing", "dent"]
CON_ACTION = ["no action", "monitor", "consolidate before travel", "humidify & flatten",
              "remove old tape", "re-house in archival box", "do not lend",
              "photograph & record", "clean with soft brush"]


def t_conservation(rng):
    size = rng.choice(["%d mm" % rng.randint(1, 90), "%g cm" % (rng.randint(1, 40) / 2)])
    code = rng.randint(1, 4)
    return "%s: %s (%s); condition %d/4 \u2014 %s." % (
        rng.choice(CON_AREA), rng.choice(CON_ISSUE), size, code, rng.choice(CON_ACTION))


# ---------------------------------------------------------------------------
# loan_rights: loan agreement clauses and rights statements / credit lines
# ---------------------------------------------------------------------------
LOAN_RIGHTS = [
    "Borrower shall insure nail-to-nail at the agreed value of \u00a3250,000; Lender's insurer: see Schedule A.",
    "Lent by the Trustees of the Harlow Collection; \u00a9 the artist's estate / DACS 2024",
    "In Copyright \u2013 Educational Use Permitted: http://rightsstatements.org/vocab/InC-EDU/1.0/",
    "CC BY-NC-SA 4.0 \u2014 https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "Public Domain Mark 1.0 \u2014 no known copyright restrictions",
    "Photo \u00a9 City Museum; photographer: J. O'Neill; requests to rights@citymuseum.example",
    "Loan period: 01/03/2025 \u2013 31/08/2025; courier to attend installation & de-installation",
    "7.2 The Lender may withdraw the object(s) on 30 days' notice if the conditions (RH, T, lux) are not met.",
    "Display: max. 50 lux; UV < 75 \u00b5W/lm; 45\u201355% RH; no flash photography",
    "Indemnity: Government Indemnity Scheme (UK); 'nail-to-nail' cover to be confirmed",
    "Fee: $1,500 per object + courier expenses (economy air; 2 nights' per diem)",
    "Orphan work: diligent search 2019\u20132020 (file ORW-77); no rights holder found",
    "Estate of J. Doe: permission for 'print & online' use; expires 2030-12-31",
    "All rights reserved. No reproduction without the written permission of the Keeper of Manuscripts.",
    "Either party may terminate on 60 days' written notice; clauses 4, 7 & 9 survive termination.",
    "Signed for the Lender: M. Dubois, Executive Director; for the Borrower: K. Osei, Registrar",
    "No Copyright \u2013 United States: http://rightsstatements.org/vocab/NoC-US/1.0/",
    "Credit line: Museum purchase with funds from the Acquisitions Endowment & the Friends (2016.22)",
    "Copyright not evaluated (CNE) \u2014 rights review pending; internal use only until then",
    "Loan no. L.2025.14 \u2014 3 objects \u2014 total value \u20ac1.2m \u2014 crates: 2 (see packing list)",
    "Special condition: the object must NOT be displayed within 2 m of a heat source or air vent",
    "Photography permitted for personal, non-commercial use only; no tripods, no flash.",
    "\u00a9 1976 The Estate of the artist; licensed by ARS, New York",
    "Loan agreement \u00a75: Borrower shall not clean, repair, retouch or alter the object in any way.",
    "Images may be used under CC0; attribution appreciated: 'Courtesy of the City Museum'",
    "Lender grants a non-exclusive licence to reproduce the work in the exhibition catalogue & on the museum's website (\u2264 1200 px).",
    "Insurance value: US$ 85,000 (eighty-five thousand dollars); wall-to-wall; includes transit",
    "Lender wishes to remain anonymous: credit as 'Private Collection'",
    "Outgoing loan to the Rijksmuseum, Amsterdam, for 'De Gouden Eeuw' (15/02\u201315/06/2026)",
    "Accord de pr\u00eat : l'emprunteur s'engage \u00e0 assurer l'\u0153uvre \u00ab de clou \u00e0 clou \u00bb pour une valeur de 300 000 \u20ac.",
    "Leihvertrag: Der Leihnehmer tr\u00e4gt s\u00e4mtliche Kosten f\u00fcr Transport, Versicherung & Kurierbegleitung.",
    "\u8cb8\u51fa\u6761\u4ef6\uff1a\u7167\u5ea650\u30eb\u30af\u30b9\u4ee5\u4e0b\u3001\u6e29\u5ea620\u2103\u00b12\u3001\u6e7f\u5ea655%\u00b15\u3002",
    "The sitter's personality rights may apply in some jurisdictions; check before any commercial use.",
    "Licence: Open Government Licence v3.0 for the catalogue text; images excluded",
    "Terms: Borrower to send a facility report (UKRG standard) at least 6 months before the opening.",
    "Loan renewal: extended to 31/12/2027 by letter of 10/05/2025 (exec. summary attached)",
    "Rights holder unknown; if you are the rights holder, please contact copyright@citymuseum.example",
    "Exclusions: war, nuclear risks, wear & tear, gradual deterioration, inherent vice",
    "Courier: 1 person, travels with the crate (truck) \u2014 no overnight stops unless in a secure depot",
    "Takedown policy: we'll remove content within 10 working days of a valid request.",
    "Object can't be lent: too fragile (see condition report CR-2023-112)",
    "Reproduction fee waived for academic publications with a print run < 1,000",
    "Copy supplied under s.29 CDPA (non-commercial research & private study) \u2014 no further copying",
    "Rights statement (ES): En dominio p\u00fablico \u2014 puede reutilizarse sin restricciones.",
    "Note: the photograph is \u00a9 the photographer (d. 1988); copyright expires 31 Dec 2058 (life + 70).",
    "Long-term loan (L.1998.3) \u2014 renewed every 5 years; next renewal 2028; Lender: Diocese of Bath & Wells",
    "Value declared for customs: \u00a345,000; HS code 9701.10; temporary admission (ATA Carnet)",
    "Clause 12 (Force majeure): neither party is liable for delay caused by events beyond its reasonable control, incl. strikes, pandemics & 'acts of God'.",
    "Lender's requirements:\n- climate-controlled truck\n- 2 drivers\n- crate to acclimatise 24 h before unpacking",
    "Union catalogue of loans updated: ref. UCL-2024-0087",
]

RIGHTS_URIS = [
    ("In Copyright", "http://rightsstatements.org/vocab/InC/1.0/"),
    ("In Copyright \u2013 Non-Commercial Use Permitted", "http://rightsstatements.org/vocab/InC-NC/1.0/"),
    ("No Known Copyright", "http://rightsstatements.org/vocab/NKC/1.0/"),
    ("Copyright Undetermined", "http://rightsstatements.org/vocab/UND/1.0/"),
    ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    ("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
]
LOAN_LENDERS = ["Private Collection, Geneva", "the Harlow Trust", "Diocese of Bath & Wells",
                "the Vance family", "Galerie Morel, Paris", "the Rijksmuseum, Amsterdam",
                "Mr. & Mrs. D'Souza", "the Union Street Chapel trustees"]
CURRENCIES = ["\u00a3", "$", "\u20ac", "CHF "]


def t_loan_rights(rng):
    form = rng.randint(0, 2)
    if form == 0:
        label, uri = rng.choice(RIGHTS_URIS)
        return "%s \u2014 %s (image: %s)" % (label, uri, _accession(rng))
    if form == 1:
        return "Loan L.%d.%d from %s; insured value %s%s; %d object(s)" % (
            rng.randint(1990, 2026), rng.randint(1, 40), rng.choice(LOAN_LENDERS),
            rng.choice(CURRENCIES), "{:,}".format(rng.randint(2, 900) * 500),
            rng.randint(1, 12))
    lender = rng.choice(LOAN_LENDERS)
    return "Lent by %s, %d\u2013%d; credit line: 'Lent by %s'" % (
        lender, rng.randint(2015, 2025), rng.randint(2026, 2030), lender)


# ---------------------------------------------------------------------------
# exhibition_label: gallery text, multilingual labels, visitor signage
# ---------------------------------------------------------------------------
EXHIBITION_LABEL = [
    "Please do not touch \u2014 oils from your skin damage the surface.",
    "This alarm system (1890s) rang a bell in the porter's lodge whenever a window was opened.",
    "Try it! Turn the handle & watch the gears: 1 turn = 60 teeth.",
    "Deckelgef\u00e4\u00df, Porzellan, Mei\u00dfen, um 1730 \u2014 Leihgabe aus Privatbesitz",
    "\u00ab Ceci n'est pas une pipe \u00bb : l'\u0153uvre joue sur l'\u00e9cart entre l'image et le mot.",
    "\u7d19\u672c\u58a8\u753b\u6de1\u5f69\u3000\u6c5f\u6238\u6642\u4ee3\uff0818\u4e16\u7d00\uff09\u3000\u500b\u4eba\u8535",
    "\u0645\u0635\u062d\u0641\u060c \u062d\u0628\u0631 \u0648\u0630\u0647\u0628 \u0639\u0644\u0649 \u0631\u0642\u060c \u0627\u0644\u0642\u0631\u0646 \u0627\u0644\u062b\u0627\u0644\u062b \u0627\u0644\u0647\u062c\u0631\u064a / \u0627\u0644\u062a\u0627\u0633\u0639 \u0627\u0644\u0645\u064a\u0644\u0627\u062f\u064a",
    "HIC IACET \u2026 \u2014 'Here lies \u2026': the inscription breaks off at the damaged edge.",
    "\u00ab\u1f66 \u03be\u03b5\u1fd6\u03bd\u1fbd, \u1f00\u03b3\u03b3\u03ad\u03bb\u03bb\u03b5\u03b9\u03bd \u039b\u03b1\u03ba\u03b5\u03b4\u03b1\u03b9\u03bc\u03bf\u03bd\u03af\u03bf\u03b9\u03c2 \u1f45\u03c4\u03b9 \u03c4\u1fc7\u03b4\u03b5 \u03ba\u03b5\u03af\u03bc\u03b5\u03b8\u03b1\u2026\u00bb \u2014 the epitaph for the Spartans at Thermopylae",
    "Kids' trail: can you find the cat hiding in 3 paintings in this room? (Hint: look up \u2191)",
    "Trade-union banners like this were carried at the miners' gala; this one weighs over 30 kg.",
    "Scripts of the Silk Road: Sogdian, Chinese, Tibetan & Brahmi on a single page.",
    "Gallery 4 is closed for re-display until 12 May. Sorry for any inconvenience!",
    "Who made this? We don't know \u2014 but the tool marks tell us the carver was left-handed.",
    "Rhagor o wybodaeth / More information: ask a member of staff.",
    "Cuenco con decoraci\u00f3n de reflejo met\u00e1lico, Manises (Valencia), siglo XV",
    "Ko te whare whakairo nei\u2026 \u2014 This carved panel from a meeting house represents an ancestor.",
    "\u05d4\u05d2\u05d3\u05d4 \u05e9\u05dc \u05e4\u05e1\u05d7, \u05db\u05ea\u05d1 \u05d9\u05d3 \u05de\u05d0\u05d5\u05d9\u05e8, \u05e1\u05e4\u05e8\u05d3, \u05d4\u05de\u05d0\u05d4 \u05d4-14",
    "\u9752\u82b1\u7f20\u679d\u83b2\u7eb9\u6885\u74f6\u3000\u660e\u00b7\u6c38\u4e50\uff081403\u20131424\uff09",
    "Why 'select' wine? In the 1700s, 'select' meant the best bottles kept back for the family.",
    "Some people may find this image upsetting. It shows the execution of Charles I, 30 January 1649.",
    "Sound on! Press \u25b6 to hear a reading of the letter (2 min 14 s).",
    "Is it real? Scientists used X-rays (XRF) to show the 'gold' is really brass.",
    "Made in Japan for export, c. 1880 \u2014 the 'Japanese taste' was all the rage in London & Paris.",
    "Tell us what you think: #MuseumVoices or leave a comment below \u2193",
    "Text: Anna Kowalska | Design: Studio Drei | Translation (cy): Si\u00e2n Rhys",
    "The 'Union' sewing machine, 1875 \u2014 sold door-to-door on the instalment plan (2/6 a week).",
    "Large print labels are available at the entrance to this room.",
    "Photographs of the excavation, 1931 (left to right): trench 2; the tomb entrance; the 'treasury'.",
    "This case contains items that are sacred to the Anishinaabe; please view them with respect.",
    "Warning: this gallery contains flashing images (0:45\u20131:10 of the film).",
    "The bell (inscribed 'I TOLL FOR ALL 1702') was rung to alert villagers to fire & flood.",
    "Object of the month: a 3,000-year-old bread roll (yes, really!) from Deir el-Medina.",
    "Oil on panel | 43 \u00d7 31 cm | Purchased 1911 | NG 2914",
    "Lieu de m\u00e9moire : la gare d'o\u00f9 partirent les convois de 1942 \u00e0 1944.",
    "She wrote: 'I have nothing to wear & nowhere to go' \u2014 diary, 4 March 1943.",
    "Dieses Objekt wird derzeit restauriert. / This object is currently being conserved.",
    "Hand-held \u2018alarm\u2019 rattle, used by ARP wardens to warn of gas attacks, 1939\u201345.",
    "Valokuvaus vain yksityiseen k\u00e4ytt\u00f6\u00f6n. / Photography for private use only.",
    "Exhibition: 'Drop by Drop \u2014 Water in the City, 1800\u20132000' (Gallery 3)",
    "Next tour: 14:30 (45 min) \u2014 meet at the information desk",
    "Latin: 'Ars longa, vita brevis' \u2014 'Art is long, life is short.'",
    "The Rosetta Stone's three scripts: hieroglyphic, Demotic & Ancient Greek.",
    "Inuktitut: \u1403\u14c4\u1483\u144e\u1450\u1466 \u2014 label text co-written with community members in Iqaluit.",
    "\u0420\u0443\u0441\u0441\u043a\u0438\u0439: \u00ab\u0427\u0451\u0440\u043d\u044b\u0439 \u043a\u0432\u0430\u0434\u0440\u0430\u0442\u00bb (1915) \u2014 \u043a\u043e\u043f\u0438\u044f \u0434\u043b\u044f \u0432\u044b\u0441\u0442\u0430\u0432\u043a\u0438; \u043e\u0440\u0438\u0433\u0438\u043d\u0430\u043b \u0432 \u041c\u043e\u0441\u043a\u0432\u0435.",
    "Touch object: \u270b Please do touch this replica \u2014 it is made of resin.",
    "Did you know? 'Sleep' in this poem means death \u2014 Victorians often used the euphemism.",
    "A shell-shaped 'salt' (salt cellar), silver; London, 1692; maker's mark 'TC' over a fish",
    "Gallery 9\nArts of the Islamic World\n\u0627\u0644\u0641\u0646\u0648\u0646 \u0627\u0644\u0625\u0633\u0644\u0627\u0645\u064a\u0629\n\u2190 Room 10 | Room 8 \u2192",
    "Curator's pick:\n'This is my favourite thing in the building \u2014 look at the tiny dog under the table!'\n\u2014 Dr. Priya Nair",
]

LBL_WORKS = [
    ("Portrait of a Young Woman", "Circle of Frans Hals", "Oil on canvas", "c. 1640"),
    ("Teapot", "Maker unknown, Staffordshire", "Earthenware, lead glaze", "c. 1765"),
    ("View of Whitby Harbour", "British school", "Watercolour over graphite", "1832"),
    ("Banner of the Miners' Union, Lodge No. 4", "George Tutill & Co., London", "Painted silk", "1899"),
    ("Sampler", "Mary Ann Hobbs (aged 11)", "Silk on linen", "1834"),
    ("Tea bowl, named 'First Snow'", "Unknown potter, Mino", "Stoneware, Shino glaze", "Momoyama period, c. 1600"),
    ("Mourning ring", "Unknown maker, London", "Gold, enamel, hair, rock crystal", "1781"),
    ("Kimono with cranes & pines", "Unknown maker, Kyoto", "Silk, yuzen dyeing", "Meiji period, c. 1890"),
    ("The Harvest (study)", "Anna Kowalska (1851\u20131920)", "Black chalk on blue paper", "c. 1880"),
    ("Jug with hunting scene", "Workshop of Hans Vogel", "Salt-glazed stoneware", "1680"),
    ("Untitled (Blue / Green #3)", "Studio Drei", "Acrylic on canvas", "1994"),
    ("Ship's figurehead", "Attributed to J. Hellyer & Son", "Painted pine", "c. 1850"),
]
LBL_CREDITS = ["Gift of Mr. & Mrs. O'Brien, 1974", "Purchased 1911", "Lent by a private collector",
               "Bequeathed by Miss Agnes Fairweather, 1933", "Museum purchase, 2016",
               "On long-term loan from the Diocese of Bath & Wells"]


def t_exhibition_label(rng):
    title, maker, medium, date = rng.choice(LBL_WORKS)
    return "%s\n%s, %s\n%s\n%s" % (title, maker, date, medium, rng.choice(LBL_CREDITS))


# ---------------------------------------------------------------------------
# digitisation: file names, IIIF URLs, capture metadata, workflow notes
# ---------------------------------------------------------------------------
DIGITISATION = [
    "1987_45_3a-b_recto_001.tif",
    "MS1234_f012v_UV365nm.tif",
    "https://iiif.museum.example/iiif/3/1987.45.3a-b/full/max/0/default.jpg",
    "https://iiif.museum.example/iiif/2/ms1234-f001/full/!1024,1024/0/default.jpg",
    "https://iiif.museum.example/iiif/2/ms1234-f001/1024,2048,512,512/256,/0/gray.png",
    "https://collections.museum.example/iiif/manifest/2003.112.1-.14.json",
    "\\\\dams-fs01\\Digitisation\\2024\\Batch_07\\RAW\\IMG_0045.CR3",
    "D:\\Capture\\Session 2024-03-11\\B0001234.IIQ",
    "/mnt/dams/masters/2019/04/1955.3.7_front.tif",
    "masters/1955_3_7_front.tif -> ../access/1955_3_7_front.jpg (derivative script v2)",
    "Phase One IQ4 150MP; 120 mm macro; f/8; 1/60 s; ISO 50; 600 ppi at object size",
    "Target: ISO 19264-1 / FADGI 4-star; \u0394E2000 mean 1.8, max 4.1",
    "MD5 5f2b9c1e07a3d8e4b6c0f19a2d7e3b41 \u2014 verified after transfer",
    "Naming: <accession>_<view>_<seq>.tif \u2014 replace '.' with '_' and '/' with '-'",
    "IIIF region 'pct:10,10,80,80', size '^max', rotation '!90'",
    "info.json returns 404 for ms1234-f013 \u2014 re-run the tiling job",
    "EXIF Artist = 'Museum Imaging'; XMP dc:rights = 'CC BY 4.0'",
    '{"@context": "http://iiif.io/api/presentation/3/context.json", "id": "https://iiif.museum.example/manifest/1987.45.3", "type": "Manifest", "label": {"en": ["Pair of earrings"]}}',
    "Video master made with: ffmpeg -i tape_017.mov -c:v ffv1 -level 3 -g 1 tape_017.mkv (FFV1/MKV)",
    "Batch 2024-07: 1,204 images; 17 rejects (focus), 3 (glare) \u2192 re-shoot list attached",
    "Folio 12v: raking light from the left (15\u00b0) to show the dry-point glosses",
    "Audio: 96 kHz / 24-bit BWF; side A = 00:00\u201322:41; side B = 22:41\u201345:03",
    "Derivative: JPEG 2000 (lossy, 8:1) for IIIF; uncompressed TIFF master kept",
    "File too large (2.3 GB) \u2014 split into tiles? or use pyramidal TIFF (tiled 256x256, JPEG q=90)",
    "https://iiif.museum.example/iiif/3/ms1234-f012v/full/,150/0/default.jpg",
    "s3://dams-masters/2024/batch07/1987_45_3a-b_recto_001.tif",
    "Thumbnail missing for 2003.112.7 \u2014 object missing since 1998, so no image (expected)",
    "Scan: 1200 dpi, 48-bit colour, no sharpening; glass plate negative (half-plate, 6.5 x 4.75 in.)",
    "Photogrammetry: 312 photos; mesh 2.1M tris; texture 8K; exported as .glb for the web viewer",
    "Checksum mismatch on IMG_0451.CR3 (SHA-256) \u2014 copied again from card B; now OK",
    "Rename: 'IMG_0045.CR3' \u2192 '1987_45_3a-b_recto_001.cr3' (done by script)",
    "Capture order: cover, spine, fore-edge, f.1r \u2026 f.88v, back cover (total 182 frames)",
    "MS1234_f001r.tif; MS1234_f001v.tif; MS1234_f002r.tif (f.2v blank \u2014 not captured)",
    "OCR: Tesseract 5 (lang=eng+lat); confidence < 70% on pages 14\u201319 (black-letter)",
    "https://iiif.museum.example/iiif/2/1955.3.7_front/info.json",
    "Canvas 12 label: 'f. 6v' (was 'f. 7r' \u2014 corrected 04/2024)",
    "Metadata CSV: accession, view, seq, photographer, date \u2014 semicolon-separated; UTF-8 with BOM",
    "Colour profile: eciRGB v2; converted to sRGB for access JPEGs",
    "Microfilm reel 3 (35 mm, positive) scanned at 400 ppi; frames 0001\u20130942",
    "Rights embedded: XMP-xmpRights:WebStatement = https://rightsstatements.org/page/InC/1.0/",
    "Multispectral: 12 bands (365\u2013940 nm); palimpsest text visible in band 940 (IR)",
    "Focus stacking: 24 frames, step 0.2 mm; rendered with method B",
    "Object too reflective \u2014 cross-polarised lighting used; polariser at 90\u00b0",
    "Folder structure: /YYYY/MM/accession/ (e.g. /2024/03/1987_45_3/)",
    "\u30d5\u30a1\u30a4\u30eb\u540d\uff1a1987_45_3_\u8868_001.tif\uff08\u8868\uff1drecto\uff09",
    "Aufnahme: Aufsichtscanner, 400 ppi, Buchwippe; Dateiname: HS_112_0001.tif",
    "Bit depth 16 \u2192 8 for access copies; LZW compression for masters (lossless)",
    "IIIF Image API level 2; max size 4000 px; tiles 512",
    "Transfer log:\nIMG_0045.CR3 \u2192 1987_45_3a-b_recto_001.cr3 OK\nIMG_0046.CR3 \u2192 1987_45_3a-b_verso_001.cr3 OK\nIMG_0047.CR3 \u2192 (blank) SKIPPED",
    "https://iiif.museum.example/iiif/3/MS1234_f012v/pct:25,25,50,50/max/90/default.webp",
]

DIG_VIEWS = ["recto", "verso", "front", "back", "left", "right", "top", "base", "detail",
             "UV365nm", "IR940nm", "raking"]
DIG_EXT = ["tif", "jpg", "cr3", "iiq", "dng", "jp2"]
IIIF_REGIONS = ["full", "square", "pct:0,0,50,50", "0,0,2048,2048", "512,512,1024,1024"]
IIIF_SIZES = ["max", "!1024,1024", ",600", "400,", "pct:25"]
IIIF_ROT = ["0", "90", "!0", "180"]
IIIF_FMT = ["default.jpg", "gray.png", "default.webp", "bitonal.tif"]


def t_digitisation(rng):
    acc = _accession(rng).replace(".", "_")
    form = rng.randint(0, 2)
    if form == 0:
        return "%s_%s_%03d.%s" % (acc, rng.choice(DIG_VIEWS), rng.randint(1, 40),
                                   rng.choice(DIG_EXT))
    if form == 1:
        return "https://iiif.museum.example/iiif/%d/%s_%s/%s/%s/%s/%s" % (
            rng.choice([2, 3]), acc, rng.choice(DIG_VIEWS), rng.choice(IIIF_REGIONS),
            rng.choice(IIIF_SIZES), rng.choice(IIIF_ROT), rng.choice(IIIF_FMT))
    return "/mnt/dams/masters/%d/%02d/%s_%s.tif" % (
        rng.randint(2015, 2025), rng.randint(1, 12), acc, rng.choice(DIG_VIEWS))


# ---------------------------------------------------------------------------
# search_query: what staff and the public type into collection search
# ---------------------------------------------------------------------------
SEARCH_QUERY = [
    "portrait AND (oil OR tempera) NOT miniature",
    "accession:1987.45.*",
    'maker:"Wedgwood" date:[1770 TO 1800]',
    'sampler* "select thy friends"',
    "union banner",
    '"drop spindle"',
    'title:"Untitled" -photograph',
    "Bront\u00eb OR Bronte",
    "\u0645\u062e\u0637\u0648\u0637 \u0642\u0631\u0622\u0646",
    "\u6d6e\u4e16\u7d75 \u5e83\u91cd",
    "ship's log 1850..1860",
    "who's in the 'Select Committee' photos?",
    "script:cuneiform",
    "alarm OR alert bell",
    "silver & London & c. 1850",
    "medium:(watercolour OR gouache)",
    "sleep* chair",
    "O'Keeffe",
    "d'Arcy Thompson",
    "exec* board minutes 1908",
    "tea caddy -reproduction",
    '"mourning ring" hair',
    "material:ivory AND date:<1900",
    "colo?r print*",
    "M\u00fcller OR Mueller OR Muller",
    'place:"Deir el-Medina"',
    "box 12 folder 3",
    "MS 1234/2/5",
    "\u03b9\u03b5\u03c1\u03bf\u03b3\u03bb\u03c5\u03c6\u03b9\u03ba\u03ac",
    "who made the 'Union' sewing machine?",
    "objects on display in Gallery 12",
    '"not to be sold" crate',
    'letters 1862-1865 "Dear Mamma"',
    "+punched +card -IBM",
    "execution AND \"St Catherine\"",
    "type:(coin OR medal) AND metal:silver",
    "kimono | yukata",
    "date:{1850 TO 1860} AND maker:Wedgwood",
    "accession:1987.45.3? OR accession:1987.46.*",
    "dress 1860s crinoline",
    'title:"Drop by Drop"',
    'map 1610 "Earl of Essex"',
    "where is the Rosetta Stone?",
    "what does [sic] mean in a transcription",
    "Gin Lane & Beer Street",
    "sword NEAR/5 scabbard",
    'creator:"Unknown" AND culture:Yoruba',
    'photo* AND (1914 OR 1918) AND "Western Front"',
    "Hiroshige -Hokusai 'Tokaido'",
    "syst\u00e8me m\u00e9trique",
    'apothecary jar "SYR."',
    "drop-leaf table mahogany",
    "L\u00e6s mere: \u00e6ske med l\u00e5g",
]

SQ_TERMS = ["teapot", "sampler", "portrait", "banner", "ledger", "kimono", "coin", "map",
            "netsuke", "photograph", "letter", "diary", "sword", "quilt", "medal", "ring",
            "clock", "poster"]
SQ_FIELD_VALUES = [("maker", ["Wedgwood", "Hogarth", "Unknown", "Harlow & Co."]),
                   ("material", ["silver", "silk", "porcelain", "oak", "ivory"]),
                   ("place", ["London", "Kyoto", "Delft", "Cairo", "Bath"]),
                   ("culture", ["Yoruba", "Coptic", "Edo", "Victorian"]),
                   ("subject", ["ships", "harvest", "mourning", "trade unions"])]
SQ_OPS = ["AND", "OR", "NOT", "&&", "||"]


def t_search_query(rng):
    form = rng.randint(0, 3)
    a, b = rng.choice(SQ_TERMS), rng.choice(SQ_TERMS)
    field, vals = rng.choice(SQ_FIELD_VALUES)
    if form == 0:
        return "%s %s %s" % (a, rng.choice(SQ_OPS), b)
    if form == 1:
        return '%s:"%s" date:[%d TO %d]' % (field, rng.choice(vals),
                                           rng.randint(1500, 1850), rng.randint(1851, 2000))
    if form == 2:
        return "%s* -%s" % (a[:max(3, len(a) - 2)], b)
    return "(%s OR %s) AND %s:%s" % (a, b, field, rng.choice(vals))


# ---------------------------------------------------------------------------
# transcription: crowd-sourced / staff transcriptions of handwritten items
# ---------------------------------------------------------------------------
TRANSCRIPTION = [
    "Dear Sir,--I recd. yours of the 3d inst. & have [illegible] the goods by Tuesday's coach.",
    "~~twelve~~ thirteen barrels of flour @ 2/6 each",
    "recieved [sic] of Mr Jones the sum of \u00a34 10s 6d",
    "Item I give to my wife Margt. my best bed & bolster; item to my son Jn\u00ba my grey mare",
    "Pd. the sexton for ringing the bell \u2014 1s.",
    "Anno domini 1534 \u2026 in festo sancti Michaelis archangeli \u2026",
    "<del>Tuesday</del> <add>Wednesday</add> at 4 o'clock",
    "[page torn] \u2026ther with the said \u2026",
    "Mem.: select the best of the ewes for market; drop the rest in the lower field.",
    "Wind S.S.W., fresh breeze; at 4 p.m. sounded in 17 fms; fine sand & shells.",
    "My dearest Mother, \u2014 we are all well here & the baby has her first tooth [remainder of line crossed out]",
    "Rec'd this day of the Overseers 2/- for the relief of Widow Parr",
    "1 doz. candles ... 6d / 2 lb. soap ... 8d / total 1s 2d",
    "[in margin, different hand:] 'not true!'",
    "the Union workhouse at [Bridge?]water, where she died 3 Feb. 1849",
    "Executed at Tyburn, 12 Jan. 1728 [date uncertain \u2014 possibly 1729 N.S.]",
    "I am in a <unclear>terrible</unclear> hurry so excuse the scrawl",
    "sleep'd [sic] at the inn at Marlborough, very dirty beds",
    "Ordered that the Select Vestry do meet on the first Monday of every month",
    "Script changes to shorthand (Pitman) at line 14 \u2014 not transcribed",
    "Y\u1ebf 4th of Octob: 1688 \u2014 then reckoned with Jno. Smith & paid him in full",
    "[3 words lost \u2014 damage] \u2026 the King's men \u2026",
    "Please God we shall meet again -- your loving son, Wm. [signature partly torn away]",
    "No. 17 \u2014 Let go the anchor in 9 fathoms off the point; warped in at dawn.",
    "Mrs. H. called re: the alarm bell \u2014 says it rang all night (!!)",
    "To: Messrs. Harlow & Co. \u2014 Pray send by return 1 gross of steel pens (No. 303)",
    "Dear [name redacted], your application for the post of porter is unsuccessful.",
    "lyne 12: 'and soe I rest yor lovinge frend' (spelling as original)",
    "Reg. 1843 No. 112 \u2014 Wm. Parr, aged 37, labourer; Mary Parr (her mark: X)",
    "\u2026\nthe rain has not stopped these 3 days\n& the roads are impassable\n\u2026",
    "Lieber Bruder, wie geht es Dir? Hier ist alles ruhig [unleserlich] Deine Schwester",
    "Mon cher ami, je t'envoie ci-joint la liste [illisible] \u2014 \u00e0 bient\u00f4t !",
    "Item: one chest w[i]th 3 locks for ye parish writings",
    "The words 'and his heirs' are struck through & initialled 'J.H.' in the margin",
    "17 Aug. Hot. Sheared 40 sheep. Paid the men 12/-. Drank too much cider. [sic \u2014 diarist's own words]",
    "[Arabic, in margin:] \u0628\u0633\u0645 \u0627\u0644\u0644\u0647 \u0627\u0644\u0631\u062d\u0645\u0646 \u0627\u0644\u0631\u062d\u064a\u0645",
    "Kanji on the box lid: \u300c\u8336\u7897\u3000\u9298\u3000\u521d\u96ea\u300d (tea bowl, named 'First Snow')",
    "'...& so I said to him, \"if you won't, I shall\"' \u2014 quoted speech as written",
    "[crossed out: 'I hate this place'] I am settling in well",
    "Page 2 is a list: bread 4d; cheese 6d; beer 2d; 'tobacco (for W.)' 3d",
    "Transcriber's note: the writer uses ' & ' and '+' interchangeably.",
    "Rcvd. $10.00 for 1 bbl. of pork, Camp Union, Nov. 3d 1862",
    "Dearest E \u2014 don't wait up. The meeting of the union ran late again. \u2014 J.",
    "'Selected for the Front' \u2014 stamped across the top of the page",
    "Pass: Private J. O'Connor, 2nd Bn, on leave from 10/6/17 to 20/6/17",
    "Struck-through: ~~\u00a35~~; above: \u00a36 \u2014 initialled 'T.H.'",
    "Line 3 unclear: either 'sold' or 'told' [?]",
    "The Lord is my shepherd \u2014 (psalm written out in a child's hand, with ink blots)",
    '<lb/>Item to Ann my daughter <hi rend="superscript">xx</hi> shillings<lb/>',
    "Ship's articles: 'No grog to be served after 8 bells' \u2014 signed by 23 crew, 7 by mark (X)",
    "Et dixit Dominus: fiat lux [rubric in red ink, faded]",
]

TR_DATES = ["3 Jan.", "12th Feb:", "Mar. 4", "ye 9th of Aprill", "May Day", "Midsummer",
            "Lady Day", "Michaelmas", "Oct. 31", "Xmas Eve"]
TR_ITEMS = ["2 lb. candles", "1 bushel oats", "mending the church gate", "a new bell rope",
            "carriage of coals", "3 yds. of flannel", "the sexton's wages",
            "bread for the poor", "a quire of paper", "shoeing the grey mare",
            "ale for the ringers", "repairing ye pound"]
TR_NOTES = ["", " [illegible]", " [sic]", " ~~1s~~", " [?]", " (torn)", " [blot]"]


def t_transcription(rng):
    s = rng.randint(0, 19)
    d = rng.randint(0, 11)
    return "%s %d \u2014 Pd. for %s%s \u2026 %ds %dd" % (
        rng.choice(TR_DATES), rng.randint(1640, 1890), rng.choice(TR_ITEMS),
        rng.choice(TR_NOTES), s, d)


CATEGORIES = [
    ("object_record", OBJECT_RECORD, t_object_record),
    ("provenance", PROVENANCE, t_provenance),
    ("catalogue_description", CATALOGUE, t_catalogue),
    ("finding_aid", FINDING_AID, t_finding_aid),
    ("conservation_report", CONSERVATION, t_conservation),
    ("loan_rights", LOAN_RIGHTS, t_loan_rights),
    ("exhibition_label", EXHIBITION_LABEL, t_exhibition_label),
    ("digitisation", DIGITISATION, t_digitisation),
    ("search_query", SEARCH_QUERY, t_search_query),
    ("transcription", TRANSCRIPTION, t_transcription),
]


def build():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for name, literals, template in CATEGORIES:
        n_lit = 0
        cat_rows = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (name, v))
            seen.add(v)
            cat_rows.append(v)
            n_lit += 1
        if n_lit > PER_CATEGORY:
            raise SystemExit("too many literals in %s" % name)
        tries = 0
        while len(cat_rows) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template exhausted for %s" % name)
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            cat_rows.append(v)
        for v in cat_rows:
            rows.append({"category": name, "label": "benign", "value": v})
        stats.append((name, len(cat_rows), n_lit))
    return rows, stats


def main():
    rows, stats = build()
    out = []
    values = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, r
        values.append(v)
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": r["category"],
                    "label": "benign", "value": v})
    assert len(values) == len(set(values)), "duplicate values"
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print("%-22s %3d  (literals %d, %.0f%%)" % (name, n, n_lit, 100.0 * n_lit / n))
    print("total %d values, %d literals -> %s" % (len(out), total_lit, path.name))


if __name__ == "__main__":
    main()
