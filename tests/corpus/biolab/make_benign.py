"""Benign held-out values for the biolab corpus (molecular-biology LIMS / bioinformatics core).

Every value is text a real user of a lab information system, electronic lab notebook
or sequencing-core portal would type into an ordinary field: sample names and barcodes,
plate maps, FASTA headers and short sequences, primer designs, protocol steps, pipeline
commands and configs, data file paths, QC reports, freezer inventory, ELN notes and
data-sharing requests.  The values are hard negatives on purpose: primes (5'-...-3'),
pipes in FASTA headers and shell pipelines, braces in Snakemake wildcards, $ in SLURM
variables, relative ../ paths in workflow configs, and words like select, union, drop,
exec, eval, sleep, script, alert, system and passwd in their everyday lab meaning.

All literals below were written by hand for this corpus.  A minority of values per
category is produced by small template functions over hand-written pools, using a
fixed random.Random(SEED) so the output is byte-identical on every run.

Usage: python3 make_benign.py   (writes benign.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 7101
PREFIX = "hb71"
PER_CATEGORY = 80
OUT = Path(__file__).with_name("benign.jsonl")


# ---------------------------------------------------------------------------
# 1. sample_ids: sample names, barcodes, index pairs, plate-map entries
# ---------------------------------------------------------------------------
SAMPLE_IDS = [
    "HEK293T_sgTP53-2_rep1_S7_L001",
    "WT-liver-M3 (re-extracted 2024-03-11)",
    "KO_Δexon4_mouse#12",
    "Patient 0417 – PBMC, day 0 / pre-dose",
    "Sample 'B7' swapped with 'B8' on the plate — corrected in sheet v3",
    "i7: ATTACTCG | i5: TATAGCCT",
    "UDI0042 (i7 CAGATCTG / i5 GTCTACAT)",
    "A1-A12 = standards 0–1000 ng/mL; B1-H12 = samples in duplicate",
    "Plate 3, wells C4..C9 empty (evaporation at the edge)",
    "E. coli K-12 MG1655 ΔlacZ::kan",
    "S. cerevisiae BY4741 (MATa his3Δ1 leu2Δ0 met15Δ0 ura3Δ0)",
    "Arabidopsis Col-0 × Ler F2 #143",
    "DNA conc <5 ng/µL – flagged, keep for re-prep",
    "mouse_liver_HFD_wk12 & chow_wk12 (pooled, n=4 each)",
    "Sample_ID=LIB-2024-0913-07;Project=HGSOC;Lane=2",
    "organoid P5 \"hi-Wnt\" condition, well D3",
    "K562 + 1 µM imatinib, 24 h",
    "THP-1 (PMA-differentiated) + LPS 100 ng/mL",
    "HeLa_siRNA#3_vs_scramble",
    "MCF7; ER+; passage 18",
    "iPSC line KOLF2.1J — clone C11 (karyotype OK)",
    "Drosophila w1118 ♀ heads, 3–5 d old",
    "C. elegans N2, L4 stage (20 °C)",
    "PDX-0456-P2 (mouse 3 of 5)",
    "Run 240517_A01234_0089_BHKJ3WDSXC lane 2",
    "10x barcode AAACCTGAGAAGGCCT-1 (cluster 7)",
    "12,LIB_012,CTGATCGT,GCGCATAT,Proj_Neuro",
    "RIP_IgG / RIP_anti-FLAG (input = 10%)",
    "ChIP_H3K27ac_rep2 -- input pooled from rep1+rep2",
    "96 samples on 2 plates; layout in 'manifest_final_FINAL(2).xlsx'",
    "ERCC spike-in mix 1 (1:100) added to all",
    "NTC / PC / blank in H10, H11, H12",
    "G7: 'no growth' -> drop from analysis",
    "select clones 4, 7 and 9 for expansion",
    "union of rep1 & rep2 (merged libraries)",
    "Échantillon n°12 – sol, Camargue (0–5 cm)",
    "Probe 7 (Maus, Niere) – Nachextraktion nötig",
    "muestra 23: hígado, ratón KO, 8 semanas",
    "検体No.0815 マウス脳・海馬",
    "样本S-17：小鼠肝脏，高脂饮食组",
    "Образец 5 – кровь, пациент 112",
    "amostra 41 – solo da Mata Atlântica, 0–10 cm",
    "campione 9: siero, paziente 031",
    "시료 22 - 대장암 조직 (FFPE)",
    "O'Brien lab donor 03 (initials withheld)",
    "CRISPR library 'Brunello' rep A, 500× coverage",
    "phage λ DNA (ladder control)",
    "HG002 (GIAB) 30× WGS",
    "NA12878 — positive control for the panel",
    "cfDNA_plasma_T0 (<10 ng input)",
    "EV-12 / 100,000 × g pellet",
    "S1→S24 renamed to LIB001→LIB024",
    "BW25113 ΔtolC (Keio JW5503-1)",
    "pUC19-GFP (AmpR) miniprep #4",
    "Control;Hypoxia 1% O2;6h",
    "cortex | L2/3 | left hemisphere",
    "pool_A = {S01..S12}, pool_B = {S13..S24}",
    "sex=F, age=34, BMI=22.1, smoker=no",
    "tube says 'M12' but sheet says 'M21' — which one?!",
    "Zebrafish AB, 24 hpf, MO-ctrl vs MO-tp53",
]

CELLS = ["HEK293T", "HeLa", "K562", "A549", "MCF7", "U2OS", "Jurkat", "THP-1",
         "HepG2", "iPSC-KOLF2", "RPE1", "MEF", "NIH3T3", "SH-SY5Y"]
CONDS = ["DMSO", "sgTP53", "siCTRL", "LPS-4h", "IFNγ-24h", "hypoxia", "+dox", "-dox",
         "vehicle", "EtOH", "Δ-serum", "TNFα-1h", "nutlin-3a", "heat-42°C"]
PLATE_CONTENT = ["NTC", "std 1:10", "std 1:100", "blank", "PC", "sample", "empty",
                 "ladder", "spike-in", "re-run"]


def t_sample_name(rng):
    return "{}_{}_rep{}_S{}".format(rng.choice(CELLS), rng.choice(CONDS),
                                    rng.randint(1, 4), rng.randint(1, 96))


def t_index_pair(rng):
    i7 = "".join(rng.choice("ACGT") for _ in range(8))
    i5 = "".join(rng.choice("ACGT") for _ in range(8))
    return "LIB{:03d}: i7 {} / i5 {}".format(rng.randint(1, 384), i7, i5)


def t_plate_well(rng):
    row = rng.choice("ABCDEFGH")
    col = rng.randint(1, 12)
    return "Plate {} {}{} – {}".format(rng.randint(1, 9), row, col, rng.choice(PLATE_CONTENT))


# ---------------------------------------------------------------------------
# 2. fasta: FASTA headers and short sequences
# ---------------------------------------------------------------------------
FASTA = [
    ">sp|P04637|P53_HUMAN Cellular tumor antigen p53 OS=Homo sapiens OX=9606 GN=TP53 PE=1 SV=4",
    ">NM_000546.6 Homo sapiens tumor protein p53 (TP53), transcript variant 1, mRNA",
    ">chr17:7661779-7687550(-)",
    ">ASV_17;size=1203;",
    ">contig_0001 len=15234 cov=43.2 circular=false",
    ">gRNA_TP53_ex5 target=GCTTGTAGATGGCCATGGCG PAM=CGG",
    ">read_0042/1 BC:Z:ACGTACGT",
    ">seq1 [organism=Escherichia coli] [strain=K-12] [gcode=11]",
    ">lcl|ORF1 [frame=+2] [start=34] [stop=1020] 328 aa",
    ">tr|A0A0B4J2F0|A0A0B4J2F0_HUMAN Protein PIGBOS1 OS=Homo sapiens OX=9606 GN=PIGBOS1 PE=1 SV=1",
    ">EGFP\nMVSKGEELFTGVVPILVELDGDVNGHKFSVSGEGEGDATYGKLTLKFICTTGKLPVPWPTLVTTLTYGVQCFSRYPDHMKQHDFFKSAMPEGYVQERTIFFKDDGNYKTRAEVKFEGDTLVNRIELKGIDFKEDGNILGHKLEYNYNSHNVYIMADKQKNGIKVNFKIRHNIEDGSVQLADHYQQNTPIGDGPVLLPDNHYLSTQSALSKDPNEKRDHMVLLEFVTAAGITLGMDELYK",
    ">FLAG-tag\nDYKDDDDK",
    ">HA\nYPYDVPDYA",
    ">6xHis-TEV\nHHHHHHENLYFQG",
    ">M13F(-20) binding site\nGTAAAACGACGGCCAGT",
    ">T7 promoter\nTAATACGACTCACTATAGGG",
    ">amplicon_16S_V4 515F/806R\nGTGCCAGCAGCCGCGGTAATACGGAGGATGCGAGCGTTATCCGGATTTATTGGGCGTAAAGGGCGCGTAGGCGG",
    ">SARS-CoV-2 ORF1ab fragment (nt 266-805)",
    ">SV40 NLS\nPKKKRKV",
    ">kozak+ATG\nGCCGCCACCATGG",
    ">seq_with_ambiguity\nATGRYKMSWNNNNACGTBDHVACGT",
    ">MT-CO1 barcode, specimen BIOUG-0731 (Diptera)",
    ">ENST00000269305.9|ENSG00000141510.18|TP53-201|protein_coding",
    ">scaffold_12|quiver|arrow polished x2",
    ">OTU_3 Bacteroides sp. 97% id (SILVA 138)",
    ">HLA-A*02:01:01:01",
    ">KIR2DL1*0030201 partial",
    ">lambda cos site\nGGGCGGCGACCT",
    ">read_17 length=151 mean_q=36.4 adapter=AGATCGGAAGAGC",
    ">my_seq; note: 'reverse complemented' already",
    ">consensus <N> masked where depth < 10",
    ">query_1 | BLASTn best hit: 99.2% id, e-value 3e-112",
    ">1 dna:chromosome chromosome:GRCh38:1:1:248956422:1 REF",
    ">MN908947.3 Severe acute respiratory syndrome coronavirus 2 isolate Wuhan-Hu-1, complete genome",
    ">AmpR (bla) CDS, 861 bp, from pUC19",
    ">lacZ-alpha MCS\nATGACCATGATTACGCCAAGCTTGCATGCCTGCAGGTCGACTCTAGAGGATCCCCGGGTACCGAGCTCGAATTC",
    ">miR-21-5p\nUAGCUUAUCAGACUGAUGUUGA",
    ">let-7a-5p\nUGAGGUAGUAGGUUGUAUAGUU",
    ">sgRNA scaffold (after U6 → spacer)\nGTTTTAGAGCTAGAAATAGCAAGTTAAAATAAGGCTAGTCCGTTATCAACTTGAAAAAGTGGCACCGAGTCGGTGC",
    ">peptide_7 (phospho-S) ...RRAS*LPV...",
    ">consensus_IGHV3-23*01",
    "ATGGCTAGCAAAGGAGAAGAACTTTTCACTGGAGTTGTCCCAATTCTTGTTGAATTAGATGGTGATGTTAATGGGCACAAATTTTCTGTC",
    ">seq1\nACGT\n>seq2\nTTGA\n>seq3\nGGCC",
    ">Homo_sapiens|GAPDH|exon_2 (hg19 → hg38 lifted)",
    ">ITS2|Fungi|Aspergillus fumigatus|UNITE SH1234567.08FU",
    ">barcode=TTAGGC;sample=S03;umi=NNNNNNNN",
    ">Proteína de fusión GST-Nanobody (clon 7)",
    ">Séquence consensus – souche LR-12 (Lyon)",
    ">ヒトGAPDH部分配列",
    ">大肠杆菌 16S rRNA 基因部分序列",
    ">Reverse complement of chr3:12345-12400",
    ">pLKO.1-puro shRNA TRCN0000003753 hairpin",
    ">insert_check: expected 1.2 kb, got 1.1 kb (Δ~100 bp?)",
    ">S. aureus mecA — detected (MRSA)",
    ">decoy_REV_sp|P00533|EGFR_HUMAN",
    ">contig_88+contig_89 joined with 100 N gap",
    ">Cas9 (SpCas9) N-term\nMDKKYSIGLDIGTNSVGWAVITDEYKVPSKKFKVLGNTDRHSIKKNLIGALLFDSGETAEATRLKRTARRRYTRRKNR",
]

GENES = ["GAPDH", "ACTB", "TP53", "MYC", "EGFR", "KRAS", "BRCA1", "CDKN2A", "SOX2",
         "PAX6", "rpoB", "gyrA", "recA", "lacZ", "HSP90", "CTNNB1", "FOXP3", "VEGFA"]


def _dna(rng, n):
    return "".join(rng.choice("ACGT") for _ in range(n))


GENE_ORG = [("GAPDH", "Homo sapiens"), ("ACTB", "Mus musculus"), ("TP53", "Homo sapiens"),
            ("Myc", "Mus musculus"), ("KRAS", "Homo sapiens"), ("sox2", "Danio rerio"),
            ("pax6a", "Danio rerio"), ("rpoB", "Escherichia coli"), ("gyrA", "Bacillus subtilis"),
            ("recA", "Pseudomonas aeruginosa"), ("lacZ", "Escherichia coli"), ("ADH1", "Saccharomyces cerevisiae"),
            ("FLC", "Arabidopsis thaliana"), ("dpp", "Drosophila melanogaster"), ("unc-54", "Caenorhabditis elegans")]


def t_fasta_record(rng):
    seq = _dna(rng, rng.randint(40, 110))
    lines = [seq[i:i + 60] for i in range(0, len(seq), 60)]
    gene, org = rng.choice(GENE_ORG)
    header = ">{}_{} [organism={}] len={}".format(
        gene, rng.choice(["cds", "amplicon", "exon2", "promoter", "3UTR", "5UTR"]), org, len(seq))
    return header + "\n" + "\n".join(lines)


SPECIES = [("Homo sapiens", "HUMAN", 9606), ("Mus musculus", "MOUSE", 10090),
           ("Danio rerio", "DANRE", 7955), ("Rattus norvegicus", "RAT", 10116),
           ("Gallus gallus", "CHICK", 9031), ("Xenopus laevis", "XENLA", 8355)]
PROT_GENES = [("GAPDH", "Glyceraldehyde-3-phosphate dehydrogenase"), ("ACTB", "Actin, cytoplasmic 1"),
              ("MYC", "Myc proto-oncogene protein"), ("EGFR", "Epidermal growth factor receptor"),
              ("SOX2", "Transcription factor SOX-2"), ("PAX6", "Paired box protein Pax-6"),
              ("CTNNB1", "Catenin beta-1"), ("FOXP3", "Forkhead box protein P3"),
              ("HSP90AA1", "Heat shock protein HSP 90-alpha"), ("VEGFA", "Vascular endothelial growth factor A")]


def t_fasta_header(rng):
    gene, name = rng.choice(PROT_GENES)
    org, code, taxid = rng.choice(SPECIES)
    acc = rng.choice("OPQ") + str(rng.randint(10000, 99999))
    return ">{}|{}|{}_{} {} OS={} OX={} GN={} PE={} SV={}".format(
        rng.choice(["sp", "tr"]), acc, gene, code, name, org, taxid, gene,
        rng.randint(1, 4), rng.randint(1, 3))


# ---------------------------------------------------------------------------
# 3. primers: oligo designs, probes, adapters, Primer3 settings
# ---------------------------------------------------------------------------
PRIMERS = [
    "5'-AGCTGTTCCAGGTCACCAAG-3'",
    "Fwd: 5'-GGATCCATGGCTAGCAAAGGAG-3' (BamHI site in bold)",
    "Rev: 5′-TTAGCGGCCGCTCAGTTGTACAGCTCGTCCATG-3′ (NotI)",
    "TaqMan probe 5'-FAM-CCTGCTGCTGAGCCTGACCTG-BHQ1-3'",
    "5'-G*C*T*AGCTAGCTAGCTAG*C*T-3' (PS bonds at both ends)",
    "/5Phos/CTGTCTCTTATACACATCT",
    "/56-FAM/TCGGCTGCC/ZEN/AGCTACTGATGC/3IABkFQ/",
    "Tm 62.3 °C, GC 55 %, hairpin ΔG −1.2 kcal/mol",
    "3' complementarity 4 bp → dimer risk low",
    "sgRNA GACCCCCTCCACCCCGCCTC (PAM TGG), off-target score 87",
    "25 nmole, std desalting; resuspend in TE to 100 µM",
    "P5: AATGATACGGCGACCACCGAGATCTACAC",
    "P7: CAAGCAGAAGACGGCATACGAGAT",
    "Gibson: 20 nt overlap + KpnI (GGTACC) + ATG",
    "K103N mutagenesis: 5'-...GCAAAAAACAAATCAG...-3' (mismatch centred)",
    "GAPDH qPCR pair: efficiency 98.7 % (R² = 0.998), single melt peak at 84.5 °C",
    "PRIMER_OPT_SIZE=20; PRIMER_MIN_TM=58.0; PRIMER_MAX_TM=62.0; PRIMER_PRODUCT_SIZE_RANGE=80-150",
    "degenerate 5'-GTNCCNGARTAYTGGCA-3' (try inosine instead of N?)",
    "Amorces rpoB : Tm ≈ 60 °C ; produit attendu 412 pb",
    "Primer für ACTB: vorwärts 5'-CATGTACGTTGCTATCCAGGC-3', rückwärts 5'-CTCCTTAATGTCACGCACGAT-3'",
    "M13 fwd (-20): GTAAAACGACGGCCAGT",
    "M13 rev: CAGGAAACAGCTATGAC",
    "T7: TAATACGACTCACTATAGGG / T7 term: GCTAGTTATTGCTCAGCGG",
    "oligo dT(20)VN for RT",
    "random hexamers 50 µM, 1 µL per 20 µL RT",
    "Illumina adapter read 1: AGATCGGAAGAGCACACGTCTGAACTCCAGTCA",
    "UMI primer: 5'-...NNNNNNNNNN TTTTTTTTTTTTTTTTTTTTTTTTTTTTTT VN-3'",
    "Nextera i7 N701 = TAAGGCGA",
    "TSO: AAGCAGTGGTATCAACGCAGAGTACATrGrG+G",
    "LNA probe: +A+TC+G+ATTC (LNA = '+')",
    "biotin-TEG-5'-CTAGCTAGCTAGCATG-3'",
    "5'-[Cy5]-ACGTCAGTCAGTAGC-[BHQ2]-3'",
    "Reverse primer on the antisense strand; 3' end has a G/C clamp",
    "Primer pair #7 failed (no band) — redesign avoiding the SNP rs1042522 at the 3' end",
    "Primer3 says: 'PRIMER_LEFT_0_PENALTY=0.21' — good enough",
    "Tm calc: SantaLucia 1998, [Na+] = 50 mM, [Mg2+] = 1.5 mM, [dNTP] = 0.2 mM",
    "cebador directo 5'-TGCAGCATGCATCGTAGCTA-3' (Tm 60 °C)",
    "プライマー F: 5'-ACGTTGCATCGATCGATGCA-3' / R: 5'-TCGATCGTAGCTAGCTGATC-3'",
    "引物：5'-GATCGATCGGCTAGCTAGTC-3'，退火温度 58 °C",
    "праймер R: 5'-CCATGGTACCTTAGCGATCA-3'",
    "BsaI overhangs for Golden Gate: GGTCTCnAATG ... TGAGnGAGACC",
    "attB1: GGGGACAAGTTTGTACAAAAAAGCAGGCT",
    "HDR template: 2×60 nt homology arms + silent PAM mutation (AGG → AGA)",
    "primer dimer at ~45 bp on the gel; lower primer conc to 200 nM",
    "'F1' and 'F2' are the same oligo — ordered twice by mistake",
    "stock 100 µM → working 10 µM (1:10 in nuclease-free H2O)",
    "seq primer for pLKO: 5'-CAAGGCTGTTAGAGAGATAATTGGA-3' (U6 fwd)",
    "16S 27F AGAGTTTGATCMTGGCTCAG / 1492R GGTTACCTTGTTACGACTT",
    "ITS1-F: CTTGGTCATTTAGAGGAAGTAA",
    "qPCR: 95 °C 10 min; 40 × (95 °C 15 s | 60 °C 60 s); melt 65→95 °C",
    "sgRNA oligos: CACCG + 20 nt / AAAC + revcomp + C",
    "5' overhang 'CACC' added for directional TOPO cloning",
    "Primers span the exon 5–6 junction (intron in between → no gDNA amplification)",
    "Order #4471: 12 oligos, 4 with /3SpC3/ blockers, delivery Thursday",
]

PRIMER_SUFFIX = ["qPCR", "ChIP-qPCR", "genotyping", "cloning", "seq", "RT-qPCR", "HRM"]


def _tm_gc(seq):
    gc = sum(1 for b in seq if b in "GC")
    at = len(seq) - gc
    return 2 * at + 4 * gc, round(100.0 * gc / len(seq))


def t_primer(rng):
    seq = _dna(rng, rng.randint(18, 24))
    tm, gc = _tm_gc(seq)
    return "{}_{}_{}: 5'-{}-3' (Tm {} °C, GC {} %)".format(
        rng.choice(GENES), rng.choice(["F", "R"]), rng.choice(PRIMER_SUFFIX), seq, tm, gc)


def t_primer_pair(rng):
    f = _dna(rng, rng.randint(19, 23))
    r = _dna(rng, rng.randint(19, 23))
    return "{} pair {}: F {} / R {}; product {} bp".format(
        rng.choice(GENES), rng.randint(1, 12), f, r, rng.randint(70, 480))


# ---------------------------------------------------------------------------
# 4. protocol_steps: bench protocol steps with units
# ---------------------------------------------------------------------------
PROTOCOL = [
    "Add 2 µL DNase I (1 U/µL), incubate 15 min at 37 °C.",
    "PCR: 98 °C 30 s; 30 × (98 °C 10 s, 60 °C 30 s, 72 °C 30 s); 72 °C 2 min; hold 4 °C",
    "Spin 5 min @ 300 × g, discard supernatant, resuspend in 1 mL PBS (–Ca/–Mg).",
    "Wash beads 2× with 200 µL fresh 80 % EtOH; do NOT over-dry (>5 min).",
    "Serial dilution 1:10 → 1:100 → 1:1000 in LB; plate 100 µL on LB+Amp (100 µg/mL).",
    "Execute step 4 only if OD600 < 0.6; otherwise dilute and wait 30 min.",
    "Double-sided size selection: 0.55× then 0.2× SPRI (target 300–500 bp).",
    "Lyse in RIPA + protease inhibitors (1 tablet / 10 mL) on ice, 30 min, vortex every 10'.",
    "Transfer 100 V, 60 min, wet, 4 °C; block 1 h in 5 % milk/TBS-T.",
    "Primary: anti-β-actin 1:5000; secondary: anti-mouse-HRP 1:10,000 (1 h RT).",
    "Incubate o/n at 4 °C on the rotator; next day 3 × 5 min washes.",
    "If Ct > 35 → 'not detected'; if ΔCt between duplicates > 0.5 → repeat.",
    "1. Thaw reagents on ice\n2. Master mix: 10 µL 2× MM + 1 µL primers + 4 µL H2O\n3. Add 5 µL template\n4. Seal, spin, run",
    "Heat-inactivate at 65 °C for 20 min, then cool to 4 °C (ramp 0.1 °C/s).",
    "Digest 1 µg plasmid with EcoRI-HF + BamHI-HF in 1× rCutSmart, 37 °C for 1 h.",
    "Ligation: vector:insert = 1:3 (molar), T4 ligase 400 U, 16 °C o/n",
    "Transform 2 µL into 50 µL DH5α: 30 min ice, 42 °C 45 s, 2 min ice, + 950 µL SOC, 1 h 37 °C 250 rpm",
    "Stain with DAPI (1 µg/mL) 5 min, mount in ProLong, cure 24 h in the dark.",
    "Fix cells in 4 % PFA for 10 min at RT; permeabilize with 0.1 % Triton X-100 / PBS.",
    "Electroporate 1 × 10^6 cells with 5 µg RNP (Cas9:sgRNA 1:2.5) – program EN-138.",
    "Thaw vial at 37 °C < 2 min, drop-wise into 9 mL pre-warmed medium, spin 200 × g 5 min.",
    "Split 1:6 when 80–90 % confluent; TrypLE 3 min @ 37 °C.",
    "Measure OD600 every 30 min; induce at OD ≈ 0.8 with 0.5 mM IPTG.",
    "Sonicate 10 cycles (30 s on / 30 s off), high power, 4 °C water bath.",
    "Elute in 30 µL EB (10 mM Tris-HCl, pH 8.5); don't use water for long-term storage.",
    "Quantify with Qubit dsDNA HS; pool libraries equimolar at 4 nM.",
    "Denature 5 µL 4 nM pool with 5 µL 0.2 N NaOH, 5 min RT, dilute to 20 pM with HT1.",
    "Load 600 µL of 1.8 pM library + 1 % PhiX into the cartridge.",
    "Run 2 × 151 cycles + 8/8 index reads.",
    "Drop 10 µL of each dilution on the plate (spot assay), let dry 15 min.",
    "Select white colonies (not blue) and inoculate into 5 mL LB + Kan (50 µg/mL).",
    "Mix by pipetting up/down 10× – no vortexing (gDNA shearing!)",
    "Add 1/10 vol 3 M NaOAc (pH 5.2) + 2.5 vol ice-cold EtOH; −20 °C for ≥1 h.",
    "Gel: 1 % agarose in 1× TAE, 120 V, 35 min; SYBR Safe 1:10,000.",
    "Treat with 100 ng/mL doxycycline for 48 h (refresh media + dox every 24 h).",
    "Harvest at t = 0, 15, 30, 60, 120 min; snap-freeze in LN2.",
    "Zentrifugieren bei 13.000 × g, 10 min, 4 °C; Überstand verwerfen.",
    "Incuber 1 h à température ambiante, à l'abri de la lumière.",
    "Añadir 500 µL de TRIzol, homogeneizar y dejar 5 min a temperatura ambiente.",
    "37 °C で一晩培養（200 rpm で振とう）。",
    "在冰上孵育 10 分钟，然后 4 °C、12,000 × g 离心 15 分钟。",
    "Инкубировать 30 мин при 37 °C, затем охладить на льду.",
    "Incubare a 55 °C per 1 h con proteinasi K (20 mg/mL, 10 µL).",
    "Lavar 3× com PBS; fixar em PFA 4 % por 15 min.",
    "Tip: use low-retention tips for the 0.5 µL enzyme step, otherwise CV > 10 %",
    "Optional: RNase A 10 µg/mL, 5 min @ RT (skip if RNA is the target!)",
    "Critical: keep beads:sample ratio exactly 1.8×; pipette slowly (viscous)",
    "Column: C18, 75 µm × 25 cm; gradient 2→35 % B in 90 min; 300 nL/min.",
    "Flow: gate FSC-A/SSC-A → singlets (FSC-H vs FSC-A) → live (DAPI−) → GFP+",
    "Perfuse with 20 mL ice-cold PBS, then 20 mL 4 % PFA at 2 mL/min.",
    "Pause point: libraries are stable at −20 °C for ≤ 1 week.",
    "Repeat steps 5–7 until A260/230 > 1.8",
    "Equilibrate column with 5 CV buffer A (20 mM HEPES pH 7.5, 150 mM NaCl, 1 mM DTT).",
    "Elution: imidazole step gradient 50 / 100 / 250 / 500 mM.",
    "Cells + drug for 72 h, then CellTiter-Glo (1:1 vol), shake 2 min, read after 10 min.",
    "Let the lid of the thermocycler cool before opening the tubes (aerosol → contamination).",
]

ACTIONS = ["Add", "Transfer", "Dispense", "Mix in", "Pipette", "Top up with"]
REAGENTS = ["nuclease-free H2O", "2× Phusion MM", "Proteinase K", "RNase inhibitor",
            "SPRI beads", "EB buffer", "PBS + 0.04 % BSA", "DTT (0.1 M)", "dNTPs (10 mM)",
            "T4 PNK", "Klenow fragment", "MgCl2 (25 mM)", "Betaine (5 M)"]
WHERE = ["on ice", "at RT", "at 37 °C", "at 4 °C", "at 55 °C", "at 65 °C", "at 72 °C"]


def t_protocol_step(rng):
    return "Step {}: {} {} µL {}; incubate {} min {}.".format(
        rng.randint(1, 24), rng.choice(ACTIONS), rng.choice(["0.5", "1", "2", "2.5", "5", "10", "20", "50"]),
        rng.choice(REAGENTS), rng.choice([2, 5, 10, 15, 20, 30, 45, 60]), rng.choice(WHERE))


def t_cycling(rng):
    return "{} °C {} s; {} × ({} °C 10 s, {} °C {} s, 72 °C {} s); 72 °C 5 min".format(
        rng.choice([94, 95, 98]), rng.choice([30, 60, 120, 180]), rng.randint(25, 40),
        rng.choice([95, 98]), rng.randint(52, 68), rng.choice([15, 20, 30]),
        rng.choice([15, 30, 45, 60, 90]))


# ---------------------------------------------------------------------------
# 5. pipeline_cmds: shell lines, SLURM headers, Snakemake/Nextflow snippets
# ---------------------------------------------------------------------------
PIPELINE = [
    r"bwa mem -t 16 -R '@RG\tID:L001\tSM:NA12878\tPL:ILLUMINA' ref/hg38.fa R1.fq.gz R2.fq.gz | samtools sort -@8 -o NA12878.bam -",
    "samtools view -b -q 30 -F 0x904 in.bam chr17:7661779-7687550 > tp53.bam",
    "samtools index NA12878.bam && samtools flagstat NA12878.bam > NA12878.flagstat.txt",
    "#!/bin/bash\n#SBATCH --job-name=align\n#SBATCH --cpus-per-task=16\n#SBATCH --mem=64G\n#SBATCH --time=12:00:00\n#SBATCH --array=1-96%10\n#SBATCH --output=logs/%x_%A_%a.out",
    'rule fastqc:\n    input: "raw/{sample}_R1.fastq.gz"\n    output: "qc/{sample}_R1_fastqc.html"\n    threads: 2\n    shell: "fastqc -t {threads} -o qc/ {input}"',
    'process TRIM {\n    tag "$sample_id"\n    input:\n    tuple val(sample_id), path(reads)\n    output:\n    path "*.trimmed.fq.gz"\n    script:\n    """\n    cutadapt -a AGATCGGAAGAGC -o ${sample_id}.trimmed.fq.gz ${reads}\n    """\n}',
    "nextflow run nf-core/rnaseq -r 3.14.0 -profile singularity --input samplesheet.csv --genome GRCh38 --outdir results/ -resume",
    "gatk HaplotypeCaller -R hg38.fa -I S01.bam -O S01.g.vcf.gz -ERC GVCF --native-pair-hmm-threads 4",
    "bcftools view -i 'QUAL>30 && INFO/DP>10' calls.vcf.gz -Oz -o filtered.vcf.gz",
    r"""awk 'BEGIN{OFS="\t"} $3=="gene" {print $1,$4-1,$5,$10}' genes.gtf > genes.bed""",
    'for f in *.fastq.gz; do echo "$f $(zcat "$f" | wc -l)"; done',
    'sample=$(sed -n "${SLURM_ARRAY_TASK_ID}p" samples.txt)',
    "conda activate rnaseq; salmon quant -i idx -l A -1 R1.fq.gz -2 R2.fq.gz -p 8 -o quant/S1",
    "STAR --runThreadN 12 --genomeDir star_idx --readFilesIn R1.fq.gz R2.fq.gz --readFilesCommand zcat --outSAMtype BAM SortedByCoordinate",
    "featureCounts -T 8 -p --countReadPairs -a gencode.v44.gtf -o counts.txt *.bam",
    "multiqc . -o multiqc_report --force",
    "Rscript -e 'BiocManager::install(\"DESeq2\")'",
    "python scripts/merge_counts.py --in counts/*.tsv --out merged.tsv 2> merge.log",
    'params {\n    reads  = "data/*_{1,2}.fastq.gz"\n    genome = "GRCh38"\n    outdir = "results"\n}',
    "samples: config/samples.tsv\nref:\n  fasta: ../resources/genome.fa\n  bwa_index: ../resources/bwa/genome\nthreads: 8",
    "docker run --rm -v $PWD:/data biocontainers/fastqc:v0.11.9_cv8 fastqc /data/S1.fq.gz",
    "sbatch --dependency=afterok:4817263 call_variants.sh",
    "squeue -u $USER -o '%.10i %.20j %.8T %.10M' | grep align",
    "seqkit grep -r -p '^chr[0-9XY]+$' genome.fa > primary.fa",
    "cut -f1,2 samples.tsv | sort -u | head -n 20",
    "bedtools intersect -a peaks_rep1.bed -b peaks_rep2.bed -u > shared_peaks.bed",
    "set -euo pipefail\nIFS=$'\\n\\t'",
    "cutadapt -a AGATCGGAAGAGCACACGTCTGAACTCCAGTCA -A AGATCGGAAGAGCGTCGTGTAGGGAAAGAGTGT -m 20 -o out.1.fq.gz -p out.2.fq.gz in.1.fq.gz in.2.fq.gz",
    "fastp -i R1.fq.gz -I R2.fq.gz -o t1.fq.gz -O t2.fq.gz --detect_adapter_for_pe -j S1.fastp.json -h S1.fastp.html",
    "picard MarkDuplicates I=S1.bam O=S1.dedup.bam M=S1.dup_metrics.txt REMOVE_DUPLICATES=false",
    "java -Xmx8g -jar picard.jar CollectInsertSizeMetrics I=S1.bam O=is.txt H=is.pdf",
    "macs3 callpeak -t ChIP.bam -c input.bam -f BAMPE -g hs -n H3K27ac -q 0.01",
    "bamCoverage -b S1.bam -o S1.bw --normalizeUsing CPM --binSize 10 -p 8",
    "minimap2 -ax map-ont ref.mmi reads.fq.gz | samtools view -bS - > ont.bam",
    "kraken2 --db k2_standard --threads 8 --paired R1.fq.gz R2.fq.gz --report S1.k2report > /dev/null",
    "snakemake -j 100 --use-conda --cluster 'sbatch -p {resources.partition} -c {threads} --mem={resources.mem_mb}' --latency-wait 60",
    "snakemake -n -p --rerun-incomplete   # dry run first!",
    "Rscript deseq2.R --counts counts.txt --design '~ batch + condition' --contrast 'condition,KO,WT'",
    'process.executor = "slurm"\nprocess.queue = "normal"\nsingularity.enabled = true\nsingularity.autoMounts = true',
    "withName: 'STAR_ALIGN' { cpus = 16; memory = 64.GB; time = 8.h }",
    "rsync -avP --exclude '*.tmp' results/ nas01:/archive/2024/proj_neuro/",
    "md5sum *.fastq.gz > checksums.md5 && md5sum -c checksums.md5",
    "find /scratch/$USER -name '*.bam' -mtime +30 -print",
    "tar -czvf run17_fastq.tar.gz Run17/*.fastq.gz",
    "zcat S1_R1.fastq.gz | head -n 8",
    "grep -c '^>' proteome.fasta",
    "sed -i 's/chrM/chrMT/g' annotation.gtf",
    "module load samtools/1.19 bwa/0.7.17 && which samtools",
    "export PATH=$HOME/miniforge3/bin:$PATH",
    "sleep 60 && squeue -u $USER   # wait a minute for the array to start",
    "python -c \"import pysam; print(pysam.__version__)\"",
    "eval \"$(conda shell.bash hook)\"; conda activate qc",
    "salloc -p interactive -c 4 --mem=16G -t 2:00:00",
    "plink2 --vcf filt.recode.vcf --pca 10 --out pca",
    "dds <- DESeqDataSetFromMatrix(countData = cts, colData = coldata, design = ~ condition)",
    "samtools depth -a -b targets.bed S1.bam | awk '{s+=$3} END {print s/NR}'",
    "parallel -j 8 'fastqc {}' ::: *.fastq.gz",
    "bowtie2 -p 8 -x idx/GRCm39 -1 R1.fq.gz -2 R2.fq.gz 2> S1.bt2.log | samtools view -b -o S1.bam",
    "cellranger count --id=S1 --transcriptome=refdata-gex-GRCh38-2020-A --fastqs=fastq/ --sample=S1 --localcores=16",
]

TOOLS_SORT = ["samtools sort -@{t} -o {s}.sorted.bam {s}.bam && samtools index {s}.sorted.bam",
              "fastqc -t {t} -o qc/ {s}_R1.fastq.gz {s}_R2.fastq.gz",
              "salmon quant -i salmon_idx -l A -1 {s}_R1.fq.gz -2 {s}_R2.fq.gz -p {t} -o quant/{s}",
              "bcftools mpileup -f ref.fa {s}.bam | bcftools call -mv -Oz -o {s}.vcf.gz",
              "sbatch --cpus-per-task={t} --job-name=align_{s} align.sh {s}",
              "samtools stats {s}.bam > stats/{s}.stats && plot-bamstats -p plots/{s}/ stats/{s}.stats",
              "bedtools genomecov -ibam {s}.bam -bg > {s}.bedGraph"]
SAMPLE_TOKENS = ["S01", "S02", "S07", "S13", "NA12878", "HG002", "LIB_012", "NEURO_003",
                 "KO_rep1", "WT_rep2", "T0193", "N0193", "PDX0456", "ctrl_A"]


def t_pipeline(rng):
    return rng.choice(TOOLS_SORT).format(t=rng.choice([2, 4, 8, 16, 32]), s=rng.choice(SAMPLE_TOKENS))


def t_sbatch(rng):
    return "#SBATCH --job-name={}\n#SBATCH --cpus-per-task={}\n#SBATCH --mem={}G\n#SBATCH --time={:02d}:00:00\n#SBATCH --partition={}".format(
        rng.choice(["star", "bwa", "gatk", "salmon", "deseq", "fastqc", "kraken"]),
        rng.choice([2, 4, 8, 16, 32]), rng.choice([8, 16, 32, 64, 128]), rng.randint(1, 48),
        rng.choice(["normal", "long", "bigmem", "short"]))


# ---------------------------------------------------------------------------
# 6. data_paths: FASTQ/BAM/VCF/raw-data locations
# ---------------------------------------------------------------------------
DATA_PATHS = [
    "/data/seq/runs/240517_A01234_0089_BHKJ3WDSXC/Unaligned/Project_HGSOC/S01_S1_L001_R1_001.fastq.gz",
    "s3://core-seq-deliveries/2024/proj_neuro/bam/NEURO_003.sorted.bam",
    r"\\nas01\Sequencing\2024\MiSeq\Run_17\SampleSheet.csv",
    r"C:\Users\mkowalski\Documents\qPCR\2024-05-02_GAPDH.eds",
    "../results/vcf/cohort.filtered.vcf.gz",
    "results/{sample}/{sample}.dedup.bam",
    "/scratch/$USER/tmp/star_${SLURM_JOB_ID}/",
    "~/projects/crispr_screen/counts/*.txt",
    "gs://lab-archive-eu/cram/HG002.GRCh38.cram",
    "../../shared/references/hg38/hg38.fa",
    "/shared/references/GRCh38/Homo_sapiens.GRCh38.dna.primary_assembly.fa.fai",
    "/mnt/isilon/core/archive/2019/Run_0042/ (moved from /mnt/old_nas)",
    "file:///Users/ana/Desktop/plate_map_v2.xlsx",
    "ftp://ftp.ensembl.org/pub/release-110/gtf/homo_sapiens/Homo_sapiens.GRCh38.110.gtf.gz",
    "https://ftp.ncbi.nlm.nih.gov/genomes/all/GCF/000/001/405/GCF_000001405.40_GRCh38.p14/",
    "/data/proj/ONT/20240611_1432_MN12345_FAX12345_a1b2c3d4/fastq_pass/barcode07/",
    "results/qc/multiqc_report.html",
    "S01_R1.fastq.gz S01_R2.fastq.gz (pair)",
    "/home/jlee/notebooks/DE analysis (final) v2.ipynb",
    "/data/imaging/2024-06-12/plate3/A01_s1_w2.tif",
    r"Z:\Mikroskopie\2024\Juni\Probe_7_63x.czi",
    "/var/lib/lims/exports/plate_P-0093.csv",
    r"..\..\shared\primer_db.xlsx",
    "/data/seq/runs/*/Unaligned/Project_*/S*_R1_001.fastq.gz",
    "/proj/b2024017/nobackup/vcf/chr{1..22}.vcf.gz",
    "results/star/S01/Aligned.sortedByCoord.out.bam.bai",
    "/tmp/snakemake-abc123/.snakemake/log/2024-06-11T101500.log",
    "./work/3f/7a9c1e2b4d/.command.sh",
    "/data/cryoem/EMPIAR-10028/Movies/*.tiff",
    "/scratch/ng/tmp/../runs/run17 (symlink, resolves to /scratch/ng/runs/run17)",
    "raw_data/2024-06/Plate 1 – Luminescence (read 2).xlsx",
    "/archive/tape/2018/Q3/proj_old.tar (restore request pending)",
    "/data/proteomics/raw/QE-HF_20240610_HeLa_200ng_01.raw",
    "/data/flow/2024-06-11/Specimen_001_Tube_003.fcs",
    "~/R/x86_64-pc-linux-gnu-library/4.3/DESeq2/",
    "/opt/conda/envs/rnaseq/bin/salmon",
    "/usr/local/bin/bcl-convert",
    "/mnt/data/Léa/Élevage souris/2024/génotypage.xlsx",
    "/data/用户/王伟/RNA-seq/counts.tsv",
    r"D:\Daten\Western Blots\2024-05\β-Aktin_Blot3.tif",
    "/data/seq/deliveries/Ärztin_Müller/Lieferung_03/",
    "smb://nas01.lab.example/Sequencing/2024/",
    "https://seqcore.lab.example/runs/240517/fastq/S01_R1_001.fastq.gz",
    "/data/ref/GRCm39/star_index_2.7.11a/SA",
    "results/bcftools/cohort.norm.vcf.gz.tbi",
    "/data/seq/runs/240517/SampleSheet.csv -> ../../sheets/240517.csv",
    "qc/fastqc/S01_R1_001_fastqc.zip",
    "/data/microbiome/16S/run5/demux/S-0193.fastq",
    "alignments/NA12878.chr20.bam (subset for the tutorial)",
    "/lustre/scratch/jlee/cnv/../cnv_v2/segments.seg",
    "output/plots/volcano_KO_vs_WT.pdf",
    "/net/fs3/bioinf/pipelines/nf-core-sarek_3.4.0/",
    "/data/seq/runs/240517/InterOp/ (needed for SAV)",
    "/mnt/ngs/データ/2024/run08/fastq/",
]

PATH_ROOTS = ["/data/seq/runs", "/scratch/jlee", "/proj/neuro", "/mnt/isilon/core",
              "/lustre/groups/bioinf", "results", "../results", "/data/deliveries/2024"]


PATH_KINDS = [("fastq", ".fastq.gz"), ("fastq", "_R2.fastq.gz"), ("bam", ".bam"),
              ("bam", ".bam.bai"), ("cram", ".cram"), ("vcf", ".vcf.gz"), ("vcf", ".g.vcf.gz"),
              ("bigwig", ".bw"), ("qc", "_fastqc.html"), ("qc", ".flagstat.txt"),
              ("counts", ".counts.tsv"), ("peaks", "_peaks.narrowPeak")]


def t_path(rng):
    d, ext = rng.choice(PATH_KINDS)
    return "{}/{}/{}/{}{}".format(
        rng.choice(PATH_ROOTS), rng.choice(["2023", "2024", "run17", "run18", "batch2", "proj_HGSOC"]),
        d, rng.choice(SAMPLE_TOKENS), ext)


def t_illumina_fastq(rng):
    return "{}_S{}_L00{}_R{}_001.fastq.gz".format(
        rng.choice(SAMPLE_TOKENS), rng.randint(1, 96), rng.randint(1, 4), rng.randint(1, 2))


# ---------------------------------------------------------------------------
# 7. qc_reports: QC metrics and verdict comments
# ---------------------------------------------------------------------------
QC = [
    "Q30 ≥ 92.4 % (R1) / 88.1 % (R2); PhiX error rate 0.31 %",
    "FastQC 'Per base sequence content' = FAIL for bases 1–12 (expected with random hexamer priming)",
    "Duplication 38 % — high, but OK for low input (<10 ng)",
    "RIN 8.9; 28S/18S 1.8; DV200 > 70 %",
    "Qubit 23.4 ng/µL; NanoDrop 260/280 = 1.86, 260/230 = 1.12 (guanidine carry-over?)",
    "Bioanalyzer: main peak 412 bp, adapter dimer at ~128 bp (<3 %)",
    "Mapping 97.3 %; properly paired 95.8 %; insert size 342 ± 87 bp",
    "WARN: S07 has 0 reads assigned — check index in sample sheet",
    "Ti/Tv = 2.09; het/hom = 1.6; FREEMIX = 0.004 (VerifyBamID2)",
    "Failed samples dropped from the union set: S13, S29",
    "MultiQC alert: 3 samples with < 1 M reads",
    "Cluster density 1,180 K/mm² (PF 86 %) – slightly over-clustered",
    "Adapter content > 10 % from position 95 → trimming required",
    "Sex check: S22 reported F but chrY reads = 0.18 % → likely M, sample swap?",
    "Contamination: Kraken2 finds 4.2 % Mycoplasma hyorhinis reads in S05!",
    "ERCC R² = 0.96 – linearity fine",
    "Gene body coverage slightly 3'-biased (degraded RNA?)",
    "rRNA reads 0.8 % (RiboZero worked)",
    "Per-tile quality drop in tile 2104 (bubble?) — excluded via --exclude-tiles",
    "Coverage ≥ 20× for 98.7 % of targets; mean 142×; fold-80 penalty 1.4",
    "Mycoplasma test: negative (MycoAlert ratio 0.7)",
    "Endotoxin < 0.1 EU/mL – pass",
    "Plasmid sequencing: 100 % identity to reference across 1–5,412 bp; no indels",
    "Sanger: clean trace up to ~850 bp, mixed peaks after the polyA (expected)",
    "Insert confirmed by colony PCR (expected 1.2 kb) in clones 2, 5, 6 / 8",
    "Flow: viability 92 % (DAPI−), GFP+ 41.7 %, doublets < 2 %",
    "Western: band at ~53 kDa as expected; KO clone shows no band (loading OK per β-actin)",
    "qPCR NTC Ct undetermined; RT− control Ct 38.2 (> 5 cycles from samples → OK)",
    "Cell count 1.2 × 10^6/mL, 94 % viable (trypan blue)",
    "Library conc 12.7 nM (KAPA qPCR), size-adjusted to 450 bp",
    "Index hopping estimate 0.1 % (UDIs) – negligible",
    "Undetermined reads 6.3 %; top unknown barcode GGGGGGGG+AGATCTCG (poly-G, empty wells)",
    "MAPQ<20 reads: 4.1 %; chimeric 0.9 %",
    "FRiP = 0.27 (rep1), 0.24 (rep2); IDR optimal set 31,204 peaks",
    "scRNA: 6,812 cells, median 2,347 genes/cell, 9.8 % mito (cutoff 20 %)",
    "Doublet rate (scDblFinder) 5.4 % – removed",
    "LC-MS: 4,912 protein groups at 1 % FDR; MBR on; median CV 12 %",
    "OD600 readings: 0.12 / 0.45 / 0.81 / 1.34 (t = 0, 1, 2, 3 h)",
    "Standard curve R² = 0.999, slope −3.35 (efficiency 98.8 %)",
    "Outlier: S14 on PCA (PC1 > 3 SD) — drop or keep? Discuss Friday",
    "Samples with RIN < 7 were re-extracted; select the new aliquots for library prep",
    "Verdict: PASS (all metrics within spec)",
    "Verdict: FAIL – yield 0.4 ng/µL (< 1 ng/µL minimum)",
    "QC-Bericht: Konzentration zu niedrig (< 2 ng/µL), bitte neu isolieren",
    "Rapport QC : intégrité ARN correcte (RIN ≥ 8), contamination ADNg faible",
    "Informe de CC: pureza 260/280 = 2,05; apto para secuenciación",
    "QC結果：濃度 15.2 ng/µL、RIN 9.1、合格",
    "质检结果：文库片段大小集中在 350 bp 左右，合格",
    "Контроль качества: RIN 6,2 – на границе, использовать с осторожностью",
    "Relatório CQ: rendimento baixo, repetir extração",
    "Yield per lane 412 Gb > spec (375 Gb) 🎉",
    "Het ratio on chrX suggests mosaicism (?) – flag for review, not a failure",
    "Exec summary: 94/96 libraries passed; S13 & S29 failed (low input)",
    "Script error in the QC step: 'division by zero' when total reads = 0 (S07); patched",
    "QC dashboard alert cleared after re-run at 14:32",
]

VERDICTS = ["PASS", "PASS", "PASS (borderline)", "FAIL – re-prep", "WARN – low yield",
            "PASS – top up on next run", "FAIL – adapter dimers"]


def t_qc_line(rng):
    return "{}: {:,} reads, Q30 {:.1f} %, dup {:.1f} %, mapped {:.1f} % — {}".format(
        rng.choice(SAMPLE_TOKENS), rng.randint(800000, 95000000), rng.uniform(80, 96),
        rng.uniform(4, 60), rng.uniform(70, 99.5), rng.choice(VERDICTS))


def t_rna_qc(rng):
    return "{} RNA: {:.1f} ng/µL, 260/280 = {:.2f}, 260/230 = {:.2f}, RIN {:.1f}".format(
        rng.choice(SAMPLE_TOKENS), rng.uniform(5, 600), rng.uniform(1.7, 2.15),
        rng.uniform(0.8, 2.3), rng.uniform(5.0, 10.0))


# ---------------------------------------------------------------------------
# 8. freezer_inventory: storage locations, reagents, lots, alarms
# ---------------------------------------------------------------------------
FREEZER = [
    "−80 °C Freezer #2, Rack C, Box 14, pos. A3–A9",
    "LN2 tank B, canister 4, cane 7 — HEK293T P12 (5 × 10^6 cells/vial)",
    "Shelf 3 > Box 'Plasmids 2023' > slot 47",
    "Glycerol stocks E. coli – 81-slot box full (1–81), start new box #6",
    "ALERT: −80 #3 excursion to −62 °C overnight (door ajar) — samples moved to #1",
    "Lot 23K1147, exp. 2026-01, opened 2024-05-02 (JL)",
    "Taq pol 5 U/µL × 3 tubes; 'do NOT take the last tube!'",
    "Expired FBS (lot < 2022) → disposal, ask EHS for pickup",
    "12 × 1.5 mL; ≈ 1 µg/µL; in TE pH 8.0",
    "Gefrierschrank −20 °C, Fach 2: Restriktionsenzyme (NEB)",
    "Congélateur −80 °C n°4, étagère 2 : ARN extraits (juin)",
    "Congelador −80 °C, rack B: sueros pacientes 001–120",
    "冷凍庫 −80 °C #1 上段：マウス組織（肝臓・腎臓）",
    "−80 冰箱 3 号，第二层：质粒菌种",
    "Морозильник −80 °C №2, полка 1: клеточные линии",
    "4 °C fridge, door: antibodies (anti-GFP, anti-HA, anti-FLAG M2)",
    "RT cabinet C: dry chemicals A–M; flammables in cabinet F only",
    "Box 'DROP-OFF / to be discarded' – check before Friday",
    "Position map: row = A–I, col = 1–9 (81-well box)",
    "Moved from 'Freezer Hans' to 'Freezer Greta' (both −80, room 2.114)",
    "Qty: 3 vials left; reorder when ≤ 2",
    "Cat# 18090010 (SuperScript IV), lot 2719312, 10,000 U",
    "anti-β-tubulin (clone D66), 1:1000 WB; 20 µL aliquots, avoid freeze/thaw",
    "NEVER store azide-containing buffers next to the HRP substrate",
    "Dewar level 38 cm (min 25 cm) – refill ordered",
    "Freezer alarm test OK; contact list updated (night: +49 30 0000 0000)",
    "Primer box #12: oligos 1101–1181 (100 µM stocks) | working stocks in box #13",
    "Compound plate CL-07, 10 mM in DMSO, 384-well, sealed, −20 °C",
    "Strains: BL21(DE3) pLysS, Rosetta 2, SHuffle T7 — rack 5",
    "Vial log: thawed 1, remaining 7 (HeLa P8 'Kyoto')",
    "Inventory export: 1,204 tubes, 37 boxes, 4 freezers",
    "Box label faded — re-labelled '2022-11 ChIP inputs' based on tube caps",
    "Keep FFPE blocks at RT, not in the fridge (condensation)",
    "Tube 7 cracked during thaw; contents lost, noted in ELN",
    "'Hazard: EtBr' sticker on the shelf, use nitrile gloves",
    "Building 3 / Room 0.21 / Freezer F-07 / Shelf 4 / Rack D / Box 2",
    "restock: filter tips 10 µL × 20 racks, 200 µL × 10",
    "96-DW plates, 40 pcs – cupboard above the sink",
    "Box 'RE #1': EcoRI-HF, BamHI-HF, NotI-HF, XhoI, NcoI-HF",
    "dNTP mix 10 mM (each), 10 aliquots × 100 µL",
    "−150 °C freezer: primary cells from donors D01–D14 (consent ID on file)",
    "EDTA blood – process within 4 h; plasma aliquots 500 µL × 4",
    "Sample S-0193 'consumed' — set quantity to 0 in LIMS",
    "Write the open date on the bottle; discard after 6 months",
    "Box barcode FRZ2-RC-B14 (scan before taking anything)",
    "SYBR Safe ready-to-use (1:10,000) – dark bottle, shelf 1",
    "Sodium azide 10 % (w/v) — toxic, locked cabinet",
    "PFA 4 % aliquots 10 mL, −20 °C, thaw once",
    "LB+Amp plates (100 µg/mL) poured 2024-06-03; use within 4 weeks",
    "Competent DH5α (10^8 cfu/µg), 50 µL aliquots; never refreeze",
    "Spare racks for boxes 15–20 <ordered, ETA July>",
    "ELISA kits (IL-6, TNF-α) 2 × 96 tests – exp. 2025-03",
    "LN2 delivery: 180 L / week (Tue)",
    "select 'Consumed' or 'Discarded' when the vial is empty",
    "Congelatore −80 °C, ripiano 3: campioni di siero (progetto COVID-2)",
]

FREEZERS = ["−80 #1", "−80 #2", "−80 #3", "−20 #A", "−20 #B", "LN2 tank A", "4 °C cold room"]
ITEMS = ["gDNA", "total RNA", "cDNA", "plasmid miniprep", "glycerol stock", "serum aliquot",
         "cell pellet", "library (4 nM)", "protein lysate", "antibody aliquot", "sgRNA (100 µM)",
         "PCR product"]


def t_freezer_loc(rng):
    return "{}, Rack {}, Box {}, pos. {}{} — {} {}".format(
        rng.choice(FREEZERS), rng.choice("ABCDEF"), rng.randint(1, 30), rng.choice("ABCDEFGHI"),
        rng.randint(1, 9), rng.choice(SAMPLE_TOKENS), rng.choice(ITEMS))


def t_reagent_lot(rng):
    return "{} lot {}{}{}, exp. {}-{:02d}, qty {} × {}".format(
        rng.choice(["Q5 polymerase", "T4 ligase", "Proteinase K", "TRIzol", "AMPure XP",
                    "Qubit HS kit", "DAPI", "Lipofectamine 3000", "Puromycin", "Trypsin-EDTA"]),
        rng.randint(10, 24), rng.choice("ABCDEFGHK"), rng.randint(1000, 9999),
        rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 8),
        rng.choice(["1 mL", "500 µL", "100 rxn", "60 mL", "5 mg"]))


# ---------------------------------------------------------------------------
# 9. eln_notes: free-text notebook entries, multilingual
# ---------------------------------------------------------------------------
ELN = [
    "Tried the touchdown program again; still smear > 2 kb. Next: drop annealing to 58 °C & add 5 % DMSO.",
    "Meeting 2024-06-11: select top 50 hits (FDR < 0.05) and take the union with the literature list; Marta updates the sheet.",
    "Note to self: read_sheet() breaks when a row ends with ';' — strip before split.",
    "Cluster down 10:00–12:30; jobs stuck in 'PD', resubmitted with --exclude=node17.",
    "First login on the HPC: run passwd to change the temporary password, then add your SSH key (see wiki).",
    "eval set = 20 % of samples, stratified by batch, never touched during tuning",
    "Sleep-deprivation cohort: mice 1–8 (SD, 6 h gentle handling), 9–16 (ctrl).",
    "Incubator alarm (CO2 < 4 %) at 03:12 — alert mail went to the old list; fixed in the admin panel.",
    "Day 3 post-transfection: GFP+ ~40 %. Cells look happy. Split 1:4.",
    "Western for p-ERK/ERK:\n- lysates from 2024-06-07\n- 20 µg/lane\n- p-ERK strong at 15', gone by 60'\n=> repeat with 5' & 10' time points",
    "Reminder: plot_qc.R needs ggplot2 ≥ 3.4 (uses linewidth=)",
    "Why is S07 empty?! → index typo in the sample sheet (CTGATCGT vs CTGATGCT). Re-demux tomorrow.",
    "Drop the first 12 bp of R2 (UMI + linker) before alignment.",
    "Execution time for the full cohort: ~14 h on 200 cores.",
    "Gel: lanes 1–6 OK, lane 7 empty (forgot the template?), lane 8 ladder.",
    "Protocol v2 vs v3: v3 uses 0.8× beads instead of 1.0× → fewer short fragments. Keep v3.",
    "Discussed with PI: 'system' = the CRISPRi system (dCas9-KRAB), not the lab server :)",
    "SLURM log for S14 said 'OOM killed'; increased --mem to 96G and resubmitted the script.",
    "Found 3 vials of the old 'Kyoto' HeLa labelled < 2019; discarded per SOP.",
    "Plan for tomorrow:\n1) thaw K562\n2) prep RNP\n3) book the Nucleofector (9:00–11:00)",
    "Heute: Transfektion HEK293T mit pX330-sgRNA#2; Effizienz morgen per FACS prüfen.",
    "Aujourd'hui : extraction ARN des foies (n = 12), RIN à vérifier demain matin.",
    "Hoy: PCR de colonias, 8/12 positivas; mandar a secuenciar las 3 mejores.",
    "本日：ウェスタンブロット。β-actin は均一、目的バンドは KO で消失。",
    "今天：做了 qPCR，GAPDH 的 Ct 值偏高（~24），可能 RNA 量不足。",
    "Сегодня: трансформация DH5α, 40 колоний, ночь при 37 °C.",
    "Oggi: coltura primaria di neuroni, DIV 7, morfologia ok.",
    "Hoje: purificação da proteína por Ni-NTA, eluída com 250 mM imidazol.",
    "Idag: RNA-extraktion av 24 prover, alla RIN > 8.",
    "Dziś: izolacja DNA z krwi (n=10), stężenie 20–60 ng/µL.",
    "Bugün: hücre sayımı ve ekim, 96 kuyucuklu plaka, 5 000 hücre/kuyu.",
    "오늘: 플라스미드 미니프렙 6개, 제한효소 절단 확인 완료",
    "Yield: 12.4 mg/L culture; SDS-PAGE shows >90 % purity (band at ~32 kDa).",
    "Ordered new TRIzol (old bottle turned yellow/brown).",
    "<b>Important</b>: the −80 in room 2.114 is NOT on emergency power!",
    "Rebooted the qPCR machine; software said 'exec failed: licence not found' — IT ticket #4471.",
    "Batch effect! Plate 2 samples cluster together regardless of genotype → add plate as covariate (~ plate + genotype).",
    "Mouse 12 found dead in cage (day 9); necropsy requested, excluded from analysis.",
    "Union of DE genes from both contrasts = 1,842; intersection = 311.",
    "The drop-out rate in scRNA is high for low-expressed TFs – consider imputation? (probably not)",
    "Colleague asked whether we can select by barcode in the LIMS search – yes, use the barcode filter.",
    "Used the 'exec' partition for the interactive job (salloc -p exec) because the gpu queue was full.",
    "Reviewer 2 wants a 'sleep deprivation × genotype' interaction term. Fine.",
    "Temperature log: 37.0 °C ± 0.2 overnight; humidity 95 %.",
    "Thanks to Dr. O'Neill for the anti-HA antibody (aliquot in box 'gifts').",
    "Trimming now with fastp instead of Trimmomatic 0.39 — results comparable (Δ mapping < 0.2 %).",
    "Had to chmod -R g+rw /data/proj/neuro so that Tim's jobs can write.",
    "Lab meeting slides: /shared/talks/2024-06-12_jlee.pptx",
    "Seq core says run 240517 will be delayed by ~3 days (flow cell QC).",
    "ΔΔCt analysis: KO vs WT fold change 0.21 (p = 0.003, n = 3).",
    "Colonies on plate 3 are tiny & translucent – contamination? Streak again.",
    "UV in the biosafety cabinet switched off at 18:00 – sash closed.",
    "Tube left open at RT for ~20 min → RNA may be degraded; flagged 'check RIN'.",
    "SOP-023 updated: always put '--' before file names in rm commands (names starting with '-')",
    "Hostname of the new NAS is nas02; /etc/hosts on the analysis VM still pointed to nas01, fixed.",
    "Scripts for figure 3 are in the repo under analysis/fig3/*.R — run make_fig3.R last.",
]

PEOPLE = ["JL", "MK", "AR", "TS", "Marta", "Kenji", "Léa", "Wei", "Olga", "Sven", "Ana"]
ELN_ACTS = ["thawed", "passaged", "transfected", "harvested", "lysed", "sequenced",
            "genotyped", "stained", "imaged", "re-plated"]
ELN_OBS = ["looks fine", "slightly contaminated?", "confluent, split tomorrow",
           "lower yield than last time", "as expected", "check again on Monday",
           "clumpy — filter through 40 µm", "morphology changed after dox"]


def t_eln_entry(rng):
    return "{}-{:02d}-{:02d} ({}): {} {} — {}.".format(
        2024, rng.randint(1, 12), rng.randint(1, 28), rng.choice(PEOPLE), rng.choice(ELN_ACTS),
        rng.choice(SAMPLE_TOKENS + CELLS), rng.choice(ELN_OBS))


def t_eln_todo(rng):
    items = rng.sample(["order Q5", "book the FACS (Tue 9:00)", "re-run S13", "update plate map",
                        "send gel to PI", "clean the hood", "thaw HEK293T", "check freezer #3 log",
                        "upload FASTQ to ENA", "fix sample sheet index"], 3)
    return "TODO ({}):\n- {}\n- {}\n- {}".format(rng.choice(PEOPLE), items[0], items[1], items[2])


# ---------------------------------------------------------------------------
# 10. sharing_requests: data-sharing requests with URLs and accessions
# ---------------------------------------------------------------------------
SHARING = [
    "Please share the raw FASTQ for GSE123456 via Globus (endpoint 'LabX-DTN', path /~/incoming/). Thanks!",
    "Could you upload to our SFTP sftp://transfer.partner-institute.example/incoming/lab_mueller? Credentials follow by phone.",
    "ENA study PRJEB71234 — please release on 2025-01-01 together with the paper.",
    "Reviewer access: https://www.ncbi.nlm.nih.gov/geo/query/acc.cgi?acc=GSE999999 (token <REVIEWER_TOKEN>)",
    "Download link https://figshare.com/s/0a1b2c3d4e5f6a7b8c9d expires in 14 days",
    "We'd like the BAMs for samples 1–12 & 20; MTA signed (ref. MTA-2024-117).",
    "Zenodo DOI 10.5281/zenodo.1234567 – please cite this if you use the counts.",
    "UCSC view: https://genome.ucsc.edu/cgi-bin/hgTracks?db=hg38&position=chr17:7661779-7687550",
    "ENA FASTA: https://www.ebi.ac.uk/ena/browser/api/fasta/MN908947.3?download=true",
    "Data request from Dr. A. Kowalczyk (Uni Wrocław): VCFs for the HG002 benchmark, method comparison only.",
    "Can you make the track hub public? hub.txt is at https://seqcore.lab.example/hubs/neuro/hub.txt",
    "Request: 10x matrices (filtered_feature_bc_matrix/) for S1–S4; they'll go to cellxgene.",
    "Upload via Aspera: ascp -QT -l 300m -P33001 -i aspera.openssh files/ <ENA-UPLOAD-USER>@fasp.sra.ebi.ac.uk:/.",
    "Data use: non-commercial, no re-identification attempts, delete after project end (DUA §4.2).",
    "Could you share the Snakemake workflow too? A GitHub link (https://github.com/lab-example/rnaseq-wf) is fine.",
    "The link http://seqcore.intra.lab.example/download?run=240517&project=neuro only works inside the VPN.",
    "Dataset EGAD00001009999 – access via the DAC, form attached.",
    "Share with: jlee@uni.example; mpark@partner.example; (read-only)",
    "Pls include md5sums; last time 2 files were truncated (size 0 bytes).",
    "Anfrage: Könnten Sie uns die FASTQ-Rohdaten der Proben 1–8 über Nextcloud freigeben? https://cloud.uni.example/s/AbCdEf123",
    "Demande : partage des fichiers BAM via FileSender, lien valable 7 jours s'il vous plaît.",
    "Solicitud: compartir las matrices de conteo (counts.tsv) con el grupo de la Dra. Ruiz, vía Drive.",
    "データ共有のお願い：DRA012345 の公開日を 2025/03 に延期してください。",
    "数据共享申请：请把 S1–S12 的 VCF 通过 https://pan.uni.example/s/xyz 分享给我们。",
    "Запрос: пришлите, пожалуйста, FASTQ файлы по ссылке https://disk.uni.example/d/Qw3rTy",
    "Richiesta: accesso ai dati proteomici (PRIDE PXD041234) prima della pubblicazione.",
    "Pedido: partilhar os ficheiros .raw do LC-MS via https://transfer.uni.example/?id=8812",
    "Transfer bucket: s3://partner-incoming-bucket/lab_x/ (write-only, policy attached)",
    "wget -r -np -nH --cut-dirs=3 https://seqcore.lab.example/deliveries/2024/neuro/ --user=<USER> --ask-password",
    "curl -O 'https://seqcore.lab.example/api/v1/runs/240517/files?type=fastq&sample=S01'",
    "Paper: <https://doi.org/10.1038/s41586-020-2649-2> (for the data description)",
    "The metadata sheet follows MIxS; columns 'lat_lon' & 'env_broad_scale' are filled.",
    "Please do NOT share identifiable metadata (age > 89, rare-disease codes) outside the consortium.",
    "https://www.ebi.ac.uk/ena/portal/api/filereport?accession=PRJEB12345&result=read_run&fields=fastq_ftp,fastq_md5&format=tsv",
    "https://rest.uniprot.org/uniprotkb/P04637.fasta",
    "https://www.ncbi.nlm.nih.gov/sra/?term=SRR12345678",
    "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/efetch.fcgi?db=nuccore&id=NM_000546.6&rettype=fasta&retmode=text",
    "https://www.encodeproject.org/files/ENCFF000ABC/@@download/ENCFF000ABC.bigWig",
    "https://data.cyverse.example/dav/home/jlee/shared/run17/",
    "https://deliveries.s3.eu-central-1.amazonaws.com/neuro.tar?X-Amz-Expires=604800&X-Amz-Signature=<SIGNATURE>",
    "Data availability: 'Raw reads are available at SRA under BioProject PRJNA987654.'",
    "Can you re-share? The Globus link for /~/proj_neuro/ says 'permission denied'.",
    "Request #318: BAM + BAI + VCF (GRCh38) for trio F-12 (proband, mother, father) – IRB approval 2024-117 attached",
    "Collaborator wants the data 'in the cloud' — propose Terra workspace 'lab-neuro-share'.",
    "Please confirm that the dbGaP consent code is GRU (general research use) & not DS-CA.",
    "Expected volume: ~3.2 TB (96 × 30× WGS CRAM).",
    "Hi! Is there a way to select only the R1 files in the portal? Downloading R1+R2 doubles the traffic.",
    "Sharing agreement: data stays on-prem; analysis via remote access only (VPN + 2FA).",
    "Dropbox link (https://www.dropbox.com/scl/fi/abc123/plate_maps.zip?rlkey=xyz&dl=0) — please mirror it to the NAS.",
    "Kindly send the union of all called peaks (BED) plus the per-replicate files.",
]

INSTITUTES = ["Uni Heidelberg", "Karolinska", "UCL", "Institut Pasteur", "KU Leuven",
              "Universidad de Chile", "Kyoto Univ.", "ETH Zürich", "UW–Madison", "IRB Barcelona"]
DATASETS = ["raw FASTQ", "aligned BAMs", "gVCFs", "count matrix", "10x H5 files",
            "bigWig tracks", "LC-MS .raw files", "flow .fcs files", "peak BEDs"]
METHODS = ["Globus", "SFTP", "Aspera", "S3 pre-signed URL", "Nextcloud share", "FileSender"]


def t_share_request(rng):
    proj = rng.choice(["PRJEB", "PRJNA", "GSE", "E-MTAB-"]) + str(rng.randint(10000, 999999))
    return "Request from {} ({}): {} for {} via {}; DUA signed {}-{:02d}.".format(
        rng.choice(["Dr. Novak", "Prof. Tanaka", "Dr. Haddad", "M. Lefèvre", "Dr. Okafor",
                    "Dr. Sørensen", "Dr. García"]),
        rng.choice(INSTITUTES), rng.choice(DATASETS), proj, rng.choice(METHODS),
        rng.choice([2023, 2024]), rng.randint(1, 12))


def t_share_url(rng):
    return "https://seqcore.lab.example/share/{}?run={}&sample={}&expires={}d".format(
        "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)),
        rng.choice(["240517", "240603", "240611", "231120", "240102"]),
        rng.choice(SAMPLE_TOKENS), rng.choice([3, 7, 14, 30]))


# ---------------------------------------------------------------------------
CATEGORIES = [
    ("sample_ids", SAMPLE_IDS, [t_sample_name, t_index_pair, t_plate_well]),
    ("fasta", FASTA, [t_fasta_record, t_fasta_header]),
    ("primers", PRIMERS, [t_primer, t_primer_pair]),
    ("protocol_steps", PROTOCOL, [t_protocol_step, t_cycling]),
    ("pipeline_cmds", PIPELINE, [t_pipeline, t_sbatch]),
    ("data_paths", DATA_PATHS, [t_path, t_illumina_fastq]),
    ("qc_reports", QC, [t_qc_line, t_rna_qc]),
    ("freezer_inventory", FREEZER, [t_freezer_loc, t_reagent_lot]),
    ("eln_notes", ELN, [t_eln_entry, t_eln_todo]),
    ("sharing_requests", SHARING, [t_share_request, t_share_url]),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, templates in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in {}: {!r}".format(cat, v))
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        if n_lit > PER_CATEGORY:
            raise SystemExit("too many literals in {}".format(cat))
        i = 0
        attempts = 0
        while len(values) < PER_CATEGORY:
            v = templates[i % len(templates)](rng)
            i += 1
            attempts += 1
            if attempts > 10000:
                raise SystemExit("template pool exhausted for " + cat)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if n_lit * 100 < 55 * PER_CATEGORY:
            raise SystemExit("{}: only {} literals".format(cat, n_lit))
        stats.append((cat, len(values), n_lit))
        for v in values:
            rows.append((cat, v))

    lines = []
    for idx, (cat, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        obj = {"id": "{}-{:05d}".format(PREFIX, idx), "category": cat, "label": "benign", "value": v}
        lines.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")

    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print("{:<20} {:>4}  literals {:>3}".format(cat, n, n_lit))
    print("{:<20} {:>4}  literals {:>3}".format("TOTAL", len(rows), total_lit))
    print("wrote", OUT)


if __name__ == "__main__":
    main()
