"""Benign held-out values for the "mailclient" corpus.

Text that real users type into the ordinary fields of a web mail client and a
mailing-list archive: subjects, display names and address lists, search queries
with operators, filter rules and labels, signatures, quoted replies, encoded
header words, attachment file names, message bodies in several languages and
auto-reply texts.  Every value is a hand-written literal or comes from a small
template over hand-written pools.  Output: benign.jsonl next to this file.
"""

import json
import random
from pathlib import Path

SEED = 8801
PER_CATEGORY = 80
PREFIX = "hb88"

# ---------------------------------------------------------------- subjects
SUBJECT_LIT = [
    "Re: Fwd: [dev-announce] Release 4.2 -- please read before Friday",
    "Re: [postgres-users] SELECT ... FOR UPDATE SKIP LOCKED deadlocks under load",
    "[ops] Cron job `rm -rf /tmp/build-*` failed on build-07 again",
    "Re: Re: Quote for 50 chairs & 10 tables (v2)",
    "AW: Termin nächste Woche – passt Dienstag?",
    "Réf : Facture n° 2024-0193 / relance",
    "回复: 关于下周的会议安排",
    "Fwd: Your order #A-88213 has shipped!",
    "[security] Please don't click the \"reset password\" link in last night's mail",
    "Re: Union meeting minutes -- drop-in session moved to 3pm",
    "Lunch today? (pizza | sushi | that new ramen place)",
    "[python-list] eval() vs ast.literal_eval() for config files",
    "Re: [wiki] Who can edit \\\\fileserver\\Shared\\Templates ?",
    "Invoice 4471 -> due 2024/03/31; please confirm",
    "RE: Sleep study results & next steps",
    "[bug 18832] <script> tag stripped from my HTML signature",
    "Reminder: submit timesheets by 5pm (no exceptions!!)",
    "Re: Who dropped the table? (the wooden one in room 3B)",
    "SV: Hyttetur i februar – hvem blir med?",
    "Re: [hiking-club] Route for Sunday: Ridge trail >> lake >> back",
    "Fwd: FW: Fwd: funny cat video (you'll love this one)",
    "[linux-kernel] [PATCH v3 2/7] mm: fix off-by-one in /proc/meminfo output",
    "Re: Table reservation for 8 @ 19:30 -- confirmed?",
    "Out of office: back Monday 12/02",
    "[announce] Drop support for Python 3.7 in the next minor release",
    "Re: \"Select all\" checkbox doesn't select all messages in a thread",
    "RE: Exec summary for the board (draft 3, final-final)",
    "Tr : Photos de la fête 🎉",
    "Re: Q3 numbers: revenue +12%, costs -4% vs plan",
    "[rust-users] Why does `impl<T: Clone> From<&T>` conflict here?",
    "Fwd: [Ticket #20931] Can't log in -- \"password incorrect\" even after reset",
    "Re: Church choir: alto part for \"Ave Maria\" rehearsal",
    "Re: [neighbours] Noise after 10pm -- let's talk, not post notes",
    "ВН: Отчёт за март (исправленный)",
    "Re: 1 + 1 = 3? Spreadsheet totals look off",
    "Re: [book-club] 'Where the Crawdads Sing' -- thoughts?",
    "Urgent!!! Server room A/C is down",
    "Re: Alert fatigue -- can we tune the pager rules?",
    "[jobs] Senior DBA (Oracle/PL-SQL), remote OK",
    "RV: Reunión del equipo – nuevo horario",
    "Re: Kids' soccer: bring water & sunscreen, game at 9:00",
    "[git] git rebase -i HEAD~5 ate my commits?!",
    "Re: Password manager rollout -- FAQ & known issues",
    "Fwd: Boarding pass – LHR → JFK, 14 Mar",
    "Re: [ml] Dropout=0.5 vs 0.3, results attached",
    "[PATCH] docs: mention that --force deletes the remote branch",
    "Re: Where's the /etc/hosts change we discussed?",
    "Fwd: Welcome to the <Marketing> team, Jess!",
    "Re: Home inspection report -- roof; gutters; basement",
    "[admin] Mailbox quota 95% full -- please archive old mail",
    "Re: Union Street office -- keys & alarm code handover",
    "Re: 見積書の件（再送）",
]
SUBJECT_PREFIX = ["Re: ", "Fwd: ", "Re: Fwd: ", "AW: ", "RE: ", "Fw: ", "TR: ", "SV: ", "", "Re: Re: "]
SUBJECT_LIST = ["[dev-announce] ", "[hiking-club] ", "[pta] ", "[ops] ", "[choir] ", "[sql-users] ",
                "[book-club] ", "[homeowners] ", "", ""]
SUBJECT_TOPIC = [
    "Agenda for Thursday's call", "Budget 2025 -- draft v4", "Can someone cover my shift?",
    "Parking & access cards", "Re-run the report with WHERE region = 'EU'",
    "Photos from Saturday's hike", "Minutes: 'select committee' meeting", "Lost & found: blue umbrella",
    "Server maintenance window 02:00-04:00 UTC", "New hire onboarding checklist",
    "Drop-off times for the food drive", "Question about the union dues",
]

# ----------------------------------------------------------- address lists
ADDRESS_LIT = [
    "\"O'Brien, Pat\" <pat@example.org>",
    "\"Müller, Jürgen\" <j.mueller@example.de>, \"Smith, Ann\" <ann.smith@example.com>",
    "Dr. Zoë Ångström <zoe@example.se>",
    "\"D'Angelo & Sons Ltd.\" <billing@dangelo.example.com>",
    "undisclosed-recipients:;",
    "\"Team <Ops>\" <ops-team@example.net>",
    "田中 太郎 <tanaka@example.jp>",
    "\"Jean-François L'Écuyer\" <jf.lecuyer@example.fr>",
    "bob+newsletters@example.com",
    "\"Select Committee (Finance)\" <finance-select@example.gov>",
    "\"Alice (work)\" <alice@corp.example>; \"Alice (home)\" <alice@home.example>",
    "\"\\\"Big\\\" Mike Torres\" <mike@example.org>",
    "Friends: ann@example.com, bo@example.com, cy@example.com;",
    "\"Root, Amanda\" <amanda.root@example.edu>",
    "\"Union, Local 1199\" <info@local1199.example.org>",
    "noreply@notifications.example.com",
    "\"Script Writers' Guild\" <contact@scriptguild.example>",
    "\"Ng, Wei; Chen, Li\" <project-x@example.cn>",
    "Анна Петрова <anna.petrova@example.ru>",
    "\"Drop Box (shared)\" <dropbox-shared@example.com>",
    "\"McDonald, Seán Ó Briain\" <sean@example.ie>",
    "\"Accounts Payable -- DO NOT REPLY\" <ap@example.com>",
    "<weird..dots@example.com>",
    "\"Kim & Lee\" <kimlee@example.kr>, \"Park, J.\" <jpark@example.kr>",
    "\"System Administrator\" <sysadmin@example.com>",
    "\"=?UTF-8?Q?Ren=C3=A9e?= Dubois\" <renee@example.fr>",
    "\"Exec Office\" <exec-office@example.com>",
    "محمد الأحمد <m.alahmad@example.ae>",
    "\"Sleep Clinic / Reception\" <reception@sleepclinic.example>",
    "\"O'Neil-Smythe, Catherine (Kate)\" <kate@example.co.uk>",
    "ann@example.com; bo@example.com, \"Carla V.\" <carla@example.com>",
    "\"Eval Team\" <eval@lab.example.org>",
    "\"Password Reset\" <security-noreply@example.com>",
    "\"Øystein Åsheim\" <oystein@example.no>",
    "\"Alert Desk 24/7\" <alerts@noc.example.net>",
    "\"Smith, John (he/him)\" <jsmith@example.com>",
    "\"<unknown sender>\" <postmaster@example.com>",
    "\"Ηλίας Παπαδόπουλος\" <ilias@example.gr>",
    "\"Marketing & Comms -- EMEA\" <mc-emea@example.com>",
    "\"Nguyễn Văn An\" <an.nguyen@example.vn>",
    "\"Table Tennis Club\" <ttc@example.org>, members-only@example.org",
    "\"Null, Kevin\" <kevin.null@example.com>",
    "\"Admin; IT Helpdesk\" <helpdesk@example.com>",
    "\"Sanchez, María José\" <mj.sanchez@example.es>",
    "\"Ben Cohen | Sales\" <ben@example.co.il>",
    "list: pta-board@school.example.org (moderated)",
    "\"Prof. Dr. h.c. Weiß\" <weiss@uni.example.de>",
    "\"Union Pacific Fan Club\" <upfans@example.org>",
    "\"Shell Scripting Study Group\" <shellgroup@example.org>",
    "\"Délégué(e)s du personnel\" <dp@example.fr>",
]
FIRST = ["Pat", "Ann", "Jürgen", "Siobhán", "Kenji", "Fatima", "Luca", "Ingrid", "Raj", "Zoë", "Tomás", "Mei"]
LAST = ["O'Brien", "Müller", "D'Souza", "Nakamura", "Al-Farsi", "Rossi", "Lindqvist", "Patel", "Ó Súilleabháin",
        "García-López", "van der Berg", "Li"]
DOMAINS = ["example.org", "example.com", "mail.example.net", "uni.example.edu", "corp.example"]

# ---------------------------------------------------------- search queries
SEARCH_LIT = [
    "from:alice has:attachment before:2024/01/01",
    "subject:\"select committee\" -from:noreply",
    "to:me is:unread label:work OR label:urgent",
    "\"drop table\" in:sent",
    "filename:pdf larger:5M older_than:1y",
    "from:(bob OR carol) subject:(invoice | receipt)",
    "has:attachment filename:*.xlsx after:2023/06/30",
    "O'Brien quote",
    "\"union meeting\" -cancelled",
    "list:postgres-users \"SELECT * FROM\"",
    "in:anywhere \"rm -rf\"",
    "from:\"D'Angelo & Sons\" invoice",
    "size>1000000 & is:starred",
    "subject:Re: AND from:me",
    "{from:alice from:bob} is:important",
    "category:promotions older:2022/12/31",
    "Müller Rechnung",
    "会議 議事録",
    "\"password reset\" from:security-noreply@example.com",
    "cc:team@example.com -in:chats",
    "deliveredto:pat@example.org",
    "has:drive OR has:document",
    "label:receipts/2023 \"total: $\"",
    "\"<script>\" list:webdev",
    "/etc/passwd permission denied",
    "in:inbox before:2024-02-01 after:2024-01-01",
    "subject:[PATCH] \"v3\" list:linux-kernel",
    "exec summary",
    "\"sleep study\" has:attachment",
    "from:*@example.de",
    "\"C:\\Users\\pat\\Desktop\"",
    "eval() deprecated",
    "alert 'disk full'",
    "\"; \" separated addresses",
    "-label:archived is:snoozed",
    "rfc822msgid:<20240312.1234@mail.example.com>",
    "\"1=1\" spreadsheet",
    "is:muted OR is:chat",
    "frais de déplacement",
    "\"where the crawdads\"",
    "AROUND 5 meeting lunch",
    "from:boss@corp.example (deadline OR \"due date\")",
    "order by date",
    "\"--force\" git",
    "smart:travel has:userlabels",
    "subject:\"50% off\" -unsubscribe",
    "{subject:vacation subject:holiday} newer_than:30d",
    "has:yellow-star OR has:red-bang",
    "\"system\" maintenance window",
    "Фотографии с праздника",
]
SEARCH_OPS = ["from:", "to:", "subject:", "label:", "list:", "filename:", "cc:"]
SEARCH_TERMS = ["alice", "\"O'Brien\"", "invoice", "(report OR summary)", "\"Q3 numbers\"", "pta-board",
                "*.pdf", "\"D&D night\"", "bob@example.com", "Rechnung"]
SEARCH_TAILS = ["", " has:attachment", " is:unread", " before:2023/12/31", " after:2024/01/01",
                " -in:spam", " larger:2M", " older_than:6m"]

# ------------------------------------------------------ filters and labels
FILTER_LIT = [
    "if from contains \"noreply\" then move to \"Notifications\"",
    "Matches: from:(*@github.com) subject:\"[PR]\" -> Skip Inbox, Apply label \"Code Review\"",
    "require [\"fileinto\", \"reject\"];\nif header :contains \"subject\" \"[SPAM]\" {\n  fileinto \"Junk\";\n  stop;\n}",
    "if address :is \"from\" \"boss@corp.example\" { fileinto \"Important\"; }",
    "Label: Receipts/2024",
    "Label: Clients/O'Brien & Co",
    "Folder: Projects > Alpha > Drafts",
    "Work/Travel/2024-03 Lisbon",
    "if size :over 10M { discard; }",
    "Subject contains \"Out of office\" OR \"Abwesenheitsnotiz\" => mark as read",
    "From: *@example.de AND Subject: \"Rechnung\" -> Finance/Invoices",
    "never send to spam: list:pta-board@school.example.org",
    "Label: 📦 Deliveries",
    "Label: Union / Local 1199",
    "Folder: Select Committee",
    "Archive & label \"Newsletters\" if has:list-unsubscribe",
    "Forward to ann@example.com when subject matches \"[urgent]*\"",
    "require \"vacation\";\nvacation :days 7 :subject \"Away\" \"I'm away until the 14th.\";",
    "Label: Family/Kids' school",
    "Folder: INBOX.Archive.2019",
    "Rule 3: if To contains me AND CC count > 10 then label \"FYI\"",
    "Label: DB/Oracle; DB/Postgres",
    "if header :regex \"subject\" \"^\\\\[ticket #[0-9]+\\\\]\" { fileinto \"Support\"; }",
    "Folder: Drop-off & Pickup",
    "Label: Scripts (shell)",
    "Exclude chats; include sent; match all: from:me to:mom",
    "Label: Eval results",
    "Folder: Système/Alertes",
    "Label: 経理",
    "Label: alerts/prod (PagerDuty)",
    "if exists \"List-Id\" { fileinto :create \"Lists/${1}\"; }",
    "Move messages with attachments > 25 MB to \"Big files\"",
    "Label: \"To read\" -- weekend",
    "Label: Travel > Boarding passes",
    "When sender is in contacts AND subject has \"invoice\" -> star it",
    "Folder: Kunden/Müller & Söhne GmbH",
    "Rule: subject =~ /^(Re|Fwd|AW): /i → thread",
    "Label: Admin/Passwords (no actual passwords here!)",
    "Folder: Sent Items/old",
    "Label: Root cause analyses",
    "if not header :contains \"X-Spam-Score\" \"0\" { addflag \"\\\\Seen\"; }",
    "Label: union-street-office",
    "Folder: Отчёты",
    "Label: [bulk] newsletters",
    "Label: Execs' travel",
    "Skip inbox for: from:(calendar-notification@example.com)",
    "Folder: C&I / Legal",
    "Label: 2024/Q1 -- closed",
    "Label: hr@ > benefits",
    "Do this: Mark as important; Never mark as spam; Categorize as: Updates",
]
LABEL_ROOT = ["Clients", "Projects", "Family", "Receipts", "Travel", "Lists", "Work", "Kunden"]
LABEL_LEAF = ["O'Brien & Co", "2024/Q2", "Alpha > Drafts", "Müller GmbH", "Kids' school", "Lisbon -- March",
              "Taxes (2023)", "Boarding passes", "Sales; EMEA", "\"follow up\""]

# --------------------------------------------------------------- signatures
SIGNATURE_LIT = [
    "--\nPat O'Brien | Senior Engineer\nExample Corp. -- 221B Baker St., London\n+44 20 7946 0000",
    "-- \nJürgen Müller\nGeschäftsführer\nMüller & Söhne GmbH · Hauptstraße 5 · 10115 Berlin",
    "Best,\nAnn\n\nSent from my phone; please excuse typos & brevity.",
    "<b>Zoë Ångström</b><br>Research Scientist<br><a href=\"https://example.se/~zoe\">example.se/~zoe</a>",
    "--\n\"Simplicity is prerequisite for reliability.\" -- E. W. Dijkstra",
    "Regards,\nRaj Patel\nDBA -- Oracle/PostgreSQL\n\"SELECT coffee FROM kitchen WHERE cup IS NOT NULL;\"",
    "--\nKenji Nakamura 中村 健二\nTokyo | Osaka\nhttps://example.jp/kenji",
    "Cheers,\nLuca\n\n-- \nP.S. I'm out on Fridays (4-day week pilot).",
    "Mit freundlichen Grüßen / Kind regards\nIngrid Lindqvist\nTel. +49 (0)30 1234-567",
    "--\nThis e-mail & any attachments are confidential. If you are not the intended recipient, please delete it and notify the sender.",
    "Sincerely,\nDr. Fatima Al-Farsi, MD\nSleep Medicine & Neurology",
    "-- \nsudo make me a sandwich\n~/bin/ is where the magic happens",
    "Thanks!\n-- Tomás\n<< Please consider the environment before printing >>",
    "Cordialement,\nJean-François L'Écuyer\nDirecteur technique — Paris",
    "--\nMike \"Big Mike\" Torres\nFront of house | Torres' Diner\n(555) 010-2233",
    "Atentamente,\nMaría José Sánchez\nDpto. de Administración",
    "-- \nSiobhán Ó Súilleabháin\nShe/her · Dublin · Gaeilge & English",
    "Best wishes,\nMei Li 李梅\nProduct | Shanghai",
    "--\nRoot Admin Team -- we never ask for your password by e-mail.",
    "<table><tr><td><img src=\"https://cdn.example.com/logo.png\" alt=\"Example Corp\" width=\"80\"></td><td>Ann Smith<br>Sales</td></tr></table>",
    "--\nGPG: 4A3F 9C21 7D0B 5E88 1122  3344 5566 7788 99AA BBCC",
    "Ciao,\nLuca Rossi\n\"Il meglio è nemico del bene.\"",
    "--\nKevin Null (yes, really)\nQA -- if you see NULL in a form, that's just me.",
    "Regards\nAhmed\nمع تحياتي",
    "-- \nThe Shell Scripting Study Group meets Tue 19:00, room 2.14 -- bring a laptop w/ bash.",
    "Thanks & regards,\nPriya | Finance Ops\nExt. 4471 | Mon-Thu",
    "—\nSent with a web mail client that still can't do <em>proper</em> signatures",
    "Hälsningar,\nØystein\n\"Det finnes ikke dårlig vær, bare dårlige klær.\"",
    "--\nNguyễn Văn An\nKỹ sư phần mềm · Hà Nội",
    "Best,\nSam\n\n[Calendly: https://calendly.example.com/sam/30min?utm_source=sig&utm_medium=email]",
    "С уважением,\nАнна Петрова\nбухгалтерия",
    "-- \nCatherine (Kate) O'Neil-Smythe\nSolicitor | O'Neil-Smythe & Partners LLP",
    "--\n:wq\nSent from vim via mutt",
    "Thanks,\nBen Cohen | Sales\n+972-3-555-0101 | ben@example.co.il",
    "--\n<3 Mom",
    "Warm regards,\nThe PTA Board\n\"Every child, every day.\"",
    "Grüße aus München\nSteffi\n\n>> Bitte beachten: neue Adresse ab 01.04.! <<",
    "-- \nExec Assistant to the CEO\nFor scheduling, use the shared calendar, not e-mail; thanks!",
    "Yours,\nIlias Παπαδόπουλος\nΑθήνα",
    "--\nAlert desk 24/7: +1 555 010 9999 (press 2 for outages, 3 for everything else)",
    "Kind regards,\nDrop-In Legal Clinic\nOpen Mon & Wed 10:00–16:00",
    "--\nC:\\> echo Goodbye\nGoodbye",
    "Best,\n— Hiro\n\n\"Move fast & fix things.\"",
    "Rgds,\nSeán McDonald\nUnion rep, Local 1199",
    "Thanks,\nJess\nMarketing <team>\nhttps://example.com/careers?team=marketing&loc=remote",
]
SIG_CLOSINGS = ["Best,", "Cheers,", "Regards,", "Thanks!", "Mit freundlichen Grüßen,", "Cordialement,", "Saludos,", "Groetjes,"]
SIG_TITLES = ["Ops Lead", "Paralegal", "Head of Sales (EMEA)", "QA & Release", "Office Manager", "Data Engineer"]
SIG_ORGS = ["Example Corp.", "Müller & Söhne GmbH", "O'Neil-Smythe & Partners", "Torres' Diner", "PTA Board"]

# ----------------------------------------------------------- quoted replies
QUOTED_LIT = [
    "Sounds good, see you then.\n\nOn Tue, 12 Mar 2024 at 09:14, Pat O'Brien <pat@example.org> wrote:\n> Can we move the sync to 3pm?\n> I'm stuck in the union meeting until 2:30.",
    "> > Did anyone drop the staging table?\n> Not me -- I only ran SELECT queries.\n\nIt was the nightly cleanup job; fixed now.",
    "Agreed.\n\n> Let's just use `rm -rf build/` in the Makefile clean target.\n\nBut please quote the variable: rm -rf \"$BUILD_DIR\" -- an empty var would be painful.",
    "Am 03.04.2024 um 17:02 schrieb Jürgen Müller:\n> Könnt ihr bitte die Rechnung bis Freitag prüfen?\n\nErledigt, siehe Anhang.",
    "Le 5 févr. 2024 à 10:31, Jean-François a écrit :\n> Tu peux m'envoyer le devis ?\n\nBien sûr, je te l'envoie ce soir.",
    "Yes!!\n\n>>> Who's bringing the cake?\n>> I can do cupcakes.\n> And I'll bring plates & forks.",
    "-----Original Message-----\nFrom: Ann Smith\nSent: Monday, March 4, 2024 8:02 AM\nTo: Sales <sales@example.com>\nSubject: RE: Exec summary\n\nPlease see the updated deck.",
    "> Is <script> allowed in our HTML signatures?\n\nNo -- the editor strips it. Inline <b>, <i> and <a href> are fine.",
    "Thanks Raj.\n\n> The report query is basically:\n>   SELECT region, SUM(total) FROM orders\n>   WHERE created_at >= '2024-01-01'\n>   GROUP BY region;\n> It takes ~40s on prod.\n\nAn index on created_at should help.",
    "2024年3月1日(金) 12:00 田中 太郎 <tanaka@example.jp>:\n> 来週の打ち合わせは火曜日でよろしいでしょうか。\n\n火曜日で大丈夫です。",
    "> Could you send me the path?\n\nIt's /srv/shared/reports/2024/Q1/summary.pdf, or \\\\fileserver\\reports\\2024 on Windows.",
    "Ha, true.\n\n> > 1 + 1 = 3 in the spreadsheet\n> Someone typed =SUM(A1:A3) instead of =SUM(A1:A2).",
    "> Please don't reply-all to this thread.\n\nSorry everyone!! (replying all to apologise, I know, I know...)",
    "El lun, 8 ene 2024 a las 11:20, María José escribió:\n> ¿Quedamos el jueves?\n\n¡Perfecto! Nos vemos el jueves a las 18:00.",
    "Inline below, marked with [PO]:\n\n> 1. Move the office on the 15th?\n[PO] Yes.\n> 2. Keep the old alarm code?\n[PO] No -- we'll get a new one.",
    "> When does the sleep study start?\n\nCheck-in at 20:30; bring pyjamas & your usual meds.",
    "> what's the eval() thing you mentioned?\n\nIt runs a string as Python code; use ast.literal_eval for config values instead.",
    "Forwarding for visibility.\n\n---------- Forwarded message ---------\nFrom: Alert Desk <alerts@noc.example.net>\nDate: Sat, 9 Mar 2024 02:13\nSubject: [ALERT] disk /var > 90%",
    "> 在 2024年2月2日，李梅 写道：\n> 文件已经上传到共享盘。\n\n收到，谢谢！",
    "> Can you whitelist 203.0.113.7 for the demo?\n\nDone, but only until Friday.",
    "See my comments >>here<<\n\n> Budget: $12,400 (incl. VAT)\nThat's over by ~$1k; can we drop the catering?",
    "On 2024-03-10 Kevin Null wrote:\n> Yes, my last name breaks forms. No, I won't change it.\n\nLegend.",
    "> > > Original idea: Sunday hike\n> > Weather looks bad\n> Saturday then?\nSaturday works for me & the kids.",
    "Good point.\n\n> Shouldn't the cron line be `0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1`?\n\nYes, I'll fix it.",
    "> Your password will expire in 3 days.\n\nIs this legit? The link goes to login.example.com, so I think so.",
    "Пт, 15 мар. 2024 г. в 10:00, Анна Петрова:\n> Пришлите, пожалуйста, отчёт.\n\nОтправил вчера, проверьте папку «Входящие».",
    "> Could you clarify \"union\" in section 2?\n\nIt means the set union of both lists, not the trade union :)",
    "Thanks!\n\n> P.S. Table for 8 at 19:30 -- under \"O'Brien\".",
    "Replying inline:\n> > Are we using && or ; between commands?\n> && so it stops on failure.\nAgreed.",
    "> Where did you save the template?\n\n~/Documents/Templates/letterhead.dotx -- or just use the one on the wiki.",
    "Fine with me.\n\nOn Mon, Jan 8, 2024, \"Smith, John (he/him)\" <jsmith@example.com> wrote:\n> Can we push the review to next week?",
    "> Is the % in \"50% off\" breaking the template?\n\nOnly in the old printf-style one; the new one is fine.",
    "> What does the error say?\n\n\"ERROR: syntax error at or near \\\"FROM\\\" LINE 1: SELECT , name FROM users\" -- there's a stray comma.",
    "> Sure, I'll bring the <good> coffee.\n\nYou're a hero.",
    "Op 4 mrt. 2024 om 09:00 schreef Daan:\n> Kunnen we de vergadering verzetten?\n\nJa, donderdag past ook.",
    "> So sleep(5) in the retry loop?\n\nExponential backoff please -- 1s, 2s, 4s, capped at 30s.",
    "> ls -la /var/www shows root:root\n\nchown -R www-data: /var/www/html should fix the upload issue.",
    "> Do we still need the alert() popups in the old admin page?\n\nNo, replace them with toast messages.",
    "> Are commas allowed in display names?\n\nYes, if quoted: \"O'Brien, Pat\" <pat@example.org>.",
    "Kind of urgent --\n\n> The payroll export (C:\\Payroll\\2024\\03.csv) is missing two rows.",
    "> Ich bin ab 18.03. im Urlaub.\n\nSchönen Urlaub! Wer vertritt dich?",
    "> Is the drop zone for parcels still by the back door?\n\nYes, next to the blue bins.",
    "> Can you run `SELECT count(*) FROM subscribers;`?\n\n4,812 as of this morning.",
    "On Wed, Anna wrote:\n> <3 thanks for the flowers!!\n\nAnytime :)",
    "> Do I pass the password on the command line?\n\nNo -- use the prompt or an env var, never `--password=...` in shell history.",
]
QUOTE_LINES = ["Can we meet at 3?", "I've attached the invoice (PDF).", "Please confirm by Friday.",
               "Who's bringing plates & cups?", "SELECT works, but the UPDATE times out.",
               "I'll be in the union meeting until 2.", "Das passt mir gut.", "C'est noté, merci !"]
QUOTE_REPLIES = ["Sounds good.", "Thanks -- done.", "Will do!", "Agreed; let's go with that.",
                 "Not sure, let me check with Ann.", "Perfect, see you there.", "Danke!", "👍"]
QUOTE_NAMES = ["Pat O'Brien", "Ann Smith", "Jürgen Müller", "Raj Patel", "Mei Li", "Kate O'Neil-Smythe"]

# ------------------------------------------------- encoded words / headers
ENCODED_LIT = [
    "=?UTF-8?B?UmU6IMOcYmVyc2ljaHQgTsOkY2hzdGUgV29jaGU=?=",
    "=?UTF-8?Q?Caf=C3=A9_meeting_tomorrow?=",
    "=?ISO-8859-1?Q?Andr=E9_Dupont?= <andre@example.fr>",
    "=?UTF-8?B?5Lya6K2w44Gu6K2w5LqL6Yyy?=",
    "=?utf-8?q?R=C3=A9union_du_comit=C3=A9?= =?utf-8?q?_=E2=80=93_ordre_du_jour?=",
    "=?windows-1252?Q?O=92Brien=2C_Pat?= <pat@example.org>",
    "=?UTF-8?Q?=F0=9F=8E=89_Party_photos?=",
    "=?KOI8-R?B?8M/M1d7FzsnF?=",
    "=?UTF-8?B?0J7RgtGH0ZHRgiDQt9CwINC80LDRgNGC?=",
    "=?iso-2022-jp?B?GyRCJTUlJCVIGyhC?=",
    "Content-Type: text/plain; charset=\"utf-8\"; format=flowed",
    "Content-Disposition: attachment; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf",
    "Content-Transfer-Encoding: quoted-printable",
    "List-Id: PTA board <pta-board.school.example.org>",
    "List-Unsubscribe: <mailto:unsubscribe@lists.example.org?subject=unsubscribe>, <https://lists.example.org/u/abc123>",
    "Message-ID: <CAF=+3xQ9k2@mail.example.com>",
    "In-Reply-To: <20240312091400.GA1234@example.org>",
    "References: <a1@example.org> <b2@example.org> <c3@example.org>",
    "X-Mailer: Thunderbird 115.8.1",
    "Reply-To: \"Support (do not reply)\" <support@example.com>",
    "Received: from mail.example.net (mail.example.net [198.51.100.20]) by mx.example.com with ESMTPS id 4Tz; Tue, 12 Mar 2024 09:14:02 +0000",
    "Authentication-Results: mx.example.com; spf=pass smtp.mailfrom=example.org; dkim=pass header.d=example.org",
    "Caf=C3=A9 au lait =E2=82=AC3,50 =\n(inkl. MwSt.)",
    "Hallo zusammen,=0A=0Adie Sitzung f=C3=A4llt aus.",
    "=?UTF-8?Q?Union_Street_=E2=80=93_keys_&_alarm?=",
    "Date: Tue, 12 Mar 2024 09:14:00 +0100 (CET)",
    "MIME-Version: 1.0",
    "Content-Type: multipart/alternative; boundary=\"----=_Part_4471_1930.1710234840\"",
    "=?UTF-8?B?U2VsZWN0IENvbW1pdHRlZSDigJMgbWludXRlcw==?=",
    "Subject: =?UTF-8?Q?Re:_[hiking-club]_Sonntag_=E2=86=92_See?=",
    "Auto-Submitted: auto-replied",
    "X-Spam-Status: No, score=-0.1 required=5.0 tests=DKIM_SIGNED,SPF_PASS",
    "Return-Path: <bounces+4471-abc=example.org@em.example.com>",
    "=?UTF-8?Q?Kinder=E2=80=99s_F=C3=BC=C3=9Fball_=E2=9A=BD?=",
    "Content-Type: text/calendar; method=REQUEST; charset=UTF-8",
    "=?gb2312?B?u+HS6bzN0qo=?=",
    "Precedence: bulk",
    "Sender: \"PTA Board (via list)\" <pta-board-bounces@school.example.org>",
    "To: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <j.mueller@example.de>",
    "DKIM-Signature: v=1; a=rsa-sha256; d=example.org; s=mail2024; c=relaxed/relaxed; h=from:to:subject:date; bh=q2Ly…; b=Zm9v…",
    "Thread-Topic: Exec summary for the board",
    "Importance: High",
    "=?UTF-8?B?8J+TpiBEZWxpdmVyeSB1cGRhdGU=?=",
    "Content-ID: <image001.png@01DA7461.3C3A1B20>",
    "X-Original-To: pat+lists@example.org",
    "Cc: \"Ng, Wei\" <wei@example.cn>, =?UTF-8?B?5p2O5qKF?= <mei@example.cn>",
    "Keywords: budget, 2025, draft; finance",
    "Organization: Müller & Söhne GmbH",
    "=?UTF-8?Q?50=25_off_this_weekend_only!?=",
    "Disposition-Notification-To: \"Ann Smith\" <ann.smith@example.com>",
]
ENC_WORDS = ["Café", "Grüße", "Überblick", "Réunion", "日本語", "Отчёт", "Ærø", "naïve résumé",
             "São Paulo", "Zoë's party", "Straße 5", "Ελλάδα"]
ENC_CHARSETS = ["UTF-8", "utf-8"]

# -------------------------------------------------------- attachment names
ATTACH_LIT = [
    "Rechnung_März_2024.pdf",
    "Q3 numbers (final) (2).xlsx",
    "O'Brien - contract v3 SIGNED.pdf",
    "IMG_20240312_091400.HEIC",
    "invoice#4471.pdf",
    "meeting notes 12-03-2024.docx",
    "drop-off schedule & map.png",
    "見積書_2024年3月.pdf",
    "Отчёт за март.xlsx",
    "backup_2024-03-01.tar.gz",
    "select_committee_minutes.pdf",
    "screenshot 2024-03-12 at 09.14.00.png",
    "résumé - Zoë Ångström.pdf",
    "schema.sql",
    "deploy.sh",
    "photo (1).jpg",
    "union-dues-2024.csv",
    "Kids' soccer schedule.pdf",
    "boarding-pass_LHR-JFK.pkpass",
    "invite.ics",
    "~$budget 2025.xlsx",
    "winmail.dat",
    "README.md",
    "logo@2x.png",
    "Budget 2025 -- draft v4 [COMMENTS].xlsx",
    "scan0001.tif",
    "Müller & Söhne - Angebot.pdf",
    "signed_NDA (Kate's copy).pdf",
    "exec summary; board deck.pptx",
    "sleep-study-report.pdf",
    "alert_rules.yaml",
    "event-photos.zip",
    "contacts export 2024.vcf",
    "passwd-policy-2024.pdf",
    "nginx.conf.txt",
    "home inspection - roof, gutters, basement.pdf",
    "payroll_2024-03.csv",
    "voice message 00:42.m4a",
    "Factura nº 193.pdf",
    "letter to the council (final!!).docx",
    "CV_Nguyễn_Văn_An.pdf",
    "evaluation-results_v2.ipynb",
    "ATT00001.htm",
    "script for the school play.docx",
    "mail.eml",
    "Fwd_ photos.msg",
    "system-diagram.drawio",
    "100% recycled - brochure.pdf",
    "a+b=c.png",
    "2024.03.12 - Protokoll {Entwurf}.odt",
]
ATT_STEMS = ["invoice", "Rechnung", "minutes", "photo", "contract", "report", "scan", "Angebot", "notes", "plan"]
ATT_QUAL = [" (final)", "_v2", " - copy", " [signed]", "_O'Brien", " 2024-03", " (1)", " & appendix", "_März", ""]
ATT_EXT = [".pdf", ".docx", ".xlsx", ".jpg", ".png", ".zip", ".odt", ".csv"]

# ------------------------------------------------- bodies, several languages
BODY_LIT = [
    "Hi all,\n\nQuick reminder: the union meeting is moved to 3pm in room 2.14. Drop in any time.\n\nThanks,\nPat",
    "Hallo Jürgen,\n\nanbei die Rechnung für März. Bitte überweise den Betrag bis zum 31.03. auf das bekannte Konto.\n\nViele Grüße\nIngrid",
    "Bonjour à tous,\n\nLa réunion de jeudi est annulée ; on se retrouve lundi à 10 h.\n\nBonne journée !",
    "Hi Raj,\n\nthe query `SELECT * FROM orders WHERE status = 'open'` returns 0 rows on staging but 12 on prod. Any idea?\n\nAnn",
    "皆さん、お疲れ様です。\n来週の定例会議は火曜日14時からに変更になりました。\nよろしくお願いします。",
    "Hola María,\n\n¿Puedes enviarme el presupuesto actualizado? El cliente quiere añadir 10 sillas más.\n\nGracias,\nLuis",
    "Dear neighbours,\n\nplease don't leave bins out after Tuesday -- foxes!! Also: parcels can be dropped at no. 14.\n\nBest,\nSam & Alex",
    "Team,\n\nwe'll drop support for IE11 on 1 April. If your customers still need it, tell me by Friday.\n\n-- M",
    "Привет!\n\nФотографии с праздника загрузил в общую папку. Пароль тот же, что и раньше.\n\nОбнимаю,\nАня",
    "Hi,\n\nthe script for the school play is attached. Rehearsals: Mon & Wed 16:00–17:30. Costumes <-- still needed!\n\nThanks!",
    "Hey,\n\nto clean the cache just run:\n\n    rm -rf ~/.cache/app && app --rebuild\n\nthen restart. Ping me if it complains.",
    "Ciao a tutti,\n\nvi ricordo la cena di sabato alle 20:00 da \"Da Mario\". Portate l'appetito!\n\nLuca",
    "Dear Dr. Al-Farsi,\n\nI'd like to reschedule my sleep study from 12/03 to 19/03 if possible.\n\nKind regards,\nJohn Smith",
    "Hi Kate,\n\nre: clause 4.2 -- \"the Supplier shall not, without prior written consent, ...\" -- I think we need to cap liability at 2x fees.\n\nBen",
    "各位好，\n\n周五下午3点在会议室开季度总结会，请准时参加。\n\n谢谢！",
    "Hi team,\n\nalert thresholds for /var are now 80% (warn) and 90% (page). Let me know if the pager gets too noisy.\n\nOps",
    "Hej!\n\nVi ses på fredag klockan 18. Ta med något att dricka & gärna en filt.\n\nKram,\nIngrid",
    "Hi Ann,\n\nthe total is $1,240.50 (= $1,100 + 12.77% tax). Invoice #4471 attached.\n\nBest,\nPriya",
    "Olá pessoal,\n\no jantar de sexta foi transferido para sábado. Confirmem até quinta, por favor!\n\nAbraços,\nJoão",
    "Hi Mike,\n\nthanks for the <great> coffee yesterday :) Same time next week?\n\nJess",
    "Hello,\n\nI tried to log in and got: \"Error 500 -- please try again later\". I've cleared cookies & cache. Screenshot attached.\n\nRegards,\nKevin Null",
    "Γεια σας,\n\nη συνάντηση μεταφέρεται για την Πέμπτη στις 11:00.\n\nΗλίας",
    "Hi all,\n\nnew Wi-Fi password is on the whiteboard in the kitchen (not sending it by e-mail, sorry!).\n\nIT",
    "Hi Pat,\n\nfor the export use File > Export > CSV (UTF-8). Excel will mangle the umlauts otherwise.\n\nAnn",
    "Moin,\n\nder Server \\\\fs01\\Projekte ist heute Abend ab 22 Uhr nicht erreichbar (Wartung).\n\nGruß\nIT-Team",
    "Hi,\n\nthe exec team asked for a 1-page summary: goals, risks, asks. No more than 300 words please!\n\nThanks",
    "안녕하세요,\n\n다음 주 월요일 회의 자료를 첨부합니다. 검토 부탁드립니다.\n\n감사합니다.",
    "Hi folks,\n\nSunday hike: meet at the car park 8:30, route ridge >> lake >> back (~14 km). Boots, water, snacks.\n\nSee you!",
    "Dear customer,\n\nyour order #A-88213 has shipped via DHL. Tracking: https://track.example.com/?id=JD0149&lang=en\n\nThank you for shopping with us.",
    "Hi Tom,\n\nin Python `eval(\"2+2\")` works but please don't use it on user input -- use `ast.literal_eval` instead.\n\nCheers",
    "مرحباً أحمد،\n\nأرسلت لك الملف المطلوب. أخبرني إذا احتجت أي شيء آخر.\n\nتحياتي",
    "Hi all,\n\nfriendly reminder that passwords must be 12+ chars; the system will prompt you on next login.\n\nSecurity team",
    "Hoi Daan,\n\nkun je de notulen van de vergadering van 4 maart nog even doorsturen?\n\nGroetjes,\nSanne",
    "Hi,\n\nthe cron line should be:\n0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1\nI'll update the wiki.\n\nR.",
    "Cześć!\n\nDzięki za wczoraj, było super. Zdjęcia wyślę wieczorem.\n\nPozdrawiam,\nKasia",
    "Hi team,\n\nI'll be off Thu-Fri. Escalations -> Ann; DB questions -> Raj; everything else can wait :)\n\nPat",
    "Merhaba,\n\ntoplantı notlarını ekte bulabilirsiniz. İyi çalışmalar!\n\nAyşe",
    "Hi,\n\nyes, `SELECT ... UNION ALL SELECT ...` is faster than UNION here because we don't need dedup.\n\n-- Raj",
    "Dear all,\n\nthe building will run a fire alarm test Wednesday 10:00. No need to evacuate unless the alert continues >5 min.\n\nFacilities",
    "Xin chào,\n\nBuổi họp sáng mai dời sang 9 giờ. Cảm ơn mọi người!\n\nAn",
    "Hi Zoë,\n\nthe paths in your config use C:\\Data\\input -- on the Linux box it should be /data/input.\n\nBest",
    "שלום לכולם,\n\nהפגישה נדחתה ליום ראשון. תודה!\n\nבן",
    "Hi,\n\nwhere did the \"Select all\" button go after the update? I have 3,000 newsletters to delete...\n\nThanks,\nMargaret",
    "Hallo Steffi,\n\nkannst du bitte den Schlüssel für die Union-Straße bei Frau Weiß abgeben? Danke!\n\nLG Tom",
    "Hey!\n\nIt's Mom's 60th on the 14th -- surprise party at ours, 7pm. Don't tell her!!! <3\n\nJo",
]
BODY_GREET = ["Hi Ann,", "Hallo Jürgen,", "Bonjour Zoë,", "Hola María,", "Hi team,", "Dear Dr. O'Brien,", "Hej Ingrid,"]
BODY_MAIN = [
    "the invoice (#{n}) is attached; payment terms are 30 days.",
    "can we move Thursday's call to {h}:00? I'm stuck in the union meeting.",
    "I've uploaded the photos to /shared/photos/2024-03 -- let me know if you can't open them.",
    "the report query now runs in {n} ms instead of 40 s after adding the index.",
    "thanks for the quick reply & the updated quote!",
    "please drop the key at reception before {h}:00; I'll pick it up tomorrow.",
    "the alert fired {n} times last night -- looks like a flapping disk check.",
]
BODY_CLOSE = ["Best,\nPat", "Viele Grüße\nIngrid", "Merci,\nJF", "Saludos,\nLuis", "Cheers,\nRaj", "-- Ann"]

# ---------------------------------------------------------- auto-replies
AUTO_LIT = [
    "I'm out of the office until Monday 18 March with limited access to e-mail. For urgent matters please contact Ann Smith <ann.smith@example.com>.",
    "Ich bin bis einschließlich 22.03. im Urlaub. In dringenden Fällen wenden Sie sich bitte an Herrn Müller (Tel. -567).",
    "Je suis absent(e) du 4 au 8 mars. Pour toute urgence, merci de contacter l'accueil : +33 1 23 45 67 89.",
    "Thanks for your e-mail! I'm on parental leave until September; your message will not be forwarded.",
    "Auto-reply: I check e-mail at 10:00 & 16:00 only. If it's urgent, call me.",
    "Estoy de vacaciones hasta el 2 de abril. Responderé a su correo a mi regreso. ¡Gracias!",
    "ただいま出張中のため、返信が遅れます。3月15日以降にご連絡いたします。",
    "I'm at a conference (no Wi-Fi in the halls, sigh). Back on the 12th -- I'll reply then.",
    "This mailbox is not monitored. Please don't reply; use https://support.example.com/new-ticket instead.",
    "Out of office: 24-28 June. For invoices -> ap@example.com; for deliveries -> logistics@example.com; everything else can wait :)",
    "Я в отпуске до 1 мая. По срочным вопросам пишите Анне: anna.petrova@example.ru",
    "Hi! I'm on a 4-day week; I don't work Fridays. I'll reply on Monday.",
    "Sono fuori ufficio fino a lunedì. Per urgenze: luca.rossi@example.it",
    "Thank you for contacting the PTA. We're all volunteers, so please allow 2-3 days for a reply.",
    "I'm currently offline for a sleep study (yes, really) and will be back tomorrow afternoon.",
    "Automatic reply: [ticket #20931] We've received your request and will respond within 1 business day.",
    "I've left Example Corp. Please contact my colleague Raj Patel <raj@example.com> -- he's taking over my accounts.",
    "我正在休假，3月20日返回。如有急事，请联系李梅。",
    "Ik ben afwezig tot en met vrijdag. Voor dringende zaken: bel 020-555 0101.",
    "Out until Tuesday. If the server's on fire, page the on-call (not me!!) via the alert desk.",
    "Jeg har ferie til og med uke 29. Hastesaker: kontakt Øystein.",
    "Thanks for reaching out. Our office is closed for the holidays (24 Dec -- 2 Jan). Happy holidays! 🎄",
    "I'm travelling with patchy signal; replies may take 48h. For anything about the union dues, e-mail treasurer@local1199.example.org.",
    "Estou de férias até dia 10. Respondo assim que voltar. Abraços!",
    "Your message to pta-board@school.example.org is awaiting moderator approval.",
    "I am out of the office with no access to e-mail. Your message will be deleted -- please resend after 01/04 if still relevant.",
    "Abwesenheitsnotiz: Ich bin bis 05.04. nicht erreichbar. Ihre E-Mail wird nicht weitergeleitet.",
    "Hi, I'm on jury duty this week -- replies will be slow. Thanks for your patience!",
    "Automatische Antwort: Vielen Dank für Ihre Nachricht. Wir melden uns schnellstmöglich.",
    "Out of office -- back 3/18. Exec team: see the shared drive \\\\fs01\\exec for the board deck.",
    "Poza biurem do 15.03. W pilnych sprawach proszę pisać do Kasi.",
    "Thanks! I'm on leave. P.S. if this is about the \"drop table\" ticket, it's fixed -- see #18832.",
    "Auto-reply: I am away; limited access to e-mail & phone. Urgent? -> +44 20 7946 0000 (reception).",
    "Πρόκειται να λείπω έως τις 20 Μαρτίου. Ευχαριστώ!",
    "I'm on sabbatical until 2025 ☀️. Please redirect research questions to Dr. Zoë Ångström.",
    "Gone fishing 🎣 -- back Monday. (No, seriously.)",
    "We received your application for the Senior DBA (Oracle/PL-SQL) role. We'll be in touch within 2 weeks.",
    "Hello & thanks for writing. I'm out today (medical appointment). I'll reply tomorrow.",
    "I'm out of office; for password resets please use the self-service portal, not e-mail.",
    "İzindeyim, 25 Mart'ta döneceğim. Acil durumlar için: ayse@example.com.tr",
    "Back on 2 April. Meanwhile: budget questions > Priya; tech questions > Raj; the rest < can wait.",
    "Auto-reply (vacation): I'm somewhere with more goats than Wi-Fi. Back on the 9th.",
    "This address is no longer in use. Please update your address book to pat.obrien@example.org.",
    "Thanks for your message. I'm out of the office for the school holidays; back on the 15th.",
    "Merci pour votre message ! Je suis en congé maternité jusqu'en octobre. Contact : rh@example.fr",
]
AUTO_LEAD = ["I'm out of the office until {d}.", "Ich bin bis {d} nicht im Büro.", "Je suis absent(e) jusqu'au {d}.",
             "Estoy fuera de la oficina hasta el {d}.", "Out of office until {d}."]
AUTO_TAIL = ["For urgent matters, contact {who}.", "In dringenden Fällen: {who}.", "Urgent? -> {who}",
             "Please resend after I'm back if it's still relevant.", "Your message will not be forwarded."]
AUTO_WHO = ["Ann Smith <ann.smith@example.com>", "reception (+44 20 7946 0000)", "Raj (raj@example.com)",
            "Herrn Müller", "the on-call via the alert desk"]
AUTO_DATES = ["18/03", "22.03.", "1 April", "2024-04-05", "Monday", "the 14th", "15 mars", "3/18"]


def gen_subject(rng):
    return rng.choice(SUBJECT_PREFIX) + rng.choice(SUBJECT_LIST) + rng.choice(SUBJECT_TOPIC)


def gen_address(rng):
    def one():
        f, l = rng.choice(FIRST), rng.choice(LAST)
        local = (f[0] + "." + l).lower().replace("'", "").replace(" ", "")
        return "\"%s, %s\" <%s@%s>" % (l, f, local, rng.choice(DOMAINS))
    return ", ".join(one() for _ in range(rng.randint(1, 3)))


def gen_search(rng):
    return rng.choice(SEARCH_OPS) + rng.choice(SEARCH_TERMS) + rng.choice(SEARCH_TAILS)


def gen_filter(rng):
    return "Label: %s/%s" % (rng.choice(LABEL_ROOT), rng.choice(LABEL_LEAF))


def gen_signature(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    return "%s\n%s %s\n%s | %s\nTel. +44 20 7946 %04d" % (
        rng.choice(SIG_CLOSINGS), f, l, rng.choice(SIG_TITLES), rng.choice(SIG_ORGS), rng.randint(0, 9999))


def gen_quoted(rng):
    return "%s\n\nOn %d Mar 2024, %s wrote:\n> %s" % (
        rng.choice(QUOTE_REPLIES), rng.randint(1, 28), rng.choice(QUOTE_NAMES), rng.choice(QUOTE_LINES))


def gen_encoded(rng):
    import base64
    word = rng.choice(ENC_WORDS) + " " + str(rng.randint(1, 99))
    if rng.random() < 0.5:
        enc = base64.b64encode(word.encode("utf-8")).decode("ascii")
        return "=?%s?B?%s?=" % (rng.choice(ENC_CHARSETS), enc)
    out = []
    for b in word.encode("utf-8"):
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (rng.choice(ENC_CHARSETS), "".join(out))


def gen_attachment(rng):
    return rng.choice(ATT_STEMS) + rng.choice(ATT_QUAL) + rng.choice(ATT_EXT)


def gen_body(rng):
    main = rng.choice(BODY_MAIN).format(n=rng.randint(100, 9999), h=rng.randint(9, 17))
    return "%s\n\n%s\n\n%s" % (rng.choice(BODY_GREET), main, rng.choice(BODY_CLOSE))


def gen_auto(rng):
    lead = rng.choice(AUTO_LEAD).format(d=rng.choice(AUTO_DATES))
    tail = rng.choice(AUTO_TAIL).format(who=rng.choice(AUTO_WHO))
    return lead + " " + tail


CATEGORIES = [
    ("subject", SUBJECT_LIT, gen_subject),
    ("address_list", ADDRESS_LIT, gen_address),
    ("search_query", SEARCH_LIT, gen_search),
    ("filter_label", FILTER_LIT, gen_filter),
    ("signature", SIGNATURE_LIT, gen_signature),
    ("quoted_reply", QUOTED_LIT, gen_quoted),
    ("encoded_header", ENCODED_LIT, gen_encoded),
    ("attachment_name", ATTACH_LIT, gen_attachment),
    ("message_body", BODY_LIT, gen_body),
    ("auto_reply", AUTO_LIT, gen_auto),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, lits, gen in CATEGORIES:
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit("too few literals in %s: %d" % (cat, n_lit))
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template pool exhausted for " + cat)
            v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        stats.append((cat, len(vals), min(n_lit, PER_CATEGORY)))
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            rows.append({"category": cat, "value": v})
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": r["category"], "label": "benign", "value": r["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, nl in stats:
        total_lit += nl
        print("%-16s %3d  (literals %d)" % (cat, n, nl))
    print("total %d, literals %d -> %s" % (len(rows), total_lit, out.name))


if __name__ == "__main__":
    main()
