"""Benign held-out corpus "sports" (ids hb38-NNNNN).

Hard negatives typed by ordinary users of a league-management site, a sports-news
CMS, a betting/odds comparison app and a fitness tracker: fixtures and venue notes,
match reports and live-blog entries, player names in many languages, lineups and
formations, odds in every notation, race and split times, workout logs and training
plans, referee and disciplinary reports, club forum posts, and stat queries as
analysts type them.

Every value is a hand-written literal below or the output of a small template over
hand-written pools. Nothing is taken from a dataset or a payload list. Standard
library only; output is byte-identical on every run (fixed seed, lists only).
"""

import json
import random
from pathlib import Path

SEED = 3801
PREFIX = "hb38"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# 1. fixtures_venue: fixtures, scores, tables, ticketing and venue notes
# ---------------------------------------------------------------------------
FIXTURES_VENUE = [
    "Arsenal 2-1 Chelsea (HT 0-1)",
    "W 3:0 vs. TSV Eintracht II — Sa 14:00, Sportplatz Am Wäldchen",
    "Sat 12 Oct | 15:00 | Leeds Utd v Sunderland | Elland Road",
    "FT: Boca 1-1 River (pens 4-2) — Bombonera",
    "L 0-2 @ Dunfermline; next: H v Raith Rovers Tue 19:45",
    "U12 Girls: Harriers 5 – 4 Rockets (OT)",
    "Real Sociedad – Athletic Club 0:0 (0:0)",
    "Postponed — waterlogged pitch; new date TBC",
    "AET 2-2, Spurs won 5-4 on pens",
    "Gates C & D open at 18:15; kick-off 19:45. No bags > A4 size.",
    "Block 112, Row M, Seats 14-15 (aisle); collect at Box Office window 3",
    "Q1 24-18 | Q2 20-22 | Q3 31-19 | Q4 17-25 → 92-84",
    "Yorkshire 312/7 dec; Lancashire 188 & 201/4 (f/o)",
    "Sets: 6-4, 3-6, 7-6(5) — Alcaraz d. Sinner",
    "Bayern München – Borussia Dortmund 4:2 n.V.",
    "浦和レッズ 2-0 鹿島アントラーズ（前半 1-0）",
    "Fenerbahçe 3-1 Galatasaray; Kadıköy'de derbi",
    "Спартак 1:1 ЦСКА — «Открытие Арена», 44 тыс. зрителей",
    "Aggregate 3-3 and away goals don't count anymore, so it's extra time",
    "Match abandoned 67' (floodlight failure) — score at the time 1-0",
    "Fixture list: R1 vs Stoke (A), R2 vs Hull (H), R3 bye",
    "Parking: Lot B only; Lots A/C reserved for season-ticket holders",
    "Wheelchair bays: East Stand lower, call 0161 496 0192 ext. 4",
    "Tribuna Nord, settore 12, fila 8 — biglietto nominativo, portate un documento",
    "Cup QF draw: Hibs v Hearts; Celtic v Rangers — ties played w/c 3 Mar",
    "Final: Eagles 27, Cowboys 24 (OT) — FG from 48 yds",
    "Game 7: Oilers 2 @ Panthers 3; series 4-3",
    "Result to confirm: 3-2? or was it 2-3? the ref's card says home 3",
    "Venue change: from Pitch 4 (3G) to Pitch 1 (grass) due to maintenance",
    "Table after MD12: 1. Leverkusen 32 pts, 2. Bayern 29, 3. Stuttgart 27",
    "Doors 17:30; warm-up 18:00; first serve 18:30 — Hall A/B",
    "Tickets: adults £25, concessions £15, U16 £5; family (2+2) £55",
    "Kick-off moved to 12:30 for TV; was 15:00",
    "Ħamrun Spartans 0-0 Floriana; attendance 1,204",
    "W 21-19, 18-21, 15-12 (mixed doubles, court 2)",
    "Line score: 0 0 1 0 3 1 0 0 0 | 1 0 0 2 0 0 4 0 x → 5-7",
    "Derby day!! Kick off 1pm — bring scarves & flags, NO flares please",
    "Match #1043 / Div 2 / Field 'North 3' / Ref: TBA",
    "Ολυμπιακός – Παναθηναϊκός 2-0 (Olympiacos v Panathinaikos)",
    "Re-scheduled: Wed 19/03 20:00 (was Sat 15/03) -- please update calendars",
    "Group B: POR 7, URU 4, KOR 4, GHA 1 (GD +3/-1/-1/-1)",
    "Rotherham 1 (Smith 88') Barnsley 1 (Cole 12' pen)",
    "Away end: Sections 7-9; segregation line between 9 & 10",
    "Season ticket renewal deadline 31/05 — after that seats go on general sale",
    "HT 0-0; FT 1-0; att. 38,117; ref M. Oliver",
    "Pre-season: v Dundee (H) 13/07, v St Mirren (A) 20/07, v Feyenoord (H) 27/07",
    "Pitch booking: Court 3, 18:00–19:00, paid (ref #PB-22817)",
    "Hertha BSC : 1. FC Union 1:2 (0:1) — Olympiastadion",
    "3 players away on int'l duty → fixture moved to the Tuesday",
    "Round robin: A beat B 3-1; B beat C 2-0; C beat A 1-0 → all on 3 pts",
    "Tickets collected? Y/N — ours are under the name O'Sullivan",
    "Atlético 1-0 Sevilla (Griezmann 54'); Metropolitano, 62 000 espectadores",
    "Top 14 : Bordeaux-Bègles 28-24 Toulouse (essais 3-3)",
    "Lions 3-2 Tigers (SO); shots 31-28",
    "Bag policy: clear bags only; max 30cm x 30cm x 15cm",
    "Section 'K' closed for renovation → all K tickets relocated to 'L'",
    "NEXT UP >>> Sun 10:30 U9s v Ashford Town (home, pitch 2)",
    "Lazio-Roma 1-1 (Immobile rig., Dybala) | Stadio Olimpico",
    "Union SG 2-0 Anderlecht — Stade Joseph Marien, sold out",
    "Under-14 cup: 1st leg 2-2, 2nd leg Sun @ their place (3G, moulded studs only)",
]

TEAMS = [
    "Leeds Utd", "Sunderland", "Hibernian", "Hearts", "Raith Rovers", "Stoke City",
    "Real Betis", "Sevilla", "Lyon", "Marseille", "Köln", "Schalke 04", "Ajax",
    "Feyenoord", "Benfica", "Porto", "Galatasaray", "Beşiktaş", "Legia Warszawa",
    "Lech Poznań", "Dinamo Zagreb", "Hajduk Split", "Malmö FF", "AIK", "Brøndby",
    "St Johnstone", "Queen's Park", "Sint-Truiden", "Nîmes Olympique",
]
VENUES = [
    "Elland Road", "Easter Road", "Estadio Benito Villamarín", "Groupama Stadium",
    "RheinEnergieStadion", "De Kuip", "Estádio da Luz", "Rams Park",
    "Stadion Miejski", "Eleda Stadion", "Brøndby Stadion", "Pitch 2 (3G)",
    "Rec ground, Hall Lane", "Sportpark Noord, veld 4",
]
DAYS = ["Sat", "Sun", "Tue", "Wed", "Fri", "Mon"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Oct", "Nov", "Dec"]
TIMES = ["12:30", "13:00", "14:00", "15:00", "17:30", "19:45", "20:00", "10:30"]


def t_fixtures_venue(rng):
    home, away = rng.sample(TEAMS, 2)
    form = rng.randrange(4)
    fh, fa = rng.randint(0, 4), rng.randint(0, 4)
    if form == 0:
        hh, ha = rng.randint(0, fh), rng.randint(0, fa)
        return f"{home} {fh}-{fa} {away} (HT {hh}-{ha})"
    if form == 1:
        return (f"{rng.choice(DAYS)} {rng.randint(1, 28)} {rng.choice(MONTHS)} | "
                f"{rng.choice(TIMES)} | {home} v {away} | {rng.choice(VENUES)}")
    if form == 2:
        res = "W" if fh > fa else ("L" if fh < fa else "D")
        return f"{res} {fh}:{fa} vs. {away}; next: {rng.choice(DAYS)} {rng.choice(TIMES)} @ {rng.choice(VENUES)}"
    return (f"Block {rng.randint(101, 130)}, Row {rng.choice('ABCDEFGHJKLMN')}, "
            f"Seat {rng.randint(1, 40)} — {home} v {away}, {rng.choice(DAYS)} {rng.choice(TIMES)}")


# ---------------------------------------------------------------------------
# 2. match_reports: match reports and live-blog entries
# ---------------------------------------------------------------------------
MATCH_REPORTS = [
    "67' GOAL! Saka cuts inside and curls it into the far corner. 2-1!",
    "HT: a drab first half — two shots on target between them, both from outside the box.",
    "90+4' It's all over: a smash-and-grab at the Etihad; the away end is bouncing.",
    "Early team news: no Salah (hamstring), so it's Elliott on the right; Núñez leads the line.",
    "What a save!! Alisson gets down low to his left to deny the header — still 0-0.",
    "The referee has gone to the monitor... and it's a penalty. VAR overturns the on-field decision.",
    "United dropped points again as Rashford's late strike was ruled out for offside (by a toenail, it seems).",
    "Sleepy start, then bang — 3 goals in 8 mins. 'We switched off,' admitted the manager afterwards.",
    "Player ratings: Rice 8, Ødegaard 7, Havertz 6; sub Trossard 7 — decisive cameo.",
    "And that's the drop confirmed. A 14-year stay in the top flight ends with a whimper at Molineux.",
    "Der Ball ist rund, das Spiel dauert 90 Minuten — heute fühlte es sich an wie 120.",
    "Minuto 78: cambio en el Betis — entra Isco, sale Fornals. El Villamarín aplaude.",
    "Le PSG a dominé la possession (68 %) mais n'a cadré que 3 tirs. « On doit être plus tranchants », a dit Luis Enrique.",
    "Quote of the day: \"We select the team on form, not reputation — simple as that.\"",
    "The drop goal sails over from 40m — what a way to win it. 23-20!",
    "Rain delay at Lord's: covers on, players off. Lunch taken early; resumption 13:40.",
    "Wicket! Root c Carey b Cummins 57 — England 201/5",
    "Ace, ace, double fault — Djokovic serves it out 6-3 nonetheless.",
    "TD Chiefs: Mahomes to Kelce, 12 yds. XP good. KC 17 - BUF 14",
    "Stoppage in play; medical staff on. Thoughts with the player — looks like he hit his head on the post.",
    "Update 14:32 — lineups are in! Scroll down for both XIs and our predicted subs.",
    "A disallowed goal, a red card, and a missed pen. All in the first 20 mins. Buckle up.",
    "Stats at the break: xG 1.42 vs 0.31; possession 61%/39%; corners 7-1.",
    "Breaking: club confirms manager has left 'by mutual consent' after 3 wins in 17.",
    "Another clean sheet — 6th in a row — and the back three (Dias, Stones, Gvardiol) were immense.",
    "She drops the shoulder, beats two, and slots it under the keeper! Lionesses 1-0 🦁",
    "Commentary: 'That's the sort of goal you'd score in the back garden with your mates.'",
    "Full report to follow. In short: dominant for an hour, then hung on for dear life.",
    "Sub: #14 on for #9 (injury). Captain's armband passes to #4.",
    "Stumps, Day 3: India 287 & 145/3; Australia 344. India lead by 88.",
    "Pit stop from P5 — slow stop (4.1s), rejoins P9 behind the Alpines.",
    "Lap 44/57: Verstappen +3.2s over Norris; Leclerc on mediums, 18 laps old.",
    "Elle a couru le 10 000 m en 29'45''60 — record personnel, 4e place.",
    "Overtime! The puck squirts free in the crease and... it's in! 4-3 Canucks.",
    "Teams exchange penalties in a scrappy third quarter; 15-15 with 10 to go.",
    "Post-match presser: 'No excuses. We were second best, and the result reflects that.'",
    "Aaaand relax. Full-time. Three points. Sleep well, Gooners. 😴",
    "Stat: first time since 1997 that City have lost three league games in a row at home.",
    "ДВА! Дзюба оформляет дубль — 2:0!",
    "¡Gooool! Zurdazo desde fuera del área, 1-0 al minuto 23.",
    "VAR check complete — no penalty; the contact started outside the box.",
    "Corner -> flick-on -> header off the bar -> tap-in. Scrappy, but they all count.",
    "Riders are now 12 km from the finish; the breakaway's gap is down to 0'48\".",
    "Dramatic finale in Hangzhou: China 3–2 Japan after trailing 0–2 at the half.",
    "Pressemitteilung: Das Spiel gegen Köln wird aufgrund einer Sturmwarnung verschoben.",
    "Team news: Kane starts; Müller on the bench; Neuer back in goal.",
    "Fourth official's board: +6. Plenty of time for a twist...",
    "The 'Roker Roar' was back tonight — what an atmosphere <3",
    "Recap: Q1 was all Celtics (32-18); Heat closed the gap in Q3 with a 14-0 run.",
    "Eliminated: 'Northern Select' go out on goal difference (−1) despite winning 2-1.",
    "It's a sell-out at Hampden; 50,000+ expected for the final.",
    "Update: kick-off delayed by 15 minutes due to crowd congestion at the turnstiles.",
    "Editor's note: an earlier version of this article said the goal came in the 64th minute; it was the 46th.",
    "Keeper distribution: 28/34 passes completed; 6 long balls, 3 found a teammate.",
    "Shot map: 11 inside the box, 4 outside; best chance fell to #10 at 0.58 xG.",
    "Weather: 4°C, wind gusting 40 km/h from the west — expect long balls to hold up.",
    "What a comeback!\nTrailing 0-3 at the break, they scored four in 22 minutes.\nScenes. Absolute scenes.",
    "Live blog closed. Thanks for joining us — match report & reaction below ⬇️",
    "The union of youth and experience worked: two debutants and a 38-year-old keeper kept it tight.",
    "Kick-off! We're under way at Ibrox. Rangers in blue, left to right.",
]

LIVE_MINUTE_EVENTS = [
    "GOAL! {p} finishes from close range — {s}",
    "Yellow card for {p} after a cynical tug on {q}.",
    "Substitution: {p} replaces {q}.",
    "Chance! {p}'s shot is deflected wide for a corner.",
    "Off the post! {p} so nearly doubles the lead.",
    "Offside flag up against {p}; the goal won't stand.",
    "{p} goes down holding his ankle — looks like he'll need treatment.",
    "Free kick in a dangerous area; {p} and {q} standing over it.",
]
LIVE_PLAYERS = [
    "Saka", "Ødegaard", "Núñez", "Szoboszlai", "Bellingham", "Vinícius", "Kane",
    "Musiala", "Lautaro", "Kvaratskhelia", "Gakpo", "Çalhanoğlu", "Mitoma", "Son",
    "O'Shea", "Guðmundsson",
]


def t_match_reports(rng):
    p, q = rng.sample(LIVE_PLAYERS, 2)
    minute = rng.randint(1, 90)
    text = rng.choice(LIVE_MINUTE_EVENTS).format(
        p=p, q=q, s=f"{rng.randint(1, 3)}-{rng.randint(0, 2)}!")
    return f"{minute}' {text}"


# ---------------------------------------------------------------------------
# 3. player_names: player names and roster rows in many languages
# ---------------------------------------------------------------------------
PLAYER_NAMES = [
    "Seán Ó Briain",
    "D'Angelo Russell",
    "N'Golo Kanté",
    "Zlatan Ibrahimović",
    "Martin Ødegaard",
    "Son Heung-min (손흥민)",
    "Kylian Mbappé Lottin",
    "Virgil van Dijk",
    "Takefusa Kubo (久保 建英)",
    "Åsa Lindström",
    "Giovanni Di Lorenzo",
    "Ederson Santana de Moraes",
    "Łukasz Fabiański",
    "Jordan Henderson (c)",
    "O'Neill, Martin — assistant manager",
    "Nikola Jokić / Никола Јокић",
    "İlkay Gündoğan",
    "Jérémy Doku",
    "Ángel Di María",
    "Marc-André ter Stegen",
    "Pierre-Emerick Aubameyang",
    "Mohamed Salah (محمد صلاح)",
    "Μιχάλης Μανιάς",
    "Lionel Andrés Messi Cuccittini",
    "Abdoulaye Doucouré",
    "Nguyễn Quang Hải",
    "Rafael \"Rafa\" Nadal Parera",
    "Bukayo Saka #7",
    "Eduardo Camavinga — nickname 'Cama'",
    "Ruud van Nistelrooy",
    "Maximilian 'Maxi' Mittelstädt",
    "Hwang Hee-chan (황희찬)",
    "Kaoru Mitoma 三笘薫",
    "Trent Alexander-Arnold",
    "Đorđe Petrović",
    "Mateo Kovačić",
    "Jan Oblak (GK)",
    "Ştefan Radu",
    "Shai Gilgeous-Alexander",
    "Giannis Antetokounmpo (Γιάννης Αντετοκούνμπο)",
    "Ja'Marr Chase",
    "Amon-Ra St. Brown",
    "Le'Veon Bell",
    "De'Aaron Fox",
    "Ngozi Okafor-Bello",
    "Sinéad O'Reilly-Kavanagh",
    "Wojciech Szczęsny",
    "武磊 (Wu Lei)",
    "Dominik Szoboszlai",
    "Ñíguez, Saúl",
    "Jürgen Klopp (head coach)",
    "Hakan Çalhanoğlu",
    "Khvicha Kvaratskhelia (ხვიჩა კვარაცხელია)",
    "Rasmus Højlund",
    "Bernardo Mota Veiga de Carvalho e Silva",
    "Yéremy Pino",
    "#23 | O'Connor, Cian | DEF | 1.84 m | L",
    "Jóhann Berg Guðmundsson",
    "Þórir Hergeirsson (coach)",
    "Gaël Kakuta",
    "Emre Can / Emre Belözoğlu — not the same person!",
    "Sami Al-Jaber (سامي الجابر)",
    "Oleksandr Zinchenko (Олександр Зінченко)",
    "Tomás Ó Sé",
]

ROSTER_PEOPLE = [
    ("Cian", "O'Connor"), ("Aoife", "Ní Bhriain"), ("Jesús", "Navas"),
    ("Zoë", "Van der Berg"), ("Kwame", "Mensah-Boateng"), ("Yusuf", "Demir"),
    ("Chloé", "D'Almeida"), ("Mateus", "São Pedro"), ("Leilani", "Kahananui"),
    ("Ji-woo", "Park"), ("Björn", "Åkesson"), ("Oğuz", "Kağan"),
    ("Anaïs", "Lefèvre"), ("Fionn", "Mac Giolla Phádraig"), ("Dara", "O'Shea"),
    ("Łucja", "Wąsowska"), ("Tomasz", "Żurawski"), ("Haruto", "Satō"),
]
POSITIONS = ["GK", "RB", "CB", "LB", "DM", "CM", "AM", "RW", "LW", "ST", "WB"]


def t_player_names(rng):
    first, last = rng.choice(ROSTER_PEOPLE)
    pos = rng.choice(POSITIONS)
    num = rng.randint(1, 40)
    form = rng.randrange(3)
    if form == 0:
        return f"{last}, {first} ({pos}) #{num}"
    if form == 1:
        return (f"#{num} {first} {last} — {pos} — DOB {rng.randint(1998, 2012)}-"
                f"{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    return f"#{num} | {last}, {first} | {pos} | 1.{rng.randint(60, 95)} m | {rng.choice('LR')}"


# ---------------------------------------------------------------------------
# 4. lineups: lineups, formations, team sheets, set-piece notes
# ---------------------------------------------------------------------------
LINEUPS = [
    "4-3-3; Kane (c)",
    "GK Pickford; RB Walker, CB Stones, CB Guéhi, LB Trippier; DM Rice; CM Bellingham, Mainoo; RW Saka, ST Kane (c), LW Foden",
    "3-5-2 → 5-3-2 out of possession",
    "XI: Raya; White, Saliba, Gabriel, Timber; Ødegaard (c), Rice, Havertz; Saka, Jesus, Martinelli. Subs: Ramsdale, Tomiyasu, Jorginho, Trossard, Nketiah",
    "4-2-3-1 | Alisson — TAA, Konaté, VVD (c), Robertson — Mac Allister, Szoboszlai — Salah, Jones, Díaz — Núñez",
    "Bench: 12 Ramsdale (GK), 15 Kiwior, 20 Jorginho, 19 Trossard, 14 Nketiah",
    "4-4-2 diamond: 1; 2,5,6,3; 4; 8,10; 7; 9,11",
    "Starting 5: PG Curry, SG Thompson, SF Wiggins, PF Green, C Looney",
    "XV: 1 Genge 2 George (c) 3 Stuart 4 Itoje 5 Chessum 6 Earl 7 Underhill 8 Dan 9 Mitchell 10 Smith 11 Feyi-Waboso 12 Slade 13 Freeman 14 Daly 15 Steward",
    "U10 team sheet — keeper rotates each half: Ellie (1st), Sami (2nd). Everyone gets >= 20 min.",
    "Batting order: 1 Crawley 2 Duckett 3 Pope 4 Root 5 Brook 6 Stokes (c) 7 Foakes (wk) 8 Woakes 9 Wood 10 Leach 11 Anderson",
    "3-4-3 w/ inverted full-backs; wing-backs push high when we have the ball > halfway",
    "Changes: 2 — Mudryk & Gallagher in; Sterling, Enzo out (knock).",
    "4-1-4-1 / 4-5-1 (def) — depends on who's fit on Saturday",
    "Courtois – Carvajal, Militão, Rüdiger, Mendy – Valverde, Tchouaméni, Kroos – Bellingham – Vinícius Jr., Rodrygo",
    "1-2-1 diamond for 5-a-side: GK / DEF / L & R / PIVOT. Swap every 5 mins.",
    "Opstelling: Verbruggen; Dumfries, De Vrij, Van Dijk, Aké; Reijnders, Schouten, Simons; Malen, Depay, Gakpo",
    "Aufstellung: Neuer – Kimmich, Upamecano, Kim, Davies – Goretzka, Pavlović – Sané, Musiala, Gnabry – Kane",
    "Formazione 3-5-2: Sommer; Pavard, Acerbi, Bastoni; Dumfries, Barella, Çalhanoğlu, Mkhitaryan, Dimarco; Thuram, Lautaro (k)",
    "(c) = captain, (vc) = vice-captain, (wk) = wicket-keeper, * = debut",
    "Left-side overload: LB + LW + LCM in a triangle; RW stays wide & high",
    "Press trigger = back-pass to GK; the 9 curves his run to cut off the LCB",
    "PP1: Nylander – Matthews – Marner; Rielly / Tavares",
    "Relay order: leg 1 Hall, leg 2 Cole, leg 3 Ndlovu, anchor Ortega",
    "Boat: Bow Smith, 2 Chen, 3 Okafor, 4 Ruiz, 5 Novak, 6 Lind, 7 Park, Stroke Müller; Cox Jones",
    "Team sheet: 1. O'Brien 2. McCarthy 3. Ó Súilleabháin ... 15. Ó Sé; subs 16-26 TBC",
    "4-3-3 → 2-3-5 in possession (FBs invert, 8s push up)",
    "No. 6 drops between the CBs in build-up: 3-2-5 vs. their 4-4-2 block",
    "Defending corners: zonal x4 (6-yard box), man x3, 1 on the near post, 1 edge of the box, 1 up top",
    "GK: Onana | DEF: Dalot, Varane, Martínez, Shaw | MID: Casemiro, Eriksen, Fernandes (c) | FWD: Antony, Højlund, Rashford",
    "Rotation P1: S Antonov, OH1 Kim, MB1 Duarte, OPP Silva, OH2 Müller, MB2 Nakamura; L Ortiz",
    "Lineup card: 1. Betts RF 2. Freeman 1B 3. Ohtani DH 4. Smith C 5. Muncy 3B",
    "Sunday XI (pls confirm by Fri!!): Dave; Tom, Raj, Big Mike, Kev; Jonno, Sully, Pete; Ash, Deano, Mo",
    "Plan B if we're chasing it: go 4-2-4, Deano up top with Mo, drop Pete",
    "Set pieces: near-post flick (Raj), back post (Big Mike); Sully takes, left foot inswinger",
    "Penalty takers order: 1) Kane 2) Saka 3) Palmer 4) Bellingham 5) Rice",
    "Rotation policy: nobody plays > 3 games in 7 days; U23s cover the cup ties",
    "4-4-2 flat; 2 banks of 4; 'stay compact, don't chase' — coach's words",
    "Alineación: Ter Stegen; Koundé, Araujo, Cubarsí, Balde; De Jong, Gündoğan, Pedri; Yamal, Lewandowski, Raphinha",
    "Escalação: Alisson; Danilo, Marquinhos, Gabriel Magalhães, Wendell; Bruno Guimarães, Paquetá; Rodrygo, Vini Jr, Raphinha; Endrick",
    "Pairings (doubles): Court 1 Kim/Nair; Court 2 Hoffmann/Lopes; Court 3 reserve pair TBD",
    "Lines for Saturday: L1 Ek – Nilsson – Berg; L2 Salo – Virtanen – Koivu; D: Lind/Holm, Aho/Laine",
    "Starting grid: P1 #1, P2 #16, P3 #4, P4 #81 ... P20 #2 (pit-lane start)",
    "7s squad: Props — Ana & Bea; Hooker — Cat; Halves — Dee, Em; Backs — Fi, Gee",
    "Formation: 3-4-2-1 — 'the Christmas tree' when the 10s tuck in",
    "Sub rule: rolling subs, max 5 per half, notify the ref at the halfway line",
    "If Rice is suspended: Partey at 6, Jorginho 8; otherwise unchanged",
    "Blue team bibs: #2,4,6,8,10; orange: #1,3,5,7,9 — bring your own water",
    "First XV vs second XV: 1-7 same, 8 switches with 6, backs unchanged",
    "Keeper: Elif; defence: Sena, Derya, Ayşe; midfield: Zeynep, Melis; attack: Ece",
    "Lineup: C Ovechkin? No — he's out (upper body). Strome centres line 1 tonight",
    "Team A vs Team B scrimmage: A = starters minus Luca; B = bench + Luca",
    "Shape without ball: 5-4-1 mid-block; trigger the press only in their half",
    "Boat order (8+): Stroke Mayer, 7 Chan, 6 Rossi, 5 Kowalski, 4 Abebe, 3 Ng, 2 Ortiz, Bow Lee; cox Sato",
    "Midfield box: two 6s + two 10s (4-2-2-2), full-backs give the width",
    "Track relay 4x400: Okoro / Vance / Petit / Sánchez (anchor) — alt: Bauer",
    "Matchday squad (18):\nGK: Ramsdale, Hein\nDEF: White, Saliba, Gabriel, Kiwior, Zinchenko\nMID: Rice, Ødegaard, Jorginho, Partey\nFWD: Saka, Jesus, Martinelli, Trossard, Nketiah, Havertz, Nelson",
]

FORMATIONS = ["4-3-3", "4-2-3-1", "3-5-2", "4-4-2", "3-4-3", "5-3-2", "4-1-4-1", "3-4-2-1", "4-4-1-1"]
CAPTAINS = ["Kane", "Ødegaard", "Van Dijk", "Fernandes", "Son", "Rüdiger", "Lautaro",
            "Alexia Putellas", "Leah Williamson", "Marquinhos", "Çalhanoğlu", "O'Shea"]
SHAPE_NOTES = [
    "out of possession", "when we press high", "after the first sub",
    "vs. a back three", "if we're 1 up after 70'", "in the second half",
]


def t_lineups(rng):
    f1, f2 = rng.sample(FORMATIONS, 2)
    cap = rng.choice(CAPTAINS)
    form = rng.randrange(3)
    if form == 0:
        return f"{f1}; {cap} (c)"
    if form == 1:
        return f"{f1} → {f2} {rng.choice(SHAPE_NOTES)}; {cap} (c) on set pieces"
    return f"Formation: {f1} | captain: {cap} | bench: {rng.randint(5, 9)} incl. GK"


# ---------------------------------------------------------------------------
# 5. odds_betting: odds in every notation, bet slips, comparison notes
# ---------------------------------------------------------------------------
ODDS_BETTING = [
    "+150",
    "-110",
    "5/2",
    "2.50",
    "Evens (2.0)",
    "11/10 fav",
    "Man City -1.5 @ 2.10",
    "Over 2.5 goals @ 1.83 | Under 2.5 @ 2.05",
    "BTTS: Yes 1.72 / No 2.10",
    "Acca: Arsenal, Inter, Napoli & PSG to win — 4-fold @ 6.85",
    "Each-way, 1/4 odds, places 1-2-3; horse: 'Drop The Anchor' 12/1",
    "Lakers +6.5 (-110) / Celtics -6.5 (-110); O/U 224.5",
    "Implied prob. of 5/2 = 2/(5+2) = 28.6%",
    "Cash out offered £18.40 on a £10 stake — take it or let it ride?",
    "Asian handicap -0.25 (split: half on 0, half on -0.5)",
    "Draw no bet: Spurs @ 1.65",
    "1X2: 2.40 | 3.30 | 3.10",
    "Bookie A 2.62 vs. exchange 2.70 (minus 5% comm.) => effective 2.615",
    "Max stake limited to £2.50 on this market?!",
    "Bet builder: Haaland anytime + City -1 + over 9.5 corners = 7/1",
    "Kelly: f* = (bp - q) / b = (1.5*0.45 - 0.55)/1.5 ≈ 8.3%",
    "Moneyline: NYY -135, BOS +115",
    "Odds shortened from 9/2 to 3/1 after the team news",
    "Void — non-runner; stake returned",
    "Lay 3.45 → back 3.60, green up for +£4.10",
    "Świątek -1000 (1.10) vs. Sabalenka +650 (7.50)",
    "Correct score: 2-1 @ 9.00; 1-1 @ 6.50; 0-0 @ 11.0",
    "Corners: over 10.5 = 1.95; under = 1.85; total corners ≥ 11 wins",
    "Parlay (3 legs) +596: Chiefs ML; Bills -3; Over 47.5",
    "Hong Kong 1.50 = decimal 2.50 = US +150 = frac 3/2",
    "Malay -0.80 means decimal 2.25",
    "Indo -1.25 = decimal 1.80",
    "Odds boost: Mbappé first goalscorer 7/2 → 5/1 (max £10)",
    "Ante-post Golden Boot — Kane 5/2, Haaland 11/8, Salah 8/1",
    "Why did my bet settle as a loss when the match went to extra time? Bet was 90 mins only...",
    "Rule 4 deduction 10p in the £ — explained in T&Cs section 4.3",
    "Margin: 1/2.40 + 1/3.30 + 1/3.10 = 1.0463 → 4.6% overround",
    "Stake £5.00 @ 13/8 → returns £13.13",
    "Value? Model says 41% vs bookie 2.75 (36.4%) → +EV",
    "Under 0.5 cards 1st half @ 1.40 — this ref averages 3.8 yellows/game",
    "Handicap A -1, A wins by exactly 1 → push (stake back)",
    "Bankroll 500u; unit = 1% = 5u; max 3u per play",
    "Tip: unders in the derby — last 6 H2H all <2.5",
    "Asian total 2.25: half on 2, half on 2.5; 2 goals → half push, half loss",
    "Sort the comparison table by 'Best price' (desc), then by 'Bookmaker' (asc)",
    "Prices: 4/6 | 11/4 | 9/2 — anyone else seeing the draw drift?",
    "Exacta 3-7 $2; trifecta box 3-5-7 $1",
    "18+ only | please gamble responsibly",
    "Yankee = 11 bets (6 doubles, 4 trebles, 1 four-fold)",
    "Lucky 15, 2 winners, £1 e/w → returned £7.60",
    "'Both halves over 0.5' — anyone offering it > 2.0?",
    "Promo code WELCOME20 not working for me (existing customer)",
    "Greyhounds: Trap 6 @ 5/1, Trap 1 2/1F",
    "Over/Under 215.5 pts (-110) — Finals G3",
    "Fractional → decimal: (num/den) + 1, e.g. 7/4 → 2.75",
    "American → decimal: +250 → 3.50; -250 → 1.40",
    "Tote win dividend €4.30 (per €1); place €1.70 / €2.10 / €3.40",
    "Suspended market?? It's 0-0 in the 12th minute, nothing happened!",
    "Cuota 1.85 al empate; hándicap asiático +0.5 para el visitante",
    "Quote: 2,10 / 3,40 / 3,60 (Heim/Unentschieden/Auswärts)",
]

ODDS_FRACTIONS = [(1, 2), (4, 6), (5, 4), (6, 4), (7, 4), (9, 4), (11, 4), (3, 1), (7, 2),
                  (9, 2), (5, 1), (6, 1), (8, 1), (10, 1), (13, 8), (15, 8), (2, 5), (8, 13)]
ODDS_TEAMS = ["Arsenal", "Napoli", "Benfica", "Celtics", "Bills", "Lyon", "Porto",
              "Galatasaray", "Brighton", "Leverkusen", "Sporting CP", "Nuggets"]


def _american(num, den):
    if num >= den:
        return f"+{round(100 * num / den)}"
    return f"-{round(100 * den / num)}"


def t_odds_betting(rng):
    num, den = rng.choice(ODDS_FRACTIONS)
    dec = num / den + 1
    form = rng.randrange(3)
    if form == 0:
        return f"{num}/{den} = {dec:.2f} decimal = {_american(num, den)} US"
    team = rng.choice(ODDS_TEAMS)
    if form == 1:
        hcp = rng.choice(["-1.5", "-1", "-0.5", "+0.5", "+1", "+1.5", "-0.75", "+0.25"])
        return f"{team} {hcp} @ {dec:.2f}"
    stake = rng.choice([2, 5, 10, 20, 25])
    return f"£{stake} on {team} @ {num}/{den} → returns £{stake * dec:.2f}"


# ---------------------------------------------------------------------------
# 6. race_times: race results, split and lap times
# ---------------------------------------------------------------------------
RACE_TIMES = [
    "1:59:40.2",
    "Marathon: 3:12:47 (chip) / 3:13:05 (gun)",
    "5K splits: 4:01, 3:58, 4:02, 3:55, 3:49 → 19:45",
    "Half: 1:28:33 PB!! 🎉 (prev 1:31:10)",
    "100m 10.84 (+1.2 m/s) — Heat 3, Lane 5",
    "400m: 200m split 23.9 / 400m 50.71",
    "DNF @ km 31 (calf)",
    "Swim 1:05:12 | T1 5:43 | Bike 5:28:40 | T2 3:10 | Run 3:51:22 | Total 10:34:07",
    "Lap 12: 1:31.447 (S1 29.881, S2 33.102, S3 28.464)",
    "Parkrun #412 — 22:31, 57th of 312, AG 61.7%",
    "100K: CP1 10k 0:58 → CP5 62k 6:47 → finish 11:42:18",
    "200 free: 1:52.30 (splits 26.1 / 28.9 / 28.8 / 28.5)",
    "4x100: 38.92 (10.31 / 9.52 / 9.70 / 9.39)",
    "2k erg: 6:58.4 (500m splits 1:44.0/1:45.2/1:45.6/1:43.6)",
    "10 mile TT: 22:41 on the aero bars; avg 42.3 km/h, NP 287 W",
    "Run 1 1:02.33 (+0.41), Run 2 1:01.87; total 2:04.20",
    "14/87 (M40) – 41:22 for 10 km",
    "DQ — lane infringement",
    "Segment 'Box Hill Zig Zag' 7:58 — 3rd on the leaderboard",
    "Pace: 5'12\"/km avg, fastest km 4'48\"",
    "Tempo run: 3 x 2 km @ 4:15/km, 90s jog rec.",
    "1. Kipchoge 2:02:42 2. Kibet 2:05:53 3. Lemma 2:06:38",
    "Stage 4: 86.2 km, 14h31' — long day in the dunes",
    "Time trial: 0:48:09.55 — 2nd place (+12.3 s)",
    "Gun to chip: 0:42 difference because I started at the back",
    "Split 10k→HM: 44:15 → 49:03 (positive split, ugh)",
    "Sprint tri: 750 m / 20 km / 5 km → 1:11:56",
    "800m indoor: 1:47.95 NR",
    "Couch-to-5K week 6, run 3: 25 min continuous!",
    "5000 m : 13'05\"44 — record de France espoirs",
    "Zeit: 2:58:59 — sub 3 geschafft!!! 🥳",
    "大阪マラソン 2時間29分35秒 自己ベスト",
    "XC 8K: 27:14, team placed 3rd (scores 41/58/63)",
    "00:23:11.000 (hh:mm:ss.mmm) — sensor glitch at lap 2?",
    "Net 4:05:33; gun 4:09:01; pace 9:21 /mi",
    "GC: Pogačar +0'00\", Vingegaard +1'03\", Evenepoel +4'12\"",
    "Quali: Q1 1:30.021, Q2 1:29.612, Q3 1:29.308 (pole by 0.044)",
    "Masters 400mH: 58.41 (age-graded 83.1%)",
    "Lap times (mm:ss.s): 1:12.4 | 1:11.9 | 1:11.7 | 1:12.8 || best 1:11.7",
    "Backyard ultra: 41 yards (≈ 275 km), DNF yard 42 — asleep on my feet",
    "Open water 3.8k: 1:09:44 in a wetsuit; sighting was rubbish",
    "Half-IM run: 1:41:10 — negative split (50:41 / 50:29)",
    "Relay leg 3 of 10 — 7.8 km, 32:15, handed over in 4th",
    "Series total: 18:12 + 17:55 + 18:01 = 54:08",
    "Mile: 4:59.8 — FINALLY under 5!",
    "10 km Stadtlauf 38:47 (AK M35, Platz 2)",
    "Results list me at 1:23:45 but my watch says 1:22:58 — can the timing company check the mat at 15k?",
    "Chrono : 3 h 28 min 12 s au marathon de Paris ! 😅",
    "Swim pace 1:38/100m; 2.5k in 40:50",
    "Flying 200 m: 10.523 s",
    "Heat 2: 1) Lane 4 — 51.02 Q 2) Lane 5 — 51.30 Q 3) Lane 3 — 51.88 q",
    "Goal sub-3:30 => 4:58/km, 8:00/mi",
    "Note: times marked * are hand-timed (+0.24 s conversion)",
    "Maratón de Valencia: 2:47:10, ¡marca personal por 6 minutos!",
    "Stint 2: 24 laps, avg 1:33.9, best 1:32.8, deg ~0.08 s/lap",
    "Cumulative time after 3 stages: 9h 12' 44\" (+2' 10\" on the leader)",
    "Age group results: F50-54 — 1. M. Rossi 47:02, 2. H. Kato 48:19, 3. A. O'Leary 49:55",
    "Halbmarathon 1:39:59 — eine Sekunde unter 1:40, knapper geht's nicht",
    "K1 500 m final: 1:36.84 — bronze by 0.07",
    "Pace chart for 10K:\n1 km 4:30\n5 km 22:30\n10 km 45:00",
]

RACE_DISTANCES = [("5K", 15, 40), ("10K", 32, 75), ("Half", 70, 150), ("Marathon", 150, 330),
                  ("10 mile", 52, 120), ("Parkrun", 16, 45)]
RACE_CATS = ["M35", "F40", "M50", "F25", "Senior M", "Senior F", "U20", "V55"]


def _hms(total_seconds):
    h, rem = divmod(total_seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def t_race_times(rng):
    name, lo, hi = rng.choice(RACE_DISTANCES)
    t = rng.randint(lo * 60, hi * 60)
    form = rng.randrange(2)
    if form == 0:
        n = rng.randint(80, 2400)
        return f"{name}: {_hms(t)} ({rng.choice(RACE_CATS)}, {rng.randint(1, n)}/{n})"
    gun = t + rng.randint(3, 240)
    return f"{name} chip {_hms(t)} / gun {_hms(gun)}"


# ---------------------------------------------------------------------------
# 7. workout_logs: workout logs, nutrition notes and training plans
# ---------------------------------------------------------------------------
WORKOUT_LOGS = [
    "5x5 @ 100kg; RPE 8 -> deload",
    "Squat 3x5 @ 140kg, RPE 8.5; bench 5/3/1 wk 2: 85x3, 95x3, 105x3+ (got 5)",
    "DB row 4x10 @ 32.5kg/arm; felt it in the lower back — fix form!",
    "AMRAP 20: 5 pull-ups, 10 push-ups, 15 air squats → 14 rds + 7",
    "EMOM 12: odd = 12 KB swings (24kg), even = 8 burpees",
    "Tabata x2 on the bike (20s on / 10s off)",
    "Deadlift 180kg x 1 @ RPE 9 (PR!!) — belt on, hook grip",
    "Rest day. Walked 9,412 steps, mobility 20 min (hips & t-spine)",
    "Zone 2 run: 45 min @ HR 135-145; pace ~6:10/km",
    "W1: Mon — upper A; Tue — run 5k easy; Wed — lower A; Thu — off; Fri — upper B; Sat — long run; Sun — off",
    "Bench 80kg 3x8, last set 2 RIR; incline DB 3x10 @ 26kg",
    "A1/A2 superset: OHP 4x6 @ 55kg / chin-ups 4x8 BW",
    "Week 4 = deload: -40% volume, same intensity",
    "3 x 12 x 20 kg = 720 kg total volume",
    "Yoga 30 min + foam roll; knee still cranky after the stairs",
    "C25K W3D2 — 90s run / 90s walk, 3 min run / 3 min walk, x2",
    "6 x 800m @ 3:10 w/ 400m jog — last rep 3:04",
    "Sleep 6h12m; HRV 48 ms (↓ from 62); readiness low — keeping it easy today",
    "Food: oats + whey (40g P), chicken & rice (55g P), Greek yogurt (20g P) → 115 g protein",
    "2,350 kcal in / 2,780 kcal out (est.) → -430",
    "Front squat 5x3 @ 90kg; 2s pause at the bottom",
    "Hip thrust 4 x 10 @ 120kg; glute bridge hold 3 x 30s",
    "Pull day: weighted pull-ups +10kg 5x5, face pulls 3x15, curls 3x12",
    "Injury note: L achilles sore 3/10 — swap runs for bike until < 2/10",
    "Farmer's carry 4 x 40m @ 2x32kg",
    "Row: 5 x 1000m @ 2:00/500m, 2 min rest → 5000m total",
    "Hangboard: 7s on/3s off x6, 20mm edge, +5kg",
    "Plank 3x60s; side plank 3x30s/side; dead bug 3x10",
    "'Fran': 21-15-9 thrusters (43kg) & pull-ups — 6:41",
    "Progression: +2.5 kg/week on squat until I stall, then switch to 3x3",
    "Macros 40/30/30 (C/P/F); cut phase, -0.5kg/week target",
    "Stretching (5 min): calves, hamstrings, hip flexors, pecs — hold 30s each",
    "Bodyweight 82.4kg (7-day avg 82.9kg ↓)",
    "Swim: 10 x 100m free on 1:50; kick 4 x 50m; pull 200m w/ buoy",
    "Mon: sleep in; Tue: intervals; Wed: strength; Thu: easy; Fri: off; Sat: long; Sun: cross",
    "Track session cancelled (lightning) → 30 min treadmill @ 1% incline instead",
    "5/3/1 BBB: 5x10 @ 50% TM after the main sets",
    "Ring dips 3 x 8 — first time without bands!",
    "100 push-ups/day for 30 days (day 12/30 ✅)",
    "Shoulder rehab: band ER/IR 3x15, Y-T-W raises 2x10 (2kg)",
    "Ride: 62km, 740m elevation, avg 27.1 km/h, TSS 98",
    "Marathon block wk 9/16: 72 km; long run 30 km w/ last 8 @ MP",
    "45' climb ride — output 412 kJ",
    "KB complex: clean → press → squat (x5/side) — 5 rounds",
    "Max HR test: 191 bpm; zones recalculated (Z2 = 124–143)",
    "Session RPE 7 x 60 min = 420 AU",
    "Tempo 3-1-1-0 (ecc-pause-con-top) for all squats this block",
    "Ate like a champ, slept like a baby, lifted like a... well, still weak on OHP 😂",
    "Pullover 3x12 @ 20kg — don't go too deep, shoulder impingement",
    "Stairs: 20 floors x 3 = 60 floors; legs = jelly",
    "RDL 3x8 @ 100kg | leg curl 3x12 | calf raise 4x15",
    "Bench 1RM (Epley): 100 × (1 + 5/30) = 116.7 kg",
    "Leg day:\n- Squat 5x5 @ 110\n- Leg press 3x12 @ 200\n- Lunges 3x10/leg\nFelt strong, +2.5 next week",
    "Krafttraining: Kniebeuge 4×6 @ 90 kg, Bankdrücken 4×8 @ 70 kg — Pause 2 min",
    "Entreno: 8 x 400 m a 1'28\" con 200 m de trote; última serie 1'24\"",
    "Séance : 10 x 30/30 sur piste, puis 15 min de retour au calme",
    "筋トレ: ベンチプレス 60kg×10×3、スクワット 80kg×8×3",
    "Sleep score 86; resting HR 48; weight 71.2 kg — green light for intervals",
    "Mobility flow: cat/cow x10, world's greatest stretch x5/side, 90/90 x2 min",
    "Cut the session short: 2 sets instead of 4, left elbow twinging on curls",
    "Week plan (base phase):\nMon — rest\nTue — 8 km easy + strides\nWed — gym (lower)\nThu — 6 x 1 km @ 10K pace\nSat — parkrun\nSun — 18 km long & slow",
]

LIFTS = [("Squat", 60, 180), ("Bench", 40, 130), ("Deadlift", 80, 220), ("OHP", 30, 80),
         ("Front squat", 50, 140), ("Barbell row", 40, 110), ("Incline bench", 40, 110),
         ("Hip thrust", 60, 200), ("RDL", 60, 160), ("Pendlay row", 40, 110), ("Push press", 40, 100)]


def t_workout_logs(rng):
    lift, lo, hi = rng.choice(LIFTS)
    sets, reps = rng.choice([(5, 5), (3, 5), (4, 6), (3, 8), (5, 3), (4, 10), (3, 12)])
    kg = rng.randrange(lo, hi, 5) + rng.choice([0, 0, 2.5])
    rpe = rng.choice(["6", "7", "7.5", "8", "8.5", "9"])
    form = rng.randrange(2)
    kgs = f"{kg:g}"
    if form == 0:
        return f"{lift} {sets}x{reps} @ {kgs}kg; RPE {rpe}"
    return f"{lift}: {sets} x {reps} @ {kgs} kg, {rng.randint(1, 3)} RIR — next week +2.5"


# ---------------------------------------------------------------------------
# 8. referee_reports: referee reports and disciplinary notes
# ---------------------------------------------------------------------------
REFEREE_REPORTS = [
    "Caution #6 home — unsporting behaviour (simulation) 34'",
    "Sending-off #4 away, second caution, 78'. Player left the field of play without incident.",
    "Dissent by word: player said 'that's a joke, ref' — cautioned.",
    "Abusive language towards AR1 after the final whistle; reported to county FA (ref DA/2291).",
    "Match delayed 10' — nets not secured; home club informed.",
    "Added time: 4 min (2 subs, 1 injury stoppage).",
    "Spectator entered the pitch at 61'; play suspended 3 mins; stewards removed him.",
    "Team sheets received 5 min before KO; away side listed 17 players (max 16) — #17 struck off.",
    "Penalty 55': deliberate handball, not DOGSO (defender was attempting to play the ball) — caution only.",
    "Red card (SFP): studs up at shin height, excessive force, 70'.",
    "Assistant manager dismissed for persistently leaving the technical area.",
    "Assessor: positioning 8/10; foul recognition 7/10; 'should have sold the penalty decision better'.",
    "Disciplinary panel: 3-match ban + £75 fine; appeal must be lodged within 7 days.",
    "Tackle from behind — ball not played — #11 (blue) on #2 (white).",
    "Pitch inspection 13:00: frozen in both goalmouths; match called off.",
    "Offside flag 82' — AR2 confident; goal disallowed; home bench protested heavily.",
    "Fouls 14 (H) / 9 (A); YCs 3 / 1; RCs 0 / 1",
    "Misconduct: home #9 spat towards an opponent (no contact). Sent off; see attached statement.",
    "Home coach's comment ('You ref like you've got money on it') reported as improper conduct.",
    "Mass confrontation 88' — 6 players involved; #5 (H) and #8 (A) cautioned as instigators.",
    "Blood injury — player left the field to change shirt, returned at 38' with permission.",
    "Away team failed to field 7 players by KO + 15 — match awarded to home side.",
    "Yellow: persistent infringement (3rd foul on #10)",
    "League requested footage of the incident at 73'.",
    "Review request denied: 'clear and obvious error' threshold not met.",
    "Player #23 wore a ring — asked to remove it; complied.",
    "Rugby: YC 12 Smith — deliberate knock-on; 10 min in the sin bin.",
    "Hockey: green card #7 (dissent), 2 min; yellow #11 (dangerous play), 5 min.",
    "Technical foul on the head coach for language; second T = ejection.",
    "Level 1 breach — send-off language to a dismissed batter; 1 demerit point.",
    "Any assault? NO. Verbal abuse only — heard by both ARs.",
    "Referee arrived late (M6 closure) — KO delayed 20 min; both captains agreed.",
    "Ball went over the running track; replacement ball used (home supplied 3).",
    "Indirect free kick 7' — GK handled a deliberate back-pass.",
    "Away captain complained about comments from the crowd; passed to the club welfare officer.",
    "Sanction: 2 games for conduct unbecoming; club also fined for failing to control supporters.",
    "Clean game, 1 YC. Respect handshakes done. Facilities good; no hot water in the ref's room though.",
    "GK off his line before the kick was taken — retake; second offence, caution.",
    "Floodlights failed 67'. Waited 30 min, then abandoned.",
    "Concussion protocol: player removed, HIA not passed, not allowed to return.",
    "Tribunal: charge proven; player suspended until 14/11 inclusive.",
    "Spielabbruch in der 80. Minute nach Pyrotechnik im Gästeblock — Bericht an den Verband.",
    "Ammonizione al 23' per proteste (n. 8 ospiti); espulsione al 90' per doppia ammonizione.",
    "Tarjeta roja directa (min. 41) por conducta violenta; informe adjunto.",
    "Carton rouge 60e : semelle sur la cheville ; joueur n°5.",
    "Player refused to give his name after the caution — identified via team sheet (shirt 14).",
    "Form: Part A (result) / Part B (misconduct) / Part C (comments) — submit by Mon 12:00.",
    "Fee £35 + £8.40 mileage (42 mi × 20p) — paid cash by the home secretary.",
    "Advantage played 27', then cautioned #4 at the next stoppage for the original foul.",
    "Home physio entered without permission at 52' — warned; noted for the league.",
    "Goal-line incident 64': ball did NOT fully cross — AR1 had the angle, no goal.",
    "Both benches: 'calm it down' conversation at 75'; no further action.",
    "Two players swapped shirts mid-match (#7 <-> #17) — names corrected on the card.",
    "Crowd chant aimed at the away keeper — PA announcement made, chanting stopped.",
    "Abandonment report:\n- 58' heavy hail\n- 60' players off\n- 80' pitch unplayable\nResult stands? League to decide.",
    "Complaint from home club re: 'bias' — assessor's report attached; no case to answer.",
    "Sin-bin (grassroots): #6 blue, 10 mins for dissent, 33'–43'.",
    "Appeal upheld: red card rescinded after video review — mistaken identity (#15 not #5).",
    "Coach used offensive gesture towards the 4th official — reported, touchline ban pending.",
    "Incident 73':\nHome #8 pushed away #3 in the penalty area after the whistle.\nAway #3 reacted by grabbing #8's shirt.\nBoth cautioned (unsporting behaviour). No further trouble.",
]

CARD_REASONS = [
    "reckless challenge", "dissent by word", "delaying the restart", "unsporting behaviour",
    "entering without permission", "failing to respect the distance", "persistent infringement",
    "stopping a promising attack", "simulation", "celebrating in front of the away fans",
]


def t_referee_reports(rng):
    side = rng.choice(["home", "away", "H", "A", "blue", "red"])
    card = rng.choice(["YC", "Yellow", "Caution", "2nd YC → RC", "Red (SFP)"])
    return f"{card} #{rng.randint(1, 30)} ({side}) — {rng.choice(CARD_REASONS)}, {rng.randint(1, 90)}'"


# ---------------------------------------------------------------------------
# 9. forum_posts: club forum posts, banter, fantasy notes
# ---------------------------------------------------------------------------
FORUM_POSTS = [
    "Worst. Defending. Ever. 🙄 How do you concede THREE from set pieces??",
    "Anyone got a spare for Saturday? Will pay face value, not a penny more (no touts pls)",
    "Drop him. Simple. He's been off the pace since Xmas.",
    "Union Berlin > Hertha, always has been 😎",
    "LOL at their fans booing at HT — 'we want our club back' <- mate you're 3rd",
    "Can we just... sign a proper No. 9 already? #SackTheBoard",
    "FPL: captain Haaland (TC) or Salah? Team: Raya; Gabriel, Saliba, TAA; Saka, Palmer, Son, Foden; Haaland, Watkins, Isak",
    "Wildcard now or wait for the DGW? 🤔",
    "Bench boost GW37 — 4 starters on the bench: 2x Arsenal, 2x Brighton",
    "Ref tonight = absolute joke 🤡 $$$ changing hands??",
    "Up the Toffees!!! 💙💙💙",
    "That's it, I'm out. See you next season. (I'll be back Tuesday.)",
    "Rating the new kits: home 8/10, away 3/10 (what is that colour??), third 6/10",
    "If we win Sunday and they lose/draw vs Leeds, we're top. #believe",
    "Sell-on clause is 15% — so we get ~£4m of that £30m fee? Not bad for an academy lad",
    "Admins, please pin the matchday thread; it keeps getting buried",
    "Anyone else getting 'seat unavailable' on the ticket site after clicking 'Select seat'?",
    "Overall rank 1,204,551 → 402,118 this GW 🚀 (thank you Palmer)",
    "Rumour mill 🔁: apparently we've bid €45m + add-ons for the lad from Benfica",
    "Who else was in the South Stand on Saturday? The noise in the 85th min was unreal",
    "Script writers couldn't make it up: ex-player scores the winner against us in the 94th 😭",
    "Proper Sunday league: 0-0 at HT, 4-4 at FT, two reds and the ref got a parking ticket",
    "Sleeping giant? More like a comatose giant 😴",
    "The system doesn't work without a DM who can pass — that's the whole problem",
    "Tbh the 'rotation' thing is overblown; he's played 3,100 mins already",
    "Away days > home days. Change my mind.",
    "Fantasy tip: avoid anyone away at Anfield; our GW20-25 fixtures: ARS (H), LIV (A), MUN (H)...",
    "Kit man deserves a pay rise, he's the only one who turned up",
    "My son's U11 team won 7-0 and the other coach refused the handshake... grow up ffs",
    "Ticket exchange is a shambles — listed mine at 09:00, gone by 09:01, still no refund 3 weeks on",
    "'Trust the process' they said. Process = 3 managers in 2 years.",
    "Power ranking: 1. Leverkusen 2. Real 3. City 4. Inter 5. Arsenal — fight me",
    "VAR lines drawn from the wrong foot again??? 🙃 <-- look at the freeze frame",
    "Predictions thread: we finish 7th, cup semi, top scorer = new signing w/ 14",
    "Cheers for the lift to the game @Dave, I owe you a pint 🍺",
    "Rest in peace, Sir Bobby. Legend. ❤️",
    "Does the club shop still do name & number printing on older shirts (2019/20)?",
    "Kickabout Thursday 7pm, pitch 4 — need 2 more, £6 each",
    "Quick poll: 4-4-2 or 4-3-3 next week? Reply 1 or 2",
    "I'm not saying he dives, but he'd get a 9.8 from the judges 🤸",
    "On a scale of 1 to Mourinho, how annoyed are you?",
    "Our keeper's distribution is like watching someone drop their phone in slow motion",
    "@mods — user ultras_1899 keeps posting the same rant in every thread, pls look",
    "Parkrun Saturday: anyone from the club going? Meet at the café at 8:45 ☕",
    "Draft order: me, Tom, Priya, Jonas, Aiko, Kwame, Lucía, Rhys — snake format",
    "¿Alguien sabe si el partido del domingo se televisa? No encuentro nada 🤷",
    "Quelqu'un a des places pour PSG-OM ? Je paie le prix, pas plus 😉",
    "Kann mir jemand sagen, ob die Südkurve wieder offen ist? 🙏",
    "Coaches: player evals due by Friday — use the shared sheet, not email.",
    "Goal of the month: 1) Szoboszlai vs Villa 2) Núñez scissor kick 3) Jones solo; vote below 👇",
    "We need to talk about the pies. £4.50 and still frozen in the middle. 🥧❄️",
    "He's 19. Nineteen! Give the kid a break, he'll be world class in 2 years.",
    "Unpopular opinion: the old badge was better & the new one looks like a bank logo",
    "Mate in the pub reckons we're going down. I said 'we're 9 points clear'. He said 'exactly'. 🤷‍♂️",
    "Watched it back: the shove happened BEFORE the header. Should've been a free kick our way.",
    "Fantasy notes: sell Watkins (blank GW29), bring in Isak; keep 0.5m ITB for Palmer -> Foden swap",
    "Who's on the coach to Plymouth? Leaving 06:30 from the club car park, £30 return",
    "For those asking: the lost property office is under the West Stand, open Mon-Fri 10–4",
    "Played 3, won 0, drawn 1, lost 2 — 'it's early days' 🙃",
    "C'mon you Spurs!!! #COYS",
    "Been a season ticket holder since '88 and I've never seen us this bad. Never.",
    "Thread for the away end: where's everyone drinking before? The Red Lion or the Crown & Anchor?",
    "Matchday lift share:\n- Dave: 3 seats, leaving 11:00 from the Tesco car park\n- Priya: 1 seat, 11:30, town centre\nReply if you want in 👍",
    "Ratings from me:\nRaya 7\nSaliba 8 — immense\nRice 9 (MOTM)\nHavertz 5... just not his day",
]

FORUM_OPENERS = ["Can't believe we", "Honestly, we", "Lads, we", "Again?! We", "Proud of the boys, we",
                 "Typical us, we", "Not gonna lie, we"]
FORUM_VERDICTS = [
    "lost {a}-{b} to {t}", "drew {a}-{a} with {t}", "beat {t} {c}-{b}",
    "threw away a {c}-goal lead against {t}", "got battered {c}-0 by {t}",
]
FORUM_TAILS = ["😤", "🙌", "🤦", "💀", "🔥", "😭", "👏👏", "🫠", "... again", "#UTC", "#COYB",
               "— bring on Tuesday", "— the ref was shocking", "— deserved, tbh"]


def t_forum_posts(rng):
    t = rng.choice(TEAMS)
    a = rng.randint(0, 3)
    b = rng.randint(0, 3)
    c = rng.randint(max(a, b) + 1, 6)
    verdict = rng.choice(FORUM_VERDICTS).format(a=a, b=b, c=c, t=t)
    return f"{rng.choice(FORUM_OPENERS)} {verdict} {rng.choice(FORUM_TAILS)}"


# ---------------------------------------------------------------------------
# 10. stat_queries: search-box and stats-explorer queries as analysts type them
# ---------------------------------------------------------------------------
STAT_QUERIES = [
    "goals where minute > 85 and team = 'Arsenal'",
    "most goals from outside the box 2023/24",
    "Haaland xG vs goals last 10 games",
    "players with > 5 assists and < 1000 mins",
    "top scorers Serie A since 2010 (penalties excluded)",
    "player = \"Kane\" AND season >= 2020 AND competition != 'Friendly'",
    "win % when scoring first, home vs away",
    "avg possession | group by manager",
    "count red cards per referee, order by cards desc",
    "Which teams drop the most points from winning positions?",
    "Union SG home record 2023/24",
    "sleep hours vs. soft-tissue injuries (GPS + wellness data)",
    "Mbappé conversion rate — 'big chances' only",
    "PPDA < 9 teams in the Bundesliga",
    "progressive passes per 90 (min. 900 mins) – CBs only",
    "Elo delta after upsets > 200 pts",
    "most drop goals in Six Nations history",
    "fastest 40-yard dash at the combine since 2006",
    "shots on target / shots * 100 — season 2022-23",
    "3PA per game by season 1980-2024 (line chart)",
    "batting avg where innings >= 20, sort desc",
    "race results where time < 2:10:00 and course is record-eligible",
    "player:\"Son Heung-min\" type:goal assisted_by:*",
    "goals ~ xG + home + minute (poisson) — residuals by team",
    "exec summary: squad age profile vs league avg",
    "is there a script to export shot maps, or just the PNG button?",
    "3 CBs vs back four: points per game",
    "distance covered > 12 km & sprints >= 30",
    "sum(goals) / sum(matches) where league in ('EPL','LaLiga')",
    "head-to-head Barça vs Real since 2000 — W/D/L",
    "corners per game - home/away split - last 5",
    "expected threat (xT) by zone — 12x8 heatmap",
    "Ohtani 2023: OPS+ / wRC+ / WAR",
    "¿quién tiene más asistencias en LaLiga desde 2015?",
    "Torschützen Bundesliga 2023/24 ab Minute 80",
    "passes into final third /90 (team) — rank",
    "ratio wins:games where weather = 'rain'",
    "turnovers leading to a shot within 10s (high press)",
    "Elo ≥ 1800 && age ≤ 21",
    "clean sheets by GK where saves >= 5",
    "players born after 2003-01-01 with >= 10 senior caps",
    "O'Brien career stats — all comps, incl. loans",
    "select season, avg(attendance) from matches group by season — can the explorer do that?",
    "penalties: scored/taken by taker, min 10 taken",
    "goals after 90' (stoppage time) — which teams, 2018–2024",
    "pass completion % under pressure vs not, midfielders",
    "red cards in derbies only (Old Firm, Merseyside, North London)",
    "home advantage before/after empty stadiums (2020-21) — delta in PPG",
    "top 10 'xG overperformance' strikers, min 20 npxG",
    "which refs give the most penalties per game? (PL, last 3 seasons)",
    "fantasy points per £m, defenders, GW1-GW19",
    "avg pit stop time by team 2024 (exclude > 10 s)",
    "who has the most 'Man of the Match' awards this season?",
    "marathon finishers by age group & gender, Berlin 2019 vs 2023",
    "first-serve % vs win % on clay, women's tour",
    "longest unbeaten run at home — all leagues in the DB",
    "xG for | xG against | xGD — last 6 games, rolling",
    "set-piece goals % of total (corners + FKs + throw-ins)",
    "find matches where score_ht = '0-2' and score_ft like '3-%'",
    "injuries by body part (hamstring, ACL, ankle) grouped by month",
    "How many hat-tricks has Kane scored? (club + country)",
    "Request for the data team:\n1) shots by zone, last 2 seasons\n2) same split by game state (winning / drawing / losing)\nCSV is fine, thanks!",
]

METRICS = ["progressive carries", "key passes", "tackles + interceptions", "shot-creating actions",
           "aerial duels won", "xA", "npxG", "touches in opp. box", "pressures", "ball recoveries"]
SQ_POSITIONS = ["CBs", "full-backs", "DMs", "wingers", "strikers", "AMs", "GKs"]
SQ_LEAGUES = ["EPL", "LaLiga", "Serie A", "Bundesliga", "Ligue 1", "Eredivisie", "MLS", "WSL", "NWSL"]
SQ_SEASONS = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"]


def t_stat_queries(rng):
    m = rng.choice(METRICS)
    form = rng.randrange(2)
    if form == 0:
        return (f"{m} per 90 — {rng.choice(SQ_POSITIONS)} in {rng.choice(SQ_LEAGUES)} "
                f"{rng.choice(SQ_SEASONS)} (min. {rng.choice([450, 600, 900, 1200])} mins)")
    return f"top {rng.choice([5, 10, 20])} {rng.choice(SQ_POSITIONS)} by {m}, {rng.choice(SQ_LEAGUES)}, last {rng.randint(3, 15)} games"


CATEGORIES = [
    ("fixtures_venue", FIXTURES_VENUE, t_fixtures_venue),
    ("match_reports", MATCH_REPORTS, t_match_reports),
    ("player_names", PLAYER_NAMES, t_player_names),
    ("lineups", LINEUPS, t_lineups),
    ("odds_betting", ODDS_BETTING, t_odds_betting),
    ("race_times", RACE_TIMES, t_race_times),
    ("workout_logs", WORKOUT_LOGS, t_workout_logs),
    ("referee_reports", REFEREE_REPORTS, t_referee_reports),
    ("forum_posts", FORUM_POSTS, t_forum_posts),
    ("stat_queries", STAT_QUERIES, t_stat_queries),
]


def main():
    rng = random.Random(SEED)
    seen = {}
    rows = []
    report = []
    for name, literals, template in CATEGORIES:
        values = []
        for v in literals[:PER_CATEGORY]:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen[v] = name
            values.append(v)
        n_lit = len(values)
        attempts = 0
        while len(values) < PER_CATEGORY:
            attempts += 1
            if attempts > 10000:
                raise SystemExit(f"template for {name} cannot produce enough unique values")
            v = template(rng)
            if v in seen:
                continue
            seen[v] = name
            values.append(v)
        if n_lit * 100 < 55 * PER_CATEGORY:
            raise SystemExit(f"{name}: only {n_lit} literals")
        for v in values:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {name}: {v!r}")
            rows.append({"category": name, "label": "benign", "value": v})
        report.append((name, len(values), n_lit))

    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"],
                   "label": "benign", "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in report:
        total_lit += n_lit
        print(f"{name:16s} {n:4d}  literals {n_lit}")
    print(f"{'total':16s} {len(rows):4d}  literals {total_lit}")


if __name__ == "__main__":
    main()
