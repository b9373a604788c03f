"""Benign corpus for the "lexicon" held-out set (dictionary / linguistics research site).

Every value is something a real contributor or reader of a dictionary and
linguistics research site would type into an ordinary field: dictionary entries
with IPA, etymologies with reconstructed forms and arrows, Leipzig-style
interlinear glosses, phonological/morphological rules and regex-like patterns,
corpus query language (CQL) searches, usage examples in many scripts,
dictionary citations, contributor comments, definitions with abbreviations and
search-box queries.  All literals and pools are hand-written for this corpus.

Run: python3 make_benign.py  ->  benign.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 7601
PREFIX = "hb76"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# 1. ipa_entry: headwords with IPA / phonetic transcriptions
# ---------------------------------------------------------------------------
IPA_ENTRY = [
    "water /ˈwɔːtə/ (RP), /ˈwɑːtɚ/ ~ /ˈwɑːɾɚ/ (GA) n.",
    "Wasser [ˈvasɐ] n. <-s, -> 'water'",
    "eau /o/ n.f. (pl. eaux /o/) — homophone of au, aux, haut, os (pl.)",
    "tomato UK /təˈmɑːtəʊ/ | US /təˈmeɪtoʊ/",
    "select /sɪˈlɛkt/ v.tr. & adj.",
    "union /ˈjuːnjən/ n.; contrast onion /ˈʌnjən/",
    "drop /drɒp/ (BrE), /drɑːp/ (AmE) n. & v.",
    "水 みず [mʲizɯ] — note the compressed [ɯ], not rounded [u]",
    "рыба [ˈrɨbə] ж. 'fish'",
    "Schadenfreude [ˈʃaːdn̩ˌfʁɔʏ̯də] f.",
    "sleep /sliːp/ v. (pa. t. & pa. pple slept /slɛpt/)",
    "script /skrɪpt/ n. — cf. Lat. scrīptum",
    "Ελλάδα [eˈlaða] 'Greece'",
    "ciudad [θjuˈðað] (Castilian) ~ [sjuˈðað] (Latin American seseo)",
    "thought /θɔːt/ — with the cot–caught merger: /θɑt/",
    "Tschüss [tʃʏs] ~ [tʃyːs] interj.",
    "sing /sɪŋ/ vs. finger /ˈfɪŋɡə/ — no [ɡ] after the [ŋ] in the first",
    "Welsh llan [ɬan] 'church enclosure' (ll = voiceless lateral fricative)",
    "Xhosa ukucola [ukuǀola] 'to grind fine' — dental click ǀ",
    "中文 zhōngwén [ʈʂʊ́ŋ.wə̌n]",
    "bouteille [bu.tɛj] f. — with schwa deletion: la bouteille [labutɛj]",
    "पानी pānī [paːniː] 'water' (Hindi)",
    "exec /ɪɡˈzɛk/ n. (informal) short for executive",
    "ماء māʔ [maːʔ] 'water' (Arabic)",
    "bønner [ˈbœ̂nːər] 'beans' vs. bønder [ˈbœ̀nːər] 'farmers' — accent 1 vs. accent 2",
    "ใหม่ [mài] 'new', ไหม [mǎi] 'silk', ไม้ [máːi] 'wood'",
    "pão [ˈpɐ̃w̃] m. 'bread' (Portuguese)",
    "rødgrød med fløde [ˌʁœðˀɡʁœðˀ mɛ ˈfløːðə]",
    "źdźbło [ʑd͡ʑbwɔ] n. 'blade of grass'",
    "gyógyszer [ˈɟoːɟsɛr] 'medicine' (Hungarian)",
    "hnífur [ˈn̥iːvʏr̥] m. 'knife' (Icelandic)",
    "ağaç [aːˈatʃ] 'tree' — ğ lengthens the preceding vowel",
    "읽다 [ik̚t͈a] 'to read'",
    "გვფრცქვნი [ɡvpʰrtsʰkʰvni] 'you peel us'",
    "carrot ~ caret ~ karat ~ carat: all /ˈkærət/ for me",
    "either /ˈaɪðə/ or /ˈiːðɚ/ — both accepted",
    "alert /əˈlɜːt/ adj., v. & n.; phr. on the alert",
    "妈麻马骂吗 mā má mǎ mà ma [ma˥ ma˧˥ ma˨˩˦ ma˥˩ ma]",
    "ọkọ́ 'hoe', ọkọ̀ 'vehicle', ọkọ 'husband' (Yorùbá)",
    "tuli [ˈtuli] 'fire' vs. tuuli [ˈtuːli] 'wind'",
    "řeka [ˈr̝ɛka] f. 'river'",
    "qaqa [ˈqɑqɑ] 'cliff' (Quechua)",
    "ቡና bunna [bunːa] 'coffee' (Amharic)",
    "שָׁלוֹם shalom [ʃaˈlom]",
    "bhean [vʲan] — lenited form of bean 'woman' (Irish)",
    "system /ˈsɪstəm/ n.; /ˈsɪstɪm/ in older RP",
    "Việt Nam [viə̰ʔt˨˩ naːm˧]",
    "data /ˈdeɪtə/ | /ˈdɑːtə/ | /ˈdætə/ — all three attested",
]
IPA_WORDS = [
    ("water", "ˈwɔːtə", "n."), ("butter", "ˈbʌtə", "n."), ("bread", "brɛd", "n."),
    ("lichen", "ˈlaɪkən", "n."), ("scone", "skɒn", "n."), ("route", "ruːt", "n."),
    ("schedule", "ˈʃɛdjuːl", "n."), ("often", "ˈɒf(t)ən", "adv."),
    ("vase", "vɑːz", "n."), ("drop", "drɒp", "v."), ("join", "dʒɔɪn", "v."),
    ("nuclear", "ˈnjuːklɪə", "adj."), ("February", "ˈfɛbrʊəri", "n."),
    ("choir", "ˈkwaɪə", "n."), ("sword", "sɔːd", "n."), ("quay", "kiː", "n."),
    ("colonel", "ˈkɜːnəl", "n."), ("Worcester", "ˈwʊstə", "prop.n."),
    ("mischievous", "ˈmɪstʃɪvəs", "adj."), ("almond", "ˈɑːmənd", "n."),
]
IPA_NOTES = ["", " (RP)", " (older RP)", " — stress on the first syllable", " [rare]"]


def gen_ipa_entry(rng):
    w, ipa, pos = rng.choice(IPA_WORDS)
    style = rng.randrange(4)
    note = rng.choice(IPA_NOTES)
    if style == 0:
        return f"{w} /{ipa}/ {pos}{note}"
    if style == 1:
        return f"{w}, {pos} /{ipa}/{note}"
    if style == 2:
        return f"{w} [{ipa.replace('ˈ', '')}] ~ /{ipa}/{note}"
    return f"Pron. of '{w}': /{ipa}/{note}"


# ---------------------------------------------------------------------------
# 2. etymology
# ---------------------------------------------------------------------------
ETYMOLOGY = [
    "PIE *wódr̥ > Proto-Germanic *watōr > Old English wæter > English water",
    "Latin aqua → Old French eve → French eau",
    "From Middle English selecten, from Latin sēlēctus, past participle of sēligō ('to pick out'), from sē- + legō.",
    "< OE drop(p)a, cf. ON dropi; ult. < PGmc *drupô",
    "PIE *ḱwṓ (gen. *ḱunés) 'dog' > Lat. canis, Gk. κύων, Skt. श्वन् śván",
    "uncertain; perhaps < Arabic سكر sukkar via Medieval Latin succarum",
    "Proto-Slavic *voda > Rus. вода, Pol. woda, Cz. voda",
    "alert < French alerte < Italian all'erta 'on the watch', lit. 'to the height'",
    "*bʰer- 'to carry' → Lat. ferō, Gk. φέρω, Eng. bear; cf. also *bʰr̥tís",
    "The -s- in island is spurious, by association with isle < Lat. insula; cf. OE īġland.",
    "Old Norse skyrta > English skirt; cf. native shirt < OE scyrte (doublets)",
    "Sanskrit अवतार avatāra 'descent' → English avatar (1784)",
    "Turkish kahve < Arabic قهوة qahwa > Italian caffè > English coffee",
    "union: < OF union < Late Latin ūniō, ūniōnem 'oneness', from ūnus 'one'",
    "eval (n.) is a 1960s clipping of 'evaluation', popularised by Lisp; the verb use is a back-formation",
    "*h₂éwis 'bird' > Lat. avis; *h₃ówis 'sheep' > Lat. ovis — don't conflate the two",
    "Gk. σχολή skholḗ 'leisure' → Lat. schola → OE scōl → school",
    "Nahuatl tomatl > Spanish tomate > English tomato (the -o by analogy with potato)",
    "PGmc *hlaibaz 'bread' → OE hlāf > loaf; OE hlāf-weard 'loaf-guardian' > lord",
    "Japanese 津波 tsunami 'harbour wave' (津 tsu 'harbour' + 波 nami 'wave')",
    "Malay amuk → Portuguese amouco → English amok (17th c.)",
    "script < Lat. scrīptum 'something written', neut. ppl. of scrībere; cf. scribble, describe",
    "*dʰéǵʰōm 'earth' > Lat. humus, homō; Gk. χθών (with the *dʰǵʰ- cluster metathesised)",
    "Grimm's law: PIE *p *t *k > PGmc *f *θ *x (pater : father; trēs : three; centum : hundred)",
    "Verner's law: PIE *ph₂tḗr > PGmc *fadēr (not **faþēr) because the accent followed",
    "French hors d'œuvre, lit. 'outside the work'; pl. usually hors d'œuvres in English",
    "Arabic الكحل al-kuḥl → Med. Lat. alcohol 'fine powder' → 'spirit of wine' (16th c.)",
    "from Hindi चाँपो cā̃po, imperative of cā̃pnā 'to press, knead' → shampoo",
    "OE sellan meant 'to give', not 'sell' in the modern sense; cf. Gothic saljan 'to offer (a sacrifice)'",
    "ON vindauga lit. 'wind-eye' → ME windoge → window; replaced OE ēagþyrel 'eye-hole'",
    "Finnish kuningas < PGmc *kuningaz (an early loan preserving the -az ending)",
    "Proto-Bantu *-ntʊ̀ 'person' → Swahili mtu, pl. watu; Zulu umuntu",
    "sleep < OE slǣp (n.), slǣpan (v.) < PGmc *slēpaz; akin to Du. slapen, Ger. schlafen",
    "茶: chá (Mandarin/Cantonese) vs. tê (Min Nan) → tea / thé / Tee vs. chai / чай / çay",
    "PIE *dwóh₁ → Lat. duo, Skt. द्वा dvā́, OE twā; Eng. two keeps <w> in spelling only",
    "ME 'a napron' → 'an apron' by rebracketing (also adder < a nadder, umpire < a noumpere)",
    "Possibly < Celtic; cf. Welsh bryn 'hill'. Not < Lat. — see the discussion page.",
    "Lat. dēlīrāre 'to go out of the furrow' (dē + līra 'furrow') > delirious",
    "*kʷetwóres 'four' > Lat. quattuor, Gk. τέσσαρες, Skt. catvā́raḥ, Goth. fidwōr",
    "from Scots; earliest quotation 1513 (Gavin Douglas, Eneados)",
    "Hebrew שבת šabbāṯ → Gk. σάββατον → Lat. sabbatum → OE sabat; also > Sp. sábado",
    "bug (computing): the 1947 moth is a nice story, but the sense is attested in Edison's letters of 1878",
    "Old Irish fer 'man' < PCelt. *wiros < PIE *wiHrós; cf. Lat. vir",
    "kayak < Inuktitut ᖃᔭᖅ qajaq",
    "Proto-Austronesian *mata 'eye' → Tagalog mata, Malay mata, Hawaiian maka",
    "tattoo (military) < Du. taptoe 'close the tap!'; tattoo (skin) < Tahitian tatau — two unrelated words",
    "Med. Lat. passus 'step' → OF pas → pass; the compound password is first attested 1798",
]
ETY_CHAINS = [
    ["PIE *méh₂tēr", "PGmc *mōdēr", "OE mōdor", "mother"],
    ["PIE *ph₂tḗr", "PGmc *fadēr", "OE fæder", "father"],
    ["Lat. camera", "OF chambre", "ME chaumbre", "chamber"],
    ["Lat. fenestra", "OF fenestre", "ME fenestre", "fenestration"],
    ["Gk. βούτυρον", "Lat. būtyrum", "OE butere", "butter"],
    ["Lat. strāta (via)", "WGmc *strāta", "OE strǣt", "street"],
    ["Ar. قطن quṭn", "Sp. algodón / It. cotone", "OF coton", "cotton"],
    ["Pers. شطرنج šatranj", "OF eschés", "ME chesse", "chess"],
    ["Lat. caseus", "WGmc *kāsī", "OE ċēse", "cheese"],
    ["PIE *néwos", "PGmc *niwjaz", "OE nīwe", "new"],
    ["Lat. discus", "OE disc", "ME dish", "dish"],
    ["Quechua llama", "Sp. llama", "Eng. llama (1600)", "llama"],
    ["Old Japanese *kamu", "OJ kami", "Jp. 神 kami", "kami"],
    ["PSlav. *sobaka?", "Rus. собака", "(Iranian source?)", "sobaka"],
]
ETY_TAILS = ["", "; cf. Du. and Ger. cognates", " (doublet, see below)",
             " — ult. uncertain", "; the middle stage is poorly attested"]


def gen_etymology(rng):
    chain = rng.choice(ETY_CHAINS)
    style = rng.randrange(3)
    tail = rng.choice(ETY_TAILS)
    if style == 0:
        return " > ".join(chain) + tail
    if style == 1:
        return " → ".join(chain) + tail
    return " < ".join(reversed(chain)) + tail


# ---------------------------------------------------------------------------
# 3. interlinear_gloss (Leipzig style; multi-line)
# ---------------------------------------------------------------------------
GLOSS = [
    "ni-na-ku-penda\n1SG.SBJ-PRS-2SG.OBJ-love\n'I love you.'",
    "die Hund-e\nDEF.NOM.PL dog-PL\n'the dogs'",
    "Inu ga neko o oikake-ta.\ndog NOM cat ACC chase-PST\n'The dog chased the cat.'",
    "DEF-dog-PL see-PST",
    "kitap-lar-ım-da\nbook-PL-1SG.POSS-LOC\n'in my books'",
    "Ich hab-e es ihm gegeben.\n1SG.NOM have-1SG 3SG.N.ACC 3SG.M.DAT give.PTCP\n'I gave it to him.'",
    "auto-ssa-ni\ncar-INE-1SG.POSS\n'in my car'",
    "ya ne zna-ju\n1SG NEG know-1SG.PRS\n'I don't know.'",
    "wa-ʔaḵal-ū\nand-eat.PFV-3PL.M\n'and they ate'",
    "Ngaju ka-rna parnka-mi\n1SG PRS-1SG run-NPST\n'I am running.' (Warlpiri, simplified)",
    "li-bro-s\nART.M.PL-book-PL\n(wrong split — 'los libros' is two words; fix the segmentation)",
    "Xiǎo Wáng bǎ shū fàng zài zhuō-shang le\nXiao Wang BA book put at table-on PFV\n'Xiao Wang put the book on the table.'",
    "je=t'=aime\n1SG.SBJ=2SG.OBJ=love\n'I love you.'",
    "mi-ʃtaʁ-et\nPREP-guard-F\n(hypothetical; check with the Hebrew team)",
    "ᐃᒡᓗᒥ iglu-mi\nhouse-LOC\n'in the house'",
    "ba-sa-tho\nCL2-PRS-eat\n'they are eating' (check the noun-class gloss: CL2 vs 2)",
    "tia-jat\nsee-PST.3PL\n— is PST.3PL one portmanteau or two morphemes? Use '.' not '-' then.",
    "dog-PL=DEF\n(Scandinavian-style enclitic article: hund-ar=na)",
    "NEG=1SG-eat-IPFV-NEG\n(circumfixal negation, French-style ne…pas analogue)",
    "Maria-ʔ Juan-ək kapə-ə\nMaria-ERG Juan-ABS hit-PST\n'Maria hit Juan.' (ergative alignment)",
    "kaikki talo-i-ssa-mme-kin\nall house-PL-INE-1PL.POSS-also\n'also in all our houses'",
    "Ó-wé ìwé\n3SG-read book\n'He/she read a book.'",
    "Anh ấy đã đi rồi.\n3SG.M PST go already\n'He has already left.'",
    "ngi-ya-bon-a\n1SG.SBJ-PRS-see-FV\n'I see.'",
    "gel-me-yecek-ler\ncome-NEG-FUT-3PL\n'They will not come.'",
    "ta-ktib-īna\n2-write.IPFV-F.SG\n'you (f.sg.) write'",
    "\\gll Der Mann sieht den Hund.\nDEF.NOM.M man see.3SG DEF.ACC.M dog\n\\glt 'The man sees the dog.'",
    "\\ex Hans schläft.\n\\gl Hans sleep.3SG\n\\ft 'Hans is sleeping.'",
    "1SG.ERG=3SG.ABS-see-PST\n(clitic ordering as in the 2019 paper; \\ = infix boundary not used here)",
    "N-iti-Ø-Ø\nNMLZ-say-PFV-3SG\n— the zero morphemes: mark with Ø or leave them out? Leipzig rule 6 says optional.",
    "dom-ov-i\nhouse-PL-NOM\n(Russian дом-а is irregular, so this gloss is wrong for Standard Russian)",
    "hon-wa-dere?\nbook-TOP-which\n(colloquial; the standard is 'dono hon desu ka')",
    "ka-ai-yo\n1PL.INCL-eat-IRR\n'let's eat'",
    "wicasa ki mato wa kte\nman DEF bear INDF kill\n'The man killed a bear.' (Lakota)",
    "ayy-kan-ki\nPL-eat-2SG.A>3SG.P\n— how do I type the > in a portmanteau gloss? Is 2SG>3SG acceptable?",
    "ʔa-ʃu-n-ʔa\n1SG-see-3SG-DECL\n'I see him/her.'",
    "a-i-kal-u\nmiddle vowel glossed as INTR; should it be INTR or ANTIP? see comments",
    "Yo no sé.\n1SG.NOM NEG know.1SG.PRS\n'I don't know.'",
    "ho-ke-ʔen-ni\nTOP-there-go-PST\n[sic — the consultant repeated it twice]",
    "pa-lakad ka sa eskwelahan\nIMP-walk 2SG.NOM LOC school\n'Walk to school.'",
    "mis-un-der-stand\n(don't gloss 'der' separately, it's not a morpheme!)",
    "čita-l-a\nread-PST-F.SG\n'she was reading / she read'",
    "dog-ACC cat-NOM bite-PST\n(OSV order; topicalised object)",
    "ke-ɲa-u=ro\nFUT-1PL-go=Q\n'Shall we go?'",
    "ʃe=ˈjeled\nREL=child\n'that the child…'",
    "on=a ga~gal-ema\nthat=F RED~talk-PROG\n(reduplication with ~ as per Leipzig rule 10)",
]
GLOSS_WORDS = [
    ("kitap", "book"), ("ev", "house"), ("göz", "eye"), ("el", "hand"),
    ("çocuk", "child"), ("köpek", "dog"), ("kedi", "cat"), ("su", "water"),
]
GLOSS_SUFFIXES = [
    ("lar", "PL"), ("ım", "1SG.POSS"), ("ın", "2SG.POSS"), ("da", "LOC"),
    ("dan", "ABL"), ("a", "DAT"), ("ı", "ACC"), ("ler", "PL"),
]


def gen_gloss(rng):
    stem, meaning = rng.choice(GLOSS_WORDS)
    n = rng.randint(1, 3)
    sfx = [rng.choice(GLOSS_SUFFIXES) for _ in range(n)]
    form = "-".join([stem] + [s for s, _ in sfx])
    gl = "-".join([meaning] + [g for _, g in sfx])
    if rng.random() < 0.5:
        return f"{form}\n{gl}"
    return f"{form}\n{gl}\n(Turkish; harmony not applied in this draft)"


# ---------------------------------------------------------------------------
# 4. morph_rule: phonological rules, morphological patterns, regexes
# ---------------------------------------------------------------------------
MORPH_RULE = [
    "V → [+nasal] / _N",
    "-s ~ -es: /z/ → [əz] / [+strident] _ #",
    "C → ∅ / _ #",
    "[+syll, -high] → [+long] / _ C₀ #",
    "PL: -s | -es after s, x, z, ch, sh | -ies after C+y",
    "^(un|re|dis)[a-z]+(ed|ing)$",
    "\\b(\\w+)\\s+\\1\\b — finds doubled words like 'the the'",
    "s/([aeiou])\\1/\\1ː/g",
    "t, d → ɾ / V́ _ V (American flapping)",
    "{p, t, k} → {pʰ, tʰ, kʰ} / $ _ V́",
    "/-d/ → [t] / [-voice] _ ; [ɪd] / [t, d] _ ; [d] elsewhere",
    "N → [αplace] / _ [C, αplace]",
    "Umlaut: V[+back] → [-back] / _ C₀ i",
    "stem + -er: [-voice] → [+voice] / V _ V (intervocalic voicing)",
    "x → ç / [-back] _ ; x elsewhere  (German ich-Laut vs. ach-Laut)",
    "[-son] → [-voice] / _ ]σ  (Auslautverhärtung: Hund [hʊnt])",
    "a ~ ä, o ~ ö, u ~ ü /_ X[+front]  — vowel harmony, simplified",
    "*CVRC > CV̄C (compensatory lengthening)",
    "Ø → ə / C _ C#  (epenthesis)",
    "k → tʃ / _ {i, e}   (palatalisation)",
    "V → Ṽ / _ N$ then N → Ø / Ṽ _ $  (order matters!)",
    "grep -E '^[^aeiou]*$' wordlist.txt   # words without vowels",
    "([^aeiouy])y$ → \\1ies",
    "(?<=[aeiou])s(?=[aeiou]) → z",
    "re-  + V-initial stem → re-  (no hyphen) except re-enter, re-elect?",
    "-ize / -ise : prefer -ize (Oxford spelling) but keep -yse (analyse)",
    "σ → [+stress] / _ σ σ #   (antepenultimate stress, Latin-style)",
    "Plural in Arabic: CVCVC → ʔaCCāC (broken plural pattern, e.g. walad → ʔawlād)",
    "[+cons, +son] → [+syll] / C _ #   (syllabic l̩, n̩)",
    "Rule order: (1) deletion > (2) assimilation > (3) lenition",
    "s → h / _ $ ; h → Ø / _ #  (Andalusian Spanish, roughly)",
    "V[-stress] → ə  except in /_ŋ/",
    "ABAB reduplication: X → X~X  (orang-orang 'people')",
    "[ʔ] inserted before vowel-initial words: Ø → ʔ / # _ V",
    "/aɪ/ → [ʌɪ] / _ [-voice]   (Canadian raising: 'write' vs 'ride')",
    "pattern: C1aC2C3aC2 → C1iC2C3aC2 ?",
    "diminutive: -chen / -lein, with umlaut: Haus → Häuschen, Buch → Büchlein",
    "'ng' <-> ŋ, 'ny' <-> ɲ, 'ch' <-> tʃ in the romanisation table",
    "/[aeiou]{2,}/i — hiatus finder; ignore diphthongs ai, au, ei",
    "Lenition (Irish): b → bh, c → ch, d → dh, f → fh, g → gh, m → mh, p → ph, s → sh, t → th",
    "Sandhi: -as + a- → -o '- (visarga sandhi, Sanskrit)",
    "i ~ ɨ ~ ɯ merger in the northern dialects; write <ı> for all three?",
    "X → Y / A _ B   means 'X becomes Y between A and B'",
    "OT: *CODA >> MAX-IO >> DEP-IO   (so delete rather than insert)",
    "\\p{L}+(?:-\\p{L}+)*  # hyphenated compounds, any script",
    "velar softening: k → s / _ [i, e, ɪ] (electric → electricity)",
]
RULE_SEGMENTS = ["p", "t", "k", "b", "d", "g", "s", "n", "l", "r"]
RULE_TARGETS = ["[+voice]", "[-voice]", "∅", "[+cont]", "ʔ", "[αplace]"]
RULE_ENVS = ["V _ V", "_ #", "# _", "_ [+cons]", "[+nasal] _", "_ [-son]", "V _ #"]
RULE_NAMES = ["lenition", "fortition", "deletion", "assimilation", "glottalisation", ""]


def gen_morph_rule(rng):
    seg = rng.choice(RULE_SEGMENTS)
    tgt = rng.choice(RULE_TARGETS)
    env = rng.choice(RULE_ENVS)
    name = rng.choice(RULE_NAMES)
    s = f"/{seg}/ → {tgt} / {env}"
    return f"{s}   ({name})" if name else s


# ---------------------------------------------------------------------------
# 5. corpus_query: CQL / corpus search box
# ---------------------------------------------------------------------------
CORPUS_QUERY = [
    '[pos="NN.*"] within <s/>',
    '[lemma="water"] [pos="N.*"]',
    '[word="the"] []{0,2} [lemma="drop"]',
    '<s> [pos="DT"] [pos="JJ"]* [pos="NNS"]',
    '[lemma="select" & pos="V.*"]',
    'a:[pos="N.*"] [lemma="of"] b:[pos="N.*"] & a.lemma = b.lemma',
    '[word="(?i)union"] within <doc genre="news"/>',
    '[tag!="PUNCT"]{3,} [word="--"]',
    '[lemma="sleep"] [word="on"] [pos="PP.*|NN.*"]',
    '[word="l\'eau"] | [word="d\'eau"]',
    '"on" "the" "alert"',
    '[lemma="exec.*"] within <text year>="1990"/>',
    '[lemma="script" & tag="NN1"] [word="\\."]',
    '[word=".*ness" & pos!="NP.*"]',
    '[pos="V.*"] []? [word="up|down|out"]',
    '<s> containing [lemma="drop" & tag="VVD"]',
    '[lemma="水"] [lemma="を"] [pos="動詞.*"]',
    '[word="вода"|word="воды"|word="воде"]',
    '[lemma="be"] [pos="RB"]? [pos="VVN"] within <s/>   # passives',
    '[word="[A-Z]{2,}"]    (acronyms)',
    '[lemma="eval.*"] !containing [pos="NP.*"]',
    '[word="sys.*"] [word="error"]',
    'meet [lemma="union"] [lemma="trade"] -3 3',
    '[lemma="system" & word!="systems"] within <p/>',
    '[word="&amp;"]   — is the ampersand tokenised as an entity in this corpus?',
    '[lc="don\'t"] | [lc="do"][lc="n\'t"]',
    '[word="\\$[0-9]+"]',
    '[word=".*-like"] within <doc lang="en"/>',
    'q=[lemma="alert"]; filter: genre="fiction"; sort by right context',
    '[pos="IN"] [pos="DT"]? [lemma="table"] within 10 <s/>',
    '[lemma="Haus"] [tag="APPR"]',
    '([pos="JJ"] [pos="NN"]){2}',
    '[word="/"] [pos="CD"]   (slash + number, e.g. 24/7)',
    '[tag="VVZ" & word="drops"] [tag="AT0"]',
    '[word="\'s"] [pos="N.*"]',
    '[lemma="passwd|password"]   (the computing sub-corpus)',
    '[lemma="select"] [word="\\*"]   — want SQL snippets in the tech blogs sub-corpus',
    '<head> [] {1,5} </head>',
    '[word="«"] []+ [word="»"] within <s/>',
    '[lemma="夢"] within <s/>',
    '[word="1/2|½"]',
    '[lemma="drop" & tag="N.*"] [word="table"]',
    '[tag="VB.*"] [tag="TO"] [tag="VB"] within <s lang="en"/>',
    '[word="؟"]   (Arabic question mark)',
    '[lemma="schlafen"] [tag="PTKVZ"]?',
    'NEAR("trade", "union", 5)',
    '[word=".*’.*"]   (curly apostrophe tokens)',
]
CQL_LEMMAS = ["water", "drop", "select", "sleep", "alert", "union", "table", "script",
              "system", "eye", "bread", "run", "Wasser", "eau", "вода"]
CQL_POS = ["N.*", "V.*", "JJ.*", "RB", "DT", "IN", "NN1", "VVD"]
CQL_SCOPE = ["", " within <s/>", " within <p/>", ' within <doc genre="fiction"/>',
             ' within <text lang="de"/>']


def gen_corpus_query(rng):
    lem = rng.choice(CQL_LEMMAS)
    pos = rng.choice(CQL_POS)
    scope = rng.choice(CQL_SCOPE)
    style = rng.randrange(3)
    if style == 0:
        return f'[lemma="{lem}"] [pos="{pos}"]{scope}'
    if style == 1:
        return f'[pos="{pos}"] []{{0,{rng.randint(1, 4)}}} [lemma="{lem}"]{scope}'
    return f'[lemma="{lem}" & pos="{pos}"]{scope}'


# ---------------------------------------------------------------------------
# 6. usage_example
# ---------------------------------------------------------------------------
USAGE_EXAMPLE = [
    "She's on the alert — don't drop your guard!",
    "«On n'a pas le temps», dit-elle en versant l'eau.",
    "Er hat 'ne Menge Wasser getrunken; danach schlief er sofort ein.",
    "Please select one option & submit; you can't select more than three.",
    "The union voted to drop the strike — 312 for, 45 against.",
    "Let me sleep on it; I'll tell you tomorrow.",
    "水を一杯ください。(Mizu o ippai kudasai.) 'A glass of water, please.'",
    "Он сказал: «Не пей сырую воду!»",
    "¿Dónde está la estación? —preguntó ella.",
    "The script was written in Glagolitic, not Cyrillic.",
    "Il a dit : « C'est la vie ». ",
    "I'd've gone if I'd known.",
    "The word 'exec' appears in 'exec meeting' and 'exec summary' in our corpus.",
    "He was like, \"whatever\" — and just walked off.",
    "It's 5 o'clock somewhere.",
    "The kids' toys were everywhere; the kid's toy was lost.",
    "Ich weiß nicht, ob er kommt.",
    "我们明天见！",
    "Rain drops on roses & whiskers on kittens…",
    "Sie sagte: „Komm bitte pünktlich!“",
    "Tinha uma pedra no meio do caminho.",
    "Το νερό είναι κρύο.",
    "मैं पानी पीना चाहता हूँ।",
    "أريد كوبًا من الماء، من فضلك.",
    "Jag vet inte — fråga henne!",
    "O'Brien's pub had a sign: \"No shoes, no shirt, no service\".",
    "The system crashed at 3 a.m., so we all went home to sleep.",
    "Mind the gap (between the train & the platform).",
    "She drew a < sign, then a > sign, and asked which was bigger.",
    "He said 'union' but meant 'onion' — a classic slip of the tongue.",
    "Vamos a la playa, ¿vale?",
    "In the 1920s 'swell' meant 'excellent': \"That's swell!\"",
    "Tom said he'd select the wine; Jane said she'd drop by at 8.",
    "Minä en tiedä.",
    "Saya tidak tahu apa-apa.",
    "우리 내일 만나요!",
    "Ni hao! — 你好！",
    "You'll find it under C:\\Users\\Public\\Documents, I think.",
    "Kein Problem — das mach' ich gern.",
    "Mañana, si Dios quiere.",
    "Did she say 'I'll alert the team' or 'I'll alert them'?",
    "He typed rm -rf by mistake and lost his thesis draft; hence the example for 'mistake'.",
    "\"Where's the bathroom?\" / \"Down the hall, 2nd door on the left.\"",
    "The ratio was 3:1 — three parts water to one part vinegar.",
    "We went from A to B via C; it took 4½ hours.",
    "Hakuna matata — hakuna 'there is not', matata 'problems'.",
    "שלום, מה שלומך?",
    "Non so se venga o no.",
]
EX_SUBJ = ["She", "My grandmother", "The teacher", "Our neighbour", "He", "The child"]
EX_VERB = [("dropped", "drop"), ("selected", "select"), ("slept", "sleep"),
           ("alerted", "alert"), ("poured", "pour"), ("ran", "run")]
EX_OBJ = ["the water", "a glass", "the whole class", "everyone's bags", "the 'best' one",
          "the cat's bowl", "two & a half cups"]
EX_TAIL = [".", "!", " — twice.", ", didn't she?", "; I saw it.", " (colloq.)"]


def gen_usage_example(rng):
    s = rng.choice(EX_SUBJ)
    v, lemma = rng.choice(EX_VERB)
    o = rng.choice(EX_OBJ)
    t = rng.choice(EX_TAIL)
    if rng.random() < 0.3:
        return f"ex. ({lemma}): \"{s} {v} {o}{t}\""
    return f"{s} {v} {o}{t}"


# ---------------------------------------------------------------------------
# 7. dictionary_citation
# ---------------------------------------------------------------------------
CITATION = [
    "OED Online, s.v. 'water, n.', sense I.1.a (accessed 3 Mar 2024).",
    "Pokorny, J. (1959). Indogermanisches etymologisches Wörterbuch. Bern: Francke, pp. 78–81.",
    "de Vaan 2008: 45, s.v. aqua",
    "Kluge/Seebold, 25th ed., s.v. Wasser",
    "https://www.dwds.de/wb/Wasser",
    "LIV² (2001): 76f.",
    "Buck 1949, §1.31",
    "Duden online <https://www.duden.de/rechtschreibung/Wasser>",
    "Trésor de la langue française informatisé (TLFi), s.v. « eau ».",
    "Vasmer, M. Russisches etymologisches Wörterbuch, Bd. I, S. 218 (s.v. вода)",
    "Beekes, R. (2010). Etymological Dictionary of Greek. Leiden: Brill. 2 vols.",
    "Mallory & Adams 2006: 125–127",
    "cf. Haspelmath, M. (2002) Understanding Morphology, ch. 3 & 4",
    "Webster's Third (1961), p. 2581, col. 3",
    "Cf. DRAE s.v. 'ciudad' — https://dle.rae.es/ciudad",
    "Grimm, DWB Bd. 27, Sp. 2435 ff.",
    "Ernout & Meillet (4e éd., 1959), p. 41",
    "Kroonen 2013: 576 (s.v. *watōr-)",
    "Nihon Kokugo Daijiten (2nd ed.), vol. 12, p. 1041",
    "Hanyu Da Cidian 漢語大詞典, vol. 5, p. 892",
    "Lane's Arabic-English Lexicon, Book I, p. 1022 (s.v. ق ه و)",
    "Monier-Williams 1899: 111 col. 2",
    "Bosworth–Toller, s.v. wæter; online at https://bosworthtoller.com/35321",
    "Cleasby–Vigfusson (1874), p. 710",
    "Liddell–Scott–Jones, s.v. ὕδωρ",
    "Lewis & Short, s.v. aqua (perseus.tufts.edu/hopper/text?doc=Perseus:text:1999.04.0059)",
    "Collins COBUILD (2nd ed.), s.v. drop ¶ 3",
    "Merriam-Webster, 'alert' — https://www.merriam-webster.com/dictionary/alert",
    "Wiktionary contributors, 'water', Wiktionary (rev. 2024-01-12) — use with care",
    "Ringe, D. (2017). From Proto-Indo-European to Proto-Germanic, 2nd ed., OUP, §3.2.3.",
    "Fortson 2010, §4.12 & §7.28",
    "SAOB (Svenska Akademiens ordbok), s.v. vatten, sp. V 1034",
    "Ordbog over det danske Sprog, bd. 26, sp. 512",
    "Słownik języka polskiego PWN, s.v. woda",
    "Kodansha's Kanji Dictionary #2371",
    "Gesenius–Buhl, 17. Aufl., S. 445",
    "Sabaneyeva, I. (1987), 'О происхождении слова «собака»', Вопросы языкознания 3: 45–59",
    "Corominas & Pascual, DCECH vol. II, pp. 87–89",
    "Dictionary of the Older Scottish Tongue (DOST), s.v. watter",
    "Ó Dónaill (1977), p. 98 s.v. bean",
    "cf. Rix et al. 2001 [LIV²]: 592; Mayrhofer EWAia II: 509",
    "Dictionnaire de l'Académie française, 9e éd., s.v. eau",
    "Petit Robert 2023, p. 812",
    "Grand dictionnaire Ricci de la langue chinoise, t. V, p. 423",
    "Chambers (13th ed.) p. 1776 — 'select' adj. 'exclusive'",
    "Oxford Latin Dictionary, fasc. I (1968), p. 162",
]
CIT_AUTH = ["Kroonen", "de Vaan", "Beekes", "Orel", "Matasović", "Derksen", "Ringe",
            "Kluge", "Lehmann", "Watkins", "Mallory & Adams", "Buck"]
CIT_HW = ["*watōr", "aqua", "ὕδωρ", "*wódr̥", "вода", "*hlaibaz", "*drupô", "eau", "*kuningaz"]


def gen_citation(rng):
    a = rng.choice(CIT_AUTH)
    y = rng.randint(1949, 2022)
    p = rng.randint(12, 780)
    hw = rng.choice(CIT_HW)
    style = rng.randrange(3)
    if style == 0:
        return f"{a} {y}: {p}, s.v. {hw}"
    if style == 1:
        return f"{a} ({y}), p. {p}"
    return f"cf. {a} {y}: {p}f. (s.v. {hw})"


# ---------------------------------------------------------------------------
# 8. contributor_comment
# ---------------------------------------------------------------------------
COMMENT = [
    "I'd drop the second sense — it's a ghost word from a misread OCR scan.",
    "Reverted: /ˈwɔːtə/ is the RP form; please don't 'fix' it to GA, add GA separately.",
    "Can we select one spelling & stick with it? -ize/-ise flip-flops across entries.",
    "@maria: cf. s.v. 'aqua' — the <qu> there is [kʷ], not [k].",
    "The union of the two senses is fine, but the split was there for a reason (see 2019 talk).",
    "Who added 'lol' as a headword? It's attested, sure, but needs ≥3 independent cites.",
    "Merged duplicates; the old IDs redirect. If anything breaks, ping me.",
    "This etymology is pure folk etymology (\"ship high in transit\"). Please remove.",
    "+1 to Ahmed's proposal. -1 to splitting the entry.",
    "Source? The only cite is a blog post from 2011…",
    "Typo: 'Proto-Germanic *watar' should be *watōr (long ō).",
    "I've marked this as [dubious]; the form *ḱwon- isn't in LIV because it's not a verb.",
    "Please stop adding <br> tags in the definition field; use the 'add sense' button.",
    "OK to use the ; separator between senses? Or must it be | like in the import template?",
    "The gloss 'DEF-dog-PL' should be 'dog-PL=DEF' — it's an enclitic, not a prefix.",
    "FYI the CSV export mangles ő and ű (Hungarian) — shows up as o and u.",
    "Entry for 'sleep' is 40% example sentences — can we trim?",
    "Pronunciation audio for 'Worcester' is wrong: speaker says /ˈwɔːtʃɛstə/.",
    "Great catch on the Verner's law example, thanks!",
    "The regex in the search help (^un.*able$) doesn't work in 'simple' mode, only in 'advanced'.",
    "Ich habe die Bedeutung 2 ergänzt; bitte prüfen, ob das Beispiel aus dem DWDS-Korpus passt.",
    "J'ai corrigé l'API : [o] et non [ɔ] pour « eau ».",
    "Он прав: ударение в «вода́» на последнем слоге.",
    "Sorry for the noise — I clicked 'save' twice and it created two revisions.",
    "Could someone with admin rights drop the 'test' entry I created by accident? It's called 'asdf'.",
    "Why is 'exec' tagged as vulgar?? It's just a clipping of executive.",
    "Suggest we use → for 'borrowed into' and > for 'regular sound change', as in the style guide §4.2.",
    "Conflict of interest note: I'm one of the authors of the cited paper (Nakamura & Li 2021).",
    "The example \"He's a real system hacker\" is dated; replace with something from the 2020s?",
    "Is 'alert' ever a noun in AmE? My dictionary says 'on alert' but I've heard 'an alert' too.",
    "Not sure about the [ʁ] — in Swiss German it's often [r] or [ʀ].",
    "Moved the Old Norse cognate to the 'Related' box; it doesn't belong in the etymology chain.",
    "The IPA uses a g (U+0067) instead of ɡ (U+0261) in three places; harmless, but let's be consistent.",
    "Same issue as #4412: the pos filter in the corpus search ignores 'NN.*' if there's a trailing space.",
    "Why is the Japanese reading in katakana (ミズ) instead of hiragana (みず)?",
    "2 questions: (1) is this dialectal? (2) is the < in '<-s, ->' German genitive/plural notation? Yes & yes, I think.",
    "Please don't delete cites even if they're ugly; mark them [sic] instead.",
    "I think 'select' as an adjective ('a select few') deserves its own sense, not a usage note.",
    "Thx! Looks good to me. Closing the ticket.",
    "Hmm, 'drop table' here is a furniture term (a drop-leaf table), not the SQL thing — added a note.",
    "The page for 'script' loads slowly (~8 s). Too many translations?",
    "Was 'Lat. aqua → Fr. eau' really direct? There's the Old French eve/aive stage; added.",
    "Spam comment removed (casino links).",
    "Could we have a 'sound change' field separate from 'etymology'? Would make > vs → less confusing.",
    "¿Alguien sabe si «ciudad» se pronuncia con [ð] final en Madrid? Yo diría que a menudo se pierde.",
    "The citation 'OED s.v. water' should specify n. or v. — there are two entries.",
    "this is wrong!!! the word comes from latin not greek",
    "Resolved via chat: keep both spellings, mark 'wodka' as Polish-influenced.",
]
CMT_OPEN = ["Agree.", "Disagree.", "Minor:", "Nit:", "Question:", "Done.", "Update:"]
CMT_WHAT = ["the IPA for '{w}'", "the etymology of '{w}'", "sense 2 of '{w}'",
            "the example for '{w}'", "the gloss line in '{w}'", "the cites under '{w}'"]
CMT_ACT = ["needs a source", "looks fine now", "has a typo in the second line",
           "should use > not →", "was moved to the talk page", "duplicates sense 1"]
CMT_WORDS = ["water", "drop", "select", "sleep", "alert", "union", "script", "eau",
             "Wasser", "вода", "system", "bread"]


def gen_comment(rng):
    w = rng.choice(CMT_WORDS)
    what = rng.choice(CMT_WHAT).format(w=w)
    return f"{rng.choice(CMT_OPEN)} {what[0].upper()}{what[1:]} {rng.choice(CMT_ACT)}."


# ---------------------------------------------------------------------------
# 9. definition_note (definitions, sense notes, abbreviations)
# ---------------------------------------------------------------------------
DEFINITION = [
    "lit. 'wind-eye'; cf. window",
    "s.v. union, sense 3 (math.): A ∪ B = {x | x ∈ A or x ∈ B}",
    "exec, n. (informal) an executive; also (computing) v. to exec a program, i.e. replace the current process image",
    "sleep on (something), phr. v.: to postpone a decision until the next day",
    "drop, n. 1. a small round mass of liquid; 2. a fall in level (a 10% drop); 3. (pl.) medicine given in drops",
    "select, adj. carefully chosen; exclusive (a select few). — v. to choose.",
    "alert, adj. watchful; n. a warning (a flood alert); v. to warn. Cf. alarm.",
    "script, n. 1. handwriting; 2. a writing system (Latin script, Cyrillic script); 3. (computing) a small program, e.g. a shell script",
    "passwd, n. (computing, jargon) clipping of password, from the Unix command passwd(1)",
    "system, n. a set of connected things; (ling.) e.g. the vowel system of a language",
    "eval, n. (colloq.) evaluation; v. (computing) to evaluate an expression at run time",
    "drop table, n. (furniture) a table with hinged leaves; cf. drop-leaf table",
    "union jack, n. (naut.) a small flag flown at the jack-staff; (cap.) the UK national flag",
    "cf. also Ger. schlafen, Du. slapen (s.v. sleep, Etym.)",
    "n. (pl. -s or -es); also in comb. form water-",
    "adj. (comp. -er, superl. -est)",
    "v.tr. (-pp-) dropped, dropping",
    "Usage: 'data' is used with both sg. & pl. verbs; the pl. is more formal.",
    "esp. in phr. 'to sleep like a log'",
    "obs. exc. dial.",
    "Var. of aluminium (US aluminum).",
    "= Fr. 'n'importe quoi', lit. 'doesn't matter what'",
    "(Law) a writ; see also habeas corpus",
    "In the sense 'to kill' (slang) now rare; see 1920s crime fiction.",
    "a.k.a. 'the sleep of reason'; cf. Goya's Capricho 43",
    "e.g. 'water under the bridge' = past events no longer important",
    "i.e. the same as sense 2 but with a negative connotation",
    "Abbr.: adj. adjective; adv. adverb; cf. compare; s.v. under the word; lit. literally; q.v. which see",
    "Not to be confused with 'select' (n.) in older cricket usage, q.v.",
    "pl. eaux; in comb. eau-de-vie, eau de Cologne, eau de toilette",
    "Regional: 'pop' (Midwest US) = 'soda' = 'coke' (South) — see map",
    "Sense 4 (computing): the character '|' (pipe), used to connect programs",
    "the symbol & (ampersand) < 'and per se and'",
    "Tilde (~): in this dictionary, stands for the headword in examples, e.g. ~ on it = sleep on it",
    "'--' in the entry means 'no attested form'",
    "fig. a source of trouble (a can of worms)",
    "(Chem.) H₂O; cf. heavy water (D₂O)",
    "Note: <> marks graphemes, // phonemes, [] phones.",
    "1 of 3 senses; see also drop (v.) and drop-off (n.)",
    "Sense 'to report to the authorities' is BrE slang (grass, snitch).",
    "Swahili maji 'water' (class 6, no sg.)",
    "Jap. 水 mizu; in compounds sui- (水道 suidō 'waterworks')",
    "Ar. root م و ه (m-w-h) 'water'",
    "dim. Wässerchen n.; comp. Wasserfall, Wasserkocher",
    "(ling.) a union of morphs, i.e. a morpheme with several allomorphs",
    "Rare variant spelling 'sleepe' (16th–17th c.)",
    "Also written 'e-mail', 'E-Mail' (Ger.), 'courriel' (Québec)",
    "n. /ˈeɪliəs/ — an alias; 'a.k.a.'",
]
DEF_WORDS = [("water", "n."), ("drop", "v."), ("select", "adj."), ("sleep", "n."),
             ("alert", "adj."), ("union", "n."), ("script", "n."), ("eau", "n.f.")]
DEF_LABELS = ["(obs.)", "(dial.)", "(colloq.)", "(techn.)", "(fig.)", "(arch.)", "(rare)"]
DEF_NOTES = ["cf. {x}", "see also {x}", "opp. {x}", "syn. {x}", "s.v. {x}"]
DEF_XREF = ["liquid", "fall", "choose", "rest", "watchful", "merger", "writing", "aqua"]


def gen_definition(rng):
    w, pos = rng.choice(DEF_WORDS)
    lab = rng.choice(DEF_LABELS)
    note = rng.choice(DEF_NOTES).format(x=rng.choice(DEF_XREF))
    n = rng.randint(2, 6)
    return f"{w}, {pos} sense {n} {lab}; {note}"


# ---------------------------------------------------------------------------
# 10. search_query (dictionary search box)
# ---------------------------------------------------------------------------
SEARCH = [
    "water", "wat*", "*ness", "\"on the alert\"", "drop -dropbox", "eau OR aqua",
    "lemma:select pos:verb", "¿qué?", "ˈwɔː", "Schadenfreude", "l'eau", "C'est la vie",
    "d'œuvre", "re?select", "^un.*able$", "dog & cat", "who's who", "rock 'n' roll",
    "*wódr̥", "PIE *bʰer-", "s.v. water", "水", "вода", "पानी", "-ing suffix",
    "words ending in -ough", "how to pronounce Worcester", "ipa:/θ/", "a→b→c",
    "sleep AND NOT sheep", "\"select few\"", "union vs unity", "system/systems",
    "meaning of 'alert' in 1800s", "exec or execute?", "script (writing system)",
    "[ɡ] vs [g]", "< > in etymology", "what does > mean", "C:\\ in old manuals",
    "ch'ien", "Nuu-chah-nulth", "O'odham", "K'iche'", "Ngũgĩ", "ǃXóõ",
]
SEARCH_TERMS = ["water", "drop", "select", "sleep", "alert", "union", "script",
                "eau", "Wasser", "agua", "вода", "水", "bread", "system"]
SEARCH_OPS = ['"{t}"', "{t}*", "*{t}", "lemma:{t}", "{t} lang:fr", "{t} -{u}",
              "{t} OR {u}", "etym:{t}", "ipa:{t}", "{t} (n.)"]


def gen_search(rng):
    t = rng.choice(SEARCH_TERMS)
    u = rng.choice(SEARCH_TERMS)
    return rng.choice(SEARCH_OPS).format(t=t, u=u)


CATEGORIES = [
    ("ipa_entry", IPA_ENTRY, gen_ipa_entry,
     "headwords with IPA/phonetic transcriptions, / [ ] ~ | and many scripts"),
    ("etymology", ETYMOLOGY, gen_etymology,
     "etymologies with *reconstructions, > < → arrows, cognates"),
    ("interlinear_gloss", GLOSS, gen_gloss,
     "Leipzig glosses, multi-line, - = . ~ \\gll markup"),
    ("morph_rule", MORPH_RULE, gen_morph_rule,
     "phonological rules (X → Y / A _ B), morph patterns, regexes with \\ | ^ $"),
    ("corpus_query", CORPUS_QUERY, gen_corpus_query,
     "CQL corpus searches: [attr=\"...\"] & | ! within <s/>"),
    ("usage_example", USAGE_EXAMPLE, gen_usage_example,
     "example sentences, quotes/apostrophes, many languages"),
    ("dictionary_citation", CITATION, gen_citation,
     "citations of dictionaries, s.v., URLs, §, page refs"),
    ("contributor_comment", COMMENT, gen_comment,
     "talk-page/edit comments, with SQL/shell words in innocent use"),
    ("definition_note", DEFINITION, gen_definition,
     "definitions, sense notes, abbreviations (cf., s.v., lit., q.v.)"),
    ("search_query", SEARCH, gen_search,
     "search-box queries with wildcards, operators, quotes, non-ASCII"),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    lit_counts = {}
    for cat, literals, gen, _ in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
        lit_counts[cat] = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot produce enough values")
            v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        if lit_counts[cat] > PER_CATEGORY:
            raise SystemExit(f"too many literals in {cat}")
        for v in vals:
            rows.append((cat, v))
    return rows, lit_counts


def main():
    rows, lit_counts = build()
    out = []
    for i, (cat, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v})
    ids = [o["id"] for o in out]
    assert len(ids) == len(set(ids))
    assert len({o["value"] for o in out}) == len(out)
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, _, _, _ in CATEGORIES:
        n = sum(1 for o in out if o["category"] == cat)
        total_lit += lit_counts[cat]
        print(f"{cat:22s} {n:4d}  literals {lit_counts[cat]:3d} ({100 * lit_counts[cat] / n:.0f}%)")
    print(f"total {len(out)}  literals {total_lit}  -> {path}")


if __name__ == "__main__":
    main()
