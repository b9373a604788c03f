#!/usr/bin/env python3
"""Write benign.jsonl: what a workplace SaaS API (helpdesk, team chat, wiki,
CRM, localization platform, analytics notebook) receives from ordinary
employees and integrations.

Standard library only, deterministic: random.Random(1616), same bytes on
every run. Every value was composed for this corpus (hand-written literals
and small templates over hand-written pools).
"""

import json
import os
import random

rng = random.Random(1616)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "benign.jsonl")
MAX_LEN = 1800

SEEN = set()
ROWS = []


def pick(seq):
    return seq[rng.randrange(len(seq))]


def add_category(name, literals, gen, target):
    """Literals first (in order), then templated values until `target`."""
    n = 0
    for v in literals:
        assert v not in SEEN, (name, v)
        assert len(v) < MAX_LEN, (name, v[:60])
        SEEN.add(v)
        ROWS.append((name, v))
        n += 1
    tries = 0
    while n < target:
        tries += 1
        assert tries < 100000, name
        v = gen()
        if v in SEEN or len(v) >= MAX_LEN:
            continue
        SEEN.add(v)
        ROWS.append((name, v))
        n += 1


# ---------------------------------------------------------------------------
# shared pools
# ---------------------------------------------------------------------------

FIRST = ["Anna", "Bilal", "Chioma", "Dmitri", "Elif", "Fernando", "Grace",
         "Hiroshi", "Ingrid", "Jamal", "Kateryna", "Luis", "Mei", "Nikhil",
         "Olu", "Pernille", "Quentin", "Rosa", "Sandeep", "Tomasz", "Uma",
         "Valentina", "Wen", "Yusuf", "Zofia"]
LAST = ["O'Connor", "Nakamura", "Adeyemi", "Kowalski", "García-López",
        "Nguyen", "Schmidt", "D'Souza", "Haddad", "Petrov", "Lindqvist",
        "MacLeod", "van der Berg", "Okafor", "Rossi", "Yılmaz", "Ó Briain",
        "St. John", "Chen", "Fitzgerald-Smythe"]


def person():
    return pick(FIRST) + " " + pick(LAST)


# ---------------------------------------------------------------------------
# 1. helpdesk-tickets
# ---------------------------------------------------------------------------

HELPDESK = [
    "Outlook keeps asking for my password since this morning's update. Removed the entry in Control Panel > User Accounts > Credential Manager and re-added the account, still prompts. Error shown: \"Something went wrong. [4usqa]\"",
    "VPN (GlobalProtect 6.1.3) drops every ~20 minutes. The log says 'Tunnel is down due to keep-alive timeout'. Home Wi-Fi; tried a cable as well, same thing.",
    "Printer on 3rd floor (HP LaserJet M607, asset #IT-04417) says \"Paper jam in Tray 2\" but the tray is empty. Opened every door I could find.",
    "Can't map the S: drive. `net use S: \\\\fs02.corp.local\\shared` returns \"System error 53 has occurred. The network path was not found.\"",
    "Per the KB article we should set HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate\\AU\\NoAutoRebootWithLoggedOnUsers = 1 on the kiosk PCs. Can someone confirm this is allowed before I roll it out?",
    "Teams crashes right after the splash screen. Deleted %appdata%\\Microsoft\\Teams\\Cache like INC0012345 suggested, no change.",
    "Excel: \"We found a problem with some content in 'Budget_FY25 (v3).xlsx'. Do you want us to try to recover as much as we can?\" every time I open it from SharePoint. Colleagues get it too.",
    "Laptop went to the BitLocker recovery screen after the BIOS update. Recovery key ID starts with 4A2F9C1E. I'm at a client site, need the key ASAP please!",
    "Re: TKT-88213 — still getting 0x80070005 (Access is denied) when the Zoom updater runs. I'm not a local admin so I can't approve the UAC prompt.",
    "My C:\\Users\\mwright\\AppData\\Local\\Temp folder is 38 GB?? Is it safe to delete what's in there or will something break?",
    "Request: install Python 3.12 and VS Code on WS-DEV-114. Manager approval attached (J. Okafor, 14/03).",
    "Badge doesn't open door B2-07 since Monday. All the other doors work. Badge no. 0041772.",
    "Outlook search finds nothing older than March. Indexing status has said \"Outlook is currently indexing your items. 12,483 items remaining.\" for three days now.",
    "After the password reset the iPhone Mail app says: Cannot Get Mail – The user name or password for \"Exchange\" is incorrect. Outlook on the PC is fine.",
    "Two blue screens today: DRIVER_IRQL_NOT_LESS_OR_EQUAL (igdkmdn64.sys). Dump file is C:\\Windows\\Minidump\\012625-11421-01.dmp if you need it.",
    "Chrome shows \"Your connection is not private – NET::ERR_CERT_AUTHORITY_INVALID\" on the intranet wiki, but only on my machine. Edge works.",
    "Need access to the Finance AP shared mailbox (finance-ap@example.com). Read-only is fine, approved by Marta.",
    "Second monitor flickers whenever I dock (Dell WD19TBS). Dock firmware updated to 01.00.36, cable swapped — still flickers.",
    "I found HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Outlook\\AutoDiscover\\ExcludeHttpsRootDomain = 1 on my PC. Someone on the forum said to delete it. Please advise before I touch the registry.",
    "SSO loop: login.microsoftonline.com sends me back to the portal, the portal sends me back to login... Cleared cookies, tried InPrivate, same.",
    "Keys E and R stopped working on my ThinkPad T14 Gen 3 (serial PF3XK2QW). External keyboard works.",
    "The 2F scanner emails every scan to scans@ instead of the person who scanned. Started after the weekend maintenance.",
    "Got an email asking me to \"validate my mailbox quota\" within 24 hours — did NOT click anything. Forwarded to phishing@ as per policy, opening this ticket for tracking.",
    "Please reset MFA for k.nakamura — new phone, the old one was traded in so the Authenticator app is gone.",
    "MS Project 2021 can't open .mpp files saved in 2019: \"The file is in a format that Project can't open.\"",
    "Disk Cleanup shows 'Windows Update Cleanup 6.2 GB' but clicking OK does nothing. C: has 1.4 GB free.",
    "PDFs sent from Adobe to the Ricoh on the 4th floor sit at 'Spooling' forever. Word docs print fine to the same printer.",
    "Event Viewer > Application, Event ID 1000: Faulting application name: OUTLOOK.EXE, version: 16.0.17328.20162, Faulting module name: mso20win32client.dll, exception code: 0xc0000005",
    "Cisco AnyConnect: \"The VPN client was unable to setup IP filtering. A VPN connection will not be established.\" Rebooted twice, reinstalled once.",
    "Could you create a shared calendar for the \"Q3 Offsite & Planning\" group? Owners: me and @dlee.",
    "Wi-Fi CORP-SECURE: \"Can't connect to this network\" since Tuesday. CORP-GUEST works fine. Surface Pro 9, Windows 11 23H2.",
    "Our Jira board won't load, just spins. Other boards are OK. https://jira.example.com/secure/RapidBoard.jspa?rapidView=412&projectKey=OPS",
    "Could you extend my contractor account (ext-priya.s) until 31/08/2025? Contract was renewed, PO 4500019921.",
    "Onboarding for a new hire starting 3 Feb: MacBook (16 GB), accounts for Slack, Jira and GitHub (team platform-eng), badge for building C.",
    "\"Path too long\" when copying the project folder to \\\\nas01\\Projects\\2024\\Client A & B (merged)\\Deliverables\\Final\\FINAL v2 — can we enable long paths on the NAS?",
    "macOS says \"'Pulse Secure.app' cannot be opened because the developer cannot be verified\" for the installer from the intranet. Is there a signed build?",
    "Excel macro broke after the update: Run-time error '1004': Method 'Range' of object '_Global' failed. Line: Range(\"A1:D\" & lastRow).Copy",
    "Acrobat says \"Your trial has expired\" although we're on the enterprise licence. Signed out/in already.",
    "Please give the Legal-Contracts group Modify (not Full Control) on \\\\fs01\\Legal\\2025.",
    "GPO not applying? `gpresult /r` lists: The following GPOs were not applied because they were filtered out — Default Domain Policy, Filtering: Not Applied (Empty).",
    "Invites from external partners arrive as winmail.dat attachments instead of calendar items.",
    "OneDrive is stuck on \"Processing changes\" with 14,203 files. All icons show the blue circular arrows.",
    "Please remove the Grammarly add-in from my Outlook, it makes composing really slow (typing lags ~1 s).",
    "Headset mic isn't detected in Zoom but works in Teams. Jabra Evolve2 65 with the USB-A dongle.",
    "Meeting room 5A: the Logitech Rally camera shows \"No signal\" and the touch panel is stuck on 'Starting up…'. Booked for a board call at 14:00!",
    "Need a new toner for the Brother HL-L6200 in the mail room (TN-3480). Also the drum light is on.",
    "Could IT whitelist *.figma.com and fonts.gstatic.com on the proxy? Designers get 'Blocked by policy (category: Uncategorized)'.",
    "I accidentally deleted the folder \"Contracts 2023\" from the team SharePoint. Is there a recycle bin beyond 93 days?",
]

HD_ISSUES = ["the printer shows as offline", "VPN disconnects every few minutes",
             "Outlook is stuck on 'Updating inbox'", "there's no sound after docking",
             "the webcam isn't detected in Teams", "self-service password reset fails",
             "PDF attachments won't open", "the mapped drive shows a red X",
             "Wi-Fi keeps dropping in meeting room 4B", "the laptop fan is loud and it runs hot",
             "the screen goes black for a second at random", "Slack won't sign in via SSO",
             "the docking station doesn't charge the laptop", "Excel freezes when I filter a column",
             "Windows Hello face sign-in stopped working", "calendar reminders don't pop up"]
HD_DEVICES = ["Dell Latitude 7440", "ThinkPad X1 Carbon Gen 11", "MacBook Pro 14\" (M3)",
              "HP EliteBook 840 G9", "Surface Laptop 5", "WS-FIN-023", "the reception kiosk PC",
              "Ricoh IM C3000 (2nd floor)", "Lenovo ThinkCentre M70q", "iPad Air (5th gen)"]
HD_TRIED = ["restarted", "logged out and back in", "ran Windows Update", "cleared the browser cache",
            "reinstalled the driver", "ran sfc /scannow", "tried a different dock",
            "ran ipconfig /flushdns", "repaired Office from Apps & features", "swapped the cable",
            "ran gpupdate /force", "reset the network adapter", "checked for firmware updates"]
HD_ERRORS = ["0x80070005", "0x800CCC0E", "Error 720: A connection to the remote computer could not be established",
             "The trust relationship between this workstation and the primary domain failed.",
             "We couldn't connect to the Exchange server", "Printer driver is unavailable",
             "Operation could not be completed (error 0x00000709)", "Your organization's data cannot be pasted here.",
             "AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication",
             "The remote server returned an error: (401) Unauthorized.", "Access to the path is denied.",
             "0x8004010F: Outlook data file cannot be accessed", "Error 1920. Service failed to start."]
HD_ACTIONS = ["opening a shared mailbox", "printing double-sided", "connecting to the VPN from home",
              "syncing the Finance library", "installing the Adobe update", "starting SAP GUI",
              "signing in to the HR portal", "joining a Zoom call from Outlook", "saving to the S: drive"]
HD_REGKEYS = [r"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon",
              r"HKLM\SYSTEM\CurrentControlSet\Services\LanmanWorkstation\Parameters",
              r"HKEY_CURRENT_USER\Software\Microsoft\Office\16.0\Common\Identity",
              r"HKLM\SOFTWARE\Policies\Google\Chrome\ExtensionInstallForcelist",
              r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run",
              r"HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\Adobe\Adobe Acrobat\DC\Installer",
              r"HKLM\SYSTEM\CurrentControlSet\Control\Print\Printers",
              r"HKEY_CURRENT_USER\Software\Microsoft\Office\16.0\Outlook\Profiles"]
HD_PATHS = [r"C:\Users\{u}\Documents\Reports\Q2 summary.docx", r"\\fs01\Marketing\Brand\Logos",
            r"D:\Projects\2025\Bids", r"C:\Program Files (x86)\SAP\FrontEnd\SAPgui",
            r"C:\Users\{u}\OneDrive - Example Corp\Desktop", "~/Library/Containers/com.microsoft.Outlook/Data",
            r"\\nas01\Scans\{u}", r"C:\Users\{u}\Downloads\Invoice_0325.pdf"]
HD_APPS = ["Outlook", "SAP GUI", "Acrobat", "Teams", "Chrome", "Excel", "the VPN client", "AutoCAD LT"]
HD_USERS = ["mwright", "a.kowalski", "jnguyen", "s.haddad", "rossi.v", "lchen"]
HD_STATUS = ["issue came back after the reboot", "works again, you can close it, thanks!",
             "still waiting on the replacement charger", "same problem on my colleague's PC now",
             "tested on a second laptop, it's the account not the device", "vendor says it's a known bug, fix in next release",
             "any update? it's blocking month-end close"]


def ticket_id():
    t = rng.randrange(4)
    if t == 0:
        return "INC%07d" % rng.randrange(10000, 999999)
    if t == 1:
        return "TKT-%05d" % rng.randrange(10000, 99999)
    if t == 2:
        return "REQ%06d" % rng.randrange(100000, 999999)
    return "#%d" % rng.randrange(1000, 99999)


def gen_helpdesk():
    t = rng.randrange(6)
    if t == 0:
        tried = rng.sample(HD_TRIED, 2)
        return "%s – %s on my %s. Tried: %s and %s." % (
            ticket_id(), pick(HD_ISSUES),
            pick(HD_DEVICES), tried[0], tried[1])
    if t == 1:
        return "Getting \"%s\" when %s. Device: %s." % (pick(HD_ERRORS), pick(HD_ACTIONS), pick(HD_DEVICES))
    if t == 2:
        return "Can someone check %s on %s? %s won't start and the vendor says the value there is wrong." % (
            pick(HD_REGKEYS), "WS-%s-%03d" % (pick(["FIN", "HR", "OPS", "DEV", "MKT"]), rng.randrange(1, 300)),
            pick(HD_APPS))
    if t == 3:
        p = pick(HD_PATHS).replace("{u}", pick(HD_USERS))
        return "%s can't save to %s — \"%s\"" % (pick(HD_APPS), p, pick(HD_ERRORS))
    if t == 4:
        return "Follow-up on %s: %s" % (ticket_id(), pick(HD_STATUS))
    return "Since %s %s. %s, %s. Priority: %s" % (
        pick(["Monday", "the update", "yesterday", "the office move", "this morning"]),
        pick(HD_ISSUES), pick(HD_DEVICES), "already " + pick(HD_TRIED),
        pick(["P3", "P2 – affects whole team", "low", "high (client demo tomorrow)"]))


# ---------------------------------------------------------------------------
# 2. logs-errors
# ---------------------------------------------------------------------------

LOGS = [
    '10.0.1.22 - - [12/Mar/2025:09:14:22 +0000] "GET /api/v2/tickets?page=3&per_page=50 HTTP/1.1" 200 18244 "https://app.example.com/inbox" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"',
    'java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n\tat com.example.crm.ContactService.normalize(ContactService.java:88)\n\tat com.example.crm.ContactController.update(ContactController.java:141)\n\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)',
    'Traceback (most recent call last):\n  File "/srv/app/worker.py", line 142, in process\n    row = rows[idx]\n          ~~~~^^^^^\nIndexError: list index out of range',
    "System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Billing.InvoiceService.GetLatest(Int32 customerId) in D:\\a\\1\\s\\src\\Billing\\InvoiceService.cs:line 57\n   at Billing.Api.InvoicesController.Latest(Int32 id) in D:\\a\\1\\s\\src\\Billing.Api\\InvoicesController.cs:line 33",
    "Mar 12 04:17:01 web-03 CRON[21877]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)",
    "kernel: [183204.551002] Out of memory: Killed process 3112 (java) total-vm:8123456kB, anon-rss:6234112kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:12644kB oom_score_adj:0",
    "HTTP/1.1 502 Bad Gateway",
    '{"level":"error","ts":"2025-03-12T09:14:22.418Z","logger":"billing","msg":"stripe webhook signature mismatch","request_id":"7f3c2a9e","status":400}',
    "Log Name:      System\nSource:        Microsoft-Windows-Kernel-Power\nEvent ID:      41\nLevel:         Critical\nDescription:\nThe system has rebooted without cleanly shutting down first. This error could be caused if the system stopped responding, crashed, or lost power unexpectedly.",
    "[Wed Mar 12 09:14:22.418223 2025] [proxy:error] [pid 2211:tid 140233] (111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (localhost) failed",
    'ERROR:  duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(ana@example.com) already exists.',
    'psql: error: connection to server at "db-primary.internal" (10.0.4.12), port 5432 failed: FATAL:  password authentication failed for user "reporting"',
    "TypeError: Cannot read properties of undefined (reading 'map')\n    at TicketList (webpack-internal:///./src/components/TicketList.jsx:42:23)\n    at renderWithHooks (react-dom.development.js:16305:18)",
    "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.2.0\nnpm ERR! Could not resolve dependency:\nnpm ERR! peer react@\"^16.8.0 || ^17.0.0\" from react-beautiful-dnd@13.1.1",
    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x4a5b2c]\n\ngoroutine 42 [running]:\nmain.(*Exporter).flush(0x0)\n\t/build/cmd/exporter/main.go:211 +0x2c",
    "Back-off restarting failed container api in pod api-7d9f8b6c5-x2kqp_default(3e1a77c0-5b2f-4b8e-9d1e-0c2f3a4b5c6d)",
    "curl: (60) SSL certificate problem: unable to get local issuer certificate\nMore details here: https://curl.se/docs/sslcerts.html",
    "ERROR 1045 (28000): Access denied for user 'app'@'10.0.3.21' (using password: YES)",
    "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'ORD-2291' for key 'orders.order_number'",
    "NoMethodError (undefined method `name' for nil:NilClass):\n  app/controllers/contacts_controller.rb:24:in `show'\n  app/middleware/request_timer.rb:11:in `call'",
    "PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2056",
    '2025/03/12 09:14:22 [error] 1187#1187: *4412 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.1.7, server: api.example.com, request: "POST /v1/export HTTP/1.1", upstream: "http://10.0.2.15:9000/v1/export", host: "api.example.com"',
    'Exception in thread "main" java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat com.example.report.CsvWriter.append(CsvWriter.java:64)',
    "docker: Error response from daemon: driver failed programming external connectivity on endpoint web (a1b2c3d4e5f6): Bind for 0.0.0.0:8080 failed: port is already allocated.",
    "Error: Error acquiring the state lock\n\nError message: ConditionalCheckFailedException: The conditional request failed\nLock Info:\n  ID:        5c1d0e8a-2b7f-4d0c-9a61-7f3e2d1c0b9a\n  Path:      tf-state-prod/network/terraform.tfstate\n  Operation: OperationTypeApply\n  Who:       runner@ci-7",
    "systemd[1]: nginx.service: Control process exited, code=exited, status=1/FAILURE\nsystemd[1]: nginx.service: Failed with result 'exit-code'.",
    "Mar 11 23:02:17 bastion-1 sshd[4410]: Failed password for invalid user deploy from 192.0.2.77 port 51234 ssh2",
    "WARN  [2025-03-12 09:14:22,418] o.h.engine.jdbc.spi.SqlExceptionHelper: SQL Error: 0, SQLState: 57014\nERROR [2025-03-12 09:14:22,419] o.h.engine.jdbc.spi.SqlExceptionHelper: ERROR: canceling statement due to statement timeout",
    "Unhandled exception. System.IO.FileNotFoundException: Could not find file 'C:\\inetpub\\wwwroot\\App_Data\\config.json'.\nFile name: 'C:\\inetpub\\wwwroot\\App_Data\\config.json'",
    "ModuleNotFoundError: No module named 'pandas'",
    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 14: invalid continuation byte",
    'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:assumed-role/ci-deployer/gh-actions is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::reports-prod/2025/03/summary.csv"',
    "[circuit_breaking_exception] [parent] Data too large, data for [<http_request>] would be [1021847392/974.5mb], which is larger than the limit of [1020054732/972.7mb]",
    "HTTP/2 429 Too Many Requests\nretry-after: 30\nx-ratelimit-limit: 600\nx-ratelimit-remaining: 0",
    '{"timestamp":"2025-03-12T10:02:11.004+01:00","level":"WARN","thread":"http-nio-8080-exec-7","logger":"c.e.sync.CalendarSync","message":"Token expired for tenant=acme, retrying in 30s","attempt":2}',
    "E0312 09:14:22.418223       1 reflector.go:147] k8s.io/client-go/informers/factory.go:150: Failed to watch *v1.Pod: the server has asked for the client to provide credentials",
    "FATAL EXCEPTION: main\nProcess: com.example.helpdesk, PID: 9981\njava.lang.IllegalStateException: Fragment TicketDetailFragment{5e2a1} not attached to a context.",
    "Warning: Each child in a list should have a unique \"key\" prop.\n\nCheck the render method of `CommentThread`. See https://reactjs.org/link/warning-keys for more information.",
    "Faulting application name: w3wp.exe, version: 10.0.20348.1, time stamp: 0x8c2b7e31\nFaulting module name: KERNELBASE.dll, version: 10.0.20348.2227\nException code: 0xe0434352",
    "OSError: [Errno 28] No space left on device: '/tmp/tmpx8k2_q1p/export_2025-03.parquet'",
    "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f3a1c2b4d90>: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/requests/",
    "redis.exceptions.ConnectionError: Error 111 connecting to 10.0.5.3:6379. Connection refused.",
    "fatal: unable to access 'https://git.example.com/platform/api.git/': The requested URL returned error: 403",
    "Mar 12 08:00:03 mail-01 postfix/smtp[7781]: 4F2A81C0D2: to=<j.smith@example.org>, relay=mx.example.org[198.51.100.25]:25, delay=1.2, status=deferred (host said: 451 4.7.1 Greylisting in action, please come back later)",
    "Caused by: org.postgresql.util.PSQLException: ERROR: relation \"public.invoice_lines\" does not exist\n  Position: 15",
]

LOG_PATHS = ["/api/v2/tickets", "/api/v2/tickets/48812/comments", "/wiki/spaces/ENG/pages/221948",
             "/static/js/app.3f9c1e.js", "/health", "/api/v1/contacts/search", "/export/report.csv",
             "/login", "/oauth/callback", "/api/v3/projects/412/strings", "/favicon.ico", "/notebooks/run"]
LOG_QS = ["", "?page=2", "?q=printer+jam&lang=en", "?since=2025-03-01T00%3A00%3A00Z", "?locale=de-DE&format=json",
          "?sort=-updated_at&limit=25", "?code=4%2F0AbCdEf&state=xyz123", "?include=owner,tags"]
LOG_UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0",
          "python-requests/2.31.0", "kube-probe/1.29", "curl/8.5.0", "Slackbot 1.0 (+https://api.slack.com/robots)",
          "okhttp/4.12.0", "Go-http-client/2.0"]
LOG_MSGS = [("INFO", "user signed in"), ("WARN", "slow query took 2315ms"), ("ERROR", "failed to send notification e-mail"),
            ("INFO", "export finished rows=18244"), ("DEBUG", "cache miss key=tenant:acme:settings"),
            ("ERROR", "upstream returned 503"), ("WARN", "rate limit close to threshold"), ("INFO", "webhook delivered"),
            ("ERROR", "could not parse CSV line 412: unexpected quote"), ("WARN", "retrying job attempt=3")]
LOG_SERVICES = ["api", "worker", "scheduler", "billing", "search-indexer", "notifier", "auth"]
LOG_HOSTS = ["web-01", "web-02", "worker-3", "db-replica-1", "ip-10-0-3-17", "k8s-node-a7"]


def rand_ip():
    t = rng.randrange(3)
    if t == 0:
        return "10.%d.%d.%d" % (rng.randrange(0, 8), rng.randrange(0, 255), rng.randrange(1, 255))
    if t == 1:
        return "192.0.2.%d" % rng.randrange(1, 255)
    return "198.51.100.%d" % rng.randrange(1, 255)


def rand_ts():
    return "%02d/%s/2025:%02d:%02d:%02d +0000" % (rng.randrange(1, 29), pick(["Jan", "Feb", "Mar", "Apr"]),
                                                  rng.randrange(24), rng.randrange(60), rng.randrange(60))


def gen_logs():
    t = rng.randrange(5)
    if t == 0:
        method = pick(["GET", "GET", "POST", "PUT", "DELETE", "PATCH"])
        status = pick([200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 499, 500, 502])
        return '%s - - [%s] "%s %s%s HTTP/1.1" %d %d "-" "%s"' % (
            rand_ip(), rand_ts(), method, pick(LOG_PATHS), pick(LOG_QS), status, rng.randrange(0, 90000), pick(LOG_UA))
    if t == 1:
        lvl, msg = pick(LOG_MSGS)
        return json.dumps({"time": "2025-0%d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randrange(1, 5), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(1000)),
                           "level": lvl.lower(), "service": pick(LOG_SERVICES), "msg": msg,
                           "trace_id": "%016x" % rng.getrandbits(64)})
    if t == 2:
        return "%s %2d %02d:%02d:%02d %s %s[%d]: %s" % (
            pick(["Jan", "Feb", "Mar"]), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60),
            pick(LOG_HOSTS), pick(["sshd", "kernel", "dockerd", "containerd", "systemd", "CRON"]), rng.randrange(100, 40000),
            pick(["Accepted publickey for deploy from %s port %d ssh2" % (rand_ip(), rng.randrange(30000, 65000)),
                  "Started Session %d of user ubuntu." % rng.randrange(1, 9000),
                  "level=warning msg=\"cleaning up after shim disconnected\"",
                  "EXT4-fs (nvme0n1p1): re-mounted. Opts: discard",
                  "Reloading.", "pam_unix(sudo:session): session opened for user root by ops(uid=1002)"]))
    if t == 3:
        lvl, msg = pick(LOG_MSGS)
        return "%s %-5s [%s] %s - %s" % ("2025-03-%02d %02d:%02d:%02d,%03d" % (rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(1000)),
                                         lvl, pick(["main", "http-nio-8080-exec-3", "pool-2-thread-1", "scheduling-1"]),
                                         pick(["c.e.api.TicketController", "c.e.mail.Sender", "o.s.web.servlet.DispatcherServlet", "c.e.sync.Job"]), msg)
    code, title = pick([(503, "Service Unavailable"), (404, "Not Found"), (401, "Unauthorized"), (413, "Payload Too Large"),
                        (504, "Gateway Timeout"), (409, "Conflict"), (422, "Unprocessable Entity"), (403, "Forbidden")])
    return "HTTP/1.1 %d %s\nDate: %s, %02d Mar 2025 %02d:%02d:%02d GMT\nContent-Type: application/problem+json\nX-Request-Id: %08x\n\n%s" % (
        code, title, pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), rng.randrange(1, 29), rng.randrange(24), rng.randrange(60), rng.randrange(60),
        rng.getrandbits(32), json.dumps({"type": "about:blank", "title": title, "status": code,
                                         "detail": pick(["Ticket 48812 was modified by another user", "Attachment exceeds 25 MB",
                                                         "Field 'due_date' must be a date in the future", "Token expired",
                                                         "Upstream search service did not respond in 30s", "Space ENG not found"])}))


# ---------------------------------------------------------------------------
# 3. localization-strings
# ---------------------------------------------------------------------------

L10N = [
    "You have %d new messages",
    "Sie haben %d neue Nachrichten",
    "%1$s hat %2$d Dateien mit Ihnen geteilt",
    "%1$s a partagé %2$d fichiers avec vous",
    "Total: %.2f %s",
    "Remise de 15 %% sur votre prochaine commande",
    "Hello %(first_name)s, your ticket %(ticket_id)s was updated.",
    "Hola %(first_name)s, tu solicitud %(ticket_id)s ha sido actualizada.",
    "Invoice {0} is due on {1:d}. Amount: {2:N2}",
    "Rechnung {0} ist am {1:d} fällig. Betrag: {2:C}",
    "{count, plural, one {# item} other {# items}} in your cart",
    "{count, plural, =0 {Keine Elemente} one {# Element} other {# Elemente}}",
    "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}",
    "{gender, select, female {{name} a mis à jour son profil} male {{name} a mis à jour son profil} other {{name} a mis à jour son profil}}",
    "{{count}} unread notifications",
    "{{ user.name }} commented on {{ ticket.title }}",
    "Hi %{name}, welcome back!",
    "Bonjour %{name}, ravi de vous revoir !",
    "Click <b>Save</b> to keep your changes.",
    "Read our <a href=\"https://example.com/privacy\" target=\"_blank\">privacy policy</a>.",
    "First line<br/>Second line",
    "Don\\'t show this again",
    "Can''t connect to the server. Please try again later.",
    "L'utente %s non esiste",
    "L''utente {0} non esiste",
    "Aujourd'hui à %H:%M",
    "ファイル「%s」を削除しますか？",
    "%d 件の新しいメッセージがあります",
    "{count}개의 새 알림이 있습니다",
    "您有 %d 条未读消息",
    "已将 {name} 添加到 {team}",
    "لديك %d رسائل جديدة",
    "{count, plural, zero {لا توجد رسائل} one {رسالة واحدة} two {رسالتان} few {# رسائل} many {# رسالة} other {# رسالة}}",
    "יש לך %d הודעות חדשות",
    "आपके पास %d नए संदेश हैं",
    "Masz {count, plural, one {# nowe zadanie} few {# nowe zadania} many {# nowych zadań} other {# nowego zadania}}",
    "Máte %d nových zpráv",
    "Έχετε %d νέα μηνύματα",
    "Yeni mesajınız var: %d",
    "Bạn có %d tin nhắn mới",
    "คุณมี %d ข้อความใหม่",
    "Você tem %d novas mensagens",
    "Du har %d nya meddelanden",
    "U heeft %d nieuwe berichten",
    "Anda memiliki %d pesan baru",
    "Ви маєте %d нових повідомлень",
    "Password must be at least {min} characters & contain a number.",
    "Are you sure you want to delete \"%s\"? This can't be undone.",
    "<strong>%s</strong> moved this card from <em>%s</em> to <em>%s</em>",
    "msgid \"Sign out\"\nmsgstr \"Abmelden\"",
    "msgid \"%d minute ago\"\nmsgid_plural \"%d minutes ago\"\nmsgstr[0] \"il y a %d minute\"\nmsgstr[1] \"il y a %d minutes\"",
    "<string name=\"welcome_message\">Welcome, %1$s! You have %2$d tasks.</string>",
    "\"settings.title\" = \"Einstellungen\";",
    "greeting: \"Hallo, %{name}!\"",
    "{{#if isOwner}}Du bist Eigentümer{{else}}Du bist Mitglied{{/if}}",
    "Uploaded {0,number,integer} of {1,number,integer} files ({2,number,percent})",
    "Last edited by {editor} on {date, date, medium} at {date, time, short}",
    "Zugriff verweigert – bitte wende dich an deine*n Administrator*in.",
    "Drücken Sie „Speichern“, um fortzufahren.",
    "Appuyez sur « Enregistrer » pour continuer.",
    "Press \u201cSave\u201d to continue \u2014 it\u2019s quick!",
    "{{ 'DASHBOARD.WELCOME' | translate:{ name: user.firstName } }}",
    "$t('cart.items', { n: cartCount })",
    "Showing ${start}–${end} of ${total} results",
]

L10N_STRINGS = [
    ('es', 'notifications.unread', 'Tienes %d mensajes sin leer'),
    ('de', 'ticket.assigned', 'Ticket %s wurde %s zugewiesen'),
    ('fr', 'errors.network', 'Erreur réseau : %s'),
    ('de', 'profile.saved', 'Profil gespeichert ✔'),
    ('it', 'dashboard.welcome', 'Benvenuto, %(name)s!'),
    ('de', 'export.done', 'Export abgeschlossen: {0} Zeilen'),
    ('de', 'invite.sent', 'Einladung an {email} gesendet'),
    ('en', 'billing.trial_ends', 'Your trial ends in {days, plural, one {# day} other {# days}}'),
    ('ru', 'wiki.page_moved', 'Страница «{title}» перемещена в {space}'),
    ('en', 'chat.typing', '{{name}} is typing…'),
    ('it', 'search.no_results', 'Nessun risultato per «%s»'),
    ('es', 'invite.accepted_by', '%1$s ha invitado a %2$s'),
    ('fr', 'billing.days_left', 'Il reste %d jour(s)'),
    ('ja', 'board.card_moved', '{0} から {1} に移動しました'),
    ('ko', 'chat.typing', '{user}님이 입력 중입니다…'),
    ('ja', 'search.no_results', '「{query}」の検索結果はありません'),
    ('zh-CN', 'export.done', '已导出 %d 行'),
    ('de', 'editor.saved_at', 'Gespeichert um {0:HH:mm}'),
    ('pt-BR', 'checkout.order_sent', 'Obrigado, %{name}! Seu pedido foi enviado.'),
    ('pl', 'auth.too_many_attempts', 'Zbyt wiele prób. Spróbuj ponownie za %d s.'),
    ('tr', 'profile.saved', 'Kaydedildi: <b>%s</b>'),
    ('tr', 'share.shared_with', '%s ile paylaşıldı'),
    ('el', 'wiki.page_moved', 'Η σελίδα <i>%s</i> μετακινήθηκε'),
    ('es', 'checkout.discount_applied', 'Descuento del %d%% aplicado'),
    ('es', 'sla.hours_left', 'Faltan %.1f horas'),
    ('de', 'ticket.comment_count', '{count, plural, one {1 Kommentar} other {# Kommentare}}'),
    ('fr', 'export.ready_link', 'L\'export est prêt : <a href="%s">télécharger</a>'),
    ('nl', 'ticket.attachments_added', '{count, plural, one {# bijlage} other {# bijlagen}} toegevoegd'),
    ('uk', 'editor.saved_at', 'Збережено о {time}'),
    ('he', 'ticket.comment_added', '{name} הוסיף/ה תגובה'),
    ('ar', 'settings.saved', 'تم حفظ التغييرات في %s'),
    ('hi', 'dashboard.open_tickets', '{{count}} टिकट खुले हैं'),
    ('sv', 'dashboard.welcome', 'Välkommen tillbaka, %{name}!'),
    ('cs', 'files.deleted', 'Soubor „%s“ byl smazán'),
    ('vi', 'invite.sent', 'Đã gửi lời mời tới {0}'),
]


def gen_l10n():
    lang, k, s = pick(L10N_STRINGS)
    t = rng.randrange(6)
    if t == 0:
        return json.dumps({k: s}, ensure_ascii=False)
    if t == 1:
        return "%s = %s" % (k, s)
    if t == 2:
        return "<string name=\"%s\">%s</string>" % (k.replace(".", "_"), s.replace("<", "&lt;").replace(">", "&gt;"))
    if t == 3:
        return "\"%s\" = \"%s\";" % (k, s.replace('"', '\\"'))
    if t == 4:
        return "%s:\n  %s:\n    %s: \"%s\"" % (lang, k.split(".")[0], k.split(".")[1], s.replace('"', '\\"'))
    return "# %s\nmsgctxt \"%s\"\nmsgid \"%s\"\nmsgstr \"%s\"" % (lang, k, k.split(".")[1].replace("_", " ").capitalize(), s.replace('"', '\\"'))


# ---------------------------------------------------------------------------
# 4. spreadsheet-data
# ---------------------------------------------------------------------------

SHEET = [
    "=VLOOKUP(A2,Customers!$A$2:$F$500,4,FALSE)",
    "=IF(AND(B2>=1000,C2=\"EMEA\"),\"Tier 1\",\"Tier 2\")",
    "=SUMIFS(Sales!D:D,Sales!A:A,\">=\"&DATE(2025,1,1),Sales!B:B,\"Berlin\")",
    "=QUERY(Data!A1:G,\"select A, sum(E) where C = 'Closed Won' group by A order by sum(E) desc\",1)",
    "=IMPORTXML(\"https://www.example.com/pricing\",\"//table[@id='plans']//td[2]\")",
    "=HYPERLINK(\"https://crm.example.com/accounts/\"&A2,\"Open in CRM\")",
    "=IFERROR(INDEX(Rates!B:B,MATCH(E2,Rates!A:A,0)),\"n/a\")",
    "=XLOOKUP(F2,Products[SKU],Products[Price],\"not found\",0)",
    "=TEXT(A2,\"dd/mm/yyyy\")&\" – \"&B2",
    "=COUNTIFS(Tickets!C:C,\"Open\",Tickets!F:F,\"<\"&TODAY()-7)",
    "=ROUND(AVERAGEIF(B2:B200,\"<>0\"),2)",
    "=ARRAYFORMULA(IF(LEN(A2:A),A2:A&\" \"&B2:B,\"\"))",
    "=IMPORTRANGE(\"https://docs.google.com/spreadsheets/d/1aBcD3fGhIjKlMnOpQrStUvWxYz/edit\",\"Q1!A1:D40\")",
    "=SPLIT(A2,\";\")",
    "=REGEXEXTRACT(B2,\"[A-Z]{3}-\\d{4}\")",
    "=FILTER(A2:D,D2:D>500,C2:C=\"Active\")",
    "=IMPORTDATA(\"https://data.example.org/exports/fx_rates.csv\")",
    "=SUMPRODUCT((A2:A100=\"Q3\")*(C2:C100))",
    "=NETWORKDAYS(B2,C2,Holidays!A:A)",
    "=IF(ISBLANK(D2),\"\",D2/E2-1)",
    "=CONCAT(UPPER(LEFT(A2,1)),LOWER(MID(A2,2,LEN(A2))))",
    "=EOMONTH(TODAY(),-1)+1",
    "='2024 Budget'!C14*(1+$B$1)",
    "=GOOGLEFINANCE(\"CURRENCY:EURUSD\")",
    "=LET(total,SUM(B2:B13),avg,total/12,IF(avg>1000,\"high\",\"ok\"))",
    "=IMAGE(\"https://cdn.example.com/logos/\"&A2&\".png\",4,40,40)",
    "=INDIRECT(\"'\"&B1&\"'!A1\")",
    "=WEEKNUM(A2,2)",
    "=MAXIFS(C:C,A:A,\"Jane O'Neil\")",
    "=IF(OR(E2=\"\",E2=\"N/A\"),0,E2)*1.19",
    "Region,Rep,Q1,Q2,Q3,Q4\nEMEA,\"Müller, Jan\",12400,13880,9920,15100\nAPAC,Li Wei,8800,9100,11250,12760",
    "id;name;amount;currency\n1042;\"Smith & Sons Ltd.\";1.250,00;EUR\n1043;O'Reilly GmbH;980,50;EUR",
    "\"SKU\",\"Description\",\"Qty\"\n\"TB-12/34\",\"Tabletop 12\"\" x 34\"\"\",\"4\"",
    "df.groupby('region')['revenue'].sum().sort_values(ascending=False).head(10)",
    "Filtered with df[df['status'] != 'churned'] then did a pivot_table(index='month', columns='plan', values='mrr', aggfunc='sum') — numbers match finance now.",
    "In R: aggregate(revenue ~ region + quarter, data = sales, FUN = sum); then ggplot(...) + geom_col()",
    "Query I used: SELECT region, COUNT(*) AS deals FROM opportunities WHERE stage = 'Closed Won' AND close_date >= '2025-01-01' GROUP BY region ORDER BY deals DESC;",
    "The churn number in cell F12 is off because the COUNTIF range stops at row 200 and we have 243 rows now.",
    "Can we switch the dashboard from VLOOKUP to INDEX/MATCH? It breaks every time someone inserts a column in the Customers tab.",
    "Median deal size went from $18.4k to $21.1k (+14.7%), but mean is skewed by the two enterprise deals >$250k.",
    "Sheet 'Pipeline (Q3)' column H has text like \"1,200 €\" instead of numbers – wrap it in =VALUE(SUBSTITUTE(SUBSTITUTE(H2,\"€\",\"\"),\",\",\"\"))",
    "Notebook cell 14: pd.read_csv('exports/leads_2025-03.csv', sep=';', decimal=',', encoding='latin-1') fails on row 8812 – stray quote in the company name.",
    "The pivot has 'Grand Total' counted twice; remove the subtotal row (row 58) before the SUM.",
    "=IF(A2<>\"\",\"#\"&TEXT(ROW()-1,\"000\"),\"\")",
]

SH_FUNCS = ["SUM", "AVERAGE", "MAX", "MIN", "COUNTA", "MEDIAN", "STDEV.S"]
SH_SHEETS = ["Sales", "Q3", "'Pipeline 2025'", "Data", "Leads", "'HR – Headcount'", "Raw"]
SH_NAMES = ["Berlin", "São Paulo", "Müller & Co", "O'Hara", "Zürich", "North-East", "Kraków"]
CSV_COMPANIES = ["Acme Corp", "\"Smith, Jones & Partners\"", "Bäckerei Kühn", "Zeta Labs", "\"O'Malley's Pub\"",
                 "Nordic Fjord AS", "Café Lumière", "Tōkyō Trading K.K.", "\"Yahoo! Japan\"", "Rio Verde Ltda."]
ANALYSIS = ["Dropped rows where {c} is null ({n} of {m}) before computing the ratio.",
            "Grouped by {c} and took the {f} — the outlier is {name}.",
            "Correlation between {c} and revenue is r = 0.{n2}, so not much there.",
            "Used a 7-day rolling mean on {c}; spikes on the 1st are the billing run.",
            "Joined leads to accounts on lower(email) – {n} didn't match, mostly typos like 'gmial.com'."]
SH_COLS = ["deal_size", "tickets_closed", "nps", "mrr", "seats", "response_time_h", "region"]


def col():
    return pick("ABCDEFGH")


def gen_sheet():
    t = rng.randrange(6)
    if t == 0:
        c = col()
        a, b = rng.randrange(2, 10), rng.randrange(50, 900)
        return "=%s(%s!%s%d:%s%d)" % (pick(SH_FUNCS), pick(SH_SHEETS), c, a, c, b)
    if t == 1:
        return "=SUMIF(%s!A:A,\"%s\",%s!%s:%s)" % (pick(SH_SHEETS), pick(SH_NAMES), pick(SH_SHEETS), col(), col())
    if t == 2:
        r = rng.randrange(2, 300)
        return "=IF(%s%d%s%d,\"%s\",\"%s\")" % (col(), r, pick([">", "<", ">=", "<=", "<>"]), rng.randrange(0, 5000),
                                              pick(["over budget", "OK", "✓", "review"]), pick(["", "—", "fine", "✗"]))
    if t == 3:
        rows = ["%d,%s,%s,%d.%02d" % (rng.randrange(1000, 9999), pick(CSV_COMPANIES), pick(["EUR", "USD", "GBP", "JPY", "CHF"]),
                                      rng.randrange(10, 99999), rng.randrange(100)) for _ in range(rng.randrange(1, 4))]
        return "\n".join(rows)
    if t == 4:
        return pick(ANALYSIS).format(c=pick(SH_COLS), n=rng.randrange(3, 400), m=rng.randrange(500, 20000),
                                     f=pick(["median", "p90", "mean", "max"]), name=pick(SH_NAMES), n2=rng.randrange(10, 99))
    return "=VLOOKUP($%s%d,%s!$A:$%s,%d,0)" % (col(), rng.randrange(2, 400), pick(SH_SHEETS), pick("DEFGH"), rng.randrange(2, 8))


# ---------------------------------------------------------------------------
# 5. devops-chat
# ---------------------------------------------------------------------------

DEVOPS = [
    "deploying api v2.14.3 to staging now — `helm upgrade --install api charts/api -n staging --set image.tag=2.14.3 --atomic --timeout 5m`",
    "can someone run `kubectl -n prod rollout restart deploy/worker`? the queue is backing up again",
    "`kubectl get pods -n prod -l app=search --field-selector=status.phase!=Running` shows 3 in CrashLoopBackOff",
    "terraform plan says it wants to destroy the NAT gateway ?! `Plan: 2 to add, 1 to change, 1 to destroy.` not applying until someone looks",
    "fyi `docker build --build-arg NODE_ENV=production -t registry.example.com/web:$(git rev-parse --short HEAD) .` is what CI does, do the same locally",
    "resources:\n  requests:\n    cpu: 250m\n    memory: 512Mi\n  limits:\n    memory: 1Gi",
    "cron for the report job is `0 6 * * 1-5` (UTC) so it's 7:00 in Berlin in winter, 8:00 in summer",
    "Incident timeline (all UTC):\n09:02 alerts fire for 5xx on checkout\n09:05 @oncall acks\n09:11 rollback to v3.8.1\n09:14 error rate back to baseline\n09:40 RCA doc started",
    "dashboards: https://grafana.example.com/d/api-latency/api-latency?orgId=1&from=now-6h&to=now&var-env=prod",
    "set DATABASE_URL and REDIS_URL in the staging secret, the app falls back to localhost otherwise",
    "who owns the `platform-eng/infra` repo? PR #1188 has been waiting on CODEOWNERS for 3 days",
    "`helm rollback payments 41 -n prod` done, pods healthy. will write up in #incidents",
    "env:\n  - name: LOG_LEVEL\n    value: \"info\"\n  - name: FEATURE_NEW_EDITOR\n    value: \"true\"",
    "pg replica lag is 14s, `SELECT now() - pg_last_xact_replay_timestamp();` on replica-2 if you want to watch it",
    "reminder: freeze starts Thu 18:00 CET, only hotfixes with 2 approvals after that 🙏",
    "`aws s3 sync ./dist s3://static-prod-example --delete --cache-control max-age=31536000` — careful with --delete on the wrong bucket lol",
    "node pool upgrade to 1.29 went fine, except `kube-proxy` logs spam `Failed to list *v1.EndpointSlice` for ~2 min",
    "anyone know why `terraform init -upgrade` pulls hashicorp/aws 5.40 even though we pin `~> 5.31`? oh wait, that's allowed by ~>",
    "```\nFROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"gunicorn\", \"app:app\", \"-w\", \"4\", \"-b\", \"0.0.0.0:8000\"]\n```",
    "prometheus alert: `sum(rate(http_requests_total{status=~\"5..\",job=\"api\"}[5m])) / sum(rate(http_requests_total{job=\"api\"}[5m])) > 0.02`",
    "pager went off at 03:12 for disk 91% on db-01, cleaned old WAL archives, now 64%",
    "rotate the staging TLS cert before Friday: `kubectl -n staging describe certificate api-tls` says Not After 2025-03-21",
    "runbook for this is at https://wiki.example.com/display/OPS/Runbook+-+Queue+Backlog — step 3 is the important one",
    "merged, pipeline #48213 is green, ArgoCD should pick it up in ~3 min",
    "ssh bastion then `ssh -L 5433:db-primary.internal:5432 ubuntu@10.0.4.12` to reach the DB from your laptop",
    "`git revert -m 1 8f3c2ab` for the bad merge, then cherry-pick the migration fix",
    "our HPA: min 3, max 20, target CPU 65%. it scaled to 20 during the webinar and stayed there ¯\\_(ツ)_/¯",
    "backups: nightly `pg_dump -Fc -d crm > /backups/crm_$(date +%F).dump` then copied to the offsite bucket",
    "the ingress needs `nginx.ingress.kubernetes.io/proxy-body-size: \"50m\"` or uploads over 1 MB get 413",
    "post-mortem action items: 1) add alert on queue age 2) make retries exponential 3) document manual failover",
    "Heads up: rotating the API keys for the Zendesk integration at 16:00, expect ~2 min of failed syncs",
    "`journalctl -u kubelet --since \"10 min ago\" | grep -i evict` shows memory pressure evictions on node-a7",
    "which region is the DR copy in? eu-central-1 or eu-west-1? the doc says both 😅",
    "on-call handover: nothing open, one flaky alert (`CertExpirySoon` on legacy-ftp, ignore, host is being decommissioned)",
    "`docker compose -f docker-compose.yml -f docker-compose.override.yml up -d --build` if you want the local stack with hot reload",
    "GitHub Actions: `if: github.event_name == 'push' && startsWith(github.ref, 'refs/tags/v')` — that's why it didn't deploy on the PR",
    "spec:\n  schedule: \"*/15 * * * *\"\n  concurrencyPolicy: Forbid\n  jobTemplate:\n    spec:\n      backoffLimit: 2",
    "latency p99 is 1.8s since 14:20, started with the deploy of search-indexer 0.9.0, rolling back",
    "status page updated: https://status.example.com/incidents/8kq2x — 'Degraded performance for EU customers'",
    "`export KUBECONFIG=~/.kube/prod-eu.yaml` first, otherwise you're pointing at staging and nothing will make sense",
    "`curl -sS -H \"Authorization: Bearer $TOKEN\" https://api.example.com/v1/health | jq .` returns ok from inside the cluster but not from the VPN",
]

DV_SVCS = ["api", "web", "worker", "billing", "search-indexer", "notifier", "auth", "gateway", "reports"]
DV_ENVS = ["staging", "prod", "prod-eu", "prod-us", "dev", "qa"]
DV_PEOPLE = ["@anna", "@bilal", "@mei", "@tomasz", "@oncall", "@platform-team", "@rosa.k"]
DV_EMOJI = ["", " 🚀", " ✅", " 👀", " 🔥", " 🙏", " :shipit:", " (:"]


def ver():
    return "%d.%d.%d" % (rng.randrange(0, 5), rng.randrange(0, 30), rng.randrange(0, 15))


def gen_devops():
    t = rng.randrange(7)
    s, e = pick(DV_SVCS), pick(DV_ENVS)
    if t == 0:
        v = ver()
        return "deploying %s %s to %s: `helm upgrade %s ./charts/%s -n %s --set image.tag=%s`%s" % (s, v, e, s, s, e, v, pick(DV_EMOJI))
    if t == 1:
        return "%s can you check `kubectl -n %s logs deploy/%s --since=%dm | grep -i error`?" % (pick(DV_PEOPLE), e, s, rng.randrange(5, 90))
    if t == 2:
        return "`kubectl -n %s scale deploy/%s --replicas=%d` for the %s traffic spike%s" % (e, s, rng.randrange(2, 30), pick(["Black Friday", "webinar", "newsletter", "Monday morning"]), pick(DV_EMOJI))
    if t == 3:
        return "%s: %s %s is %s, %s%s" % (pick(["%02d:%02d" % (rng.randrange(24), rng.randrange(60))]), s, e,
                                          pick(["back to green", "flapping", "at 92% CPU", "returning 503s", "rolling out", "paused"]),
                                          pick(["watching it", "rolling back", "paging " + pick(DV_PEOPLE), "no action needed", "opened INC-%d" % rng.randrange(100, 999)]),
                                          pick(DV_EMOJI))
    if t == 4:
        return "terraform -chdir=envs/%s apply -target=module.%s -var=\"instance_count=%d\"" % (e, s.replace("-", "_"), rng.randrange(1, 12))
    if t == 5:
        return "cron `%s` for %s in %s — %s" % (pick(["0 2 * * *", "*/5 * * * *", "30 6 * * 1", "0 */4 * * *", "15 3 1 * *", "0 9-17 * * 1-5"]),
                                                s, e, pick(["runs in UTC", "disable during the freeze", "moved from the old crontab", "why is this every 5 min?"]))
    return "https://grafana.example.com/d/%s/%s-overview?orgId=1&var-env=%s&from=now-%dh&to=now %s" % (
        "%06x" % rng.getrandbits(24), s, e, rng.randrange(1, 48), pick(["look at the p95 panel", "memory climbing", "this one", "fyi", "<- see the spike"]))


# ---------------------------------------------------------------------------
# 6. security-team-prose
# ---------------------------------------------------------------------------

SECURITY = [
    "Finding 3 (High): the report export endpoint builds its SQL by concatenating the sort parameter, so it is vulnerable to SQL injection. Use parameterized queries and an allow-list for column names.",
    "The pentesters found reflected XSS on the search page: the query string is echoed into the results header without output encoding. Fix: encode on output and add a strict Content-Security-Policy.",
    "Path traversal in the attachment download handler lets an authenticated user request files outside the uploads directory, including files under the /etc directory. Normalize the path and check it stays under the base folder.",
    "Reminder: never paste customer data into public AI tools. If you did by accident, tell the security team — no blame.",
    "CVE-2021-44228 (Log4Shell) summary: Log4j 2 versions before 2.15.0 evaluate lookups in logged messages, which allows remote code execution when an attacker controls a logged string. We patched all services to 2.17.1 in Dec 2021.",
    "Phishing awareness: this week's simulated email pretended to be from 'IT Service Desk' asking users to re-enter their password. 14% clicked, 6% entered credentials. Look at the sender domain before clicking.",
    "Incident report INC-2291: a contractor laptop was stolen from a car on 12 March. The disk was encrypted with BitLocker and the account was disabled within 40 minutes. No data exposure expected.",
    "Policy 4.2: Admin panel access is restricted to the corporate VPN and requires hardware-key MFA. Exceptions must be approved by the CISO and reviewed quarterly.",
    "The WAF blocked a number of requests containing script tags in the comment field yesterday; most were from one scanner IP. No action needed beyond the usual review.",
    "Stored XSS in the wiki macro: users could save a page whose title contains HTML, and the breadcrumbs rendered it unescaped. Rated Medium because it needs an editor account.",
    "We rotated all tokens after the CI incident. Please re-authenticate the GitHub CLI and any personal access tokens you use for automation.",
    "Server-side request forgery (SSRF) risk: the 'import from URL' feature fetched any URL, including the cloud metadata address. It now resolves the host first and refuses private and link-local ranges.",
    "Table-top exercise next Tuesday: ransomware scenario, starting at the moment the helpdesk gets the first 'my files have strange extensions' call.",
    "Vendor questionnaire, Q17: 'Do you perform annual penetration tests by an independent third party?' — Yes, last one in October, executive summary available under NDA.",
    "Don't share passwords in chat, not even 'temporary' ones. Use the password manager's share feature, it expires the link after 24 hours.",
    "CVE-2023-34362 (MOVEit Transfer) was an SQL injection in the web app that led to data theft at many organisations. We don't run MOVEit, but check your vendors.",
    "Pentest summary: 2 High, 5 Medium, 9 Low. Highs: IDOR on /api/invoices/{id} (any user could read other tenants' invoices by changing the number), and a missing authorization check on the role-change endpoint.",
    "Command injection was possible in the legacy network diagnostic page because the hostname field was passed to a shell. The page has been removed.",
    "Please stop disabling the EDR agent to 'speed up builds'. If it's slow, open a ticket and we'll tune exclusions.",
    "The phishing email used a lookalike domain (examp1e-corp with a digit one) and a PDF that linked to a fake login page. Report anything similar with the 'Report Phish' button.",
    "Root cause: a debug endpoint left enabled in production returned environment variables, including a database password. Fix: removed the endpoint, rotated the secret, added a CI check.",
    "Template injection risk: the email-template editor rendered user-provided templates server-side with full access to the context. It now uses a sandboxed environment.",
    "Security champions meeting notes: discussed XXE in the SAML parser (fixed by disabling external entities), the dependency update backlog, and next quarter's training on deserialization bugs.",
    "Insecure deserialization: the session cookie was a serialized Java object signed with a static key that was in the public repo. Anyone with the key could forge objects. Key rotated; moving to JWTs.",
    "Clickjacking: the settings page could be framed. Added X-Frame-Options: DENY and frame-ancestors 'none'.",
    "Incident timeline (UTC): 02:14 impossible-travel alert for j.doe; 02:20 session revoked; 02:31 password reset enforced; 09:00 user confirmed travel with VPN exit in another country. Closed as benign.",
    "Acceptable use: personal use of company devices is allowed within reason; installing unapproved software, crypto mining and torrenting are not.",
    "Bug bounty report #2219 claims an open redirect on the logout URL. Reproduced: the 'next' parameter accepts any host. Severity Low, fix scheduled.",
    "Quarterly access review: managers, please confirm the listed people still need access to the production databases by Friday.",
    "CSRF protection was missing on the 'change email' form because it was a plain HTML form posting to a JSON endpoint that also accepted form data.",
    "CVE-2017-5638 (Apache Struts) allowed remote code execution via a crafted Content-Type header evaluated as an OGNL expression. Mentioned in training as the root cause of a well-known breach.",
    "Reminder for developers: escaping HTML is not enough inside a JavaScript string or an attribute without quotes — use the templating engine's context-aware escaping.",
    "Data classification: 'Confidential' covers customer PII, contracts and salary data. It may be stored in approved systems only, never on USB sticks.",
    "We will start blocking macros in Office files from the internet next month, following Microsoft's default. If your workflow depends on macros, talk to us.",
    "Vulnerability scan: 3 hosts still expose SMBv1 and one has RDP open to the internet. Owners have been notified; deadline 14 days.",
    "The red team got in through a forgotten staging server with default credentials on its admin console, then moved laterally using a service account with domain admin rights.",
    "Lessons learned: our logs didn't include the request body, so we couldn't tell which records were accessed. We now log request IDs and object IDs (not bodies).",
    "Secure coding training: module 3 covers injection flaws (SQL, OS command, LDAP), module 4 covers cross-site scripting and why innerHTML is dangerous.",
    "MFA fatigue attack attempt: user received 30 push notifications at night and reported it. Number matching is now enforced for all users.",
    "Please report lost badges within 24 hours; they'll be disabled and replaced at reception.",
    "Risk accepted: the legacy intranet uses TLS 1.1 until its replacement ships in Q3. Compensating control: reachable only from the internal network.",
]

SEC_SEV = ["Critical", "High", "Medium", "Low", "Informational"]
SEC_ISSUES = ["missing rate limiting on the login endpoint", "verbose error messages that reveal stack traces",
              "an IDOR on the attachments API", "session cookies without the Secure flag",
              "outdated jQuery with known XSS issues", "a password reset token that never expires",
              "directory listing enabled on the static bucket", "SQL injection in a reporting filter",
              "unvalidated redirects after login", "an S3 bucket readable by any authenticated AWS user",
              "hard-coded API keys in the mobile app", "weak TLS ciphers on the legacy mail gateway"]
SEC_COMPONENTS = ["the customer portal", "the helpdesk widget", "the mobile app", "the partner API",
                  "the admin panel", "the wiki export service", "the billing microservice", "the marketing site"]
SEC_RECS = ["add server-side validation", "rotate the affected credentials", "apply the vendor patch",
            "enforce least privilege", "enable HSTS", "add the check to the CI pipeline", "use prepared statements",
            "set an expiry of 30 minutes", "remove the endpoint", "encode output by context"]


def gen_security():
    t = rng.randrange(4)
    if t == 0:
        return "Finding %s-%02d (%s): %s in %s. Recommendation: %s and %s." % (
            pick(["PT25", "RT24", "BB"]), rng.randrange(1, 40), pick(SEC_SEV), pick(SEC_ISSUES), pick(SEC_COMPONENTS),
            pick(SEC_RECS), pick(SEC_RECS))
    if t == 1:
        return "CVE-20%d-%d affects %s %s; we run %s. Patch window: %s." % (
            rng.randrange(19, 26), rng.randrange(1000, 49999), pick(["OpenSSL", "Confluence", "GitLab", "Jenkins", "the VPN appliance", "Chrome"]),
            pick(["before 3.0.8", "up to 8.5.3", "16.x prior to 16.7.2", "< 2.440"]), pick(["an affected version", "a patched version", "it only on two hosts"]),
            pick(["tonight 22:00–23:00", "this weekend", "already patched", "next Tuesday"]))
    if t == 2:
        return "Retest of %s in %s: %s." % (pick(SEC_ISSUES), pick(SEC_COMPONENTS),
                                           pick(["fixed", "partially fixed, the API still accepts the old parameter", "not fixed", "fixed, closing", "risk accepted until Q4"]))
    return "Phishing report from %s: %s. %s" % (
        person(), pick(["fake invoice with a macro-enabled attachment", "fake DocuSign link", "voicemail notification leading to a login page",
                        "gift-card request pretending to be the CEO", "payroll 'update your bank details' form"]),
        pick(["Blocked sender domain.", "Purged from 41 mailboxes.", "Nobody clicked, nice work!", "One click, password reset done."]))


# ---------------------------------------------------------------------------
# 7. email-bodies
# ---------------------------------------------------------------------------

EMAILS = [
    "Hi team,\n\nPlease see below — the customer still can't log in.\n\nThanks,\nMarta\n\n-----Original Message-----\nFrom: Jon Bell <jon.bell@example.org>\nSent: Tuesday, March 11, 2025 4:12 PM\nTo: support@example.com\nSubject: RE: Login problem (case 00418822)\n\nStill not working. I get \"invalid credentials\" even after the reset.",
    "> Can you send the signed contract by Friday?\n\nYes, attached. Let me know if legal needs anything else.\n\n> Thanks!\n> — Sam",
    "Best regards,\n\nDr. Anja Müller-Lüdenscheidt\nHead of Procurement | Example Industries GmbH\nTel. +49 (0)89 123 456-78 | Mobile +49 171 2345678\nLeopoldstraße 12, 80802 München",
    "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any unauthorised use is prohibited.",
    "From: \"Noreply\" <noreply@notifications.example.com>\nDate: Mon, 10 Mar 2025 08:00:04 +0000\nSubject: Your weekly summary\n\nYou closed 23 tickets this week 🎉\n\nTo stop receiving these emails, unsubscribe here: https://notifications.example.com/unsubscribe?u=8f2c91&list=weekly",
    "Hi Priya,\n\nFollowing up on our call — attached are the revised quotes (v2). Pricing is valid until 30 April.\n\nKind regards,\nTom\n\nTom Hughes | Account Executive\n+44 20 7946 0958",
    "On Wed, 12 Mar 2025 at 09:14, Lucía Fernández <lucia@example.es> wrote:\n> Hola, adjunto la factura corregida.\n> Saludos\n\nGracias Lucía, recibida. Se la paso a contabilidad.",
    "Sent from my iPhone\n\n> On 11 Mar 2025, at 18:02, Helpdesk <helpdesk@example.com> wrote:\n>\n> Your ticket #48812 has been resolved. Reply to this email to reopen it.",
    "Forwarding this — looks like a billing issue rather than a tech one.\n\n---------- Forwarded message ---------\nFrom: Karen Liu <karen.liu@example.net>\nDate: Thu, Mar 6, 2025 at 11:47 AM\nSubject: Charged twice for March\nTo: <billing@example.com>\n\nHello, my card was charged twice (2 × $49.00) on 3/1. Please refund one.",
    "Please do not reply to this message. Replies to this address are not monitored.\n\nManage your notification preferences: https://app.example.com/settings/notifications\n© 2025 Example Inc., 123 Market St., Suite 400, San Francisco, CA 94105",
    "Hi all,\n\nReminder that the office is closed on Monday (public holiday). Support rota:\n- Sat: Kemal\n- Sun: Ines\n- Mon: Yuki\n\nCheers,\nOps",
    "Dear Sir/Madam,\n\nWe write regarding invoice no. INV-2025-0311 dated 11/03/2025 for EUR 4.812,50, which remains unpaid. Kindly arrange payment within 14 days.\n\nYours faithfully,\nAccounts Receivable",
    ">> we'll need the logs from the 10th\n> attached, let me know if you need more\n\nthanks! found it — the job ran twice because of the DST change.",
    "Thanks & regards,\nRavi Shankar\nSenior Consultant\nM: +91 98450 12345 | E: ravi.s@example.in\n[cid:image001.png@01DB92A4.5C3E1F20]",
    "Bonjour,\n\nJe me permets de vous relancer concernant notre demande du 3 mars (réf. DEV-7781).\n\nCordialement,\nÉlodie Marchand\nService Achats – Exemple SAS\n01 23 45 67 89",
    "Subject: [EXTERNAL] Meeting notes + next steps\n\nCAUTION: This email originated from outside of the organization. Do not click links or open attachments unless you recognize the sender and know the content is safe.\n\nHi Dana, notes attached.",
    "Out of office: I'm away until 24 March with limited access to email. For urgent matters, please contact my colleague Jens (jens.p@example.dk, +45 32 12 34 56).",
    "Hi,\n\nThe link in your last email (https://share.example.com/s/Ab3dEf?dl=0) says 'access denied'. Could you re-share it with my address?\n\nThanks\nOla",
    "Hello support,\n\nWhen I export the report as PDF the umlauts turn into boxes (ä → □). Example attached.\n\n--\nMatthias\nSent with Proton Mail secure email.",
    "-------- Original message --------\nFrom: Ahmed Al-Farsi <a.alfarsi@example.ae>\nDate: 09/03/2025 14:22 (GMT+04:00)\nTo: sales@example.com\nSubject: Quote request – 40 licences\n\nPlease send a quote for 40 Business licences, annual billing.",
    "Hi Jo,\n\nSee inline.\n\n> 1. Can we move the go-live to the 21st?\nYes.\n> 2. Who signs off the UAT?\nMe + Farah.\n> 3. Training?\nTwo sessions, 60 min each, recorded.\n\nB.",
    "Confidentiality Notice: The information contained in this e-mail is privileged and confidential. If you are not the intended recipient, you must not copy, distribute or take any action in reliance on it.\n\nPlease consider the environment before printing this email. 🌱",
    "Unsubscribe: https://mail.example.com/u/3f9c?email=k.nakamura%40example.jp | View in browser: https://mail.example.com/v/3f9c",
    "Hey,\n\nquick one: is the API rate limit per key or per account? We're hitting 429s with 3 keys.\n\nthx\n-- \nLeo | CTO @ Tiny Startup\n\"Move fast and fix things\"",
    "Ciao Marco,\n\nti inoltro la mail di Giulia qui sotto.\n\nA presto,\nFrancesca\n\n> Da: Giulia Bianchi\n> Inviato: lunedì 10 marzo 2025 17:31\n> A: Francesca Rossi\n> Oggetto: Preventivo aggiornato\n>\n> Ecco il preventivo aggiornato con lo sconto del 10%.",
    "From: IT Service Desk <servicedesk@example.com>\nTo: All Staff\nSubject: Planned maintenance Sat 22:00–02:00\n\nEmail and VPN will be unavailable during this window. Thank you for your patience.",
    "Hi,\nplease find my availability below:\nTue 14–16h, Wed 9–11h, Thu after 15h (CET)\nBest, Karolina\n\nKarolina Wiśniewska | +48 601 234 567",
    "Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie die Kündigungsbestätigung zum 31.03.2025.\n\nMit freundlichen Grüßen\ni. A. Stefan Köhler\n\nBeispiel AG · Amtsgericht Hamburg HRB 12345 · Geschäftsführer: Dr. P. Lang",
    "Thank you for contacting Example Support! Your request (#339201) has been received and is being reviewed by our support staff.\n\nTo add additional comments, reply to this email.",
    "RE: RE: RE: FW: Q1 numbers\n\nok let's go with version C.\n\n> > > can we use the numbers from the 14th instead?",
    "Hi there,\n\nMy name is Sipho and I manage IT at a school in Durban. We'd like a non-profit discount, if available.\n\nRegards\nSipho Dlamini\n+27 31 123 4567",
    "________________________________\nFrom: Jane Park\nSent: Friday, 7 March 2025 10:03\nTo: Helpdesk\nCc: Min-jun Kim\nSubject: Laptop for new starter\n\nHi, can we get a laptop ready for Min-jun by Monday? Thanks!",
    "P.S. The invoice PDF has the old address (Unit 4/12 Harbour Rd) — our new one is Level 3, 88 George St, Sydney NSW 2000.",
    "If you no longer wish to receive these emails, click here to unsubscribe or reply STOP. Example Ltd, Registered in England & Wales No. 01234567.",
    "Dear Customer,\n\nYour order #100-2231-77 has shipped! Track it here: https://track.example.com/?n=1Z999AA10123456784\n\nThe Example Store Team",
    "Hi Support,\n\n<<< This message was sent from an external mailbox >>>\n\nOur admin (hanna@example.fi) left; please transfer ownership of the workspace to me.\n\nKiitos,\nMikko Virtanen\n040 123 4567",
    "Hi Greg — see Nadia's reply below. TL;DR: they want to pay by bank transfer, not card.\n\n> Greg, we can't use corporate cards for SaaS > $5k.\n> Please send IBAN/SWIFT details on letterhead.\n> N.",
    "Sender: Calendar <calendar-notification@example.com>\nSubject: Updated invitation: Weekly sync @ Weekly from 10:00 to 10:30 on Tuesday (CET)\n\nThis event has been changed. Join with Google Meet: https://meet.example.com/abc-defg-hij",
    "Thanks for the update!!\n\nOne question — does the new plan include the API add-on, or is that still separate (€9/user/mo)?\n\n/Fredrik\n\nFredrik Sandberg\nIT-ansvarig, Exempel AB\n08-123 456 78",
    "To whom it may concern,\n\nI am writing to request deletion of my personal data under Article 17 GDPR. My account email is p.novak@example.cz.\n\nS pozdravem,\nPetr Novák",
    "Hi,\n\nWe got this bounce when replying to your ticket:\n\n  550 5.1.1 <supprot@example.com>: Recipient address rejected: User unknown\n\nLooks like a typo in the Reply-To. FYI.\n\nHamid",
]

EM_GREET = ["Hi {f},", "Hello {f},", "Dear {f},", "Hey {f}!", "Bonjour {f},", "Hallo {f},", "Hola {f},", "{f} —"]
EM_BODY = ["Please see the attached screenshot, the error appears right after login.",
           "Could you have a look at the ticket below? The customer is getting impatient.",
           "Thanks for the quick turnaround on this!",
           "As discussed on the phone, I've attached the signed order form.",
           "We still haven't received a response regarding case {n}.",
           "The meeting is moved to Thursday 10:30 (CET), same Teams link.",
           "Can you confirm the renewal date and the number of seats?",
           "Invoice {n} shows the wrong VAT number – ours is DE123456789."]
EM_SIGN = ["Best,\n{f} {l}", "Kind regards,\n{f} {l}\n{t}", "Thanks,\n{f}\nSent from Outlook for Android",
           "Cheers\n{f}", "Regards,\n{f} {l} | {t}\nTel: +{cc} {ph}", "Mit freundlichen Grüßen\n{f} {l}"]
EM_TITLES = ["Office Manager", "Customer Success Lead", "IT Administrator", "Finance Assistant", "Head of Sales EMEA"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    g = pick(EM_GREET).format(f=pick(FIRST))
    braw = pick(EM_BODY)
    b = braw.format(n="#%d" % rng.randrange(10000, 999999))
    s = pick(EM_SIGN).format(f=f, l=l, t=pick(EM_TITLES), cc=pick(["1", "44", "49", "33", "61", "81"]),
                             ph="%d %d %04d" % (rng.randrange(20, 99), rng.randrange(100, 999), rng.randrange(10000)))
    t = rng.randrange(3)
    if t == 0:
        return "%s\n\n%s\n\n%s" % (g, b, s)
    if t == 1:
        return "From: %s %s <%s.%s@example.com>\nSent: %s\nTo: %s\nSubject: %s\n\n%s\n\n%s" % (
            f, l, f.lower(), rng.randrange(1, 99), pick(["Monday, 3 March 2025 09:12", "Tue 11/03/2025 16:40", "Friday, March 14, 2025 8:05 AM"]),
            pick(["Support", "helpdesk@example.com", "Sales Team"]), pick(["RE: Renewal", "FW: Error on export", "Question about invoice", "Access request"]),
            b, s)
    q = pick([x for x in EM_BODY if x != braw])
    return "> %s\n> %s\n\n%s\n\n%s" % (q.format(n="#%d" % rng.randrange(10000, 99999)), pick(["Thanks", "Best, " + pick(FIRST), "—" + pick(FIRST)]), b, s)


# ---------------------------------------------------------------------------
# 8. product-catalog
# ---------------------------------------------------------------------------

PRODUCTS = [
    "Standing desk frame, height 28\" – 47.6\" (71–121 cm), max load 120 kg / 265 lb. Model SD-2M/BLK",
    "<ul><li>100% organic cotton</li><li>Machine wash 30 °C</li><li>Made in Portugal</li></ul>",
    "<p><strong>New!</strong> The Aero chair now comes with adjustable lumbar support &amp; 4D armrests.</p>",
    "Hex bolt M8 x 40 mm, DIN 933, A2 stainless – pack of 50 (SKU: HB-M8/40-A2-50)",
    "Model 5'11\" surfboard, 20 1/2\" wide, 2 5/8\" thick, 37.5 L volume",
    "Copper pipe 1/2\" x 10' Type L — price per length: $24.99",
    "Espresso cups, set of 6 (90 ml / 3 oz) – €29,90 inkl. MwSt.",
    "Laptop sleeve for 13\"–14\" devices, 35 × 25 × 2 cm, recycled PET",
    "USB-C hub 7-in-1: HDMI 4K@60Hz, 2× USB-A 3.2, SD/microSD, 100 W PD pass-through. Part no. HUB7-C/GR",
    "Price: ¥12,800 (税込) — 送料無料",
    "Preis: 1.299,00 € · UVP 1.499,00 €",
    "£14.99 each or 3 for £40",
    "R$ 249,90 em até 10x sem juros",
    "₹1,499 (incl. GST) – Free delivery on orders above ₹499",
    "CHF 89.– / Stück",
    "Rug 160 x 230 cm (5'3\" x 7'7\"), 100% New Zealand wool, hand-tufted",
    "<h3>Specifications</h3><table><tr><td>Weight</td><td>1.2 kg</td></tr><tr><td>Battery</td><td>5000 mAh</td></tr></table>",
    "Cable tie 4.8 × 200 mm, UV-resistant, black — 100 pcs (#CT-48/200-UV)",
    "Ring size 6 ½ (US) / M (UK) / 52.8 mm circumference, 18k gold, 2.1 g",
    "Screen protector for iPhone 15 Pro Max (6.7\"), 9H tempered glass, 2-pack",
    "T-shirt \"Hello, World!\" — sizes XS–3XL, unisex fit",
    "Brake pads front axle, fits VW Golf VII 1.4 TSI (2012–2020), OE 5Q0 698 151 D",
    "Dimensions (W×D×H): 120 × 60 × 75 cm; tabletop 25 mm MDF, oak veneer",
    "Ships in 2–3 business days. Not available in AK/HI/PR.",
    "Coffee beans, Ethiopia Yirgacheffe, 250 g – notes of jasmine, bergamot & lemon. Roast: light ☕",
    "<p>Perfect for kids 3+ 🧸</p><p><em>Warning:</em> small parts, choking hazard.</p>",
    "A4 copy paper 80 g/m², 500 sheets/ream, 5 reams per box — 39,95 zł",
    "Power supply 12V ⎓ 2A, 5.5/2.1 mm barrel, 100–240V ~ 50/60 Hz input",
    "Garden hose ½\" (13 mm), 25 m, with brass fittings. Item 4006-25/B",
    "Monitor arm VESA 75×75 / 100×100, for screens 17\"–32\" up to 9 kg",
    "Bundle: Camera body + 24–70 mm f/2.8 lens + 64 GB SDXC (V30) — save 15%!",
    "Wine glass 'Bordeaux' 650 ml, lead-free crystal, H 24.5 cm, Ø 10 cm",
    "Yoga mat 183 × 61 cm × 6 mm, TPE, non-slip — colours: sage / terracotta / midnight",
    "Item weight: 2 lbs 3 oz (1 kg). Package: 14\" x 10\" x 4\"",
    "Size chart: S (36–38) | M (40–42) | L (44–46) | XL (48–50)",
    "<div class=\"features\"><span>Waterproof (IP68)</span> · <span>Up to 14 days battery</span></div>",
    "Bestseller ★★★★★ (4.8/5, 2,341 reviews)",
    "SKU AB-1234/XL-RED · EAN 4006381333931 · MPN 7781-22",
    "Office chair replacement casters 11 mm x 22 mm stem, set of 5 (fits most IKEA® chairs*) *IKEA is a registered trademark of Inter IKEA Systems B.V.",
    "Multi-tool 18-in-1 with pliers, saw & scissors – TSA: not carry-on safe!",
    "Price drop: was $129.00, now $99.00 (-23%). Offer ends 31/03 23:59 GMT.",
]

PR_ITEMS = ["Desk lamp", "Notebook A5", "Wireless mouse", "Ergonomic keyboard", "Water bottle", "Backpack",
            "Whiteboard", "Headphones", "Monitor stand", "Cable organizer", "Planner 2025", "Mug"]
PR_ADJ = ["matte black", "oak", "recycled", "dotted", "silent-click", "split layout", "insulated", "waterproof",
          "magnetic", "noise-cancelling", "adjustable", "ceramic"]
PR_PRICES = ["${:d}.{:02d}", "{:d},{:02d} €", "£{:d}.{:02d}", "¥{:d}{:02d}0", "{:d},{:02d} zł", "CHF {:d}.{:02d}",
             "A${:d}.{:02d}", "{:d},{:02d} kr", "R$ {:d},{:02d}", "₩{:d},{:02d}0"]
PR_DIMS = ["{a} x {b} cm", "{a}\" x {b}\"", "{a} × {b} × {c} mm", "Ø {a} cm, H {b} cm", "{f}\" thick", "{ft}' {inch}\" long"]


def price(fmt=None):
    return (fmt or pick(PR_PRICES)).format(rng.randrange(1, 900), rng.randrange(100))


def gen_product():
    item, adj = pick(PR_ITEMS), pick(PR_ADJ)
    sku = "%s-%03d/%s" % ("".join(w[0] for w in item.upper().split()), rng.randrange(1, 999),
                          pick(["BLK", "WHT", "GRY", "S", "M", "L", "XL", "OAK", "2PK"]))
    dim = pick(PR_DIMS).format(a=rng.randrange(1, 200), b=rng.randrange(1, 120), c=rng.randrange(1, 60),
                               f=pick(["1/2", "3/4", "1 1/4", "5/8", "3/8"]), ft=rng.randrange(1, 12), inch=rng.randrange(0, 12))
    t = rng.randrange(4)
    if t == 0:
        return "%s, %s — %s — %s (SKU %s)" % (item, adj, dim, price(), sku)
    if t == 1:
        return "<p><strong>%s</strong> – %s</p><ul><li>%s</li><li>%s</li></ul>" % (
            item, adj, dim, pick(["1-year warranty", "free returns", "BPA-free", "FSC® certified", "ships in 24 h", "CE / UKCA"]))
    if t == 2:
        return "%s %s | %s | %s" % (adj.capitalize(), item.lower(), sku, price())
    fmt = pick(PR_PRICES)
    return "%s: %s, was %s, now %s%s" % (sku, item, price(fmt), price(fmt), pick(["", " 🔥", " (-%d%%)" % rng.randrange(5, 60), " – while stocks last"]))


# ---------------------------------------------------------------------------
# 9. academic-legal
# ---------------------------------------------------------------------------

ACADEMIC = [
    "Smith, J., & Okafor, A. (2021). Remote work and team cohesion. Journal of Organizational Behavior, 42(3), 301–318. https://doi.org/10.1002/job.2512",
    "See 15 U.S.C. § 45(a)(1) (unfair or deceptive acts or practices).",
    "Art. 6(1)(f) GDPR allows processing necessary for legitimate interests, subject to the balancing test in Recital 47.",
    "The difference was significant (t(48) = 2.31, p < 0.05, Cohen's d = 0.66).",
    "We report x̄ ± σ = 12.4 ± 3.1 ms across n = 30 runs.",
    "H0: μ1 = μ2 vs. H1: μ1 ≠ μ2, two-sided, α = 0.05.",
    "$\\frac{a}{b} + \\sqrt{c}$",
    "\\begin{equation}\n  E = mc^2\n\\end{equation}",
    "$$\\sum_{i=1}^{n} x_i^2 \\leq \\left( \\sum_{i=1}^{n} |x_i| \\right)^2$$",
    "2 H₂ + O₂ → 2 H₂O (ΔH = −571.6 kJ/mol)",
    "NaCl(aq) + AgNO₃(aq) → AgCl(s)↓ + NaNO₃(aq)",
    "Pursuant to § 5(a)(1) of the Agreement, either party may terminate upon 30 days' written notice.",
    "Cf. Brown v. Board of Education, 347 U.S. 483 (1954).",
    "Regulation (EU) 2016/679, Art. 17(3)(b); see also BGH, Urt. v. 12.07.2018 – III ZR 183/17.",
    "arXiv:2403.01234 [cs.CL]",
    "Vaswani et al., \"Attention Is All You Need,\" NeurIPS 2017, pp. 5998–6008.",
    "The regression yields R² = 0.74 (adj. R² = 0.71), F(3, 96) = 91.2, p < .001.",
    "Let f: ℝ → ℝ, f(x) = x² − 4x + 3; then f'(x) = 2x − 4 and the minimum is at x = 2.",
    "95% CI [1.02, 1.87]; OR = 1.38",
    "\\[ \\int_0^\\infty e^{-x^2}\\,dx = \\frac{\\sqrt{\\pi}}{2} \\]",
    "Sec. 2(b)(iii) shall not apply where the Licensee is a \"Small Enterprise\" as defined in Schedule 1.",
    "Doe v. Roe, No. 19-cv-01234 (S.D.N.Y. Mar. 4, 2021), ECF No. 57, at 12 n.3.",
    "ISO/IEC 27001:2022, Annex A, control 5.23 (Information security for use of cloud services)",
    "The p-value (p = 0.049) barely clears α = 0.05; with Bonferroni correction for 4 tests (α' = 0.0125) it does not.",
    "\\documentclass{article}\n\\usepackage{amsmath}\n\\begin{document}\n$a^2 + b^2 = c^2$\n\\end{document}",
    "pH = −log₁₀[H⁺]; for [H⁺] = 3.2 × 10⁻⁵ M, pH ≈ 4.49",
    "C₆H₁₂O₆ + 6 O₂ → 6 CO₂ + 6 H₂O",
    "χ²(2, N = 412) = 9.87, p = .007",
    "Article 3, paragraph 2, sentence 1 of the Basic Law (Art. 3 Abs. 2 S. 1 GG)",
    "Lemma 2. For all ε > 0 there exists δ > 0 such that |x − a| < δ ⇒ |f(x) − f(a)| < ε.",
    "Retrieved from https://www.example.edu/library/guides/apa-7?section=references#doi on 2025-03-12.",
    "\\begin{align}\n  \\nabla \\cdot \\mathbf{E} &= \\frac{\\rho}{\\varepsilon_0} \\\\\n  \\nabla \\cdot \\mathbf{B} &= 0\n\\end{align}",
    "Cal. Civ. Code § 1798.100(a)–(d) (CCPA right to know)",
    "Ibid., at 44–46; contra Jones (2019), who finds no effect (β = 0.03, SE = 0.04).",
    "The model is y_i = β₀ + β₁x_i + ε_i with ε_i ~ N(0, σ²).",
    "Kruskal–Wallis H = 14.2, df = 3, p = 0.0026; post-hoc Dunn tests with Holm adjustment.",
    "\"the Services\" means the software-as-a-service offering described in Exhibit A, as amended from time to time (cf. cl. 12.4).",
    "Fig. 3: Mean response time (s) by condition; error bars show ±1 SE.",
    "O(n log n) average, O(n²) worst case for quicksort with a naive pivot.",
    "In re Marriage of Smith, 123 Cal. App. 4th 456, 460–61 (2004)",
]

AC_AUTH = ["Nguyen, T.", "Schmidt, K.", "Adeyemi, O.", "García-López, M.", "O'Connor, R.", "Lindqvist, E.",
           "Haddad, S.", "Chen, W.", "Kowalski, P.", "Rossi, G."]
AC_TITLES = ["Measuring burnout in distributed software teams", "A survey of multilingual customer support",
             "Spreadsheet errors in financial reporting", "Incident response maturity in SMEs",
             "Translation memory reuse across product releases", "Sales forecasting with hierarchical models",
             "Email overload and knowledge-worker productivity", "Ticket routing with weak supervision"]
AC_JOURNALS = ["Empirical Software Engineering", "Information & Management", "J. Data Sci.", "CHI '24",
               "Translation Spaces", "Int. J. Forecasting", "MIS Quarterly", "PLOS ONE"]


def gen_academic():
    t = rng.randrange(5)
    if t == 0:
        a = rng.sample(AC_AUTH, rng.randrange(1, 4))
        return "%s (%d). %s. %s, %d(%d), %d–%d. https://doi.org/10.%d/%s.%d.%d" % (
            ", ".join(a[:-1]) + (", & " if len(a) > 1 else "") + a[-1], rng.randrange(2008, 2026), pick(AC_TITLES), pick(AC_JOURNALS),
            rng.randrange(1, 60), rng.randrange(1, 12), rng.randrange(1, 400), rng.randrange(400, 800),
            rng.randrange(1000, 9999), pick(["emse", "im", "jds", "ijf", "pone"]), rng.randrange(2010, 2025), rng.randrange(100, 99999))
    if t == 1:
        return "§ %d(%s)(%d)%s" % (rng.randrange(1, 400), pick("abcdefgh"), rng.randrange(1, 9),
                                  pick(["", " of the Act", " (as amended 2023)", "(ii)", " and § %d" % rng.randrange(1, 99), ", Sch. 2"]))
    if t == 2:
        return "t(%d) = %.2f, p %s %.3f, d = %.2f" % (rng.randrange(10, 300), rng.uniform(0.5, 5), pick(["<", "=", ">"]),
                                                     rng.uniform(0.001, 0.2), rng.uniform(0.05, 1.4))
    if t == 3:
        return "$%s$" % pick(["\\bar{x} = \\frac{1}{n}\\sum_{i=1}^{n} x_i", "\\hat{\\beta} = (X^\\top X)^{-1} X^\\top y",
                              "P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}", "\\sigma^2 = E[(X-\\mu)^2]",
                              "\\lim_{n \\to \\infty} \\left(1 + \\frac{1}{n}\\right)^n = e", "f(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & \\text{otherwise} \\end{cases}",
                              "\\mathbb{E}[X] = \\int x\\,p(x)\\,dx", "a_{n+1} = a_n + %d" % rng.randrange(2, 20),
                              "\\binom{%d}{%d}" % (rng.randrange(5, 30), rng.randrange(1, 5))])
    return "%s, %s, %d %s %d (%d)" % (pick(["Smith v. Jones", "R v Hughes", "Acme Corp. v. Beta LLC", "Müller ./. Schulz", "Doe v. Example Inc."]),
                                    "No. %d-%d" % (rng.randrange(10, 24), rng.randrange(100, 9999)),
                                    rng.randrange(1, 999), pick(["F.3d", "F. Supp. 3d", "U.S.", "WLR", "NJW"]), rng.randrange(1, 2000), rng.randrange(1990, 2025))


# ---------------------------------------------------------------------------
# 10. crm-notes
# ---------------------------------------------------------------------------

CRM = [
    "Call w/ Siobhán O'Sullivan (Head of Ops, Kerry & Co.) — interested in 50 seats, wants SSO + audit log. Next: send security whitepaper by Fri.",
    "Met Jean-Luc Dufresne-Martin at the Lyon trade fair. Very keen, budget approved for Q3. 🇫🇷",
    "Yahoo! Japan team: demo went great 🎉 — follow up with pricing in JPY.",
    "Contact: D'Angelo, Maria — prefers WhatsApp, not email. +39 333 123 4567",
    "AT&T procurement requires vendor registration via their portal first (Ariba). Ticket with them: PR-00912.",
    "Address: 221B Baker St., Flat 2, London NW1 6XE, UK",
    "Billing address: c/o Müller & Söhne GmbH, Königsallee 92a, 40212 Düsseldorf",
    "Left voicemail for Nguyễn Thị Hương, will try again Tue 10:00 ICT.",
    "Champion: Ana-María Pérez-Gómez. Blocker: their CFO (\"we already have a tool for that\").",
    "Lost deal — went with competitor on price (−18%). Revisit at renewal, Mar 2026.",
    "Next steps:\n1. Send MSA redlines back to legal\n2. Book technical deep-dive w/ their IT (Raj, Mei)\n3. Trial extension until 15/04",
    "O'Reilly & Partners LLP — renewal at risk, usage dropped 40% since Jan 😬",
    "P&G regional office moved: new address 1 Procter & Gamble Plaza, Cincinnati, OH 45202",
    "Zoë Ågren-Björk (she/her) — new VP Marketing at Nordlys AB, replaced Lars.",
    "Asked for a discount \"like last year\" – last year was 10%, max we can do is 12% with a 2-year term.",
    "王磊 (Wang Lei) — 负责采购，下周二开会。Prefers Mandarin for calls.",
    "Customer quote: \"Your support team saved our quarter-end!!\" — ask for a case study? 🙌",
    "Mr. & Mrs. Van der Merwe, 14 Long St, Cape Town 8001 — family business, 6 users.",
    "Ben & Jerry's UK — inbound via webinar, wants integration with HubSpot.",
    "Spoke to José María (IT) y a Carmen (Compras): quieren la factura en euros, no en dólares.",
    "Toys\"R\"Us Canada — legal entity name must be exactly as on PO.",
    "Deal stage → Negotiation. ACV €48,000. Close date 30/06. Probability 60%.",
    "Key contacts: Akosua Mensah-Bonsu (CEO), Kwame Asante (CTO). Office: 12 Oxford St, Osu, Accra.",
    "Note from AE handover: don't call before 11:00 their time, they have stand-ups until then ☕",
    "Interested in the add-on \"Analytics+\" but wants a 30-day pilot first. Pilot success criteria: <2h first-response time, CSAT ≥ 4.5.",
    "Company renamed from \"Blue Sky Ltd\" to \"BlueSky Group plc\" effective 1 April — update the account name & invoices.",
    "Ping @lena about the referral — Fatima Al-Zahra's company is a partner of ours.",
    "Met at SaaStr: Kai Müller-O'Neill, co-founder of Hop & Barley (craft beer distribution). 🍺",
    "Request from Procurement: W-9 and certificate of insurance (COI) before PO can be issued.",
    "Renewal call summary: happy overall, wants better Excel export, complained about mobile app login (SSO). NPS 8.",
    "Visiting their HQ Thu 13 Mar: Rue de la Loi 175, 1048 Bruxelles — bring 3 printed proposals.",
    "She said: \"If you can do monthly billing, we're in.\" → check with finance.",
    "Ms. Ngozi Okonjo-Adebayo, Procurement Lead, Lagos — prefers formal email, copy her assistant.",
    "Inbound lead from the website chat: \"Do you support Hebrew RTL in the widget?\" — yes, sent docs link.",
    "Prospect list from the event: 42 names, 17 qualified, 5 meetings booked. 📈",
    "Kunde möchte Angebot in CHF, Zahlungsziel 30 Tage netto. Ansprechpartner: Herr Zürcher.",
    "Requested reference customer in healthcare — suggested St. Mary's Hospital (permission ✅).",
    "Champion left the company (LinkedIn says now at Acme!). Need a new sponsor — try Dev Patel in IT.",
    "Meeting notes 12/03: agreed scope = helpdesk + knowledge base, phase 2 = chat. Timeline: kickoff 1 Apr, go-live 15 May.",
    "Support escalation: Hernández & Hijos S.A. de C.V. — 3 open P1s. Exec sponsor call tomorrow 9:00 CST.",
    "Christmas card list: add the Johnsons (Sarah & Mike) + the O'Briens.",
]

CRM_COMPANIES = ["Kerry & Co.", "Hop & Barley", "Nordlys AB", "Smith-Jones Ltd", "Yahoo! Japan", "AT&T", "Café Noir SARL",
                 "Müller & Söhne GmbH", "Sakura Trading 株式会社", "Bright Futures NGO", "Öztürk Lojistik A.Ş.", "Dunn & Bradstreet"]
CRM_NOTES = ["interested in %d seats", "asked about SSO and SCIM", "needs a DPA before signing",
             "wants to migrate from Zendesk", "budget freeze until Q%d", "renewal in %d days",
             "trial started, %d active users", "complained about invoice errors", "wants a demo for their board",
             "asked for pricing in local currency", "requested on-prem option (we don't offer it)"]
CRM_NEXT = ["send proposal", "book demo", "loop in solutions engineer", "share case study", "follow up by email",
            "schedule QBR", "send contract for e-signature", "check with legal", "call back next week"]
CRM_EMOJI = ["", " 🙂", " 🎉", " 🤝", " ⏳", " 🔥", " 😬", " ✅", " 📞"]


def gen_crm():
    name, co = person(), pick(CRM_COMPANIES)
    note = pick(CRM_NOTES)
    if "%d" in note:
        note = note % rng.randrange(2, 300)
    t = rng.randrange(4)
    if t == 0:
        return "Call with %s (%s): %s. Next: %s.%s" % (name, co, note, pick(CRM_NEXT), pick(CRM_EMOJI))
    if t == 1:
        return "%s @ %s — %s; %s by %02d/%02d%s" % (name, co, note, pick(CRM_NEXT), rng.randrange(1, 29), rng.randrange(1, 13), pick(CRM_EMOJI))
    if t == 2:
        return "Email from %s: %s. Owner: @%s" % (name, note, pick(FIRST).lower())
    return "%s | %s | %s | stage: %s" % (co, name, note, pick(["Discovery", "Demo", "Proposal", "Negotiation", "Closed Won", "Closed Lost"]))


# ---------------------------------------------------------------------------

CATEGORIES = [
    ("helpdesk-tickets", HELPDESK, gen_helpdesk, 80),
    ("logs-errors", LOGS, gen_logs, 80),
    ("localization-strings", L10N, gen_l10n, 80),
    ("spreadsheet-data", SHEET, gen_sheet, 80),
    ("devops-chat", DEVOPS, gen_devops, 80),
    ("security-team-prose", SECURITY, gen_security, 76),
    ("email-bodies", EMAILS, gen_email, 76),
    ("product-catalog", PRODUCTS, gen_product, 80),
    ("academic-legal", ACADEMIC, gen_academic, 80),
    ("crm-notes", CRM, gen_crm, 80),
]


def main():
    for name, lits, gen, target in CATEGORIES:
        add_category(name, lits, gen, target)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(ROWS, 1):
            rec = {"id": "hb16-%05d" % i, "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d values to %s" % (len(ROWS), OUT))


if __name__ == "__main__":
    main()
