#!/usr/bin/env python3
"""Benign corpus for the pigeonracing held-out WAF corpus (seed 33501).

Values are hand-written, one per line inside each block. In blocks, the marker
U+2424 stands for a newline, U+2409 for a tab, U+240D for a carriage return.
"""
import json
import os
import random

SEED = 33501
PER_CAT = 80


def block(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        out.append(line.replace("\u2424", "\n").replace("\u2409", "\t").replace("\u240d", "\r"))
    return out


LIT = {}
TPL = {}

LIT["race-entries"] = block(r"""
Entry for Bourges national: 6 birds, pool 2 on all, nominated 1-2-3
Old birds, Perpignan 2024 — 4 cocks on widowhood, 2 hens
Enter me for the young bird derby, 12 birds, I'll pay the $5 pool at basketing
Pools: £1 x 6, £5 nom x 2, £10 sweep x 1
Young birds only; no entries in the select (1st 10%) pool this week please
Inschrijving Barcelona: 8 duiven, 2 getekend, poulen A+B+C
Engagement pour Pau: 5 pigeons, mise 2€ par pigeon, série de 2
Meldung Regionalflug Würzburg: 14 Tauben, Asse 1-3 gesetzt
Zgłoszenie na lot Hanower — 20 gołębi, w tym 6 młodych
Inscrição para o concurso de Badajoz: 10 pombos, apostas 1€
Entry: 2 birds in the union sweep and 3 in the club pool, thanks
I want to drop my entry for Saturday, hen is sitting eggs
Combine entry GB24N04512 and GB24N04519 please, both nominated
Entries close at 9pm Thursday -- late entries go to the reserve list
Please order by ring number on the entry sheet, not by loft name
Nom. 1: GB23S18811 (blue chequer cock)  Nom. 2: GB23S18830 (mealy hen)
Inland national, 3 birds, pool £2 & £5 on bird 1 && £2 only on birds 2+3
Entry total: 7 x £1.50 = £10.50; paid by bank transfer ref. LOFT 114
Young bird entry, 2nd round, distance < 200 km so no sweep this time
Old hens x4 for the Ancenis race; pairs basketed together
Entries: Tarbes — 3 widowers; Agen — 2 hens; Pau — none this year
Entry sheet attached: entries_week23.csv
Is it too late to add one bird to the Saturday entry? Same pools as the others
Entrada para la suelta de Valladolid: 12 palomas, sin apuestas
參加 台灣春季賽 第3關 報名 20羽
中国信鸽协会 国家赛 报名 5羽，集鸽时间 周五晚上
Entry: 1 bird, ring NL-2023-1234567, marked "sleep in basket ok"
Entry for the Friendship National: 10 birds | 2 nominated | no sweep
Syndicate "O'Rourke & Sons": 6 birds, nominate the chequer and the dark
Please enter my 2 late-bred youngsters in the novice section if allowed
Family entry (Van den Berghe-De Smet): 4 old, 4 young, all pools
Sweep entries must be marked with * on the sheet, e.g. *GB24E07771
Bird withdrawn: GB22N33901 — lame left leg, vet says rest 3 weeks
Race 14, Chateauroux: 8 entered, max 10 per member this season
Entry ref. RX-2024/14/088 confirmed; your clocks must be set by 20:30
1-2-3 nominated, rest open. Union pool (10p per bird) on all twelve
Inschrijving Noyon: 15 jonge, 5 jaarlingen — zet ze graag bij de wedvlucht
Zgłoszenie: 8 gołębi na Magdeburg, kosz nr 4
Putting the red hen in for the 300-mile race; she's been flying well
Entry list: birds 1-6 from loft A; birds 7-9 from loft B (dual loft member)
Please note: I select birds on Friday morning so entry count may change by ±2
Race fees: entry 50p/bird; clock hire £3; total for 11 birds = £8.50
Entry sent via app but got "duplicate entry" -- can you check it went through?
Entries for the hen race only -- widowhood cocks stay home this week
ONE LOFT RACE entry fee €250 per bird, 3 birds, perpetual trophy entry
Entry: 9 birds; pools 1,2,3 (£1/£2/£5); nominations: 22N114 & 23N087
Inscription concours de Limoges: 12 pigeons, 4 désignés, mise 1/2/5€
Could you union my 3 birds with Jim's 3 for the combine sweep?
Entry for 2024-06-15 race (Tours): ring list below␤GB23N10045␤GB23N10078␤GB24N20011
Entry order: oldest first, then 2023 birds, then 2024 birds
Entering 4 birds in the <500 mile section and 2 in the >500 mile
Entry note: "bird 3 has a new rubber ring, check at marking"
""")

LIT["ring-numbers"] = block(r"""
GB24N12345
GB 24 N 12345
NL-2023-1234567
NL 2024 1098765
BELG 6123456-22
B 22-6123456
DV 06325-23-1187
DV-0412-24-0033
PL-0234-23-5512
POR-24-123456
FR 2023-123456
IHU 24 S 04218
GB23S18811 / GB23S18830 / GB23S18845
ring no. GB22E07712 (blue bar cock)
Ring: NEHU 24 N 0551 — Irish ring, bred in Cork
CHN 2024-01-0012345
CHN2023-15-123987
TWN 2024-0123456
ESP-24-0765432
RO 2024 0045-1234
CZ 0117-24-1123
ZA 24 SAHPA 12345
US 2024 AU 1234 ARPU
AU 2023 IF 0987 CWR
CU 2024 ring 12345 (Cuba)
MT 24-06123
GB24N12345, GB24N12346, GB24N12347
GB24N12345;GB24N12346;GB24N12347
GB24N1234* (wildcard, all 12340-12349)
Ring numbers 12300–12399 (batch of 100 from GB24N)
ring#GB24N00001
Ring number on the left leg: GB 24 N 12345 — rubber ring 088 on the right
Lost: GB22S09981 ... found at 51.5074 N 0.1278 W
DV 01234-24-0567 hen
NL 2022 1534020 ♀
BELG 3094812-21 ♂
GB23E55512 (ex-GB23E55521, typo on transfer card)
NZ 2024 ANZ 1102
PT 24-99012
Ring series IHU 2024 S 04000 to S 04499
GB 24 X 45678 (Scottish Homing Union)
SHU 24 S 06655
Ring: 2024-NL-1234567 / chip 528 140 000 123 456
ETS chip 9A 3F 11 C2 — ring GB24N31415
GBR-24-N-27182
GB24N12345 (old ring GB23N12345 removed?)
rings 001-050 still unissued
IF AU 24 JMH 2207
AU 2024 ARPU 0871
HU 24-D-012345
SK 0451-24-1201
""")

LIT["basketing-sheets"] = block(r"""
Basket 1: 12 birds, seal no. 004512, marked by J. O'Neill
Basketing sheet — Club: Oakwood HS — Race: Bourges — Date: 2024-06-14
Line,Ring,Rubber,Sex,Colour␤1,GB24N12345,1187,C,BC␤2,GB24N12346,1188,H,BB
ring;rubber;basket;seal␤GB23S18811;0031;3;SEAL-7781␤GB23S18830;0032;3;SEAL-7781
Crates 4-6 loaded onto transporter at 19:40; driver M. Kowalski
Birds marked: 214 | members: 17 | baskets: 18 | transporter: T2
Basket 7 seal broken on arrival — reseal 008812 witnessed by two members
Note: 3 birds short on basket 9 — member dropped them before marking
Marking station 2 ETS antenna failed — manual rubbers used for lines 40-72
Sheet signed: basketing officer D. McAllister & checker P. Van Hoof
Total birds: 1,204 (old 806, young 398) — down from last week
Inkorving: 18 manden, 312 duiven, zegel 4410-4428
Enlogement : 26 paniers, 540 pigeons, scellés n° 1201 à 1226
Einsetzliste: Korb 1–14, 280 Tauben, Plombe 5501–5514
Koszowanie: 22 kosze, 418 gołębi, plomba 90011
集鸽单：共 312 羽，笼号 1-16，封条号 A0012-A0027
Basket sheet, race 9 (Ancenis)␤Lines 1-20: loft 114␤Lines 21-28: loft 206
Water in baskets 6-9 topped up at 21:00 -- temp 24°C, lofts closed
Transport log: depart 22:10, ferry 06:30 (Dover -> Calais), arrive liberation site 11:45
Basketing closes 20:30 SHARP; late birds will not be accepted
Basket count: 18 x 20-bird baskets; max 18 per basket in heat > 25°C
row 12: rubber 0442 duplicated with row 13 -- corrected to 0443
Sheet v2: removed line 55 (wrong ring), re-numbered 56-60
Basket | Birds | Seal␤1 | 20 | 77120␤2 | 18 | 77121␤3 | 20 | 77122
ETS basketing file exported: /exports/2024/race14/basketing_club082.csv
The basketing clock master was set at 19:58:00 from the GPS signal
Sealed baskets: 1-18. Unsealed spare baskets: 19, 20 (not used)
marked 16 of 16, all checked against the entry sheet, none missing
Rubber rings issued 0001-0420; 0421-0450 spoilt & returned
Crate 11 has a cracked floor — don't use it for the long races
Basketing witness: Mrs. D'Souza (club secretary), no irregularities
Young bird race: 2 birds per member per basket, max 40 per member
Cock birds in baskets 1-10, hens 11-16; no mixing on the long races
Basketing sheet for the union race attached — please check totals & sign
Line 33: GB24N12345 — rubber "0833" — time 19:44:12 — ok
Total pool money collected: £412.50 (cash £120, card £292.50)
Basket labels printed: B-01 ... B-18 (race 14, transporter 2)
Birds marked <20 min before close: 87, flag for the committee
Rubber ring colours: green (old birds) | yellow (young birds)
Seal numbers must be written in full (e.g. 004512 not 4512)
Marking finished 20:41; 11 minutes over, logged by the race secretary
Basket 3: 19 birds (1 removed, ring damaged — GB22N00912)
Wicker baskets 1-4 to be replaced by plastic ones next season
Sheet checked: 2 x errors (ring typo line 8, sex line 19), both fixed
Inkorvingslijst: lijn 1-40 hok De Vries, lijn 41-52 hok Janssens
enlogement terminé à 21h05, camion parti à 21h30
Manual basketing: rubber 0012 issued to GB24N12345 at 19:31
14 birds basketed for the hen race, 2 of them first timers
Transporter temp log: 18°C / 19°C / 21°C / 20°C every 2 hours
Carrier humidity > 80% overnight — flagged in the liberation report
Crates stacked 4 high, birds watered before departure
""")

LIT["liberation-reports"] = block(r"""
Liberated at 06:45 BST in light westerly wind, clear skies, good visibility
Birds released 07:15 CEST at Bourges. Wind SW 8 km/h. Birds cleared well.
Holdover: liberation postponed to Sunday 07:00 due to low cloud on the route
Libération à Pau 06h30, ciel dégagé, vent nord-est faible
Lossing Barcelona 08:00, 12.640 duiven, zonnig, wind NO 2 Bft
Auflass Würzburg 06:30, leichter Nebel, Sicht > 5 km
Wypuszczenie w Hanowerze o 07:00, bezchmurnie, wiatr 10 km/h
Solta em Badajoz às 07:30, céu limpo, vento fraco de NE
放飞时间：06:30，天气晴，西北风3级，能见度良好
Liberation delayed 2h: rain band over the Channel, visibility < 2 km
Convoyer's report: birds watered & fed Friday night, all baskets in order
Released in 2 batches (old birds 07:00, young birds 07:20) — wind light S
Birds cleared the site in about 4 min, went north in one drop
Weather check at 05:30, 06:15, 06:40 -- go at 06:45
Release site: Fougères. Liberated: 06:50. Birds: 2,114. Conditions: fine
Release held on site 1 day; birds got water & grain Sat afternoon
Hold: fog > 200 m on the Pennines at 07:00, liberation when it lifts
Liberation note: UNION race & club race released together at 07:05
Convoyer: "birds lively, no sick birds, one dead bird in basket 12"
Liberated 06:00 UTC (07:00 BST), wind W 12 mph, 8/8 cloud over Normandy
Liberation point GPS: 46.1572 N, 1.8710 E (Châteauroux airfield)
Due to roadworks on the A20 the lorry arrived at 04:30 instead of 02:00
Birds were rested 3h before liberation because of the late arrival
Liberation report: see attached PDF (liberation_r14.pdf) & weather chart
Sunshine at release, 24°C by 11:00, expect a hard race with a head wind
Decision: liberation at 08:10 after consultation with the weather team
Released at 07:45; birds circled twice then split into two drops
Weather forecast for the route: wind NE 10-15 km/h → favourable
Liberation cancelled -- birds returned to clubs by road on Sunday
Lorry 2 (young birds) liberated 15 minutes after lorry 1
Convoyer: T. Ó Briain. Assistant: M. O'Callaghan. No incidents.
The birds were liberated together with the Belgian national at 07:30
Liberated 05:52 (sunrise + 15 min), clear skies, wind light & variable
Libération reportée à 09h00, brouillard sur la Loire
Release Saturday 07:00 -- birds clocked from 13:12 onward
Lossing uitgesteld: regen en onweer boven Noord-Frankrijk
Report: 18 baskets opened, 0 birds left in baskets after 3 min
Liberation time recorded by 2 independent watches: 07:00:00 and 07:00:01
Wind at liberation: 270° / 9 kt; at 50 km up-route: 280° / 14 kt
Release site photos: https://fed.example.org/races/2024/r14/photos
Birds held 48h at Carentan — liberated Monday 06:30 in sunshine
Liberation marshal's note: birds seemed tired after the ferry crossing
Time of release: 6:30am, weather cloudy with sunny spells, wind SE
Hot day expected (> 30°C) -- liberated early to beat the heat
Liberated in light drizzle, which cleared within 20 minutes
Lorry driver says the birds were quiet overnight, very calm on site
Liberation delayed by police (motorway closure), released 09:20
Releasing convoyer reports thunderstorms to the south-east at 11:00
Race abandoned after liberation due to storm; all clock times void
Liberation certificate signed by convoyer and site official
Liberation log: 06:58 go decision; 07:00 baskets open; 07:04 site clear
""")

LIT["clock-results"] = block(r"""
1st J. Smith & Son, 1,432.117 ypm, GB24N12345, clocked 13:42:07
1 Van den Berghe-De Smet 1.612,441 m/min  6123456-22
2nd Mrs O'Hara, 1,398.552 ypm, 13:51:44
Velocity: 1402.77 ypm (distance 512 mi 1244 yd, time 10:42:18)
Result: 1. Kowalski 1523,12 m/min; 2. Nowak 1519,87 m/min; 3. Wiśniewski 1501,02 m/min
Classement : 1er Dupont 1 421,33 m/min ; 2e Lefèvre 1 418,07 m/min
Uitslag: 1 De Vries 1.401,234 m/min — 2 Janssens 1.399,876 m/min
Preisliste: 1. Müller 1.334,56 m/min, 2. Schäfer 1.330,11 m/min
名次：1 王建国 1452.331 米/分 2 李志强 1450.887 米/分
Clock time 14:02:33 corrected -0:00:07 (clock gaining 7 s over 8 h 30 m)
Clock variation: +3s over 27h, within tolerance
Clock opening: 19:30 Sat at HQ, bring ETS units & master clock
Bird 1: 13:42:07, bird 2: 13:42:09 (same drop), bird 3: 13:55:40
Result DQ: bird clocked but rubber missing from the clock sheet
Result | Member | Vel (ypm)␤1 | J Smith | 1432.117␤2 | K O'Hara | 1398.552
pos,name,ring,vel␤1,J Smith,GB24N12345,1432.117␤2,K O'Hara,GB23N00818,1398.552
Arrivals: 11 of 12 home by 18:00; the last one came in Sunday 09:12
Velocity formula: yards / minutes -- 900,120 yd / 628.55 min = 1432.06 ypm
Clock strike time 13:42:07.45, ETS reads 13:42:07
Provisional result -- subject to clock checks & pool payouts
Late clock: member did not open clock until 20:15 -- result stands per rule 14(b)
Top 10: all birds within 12 ypm -- very close finish
Members with no birds home by close of race: 6
Fed result: 1st section B, 14th open — velocity 1,389.4 ypm
Clock ETS Benzing M1, serial 0012345, last checked 2024-04-02
Clock Unikon ETS: antenna 2 missed the first bird -- manual strike recorded
Result uploaded: https://fed.example.org/results/2024/r14.html
Winning bird GB23S18811 (blue chequer cock, widowhood) — 3rd time in the top 10
Race time 10h 42m 18s, distance 512.706 mi
1st club, 3rd fed, 17th national — 1,287 ypm into a head wind
Result corrected: 2nd and 3rd swapped after clock check (rounding error)
Velocity < 1000 ypm for all birds -- hard day
Tie at 1st: both 1,432.117 ypm -- pools split 50/50
Result sheet, section C, 312 birds competed, 48 prizes (1 in 6.5)
Clocking times (all local, BST): 13:42:07, 13:42:09, 13:51:44, 14:02:33
Birds home day of toss: 214/312 (68.6%)
Arrival time 13:42 — vel 1,432 ypm — 1st club, pool £38
Ranking: 1) Silva 1.472,08 m/min 2) Pereira 1.470,55 m/min
Clock set 19:58:00 / struck 07:59:58 next day / variation -2 s
Result query: my bird was clocked at 14:02:33 but not on the sheet?
Time difference between 1st and 2nd: 00:00:41
"Clock stopped" error at 14:10:00 -- ETS rebooted, times retained
Results: pos 1-3 = Smith; 4 = Brown; 5-6 = Nowak -- Smith wins the averages
1° Rossi 1.442,19 m/min — 2° Bianchi 1.438,07 m/min
Old bird averages after 10 races: 1. J Smith 1412.3, 2. K O'Hara 1405.8
Results are drawn up order by velocity, then by clock time
Pigeon arrived at 13:42 but trapped at 13:49 (sat on the roof 7 min)
Race points: 1st = 100, 2nd = 99 ... 100th = 1
Arrival clock results, Pau international 2024 — page 3 of 27
Rank 1 | 1,612.441 m/min | Van den Berghe-De Smet | B 22-6123456 | 13:02:59
""")

LIT["loft-registrations"] = block(r"""
Loft name: Sunny Side Lofts
Loft: O'Rourke & Sons, 14 Church Lane, Ballymena BT43 5AA
Loft location: 54.8642 N, -6.2764 W (WGS84)
Hok: De Vries, Dorpsstraat 12, 1234 AB Zevenhuizen
Colombier : Lefèvre, 8 rue des Lilas, 59000 Lille
Schlag: Schäfer, Am Bach 7, 34117 Kassel
Gołębnik: Wiśniewski, ul. Polna 3, 63-400 Ostrów Wielkopolski
Pombal: Silva, Rua das Flores 21, 4000-123 Porto
鸽舍：北京市顺义区后沙峪镇 王氏鸽舍
Partnership: Smith & Smith (father & son) — joint loft registration
Syndicate: "The Up-North Boys" -- 3 members, 1 loft
Loft dimensions: 4.8 m x 2.4 m, 3 sections, aviary on top
Loft entrance faces south-east; trap: sputnik style
Registered with the NEHU since 1987, moving to a new address in 2024
Distance from HQ: 12 mi 440 yd; loft co-ordinates checked by the measurer
Change of address -- old loft at 14 Church Ln closed on 01/03/2024
Loft registration renewed, fee £25 paid on 2024-01-15
Loft name change from "Jim's Loft" to "Sunny Side Lofts"
Loft type: widowhood loft (12 boxes) + young bird section (30 perches)
Members at this address: J. Smith (primary), M. Smith (junior)
Loft is at 320 m above sea level on a hill -- birds drop in from the north
New loft, built 2023, please measure before the first race
Loft inspection OK: no rats, ventilation good, clean floor (grids)
Loft GPS: 51°30'26"N 0°07'39"W
Address line 2: Flat 3B, 2nd floor -- loft on the roof (landlord's consent attached)
Loft ID: 082-0114 | Club: Oakwood HS (082) | Section: C
Loft postcode G4 0BA -- corrected from G40 BA
Colombophile depuis 1974, colombier de 6 m avec volière
Seit 1991 Mitglied, Schlag auf dem Dachboden, 3 Abteile
Hok sinds 2001, nu samen met mijn dochter: De Vries-Kuipers
Loft registration: ETS antenna installed, 2 pads on the landing board
I keep 40 old birds and breed around 60 young birds per season
Loft contact: 07700 900123 / +44 7700 900456
Registration notes: bird numbers < 100, so standard fee applies
Loft A: race team | Loft B: stock birds & breeders
Neighbours have been notified; council permission ref. PLN/2023/00451
Previous loft registration number: 082-0099 (closed)
Joint loft with my brother-in-law (Mr. D'Arcy) from next season
Loft drawing attached: loft_plan_v3.png
Loft address (Spanish): Calle Mayor 5, 28013 Madrid — palomar en la azotea
Loft registered at 1 Wadi Street, Cairo — member of EPF
Loft in the garden; access via the side gate, dogs are friendly!
Loft location verified via GPS app: accuracy ±3 m
The loft is on a farm: 'Hollybush Farm', Lower Road, Kent
Transfer loft from the Midland combine to the Northern combine
Loft ventilation: open front + 2 roof tiles; cleaning done daily
Sprinklers in the loft? No. Smoke alarm yes.
Loft widowhood boxes numbered 1-24, nest bowls 24
Application for second loft within 1 mile of the first one
Loft name: "Up & Away" (ampersand is part of the name)
Loft holder: Mrs Siobhán Ní Bhriain, Co. Galway
Shed built from a kit: 8ft x 6ft, slat floor, 3 perch sections
""")

LIT["vet-notes"] = block(r"""
Canker check: 3 birds positive, treated with ronidazole 10 mg/bird for 5 days
Coccidiosis in the young bird loft — toltrazuril in water, 2 days
Paramyxovirus vaccination done 2024-03-10, batch 7A6612, all 48 birds
PMV vaccine: 0.2 ml s/c at the base of the neck — certificate attached
Respiratory ("one eye cold"): doxycycline, 7 days, isolate the cock
Weight check: 410 g < normal 430 g -- keep him off the next race
Droppings loose & green; sample sent for testing
Worming: moxidectin drops, 1 drop per bird, repeat in 3 weeks
Dierenarts: geelziekte bij 4 jongen, kuur 5 dagen
Vétérinaire : traitement contre la trichomonose, 5 jours, eau de boisson
Tierarzt: Impfung gegen Paramyxo und Pocken am 15.04.
Weterynarz: szczepienie przeciw paramyksowirozie, 60 gołębi
兽医记录：4月15日 新城疫疫苗接种 共60羽
Keel sore, wing droop on left -- likely collision with wire, rest 2 weeks
Post-mortem: adenovirus suspected in the young bird that died Tuesday
Probiotics on Sunday & Monday after the race; electrolytes on Saturday night
Dose = 1 g powder per 1 litre water; don't exceed 2 g/l
Feathers: stress lines on primaries 8-10 -- probably from the heat wave
No treatment this week; birds look in top condition
Vet says: "don't drop the medication halfway -- complete the full 5 days"
Crop swab: trichomonas +; faecal float: coccidia + (low), worms –
Temperature > 42.5°C in the sick hen, vet visit booked for Thursday
Note to self: sleep the young birds in the dark loft to stop the moult
Dose table: 1 tab per 5 birds | 2 tabs per 10 | 4 tabs per 20
Weighed all 40 old birds: 380-470 g, mean 428 g
Vaccination certificate no. VC-2024-00451 for export to the Netherlands
Vet visit invoice €85 — paid — receipt uploaded
Eye flush: saline 2x daily; mild conjunctivitis on GB24N12345
Salmonella (paratyphoid) test negative for all breeders
Bird with a swollen joint on the right leg — isolated, antibiotics started
Vet's advice: avoid treating before a race, withdrawal time 48h
Mycoplasma suspected; vet recommends tylosin for 5 days
Lice & mites: spray the perches, dust the birds with powder
Hen laid soft-shelled egg -- extra calcium & grit in the loft
Medication schedule: Mon-Fri canker; Sat none; Sun vitamins
Yeast infection after antibiotics; stop the tablets & give apple cider vinegar
Feeding: 40 g per bird per day; depurative mix Mon & Tue
Tranquil loft, no stress -- birds back in shape after 3 weeks of rest
Vet notes for the club: PMV vaccination is mandatory before race 1
Healthy bird check before basketing: eyes, throat, breathing, keel
Young bird sickness (YBS) outbreak in 2 lofts in our club -- be careful
Dr. O'Donnell's clinic, Tel: 028 9012 3456 — avian vet, open Sat am
Treatment log: 2024-05-01 canker; 2024-05-20 worms; 2024-06-01 resp.
Blood sample for DNA sexing, results in 10 days
Antibiotic use must be recorded (drug, dose, dates, birds) for the fed audit
Cocks lost weight after the Pau race -- 3 days of rest & light feed
Vet says slow moult is fine; no action needed
Hand-feeding the injured hen 3x per day, 15 ml formula each time
Weighed before & after: 432 g -> 398 g (race weight loss 8%)
Vitamins: A, D3, E in water 2x per week during the breeding season
""")

LIT["forum-posts"] = block(r"""
Anyone else get a bird home with a broken tail after Saturday? Hawks are bad this year.
Hawk attacks are getting worse -- I lost 3 birds this month alone :(
Does anyone use the **widowhood** system on young birds? Results?
What's the best way to select the team for the national? Gut feeling or records?
Tip: `sort -k3 -n results.txt | head` gives you the top velocities from the export
If you use Excel: =AVERAGE(D2:D40) gives your average velocity over the season
In SQL terms it's basically SELECT loft, MAX(velocity) FROM results GROUP BY loft -- nothing fancy
The union meeting decided to drop the sprint races from the programme. Thoughts?
Union races vs. fed races -- which is more prestigious in your area?
Order by velocity or by position? The club site sorts by position, which is confusing
My young birds won't trap -- they sit on the roof for 20 min. Any tips?
Darkness system: lights off at 17:00, on at 07:00 -- slows the moult, great for YB races
Birds > 500 miles on the day is still a dream for me. One day!
Is 45 minutes of loft flying enough, or should they go 90 minutes? /cc @OldTimer
Grit, pickstone and minerals -- what brand do you use? I mix my own
Feeding rule: 1 tablespoon per bird, more on Wed & Thu before a race
Great result for the Van den Berghe-De Smet partnership: 1st, 2nd & 5th!
Congratulations to Jim O'Neill on 1st open Bourges 🎉
Anyone from the Oakwood club going to the auction in Kassel this year?
Re: ETS problems -- my Benzing reboots when I plug in the antenna && shows "E-12"
I use a Raspberry Pi + `python3 clock_export.py --race 14 > r14.csv` to keep my records
Pigeon "sleeps" on the perch all day — is that normal after a hard race?
Tip for new members: always check the liberation time on the site before you sit by the loft
Who else is fed up with the ferry delays? 3 holdovers in 4 weeks!
Best cure for canker? My vet says ronidazole but I hear mixed things
Photos of my new loft: https://imgur.example.com/a/loft2024 -- thoughts?
Lost bird GB22S09981 turned up in Norway 2 years later!
Ring number lookup: does the fed site support wildcards like GB24N1234*?
Which is better -- darkness or light system for young birds?
Breeding question: how many rounds do you take from your stock birds? I take 2 & foster the 3rd
The national is 10 days away; I'm going to select 6 cocks & 2 hens
Don't drop the sprint races! Newcomers need short races to get a taste of it
Widowhood vs. natural -- natural birds did better this year in my loft (3 > 1)
"Union" in our area means the fed, not the trade union, for any newcomers confused
My brother's loft got 1st & 2nd club -- the family is over the moon
Who has the best pickstone recipe? Mine: clay, salt, charcoal, anise
The hawk sat on the loft roof for an hour; had to keep the birds in
Is anyone else having trouble uploading the result CSV? It says "invalid delimiter ;"
Does anybody know the rules about <18 month old birds in the old bird races?
Moderator note: please keep threads on-topic; sales go in the Marketplace section
Classifieds: 10 young birds for sale, £20 each or £150 the lot -- Janssen line
My dad raced pigeons for 50 years; I've just started again with his old loft ❤️
Topic: homing instinct & magnetic fields -- interesting article
"Sleep" the youngsters on the ground floor? No, they need perches
Question about clocking: does the bird have to be inside the loft or on the pad?
Just a reminder: ring your young birds at 6-8 days old
Post your race reports here -- best result of the season?
I paid the $5 pool but the payout was $0? Who do I ask?
The race programme PDF is at /downloads/2024/programme.pdf on the club site
How to set ETS time? Menu → Settings → Time → Sync with GPS
Which grain mix gives the best results for the long distance? I use 50% barley
Markdown test: # Heading ## Subheading *italic* [link](https://fed.example.org)
""")

LIT["member-messages"] = block(r"""
Hi John, can you pick up my basket on Friday? I'll be at work till 7. Cheers, Pete
Thanks for the lift to the marking station, see you Saturday!
Dear Secretary, please find attached my entry for the national. Regards, M. O'Hara
Hi Siobhán — I'll bring the clock to HQ by 19:30 for setting
Could you send me the result sheet for race 9? Mine didn't arrive by email
Sorry I missed the meeting; I was at the vet's with my young birds
Your bird GB24N12345 landed in my loft this morning, call me on 07700 900123
Hoi Jan, de duif is bij mij binnengekomen, bel me even
Bonjour Pierre, ton pigeon est arrivé chez moi ce matin, appelle-moi
Hallo Klaus, deine Taube sitzt bei mir im Schlag. Gruß, Anna
Cześć Marek, twój gołąb jest u mnie, zadzwoń proszę
Olá João, o teu pombo está no meu pombal
你好老王，你的鸽子今天飞到我家鸽舍了，请联系我
Can you bring 2 bags of grit & a box of rubber rings on Friday?
Congratulations on 1st club -- that blue hen is a gem
Thank you for the young birds -- they're ringed and doing well
Message to all members: the AGM is on 14 Nov at 19:30 in the club room
Pete -- the transporter leaves at 21:30 sharp; basket by 20:30 please
Reminder: subs of £25 due by 31 Jan. Bank: Oakwood HS, ref = your loft no.
Hi, I've moved house -- new loft address is 14 Church Lane, please update
Hey! Can you check my clock time? It says 13:42:07 but the sheet says 13:47:02
I'll swap my Saturday duty with you if you do my marking on the 14th
Are the young bird races still on? Heard about a disease outbreak near Leeds
Re: your question about widowhood -- call me & I'll talk you through it
I found a ringed bird with "GB 24 N 12345" on the leg -- is it one of yours?
Hey Mike, the clock is on charge, it'll be ready at 6
Reply-to me at my new email mike.loft@example.net please
Dear all, funeral of our old member Bill O'Connor on Monday at 11:00
Message from the President: thanks to all volunteers for the season
Can I drop off my birds at 20:15 instead of 20:00? Running late
Please union me with Jim for the sweep -- we're sharing the pools
Thanks for the help with the transporter on Saturday; it's much appreciated 👍
Hi Mrs D'Souza, here's my subscription: £25 by bank transfer (ref. LOFT 114)
Could the next AGM please discuss the $ exchange for the international pools?
Text me the liberation time when you get it -- I'm at work until 13:00
Sorry, can't make it Friday; basket my 4 birds with yours if you can
My stock hen is sitting, will let you have the youngsters in 3 weeks
My email is oharak@example.com -- send the PDF there
The birds are in -- 3 from 6 by 14:00, more coming I hope
Gentle reminder to pay for last week's pools: £8.50
Any chance of the club van on Sunday? Need to collect birds from Leeds
I'll be away 10-17 Aug; can you feed my birds? Feed is in the blue bin
Grain delivery Thursday: 20 x 25 kg, pay on delivery
You left your ETS pad in the club room -- I've got it
Hello, I'm new -- how do I register a loft? My postcode is BT43 5AA
Did you get the result sheet I emailed? Tell me if not
The birds from the Pau race are still coming in -- 5 of 8 so far
Please remove me from the newsletter; I'm giving up the sport -- thanks for everything
Mañana recogeré las palomas a las 8. Saludos, Javier
Let's meet at HQ at 19:00 -- I'll bring the seal pliers
Can I borrow your basket for the young bird race? Mine broke
""")

LIT["site-search"] = block(r"""
gb24n12345 owner
ring GB24N
blue chequer cock
widowhood
canker treatment
Bourges 2024 result
liberation time Pau
clock setting
basketing sheet template
young bird sickness
race programme 2024
O'Rourke
Van den Berghe
D'Souza
union race
drop in velocity
sleep in basket
select the team
order by velocity
results 2024 | national
results & averages
loft registration form
ETS Benzing manual
hawk problem
"best velocity" 2023
velocity > 1500
velocity < 1000 ypm
duiven verkopen
colombophilie résultats
Brieftauben Ergebnisse
gołębie wyniki
pombos correio
信鸽 成绩
賽鴿 報名
ring numbers 12300-12399
ring GB24N1234* search
site:results pau
how to use the $5 pool
paramyxo vaccine
loft dimensions
classifieds young birds
Marketplace
AGM minutes 2023
pickstone recipe
darkness system
Kowalski
Wiśniewski
Müller
result -- national
chateauroux OR bourges
""")

# ---- one small template per category, hand-written pools ----
TPL["race-entries"] = (
    "Entry for {race}: {n} birds, {pools}",
    {"race": ["Bourges", "Pau", "Tarbes", "Ancenis", "Fougères", "Carentan", "Ypres", "Sartilly", "Falaise", "Guéret"],
     "n": ["2", "3", "4", "5", "6", "8", "10", "12"],
     "pools": ["all pools", "no pools", "£1 pool only", "nominated 1-2", "sweep on bird 1", "union pool on all", "£2 & £5 on the first two"]},
)
TPL["ring-numbers"] = (
    "{cc}{yy}{let}{num}",
    {"cc": ["GB", "GB ", "NEHU ", "IHU ", "SHU "],
     "yy": ["21", "22", "23", "24"],
     "let": ["N", "S", "E", "X", " N ", " S "],
     "num": ["00412", "18811", "31415", "27182", "09981", "55512", "12001", "04518"]},
)
TPL["basketing-sheets"] = (
    "Basket {b}: {n} birds, seal {seal}, {note}",
    {"b": ["1", "2", "5", "8", "11", "14", "17"],
     "n": ["16", "18", "19", "20"],
     "seal": ["004512", "004513", "77120", "SEAL-7781", "A0019", "90011"],
     "note": ["all checked", "water topped up", "marked by the secretary", "1 bird removed", "sealed at 20:31"]},
)
TPL["liberation-reports"] = (
    "Liberated at {t}, wind {w}, {sky}",
    {"t": ["06:00", "06:30", "06:45", "07:00", "07:15", "07:30", "08:10", "09:20"],
     "w": ["W 10 km/h", "SW 8 mph", "light & variable", "NE 2 Bft", "N 12 kt", "calm"],
     "sky": ["clear skies", "broken cloud", "hazy sunshine", "light drizzle clearing", "good visibility"]},
)
TPL["clock-results"] = (
    "{pos} {name}, {vel} ypm, clocked {t}",
    {"pos": ["1st", "2nd", "3rd", "4th", "7th", "12th"],
     "name": ["J. Smith", "K. O'Hara", "Nowak", "De Vries", "Dupont & Fils", "Schäfer"],
     "vel": ["1,432.117", "1,398.552", "1,287.004", "1,501.220", "1,344.870"],
     "t": ["13:42:07", "13:51:44", "14:02:33", "15:10:09"]},
)
TPL["loft-registrations"] = (
    "Loft: {name}, {street}, {town}",
    {"name": ["Hilltop Lofts", "O'Neill Bros", "Smith & Daughter", "Blue Bar Loft", "De Vries-Kuipers", "Up & Away"],
     "street": ["3 Mill Road", "27 High St", "Dorpsstraat 4", "8 rue Haute", "Flat 2, 5 Quay St"],
     "town": ["Ballymena", "Kassel", "Lille", "Porto", "Leeds", "Cork"]},
)
TPL["vet-notes"] = (
    "{date}: {what} for {who}",
    {"date": ["2024-03-10", "2024-04-15", "2024-05-01", "2024-06-20", "12/07"],
     "what": ["canker cure 5 days", "PMV booster", "worming drops", "electrolytes", "probiotics", "eye drops 2x daily"],
     "who": ["all birds", "the young birds", "stock birds", "GB24N12345", "the widowhood cocks"]},
)
TPL["forum-posts"] = (
    "{q} {topic}? {tail}",
    {"q": ["Anyone tried", "Thoughts on", "What do you think about", "Any experience with"],
     "topic": ["darkness for young birds", "the new ETS pads", "barley before the long races", "natural system", "the sprint programme", "open-loft trapping"],
     "tail": ["Cheers.", "Thanks in advance!", "-- asking for a friend", "Results so far are mixed.", ""]},
)
TPL["member-messages"] = (
    "Hi {who}, {msg} {sign}",
    {"who": ["John", "Pete", "Siobhán", "Mrs D'Souza", "Klaus", "Marek"],
     "msg": ["can you basket my birds Friday?", "your bird is in my loft.", "thanks for the lift!", "clock is ready at HQ.", "see you at the AGM."],
     "sign": ["Cheers", "-- Jim", "Regards, M.", "Thanks!"]},
)
TPL["site-search"] = (
    "{a} {b}",
    {"a": ["results", "liberation", "basketing", "ring", "loft", "vet", "clock"],
     "b": ["2023", "2024", "Pau", "Bourges", "young birds", "old birds", "section C", "union"]},
)


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    seen = set()
    for cat in LIT:
        lits = LIT[cat]
        assert len(lits) >= 50, (cat, len(lits))
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit("duplicate literal: %r" % v)
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CAT]
        fmt, pools = TPL[cat]
        keys = sorted(pools)
        tries = 0
        while len(vals) < PER_CAT:
            tries += 1
            if tries > 100000:
                raise SystemExit("template exhausted for " + cat)
            v = fmt.format(**{k: rng.choice(pools[k]) for k in keys}).strip()
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            assert 1 <= len(v) <= 2000
            rows.append((cat, v))
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hbln-%05d" % i, "category": cat, "label": "benign", "value": v}, ensure_ascii=False) + "\n")
    print("wrote %d benign values" % len(rows))


if __name__ == "__main__":
    main()
