"""Held-out benign corpus for the WAF: text typed into a bank's back-office and
branch systems (payment references, SWIFT / ISO 20022 narratives, dispute and
KYC notes, complaints, loan memos, cash counts, reconciliation comments, batch
file names, letters to customers).

Every value is hand-written for this corpus, or produced by a small template
over hand-written pools.  Nothing comes from a dataset or a payload list.
All account numbers, IBANs, BICs, names and phone numbers are invented.

Run:  python3 make_benign.py   ->  writes benign.jsonl next to this file.
Output is byte-identical on every run (fixed seed, no set iteration).
"""

import json
import random
from pathlib import Path

SEED = 5701
PREFIX = "hb57"
PER_CATEGORY = 80


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def iban(cc, bban):
    """Build an IBAN with correct ISO 7064 check digits for an invented BBAN."""
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num) % 97
    return f"{cc}{check:02d}{bban}"


def grouped(code):
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


def digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def rand_iban(rng):
    cc, shape = rng.choice(IBAN_SHAPES)
    bban = ""
    for ch in shape:
        if ch == "9":
            bban += str(rng.randrange(10))
        elif ch == "A":
            bban += rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
        else:
            bban += ch
    return iban(cc, bban)


def money(rng, lo, hi, style="en"):
    cents = rng.randrange(lo * 100, hi * 100)
    whole, frac = divmod(cents, 100)
    s = f"{whole:,}"
    if style == "de":
        return s.replace(",", ".") + f",{frac:02d}"
    if style == "fr":
        return s.replace(",", "\u202f") + f",{frac:02d}"
    return f"{s}.{frac:02d}"


IBAN_SHAPES = [
    ("DE", "999999999999999999"),
    ("GB", "QXBK99999999999999"),
    ("FR", "9999999999AAA99999999999"),
    ("PL", "999999999999999999999999"),
    ("ES", "99999999999999999999"),
    ("NL", "ZEPH9999999999"),
    ("IT", "A9999999999AAAAAAA9999999"),
]

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
             "August", "September", "Oktober", "November", "Dezember"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]

COMPANIES = [
    "Müller & Söhne GmbH", "Ateliers Dupont SARL", "Ferretería López S.L.",
    "Nowak Sp. z o.o.", "Harbour Lettings Ltd", "O'Reilly & Sons",
    "Bäckerei Hoffmann", "Select Office Supplies", "Union Street Deli",
    "Škoda Servis Brno s.r.o.", "Verde & Azul Lda.", "Exec Cars Ltd",
    "Le Fournil SARL", "Zakład Stolarski „Dąb”", "Kowalczyk & Wójcik s.c.",
]

PEOPLE = [
    "J. Smith", "A. Nowak", "M. Fischer", "K. Lindqvist", "P. Okafor",
    "S. O'Neill", "M. García-López", "Z. Wiśniewska", "H. Tanaka",
    "F. Dubois", "R. Patel", "Đ. Đorđević", "L. Weiß", "C. Ní Bhriain",
]


# --------------------------------------------------------------------------
# 1. payment-ref: remittance info, payment references, standing orders
# --------------------------------------------------------------------------

PAYMENT_REF = [
    "INV 2024/118; PO 55-A",
    "Rechnung Nr. 2024-0931 / Kd-Nr. 44817 – danke!",
    "SVWZ+RE 4471 vom 03.06.2024 EREF+E2E-0611-4471 KREF+NONREF",
    "Miete Juni 2024, Whg. 3. OG links (inkl. NK 180,- €)",
    "Rent June — Flat 4B (incl. parking £45)",
    "Inv#8812 & #8813 less credit note CN-204 = EUR 1.240,50",
    "Faktura VAT FV/2024/06/0117 – zapłata za usługi serwisowe",
    "Facture F-2024-0457 ; acompte 30 % selon devis D-88 du 02/05",
    "Pago factura 2024/311 – Ferretería López S.L. (IVA incl.)",
    "School trip — Emma's class 4/B (Ms O'Neill) 2x £18.50",
    "Select Insurance premium 07/24 pol. HX-22918",
    "Union dues Q3 - Local 1127",
    "Ihre Rg. vom 03.05. <Pos. 1-4> abzgl. 2 % Skonto",
    "Reimbursement: taxi + hotel (Zürich) = CHF 312.40",
    "deposit refund; keys returned 12/07 -- thanks Tom!",
    "Order #A-55/71 \"Exec chairs\" (x4)",
    "/INV/2024-118/PO/55-A/",
    "/RFB/OUR REF 99-2214//YR REF TX-7781",
    "gift for Jan's 40th :) split 1/6",
    "Taschengeld März & April für Lina",
    "Czynsz 06/2024 – lokal nr 12, ul. Łąkowa 5",
    "Zwrot za bilety Kraków–Gdańsk (2 os.) – dzięki!",
    "Abono cuota socio nº 318 — temporada 24/25",
    "Rimborso spese condominio – scala B, int. 7 (rata 2/4)",
    "Huur juni + servicekosten (€ 85,-)",
    "Pagamento fatura nº 2024/0912 – João & Filhos, Lda.",
    "Kira bedeli Haziran 2024 - Daire 5",
    "Zálohová faktura č. 2024017 – úhrada",
    "Hyra juli lgh 1102, avi 7731",
    "家賃 7月分 タナカ ヒロシ",
    "货款 合同号 HT-2024-088 第二期",
    "Λογαριασμός ρεύματος 06/2024 – παροχή 4471",
    "Оплата по счёту № 45 от 12.06.2024, НДС не облагается",
    "Payment for 'Sleep Well' mattress — order 77120",
    "EXEC SUMMARY printing (Copy Corner) inv 3319",
    "Script editing services ep. 4–6 (inv. SE-0042)",
    "Alert Systems Ltd annual maintenance – contract AL/2024/7",
    "Cash & Carry Großmarkt Kd 10045 | Rg 77/24",
    "Payroll adj. — O'Connor, overtime 14h @ 1.5x",
    "rent=950; bills=120; total 1,070 GBP",
    "Tuition – Spring '25, student ID 20931 (Smith, J.)",
    "Dues 2024 — Chess & Go Club \"The Rook's Nest\"",
    "Wire for closing: 12 Elm St. — escrow #E-4411 — please don't delay",
    "half of the BBQ (meat & drinks) -> Paul",
    "Spende Tafel e.V. \"Brot für alle\" 2024 – Zuwendungsbestätigung bitte an Fr. Weiß",
    "Darlehen Rate 18/60 – Vertrag 300-88-12",
    "Quittung Nr. 5 / 10 (Ratenzahlung) – Rest 400,- €",
    "Standing order: £250 on the 1st each month to savings, ref 'rainy day' – end 12/2025",
    "Dauerauftrag ab 01.08.: 650,- statt 600,- (Mieterhöhung lt. Schreiben v. 12.06.)",
    "Ordre permanent : 150 € le 5 de chaque mois – libellé « épargne Léa »",
    "Zlecenie stałe: 300 zł co miesiąc, tytuł „kieszonkowe – Zosia”",
    "Transferencia periódica 200 €/mes, concepto \"Alquiler plaza garaje 14\"",
    "every 2nd Friday -> savings; if bank holiday => next business day",
    "Cancel SO #0042 'Gym' – membership ended, last payment 30/06",
    "Pocket money (Tom & Ella) — £10 each, weekly",
    "C/O Smith & Partners LLP — client a/c — matter 2024/0077",
    "Insurance excess £250 – claim no. MTR/24/55190 (windscreen)",
]

PAYEES = ["savings", "Harbour Lettings", "Mum", "the allotment society",
          "Kindergarten Sonnenschein", "ISA", "Union Street Deli"]
REF_WORDS = ["rent", "rainy day", "holiday pot", "car tax", "school dinners",
             "gym", "Netflix & Spotify", "tutoring (maths)"]
ORDINALS = ["1st", "2nd", "5th", "15th", "28th", "last business day"]
UNITS = ["Whg. 2 EG rechts", "Whg. 14, 3. OG", "Stellplatz 7", "Laden Nr. 3",
         "Garage 11", "Büro 2.04"]


def t_payment_ref(rng):
    y = rng.choice([2023, 2024, 2025])
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    n = rng.randrange(100, 9999)
    k = rng.randrange(7)
    if k == 0:
        return f"INV {y}/{n}; PO {rng.randrange(10, 99)}-{rng.choice('ABCDEFGH')}"
    if k == 1:
        return (f"SVWZ+RE {n} v. {d:02d}.{m:02d}.{y} "
                f"EREF+E2E-{y}{m:02d}{d:02d}-{rng.randrange(10000):04d}")
    if k == 2:
        return f"Miete {MONTHS_DE[m - 1]} {y} – {rng.choice(UNITS)}"
    if k == 3:
        c = rng.choice(COMPANIES)
        return f"{c} – inv. {n} & {n + 1} (net 30)"
    if k == 4:
        return (f"Facture F-{y}-{n:04d} du {d:02d}/{m:02d}/{y} ; "
                f"{rng.choice(COMPANIES)}")
    if k == 5:
        return (f"Standing order £{rng.randrange(10, 900)} on the "
                f"{rng.choice(ORDINALS)} to {rng.choice(PAYEES)}, "
                f"ref '{rng.choice(REF_WORDS)}'")
    return (f"Czynsz {m:02d}/{y} – lokal nr {rng.randrange(1, 60)}, "
            f"tytuł: FV/{y}/{m:02d}/{n:04d}")


# --------------------------------------------------------------------------
# 2. swift-narrative: MT / ISO 20022 fields, investigations, returns
# --------------------------------------------------------------------------

SWIFT_NARRATIVE = [
    ":70:/INV/2024-0118/PO 55-A\n//SETTLEMENT OF GOODS SHIPPED 05/06",
    ":72:/BNF/PLS ADVISE BENEFICIARY BY PHONE\n//+44 20 7946 0321",
    ":72:/INS/QXBKDE2HXXX",
    ":79:RE YOUR MT103 REF FT24163XYZ01 DD 11.06.24\nWE HAVE NOT RECEIVED COVER. PLS CHECK AND\nADVISE STATUS ASAP.\nREGARDS, PAYMENT OPERATIONS",
    "/ROC/ORDER 77812//REF ACME-99",
    ":50K:/DE75512108001245126199\nMUELLER + SOEHNE GMBH\nHAUPTSTRASSE 5\n60311 FRANKFURT AM MAIN",
    ":71A:OUR",
    ":77B:/ORDERRES/DE//EXPORT OF MACHINE PARTS",
    "EndToEndId: E2E-20240611-0000471",
    "/RETN/AC04/CLOSED ACCOUNT NUMBER",
    ":72:/REJT/MS03/REASON NOT SPECIFIED\n//BY BENEFICIARY BANK",
    "/BNF/SALARY JUNE 2024 INCL. EXEC BONUS",
    ":70:PAYMENT FOR SELECT GRADE ARABICA\nCONTRACT 24-117 LOT 3",
    "{1:F01QXBKDE2HAXXX0000000000}{2:I103ZEPHFRPPXXXXN}{3:{121:4fd8a1e2-7c3b-4b9e-9a51-2f6d0c8e11aa}}{4:\n:20:FT24163XQ0042\n:23B:CRED\n:32A:240611EUR12500,00\n:50K:/DE75512108001245126199\nMUELLER + SOEHNE GMBH\n:59:/FR7612739000705839201774512\nATELIERS DUPONT SARL\n:70:/INV/F-2024-0457\n:71A:SHA\n-}",
    ":86:166?00SEPA-UEBERWEISUNG?20EREF+E2E-0042?21SVWZ+RE 4471 V. 03.06.?32MUELLER GMBH",
    "/DOCS/ LC NO. 24/LC/0091 - DRAWING 2 OF 3",
    ":23E:PHOB/+4969000012345",
    "<Ustrd>INV 2024-118 &amp; 2024-119</Ustrd>",
    "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>RF71441188000217</Ref></CdtrRefInf></Strd></RmtInf>",
    "<Purp><Cd>SALA</Cd></Purp>",
    "InstrId=INSTR-0611-07 | EndToEndId=NOTPROVIDED | UETR=7b0e2c4a-91d3-4f6a-b8e5-3c2a1d9f0e77",
    "/ACC/FOR FURTHER CREDIT TO A/C 0044718 - J. NOWAK",
    "/FFC/ACME INVESTMENTS FUND II // SUBSCRIPTION",
    "/REC/PAYMENT UNDER GUARANTEE NO. G-2024-112",
    "//INTERMEDIARY: ZEPHFRPP - PLS PAY VIA TARGET2",
    ":72:/CODTYPTR/001",
    ":72:/BNF/RE-SEND OF MT103 DD 10.06 WITH CORRECT\n//ACCOUNT - PLS CANCEL PREVIOUS (OUR REF\n//FT24162ZZ9)",
    ":33B:USD15000,00\n:36:0,9214",
    "ROC: PENSION TOP-UP 06/2024 (EMPLOYER'S SHARE)",
    "Ustrd: Re: \"Vertrag 2024/17\" – Teilzahlung 2/3",
    "ISO: AddtlRmtInf = 'credit note CN-204 applied'",
    ":70:RFB/2024-06-ROYALTIES Q1 // STATEMENT\nATTACHED BY E-MAIL",
    "NARRATIVE: TRADE FINANCE - UNION TEXTILES LTD - B/L NO. QXLU2406118",
    "MT199: PLEASE CONFIRM IF FUNDS WERE CREDITED TO BENEFICIARY.\nUETR 5c1f9a2e-0b7d-4e31-a6c8-d94f2e70b113\nTHANKS AND REGARDS",
    "MT192 REQUEST FOR CANCELLATION - REASON: DUPL (DUPLICATE PAYMENT)",
    "MT196: /ANSW/ WE HAVE DEBITED OUR NOSTRO ON 12.06. FUNDS RETURNED\nUNDER OUR REF RT24164-0031",
    "camt.056 CxlRsnInf/Rsn/Cd = DUPL; AddtlInf: sent twice by client portal",
    "pacs.004 RtrRsnInf: AC01 - incorrect account number (IBAN check digits ok, acct not found)",
    "pacs.008 <InstdAmt Ccy=\"EUR\">1240.50</InstdAmt>",
    "<Cdtr><Nm>Żabka Polska sp. z o.o.</Nm></Cdtr>",
    ":59F:/PL83102010970000740201345811\n1/JAN KOWALSKI\n2/UL. DLUGA 7/12\n3/PL/WARSZAWA",
    ":57A:ZEPHFRPPXXX",
    "BBI: /PHONBEN/ BENEFICIARY'S MOBILE ONLY",
    ":70:DIVIDEND 2023 - NET AFTER 26,375% WHT",
    "SWIFT gpi status ACSC (settled) – tracker shows 2 hops, fees deducted USD 25 (DEG)",
    "Ordering customer field truncated at 35 chars: 'ASSOCIATION DES AMIS DU MUSEE D'ORSA'",
    "MT202COV :50A: missing -> repair queue (RMA ok)",
    "ISO 20022 charset: replaced 'ł' by 'l' and '&' by '+' per CBPR+ rules",
    ":70:/URI/RF71441188000217",
    "Tag 72 '/ACC/' line exceeds 35 chars – split into //continuation",
    "<Dbtr><Nm>O'Reilly &amp; Sons</Nm><PstlAdr><Ctry>IE</Ctry></PstlAdr></Dbtr>",
    ":70:SCHOOL FEES TERM 1 - STUDENT NO. 20931\n//SMITH JOHN",
]

SWIFT_PHRASES = ["SETTLEMENT OF GOODS SHIPPED", "ADVANCE PAYMENT 30 PCT",
                 "FINAL INSTALMENT", "SERVICES RENDERED Q2",
                 "REFUND OF OVERPAYMENT", "CONSULTING FEES MAY",
                 "FREIGHT CHARGES B/L 44718", "RENT WAREHOUSE UNIT 7"]
RETURN_CODES = [("AC01", "INCORRECT ACCOUNT NUMBER"), ("AC04", "CLOSED ACCOUNT NUMBER"),
                ("AC06", "BLOCKED ACCOUNT"), ("AM05", "DUPLICATION"),
                ("BE04", "MISSING CREDITOR ADDRESS"), ("MD07", "END CUSTOMER DECEASED"),
                ("MS02", "NOT SPECIFIED REASON CUSTOMER GENERATED"),
                ("RR04", "REGULATORY REASON")]
BICS = ["QXBKDE2HXXX", "ZEPHFRPPXXX", "LUMEESMMXXX", "HANSPLPWXXX",
        "NORDSESSXXX", "QXBKGB2LXXX", "ALPSCHZZXXX"]


def t_swift(rng):
    k = rng.randrange(5)
    y = rng.choice([2024, 2025])
    if k == 0:
        return (f":70:/INV/{y}-{rng.randrange(1, 9999):04d}/PO {rng.randrange(10, 99)}-"
                f"{rng.choice('ABCDE')}\n//{rng.choice(SWIFT_PHRASES)}")
    if k == 1:
        code, text = rng.choice(RETURN_CODES)
        return f"/RETN/{code}/{text}"
    if k == 2:
        u = rng.getrandbits(128)
        h = f"{u:032x}"
        uetr = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
        return (f"EndToEndId: E2E-{y}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}-"
                f"{rng.randrange(10**7):07d} | UETR={uetr}")
    if k == 3:
        return (f":57A:{rng.choice(BICS)}\n:59:/{rand_iban(rng)}\n"
                f"{rng.choice(COMPANIES).upper().replace('&', '+')}")
    return (f":32A:{y % 100:02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
            f"{rng.choice(['EUR', 'USD', 'GBP', 'CHF', 'PLN'])}"
            f"{rng.randrange(100, 500000)},{rng.randrange(100):02d}")


# --------------------------------------------------------------------------
# 3. dispute-note: card disputes, chargebacks, scams
# --------------------------------------------------------------------------

DISPUTE_NOTE = [
    "Cardholder says item never arrived; merchant's tracking shows 'delivered' to 12 Rue de la Paix – requested POD w/ signature.",
    "CB reason 13.1 (merchandise not received); representment due 15/07; docs = invoice + e-mail thread.",
    "Duplicate charge: 2x £49.99 @ SELECT FITNESS LTD 03/06 14:22 & 14:23 — refund one, keep case open until posted.",
    "ATM claim: cust. says €200 dispensed, €400 debited; EJ shows 'NOTES PRESENTED 200' + 'NOTES TAKEN' -> ATM ops to check cassette balance.",
    "Subscription \"Sleep Cycle Premium\" renewed w/o consent; cust. has screenshot of cancel e-mail dated 02/05.",
    "Merchant replied: \"goods were shipped on 04/06, see attached AWB\"; AWB is for a different address (Leeds vs. Leicester) -> pre-arb.",
    "Fraud (card not present): 7 txns at 'GAMES-STORE*XB' between 02:10 and 02:14, total $693.00; card blocked, new card ordered.",
    "Reason code 4837 — no cardholder authorization; chip & PIN used?? -> no, magstripe fallback; liability shift to acquirer.",
    "Customer disputes £1.20 FX fee — explained 'non-sterling transaction fee' (2.75%) per T&Cs s.7; cust. accepted, close.",
    "Rückbuchung Lastschrift: Mandat MND-0812 wurde laut Kunde nie erteilt; Widerspruch innerhalb 8 Wochen → Erstattung ohne Prüfung.",
    "Contestation : paiement en ligne de 89,90 € chez « Boutique Élégance » non reconnu ; carte opposée le 11/06.",
    "Reclamación: cargo duplicado en gasolinera 0412 (2 x 60,00 €) — solicitado abono.",
    "Reklamacja transakcji kartą: 3 x 129,00 zł w sklepie internetowym; klient twierdzi, że zamówił tylko raz.",
    "Step 1: provisional credit $412.77 (Reg E, 10 business days) -> step 2: investigation; final by 45 days",
    "Cust. says merchant charged a 'restocking fee' of 25% — not disclosed at checkout; screenshot of checkout page attached (no mention).",
    "Airline cancelled flight — refund promised 'within 7 days', now 6 weeks; 13.5 misrepresentation? -> use 13.7 (cancelled services) instead.",
    "Disputed amount < $25 -> auto-write-off per policy DSP-04; no representment.",
    "Descriptor 'PYPL *UNIONSQ' = Union Square Florist (confirmed via merchant lookup) — cust. recognised it, withdraw.",
    "Card-present txn with PIN at 14:02 in Lisbon; cust. says card was in their wallet in Manchester -> possible skimming; ATM 'MB 0091' flagged.",
    "Second chargeback on same txn not allowed — close as 'invalid', inform cust. by letter LTR-DSP-07.",
    "Cust. paid €500 deposit for wedding venue 'Château Belle-Rive'; venue in liquidation. Docs: contract + court notice.",
    "Refund issued by merchant 14/06 (ARN 74412406611880123456789) — cust. sees it as 'pending'; advised 5-7 days.",
    "Recurring txn after cancellation: 'StreamMax' $15.99/mo — cancellation ref #SM-88123 on 01/04; dispute Apr–Jun = $47.97.",
    "Goods damaged: sofa delivered with torn fabric; merchant offers 10% — cust. wants full return; CB 13.3.",
    "Cust. confused by 'MKTP DE*2X4B8' descriptor — walked through order history together; not fraud.",
    "Dispute rejected by scheme: compelling evidence (IP match + device ID + prior undisputed txns). Cust. informed.",
    "Customer statement: \"I didn't authorise this, my son used my card for in-app purchases\" → friendly fraud; advised on parental controls.",
    "Chargeback filed ≤ 120 days from txn date (txn 02/03, filed 28/06) — OK.",
    "Note to self: call merchant back Tue 10:00 (ask for Ms. Dubois, ext. 204) re: refund confirmation",
    "Evidence checklist: [x] receipt [x] cancel email [ ] courier POD [ ] merchant response",
    "Zahlung an \"Ferienhaus Seeblick\" 1.200 € – Unterkunft existiert nicht (Fake-Inserat); Anzeige bei Polizei, Az. 0815/24/001234.",
    "Amount mismatch: receipt shows 45.00, posting shows 450.00 (decimal slip at terminal) — adjustment requested from acquirer.",
    "Kunde behauptet, am Automaten 'Abbruch' gedrückt zu haben, Betrag trotzdem abgebucht – Journal angefordert.",
    "Merchant \"Drop & Go Laundry\" charged $12 twice; one is a pre-auth that drops off after 7 days — explained.",
    "Disputa: el comercio alega que el cliente \"aceptó los términos\"; el cliente nunca recibió confirmación por e-mail.",
    "Pagamento MB Way de 75 € para número errado; pedimos ao banco destinatário a devolução (pedido nº 2024/889).",
    "Timeline:\n03/06 txn\n05/06 cust. contacted merchant\n12/06 no answer\n13/06 dispute opened\n20/06 provisional credit",
    "cust. uploaded 'receipt.jpeg' but it's blank/black — asked to resend as PDF",
    "Pre-arbitration: merchant says 'Exec Lounge Access' was used (QR scan 09:14 FRA T1) — accept liability",
    "ATM at Tesco Express (shared) swallowed card & cash: £300 — 'CASH RETRACTED' in EJ -> refund approved.",
    "APP fraud (authorised push payment): cust. was told to move funds to a 'safe account' by a caller posing as our fraud team; receiving bank contacted within 1h.",
    "Romance scam suspected: 4 transfers to 3 different IBANs (LT, LV, EE) in 10 days; customer insists 'he is real' – safeguarding call booked.",
    "Invoice redirection: supplier's \"new bank details\" e-mail came from @acme-supp1y.co (digit 1!) – CoP said 'no match', customer overrode.",
    "CoP result 'close match' (name 'J Smith' vs 'John Smith') -> customer proceeded; liability per policy section 4.2?",
    "Cust. disputes loan repayment taken twice (DD collected 01/07 and re-presented 05/07 after 'refer to payer')",
    "Visa dispute condition 12.6.1 – duplicate processing",
    "Mastercard 4853 – cardholder dispute (goods/services not provided)",
    "Cust. is angry: 'you let them steal £2k and now you want ME to fill in forms?' – empathised, explained process, fast-tracked",
    "Refund of $0.01 test authorisation from 'VERIFY*CARD' – not a dispute, explained",
    "Late presentment fee ($15) charged to merchant side — not cust.",
    "Kunde sagt: \"Ich war am 03.06. gar nicht in Wien!\" – Karte war laut Kunde in der Schublade; Kartendaten vermutlich bei Online-Shop abgegriffen.",
]

MERCHANTS = ["SELECT FITNESS LTD", "UNION SQ PARKING", "GAMES-STORE*XB",
             "Boutique Élégance", "Drop & Go Laundry", "Café Zürich AG",
             "MKTP DE*7Y2KQ", "Sklep „Pod Lipą”", "EXEC TAXIS 24/7",
             "Ferretería López", "STREAMMAX.COM", "TIENDA ONLINE*ES"]
CB_REASONS = [("13.1", "merchandise not received"), ("13.3", "not as described"),
              ("13.6", "credit not processed"), ("12.6.1", "duplicate processing"),
              ("10.4", "card-absent fraud"), ("4853", "goods/services not provided"),
              ("4837", "no cardholder authorization")]


def t_dispute(rng):
    k = rng.randrange(4)
    cur = rng.choice(["£", "€", "$"])
    amt = money(rng, 5, 900)
    d, m = rng.randrange(1, 29), rng.randrange(1, 13)
    if k == 0:
        code, desc = rng.choice(CB_REASONS)
        return (f"CB reason {code} ({desc}); rep. due {d:02d}/{m:02d}; "
                f"amount {cur}{amt}; merchant '{rng.choice(MERCHANTS)}'")
    if k == 1:
        return (f"Duplicate charge: 2x {cur}{amt} @ {rng.choice(MERCHANTS)} "
                f"{d:02d}/{m:02d} — refund one, case DSP-2024-{rng.randrange(10000):04d}")
    if k == 2:
        return (f"Case DSP-2024-{rng.randrange(10000):04d}: provisional credit {cur}{amt} "
                f"posted {d:02d}/{m:02d}; waiting for merchant's response (due in "
                f"{rng.choice([10, 15, 30, 45])} days)")
    return (f"Cust. doesn't recognise {cur}{amt} at '{rng.choice(MERCHANTS)}' on "
            f"{d:02d}/{m:02d} — card {rng.choice(['blocked', 'not blocked (recognised later)', 'replaced'])}; "
            f"handled by {rng.choice(PEOPLE)}")


# --------------------------------------------------------------------------
# 4. kyc-aml-note
# --------------------------------------------------------------------------

KYC_AML_NOTE = [
    "UBO chain: Alpha Holdings Ltd (CY) -> Beta Invest S.à r.l. (LU) -> 100% of customer; PEP check negative.",
    "Source of funds: sale of flat, Warszawa ul. Złota 44/12 – akt notarialny Rep. A nr 1234/2024 provided.",
    "Possible structuring: 9 cash deposits of €9,500–€9,900 in 11 days across 3 branches -> escalate to MLRO.",
    "Screening hit 'Mohammed Al-Rashid' vs list entry 'AL RASHID, Mohammad' – DOB mismatch (1971 vs 1984) => false positive, discounted.",
    "Address proof: utility bill < 3 months; name on bill = spouse -> requested marriage certificate.",
    "Customer explained the 'UNION' transfers: membership + legal fees to his trade union; docs on file.",
    "EDD: customer is a PEP (former deputy mayor, 2015–2019); SoW = salary + inherited property; senior mgmt sign-off req'd.",
    "Adverse media: article (2019) 'Local builder fined over waste dumping' – same name, different DOB & town -> not our customer.",
    "Periodic review due 30/09; risk rating MEDIUM -> HIGH (cash-intensive business: car wash, 3 sites).",
    "Passport MRZ check ok; expiry 2031-04-02; selfie liveness score 0.97 (> 0.9 threshold)",
    "Company register extract (KRS 0000123456) shows board: A. Nowak (prezes), M. Wiśniewska (członek) — matches onboarding form",
    "Transaktionsmonitoring: Alarm 'Rapid movement of funds' – Eingang 48.000 € aus Zypern, Abgang am selben Tag an Krypto-Börse → Rückfrage beim Kunden.",
    "Vigilance renforcée : client résident fiscal à Monaco, fonds provenant d'une cession d'entreprise (acte de cession fourni).",
    "Debida diligencia: titular real = hermano del cliente; participación 60 % vía sociedad en Panamá – solicitar organigrama.",
    "Nature of business: 'import/export of used cars' to West Africa; high-risk sector — request 3 sample invoices + shipping docs.",
    "SAR filed (internal ref SAR-2024-0312); do NOT tip off customer; account stays open pending consent (DAML).",
    "Customer refused to explain €30k cash — \"it's my savings from under the mattress\" — noted; exit review opened.",
    "Sanctions: counterparty bank in 'ST PETERSBURG' – checked lists; bank not designated, but goods could be dual-use -> trade finance team",
    "ID: Personalausweis, ausgestellt Stadt Köln, gültig bis 08/2029; Video-Ident durchgeführt (Sitzung VID-44718).",
    "Beneficial owners > 25%: none (shares spread across 6 family members @ 16.67% each) -> senior managing official recorded.",
    "Crypto: inbound from exchange (withdrawal ID provided), ~0.8 BTC sold; SoF acceptable.",
    "Name variants: Đorđević / Djordjevic / Dordevic — all linked to same customer id 88123",
    "Trust: 'The Oakwood Family Trust' – trustees J. & R. Oakwood; settlor deceased (2011); beneficiaries = grandchildren",
    "CDD refresh: occupation field was empty; customer says 'retired (ex-exec at a logistics firm)'.",
    "Alert 'High-risk jurisdiction' on txn to 'IR'? no: 'IE' (Ireland) mis-keyed by rules engine; false positive.",
    "Cash-intensive: restaurant 'Pizzeria Da Mario' — weekly deposits £6–8k consistent w/ turnover (accounts 2023: £380k)",
    "Money mule indicators: student account, 14 inbound P2P from unrelated names, immediate ATM withdrawals -> freeze & call.",
    "Customer's employer 'Select Staffing Solutions Ltd' verified via Companies House (no. 09876543)",
    "KYC doc list:\n- passport (certified copy)\n- proof of address (bank stmt 05/2024)\n- SoF: payslips x3\n- company structure chart",
    "Risk score = 42 (country 10 + product 12 + channel 8 + occupation 12) -> MEDIUM",
    "Correspondent due-diligence questionnaire received; section 'AML programme' all 'Y'; follow-up on Q27 (shell banks).",
    "Name screening: 'José María García-López' — no hits; alias 'Chema' noted",
    "Cust. is 17; guardian consent form signed by mother; limits £500/day",
    "PEP by association: spouse of a member of the Sejm (since 2023) — RCA; EDD applies.",
    "Two customers 'Anna Kowalska' with the same DOB (!), different PESEL — merged profile split, ticket OPS-4471",
    "Geld aus Erbschaft: Erbschein AG München, Az. 6 VI 1234/23; Betrag 212.000 €",
    "Watchlist review: 'Ali Hassan' (very common name) – 143 hits, all discounted on DOB/nationality; tuning request sent to screening team",
    "Ultimate parent listed on a regulated market -> simplified due diligence (SDD) allowed",
    "Unusual pattern: round-amount transfers ($5,000 / $10,000 / $5,000) to a 'consulting' firm in DE; invoices look templated – same font, no VAT id.",
    "Customer's website https://www.example-trading.co.uk/about lists directors not in the register -> query sent.",
    "Tax residency self-cert: US indicia (place of birth: Boston) -> W-9 requested (FATCA)",
    "CRS: tax residences FR & CH; TINs provided (FR: 13 digits, CH: AHV number)",
    "Case closed — no further action (NFA). Reason: funds from documented property sale; see notes 12/06 and 14/06.",
    "Escalated to MLRO: 'grounds for suspicion' — inconsistent explanations (first 'gift', then 'loan', then 'business income').",
    "Nota: il cliente è titolare di un compro-oro (settore a rischio); richiesti registri di carico/scarico.",
    "Opmerking: klant stort wekelijks contant geld (€ 2.000–€ 3.000) afkomstig uit marktkraam; verklaring aannemelijk.",
    "Customer = charity (reg. no. 1188123) operating in conflict areas – screen payees against sanctions on every payment.",
    "Identity verified in branch (Teller 04): original passport seen, copy certified 'original seen' & signed",
    "Trade-based ML typology: invoice value €1.2M for 'used textiles' ~10x market price; hold LC drawing.",
    "Screening 'possible match' on vessel name 'UNION STAR' – different IMO number, cleared.",
    "SoW narrative: 'founded & sold SaaS startup (2016–2022); proceeds $3.4M; rest in ETFs' – docs: SPA extract + broker stmts.",
    "Klient wyjaśnił wpłaty gotówkowe: sprzedaż samochodu (umowa kupna-sprzedaży z 02.06.2024, 38 000 zł) – dokument w aktach.",
]

AML_RULES = ["Rapid movement of funds", "Cash deposits just below threshold",
             "High-risk jurisdiction", "Dormant account reactivated",
             "Many-to-one inbound transfers", "Round-amount wires",
             "ATM withdrawals abroad after large credit"]
AML_OUTCOMES = ["false positive – salary + bonus", "explained by customer (house sale, docs on file)",
                "escalated to MLRO", "RFI sent to customer, due in 14 days",
                "closed – matches known business pattern", "linked to case AML-2024-0312"]


def t_kyc(rng):
    k = rng.randrange(3)
    if k == 0:
        return (f"Alert AML-{rng.randrange(100000):05d} '{rng.choice(AML_RULES)}' – "
                f"{rng.choice(AML_OUTCOMES)}")
    if k == 1:
        lv = ["LOW", "MEDIUM", "HIGH"]
        a, b = rng.sample(lv, 2)
        return (f"Risk rating {a} -> {b} (periodic review {rng.randrange(1, 29):02d}/"
                f"{rng.randrange(1, 13):02d}); reviewer {rng.choice(PEOPLE)}")
    who, reviewer = rng.sample(PEOPLE, 2)
    return (f"Screening hit '{who}' vs list entry — "
            f"{rng.choice(['DOB mismatch', 'different nationality', 'different middle name', 'place of birth differs'])}"
            f" => false positive, discounted by {reviewer}")


# --------------------------------------------------------------------------
# 5. complaint: what customers type into complaint / contact forms
# --------------------------------------------------------------------------

COMPLAINT = [
    "I've been charged a £25 'unarranged overdraft' fee TWICE this month!!! This is the 3rd time I'm calling about it.",
    "Ich habe am 12.06. 500 € überwiesen, das Geld ist nie angekommen. Ihre Hotline sagt 'wir prüfen' – seit drei Wochen!",
    "Votre appli m'a déconnecté au milieu d'un virement et je vois maintenant 2 opérations « en attente » de 300 €. Inadmissible.",
    "¡Me cobraron comisión de mantenimiento aunque cumplo con el saldo mínimo! Exijo la devolución inmediata.",
    "Dlaczego przelew ekspresowy trwał 2 dni?? Zapłaciłem 5 zł za „natychmiastowy” przelew.",
    "Your app says \"Error: session expired <code 401>\" every time I try to add a new payee.",
    "When I search my transactions for 'select' nothing shows up, but I paid Select Pharmacy yesterday!",
    "The chatbot told me to \"run the update\" – which update?? I'm already on iOS 17.5",
    "Why does my statement show \"POS 0412 *MERCH & CO*\"? I never shop there.",
    "Waited 47 min on hold, then the line dropped. Called again: 'all our agents are busy'. Unacceptable >:(",
    "You closed my branch (Union St.) and now the nearest one is 14 miles away. I'm 82 and don't drive.",
    "I'm locked out of online banking after 3 wrong passwords; the reset link in the e-mail goes to a 404 page.",
    "Card declined at the supermarket (embarrassing!) although I had £1,200 in my account. Reason given: 'system error'.",
    "My mortgage payment was taken on the 28th instead of the 1st — now my rent bounced & I have a £35 fee from the landlord.",
    "Please stop sending me paper statements; I've ticked 'paperless' 3 times in Settings > Documents > Preferences.",
    "The new app update removed the 'split payment' feature. Bring it back!! 😡",
    "Non riesco ad accedere all'home banking dal 10/06: codice errore E-504. Ho provato da PC e da telefono.",
    "Ik heb € 49,99 twee keer betaald bij de webshop en de bank zegt dat ik het zelf moet oplossen?",
    "O cartão foi bloqueado sem aviso enquanto eu estava de férias em Espanha. Fiquei sem dinheiro durante 2 dias!",
    "Yurt dışı havale ücreti çok yüksek: 100 € gönderdim, 35 € masraf kesildi!",
    "Zamítnutá platba kartou v zahraničí, ačkoliv mám povolené platby mimo EU. Prosím o vysvětlení.",
    "Varför tar det 3 bankdagar för en utlandsbetalning inom EU? Swish tar 3 sekunder...",
    "口座振替が二重に引き落とされています。至急返金してください。",
    "Αφαιρέθηκε προμήθεια 2,50 € για ανάληψη από ATM της ίδιας τράπεζας! Γιατί;",
    "Я отправил перевод 3 дня назад, статус всё ещё «в обработке». Когда деньги поступят?",
    "I was told on the phone \"we'll call you back within 24h\" — that was last Tuesday.",
    "Complaint about the branch manager's tone; he said 'that's not my problem' when I asked about my lost card.",
    "Interest rate on my savings dropped from 4.1% to 3.2% without notice — your T&Cs say 2 months' notice!",
    "Can't upload my payslip: the page says 'file type not allowed (.pdf; .jpg; .png only)' but it IS a .pdf",
    "The 'Exec' account package costs £15/month and I get nothing from it. Cancel & refund 6 months please.",
    "Your letter (ref LTR/2024/0612) says I owe £0.00 and threatens collection?!",
    "The direct debit for my gym was cancelled by YOU, not by me — now they charge me a £20 admin fee.",
    "I entered my IBAN with spaces (GB12 QXBK 1234 5678 9012 34) and the form says 'invalid characters'. Seriously?",
    "Why is the drop-down for countries missing Kosovo? I can't set up a transfer to my family.",
    "The ATM at the train station ate my card at 23:40 on Friday; the branch only opens Monday. What am I supposed to do?",
    "Your fraud team blocked a legit payment to my daughter (£300 for rent) & I spent an hour proving I'm me.",
    "My name is Siobhán Ní Bhriain and your system keeps printing it as 'Siobh?n N? Bhriain' on my card & letters.",
    "The statement PDF is password-protected and the 'password' is my DOB as DDMMYYYY — which nobody told me.",
    "Complaint #2 on the same issue: your reply of 03/06 didn't answer my question about the £4.99 'card replacement' fee.",
    "You said \"funds will be available by 5pm\" — it's 9pm, still nothing. I have to pay the builder tomorrow morning.",
    "Ich möchte mich über die Kontoführungsgebühr beschweren: von 4,90 € auf 9,90 € – ohne vorherige Information!",
    "Je conteste les frais de rejet de prélèvement (20 €) : le prélèvement a été présenté un jour avant la date prévue.",
    "No me dejan abrir una cuenta porque mi NIE empieza por 'Z' y el formulario sólo acepta 'X' o 'Y'.",
    "Nie mogę dodać odbiorcy zdefiniowanego – pole „tytuł” nie przyjmuje znaków ; oraz /",
    "Thx for nothing. 4 emails, 0 replies. I'm taking this to the Financial Ombudsman.",
    "I'm disabled and can't use the card reader – I need an alternative, e.g. app approval or SMS codes.",
    "\"Payment to: John SMITH -- Reference: rent\" — why did it go to a different John Smith??",
    "The exchange rate used (1 EUR = 0,8102 GBP) was much worse than the mid-market rate 0.8461 shown in your own app at 10:02.",
    "My business account was frozen for 'review' – 2 weeks now, I can't pay staff wages on Friday. Please escalate!",
    "Your new login page hangs on 'Loading…' in Firefox; works in Chrome. Please fix, not everyone uses Chrome.",
    "Re: my complaint from 15 May – you promised £50 goodwill & a letter of apology; received neither.",
    "My statement shows the merchant as 'Caf&eacute; Z&uuml;rich<br>' — looks like your system is broken again.",
    "The app's 'Sleep mode' for cards (temporary freeze) didn't work – a payment still went through while it was 'frozen'.",
]

COMPLAINT_OPEN = ["Hi,", "Hello,", "To whom it may concern:", "Dear bank,",
                  "Hi there -", "Good morning,"]
COMPLAINT_ISSUES = [
    ("I was charged {cur}{amt} for a 'card replacement' I never asked for", 3, 15),
    ("my transfer of {cur}{amt} on {d}/{m} still shows as 'pending'", 50, 3000),
    ("the app logs me out every 30 seconds since the update on {d}/{m}", 1, 2),
    ("your ATM at {place} gave me {cur}{short} less than I asked for", 1, 2),
    ("I've been waiting {n} days for my new card", 1, 2),
    ("my standing order to {payee} (ref '{ref}') was not paid this month", 1, 2),
    ("you took a {cur}{amt} 'returned item' fee although the money was there", 5, 40),
]
COMPLAINT_CLOSE = ["Please sort this out ASAP.", "Not impressed!!", "Thanks in advance.",
                   "This is the {n}th time I'm writing.", "Regards", "— a very disappointed customer",
                   "Can someone PLEASE call me back?"]
PLACES = ["Union Street", "the station", "the airport (T2)", "Tesco Express",
          "the shopping centre", "High St."]


def t_complaint(rng):
    tpl, lo, hi = rng.choice(COMPLAINT_ISSUES)
    fill = dict(cur=rng.choice(["£", "€", "$"]), amt=money(rng, lo, hi),
                d=rng.randrange(1, 29), m=rng.randrange(1, 13),
                place=rng.choice(PLACES), payee=rng.choice(PAYEES),
                n=rng.randrange(4, 15), ref=rng.choice(REF_WORDS),
                short=rng.choice([10, 20, 50, 100]))
    body = tpl.format(**fill)
    close = rng.choice(COMPLAINT_CLOSE).format(**fill)
    return f"{rng.choice(COMPLAINT_OPEN)} {body}. {close}"


# --------------------------------------------------------------------------
# 6. loan-memo
# --------------------------------------------------------------------------

LOAN_MEMO = [
    "DSCR 1.32x (NOI $412k / debt service $312k); LTV 68% on appraisal of $2.1M — recommend approval with covenant DSCR >= 1.25x tested annually.",
    "Income: base £48k + bonus (avg. 2 yrs) = £53.5k; DTI 31% < 36% limit; affordability stress @ rate+3% passes.",
    "Collateral: 1st lien on 45 Union Ave; title search clean except utility easement — acceptable.",
    "Kreditantrag: selbstständig seit 2019, BWA 12/2023 + Summen- und Saldenliste liegen vor; SCHUFA-Score 97,8 %.",
    "CREDIT MEMO – Bakery 'Le Fournil' SARL\nRequest: €180k equipment loan (ovens), 7 yrs\nCash flow: EBITDA 2023 €96k; existing debt €40k\nRisks: single site; owner key-person\nMitigants: 60% state guarantee; personal guarantee capped at €50k\nRecommendation: APPROVE",
    "Exception: LTV 92% > 90% policy max — mitigant: mortgage insurance + strong savings history; needs 2nd signature.",
    "Borrower's explanation for late payments in 2022: job loss (Mar–Jul) — employed again since 08/2022 (payslips ok).",
    "Covenant breach Q1: leverage 3.8x vs max 3.5x — waiver fee 0.25%; reset to 4.0x for 2 quarters; monthly reporting.",
    "Rate: SOFR + 2.25% (floor 0%); fees: arrangement 1%, commitment 0.5% on undrawn",
    "Pricing: RAROC 14.2% > hurdle 12% ✔",
    "Rating: PD 1.8% (internal grade 5-), LGD 35% (secured), EL = 0.63%",
    "Solicitud de hipoteca – tasación 245.000 €, importe 196.000 € (80 %), plazo 30 años, tipo fijo 3,15 %; DTI 29 %.",
    "Wniosek kredytowy: dochód netto 9.800 zł/mies., zobowiązania 1.200 zł; DSTI 34 % — w normie (limit 40 %).",
    "Note: name on payslips 'Jon Smyth' vs ID 'Jonathan Smyth' — same person (HR letter on file).",
    "Two valuations: 1st $510k, 2nd $455k -> use lower; LTV recalculated 79.1% -> still < 80%, no PMI.",
    "Drawdown schedule (construction):\n1) foundations 20%\n2) frame & roof 30%\n3) first fix 20%\n4) completion 30% — each against QS certificate",
    "Customer asked us to 'drop the personal guarantee' — declined; offered a cap at 50% of the facility instead.",
    "Declined: insufficient trading history (< 12 months) & no security; referred to start-up loan scheme.",
    "Bridge loan repaid from sale of 14 Kingsway (completion 21/06); redemption statement issued, balance £0.00; release deeds.",
    "Forbearance: 3-month payment holiday (medical reasons) — approved; interest capitalised; review on 30/09.",
    "Agrarkredit: 120 ha Ackerland, Ackerzahl ~65; Grundschuld 300 T€ an 1. Rangstelle; Saisonalität der Cashflows (Ernte Aug/Sep) beachten.",
    "Memo to credit committee: 'Project Falcon' (buyout) – senior 3.0x, total 4.5x EBITDA; sponsor equity 40%.",
    "Affordability: childcare £1,150/mo not on application — added after bank statement review; still passes at 4.2x income.",
    "Overdraft renewal: limit £25k -> £40k; utilisation avg 65%, peak 98% (Dec) — seasonal retail; approve 12 months.",
    "Borrower runs 'Exec Cars Ltd' (chauffeurs); fleet of 6 vehicles, 2 leased; insurance certificate expires 31/08 -> condition precedent",
    "Rental cover (BTL): £1,100 rent / (£165k × 5.5% stress ÷ 12) = 145% ≥ 125% ✔",
    "Conditions precedent: (a) signed facility letter; (b) board resolution; (c) legal charge registered; (d) insurance noting bank's interest",
    "Accountant says 2023 figures are 'draft – subject to audit'; accept for now, final accounts by 30/09 (condition subsequent).",
    "Gearing 1.9x; interest cover 4.1x; current ratio 1.2 — ok for sector (wholesale food).",
    "Porting: move existing £210k fixed rate (2.19% to 2026) to new property; top-up £40k at current rate 5.09%.",
    "Guarantor: father (retired, pension £2.1k/mo, owns home outright) — independent legal advice certificate required.",
    "Group exposure: 3 companies (common director) -> total £1.45M > branch mandate £1M -> send to regional credit.",
    "Prêt immobilier : apport 15 % (épargne + don familial 20 000 €, acte de don manuel fourni) ; taux d'endettement 33,8 %.",
    "Finanziamento: ipoteca di 1° grado su immobile a Bologna; perizia 320.000 €, LTV 70 %.",
    "Verdict: approve subject to (i) valuation; (ii) 3 months' bank stmts; (iii) confirmation the deposit isn't borrowed.",
    "Student loan deferment – graduate still in training (FY1 doctor) -> threshold not reached; no repayment yet.",
    "Early repayment: customer wants to pay off £12k; ERC 2% = £240 — explained; proceed.",
    "Car finance balloon £8,400 due 07/2025 — cust. intends to refinance or hand the vehicle back.",
    "Loan purpose 'home improvements' — but funds went straight to a crypto exchange => purpose misrepresented? -> refer to fraud/AML.",
    "Interest-only 5 yrs, then amortising; repayment vehicle: sale of investment property (Flat 2, 9 Union Rd) — valuation $380k.",
    "Stress test: rates +200bp -> DSCR 1.08x (< 1.10x) — require a debt service reserve of 6 months.",
    "SBA 7(a) loan $350k; guarantee 75%; use of funds: equipment $200k / working capital $150k",
    "Note: tips received in cash are not verifiable — excluded; only declared salary used.",
    "Credit score 712 / 698 (two bureaus); 1 missed payment 2021 (mobile phone) – isolated, ignore.",
    "Term 25y but borrower is 58 -> term runs past retirement (67); need evidence of pension income.",
    "Restructuring: extend maturity by 24 months, step-up pricing +50bp, cash sweep 50% of excess cash flow",
    "Prepared by: K. Lindqvist (Relationship Manager) / Reviewed by: P. Okafor (Credit) – 11/06/2024",
    "Loan-to-cost 75%, LTGDV 62%; exit via sales (12 units, avg £285k) – 4 reservations with 10% deposits.",
    "Facility agreement clause 22.1(c) (cross-default) triggered? Other lender's overdraft > 30 days overdue -> legal to confirm.",
    "Recommend decline — 3 payday loans in the last 6 months & gambling transactions ~£600/mo on bank stmt.",
    "Collateral eval. pending — desktop valuation ordered 11/06; if value < £300k, LTV > 75% => pricing tier 3",
    "Hypotéka: LTV 80 %, DSTI 38 %, fixace 5 let; příjem ze zaměstnání (potvrzení zaměstnavatele z 05/2024).",
]

LOAN_PURPOSES = ["equipment", "working capital", "home purchase", "refurbishment",
                 "debt consolidation", "car", "solar panels", "shop fit-out"]
LOAN_DECISIONS = ["APPROVE", "APPROVE w/ conditions", "DECLINE", "REFER to credit committee"]


def t_loan(rng):
    k = rng.randrange(3)
    if k == 0:
        dscr = rng.randrange(95, 210) / 100
        ltv = rng.randrange(45, 95)
        dec = "ok" if dscr >= 1.25 and ltv <= 80 else "exception -> 2nd signature"
        return f"DSCR {dscr:.2f}x; LTV {ltv}%; policy: DSCR >= 1.25x & LTV <= 80% => {dec}"
    if k == 1:
        return (f"Application LN-2024-{rng.randrange(100000):05d}: {rng.choice(LOAN_DECISIONS)} – "
                f"{rng.choice(LOAN_PURPOSES)}, £{rng.randrange(5, 900)}k over "
                f"{rng.randrange(2, 30)} yrs; RM {rng.choice(PEOPLE)}")
    inc = rng.randrange(28, 140)
    dti = rng.randrange(18, 48)
    return (f"Income £{inc}k; DTI {dti}% {'<' if dti < 36 else '>='} 36% limit; "
            f"score {rng.randrange(560, 820)}; {'pass' if dti < 36 else 'refer'}")


# --------------------------------------------------------------------------
# 7. branch-cash: cash counts, tellers, ATMs, vault
# --------------------------------------------------------------------------

BRANCH_CASH = [
    "Vault count 17:45: £52,340.00 — diff -£20 (1x £20 note short) vs system; recount w/ J.P. => confirmed; incident BR-0612.",
    "ATM 2 replenished: cass. 1 = 2000 x £20, cass. 2 = 1500 x £10; reject bin 14 notes; purge bin emptied.",
    "Kassendifferenz +50,00 EUR (Schalter 3) – vermutlich Wechselgeldfehler; Protokoll an Filialleitung.",
    "Teller 04 over $100 — found a $100 bill stuck behind the drawer tray; balanced after.",
    "Coin order for Sat market: 10 rolls 1 € / 20 rolls 0,50 € / 5 rolls 2 € <urgent>",
    "Night safe bag #44718 — seal intact; slip says $3,412.75; counted $3,402.75 => short $10; customer notified.",
    "Dual control: key holders A. Nowak & M. Fischer; combination changed 01/07.",
    "Counterfeit: 1x €50 (no hologram, feels 'waxy') retained; receipt given to customer; police ref 24/4471.",
    "End of day: drawer 2 balanced; drawer 5 short £5.00 (coin error?) – logged in short/over register.",
    "CIT pickup 16:10 — 3 bags, seals 0081923/24/25; driver ID checked against the list.",
    "Recount of ATM 7 deposit module: 214 notes accepted, 3 suspect (category 3) -> sent to cash centre.",
    "Wechselgeld für Kd. 'Bäckerei Hoffmann': 200 x 2 € / 100 x 1 € – gegen Scheine getauscht.",
    "Dépôt d'espèces commerçant : 1 280,00 € (billets) + 43,60 € (pièces) ; bordereau n° 77812.",
    "Arqueo de caja: diferencia de 10 € a favor; se contó dos veces con la supervisora (María R.).",
    "Różnica kasowa -20 zł (kasa 2) – zgłoszone do kierownika oddziału; raport RK/2024/06/11.",
    "Safe deposit box #118 — access by joint holders (Mr & Mrs Patel), both IDs checked, 10:05–10:20.",
    "Large cash withdrawal £9,000 pre-ordered (3 days' notice); purpose asked: 'buying a car' – noted.",
    "Alarm test Mon 07:55 (code 'TEST-04'), monitoring centre confirmed; no issues.",
    "Cash limit exceeded at teller 3 (> £10k) → £6k transferred to vault (dual signature A.N./M.F.)",
    "Mutilated notes: 2x £20 (chewed by the dog 🐕) – claim form completed, sent for assessment.",
    "Coin machine jammed at 14:12; €2 coin stuck; technician ticket INC-88123; 'out of order' sign placed.",
    "Branch closes 12:00 on 24/12 – plan: vault count 12:30, CIT pickup 13:00.",
    "Foreign cash: sold USD 500 @ 1.2640, bought EUR 320 @ 1.1520; FX till balanced.",
    "Cheque deposit: 3 cheques (total $4,810.22); one post-dated (15/07) — returned to customer.",
    "Customer paid in a jar of coins (£87.45 after counting; machine rejected 12 foreign coins – returned).",
    "Teller drawer #03 opening float: £1,500 (notes £1,300 / coin £200) – verified by supervisor.",
    "Robbery drill done 10:30; all staff aware of the 'code word' procedure; next drill Q4.",
    "Kassenbestand Tresor lt. Zählung: 84.315,00 €; lt. System: 84.315,00 € — Differenz 0,00 € ✔",
    "Short $20 in drawer 1 — traced to double dispense in the teller cash recycler, log line 'DISP 2x20'.",
    "ATM 3 'cash low' alert at 11:02 — emergency replenishment requested (Saturday footfall).",
    "Note sorter calibrated for the new polymer £50 by the vendor; certificate on file.",
    "Ones & fives strapped in 100s; twenties in 50s; bands initialled & dated.",
    "Signature on withdrawal slip differs slightly from specimen (elderly customer, tremor) → second ID accepted.",
    "Cash advance on credit card €600, passport checked, auth code 0A17B2.",
    "Deposit bag for 'Union Street Deli' had no slip -> counted under dual control, credited £1,212.30, slip to follow.",
    "Cassette swap ATM 1 at 09:00: removed cassettes counted £18,420 vs. EJ remaining £18,440 -> £20 diff, query raised with CIT.",
    "Customer wanted €15,000 in €500 notes – no longer issued; offered €200s.",
    "Lost key (drawer 6) — lock replaced, old key reported; cost centre 4410.",
    "TCR end-of-day balance report printed & signed; variances: 0",
    "Closed: vault time-lock set 18:00 -> 07:30; alarm armed 18:07 by M.F.",
    "1p & 2p bags (£1 each) weight check – 2 bags underweight by 3g, recounted ok",
    "Change order for Saturday: 20 x £1 rolls, 10 x 50p, 10 x 20p; £2 fee per order (business tariff).",
    "Self-service deposit machine rejected 4 notes as 'unfit' — customer given receipt NR-0611-04.",
    "Pénurie de billets de 20 € au DAB n° 2 : chargement en 50 € uniquement jusqu'au réapprovisionnement de lundi.",
    "Cash sent to cash centre: £120,000 (excess) – manifest #CC-2024-0611-03",
    "ATM EJ excerpt: '11/06 14:02:11 CARD INSERTED / PIN OK / AMOUNT 200.00 / NOTES PRESENTED / NOTES TAKEN'",
    "Daily limit override for customer (funeral costs) — £5,000, approved by BM; note: 'one-off'.",
    "Teller 2 cash count at handover: 'all good' — signed by both (K.L. & S.O.)",
    "Found property: wallet left at counter 3 (no cash, 2 cards) – logged & stored in safe; customer collected 15:40.",
    "Cash forecast next week: +15% (pension day Thursday & market day Saturday)",
    "Kasa 1: stan na koniec dnia 23 410,50 zł; nadwyżka 0,50 zł (moneta) – zaksięgowano na konto przejściowe.",
]

DENOMS = {"£": ["£10", "£20", "£50"], "€": ["€10", "€20", "€50"], "$": ["$20", "$50", "$100"]}


def t_branch(rng):
    k = rng.randrange(3)
    cur = rng.choice(["£", "€", "$"])
    if k == 0:
        diff = rng.choice([0, 0, 5, -5, 10, -10, 20, -20, 50])
        sign = "+" if diff > 0 else ("-" if diff < 0 else "±")
        a, b = rng.sample(PEOPLE, 2)
        return (f"Vault count {rng.randrange(15, 19)}:{rng.randrange(60):02d}: "
                f"{cur}{money(rng, 20000, 150000)} — diff {sign}{cur}{abs(diff)}; "
                f"counted by {a} & {b}")
    if k == 1:
        d1, d2 = rng.sample(DENOMS[cur], 2)
        return (f"ATM {rng.randrange(1, 9)} replenished: cass. 1 = {rng.randrange(5, 25) * 100} x "
                f"{d1}, cass. 2 = {rng.randrange(5, 25) * 100} x {d2}; "
                f"rejects {rng.randrange(0, 30)} notes")
    amt = rng.choice(["5.00", "10.00", "20.00", "0.50", "100.00", "2.00"])
    return (f"Drawer {rng.randrange(1, 9):02d} {rng.choice(['over', 'short'])} {cur}{amt} – "
            f"{rng.choice(['recounted, confirmed', 'coin miscount', 'found under tray', 'cheque keyed twice', 'unresolved, logged'])}")


# --------------------------------------------------------------------------
# 8. recon-gl: reconciliation comments and GL account descriptions
# --------------------------------------------------------------------------

RECON_GL = [
    "GL 1410-200 'Suspense – unmatched SEPA credits': 14 items aged > 30d; clear by EOM.",
    "Nostro USD: break $1,250.00 = charges deducted (OUR vs SHA) -> book to GL 6120 'Correspondent fees'.",
    "Auto-match failed: amount '1.240,50' vs '1240.50' (decimal format); matched manually.",
    "Accrued interest payable – term deposits > 1y",
    "Reversal of JE-2024-06-0412 (posted to cost centre 4410 instead of 4401).",
    "FX reval: EUR/PLN 4.3125 → 4.2987; P&L impact −12.408,33 PLN",
    "Dr 2100 Customer deposits / Cr 1010 Cash in vault — teller short/over adj.",
    "Interco recon: entity 100 (UK) vs 200 (DE) diff €0.01 — rounding on 3 invoices; write-off < €1 threshold.",
    "Unreconciled: 'INCOMING SWIFT FT24163XQ0042' $15,000 – no matching payment order; asked ops (ticket RECON-8812).",
    "Bank rec: stmt bal. 148,220.17; book bal. 146,970.17; outstanding cheques 1,250.00 (#1041, #1043) => reconciled.",
    "Clearing account 1550 'Card settlement Visa' – T+1 timing diff, expected; no action.",
    "GL mapping change: 6120 -> 6125 for 'SWIFT gpi fees' from 01/07 (per Finance memo FIN-24-17).",
    "Suspense GL 1999 must be zero at month-end; current: -3,412.60 (two unposted reversals)",
    "Hinweis: Buchung auf Konto 4800 'Sonstige betriebliche Erträge' storniert – richtig: 4830 'Erträge aus Auflösung von Rückstellungen'.",
    "Rapprochement : écart de 0,37 € sur le compte 512100 (frais bancaires non comptabilisés) — passer une OD.",
    "Conciliación: partida abierta de 45,20 € desde 03/2024, origen desconocido — propuesta de regularización a resultados.",
    "Uzgodnienie sald: konto 201-3 (rozrachunki z odbiorcami) vs. ewidencja – różnica 0,02 zł (zaokrąglenia).",
    "Recon rule #17: match on (amount, value date ±2d, ref contains E2E id) — false positives when ref = 'NOTPROVIDED'",
    "Many-to-one match (3 DDs -> 1 bulk credit): total 3,000.00 = 1,000.00 × 3 ✔",
    "Nostro EUR: MT940 for 11/06 missing (received 12/06 08:14); recon delayed, no breaks.",
    "GL 2300 'Accrued expenses – audit fees': accrual £45k, invoice £47.5k; true-up £2.5k in June.",
    "Cash – ATM network – in transit (CIT)",
    "Loans & advances – retail mortgages – Stage 2 (IFRS 9)",
    "Provision for expected credit losses — SME portfolio",
    "Deferred income – arrangement fees (EIR method)",
    "Suspense – returned payments (pacs.004) awaiting customer instruction",
    "Due to banks — vostro accounts (EUR)",
    "Sub-ledger vs GL: loans SL 1,204,339,812.44 vs GL 1,204,339,912.44 (diff 100.00 – manual JE not in SL)",
    "Reclass: 'Select Staffing' invoices coded to 6400 (IT) -> should be 6200 (temp staff).",
    "Ageing: 0–30d: 212 items | 31–60d: 18 | 61–90d: 4 | >90d: 1 (escalated)",
    "Break explanation: value date 30/06 (Sun) -> posted 01/07 by correspondent; timing only.",
    "Manual JE > £50k needs 4 eyes: preparer P.O., approver K.L. ✔",
    "Mastercard fee invoice ≠ accrual (diff $312.08) — FX on EUR-denominated fees.",
    "The 'Drop' column in the recon report is for items dropped from matching (e.g. reversed pairs) – they are not deleted.",
    "Unclaimed balances GL 2910 vs dormant accounts list: 1,314 accounts, £212,004.81 — agrees ✔",
    "Holiday calendar: 'Whit Monday' missing for DE -> 14 false breaks on 20/05; calendar fixed.",
    "Fixed asset: ATM capitalised £18,500; depreciation 5 yrs straight-line; asset tag FA-0091.",
    "Note /* temp */ on GL 1999 line 3 is a placeholder from the migration — remove after cut-over.",
    "Journal narrative: 'Q2 bonus accrual – execs & staff (per HR file 2024-Q2-BON)'",
    "Trial balance out by 0.10 — rounding in FX revaluation of 3 accounts; posted to 7990 'Rounding differences'",
    "Recon status: GREEN (0 breaks) | AMBER (1–5 or < £1k) | RED (> 5 or >= £1k)",
    "Name mismatch 'O'Reilly & Sons' vs 'O Reilly and Sons' – fuzzy score 0.91 -> matched",
    "Inter-branch account 1700 should net to zero; branch 044 shows +£600 (cash transfer not receipted by 051).",
    "camt.053 import: 2 entries without 'BookgDt' -> defaulted to 'ValDt'; check with vendor.",
    "Year-end: close P&L accounts to retained earnings (GL 3100); run 'YE-CLOSE' after 31/12 EOD.",
    "Konto 1590 'Durchlaufende Posten' — Saldo 0,00 € zum 30.06. ✔",
    "Cash GL 1010 vs vault counts: 48 branches, 1 variance (branch 044, £20) – see incident BR-0612",
    "Negative balance on a credit-only GL (2200) — Dr/Cr columns swapped in the upload template",
    "BEN charges taken by intermediary – customer received €9,975 instead of €10,000; complaint likely.",
    "GL rename: 'Misc. income' -> 'Other operating income – fee rebates' (old name too vague for the auditors)",
    "Partita sospesa su conto 18.05.02 'Bonifici in entrata da abbinare' – 3 voci, totale 2.140,00 €; sollecitato ufficio estero.",
    "Pulled the open items with the report filter 'status = OPEN and age > 30' — 19 rows, list attached.",
]

GL_DESCS = ["Suspense – unmatched SEPA credits", "Correspondent fees",
            "Cash in vault", "Card settlement – Mastercard",
            "Accrued interest receivable – mortgages", "Clearing – CHAPS outbound",
            "Deferred fee income", "Provisions – litigation", "Nostro – USD"]
RECON_ACTIONS = ["clear by EOM", "escalated to ops", "timing only, no action",
                 "write-off requested (< threshold)", "awaiting correspondent statement",
                 "JE raised, pending approval"]


def t_recon(rng):
    k = rng.randrange(3)
    acct = rng.choice([1010, 1410, 1550, 1700, 1999, 2100, 2300, 6120, 7990])
    if k == 0:
        return (f"GL {acct}-{rng.randrange(100, 999)} '{rng.choice(GL_DESCS)}': "
                f"{rng.randrange(1, 60)} items aged > {rng.choice([5, 10, 30, 60, 90])}d; "
                f"{rng.choice(RECON_ACTIONS)}")
    if k == 1:
        cur = rng.choice(["$", "€", "£", "CHF "])
        return (f"Break {cur}{money(rng, 1, 50000)} on GL {acct}: "
                f"{rng.choice(['value date mismatch', 'charges deducted', 'duplicate posting', 'FX rounding', 'missing statement line'])}"
                f" -> {rng.choice(RECON_ACTIONS)}")
    return (f"JE-2024-{rng.randrange(1, 13):02d}-{rng.randrange(10000):04d}: Dr {acct} / Cr "
            f"{rng.choice([1010, 2100, 2910, 3100, 4800])} {money(rng, 10, 90000)} – "
            f"'{rng.choice(GL_DESCS)}'")


# --------------------------------------------------------------------------
# 9. batch-file: file names, paths, job notes, formats
# --------------------------------------------------------------------------

BATCH_FILE = [
    "/data/inbound/sepa/2024/06/11/pain.001.001.03_ACME_20240611_0930.xml",
    r"C:\Bankfiles\Export\MT940\KONTOAUSZUG_20240611.sta",
    r"\\fs01\treasury$\recon\nostro\USD\2024-06.xlsx",
    "moved the rejected file to ../archive/2024/Q2/ach_return_R03_0612.txt (keep 7 yrs)",
    "BAI2 file rejected: record 16 (continuation) missing — file ops_bai_0611.txt",
    "job EOD_POSTING_02 failed at step 'select_pending' (rc=8); rerun after 22:30",
    "cron: 30 2 * * 1-5 /opt/batch/bin/run_eod.sh --region=EU",
    "ach_20240611_PPD_batch#3.ach (Company ID 1234567890, SEC=PPD)",
    "NACHA: File ID Modifier = 'B' (2nd file today)",
    "BACS submission serial 004712 — processing date 13/06/24 — 1,204 items / £812,330.55",
    "sftp://files.bank.example/outbound/camt053/ — polling every 15 min",
    "Dateiname früher DTAUS0.TXT, seit SEPA pain.008.001.02 (Lastschriften): LS_20240611.xml",
    "Fichier de virements : /echanges/sortant/VIR_SEPA_20240611_01.xml (3 412 opérations)",
    r"Fichero de remesas: C:\Remesas\N19_20240611.txt — formato cuaderno 19.14",
    "Plik z wyciągami: /import/elixir/2024-06-11/WYCIAGI_0611.txt (format Elixir-0)",
    "file pattern: STMT_*_{yyyyMMdd}.csv  (e.g. STMT_GB_20240611.csv)",
    "output dir: /var/spool/bank/out/${REGION}/  — REGION comes from the job env (EU|UK|US)",
    "Input file has a BOM (EF BB BF) -> parser fails at byte 0; strip BOM and resubmit",
    "pain.002 status 'RJCT' for PAIN001_20240611_0002.xml: group status reason FF01 (invalid file format)",
    "sha256 of settlement_20240611.zip = 9c1e…44af (matches partner's value)",
    "Rerun procedure: 1) hold queue RECON_IN 2) rename *.done -> *.xml 3) release queue",
    "Job chain 'EOD_UK' → 'GL_EXTRACT' → 'REG_REPORT'; dependency on 'FX_RATES' at 18:05",
    "/home/batch/logs/eod_20240611.log shows 'WARN: 3 records skipped (invalid IBAN)'",
    "Export uses '|' as delimiter (legacy), e.g. 4471|GB12QXBK12345678901234|1240.50|EUR",
    "Please send files to /incoming/ not /incoming/tmp/ – tmp is purged at 03:00",
    "Archive: /mnt/archive/swift/2024/06/*.fin (retention 10 years, WORM)",
    "MT103 -> pacs.008 mapping file mapping_v3.2.xlsx (sheet 'Fields 50-59')",
    "File 'payroll_june (final) (2).csv' rejected — spaces & parentheses not allowed; rename to payroll_june_final_2.csv",
    r"Backup share: \\bkp-nas02\Backups\CoreBanking\Daily\2024-06-11\ (robocopy /MIR nightly)",
    "Zip contains nested folder 'export/2024/06/' plus __MACOSX/ junk — please send a flat zip.",
    "DD collection file for 28/06 must be submitted by 27/06 17:00 (D-1 cut-off)",
    "Positive pay file: CHK_ISSUE_20240611.txt (fixed width 80, record type 'I' = issued, 'V' = void)",
    "Error in line 2041: unexpected ';' in field 'name' (\"Smith; John\") -> quote the field per RFC 4180",
    "Encoding: files must be UTF-8 (no ISO-8859-1) — 'Müller' arrived as 'MÃ¼ller'",
    "Job parameters: --as-of=2024-06-11 --dry-run=false --limit=5000",
    "MFT route 'CORP_ACME_IN' → /landing/acme/ → virus scan → /ready/acme/",
    "PGP: files must be encrypted with our key 0x1A2B3C4D (fingerprint in onboarding pack) & signed",
    "Filename convention: <CLIENTID>_<FILETYPE>_<YYYYMMDD>_<SEQ>.xml e.g. 004471_PAIN001_20240611_01.xml",
    "The 03:15 run of 'interest_accrual' took 2h10m (normally 25m) — lock on table 'accounts'? raised INC-90211",
    r"Message partner 'FILE_IN' directory E:\SAA\Emission\ — files *.rje",
    "Lockbox file LBX_0611_01.dat: 412 payments, 3 exceptions (no invoice # on stub)",
    "Retry policy: 3 attempts, backoff 5/15/60 min; after that alert ops-payments@bank.example",
    "Statement run for 'select' customers (premium segment only) moved to the 1st business day",
    "Regulatory report: /reports/out/FINREP_F01.01_2024Q2.xbrl -> upload to portal by 12/08",
    "Cut-offs: SCT 15:30 | SCT Inst 24/7 | TARGET2 17:00 | CHAPS 17:40 | Fedwire 18:00 ET",
    "Header 'Date;Description;Amount' arrives as 'Datum;Verwendungszweck;Betrag' for DE customers – map per locale",
    "batch_0611.zip: 4 files; README.txt inside says totals = 12,345.67",
    "Record layout example:\n01;20240611;GB12QXBK12345678901234;EUR;1240,50;INV 2024/118\n99;000001;1240,50",
    "Mastercard IPM clearing file arrives 04:00 UTC in /clearing/mc/in/",
    "EBICS upload (order type CCT) failed: 'EBICS_AUTHORISATION_FAILED' — user lacks signature class 'E'",
    "Housekeeping job HK_07 deletes temp files older than 30 days in /tmp/recon_work/",
    "SFTP login for user 'batch_eu' fails with 'Permission denied (publickey,password)' – account locked after passwd expiry; reset by ops (INC-90377)",
    r"Import folder for the Polish subsidiary: D:\Import\PL\Elixir\2024\06\ (files *.pli)",
]

FILE_TYPES = [("pain.001.001.03", "xml"), ("pain.008.001.02", "xml"),
              ("camt.053.001.02", "xml"), ("MT940", "sta"), ("BAI2", "txt"),
              ("ACH", "ach"), ("BACS", "txt"), ("N43", "txt")]
CLIENTS = ["ACME", "NOWAK", "DUPONT", "LOPEZ", "HOFFMANN", "UNIONDELI", "OREILLY"]
DIRS = ["/data/inbound", "/data/outbound", "/mnt/archive", "/var/spool/bank/in",
        "/srv/mft/landing", r"C:\Bankfiles\Import", r"D:\Treasury\Files"]


def t_batch(rng):
    y = rng.choice([2024, 2025])
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    ft, ext = rng.choice(FILE_TYPES)
    client = rng.choice(CLIENTS)
    base = rng.choice(DIRS)
    name = f"{ft}_{client}_{y}{m:02d}{d:02d}_{rng.randrange(100):02d}.{ext}"
    if "\\" in base:
        path = base + "\\" + f"{y}\\{m:02d}\\" + name
    else:
        path = f"{base}/{ft.split('.')[0].lower()}/{y}/{m:02d}/{d:02d}/{name}"
    k = rng.randrange(3)
    if k == 0:
        return path
    if k == 1:
        return (f"{name}: {rng.randrange(1, 5000)} records, total "
                f"{money(rng, 100, 900000)} — {rng.choice(['OK', 'rejected (checksum)', 'partially accepted', 'duplicate, ignored'])}")
    return f"job {rng.choice(['EOD', 'RECON', 'STMT', 'DD_COLLECT'])}_{rng.randrange(1, 20):02d} picked up {path} at {rng.randrange(24):02d}:{rng.randrange(60):02d}"


# --------------------------------------------------------------------------
# 10. customer-letter: letters and secure messages to customers
# --------------------------------------------------------------------------

CUSTOMER_LETTER = [
    "Dear Mr O'Brien,\n\nFurther to your letter of 3 June, we have refunded the £25.00 fee to your account ending 4471. We're sorry for the inconvenience.\n\nYours sincerely,\nCustomer Relations",
    "Sehr geehrte Frau Müller,\n\nwir bestätigen den Eingang Ihres Widerspruchs vom 12.06.2024 gegen die Lastschrift der Firma „Fitness & Mehr GmbH“. Der Betrag von 39,90 € wurde Ihrem Konto wieder gutgeschrieben.\n\nMit freundlichen Grüßen\nIhre Filiale Köln-Ehrenfeld",
    "Madame, Monsieur,\n\nVotre carte arrive à échéance le 31/07/2024. La nouvelle carte vous sera adressée sous pli séparé ; le code confidentiel reste inchangé.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    "Estimado/a cliente:\n\nA partir del 01/09/2024 la comisión de mantenimiento será de 0 € si domicilia su nómina (mín. 600 €/mes).\n\nAtentamente,\nSu oficina 0412",
    "Szanowny Panie,\n\nuprzejmie informujemy, że wniosek o kredyt gotówkowy nr 2024/06/4471 został rozpatrzony pozytywnie. Umowę można podpisać w oddziale lub w bankowości internetowej.\n\nZ poważaniem\nDział Kredytów",
    "Gentile Cliente,\n\nil bonifico di 1.500,00 € del 10/06 è stato respinto dalla banca del beneficiario (motivo: IBAN inesistente). L'importo è stato riaccreditato sul Suo conto.\n\nCordiali saluti",
    "Geachte heer/mevrouw,\n\nUw klacht (kenmerk KL-2024-0612) is in behandeling. U ontvangt binnen 10 werkdagen een inhoudelijke reactie.\n\nMet vriendelijke groet,\nKlantenservice",
    "Prezado(a) cliente,\n\nO seu pedido de portabilidade de crédito foi concluído. O novo contrato (nº 887123) tem taxa de 1,49% a.m.\n\nAtenciosamente",
    "Dear Customer,\n\nWe'll never ask for your PIN, passwords or one-time codes by phone, text or e-mail. If in doubt, hang up and call the number on the back of your card.\n\nStay safe,\nThe Fraud Prevention Team",
    "Hi Sam, thanks for your message! Your overdraft limit has been raised to £1,000 as requested — it's live now in the app (Accounts > Overdraft).",
    "Dear Ms Kowalski,\n\nRE: Your complaint ref. CMP/2024/0512\n\nWe've investigated the duplicate charge of £49.99 and agree it shouldn't have happened. We've refunded £49.99 plus £25.00 for the trouble caused.\n\nIf you're unhappy with our response, you can refer it to the Financial Ombudsman Service within 6 months.\n\nKind regards,\nComplaints Team",
    "Important: changes to your account terms (effective 01/09/2024)\n- Unarranged overdraft fee: removed\n- International payments: £15 -> £10\n- Paper statements: still free\nFull T&Cs: https://www.bank.example/terms?v=2024-09&lang=en",
    "Your statement is ready. Log in at https://online.bank.example/ > Documents > Statements. (We never send links that ask for your password.)",
    "Dear Mr & Mrs Patel,\n\nThank you for choosing us for your mortgage. Your completion date is confirmed as Friday 21 June. Funds of £212,000.00 will be sent to your solicitor (Smith & Co LLP) by CHAPS that morning.\n\nBest wishes,\nKarin Lindqvist, Mortgage Adviser",
    "Liebe Kundin, lieber Kunde,\n\nab dem 01.10. stellen wir Überweisungen per Papierbeleg ein. Bitte nutzen Sie das Online-Banking oder unsere SB-Terminals. Bei Fragen: 0800 000 00 00 (kostenfrei).",
    "Dear Dr. Nakamura,\n\nPlease find enclosed your annual tax certificate (interest paid: $1,204.33; tax withheld: $0.00). Keep it for your records.\n\nSincerely,\nCustomer Service",
    "Reminder: your fixed-term deposit (12 months @ 4.10%) matures on 15/07/2024. Reply 'RENEW' in Secure Messages or call us before that date; otherwise the funds move to your instant-access savings.",
    "Your card ending 0412 was used for €89.90 at \"Boutique Élégance\". If this wasn't you, reply NO — if it was, reply YES.",
    "Dear Mr Al-Rashid,\n\nAs part of our regular review we need to update the information we hold about you. Please upload a recent proof of address (dated within 3 months) in the app: Profile > Documents > Upload.\n\nThank you,\nKYC Team",
    "Estimada Sra. García:\n\nSentimos las molestias. Hemos anulado la comisión de descubierto (35 €) y corregido el error del sistema que la generó.\n\nUn saludo cordial,\nAtención al Cliente",
    "Dear Customer, our branch at 12 Union Street will close on 30 August. Your nearest branch will be 4 High St. (0.8 miles). Post Office counters can be used for cash & cheque deposits.",
    "Notice of arrears\n\nDear Mr Smyth,\n\nYour loan account 300-88-12 is in arrears by £612.40 (2 payments). Please contact us within 14 days to discuss your options — we're here to help.\n\nIf you're struggling, free independent debt advice is available.",
    "Szanowna Pani,\n\nw odpowiedzi na reklamację z dnia 11.06.2024 informujemy, że transakcja kartą na kwotę 129,00 zł została uznana za nieautoryzowaną. Środki zwrócono na rachunek.\n\nZ wyrazami szacunku",
    "Dear Siobhán,\n\nWe're sorry your name was printed incorrectly. Our systems now support accented characters (á, é, í, ó, ú) and a new card is on its way.\n\nBest,\nCustomer Care",
    "This is an automated message: your password was changed on 11/06/2024 at 21:14 (device: 'iPhone'). If this wasn't you, call 0345 000 0000 now.",
    "Dear Treasurer,\n\nThe account of the Chess & Go Club \"The Rook's Nest\" has been switched to our Community tariff (no monthly fee). Two signatures are still required for payments > £500.\n\nKind regards",
    "Lieber Herr Weiß,\n\nanbei erhalten Sie Ihre Zuwendungsbestätigung über 150,00 € für die Tafel e.V. – bitte bewahren Sie diese für Ihre Steuererklärung auf.",
    "Madame Dupont,\n\nSuite à notre entretien du 11 juin, vous trouverez ci-joint l'offre de prêt immobilier (taux fixe 3,45 %, durée 25 ans). Le délai de réflexion légal est de 10 jours : vous ne pourrez l'accepter qu'à compter du 22 juin.",
    "Dear Customer,\n\nThe exchange rate for your payment of USD 2,000.00 was 1.2640 (GBP 1,582.28) plus a fee of £10.00. Total debited: £1,592.28.\n\nPayments Team",
    "Dear Mrs Okafor, we can confirm the Lasting Power of Attorney for your mother is now registered on her accounts; you can operate them as 'attorney'. Please bring ID when visiting.",
    "Subject: Your appointment on Tue 18 June, 10:30 — branch Kraków, ul. Floriańska — please bring: ID + last 3 payslips",
    "Sehr geehrte Damen und Herren,\n\nhiermit kündigen wir das Geschäftskonto DE75 5121 0800 1245 1261 99 zum 30.09.2024 gemäß Nr. 19 unserer AGB. Bitte veranlassen Sie die Umstellung Ihrer Zahlungspartner.",
    "Dear Sir/Madam,\n\nWe are unable to process the cheque for $1,250.00 because the words and figures differ (\"one thousand two hundred\" vs \"1,250.00\"). Please issue a new cheque.",
    "Hi Anna, we've received your documents (passport + utility bill) – all good ✔ Your account is fully open; your debit card should arrive in 3–5 working days.",
    "Dear Mr Lindqvist,\n\nYour request to close account ****4471 is complete. The closing balance of SEK 3 412,50 has been transferred to your account at the other bank.\n\nWith best regards",
    "Estimado cliente: su solicitud de aumento de límite de la tarjeta (de 1.500 € a 3.000 €) ha sido denegada en esta ocasión. Podrá volver a solicitarlo dentro de 6 meses.",
    "Caro Sig. Rossi, La informiamo che dal 1° luglio il canone mensile del conto \"Select\" sarà di 3,00 € (prima 5,00 €).",
    "Vážený pane Nováku,\n\nVaše žádost o změnu limitu platební karty byla vyřízena. Nový denní limit: 50 000 Kč.\n\nS pozdravem",
    "Sayın Müşterimiz, 12.06.2024 tarihli havale talimatınız işleme alınmıştır. Referans: TR-2024-88123.",
    "尊敬的客户：您尾号4471的账户于2024年6月11日收到汇款 EUR 1,240.50，详情请登录网上银行查询。",
    "お客様各位\n\n6月15日(土) 02:00～06:00 はシステムメンテナンスのため、インターネットバンキングをご利用いただけません。ご理解のほどよろしくお願いいたします。",
    "Dear Customer,\n\nWe've noticed you're often close to your overdraft limit. Our free budgeting tool (Insights > Budget) can help — or talk to us on 0800 000 0000 (Mon–Fri 8am–8pm).",
    "RE: Mr John Alan Evans (deceased)\n\nDear Mrs Evans,\n\nPlease accept our condolences. To release the funds (£8,412.15) we need the death certificate (original or certified copy) and either the grant of probate or a signed indemnity if the total is < £50,000.",
    "Dear Mx Taylor,\n\nYour title has been updated as requested. Future letters will be addressed to 'Mx J. Taylor'.",
    "Your direct debit to \"SELECT GYMS LTD\" (ref MND-0812) was cancelled as requested on 11/06. Any future collections will be returned unpaid.",
    "Dear customer, your account moves to our new platform on 20–21 July. Your account number & sort code don't change; standing orders & direct debits move automatically.",
    "Bonjour M. Nguyễn,\n\nNous avons bien reçu votre RIB. Le virement de 2 450,00 € (remboursement du trop-perçu) sera exécuté sous 48 h.\n\nCordialement,\nService Clients",
    "Drogi Kliencie, od 1 lipca przelewy natychmiastowe (Express Elixir) do 100 zł są bezpłatne. Szczegóły: https://www.bank.example/pl/oplaty?typ=przelewy&rok=2024",
]

TITLES = [("Dear Mr", "Kind regards"), ("Dear Ms", "Yours sincerely"),
          ("Dear Mrs", "Best wishes"), ("Dear Dr", "Kind regards"),
          ("Dear Mx", "Yours sincerely")]
SURNAMES = ["O'Brien", "Müller", "Dupont", "García", "Kowalski", "Patel",
            "Weiß", "Nowak", "Lindqvist", "Okafor", "Ní Bhriain", "Đorđević",
            "Nakamura", "Al-Rashid"]
LETTER_BODIES = [
    ("We have refunded {cur}{amt} to your account ending {last4}. It should show within 2 working days.", 5, 400),
    ("Your standing order of {cur}{amt} (ref '{ref}') has been amended as requested, starting {d:02d}/{m:02d}.", 10, 1500),
    ("We received your payment of {cur}{amt} on {d:02d}/{m:02d}. Your loan balance is now {cur}0.00 — thank you!", 200, 9000),
    ("Your new IBAN is {ib}. Please give it to your employer & anyone who pays you.", 1, 2),
    ("Your complaint (ref CMP/2024/{n:04d}) has been resolved; we've credited {cur}{amt} as a goodwill gesture.", 10, 150),
]


def t_letter(rng):
    title, close = rng.choice(TITLES)
    tpl, lo, hi = rng.choice(LETTER_BODIES)
    fill = dict(cur=rng.choice(["£", "€", "$"]), amt=money(rng, lo, hi),
                last4=f"{rng.randrange(10000):04d}", ref=rng.choice(REF_WORDS),
                d=rng.randrange(1, 29), m=rng.randrange(1, 13),
                ib=grouped(rand_iban(rng)), n=rng.randrange(10000))
    body = tpl.format(**fill)
    return f"{title} {rng.choice(SURNAMES)},\n\n{body}\n\n{close},\n{rng.choice(PEOPLE)}"


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

CATEGORIES = [
    ("payment-ref", PAYMENT_REF, t_payment_ref),
    ("swift-narrative", SWIFT_NARRATIVE, t_swift),
    ("dispute-note", DISPUTE_NOTE, t_dispute),
    ("kyc-aml-note", KYC_AML_NOTE, t_kyc),
    ("complaint", COMPLAINT, t_complaint),
    ("loan-memo", LOAN_MEMO, t_loan),
    ("branch-cash", BRANCH_CASH, t_branch),
    ("recon-gl", RECON_GL, t_recon),
    ("batch-file", BATCH_FILE, t_batch),
    ("customer-letter", CUSTOMER_LETTER, t_letter),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, template in CATEGORIES:
        if len(literals) > PER_CATEGORY:
            raise SystemExit(f"{cat}: too many literals")
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            values.append(v)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template cannot produce enough values")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        for v in values:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {cat}: {v!r}")
            rows.append({"category": cat, "label": "benign", "value": v})
        stats.append((cat, len(values), len(literals)))

    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"],
                   "label": row["label"], "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:18s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"{'TOTAL':18s} {len(rows):4d}  literals {total_lit:3d} "
          f"({100 * total_lit / len(rows):.0f}%)  -> {out.name}")


if __name__ == "__main__":
    main()
