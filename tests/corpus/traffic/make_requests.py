#!/usr/bin/env python3
"""Generate requests.jsonl beside this file: the eleventh round's corpus of benign HTTP requests (browser pages, assets, XHR, forms, mobile/SDK, webhooks, beacons). Written from scratch; seeded, deterministic."""
import os
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

# ======== gen_common
# Shared helpers for the heldout2 generator (imported by make_requests.py).
import base64, json, random, string, struct, uuid, zlib
from datetime import datetime, timezone
from email.utils import formatdate
from urllib.parse import quote, quote_plus, urlencode

R = random.Random(20240527)
NOW = 1716900000  # late May 2024


def pick(s):
    return R.choice(s)


def chance(p):
    return R.random() < p


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


def hexs(n):
    return ''.join(R.choice('0123456789abcdef') for _ in range(n))


def HEXS(n):
    return hexs(n).upper()


def digits(n):
    return str(R.randint(1, 9)) + ''.join(R.choice('0123456789') for _ in range(n - 1))


ALNUM = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + '-_'


def alnum(n, chars=ALNUM):
    return ''.join(R.choice(chars) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64u(n):
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip('=')


def jdump(o, ascii=False, pretty=False):
    if pretty:
        return json.dumps(o, ensure_ascii=ascii, indent=2)
    return json.dumps(o, ensure_ascii=ascii, separators=(',', ':'))


def b64u_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')


def b64_json(o):
    return base64.b64encode(json.dumps(o, separators=(',', ':')).encode()).decode()


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def ts(back=86400 * 30):
    return NOW - R.randint(0, back)


def ms(t=None):
    return (t or ts()) * 1000 + R.randint(0, 999)


def iso(t=None, frac=True):
    t = t or ts()
    d = datetime.fromtimestamp(t, timezone.utc)
    return d.strftime('%Y-%m-%dT%H:%M:%S') + ('.%03dZ' % R.randint(0, 999) if frac else 'Z')


def httpdate(t=None):
    return formatdate(t or ts(), usegmt=True)


def qs(pairs, plus=True, safe=''):
    return urlencode(pairs, quote_via=quote_plus if plus else quote, safe=safe)


def enc_path(p):
    return quote(p, safe="/-_.~!$&'()*+,;=:@%")


def jwt(alg='RS256', sub=None, aud=None, extra=None, iss=None):
    h = {'alg': alg, 'typ': 'JWT'}
    if alg.startswith('RS') or alg.startswith('ES'):
        h['kid'] = pick([alnum(27, B64URL), hexs(40), 'key-' + hexs(8)])
    t = ts(3000)
    p = {
        'iss': iss or pick(['https://auth.lumenapp.io/', 'https://id.brightlane.co', 'https://acme-prod.eu.auth0.com/',
                            'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Xk29aLmQp',
                            'https://securetoken.google.com/lumen-prod-3f1a', 'https://login.microsoftonline.com/'
                            + uid() + '/v2.0']),
        'sub': sub or pick(['auth0|' + hexs(24), uid(), 'usr_' + alnum(20), str(R.randint(10000, 9999999))]),
        'aud': aud or pick(['https://api.lumenapp.io', 'web-client', ['https://api.brightlane.co', 'https://brightlane.eu.auth0.com/userinfo']]),
        'iat': t,
        'exp': t + pick([300, 900, 3600, 86400]),
    }
    if chance(0.6):
        p['scope'] = pick(['openid profile email', 'read:orders write:orders', 'openid profile email offline_access',
                           'api:read api:write'])
    if chance(0.4):
        p['sid'] = uid()
    if chance(0.3):
        p['azp'] = alnum(32)
    if extra:
        p.update(extra)
    hs = b64u_json(h)
    ps = b64u_json(p)
    sig = b64u(256 if alg == 'RS256' else (64 if alg == 'ES256' else 32))
    return f'{hs}.{ps}.{sig}'


def png_bytes(w=16, h=16):
    c1 = (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255))
    c2 = (R.randint(0, 255), R.randint(0, 255), R.randint(0, 255))
    raw = b''
    for y in range(h):
        raw += b'\x00'
        for x in range(w):
            f = (x + y) / float(w + h)
            raw += bytes(int(c1[i] * (1 - f) + c2[i] * f) for i in range(3))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


GIF1x1 = base64.b64decode('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==')

# ---------------------------------------------------------------- browsers
CHROME = [
    ('123', '"Google Chrome";v="123", "Not:A-Brand";v="8", "Chromium";v="123"'),
    ('124', '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"'),
    ('125', '"Google Chrome";v="125", "Chromium";v="125", "Not.A/Brand";v="24"'),
    ('126', '"Not/A)Brand";v="8", "Chromium";v="126", "Google Chrome";v="126"'),
]

AL_CHROME = ['en-US,en;q=0.9', 'en-US,en;q=0.9', 'en-GB,en-US;q=0.9,en;q=0.8', 'de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7',
             'fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'es-ES,es;q=0.9,en;q=0.8', 'ja,en-US;q=0.9,en;q=0.8',
             'zh-CN,zh;q=0.9,en;q=0.8', 'pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7', 'ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7',
             'nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7', 'ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7',
             'pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7', 'tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7', 'ar,en-US;q=0.9,en;q=0.8',
             'it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7', 'en-IN,en-GB;q=0.9,en-US;q=0.8,en;q=0.7,hi;q=0.6',
             'sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7', 'he-IL,he;q=0.9,en-US;q=0.8,en;q=0.7', 'vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7,en-US;q=0.6,en;q=0.5']
AL_FIREFOX = ['en-US,en;q=0.5', 'de,en-US;q=0.7,en;q=0.3', 'fr,fr-FR;q=0.8,en-US;q=0.5,en;q=0.3', 'en-GB,en;q=0.5',
              'es-ES,es;q=0.8,en-US;q=0.5,en;q=0.3', 'pl,en-US;q=0.7,en;q=0.3', 'nl,en-US;q=0.7,en;q=0.3', 'cs,sk;q=0.8,en-US;q=0.5,en;q=0.3']
AL_SAFARI = ['en-US,en;q=0.9', 'en-GB,en;q=0.9', 'fr-FR,fr;q=0.9', 'de-DE,de;q=0.9', 'ja-JP,ja;q=0.9', 'en-AU,en;q=0.9', 'es-MX,es-419;q=0.9,es;q=0.8', 'zh-TW,zh-Hant;q=0.9']

CH_NAV_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7'
FF_NAV_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8'
SF_NAV_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'


def browser(kind=None, mobile=None):
    if kind is None:
        opts = [('chrome_win', 28), ('chrome_mac', 14), ('chrome_linux', 3), ('edge_win', 8), ('firefox_win', 6),
                ('firefox_mac', 3), ('firefox_linux', 2), ('safari_mac', 8), ('ios_safari', 14), ('ios_chrome', 3),
                ('android_chrome', 14), ('samsung', 3), ('ios_instagram', 2), ('ios_fb', 2)]
        if mobile is True:
            opts = [o for o in opts if o[0] in ('ios_safari', 'ios_chrome', 'android_chrome', 'samsung', 'ios_instagram', 'ios_fb')]
        elif mobile is False:
            opts = [o for o in opts if o[0] not in ('ios_safari', 'ios_chrome', 'android_chrome', 'samsung', 'ios_instagram', 'ios_fb')]
        kind = wpick(opts)
    b = {'kind': kind, 'ch': [], 'mobile': False}
    if kind in ('chrome_win', 'chrome_mac', 'chrome_linux', 'edge_win', 'android_chrome'):
        v, brands = pick(CHROME)
        osd = {'chrome_win': ('Windows NT 10.0; Win64; x64', '"Windows"'),
               'chrome_mac': ('Macintosh; Intel Mac OS X 10_15_7', '"macOS"'),
               'chrome_linux': ('X11; Linux x86_64', '"Linux"'),
               'edge_win': ('Windows NT 10.0; Win64; x64', '"Windows"'),
               'android_chrome': ('Linux; Android 10; K', '"Android"')}[kind]
        mob = kind == 'android_chrome'
        ua = f'Mozilla/5.0 ({osd[0]}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v}.0.0.0 {"Mobile " if mob else ""}Safari/537.36'
        if kind == 'edge_win':
            ua += f' Edg/{v}.0.0.0'
            brands = brands.replace('Google Chrome', 'Microsoft Edge')
        b.update(family='chromium', ua=ua, mobile=mob, ae='gzip, deflate, br, zstd', al=pick(AL_CHROME),
                 ch=[('sec-ch-ua', brands), ('sec-ch-ua-mobile', '?1' if mob else '?0'), ('sec-ch-ua-platform', osd[1])],
                 platform=osd[1].strip('"'), version=v)
    elif kind == 'samsung':
        b.update(family='chromium', mobile=True, ae='gzip, deflate, br', al=pick(AL_CHROME), platform='Android', version='121',
                 ua='Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
                 ch=[('sec-ch-ua', '"Chromium";v="121", "Not A(Brand";v="99", "Samsung Internet";v="25.0"'),
                     ('sec-ch-ua-mobile', '?1'), ('sec-ch-ua-platform', '"Android"')])
    elif kind.startswith('firefox'):
        v = pick(['124', '125', '126', '127'])
        osd = {'firefox_win': 'Windows NT 10.0; Win64; x64', 'firefox_mac': 'Macintosh; Intel Mac OS X 10.15',
               'firefox_linux': pick(['X11; Ubuntu; Linux x86_64', 'X11; Linux x86_64', 'X11; Fedora; Linux x86_64'])}[kind]
        b.update(family='firefox', ua=f'Mozilla/5.0 ({osd}; rv:{v}.0) Gecko/20100101 Firefox/{v}.0',
                 ae='gzip, deflate, br' if int(v) < 126 else 'gzip, deflate, br, zstd', al=pick(AL_FIREFOX), version=v)
    elif kind == 'safari_mac':
        v = pick(['17.4.1', '17.5', '17.3.1', '16.6'])
        b.update(family='safari', ua=f'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/{v} Safari/605.1.15',
                 ae='gzip, deflate, br', al=pick(AL_SAFARI), version=v)
    else:  # iOS variants
        iv = pick(['17_4_1', '17_5', '17_3_1', '16_7_8', '17_5_1', '17_4'])
        ver = iv.replace('_', '.')
        if ver.count('.') == 2 and ver.endswith('.0'):
            ver = ver[:-2]
        dev = pick(['iPhone', 'iPhone', 'iPhone', 'iPad'])
        cpu = 'CPU iPhone OS' if dev == 'iPhone' else 'CPU OS'
        base = f'Mozilla/5.0 ({dev}; {cpu} {iv} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)'
        if kind == 'ios_safari':
            ua = f'{base} Version/{ver} Mobile/15E148 Safari/604.1'
        elif kind == 'ios_chrome':
            ua = f'{base} CriOS/125.0.6422.80 Mobile/15E148 Safari/604.1'
        elif kind == 'ios_instagram':
            ua = f'{base} Mobile/15E148 Instagram 331.0.4.21.98 (iPhone15,3; iOS {iv}; en_US; en; scale=3.00; 1290x2796; 601418223)'
        else:
            ua = f'{base} Mobile/15E148 [FBAN/FBIOS;FBAV/465.0.0.36.107;FBBV/599857345;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/{ver};FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/602236451]'
        b.update(family='safari', ua=ua, mobile=True, ae='gzip, deflate, br', al=pick(AL_SAFARI), version=ver)
    return b


def nav_headers(b, referer=None, cookie=None, site=None, reload=False, user=True, extra=None):
    if site is None:
        site = 'none' if not referer else 'cross-site'
    h = {}
    if b['family'] == 'chromium':
        if reload:
            h['Cache-Control'] = 'max-age=0'
        for k, v in b['ch']:
            h[k] = v
        h['Upgrade-Insecure-Requests'] = '1'
        h['User-Agent'] = b['ua']
        h['Accept'] = CH_NAV_ACCEPT
        h['Sec-Fetch-Site'] = site
        h['Sec-Fetch-Mode'] = 'navigate'
        if user:
            h['Sec-Fetch-User'] = '?1'
        h['Sec-Fetch-Dest'] = 'document'
        if referer:
            h['Referer'] = referer
        h['Accept-Encoding'] = b['ae']
        h['Accept-Language'] = b['al']
        if cookie:
            h['Cookie'] = cookie
        h['Priority'] = 'u=0, i'
    elif b['family'] == 'firefox':
        h['User-Agent'] = b['ua']
        h['Accept'] = FF_NAV_ACCEPT
        h['Accept-Language'] = b['al']
        h['Accept-Encoding'] = b['ae']
        if referer:
            h['Referer'] = referer
        if chance(0.2):
            h['DNT'] = '1'
        if chance(0.25):
            h['Sec-GPC'] = '1'
        if cookie:
            h['Cookie'] = cookie
        h['Upgrade-Insecure-Requests'] = '1'
        h['Sec-Fetch-Dest'] = 'document'
        h['Sec-Fetch-Mode'] = 'navigate'
        h['Sec-Fetch-Site'] = site
        if user:
            h['Sec-Fetch-User'] = '?1'
        if reload:
            h['Cache-Control'] = 'max-age=0'
        if int(b['version']) >= 125:
            h['Priority'] = 'u=0, i'
    else:
        h['Accept'] = SF_NAV_ACCEPT
        h['Sec-Fetch-Site'] = site
        if cookie:
            h['Cookie'] = cookie
        h['Sec-Fetch-Dest'] = 'document'
        h['Accept-Language'] = b['al']
        h['Sec-Fetch-Mode'] = 'navigate'
        h['User-Agent'] = b['ua']
        if referer:
            h['Referer'] = referer
        h['Accept-Encoding'] = b['ae']
        h['Priority'] = 'u=0, i'
    if extra:
        h.update(extra)
    return h


def cors_headers(b, origin, referer, accept='application/json', ctype=None, site='same-origin', mode='cors', cookie=None, extra=None):
    h = {}
    if b['family'] == 'chromium':
        for k, v in b['ch']:
            h[k] = v
        h['User-Agent'] = b['ua']
        h['Accept'] = accept
        if ctype:
            h['Content-Type'] = ctype
        if origin:
            h['Origin'] = origin
        h['Sec-Fetch-Site'] = site
        h['Sec-Fetch-Mode'] = mode
        h['Sec-Fetch-Dest'] = 'empty'
        if referer:
            h['Referer'] = referer
        h['Accept-Encoding'] = b['ae']
        h['Accept-Language'] = b['al']
        if cookie:
            h['Cookie'] = cookie
        h['Priority'] = 'u=1, i'
    elif b['family'] == 'firefox':
        h['User-Agent'] = b['ua']
        h['Accept'] = accept
        h['Accept-Language'] = b['al']
        h['Accept-Encoding'] = b['ae']
        if referer:
            h['Referer'] = referer
        if ctype:
            h['Content-Type'] = ctype
        if origin:
            h['Origin'] = origin
        if cookie:
            h['Cookie'] = cookie
        h['Sec-Fetch-Dest'] = 'empty'
        h['Sec-Fetch-Mode'] = mode
        h['Sec-Fetch-Site'] = site
        if int(b['version']) >= 125:
            h['Priority'] = 'u=4' if mode == 'no-cors' else 'u=0'
    else:
        h['Accept'] = accept
        if ctype:
            h['Content-Type'] = ctype
        h['Sec-Fetch-Site'] = site
        if origin:
            h['Origin'] = origin
        if cookie:
            h['Cookie'] = cookie
        h['Sec-Fetch-Dest'] = 'empty'
        h['Accept-Language'] = b['al']
        h['Sec-Fetch-Mode'] = mode
        h['User-Agent'] = b['ua']
        if referer:
            h['Referer'] = referer
        h['Accept-Encoding'] = b['ae']
        h['Priority'] = 'u=3, i'
    if extra:
        h.update(extra)
    return h


def subres_headers(b, dest, referer, accept, cookie=None, site='same-origin', mode='no-cors', origin=None, extra=None):
    h = {}
    if b['family'] == 'chromium':
        for k, v in b['ch']:
            h[k] = v
        h['User-Agent'] = b['ua']
        h['Accept'] = accept
        if origin:
            h['Origin'] = origin
        h['Sec-Fetch-Site'] = site
        h['Sec-Fetch-Mode'] = mode
        h['Sec-Fetch-Dest'] = dest
        h['Referer'] = referer
        h['Accept-Encoding'] = b['ae'] if dest not in ('video', 'audio') else 'identity;q=1, *;q=0'
        h['Accept-Language'] = b['al']
        if cookie:
            h['Cookie'] = cookie
    elif b['family'] == 'firefox':
        h['User-Agent'] = b['ua']
        h['Accept'] = accept
        h['Accept-Language'] = b['al']
        h['Accept-Encoding'] = b['ae'] if dest not in ('video', 'audio') else 'identity'
        if origin:
            h['Origin'] = origin
        h['Referer'] = referer
        if cookie:
            h['Cookie'] = cookie
        h['Sec-Fetch-Dest'] = dest
        h['Sec-Fetch-Mode'] = mode
        h['Sec-Fetch-Site'] = site
    else:
        h['Accept'] = accept
        if origin:
            h['Origin'] = origin
        h['Sec-Fetch-Site'] = site
        if cookie:
            h['Cookie'] = cookie
        h['Sec-Fetch-Dest'] = dest
        h['Accept-Language'] = b['al']
        h['Sec-Fetch-Mode'] = mode
        h['User-Agent'] = b['ua']
        h['Referer'] = referer
        h['Accept-Encoding'] = b['ae'] if dest not in ('video', 'audio') else 'identity'
    if extra:
        h.update(extra)
    return h


# ---------------------------------------------------------------- cookies
def _t():
    return ts(86400 * 300)


def ck_ga():
    t = _t()
    out = [f'_ga=GA1.1.{R.randint(100000000, 2147483647)}.{t}']
    if chance(0.5):
        out.append(f'_ga_{alnum(10, UPALNUM)}=GS1.1.{t + 5000}.{R.randint(1, 90)}.{R.randint(0, 1)}.{t + 5400}.{R.choice([0, 60])}.0.0')
    else:
        out.append(f'_ga_{alnum(10, UPALNUM)}=GS2.1.s{t + 5000}$o{R.randint(1, 90)}$g1$t{t + 5300}$j{R.choice([0, 23, 60])}$l0$h0')
    if chance(0.4):
        out.append(f'_gid=GA1.2.{R.randint(100000000, 2147483647)}.{ts(86400)}')
    return out


def gclid():
    return pick(['Cj0KCQjw', 'CjwKCAjw', 'EAIaIQob']) + alnum(R.randint(60, 80), B64URL)


def fbclid():
    return 'IwAR' + alnum(R.randint(50, 60), B64URL) if chance(0.5) else 'IwZXh0bgNhZW0CMTAAAR' + alnum(58, B64URL) + '_aem_' + alnum(22, B64URL)


def ck_ads():
    out = []
    if chance(0.7):
        out.append(f'_gcl_au=1.1.{R.randint(100000000, 2147483647)}.{_t()}')
    if chance(0.3):
        out.append(f'_gcl_aw=GCL.{ts()}.{gclid()}')
    if chance(0.6):
        out.append(f'_fbp=fb.1.{ms()}.{R.randint(100000000, 2147483647)}')
    if chance(0.2):
        out.append(f'_fbc=fb.1.{ms()}.{fbclid()}')
    if chance(0.3):
        out.append(f'_uetsid={hexs(32)}; _uetvid={hexs(32)}')
    if chance(0.2):
        out.append(f'_ttp={alnum(27, B64URL)}; _tt_enable_cookie=1')
    if chance(0.2):
        out.append(f'_pin_unauth=dWlkPU{alnum(50)}')
    if chance(0.15):
        out.append(f'li_sugr={uid()}; bcookie="v=2&{uid()}"')
    return out


def ck_consent():
    c = R.randint(0, 5)
    t = ts()
    if c == 0:
        d = datetime.fromtimestamp(t, timezone.utc)
        ds = quote_plus(d.strftime('%a %b %d %Y %H:%M:%S') + ' GMT+0200').replace('%28', '(')
        groups = quote('C0001:1,C0002:%d,C0003:%d,C0004:%d,C0005:0' % (R.randint(0, 1), R.randint(0, 1), R.randint(0, 1)), safe='')
        v = (f'isGpcEnabled=0&datestamp={ds}+(Central+European+Summer+Time)&version=202403.1.0&browserGpcFlag=0'
             f'&isIABGlobal=false&hosts=&consentId={uid()}&interactionCount=1&isAnonUser=1&landingPath=NotLandingPage'
             f'&groups={groups}&geolocation=DE%3BBE&AwaitingReconsent=false')
        return [f'OptanonConsent={v}', f'OptanonAlertBoxClosed={iso(t)}']
    if c == 1:
        stamp = quote(b64(32), safe='')
        v = (f"{{stamp:%27{stamp}%27%2Cnecessary:true%2Cpreferences:{pick(['true','false'])}%2Cstatistics:true"
             f"%2Cmarketing:{pick(['true','false'])}%2Cmethod:%27explicit%27%2Cver:{R.randint(1,4)}%2Cutc:{ms(t)}%2Cregion:%27{pick(['de','gb','fr','us-06','nl'])}%27}}")
        return [f'CookieConsent={v}']
    if c == 2:
        return [f'cookieyes-consent=consentid:{alnum(32)},consent:yes,action:yes,necessary:yes,functional:yes,analytics:{pick(["yes","no"])},performance:no,advertisement:{pick(["yes","no"])},other:no']
    if c == 3:
        return ['euconsent-v2=CP' + alnum(R.randint(180, 260), B64URL) + '.YAAAAAAAAAAA', 'addtl_consent=1~' + '.'.join(str(R.randint(1, 3000)) for _ in range(12))]
    if c == 4:
        o = {'necessary': True, 'analytics': chance(0.6), 'marketing': chance(0.3), 'ts': ms(t), 'v': 2}
        return ['cookie_consent=' + quote(jdump(o), safe='')]
    o = {'categories': ['necessary', 'analytics'], 'revision': 0, 'data': None, 'consentTimestamp': iso(t),
         'consentId': uid(), 'services': {'necessary': [], 'analytics': ['ga4']}, 'lastConsentTimestamp': iso(t)}
    return ['cc_cookie=' + quote(jdump(o), safe='')]


def ck_session(stack=None):
    stack = stack or pick(['php', 'java', 'express', 'laravel', 'rails', 'flask', 'django', 'nextauth', 'aspnet', 'host'])
    if stack == 'php':
        return [f'PHPSESSID={alnum(26, LOWALNUM)}']
    if stack == 'java':
        return [f'JSESSIONID={HEXS(32)}' + (f'.node{R.randint(1, 4)}' if chance(0.3) else '')]
    if stack == 'express':
        return ['connect.sid=' + quote(f's:{alnum(32, B64URL)}.{b64(32).rstrip("=")}', safe='')]
    if stack == 'laravel':
        x = quote(b64_json({'iv': b64(16), 'value': b64(96), 'mac': hexs(64), 'tag': ''}), safe='')
        y = quote(b64_json({'iv': b64(16), 'value': b64(48), 'mac': hexs(64), 'tag': ''}), safe='')
        return [f'XSRF-TOKEN={x}', f'{pick(["laravel_session", "myshop_session"])}={y}']
    if stack == 'rails':
        return [f'_{pick(["storefront", "app", "forum"])}_session=' + quote(b64(180) + '--' + b64(12) + '--' + b64(16), safe='')]
    if stack == 'flask':
        return ['session=' + b64u_json({'_fresh': True, '_id': hexs(128)[:64], 'csrf_token': hexs(40)}) + '.' + alnum(6, B64URL) + '.' + alnum(27, B64URL)]
    if stack == 'django':
        return [f'csrftoken={alnum(32)}', f'sessionid={alnum(32, LOWALNUM)}']
    if stack == 'nextauth':
        return [f'__Host-next-auth.csrf-token={hexs(64)}%7C{hexs(64)}', '__Secure-next-auth.callback-url=https%3A%2F%2Fapp.lumenapp.io%2Fdashboard',
                '__Secure-next-auth.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..' + alnum(22, B64URL) + '.' + alnum(R.randint(300, 500), B64URL) + '.' + alnum(22, B64URL)]
    if stack == 'aspnet':
        return ['.AspNetCore.Antiforgery.' + alnum(11, B64URL) + '=CfDJ8' + alnum(150, B64URL), '.AspNetCore.Cookies=CfDJ8' + alnum(400, B64URL)]
    return [f'__Host-sid={alnum(43, B64URL)}', f'__Secure-refresh={alnum(64, B64URL)}']


def ck_ab():
    c = R.randint(0, 6)
    if c == 0:
        return ['ab_test=' + quote(jdump({'hero': pick(['A', 'B']), 'checkout': pick(['control', 'one_page']), 'pricing': pick(['v1', 'v2', 'v3'])}), safe='')]
    if c == 1:
        return [f'optimizelyEndUserId=oeu{ms()}r0.{digits(16)}']
    if c == 2:
        return [f'_vwo_uuid_v2=D{HEXS(32)}|{hexs(32)}', f'_vis_opt_exp_{R.randint(10, 99)}_combi={R.randint(1, 3)}']
    if c == 3:
        return [f'exp_{pick(["pdp_layout", "search_ranking", "free_shipping_banner"])}={pick(["control", "variant_a", "variant_b"])}']
    if c == 4:
        return [f'statsig.stable_id.{R.randint(100000, 999999)}={uid()}', 'ld_uid=' + uid()]
    if c == 5:
        return ['gb_experiments=' + quote('{"new-nav":1,"rec-widget":0,"price-anchor":2}', safe='')]
    return ['split_tests=' + b64_json({'home_hero': 'B', 'cta_color': 'green', 'assigned': ts()})]


def ck_cart():
    c = R.randint(0, 4)
    if c == 0:
        items = [{'sku': f'{pick(["SKU", "BL", "NW"])}-{R.randint(10000, 99999)}', 'qty': R.randint(1, 3), 'v': R.randint(1, 9)} for _ in range(R.randint(1, 4))]
        return ['cart=' + quote(jdump({'id': uid(), 'items': items, 'currency': pick(['EUR', 'USD', 'GBP'])}), safe='')]
    if c == 1:
        return [f'cart=Z2NwLWV1cm9wZS13ZXN0MTo{alnum(30)}%3Fkey%3D{hexs(32)}', f'cart_sig={hexs(32)}', f'_shopify_y={uid()}', f'_shopify_s={uid()}', f'cart_currency={pick(["EUR", "USD", "GBP", "CAD"])}']
    if c == 2:
        return ['woocommerce_items_in_cart=1', f'woocommerce_cart_hash={hexs(32)}',
                f'wp_woocommerce_session_{hexs(32)}=t_{hexs(30)}%7C%7C{ts() + 172800}%7C%7C{ts() + 169200}%7C%7C{hexs(32)}']
    if c == 3:
        return ['basket_count=' + str(R.randint(1, 6)), f'basket_id={uid()}', 'mini_cart=' + quote(jdump({'n': R.randint(1, 6), 'total': '%.2f' % R.uniform(10, 400)}), safe='')]
    return ['recently_viewed=' + quote(','.join(str(R.randint(1000, 99999)) for _ in range(R.randint(2, 8))), safe=''), 'wishlist=' + '|'.join(str(R.randint(1000, 99999)) for _ in range(3))]


def ck_misc():
    out = []
    c = R.randint(0, 11)
    if c == 0:
        out.append('user_prefs={"theme":"%s","density":"compact","tz":"%s"}' % (pick(['dark', 'light', 'system']), pick(['Europe/Berlin', 'America/New_York', 'Asia/Tokyo'])))
    elif c == 1:
        out.append('ajs_anonymous_id=' + pick(['%22' + uid() + '%22', uid()]))
        if chance(0.5):
            out.append('ajs_user_id=' + pick(['%22usr_' + alnum(16) + '%22', str(R.randint(1000, 999999))]))
    elif c == 2:
        o = {'distinct_id': '$device:' + uid(), '$device_id': uid(), '$initial_referrer': '$direct', '$initial_referring_domain': '$direct'}
        out.append(f'mp_{hexs(32)}_mixpanel=' + quote(jdump(o), safe=''))
    elif c == 3:
        o = {'deviceId': uid(), 'sessionId': ms(), 'optOut': False, 'lastEventTime': ms(), 'lastEventId': R.randint(1, 300)}
        out.append(f'AMP_{hexs(10)}=' + base64.b64encode(quote(jdump(o), safe='').encode()).decode())
    elif c == 4:
        sid = R.randint(1000000, 5999999)
        out.append(f'_hjSessionUser_{sid}=' + b64_json({'id': uid()[:16], 'created': ms(), 'existing': True}))
        out.append(f'_hjSession_{sid}=' + b64_json({'id': uid(), 'c': ms(), 's': 0, 'r': 0, 'sb': 0, 'sr': 0, 'se': 0, 'fs': 0, 'sp': 0}))
    elif c == 5:
        out.append(f'_clck={alnum(6, LOWALNUM)}%7C2%7Cfm{R.randint(0, 9)}%7C0%7C{R.randint(1400, 1700)}')
        out.append(f'_clsk={alnum(7, LOWALNUM)}%7C{ms()}%7C{R.randint(1, 9)}%7C1%7C{pick(["l", "s", "k"])}.clarity.ms%2Fcollect')
    elif c == 6:
        out.append(f'__cf_bm={alnum(43, B64URL)}-{ts()}-1.0.1.1-{alnum(86, B64URL)}')
        if chance(0.4):
            out.append(f'cf_clearance={alnum(43, B64URL)}-{ts()}-1.2.1.1-{alnum(300, B64URL + ".")}')
    elif c == 7:
        out.append(f'__stripe_mid={uid()}{hexs(6)}')
        out.append(f'__stripe_sid={uid()}{hexs(6)}')
    elif c == 8:
        app = alnum(8, LOWALNUM)
        out.append(f'intercom-id-{app}={uid()}')
        out.append(f'intercom-session-{app}=')
        out.append(f'intercom-device-id-{app}={uid()}')
    elif c == 9:
        out.append(f'__hstc={R.randint(10000000, 99999999)}.{hexs(32)}.{ms()}.{ms()}.{ms()}.{R.randint(1, 30)}')
        out.append(f'hubspotutk={hexs(32)}; __hssrc=1')
    elif c == 10:
        out.append('color_mode=' + quote(jdump({'color_mode': 'auto', 'light_theme': {'name': 'light', 'color_mode': 'light'}, 'dark_theme': {'name': 'dark_dimmed', 'color_mode': 'dark'}}), safe=''))
    else:
        out.append(pick(['locale=de-DE', 'NEXT_LOCALE=fr', 'lang=ja', 'i18n_redirected=es']))
        out.append(pick(['currency=EUR', 'country=GB', 'tz=Europe%2FBerlin', 'region=us-west', 'store=%2Fen-ca']))
    return out


def cookie_header(kinds=('ga', 'ads', 'consent', 'session', 'ab', 'cart', 'misc'), p=0.6, min_n=1):
    parts = []
    fns = {'ga': ck_ga, 'ads': ck_ads, 'consent': ck_consent, 'session': ck_session, 'ab': ck_ab, 'cart': ck_cart, 'misc': ck_misc}
    for k in kinds:
        if chance(p) or (k == 'session' and chance(0.5)):
            parts.extend(fns[k]())
    while len(parts) < min_n:
        parts.extend(fns[pick(list(kinds))]())
    R.shuffle(parts)
    return '; '.join(parts) if parts else None


# ---------------------------------------------------------------- text pools
SEARCH_TERMS = [
    'running shoes women', 'wireless earbuds noise cancelling', 'chaussures de randonnée femme', 'zapatillas running hombre',
    'Regenjacke Herren wasserdicht', 'шерстяные носки', '扫地机器人', 'ワイヤレスイヤホン ノイズキャンセリング', '무선 이어폰',
    'سماعات لاسلكية', 'krem do twarzy spf 50', 'bilgisayar çantası', 'καφετιέρα espresso', 'túi xách nữ', 'गर्मियों के कपड़े',
    'מכונת קפה', 'cafetière à piston', 'macbook pro 14" m3', '50% off sale', 'R&D tax credit', 'c# list<string> sort',
    'node.js "cannot find module"', 'how to center a div', 'python f-string format 2 decimal', "what's the best laptop for students 2024",
    '"merino wool" -polyester', "kids' rain boots size 10", 'brown leather sofa 3-seater', 'vegan protein powder (unflavored)',
    'size 10½ boots', 'café au lait mugs', 'jalapeño seeds', "O'Reilly books", '100% cotton t-shirt', '$20 gift card',
    'tv 55 inch 4k', 'iPhone 15 case magsafe', 'ergonomic chair lumbar support', 'rust vs go performance',
    'kubernetes ingress 502 bad gateway', 'excel vlookup #N/A', 'Fußballschuhe Kinder', 'ñoquis receta', 'pão de queijo',
    'Łódź hotele', 'İstanbul otel', 'Zürich Wochenende', 'smørrebrød opskrift', 'a+b testing', 'usb-c to hdmi 2.1 cable',
    '1/2 inch drill bit', 'dress size 12/14', 'rtx 4070 vs 4070 super', 'pasta machine & accessories', 'noise-cancelling; over-ear',
    'how do I reset my password?', 'refund policy', 'stripe webhook signature mismatch', 'docker compose env_file',
    '防水 ジャケット メンズ', '夏季连衣裙 雪纺', 'مكيف هواء سبليت', 'Wanderschuhe Damen Gr. 39', 'robe d’été longue',
]

FIRST = ["Siobhán", "Seán", "Zoë", "José", "Chloé", "Björn", "Ngozi", "Priya", "Mei", "Liam", "Olivia", "Mateo", "Aarav", "Yuki",
         "Fatima", "Jürgen", "Anaïs", "Dmitri", "Kwame", "Sofía", "Hannah", "Marcus", "D'Andre", "Mary-Kate", "Jean-Luc", "Ana", "Lukas", "Emily"]
LAST = ["O'Connor", "O'Brien", "D'Angelo", "McDonald", "García Márquez", "Müller", "Nguyen", "Van der Berg", "Smith-Jones", "Kowalski",
        "Øster", "Dubois", "Okafor", "Tanaka", "Al-Sayed", "Fernández", "Li", "Patel", "Schröder", "d'Artagnan", "St. John", "MacLeod", "Rossi"]

STREETS = ["12 Rue de l'Église", "221B Baker Street", "1600 Amphitheatre Pkwy", "Königstraße 45", "Calle de Alcalá, 48, 3º Izq.",
           "4-2-8 Shibakoen", "Flat 3, 17 O'Connell St", "742 Evergreen Terrace", "Piazza San Marco 1", "ul. Marszałkowska 104/122",
           "350 Fifth Avenue, Suite 4200", "Apt #4B, 88 Queen's Road", "Rua Augusta, 274 - 2º Dto", "Via dell'Orso 28", "PO Box 1234"]
CITIES = [("Dublin", "D02 X285", "IE"), ("London", "NW1 6XE", "GB"), ("Mountain View", "94043", "US"), ("Stuttgart", "70173", "DE"),
          ("Madrid", "28014", "ES"), ("Minato-ku, Tokyo", "105-0011", "JP"), ("Paris", "75004", "FR"), ("Springfield", "62704", "US"),
          ("Venezia", "30124", "IT"), ("Warszawa", "00-017", "PL"), ("New York", "10118", "US"), ("Lisboa", "1100-048", "PT"),
          ("Montréal", "H2X 1Y4", "CA"), ("Coeur d'Alene", "83814", "US")]

EMAIL_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'proton.me', 'web.de', 'orange.fr', 'hotmail.com', 'acme-corp.com', 'uni-heidelberg.de']


def person():
    f = pick(FIRST)
    l = pick(LAST)
    import unicodedata
    def asc(s):
        return ''.join(c for c in unicodedata.normalize('NFKD', s) if ord(c) < 128)
    user = asc(f).lower().replace(' ', '') + pick(['.', '_', '', '+shop.', '']) + asc(l).lower().replace(' ', '').replace("'", '') + pick(['', '', str(R.randint(1, 99))])
    return f, l, f'{user}@{pick(EMAIL_DOMAINS)}'


COMMENTS = [
    "Love this! 😍 Works perfectly on my M2 MacBook.",
    "Tried the `--no-cache` flag and it still fails 🤔 any ideas?",
    "<p>Thanks for the write-up. One note: the <code>retry</code> option defaults to <strong>3</strong>, not 5.</p>",
    "Great article 👏👏 — I'd add that \"premature optimization\" is still the root of all evil.",
    "Merci beaucoup pour ce tutoriel ! C'est exactement ce qu'il me fallait 🙏",
    "これはとても役に立ちました。ありがとうございます！",
    "Das Produkt ist super, aber die Lieferung hat 2 Wochen gedauert 😕",
    "¿Alguien sabe si viene en talla 42? 👟",
    "Quick q: does the 50% off apply to items already in my cart?",
    "@maria_g check this out 👀 #weekendvibes",
    "5/5 ⭐⭐⭐⭐⭐ would buy again. Size runs small so order ½ size up.",
    "Mine arrived with a scratch on the lid :( Support was fast though (ticket #48213).",
    "Очень полезная статья, спасибо! 👍",
    "I think there's a typo in step 3: it should be `npm install --save-dev` not `npm i -g`.",
    "> timeouts are in ms\n\nActually they're in seconds since v2.0, see the changelog.",
    "Is this compatible with Windows 11 & WSL2? My setup: Ubuntu 22.04, Node 20.12.",
    "The recipe says 200°C but my oven runs hot — 180°C fan worked great. 🍗🍋",
    "Can confirm the fix in 3.4.1 works 🎉 (was getting `ECONNRESET` every ~30s before)",
    "<p>Step 2 didn't work for me:</p><pre><code>$ make build\nerror: linker `cc` not found</code></pre><p>Installing <em>build-essential</em> fixed it.</p>",
    "Would love a dark mode 🌙 + keyboard shortcuts (j/k to navigate?)",
    "😂😂 the part about 'it works on my machine' is too real",
    "As a left-handed user, the scissors are a 10/10. Finally!",
    "Hi! We're a team of 3 — can we share one license? Thx",
    "Price dropped from €89,99 to €59,99 👀 bought 2.",
]

LOREM_MSGS = [
    "Hello,\n\nI placed order #BL-{n} on {d} and the tracking link hasn't updated in five days. The parcel was supposed to arrive before my daughter's birthday on Saturday, so I'm a bit worried.\n\nCould you check with the courier and let me know whether it's lost? If it can't arrive in time I'd prefer a refund rather than a replacement.\n\nThanks a lot,\n{name}",
    "Hi there — we're a small non-profit (about 40 volunteers) and we'd like to use your scheduling tool for our food bank shifts. Do you offer a discount for registered charities? We'd need roughly 5 admin seats and SMS reminders.\n\nAlso: is the data stored in the EU? Our board asked about GDPR.\n\nBest,\n{name}",
    "Bonjour,\n\nJe souhaiterais modifier l'adresse de livraison de ma commande n° {n} : le colis doit être livré au 12 rue de l'Église plutôt qu'à mon bureau. Est-ce encore possible ?\n\nCordialement,\n{name}",
    "Hey! Love the app. Small bug report: when I switch the language to Deutsch, the \"Save & continue\" button text overflows on iPhone SE (2nd gen). Screenshot attached in the follow-up email. iOS 17.4.1, app version 5.12.1.\n\nCheers, {name}",
    "Good afternoon,\n\nI'm writing on behalf of the procurement team at Acme Corp. We are evaluating vendors for 250 seats with SSO (SAML 2.0 via Okta) and need a copy of your SOC 2 Type II report, the DPA and your standard MSA. Please also confirm whether annual invoicing in GBP is possible.\n\nKind regards,\n{name}\nHead of IT Procurement",
    "Hallo,\n\nleider ist bei meiner Bestellung ({n}) die Größe falsch – ich hatte 39 bestellt, bekommen habe ich 41. Wie läuft der Umtausch ab? Muss ich das Rücksendeetikett selbst ausdrucken?\n\nViele Grüße\n{name}",
    "Hi, quick question about the pricing page: it says \"up to 10k events/month\" on the Starter plan — what happens if we go over? Hard cap or overage billing? We're at ~8-12k depending on the season.\n\nThanks!\n{name}",
    "To whom it may concern,\n\nI'd like to request deletion of all personal data associated with my account ({email}) under Article 17 GDPR. Please confirm once this has been completed.\n\nRegards,\n{name}",
]

# ======== gen_page
# ---------------------------------------------------------------- page class
SITES = {
    'news': 'www.dailymeridian.com', 'shop': 'shop.brightlane.co', 'docs': 'docs.stackforge.io',
    'forum': 'community.trailhub.org', 'saas': 'app.lumenapp.io', 'search': 'www.findbay.com',
}

NEWS_SLUGS = ['central-bank-holds-rates-steady-as-inflation-cools', 'heatwave-grips-southern-europe-record-temperatures',
              'how-a-small-town-bakery-went-viral', 'champions-league-final-preview-key-battles', 'new-study-links-sleep-and-memory',
              'elections-2024-what-you-need-to-know', 'opinion-the-four-day-week-is-here-to-stay', 'tech-giants-face-new-eu-rules-on-ai',
              'recipe-one-pan-lemon-chicken-orzo', 'review-the-best-noise-cancelling-headphones-of-2024', 'live-updates-storm-ciaran-latest',
              'why-your-rent-keeps-going-up-explained', 'obituary-jazz-pianist-dies-at-91', 'mars-sample-return-mission-delayed-again']
NEWS_SECTIONS = ['world', 'business', 'technology', 'science', 'sport', 'culture', 'opinion', 'politics', 'climate', 'food', 'travel', 'us-news', 'money']
PRODUCTS = ['merino-wool-crew-socks-3-pack', 'trail-runner-gtx-womens', 'linen-button-down-shirt-sand', 'ceramic-pour-over-coffee-set',
            'waterproof-hiking-jacket-mens', 'organic-cotton-hoodie', 'leather-card-holder-tan', 'bamboo-cutting-board-large',
            'stainless-steel-water-bottle-750ml', 'wireless-earbuds-pro-anc', 'kids-rain-boots-yellow', 'cast-iron-skillet-26cm',
            'yoga-mat-6mm-non-slip', 'espresso-machine-barista-pro', 'down-puffer-vest-navy']
COLLECTIONS = ['womens-shoes', 'mens-jackets', 'home-kitchen', 'sale', 'new-arrivals', 'gifts-under-50', 'outdoor', 'accessories', 'kids', 'coffee-tea']
DOC_PATHS = ['/docs/getting-started/installation', '/docs/v3/guides/authentication', '/docs/api/reference/payments/create',
             '/docs/sdk/python/quickstart', '/en-US/docs/Web/API/Fetch_API/Using_Fetch', '/docs/cli/commands/deploy',
             '/docs/concepts/rate-limits', '/docs/v2/migration-guide', '/docs/webhooks/verifying-signatures',
             '/docs/troubleshooting/common-errors', '/docs/reference/config#environment-variables', '/docs/sql/functions/window-functions',
             '/docs/guides/deploying-with-docker-compose', '/docs/api/v1/errors']
FORUM_PATHS = ['/t/how-do-i-reset-my-router-to-factory-settings/48213', '/t/best-budget-tent-for-2-people/9912/14', '/c/help/7',
               '/latest', '/top', '/u/trailmix_jen/activity', '/forum/threads/1998-honda-civic-check-engine-light.204918/page-3',
               '/t/gpx-import-fails-with-unexpected-token/55102', '/c/trip-reports/12/l/latest', '/t/kungsleden-in-september-worth-it/30881/7',
               '/questions/tagged/c%2B%2B', '/questions/78412230/why-does-my-flexbox-child-overflow']
SAAS_PATHS = ['/dashboard', '/app/acme-inc/projects/prj_8fK2aQ/analytics', '/settings/billing', '/app/inbox', '/reports/custom/rep_93kd81',
              '/workspace/w_5531/boards/b_0192', '/app/acme-inc/integrations', '/settings/team/members', '/app/acme-inc/logs', '/onboarding/step-3']

SEARCH_REFS = [
    lambda q: 'https://www.google.com/',
    lambda q: 'https://www.google.co.uk/',
    lambda q: 'https://www.google.de/',
    lambda q: 'https://www.bing.com/search?q=' + quote_plus(q) + '&form=QBLH&sp=-1&ghc=1&lq=0&pq=' + quote_plus(q[:5]) + '&sc=10-5&qs=n&sk=&cvid=' + HEXS(32),
    lambda q: 'https://duckduckgo.com/',
    lambda q: 'https://yandex.ru/search/?text=' + quote_plus(q) + '&lr=213&clid=' + digits(7),
    lambda q: 'https://www.baidu.com/link?url=' + alnum(86, B64URL) + '&wd=&eqid=' + hexs(32),
    lambda q: 'https://search.naver.com/search.naver?where=nexearch&sm=top_hty&fbm=0&ie=utf8&query=' + quote_plus(q),
    lambda q: 'https://search.yahoo.co.jp/search?p=' + quote_plus(q) + '&fr=top_ga1_sa&ei=UTF-8',
    lambda q: 'https://www.ecosia.org/search?method=index&q=' + quote_plus(q),
    lambda q: 'https://search.brave.com/search?q=' + quote_plus(q) + '&source=web',
    lambda q: 'https://www.startpage.com/',
    lambda q: 'android-app://com.google.android.googlequicksearchbox/https/www.google.com',
]
SOCIAL_REFS = [
    lambda u: 'https://t.co/' + alnum(10),
    lambda u: 'https://l.facebook.com/',
    lambda u: 'https://lm.facebook.com/l.php?u=' + quote(u, safe='') + '&h=AT' + alnum(40, B64URL) + '&s=1',
    lambda u: 'https://out.reddit.com/t3_' + alnum(6, LOWALNUM) + '?url=' + quote(u, safe='') + '&token=AQAA' + alnum(40, B64URL) + '&app_name=web2x&web_redirect=true',
    lambda u: 'https://www.reddit.com/',
    lambda u: 'https://l.instagram.com/',
    lambda u: 'https://www.linkedin.com/',
    lambda u: 'https://news.ycombinator.com/',
    lambda u: 'https://lnkd.in/' + alnum(8),
    lambda u: 'https://www.youtube.com/',
    lambda u: 'https://away.vk.com/away.php?to=' + quote(u, safe='') + '&cc_key=',
    lambda u: 'https://www.pinterest.com/',
    lambda u: 'android-app://com.google.android.gm/',
    lambda u: 'https://mail.google.com/',
    lambda u: 'https://teams.microsoft.com/',
    lambda u: 'https://slack.com/',
]

UTM_SOURCES = [('newsletter', 'email'), ('facebook', 'paid_social'), ('instagram', 'social'), ('twitter', 'social'), ('google', 'cpc'),
               ('bing', 'cpc'), ('linkedin', 'paid'), ('tiktok', 'paid_social'), ('reddit', 'community'), ('partner_blog', 'referral'),
               ('klaviyo', 'email'), ('braze', 'push'), ('producthunt', 'launch')]
CAMPAIGNS = ['spring_sale_2024', 'may-digest', 'summer24_EU_prospecting', 'brand|exact|de', 'retargeting_cart_7d', 'launch-v3',
             'Q2 webinar – data pipelines', 'black_friday_early_access', 'welcome_series_02', '{campaignname}', 'shoes:women:running']


def utm(src=None):
    s, m = src or pick(UTM_SOURCES)
    p = [('utm_source', s), ('utm_medium', m), ('utm_campaign', pick(CAMPAIGNS))]
    if chance(0.5):
        p.append(('utm_content', pick(['hero_cta', 'footer-link', 'carousel_2', 'img_v2', 'text-link', '728x90', 'story_swipeup'])))
    if chance(0.3):
        p.append(('utm_term', pick(SEARCH_TERMS)))
    if m == 'cpc' and s == 'google':
        p += [('gad_source', '1'), ('gclid', gclid())]
        if chance(0.3):
            p.append(('gbraid', '0AAAAA' + alnum(30, B64URL)))
    elif m == 'cpc':
        p.append(('msclkid', hexs(32)))
    elif s in ('facebook', 'instagram'):
        p.append(('fbclid', fbclid()))
    elif s == 'tiktok':
        p.append(('ttclid', alnum(40, B64URL)))
    elif m == 'email' and chance(0.5):
        p.append(('_kx', alnum(40, B64URL) + '.' + alnum(6)))
    return p


def cursor():
    return b64_json(pick([{'id': R.randint(1000, 99999), 'ts': iso()}, {'offset': R.randint(20, 400)}, {'score': round(R.random() * 20, 4), 'id': uid()}]))


def page_request(kind):
    b = browser()
    ref = None
    site = None
    q = []
    cookie = cookie_header()
    dom = None
    if kind == 'news_article':
        dom = SITES['news']
        t = ts()
        d = datetime.fromtimestamp(t, timezone.utc)
        path = f'/{pick(NEWS_SECTIONS)}/{d:%Y/%m/%d}/{pick(NEWS_SLUGS)}'
        r = R.randint(0, 3)
        if r == 0:
            q = utm((pick(['twitter', 'facebook', 'newsletter', 'reddit']), pick(['social', 'email'])))
            ref = pick(SOCIAL_REFS)('https://' + dom + path)
        elif r == 1:
            ref = pick(SEARCH_REFS)(pick(NEWS_SLUGS).replace('-', ' '))
        elif r == 2:
            ref = f'https://{dom}/{pick(NEWS_SECTIONS)}'
            site = 'same-origin'
            if chance(0.5):
                q = [('ref', pick(['homepage', 'most-read', 'related', 'liveblog']))]
        else:
            q = [('amp', '1')] if chance(0.3) else [('CMP', 'share_btn_' + pick(['url', 'tw', 'wa', 'fb']))]
    elif kind == 'news_section':
        dom = SITES['news']
        path = '/' + pick(NEWS_SECTIONS)
        q = [('page', str(R.randint(2, 12)))] if chance(0.6) else [('filter', pick(['analysis', 'video', 'long-read']))]
        ref = f'https://{dom}/'
        site = 'same-origin'
    elif kind == 'news_search':
        dom = SITES['news']
        path = '/search'
        q = [('q', pick(SEARCH_TERMS + ['euro 2024 squad', 'interest rates', 'Macron', 'climate summit', 'wildfires canada']))]
        q += [('sort', pick(['newest', 'relevance']))] + ([('from', '2024-01-01'), ('to', '2024-05-31')] if chance(0.4) else [])
        ref = f'https://{dom}/{pick(NEWS_SECTIONS)}'
        site = 'same-origin'
    elif kind == 'shop_product':
        dom = SITES['shop']
        path = f'/products/{pick(PRODUCTS)}'
        q = [('variant', digits(14))] if chance(0.5) else []
        if chance(0.6):
            q += utm()
            ref = pick(SOCIAL_REFS + SEARCH_REFS)(pick(SEARCH_TERMS)) if chance(0.7) else None
        else:
            ref = f'https://{dom}/collections/{pick(COLLECTIONS)}'
            site = 'same-origin'
            if chance(0.4):
                q += [('_pos', str(R.randint(1, 24))), ('_sid', hexs(9)), ('_ss', 'r')]
    elif kind == 'shop_collection':
        dom = SITES['shop']
        path = f'/collections/{pick(COLLECTIONS)}'
        lo = R.choice([0, 10, 20, 25, 50])
        q = [('filter.v.price.gte', str(lo)), ('filter.v.price.lte', str(lo + R.choice([50, 100, 150, 300])))]
        if chance(0.6):
            q.append(('filter.v.option.size', pick(['38', '39', 'M', 'L', 'XL', '10.5'])))
        if chance(0.5):
            q.append(('filter.p.m.custom.color', pick(['Blue', 'Sand', 'Forest Green', 'Off-White', 'Noir'])))
        if chance(0.5):
            q.append(('filter.v.availability', '1'))
        q.append(('sort_by', pick(['price-ascending', 'price-descending', 'best-selling', 'created-descending', 'manual'])))
        if chance(0.6):
            q.append(('page', str(R.randint(2, 9))))
        ref = f'https://{dom}/collections/{pick(COLLECTIONS)}'
        site = 'same-origin'
    elif kind == 'shop_facets':
        dom = SITES['shop']
        path = f'/c/{pick(["womens", "mens", "kids", "home"])}/{pick(["shoes", "jackets", "bags", "bedding", "knitwear"])}'
        q = [('size', pick(['38', 'S'])), ('size', pick(['39', 'M'])), ('brand', pick(['Nike,Adidas', 'Patagonia', "Levi's", 'Fjällräven,Arc\'teryx'])),
             ('price', pick(['20-100', '0-49.99', '100-'])), ('sort', pick(['popularity', 'price_asc', 'newest', 'rating']))]
        if chance(0.5):
            q.append(('cursor', cursor()))
        ref = f'https://{dom}/c/{pick(["womens", "mens"])}'
        site = 'same-origin'
    elif kind == 'shop_search':
        dom = SITES['shop']
        path = '/search'
        q = [('q', pick(SEARCH_TERMS)), ('type', 'product'), ('options[prefix]', 'last')]
        if chance(0.4):
            q.append(('page', str(R.randint(2, 5))))
        ref = f'https://{dom}/'
        site = 'same-origin'
    elif kind == 'shop_cart':
        dom = SITES['shop']
        path = pick(['/cart', f'/checkouts/cn/{alnum(32, UPALNUM)}', '/account/orders/' + hexs(32), '/account', '/pages/shipping-returns'])
        q = [('locale', pick(['en-US', 'de-DE', 'fr-FR']))] if 'checkouts' in path else ([('discount', pick(['SPRING20', 'WELCOME10']))] if chance(0.2) else [])
        ref = f'https://{dom}/products/{pick(PRODUCTS)}'
        site = 'same-origin'
        cookie = '; '.join(ck_cart() + ck_session() + ck_ga())
    elif kind == 'docs':
        dom = SITES['docs']
        path = pick(DOC_PATHS).split('#')[0]
        if chance(0.5):
            q = [(pick(['lang', 'tab', 'language']), pick(['python', 'node', 'curl', 'go', 'java', 'php', 'ruby']))]
        if chance(0.3):
            q.append(('version', pick(['2024-04-10', 'v2', 'latest'])))
        r = R.randint(0, 2)
        if r == 0:
            ref = pick(SEARCH_REFS)(pick(['stripe webhook signature mismatch', 'docker compose env_file', 'python requests retry', 'postgres window function rank', 'CORS preflight 403']))
        elif r == 1:
            ref = f'https://{dom}/docs/search?q=' + quote_plus(pick(['rate limit', 'webhook', 'pagination cursor', 'idempotency key']))
            site = 'same-origin'
        else:
            ref = pick(['https://github.com/', 'https://stackoverflow.com/', 'https://chatgpt.com/', 'https://www.perplexity.ai/'])
    elif kind == 'forum':
        dom = SITES['forum']
        path = pick(FORUM_PATHS)
        if path in ('/latest', '/top'):
            q = [('order', 'activity')] if path == '/latest' else [('period', pick(['monthly', 'weekly', 'yearly']))]
        elif chance(0.4):
            q = [('u', pick(['trailmix_jen', 'peakbagger', 'kåre.n', 'hiker-joe']))]
        elif chance(0.3):
            q = [('page', str(R.randint(2, 6)))]
        ref = pick([f'https://{dom}/latest', f'https://{dom}/c/help/7', None, 'https://www.google.com/', 'https://duckduckgo.com/'])
        site = 'same-origin' if ref and dom in ref else None
        cookie = '; '.join(ck_session(pick(['rails', 'php'])) + (['_t=' + alnum(32, LOWALNUM)] if chance(0.6) else []) + ck_misc())
    elif kind == 'saas':
        dom = SITES['saas']
        path = pick(SAAS_PATHS)
        t = ts()
        if 'analytics' in path or 'reports' in path:
            q = [('from', iso(t - 86400 * 7, False)), ('to', iso(t, False)), ('granularity', pick(['hour', 'day', 'week'])), ('tz', pick(['Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata']))]
            if chance(0.6):
                q.append(('filters', jdump([{'field': 'country', 'op': 'in', 'value': ['DE', 'FR', 'NL']}, {'field': 'plan', 'op': 'eq', 'value': 'pro'}])))
        elif 'billing' in path:
            q = [('session_id', 'cs_live_' + alnum(58))] if chance(0.5) else [('tab', 'invoices')]
        elif 'inbox' in path:
            q = [('filter', 'assigned_to_me'), ('status', 'open'), ('sort', '-updated_at'), ('q', pick(['refund', 'is:unread label:"VIP"', 'from:@acme-corp.com']))]
        elif 'boards' in path:
            q = [('view', 'kanban'), ('groupBy', 'status'), ('selectedIssue', 'ENG-' + str(R.randint(100, 3000)))]
        elif 'logs' in path:
            q = [('query', pick(['level:error service:checkout', 'status:>=500 path:/api/v1/orders*', '"timeout" AND NOT env:staging'])), ('live', 'true')]
        else:
            q = [('tab', pick(['overview', 'usage', 'members']))] if chance(0.5) else []
        ref = f'https://{dom}/dashboard'
        site = 'same-origin'
        cookie = '; '.join(ck_session(pick(['nextauth', 'host', 'rails'])) + ck_misc() + ck_ab())
    elif kind == 'search_results':
        dom = SITES['search']
        r = R.randint(0, 3)
        if r == 0:
            path = '/search'
            q = [('q', pick(SEARCH_TERMS)), ('page', str(R.randint(2, 8)))]
        elif r == 1:
            path = '/s'
            q = [('k', pick(SEARCH_TERMS)), ('rh', f'n:{digits(8)},p_36:{R.randint(10, 50)}00-{R.randint(60, 300)}00'), ('ref', f'sr_pg_{R.randint(2, 6)}')]
        elif r == 2:
            path = '/search'
            q = [('q', pick(SEARCH_TERMS)), ('cursor', cursor()), ('limit', '20')]
        else:
            path = '/jobs/search'
            q = [('keywords', pick(['backend engineer', 'product designer', 'Data Scientist (m/w/d)', 'C++ developer', 'nurse – night shift'])),
                 ('location', pick(['Berlin', 'London, UK', 'São Paulo', 'Remote'])), ('radius', '25'), ('remote', pick(['true', 'hybrid']))]
        ref = f'https://{dom}/' if chance(0.6) else None
        site = 'same-origin' if ref else None
    elif kind == 'home':
        dom = pick(list(SITES.values()))
        path = '/'
        r = R.randint(0, 4)
        if r == 0:
            q = utm()
        elif r == 1:
            q = [('gclid', gclid())] + ([('gad_source', '1')] if chance(0.5) else [])
            ref = 'https://www.google.com/'
        elif r == 2:
            q = [('fbclid', fbclid())]
            ref = pick(['https://l.facebook.com/', 'https://lm.facebook.com/', 'https://l.instagram.com/'])
        elif r == 3:
            q = [('msclkid', hexs(32)), ('utm_source', 'bing'), ('utm_medium', 'cpc'), ('utm_campaign', pick(CAMPAIGNS))]
            ref = 'https://www.bing.com/'
        else:
            q = [('ref', pick(['producthunt', 'hn', 'github', 'alternativeto']))] if chance(0.5) else []
    elif kind == 'email_link':
        dom = pick([SITES['saas'], SITES['shop'], SITES['news']])
        p, l, e = person()
        r = R.randint(0, 5)
        if r == 0:
            path = '/account/verify-email'
            q = [('token', alnum(40, B64URL)), ('email', e)]
        elif r == 1:
            path = '/auth/callback'
            q = [('code', alnum(43, B64URL)), ('state', b64u(24)), ('scope', 'openid email profile'), ('authuser', '0'), ('prompt', 'consent')]
            ref = pick(['https://accounts.google.com/', 'https://login.microsoftonline.com/', 'https://github.com/'])
        elif r == 2:
            path = '/unsubscribe'
            q = [('u', alnum(24)), ('list', pick(['weekly-digest', 'promotions'])), ('e', base64.b64encode(e.encode()).decode())]
        elif r == 3:
            path = '/password/reset'
            q = [('token', hexs(64)), ('email', e)]
        elif r == 4:
            path = '/invite/accept'
            q = [('token', jwt('HS256')), ('org', pick(['acme-inc', 'globex', 'initech']))]
        else:
            path = f'/orders/{R.randint(100000, 999999)}/track'
            q = [('key', hexs(16))] + utm(('transactional', 'email'))
        if ref is None and chance(0.5):
            ref = pick(['https://mail.google.com/', 'https://outlook.live.com/', 'android-app://com.google.android.gm/'])
        cookie = cookie_header(p=0.3) if chance(0.5) else None
    elif kind == 'localized':
        dom = pick([SITES['shop'], SITES['news'], SITES['docs']])
        raw = pick(['/de/produkte/wanderschuhe-herren', '/ja/blog/新機能のお知らせ', '/wiki/Café_au_lait', '/fr/catégories/électroménager',
                    '/es/artículos/cómo-elegir-zapatillas', '/ru/каталог/обувь', '/zh-cn/产品/扫地机器人', '/pl/kategorie/żywność',
                    '/tr/ürünler/çanta', '/ko/검색', '/ar/منتجات', '/pt-br/promoções/dia-das-mães'])
        path = quote(raw, safe='/')
        if chance(0.5):
            q = [('lang', raw.split('/')[1])] if chance(0.5) else utm()
        ref = pick(SEARCH_REFS)(pick(SEARCH_TERMS))
    elif kind == 'blog':
        dom = pick([SITES['saas'].replace('app.', 'www.'), SITES['docs'].replace('docs.', 'blog.')])
        path = f'/blog/2024/{R.randint(1, 5):02d}/' + pick(['how-we-cut-postgres-query-times-by-80-percent', 'introducing-v3-api', 'a-year-of-remote-work',
                                                             'migrating-from-webpack-to-vite', 'our-approach-to-accessibility', 'on-call-without-burnout'])
        q = [('ref', pick(['producthunt', 'hackernews', 'twitter', 'changelog']))] if chance(0.5) else utm()
        ref = pick(SOCIAL_REFS)('https://' + dom + path)
    else:  # prefetch / reload / misc
        dom = pick(list(SITES.values()))
        path = pick(['/pricing', '/about', '/contact', '/careers', '/legal/privacy', '/help/articles/360012345-how-to-change-billing-email', '/status'])
        ref = f'https://{dom}/'
        site = 'same-origin'
    if cookie and site != 'same-origin' and kind not in ('saas', 'shop_cart', 'forum') and chance(0.3):
        cookie = None  # first visit / cleared cookies / private window
    uri = path + ('?' + qs(q, plus=chance(0.75)) if q else '')
    extra = None
    reload = chance(0.08)
    if kind == 'misc' and b['family'] == 'chromium' and chance(0.5):
        extra = {'Sec-Purpose': pick(['prefetch', 'prefetch;prerender'])}
    h = nav_headers(b, referer=ref, cookie=cookie, site=site, reload=reload, user=(site != 'same-origin' or chance(0.7)), extra=extra)
    return 'GET', uri, h, None


PAGE_KINDS = ['news_article', 'news_article', 'news_section', 'news_search', 'shop_product', 'shop_product', 'shop_collection', 'shop_facets',
              'shop_search', 'shop_cart', 'docs', 'docs', 'forum', 'forum', 'saas', 'saas', 'search_results', 'search_results', 'home', 'home',
              'email_link', 'localized', 'blog', 'misc']

# ======== gen_asset
# ---------------------------------------------------------------- asset class
IMG_ACCEPT_CH = 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8'
IMG_ACCEPT_FF = 'image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5'
IMG_ACCEPT_SF = 'image/webp,image/avif,image/jxl,image/heic,image/heic-sequence,video/*;q=0.8,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5'


def img_accept(b):
    return {'chromium': IMG_ACCEPT_CH, 'firefox': IMG_ACCEPT_FF, 'safari': IMG_ACCEPT_SF}[b['family']]


def etag():
    return pick(['W/"' + hexs(R.randint(3, 5)) + '-' + alnum(27, B64URL) + '"', '"' + hexs(32) + '"', 'W/"' + hexs(8) + '-' + hexs(12) + '"',
                 '"' + hexs(16) + ':' + hexs(8) + '"', '"0x8DC' + HEXS(12) + '"'])


def asset_request(kind):
    b = browser()
    dom = pick(list(SITES.values()))
    page = f'https://{dom}' + pick(['/', '/products/' + pick(PRODUCTS), '/docs/getting-started/installation', '/dashboard', '/' + pick(NEWS_SECTIONS)])
    cond = {}
    if chance(0.35):
        cond['If-None-Match'] = etag()
    if chance(0.25):
        cond['If-Modified-Since'] = httpdate(ts(86400 * 120))
    cookie = cookie_header(p=0.3) if chance(0.3) else None
    if kind == 'js':
        h8 = hexs(8)
        path = pick([f'/static/js/main.{h8}.js', f'/_next/static/chunks/pages/_app-{hexs(16)}.js', f'/_next/static/chunks/{R.randint(100, 9999)}-{hexs(16)}.js',
                     f'/assets/index-{alnum(8, B64URL)}.js', '/wp-includes/js/jquery/jquery.min.js', f'/wp-content/themes/storefront/assets/js/navigation.min.js',
                     f'/cdn/shop/t/{R.randint(2, 40)}/assets/global.js', f'/static/js/vendors~checkout.{h8}.chunk.js', f'/_nuxt/{alnum(8, B64URL)}.js',
                     '/js/app.js', f'/build/assets/app-{alnum(8, B64URL)}.js'])
        q = []
        if 'wp-' in path:
            q = [('ver', pick(['6.5.3', '3.7.1', '4.1.0']))]
        elif '/cdn/shop/' in path or path == '/js/app.js':
            q = [('v', str(ts()))] if chance(0.5) else [('id', hexs(20))]
        elif chance(0.2):
            q = [('dpl', 'dpl_' + alnum(28))]
        h = subres_headers(b, 'script', page, '*/*', cookie=cookie)
        return 'GET', path + ('?' + qs(q) if q else ''), {**h, **cond}, None
    if kind == 'module':
        path = f'/assets/{pick(["vendor", "router", "dashboard", "editor"])}-{alnum(8, B64URL)}.js'
        h = subres_headers(b, 'script', page, '*/*', cookie=cookie, mode='cors', origin='https://' + dom)
        return 'GET', path, {**h, **cond}, None
    if kind == 'css':
        path = pick([f'/static/css/main.{hexs(8)}.css', f'/_next/static/css/{hexs(16)}.css', '/wp-content/plugins/woocommerce/assets/css/woocommerce.css',
                     f'/cdn/shop/t/{R.randint(2, 40)}/assets/base.css', f'/assets/style-{alnum(8, B64URL)}.css', '/css/print.css'])
        q = [('ver', '8.8.3')] if 'wp-' in path else ([('v', str(ts()))] if '/cdn/shop/' in path or chance(0.2) else [])
        h = subres_headers(b, 'style', page, 'text/css,*/*;q=0.1', cookie=cookie)
        return 'GET', path + ('?' + qs(q) if q else ''), {**h, **cond}, None
    if kind == 'font':
        path = pick(['/fonts/Inter-roman.var.woff2', '/static/media/Roboto-Regular.' + hexs(8) + '.woff2', '/assets/fonts/SourceSerif4-Italic.woff2',
                     '/_next/static/media/' + hexs(32) + '-s.p.woff2', '/fonts/NotoSansJP-Regular.woff2', '/fonts/icons.woff2'])
        q = [('v', pick(['3.19', '2', hexs(8)]))] if chance(0.4) else []
        css = f'https://{dom}/static/css/main.{hexs(8)}.css'
        h = subres_headers(b, 'font', css, '*/*', site='same-origin', mode='cors', origin='https://' + dom)
        return 'GET', path + ('?' + qs(q) if q else ''), {**h, **cond}, None
    if kind == 'image':
        r = R.randint(0, 5)
        if r == 0:
            uri = '/_next/image?' + qs([('url', pick(['/images/hero.jpg', '/uploads/2024/05/team-offsite.png', 'https://cdn.brightlane.co/p/' + hexs(12) + '.jpg'])),
                                         ('w', pick(['640', '828', '1080', '1920', '3840'])), ('q', '75')])
        elif r == 1:
            uri = f'/cdn/shop/files/IMG_{R.randint(1000, 9999)}.jpg?' + qs([('v', str(ts())), ('width', pick(['165', '360', '533', '720', '1066']))])
        elif r == 2:
            uri = f'/images/products/{pick(PRODUCTS)}-{R.randint(1, 6)}.{pick(["jpg", "webp", "avif"])}?' + qs([('w', pick(['320', '640', '1280'])), ('h', pick(['320', '640'])), ('fit', pick(['crop', 'cover'])), ('auto', 'format,compress')], plus=False, safe=',')
        elif r == 3:
            uri = f'/wp-content/uploads/2024/0{R.randint(1, 5)}/' + pick(['header-photo-1024x683.jpg', 'screenshot-2024-05-02-at-14.32.11.png', 'logo@2x.png', 'Café-interior-scaled.webp'])
            uri = quote(uri, safe='/@')
        elif r == 4:
            uri = pick(['/favicon.ico', '/apple-touch-icon.png', '/favicon-32x32.png', '/icons/icon-192x192.png', '/img/sprite.svg'])
        else:
            uri = f'/media/avatars/{R.randint(1, 99999)}.png?s={pick(["48", "96", "120"])}&d=identicon'
        h = subres_headers(b, 'image', page, img_accept(b), cookie=cookie)
        return 'GET', uri, {**h, **cond}, None
    if kind == 'video_range':
        path = pick(['/media/videos/product-demo-1080p.mp4', '/static/video/hero-loop.webm', '/uploads/webinar-2024-05-recording.mp4', '/assets/audio/podcast-ep42.mp3'])
        start = pick([0, 0, 65536, 1048576, 2097152, 10485760, 31457280])
        rng = f'bytes={start}-' if chance(0.6) else f'bytes={start}-{start + pick([65535, 1048575, 2097151])}'
        dest = 'audio' if path.endswith('mp3') else 'video'
        accept = '*/*' if b['family'] != 'firefox' else ('audio/webm,audio/ogg,audio/wav,audio/*;q=0.9,application/ogg;q=0.7,video/*;q=0.6,*/*;q=0.5' if dest == 'audio' else 'video/webm,video/ogg,video/*;q=0.9,application/ogg;q=0.7,audio/*;q=0.6,*/*;q=0.5')
        h = subres_headers(b, dest, page, accept, cookie=cookie, extra={'Range': rng})
        if start and chance(0.5):
            h['If-Range'] = pick([etag().replace('W/', ''), httpdate(ts(86400 * 60))])
        return 'GET', path, h, None
    if kind == 'pdf_range':
        path = pick(['/downloads/annual-report-2023.pdf', '/docs/whitepaper-zero-trust.pdf', '/files/menu_sommer_2024.pdf', '/legal/Terms%20of%20Service%20(2024).pdf'])
        h = subres_headers(b, pick(['document', 'empty']), page, '*/*', cookie=cookie,
                           extra={'Range': pick(['bytes=0-65535', 'bytes=65536-131071', 'bytes=1048576-1114111', 'bytes=0-'])})
        return 'GET', path, h, None
    if kind == 'sw':
        h = subres_headers(b, 'serviceworker', f'https://{dom}/sw.js', '*/*', cookie=cookie, extra={'Service-Worker': 'script', 'Cache-Control': 'max-age=0'})
        return 'GET', pick(['/sw.js', '/service-worker.js', '/firebase-messaging-sw.js', '/OneSignalSDKWorker.js?appId=' + uid()]), h, None
    if kind == 'manifest':
        h = subres_headers(b, 'manifest', page, '*/*', mode='cors')
        return 'GET', pick(['/manifest.json', '/site.webmanifest', '/manifest.webmanifest']), h, None
    if kind == 'sourcemap':
        h = {'User-Agent': b['ua'], 'Accept': '*/*', 'Accept-Encoding': b['ae'], 'Accept-Language': b['al']}
        return 'GET', pick([f'/static/js/main.{hexs(8)}.js.map', f'/_next/static/chunks/pages/_app-{hexs(16)}.js.map', f'/assets/index-{alnum(8, B64URL)}.js.map']), h, None
    if kind == 'json_data':
        h = subres_headers(b, 'empty', page, '*/*', cookie=cookie, mode='cors', extra={'x-nextjs-data': '1'} if chance(0.5) else None)
        bid = alnum(21, B64URL)
        return 'GET', pick([f'/_next/data/{bid}/en/products/{pick(PRODUCTS)}.json?' + qs([('slug', pick(PRODUCTS))]),
                            f'/_next/data/{bid}/index.json', f'/locales/{pick(["en", "de", "fr-CA", "pt-BR"])}/translation.json?v={hexs(7)}']), {**h, **cond}, None
    # hls
    seg = R.randint(0, 300)
    path = pick([f'/stream/{uid()}/1080p/segment_{seg:05d}.ts', f'/hls/live/{R.randint(1000, 9999)}/playlist.m3u8', f'/vod/{hexs(12)}/720p/seg-{seg}-v1-a1.m4s'])
    h = subres_headers(b, 'empty', page, '*/*', mode='cors', origin='https://' + dom, site='same-site')
    return 'GET', path + ('?' + qs([('token', b64u(24)), ('expires', str(NOW + 3600))]) if chance(0.5) else ''), h, None


ASSET_KINDS = ['js', 'js', 'module', 'css', 'css', 'font', 'image', 'image', 'image', 'video_range', 'pdf_range', 'sw', 'manifest',
               'sourcemap', 'json_data', 'hls']

# ======== gen_xhr
# ---------------------------------------------------------------- xhr class
MARKDOWN_DOCS = [
    """# How we cut our Postgres query times by 80%

Last quarter our `/api/v1/orders` endpoint regularly took **>2s** at p95. Here's what we changed.

## 1. Find the slow queries

We turned on `pg_stat_statements` and sorted by total time:

```sql
SELECT query, calls, total_exec_time, mean_exec_time
FROM pg_stat_statements
ORDER BY total_exec_time DESC
LIMIT 10;
```

## 2. Add the missing index

```sql
CREATE INDEX CONCURRENTLY idx_orders_customer_created
  ON orders (customer_id, created_at DESC);
```

| metric | before | after |
|---|---|---|
| p50 | 340ms | 45ms |
| p95 | 2.1s | 380ms |

> Tip: always use `CONCURRENTLY` on big tables in production.

Next post: connection pooling with PgBouncer 🚀
""",
    """## Meeting notes – 2024-05-21

Attendees: @priya, @marcus, @yuki

- [x] Ship dark mode toggle
- [ ] Fix flaky e2e test in `checkout.spec.ts` (times out waiting for `#pay-button`)
- [ ] Decide on i18n library (i18next vs. FormatJS)

### Action items
1. Marcus: write RFC for the new permissions model
2. Yuki: benchmark `JSON.parse` vs. `structuredClone` for the cache layer

_Next sync: Thursday 10:00 CET_
""",
    """Dear hiring team,

I'm excited to apply for the **Senior Backend Engineer** role. Over the last 6 years I've built payment systems in Go and Python, including:

* an idempotent ledger service handling ~3k req/s
* a webhook delivery pipeline with exponential backoff & DLQ

```go
func (s *Service) Retry(ctx context.Context, fn func() error) error {
    for i := 0; i < s.max; i++ {
        if err := fn(); err == nil { return nil }
        time.Sleep(s.backoff(i))
    }
    return ErrExhausted
}
```

Looking forward to hearing from you!
""",
    """# Rezept: Käsespätzle für 4 Personen

**Zutaten**
- 400 g Mehl
- 4 Eier
- 200 ml Mineralwasser
- 250 g Bergkäse, gerieben
- 3 Zwiebeln

1. Teig schlagen, bis er Blasen wirft.
2. Portionsweise ins kochende Salzwasser schaben.
3. Schichtweise mit Käse in eine Form geben & bei 180 °C 10 Min. überbacken.

Guten Appetit! 🧀
""",
    """### Bug: export to CSV drops rows with commas in the name

**Steps to reproduce**
1. Create a contact named `Smith, John "JJ"`
2. Go to *Contacts → Export → CSV*
3. Open the file in Excel

**Expected:** one row per contact
**Actual:** the row is split into two columns and the quote is lost

Env: Chrome 125 / macOS 14.5, workspace `acme-inc`
""",
    """Title: Release notes v3.2.0

## Added
- `--dry-run` flag for `lumen deploy`
- Support for `.env.local` overrides

## Fixed
- Crash when `config.yaml` contains a tab character (#1882)
- Wrong timezone in scheduled reports for `Asia/Kolkata` (UTC+05:30)

## Deprecated
- `LUMEN_TOKEN` env var, use `LUMEN_API_KEY` instead. Will be removed in 4.0.
""",
]

GQL_OPS = [
    ('GetProduct', 'query GetProduct($handle: String!, $country: CountryCode) @inContext(country: $country) {\n  product(handle: $handle) {\n    id\n    title\n    descriptionHtml\n    priceRange { minVariantPrice { amount currencyCode } }\n    variants(first: 20) { edges { node { id title availableForSale selectedOptions { name value } } } }\n    images(first: 5) { nodes { url altText width height } }\n  }\n}',
     lambda: {'handle': pick(PRODUCTS), 'country': pick(['DE', 'US', 'GB', 'FR'])}),
    ('SearchIssues', 'query SearchIssues($query: String!, $first: Int = 25, $after: String) {\n  search(query: $query, type: ISSUE, first: $first, after: $after) {\n    issueCount\n    pageInfo { endCursor hasNextPage }\n    nodes { ... on Issue { number title state author { login } labels(first: 5) { nodes { name color } } } }\n  }\n}',
     lambda: {'query': pick(['repo:acme/api is:open label:bug', 'is:issue is:open "memory leak" in:title', 'author:@me sort:updated-desc']), 'first': 25, 'after': pick([None, b64_json({'cursor': R.randint(1, 400)})])}),
    ('AddToCart', 'mutation AddToCart($cartId: ID!, $lines: [CartLineInput!]!) {\n  cartLinesAdd(cartId: $cartId, lines: $lines) {\n    cart { id totalQuantity cost { totalAmount { amount currencyCode } } }\n    userErrors { field message code }\n  }\n}',
     lambda: {'cartId': 'gid://shopify/Cart/' + alnum(26, UPALNUM) + '?key=' + hexs(32), 'lines': [{'merchandiseId': 'gid://shopify/ProductVariant/' + digits(14), 'quantity': R.randint(1, 3), 'attributes': [{'key': 'gift_note', 'value': pick(['Happy birthday Mum! ❤️', "Don't open until the 25th!", ''])}]}]}),
    ('UpdateProfile', 'mutation UpdateProfile($input: UpdateProfileInput!) {\n  updateProfile(input: $input) {\n    user { id displayName bio website location }\n    errors { path message }\n  }\n}',
     lambda: {'input': {'displayName': ' '.join(person()[:2]), 'bio': pick(["Coffee ☕ + code 💻 | she/her | opinions my own", "Maker of things. Breaker of builds. 🇮🇪→🇩🇪", "Ceramicist & part-time baker 🍞 — DMs open for commissions"]), 'website': 'https://' + alnum(8, LOWALNUM) + '.dev', 'location': pick(['Berlin', 'Coeur d\'Alene, ID', 'São Paulo', '東京'])}}),
    ('CreateComment', 'mutation CreateComment($postId: ID!, $body: String!, $parentId: ID) {\n  createComment(postId: $postId, body: $body, parentId: $parentId) {\n    comment { id body createdAt author { username avatarUrl } }\n  }\n}',
     lambda: {'postId': 'post_' + alnum(12), 'body': pick(COMMENTS), 'parentId': pick([None, 'cmt_' + alnum(12)])}),
    ('DashboardMetrics', 'query DashboardMetrics($projectId: ID!, $range: DateRangeInput!, $filters: [FilterInput!]) {\n  project(id: $projectId) {\n    metrics(range: $range, filters: $filters) {\n      visitors pageviews bounceRate avgSessionDuration\n      timeseries { ts value }\n      topPages(limit: 10) { path views }\n    }\n  }\n}',
     lambda: {'projectId': 'prj_' + alnum(6), 'range': {'from': iso(ts() - 604800), 'to': iso()}, 'filters': [{'field': 'country', 'operator': 'IN', 'values': ['DE', 'AT', 'CH']}, {'field': 'path', 'operator': 'STARTS_WITH', 'values': ['/blog/']}]}),
    ('Viewer', 'query Viewer {\n  viewer {\n    id\n    login\n    name\n    email\n    organizations(first: 10) { nodes { id name slug role } }\n    featureFlags\n  }\n}', lambda: {}),
    ('CreateIssue', 'mutation CreateIssue($input: IssueCreateInput!) {\n  issueCreate(input: $input) { success issue { id identifier url } }\n}',
     lambda: {'input': {'teamId': uid(), 'title': pick(['Checkout button unresponsive on Safari 17.4', "Can't upload files > 10 MB", 'Typo on pricing page ("recieve")']), 'description': pick(MARKDOWN_DOCS[1:5:3]), 'priority': R.randint(0, 4), 'labelIds': [uid()]}}),
]


def api_headers(b, dom, ref_path, ctype=None, auth='bearer', accept='application/json', extra=None, cookie=None, site='same-origin'):
    origin = f'https://{dom}'
    h = cors_headers(b, origin if ctype or chance(0.3) else None, origin + ref_path, accept=accept, ctype=ctype, site=site, cookie=cookie)
    if auth == 'bearer':
        h['Authorization'] = 'Bearer ' + jwt(pick(['RS256', 'RS256', 'ES256', 'HS256']))
    elif auth == 'csrf':
        h['X-CSRF-Token'] = pick([b64(32), alnum(86, B64URL), hexs(64)])
        h['X-Requested-With'] = 'XMLHttpRequest'
        if not cookie:
            h['Cookie'] = cookie_header(kinds=('session', 'ga', 'misc'), p=0.7)
    elif auth == 'xsrf':
        h['X-XSRF-TOKEN'] = quote(b64_json({'iv': b64(16), 'value': b64(48), 'mac': hexs(64), 'tag': ''}), safe='')
        h['X-Requested-With'] = 'XMLHttpRequest'
        h['Cookie'] = '; '.join(ck_session('laravel') + ck_ga())
    elif auth == 'apikey':
        h['X-API-Key'] = pick(['pk_live_' + alnum(24), 'pub_' + hexs(32)])
    if extra:
        h.update(extra)
    return h


def xhr_request(kind):
    b = browser()
    dom = pick([SITES['saas'], SITES['shop'], 'api.lumenapp.io', SITES['forum'], SITES['news']])
    auth = pick(['bearer', 'bearer', 'csrf', 'xsrf', 'none'])
    ref_path = pick(['/dashboard', '/products/' + pick(PRODUCTS), '/app/inbox', '/settings/profile', '/t/gpx-import-fails-with-unexpected-token/55102', '/search'])
    CT_JSON = pick(['application/json', 'application/json', 'application/json;charset=UTF-8', 'application/json; charset=utf-8'])
    if kind == 'get_list':
        v = pick(['v1', 'v2'])
        res = pick(['products', 'orders', 'tickets', 'invoices', 'events', 'users', 'projects'])
        q = []
        if res == 'products':
            q = [('category', pick(COLLECTIONS)), ('min_price', str(R.randint(0, 50))), ('max_price', str(R.randint(60, 500))), ('in_stock', 'true'), ('sort', pick(['-created_at', 'price', '-rating', 'name']))]
        elif res in ('orders', 'invoices'):
            q = [('status', pick(['paid', 'pending,failed', 'refunded'])), ('created[gte]', str(ts() - 2592000)), ('created[lt]', str(ts())), ('expand[]', 'customer'), ('expand[]', 'line_items')]
        elif res == 'tickets':
            q = [('filter[status]', 'open'), ('filter[assignee]', 'me'), ('include', 'requester,tags'), ('fields[tickets]', 'subject,status,updated_at')]
        else:
            q = [('q', pick(SEARCH_TERMS)), ('fields', 'id,name,email,created_at')]
        q += [('page[size]', pick(['20', '25', '50'])), ('page[number]', str(R.randint(1, 9)))] if chance(0.5) else [('limit', pick(['20', '50', '100'])), ('cursor', cursor())]
        if chance(0.3):
            q.append(('_', str(ms())))
        uri = f'/api/{v}/{res}?' + qs(q, plus=chance(0.5))
        return 'GET', uri, api_headers(b, dom, ref_path, auth=auth, accept=pick(['application/json', 'application/json, text/plain, */*', 'application/vnd.api+json'])), None
    if kind == 'get_one':
        uri = pick([f'/api/v1/users/me', '/api/v2/me?include=organizations,permissions', f'/api/v1/notifications?unread=true&since={quote(iso())}',
                    f'/api/v1/orders/ord_{alnum(14)}', f'/api/v1/products/{pick(PRODUCTS)}/reviews?rating=5&lang=en&sort=helpful',
                    '/api/v1/feature-flags?keys=new_checkout,dark_mode,ai_summary', f'/api/session', '/api/auth/session', '/api/v1/cart',
                    f'/api/v1/stores/nearby?lat={R.uniform(40, 55):.5f}&lng={R.uniform(-5, 20):.5f}&radius_km=10',
                    f'/api/v1/shipping/rates?country=DE&postal_code={R.randint(10000, 99999)}&weight_g={R.randint(100, 5000)}'])
        return 'GET', uri, api_headers(b, dom, ref_path, auth=auth), None
    if kind == 'search_bool':
        qstr = pick(['title:(rust OR go) AND -draft', '(status:open OR status:pending) AND assignee:me', 'tag:"machine learning" AND year:[2020 TO 2024]',
                     'author:"O\'Brien" NOT category:opinion', '"exact phrase" +required -excluded', 'price:<50 brand:Patagonia color:blue',
                     'error AND (timeout OR "connection reset") AND NOT env:staging', 'name:Jo* AND city:"São Paulo"', 'size:>=10MB type:pdf modified:last-week'])
        if chance(0.5):
            uri = '/api/v1/search?' + qs([('q', qstr), ('limit', '20'), ('highlight', 'true')], plus=chance(0.5))
            return 'GET', uri, api_headers(b, dom, ref_path, auth=auth), None
        body = {'query': qstr, 'filters': {'created_at': {'gte': iso(ts() - 7776000), 'lte': iso()}, 'tags': ['billing', 'vip']},
                'sort': [{'field': '_score', 'order': 'desc'}, {'field': 'updated_at', 'order': 'desc'}], 'page': {'size': 25, 'cursor': None},
                'facets': ['status', 'assignee', 'priority']}
        return 'POST', '/api/v1/search', api_headers(b, dom, ref_path, ctype=CT_JSON, auth=auth), jdump(body)
    if kind == 'autocomplete':
        term = pick(SEARCH_TERMS)
        term = term[:R.randint(2, max(3, len(term)))]
        uri = pick(['/api/v1/autocomplete?', '/search/suggest.json?', '/api/suggest?']) + qs([('q', term), ('limit', '8'), ('locale', pick(['en', 'de', 'ja', 'fr']))], plus=False)
        return 'GET', uri, api_headers(b, dom, '/', auth='none'), None
    if kind == 'comment':
        c = pick(COMMENTS)
        body = pick([
            {'body': c, 'parent_id': pick([None, R.randint(1000, 99999)]), 'mentions': [], 'format': 'markdown'},
            {'content': {'type': 'doc', 'content': [{'type': 'paragraph', 'content': [{'type': 'text', 'text': c}, {'type': 'text', 'text': ' 🙌', 'marks': [{'type': 'bold'}]}]}]}, 'thread_id': 'thr_' + alnum(10)},
            {'comment': {'html': '<p>' + c.replace('\n', '<br>') + '</p>', 'text': c}, 'post_id': R.randint(1000, 99999), 'notify_subscribers': True},
            {'ops': [{'insert': 'Re: shipping times\n', 'attributes': {'header': 3}}, {'insert': c + '\n'}, {'insert': 'thanks!', 'attributes': {'italic': True}}, {'insert': '\n'}]},
        ])
        path = pick([f'/api/v1/posts/{R.randint(1000, 99999)}/comments', '/api/v1/comments', f'/api/v2/threads/{uid()}/replies', f'/posts/{R.randint(1000, 99999)}/comments.json'])
        return 'POST', path, api_headers(b, dom, ref_path, ctype=CT_JSON, auth=auth), jdump(body, ascii=chance(0.3))
    if kind == 'profile':
        f, l, e = person()
        city, zipc, cc = pick(CITIES)
        body = {'first_name': f, 'last_name': l, 'display_name': f'{f} {l[0]}.', 'email': e,
                'bio': pick(["Coffee ☕ + code 💻 | she/her", "Runner 🏃‍♀️, reader 📚 & recovering perfectionist.", "Building tools for makers. Ex-@globex. Views are my own.", "Je parle français, English & un peu d'español."]),
                'phone': pick(['+49 170 1234567', '+1 (415) 555-0132', '+44 7700 900123', '+33 6 12 34 56 78']),
                'address': {'line1': pick(STREETS), 'line2': pick(['', 'Apt. 4B', 'c/o Reception', '3rd floor']), 'city': city, 'postal_code': zipc, 'country': cc},
                'preferences': {'newsletter': chance(0.5), 'language': pick(['en', 'de', 'fr', 'ja']), 'timezone': pick(['Europe/Berlin', 'America/Chicago', 'Asia/Tokyo']), 'units': pick(['metric', 'imperial'])},
                'social': {'twitter': '@' + alnum(8, LOWALNUM), 'website': 'https://' + alnum(7, LOWALNUM) + '.com/about?ref=profile'}}
        method = pick(['PUT', 'PATCH'])
        ct = CT_JSON if method == 'PUT' else pick([CT_JSON, 'application/merge-patch+json'])
        if method == 'PATCH':
            body = {k: body[k] for k in R.sample(list(body.keys()), 3)}
        return method, pick(['/api/v1/users/me', '/api/v1/profile', f'/api/v2/accounts/{uid()}']), api_headers(b, dom, '/settings/profile', ctype=ct, auth=auth), jdump(body)
    if kind == 'json_patch':
        ops = [{'op': 'replace', 'path': '/title', 'value': pick(['Q3 roadmap (draft)', 'Onboarding checklist – EMEA', 'Café opening: supplier list'])},
               {'op': 'add', 'path': '/tags/-', 'value': pick(['urgent', 'design', 'backend'])},
               {'op': 'remove', 'path': f'/assignees/{R.randint(0, 3)}'},
               {'op': 'replace', 'path': '/settings/notify~1email', 'value': False}]
        return 'PATCH', f'/api/v1/documents/{uid()}', api_headers(b, dom, ref_path, ctype='application/json-patch+json', auth=auth, extra={'If-Match': etag()}), jdump(ops[:R.randint(2, 4)])
    if kind == 'jsonapi':
        body = {'data': {'type': 'tasks', 'id': str(R.randint(100, 99999)), 'attributes': {'title': pick(['Call supplier re: invoice #2024-117', 'Review PR #482', 'Book venue for offsite 🏕️']), 'due_at': iso(NOW + 86400 * R.randint(1, 20)), 'completed': chance(0.3)},
                         'relationships': {'assignee': {'data': {'type': 'users', 'id': str(R.randint(1, 500))}}, 'project': {'data': {'type': 'projects', 'id': str(R.randint(1, 80))}}}}}
        return 'PATCH', f'/api/v1/tasks/{body["data"]["id"]}', api_headers(b, dom, '/app/inbox', ctype='application/vnd.api+json', accept='application/vnd.api+json', auth=auth), jdump(body)
    if kind == 'graphql':
        name, query, varf = pick(GQL_OPS)
        body = {'operationName': name, 'query': query, 'variables': varf()}
        path = pick(['/graphql', '/api/graphql', '/api/2024-04/graphql.json'])
        extra = {}
        if path.endswith('.json'):
            extra['X-Shopify-Storefront-Access-Token'] = hexs(32)
        if chance(0.3):
            extra['apollographql-client-name'] = 'web'
            extra['apollographql-client-version'] = f'3.{R.randint(0, 30)}.{R.randint(0, 9)}'
        return 'POST', path, api_headers(b, dom, ref_path, ctype=CT_JSON, auth=auth, accept=pick(['application/json', 'application/graphql-response+json, application/json', '*/*']), extra=extra), jdump(body)
    if kind == 'graphql_get':
        name, query, varf = pick(GQL_OPS[:2] + GQL_OPS[5:7])
        ext = {'persistedQuery': {'version': 1, 'sha256Hash': hexs(64)}}
        q = [('operationName', name), ('variables', jdump(varf())), ('extensions', jdump(ext))]
        return 'GET', '/graphql?' + qs(q, plus=False), api_headers(b, dom, ref_path, auth=auth, extra={'apollo-require-preflight': 'true'} if chance(0.3) else None), None
    if kind == 'analytics':
        evs = []
        for _ in range(R.randint(1, 5)):
            evs.append({'event': pick(['product_viewed', 'add_to_cart', 'search_performed', 'checkout_started', 'video_played', 'scroll_depth', 'cta_clicked']),
                        'properties': {'product_id': pick(PRODUCTS), 'price': round(R.uniform(5, 400), 2), 'currency': 'EUR', 'query': pick(SEARCH_TERMS), 'percent': pick([25, 50, 75, 90]), 'label': pick(['Shop now →', 'Get started — it\'s free', 'Jetzt kaufen'])},
                        'timestamp': iso(), 'anonymous_id': uid(), 'context': {'page': {'path': ref_path, 'referrer': 'https://www.google.com/', 'title': pick(['Trail Runner GTX | Brightlane', 'Pricing – Lumen', 'Search results for "socks"'])}, 'locale': b['al'].split(',')[0], 'userAgent': b['ua']}})
        return 'POST', pick(['/api/v1/events', '/api/track', '/v1/batch']), api_headers(b, dom, ref_path, ctype=CT_JSON, auth=pick(['none', 'apikey'])), jdump({'batch': evs, 'sentAt': iso()})
    if kind == 'autosave':
        md = pick(MARKDOWN_DOCS)
        body = {'id': uid(), 'title': md.strip().split('\n')[0].lstrip('#').strip(), 'content': md, 'format': 'markdown', 'version': R.randint(2, 80), 'autosave': True,
                'word_count': len(md.split()), 'client_ts': ms()}
        return pick(['PUT', 'POST', 'PATCH']), pick([f'/api/v1/drafts/{uid()}/autosave', f'/api/v1/posts/{R.randint(100, 9999)}/draft', f'/api/v1/notes/{alnum(10)}']), \
            api_headers(b, dom, '/editor/' + alnum(10), ctype=CT_JSON, auth=auth), jdump(body, ascii=chance(0.3))
    if kind == 'jquery_form':
        f, l, e = person()
        body = qs([('email', e), ('name', f'{f} {l}'), ('list_id', hexs(10)), ('source', 'footer_form'), ('consent', '1')])
        h = api_headers(b, dom, ref_path, ctype='application/x-www-form-urlencoded; charset=UTF-8', auth='csrf', accept='application/json, text/javascript, */*; q=0.01')
        return 'POST', pick(['/newsletter/subscribe', '/wp-admin/admin-ajax.php', '/ajax/subscribe.php']), h, body + ('&action=mc4wp_subscribe&_wpnonce=' + hexs(10) if chance(0.4) else '')
    if kind == 'cart_ajax':
        body = {'items': [{'id': int(digits(14)), 'quantity': R.randint(1, 3), 'properties': {'Engraving': pick(["J&M ♥ 2024", "Seán's mug", 'Best Dad ever!']), '_source': 'pdp'}}]}
        return 'POST', pick(['/cart/add.js', '/api/v1/cart/items']), api_headers(b, SITES['shop'], '/products/' + pick(PRODUCTS), ctype=CT_JSON, auth='none', accept='application/json', cookie='; '.join(ck_cart() + ck_ga())), jdump(body)
    if kind == 'delete':
        return 'DELETE', pick([f'/api/v1/sessions/{uid()}', f'/api/v1/cart/items/{R.randint(1, 99)}', f'/api/v1/notifications/{alnum(12)}', f'/api/v1/webhooks/we_{alnum(16)}']), api_headers(b, dom, ref_path, auth=auth), None
    if kind == 'refresh':
        body = pick([{'refresh_token': alnum(64, B64URL), 'grant_type': 'refresh_token', 'client_id': alnum(32)}, {}])
        return 'POST', pick(['/api/v1/auth/refresh', '/oauth/token', '/api/auth/token']), api_headers(b, dom, ref_path, ctype=CT_JSON, auth='none', cookie='; '.join(ck_session('host'))), jdump(body)
    if kind == 'settings':
        body = {'email': {'digest': pick(['daily', 'weekly', 'never']), 'mentions': True, 'marketing': False}, 'push': {'enabled': True, 'quiet_hours': {'start': '22:00', 'end': '07:30', 'tz': 'Europe/Berlin'}},
                'slack': {'channel': '#alerts-prod', 'events': ['deploy.failed', 'incident.opened']}}
        return 'PUT', '/api/v1/settings/notifications', api_headers(b, dom, '/settings/notifications', ctype=CT_JSON, auth=auth), jdump(body)
    if kind == 'checkout_address':
        f, l, e = person()
        city, zipc, cc = pick(CITIES)
        body = {'shipping_address': {'first_name': f, 'last_name': l, 'company': pick(['', 'Müller & Söhne GmbH', "Dunkin' Partners LLC"]), 'address1': pick(STREETS), 'address2': pick(['', 'Apt 2', 'Hinterhaus, 3. OG']),
                                     'city': city, 'zip': zipc, 'country_code': cc, 'phone': '+' + digits(11)},
                'email': e, 'delivery_instructions': pick(['Leave with neighbour at #12 if not home', "Please don't ring the bell – baby sleeping 👶", 'Gate code 4711#', '']),
                'billing_same_as_shipping': True}
        return 'POST', f'/api/v1/checkout/{uid()}/address', api_headers(b, SITES['shop'], '/checkout', ctype=CT_JSON, auth='csrf'), jdump(body)
    if kind == 'ai_prompt':
        prompt = pick(['Summarize this support thread in 3 bullet points and suggest a reply.',
                       'Explain the difference between SELECT DISTINCT and GROUP BY in Postgres, with an example.',
                       'Rewrite this paragraph to sound friendlier: "Your request has been denied due to policy."',
                       'Translate to German: "Free returns within 30 days — no questions asked."',
                       'Write a regex that matches UK postcodes like "SW1A 1AA".',
                       'What does `git rebase -i HEAD~3` do? Keep it short.'])
        body = {'conversation_id': uid(), 'messages': [{'role': 'user', 'content': prompt}], 'model': pick(['default', 'fast']), 'stream': True, 'context': {'ticket_id': R.randint(1000, 99999)}}
        return 'POST', '/api/v1/assistant/chat', api_headers(b, SITES['saas'], '/app/inbox', ctype=CT_JSON, auth=auth, accept='text/event-stream'), jdump(body)
    if kind == 'rsc':
        slug = pick(PRODUCTS)
        tree = ['', {'children': ['products', {'children': [['slug', slug, 'd'], {'children': ['__PAGE__', {}]}]}]}, None, None, True]
        h = cors_headers(b, None, f'https://{SITES["shop"]}/products/{pick(PRODUCTS)}', accept='*/*', cookie=cookie_header(p=0.4),
                         extra={'RSC': '1', 'Next-Router-State-Tree': quote(jdump(tree), safe=''), 'Next-Url': f'/products/{slug}'})
        return 'GET', f'/products/{slug}?_rsc={alnum(5, LOWALNUM)}', h, None
    if kind == 'htmx':
        term = pick(SEARCH_TERMS)
        h = cors_headers(b, None, f'https://{dom}/search', accept='*/*', cookie=cookie_header(kinds=('session', 'ga'), p=0.6),
                         extra={'HX-Request': 'true', 'HX-Current-URL': f'https://{dom}/search?' + qs([('q', term[:3])]), 'HX-Target': 'search-results', 'HX-Trigger': 'search-input'})
        return 'GET', '/search/results?' + qs([('q', term), ('page', '1')]), h, None
    if kind == 'turbo':
        h = cors_headers(b, None, f'https://{SITES["forum"]}/t/best-budget-tent-for-2-people/9912', accept='text/vnd.turbo-stream.html, text/html, application/xhtml+xml', cookie='; '.join(ck_session('rails')),
                         extra={'Turbo-Frame': pick(['comments', 'post_9912', 'notifications']), 'X-CSRF-Token': b64(64)})
        return 'GET', f'/t/best-budget-tent-for-2-people/9912/posts?page={R.randint(2, 6)}', h, None
    if kind == 'presign':
        body = {'filename': pick(['Screenshot 2024-05-21 at 09.14.33.png', 'Rechnung_Mai_2024 (1).pdf', 'IMG_4821.HEIC', "Q2 report – final (v3).xlsx", '会议记录.docx']),
                'content_type': pick(['image/png', 'application/pdf', 'image/heic', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']), 'size': R.randint(20000, 9000000), 'checksum_sha256': b64(32)}
        return 'POST', '/api/v1/uploads/presign', api_headers(b, dom, ref_path, ctype=CT_JSON, auth=auth), jdump(body)
    if kind == 'text_plain':
        body = {'type': 'heartbeat', 'doc': uid(), 'cursor': {'line': R.randint(1, 200), 'ch': R.randint(0, 80)}, 'selection': None, 'ts': ms()}
        return 'POST', '/api/v1/presence', api_headers(b, dom, '/editor/' + alnum(10), ctype='text/plain;charset=UTF-8', auth=auth), jdump(body)
    if kind == 'fetch_formdata':
        bd = '----WebKitFormBoundary' + alnum(16)
        f, l, e = person()
        parts = [('title', pick(['Weekly update', 'Bug: CSV export', 'Idea: saved filters'])), ('body', pick(MARKDOWN_DOCS)), ('tags[]', 'product'), ('tags[]', 'feedback')]
        body = ''.join(f'--{bd}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n' for k, v in parts) + f'--{bd}--\r\n'
        return 'POST', '/api/v1/posts', api_headers(b, dom, ref_path, ctype=f'multipart/form-data; boundary={bd}', auth=auth), body
    # export
    q = [('format', pick(['csv', 'xlsx', 'json'])), ('fields', 'id,email,name,created_at,plan'), ('filter', 'plan:pro AND created_at>=2024-01-01'), ('tz', 'Europe/Berlin')]
    return 'GET', '/api/v1/reports/export?' + qs(q, plus=False), api_headers(b, dom, '/reports', auth=auth, accept='text/csv, application/json;q=0.9'), None


XHR_KINDS = ['get_list', 'get_list', 'get_one', 'get_one', 'search_bool', 'autocomplete', 'comment', 'comment', 'profile', 'json_patch', 'jsonapi',
             'graphql', 'graphql', 'graphql', 'graphql_get', 'analytics', 'autosave', 'autosave', 'jquery_form', 'cart_ajax', 'delete', 'refresh', 'settings',
             'checkout_address', 'ai_prompt', 'rsc', 'htmx', 'turbo', 'presign', 'text_plain', 'fetch_formdata', 'export']

# ======== gen_form
# ---------------------------------------------------------------- form class
PASSWORDS = ['correct horse battery staple', 'Sommer2024!', "P@ss'w0rd#42", 'hunter2-but-longer', 'Tr0ub4dor&3', 'j3SuisLà!', 'x9#Kq!vR2$mZ', 'MyDog=Rex2019', '€uro-Spar-99']


def boundary(b):
    if b['family'] == 'firefox':
        return pick(['----geckoformboundary' + hexs(32), '---------------------------' + digits(29)])
    return '----WebKitFormBoundary' + alnum(16)


def multipart(bd, fields, files=()):
    """fields: list of (name, value); files: list of (name, filename, ctype, bytes). Returns bytes."""
    out = b''
    for k, v in fields:
        out += f'--{bd}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n'.encode() + v.encode('utf-8') + b'\r\n'
    for name, fn, ct, data in files:
        out += f'--{bd}\r\nContent-Disposition: form-data; name="{name}"; filename="{fn}"\r\nContent-Type: {ct}\r\n\r\n'.encode('utf-8') + data + b'\r\n'
    out += f'--{bd}--\r\n'.encode()
    return out


def form_headers(b, dom, ref_path, ctype, cookie=None):
    h = nav_headers(b, referer=f'https://{dom}{ref_path}', cookie=cookie, site='same-origin', reload=False, user=True)
    # insert Content-Type / Origin as browsers do for form POST
    nh = {}
    for k, v in h.items():
        nh[k] = v
        if k in ('Upgrade-Insecure-Requests', 'Accept-Encoding') and 'Origin' not in nh:
            nh['Origin'] = f'https://{dom}'
            nh['Content-Type'] = ctype
    if 'Origin' not in nh:
        nh['Origin'] = f'https://{dom}'
        nh['Content-Type'] = ctype
    if b['family'] == 'chromium' and chance(0.7):
        nh = {'Cache-Control': 'max-age=0', **nh}
    return nh


URLENC = 'application/x-www-form-urlencoded'


def form_request(kind):
    b = browser()
    f, l, e = person()
    city, zipc, cc = pick(CITIES)
    if kind == 'login_rails':
        dom = SITES['forum']
        body = qs([('authenticity_token', b64(64)), ('user[email]', e), ('user[password]', pick(PASSWORDS)), ('user[remember_me]', pick(['0', '1'])), ('commit', 'Log in')])
        return 'POST', '/users/sign_in', form_headers(b, dom, '/users/sign_in', URLENC, '; '.join(ck_session('rails') + ck_ga())), body
    if kind == 'login_wp':
        dom = SITES['news']
        body = qs([('log', e if chance(0.5) else f.lower()), ('pwd', pick(PASSWORDS)), ('rememberme', 'forever'), ('wp-submit', 'Log In'),
                   ('redirect_to', f'https://{dom}/wp-admin/'), ('testcookie', '1')])
        return 'POST', '/wp-login.php', form_headers(b, dom, '/wp-login.php', URLENC, 'wordpress_test_cookie=WP%20Cookie%20check; ' + '; '.join(ck_ga())), body
    if kind == 'login_django':
        dom = SITES['saas']
        tok = alnum(64)
        body = qs([('csrfmiddlewaretoken', tok), ('username', e), ('password', pick(PASSWORDS)), ('next', pick(['/dashboard/', '/app/acme-inc/projects/?tab=active', '/settings/billing/']))])
        return 'POST', '/accounts/login/?' + qs([('next', '/dashboard/')]), form_headers(b, dom, '/accounts/login/?next=/dashboard/', URLENC, f'csrftoken={alnum(32)}'), body
    if kind == 'signup':
        dom = pick([SITES['saas'], SITES['shop']])
        pw = pick(PASSWORDS)
        body = qs([('_token', alnum(40)), ('first_name', f), ('last_name', l), ('email', e), ('password', pw), ('password_confirmation', pw),
                   ('company', pick(['', "Ben & Jerry's", 'Müller & Söhne GmbH', 'O\'Reilly Media', 'Smith, Jones & Partners LLP'])),
                   ('country', cc), ('terms', 'on'), ('newsletter', pick(['on', '0'])), ('referral_code', pick(['', 'FRIEND-' + alnum(6, UPALNUM)])), ('plan', pick(['starter', 'pro']))])
        return 'POST', pick(['/register', '/signup', '/account/register']), form_headers(b, dom, '/signup', URLENC, '; '.join(ck_session('laravel') + ck_ga() + ck_ads())), body
    if kind == 'address':
        dom = SITES['shop']
        body = qs([('authenticity_token', b64(64)), ('address[first_name]', f), ('address[last_name]', l), ('address[company]', pick(['', 'Café Zürich AG', "Mom & Pop's Deli"])),
                   ('address[address1]', pick(STREETS)), ('address[address2]', pick(['', 'Apt. 12 & 13', 'Floor 2, Unit #7', 'Bâtiment B'])), ('address[city]', city),
                   ('address[country]', cc), ('address[province]', pick(['', 'CA', 'NY', 'Bayern', 'Île-de-France'])), ('address[zip]', zipc),
                   ('address[phone]', pick(['+33 6 12 34 56 78', '(555) 010-4477', '+49 (0)30 1234567', '07700 900123'])), ('address[default]', '1')])
        return 'POST', '/account/addresses', form_headers(b, dom, '/account/addresses', URLENC, '; '.join(ck_cart() + ck_session('rails'))), body
    if kind == 'wp_comment':
        dom = SITES['news']
        body = qs([('comment', pick(COMMENTS + [m.format(n=R.randint(1000, 9999), d='May 14', name=f, email=e) for m in LOREM_MSGS[:2]])), ('author', f'{f} {l}'), ('email', e),
                   ('url', pick(['', 'https://' + alnum(8, LOWALNUM) + '.blog/', 'http://example.org/~' + f.lower()])), ('wp-comment-cookies-consent', 'yes'),
                   ('submit', 'Post Comment'), ('comment_post_ID', str(R.randint(100, 9999))), ('comment_parent', pick(['0', str(R.randint(100, 9999))])),
                   ('akismet_comment_nonce', hexs(10)), ('ak_js', str(ms()))])
        return 'POST', '/wp-comments-post.php', form_headers(b, dom, f'/{pick(NEWS_SECTIONS)}/2024/05/{pick(NEWS_SLUGS)}/', URLENC, cookie_header(p=0.4)), body
    if kind == 'contact':
        dom = pick(list(SITES.values()))
        msg = pick(LOREM_MSGS).format(n=R.randint(100000, 999999), d=pick(['12 May', 'May 3rd', '03.05.2024']), name=f'{f} {l}', email=e)
        msg = msg.replace('\n', '\r\n')
        body = qs([('name', f'{f} {l}'), ('email', e), ('phone', pick(['', '+1 555 0100', '+44 20 7946 0958'])), ('subject', pick(['Order issue', 'Sales enquiry – 250 seats', 'Partnership', 'Datenschutz-Anfrage', 'Question about pricing'])),
                   ('topic', pick(['support', 'sales', 'press', 'other'])), ('message', msg), ('consent', '1'), ('g-recaptcha-response', alnum(R.randint(400, 560), B64URL)), ('_wpcf7', str(R.randint(10, 999))),
                   ('_wpcf7_version', '5.9.5'), ('_wpcf7_locale', 'en_US'), ('_wpcf7_unit_tag', f'wpcf7-f{R.randint(10, 999)}-p{R.randint(10, 999)}-o1')])
        return 'POST', pick(['/contact', '/contact-us/', '/support/request', '/kontakt']), form_headers(b, dom, '/contact', URLENC, cookie_header(p=0.4)), body
    if kind == 'newsletter':
        dom = pick([SITES['news'], SITES['shop']])
        body = qs([('EMAIL', e), ('FNAME', f), ('b_' + hexs(25) + '_' + hexs(10), ''), ('group[1234][1]', '1'), ('subscribe', 'Subscribe')])
        return 'POST', f'/subscribe/post?u={hexs(25)}&id={hexs(10)}&f_id={hexs(12)}', form_headers(b, dom, '/', URLENC), body
    if kind == 'password_reset':
        dom = SITES['saas']
        if chance(0.5):
            body = qs([('_csrf', alnum(36, B64URL)), ('email', e)])
            return 'POST', '/password/forgot', form_headers(b, dom, '/password/forgot', URLENC), body
        pw = pick(PASSWORDS)
        body = qs([('_csrf', alnum(36, B64URL)), ('token', hexs(64)), ('password', pw), ('password_confirm', pw)])
        return 'POST', '/password/reset', form_headers(b, dom, '/password/reset?token=' + hexs(64), URLENC), body
    if kind == 'checkout':
        dom = SITES['shop']
        body = qs([('checkout[email]', e), ('checkout[buyer_accepts_marketing]', '0'), ('checkout[shipping_address][first_name]', f), ('checkout[shipping_address][last_name]', l),
                   ('checkout[shipping_address][address1]', pick(STREETS)), ('checkout[shipping_address][city]', city), ('checkout[shipping_address][zip]', zipc),
                   ('checkout[shipping_address][country]', cc), ('checkout[shipping_rate][id]', pick(['shopify-Standard-4.95', 'dhl-express-12.90'])), ('checkout[note]', pick(['', 'Gift wrap please 🎁', "It's a surprise – no invoice in the box!"])),
                   ('checkout[client_details][browser_width]', str(R.randint(360, 1920))), ('checkout[client_details][browser_height]', str(R.randint(640, 1080))), ('checkout[client_details][javascript_enabled]', '1'),
                   ('checkout[client_details][color_depth]', '24'), ('checkout[client_details][java_enabled]', 'false'), ('checkout[client_details][browser_tz]', str(pick([-120, 0, 240, 420])))])
        return 'POST', f'/{R.randint(10000000, 99999999)}/checkouts/{hexs(32)}', form_headers(b, dom, '/cart', URLENC, '; '.join(ck_cart() + ck_session('rails'))), body
    if kind == 'review':
        dom = SITES['shop']
        body = qs([('review[rating]', str(R.randint(1, 5))), ('review[title]', pick(['Great value!', 'Not as pictured', 'Perfekt für den Alltag', 'Meh… runs small', '10/10 would recommend'])),
                   ('review[body]', pick(COMMENTS)), ('review[author]', f), ('review[email]', e), ('review[fit]', pick(['true_to_size', 'runs_small'])), ('product_id', digits(13))])
        return 'POST', '/reviews', form_headers(b, dom, '/products/' + pick(PRODUCTS), URLENC), body
    if kind == 'event_reg':
        dom = SITES['saas'].replace('app.', 'events.')
        body = qs([('attendee[name]', f'{f} {l}'), ('attendee[email]', e), ('attendee[job_title]', pick(['VP, Engineering', 'R&D Lead', 'Head of Data (EMEA)', 'CTO / Co-founder'])),
                   ('attendee[dietary]', pick(['Vegetarian', 'Gluten-free; no nuts', 'Halal', 'None', 'Vegan (no honey please)'])), ('attendee[tshirt]', pick(['S', 'M', 'L', 'XL'])),
                   ('sessions[]', 'keynote'), ('sessions[]', pick(['workshop-k8s', 'panel-ai-ethics'])), ('how_did_you_hear', pick(['LinkedIn', 'A friend/colleague', 'Newsletter'])), ('agree_code_of_conduct', '1')])
        return 'POST', '/events/lumen-summit-2024/register', form_headers(b, dom, '/events/lumen-summit-2024', URLENC), body
    if kind == 'get_search_form':
        dom = pick(list(SITES.values()))
        q = [('q', pick(SEARCH_TERMS)), ('category', pick(['all', 'docs', 'forum']))]
        h = nav_headers(b, referer=f'https://{dom}/', site='same-origin', cookie=cookie_header(p=0.3))
        return 'GET', '/search?' + qs(q), h, None
    if kind == 'survey':
        dom = SITES['saas']
        body = qs([('nps', str(R.randint(0, 10))), ('reason', pick(['Fast support & great docs', 'Pricing is confusing — what\'s a "seat" vs. a "member"?', 'Missing SSO on the Team plan', 'Das Dashboard lädt manchmal sehr langsam.'])),
                   ('features[]', 'reports'), ('features[]', 'integrations'), ('contact_ok', 'yes'), ('survey_id', 'srv_' + alnum(8))])
        return 'POST', '/feedback/nps', form_headers(b, dom, '/dashboard', URLENC, '; '.join(ck_session('rails'))), body
    # ---- multipart
    bd = boundary(b)
    if kind == 'mp_avatar':
        dom = SITES['saas']
        img = png_bytes(R.choice([16, 24, 32]), R.choice([16, 24, 32]))
        fn = pick(['avatar.png', 'me.png', 'Profilbild.png', 'photo (1).png', 'IMG_2041.png'])
        data = multipart(bd, [('_method', 'patch'), ('authenticity_token', b64(64)), ('user[display_name]', f'{f} {l}')], [('user[avatar]', fn, 'image/png', img)])
        return 'POST', '/settings/profile', form_headers(b, dom, '/settings/profile', f'multipart/form-data; boundary={bd}', '; '.join(ck_session('rails'))), data
    if kind == 'mp_gif':
        dom = SITES['forum']
        data = multipart(bd, [('upload_type', 'composer'), ('client_id', hexs(32)), ('synchronous', 'true')], [('file', pick(['spacer.gif', 'tracker-pixel-test.gif', 'blank.gif']), 'image/gif', GIF1x1)])
        return 'POST', '/uploads.json', form_headers(b, dom, '/t/gpx-import-fails-with-unexpected-token/55102', f'multipart/form-data; boundary={bd}', '; '.join(ck_session('rails'))), data
    if kind == 'mp_resume':
        dom = SITES['saas'].replace('app.', 'careers.')
        resume = (f"{f} {l}\n{e} | +49 170 1234567 | linkedin.com/in/{f.lower()}\n\nEXPERIENCE\nSenior Backend Engineer, Globex GmbH (2020–2024)\n"
                  "- Designed an event-driven order pipeline (Kafka, Go) handling 3k msg/s\n- Cut p95 API latency from 900ms to 180ms via caching & query tuning\n\n"
                  "SKILLS\nGo, Python, PostgreSQL, Redis, Kubernetes, Terraform, CI/CD\n\nLANGUAGES\nEnglish (C2), Deutsch (B2), Español (A2)\n")
        data = multipart(bd, [('job_id', str(R.randint(1000, 9999))), ('first_name', f), ('last_name', l), ('email', e),
                              ('cover_letter', pick(MARKDOWN_DOCS[2:3]) if chance(0.5) else "I'd love to join the team — see my CV attached."), ('gdpr_consent', 'yes')],
                         [('resume', f'{l.replace(" ", "_")}_CV_2024.txt', 'text/plain', resume.encode('utf-8'))])
        return 'POST', '/jobs/apply', form_headers(b, dom, '/jobs/senior-backend-engineer', f'multipart/form-data; boundary={bd}'), data
    if kind == 'mp_csv':
        dom = SITES['saas']
        rows = ['email,first_name,last_name,company,tags']
        for _ in range(R.randint(3, 8)):
            pf, pl, pe = person()
            rows.append(f'{pe},{pf},"{pl}","{pick(["Acme, Inc.", "Globex", "Müller & Söhne", "Initech"])}","{pick(["vip", "trial;newsletter", "lead"])}"')
        data = multipart(bd, [('_csrf', alnum(36, B64URL)), ('list_id', str(R.randint(1, 99))), ('update_existing', 'on')], [('file', pick(['contacts.csv', 'export (3).csv', 'Kunden_Mai.csv']), 'text/csv', ('\r\n'.join(rows) + '\r\n').encode('utf-8'))])
        return 'POST', '/contacts/import', form_headers(b, dom, '/contacts/import', f'multipart/form-data; boundary={bd}', '; '.join(ck_session('express'))), data
    if kind == 'mp_ticket':
        dom = SITES['saas']
        log = (f"2024-05-2{R.randint(0, 9)}T09:14:0{R.randint(0, 9)}Z INFO  sync started (workspace=acme-inc)\n"
               "2024-05-21T09:14:07Z WARN  rate limited by upstream, retrying in 2s (attempt 1/5)\n"
               "2024-05-21T09:14:12Z ERROR sync failed: HTTP 502 Bad Gateway from https://api.lumenapp.io/v1/sync?since=1716282000\n"
               "2024-05-21T09:14:12Z ERROR   at SyncClient.fetchPage (sync-client.js:214:19)\n")
        data = multipart(bd, [('ticket[subject]', pick(['Sync fails with 502 since this morning', 'Export stuck at 99%', "Can't invite teammate (email has + in it)"])),
                              ('ticket[priority]', pick(['normal', 'high'])), ('ticket[description]', pick(LOREM_MSGS).format(n=R.randint(1000, 9999), d='today', name=f, email=e))],
                         [('ticket[attachments][]', 'sync.log', 'text/plain', log.encode())])
        return 'POST', '/support/tickets', form_headers(b, dom, '/support/new', f'multipart/form-data; boundary={bd}', '; '.join(ck_session('rails'))), data
    # mp_listing: classifieds post with photo
    dom = SITES['forum']
    data = multipart(bd, [('title', pick(['Selling: 2-person tent, used twice', 'Zu verkaufen: Wanderschuhe Gr. 42', 'FS: Garmin Fenix 6 – great condition'])),
                          ('price', pick(['120', '45,00', '199.99'])), ('currency', pick(['EUR', 'USD'])), ('description', pick(COMMENTS) + '\r\n\r\nPickup in ' + city + ' or shipping at buyer\'s cost.'),
                          ('category_id', str(R.randint(1, 40)))],
                     [('photos[]', 'tent.png', 'image/png', png_bytes(20, 12))])
    return 'POST', '/marketplace/listings', form_headers(b, dom, '/marketplace/new', f'multipart/form-data; boundary={bd}', '; '.join(ck_session('php'))), data


FORM_KINDS = ['login_rails', 'login_wp', 'login_django', 'signup', 'signup', 'address', 'wp_comment', 'contact', 'contact', 'newsletter', 'password_reset',
              'checkout', 'review', 'event_reg', 'survey', 'mp_avatar', 'mp_gif', 'mp_resume', 'mp_csv', 'mp_ticket', 'mp_listing']

# ======== gen_mobile
# ---------------------------------------------------------------- mobile class
ANDROID_DEVICES = [('Pixel 8 Pro', 'google', '14', 34), ('SM-S918B', 'samsung', '14', 34), ('SM-A546B', 'samsung', '13', 33), ('Redmi Note 12', 'Xiaomi', '13', 33),
                   ('CPH2451', 'OnePlus', '14', 34), ('moto g84 5G', 'motorola', '13', 33), ('Pixel 6a', 'google', '14', 34)]
IOS_DEVICES = [('iPhone15,3', '17.4.1'), ('iPhone14,5', '17.5'), ('iPhone16,1', '17.5.1'), ('iPhone12,8', '16.7.8'), ('iPad13,18', '17.4')]
APP_VERS = ['5.12.1', '5.13.0', '5.11.4', '6.0.0-beta.3', '5.12.0']
TZS = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Europe/London', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Sydney', 'America/Los_Angeles']
LOCALES = ['en_US', 'de_DE', 'fr_FR', 'ja_JP', 'pt_BR', 'es_MX', 'en_GB', 'hi_IN', 'ko_KR']


def fcm_token():
    return alnum(11, B64URL) + ':APA91b' + alnum(134, B64URL)


def mobile_client(kind=None):
    kind = kind or pick(['okhttp', 'okhttp', 'cfnetwork', 'alamofire', 'dart', 'rn_android', 'rn_ios', 'ktor', 'unity'])
    av = pick(APP_VERS)
    build = str(R.randint(20240100, 20240530)) if chance(0.5) else str(R.randint(4000, 9999))
    loc = pick(LOCALES)
    h = {}
    if kind in ('okhttp', 'rn_android', 'ktor'):
        model, maker, osv, api = pick(ANDROID_DEVICES)
        ua = {'okhttp': pick([f'okhttp/4.12.0', f'Shopwise/{av} (Android {osv}; {model}; Build/{alnum(4, UPALNUM)}.{R.randint(100000, 999999)}.{R.randint(1, 9):03d}) okhttp/4.12.0',
                              f'Dalvik/2.1.0 (Linux; U; Android {osv}; {model} Build/UQ1A.{R.randint(240101, 240530)}.00{R.randint(1, 9)})']),
              'rn_android': 'okhttp/4.9.2', 'ktor': 'Ktor client'}[kind]
        plat = 'android'
        dev = f'{maker} {model}'
    elif kind == 'unity':
        model, osv = pick(IOS_DEVICES) if chance(0.5) else (pick(ANDROID_DEVICES)[0], '14')
        ua = 'UnityPlayer/2022.3.20f1 (UnityWebRequest/1.0, libcurl/8.5.0-DEV)'
        plat = 'ios' if model.startswith('i') else 'android'
        dev = model
    else:
        model, osv = pick(IOS_DEVICES)
        darwin = {'17.4.1': '23.4.0', '17.5': '23.5.0', '17.5.1': '23.5.0', '16.7.8': '22.6.0', '17.4': '23.4.0'}[osv]
        cfn = {'23.4.0': '1494.0.7', '23.5.0': '1496.0.7', '22.6.0': '1410.1'}[darwin]
        ua = {'cfnetwork': pick([f'Shopwise/{build} CFNetwork/{cfn} Darwin/{darwin}', f'Lumen%20Beta/{av}.{R.randint(1, 40)} CFNetwork/{cfn} Darwin/{darwin}']),
              'alamofire': f'Shopwise/{av} (com.brightlane.shopwise; build:{build}; iOS {osv}) Alamofire/5.9.1',
              'rn_ios': f'Shopwise/{build} CFNetwork/{cfn} Darwin/{darwin}',
              'dart': 'Dart/3.3 (dart:io)'}[kind]
        plat = 'ios'
        dev = model
        if kind == 'dart' and chance(0.5):
            plat = 'android'
            dev = pick(ANDROID_DEVICES)[0]
    h['User-Agent'] = ua
    h['Accept'] = pick(['application/json', 'application/json', '*/*', 'application/json, text/plain, */*'])
    if kind != 'dart':
        h['Accept-Language'] = pick([loc.replace('_', '-'), loc.replace('_', '-') + ';q=1.0, en;q=0.9', 'en-US,en;q=0.9'])
    h['Accept-Encoding'] = pick(['gzip', 'gzip, deflate, br', 'br;q=1.0, gzip;q=0.9, deflate;q=0.8'])
    devid = uid().upper() if plat == 'ios' else hexs(16)
    custom = [('X-Device-Id', devid), ('X-App-Version', av), ('X-App-Build', build), ('X-Platform', plat), ('X-OS-Version', osv),
              ('X-Device-Model', dev), ('X-Locale', loc), ('X-Timezone', pick(TZS)), ('X-Request-Id', uid()), ('X-Install-Id', uid()),
              ('X-Network-Type', pick(['wifi', 'cellular', '5g', 'lte'])), ('X-Session-Id', uid()), ('X-Client-Trace-Id', hexs(32)),
              ('X-Screen', pick(['1290x2796@3x', '1179x2556@3x', '828x1792@2x']) if plat == 'ios' else pick(['1080x2400@2.75x', '1440x3120@3.5x', '1080x2340@2.625x'])), ('X-Carrier', pick(['Telekom.de', 'Vodafone UK', 'T-Mobile', 'NTT DOCOMO']))]
    for k, v in custom[:6] + R.sample(custom[6:], R.randint(2, 6)):
        h[k] = v
    if chance(0.8):
        h['Authorization'] = 'Bearer ' + jwt(pick(['RS256', 'ES256']))
    elif chance(0.5):
        h['X-Api-Key'] = 'ak_live_' + alnum(32)
    return kind, plat, h


JAVA_TRACE = """java.lang.IllegalStateException: Fragment ProductDetailFragment{8e3f1a2} not attached to a context.
\tat androidx.fragment.app.Fragment.requireContext(Fragment.java:972)
\tat com.brightlane.shopwise.ui.product.ProductDetailFragment.onPriceLoaded(ProductDetailFragment.kt:214)
\tat com.brightlane.shopwise.ui.product.ProductDetailFragment$observe$1.invokeSuspend(ProductDetailFragment.kt:131)
\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)
\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)
\tat android.os.Handler.handleCallback(Handler.java:958)
\tat android.os.Handler.dispatchMessage(Handler.java:99)
\tat android.os.Looper.loop(Looper.java:294)
\tat android.app.ActivityThread.main(ActivityThread.java:8177)
\tat java.lang.reflect.Method.invoke(Native Method)
\tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:971)"""
JAVA_TRACE2 = """java.net.SocketTimeoutException: timeout
\tat okhttp3.internal.http2.Http2Stream$StreamTimeout.newTimeoutException(Http2Stream.kt:675)
\tat okhttp3.internal.http2.Http2Stream.takeHeaders(Http2Stream.kt:143)
\tat okhttp3.internal.connection.RealCall.getResponseWithInterceptorChain$okhttp(RealCall.kt:201)
\tat retrofit2.OkHttpCall.execute(OkHttpCall.java:207)
\tat com.brightlane.shopwise.data.repo.CartRepository.sync(CartRepository.kt:88)
Caused by: java.io.InterruptedIOException: timeout
\t... 12 more"""
SWIFT_TRACE = """Fatal error: Unexpectedly found nil while unwrapping an Optional value
0   Shopwise      0x0000000100a4f2c8 CheckoutViewModel.applyCoupon(_:) + 312 (CheckoutViewModel.swift:88)
1   Shopwise      0x0000000100a4e9f4 closure #2 in CheckoutView.body.getter + 96 (CheckoutView.swift:142)
2   SwiftUI       0x00000001a2c81b30 0x1a2b1c000 + 1465136
3   UIKitCore     0x000000019b8f3a18 -[UIApplication sendAction:to:from:forEvent:] + 100
4   libdispatch.dylib 0x00000001a9b3d7c8 _dispatch_main_queue_callback_4CF + 44
5   CoreFoundation 0x00000001a1f2c6a4 __CFRUNLOOP_IS_SERVICING_THE_MAIN_DISPATCH_QUEUE__ + 16"""
DART_TRACE = """Null check operator used on a null value
#0      _CartPageState.build (package:shopwise/pages/cart_page.dart:142:38)
#1      StatefulElement.build (package:flutter/src/widgets/framework.dart:5592:27)
#2      ComponentElement.performRebuild (package:flutter/src/widgets/framework.dart:5480:15)
#3      StatefulElement.performRebuild (package:flutter/src/widgets/framework.dart:5643:11)
#4      Element.rebuild (package:flutter/src/widgets/framework.dart:5196:7)
#5      BuildOwner.buildScope (package:flutter/src/widgets/framework.dart:2904:19)"""
RN_TRACE = """TypeError: undefined is not an object (evaluating 'order.items.length')
    at OrderSummary (index.android.bundle:1:482913)
    at renderWithHooks (index.android.bundle:1:221087)
    at beginWork (index.android.bundle:1:245532)
    at performUnitOfWork (index.android.bundle:1:262011)"""


def mobile_request(kind):
    ck, plat, h = mobile_client()
    CTJ = pick(['application/json; charset=utf-8', 'application/json', 'application/json; charset=UTF-8'])
    if kind == 'feed':
        q = [('limit', '20'), ('cursor', cursor())] if chance(0.6) else [('page', str(R.randint(1, 6))), ('per_page', '30')]
        q += [('lang', h.get('X-Locale', 'en_US')[:2]), ('include', 'author,media')]
        return 'GET', pick(['/api/v3/feed?', '/api/v1/home/sections?', '/api/v2/stories?']) + qs(q), h, None
    if kind == 'config':
        q = [('platform', plat), ('app_version', h['X-App-Version']), ('os_version', h['X-OS-Version']), ('country', pick(['DE', 'US', 'JP', 'BR']))]
        return 'GET', '/api/v1/config?' + qs(q), h, None
    if kind == 'push_register':
        tok = hexs(64) if plat == 'ios' else fcm_token()
        body = {'token': tok, 'provider': 'apns' if plat == 'ios' else 'fcm', 'environment': pick(['production', 'sandbox']) if plat == 'ios' else None,
                'device': {'id': h['X-Device-Id'], 'model': h['X-Device-Model'], 'os': plat, 'os_version': h['X-OS-Version'], 'app_version': h['X-App-Version']},
                'topics': ['order_updates', 'price_drops'] + (['marketing'] if chance(0.4) else []), 'locale': h.get('X-Locale', 'en_US'), 'timezone': pick(TZS)}
        h['Content-Type'] = CTJ
        return pick(['POST', 'PUT']), pick(['/api/v1/devices/register', '/api/v1/push/tokens', f'/api/v2/users/me/devices/{h["X-Device-Id"]}']), h, jdump(body)
    if kind == 'crash':
        trace = {'ios': pick([SWIFT_TRACE, RN_TRACE if ck == 'rn_ios' else SWIFT_TRACE]), 'android': pick([JAVA_TRACE, JAVA_TRACE2])}[plat]
        if ck == 'dart':
            trace = DART_TRACE
        elif ck.startswith('rn'):
            trace = RN_TRACE
        body = {'id': uid(), 'timestamp': iso(), 'level': 'fatal' if chance(0.5) else 'error', 'handled': chance(0.4),
                'exception': {'type': trace.split(':')[0].split('\n')[0], 'message': trace.split('\n')[0], 'stacktrace': trace},
                'app': {'version': h['X-App-Version'], 'build': h['X-App-Build'], 'bundle_id': 'com.brightlane.shopwise', 'in_foreground': True},
                'device': {'model': h['X-Device-Model'], 'os': plat, 'os_version': h['X-OS-Version'], 'free_memory_mb': R.randint(80, 3000), 'battery': round(R.random(), 2), 'orientation': 'portrait', 'jailbroken': False},
                'breadcrumbs': [{'ts': iso(), 'category': 'navigation', 'message': 'CartScreen -> CheckoutScreen'}, {'ts': iso(), 'category': 'http', 'message': 'POST /api/v1/checkout/sessions 201 (412ms)'},
                                {'ts': iso(), 'category': 'ui.tap', 'message': 'Button "Apply coupon"'}],
                'user': {'id': 'usr_' + alnum(16)}, 'threads': R.randint(8, 40)}
        h['Content-Type'] = CTJ
        return 'POST', pick(['/api/v1/crash-reports', '/api/v1/diagnostics/crash', '/mobile/errors']), h, jdump(body)
    if kind == 'events':
        evs = []
        for i in range(R.randint(2, 8)):
            evs.append({'name': pick(['app_open', 'screen_view', 'product_tap', 'search', 'add_to_cart', 'push_opened', 'session_end']),
                        'ts': ms(), 'seq': i, 'params': {'screen': pick(['Home', 'PDP', 'Search', 'Cart', 'Profile']), 'query': pick(SEARCH_TERMS), 'item_ids': [R.randint(1000, 9999) for _ in range(R.randint(0, 3))], 'duration_ms': R.randint(50, 90000)}})
        body = {'batch_id': uid(), 'device_id': h['X-Device-Id'], 'session': {'id': uid(), 'started_at': ms(), 'is_first': chance(0.1)}, 'events': evs,
                'context': {'app': {'version': h['X-App-Version']}, 'os': {'name': plat, 'version': h['X-OS-Version']}, 'network': {'wifi': chance(0.6), 'carrier': pick(['Telekom.de', 'Verizon', 'SoftBank'])}, 'screen': {'w': 390, 'h': 844, 'density': 3}}}
        h['Content-Type'] = CTJ
        return 'POST', pick(['/api/v1/events/batch', '/v1/m/collect', '/api/analytics/ingest']), h, jdump(body)
    if kind == 'token_refresh':
        h.pop('Authorization', None)
        if chance(0.5):
            h['Content-Type'] = 'application/x-www-form-urlencoded'
            return 'POST', '/oauth/token', h, qs([('grant_type', 'refresh_token'), ('refresh_token', alnum(64, B64URL)), ('client_id', 'shopwise-' + plat), ('scope', 'openid profile offline_access')])
        h['Content-Type'] = CTJ
        return 'POST', '/api/v2/auth/token/refresh', h, jdump({'refresh_token': jwt('HS256'), 'device_id': h['X-Device-Id']})
    if kind == 'cart_sync':
        body = {'cart_id': uid(), 'currency': pick(['EUR', 'USD', 'JPY']), 'updated_at': iso(),
                'lines': [{'variant_id': int(digits(12)), 'qty': R.randint(1, 4), 'price': {'amount': '%.2f' % R.uniform(5, 200), 'currency': 'EUR'},
                           'options': {'size': pick(['M', '42', 'One size']), 'color': pick(['Navy', 'Sand', 'Forest green'])}, 'personalization': pick([None, {'text': "Happy 30th, Zoë! 🎂", 'font': 'serif'}])}
                          for _ in range(R.randint(1, 4))],
                'coupons': pick([[], ['SPRING20'], ['WELCOME10', 'FREESHIP']]), 'shipping': {'method': pick(['standard', 'express']), 'address_id': R.randint(1, 9999)}}
        h['Content-Type'] = CTJ
        return 'PUT', '/api/v1/cart', h, jdump(body)
    if kind == 'location':
        body = {'points': [{'lat': round(R.uniform(47, 54), 6), 'lng': round(R.uniform(6, 14), 6), 'acc': round(R.uniform(3, 40), 1), 'ts': ms(), 'speed': round(R.uniform(0, 30), 2)} for _ in range(R.randint(1, 6))],
                'trip_id': uid(), 'battery_saver': False}
        h['Content-Type'] = CTJ
        return 'POST', '/api/v1/trips/locations', h, jdump(body)
    if kind == 'graphql':
        name, query, varf = pick(GQL_OPS)
        h['Content-Type'] = CTJ
        h['X-APOLLO-OPERATION-NAME'] = name
        if chance(0.5):
            h['apollographql-client-name'] = 'shopwise-' + plat
        return 'POST', '/graphql', h, jdump({'operationName': name, 'query': query, 'variables': varf()})
    if kind == 'upload_meta':
        body = {'photos': [{'local_id': uid().upper() + '/L0/001', 'filename': pick(['IMG_4821.HEIC', 'PXL_20240521_091433512.jpg', 'Screenshot_20240519-220311.png']), 'exif': {'make': pick(['Apple', 'Google']), 'taken_at': iso(), 'gps': None}, 'width': 4032, 'height': 3024}],
                'album': pick(['Summer trip 🏖️', 'Receipts', 'Küche Renovierung']), 'caption': pick(COMMENTS)}
        h['Content-Type'] = CTJ
        return 'POST', '/api/v1/media/uploads', h, jdump(body)
    if kind == 'script_requests':  # server-side scripts / SDKs
        h = {'User-Agent': pick(['python-requests/2.31.0', 'python-requests/2.32.2', 'python-httpx/0.27.0']), 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*',
             'Authorization': 'Bearer ' + pick(['sk_live_' + alnum(24), 'lmn_' + alnum(40), jwt()])}
        if chance(0.5):
            return 'GET', '/api/v1/orders?' + qs([('status', pick(['shipped', 'paid'])), ('updated_since', iso(frac=False)), ('per_page', '100'), ('page', str(R.randint(1, 9)))]), h, None
        h['Content-Type'] = 'application/json'
        body = {'sku': f'BL-{R.randint(10000, 99999)}', 'stock': R.randint(0, 500), 'warehouse': pick(['BER-1', 'AMS-2', 'LHR-3']), 'updated_by': 'inventory-sync.py'}
        return 'POST', '/api/v1/inventory/adjustments', h, jdump(body)
    if kind == 'go_client':
        h = {'User-Agent': pick(['Go-http-client/1.1', 'Go-http-client/2.0', 'lumen-cli/3.2.0 (linux/amd64) go1.22.3']), 'Accept-Encoding': 'gzip', 'Authorization': 'Bearer lmn_' + alnum(40)}
        if chance(0.5):
            return 'GET', pick(['/api/v1/health', '/api/v1/projects?limit=100', '/api/v1/deployments?project=prj_8fK2aQ&state=READY', '/api/v1/whoami']), h, None
        h['Content-Type'] = 'application/json'
        h['Idempotency-Key'] = uid()
        body = {'project': 'prj_' + alnum(6), 'git': {'sha': hexs(40), 'branch': pick(['main', 'release/3.2', 'feature/sso-login']), 'message': pick(['Fix null pointer in OrderService when cart is empty', "Merge pull request #482 from acme/feature/sso-login", 'chore(deps): bump golang.org/x/net from 0.22.0 to 0.23.0'])},
                'env': pick(['production', 'preview']), 'build': {'command': 'npm run build', 'output': 'dist/'}}
        return 'POST', '/api/v1/deployments', h, jdump(body)
    if kind == 'axios_node':
        h = {'Accept': 'application/json, text/plain, */*', 'Content-Type': 'application/json', 'User-Agent': pick(['axios/1.6.8', 'axios/1.7.2', 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)', 'node']),
             'Accept-Encoding': 'gzip, compress, deflate, br', 'X-Api-Key': 'ak_live_' + alnum(32)}
        body = {'email': person()[2], 'properties': {'plan': pick(['pro', 'team']), 'mrr': R.randint(20, 900), 'signup_source': 'webflow-form', 'tags': ['trial', 'q2-campaign']}, 'upsert': True}
        return 'POST', '/api/v1/contacts', h, jdump(body)
    if kind == 'curl':
        h = {'User-Agent': pick(['curl/8.6.0', 'curl/7.81.0', 'Wget/1.21.4', 'PostmanRuntime/7.39.0', 'insomnia/9.2.0', 'HTTPie/3.2.2']), 'Accept': '*/*', 'Authorization': 'Bearer lmn_' + alnum(40)}
        if 'Postman' in h['User-Agent']:
            h['Postman-Token'] = uid()
            h['Cache-Control'] = 'no-cache'
        return 'GET', pick(['/api/v1/users/me', '/api/v1/projects/prj_8fK2aQ/usage?month=2024-05', '/api/v1/status']), h, None
    if kind == 'feedback':
        body = {'rating': R.randint(1, 5), 'text': pick(["App crashes when I rotate the phone on the checkout screen 😤", "Love the new dark mode!! 🌚", "Bitte eine Widget-Funktion für den Sperrbildschirm 🙏", "Search doesn't find 'café' when I type 'cafe'"]),
                'screen': pick(['Checkout', 'Settings', 'Search']), 'attachments': [], 'metadata': {'app_version': h['X-App-Version'], 'os_version': h['X-OS-Version'], 'memory_warning': False}}
        h['Content-Type'] = CTJ
        return 'POST', '/api/v1/feedback', h, jdump(body)
    # sync / delta
    body = {'since': ms(), 'changes': {'notes': {'created': [{'id': uid(), 'title': 'Groceries 🛒', 'body': '- oat milk\n- 2x avocado\n- coffee beans (light roast)\n- "the good" olive oil'}],
                                                 'updated': [{'id': uid(), 'body': "Call Seán re: Saturday's hike 🥾 — meet at 8:30 @ trailhead", 'updated_at': ms()}], 'deleted': [uid()]}},
            'client': {'id': h['X-Device-Id'], 'schema': 42}}
    h['Content-Type'] = CTJ
    return 'POST', '/api/v1/sync', h, jdump(body)


MOBILE_KINDS = ['feed', 'feed', 'config', 'push_register', 'push_register', 'crash', 'crash', 'events', 'events', 'token_refresh', 'cart_sync', 'location',
                'graphql', 'upload_meta', 'script_requests', 'go_client', 'axios_node', 'curl', 'feedback', 'sync']

# ======== gen_webhook
# ---------------------------------------------------------------- webhook class
import hashlib
import hmac as _hmac

SECRET = b'whsec_heldout_fake_secret'


def hm(body, algo=hashlib.sha256, prefix=b''):
    return _hmac.new(SECRET, prefix + body.encode('utf-8'), algo)


REPOS = [('acme', 'storefront-api'), ('brightlane', 'shopwise-ios'), ('lumenapp', 'lumen-cli'), ('trailhub', 'community-site'), ('acme', 'infra-terraform')]
COMMIT_MSGS = ['Fix null pointer in OrderService when cart is empty', 'Bump lodash from 4.17.20 to 4.17.21', 'Merge pull request #482 from acme/feature/sso-login\n\nAdd SAML SSO login',
               'feat(search): support boolean operators (AND/OR/NOT) in query parser', "fix: don't crash when config.yaml contains tabs (#1882)",
               'docs: update README with `docker compose up -d` instructions', 'refactor: extract PriceFormatter; handle JPY (no decimals)',
               'chore(deps): bump golang.org/x/net from 0.22.0 to 0.23.0', 'Revert "Enable HTTP/3 on edge"\n\nThis reverts commit 4f2a9c1.', 'WIP: migrate users table to uuid PKs',
               "test: add regression test for O'Brien name escaping in CSV export", 'ci: cache ~/.npm between jobs', 'Übersetzungen für de-DE aktualisiert']
FILES = ['src/services/order_service.py', 'app/models/user.rb', 'web/src/components/Checkout/PayButton.tsx', 'README.md', 'package-lock.json', '.github/workflows/ci.yml',
         'internal/api/handlers/search.go', 'migrations/20240521_add_uuid_to_users.sql', 'Shopwise/Checkout/CheckoutViewModel.swift', 'terraform/modules/cdn/main.tf',
         'docs/guides/webhooks.md', 'config/locales/de.yml', 'tests/test_csv_export.py']
GH_ISSUE_BODIES = [
    """### Describe the bug
Exporting contacts to CSV breaks when a name contains a comma or quote.

### To Reproduce
1. Create contact `Smith, John "JJ"`
2. Export → CSV

### Expected behavior
Fields should be quoted per RFC 4180.

### Stack trace
```
Traceback (most recent call last):
  File "/app/exports/csv_writer.py", line 88, in write_row
    out.write(",".join(values) + "\\n")
TypeError: sequence item 3: expected str instance, NoneType found
```

**Environment:** v3.1.2, Python 3.12, Ubuntu 22.04
""",
    """When running `lumen deploy --prod` behind a corporate proxy I get:

```
Error: request to https://api.lumenapp.io/v1/deployments failed, reason: self signed certificate in certificate chain
    at ClientRequest.<anonymous> (/usr/lib/node_modules/lumen-cli/node_modules/node-fetch/lib/index.js:1505:11)
```

Setting `NODE_EXTRA_CA_CERTS=/etc/ssl/certs/corp.pem` fixes it. Could the CLI document this? 🙏
""",
    """## Summary
Adds SAML SSO login for enterprise workspaces.

## Changes
- New `/auth/saml/acs` endpoint
- `IdentityProvider` model + migration
- Settings UI under *Security → SSO*

## Testing
- [x] Unit tests (`pytest tests/auth -k saml`)
- [x] Manually tested with Okta & Azure AD
- [ ] Load test

Closes #471. cc @security-team
""",
    """The docs example for verifying webhook signatures uses `==` to compare the HMAC, which isn't constant-time:

```python
if signature == expected:
    ...
```

Suggest `hmac.compare_digest(signature, expected)` instead.
""",
    """Steps: open PDP on iPhone SE (iOS 16.7), tap **Add to bag**, nothing happens. Console shows:

> Unhandled Promise Rejection: TypeError: null is not an object (evaluating 'document.querySelector("#size-select").value')

Happens only when no size is pre-selected.
""",
]


def gh_user():
    return pick(['octocat', 'priya-dev', 'mmueller', 'yuki-t', 'seanob', 'dependabot[bot]', 'renovate[bot]', 'jlopez'])


def gh_repo(owner, name):
    rid = R.randint(100000000, 800000000)
    return {'id': rid, 'node_id': 'R_kgDO' + alnum(6), 'name': name, 'full_name': f'{owner}/{name}', 'private': chance(0.6),
            'owner': {'login': owner, 'id': R.randint(1000, 9999999), 'type': 'Organization'}, 'html_url': f'https://github.com/{owner}/{name}',
            'default_branch': 'main', 'language': pick(['Python', 'TypeScript', 'Go', 'Swift', 'HCL'])}


def webhook_request(kind):
    t = ts()
    CT = 'application/json'
    if kind == 'github_push':
        owner, name = pick(REPOS)
        commits = []
        for _ in range(R.randint(1, 3)):
            u = gh_user()
            commits.append({'id': hexs(40), 'tree_id': hexs(40), 'distinct': True, 'message': pick(COMMIT_MSGS), 'timestamp': iso(t, False).replace('Z', '+02:00'),
                            'url': f'https://github.com/{owner}/{name}/commit/{hexs(40)}', 'author': {'name': u, 'email': f'{u}@users.noreply.github.com', 'username': u},
                            'added': R.sample(FILES, R.randint(0, 2)), 'removed': [], 'modified': R.sample(FILES, R.randint(1, 3))})
        ref = pick(['refs/heads/main', 'refs/heads/feature/sso-login', 'refs/heads/release/3.2', 'refs/heads/dependabot/npm_and_yarn/lodash-4.17.21'])
        body = {'ref': ref, 'before': hexs(40), 'after': commits[-1]['id'], 'repository': gh_repo(owner, name), 'pusher': {'name': gh_user(), 'email': 'noreply@github.com'},
                'sender': {'login': gh_user(), 'id': R.randint(1000, 9999999), 'type': 'User'}, 'created': False, 'deleted': False, 'forced': chance(0.1),
                'compare': f'https://github.com/{owner}/{name}/compare/{hexs(12)}...{hexs(12)}', 'commits': commits, 'head_commit': commits[-1]}
        ev = 'push'
    elif kind == 'github_pr':
        owner, name = pick(REPOS)
        n = R.randint(10, 2000)
        body = {'action': pick(['opened', 'synchronize', 'closed', 'review_requested', 'labeled']), 'number': n,
                'pull_request': {'url': f'https://api.github.com/repos/{owner}/{name}/pulls/{n}', 'html_url': f'https://github.com/{owner}/{name}/pull/{n}', 'number': n, 'state': 'open',
                                 'title': pick(COMMIT_MSGS).split('\n')[0], 'body': pick(GH_ISSUE_BODIES), 'user': {'login': gh_user()}, 'draft': chance(0.2),
                                 'head': {'ref': pick(['feature/sso-login', 'fix/csv-quoting', 'renovate/node-20.x']), 'sha': hexs(40)}, 'base': {'ref': 'main', 'sha': hexs(40)},
                                 'merged': False, 'commits': R.randint(1, 14), 'additions': R.randint(1, 900), 'deletions': R.randint(0, 400), 'changed_files': R.randint(1, 30),
                                 'labels': [{'name': pick(['bug', 'enhancement', 'dependencies', 'needs-review'])}], 'created_at': iso(t, False), 'updated_at': iso(t + 100, False)},
                'repository': gh_repo(owner, name), 'sender': {'login': gh_user(), 'type': 'User'}}
        ev = 'pull_request'
    elif kind == 'github_issue':
        owner, name = pick(REPOS)
        n = R.randint(10, 2000)
        if chance(0.5):
            body = {'action': 'opened', 'issue': {'number': n, 'title': pick(['CSV export breaks on names with commas', 'CLI fails behind corporate proxy (self signed certificate)', 'Use constant-time compare in webhook docs', 'Add to bag does nothing on iOS 16']),
                                                  'body': pick(GH_ISSUE_BODIES), 'user': {'login': gh_user()}, 'labels': [], 'state': 'open', 'html_url': f'https://github.com/{owner}/{name}/issues/{n}', 'created_at': iso(t, False)},
                    'repository': gh_repo(owner, name), 'sender': {'login': gh_user()}}
            ev = 'issues'
        else:
            body = {'action': 'created', 'issue': {'number': n, 'title': 'Add to bag does nothing on iOS 16', 'state': 'open'},
                    'comment': {'id': R.randint(10 ** 9, 3 * 10 ** 9), 'body': pick(["Can repro on 16.7.8 🙁 `querySelector` returns null because the select isn't rendered yet.", "LGTM 👍 but could you add a test for the `O'Brien` case?", "/retest", "Fixed in #" + str(n + 3) + ", please verify on the next nightly.", "> Suggest `hmac.compare_digest`\n\nAgreed, PR incoming."]),
                                'user': {'login': gh_user()}, 'created_at': iso(t, False), 'html_url': f'https://github.com/{owner}/{name}/issues/{n}#issuecomment-{R.randint(10 ** 9, 3 * 10 ** 9)}'},
                    'repository': gh_repo(owner, name), 'sender': {'login': gh_user()}}
            ev = 'issue_comment'
    elif kind == 'github_workflow':
        owner, name = pick(REPOS)
        concl = pick(['success', 'failure', 'cancelled'])
        body = {'action': 'completed', 'workflow_run': {'id': R.randint(10 ** 9, 10 ** 10), 'name': pick(['CI', 'Deploy to production', 'CodeQL']), 'head_branch': 'main', 'head_sha': hexs(40), 'run_number': R.randint(100, 9000),
                                                        'event': 'push', 'status': 'completed', 'conclusion': concl, 'html_url': f'https://github.com/{owner}/{name}/actions/runs/{R.randint(10 ** 9, 10 ** 10)}',
                                                        'head_commit': {'message': pick(COMMIT_MSGS), 'author': {'name': gh_user()}}, 'run_started_at': iso(t, False)},
                'workflow': {'name': 'CI', 'path': '.github/workflows/ci.yml'}, 'repository': gh_repo(owner, name), 'sender': {'login': gh_user()}}
        ev = 'workflow_run'
    if kind.startswith('github'):
        bs = jdump(body, ascii=True)
        h = {'Accept': '*/*', 'Content-Type': CT, 'User-Agent': 'GitHub-Hookshot/' + hexs(7), 'X-GitHub-Delivery': uid(), 'X-GitHub-Event': ev,
             'X-GitHub-Hook-ID': str(R.randint(10 ** 8, 5 * 10 ** 8)), 'X-GitHub-Hook-Installation-Target-ID': str(R.randint(10 ** 8, 8 * 10 ** 8)),
             'X-GitHub-Hook-Installation-Target-Type': 'repository', 'X-Hub-Signature': 'sha1=' + hm(bs, hashlib.sha1).hexdigest(), 'X-Hub-Signature-256': 'sha256=' + hm(bs).hexdigest()}
        return 'POST', pick(['/webhooks/github', '/api/webhooks/github', '/hooks/github?source=org-hook']), h, bs
    if kind == 'gitlab':
        owner, name = pick(REPOS)
        ev = pick(['Push Hook', 'Merge Request Hook', 'Pipeline Hook'])
        proj = {'id': R.randint(1000, 60000000), 'name': name, 'path_with_namespace': f'{owner}/{name}', 'web_url': f'https://gitlab.com/{owner}/{name}', 'default_branch': 'main'}
        if ev == 'Push Hook':
            body = {'object_kind': 'push', 'event_name': 'push', 'before': hexs(40), 'after': hexs(40), 'ref': 'refs/heads/main', 'user_name': pick(['Jürgen Schröder', "Siobhán O'Connor"]), 'user_username': 'jschroeder',
                    'project': proj, 'commits': [{'id': hexs(40), 'message': pick(COMMIT_MSGS) + '\n', 'title': pick(COMMIT_MSGS).split('\n')[0], 'timestamp': iso(t, False), 'author': {'name': 'Jürgen Schröder', 'email': 'j.schroeder@acme-corp.com'},
                                                 'added': R.sample(FILES, 1), 'modified': R.sample(FILES, 2), 'removed': []}], 'total_commits_count': 1}
        elif ev == 'Merge Request Hook':
            body = {'object_kind': 'merge_request', 'event_type': 'merge_request', 'user': {'name': 'Yuki Tanaka', 'username': 'yuki-t'}, 'project': proj,
                    'object_attributes': {'iid': R.randint(1, 900), 'title': 'Draft: ' + pick(COMMIT_MSGS).split('\n')[0], 'description': pick(GH_ISSUE_BODIES), 'state': 'opened', 'action': pick(['open', 'update', 'approved']),
                                          'source_branch': 'fix/csv-quoting', 'target_branch': 'main', 'merge_status': 'can_be_merged', 'url': f'https://gitlab.com/{owner}/{name}/-/merge_requests/{R.randint(1, 900)}'},
                    'labels': [{'title': 'bug'}], 'changes': {'updated_at': {'previous': iso(t - 600, False), 'current': iso(t, False)}}}
        else:
            body = {'object_kind': 'pipeline', 'object_attributes': {'id': R.randint(10 ** 8, 10 ** 9), 'ref': 'main', 'sha': hexs(40), 'status': pick(['success', 'failed']), 'stages': ['build', 'test', 'deploy'], 'duration': R.randint(60, 1800)},
                    'project': proj, 'builds': [{'id': R.randint(10 ** 9, 10 ** 10), 'stage': 'test', 'name': 'pytest', 'status': 'failed', 'failure_reason': 'script_failure'}]}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'GitLab/17.0.0-pre', 'X-Gitlab-Event': ev, 'X-Gitlab-Token': alnum(32), 'X-Gitlab-Instance': 'https://gitlab.com',
             'X-Gitlab-Webhook-UUID': uid(), 'X-Gitlab-Event-UUID': uid(), 'Idempotency-Key': uid()}
        return 'POST', '/webhooks/gitlab', h, bs
    if kind == 'bitbucket':
        owner, name = pick(REPOS)
        body = {'push': {'changes': [{'new': {'type': 'branch', 'name': 'main', 'target': {'hash': hexs(40), 'message': pick(COMMIT_MSGS) + '\n', 'date': iso(t, False).replace('Z', '+00:00'), 'author': {'raw': 'Ana Fernández <ana@acme-corp.com>'}}},
                                      'old': {'type': 'branch', 'name': 'main', 'target': {'hash': hexs(40)}}, 'created': False, 'forced': False, 'closed': False, 'commits': [{'hash': hexs(40), 'message': pick(COMMIT_MSGS)}]}]},
                'repository': {'full_name': f'{owner}/{name}', 'uuid': '{' + uid() + '}', 'is_private': True}, 'actor': {'display_name': 'Ana Fernández', 'uuid': '{' + uid() + '}'}}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'Bitbucket-Webhooks/2.0', 'X-Event-Key': 'repo:push', 'X-Hook-UUID': uid(), 'X-Request-UUID': uid(), 'X-Attempt-Number': '1',
             'X-Hub-Signature': 'sha256=' + hm(bs).hexdigest()}
        return 'POST', '/webhooks/bitbucket', h, bs
    if kind == 'stripe':
        ev = pick(['payment_intent.succeeded', 'invoice.paid', 'customer.subscription.updated', 'charge.refunded', 'checkout.session.completed', 'invoice.payment_failed'])
        cus = 'cus_' + alnum(14)
        amt = R.randint(500, 99900)
        objs = {
            'payment_intent.succeeded': {'id': 'pi_' + alnum(24), 'object': 'payment_intent', 'amount': amt, 'amount_received': amt, 'currency': pick(['eur', 'usd', 'gbp']), 'customer': cus, 'status': 'succeeded',
                                         'payment_method_types': ['card'], 'latest_charge': 'ch_' + alnum(24), 'metadata': {'order_id': str(R.randint(100000, 999999)), 'cart_note': pick(["Gift – don't include receipt", ''])}, 'description': 'Order #' + str(R.randint(1000, 9999))},
            'invoice.paid': {'id': 'in_' + alnum(24), 'object': 'invoice', 'amount_paid': amt, 'currency': 'eur', 'customer': cus, 'customer_email': person()[2], 'customer_name': ' '.join(person()[:2]),
                             'hosted_invoice_url': 'https://invoice.stripe.com/i/acct_' + alnum(16) + '/live_' + alnum(60, B64URL) + '?s=ap', 'lines': {'object': 'list', 'data': [{'id': 'il_' + alnum(24), 'description': '1 × Pro plan (at €49.00 / month)', 'amount': 4900}], 'has_more': False}, 'status': 'paid'},
            'customer.subscription.updated': {'id': 'sub_' + alnum(24), 'object': 'subscription', 'customer': cus, 'status': pick(['active', 'past_due', 'trialing']), 'cancel_at_period_end': chance(0.3),
                                              'items': {'object': 'list', 'data': [{'id': 'si_' + alnum(14), 'price': {'id': 'price_' + alnum(24), 'nickname': 'Team (annual)', 'unit_amount': 39000, 'recurring': {'interval': 'year'}}, 'quantity': R.randint(1, 40)}]}},
            'charge.refunded': {'id': 'ch_' + alnum(24), 'object': 'charge', 'amount': amt, 'amount_refunded': amt, 'refunded': True, 'currency': 'usd', 'customer': cus,
                                'billing_details': {'address': {'line1': pick(STREETS), 'city': pick(CITIES)[0], 'country': 'US'}, 'email': person()[2], 'name': ' '.join(person()[:2])},
                                'payment_method_details': {'card': {'brand': 'visa', 'last4': digits(4), 'exp_month': R.randint(1, 12), 'exp_year': 2027, 'country': 'US'}, 'type': 'card'}},
            'checkout.session.completed': {'id': 'cs_live_' + alnum(58), 'object': 'checkout.session', 'amount_total': amt, 'currency': 'eur', 'customer': cus, 'customer_details': {'email': person()[2], 'name': ' '.join(person()[:2]), 'address': {'country': 'DE', 'postal_code': '10115'}},
                                           'mode': 'subscription', 'payment_status': 'paid', 'success_url': 'https://app.lumenapp.io/settings/billing?session_id={CHECKOUT_SESSION_ID}', 'client_reference_id': 'org_' + alnum(10)},
            'invoice.payment_failed': {'id': 'in_' + alnum(24), 'object': 'invoice', 'amount_due': amt, 'attempt_count': R.randint(1, 4), 'customer': cus, 'next_payment_attempt': t + 259200,
                                       'last_finalization_error': None, 'status': 'open', 'billing_reason': 'subscription_cycle'},
        }
        body = {'id': 'evt_' + alnum(24), 'object': 'event', 'api_version': pick(['2024-04-10', '2023-10-16', '2022-11-15']), 'created': t, 'data': {'object': objs[ev]},
                'livemode': True, 'pending_webhooks': R.randint(1, 3), 'request': {'id': pick([None, 'req_' + alnum(14)]), 'idempotency_key': pick([None, uid()])}, 'type': ev}
        if ev == 'customer.subscription.updated':
            body['data']['previous_attributes'] = {'status': 'trialing'}
        bs = jdump(body, pretty=True)
        sig = _hmac.new(SECRET, f'{t}.{bs}'.encode(), hashlib.sha256).hexdigest()
        h = {'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache', 'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)', 'Accept': '*/*; q=0.5, application/xml',
             'Stripe-Signature': f't={t},v1={sig}' + (f',v0={hexs(64)}' if chance(0.3) else '')}
        return 'POST', pick(['/webhooks/stripe', '/api/webhooks/stripe', '/api/v1/billing/stripe/webhook']), h, bs
    if kind == 'paypal':
        body = {'id': 'WH-' + alnum(17, UPALNUM) + '-' + alnum(17, UPALNUM), 'event_version': '1.0', 'create_time': iso(t), 'resource_type': 'capture', 'resource_version': '2.0',
                'event_type': 'PAYMENT.CAPTURE.COMPLETED', 'summary': f'Payment completed for EUR {R.randint(5, 300)}.00 EUR',
                'resource': {'id': alnum(17, UPALNUM), 'amount': {'currency_code': 'EUR', 'value': '%.2f' % R.uniform(5, 300)}, 'final_capture': True, 'seller_protection': {'status': 'ELIGIBLE', 'dispute_categories': ['ITEM_NOT_RECEIVED', 'UNAUTHORIZED_TRANSACTION']},
                             'status': 'COMPLETED', 'custom_id': 'order-' + str(R.randint(1000, 9999)), 'invoice_id': 'INV-2024-' + str(R.randint(1000, 9999)),
                             'links': [{'href': 'https://api.paypal.com/v2/payments/captures/' + alnum(17, UPALNUM), 'rel': 'self', 'method': 'GET'}]},
                'links': [{'href': 'https://api.paypal.com/v1/notifications/webhooks-events/WH-' + alnum(17, UPALNUM), 'rel': 'self', 'method': 'GET'}]}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'PayPal/AUHD-214.0-58393543', 'Accept': '*/*', 'PAYPAL-TRANSMISSION-ID': uid(), 'PAYPAL-TRANSMISSION-TIME': iso(t, False),
             'PAYPAL-TRANSMISSION-SIG': b64(256), 'PAYPAL-CERT-URL': 'https://api.paypal.com/v1/notifications/certs/CERT-360caa42-fca2a594-' + hexs(8),
             'PAYPAL-AUTH-ALGO': 'SHA256withRSA', 'PAYPAL-AUTH-VERSION': 'v2', 'CORRELATION-ID': hexs(13)}
        return 'POST', '/webhooks/paypal', h, bs
    if kind == 'shopify':
        f, l, e = person()
        city, zipc, cc = pick(CITIES)
        oid = int(digits(13))
        body = {'id': oid, 'admin_graphql_api_id': f'gid://shopify/Order/{oid}', 'email': e, 'created_at': iso(t, False).replace('Z', '+02:00'), 'currency': 'EUR', 'total_price': '%.2f' % R.uniform(20, 400),
                'financial_status': 'paid', 'name': '#' + str(R.randint(1001, 9999)), 'note': pick([None, 'Bitte nicht klingeln 🙏', "Leave at back door – dog's friendly!"]),
                'note_attributes': [{'name': 'gift_message', 'value': pick(['Happy birthday Mum! ❤️', 'Congrats on the new job 🎉'])}],
                'line_items': [{'id': int(digits(14)), 'title': pick(PRODUCTS).replace('-', ' ').title(), 'quantity': R.randint(1, 3), 'price': '%.2f' % R.uniform(5, 150), 'sku': f'BL-{R.randint(10000, 99999)}', 'variant_title': pick(['M / Navy', '42', None])}],
                'shipping_address': {'first_name': f, 'last_name': l, 'address1': pick(STREETS), 'city': city, 'zip': zipc, 'country_code': cc},
                'customer': {'id': int(digits(13)), 'email': e, 'first_name': f, 'last_name': l, 'tags': 'VIP, newsletter'}, 'landing_site': '/products/' + pick(PRODUCTS) + '?' + qs(utm()), 'referring_site': 'https://www.google.com/'}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'Shopify-Captain-Hook', 'Accept': '*/*', 'X-Shopify-Topic': pick(['orders/create', 'orders/paid']), 'X-Shopify-Hmac-Sha256': base64.b64encode(hm(bs).digest()).decode(),
             'X-Shopify-Shop-Domain': 'brightlane.myshopify.com', 'X-Shopify-API-Version': '2024-04', 'X-Shopify-Webhook-Id': uid(), 'X-Shopify-Triggered-At': iso(t), 'X-Shopify-Event-Id': uid()}
        return 'POST', '/webhooks/shopify/orders', h, bs
    if kind == 'slack_events':
        text = pick(["<@U04ABCD12> can you look at the failing deploy? :eyes:", "Deployed `v3.2.0` to prod :rocket: changelog: <https://github.com/acme/storefront-api/releases/tag/v3.2.0|release notes>",
                     "```SELECT count(*) FROM orders WHERE status = 'pending';``` returns 0 on the replica but 42 on primary :thinking_face:", "heads up: office wifi is down, use the guest network (pw on the fridge) :sweat_smile:",
                     "Kann jemand kurz auf PR #482 schauen? Danke! :pray:"])
        body = {'token': alnum(24), 'team_id': 'T' + alnum(8, UPALNUM), 'api_app_id': 'A' + alnum(10, UPALNUM),
                'event': {'type': 'message', 'channel': 'C' + alnum(10, UPALNUM), 'user': 'U' + alnum(10, UPALNUM), 'text': text, 'ts': f'{t}.{digits(6)}', 'event_ts': f'{t}.{digits(6)}', 'channel_type': 'channel',
                          'blocks': [{'type': 'rich_text', 'block_id': alnum(5), 'elements': [{'type': 'rich_text_section', 'elements': [{'type': 'text', 'text': text[:60]}]}]}]},
                'type': 'event_callback', 'event_id': 'Ev' + alnum(9, UPALNUM), 'event_time': t, 'authorizations': [{'team_id': 'T' + alnum(8, UPALNUM), 'user_id': 'U' + alnum(10, UPALNUM), 'is_bot': True}],
                'is_ext_shared_channel': False, 'event_context': '4-' + alnum(60, B64URL)}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)', 'Accept': '*/*', 'Accept-Encoding': 'gzip,deflate', 'X-Slack-Request-Timestamp': str(t),
             'X-Slack-Signature': 'v0=' + hm(bs, prefix=f'v0:{t}:'.encode()).hexdigest()}
        return 'POST', '/slack/events', h, bs
    if kind == 'slack_command':
        body = qs([('token', alnum(24)), ('team_id', 'T' + alnum(8, UPALNUM)), ('team_domain', 'acme-inc'), ('channel_id', 'C' + alnum(10, UPALNUM)), ('channel_name', pick(['deploys', 'general', 'support-escalations'])),
                   ('user_id', 'U' + alnum(10, UPALNUM)), ('user_name', pick(['priya', 'sean.obrien', 'm.mueller'])), ('command', pick(['/deploy', '/oncall', '/ticket'])),
                   ('text', pick(['api production --tag v2.14.0', 'who', 'create "Checkout 500s on /api/v1/orders" --priority high', 'status #4821'])), ('api_app_id', 'A' + alnum(10, UPALNUM)),
                   ('is_enterprise_install', 'false'), ('response_url', f'https://hooks.slack.com/commands/T{alnum(8, UPALNUM)}/{digits(13)}/{alnum(24)}'), ('trigger_id', f'{digits(13)}.{digits(12)}.{hexs(32)}')])
        h = {'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)', 'Accept': 'application/json,*/*', 'Accept-Encoding': 'gzip,deflate',
             'X-Slack-Request-Timestamp': str(t), 'X-Slack-Signature': 'v0=' + hm(body, prefix=f'v0:{t}:'.encode()).hexdigest()}
        return 'POST', '/slack/commands', h, body
    if kind == 'slack_interactive':
        payload = {'type': 'block_actions', 'user': {'id': 'U' + alnum(10, UPALNUM), 'username': 'priya', 'team_id': 'T' + alnum(8, UPALNUM)}, 'api_app_id': 'A' + alnum(10, UPALNUM), 'token': alnum(24),
                   'container': {'type': 'message', 'message_ts': f'{t}.{digits(6)}', 'channel_id': 'C' + alnum(10, UPALNUM), 'is_ephemeral': False}, 'trigger_id': f'{digits(13)}.{digits(12)}.{hexs(32)}',
                   'team': {'id': 'T' + alnum(8, UPALNUM), 'domain': 'acme-inc'}, 'channel': {'id': 'C' + alnum(10, UPALNUM), 'name': 'deploys'},
                   'response_url': f'https://hooks.slack.com/actions/T{alnum(8, UPALNUM)}/{digits(13)}/{alnum(24)}',
                   'actions': [{'action_id': pick(['approve_deploy', 'ack_incident']), 'block_id': alnum(4), 'text': {'type': 'plain_text', 'text': pick(['Approve ✅', 'Acknowledge'])}, 'value': 'deploy_' + hexs(8), 'type': 'button', 'action_ts': f'{t}.{digits(6)}'}]}
        body = qs([('payload', jdump(payload))])
        h = {'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'Slackbot 1.0 (+https://api.slack.com/robots)', 'Accept': 'application/json,*/*', 'Accept-Encoding': 'gzip,deflate',
             'X-Slack-Request-Timestamp': str(t), 'X-Slack-Signature': 'v0=' + hm(body, prefix=f'v0:{t}:'.encode()).hexdigest()}
        return 'POST', '/slack/interactive', h, body
    if kind == 'discord':
        body = {'app_permissions': str(R.randint(10 ** 15, 10 ** 16)), 'application_id': digits(19), 'channel_id': digits(19), 'data': {'id': digits(19), 'name': pick(['remind', 'poll', 'status']), 'options': [{'name': 'text', 'type': 3, 'value': pick(["standup in 10' 🕙", 'Pizza or tacos? 🍕🌮', 'prod'])}], 'type': 1},
                'guild_id': digits(19), 'guild_locale': 'en-US', 'id': digits(19), 'locale': pick(['en-GB', 'de', 'pt-BR']), 'member': {'user': {'id': digits(18), 'username': pick(['zoë.dev', 'kwame_', 'sofia.f']), 'global_name': pick(['Zoë', 'Kwame', 'Sofía'])}, 'roles': [digits(19)]},
                'token': alnum(180, B64URL + '.'), 'type': 2, 'version': 1}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'Discord-Interactions/1.0 (+https://discord.com)', 'X-Signature-Ed25519': hexs(128), 'X-Signature-Timestamp': str(t)}
        return 'POST', '/api/interactions', h, bs
    if kind == 'twilio':
        if chance(0.6):
            msg = pick(['STOP', 'Yes, 3pm works 👍', 'Where is my order #48213?', 'Hola, ¿a qué hora abren mañana?', 'Can I reschedule to Friday? Running late & stuck in traffic'])
            pairs = [('ToCountry', 'US'), ('ToState', 'CA'), ('SmsMessageSid', 'SM' + hexs(32)), ('NumMedia', '0'), ('ToCity', 'SAN FRANCISCO'), ('FromZip', '94105'), ('SmsSid', 'SM' + hexs(32)), ('FromState', 'CA'),
                     ('SmsStatus', 'received'), ('FromCity', 'SAN FRANCISCO'), ('Body', msg), ('FromCountry', 'US'), ('To', '+1415' + digits(7)), ('MessagingServiceSid', 'MG' + hexs(32)), ('ToZip', '94016'),
                     ('NumSegments', '1'), ('MessageSid', 'SM' + hexs(32)), ('AccountSid', 'AC' + hexs(32)), ('From', '+1628' + digits(7)), ('ApiVersion', '2010-04-01')]
            path = '/webhooks/twilio/sms'
        else:
            pairs = [('AccountSid', 'AC' + hexs(32)), ('MessageSid', 'SM' + hexs(32)), ('MessageStatus', pick(['delivered', 'undelivered', 'sent'])), ('ErrorCode', pick(['', '30003', '30005'])),
                     ('To', '+4917' + digits(9)), ('From', '+4915' + digits(9)), ('ApiVersion', '2010-04-01'), ('SmsStatus', 'delivered')]
            path = '/webhooks/twilio/status?' + qs([('msg', str(R.randint(1000, 99999)))])
        body = qs(pairs)
        h = {'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', 'User-Agent': 'TwilioProxy/1.1', 'Accept': '*/*', 'Cache-Control': 'max-age=259200',
             'X-Twilio-Signature': base64.b64encode(hm(body, hashlib.sha1).digest()).decode(), 'I-Twilio-Idempotency-Token': uid()}
        return 'POST', path, h, body
    if kind == 'sendgrid':
        evs = []
        for _ in range(R.randint(1, 5)):
            e = person()[2]
            ev = pick(['processed', 'delivered', 'open', 'click', 'bounce', 'dropped', 'spamreport'])
            o = {'email': e, 'timestamp': ts(), 'smtp-id': f'<{alnum(22)}@geopod-ismtpd-{R.randint(1, 40)}>', 'event': ev, 'category': ['transactional', 'order_confirmation'], 'sg_event_id': alnum(22, B64URL),
                 'sg_message_id': alnum(22) + '.filterdrecv-' + alnum(10) + '-1-' + hexs(8) + '-' + hexs(2) + '-0', 'order_id': str(R.randint(1000, 99999))}
            if ev == 'click':
                o['url'] = 'https://shop.brightlane.co/products/' + pick(PRODUCTS) + '?' + qs(utm(('sendgrid', 'email')))
            if ev in ('open', 'click'):
                o['useragent'] = 'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)'
                o['ip'] = '66.249.' + str(R.randint(80, 95)) + '.' + str(R.randint(1, 250))
            if ev == 'bounce':
                o.update({'reason': '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient\'s email address for typos.', 'status': '5.1.1', 'type': 'bounce'})
            evs.append(o)
        bs = jdump(evs)
        h = {'Content-Type': CT, 'User-Agent': 'SendGrid Event API', 'X-Twilio-Email-Event-Webhook-Signature': b64(70), 'X-Twilio-Email-Event-Webhook-Timestamp': str(t)}
        return 'POST', '/webhooks/sendgrid/events', h, bs
    if kind == 'mailgun':
        body = {'signature': {'timestamp': str(t), 'token': hexs(50), 'signature': hexs(64)},
                'event-data': {'event': pick(['delivered', 'failed', 'opened', 'complained']), 'timestamp': t + R.random(), 'id': alnum(22, B64URL), 'recipient': person()[2], 'log-level': 'info',
                               'message': {'headers': {'to': person()[2], 'message-id': f'{ts()}.{hexs(16)}@mg.brightlane.co', 'from': '"Brightlane" <orders@mg.brightlane.co>', 'subject': pick(['Your order #4821 has shipped 📦', 'Bestellbestätigung', 'Reset your password'])}, 'size': R.randint(4000, 90000)},
                               'delivery-status': {'code': 250, 'message': 'OK', 'description': '', 'tls': True, 'mx-host': 'gmail-smtp-in.l.google.com'}, 'tags': ['order-shipped'], 'user-variables': {'order_id': str(R.randint(1000, 9999))}}}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'mailgun/treq-18.6.0', 'Accept-Encoding': 'gzip'}
        return 'POST', '/webhooks/mailgun', h, bs
    if kind == 'sentry':
        title = pick(["TypeError: Cannot read properties of undefined (reading 'map')", "OperationalError: could not connect to server: Connection refused", "ZeroDivisionError: division by zero",
                      "KeyError: 'shipping_address'", "ActiveRecord::RecordNotFound: Couldn't find User with 'id'=48213", "Error: Minified React error #418; visit https://react.dev/errors/418 for the full message"])
        body = {'action': 'triggered', 'installation': {'uuid': uid()}, 'actor': {'type': 'application', 'id': 'sentry', 'name': 'Sentry'},
                'data': {'event': {'event_id': hexs(32), 'title': title, 'culprit': pick(['app/routes/checkout.tsx in CheckoutPage', 'orders.views in create_order', 'sync_worker.tasks.run_sync']), 'level': 'error', 'platform': pick(['javascript', 'python', 'ruby']),
                                   'environment': 'production', 'release': 'storefront@3.2.0+' + hexs(7), 'web_url': f'https://acme.sentry.io/issues/{R.randint(10 ** 9, 5 * 10 ** 9)}/events/{hexs(32)}/',
                                   'url': f'https://sentry.io/api/0/projects/acme/storefront/events/{hexs(32)}/', 'tags': [['browser', 'Chrome 124.0.0'], ['os', 'Windows 10'], ['url', 'https://shop.brightlane.co/checkout?step=payment']],
                                   'exception': {'values': [{'type': title.split(':')[0], 'value': title.split(': ', 1)[-1], 'stacktrace': {'frames': [
                                       {'filename': 'app/routes/checkout.tsx', 'function': 'CheckoutPage', 'lineno': R.randint(10, 400), 'colno': R.randint(1, 80), 'in_app': True, 'context_line': '  const total = cart.items.map((i) => i.price * i.qty).reduce(sum, 0);'},
                                       {'filename': 'node_modules/react-dom/cjs/react-dom.production.min.js', 'function': 'renderWithHooks', 'lineno': 1, 'colno': 59284, 'in_app': False}]}}]}},
                         'triggered_rule': pick(['High error rate on checkout', 'New issue in production'])}}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'sentry', 'Request-ID': hexs(32), 'Sentry-Hook-Resource': 'event_alert', 'Sentry-Hook-Timestamp': str(t), 'Sentry-Hook-Signature': hm(bs).hexdigest()}
        return 'POST', '/integrations/sentry/webhook', h, bs
    if kind == 'pagerduty':
        body = {'event': {'id': alnum(26, UPALNUM), 'event_type': pick(['incident.triggered', 'incident.acknowledged', 'incident.resolved']), 'resource_type': 'incident', 'occurred_at': iso(t), 'agent': {'html_url': 'https://acme.pagerduty.com/users/P' + alnum(6, UPALNUM), 'id': 'P' + alnum(6, UPALNUM), 'type': 'user_reference'},
                          'client': None, 'data': {'id': 'Q' + alnum(13, UPALNUM), 'type': 'incident', 'self': 'https://api.pagerduty.com/incidents/Q' + alnum(13, UPALNUM), 'html_url': 'https://acme.pagerduty.com/incidents/Q' + alnum(13, UPALNUM),
                                                   'number': R.randint(100, 9999), 'status': 'triggered', 'incident_key': hexs(32), 'created_at': iso(t, False), 'title': pick(['[FIRING:1] HighErrorRate checkout-api (5xx > 5%)', 'Disk usage > 90% on db-replica-2', 'SSL certificate expires in 7 days: api.lumenapp.io']),
                                                   'service': {'summary': 'checkout-api', 'type': 'service_reference'}, 'urgency': pick(['high', 'low']), 'priority': {'summary': 'P2'}}}}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'PagerDuty-Webhook/V3.0', 'X-PagerDuty-Signature': 'v1=' + hm(bs).hexdigest(), 'X-Webhook-Id': uid(), 'X-Webhook-Subscription': 'P' + alnum(6, UPALNUM)}
        return 'POST', '/webhooks/pagerduty', h, bs
    if kind == 'alertmanager':
        alerts = [{'status': 'firing', 'labels': {'alertname': pick(['HighErrorRate', 'KubePodCrashLooping', 'PostgresReplicationLag']), 'severity': pick(['critical', 'warning']), 'namespace': 'prod', 'pod': 'checkout-api-' + alnum(10, LOWALNUM) + '-' + alnum(5, LOWALNUM)},
                   'annotations': {'summary': 'Error rate above 5% for 10m', 'description': 'rate(http_requests_total{status=~"5..",service="checkout-api"}[5m]) / rate(http_requests_total{service="checkout-api"}[5m]) > 0.05',
                                   'runbook_url': 'https://runbooks.acme-corp.com/checkout/high-error-rate'},
                   'startsAt': iso(t), 'endsAt': '0001-01-01T00:00:00Z', 'generatorURL': 'http://prometheus.prod:9090/graph?g0.expr=' + quote('sum(rate(http_requests_total{status=~"5.."}[5m])) > 0.05', safe='') + '&g0.tab=1', 'fingerprint': hexs(16)}]
        body = {'receiver': 'webhook-oncall', 'status': 'firing', 'alerts': alerts, 'groupLabels': {'alertname': alerts[0]['labels']['alertname']}, 'commonLabels': alerts[0]['labels'], 'commonAnnotations': alerts[0]['annotations'],
                'externalURL': 'http://alertmanager.prod:9093', 'version': '4', 'groupKey': '{}:{alertname="' + alerts[0]['labels']['alertname'] + '"}', 'truncatedAlerts': 0}
        h = {'Content-Type': CT, 'User-Agent': 'Alertmanager/0.27.0', 'Authorization': 'Bearer ' + alnum(40)}
        return 'POST', '/hooks/alertmanager', h, jdump(body)
    if kind == 'grafana':
        body = {'receiver': 'lumen-webhook', 'status': 'firing', 'orgId': 1, 'alerts': [{'status': 'firing', 'labels': {'alertname': 'API latency p95', 'grafana_folder': 'Production', 'team': 'platform'},
                                                                                          'annotations': {'summary': 'p95 latency 1.8s (threshold 1s) for /api/v1/orders'}, 'startsAt': iso(t), 'valueString': "[ var='A' labels={route=/api/v1/orders} value=1.83 ]",
                                                                                          'dashboardURL': 'https://grafana.acme-corp.com/d/abc123?orgId=1', 'panelURL': 'https://grafana.acme-corp.com/d/abc123?orgId=1&viewPanel=4', 'silenceURL': 'https://grafana.acme-corp.com/alerting/silence/new?alertmanager=grafana&matcher=alertname%3DAPI+latency+p95'}],
                'title': '[FIRING:1] API latency p95 Production (platform)', 'state': 'alerting', 'message': '**Firing**\n\nValue: A=1.83\nLabels:\n - alertname = API latency p95\n - route = /api/v1/orders\n'}
        h = {'Content-Type': CT, 'User-Agent': 'Grafana', 'Authorization': 'Bearer ' + alnum(32)}
        return 'POST', '/hooks/grafana', h, jdump(body)
    if kind == 'circleci':
        body = {'type': 'workflow-completed', 'id': uid(), 'happened_at': iso(t), 'webhook': {'id': uid(), 'name': 'notify-lumen'},
                'workflow': {'id': uid(), 'name': 'build-test-deploy', 'created_at': iso(t - 600), 'stopped_at': iso(t), 'url': 'https://app.circleci.com/pipelines/github/acme/storefront-api/' + str(R.randint(1000, 9000)) + '/workflows/' + uid(), 'status': pick(['success', 'failed'])},
                'pipeline': {'id': uid(), 'number': R.randint(1000, 9000), 'created_at': iso(t - 620), 'trigger': {'type': 'webhook'}, 'vcs': {'provider_name': 'github', 'origin_repository_url': 'https://github.com/acme/storefront-api', 'branch': 'main', 'revision': hexs(40),
                                                                                                                                               'commit': {'subject': pick(COMMIT_MSGS).split('\n')[0], 'body': '', 'author': {'name': 'Priya Patel', 'email': 'priya@acme-corp.com'}}}},
                'project': {'id': uid(), 'name': 'storefront-api', 'slug': 'gh/acme/storefront-api'}, 'organization': {'id': uid(), 'name': 'acme'}}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'CircleCI-Webhook/1.0', 'circleci-event-type': 'workflow-completed', 'circleci-signature': 'v1=' + hm(bs).hexdigest()}
        return 'POST', '/webhooks/circleci', h, bs
    if kind == 'vercel':
        body = {'id': alnum(24), 'type': pick(['deployment.succeeded', 'deployment.error', 'deployment.created']), 'createdAt': ms(t), 'region': 'iad1',
                'payload': {'team': {'id': 'team_' + alnum(24)}, 'user': {'id': alnum(24)}, 'deployment': {'id': 'dpl_' + alnum(28), 'meta': {'githubCommitMessage': pick(COMMIT_MSGS), 'githubCommitRef': 'main', 'githubCommitSha': hexs(40), 'githubRepo': 'storefront-web'},
                                                                                                          'url': 'storefront-' + alnum(9, LOWALNUM) + '-acme.vercel.app', 'name': 'storefront-web'}, 'links': {'deployment': 'https://vercel.com/acme/storefront-web/' + alnum(20), 'project': 'https://vercel.com/acme/storefront-web'},
                            'target': 'production', 'project': {'id': 'prj_' + alnum(28)}, 'plan': 'pro', 'regions': ['iad1']}}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'Vercel/1.0', 'x-vercel-signature': hm(bs, hashlib.sha1).hexdigest(), 'x-vercel-id': 'iad1::' + alnum(5, LOWALNUM) + '-' + str(ms()) + '-' + hexs(12)}
        return 'POST', '/api/webhooks/vercel', h, bs
    if kind == 'jira':
        key = pick(['PROJ', 'ENG', 'SUP']) + '-' + str(R.randint(10, 4000))
        body = {'timestamp': ms(t), 'webhookEvent': pick(['jira:issue_created', 'jira:issue_updated', 'comment_created']), 'issue_event_type_name': 'issue_generic',
                'user': {'accountId': '5b10' + hexs(20), 'displayName': pick(['Ana Fernández', "Seán O'Brien", 'Mei Li'])},
                'issue': {'id': str(R.randint(10000, 99999)), 'key': key, 'fields': {'summary': pick(['Checkout 500 when coupon has trailing space', 'Translate onboarding emails to Japanese', 'Upgrade Postgres 14 → 16']),
                                                                                       'description': 'h3. Steps\n# Add item to cart\n# Apply coupon {{SPRING20 }} (note the trailing space)\n# Click *Pay*\n\n{code:java}\njava.lang.NullPointerException: Cannot invoke "Coupon.getCode()" because "c" is null\n{code}',
                                                                                       'issuetype': {'name': pick(['Bug', 'Story', 'Task'])}, 'priority': {'name': pick(['High', 'Medium'])}, 'status': {'name': 'To Do'}, 'labels': ['checkout', 'customer-reported']}},
                'changelog': {'id': str(R.randint(10000, 99999)), 'items': [{'field': 'status', 'fromString': 'To Do', 'toString': 'In Progress'}]}}
        h = {'Content-Type': 'application/json; charset=UTF-8', 'User-Agent': 'Atlassian Webhook HTTP Client', 'X-Atlassian-Webhook-Identifier': str(R.randint(10 ** 5, 10 ** 7)), 'Accept': '*/*'}
        return 'POST', '/webhooks/jira?' + qs([('issue_key', key), ('project', key.split('-')[0]), ('user_id', '5b10' + hexs(20))]), h, jdump(body)
    if kind == 'linear':
        body = {'action': pick(['create', 'update']), 'actor': {'id': uid(), 'name': 'Yuki Tanaka', 'type': 'user'}, 'createdAt': iso(t), 'type': 'Issue', 'organizationId': uid(),
                'data': {'id': uid(), 'identifier': 'ENG-' + str(R.randint(100, 3000)), 'title': pick(["Safari: sticky header overlaps modal", "Rate limiter counts OPTIONS preflight requests", "Add 'Export as PDF' to reports"]),
                         'description': pick(GH_ISSUE_BODIES), 'priority': R.randint(0, 4), 'state': {'name': 'Todo', 'type': 'unstarted'}, 'labels': [{'name': 'Bug'}], 'team': {'key': 'ENG', 'name': 'Engineering'}},
                'url': 'https://linear.app/acme/issue/ENG-' + str(R.randint(100, 3000)), 'webhookTimestamp': ms(t), 'webhookId': uid()}
        bs = jdump(body)
        h = {'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'Linear-Webhook', 'Linear-Delivery': uid(), 'Linear-Event': 'Issue', 'Linear-Signature': hm(bs).hexdigest()}
        return 'POST', '/webhooks/linear', h, bs
    if kind == 'svix':  # Clerk / Resend style
        if chance(0.5):
            f, l, e = person()
            body = {'data': {'id': 'user_' + alnum(27), 'first_name': f, 'last_name': l, 'email_addresses': [{'email_address': e, 'id': 'idn_' + alnum(27), 'verification': {'status': 'verified', 'strategy': 'email_code'}}],
                             'image_url': 'https://img.clerk.com/' + alnum(120, B64URL), 'created_at': ms(t), 'public_metadata': {'plan': 'free'}, 'unsafe_metadata': {}}, 'object': 'event', 'type': pick(['user.created', 'user.updated'])}
            ua = 'Svix-Webhooks/1.24.0'
        else:
            body = {'type': pick(['email.delivered', 'email.bounced', 'email.opened']), 'created_at': iso(t), 'data': {'email_id': uid(), 'from': 'Lumen <notifications@lumenapp.io>', 'to': [person()[2]], 'subject': pick(['Your weekly report 📈', 'Invitation to join acme-inc', 'Votre facture de mai']), 'created_at': iso(t)}}
            ua = 'Svix-Webhooks/1.24.0'
        bs = jdump(body)
        mid = 'msg_' + alnum(27)
        sig = base64.b64encode(_hmac.new(SECRET, f'{mid}.{t}.{bs}'.encode(), hashlib.sha256).digest()).decode()
        h = {'Content-Type': CT, 'User-Agent': ua, 'svix-id': mid, 'svix-timestamp': str(t), 'svix-signature': f'v1,{sig}'}
        return 'POST', pick(['/api/webhooks/clerk', '/api/webhooks/resend']), h, bs
    if kind == 'zendesk':
        body = {'type': 'zen:event-type:ticket.comment_added', 'account_id': R.randint(10 ** 6, 10 ** 7), 'id': uid(), 'time': iso(t), 'zendesk_event_version': '2022-11-06', 'subject': 'zen:ticket:' + str(R.randint(1000, 99999)),
                'detail': {'id': str(R.randint(1000, 99999)), 'subject': pick(['Refund for order #48213', 'Login not working after password reset', 'Rechnung falsch adressiert']), 'status': 'OPEN', 'priority': 'NORMAL', 'requester_id': str(R.randint(10 ** 9, 10 ** 10)), 'tags': ['refund', 'vip']},
                'event': {'comment': {'id': str(R.randint(10 ** 9, 10 ** 10)), 'body': pick(LOREM_MSGS).format(n=R.randint(1000, 9999), d='May 14', name='Olivia', email='olivia@example.org'), 'is_public': True, 'author': {'id': str(R.randint(10 ** 9, 10 ** 10)), 'is_staff': False, 'name': 'Olivia Rossi'}}}}
        bs = jdump(body)
        tstamp = iso(t, False)
        h = {'Content-Type': CT, 'User-Agent': 'Zendesk Webhook', 'X-Zendesk-Webhook-Id': alnum(26, UPALNUM), 'X-Zendesk-Webhook-Invocation-Id': str(R.randint(10 ** 9, 10 ** 10)),
             'X-Zendesk-Webhook-Signature': base64.b64encode(_hmac.new(SECRET, (tstamp + bs).encode(), hashlib.sha256).digest()).decode(), 'X-Zendesk-Webhook-Signature-Timestamp': tstamp, 'X-Zendesk-Account-Id': str(R.randint(10 ** 6, 10 ** 7))}
        return 'POST', '/webhooks/zendesk', h, bs
    if kind == 'typeform':
        f, l, e = person()
        body = {'event_id': alnum(26, UPALNUM), 'event_type': 'form_response', 'form_response': {'form_id': alnum(8), 'token': alnum(32, LOWALNUM), 'landed_at': iso(t - 300, False), 'submitted_at': iso(t, False),
                                                                                                  'hidden': {'utm_source': 'newsletter', 'user_id': str(R.randint(1000, 99999))}, 'definition': {'id': alnum(8), 'title': 'Customer feedback Q2'},
                                                                                                  'answers': [{'type': 'text', 'text': f'{f} {l}', 'field': {'id': alnum(12), 'type': 'short_text', 'ref': 'name'}},
                                                                                                              {'type': 'email', 'email': e, 'field': {'id': alnum(12), 'type': 'email', 'ref': 'email'}},
                                                                                                              {'type': 'number', 'number': R.randint(0, 10), 'field': {'id': alnum(12), 'type': 'opinion_scale', 'ref': 'nps'}},
                                                                                                              {'type': 'text', 'text': pick(["Honestly the best onboarding I've seen. One wish: CSV import that handles ; as separator.", 'Zu teuer für kleine Teams 😕', "It's fine, I guess? Search could be faster."]), 'field': {'id': alnum(12), 'type': 'long_text', 'ref': 'why'}},
                                                                                                              {'type': 'choices', 'choices': {'labels': ['Reports', 'Integrations']}, 'field': {'id': alnum(12), 'type': 'multiple_choice', 'ref': 'features'}}]}}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'Typeform Webhooks', 'Typeform-Signature': 'sha256=' + base64.b64encode(hm(bs).digest()).decode()}
        return 'POST', '/webhooks/typeform', h, bs
    if kind == 'calendly':
        f, l, e = person()
        body = {'created_at': iso(t), 'created_by': 'https://api.calendly.com/users/' + alnum(16, UPALNUM), 'event': 'invitee.created',
                'payload': {'email': e, 'name': f'{f} {l}', 'timezone': pick(TZS), 'status': 'active', 'uri': 'https://api.calendly.com/scheduled_events/' + uid() + '/invitees/' + uid(),
                            'questions_and_answers': [{'question': 'What would you like to discuss?', 'answer': pick(["Pricing for 50+ seats & SSO", "Migrating from our in-house tool (PHP + MySQL)", "Demo für das Vertriebsteam"]), 'position': 0}],
                            'tracking': {'utm_campaign': 'spring_sale_2024', 'utm_source': 'linkedin', 'utm_medium': 'paid', 'utm_content': None, 'utm_term': None},
                            'scheduled_event': {'name': '30 Minute Demo', 'start_time': iso(t + 86400 * 3, False), 'end_time': iso(t + 86400 * 3 + 1800, False), 'location': {'type': 'google_conference', 'join_url': 'https://meet.google.com/' + alnum(3, string.ascii_lowercase) + '-' + alnum(4, string.ascii_lowercase) + '-' + alnum(3, string.ascii_lowercase)}}}}
        bs = jdump(body)
        h = {'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'Calendly Webhooks', 'Calendly-Webhook-Signature': f't={t},v1=' + _hmac.new(SECRET, f'{t}.{bs}'.encode(), hashlib.sha256).hexdigest()}
        return 'POST', '/webhooks/calendly', h, bs
    if kind == 'square':
        body = {'merchant_id': alnum(13, UPALNUM), 'type': 'payment.updated', 'event_id': uid(), 'created_at': iso(t),
                'data': {'type': 'payment', 'id': alnum(29), 'object': {'payment': {'id': alnum(29), 'amount_money': {'amount': R.randint(100, 20000), 'currency': 'USD'}, 'status': 'COMPLETED', 'source_type': 'CARD',
                                                                                    'card_details': {'card': {'card_brand': 'MASTERCARD', 'last_4': digits(4), 'exp_month': R.randint(1, 12), 'exp_year': 2026}, 'entry_method': 'KEYED', 'cvv_status': 'CVV_ACCEPTED'},
                                                                                    'location_id': alnum(13, UPALNUM), 'order_id': alnum(29), 'note': pick(['Table 12 – 2x flat white, 1x croissant', "Birthday cake – 'Happy 40th Jo!'", '']), 'receipt_url': 'https://squareup.com/receipt/preview/' + alnum(29)}}}}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'Square Connect v2', 'x-square-hmacsha256-signature': base64.b64encode(hm(bs).digest()).decode(), 'square-environment': 'Production', 'square-retry-number': '0'}
        return 'POST', '/webhooks/square', h, bs
    if kind == 'paddle':
        body = {'event_id': 'evt_' + alnum(26, LOWALNUM), 'event_type': pick(['transaction.completed', 'subscription.activated']), 'occurred_at': iso(t), 'notification_id': 'ntf_' + alnum(26, LOWALNUM),
                'data': {'id': 'txn_' + alnum(26, LOWALNUM), 'status': 'completed', 'customer_id': 'ctm_' + alnum(26, LOWALNUM), 'currency_code': 'EUR', 'origin': 'web', 'custom_data': {'workspace': 'acme-inc', 'seats': R.randint(1, 40)},
                         'items': [{'price': {'id': 'pri_' + alnum(26, LOWALNUM), 'description': 'Pro (monthly)', 'unit_price': {'amount': '4900', 'currency_code': 'EUR'}}, 'quantity': R.randint(1, 10)}],
                         'details': {'totals': {'subtotal': '4900', 'tax': '931', 'total': '5831'}}}}
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'Paddle', 'Paddle-Signature': f'ts={t};h1=' + _hmac.new(SECRET, f'{t}:{bs}'.encode(), hashlib.sha256).hexdigest()}
        return 'POST', '/webhooks/paddle', h, bs
    if kind == 'mollie':
        body = qs([('id', 'tr_' + alnum(10))])
        h = {'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'Mollie HTTP client/1.0', 'Accept': '*/*'}
        return 'POST', '/webhooks/mollie?' + qs([('order', str(R.randint(1000, 99999)))]), h, body
    if kind == 'hubspot':
        body = [{'eventId': R.randint(10 ** 8, 4 * 10 ** 9), 'subscriptionId': R.randint(10 ** 5, 10 ** 7), 'portalId': R.randint(10 ** 6, 10 ** 8), 'appId': R.randint(10 ** 5, 10 ** 7), 'occurredAt': ms(t),
                 'subscriptionType': pick(['contact.propertyChange', 'deal.creation', 'contact.creation']), 'attemptNumber': 0, 'objectId': R.randint(10 ** 5, 10 ** 11), 'propertyName': pick(['lifecyclestage', 'email', 'dealstage']),
                 'propertyValue': pick(['customer', 'salesqualifiedlead', 'closedwon']), 'changeSource': 'CRM_UI', 'sourceId': 'userId:' + str(R.randint(10 ** 6, 10 ** 8))} for _ in range(R.randint(1, 3))]
        bs = jdump(body)
        h = {'Content-Type': CT, 'User-Agent': 'HubSpot Connect 2.0 (http://dev.hubspot.com/)', 'X-HubSpot-Signature-v3': b64(32), 'X-HubSpot-Request-Timestamp': str(ms(t)), 'X-HubSpot-Signature-Version': 'v3'}
        return 'POST', '/webhooks/hubspot', h, bs
    if kind == 'zoom':
        body = {'event': pick(['meeting.ended', 'recording.completed', 'meeting.participant_joined']), 'event_ts': ms(t),
                'payload': {'account_id': alnum(22, B64URL), 'object': {'uuid': alnum(22, B64URL) + '==', 'id': int(digits(11)), 'host_id': alnum(22, B64URL), 'topic': pick(["Weekly sync – Platform team", "Kundengespräch: Müller & Söhne", "1:1 Seán / Priya"]),
                                                                         'type': 2, 'start_time': iso(t - 3600, False), 'end_time': iso(t, False), 'duration': 60, 'timezone': pick(TZS)}}}
        bs = jdump(body)
        h = {'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'Zoom Marketplace/1.0a', 'x-zm-request-timestamp': str(t), 'x-zm-signature': 'v0=' + _hmac.new(SECRET, f'v0:{t}:{bs}'.encode(), hashlib.sha256).hexdigest(), 'x-zm-trackingid': 'v=2.0;clid=us06;rid=WEB_' + hexs(32)}
        return 'POST', '/webhooks/zoom', h, bs
    if kind == 'auth0_logs':
        logs = [{'log_id': digits(56), 'data': {'date': iso(ts()), 'type': pick(['s', 'f', 'fp', 'slo', 'sapi']), 'description': pick(['Wrong email or password.', 'Successful login', 'Login with SAML', '']), 'connection': 'Username-Password-Authentication',
                                                'client_id': alnum(32), 'client_name': 'Lumen Web', 'ip': f'{R.randint(20, 220)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}', 'user_agent': pick(['Chrome 124.0.0 / Windows 10.0.0', 'Mobile Safari 17.4.1 / iOS 17.4.1']),
                                                'user_id': 'auth0|' + hexs(24), 'user_name': person()[2], 'strategy': 'auth0', 'strategy_type': 'database', 'log_id': digits(56)}} for _ in range(R.randint(1, 4))]
        h = {'Content-Type': CT, 'User-Agent': 'Auth0-Log-Streams/1.0', 'Authorization': 'Bearer ' + alnum(48)}
        return 'POST', '/hooks/auth0/logs', h, jdump(logs)
    if kind == 'docker':
        body = {'callback_url': 'https://registry.hub.docker.com/u/acme/storefront-api/hook/' + alnum(40, LOWALNUM) + '/', 'push_data': {'pushed_at': t, 'pusher': 'acmebot', 'tag': pick(['latest', 'v3.2.0', 'sha-' + hexs(7)])},
                'repository': {'comment_count': 0, 'date_created': ts(86400 * 700), 'description': 'Storefront API', 'is_official': False, 'is_private': True, 'name': 'storefront-api', 'namespace': 'acme', 'owner': 'acme', 'repo_name': 'acme/storefront-api',
                               'repo_url': 'https://hub.docker.com/r/acme/storefront-api', 'star_count': 0, 'status': 'Active'}}
        h = {'Content-Type': CT, 'User-Agent': 'Go-http-client/1.1'}
        return 'POST', '/hooks/dockerhub?' + qs([('token', alnum(32))]), h, jdump(body)
    if kind == 'teams':
        body = {'type': 'message', 'id': digits(13), 'timestamp': iso(t).replace('Z', '0000Z'), 'serviceUrl': 'https://smba.trafficmanager.net/emea/', 'channelId': 'msteams',
                'from': {'id': '29:' + alnum(80, B64URL), 'name': "Siobhán O'Connor", 'aadObjectId': uid()}, 'conversation': {'isGroup': True, 'id': '19:' + hexs(32) + '@thread.tacv2;messageid=' + digits(13), 'name': None, 'conversationType': 'channel'},
                'text': '<at>LumenBot</at> status of deploy for <strong>storefront-api</strong>?&nbsp;', 'textFormat': 'plain', 'entities': [{'type': 'clientInfo', 'locale': 'en-IE', 'country': 'IE', 'platform': 'Web', 'timezone': 'Europe/Dublin'}],
                'channelData': {'teamsChannelId': '19:' + hexs(32) + '@thread.tacv2', 'teamsTeamId': '19:' + hexs(32) + '@thread.tacv2', 'tenant': {'id': uid()}}, 'locale': 'en-IE'}
        bs = jdump(body)
        h = {'Content-Type': 'application/json; charset=utf-8', 'User-Agent': 'Microsoft-SkypeBotApi (Microsoft-BotFramework/3.0)', 'Authorization': 'HMAC ' + base64.b64encode(hm(bs).digest()).decode()}
        return 'POST', '/api/teams/outgoing', h, bs
    # intercom
    body = {'type': 'notification_event', 'app_id': alnum(8, LOWALNUM), 'data': {'type': 'notification_event_data', 'item': {'type': 'conversation', 'id': digits(14), 'created_at': t, 'state': 'open',
                                                                                                                        'source': {'type': 'conversation', 'body': '<p>' + pick(["Hi! I can't find the invoice for May – where do I download it?", "Bonjour, est-ce que l'intégration Slack est incluse dans le plan Starter ?", "Is there an API endpoint to bulk-delete contacts? 🙏"]) + '</p>',
                                                                                                                                   'author': {'type': 'user', 'name': ' '.join(person()[:2]), 'email': person()[2]}, 'url': 'https://app.lumenapp.io/settings/billing?tab=invoices'}}},
            'topic': 'conversation.user.created', 'id': 'notif_' + uid(), 'created_at': t, 'delivery_attempts': 1, 'first_sent_at': t}
    bs = jdump(body)
    h = {'Content-Type': CT, 'User-Agent': 'intercom-parrot-service-rb', 'X-Hub-Signature': 'sha1=' + hm(bs, hashlib.sha1).hexdigest(), 'Accept': '*/*'}
    return 'POST', '/webhooks/intercom', h, bs


WEBHOOK_KINDS = ['github_push', 'github_push', 'github_pr', 'github_pr', 'github_issue', 'github_issue', 'github_workflow', 'gitlab', 'bitbucket', 'stripe', 'stripe', 'stripe',
                 'paypal', 'shopify', 'slack_events', 'slack_command', 'slack_interactive', 'discord', 'twilio', 'sendgrid', 'mailgun', 'sentry', 'pagerduty', 'alertmanager',
                 'grafana', 'circleci', 'vercel', 'jira', 'linear', 'svix', 'zendesk', 'typeform', 'calendly', 'square', 'paddle', 'mollie', 'hubspot', 'zoom', 'auth0_logs',
                 'docker', 'teams', 'intercom']

# ======== gen_beacon
# ---------------------------------------------------------------- beacon class
PAGE_TITLES = ['Trail Runner GTX – Women | Brightlane', 'Pricing – Lumen', 'Search results for "merino socks"', 'Central bank holds rates steady as inflation cools | Daily Meridian',
               'Installation · Stackforge Docs', 'Best budget tent for 2 people? - Trailhub Community', 'Dashboard · acme-inc', 'Käsespätzle – Rezept | Daily Meridian', '注文履歴 | Brightlane']


def page_url():
    dom = pick(list(SITES.values()))
    path = pick(['/', '/products/' + pick(PRODUCTS), '/collections/' + pick(COLLECTIONS), '/docs/getting-started/installation', '/' + pick(NEWS_SECTIONS) + '/2024/05/21/' + pick(NEWS_SLUGS),
                 '/search?q=' + quote_plus(pick(SEARCH_TERMS)), '/dashboard', '/t/best-budget-tent-for-2-people/9912/14', '/checkout?step=payment'])
    if chance(0.3):
        path += ('&' if '?' in path else '?') + qs(utm())
    return dom, f'https://{dom}{path}'


def beacon_headers(b, dom, url, ctype=None, mode='no-cors', site='same-origin', cookie=None, dest='empty'):
    h = cors_headers(b, f'https://{dom}' if ctype else None, url, accept='*/*', ctype=ctype, site=site, mode=mode, cookie=cookie)
    if dest != 'empty':
        h['Sec-Fetch-Dest'] = dest
        h['Accept'] = img_accept(b)
    return h


CSP_POLICY = ("default-src 'self'; script-src 'self' 'nonce-{n}' 'strict-dynamic' https://www.googletagmanager.com https://js.stripe.com; style-src 'self' 'unsafe-inline' https://fonts.googleapis.com; "
              "img-src 'self' data: https://*.brightlane.co https://www.google-analytics.com; font-src 'self' https://fonts.gstatic.com; connect-src 'self' https://*.google-analytics.com https://api.lumenapp.io; "
              "frame-src https://js.stripe.com https://www.youtube-nocookie.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; report-uri /csp-report; report-to csp-endpoint")
CSP_CASES = [
    ('script-src-elem', 'inline', "window.dataLayer = window.dataLayer || [];", 14),
    ('script-src-elem', 'https://connect.facebook.net/en_US/fbevents.js', '', 0),
    ('script-src-elem', 'chrome-extension', '', 0),
    ('script-src-attr', 'inline', "return false;", 1),
    ('script-src-attr', 'inline', "this.style.display='none'", 1),
    ('style-src-elem', 'https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css', '', 0),
    ('img-src', 'https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1', '', 0),
    ('connect-src', 'https://o4507123456789.ingest.sentry.io/api/4507123456789/envelope/?sentry_key=abc123&sentry_version=7', '', 0),
    ('script-src', 'eval', "(function anonymous(\n) {\nreturn this\n})", 0),
    ('font-src', 'data', '', 0),
    ('frame-src', 'https://www.youtube.com/embed/dQw4w9WgXcQ?autoplay=1', '', 0),
    ('script-src-elem', 'inline', "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].p", 9),
    ('script-src-elem', 'moz-extension', '', 0),
    ('style-src-attr', 'inline', "display: none;", 1),
    ('script-src-elem', 'https://static.hotjar.com/c/hotjar-3312456.js?sv=6', '', 0),
    ('worker-src', 'blob', '', 0),
]


def beacon_request(kind):
    b = browser()
    dom, url = page_url()
    if kind == 'ga4':
        t = ts()
        cid = f'{R.randint(100000000, 2147483647)}.{ts(86400 * 300)}'
        ev = pick(['page_view', 'page_view', 'scroll', 'view_item', 'add_to_cart', 'search', 'user_engagement', 'begin_checkout', 'form_start'])
        p = [('v', '2'), ('tid', 'G-' + alnum(10, UPALNUM)), ('gtm', '45je45' + alnum(2, LOWALNUM) + 'v9' + digits(9) + 'za200'), ('_p', str(ms())), ('gcd', '13l3l3l3l1l1'), ('npa', '0'), ('dma', '0'),
             ('cid', cid), ('ul', b['al'].split(',')[0].lower()), ('sr', pick(['1920x1080', '2560x1440', '390x844', '1440x900', '412x915']))]
        if b['family'] == 'chromium':
            p += [('uaa', 'arm' if b['mobile'] else 'x86'), ('uab', '64'), ('uafvl', f'Chromium;{b.get("version", "124")}.0.6367.91|Google%20Chrome;{b.get("version", "124")}.0.6367.91|Not-A.Brand;99.0.0.0'),
                  ('uamb', '1' if b['mobile'] else '0'), ('uam', ''), ('uap', b.get('platform', 'Windows')), ('uapv', pick(['15.0.0', '10.0.0', '14.5.0'])), ('uaw', '0')]
        p += [('are', '1'), ('frm', '0'), ('pscdl', 'noapi'), ('_eu', 'AEA'), ('_s', str(R.randint(1, 12))), ('sid', str(t)), ('sct', str(R.randint(1, 40))), ('seg', '1'), ('dl', url),
             ('dr', pick(['https://www.google.com/', '', 'https://t.co/', url])), ('dt', pick(PAGE_TITLES)), ('en', ev)]
        if ev == 'scroll':
            p.append(('epn.percent_scrolled', '90'))
        elif ev == 'search':
            p.append(('ep.search_term', pick(SEARCH_TERMS)))
        elif ev in ('view_item', 'add_to_cart'):
            p += [('cu', 'EUR'), ('pr1', f'idBL-{R.randint(10000, 99999)}~nm{pick(PRODUCTS).replace("-", " ").title()}~pr{R.uniform(5, 300):.2f}~qt1~caOutdoor~va{pick(["Navy", "42", "M"])}'), ('epn.value', f'{R.uniform(5, 300):.2f}')]
        elif ev == 'user_engagement':
            p.append(('_et', str(R.randint(500, 90000))))
        if chance(0.3):
            p += [('_fv', '1'), ('_nsi', '1'), ('_ss', '1')]
        p.append(('tfd', str(R.randint(300, 60000))))
        uri = '/g/collect?' + qs(p, plus=False, safe='|~;')
        h = beacon_headers(b, dom, url, mode='no-cors', site=pick(['same-origin', 'cross-site']), dest='empty')
        if chance(0.4):  # batched POST with extra events
            body = '\r\n'.join(qs([('en', pick(['scroll', 'user_engagement', 'click'])), ('_et', str(R.randint(100, 30000))), ('epn.percent_scrolled', '90')] + ([('ep.link_url', 'https://www.instagram.com/brightlane/'), ('ep.outbound', 'true')] if chance(0.5) else []), plus=False) for _ in range(R.randint(1, 3)))
            h['Content-Type'] = 'text/plain;charset=UTF-8'
            return 'POST', uri, h, body
        return 'POST' if chance(0.5) else 'GET', uri, h, None
    if kind == 'ua_collect':
        p = [('v', '1'), ('_v', 'j101'), ('a', str(R.randint(10 ** 8, 2 * 10 ** 9))), ('t', pick(['pageview', 'event', 'timing'])), ('_s', str(R.randint(1, 9))), ('dl', url), ('ul', 'en-us'), ('de', 'UTF-8'),
             ('dt', pick(PAGE_TITLES)), ('sd', '24-bit'), ('sr', '1920x1080'), ('vp', '1903x969'), ('je', '0'), ('ec', 'Outbound link'), ('ea', 'click'), ('el', 'https://github.com/acme/storefront-api'),
             ('_u', 'QACAAEABAAAAACAAI~'), ('jid', ''), ('gjid', ''), ('cid', f'{R.randint(100000000, 2147483647)}.{ts(86400 * 300)}'), ('tid', f'UA-{R.randint(1000000, 99999999)}-1'), ('_gid', f'{R.randint(100000000, 2147483647)}.{ts()}'), ('z', str(R.randint(10 ** 8, 2 * 10 ** 9)))]
        return 'GET', '/collect?' + qs(p, safe='~'), beacon_headers(b, dom, url, dest='image'), None
    if kind == 'fb_pixel':
        p = [('id', digits(16)), ('ev', pick(['PageView', 'ViewContent', 'AddToCart', 'InitiateCheckout', 'Purchase'])), ('dl', url), ('rl', pick(['https://www.google.com/', '', 'https://l.facebook.com/'])), ('if', 'false'), ('ts', str(ms())),
             ('cd[content_ids]', jdump([f'BL-{R.randint(10000, 99999)}'])), ('cd[content_type]', 'product'), ('cd[value]', f'{R.uniform(5, 300):.2f}'), ('cd[currency]', 'EUR'),
             ('sw', '1920'), ('sh', '1080'), ('v', '2.9.156'), ('r', 'stable'), ('ec', str(R.randint(0, 5))), ('o', '4126'), ('fbp', f'fb.1.{ms()}.{R.randint(100000000, 2147483647)}'), ('cs_est', 'true'), ('ler', 'empty'),
             ('cdl', 'API_unavailable'), ('it', str(ms())), ('coo', 'false'), ('rqm', 'GET')]
        return 'GET', '/tr/?' + qs(p), beacon_headers(b, dom, url, dest='image', site='cross-site'), None
    if kind == 'pixel_gif':
        data = b64_json({'e': pick(['impression', 'open', 'view']), 'cid': 'cmp_' + alnum(8), 'uid': uid(), 'ts': ms(), 'u': url})
        p = pick([[('d', data), ('cb', str(R.randint(10 ** 8, 10 ** 9)))], [('u', alnum(24)), ('o', str(R.randint(1000, 99999))), ('e', 'open'), ('t', str(ts()))], [('a', 'pv'), ('p', url), ('r', 'https://www.google.com/'), ('w', '1440'), ('h', '900'), ('_', str(ms()))]])
        return 'GET', pick(['/pixel.gif', '/t.gif', '/o/open.gif', '/__ptq.gif', '/i.gif']) + '?' + qs(p), beacon_headers(b, dom, url, dest='image'), None
    if kind == 'web_vitals':
        name = pick(['LCP', 'CLS', 'INP', 'FCP', 'TTFB'])
        val = {'LCP': R.uniform(600, 6000), 'CLS': R.uniform(0, 0.4), 'INP': R.uniform(40, 800), 'FCP': R.uniform(300, 3000), 'TTFB': R.uniform(50, 1500)}[name]
        attr = {'LCP': {'element': pick(['#main > div.hero > picture > img', 'main h1.article__title', 'div.product-gallery > img:nth-child(1)']), 'url': f'https://{dom}/images/hero.avif', 'timeToFirstByte': round(R.uniform(50, 900), 1), 'resourceLoadDelay': round(R.uniform(0, 500), 1), 'elementRenderDelay': round(R.uniform(0, 400), 1)},
                'CLS': {'largestShiftTarget': pick(['div.cookie-banner', 'header > nav.sticky', 'div#ad-slot-top']), 'largestShiftTime': round(R.uniform(100, 5000), 1), 'largestShiftValue': round(R.uniform(0, 0.2), 4), 'loadState': 'dom-content-loaded'},
                'INP': {'interactionTarget': pick(['button.add-to-cart', 'input#search', 'a[href="/pricing"]', 'div.filters > label:nth-child(3)']), 'interactionType': pick(['pointer', 'keyboard']), 'inputDelay': round(R.uniform(1, 60), 1), 'processingDuration': round(R.uniform(10, 400), 1), 'presentationDelay': round(R.uniform(5, 80), 1)},
                'FCP': {'timeToFirstByte': round(R.uniform(50, 900), 1), 'firstByteToFCP': round(R.uniform(100, 1500), 1), 'loadState': 'loading'},
                'TTFB': {'waitingDuration': 0.5, 'dnsDuration': round(R.uniform(0, 40), 1), 'connectionDuration': round(R.uniform(0, 80), 1), 'requestDuration': round(R.uniform(30, 900), 1)}}[name]
        body = {'name': name, 'value': round(val, 4), 'rating': pick(['good', 'needs-improvement', 'poor']), 'delta': round(val, 4), 'id': f'v4-{ms()}-{digits(13)}', 'navigationType': pick(['navigate', 'reload', 'back-forward-cache', 'prerender']),
                'attribution': attr, 'page': url, 'connection': pick(['4g', '3g', 'wifi']), 'deviceMemory': pick([4, 8]), 'ua': b['ua']}
        if chance(0.5):
            body = {'metrics': [body], 'sessionId': uid(), 'release': 'web@' + hexs(7)}
        return 'POST', pick(['/api/vitals', '/rum', '/_vercel/speed-insights/vitals', '/api/v1/rum/web-vitals']), beacon_headers(b, dom, url, ctype=pick(['text/plain;charset=UTF-8', 'application/json']), mode=pick(['no-cors', 'cors'])), jdump(body)
    if kind == 'csp_report':
        d, blocked, sample, col = pick(CSP_CASES)
        rep = {'document-uri': url, 'referrer': pick(['', 'https://www.google.com/']), 'violated-directive': d, 'effective-directive': d, 'original-policy': CSP_POLICY.format(n=b64(16)),
               'disposition': pick(['enforce', 'report']), 'blocked-uri': blocked, 'status-code': 200}
        if sample or blocked == 'inline':
            rep['line-number'] = R.randint(1, 400)
            rep['column-number'] = col or R.randint(1, 80)
            rep['source-file'] = url.split('?')[0]
            rep['script-sample'] = sample
        elif chance(0.5):
            rep['line-number'] = R.randint(1, 4000)
            rep['column-number'] = R.randint(1, 200)
            rep['source-file'] = f'https://{dom}/static/js/main.{hexs(8)}.js'
        h = beacon_headers(b, dom, url, ctype='application/csp-report', mode='no-cors')
        h['Accept'] = '*/*'
        return 'POST', pick(['/csp-report', '/api/csp-report', '/_/csp-reports?env=prod', '/report/csp']), h, jdump({'csp-report': rep})
    if kind == 'reporting_api':
        reps = []
        for _ in range(R.randint(1, 3)):
            typ = pick(['csp-violation', 'csp-violation', 'deprecation', 'intervention', 'network-error', 'permissions-policy-violation', 'coep'])
            if typ == 'csp-violation':
                d, blocked, sample, col = pick(CSP_CASES)
                body = {'blockedURL': blocked, 'columnNumber': col or R.randint(1, 80), 'disposition': pick(['enforce', 'report']), 'documentURL': url, 'effectiveDirective': d, 'lineNumber': R.randint(1, 400),
                        'originalPolicy': CSP_POLICY.format(n=b64(16)), 'referrer': '', 'sample': sample, 'sourceFile': url.split('?')[0], 'statusCode': 200}
            elif typ == 'deprecation':
                body = {'id': pick(['UnloadHandler', 'NavigatorVibrate', 'RangeExpand', 'PrefixedStorageInfo']), 'message': pick(['Unload event listeners are deprecated and will be removed.', 'Deprecated feature used']),
                        'sourceFile': f'https://{dom}/static/js/vendor.{hexs(8)}.js', 'lineNumber': R.randint(1, 9), 'columnNumber': R.randint(1000, 90000), 'anticipatedRemoval': None}
            elif typ == 'intervention':
                body = {'id': 'HeavyAdIntervention', 'message': 'Ad was removed because its network usage exceeded the limit. See https://www.chromestatus.com/feature/4800491902992384', 'sourceFile': None, 'lineNumber': None, 'columnNumber': None}
            elif typ == 'network-error':
                body = {'elapsed_time': R.randint(10, 30000), 'method': pick(['GET', 'POST']), 'phase': pick(['dns', 'connection', 'application']), 'protocol': pick(['h2', 'h3', 'http/1.1']), 'referrer': url,
                        'sampling_fraction': 1.0, 'server_ip': f'104.18.{R.randint(0, 255)}.{R.randint(1, 254)}', 'status_code': pick([0, 502, 503, 504]), 'type': pick(['tcp.timed_out', 'http.error', 'dns.name_not_resolved', 'tcp.reset', 'h2.protocol.error'])}
            elif typ == 'permissions-policy-violation':
                body = {'featureId': pick(['geolocation', 'camera', 'interest-cohort', 'browsing-topics', 'unload']), 'sourceFile': f'https://{dom}/static/js/main.{hexs(8)}.js', 'lineNumber': R.randint(1, 9), 'columnNumber': R.randint(1, 90000), 'disposition': 'enforce'}
            else:
                body = {'type': 'corp', 'blockedURL': 'https://cdn.thirdparty-widgets.com/embed.js', 'destination': 'script', 'disposition': 'reporting'}
            reps.append({'age': R.randint(0, 60000), 'body': body, 'type': typ, 'url': url, 'user_agent': b['ua']})
        h = beacon_headers(b, dom, url, ctype='application/reports+json', mode='no-cors')
        h['Accept'] = '*/*'
        return 'POST', pick(['/reports', '/api/reporting', '/.well-known/reporting?ep=default', '/nel']), h, jdump(reps)
    if kind == 'send_beacon_json':
        body = {'type': pick(['page_leave', 'visibility_hidden', 'heartbeat']), 'url': url, 'ref': pick(['', 'https://www.google.com/', 'https://news.ycombinator.com/']), 'sid': uid(), 'vid': uid(),
                'engaged_ms': R.randint(1000, 600000), 'scroll': R.randint(0, 100), 'clicks': R.randint(0, 30), 'ts': ms(), 'vp': [R.choice([390, 1440, 1920]), R.choice([844, 900, 1080])], 'tz': pick(TZS), 'lang': b['al'].split(',')[0]}
        return 'POST', pick(['/api/beacon', '/analytics/leave', '/b', '/api/v1/track/engagement']), beacon_headers(b, dom, url, ctype='text/plain;charset=UTF-8', mode='no-cors'), jdump(body)
    if kind == 'plausible':
        body = {'n': pick(['pageview', 'pageview', 'Outbound Link: Click', 'Signup', '404']), 'u': url, 'd': dom, 'r': pick([None, 'https://www.google.com/', 'https://duckduckgo.com/']), 'w': R.choice([390, 1440, 1920])}
        if body['n'] != 'pageview':
            body['p'] = jdump({'url': 'https://github.com/acme', 'plan': 'pro', 'path': '/does-not-exist'})
        return 'POST', '/api/event', beacon_headers(b, dom, url, ctype='text/plain', mode='no-cors'), jdump(body)
    if kind == 'matomo':
        p = [('action_name', pick(PAGE_TITLES)), ('idsite', str(R.randint(1, 20))), ('rec', '1'), ('r', digits(6)), ('h', str(R.randint(0, 23))), ('m', str(R.randint(0, 59))), ('s', str(R.randint(0, 59))),
             ('url', url), ('urlref', pick(['https://www.google.com/', 'https://www.ecosia.org/'])), ('_id', hexs(16)), ('_idn', '0'), ('send_image', '0'), ('_refts', str(ts())), ('pdf', '1'), ('qt', '0'), ('realp', '0'),
             ('wma', '0'), ('fla', '0'), ('java', '0'), ('ag', '0'), ('cookie', '1'), ('res', pick(['1920x1080', '390x844'])), ('pv_id', alnum(6)), ('pf_net', str(R.randint(0, 100))), ('pf_srv', str(R.randint(10, 900))),
             ('uadata', jdump({'fullVersionList': [{'brand': 'Chromium', 'version': '124.0.6367.91'}], 'mobile': False, 'model': '', 'platform': 'Windows', 'platformVersion': '15.0.0'}))]
        if chance(0.4):
            p += [('e_c', 'Video'), ('e_a', 'Play'), ('e_n', 'Product demo – 2 min')]
        return 'POST', '/matomo.php?' + qs(p, plus=False), beacon_headers(b, dom, url, ctype='application/x-www-form-urlencoded; charset=UTF-8', mode='no-cors'), ''
    if kind == 'segment':
        body = {'timestamp': iso(), 'integrations': {}, 'userId': pick([None, 'usr_' + alnum(16)]), 'anonymousId': uid(), 'event': pick(['Product Viewed', 'Order Completed', 'Signed Up', 'Experiment Viewed']),
                'type': 'track', 'properties': {'product_id': f'BL-{R.randint(10000, 99999)}', 'name': pick(PRODUCTS).replace('-', ' '), 'price': round(R.uniform(5, 300), 2), 'currency': 'EUR', 'experiment_name': 'pdp_layout', 'variation_name': 'B'},
                'context': {'page': {'path': url.split(dom)[1].split('?')[0], 'referrer': '', 'search': '', 'title': pick(PAGE_TITLES), 'url': url}, 'userAgent': b['ua'], 'locale': b['al'].split(',')[0], 'library': {'name': 'analytics.js', 'version': 'next-1.66.0'},
                            'campaign': {'source': 'newsletter', 'medium': 'email', 'name': 'may-digest'}}, 'messageId': 'ajs-next-' + hexs(32), 'writeKey': alnum(32), 'sentAt': iso(), '_metadata': {'bundled': ['Segment.io'], 'unbundled': [], 'bundledIds': []}}
        return 'POST', pick(['/v1/t', '/v1/batch']), beacon_headers(b, dom, url, ctype='text/plain', mode='cors', site='cross-site'), jdump(body)
    if kind == 'amplitude':
        body = {'api_key': hexs(32), 'events': [{'device_id': uid(), 'session_id': ms(), 'time': ms(), 'platform': 'Web', 'os_name': pick(['Chrome', 'Safari', 'Firefox']), 'language': b['al'].split(',')[0], 'ip': '$remote',
                                                 'insert_id': uid(), 'event_type': pick(['[Amplitude] Page Viewed', 'click_cta', 'search_submitted']), 'event_properties': {'[Amplitude] Page URL': url, '[Amplitude] Page Title': pick(PAGE_TITLES), 'query': pick(SEARCH_TERMS)},
                                                 'event_id': R.randint(1, 500), 'library': 'amplitude-ts/2.7.2', 'user_agent': b['ua']}], 'options': {}}
        return 'POST', '/2/httpapi', beacon_headers(b, dom, url, ctype='application/json', mode='cors', site='cross-site'), jdump(body)
    if kind == 'mixpanel':
        data = base64.b64encode(jdump([{'event': pick(['$mp_web_page_view', 'Signup Clicked']), 'properties': {'$os': 'Mac OS X', '$browser': 'Chrome', '$current_url': url, '$browser_version': 124, '$screen_height': 900, '$screen_width': 1440,
                                                                                                            'mp_lib': 'web', '$lib_version': '2.51.0', '$insert_id': alnum(16, LOWALNUM), 'time': ms() / 1000.0, 'distinct_id': '$device:' + uid(), '$device_id': uid(), '$initial_referrer': '$direct', 'token': hexs(32), 'mp_sent_by_lib_version': '2.51.0'}}]).encode()).decode()
        return 'POST', f'/track/?verbose=1&ip=1&_={ms()}', beacon_headers(b, dom, url, ctype='application/x-www-form-urlencoded', mode='cors', site='cross-site'), qs([('data', data)])
    if kind == 'posthog':
        body = [{'uuid': uid(), 'event': pick(['$pageview', '$autocapture', '$pageleave']), 'properties': {'$current_url': url, '$host': dom, '$pathname': url.split(dom)[1].split('?')[0], '$browser': 'Chrome', '$device_type': 'Desktop',
                                                                                                          '$elements_chain': 'button.btn.btn-primary:text="Start free trial"nth-child="2"nth-of-type="1";div.hero__cta:nth-child="3";main:nth-child="1"', '$lib': 'web', '$lib_version': '1.135.2', 'distinct_id': uid(), '$session_id': uid(), '$window_id': uid(), 'token': 'phc_' + alnum(43)},
                 'timestamp': iso()}]
        return 'POST', f'/e/?ip=1&_={ms()}&ver=1.135.2', beacon_headers(b, dom, url, ctype='text/plain', mode='cors', site='same-site'), jdump(body)
    if kind == 'sentry_envelope':
        ev_id = hexs(32)
        hdr = {'event_id': ev_id, 'sent_at': iso(), 'sdk': {'name': 'sentry.javascript.react', 'version': '7.112.2'}, 'trace': {'environment': 'production', 'release': 'web@' + hexs(7), 'public_key': hexs(32), 'trace_id': hexs(32), 'sample_rate': '0.1', 'sampled': 'false'}}
        event = {'exception': {'values': [{'type': pick(['TypeError', 'ChunkLoadError', 'Error']), 'value': pick(["Cannot read properties of null (reading 'addEventListener')", 'Loading chunk 482 failed.\n(error: https://' + dom + '/static/js/482.3f2a1b9c.chunk.js)', 'Request failed with status code 429', 'ResizeObserver loop completed with undelivered notifications.']),
                                           'stacktrace': {'frames': [{'filename': f'https://{dom}/static/js/main.{hexs(8)}.js', 'function': pick(['HTMLDocument.<anonymous>', 'initCarousel', 'Object.onClick']), 'in_app': True, 'lineno': 2, 'colno': R.randint(1000, 90000)}]}, 'mechanism': {'type': 'onerror', 'handled': False}}]},
                 'level': 'error', 'event_id': ev_id, 'platform': 'javascript', 'request': {'url': url, 'headers': {'Referer': 'https://www.google.com/', 'User-Agent': b['ua']}}, 'timestamp': ms() / 1000.0, 'environment': 'production',
                 'breadcrumbs': [{'timestamp': ms() / 1000.0, 'category': 'ui.click', 'message': 'body > div#root > main > button.add-to-cart[data-sku="BL-48213"]'}, {'timestamp': ms() / 1000.0, 'category': 'fetch', 'data': {'method': 'POST', 'url': '/api/v1/cart/items', 'status_code': 429}, 'type': 'http'}],
                 'tags': {'locale': b['al'].split(',')[0]}, 'user': {'ip_address': '{{auto}}'}}
        body = jdump(hdr) + '\n' + jdump({'type': 'event'}) + '\n' + jdump(event)
        uri = f'/api/{digits(16)}/envelope/?' + qs([('sentry_key', hexs(32)), ('sentry_version', '7'), ('sentry_client', 'sentry.javascript.react/7.112.2')], plus=False)
        return 'POST', uri, beacon_headers(b, dom, url, ctype='text/plain;charset=UTF-8', mode='cors', site='cross-site'), body
    if kind == 'datadog_rum':
        evs = []
        for _ in range(R.randint(1, 3)):
            evs.append(jdump({'date': ms(), 'application': {'id': uid()}, 'service': 'storefront-web', 'version': '3.2.0', 'source': 'browser', 'session': {'id': uid(), 'type': 'user'}, 'view': {'id': uid(), 'url': url, 'referrer': '', 'name': '/products/?'},
                              'type': pick(['view', 'action', 'resource', 'long_task']), 'resource': {'type': 'fetch', 'url': f'https://{dom}/api/v1/cart', 'method': 'GET', 'status_code': 200, 'duration': R.randint(10 ** 7, 10 ** 9)},
                              '_dd': {'format_version': 2, 'drift': 0, 'configuration': {'session_sample_rate': 100, 'session_replay_sample_rate': 20}}, 'usr': {'id': 'usr_' + alnum(10)}, 'context': {'plan': 'pro'}}))
        uri = '/api/v2/rum?' + qs([('ddsource', 'browser'), ('ddtags', 'sdk_version:5.18.0,api:fetch,env:production,service:storefront-web,version:3.2.0'), ('dd-api-key', 'pub' + hexs(32)),
                                   ('dd-evp-origin-version', '5.18.0'), ('dd-evp-origin', 'browser'), ('dd-request-id', uid()), ('batch_time', str(ms()))], plus=False)
        return 'POST', uri, beacon_headers(b, dom, url, ctype='text/plain;charset=UTF-8', mode='cors', site='cross-site'), '\n'.join(evs)
    if kind == 'newrelic':
        p = [('a', str(R.randint(10 ** 8, 2 * 10 ** 9))), ('sa', '1'), ('v', '1.258.1'), ('t', 'Unnamed Transaction'), ('rst', str(R.randint(500, 30000))), ('ck', '0'), ('s', '0'), ('ref', url.split('?')[0]), ('be', str(R.randint(50, 900))),
             ('fe', str(R.randint(200, 4000))), ('dc', str(R.randint(100, 3000))), ('af', 'err,spa,xhr,stn,ins'), ('perf', jdump({'timing': {'of': ms(), 'n': 0, 'f': 2, 'dn': 2, 'dne': 2, 'c': 2, 'ce': 2, 'rq': 8, 'rp': 210, 'rpe': 230, 'di': 890, 'ds': 890, 'de': 905, 'dc': 1400, 'l': 1400, 'le': 1402}, 'navigation': {}}))]
        return 'GET', f'/1/NRJS-{hexs(19)}?' + qs(p), beacon_headers(b, dom, url, dest='image', site='cross-site'), None
    if kind == 'snowplow':
        cx = base64.urlsafe_b64encode(jdump({'schema': 'iglu:com.snowplowanalytics.snowplow/contexts/jsonschema/1-0-0', 'data': [{'schema': 'iglu:com.snowplowanalytics.snowplow/web_page/jsonschema/1-0-0', 'data': {'id': uid()}}]}).encode()).decode().rstrip('=')
        body = {'schema': 'iglu:com.snowplowanalytics.snowplow/payload_data/jsonschema/1-0-4', 'data': [{'e': 'pv', 'url': url, 'page': pick(PAGE_TITLES), 'refr': 'https://www.google.com/', 'tv': 'js-3.23.0', 'tna': 'sp1', 'aid': 'storefront', 'p': 'web',
                                                                                                       'tz': pick(TZS), 'lang': 'en-US', 'cs': 'UTF-8', 'res': '1920x1080', 'cd': '24', 'cookie': '1', 'eid': uid(), 'dtm': str(ms()), 'cx': cx, 'vp': '1903x969', 'ds': '1888x5120',
                                                                                                       'vid': str(R.randint(1, 50)), 'sid': uid(), 'duid': uid(), 'stm': str(ms())}]}
        return 'POST', '/com.snowplowanalytics.snowplow/tp2', beacon_headers(b, dom, url, ctype='application/json; charset=UTF-8', mode='cors', site='same-site'), jdump(body)
    if kind == 'bing_uet':
        p = [('ti', digits(8)), ('tm', 'gtm002'), ('Ver', '2'), ('mid', uid()), ('sid', hexs(32)), ('vid', hexs(32)), ('vids', '0'), ('msclkid', 'N'), ('uach', 'pv=10.0.0'), ('pi', '918639831'), ('lg', 'en-US'), ('sw', '1920'), ('sh', '1080'),
             ('sc', '24'), ('tl', pick(PAGE_TITLES)), ('p', url), ('r', ''), ('lt', str(R.randint(300, 5000))), ('evt', pick(['pageLoad', 'custom'])), ('sv', '1'), ('cdb', 'AQAQ'), ('rn', str(R.randint(1, 999999)))]
        return 'GET', '/action/0?' + qs(p, plus=False), beacon_headers(b, dom, url, dest='image', site='cross-site'), None
    if kind == 'linkedin':
        p = [('pid', str(R.randint(100000, 9999999))), ('time', str(ms())), ('url', url), ('fmt', 'gif'), ('conversionId', str(R.randint(10 ** 6, 10 ** 8)))]
        return 'GET', '/collect?' + qs(p), beacon_headers(b, dom, url, dest='image', site='cross-site'), None
    if kind == 'vercel_insights':
        body = {'o': url, 'sv': '0.1.2', 'sdkn': '@vercel/analytics/next', 'sdkv': '1.2.2', 'ts': ms(), 'dp': pick(['/products/[slug]', '/blog/[...slug]', '/']), 'r': pick(['', 'https://www.google.com/'])}
        return 'POST', '/_vercel/insights/view', beacon_headers(b, dom, url, ctype='application/json', mode='cors'), jdump(body)
    if kind == 'cf_rum':
        body = {'memory': {'totalJSHeapSize': R.randint(10 ** 7, 10 ** 8), 'usedJSHeapSize': R.randint(10 ** 7, 5 * 10 ** 7), 'jsHeapSizeLimit': 4294705152}, 'resources': [], 'referrer': '', 'eventType': 1,
                'firstPaint': R.randint(100, 2000), 'firstContentfulPaint': R.randint(100, 2500), 'startTime': ms() / 1.0, 'versions': {'fl': '2024.5.1', 'js': '2024.4.0', 'timings': 1},
                'pageloadId': uid(), 'location': url, 'nt': 'navigate', 'serverTimings': [{'name': 'cfCacheStatus', 'dur': 0, 'desc': 'DYNAMIC'}, {'name': 'cfEdge', 'dur': R.randint(1, 40), 'desc': ''}, {'name': 'cfOrigin', 'dur': R.randint(20, 800), 'desc': ''}],
                'timingsV2': {'nextHopProtocol': 'h2', 'transferSize': R.randint(5000, 90000), 'decodedBodySize': R.randint(20000, 400000)}, 'dt': '', 'siteToken': hexs(32), 'st': 2}
        return 'POST', '/cdn-cgi/rum?', beacon_headers(b, dom, url, ctype='application/json', mode='cors'), jdump(body)
    if kind == 'adobe':
        p = [('AQB', '1'), ('ndh', '1'), ('pf', '1'), ('t', '21/4/2024 14:3:11 2 -120'), ('fid', HEXS(16) + '-' + HEXS(16)), ('ce', 'UTF-8'), ('pageName', 'shop:pdp:' + pick(PRODUCTS)), ('g', url), ('r', 'https://www.google.com/'),
             ('cc', 'EUR'), ('events', 'prodView,event3'), ('products', ';BL-' + str(R.randint(10000, 99999)) + ';;;;eVar12=blue|eVar13=42'), ('c1', 'pdp'), ('v1', 'D=c1'), ('s', '1920x1080'), ('c', '24'), ('j', '1.6'), ('v', 'N'), ('k', 'Y'),
             ('bw', '1903'), ('bh', '969'), ('mcorgid', alnum(24, UPALNUM) + '@AdobeOrg'), ('AQE', '1')]
        return 'GET', f'/b/ss/acmeprod/1/JS-2.22.4/s{digits(14)}?' + qs(p, plus=False, safe=';,|='), beacon_headers(b, dom, url, dest='image', site='same-site'), None
    # clarity / hotjar-like
    body = jdump({'envelope': {'version': '0.7.34', 'sequence': R.randint(1, 40), 'start': R.randint(0, 90000), 'duration': R.randint(100, 5000), 'projectId': alnum(10, LOWALNUM), 'userId': alnum(7, LOWALNUM), 'sessionId': alnum(7, LOWALNUM), 'pageNum': 1, 'upload': 0, 'end': 0},
                  'events': [[R.randint(0, 9000), 9, R.randint(1, 300), R.randint(1, 900)], [R.randint(0, 9000), 10, 0, R.randint(0, 4000)], [R.randint(0, 9000), 4, 'https://' + dom + '/', pick(PAGE_TITLES)]]})
    return 'POST', '/collect', beacon_headers(b, dom, url, ctype='application/x-clarity-gzip' if False else 'text/plain', mode='cors', site='cross-site'), body


BEACON_KINDS = ['ga4', 'ga4', 'ga4', 'ua_collect', 'fb_pixel', 'pixel_gif', 'web_vitals', 'web_vitals', 'csp_report', 'csp_report', 'csp_report', 'reporting_api', 'reporting_api',
                'send_beacon_json', 'plausible', 'matomo', 'segment', 'amplitude', 'mixpanel', 'posthog', 'sentry_envelope', 'datadog_rum', 'newrelic', 'snowplow', 'bing_uet',
                'linkedin', 'vercel_insights', 'cf_rum', 'adobe', 'clarity']

# ======== gen_main
# ---------------------------------------------------------------- main
import sys

PLAN = [('page', 150, PAGE_KINDS, page_request), ('asset', 60, ASSET_KINDS, asset_request), ('xhr', 150, XHR_KINDS, xhr_request),
        ('form', 80, FORM_KINDS, form_request), ('mobile', 80, MOBILE_KINDS, mobile_request), ('webhook', 80, WEBHOOK_KINDS, webhook_request),
        ('beacon', 100, BEACON_KINDS, beacon_request)]
BINARY_FORM_KINDS = {'mp_avatar', 'mp_gif', 'mp_listing'}
FORBIDDEN = {'host', 'content-length', 'transfer-encoding'}
MAX_BODY = 8000


def check(rec):
    u = rec['uri']
    assert u.startswith('/'), u
    assert all(33 <= ord(c) < 127 for c in u), ('bad uri char', u)
    for k, v in rec['headers'].items():
        assert k.lower() not in FORBIDDEN, k
        assert isinstance(v, str) and '\r' not in v and '\n' not in v, (k, v)
        assert all(32 <= ord(c) < 127 or c == '\t' for c in v), ('non-ascii header', k, v)
    raw = rec['body'].encode('utf-8') if rec['body'] is not None else (base64.b64decode(rec['body_base64']) if rec.get('body_base64') else b'')
    assert len(raw) <= MAX_BODY, ('body too big', rec['class'], len(raw), u)
    ct = rec['headers'].get('Content-Type', '')
    if rec['body'] and ('json' in ct or 'csp-report' in ct) and 'x-ndjson' not in ct:
        json.loads(rec['body'])
    if rec['method'] in ('GET', 'DELETE') and rec['body']:
        raise AssertionError('body on GET')


def build():
    recs = []
    for cls, n, kinds, fn in PLAN:
        order = []
        while len(order) < n:
            k = list(kinds)
            R.shuffle(k)
            order += k
        for k in order[:n]:
            for attempt in range(20):
                m, uri, h, body = fn(k)
                rec = {'class': cls, 'method': m, 'uri': uri, 'headers': h, 'body': None}
                if isinstance(body, bytes):
                    if cls == 'form' and k in BINARY_FORM_KINDS:
                        rec['body_base64'] = base64.b64encode(body).decode()
                    else:
                        rec['body'] = body.decode('utf-8')
                else:
                    rec['body'] = body
                raw = rec['body'].encode() if rec['body'] is not None else base64.b64decode(rec.get('body_base64', ''))
                if len(raw) <= MAX_BODY:
                    break
            rec['_kind'] = k
            recs.append(rec)
    R.shuffle(recs)
    out = []
    for i, rec in enumerate(recs, 1):
        kind = rec.pop('_kind')
        o = {'id': 'hr-%05d' % i, 'class': rec['class'], 'method': rec['method'], 'uri': rec['uri'], 'headers': rec['headers'], 'body': rec['body']}
        if 'body_base64' in rec:
            o['body_base64'] = rec['body_base64']
        check(o)
        out.append(o)
    return out


if __name__ == '__main__':
    os.makedirs(OUT_DIR, exist_ok=True)
    recs = build()
    with open(os.path.join(OUT_DIR, 'requests.jsonl'), 'w', encoding='utf-8') as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + '\n')
    from collections import Counter
    print(len(recs), dict(Counter(r['class'] for r in recs)))
