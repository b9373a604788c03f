"""Replay the developers'-text corpus (tests/corpus/devtext/, issue 11's
eleventh round), the manuals corpus (tests/corpus/manuals/, the twelfth
round), the notes corpus (tests/corpus/notes/, the fourteenth round) or
the workplace corpus (tests/corpus/workplace/, the fifteenth round) or the
platform corpus (tests/corpus/platform/, the sixteenth round) or the
data platform corpus (tests/corpus/dataplatform/, the same round) or
SecLists' payload lists (tests/corpus/seclists/, attacks only, the
seventeenth round) or the formats corpus (tests/corpus/formats/, the same
round: URLs, tokens, regexes, math, markup dialects, other languages' code,
data lines, ASCII art, scripts, security talk) or the query-languages
corpus (tests/corpus/querylangs/, the eighteenth round: search syntaxes,
filter parameters, JQL/SOQL/KQL, PromQL/SPL, graph queries, JSONPath and
selectors, NoSQL documents, rule expressions) or the ops corpus
(tests/corpus/ops/, the twenty-first round: runbooks, configs, manifests,
Windows administration, logs, incident notes, paths and URLs, DBA notes,
alerts, chat) or the code corpus (tests/corpus/code/, the same round:
C#, JVM, Go/Rust/C, Python/Ruby/PHP, JS/TS, SQL in code, build scripts,
markup, errors and traces, review prose) or the science corpus
(tests/corpus/science/, the twenty-second round: LaTeX, math, chemistry
and biology notations, statistics output, research code, HPC jobs,
citations, lab protocols, abstracts, Q&A) or the commerce corpus
(tests/corpus/commerce/, the same round: product listings, rich-text
HTML, reviews, names and addresses, searches, support chat, seller
templates, orders, URLs, marketing copy) or the health corpus
(tests/corpus/health/, the twenty-third round: clinical notes, HL7 and
FHIR, prescriptions, patient messages, legal citations and dockets,
contracts, government forms, imaging metadata, insurance codes) or the
community corpus (tests/corpus/community/, the same round: player names,
game chat, forum markup, bot and stream commands, mod pages, console and
scripting, leaderboards, bug reports, server admin, roleplay) or the
finance corpus (tests/corpus/finance/, the twenty-fourth round: payment
references, invoice lines, spreadsheet formulas, ledger entries, trading
orders, tax and regulatory text, fraud notes, customer messages,
statement descriptors, analysts' queries) or the IoT corpus
(tests/corpus/iot/, the same round: device labels, automations, SCADA
tags, MQTT, alarms, firmware notes, fieldbus maps, serial consoles,
gateway configs, field notes) or the education corpus
(tests/corpus/education/, the twenty-fifth round: math answers, code
submissions, autograder output, quizzes, grading comments, syllabi,
forum posts, parent messages, admissions forms, references) or the
travel corpus (tests/corpus/travel/, the same round: passenger names,
bookings, itineraries, service requests, fare rules, agents' commands,
reviews, refunds, visa forms, concierge chat) or the real-estate corpus
(tests/corpus/realestate/, the twenty-sixth round: listings, addresses,
maintenance requests, lease clauses, inspections, construction RFIs,
CAD and BIM paths, mortgage answers, HOA notes) or the media corpus
(tests/corpus/media/, the same round: article drafts and shortcodes,
subtitles, show notes, metadata tags, track listings, editorial notes,
transcripts, captions, rights notes, feeds) or the logistics corpus
(tests/corpus/logistics/, the twenty-seventh round: delivery instructions,
shipment references, EDI segments, customs and dangerous-goods
descriptions, warehouse locations, proof-of-delivery notes, addresses,
rates and routes) or the civic corpus (tests/corpus/civic/, the same
round: service requests, permits, public comments, council minutes,
records requests, court filings, library searches, benefits answers,
open-data queries, multilingual notices) or the hospitality corpus
(tests/corpus/hospitality/, the twenty-eighth round: menu items, order
instructions, recipes, kitchen tickets, dietary notes, reservations,
guest requests, reviews, supplier orders, inspection notes) or the
telecom corpus (tests/corpus/telecom/, the same round: phone numbers, SMS
templates, USSD and MMI codes, APN and router settings, SIP and dial
plans, call records, number porting, NOC tickets, billing and plans, IVR
prompts) or the sports corpus (tests/corpus/sports/, the twenty-ninth
round: fixtures, match reports, player names, lineups, odds, race times,
workout logs, referee reports, forum posts, stat queries) or the
automotive corpus (tests/corpus/automotive/, the same round: repair
orders, diagnostic output and CAN frames, parts fitment, listings,
inspections, warranty and recalls, telematics, complaints, tuning
forums, insurance damage notes) or the agriculture corpus
(tests/corpus/agriculture/, the thirtieth round: field names, spray and
fertilizer logs, seed and yield, livestock registry, vet treatments,
weather and irrigation, equipment telemetry, co-op orders, compliance
notes, forum posts) or the events corpus (tests/corpus/events/, the same
round: event listings, session abstracts, registration answers, ticket
tiers and promo codes, donation tributes, volunteer shifts, grant
answers, newsletter templates, check-in logs, venue and AV notes) or the
legal corpus (tests/corpus/legal/, the thirty-first round: contract
clauses, e-discovery searches, privilege and redaction logs, dockets and
citations, depositions, billing narratives, intake answers,
correspondence, document metadata, matter notes) or the pharma corpus
(tests/corpus/pharma/, the same round: structures, reagents, assay
results, batch records, deviations and CAPA, trial schedules, adverse
events, dosage instructions, instrument files, regulatory mail) or the
hr corpus (tests/corpus/hr/, the thirty-second round: job postings, CVs,
interview scorecards, recruiter searches, pay and payroll, leave
requests, onboarding checklists, reviews, handbook and exit text, people
profiles) or the insurance corpus (tests/corpus/insurance/, the same
round: policy references, loss narratives, adjuster notes, coverage
wording, underwriting rules, rating, repair estimates, medical billing,
correspondence, document uploads) or the energy corpus
(tests/corpus/energy/, the same round: meter readings, tariffs, outage
reports, switching orders, SCADA alarms, interconnection applications,
safety reports, billing disputes, demand-response notices, customer
messages) or the gaming corpus (tests/corpus/gaming/, the same round:
player names, chat, player reports, patch notes, bug reports, mods,
server listings, marketplace, speedruns and esports, scripting help) or
the social corpus (tests/corpus/social/, the same round: bios, statuses,
comments, direct messages, dating prompts, events, group rules,
moderation notes, shared links, poetry and slang) or the construction
corpus (tests/corpus/construction/, the same round: bills of quantities,
drawing registers, RFIs, site diaries, punch lists, specification
clauses, change orders, safety permits, CAD file paths, crew messages)
or the aviation corpus (tests/corpus/aviation/, the same round:
maintenance logs, MEL deferrals, parts, NOTAMs and weather, flight plans,
crew schedules, weight and balance, passenger service requests,
irregular-ops notes, safety reports) or the gis corpus (tests/corpus/gis/,
the same round: coordinates, geometry, OSM tags, service URLs, styling
and filter expressions, survey notes, geocoding queries, data paths,
place labels, catalogue metadata) or the library corpus
(tests/corpus/library/, the thirty-third round: catalogue searches, call
numbers, MARC fields, finding aids, processing notes, patron requests,
interlibrary loans, citations, identifier URLs, digitisation paths) or
the transit corpus (tests/corpus/transit/, the same round: trip searches,
station names, GTFS rows, service alerts, timetable notes, rider
feedback, lost and found, fare disputes, operations messages, open data)
or the manufacturing corpus (tests/corpus/manufacturing/, the same round:
work orders, nonconformance and CAPA, inspection results, SPC notes, CNC
programs, PLC alarms, BOM lines, supplier quality, shift handovers,
document references) or the support corpus (tests/corpus/support/, the
same round: ticket subjects and bodies, chat messages, error traces,
pasted configs and logs, agent macros, internal notes, survey comments,
knowledge-base searches, attachment paths) or the veterinary corpus
(tests/corpus/veterinary/, the same round: patients and owners, SOAP
notes, dosages, lab results, vaccinations, client messages, invoices,
pharmacy and inventory, referral letters, imaging) or the maritime corpus
(tests/corpus/maritime/, the same round: vessel searches, noon reports,
port calls, bills of lading, stowage notes, pilot and tug requests, crew
notes, deck logs, port-state deficiencies, EDI and AIS) or the banking
corpus (tests/corpus/banking/, the thirty-fourth round: payment
references, SWIFT narratives, disputes, KYC and AML notes, complaints,
loan memos, branch cash notes, reconciliation, batch file names, letters)
or the nonprofit corpus (tests/corpus/nonprofit/, the same round: donor
notes, campaign pages, volunteer sign-ups, events, worship planning,
grants and budgets, prayer requests, rotas and segments, board minutes,
mailing addresses) or the music corpus (tests/corpus/music/, the same
round: track titles, lyrics, liner notes, chord charts and setlists, DAW
and plugin notes, sample and stem paths, mix feedback, release rights,
MIDI and OSC messages, forum posts and bios) or the surveillance corpus
(tests/corpus/surveillance/, the same round: case reports, case
definitions, lab comments, code lookups, analysts' snippets, dashboard
filters, contact tracing, outbreak reports, export paths, data-quality
flags) or the genealogy corpus (tests/corpus/genealogy/, the
thirty-fifth round: person names, dates, places, GEDCOM lines, citations,
census and register transcriptions, DNA notes, research logs, forum
posts) or the weather corpus (tests/corpus/weather/, the same round: METAR
and TAF, SYNOP and observers' logs, station metadata, forecast
discussions, warnings, model-run notes, spotter reports, climate
summaries, data file paths, API queries) or the delivery corpus
(tests/corpus/delivery/, the same round: menu items, order notes,
addresses, courier chat, support tickets, promotions, opening hours, POS
tickets, menu CSV, reviews) or the fitness corpus (tests/corpus/fitness/,
the same round: workout logs, training plans, nutrition, wearable sync,
coach comments, class bookings, injury notes, challenges, export paths,
community posts) or the localization corpus (tests/corpus/localization/,
the thirty-sixth round: source strings and translations with every
framework's placeholders, translator comments, glossary, style notes, QA
messages, resource paths, XLIFF and gettext fragments, reviews, TM
searches) or the astronomy corpus (tests/corpus/astronomy/, the same
round: observing logs, targets and coordinates, FITS cards, telescope
scripts, proposals, reduction notes, ADQL queries, frame paths, alert
circulars, club newsletters) or the recipes corpus (tests/corpus/recipes/,
the same round: titles, ingredient lines, method steps, allergens and
nutrition, reviews, menu items, kitchen tickets, HACCP logs, invoices,
searches and tags) or the publishing corpus (tests/corpus/publishing/,
the same round: titles and abstracts, authors, reviews and responses,
BibTeX, references, JATS, decision letters, availability statements,
catalogue searches) or the museum corpus (tests/corpus/museum/, the
thirty-seventh round: object records, provenance, catalogue
descriptions, finding aids, conservation reports, loans and rights,
labels, digitisation files, searches, transcriptions) or the maker corpus
(tests/corpus/maker/, the same round: G-code, slicer profiles, CAD code,
firmware config, job and material notes, file paths, macros, forum
posts, order forms) or the biolab corpus (tests/corpus/biolab/, the same
round: sample ids, FASTA, primers, protocol steps, pipeline commands,
data paths, QC reports, freezer inventory, ELN notes, sharing requests)
or the tax corpus (tests/corpus/tax/, the same round: client questions,
line items, form references, payment references, bank memos, journal
entries, spreadsheet notes, receipt files, deadlines, multilingual
notes) or the hamradio corpus (tests/corpus/hamradio/, the
thirty-eighth round: contact notes, ADIF records, log searches, antenna
and rig notes, QSL messages, contest exchanges, satellite passes, nets
and repeaters) or the patents corpus (tests/corpus/patents/, the same
round: claim drafts, classification codes, application numbers,
citations, office-action responses, chemical and mathematical notation,
trademark goods, deadlines and fees, inventor names) or the chess corpus
(tests/corpus/chess/, the same round: PGN games, FEN positions,
annotations, pairings, ratings, openings, puzzles, other games'
notations, announcements) or the lexicon corpus (tests/corpus/lexicon/,
the same round: IPA entries, etymologies, interlinear glosses,
morphological rules, corpus queries, usage examples, citations,
contributor comments) or the electronics corpus (tests/corpus/electronics/,
the thirty-ninth round: BOM lines, SPICE netlists, HDL snippets, register
maps, measurements, datasheet citations, design file paths, forum
questions, order notes) or the mathforum corpus (tests/corpus/mathforum/,
the same round: LaTeX questions, set and logic notation, ASCII math,
computer-algebra snippets, proofs, citations, tags and searches, answers
and titles) or the crypto corpus (tests/corpus/crypto/, the same round:
tickets, address labels, JSON-RPC, Solidity, command lines, amounts and
fees, KYC notes, API settings, ABIs) or the newsletter corpus
(tests/corpus/newsletter/, the same round: subject lines, merge-tag
templates, HTML fragments, segment rules, footers, A/B notes, CSV
imports, webhooks, deliverability records) or the smarthome corpus
(tests/corpus/smarthome/, the fortieth round: automation YAML, templates,
MQTT, device names, schedules, Node-RED functions, console commands, hub
logs, forum posts) or the bi corpus (tests/corpus/bi/, the same round:
spreadsheet formulas, DAX, Power Query, LookML and dbt, analysts' SQL,
dashboard filters, chart labels, error reports, cell data, tickets) or
the regexhelp corpus (tests/corpus/regexhelp/, the same round: questions,
patterns, sed and awk one-liners, grep commands, sample input, code,
answers, searches) or the dating corpus (tests/corpus/dating/, the same
round: bios, prompt answers, basics, interests, messages, locations,
search filters, reports, photos) or the subtitles corpus
(tests/corpus/subtitles/, the forty-first round: SRT and WebVTT cues,
styling and override tags, speaker labels, translator notes, timing
offsets, file names, searches) or the crafts corpus (tests/corpus/crafts/,
the same round: knitting and crochet rows, gauges, needle sizes, chart
keys, sizing, materials, listings, project notes) or the minecraft corpus
(tests/corpus/minecraft/, the same round: in-game commands, selectors and
NBT, plugin YAML, permission nodes, console lines, chat with colour codes,
datapack paths, tickets) or the mailclient corpus
(tests/corpus/mailclient/, the same round: subjects, address lists,
search operators, filter rules, signatures, quoted replies, encoded
words, attachment names, bodies, auto-replies) or the wiki corpus
(tests/corpus/wiki/, the forty-second round: infoboxes, citations, links,
tables, edit summaries, talk comments, searches, article prose, code
samples, page metadata) or the roblox corpus (tests/corpus/roblox/, the
same round: Lua snippets, output errors, forum questions and answers,
game descriptions, patch notes, datastore keys, asset searches, chat
complaints) or the marketing corpus (tests/corpus/marketing/, the same
round: campaign names, UTM URLs, segment rules, A/B notes, ad copy,
subjects, personalization tokens, landing snippets, CSV rows, goals) or
the prompts corpus (tests/corpus/prompts/, the same round: system
prompts, templates, few-shot examples, output schemas, tool definitions,
eval notes, model settings, guardrails, chat logs, markdown answers)
or the podcast corpus (tests/corpus/podcast/, the forty-third round:
episode titles, show notes, guest bios, chapters, feed snippets,
transcripts, sponsor reads, file names, questions, searches) or the
fashion corpus (tests/corpus/fashion/, the same round: product titles and
descriptions, SKUs, size charts, care labels, reviews, returns, captions,
supplier messages, searches) or the gardening corpus
(tests/corpus/gardening/, the same round: plant names, sowing calendars,
soil tests, irrigation, pest questions, companion tables, seed swaps,
plot maps, weather notes, posts) or the cycling corpus
(tests/corpus/cycling/, the same round: rides, segments, power and heart
rate, interval workouts, route files, gear and fit, club posts, sync
errors, searches) or the homebrew corpus (tests/corpus/homebrew/, the
forty-fourth round: recipe names, grain bills, hop schedules, gravities,
mash and fermentation schedules, water chemistry, BeerXML, brew logs,
equipment, posts) or the boardgames corpus (tests/corpus/boardgames/, the
same round: titles, rules questions, score sheets, house rules, session
logs, trade listings, expansions, links, strategy posts) or the ttrpg
corpus (tests/corpus/ttrpg/, the same round: dice rolls, stat blocks,
spells, session notes, NPC names, homebrew items, initiative, virtual
tabletop macros, loot tables) or the photography corpus
(tests/corpus/photography/, the forty-fifth round: EXIF and IPTC fields,
edit settings, gear, shot notes, classifieds, contests, print orders,
captions, client galleries) or the dispatch corpus
(tests/corpus/dispatch/, the same round: call narratives, unit status,
addresses, patient notes, hazards, shift logs, mutual aid, multilingual
callers) or the packages corpus (tests/corpus/packages/, the same round:
package names, semver ranges, changelogs, READMEs, issues, advisories,
scripts, lockfiles) or the fanfiction corpus (tests/corpus/fanfiction/,
the same round: titles, summaries, tags, author notes, chapter text,
comments, ships, pasted HTML, searches) or the parish corpus
(tests/corpus/parish/, the forty-sixth round: scripture references,
hymn numbers, liturgy schedules, prayer requests, donations, rosters,
sacrament records, bulletins) or the auctions corpus
(tests/corpus/auctions/, the same round: lot titles and descriptions,
provenance, condition reports, bids, grading, premium terms, shipping,
seller Q&A) or the accessibility corpus (tests/corpus/accessibility/,
the same round: alt text, ARIA snippets, audit findings, screen-reader
transcripts, shortcuts, captions, contrast, UI strings) or the appstore
corpus (tests/corpus/appstore/, the same round: reviews, crash reports,
device strings, release notes, SKUs, builds, deep links, tickets,
listings) or the theater corpus (tests/corpus/theater/, the forty-seventh
round: script excerpts, cue sheets, blocking, rehearsal reports, props,
ticketing, bios, console syntax, sound macros, programmes) or the
outdoors corpus (tests/corpus/outdoors/, the same round: trip reports,
route beta, gear, conditions, permits, GPX, huts, searches) or the
annotation corpus (tests/corpus/annotation/, the same round: labeling
guidelines, class names, geometry, comments, QA, auto-label rules,
prompts and responses, dataset paths) or the cosmetics corpus
(tests/corpus/cosmetics/, the same round: reviews, INCI lists, product
names, routines, searches, quizzes, dupes, batch codes, returns,
captions) or the spreadsheets corpus (tests/corpus/spreadsheets/, the
forty-eighth round: formulas, pivots, scripts, CSV imports, named ranges,
formatting rules, validation lists, charts, comments) or the hpc corpus
(tests/corpus/hpc/, the same round: tickets, job scripts, job errors,
storage, environments, MPI, schedules) or the retrocomputing corpus
(tests/corpus/retrocomputing/, the same round: BASIC, assembly, memory
maps, emulators, DOS, modems and BBSes, repairs, disk images) or the
aquarium corpus (tests/corpus/aquarium/, the same round: water logs,
builds, stocking, dosing, reviews, orders, breeders, disease, controller
programs) or the chemistry corpus (tests/corpus/chemistry/, the
forty-ninth round: structure searches, SMILES, reactions, procedures,
NMR, inventory, safety data, orders, instrument methods) or the
networking corpus (tests/corpus/networking/, the same round: change
tickets, device configs, show output, subnets, firewall requests, DNS
records) or the typography corpus (tests/corpus/typography/, the same
round: CSS font rules, unicode ranges, OpenType features, kerning,
licensing, specimens, font files) or the karaoke corpus
(tests/corpus/karaoke/, the same round: searches, titles, LRC lines,
lyric corrections, playlists, bookings, key and tempo settings) or the
bibliography corpus (tests/corpus/bibliography/, the fiftieth round:
BibTeX and RIS entries, identifiers, CSL, LaTeX, searches, annotations,
import errors) or the notebooks corpus (tests/corpus/notebooks/, the same
round: pandas and SQL cells, shell and magic lines, tracebacks, markdown,
schedules, environments, sharing) or the esports corpus
(tests/corpus/esports/, the same round: team and player names, matches,
vetoes, chat, console configs, streams, sponsors, disputes, patch notes)
or the crashreports corpus (tests/corpus/crashreports/, the same round:
bug reports, stack traces, console logs, devices, sandbox paths, deep
links, feature requests, replies, release notes) or the mapmaking corpus
(tests/corpus/mapmaking/, the fifty-first round: changeset comments,
tags, Overpass queries, coordinates and GeoJSON, tiles, routing, imports,
chat) or the pharmacyops corpus (tests/corpus/pharmacyops/, the same
round: order entry, formulary searches, compounding, alerts, inventory,
fridge logs, labels, dosing) or the smartcontracts corpus
(tests/corpus/smartcontracts/, the same round: Solidity, explorer
searches, audit notes, dev commands, ABI and config, wallet support,
gas math) or the cinema corpus (tests/corpus/cinema/, the same round:
film searches, bookings, accessibility, reviews, support, projection
notes, festival copy) or the beekeeping corpus (tests/corpus/beekeeping/,
the fifty-second round: inspections, varroa counts, queens, harvests,
swarm calls, forum posts, marketplace, sensor imports) or the
escaperooms corpus (tests/corpus/escaperooms/, the same round: rooms,
puzzle scripts, props, prop firmware, game-master chat, bookings,
reviews, waivers) or the translationmemory corpus
(tests/corpus/translationmemory/, the same round: segments in many
scripts, inline tags and placeholders, XLIFF/TMX/PO, glossaries, QA
rules) or the railfans corpus (tests/corpus/railfans/, the same round:
trip reports, DCC CVs, JMRI scripts, timetables, rolling stock,
signalling, wiring) or the childcare corpus (tests/corpus/childcare/, the
fifty-third round: daily reports, nap and meal logs, allergies,
pickups, parent messages, rosters, invoices, imports) or the dentistry
corpus (tests/corpus/dentistry/, the same round: appointments, tooth
charts, treatment plans, insurance codes, imaging names, lab slips,
billing) or the woodworking corpus (tests/corpus/woodworking/, the same
round: project logs, cut lists, joinery, finishes, G-code, CAD notes,
classifieds) or the birdwatching corpus (tests/corpus/birdwatching/, the
same round: checklists, species, locations, field notes, exports,
alerts, forum threads) or the tattoo corpus (tests/corpus/tattoo/, the
fifty-fourth round: design briefs, placement, aftercare, consent,
portfolios, pricing, flash catalogs, chat, stencil names) or the
angling corpus (tests/corpus/angling/, the same round: catch logs,
rigs, conditions, permits, knots, spots, competitions, classifieds) or
the orchestra corpus (tests/corpus/orchestra/, the same round:
rehearsals, parts, notation, MusicXML and LilyPond, programs, rosters,
the library) or the ceramics corpus (tests/corpus/ceramics/, the same
round: glaze recipes, firing schedules, clay bodies, classes, listings,
troubleshooting) or the winery corpus (tests/corpus/winery/, the
fifty-fifth round: harvest logs, barrels and tanks, lab analyses,
blends, cellar-door orders, club messages, label approvals) or the
locksmith corpus (tests/corpus/locksmith/, the same round: job tickets,
bitting notes, master-key charts, door logs, access schedules, device
configs) or the genomics corpus (tests/corpus/genomics/, the same round:
sample sheets, FASTA and VCF lines, pipeline commands, run reports, LIMS
notes) or the kiosks corpus (tests/corpus/kiosks/, the same round:
device logs, firmware notes, receipt templates, payment errors, remote
commands, kiosk configs) or the printshop corpus (tests/corpus/printshop/,
the fifty-sixth round: job tickets, file names, preflight reports, colour
profiles, CUPS commands, imposition notes, quotes, press logs) or the
droneops corpus (tests/corpus/droneops/, the same round: flight plans,
waypoints, telemetry lines, ArduPilot parameters, incident reports) or
the parking corpus (tests/corpus/parking/, the same round: plates,
citations and appeals, LPR camera logs, permits, meter configs, gate
commands) or the climbinggym corpus (tests/corpus/climbinggym/, the same
round: route setting, check-ins, waivers, bookings, competitions, gear
rental) or the carsharing corpus (tests/corpus/carsharing/, the
fifty-seventh round: bookings, telematics lines, damage reports, charging
logs, fines, fleet notes) or the radiology corpus
(tests/corpus/radiology/, the same round: HL7 v2 segments, DICOM tags,
worklists, report templates, integration errors) or the bakery corpus
(tests/corpus/bakery/, the same round: recipes, production schedules,
oven programs, allergen labels, wholesale orders) or the coworking corpus
(tests/corpus/coworking/, the same round: bookings, door access and Wi-Fi
vouchers, printer jobs, invoices, facility tickets) or the funeral corpus
(tests/corpus/funeral/, the fifty-eighth round: obituaries, service
schedules, cremation and florist orders, guest-book entries, eulogies) or
the pawnshop corpus (tests/corpus/pawnshop/, the same round: item intake,
serial numbers, loan tickets, police holds, appraisals, listings) or the
janitorial corpus (tests/corpus/janitorial/, the same round: site
checklists, work orders, SDS notes, supply orders, crew chat) or the
firestation corpus (tests/corpus/firestation/, the same round: incident
reports, apparatus checks, hydrants, run cards, radio logs, CAD notes) or
the laundromat corpus (tests/corpus/laundromat/, the fifty-ninth round:
pickup orders, garment care, stain reports, machine error codes, route
sheets) or the petgrooming corpus (tests/corpus/petgrooming/, the same
round: pet profiles, vaccination records, bookings, kennel cards,
behaviour notes) or the recycling corpus (tests/corpus/recycling/, the
same round: pickup requests, bin scans, route logs, scale tickets,
hazardous-waste forms) or the rowingclub corpus (tests/corpus/rowingclub/,
the same round: line-ups, erg splits, boat bookings, regatta entries,
safety calls) or the skiresort corpus (tests/corpus/skiresort/, the
sixtieth round: lift status, snow reports, ski-school bookings, rental
fittings, patrol logs) or the selfstorage corpus
(tests/corpus/selfstorage/, the same round: unit rentals, gate codes,
lien notices, alarms, tenant messages) or the bowling corpus
(tests/corpus/bowling/, the same round: lane bookings, standings, score
sheets, pinsetter faults, drilling specs) or the solarinstall corpus
(tests/corpus/solarinstall/, the same round: site surveys, panel and
inverter specs, permits, monitoring alerts, quotes) or the quarry corpus
(tests/corpus/quarry/, the sixty-first round: blast logs, haul dispatch,
weighbridge tickets, assays, environmental monitoring) or the catering
corpus (tests/corpus/catering/, the same round: event orders, menus,
allergen notes, prep lists, invoices) or the archery corpus
(tests/corpus/archery/, the same round: score cards, equipment specs,
range bookings, coaching notes, tournaments) or the hvac corpus
(tests/corpus/hvac/, the same round: work orders, refrigerant logs, load
calculations, BMS snippets, warranty claims) or the tailoring corpus
(tests/corpus/tailoring/, the sixty-second round: measurements, fitting
notes, alteration tickets, fabric stock, monograms) or the marina corpus
(tests/corpus/marina/, the same round: slip assignments, fuel dock sales,
haul-outs, pump-out logs, harbormaster messages) or the pestcontrol corpus
(tests/corpus/pestcontrol/, the same round: inspections, chemical logs,
bait station maps, termite bonds, routes) or the carwash corpus
(tests/corpus/carwash/, the same round: memberships, tunnel controller
settings, chemical dosing, fault logs, damage claims) or the animalshelter
corpus (tests/corpus/animalshelter/, the sixty-third round: intake
records, medical notes, adoption applications, foster schedules) or the
signshop corpus (tests/corpus/signshop/, the same round: vinyl cut files,
proofs, install notes, permits, printer settings) or the chiropractic
corpus (tests/corpus/chiropractic/, the same round: SOAP notes, intake
questionnaires, billing codes, pre-authorizations) or the movingco corpus
(tests/corpus/movingco/, the same round: household inventories, quotes,
crew routing, damage claims, permits), the glassworks corpus
(tests/corpus/glassworks/, the sixty-fourth round: commissions, kiln
schedules, glass catalogs, breakage reports), the sailingschool corpus
(tests/corpus/sailingschool/, the same round: enrollments, boat
reservations, VHF logs, waypoints), the pipeorgan corpus
(tests/corpus/pipeorgan/, the same round: stop lists, tuning logs,
restoration tickets, recital programs), the escrow corpus
(tests/corpus/escrow/, the same round: escrow accounts, wire memos, title
records, closing checklists), the falconry corpus (tests/corpus/falconry/,
the sixty-fifth round: bird intake, weight logs, permits, release
reports), the lighthouse corpus (tests/corpus/lighthouse/, the same round:
keeper logbooks, lens maintenance, archive catalog, storm reports), the
dialysis corpus (tests/corpus/dialysis/, the same round: chair schedules,
run sheets, lab results, transport requests), the printmaking corpus
(tests/corpus/printmaking/, the same round: press bookings, inventories,
edition records, job tickets), the vineyardtours corpus
(tests/corpus/vineyardtours/, the sixty-sixth round: tour bookings, pickup
points, tasting reservations, partner contracts), the curling corpus
(tests/corpus/curling/, the same round: ice-time bookings, league draws,
scorecards, ice technician logs), the stormchasers corpus
(tests/corpus/stormchasers/, the same round: spotter reports, radar
annotations, chase logs, damage surveys), the bookbinding corpus
(tests/corpus/bookbinding/, the same round: repair tickets, condition
reports, treatment records, quotes), the mushroomfarm corpus
(tests/corpus/mushroomfarm/, the sixty-seventh round: grow-room climate
logs, substrate batches, harvests, contamination reports), the harbortugs
corpus (tests/corpus/harbortugs/, the same round: ship-assist jobs, tow
line logs, berth assignments, VHF notes), the planetarium corpus
(tests/corpus/planetarium/, the same round: dome shows, school bookings,
projector logs, exhibit tickets), the saddlery corpus
(tests/corpus/saddlery/, the same round: saddle fittings, repair tickets,
horse measurements, consignments), the icecream corpus
(tests/corpus/icecream/, the sixty-eighth round: batch records, freezer
logs, allergen matrices, wholesale orders), the ropeaccess corpus
(tests/corpus/ropeaccess/, the same round: hazard analyses, anchor
inspections, gear inventories, access permits), the organicbox corpus
(tests/corpus/organicbox/, the same round: box contents, exclusions,
delivery routes, pause requests) and the tidepool corpus
(tests/corpus/tidepool/, the same round: transects, species counts, water
quality, dive logs), the kiteschool corpus (tests/corpus/kiteschool/,
written in the sixty-ninth round: wind reports, lesson bookings, gear
rental, safety waivers), the taxidermy corpus (tests/corpus/taxidermy/, the
same round: specimen intake, CITES permits, preparation notes, museum
loans), the canalboats corpus (tests/corpus/canalboats/, the same round:
lock schedules, moorings, handover checklists, fuel logs) and the
pianotuning corpus (tests/corpus/pianotuning/, the same round: tuning
records, part orders, appointment notes, invoices), the clockrepair corpus
(tests/corpus/clockrepair/, written in the seventieth round: movement
diagnoses, parts, tickets, service intervals), the alpacafarm corpus
(tests/corpus/alpacafarm/, the same round: herd records, shearing days,
fleece grading, yarn orders), the swimschool corpus
(tests/corpus/swimschool/, the same round: class levels, lane schedules,
lifeguard rosters, parent messages), the radiostation corpus
(tests/corpus/radiostation/, the same round: show schedules, playlists,
volunteer rosters, listener requests), the glacierguides corpus
(tests/corpus/glacierguides/, written in the seventy-first round: route
conditions, crevasse reports, medical forms, avalanche bulletins), the
foodbank corpus (tests/corpus/foodbank/, the same round: donation intake,
pantry stock, volunteer shifts, referrals), the tileworks corpus
(tests/corpus/tileworks/, the same round: kiln schedules, glaze recipes,
custom orders, grout calculations) and the velodrome corpus
(tests/corpus/velodrome/, the same round: session bookings, lap timing,
rider licences, coaching notes), the bellfoundry corpus
(tests/corpus/bellfoundry/, written in the seventy-second round: casting
orders, bell tuning, tower inspections, clapper repairs), the seedlibrary
corpus (tests/corpus/seedlibrary/, the same round: varieties, germination
tests, borrower records, harvest returns), the dronerepair corpus
(tests/corpus/dronerepair/, the same round: flight logs, firmware, crash
reports, warranty claims) and the circusschool corpus
(tests/corpus/circusschool/, the same round: aerial class bookings,
rigging inspections, performer bios, injury reports), the hotairballoon
corpus (tests/corpus/hotairballoon/, written in the seventy-third round:
flight bookings, go/no-go notes, burner logs, waivers), the quilting
corpus (tests/corpus/quilting/, the same round: pattern orders, longarm
bookings, fabric inventory, show entries), the scrapyard corpus
(tests/corpus/scrapyard/, the same round: weighbridge tickets, metal
grades, seller checks, compliance logs) and the puppettheatre corpus
(tests/corpus/puppettheatre/, the same round: show schedules, build
notes, touring, workshop bookings), the bonsainursery corpus
(tests/corpus/bonsainursery/, the seventy-fourth round: care logs,
repotting, workshops, live-plant shipping), the lifeguards corpus
(tests/corpus/lifeguards/, the same round: shift rosters, incident logs,
water readings), the cheesemaker corpus (tests/corpus/cheesemaker/, the
same round: batch records, cave readings, orders, invoices) and the
ferryline corpus (tests/corpus/ferryline/, the same round: timetables,
bookings, delay notices, manifests), the icerink corpus
(tests/corpus/icerink/, the seventy-fifth round: sessions, skate hire,
resurfacing logs, league fixtures), the stainedglass corpus
(tests/corpus/stainedglass/, the same round: commissions, restoration
logs, kiln schedules, glass orders), the tramway corpus
(tests/corpus/tramway/, the same round: timetables, driver rotas, car
maintenance, ticket sales) and the sheepdogtrials corpus
(tests/corpus/sheepdogtrials/, the same round: trial entries, run
scores, judge notes, membership), the funfair corpus
(tests/corpus/funfair/, the seventy-sixth round: ride inspections, pitch
bookings, token sales, first-aid logs), the chimneysweep corpus
(tests/corpus/chimneysweep/, the same round: job bookings, sweep
certificates, alarm checks, invoices), the allotments corpus
(tests/corpus/allotments/, the same round: waiting lists, rotas, rent
invoices, inspection notes) and the brassband corpus
(tests/corpus/brassband/, the same round: contest entries, player
register, rehearsal notes, library loans), the canoehire corpus
(tests/corpus/canoehire/, the seventy-seventh round: trip bookings,
river levels, shuttles, damage reports), the lavenderfarm corpus
(tests/corpus/lavenderfarm/, the same round: harvest and distillation
logs, orders, bookings, oil invoices), the dogwalkers corpus
(tests/corpus/dogwalkers/, the same round: walk schedules, pet profiles,
key handovers, invoices) and the tidemill corpus
(tests/corpus/tidemill/, the same round: milling logs, flour sales,
school visits, volunteer rotas), the mountainhut corpus
(tests/corpus/mountainhut/, the seventy-eighth round: bed bookings,
supply flights, guardian notes, payments), the sailmaker corpus
(tests/corpus/sailmaker/, the same round: sail orders, repair tickets,
stock, deliveries), the blacksmith corpus
(tests/corpus/blacksmith/, the same round: commissions, courses, steel
orders, forge safety logs) and the ciderpress corpus
(tests/corpus/ciderpress/, the same round: pressing days, orders,
fermentation logs, volunteers), the bikerepair corpus
(tests/corpus/bikerepair/, the seventy-ninth round: repair tickets, parts
orders, fit notes, battery checks), the skatepark corpus
(tests/corpus/skatepark/, the same round: session passes, events, ramp
inspections, incident reports), the weddingvenue corpus
(tests/corpus/weddingvenue/, the same round: enquiries, suppliers,
seating plans, invoices) and the treesurgeon corpus
(tests/corpus/treesurgeon/, the same round: site surveys, TPO
applications, quotes, kit checks), the climbingwall corpus
(tests/corpus/climbingwall/, the eightieth round: route setting, passes,
belay records, parties), the pianoschool corpus
(tests/corpus/pianoschool/, the same round: timetables, exam entries,
practice notes, recitals), the oysterfarm corpus
(tests/corpus/oysterfarm/, the same round: tide logs, water tests,
orders, depuration records), the repaircafe corpus
(tests/corpus/repaircafe/, the same round: intake tickets, fixer notes,
safety tests, rotas), the bellringers corpus
(tests/corpus/bellringers/, the eighty-first round: practice logs, peal records, methods, tower bookings), the fishmarket corpus
(tests/corpus/fishmarket/, the same round: auction lots, landings, cold-chain logs, quota notes), the stonemason corpus
(tests/corpus/stonemason/, the same round: inscriptions, stone specs, permits, quotes), the cobbler corpus
(tests/corpus/cobbler/, the same round: repair tickets, sole notes, pickup slots, supplier orders), the chocolatier corpus
(tests/corpus/chocolatier/, the eighty-second round: tempering logs, recipes, wholesale orders, gift messages), the farrier corpus
(tests/corpus/farrier/, the same round: shoeing records, hoof notes, yard visits, vet letters), the sauna corpus
(tests/corpus/sauna/, the same round: session bookings, water logs, rotas, incident notes), the choir corpus
(tests/corpus/choir/, the same round: rehearsal notes, part lists, programmes, venue bookings), the kennels corpus
(tests/corpus/kennels/, the eighty-third round: stay bookings, care logs, vaccinations, report cards), the soapmaking corpus
(tests/corpus/soapmaking/, the same round: batch calculations, cure logs, INCI lists, safety notes), the paragliding corpus
(tests/corpus/paragliding/, the same round: flight logs, weather briefings, tandem bookings, equipment checks), the mosaic corpus
(tests/corpus/mosaic/, the same round: commission briefs, tessera specs, site notes, workshops), the bridgeclub corpus
(tests/corpus/bridgeclub/, the eighty-fourth round: session results, hand records, rulings, partnership bookings), the lifeboat corpus
(tests/corpus/lifeboat/, the same round: launch logs, pager rosters, training records, engine checks), the orchard corpus
(tests/corpus/orchard/, the same round: picking slots, spray logs, tree records, shop orders), the knitting corpus
(tests/corpus/knitting/, the same round: pattern notes, yarn stock, class bookings, project logs), the harpmaker corpus
(tests/corpus/harpmaker/, the eighty-fifth round: harp commissions, gauge charts, regulation tickets, tuning logs, rentals, lessons, forum, invoices, crates, chat), the potholerepair corpus
(tests/corpus/potholerepair/, the same round: pothole reports, dispatch notes, batch logs, complaints, GIS exports, invoices, CSV work orders, chat), the ropewalk corpus
(tests/corpus/ropewalk/, the same round: rope specs, splices, chandlery orders, rigging quotes, QA logs, price lists, forum, tickets), the exhibitworks corpus
(tests/corpus/exhibitworks/, the same round: exhibit fault tickets, kiosk configs, feedback, bookings, firmware notes, CSV inventory, rota chat, grant reports), the milliner corpus
(tests/corpus/milliner/, the eighty-sixth round: hat commissions, head measurements, stock, fittings, race-day orders, care notes, forum, invoices, chat), the cooperage corpus
(tests/corpus/cooperage/, the same round: cask orders, stave stock, toasting logs, repair tickets, client portal, CSV inventory, manifests, chat), the thatcher corpus
(tests/corpus/thatcher/, the same round: roof surveys, supply orders, quotes, consent notes, job diaries, delays, reviews, CSV job sheets, chat), the zookeeper corpus
(tests/corpus/zookeeper/, the same round: husbandry logs, feeding schedules, vet notes, maintenance tickets, enquiries, adoption orders, CSV feed stock, rota chat), the lockkeeper corpus
(tests/corpus/lockkeeper/, the eighty-seventh round: lock passage bookings, water level logs, licences, stoppage notices, work orders, CSV traffic counts, towpath incidents, volunteer chat), the perfumery corpus
(tests/corpus/perfumery/, the same round: fragrance briefs, formula notes, raw material stock, compliance notes, sample orders, workshop bookings, reviews, invoices, chat), the bowlsclub corpus
(tests/corpus/bowlsclub/, the same round: rink bookings, fixtures and scorecards, renewals, green maintenance, bar stock, minutes, CSV results, forum), the signwriter corpus
(tests/corpus/signwriter/, the same round: sign commissions, lettering proofs, gold leaf stock, survey notes, paint specs, quotes, invoices, CSV job lists, chat), the ferrier corpus
(tests/corpus/ferrier/, the eighty-eighth round: gate commissions, site measurements, steel stock, coating logs, installation diaries, quotes, invoices, CSV cut lists, chat), the harbourmaster corpus
(tests/corpus/harbourmaster/, the same round: berth bookings, tide and mooring logs, registrations, dues invoices, notices, incidents, CSV arrivals, radio log notes, chat), the puppetry corpus
(tests/corpus/puppetry/, the same round: puppet commissions, rehearsal notes, tour bookings, stock, technical riders, enquiries, CSV schedules, cast chat), the ciderorchard corpus
(tests/corpus/ciderorchard/, the same round: grafting orders, rootstock stock, shipping slots, varieties, pest notes, questions, CSV orders, staff chat), the lacemaker corpus
(tests/corpus/lacemaker/, the eighty-ninth round: a lace-making guild, pattern library, workshop bookings and members' forum), the fireworks corpus
(tests/corpus/fireworks/, the same round: a fireworks display company, event quotes, safety paperwork, crew rosters and customer messages), the wheelwright corpus
(tests/corpus/wheelwright/, the same round: a wheelwright and cartwright workshop, restoration orders, parts catalogue and apprentices' logbooks), the shepherdhut corpus
(tests/corpus/shepherdhut/, the same round: a shepherd-hut holiday rental, bookings, housekeeping notes, guest reviews and owner payouts), the windmill corpus
(tests/corpus/windmill/, the ninetieth round: a restored windmill run as a working mill and museum, flour orders, milling logs, volunteer rotas, school visits, shop stock CSV), the candlemaker corpus
(tests/corpus/candlemaker/, the same round: a candle and soap-wax workshop, wholesale orders, scent recipes, batch records, safety notes, stockist messages, CSV price lists), the bookshop corpus
(tests/corpus/bookshop/, the same round: a secondhand and antiquarian bookshop, catalogue records, want lists, valuations, consignments, customer letters, CSV stock), the carpetweaver corpus
(tests/corpus/carpetweaver/, the same round: a hand-knotted carpet and rug restorer, restoration quotes, dye-lot records, knot counts, condition reports, client chat, CSV inventories), the sawmill corpus
(tests/corpus/sawmill/, the ninety-first round: a small sawmill and timber yard, cutting lists, kiln logs, log intake, delivery runs, customer quotes, CSV board stock), the fishhatchery corpus
(tests/corpus/fishhatchery/, the same round: a trout and salmon hatchery, egg batches, water quality logs, feeding charts, restocking orders, vet notes, CSV tank inventories), the saltworks corpus
(tests/corpus/saltworks/, the same round: a sea-salt producer, harvest logs, brine readings, wholesale orders, packaging runs, food-safety records, CSV price lists), the tannery corpus
(tests/corpus/tannery/, the same round: a vegetable-tan leather tannery, hide intake, drum logs, colour notes, maker orders, shipping notes, CSV inventories, workshop chat), the distillery corpus
(tests/corpus/distillery/, the ninety-second round: a craft gin and whisky distillery, stills' and casks' books, duty returns, tasting notes, trade orders, tour bookings, CSV stock sheets), the campsite corpus
(tests/corpus/campsite/, the same round: a family campsite and glamping park, pitch bookings, arrival notes, maintenance tickets, shop orders, site rules, warden messages, CSV occupancy exports), the tollbridge corpus
(tests/corpus/tollbridge/, the same round: a privately run toll bridge, crossing tallies, account top-ups, barrier fault reports, inspection records, complaints, operator chat, CSV transaction exports), the dyeworks corpus
(tests/corpus/dyeworks/, the same round: a natural textile dye works, dye-bath recipes, mordant logs, fastness tests, yarn orders, studio notes, supplier e-mails, CSV batch sheets), the couriers corpus
(tests/corpus/couriers/, the ninety-third round: a bicycle courier cooperative, job dispatch, proof-of-delivery notes, shift swaps, client invoices, damage claims, route chat, CSV job exports), the mountainrescue corpus
(tests/corpus/mountainrescue/, the same round: a volunteer mountain rescue team, callout logs, casualty handovers, kit inspections, training records, donor e-mails, radio logs, CSV rotas), the luthier corpus
(tests/corpus/luthier/, the same round: a violin and guitar maker's workshop, build logs, wood stock, repair tickets, commissions, varnish notes, supplier orders, CSV price lists), the shearing corpus
(tests/corpus/shearing/, the same round: a sheep shearing contractor, farm bookings, tally sheets, wool-clip records, crew travel, invoices, farmer messages, CSV run exports), the villagehall corpus
(tests/corpus/villagehall/, the ninety-fourth round: a village hall's committee, room bookings, key-holder rotas, hire agreements, maintenance notes, event listings, minutes, CSV ledgers, residents' e-mails), the dairy corpus
(tests/corpus/dairy/, the same round: an organic dairy farm, milking logs, herd health records, bulk tank readings, farm shop orders, delivery rounds, vet notes, CSV yield exports), the upholstery corpus
(tests/corpus/upholstery/, the same round: a furniture upholstery workshop, job cards, fabric stock, customer quotes, frame repair notes, supplier orders, collection bookings, CSV price lists), the divingschool corpus
(tests/corpus/divingschool/, the same round: a scuba diving school, course bookings, dive logs, equipment servicing, medical forms, boat schedules, instructor messages, CSV certification exports), the roastery corpus
(tests/corpus/roastery/, the ninety-fifth round: a specialty coffee roastery, roast profiles, green bean lots, cupping notes, wholesale orders, maintenance logs, PLC exports), the fencingclub corpus
(tests/corpus/fencingclub/, the same round: a fencing club, bout scores and pools, brackets, referee cards, armoury repair logs, rankings, scoring-box exports), the schoolbus corpus
(tests/corpus/schoolbus/, the same round: a school district's bus routing office, route sheets, stop lists, driver rosters, GPS pings, parent notices, inspection checklists, routing exports), the hedgelaying corpus
(tests/corpus/hedgelaying/, the same round: a hedgelaying and countryside contractor, hedge surveys, stake and binder orders, grant applications, field parcels, volunteer rotas, GIS exports), the rafting corpus
(tests/corpus/rafting/, the ninety-sixth round: a whitewater rafting outfitter, trip bookings, waivers, river gauges, guide rosters, gear inventory, incident logs, CSV trip exports), the orienteering corpus
(tests/corpus/orienteering/, the same round: an orienteering club, course notes, control descriptions, split times, SportIdent exports, entry lists, results CSVs), the scaffolding corpus
(tests/corpus/scaffolding/, the same round: a scaffolding contractor, design sheets, tag inspections, schedules, tube and fitting stock, permits, incident reports, CSV hire exports), the philately corpus
(tests/corpus/philately/, the same round: a philatelic society, stamp catalogue entries, perforation notes, auction lots and bids, exchange circuits, certificates, CSV collection exports), the dogsled corpus
(tests/corpus/dogsled/, the ninety-seventh round: a sled-dog kennel and mushing tour operator, dog rosters, health logs, trail reports, race timing sheets, gear rental, CSV mileage exports), the buskers corpus
(tests/corpus/buskers/, the same round: a street-performer permit and pitch-booking portal, profiles, pitch schedules, noise complaints, set lists, payouts, CSV booking exports), the trufflehunt corpus
(tests/corpus/trufflehunt/, the same round: a truffle-hunting orchard, harvest logs, dog training notes, buyer orders, soil readings, lab certificates, CSV sales exports), the canyoning corpus
(tests/corpus/canyoning/, the same round: a canyoning guide company, route descriptions, flow readings, waivers, incident reports, gear inspections, CSV group rosters), the organbuilder corpus
(tests/corpus/organbuilder/, the ninety-eighth round: a church-organ building and restoration workshop, pipe scaling tables, stop lists, restoration reports, tuning logs, parts orders, CSV pipe inventories), the ferryterminal corpus
(tests/corpus/ferryterminal/, the same round: an island ferry terminal, timetables, vehicle bookings, weather cancellations, crew rosters, freight manifests, port notices, CSV manifest exports), the wildfirecrew corpus
(tests/corpus/wildfirecrew/, the same round: a volunteer wildfire crew, incident logs, fuel moisture readings, callouts, equipment checks, burn permits, radio plans, CSV hours exports), the icefishing corpus
(tests/corpus/icefishing/, the same round: an ice-fishing camp, ice thickness reports, hut bookings, catch logs, shop orders, safety briefings, trail notes, CSV catch records), the sheepdairy corpus
(tests/corpus/sheepdairy/, the ninety-ninth round: a sheep-milk dairy and creamery, milking logs, cell counts, cheese make sheets, ripening room readings, wholesale orders, lab results, CSV milk yields), the stringquartet corpus
(tests/corpus/stringquartet/, the same round: a string quartet's booking site, concert requests, repertoire lists, rehearsal schedules, fee quotes, itineraries, programme notes, CSV gig exports), the caveguides corpus
(tests/corpus/caveguides/, the same round: a show-cave and caving expedition company, tour bookings, survey notes, air quality readings, gear inspections, bat monitoring, CSV visitor counts), the bicyclecourier corpus
(tests/corpus/bicyclecourier/, the same round: a bicycle courier cooperative, job tickets, pickup notes, rider shifts, maintenance logs, invoices, incident reports, CSV delivery exports), the rugbyclub corpus
(tests/corpus/rugbyclub/, the hundredth round: an amateur rugby club, fixture lists, team sheets, injury reports, subscriptions, bar rota, coaching drills, sponsor invoices, CSV player registrations), the seedbank corpus
(tests/corpus/seedbank/, the same round: a botanical seed bank, accession records, germination logs, cold-room readings, collector field notes, phytosanitary certificates, CSV accession exports), the clocktower corpus
(tests/corpus/clocktower/, the same round: a clock-tower restoration trust, restoration diaries, winding rotas, bell schedules, donor pledges, grant forms, tour bookings, CSV donation exports), the hovercraft corpus
(tests/corpus/hovercraft/, the same round: a hovercraft ferry and charter service, crossing timetables, bookings, skirt and engine logs, weather holds, crew licences, CSV crossing exports), the fossilclub corpus
(tests/corpus/fossilclub/, the hundred-and-first round: an amateur fossil-hunting club's trip sign-ups, find logs, catalogue entries, captions, forum posts, identification requests, safety briefings, tide warnings, messages and search), the papermill corpus
(tests/corpus/papermill/, the same round: a paper mill's batch sheets, pulp recipes, machine settings, shift handovers, quality tests, orders, supplier notes, maintenance tickets, safety reports and search), the llamatrek corpus
(tests/corpus/llamatrek/, the same round: a llama-trekking farm's bookings, care logs, guide rosters, routes, reviews, vouchers, weather notes, shop orders, messages and search), the gondola corpus
(tests/corpus/gondola/, the same round: a mountain gondola's tickets, cabin inspection logs, wind holds, status feeds, rosters, incident reports, rescue drills, visitor messages, lost-and-found and search), the hotspring corpus
(tests/corpus/hotspring/, the hundred-and-second round: a hot-spring bathhouse's bath and sauna bookings, water-quality logs, temperature readings, cleaning rotas, reviews, massage appointments, gift cards, shop orders, staff messages and search), the kelpfarm corpus
(tests/corpus/kelpfarm/, the same round: a kelp farm's line and buoy maps, seeding logs, harvest records, boat schedules, water samples, processing batches, wholesale orders, permit notes, crew messages and search), the rodeo corpus
(tests/corpus/rodeo/, the same round: a rodeo association's event entries, stock contractor lists, judges' scorecards, standings, arena schedules, vet checks, sponsor notes, ticket orders, forum posts and search), the tinsmith corpus
(tests/corpus/tinsmith/, the same round: a tinsmith's custom orders, cut lists, pattern notes, material stock, solder and flux logs, quotes, invoices, blog posts, customer messages and search), the pigeonracing corpus
(tests/corpus/pigeonracing/, the hundred-and-third round: a racing-pigeon federation's race entries, ring numbers, basketing sheets, liberation reports, clock results, loft registrations, vet notes, forum posts, messages and search), the bobsleigh corpus
(tests/corpus/bobsleigh/, the same round: a bobsleigh track's run bookings, sled inspections, ice logs, timing results, athlete profiles, training plans, incident reports, equipment hire, messages and search), the maplesyrup corpus
(tests/corpus/maplesyrup/, the same round: a sugarbush's tap counts, sap logs, evaporator batches, grading notes, bottling runs, shop orders, tour bookings, weather notes, messages and search), the lidarsurvey corpus
(tests/corpus/lidarsurvey/, the same round: a lidar survey firm's job requests, flight plans, processing notes, control points, deliverable manifests, client comments, invoices, crew logs, messages and search), the bellows corpus
(tests/corpus/bellows/, the hundred-and-fourth round: an organ-bellows and harmonium repair shop's repair tickets, leather and valve stock, tuning logs, quotes, invoices, bookings, restoration diaries, messages, forum posts and search), the snowplough corpus
(tests/corpus/snowplough/, the same round: a snow-clearing depot's plough routes, gritting logs, salt stock, vehicle checks, rosters, weather alerts, complaints, incident reports, crew messages and search), the watchtower corpus
(tests/corpus/watchtower/, the same round: a wildfire lookout network's shift sign-ups, smoke reports, azimuth readings, radio logs, equipment lists, training records, guestbook entries, map notes, messages and search), the puppetmaker corpus
(tests/corpus/puppetmaker/, the same round: a puppet maker's commissions, carving notes, string diagrams, paint logs, materials orders, show bookings, repair tickets, blog posts, messages and search), the roofers corpus
(tests/corpus/roofers/, the hundred-and-fifth round: a roofing contractor's job tracker), the glidingclub corpus
(tests/corpus/glidingclub/, the same round: a gliding club's members' site), the sushibar corpus
(tests/corpus/sushibar/, the same round: a sushi bar's ordering and kitchen system), the chairlift corpus
(tests/corpus/chairlift/, the same round: a ski resort's chairlift maintenance desk), the paramedics corpus
(tests/corpus/paramedics/, the hundred-and-sixth round: a paramedic service's crew portal), the greenhouse corpus
(tests/corpus/greenhouse/, the same round: a commercial greenhouse grower's system), the toyshop corpus
(tests/corpus/toyshop/, the same round: an independent toy shop's web store), the textilemill corpus
(tests/corpus/textilemill/, the same round: a textile mill's production desk), the opticians corpus
(tests/corpus/opticians/, the hundred-and-seventh round: an optician's practice system), the bushcraft corpus
(tests/corpus/bushcraft/, the same round: a bushcraft school's site), the pipeband corpus
(tests/corpus/pipeband/, the same round: a pipe band's members' portal), the gymnastics corpus
(tests/corpus/gymnastics/, the same round: a gymnastics club's admin system), the beachhuts corpus
(tests/corpus/beachhuts/, the hundred-and-eighth round: a seaside council's beach hut rentals), the steelfab corpus
(tests/corpus/steelfab/, the same round: a steel fabrication shop's job system), the wildliferescue corpus
(tests/corpus/wildliferescue/, the same round: a wildlife rescue centre's case system), the calligraphy corpus
(tests/corpus/calligraphy/, the same round: a calligraphy studio's shop and workshop site), the florist corpus
(tests/corpus/florist/, the hundred-and-ninth round: a florist's shop system), the boatyard corpus
(tests/corpus/boatyard/, the same round: a boatyard's service desk), the yogaretreat corpus
(tests/corpus/yogaretreat/, the same round: a yoga retreat centre's booking site) and the vinylshop corpus
(tests/corpus/vinylshop/, the same round: a second-hand record shop's web store) through the real
edge
(shipped config, bans off), in
the query and in
a JSON note, as tests/corpus_external.py replays its corpora, and print
recall per attack category and the benign refusals per class.

    .venv/bin/python tests/corpus_devtext.py [--corpus NAME] [--show]
        [--placement query]

--show prints every attack that passed and every benign value refused,
with the rules behind it, one JSON line each.
"""
import argparse
import json
import sys
import tempfile
from pathlib import Path

import corpus_external as ce

HERE = Path(__file__).resolve().parent
DEVTEXT = HERE / "corpus" / "devtext"
MANUALS = HERE / "corpus" / "manuals"
NOTES = HERE / "corpus" / "notes"
WORKPLACE = HERE / "corpus" / "workplace"
PLATFORM = HERE / "corpus" / "platform"
DATAPLATFORM = HERE / "corpus" / "dataplatform"
FORMATS = HERE / "corpus" / "formats"
QUERYLANGS = HERE / "corpus" / "querylangs"
OPS = HERE / "corpus" / "ops"
CODE = HERE / "corpus" / "code"
SCIENCE = HERE / "corpus" / "science"
COMMERCE = HERE / "corpus" / "commerce"
HEALTH = HERE / "corpus" / "health"
COMMUNITY = HERE / "corpus" / "community"
FINANCE = HERE / "corpus" / "finance"
IOT = HERE / "corpus" / "iot"
EDUCATION = HERE / "corpus" / "education"
TRAVEL = HERE / "corpus" / "travel"
REALESTATE = HERE / "corpus" / "realestate"
MEDIA = HERE / "corpus" / "media"
LOGISTICS = HERE / "corpus" / "logistics"
CIVIC = HERE / "corpus" / "civic"
HOSPITALITY = HERE / "corpus" / "hospitality"
TELECOM = HERE / "corpus" / "telecom"
SPORTS = HERE / "corpus" / "sports"
AUTOMOTIVE = HERE / "corpus" / "automotive"
AGRICULTURE = HERE / "corpus" / "agriculture"
EVENTS = HERE / "corpus" / "events"
LEGAL = HERE / "corpus" / "legal"
PHARMA = HERE / "corpus" / "pharma"
HR = HERE / "corpus" / "hr"
INSURANCE = HERE / "corpus" / "insurance"
ENERGY = HERE / "corpus" / "energy"
GAMING = HERE / "corpus" / "gaming"
SOCIAL = HERE / "corpus" / "social"
CONSTRUCTION = HERE / "corpus" / "construction"
AVIATION = HERE / "corpus" / "aviation"
GIS = HERE / "corpus" / "gis"
LIBRARY = HERE / "corpus" / "library"
TRANSIT = HERE / "corpus" / "transit"
MANUFACTURING = HERE / "corpus" / "manufacturing"
SUPPORT = HERE / "corpus" / "support"
VETERINARY = HERE / "corpus" / "veterinary"
MARITIME = HERE / "corpus" / "maritime"
BANKING = HERE / "corpus" / "banking"
NONPROFIT = HERE / "corpus" / "nonprofit"
MUSIC = HERE / "corpus" / "music"
SURVEILLANCE = HERE / "corpus" / "surveillance"
GENEALOGY = HERE / "corpus" / "genealogy"
WEATHER = HERE / "corpus" / "weather"
DELIVERY = HERE / "corpus" / "delivery"
FITNESS = HERE / "corpus" / "fitness"
LOCALIZATION = HERE / "corpus" / "localization"
ASTRONOMY = HERE / "corpus" / "astronomy"
RECIPES = HERE / "corpus" / "recipes"
PUBLISHING = HERE / "corpus" / "publishing"
MUSEUM = HERE / "corpus" / "museum"
MAKER = HERE / "corpus" / "maker"
BIOLAB = HERE / "corpus" / "biolab"
TAX = HERE / "corpus" / "tax"
HAMRADIO = HERE / "corpus" / "hamradio"
PATENTS = HERE / "corpus" / "patents"
CHESS = HERE / "corpus" / "chess"
LEXICON = HERE / "corpus" / "lexicon"
ELECTRONICS = HERE / "corpus" / "electronics"
MATHFORUM = HERE / "corpus" / "mathforum"
CRYPTO = HERE / "corpus" / "crypto"
NEWSLETTER = HERE / "corpus" / "newsletter"
SMARTHOME = HERE / "corpus" / "smarthome"
BI = HERE / "corpus" / "bi"
REGEXHELP = HERE / "corpus" / "regexhelp"
DATING = HERE / "corpus" / "dating"
SUBTITLES = HERE / "corpus" / "subtitles"
CRAFTS = HERE / "corpus" / "crafts"
MINECRAFT = HERE / "corpus" / "minecraft"
MAILCLIENT = HERE / "corpus" / "mailclient"
WIKI = HERE / "corpus" / "wiki"
ROBLOX = HERE / "corpus" / "roblox"
MARKETING = HERE / "corpus" / "marketing"
PROMPTS = HERE / "corpus" / "prompts"
PODCAST = HERE / "corpus" / "podcast"
FASHION = HERE / "corpus" / "fashion"
GARDENING = HERE / "corpus" / "gardening"
CYCLING = HERE / "corpus" / "cycling"
HOMEBREW = HERE / "corpus" / "homebrew"
BOARDGAMES = HERE / "corpus" / "boardgames"
TTRPG = HERE / "corpus" / "ttrpg"
PHOTOGRAPHY = HERE / "corpus" / "photography"
DISPATCH = HERE / "corpus" / "dispatch"
PACKAGES = HERE / "corpus" / "packages"
FANFICTION = HERE / "corpus" / "fanfiction"
PARISH = HERE / "corpus" / "parish"
AUCTIONS = HERE / "corpus" / "auctions"
ACCESSIBILITY = HERE / "corpus" / "accessibility"
APPSTORE = HERE / "corpus" / "appstore"
THEATER = HERE / "corpus" / "theater"
OUTDOORS = HERE / "corpus" / "outdoors"
ANNOTATION = HERE / "corpus" / "annotation"
COSMETICS = HERE / "corpus" / "cosmetics"
SPREADSHEETS = HERE / "corpus" / "spreadsheets"
HPC = HERE / "corpus" / "hpc"
RETROCOMPUTING = HERE / "corpus" / "retrocomputing"
AQUARIUM = HERE / "corpus" / "aquarium"
CHEMISTRY = HERE / "corpus" / "chemistry"
NETWORKING = HERE / "corpus" / "networking"
TYPOGRAPHY = HERE / "corpus" / "typography"
KARAOKE = HERE / "corpus" / "karaoke"
BIBLIOGRAPHY = HERE / "corpus" / "bibliography"
NOTEBOOKS = HERE / "corpus" / "notebooks"
ESPORTS = HERE / "corpus" / "esports"
CRASHREPORTS = HERE / "corpus" / "crashreports"
MAPMAKING = HERE / "corpus" / "mapmaking"
PHARMACYOPS = HERE / "corpus" / "pharmacyops"
SMARTCONTRACTS = HERE / "corpus" / "smartcontracts"
CINEMA = HERE / "corpus" / "cinema"
BEEKEEPING = HERE / "corpus" / "beekeeping"
ESCAPEROOMS = HERE / "corpus" / "escaperooms"
TRANSLATIONMEMORY = HERE / "corpus" / "translationmemory"
RAILFANS = HERE / "corpus" / "railfans"
CHILDCARE = HERE / "corpus" / "childcare"
DENTISTRY = HERE / "corpus" / "dentistry"
WOODWORKING = HERE / "corpus" / "woodworking"
BIRDWATCHING = HERE / "corpus" / "birdwatching"
TATTOO = HERE / "corpus" / "tattoo"
ANGLING = HERE / "corpus" / "angling"
ORCHESTRA = HERE / "corpus" / "orchestra"
CERAMICS = HERE / "corpus" / "ceramics"
WINERY = HERE / "corpus" / "winery"
LOCKSMITH = HERE / "corpus" / "locksmith"
GENOMICS = HERE / "corpus" / "genomics"
KIOSKS = HERE / "corpus" / "kiosks"
PRINTSHOP = HERE / "corpus" / "printshop"
DRONEOPS = HERE / "corpus" / "droneops"
PARKING = HERE / "corpus" / "parking"
CLIMBINGGYM = HERE / "corpus" / "climbinggym"
CARSHARING = HERE / "corpus" / "carsharing"
RADIOLOGY = HERE / "corpus" / "radiology"
BAKERY = HERE / "corpus" / "bakery"
COWORKING = HERE / "corpus" / "coworking"
FUNERAL = HERE / "corpus" / "funeral"
PAWNSHOP = HERE / "corpus" / "pawnshop"
JANITORIAL = HERE / "corpus" / "janitorial"
FIRESTATION = HERE / "corpus" / "firestation"
LAUNDROMAT = HERE / "corpus" / "laundromat"
PETGROOMING = HERE / "corpus" / "petgrooming"
RECYCLING = HERE / "corpus" / "recycling"
ROWINGCLUB = HERE / "corpus" / "rowingclub"
SKIRESORT = HERE / "corpus" / "skiresort"
SELFSTORAGE = HERE / "corpus" / "selfstorage"
BOWLING = HERE / "corpus" / "bowling"
SOLARINSTALL = HERE / "corpus" / "solarinstall"
QUARRY = HERE / "corpus" / "quarry"
CATERING = HERE / "corpus" / "catering"
ARCHERY = HERE / "corpus" / "archery"
HVAC = HERE / "corpus" / "hvac"
TAILORING = HERE / "corpus" / "tailoring"
MARINA = HERE / "corpus" / "marina"
PESTCONTROL = HERE / "corpus" / "pestcontrol"
CARWASH = HERE / "corpus" / "carwash"
ANIMALSHELTER = HERE / "corpus" / "animalshelter"
SIGNSHOP = HERE / "corpus" / "signshop"
CHIROPRACTIC = HERE / "corpus" / "chiropractic"
MOVINGCO = HERE / "corpus" / "movingco"
GLASSWORKS = HERE / "corpus" / "glassworks"
SAILINGSCHOOL = HERE / "corpus" / "sailingschool"
PIPEORGAN = HERE / "corpus" / "pipeorgan"
ESCROW = HERE / "corpus" / "escrow"
FALCONRY = HERE / "corpus" / "falconry"
LIGHTHOUSE = HERE / "corpus" / "lighthouse"
DIALYSIS = HERE / "corpus" / "dialysis"
PRINTMAKING = HERE / "corpus" / "printmaking"
VINEYARDTOURS = HERE / "corpus" / "vineyardtours"
CURLING = HERE / "corpus" / "curling"
STORMCHASERS = HERE / "corpus" / "stormchasers"
BOOKBINDING = HERE / "corpus" / "bookbinding"
MUSHROOMFARM = HERE / "corpus" / "mushroomfarm"
HARBORTUGS = HERE / "corpus" / "harbortugs"
PLANETARIUM = HERE / "corpus" / "planetarium"
SADDLERY = HERE / "corpus" / "saddlery"
ICECREAM = HERE / "corpus" / "icecream"
ROPEACCESS = HERE / "corpus" / "ropeaccess"
ORGANICBOX = HERE / "corpus" / "organicbox"
TIDEPOOL = HERE / "corpus" / "tidepool"
KITESCHOOL = HERE / "corpus" / "kiteschool"
TAXIDERMY = HERE / "corpus" / "taxidermy"
CANALBOATS = HERE / "corpus" / "canalboats"
PIANOTUNING = HERE / "corpus" / "pianotuning"
CLOCKREPAIR = HERE / "corpus" / "clockrepair"
ALPACAFARM = HERE / "corpus" / "alpacafarm"
SWIMSCHOOL = HERE / "corpus" / "swimschool"
RADIOSTATION = HERE / "corpus" / "radiostation"
GLACIERGUIDES = HERE / "corpus" / "glacierguides"
FOODBANK = HERE / "corpus" / "foodbank"
TILEWORKS = HERE / "corpus" / "tileworks"
VELODROME = HERE / "corpus" / "velodrome"
BELLFOUNDRY = HERE / "corpus" / "bellfoundry"
SEEDLIBRARY = HERE / "corpus" / "seedlibrary"
DRONEREPAIR = HERE / "corpus" / "dronerepair"
CIRCUSSCHOOL = HERE / "corpus" / "circusschool"
HOTAIRBALLOON = HERE / "corpus" / "hotairballoon"
QUILTING = HERE / "corpus" / "quilting"
SCRAPYARD = HERE / "corpus" / "scrapyard"
PUPPETTHEATRE = HERE / "corpus" / "puppettheatre"
BONSAINURSERY = HERE / "corpus" / "bonsainursery"
LIFEGUARDS = HERE / "corpus" / "lifeguards"
CHEESEMAKER = HERE / "corpus" / "cheesemaker"
FERRYLINE = HERE / "corpus" / "ferryline"
ICERINK = HERE / "corpus" / "icerink"
STAINEDGLASS = HERE / "corpus" / "stainedglass"
TRAMWAY = HERE / "corpus" / "tramway"
SHEEPDOGTRIALS = HERE / "corpus" / "sheepdogtrials"
FUNFAIR = HERE / "corpus" / "funfair"
CHIMNEYSWEEP = HERE / "corpus" / "chimneysweep"
ALLOTMENTS = HERE / "corpus" / "allotments"
BRASSBAND = HERE / "corpus" / "brassband"
CANOEHIRE = HERE / "corpus" / "canoehire"
LAVENDERFARM = HERE / "corpus" / "lavenderfarm"
DOGWALKERS = HERE / "corpus" / "dogwalkers"
TIDEMILL = HERE / "corpus" / "tidemill"
MOUNTAINHUT = HERE / "corpus" / "mountainhut"
SAILMAKER = HERE / "corpus" / "sailmaker"
BLACKSMITH = HERE / "corpus" / "blacksmith"
CIDERPRESS = HERE / "corpus" / "ciderpress"
BIKEREPAIR = HERE / "corpus" / "bikerepair"
SKATEPARK = HERE / "corpus" / "skatepark"
WEDDINGVENUE = HERE / "corpus" / "weddingvenue"
TREESURGEON = HERE / "corpus" / "treesurgeon"
CLIMBINGWALL = HERE / "corpus" / "climbingwall"
PIANOSCHOOL = HERE / "corpus" / "pianoschool"
OYSTERFARM = HERE / "corpus" / "oysterfarm"
REPAIRCAFE = HERE / "corpus" / "repaircafe"
BELLRINGERS = HERE / "corpus" / "bellringers"
FISHMARKET = HERE / "corpus" / "fishmarket"
STONEMASON = HERE / "corpus" / "stonemason"
COBBLER = HERE / "corpus" / "cobbler"
CHOCOLATIER = HERE / "corpus" / "chocolatier"
FARRIER = HERE / "corpus" / "farrier"
SAUNA = HERE / "corpus" / "sauna"
CHOIR = HERE / "corpus" / "choir"
KENNELS = HERE / "corpus" / "kennels"
SOAPMAKING = HERE / "corpus" / "soapmaking"
PARAGLIDING = HERE / "corpus" / "paragliding"
MOSAIC = HERE / "corpus" / "mosaic"
BRIDGECLUB = HERE / "corpus" / "bridgeclub"
LIFEBOAT = HERE / "corpus" / "lifeboat"
ORCHARD = HERE / "corpus" / "orchard"
KNITTING = HERE / "corpus" / "knitting"
HARPMAKER = HERE / "corpus" / "harpmaker"
POTHOLEREPAIR = HERE / "corpus" / "potholerepair"
ROPEWALK = HERE / "corpus" / "ropewalk"
EXHIBITWORKS = HERE / "corpus" / "exhibitworks"
MILLINER = HERE / "corpus" / "milliner"
COOPERAGE = HERE / "corpus" / "cooperage"
THATCHER = HERE / "corpus" / "thatcher"
ZOOKEEPER = HERE / "corpus" / "zookeeper"
LOCKKEEPER = HERE / "corpus" / "lockkeeper"
PERFUMERY = HERE / "corpus" / "perfumery"
BOWLSCLUB = HERE / "corpus" / "bowlsclub"
SIGNWRITER = HERE / "corpus" / "signwriter"
FERRIER = HERE / "corpus" / "ferrier"
HARBOURMASTER = HERE / "corpus" / "harbourmaster"
PUPPETRY = HERE / "corpus" / "puppetry"
CIDERORCHARD = HERE / "corpus" / "ciderorchard"
LACEMAKER = HERE / "corpus" / "lacemaker"
FIREWORKS = HERE / "corpus" / "fireworks"
WHEELWRIGHT = HERE / "corpus" / "wheelwright"
SHEPHERDHUT = HERE / "corpus" / "shepherdhut"
WINDMILL = HERE / "corpus" / "windmill"
CANDLEMAKER = HERE / "corpus" / "candlemaker"
BOOKSHOP = HERE / "corpus" / "bookshop"
CARPETWEAVER = HERE / "corpus" / "carpetweaver"
SAWMILL = HERE / "corpus" / "sawmill"
FISHHATCHERY = HERE / "corpus" / "fishhatchery"
SALTWORKS = HERE / "corpus" / "saltworks"
TANNERY = HERE / "corpus" / "tannery"
DISTILLERY = HERE / "corpus" / "distillery"
CAMPSITE = HERE / "corpus" / "campsite"
TOLLBRIDGE = HERE / "corpus" / "tollbridge"
DYEWORKS = HERE / "corpus" / "dyeworks"
COURIERS = HERE / "corpus" / "couriers"
MOUNTAINRESCUE = HERE / "corpus" / "mountainrescue"
LUTHIER = HERE / "corpus" / "luthier"
SHEARING = HERE / "corpus" / "shearing"
VILLAGEHALL = HERE / "corpus" / "villagehall"
DAIRY = HERE / "corpus" / "dairy"
UPHOLSTERY = HERE / "corpus" / "upholstery"
DIVINGSCHOOL = HERE / "corpus" / "divingschool"
ROASTERY = HERE / "corpus" / "roastery"
FENCINGCLUB = HERE / "corpus" / "fencingclub"
SCHOOLBUS = HERE / "corpus" / "schoolbus"
HEDGELAYING = HERE / "corpus" / "hedgelaying"
RAFTING = HERE / "corpus" / "rafting"
ORIENTEERING = HERE / "corpus" / "orienteering"
SCAFFOLDING = HERE / "corpus" / "scaffolding"
PHILATELY = HERE / "corpus" / "philately"
DOGSLED = HERE / "corpus" / "dogsled"
BUSKERS = HERE / "corpus" / "buskers"
TRUFFLEHUNT = HERE / "corpus" / "trufflehunt"
CANYONING = HERE / "corpus" / "canyoning"
ORGANBUILDER = HERE / "corpus" / "organbuilder"
FERRYTERMINAL = HERE / "corpus" / "ferryterminal"
WILDFIRECREW = HERE / "corpus" / "wildfirecrew"
ICEFISHING = HERE / "corpus" / "icefishing"
SHEEPDAIRY = HERE / "corpus" / "sheepdairy"
STRINGQUARTET = HERE / "corpus" / "stringquartet"
CAVEGUIDES = HERE / "corpus" / "caveguides"
BICYCLECOURIER = HERE / "corpus" / "bicyclecourier"
RUGBYCLUB = HERE / "corpus" / "rugbyclub"
SEEDBANK = HERE / "corpus" / "seedbank"
CLOCKTOWER = HERE / "corpus" / "clocktower"
HOVERCRAFT = HERE / "corpus" / "hovercraft"
FOSSILCLUB = HERE / "corpus" / "fossilclub"
PAPERMILL = HERE / "corpus" / "papermill"
LLAMATREK = HERE / "corpus" / "llamatrek"
GONDOLA = HERE / "corpus" / "gondola"
HOTSPRING = HERE / "corpus" / "hotspring"
KELPFARM = HERE / "corpus" / "kelpfarm"
RODEO = HERE / "corpus" / "rodeo"
TINSMITH = HERE / "corpus" / "tinsmith"
PIGEONRACING = HERE / "corpus" / "pigeonracing"
BOBSLEIGH = HERE / "corpus" / "bobsleigh"
MAPLESYRUP = HERE / "corpus" / "maplesyrup"
LIDARSURVEY = HERE / "corpus" / "lidarsurvey"
BELLOWS = HERE / "corpus" / "bellows"
SNOWPLOUGH = HERE / "corpus" / "snowplough"
WATCHTOWER = HERE / "corpus" / "watchtower"
PUPPETMAKER = HERE / "corpus" / "puppetmaker"
ROOFERS = HERE / "corpus" / "roofers"
GLIDINGCLUB = HERE / "corpus" / "glidingclub"
SUSHIBAR = HERE / "corpus" / "sushibar"
CHAIRLIFT = HERE / "corpus" / "chairlift"
PARAMEDICS = HERE / "corpus" / "paramedics"
GREENHOUSE = HERE / "corpus" / "greenhouse"
TOYSHOP = HERE / "corpus" / "toyshop"
TEXTILEMILL = HERE / "corpus" / "textilemill"
OPTICIANS = HERE / "corpus" / "opticians"
BUSHCRAFT = HERE / "corpus" / "bushcraft"
PIPEBAND = HERE / "corpus" / "pipeband"
GYMNASTICS = HERE / "corpus" / "gymnastics"
BEACHHUTS = HERE / "corpus" / "beachhuts"
STEELFAB = HERE / "corpus" / "steelfab"
WILDLIFERESCUE = HERE / "corpus" / "wildliferescue"
CALLIGRAPHY = HERE / "corpus" / "calligraphy"
FLORIST = HERE / "corpus" / "florist"
BOATYARD = HERE / "corpus" / "boatyard"
YOGARETREAT = HERE / "corpus" / "yogaretreat"
VINYLSHOP = HERE / "corpus" / "vinylshop"
SECLISTS = HERE / "corpus" / "seclists"
CORPORA = {name: (d / "attacks.jsonl", d / "benign.jsonl")
           for name, d in (("devtext", DEVTEXT), ("manuals", MANUALS), ("notes", NOTES),
                           ("workplace", WORKPLACE), ("platform", PLATFORM),
                           ("dataplatform", DATAPLATFORM), ("formats", FORMATS),
                           ("querylangs", QUERYLANGS), ("ops", OPS), ("code", CODE),
                           ("science", SCIENCE), ("commerce", COMMERCE),
                           ("health", HEALTH), ("community", COMMUNITY),
                           ("finance", FINANCE), ("iot", IOT),
                           ("education", EDUCATION), ("travel", TRAVEL),
                           ("realestate", REALESTATE), ("media", MEDIA),
                           ("logistics", LOGISTICS), ("civic", CIVIC),
                           ("hospitality", HOSPITALITY), ("telecom", TELECOM),
                           ("sports", SPORTS), ("automotive", AUTOMOTIVE),
                           ("agriculture", AGRICULTURE), ("events", EVENTS),
                           ("legal", LEGAL), ("pharma", PHARMA), ("hr", HR),
                           ("insurance", INSURANCE), ("energy", ENERGY),
                           ("gaming", GAMING), ("social", SOCIAL),
                           ("construction", CONSTRUCTION), ("aviation", AVIATION),
                           ("gis", GIS), ("library", LIBRARY), ("transit", TRANSIT),
                           ("manufacturing", MANUFACTURING), ("support", SUPPORT),
                           ("veterinary", VETERINARY), ("maritime", MARITIME),
                           ("banking", BANKING), ("nonprofit", NONPROFIT),
                           ("music", MUSIC), ("surveillance", SURVEILLANCE),
                           ("genealogy", GENEALOGY), ("weather", WEATHER),
                           ("delivery", DELIVERY), ("fitness", FITNESS),
                           ("localization", LOCALIZATION), ("astronomy", ASTRONOMY),
                           ("recipes", RECIPES), ("publishing", PUBLISHING),
                           ("museum", MUSEUM), ("maker", MAKER), ("biolab", BIOLAB),
                           ("tax", TAX), ("hamradio", HAMRADIO), ("patents", PATENTS),
                           ("chess", CHESS), ("lexicon", LEXICON),
                           ("electronics", ELECTRONICS), ("mathforum", MATHFORUM),
                           ("crypto", CRYPTO), ("newsletter", NEWSLETTER),
                           ("smarthome", SMARTHOME), ("bi", BI), ("regexhelp", REGEXHELP),
                           ("dating", DATING), ("subtitles", SUBTITLES),
                           ("crafts", CRAFTS), ("minecraft", MINECRAFT),
                           ("mailclient", MAILCLIENT), ("wiki", WIKI),
                           ("roblox", ROBLOX), ("marketing", MARKETING),
                           ("prompts", PROMPTS), ("podcast", PODCAST),
                           ("fashion", FASHION), ("gardening", GARDENING),
                           ("cycling", CYCLING), ("homebrew", HOMEBREW),
                           ("boardgames", BOARDGAMES), ("ttrpg", TTRPG),
                           ("photography", PHOTOGRAPHY), ("dispatch", DISPATCH),
                           ("packages", PACKAGES), ("fanfiction", FANFICTION),
                           ("parish", PARISH), ("auctions", AUCTIONS),
                           ("accessibility", ACCESSIBILITY), ("appstore", APPSTORE),
                           ("theater", THEATER), ("outdoors", OUTDOORS),
                           ("annotation", ANNOTATION), ("cosmetics", COSMETICS),
                           ("spreadsheets", SPREADSHEETS), ("hpc", HPC),
                           ("retrocomputing", RETROCOMPUTING), ("aquarium", AQUARIUM),
                           ("chemistry", CHEMISTRY), ("networking", NETWORKING),
                           ("typography", TYPOGRAPHY), ("karaoke", KARAOKE),
                           ("bibliography", BIBLIOGRAPHY), ("notebooks", NOTEBOOKS),
                           ("esports", ESPORTS), ("crashreports", CRASHREPORTS),
                           ("mapmaking", MAPMAKING), ("pharmacyops", PHARMACYOPS),
                           ("smartcontracts", SMARTCONTRACTS), ("cinema", CINEMA),
                           ("beekeeping", BEEKEEPING), ("escaperooms", ESCAPEROOMS),
                           ("translationmemory", TRANSLATIONMEMORY),
                           ("railfans", RAILFANS), ("childcare", CHILDCARE),
                           ("dentistry", DENTISTRY), ("woodworking", WOODWORKING),
                           ("birdwatching", BIRDWATCHING), ("tattoo", TATTOO),
                           ("angling", ANGLING), ("orchestra", ORCHESTRA),
                           ("ceramics", CERAMICS), ("winery", WINERY),
                           ("locksmith", LOCKSMITH), ("genomics", GENOMICS),
                           ("kiosks", KIOSKS), ("printshop", PRINTSHOP),
                           ("droneops", DRONEOPS), ("parking", PARKING),
                           ("climbinggym", CLIMBINGGYM), ("carsharing", CARSHARING),
                           ("radiology", RADIOLOGY), ("bakery", BAKERY),
                           ("coworking", COWORKING), ("funeral", FUNERAL),
                           ("pawnshop", PAWNSHOP), ("janitorial", JANITORIAL),
                           ("firestation", FIRESTATION), ("laundromat", LAUNDROMAT),
                           ("petgrooming", PETGROOMING), ("recycling", RECYCLING),
                           ("rowingclub", ROWINGCLUB), ("skiresort", SKIRESORT),
                           ("selfstorage", SELFSTORAGE), ("bowling", BOWLING),
                           ("solarinstall", SOLARINSTALL), ("quarry", QUARRY),
                           ("catering", CATERING), ("archery", ARCHERY),
                           ("hvac", HVAC), ("tailoring", TAILORING),
                           ("marina", MARINA), ("pestcontrol", PESTCONTROL),
                           ("carwash", CARWASH), ("animalshelter", ANIMALSHELTER),
                           ("signshop", SIGNSHOP), ("chiropractic", CHIROPRACTIC),
                           ("movingco", MOVINGCO), ("glassworks", GLASSWORKS),
                           ("sailingschool", SAILINGSCHOOL), ("pipeorgan", PIPEORGAN),
                           ("escrow", ESCROW), ("falconry", FALCONRY),
                           ("lighthouse", LIGHTHOUSE), ("dialysis", DIALYSIS),
                           ("printmaking", PRINTMAKING), ("vineyardtours", VINEYARDTOURS),
                           ("curling", CURLING), ("stormchasers", STORMCHASERS),
                           ("bookbinding", BOOKBINDING), ("mushroomfarm", MUSHROOMFARM),
                           ("harbortugs", HARBORTUGS), ("planetarium", PLANETARIUM),
                           ("saddlery", SADDLERY), ("icecream", ICECREAM),
                           ("ropeaccess", ROPEACCESS), ("organicbox", ORGANICBOX),
                           ("tidepool", TIDEPOOL),
                           ("kiteschool", KITESCHOOL),
                           ("taxidermy", TAXIDERMY),
                           ("canalboats", CANALBOATS),
                           ("pianotuning", PIANOTUNING),
                           ("clockrepair", CLOCKREPAIR),
                           ("alpacafarm", ALPACAFARM),
                           ("swimschool", SWIMSCHOOL),
                           ("radiostation", RADIOSTATION),
                           ("glacierguides", GLACIERGUIDES),
                           ("foodbank", FOODBANK),
                           ("tileworks", TILEWORKS),
                           ("velodrome", VELODROME),
                           ("bellfoundry", BELLFOUNDRY),
                           ("seedlibrary", SEEDLIBRARY),
                           ("dronerepair", DRONEREPAIR),
                           ("circusschool", CIRCUSSCHOOL),
                           ("hotairballoon", HOTAIRBALLOON),
                           ("quilting", QUILTING),
                           ("scrapyard", SCRAPYARD),
                           ("puppettheatre", PUPPETTHEATRE),
    ("bonsainursery", BONSAINURSERY), ("lifeguards", LIFEGUARDS),
    ("cheesemaker", CHEESEMAKER), ("ferryline", FERRYLINE),
    ("icerink", ICERINK), ("stainedglass", STAINEDGLASS),
    ("tramway", TRAMWAY), ("sheepdogtrials", SHEEPDOGTRIALS),
    ("funfair", FUNFAIR), ("chimneysweep", CHIMNEYSWEEP),
    ("allotments", ALLOTMENTS), ("brassband", BRASSBAND),
    ("canoehire", CANOEHIRE), ("lavenderfarm", LAVENDERFARM),
    ("dogwalkers", DOGWALKERS), ("tidemill", TIDEMILL),
    ("mountainhut", MOUNTAINHUT), ("sailmaker", SAILMAKER),
    ("blacksmith", BLACKSMITH), ("ciderpress", CIDERPRESS),
    ("bikerepair", BIKEREPAIR), ("skatepark", SKATEPARK),
    ("weddingvenue", WEDDINGVENUE), ("treesurgeon", TREESURGEON),
    ("climbingwall", CLIMBINGWALL), ("pianoschool", PIANOSCHOOL),
    ("oysterfarm", OYSTERFARM), ("repaircafe", REPAIRCAFE),
    ("bellringers", BELLRINGERS), ("fishmarket", FISHMARKET),
    ("stonemason", STONEMASON), ("cobbler", COBBLER),
    ("chocolatier", CHOCOLATIER), ("farrier", FARRIER),
    ("sauna", SAUNA), ("choir", CHOIR),
    ("kennels", KENNELS), ("soapmaking", SOAPMAKING),
    ("paragliding", PARAGLIDING), ("mosaic", MOSAIC),
    ("bridgeclub", BRIDGECLUB), ("lifeboat", LIFEBOAT),
    ("orchard", ORCHARD), ("knitting", KNITTING),
    ("harpmaker", HARPMAKER), ("potholerepair", POTHOLEREPAIR),
    ("ropewalk", ROPEWALK), ("exhibitworks", EXHIBITWORKS),
    ("milliner", MILLINER), ("cooperage", COOPERAGE),
    ("thatcher", THATCHER), ("zookeeper", ZOOKEEPER),
    ("lockkeeper", LOCKKEEPER), ("perfumery", PERFUMERY),
    ("bowlsclub", BOWLSCLUB), ("signwriter", SIGNWRITER),
    ("ferrier", FERRIER), ("harbourmaster", HARBOURMASTER),
    ("puppetry", PUPPETRY), ("ciderorchard", CIDERORCHARD),
    ("lacemaker", LACEMAKER), ("fireworks", FIREWORKS),
    ("wheelwright", WHEELWRIGHT), ("shepherdhut", SHEPHERDHUT),
    ("windmill", WINDMILL), ("candlemaker", CANDLEMAKER),
    ("bookshop", BOOKSHOP), ("carpetweaver", CARPETWEAVER),
    ("sawmill", SAWMILL), ("fishhatchery", FISHHATCHERY),
    ("saltworks", SALTWORKS), ("tannery", TANNERY),
    ("distillery", DISTILLERY), ("campsite", CAMPSITE),
    ("tollbridge", TOLLBRIDGE), ("dyeworks", DYEWORKS),
    ("couriers", COURIERS), ("mountainrescue", MOUNTAINRESCUE),
    ("luthier", LUTHIER), ("shearing", SHEARING),
    ("villagehall", VILLAGEHALL), ("dairy", DAIRY),
    ("upholstery", UPHOLSTERY), ("divingschool", DIVINGSCHOOL),
    ("roastery", ROASTERY), ("fencingclub", FENCINGCLUB),
    ("schoolbus", SCHOOLBUS), ("hedgelaying", HEDGELAYING),
    ("rafting", RAFTING), ("orienteering", ORIENTEERING),
    ("scaffolding", SCAFFOLDING),
    ("philately", PHILATELY),
    ("dogsled", DOGSLED), ("buskers", BUSKERS),
    ("trufflehunt", TRUFFLEHUNT), ("canyoning", CANYONING),
    ("organbuilder", ORGANBUILDER), ("ferryterminal", FERRYTERMINAL),
    ("wildfirecrew", WILDFIRECREW), ("icefishing", ICEFISHING),
    ("sheepdairy", SHEEPDAIRY), ("stringquartet", STRINGQUARTET),
    ("caveguides", CAVEGUIDES), ("bicyclecourier", BICYCLECOURIER),
    ("rugbyclub", RUGBYCLUB), ("seedbank", SEEDBANK),
    ("clocktower", CLOCKTOWER), ("hovercraft", HOVERCRAFT),
    ("fossilclub", FOSSILCLUB), ("papermill", PAPERMILL),
    ("llamatrek", LLAMATREK), ("gondola", GONDOLA),
    ("hotspring", HOTSPRING), ("kelpfarm", KELPFARM),
    ("rodeo", RODEO), ("tinsmith", TINSMITH),
    ("pigeonracing", PIGEONRACING), ("bobsleigh", BOBSLEIGH),
    ("maplesyrup", MAPLESYRUP), ("lidarsurvey", LIDARSURVEY),
    ("bellows", BELLOWS), ("snowplough", SNOWPLOUGH),
    ("watchtower", WATCHTOWER), ("puppetmaker", PUPPETMAKER),
    ("roofers", ROOFERS), ("glidingclub", GLIDINGCLUB),
    ("sushibar", SUSHIBAR), ("chairlift", CHAIRLIFT),
    ("paramedics", PARAMEDICS), ("greenhouse", GREENHOUSE),
    ("toyshop", TOYSHOP), ("textilemill", TEXTILEMILL),
    ("opticians", OPTICIANS), ("bushcraft", BUSHCRAFT),
    ("pipeband", PIPEBAND), ("gymnastics", GYMNASTICS),
    ("beachhuts", BEACHHUTS), ("steelfab", STEELFAB),
    ("wildliferescue", WILDLIFERESCUE), ("calligraphy", CALLIGRAPHY),
    ("florist", FLORIST), ("boatyard", BOATYARD),
    ("yogaretreat", YOGARETREAT), ("vinylshop", VINYLSHOP))}
# attacks only: SecLists' payload lists, held out (its README)
CORPORA["seclists"] = (SECLISTS / "attacks.jsonl",)
FILES = CORPORA["devtext"]


def load(paths=FILES):
    """[{id, label, category, class (attacks), source, origin, value}]"""
    items = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                it = json.loads(line)
                it["origin"] = it.get("class", it["category"])
                it["source"] = path.stem
                items.append(it)
    return items


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", choices=sorted(CORPORA), default="devtext")
    p.add_argument("--placement", default="query,json")
    p.add_argument("--show", action="store_true")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as d:
        replayed, problems = ce.measure(Path(d), tuple(args.placement.split(",")),
                                        items=load(CORPORA[args.corpus]))
    ce.report(ce.summarize(replayed))
    for problem in problems[:20]:
        print("error log:", problem)
    if args.show:
        for placement, data in replayed[ce.CORPUS].items():
            for it, status in data["results"]:
                o = ce.cr.outcome(status)
                if (o == "waf" and it["label"] == "benign") or (
                        o == "pass" and it["label"] == "attack"):
                    rules = data.get("rules", {}).get(ce.cd.request_id(it, placement))
                    print(json.dumps({"placement": placement, "id": it["id"],
                                      "category": it["category"], "rules": rules,
                                      "value": it["value"]}, ensure_ascii=False))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
