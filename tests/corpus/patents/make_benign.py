"""Benign held-out corpus for the WAF: a patent & trademark attorney's docketing portal.

Every value is text a real user of such a portal types into an ordinary field:
claim drafts, CPC/IPC codes, application/publication numbers and search strings,
prior-art citations, office-action responses, chemical/mathematical notation,
trademark goods lists, deadline/fee notes, inventor names and multilingual notes.

All literals were hand-written for this corpus.  Each category is topped up to 80
values by a small template over hand-written pools, driven by random.Random(SEED).
Output: benign.jsonl next to this file.  Standard library only.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 7401
PER_CATEGORY = 80
PREFIX = "hb74"

# --------------------------------------------------------------------------- claims
CLAIM_DRAFT = [
    "1. A method for authenticating a client device, comprising: (a) receiving, at a server, a request including a nonce; (b) computing a hash of the nonce and a shared key; and (c) granting access when the hash matches a stored value.",
    "2. The method of claim 1, wherein the request is selected from the group consisting of an HTTP GET request, an HTTP POST request, and a WebSocket upgrade request.",
    "12. The system of claim 11, wherein the processor is further configured to drop any packet whose header checksum does not match the computed checksum.",
    "20. A non-transitory computer-readable medium storing instructions that, when executed by one or more processors, cause the one or more processors to: select a subset of nodes; form a union of the subset and a seed set; and delete entries older than a threshold T.",
    "3. The composition of claim 1, wherein the weight ratio of component A to component B is between 1:3 and 3:1.",
    "5. The device of claim 4, wherein the housing has a length L ≥ 12 mm and a width W < L/2.",
    "9. The method of claim 8, wherein the script engine executes the script in a sandbox only after the user dismisses an alert dialog.",
    "7. The method according to any one of claims 1–6, further comprising putting the radio to sleep for 10–50 ms between consecutive transmissions.",
    "1. A protective shell assembly comprising an outer shell, an inner liner, and an impact-absorbing layer disposed between the outer shell and the inner liner.",
    "11. The method of claim 10, wherein executing the command comprises invoking a system call through a kernel interface, and wherein the system call returns a negative error code on failure.",
    "1. An apparatus comprising:\n  a memory; and\n  a processor coupled to the memory and configured to:\n    (i) receive a query string;\n    (ii) parse the query string into tokens; and\n    (iii) return results ordered by a relevance score.",
    "14. (Currently Amended) The method of claim 13, wherein the valve is opened when P_in > P_out + Δp [[substantially]].",
    "4. The method of claim 1, wherein the password is hashed using a key derivation function having at least 100,000 iterations and a per-user salt.",
    "16. A kit comprising: a vial containing the compound of formula (I); a pre-filled syringe; and instructions for use.",
    "6. The method of claim 1, wherein steps (b) & (c) are performed in parallel or in either order.",
    "19. The circuit of claim 18, wherein the output is a union of a first filter output and a second filter output, and wherein a select line of the multiplexer chooses between them.",
    "8. The method of claim 7, wherein the evaluation unit evaluates the expression tree from the leaves to the root.",
    "1. A method of treating cancer in a subject in need thereof, comprising administering to the subject a therapeutically effective amount of a compound of formula (I) or a pharmaceutically acceptable salt, solvate, or prodrug thereof.",
    "13. The method of claim 12, wherein a frame comprises a <header> field and a <payload> field separated by the delimiter byte 0x7E.",
    "10. The method as recited in claim 9, wherein the threshold is updated according to T ← T + α·(x − T), with 0 < α < 1.",
    "1. A method comprising: determining, by a controller, whether a watchdog timer has expired; in response to determining that the timer has expired, executing a recovery routine; and otherwise continuing to poll the sensor.",
    "21. The method of claim 1, wherein the structured query language (SQL) statement is generated from a natural-language request and is validated against a schema before being executed on the database.",
    "1. A compound of formula (I): R1–X–R2, wherein X is O, S, or NH; R1 is C1-C6 alkyl; and R2 is phenyl optionally substituted with one to three halogen atoms.",
    "Claim 3 (Canceled)",
    "Claims 21-25 (New)",
    "17. (Previously Presented) The method of claim 16, wherein the sensor is a MEMS accelerometer having a range of ±16 g.",
    "1. A method of preparing a coffee beverage comprising: heating water to 92–96 °C; passing the heated water through a bed of ground coffee; and collecting the extract in a vessel.",
    "22. The apparatus of claim 21, wherein R = (S_max − S_min)/S_mean is less than 0.25.",
    "15. The method of claim 14, further comprising echoing a received test packet back to the sender when a loop-back flag is set in the header.",
    "2. The sensor of claim 1, wherein the first and second electrodes are spaced apart by a gap g, where 0 < g ≤ 50 µm.",
    "1. A browser extension comprising instructions that detect a <script> element injected into a page after load and block execution of the script when its origin does not match the page origin.",
    "5. The method of claim 4, wherein the user's role is one of 'admin', 'editor', or 'viewer', and wherein the drop-down menu displays only actions permitted for that role.",
    "18. The system of claim 17, wherein the cache directory is located at /var/cache/app and is purged every 24 hours.",
    "1. A method of sealing a container, comprising: (a) placing a lid on the container; (b) pressing the lid with a force F ≥ 200 N; and (c) heating the rim to 180 °C for 2–4 s.",
    "3. The method of claim 2, wherein the time window is selected from 1 s, 5 s, and 30 s.",
    "9. The method of claim 8, wherein the comparing step uses a tolerance of 1e-6.",
    "1. A pipe coupling comprising: a first pipe end having an external thread; a sleeve; and an O-ring seated in a groove of the sleeve, wherein the O-ring has a Shore A hardness of 70 ± 5.",
    "12. The processor of claim 11, wherein the exec unit fetches, decodes, and executes instructions out of order, and wherein results are committed in program order.",
    "2. The method of claim 1, wherein the shell command is received from an authenticated administrator console and logged before execution.",
    "Claim 1 (Currently Amended): A method comprising: receiving, by a [[first]] processor, a request; and transmitting, by the processor, a response comprising at least one of: text, an image, or a video.",
    "4. The battery of claim 3, wherein the cathode comprises LiNi0.8Mn0.1Co0.1O2 and the electrolyte comprises 1 M LiPF6 in EC:DMC (1:1 v/v).",
    "1. A method of dropping a payload from an unmanned aerial vehicle, comprising: hovering at an altitude h; opening a release latch; and confirming release by a load-cell reading below a threshold.",
    "8. The method of claim 7, wherein the union of all coverage regions equals the service area and no two regions overlap by more than 10 %.",
    "30. A method as claimed in claim 29, wherein the select signal is asserted on a rising clock edge.",
    "1. Verfahren zum Verbinden zweier Bauteile, umfassend: (a) Bereitstellen eines ersten Bauteils; (b) Auftragen eines Klebstoffs; und (c) Aushärten bei 80 °C.",
    "1. Dispositif de filtration comprenant un boîtier, une cartouche amovible et un joint d'étanchéité, caractérisé en ce que la cartouche est verrouillée par un quart de tour.",
    "6. The method of claim 5, wherein the alert is transmitted to a caregiver device via SMS and/or push notification.",
    "7. The system of claim 1, wherein the hash function is SHA-256 and the digest is truncated to 128 bits.",
    "1. A toothbrush comprising a handle, a head, and a plurality of bristle tufts, wherein at least two tufts are inclined at an angle θ of 10°–20° relative to the head surface.",
    "3. The method of claim 1, wherein the sleep mode is entered when no input is detected for more than N seconds, N being user-configurable.",
    "1. A system, comprising:\n  one or more processors; and\n  memory storing instructions that, when executed, cause the system to:\n    receive a search query;\n    select candidate documents using an inverted index; and\n    rank the candidate documents by a relevance score.",
    "10. The module of claim 1, wherein the drop-in replacement module is hot-swappable.",
]

CLAIM_KINDS = ["method", "system", "device", "apparatus", "assembly", "composition"]
CLAIM_LIMITS = [
    ("controller", "is configured to select one of a plurality of operating modes"),
    ("housing", "comprises an aluminium alloy of the 6xxx series"),
    ("first layer", "has a thickness of 5–20 µm"),
    ("signal", "is sampled at a rate of at least 48 kHz"),
    ("query", "includes a date range & a status filter"),
    ("coating", "comprises TiO2 particles having a D50 of 0.2–0.5 µm"),
    ("message", "is encrypted using AES-256-GCM"),
    ("user interface", "displays an alert when the battery level drops below 15 %"),
    ("compound", "is administered orally once daily"),
    ("spring", "has a spring constant k of 0.5–2 N/mm"),
    ("network node", "drops frames having an invalid CRC"),
    ("script", "is signed by a trusted publisher before it is executed"),
    ("seal", "is made of FKM and withstands 150 °C"),
    ("index", "is a union of a term index and a citation index"),
    ("timer", "is reset whenever the door sensor reports 'closed'"),
]
CLAIM_JOIN = ["of claim", "according to claim", "as claimed in claim", "as recited in claim"]


def tpl_claim(rng: random.Random) -> str:
    m = rng.randint(1, 18)
    n = m + rng.randint(1, 12)
    elem, pred = rng.choice(CLAIM_LIMITS)
    return f"{n}. The {rng.choice(CLAIM_KINDS)} {rng.choice(CLAIM_JOIN)} {m}, wherein the {elem} {pred}."


# --------------------------------------------------------------------------- classification
CLASSIFICATION = [
    "H04L 9/32; H04L 63/0861; G06F 21/31",
    "A61K 31/00; A61P 35/00",
    "CPC: G06N 3/08 (2023.01); G06N 3/045 (2023.01)",
    "IPC (2024.01): H01M 10/0525, H01M 4/525",
    "Primary CPC B60L 53/16 — additional: H02J 7/00 & H02J 7/0042",
    "Also search G06F 16/2453 (query optimisation) and G06F 16/24542 (plan optimisation) – relevant to the select/union rewrite claims",
    "F16K 31/06 | F16K 27/02 | F16K 1/36",
    "C07D 401/04 or C07D 401/14? Examiner assigned C07D 471/04 instead.",
    "USPC 705/26.1 (legacy, pre-2015 family members only)",
    "G06Q 20/40 → G06Q 20/401 (transaction verification)",
    "Y02E 10/50; Y02E 10/56 (Y-section tagging, not inventive)",
    "H04W 4/80 \"Services using short range communication, e.g. NFC, RFID or low energy communication\"",
    "G06F 21/577 – Assessing vulnerabilities and evaluating computer system security",
    "H04L 63/1416 (event detection, e.g. attack signature detection) + H04L 63/1441 (countermeasures against malicious traffic)",
    "G06F 16/24 > G06F 16/245 > G06F 16/2455 (query execution)",
    "G06F 8/41; G06F 9/45504 (interpreters, emulators, e.g. JVM)",
    "A47J 31/44 — parts or details of beverage-making apparatus",
    "B65D 81/3453 vs B65D 77/04: client wants the first as 'inventive', the second as 'additional'",
    "Locarno class 14-02 (data processing equipment) for the design filing",
    "C12N 15/113; C12N 2310/14 (siRNA); A61K 48/00",
    "IPC 8: A61B 5/00 (2006.01)  A61B 5/024 (2006.01)",
    "Is H01L 21/02 a main group? No – it is a one-dot subgroup under H01L 21/00; check the dot level.",
    "CPC combination set: C08K 3/22 + C08L 23/06",
    "Reclassified 2024-03: H04L 9/3239 → H04L 9/3236 + H04L 9/50 (blockchain)",
    "A01B 1/00 – A01B 79/02 (soil working): whole range excluded from the search",
    "G06T 7/00 // G06V 10/82 — check whether the new G06V scheme applies (since 2022.01)",
    "Search strategy: (G06F 21/* OR H04L 63/*) AND NOT H04L 63/0428",
    "E04B 1/76 (insulation) – E04F 13/08 (cladding); FI: E04B1/76,A",
    "F-term 5B285 AA01; 5B285 CA42 (JP only)",
    "B29C 64/118 (fused deposition, FDM) & B33Y 10/00, B33Y 70/00",
    "A23L 2/52 (adding ingredients to non-alcoholic beverages) < A23L 2/38",
    "H04N 19/176; H04N 19/70 — syntax elements, e.g. 'skip' and 'merge' flags",
    "G01N 33/574 (cancer immunoassay), G01N 2800/52",
    "CPC H02S 20/32 = tracking systems for PV modules",
    "F02M 26/00 / F02D 41/00 — EGR; don't confuse with F01N (exhaust treatment)",
    "Section 'A' = Human Necessities; 'H' = Electricity. Client asked why their drone got B64U and not G05D.",
    "G06F 3/0482 (interaction with lists of selectable items, e.g. menus)",
    "G06F 40/30 semantic analysis; G06F 40/205 parsing",
    "H04L 67/02 (protocols based on web technology, e.g. HTTP)",
    "B01D 53/8628; B01D 2255/20707 — SCR catalysts",
    "A61F 13/15 & A61F 13/49 — absorbent articles; the client calls it 'nappy tech'",
    "C02F 1/44 (dialysis, osmosis, reverse osmosis); C02F 2103/08 (seawater)",
    "Proposed: G06N 20/00 (machine learning) – examiner may push it to G06N 3/0464 (convolutional networks)",
    "IPC G06K 9/62 (removed 2022) → use G06V 10/764 / G06F 18/24",
    "CPC codes for EP 3 456 789: H01M 50/209; H01M 50/249; Y02E 60/10",
    "A63F 13/35 (details of game servers), A63F 13/75 (enforcing rules, e.g. detecting foul play or preventing cheating)",
    "G07F 17/32 — coin-freed apparatus for games; the slot-machine family only",
    "H04L 9/40 replaces H04L 29/06 since 2022-01-01.",
    "D06F 58/20 (drying machines); D06F 34/18 (condition of the laundry, e.g. humidity)",
    "Hierarchy: H (section) / H04 (class) / H04L (subclass) / H04L 9/00 (main group) / H04L 9/32 (subgroup)",
]

SUBCLASSES = ["A61K", "A61B", "B60L", "C07D", "G06F", "G06N", "H04L", "H04W", "H01M", "F16K",
              "B65D", "E04B", "C12N", "G01N", "H02J", "A23L", "B29C", "G06Q", "F24S", "A47J"]
SUBGROUPS = ["00", "02", "04", "06", "08", "10", "12", "14", "16", "18", "20", "22", "24",
             "26", "28", "32", "0485", "0861", "1416", "2453", "3239"]
CLS_NOTES = ["inventive", "additional", "examiner's choice", "per ISR", "our proposal", "from the family"]


def _code(rng: random.Random) -> str:
    return f"{rng.choice(SUBCLASSES)} {rng.randint(1, 99)}/{rng.choice(SUBGROUPS)}"


def tpl_classification(rng: random.Random) -> str:
    y = rng.choice([2006, 2013, 2018, 2020, 2022, 2023, 2024])
    forms = [
        lambda: f"{_code(rng)}; {_code(rng)}",
        lambda: f"CPC: {_code(rng)} ({y}.01); {_code(rng)} ({y}.01)",
        lambda: f"IPC {_code(rng)} → CPC {_code(rng)} ({rng.choice(CLS_NOTES)})",
        lambda: f"Main: {_code(rng)} | Further: {_code(rng)}, {_code(rng)}",
    ]
    return rng.choice(forms)()


# --------------------------------------------------------------------------- numbers & searches
APP_NUMBERS = [
    "US 2024/0123456 A1",
    "EP 3 456 789 B1",
    "PCT/EP2023/012345",
    "WO 2023/187654 A1",
    "US 11,234,567 B2",
    "JP 2022-123456 A",
    "CN 115432109 A",
    "KR 10-2023-0045678",
    "Appl. No. 17/654,321, filed March 11, 2022",
    "DE 10 2021 123 456.7",
    "pn=US2024* AND cpc=H04L9/32",
    "Family: EP3456789 | US2021/0234567 | CN112345678 | JP2021-098765",
    "Priority: GB 2105432.1 of 12.04.2021",
    "ta=(drone OR UAV) and cpc=(B64C39/02 or B64U)",
    "Our ref: 1234-0056US01; client ref: ACME-PAT-077",
    "Confirmation No. 4321 — Art Unit 2436 — Examiner: SMITH, JOHN A.",
    "EP 21 712 345.6",
    "US 63/456,789 (provisional)",
    "US D987,654 S",
    "US RE49,876 E",
    "US PP34,567 P3",
    "GB 2 598 765 A",
    "FR 3 112 233 A1",
    "AU 2023201234 A1",
    "CA 3,123,456 A1",
    "BR 10 2022 012345-6",
    "IN 202341012345",
    "PCT/US2022/045678 → national phase: US 18/123,456; EP 22 876 543.2; JP 2024-501234",
    "EP 4 012 345 A1 (published 15.06.2022, Bulletin 2022/24)",
    "WO2021/123456 & WO2021/123457 — two parallel PCTs, same priority",
    "US 2023/0098765 A1 ¶ [0034]",
    "Serial No. 97/123,456 (TM)",
    "EUTM 018 765 432",
    "IR 1 654 321 (Madrid) – designations: CN, JP, KR, US",
    "UK00003812345",
    "App. No. 16/999,001 — continuation of 15/888,002, now U.S. Pat. No. 10,987,654",
    "CN 2023 1 0123456.7",
    "pa=\"Siemens AG\" and pd>=2020 and ic=G05B",
    "(\"solid-state battery\" OR \"solid electrolyte\") AND pd:[2019 TO 2024]",
    "in=\"Müller, J*\" AND pa=\"Robert Bosch*\"",
    "EP3456789B1 — opposition no. OPP-2024-0042",
    "Case ID: 1234-0056EP02 / DIV1",
    "US 2024/0123456 A1; US 2024/0123457 A1; US 2024/0123458 A1 (three publications from the same client, same day)",
    "ES 2 912 345 T3",
    "TW I812345 B",
    "RU 2 765 432 C1",
    "Docket #: 7401-US-CIP",
    "cl=(H04L & G06F) not (H04W)",
    "US 10,000,000 B2 (the 10-millionth US patent, 19 June 2018)",
    "Reexam control no. 90/014,567",
]


def tpl_app_number(rng: random.Random) -> str:
    y = rng.randint(2015, 2024)
    forms = [
        lambda: f"US {y}/{rng.randint(0, 399999):07d} A1",
        lambda: f"EP {rng.randint(2, 4)} {rng.randint(0, 999):03d} {rng.randint(0, 999):03d} {rng.choice(['A1', 'B1', 'A2'])}",
        lambda: f"PCT/{rng.choice(['EP', 'US', 'JP', 'CN', 'DE', 'KR', 'GB'])}{y}/{rng.randint(1, 99999):06d}",
        lambda: f"WO {y}/{rng.randint(1, 250000):06d} A{rng.choice([1, 2, 3])}",
        lambda: f"Appl. No. {rng.randint(14, 18)}/{rng.randint(100, 999)},{rng.randint(0, 999):03d}",
        lambda: f"{rng.randint(1000, 9999)}-{rng.randint(1, 999):04d}{rng.choice(['US01', 'EP01', 'WO', 'CN', 'JP', 'US02-CON'])}",
    ]
    return rng.choice(forms)()


# --------------------------------------------------------------------------- prior art
PRIOR_ART = [
    "D1: US 2019/0012345 A1 (Müller et al.), ¶¶ [0045]–[0052], Fig. 3",
    "Smith, J. et al., \"Detecting SQL Injection with Tree Kernels,\" Proc. IEEE S&P, pp. 112–124 (2018).",
    "D2 = WO 2017/123456 — discloses the 'drop' step (col. 4, ll. 12–30) but not the 'select' step.",
    "Ref. [7]: Lee & Park, \"A <script>-free approach to rich-text sanitisation,\" J. Web Eng. 19(3):201–219, 2020.",
    "Yamada (JP 2015-234567 A), machine translation, p. 7: \"the union of the two regions is output\"",
    "Closest prior art: EP 2 345 678 B1 (Bosch), claim 1 + Fig. 2; differs only in the sealing ring.",
    "NPL: Knuth, D. E., The Art of Computer Programming, Vol. 3, 2nd ed., §6.4 (hashing), Addison-Wesley, 1998.",
    "IDS item 14: CN 108765432 A — English abstract only; full text requested from the associate.",
    "D3 (US 9,876,543 B1), col. 12, lines 5-41: \"...the shell executes the command only if...\"",
    "Cited by examiner: Zhang et al., \"Sleep scheduling in WSNs,\" IEEE Trans. Mobile Comput., vol. 14, no. 2, 2015.",
    "Wikipedia, \"Cross-site scripting\", archived 2019-03-04 — examiner cited it for the 'alert' limitation; we argue the date is not established.",
    "Cat. X: US 2020/0345678 A1; Cat. Y: WO 2019/098765 A1 + DE 10 2018 111 222 A1; Cat. A: the rest",
    "https://patents.google.com/patent/US10987654B2/en — check Fig. 5 against our claim 3",
    "arXiv:2103.01234 [cs.CR] — v1 dated 02 Mar 2021, before our priority date (15 Mar 2021)!",
    "D4: 'Union Pacific rail coupling' brochure, 2014, pp. 3-5 (public availability disputed)",
    "RFC 7519 (JSON Web Token), section 4.1 — relied on for the 'exp' claim element",
    "ISO/IEC 14443-4:2018, clause 7.1 — examiner maps the 'select' command to our 'activation' step.",
    "Doe, J., \"Über die Oberflächenspannung von Emulsionen\", Z. Phys. Chem. 201 (1997) 33–47",
    "D5 — JP H10-123456 A (1998); J-PlatPat translation, ¶[0012]: \"…弁を閉じる…\" (closes the valve)",
    "Grounds: D1 + common general knowledge (textbook: Tanenbaum, Computer Networks, 5th ed., ch. 8)",
    "US 5,123,456 A (expired) — same \"drop-in filter\" concept, but no bypass valve",
    "Stack Overflow answer (2016) showing the `SELECT ... FOR UPDATE SKIP LOCKED` queue pattern — cited as NPL in the third-party observation.",
    "GitHub commit dated 2020-11-30 (\"add eval() guard\") — third party alleges prior public use.",
    "D6: Datasheet LM317, rev. 2015, Fig. 14 'adjustable regulator with drop-out < 2 V'",
    "'Prior art' list from the client (unsorted):\n- US8123456\n- EP1234567\n- a YouTube demo from 2017\n- their own trade-show flyer (!)",
    "Novelty-destroying? D1 ¶ [0060] says \"may optionally comprise\" — a generic disclosure, not a direct and unambiguous one.",
    "[1] K. O'Neil, 'Script-based automation in PLCs', Automatisierungstechnik 62(5), 2014",
    "The search report cites D1–D4; D2 and D4 are members of the same family (WO ↔ US).",
    "García-López, M.; Ruiz, Á. \"Síntesis de derivados de pirazol\", An. Quím. 95 (1999) 210–215",
    "US 2018/0234567 A1 – Figs. 7A–7C: drag & drop between windows",
    "D7: claim 1 of DE 20 2019 001 234 U1 (Gebrauchsmuster) — utility model, not examined",
    "Reference \"Kim\" (KR 10-1234567 B1): the 'sleep' mode is triggered by a timer, not by inactivity.",
    "Brown et al., Nature 567, 123–127 (2019). doi:10.1038/s41586-019-0000-0",
    "Cited: \"Handbook of Applied Cryptography\", Menezes/van Oorschot/Vanstone, CRC Press 1996, Alg. 9.56 (HMAC)",
    "Relevant passages of D2: p. 3, l. 15 – p. 4, l. 2; p. 9, ll. 20–28; claims 1, 5 & 7",
    "Ref: CN 112233445 B — Chinese text: \"所述控制器选择第一模式\" (the controller selects the first mode)",
    "Prior art search hits (n = 37) exported to Excel; see tab 'X/Y refs'.",
    "EP 1 000 000 B1 — enantiomer selection case law (reasoning of T 296/87).",
    "Schröder & Weiß (2011) \"Kältemittelkreislauf mit Bypass\", DE 10 2011 005 678 A1",
    "D8: Apache httpd docs, mod_rewrite 'RewriteCond %{HTTP_HOST}' example — dated? Wayback shows 2009.",
    "NPL citation format: Author, Title, Journal, Vol(Issue), pages, Year, DOI — please fix refs 3, 8 and 11 in the IDS.",
    "D9 = US 7,654,321 B2: 'system and method for detecting malicious scripts in documents'",
    "Compare: D1 uses a \"select gate\" (Fig. 4, ref. 42); our claim recites a \"selector switch\".",
    "Yoshida et al. (2012) 「ユーザ認証方式」, IPSJ Journal 53(9)",
    "WO 2016/054321 A1, p. 22 — table 3 lists the union of all tested alloys",
    "Prior user: Acme GmbH's pump, sold since 2013 (invoices dated 03/2013 & 11/2013 attached)",
    "Citation for IDS: US 2017/0300123 A1, Kowalczyk, published Oct. 19, 2017",
    "D10 – 'exec summary' slide deck shown at CES 2019, no confidentiality marking",
    "IEEE 802.11ax-2021, §26.5.2 — target wake time (TWT) = our 'scheduled sleep' element",
    "Counter-argument: D3 teaches away (\"...should never drop the first packet...\", col. 8, l. 3).",
]

CITE_NAMES = ["Müller", "Nakamura", "Østergaard", "Dubois", "Kowalski", "García", "Chen", "O'Neil",
              "Wiśniewski", "Ferreira", "Novák", "Lindqvist", "Papadakis", "Yılmaz", "Schäfer"]


def tpl_prior_art(rng: random.Random) -> str:
    d = rng.randint(1, 12)
    p1 = rng.randint(10, 180)
    pub = rng.choice([
        f"US {rng.randint(2005, 2022)}/{rng.randint(1000, 399999):07d} A1",
        f"EP {rng.randint(1, 3)} {rng.randint(100, 999)} {rng.randint(100, 999)} B1",
        f"WO {rng.randint(2005, 2022)}/{rng.randint(1000, 199999):06d} A1",
        f"US {rng.randint(6, 11)},{rng.randint(100, 999)},{rng.randint(100, 999)} B2",
    ])
    return f"D{d}: {pub} ({rng.choice(CITE_NAMES)}), ¶ [{p1:04d}]–[{p1 + rng.randint(1, 9):04d}], Fig. {rng.randint(1, 12)}"


# --------------------------------------------------------------------------- office-action responses
OA_RESPONSE = [
    "Examiner states: \"Claim 1 is rejected under 35 U.S.C. § 103 as being unpatentable over Smith in view of Jones.\" Applicant respectfully disagrees.",
    "The Office Action asserts that Smith's \"select module\" corresponds to the claimed selector. Applicant submits that it does not.",
    "Claims 1-20 are pending. Claims 1, 11 and 20 are amended. No new matter is added; support is found at ¶¶ [0031]-[0035].",
    "Regarding the § 112(b) rejection: the term \"about\" is defined in ¶ [0018] as ±10 %, so the metes and bounds are clear.",
    "Per the Examiner's suggestion in the interview of 2024-05-02, claim 1 now recites \"wherein the drop rate is < 0.1 %\".",
    "The Examiner alleges that \"it would have been obvious to one of ordinary skill in the art to combine...\" — but no reason to combine is articulated (KSR).",
    "Art. 123(2) EPC: the amendment is directly and unambiguously derivable from claim 3 + page 7, lines 10–14 of the application as filed.",
    "Response to the communication under Rule 71(3) EPC — approve the text; file translations of the claims (DE, FR).",
    "Applicant notes that Jones teaches away: \"the script must never be executed on the server\" (Jones, col. 5, ll. 22-24).",
    "Rejection under § 101 (abstract idea): the claims are directed to a specific improvement in how a database executes a query (cf. Enfish), not to a mental process.",
    "Examiner's Answer, p. 4: \"Appellant's argument that Lee's 'union' operation is different is not persuasive.\"",
    "In reply to the Examination Report under Sections 12 & 13 of the Patents Act, 1970 (India): objections 1–9 are addressed below.",
    "Double patenting: Applicant will file a terminal disclaimer (fee code 1814) upon indication of allowable subject matter.",
    "The Examiner's reliance on Official Notice is traversed; Applicant requests documentary evidence under MPEP § 2144.03.",
    "\"Smith does not disclose 'wherein the alert is suppressed'\" — agreed by the Examiner in the Interview Summary (PTOL-413).",
    "Amended claim 1 (markup):\n1. (Currently Amended) A method comprising:\n  receiving a request;\n  [[selecting]] identifying a template; and\n  rendering the template.",
    "Non-final rejection mailed 07/15/2024; shortened statutory period 3 months → 10/15/2024.",
    "Restriction requirement: Group I (claims 1-10, method) / Group II (claims 11-20, system). We elect Group I with traverse.",
    "The objection to the drawings (37 CFR 1.84(p)(5)) is overcome: reference numeral 112 is now shown in Fig. 3.",
    "Examiner: \"Claim 7 would be allowable if rewritten in independent form.\" → rewrite claim 7 incorporating claims 1 and 6.",
    "JPO Notice of Reasons for Refusal (拒絶理由通知書): Art. 29(2) over Citation 1; response term 60 days.",
    "CNIPA第一次审查意见通知书：权利要求1-3不具备创造性（专利法第22条第3款）。",
    "The feature \"means for executing\" is not a mere nonce word because the specification discloses the algorithm in Fig. 6.",
    "Arguments: (1) D1 fails to disclose feature (c); (2) D2 is non-analogous art; (3) even if combined, the result would not be the claimed invention.",
    "The Examiner's statement that \"the exec() call in Brown is equivalent to the claimed trigger\" mischaracterizes Brown.",
    "Summary of interview: agreed that adding \"prior to committing the transaction\" distinguishes over D1; no agreement on D2.",
    "Under § 102(b)(1)(A), the 2020 conference paper is the inventors' own disclosure within the 1-year grace period — declaration under 37 C.F.R. 1.130 attached.",
    "Problem-solution approach: objective technical problem = how to reduce the latency of the select query; D2 gives no hint.",
    "Withdrawn: rejection of claims 4-6 under § 112(a). Maintained: § 103 over Smith/Jones.",
    "Examiner's amendment authorized by phone on 2024-08-20: in claim 15, line 3, delete \"substantially\" and insert --about--.",
    "We respectfully request reconsideration and withdrawal of all rejections, and allowance of claims 1–20.",
    "Advisory Action: the after-final amendment (AFCP 2.0) was not entered because it raises new issues requiring further search.",
    "Note: examiner said on the call \"I'll drop the 101 if you add the hardware element\" — confirm in writing before filing the RCE.",
    "KIPO 의견제출통지서: 청구항 1-5는 진보성이 없음 (특허법 제29조 제2항).",
    "The Examiner's claim chart maps \"script\" to D1's \"macro\" — a macro is not a script within the meaning of ¶ [0022].",
    "Rule 161/162 EPC: no amendments; claims 1-15 on file are maintained; fees for claims 16-18 not paid → deemed abandoned.",
    "Response to the Final Office Action mailed 02/01/2024 — filed with RCE & IDS under 37 CFR 1.114.",
    "\"Wherein the union is computed lazily\" — support: spec. p. 14, ll. 3-9; original claim 12.",
    "Reply to the summons to oral proceedings (Rule 116 EPC): auxiliary requests 1-3 filed; AR2 deletes the 'drop-down' embodiment.",
    "Section 3(k) objection (computer programme per se): the claims recite a technical effect — reduced memory footprint on an embedded device.",
    "Examiner cites Fig. 2 of D1 showing <element 14> as a 'second processor' – it is a memory controller.",
    "Claim 9 under § 112(f): the 'select means' is construed as the multiplexer 210 and equivalents thereof.",
    "The spec uses 'alert(s)' 47 times; Examiner says 'the alert' in claim 3 lacks antecedent basis — fix: 'an alert'.",
    "Office Action Summary: claims 1-30 rejected; 31-35 objected to; 36-40 withdrawn.",
    "The Examiner's position (OA, p. 6) that \"sleeping\" and \"idling\" are synonyms is unsupported.",
    "Répondre à la notification de l'INPI avant le 30/09 : supprimer la revendication 4 (défaut de nouveauté).",
    "Contestación al suspenso de la OEPM: se modifican las reivindicaciones 1 y 5; se adjunta nuevo juego.",
    "The Examiner asserts 'the select statement in Lee inherently returns a result set' — inherency requires necessity, not probability (MPEP 2112).",
    "Claim 14 stands rejected as indefinite for \"and/or\"; replaced with \"at least one of A or B\".",
    "Applicant thanks the Examiner for the courtesy of the telephone interview on 9/12; the agenda (PTO-413A) is attached.",
]

OA_BASES = ["35 U.S.C. § 102(a)(1)", "35 U.S.C. § 103", "35 U.S.C. § 112(b)", "Art. 54 EPC", "Art. 56 EPC", "Art. 84 EPC"]
OA_REFS = ["Smith", "Jones", "Lee", "Tanaka", "Müller", "Dubois", "Kowalski", "Nakamura", "D1", "D2", "D3"]
OA_REPLIES = ["respectfully traverses", "amends claim 1 to overcome this rejection",
              "disagrees for the reasons below", "requests reconsideration",
              "notes that the cited passage does not teach the 'select' step",
              "submits that the references cannot be combined"]


def tpl_oa(rng: random.Random) -> str:
    a = rng.randint(1, 15)
    b = a + rng.randint(1, 14)
    r1, r2 = rng.sample(OA_REFS, 2)
    return f"Claims {a}-{b} stand rejected under {rng.choice(OA_BASES)} over {r1} in view of {r2}. Applicant {rng.choice(OA_REPLIES)}."


# --------------------------------------------------------------------------- chemistry & maths
CHEM_MATH = [
    "R1 is C1-C6 alkyl; R2 is H, OH, or –O–(C1-C4 alkyl)",
    "f(x) = Σ_{i=1}^{n} w_i·x_i + b",
    "SMILES: CC(=O)Oc1ccccc1C(=O)O",
    "x_{n+1} = x_n − f(x_n)/f'(x_n)",
    "wherein ‖v‖₂ ≤ 1 and 0 < ε < 10⁻³",
    r"X[k] = \sum_{n=0}^{N-1} x[n] e^{-j 2\pi k n / N}",
    "wherein R3 and R4, together with the nitrogen atom to which they are attached, form a 5- or 6-membered heterocyclic ring",
    "pH 6.8 ± 0.2; osmolality 280–320 mOsm/kg",
    "Ar is phenyl, pyridyl or thienyl, each optionally substituted by 1-3 groups selected from F, Cl, CN, CF3 and OCH3",
    "y = a·e^(−b·t) + c, with a, b > 0",
    "Ti-6Al-4V (Grade 5): Al 5.5–6.75 wt %, V 3.5–4.5 wt %, Fe ≤ 0.3 wt %, O ≤ 0.2 wt %",
    "n = 1, 2 or 3; m = 0 or 1; provided that n + m ≤ 3",
    "SMILES: CN1C=NC2=C1C(=O)N(C(=O)N2C)C",
    "P(A|B) = P(B|A)·P(A) / P(B)",
    "Formula (II): HO–CH2–CH(OH)–CH2–O–R, where R = C8–C18 acyl",
    "Tg > 120 °C (DSC, 10 K/min); Mw = 45,000–60,000 g/mol; PDI < 1.8",
    "IC50 < 100 nM (HEK293, n = 3); see Table 4",
    "L(θ) = −Σ_i [y_i log σ(z_i) + (1 − y_i) log(1 − σ(z_i))]",
    "wherein 0.1 ≤ x ≤ 0.5 in LiNixMn(2−x)O4",
    "A is –(CH2)n–, n = 2–6; B is –C(=O)NH– or –NHC(=O)–",
    "H2O2 (30 % w/w) : H2SO4 (96 %) = 1 : 3 — process step 4, handle with care",
    "∫₀^T |u(t)|² dt < ∞",
    "d = |a·x₀ + b·y₀ + c| / √(a² + b²)",
    "the compound (S)-2-amino-3-(4-hydroxyphenyl)propanoic acid (L-tyrosine)",
    "wherein Z is –SO2–, –S(=O)–, or –S–",
    "Mg(OH)2 + 2 HCl → MgCl2 + 2 H2O",
    r"\frac{\partial u}{\partial t} = \alpha \nabla^2 u",
    "CAS RN 50-78-2 (acetylsalicylic acid)",
    "k = A·exp(−Ea/(R·T)), Ea ≈ 52 kJ/mol",
    "wherein the molar ratio [Ca²⁺]/[PO₄³⁻] is 1.67 ± 0.05",
    "R5 = –CH2–O–CH3, –CH2CH2OH, or –C(O)OtBu",
    "score = 0.7*bm25 + 0.3*cos_sim; drop docs with score < 0.15",
    "Σ (i = 1..N) |e_i| / N ≤ δ, where δ = 0.01 · FS",
    "Nc1ccc(cc1)C(=O)O  ← SMILES for 4-aminobenzoic acid (check tautomer)",
    "SEQ ID NO: 1 — MKTAYIAKQRQISFVKSHFSRQ... (partial; full listing in the ST.26 XML)",
    "5′-ATGCGTACGTTAGC-3′ (SEQ ID NO: 7), primer Tm = 58 °C",
    "|H(e^{jω})| ≥ −3 dB for ω ∈ [0, ω_c]",
    "A ∪ B = {x | x ∈ A ∨ x ∈ B}; A ∩ B = ∅ in the preferred embodiment",
    "wherein [M] = [Co(NH3)6]Cl3 and the counter-ion is selected from Cl⁻, Br⁻, NO3⁻",
    "E = m·c²  (the client insists this goes into the background section…)",
    "Δ9-tetrahydrocannabinol (Δ9-THC) content < 0.3 % on a dry-weight basis",
    "R1/R2 = H/Me, Me/Me or –(CH2)4– (ring)",
    "λmax = 254 nm; ε = 1.2 × 10⁴ L·mol⁻¹·cm⁻¹",
    "v_out = v_in · R2/(R1 + R2)",
    "if |Δθ| > θ_th then select mode B, else mode A",
    "D50 = 3.2 µm, D90 ≤ 8 µm (laser diffraction, ISO 13320)",
    "wherein the polymer has repeating units –[CH2–CH(COOH)]n– with n ≥ 50",
    r"\mathbf{y} = \mathrm{softmax}(W\mathbf{x} + \mathbf{b})",
    "NaCl 0.9 % (w/v); glucose 5 % (w/v); q.s. ad 100 mL H2O",
    "Markush: R1 = {Me, Et, iPr, cPr}; R2 = {H, F, Cl}; X = {CH, N} → 4 × 3 × 2 = 24 compounds",
    "InChIKey: BSYNRYMUTXBXSQ-UHFFFAOYSA-N",
]

R_GROUPS = ["H", "F", "Cl", "Br", "CN", "OH", "NH2", "CF3", "OCH3", "C1-C4 alkyl", "C1-C6 alkyl",
            "C3-C6 cycloalkyl", "phenyl", "benzyl", "–C(=O)OH", "–SO2NH2", "–CH2OH", "C2-C4 alkenyl"]


def tpl_chem(rng: random.Random) -> str:
    i = rng.randint(1, 6)
    j = i + rng.randint(1, 3)
    a, b, c = rng.sample(R_GROUPS, 3)
    forms = [
        lambda: f"R{i} is {a} or {b}; R{j} is {c}",
        lambda: f"wherein R{i} is selected from {a}, {b} and {c}",
        lambda: f"R{i} = {a}; R{j} = {b} or {c}; n = {rng.randint(0, 3)}",
        lambda: f"f(x) = {rng.randint(2, 9)}x² − {rng.randint(1, 9)}x + {rng.randint(1, 20)}, for 0 ≤ x ≤ {rng.randint(2, 50)}",
    ]
    return rng.choice(forms)()


# --------------------------------------------------------------------------- trademarks
TRADEMARK = [
    "Class 9: Downloadable computer software for managing patent portfolios; recorded computer software; computer hardware.",
    "Class 25: Clothing, namely, shirts, t-shirts and sweatshirts; headwear, namely, caps & hats.",
    "Class 30: Coffee, tea, cocoa and artificial coffee; bread, pastry and confectionery.",
    "Mark: SELECT & GO (standard characters) — Classes 35, 39",
    "Class 42: Software as a service (SaaS) services featuring software for detecting SQL injection and cross-site scripting attacks on websites.",
    "Class 41: Entertainment services, namely, organizing escape-room games; providing online non-downloadable games.",
    "Mark description: The mark consists of the stylized wording DROP ZONE in blue with a white parachute design above the letter \"O\".",
    "Disclaimer: No claim is made to the exclusive right to use \"COFFEE CO.\" apart from the mark as shown.",
    "Class 3: Non-medicated skin care preparations; soaps; perfumery, essential oils; hair lotions.",
    "Class 12: Bicycles; electric bicycles; parts & fittings therefor, namely, frames, saddles, handlebars.",
    "Opposition based on prior mark ALERTA (EUTM 012 345 678) — likelihood of confusion with ALERTO?",
    "Class 33: Wines; sparkling wines; spirits, namely, gin & whisky — excluding beers (Cl. 32).",
    "Vienna codes: 26.01.03 (circles containing letters) / 27.05.01 (letters in special type)",
    "Specimen: screenshot of https://shop.example.com/products/unionjack-tee showing the mark next to the \"Add to cart\" button",
    "Class 36: Insurance underwriting; financial services, namely, payment processing; real estate brokerage.",
    "Mark: <ECHO&FOX> — client asks if the angle brackets can be part of a word mark (answer: no, file ECHO & FOX in standard characters).",
    "Class 5: Pharmaceutical preparations for the treatment of migraine; dietary supplements; plasters, materials for dressings.",
    "Use-based 1(a): first use anywhere 2019-04-01; first use in commerce 2019-06-15.",
    "Section 8 & 15 declaration due between 2029-03-01 and 2030-03-01 (6-month grace to 2030-09-01).",
    "Class 43: Restaurant, café and bar services; catering; temporary accommodation — \"Drop In & Dine\"",
    "Goods list for WIPO (MM2): Class 9: smartphones; computer software (downloadable); Class 38: telecommunications.",
    "Examiner's objection: 'computer software' is too vague in Class 9 — specify the function, e.g. \"downloadable software for scheduling appointments\".",
    "Class 28: Games and playthings; video game apparatus; gymnastic and sporting articles; Christmas tree decorations.",
    "Mark: SHELL SHOCK – Class 29: processed seafood, namely, crab and lobster",
    "Translation: The wording \"ÉCLAIR\" means \"lightning\" in English.",
    "Transliteration: the non-Latin characters in the mark transliterate to \"Sakura\", which means \"cherry blossom\" in English.",
    "Colour claim: Pantone 186 C (red) and Pantone 7546 C (dark blue).",
    "Class 35: Advertising; business management; retail store services featuring clothing, bags & accessories; online retail store services.",
    "Class 44: Medical services; veterinary services; hygienic & beauty care for human beings or animals.",
    "Class 1: Chemicals used in industry; unprocessed artificial resins; fertilisers; fire-extinguishing compositions.",
    "Goods: 'smart watches; wearable activity trackers' → Class 9 (not 14!).",
    "Coexistence agreement with EXEC-U-FIT GmbH: they keep Class 28, we keep Class 41.",
    "Word mark: SCRIPTORIUM — Classes 16 (stationery) and 41 (calligraphy workshops)",
    "Sound mark: four ascending notes (C–E–G–C), MP3 attached; description required.",
    "Class 11: Apparatus for lighting, heating, cooling, cooking, drying, ventilating, water supply & sanitary purposes.",
    "Slogan mark \"Drop everything. Play.\" — distinctiveness objection expected.",
    "Class 16: Paper & cardboard; printed matter; bookbinding material; photographs; stationery; adhesives for stationery or household purposes.",
    "Proof of use (Art. 47 EUTMR): invoices 2019–2023, catalogues, website captures from the Wayback Machine.",
    "Class 20: Furniture, mirrors, picture frames; containers, not of metal, for storage or transport.",
    "Class 9 spec (UK): \"Computer software; downloadable apps; downloadable digital files authenticated by non-fungible tokens [NFTs]\"",
    "The mark consists of the three-dimensional shape of a bottle — no word elements. Acquired distinctiveness claimed under § 2(f).",
    "Class 37: Building construction; repair; installation services; pipe laying & pipeline construction.",
    "Owner: Crème & Co. S.à r.l., 12 rue de l'Église, L-1234 Luxembourg",
    "Marque verbale : L'ÉTÉ SANS FIN — classes 3, 18 et 25 ; déposée le 14/02/2024 (n° 5 012 345).",
    "Marca denominativa: \"SÓLO TÚ\" – clase 14: joyería, bisutería, relojería.",
    "Class 19: Non-metallic building materials; asphalt, pitch & bitumen; non-metallic rigid pipes for building.",
    "Watch notice: ALERTIFY (Cl. 9/42) published 2024-07-10 — similar to our ALERTIFI; opposition period ends 2024-10-10.",
    "Class 31: Raw and unprocessed agricultural products; fresh fruits & vegetables; seeds; live plants & flowers.",
    "Goods amended per examiner: \"clothing\" → \"clothing, namely, shirts, pants, jackets\" (no \"including\" / \"such as\").",
    "Class 45: Legal services; licensing of intellectual property; IP watching services.",
]

TM_GOODS = {
    9: ["downloadable mobile applications for docket management", "computer peripherals", "headphones",
        "downloadable e-books", "smartphone cases", "recorded software for database queries"],
    18: ["handbags", "backpacks", "wallets", "umbrellas", "leather key fobs"],
    25: ["jackets", "socks", "scarves", "footwear", "hoodies", "swimwear"],
    30: ["chocolate", "ice cream", "honey", "sauces", "spices", "breakfast cereals"],
    35: ["online retail store services featuring cosmetics", "market research", "office functions",
         "business consulting"],
    41: ["education services, namely, conducting workshops", "publication of books", "organizing sports competitions"],
    42: ["software design & development", "hosting of websites", "cloud computing", "IT security consultancy"],
}
TM_MARKS = ["NORDLICHT", "KAIZEN FLOW", "ÉTOILE NOIRE", "BLUE SHELL", "QUICKSELECT", "UNION ROW", "LA GOTA",
            "MERIDIAN", "ZÜRI FRESH", "AURORA & CO"]


def tpl_trademark(rng: random.Random) -> str:
    cls = rng.choice(sorted(TM_GOODS))
    g = rng.sample(TM_GOODS[cls], 3)
    if rng.random() < 0.5:
        return f"Class {cls}: {g[0].capitalize()}; {g[1]}; {g[2]}."
    return f"{rng.choice(TM_MARKS)} — Class {cls}: {g[0]}; {g[1]}"


# --------------------------------------------------------------------------- deadlines & fees
DEADLINE = [
    "Response due 2024-09-14; extension under 37 C.F.R. § 1.136(a) available up to 2024-12-14 (3 months, fee code 1253).",
    "Fee codes: 1011 (basic filing) + 1111 (search) + 1311 (examination); small entity → 2011 / 2111 / 2311.",
    "EP renewal fee, 5th year — due 31.05.2025, surcharge period (Rule 51(2) EPC) until 30.11.2025 (+50 %).",
    "PCT 30-month national phase deadline: 2025-09-12 (priority date 2023-03-12). 31 months for EP → 2025-10-12.",
    "Issue fee due within 3 months of the NOA (non-extendable!) — NOA mailed 06/03/2024 → pay by 09/03/2024.",
    "1-month extension (1251): check the current fee schedule for large / small / micro entity amounts.",
    "Maintenance fee 3.5-yr window opens 2025-01-21, closes 2025-07-21; grace period with surcharge until 2026-01-21.",
    "Docket: IDS before the 1st action on the merits; otherwise § 1.97(c) statement + fee (1806)",
    "ALERT: hard deadline — 12-month Paris priority expires Friday 2024-11-08 (no extension; file by 23:59 local time).",
    "Rule 71(3) EPC: 4 months from 2024-06-20 → 2024-10-20 (Sunday) → next working day 2024-10-21.",
    "Reminder: drop the case if the client doesn't confirm by 15 Oct — abandonment is intended, no petition.",
    "Provisional 63/456,789 expires 2025-02-14; non-provisional & PCT to be filed by 2025-02-13 (avoid the last day).",
    "Extension of time: 2 months (1252) + 3 months (1253)? No — only the total extension is paid: 1253.",
    "Petition to revive under 37 CFR 1.137(a) — fee code 1453; statement that the delay was unintentional.",
    "TM office action response due 3 months from the issue date (2024-08-01 → 2024-11-01); one 3-month extension available.",
    "Deadlines this week:\n- Mon: EP 3 456 789 – opposition term ends\n- Wed: US 17/654,321 – OA reply (w/o ext.)\n- Fri: JP 2022-123456 – request for examination",
    "Fristverlängerung beim DPMA beantragt: + 1 Monat (bis 30.09.2024), Begründung: Mandant im Urlaub.",
    "Frist: 4 Monate ab Zustellung — bitte das Zustelldatum in der Akte prüfen.",
    "Annuity CN year 6 due 2024-12-01; late payment (6 months) with surcharge.",
    "Docket entry 'OA-RESP' closed; 'EXT-1' reopened — by mistake? (user: jmartin, 2024-09-02 17:44)",
    "Reply to the EESR (Rule 70a EPC) — 6 months from publication of the search report: 2025-01-15.",
    "Fee code 1801 (RCE, first) vs 1820 (RCE, second and subsequent)",
    "US deadline calc: OA mailed 2024-03-29 → 3 mo = 2024-06-29 (Sat) → Monday 2024-07-01 per 35 U.S.C. § 21(b).",
    "Japan: response to the Notice of Reasons for Refusal — 60 days (domestic) / 3 months (foreign applicant), +2 months extension on request.",
    "Korea: 2-month term, extendable by 1 month at a time (₩ fee per month).",
    "China: OA response 4 months from the dispatch date → 2024-12-30.",
    "DEADLINE MOVED: client asks to drop the 3-month ext. request & file on time instead (by 09/14).",
    "Continuation must be filed while the parent is pending — parent issues 2024-10-08 → file before then (§ 120).",
    "Grace period: 1 year from public disclosure 2024-02-01 → US filing by 2025-02-01; EP: no grace period, novelty already lost!",
    "Due date: 2024-09-30 | Internal: 2024-09-16 | Client instructions requested by: 2024-09-09",
    "Euro-PCT entry: filing fee, search fee, designation fee, exam fee — check the 2024 fee table before paying.",
    "Fees via EPO Central Fee Payment; deposit account no. 28xxxxxx (placeholder) — debit order submitted 2024-09-10.",
    "§ 1.136(a)(3): an authorization to charge all required fees is treated as a constructive petition for extension.",
    "Duty of disclosure — ask the inventors about D1–D5 before 2024-10-01; IDS with 1.97(e) statement if within 3 months.",
    "Brazil annuity: ordinary period 3 months after the anniversary; extra period 6 months with surcharge.",
    "Time limit for opposition: 9 months from the mention of grant (Art. 99(1) EPC) → 2025-04-23.",
    "USPTO closed 2024-12-25 — a deadline falling that day rolls over to 2024-12-26.",
    "Docketing rule: OA → 3 mo SSP, 6 mo statutory max; reminders at T-30, T-14, T-7 and T-2 days.",
    "Micro-entity certification (SB/15A) — check the gross income limit before paying 3011.",
    "Unitary patent request: within 1 month of the mention of grant — 2024-11-13 — full EN translation attached.",
    "Madrid subsequent designation (MM4): fees via the WIPO fee calculator; basic fee + individual fees.",
    "Délai de réponse : 4 mois (+ prorogation de 2 mois sur requête).",
    "Plazo de contestación: 2 meses desde la publicación en el BOPI — vence el 12/11/2024.",
    "Reminder set: \"ext. of time? ask client by 8/30 — do NOT pay 1253 without approval\"",
    "Late IDS after NOA → QPIDS with fee codes 1806 + 1801; pay both.",
    "10-day rule (Rule 126(2) EPC) abolished for notifications from 2023-11-01 — recompute the deadlines notified after that date!",
    "Next action: 2024-10-21 (T-7) — draft reply; 2024-10-28 (due) — file; 2024-11-28 — last day with 1-month ext. (1251)",
    "Annuities IT/FR/DE via provider; GB & CH paid directly — invoice #2024-0917 (£ 425.00).",
    "Deadline table pasted from CSV: case;due;fee_code;amount → 1234-0056US01;2024-09-14;1253;1,640.00",
    "COVID-era extensions no longer apply; use the standard § 1.136 rules.",
]

DL_ACTIONS = ["OA response", "Issue fee", "IDS", "Appeal brief", "Notice of appeal", "Renewal fee", "Translation",
              "National phase entry", "Opposition reply", "Declaration"]
DL_EXT = ["no extension available", "1-month ext. (1251) possible", "2-month ext. (1252) possible",
          "3-month ext. (1253) possible", "extendable on request", "non-extendable"]


def tpl_deadline(rng: random.Random) -> str:
    y, mo, d = rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    return f"{rng.choice(DL_ACTIONS)} due {y}-{mo:02d}-{d:02d}; {rng.choice(DL_EXT)} — docket {rng.randint(1000, 9999)}-{rng.randint(1, 300):04d}"


# --------------------------------------------------------------------------- inventors
INVENTOR = [
    "Müller, Jürgen; Schöneberger Str. 12, 10115 Berlin (DE)",
    "Zoë O'Connor-Núñez, Dublin, IE",
    "Dr. Łukasz Wiśniewski, ul. Floriańska 7, 31-019 Kraków, PL",
    "李明 (LI, Ming), Shenzhen, Guangdong, CN",
    "田中 太郎 (TANAKA Taro), Minato-ku, Tokyo 105-0001, JP",
    "Søren Kierkegaard-Hansen; Aarhus (DK)",
    "François D'Aubigné, 3 rue de l'Église, 75004 Paris",
    "José María García-López y Peña, Sevilla, ES",
    "O'Brien, Siobhán (joint inventor, claims 1-5 & 9 only)",
    "Ngô Thị Thu Hà — Hà Nội, VN",
    "김민준 (KIM, Min-jun), Seongnam-si, Gyeonggi-do, KR",
    "Άννα Παπαδοπούλου (Anna Papadopoulou), Θεσσαλονίκη",
    "Ólafur Ragnarsson, Reykjavík, IS",
    "Dvořák, Antonín Jr.; Brno, CZ",
    "Çağlar Yılmaz, İstanbul, TR",
    "Mary-Jane \"MJ\" Smith-Watson, Ph.D., Austin, TX (US)",
    "Васильев Дмитрий Сергеевич (VASILYEV, Dmitry S.), Moscow",
    "van der Berg, Pieter (surname sorts under 'B' in NL, under 'V' in US)",
    "Inventor 3: D'Souza, Anil; Bengaluru 560001, Karnataka, IN; citizenship IN",
    "Nguyễn Văn An; Hồ Chí Minh City, VN",
    "Ahmed Al-Farsi (أحمد الفارسي), Muscat, OM",
    "Guðrún Þórsdóttir, Akureyri, IS",
    "Maëlle Le Goff & Yannick Le Bihan (co-inventors), Brest, FR",
    "Inventor declaration (AIA/01) signed by: /Jürgen Müller/ 2024-08-12",
    "Signature: /Zoë O'Connor-Núñez/ — S-signature per 37 CFR 1.4(d)(2)",
    "Ramón Martínez Ortega, c/ Mayor 5, 3º izq., 28013 Madrid",
    "Anaïs Lefèvre-Dupré — 14 bd Haussmann, 75009 Paris; nationality FR",
    "Jørgen Ødegård, Trondheim (NO)",
    "Inventors (4): Müller J.; Schmidt K.; Wagner-Özdemir A.; Ivanović M.",
    "Małgorzata Żółkiewska, Gdańsk",
    "Ştefan Popescu-Ţurcanu, Cluj-Napoca, RO",
    "Hüseyin Öztürk c/o ACME Türkiye A.Ş., Ankara",
    "Dr. rer. nat. Hans-Peter Groß, Am Mühlbach 3, 80331 München",
    "Ayşe Nur Kılıç; İzmir; TR — please check the dotless ı in the ADS",
    "Name correction: \"Jurgen Muller\" → \"Jürgen Müller\" (umlauts lost in the PCT request)",
    "Family name first: ZHANG San / 张三 — given name San",
    "Kowalczyk-Brzęczyszczykiewicz, Grzegorz; Łódź",
    "Inventor: Jean-Luc Ébène, Genève (CH) — representative: Lévy & Associés",
    "Ms. Aoife Ní Bhriain, Galway, IE",
    "R. Krishnamurthy (single name on passport: Rajesh) — use 'Rajesh Krishnamurthy' in the ADS?",
    "Trần Thị Mai Phương",
    "Eleftheria Kōnstantinidou — alternate spelling Konstantinidou (no macron) in the EP file",
    "Juan Pablo Pérez-Guzmán; Bogotá D.C., CO",
    "Hélène Schäfer née Durand",
    "Inventor removed (§ 1.48): Weiß, Thomas — contribution limited to claims later canceled.",
    "Dr.-Ing. Ünal Karadağ, Ludwigsburg",
    "Oluwaseun Adébáyọ̀, Lagos, NG",
    "Tomáš Nováček & Kateřina Horáková, Praha 6, CZ",
    "Pål Østergaard <p.ostergaard@example.no>",
    "Inventor email: j.mueller@example.de; phone +49 30 1234567; preferred language: DE",
]

GIVEN = ["Jürgen", "Zoë", "Łukasz", "Søren", "François", "Siobhán", "Çağlar", "Ana Lúcia", "Björn", "Dagmar",
         "Renée", "Miloš", "Ines", "Yūko", "Håkon", "Mátyás", "Eoin", "Noémie", "Tadeusz", "Rocío"]
FAMILY = ["Müller", "Ørsted", "Wójcik", "Lefèvre", "Ó Súilleabháin", "Şahinler", "Gonçalves", "Lindström",
          "Hoffmann-Weiß", "Dvořáková", "D'Amico", "Sato", "Kovačević", "Van den Broeck", "Nuñez del Río"]
PLACES = [("Berlin", "DE"), ("Kraków", "PL"), ("Lyon", "FR"), ("Cork", "IE"), ("Göteborg", "SE"), ("Porto", "PT"),
          ("Zürich", "CH"), ("Brno", "CZ"), ("Osaka", "JP"), ("Ankara", "TR"), ("Sevilla", "ES"), ("Gent", "BE")]


def tpl_inventor(rng: random.Random) -> str:
    city, cc = rng.choice(PLACES)
    g, f = rng.choice(GIVEN), rng.choice(FAMILY)
    if rng.random() < 0.5:
        return f"{f}, {g}; {city} ({cc})"
    return f"{g} {f}, {city}, {cc}"


# --------------------------------------------------------------------------- multilingual notes
MULTILINGUAL = [
    "Bitte die Ansprüche 1–5 bis Freitag prüfen; der Mandant möchte „im Wesentlichen“ streichen.",
    "Merci de vérifier la traduction des revendications avant l'envoi à l'OEB — « comprenant » et non « consistant en ».",
    "請確認權利要求第3項的中文翻譯是否與英文一致。",
    "请在9月14日前提交答复，客户要求删除\"大约\"一词。",
    "出願人の意見書案を添付します。請求項1の「選択部」を「選択手段」に修正してください。",
    "청구항 2의 번역을 다시 확인해 주세요. '실질적으로'는 삭제합니다.",
    "Por favor, revise las reivindicaciones 1 a 5; el cliente quiere eliminar «sustancialmente».",
    "Per favore controllare le rivendicazioni 1–5 entro venerdì; il cliente vuole eliminare «sostanzialmente».",
    "Por favor, verifique a tradução das reivindicações antes do depósito no INPI.",
    "Пожалуйста, проверьте перевод формулы изобретения до 14.09; клиент просит удалить слово «примерно».",
    "يرجى مراجعة ترجمة المطالبات قبل تاريخ ١٤ سبتمبر.",
    "Lütfen istem 1-5'i cuma gününe kadar kontrol edin; müvekkil \"büyük ölçüde\" ifadesini çıkarmak istiyor.",
    "Graag conclusies 1 t/m 5 nakijken vóór vrijdag — de cliënt wil 'in hoofdzaak' schrappen.",
    "Prosimy o sprawdzenie tłumaczenia zastrzeżeń 1–5 do piątku.",
    "Vänligen granska översättningen av patentkraven före fredag.",
    "Note (EN/DE): \"wherein\" = „wobei“; \"comprising\" = „umfassend“; \"consisting of\" = „bestehend aus“.",
    "Terminologie: select = auswählen; drop = verwerfen (je nach Kontext!); union = Vereinigung(smenge).",
    "Le client parle d'un « script » dans la description — à traduire par « script » (terme admis) et non « écriture ».",
    "注意：「アラート」はカタカナのまま、英語は \"alert\" とする。",
    "DE-Übersetzung von Anspruch 1:\n1. Verfahren, umfassend:\n  (a) Empfangen einer Anfrage;\n  (b) Auswählen einer Vorlage; und\n  (c) Ausgeben der Antwort.",
    "Traduction FR de la revendication 1 :\n1. Procédé comprenant :\n  a) la réception d'une requête ;\n  b) la sélection d'un modèle ; et\n  c) l'envoi de la réponse.",
    "Kunde fragt: Gilt die Frist auch, wenn das Amt geschlossen hat? → Sie verlängert sich auf den nächsten Arbeitstag (Regel 134 EPÜ).",
    "El examinador de la OEPM dice: \"la reivindicación 1 carece de actividad inventiva\" — preparar alegaciones.",
    "Ο πελάτης ζητά επέκταση προθεσμίας κατά 2 μήνες.",
    "חשוב: להגיש את התרגום לעברית עד סוף החודש.",
    "कृपया दावा 1-5 की जाँच शुक्रवार तक करें।",
    "ขอให้ตรวจสอบคำแปลข้อถือสิทธิก่อนวันศุกร์",
    "Vui lòng kiểm tra bản dịch yêu cầu bảo hộ trước thứ Sáu.",
    "Mohon periksa terjemahan klaim 1–5 sebelum hari Jumat; klien ingin menghapus kata \"sekitar\".",
    "Zkontrolujte prosím překlad nároků 1–5 do pátku.",
    "Kérem, péntekig ellenőrizze az 1–5. igénypontok fordítását.",
    "Molimo provjerite prijevod patentnih zahtjeva do petka.",
    "Tarkistathan patenttivaatimusten käännöksen perjantaihin mennessä.",
    "「A及び/又はB」という表現は審査官に嫌われるので避けること。",
    "中文说明书第[0023]段中的\"删除\"应译为 \"delete\"，不是 \"drop\"。",
    "Anmerkung: Der Prüfer zitiert D1 („Vereinigung der Teilmengen“) — das ist NICHT unser ‚union‘-Schritt.",
    "Mandantin (Frau Weiß) bittet um Rückruf wg. Kosten: 1.640,00 € + 19 % USt.",
    "Nota: il termine «esecuzione» (exec) nella rivendicazione 4 va reso con «execution», non «running».",
    "Note bilingue : la date limite est le 14/09/2024 — deadline is 09/14/2024 (US format!).",
    "Obs.: o cliente quer manter \"sistema e método\" no título — não mudar para \"system & method\".",
    "DE → EN: „Schale“ here means \"shell\" (mechanical housing), not \"bowl\".",
    "翻訳者メモ：「シェル」は筐体の意味。コマンドシェルではない。",
    "Комментарий: «выпадающий список» = drop-down list; не переводить как «падение».",
    "EN/ES: \"sleep mode\" = «modo de suspensión» (no «modo dormir»).",
    "Hinweis für die Übersetzung: Formel (I) unverändert übernehmen — R1 = C1-C6-Alkyl.",
    "Le mandataire japonais signale : 拒絶理由通知 reçu le 02/09, délai 3 mois.",
    "Client note (JP→EN, unofficial): \"We want to delete claim 5 & add a new claim on the 'select' button.\"",
    "Einspruchsschrift: Einspruchsgründe Art. 100 a) und c) EPÜ; Anträge folgen.",
    "Aviso: la palabra \"script\" aparece 14 veces en la memoria descriptiva; mantener en inglés.",
    "Memo vom Erfinder (Schweizerdeutsch): \"Mir händ das scho 2019 a de Mäss zeigt…\" → prior disclosure? Check!",
]

ML_FORMS = [
    "Bitte Anspruch {n} bis {d} prüfen.",
    "Merci de relire la revendication {n} avant le {d}.",
    "请在{d}前确认权利要求{n}的译文。",
    "請求項{n}の補正案を{d}までに送付します。",
    "Por favor, revise la reivindicación {n} antes del {d}.",
    "Si prega di verificare la rivendicazione {n} entro il {d}.",
    "Проверьте, пожалуйста, пункт {n} формулы до {d}.",
    "청구항 {n}의 번역을 {d}까지 검토해 주세요.",
]


def tpl_multilingual(rng: random.Random) -> str:
    d = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.choice([2024, 2025])}"
    return rng.choice(ML_FORMS).format(n=rng.randint(1, 40), d=d)


# --------------------------------------------------------------------------- assembly
CATEGORIES = [
    ("claim_draft", CLAIM_DRAFT, tpl_claim),
    ("classification", CLASSIFICATION, tpl_classification),
    ("app_number_search", APP_NUMBERS, tpl_app_number),
    ("prior_art_citation", PRIOR_ART, tpl_prior_art),
    ("office_action_response", OA_RESPONSE, tpl_oa),
    ("chem_math_notation", CHEM_MATH, tpl_chem),
    ("trademark_goods", TRADEMARK, tpl_trademark),
    ("deadline_fee_note", DEADLINE, tpl_deadline),
    ("inventor_name", INVENTOR, tpl_inventor),
    ("multilingual_note", MULTILINGUAL, tpl_multilingual),
]


def main() -> None:
    rng = random.Random(SEED)
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    stats: list[tuple[str, int, int]] = []
    for cat, literals, tpl in CATEGORIES:
        n_lit = 0
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, v))
            n_lit += 1
        total = n_lit
        tries = 0
        while total < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot fill")
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, v))
            total += 1
        if n_lit < 0.55 * total:
            raise SystemExit(f"{cat}: too few literals ({n_lit}/{total})")
        stats.append((cat, total, n_lit))

    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    for cat, total, n_lit in stats:
        print(f"{cat:24s} {total:4d}  literals {n_lit}")
    print(f"{'TOTAL':24s} {len(rows):4d}  literals {sum(s[2] for s in stats)}")


if __name__ == "__main__":
    main()
