"""Held-out BENIGN corpus for the tax-preparation / accounting client portal theme.

Every value below is text a real client or staff member of a tax and accounting
firm would type into an ordinary portal field: questions, invoice line items, tax
form references, invoice numbers and payment references, bank statement memo
lines, journal entries, spreadsheet formulas pasted into notes, receipt file
names, engagement letter / deadline text and multilingual notes.

The values are deliberately rich in characters and words that a naive WAF
flags (quotes, apostrophes, ; | & < > = -- /* { } $ backslashes ../ absolute
paths, URLs, "select", "union", "drop", "exec", "sleep", "alert", "system"...)
but each one is an ordinary, innocent input.

Most values are hand-written literals (>= 55 % per category); the remainder
come from small templates over hand-written pools, driven by a fixed
random.Random(SEED). All identifiers, IBANs, tax ids and names are fake.

Run:  python3 make_benign.py      (writes benign.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 7201
PER_CATEGORY = 80
ID_PREFIX = "hb72"

# ---------------------------------------------------------------------------
# Hand-written literals, per category
# ---------------------------------------------------------------------------

LITERALS = {}

LITERALS["client_question"] = [
    "Hi, I received a CP2000 notice saying I under-reported $3,412 of 1099-B income. Do I need to respond by the date on the letter or can it wait until our meeting?",
    "Can I deduct my union dues? I paid $58/month to Local 302 all year.",
    "My daughter's 1098-T shows box 1 = $12,400 and box 5 = $4,000 in scholarships. Does the American Opportunity Credit still apply?",
    "We sold the rental at 14 Elm St. in June (closing statement attached). Is the depreciation recapture taxed at 25%?",
    "Quick one: is the home office 'simplified method' ($5/sq ft, max 300 sq ft) still a thing for 2024?",
    "I drive for Uber & DoorDash; can I use the standard mileage rate for both, or do I have to pick one?",
    "Where do I find my AGI from last year? The e-file keeps rejecting my signature PIN.",
    "Why is the refund estimate on the dashboard $1,980 but the draft return says $1,640? Which one is right?",
    "Do I need to issue a 1099-NEC to the contractor who redesigned our website? We paid her $2,350 through PayPal.",
    "Is the sleep study my husband had in March (out of pocket $1,150) a deductible medical expense?",
    "Select Medical sent me a corrected W-2 (W-2c). Should I upload it here or email it to Sarah?",
    "My employer's payroll system was upgraded mid-year and I got two W-2s with the same EIN. Is that normal??",
    "What's the difference for us between \"married filing jointly\" and \"married filing separately\" if my wife is on an income-driven student loan plan?",
    "Can I still make a 2024 IRA contribution before April 15? I'm over 50, so the limit is $8,000 -- right?",
    "Hello,\n\nI have a question about estimated payments. We paid Q1 and Q2 but missed Q3 (Sept 15).\nWill there be a penalty, and should I just double up in January?\n\nThanks,\nMarta",
    "Does the portal accept .HEIC photos of receipts or do I need to convert them to PDF first?",
    "The portal says my passwd is expired but I changed it yesterday. Is the reset link broken?",
    "Is crypto staking income taxed when I receive it or when I sell? I got ~0.42 ETH on Coinbase in 2024.",
    "Are my kid's daycare payments ($9,600) eligible for the dependent care FSA AND the credit, or only one of them?",
    "Got a letter from the Franchise Tax Board re: 2022 - \"Notice of Proposed Assessment\". What do I do with it?",
    "My 1099-K from Etsy shows $23,118.40 gross but that includes shipping & refunds. How do I reconcile that?",
    "We're moving from Ohio to Texas on 7/1. Do I file part-year resident returns in both states?",
    "Is the $500 I put in the church collection plate (cash, no receipt) deductible if I take the standard deduction?",
    "I'm a sole proprietor; should I elect S-corp status for 2025? Net profit was around $142k.",
    "Question re: Schedule E -- the roof replacement on the duplex ($18,700): repair or improvement?",
    "I uploaded the wrong file (my 2023 return instead of 2024). Can you delete 'Return_2023_final.pdf' from my documents?",
    "My RSUs vested in Feb & Aug. Is that income already in W-2 box 1, or do I report it again? The 1099-B shows a $0 cost basis.",
    "Does the \"drop-off\" option mean I can just leave the shoebox of receipts at the front desk?",
    "What does 'Form 8962 required' mean? The marketplace sent me a 1095-A in February.",
    "How long do I have to keep old bank statements? I have boxes going back to 2009.",
    "Is it too late to amend 2021 to claim the Recovery Rebate Credit?",
    "The IRS transcript shows code 570 and then 971 - is my refund on hold??",
    "I'm a travel nurse. Are my housing stipends taxable if I keep my tax home in Boise?",
    "Will you file my FBAR as well? I have a Sparkasse account in Germany, max balance about €14.000 last year.",
    "Our LLC has two members (50/50). Do we still need to file a 1065 if we made < $1,000?",
    "Can we pay the balance in installments? We owe $7,845.22 after withholding.",
    "What's the red alert banner on my dashboard that says \"Action required: sign 8879\"? Is that the e-file authorization?",
    "Can I claim my mom as a dependent if she lives with us but gets $14,900/yr in Social Security?",
    "Rental placed in service 11/2024: with the mid-month convention I only get 1.5 months of depreciation, correct?",
    "I typed my SSN wrong on the intake form (last 4 should be 4417, not 4471). Where do I fix it?",
    "Do you need my HSA 5498-SA too, or just the 1099-SA?",
    "We had a baby on December 28th 🎉 Does she count for the full child tax credit?",
    "If I work remotely for a NY company from NJ, do I owe NY tax? My W-2 lists both states in box 15.",
    "Hi - the upload button does nothing in Safari 17. Works fine in Chrome. Just FYI.",
    "Can I write off part of my garage gym if I'm a personal trainer and see clients there twice a week?",
    "How do I report the backdoor Roth? I contributed $7,000 non-deductible and converted it the same week.",
    "Is the $300 educator expense deduction per teacher? My wife and I both teach 3rd grade.",
    "I got a 1099-INT for $0.87 from my savings account. Do I really need to report that?",
    "My ex and I alternate claiming our son; 2024 is my year. Do I need Form 8332 from her?",
    "Does Section 179 let me expense the whole $62,000 truck this year, or is there a cap since it's an SUV under 6,000 lbs?",
    "¿Tengo que declarar en mi 1040 los ingresos del departamento que alquilo en Guadalajara? Son unos $48,000 MXN al año.",
    "Is it OK to email bank statements, or should I only use the secure upload? Our IT guy says email isn't encrypted.",
    "Two questions:\n1) Did you receive the K-1 from Brookside Partners LP?\n2) Box 20 code Z shows $41,220 - is that the QBI amount?\n\n- Dev",
    "What's the difference between the 'Select' and 'Premier' packages? Which one includes audit defense?",
    "In the shared Dropbox the 1099s are one level up (../Tax Docs 2024), not inside the Receipts folder. Sorry for the confusion!",
    "My accountant last year put the rental on Schedule C instead of E. Is that something we need to fix for prior years?",
]

LITERALS["line_item"] = [
    "Office supplies - toner (2x HP 26A) - $189.98",
    "Meals & Entertainment (50% deductible): client lunch @ Nopa, $142.60",
    "Mileage: 312 mi x $0.67 = $209.04",
    "Software subscriptions - QuickBooks Online Plus (12 × $90.00)",
    "Consulting fee - Q3 bookkeeping cleanup, 14,5 h à 95,00 € = 1.377,50 €",
    "Refund - duplicate charge -45.00",
    "Travel: flight SFO→JFK (economy) $438.20; hotel 3 nights $627.00",
    "Bank service charges & wire fees <$50/mo",
    "Home office utilities (18% of 1,800 sq ft): $1,132.40",
    "Prepaid insurance (12 mo) - expense 1/12 per month",
    "Inventory adjustment -$2,310.00 (shrinkage, year-end count)",
    "Depreciation - MacBook Pro 14\" (5-yr MACRS, 200% DB, half-year)",
    "Contract labor | J. Ruiz | 1099-NEC | $4,800.00",
    "Gifts to clients (limit $25/person): 12 × $24.99",
    "Postage & shipping - USPS Priority, 3 parcels, $41.85",
    "Repairs & maintenance: HVAC service call, 'compressor capacitor' $265",
    "Union dues - Local 1199 - $624.00/yr",
    "Shopify payment fees 2.9% + $0.30 per order",
    "Professional development: Excel \"Power Query\" course, $199",
    "Rent - 1/1 through 12/31 @ $2,150/mo = $25,800",
    "Insurance - Business Owner's Policy (BOP) $1,940.00",
    "Phone & internet (business use 60%) = 0.6 × $1,188 = $712.80",
    "Advertising - Google Ads (Jan-Mar) $3,204.17",
    "Licenses & permits: city sales tax permit - $0.00 (free)",
    "Dues & subscriptions: state CPA society $490; WSJ digital $38.99/mo",
    "Non-cash donation: 3 bags of clothing -> Goodwill, FMV ~$180",
    "Per diem M&IE $79/day × 4 days (Denver)",
    "Parking & tolls (E-ZPass) $316.25",
    "Bürobedarf (Papier, Ordner) - 23,80 € inkl. 19 % MwSt.",
    "Frais de représentation - dîner client, 86,40 € TTC (TVA 10 %)",
    "Netto 1.000,00 € + USt 19 % = 190,00 € → Brutto 1.190,00 €",
    "Equipment rental: scissor lift, 3 days @ $185/day, less deposit (-$200)",
    "Bad debt write-off - invoice #INV-2023-0417 (client dissolved)",
    "Executive coaching (leadership program), 6 sessions × $350",
    "Sleep Number mattress for the guest room - personal, NOT deductible",
    "Employer FICA 7.65% on $48,200 = $3,687.30",
    "State unemployment (SUTA) 2.7% on first $7,000 per employee",
    "Amazon order 112-4839201-5573019: USB-C hub + HDMI cable <$40 total",
    "Legal & professional fees: tax prep 2023 $1,250",
    "Interest expense - business line of credit, APR 9.25%",
    "Shredding service (quarterly bin) $72.00",
    "Uniforms & laundry - scrubs ×4 @ $32.50",
    "Cleaning supplies; paper towels; 'Simple Green' concentrate - $57.12",
    "Subcontractor - drywall & paint (unit 2B) $3,480.00 -- lien waiver on file",
    "Tips to movers (cash) $120 - no receipt",
    "Small tools < $2,500 (de minimis safe harbor): cordless drill + bits $219",
    "Sales tax collected 8.25% (liability, not income)",
    "Medical: copays (12 visits × $30) + Rx $214.77",
    "Child care - Little Oaks Montessori, Jan-Dec, $11,400 (EIN on the receipt)",
    "Tuition $6,150 (on 1098-T); textbooks $412 (not on 1098-T)",
    "Referral commission (10% of $18,000 = $1,800)",
    "Cloud hosting (AWS EC2 + S3) $-12.40 credit applied",
    "Storage unit #B-114 (business inventory) $135/mo",
    "Drop-in coworking day passes: 9 × $25",
]

LITERALS["form_reference"] = [
    "Form 1040 Schedule C line 12 (depletion) - should be $0, not blank?",
    "W-2 box 14: \"CASDI 1,286.40\" -> Schedule A line 5a as state income tax",
    "W-2 box 12 code DD $14,820 (employer health coverage) - informational only",
    "1099-DIV box 1a $2,344.18; box 1b $2,101.03; box 2a $612.00",
    "Schedule 1 line 8h - jury duty pay $40",
    "Form 8829 line 43: carryover of unallowed excess casualty losses & depreciation to 2025",
    "Form 4562 Part I - Section 179 elected cost $12,500",
    "K-1 (Form 1065) box 1 ordinary business income (loss): (3,217)",
    "Form 8949 Part II, box E - long-term, basis NOT reported to the IRS",
    "Schedule SE line 4a = line 3 × 92.35%",
    "VAT 20% standard rate; 5% reduced (domestic fuel); 0% zero-rated (children's clothes)",
    "UStVA Kennzahl 81: 12.345,00 € (steuerpflichtige Umsätze zu 19 %)",
    "Form 941 Q2 line 5a col. 1 $86,440.00 × 0.124 = $10,718.56",
    "1099-B box 1g wash sale loss disallowed $318.22",
    "Form 8606 line 18 - taxable part of the Roth conversion",
    "Schedule A line 11 (gifts by cash or check) vs line 12 (other than cash; Form 8283 if > $500)",
    "Form 2441 Part II line 3 - qualified expenses capped at $3,000 for one person",
    "Form 1116 - foreign tax credit, category \"passive category income\"",
    "Schedule B Part III line 7a - \"Yes\" (foreign account > $10,000 at some point in the year)",
    "Form 1040-ES voucher 4 due 01/15/2025 - $2,400",
    "Form 7004 extension for the 1120-S (6 months -> Sept 15)",
    "Form 1098 box 1 mortgage interest $11,203.66; box 10 property tax $0 (paid directly)",
    "Form 5695 Part I: residential clean energy credit 30% of $21,400 = $6,420",
    "Form 8995 vs 8995-A: taxable income below the threshold ($191,950 single) -> 8995",
    "Pub 587 worksheet, line 'Allowable square footage' - 240 / 1,850",
    "1120-S Schedule K-1 box 16 code D distributions $25,000",
    "HMRC SA100 - employment income from P60, box 1 £48,300",
    "Déclaration 2042, case 1AJ : salaires ; case 8TK : revenus de source étrangère",
    "T4 box 14 employment income; box 22 income tax deducted (Canada)",
    "Form 1040 line 25a (W-2 withholding) vs 25b (1099-R box 4)",
    "Schedule C line 30 = Form 8829 line 36 (not using the simplified method)",
    "Form 3800 general business credit carryforward from 2022 (Form 6765 R&D)",
    "Form 8889 line 2: HSA contributions you made $4,150 (self-only)",
    "Form 8962: APTC $5,904 vs PTC $5,112 -> excess $792 (check repayment limitation)",
    "Schedule D line 21: capital loss limited to ($3,000)",
    "1099-MISC box 1 rents $18,000 -> Schedule E line 3",
    "MwSt. 7 % ermäßigt (Lebensmittel) / 19 % Regelsteuersatz",
    "IVA 21 % (tipo general) / 10 % (reducido) / 4 % (superreducido)",
    "GST 5% + QST 9.975% on $1,000 = $149.75",
    "Form 1042-S income code 16, chapter 3 exemption code 04",
    "Form 940 line 9 - all FUTA wages excluded from state unemployment tax? No.",
    "Form 1040 line 12 = the larger of the standard deduction ($29,200 MFJ) or Schedule A",
    "W-2 box 16 state wages ≠ box 1 (PA doesn't exclude 401(k) deferrals)",
    "Schedule H - household employee paid $2,700+ in 2024 -> required",
    "Form SS-4 line 9a: 'Other (specify)' -> single-member LLC",
    "1099-R distribution code 7 (normal) vs code 1 (early, no known exception)",
    "Schedule C line 9 car & truck expenses -> complete Part IV",
    "Form 8283 Section B - qualified appraisal required for noncash gifts > $5,000",
    "Form 1065 Schedule K line 14a (SE earnings) vs box 14 code A on each K-1",
    "Form 1040 Schedule 2 line 4: self-employment tax $5,612 (from Schedule SE)",
    "W-2 box 12 code W $1,200 (employer HSA) -> Form 8889 line 9",
    "Form 4868: est. total liability $18,400 - payments $15,100 = balance due $3,300",
]

LITERALS["payment_reference"] = [
    "INV-2024-00871",
    "Invoice #A/2024/118 - net 30",
    "RE: INV-00418 / PO 7731-B",
    "Rechnung Nr. 2024-0193 vom 12.03.2024",
    "Facture n° F2024-0457 du 05/04/2024",
    "Ref: 2024Q3-EST-PMT",
    "Invoice # 0042 | PO# 55-A | Terms: 2/10 net 30",
    "Pays INV/2024/07/031 & INV/2024/07/032 (combined payment)",
    "EIN 87-3104526 (fake, for the demo client)",
    "USt-IdNr.: DE 318 472 905",
    "VAT reg. no. GB 402 8815 63",
    "N° TVA intracom. : FR 61 852 149 730",
    "Steuernummer 143/234/56789 - Finanzamt München",
    "ITIN on file ends in -7391",
    "SSN: ***-**-4417",
    "IBAN: GB71 WEST 1234 5698 7654 32 (not a real account)",
    "Remittance advice: INV-3391 paid in full, $2,480.00 on 04/02",
    "Credit memo CM-2024-017 applied to INV-2024-00912 (-$150.00)",
    "PO 4500019283 / GR 5000388 / Inv 90011827",
    "Quote Q-2024-061 rev. B -> accepted, convert to invoice",
    "Check #1042 dated 03/15/2024 for $1,250.00",
    "Wire ref FT24107G7QXK / value date 2024-04-16",
    "Payment ID: pi_3OxN2b... (Stripe, refunded)",
    "Invoice 2024-117 \"final\" (replaces 2024-117 \"draft\")",
    "Partial payment 1 of 3 on INV-2024-0219 ($700 of $2,100)",
    "Reference: SMITH & SONS / JOB 2024-33",
    "ABN 51 824 753 556 (Australia)",
    "Codice fiscale: RSSMRA80A01H501U (esempio)",
    "NIF: B-12345678",
    "KvK 81234567, btw-nr NL8612.34.567.B01",
    "Kundennummer 4471 / Mandatsreferenz MR-2024-4471",
    "Invoice INV-2024-0091; INV-2024-0092 - same client, separate jobs",
    "Order #10482 <paid> - waiting on 1099-K",
    "Invoice no. 000-114 (starts with zeros, please keep them)",
    "Tax ID (EIN): 12-3456789 = placeholder until the SS-4 comes back",
    "IRS payment confirmation 270451233891 (Direct Pay, 1040-ES Q4)",
    "EFTPS acknowledgement # 2024-0413-44178",
    "Receipt # 7 of 12 (monthly retainer)",
    "Invoices 2024-031 to 2024-048 are the Henderson job",
    "Bill.com payment ref BP-88213-Q",
    "Proforma PF-2024-002 (not a tax invoice)",
    "Ref.: Factura 2024/A-0056 - IVA incluido",
    "Faktura nr FV/2024/03/117",
    "Fattura n. 45/2024 del 28/02/2024",
    "Invoice INV-0098 & INV-0099 (duplicate of INV-0098? please check)",
    "Payment for 'Tax Planning Session' - invoice #TP-118",
    "Stripe payout po_1P9... = 3 invoices (INV-2024-0301/0302/0303)",
    "Check memo says \"INV 2024-114 less $25 fee\"",
    "UTR 12345 67890 (HMRC, fake)",
    "BSN ends in ...412 (not the full number, for privacy)",
    "ACH trace 091000019876543",
    "Client #C-0471 / Matter 2024-TAX-0471",
]

LITERALS["bank_memo"] = [
    "POS PURCHASE 04/12 STAPLES #0412 AUSTIN TX 4417",
    "ACH DEBIT IRS USATAXPYMT 270451233891",
    "ZELLE TO O'CONNOR, MAEVE ON 03/02 REF # ZL8H2K rent split",
    "CHECK #1042",
    "SEPA-Überweisung / Verwendungszweck: RE 2024-0193 KD-NR. 4471",
    "VIR SEPA RECU /DE SARL DUPONT /MOTIF FACT F2024-0457",
    "DEBIT CARD PURCHASE - AMZN Mktp US*2K4L19 Amzn.com/bill WA",
    "ATM WITHDRAWAL 200.00 -- 5TH & MAIN",
    "WIRE IN ;ORG=BROOKSIDE PARTNERS LP;OBI=K-1 DIST Q4",
    "PAYPAL *ETSYSELLER 402-935-7733 CA",
    "INTEREST PAYMENT 0.87",
    "SQ *BLUE BOTTLE COFFEE | SAN FRANCISCO CA",
    "TST* SELECT BURGER - OAKLAND CA",
    "UNION BANK TRANSFER CONF# 88213",
    "ONLINE TRANSFER TO SAV ...4471 REF #IB0KQ3 EMERGENCY FUND",
    "VENMO PAYMENT 1023398 \"pizza 🍕 & beer\"",
    "NSF FEE -35.00 (ITEM RETURNED CHK 1051)",
    "MOBILE DEPOSIT - CHECK FROM RIVERA & SONS $1,400.00",
    "FOREIGN TRANSACTION FEE 3% EUR 84,20 @ 1.0873",
    "POS DEBIT SHELL OIL 5744 EXEC PKWY SAN RAMON",
    "Lastschrift: Finanzamt München / StNr 143/234/56789 / USt 3.Q.",
    "ACH CREDIT ADP PAYROLL DES:PAYROLL ID:000123 INDN:LOPEZ MARTA",
    "RECURRING PMT ADOBE *CREATIVE CLD 800-833-6687",
    "CHECKCARD 0315 HOME DEPOT #6612 <REFUND>",
    "INTL WIRE OUT / BENEF: K. TANAKA / RE: INV 2024-117 / FEE 45.00",
    "DIRECT DEP CA STATE PAYROLL (union dues withheld)",
    "BILL PAY TO PG&E ACCT ****8830",
    "XFER FROM CHK ...1042 TO BUSINESS CHK ...7731",
    "DEPOSIT REVERSAL -1,250.00",
    "POS 0402 TRADER JOE'S #118 (personal!!)",
    "ACH DEBIT SBA EIDL LOAN PMT",
    "QuickBooks Payments deposit: INV-2024-0091, INV-2024-0092 less fee 2.9%",
    "PURCHASE AUTHORIZED ON 04/03 UBER *TRIP HELP.UBER.COM CA S38409",
    "CARTE 12/03 BOULANGERIE PAUL PARIS 4,60",
    "Gutschrift Zinsen 0,12 EUR",
    "DÉBITO AUTOMÁTICO - CFE - 1.234,56",
    "TRANSFER / SYSTEM UPGRADE FEE - SQUARE",
    "EXECUTIVE PARKING GARAGE 4471",
    "OVERDRAFT PROTECTION XFER FROM SAV 100.00",
    "PAYMENT THANK YOU - AMEX EPAYMENT",
    "POS PURCHASE 06/21 SLEEP COUNTRY #221 VANCOUVER BC",
    "FEE: WIRE TRANSFER; OUTGOING; INTL",
    "SAVINGS INTEREST 1/3 - ADJ",
    "CASH APP*J RUIZ*DRYWALL",
    "IRS TREAS 310 TAX REF 041524",
    "FRANCHISE TAX BD CASTTAXRFD",
    "CHECK #1051 RETURNED - ACCOUNT CLOSED",
    "SHOPIFY* PAYOUT 4471/2024-03",
    "DEPOSIT: ESCROW REFUND - MORTGAGE (overpaid 2023 property tax)",
    "POS 0511 COSTCO WHSE #0481 -> split: $212 office / $88 personal",
    "TRANSFER FROM ALIPAY 支付宝 ¥1,200.00",
    "ACH RETURN R01 INSUFFICIENT FUNDS",
]

LITERALS["journal_entry"] = [
    "Dr Office Expense 189.98\n    Cr Cash 189.98\nMemo: toner, Staples 04/12",
    "Dr Accounts Receivable 1,190.00\n  Cr Sales Revenue 1,000.00\n  Cr VAT Payable (19%) 190.00",
    "JE-2024-118 | 12/31 | Dr Depreciation Expense 4,166.67 / Cr Accumulated Depreciation - Equipment 4,166.67 | Q4 depreciation (SL, 5 yrs)",
    "Soll 4930 Bürobedarf 20,00 € / Soll 1576 Vorsteuer 19 % 3,80 € / Haben 1200 Bank 23,80 €",
    "Dr Prepaid Insurance 1,940.00; Cr Cash 1,940.00 -- amortize 161.67/mo starting Feb",
    "Adjusting entry (reverse on 1/1):\nDr Wages Expense 3,200.00\n   Cr Accrued Wages 3,200.00",
    "Dr Bad Debt Expense 2,480.00 / Cr Accounts Receivable 2,480.00 (INV-2023-0417 write-off)",
    "Dr Cash 10,000.00\nCr Owner's Capital 10,000.00\n-- initial contribution, see bank deposit 01/03",
    "Dr Owner's Draw 1,500.00 / Cr Cash 1,500.00 (personal, NOT payroll)",
    "Reclass: Dr Repairs & Maintenance 265.00 / Cr Office Supplies 265.00 - HVAC call was miscoded",
    "Dr Loan Payable 812.44\nDr Interest Expense 187.56\n    Cr Cash 1,000.00",
    "Dr Inventory 2,310.00 / Cr COGS 2,310.00 ?? - I think this should be the other way round (shrinkage)",
    "Dr Cash 1,400.00 | Cr Unearned Revenue 1,400.00 | retainer from Rivera & Sons",
    "Dr Unearned Revenue 700.00 | Cr Service Revenue 700.00 | 50% of retainer earned in March",
    "Débit 606400 Fournitures administratives 86,40 € / Crédit 512000 Banque 86,40 €",
    "Dr Payroll Tax Expense 3,687.30\n  Cr FICA Payable 3,687.30\n(employer share 7.65%)",
    "Dr Sales Tax Payable 1,027.14 / Cr Cash 1,027.14 - Q1 return filed 4/20",
    "JE 47: Dr Accum. Depr. 12,000; Dr Loss on Disposal 1,500; Cr Equipment 13,500 (old truck scrapped)",
    "Dr Meals (50% deductible) 71.30; Dr Meals (nondeductible) 71.30; Cr Credit Card 142.60",
    "Dr Suspense 45.00 / Cr Bank 45.00 -- unknown debit, ask client",
    "Closing entry:\nDr Income Summary 84,220.00\n    Cr Retained Earnings 84,220.00",
    "Dr Rent Expense 2,150.00 / Cr Accounts Payable 2,150.00 (April rent, paid 5/2)",
    "Dr Accounts Payable 2,150.00 / Cr Cash 2,150.00 -- clears the April accrual",
    "Dr Cost of Goods Sold 18,432.50 / Cr Inventory 18,432.50 (periodic system, year-end count)",
    "Dr Charitable Contributions 500.00 / Cr Cash 500.00 (S-corp: passes through on K-1 line 12a)",
    "Dr Due from Shareholder 3,000.00 / Cr Cash 3,000.00 - loan to owner, needs a note @ AFR",
    "Dr Cash -45.00?? negative debit = credit. Please fix: Cr Cash 45.00 / Dr Bank Fees 45.00",
    "Dr Equipment 62,000.00\n    Cr Notes Payable 50,000.00\n    Cr Cash 12,000.00\n(F-150, Sec. 179 election)",
    "Dr Bank 1.190,00 € an Forderungen aLuL 1.190,00 € (Zahlungseingang RE 2024-0193)",
    "Dr Amortization Expense 1,333.33 / Cr Accumulated Amortization - Goodwill 1,333.33 (15-yr §197)",
    "Dr Income Tax Expense 4,120 / Cr Income Taxes Payable 4,120 -- provision, C-corp only",
    "Dr Petty Cash 200.00 / Cr Cash 200.00 -> replenish fund (receipts in envelope #4)",
    "Dr Deferred Revenue 1,200; Cr Subscription Revenue 1,200 /* Jan-Dec, 100 per month */",
    "Dr Right-of-Use Asset 48,600 / Cr Lease Liability 48,600 (ASC 842, 36-month office lease)",
    "Dr Accrued Interest Receivable 62.50 / Cr Interest Income 62.50",
    "Dr Retained Earnings 25,000 / Cr Dividends Payable 25,000 (declared 12/15)",
    "Dr Intercompany Receivable (Sub B) 9,800 / Cr Cash 9,800 -- eliminate on consolidation",
    "Dr Travel 1,065.20 ; Cr Credit Card Payable 1,065.20 ; flight + hotel Denver",
    "Dr Uniforms 130.00 / Cr Cash 130.00 (scrubs ×4)",
    "Dr Allowance for Doubtful Accounts 640 / Cr Accounts Receivable 640 - specific write-off",
    "Dr Loss on FX 31.08 / Cr Accounts Receivable (EUR) 31.08 - rate 1.0873 vs 1.0941",
    "Dr Cash 0.87 / Cr Interest Income 0.87 (yes, eighty-seven cents)",
    "Dr Contract Labor 4,800.00 / Cr Cash 4,800.00 => 1099-NEC for J. Ruiz",
    "Opening balances 1/1/2024:\nCash 18,402.11 Dr\nA/R 6,210.00 Dr\nA/P 3,115.40 Cr\nEquity 21,496.71 Cr",
    "Dr Wages 2,500 / Cr Cash 1,912.75 / Cr Federal W/H 250 / Cr FICA W/H 191.25 / Cr State W/H 146",
    "Correcting entry for JE-2024-031 (posted twice): reverse the duplicate, Dr Cash / Cr Revenue 850.00",
    "Dr Leasehold Improvements 18,700 / Cr Cash 18,700 -- capitalize, don't expense (roof)",
    "Dr Suspense 1,000.00 | Cr Owner Contributions 1,000.00 | memo: \"Venmo from Dev\"",
    "Dr 6310 Miete 1.200,00 / Haben 1800 Bank 1.200,00 -- Büro Juni",
    "Dr Charitable Contributions (Sch A) 180 / Cr Inventory 180 - donated stock at cost, not FMV",
    "Dr Accounts Receivable $2,100 -> Cr Revenue $2,100; received 1 of 3 installments ($700) on 5/1",
]

LITERALS["spreadsheet_note"] = [
    "=SUM(B2:B14)",
    "Total is =SUM(B2:B14) but B9 is a duplicate, so use =SUM(B2:B14)-B9",
    "=VLOOKUP(A2,'Chart of Accounts'!$A:$C,3,FALSE)",
    "=IF(C5>0,C5*0.19,0)",
    "=ROUND(D2*(1+$F$1),2)",
    "=SUMIFS(Expenses!D:D,Expenses!B:B,\"Meals\",Expenses!A:A,\">=\"&DATE(2024,1,1))",
    "=XLOOKUP(E2,Vendors[Name],Vendors[Needs 1099],\"n/a\")",
    "=TEXT(A2,\"yyyy-mm\")",
    "=IFERROR(B2/C2,0)",
    "=SUMPRODUCT((MONTH(A2:A400)=3)*(C2:C400))",
    "=EDATE(DATE(2024,4,15),6)",
    "=NETWORKDAYS(A2,B2,Holidays!A:A)",
    "=PMT(6.5%/12,360,-425000)",
    "=B7-B8 -- should tie to line 9 of the 941",
    "=SUMIF(Bank!$E:$E,\"*STAPLES*\",Bank!$C:$C)",
    "=INDEX(Rates!B:B,MATCH(1,(Rates!A:A=\"VAT\")*(Rates!C:C=2024),0))",
    "=SUMME(B2:B14)",
    "=WENN(C2>0;C2*19%;0)",
    "=SOMME(B2:B14)",
    "Column G: =LEFT(A2,FIND(\"-\",A2)-1) splits the INV prefix off",
    "=QUERY(A1:F200,\"select B, sum(D) where C = 'Meals' group by B\",1)",
    "=ARRAYFORMULA(IF(LEN(A2:A),B2:B*C2:C,))",
    "=\"INV-\"&TEXT(ROW()-1,\"0000\")",
    "=SUBTOTAL(109,D2:D500)",
    "=A2&\" \"&B2",
    "=ABS(-45.00)",
    "=DATEDIF(B2,TODAY(),\"m\")",
    "=MAX(0,MIN(3000,C12))  <- capital loss limit",
    "=C4*0.9235*0.153",
    "=IF(AND(B2>=DATE(2024,1,1),B2<=DATE(2024,12,31)),\"2024\",\"other\")",
    "=COUNTIF(C:C,\"<>\")-1",
    "=ROUNDDOWN(E2/1000,0)*1000",
    "=NPV(8%,C3:C12)+C2",
    "=SUM(Jan:Dec!F20)",
    "=B2*IF(D2=\"business\",1,0.6)",
    "=IFS(B2<11600,0.1,B2<47150,0.12,B2<100525,0.22,TRUE,0.24)",
    "I used =UNIQUE(FILTER(A2:A300,C2:C300>600)) to get the vendors that need a 1099",
    "=SUMA(B2:B14)",
    "=SE(C2>0;C2*22%;0)",
    "=CONCATENATE(\"Q\",ROUNDUP(MONTH(A2)/3,0))",
    "=TRIM(SUBSTITUTE(A2,CHAR(160),\" \"))",
    "=IF(ISBLANK(F2),\"missing receipt\",\"ok\")",
    "=EOMONTH(A2,0)",
    "=XIRR(B2:B9,A2:A9)",
    "={B2:B10;D2:D10}",
    "=SUM(B2:B14)/COUNT(B2:B14)  <> average, I know AVERAGE() exists :)",
    "=MOD(ROW(),2)=0  (conditional formatting rule, zebra stripes)",
    "=FV(5%/12,12*20,-500)",
    "='2023 Carryover'!D14",
    "=LET(net,B2-C2,IF(net<0,0,net*0.21))",
    "=IMPORTRANGE is blocked for us, so I copied the numbers over manually",
    "=SUM(D2:D40) returns #VALUE! because D17 has \"1.234,56\" as text",
    "=DB(62000,0,5,1)",
]

LITERALS["receipt_filename"] = [
    "receipt_2024-03-12_staples.pdf",
    "IMG_4471.HEIC",
    "Scan 2024-04-02 at 10.14.33.pdf",
    "C:\\Users\\marta\\Documents\\Taxes\\2024\\W-2 (Acme).pdf",
    "/Users/dev/Downloads/1099-B_Schwab_2024.pdf",
    "Joe's Diner - client lunch.jpg",
    "Smith & Sons invoice #118.pdf",
    "W-2 (1).pdf",
    "Quittung_Bäckerei_Müller_23,80€.pdf",
    "facture_électricité_mars_2024.pdf",
    "发票_2024_03.pdf",
    "領収書_タクシー_3月.jpg",
    "1098-T FINAL (corrected) v2.pdf",
    "Receipts/2024/Q1/home_depot_0315.png",
    "~/Desktop/taxes 2024/mileage log.xlsx",
    "K-1 Brookside Partners LP 2024.PDF",
    "bank statement Jan-Mar 2024 [Chase ...4471].pdf",
    "\\\\nas01\\clients\\Lopez\\2024\\property_tax_bill.pdf",
    "Screenshot 2024-04-10 at 9.41.22 PM.png",
    "donation_receipt_Goodwill_$180.jpg",
    "HSA_1099-SA_&_5498-SA.pdf",
    "receipt (2).jpeg",
    "WhatsApp Image 2024-03-18 at 14.02.11.jpeg",
    "Form_8879_signed_2024-04-09.pdf",
    "Rechnung_2024-0193.pdf",
    "Factura 2024-A-0056 (IVA incluido).pdf",
    "O'Neill - engagement letter 2024.docx",
    "childcare receipts Jan-Dec; Little Oaks.pdf",
    "G:\\Shared drives\\Bookkeeping\\2024\\Bank Recs\\March rec.xlsx",
    "/home/dev/Documents/taxes/2024/crypto_gains_koinly.csv",
    "estimated payments 2024 - Q1,Q2,Q4 (no Q3!).pdf",
    "union_dues_statement_local302.pdf",
    "amazon-order-112-4839201-5573019.pdf",
    "CP2000 notice page 1 of 6.jpg",
    "sleep study invoice - St. Mary's.pdf",
    "mortgage 1098 <Rocket>.pdf",
    "ÉTAT_DE_COMPTE_12-2024.pdf",
    "квитанция_аренда_март.pdf",
    "tax_docs_2024.zip",
    "Receipts - 2024 - Travel - Denver (hotel + flight).pdf",
    "IMG_20240412_183355~2.jpg",
    "gas receipt 4-3 shell.heic",
    "file:///C:/Users/marta/Downloads/statement.pdf",
    "Brokerage 1099 Composite & Year-End Summary 2024.pdf",
    "P60 2024-25.pdf",
    "vehicle_log_2024 - FINAL - use this one.xlsx",
    "property tax 2nd half (paid 12-30).png",
    "/mnt/c/Users/Dev/OneDrive/Receipts/coworking_day_passes.pdf",
    "Select Medical W-2c.pdf",
    "exec coaching invoice #6.pdf",
    "rent-ledger_2024 (unit 2B & 3A).csv",
    "IRS letter 5071C - identity verification.pdf",
    "Q3_VAT_return_2024 {draft}.xlsx",
]

LITERALS["engagement_deadline"] = [
    "Reminder: Q4 estimated payment (Form 1040-ES) is due January 15, 2025.",
    "Engagement Letter - 2024 Individual Income Tax Return\n\nDear Mr. & Mrs. O'Neill,\n\nThis letter confirms the terms of our engagement to prepare your 2024 federal and state income tax returns.",
    "Our fee is $850 flat for Form 1040 + Schedule C; each additional state return is $150.",
    "Please return the signed engagement letter and the organizer by Feb 28 -- otherwise we will file an extension (Form 4868).",
    "You are responsible for the completeness and accuracy of the information you provide; we will not audit or otherwise verify it.",
    "Deadline: March 17, 2025 for Forms 1065 and 1120-S (March 15 falls on a Saturday).",
    "REMINDER >> 8879 not signed yet. We can't e-file until it's back.",
    "Extension filed 04/14. New deadline: October 15, 2025. Note: an extension to file is NOT an extension to pay!",
    "Your organizer is ready in the portal under Documents > 2024 > Organizer.",
    "Tax season hours (Feb 1 - Apr 15): Mon-Fri 8-7, Sat 9-1. Drop-off only on Sundays.",
    "1099-NEC/1099-MISC to recipients and the IRS: January 31, 2025.",
    "Your return has been accepted by the IRS (2025-03-04 14:22 ET). State: pending.",
    "Please note: documents received after April 1 may require an extension.",
    "Engagement scope: bookkeeping (monthly), payroll (semi-monthly, 4 employees), and quarterly sales tax filings. Excludes: audit representation, financial statement audits, and forensic work.",
    "The fee estimate assumes no more than 40 brokerage transactions; above that we bill $2.50/transaction.",
    "Reminder: FBAR (FinCEN 114) is due April 15 with an automatic extension to October 15.",
    "Meeting confirmed: Tue 3/11 at 2:30 PM (Zoom link in the calendar invite).",
    "If you disagree with the CP2000, the response must be postmarked within 30 days of the notice date.",
    "Retainer: $1,500 due at signing, applied to the final invoice.",
    "This engagement letter will remain in effect until terminated in writing by either party.",
    "Heads-up: the portal will be down for maintenance Sat 2/8 from 10 PM to 2 AM EST (system upgrade).",
    "Your 2023 return is available to download for 7 years; after that we delete it per our retention policy.",
    "Quarterly payroll (941) due April 30 / July 31 / Oct 31 / Jan 31.",
    "Per our agreement, work begins once we receive: (1) signed letter, (2) prior-year return, (3) all W-2s & 1099s.",
    "Reminder - Form 5500-EZ is due July 31 for calendar-year solo 401(k) plans over $250,000.",
    "Kindly upload your 1099-B *composite* statement (not just the summary page).",
    "Sales tax return (TX) due the 20th of the month after the quarter -> 4/22 this year because of the weekend.",
    "Reminder: RMD for 2024 must be taken by Dec 31. Missed RMDs carry a 25% excise tax (10% if corrected timely).",
    "Hi Marta - friendly reminder that we're still missing the 1098 and the daycare receipts. Thanks!",
    "Privacy notice: we never ask for your full SSN by email or text. If someone does, please call us.",
    "Limitation of liability: our liability is limited to the fees paid for the services giving rise to the claim.",
    "Deadline for 2021 refund claims (amended returns): April 15, 2025. After that, the refund is lost.",
    "Invoice for tax prep will be sent after e-file acceptance; payment due net 15.",
    "Please bring photo ID for both spouses -- the IRS requires it for some identity verification letters (5071C).",
    "Your estimated payments for 2025: $2,400 on 4/15, 6/16, 9/15 and 1/15/2026.",
    "Office closed Monday 2/17 (Presidents' Day). Portal uploads still work.",
    "By signing below you authorize us to e-file your return and to debit $3,300.00 from the account ending in 4471 on 04/15/2025.",
    "Due date falls on Emancipation Day in D.C. -> filing deadline moves to the next business day.",
    "Automatic reminders go out 30, 14 and 3 days before each deadline; reply STOP to opt out of texts.",
    "Scope change: adding Schedule E (2 rental units) - additional fee $275.",
    "Final reminder: organizer and documents due Friday 3/21 for a guaranteed pre-April-15 filing.",
    "Sehr geehrte Frau Schmidt,\nbitte denken Sie an die Abgabe der Umsatzsteuer-Voranmeldung bis zum 10. des Folgemonats.",
    "Rappel : la déclaration de revenus en ligne est à déposer avant le 23 mai (zones 1) / 30 mai / 6 juin.",
    "Recordatorio: la declaración de la renta 2024 se presenta del 2 de abril al 30 de junio de 2025.",
    "Note: the IRS will never call to demand immediate payment via gift cards. Delete those voicemails!",
    "Engagement letter sent via DocuSign on 1/22; second reminder 2/5; still unsigned as of 2/19.",
    "Form 1099-K threshold for 2024 is $5,000 (transition year) -- you may receive one even for personal sales.",
    "Reminder: new beneficial ownership (BOI) report rules changed again - we'll email you when it's final.",
    "Your document request list has 4 open items: 1098, 1095-A, 5498-SA, and the K-1 (Brookside).",
    "Annual review meeting: bring last pay stub of the year + any \"exec\" bonus letters.",
    "Deadline tracker: [x] W-2s  [x] 1099-INT  [ ] 1099-B  [ ] K-1  [ ] 1098",
]

LITERALS["multilingual_note"] = [
    "Beleg für die Bahnfahrt Hamburg–Berlin nachgereicht: 89,90 € inkl. 7 % MwSt.",
    "Bitte die Handwerkerrechnung (Lohnanteil 1.480,00 €) für § 35a EStG berücksichtigen.",
    "J'ai oublié de joindre la facture du plombier : 312,00 € TTC, payée le 04/03.",
    "Pour la déclaration 2042, mes frais réels : 8 400 km × 0,636 € = 5 342,40 €.",
    "Adjunto el recibo del dentista ($1,150). ¿Es deducible como gasto médico?",
    "Mi esposa y yo queremos declarar por separado este año; ¿cuál es la diferencia en el reembolso?",
    "Ho caricato la fattura n. 45/2024 (IVA 22 %) – per favore verificate il codice fiscale.",
    "Segue em anexo o comprovante do IRPF 2024; o valor do reembolso foi R$ 1.834,27.",
    "Załączam fakturę FV/2024/03/117 – kwota brutto 1 230,00 zł (VAT 23 %).",
    "De factuur van de boekhouder (€ 1.210,00 incl. 21% btw) staat in de map 'Kosten 2024'.",
    "Fatura no 2024/118: KDV %20 dahil 4.800,00 TL. Stopaj kesintisi yapıldı mı?",
    "请问2024年的专项附加扣除（子女教育）每月可以扣多少？我有两个孩子。",
    "医療費控除の領収書（合計 ¥184,320）をアップロードしました。確認お願いします。",
    "연말정산 서류 올렸습니다. 의료비 영수증 3건(총 ₩1,240,000) 포함입니다.",
    "Загрузил акт сверки за 1 квартал. Сумма НДС 20 % — 48 600,00 ₽.",
    "Додаю рахунок-фактуру № 117 від 12.03.2024, сума 18 400,00 грн (ПДВ 20 %).",
    "مرفق فاتورة الإيجار لشهر مارس: ٤٬٥٠٠ ريال شاملة ضريبة القيمة المضافة ١٥٪.",
    "מצורפת קבלה על תרומה לעמותה (סעיף 46) בסך 1,800 ₪.",
    "कृपया धारा 80C के तहत मेरा PPF योगदान ₹1,50,000 जोड़ दें।",
    "Tôi đã tải lên hóa đơn GTGT số 0000117, tổng tiền 12.500.000 ₫ (VAT 10%).",
    "Επισυνάπτω το παραστατικό για τα ιατρικά έξοδα: 420,00 € (ΦΠΑ 24 %).",
    "Kvittot för hemnätet (RUT/ROT?) ligger i mappen – 2 450 kr inkl. moms 25 %.",
    "Posílám fakturu č. 2024-0117, celkem 24 200 Kč vč. DPH 21 %.",
    "Kuitti työhuoneen vuokrasta: 350,00 €/kk – voiko tämän vähentää?",
    "Kvitteringen fra legevakten er lastet opp (kr 375,-). Gjelder skattefradrag?",
    "Sz. 2024/117 számla feltöltve, bruttó 98 425 Ft (ÁFA 27 %).",
    "Hola Sarah, te mando el W-2 de mi trabajo nuevo. El anterior (enero–junio) llega la semana que viene.",
    "Guten Tag, die Anlage N habe ich ausgefüllt – Pendlerpauschale 38 km × 220 Tage.",
    "Attention : le montant de la CSG déductible est en case 6DE, pas en 6GU ?",
    "Grazie per il promemoria! Il modello 730 lo firmo lunedì in ufficio.",
    "Obrigado! O IBAN está correto: PT50 0002 0123 1234 5678 9015 4 (conta fictícia para teste).",
    "Der Kontoauszug zeigt \"SEPA-Lastschrift Finanzamt\" über -1.234,56 € – das ist die ESt-Vorauszahlung Q1.",
    "¿Me confirmas si el gasto de gasolina (1.234,56 €) va en el modelo 130 o en el 303?",
    "Le cabinet a bien reçu l'avis d'imposition ; montant restant dû : 0 €. Rien à payer !",
    "Vorsicht: Rechnung 2024-0193 wurde doppelt gebucht (Soll/Haben vertauscht?).",
    "Facture en pièce jointe ; l'ancienne (n° F2024-0456) est annulée et remplacée.",
    "Die Nebenkostenabrechnung 2023 kam erst jetzt – Nachzahlung 412,17 €, bitte noch für 2024 ansetzen.",
    "La ricevuta del medico è in formato .HEIC, spero vada bene lo stesso.",
    "Mi contador anterior usó la tabla 'select' del SAT para las deducciones personales; ¿ustedes también?",
    "Na fakturze jest błąd: NIP powinien być 123-456-32-18 (fikcyjny), a nie 123-456-32-81.",
    "Bitte keine Originale schicken – Scan genügt (PDF, max. 10 MB).",
    "税理士の先生へ：ふるさと納税の寄附金受領証明書（3件、合計¥60,000）を追加しました。",
    "增值税专用发票已上传，税率13%，金额¥11,300.00（含税）。",
    "Ik heb de WOZ-beschikking (€ 412.000) en de jaaropgave van de hypotheek geüpload.",
    "Rechnung Nr. 2024-0193 <bezahlt> – Zahlungseingang am 28.03. auf dem Geschäftskonto.",
    "Trajet domicile–travail : 23 km aller, 218 jours -> barème kilométrique 5 CV.",
    "Lamentablemente el banco cobró una comisión de 3 % por la transferencia internacional (–25,20 €).",
    "Dziękuję! Termin złożenia PIT-37 to 30 kwietnia, zgadza się?",
    "Nota: el NIE del cliente es X-1234567-L (ficticio, sólo para pruebas).",
    "Lieber Herr Becker, anbei die Belege für Arbeitsmittel: Laptop 1.299 €, Schreibtisch 349 €, Stuhl 279 €.",
    "Merci pour le rappel. Le RIB est joint (FR76 3000 4000 0312 3456 7890 143 – compte fictif).",
    "Rechnung vom Steuerberater: 14 Std. × 120 € = 1.680 € zzgl. 19 % USt = 1.999,20 €.",
]

# ---------------------------------------------------------------------------
# Hand-written pools for the small templates
# ---------------------------------------------------------------------------

DOC_ISSUERS = [("W-2", " from my employer"), ("W-2", " from my old job"), ("W-2c", " from Select Medical"),
               ("1099-INT", " from Chase"), ("1099-INT", " from Ally"), ("1099-DIV", " from Vanguard"),
               ("1099-B composite", " from Schwab"), ("1098", " from Rocket Mortgage"),
               ("1098-T", " from the university"), ("1095-A", " from the marketplace"),
               ("5498-SA", " from HealthEquity"), ("K-1", " from Brookside Partners"),
               ("1099-R", " from Fidelity"), ("property tax bill", " from the county"),
               ("SSA-1099", ""), ("1099-G", " from the state"), ("daycare statement", ""),
               ("1099-K", " from PayPal")]
WHEN = ["on Monday", "yesterday", "last Thursday", "on 3/14", "this morning",
        "on Feb 27", "about a week ago", "right after our call"]
DEDUCT_ITEMS = ["my home internet", "a standing desk", "parking at the client's office",
                "my professional license renewal", "the new iPhone", "a CPE webinar",
                "my kid's braces", "a co-working membership", "the moving truck",
                "business cards", "a dashcam for the rideshare car",
                "the tax prep fee from last year", "hearing aids", "my LinkedIn Premium"]
DEDUCT_TAILS = ["I use it about 70% for work.", "Receipt is in the portal.",
                "It was paid with my personal card.", "", "The seller didn't give an invoice, only a text.",
                "Not sure if it's personal or business."]

# (category, vendor, min cents, max cents)
LINE_EN = [("Office supplies", "Staples", 800, 60000), ("Office supplies", "Costco", 1500, 45000),
           ("Repairs & maintenance", "Home Depot", 900, 180000), ("Software", "Zoom", 1499, 24990),
           ("Software", "Adobe", 2099, 71988), ("Software", "Intuit", 3000, 108000),
           ("Vehicle - fuel", "Shell", 2500, 12000), ("Travel - lodging", "Marriott", 14000, 160000),
           ("Postage & shipping", "FedEx", 900, 25000), ("Utilities", "PG&E", 6000, 60000),
           ("Phone & internet", "Comcast", 7999, 24999), ("Travel - airfare", "Delta", 12900, 140000),
           ("Meals (50%)", "Chipotle", 1100, 9000), ("Vehicle - repairs", "O'Reilly Auto", 1200, 90000),
           ("Advertising", "Meta Ads", 5000, 400000)]
# (Kategorie, Lieferant, min cents, max cents)
LINE_DE = [("Bürobedarf", "Otto Office", 500, 40000), ("Reisekosten", "Deutsche Bahn", 1990, 29000),
           ("Bewirtung (70 %)", "Gasthaus Zur Linde", 3000, 40000), ("Porto", "DHL", 95, 6000),
           ("Telefon/Internet", "Telekom", 2995, 9995), ("Fachliteratur", "Thalia", 1200, 15000),
           ("Kfz-Kosten", "Aral", 3000, 12000), ("Fortbildung", "IHK Akademie", 15000, 180000)]

FORM_LINES = [
    ("Form 1040", "line 1a", "W-2 wages"),
    ("Form 1040", "line 2b", "taxable interest"),
    ("Schedule C", "line 8", "advertising"),
    ("Schedule C", "line 18", "office expense"),
    ("Schedule C", "line 24b", "deductible meals"),
    ("Schedule E", "line 14", "repairs"),
    ("Schedule A", "line 1", "medical and dental expenses"),
    ("Schedule A", "line 8a", "mortgage interest"),
    ("Form 8829", "line 21", "utilities"),
    ("Schedule 1", "line 15", "deductible part of SE tax"),
    ("Form 2441", "line 2(d)", "qualified expenses"),
    ("Form 8889", "line 14a", "HSA distributions"),
    ("W-2", "box 2", "federal income tax withheld"),
    ("W-2", "box 17", "state income tax"),
]
FORM_NOTES = ["", " (per the client's spreadsheet)", " - agrees to statement", " -> check vs prior year",
              " (rounded)", " - see attached worksheet"]

INV_PREFIXES = ["INV", "RE", "F", "INV/2024", "AR", "SI"]
BANKS_DE = ["10050000", "37040044", "50010517", "76026000", "12030000"]
BICS = ["GENODEF1XYZ", "COBADEFFXXX", "BELADEBEXXX", "SSKMDEMMXXX"]
BANK_CODES_GB = ["NWBK", "BARC", "LOYD", "HBUK"]
CLIENT_NAMES = ["Rivera & Sons", "O'Neill Family Trust", "Henderson Roofing LLC", "Dr. Amara Okafor",
                "Lopez, Marta", "Brookside Partners LP", "Kowalski Bakery", "Tanaka Design KK",
                "Müller GmbH", "Dupont SARL"]

MERCHANTS = ["STAPLES #0412", "SHELL OIL 5744", "COSTCO WHSE #0481", "UBER *TRIP", "AMZN MKTP US",
             "HOME DEPOT #6612", "USPS PO 0517", "OFFICE DEPOT #221", "STARBUCKS #10234",
             "CHEVRON 0062", "MARRIOTT #4471", "WALGREENS #3310"]
CITIES = [("AUSTIN", "TX"), ("OAKLAND", "CA"), ("DENVER", "CO"), ("BOISE", "ID"),
          ("COLUMBUS", "OH"), ("NEWARK", "NJ"), ("SEATTLE", "WA")]
ACH_PAYERS = [("ADP PAYROLL", "PAYROLL"), ("GUSTO", "NET PAY"), ("IRS TREAS 310", "TAX REF"),
              ("STRIPE", "TRANSFER"), ("SHOPIFY", "PAYOUT"), ("SQUARE INC", "SETTLEMENT"),
              ("PAYPAL", "TRANSFER"), ("VANGUARD", "REDEMPTION"), ("CA FTB", "CASTTAXRFD")]

# (debit account, credit account): pairs that make sense together
JE_PAIRS = [("Office Expense", "Cash"), ("Rent Expense", "Accounts Payable"), ("Accounts Payable", "Cash"),
            ("Cash", "Accounts Receivable"), ("Accounts Receivable", "Sales Revenue"),
            ("Utilities Expense", "Cash"), ("Bank Fees", "Cash"), ("Prepaid Expenses", "Cash"),
            ("Credit Card Payable", "Cash"), ("Meals (50%)", "Credit Card Payable"),
            ("Travel Expense", "Credit Card Payable"), ("Owner's Draw", "Cash"),
            ("Sales Tax Payable", "Cash"), ("Insurance Expense", "Prepaid Expenses"),
            ("Cash", "Unearned Revenue"), ("Software Expense", "Credit Card Payable")]
JE_MEMOS = ["Memo: per bank rec", "(reclass from suspense)", "-- see receipt in portal",
            "Memo: April", "(client approved 5/2)", "// recurring monthly", "Memo: Q2 true-up",
            "(auto-imported from bank feed)"]

SHEET_FUNCS = ["SUM", "AVERAGE", "MAX", "MIN", "COUNT", "SUBTOTAL(9,"]
SHEET_NOTES = ["", " <- total for the quarter", " (rows with receipts only)", " -- matches the bank",
               " should equal the 1099-K gross", " / check against Schedule C"]

RECEIPT_VENDORS = ["staples", "shell", "costco", "uber", "amazon", "delta", "marriott",
                   "walgreens", "home-depot", "usps", "zoom", "adobe"]
RECEIPT_EXTS = ["pdf", "jpg", "png", "HEIC", "jpeg", "PDF"]

# (form, what, clients it applies to, due dates)
DEADLINES = [
    ("Form 1040", "individual return", ["Lopez, Marta", "Dr. Amara Okafor", "the O'Neills"],
     ["April 15", "October 15 (extended)"]),
    ("Form 1040-ES", "estimated payment", ["Lopez, Marta", "Dr. Amara Okafor", "the O'Neills", "Dev Patel"],
     ["April 15", "June 16", "September 15", "January 15"]),
    ("Form 1065", "partnership return", ["Brookside Partners LP", "Rivera & Sons"],
     ["March 17", "September 15 (extended)"]),
    ("Form 1120-S", "S-corp return", ["Henderson Roofing LLC", "Tanaka Design Inc."],
     ["March 17", "September 15 (extended)"]),
    ("Form 941", "payroll return", ["Henderson Roofing LLC", "Kowalski Bakery", "Rivera & Sons"],
     ["April 30", "July 31", "October 31", "February 2"]),
    ("Form 990", "nonprofit return", ["Eastside Food Pantry", "Friends of Elm Park"], ["May 15", "November 17 (extended)"]),
    ("Form 1099-NEC", "contractor forms", ["Henderson Roofing LLC", "Kowalski Bakery"], ["January 31"]),
    ("UStVA", "VAT pre-return", ["Müller GmbH"], ["10. Mai", "10. Juni", "10. Juli"]),
    ("Form 1041", "trust return", ["O'Neill Family Trust"], ["April 15", "September 30 (extended)"]),
]
DEADLINE_TAILS = ["Please upload any missing documents.", "We'll e-file as soon as the 8879 is signed.",
                  "Reply here if you need an extension.", "Payment is due the same day.",
                  "Let us know if anything changed this year (address, dependents, bank).", ""]

ML_DE_ITEMS = ["Tankbeleg", "Hotelrechnung", "Arbeitszimmer", "Fahrtkosten", "Spendenquittung",
               "Handyrechnung"]
ML_FR_ITEMS = ["la note de frais", "le justificatif de don", "la facture du dentiste",
               "le relevé bancaire", "la facture d'électricité"]
ML_ES_ITEMS = ["la factura de luz", "el recibo del médico", "la constancia de retenciones",
               "el comprobante de donación", "el estado de cuenta"]
ML_IT_ITEMS = ["lo scontrino della farmacia", "la fattura del commercialista", "la ricevuta del treno",
               "l'estratto conto"]

# ---------------------------------------------------------------------------
# Small helpers and templates
# ---------------------------------------------------------------------------


def usd(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}${cents // 100:,}.{cents % 100:02d}"


def eur(cents):
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    whole = f"{cents // 100:,}".replace(",", ".")
    return f"{sign}{whole},{cents % 100:02d} €"


def iban(rng, country, bban):
    """Build an IBAN with a correct mod-97 check (fake bank/account numbers)."""
    rearranged = bban + country + "00"
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    check = 98 - int(digits) % 97
    raw = f"{country}{check:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def t_client_question(rng):
    if rng.random() < 0.5:
        doc, issuer = rng.choice(DOC_ISSUERS)
        return (f"Did you get my {doc}{issuer}? "
                f"I uploaded it {rng.choice(WHEN)}.")
    amount = usd(rng.randint(30, 4000) * 100 + rng.choice([0, 0, 99, 49]))
    tail = rng.choice(DEDUCT_TAILS)
    return f"Can I deduct {rng.choice(DEDUCT_ITEMS)} ({amount})? {tail}".rstrip()


def t_line_item(rng):
    if rng.random() < 0.6:
        category, vendor, low, high = rng.choice(LINE_EN)
        text = f"{category} - {vendor}: {usd(rng.randint(low, high))}"
        if category.startswith(("Phone", "Vehicle")) and rng.random() < 0.5:
            text += f" ({rng.choice([50, 60, 70, 80, 90])}% business use)"
        return text
    category, vendor, low, high = rng.choice(LINE_DE)
    return f"{category} – {vendor}: {eur(rng.randint(low, high))}"


def t_form_reference(rng):
    form, locator, desc = rng.choice(FORM_LINES)
    return f"{form} {locator} ({desc}): {usd(rng.randint(1000, 4000000))}{rng.choice(FORM_NOTES)}"


def t_payment_reference(rng):
    kind = rng.randrange(3)
    if kind == 0:
        bban = rng.choice(BANKS_DE) + "".join(str(rng.randrange(10)) for _ in range(10))
        return (f"Please pay {eur(rng.randint(5000, 900000))} to IBAN {iban(rng, 'DE', bban)} "
                f"(BIC {rng.choice(BICS)}), Verwendungszweck: {rng.choice(INV_PREFIXES)}-2024-{rng.randint(1, 999):04d}")
    if kind == 1:
        bban = rng.choice(BANK_CODES_GB) + "".join(str(rng.randrange(10)) for _ in range(14))
        return f"Remit to {rng.choice(CLIENT_NAMES)} - IBAN {iban(rng, 'GB', bban)} - ref {rng.choice(INV_PREFIXES)}{rng.randint(100, 9999)}"
    return (f"{rng.choice(INV_PREFIXES)}-{rng.choice([2023, 2024, 2025])}-{rng.randint(1, 1200):05d} "
            f"| {rng.choice(CLIENT_NAMES)} | {usd(rng.randint(5000, 1500000))}")


def t_bank_memo(rng):
    kind = rng.randrange(3)
    if kind == 0:
        city, st = rng.choice(CITIES)
        return (f"POS PURCHASE {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d} "
                f"{rng.choice(MERCHANTS)} {city} {st} {rng.randint(1000, 9999)}")
    if kind == 1:
        payer, des = rng.choice(ACH_PAYERS)
        return (f"ACH CREDIT {payer} DES:{des} "
                f"ID:{rng.randint(10**8, 10**9 - 1)}")
    _, vendor, low, high = rng.choice(LINE_DE)
    return f"SEPA-Lastschrift {vendor} / {eur(-rng.randint(low, high))}"


def t_journal_entry(rng):
    debit, credit = rng.choice(JE_PAIRS)
    amount = f"{rng.randint(5, 9000):,}.{rng.randint(0, 99):02d}"
    return (f"JE-2024-{rng.randint(1, 400):04d} {rng.randint(1, 12)}/{rng.randint(1, 28)}\n"
            f"Dr {debit} {amount}\n    Cr {credit} {amount}\n{rng.choice(JE_MEMOS)}")


def t_spreadsheet_note(rng):
    col = rng.choice("BCDEFGH")
    r1 = rng.randint(2, 6)
    r2 = r1 + rng.randint(5, 300)
    func = rng.choice(SHEET_FUNCS)
    if func.endswith(","):
        formula = f"={func}{col}{r1}:{col}{r2})"
    else:
        formula = f"={func}({col}{r1}:{col}{r2})"
    return formula + rng.choice(SHEET_NOTES)


def t_receipt_filename(rng):
    kind = rng.randrange(3)
    if kind == 0:
        return (f"receipt_2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}_"
                f"{rng.choice(RECEIPT_VENDORS)}.{rng.choice(RECEIPT_EXTS)}")
    if kind == 1:
        return (f"Scan 2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} at "
                f"{rng.randint(8, 18)}.{rng.randint(0, 59):02d}.{rng.randint(0, 59):02d}.pdf")
    return f"IMG_{rng.randint(1000, 9999)}.{rng.choice(['HEIC', 'JPG', 'jpg', 'PNG'])}"


def t_engagement_deadline(rng):
    form, what, clients, dates = rng.choice(DEADLINES)
    tail = rng.choice(DEADLINE_TAILS)
    return f"Reminder: {form} ({what}) for {rng.choice(clients)} is due {rng.choice(dates)}. {tail}".rstrip()


def t_multilingual_note(rng):
    lang = rng.randrange(4)
    if lang == 0:
        return f"{rng.choice(ML_DE_ITEMS)} hochgeladen – Betrag {eur(rng.randint(500, 150000))}."
    if lang == 1:
        return f"Je vous envoie {rng.choice(ML_FR_ITEMS)} : {eur(rng.randint(500, 150000))}."
    if lang == 2:
        return f"Les envío {rng.choice(ML_ES_ITEMS)} por {eur(rng.randint(500, 150000))}."
    return f"Vi mando {rng.choice(ML_IT_ITEMS)}, importo {eur(rng.randint(500, 150000))}."


TEMPLATES = {
    "client_question": t_client_question,
    "line_item": t_line_item,
    "form_reference": t_form_reference,
    "payment_reference": t_payment_reference,
    "bank_memo": t_bank_memo,
    "journal_entry": t_journal_entry,
    "spreadsheet_note": t_spreadsheet_note,
    "receipt_filename": t_receipt_filename,
    "engagement_deadline": t_engagement_deadline,
    "multilingual_note": t_multilingual_note,
}

CATEGORY_ORDER = [
    "client_question", "line_item", "form_reference", "payment_reference", "bank_memo",
    "journal_entry", "spreadsheet_note", "receipt_filename", "engagement_deadline",
    "multilingual_note",
]


def build():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for category in CATEGORY_ORDER:
        values = []
        literals = LITERALS[category]
        for value in literals:
            if value in seen:
                raise SystemExit(f"duplicate literal in {category}: {value!r}")
            seen.add(value)
            values.append(value)
        n_literal = len(values)
        template = TEMPLATES[category]
        attempts = 0
        while len(values) < PER_CATEGORY:
            attempts += 1
            if attempts > 10000:
                raise SystemExit(f"template for {category} cannot fill {PER_CATEGORY}")
            value = template(rng)
            if value in seen:
                continue
            seen.add(value)
            values.append(value)
        if n_literal < 0.55 * len(values):
            raise SystemExit(f"{category}: only {n_literal} literals of {len(values)}")
        stats.append((category, len(values), n_literal))
        rows.extend((category, v) for v in values)
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, (category, value) in enumerate(rows, start=1):
        if not isinstance(value, str) or not value or len(value) > 1800:
            raise SystemExit(f"bad value in {category}: {value!r}")
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": category, "label": "benign", "value": value})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for category, n, n_lit in stats:
        total_lit += n_lit
        print(f"{category:22s} {n:4d}  literals {n_lit:3d}")
    print(f"{'TOTAL':22s} {len(out):4d}  literals {total_lit:3d}")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
