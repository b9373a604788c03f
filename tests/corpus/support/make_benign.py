"""Held-out BENIGN corpus "support": text typed into a software helpdesk.

Every value is what a real customer or agent of a customer-support helpdesk
sends in an ordinary field: ticket subjects and bodies, live-chat lines,
pasted error messages and stack traces, pasted config snippets and log lines,
agent macros / canned replies (the helpdesk's own {{placeholder}} and
{% if %} macro syntax), internal notes, satisfaction-survey comments,
knowledge-base search queries and attachment names/paths.

All literals below were hand-written for this corpus. The small template
functions only combine hand-written pools. Output: benign.jsonl next to this
file, byte-identical on every run (fixed seed, no set/dict-order dependence).
"""

import json
import random
from pathlib import Path

SEED = 5501
PER_CATEGORY = 80
ID_PREFIX = "hb55"

# --------------------------------------------------------------------------
# ticket_subject
# --------------------------------------------------------------------------
TICKET_SUBJECT = [
    "Can't log in after password reset — \"invalid or expired token\"",
    "Export to CSV drops rows where the company name contains a comma",
    "URGENT: nightly sync stuck at 99% since Monday!!!",
    "Search for O'Brien returns no results, \"O Brien\" works",
    "Invoices show \"&amp;\" instead of \"&\" in our company name (Smith & Sons)",
    "SSO with Okta fails: <samlp:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Responder\"/>",
    "API returns 500 on GET /v2/tickets?status=open&sort=-updated_at",
    "Feature request: allow line breaks (<br>) in macro text",
    "\"Priority\" drop-down is empty in Firefox 128",
    "Webhook to https://hooks.northwind.example/support not firing since 4.12",
    "\"Select all\" only selects the first 50 tickets on the page",
    "Union Pacific account – question about contract renewal",
    "Re: Re: Fwd: billing address change (order #48213)",
    "Rechnung doppelt abgebucht – bitte um Erstattung",
    "Impossible d'importer le fichier .xlsx (« format non pris en charge »)",
    "ログインできません（二段階認証のコードが届かない）",
    "Не приходят уведомления на почту после обновления",
    "No puedo adjuntar archivos de más de 10 MB 😩",
    "Script timeout when running bulk update on 20k contacts",
    "Alert emails sent twice for every SLA breach",
    "How do I run `acmectl report exec` for a saved report?",
    "Sleep mode on Android tablet logs agents out of chat",
    "Delete user → \"ERROR: update or delete on table \"users\" violates foreign key constraint\"",
    "Dark mode: text unreadable inside <code> blocks",
    "Passwords containing % or & are rejected on signup",
    "Desktop agent can't open C:\\Users\\Public\\Documents\\Acme",
    "SLA timer ignores public holidays (24/12 & 31/12)",
    "Macro {{ticket.requester.first_name}} renders blank for new contacts",
    "Cannot set due date < today for backdated tickets",
    "Discount code \"SPRING-50\" (50% off) not applied at checkout",
    "iOS app 6.3.1 crashes when opening PDF attachments",
    "Duplicate contacts after import – is there a merge option?",
    "Report builder: can't drop a column from the table view",
    "Time zone shows UTC+0 instead of Europe/Berlin",
    "Auto-close tickets from noreply@ addresses?",
    "Admin → Users → Roles page loads forever",
    "Widget error \"Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON\"",
    "Chat widget covers our cookie banner (z-index issue?)",
    "¿Cómo cambio el idioma del portal a español?",
    "Problema de acentuação: \"ção\" aparece como \"Ã§Ã£o\"",
    "客服后台无法显示中文附件名",
    "Licencja na 25 stanowisk – prośba o fakturę VAT",
    "Please merge tickets #1021 & #1024 (same issue)",
    "Bulk tag \"vip;priority\" gets split into two tags",
    "429 Too Many Requests on /api/v2/search at only 2 req/s",
    "Redirect loop between /login and /sso/callback",
    "Where did \"Insert canned reply\" go in the new editor?",
    "Attachment résumé.pdf downloads as r%C3%A9sum%C3%A9.pdf",
    "IP allowlist won't accept 192.0.2.0/24",
    "Kündigung zum 31.03. – bitte schriftlich bestätigen",
    "Order ID field rejects values like AB-00/17",
    "Sorting by \"Last updated\" puts NULL dates first",
    "Can the API filter with OR instead of AND? (tag=a OR tag=b)",
    "Ticket subject truncated at 255 chars — we paste long error messages",
    "Agent signature shows raw HTML <b>Best regards</b>",
    "Hebrew/Arabic text (עברית / العربية) displayed left-to-right",
]

SUBJ_PREFIX = ["", "", "[P1] ", "Re: ", "URGENT – ", "Fwd: ", "[Ext] ", "AW: "]
SUBJ_AREA = [
    "Chat widget", "Email channel", "Reporting", "Knowledge base", "SLA policies",
    "Mobile app", "Billing page", "Zapier integration", "Agent inbox",
    "Customer portal", "Slack app", "CSV import", "Macros", "Webhooks",
]
SUBJ_SYMPTOM = [
    "very slow", "not loading", "shows wrong totals", "keeps logging me out",
    "returns error 502", "missing translations", "duplicates messages",
    "ignores our time zone", "shows blank page", "stopped working",
    "shows \"Access denied\"",
]
SUBJ_WHEN = [
    "since the 4.12 update", "since yesterday", "this morning",
    "after we enabled SSO", "after moving to the EU data center",
    "for some agents only", "on Safari only", "(again)",
]


def tpl_ticket_subject(rng):
    return "{}{} {} {}".format(
        rng.choice(SUBJ_PREFIX), rng.choice(SUBJ_AREA),
        rng.choice(SUBJ_SYMPTOM), rng.choice(SUBJ_WHEN))


# --------------------------------------------------------------------------
# ticket_body
# --------------------------------------------------------------------------
TICKET_BODY = [
    "Hi team,\n\nsince this morning our agents get \"Session expired\" every 5-10 minutes. We are on the Business plan, ~40 agents, mostly Chrome 126 on Windows 11.\n\nSteps to reproduce:\n1. Log in via SSO\n2. Open any ticket and start typing a reply\n3. Wait ~5 min -> redirected to /login?next=%2Ftickets%2F48213\n\nCleared cookies & cache, same result. Can you check?\n\nThanks,\nPriya",
    "Hello,\n\nWhen I search for tickets from \"O'Reilly Media\" the search box shows a spinner forever. Searching for \"Reilly\" works. I guess the apostrophe is the problem?\n\nBest\nTom",
    "Our webhook endpoint https://api.contoso-shop.example/hooks/acme receives the payload but the signature check fails. We compute HMAC-SHA256 over the raw body with the secret from Settings > Integrations. Is the body re-serialized before signing (e.g. spaces after : and ,)?",
    "Hallo zusammen,\n\nseit dem Update auf Version 4.12 werden Umlaute in Betreffzeilen falsch dargestellt: aus \"Bestellbestätigung\" wird \"BestellbestÃ¤tigung\". Betroffen sind nur E-Mails, die über den IMAP-Connector reinkommen.\n\nViele Grüße\nJana Köhler",
    "Steps to reproduce:\n1. Go to Reports > Custom\n2. Add filter \"Created\" >= 2024-01-01 AND \"Status\" != Closed\n3. Group by Agent\n4. Click Export\n\nExpected: CSV with 12 rows\nActual: empty file (0 bytes)",
    "We installed the on-prem agent with:\n\n  curl -fsSL https://get.acme.example/agent.sh | sudo bash -s -- --token=XXXX-REDACTED\n\nThe service starts but `systemctl status acme-agent` shows \"exit code 203/EXEC\". OS is Ubuntu 22.04. Any idea?",
    "Bonjour,\n\nJe n'arrive plus à me connecter depuis hier soir. Le message « Votre compte a été verrouillé » s'affiche alors que je n'ai fait qu'une seule tentative. Pouvez-vous débloquer mon compte (marie.dupont@lesateliers.example) ?\n\nCordialement,\nMarie",
    "Quick question: is there a way to drop all tickets older than 2 years from the view without deleting them? We only want to archive. Our compliance team says we must keep them for 7 years.",
    "The CSV import fails on row 214. The row looks like this:\n\n\"Müller, Hans\";\"hans.mueller@example.de\";\"+49 (0)30 1234-567\";\"VIP; Berlin\"\n\nWe use ; as separator because our names contain commas. Error says \"unexpected quote at column 4\".",
    "Hi, our developer says your REST API ignores the `fields` parameter when it contains a dash:\n\nGET /api/v2/tickets/48213?fields=id,subject,custom-field-12\n\nreturns all fields. With custom_field_12 it works. Bug or expected?",
    "This is the third time I'm writing about this!!! The invoice for May was charged TWICE (2 × 499,00 €). I want a refund ASAP, otherwise we will cancel the subscription. Order ref: INV-2024-05-0071 / INV-2024-05-0072",
    "Hello support,\n\nThe email template preview looks fine but the actual emails arrive with the literal text {{ticket.url}} instead of the link. We edited the template in the HTML editor, maybe something got escaped?\n\nRegards,\nAhmed",
    "After enabling \"Strict CSP\" in the portal settings, our custom widget script from https://cdn.ourbrand.example/widget.js no longer loads. Console: Refused to load the script because it violates the following Content Security Policy directive: \"script-src 'self'\". How do we add our CDN to the allowlist?",
    "When an agent pastes a table from Excel into the reply box, the formatting is lost and everything becomes one line separated by tabs. The previous editor kept the <table>. Can we get that back?",
    "Hi,\n\nwe need to change the SMTP relay for outgoing mail to smtp.office365.com:587 (STARTTLS). The test connection button says \"535 5.7.3 Authentication unsuccessful\". Username is helpdesk@fabrikam.example, password is definitely correct (we can log in to OWA).\n\n— Lukas",
    "Repro on 4.12.3:\n- open a ticket with > 100 comments\n- scroll to bottom\n- click \"Load older\"\n=> page freezes for ~20 s, Chrome shows \"Page Unresponsive\". Performance profile attached (trace.json.gz, 14 MB).",
    "Hola, necesitamos exportar todas las conversaciones del cliente \"Distribuidora Peña & Hijos\" para una auditoría. ¿Se puede filtrar por organización y rango de fechas (01/01/2023 – 31/12/2023)?",
    "The mobile app shows \"null\" as the requester name for tickets created via the API. We send:\n\n{\"requester\": {\"name\": \"Zoë Quinn\", \"email\": \"zoe@example.org\"}, \"subject\": \"Test\"}\n\nOn the web the name is correct.",
    "Is it possible to restrict agents so they can only see tickets where group = \"EMEA\" AND brand = \"Pro\"? Right now the permission screen only lets me pick one condition.",
    "We're seeing a lot of spam tickets with subjects like \"Your parcel is waiting\" coming through the contact form. Can we enable a CAPTCHA or block by keyword? Ideally a rule like: subject contains 'parcel' OR body contains 'bit.ly' -> mark as spam.",
    "お世話になっております。\n添付ファイル（PDF）をアップロードすると「ファイル形式が不正です」と表示されます。ファイル名は「見積書_2024年6月.pdf」です。英数字の名前に変えるとアップロードできます。\nよろしくお願いいたします。",
    "Hi there, our SLA policy says first reply within 4h for Priority = High, but tickets created on Friday 17:55 breach on Saturday even though business hours are Mon–Fri 09:00–18:00. Calendar is set to Europe/London.",
    "We use the Zapier integration to create tickets from Typeform. Since yesterday every ticket body contains \\n instead of real line breaks, e.g. \"Hello\\nI have a question\". Nothing changed on our side.",
    "Our security team ran a scan and asks whether you support TLS 1.3 only and whether HSTS is set with includeSubDomains. Also: do you have a SOC 2 Type II report we can get under NDA?",
    "Hello, I accidentally deleted the macro \"Refund – partial (EU)\". Is there any way to restore it? It had about 30 lines with placeholders like {{order.number}} and {{refund.amount}}.",
    "Pasting from our internal wiki:\n\n> If the customer says the app \"hangs\" on startup, ask them to delete %APPDATA%\\Acme\\cache and restart.\n\nThis doesn't work anymore with 5.0 — the folder is now %LOCALAPPDATA%\\Acme\\Cache. Please update the KB article.",
    "Привет! После перехода на новый тариф у нас пропали все пользовательские поля в форме заявки. Раньше было поле «Номер договора», сейчас его нет ни в форме, ни в отчётах. Помогите, пожалуйста.",
    "I'm trying to embed the help center search in our app with an iframe:\n<iframe src=\"https://help.ourbrand.example/search?q=\" width=\"100%\" height=\"600\"></iframe>\nbut it shows \"refused to connect\". Do you send X-Frame-Options: DENY? Can we allow our domain?",
    "Bulk update via API returns 207 Multi-Status and some items say \"version conflict\". We send If-Match headers with the etag from the previous GET. Script runs every 5 min from cron (*/5 * * * *).",
    "The 'Satisfaction' report shows 104% for last week. I think surveys answered twice are counted twice? Example ticket #55120: two ratings (Good + Good).",
    "Bom dia! Gostaria de saber se é possível ter dois endereços de e-mail de suporte (suporte@loja.example e atendimento@loja.example) chegando na mesma caixa, mas com assinaturas diferentes.",
    "Our customers can't reply to notification emails — replies bounce with \"550 5.1.1 <reply+48213-7f3a@inbound.acme.example>: Recipient address rejected\". Started around 09:40 UTC today.",
    "Hi! Small thing: when the customer name has an ampersand (\"Johnson & Johnson\") the chat header shows \"Johnson &amp;amp; Johnson\". Looks like double escaping.",
    "We need to pass the logged-in user's ID to the widget. Docs say window.acmeSettings = { user: { id: '...' } } but when I set it before the <script> tag loads nothing happens. Should it be after?",
    "Can you increase the attachment limit for our account? Our customers send log bundles (*.tar.gz, *.zip) that are often 30–50 MB. Current limit seems to be 20 MB.",
    "Ticket #60231 - customer reports that typing a semicolon in the \"Address line 2\" field of the portal form (e.g. \"Apt 4; rear entrance\") gives a red error \"invalid characters\". Semicolons are valid in addresses.",
    "We migrated from Freshdesk. All the ticket IDs got new numbers. Our old links like https://ourco.freshdesk.example/a/tickets/8812 are in hundreds of Jira issues. Is there a mapping table or a redirect option?",
    "Hi, your status page said \"All systems operational\" but between 14:05 and 14:50 CEST we couldn't load any ticket (HTTP 502 Bad Gateway from nginx). Can you provide an incident report / RCA for our management?",
    "Dear Sir/Madam, Kindly assist me to reset my password, I have tried the forget password link several times but no mail come to my inbox nor spam. My email is adebayo.o@example.ng. Thanks and God bless.",
    "When I use the keyboard shortcut Ctrl+Shift+V to paste as plain text in the reply editor, it pastes twice. Windows 10, Edge 125. Ctrl+V alone works.",
    "Please add the following IPs to our account's API allowlist:\n192.0.2.14\n192.0.2.15\n2001:db8:85a3::8a2e:370:7334\nThey are our new NAT gateways.",
    "Our Python integration started failing:\n\nrequests.exceptions.SSLError: HTTPSConnectionPool(host='api.acme.example', port=443): Max retries exceeded with url: /v2/tickets (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate')))\n\nDid you change the certificate chain?",
    "Quick feedback about the new inbox: love it 😍 but the \"Snooze until\" picker defaults to 00:00, which means tickets wake up at midnight. Can it default to 09:00 local time?",
    "Hi! Trying to use the API to search tickets with a query that includes quotes:\nGET /api/v2/search?query=subject:\"order not received\" status<solved\nI get 400 \"invalid query\". What's the correct escaping?",
    "Hej! Vi har problem med att å, ä och ö försvinner i kundnamn när vi importerar från vår CRM (UTF-8 med BOM). Går det att välja teckenkodning vid import?",
    "Merhaba, fatura adresimizi güncellemek istiyoruz: Atatürk Cad. No: 15/3, Kadıköy / İstanbul. Vergi no: 1234567890. Teşekkürler.",
    "Customer is on macOS 14 and says the desktop app won't start. They ran it from Terminal: /Applications/Acme.app/Contents/MacOS/Acme and got \"Killed: 9\". Gatekeeper? Notarization issue on 5.0.2?",
    "Hi, our team lead wants a weekly report emailed every Monday at 8:00 with: tickets created, solved, backlog > 7 days, CSAT %. Is that possible without the API? If not, which endpoint should we schedule?",
    "I think the chatbot is answering in the wrong language. Customer writes in Dutch (\"Ik kan niet inloggen, wat moet ik doen?\") and the bot answers in German. Language detection bug?",
    "Our legal team asks: where is data stored (EU/US), who are your sub-processors, and can we sign a DPA? Also need to know retention for deleted tickets (are they purged or soft-deleted?).",
    "The `updated_since` filter seems off by one hour since the DST change:\n?updated_since=2024-03-31T02:30:00+02:00\nreturns tickets updated at 01:30 local. Maybe the offset is ignored?",
    "Hi, I'm a developer at a partner company. Is there a sandbox environment where we can test the app marketplace integration without touching production data? We'd like to test OAuth (authorization code + PKCE).",
    "مرحبا، لا أستطيع تحميل المرفقات من تطبيق الجوال. تظهر رسالة \"حدث خطأ غير متوقع\". الجهاز: سامسونج S23، أندرويد 14. شكرا لكم",
    "Hello, the customer portal shows tickets of other users in the same organization. Is that intentional? We want each user to see only their own requests (privacy, GDPR).",
]

BODY_GREETING = ["Hi,", "Hello team,", "Hallo,", "Bonjour,", "Hola,", "Dear support,", "Hi there 👋", "Olá,"]
BODY_PROBLEM = [
    "the {area} shows \"{err}\" when I {action}.",
    "every time I {action}, the {area} answers with \"{err}\".",
    "since {when} the {area} fails with \"{err}\" as soon as I {action}.",
]
BODY_AREA = ["agent inbox", "reporting page", "chat widget", "customer portal", "mobile app", "macro editor", "CSV importer", "API"]
BODY_ERR = [
    "Something went wrong (ref 7f3a-22c1)", "403 Forbidden", "Invalid date format (expected YYYY-MM-DD)",
    "Request Entity Too Large", "Unexpected token '<'", "Session expired", "Field 'email' can't be blank",
    "Quota exceeded: 10/10 seats used", "Timeout after 30000 ms",
]
BODY_ACTION = [
    "click \"Save & close\"", "upload a .docx file", "filter by tag & status", "switch the language to Deutsch",
    "open a ticket from the notification email", "run the saved view \"My open > 3 days\"",
    "paste a screenshot with Ctrl+V", "merge two contacts",
]
BODY_WHEN = ["Monday", "the last update", "we changed our domain", "this morning (08:30 CET)"]
BODY_ENV = [
    "Windows 11 / Chrome 126", "macOS 14.5 / Safari 17.5", "Ubuntu 22.04 / Firefox 127",
    "iPhone 13, iOS 17.5", "Samsung A54, Android 14", "Windows 10 / Edge 125",
]
BODY_SIGN = ["Thanks,\nPriya", "Regards,\nM. Keller", "Merci !\nÉlodie", "Gracias,\nJavier", "Cheers, Sam", "Danke\nJonas", "-- \nLi Wei | IT Ops"]


def tpl_ticket_body(rng):
    problem = rng.choice(BODY_PROBLEM).format(
        area=rng.choice(BODY_AREA), err=rng.choice(BODY_ERR),
        action=rng.choice(BODY_ACTION), when=rng.choice(BODY_WHEN))
    return "{}\n\n{}\nEnvironment: {}\n\n{}".format(
        rng.choice(BODY_GREETING), problem[0].upper() + problem[1:],
        rng.choice(BODY_ENV), rng.choice(BODY_SIGN))


# --------------------------------------------------------------------------
# chat_message
# --------------------------------------------------------------------------
CHAT_MESSAGE = [
    "hi, anyone there?",
    "ok I tried that, still getting the same error 😕",
    "It says \"Invalid redirect_uri\" when I click Connect",
    "yes!! that fixed it 🎉 thank you sooo much",
    "can u send me the link again? the one for /settings/billing",
    "I'm on version 4.11.2 — should I upgrade first?",
    "brb, need to ask our IT guy for admin rights",
    "wait, so I have to delete the old token & create a new one?",
    "Hola, ¿hablan español?",
    "Bonjour, j'ai une question sur ma facture 🙂",
    "Danke, hat funktioniert!",
    "こんにちは、パスワードを忘れました",
    "我的账户被锁定了，怎么办？",
    "Tried both Chrome and Safari, same thing :(",
    "the error is just \"Something went wrong\" lol very helpful",
    "here's what I see in the console: Uncaught TypeError: Cannot read properties of undefined (reading 'map')",
    "I copied the code exactly: <script src=\"https://widget.acme.example/v2/loader.js\" async></script> into the <head>",
    "do you support SAML or only OIDC?",
    "ok one sec I'll run `ipconfig /flushdns` and retry",
    "my boss says we pay $49/mo but the invoice says $59??",
    "our API key starts with ak_live_… is that the right one or should it be ak_test?",
    "can I use wildcards like *.ourdomain.example in the allowed domains list?",
    "nope, still 403 Forbidden",
    "I pasted the config: {\"locale\": \"de-DE\", \"position\": \"bottom-right\"} and nothing changed",
    "thx! 👍",
    "is there a keyboard shortcut to insert a macro? like ctrl+/ or something",
    "Could you please escalate? This is blocking our whole team since 9am",
    "sorry I meant ticket #48213 not #48123",
    "When I type < or > in the subject it shows &lt; and &gt; in the email",
    "We're on Windows Server 2019 and the path is D:\\Acme\\Agent\\logs",
    "ahh it was the firewall, port 443 outbound was blocked. works now",
    "Sim, já tentei limpar o cache do navegador 😅",
    "can you just drop me an email with the steps? I have to leave in 5 min",
    "Is there a way to select multiple tickets and merge them at once?",
    "the export only has 1000 rows, we have ~25k tickets",
    "ok so if I set the condition to \"status is not closed\" AND \"tag contains urgent\" it should work?",
    "👋 hi again, same issue as yesterday (chat ref 7781)",
    "my username has an apostrophe: d'angelo.r — could that be why SSO fails?",
    "I get \"Error 1064\" something about SQL syntax when I use the advanced search with a quote",
    "Can the bot not reply \"Did that answer your question?\" after every message 😂",
    "It's https://status.acme.example right? it shows green but we're down",
    "we use the %ticket_id% placeholder from the old system, what's the new syntax?",
    "Ja, die Zwei-Faktor-Codes kommen an, aber erst nach 3–4 Minuten",
    "alright, I'll wait for the engineer's reply. have a nice day!",
    "I clicked \"Reset\" by accident and all my views are gone 😭 can you restore?",
    "so the curl command should be: curl -H \"Authorization: Bearer $TOKEN\" https://api.acme.example/v2/me ?",
    "Cześć, czy mogę zmienić e-mail właściciela konta?",
    "we have ~300 agents, does the price go down above 250 seats?",
    "the sleep timer on the widget — can we set it to close after 10 min idle?",
    "hmm, the script tag is there but window.AcmeChat is undefined",
    "Yes I'm the admin. Account ID is 88-20417",
    "ok, case closed 🙏",
    "Ciao, il widget non si carica su Safari iOS 17",
    "नमस्ते, मेरा बिल दो बार कट गया है",
]

CHAT_OPEN = ["hi", "hello", "hey", "good morning", "hallo", "bonjour", "hola", "oi"]
CHAT_ASK = [
    "how do I {x}?", "is it possible to {x}?", "where can I {x}?", "can you help me {x}?",
    "quick q: can I {x}?",
]
CHAT_X = [
    "change the billing email", "add a second brand", "reset 2FA for a colleague",
    "export last month's chats", "turn off the satisfaction survey", "rename a group",
    "connect our Shopify store", "set business hours for Christmas", "invite 5 new agents",
    "hide the widget on /checkout", "change the sender name in emails",
]
CHAT_TAIL = ["", " thx", " 🙂", " :)", " (urgent-ish)", " 🙏", "!"]


def tpl_chat_message(rng):
    return "{} {}{}".format(rng.choice(CHAT_OPEN), rng.choice(CHAT_ASK).format(x=rng.choice(CHAT_X)), rng.choice(CHAT_TAIL))


# --------------------------------------------------------------------------
# error_trace (pasted errors and stack traces)
# --------------------------------------------------------------------------
ERROR_TRACE = [
    "Traceback (most recent call last):\n  File \"/opt/acme-sync/sync.py\", line 88, in <module>\n    main()\n  File \"/opt/acme-sync/sync.py\", line 71, in main\n    resp.raise_for_status()\n  File \"/usr/lib/python3/dist-packages/requests/models.py\", line 1021, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.acme.example/v2/tickets?page=3",
    "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 's Bakery' ORDER BY created_at DESC' at line 1",
    "ERROR:  duplicate key value violates unique constraint \"contacts_email_key\"\nDETAIL:  Key (email)=(anna.k@example.com) already exists.\nCONTEXT:  COPY contacts, line 412",
    "java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"subject\" is null\n\tat com.northwind.helpdesk.AcmeClient.createTicket(AcmeClient.java:142)\n\tat com.northwind.helpdesk.SyncJob.run(SyncJob.java:57)\n\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "Uncaught (in promise) SyntaxError: Unexpected token '<', \"<!doctype \"... is not valid JSON\n    at JSON.parse (<anonymous>)\n    at loader.js:1:20931",
    "PHP Warning:  file_get_contents(https://api.acme.example/v2/users/me): Failed to open stream: HTTP request failed! HTTP/1.1 403 Forbidden in /var/www/html/wp-content/plugins/acme-helpdesk/includes/class-api.php on line 214",
    "System.Net.Http.HttpRequestException: Response status code does not indicate success: 429 (Too Many Requests).\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n   at Contoso.Support.AcmeConnector.<PushTicketsAsync>d__12.MoveNext() in C:\\src\\Contoso.Support\\AcmeConnector.cs:line 88",
    "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b2f4a]\n\ngoroutine 1 [running]:\nmain.(*Client).Tickets(0x0, {0xc0000a2000, 0x24})\n\t/home/ci/acme-exporter/client.go:57 +0x2a",
    "curl: (60) SSL certificate problem: self-signed certificate in certificate chain\nMore details here: https://curl.se/docs/sslcerts.html",
    "curl: (28) Failed to connect to api.acme.example port 443 after 129318 ms: Couldn't connect to server",
    "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n</body>\n</html>",
    "Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.\nAt C:\\Scripts\\export-tickets.ps1:14 char:9\n+ $resp = Invoke-RestMethod -Uri $url -Headers $headers -Method Get\n+         ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException",
    "Msg 8152, Level 16, State 30, Line 1\nString or binary data would be truncated in table 'SupportDB.dbo.Tickets', column 'Subject'. Truncated value: 'Re: Re: AW: WG: Lieferung 4471 unvollständig – bitte um'.",
    "ORA-12154: TNS:could not resolve the connect identifier specified (connector: acme-oracle-sync, host db-prod-02)",
    "Error: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {\n  errno: -111,\n  code: 'ECONNREFUSED',\n  syscall: 'connect',\n  address: '127.0.0.1',\n  port: 5432\n}",
    "NoMethodError: undefined method `[]' for nil:NilClass\n  /app/lib/acme_sync.rb:42:in `block in import_tickets'\n  /app/lib/acme_sync.rb:38:in `each'",
    "Refused to execute inline script because it violates the following Content Security Policy directive: \"script-src 'self' https://widget.acme.example\". Either the 'unsafe-inline' keyword, a hash ('sha256-...'), or a nonce ('nonce-...') is required to enable inline execution.",
    "Access to fetch at 'https://api.acme.example/v2/tickets' from origin 'https://portal.ourbrand.example' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    "SMTP Error: 550 5.7.1 Unable to relay for helpdesk@fabrikam.example\n(connection to smtp.fabrikam.example:25 closed by remote host)",
    "SAML response validation failed: Signature validation failed. SAML Response rejected\nIssuer: http://www.okta.com/exk1a2b3c4D5e6F7g8h9\nDestination: https://acme.example/sso/saml/acs",
    "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 17: invalid continuation byte\n  File \"C:\\Users\\kmeier\\scripts\\import_kunden.py\", line 23, in <module>\n    for row in csv.reader(f, delimiter=';'):",
    "org.postgresql.util.PSQLException: ERROR: syntax error at or near \"order\"\n  Position: 48\n\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2676)",
    "Faulting application name: AcmeAgent.exe, version: 5.0.2.118, time stamp: 0x65f1c2a0\nFaulting module name: ntdll.dll, version: 10.0.19041.3636\nException code: 0xc0000374\nFaulting application path: C:\\Program Files\\Acme\\Agent\\AcmeAgent.exe",
    "Exception Type:  EXC_CRASH (SIGABRT)\nTermination Reason: Namespace SPRINGBOARD, Code 0x8badf00d\nThread 0 Crashed:\n0   libsystem_kernel.dylib  0x00000001e1b2f08c __pthread_kill + 8\n1   AcmeMobile              0x0000000102f4c1a4 AttachmentViewer.render(_:) + 412",
    "java.lang.IllegalStateException: Fragment TicketDetailFragment{4a1b2c3} not attached to a context.\n\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:967)\n\tat com.acme.mobile.ui.TicketDetailFragment.onReplySent(TicketDetailFragment.kt:211)",
    "Error response from daemon: driver failed programming external connectivity on endpoint acme-agent (3f2c9e1b): Bind for 0.0.0.0:8443 failed: port is already allocated",
    "acme-agent.service: Main process exited, code=exited, status=203/EXEC\nacme-agent.service: Failed with result 'exit-code'.\nFailed to start Acme on-prem agent.",
    "Back-off restarting failed container acme-connector in pod acme-connector-7d9f8b6c5-x2x8q_support\nWarning  Failed  kubelet  Error: secret \"acme-api-token\" not found",
    "We found a problem with some content in 'tickets_export_2024-06.xlsx'. Do you want us to try to recover as much as we can? If you trust the source of this workbook, click Yes.",
    "Delivery has failed to these recipients or groups:\nsupport@acme.example\nYour message wasn't delivered because the recipient's email provider rejected it.\nRemote Server returned '554 5.7.1 Message rejected: attachment type .js not allowed'",
    "{\"error\":\"invalid_request\",\"description\":\"Field 'custom_fields[0].value' must be one of: low, medium, high\",\"status\":422}",
    "{\"errors\":[{\"message\":\"Cannot query field \\\"requesterEmail\\\" on type \\\"Ticket\\\". Did you mean \\\"requester\\\"?\",\"locations\":[{\"line\":3,\"column\":5}]}]}",
    "error=invalid_grant&error_description=The+provided+authorization+grant+is+invalid%2C+expired%2C+or+revoked",
    "KeyError: 'requester_id'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/srv/bots/helpdesk_bot/handlers.py\", line 133, in on_ticket_created\n    await notify(channel, ticket[\"requester\"][\"email\"])\nTypeError: 'NoneType' object is not subscriptable",
    "Der Zugriff auf den Pfad \"C:\\ProgramData\\Acme\\Agent\\queue.db\" wurde verweigert.\n   bei System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)",
    "Erreur : impossible d'établir une connexion sécurisée avec le serveur (ERR_SSL_VERSION_OR_CIPHER_MISMATCH)",
    "エラー: 接続がタイムアウトしました (code=ETIMEDOUT, host=api.acme.example)",
    "Se produjo un error al procesar su solicitud. Código: 0x80070005 (Acceso denegado).",
    "sqlite3.OperationalError: database is locked\n  File \"/home/pi/kiosk/ticket_printer.py\", line 51, in save\n    cur.execute(\"INSERT INTO printed (ticket_id, printed_at) VALUES (?, datetime('now'))\", (tid,))",
    "Module not found: Error: Can't resolve '@acme/chat-widget/dist/style.css' in '/Users/dev/projects/storefront/src/components'",
    "npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"Acme Package Registry\"",
    "ERROR: Could not find a version that satisfies the requirement acme-helpdesk-sdk==3.2.0 (from versions: 2.9.1, 3.0.0, 3.1.4)",
    "com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException: Unrecognized field \"sla_policy\" (class com.northwind.acme.Ticket), not marked as ignorable (12 known properties: \"id\", \"subject\", \"status\", ...])",
    "This site can’t be reached\nhelp.ourbrand.example’s server IP address could not be found.\nDNS_PROBE_FINISHED_NXDOMAIN",
    "System.CalloutException: Unauthorized endpoint, please check Setup->Security->Remote site settings. endpoint = https://api.acme.example/v2/tickets",
    "-bash: /usr/local/bin/acmectl: cannot execute binary file: Exec format error\n$ uname -m\naarch64",
    "LDAP sync failed: [LDAP: error code 49 - 80090308: LdapErr: DSID-0C09042A, comment: AcceptSecurityContext error, data 52e, v4563]\nBind DN: CN=svc-acme,OU=Service Accounts,DC=corp,DC=fabrikam,DC=example",
    "MongoServerError: E11000 duplicate key error collection: helpdesk.contacts index: email_1 dup key: { email: \"li.wei@example.cn\" }",
    "redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.",
    "Liquid syntax error (line 3): Unknown tag 'esle'\n{% if ticket.status == \"pending\" %} ... {% esle %}",
    "ValueError: time data '31/04/2024' does not match format '%d/%m/%Y'",
    "Your card was declined. (decline_code: insufficient_funds, request id req_FAKE1234)",
    "Warning: Cannot modify header information - headers already sent by (output started at /var/www/shop/acme-widget.php:1) in /var/www/shop/wp-includes/pluggable.php on line 1435",
]

ERR_PY_PATH = ["/opt/acme-sync/sync.py", "/srv/helpdesk-bridge/app/main.py", "C:\\tools\\acme\\export.py",
              "/home/ubuntu/integrations/zendesk_to_acme.py"]
ERR_PY_FN = ["push_ticket", "fetch_page", "sync_contacts", "export_csv", "on_ticket_created"]
ERR_PY_CODE = [
    "resp = session.post(url, json=payload, timeout=30)",
    "data = json.loads(raw)",
    "ticket_id = ticket[\"id\"]",
    "rows = list(csv.DictReader(fh, delimiter=';'))",
    "os.makedirs(out_dir)",
]
ERR_PY_EXC = [
    "TimeoutError: the read operation timed out",
    "KeyError: 'custom_fields'",
    "ValueError: Invalid isoformat string: '2024-06-03 10:41'",
    "PermissionError: [Errno 13] Permission denied: '/var/lib/acme/queue'",
    "ConnectionResetError: [Errno 104] Connection reset by peer",
    "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)",
]
ERR_JS_PATH = ["/Users/maria/dev/acme-bot/index.js", "/app/src/handlers/webhook.js", "C:\\dev\\shop\\acme.mjs"]
ERR_JS_FN = ["handleWebhook", "createTicket", "syncContacts", "Object.onMessage"]
ERR_JS_EXC = [
    "TypeError: Cannot read properties of null (reading 'email')",
    "Error: Request failed with status code 422",
    "FetchError: request to https://api.acme.example/v2/tickets failed, reason: socket hang up",
    "RangeError: Invalid time value",
]
ERR_JAVA_CLS = ["AcmeBridge", "TicketSyncJob", "WebhookController", "ContactImporter"]
ERR_JAVA_EXC = [
    "java.net.SocketTimeoutException: Read timed out",
    "java.lang.IllegalArgumentException: Illegal character in query at index 61",
    "java.time.format.DateTimeParseException: Text '03.06.2024' could not be parsed at index 0",
    "javax.net.ssl.SSLHandshakeException: PKIX path building failed",
]


def tpl_error_trace(rng):
    kind = rng.randint(0, 2)
    if kind == 0:
        return "Traceback (most recent call last):\n  File \"{}\", line {}, in {}\n    {}\n{}".format(
            rng.choice(ERR_PY_PATH), rng.randint(12, 480), rng.choice(ERR_PY_FN),
            rng.choice(ERR_PY_CODE), rng.choice(ERR_PY_EXC))
    if kind == 1:
        return "{}\n    at {} ({}:{}:{})\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)".format(
            rng.choice(ERR_JS_EXC), rng.choice(ERR_JS_FN), rng.choice(ERR_JS_PATH),
            rng.randint(10, 300), rng.randint(3, 40))
    cls = rng.choice(ERR_JAVA_CLS)
    return "{}\n\tat com.customer.support.{}.run({}.java:{})\n\tat java.base/java.lang.Thread.run(Thread.java:1583)".format(
        rng.choice(ERR_JAVA_EXC), cls, cls, rng.randint(20, 400))


# --------------------------------------------------------------------------
# config_log_paste (customer-pasted config snippets and log lines)
# --------------------------------------------------------------------------
CONFIG_LOG_PASTE = [
    "server {\n    listen 443 ssl;\n    server_name help.ourbrand.example;\n    location / {\n        proxy_pass https://ourbrand.acme.example;\n        proxy_set_header Host ourbrand.acme.example;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n}",
    "ACME_API_URL=https://api.acme.example/v2\nACME_API_TOKEN=${ACME_TOKEN}\nACME_TIMEOUT=30\n# DEBUG=true",
    "services:\n  acme-agent:\n    image: acme/onprem-agent:5.0.2\n    restart: unless-stopped\n    environment:\n      - ACME_TOKEN=${ACME_TOKEN:?token missing}\n      - HTTPS_PROXY=http://proxy.corp.example:3128\n    volumes:\n      - /srv/acme/data:/var/lib/acme",
    "192.0.2.44 - - [03/Jun/2024:10:12:01 +0200] \"GET /api/v2/tickets?status=open&per_page=100 HTTP/1.1\" 200 48213 \"-\" \"python-requests/2.31.0\"",
    "198.18.0.7 - - [03/Jun/2024:10:12:09 +0200] \"POST /api/v2/tickets/48213/comments HTTP/1.1\" 499 0 \"https://agent.acme.example/tickets/48213\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"",
    "Jun  3 10:14:22 helpdesk-gw acme-agent[2211]: WARN queue size 1042 > threshold 1000, delaying upload",
    "{\n  \"brand\": \"ourbrand\",\n  \"locale\": \"fr-FR\",\n  \"launcher\": { \"position\": \"bottom-left\", \"color\": \"#ff6600\" },\n  \"prechatForm\": [\"name\", \"email\", \"order_id\"]\n}",
    "acme:\n  base_url: https://api.acme.example\n  token: \"<paste token here>\"\nmapping:\n  priority:\n    P1: urgent\n    P2: high\n    P3: normal\n  status:\n    \"In Progress\": open\n    \"Waiting on Customer\": pending",
    "[smtp]\nhost = smtp.office365.com\nport = 587\nstarttls = yes\nuser = helpdesk@fabrikam.example\npassword = ********\n; from header\nfrom = \"Fabrikam Support\" <helpdesk@fabrikam.example>",
    "# sync tickets every 10 minutes\n*/10 * * * * /usr/bin/python3 /opt/acme-sync/sync.py --since \"$(date -u -d '-15 min' +\\%Y-\\%m-\\%dT\\%H:\\%M:\\%SZ)\" >> /var/log/acme-sync.log 2>&1",
    "<md:EntityDescriptor xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" entityID=\"https://acme.example/sso/saml\">\n  <md:SPSSODescriptor protocolSupportEnumeration=\"urn:oasis:names:tc:SAML:2.0:protocol\">\n    <md:AssertionConsumerService Binding=\"urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST\" Location=\"https://acme.example/sso/saml/acs\" index=\"0\"/>\n  </md:SPSSODescriptor>\n</md:EntityDescriptor>",
    "<!-- Acme chat widget -->\n<script>\n  window.acmeSettings = { brand: 'ourbrand', locale: 'en-GB', user: { id: '{{ customer.id }}', email: '{{ customer.email }}' } };\n</script>\n<script src=\"https://widget.acme.example/v2/loader.js\" async></script>",
    "$headers = @{ Authorization = \"Bearer $env:ACME_TOKEN\" }\n$body = @{ subject = \"Disk C: > 90%\"; priority = \"high\" } | ConvertTo-Json\nInvoke-RestMethod -Uri https://api.acme.example/v2/tickets -Method Post -Headers $headers -Body $body -ContentType 'application/json'",
    "#!/bin/bash\nset -euo pipefail\nTOKEN=$(cat ~/.acme/token)\ncurl -s -H \"Authorization: Bearer $TOKEN\" \"https://api.acme.example/v2/tickets?status=open\" | jq '.tickets[] | {id, subject}'",
    "2024-06-03T08:14:55.123Z ERROR [sync-worker-3] Ticket 48213 skipped: requester email 'n/a' is invalid",
    "2024-06-03 10:20:31,442 WARNING acme.client Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='api.acme.example', port=443): Read timed out. (read timeout=30)\")': /v2/search?query=status%3Aopen",
    "Received: from mail-eopbgr80072.outbound.protection.outlook.example (192.0.2.72)\nDKIM-Signature: v=1; a=rsa-sha256; d=fabrikam.example; s=selector1; h=From:Date:Subject:Message-ID;\nAuthentication-Results: spf=pass smtp.mailfrom=fabrikam.example; dkim=pass; dmarc=pass action=none\nSubject: =?UTF-8?Q?Bestellbest=C3=A4tigung_4471?=",
    "help.ourbrand.example.   3600  IN  CNAME  ourbrand.acme.example.\n_acme-verify.ourbrand.example. 300 IN TXT \"acme-site-verification=Zx81kPq\"",
    "v=spf1 include:spf.protection.outlook.example include:mail.acme.example ~all",
    "RewriteEngine On\nRewriteCond %{HTTP_HOST} ^support\\.ourbrand\\.example$ [NC]\nRewriteRule ^(.*)$ https://help.ourbrand.example/$1 [R=301,L]",
    "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\Agent]\n\"ProxyServer\"=\"http://proxy.corp.example:8080\"\n\"LogLevel\"=\"debug\"\n\"DataDir\"=\"D:\\\\AcmeData\"",
    "Only continue if…\n  (Text) Subject  Does not contain  [Auto-Reply]\n  AND (Text) From Email  Does not contain  noreply@\n  OR (Text) Tags  Contains  vip",
    "SELECT t.id, t.subject, a.name AS agent, t.solved_at - t.created_at AS resolution_time\nFROM tickets t\nJOIN agents a ON a.id = t.assignee_id\nWHERE t.status = 'solved' AND t.created_at >= '2024-05-01'\nORDER BY resolution_time DESC\nLIMIT 50;",
    "{\"ts\":\"2024-06-03T10:22:45Z\",\"level\":\"error\",\"msg\":\"webhook delivery failed\",\"url\":\"https://hooks.northwind.example/acme\",\"status\":504,\"attempt\":3}",
    "acme.api.base-url=https://api.acme.example/v2\nacme.api.token=${ACME_TOKEN}\nspring.datasource.url=jdbc:postgresql://db.internal:5432/support\nlogging.level.com.northwind=DEBUG",
    "resource \"acme_webhook\" \"jira\" {\n  url    = \"https://jira.northwind.example/rest/acme/1.0/webhook\"\n  events = [\"ticket.created\", \"ticket.updated\"]\n  secret = var.webhook_secret\n}",
    "agent:\n  replicas: 2\n  log_dir: ../logs   # relative to /opt/acme/agent\n  resources:\n    limits: { cpu: \"500m\", memory: \"512Mi\" }\n  extraEnv:\n    - name: NO_PROXY\n      value: \"localhost,127.0.0.1,.svc,.cluster.local\"",
    "Forward rule: if sender matches *@acme.example and subject contains \"[Ticket #\" then move to folder \"Support/Updates\"",
    "- name: Notify helpdesk on failed deploy\n  if: ${{ failure() }}\n  run: |\n    curl -X POST \"$ACME_URL/api/v2/tickets\" \\\n      -H \"Authorization: Bearer ${{ secrets.ACME_TOKEN }}\" \\\n      -d '{\"subject\":\"Deploy failed: ${{ github.ref_name }}\",\"priority\":\"high\"}'",
    "\"request\": {\"method\": \"GET\", \"url\": \"https://agent.acme.example/api/internal/views/4411/count?filter[status]=open&filter[group]=EMEA\", \"httpVersion\": \"h2\"}",
    "[2024-06-03 10:30:12] local.INFO: Outbound mail queued {\"to\":\"kunde@example.de\",\"subject\":\"Ihre Anfrage [#48213]\",\"mailer\":\"smtp\"}",
    "2024-06-03 10:31:07.882 [Agent] [INFO ] Watching folder \\\\fileserver01\\scans\\incoming for new attachments\n2024-06-03 10:31:09.014 [Agent] [ERROR] Access denied: \\\\fileserver01\\scans\\incoming\\scan_0042.pdf",
    "Content-Security-Policy: default-src 'self'; script-src 'self' https://widget.acme.example; frame-ancestors https://*.ourbrand.example; img-src * data:",
    "<table width=\"100%\" style=\"font-family:Arial,sans-serif\">\n  <tr><td>Hello {{ticket.requester.first_name}},</td></tr>\n  <tr><td>{{ticket.latest_comment_html}}</td></tr>\n  <tr><td style=\"color:#888\">Reply above this line</td></tr>\n</table>",
    "Routing rule: subject matches ^(RE|AW|WG|FW):\\s*\\[#(\\d+)\\] -> append to ticket $2",
    "Jun  3 10:33:41 mx1 postfix/smtp[18822]: 4VtXyz1Q2f: to=<support@acme.example>, relay=inbound.acme.example[192.0.2.25]:25, delay=1.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9F3A2)",
    "user.firstName -> first_name\nuser.lastName -> last_name\nString.join(\",\", getFilteredGroups({\"00g1abc\"}, \"group.name\", 50)) -> groups",
    "{\"subject\": \"Réclamation – colis endommagé\", \"requester\": {\"name\": \"Élodie Fabre\", \"email\": \"e.fabre@example.fr\"}, \"tags\": [\"livraison\", \"urgent\"]}",
    "10:41:02 chat[web-3] visitor 9f2e joined (lang=pt-BR, page=/pricing)\n10:41:15 chat[web-3] bot answered intent=pricing.seats confidence=0.82\n10:41:40 chat[web-3] visitor requested human -> queue 'Sales BR'",
    "require [\"fileinto\"];\nif header :contains \"subject\" \"[Acme Ticket\" {\n  fileinto \"INBOX.Support\";\n}",
    "module.exports = {\n  plugins: [new webpack.DefinePlugin({ 'process.env.ACME_BRAND': JSON.stringify('ourbrand') })]\n};",
    "POST /api/v2/tickets HTTP/1.1\nHost: api.acme.example\nAuthorization: Bearer <redacted>\nContent-Type: application/json\n\n{\"subject\":\"Test from Postman\",\"comment\":{\"body\":\"hello\"}}",
    "2024-06-03 10:45:00 ERROR Could not write C:\\Users\\svc_acme\\AppData\\Local\\Temp\\acme_export_48213.csv: disk full",
    "schtasks /create /tn \"Acme Export\" /tr \"C:\\Tools\\acme-export.exe --out D:\\Exports\" /sc daily /st 02:00",
    "[Unit]\nDescription=Acme on-prem agent\nAfter=network-online.target\n\n[Service]\nExecStart=/opt/acme/agent --config /etc/acme/agent.yaml\nRestart=on-failure\nUser=acme\n\n[Install]\nWantedBy=multi-user.target",
    "1717403112.512    342 10.20.1.15 TCP_DENIED/403 3912 CONNECT widget.acme.example:443 - HIER_NONE/- text/html",
    "allow tcp from any to 192.0.2.10 port 443 # acme inbound webhooks\nallow tcp from 10.0.0.0/8 to any port 25 # internal relay",
    "nginx.ingress.kubernetes.io/configuration-snippet: |\n  more_set_headers \"X-Frame-Options: SAMEORIGIN\";",
    "ACME = {\n    'BASE_URL': 'https://api.acme.example/v2',\n    'TOKEN': os.environ['ACME_TOKEN'],\n    'DEFAULT_TAGS': ['web', 'shop'],\n}",
    "<p style=\"margin:0\">Mit freundlichen Grüßen<br>\n<b>Sabine Wörner</b> | Kundenservice<br>\nTel. +49 89 1234-0 &middot; <a href=\"https://www.beispiel-gmbh.example\">beispiel-gmbh.example</a></p>",
    "DEBUG sqlalchemy.engine.Engine SELECT tickets.id, tickets.subject FROM tickets WHERE tickets.org_id = %(org_id_1)s AND tickets.status IN (__[POSTCOMPILE_status_1]) LIMIT %(param_1)s",
    "192.0.2.91 - - [03/Jun/2024:11:02:44 +0000] \"GET /widget/v2/loader.js?brand=ourbrand&locale=es-MX HTTP/2.0\" 304 0 \"https://tienda.example.mx/carrito\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\"",
    "/var/log/acme/*.log {\n    daily\n    rotate 14\n    compress\n    missingok\n    postrotate\n        systemctl reload acme-agent > /dev/null 2>&1 || true\n    endscript\n}",
]

LOG_TS = ["2024-06-03T09:{:02d}:{:02d}Z", "2024-06-04 14:{:02d}:{:02d}", "Jun  4 08:{:02d}:{:02d}"]
LOG_LEVEL = ["INFO", "WARN", "ERROR", "DEBUG"]
LOG_SRC = ["acme-agent[2211]", "sync-worker-1", "mailer", "webhook-dispatcher", "chat-gw", "importer"]
LOG_MSG = [
    "ticket {n} updated (status: open -> pending)",
    "POST https://hooks.northwind.example/acme -> {code} in {ms} ms",
    "uploaded attachment scan_{n}.pdf ({ms} KB)",
    "contact import: row {n} skipped, email \"-\" is invalid",
    "retrying GET /v2/tickets?page={n}&per_page=100 (attempt 2/5)",
    "queue length {n}, oldest item {ms}s",
    "SMTP 451 4.7.0 temporary failure, will retry ticket {n}",
]


def tpl_config_log(rng):
    lines = []
    for _ in range(rng.randint(1, 3)):
        ts = rng.choice(LOG_TS).format(rng.randint(0, 59), rng.randint(0, 59))
        msg = rng.choice(LOG_MSG).format(n=rng.randint(1000, 99999), code=rng.choice([200, 202, 410, 500, 504]),
                                         ms=rng.randint(3, 9000))
        lines.append("{} {} {}: {}".format(ts, rng.choice(LOG_LEVEL), rng.choice(LOG_SRC), msg))
    return "\n".join(lines)


# --------------------------------------------------------------------------
# agent_macro (canned replies in the helpdesk's own macro syntax)
# --------------------------------------------------------------------------
AGENT_MACRO = [
    "Hi {{ticket.requester.first_name}},\n\nThanks for reaching out! I've forwarded your request to our billing team and they'll get back to you within 1 business day.\n\nBest regards,\n{{current_user.first_name}}",
    "Hi {{first_name}}, could you please send us a screenshot of the error and the output of Help → About (version & build number)? That will help us reproduce it.",
    "Hallo {{ticket.requester.first_name}},\n\nvielen Dank für Ihre Nachricht. Wir haben die doppelte Abbuchung geprüft und die Erstattung über {{refund.amount}} € veranlasst. Die Gutschrift erscheint in 5–7 Werktagen.\n\nFreundliche Grüße\n{{current_user.name}}",
    "{% if ticket.priority == \"urgent\" %}We're treating this as urgent and an engineer is already looking at it.{% else %}We'll get back to you as soon as possible.{% endif %}",
    "Hi {{first_name | default: \"there\"}}, just checking in — did the steps above solve the problem? If we don't hear back in 3 days, this ticket will close automatically.",
    "Bonjour {{ticket.requester.first_name}},\n\nPour réinitialiser votre mot de passe, cliquez sur « Mot de passe oublié ? » sur la page https://{{account.subdomain}}.acme.example/login puis suivez le lien reçu par e-mail.\n\nBien à vous,\n{{current_user.first_name}}",
    "To clear the cache on Windows:\n1. Quit Acme (right-click the tray icon → Quit)\n2. Press Win+R, type %LOCALAPPDATA%\\Acme and press Enter\n3. Delete the folder \"Cache\"\n4. Start Acme again",
    "To clear the cache on macOS run this in Terminal:\n\nrm -rf ~/Library/Caches/com.acme.desktop\n\nthen restart the app. Your settings and drafts are not affected.",
    "On Linux please run `acmectl diag --upload` and send us the code it prints (looks like DIAG-XXXX-XXXX). It uploads logs from /var/log/acme/ only.",
    "Hi {{first_name}},\n\nI'm sorry for the trouble! This is a known issue in version {{ticket.custom_fields.app_version}} and the fix ships with 5.0.3 next week. As a workaround you can disable \"Hardware acceleration\" under Settings > Advanced.\n\n{{current_user.signature}}",
    "Thanks for your patience, {{ticket.requester.first_name}}! Ticket #{{ticket.id}} is now solved. If anything else comes up, simply reply to this email and it will reopen.",
    "Hola {{ticket.requester.first_name}}:\n\nGracias por escribirnos. Para cambiar el idioma del portal, ve a Perfil → Preferencias → Idioma y selecciona «Español». Los cambios se aplican al volver a iniciar sesión.\n\nSaludos,\n{{current_user.first_name}}",
    "Internal macro – Escalate to L2:\n• set group = \"Tier 2\"\n• add tag escalated_l2\n• priority ≥ high\n• internal note: summary + steps tried + customer impact",
    "Hi {{first_name}}, the API limit on your plan is 700 requests/minute. The response headers X-RateLimit-Limit and X-RateLimit-Remaining tell you where you are; on 429 please wait for the number of seconds in Retry-After.",
    "To connect SSO, add this as the ACS URL in your IdP: https://{{account.subdomain}}.acme.example/sso/saml/acs and this as Entity ID: https://{{account.subdomain}}.acme.example/sso/saml. Then paste your IdP metadata URL in Admin > Security > SSO.",
    "{{ticket.requester.first_name}}, could you run the following in PowerShell and paste the output here?\n\nGet-ItemProperty 'HKLM:\\SOFTWARE\\Acme\\Agent' | Select-Object Version, DataDir, ProxyServer",
    "こんにちは {{ticket.requester.last_name}} 様\n\nお問い合わせいただきありがとうございます。ご指摘の件は開発チームに共有いたしました。進捗があり次第ご連絡いたします。\n\n{{current_user.name}}",
    "Hi {{first_name}}, to include quotes in a search, escape them with a backslash, e.g. subject:\"order \\\"not received\\\"\" — or use single quotes around the phrase: subject:'order not received'.",
    "Hi {{first_name}}, the webhook signature is HMAC-SHA256 of the raw request body using your signing secret, hex-encoded, in the header X-Acme-Signature. Compare with a constant-time function (e.g. hmac.compare_digest in Python).",
    "We've received your cancellation request for {{account.name}}. Your subscription stays active until {{subscription.period_end | date: \"%d %B %Y\"}}, after which your data is kept for 30 days and then deleted.",
    "{% unless ticket.requester.verified %}Before we can make changes to the account, please reply from the account owner's email address ({{account.owner_email}}).{% endunless %}",
    "Hi {{first_name}}, I've merged ticket #{{merged.source_id}} into this one so we can keep everything in one place. No action needed from your side 🙂",
    "Olá {{ticket.requester.first_name}}, tudo bem? Verificamos que o problema de acentuação acontece com arquivos CSV salvos em ANSI. Por favor salve como \"CSV UTF-8 (delimitado por vírgulas)\" e importe novamente.",
    "Hi {{first_name}}, please add the following line to your site's <head>, right before </head>:\n\n<script src=\"https://widget.acme.example/v2/loader.js\" data-brand=\"{{account.subdomain}}\" async></script>",
    "Satisfaction follow-up: Hi {{first_name}}, you rated your last conversation as \"{{satisfaction.score}}\". We'd love to know what we could do better — just reply to this email.",
    "Hi {{first_name}},\n\nWe have scheduled maintenance on {{maintenance.date}} from 02:00 to 04:00 UTC. During this window the API may return 503; please retry with exponential back-off.\n\nStatus updates: https://status.acme.example",
    "Hi {{first_name}}, you can export all tickets via Admin → Data → Export. For more than 10k tickets use the API: GET /api/v2/exports?type=tickets&start_time={{unix_timestamp}} — the result is a link to a .json.gz file valid for 24h.",
    "For Outlook users: if replies land in Junk, add *@acme.example and *@inbound.acme.example to Safe Senders (File > Options > Mail > Junk E-mail Options).",
    "Cześć {{ticket.requester.first_name}},\ndziękujemy za zgłoszenie. Faktura VAT za {{invoice.period}} została wysłana na adres {{account.billing_email}}.\nPozdrawiamy,\n{{current_user.first_name}}",
    "Hi {{first_name}}, to unlock your account an admin needs to go to Admin > People > {{ticket.requester.name}} > Unlock. For security reasons our support team can't do it on your behalf.",
    "Hi {{first_name}}! The character limit for ticket subjects is 255. Longer subjects are truncated with \"…\" — the full text stays in the first comment.",
    "Привет, {{ticket.requester.first_name}}!\nМы проверили ваш аккаунт — уведомления были отключены в профиле. Включите их: Профиль → Уведомления → «Email при ответе».\nС уважением, {{current_user.name}}",
    "{% case ticket.brand %}{% when \"Pro\" %}Pro support line: +1 555 0100{% when \"Basic\" %}Basic plans are supported by email only{% endcase %}",
    "Hi {{first_name}}, ampersands and angle brackets (&, <, >) are escaped automatically in plain-text fields. If you need formatting, switch the editor to Rich text (the \"Aa\" button).",
    "We've reset your 2FA. Next time you log in you'll be asked to scan a new QR code. Tip: store the backup codes somewhere safe — they look like 1234-5678.",
    "Hi {{first_name}}, please make sure your firewall allows outbound HTTPS to *.acme.example (port 443) and WebSocket connections to wss://rt.acme.example. Proxies that strip the Upgrade header will break live chat.",
    "Thanks {{first_name}}! I've passed this idea on to our product team 💡 You can follow and vote for it here: https://feedback.acme.example/ideas/{{idea.id}}",
    "Hi {{first_name}}, the error \"Unexpected token '<'\" means the widget got an HTML page instead of JSON — usually because a proxy or login page answered. Can you open {{widget.config_url}} in a private window and tell us what you see?",
    "Hello {{first_name}}, deleting a user doesn't delete their tickets. The tickets are reassigned to {{account.default_assignee}} and the user's comments stay visible with \"(deleted user)\".",
    "Hi {{first_name}},\nthe import expects UTF-8, comma-separated, with a header row: name,email,phone,organization. Fields containing commas must be in double quotes, e.g. \"Müller, Hans\".",
    "Sorry for the wait, {{first_name}} — we're experiencing higher volume than usual. Your ticket is in the queue (position ~{{queue.position}}) and you'll hear from us by {{sla.next_breach | date: \"%H:%M\"}}.",
    "Hi {{first_name}}, you can use these placeholders in your own macros: {{ticket.id}}, {{ticket.title}}, {{ticket.requester.email}}, {{current_user.name}}. Full list: Admin > Macros > Placeholders.",
    "Hi {{first_name}}, `SELECT`-style queries aren't supported in the search bar, but you can combine filters: status:open priority>normal tags:vip -tags:spam created>2024-05-01",
    "Hi {{first_name}}, to run the diagnostic on macOS: open Terminal and paste\n\n/Applications/Acme.app/Contents/MacOS/acme --diagnose > ~/Desktop/acme-diag.txt 2>&1\n\nthen attach acme-diag.txt to this ticket.",
    "Hi {{first_name}}, the sandbox is at https://{{account.subdomain}}-sandbox.acme.example. Data is copied from production every Sunday at 03:00 UTC; emails from the sandbox go to /dev/null, so nothing reaches your customers.",
    "Grüezi {{ticket.requester.last_name}}\n\nDas Passwort muss mindestens 12 Zeichen lang sein und darf Sonderzeichen wie ! ? % & $ # enthalten. Leerzeichen am Anfang/Ende werden entfernt.\n\nFreundliche Grüsse\n{{current_user.first_name}}",
    "Hi {{first_name}}, for GDPR deletion requests we need the written request from the data subject. Once received, deletion is done within 30 days (Art. 17). Reference: {{ticket.id}}-GDPR.",
    "Hi {{first_name}}, SLA timers pause while a ticket is Pending (waiting on you) and resume when you reply. Business hours for your account: {{account.business_hours}} ({{account.time_zone}}).",
    "Hi {{ first_name }}, 👋\nIt looks like the app is blocked by your antivirus. Please add an exclusion for C:\\Program Files\\Acme\\ and %ProgramData%\\Acme\\ and restart the service.",
    "Hi {{first_name}}, we don't support custom JavaScript inside the help center article body for security reasons — <script> tags are stripped on save. You can add site-wide scripts in Theme > Edit code > footer.hbs.",
    "{% if ticket.requester.locale contains \"fr\" %}Bonjour{% else %}Hello{% endif %} {{ticket.requester.first_name}},",
    "Hi {{first_name}}, thanks for the heads-up about the typo in the KB article \"Union vs. intersection filters\". Fixed! 🙏",
    "Hi {{first_name}}, this happens when the email contains a forwarded chain with <html> inside <html>. Our parser keeps only the newest reply; the full original is in the attachment \"original_message.eml\".",
]

MACRO_LANGS = [
    (["Hi {{first_name}},", "Hello {{ticket.requester.first_name}},", "Hi {{first_name | default: \"there\"}},"],
     ["thanks for your message about \"{{ticket.title}}\".",
      "your ticket #{{ticket.id}} has been assigned to {{ticket.assignee.name}}.",
      "we've updated the status of #{{ticket.id}} to {{ticket.status}}.",
      "I've added {{ticket.cc_names}} in cc as requested.",
      "your refund of {{refund.amount}} {{refund.currency}} was issued on {{refund.date | date: \"%Y-%m-%d\"}}.",
      "the fix for this issue is planned for release {{release.version}}.",
      "could you confirm the order number (it starts with {{account.order_prefix}}-)?"],
     ["Best,\n{{current_user.first_name}}", "Kind regards,\n{{current_user.name}}\n{{account.name}} Support",
      "— {{current_user.signature}}", "Cheers! 🙂\n{{current_user.first_name}}"]),
    (["Hallo {{ticket.requester.first_name}},", "Guten Tag {{ticket.requester.last_name}},"],
     ["Ihr Ticket #{{ticket.id}} wurde an {{ticket.assignee.name}} übergeben.",
      "die Erstattung über {{refund.amount}} {{refund.currency}} ist veranlasst.",
      "der Fehler ist in Version {{release.version}} behoben."],
     ["Viele Grüße\n{{current_user.first_name}}", "Freundliche Grüße\n{{current_user.name}}"]),
    (["Bonjour {{ticket.requester.first_name}},"],
     ["votre demande #{{ticket.id}} est en cours de traitement par {{ticket.assignee.name}}.",
      "le remboursement de {{refund.amount}} € a été effectué le {{refund.date | date: \"%d/%m/%Y\"}}."],
     ["Cordialement,\n{{current_user.name}}", "Bien à vous,\n{{current_user.first_name}}"]),
]


def tpl_agent_macro(rng):
    hello, middle, close = rng.choice(MACRO_LANGS)
    return "{}\n\n{}\n\n{}".format(rng.choice(hello), rng.choice(middle), rng.choice(close))


# --------------------------------------------------------------------------
# internal_note
# --------------------------------------------------------------------------
INTERNAL_NOTE = [
    "Customer confirmed the fix worked after clearing %LOCALAPPDATA%\\Acme\\Cache. Closing.",
    "Escalated to L2 – see JIRA SUP-4412. Repro'd on staging with Safari 17.4 only.",
    "Ran SELECT count(*) FROM tickets WHERE org_id = 4411 AND deleted_at IS NOT NULL on the read replica → 312 rows. So the tickets exist, they're just soft-deleted.",
    "Heads-up: this customer is on the legacy plan ($29/mo, grandfathered). Don't offer the new pricing unless they ask.",
    "Careful – requester is not the account owner. Owner is j.martins@ (cc'd). Don't change billing until owner confirms.",
    "Looks like a dupe of #48102. Merged. @Kenji can you check if the webhook retries are the same root cause?",
    "Called customer at 14:30 CET, no answer, left voicemail. Will try again tomorrow morning.",
    "Logs show 401s from 192.0.2.77 starting 09:41 UTC – token was rotated by their admin at 09:40. Not our bug.",
    "Known issue, fix in 5.0.3 (PR #8812). Sent macro \"Known issue – workaround\".",
    "Cliente muy molesto 😤 – ofrecí 1 mes gratis, aprobado por Laura.",
    "Note for billing: refund 2 × 499,00 € → only one should be refunded, the other was the correct charge. Double-check in Stripe before approving.",
    "They pasted their API token in the public reply 🤦 — I redacted it and asked them to rotate it under Admin > API.",
    "Their IT uses a proxy that strips the Upgrade header → websockets fail → chat falls back to polling. Suggested allowlisting wss://rt.acme.example.",
    "The \"O'Brien\" search bug is SUP-3990 – apostrophes in the quick-search are dropped by the tokenizer. Workaround: search by email.",
    "FYI the customer's script does `rm -rf /tmp/acme-*` before every run, which also deletes our lock file. Explained, they'll exclude acme-agent.lock.",
    "Interner Hinweis: Kunde möchte Rechnung auf neue Anschrift (ab 01.07.). Bitte NICHT rückwirkend ändern.",
    "Checked their SPF: v=spf1 include:spf.protection.outlook.example -all → our mail server isn't included, that's why the replies go to spam.",
    "Repro steps (internal):\n1. create macro with {{ticket.requester.first_name}}\n2. apply to ticket with requester created via API without name\n3. preview shows \"\" instead of fallback\n→ default filter ignored when value is empty string vs null.",
    "Customer runs the agent as LocalSystem; the UNC path \\\\fileserver01\\scans isn't accessible for that account. Suggested a domain service account.",
    "VIP – CEO of Fabrikam. Keep Sandra in cc on every reply.",
    "Spam / phishing – sender tried to get us to 'verify' an admin account via external link. Marked as spam and blocked the sender domain.",
    "Reminder: the 'drop duplicates' option in the importer only checks email, not phone. That's why they got dupes.",
    "Tested with their sample file – the BOM (EF BB BF) at the start breaks the header row detection. Filed SUP-4020.",
    "Engineering says the 500 on /v2/tickets?sort=-updated_at is caused by a null updated_at on 3 legacy tickets. Data fix scheduled tonight.",
    "Customer asked whether we \"execute\" uploaded scripts. Answered: no, attachments are stored and served with Content-Disposition: attachment only.",
    "Sent the DPA (v3.2) + sub-processor list. Legal contact on their side: legal@fabrikam.example.",
    "Double escaping bug (\"&amp;amp;\") confirmed in chat header – frontend ticket FE-1187.",
    "社内メモ：お客様は日本語のファイル名で失敗。UTF-8 の NFD/NFC の違いが原因の可能性あり（macOS からのアップロード）。",
    "Note: customer's time zone is America/Sao_Paulo, they're 5h behind us – schedule the call for 15:00 our time.",
    "Sleep/wake issue on Android tablets: Doze mode kills the websocket after ~5 min. Product is aware (MOB-722), no ETA.",
    "Checked audit log: user 'r.dangelo' (apostrophe stripped by IdP) vs 'r.d'angelo' in our DB → mismatch, that's why SSO creates a new user.",
    "Gave them the query for their data warehouse connector:\nSELECT status, COUNT(*) FROM tickets GROUP BY status;\nThey only have read access to the replica, fine.",
    "Customer on 4.9 (EOL). Told them to upgrade, attached changelog. If they can't, L2 can provide 4.9.8 hotfix.",
    "Their CSV uses ; as delimiter and \" as quote – importer defaults to , – walked them through the options.",
    "Escalation path: L1 (me) → L2 (Kenji) → Eng on-call (#inc-helpdesk). Customer is P1 because their whole support team is blocked.",
    "Checked the HAR file: the request to /api/internal/views/4411/count takes 28s, the rest is fine. Attached to ENG-5531.",
    "Customer thinks we \"deleted\" their tickets. Audit log says their admin ran a bulk delete at 2024-06-02 22:13 with filter created<2022-01-01.",
    "Nota interna: il cliente usa un proxy con ispezione SSL (Zscaler). Il certificato root va aggiunto al trust store dell'agente.",
    "They want a custom report with SLA % per agent per week. Not possible in UI, suggested the Explore dataset + pivot.",
    "Please don't send the standard \"reset your password\" macro – they use SSO, local passwords are disabled for them.",
    "Backup codes were regenerated at 11:02. Identity verified via call-back to the number on file (+44 20 7946 0xxx).",
    "Customer's firewall blocks our webhook source IPs – sent them the list from https://acme.example/ips.json.",
    "Root cause: their Zap sends body as text/plain with literal \\n sequences. Our API treats it as literal text. Told them to set Content-Type: application/json.",
    "Windows Defender flagged acme-agent.exe 5.0.2 as Trojan:Win32/Wacatac.B!ml (false positive). Submitted to Microsoft, ticket MS-8812-55.",
    "Talked to Ana: we can waive the overage fee ($120) once. Logged in Billing notes.",
    "Le client a collé son fichier de config complet, j'ai masqué le mot de passe SMTP dans le commentaire public.",
    "Path in their error: C:\\Program Files (x86)\\Acme\\Agent\\ — they installed the 32-bit build on 64-bit Windows. Reinstall with the x64 MSI.",
    "Tried to reproduce the 'script timeout' on bulk update with 20k contacts in our sandbox: took 14 min, no timeout. Their browser extension (Grammarly) might interfere.",
    "Customer insists the bot said refunds are 'always' possible. Chat transcript #7781 shows the bot said 'within 14 days'. Sent transcript politely.",
    "Ticket auto-closed by trigger \"Close after 7 days pending\" – customer reopened, angry. Consider excluding VIP tag from the trigger.",
    "Tag cleanup: merged 'billing ', 'Billing', 'billing/invoice' → 'billing'. 1,204 tickets updated.",
    "Don't forget: the union of the two views is what they want in the dashboard, not the intersection.",
    "Known: `acmectl report exec --id 77` fails with exit 2 if the report name has spaces. Use the id, not the name.",
]

NOTE_WHO = ["Customer", "Requester", "Their admin", "Their IT", "The account owner"]
NOTE_DID = [
    "confirmed it works after updating to {ver}",
    "can't reproduce anymore on {ver}",
    "sent a new HAR file, attached to {jira}",
    "asked for a call on {day} at {time}",
    "is waiting for approval from finance, pinged again",
    "says it's happening only on {ver} — escalated as {jira}",
]
NOTE_VER = ["4.12.3", "5.0.1", "5.0.2", "iOS 6.3.1", "Android 6.2.0", "agent 5.0.2.118"]
NOTE_JIRA = ["SUP-4412", "SUP-4020", "ENG-5531", "MOB-722", "FE-1187", "SUP-3990"]
NOTE_DAY = ["Monday", "Tuesday", "Thu", "Friday", "tomorrow"]
NOTE_TIME = ["09:30 CET", "14:00 UTC", "10am PT", "16:15 (their time)"]
NOTE_TAIL = ["", " Setting to pending.", " — @Kenji FYI", " Leaving open until they confirm.", " 👍"]


def tpl_internal_note(rng):
    did = rng.choice(NOTE_DID).format(ver=rng.choice(NOTE_VER), jira=rng.choice(NOTE_JIRA),
                                      day=rng.choice(NOTE_DAY), time=rng.choice(NOTE_TIME))
    return "{} {}.{}".format(rng.choice(NOTE_WHO), did, rng.choice(NOTE_TAIL))


# --------------------------------------------------------------------------
# survey_comment (CSAT free text)
# --------------------------------------------------------------------------
SURVEY_COMMENT = [
    "Fast and friendly, problem solved in 10 min 👍",
    "Anna was great!!! <3",
    "The agent was nice but I had to wait > 2 hours for a reply.",
    "5/5 – would recommend",
    "Still not fixed. Third ticket about the same thing -_-",
    "Super Service, danke an Herrn Weber!",
    "Très bonne réactivité, merci 🙏",
    "Muy amable, pero la solución no funcionó :(",
    "対応が早くて助かりました！",
    "Too many canned answers, felt like talking to a bot",
    "Explained everything step by step, even the SQL part for our report. Thanks Kenji!",
    "10/10. The 'clear cache' trick did it.",
    "Why do I have to explain my problem 3 times to 3 different people??",
    "Good, but the KB article link was broken (404)",
    "ok",
    "N/A",
    "The chat bot kept saying \"I didn't get that\" — just give me a human!",
    "Resolved quickly. Minor: the email had &amp; in my company name.",
    "Excelente atendimento, muito obrigado!",
    "Hizo falta escalar dos veces, pero al final lo resolvieron.",
    "Bardzo szybka odpowiedź, dziękuję!",
    "★★★★★",
    "★★☆☆☆ – slow",
    "I rated 'bad' by mistake, the support was actually good! Sorry",
    "Agent closed the ticket before I could confirm; please don't do that.",
    "Great product, terrible invoice process. Fix the billing page pls",
    "The answer was copy-paste from the docs, which I had already read :-/",
    "Очень помогли, спасибо!",
    "Thanks for the patience with our 'creative' CSV file 😅",
    "Hard to find the 'select all' option, but support showed me. Nice.",
    "Prompt reply; the curl example with -H \"Authorization: Bearer …\" was exactly what I needed.",
    "Response time: meh. Solution: perfect.",
    "Merci Julien, explications claires et précises.",
    "Good job 👏👏👏",
    "You guys rock!!!",
    "Didn't solve my issue but the agent was honest about it being a bug; appreciated.",
    "Please offer phone support for urgent cases, chat & email is not enough",
    "Wait time was < 1 min, impressive",
    "First contact resolution 💯",
    "Would be nice to get a notification when the bug is fixed (SUP-3990?)",
    "The agent dropped the ball – promised a callback that never came.",
    "Straight to the point. No 'have you tried turning it off and on again'.",
    "La persona que me atendió fue muy paciente 😊",
    "Danke! Endlich funktionieren die Umlaute wieder (ä/ö/ü/ß).",
    "Support in Deutsch wäre schön, Englisch geht aber auch.",
    "Very knowledgeable about SAML/SSO. Saved us hours.",
    "Please stop sending this survey after every single email 🙄",
    "C'est la troisième fois que je contacte le support pour le même problème…",
    "Quick & helpful!",
    "Loved that the agent sent a short video instead of a wall of text",
    "Grazie mille, servizio eccellente",
    "شكرا جزيلا على المساعدة السريعة",
    "감사합니다! 문제가 해결되었어요",
    "It's fine I guess. 3/5",
]

SURVEY_OPEN = ["", "Overall: ", "Honestly, ", "TL;DR – ", "As always, "]
SURVEY_PRAISE = ["very helpful", "quick answer", "super friendly agent", "clear explanation", "solved on first reply",
                 "a bit slow", "not really solved", "good but too many emails", "patient and polite"]
SURVEY_WHO = ["{name} was {adj}", "thanks {name}", "kudos to {name}", "{name} knew the product well"]
SURVEY_NAME = ["Anna", "Kenji", "Julien", "Sandra", "Mateo", "Aisha", "Lukas", "Priya"]
SURVEY_ADJ = ["awesome", "great", "very patient", "super quick", "helpful"]
SURVEY_END = ["", " 👍", " 🙂", "!", " – 10/10", " ★★★★☆", ".", " :)"]


def tpl_survey_comment(rng):
    who = rng.choice(SURVEY_WHO).format(name=rng.choice(SURVEY_NAME), adj=rng.choice(SURVEY_ADJ))
    return "{}{}, {}{}".format(rng.choice(SURVEY_OPEN), rng.choice(SURVEY_PRAISE), who, rng.choice(SURVEY_END))


# --------------------------------------------------------------------------
# kb_search (knowledge-base search box)
# --------------------------------------------------------------------------
KB_SEARCH = [
    "reset password",
    "sso saml error responder",
    "how to export tickets to csv",
    "api rate limit 429",
    "select all tickets",
    "delete account gdpr",
    "webhook signature hmac",
    "<br> in email template",
    "c:\\program files\\acme agent won't start",
    "macro placeholders list",
    "{{ticket.id}}",
    "union vs intersection filter",
    "drop down custom field",
    "sleep mode chat disconnect",
    "script tag widget",
    "alert sound new ticket",
    "exec format error acmectl",
    "passwd sync ldap",
    "import contacts ; separator",
    "O'Brien search",
    "merge duplicate contacts",
    "sla business hours holidays",
    "2fa backup codes",
    "how to change language portal",
    "cambiar contraseña",
    "rechnung herunterladen",
    "facture pdf",
    "パスワード リセット",
    "导出 工单",
    "smtp 535 5.7.3",
    "x-frame-options iframe help center",
    "content security policy widget",
    "ampersand &amp; in name",
    "api fields=id,subject",
    "status:open priority>normal",
    "where is the system log",
    "/var/log/acme",
    "%appdata% cache",
    "curl bearer token example",
    "json body create ticket",
    "jq filter tickets",
    "powershell invoke-restmethod 401",
    "\"order not received\"",
    "tag a OR tag b",
    "null requester name",
    "time zone utc+0",
    "ios attachment crash",
    "how do i delete a macro",
    "restore deleted view",
    "what is the difference between pending and on-hold",
    "is there a dark mode?",
    "kündigung",
    "cancelamento contrato",
    "emoji in subject 😀",
    "{% if %} macro condition",
    "C# sdk example",
]

KB_VERB = ["how to", "how do i", "can i", "", "where to", "cannot", "wie", "comment"]
KB_TOPIC = [
    "add agent", "change logo", "set up email forwarding", "connect slack", "custom domain ssl",
    "auto reply outside business hours", "remove branding", "csat survey", "chat triggers",
    "ticket fields required", "bulk edit tags", "api token", "ip allowlist", "saml certificate rotate",
    "holiday calendar", "merge tickets", "spf dkim setup",
]
KB_TAIL = ["", "", "?", " 2024", " mobile", " api", " error"]


def tpl_kb_search(rng):
    verb = rng.choice(KB_VERB)
    q = "{} {}{}".format(verb, rng.choice(KB_TOPIC), rng.choice(KB_TAIL)).strip()
    return q


# --------------------------------------------------------------------------
# attachment_path (attachment file names and pasted paths)
# --------------------------------------------------------------------------
ATTACHMENT_PATH = [
    "Screenshot 2024-06-03 at 10.41.33.png",
    "screenshot (2).PNG",
    "IMG_4821.HEIC",
    "error_log.txt",
    "acme-diag.txt",
    "trace.json.gz",
    "HAR export – agent.acme.example.har",
    "Rechnung_2024-05_Nr. 0071.pdf",
    "Lieferschein & Rücksendung.pdf",
    "O'Neil contract (signed).pdf",
    "見積書_2024年6月.pdf",
    "résumé.pdf",
    "Q2 report; final v3.xlsx",
    "tickets_export_2024-06.csv",
    "contacts-import (copy).csv",
    "C:\\Users\\jmüller\\Desktop\\Fehlerprotokoll (2).txt",
    "C:\\ProgramData\\Acme\\Agent\\logs\\agent-2024-06-03.log",
    "D:\\Acme\\Agent\\logs\\agent.log.1",
    "/var/log/acme/agent.log",
    "/home/deploy/acme-sync/sync.log",
    "~/Library/Logs/Acme/acme-2024-06-01.log",
    "/Users/lwong/Desktop/Screen Recording 2024-06-03 at 11.02.14.mov",
    "\\\\fileserver01\\scans\\incoming\\scan_0042.pdf",
    "config.yaml",
    "agent.yaml.bak",
    ".env.example",
    "nginx.conf",
    "docker-compose.yml",
    "Untitled.png",
    "image001.png",
    "ATT00001.htm",
    "winmail.dat",
    "original_message.eml",
    "Re_ Invoice #4421.msg",
    "invoice#4421 & receipt.pdf",
    "логи_ошибки.zip",
    "captura de pantalla 2024-06-03 104133.png",
    "Capture d’écran 2024-06-03 à 10.41.33.png",
    "Bildschirmfoto vom 2024-06-03 10-41-33.png",
    "acme_support_bundle_20240603T1041Z.tar.gz",
    "crash-AcmeMobile-2024-06-03-104133.ips",
    "logcat_2024-06-03.txt",
    "widget-console-output.txt",
    "select_query_output.csv",
    "dump_tickets_before_migration.json",
    "Video 😀 bug.mp4",
    "スクリーンショット 2024-06-03 10.41.33.png",
    "C:\\Users\\Public\\Documents\\Acme\\export (1).csv",
    "/tmp/acme-export-48213.csv",
    "~/Downloads/acme_cli_darwin_arm64.tar.gz",
    "C:\\Program Files (x86)\\Acme\\Agent\\AcmeAgent.exe.config",
    "%USERPROFILE%\\AppData\\Local\\Acme\\logs\\renderer.log",
    "/etc/acme/agent.yaml",
    "Daten_Export_Müller&Co_2024.xlsx",
]

ATT_BASE = ["screenshot", "Screenshot", "error", "invoice", "Rechnung", "factura", "export", "log", "scan",
            "contrat", "photo", "recording"]
ATT_SEP = ["_", "-", " ", " - "]
ATT_EXT = ["png", "jpg", "pdf", "txt", "log", "csv", "xlsx", "zip", "mp4", "docx", "har"]
ATT_DIR = ["", "", "", "C:\\Users\\agent\\Downloads\\", "/Users/kim/Desktop/", "~/Downloads/", "D:\\Scans\\"]


def tpl_attachment_path(rng):
    d = "{:04d}-{:02d}-{:02d}".format(2024, rng.randint(1, 12), rng.randint(1, 28))
    extra = rng.choice(["", " (1)", " (2)", "_final", "_v2", " copy"])
    return "{}{}{}{}{}.{}".format(rng.choice(ATT_DIR), rng.choice(ATT_BASE), rng.choice(ATT_SEP), d, extra,
                                  rng.choice(ATT_EXT))


# --------------------------------------------------------------------------
CATEGORIES = [
    ("ticket_subject", TICKET_SUBJECT, tpl_ticket_subject, "ticket subject lines"),
    ("ticket_body", TICKET_BODY, tpl_ticket_body, "ticket bodies, steps to reproduce"),
    ("chat_message", CHAT_MESSAGE, tpl_chat_message, "live-chat lines"),
    ("error_trace", ERROR_TRACE, tpl_error_trace, "pasted error messages / stack traces"),
    ("config_log_paste", CONFIG_LOG_PASTE, tpl_config_log, "pasted config snippets and log lines"),
    ("agent_macro", AGENT_MACRO, tpl_agent_macro, "macros / canned replies with {{placeholders}}"),
    ("internal_note", INTERNAL_NOTE, tpl_internal_note, "agent internal notes"),
    ("survey_comment", SURVEY_COMMENT, tpl_survey_comment, "satisfaction-survey comments"),
    ("kb_search", KB_SEARCH, tpl_kb_search, "knowledge-base search queries"),
    ("attachment_path", ATTACHMENT_PATH, tpl_attachment_path, "attachment names and pasted paths"),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, template, _ in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (name, v))
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 100000:
                raise SystemExit("template for %s cannot fill %d values" % (name, PER_CATEGORY))
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        stats.append((name, len(values), n_lit))
        for v in values:
            rows.append({"category": name, "label": "benign", "value": v})
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit("bad value length in %s: %r" % (r["category"], v[:60]))
        obj = {"id": "%s-%05d" % (ID_PREFIX, i), "category": r["category"], "label": "benign", "value": v}
        out.append(json.dumps(obj, ensure_ascii=False))
    if len(set(r["value"] for r in rows)) != len(rows):
        raise SystemExit("duplicate values")
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")
    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print("%-18s %3d  literals %3d (%.0f%%)" % (name, n, n_lit, 100.0 * n_lit / n))
    print("%-18s %3d  literals %3d (%.0f%%)" % ("TOTAL", len(rows), total_lit, 100.0 * total_lit / len(rows)))
    print("wrote", path)


if __name__ == "__main__":
    main()
