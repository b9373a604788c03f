"""Generate benign.jsonl for the held-out "legal" corpus.

Legal-practice text as it arrives in ordinary fields of a law firm's matter
management system, an e-discovery review platform, a contract lifecycle tool
and a client intake portal. Every literal below was hand-written for this
corpus; the template functions only recombine small hand-written pools.

Run:  python3 make_benign.py   (writes benign.jsonl next to this file)
"""
import json
import random
from pathlib import Path

SEED = 4101
PREFIX = "hb41"
PER_CATEGORY = 80

# ---------------------------------------------------------------- literals

CONTRACT_CLAUSE = [
    "Notwithstanding Section 7.1, neither party's aggregate liability under this Agreement shall exceed the Fees paid in the twelve (12) months preceding the claim.",
    "\"Confidential Information\" means any information disclosed by either Party (the \"Disclosing Party\") to the other (the \"Receiving Party\"), whether orally or in writing, that is designated as confidential or that reasonably should be understood to be confidential.",
    "Subject to § 4.2(b)(iii), Licensee may not sublicense, assign or otherwise transfer the rights granted herein without Licensor's prior written consent (not to be unreasonably withheld, conditioned or delayed).",
    "The Seller shall indemnify, defend & hold harmless the Buyer Indemnitees from and against any and all Losses arising out of (a) any breach of the Fundamental Representations; or (b) any Excluded Liabilities.",
    "Termination for Convenience. Either Party may terminate this SOW upon thirty (30) days' written notice; provided, however, that Client shall pay for all Services performed through the effective date of termination.",
    "In the event of any conflict between the terms of this MSA and any Order Form, the following order of precedence applies: (1) the Order Form; (2) the DPA; (3) this MSA; (4) the Documentation.",
    "12.3 Governing Law. This Agreement is governed by the laws of the State of Delaware, without regard to its conflict-of-laws principles. Each party submits to the exclusive jurisdiction of the state and federal courts located in Wilmington, DE.",
    "Cap = greater of (i) $2,500,000 or (ii) 2x Fees paid in prior 12 months; carve-outs: §§ 9.1, 9.4 and Customer's payment obligations.",
    "\"Affiliate\" means, with respect to any Person, any other Person that directly or indirectly Controls, is Controlled by, or is under common Control with such Person; \"Control\" means ownership of > 50% of the voting securities.",
    "Force Majeure. Neither party shall be liable for any delay or failure to perform caused by events beyond its reasonable control, including acts of God, war, terrorism, pandemic, strikes, or failure of public utilities / telecommunications networks.",
    "Licensee shall not (a) reverse engineer, decompile or disassemble the Software; (b) remove any proprietary notices; or (c) use the Software to build a competing product -- except to the extent such restriction is prohibited by applicable law.",
    "Section 8.2(c) is hereby deleted in its entirety and replaced with the following: \"(c) [Reserved].\"",
    "The Purchase Price shall be adjusted dollar-for-dollar if Closing Working Capital is < Target Working Capital minus $250,000 or > Target Working Capital plus $250,000 (the \"Collar\").",
    "Each Party represents that it has not relied on any statement, representation, warranty or undertaking not expressly set out in this Agreement (the \"Entire Agreement\" clause, see cl. 24).",
    "Non-Solicitation: for 24 months post-Closing, Seller shall not, directly or indirectly, solicit for employment any Key Employee listed on Schedule 6.14; general advertisements not targeted at such employees shall not breach this § 6.14.",
    "Except as set forth in Section 3.7 of the Disclosure Schedule, there is no Action pending or, to the Company's Knowledge, threatened against the Company.",
    "Die Haftung des Auftragnehmers für leicht fahrlässige Pflichtverletzungen ist ausgeschlossen, soweit nicht wesentliche Vertragspflichten (Kardinalpflichten) betroffen sind; § 309 Nr. 7 BGB bleibt unberührt.",
    "Le présent contrat est régi par le droit français. Tout litige relatif à son interprétation ou à son exécution relèvera de la compétence exclusive du Tribunal de commerce de Paris.",
    "Las partes acuerdan que cualquier controversia derivada del presente Contrato será resuelta mediante arbitraje conforme al Reglamento de la Cámara de Comercio Internacional (CCI); sede: Madrid.",
    "本契約に定めのない事項又は本契約の解釈に疑義が生じた事項については、甲乙誠意をもって協議の上、解決するものとする。",
    "Customer may audit Supplier's compliance with this DPA no more than once per year, upon >= 30 days' prior notice, during normal business hours and subject to reasonable confidentiality undertakings.",
    "Any notice under this Agreement shall be in writing and delivered to: Legal Department, 500 Market St., Suite 1200, San Francisco, CA 94105, with a copy (which shall not constitute notice) to legal-notices@counterparty.example.",
    "Interest on late payments accrues at the lesser of 1.5% per month or the maximum rate permitted by law, calculated from the due date until paid in full.",
    "The Escrow Amount ($1,200,000) shall be held by the Escrow Agent pursuant to the Escrow Agreement and released in accordance with Section 2.6(d)(ii)-(iv).",
    "\"Losses\" excludes punitive, exemplary, consequential & special damages, except to the extent actually paid to a third party pursuant to a Third-Party Claim.",
    "Supplier shall maintain, at its own expense, commercial general liability insurance with limits of not less than $1M per occurrence / $2M aggregate, and shall name Customer as an additional insured.",
    "Upon expiry or termination, the Receiving Party shall promptly return or destroy (at the Disclosing Party's election) all Confidential Information, provided that it may retain copies in automated backup systems until deleted in the ordinary course.",
    "This Amendment No. 3 (\"Amendment\") amends the Master Services Agreement dated March 14, 2021 (as previously amended, the \"Agreement\"). Capitalized terms used but not defined herein have the meanings given in the Agreement.",
    "Sections 5 (Fees), 9 (Confidentiality), 11 (Indemnification), 12 (Limitation of Liability) and 14 (General) survive any expiration or termination of this Agreement.",
    "Each Party shall comply with all applicable anti-bribery laws, including the U.S. Foreign Corrupt Practices Act and the UK Bribery Act 2010, and shall not offer, promise or give any improper payment.",
    "If any provision of this Agreement is held invalid or unenforceable, such provision shall be reformed to the minimum extent necessary and the remaining provisions shall continue in full force & effect.",
    "Change of Control: a transaction in which any person or group acquires beneficial ownership of 50% or more of the outstanding voting power of the Company shall be deemed an assignment for purposes of § 15.2.",
    "MFN. If Vendor offers any other customer pricing for substantially similar volumes that is lower than the Fees hereunder, Vendor shall promptly offer such lower pricing to Customer, effective as of the date first offered to such other customer.",
    "Revenue Share = (Net Receipts – Platform Fees – Refunds) × 30%, payable quarterly within 45 days after the end of each Calendar Quarter.",
    "The Executive shall not, during the Restricted Period, engage in any Competing Business within the Territory; \"Restricted Period\" means 12 months following the Separation Date.",
    "Clause 4.1 shall be read as if the words \"and/or its Affiliates\" were inserted after \"the Company\" in each place where it appears.",
    "Il Fornitore garantisce che i Prodotti saranno conformi alle Specifiche per un periodo di 24 mesi dalla data di consegna (la \"Garanzia\").",
    "De Opdrachtnemer is niet aansprakelijk voor indirecte schade, waaronder gevolgschade, gederfde winst en gemiste besparingen.",
    "WAIVER OF JURY TRIAL. EACH PARTY HEREBY IRREVOCABLY WAIVES, TO THE FULLEST EXTENT PERMITTED BY LAW, ANY RIGHT IT MAY HAVE TO A TRIAL BY JURY IN ANY PROCEEDING ARISING OUT OF OR RELATING TO THIS AGREEMENT.",
    "Service Credits: where Monthly Uptime % < 99.9%, Customer receives 10% of monthly Fees; < 99.0% → 25%; < 95.0% → 50%. Service Credits are Customer's sole and exclusive remedy for unavailability.",
    "Definitions in § 1.1 apply; \"including\" means \"including without limitation\"; headings are for convenience only; references to a statute include it as amended or re-enacted from time to time.",
    "Payment terms: net 45 from receipt of an undisputed invoice; disputed amounts to be notified in writing within 15 business days, with the undisputed portion paid when due.",
    "Open Source Components. Nothing in this Agreement restricts Customer's rights under any open-source license (e.g., GPL-2.0, Apache-2.0) applicable to components listed in the NOTICE file.",
    "Data Subject Requests: Processor shall, taking into account the nature of the Processing, assist Controller by appropriate technical and organisational measures in responding to requests under Art. 15–22 GDPR.",
    "All amounts are exclusive of VAT, GST, sales & use tax; where applicable, tax shall be added at the prevailing rate and shown separately on the invoice.",
    "The parties shall first attempt to resolve any Dispute by escalation: (i) project managers (10 Business Days), then (ii) VPs (10 Business Days), then (iii) mediation under JAMS rules, before commencing any litigation.",
    "Counterparts; Electronic Signatures. This Agreement may be executed in counterparts (including via DocuSign or .pdf), each of which is deemed an original and all of which together constitute one instrument.",
    "Holdback: 10% of each Milestone Payment shall be retained until Final Acceptance under Section 6.3; retention released within 30 days thereafter.",
    "Source Code Escrow. Licensor shall deposit the Source Code (including build scripts, /docs and any third-party libraries needed to compile) with the Escrow Agent within 30 days and update it with each Major Release.",
    "Security Incident means any unauthorized access to, or acquisition, use, disclosure, alteration or destruction of, Customer Data; Supplier shall notify Customer without undue delay and in any event within 48 hours.",
]

EDISCOVERY_SEARCH = [
    "(indemn! w/5 cap*) AND NOT privileged",
    "\"breach of contract\" /s damages",
    "(Smith OR \"J. Smith\" OR jsmith@client.example) AND (merger OR acquisition OR \"Project Falcon\")",
    "terminat! w/10 (convenience OR cause) AND date(>= 2019-01-01)",
    "from:(cfo@acme.example) AND subject:\"Q3 forecast\" AND NOT to:(\"outside counsel\")",
    "\"delete this email\" OR \"don't put this in writing\" OR \"call me instead\"",
    "price w/3 (fix* OR agree* OR coordinat*) AND competitor*",
    "(kickback OR \"facilitation payment\" OR grease) /p (customs OR permit OR license)",
    "custodian:\"Doe, Jane\" AND filetype:(xlsx OR xls OR csv) AND \"side letter\"",
    "privileged OR \"attorney-client\" OR \"work product\" OR \"AC/WP\" OR \"prepared at the direction of counsel\"",
    "shred* OR \"wipe the drive\" OR \"clean up the files\"",
    "(recall* OR defect* OR \"field failure\") w/20 (airbag OR inflator) NOT newsletter",
    "contract* pre/3 (void OR voidable OR unenforceable)",
    "\"non-compete\" OR noncompete OR \"non compete\" OR \"restrictive covenant*\"",
    "sender_domain:competitor.example AND sent:[2020-03-01 TO 2020-06-30]",
    "BegBates >= ABC0001200 AND EndBates <= ABC0004500",
    "Tags = \"Hot\" AND Reviewer != \"contract_rev_07\" AND Responsive = Yes",
    "(union OR \"collective bargaining\") w/15 (organiz* OR \"card check\") AND NOT \"credit union\"",
    "\"select committee\" AND (subpoena OR testimony) AND date:2021",
    "drop w/3 (ship* OR shipment OR \"drop-ship\") AND vendor:\"Northwind\"",
    "exec* w/5 (compensation OR bonus OR \"golden parachute\")",
    "script w/5 (sales OR \"call script\" OR \"talking points\")",
    "(\"sleep study\" OR \"sleep apnea\") AND (claim* OR denial)",
    "((backdat* OR \"back date\" OR \"back-date\") AND (option* OR grant*)) NOT training",
    "Beklagte* w/5 (Schadensersatz OR Vertragsstrafe)",
    "(\"mise en demeure\" OR \"lettre recommandée\") AND (résiliation OR résilier)",
    "(談合 OR カルテル) AND 価格",
    "email_from:*@gmail.com AND custodian:(Lee OR Park) AND has_attachment:true",
    "NOT (newsletter* OR unsubscribe OR \"out of office\" OR \"automatic reply\")",
    "\"kill the deal\" OR \"bury it\" OR \"make it go away\"",
    "patent w/2 (infring* OR invalid*) AND (\"prior art\" OR anticipat*)",
    "confiden! /p (leak* OR disclos*) AND NOT \"confidentiality agreement\"",
    "whistleblow* OR \"hotline report\" OR \"ethics complaint\" OR SOX",
    "doc_date:[2018-01-01 TO 2018-12-31] AND (file_ext:docx OR file_ext:pdf) AND \"board deck\"",
    "(\"$5M\" OR \"5 million\" OR \"five million\") w/10 settlement",
    "(password OR passcode OR \"login credentials\") AND NOT reset -- PII screen for the production",
    "alert* w/5 (FDA OR \"adverse event\" OR MedWatch)",
    "system w/3 (outage OR downtime OR failure) AND \"root cause\"",
    "Responsive:Yes AND Privilege:(Partial OR Withhold) AND NOT Redacted:Complete",
    "(budget OR forecast) NEAR/10 (miss OR shortfall OR \"pull forward\")",
    "\"channel stuffing\" OR \"pull-in\" OR \"bill and hold\" OR \"bill-and-hold\"",
    "\"Project Orca\" OR orca OR \"P.O.\" AND NOT \"purchase order\"",
    "(harass* OR \"hostile work environment\" OR retaliat*) w/10 (manager OR supervisor)",
    "\"trade secret*\" /s (misappropriat* OR download* OR USB)",
    "\"tolling agreement\" OR (\"statute of limitations\" w/20 extend*)",
    "FROM = \"alex.k@acme.example\" AND (TO contains \"@lawfirm.example\" OR CC contains \"@lawfirm.example\")",
    "(sanction* OR OFAC OR embargo*) AND (Iran OR Syria OR Crimea OR \"North Korea\")",
    "\"cc: legal\" OR \"bcc legal\" OR \"looping in counsel\" -- potential privilege",
    "rate* w/5 (increase OR hike) AND \"most favored\" AND NOT draft*",
    "\"drop dead date\" OR \"outside date\" OR \"end date\" w/5 (extend* OR waive*)",
]

PRIVILEGE_LOG = [
    "Email from J. Park (in-house counsel) to R. Diaz re: legal advice regarding draft supply agreement; Attorney-Client Privilege; Withheld.",
    "Memorandum prepared by outside counsel (Harlow & Finch LLP) analyzing exposure under § 10(b); Work Product; Withheld in full.",
    "Email chain (3 msgs) between M. Chen and Legal re: response to CID No. 2022-17; AC/WP; Produced with redactions.",
    "Slide deck, Board of Directors – Litigation Update, slides 14–19 redacted (legal advice of counsel); remainder produced.",
    "Redaction reason: PII – Social Security number (last 4 digits remain visible per stipulated protective order ¶ 8).",
    "Redacted – Privileged: attorney's handwritten notes in margin of draft term sheet.",
    "Spreadsheet \"Reserve_Calc_FY22.xlsx\", tab \"Litigation Reserve\" redacted; prepared at direction of counsel in anticipation of litigation.",
    "Text message from CEO to GC: \"Can we talk about the Beta claim before the call?\" — AC; Withheld.",
    "Draft complaint (v3) circulated to client for comment; Work Product; Withheld; Bates range PRIV0000341–PRIV0000362.",
    "Calendar invite \"Privileged & Confidential – call w/ counsel re: recall\"; body withheld; metadata produced.",
    "Email from paralegal (acting at direction of counsel) collecting invoices for damages calculation; WP.",
    "Entry 114: Attachment to PRIV0000113 – draft settlement agreement with counsel's redlines; AC/WP; Withheld.",
    "Redacted: Protected Health Information (HIPAA) – patient name and DOB on p. 3.",
    "Redacted – Non-responsive; commercially sensitive pricing for unrelated customer (see ESI Protocol § 6(c)).",
    "Handwritten notes of K. Okafor from meeting with counsel, 2021-09-14; AC; Withheld.",
    "Email forwarding counsel's advice to Finance (need-to-know); privilege not waived; AC; Withheld.",
    "Teams chat export, #legal-hold channel, 2022-01-03 to 2022-01-07; partially privileged; produced w/ redactions.",
    "Document: \"Q&A for Investor Call – reviewed by Legal.docx\"; Legal's comments (bubbles) redacted as AC.",
    "Common-interest privilege: email between counsel for co-defendants re: joint defense strategy (JDA dated 03/02/2022).",
    "Log entry corrected per meet-and-confer of 6/12: description changed from \"legal advice\" to \"advice re: indemnity claim under APA § 9.2\".",
    "Redaction type: Privilege | Reason: AC | Pages: 2, 5–6 | Reviewer: QC2 | Status: Final",
    "Redaction label applied: \"REDACTED – PRIVILEGED\" (black box, white text).",
    "Redacted: bank account & routing numbers (Fed. R. Civ. P. 5.2(a)(4)).",
    "Attachment withheld as privileged; parent email produced as a slip sheet: \"Document Withheld on the Basis of Privilege\".",
    "Email from outside counsel to client re: draft response to interrogatory No. 7; AC/WP; Withheld.",
    "Draft press release with counsel's tracked changes; only counsel's comments redacted.",
    "Memo to file, \"Interview of warehouse supervisor\", prepared by investigator retained by counsel (Kovel arrangement); WP.",
    "Lettre de l'avocat au client concernant la stratégie de défense – secret professionnel; retenu.",
    "Schreiben der Rechtsabteilung an den Vorstand betr. Kartellrisiko – anwaltliches Berufsgeheimnis; zurückgehalten.",
    "Email chain includes non-attorney recipients (sales team); AC claimed only for the 2nd message (counsel's advice); remainder produced.",
    "Voicemail transcript from counsel to CFO re: restatement; AC; Withheld.",
    "PRIV-LOG-0457 | 2020-11-03 | Author: Lee, S. (Esq.) | Recipients: Board | Subject: Derivative demand | Basis: AC, WP",
    "Redacted: minor's name replaced with initials \"A.B.\" per Fed. R. Civ. P. 5.2(a)(3).",
    "Draft 10-K risk-factor language re: pending litigation, with GC's comments; AC; Withheld.",
    "Privileged portion: paragraph beginning \"Per our call with outside counsel...\" through end of email.",
    "Clawback notice: PROD003 Bates ABC0012877–ABC0012880 inadvertently produced; privileged under FRE 502(b); please sequester.",
    "Email to in-house counsel copying 14 business recipients; primary purpose = business, not legal advice → downgraded to Not Privileged after 2nd-level review.",
    "Excel \"damages_model_v7.xlsx\" prepared by consulting expert (non-testifying); WP; Withheld (Fed. R. Civ. P. 26(b)(4)(D)).",
    "Redacted – Trade Secret: formulation table on pp. 11–12 (Highly Confidential – AEO).",
    "Note: family-level privilege coding; children inherit \"Withhold\" unless overridden.",
    "Notes of call with insurer's coverage counsel; common interest asserted; Withheld pending meet-and-confer.",
    "電子メール（法務部→営業部）：契約解除に関する法的助言；弁護士・依頼者間秘匿特権；不開示。",
    "Correo del abogado externo al cliente sobre la estrategia procesal; privilegio abogado-cliente; retenido.",
    "Redaction: employee personal cell # (555) 0142 and home address; privacy; per ESI Protocol § 8.",
    "Draft litigation hold notice v2 with counsel's edits (\"do NOT delete any Slack DMs re: Beta\"); AC; Withheld.",
    "Privilege basis: AC; Description: email requesting legal advice re: whether termination notice under § 14.2 was timely.",
    "Redline of Settlement Term Sheet exchanged between counsel only; Fed. R. Evid. 408; Withheld.",
    "Log amended 04/02: entries 201–233 re-described with author/recipient titles; no change to basis.",
    "Email from client to counsel attaching photos of damaged shipment (for counsel's evaluation); AC; attachments produced separately as non-privileged.",
    "Redacted – Personal: employee medical leave details (ADA) on p. 2 of HR file.",
]

DOCKET_CITATION = [
    "Bell Atl. Corp. v. Twombly, 550 U.S. 544, 570 (2007).",
    "Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009) (\"Threadbare recitals of the elements of a cause of action ... do not suffice.\").",
    "ECF No. 47 – MOTION to Dismiss for Failure to State a Claim filed by Acme Corp. (Attachments: # 1 Memorandum of Law, # 2 Exhibit A, # 3 Proposed Order) (Smith, John) (Entered: 03/14/2023)",
    "Case No. 1:23-cv-04417-JPO (S.D.N.Y.)",
    "Dkt. 112 at 4–6; see also Tr. of Oral Arg. 23:4–24:11.",
    "See Celotex Corp. v. Catrett, 477 U.S. 317, 322–23 (1986); Anderson v. Liberty Lobby, Inc., 477 U.S. 242, 248 (1986).",
    "ORDER granting in part and denying in part [52] Motion to Compel. Defendant shall supplement its responses to RFP Nos. 4, 9 and 17 within 14 days. Signed by Magistrate Judge R. Alvarez on 5/2/2023. (jd) (Entered: 05/02/2023)",
    "In re Caremark Int'l Inc. Derivative Litig., 698 A.2d 959, 970 (Del. Ch. 1996).",
    "Id. at 971 n.3 (emphasis added) (internal quotation marks omitted).",
    "28 U.S.C. § 1332(a)(1); Fed. R. Civ. P. 12(b)(6).",
    "Cal. Civ. Proc. Code § 425.16(b)(1) (anti-SLAPP).",
    "NOTICE of Appearance by Maria Gonzalez on behalf of Beta Holdings LLC (Gonzalez, Maria) (Entered: 01/09/2024)",
    "STIPULATION and [Proposed] Order Extending Time to Answer or Otherwise Respond to the Complaint to 2/28/2024 by Beta Holdings LLC. (Gonzalez, Maria) (Entered: 01/10/2024)",
    "Minute Entry for proceedings held before Judge L. Chen: Status Conference held on 6/7/2023. Fact discovery to close 11/30/2023. (Court Reporter: T. Brooks) (kc) (Entered: 06/07/2023)",
    "BGH, Urt. v. 12.01.2022 – VIII ZR 123/21, NJW 2022, 1234 Rn. 17.",
    "Cass. com., 13 févr. 2019, n° 17-14.785, Bull. civ. IV.",
    "[2019] UKSC 20, [2020] AC 1, at [42] per Lord Reed.",
    "Donoghue v Stevenson [1932] AC 562 (HL).",
    "Hadley v. Baxendale (1854) 9 Exch 341, 156 ER 145.",
    "Sec. & Exch. Comm'n v. W.J. Howey Co., 328 U.S. 293, 298–99 (1946).",
    "Compl. ¶¶ 14–22, 57; Answer ¶ 14 (admitting ¶ 14 \"only to the extent\" it quotes the Agreement).",
    "Pl.'s Mem. in Opp'n to Def.'s Mot. for Summ. J. (\"Opp.\") at 12, ECF No. 88.",
    "Ex. 14 to Decl. of J. Roe (ECF No. 90-14) at ABC0002231.",
    "Case 2:22-bk-10987-SK, Chapter 11, Debtor: Northwind Trading Co.; Claims Register #214 ($1,487,220.15, general unsecured).",
    "Fed. R. Evid. 801(d)(2)(D); cf. United States v. Saks, 964 F.2d 1514, 1523–24 (5th Cir. 1992).",
    "See generally 5 Charles Alan Wright & Arthur R. Miller, Federal Practice and Procedure § 1216 (4th ed. 2023).",
    "*2 (unpublished); 2021 WL 1234567, at *3 (D. Del. Mar. 31, 2021).",
    "Restatement (Second) of Contracts § 205 (Am. L. Inst. 1981).",
    "TRANSCRIPT of Proceedings held on 9/14/2023 before Judge K. Patel. Redaction Request due 10/10/2023. Release of Transcript Restriction set for 12/18/2023. (Entered: 09/19/2023)",
    "Docket text: \"SEALED DOCUMENT placed in vault.\" (rh) (Entered: 02/21/2023)",
    "Appeal No. 23-1188 (Fed. Cir.) — Appellant's Opening Brief due 8/15/2023.",
    "Case C-311/18, Data Protection Commissioner v Facebook Ireland Ltd and Maximillian Schrems, EU:C:2020:559, para. 134.",
    "Art. 6 Abs. 1 lit. f DSGVO i.V.m. § 26 Abs. 1 BDSG.",
    "最判平成23年7月15日民集65巻5号2269頁",
    "Judgment entered in favor of Plaintiff in the amount of $412,500.00 plus pre-judgment interest at 9% (N.Y. C.P.L.R. § 5004). (Entered: 11/02/2023)",
    "SCHEDULING ORDER: Amended pleadings due 4/1/2024; Expert reports (party w/ burden) due 7/15/2024; Rebuttal 8/15/2024; Dispositive motions due 10/1/2024.",
    "Letter MOTION for Conference re: discovery dispute (privilege log deficiencies) addressed to Judge J. Paul Oetken from Jane Roe dated 4/3/2023. (Roe, Jane) (Entered: 04/03/2023)",
    "Marbury v. Madison, 5 U.S. (1 Cranch) 137, 177 (1803) (\"It is emphatically the province and duty of the judicial department to say what the law is.\").",
    "15 U.S.C. §§ 78j(b), 78t(a); 17 C.F.R. § 240.10b-5.",
    "Tex. Bus. & Com. Code Ann. § 17.46(b)(24) (West 2023).",
    "Supra note 14; but see Kraus v. Schmidt, 102 F.4th 300, 305 (7th Cir. 2024) (reaching the opposite result on similar facts).",
    "Cour d'appel de Paris, pôle 5 – ch. 11, 7 avr. 2023, RG n° 21/04512.",
    "Tribunal Supremo, Sala de lo Civil, STS 1234/2022, de 3 de marzo, FJ 4º.",
    "ECF No. 61-3 (Exhibit C, filed under seal pursuant to Order at ECF No. 59).",
    "In re Grand Jury Subpoena, 2022 U.S. App. LEXIS 4567 (D.C. Cir. Feb. 18, 2022) (per curiam).",
    "Objections due within 14 days of service. See 28 U.S.C. § 636(b)(1); Fed. R. Civ. P. 72(b)(2).",
    "Plaintiffs' Reply Br. at 3 n.2 (citing Defs.' Resp. to Interrog. No. 11).",
    "PACER fee: $0.10/page, capped at $3.00 per document; docket report 1:23-cv-04417 printed 6/1/2024.",
    "NOTICE OF REMOVAL from Superior Court of California, County of San Mateo, case number 23-CIV-01234. (Filing fee $402, receipt number ACANDC-18293746.) (Entered: 07/21/2023)",
    "HCA 1234/2021, [2023] HKCFI 567, §§ 45–51.",
]

DEPOSITION_EXCERPT = [
    "Q. Please state your full name for the record.\nA. Margaret Ann Sullivan.\nQ. And you're currently employed by Acme?\nA. Yes, since 2016.",
    "Q. I'm handing you what's been marked as Exhibit 12. Do you recognize it?\nA. It looks like an email I sent to Tom.\nQ. Dated March 3rd, 2021?\nA. That's what it says.",
    "Q. Did you ever tell anyone to delete emails about the Beta contract?\nMR. HARLOW: Objection; form.\nA. No. Never.",
    "Q. What did you mean by \"let's not put this in writing\"?\nA. I meant it was easier to talk on the phone. That's all.",
    "Q. Who drafted Section 7.1?\nA. I believe their counsel did. We accepted it with one change -- the cap.\nQ. What change?\nA. We went from one times fees to two times.",
    "THE VIDEOGRAPHER: We are now going off the record. The time is 11:42 a.m.\n(Recess taken.)\nTHE VIDEOGRAPHER: Back on the record at 11:58 a.m.",
    "Q. Is it fair to say you approved the invoice?\nA. I signed off on it, yes. Whether I \"approved\" it -- I relied on procurement.",
    "MS. ROE: I'm going to instruct the witness not to answer on the basis of attorney-client privilege.\nMR. PARK: Are you going to follow your counsel's instruction?\nTHE WITNESS: Yes.",
    "Q. The spreadsheet has a column labeled \"drop\". What does that mean?\nA. Drop-ship. Orders that go straight from the supplier to the customer.",
    "Q. You wrote \"union meeting Thursday, keep it quiet\"?\nA. That was about the plant's union meeting. HR asked us not to spread rumors before the vote.",
    "Q. Did the system send an alert when the temperature exceeded 8 °C?\nA. It should have. I don't recall seeing one.",
    "Q. How many hours a night were you sleeping during that period?\nA. Maybe four. We were working around the clock on the launch.",
    "(Exhibit 27, email dated 6/14/2021, Bates ABC0003310–3312, marked for identification.)",
    "Q. Sir, is this your signature on page 14?\nA. It appears to be.\nQ. \"Appears\"?\nA. Yes, it's mine.",
    "Q. And when you say \"the script,\" what are you referring to?\nA. The call script the sales reps used. It's a one-page document.",
    "Q. What is \"exec\" in this context?\nA. The executive committee. The five of us.",
    "THE REPORTER: I'm sorry, could you repeat the answer? You were talking over each other.\nA. I said I don't know what happened to the laptop after I left.",
    "Q. Did you select the vendor?\nA. I was on the selection committee, but the final decision was Dana's.",
    "Q. You testified earlier -- page 48, lines 3 to 9 -- that you never saw the report. Do you want to change that testimony?\nA. No.",
    "F. ¿Puede decirnos dónde estaba el 3 de marzo?\nR. En la oficina de Monterrey, toda la mañana.\n(Intérprete certificado: L. Ortega)",
    "Frage: Haben Sie den Vertrag vor der Unterzeichnung gelesen?\nAntwort: Ja, zumindest die §§ 1 bis 9.",
    "Q. \"We need to kill this before it gets to the board.\" Did I read that correctly?\nA. You did. \"This\" was the rebranding proposal, not anything about the claim.",
    "Q. What is the password policy for the shared drive?\nA. IT handled it. Eight characters, changed every 90 days, I think.",
    "MR. PARK: Counsel, that's the third time you've asked this question. Asked and answered.\nMS. ROE: I'll move on.",
    "Q. Let me show you Exhibit 31 -- it's a text message thread, ABC0004401 through 4409.\nA. OK.\nQ. Who is \"JD\"?\nA. John Dempsey, our CFO.",
    "Q. Did anyone from legal ever tell you the hold applied to your personal phone?\nA. Not that I remember.",
    "Q. What happened to the original?\nA. I scanned it, saved it to S:\\Contracts\\Beta\\Executed and shredded the paper copy, which was our practice.",
    "(Whereupon, the deposition was adjourned at 4:17 p.m.)",
    "Q. Estimate, if you can, the percentage of shipments that were late in Q3.\nA. Ballpark? 20, 25 percent.\nQ. Is that more or less than Q2?\nA. More.",
    "ERRATA SHEET — Page 62, line 14: change \"shipped\" to \"skipped\". Reason: transcription error.",
    "Q. Is there anything about your health today that would prevent you from giving truthful and complete testimony?\nA. No.",
    "Q. And \"T&E\" means travel and entertainment?\nA. Right, expense reports.",
    "Q. You said the dashboard was \"red across the board.\" What does red mean there?\nA. Below target by more than 10%.",
    "THE WITNESS: Can I take a break? I need to call my kid's school.\nMR. HARLOW: Sure. Five minutes.",
    "Q. Did you review the draft before it went out?\nA. I skimmed it. I was on a plane.\nQ. Which draft -- v3 or v4?\nA. I couldn't tell you.",
    "Q. Describe the process for approving a price exception > 15%.\nA. The rep submits it in the portal, regional VP approves, then finance.",
    "Q. 証人は、当該メールを受信したことを覚えていますか。\nA. はい、覚えています。",
    "Q. Were you aware that the files were being moved to /archive/2019 on the server?\nA. I knew IT was migrating things, not the specifics.",
    "Q. Does the term \"Project Falcon\" mean anything to you?\nA. It was the code name for the acquisition.",
    "MS. ROE: Let the record reflect the witness is pointing to the second paragraph.",
    "Q. Did the agreement have a non-compete?\nA. A non-solicit. Not a non-compete. Our lawyers were very clear about the difference.",
    "Q. When you say you \"dropped the ball,\" what do you mean?\nA. I forgot to send the renewal notice on time.",
    "Q. Your answer to Interrogatory No. 4 says \"approximately $3.2 million.\" How did you arrive at that figure?\nA. Finance ran the numbers; I just reviewed them.",
    "Q. Who else was on the call?\nA. Me, Priya, and someone from their side -- Kevin? -- and their GC joined late.",
    "Q. Is Exhibit 40 a true and correct copy of the lease?\nA. It's missing the rider. Otherwise yes.",
    "REPORTER'S CERTIFICATE: I, Tamara Brooks, CSR No. 12345, certify that the foregoing is a true record of the testimony given.",
    "Q. Did you ever run \"exec summary\" reports from the CRM?\nA. Every Monday.",
    "Q. Ma'am, I'm not asking what you think they meant, I'm asking what the document says.\nA. It says \"no further action.\"",
]

BILLING_NARRATIVE = [
    "0.3 – rev. email re: NDA; draft response to opposing counsel's comments.",
    "1.2 Draft motion to compel (privilege log deficiencies); research re: categorical logs in S.D.N.Y.",
    "0.1 Tel. conf. w/ client (J. Park) re: status.",
    "2.5 – Prepare for & attend deposition of M. Sullivan (Vol. I); confer w/ team re: follow-up.",
    "0.4 Review and revise § 7.1 (limitation of liability) & § 9 (indemnity) per client's redline.",
    "0.6 Analyze Delaware caselaw re: Caremark claims; email summary to R. Diaz.",
    "L120 / A104 – 0.8 – Analysis/strategy: evaluate settlement demand ($1.5M) vs. exposure.",
    "3.0 First-level document review — Batch 0412 (500 docs); tagged Hot/Responsive/Privileged.",
    "0.2 Calendar deadlines per Scheduling Order (ECF No. 31).",
    "1.0 Draft privilege log entries 201–233; QC against redactions.",
    "0.5 Revise SOW (scope, acceptance criteria, change-order process); circulate to client.",
    "0.3 Emails w/ opposing counsel re: search terms (\"indemn!\" & \"cap*\") and hit counts.",
    "0.9 Research: whether Fed. R. Evid. 502(d) order covers inadvertent production of native Excel with hidden tabs.",
    "1.7 Draft engagement letter & conflicts memo for new matter (Beta Holdings – employment).",
    "0.2 Rev. docket; update case calendar (opp. due 3/28).",
    "No charge – 0.4 – internal training on review platform.",
    "Write-off: 1.1 hrs – duplicated research on anti-SLAPP (associate transition).",
    "0.7 Prepare exhibits for summary judgment (Ex. 1–24); confirm Bates & confidentiality stamps.",
    "4.2 Travel to/from Wilmington for hearing (billed at 50% per engagement terms).",
    "0.5 Conf. w/ e-discovery vendor re: processing VOL003, de-dup (global) & email threading.",
    "0,5 Std. – Prüfung des Kaufvertragsentwurfs (§§ 5–9) und Abstimmung mit Mandant.",
    "0,8 h – Rédaction de la mise en demeure; échange avec le client.",
    "1.0 Revisión del contrato de distribución y comentarios a la cláusula de exclusividad.",
    "0.3 Review & respond to client's question: \"can we terminate for convenience?\" (§ 14.2).",
    "Expense: Court reporter (Brooks Reporting) – transcript & rough – $1,284.50.",
    "Expense: PACER – $3.00; Westlaw – pass-through per engagement letter.",
    "0.6 Draft stipulation re: extension of time; email to chambers w/ proposed order.",
    "2.0 Draft Rule 30(b)(6) notice; topics 1–18; coordinate w/ client on designees.",
    "0.1 Leave voicemail for OC.",
    "0.4 Review and comment on DPA (SCCs Module 2; Annex II TOMs).",
    "1.3 Prepare witness outline for J. Roe deposition; select exhibits (12, 14, 27, 31).",
    "0.2 Revise time entries per billing guidelines (no block billing; task codes).",
    "0.8 Legal research re: \"drop-dead\" date and extension mechanics under APA § 10.1(b).",
    "0.5 Draft litigation hold notice; identify custodians (Sales, Finance, IT).",
    "3.5 2L review – privilege QC – 412 docs; 37 downgraded to Not Privileged.",
    "0.3 Telephone call w/ insurer re: coverage position; follow-up email.",
    "1.6 Prepare closing checklist & signature pages; coordinate escrow wire instructions (verbally confirmed).",
    "0.2 Emails re: scheduling mediation (JAMS) — dates 6/3 or 6/10.",
    "0.4 Rev. & finalize NDA (mutual) w/ Northwind; send for e-signature.",
    "0.7 Draft response to RFA Nos. 1–15.",
    "Task: B110 Case Administration | Activity: A106 Communicate (with client) | 0.3 | Rate $425 | Amount $127.50",
    "UTBMS L330 – 1.9 – Deposition prep (witness session #2).",
    "0.6 Researched whether an email signature block satisfies \"signed writing\" under UCC § 2-201.",
    "0.2 – rev. & approve vendor invoice (hosting 1.2 TB @ $8/GB/mo).",
    "1.1 Draft memo: exposure under Cal. Lab. Code § 226 (wage statement penalties) — class of ~340.",
    "0.5 Prepare redaction instructions for vendor (PII, PHI, AEO) & sample set.",
    "0.3 清算条項の修正案を確認し、依頼者へメールで回答。",
    "0.9 Attend meet-and-confer re: ESI protocol; discussed TAR/continuous active learning & validation (elusion test).",
    "0.4 Respond to audit letter request (ASC 450) – list of pending/threatened litigation.",
    "0.2 Save signed settlement agreement to DMS (//dms/matters/2023-0142/Settlement/Executed).",
]

INTAKE_ANSWER = [
    "My landlord kept my $2,400 deposit & says I \"damaged the carpet\" -- it was already stained when I moved in (I have photos from 2021).",
    "I was let go two weeks after I complained to HR about overtime. My manager said it was \"restructuring\" but they hired someone for my job.",
    "We're a 12-person startup; need help reviewing a SaaS agreement before Friday. Vendor says their terms are \"non-negotiable\"; is that true?",
    "Car accident on I-95 near exit 19 on 3/4. Other driver ran the red light; police report #2024-00317. I have neck pain and missed 6 days of work.",
    "How did you hear about us? -> Google search for \"employment lawyer near me\" + a friend's recommendation.",
    "Opposing party: Beta Holdings LLC (and its parent, Beta Group Inc.; possibly also \"Beta Logistics\")",
    "I got served with papers yesterday. It says I have 21 days to respond?? I don't understand what \"answer or otherwise plead\" means.",
    "Preferred contact: email only please (jroe.home@mail.example). Don't call my work number.",
    "My business partner and I split 50/50 but he's been taking money out of the company account without telling me. Over $40k since January.",
    "Immigration question: my H-1B employer is being acquired -- do I need a new petition or an amended one?",
    "The contractor took a $15,000 deposit and never started. He stopped answering texts. I have the contract & Venmo receipts.",
    "Estate matter: my father passed in May; no will that we've found. Assets: house (joint w/ my stepmother?), a 401(k), and a car.",
    "Is there a conflict? The other side is Northwind Trading Co. — I think your firm represented them in 2019?",
    "Describe your issue (max 2000 characters): Our HOA is fining us $50/day for a fence that was approved in writing by the prior board.",
    "Ich habe eine Kündigung erhalten, ohne Abmahnung. Ich arbeite seit 7 Jahren dort. Ist das zulässig?",
    "J'ai signé un bail commercial et le propriétaire refuse de faire les réparations du toit. Que puis-je faire ?",
    "Me despidieron sin pagarme las horas extra de los últimos 3 meses. ¿Tengo derecho a reclamar?",
    "Budget: we'd prefer a flat fee or a cap; hourly billing makes our board nervous.",
    "Urgency: HIGH – hearing is Monday 9:00 a.m. in Dept. 14 (restraining order).",
    "I'm not sure if this is a legal issue or not, but my ex posted my private photos online & I want them taken down.",
    "Company name: O'Connor & Daughters, Inc. (d/b/a \"OCD Plumbing\")",
    "We received a cease-and-desist letter claiming our logo infringes their trademark. Their logo is a blue circle; ours is a green hexagon.",
    "Annual revenue: <$1M | Employees: 3 | Entity type: LLC (single-member) | State: Texas",
    "I was injured at work (fell from a ladder) and the workers' comp carrier denied my claim, saying it was \"pre-existing.\"",
    "My name on my license is María José Fernández-López, but some records have it as \"Maria Fernandez\" — please use the full name.",
    "What outcome are you looking for? -> Get my money back + have the negative review removed (if that's possible).",
    "I need a prenup. Wedding is in 10 weeks. Both of us have kids from prior marriages and I own a rental property.",
    "Our software was copied by a former employee who now works for a competitor. We have logs showing he downloaded the /src folder the night before he quit.",
    "Landlord entered my apartment w/o notice 3 times; once while I was in the shower. Lease says 24 hrs notice.",
    "I'm a freelance translator; a client owes me €3.800 for 4 invoices (60+ days overdue). They're in Germany, I'm in Spain.",
    "我的雇主拖欠了两个月的工资，我该怎么办？",
    "Other parties involved: my sister (co-trustee), her husband, and the bank (trust dept.)",
    "Yes — I already talked to another lawyer but they didn't return calls after the consultation.",
    "Do you handle data breach notifications? Our clinic's email was hacked & ~1,200 patients' info might be exposed.",
    "I co-signed my son's car loan; he stopped paying and now the lender is calling me. Can they garnish my wages?",
    "Deadline I know of: statute of limitations maybe 2 yrs from 6/1/2022?? Not sure.",
    "We want to set up a 501(c)(3) for a community garden — bylaws, conflict-of-interest policy, the whole thing.",
    "Anything else we should know? I have a hearing impairment; please use email or captioned video for meetings.",
    "Trademark: we've used \"Sunny Side Up!\" for our café since 2015; someone just filed for it with the USPTO.",
    "My mom signed a contract with a home-repair company at 82 years old under pressure; 3-day cancellation window passed. Any options?",
    "The insurance adjuster said my claim is \"under review\" for 5 months now. Policy # HO-4471-0923.",
    "I'm a tenant in a rent-stabilized unit; the new owner says I have to leave because they're \"renovating.\"",
    "Who referred you? Dr. A. Kaur (she said you helped with her practice's lease).",
    "We're selling our dental practice; buyer sent an LOI with a 90-day exclusivity & an earn-out. Need someone to review ASAP.",
    "Need to update my will: add my new grandchild, remove my ex-husband as executor, and leave my piano to my niece 🎹.",
    "My employer wants me to sign a non-compete for $0 extra. I'm in Colorado. Is it even enforceable?",
    "Can you help with a small claims case (<$10,000)? Or should I just file myself?",
    "Case number (if any): 23-CIV-01234 / Superior Court, San Mateo",
    "私はアパートの退去時に敷金を返してもらえませんでした。相談できますか？",
    "Please don't send anything to my home address — my spouse doesn't know about this yet.",
]

MATTER_NOTE = [
    "Client prefers all drafts as .docx w/ track changes ON; no PDFs until final.",
    "Conflict check cleared 3/2 (no hits on Beta Holdings, Beta Group, or officers). Engagement letter signed & countersigned.",
    "Opposing counsel (Harlow & Finch) agreed to a 2-week extension; stip to be filed by Fri. — DON'T let this slip again.",
    "Reminder: the 502(d) order is entered (ECF 29) -> clawback w/o waiver, regardless of care taken.",
    "Hot doc: ABC0003310 – CFO email \"let's not put this in writing\"; add to depo outline for Sullivan.",
    "Settlement authority: up to $750k (per GC, call 4/2); do NOT disclose number to mediator until afternoon session.",
    "Key dates: Answer due 2/28; Rule 26(f) conf. 3/15; Initial disclosures 3/29; Fact discovery close 11/30.",
    "Note re: search terms — \"drop\" hits 40k docs (drop-ship noise); propose \"drop w/3 ship*\" instead.",
    "Client's IT says Slack retention was 90 days until 2022; older DMs are gone. Need declaration from IT lead.",
    "Partner review comments: tighten § 9.2 carve-outs; consider super-cap for data breach (3x fees?).",
    "Billing: client requires task codes (UTBMS) and no entries < 0.1; LEDES 1998B via e-billing portal.",
    "File path for executed docs: \\\\fs01\\Matters\\2023-0142\\Executed\\ (read-only for staff).",
    "Matter closed 12/15. Retention: 7 yrs; destroy after 12/15/2030 unless hold applies.",
    "Heads-up: witness J. Roe is left-handed, the signature on Ex. 14 looks right-handed (!). Get handwriting expert?",
    "Mediator: Hon. (Ret.) S. Okafor, JAMS. Half-day, $6,500 split 50/50. Confidential mediation statement due 5/27.",
    "Do not email client at work address (company monitors email). Personal: see intake form.",
    "Translated docs (DE→EN) back from vendor; spot-check §§ 3 & 7 — \"Vertragsstrafe\" translated as \"penalty,\" should be \"contractual penalty\".",
    "Budget status: 68% of Phase 2 budget used; notify client when we hit 80% per OCG § 4(b).",
    "Client asked whether \"subject to contract\" in the LOI prevents a binding agreement. Short answer: probably yes under English law; check NY.",
    "Call w/ OC re: ESI: they want TAR; we want search terms + validation. Compromise: TAR w/ elusion sample ≥ 1,500 docs.",
    "Sealing motion: need to show \"compelling reasons\" (9th Cir. standard) for Exs. 3, 7 & 11 — not just \"good cause.\"",
    "Remember: client's fiscal year ends 6/30, so 'FY24 Q3' = Jan–Mar 2024.",
    "Custodian list (v4): Sullivan, Dempsey, Park, Lee, Nakamura, Ortega; IT: shared drives S:\\Sales & S:\\Finance; Teams #deal-team.",
    "Expert retained: Dr. P. Ivanova (forensic accounting). Kovel letter signed. Route everything through counsel.",
    "Mandant wünscht Korrespondenz auf Deutsch; Schriftsätze an das Gericht aber auf Englisch (Schiedsverfahren, ICC).",
    "Dossier: le client souhaite une transaction rapide; plafond à 120 000 € selon l'e-mail du 14/03.",
    "Research note: courts split on whether a \"click-wrap\" w/ hyperlinked terms gives reasonable notice. See attached chart (CA, NY, IL, TX).",
    "Local counsel (Delaware): R. Patel at Patel & Moore; needs 48 hrs to review before any filing.",
    "Exhibit numbering convention: plaintiff PX-001..., defendant DX-001...; joint JX-001. Don't re-number after 6/1.",
    "Follow-up: confirm the wire instructions by PHONE (number from our file, not the email) — vendor fraud alert last month.",
    "Judge's individual practices: pre-motion letter required (≤ 3 pages) before any motion to dismiss; courtesy copies NOT accepted.",
    "TODO: update privilege log entries #114–#120 w/ author titles; OC flagged them as \"insufficient\" in 4/3 letter.",
    "Client rep changed: new GC is Dana Whitfield (dwhitfield@client.example) as of 9/1; old GC out.",
    "Production VOL004 shipped on encrypted drive (password sent separately by phone). Vendor tracking #1Z999AA10123456784.",
    "Hold notice ack tracking: 11/14 custodians acknowledged; chase Ortega, Lee & Nakamura (2nd reminder Mon).",
    "Strategy: move to transfer under § 1404(a)? Forum selection clause (§ 12.3) points to Delaware.",
    "Re: \"most favored nation\" language — client is OK w/ MFN on price, not on SLA terms.",
    "Statute of limitations check: breach occurred 6/1/2020 → 4 yrs (UCC § 2-725) → 6/1/2024. File by 5/15 to be safe.",
    "メモ：相手方代理人から和解案（3,000万円）の提示あり。依頼者と来週協議予定。",
    "Note to self: the \"union\" emails (Ex. 33–35) are about the labor union, not the merger — don't over-designate.",
    "Trial prep: jury instructions draft due 2 weeks before FPTC; use pattern instr. 4.1 & 4.2, modify 4.3 (\"reasonable reliance\").",
    "Per client, the \"system\" referenced in emails = the ERP (SAP), not the HR system.",
    "Docketing: deadlines computed under FRCP 6(a); no +3 days for e-service (amended 2016).",
    "Associate assignment: A. Nakamura (research), P. Singh (doc review QC), paralegal T. Brooks (exhibits).",
    "Potential issue: client's CFO forwarded our advice memo to the auditors → waiver risk? Research work-product vs. AC waiver standards.",
    "Intake flagged possible conflict: firm advised Northwind in 2019 (closed). Ethics partner says OK with informed consent in writing.",
    "Reminder that the redaction log must be produced with each volume (ESI Protocol § 8(d)).",
    "Client approved budget increase to $185,000 (email 5/8, saved in Correspondence folder).",
]

CORRESPONDENCE = [
    "Dear Ms. Roe,\n\nFurther to our call, please find attached our comments on §§ 7–9 of the draft MSA. We remain unable to accept an uncapped indemnity.\n\nKind regards,\nJ. Park",
    "Counsel — We write regarding Defendant's privilege log served 3/20. Entries 114–120 do not identify the author's role or the subject matter with sufficient particularity. Please supplement by 4/10 or we'll seek the Court's intervention.",
    "Sehr geehrte Damen und Herren,\n\nnamens und in Vollmacht unserer Mandantin fordern wir Sie auf, den ausstehenden Betrag i.H.v. EUR 48.500,00 bis zum 30.06. zu zahlen.\n\nMit freundlichen Grüßen",
    "Maître,\n\nJe fais suite à notre échange téléphonique de ce jour. Vous trouverez ci-joint le projet de protocole transactionnel; nos commentaires figurent en mode révision.\n\nBien confraternellement,",
    "Estimado Sr. García:\n\nLe remitimos adjunto el borrador del contrato de arrendamiento con nuestras observaciones a las cláusulas 5ª y 9ª.\n\nAtentamente,",
    "Hi Tom — quick one: can you confirm whether the \"Effective Date\" is signing or Closing? The SPA uses both (cf. § 1.1 vs. § 2.3). Thanks!",
    "RE: Acme v. Beta – Deposition Scheduling\nWe can offer Ms. Sullivan on June 3 or June 10 (9:30 a.m. ET, remote via Zoom). Please confirm by Friday.",
    "Without prejudice save as to costs\n\nDear Sirs,\n\nOur client is prepared to settle all claims for GBP 275,000 inclusive of interest and costs, open for 14 days.",
    "PRIVILEGED & CONFIDENTIAL – ATTORNEY-CLIENT COMMUNICATION\n\nDana — Short answer: yes, you can terminate for convenience under § 14.2, but the 60-day notice runs from receipt, not dispatch.",
    "拝啓　時下ますますご清栄のこととお慶び申し上げます。さて、標記の件につきまして、添付のとおり契約書案をお送りいたします。ご確認のほどよろしくお願いいたします。敬具",
    "Gentile Avvocato,\n\nin riferimento al contratto di fornitura del 12 marzo, Le trasmettiamo in allegato le nostre osservazioni sull'art. 8 (limitazione di responsabilità).\n\nCordiali saluti,",
    "Geachte heer De Vries,\n\nHierbij bevestigen wij de ontvangst van uw brief van 4 april jl. Wij komen hier binnen twee weken inhoudelijk op terug.\n\nMet vriendelijke groet,",
    "Prezados, segue em anexo a minuta do acordo de confidencialidade (NDA) com as nossas sugestões. Ficamos à disposição para uma call na quinta-feira.",
    "Dear Judge Alvarez:\n\nThe parties jointly write pursuant to Your Honor's Individual Practices § 2(A) to request a pre-motion conference regarding a discovery dispute.",
    "Thanks, Priya. I've uploaded the redlines to the deal room (folder \"03 – SPA / Drafts\"). Please don't circulate v7 outside the working group list.",
    "Kevin, as discussed: our client will not agree to \"any and all\" in the release -- it must be limited to claims arising out of the Agreement. Revised ¶ 4 attached.",
    "Please note our office will be closed 12/24–1/1. For urgent matters (TROs, filings), call the on-call line at +1 (212) 555-0199.",
    "Dear Client,\n\nThis letter confirms the terms on which Harlow & Finch LLP will represent Beta Holdings LLC (\"you\") in connection with the Northwind dispute (the \"Matter\").",
    "Szanowni Państwo, w załączeniu przesyłamy projekt umowy wraz z naszymi uwagami do § 6 i § 11.",
    "Уважаемые коллеги, направляем Вам проект соглашения о конфиденциальности с нашими комментариями.",
    "Hi all — reminder that the litigation hold remains in effect. Please do NOT delete texts, Slack/Teams messages, or files on personal devices re: Beta. Questions -> legal@client.example.",
    "Per your request, attached is the executed Amendment No. 3 (fully signed via DocuSign; envelope ID on p. 4).",
    "Counsel,\n\nWe are in receipt of your letter dated May 2. We disagree with your characterization of the \"drop dead\" date; § 10.1(b) plainly permits a 30-day extension.",
    "尊敬的王律师：关于贵方来函所提及的违约责任问题，我方意见详见附件。此致 敬礼",
    "Dear Mr. O'Brien — the hearing has been adjourned sine die; we'll let you know as soon as the court lists a new date.",
    "Meet & confer summary (for the file): agreed to 15 custodians, date range 1/1/2019–12/31/2022, 27 search terms (hit report attached), rolling productions every 3 weeks.",
    "Bonjour Claire, pouvez-vous me confirmer si l'article L. 442-1 du Code de commerce s'applique à notre contrat de distribution ? Merci d'avance !",
    "Hallo Herr Schmidt, anbei der unterschriebene Vergleich (3 Seiten). Das Original geht heute per Einschreiben/Rückschein raus.",
    "Hi Maria — the court rejected our filing b/c the PDF wasn't text-searchable. Can you re-OCR and re-file before 5 p.m.?",
    "On behalf of the Receiving Party, we hereby certify the destruction of all Confidential Information in accordance with § 9.4 of the NDA, save for copies retained in automated backups.",
    "Dear Sir/Madam,\n\nNotice is hereby given pursuant to Section 14.2 that Acme Corp. terminates the Agreement effective sixty (60) days from receipt of this notice.",
    "Thanks for the quick turn! One nit: § 4.2(b)(iii) cross-refers to \"Section 4.5\", which doesn't exist anymore (renumbered to 4.4).",
    "Good morning. Attached please find Plaintiff's First Set of Requests for Production (Nos. 1–42). Responses are due within 30 days of service.",
    "Kære Lars, vedhæftet finder du vores kommentarer til aktionæroverenskomsten. Lad os tage et kort opkald i morgen.",
    "Hej Anna, bifogar utkastet till avtalet med våra ändringar i punkt 7 och 12.",
    "Dear Dr. Kaur, thank you for choosing our firm. To get started, please upload the lease, all amendments, and any notices from the landlord to the client portal.",
    "Apologies for the delay — we were waiting on the client's sign-off. We can accept your proposed carve-out for fraud & willful misconduct; see clean + redline attached.",
    "Sorry, one more thing: please make sure the exhibits use the \"CONFIDENTIAL – SUBJECT TO PROTECTIVE ORDER\" legend, not \"AEO\".",
    "Dear Counsel: Enclosed please find a check in the amount of $12,500.00 representing full payment under ¶ 2 of the Settlement Agreement.",
    "עורך דין נכבד, מצורפת טיוטת ההסכם עם הערותינו לסעיף 9. נשמח לתאם שיחה.",
    "عزيزي المحامي، مرفق مسودة العقد مع ملاحظاتنا على البند السابع.",
    "Hi team – Zoom link for tomorrow's prep session: https://zoom.example/j/84412093311 (passcode in calendar invite).",
    "I'm out of the office until Monday 6/10 with limited access to email. For urgent matters re: Acme v. Beta, contact Priya Singh.",
    "Dear Ms. Whitfield,\n\nPlease find enclosed our invoice no. 2024-0387 for professional services rendered through 5/31 ($38,412.50). Payment is due within 30 days.",
    "Follow-up to our call: we'll send the draft complaint by Thurs.; you'll have 48 hrs to review facts in ¶¶ 10–35 before we file.",
    "Just flagging: their draft uses \"reasonable efforts\" in § 5.1 but \"best efforts\" in § 5.3. Intentional? We'd push for \"commercially reasonable efforts\" throughout.",
    "Dear Counsel, please see the attached 30(b)(6) notice. We're flexible on dates but need the witness(es) designated by 6/14.",
    "Respected Sir, kindly find attached the reply to the legal notice dated 02.05.2024 issued on behalf of your client.",
    "Hi! Just confirming I received the signed engagement letter and the $5,000 retainer. We'll open the file today. 🙂",
    "Dear colleagues,\n\nplease note that the Tribunal has granted the Respondent's request for an extension; the Statement of Defence is now due on 15 July.\n\nBest,\nThe Secretariat",
]

DOCUMENT_METADATA = [
    "\\\\fs01\\Matters\\2023-0142\\Pleadings\\2023-03-14 Motion to Dismiss (filed).pdf",
    "/matters/2023-0142/production/VOL003/NATIVES/ABC0001234.xlsx",
    "S:\\Litigation\\Acme v. Beta\\Depositions\\Sullivan, M\\2023-06-12 Sullivan Vol I (rough).txt",
    "þBEGBATESþ\u0014þENDBATESþ\u0014þCUSTODIANþ\u0014þDATESENTþ\u0014þFILEPATHþ",
    "þABC0001234þ\u0014þABC0001236þ\u0014þSullivan, Margaretþ\u0014þ03/03/2021þ\u0014þ\\\\VOL003\\NATIVES\\ABC0001234.msgþ",
    "ABC0001234,ABC0001236,\"Sullivan, Margaret\",2021-03-03,Email,\"RE: Beta – pricing (privileged?)\"",
    "BegBates: ABC0003310 | EndBates: ABC0003312 | Confidentiality: Highly Confidential – AEO | Redacted: Y",
    "IMAGES\\VOL004\\0001\\ABC0004401.tif",
    "Doc title: \"Master Services Agreement – Acme_Beta (EXECUTED) v7.docx\"; Author: jpark; Last modified by: R.Diaz; Pages: 38",
    "Custodian=Dempsey, John; Source=O365 mailbox; Collected=2022-11-04; Hash (MD5)=5d41402abc4b2a76b9719d911017c592",
    "../Exhibits/Ex. 12 - Sullivan email 2021-03-03.pdf",
    "file:///C:/Users/jroe/Documents/Drafts/SPA%20v7%20(clean).docx",
    "DMS ref: iManage Work://WORKSITE/ACTIVE/12345678/3 — \"Settlement Agreement (final)\"",
    "Folder: /Client Docs/Beta Holdings/2024/Contracts/NDAs/Mutual NDA – Northwind (signed).pdf",
    "Subject: RE: FW: RE: Q3 forecast -- CONFIDENTIAL (do not forward)",
    "From: \"Dempsey, John\" <jdempsey@acme.example>; To: \"Sullivan, Margaret\" <msullivan@acme.example>; Cc: legal@acme.example; Sent: Wed 3/3/2021 4:12 PM",
    "Attachment names: Q3_forecast_v2.xlsx; Pricing Exceptions (FINAL).pdf; image001.png",
    "Conversation index: 01D70F8A6B... | Thread group: 4471 | Email family: ABC0003310–ABC0003312",
    "Load file: VOL003.dat (Concordance, þ quote / \u0014 delim), VOL003.opt (Opticon), VOL003.lfp",
    "ABC0004401,VOL004,IMAGES\\VOL004\\0001\\ABC0004401.tif,Y,,,3",
    "Redaction log row: ABC0012877 | p. 2 | PII (SSN) | black box | reviewer: QC2",
    "Metadata field mapping: DateSent -> SENT_DATE (MM/DD/YYYY); From -> EMAIL_FROM; Subject -> EMAIL_SUBJECT; FilePath -> ORIG_PATH",
    "Original path: C:\\Users\\msullivan\\Desktop\\OLD - delete\\pricing\\exceptions 2020.xlsx",
    "Native file name: \"~$Q3 forecast.xlsx\" (owner file, 162 bytes) — excluded as system file",
    "DeNIST'd: 14,208 files removed (NSRL RDS 2023.06); de-dup: global, custodian-level reporting preserved",
    "Production cover letter: VOL005 – ABC0012001 through ABC0015480 – 3,480 pages – natives for .xls/.csv/.ppt",
    "Slip sheet text: \"Document Produced in Native Format\" — ABC0013002",
    "Doc type: Deposition Transcript; Witness: Sullivan, M.; Date: 2023-06-12; Vol: I; Pages: 1–254; Exhibits: 1–31",
    "Tags: Hot; Responsive; Key Doc – Depo Prep; Issue: Pricing, Termination",
    "Review batch: REV-0412 | Assigned: contract_rev_07 | Status: Complete | Docs: 500 | Avg sec/doc: 38",
    "Filename: Acme v. Beta – Joint Stipulation re ESI (executed) [ECF 29].pdf",
    "Hash (SHA-1): 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12 — duplicate of ABC0001234 (different custodian)",
    "/archive/2019/contracts/beta/Amendment No. 2 (signed) (1).pdf",
    "Path: \\\\nas02\\HR\\Investigations\\2022-07 (privileged)\\Interview notes\\witness_3.docx",
    "Dokumentname: Kaufvertrag_Entwurf_v5 (Anm. Mandant).docx; Autor: Schmidt; Geändert: 14.03.2024",
    "Nom du fichier : Protocole transactionnel – version signée.pdf",
    "ファイル名：業務委託契約書（最終版）.pdf",
    "Embedded objects: 2 (Excel worksheet, OLE); hidden rows: 14–22 on tab \"Calc\"; comments: 5 (author: RD)",
    "Email header: X-MS-Exchange-Organization-AuthAs: Internal; Message-ID: <CAF3x9Q@mail.acme.example>",
    "Privilege family: ABC-PRIV-0457 (parent) / ABC-PRIV-0458 (attachment: draft_response_v2.docx)",
    "OCR text quality: low (handwritten); manual review required for pp. 4–9",
    "Chain of custody: collected by T. Brooks (CFCE) 11/04/2022 14:32 ET; image: E01, SHA-256 verified; stored in evidence locker #3",
    "Mobile export: iPhone 12 (custodian Dempsey) – iMessage/SMS 2021-01-01 → 2021-12-31; 4,212 messages; 38 attachments",
    "Slack export: channels/#deal-team/2021-03-03.json (12 messages, 2 files)",
    "Bates prefix/suffix: ACME-CONF-000001 … ACME-CONF-004500; stamp lower-right, 10pt Arial",
    "Date range filter: >= 01/01/2019 AND <= 12/31/2022 (sent/created, UTC)",
    "Deleted items folder: \"Deleted Items\\Beta\" (287 items, recovered from PST)",
    "Document properties: Title = \"DRAFT – Subject to FRE 408\"; Company = Harlow & Finch LLP; Template = Normal.dotm",
    "Export: privilege_log_v4_2024-04-02.xlsx (233 rows; columns A–L; filter on Basis = \"AC\" OR \"WP\")",
    "Link in doc: https://sharepoint.acme.example/sites/Legal/Shared%20Documents/Beta/Settlement?web=1",
]


# ---------------------------------------------------------------- templates

def t_contract_clause(rng):
    refs = ["Section 7.1", "§ 4.2(b)(iii)", "Section 9.4(a)", "Clause 12.3", "Article 5", "§ 2.6(d)", "Section 14.2", "§§ 8.1–8.3"]
    parties = ["the Supplier", "Licensee", "the Company", "each Party", "the Receiving Party", "Buyer", "the Contractor"]
    duties = [
        "deliver a written notice of any claim",
        "return or destroy all Confidential Information",
        "provide a certificate of insurance",
        "remit all undisputed amounts",
        "cure the breach",
        "furnish updated Disclosure Schedules",
        "notify the other Party of any Security Incident",
    ]
    triggers = ["the Effective Date", "Closing", "receipt of the Invoice", "the Termination Date", "written request", "the end of each Contract Year"]
    days = rng.choice(["five (5)", "ten (10)", "thirty (30)", "sixty (60)", "ninety (90)"])
    return (f"Notwithstanding {rng.choice(refs)}, {rng.choice(parties)} shall {rng.choice(duties)} "
            f"within {days} days after {rng.choice(triggers)}.")


def t_ediscovery_search(rng):
    a = ["indemn!", "terminat!", "breach*", "royalt*", "warrant*", "rebate*", "exclusiv*", "penalt*"]
    b = ["cap*", "notice", "damages", "\"most favored\"", "audit*", "renew*", "discount*"]
    tail = ["AND NOT privileged", "AND custodian:(Sullivan OR Dempsey)", "AND date(>= 2020-01-01)",
            "NOT newsletter*", "AND filetype:(msg OR eml)", "AND Responsive = Yes"]
    n = rng.choice([3, 5, 10, 15, 20])
    op = rng.choice(["w/", "pre/", "NEAR/"])
    return f"({rng.choice(a)} {op}{n} {rng.choice(b)}) {rng.choice(tail)}"


def t_privilege_log(rng):
    auth = ["J. Park (Esq.)", "R. Diaz (GC)", "outside counsel (Harlow & Finch)", "M. Chen (Legal Ops, at direction of counsel)", "S. Lee (Esq.)"]
    subj = ["draft supply agreement", "indemnity claim under APA § 9.2", "response to CID", "termination notice under § 14.2",
            "settlement strategy", "litigation hold scope", "regulatory inquiry (FTC)"]
    basis = ["AC", "WP", "AC/WP", "Common Interest"]
    action = ["Withheld", "Produced w/ redactions", "Withheld in full"]
    n = rng.randint(100, 699)
    return f"PRIV{n:04d} | Email from {rng.choice(auth)} re: legal advice regarding {rng.choice(subj)} | Basis: {rng.choice(basis)} | {rng.choice(action)}"


def t_docket(rng):
    n = rng.randint(20, 240)
    what = ["MOTION for Extension of Time", "MEMORANDUM OF LAW in Opposition re [{m}] Motion to Compel",
            "DECLARATION of Jane Roe in Support re [{m}] Motion for Summary Judgment", "LETTER addressed to Judge Chen from Maria Gonzalez",
            "ORDER granting [{m}] Letter Motion", "NOTICE of Deposition of Margaret Sullivan"]
    who = ["(Roe, Jane)", "(Gonzalez, Maria)", "(Smith, John)", "(jd)"]
    mo, d = rng.randint(1, 12), rng.randint(1, 28)
    w = rng.choice(what).replace("{m}", str(max(1, n - rng.randint(1, 9))))
    return f"ECF No. {n} – {w} {rng.choice(who)} (Entered: {mo:02d}/{d:02d}/2023)"


def t_deposition(rng):
    qs = ["Did you discuss the contract with anyone at Beta?", "Who prepared Exhibit {e}?", "When did you first see Exhibit {e}?",
          "Is this your handwriting on Exhibit {e}?", "Did you forward Exhibit {e} to anyone?"]
    ans = ["Not that I recall.", "I believe it was Tom -- Tom Reyes.", "Sometime in March, I think.", "Yes, that's mine.",
           "I'd have to look at my calendar.", "Objection; form. -- You can answer. -- No."]
    e = rng.randint(1, 45)
    page, line = rng.randint(10, 250), rng.randint(1, 25)
    return f"{page}:{line} Q. {rng.choice(qs).replace('{e}', str(e))}\nA. {rng.choice(ans)}"


def t_billing(rng):
    hrs = rng.choice(["0.1", "0.2", "0.3", "0.4", "0.5", "0.8", "1.0", "1.5", "2.2"])
    acts = ["rev. email re:", "draft response re:", "tel. conf. w/ client re:", "revise redline of", "research re:", "conf. w/ OC re:"]
    objs = ["NDA", "§ 7.1 cap", "privilege log", "SOW change order", "30(b)(6) topics", "hold notice", "escrow release", "DPA Annex II"]
    codes = ["L110", "L120", "L210", "L320", "B110", "C300"]
    return f"{hrs} – {rng.choice(codes)} – {rng.choice(acts)} {rng.choice(objs)}"


def t_intake(rng):
    fields = ["Opposing party", "Other parties involved", "Type of matter", "Best time to call", "Preferred language"]
    vals = {
        "Opposing party": ["Northwind Trading Co.", "my former landlord (Oak & Elm Properties LLC)", "Beta Holdings LLC", "the general contractor (R&R Builders)"],
        "Other parties involved": ["my ex-spouse", "the insurer (policy # on file)", "two co-owners", "none"],
        "Type of matter": ["employment / wrongful termination", "landlord–tenant", "contract dispute", "estate & probate", "trademark"],
        "Best time to call": ["weekdays after 5 p.m.", "mornings before 9", "lunch (12–1)", "anytime – mobile"],
        "Preferred language": ["Español", "English", "Deutsch", "Tiếng Việt", "中文"],
    }
    f = rng.choice(fields)
    return f"{f}: {rng.choice(vals[f])} — {rng.choice(['see attached', 'details in the description', 'can send docs', 'urgent?'])}"


def t_matter_note(rng):
    who = ["OC", "client", "GC", "mediator", "local counsel", "vendor"]
    what = ["agreed to extend deadline", "asked for revised budget", "sent updated custodian list",
            "wants call Mon. 10am", "flagged missing Bates range", "needs signed stip"]
    when = ["3/4", "4/12", "5/27", "6/3", "9/18", "11/30"]
    return f"{rng.choice(when)}: {rng.choice(who)} {rng.choice(what)} -> follow up by {rng.choice(when)} ({rng.choice(['AN', 'PS', 'TB', 'JR'])})"


def t_correspondence(rng):
    greet = ["Dear Ms. Roe,", "Dear Counsel,", "Hi Tom,", "Sehr geehrter Herr Schmidt,", "Cher Maître,", "Estimada Sra. López:"]
    body = ["please find attached the revised draft (clean & redline).", "we confirm receipt of your letter dated {d}.",
            "could we move our call to {d}?", "the signed counterpart is enclosed.", "our comments on § {s} are attached."]
    close = ["Best regards,", "Kind regards,", "Mit freundlichen Grüßen", "Bien cordialement,", "Atentamente,"]
    d = f"{rng.randint(1, 28)}/{rng.randint(1, 12)}"
    s = f"{rng.randint(1, 15)}.{rng.randint(1, 9)}"
    b = rng.choice(body).replace("{d}", d).replace("{s}", s)
    return f"{rng.choice(greet)}\n\n{b}\n\n{rng.choice(close)}"


def t_metadata(rng):
    vol = rng.randint(1, 9)
    n = rng.randint(1000, 15999)
    ext = rng.choice(["msg", "xlsx", "docx", "pdf", "pptx", "csv"])
    style = rng.randint(0, 2)
    if style == 0:
        return f"/matters/2023-0142/production/VOL{vol:03d}/NATIVES/ABC{n:07d}.{ext}"
    if style == 1:
        return f"IMAGES\\VOL{vol:03d}\\{n // 1000:04d}\\ABC{n:07d}.tif"
    return f"BegBates: ABC{n:07d} | EndBates: ABC{n + rng.randint(0, 12):07d} | Custodian: {rng.choice(['Sullivan', 'Dempsey', 'Park', 'Lee'])} | Ext: .{ext}"


CATEGORIES = [
    ("contract_clause", CONTRACT_CLAUSE, t_contract_clause),
    ("ediscovery_search", EDISCOVERY_SEARCH, t_ediscovery_search),
    ("privilege_redaction_log", PRIVILEGE_LOG, t_privilege_log),
    ("docket_citation", DOCKET_CITATION, t_docket),
    ("deposition_excerpt", DEPOSITION_EXCERPT, t_deposition),
    ("billing_narrative", BILLING_NARRATIVE, t_billing),
    ("intake_answer", INTAKE_ANSWER, t_intake),
    ("matter_note", MATTER_NOTE, t_matter_note),
    ("correspondence", CORRESPONDENCE, t_correspondence),
    ("document_metadata", DOCUMENT_METADATA, t_metadata),
]


def main():
    rng = random.Random(SEED)
    rows, seen = [], set()
    counts, lit_counts = {}, {}
    for cat, literals, tmpl in CATEGORIES:
        vals = []
        for v in literals:
            assert v not in seen, f"duplicate literal: {v!r}"
            seen.add(v)
            vals.append(v)
        lit_counts[cat] = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            assert tries < 10000, cat
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        assert lit_counts[cat] / len(vals) >= 0.55, cat
        counts[cat] = len(vals)
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800
            rows.append({"category": cat, "label": "benign", "value": v})
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": r["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, _, _ in CATEGORIES:
        print(f"{cat:26s} {counts[cat]:4d}  (literals {lit_counts[cat]})")
    print(f"total {len(rows)}  literals {sum(lit_counts.values())}")


if __name__ == "__main__":
    main()
