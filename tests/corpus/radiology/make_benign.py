#!/usr/bin/env python3
"""Benign values for the radiology held-out WAF corpus. Standard library only."""
import json
import os
import random

SEED = 15201
PREFIX = "hbec"
PER_CATEGORY = 80
rng = random.Random(SEED)

CATS = []  # (category, literals, template_fn)

# ---------------------------------------------------------------- hl7
HL7 = [
    "MSH|^~\\&|RIS|RADIOLOGY|PACS|IMG|20240311084512||ORM^O01|MSG000187|P|2.3",
    "PID|1||MRN00482913^^^HOSP^MR||O'Brien^Siobhan^M||19610704|F",
    "OBR|1|ORD55120|ACC2024031100042|71250^CT CHEST W/O CONTRAST^CPT4|||20240311090000",
    "ORC|NW|ORD55120||||||^^^20240311090000^^R",
    "OBX|1|TX|&GDT^Impression||No acute cardiopulmonary process.||||||F",
    "PV1|1|O|RAD^CT2^01||||1234^Nguyen^Thi^^^Dr",
    "ZDS|1.2.840.113619.2.55.3.604688119.969.1268071029.320^Application^DICOM",
    "MSA|AE|MSG000187|Field PID-3 repetition exceeded",
    "ACK^O01 came back with MSA|AR — the interface rejected the order because PV1-2 was blank",
    "Why does the engine escape my ampersand as \\T\\ in OBX-5? The report says 'CT & MRI correlation'",
    "NTE|1||Patient is claustrophobic; needs open MRI or oral sedation",
    "Can someone explain the difference between ORM^O01 and OMI^O23? We're moving to 2.5.1",
    "EVN|A08|20240312101500",
    "MRG|MRN00377120^^^HOSP^MR",
    "PID-5 shows Müller^Jürgen but the PACS displays M?ller^J?rgen — charset MSH-18 is UNICODE UTF-8",
    "The inbound ORU carries OBX-2=ED with base64 PDF; is there a max size on the feed?",
    "SCH|1234|5678|||||ROUTINE^Routine|||30|min",
    "AIL|1||CT2^^^RAD",
    "OBR-25 = F (final), OBR-22 = 20240311143000",
    "IN1|1|BCBS001|77|Blue Cross & Blue Shield",
    "MSH-9 must be ORU^R01^ORU_R01 for the new reporting vendor, not just ORU^R01",
    "Segment ZRP is custom — contains the dictating resident and the attending: ZRP|1|res^Kapoor|att^D'Souza",
    "OBX|2|NM|DLP^Dose Length Product||412.6|mGy*cm|||||F",
    "OBX|3|NM|CTDIvol||8.2|mGy|<15||||F",
    "Field separator is | and component separator is ^ — do not strip them when pasting into the ticket",
    "A04 vs A08: registration creates, update modifies. We got both within 2 seconds and PACS merged wrong",
    "ORC-1 = CA (cancel) didn't propagate to the modality worklist",
    "The value in PID-11 was '12 Rue de l’Église^^Lyon^^69002^FRA'",
    "ORU^R01 from PowerScribe → Rhapsody → Epic; latency about 45 s",
    "OBX|4|ST|BIRADS^BI-RADS Assessment||4A|||A|||F",
    "QRD|20240311|R|I|Q1001|||RD|MRN00482913",
    "PID-3 repeats: MRN00482913^^^HOSP^MR~99812^^^CLINIC^PI",
    "Escape sequences: \\F\\ for |, \\S\\ for ^, \\R\\ for ~, \\E\\ for \\, \\T\\ for &",
    "Message control id MSG-2024-0311-0042 duplicated — the sender retried after a timeout",
    "DG1|1||R91.8^Other nonspecific abnormal finding of lung field^I10",
    "OBR-4: 74177^CT ABD & PELVIS W CONTRAST",
    "hl7 2.3 ORM with OBR-18 used as accession placeholder",
    "PV1-3: ER^BAY4^A; PV1-10: EMR",
    "MSH|^~\\&|EPIC|MAIN|VNA|ARCH|20240313||ADT^A40|88123|P|2.5.1|||AL|NE",
    "Our Mirth channel filter: msg['MSH']['MSH.9']['MSH.9.1'].toString() == 'ORM'",
    "ZDS-1 study instance UID must match (0020,000D) in the images otherwise reconciliation fails",
    "OBX-5 contained line breaks as \\.br\\ and the viewer showed them literally",
    "PID|1||4471209^^^MAIN^MR||Đặng^Minh^Khoa||19880215|M|||12 Nguyễn Huệ^^HCMC",
    "ORU back-feed failing since 02:00: 'Unknown OBR-3 filler number'",
    "SPM is not used for imaging; ignore it in the mapping spreadsheet",
    "OBX|5|FT|^Findings||Right lower lobe nodule 6 mm (previously 4 mm) → follow-up CT in 6–12 months||||||F",
    "MSH-4 sending facility is 'ST. JOSEPH'S IMAGING' — apostrophe breaks the legacy parser?",
    "PID-8 = U; PID-7 missing; PACS placeholder DOB 19000101",
    "What is OBR-31 (reason for study) max length? Ours gets truncated at 300 chars",
    "TQ1|1||||||20240311090000|20240311093000|S",
]
def hl7_t():
    seg = rng.choice(["PID-3", "PID-5", "OBR-3", "OBR-4", "ORC-2", "MSH-10", "PV1-19", "OBX-5"])
    what = rng.choice(["is empty", "has two repetitions", "exceeds the length limit", "was mapped to the wrong field",
                       "contains an unescaped ^", "differs between ORM and ORU", "arrives with trailing spaces"])
    msg = rng.choice(["ORM^O01", "ORU^R01", "ADT^A08", "ADT^A04", "OMI^O23", "ADT^A40"])
    src = rng.choice(["RIS", "Epic", "Cerner", "the dictation system", "the VNA", "Mirth"])
    return f"In {msg} from {src}, {seg} {what}"
CATS.append(("hl7", HL7, hl7_t))

# ---------------------------------------------------------------- dicom
DICOM = [
    "(0008,0060) Modality = CT",
    "(0010,0010) PatientName = O'NEILL^MARY",
    "(0020,000D) StudyInstanceUID 1.2.840.113619.2.55.3.604688119.969.1268071029.320",
    "(0018,0050) SliceThickness 0.625",
    "(0028,1050) Window Center 40 / (0028,1051) Window Width 400",
    "IM-0001-0042.dcm",
    "/mnt/pacs/incoming/2024/03/11/ACC2024031100042/SE0003/IM000112.dcm",
    "D:\\DICOM\\Export\\CD_2024-03-11\\DICOMDIR",
    "Transfer syntax 1.2.840.10008.1.2.4.90 (JPEG 2000 lossless) not accepted by the old viewer",
    "(0008,103E) SeriesDescription: AX T2 FLAIR FS",
    "StudyDescription 'CT HEAD W/O' — the slash confuses the folder export",
    "(0018,1150) Exposure Time, (0018,1151) X-Ray Tube Current, (0018,1152) Exposure",
    "private tag (0029,1010) Siemens CSA header — strip on anonymization?",
    "(0040,0275) RequestAttributesSequence > (0040,1001) RequestedProcedureID",
    "SOP Class 1.2.840.10008.5.1.4.1.1.2 = CT Image Storage",
    "Patient's Birth Date (0010,0030) should be blanked but Patient's Age (0010,1010) = 063Y kept",
    "dcmdump +P 0020,000d file.dcm shows a trailing null byte",
    "PhotometricInterpretation MONOCHROME1 renders inverted on the tablet app",
    "(0008,0050) AccessionNumber > 16 chars gets truncated by the modality",
    "Series number 1001 is the dose report (SR), series 2 is the scout",
    "DICOM SR TID 10011 CT Radiation Dose — need CTDIvol and DLP pulled into the report",
    "C-FIND on StudyDate=20240301-20240311 returns 0 matches but the studies are there",
    "Rescale slope 1, intercept -1024 → HU values look right",
    "MR_BRAIN_20240311_T1_MPRAGE_SAG_1mm.zip",
    "Pixel spacing 0.488\\0.488 (backslash is the VR multi-value delimiter)",
    "(0010,0020) PatientID \"MRN00482913\"",
    "KOS (Key Object Selection) objects show up as an empty series",
    "Character set ISO_IR 192 fixes the Chinese names: 王^小明",
    "(0008,0080) InstitutionName = Hôpital Saint-Éloi",
    "DX image with (0018,1164) ImagerPixelSpacing but no PixelSpacing — calipers warn 'calibrate'",
    "Frame of reference UID differs between PET and CT, fusion misaligned",
    "Enhanced MR multi-frame: 1 file, 176 frames, 94 MB",
    "AE title must be ≤ 16 characters: CT2_SCANNER_WEST",
    "Echo to STORESCP@10.20.4.15:104 OK, C-STORE fails with 0xA700 (out of resources)",
    "Status 0xC000 'Cannot understand' from the VNA on mammography tomosynthesis",
    "anonymized as ANON^0042 with PatientID RAD-TRIAL-0042",
    "Burned-in annotation (0028,0301) = YES on the ultrasound clips",
    "folder names: 1_scout, 2_ax_bone, 3_ax_soft, 4_cor_mpr, 5_sag_mpr",
    "US_OB_2nd_trimester__clip03.dcm",
    "(0054,1001) Units BQML for the PET SUV calculation",
    "Study has 3 series: <localizer>, <axial 5mm>, <axial 1.25mm thin>",
    "Series UID 1.3.12.2.1107.5.2.43.66012.2024031108123456789 missing from the worklist match",
    "The CD includes a viewer: RUN.EXE and AUTORUN.INF — patients can't open it on Mac",
    "DICOMweb: GET /studies/1.2.3/series/4.5.6/instances?includefield=00080060",
    "WADO-RS returns multipart/related; type=\"application/dicom\"",
    "QIDO query ?PatientName=SMITH*&StudyDate=20240101-",
    "Tag (0018,0015) BodyPartExamined = 'CHEST' but the protocol is abdomen",
    "Window preset 'lung': W 1500 L -600; 'bone': W 2000 L 300",
    "file name pattern {AccessionNumber}_{SeriesNumber}_{InstanceNumber}.dcm",
    "Specific Character Set: ISO 2022 IR 87 for the Japanese site — 山田^太郎",
]
def dicom_t():
    tag = rng.choice(["(0008,0060)", "(0008,103E)", "(0018,0050)", "(0020,0011)", "(0028,0030)", "(0010,0040)", "(0008,0050)"])
    mod = rng.choice(["CT", "MR", "CR", "DX", "US", "MG", "PT", "NM"])
    issue = rng.choice(["is missing", "is blank", "differs from the RIS value", "has an odd length", "is correct", "was overwritten by the router"])
    return f"{mod} study, tag {tag} {issue} (series {rng.randint(1, 12)})"
CATS.append(("dicom", DICOM, dicom_t))

# ---------------------------------------------------------------- report
REPORT = [
    "IMPRESSION: No acute intracranial abnormality.",
    "FINDINGS: The lungs are clear. No pleural effusion or pneumothorax. Heart size is normal.",
    "6 mm solid nodule in the right upper lobe (series 3, image 84). Per Fleischner 2017, CT at 6–12 months.",
    "Comparison: CT chest 2023-09-14. Interval decrease in the left lower lobe consolidation.",
    "Mild degenerative changes at L4-L5 and L5-S1 with disc bulge; no high-grade canal stenosis.",
    "BI-RADS 2: Benign. Recommend routine screening mammography in 1 year.",
    "Liver measures 17.2 cm (>16 cm), consistent with mild hepatomegaly.",
    "There is a 2.1 x 1.8 cm hypoattenuating lesion in segment VII, likely a cyst (<20 HU).",
    "Appendix is normal in caliber (5 mm). No periappendiceal fat stranding.",
    "TI-RADS 4 (TR4): 1.6 cm solid hypoechoic nodule, FNA recommended if ≥1.5 cm.",
    "Impression:\n1. Acute appendicitis without perforation.\n2. Incidental 1.1 cm left adrenal adenoma (−5 HU).",
    "No evidence of DVT in the right lower extremity from the common femoral to the popliteal vein.",
    "LI-RADS LR-5 observation, 2.4 cm, segment VIII — arterial phase hyperenhancement & washout.",
    "Fracture of the distal radius with 10° dorsal angulation; ulnar styloid intact.",
    "Critical result: left MCA territory infarct. Discussed with Dr. Okafor at 14:32 via phone.",
    "Limited study due to patient motion. Consider repeat if clinically indicated.",
    "Ejection fraction estimated at 55–60%. No pericardial effusion.",
    "Tubes/lines: ETT tip 4 cm above the carina; right IJ CVC tip at cavoatrial junction.",
    "Small hiatal hernia. Otherwise unremarkable upper GI series.",
    "**Findings**\n- Lungs: clear\n- Pleura: no effusion\n- Mediastinum: normal\n\n**Impression**: Normal chest radiograph.",
    "| Lesion | Prior | Current |\n|---|---|---|\n| RUL nodule | 4 mm | 6 mm |\n| LLL nodule | 3 mm | 3 mm |",
    "The patient's prior MRI (outside, 'Riverside Imaging') was not available for comparison.",
    "Diffuse bone marrow signal abnormality; differential includes infiltrative process vs. reconversion.",
    "Kidneys: right 11.2 cm, left 11.5 cm. No hydronephrosis. No calculi > 3 mm.",
    "Recommend correlation with LFTs & AFP; if AFP > 20 ng/mL consider multiphase MRI.",
    "Pulmonary embolism in the segmental branches of the right lower lobe; RV/LV ratio 0.9 (< 1.0).",
    "Coronary artery calcium score (Agatston): 0. CAC-DRS 0.",
    "Aortic root 4.1 cm → annual surveillance suggested.",
    "Bilateral breast implants, intact. No suspicious mass, calcification, or architectural distortion.",
    "Gallbladder wall 4 mm, sonographic Murphy sign negative. CBD 5 mm.",
    "Post-surgical changes of right hemicolectomy. No evidence of recurrence.",
    "ADDENDUM: The left hip fracture was discussed with the ED physician (Dr. García-Núñez) at 03:15.",
    "Befund: Keine Raumforderung. Kein Nachweis einer Blutung. Mittellinienstrukturen nicht verlagert.",
    "Conclusion : pas d’anomalie parenchymateuse pulmonaire. Pas d’épanchement pleural.",
    "Impresión diagnóstica: colelitiasis sin signos de colecistitis aguda.",
    "所見：右肺上葉に6mmの結節を認めます。前回より増大。",
    "结论：双肺未见明显异常，建议年度复查。",
    "Заключение: признаков острой патологии не выявлено.",
    "Known 'ground-glass' opacity in the lingula is stable since 2021 (>2 years) — benign behavior.",
    "Thyroid: heterogeneous, several subcentimeter nodules, none meeting criteria for FNA.",
    "Prostate volume 48 cc; PI-RADS 3 lesion in the left peripheral zone at mid-gland.",
    "Kellgren-Lawrence grade 3 osteoarthritis, medial compartment > lateral.",
    "Severe stenosis (>70%) of the proximal right ICA by NASCET criteria.",
    "DEXA: L1–L4 T-score −2.6 (osteoporosis); femoral neck T-score −1.9 (osteopenia).",
    "The union of the scaphoid fracture is now complete; no avascular necrosis.",
    "Old healed rib fractures on the left (ribs 6-8). Drop in lung volumes compared with prior.",
    "No interval change. Select images were sent to the referring office.",
    "Hypodense lesion <1 cm, too small to characterize (TSTC).",
    "Brain MRI: scattered T2/FLAIR white matter hyperintensities, Fazekas grade 1.",
    "SUVmax 7.8 (prior 12.4) in the mediastinal node, partial metabolic response per PERCIST.",
]
def report_t():
    organ = rng.choice(["liver", "spleen", "pancreas", "left kidney", "right kidney", "thyroid", "right ovary", "prostate"])
    size = f"{rng.randint(3, 45) / 10:.1f}"
    desc = rng.choice(["simple cyst", "hemangioma", "indeterminate lesion", "calcification", "hypoechoic nodule", "benign-appearing lesion"])
    rec = rng.choice(["no follow-up needed", "follow-up ultrasound in 6 months", "MRI recommended", "correlate clinically", "stable vs prior"])
    return f"{size} cm {desc} in the {organ}; {rec}."
CATS.append(("report", REPORT, report_t))

# ---------------------------------------------------------------- technologist notes
TECH = [
    "Pt unable to hold breath, repeated series 3",
    "Contrast: 100 mL Omnipaque 350 @ 3 mL/s via 20G R AC. No reaction.",
    "Creatinine 1.4 (eGFR 48) — ok'd by Dr. Haddad for IV contrast, hydration ordered",
    "Patient removed hearing aids & dentures before MRI; earplugs given",
    "Premedicated: prednisone 50 mg at 13h, 7h & 1h + diphenhydramine 50 mg 1h prior",
    "Extravasation ~20 mL at left antecubital; elevated, cold compress, form filed",
    "Pacemaker MR-conditional (Medtronic Azure) — cardiology present, mode changed to SOO",
    "Pt weight 142 kg, table limit 227 kg — OK",
    "Child sedated by anesthesia; scan time 18 min",
    "Pregnancy test negative (urine hCG) at 09:40",
    "Scout only; patient refused the rest of the exam, says she'll 'come back Tuesday'",
    "Retake due to rotation, 2 exposures total",
    "Lead apron used for gonadal shielding per parent's request",
    "Used 8-channel knee coil instead of 16 — 16 is out for repair",
    "Patient arrived 25 min late; exam shortened (skipped sagittal PD FS)",
    "Metal artifact from L hip arthroplasty — added MAR recon",
    "Interpreter (Portuguese) via video; consent signed",
    "Drop of O2 sat to 91% during scan, nurse notified, recovered at 96% on 2 L",
    "Echo: 'foreign body in eye?' → orbits X-ray cleared before MRI",
    "Lasix 10 mg given for MRU per protocol",
    "Patient states 'I've had a reaction to iodine before' — only hives, 2015",
    "Tech: J. O'Connor / 2nd tech: M. Ruiz",
    "Pt can't lie flat > 10 min; did prone scan instead",
    "Exam done portable in ICU bed 12, grid used",
    "Scanned with arms down due to shoulder injury, expect streak artifact",
    "Breast biopsy clip placed (ribbon-shaped), post-clip mammogram done",
    "Bowel prep incomplete, radiologist aware",
    "Echo planar sequences repeated × 2 due to motion",
    "Pt is deaf — communicated via writing; squeeze ball explained",
    "Saline flush 40 mL; power injector pressure limit 300 psi",
    "Cancelled: IV access failed x3, referred to IR for PICC",
    "Implant card: Cochlear Nucleus 7 — NOT MR safe at 3T; rescheduled to 1.5T",
    "Paciente con claustrofobia, se administró lorazepam 1 mg VO",
    "Patientin nüchtern seit 6 Uhr, Kontrastmittel gut vertragen",
    "Patient très anxieux ; examen réalisé avec casque audio et musique",
    "Dose: DLP 612 mGy·cm > DRL 600 → dose notification reason: obese pt",
    "Fluoro time 3.2 min, 14 spot images, air kerma 58 mGy",
    "US: gel warmer broken, cold gel used, pt tolerated",
    "Scan ok, sent to PACS; series 5 & 6 still 'pending' in the queue",
    "Weight bearing views per ortho request (standing AP both knees)",
    "Delayed images at 10 min for the urinary phase",
    "Pt ate breakfast <2 h before — HIDA postponed",
    "Left side marker was missing on the image; annotated with 'L' post-processing",
    "Order said R knee but pt says L — verified with ordering MD, changed to L",
    "Patient asked for a copy of the images on USB; sent to film library",
    "PET: glucose 104 mg/dL, 370 MBq FDG at 08:12, uptake 60 min",
    "Claustro — gave the 'open bore' option; pt declined, did 1/2 of protocol",
    "Mammo: implants displaced (Eklund) views CC & MLO bilateral",
    "Repeat DWI with b=0,800 only; b=1400 too noisy",
    "Wheelchair transfer with 2-person assist & slider board",
]
def tech_t():
    a = rng.choice(["Pt tolerated exam well", "Motion on series", "Repeat needed for series", "Contrast timing off on series", "Artifact noted on series"])
    n = rng.randint(2, 9)
    who = rng.choice(["JO", "MR", "TK", "AL", "SB", "PN"])
    room = rng.choice(["CT1", "CT2", "MR3T", "MR1.5", "XR4", "US2"])
    return f"{a} {n} — {room}, tech {who}"
CATS.append(("tech_note", TECH, tech_t))

# ---------------------------------------------------------------- worklist
WORKLIST = [
    "ACC2024031100042 | CT CHEST W/O | O'BRIEN, SIOBHAN | 09:00 | CT2",
    "MRI L-spine w/o — r/o disc herniation, L5 radiculopathy",
    "STAT: CTA head & neck, code stroke, LKW 13:05",
    "XR chest 2 views (PA & lateral) — cough x 3 weeks",
    "US abdomen RUQ; RUQ pain, fever; r/o cholecystitis",
    "Screening mammo (bilateral) with tomo",
    "CT A/P w/ contrast — LLQ pain, hx diverticulitis",
    "MRI brain w/ & w/o gad — MS follow-up",
    "Reason for exam: fall from ladder, ?C-spine fx",
    "PET/CT skull base to mid-thigh, restaging lymphoma",
    "NM bone scan whole body — PSA rising (4.2 → 7.9)",
    "XR R wrist 3V: FOOSH",
    "Priority: routine | Status: scheduled | Room: MR1",
    "US venous duplex LLE; calf swelling; D-dimer > 500",
    "CT head w/o; headache 'worst of life'; onset 2h",
    "Fluoro barium swallow — dysphagia to solids",
    "DEXA — postmenopausal, on steroids > 3 months",
    "MRCP; dilated CBD 9 mm on US",
    "CT sinus (low dose) — chronic sinusitis pre-op (FESS)",
    "Pediatric XR chest: 'fever & cough, ?pneumonia' — age 4",
    "Cardiac MRI: viability; prior MI (LAD territory)",
    "Breast US targeted 10 o'clock 4 cm FN, palpable lump",
    "CT chest PE protocol, Wells score 6",
    "IR: US-guided thyroid FNA, nodule 1.8 cm",
    "MRI knee R: twisting injury, ?ACL/meniscus",
    "XR pelvis + L hip 2V: hip pain post fall",
    "CT urogram — hematuria, smoker, age 67",
    "MR prostate multiparametric, PSA 6.8, PI-RADS for biopsy planning",
    "Walk-in: XR ankle L 3 views (Ottawa rules positive)",
    "CT coronary calcium score — self-pay",
    "US OB 20 wk anatomy scan, G2P1",
    "Cancelled — duplicate order (see ACC2024031100039)",
    "Rescheduled to 03/18 per patient request",
    "Arrived · in room · scanning · done",
    "MRI shoulder arthrogram: gadolinium intra-articular, fluoro-guided injection first",
    "Worklist filter: modality=CT & status=arrived & room in (CT1, CT2)",
    "CT head w/o — ED bay 4 — NPO — allergy: iodinated contrast (hives)",
    "XR abdomen 1V: NG tube placement check",
    "MRI orbits w/ fat sat — vision loss left eye",
    "Outside images to import: CD from St. Mary's, 2 studies",
    "CT chest low-dose lung cancer screening (LCS), 30 pack-years, quit 2019",
    "US renal: AKI, Cr 2.1 ↑ from 0.9",
    "Echo stress — not radiology, wrong queue",
    "XR skeletal survey — non-accidental trauma protocol",
    "MRI pelvis female: endometriosis protocol",
    "CT facial bones: assault, nasal bone deformity",
    "US testicular w/ Doppler: acute pain, r/o torsion — STAT",
    "MRI cervical spine w/o: myelopathy signs",
    "CT angiography runoff: claudication < 100 m",
    "Mammo diagnostic R: nipple discharge (bloody)",
]
def worklist_t():
    exam = rng.choice(["CT HEAD W/O", "MRI BRAIN W/WO", "XR CHEST 2V", "US ABD COMPLETE", "CT A/P W CON", "MR KNEE R", "MAMMO SCREEN BIL"])
    name = rng.choice(["O'CONNOR, LIAM", "NGUYEN, ANH", "MÜLLER, KATJA", "D'AMATO, LUCA", "OKAFOR, CHIDI", "SMITH-JONES, AVA", "GARCÍA, LUCÍA"])
    return f"ACC2024{rng.randint(301, 331):04d}{rng.randint(1, 999):05d} | {exam} | {name} | {rng.randint(7, 19):02d}:{rng.choice(['00', '15', '30', '45'])}"
CATS.append(("worklist", WORKLIST, worklist_t))

# ---------------------------------------------------------------- protocol
PROTOCOL = [
    "CT Chest PE — 100 mL @ 4 mL/s, bolus tracking on main PA, threshold 100 HU",
    "MR Brain Routine: SAG T1, AX T2, AX FLAIR, AX DWI (b0/b1000), AX SWI, COR T2",
    "CT Abdomen/Pelvis Portal Venous (70 s delay)",
    "Liver MRI w/ Eovist: dynamic arterial (late), portal, transitional, 20 min hepatobiliary",
    "Stroke protocol: NCCT → CTA H&N → CT perfusion",
    "Low-dose CT KUB for stones: 120 kV → 100 kV for BMI < 30",
    "MR Prostate (PI-RADS v2.1): T2 3 planes, DWI b-high ≥ 1400, DCE",
    "Renal mass protocol: non-con, corticomedullary (30 s), nephrographic (100 s), excretory (8 min)",
    "CTA aorta TAVR planning, ECG-gated, 10%–90% phases",
    "MRI Knee: PD FS sag/cor/ax, T1 cor, PD sag",
    "Pediatric head CT — 'Image Gently' settings, 80 kV, no repeat scouts",
    "Cardiac MR: cine SSFP, LGE 10 min post gad, T1 mapping (MOLLI)",
    "Breast MR: pre, 1st post at 90 s, 5 post-contrast phases, subtraction",
    "Pancreas protocol: pancreatic phase 40–45 s, portal venous 70 s",
    "MSK tumor: T1, STIR, T2 FS, post-gad T1 FS, DWI",
    "CT Head Trauma: axial 5 mm + 0.625 thin, sag/cor MPR, bone kernel",
    "MRI Pituitary: thin 2–3 mm coronal dynamic",
    "MR Enterography: oral VoLumen 1350 mL over 60 min, glucagon 0.5 mg IV",
    "CT Colonography: CO2 insufflation, prone & supine",
    "IAC protocol: 3D CISS/FIESTA 0.6 mm",
    "Protocol name too long for the scanner (max 64 chars): 'MR LIVER MRCP W WO CONTRAST EOVIST WITH HEPATOBILIARY PHASE 20MIN'",
    "Rename 'CT_CHEST_WO_<old>' to 'CT CHEST W/O CONTRAST' in the protocol library",
    "Does the 'order by body part' view of the protocol tree also sort by modality?",
    "CT Sinus Low Dose: 100 kV, ref mAs 25, iterative recon level 3",
    "MRA Circle of Willis: 3D TOF, no contrast",
    "Spine MS protocol: SAG STIR, SAG T2, SAG T1 post — include C & T spine",
    "Pulmonary nodule follow-up: low dose, 1 mm recon, MIP 10 mm",
    "Dual-energy gout: 80/150Sn kV, urate color map",
    "MR Shoulder arthrogram: T1 FS ax/cor/sag + ABER",
    "Protocol v3.2 → v3.3 changelog: removed redundant COR T1; added DIXON",
    "CT Temporal bones: 0.5 mm, ultra-high-res mode, no contrast",
    "Fetal MRI: HASTE 3 planes, breath-hold not required",
    "Whole-body MRI (WB-DWI) for myeloma: b50/b900, STIR coronal",
    "PET/CT: 3.7 MBq/kg FDG, 60 min uptake, 2 min/bed",
    "Adrenal washout CT: non-con, 60 s, 15 min delay; absolute washout > 60% = adenoma",
    "Pediatric appendicitis: US first → MRI (no contrast) if equivocal",
    "MR Hip: AX/COR T1, COR STIR, oblique axial PD FS — both hips FOV for AVN",
    "Protokoll: MRT Schädel nativ + KM, 3 Tesla",
    "Protocole IRM genou : DP FS sagittal, coronal, axial",
    "CT Chest/Abd/Pelvis oncology: single portal venous phase, 2.5 mm",
    "MRI TMJ: open & closed mouth PD sagittal oblique",
    "CT perfusion 'tmax > 6 s' volume + 'CBF < 30%' core thresholds",
    "Protocol for patients > 200 kg: use the 80 cm bore CT only (CT3)",
    "Wrist MRI: 1.5 mm PD FS coronal; small FOV 8 cm",
    "MRI brachial plexus: 3D STIR SPACE with MIP",
    "Protocol drop-down should say 'Select protocol…' until chosen",
    "Gd dose: 0.1 mmol/kg gadobutrol (0.1 mL/kg); max 15 mL",
    "XR scoliosis: PA standing full spine, EOS if available",
    "MR Defecography: 120 mL ultrasound gel rectal, sag TrueFISP dynamic",
    "MRV head: 2D TOF coronal or post-contrast 3D",
]
def protocol_t():
    mod = rng.choice(["CT", "MR", "US", "XR", "NM"])
    part = rng.choice(["Head", "Neck", "Chest", "Abdomen", "Pelvis", "Knee", "Shoulder", "Spine", "Ankle"])
    var = rng.choice(["W/O", "W/WO", "W CON", "Low Dose", "Routine", "Follow-up", "Trauma"])
    return f"{mod} {part} {var} v{rng.randint(1, 5)}.{rng.randint(0, 9)}"
CATS.append(("protocol", PROTOCOL, protocol_t))

# ---------------------------------------------------------------- integration errors
INTEG = [
    "ERROR 2024-03-11T08:45:13Z hl7-listener: MSH segment missing, message discarded (len=0)",
    "Interface engine: 'Unable to map OBR-4 code 71250 — no entry in lookup table RAD_CPT'",
    "C-STORE-RSP status 0xA900 (dataset does not match SOP class) from AE VNA_MAIN",
    "Association rejected: called AE title not recognized (PACS_ARCHIVE vs PACS_ARCH)",
    "DICOM timeout after 30 s on port 11112; firewall team says the rule is in place",
    "Worklist empty on MR2 since the RIS upgrade — C-FIND SCP returns 0 items",
    "java.net.SocketTimeoutException: Read timed out at ReportSender.send(ReportSender.java:214)",
    "Reconciliation queue has 412 studies 'unverified' — PID mismatch after ADT^A40 merge",
    "HTTP 413 Payload Too Large when posting the tomo study to /dicomweb/studies",
    "Error: ORU^R01 ACK timeout > 120 s (retry 3/3)",
    "The nightly job 'purge_tmp_studies' failed: disk /var/pacs/cache is 98% full",
    "WARN: duplicate SOPInstanceUID 1.2.840.113619.2.55.3.1234 — kept newest",
    "Report status stuck in 'Preliminary' — signing from the mobile app returns 'Token expired'",
    "Connection refused: 10.12.0.44:2575 (MLLP)",
    "MLLP framing error: expected 0x0B start block, got 'M'",
    "TLS handshake failed: certificate for pacs.hospital.local expired on 2024-03-01",
    "Query 'select all studies where accession is null' returns 37 rows in the QA dashboard — expected?",
    "Import log: 124 files OK, 3 skipped (not DICOM: Thumbs.db, .DS_Store, README.TXT)",
    "Routing rule 'CT -> AI_NODULE' not firing; condition Modality == \"CT\" && BodyPart contains \"CHEST\"",
    "ERROR in voice recognition: microphone not found (USB PowerMic III)",
    "Stack trace attached: NullPointerException at com.vendor.ris.order.OrderMapper.map(OrderMapper.java:88)",
    "Epic Radiant → PACS: order arrived but no ZDS so the study UID was generated by the modality",
    "Retry policy: 5 attempts, backoff 2^n seconds, then dead-letter queue",
    "The HL7 feed stalled at 02:14; restarting the channel cleared 1,832 queued messages",
    "Webhook to https://ris.hospital.example/api/v2/orders/ACC2024031100042/status returned 502",
    "AI results (SR) rejected: 'Unknown template TID 1500'",
    "CD burner robot error E-17: ink cartridge empty",
    "After the Windows update the viewer asks for .NET 4.8 again",
    "Log: user=jdoe action=open study=ACC2024031100042 result=denied reason='break-the-glass required'",
    "Failed to parse date '2024-02-30' in PID-7",
    "Character 'é' became 'Ã©' in the report → double UTF-8 encoding somewhere between RIS and portal",
    "Error 0x0122 Refused: SOP Class not supported — the ultrasound sends Multi-frame True Color",
    "prefetch rule: priors for same body part, last 3 years, max 5 studies — ran 0 times yesterday",
    "/opt/mirth/logs/mirth.log rotated but channel RAD_ORM still writes to the old handle",
    "Sync between RIS and PACS is off by 1 hour since DST (UTC vs local)",
    "Worklist shows 'Patient, Unknown' for trauma patients until the A08 arrives",
    "Compression job failed: JPEG-LS not supported for 16-bit signed pixel data",
    "Downtime procedure: use paper requisitions, reconcile afterwards with ORC-2 numbers",
    "The viewer shows 'Study contains 0 images' but the archive has 1,204 instances",
    "LDAP login to PACS fails for users with an apostrophe in the CN (O'Reilly)",
    "502 Bad Gateway from nginx in front of the zero-footprint viewer at /viewer/?study=1.2.3",
    "Dose monitoring import: 'Invalid RDSR, missing (0040,A730) ContentSequence'",
    "ADT A34 merge events are ignored by the VNA; only A40 supported",
    "Mismatch: RIS accession ACC2024031100042, DICOM (0008,0050) = 2024031100042 (prefix stripped)",
    "Interface engine CPU at 100%; regex on OBX-5 with .* backtracking?",
    "SFTP to the teleradiology partner: Permission denied (publickey)",
    "Critical results notification e-mail bounced: 550 5.1.1 <dr.okafor@hospital.example> user unknown",
    "Error: 'Could not lock order 55120 — being edited by user mruiz'",
    "Modality performed procedure step (MPPS) 'DISCONTINUED' not updating the RIS status",
    "The export to research folder \\\\fileserver\\research\\anon$\\2024 fails with access denied",
]
def integ_t():
    code = rng.choice(["0xA700", "0xA900", "0xC000", "0x0122", "E-17", "HTTP 502", "HTTP 504", "AR", "AE"])
    node = rng.choice(["VNA_MAIN", "PACS_ARCH", "CT2_WEST", "MR1_EAST", "RIS_PROD", "AI_NODE"])
    return f"{code} from {node} at {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, {rng.randint(1, 400)} messages queued"
CATS.append(("integration", INTEG, integ_t))

# ---------------------------------------------------------------- settings
SETTINGS = [
    "CT2_WEST",
    "PACS_ARCHIVE@10.20.4.15:104",
    "https://pacs.hospital.example/viewer/",
    "\\\\imgsrv01\\dicom_import$\\inbox",
    "/var/lib/orthanc/db-v6",
    "Default window preset: Lung",
    "hanging protocol: 2x2, current left, prior right",
    "Prefetch priors: 3",
    "Auto-logout after 15 min",
    "Study date format: YYYY-MM-DD",
    "Signature: Dr. Siobhan O'Brien, MD — Diagnostic Radiology",
    "Report footer: This report was generated with speech recognition; minor errors may occur.",
    "notification_email=rad-ops@hospital.example",
    "Macro: .nml → 'No acute abnormality.'",
    "Macro: .pe → 'No evidence of pulmonary embolism to the segmental level.'",
    "Template variable {{patient_age}} and {{exam_date}} in the header",
    "Worklist columns: Priority, Accession, Patient, Exam, Status, Assigned",
    "Filter: status != 'final' AND modality IN ('CT','MR')",
    "Theme: dark",
    "Language: Deutsch",
    "Time zone: Europe/Zurich",
    "AE title regex ^[A-Z0-9_]{1,16}$",
    "Auto-route rule: if Modality = MG then send to MAMMO_AI && VNA",
    "Export path: C:\\Users\\Public\\Documents\\PACS Exports\\",
    "Keyboard shortcut: Ctrl+Shift+L = toggle localizer lines",
    "Priority order: STAT > ASAP > Routine",
    "Cache size 200 GB; evict oldest > 30 days",
    "Dictation mic button mapping: F4 = record, F5 = stop",
    "DICOM port 11112",
    "MLLP listener 0.0.0.0:2575",
    "Preferred name format: LAST, First M.",
    "Anonymization profile: DICOM PS3.15 Basic + Retain Dates",
    "Header logo URL https://cdn.hospital.example/logo/radiology.png",
    "Critical result callback number: +1 (555) 013-2244",
    "Out-of-office message: Back on 3/18 — contact @rad-oncall for urgent reads",
    "Hotkeys: W/L = left drag, zoom = right drag, pan = middle",
    "Measurement units: mm (not cm)",
    "Display 'DLP > 1000 mGy·cm' as a red warning",
    "Enable: show prior reports side-by-side ✔",
    "Voice command 'next field' = [TAB]",
    "Comma-separated list of reading rooms: Neuro,Body,MSK,Breast,Peds",
    "${RIS_HOME}/conf/routing.xml (set by the installer)",
    "Cron for the nightly QA report: 0 2 * * *",
    "Retention: 7 years adults; until age 25 for pediatrics",
    "Sort worklist by: Priority desc, then Scheduled time asc",
    "Calendar feed URL (read only): https://ris.hospital.example/calendar/ics?room=MR1",
    "Default layout for mammo: R CC | L CC / R MLO | L MLO",
    "SMTP relay mail.hospital.example port 587 STARTTLS",
    "Stamp text: 'PRELIMINARY — NOT FOR CLINICAL USE'",
    "Overlay: show <PatientName> <PatientID> top-left, <StudyDate> top-right",
]
def settings_t():
    key = rng.choice(["prefetch.days", "viewer.preset", "worklist.refresh_s", "report.font_size", "cache.max_gb", "autologout.min"])
    val = rng.choice(["30", "60", "120", "14", "Lung", "Bone", "Brain", "200", "15"])
    return f"{key} = {val}"
CATS.append(("settings", SETTINGS, settings_t))

# ---------------------------------------------------------------- search / chat
SEARCH = [
    "ct chest o'brien",
    "accession ACC2024031100042",
    "MRN 00482913",
    "pulmonary nodule follow up fleischner",
    "\"ground glass\" AND lingula",
    "bi-rads 4 biopsy last month",
    "studies with DLP > 1000",
    "who's on call for neuro tonight?",
    "Can someone read the STAT CTA in bay 4? Neuro is backed up.",
    "Thanks @Dr.Haddad, I'll drop the thin-slice series from the routing and keep the 5 mm ones.",
    "FYI the union between RIS and PACS worklists has duplicates again — I'll select the older ones and cancel",
    "Please don't drop the table while the patient is on it 😅",
    "Does anyone know why the order by date on the worklist is reversed after the update?",
    "MRI schedule Friday is full; can we add a slot at 19:30?",
    "The 'sleep study' isn't ours — redirect to neurology",
    "Tip: in the viewer, hold Shift & scroll to change slab thickness",
    "cat scan vs ct scan — same thing, patients still call it CAT scan",
    "Can we rename exam code CT_HEAD_WO → CTHEADWO? The dash/underscore breaks the export script",
    "Found it: the files were under ../exports/2024-03 instead of ./exports/2024-03",
    "use `dcmdump -M file.dcm | less` to see the headers quickly",
    "Run `findscu -S -k QueryRetrieveLevel=STUDY -k AccessionNumber=ACC2024* pacs 104` to check",
    "On the reading room PC: cd C:\\PACS && start viewer.exe — that's how the shortcut works",
    "For the upgrade weekend: stop the listener && back up the DB; then restart",
    "Echo $PATH on the DICOM router shows the old dcmtk bin first",
    "<3 thank you all for covering my shift",
    "The report says 'Mass < 1 cm' but the template turned '<' into &lt; in the PDF",
    "Is 'L > R' or 'R > L' the convention for asymmetric findings in your group?",
    "Pregnant? y/n — the checkbox defaults to 'n' which is dangerous",
    "-- signed by resident, pending attending review --",
    "Note from transport: pt in room 412-B, needs O2 (2 L) | isolation: contact",
    "merci pour la relecture rapide !",
    "¿Alguien sabe si el TC 2 ya funciona?",
    "Kann jemand die Vorbefunde von Frau Schäfer aus dem Archiv holen?",
    "放射科值班医生是谁？",
    "今日のMR2は午後から点検です",
    "The nuclear med hot lab needs the dose calibrator QC sheet by 5pm",
    "Drop-in session on the new dictation templates: Tue 12:00, room B-204",
    "Who deleted the 'Chest – ICU portable' macro? I need it back.",
    "select * from my brain — need coffee before reading 40 chest x-rays ☕",
    "If the CR reader shows 'cassette error', wipe the barcode & re-insert",
    "Our SOP: order → protocol → scan → QA → read → sign → distribute",
    "Price for outside read: $85 per study; ${n} studies invoiced monthly (n from the billing sheet)",
    "Does the 'Union Hospital' outside CD need import or just view?",
    "Link to the new policy: https://intranet.hospital.example/policies/rad/contrast-reactions.pdf?v=3&lang=en",
    "emergency contrast reaction kit is in CT2 cabinet top drawer (epi 1:1000)",
    "I'll be in 'sleep' mode after the night shift — text only for emergencies",
    "rad-reading-room@hospital.example",
    "shift swap: Mon ↔ Thu with Dr. Petrov?",
    "The AI flag for ICH was a false positive (calcified falx) — sent feedback",
    "1 + 1 = 2 views needed for the scaphoid series, plus the scaphoid-specific one",
]
def search_t():
    what = rng.choice(["ct head", "mr knee", "us abdomen", "xr chest", "mammo", "pet ct", "dexa"])
    who = rng.choice(["o'brien", "nguyen", "müller", "d'amato", "okafor", "garcía", "kowalski"])
    when = rng.choice(["today", "last week", "2023", "march", "since jan", ""])
    return f"{what} {who} {when}".strip()
CATS.append(("search_chat", SEARCH, search_t))

# ---------------------------------------------------------------- order comments
ORDERCOMMENT = [
    "Please compare with the outside CT from 02/2024 (CD dropped at front desk)",
    "Pt has port-a-cath on the right; use it for contrast if power-injectable",
    "Needs interpreter: Tigrinya",
    "Patient is a Jehovah's Witness — not relevant for imaging but note for IR",
    "Allergies: shellfish (not a contrast allergy!), latex",
    "Clinical history: 58 y/o M, weight loss 8 kg in 3 months, smoker 40 pk-yr",
    "Referring: Dr. Aoife Ní Bhriain, Oncology — copy to Dr. D'Souza",
    "Hx: breast ca (L) s/p lumpectomy 2019 & XRT; new back pain",
    "Known CKD stage 3b; please do non-contrast if possible",
    "Post-op day 2 after Whipple; rule out leak",
    "Question: 'is the 3 mm nodule the same as 2022?'",
    "Patient prefers a female technologist for the pelvic US",
    "Wheelchair, can stand with assistance; weight 98 kg",
    "Please include the T12 level — fracture seen on chest X-ray",
    "Parent will stay in the room; child is 6 and anxious",
    "Pt is on metformin — hold 48 h after contrast per our policy?",
    "Patient has an insulin pump (Omnipod) — remove before MRI",
    "FOLLOW UP: LR-3 observation from 09/2023, 6-month interval",
    "Ordered by mistake; please cancel and replace with MRI L-spine",
    "STAT read requested; surgeon waiting in OR 5",
    "Patient's name is spelled Zoë (with diaeresis) — please fix the wristband",
    "Aunt & uncle are legal guardians; consent form in chart",
    "Pt was told 'no food after midnight' but ate toast at 7 — proceed?",
    "C/o pain 8/10 > 3 days; NSAIDs not helping",
    "Lab: Cr 0.8, eGFR > 90, INR 1.1, Plt 240",
    "Previous exam at 'Imaging Center North' — request via PowerShare",
    "Prior reaction: mild urticaria to gadolinium (2021)",
    "Research study NCT01234567 — use protocol 'RES_LIVER_V2'",
    "Please perform with sedation (pediatric, 3 y/o); anesthesia booked 08:00",
    "Pt has a vagus nerve stimulator; MR-conditional at 1.5T only, head coil transmit/receive",
    "Height 1.62 m; weight 51 kg; BMI 19.4",
    "Surgeon asks for 3D recon of the acetabulum (for pre-op planning)",
    "Patient ID wristband says O'Neill; RIS says ONeill — same person, DOB matches",
    "Order comment: 'r/o PE vs. pneumonia; D-dimer 1.8 µg/mL'",
    "Please don't call between 12–2 pm; pt works night shift",
    "Insurance pre-auth #PA-88213-A approved through 04/30",
    "Outside films: 'two X-rays from urgent care, knee, left'",
    "Pt's daughter (Mei Lin) speaks for her: 079 555 01 23",
    "Dx: S/P MVC, seat belt sign on abdomen",
    "Can be done as add-on to the 14:00 CT?",
    "Repeat in 3 months if the nodule <8 mm; otherwise PET",
    "Requested by tumor board 3/12; please have it read by 3/19",
    "History: 'pain in the ass after fall' (verbatim from patient)",
    "Bring the previous reports: 2021-05-10, 2022-11-02, 2023-08-30",
    "Pt has a tattoo with metallic ink on the forearm; warned about warmth",
    "Order via e-mail from referring clinic: imaging@clinic-west.example",
    "No IV access in arms (lymph node dissection both sides) — use foot",
    "Please use the small-bore MRI; patient is 1.45 m & 40 kg",
    "Pt wants results via the portal only, no phone calls",
    "Is the exam covered? \u201cMedical necessity\u201d letter attached",
]
def order_t():
    hx = rng.choice(["r/o fracture", "r/o PE", "f/u nodule", "staging", "pain", "trauma", "post-op check"])
    age = rng.randint(1, 95)
    sex = rng.choice(["M", "F"])
    return f"{age} y/o {sex}, {hx}; prior study {rng.randint(2015, 2024)}"
CATS.append(("order_comment", ORDERCOMMENT, order_t))


def main():
    out = []
    n = 0
    for cat, lits, tmpl in CATS:
        assert len(lits) >= 50, (cat, len(lits))
        assert len(set(lits)) == len(lits), cat
        vals = list(lits[:PER_CATEGORY])
        seen = set(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            v = tmpl()
            tries += 1
            if v in seen and tries < 10000:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            out.append(json.dumps({"id": f"{PREFIX}-{n:05d}", "category": cat, "label": "benign", "value": v},
                                  ensure_ascii=False))
    assert len(CATS) == 10
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {len(out)} values to {path}")


if __name__ == "__main__":
    main()
