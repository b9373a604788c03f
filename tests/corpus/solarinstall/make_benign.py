#!/usr/bin/env python3
"""Benign corpus for solarinstall (residential solar installer). Stdlib only."""
import json
import os
import random

SEED = 16601
PREFIX = "hbfa"
PER_CAT = 80

LIT = {}

LIT["site_survey"] = [
    "Site survey done 3/14, homeowner present the whole time.",
    "Main panel is a 200A Square D QO, bus rated 225A — 120% rule gives us 40A backfeed max.",
    "Meter on the north wall, ~38 ft run to the proposed inverter location in the garage.",
    "Attic access through hall closet; 2x6 rafters @ 24\" o.c., no visible sag.",
    "Customer asked if we can avoid the front of the house (HOA). Told them we'd try south + west only.",
    "Dog in backyard — call before arriving!!",
    "Gate code 4471#, park on the street not the driveway.",
    "Roof: comp shingle, ~8 yrs old per owner. Pitch 6/12 on main, 4/12 on the porch.",
    "Existing sub-panel in garage (100A) — feeds the shop. Don't touch.",
    "Electrical: Zinsco panel 😬 → needs MPU before anything else. Added to quote.",
    "Found knob & tube in the attic over the kitchen, flagged for customer, not in our scope.",
    "Survey photos uploaded to /surveys/2024/0314_Hernandez/ (42 files).",
    "Measured array area A: 31' x 14'. Area B: 18' x 11' minus the vent stack.",
    "Grounding electrode: single rod, need a second one 6 ft away per NEC 250.53.",
    "Wi-Fi signal at inverter location is weak (-78 dBm). Suggest ethernet or a cell modem.",
    "Owner: Siobhan O'Connor, cell (555) 201-4490, prefers texts after 5pm.",
    "Wants battery backup for the well pump & fridge only. Critical loads panel?",
    "Sun Eye readings: TSRF 87% / 91% / 79% for planes 1-3.",
    "Note -- customer said the previous installer's quote was 'way too high'.",
    "Conduit path: exterior, along the eave, then down the east wall. Paint to match (beige).",
    "Mobile home — NOT eligible for roof mount. Offer ground mount instead?",
    "Chimney on the south face casts a shadow until ~10am in winter.",
    "Line side tap possible? Meter-main combo, so probably not. Check with utility.",
    "Roof is 2 layers of shingles. Reroof recommended before install.",
    "Photo of service drop attached. Overhead, ~14 ft clearance.",
    "The attic has blown-in insulation 12\" deep, crawling is miserable but doable.",
    "Survey rescheduled b/c of rain. New date Tue 4/2 @ 9:30.",
    "Homeowner's son (Dae-jun) will be there instead; he speaks English & Korean.",
    "Encuesta del sitio completada. El cliente prefiere comunicarse en español.",
    "Le client veut savoir si on peut poser les panneaux sur l'abri de jardin.",
    "Zählerschrank im Keller, Platz für Wechselrichter vorhanden.",
    "屋根は南向き、傾斜約30度。影は少ない。",
    "Found a wasp nest under the eave by the proposed conduit run; will need to be removed first.",
    "Azimuth 182° (plane 1), 272° (plane 2). Magnetic declination already corrected.",
    "Tile roof (concrete S-tile). Budget extra for broken tiles & tile hooks.",
    "Ground is rocky; ground-mount piers may need a core drill. Add $$ contingency.",
    "Customer has an EV (Model Y) and plans a second one next year → size up to ~11 kW.",
    "Load calc: existing 168A calculated, after adding heat pump ~190A. Tight but OK.",
    "The garage wall is stucco over foam — use the long lags & find studs.",
    "Owner asked: \"will the panels make my roof leak?\" Explained flashing & warranty.",
    "Survey by Marco & Tuyet. Duration 2h10m.",
    "Skylight on plane 2, keep 18\" clear around it.",
    "Neighbor's oak (approx 45 ft) to the SW. Shading in Dec afternoons.",
    "Meter #: 88-4410-2297. Utility: PG&E. Rate plan E-TOU-C.",
    "Existing solar (2011, 12 panels) to be removed & disposed. Customer OK with that.",
    "Rafter span 13'6\" — structural letter likely needed.",
    "Not home at arrival, waited 20 min, called twice, left a door hanger.",
    "Flagstaff — snow load 40 psf. Use racking rated for it.",
    "NOTE: customer is hard of hearing, please text rather than call.",
    "Ridge vent runs the full length, keep 3 ft setback from ridge per fire code.",
    "Panel label is painted over; breaker ratings read by flashlight: 2x 30A, 1x 40A, rest 15/20A.",
    "Survey checklist: roof ✔ electrical ✔ shading ✔ photos ✔ customer signature ✘ (pending)",
    "Duplex — two meters. Customer only owns the left unit (meter B).",
]

LIT["roof_shading"] = [
    "Shade report: annual solar access 92%, worst month December (71%).",
    "Trim the pine on the east side and we gain ~6% production. Customer will ask the neighbor.",
    "Plane 3 is below 75% TSRF, dropping it from the design.",
    "Rafters are 2x4 @ 24\" — engineer says sister every other rafter under the array.",
    "Roof replaced 2019, 30-yr architectural shingle. Good to go.",
    "Vent pipes: 4 on plane 1. Can we move two? Plumber quote $380.",
    "Fire setbacks: 36\" from ridge, 18\" on each side of hips & valleys.",
    "Metal standing-seam roof, S-5! clamps, no penetrations. Nice.",
    "Leak reported under array row 2 — flashing on mount #7 looks lifted in the photo.",
    "The dormer shades the left 3 modules until noon; use optimizers on that string.",
    "Horizon profile: obstructions > 20° elevation between azimuth 110°-140°.",
    "Flat roof (TPO), ballasted racking, need roof load < 5 psf additional.",
    "Roof is shot — soft spots near the chimney. Refer to roofer before any install.",
    "Tree trimming scheduled 5/7, customer paying the arborist directly.",
    "Gutter guards are in the way of the conduit, will route through the attic instead.",
    "Snow guards requested above the front door so snow doesn't slide onto people.",
    "Plane A | 182° | 26° | 18 modules\nPlane B | 92° | 26° | 8 modules\nPlane C | 272° | 18° | 6 modules",
    "Shade from the satellite dish — customer says it's unused, OK to remove.",
    "Pitch measured with the app: 22.6°, call it 5/12.",
    "Morning shade from the neighbor's 2-story house — unavoidable, modelled in Aurora.",
    "Asked the customer to clear the moss before install; gave them a contact.",
    "Skylights ×2, solar tube ×1. Keep them clear; design updated (rev C).",
    "Wood shake roof. We don't install on shake, sorry — reroof required.",
    "Clay tile is brittle; walk only on the battens. Budget 10-15 replacement tiles.",
    "Valley on the west side collects leaves, don't put modules within 18\".",
    "Rooftop HVAC unit casts a long shadow in winter, drop the northern-most row.",
    "Ridge beam looks fine, but the collar ties are missing on the garage section.",
    "Eaves overhang 24\", keep modules 12\" back from the edge.",
    "Shading analysis: see attachment shade_report_v2.pdf (pages 3-5).",
    "Mid-day shade < 2% — great site.",
    "Roof deck is 1/2\" OSB, delaminating near the vent. Replace 2 sheets.",
    "Dachneigung 35°, Ausrichtung Süd-West. Verschattung durch Gaube gering.",
    "Toit en ardoise — il faut des crochets spéciaux.",
    "El techo tiene goteras cerca de la chimenea; el cliente lo va a reparar primero.",
    "Shading loss per string: S1 3.1%, S2 8.7%, S3 12.4% (S3 on optimizers).",
    "Roof faces are east/west only. Production ~15% lower than a south roof, customer is OK with that.",
    "Tree is the city's (street tree). Can't trim without a permit from Parks.",
    "The attic showed old water stains but dry with a moisture meter (<12%).",
    "Roof age unknown — owner guesses 'maybe 15 years?'. Inspect granule loss.",
    "Structural calc passes: dead load 3.2 psf, rafter stress ratio 0.78.",
    "Low-slope porch roof 2/12 — not suitable for our rails, skip it.",
    "Chimney cricket needs re-flashing; flag to roofer, not us.",
    "Winter solstice sun path clears the ridge of the neighbor's garage by ~3°.",
    "Trees: 3 × maple (deciduous) → loss mostly in summer when leaves are out.",
    "Stack vent relocation done by Dave (plumbing) on 6/3.",
    "Please don't step on the ridge cap, it's already cracked.",
    "Shade report → Solmetric files in /projects/1187/shade/. Sun Eye raw *.sey too.",
    "Roof layout locked after customer approved option B (22 modules, no front face).",
    "屋顶朝南，有一棵大树在西侧，下午有遮挡。",
    "Hail damage on the north face; insurance claim in progress, wait for the new roof.",
    "Bird nesting under the array at the last job — recommend critter guard here too.",
    "Modules must be ≥ 3 ft from the property line for the ground mount (county rule).",
]

LIT["equipment_specs"] = [
    "REC Alpha Pure-R 430W, Voc 59.1 V, Isc 9.2 A.",
    "Inverter: SolarEdge SE7600H-US, 7.6 kW AC, HD-Wave.",
    "Enphase IQ8M-72-2-US micros, one per module, 330 VA.",
    "String sizing: 11 modules × Voc 49.5 V × 1.14 (cold temp factor) = 620.7 V < 600 V?? no — too high, drop to 10.",
    "Battery: Tesla Powerwall 3, 13.5 kWh usable, 11.5 kW continuous.",
    "Qcells Q.TRON BLK M-G2+ 420W — in stock at the warehouse (48 pcs).",
    "Racking: IronRidge XR10 rails, FlashFoot2 mounts, max span 72\".",
    "DC/AC ratio 1.25, clipping estimated < 1%.",
    "Temp coefficient Pmax -0.26 %/°C, better than the old panels (-0.39).",
    "Wire: #10 AWG PV wire in the array, #8 THWN-2 in conduit to the inverter.",
    "Rapid shutdown: module-level, compliant with NEC 690.12 (2020).",
    "Compare: Panel A (410W, $0.31/W) vs Panel B (430W, $0.34/W) → B is better $/kWh over 25 yrs.",
    "Enphase IQ Combiner 5C w/ IQ Gateway, cellular modem included.",
    "Module dims 1722 × 1134 × 30 mm, 21.0 kg.",
    "Max system voltage 1000 V (IEC) / 600 V (UL) — we design to 600 V for residential.",
    "Inverter efficiency (CEC) 99.0%, max DC input 11,800 W.",
    "SMA Sunny Boy 6.0-US-41 with SunSpec RSD transmitters.",
    "Optimizer S440 on each module, string length 8-25 per inverter input.",
    "Fronius Primo GEN24 Plus 8.0, hybrid, with BYD HVS 10.2 battery.",
    "Spec sheet link: https://www.example-solar-datasheets.com/rec/alpha-pure-r.pdf",
    "Degradation: ≤0.25%/yr, 92% guaranteed at year 25.",
    "Need the new ULs: UL 1741 SB certification for the inverter, utility requires it.",
    "Breaker: 40A 2-pole backfeed, Eaton BR240, at the opposite end from the main.",
    "Modules: 24 × 410 W = 9.84 kW DC. Inverter 7.6 kW AC. Ratio 1.29.",
    "Micro inverter IQ8A max input 1.3 A? No — max DC current is 14 A. Typo in the old sheet.",
    "Use 1\" EMT from the junction box to the inverter; 3/4\" is too small for 6 conductors + EGC.",
    "Panel warranty 25 yr product / 25 yr performance. Inverter 12 yr, extendable to 25.",
    "Battery round-trip efficiency 89% (AC-coupled) vs 97.5% (DC-coupled).",
    "Generac PWRcell with 4 modules (12 kWh), SnapRS on every panel.",
    "Wechselrichter: Huawei SUN2000-10KTL-M1, Speicher LUNA2000 10 kWh.",
    "Onduleur SolarEdge, optimiseurs P401, 18 panneaux 400 Wc.",
    "Inversor de 6 kW, 16 paneles de 420 W, estructura coplanar.",
    "Voc(max) = 49.2 V × [1 + (-0.0027 × (-15 - 25))] = 54.5 V per module.",
    "Datasheet says operating temp -40°C to +85°C.",
    "IQ8 → sunlight backup without a battery (daytime only). Customer loved that.",
    "Out of stock: REC 430. Substituting Qcells 425 (same footprint ±5 mm). Customer approved.",
    "Max series fuse 25 A; string Isc 13.9 A × 1.56 = 21.7 A → OK, no fuses needed with 2 strings.",
    "Monitoring CT clamps: 2 × 200 A on the mains, 1 × 50 A on the PV circuit.",
    "Critical loads panel: 12-circuit, 100 A bus. Loads: fridge, well pump, router, 2 lighting circuits.",
    "The inverter fan is loud; install it in the garage, not the bedroom wall.",
    "Firmware on the gateway is 8.2.4225 — update before commissioning.",
    "Half-cut cells, 108 cell layout (6×18).",
    "Bifacial modules on the ground mount, albedo gain estimated ~5%.",
    "Model number has a slash: SE10000H/US — check the label, not the spec sheet.",
    "Ampacity: #10 Cu @ 90°C = 40 A, derated for 4-6 conductors (80%) and 45°C ambient (0.87) → 27.8 A.",
    "Lithium iron phosphate (LFP) chemistry; no thermal runaway concerns like NMC.",
    "AC disconnect: 60A non-fused, lockable, within sight of the meter (utility requirement).",
    "Module comparison table:\n| Model | W | Eff | $/W |\n|---|---|---|---|\n| REC Alpha | 430 | 22.3% | 0.34 |\n| Qcells Tron | 425 | 21.8% | 0.31 |",
    "Black frame + black backsheet per customer request (all-black look).",
    "Ground mount: 2 rows × 12 modules, landscape, 30° tilt, 4 ft clearance.",
    "Inverter error on the bench test: 'Isolation fault' — likely a pinched wire in the string. Megger it.",
    "Is 8 kW enough for a house that uses ~11,000 kWh/yr? Yes, roughly 1,400 kWh/kW/yr here.",
]

LIT["permits"] = [
    "Permit submitted to City of Fresno, application #BLD-2024-01187.",
    "Plan check comments: 1) show rafter size, 2) add fire setback dims, 3) label AC disconnect.",
    "Resubmitted with rev B drawings 4/9. Plan checker: J. Alvarez.",
    "Permit fee $450 + $85 plan review. Paid by card, receipt in the folder.",
    "Inspection scheduled Thu 10-2 window. Need ladder & roof access for the inspector.",
    "Inspection FAILED: missing placard at the main panel, conduit not supported within 3 ft of box.",
    "Re-inspection passed ✅ — final sign-off on the card.",
    "HOA approval letter received; attach to the permit package.",
    "County requires a structural stamp for anything over 4 psf. Ours is 3.1 psf, so no stamp.",
    "SolarAPP+ eligible → instant permit. Yay.",
    "Jurisdiction: unincorporated county, not the city. Different portal.",
    "Permit expired (180 days no inspection). Need to request an extension — $75.",
    "Placard text: \"CAUTION: POWER TO THIS BUILDING IS ALSO SUPPLIED FROM A ROOF MOUNTED SOLAR ARRAY\".",
    "Plan set: PV-1 cover, PV-2 site plan, PV-3 roof plan, PV-4 SLD, PV-5 labels, PV-6 spec sheets.",
    "Setback variance request for plane B (only 30\" from ridge). Fire marshal said no.",
    "The permit portal is down again, will upload tomorrow morning.",
    "Electrical permit separate from building permit in this town — submit both.",
    "Inspector wanted to see the torque values on the lugs; photo of the torque wrench reading uploaded.",
    "Historic district → design review board meeting on the 3rd Tuesday. Modules must not be visible from the street.",
    "Permit # E24-003391 (electrical) / B24-001872 (building).",
    "Homeowner pulled their own permit (owner-builder). We're just the installer on record? Check with legal.",
    "Plan check comment: 'provide calculation for 120% rule' — added to PV-4 notes.",
    "Inspection note: \"Grounding bushing required on the metal conduit entering the panel.\"",
    "Fire dept. requires a rapid shutdown switch at the meter, not just the label.",
    "Permit approved in 6 business days. Fastest one this year.",
    "Building dept. email: permits@cityofexample.gov, phone (555) 300-1200 ext. 4.",
    "Structural letter by Hahn Engineering, PE stamp #C-77812, dated 2/28.",
    "Drawings revised: moved the AC disconnect to the left of the meter (utility request).",
    "Permiso de obra aprobado. La inspección final es el 12 de junio.",
    "Baugenehmigung nicht erforderlich (genehmigungsfrei nach LBO).",
    "Permis de construire : déclaration préalable déposée en mairie le 5 mars.",
    "Inspector asked \"where's the grounding electrode conductor?\" → it's behind the meter, photo #17.",
    "Permit cost breakdown: base $300 + $15/kW over 4 kW → 9.8 kW = $387.",
    "Need the signed owner authorization form (PDF) before the city will accept the application.",
    "Upload path on the portal: My Permits > BLD-2024-01187 > Attachments > Add.",
    "Plan reviewer rejected the spec sheet — it was the 400 W version, we're using 410 W. Re-uploaded.",
    "Pending: fire department review (est. 2 weeks).",
    "Final inspection: passed with comments (\"label faded, replace within 30 days\").",
    "Permit card must be posted in a window visible from the street during the work.",
    "Town requires a licensed electrician on site for the inspection — Ray is going.",
    "Zoning: R-1. Ground mount must be behind the front building line & < 12 ft tall.",
    "Submitted the permit on a Friday at 4:55 pm lol, so it'll be Monday before anyone looks.",
    "Plans stamped 'APPROVED — FIELD COPY MUST BE ON SITE'.",
    "Plan check round 3?! They want the battery clearance dims (36\" in front). Added to PV-3.",
    "Code cycle: 2020 NEC, 2021 IRC, 2022 CA Fire Code.",
    "Permit status: In Review → Corrections Required → Resubmitted → Approved.",
    "Fee waived for solar under the state's SB 379 automated permitting.",
    "Inspection window today 8am-12pm. Customer will leave the side gate unlocked.",
    "Drawing note 7: \"All exterior conduit to be painted to match the existing wall color.\"",
    "Inspector name: Pat Nguyen, mobile (555) 448-0091. Prefers calls not texts.",
    "The county's e-permit site needs PDFs < 10 MB; compressed the plan set from 23 MB to 6 MB.",
    "Engineering letter references ASCE 7-16, wind 110 mph exposure C.",
]

LIT["interconnection"] = [
    "Interconnection application submitted to the utility, queue #IC-448812.",
    "NEM 3.0 applies (application after 4/14/2023). Battery strongly recommended.",
    "PTO received 🎉 — customer can turn the system on.",
    "Utility wants a single-line diagram with the meter number on it. Revised SLD attached.",
    "Net meter swap scheduled by the utility: 5/22 (they don't give a time window).",
    "Application fee $145, paid via the utility portal.",
    "Customer signature needed on the Interconnection Agreement (DocuSign sent).",
    "Utility rejected: 'inverter not on the approved equipment list'. It is on the CEC list — called them.",
    "Export limit 10 kW per the utility's fast-track rules; we're at 7.6 kW AC so fine.",
    "Supplemental review required because the feeder is > 15% penetration.",
    "Utility witness test waived.",
    "The utility account # is 0012-3344-55 and the name on the account must match the applicant.",
    "Name mismatch: account is under the late husband's name. Customer needs to transfer it first.",
    "Meter change complete; bidirectional meter installed (Itron).",
    "Interconnection timeline: submit → approval (~10 BD) → install → inspection → PTO (~2-4 weeks).",
    "NEM aggregation for the barn meter? Utility says only if same parcel & same customer.",
    "Net billing tariff: export credits ~ $0.05-0.08/kWh depending on hour.",
    "Customer asked why they can't turn it on after the city passed it. Explained PTO ≠ permit.",
    "Anschlussanmeldung beim Netzbetreiber eingereicht. Zählerwechsel folgt.",
    "Demande de raccordement envoyée à Enedis, délai annoncé 4 semaines.",
    "Solicitud de interconexión enviada a la distribuidora; esperando respuesta.",
    "Upload the commissioning report + final permit card to the utility portal for PTO.",
    "Utility requires a visible, lockable AC disconnect within 10 ft of the meter.",
    "Utility inspector note: 'Meter socket damaged, customer to replace before meter set.'",
    "Queue position 38. Estimated approval in 3-6 weeks.",
    "Interconnection Agreement v2.1 (Rule 21) signed by both parties on 6/2.",
    "Smart inverter settings: Volt-VAR & Volt-Watt enabled per CA Rule 21 profile.",
    "Grid profile loaded: IEEE 1547-2018, Category B.",
    "Customer's rate switched to EV2-A automatically after PTO. Sent them a note about TOU windows.",
    "Utility portal login issues — used the 'forgot password' flow, reset link went to spam.",
    "True-up month is March. First annual bill will be larger, warned the customer.",
    "Export-only meter on the second service? No — utility says one PV system per service point.",
    "Application status: Approved – Pending Meter Exchange.",
    "Utility wants the inverter serial number(s): 7E1234AB-5C (inverter), batteries TG1220... (2).",
    "Load-side connection via a 40A breaker in the main panel, per SLD rev C.",
    "Upgraded the service from 100A to 200A; utility had to disconnect & reconnect (scheduled 8/14).",
    "The transformer serving this street is at capacity — utility may require an upgrade at our cost.",
    "Utility email says \"your project requires a Distribution Upgrade Study\" — budgetary estimate TBD.",
    "Interconnection expedite fee? Doesn't exist for residential, just wait.",
    "ネットメータリングの申請を電力会社に提出しました。",
    "Confirmed with the utility rep (ticket #556712) that a supply-side tap is allowed on this meter.",
    "System size on the application must match the plans exactly: 9.84 kW DC / 7.6 kW AC.",
    "PTO letter dated 7/19 — forwarded to the customer & the finance company (for the milestone payment).",
    "Customer asks: \"Do I need to do anything when the new meter comes?\" → no, just keep the gate open.",
    "Application withdrawn: customer cancelled the project.",
    "Need the utility's 'Authorization to Interconnect' before flipping the AC disconnect on.",
    "The utility rep said 'we're 6 weeks behind' on meter swaps in this district.",
    "Zero-export config required (non-export agreement), set export limit to 0 W in the gateway.",
    "Utility added a condition: install a production meter (revenue grade) for the SREC program.",
    "SREC registration number NJ-12345, credits sold quarterly.",
    "Customer moved — new owner needs to sign a new interconnection agreement (title transfer).",
]

LIT["monitoring"] = [
    "Alert: System offline since 03:12. Probably the router rebooted.",
    "Production down 40% vs last week — it's been cloudy, no action.",
    "Micro #12 not reporting. Schedule a service visit.",
    "Customer changed Wi-Fi password; walked them through re-connecting the gateway.",
    "Inverter error 18xB (ground fault). Tech dispatched.",
    "Battery stuck at 20% — reserve set too high? Customer set it to 'backup only'.",
    "Daily production 42.3 kWh on 6/21, best day so far!",
    "Consumption CT appears reversed (negative load). Flip the CT or fix in software.",
    "Monitoring portal shows 0 W at noon, but the inverter display says 5.2 kW. Comms issue.",
    "Alert rule: notify me if production < 50% of expected for 3 days in a row.",
    "Please stop sending me alerts at 2am, I know it's dark 😂",
    "Cellular modem signal 1 bar. Move the antenna outside?",
    "Firmware update pushed remotely to 14 sites overnight; 1 failed (site 0442), retry tomorrow.",
    "Grid outage 14:05-16:40, battery covered the critical loads. 38% SoC remaining.",
    "String 2 voltage is 0 V — blown fuse or disconnected MC4?",
    "Export to grid: 18.1 kWh, import: 6.4 kWh, self-consumption 64%.",
    "Error code: 'Arc fault detected' → inverter locked out. Do NOT reset without an inspection.",
    "Monitoring dashboard link: https://monitoring.example-solar.com/site/88412/overview",
    "Snow on panels. Production zero. It'll melt, no truck roll.",
    "Optimizer 2-14 reports 2 W all day, others ~300 W. Bad optimizer, RMA it.",
    "Customer wrote: \"App says -3.2 kW consumption, is my house generating electricity?\"",
    "Alert threshold changed from 10% to 20% deviation to reduce noise.",
    "Battery temp high (48°C) in the garage. Recommend ventilation or move it.",
    "Communications restored after the ISP swap (new router, same SSID).",
    "Weekly report: 36 sites OK, 3 warnings, 1 critical (site 0217: inverter offline 4 days).",
    "Inverter fault log:\n2024-05-02 11:41 Grid overvoltage\n2024-05-02 11:42 Reconnecting\n2024-05-02 11:47 Production",
    "Grid voltage hitting 252 V at midday → utility needs to adjust the tap; opened a case.",
    "Alerte : production nulle depuis hier. Vérifier le disjoncteur.",
    "Alarm: Kommunikationsfehler zum Wechselrichter seit 2 Tagen.",
    "Alerta: el sistema no reporta desde el lunes.",
    "Soiling loss estimated 6% (dusty season). Suggest cleaning with water only, no soap.",
    "Gateway IP 192.168.1.47, DHCP reserved on the customer's router.",
    "Gateway can't reach the cloud — firewall at the customer's office blocks outbound 443? They'll check.",
    "Performance ratio 0.82 for May. Expected 0.80-0.85.",
    "Customer asks if they should 'turn it off and on again'. Yes: AC disconnect off 5 min, then on.",
    "Dashboard shows 'No data' for the week of 7/1-7/7, backfilled from the inverter's local log.",
    "Production vs estimate: Jan 102%, Feb 97%, Mar 88% (snow), Apr 104%.",
    "Storm mode activated (forecasted severe weather) — battery charging to 100%.",
    "The consumption graph has spikes to 9 kW every evening → EV charging, normal.",
    "RSD transmitter fault; modules not energizing. Check the PLC signal.",
    "Alert muted for site 0331 during the roof replacement (system off by design).",
    "Low production on the west array after 3pm — new tree growth? Check shade.",
    "Battery cycle count 412, health 97%.",
    "Notification email bounced (customer's address changed) — updated to anna.kowalski@example.net",
    "Polling interval 15 min; 5-min data needs the premium plan.",
    "Inverter display: 'Waiting for grid' — utility had an outage on the street.",
    "Export curtailed at 3.0 kW by the utility limit, production clipped ~11:00-14:00.",
    "Monitoring shows 24 panels but we installed 26 — two micros never provisioned. Scan them in.",
    "Alert count last 30d: 7 → mostly comms drops < 1 h. Low priority.",
    "太陽光発電の発電量が急に下がりました。確認お願いします。",
    "Lifetime production: 48.6 MWh, CO₂ avoided ≈ 34 t.",
    "Grid frequency excursion at 17:22 (59.3 Hz), inverter rode through per 1547 settings.",
]

LIT["financing"] = [
    "Quote #Q-2024-1187: 9.84 kW, $27,552 before incentives ($2.80/W).",
    "Federal tax credit 30% → -$8,265.60. Net cost $19,286.40.",
    "Loan: 25 yr @ 6.99% APR, $139/mo with the ITC paydown by month 18.",
    "Cash price vs loan: cash saves ~$9k in interest over the term.",
    "Customer wants a lease; we don't offer leases, referred to a partner.",
    "PPA rate $0.14/kWh with 2.9% escalator. Compare to utility at $0.31/kWh.",
    "Payback period: ~7.5 yrs. IRR 11%.",
    "Deposit $1,000 received (check #4412). Balance due at PTO.",
    "Financing approved — credit tier A, no dealer fee.",
    "Dealer fee 19% on the 1.49% loan, so the 'cheap' loan is actually more expensive. Explained to customer.",
    "Quote expires 30 days from issue (6/15).",
    "Rebate: state battery incentive $150/kWh → 13.5 kWh × 150 = $2,025.",
    "Customer asked: \"Can I get the tax credit if I'm retired and don't owe taxes?\" → talk to a CPA.",
    "Option A (panels only) $24,900 | Option B (+ battery) $38,400 | Option C (+ 2 batteries) $49,900",
    "Milestones: 10% at signing, 60% at install, 30% at PTO.",
    "The finance company needs a copy of the signed contract & a photo of the install.",
    "Monthly bill now ~$240 → estimated ~$35 (connection charges only) after solar.",
    "Escalator 0% vs 2.9%: 0% starts higher ($0.17) but is cheaper after year 9.",
    "Presupuesto: 8 kW, 22.400 €, IVA incluido. Subvención disponible del 40%.",
    "Angebot: 10 kWp, 18.900 € netto, Speicher optional +7.200 €.",
    "Devis : 6 kWc, 13 500 € TTC, prime à l'autoconsommation déduite.",
    "Credit check soft pull only, won't affect the score.",
    "Contract cancellation window: 3 business days (federal cooling-off rule).",
    "Customer cancelled — refunded the deposit in full 4/3.",
    "Price match request: competitor quoted $2.55/W for the same equipment. Manager approved $2.65/W.",
    "Sales commission = 8% of contract value minus adders. Don't include this in the customer PDF lol.",
    "Adders: MPU $3,200; trenching $28/ft × 60 ft = $1,680; critter guard $450.",
    "The ITC is 30% through 2032, then 26% in 2033, 22% in 2034.",
    "Property tax exemption for solar in this state → no increase in assessed value.",
    "Quote revised (v3): removed the garage plane, price down to $21,300.",
    "Loan docs sent to siobhan.oconnor@example.com — she'll sign tonight.",
    "HELOC vs solar loan: HELOC rate is 8.25% variable; solar loan 6.99% fixed. Customer picked the loan.",
    "Customer wants to know: 'what if I sell the house in 5 years?' → loan can be paid off or transferred (lender-dependent).",
    "Savings estimate assumes 3% annual utility rate increase; historically it's been ~4-6% here.",
    "Payment received via ACH, ref 00928471. Thank you!",
    "Final invoice #INV-3391 — balance $16,552.00 due on PTO.",
    "Discount code SPRING24 = $500 off (expires 5/31).",
    "Quote includes: equipment, labor, permits, interconnection, 25-yr workmanship warranty. Excludes: reroof, tree work.",
    "Battery only (no new panels) quote for existing 2015 system: $14,800 installed.",
    "Monthly payment table:\n| Term | APR | Payment |\n| 10 yr | 5.99% | $217 |\n| 20 yr | 6.49% | $141 |\n| 25 yr | 6.99% | $139 |",
    "Referral bonus: $500 to Maria Santos for referring the Nguyen family.",
    "SGIP battery rebate reservation approved: $3,400 (equity budget not applicable).",
    "Lender requires that the system be installed on a primary residence — rental property not eligible.",
    "The cash price is lower if they pay within 10 days (2/10 net 30 terms for commercial only).",
    "Customer wants a breakdown of $/W: equipment $1.40, labor $0.55, soft costs $0.85.",
    "Inflation Reduction Act domestic content bonus doesn't apply to residential — clarified.",
    "Loan declined (DTI too high). Offered a smaller system or a co-signer.",
    "Total after rebates & ITC: $17,261 → break-even year 8, 25-yr savings ≈ $58k.",
    "融资方案：10年期，月供约1,200元。",
    "Invoice line: 'Main panel upgrade (200A) — $3,200.00 — approved by customer 3/12'.",
    "Check bounced (insufficient funds). Customer will send ACH instead.",
]

LIT["customer_messages"] = [
    "Hi! When will the crew arrive tomorrow? I need to move my car.",
    "Thanks so much, the guys were super respectful and cleaned up everything.",
    "My app says the system is offline, what do I do?",
    "Is it normal that the panels make a humming noise? It's very quiet but I hear it at night... wait, at night? Never mind, it's the pool pump 😅",
    "Can you send me the warranty documents again? I can't find the email.",
    "We're going on vacation 6/10-6/24, can the install wait until we're back?",
    "I'd like to add a second Powerwall. How much would that be?",
    "The crew left a few screws in the driveway. Not a big deal, just FYI.",
    "Hola, ¿a qué hora llegan mañana? Gracias.",
    "Bonjour, est-ce que l'installation peut se faire samedi ?",
    "Guten Tag, wann kommt der Techniker für die Wartung?",
    "Xin chào, khi nào đội lắp đặt sẽ đến?",
    "안녕하세요, 설치 날짜를 변경할 수 있을까요?",
    "您好，请问逆变器的保修期是多久？",
    "こんにちは。モニタリングアプリにログインできません。",
    "Здравствуйте, когда будет подключение к сети?",
    "مرحبا، متى سيتم تركيب الألواح؟",
    "שלום, מתי תגיע ההתקנה?",
    "My neighbor Dave O'Brien is interested too — can I give him your number?",
    "Why is my bill still $90?? I thought solar would make it zero.",
    "The inspector came and said everything looked great 👍",
    "Please use the side gate, the front door bell doesn't work.",
    "I got a letter from the utility saying 'Permission to Operate'. Does that mean I can turn it on?",
    "Can you tell me how to read the monitoring graph? The blue bars vs the yellow line confuse me.",
    "We're selling the house — what do I need to give the buyer?",
    "I accidentally turned off the breaker marked 'PV'. Is that bad?",
    "You guys are awesome. 5 stars on Google!",
    "Honestly a bit disappointed — it's been 3 months and still no PTO. What's the holdup?",
    "There's a bird's nest under the panels now, can you put the mesh on?",
    "I have a question about the 'True-Up' bill — it says I owe $312??",
    "My email changed to j.mcallister@example.org, please update.",
    "Could you call me after 6pm? I'm at work until then.",
    "Do I need to clean the panels? My neighbor hoses his off every month.",
    "Is there a way to see per-panel production? The installer before you had that.",
    "Hi it's Renée (the house with the blue door) — the dog will be inside tomorrow, promise.",
    "The contract says 'Q4' but the salesman said August... which one is it?",
    "We lost power last night and the battery kicked in seamlessly. Didn't even notice. Amazing!",
    "How do I set the battery to save power for the evening (5-8pm is the expensive time)?",
    "I'm not comfortable with the conduit on the front of the house, can it go on the side?",
    "Got your message. Tuesday works. See you then!",
    "Can I pressure wash the panels? (Asking before I do something dumb.)",
    "Lol the crew guy said I have the cleanest attic he's seen all year",
    "Please don't park on the lawn again, it left ruts.",
    "Sorry for the late reply! Yes, go ahead with option B.",
    "is it ok if i paint the conduit myself? it's bright grey and everything else is tan",
    "Your salesperson said no money down, but the loan docs show a $1,000 deposit?",
    "FYI my husband, Tomás, will handle everything from now on — tomas.ruiz@example.com",
    "Thanks for fixing the leak so quickly. The ceiling stain is drying out.",
    "Can I get a copy of the as-built drawings for my records? PDF is fine.",
    "We're planning an addition next year; can panels be moved later? Roughly how much?",
    "The panels look great from the street, honestly better than I expected.",
    "Hello? I've called three times... please call me back re: the error light on the inverter.",
]

LIT["crew_schedule"] = [
    "Mon 6/3: Crew A (Marco, Tuyet, Jaylen) — Hernandez install, 7:00 start.",
    "Crew B off Friday (training). Reschedule the Patel service call to Monday.",
    "Rain forecast Wed → push roof work to Thu, do the electrical Wed instead.",
    "Electrician (Ray) needed on site 11am for the panel swap. Utility disconnect at 10:30.",
    "Truck 3 in the shop; Crew C uses the van, can't carry more than 16 modules.",
    "Load list: 24 modules, 48 rails, 60 mounts, 1 inverter, 2 boxes MC4, conduit 1\" × 10 sticks.",
    "Site is 1h20m away; leave the yard by 5:45.",
    "Heat advisory (108°F) — roof work ends at noon, mandatory water breaks every 30 min.",
    "Safety: harness + anchors on every roof > 4/12. No exceptions.",
    "Job 1187 → 2 days. Day 1 mounts + rails, day 2 modules + electrical.",
    "Crew lead: Jaylen. Backup: Tuyet.",
    "Need a 32' ladder for the 2-story on Maple St; the 28' won't reach.",
    "Service visit window: 8-12. Tech: Priya. Issue: micro #12 not reporting.",
    "Warehouse pickup 6:30am; forklift guy arrives at 6:45 so don't be early.",
    "Inspection Thu 10-2 → someone must stay on site. Jaylen volunteers.",
    "Crew schedule for the week:\n| Day | Crew A | Crew B |\n| Mon | 1187 install | 1190 survey |\n| Tue | 1187 install | 1192 service |\n| Wed | rain | rain |",
    "Overtime approved for Saturday (backlog of 6 installs).",
    "Dumpster swap Tue AM at the yard.",
    "New hire starts Monday — pair him with Marco, no roof work the first week.",
    "PTO (paid time off, not the utility kind 😄) — Tuyet out 7/1-7/5.",
    "Equipo A: instalación en la casa de los García, llegar a las 7:30.",
    "Montage Dienstag 8 Uhr, zwei Monteure + Elektriker.",
    "Équipe B : maintenance chez M. Lefèvre jeudi matin.",
    "Travel: hotel booked for the Bakersfield job (2 nights), per diem $55/day.",
    "Drive time matrix updated; route: yard → 1187 → 1190 → yard, 74 mi total.",
    "Job cancelled morning-of (customer sick). Crew redirected to the 1194 punch list.",
    "Punch list 1194: paint conduit, replace label, seal roof penetration at mount 14.",
    "Generator needed on site (no outdoor outlet).",
    "Fall protection audit Friday 7am at the yard — everyone attend.",
    "Crew A + B combined for the big 18 kW job on Friday (Walsh ranch, ground mount).",
    "Trencher rental Wed-Thu, pick up at Sunbelt at 7 & return by 5 Thu.",
    "Customer requests no work before 8am (HOA quiet hours). Adjust start time.",
    "Crew check-in at 12:15 — 60% done on 1187. ETA finish 4pm.",
    "Reminder: photo every mount before modules go on (QA requirement).",
    "Timesheet: Marco 9.5 h, Tuyet 9.5 h, Jaylen 10 h (stayed for cleanup).",
    "Truck 2 check engine light is on → Midas appointment Mon 4pm.",
    "Schedule conflict: Priya double-booked Wed 1pm (service + survey). Move the survey to 3pm.",
    "Materials short: need 4 more L-feet & a 40A breaker. Runner from the warehouse at 10.",
    "Job 1201 start pushed 2 weeks (waiting on HOA).",
    "Weekend on-call: Ray (electrical), Jaylen (roof leaks). Phone forwarding set up.",
    "Meet at the customer's house, not the yard, tomorrow.",
    "Crew stand-up at 6:50 sharp. Agenda: heat safety, new racking, quality issues from last week.",
    "Battery install only (no roof) → 1 electrician + 1 helper, half day.",
    "Crew A → 1187 (Mon-Tue) → 1195 (Wed) → 1199 (Thu-Fri). Crew B → surveys all week.",
    "Site access: gravel road, no trailers over 20 ft.",
    "Forecast wind 25 mph gusts 40 → no module handling on the roof. Electrical only.",
    "Toolbox talk topic: ladder setup (4:1 ratio, 3 ft above the eave).",
    "Schedule locked for next week; changes go through dispatch (Carla) only.",
    "Uniform shirts arriving Thursday, sizes S-XXL, see the sign-up sheet.",
    "クルーAは月曜日の朝8時に現場集合です。",
    "Crew lunch on Friday, company pays. 🌮",
    "Job 1203 is a re-roof coordination: remove modules Mon, roofer Tue-Wed, reinstall Thu.",
]

LIT["exports_settings"] = [
    "Export: projects_2024Q2.csv (1,187 rows).",
    "CSV columns: project_id,customer_name,city,kw_dc,kw_ac,status,pto_date",
    "Import failed on row 42: date format should be YYYY-MM-DD, got 06/03/2024.",
    "Export to Excel → File > Save As > .xlsx. The CSV loses the leading zeros in the meter numbers.",
    "Path: C:\\Users\\carla\\Documents\\Solar\\Exports\\pto_report_june.xlsx",
    "Saved to ~/Downloads/monitoring_export_2024-06-30.csv",
    "Shared drive: \\\\fileserver\\projects\\1187\\permits\\",
    "Report filter: status = 'PTO' AND install_date >= 2024-01-01",
    "Timezone setting: America/Los_Angeles (was UTC, all the timestamps were 7h off).",
    "Units: kWh (energy), kW (power). Please don't mix them up in the export headers again.",
    "Date format: DD/MM/YYYY for the UK office, MM/DD/YYYY for US.",
    "Decimal separator: comma for the German export (1.234,56 €).",
    "Webhook URL: https://hooks.example-crm.com/solar/pto-updates",
    "API key for the monitoring integration is in the password manager, not here.",
    "Column mapping: 'System Size (kW)' → kw_dc, 'Inverter Size' → kw_ac.",
    "Scheduled export every Monday at 06:00 to ops@example-solar.com",
    "Export includes: surveys, quotes, permits. Excludes: deleted projects & test records.",
    "Template name: Permit Packet (v4) — includes cover sheet, SLD, spec sheets.",
    "Custom field 'HOA?' (yes/no) added to the project form.",
    "Notification preference: email only, no SMS.",
    "Language: Español (México). Currency: MXN.",
    "Import 'customers_legacy.csv' — 3 duplicates found (same email), merged.",
    "File too large (52 MB). Max upload 25 MB. Split into 3 parts.",
    "JSON export sample: {\"project\": 1187, \"kw_dc\": 9.84, \"status\": \"installed\"}",
    "Tags: #battery #MPU #hoa #nem3",
    "Saved view: 'My open permits' (owner = me, status != Approved)",
    "Columns hidden: SSN (never stored anyway), DOB.",
    "Dashboard widget: production vs. estimate (%), last 12 months, by region.",
    "Export failed with 'timeout' — the date range was 5 years. Try 1 year at a time.",
    "The Google Sheet sync is duplicating rows since Tuesday. Paused it.",
    "Email signature: Carla Méndez | Dispatch | Sunward Solar | (555) 300-7788",
    "Default module: REC Alpha Pure-R 430. Default inverter: Enphase IQ8M.",
    "Setting: auto-close service tickets after 14 days of no reply → ON",
    "Report shows kw_dc = 0 for 12 projects. Those are battery-only jobs, expected.",
    "Filename convention: <project_id>_<customer_last>_<doc_type>_v<rev>.pdf  e.g. 1187_Hernandez_SLD_v3.pdf",
    "KML export of all installs for the regional map (Google Earth).",
    "Backup of the photo library: /mnt/nas/photos/2024/ (1.3 TB).",
    "Export in UTF-8 with BOM so Excel shows the accents correctly (José, Müller, Nguyễn).",
    "Role permissions: Sales can view quotes, not edit permits. Ops can do both.",
    "Integration: QuickBooks sync for invoices, nightly at 02:00.",
    "Locale fr-CA, format de date AAAA-MM-JJ.",
    "Custom status added: 'Waiting on customer' (between Quoted and Contracted).",
    "Data retention: delete survey photos 7 years after PTO.",
    "Sort order: pto_date desc, then project_id asc",
    "Imported 214 leads from the home show spreadsheet; 19 bounced emails flagged.",
    "Header row has a typo: 'inveter_model' → fixed to 'inverter_model'.",
    "Markdown preview on for notes: **bold**, _italic_, `code`, - bullets.",
    "Column 'notes' contains line breaks; wrap in double quotes in the CSV.",
    "Enable 2FA for all office accounts by Friday, please.",
    "Excel formula I use for $/W: =C2/(D2*1000) — works fine in the export.",
    "Export target: s3://example-solar-reports/monthly/ (ops team only).",
    "Tab-separated export for the utility's bulk upload tool (they don't accept commas).",
]

# ---------- hard negatives, spread into categories ----------
LIT["site_survey"] += [
    "Ask the homeowner to drop the HOA letter off; select the south & west planes only.",
    "Meter; main panel; sub-panel -- all photographed.",
    "Conduit run: attic -> garage -> inverter. Check '../survey_old/' folder for last year's photos.",
]
LIT["roof_shading"] += [
    "Union of planes A & B gives 28 module slots; order by production, drop the worst 4.",
    "Shade < 5% on plane A, > 15% on plane C. Plane B somewhere in between.",
    "Please don't 'sleep' on the tree trim — the arborist books out 3 weeks.",
]
LIT["equipment_specs"] += [
    "Inverter $ vs. battery $: the hybrid saves ~$1,200 over separate units && is one less box on the wall.",
    "Use <IQ8M> in the template, not <IQ8A>.",
    "Config string for the gateway profile: ${GRID_PROFILE} is replaced with IEEE1547-2018 at provisioning.",
]
LIT["permits"] += [
    "Drop the old plan set from the portal (it's v1) and select v3 as current; order by date if confused.",
    "Note the inspector's comment -- \"label missing\" -- fixed on site.",
    "Permit template uses {{customer_name}} and {{site_address}}; fill them before printing.",
]
LIT["interconnection"] += [
    "Utility portal | Status | Notes\nPG&E | Approved | meter swap 5/22\nSCE | Pending | resubmitted",
    "The app 'select' menu for tariff shows NEM2 or NEM3 — pick NEM3 for anything after April 2023.",
    "If export > 10 kW then supplemental review; else fast track.",
]
LIT["monitoring"] += [
    "Gateway shell: I ran `ping 8.8.8.8` from the installer app's diagnostics tab and got 0% loss.",
    "Alert says \"sleep mode\" after sunset — that's normal, the inverter sleeps when DC < 100 V.",
    "Production dropped by 1/3 || maybe it's just the haze from the fires?",
]
LIT["financing"] += [
    "Union members get a $250 discount (show card). Drop-in at the office to select a package.",
    "Price < $3/W && payback < 10 yrs → customer said yes.",
    "Quote says $27,552; the 'final' one says $27,925 — the $373 diff is the permit fee.",
]
LIT["customer_messages"] += [
    "I'll drop by the office to sign; can you select the black panels for me? Thx!",
    "Don't worry about it -- we'll be home all day; the gate is unlocked.",
    "My son typed <script> into the app nickname field to be funny, can you reset it to \"Our House\"?",
]
LIT["crew_schedule"] += [
    "Order by priority: 1) leak at 1194, 2) 1187 install, 3) surveys.  Drop anything else until Thu.",
    "Crew A; Crew B; electrician -- all at 1203 Monday.",
    "Bring the ../spare ladder hooks from the second shelf (left side).",
]
LIT["exports_settings"] += [
    "SELECT project_id, kw_dc FROM projects WHERE status = 'PTO' ORDER BY pto_date; — that's the query I use in Metabase for the monthly report.",
    "Report template: Dear {{first_name}}, your system produced {{kwh}} kWh this month.",
    "Shell alias I use to grab exports: alias pto='cd ~/exports && ls -lt | head'",
    "Export path env var: ${HOME}/exports/monthly — set in the scheduler config.",
    "The import script is run with `python import_leads.py --dry-run leads.csv`, and the log goes to /var/log/crm/import.log",
]

# ---------- templates: one per category over hand-written pools ----------
NAMES = ["Hernandez", "O'Connor", "Patel", "Nguyen", "Kowalski", "García", "Müller", "Okafor",
         "Lefèvre", "Tanaka", "Walsh", "Santos", "Ruiz", "Kim", "Abernathy", "D'Souza"]
CITIES = ["Fresno", "Bakersfield", "Tucson", "Flagstaff", "Sacramento", "Reno", "Boise",
          "Santa Fe", "Modesto", "Visalia"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]


def t_site_survey(r):
    return "Survey at the %s home (%s): main panel %sA, roof %s, %s." % (
        r.choice(NAMES), r.choice(CITIES), r.choice(["100", "125", "150", "200", "225"]),
        r.choice(["comp shingle", "concrete tile", "standing seam", "TPO flat", "clay tile"]),
        r.choice(["no MPU needed", "MPU likely", "structural letter needed", "shade looks minimal",
                  "customer wants battery too", "attic access was tight"]))


def t_roof_shading(r):
    return "Plane %s: azimuth %d°, tilt %d°, TSRF %d%% — %s." % (
        r.choice("ABCD"), r.randint(80, 280), r.randint(10, 40), r.randint(68, 98),
        r.choice(["keep", "drop it", "use optimizers", "trim the tree first", "check again in winter"]))


def t_equipment_specs(r):
    n = r.randint(8, 34)
    w = r.choice([400, 405, 410, 420, 425, 430, 440])
    return "%d × %s %d W = %.2f kW DC, inverter %s." % (
        n, r.choice(["REC Alpha", "Qcells Q.TRON", "Canadian Solar", "Panasonic EverVolt", "Silfab"]),
        w, n * w / 1000.0, r.choice(["Enphase IQ8M", "SolarEdge SE7600H", "SMA SB6.0", "Fronius Primo 8.2", "Tesla PW3"]))


def t_permits(r):
    return "Permit %s-%d-%05d (%s): %s." % (
        r.choice(["BLD", "ELE", "B", "E"]), r.choice([2023, 2024]), r.randint(100, 99999), r.choice(CITIES),
        r.choice(["submitted", "approved", "corrections required", "inspection passed", "inspection failed — label missing",
                  "waiting on fire review"]))


def t_interconnection(r):
    return "IC app #%d for %s: %s, %s." % (
        r.randint(400000, 499999), r.choice(NAMES),
        r.choice(["approved", "pending meter exchange", "PTO granted", "needs revised SLD", "queued"]),
        r.choice(["NEM 3.0", "NEM 2.0", "net billing", "non-export", "SREC eligible"]))


def t_monitoring(r):
    return "Site %04d %s %s: %s." % (
        r.randint(1, 999), r.choice(DAYS), "%02d:%02d" % (r.randint(0, 23), r.choice([0, 15, 30, 45])),
        r.choice(["inverter offline", "production 12% below estimate", "battery at 100%", "comms restored",
                  "micro not reporting", "grid outage, backup active", "firmware updated"]))


def t_financing(r):
    kw = r.choice([5.6, 6.8, 7.2, 8.4, 9.84, 10.5, 12.3])
    ppw = r.choice([2.55, 2.65, 2.80, 2.95, 3.10])
    return "Quote for %s: %.2f kW at $%.2f/W = $%s, %s." % (
        r.choice(NAMES), kw, ppw, format(round(kw * 1000 * ppw), ","),
        r.choice(["cash", "25-yr loan @ 6.99%", "20-yr loan @ 6.49%", "PPA", "cash, 5% discount"]))


def t_customer_messages(r):
    return "%s %s" % (
        r.choice(["Hi, it's %s." % r.choice(NAMES), "Hello!", "Quick question:", "Thanks again,",
                  "Hey there —"]),
        r.choice(["Can we move the install to %s?" % r.choice(DAYS),
                  "Is the inspection still on for %s?" % r.choice(DAYS),
                  "The app shows 0 kW right now, is that normal?",
                  "Could you email me the invoice?",
                  "Our gate code changed, I'll text it to you."]))


def t_crew_schedule(r):
    return "%s: Crew %s → job %d (%s), start %s." % (
        r.choice(DAYS), r.choice("ABC"), r.randint(1100, 1299), r.choice(NAMES),
        r.choice(["6:30", "7:00", "7:30", "8:00", "9:00"]))


def t_exports_settings(r):
    return "Export %s_%d-%02d.%s saved to %s" % (
        r.choice(["pto_report", "monitoring", "permits", "quotes", "service_tickets"]),
        r.choice([2023, 2024]), r.randint(1, 12), r.choice(["csv", "xlsx", "json", "pdf"]),
        r.choice(["~/Downloads/", "/mnt/nas/reports/", "C:\\Reports\\", "the shared drive"]))


TEMPLATES = {
    "site_survey": t_site_survey, "roof_shading": t_roof_shading, "equipment_specs": t_equipment_specs,
    "permits": t_permits, "interconnection": t_interconnection, "monitoring": t_monitoring,
    "financing": t_financing, "customer_messages": t_customer_messages, "crew_schedule": t_crew_schedule,
    "exports_settings": t_exports_settings,
}
ORDER = ["site_survey", "roof_shading", "equipment_specs", "permits", "interconnection", "monitoring",
         "financing", "customer_messages", "crew_schedule", "exports_settings"]


def main():
    r = random.Random(SEED)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    rows = []
    for cat in ORDER:
        lits = LIT[cat]
        assert len(lits) >= 50, (cat, len(lits))
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        while len(vals) < PER_CAT:
            v = TEMPLATES[cat](r)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        for v in vals:
            rows.append((cat, v))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat, "label": "benign",
                                "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
