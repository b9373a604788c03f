"""WAF, part 2z7: held-out probes, thirtieth file (README: the
thirty-eighth round), written for this file on 2026-12-05. No string is
taken from a corpus or a public list: each class is written here in
shapes of our own, through the real edge (shipped config, bans off).

First, classes the weak list named, before the hamradio, patents, chess
and lexicon corpora were first replayed:
- dom-clobber: an image named after the document's own property, or an
  id given twice, the second time beside a name (refused); images and
  links with ids and names of their own (pass);
- scheduler-fields: a batch job's output file name, "%" fields separated
  by "_" with hex-float letters among them (passes); a glued run of
  conversions, or integer reads separated by punctuation (refused);
- menu-accelerator: a menu label's "&" glued to a capitalized word that
  ends the value (passes); a lower-case command after "&" (refused);
- frontend-binding: i18n's "$t(...)" and "$emit(...)" inside "{{ }}" or a
  Vue binding's quotes (pass); a PHP variable function called outside
  any template (refused).
Measured on 5179109 (before the changes): 3 of the 8 attacks passed (the
clobbering ones), 4 of the 8 look-alikes were refused.

Then, after the hamradio, patents, chess and lexicon corpora were first
replayed (at b2abf03), the classes they showed:
- v6-local: an IPv6 link-local address with its zone, or a unique local
  one, as a URL's host (refused); a documentation address in text
  (passes);
- bang-negation: the shell's "!" before a command after a separator
  (refused); an exclamation after a separator in prose (passes);
- optional-plural: an "(s)" glued to a script entry point's name, and a
  glossary's part of speech after PHP's eval (pass); the same names
  called with a variable (refused);
- escaped-dollar: a regex's "\\$[0-9]" (passes); bash's "$[...]"
  arithmetic (refused);
- bare-filter: a filter given nothing after "&" (passes); a filter given
  a file by a redirection (refused);
- role-negation: a role's field or a privilege's flag negated in a filter
  document (refused); another field negated (passes);
- ssn-oracle: a social security number's field matched by a prefix
  (refused); a field whose name holds "ssn" inside a word (passes);
- empty-match-join: a pipeline whose $match selects nothing out, then a
  join (refused); a $match on a field, then a join (passes);
- limit-into: a number, LIMIT, then INTO the session's variables
  (refused); a sentence with "limit" and "into" (passes);
- separator-span: a backtick span after a token and a separator
  (refused); a numbered step's span (passes);
- labelled-command: a command line a label and a colon introduce, a
  known command's or a program's given an option, piped to a filter
  (passes); a label, a word, then a chained command (refused);
- parenthetical-or: two names, each with its parenthetical, joined by
  "or" (passes); a number, a closer, OR and a call (refused).
Measured on b2abf03: 8 of those 14 attacks passed, 5 of the 14
look-alikes were refused.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "dom-clobber": ["<img name=\"querySelector\" src=\"/p.gif\">",
                    "<img id=\"domain\" name=\"x\" src=\"/q.png\">",
                    "<a id=appSettings></a><a id=appSettings name=endpoint "
                    "href=\"https://attacker.example/api\">more</a>"],
    "scheduler-fields": ["%e%e%e%e", "pad %08x.%08x.%08x end"],
    "menu-accelerator": ["&uname -a"],
    "frontend-binding": ["<?= $cb($_POST['q']) ?>",
                         "$fn = 'sys' . 'tem'; $fn('uname');"],
    "v6-local": ["http://[fe80::2%25wlan0]:9100/metrics",
                 "https://[fd00:a1b2::10]/internal/health"],
    "bang-negation": ["build-7; ! head -c 64 /etc/shadow"],
    "optional-plural": ["\";prompt(q)//"],
    "escaped-dollar": ["v$[7*6]"],
    "bare-filter": ["q7;sort</etc/group"],
    "role-negation": ["{\"account.role\": {\"$ne\": \"member\"}}",
                      "{\"isStaff\": {\"$not\": {\"$eq\": false}}}"],
    "ssn-oracle": ["{\"spouse_ssn\": {\"$regex\": \"^07\"}}"],
    "empty-match-join": ["[{\"$match\": {}}, {\"$unionWith\": \"invoices\"}]"],
    "limit-into": ["9 LIMIT 1 INTO @x1,@x2"],
    "separator-span": ["r17.3; `whoami`"],
    "labelled-command": ["Note: pending; cat /etc/passwd"],
    "parenthetical-or": ["4) or sleep(7)#"],
}

BENIGN = {
    "dom-clobber": ["<img src=\"/img/team.jpg\" id=\"team-photo\" alt=\"Team\">",
                    "<a id=\"top\"></a> ... <a href=\"#top\" name=\"back\">back to top</a>"],
    "scheduler-fields": ["#SBATCH --error=err/%x_%A_%a.log",
                         "sbatch -o run_%A_%a.out -J align array.sh"],
    "menu-accelerator": ["&Split", "&Join Lines..."],
    "frontend-binding": ["<h2>{{ $t('profile.heading') }}</h2>",
                         "<li @click=\"$emit('close')\">{{ $t('common.close') }}</li>"],
    "v6-local": ["Our docs use 2001:db8::/32 for examples; fe80::/10 is link-local."],
    "bang-negation": ["Done; ! marks the ones still open"],
    "optional-plural": ["Choose which prompt(s) the team reuses", "eval (v.) to appraise"],
    "escaped-dollar": ["match amounts with ^\\$[0-9]+\\.[0-9]{2}$"],
    "bare-filter": ["pens & paper; tea & more"],
    "role-negation": ["{\"status\": {\"$ne\": \"closed\"}}"],
    "ssn-oracle": ["{\"lessons\": {\"$regex\": \"^intro\"}}"],
    "empty-match-join": ["[{\"$match\": {\"region\": \"north\"}}, "
                         "{\"$lookup\": {\"from\": \"stores\", \"localField\": \"sid\", "
                         "\"foreignField\": \"_id\", \"as\": \"s\"}}]"],
    "limit-into": ["There is a limit of 2 uploads into the shared folder"],
    "separator-span": ["Step 2; `npm test` runs the suite"],
    "labelled-command": ["Quick check: df -h | grep data",
                         "Which radios: hamctl --models | sort"],
    "parenthetical-or": ["Pascal (1970) or Modula (1978)? Either works"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r30_attack_refused_everywhere,
 test_heldout_r30_benign_passes) = heldout_probe_tests(
    "r30", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
