"""Held-out benign corpus "telecom" (ids hb35-NNNNN).

Text that customers, NOC engineers and PBX admins really type into the ordinary
fields of a carrier's customer portal, a CPaaS/SMS API dashboard, a VoIP PBX admin
panel and a network-operations ticket tool: phone numbers in every format, SMS
templates, USSD/MMI codes, APN and router settings, SIP URIs and dial plans,
call-detail records, number-porting requests, trouble tickets, billing disputes and
plans, IVR prompts and multilingual customer messages.

Every value is hand-written for this corpus (literals below) or produced by a small
template over hand-written pools. Nothing comes from a dataset or from any WAF rule.
Output: benign.jsonl next to this file; byte-identical on every run.
"""
import json
import random
import sys
from pathlib import Path

SEED = 3501
PREFIX = "hb35"
PER_CATEGORY = 80
MIN_LITERAL_SHARE = 0.55

# --------------------------------------------------------------------------
# phone_numbers: contact fields and notes with numbers in every format
# --------------------------------------------------------------------------
PHONE_NUMBERS = [
    "+44 20 7946 0958",
    "(555) 010-4477 ext. 12",
    "+1 (555) 010-2291 x204 — front desk, ask for Priya",
    "0049 (0)30 901820 / Handy 0151-2345 6789",
    "+33 1 23 45 67 89 ; fax +33 1 23 45 67 90",
    "555.010.8812 | after 6pm use 555.010.8813",
    "tel:+1-555-010-4477;ext=12",
    "+81 3-1234-5678 (Tokyo office, 9:00–18:00 JST)",
    "+91 98765 43210 / +91 80 4567 8900",
    "1-800-555-0199, option 3, then #",
    "+61 (0)2 9876 5432",
    "+7 495 123-45-67 доб. 215",
    "+86 10 6552 1234 转 808",
    "+353 1 555 0142 -- Dublin NOC on-call",
    "Numbers to whitelist: +15550100, +15550101, +15550102",
    "+1 555 010 7788 (don't call before 9, leave a voicemail)",
    "+49 89 1234567-0 (Zentrale) & -22 (Technik)",
    "+34 912 345 678 ; móvil +34 612 345 678",
    "Caller ID shows 'Unknown' instead of +1 555 010 3030",
    "+972 3-555-0123 ext 7 / נייד 052-555-0123",
    "+55 (11) 95555-0123",
    "+52 55 5555 0123 ext. 4410",
    "+27 21 555 0123 <reception>",
    "tel:+358-9-555-0100;phone-context=+358",
    "Main: 555-0100 & Fax: 555-0101",
    "(02) 5550 1234 — drop the leading 0 from abroad: +61 2 5550 1234",
    "Emergency contact: Mum – 07700 900123",
    "07700 900 461 (UK mobile, WhatsApp too)",
    "+44 (0) 161 496 0000 / select option 2 for billing",
    "Contact: J. O'Brien, +353 87 555 0142",
    "+1-555-010-2020;ext=300 <sip:300@pbx.example.com>",
    "Form rejects '+1 555-010-4477' but accepts '15550104477' — which format do you want?",
    "E.164 please: +15550104477 (not 001-555-010-4477)",
    "+82 2-555-0123 내선 301",
    "+966 11 555 0123 / تحويلة 44",
    "+30 21 0555 0123 εσωτ. 12",
    "+48 22 555 01 23 wew. 105",
    "Home: 555-0145; Work: (555) 010-6655 x3; Cell: 555/010/9988",
    "+1 555 010 1234,,,5678# (auto-dial PIN after two pauses)",
    "+1 555 010 1234;5678 — the ';' waits for me to confirm before it sends the PIN",
    "*67 555 010 4455 to hide my number",
    "+64 9-555 0123 (NZ office) / +64 21 555 0123 (mobile)",
    "+1 555 010 0000 through +1 555 010 0099 (DID block of 100)",
    "Range 5550100-5550199 -> all to hunt group 600",
    "+39 02 5550 1234 int. 21",
    "+90 212 555 01 23 dahili 45",
    "+31 (0)20 555 0123 / toestel 12",
    "Mobile: +43 664 555 0123; Büro: +43 1 555 0123-40",
    "+1 (555) 010-4477 x12 is my desk; if no answer try the cell: (555) 010-4478",
    "Please update my alternate contact to +44 7700 900 987 — the old one (+44 7700 900 123) is disconnected.",
    "+65 6555 0123 / +65 9555 0123",
    "+20 2 2555 0123 (Cairo) — تحويلة 7",
    "+1 555 010 6000 x 2#4  (press 2, wait, then 4)",
    "001 555 010 4477 from Germany doesn't connect; 00 1 555 010 4477 does??",
    "SMS-only number: +1 555 010 2525 (no voice, please don't call it)",
]

PHONE_LABELS = ["Office", "Mobile", "Home", "Fax", "After hours", "Warehouse",
                "Reception", "Billing contact", "NOC bridge", "Site manager",
                "Büro", "Portable", "Móvil", "携帯"]
PHONE_NOTES = ["best after 5pm", "text first", "ask for Sam", "weekdays only",
               "leave a message", "no SMS", "WhatsApp ok", "shared line",
               "rings the whole team", "Mon–Fri 8–4"]
US_AREA = ["212", "415", "617", "303", "512", "206", "773", "305"]


def tpl_phone(rng):
    d2 = rng.randint(0, 99)
    d3 = rng.randint(0, 999)
    ac = rng.choice(US_AREA)
    ext = rng.randint(2, 4999)
    number = rng.choice([
        f"+1 ({ac}) 555-01{d2:02d}",
        f"{ac}-555-01{d2:02d} ext. {ext}",
        f"+1.{ac}.555.01{d2:02d}",
        f"+44 20 7946 0{d3:03d}",
        f"+44 7700 900{d3:03d}",
        f"+61 491 570 {d3:03d}",
        f"({ac}) 555-01{d2:02d} x{ext}",
        f"1-{ac}-555-01{d2:02d}",
    ])
    label = rng.choice(PHONE_LABELS)
    note = rng.choice(PHONE_NOTES)
    return rng.choice([
        f"{label}: {number}",
        f"{number} ({label.lower()})",
        f"{label} – {number}, {note}",
        f"{number} / {note}",
    ])


# --------------------------------------------------------------------------
# sms_templates: CPaaS message templates, placeholders, opt-out text
# --------------------------------------------------------------------------
SMS_TEMPLATES = [
    "Hi {{first_name}}, your order #{{order_id}} has shipped. Track it: https://trk.example.com/{{code}} Reply STOP to end",
    "Your verification code is {code}. Don't share it with anyone — we'll never ask for it. -ACME",
    "%NAME%, your appointment is on %DATE% at %TIME%. Reply C to confirm, R to reschedule. STOP=opt out",
    "[Brand] Flash sale: 20% off everything today only! Code SPRING20 > shop.example.com/s Txt STOP to quit, HELP for help. Msg&data rates may apply.",
    "Reminder: your bill of $42.17 is due 05/14. Pay at my.example.com/pay or reply PAY. Reply STOP to end, HELP for help.",
    "{{ customer.first_name | default: 'there' }}, you've used 80% of your data ({{ usage.used_gb }} of {{ usage.cap_gb }} GB).",
    "${firstName}, your plan renews on ${renewDate}. Questions? Call 611.",
    "Ihr Bestätigungscode lautet {code}. Gültig für 10 Minuten. Antworten Sie STOPP zum Abmelden.",
    "Votre code de vérification est {code}. Répondez STOP pour ne plus recevoir de SMS.",
    "Tu código es {{code}}. Responde BAJA para no recibir más mensajes.",
    "您的验证码是{code}，5分钟内有效，请勿泄露。回复TD退订",
    "認証コードは{code}です。有効期限は10分です。心当たりがない場合は破棄してください。",
    "Ваш код подтверждения: {code}. Никому его не сообщайте.",
    "رمز التحقق الخاص بك هو {code}. لا تشاركه مع أي شخص.",
    "GSM-7 question: if I use € or [square brackets] in the template, does each count as 2 characters?",
    "Can you approve this one? 'Hey <first>, we miss you! 15% off w/ code BACK15 -> ex.co/b15 — STOP to unsubscribe'",
    "Dear customer, your SIM will be suspended on {{date}} if not registered. Visit any store with a valid ID. Ignore if done.",
    "Order {{order.id}}: {{#if delivered}}delivered today{{else}}on its way{{/if}}. Reply STOP to opt out.",
    "{% if balance < 5 %}Low balance — top up at example.com/topup{% else %}Your balance is {{ balance }}{% endif %}. Txt STOP to end",
    "Hi {{${first_name} | default: 'friend'}}, your loyalty points expire Friday!",
    "The 🎉 emoji switches the whole message to UCS-2 (70 chars/segment) so it's now 2 parts — should I just remove it?",
    "Your one-time passcode is 482913. If you didn't request it, call 611 right away.",
    "ALERT: new sign-in from Chrome on Windows. Not you? Reply NO. It was you? Reply YES. Std msg rates apply",
    "Hi $name$, ticket $ticket_id$ was updated: $status$. Reply STOP to end",
    "Keyword routing: JOIN -> welcome msg; STOP/END/CANCEL/UNSUBSCRIBE/QUIT -> opt-out confirmation; HELP/INFO -> help text",
    "You've been unsubscribed and will receive no more messages. Reply START to resubscribe.",
    "Your driver {{driver_name}} is 5 min away in a {{car_color}} {{car_model}} ({{plate}}).",
    "Rx ready for pickup at {{store}}; hours 9a–9p. Reply STOP to opt out of pharmacy texts",
    "Hi {{1}}, your delivery slot is {{2}}. Reply 1 to confirm or 2 to change.",
    "Variable mapping: {{1}} = first name, {{2}} = order no., {{3}} = tracking URL",
    "ACME Alerts: Wind advisory for your area until 8 PM. Secure loose objects & avoid travel if possible. Reply STOP to cancel",
    "Payment received — thank you! Amount: {amount}; ref {ref}. Balance now {balance}.",
    "Two segments max please: 153 chars per part when concatenated (the UDH takes 6 bytes)",
    "School closed tomorrow (snow). Buses will not run. Reply STOP to opt out of district alerts.",
    "Your table for {party_size} at {restaurant} is confirmed for {time}. Reply CANCEL to cancel.",
    "Sender ID 'ACMEBANK' was rejected in India — do we need DLT template registration first?",
    "Template ID 1207161234567890123 registered on DLT; header ACMEBK; content: 'Dear {#var#}, your OTP is {#var#}. -ACME'",
    "Please remove the link shortener from the template; carriers are filtering shortened links as spam.",
    "Welcome to ACME Rewards! Msg freq varies. Msg&data rates may apply. Reply HELP for help, STOP to cancel. Terms: acme.example/t",
    "Hola {{nombre}}, tu factura de {{mes}} ya está disponible: {{monto}} €. Responde STOP para darte de baja.",
    "Olá {{nome}}! Seu pedido saiu para entrega. Para não receber mais mensagens, responda SAIR.",
    "Merhaba {ad}, randevunuz {tarih} saat {saat}. İptal için IPTAL yazın.",
    "Ciao {{nome}}, il tuo ordine è pronto per il ritiro. Rispondi STOP per annullare l'iscrizione.",
    "Xin chào {ten}, mã OTP của bạn là {otp}. Không chia sẻ mã này.",
    "नमस्ते {name}, आपका OTP {otp} है। इसे किसी के साथ साझा न करें।",
    "안녕하세요 {{이름}}님, 인증번호는 [{{code}}]입니다.",
    "Fallback text if the MMS fails: 'See your receipt at {{receipt_url}}'",
    "Quiet hours: don't send between 21:00 and 08:00 recipient-local time; queue & release at 08:00",
    "Hi {first}! Reply YES to confirm your 3pm appt w/ Dr. {doctor} tomorrow, or NO to cancel. Txt STOP to opt-out",
    "Reply STOP to end. Reply HELP for help. Msg & data rates may apply. Up to 4 msgs/mo.",
    "Your code is: {{otp}}\n\n@app.example.com #{{otp}}",
    "<#> Your ACME code is 482913\nFA+9qCX9VSu",
]

SMS_BRANDS = ["ACME", "Northwind Pharmacy", "CityGym", "Bluebird Dental",
              "Contoso Bank", "FreshCart", "ParkRight", "Fabrikam Energy"]
SMS_BODIES = ["Your code is {{otp}}.", "Your order {{order_id}} is out for delivery.",
              "Reminder: appt {{date}} at {{time}}.",
              "Low balance: {{balance}}. Top up at {{url}}.",
              "Your {{item}} is ready for pickup.",
              "Payment of {{amount}} received, thanks!",
              "We've updated our terms: {{url}}",
              "Flash sale ends tonight – 25% off with code {{promo}}",
              "Your 5G router ships today; tracking: {{tracking_no}}."]
SMS_OPTOUTS = ["Reply STOP to end.", "Txt STOP to opt out, HELP for help.",
               "STOP=stop, HELP=help. Msg&data rates may apply.",
               "Reply STOP to unsubscribe.", "Antworte STOPP zum Abmelden.",
               "Répondez STOP pour vous désinscrire.", "Responde BAJA para salir."]


def tpl_sms(rng):
    return f"{rng.choice(SMS_BRANDS)}: {rng.choice(SMS_BODIES)} {rng.choice(SMS_OPTOUTS)}"


# --------------------------------------------------------------------------
# ussd_mmi: USSD / MMI / supplementary-service codes and questions about them
# --------------------------------------------------------------------------
USSD_MMI = [
    "*#06#",
    "*21*+15550100#",
    "##002# to cancel all call forwarding",
    "Dial *100# for balance, *121# for offers",
    "*#21# shows 'Voice: forwarded to +1 555 010 9000' but I never set that up??",
    "**61*+447700900123**20# — forward on no answer after 20 s",
    "*31#555 010 4477 to hide my caller ID for one call",
    "#31# works on GSM; on my old CDMA line it was *67",
    "*43# turns call waiting on, #43# turns it off",
    "*#*#4636#*#* opens the testing menu on Android — can I set 'LTE only' there?",
    "USSD *123*1*2# returns 'Connection problem or invalid MMI code.'",
    "*135# → 1 → 3 → enter PIN → confirm with 1",
    "Top-up: *141*<16-digit voucher>#",
    "*#62# says calls go to voicemail +1 555 010 0001 when unreachable",
    "**004*+15550100*11*25# (conditional forwarding, voice only, 25 s)",
    "*#31# → 'Caller ID restriction: default: not restricted'",
    "Text DATA to 3282 or dial #3282 for usage",
    "Recharge failed with *805*1234567890123456# — 'Invalid PIN, 2 attempts left'",
    "Is *#0*# (Samsung test menu) safe to use? I just want to check the screen.",
    "Here in Kenya #999# shows data balance; *334# is M-Pesa",
    "*222# → Mein Konto → Guthaben abfragen",
    "*100# ne marche plus depuis la mise à jour, message « Problème de connexion ou code IHM non valide »",
    "*101*2*1# — меню интернет-пакетов, но пишет «Запрос не выполнен»",
    "USSD session timed out after 180 s at 'Select bundle > 3) 5GB/30d @ $15'",
    "*33*0000# bars all outgoing calls (0000 is the default barring PIN)",
    "#33*0000# removes outgoing barring again",
    "*#1234# shows the firmware version on my Samsung",
    "*611 from my phone goes to customer care, #611 doesn't",
    "*86 for voicemail, then PIN and #",
    "*#30# — 'Calling line presentation: provided'",
    "##21# erases unconditional forward; ##67# erases forward-on-busy",
    "*67*+15550100# forward when busy",
    "*#67# and *#61# both show 'Service has been disabled'",
    "*34*0000# / #34*0000# — bar international outgoing except home country",
    "*#43# → 'Call waiting: enabled for voice'",
    "*05*PUK*newPIN*newPIN# unblocks the SIM (don't post your PUK here!)",
    "**04*1234*5678*5678# changes the SIM PIN from 1234 to 5678",
    "**03*330*0000*1234*1234# changes the barring password",
    "*#9090# diagnostic config — support told me to enter it, is that normal?",
    "Menu path: *121# → 2 (Bundles) → 4 (Roaming) → 1 (EU day pass €2/day)",
    "*555# shows 'Your request is being processed. You will receive a confirmation SMS.' and nothing arrives",
    "*129*1# 미납 요금 확인이 안 됩니다",
    "Mi saldo: *133# dice 'Saldo: $0.00, vence 15/04' pero recargué ayer",
    "*#100# returns my own number (MSISDN) on this network",
    "After dialing *21*5550199# I can't receive any calls — how do I undo it?",
    "My bank says dial *901# for USSD banking — is it safe?",
    "#225# → 'Your balance is $12.48. Plan renews 06/01.'",
    "Conditional forwarding to voicemail: **004*+15550190000#",
    "Dialed *3001#12345#* for field test mode — iPhone shows RSRP -101",
    "USSD codes I use: *100# (balance) | *131*4# (data) | *144# (SMS bundles)",
    "Prepaid data bundles via *175# → 1) Daily 2) Weekly 3) Monthly 0) Back",
]

USSD_SVC = [100, 101, 102, 121, 123, 124, 131, 133, 135, 141, 144, 150, 222, 333, 444, 555]
USSD_SENTENCES = [
    "Dialing {c} just says 'MMI code started' and nothing happens",
    "{c} shows my balance but not the bonus data",
    "What does {c} do on your network?",
    "{c} → 'USSD code running…' forever",
    "My kid dialed {c} — did that subscribe me to something?",
    "{c} funktioniert im Ausland nicht",
    "{c} ne répond plus depuis hier",
    "{c} gives 'Invalid menu option', tried twice",
    "Support said to dial {c} to activate the bundle; done, still no data",
]


def tpl_ussd(rng):
    svc = rng.choice(USSD_SVC)
    shape = rng.randint(0, 2)
    if shape == 0:
        code = f"*{svc}#"
    elif shape == 1:
        code = f"*{svc}*{rng.randint(1, 9)}#"
    else:
        code = f"*{svc}*{rng.randint(1, 9)}*{rng.randint(1, 9)}#"
    return rng.choice(USSD_SENTENCES).format(c=code)


# --------------------------------------------------------------------------
# apn_router: APN / modem / router settings as customers paste them
# --------------------------------------------------------------------------
APN_ROUTER = [
    "Name: Example Internet\nAPN: internet.example\nProxy: <Not set>\nPort: <Not set>\nUsername: <Not set>\nPassword: <Not set>\nMMSC: http://mms.example.net/mms/wapenc\nMMS proxy: 10.0.0.10\nMMS port: 8080\nMCC: 310\nMNC: 260\nAuthentication type: None\nAPN type: default,supl,mms\nAPN protocol: IPv4/IPv6",
    "APN type: default,mms,supl,hipri,fota,ims,cbs,ia,dun",
    "AT+CGDCONT=1,\"IP\",\"iot.example\"",
    "AT+COPS=1,2,\"310260\"",
    "AT+CSQ → +CSQ: 17,99 (that's about -79 dBm?)",
    "ATD*99***1#",
    "uci set network.wwan.apn='internet.example'; uci commit network; /etc/init.d/network restart",
    "DNS 1.1.1.1 / 9.9.9.9; MTU 1420 because of the GRE tunnel",
    "LAN 192.168.8.1/24, DHCP .100–.200, gateway 192.168.8.1",
    "Port forward TCP 5060 → 192.168.1.20:5060 and UDP 10000-20000 → same host (RTP)",
    "ip route 0.0.0.0 0.0.0.0 Dialer1",
    "interface Cellular0/1/0\n ip address negotiated\n dialer in-band\n dialer-group 1\n!",
    "SIP ALG: off. UPnP: off. QoS: DSCP 46 for RTP, 24/26 for signalling",
    "Admin page at http://192.168.0.1/ wants admin/admin — I changed it & now I'm locked out",
    "Hotspot SSID: O'Reilly Family 5G; security WPA2-PSK; password <redacted>",
    "Router log: 'PDP context reject, cause #33 (requested service option not subscribed)'",
    "Band lock: B3 & B7 & B20 only; 5G NSA anchor on n78",
    "Firmware RUTX11_R_00.07.06.3 — updated via System > Firmware > Server",
    "APN user/pass is 'guest' / 'guest' according to your website?",
    "SIM says 'Enter PUK code (10 attempts left)' after I typed the PIN wrong 3×",
    "netsh mbn show interfaces → State: connected, Provider Name: Example",
    "mmcli -m 0 --simple-connect='apn=internet.example,ip-type=ipv4v6'",
    "qmicli -d /dev/cdc-wdm0 --wds-start-network=\"apn='internet.example',ip-type=4\" --client-no-release-cid",
    "echo -e 'AT+CFUN=1,1\\r' > /dev/ttyUSB2 — modem reboots but comes back without signal",
    "cat /etc/config/network | grep -A5 wwan\nconfig interface 'wwan'\n\toption proto 'qmi'\n\toption device '/dev/cdc-wdm0'\n\toption apn 'internet.example'\n\toption pdptype 'ipv4v6'",
    "Cellular Data: APN internet.example, Username (blank), Password (blank)\nLTE Setup (Optional): same\nMMS: APN mms.example, MMSC http://mms.example.net:8002, MMS Proxy 10.0.0.10:8080, MMS Max Message Size 1048576",
    "IPv6-only APN broke my VPN; set APN protocol = IPv4 and roaming protocol = IPv4/IPv6",
    "LTE RSRP -112 dBm, RSRQ -14 dB, SINR 2 dB — modem shows 2 bars",
    "VPN: IPsec IKEv2, PSK <in vault>, local 10.20.0.0/16 <-> remote 172.16.5.0/24",
    "Bridge mode ON → public IP 192.0.2.77 goes straight to my firewall",
    "Gateway IP 192.168.1.254, subnet 255.255.255.0, DNS via DHCP",
    "WAN: PPPoE, user 0123456789@broadband.example, VLAN 7, MTU 1492",
    "Wi-Fi: channel 36/80 MHz, 2.4 GHz on ch. 6 only; band steering off",
    "DMZ host = 192.168.1.50 (the PBX) — is that why it got scanned?",
    "Static route: 10.50.0.0/16 via 192.168.1.2 metric 10",
    "Roaming APN for EU: 'internet.roam.example' — the data roaming switch must be ON",
    "Private APN corp.example.m2m with RADIUS auth (PAP); static IPs 10.77.0.0/24 per SIM",
    "APN: fast.example\nMMSC: http://mms.msg.example.com/mms/wapenc\nMMS Proxy: (blank)\nAPN Type: default,mms,supl\nAPN Protocol: IPv6\nAPN Roaming Protocol: IPv4\nBearer: Unspecified",
    "AT+QCFG=\"band\",0,0x80084,0 to lock LTE bands 3/8/20 — correct?",
    "AT+CPIN? → +CPIN: SIM PIN; AT+CPIN=\"1234\" → OK",
    "AT+CREG? returns +CREG: 0,2 forever (searching)",
    "AT$QCRMCALL=1,1 works on the Sierra card; on the Quectel it's AT+QNETDEVCTL",
    "ping -I wwan0 -c 4 8.8.8.8 → 100% packet loss, but the modem says 'connected'",
    "ip -6 addr show dev wwan0 shows only fe80::/64 — no global IPv6 from the APN",
    "/interface lte apn add name=example apn=internet.example authentication=none ip-type=ipv4-ipv6",
    "Router Settings > Advanced > Mobile Network > APN Profile > '+' > internet.example > Save & Apply",
    "Network > Mobile > SIM1 > APN: Custom, 'iot.example', Auth: CHAP, user 'dev', pass '****'",
    "Mein Router zeigt 'Keine Verbindung – APN prüfen'. Eingestellt ist web.example.de, richtig?",
    "Mon routeur 4G affiche « Échec d'enregistrement », APN = internet.example.fr, authentification : aucune",
    "NAT type strict on the console; opened UDP 3074 & 3478-3480 → 192.168.0.23",
    "DHCP reservation: 00:11:22:33:44:55 → 192.168.1.20 (desk phone), aa:bb:cc:dd:ee:ff → .21",
    "Fixed wireless CPE: azimuth 212°, 3.1 km to the tower, RSRP -95 after re-aim",
]

APN_NAMES = ["Example Internet", "Example MMS", "IoT Fleet", "Corp VPN APN", "Roaming",
             "Tethering", "Business LTE", "Prepaid Data"]
APN_APNS = ["internet.example", "mms.example", "iot.example", "corp.example.m2m",
            "internet.roam.example", "dun.example", "biz.lte.example", "prepaid.example"]
APN_PLMNS = [("310", "260"), ("234", "15"), ("262", "01"), ("208", "10"), ("505", "02"),
             ("404", "45"), ("724", "05"), ("440", "10")]
APN_AUTH = ["None", "PAP", "CHAP", "PAP or CHAP"]
APN_TYPES = ["default,supl", "default,mms,supl", "mms", "default,supl,dun", "ia,default", "*"]
APN_PROTO = ["IPv4", "IPv6", "IPv4/IPv6"]


def tpl_apn(rng):
    mcc, mnc = rng.choice(APN_PLMNS)
    return (f"Name: {rng.choice(APN_NAMES)}\nAPN: {rng.choice(APN_APNS)}\n"
            f"MCC: {mcc}\nMNC: {mnc}\nAuthentication type: {rng.choice(APN_AUTH)}\n"
            f"APN type: {rng.choice(APN_TYPES)}\nAPN protocol: {rng.choice(APN_PROTO)}")


# --------------------------------------------------------------------------
# sip_dialplan: SIP URIs, SIP message snippets, Asterisk/FreeSWITCH/Kamailio config
# --------------------------------------------------------------------------
SIP_DIALPLAN = [
    "sip:+15550104477@sip.example.net;user=phone",
    "exten => _1NXXNXXXXXX,1,Dial(PJSIP/${EXTEN}@trunk-out,60,tT)",
    "exten => 600,1,Answer()\n same => n,Wait(1)\n same => n,Playback(welcome)\n same => n,Queue(support,t,,,300)\n same => n,Hangup()",
    "INVITE sip:1001@pbx.example.com SIP/2.0\nVia: SIP/2.0/UDP 192.168.1.20:5060;branch=z9hG4bK776asdhds\nMax-Forwards: 70\nFrom: \"Front Desk\" <sip:1000@pbx.example.com>;tag=1928301774\nTo: <sip:1001@pbx.example.com>\nCall-ID: a84b4c76e66710@192.168.1.20\nCSeq: 314159 INVITE\nContact: <sip:1000@192.168.1.20:5060>\nContent-Type: application/sdp\nContent-Length: 142",
    "SIP/2.0 403 Forbidden — trunk rejects us because the From domain doesn't match the registered domain",
    "SIP/2.0 488 Not Acceptable Here after the re-INVITE for T.38 fax",
    "[from-internal]\nexten => _9X.,1,Set(CALLERID(num)=+15550100000)\n same => n,Dial(PJSIP/${EXTEN:1}@carrier)",
    "[globals]\nTRUNK=PJSIP/carrier\n\n[outbound]\nexten => _011.,1,Goto(intl,${EXTEN},1)",
    "include => parkedcalls",
    "exten => s,1,GotoIfTime(08:00-17:00,mon-fri,*,*?open,s,1:closed,s,1)",
    "exten => _X.,1,NoOp(Incoming call from ${CALLERID(all)})",
    "same => n,ExecIf($[\"${CALLERID(num)}\" = \"\"]?Set(CALLERID(num)=anonymous))",
    "same => n,System(/usr/local/bin/notify-slack.sh ${EXTEN})",
    "sips:alice@example.com;transport=tls",
    "<sip:bob@192.0.2.4:5061;transport=TLS;ob>;expires=3600",
    "P-Asserted-Identity: <sip:+15550100@carrier.example;user=phone>",
    "Diversion: <sip:+15550188@example.com>;reason=unconditional;counter=1",
    "[trunk]\ntype=endpoint\ncontext=from-trunk\ndisallow=all\nallow=ulaw,alaw,g722\naors=trunk\noutbound_auth=trunk-auth\nfrom_domain=sip.example.net",
    "<condition field=\"destination_number\" expression=\"^(\\d{10})$\">\n  <action application=\"bridge\" data=\"sofia/gateway/carrier/1$1\"/>\n</condition>",
    "if (is_method(\"INVITE\") && !has_totag()) { record_route(); }",
    "Number rewrite rule for UK: ^\\+44(7\\d{9}|[1-3]\\d{8,9})$ → 0$1",
    "m=audio 18342 RTP/AVP 0 8 101\na=rtpmap:101 telephone-event/8000\na=fmtp:101 0-16\na=ptime:20\na=sendrecv",
    "One-way audio: SDP says c=IN IP4 10.0.0.5 (private) — NAT isn't being rewritten",
    "exten => 700,1,Dial(PJSIP/101&PJSIP/102&PJSIP/103,20)",
    "exten => *97,1,VoiceMailMain(${CALLERID(num)}@default)",
    "exten => *30,1,Set(DB(blacklist/${CALLERID(num)})=1)\n same => n,Playback(num-was-successfully&added)",
    "same => n,AGI(agi://127.0.0.1:4573/route?did=${EXTEN})",
    "same => n,Set(CRM=${CURL(https://crm.example.com/lookup?num=${CALLERID(num)})})",
    "REGISTER fails: 401 Unauthorized, then 403; WWW-Authenticate: Digest realm=\"sip.example.net\", nonce=\"…\", algorithm=MD5",
    "sip show peers | grep UNREACHABLE → trunk-backup shows UNREACHABLE (2001ms)",
    "pjsip set logger on\ncore set verbose 5\ncore set debug 3",
    "tel:+1-555-010-4477;ext=12;isub=1411",
    "rtp.conf: rtpstart=10000 / rtpend=20000 — the firewall matches",
    "Via: SIP/2.0/TLS 192.0.2.10:5061;rport=61522;received=192.0.2.200;branch=z9hG4bKPj8c1e",
    "exten => _X.,1,Set(CDR(userfield)=${CHANNEL(peerip)})",
    "[ivr-main]\nexten => s,1,Background(custom/main-menu)\nexten => 1,1,Goto(sales,s,1)\nexten => 2,1,Goto(support,s,1)\nexten => i,1,Playback(invalid)\nexten => t,1,Hangup()",
    "Call-ID collision? two dialogs share 3c26700b7f5a@192.0.2.10 but with different tags",
    "BYE arrives ~32 s after answer → our 200 OK is never ACKed (Timer H); check NAT/keepalive",
    "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:<key redacted>",
    "<extension name=\"local_ext\">\n  <condition field=\"destination_number\" expression=\"^(10[01][0-9])$\">\n    <action application=\"bridge\" data=\"user/$1@${domain_name}\"/>\n  </condition>\n</extension>",
    "route[AUTH] { if (!auth_check(\"$fd\", \"subscriber\", \"1\")) { auth_challenge(\"$fd\", \"0\"); exit; } }",
    "User-Agent: Yealink SIP-T46S 66.86.0.15",
    "Supported: replaces, timer, path, 100rel; Session-Expires: 1800;refresher=uac",
    "exten => _+44X.,1,Dial(PJSIP/${EXTEN:1}@uk-trunk)",
    "same => n,Set(TIMEOUT(absolute)=3600)",
    "features.conf: blindxfer => ## ; atxfer => *2 ; automon => *1",
    "sip:conference-42@meet.example.com?subject=Weekly%20NOC%20sync&priority=urgent",
    "extensions.conf line 212: \"No application 'Dail' for extension\" — typo, should be Dial",
    "Outbound CID must be E.164: Set(CALLERID(num)=+1${CALLERID(num)}) only when ${LEN(${CALLERID(num)})} = 10",
    "WebRTC: wss://pbx.example.com:8089/ws, ICE servers stun:stun.example.com:3478",
    "asterisk -rx \"pjsip show endpoints\" | grep -c Unavailable",
]

DP_PATTERNS = ["_NXXNXXXXXX", "_1NXXNXXXXXX", "_011.", "_00.", "_X.", "_9NXXXXXX",
               "_2XXX", "s", "_*72X.", "_5XX"]
DP_APPS = ["Dial(PJSIP/${EXTEN}@carrier,45)", "Dial(PJSIP/${EXTEN:1}@trunk-out,60,tT)",
           "Goto(from-internal,${EXTEN},1)", "Set(CALLERID(num)=+15550100000)",
           "Playback(ss-noservice)", "Congestion(5)", "MixMonitor(${UNIQUEID}.wav,b)",
           "Answer()", "GoSub(sub-record-check,s,1(out,${EXTEN},))", "Voicemail(${EXTEN}@default,u)"]
SIP_USERS = ["1001", "1002", "frontdesk", "+15550104477", "alice", "noc-bridge", "fax01"]
SIP_HOSTS = ["pbx.example.com", "sip.example.net", "192.0.2.10", "sbc01.example.net:5061",
             "voice.carrier.example"]
SIP_PARAMS = ["transport=udp", "transport=tcp", "transport=tls", "user=phone", "lr",
              "transport=ws"]


def tpl_sip(rng):
    if rng.random() < 0.6:
        prio = rng.choice(["1", "n", "2"])
        return f"exten => {rng.choice(DP_PATTERNS)},{prio},{rng.choice(DP_APPS)}"
    return f"sip:{rng.choice(SIP_USERS)}@{rng.choice(SIP_HOSTS)};{rng.choice(SIP_PARAMS)}"


# --------------------------------------------------------------------------
# cdr_records: call-detail records, SMS/data records, usage reports
# --------------------------------------------------------------------------
CDR_RECORDS = [
    "2024-03-11 14:02:17,+15550104477,+442079460958,ANSWERED,00:12:41,761,PJSIP/trunk-out-00001a2f,\"Front Desk\" <1000>",
    "\"2024-03-11 08:15:02\",\"5550100\",\"600\",\"from-trunk\",\"NO ANSWER\",0,\"1710144902.4412\"",
    "calldate|src|dst|dcontext|disposition|billsec\n2024-04-02 10:01:33|1001|15550104477|from-internal|ANSWERED|184\n2024-04-02 10:07:51|1004|15550109911|from-internal|BUSY|0",
    "CDR 1710144902.4412: BUSY after 3 rings; hangupcause=17 (user busy)",
    "Q.850 cause 16 = normal clearing, 34 = no circuit available, 127 = interworking unspecified",
    "2024-05-01T09:12:55Z;MO;+15550104477;+15550109900;DELIVRD;segments=2;dcs=8",
    "id:1f3a9c77 sub:001 dlvrd:001 submit date:2405010912 done date:2405010913 stat:DELIVRD err:000 text:Your code is 4...",
    "stat:UNDELIV err:034 — SMSC says the handset was off for more than 48h",
    "MSISDN=15550104477;IMSI=310260000000123;IMEI=356938035643809;CELL=310-260-4521-20117;DUR=00:03:12",
    "Ran: select disposition, count(*) from cdr where calldate >= '2024-03-11' group by 1;  → 37% FAILED vs 4% normally",
    "TAP record: PLMN GBRCN, MOC, 312 s, charged €0.42, CAMEL = yes",
    "Call from +44 7700 900123 at 03:12 lasted 0:00:01 but was billed as 1 min — is that the minimum increment?",
    "duration=0 billsec=0 disposition=FAILED lastapp=Dial lastdata=PJSIP/15550104477@carrier,60,tT",
    "Acct-Status-Type=Stop; Acct-Session-Time=3721; Acct-Input-Octets=1048576; Acct-Output-Octets=73400320; Framed-IP-Address=10.64.12.7",
    "SUPI imsi-310260000000123, DNN internet, S-NSSAI 1-000001, UL 12.3 MB / DL 410.8 MB, RAT NR",
    "2024-06-01 23:59:58 → 2024-06-02 00:00:03: call split across two billing days?",
    "uniqueid 1717286398.77, linkedid 1717286398.76 — that's the transferred leg",
    "Top destinations last 24h: +234 (Nigeria) 41%, +882 (intl networks) 12% <-- IRSF suspect",
    "src=\"1001\" dst=\"s\" dcontext=\"ivr-main\" channel=\"PJSIP/1001-0000004e\" dstchannel=\"\" lastapp=\"BackGround\" duration=\"47\"",
    "Why does the CDR show dst = 's' instead of the number I dialled?",
    "accountcode=ACME-001 | amaflags=BILLING | userfield=campaign:spring24",
    "Export from 2024-03-01 00:00 to 2024-03-31 23:59, filter: disposition <> 'ANSWERED' AND billsec > 0 — returns 0 rows, expected some",
    "A-number +15550104477 → B-number +4915123456789, start 10:14:02, end 10:31:47, 17:45, rate €0.09/min, cost €1.60",
    "MT SMS, 2024-05-02 11:00:01, from 'ACMEBANK' to +447700900123, status: EXPIRED (validity 24h)",
    "CDR fields we need in the export: start_time, answer_time, end_time, caller, callee, direction (in/out), trunk, cost",
    "Voice usage 03/11: 47 calls, 312 min; 12 of them < 6 s (probably robocalls hanging up)",
    "2024-03-11T02:14:09.331Z call-id=a84b4c76e66710 from=<sip:+15550104477@example.com> to=<sip:+8821234567@carrier> status=487",
    "Record types: MOC/MTC/SMSO/SMSI/GPRS; we only bill MOC + SMSO + GPRS",
    "GPRS CDR: APN internet.example, RAT 6 (EUTRAN), uplink 1 234 567 B / downlink 98 765 432 B, charging ID 0x4F2A11",
    "RTP stats: jitter 23 ms, loss 1.8%, MOS ≈ 3.6 (call 1710144902.4412)",
    "Billing increments: 60/60 for domestic, 30/6 for international, 1/1 for premium",
    "Caller: \"Smith, John\" <+15550104477> — the comma in the name broke the CSV columns",
    "Column 'dst' sometimes has a leading + and sometimes not; please normalise to E.164",
    "Data session 14:00–18:30 used 2.1 GB on cell 310-260-0x1A2B-0x3C, roaming flag = N",
    "Call 1710144902.4412: answered by 1003 after hunt (1001 → 1002 → 1003), ring time 24 s",
    "Fraud alert rule: > 20 calls to +882/+883 in 10 min from one extension → block & page NOC",
    "CDR import failed at line 18342: unexpected ';' in field 'clid'",
    "CDR retention: 13 months in the DB, then archived to cold storage for 7 years",
    "INC-5512 — the 02:00–04:00 spike: 1 212 calls, avg 43 s, all from ext 1009, all to +53…",
    "ANSWERED 812 / NO ANSWER 97 / BUSY 31 / FAILED 12 / CONGESTION 3",
    "SMS MO count by keyword (last 7d): STOP 1 204, HELP 88, YES 3 411, NO 902, START 37",
    "Outbound calls per trunk: carrier-a 62%, carrier-b 35%, backup 3% (failover only)",
    "Average handle time per queue: billing 6:12, tech 9:47, porting 4:05",
    "Abandoned in queue: 14% (goal < 5%); longest wait 11:32 at 09:05",
    "cdr.csv, cel.csv and queue_log attached — timezone is UTC, not local",
    "queue_log: 1710144902|1710144902.4412|support|PJSIP/1003|CONNECT|12|1710144890.4411|3",
    "CEL: CHAN_START, APP_START (Dial), ANSWER, BRIDGE_ENTER, BRIDGE_EXIT, HANGUP, LINKEDID_END",
    "ASR 41%, ACD 2.3 min, PDD 6.8 s on route 44-mobile via carrier-b — below SLA",
    "Duration vs billsec: duration includes ringing, billsec starts at answer",
    "Roaming usage 03/09–03/13 (France, PLMN 20801): 96 min MOC, 41 MTC, 2.4 GB — all inside the travel pass?",
    "CDR shows disposition=ANSWERED for a call that only reached the carrier's 'number not in service' announcement (early media)",
]

CDR_DISP = ["ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"]
CDR_SRC = ["1001", "1002", "1004", "1009", "+15550104477", "+15550100123", "5550142"]
CDR_DST = ["+442079460958", "+4915123456789", "+15550109911", "600", "*97", "+33123456789",
           "18005550199", "+61491570156"]
CDR_TRUNK = ["PJSIP/trunk-out", "PJSIP/carrier-b", "SIP/backup", "PJSIP/1003", "IAX2/branch"]


def tpl_cdr(rng):
    day = rng.randint(1, 28)
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    disp = rng.choice(CDR_DISP)
    dur = rng.randint(0, 3600)
    bill = max(0, dur - rng.randint(3, 30)) if disp == "ANSWERED" else 0
    chan = f"{rng.choice(CDR_TRUNK)}-{rng.randint(0, 0xFFFF):08x}"
    uid = f"{1709251200 + day * 86400 + h * 3600 + m * 60 + s}.{rng.randint(1, 9999)}"
    if rng.random() < 0.5:
        return (f"2024-03-{day:02d} {h:02d}:{m:02d}:{s:02d},{rng.choice(CDR_SRC)},"
                f"{rng.choice(CDR_DST)},{disp},{dur},{bill},{chan},{uid}")
    return (f"{uid}|2024-03-{day:02d}T{h:02d}:{m:02d}:{s:02d}Z|src={rng.choice(CDR_SRC)}"
            f"|dst={rng.choice(CDR_DST)}|disposition={disp}|billsec={bill}")


# --------------------------------------------------------------------------
# number_porting: port-in/out requests, LOAs, rejections, PAC/STAC/RIO codes
# --------------------------------------------------------------------------
NUMBER_PORTING = [
    "Port-in request: +1 555 010 4477, losing carrier Example Wireless, account #8812-3345, transfer PIN 4417 (from their app)",
    "LOA signed by Mary-Jane O'Connell (Authorized User); service address 12 Elm St. Apt #3, Springfield",
    "Port rejected: 'Name/address mismatch' — the bill says 'O'Connell Plumbing & Heating, LLC' not 'OConnell Plumbing'",
    "FOC date 2024-04-15, 09:00–12:00 ET; cutover window agreed with the customer",
    "My PAC code is ABC123456 — valid for 30 days",
    "Got a text: 'Your STAC is 123456ABC' — I want to cancel without keeping my number",
    "Code RIO : 06 P1 23A 4B5 C6D — portabilité vers un nouvel opérateur",
    "Portierungsauftrag für 0151 2345 6789, Vertragsende 31.05.; Kundennummer 99 123 456",
    "Bulk port: 555-010-0100 thru 555-010-0149 (50 DIDs) + main BTN 555-010-0100",
    "Jeopardy on PON 77812: LSR rejected, error 'BTN does not match CSR'",
    "CSR shows the lines under 'Smith & Sons' with BTN (555) 010-2000",
    "Partial port — keep 555-010-2001 & 555-010-2002 with the old carrier, move the rest",
    "Snapback requested: number ported in error on 03/12 at 14:05",
    "NPAC SV status: pending → active; LRN 5550109999",
    "Port-out protection is ON; turn it off under Account > Security > 'Number Lock' and retry",
    "Customer says 'I never authorized this port!!!' — possible SIM-swap fraud, escalate to the Fraud team",
    "Kann ich meine Nummer mitnehmen, wenn mein Vertrag noch 3 Monate läuft?",
    "Quiero portar mi número +34 612 345 678 desde OperadorX; ¿cuánto tarda?",
    "MNP予約番号: 1234567890（有効期限 4/20）",
    "Desired due date <= 5 business days; toll-free ports go through a RespOrg change instead",
    "Toll-free 1-800-555-0199: RespOrg EXA01 → NEW02",
    "Account number on the losing side is the 9-digit one at the top of the bill, not the 'Billing ID'",
    "Landline → VoIP port-in: need a copy of a bill dated within 30 days + signed LOA (PDF)",
    "We're moving 3 numbers; one is a fax line (555) 010-2003 — does it port separately?",
    "Numbers: +44 20 7946 0958, +44 20 7946 0959; gaining CP: ExampleTel; losing CP: OldTel; port date: Tue 16 Apr",
    "Your number transfer is scheduled. Don't cancel your old service — it ends automatically when the port completes.",
    "Port stuck in 'Submitted' for 6 days — PON 88123, ver 2",
    "Supplement (SUP 1) to change the due date from 04/15 to 04/22",
    "Reject code 6F: 'Invalid end-user name' — resubmitting with 'MARY J OCONNELL'",
    "Is the PIN the same as my voicemail PIN? The old carrier says 'use your account PIN (not the transfer PIN)'",
    "Porting 07700 900 123 failed — your system says 'PAC expired' but I only requested it yesterday",
    "Wireless-to-wireless ports are normally 1 business day; wireline can take up to 10 (LNP)",
    "Subscriber asked to keep +1 555 010 6060 as a secondary line after porting the primary — possible?",
    "Port-in complete! Restart your phone; if you can't make calls, dial *228 option 1 (or toggle airplane mode).",
    "BTN: 5550102000 | ATN: 5550102001-5550102009 | service type: business | directory listing: retain",
    "LSR fields: CCNA ABC, PON 77812, VER 01, D/TSENT 04-08-2024 1402, DDD 04-15-2024",
    "Port-out fee of £2.50 on the final bill — is that allowed?",
    "Mi nuevo operador dice que el NIP de portabilidad es incorrecto; me llegó por SMS.",
    "Portabilidade: meu número +55 11 95555-0123 foi para outra operadora sem eu pedir!",
    "Transfer PIN generated in the app (valid 7 days): ****; please don't ask me to read it out over chat",
    "Number 020 7946 0958 is geographic — can it port to a mobile network? (no, right?)",
    "Port request auto-rejected at 23:59 — are cutover windows only Mon–Fri 08:00–18:00?",
    "Porting 20 DIDs from the old PBX: list attached as CSV (number; extension; name).",
    "Need a letter-of-authorization template with fields for BTN, address, authorized signer, date",
    "Port-in SIM is active but calls still ring on the old phone — NPAC not updated yet?",
    "Carrier says the number is 'locked by a reseller' (MVNO) — who do I contact for the PIN?",
    "Canadian port: account # + IMEI (last 5) + PIN; Québec service address required",
    "Porting ID 9f2c-77ab: status=CONFLICT, reason='pending order exists on TN'",
    "Πώς μπορώ να μεταφέρω τον αριθμό μου σε άλλη εταιρεία;",
    "携号转网：先给原运营商发送 CXXZ#姓名#证件号 查询资格，再去新运营商营业厅办理",
    "Port-protect PIN was reset by a store rep without an ID check — I want that investigated",
]

PORT_NUMS = ["+1 555 010 4477", "(555) 010-2000", "+44 20 7946 0958", "07700 900 321",
             "+1 555 010 6060", "555-010-0142", "+61 491 570 110"]
PORT_LOSING = ["Example Wireless", "OldTel", "Contoso Mobile", "Northwind Voice", "a cable VoIP provider"]
PORT_GAINING = ["ExampleTel", "us", "Fabrikam Wireless", "our hosted PBX"]
PORT_STATUS = ["Submitted", "FOC received", "Pending", "Rejected (6F)", "Jeopardy", "Complete",
               "Cancelled by customer", "Awaiting LOA"]


def tpl_port(rng):
    pon = rng.randint(70000, 99999)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return (f"PON {pon}: {rng.choice(PORT_NUMS)} from {rng.choice(PORT_LOSING)} to "
            f"{rng.choice(PORT_GAINING)}, due {month:02d}/{day:02d}, status: {rng.choice(PORT_STATUS)}")


# --------------------------------------------------------------------------
# noc_tickets: outage and trouble-ticket notes, cell/site identifiers
# --------------------------------------------------------------------------
NOC_TICKETS = [
    "INC-20240311-0042: eNB 310-260-45211 down since 02:14 UTC; S1 link flapping; site on generator",
    "Cell ID 0x1A2B3C / ECI 27421628 / PCI 301 / TAC 0x2F1 — high RRC drop rate (4.8%)",
    "gNB 1001, NCI 0x000A1B2C3 — n78 sector 2 VSWR alarm > 1.5",
    "Fiber cut between POP-LON-03 and POP-LON-07; traffic rerouted via ring B; ETA 6h",
    "Customer reports 'no service' at 51.5072° N, 0.1276° W; nearest site LDN-1123 (3 sectors)",
    "Root cause: BGP session to AS64500 dropped after maintenance; 'neighbor 192.0.2.1 shutdown' was left in the config",
    "Alarm storm: 'LINK DOWN' ×412 from DSLAM-ZRH-22, card 3, ports 1–48",
    "Please check /var/log/asterisk/full on pbx02 around 14:02 — calls drop at 32 s (NAT timeout?)",
    "tail -f /var/log/kamailio.log | grep 'SIP/2.0 503' shows bursts every ~10 min",
    "MTTR target 4h; downgraded P1 → P2 after workaround (traffic shifted to MSC-B)",
    "Drop rate 00:00–06:00 < 1%; 06:00–09:00 > 3% (peak); threshold = 2%",
    "Maintenance CHG-8812: 2024-04-20 01:00–04:00 CET; impact: SMS delays <= 15 min",
    "Post-mortem: sip.example.net returned SERVFAIL; TTL 300; fixed by rolling back to zone serial 2024031101",
    "Rectifier alarm at SIT-0442; battery at 48.1 V and falling; dispatching a field tech",
    "Tower climber needed — antenna tilt wrong (mech 2° vs planned 6°)",
    "Client à Lyon : « pas de 4G depuis hier soir, seulement E » — cellule 208-01-1234-56",
    "Störung: kein Netz in 80331 München seit 07:30, Ticket #A-5512",
    "障害: 東京都港区で通話不可（基地局 TKY-0931）、復旧見込み 15:00",
    "Intermittent one-way audio: RTP from 192.0.2.44 stops after re-INVITE; suspect an SBC bug",
    "SMSC queue > 50k; throttling at 200 msg/s per bind; DLRs delayed ~20 min",
    "ssh noc@jump01 then 'show interfaces ge-0/0/3 extensive' — CRC errors climbing",
    "Please don't close — issue recurs every night at 23:00 (backup job saturating the uplink?)",
    "Workaround: disable VoLTE on affected handsets (Settings > Mobile > VoLTE = off)",
    "Traceroute stops at hop 7 (192.0.2.129); * * * after that",
    "HLR/HSS timeouts: Diameter ULR → no ULA within 5 s; peer hss02.epc.example state = SUSPECT",
    "Core: MME pool, 3 of 4 nodes at > 85% CPU; paging success 91% (normal 98%)",
    "Customer: 'calls to 911 from my VoIP line show the wrong address!!' → E911 record update, P1",
    "Microwave link MW-0044 ↔ MW-0045 RSL -68 dBm (fade margin 12 dB); rain fade suspected",
    "Neighbor relation missing: PCI 301 ↔ PCI 117 — handover failures at the motorway junction",
    "Site LDN-1123 on battery since 03:40; ETA power restore 06:00 (DNO ref 4411-22)",
    "Update 14:05 — RCA pending; status page updated: 'Degraded voice in the North West'",
    "SNMP trap: linkDown ifIndex=10103 ifDescr='ge-1/0/3' — from 192.0.2.61",
    "Please escalate to Tier 3; CLI output attached (show run | section router bgp)",
    "Reboot of OLT-AMS-07 fixed it but that's not a root cause",
    "Alarm: 'SFP Rx power low (-27.1 dBm)' on port 1/1/4 — clean/replace the patch cord",
    "Outage map shows red over 94105 but our monitors are green — false positive from social listening?",
    "Kernel: nf_conntrack: table full, dropping packet — on sbc01 at 14:02:17",
    "Added sysctl net.netfilter.nf_conntrack_max=262144 as a temporary fix; permanent change in CHG-8820",
    "Customer in Nairobi: 'network imekuwa chini tangu asubuhi' — site NBO-0221 on grid outage",
    "Ticket merged into INC-20240311-0042 (same root cause: fiber cut)",
    "Speed test from CPE: 4.2 / 0.8 Mbps vs. plan 100 / 20; line attenuation 38 dB — too far from the cabinet",
    "Checked with 'dig +short NAPTR 7.7.4.4.0.1.0.5.5.5.1.e164.arpa' — ENUM record missing after migration",
    "Interference on B20 in sector 3 (UL noise floor -98 dBm vs -115 normal) — external source, notify regulator",
    "Restored 09:42. Total impact 7h28m; ~3 200 subscribers; SLA credit applies",
    "Field note: cabinet door forced, copper stolen (again) — police ref 24/11234",
    "Cause: certificate on the SBC expired 00:00 UTC → TLS trunks down; renewed & restarted",
    "P2 — VoLTE registration failures 'SIP 403 Forbidden' on the IMS APN after the HSS patch",
    "Stadium event tomorrow — COW (cell on wheels) to be deployed, 2 sectors, backhaul via MW",
    "NOC handover: open P1s = 1, P2s = 4; watch list: SMSC queue, MME-03 CPU, fiber ring B",
    "Ping from RAN router to core: 0% loss, avg 4.1 ms, max 38 ms (spikes every 60 s)",
    "SIM-box suspected: 40 SIMs on one cell, each making 300+ short calls/day to the same range",
]

NOC_SITES = ["LDN-1123", "MAN-0412", "SIT-0442", "NBO-0221", "TKY-0931", "ZRH-0087",
             "eNB 310-260-45211", "gNB 1001", "POP-LON-03", "OLT-AMS-07"]
NOC_ALARMS = ["S1 link down", "VSWR alarm sector 2", "mains failure, on battery",
              "high RRC drop rate (3.9%)", "CRC errors on backhaul", "cell barred after SW upgrade",
              "RSSI degraded on B20", "temperature high (52 °C) in cabinet", "GPS sync lost",
              "X2 link flapping"]
NOC_ACTIONS = ["field tech dispatched", "monitoring, no customer impact yet",
               "traffic shifted to neighbor sites", "vendor case opened", "rollback scheduled 02:00",
               "waiting on power company", "escalated to Tier 2", "resolved after remote reset"]


def tpl_noc(rng):
    return (f"INC-2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 999):04d}: "
            f"{rng.choice(NOC_SITES)} {rng.choice(NOC_ALARMS)}; {rng.choice(NOC_ACTIONS)}")


# --------------------------------------------------------------------------
# billing_plans: billing disputes, invoice questions, plan descriptions
# --------------------------------------------------------------------------
BILLING_PLANS = [
    "I was charged $14.99 for 'Premium SMS – Horoscope' which I never subscribed to!! Please refund & block premium services.",
    "Bill shows 3 × 'Intl roaming day pass ($10/day)' for 03/11–03/13 but I was in Canada, which is supposed to be included?",
    "Unlimited talk & text + 15GB high-speed data; after 15GB, speeds drop to 128 kbps. $35/mo w/ autopay (-$5).",
    "Family plan: 4 lines @ $25/line = $100; line 5 adds $20; taxes & fees extra",
    "Data overage: 2.3 GB × $10/GB = $23.00 — but the app said I had 'unlimited'?",
    "Prorated charge of $7.42 (11 of 30 days) for the plan change on 5/20 — why?",
    "Late fee $5 even though autopay ran on the due date (confirmation #AP-88123)",
    "Rechnung 03/2024: 49,99 € statt 29,99 € – bitte prüfen, Vertragsnr. 1234-567",
    "Facture de mars : 12,50 € de « services SMS+ » que je n'ai jamais souscrits",
    "Cobro duplicado de $299 MXN el 5 de abril; adjunto captura de pantalla",
    "Plan 'Select Unlimited' vs 'Unlimited Select' — which one removes the hotspot cap?",
    "Taxes: Federal USF 0.9%, 911 fee $0.75, Regulatory Cost Recovery $1.50",
    "Device installment 12 of 24: $33.34; early payoff = $400.08",
    "Credit of -$15.00 applied 4/2 (goodwill, ticket INC-5512)",
    "Why is the 'Administrative Fee' $3.49 per line?!",
    "International calls to +44: 0.05/min; to UK mobiles +0.10/min; rounded up per 60 s",
    "Dispute: 47 calls to +882 numbers between 02:00–04:00 on 3/9 — my phone was off; looks like fraud",
    "Business plan: 500 pooled min, 1,000 SMS/MMS, 5 GB shared; overage 0.02/min & 0.01/SMS",
    "eSIM activation fee should be $0 (waived) but shows $35 on the bill",
    "Please cancel the 'Device Protection <Plus>' add-on, I never asked for it",
    "Bill cycle runs the 14th–13th; payment due 3 weeks after the cycle closes",
    "I was told on the phone the price is locked for 2 years (agent ID 4471, 03/02) — now it's +$5/mo",
    "Credit card ending 4242 charged twice on 4/5: $62.18 and $62.18",
    "Senior plan 55+: 2 lines for $55 total, unlimited everything, no annual contract",
    "Prepaid: $15 = 1 GB + unlimited talk & text, 30 days; auto-renews from balance",
    "Why does my bill say 'Usage > 100%' when the app says 97% used?",
    "Paperless billing discount (-$2) missing since March",
    "Roaming rates: Zone 1 (EU/UK) included; Zone 2 $5/day; Zone 3 $0.25/MB — capped at $50/cycle",
    "Bill total $187.40 vs usual ~$95: 'Third-party charges: $92.40' from 'MOBILE CONTENT SVC'",
    "5G Home Internet $50/mo ($40 with a voice line) — no data cap, price lock 3 yrs",
    "Hotspot: 40 GB high-speed, then 600 kbps — 'unlimited' my foot :(",
    "Refund went to the old card (ending 1881) which is closed — how do I get it?",
    "Plan change effective next cycle OR now with proration? I'd prefer next cycle.",
    "SLA credit request: outage INC-20240311-0042 lasted 7h28m; contract says 5% MRC per 4h",
    "MRC $1 240.00, NRC $350 install, term 36 mo, ETF = remaining MRC × 50%",
    "Intl add-on: 300 min to 70+ countries incl. India, Mexico, Philippines; excludes satellite (+870, +881, +882)",
    "Student discount: 15% off base plan with a valid .edu email — applied to line 1 only?",
    "我的账单多扣了30元“增值业务费”，我没有订购任何增值业务，请退款。",
    "今月の請求額が先月の2倍です。「国際ローミング」に心当たりがありません。",
    "Счёт за апрель: 1 250 ₽ вместо 450 ₽ — списали за «Подписки», которые я не оформлял.",
    "فاتورة شهر مارس فيها رسوم تجوال 35 دينار وأنا لم أسافر",
    "Autopay failed ('card declined') but the card works everywhere else — retry please",
    "Per-second billing after the first 30 s, or 60/60? Asking for our call center (≈ 80k min/mo)",
    "Pacote: TV + Internet 500 Mbps + Móvel (2 linhas) = R$ 279,90/mês, fidelidade 12 meses",
    "Invoice #INV-2024-03-88123 line 7: 'SMS A2P termination, 12 344 msg @ $0.0079' — rate should be $0.0065 per our contract",
    "Usage pricing: $0.0075 per outbound SMS segment, $0.0079 inbound, $1.15/number/mo, 10DLC campaign $10/mo",
    "Trunk pricing: $0.004/min outbound US48, $0.001/min inbound, $25/mo per 10 channels",
    "Why was I charged for 'Directory Assistance (411)' 3 times? I only called once",
    "Please itemise the 'Other charges & credits' section; the PDF just says 'Misc. adj. -$4.17 / +$9.99'",
    "Old plan 'Talk 500 / Text ∞ / 2GB' was retired — will I be moved automatically or do I pick one?",
    "Forfait Jeune : 10 Go + appels/SMS illimités à 9,99 €/mois, sans engagement",
]

PLAN_NAMES = ["Essentials", "Unlimited Plus", "Go 5G", "Basic Talk & Text", "Business Pro",
              "Connect S", "Connect L", "Travel Max", "Kids Safe", "Data Only"]
PLAN_VOICE = ["unlimited talk", "500 min", "1,000 min", "100 min + unlimited on-net",
              "unlimited calls in EU/UK"]
PLAN_SMS = ["unlimited text", "200 SMS", "unlimited SMS/MMS", "no SMS"]
PLAN_DATA = ["5 GB", "15 GB", "30 GB then 1 Mbps", "unlimited (50 GB priority)", "2 GB", "100 GB"]
PLAN_PRICE = ["$15", "$25", "$35", "$45", "$60", "€9.99", "€19.99", "£12", "£20"]
PLAN_EXTRA = ["", " (autopay -$5)", " + taxes & fees", ", hotspot 10 GB", ", no contract",
              " for 24 months, then +$5", ", eSIM ready"]


def tpl_plan(rng):
    return (f"{rng.choice(PLAN_NAMES)}: {rng.choice(PLAN_VOICE)}, {rng.choice(PLAN_SMS)}, "
            f"{rng.choice(PLAN_DATA)} for {rng.choice(PLAN_PRICE)}/mo{rng.choice(PLAN_EXTRA)}")


# --------------------------------------------------------------------------
# ivr_multilingual: IVR prompts (plain, SSML, VoiceXML) and customer messages
# --------------------------------------------------------------------------
IVR_MULTILINGUAL = [
    "Thank you for calling. For billing, press 1. For technical support, press 2. To repeat this menu, press star.",
    "Please enter your 10-digit account number followed by the pound key.",
    "Sorry, I didn't get that. You can say 'billing', 'support', or 'agent'.",
    "<speak>Your balance is <say-as interpret-as=\"currency\">$42.17</say-as>.<break time=\"500ms\"/>To pay now, press 1.</speak>",
    "<prompt bargein=\"true\">Please say or enter your phone number, starting with the area code.</prompt>",
    "<field name=\"acct\" type=\"digits?minlength=8;maxlength=10\">\n  <prompt>Enter your account number.</prompt>\n  <noinput>I didn't hear anything.</noinput>\n</field>",
    "Gracias por llamar. Para español, oprima 2.",
    "Vielen Dank für Ihren Anruf. Sie erreichen uns Mo–Fr von 8 bis 20 Uhr.",
    "Merci de patienter, un conseiller va prendre votre appel. Temps d'attente estimé : 3 minutes.",
    "Grazie per aver chiamato. Per l'assistenza tecnica, premi 1.",
    "お電話ありがとうございます。料金に関するお問い合わせは1を、故障に関するお問い合わせは2を押してください。",
    "感谢您的来电。查询话费请按1，人工服务请按0。",
    "Спасибо за звонок. Чтобы связаться с оператором, нажмите 0.",
    "شكراً لاتصالك. للخدمة باللغة العربية اضغط 1.",
    "Obrigado por ligar. Para segunda via da conta, digite 1.",
    "धन्यवाद। बिल संबंधी जानकारी के लिए 1 दबाएँ।",
    "고객님, 통화량이 많아 연결이 지연되고 있습니다. 잠시만 기다려 주십시오.",
    "Dziękujemy za telefon. Aby porozmawiać z konsultantem, wybierz 9.",
    "Türkçe için 1'e, English for 2.",
    "Tack för att du ringer. Tryck 1 för fakturafrågor.",
    "hi my internet keep dropping every 5 min since tuesday?? already restarted router like 10 times -_-",
    "Ik heb sinds gisteren geen bereik in huis, buiten wel. Postcode 1012 AB.",
    "Γεια σας, η γραμμή μου δεν έχει σήμα από χθες το βράδυ.",
    "שלום, החבילה שלי נגמרה ואני לא מצליח לטעון דרך *123#",
    "Xin chào, tôi muốn hủy gói cước 4G từ tháng sau.",
    "Habari, sina salio lakini nimekatwa tena shilingi 500. Tafadhali nisaidie.",
    "Our offices are closed. Please call back Monday–Friday, 8am–6pm, or visit example.com/support.",
    "TTS note: say 'S-I-M' not 'sim', and spell out 'A.P.N.'",
    "Prompt file: /var/lib/asterisk/sounds/en/custom/after-hours.wav (8 kHz, 16-bit mono)",
    "Your call may be recorded for quality & training purposes. To opt out, press 9 at any time.",
    "To hear these options in another language, say 'language' or press 8.",
    "<audio src=\"https://cdn.example.com/ivr/hold-music.mp3\">Please hold.</audio>",
    "Estimated wait time: {{queue.ewt_minutes}} minutes. You are caller number {{queue.position}}.",
    "Press 1 if you are calling about an outage, 2 for a new service, 3 for moving house, # to go back.",
    "Enter the last 4 digits of the account holder's SSN, then press pound. (Or press * to use your PIN instead.)",
    "Bonjour, je n'arrive plus à envoyer de SMS depuis ce matin, message « échec de l'envoi ».",
    "Hallo, ich wurde dreimal aus der Warteschleife geworfen!! Was ist da los?",
    "Buenas, me cobraron roaming en Portugal y según el plan estaba incluido.",
    "Olá! Meu chip não é reconhecido depois que troquei de celular.",
    "こんにちは。機種変更後、テザリングができなくなりました。",
    "你好，我的手机从昨天开始只能打电话不能上网。",
    "Здравствуйте! После переноса номера не приходят СМС с кодами от банка.",
    "مرحباً، لا أستطيع الاتصال بالأرقام الدولية منذ أمس.",
    "नमस्ते, मेरे नंबर पर इंटरनेट बहुत धीमा चल रहा है।",
    "Salamu, nataka kuhamisha namba yangu kwenda mtandao mwingine.",
    "Merhaba, faturamda tanımadığım bir 'katma değerli servis' ücreti var.",
    "Dzień dobry, od rana nie mam zasięgu w Krakowie (Podgórze).",
    "Kia ora, my landline has been dead since the storm — Whanganui area.",
    "Speech grammar: 'billing | payment | pay my bill' → BILLING; 'agent | representative | human' → AGENT",
    "DTMF timeout 5 s, inter-digit 3 s, max 3 retries, then transfer to queue 'general'",
    "<menu id=\"main\" dtmf=\"true\">\n  <choice next=\"#billing\">billing</choice>\n  <choice next=\"#support\">support</choice>\n</menu>",
    "Please hold while I transfer you to the porting team. ♪",
]

IVR_LANGS = [
    ("For {d}, press {n}.", ["billing", "technical support", "a new line", "roaming", "porting your number"],
     ["", " To repeat these options, press star.", " To speak to an agent, press 0."]),
    ("Para {d}, oprima {n}.", ["facturación", "soporte técnico", "una línea nueva", "roaming"],
     ["", " Para repetir este menú, oprima asterisco."]),
    ("Für {d} drücken Sie die {n}.", ["Rechnungsfragen", "technischen Support", "Vertragsfragen", "Störungen"],
     ["", " Zum Wiederholen drücken Sie die Sterntaste."]),
    ("Pour {d}, tapez {n}.", ["la facturation", "l'assistance technique", "une nouvelle ligne", "les pannes"],
     ["", " Pour réécouter, tapez étoile."]),
    ("Per {d}, premi {n}.", ["la fatturazione", "l'assistenza tecnica", "i guasti"],
     ["", " Per riascoltare, premi asterisco."]),
    ("Para {d}, digite {n}.", ["segunda via da conta", "suporte técnico", "portabilidade"],
     ["", " Para falar com um atendente, digite 0."]),
    ("{d}は{n}を押してください。", ["料金のお問い合わせ", "故障のお問い合わせ", "契約変更"],
     ["", "もう一度お聞きになる場合は米印を押してください。"]),
    ("{d}请按{n}。", ["查询话费", "办理业务", "故障报修"],
     ["", "重听请按星号键。"]),
]


def tpl_ivr(rng):
    fmt, depts, closers = rng.choice(IVR_LANGS)
    a, b = rng.sample(depts, 2)
    n1 = rng.randint(1, 4)
    sep = "" if fmt.startswith("{d}") else " "
    return fmt.format(d=a, n=n1) + sep + fmt.format(d=b, n=n1 + 1) + rng.choice(closers)


CATEGORIES = [
    ("phone_numbers", PHONE_NUMBERS, tpl_phone),
    ("sms_templates", SMS_TEMPLATES, tpl_sms),
    ("ussd_mmi", USSD_MMI, tpl_ussd),
    ("apn_router", APN_ROUTER, tpl_apn),
    ("sip_dialplan", SIP_DIALPLAN, tpl_sip),
    ("cdr_records", CDR_RECORDS, tpl_cdr),
    ("number_porting", NUMBER_PORTING, tpl_port),
    ("noc_tickets", NOC_TICKETS, tpl_noc),
    ("billing_plans", BILLING_PLANS, tpl_plan),
    ("ivr_multilingual", IVR_MULTILINGUAL, tpl_ivr),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, template in CATEGORIES:
        if len(set(literals)) != len(literals):
            sys.exit(f"duplicate literal in {cat}")
        if len(literals) < MIN_LITERAL_SHARE * PER_CATEGORY:
            sys.exit(f"too few literals in {cat}")
        values = []
        for v in literals[:PER_CATEGORY]:
            if v in seen:
                sys.exit(f"duplicate value across categories: {v!r}")
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        attempts = 0
        while len(values) < PER_CATEGORY:
            attempts += 1
            if attempts > 10000:
                sys.exit(f"template for {cat} cannot produce enough unique values")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        for v in values:
            if not isinstance(v, str) or not v or len(v) > 1800:
                sys.exit(f"bad value in {cat}: {v!r}")
            rows.append({"category": cat, "label": "benign", "value": v})
        stats.append((cat, len(values), n_lit))

    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"],
                   "label": row["label"], "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print(f"{cat:18s} {n:4d}  literals {n_lit:3d}")
    print(f"{'total':18s} {len(rows):4d}  literals {total_lit:3d}")


if __name__ == "__main__":
    main()
