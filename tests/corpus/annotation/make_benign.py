#!/usr/bin/env python3
"""Benign values for the annotation (ML data-labeling platform) held-out corpus.

Standard library only. Hand-written literals per category plus one small template
per category over hand-written pools. Newlines inside a value are written as the
marker U+23CE (return symbol) and expanded at load time.
"""
import json
import os
import random

SEED = 11001
PREFIX = "hbb0"
PER_CAT = 80
NL = "\u23ce"

LITERALS = {}
TEMPLATES = {}

LITERALS["guidelines"] = r"""
Draw the box tight around the visible pixels of the object, not the estimated full extent.
If a pedestrian is more than 50% occluded, tag it as occluded=true and still draw the box.
Do NOT label reflections in windows or mirrors.
Cyclists: box the person and the bicycle together as one "cyclist" object.
Use the class "other_vehicle" only when none of car / truck / bus / motorcycle fits.
Sentiment task: choose Positive, Negative, Neutral or Mixed. Sarcasm counts as the intended meaning, not the literal one.
When the text is in a language you don't read, select "Skip – language" instead of guessing.
Truncated objects at the image border: draw up to the border and set truncated=true.
Minimum box size is 8×8 px; anything smaller gets ignored by the trainer.
Polygon vertices go clockwise, starting at the top-left-most point.
For NER: label "Dr." as part of the PERSON span only if it's directly attached, e.g. "Dr. O'Neil".
Keep the span boundaries on word edges – never split a token in half.
Rule of thumb: if you hesitate > 10 seconds, flag the item for review and move on.
Lane markings: use polylines, not polygons. Dashed lanes are one polyline per visible segment.
Product titles: brand names go to BRAND even when lowercase (e.g. "adidas", "l'oréal").
v3.2 of the guidelines replaces "vehicle.car" with "vehicle/car" – slash, not dot.
Toxicity rubric:⏎0 = none⏎1 = mild (rude, no slur)⏎2 = strong (slur or threat)⏎3 = severe (targeted harassment, doxxing)
Intent labels are mutually exclusive; if two intents apply, pick the one that drives the user's next action.
Don't select the whole sentence as an ORG just because it contains "Inc." – only the name itself.
For medical transcripts, PHI (names, dates of birth, MRNs) must be tagged, not redacted, at this stage.
Occlusion levels: 0 (none) → 1 (<25%) → 2 (25–50%) → 3 (>50%).
If the image is blurry beyond recognition, choose "Unusable" and add a short reason in the comment box.
Read the whole dialogue before labeling turn-level intents; context from turn 1 often changes turn 4.
Overlapping objects: each gets its own box, even if the boxes overlap by 90%.
Headlights at night: label the car only if you can see at least part of the body.
Placeholders in the template look like {{class_name}} and {{confidence}} – leave them as they are when editing the guideline.
The ground-truth files use the COCO format; x,y is the top-left corner, not the center.
Where the guideline says "select all that apply", tick every matching checkbox, not just the first.
Audio segments: start the segment at the first phoneme, end it after the last one; silence < 300 ms stays inside.
Emojis count as tokens for the sentiment task 🙂 – a lone 👍 is Positive.
Please don't drop the "uncertain" flag when you re-open a task; the QA team filters on it.
If a sign is readable, transcribe it exactly, including punctuation like "50% OFF!!!" or "Mon–Fri 9:00–17:00".
Scope: only label people who are on the sidewalk; people inside cars are out of scope.
Changelog 2024-05: added class "e-scooter", merged "van" into "truck/light".
Do not annotate text in images that is smaller than ~6 px in height — it's noise for OCR.
Sentences with "not bad" are usually Positive, "not great" is usually Negative. Use judgment.
Time zone for all timestamps in the guideline is UTC; convert before you write "2024-03-10 14:00".
The "order by" dropdown in the task list sorts by priority, not by creation date — don't rely on it.
Language ID: code-switching (e.g. Hinglish) gets the tag "mixed", plus both ISO codes: hi, en.
A "union" of two labels is not allowed: if both apply, escalate with the #multi-label tag.
Masks must not leak outside the object by more than 2 px. Use the brush at size 3 for edges.
Keypoints: 17-point COCO skeleton. Unseen keypoints get visibility 0, occluded ones get 1.
When the prompt asks for code, rate correctness first, style second.
Faces of minors must be blurred before export. The blur tool is under Tools > Privacy > Blur.
Abbreviations: "N/A" means the attribute does not apply; "?" means the annotator could not tell.
Sarcastic reviews like "Great, another update that breaks everything" → Negative.
Relationship labels go from subject to object: person --rides--> horse, not the other way round.
Section 4.2 "Edge cases" is now mandatory reading before starting the traffic-light batch.
Use the hotkeys: B = box, P = polygon, Del = delete vertex, Ctrl+Z = undo.
The distinction between "damaged" and "dirty" is about permanence: scratches and dents = damaged, mud and dust = dirty.
"""

TEMPLATES["guidelines"] = (
    "{a} {b}",
    {
        "a": ["Reminder:", "Note:", "Update v4.1:", "From the PM:", "Important –", "FYI,", "Clarification:"],
        "b": [
            "boxes for parked bikes should include the kickstand.",
            "use 'unknown' rather than leaving the attribute empty.",
            "if unsure between 'cat' and 'dog', flag for review.",
            "handwritten text is transcribed as-is, spelling mistakes included.",
            "shadows are never part of the mask.",
            "the 'background' class is implicit – never draw it.",
            "multi-page PDFs are labeled page by page.",
            "a partly visible license plate is still tagged as PII.",
        ],
    },
)

LITERALS["class_names"] = r"""
vehicle/car
vehicle/truck/light
person.pedestrian
animal > mammal > dog
traffic_light_red
Traffic sign – speed limit 30
e-scooter
background
defect:scratch
defect:dent
defect:rust
intent.book_flight
intent.cancel_order
PER
ORG
LOC
MISC
toxic/threat
toxic/insult
not_toxic
sentiment::positive
sentiment::negative
food > dessert > crème brûlée
plant/weed/dandelion
O'Reilly book cover
SKU-ACME-0042
Q&A
drink:café_au_lait
doc_type/invoice
doc_type/receipt
doc_type/ID card (front)
label_00017
cls_42
unknown
ignore
don't care
other (please specify)
hand-gesture/thumbs_up
medical/x-ray/chest/PA
retail > shelf > empty_slot
building/roof/solar-panel
road marking: stop line
tableware/cup|mug
Person (occluded)
Animal → Bird → Gull
品牌标志
Straßenschild
señal_de_tráfico
דגל
кошка
動物/猫
"""

TEMPLATES["class_names"] = (
    "{a}/{b}",
    {
        "a": ["vehicle", "animal", "defect", "sign", "product", "intent", "doc_type", "retail"],
        "b": ["other", "unknown", "partial", "small", "blurred", "v2", "deprecated", "rare", "needs_review"],
    },
)

LITERALS["geometry"] = r"""
{"bbox": [412, 88, 96, 210], "category_id": 3}
{"x": 0.4312, "y": 0.2210, "w": 0.0950, "h": 0.1804, "label": "pedestrian"}
{"type": "polygon", "points": [[10,10],[120,12],[118,95],[8,90]], "label": "sign"}
[[0.12, 0.40], [0.18, 0.38], [0.22, 0.51], [0.13, 0.55]]
{"bbox":[0,0,640,480],"label":"background","iscrowd":0}
x_min=34, y_min=50, x_max=212, y_max=301
{"points": [{"x": 55, "y": 102}, {"x": 90, "y": 101}, {"x": 91, "y": 160}], "closed": true}
{"segmentation": [[341.2, 220.1, 360.0, 219.5, 362.7, 250.3, 339.9, 251.0]], "area": 624.5}
{"keypoints": [230, 120, 2, 240, 118, 2, 0, 0, 0], "num_keypoints": 2}
box: (x=120, y=44) → (x=310, y=199)
0 0.512 0.433 0.210 0.380
2 0.105 0.870 0.044 0.061
{"rotation": 17.5, "cx": 300, "cy": 200, "w": 80, "h": 40, "label": "ship"}
{"label": "car", "bbox": [105, 220, 180, 95], "attributes": {"occluded": false, "truncated": true}}
{"polyline": [[0,700],[320,540],[640,420]], "class": "lane/dashed"}
[{"start": 12, "end": 19, "label": "PER"}, {"start": 34, "end": 41, "label": "LOC"}]
{"start_ms": 1200, "end_ms": 3480, "speaker": "A", "text": "okay, let's start"}
{"rle": {"size": [480, 640], "counts": "Xc`06O2M3N1O1N2O0O2M3"}}
{"bbox": [12.5, 33.0, 0.0, 18.2]}  <- width is 0, is this valid?
[x, y, w, h] = [100, 100, 50, 50]
{"cuboid": {"front": [[10,20],[60,20],[60,70],[10,70]], "back": [[25,10],[75,10],[75,60],[25,60]]}}
{"label":"dog","score":0.87,"bbox":[33,41,128,96]}
{"frame": 37, "track_id": 5, "bbox": [640, 360, 48, 120], "interpolated": true}
POLYGON((10 10, 200 10, 200 150, 10 150, 10 10))
{"type": "Feature", "geometry": {"type": "Point", "coordinates": [13.4050, 52.5200]}, "properties": {"label": "tree"}}
{"mask_url": "https://storage.example.com/masks/0001.png", "label": "road"}
{"points": [], "label": "empty"} – annotator submitted an empty polygon here
bbox=(0.25,0.25,0.5,0.5) normalized
{"ellipse": {"cx": 220, "cy": 140, "rx": 30, "ry": 18, "angle": 0}}
{"x1": -4, "y1": 12, "x2": 120, "y2": 98}  // negative x1, clipped at export
{"bbox": [10, 10, 10, 10], "label": "tiny", "note": "< 8 px, will be dropped"}
{"point": [512, 384], "label": "click"}
{"brush": {"radius": 3, "strokes": 14}, "label": "hair"}
{"annotations": [{"id": 1, "image_id": 17, "category_id": 1, "bbox": [5, 5, 20, 20]}]}
[[100,100],[150,90],[200,100],[210,150],[150,180],[95,150]]
{"relation": {"from": 3, "to": 7, "type": "holds"}}
{'bbox': [1, 2, 3, 4]}  (single quotes – the importer rejects this, use double quotes)
{"text_span": {"start": 0, "end": 4}, "label": "ORG", "text": "ACME"}
{"skeleton": [[16,14],[14,12],[17,15],[15,13],[12,13]]}
{"bbox": [200, 150, 64, 64], "label": "face", "blur": true}
{"obb": [[10,0],[20,10],[10,20],[0,10]], "label": "kite"}
{"category": "pothole", "polygon": [[400, 600], [460, 590], [470, 630], [405, 640]], "depth": "shallow"}
{"image": {"width": 1920, "height": 1080}, "objects": 12}
{"bbox":[1820,1000,140,120]} – this one goes past the right edge (1820+140 > 1920)
yolo: 1 0.5 0.5 1.0 1.0
{"zoom": 2.0, "pan": [120, -40]}
{"label": "car", "bbox": [0, 0, 1, 1], "format": "xywhn"}
{"label_id": 4, "instance_id": 12, "polygon": [[1,1],[5,1],[5,5]]}
{"tl": [33, 40], "br": [101, 96]}
{"bbox": [88, 12, 30, 30], "label": "bird", "occluded": 1, "note": "half behind the branch"}
[{"x":5,"y":5},{"x":50,"y":5},{"x":50,"y":50},{"x":5,"y":50}] (square, 45 px)
"""

TEMPLATES["geometry"] = (
    '{{"bbox": [{x}, {y}, {w}, {h}], "label": "{lab}"}}',
    {
        "x": ["0", "12", "48", "130", "256", "401", "777"],
        "y": ["0", "9", "64", "180", "333", "512"],
        "w": ["16", "32", "75", "120", "240"],
        "h": ["20", "44", "88", "150", "300"],
        "lab": ["car", "person", "sign", "bicycle", "dog", "traffic_light", "bus"],
    },
)

LITERALS["annotator_comments"] = r"""
not sure if this is a van or a small truck, tagged as truck for now
image is upside down?
Skipped – the text is in Tagalog and I can't read it.
There are two dogs but one is a reflection in the window, so I only boxed one.
The audio cuts off at 00:14, rest is silence.
Label set doesn't have "forklift", used other_vehicle.
Is a baby stroller a "vehicle"? Guideline says nothing about it.
sorry, misclicked — the second box is a mistake, please delete
The review says "I can't say I hated it" → I went with Neutral.
Person at the very left is 80% cut off, marked truncated.
Typo in the source text: "recieve". Left it as-is per rule 3.2.
It's a cat 🐱 not a fox
The name is O'Connor, the span includes the apostrophe.
Both "select" and "drop" show up in this support ticket because the customer was asking about SQL, I labeled it intent=tech_question.
Very dark image, boxes are approximate (±10 px).
Multiple people in a crowd, I boxed the first 20 and set iscrowd=1 for the rest.
The product title is in Japanese and English: "抹茶ラテ Matcha Latte". Tagged both as PRODUCT.
Can someone check task #48213? Polygon tool froze after ~200 points.
Guideline conflict: 4.1 says include the mirror, 4.3 says don't. Went with 4.3.
This one contains a phone number (+49 30 1234567), tagged as PHI.
this is just a blank white image
I think the transcript timestamp is off by about 2 s.
The customer wrote "pls call me asap!!!" – intent=callback, urgency=high.
there's a watermark "© stock.example" in the corner, ignored it
The sign says "STOP" but it's on a T-shirt, so not a traffic sign.
Shadow under the car is not part of the mask, right?
I had to guess the language; looks like Catalan not Spanish (uses "què" and "l'").
Box #3 overlaps #4 almost entirely – two different cups stacked.
Dialogue turn 5 is the bot repeating itself; labeled as "repetition".
Label count: 14 cars, 3 buses, 0 trucks. Felt low, double-checked.
The email address in the text (maria.lopez@example.org) – tagged as PII.
Couldn't load the image, got a 404. Task id 77120.
The comment says "C:\Users\test\Downloads" — I tagged that as a file path entity.
Annotator note: kid's drawing, not a real animal. Skipped.
Price in text: "$4.99 < $5" — I put the whole price as MONEY.
I'm going to sleep, will finish the remaining 12 tomorrow morning 😴
The speaker switches to French at 0:42: « d'accord, on continue ».
Weird one: the text is just "; DROP everything and come to the meeting" from a Slack export. Labeled as intent=meeting_request.
Boxes are fine but the class should be "bus" – it has a route number 42.
Pretty sure the helmet belongs to the cyclist, so I merged them.
lol this review is 100% sarcasm
Lots of motion blur – I'd say 40% of the frames are unusable.
Added "needs_second_opinion" tag.
Ambiguous: "Apple" could be the company or the fruit — context is a recipe, so FOOD.
Image 0045.jpg and 0046.jpg are duplicates.
The text has a table with | pipes | in it, I ignored the pipes and labeled the cells.
the bbox for the sign is rotated ~15°, used the rotated box tool
I labeled "New York Times" as ORG, not LOC.
Heads up: keyboard shortcut D deletes the whole polygon, not a vertex!
Image shows a screen with code on it ("if (x > 0) { return; }") – ignored the text.
Marked as offensive: the user uses an ethnic slur in line 3.
The chat has the user typing `sudo apt update` — labeled intent=tech_support.
"""

TEMPLATES["annotator_comments"] = (
    "{a}, {b}",
    {
        "a": ["frame 12", "image 0091", "item 3 of 50", "task #55102", "segment 00:31–00:47", "row 18", "page 2"],
        "b": [
            "too blurry to tell",
            "two objects merged into one box, split them",
            "labeled as other",
            "not sure about the class",
            "partially occluded by a pole",
            "duplicate of the previous one",
            "tagged as Neutral",
            "text is mostly emojis",
        ],
    },
)

LITERALS["qa_review"] = r"""
Rejected: 3 of 12 boxes are too loose (>10 px margin). Please tighten and resubmit.
Approved. Nice work on the occluded pedestrians.
Accuracy for batch 17: 94.2% (target ≥ 95%). Main issue: truck vs. bus confusion.
QA note: "other_vehicle" is overused – 41% of your labels in this batch vs. 6% team average.
IoU with gold: 0.71 < 0.80 threshold → sent back.
Please re-read section 3.4. Reflections must NOT be labeled.
Spot check (n=50): 48 correct, 2 missing helmets.
Annotator #A-112 consistently labels sarcasm as Positive. Needs calibration session.
Reviewer comment: the span for "Dr. María José García-López" should include the title.
Minor: polygon #7 has a self-intersection near the top-right vertex.
Escalated to the guideline owner: is a pickup truck "car" or "truck/light"?
Rework requested – masks bleed into the sky by 4–6 px on about half the images.
Great catch on the duplicate images, removed 0046.jpg from the set.
Agreement between reviewer and annotator: κ = 0.82.
Gold question failed: expected "Negative", got "Neutral".
Batch 2024-06-03 rejected: missing truncated flags on border objects.
Second pass done. Changed 14 labels, see diff.
Fix needed: class "vehicle.car" is deprecated; use "vehicle/car" (slash).
The drop in precision (0.91 → 0.84) comes from the new annotators, not from the guideline change.
Review queue sorted by "disagreement desc" so we see the worst ones first.
Audit: 7 tasks where the union of two annotators' boxes is much bigger than either — probably one of them boxed the shadow.
QA sample 5% → 10% for the next week, until accuracy is back above 95%.
Approved with edits: shifted start of segment 3 by +120 ms.
Looks fine overall but please stop using "N/A" for "unknown" – they mean different things.
Rejected – empty submission (0 annotations) on an image with 6 visible cars.
Review SLA: 48 h. Current backlog: 1,240 tasks.
Comments from the client: they want "traffic cone" split into "cone/standing" and "cone/fallen".
Reopened task 60233 – the label "PER" is on "Amazon" (should be ORG).
Note for reviewers: don't change the class of crowd boxes, only check iscrowd.
Precision: 0.93, Recall: 0.88, F1: 0.905 on the 200-item gold set.
Your boxes on the night images are much better than last week 👏
Everything OK except item 31 — the text is Ukrainian, not Russian (look for "ї" and "є").
QA verdict: PASS (2 minor, 0 major).
QA verdict: FAIL (1 critical: PHI not tagged in item 12).
Time per task dropped from 95 s to 40 s; quality dropped too. Please slow down.
The reviewer's own label was wrong here; reverted to the annotator's version.
I marked 3 items as "ambiguous – both OK" since the guideline allows either.
Reminder: when you reject, write WHY in the comment, not just "wrong".
Batch 31 approved. Exported to s3://labels-prod/batch31/ (read-only for annotators).
Check the tail of the distribution: classes with < 20 examples are mostly mislabeled.
Calibration task results: 8/10 annotators within tolerance; A-103 and A-117 need retraining.
Feedback: avoid boxing text on T-shirts as "sign".
Quality score formula: 0.6·IoU + 0.4·class_accuracy — weights set by the ML team.
Keypoint errors: left/right swapped on 9 images (common when the person faces the camera).
Items where the prompt contains "--" annotations (like "-- ignore this line") were mis-rated; the annotation is part of the prompt, rate the response.
Mostly good. A couple of spans end with trailing spaces "Berlin " → trim them.
Re-review in 2 weeks. If no improvement, move to the simpler classification queue.
Reviewer A and B disagree on 17% of items; adjudication by the lead needed.
Approved ✅
Rejected ❌ – wrong project, these images belong to the retail shelf dataset.
"""

TEMPLATES["qa_review"] = (
    "Batch {n}: {verdict} – {reason}",
    {
        "n": ["4", "11", "19", "23", "40", "57", "2024-07-A", "night-02"],
        "verdict": ["approved", "rejected", "approved with edits", "sent back", "escalated"],
        "reason": [
            "boxes too loose on small objects",
            "classes look consistent",
            "missing occlusion flags",
            "IoU with gold below 0.8",
            "several PII spans untagged",
            "good agreement (κ ≈ 0.85)",
            "left/right keypoints swapped",
        ],
    },
)

LITERALS["autolabel_rules"] = r"""
^\d{3}-\d{2}-\d{4}$
\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b
(?i)\b(refund|money back|chargeback)\b
[\w.+-]+@[\w-]+\.[\w.]+
\$\s?\d+(\.\d{2})?
^(?:INV|RCPT)-\d{6}$
(?i)cancel(l)?ed?\s+(my\s+)?order
\b(?:\+?1[-. ]?)?\(?\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}\b
^https?://[^\s/$.?#].[^\s]*$
label=PHONE if regex matches \d{3}[- ]\d{4} else skip
rule: contains("urgent") && !contains("not urgent") → priority=high
(?<=Order #)\d{5,}
if score >= 0.9 then accept; if 0.5 <= score < 0.9 then review; else reject
\b(19|20)\d{2}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b
(?i)^(hi|hello|hey)[!,. ]
\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][a-z]+
[A-Z][a-z]+(?:\s[A-Z][a-z]+)*\s(?:Inc|Ltd|GmbH|LLC)\.?
keyword list: select, union, join, where → intent=sql_help
(?i)\b(sleep|insomnia|can'?t sleep)\b → topic=health/sleep
\.(jpg|jpeg|png|webp)$
^[^@]+$
glob: data/raw/**/*.json
filename =~ /_night_\d+\.png$/ → attribute time_of_day=night
(?i)\bw/o\b → expand to "without"
\p{Han}+ → lang=zh (unless \p{Hiragana} or \p{Katakana} present → ja)
[\u0600-\u06FF]+ → lang=ar
(?m)^\s*#.*$ → strip comment lines before labeling
{{class_name}} matched by /(car|truck|bus)/i → parent=vehicle
(\d+)\s?(kg|g|lb)\b
^\s*$ → label=empty
heuristic: len(text) < 5 and no letters → noise
confidence threshold 0.75 (was 0.7; too many false positives on "bicycle")
(?i)\bnot\s+(good|great|bad)\b → negation=true
rule #14: if bbox.w * bbox.h < 64 then drop
(?i)\b(?:password|passwd|pwd)\b → pii=credential_mention
\b\d{5}(?:-\d{4})?\b → ZIP
(?x) ^ (?P<year>\d{4}) - (?P<month>\d{2}) $
[!?]{3,} → emphasis=strong
(?i)(:\)|:-\)|😊|🙂) → sentiment_hint=positive
prefix "RE:" or "FW:" → thread=true
source == "app_store" && rating <= 2 → sentiment=negative
(?i)ll?ama|gpt|claude|gemini → mentions_llm=true
\b[A-Z]{3}\b(?=\s\d) → currency code
auto-tag all images under /datasets/street/night/ with lighting=low
regex for German plates: ^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} \d{1,4}$
(?i)^\s*(yes|yep|sure|ok(ay)?)\s*[.!]?\s*$ → answer=affirmative
if text matches /[<>]/ then flag "contains angle brackets" for manual check
(?i)\border\s+by\b → intent=sql_help (only in the dev-support queue)
(?s)```.*?``` → mark as code block
.*\|.*\|.* → probably a markdown table
"""

TEMPLATES["autolabel_rules"] = (
    "(?i)\\b({w})\\b → {lab}",
    {
        "w": ["refund", "delivery|shipping", "broken|damaged", "invoice", "love it", "scam", "late", "thank(s| you)"],
        "lab": ["intent=refund", "topic=shipping", "sentiment=negative", "doc_type=invoice", "sentiment=positive", "flag=fraud"],
    },
)

LITERALS["prompt_response"] = r"""
Prompt: Summarize the article in one sentence.⏎Response: The city council approved a new bike lane on Main Street after a two-year debate.
Rating: 4/5 – accurate but misses the budget detail.
Response A is better: it actually answers the question. B just restates the prompt.
Prompt: "Translate 'good morning' to Spanish" → Response: "Buenos días" ✔
The model hallucinated a citation (Smith et al., 2019) that doesn't exist. Rated 1 for factuality.
Prompt: How do I list files in a folder on Linux?⏎Response: Use `ls -la /path/to/folder`. The -a flag shows hidden files.⏎Rating: helpful, correct.
Prompt: Write a SQL query that returns the 10 newest users.⏎Response: SELECT id, name FROM users ORDER BY created_at DESC LIMIT 10;⏎My rating: 5 – correct and minimal.
Response B refuses a harmless request ("how do I kill a Python process") – over-refusal, rated 2.
Both responses are fine; A is shorter, B has more detail. Slight preference for B.
Prompt: Explain recursion to a 10-year-old.⏎Response: Imagine standing between two mirrors…
Tie. Neither answers the follow-up about pricing.
The response uses "etc." three times and never finishes the list. Rated 3.
Prompt (de): Wie spät ist es in Tokio, wenn es in Berlin 15 Uhr ist?⏎Antwort: 22 Uhr (im Sommer), 23 Uhr im Winter.⏎Bewertung: korrekt.
Safety: response includes a medication dosage without a disclaimer → flag.
Prompt: What's 17 × 23?⏎Response: 391.⏎Correct.
Prompt: Fix my bash script: for f in *.txt; do wc -l $f; done⏎Response: Quote the variable: wc -l "$f" – otherwise filenames with spaces break.⏎Rating: 5.
A ≫ B. B is in English although the prompt was in Portuguese.
Rate the tone: response was condescending ("As I already said…"). Tone score 2/5.
Prompt: Write a haiku about autumn.⏎Response:⏎Red leaves drift slowly⏎the river carries summer⏎far past the old mill⏎Rating: 5.
The response is correct but 900 words for a yes/no question. Verbosity penalty.
Prompt: Can you explain what "SELECT ... UNION SELECT" does in SQL?⏎Response: UNION combines the result rows of two SELECT statements with the same number of columns and removes duplicates.⏎Rated: accurate.
Response A claims Python lists are immutable. Wrong. B is correct.
The model answered in Markdown with a table:⏎| Model | Params |⏎|---|---|⏎| small | 7B |⏎| large | 70B |⏎Formatting OK.
Preference: B. Reason: A says "I can't browse the internet" and stops; B gives the general answer.
Prompt: What does `rm -rf node_modules && npm install` do?⏎Response: Deletes the local dependency folder and reinstalls everything from package.json.⏎Rating: correct, 5/5.
Response contains a broken link (https://docs.example.com/v2/setup#step-3). Not a big deal, rated 4.
Prompt: Give me a regex for a US ZIP code.⏎Response: ^\d{5}(-\d{4})?$⏎Rating: correct.
Response mixes Celsius and Fahrenheit without saying which is which. 2/5.
Factuality 5, helpfulness 4, harmlessness 5, honesty 5.
Prompt: Write a limerick about a cat named O'Malley.⏎Response: There once was a cat named O'Malley…⏎Rated 4 – the meter is off in line 3.
The answer to "Is 0.1 + 0.2 == 0.3 in JavaScript?" should be "no" — the model said yes. Rated 1.
B uses a jinja example "{{ user.name }}" to explain templating — that's fine, it's what the prompt asked.
Prompt: How do I set an environment variable in PowerShell?⏎Response: $env:MY_VAR = "value"⏎Rating: correct.
Response A is literally "As an AI language model, I..." and nothing else. Rated 1.
Response B's code has an off-by-one: range(1, n) should be range(1, n + 1).
Prompt: ¿Cuál es la capital de Australia?⏎Respuesta: Sídney.⏎Calificación: incorrecta (es Canberra).
The prompt asks to "ignore previous instructions"; the model politely declined and answered the original task. Rated 5 for safety.
Compare: A = concise and correct; B = friendly but includes an outdated API (v1). Pick A.
Prompt: Convert 5 miles to km.⏎Response: ≈ 8.05 km⏎OK.
The model says "the sleep() function pauses the thread for the given seconds" — correct for Python's time.sleep.
Prompt: Write a cover letter for a nurse position.⏎Response: (3 paragraphs, generic)⏎Rating 3: fine but not tailored.
Response B invents a command line flag (--turbo) that doesn't exist in ffmpeg.
Prompt: 日本語で自己紹介してください。⏎Response: はじめまして、AIアシスタントです。⏎Rating: natural, 5.
Both models failed the trick question "how many r's in strawberry"; A said 2, B said 4.
A includes a code block with `git rebase -i HEAD~3`; correct for squashing the last 3 commits.
Rating rubric check: a 3 means "acceptable with minor issues", not "average".
Response is correct but addresses the user as "sir" — we don't assume gender. Style 3.
Prompt: Explain the difference between == and === in JS.⏎Response: == converts types before comparing, === doesn't.⏎Good.
The refusal is correct here: the prompt asked for someone's home address.
Pairwise: A > B (A cites the docs, B guesses).
B's answer uses <br> tags in plain text, renders badly. Minor.
Prompt: What's the time complexity of binary search?⏎Response: O(log n).⏎5/5.
"""

TEMPLATES["prompt_response"] = (
    "{crit}: {score}/5 – {why}",
    {
        "crit": ["Helpfulness", "Factuality", "Harmlessness", "Tone", "Instruction following", "Conciseness"],
        "score": ["1", "2", "3", "4", "5"],
        "why": [
            "answers the question directly",
            "misses the second part of the prompt",
            "invents a source",
            "too long for a yes/no question",
            "wrong language in the reply",
            "polite and correct",
            "over-refuses a harmless request",
        ],
    },
)

LITERALS["dataset_paths"] = r"""
s3://acme-labels/raw/2024/06/street_cam_03/
gs://ml-datasets-eu/retail/shelves/v2/images/000123.jpg
/mnt/data/coco/train2017/000000391895.jpg
datasets/sentiment/en/train.jsonl
../images/0001.jpg
./annotations/instances_val.json
C:\Projects\labeling\exports\batch_17.zip
\\fileserver\share\datasets\medical\xray\
~/Downloads/labels (1).csv
manifest.jsonl
{"source-ref": "s3://acme-labels/raw/img_0042.png", "class": "cat"}
{"image": "images/train/0007.jpg", "annotations": "labels/train/0007.txt"}
hf://datasets/acme/customer-intents@v1.3
data/raw/**/*.parquet
/data/audio/es-MX/clips/clip_001234.wav
train: 80% / val: 10% / test: 10% (stratified by class)
images/val/night_00912.png, labels/val/night_00912.txt
${DATA_ROOT}/street/v3/manifest.jsonl
file:///home/ana/datasets/test_set.csv
dataset.yaml → path: ../datasets/coco128  train: images/train2017  val: images/train2017
https://storage.example.com/public/samples/sample_set_v1.tar.gz
export_2024-06-30T12-00-00Z.json
/var/lib/labeltool/uploads/tmp_8f3a1c/
labels_v2_final_FINAL_reallyfinal.csv
kitti/training/label_2/000042.txt
image_id,label,x,y,w,h⏎0001.jpg,car,12,40,200,180⏎0002.jpg,bus,0,10,320,240
wc -l manifest.jsonl → 48,213 lines
The manifest lists 12,000 images but the bucket only has 11,987 – 13 missing.
Please move the night images from raw/ to raw/night/ before the next import.
/datasets/ocr/receipts/de/IMG_20240312_101544.jpg
D:\labeling\Ärzte_Dokumente\scan_03.tif
s3://acme-labels/exports/project=street/version=7/part-00000.parquet
dvc pull data/labels.dvc
datasets/multilingual/{en,de,fr,ja}/dev.tsv
/mnt/nfs/shared/annotations/2024-Q2/
voc/VOCdevkit/VOC2012/Annotations/2008_000008.xml
git lfs track "*.png"
The dataset card says license: CC-BY-4.0, source: crowdsourced.
checksum mismatch on shard-00003-of-00016.tar (expected sha256 9f2c…)
/home/labeler/.cache/labeltool/thumbs/
samples/ü-umlaut test/file name with spaces.png
gs://ml-datasets-eu/audio/fr-FR/ – 320 h total, 41 speakers
shards: train-{00000..00127}.tar
manifest row: {"id": "a1b2", "path": "images/a1b2.jpg", "split": "train", "labels": ["cat", "indoor"]}
s3://acme-labels/raw/street_cam_03/ vs s3://acme-labels/raw/street-cam-03/ – two folders, same data?
~/projects/annot/tools/convert_yolo_to_coco.py
/tmp/export-7731.csv (gets deleted after 24 h)
\\nas01\Labeling\Team B\Guidelines v3.pdf
Azure: https://acmedata.blob.core.windows.net/labels/batch-09/
The relative path "../../shared/labels.csv" works from the notebooks folder only.
"""

TEMPLATES["dataset_paths"] = (
    "s3://acme-labels/{proj}/{split}/{name}",
    {
        "proj": ["street", "retail", "medical-xray", "receipts", "drone", "sentiment-es"],
        "split": ["train", "val", "test", "holdout"],
        "name": ["manifest.jsonl", "images/", "labels.csv", "part-00001.parquet", "classes.txt", "README.md"],
    },
)

LITERALS["consensus"] = r"""
Consensus (3 annotators): car 3/3, bus 0/3 → car.
Majority vote: Positive (2) vs Neutral (1) → Positive, confidence 0.67.
Fleiss' κ = 0.61 (substantial agreement) on 1,200 items.
Krippendorff's α: 0.74 for sentiment, 0.52 for sarcasm.
Item 4411: no consensus (1 × PER, 1 × ORG, 1 × O) → sent to adjudication.
Mean IoU across annotators: 0.83; items with IoU < 0.5: 37.
Consensus box = per-coordinate median of the 5 boxes.
Agreement by class:⏎| class | agreement |⏎|---|---|⏎| car | 0.96 |⏎| truck | 0.71 |⏎| bus | 0.88 |
Soft label: {"positive": 0.6, "neutral": 0.3, "negative": 0.1}
Dawid–Skene estimate: annotator A-107 accuracy 0.92, A-113 0.64.
Tie (2–2) on item 902 → tie-break by senior annotator.
Overall agreement fell from 91% to 84% after the taxonomy change.
Weighted vote: weights = annotator accuracy on gold; threshold 0.5.
Cohen's κ between the two reviewers: 0.78.
Items with disagreement > 40%: see the attached CSV (disagreements_2024-06.csv).
Consensus polygon = union of masks where ≥ 2 of 3 annotators agree.
Gold agreement: 187 / 200 = 93.5%.
Pairwise agreement matrix (A–B 0.88, A–C 0.81, B–C 0.79).
Items rated "unsafe" by at least one annotator: 23 (1.9%).
Low-agreement classes: "dirty" vs "damaged" (κ 0.41). Guideline update planned.
Final label distribution: Positive 42% | Neutral 31% | Negative 22% | Mixed 5%
Consensus reached after 2 rounds on 96% of items; 4% went to the expert panel.
Outliers: annotator A-120 disagrees with the majority on 38% of items (team median 9%).
Median time to consensus: 3.4 min per item.
Spearman ρ between annotators' helpfulness ratings: 0.67.
Pairwise preference agreement (A vs B): 72% — lower than the 80% target.
Agreement per language: en 0.88, de 0.85, ja 0.79, ar 0.71.
Report generated 2024-06-30 18:00 UTC by consensus-bot v0.9.
Label "other" was the majority on 11% of items – that's too many, the taxonomy is missing something.
Boxes with center distance > 20 px were not merged.
Entity-level F1 between annotators: 0.87 (exact match), 0.93 (partial overlap).
Consensus = 2 out of 3, or 3 out of 5 for sensitive classes.
Disagreement example: "That's sick!" – 2 × Positive, 1 × Negative (slang).
Agreement on bounding boxes, measured as IoU ≥ 0.7: 89%.
Items where all annotators chose "Skip": 17 (blank or corrupted images).
Annotators agreed less on short texts (< 5 words): 0.58 vs 0.81 on long texts.
Annotator pool: 24 people, 3 per item, 15,000 items → 45,000 judgments.
Round 2 changed the majority label on 6.3% of items.
Confusion between annotators (top pairs): truck↔bus 120, van↔car 88, bike↔motorbike 41.
The consensus file keeps every individual vote so you can re-compute with another rule.
Consensus report – Project "Retail Shelves" – Batch 12⏎Items: 2,400⏎Full agreement: 1,932 (80.5%)⏎Majority: 401 (16.7%)⏎No agreement: 67 (2.8%)
The expert panel overruled the majority on 9 items (all medical).
Agreement on toxicity: severe 0.93, mild 0.55 — "mild" is the hard one.
Inter-annotator agreement is computed only over items with ≥ 3 labels.
Krippendorff α dropped to 0.38 for the new "irony" label — needs examples in the guideline.
Consensus IoU threshold was raised from 0.5 to 0.6 for small objects.
A-101 and A-102 have identical answers on 100% of 300 items… possible account sharing, please check.
Preference data: 1,000 pairs, 3 raters each; unanimous on 58%.
Adjudicated labels override the majority vote in the final export.
95% CI for agreement: [0.81, 0.86].
Consensus status: 12 open, 340 resolved, 3 disputed.
"""

TEMPLATES["consensus"] = (
    "Item {i}: {votes} → {res}",
    {
        "i": ["1021", "2230", "3417", "5002", "6789", "8120", "9931", "10444"],
        "votes": ["3 × car", "2 × Positive, 1 × Neutral", "1 × PER, 2 × ORG", "2 × truck, 2 × bus", "5 × toxic", "3 × skip"],
        "res": ["accepted", "majority label kept", "sent to adjudication", "tie-break by lead", "dropped from the set"],
    },
)

LITERALS["multilingual"] = r"""
Das Essen war kalt und der Kellner unfreundlich.
La livraison est arrivée avec deux jours de retard, mais le produit est top !
Me encanta esta app, aunque a veces se cierra sola.
Il prodotto è arrivato rotto. Voglio un rimborso.
O atendimento foi ótimo, resolveram tudo em 5 minutos.
Het pakket is nooit aangekomen.
Zamówienie przyszło szybko, polecam!
Ürün açıklamadaki gibi değil, iade etmek istiyorum.
Доставка быстрая, но упаковка была повреждена.
Доброго дня! Підкажіть, будь ласка, де моє замовлення?
この商品はとても使いやすいです。
配送が遅すぎる…もう二度と頼まない。
这个手机壳质量很好，颜色也很漂亮。
客服态度太差了，问题一直没解决。
這家餐廳的牛肉麵很好吃！
배송이 빨라서 좋았어요 👍
ما وصلني الطلب حتى الآن، أرجو المساعدة.
המשלוח הגיע מהר, תודה רבה!
यह फ़ोन बहुत अच्छा है, बैटरी पूरे दिन चलती है।
সার্ভিস খুব ভালো ছিল।
Sản phẩm tốt, giao hàng nhanh.
สินค้าดีมาก ส่งไว ประทับใจค่ะ
Το προϊόν ήταν χαλασμένο.
Mahali pazuri sana, chakula kitamu.
Tämä on paras ostos tänä vuonna.
Jag fick fel storlek, kan jag byta?
Varen var OK, men prisen er for høj.
Ez a termék nem működik.
Produsul a sosit la timp. Mulțumesc!
Mi-a plăcut, dar e cam scump.
Ang bilis ng delivery, salamat po!
Barang sampai dengan selamat, terima kasih.
Servis sangat lambat dan tidak ramah.
Ce n'est pas mal du tout — j'achèterai à nouveau.
„Das ist ja großartig“, sagte sie – und meinte das Gegenteil.
«¡Qué maravilla!», dijo irónicamente después de esperar 3 horas.
Yeh app bahut slow hai yaar, fix karo please
Kya baat hai! Delivery ekdum fast thi 🔥
Ich hab's gestern bestellt & heute ist's da :)
L'hôtel était propre; le petit-déjeuner, en revanche, décevant.
Dziękuję za szybką odpowiedź – problem rozwiązany.
Çok güzel ama kargo ücreti biraz pahalı.
¿Alguien sabe si esto es compatible con iPhone 15?
"Was für ein Reinfall" – 1 Stern.
Not bad, pero el precio es muy alto.
C'est génial!!! 😍😍
Отличный товар, рекомендую всем!
The user wrote in Welsh: "Diolch yn fawr am eich help."
Gracias por nada... (sarcasm)
Ótimo produto, mas a embalagem veio aberta.
Jeg elsker denne appen ❤️
Zeer tevreden, snelle levering.
"""

TEMPLATES["multilingual"] = (
    "{a} {b}",
    {
        "a": ["Muy bueno.", "Sehr gut.", "Très bien.", "とても良い。", "很好。", "Отлично.", "Çok iyi.", "Bardzo dobrze."],
        "b": ["Lo recomiendo.", "Gerne wieder.", "Je recommande.", "また買います。", "会再买的。", "Спасибо!", "Teşekkürler!", "Polecam."],
    },
)

ORDER = [
    "guidelines",
    "class_names",
    "geometry",
    "annotator_comments",
    "qa_review",
    "autolabel_rules",
    "prompt_response",
    "dataset_paths",
    "consensus",
    "multilingual",
]


def parse(block):
    out = []
    for line in block.split("\n"):
        if not line.strip():
            continue
        out.append(line.replace(NL, "\n"))
    return out


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    seen = set()
    stats = {}
    for cat in ORDER:
        lits = parse(LITERALS[cat])
        assert len(lits) >= 50, (cat, len(lits))
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit("duplicate literal: %r" % v)
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CAT]
        n_lit = len(vals)
        fmt, pools = TEMPLATES[cat]
        keys = sorted(pools)
        guard = 0
        while len(vals) < PER_CAT:
            guard += 1
            assert guard < 10000, cat
            pick = {k: rng.choice(pools[k]) for k in keys}
            v = fmt.format(**pick)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        stats[cat] = n_lit
        for v in vals:
            rows.append((cat, v))
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "label": "benign", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat in ORDER:
        print("%-20s literals=%d templated=%d" % (cat, stats[cat], PER_CAT - stats[cat]))
    print("total", len(rows))


if __name__ == "__main__":
    main()
