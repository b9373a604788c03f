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
}

BENIGN = {
    "dom-clobber": ["<img src=\"/img/team.jpg\" id=\"team-photo\" alt=\"Team\">",
                    "<a id=\"top\"></a> ... <a href=\"#top\" name=\"back\">back to top</a>"],
    "scheduler-fields": ["#SBATCH --error=err/%x_%A_%a.log",
                         "sbatch -o run_%A_%a.out -J align array.sh"],
    "menu-accelerator": ["&Split", "&Join Lines..."],
    "frontend-binding": ["<h2>{{ $t('profile.heading') }}</h2>",
                         "<li @click=\"$emit('close')\">{{ $t('common.close') }}</li>"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r30_attack_refused_everywhere,
 test_heldout_r30_benign_passes) = heldout_probe_tests(
    "r30", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
