#!/usr/bin/env python3
"""Write benign.jsonl: finance and accounting text a public API receives.

A bank's API, an accounting/ERP system, a payments gateway, a trading
platform and a tax-filing service all take finance text as ordinary field
values: payment references and remittance information (SEPA, SWIFT MT,
ISO 20022), invoice line items with currencies and arithmetic, spreadsheet
formulas and CSV pasted into notes, journal entries, trading orders and
option symbols, tax and regulatory citations, fraud-analyst notes, customer
messages in many languages, merchant descriptors and statement lines, and
webhook payloads and report queries written by analysts.

Every value below was written for this corpus: hand-written literals plus
small templates over hand-written pools.  Nothing was copied from a dataset,
a vendor's documentation examples or a public list.  None of the values is an
injection; they are hard negatives on purpose (quotes and apostrophes, `;`,
`|`, `&`, `<=`, `>=`, `=SUM(...)`, `--`, `/INV/.../`, `§`, FIX messages with
`|` and `=`, SQL report queries, JSON and XML payloads, defanged URLs).  All
account numbers, IBANs, card fragments and keys are made up.

Standard library only, deterministic (random.Random(2701)); running the
script twice gives the same bytes.
"""
import json
import random
from pathlib import Path

RNG = random.Random(2701)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800
SEEN = set()  # values already used by any category
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def fill(cat, literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n values unique in the file."""
    out = []
    for v in literals:
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, v
        SEEN.add(v)
        out.append(v)
    if len(out) > n:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), n))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append(v)
    RNG.shuffle(out)
    return out


def day():
    return "2024-%02d-%02d" % (RNG.randint(1, 12), RNG.randint(1, 28))


def de_day():
    return "%02d.%02d.2024" % (RNG.randint(1, 28), RNG.randint(1, 12))


def amount(lo=5, hi=25000):
    return "%d.%02d" % (RNG.randint(lo, hi), RNG.randint(0, 99))


def de_amount(lo=5, hi=25000):
    n = RNG.randint(lo, hi)
    s = "{:,}".format(n).replace(",", ".")
    return "%s,%02d" % (s, RNG.randint(0, 99))


def iban_de():
    return "DE%02d %04d %04d %04d %04d %02d" % (RNG.randint(10, 99), RNG.randint(1000, 9999), RNG.randint(1000, 9999),
                                              RNG.randint(0, 9999), RNG.randint(0, 9999), RNG.randint(0, 99))


# ---------------------------------------------------------------- shared pools
CURRENCIES = ["EUR", "USD", "GBP", "CHF", "JPY", "SEK", "PLN", "CAD", "AUD", "NOK", "DKK", "CZK"]
COMPANIES = ["Müller & Söhne GmbH", "Acme Tooling Ltd", "O'Connor Logistics", "Dupont & Fils SARL",
             "Nordlicht Energie AG", "García Hermanos S.L.", "Kowalski Sp. z o.o.", "Rossi & Bianchi S.r.l.",
             "Blue Harbor Foods Inc.", "Van der Berg B.V.", "Sakura Trading K.K.", "Lindqvist AB",
             "Peak & Pine Outfitters", "Union Street Bakery", "Select Office Supplies"]
PEOPLE = ["J. Smith", "Anna Schmidt", "Łukasz Nowak", "Marie Lefèvre", "Sean O'Brien", "Yuki Tanaka",
          "Carlos Pérez", "Fatima Zahra", "Ingrid Olsen", "Priya Raman", "Giulia Conti", "Mehmet Yılmaz"]
TICKERS = ["AAPL", "MSFT", "NVDA", "AMZN", "TSLA", "GOOGL", "META", "JPM", "XOM", "KO", "SAP.DE", "ASML.AS",
           "BRK.B", "VOO", "QQQ", "SPY", "IWM", "7203.T", "HSBA.L", "NESN.SW"]
ANALYSTS = ["mkr", "tvo", "a.lind", "jbauer", "s.okafor", "r.diaz", "hnakamura"]


# ========================================================== payment-references
def payment_references():
    lit = [
        "/INV/2024-0042/",
        "/INV/2024-0042/ /INV/2024-0043/ less CN-0007",
        ":70:/RFB/INV 88123/ROC/PO-55012",
        "/ROC/ORD-7781//URI/PAYROLL MAY 2024",
        "EREF+2024051700012 KREF+NONREF MREF+M-000381 CRED+DE42ZZZ00000471138 SVWZ+Beitrag Mai 2024",
        "SVWZ+RE 4471/2024 Kd-Nr. 80-1192 ABWA+Müller & Söhne GmbH",
        "<Ustrd>INV 2024-0042 / PO 77812 / less credit note CN-118</Ustrd>",
        "<RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>RF47INV20240042</Ref></CdtrRefInf></Strd></RmtInf>",
        "RF47 INV2 0240 042",
        "Rechnung Nr. 2024-1187 vom 03.05.2024, Kd-Nr. 44018",
        "Miete 06/2024 inkl. NK-Vorauszahlung (Whg. 4, 2. OG links)",
        "Überweisung für Kaution – bitte NICHT mit Miete verrechnen!",
        "Loyer juin 2024 – Appt 3B, 12 rue des Lilas",
        "Pago factura F-2024/0311 – gracias!",
        "Payment for invoices #1021, #1022 & #1025 less 2% early-pay discount",
        "Payment ref: ACME/PO#3391 - balance after CN $-120.00",
        "INV-0042;INV-0043;INV-0047",
        "Rent | Unit 7 | July",
        "Split: 50% now / 50% on delivery (see quote Q-2291)",
        "REF 7781-A; PO 4500019922; DN 80012219",
        "請求書番号 INV-2024-0815 のお支払い",
        "Оплата по счёту № 145 от 12.04.2024, НДС не облагается",
        "Faktura VAT nr FV/12/05/2024 – zapłata za maj",
        "Saldo fattura n. 118/2024 del 30/04/2024",
        "Pagamento da NF-e 000.123.456 série 1 – vencimento 10/06",
        "Betalingskenmerk 1234 5678 9012 3456",
        "Chave Pix: financeiro@lojaexemplo.com.br – ref. pedido 88812",
        "QRR 21 47000 00000 10922 81734 50018",
        "UETR 4b1e3c2a-7d9f-4e61-9a0b-2f5c8d1e6a73",
        "End-to-end ID: E2E-20240517-000381 | Instr ID: INSTR/2024/0517/1",
        "/BNF/THANK YOU FOR YOUR BUSINESS",
        ":20:PAY240517-0031\n:23B:CRED\n:32A:240517EUR12500,00\n:50K:/DE61700100800987654321\nNORDLICHT ENERGIE AG\n:59:/GB71BARC20051773421591\nACME TOOLING LTD\n:70:/INV/2024-0042/\n:71A:SHA",
        ":71A:OUR – all charges on ordering customer, pls don't deduct fees",
        "Remittance: see attached CSV (47 lines, total 18,442.10 USD)",
        "IBAN DE61 7001 0080 0987 6543 21 / BIC PBNKDEFFXXX – Verwendungszweck bitte unverändert übernehmen",
        "Beneficiary: O'Connor Logistics Ltd, IBAN IE58 AIBK 9302 7741 6650 19, BIC AIBKIE2D",
        "Please quote 'ORDER 55-1023' on the transfer, otherwise we can't match it",
        "Ref: \"Q2 retainer\" – per contract §4.2",
        "Payroll 2024-05 / batch 3 of 4 / 212 items",
        "Tilbagebetaling af depositum – lejemål 14 st. tv.",
        "Återbetalning moms Q1 – org.nr 556677-8899",
        "Zahlung Abschlag 3/12 Strom – Vertragskonto 8001234567",
        "TAX REFUND 2023 / SSN last4 ****",
        "Ref. 2024/05/INV-77 + INV-78 (<= 30 days)",
        "Gift for Mia's wedding 💍 – love, Grandma & Grandpa",
        "Dues Q3 – Local 332 (union membership)",
        "Reimbursement: taxi + hotel (trip to Zürich), receipts in Concur",
        "Sammelüberweisung: RE-1001, RE-1004, RE-1009 abzgl. Skonto 2 %",
        "Order #88123 \\ partial shipment 1/2",
        "Cuota 4/12 préstamo personal – contrato 2023-PP-0199",
        "TRF TO SAVINGS >> holiday fund",
        "Refund – duplicate charge on 14/05 (ticket SUP-44821)",
        "CHAPS same-day: completion funds for 21 Elm Road, solicitor ref KL/44/2024",
        "ACH CCD+ addenda: RMR*IV*INV20240042*PI*1250.00*1250.00\\",
    ]
    refs = ["INV", "RE", "FV", "F", "PO", "ORD", "CN"]

    def gen():
        k = RNG.randint(0, 4)
        if k == 0:
            return "/INV/%d-%04d/ %s %s" % (RNG.choice([2023, 2024]), RNG.randint(1, 9999), amount(), pick(CURRENCIES))
        if k == 1:
            return "EREF+%s KREF+NONREF SVWZ+%s %d/%d" % ("".join(pick("0123456789") for _ in range(14)), pick(["RE", "Rechnung", "Beitrag", "Miete"]), RNG.randint(1, 9999), 2024)
        if k == 2:
            return "%s-%04d / %s / %s" % (pick(refs), RNG.randint(1, 9999), pick(COMPANIES), day())
        if k == 3:
            return "Zahlung an: %s, IBAN %s, Verwendungszweck: %s %d" % (pick(COMPANIES), iban_de(), pick(["RE", "Auftrag", "Kd-Nr."]), RNG.randint(100, 99999))
        return "Payment for %s-%04d from %s (%s)" % (pick(refs), RNG.randint(1, 9999), pick(PEOPLE), pick(["thanks!", "final", "partial 1/2", "net of fees"]))
    return fill("payment-references", lit, gen)


# ================================================================ invoice-lines
def invoice_lines():
    lit = [
        "12 x 4.50 = 54.00",
        "Consulting (8h @ €120/h) = €960.00",
        "-15% discount on orders <= 1,000.00",
        "Freight & handling: $35.00 (waived if subtotal > $500)",
        "Widget A (SKU W-100) | qty 3 | 19.99 | 59.97",
        "Zwischensumme 1.234,50 € + 19 % USt 234,56 € = 1.469,06 €",
        "Hosting plan 'Pro' – 01/05–31/05/2024",
        "2\" PVC elbow (90°) × 40 @ 1.15",
        "Cable 3/8\" x 50' roll – 2 pcs",
        "Discount code SPRING-10 (-10%)",
        "Late fee: 1.5%/month on overdue balance (min. $25)",
        "Reverse charge – Art. 196 Directive 2006/112/EC; VAT 0%",
        "Payment terms: 2/10 net 30",
        "Qty  Description                  Unit     Total\n  4  Toner cartridge (black)     39.90    159.60\n  1  Paper A4 80g, 5 x 500       24.50     24.50\n                                Net      184.10\n                                VAT 20%   36.82\n                                TOTAL    220.92",
        "Dining table, oak, model 'Union' — 1 × 649,00 €",
        "Mattress \"Deep Sleep\" 160x200 – 1 pc – 499.00",
        "Script writing – 3 episodes @ $2,400",
        "Alert system maintenance (annual) – 1,180.00",
        "Execution-only brokerage fee: 0.25% of notional (min. €4.90)",
        "Drop-off & pick-up, airport transfer – 2 × 45,00",
        "Select-grade walnut veneer, 12 m² @ 38.50/m²",
        "Admin fee <waived>",
        "Item total = qty * unit price; rounding per line, not per invoice",
        "Pro-rata 17/31 days × 99.00 = 54.29",
        "Licence: 25 seats @ $12/seat/mo × 12 mo = $3,600.00",
        "Retainer (Jan–Mar) 3 × 1.500,00 = 4.500,00 EUR",
        "Mileage 312 km × 0,30 €/km = 93,60 €",
        "Travel: train BER->MUC 2nd class, 89.90",
        "Unit price changed 4.20 -> 4.35 per price list PL-2024-2",
        "Credit for damaged goods (RMA #5521): -3 × 12.00 = -36.00",
        "Shipping (DHL Express, 2 kg) ............ 28.40",
        "Prestation de conseil – 3 jours × 650,00 € HT",
        "Servicio de mantenimiento mensual – 1 ud. – 180,00 € + IVA (21 %)",
        "Naprawa gwarancyjna – 0,00 zł (w ramach gwarancji)",
        "作業費 3時間 × 8,000円 = 24,000円（税抜）",
        "Ремонт оборудования: 1 шт. × 12 500,00 ₽",
        "Exchange rate applied: 1 USD = 0.9231 EUR (ECB ref. 2024-05-16)",
        "Tip (18%) – $14.22",
        "Bottle deposit (Pfand) 12 × 0,25 €",
        "Setup fee (one-time) 250.00; monthly fee 49.00 thereafter",
        "Volume tier: 1–999 units @ 0.80; 1,000+ @ 0.72",
        "Fuel surcharge +6.5% (index >= 3.80 $/gal)",
        "Rush order – +25%",
        "Line 7 void – duplicated line 6",
        "Hourly rate x hours: 37.5 x 85 = 3,187.50",
        "Subscription \"Team\" plan, billed annually — $1,188.00 ($99/mo)",
        "Discount: -$50.00 (loyalty) & -5% (bulk)",
        "Handling < 1 kg: free; 1–5 kg: 4.90; > 5 kg: 9.90",
        "Pallet wrap / stretch film 500mm x 300m",
        "Exec coaching session (90 min) – CHF 450.00",
        "Kitchen 'drop-in' sink 60cm – stainless steel",
        "PO line 00010: material 400-113; UoM EA; 48 @ 2.35",
    ]
    items = ["Printer paper A4", "Office chair", "Consulting hours", "Cloud hosting", "Screws M6 x 30", "Label rolls",
             "Coffee beans 1 kg", "USB-C cable 2 m", "Desk lamp", "Training day", "Annual licence", "Café crème capsules"]

    def gen():
        k = RNG.randint(0, 3)
        q, p = RNG.randint(1, 60), RNG.randint(100, 40000) / 100.0
        it = pick(items)
        if k == 0:
            return "%s | qty %d | %.2f | %.2f" % (it, q, p, q * p)
        if k == 1:
            return "%d x %.2f = %.2f %s" % (q, p, q * p, pick(CURRENCIES))
        if k == 2:
            return "%s – %d × %s € (-%d%% Rabatt)" % (it, q, ("%.2f" % p).replace(".", ","), RNG.choice([3, 5, 10, 15]))
        return "%s: %d @ %.2f; subtotal %.2f; tax %d%%" % (it, q, p, q * p, RNG.choice([0, 7, 10, 19, 20, 21]))
    return fill("invoice-lines", lit, gen)


# ========================================================= spreadsheet-formulas
def spreadsheet_formulas():
    lit = [
        "=SUM(B2:B9)",
        "=VLOOKUP(A2,Rates!$A$2:$C$40,3,FALSE)",
        '=IFERROR(C2/B2-1,"n/a")',
        '=SUMIFS(Ledger!$F:$F,Ledger!$B:$B,">="&$B$1,Ledger!$B:$B,"<="&$B$2)',
        '=XLOOKUP(E2,Accounts[Code],Accounts[Name],"missing")',
        "=ROUND(D5*(1-$F$1),2)",
        '=TEXT(A2,"yyyy-mm")&"-"&B2',
        "=INDEX(Rates!B:B,MATCH(1,(Rates!A:A=A2)*(Rates!C:C<=D2),0))",
        "=PMT(5.5%/12,360,-350000)",
        "=NPV(0.08,C3:C12)+C2",
        "=IRR(B2:B14)",
        "=XNPV(0.1,B2:B8,A2:A8)",
        "=EOMONTH(TODAY(),-1)",
        '=IF(AND(B2>0,C2="open"),"chase","")',
        '=COUNTIF(Status,"<>paid")',
        '=SUMPRODUCT((A2:A100="EUR")*(C2:C100))',
        "=QUERY(Ledger!A:F,\"select A, sum(F) where C = 'posted' group by A label sum(F) 'Total'\",1)",
        '=GOOGLEFINANCE("NASDAQ:MSFT","price")',
        "=LET(rate,0.19,net,B2,net*(1+rate))",
        "=FILTER(A2:D200,D2:D200>1000)",
        '=CONCATENATE("INV-",TEXT(A2,"0000"))',
        "=SUMME(B2:B9)",
        "=SVERWEIS(A2;Kurse!$A:$B;2;FALSCH)",
        '=WENN(C2<0;"Soll";"Haben")',
        "=SOMME.SI(A:A;\"Loyer\";C:C)",
        "=RECHERCHEV(A2;Taux!A:B;2;FAUX)",
        "=BUSCARV(A2;Tipos!A:B;2;FALSO)",
        "=OFFSET(Data!$A$1,0,0,COUNTA(Data!$A:$A),1)",
        '=HYPERLINK("https://erp.example.com/invoices/INV-2024-0042","INV-2024-0042")',
        '=IMPORTRANGE("https://docs.google.com/spreadsheets/d/1Qw3rTy-FAKE-sheetid/edit","Ledger!A1:F500")',
        "=B2-C2 -- remaining after partial payment",
        "=ABS(SUM(Debits)-SUM(Credits))<0.005",
        "=MAX(0,MIN(C2,$H$1)-D2)",
        "=DATEDIF(A2,B2,\"m\")",
        "=NETWORKDAYS(A2,B2,Holidays)",
        "=FV(4%/12,120,-500)",
        "=RATE(60,-450,20000)*12",
        "=STDEV.S(Returns)*SQRT(252)",
        "=ARRAYFORMULA(IF(A2:A=\"\",,B2:B*C2:C))",
        "=UNIQUE(FILTER(Vendors,Spend>10000))",
        "=TEXTJOIN(\";\",TRUE,D2:D40)",
        "=SUBSTITUTE(A2,\" \",\"\")  <- strips spaces from pasted IBANs",
        "= Table.SelectRows(Source, each [Amount] <> null and [Amount] > 0)",
        "Total Sales := SUMX(Sales, Sales[Qty] * Sales[UnitPrice])",
        "YTD Revenue := CALCULATE([Revenue], DATESYTD('Date'[Date], \"06-30\"))",
        "Date;Description;Amount\n2024-05-02;\"SEPA-Lastschrift; Stadtwerke\";-84,00\n2024-05-03;Gehalt Mai;3.214,55\n2024-05-06;\"Kartenzahlung \"\"Café Luna\"\"\";-7,80",
        "account,period,debit,credit\n6000,2024-05,2500.00,\n1200,2024-05,,2500.00",
        "\"Vendor\",\"Invoice\",\"Amount\"\n\"O'Connor Logistics\",\"INV-881\",\"1,250.00\"\n\"Dupont & Fils\",\"F-2024-07\",\"980.40\"",
        "ticker\tqty\tprice\nAAPL\t100\t187.20\nMSFT\t40\t415.10",
        "In cell F2 use =E2*(1+$B$1) and drag down; $B$1 holds the VAT rate",
        "Why does =SUM(A1:A10) return 0? The numbers are stored as text (leading ').",
        "Formula for days overdue: =MAX(0,TODAY()-C2), format as number not date",
        "Use =ROUNDUP(x,2) not ROUND for the fee calc – finance wants it that way",
        "=-B7",
        "+B4-B5",
    ]
    funcs = ["SUM", "AVERAGE", "MIN", "MAX", "COUNT", "MEDIAN"]
    sheets = ["Ledger", "Budget", "AR", "AP", "Rates", "Q2", "Forecast"]

    def gen():
        k = RNG.randint(0, 2)
        c1, c2 = pick("BCDEFGH"), pick("BCDEFGH")
        r1 = RNG.randint(2, 20)
        r2 = r1 + RNG.randint(5, 400)
        if k == 0:
            return "=%s(%s!%s%d:%s%d)" % (pick(funcs), pick(sheets), c1, r1, c1, r2)
        if k == 1:
            return "=ROUND(%s%d*%s!$%s$1,%d)" % (c1, r1, pick(sheets), c2, RNG.choice([0, 2, 4]))
        return '=SUMIF(%s!$A:$A,"%s",%s!$%s:$%s)' % (pick(sheets), pick(["EUR", "USD", "open", "<>void", ">=1000", "Travel"]), pick(sheets), c2, c2)
    return fill("spreadsheet-formulas", lit, gen)


# ============================================================== ledger-entries
def ledger_entries():
    lit = [
        "Dr 6000 Rent expense 2,500.00 / Cr 1200 Bank 2,500.00",
        "JE-2024-0517: accrue May utilities — Dr 6200 / Cr 2100 (auto-reverse 06-01)",
        "Soll 4400 an Haben 1800 — 1.190,00 €",
        "Reclass 5010 -> 5020 per controller's note; see JE-1187",
        "Write-off: bad debt, customer 'O'Brien & Co' — 812.40",
        "Depreciation run 2024-05: straight-line, 60 months; check NBV < 0 passed",
        "Intercompany elimination DE01 <-> US02, FX @ 1.0842",
        "Adjusting entry: drop duplicate posting of AP invoice 5100023391",
        "Accruals reversed; net effect = 0.00",
        "Écriture de régularisation : 411 Clients / 706 Prestations de services",
        "Asiento 0342: 572 Bancos a 430 Clientes 3.450,00",
        "仕訳: 借方 旅費交通費 12,800 / 貸方 未払金 12,800",
        "Period 05 closed; late entries go to 06 with memo 'PY adj'",
        "Suspense account 9999 balance: -0.01 (rounding) – clear with JE to 6990",
        "Date       Account                 Debit      Credit\n2024-05-31 6100 Salaries           48,210.00\n2024-05-31 2300 Payroll liab.                 48,210.00\nMemo: May payroll accrual (batch 3/4)",
        "DR Prepaid insurance 12,000 / CR Cash 12,000; amortise 1,000/month (1/12)",
        "FX revaluation: GBP AR 14,880.00 @ 1.1702 vs 1.1650 → unrealised gain 77.38",
        "Correction: JE-4471 posted to wrong cost centre (CC 410 -> CC 420)",
        "Bank rec May: book 102,448.17 vs bank 102,511.17; diff = 63.00 (outstanding cheque #231)",
        "Inventory adj.: -12 units SKU W-100 (shrinkage) @ 7.40 = -88.80",
        "VAT control 1776: input 19% = 4,211.04; output 19% = 9,870.12; payable 5,659.08",
        "Buchungssatz: 1200 Bank an 8400 Erlöse 19 % USt 11.900,00 (inkl. 1.900,00 USt)",
        "Opening balance import: 214 accounts, total Dr = total Cr = 3,884,190.55 ✓",
        "Memo: \"reverse JE-0099 — posted twice by batch job\"",
        "Lease (IFRS 16): Dr ROU asset 86,400 / Cr Lease liability 86,400",
        "Drop the accrual for Q1 bonus – not payable per HR (see email 04/12)",
        "Cash over/short: till 3, -2.50",
        "Allocation 60/40 between CC 100 & CC 200 for shared rent",
        "Unapplied cash: 2,300.00 from 'Dupont & Fils' — no remittance, parked in 2390",
        "Księgowanie: Wn 402 / Ma 202 – 1 230,00 zł",
        "Registrazione: Dare 60100 Acquisti / Avere 40100 Fornitori 2.440,00",
        "Проводка: Дт 26 Кт 60 – 15 000,00 руб. (аренда за май)",
        "Consolidation: minority interest 20% of Sub NL net income 312k = 62.4k",
        "Year-end close checklist: (1) bank recs (2) AR aging (3) accruals (4) FX reval (5) lock period",
        "Posting key 40 (debit) / 50 (credit) – document type SA",
        "JE template \"Monthly SaaS deferral\": Dr 2400 Deferred revenue / Cr 4000 Revenue = contract value / 12",
        "Goodwill impairment test: recoverable amount < carrying amount? no → no entry",
        "Reversal of JE-2024-0311 (wrong period). Original: 04/30, reversal: 05/01",
        "Petty cash top-up €200 — receipts: stamps 12,40; coffee 18,90; taxi 31,00",
        "Loan interest accrual 4.25% × 250,000 × 31/360 = 914.93",
        "Dividend declared: Dr Retained earnings 500,000 / Cr Dividends payable 500,000",
        "GL 1210 \"Clearing – card settlements\" should net to zero daily; today's residual 14.02",
        "Capitalise dev costs? only after technical feasibility (IAS 38.57) → expense until June",
        "Accrual: audit fee 18k (engagement letter 2024-03), Dr 6450 / Cr 2110",
        "Manual entry approved by CFO <= 50k limit; above that needs dual sign-off",
        "Batch JE upload failed: line 17 account 6OOO (letter O instead of zero)",
        "Memo: select correct tax code V1 (19%) not V0 on JE-5521",
        "Trial balance out by 0.02 after conversion → rounding account 6995",
    ]
    accts = [("6000", "Rent"), ("6200", "Utilities"), ("6100", "Salaries"), ("1200", "Bank"), ("2100", "Accrued liab."),
             ("4000", "Revenue"), ("1400", "Receivables"), ("1600", "Payables"), ("6800", "Travel"), ("7010", "Interest")]

    def gen():
        (a1, n1), (a2, n2) = RNG.sample(accts, 2)
        amt = "{:,.2f}".format(RNG.randint(100, 900000) / 100.0)
        k = RNG.randint(0, 2)
        if k == 0:
            return "JE-2024-%04d: Dr %s %s %s / Cr %s %s %s" % (RNG.randint(1, 9999), a1, n1, amt, a2, n2, amt)
        if k == 1:
            return "%s | %s %s | Dr %s | Cr | memo: %s" % (day(), a1, n1, amt, pick(["accrual", "reclass", "reversal", "true-up", "FX reval"]))
        return "Soll %s an Haben %s — %s € (%s)" % (a1, a2, de_amount(), pick(["Miete", "Strom", "Gehälter", "Zinsen", "Reisekosten"]))
    return fill("ledger-entries", lit, gen)


# =============================================================== trading-orders
def trading_orders():
    lit = [
        "BUY 100 AAPL @ 187.20 LMT",
        "SELL 50 MSFT MKT GTC",
        "SPX 4500C 12/20",
        "BTO 2x TSLA 250P 06/21 @ 3.40",
        "Stop-loss @ 172.50, take profit >= 195",
        "SELL 1,000 SAP.DE @ 178,40 EUR limit, valid until 2024-06-28",
        "Iron condor: -1 SPX 5300C / +1 5350C / -1 4900P / +1 4850P",
        "EUR/USD long 0.5 lot @ 1.0850, SL 1.0800, TP 1.0950",
        "ES=F",
        "^VIX",
        "CL=F",
        "EURUSD=X",
        "BRK.B",
        "BF/B",
        "Order note: do NOT fill before 09:45 — wait for opening volatility",
        "Cancel/replace #88123: qty 200 -> 150, px 42.10 -> 41.95",
        "8=FIX.4.4|9=148|35=D|49=CLIENT1|56=BROKER|34=215|11=ORD10023|55=AAPL|54=1|38=100|40=2|44=187.20|59=0|10=128|",
        "8=FIX.4.2|35=F|41=ORD10023|11=ORD10024|55=AAPL|54=1|38=100|",
        "Bracket: entry 24.10, stop 23.20, target 26.00 (R:R 1:2.1)",
        "sell to close 3 QQQ 440C exp 2024-07-19 limit 5.15",
        "SHORT 200 GME — locate confirmed (HTB, borrow rate 12%)",
        "7203 トヨタ 100株 成行 買い",
        "Kauf 25 Stk. Allianz (ALV) Limit 265,00 € – Börse Xetra – gültig bis Ultimo",
        "Achat 40 TotalEnergies (TTE) à cours limité 61,20 €",
        "DCA: buy $250 of VTI every Monday (fractional ok)",
        "BTC-USD market buy 0.015",
        "AAPL  240621C00190000",
        "O:SPY240517P00520000",
        "/ESM4 long 2 @ 5310.25",
        "Roll: close SPY 520P 05/17, open SPY 515P 05/24 for 0.85 credit",
        "Covered call: +100 KO / -1 KO 62.5C 06/21",
        "If AAPL < 180 then sell 50% of position; else hold",
        "VWAP algo, 20% participation, start 10:00 end 15:30 ET",
        "OCO: sell 100 NVDA @ 950 LMT | sell 100 NVDA @ 880 STP",
        "Trailing stop 5% on all TSLA shares",
        "Buy 10 bonds US912828ZT04 @ 98.25 (clean), settle T+1",
        "Swap: pay fixed 3.85% / receive SOFR + 0bp, 5Y, notional 10mm",
        "FX forward: sell GBP 2,000,000 vs EUR, value date 2024-09-30, rate 1.1725",
        "Rebalance: target 60/40 → sell 4% equities, buy 4% AGG",
        "DRIP on for all dividend payers except T and VZ",
        "strategy.entry(\"Long\", strategy.long, when = ta.crossover(fastMA, slowMA))",
        "Limit 0.05 below bid — don't chase. If not filled by 15:55 → cancel.",
        "PUT SPREAD: buy 1 IWM 200P / sell 1 IWM 190P (debit <= 2.10)",
        "Купить 10 лотов SBER по 310,50 ₽ (лимитная заявка)",
        "Vender 300 PETR4 a R$ 38,90 – ordem limitada",
        "Long straddle NFLX earnings: 610C + 610P, max debit 48.00",
        "Position size = (account × 1%) / (entry − stop) = (50,000 × 0.01) / (24.10 − 23.20) ≈ 555 sh",
        "Margin call: equity < 25% maintenance – deposit $3,120 or reduce position by EOD",
        "Block trade 250k sh XOM via RFQ to 3 dealers; min fill 50k",
        "Execution report: 35=8|39=2|150=F|14=100|6=187.18|",
    ]
    sides = ["BUY", "SELL", "SELL SHORT", "BUY TO COVER"]
    types = ["LMT", "MKT", "STP", "STP LMT", "MOC", "LOC"]
    tifs = ["DAY", "GTC", "IOC", "FOK", "GTD 2024-06-28"]

    def gen():
        k = RNG.randint(0, 2)
        t = pick(TICKERS)
        px = "%.2f" % (RNG.randint(500, 90000) / 100.0)
        if k == 0:
            return "%s %d %s @ %s %s %s" % (pick(sides), RNG.choice([1, 5, 10, 25, 50, 100, 200, 500, 1000]), t, px, pick(types), pick(tifs))
        if k == 1:
            return "%s %d%s %02d/%02d" % (pick(["SPX", "SPY", "QQQ", "AAPL", "TSLA", "NVDA", "IWM"]), RNG.randint(10, 600) * 5, pick("CP"), RNG.randint(1, 12), RNG.randint(1, 28))
        return "Order %s: %s %s x%d filled @ %s (%s)" % ("".join(pick("0123456789ABCDEF") for _ in range(8)), pick(["bought", "sold"]), t, RNG.randint(1, 900), px, pick(["partial", "complete", "avg px"]))
    return fill("trading-orders", lit, gen)


# ============================================================== tax-regulatory
def tax_regulatory():
    lit = [
        "Art. 6(1)(b) GDPR – processing necessary for the performance of a contract",
        "§ 14 Abs. 4 UStG – Pflichtangaben in der Rechnung fehlen (Leistungszeitraum)",
        "26 U.S.C. § 1031 like-kind exchange – 45/180-day deadlines",
        "Form 1099-NEC box 1 vs. 1099-MISC box 3 – which one for prize money?",
        "W-8BEN-E Part I line 5: chapter 3 status = \"Corporation\"",
        "Schedule C, line 30 (home office): simplified method, max 300 sq ft × $5",
        "KYC refresh per AMLD5 Art. 13(1)(a) – beneficial owner >= 25%",
        "MiFID II Art. 25(2) suitability assessment – risk class 4/7",
        "SAR filed under 31 CFR § 1020.320; do not tip off the customer",
        "DAC6 hallmark A.3 (standardised documentation) – reportable?",
        "Regulation (EU) 2015/847 Art. 4 – payer information missing on inbound wire",
        "PSD2 RTS Art. 16: low-value exemption (< €30, cumulative < €100 or 5 consecutive tx)",
        "Anlage KAP Zeile 7/8; Freistellungsauftrag 1.000 € ausgeschöpft",
        "TVA autoliquidation – art. 283-2 du CGI, mention « Autoliquidation » obligatoire",
        "Modelo 303, casilla 71 – resultado a ingresar",
        "Section 179 deduction for the new server rack – limit check before filing",
        "HMRC SA100 + SA102 (employment) + SA108 (capital gains) for 2023-24",
        "GST/HST return: ITC claim on line 108",
        "Basel III: LCR >= 100%, NSFR >= 100%, leverage ratio >= 3%",
        "IFRS 16.26: lease liability = PV of lease payments not yet paid, discounted at IBR",
        "ASC 606 step 5 – recognise revenue when (or as) the performance obligation is satisfied",
        "SOX 404 control C-17: 3-way match (PO / GRN / invoice) before payment release",
        "FATCA/CRS self-certification missing – account restricted until received",
        "§ 15a EStG Verlustausgleich bei beschränkter Haftung",
        "§ 147 AO: Aufbewahrungsfrist 10 Jahre für Buchungsbelege",
        "IRC § 7701(a)(30) – is the LLC a \"United States person\"?",
        "Form 8938 threshold: > $50,000 on last day of year (single, US resident)",
        "Form 941 Q2 – line 5a(i) qualified sick leave wages = 0",
        "1040-ES Q3 voucher due 09/16 – safe harbour 110% of prior-year tax",
        "EU VAT OSS return Q2: DE 19%, FR 20%, IT 22%, NL 21%",
        "Art. 138 VAT Directive – intra-Community supply, VAT ID of customer verified (VIES)",
        "UK CT600, box 155 – trading losses brought forward",
        "Art. 17 GDPR erasure vs. § 257 HGB retention – retention wins for invoices",
        "CRR Art. 92(1): CET1 >= 4.5%, T1 >= 6%, total capital >= 8%",
        "Reg BI – best interest disclosure (Form CRS) delivered on 05/02",
        "CTR required for cash > $10,000 (31 CFR § 1010.311)",
        "Section 6050I – Form 8300 for cash received in trade or business",
        "Umsatzsteuer-Voranmeldung Mai: Kz. 81 = 41.200 €, Kz. 66 = 5.912,40 €",
        "Déclaration 2042 case 2TR – intérêts et produits de placement",
        "IRPF: deducción por vivienda habitual (régimen transitorio)",
        "法人税申告書 別表四 – 所得の金額の計算",
        "Podatek Belka 19% – PIT-38 do 30 kwietnia",
        "Dodd-Frank § 1073 remittance transfer disclosure – 30-min cancellation window",
        "Reg E § 1005.11: error resolution within 10 business days (45 for POS/foreign)",
        "FINRA Rule 4210 – pattern day trader: min equity $25,000",
        "Sec. 83(b) election must be filed within 30 days of grant — sent certified mail 03/12",
        "Is a gift of > €20,000 to my niece subject to Schenkungsteuer (Steuerklasse II)?",
        "OECD Pillar Two: GloBE ETR < 15% → top-up tax (QDMTT first)",
        "Transfer pricing: CUP method, arm's length range 4.1%–6.3% (IQR)",
        "DORA Art. 19 – major ICT-related incident report within 4h of classification",
    ]
    forms = ["1040", "1040-SR", "1099-INT", "1099-DIV", "1099-B", "W-2", "W-9", "8949", "Schedule D", "Schedule E", "1120-S", "1065"]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "Form %s, line %d%s – %s" % (pick(forms), RNG.randint(1, 40), pick(["", "a", "b"]), pick(["amount doesn't match broker statement", "leave blank?", "see attached worksheet", "carried from prior year"]))
        if k == 1:
            return "§ %d Abs. %d %s" % (RNG.randint(1, 200), RNG.randint(1, 9), pick(["UStG", "EStG", "AO", "HGB", "KStG", "GewStG"]))
        if k == 2:
            return "Art. %d(%d)(%s) %s" % (RNG.randint(1, 99), RNG.randint(1, 5), pick("abcdef"), pick(["GDPR", "MiFID II", "MiFIR", "EMIR", "CRR", "AMLR", "PSD2"]))
        return "%s § %d.%d" % (pick(["26 CFR", "31 CFR", "12 CFR", "17 CFR"]), RNG.randint(1, 1100), RNG.randint(1, 400))
    return fill("tax-regulatory", lit, gen)


# ========================================================= fraud-analyst-notes
def fraud_notes():
    lit = [
        "Case 2024-FR-0881: card-testing pattern, 43 auths < $1.00 within 6 min, all from 192.0.2.0/24",
        "Velocity rule hit: > 5 txns / 10 min, same device fingerprint d-77ab…",
        "Customer confirmed the transactions; false positive. Merchant 'SQ *COFFEE CO' added to allowlist for this card.",
        "ATO suspected: password reset + new payee + max transfer within 20 min. Account frozen, customer called back on number on file.",
        "Possible mule: inbound 9 × €990 (just under €1k threshold), outbound same day to crypto exchange",
        "Chargeback reason 10.4 (Other Fraud – Card-Absent Environment); evidence: AVS=Y, CVV=M, 3DS frictionless",
        "Email on file changed to j.doe+bank@mail.example and phone changed the same evening — step-up auth triggered",
        "Phishing SMS reported: 'Your account is locked, verify at hxxps://secure-bank-verify[.]example/login' — forwarded to abuse@",
        "Rule R-118 (amount > 3 × 90d avg AND new beneficiary) fired; released after callback",
        "ran: select count(*) from auths where device_id = 'd-77ab' and created_at > now() - interval '7 days' → 41",
        "Romance scam: customer 'sent money to Ahmed for customs fees', 4 transfers, total £12,400. Referred to Action Fraud.",
        "Kunde bestätigt: Karte nicht verloren, Umsätze in Lagos nicht von ihm → Karte gesperrt, Neuausstellung beauftragt",
        "Bot pattern: 300 sign-ups from the same /24, emails like firstname.lastname1234@mail.example",
        "Structuring: 12 cash deposits between $9,500 and $9,900 over 3 weeks; CTR threshold $10k → SAR drafted",
        "Device: Android 14, rooted = true, emulator = likely (build.fingerprint contains 'generic'); blocked",
        "Geo mismatch: IP in NL, card BIN issued in BR, shipping to freight forwarder in Miami",
        "BIN 4000 12xx xxxx 1234 – prepaid, non-reloadable; high risk for subscription trials",
        "Friendly fraud? Customer claims non-receipt, but carrier POD signed 'M. Lopez' at billing address",
        "Account takeover via SIM swap – carrier confirmed port-out on 05/14 22:10",
        "Merchant MCC 5967 (inbound telemarketing) – refund rate 18% vs 2% benchmark; recommend reserve 10%",
        "Note to L2: don't drop this case — customer is a PEP (domestic), needs EDD sign-off",
        "Velocity check = OK; amount = OK; but beneficiary name ≠ account holder per CoP → 'no match'",
        "Confirmation of Payee returned CLOSE MATCH ('Jon Smyth' vs 'John Smith'); customer proceeded after warning",
        "Authorised push payment scam – invoice redirection: supplier's 'new bank details' came from a look-alike domain acme-tooIing.example (capital i)",
        "Login from Tor exit node, then 'change password', then payee add → auto-block worked as designed ✓",
        "Cash-out pattern: 6 ATM withdrawals in 4 countries within 48h using cloned magstripe (fallback)",
        "False positive: customer's VPN exits in Frankfurt; home address Munich. Lower geo weight for this profile?",
        "Script kiddie-level card cracking: sequential expiry dates 01/25..12/29 tried against one PAN",
        "Suspicious: merchant descriptor changes daily (AB*SHOP01 … AB*SHOP17) – possible transaction laundering",
        "Analyst test in staging: amount=0.01, currency=EUR, 3DS challenge → passed",
        "Escalated to MLRO – funds flow: business account → 14 personal accounts → same crypto wallet bc1q…",
        "Customer says the caller 'from the bank' knew their last 4 digits and asked them to read out the OTP; classic vishing",
        "Case closed – no fraud, customer forgot the annual renewal of the domain name (\"NAMECHEAP*\")",
        "Keylogger? Customer reports cursor moving on its own while in online banking – advised to run AV, reset creds",
        "Chargeback ratio for merchant 88123 = 1.4% (> 0.9% Visa VDMP threshold) → notify risk",
        "Refund abuse: 27 'item not as described' claims in 90d, all under $50",
        "Suspicious payment reference: 'loan repayment' from 11 unrelated senders same day",
        "Customer's daughter used the card for in-game purchases (ROBLOX) – not fraud, parental dispute",
        "Cliente afirma que no realizó las compras en Zalando; dispositivo nuevo, IP móvil de otro operador",
        "Le client a reçu un faux SMS « La Banque Postale » et a saisi ses identifiants ; compte bloqué",
        "Klient zgłasza przelew BLIK na 2 000 zł, którego nie autoryzował – kod podany 'kurierowi'",
        "不正利用の疑い: 深夜に海外サイトで少額決済が連続（カードテスト）",
        "Клиент сообщил о звонке «службы безопасности банка»; перевод на «безопасный счёт» не подтверждён",
        "Multiple failed logins (17) with username admin' – likely a broken password manager autofill, not an attack",
        "Merchant name contains ';' and the export split the column — re-ran report with proper quoting",
        "Token reuse: same network token on 3 cards? → no, it's the same PAN reissued (PAR matches)",
        "Velocity window reduced 24h → 1h for P2P; expect more alerts < $100",
        "Watch-list hit (OFAC SDN) on 'Mohammed Ali' – name-only match, DOB differs → false positive, documented",
    ]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            return "Case 2024-FR-%04d: %s; %s" % (RNG.randint(1, 9999), pick(["card testing", "ATO", "APP scam", "friendly fraud", "mule activity", "first-party fraud", "synthetic ID"]), pick(["closed – FP", "escalated to L2", "SAR drafted", "card blocked", "awaiting customer callback"]))
        if k == 1:
            return "%s: rule R-%03d hit, score %d/1000, amount %s %s → %s" % (pick(ANALYSTS), RNG.randint(1, 400), RNG.randint(300, 999), amount(1, 9000), pick(CURRENCIES), pick(["released", "declined", "step-up", "manual review"]))
        return "Customer %s confirmed %s on %s — %s" % (pick(PEOPLE), pick(["the transaction", "the new device", "the payee", "travel to Spain"]), day(), pick(["no action", "unblocked", "rule tuned", "noted on profile"]))
    return fill("fraud-analyst-notes", lit, gen)


# =========================================================== customer-messages
def customer_messages():
    lit = [
        "Hi, I was charged twice for order #10442 — can you refund one? Thx!",
        "Why is there an 'FX fee 2.75%' on my statement?? I was told it's < 1%.",
        "Bonjour, je n'ai pas reçu mon virement du 12/05 ; pouvez-vous vérifier ?",
        "Hallo, meine Karte wurde gesperrt :( Bitte um Rückruf unter +49 151 2345 6789",
        "¿Por qué me cobraron 3,50 € de comisión? No lo entiendo.",
        "I can't log in — it says \"session expired\" every 5 seconds. Safari on iOS 17.4.",
        "Please close my account & send the remaining balance to my IBAN at the other bank.",
        "My landlord's name has an apostrophe (O'Neill) and your payee form keeps rejecting it!!",
        "Typed my password wrong 3 times, now I'm locked out. Help 🙏",
        "Can you drop the late fee? I was in hospital for <3 weeks> and couldn't pay on time.",
        "Where's my 1099-INT? It's already 02/15 :/",
        "The app crashed when I tried to select 'Union Bank' from the dropdown list.",
        "Please execute the transfer today, it's urgent — rent is due tomorrow!",
        "Can I set up a standing order every 1st & 15th of the month?",
        "Ich habe versehentlich 1.500 € statt 150 € überwiesen – kann man das zurückholen?",
        "お世話になっております。先月の明細に身に覚えのない請求（¥3,980）があります。",
        "您好，我的转账已经三天了还没有到账，请帮忙查一下。",
        "مرحباً، تم خصم المبلغ مرتين من بطاقتي. أرجو استرداد المبلغ.",
        "Здравствуйте! Не могу подтвердить платёж — СМС с кодом не приходит.",
        "Dzień dobry, proszę o potwierdzenie przelewu z dnia 14.05 na kwotę 2 300 zł.",
        "Merhaba, kartım ATM'de sıkıştı, ne yapmam gerekiyor?",
        "Olá, gostaria de aumentar o limite do meu cartão para R$ 5.000.",
        "안녕하세요, 해외 결제가 차단되었어요. 해제 부탁드립니다.",
        "Hej! Jag har fått en faktura på 0 kr – är det ett fel?",
        "नमस्ते, मेरा UPI भुगतान विफल हो गया लेकिन पैसे कट गए।",
        "Buongiorno, il bonifico SEPA istantaneo è stato rifiutato – codice errore AM04?",
        "Goedemiddag, kan ik mijn pas tijdelijk blokkeren i.p.v. opzeggen?",
        "Hello,\n\nI'd like to dispute the charge \"AMZN Mktp US*RT3XQ81A2\" from 05/11 ($89.99). I returned the item on 05/13, tracking 1Z4F82W70398812254.\n\nThanks,\nSean",
        "My statement shows -$0.01 balance?? How can I owe one cent 😂",
        "Could you send me the SWIFT/BIC for incoming international transfers? My employer in the US needs it.",
        "The tax certificate (Jahressteuerbescheinigung) for 2023 is missing in the postbox",
        "I paid invoice INV-2024-0042 but it still shows as \"open\" in the portal",
        "Is it safe to give my account number & sort code to a buyer on eBay? They want to 'send a payment'",
        "Your chatbot keeps saying \"I didn't understand that\" – I just want a human!!!",
        "I need a letter confirming my balance >= £10,000 for my visa application",
        "Pls cancel the direct debit to \"GYM & SPA LTD\" – I cancelled the membership in March",
        "Why do I pay 0.99 for each SEPA transfer? My old account was free…",
        "hello i want to drop my overdraft limit to 0 thanks",
        "I'm trying to sell my shares but the button is greyed out – is the market closed?",
        "Can my wife & I open a joint account online or do we need to come to a branch?",
        "The exchange rate you used (1 EUR = 1.0712 USD) is worse than the one on your website (1.0850)",
        "Re: your letter ref. KYC/2024/88123 – documents attached (passport + utility bill)",
        "My card got swallowed by the ATM at Hauptbahnhof ;-( what now?",
        "Quick question: does the 3% cashback apply to \"SQ *\" merchants too?",
        "I want to switch from paper statements to e-statements, where's the setting?",
        "Bitte stornieren Sie die Lastschrift vom 02.05. – Mandatsreferenz M-000381 – ich habe kein Mandat erteilt!",
        "Il mio IBAN è cambiato, come aggiorno l'accredito dello stipendio?",
        "I got an email saying my account will be closed unless I 'verify' — is that really from you?",
        "The app shows my balance as \"€ NaN\" since the update lol",
        "Can you waive the $35 overdraft fee? It was my first time (direct deposit arrived 1 day late)",
    ]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "Hi, I don't recognise a payment of %s %s on %s. Can you check? – %s" % (amount(1, 2000), pick(CURRENCIES), day(), pick(PEOPLE))
        if k == 1:
            return "Guten Tag, meine Überweisung über %s € vom %s ist noch nicht angekommen." % (de_amount(10, 9000), de_day())
        if k == 2:
            return "Bonjour, pouvez-vous m'envoyer le relevé de %s ? Merci, %s" % (pick(["janvier", "février", "mars", "avril", "mai", "juin"]), pick(PEOPLE))
        return "Hola, necesito el certificado de %s para la declaración de la renta. Gracias." % pick(["retenciones", "intereses", "saldo a 31/12", "titularidad"])
    return fill("customer-messages", lit, gen)


# ====================================================== statement-descriptors
def statement_descriptors():
    lit = [
        "SQ *COFFEE CO",
        "AMZN Mktp US*RT3XQ81A2",
        "TST* BURGER & BREW",
        "PAYPAL *BOOKNOOK",
        "SEPA-LASTSCHRIFT Stadtwerke Musterstadt EREF: 2024051700012",
        "KARTE 4421 POS 14/05 LIDL DIENSTL.//BERLIN/DE",
        "FPS CREDIT J SMITH REF: RENT-JUNE",
        "ATM WDL 05/14 #002381 7-ELEVEN 1234 MAIN ST",
        "INTEREST CHARGE ON PURCHASES",
        "FOREIGN TRANSACTION FEE 2.75%",
        "VENMO *PIZZA NIGHT",
        "2024-05-14 | CARD PURCHASE | NETFLIX.COM | -15.49 | 2,341.08",
        "14.05.2024  Gutschrift  GEHALT 05/2024 ARBEITGEBER XY GMBH  +3.214,55",
        "CHQ 000231 DEP",
        "ACH DEBIT IRS USATAXPYMT 240415",
        "WIRE IN /ORG/ACME TOOLING LTD /REF/INV-2024-0042",
        "UNION STATION PARKING",
        "EXEC CAR WASH #12",
        "RX SCRIPTS PHARMACY",
        "SELECT COMFORT #0412",
        "GOOGLE *Cloud_8R2kQ1",
        "APPLE.COM/BILL",
        "UBER* EATS PENDING",
        "DD BRIGHT ENERGY LTD 88123441",
        "SO TO: SAVINGS 40-11-22 12345678",
        "CASH APP*JANE DOE*",
        "ZELLE TO MARIA <3",
        "SP * GREEN & GOLD TEA",
        "DNH*GODADDY#3312-44",
        "CKE*BOUTIQUE L'ÉTOILE",
        "HOTEL RITZ PARIS 75001 FR EUR 412,00 @1.0812",
        "MCDONALD'S F1234",
        "IKEA 'PLANNING' DEPT",
        "POS 1234 DROP ZONE SKYDIVING",
        "BILLPAY/COMCAST 8887",
        "OVERDRAFT ITEM FEE ($35.00) – 1 of 3 per day",
        "REVERSAL: OVERDRAFT ITEM FEE",
        "TFR FROM ***4431 TO ***9902",
        "Lastschrift  PayPal Europe S.a.r.l. et Cie S.C.A  1038472236612 PP.8812.PP . Spotify, Ihr Einkauf bei Spotify",
        "CB CARREFOUR MARKET 12/05 75 PARIS",
        "PRLV SEPA FREE MOBILE ECH/150524 ID EMETTEUR/FR14ZZZ000000",
        "COMPRA TARJ. 4421 MERCADONA C/ MAYOR 12 MADRID",
        "BLIK zakup Allegro.pl 14-05 ref. 8812345",
        "セブン－イレブン 港区芝浦店",
        "ОПЛАТА ЯНДЕКС.ТАКСИ МОСКВА",
        "PAG*PADARIA SAO JOSE",
        "NAYAX VENDING 4432 *VM* SNACKS",
        "LYFT   *RIDE SUN 10PM",
        "STEAMGAMES.COM WA",
        "Date,Description,Debit,Credit,Balance\n05/14/2024,\"SQ *COFFEE CO\",4.75,,1234.56\n05/14/2024,\"PAYROLL ACME\",,2100.00,3334.56",
        ":61:2405140514D84,00NDDTNONREF//240514-000381\n:86:SEPA-LASTSCHRIFT Stadtwerke Musterstadt",
        "ANNUAL FEE – PLATINUM CARD (waived 1st year)",
    ]
    prefixes = ["SQ *", "TST* ", "PAYPAL *", "SP * ", "PAG*", "CKE*", "IC* ", "POS ", "DEBIT CARD PURCHASE "]
    shops = ["BLUE BOTTLE", "LA PANADERÍA", "JOE'S DINER", "CITY PARKING", "FARMERS MKT", "BOOK & BEAN", "SUSHI ZEN",
             "PET SUPPLY+", "CORNER STORE 24/7", "CAFÉ DU MONDE", "HARDWARE & CO", "FLOWER POWER"]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            return "%s%s" % (pick(prefixes), pick(shops))
        if k == 1:
            return "%s | %s%s | -%s | %s" % (day(), pick(prefixes), pick(shops), amount(1, 300), amount(100, 9000))
        return "%s  KARTENZAHLUNG %s  -%s" % (de_day(), pick(shops), de_amount(1, 500))
    return fill("statement-descriptors", lit, gen)


# ======================================================= api-and-report-queries
def api_report_queries():
    lit = [
        '{"event":"payment_intent.succeeded","data":{"id":"pi_FAKE3Lq9","amount":4200,"currency":"eur","metadata":{"order_id":"88123"}}}',
        '{"type":"invoice.paid","invoice":{"number":"INV-2024-0042","total":"1250.00","customer":"O\'Connor Logistics"}}',
        "SELECT account_id, SUM(amount) AS balance FROM ledger_entries WHERE posted_at >= '2024-05-01' GROUP BY account_id HAVING SUM(amount) < 0 ORDER BY balance;",
        "select * from trades where symbol in ('AAPL','MSFT') and side = 'BUY' order by executed_at desc limit 50",
        "WITH monthly AS (\n  SELECT date_trunc('month', booked_at) AS m, currency, SUM(amount) AS total\n  FROM payments WHERE status = 'settled'\n  GROUP BY 1, 2\n)\nSELECT * FROM monthly WHERE total > 100000 ORDER BY m DESC;",
        "SELECT 'EU' AS region, COUNT(*) FROM chargebacks_eu WHERE created_at >= '2024-01-01'\nUNION ALL\nSELECT 'US', COUNT(*) FROM chargebacks_us WHERE created_at >= '2024-01-01';",
        "GET /v1/transactions?from=2024-05-01&to=2024-05-31&status=settled&currency=EUR&limit=100&cursor=eyJpZCI6ODgxMjN9",
        "POST /v2/payments  {\"amount\":{\"value\":\"12.50\",\"currency\":\"EUR\"},\"creditor\":{\"iban\":\"NL37ABNA0561204478\"},\"remittance\":\"/INV/2024-0042/\"}",
        "filter: amount > 1000 && currency == 'USD' || flagged == true",
        ".data[] | select(.amount > 10000 and .currency == \"EUR\") | {id, amount, counterparty}",
        "df[df['amount'].between(100, 500)].groupby('merchant')['amount'].sum().sort_values(ascending=False).head(20)",
        '{"query":{"bool":{"must":[{"term":{"status":"declined"}},{"range":{"amount":{"gte":500}}}]}},"size":0,"aggs":{"by_mcc":{"terms":{"field":"mcc"}}}}',
        '{"status": "settled", "amount": {"$gte": 1000}, "currency": {"$in": ["EUR", "CHF"]}}',
        "query { account(id: \"acc_88123\") { balance { amount currency } transactions(first: 20, filter: {type: DEBIT}) { edges { node { id amount bookedAt } } } } }",
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn><GrpHdr><MsgId>MSG-2024-0517-01</MsgId><CreDtTm>2024-05-17T09:30:00</CreDtTm><NbOfTxs>2</NbOfTxs><CtrlSum>1870.40</CtrlSum></GrpHdr></CstmrCdtTrfInitn></Document>",
        "<Ntry><Amt Ccy=\"EUR\">84.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2024-05-14</Dt></BookgDt></Ntry>",
        "X-Webhook-Signature: t=1715700000,v1=5f2a9c0e1b7d3a44c8e6f0b2d9a1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6",
        "Webhook delivery failed: POST https://erp.example.com/hooks/payments → 502 Bad Gateway (attempt 3/5, next retry in 8 min)",
        "curl -X POST https://api.bank.example/v1/statements/export -H 'Authorization: Bearer <token>' -d '{\"account\":\"acc_88123\",\"format\":\"camt.053\"}'",
        "SELECT c.name, COUNT(*) AS n, SUM(t.amount) FROM transactions t JOIN customers c ON c.id = t.customer_id WHERE t.mcc IN (5967, 7995) AND t.ts > CURRENT_DATE - 30 GROUP BY c.name HAVING COUNT(*) > 20;",
        "Report 'AR aging' – buckets: 0–30, 31–60, 61–90, > 90 days; group by customer, exclude status = 'disputed'",
        "SELECT invoice_no FROM invoices WHERE paid_at IS NULL AND due_date < CURRENT_DATE -- overdue list for dunning run",
        "UPDATE vendor SET payment_terms = 'NET45' WHERE vendor_id IN (1021, 1022); -- approved by AP lead, ticket FIN-2231",
        "DELETE FROM staging_fx_rates WHERE rate_date < '2024-01-01'; /* cleanup before reload */",
        "SELECT symbol, AVG(price) OVER (PARTITION BY symbol ORDER BY ts ROWS BETWEEN 19 PRECEDING AND CURRENT ROW) AS sma20 FROM ticks WHERE ts::date = '2024-05-16';",
        "index=payments sourcetype=gateway status=declined | stats count by decline_code, issuer_country | where count > 50",
        "=== Settlement file 2024-05-16 ===\nrecords: 18,442 | gross: 1,204,118.42 | fees: -14,201.07 | net: 1,189,917.35\nmismatches: 3 (see recon_exceptions.csv)",
        '{"webhook_url":"https://erp.example.com/hooks/bank","events":["transaction.booked","balance.updated"],"secret":"whsec_FAKE_placeholder"}',
        "account_id=acc_88123&date_from=2024-01-01&date_to=2024-03-31&group_by=month&include=fees,fx",
        "/reports/pnl?entity=DE01&period=2024-05&compare=budget&format=xlsx",
        "sum by (merchant_id) (rate(payments_declined_total{reason=~\"insufficient_funds|do_not_honor\"}[5m])) > 0.2",
        "camt.054 notification parse error: <Ustrd> exceeds 140 chars on entry 17 (truncated)",
        '{"error":{"code":"invalid_iban","message":"IBAN checksum failed for \'DE00 1234 5678 9012 3456 78\'","param":"creditor.iban"}}',
        "SELECT COUNT(DISTINCT card_fingerprint) FROM auths WHERE merchant_id = 88123 AND response_code = '05' AND created_at BETWEEN '2024-05-01' AND '2024-05-15';",
        "Saved search \"High-risk P2P\": amount >= 2000 AND new_payee = true AND account_age_days < 30",
        "SELECT * FROM gl_balances WHERE account LIKE '6%' AND period = '2024-05' AND entity <> 'US02';",
        "MERGE INTO fx_rates t USING staging s ON (t.ccy = s.ccy AND t.d = s.d) WHEN MATCHED THEN UPDATE SET t.rate = s.rate WHEN NOT MATCHED THEN INSERT (ccy, d, rate) VALUES (s.ccy, s.d, s.rate);",
        "EXPLAIN ANALYZE SELECT * FROM payments WHERE merchant_id = 88123 AND created_at > now() - interval '1 day';",
        "Payload from the bank (sandbox):\n{\n  \"transactionId\": \"TX-20240517-000381\",\n  \"bookingStatus\": \"booked\",\n  \"amount\": { \"amount\": \"-84.00\", \"currency\": \"EUR\" },\n  \"remittanceInformationUnstructured\": \"EREF+2024051700012 SVWZ+Strom Mai\"\n}",
        "Looker filter: {% condition region %} orders.region {% endcondition %} AND orders.total > 0",
        "dbt: {{ config(materialized='incremental', unique_key='txn_id') }} select * from {{ ref('stg_payments') }} {% if is_incremental() %} where booked_at > (select max(booked_at) from {{ this }}) {% endif %}",
        "MT940 import: 312 lines, 3 statements (:20: STMT-0514/0515/0516), opening :60F: C240513EUR102448,17",
        "NACHA batch header: 5220ACME TOOLING LTD                    1234567890PPDPAYROLL   240517240517   1091000010000001",
        "pivot: rows=merchant_category, cols=month(booked_at), values=sum(amount), filter: country != 'DE'",
        "SELECT t.* FROM transactions t WHERE t.description ILIKE '%drop%box%' OR t.description ILIKE '%union%';",
        "Power BI: Measure = DIVIDE([Chargebacks], [Transactions], 0)",
    ]
    endpoints = ["/v1/transactions", "/v1/payments", "/v1/invoices", "/v2/accounts/acc_88123/statements", "/v1/fx/rates", "/v1/payouts"]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            return "GET %s?from=%s&to=%s&limit=%d&sort=%s" % (pick(endpoints), day(), day(), RNG.choice([20, 50, 100, 500]), pick(["-created_at", "amount", "booked_at", "-amount"]))
        if k == 1:
            return "SELECT %s, SUM(amount) FROM %s WHERE currency = '%s' AND booked_at >= '%s' GROUP BY %s;" % (pick(["merchant_id", "account_id", "mcc", "country"]), pick(["payments", "transactions", "ledger_entries"]), pick(CURRENCIES), day(), pick(["1", "merchant_id", "account_id", "mcc", "country"]))
        return '{"event":"%s","amount":%d,"currency":"%s","reference":"INV-%04d"}' % (pick(["payment.settled", "refund.created", "payout.paid", "charge.disputed"]), RNG.randint(100, 900000), pick(CURRENCIES).lower(), RNG.randint(1, 9999))
    return fill("api-and-report-queries", lit, gen)


CATEGORIES = [
    ("payment-references", payment_references),
    ("invoice-lines", invoice_lines),
    ("spreadsheet-formulas", spreadsheet_formulas),
    ("ledger-entries", ledger_entries),
    ("trading-orders", trading_orders),
    ("tax-regulatory", tax_regulatory),
    ("fraud-analyst-notes", fraud_notes),
    ("customer-messages", customer_messages),
    ("statement-descriptors", statement_descriptors),
    ("api-and-report-queries", api_report_queries),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        values = fn()
        counts[cat] = len(values)
        rows.extend((cat, v) for v in values)
    assert len(set(v for _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hb27-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-24s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-24s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
