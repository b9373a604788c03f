#!/usr/bin/env python3
"""Benign corpus for the parish / church-community app (held out). Standard library only."""
import json
import os
import random

SEED = 10401
PREFIX = "hba4"
PER_CAT = 80

L = {}

L["prayer_request"] = [
    "Please pray for my mother, Rosa, who has surgery on Tuesday.",
    "Prayers for the O'Connor family after the loss of their father, Seamus.",
    "For my son who is deployed overseas -- keep him safe, Lord.",
    "Thanksgiving: my biopsy came back clear! Praise God.",
    "Pray for peace in our neighborhood after the fire on Elm St.",
    "Healing for Fr. Dominic's knee; he's off his feet until Advent.",
    "Please keep Marisol in your prayers, she starts chemo next week.",
    "My husband lost his job. Please pray that we find work soon; we have three kids.",
    "For all the souls in purgatory, especially those with no one to pray for them.",
    "Anniversary of death: John D'Amato (d. 2019). Mass intention requested.",
    "Pray for our youth on the Steubenville trip -- bus leaves 6am Friday.",
    "Grandma is 94 today and still drinking her coffee black. Thank you Jesus!",
    "please pray 4 my exam tmrw",
    "Private: pray for reconciliation between me and my sister. Don't publish my name.",
    "For those struggling with addiction, and for the AA group that meets in the basement.",
    "Pray for rain; the farmers in our parish are hurting.",
    "For Baby Teodoro, born at 31 weeks, in the NICU at St. Luke's.",
    "Mrs. Nguyen asks prayers for her brother in Da Nang.",
    "Healing <3 for Auntie Lou",
    "We're expecting twins in March!! Pray for a safe delivery :)",
    "For my dad who has stopped going to church. I don't want to nag -- just pray.",
    "Pray for the people of Haiti & Ukraine.",
    "Intention: for vocations to the priesthood and religious life.",
    "Please drop my name from the list, my prayer was answered. Thank you all!",
    "For Kevin (age 17) -- depression. Pls keep it anonymous.",
    "Remember in prayer: Sr. Agnes, 60 years professed on Aug 15.",
    "Prayers for safe travel -- flying LAX > MNL > CEB on the 3rd.",
    "For the homeless men who sleep behind the rectory. Lord, have mercy.",
    "Please pray that the union negotiations at the plant go well so nobody gets laid off.",
    "Pray for my marriage. We have been married 12 years and it's hard right now.",
    "For the repose of the soul of Wojciech Kowalczyk. Wieczny odpoczynek.",
    "My cousin's house flooded; they lost everything except the dog. Prayers please.",
    "\u201cBe still and know that I am God.\u201d Please pray for calm for me before my hearing.",
    "Prayer for our teachers as school starts back up.",
    "Healing for Juan Pablo who fell from a ladder; in ICU, sedated.",
    "For all mothers who have lost a child. -- Anonymous",
    "Pls pray, dad's in hospice. Room 214. Visitors welcome after 2pm.",
    "I'm sorry if this is the wrong place but I just need someone to pray with me tonight.",
    "For the sick of the parish: Ed M., Gloria T., Baby Liam, Pat & Sue W.",
    "Thanksgiving for 1 year sober today. One day at a time.",
    "Please pray for my exams and that I don't fail again (third attempt, bar exam).",
    "For Fr. Tomasz returning home to Krak\u00f3w -- safe journey & thank you!",
    "Pray for our bishop and the diocesan synod.",
    "Pray for my daughter; she wants to be confirmed but her father says no.",
    "Our dog died. I know it's silly but please say a prayer for our kids who are heartbroken.",
    "For the victims of the shooting downtown and their families.",
    "Intention for 5pm Saturday: Maria & Jos\u00e9 Garc\u00eda, 50th wedding anniversary.",
    "Please pray for Ahn-Soo as she prepares for baptism at Easter Vigil.",
    "Lord, help me forgive. That's all.",
    "Healing for Eileen -- stage 2, treatment plan is 6 rounds then radiation. She says thanks for all the cards!",
    "For my friend who was hurt by someone in the church. Pray she comes back home.",
    "Pray for our parish finance council as they decide whether to drop the school subsidy.",
]

L["bulletin"] = [
    "Parish picnic Sunday after the 10:30 Mass! Bring a side dish; we'll have burgers & hot dogs.",
    "Fish fry every Friday in Lent, 5-7pm in the hall. Adults $12, kids $6, under 5 free.",
    "The parking lot will be repaved Aug 3-5. Please use the school lot on Oak Ave.",
    "Baptism preparation class: 2nd Tuesday of the month, 7pm, Room B. Both parents must attend.",
    "Congratulations to our 42 First Communicants! Photos at https://stmarys-parish.org/gallery/fhc-2024",
    "**Bible study** resumes Sept 10 -- we're reading *The Gospel of Mark*. All welcome.",
    "Lost & found: one men's umbrella, two rosaries, a child's shoe (left), and a set of Honda keys.",
    "Reminder: the office is closed Monday for Labor Day.",
    "Knights of Columbus pancake breakfast -- all you can eat, $8. Proceeds to the seminarian fund.",
    "Volunteers needed to drop off meals for homebound parishioners. Sign up in the narthex.",
    "Please silence your phones before Mass. Thank you!",
    "New parishioners: register at the office or online at stjosephparish.org/register",
    "Our Advent giving tree goes up Nov 30. Take a tag, buy a gift, return it unwrapped by Dec 14.",
    "CCD registration is open. Early bird rate $60/child until June 30; $80 after that.",
    "The Altar Society thanks everyone who bought raffle tickets -- we raised $3,412!",
    "Blood drive in the gym, Sat 8am-1pm. Walk-ins welcome, appointments preferred.",
    "Select hymnals are damaged; if you'd like to sponsor a new one ($25) see the sacristan.",
    "The Sunday 8am Mass will move to the chapel during the roof repair (approx. 3 weeks).",
    "Confessions: Saturdays 3:30-4:30pm or by appointment. Call 555-0142.",
    "Coffee & donuts after all morning Masses this weekend -- hosted by the Youth Group.",
    "Men's retreat at Holy Cross Abbey, Oct 18-20. Cost $180 incl. meals. Scholarships available.",
    "Blessing of the animals on the feast of St. Francis (Oct 4) -- leashes/cages please!",
    "We're updating the parish directory: union of the old 2019 directory and the new online sign-ups. Check your entry.",
    "Please drop off canned goods for the food pantry in the bins by the side door.",
    "Rummage sale -- everything must go! Saturday 7am. No early birds please.",
    "The choir is looking for tenors & basses. No audition needed. Rehearsals Thursday 7:30.",
    "A big THANK YOU to the Garcia family for donating the new sound system.",
    "Grief support group meets 1st & 3rd Wednesdays in the library. Facilitator: Deacon Mike.",
    "Attention parents: the children's liturgy of the Word is at the 9:00 only.",
    "Trivia night! Tables of 8, $20/person. BYOB & snacks. Winner gets bragging rights + the golden rosary trophy.",
    "Walk for Life -- carpools leaving from the lot at 6:15am. Dress warmly!",
    "The parish office has a new e-mail: office@stanne-parish.org (the old one will stop working Jan 1).",
    "Scouts will be selling wreaths after all Masses Nov 23-24.",
    "The Ladies' Guild meets Tuesday at 1pm. Program: \u201cSaints of the Americas\u201d by Sr. Lucy.",
    "Ushers: please review the new collection procedure (two-person rule, sealed bags).",
    "Registration forms for Vacation Bible School are due 5/15. Theme this year: 'Ocean of Grace'.",
    "Did you know? Our stained glass windows were installed in 1911 and restored in 1987.",
    "Welcome to Fr. Emmanuel Okafor, our new parochial vicar from Nigeria!",
    "Youth Group: Sunday 6-8pm. Pizza, games, and a short talk. Grades 9-12.",
    "Fall festival needs: bouncy house supervisors, grill masters, cashiers (2-hr shifts).",
    "Due to the snowstorm, all evening activities are CANCELLED tonight.",
    "The new bulletin deadline is Monday noon -- anything after that goes in the following week.",
    "Tuition assistance applications for St. Pius School are due March 1.",
    "Please remember the parish in your will. Contact the development office for details.",
    "Gift shop has First Communion gifts, crucifixes, and the new 2025 Catholic calendars.",
    "Wedding banns: Michael Tran & Sarah O'Neill (2nd time asked).",
    "Mass for the Unborn, Jan 22 at 7pm, followed by a holy hour.",
    "Hall rental rates: members $250/day, non-members $400/day, +$100 refundable deposit.",
    "Order your Easter lilies by March 28 -- $15 each, in memory/in honor of a loved one.",
    "Pray the rosary before every weekday Mass -- starts 25 min before.",
    "Soup supper Wednesdays during Lent, 6pm; Stations of the Cross at 7pm.",
    "The Sunday collection last week: $14,332.18 (budget $15,000). Thank you for your generosity!",
]

L["scripture_search"] = [
    "John 3:16", "Ps 23:1-6", "Psalm 23", "1 Cor 13:4-7", "Matthew 5:3-12", "Lk 15:11-32",
    "Gen 1:1", "Rom 8:28", "Isaiah 40:31", "Phil 4:13", "Jer 29:11", "Mk 10:14",
    "Ecclesiastes 3:1-8", "Rev 21:4", "1 Jn 4:8", "Prov 3:5-6", "Jn 11:35", "Heb 11:1",
    "Ps 51:10", "Micah 6:8", "Ruth 1:16-17", "Tobit 8:4-8", "Sirach 2:1",
    "2 Macc 12:43-46", "Wis 3:1-9", "Acts 2:1-11", "Eph 5:21-32", "Col 3:12-17",
    "Jas 5:14-15", "1 Pet 3:15", "Matt 16:18", "Luke 1:46-55", "Luke 2:1-14",
    "the prodigal son", "love is patient", "the Lord is my shepherd", "beatitudes",
    "verse about not being afraid", "which psalm says 'out of the depths'", "Ps 130",
    "Isa 7:14 vs Matt 1:23", "Mt 26:26-28; 1 Cor 11:23-26", "John 6:51-58", "Jn 20:19-31",
    "Romans 5:8 NABRE", "Psalm 91 RSV-CE", "Juan 3,16", "Salmo 23", "Mt 5,13-16 (Vulgata)",
    "1 Kgs 19:11-13 small still voice", "Dan 3:52-90", "Gen 22:1-18 -- Abraham & Isaac",
    "scripture for funeral readings", "John 1:1-14 -- \u201cIn the beginning was the Word\u201d",
    "select readings for a wedding", "Ps 118:24 \u201cThis is the day\u201d",
]

L["liturgy_schedule"] = [
    "Sat 5:00pm Vigil -- Fr. Dominic; Sun 8:00, 10:30 (Latin), 12:30 (Espa\u00f1ol)",
    "Weekday Mass M-F 7:00am, except Wed 12:10pm",
    "Holy Thursday: Mass of the Lord's Supper 7pm, adoration until midnight",
    "Good Friday 3pm Passion; 7pm Stations (bilingual)",
    "Easter Vigil 8:30pm -- fire lit in the courtyard; bring a candle",
    "Christmas Eve: 4pm (children's), 6pm, 10pm carols + 10:30 Midnight Mass (it's at 10:30 -- not midnight!)",
    "Ash Wednesday: 6:30am, 12:10, 5:30, 7:30 (Span.)",
    "Adoration Fridays 8am-8pm; need 2 adorers per hour",
    "1st Friday: Sacred Heart Mass 7pm, confessions 6-6:50",
    "1st Saturday: Fatima devotion after 8am Mass",
    "Holy day of obligation Dec 8 (Immaculate Conception): 7am, 12:10, 7pm",
    "Sunday 10:30 = Ordinary Form ad orientem; 12:30 = Extraordinary Form, Missa Cantata",
    "Lauds 6:45am, Vespers 5:30pm (Liturgy of the Hours, vol. III)",
    "Divine Mercy Sunday: chaplet at 3pm, confessions 1:30-2:45",
    "Week of 9/22: no 7am Mass Tues (Fr. on retreat) -- Communion service instead",
    "Cycle B, 24th Sunday in Ordinary Time -- readings: Is 50:5-9a; Ps 116; Jas 2:14-18; Mk 8:27-35",
    "Vigil Mass time change: 4:30 -> 5:00 starting Nov 2",
    "Memorial of St. Ignatius, July 31: Mass 7am & 6pm",
    "Rogation Days procession cancelled (rain) -- moved to Mon",
    "Feast of Our Lady of Guadalupe Dec 12: Ma\u00f1anitas 5am, Mass 6am, fiesta in the hall 7pm",
    "Simbang Gabi Dec 16-24, 7pm nightly, followed by bibingka & puto bumbong",
    "Wigilia Mass (Pasterka) at 11:30pm on Dec 24 in Polish",
    "Korean-language Mass 2pm every Sunday in the chapel (\ud55c\uad6d\uc5b4 \ubbf8\uc0ac)",
    "Funeral: Thu 10am, visitation 9-9:50, reception in the hall after. Burial at Calvary Cem. Sec 14, lot 3",
    "Wedding rehearsal Fri 6pm; wedding Sat 2pm (Nguyen/Thompson)",
    "Mass count 10/6: 5pm 212, 8am 98, 10:30 401, 12:30 356 -- total 1067",
    "Order of Mass: Entrance (Hymn 512) > Kyrie > Gloria > Collect > Readings",
    "Pentecost: wear red!",
    "All Souls Nov 2: Requiem Mass 7pm, Book of the Dead at the side altar",
    "Solemnity of Christ the King -- Eucharistic procession after 10:30",
    "Benediction Sun 4pm; rosary 3:30",
    "Triduum server schedule posted -- see the sacristy door",
    "Anointing of the sick after 10:30 Mass on 2nd Sunday",
    "Daily Mass -- live stream on YouTube @StMichaelsParish at 7am",
    "Presider rotation: wk1 Fr. D, wk2 Fr. E, wk3 Msgr. K, wk4 visiting priest",
    "Reconciliation service (Advent) -- 6 priests available, Dec 17 7pm",
    "Corpus Christi procession route: church -> Maple St -> Oak Ave -> school -> church (approx 0.8 mi)",
    "Baptisms: 2nd & 4th Sun 1:30pm; max 4 families per ceremony",
    "First Communion Mass May 4 at 11am -- no regular 10:30 that day",
    "Confirmation with Bishop Ruiz: Apr 26, 7pm, rehearsal Apr 24 6pm",
    "Stations of the Cross every Friday of Lent at 7pm; Friday 3/29 at noon (Good Friday)",
    "Midweek holy hour Wed 7-8pm (silent), with Benediction at 7:50",
    "Quarant'Ore (40 Hours Devotion) Nov 10-12",
    "Ember Wednesday -- fast & abstinence (EF calendar)",
    "Mass in the nursing home 1st Thursday 10am (Lakeview Manor, 2nd floor activity room)",
    "Rosary for the sick: Tuesdays 6:30pm by the Marian grotto; weather permitting",
    "No evening Masses on Jul 4 -- office closed",
    "Feast of St. Joseph altar: Mar 19, blessing after 12:10 Mass, open till 6pm",
    "Summer schedule (Jun-Aug): Sat 5pm; Sun 8, 10, 12 -- 10:30 becomes 10:00",
    "Christmas Day: 8am, 10am, 12pm (Espa\u00f1ol). No 5pm.",
    "Sunday Vespers sung to plainchant, 5pm -- Magnificat tone 8G",
]

L["donation_note"] = [
    "Tithe for October", "In memory of my husband, Frank", "Building fund -- roof",
    "Please apply $200 to the Christmas flowers and the rest to the general fund.",
    "For the poor box", "Mass stipend: for Joseph Kim (deceased)", "Second collection: Catholic Relief Services",
    "Annual Bishop's Appeal pledge $50/mo x 10", "Stock gift: 20 shares AAPL -- transfer via Schwab",
    "Check #1042", "cash $40 (envelope #318)", "Online gift -- please don't send a paper receipt",
    "Tithe 10% of net, auto-draft 1st & 15th", "Matching gift from employer (Boeing) -- form attached",
    "For the youth mission trip to Guatemala", "Candle offering", "Altar flowers in honor of Mom's 80th",
    "Please split: 50% school, 50% St. Vincent de Paul", "St. Vincent de Paul -- rent assistance",
    "Gift in kind: 3 boxes of diapers for the pregnancy center",
    "Envelope #0912 -- I missed 3 weeks, this covers Sept.",
    "Pledge: $1,200 for 2025 (stewardship card turned in).",
    "Donation via Zelle to office@stlukes-parish.org on 3/12",
    "Memo: QCD from IRA (I'm 73) -- please issue letter for tax purposes",
    "For the organ restoration fund <-- we'd love to hear it played again!",
    "Peter's Pence", "Rice Bowl (Lent) -- kids collected $23.57 in quarters!",
    "Please drop me from the envelope program; I give online now.",
    "In thanksgiving for answered prayers -- anonymous",
    "For Fr. Tomasz's farewell gift", "Cemetery perpetual care -- lot 114",
    "Donation > $250: please send IRS acknowledgement to 42 Birch Ln, Springfield",
    "Bought 2 tables at the gala ($1,500) -- not tax-deductible above FMV of dinner",
    "Our business (Maria's Bakery) donated bread for the fish fry -- no receipt needed",
    "Please update my card ending 4421; new exp. 09/27.",
    "I gave $100 cash in the basket but forgot the envelope, sorry! It was from the Reyes family.",
    "Seminarian fund / Vocations", "For Ukrainian refugees (Caritas)", "Hurricane relief -- Diocese of Houma",
    "Honor gift: for Sr. Agnes' jubilee", "For the St. Francis food pantry -- groceries",
    "Bequest from the estate of Margaret Doyle (1934-2024)",
    "Recurring weekly $25; start 1/5, end when I say stop :)",
    "Correction: my last gift was coded to 'Maintenance' but was meant for 'Missions'.",
    "$50 for the Knights' coat drive & $10 raffle",
    "Wedding fee (balance) -- Tran/O'Neill",
    "Church bells repair (union local 12 did the labor at cost)",
    "Organist honorarium for funeral on 2/9",
    "$5 -- sorry it's small, it's what I have this week",
    "Drop in any amount -- for the poor, from a widow",
    "Gift for the new hymnals (Gather 4th ed.) x 10",
    "Quarterly tithe Q3 -- 2024",
]

L["volunteer_roster"] = [
    "Lector: Sat 5pm -- Ana P.; Sun 8 -- Bob K.; Sun 10:30 -- Chloe D'Souza",
    "EMHC Sun 10:30: 6 needed (cup 4, host 2)",
    "Ushers team B: Mike, Tony, Gus, Ray",
    "Altar servers (Sun 12:30): Luis (crucifer), Marco & Sof\u00eda (candles), Diego (thurifer)",
    "Can't make Sunday 8/18 -- can someone swap with me? I'll take 9/1 instead.",
    "Sacristan on call: Deacon Mike (cell 555-0199)",
    "Coffee hospitality: Altar Society (wk 1), Knights (wk 2), Youth (wk 3), CWL (wk 4)",
    "Need drivers for homebound Communion, Thursdays 9-11am",
    "Counting team (Mon 9am): two unrelated adults always, per diocesan policy",
    "Safe Environment training expires 12/31 for: J. Ruiz, P. Walsh, T. Nguyen",
    "I'm available every other Sunday, except the 1st (I work doubles then).",
    "Nursery volunteers: 2 per service, background check required",
    "Greeters -- please be at the doors 15 min before Mass",
    "Lent fish fry shifts: fryers 4-7, cashiers 4:30-7:30, cleanup 7-8:30",
    "Swap request: Teresa <-> Paul, 11/3 10:30 lector",
    "Choir loft set-up: Jim & Ellen (move music stands, turn on the organ blower)",
    "Funeral luncheon team: Bereavement Ministry -- call Carol (she has the list)",
    "Sign me up for Wednesday adoration, 2-3am. Night owl here!",
    "Eagle Scout project: new benches for the prayer garden -- need 6 adults on Sat",
    "Please remove me from the usher roster; my knees can't do the stairs anymore.",
    "Vacation Bible School crew leaders: Grades K-1 (Maria), 2-3 (Jess), 4-5 (Dave)",
    "Pancake breakfast: flippers 7-9, servers 8-11, dishwashers 9-12",
    "Roster conflict: Kim is on both 8am and 10:30 on 12/8. Please fix.",
    "Sound board (10:30): Pete; backup: Jae-won",
    "Tech team: livestream camera op + slides. Training this Sat 10am.",
    "Sunday school aides needed for 3rd grade",
    "Set-up for the rummage sale, Fri 5-9pm; tear-down Sat 1-4pm",
    "EM for the sick: weekly visits to St. Luke's hospital (floors 3, 4 & 5)",
    "Welcome committee -- call 3 new families/month",
    "Linen ministry: purificators & corporals washed and ironed by Thursday",
    "Altar guild: change the frontal to violet for Advent (Sat after 5pm Mass)",
    "Mentors for OCIA candidates (formerly RCIA) -- 1 per candidate",
    "Parking lot attendants for Christmas Eve (4pm & 10pm Masses); orange vests in the closet",
    "Gardeners: weed the Marian garden, Sat 8am. Bring gloves!",
    "Bulletin folders: Thursday 10am, 3 people",
    "Art & environment: Easter lilies arrive Holy Sat 9am -- need 4 strong backs",
    "Set-up chairs for the Confirmation reception (200 chairs, 25 tables)",
    "Snow shovel crew: text the group if it snows > 2\"",
    "Prayer chain callers: 8 people, 5 calls each",
    "Translators needed: Spanish <-> English for the bulletin; Tagalog for Simbang Gabi flyer",
    "Scheduling note: no minors as EMHC; servers must be 4th grade+",
    "St. Vincent de Paul home visits -- always go in pairs",
    "Lead for the parish festival's 'Kids Zone' -- ages 3-10",
    "Choir robes need hemming: 4 alto, 2 soprano",
    "Sign up sheet is in the narthex OR online: https://signup.stmarks.example/volunteers",
    "My availability: Mon/Wed evenings, Sat mornings. Not Tue (bowling league).",
    "Cantor schedule Sept: 7th Emily, 14th Grace, 21st Emily, 28th Rick",
    "Ministry fair after all Masses Sept 14-15 -- 1 rep per table",
    "Hosts for the welcome dinner (new parishioners), Oct 5",
    "Meal train for the Patel family -- drop off at 6pm, no nuts (allergy)",
]

L["sacrament_record"] = [
    "Baptism: Liam Patrick O'Brien, b. 2024-03-14, bapt. 2024-05-12, Fr. D. Santos; godparents Kevin O'Brien & Mary-Kate Walsh",
    "Confirmation name: Therese", "Confirmation name: Maximilian Kolbe",
    "Marriage: Tran, Michael & O'Neill, Sarah -- 2024-06-22 -- witnesses: Hung Tran, Bridget O'Neill",
    "Reg. book III, p. 214, no. 87", "Baptismal certificate requested for marriage in Diocese of Manila -- issued within last 6 months",
    "Note added: confirmed 2019-04-28 at St. Agnes (per letter from St. Agnes, on file)",
    "First Communion: 2023-05-07", "Funeral rites: Mass of Christian Burial, Eleanor M. D\u00edaz, 2024-01-19",
    "Convalidation of marriage (civil 2010, church 2024)",
    "Mother's maiden name: Kowalska", "Father: Jos\u00e9 Mar\u00eda Hern\u00e1ndez-L\u00f3pez",
    "Godparent eligibility letter issued for Ana Lim (registered, practicing)",
    "Decree of nullity noted in margin (Prot. N. 2021/0345)",
    "Adult baptism at Easter Vigil 2024; OCIA class of 2023-24",
    "Received into full communion (previously baptized Lutheran, 1988)",
    "Sponsor: Fr. Jude Okeke (proxy: Emeka Okeke)",
    "Place of birth: Quezon City, Philippines", "Place of birth: Gda\u0144sk, Polska",
    "Place of birth: \ub300\uad6c, \ub300\ud55c\ubbfc\uad6d (Daegu, South Korea)",
    "Spelling correction: 'Shaun' -> 'Sean' per birth certificate",
    "Emergency baptism in hospital by nurse (lay); conditional baptism not required",
    "Anointing of the Sick: 2024-09-02, Mercy Hospital rm 412, Fr. Emmanuel",
    "Marginal note: ordained deacon 2022-06-04, Diocese of Springfield",
    "Ordination to priesthood -- notify parish of baptism (St. Casimir, Chicago)",
    "Notation of marriage sent to parish of baptism 2024-07-01",
    "Record locked -- adoption; contact chancery before release",
    "Name of minister: Most Rev. Carlos Ruiz, Auxiliary Bishop",
    "Child's name: Mar\u00eda de los \u00c1ngeles Reyes", "Child's name: Zo\u00eb Fran\u00e7oise Dubois",
    "Child's name: \u0141ucja Wi\u015bniewska", "Child's name: Seo-yeon Park (\ubc15\uc11c\uc5f0)",
    "Witness 2 is not Catholic -- allowed as Christian witness (not sponsor)",
    "Certificate reissued (original lost in house fire)",
    "Parents not married in church -- baptism proceeds; pastoral follow-up scheduled",
    "Sacramental register scan: /records/baptism/1958/vol12_p033.pdf",
    "Funeral: cremated remains, interment Calvary Cemetery Sec. B-14",
    "Church of marriage: Our Lady of Czestochowa, Doylestown PA",
    "Confirmed by delegation (pastor at Easter Vigil, can. 883 \u00a72)",
    "Dispensation from disparity of cult granted 2023-11-02",
    "Previous marriage: none", "Previous marriage: civil only, divorced 2015; no canonical impediment",
    "Date of death: 2024-02-11 -- Last rites given 2024-02-10",
    "Confirmation sponsor: Aunt Rosario (St. Joseph parish, Cebu) -- letter received",
    "Baptized 1962 in Latin rite; record entry in Latin: 'Ioannes Baptista, filius Josephi et Annae'",
    "Need a copy of my baptismal certificate with notations, mailing to 17 Harbor Rd Apt #3.",
    "Banns published 3x: Sept 1, 8, 15",
    "First Reconciliation 2023-12-09",
    "Sponsor must be 16+, confirmed, and receive the Eucharist -- checked.",
    "Record merged: duplicate family entries for 'Smith, John' (keep the one with DOB 1971-05-02)",
]

L["choir_music"] = [
    "Entrance: Hymn #512 \u201cHoly God, We Praise Thy Name\u201d (vv. 1, 2, 4)",
    "Offertory: Ave Maria (Arcadelt), SATB a cappella",
    "Communion: Ps 34 \u201cTaste and See\u201d -- refrain x2 then cantor verses",
    "Recessional: #737 \u201cPraise to the Lord\u201d -- organ last verse reharmonization",
    "Gloria: Mass of Creation (Haugen)", "Sanctus from Missa de Angelis (Mass VIII)",
    "Responsorial Ps 23 -- Gelineau tone, key of D", "Alleluia -- Celtic, in G",
    "Tenors: please mark the breath after 'mercy' in m. 14.",
    "Altos come in on beat 3, not 2! Count it out: 1-2-3",
    "Rehearsal Thu 7:30pm; bring pencils. We'll drill the Bach chorale and the Latin motet.",
    "Ubi Caritas (Durufl\u00e9) -- keep the 'et' short",
    "Pange Lingua -- verses 1-4 during procession, Tantum Ergo (v. 5-6) at Benediction",
    "Lift High the Cross (#817) -- descant sopranos only on v. 4",
    "Organ prelude: Bach BWV 565 (maybe too loud for a funeral?)",
    "Key change: capo 2 for the guitars, written in C -> sounds in D",
    "Music for the 10:30 -- Mode VI Kyrie, Credo III, Sanctus/Agnus XVIII",
    "Be Not Afraid (Dufford) -- we'll do verse 3 as a solo (Grace)",
    "Christmas concert set list: O Come All Ye Faithful | Silent Night | Gaudete | Personent Hodie | Hark!",
    "Order by voice part: S1, S2, A, T, B -- seating chart attached",
    "Psalm tone 8G for the Magnificat at Vespers",
    "pp -> ff crescendo over 4 bars, then sudden p (subito)",
    "Bass line in m. 22-26 drops to low D -- basses, stay loose",
    "Copyright: OneLicense #A-123456 -- print on worship aid",
    "Hymn swap: replace #611 with #620 -- 611 is too high for the congregation",
    "Funeral: On Eagle's Wings, Amazing Grace, In Paradisum (chant)",
    "Wedding: Canon in D for the bridal party; Trumpet Voluntary for the bride",
    "Choir robes: maroon for Ordinary Time, white stoles for Easter season",
    "Schola: Introit 'Gaudete in Domino semper' -- neumes on p. 21 of the Liber",
    "Next week we're singing 'Pescador de Hombres' in Spanish -- bilingual Mass",
    "Note to accompanist: tempo q = 72, NOT 96 like last time :)",
    "Gather (4th ed.) vs Breaking Bread -- which one do the pews have?",
    "Choir pot-luck after Easter: sign up for a dish!",
    "Handbells: practice Wed 6pm, tables set up by 5:45",
    "Sopranos, please drop the scoop on 'A-men'.",
    "Anthem: 'O Sacrum Convivium' (Tallis) -- parts in the shared folder /choir/2024/lent/",
    "Thank you all for Sunday -- best Easter Vigil yet!",
    "Holy Week plan: Palm Sun (Hosanna Filio David) > Holy Thu (Ubi Caritas) > Good Fri (Crux Fidelis) > Vigil (Exsultet)",
    "Exsultet: Deacon Mike chanting; choir on 'Amen' responses only",
    "Mass setting for Advent: Missa Orbis Factor (XI)",
    "Cantor for 12:30 Espa\u00f1ol: Mar\u00eda -- Salmo 'El Se\u00f1or es mi pastor'",
    "Youth choir song: 'Oceans' -- bring in drums at bridge",
    "Mic check: choir mics 1 & 2 feed back when the organ swell is open",
    "Tuning the piano: Tuesday 10am, Mr. Lee",
    "Please return your folders to the cubbies -- numbers 1-40",
    "Christmas Midnight: 'Stille Nacht' v1 in German, v2-3 English",
    "Tagalog Simbang Gabi: 'Ang Pasko ay Sumapit' + 'Himig Pasko'",
    "Polish kol\u0119dy: 'Bóg si\u0119 rodzi', 'Wśród nocnej ciszy'",
    "Korean hymn \ud558\ub098\ub2d8\uc758 \uc5b4\ub9b0\uc591 (Lamb of God) -- transliteration in the folder",
    "Choral rep budget: $450 -- 3 new octavos @ $2.25 x 60 copies",
]

L["multilingual"] = [
    "Misa en espa\u00f1ol los domingos a las 12:30 p.m.",
    "Oremos por los enfermos de nuestra parroquia.",
    "Inscripciones para la catequesis: martes y jueves de 6 a 8 p.m.",
    "\u00a1Felicidades a los quincea\u00f1eros de este mes!",
    "Dominus vobiscum. Et cum spiritu tuo.",
    "Agnus Dei, qui tollis peccata mundi, miserere nobis.",
    "Requiescat in pace.", "Ad maiorem Dei gloriam",
    "Salve Regina, mater misericordiae, vita, dulcedo et spes nostra, salve.",
    "Pater noster, qui es in caelis, sanctificetur nomen tuum.",
    "Magandang umaga po! Simbang Gabi po tayo sa ika-16 ng Disyembre.",
    "Salamat po sa inyong mga donasyon para sa mga nasalanta ng bagyo.",
    "Ipanalangin po natin ang ating mga maysakit.",
    "Msza \u015bw. po polsku w ka\u017cd\u0105 niedziel\u0119 o 9:00.",
    "Spowied\u017a przed \u015bwi\u0119tami: sobota 15:00-17:00.",
    "Za zmar\u0142ych z rodziny Nowak\u00f3w -- intencja mszalna.",
    "\u015awi\u0119cenie pokarm\u00f3w w Wielk\u0105 Sobot\u0119 o 10:00, 11:00 i 12:00.",
    "\uc8fc\uc77c \ubbf8\uc0ac\ub294 \uc624\ud6c4 2\uc2dc\uc5d0 \uc788\uc2b5\ub2c8\ub2e4.",
    "\ubcd1\uc790\ub4e4\uc744 \uc704\ud574 \uae30\ub3c4\ud569\uc2dc\ub2e4.",
    "\uc2e0\uc790 \uc5ec\ub7ec\ubd84, \uc131\ud0c4 \ucd95\ud558\ub4dc\ub9bd\ub2c8\ub2e4!",
    "Ch\u00fang con c\u1ea7u nguy\u1ec7n cho c\u00e1c linh h\u1ed3n.",
    "Th\u00e1nh l\u1ec5 ti\u1ebfng Vi\u1ec7t l\u00fac 4 gi\u1edd chi\u1ec1u Ch\u00fana Nh\u1eadt.",
    "Messe en fran\u00e7ais le premier dimanche du mois.",
    "Priez pour nous, sainte M\u00e8re de Dieu.",
    "Santa Messa in italiano: domenica alle 11.",
    "Missa em portugu\u00eas aos s\u00e1bados \u00e0s 19h.",
    "Gelobt sei Jesus Christus! -- In Ewigkeit. Amen.",
    "M\u00e1 l\u00e9 Dia, ar maidin Domhnaigh.",
    "Kyrie eleison. Christe eleison.",
    "\u0421\u043b\u0430\u0432\u0430 \u0406\u0441\u0443\u0441\u0443 \u0425\u0440\u0438\u0441\u0442\u0443! \u0411\u043e\u0436\u0435\u0441\u0442\u0432\u0435\u043d\u043d\u0430 \u041b\u0456\u0442\u0443\u0440\u0433\u0456\u044f \u043e 9:00.",
    "\u0e02\u0e2d\u0e1e\u0e23\u0e30\u0e40\u0e08\u0e49\u0e32\u0e2d\u0e27\u0e22\u0e1e\u0e23",
    "\u4e3b\u65e5\u5f4c\u6492\uff1a\u4e0a\u5348\u5341\u9ede\uff08\u570b\u8a9e\uff09",
    "\u795e\u7236\u3055\u307e\u3001\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002",
    "\u0627\u0644\u0642\u062f\u0627\u0633 \u0628\u0627\u0644\u0644\u063a\u0629 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u064a\u0648\u0645 \u0627\u0644\u0623\u062d\u062f",
    "Bendiciones para todos -- y no olviden traer su canasta para la bendici\u00f3n de Pascua.",
    "Grupo de oraci\u00f3n carism\u00e1tico: viernes 7 p.m. en el sal\u00f3n 'San Juan Diego'.",
    "Se necesitan voluntarios para la kerm\u00e9s; favor de hablar con do\u00f1a Lupe.",
    "Ang Diyos ay pag-ibig (1 Juan 4:8).",
    "Nie l\u0119kajcie si\u0119! -- \u015bw. Jan Pawe\u0142 II",
    "\U0001F64F Gracias a Dios",
    "Et incarnatus est de Spiritu Sancto ex Maria Virgine, et homo factus est.",
    "Introibo ad altare Dei.",
    "Kolęda (wizyta duszpasterska): prosimy zapisywać się w kancelarii.",
    "\uc131\uac00\ub300 \uc5f0\uc2b5\uc740 \ubaa9\uc694\uc77c \uc800\ub141 7\uc2dc 30\ubd84\uc785\ub2c8\ub2e4.",
    "Mabuhay ang mga bagong binyag!",
    "Veni, Sancte Spiritus, reple tuorum corda fidelium.",
    "Misa de sanaci\u00f3n -- primer jueves del mes.",
    "Parafia pw. \u015bw. Jadwigi -- og\u0142oszenia duszpasterskie",
    "Te Deum laudamus: te Dominum confitemur.",
    "Yo tambi\u00e9n quiero apuntarme al coro -- \u00bfa qu\u00e9 hora es el ensayo?",
    "Pagpalain kayo ng Diyos! Kita-kits sa Misa de Gallo.",
    "Dzi\u0119kujemy za ofiary na remont dachu ko\u015bcio\u0142a -- Bóg zapłać!",
]

L["admin_tech"] = [
    "Import: parishioners_2024.csv (columns: family_id; last_name; first_name; envelope_no)",
    "Export the donations table ordered by date -- I need it for the auditor",
    "How do I select all families who haven't given since January and send them a letter?",
    "Drop the old 2019 envelope numbers, they're confusing people.",
    "Mail merge: Dear {{first_name}}, thank you for your gift of {{amount}}.",
    "Template tokens in the e-blast look like ${FirstName} -- why are they showing literally?",
    "Path: C:\\Users\\Office\\Documents\\Bulletins\\2024\\Oct-13.docx",
    "Saved the file to ../shared/bulletin/final (one level up from the drafts folder)",
    "Livestream URL: https://www.youtube.com/@StMichaelsParish/live",
    "Website: https://stmarys-parish.org/mass-times?lang=es&season=advent",
    "Our DNS is managed by the diocese -- stmarys-parish.org CNAME -> parishsites.example.net",
    "| Ministry | Lead | Phone |\n|---|---|---|\n| Lectors | Ana | 555-0101 |\n| Ushers | Gus | 555-0102 |",
    "Tip for the tech team: run `git pull && npm run build` on the website repo before the Sunday slides push.",
    "In the ProPresenter shortcut, press Ctrl+Shift+L to go to lyrics; Esc clears.",
    "Export is sorted by last name -- can we order by envelope # instead?",
    "The sleep timer on the projector kicks in after 20 min; set it to 'never' during Mass.",
    "The query 'select families where status = active' in the parish software returns 1,204 rows. Is that right?",
    "If total giving >= $5,000 and < $10,000, put them on the 'Cornerstone' list.",
    "Settings -> Notifications -> uncheck 'Email me on every donation' (I get 300/week!)",
    "Backup script runs nightly at 2am; logs go to /var/log/parish-backup.log",
    "The union of both lists (choir + lectors) should be about 85 unique people.",
    "Password reset not working? Use the 'Forgot password' link, not the old admin page.",
    "WiFi for guests: network 'StMarys-Guest', password is on the sign in the hall (changes monthly)",
    "Please don't use ALL CAPS in the bulletin -- it reads like shouting.",
    "Contact: webmaster@stjosephparish.org or text 555-0188",
    "Markdown in the notes field: **bold**, _italics_, and [links](https://example.org) all work.",
    "Error when uploading: 'file too large (max 10 MB)'. The PDF is 14 MB -- can you compress?",
    "Calendar feed (ICS): https://calendar.stmarks.example/feeds/liturgy.ics",
    "Rename 'Sacraments > Baptisms' to 'Baptism Records' in the menu.",
    "Duplicate households: Smith, John & Mary (id 1043) vs Smith, J. (id 2210) -- merge?",
    "In Excel I used =SUM(B2:B53) for the weekly totals and it says 61,422.50.",
    "Formula for tithe is =ROUND(C2*0.1, 2) -- is that what you meant?",
    "The new bulletin template uses <Parish Name> and <Date> placeholders -- fill them in before sending.",
    "Kiosk is stuck on the \u201cinsert card\u201d screen again; unplug, wait 10s, plug in.",
    "Attachment: Choir_Schedule_Fall.xlsx (sheet 'Sept | Oct | Nov')",
    "Can we filter by 'age >= 16 AND confirmed = yes' for the sponsor list?",
    "Screen 2 shows the slides; screen 1 is the confidence monitor.",
    "Moved the old photos from D:\\Parish\\Photos\\2010-2015 to the NAS.",
    "The email bounced: 550 5.1.1 user unknown <fr.tomasz@stcasimir.example>",
    "Sync with Flocknote runs every 15 min; last sync 10:42 AM",
    "QR code on the bulletin links to https://give.stmarys-parish.org/?fund=building&amt=25",
    "Please add an 'Other language' option; we keep getting Tagalog & Ilocano requests.",
    "-- note from Deacon Mike: the gym AC is on a separate thermostat (code 4-1-1-2).",
    "Use the envelope # as the primary key, not the name -- names change when people marry.",
    "Don't delete the 'Inactive' families; archive them instead (needed for sacramental records).",
    "Keyboard shortcut in the roster app: Alt+N adds a new volunteer; Alt+S saves.",
    "Our firewall blocks YouTube on the office PCs -- can you whitelist the livestream?",
    "Pipe the podcast RSS into the app: https://feeds.example.org/homilies.xml",
    "The old system exported dates like 03/04/2024 -- is that March 4 or April 3?",
    "Server room closet key is with the business manager; don't leave the door propped.",
    "Echo from the ambo mic -- try lowering the gain on channel 3 & kill the reverb send.",
    "Cron: 0 6 * * 1 sends the Monday bulletin reminder email",
]

# ---------------------------------------------------------------- templates (one per category)
def t_prayer(r):
    who = ["my grandmother", "our neighbor Tom", "Fr. Emmanuel", "my coworker's son", "the Delgado family",
           "Sr. Bernadette", "my best friend Jess", "Baby Mateo", "Mr. & Mrs. O'Malley", "all caregivers"]
    why = ["recovering from a stroke", "facing a hard diagnosis", "grieving a loss", "looking for work",
           "traveling to Manila", "preparing for surgery on Monday", "struggling with anxiety", "in hospice care"]
    end = ["Thank you.", "God bless you all.", "Amen.", "Pls keep it private.", "\U0001F64F", "Lord, hear our prayer."]
    return "Please pray for %s, %s. %s" % (r.choice(who), r.choice(why), r.choice(end))

def t_bulletin(r):
    ev = ["Bake sale", "Rosary rally", "Choir concert", "Ministry fair", "Parish mission", "Fish fry", "Craft fair", "Spaghetti dinner"]
    day = ["Sat Mar 8", "Sun Oct 12", "Fri Feb 28", "Wed Nov 19", "Sat May 3", "Sun Jun 1"]
    place = ["in the hall", "in the gym", "on the church lawn", "in Room B", "in the school cafeteria"]
    note = ["All welcome!", "Bring a friend.", "Free-will offering.", "Tickets $10 at the door.", "Kids under 5 free."]
    return "%s -- %s, %s. %s" % (r.choice(ev), r.choice(day), r.choice(place), r.choice(note))

def t_scripture(r):
    books = [("Ps", 150), ("Jn", 21), ("Mt", 28), ("Lk", 24), ("Rom", 16), ("Isa", 66), ("Gen", 50), ("1 Cor", 16), ("Heb", 13)]
    b, n = r.choice(books)
    c = r.randint(1, n)
    v = r.randint(1, 20)
    return "%s %d:%d-%d" % (b, c, v, v + r.randint(1, 12))

def t_liturgy(r):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    times = ["7:00am", "8:00am", "12:10pm", "5:30pm", "6:30pm", "10:30am"]
    who = ["Fr. Dominic", "Fr. Emmanuel", "Msgr. Kowalski", "visiting priest", "Deacon Mike (Communion service)"]
    kind = ["Mass", "Mass (Espa\u00f1ol)", "Mass (Latin)", "Adoration", "Confessions"]
    return "%s %s -- %s, %s" % (r.choice(days), r.choice(times), r.choice(kind), r.choice(who))

def t_donation(r):
    funds = ["General fund", "Building fund", "Poor box", "Missions", "School", "Organ restoration", "Food pantry"]
    memo = ["weekly offering", "in memory of Dad", "in honor of our 25th anniversary", "for the month", "from the Reyes family"]
    return "%s: $%d.%02d -- %s" % (r.choice(funds), r.randint(5, 900), r.choice([0, 0, 50, 25]), r.choice(memo))

def t_roster(r):
    roles = ["Lector", "Usher", "EMHC", "Server", "Greeter", "Cantor", "Sacristan"]
    names = ["Ana P.", "Bob K.", "Chloe D'Souza", "Jae-won L.", "Marisol R.", "Pete O'Hara", "Tomasz W.", "Grace N."]
    mass = ["Sat 5pm", "Sun 8am", "Sun 10:30", "Sun 12:30 (Esp.)"]
    return "%s -- %s -- %s" % (r.choice(mass), r.choice(roles), r.choice(names))

def t_sacrament(r):
    kind = ["Baptism", "First Communion", "Confirmation", "Marriage", "Funeral"]
    names = ["Sof\u00eda Reyes", "Liam O'Brien", "Jan Kowalski", "Min-jun Park", "Grace Nwosu", "Mateo Cruz", "Ella Murphy"]
    return "%s: %s -- %d-%02d-%02d, book %s p. %d" % (
        r.choice(kind), r.choice(names), r.randint(1950, 2024), r.randint(1, 12), r.randint(1, 28),
        r.choice(["I", "II", "III", "IV", "V"]), r.randint(1, 300))

def t_choir(r):
    slot = ["Entrance", "Offertory", "Communion", "Recessional", "Prelude", "Postlude"]
    hymn = ["Holy God, We Praise Thy Name", "Be Not Afraid", "Here I Am, Lord", "Amazing Grace",
            "Ave Verum Corpus", "O Sanctissima", "Lord of the Dance", "Hail Holy Queen"]
    return "%s: #%d \u201c%s\u201d (key of %s)" % (r.choice(slot), r.randint(300, 999), r.choice(hymn),
                                               r.choice(["C", "D", "E\u266d", "F", "G", "B\u266d"]))

def t_multi(r):
    greet = ["\u00a1Bienvenidos!", "Witamy!", "Maligayang pagdating!", "\ud658\uc601\ud569\ub2c8\ub2e4!", "Pax et bonum!", "Bienvenue !"]
    body = ["Misa a las 12:30.", "Msza o 9:00.", "Misa sa alas-siyete ng gabi.", "\ubbf8\uc0ac\ub294 \uc624\ud6c4 2\uc2dc.", "Missa hora decima.", "Messe \u00e0 11h."]
    return "%s %s" % (r.choice(greet), r.choice(body))

def t_admin(r):
    verbs = ["Export", "Import", "Sort", "Filter", "Merge", "Archive"]
    things = ["the donor list", "the volunteer roster", "baptism records 1950-1970", "the mailing list", "envelope numbers"]
    how = ["by last name", "by envelope #", "by date (newest first)", "as CSV", "into the new system", "for the auditor"]
    return "%s %s %s, please." % (r.choice(verbs), r.choice(things), r.choice(how))

T = {
    "prayer_request": t_prayer, "bulletin": t_bulletin, "scripture_search": t_scripture,
    "liturgy_schedule": t_liturgy, "donation_note": t_donation, "volunteer_roster": t_roster,
    "sacrament_record": t_sacrament, "choir_music": t_choir, "multilingual": t_multi, "admin_tech": t_admin,
}

def main():
    rng = random.Random(SEED)
    out = []
    n = 0
    for cat in sorted(L):
        lits = L[cat]
        assert len(lits) >= 50, (cat, len(lits))
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        tries = 0
        while len(vals) < PER_CAT:
            v = T[cat](rng)
            tries += 1
            if v in seen and tries < 10000:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            out.append(json.dumps({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v},
                                  ensure_ascii=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
