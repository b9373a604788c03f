"""WAF, part 2x: held-out probes, twenty-second file (README: the
thirty-second round), written for this file on 2026-12-05 for a class
that nine held-out corpora showed, each in its own notation: a MongoDB
filter or pipeline sent as a value whose operators are all ones a
filter may hold ($in, $or, $set, $lookup, $project, a comparison), so
that no operand alone decides nothing, yet the document widens what the
application finds or writes. No string is taken from a corpus or a
public list: each class is written here in shapes of our own, through
the real edge (shipped config, bans off).

Look-alikes that must pass:
- a segment's or a report's filter document: tags or statuses in an $in
  or an $or, a date range, a count compared, an owner's ids listed, a
  tenant matched by equality; a pipeline that matches then projects
  fields that are no secret.

Attacks that must be refused:
- mongo-update: an update operator ($set, $inc, $push, $unset...) inside
  a value: a filter or a field's value never holds one, and a document
  that mixes fields with one writes what the application meant to set;
- mongo-join-secret: a pipeline's join or union of a collection of
  credentials, or a projection of a secret's field;
- mongo-or-widen: an $or whose alternatives on one field hold together
  for every value (true and false, a literal and its $ne), or whose
  alternatives name a privileged account or role;
- mongo-in-privileged: an $in that lists an administrator or root among
  its values;
- mongo-scope: a tenant's or an owner's field compared by anything but
  equality or a list ($ne, $gt, $exists...), the filter that keeps a
  client inside its own data opened;
- probe-last-line: a blind probe alone on a value's last line, "sleep"
  and a number, or "id" on the line after the first;
- go-dump: Go's printf of the whole context in a dump's verb ("%#v",
  "%+v" of "."), every field the template was given;
- mapped-loopback: a URL inside text whose host is an IPv4 address in
  IPv6's mapped form ("[::ffff:...]", "[0:0:0:0:0:ffff:...]");
- forged-auth-line: a value's last line, after a typed line break, that
  reports a privileged account's login or access as granted (what a
  forged log record claims), with no problem reported.

Look-alikes of the last three: a line after the first that starts with
"id" and goes on, a last line "sleep" with what its number counts, a
column list that ends with "id"; printf of a field in a number's verb,
toYaml of the context; an IPv6 documentation address in text. Of the
forged line: a sentence about an admin's approval, a login mentioned on
the first line.

Measured before the change (2026-12-05): every Mongo attack passed on
7799b95; 6 of the next three classes' 7 on 3cf0561 (a delay after two
lines was refused already); the forged line's 3 on 9cfd7df. After it: every attack refused, every look-alike passes.

Each attack is sent as a query value (URL-encoded once, and once more:
the edge decodes repeatedly) and as a JSON body field; each look-alike
must pass in the same placements. A probe the edge gets wrong is listed
in KNOWN_MISSES or KNOWN_FALSE_POSITIVES with the reason, and runs as a
strict xfail."""

from wafkit import heldout_probe_tests, session, waf_config  # noqa: F401

CONF = waf_config()

ATTACKS = {
    "mongo-update": ['{"nick": "kay", "$set": {"isStaff": true}}',
                     '{"qty": 2, "$inc": {"credit": 500}}',
                     '{"bio": "hi", "$push": {"groups": "ops"}}'],
    "mongo-join-secret": [
        '[ { "$unionWith": { "coll": "session_tokens" } } ]',
        '[{"$match": {"club": "east"}},{ "$lookup": { "as": "m", "from": "staff",'
        ' "localField": "s", "foreignField": "key" } }, {"$project": {"m.passwd": 1}}]'],
    "mongo-or-widen": ['{"$or": [{"archived": true}, {"archived": false}]}',
                       '{"$or": [{"bay": "C7"}, {"bay": {"$ne": "C7"}}]}',
                       '{"lane": 4, "$or": [{"user": "ivo"}, {"user": "root"}]}'],
    "mongo-in-privileged": ['{"handle": {"$in": ["ivo", "administrator"]}}',
                            '{"group": {"$in": ["sysadmin", "guests"]}}'],
    "mongo-scope": ['{"kind": "memo", "tenantId": {"$ne": "t-81"}}',
                    '{"owner_id": {"$gte": 0}}',
                    '{"kind": "memo", "org_id": {"$lt": 99999}}'],
    "probe-last-line": ["Bay 12 chilled\nid", "scan_0042.tif\n  sleep 12",
                        "Row 5 done\nRow 6 done\nsleep 7"],
    "go-dump": ['Receipt {{ printf "%#v" . }}', '{{- printf "%+v" $ -}}'],
    "mapped-loopback": ["mirror at http://[::ffff:a00:7]:9200/_cat/indices",
                        "see http://[0000:0:0:0:0:ffff:a00:2]:6379/ for the cache"],
    "forged-auth-line": ["Shelf 9\n[sec] session opened for superuser",
                         "fine\nroot logged in via console", "Gate 2\nauth: admin granted"],
}

BENIGN = {
    "mongo-update": ['{"nick": "kay", "status": {"$in": ["active", "paused"]}}'],
    "mongo-join-secret": [
        '[{"$match": {"club": "east"}}, {"$project": {"name": 1, "joined": 1}}]'],
    "mongo-or-widen": ['{"$or": [{"status": "open"}, {"status": "waiting"}]}',
                       '{"$or": [{"bay": "C7"}, {"bay": "C8"}], "qty": {"$gt": 3}}'],
    "mongo-in-privileged": ['{"labels": {"$in": ["gold", "returning"]}, "visits": {"$gte": 4}}'],
    "mongo-scope": ['{"tenantId": "t-81", "created": {"$gte": "2025-01-01"}}',
                    '{"owner_id": {"$in": [12, 19]}}'],
    "probe-last-line": ["Bay 12 chilled\nid badge left at the desk", "Night 3\nsleep 7 hours",
                        "Export fields:\ncustomer name\norder id"],
    "go-dump": ['Total: {{ printf "%.2f" .Total }}', "{{ toYaml . | nindent 4 }}"],
    "mapped-loopback": ["docs use http://[2001:db8::8]:8080/ as the example host"],
    "forged-auth-line": ["Note\nadmin access approved by the manager last week",
                         "login ok for admin is expected\nthanks"],
}

KNOWN_MISSES = {}
KNOWN_FALSE_POSITIVES = {}

(edge, test_tables_are_balanced, test_heldout_r22_attack_refused_everywhere,
 test_heldout_r22_benign_passes) = heldout_probe_tests(
    "r22", CONF, ATTACKS, BENIGN, KNOWN_MISSES, KNOWN_FALSE_POSITIVES)
