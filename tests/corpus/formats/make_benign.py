#!/usr/bin/env python3
"""Write benign.jsonl: structured and notational text a public API receives.

The values are what people type or paste into ordinary fields of a public API
(notes, descriptions, search boxes, settings, comments, profile and form
fields) when the text is not English prose: links and deep links, ids and
tokens, regular expressions, math and formulas, wiki and forum markup, code in
many languages, data lines and logs, ASCII art and emoji, many scripts, and
users talking about security.

Every value below was written for this corpus: hand-written literals plus
small templates over hand-written pools.  Nothing was copied from a dataset
or a public list.  Checksums (IBAN, ISBN, NMEA, Luhn, CRC-24) and encodings
(base64, punycode, PNG bytes) are computed here with the standard library.

Standard library only, deterministic (random.Random(1919)); running the
script twice gives the same bytes.
"""
import base64
import hashlib
import json
import random
import string
import struct
import urllib.parse
import uuid
import zlib
from pathlib import Path

RNG = random.Random(1919)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800
SEEN = set()  # values already used by any category


def pick(seq):
    return RNG.choice(seq)


def fill(literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n values unique in the file."""
    out = []
    for v in literals:
        if v in SEEN:
            raise SystemExit("duplicate literal: %r" % v)
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, v
        SEEN.add(v)
        out.append(v)
    if len(out) > n:
        raise SystemExit("too many literals (%d > %d): %r" % (len(out), n, out[0]))
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small")
        v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append(v)
    RNG.shuffle(out)
    return out


# ---------------------------------------------------------------- helpers
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
UPPER_NUM = string.ascii_uppercase + string.digits
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def hexs(n):
    return "".join(RNG.choice(HEX) for _ in range(n))


def alnum(n, alphabet=ALNUM):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(RNG.choice(string.digits) for _ in range(n))


def rbytes(n):
    return bytes(RNG.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def rand_uuid():
    return str(uuid.UUID(int=RNG.getrandbits(128), version=4))


def ulid():
    first = RNG.choice("01")
    return first + "".join(RNG.choice(CROCKFORD) for _ in range(25))


def png_1x1(r, g, b):
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"\x00" + bytes([r, g, b])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def iban(cc, bban):
    rearranged = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (cc, check, bban)


def grouped(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


def isbn13(body12):
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def isbn10(body9):
    total = sum(int(d) * (10 - i) for i, d in enumerate(body9))
    c = (11 - total % 11) % 11
    return body9 + ("X" if c == 10 else str(c))


def luhn(body):
    total = 0
    for i, d in enumerate(reversed(body)):
        x = int(d)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return body + str((10 - total % 10) % 10)


def s10(prefix, serial8, country):
    weights = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(d) * w for d, w in zip(serial8, weights)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return "%s%s%d%s" % (prefix, serial8, c, country)


def orcid_check(base15):
    total = 0
    for d in base15:
        total = (total + int(d)) * 2
    r = (12 - total % 11) % 11
    return "X" if r == 10 else str(r)


def crc24(data):
    crc = 0xB704CE
    for byte in data:
        crc ^= byte << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def nmea(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "$%s*%02X" % (body, c)


def jwt(header, payload, sig_len=32):
    enc = lambda o: b64url(json.dumps(o, separators=(",", ":")).encode())
    return "%s.%s.%s" % (enc(header), enc(payload), b64url(rbytes(sig_len)))


# ---------------------------------------------------------------- shared pools
FIRST = ["Anna", "Lukas", "Maria", "Sean", "Aoife", "Chiara", "Mehmet", "Yuki", "Olu", "Priya",
         "Tomás", "Zoë", "Kerry", "Ingrid", "Ahmed", "Wei", "Sofia", "Noah", "Fatima", "Björn",
         "Łucja", "Renée", "Dmitri", "Nia", "Mateo", "Keiko", "Ravi", "Elif"]
LAST = ["O'Brien", "D'Angelo", "Müller", "García-López", "Nguyen", "Kowalski", "Smith", "Rossi",
        "Yılmaz", "Tanaka", "Okafor", "Dubois", "Van der Berg", "MacDonald", "Sharma", "Ferreira",
        "Lindqvist", "Haddad", "Cohen", "Petrov", "Ó Súilleabháin", "Kim"]
SITES = ["acme-outfitters.com", "kiezkaffee.de", "bluebird-home.com", "trailhead-gear.com",
         "sakura-ceramics.jp", "maison-clair.fr", "northwind-goods.co.uk", "paperplane.studio",
         "linen-and-co.ie", "urbanroots.com.br"]
APPS = ["acmeshop", "bluebird", "kiezkaffee", "trailhead", "paperplane", "northwind"]
PATHS = ["products/linen-shirt", "collections/summer-2025", "blog/cold-brew-guide", "account/orders",
         "cart", "checkout/thank-you", "help/returns", "stores/berlin-mitte", "gift-cards",
         "products/oak-side-table", "pages/size-chart", "search"]
WORDS = ["linen", "merino", "oak", "ceramic", "tote", "lamp", "beanie", "throw", "mug", "kettle",
         "candle", "towel", "jacket", "sneaker", "planter", "notebook"]


# ================================================================ 1 urls-links
def urls_links():
    sig = hashlib.sha256(b"acme invoices 10234 march").hexdigest()
    gsig = "".join(hashlib.sha512(("bluebird export q1 %d" % i).encode()).hexdigest() for i in range(2))
    sas = q(b64(hashlib.sha256(b"bluebird sas reports").digest()))
    verifier = "Vq3x-JtR8mE2pLz0_kYw7NcB4sHa9GdUfOi1ZrXe6Tb"
    challenge = b64url(hashlib.sha256(verifier.encode()).digest())
    png = b64(png_1x1(230, 102, 51))
    btih = hashlib.sha1(b"acme-lookbook-2025-raw-photos").hexdigest()
    idn = "bücherstube-köln.de".encode("idna").decode()
    isbn = isbn13("978395" + "1234" + "56")
    lit = [
        "https://acme-assets.s3.eu-central-1.amazonaws.com/invoices/2025/03/INV-10234.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        "&X-Amz-Credential=AKIAFAKEACMEEXPORT01%2F20250304%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20250304T101500Z"
        "&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=" + sig,
        "https://storage.googleapis.com/bluebird-exports/reports/2025-q1/orders.csv?X-Goog-Algorithm=GOOG4-RSA-SHA256"
        "&X-Goog-Credential=exporter%40bluebird-prod.iam.gserviceaccount.com%2F20250304%2Fauto%2Fstorage%2Fgoog4_request"
        "&X-Goog-Date=20250304T091200Z&X-Goog-Expires=3600&X-Goog-SignedHeaders=host&X-Goog-Signature=" + gsig,
        "https://bluebirdexports.blob.core.windows.net/reports/q1-2025.csv?sv=2023-11-03&ss=b&srt=o&sp=r"
        "&se=2025-03-05T10:00:00Z&st=2025-03-04T10:00:00Z&spr=https&sig=" + sas,
        "https://login.acme-idp.com/oauth2/v2/authorize?response_type=code&client_id=7f1c2a9e-4b8d-4e51-9a0f-2c6b1d3e8f70"
        "&redirect_uri=https%3A%2F%2Fapp.acme-outfitters.com%2Fauth%2Fcallback&scope=openid%20profile%20email%20offline_access"
        "&state=Xk3v9QpL2mTz&nonce=n7Ww2aQkP0&code_challenge=" + challenge + "&code_challenge_method=S256",
        "https://accounts.kiezkaffee.de/realms/shop/protocol/openid-connect/auth?client_id=storefront&response_type=code"
        "&response_mode=form_post&redirect_uri=https%3A%2F%2Fkiezkaffee.de%2Foidc%2Fcb&scope=openid&prompt=consent"
        "&login_hint=anna.mueller%40example.com&ui_locales=de-DE%20en&state=c2hvcC0xMDIzNA",
        "https://app.acme-outfitters.com/auth/callback?code=4c7a1e0b9f2d48e6a3b5c8d1e7f0a2b4&state=Xk3v9QpL2mTz"
        "&session_state=2f1d7c3a-98e4-4b6d-a0c1-5e8f9b2d3c47&iss=https%3A%2F%2Flogin.acme-idp.com",
        "https://login.acme-idp.com/oauth2/logout?post_logout_redirect_uri=https%3A%2F%2Fwww.acme-outfitters.com%2Fsigned-out&client_id=storefront",
        "https://www.kiezkaffee.de/blog/cold-brew-sommer?utm_source=newsletter&utm_medium=email&utm_campaign=sommer_2025"
        "&utm_content=hero_button&utm_term=cold+brew",
        "mailto:support@bluebird-home.com?subject=Order%20%2310234%20%E2%80%93%20damaged%20lamp&body=Hi%2C%0D%0Athe%20lamp%20"
        "arrived%20with%20a%20cracked%20shade.%0D%0APhotos%20attached.%0D%0AThanks%2C%20Anna",
        "mailto:sales@trailhead-gear.com,ops@trailhead-gear.com?cc=lead@trailhead-gear.com&subject=Bulk%20quote%20(40%20tents)",
        "tel:+49-30-1234567;ext=204",
        "tel:+1-212-555-0147",
        "sms:+447700900123?body=Your%20table%20for%204%20is%20ready%20%F0%9F%8D%BD",
        "sms:+15555550123;?&body=Running%2010%20min%20late",
        "geo:52.520008,13.404954;u=35",
        "geo:0,0?q=Torstra%C3%9Fe+12,+10119+Berlin",
        "geo:35.6586,139.7454?z=17",
        "intent://product/8841?ref=qr#Intent;scheme=acmeshop;package=com.acmeoutfitters.app;"
        "S.browser_fallback_url=https%3A%2F%2Facme-outfitters.com%2Fp%2F8841;end",
        "myapp://orders/10234/track?carrier=dhl&lang=de",
        "bluebird://cart/apply?coupon=SPRING25&utm_source=push&utm_campaign=reactivation",
        "slack://channel?team=T0FAKE123&id=C0FAKE456",
        "zoommtg://zoom.us/join?action=join&confno=81234567890&pwd=Qm9vaw",
        "itms-apps://apps.apple.com/app/id1234567890?action=write-review",
        "market://details?id=com.bluebirdhome.app&referrer=utm_source%3Dwebsite%26utm_medium%3Dbanner",
        "magnet:?xt=urn:btih:%s&dn=acme-lookbook-2025-raw.zip&xl=734003200&tr=udp%%3A%%2F%%2Ftracker.example.org%%3A6969%%2Fannounce" % btih,
        "data:image/png;base64," + png,
        "data:image/svg+xml;utf8,%3Csvg%20xmlns%3D%27http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%27%20viewBox%3D%270%200%2010%2010%27%3E"
        "%3Ccircle%20cx%3D%275%27%20cy%3D%275%27%20r%3D%274%27%20fill%3D%27%23e63%27%2F%3E%3C%2Fsvg%3E",
        "https://docs.acme-outfitters.com/api/v2/orders#operation/listOrders",
        "https://kiezkaffee.de/faq#:~:text=Versand%20nach%20%C3%96sterreich",
        "https://münchen-café.de/speisekarte?tag=mittwoch",
        "https://%s/katalog/krimis?sort=neu" % idn,
        "https://пример.рф/каталог/чай?page=2",
        "https://例え.テスト/お問い合わせ#フォーム",
        "https://[2606:4700:4700::1111]/dns-query?name=kiezkaffee.de&type=AAAA",
        "https://[2a01:4f8:c17:b8f::2]:8443/status?format=json",
        "https://shop.bluebird-home.com/login?next=%2Faccount%2Forders%3Fpage%3D2%26sort%3D-created",
        "https://app.acme-outfitters.com/sso/start?return_to=https%3A%2F%2Fapp.acme-outfitters.com%2Fsettings%2Fbilling%3Ftab%3Dinvoices%26highlight%3DINV-10234",
        "https://accounts.trailhead-gear.com/signin?continue=https%253A%252F%252Fwww.trailhead-gear.com%252Fcart%253Fstep%253Dshipping",
        "git+ssh://git@github.com/acme-outfitters/storefront.git#v2.3.1",
        "webcal://calendar.kiezkaffee.de/events/public.ics",
        "https://www.youtube.com/watch?v=Qx7fK2pLm9A&t=92s&list=PLfake1234abcd",
        "https://github.com/acme-outfitters/storefront/blob/3f9a1c2/src/cart/totals.ts#L40-L58",
        "https://github.com/acme-outfitters/storefront/compare/v2.3.0...v2.4.0",
        "https://docs.google.com/spreadsheets/d/1aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5zA7bC9d/edit#gid=1402993112&range=A1:F40",
        "https://www.openstreetmap.org/?mlat=52.52&mlon=13.405#map=16/52.5200/13.4050",
        "https://wa.me/4915112345678?text=Hallo%2C%20ist%20der%20Eichentisch%20noch%20verf%C3%BCgbar%3F",
        "https://t.me/share/url?url=https%3A%2F%2Fkiezkaffee.de%2Fbohnen&text=Neue%20Ernte%20%E2%98%95",
        "https://twitter.com/intent/tweet?text=Just%20got%20my%20new%20mug%20%3C3&url=https%3A%2F%2Fbluebird-home.com%2Fp%2Fmug&hashtags=ceramics,handmade",
        "https://calendly.com/anna-mueller/30min?month=2025-04&date=2025-04-08",
        "https://maps.apple.com/?ll=35.6586,139.7454&q=Tokyo%20Tower",
        "urn:isbn:" + isbn,
        "https://web.archive.org/web/2024*/bluebird-home.com/blog/*",
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTFmYzItZmFrZQ%40thread.v2/0?context=%7b%22Tid%22%3a%227f1c2a9e-4b8d-4e51-9a0f-2c6b1d3e8f70%22%7d",
        "https://www.amazon.de/dp/B0FAKE1234/ref=sr_1_3?keywords=leinen+hemd&qid=1709550000&sr=8-3",
        "https://app.acme-outfitters.com/reports?filters=%7B%22status%22%3A%5B%22paid%22%2C%22shipped%22%5D%2C%22from%22%3A%222025-01-01%22%7D",
        "spotify:album:4fAkE9xY2qLm0Pz7RtW1bV",
        "ms-outlook://compose?to=ops%40acme-outfitters.com&subject=Schichtplan%20KW%2011",
        "https://drive.google.com/file/d/1FaKeFiLeId-aBcDeFgHiJkLmNoPqRsTu/view?usp=sharing",
        "https://acme-outfitters.com/p/8841?variant=44012&color=Sand&size=M#reviews",
        "https://sakura-ceramics.jp/items/%E6%B9%AF%E5%91%91%E3%81%BF?color=%E8%97%8D",
        "otpauth-migration://offline?data=" + q(b64(rbytes(48))),
        "https://linen-and-co.ie/cart/44012:2,44013:1?discount=WELCOME10&attributes%5Bgift%5D=yes",
    ]

    def gen():
        r = RNG.random()
        site = pick(SITES)
        if r < 0.3:
            return "https://www.%s/%s?utm_source=%s&utm_medium=%s&utm_campaign=%s%s" % (
                site, pick(PATHS), pick(["newsletter", "instagram", "google", "partner_blog", "qr_flyer"]),
                pick(["email", "social", "cpc", "referral", "print"]),
                pick(["spring_sale", "sommer_2025", "black-friday", "reactivation_q2", "launch"]),
                pick(["", "&utm_content=" + pick(["banner_a", "banner_b", "footer_link"]), "&gclid=" + alnum(24)]))
        if r < 0.55:
            return "%s://%s/%s?%s" % (pick(APPS), pick(["product", "order", "store", "cart", "wishlist"]), digits(pick([4, 5, 6])),
                                      pick(["ref=push", "ref=email&lang=de", "source=qr&campaign=%s" % pick(WORDS),
                                            "utm_source=sms&token=" + alnum(12)]))
        if r < 0.75:
            return ("https://%s.s3.%s.amazonaws.com/%s/%s.%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAFAKE%s%%2F2025%02d%02d%%2F%s"
                    "%%2Fs3%%2Faws4_request&X-Amz-Date=2025%02d%02dT%02d%02d00Z&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=%s") % (
                pick(["acme-assets", "bluebird-uploads", "kiez-media"]), "eu-west-1",
                pick(["exports", "invoices", "photos/2025"]), alnum(10, string.ascii_lowercase + string.digits),
                pick(["pdf", "csv", "jpg", "zip"]), alnum(12, UPPER_NUM), RNG.randint(1, 12), RNG.randint(1, 28), "eu-west-1",
                RNG.randint(1, 12), RNG.randint(1, 28), RNG.randint(0, 23), RNG.randint(0, 59), pick([300, 900, 3600, 86400]), hexs(64))
        inner = "https://%s/%s?%s" % (site, pick(PATHS), pick(["step=2", "tab=reviews&page=3", "ref=header", "lang=de&cur=EUR"]))
        return "https://%s/%s?%s=%s" % (site, pick(["login", "auth/signin", "account/login"]), pick(["next", "return_to", "redirect", "continue"]), q(inner))
    return fill(lit, gen)


# ================================================================ 2 ids-tokens
def ids_tokens():
    def ed25519(comment):
        blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(32)
        return "ssh-ed25519 %s %s" % (b64(blob), comment)

    def ssh_rsa(comment):
        n = b"\x00" + bytes([0xC0 | RNG.getrandbits(6)]) + rbytes(255)
        blob = (struct.pack(">I", 7) + b"ssh-rsa" + struct.pack(">I", 3) + b"\x01\x00\x01"
                + struct.pack(">I", len(n)) + n)
        return "ssh-rsa %s %s" % (b64(blob), comment)

    def pgp_block():
        body = b"\x98\x33\x04" + rbytes(50)
        enc = b64(body)
        lines = [enc[i:i + 64] for i in range(0, len(enc), 64)]
        crc = b64(struct.pack(">I", crc24(body))[1:])
        return "\n".join(["-----BEGIN PGP PUBLIC KEY BLOCK-----", "Comment: fake key for the docs", ""] + lines
                         + ["=" + crc, "-----END PGP PUBLIC KEY BLOCK-----"])

    orcid_base = "000000021" + digits(6)
    lei_base = "5299" + "00" + alnum(12, UPPER_NUM)
    lei_num = "".join(str(int(c, 36)) for c in lei_base + "00")
    lit = [
        jwt({"alg": "RS256", "typ": "JWT", "kid": "2025-03-key-1"},
            {"iss": "https://login.acme-idp.com", "sub": "user_8f3a2c", "aud": "storefront", "exp": 1741093200,
             "iat": 1741089600, "scope": "orders:read profile"}, 256),
        jwt({"alg": "HS256", "typ": "JWT"}, {"sub": "1042", "name": "Zoë Kowalski", "role": "editor", "iat": 1741000000}),
        jwt({"alg": "ES256", "kid": "ec-1"}, {"cart": "c_91XkQ", "items": 3, "exp": 1741100000}, 64),
        rand_uuid(),
        rand_uuid().upper(),
        "{%s}" % rand_uuid().upper(),
        ulid(),
        "01JNK" + "".join(RNG.choice(CROCKFORD) for _ in range(21)),
        b64(rbytes(48)),
        b64url(rbytes(33)),
        b64(json.dumps({"after": "ord_10234", "limit": 50, "dir": "next"}).encode()),
        hashlib.sha256(b"storefront-2.4.0.tar.gz").hexdigest(),
        hashlib.md5(b"anna.mueller@example.com").hexdigest(),
        "sha1:" + hashlib.sha1(b"release notes").hexdigest(),
        "sha384-" + b64(hashlib.sha384(b"cart-widget.min.js v3").digest()),
        "ghcr.io/acme-outfitters/storefront@sha256:" + hashlib.sha256(b"image layer").hexdigest(),
        "acme_live_" + alnum(32),
        "acme_test_pk_" + alnum(24),
        "nw-sk-proj-" + alnum(40, string.ascii_letters + string.digits + "-_"),
        "bbh_pat_" + alnum(12) + "_" + alnum(30),
        "whk_" + hexs(40),
        ed25519("anna@thinkpad-x1"),
        ssh_rsa("deploy@ci-runner-03"),
        "ecdsa-sha2-nistp256 " + b64(struct.pack(">I", 19) + b"ecdsa-sha2-nistp256" + struct.pack(">I", 8) + b"nistp256"
                                     + struct.pack(">I", 65) + b"\x04" + rbytes(64)) + " yubikey-5c",
        pgp_block(),
        "Fingerprint: " + " ".join(hexs(4).upper() for _ in range(5)) + "  " + " ".join(hexs(4).upper() for _ in range(5)),
        grouped(iban("DE", "37040044" + digits(10))),
        iban("GB", "ACME" + "601613" + digits(8)),
        grouped(iban("FR", "30006" + "00001" + digits(11) + digits(2))),
        iban("NL", "ABNA" + digits(10)),
        (lambda i: "ISBN %s-%s-%s-%s-%s" % (i[:3], i[3], i[4:7], i[7:12], i[12]))(isbn13("9783" + digits(8))),
        "ISBN-10: " + isbn10("3" + digits(8)),
        "ISBN-13: " + isbn13("978" + digits(9)),
        "1Z" + alnum(6, UPPER_NUM) + "03" + digits(8),
        "JJD" + digits(18),
        s10("RR", digits(8), "DE"),
        s10("LX", digits(8), "CN"),
        "9400 1%s %s %s %s %s" % (digits(3), digits(4), digits(4), digits(4), digits(2)),
        "2.4.0-rc.1+build.20250304.sha.3f9a1c2",
        "v1.18.3+k3s1",
        "0.9.12-beta.3+exp.linux.arm64",
        "3.0.0-alpha.7+20250301.git." + hexs(7),
        "RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR;BYHOUR=9;BYMINUTE=30;UNTIL=20251231T235959Z",
        "DTSTART;TZID=Europe/Berlin:20250303T090000\nRRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=12",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=8;WKST=MO",
        "RRULE:FREQ=DAILY;INTERVAL=2;BYHOUR=7,19;BYMINUTE=0\nEXDATE:20250420T070000Z,20250421T070000Z",
        "P1Y2M10DT2H30M",
        "2025-03-01T00:00:00Z/P1M",
        "R5/2025-03-04T09:00:00+01:00/PT15M",
        "0000-0002-1" + orcid_base[9:12] + "-" + orcid_base[12:15] + orcid_check(orcid_base),
        "doi:10.5555/acme.2025.0042",
        "gid://shop/ProductVariant/44012",
        "arn:aws:iam::480913577201:role/exporter-readonly",
        "arn:aws:s3:::bluebird-exports/reports/*",
        "projects/bluebird-prod/locations/europe-west3/keyRings/exports/cryptoKeys/csv",
        "did:web:acme-outfitters.com:users:anna",
        "urn:li:share:7101234567890123456",
        "cus_" + alnum(14) + " / pi_" + alnum(24) + "_secret_" + alnum(25),
        lei_base + "%02d" % (98 - int(lei_num) % 97),
        "IMEI " + luhn("35" + digits(12)),
        "EAN " + isbn13("40" + digits(10)),
        "DE" + digits(9) + " (USt-IdNr.)",
        "ACMEDEB2XXX",
        ":".join(hexs(2) for _ in range(6)).upper(),
        "otpauth://totp/Acme%20Outfitters:anna.mueller%40example.com?secret=" + alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        + "&issuer=Acme%20Outfitters&algorithm=SHA1&digits=6&period=30",
        "checkout-api-7d9f8b6c5-" + alnum(5, string.ascii_lowercase + string.digits),
        "https://" + hexs(32) + "@o" + digits(6) + ".ingest.sentry.io/" + digits(7),
        "x-request-id: " + rand_uuid() + "  traceparent: 00-" + hexs(32) + "-" + hexs(16) + "-01",
        "1839" + digits(15),
    ]

    def gen():
        r = RNG.random()
        if r < 0.15:
            return jwt({"alg": pick(["RS256", "ES256", "HS256", "EdDSA"]), "typ": "JWT"},
                       {"sub": "usr_" + alnum(8), "aud": pick(["storefront", "admin", "mobile"]),
                        "exp": 1741000000 + RNG.randint(0, 999999)}, pick([32, 64, 256]))
        if r < 0.3:
            return pick([rand_uuid(), ulid(), "ord_" + ulid(), "evt_" + alnum(24), hexs(pick([32, 40, 64]))])
        if r < 0.45:
            cc, bban = pick([("DE", lambda: "500" + digits(15)), ("AT", lambda: "1" + digits(15)),
                             ("ES", lambda: digits(20)), ("IT", lambda: "X" + digits(10) + digits(12)),
                             ("BE", lambda: digits(12))])
            v = iban(cc, bban())
            return grouped(v) if RNG.random() < 0.5 else v
        if r < 0.6:
            return pick(["ISBN ", "isbn:", ""]) + isbn13(pick(["978", "979"]) + digits(9))
        if r < 0.7:
            return "%d.%d.%d%s+%s" % (RNG.randint(0, 9), RNG.randint(0, 30), RNG.randint(0, 40),
                                      pick(["", "-rc.%d" % RNG.randint(1, 5), "-beta.%d" % RNG.randint(1, 9)]),
                                      pick(["build.%d" % RNG.randint(100, 9999), "sha." + hexs(7), "%s.%s" % (pick(["linux", "darwin"]), pick(["amd64", "arm64"]))]))
        if r < 0.8:
            return "RRULE:FREQ=%s;INTERVAL=%d;BYDAY=%s;COUNT=%d" % (pick(["WEEKLY", "MONTHLY"]), RNG.randint(1, 4),
                                                                    ",".join(sorted(RNG.sample(["MO", "TU", "WE", "TH", "FR", "SA", "SU"], RNG.randint(1, 3)))),
                                                                    RNG.randint(2, 52))
        if r < 0.9:
            return pick(["1Z" + alnum(6, UPPER_NUM) + pick(["01", "03", "42"]) + digits(8), "JJD" + digits(18),
                         s10(pick(["RR", "CP", "EE", "LY"]), digits(8), pick(["DE", "GB", "FR", "JP", "US"]))])
        return pick(["base64:", "", "blob="]) + b64(rbytes(RNG.randint(12, 60)))
    return fill(lit, gen)


# ================================================================ 3 regex-patterns
def regex_patterns():
    lit = [
        r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$",
        r"^[^\s@]+@[^\s@]+\.[^\s@]{2,}$",
        r"^\+?[1-9]\d{6,14}$",
        r"^\d{5}(-\d{4})?$",
        r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$",
        r"^(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(19|20)\d{2}$",
        r"(?i)\b(?:order|bestellung|commande)\s*#?\s*(\d{5,})\b",
        r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{12,64}$",
        r"(?<=\$)\d+(?:\.\d{2})?",
        r"^\p{Lu}\p{Ll}+(?:[ '-]\p{Lu}\p{Ll}+)*$",
        r"[\u4e00-\u9fff\u3040-\u30ff]+",
        r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
        r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$",
        r"^[a-z0-9]+(?:-[a-z0-9]+)*$",
        r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$",
        "s/colou?r/color/gi",
        r"s/(\d{4})-(\d{2})-(\d{2})/\3.\2.\1/",
        r"s#https://old\.bluebird-home\.com/#https://bluebird-home.com/#g",
        "find: (\\w+)@(\\w+)\\.com\nreplace: $2 at $1",
        "Search: ^(\\s*)- \\[ \\]\nReplace: $1- [x]\nFlags: multiline",
        r"%s/\s\+$//e",
        r"\[(ERROR|WARN)\]\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} .*(timeout|refused)",
        r'level=(error|fatal) service=checkout-(api|worker) msg=".*deadline.*"',
        r'{app="checkout", env="prod"} |~ "timeout|deadline exceeded" != "healthz"',
        r'| regexp "user=(?P<user>\w+) took=(?P<ms>\d+)ms"',
        r"status:(5\d\d) AND NOT path:\/healthz",
        "/users/:id(\\d+)/posts/:slug?",
        r"^/blog/(?<year>\d{4})/(?<slug>[a-z0-9-]+)/?$",
        "/api/v{version:[12]}/orders/{orderId:[0-9]+}",
        "/products/*splat",
        "src/**/*.{ts,tsx}",
        "!**/node_modules/**",
        "docs/**/[!_]*.md",
        "*.log\n!important.log\n/build/\n.env*\n!.env.example\n__pycache__/",
        "# macOS\n.DS_Store\n# JetBrains\n.idea/\n*.iml\n# coverage\ncoverage/\n*.lcov",
        "node_modules\n.git\n*.md\n!README.md\nDockerfile*\n.dockerignore",
        "User-agent: *\nDisallow: /checkout/\nDisallow: /*?sessionid=\nAllow: /checkout/help$\nSitemap: https://www.bluebird-home.com/sitemap.xml",
        "User-agent: GPTBot\nDisallow: /\n\nUser-agent: Googlebot-Image\nAllow: /images/products/\nDisallow: /images/internal/",
        "Crawl-delay: 10\nDisallow: /search?*\nDisallow: /*.pdf$",
        "location ~* \\.(jpg|jpeg|png|gif|webp|avif)$ {\n    expires 30d;\n    add_header Cache-Control \"public\";\n}",
        "location ^~ /static/ {\n    root /srv/www;\n    try_files $uri =404;\n}",
        "location = /healthz { access_log off; return 200 \"ok\\n\"; }",
        "rewrite ^/shop/(.*)$ /store/$1 permanent;",
        "RewriteRule ^alte-seite/?$ /neue-seite [R=301,L]",
        "RewriteCond %{HTTP_HOST} ^www\\.kiezkaffee\\.de$ [NC]",
        "/docs/ @acme/docs-team\n*.tf @acme/platform\n/src/payments/ @anna-m @olu-o",
        r"^(?!.*\.(?:exe|bat|scr)$).+\.[a-z0-9]{2,5}$",
        r"\b(?:\d[ -]*?){13,16}\b",
        r"(?m)^\s*#.*$",
        r"^[\w.+-]+@(bluebird-home\.com|bluebird-home\.de)$",
        "^SKU-[A-Z]{3}-\\d{3}$  ->  ${category}-${number}",
        "/^(?:[01]?\\d|2[0-3]):[0-5]\\d$/",
        "new RegExp(`^${prefix}-\\\\d+$`, 'i')",
        r"re.compile(r'(?P<key>[a-z_]+)=(?P<value>\"[^\"]*\"|\S+)')",
        "Pattern.compile(\"^[\\\\p{L} .'-]{2,80}$\")",
    ]
    fields = [("postcode_de", r"^\d{5}$"), ("postcode_nl", r"^\d{4} ?[A-Z]{2}$"), ("postcode_ca", r"^[A-Z]\d[A-Z] ?\d[A-Z]\d$"),
              ("sku", r"^[A-Z]{3}-\d{3,5}(-[A-Z]{1,3})?$"), ("vat_de", r"^DE\d{9}$"), ("coupon", r"^[A-Z0-9]{6,12}$"),
              ("username", r"^[a-z][a-z0-9_.]{2,29}$"), ("hex_color", r"^#[0-9a-f]{6}$"), ("time_24h", r"^([01]\d|2[0-3]):[0-5]\d$"),
              ("plate_de", r"^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}[EH]?$"), ("phone_jp", r"^0\d{1,4}-\d{1,4}-\d{4}$"),
              ("order_no", r"^(ORD|RET)-\d{4}-\d{6}$")]
    globs = ["assets/**/*.%s", "!dist/**/*.%s", "**/__tests__/**/*.%s", "packages/*/src/**/*.%s", "public/img/**/*.%s"]
    exts = ["png", "svg", "map", "snap", "ts", "scss", "json", "woff2"]

    def gen():
        r = RNG.random()
        if r < 0.35:
            name, pat = pick(fields)
            return pick(["%s: %s", "%s = /%s/", "{\"field\": \"%s\", \"pattern\": \"%s\"}", "validate %s with %s"]) % (
                name, pat)
        if r < 0.55:
            return pick(globs) % pick(exts)
        if r < 0.75:
            a, b = RNG.sample(WORDS, 2)
            return pick(["s/\\b%s\\b/%s/g", "s/^%s-(\\d+)$/%s-$1/", "find: %s(s?)\nreplace: %s$1", "%s|%s"]) % (a, b)
        if r < 0.9:
            return "Disallow: /%s/\nAllow: /%s/%s$" % (pick(["cart", "account", "search", "tmp", "preview"]),
                                                       pick(["help", "blog", "products"]), pick(WORDS))
        return "location ~ ^/%s/(\\d+)$ { return 301 /%s/$1; }" % (pick(["p", "item", "artikel"]), pick(["products", "shop", "produkte"]))
    return fill(lit, gen)


# ================================================================ 4 math-science
def math_science():
    lit = [
        r"$\frac{a}{b} + \sqrt{x^2+y^2}$",
        r"$$\sum_{i=1}^{n} i = \frac{n(n+1)}{2}$$",
        "\\begin{align}\nf(x) &= (x+1)^2 \\\\\n     &= x^2 + 2x + 1\n\\end{align}",
        r"\int_0^\infty e^{-x^2}\,dx = \frac{\sqrt{\pi}}{2}",
        r"$\mathbb{E}[X] = \sum_x x \, p(x)$ and $\operatorname{Var}(X) = \mathbb{E}[X^2] - \mathbb{E}[X]^2$",
        r"\begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix}\begin{pmatrix} x \\ y \end{pmatrix} = \begin{pmatrix} x \\ y \end{pmatrix}",
        r"$\lim_{n\to\infty} \left(1+\frac{1}{n}\right)^n = e$",
        r"$P(A \mid B) = \frac{P(B \mid A)\,P(A)}{P(B)}$",
        r"f(x) = \begin{cases} -x & \text{if } x < 0 \\ x & \text{otherwise} \end{cases}",
        r"$\nabla \cdot \mathbf{E} = \frac{\rho}{\varepsilon_0}$",
        r"$e^{i\pi} + 1 = 0$ % the classic",
        r"\hat{\beta} = (X^\top X)^{-1} X^\top y",
        r"$\binom{n}{k} = \frac{n!}{k!(n-k)!}$, so $\binom{5}{2} = 10$",
        r"\usepackage{amsmath,amssymb} % in the preamble, then $\mathcal{O}(n \log n)$",
        r"$\alpha \approx 0.05,\ \beta \le 0.2,\ 1-\beta \ge 0.8$",
        "CC(=O)Oc1ccccc1C(=O)O",
        "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",
        "C[C@@H](O)C(=O)O",
        "[Na+].[Cl-]",
        "OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O",
        "2 H2 + O2 -> 2 H2O",
        "CH4 + 2 O2 → CO2 + 2 H2O   ΔH = −890 kJ/mol",
        "Fe2O3 + 3 CO → 2 Fe + 3 CO2",
        r"\ce{NaHCO3(s) + HCl(aq) -> NaCl(aq) + H2O(l) + CO2(g) ^}",
        "6CO₂ + 6H₂O —(light)→ C₆H₁₂O₆ + 6O₂",
        "pH = pKa + log([A⁻]/[HA]) = 4.76 + log(0.2/0.1) ≈ 5.06",
        "9.81 m/s²",
        "6.022×10²³ mol⁻¹",
        "k_B = 1.380649e-23 J/K",
        "λ = 532 nm, P = 5 mW, beam Ø 1.2 mm",
        "R1 = 3.3 kΩ ±5 %, C1 = 100 nF, f_c = 1/(2πRC) ≈ 482 Hz",
        "1 kWh = 3.6 MJ; 230 V × 16 A = 3.68 kW",
        "t(48) = 2.31, p = .025, Cohen's d = 0.66",
        "F(2, 97) = 5.12, p < .01, η² = .10",
        "r = −0.42 [95% CI: −0.58, −0.23], n = 120",
        "χ²(3, N = 412) = 14.7, p = .002",
        "Residual standard error: 1.52 on 28 degrees of freedom\nMultiple R-squared:  0.7432,\tAdjusted R-squared:  0.7340\nF-statistic: 81.02 on 1 and 28 DF,  p-value: 9.1e-10",
        "            Estimate Std. Error t value Pr(>|t|)    \n(Intercept)  12.0412     1.1021  10.926  < 2e-16 ***\nsqft          0.0831     0.0094   8.840 3.2e-12 ***",
        "AIC=1234.5  BIC=1250.2  logLik=-612.25  deviance=1224.5",
        "mean ± sd: 23.4 ± 4.1 (median 22, IQR 20–26)",
        "=SUMIF(B2:B200,\">=100\",C2:C200)",
        "=VLOOKUP(A2,Products!$A$2:$F$500,4,FALSE)",
        "=IF(AND(D2>0,E2<>\"\"),D2*E2,0)",
        "=IFERROR(INDEX(Sheet2!C:C,MATCH(A2,Sheet2!A:A,0)),\"n/a\")",
        "=COUNTIFS(Status,\"Open\",Owner,\"Anna\",Due,\"<\"&TODAY())",
        "=TEXT(A2,\"yyyy-mm-dd\")&\" – \"&B2",
        "=SUMPRODUCT((A2:A100=\"EMEA\")*(C2:C100))",
        "=QUERY(Data!A:F,\"select A, sum(F) where B = 'DE' group by A label sum(F) 'Revenue'\",1)",
        "=LET(net, B2*(1-C2), IF(net>1000, net*0.97, net))",
        "=HYPERLINK(\"https://bluebird-home.com/p/\"&A2, \"Open product\")",
        "=ARRAYFORMULA(IF(ROW(A:A)=1,\"Total\",IF(A:A=\"\",,B:B*C:C)))",
        "lm(price ~ sqft + bedrooms + factor(city), data = homes) |> summary()",
        "df %>% group_by(region) %>% summarise(mean_rev = mean(revenue, na.rm = TRUE), n = n())",
        "ggplot(df, aes(x = date, y = value, colour = sensor)) + geom_line() + theme_minimal()",
        "t.test(weight ~ group, data = pigs, var.equal = FALSE)",
        "A = [1 2; 3 4]; x = A \\ [5; 6];",
        "t = 0:1e-3:1; plot(t, sin(2*pi*50*t)); xlabel('t [s]'); ylabel('U [V]');",
        "sum(x -> x^2, 1:10)",
        "using Statistics; mean(skipmissing(v)), std(skipmissing(v))",
        "A = rand(3, 3); B = A' * A; eigvals(B)",
        "np.linalg.solve(A, b) # A is 3x3, b = [1, 2, 3]",
    ]
    units = [("m/s", "speed"), ("kg", "mass"), ("mol/L", "conc."), ("Pa", "pressure"), ("J", "energy"),
             ("µm", "length"), ("kHz", "freq."), ("°C", "temp."), ("mA", "current"), ("ppm", "CO₂")]
    fn = ["SUM", "AVERAGE", "MAX", "MIN", "MEDIAN", "STDEV.S", "COUNTA"]

    def gen():
        r = RNG.random()
        if r < 0.3:
            u, what = pick(units)
            return "%s = %.3g %s %s" % (what, RNG.uniform(0.001, 9999), pick(["±", "+/-"]), "%.2g %s" % (RNG.uniform(0.001, 10), u))
        if r < 0.45:
            return "%.4fe%+03d" % (RNG.uniform(1, 9.99), RNG.randint(-30, 30))
        if r < 0.7:
            c1, c2 = pick("ABCDEFGH"), pick("IJKLMN")
            return "=%s(%s%d:%s%d)%s" % (pick(fn), c1, RNG.randint(2, 9), c1, RNG.randint(20, 900),
                                         pick(["", "*1.19", "/%s%d" % (c2, RNG.randint(1, 9)), "-%s$1" % c2]))
        if r < 0.85:
            return "$%s_{%s}^{%d} %s$" % (pick([r"\sum", r"\prod", r"\int"]), pick(["i=0", "k=1", "0"]), RNG.randint(2, 99),
                                          pick([r"x_i^2", r"\frac{1}{k^2}", r"f(t)\,dt", r"(1+r)^{-k}"]))
        return "t(%d) = %.2f, p = %.3f" % (RNG.randint(10, 300), RNG.uniform(0.1, 5), RNG.uniform(0.001, 0.9))
    return fill(lit, gen)


# ================================================================ 5 markup-dialects
def markup_dialects():
    lit = [
        "{{cite web |url=https://www.kiezkaffee.de/report-2024.pdf |title=Jahresbericht 2024 |publisher=Kiezkaffee GmbH |access-date=2025-03-04 |language=de}}",
        "<ref name=\"mueller2019\">{{cite book |last=Müller |first=Anna |title=Leinen: Geschichte eines Stoffes |year=2019 |isbn=978-3-12-345678-0 |page=42}}</ref>",
        "[[Berlin|the capital]] lies on the [[Spree (river)|Spree]].",
        "{{Infobox company\n| name     = Acme Outfitters\n| founded  = {{start date|1998|4|1}}\n| hq       = [[Dublin]], Ireland\n| website  = {{URL|acme-outfitters.com}}\n}}",
        "'''Bold''' and ''italic'' and '''''both'''''",
        "== History ==\n=== Early years (1998–2004) ===\nThe shop opened in a former bakery.<ref>Interview, 2020.</ref>",
        "[[File:Storefront 2024.jpg|thumb|left|220px|The shop on Torstraße]]",
        "{| class=\"wikitable sortable\"\n! Year !! Stores !! Revenue\n|-\n| 2023 || 12 || €4.1M\n|-\n| 2024 || 15 || €5.3M\n|}",
        "#REDIRECT [[Acme Outfitters#History]]",
        "{{#if: {{{subtitle|}}} | <small>{{{subtitle}}}</small> | }}",
        "{{Citation needed|date=March 2025}} ~~~~",
        "[quote=\"Anna\"]The lamp is great, but the cable is short.[/quote]\nAgreed — I used an extension.",
        "[url=https://kiezkaffee.de/shop]our shop[/url] has the new beans [b]now[/b]!",
        "[b]Update:[/b] [color=red]sold out[/color], restock on [i]Friday[/i].",
        "[img]https://cdn.bluebird-home.com/forum/uploads/2025/03/lamp-photo.jpg[/img]",
        "[code]for i in range(3):\n    print(i)[/code]",
        "[list]\n[*]Preheat to 180 °C\n[*]Mix flour & sugar\n[*]Bake 25–30 min\n[/list]",
        "[spoiler=Ending]the butler did it[/spoiler]",
        "[size=150][font=Georgia]Welcome back![/font][/size]",
        "[url]https://trailhead-gear.com/forum/t/tent-repair/8812[/url]",
        "[table][tr][td]Size[/td][td]Chest[/td][/tr][tr][td]M[/td][td]96–101 cm[/td][/tr][/table]",
        "= Release Guide\nAnna Müller <anna@example.com>\n:toc: left\n:icons: font\n:source-highlighter: rouge",
        "[source,python]\n----\nprint(\"hello\")\n----",
        "NOTE: Backups run nightly at 02:00 UTC.\n\nWARNING: Do not edit the generated files.",
        "link:https://docs.acme-outfitters.com/releases/2.4[Release notes^] and xref:install.adoc#prereq[Prerequisites]",
        "image::diagrams/checkout-flow.png[Checkout flow,600,role=center]",
        "|===\n|Name |Qty\n\n|Mug |2\n|Tote |1\n|===",
        ".. code-block:: python\n   :linenos:\n\n   import json\n   print(json.dumps({'ok': True}))",
        ".. note::\n   This endpoint is deprecated since v2.3.",
        "See `the API guide <https://docs.acme-outfitters.com/api/>`_ and :ref:`install-guide`.",
        ".. image:: /_static/logo.png\n   :alt: Acme logo\n   :width: 200px",
        ".. toctree::\n   :maxdepth: 2\n   :caption: Contents\n\n   intro\n   usage\n   faq",
        "**bold**, *italic* and ``literal`` text; a footnote [#]_\n\n.. [#] Added in 2025.",
        "* TODO Call supplier about linen stock :work:\n  SCHEDULED: <2025-03-10 Mon 09:00>\n  :PROPERTIES:\n  :EFFORT: 0:30\n  :END:",
        "#+TITLE: Weekly notes\n#+BEGIN_SRC emacs-lisp\n(setq org-log-done 'time)\n#+END_SRC",
        "[[https://orgmode.org/manual/][Org manual]] and [[file:notes/2025-03.org::*Budget][budget section]]",
        "| Name | Qty |\n|------+-----|\n| Mug  |   2 |\n| Tote |   1 |\n#+TBLFM: @>$2=vsum(@2..@-1)",
        "h1. Spring collection\n\np(lead). Light fabrics, bright colours.",
        "*bold* _italic_ -strike- \"the shop\":https://maison-clair.fr/boutique",
        "!https://cdn.maison-clair.fr/img/robe.jpg(Robe en lin)!",
        "bq. Great service, fast delivery!\n\np>. — Chiara, Milano",
        "h2. Steps to reproduce\n# Open the cart\n# Apply coupon *SPRING25*\n# Observe the total is wrong\n\nh2. Expected\nTotal reduced by 25%",
        "{code:java}\nOrder o = repo.findById(10234L).orElseThrow();\n{code}",
        "{noformat}\n2025-03-04 10:15:32 WARN  slow request path=/api/orders took=1834ms\n{noformat}",
        "{quote}Customer says the parcel was left at the wrong door.{quote}\n[~anna.mueller] can you check with DHL?",
        "{color:red}*BLOCKED*{color} waiting on SHOP-1234 and {{config.yaml}} review",
        "||Browser||Version||Result||\n|Firefox|123|(/)|\n|Safari|17.3|(x)|",
        "{panel:title=Rollout plan|borderStyle=dashed}\n* 10% on Monday\n* 50% on Wednesday\n* 100% on Friday\n{panel}",
        "*Deploy done* :rocket: <https://ci.acme-outfitters.com/builds/8812|build #8812> — _no errors_ ~flaky test~ `cart-spec`",
        "<!here> maintenance tonight 22:00–23:00 CET, cc <@U0FAKE123> <#C0FAKE99|ops>",
        "> quoted line from the customer\nreply: we'll ship a replacement :package:",
        "> On Tue, 4 Mar 2025 at 10:12, Anna Müller <anna@example.com> wrote:\n> > Can we move the call to 3pm?\n> Sure, 3pm works.\n\nSee you then!",
        "-----Original Message-----\nFrom: Olu Okafor\nSent: Monday, March 3, 2025 4:02 PM\nTo: Support\nSubject: RE: [#10234] Missing item\n\n>> The tote was not in the box.",
        "| Plan | Price | Seats |\n|:-----|------:|:-----:|\n| Basic | €9 | 1 |\n| Team | €29 | 5 |",
        "Here's the fix[^1].\n\n[^1]: See PR #412 on GitHub.",
        "- [x] update size chart\n- [ ] translate to FR\n- [ ] ~~add video~~ (dropped)",
        "<details><summary>Stack trace</summary>\n\n```\nTypeError: cart is undefined\n```\n</details>",
        "::: warning\nPrices shown exclude VAT.\n:::",
        "%% Obsidian comment %%\n![[diagram.png|300]] see [[Meeting 2025-03-04#Decisions]]",
    ]
    cites = ["cite web", "cite news", "cite book", "cite journal"]
    titles = ["Linen care guide", "Kaffee aus Äthiopien", "Annual report 2024", "Tent repair basics",
              "Ceramics of Mashiko", "La mode durable", "Coffee roasting curves", "Cycling in Dublin"]

    def gen():
        r = RNG.random()
        if r < 0.3:
            return "{{%s |title=%s |url=https://%s/%s |date=%d-%02d-%02d |author=%s %s}}" % (
                pick(cites), pick(titles), pick(SITES), pick(PATHS), RNG.randint(2015, 2025), RNG.randint(1, 12),
                RNG.randint(1, 28), pick(FIRST), pick(LAST))
        if r < 0.55:
            return "[quote=\"%s\"]%s[/quote] %s" % (pick(FIRST), pick(["Does the %s run small?", "Is the %s dishwasher safe?",
                                                                      "Where is the %s made?", "Got my %s today!"]) % pick(WORDS),
                                                   pick(["[b]+1[/b]", "Same question :)", "[i]Yes[/i], see [url=https://%s/help]help[/url]" % pick(SITES)]))
        if r < 0.75:
            return "h3. %s\n* %s\n* %s" % (pick(titles), pick(["[~%s]" % pick(FIRST).lower(), "{{%s}}" % pick(WORDS)]), pick(["(/) done", "(x) failed", "(!) check"]))
        if r < 0.9:
            return ".. %s::\n   %s" % (pick(["note", "tip", "warning", "seealso"]), pick(["Run `make docs` first.", "Sizes are in cm.",
                                                                                      "See :doc:`faq` for %s." % pick(WORDS)]))
        return "*%s* _%s_ <https://%s/%s|%s>" % (pick(WORDS), pick(FIRST), pick(SITES), pick(PATHS), pick(titles))
    return fill(lit, gen)


# ================================================================ 6 code-other-langs
def code_other_langs():
    lit = [
        "func (s *Store) Get(ctx context.Context, id string) (*Item, error) {\n\treturn s.db.Find(ctx, id)\n}",
        "if err != nil {\n\treturn fmt.Errorf(\"load config %q: %w\", path, err)\n}",
        "type Order struct {\n\tID    int64   `json:\"id\"`\n\tTotal float64 `json:\"total,omitempty\"`\n}",
        "fn main() {\n    let v: Vec<u32> = (1..=10).filter(|x| x % 2 == 0).collect();\n    println!(\"{:?}\", v);\n}",
        "#[derive(Debug, Clone, Serialize, Deserialize)]\npub struct Order { pub id: u64, pub total: f64 }",
        "let name = match user.as_ref() { Some(u) => &u.name, None => \"guest\" };",
        "impl<T: fmt::Display> fmt::Display for Wrapper<T> {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, \"[{}]\", self.0) }\n}",
        "main = mapM_ print $ take 10 $ filter even [1..]",
        "data Shape = Circle Double | Rect Double Double deriving (Show, Eq)",
        "area :: Shape -> Double\narea (Circle r) = pi * r ^ 2\narea (Rect w h) = w * h",
        "Enum.map([1, 2, 3], &(&1 * 2)) |> Enum.sum()",
        "defmodule Cart do\n  def total(items), do: Enum.reduce(items, 0, &(&1.price * &1.qty + &2))\nend",
        "with {:ok, user} <- Accounts.fetch(id),\n     {:ok, _} <- Mailer.welcome(user) do\n  :ok\nend",
        "(->> orders (filter :paid?) (map :total) (reduce +))",
        "(defn greet [name] (str \"Hello, \" name \"!\"))",
        "(defun fact (n) (if (<= n 1) 1 (* n (fact (1- n)))))",
        "(mapcar #'1+ '(1 2 3)) ; => (2 3 4)",
        "parent(tom, bob).\nancestor(X, Y) :- parent(X, Y).\nancestor(X, Y) :- parent(X, Z), ancestor(Z, Y).",
        "?- member(X, [a, b, c]), write(X), nl, fail.",
        "data class User(val id: Long, val email: String?, val tags: List<String> = emptyList())",
        "val names = users.filter { it.active }.map { it.name }.sortedBy { it.lowercase() }",
        "suspend fun load(): List<Order> = withContext(Dispatchers.IO) { api.orders() }",
        "guard let url = URL(string: path) else { return }",
        "struct Item: Codable, Identifiable {\n    let id: Int\n    let title: String\n}",
        "@State private var count = 0\nvar body: some View { Button(\"Tap \\(count)\") { count += 1 } }",
        "var adults = people.Where(p => p.Age >= 18).OrderBy(p => p.Name).ToList();",
        "public record Order(int Id, decimal Total, DateTime CreatedAt);",
        "[HttpGet(\"{id:int}\")]\npublic async Task<IActionResult> Get(int id) => Ok(await _svc.FindAsync(id));",
        "string label = $\"Total: {total:C2} ({items.Count} items)\";",
        "local parts = {}\nfor k, v in pairs(cfg) do parts[#parts + 1] = k .. \"=\" .. tostring(v) end\nreturn table.concat(parts, \"&\")",
        "print(string.format(\"%05.2f\", 3.14159))",
        "perl -lane 'print $F[2] if $F[0] eq \"DE\"' orders.tsv",
        "my %seen = map { $_ => 1 } @skus;\nprint join(\",\", sort keys %seen), \"\\n\";",
        "<?php foreach ($items as $item): ?>\n  <li><?= htmlspecialchars($item['name']) ?> – <?= number_format($item['price'], 2, ',', '.') ?> €</li>\n<?php endforeach; ?>",
        "<?php if ($user->isAdmin()): ?>\n  <a href=\"/admin/orders\">Orders</a>\n<?php endif; ?>",
        "<% @orders.each do |order| %>\n  <tr><td><%= order.number %></td><td><%= number_to_currency(order.total) %></td></tr>\n<% end %>",
        "<%= link_to 'Edit', edit_product_path(@product), class: 'btn btn-sm' %>",
        "<%= form_with model: @address do |f| %>\n  <%= f.text_field :city %>\n<% end %>",
        "@RestController\n@RequestMapping(\"/api/orders\")\npublic class OrderController {",
        "@Column(name = \"created_at\", nullable = false, updatable = false)",
        "@Value(\"${app.export.timeout:30}\")\nprivate int exportTimeout;",
        "@JsonProperty(\"order_id\") @NotNull private Long orderId;",
        "#include <stdio.h>\n#define MAX(a, b) ((a) > (b) ? (a) : (b))",
        "#ifdef _WIN32\n#  define PATH_SEP '\\\\'\n#else\n#  define PATH_SEP '/'\n#endif",
        "#pragma once\n#if defined(__linux__) && !defined(NDEBUG)\n#  define LOG(...) fprintf(stderr, __VA_ARGS__)\n#endif",
        "build:\n\tgo build -o bin/app ./cmd/app\n\n.PHONY: build test lint",
        "%.o: %.c\n\t$(CC) $(CFLAGS) -c $< -o $@",
        "VERSION ?= $(shell git describe --tags --always --dirty)\nLDFLAGS := -X main.version=$(VERSION)",
        "FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"gunicorn\", \"app:app\", \"-b\", \"0.0.0.0:8000\"]",
        "HEALTHCHECK --interval=30s --timeout=3s CMD wget -qO- http://localhost:8080/healthz || exit 1",
        "ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine AS build\nRUN npm ci && npm run build",
        "services:\n  web:\n    image: nginx:1.25\n    ports:\n      - \"8080:80\"\n    depends_on: [api]",
        "on:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4",
        "[tool.poetry]\nname = \"storefront-tools\"\nversion = \"0.3.1\"\n\n[tool.poetry.dependencies]\npython = \"^3.11\"",
        "[database]\nhost = db.internal\nport = 5432\n; read replica below\nreplica = db-ro.internal",
        "query GetOrder($id: ID!) {\n  order(id: $id) {\n    id\n    total { amount currency }\n    lineItems(first: 10) { edges { node { sku quantity } } }\n  }\n}",
        "mutation { tagsAdd(id: \"gid://shop/Product/8841\", tags: [\"summer\", \"linen\"]) { userErrors { field message } } }",
        "fragment Price on Money { amount currencyCode }\nquery { product(handle: \"linen-shirt\") { title priceRange { minVariantPrice { ...Price } } } }",
        "syntax = \"proto3\";\npackage shop.v1;\n\nmessage Order {\n  string id = 1;\n  repeated LineItem items = 2;\n  google.protobuf.Timestamp created_at = 3;\n}",
        "service Orders {\n  rpc Get(GetOrderRequest) returns (Order);\n  rpc Watch(WatchRequest) returns (stream OrderEvent);\n}",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\", \"required\": [\"email\"], \"properties\": {\"email\": {\"type\": \"string\", \"format\": \"email\"}, \"age\": {\"type\": \"integer\", \"minimum\": 0}}}",
        "{\"$ref\": \"#/$defs/address\", \"additionalProperties\": false}",
        "resource \"aws_s3_bucket\" \"exports\" {\n  bucket = \"bluebird-exports\"\n  tags   = { team = \"data\" }\n}",
        "case class Point(x: Double, y: Double)\nval d = math.hypot(p.x - q.x, p.y - q.y)",
        "final total = items.fold<double>(0, (sum, i) => sum + i.price * i.qty);",
        "let rec fib n = if n < 2 then n else fib (n - 1) + fib (n - 2)",
        "-module(cart).\n-export([total/1]).\ntotal(Items) -> lists:sum([P * Q || {P, Q} <- Items]).",
        "MOVE WS-TOTAL TO OUT-TOTAL.\nDISPLAY 'TOTAL: ' OUT-TOTAL.",
    ]
    langs_kt = ["String", "Int", "Long", "Boolean", "Double", "List<String>"]
    fields = ["sku", "title", "price", "qty", "createdAt", "email", "country", "tags", "weight", "isGift"]

    def gen():
        r = RNG.random()
        f1, f2 = RNG.sample(fields, 2)
        if r < 0.25:
            return "data class %s(val %s: %s, val %s: %s?)" % (pick(["Item", "Row", "Entry", "Variant", "Line"]), f1, pick(langs_kt), f2, pick(langs_kt))
        if r < 0.45:
            return "%s %s `json:\"%s,omitempty\" db:\"%s\"`" % (f1.capitalize(), pick(["string", "int64", "float64", "bool", "[]string"]), f1, f2)
        if r < 0.65:
            return "%s:\n  %s: %s\n  %s: [%s, %s]" % (pick(["defaults", "export", "shipping", "feature_flags"]), f1, pick(["true", "42", "\"EUR\"", "null"]),
                                                     f2, pick(WORDS), pick(WORDS))
        if r < 0.8:
            return "query { products(first: %d, query: \"%s:%s\") { nodes { id %s %s } } }" % (RNG.randint(5, 50), pick(["tag", "vendor", "title"]), pick(WORDS), f1, f2)
        return "(->> %s (filter :%s) (map :%s) (take %d))" % (pick(["items", "rows", "orders"]), f1, f2, RNG.randint(2, 20))
    return fill(lit, gen)


# ================================================================ 7 data-lines
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/123.0",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "AcmeShop/4.12.0 (Android 14; Pixel 8) okhttp/4.12.0",
       "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]
PUBLIC_IPS = ["84.17.46.2", "91.64.12.201", "185.76.9.34", "46.114.3.77", "2a02:810d:4c0:1f00::7", "151.101.2.15",
              "77.183.220.9", "2001:16b8:2d4a:ee00:9c1:2f3b:aa01:5"]


def data_lines():
    lit = [
        "10234,\"Müller, Anna\",\"Print 12\"\" x 18\"\", framed\",2,49.90,EUR,2025-03-04",
        "\"id\",\"name\",\"note\"\n\"7\",\"O'Neill, Sean\",\"Leave at back door; gate code #4411\"",
        "SKU\tName\tQty\tPrice\nTSH-001\tLinen Shirt\t4\t39,90\nMUG-12\tMug \"Blue\"\t2\t14,50",
        "date;amount;description\n04.03.2025;-49,90;\"Kartenzahlung, Kiezkaffee\"\n05.03.2025;1.250,00;\"Gehalt März\"",
        "0001234567ANNA MUELLER        DE2025030400004990EUR",
        "HDR20250304ACMEOUTFIT 000042\nDTL000001TSH-001   0004000003990\nTRL000002",
        "84.17.46.2 - - [04/Mar/2025:10:15:32 +0100] \"GET /products/linen-shirt?color=sand HTTP/2.0\" 200 18432 \"https://www.google.com/\" \"" + UAS[0] + "\"",
        "91.64.12.201 - anna [04/Mar/2025:10:16:01 +0100] \"POST /api/v2/cart/items HTTP/1.1\" 201 312 \"https://acme-outfitters.com/cart\" \"" + UAS[1] + "\" rt=0.041",
        "<34>1 2025-03-04T10:15:32.003Z web-01 sshd 2211 - - Accepted publickey for deploy from 185.76.9.34 port 50122 ssh2",
        "Mar  4 10:15:32 web-01 CRON[18211]: (backup) CMD (/usr/local/bin/nightly-backup.sh --retain 14)",
        "Mar  4 10:15:33 web-01 kernel: [81234.567] EXT4-fs (sda1): mounted filesystem with ordered data mode",
        "{\"ts\":\"2025-03-04T10:15:32.123Z\",\"level\":\"warn\",\"msg\":\"slow query\",\"duration_ms\":1834,\"route\":\"/api/orders\",\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\"}",
        "{\"level\":\"info\",\"logger\":\"checkout\",\"event\":\"payment_captured\",\"order\":10234,\"amount\":{\"value\":\"49.90\",\"currency\":\"EUR\"},\"user_agent\":\"" + UAS[4] + "\"}",
        "level=info ts=2025-03-04T10:15:32Z caller=server.go:88 msg=\"request done\" method=GET path=/healthz status=200 dur=1.2ms",
        "MSH|^~\\&|LABSYS|HOSP|EHR|HOSP|20250304101532||ORU^R01|MSG00042|P|2.5.1\rPID|1||123456^^^HOSP^MR||MUELLER^ANNA^^^^^L||19850412|F\rOBX|1|NM|2345-7^Glucose^LN||98|mg/dL|70-99|N|||F",
        "PV1|1|O|CLINIC^ROOM4^^HOSP||||1234^OKAFOR^OLU^^^DR|||||||||||V000123",
        "ISA*00*          *00*          *ZZ*ACMEOUT        *ZZ*PARTNER01      *250304*1015*U*00401*000000042*0*P*>~GS*PO*ACMEOUT*PARTNER01*20250304*1015*42*X*004010~ST*850*0001~BEG*00*SA*PO-10234**20250304~",
        "UNH+1+ORDERS:D:96A:UN'BGM+220+PO10234+9'DTM+137:20250304:102'NAD+BY+4012345000009::9'LIN+1++4006381333931:EN'QTY+21:40'UNT+7+1'",
        "BEGIN:VCARD\nVERSION:4.0\nFN:Anna Müller\nN:Müller;Anna;;;\nTEL;TYPE=cell:+49 151 2345678\nEMAIL;TYPE=work:anna@kiezkaffee.de\nADR;TYPE=work:;;Torstraße 12;Berlin;;10119;Germany\nEND:VCARD",
        "BEGIN:VEVENT\nUID:20250310T090000-8812@acme-outfitters.com\nDTSTART;TZID=Europe/Berlin:20250310T090000\nDTEND;TZID=Europe/Berlin:20250310T100000\nSUMMARY:Quarterly review\nLOCATION:Room 4.12\\, Building B\nEND:VEVENT",
        "ATTENDEE;CN=\"O'Brien, Sean\";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:sean.obrien@example.com",
        nmea("GPGGA,101532.00,5230.1234,N,01323.4567,E,1,08,0.9,45.3,M,46.9,M,,"),
        nmea("GPRMC,101532.00,A,5230.1234,N,01323.4567,E,0.4,54.7,040325,,,A"),
        nmea("GNGSA,A,3,04,05,09,12,24,,,,,,,,2.1,1.2,1.7"),
        "device=th-0042 temp_c=21.7 rh=43 batt=3.71V rssi=-67 fw=1.4.2",
        "cpu.load1=0.42 cpu.load5=0.37 mem.used_pct=61.3 disk./var.used_pct=78 host=web-01",
        "weather,station=berlin-tegel temperature=4.2,humidity=81i,wind_kmh=17.5 1741083332000000000",
        "Our API returns 401 even though I send:\nAuthorization: Bearer <token from the dashboard>\nContent-Type: application/json\nAccept: */*",
        "The response has\nSet-Cookie: session=9f2c1a; Path=/; HttpOnly; Secure; SameSite=Lax\nbut the browser doesn't store it. Why?",
        "We added this header and now fonts fail:\nContent-Security-Policy: default-src 'self'; img-src 'self' https://cdn.bluebird-home.com data:; font-src 'self' https://fonts.gstatic.com",
        "Request headers from the HAR file:\n:authority: api.acme-outfitters.com\n:method: GET\n:path: /v2/orders?limit=50\naccept-language: de-DE,de;q=0.9,en;q=0.8\nif-none-match: W/\"5e-1f3a\"",
        "Cache-Control: public, max-age=31536000, immutable\nVary: Accept-Encoding\nETag: \"a1b2c3\"",
        "X-Forwarded-For: 84.17.46.2, 10.12.0.5\nX-Forwarded-Proto: https",
        "Link: <https://api.acme-outfitters.com/v2/orders?page=3>; rel=\"next\", <https://api.acme-outfitters.com/v2/orders?page=12>; rel=\"last\"",
        "timestamp,sensor,value,unit\n2025-03-04T10:00:00Z,pm2.5,12.4,µg/m³\n2025-03-04T10:05:00Z,pm2.5,13.1,µg/m³",
        "\"Product\",\"Size\",\"Notes\"\n\"Rain Jacket\",\"M\",\"runs small, size up; \"\"packable\"\" hood\"",
        "2025-03-04 10:15:32,481 INFO  [main] o.a.c.c.StandardService - Starting service [Tomcat]",
        "E0304 10:15:32.123456    1 reflector.go:138] failed to list *v1.Pod: connection refused",
        "[2025-03-04T10:15:32.004Z] \"GET /api/v2/products HTTP/1.1\" 200 - 0 5123 12 11 \"84.17.46.2\" \"" + UAS[2] + "\" \"" + rand_uuid() + "\" \"api.acme-outfitters.com\" \"10.0.3.14:8080\"",
        "type=USER_LOGIN msg=audit(1741083332.123:812): pid=2211 uid=0 auid=1000 ses=4 msg='op=login acct=\"deploy\" exe=\"/usr/sbin/sshd\" hostname=? addr=185.76.9.34 terminal=ssh res=success'",
        "ORD-2025-000123|2025-03-04|DE|3|149.70|paid|DHL|00340434161234567890",
        "STX\u001f10234\u001fLinen Shirt\u001f2\u001eSTX\u001f10235\u001fMug\u001f1\u001e",
        "0A 1B 2C 3D 4E 5F 60 71 82 93 A4 B5 C6 D7 E8 F9  |.,=N_`q.........|",
        "BT 04.03.2025 08:12 → 17:45 (Pause 0:45) = 8:48 h; Projekt ACME-204",
    ]

    def gen():
        r = RNG.random()
        if r < 0.3:
            ip = pick(PUBLIC_IPS)
            path = "/" + pick(PATHS) + pick(["", "?page=%d" % RNG.randint(2, 9), "?q=%s+%s" % (pick(WORDS), pick(WORDS)), "?variant=%s" % digits(5)])
            return "%s - - [%02d/Mar/2025:%02d:%02d:%02d +0100] \"%s %s HTTP/%s\" %d %d \"%s\" \"%s\"" % (
                ip, RNG.randint(1, 28), RNG.randint(0, 23), RNG.randint(0, 59), RNG.randint(0, 59), pick(["GET", "GET", "HEAD", "POST"]), path,
                pick(["1.1", "2.0"]), pick([200, 200, 304, 301, 404]), RNG.randint(120, 90000),
                pick(["-", "https://www.google.com/", "https://%s/" % pick(SITES)]), pick(UAS))
        if r < 0.5:
            return "%d,\"%s, %s\",\"%s\",%d,%.2f,%s" % (RNG.randint(10000, 99999), pick(LAST), pick(FIRST),
                                                      pick(["Linen Shirt, Sand", "Mug \"\"Blue\"\"", "Oak Table 80×60", "Tote; canvas"]),
                                                      RNG.randint(1, 9), RNG.uniform(3, 400), pick(["EUR", "GBP", "USD", "JPY"]))
        if r < 0.62:
            lat, lon = RNG.uniform(0, 89), RNG.uniform(0, 179)
            body = "GPGGA,%02d%02d%02d.00,%02d%07.4f,%s,%03d%07.4f,%s,1,%02d,%.1f,%.1f,M,%.1f,M,," % (
                RNG.randint(0, 23), RNG.randint(0, 59), RNG.randint(0, 59), int(lat), (lat % 1) * 60, pick("NS"),
                int(lon), (lon % 1) * 60, pick("EW"), RNG.randint(4, 12), RNG.uniform(0.6, 2.5), RNG.uniform(0, 900), RNG.uniform(-30, 50))
            return nmea(body)
        if r < 0.8:
            return "device=%s-%04d temp_c=%.1f rh=%d batt=%.2fV rssi=%d fw=%d.%d.%d" % (pick(["th", "co2", "door", "pm"]), RNG.randint(1, 9999),
                                                                                     RNG.uniform(-10, 35), RNG.randint(10, 95), RNG.uniform(2.9, 4.2),
                                                                                     RNG.randint(-110, -40), 1, RNG.randint(0, 9), RNG.randint(0, 20))
        if r < 0.9:
            return "%s %2d %02d:%02d:%02d %s %s[%d]: %s" % (pick(["Jan", "Feb", "Mar"]), RNG.randint(1, 28), RNG.randint(0, 23), RNG.randint(0, 59),
                                                           RNG.randint(0, 59), pick(["web-01", "db-02", "edge-3"]), pick(["systemd", "postfix/smtp", "chronyd"]),
                                                           RNG.randint(100, 30000), pick(["Started Daily apt upgrade.", "status=sent (250 2.0.0 Ok)",
                                                                                          "Selected source 185.125.190.57", "Reloading."]))
        return "{\"ts\":\"2025-03-%02dT%02d:%02d:%02dZ\",\"level\":\"%s\",\"route\":\"/%s\",\"status\":%d,\"ms\":%d}" % (
            RNG.randint(1, 28), RNG.randint(0, 23), RNG.randint(0, 59), RNG.randint(0, 59), pick(["info", "warn", "debug"]), pick(PATHS),
            pick([200, 201, 204, 404, 429]), RNG.randint(1, 4000))
    return fill(lit, gen)


# ================================================================ 8 ascii-art-emoji
def ascii_art_emoji():
    lit = [
        "(╯°□°)╯︵ ┻━┻",
        "┬─┬ノ( º _ ºノ) put the table back",
        "¯\\_(ツ)_/¯",
        "(づ｡◕‿‿◕｡)づ hugs",
        "ʕ•ᴥ•ʔ",
        "( ͡° ͜ʖ ͡°)",
        "(>_<) forgot my umbrella again",
        "^_^; sorry for the late reply",
        "<3 <3 <3",
        ":-) :-( ;-) :P XD :D",
        "</3 sold out before I could order",
        "o_O what happened to the prices",
        "\\o/ finally shipped!",
        ">:( third time the parcel went to the neighbour",
        ":'-( the mug arrived broken",
        "d(^_^)b", "(-_-) zzz", "m(_ _)m ありがとう",
        "(=^･ω･^=) meow",
        "<(^_^<) (>^_^)> dance party",
        "¯\\_(ツ)_/¯ no idea why my <3 comment disappeared",
        "👩‍👩‍👧‍👦",
        "🏳️‍🌈 Happy Pride! 🏳️‍⚧️",
        "🇩🇪🇫🇷🇯🇵🇧🇷 we ship to all of these",
        "👍🏽👍🏿👍🏻",
        "❤️‍🔥 love it",
        "🧑🏻‍💻 coding all night ☕☕☕",
        "1️⃣ choose size 2️⃣ add to cart 3️⃣ 🎉",
        "🔥🔥🔥 <-- hot deal --> 🔥🔥🔥",
        "🏴󠁧󠁢󠁳󠁣󠁴󠁿 vs 🏴󠁧󠁢󠁷󠁬󠁳󠁿 tonight",
        "  /\\_/\\\n ( o.o )\n  > ^ <",
        "    _____\n   |     |\n   | BOX |\n   |_____|\n  /       \\\n /_________\\",
        "   .--.\n  |o_o |\n  |:_/ |\n //   \\ \\\n(|     | )\n/'\\_   _/`\\\n\\___)=(___/",
        "┌──────┬──────────────┐\n│ Qty  │ SKU          │\n├──────┼──────────────┤\n│ 2    │ TSH-001-M    │\n│ 1    │ MUG-12       │\n└──────┴──────────────┘",
        "╔══════════════╗\n║  GIFT NOTE   ║\n╠══════════════╣\n║ Happy 30th!  ║\n╚══════════════╝",
        "+-------+-------+--------+\n| name  | total | status |\n+-------+-------+--------+\n| anna  | 12.50 | paid   |\n| olu   |  7.00 | open   |\n+-------+-------+--------+",
        "[=========>          ] 45% (9/20)",
        "████████░░ 80%",
        "Downloading... [##########----------] 50% 1.2MB/s ETA 00:12",
        "⣾⣽⣻⢿⡿⣟⣯⣷ loading",
        "[Event \"Club Championship\"]\n[Site \"Berlin GER\"]\n[Date \"2025.03.01\"]\n[White \"Müller, Anna\"]\n[Black \"Okafor, Olu\"]\n[Result \"1-0\"]\n\n1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 6. Re1 b5 7. Bb3 d6 1-0",
        "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4 {pinning} 4. Qc2 O-O 5. a3 Bxc3+ 6. Qxc3 b6 7. Bg5 h6?! (7... Bb7) *",
        "rnbqkbnr/pp1ppppp/8/2p5/4P3/5N2/PPPP1PPP/RNBQKB1R b KQkq - 1 2",
        "X:1\nT:Morning on the Spree\nM:6/8\nL:1/8\nK:D\n|:A|dfa agf|e2c cde|dfa agf|e2d d2:|",
        "e|-----0-----|\nB|---1---1---|\nG|-2-------2-|\nD|0----------|",
        "→ ← ↑ ↓ ⇒ ⇔ ∀ ∃ ∅ ∞ ≈ ≠ ≤ ≥ ± × ÷",
        "★★★★☆ (4/5) ~ would buy again!!! $$$ saved",
        "§ 3 Abs. 2 ¶ 4 — siehe © ® ™ ℗",
        "=^..^= ~~~~ >>>>> <<<<< ****",
        "#1 #2 #3 @@@ &&& %%% ^^^",
        "~*~*~ Happy Birthday Zoë ~*~*~",
        "---===>>> SALE <<<===---",
        "═══════════ ✂ ═══════════",
        "<<< back | next >>>",
        "-= [ SHIPPING UPDATE ] =-",
        "(((o(*ﾟ▽ﾟ*)o))) ~~~",
        "Ẓ̵̛a̴l̷g̶o̸ text for the spooky sale",
        "♪♫♬ ♩ ♭ ♮ ♯ 𝄞",
        "☐ milk ☑ eggs ☒ bread",
        "▲▼◀▶ ◆◇○● □■",
        "(•_•) ( •_•)>⌐■-■ (⌐■_■)",
    ]
    kao = ["(^_^)", "(T_T)", "(*^‿^*)", "(ಠ_ಠ)", "(¬‿¬)", "(o^▽^o)", "(._.)", "\\(^o^)/", "(ノ´ヮ`)ノ*: ･ﾟ", "ლ(╹◡╹ლ)", ":-)", ";)", "XD", "<3", ":3", ">_<"]
    emo = ["🎉", "☕", "📦", "🚚", "✨", "🙏", "😅", "🤔", "💚", "🌿", "🍰", "🧶", "🏕️", "⭐", "🥳"]
    tones = ["", "🏻", "🏼", "🏽", "🏾", "🏿"]
    msg = ["thanks!", "arrived today", "so cute", "where is my parcel", "love the colour", "size M fits", "see you Friday",
           "gift for mum", "best coffee", "back in stock?"]

    def gen():
        r = RNG.random()
        if r < 0.35:
            return "%s %s %s" % (pick(kao), pick(msg), pick(kao))
        if r < 0.6:
            return "%s %s%s%s" % (pick(msg), pick(emo), pick(["👍", "👋", "🙌", "👏"]) + pick(tones), pick(emo) * RNG.randint(1, 3))
        if r < 0.8:
            n = RNG.randint(0, 20)
            return pick(["[%s%s] %d%%", "|%s%s| %d%%", "%s%s %d %%"]) % (pick(["#", "=", "█", "▓"]) * n, pick([".", " ", "░", "-"]) * (20 - n), n * 5)
        if r < 0.9:
            moves = ["e4", "d4", "Nf3", "c4", "e5", "c5", "Nc6", "d5", "Bb5", "Bc4", "O-O", "Qe2", "Re1", "h3", "a6"]
            return " ".join("%d. %s %s" % (i + 1, pick(moves), pick(moves)) for i in range(RNG.randint(3, 6))) + " " + pick(["*", "1-0", "0-1", "1/2-1/2"])
        w = RNG.randint(6, 14)
        return "+" + "-" * w + "+\n| " + pick(msg)[:w - 1].ljust(w - 1) + "|\n+" + "-" * w + "+"
    return fill(lit, gen)


# ================================================================ 9 i18n-scripts
def i18n_scripts():
    lit = [
        "طلب رقم #10234 — تم الشحن في 2025/03/04 (الدفع: 49,90 €)",
        "«مرحباً» يا أحمد! الخصم 20٪ حتى ١٥ مارس فقط.",
        "العنوان: شارع الملك فهد، مبنى ٧، الرياض ١٢٣٤٥ – هاتف: ‎+966 11 234 5678‎",
        "هل يتوفر المقاس \"L\" باللون الأزرق؟ شكراً :)",
        "הזמנה מס' 10234 נשלחה ב-04.03.2025 – סה\"כ ₪189.90 (כולל מע\"מ)",
        "ראו את ה-README בגרסה v2.4.0 של Acme; הקוד: SPRING25",
        "שלום! האם אפשר לשלוח ל\"דואר ישראל\" בסניף רמת-גן? תודה",
        "کد تخفیف «بهار۱۴۰۴» تا ۳۰٪ – سفارش‌ها پس از ۲ روز ارسال می‌شوند.",
        "آپ کا آرڈر #10234 روانہ کر دیا گیا ہے۔ کل رقم: Rs 4,999",
        "आपका ऑर्डर #10234 भेज दिया गया है। कुल: ₹1,299.00 (GST सहित)",
        "नमस्ते 'अनु'! आज 50% छूट है — कोड: HOLI50",
        "আপনার অর্ডার (নং ১০২৩৪) আগামীকাল পৌঁছাবে। ধন্যবাদ!",
        "உங்கள் ஆர்டர் #10234 அனுப்பப்பட்டது; மொத்தம் ₹799",
        "สั่งซื้อเลขที่ 10234 จัดส่งแล้ว (ราคา ฿590) – ขอบคุณค่ะ!",
        "ร้าน \"บ้านกาแฟ\" เปิด 08:00–20:00 น. ทุกวัน (ยกเว้นวันพุธ)",
        "ご注文（＃10234）は発送済みです。「リネンシャツ」×２点、合計：￥6,980（税込）",
        "【重要】３月１０日（月）はシステムメンテナンスのため、午前２時〜４時までご利用いただけません。",
        "お名前：山田　太郎（ﾔﾏﾀﾞ ﾀﾛｳ）　電話：０３－１２３４－５６７８",
        "ＡＣＭＥ　Ｏｕｔｆｉｔｔｅｒｓ　株式会社　御中",
        "您的订单（编号：10234）已发货，预计3月6日送达；如有疑问，请联系客服「小王」。",
        "價格：NT$1,280／件（含稅）—— 買二送一！",
        "《咖啡入门》第3版，作者：李明；ISBN：978-7-111-12345-6",
        "备注：请放在门口，谢谢！😊 （电话：138-0013-8000）",
        "주문번호 #10234가 발송되었습니다. 총액: ₩59,000 (부가세 포함) — 감사합니다!",
        "\"배송 메모\": 문 앞에 놓아 주세요 :)",
        "김민수 님, 쿠폰 「봄맞이 15%」가 3월 31일에 만료됩니다.",
        "Заказ №10234 отправлен 04.03.2025; сумма — 4 990 ₽ («Льняная рубашка», размер M)",
        "Дякуємо! Ваш промокод: ВЕСНА-25 (знижка 15%) діє до 31.03.",
        "Поръчка № 10234: 2 × „Чаша“ — 29,80 лв.",
        "Адреса: ул. Кнеза Милоша 12/3, Београд",
        "Η παραγγελία σας #10234 απεστάλη· σύνολο: 49,90 € (συμπ. ΦΠΑ 24%)",
        "«Καλημέρα» — τι κάνεις; Θα περάσω στις 5΄.",
        "Đơn hàng #10234 đã được giao! Tổng cộng: 1.250.000 ₫ (đã gồm VAT 10%)",
        "Cảm ơn bạn đã mua \"Áo sơ mi lanh\" – size M; đổi trả trong 30 ngày.",
        "Siparişiniz (No: 10234) kargoya verildi — İstanbul'a 2 gün içinde ulaşır. Toplam: ₺1.299,90",
        "Zamówienie nr 10234 zostało wysłane; kwota: 199,99 zł (w tym 23% VAT). Dziękujemy!",
        "Objednávka č. 10234 – „Lněná košile“ (vel. M), cena 1 290 Kč",
        "Rendelés #10234: 2 db „Bögre” – összesen 8 990 Ft",
        "Ordre nr. 10234 er sendt – «Linskjorte» (str. M), kr 499,–",
        "Bestellung Nr. 10234: „Leinenhemd“ (Gr. M) – 39,90 € inkl. 19 % MwSt.",
        "Commande n° 10234 : « Chemise en lin » (taille M) — 39,90 € TTC ; livraison lundi.",
        "Pedido n.º 10234: 2× «Taza» – 29,80 € (IVA incl.) ¿Alguna pregunta? ¡Escríbenos!",
        "შეკვეთა #10234 გაიგზავნა — ჯამი: 89,00 ₾",
        "Պատվեր #10234 ուղարկված է. ընդհանուր՝ 12 500 ֏",
        "ትዕዛዝ ቁጥር 10234 ተልኳል። ጠቅላላ: 1,200 ብር",
        "Mixed: Ｈｅｌｌｏ　ｗｏｒｌｄ！ こんにちは 안녕하세요 مرحبا שלום Привет",
        "Straße ≠ STRASSE; İstanbul ≠ ISTANBUL; ǅ ǈ ǋ",
        "ⓐⓑⓒ ⑴⑵⑶ ①②③ Ⅰ Ⅱ Ⅲ ㊙ ㊗",
        "\u200fשם: David Cohen (ID 0423)\u200e – דוא\"ל: david@example.co.il",
        "أحمد O'Neill‎ (طلب 10234) – «ممتاز!»",
    ]
    templates = [
        ("de", "Bestellung Nr. {n} vom {d}: „{p}“ – {m} €"),
        ("fr", "Commande n° {n} du {d} : « {p} » — {m} €"),
        ("ja", "ご注文番号：{n}（{d}）「{p}」合計￥{m}"),
        ("zh", "订单号：{n}（{d}）「{p}」，合计 ¥{m}。"),
        ("ko", "주문번호 {n} ({d}) 「{p}」 합계 ₩{m}"),
        ("ru", "Заказ №{n} от {d}: «{p}» — {m} ₽"),
        ("ar", "طلب رقم {n} بتاريخ {d}: «{p}» — {m} ر.س"),
        ("he", "הזמנה מס' {n} מתאריך {d}: \"{p}\" – ₪{m}"),
        ("hi", "ऑर्डर #{n} ({d}): '{p}' — ₹{m}"),
        ("th", "คำสั่งซื้อ {n} ({d}): \"{p}\" ราคา ฿{m}"),
        ("el", "Παραγγελία #{n} ({d}): «{p}» — {m} €"),
        ("vi", "Đơn #{n} ({d}): \"{p}\" — {m} ₫"),
    ]
    prods = {"de": ["Leinenhemd", "Tasse", "Wolldecke"], "fr": ["Chemise en lin", "Tasse", "Plaid"], "ja": ["湯呑み", "手ぬぐい", "リネンシャツ"],
             "zh": ["茶杯", "亚麻衬衫", "帆布包"], "ko": ["머그컵", "린넨 셔츠", "담요"], "ru": ["Кружка", "Плед", "Рубашка"],
             "ar": ["كوب", "قميص كتان", "حقيبة"], "he": ["ספל", "חולצת פשתן", "תיק"], "hi": ["कप", "लिनन शर्ट", "थैला"],
             "th": ["แก้วกาแฟ", "เสื้อลินิน", "กระเป๋า"], "el": ["Κούπα", "Λινό πουκάμισο", "Τσάντα"], "vi": ["Cốc", "Áo lanh", "Túi vải"]}
    fw = str.maketrans("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                       "０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ")

    def gen():
        r = RNG.random()
        if r < 0.8:
            lang, t = pick(templates)
            return t.format(n=RNG.randint(10000, 99999), d="%02d.%02d.2025" % (RNG.randint(1, 28), RNG.randint(1, 12)),
                            p=pick(prods[lang]), m="%d,%02d" % (RNG.randint(5, 999), RNG.randint(0, 99)))
        return "%s　%s（%s）" % (pick(FIRST).translate(fw), pick(["様", "さん", "先生", "御中"]), ("TEL " + digits(3) + "-" + digits(4)).translate(fw))
    return fill(lit, gen)


# ================================================================ 10 security-talk-benign
def security_talk_benign():
    lit = [
        "I forgot my password and the reset email never arrived. I checked spam. Can you resend it to my new address?",
        "The password reset link says it expired, but I clicked it within five minutes. Is the timer in UTC?",
        "Got an email claiming to be from your billing team asking me to \"verify my card\" at acme-outfitters-billing.top. Reporting it as phishing — please confirm it isn't you.",
        "Phishing report: SMS from \"DHL\" with a short link asking for a 1,99 € customs fee for order 10234. I didn't click. Screenshot attached.",
        "How do I set up 2FA with an authenticator app? The QR code doesn't scan on my phone; is there a manual setup key?",
        "I lost my phone with the authenticator app. I still have my backup codes printed — where do I enter them?",
        "Can I use a hardware key (YubiKey) instead of SMS codes? SMS is unreliable where I live.",
        "Why was my comment removed? All I wrote was \"love this mug <3\" and it said it was blocked for security reasons.",
        "My review keeps getting rejected. It says \"5 > 4 stars but the handle is loose\" — is the > sign the problem?",
        "Release 2.4.1: fixes CVE-2025-31337 (stored XSS in product reviews, reported by a customer). Upgrading is recommended.",
        "Changelog 3.2.0\n- Escape user-supplied titles in the admin list view (XSS fix)\n- Use parameterized queries in the CSV export job\n- Bump the image library to patch a heap overflow",
        "How do I escape a single quote in SQL? Our customer's name is O'Brien and the insert fails. Should I double the quote or use bound parameters?",
        "Firewall change log 2025-03-04: raised the rate limit on /api/search from 60 to 120 requests per minute; added an allowlist entry for our uptime monitor; no rule removed.",
        "Our pentest report says the login page allows user enumeration because the error message differs for unknown emails. Is that a real issue for us?",
        "Tip from IT: never reuse passwords, use the company password manager, and turn on two-factor authentication everywhere it is offered.",
        "Someone logged into my account from another country at 3am. I've changed my password — how do I sign out all other sessions?",
        "Is it safe to paste my API key into the support chat? (I didn't, just asking before I do.)",
        "Our security team asks whether you support SAML SSO and SCIM provisioning, and where we can download your SOC 2 report.",
        "The WAF blocked my blog post because it mentioned \"select\" and \"from\" in the same sentence (\"select a blend from our list\"). Can you look at it?",
        "Why does the editor strip my iframe embed? I only want to show a YouTube video on the About page.",
        "We rotated the database credentials after the contractor left. Please update the integration with the new token from the vault link we sent.",
        "CVE summary for our customers: a path traversal bug in the attachment download endpoint allowed reading files outside the upload folder. We now resolve paths and check they stay under the base directory. No evidence of exploitation.",
        "Security advisory: versions before 1.8.3 did not validate the redirect parameter after login, which allowed an open redirect to other sites. Fixed by only allowing relative paths.",
        "Question for the dev team: does our ORM already protect against SQL injection if we pass user input to .filter(), or do we still need to sanitize it?",
        "Admin note: I relaxed the rule that flagged the word \"script\" in product descriptions, because \"script font\" and \"manuscript\" were being blocked.",
        "Is there a way to see the login history for my account (IP, device, time)? I want to check nothing odd happened.",
        "Can you enable the \"require 2FA for all staff\" setting for our store? I don't see it under Settings → Security.",
        "Received a \"password changed\" email but I didn't change it. Please lock the account until I can verify my identity.",
        "My bank flagged the payment as suspicious; is your checkout page PCI DSS compliant?",
        "Our content security policy report shows blocked inline scripts from a browser extension. Should we worry?",
        "Why does the password form reject spaces? Passphrases like \"correct horse battery staple\" are supposed to be good.",
        "Can we get a security.txt on the site so researchers know where to report vulnerabilities?",
        "Bug bounty question: is the staging subdomain in scope, or only the production API?",
        "The session cookie doesn't have the Secure flag on the old checkout domain — is that on your list?",
        "Password reset question: \"What was the name of your first pet?\" I honestly don't remember what I entered in 2014.",
        "I think my account was part of a data breach (got a notice from a breach-alert site). What data of mine do you store?",
        "Our firewall admin added a rule to block requests containing the two words \"union\" and \"select\", and now searching for \"credit union select account\" fails. How do we scope the rule better?",
        "Is HTML allowed in the product description? I want to write \"<b>new</b>\" but it shows the tags literally.",
        "How do you store passwords? Please tell me it's not plain text. (bcrypt? argon2?)",
        "Release notes 5.1: CSRF tokens are now required on all state-changing forms; old API clients must send the X-CSRF-Token header.",
        "Patch notes: fixed a server-side request forgery issue in the \"import from URL\" feature; internal addresses are now rejected.",
        "Fixed: template injection in the email subject editor (user input was evaluated as a template). Subjects are now treated as plain text.",
        "Upgraded the XML parser and disabled external entities (XXE) by default. No action needed.",
        "Can someone explain the difference between encoding, escaping and sanitizing? Our junior devs mix them up.",
        "The scanner says \"clickjacking: X-Frame-Options missing\". Our app must be embeddable in the partner portal — what should we set?",
        "Please don't send passwords over email. Use the one-time secret link instead.",
        "I reported a phishing page copying our login screen to the hosting provider; they took it down within 2 hours.",
        "New hire checklist: set up 2FA, install the password manager, read the incident response page, complete the phishing training.",
        "Why does my password need a symbol? I use a 24-character random one from my manager.",
        "The audit log shows 300 failed logins for the user \"admin\" from many IPs. We don't even have that user. Is this brute force?",
        "Incident postmortem: an expired TLS certificate on the API took down checkout for 23 minutes. Action items: auto-renewal alerts.",
        "Support macro: \"We will never ask for your password or full card number by phone, chat or email.\"",
    ]
    fake_domains = ["acme-outfitters-support.xyz", "kiezkaffee-rechnung.top", "bluebird-home.co-verify.info", "trailhead-gear-login.click",
                    "secure-paypal-check.example"]
    vtypes = ["stored XSS in the forum signature", "reflected XSS in the search page", "SQL injection in the legacy report export",
              "path traversal in the theme preview", "CSRF on the newsletter settings form", "SSRF in the webhook tester",
              "open redirect after logout", "privilege escalation in the staff role editor", "XXE in the product feed importer",
              "insecure deserialization in the session store"]

    def gen():
        r = RNG.random()
        if r < 0.3:
            return "Release %d.%d.%d: fixes CVE-2025-%d (%s). Thanks to %s %s for the report." % (
                RNG.randint(1, 9), RNG.randint(0, 20), RNG.randint(0, 9), RNG.randint(10000, 59999), pick(vtypes), pick(FIRST), pick(LAST))
        if r < 0.5:
            return "Phishing alert: emails from %s pretend to be our %s team and ask for your %s. Delete them and don't click any link." % (
                pick(fake_domains), pick(["billing", "support", "security", "shipping"]), pick(["password", "card details", "2FA code", "login"]))
        if r < 0.7:
            return "Hi, I'm %s %s. I %s and now I can't log in. Can you %s?" % (
                pick(FIRST), pick(LAST), pick(["changed phones", "lost my 2FA device", "forgot my password", "changed my email address"]),
                pick(["reset my 2FA", "send a new reset link", "verify me another way", "unlock my account"]))
        return "Firewall change %s: %s on %s; reason: %s." % (
            "2025-%02d-%02d" % (RNG.randint(1, 12), RNG.randint(1, 28)),
            pick(["lowered the anomaly threshold", "added a rate limit", "disabled a noisy rule", "added an allowlist for the partner IP range"]),
            pick(["/api/search", "/checkout", "/admin/login", "/webhooks/inbound"]),
            pick(["false positives on reviews", "credential stuffing last week", "partner integration blocked", "bot traffic"]))
    return fill(lit, gen)


CATEGORIES = [
    ("urls-links", urls_links),
    ("ids-tokens", ids_tokens),
    ("regex-patterns", regex_patterns),
    ("math-science", math_science),
    ("markup-dialects", markup_dialects),
    ("code-other-langs", code_other_langs),
    ("data-lines", data_lines),
    ("ascii-art-emoji", ascii_art_emoji),
    ("i18n-scripts", i18n_scripts),
    ("security-talk-benign", security_talk_benign),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        values = fn()
        counts[cat] = len(values)
        rows.extend((cat, v) for v in values)
    assert len(set(v for _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hb19-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-22s %d" % (cat, counts[cat]))
    print("%-22s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
