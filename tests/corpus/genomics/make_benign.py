#!/usr/bin/env python3
"""Benign corpus for a genomics sequencing platform (held-out WAF evaluation).

Standard library only. Writes benign.jsonl next to this file.
10 categories x 80 values. Each category: hand-written literals (>= 50),
topped up to 80 by ONE small template over hand-written pools.
"""
import json
import os
import random

SEED = 14501
PREFIX = "hbe5"
PER_CATEGORY = 80
rng = random.Random(SEED)


def lines(block):
    """One value per non-empty line of a hand-written block."""
    return [ln for ln in block.split("\n") if ln.strip()]


CATS = []  # (category, literals, template_fn)

# ---------------------------------------------------------------- sample_sheet
sample_sheet = lines(r"""
Sample_ID,Sample_Name,I7_Index_ID,index,I5_Index_ID,index2,Sample_Project
NA12878_rep1,NA12878,UDI0001,CCGCGGTT,UDI0001,AGCGCTAG,GIAB_2024
S-2024-0113,tumour biopsy (left lobe),UDI0017,TTACAGGA,UDI0017,GCTTGTCA,ONC-Lung
PT_0042_N,PT_0042 normal blood,N701,TAAGGCGA,S502,CTCTCTAT,Cohort-B
[Header]
IEMFileVersion,5
Investigator Name,Dr. Aoife O'Sullivan
Experiment Name,RUN_240312_NovaSeq_FC_HCNVKDSXY
Date,2024-03-12
Workflow,GenerateFASTQ
Application,NovaSeq FASTQ Only
Chemistry,Amplicon
[Reads]
151
151
[Settings]
Adapter,AGATCGGAAGAGCACACGTCTGAACTCCAGTCA
AdapterRead2,AGATCGGAAGAGCGTCGTGTAGGGAAAGAGTGT
[Data]
Lane,Sample_ID,Sample_Name,index,index2
1,Zebrafish_embryo_24hpf,ZF-24h,GATCAG,
ECOLI-K12-MG1655,ecoli_k12,,ATCACGAT,,Microbio
sample names can't contain spaces – use underscores instead of "Tumor A"
Sample_Project = Müller_Lab_RNAseq (PI: Prof. Jürgen Müller)
Description: FFPE block #3, DV200 = 42% -> use KAPA HyperPrep
Library prep: TruSeq DNA PCR-Free; insert size ~350 bp; 2x150
Index pair UDP0093/UDP0093 – please double-check, i5 may need reverse-complement for NovaSeq v1.5
Hs_Liver_01;Hs_Liver_02;Hs_Liver_03 (semicolon-separated in the old template, sorry)
override cycles: Y151;I8N2;I8N2;Y151
BCLConvert_Settings: OverrideCycles,Y151;I10;I10;Y151
CreateFastqForIndexReads,1
Sample_Well,A01 | B01 | C01 | D01
サンプル名: マウス肝臓_3週齢_雄
样本编号：HZ-2024-007（血浆 cfDNA）
Образец: НК-17, кровь, ЭДТА
Échantillon « Témoin_négatif » – eau sans nucléase
Muestra de saliva – paciente Nº 18, consentimiento firmado
Patient_0087; relationship=mother; affected=0; sex=F
family_id,individual_id,paternal_id,maternal_id,sex,phenotype
FAM012	P3	P1	P2	1	2
project code ONC-Lung <-> billing code 4410-22
Pool_A (samples 1-48) & Pool_B (49-96)
96 samples, 4 lanes, target 30x, ~ 100 Gb per sample
D'Arcy_WGS_trio_child
O'Brien_exome_proband
Sample_Name must be ≤ 100 characters and unique per lane
UMI: 8bp in i7 (N8 in index read 1)
Lane 3 only – rerun of failed libs from 240301
blank/NTC controls at H11 and H12
phiX spike-in 1%
tumour purity (pathologist estimate): 60–70%
Illumina_DNA_Prep_Tagmentation, 24 cycles? no, 5 cycles PCR
Sample_Type: Saliva (Oragene OG-600)
Kit: Twist Exome 2.0 + RefSeq spike-in
Lane,Sample_ID,index,index2 — do we still need the Lane column for NovaSeq X?
Sample_ID "HG002-rep2" copied from last week's sheet, please update index
""")
sheet_pools = (
    ["NA12878", "HG002", "PT_0113", "ZF-embryo", "mm10-liver", "S-0789", "AT-Col0", "ECOLI-K12"],
    ["_T", "_N", "_rep2", "_lib1", "_RNA", "_cfDNA"],
    ["ATCACGAT", "CGATGTTT", "TTAGGCAT", "TGACCACT", "ACAGTGGT", "GCCAATGT", "CAGATCTG"],
    ["GIAB_2024", "ONC-Lung", "Cohort-B", "Plant_Stress", "Microbio", "Neuro-Dev"],
)


def t_sheet(r):
    a, b, c, d = (r.choice(p) for p in sheet_pools)
    return f"{r.randint(1, 4)},{a}{b},{a},{c},{d}"


CATS.append(("sample_sheet", sample_sheet, t_sheet))

# ---------------------------------------------------------------- sequence_snippet
sequence_snippet = lines(r"""
>chr17:43044295-43044395 BRCA1 exon 11 fragment
ATGGATTTATCTGCTCTTCGCGTTGAAGAAGTACAAAATGTCATTAATGCTATGCAGAAAATCTTAGAGTGTCC
>NM_000546.6 TP53 mRNA (partial)
GATGGGATTGGGGTTTTCCCCTCCCATGTGCTCAAGACTGGCGCTAAAAGTTTTGAGCTTCTCAAAAGTC
@A00123:8:HCNVKDSXY:1:1101:10004:1000 1:N:0:CCGCGGTT+AGCGCTAG
+
FFFFFFFFF:FFFFFFFFFFFFFFFF,FFFFFFF:FFFFFFFFFFF
@SRR1553607.1 1 length=202
NNNNNNNNNNACGTTGCAAGGCTTACG
>sp|P04637|P53_HUMAN Cellular tumor antigen p53 OS=Homo sapiens
MEEPQSDPSVEPPLSQETFSDLWKLLPENNVLSPLPSQAMDDLMLSPDDIEQWFTEDPGP
primer F: 5'-GTGCTGAGGTTCAGAGCCAT-3'
primer R: 5'-ACAGGTCCAGGTTGAAGGTG-3' (Tm 60 °C)
gRNA: GAGTCCGAGCAGAAGAAGAA NGG
adapter dimer peak at 128 bp: AGATCGGAAGAGC…
poly-A tail trimmed: AAAAAAAAAAAAAAAAAAAA
CpG island: CGCGGCGCGCCGCGCG
>contig_0001 len=15234 cov=48.2
>scaffold_12|arrow|pilon
ACGT-ACGT--ACG (gapped alignment row)
TTGACA...17bp...TATAAT (sigma70 promoter)
5'-GAATTC-3' (EcoRI site)
reverse complement of ACCGGT is ACCGGT – palindromic, AgeI
>seq1 desc with spaces & symbols: 16S rRNA; V3–V4 region
CCTACGGGNGGCWGCAG / GACTACHVGGGTATCTAATCC (341F / 805R)
Phred 30 = '?' in Sanger encoding; 40 = 'I'
quality line ends with '#' → those bases are Q2, trim them
FASTQ header: @<instrument>:<run>:<flowcell>:<lane>:<tile>:<x>:<y> <read>:<filtered>:<control>:<index>
read 2 quality string: AAFFFJJJJJJJJJJJJJJJJJ<JJJJJJJJJJJJJ7-<F
IUPAC: R=A/G, Y=C/T, S=G/C, W=A/T, K=G/T, M=A/C, N=any
translation: ATG GCC TGA → M A *
codon-optimised sequence for E. coli attached (pET28a-His6-GFP.fa)
>MN908947.3 Severe acute respiratory syndrome coronavirus 2 isolate Wuhan-Hu-1
CIGAR 76M2I73M, MD:Z:10A65
@HWI-ST1234:8:1101:1234:2000#0/1
>gi|123456|ref|NC_000913.3| Escherichia coli str. K-12
seq: ATGC ATGC | ATGC ATGC (spaces are just for readability)
microsatellite (CA)n repeat: CACACACACACACACACA
telomeric repeat (TTAGGG)x12
k-mer GATTACA appears 14 times
Kozak consensus: gccRccAUGG
stop codons: TAA | TAG | TGA
>ENSG00000141510 TP53 (ENSEMBL 110)
>read_17 barcode=ACGTTGCA umi=GGTACCAT
soft-clipped bases at the 5' end: TCGTCGGCAGCGTC (Nextera adapter)
>hg38_dna range=chr1:11874-12227 5'pad=0 3'pad=0 strand=+
AGCTTCAGGCACTTAGCACG > AGCTTCAGGAACTTAGCACG (C→A at pos 10)
sgRNA library: 4 guides/gene, 20-mers, e.g. CACCGAAGTTGCTGATGCCAACTG
ONT read header: @3f1c... runid=8a2b... read=1234 ch=117 start_time=2024-03-12T10:22:31Z
>U00096.3 E. coli K-12 MG1655, complete genome (4,641,652 bp)
MSA block: human  ACGTAC--GT / mouse  ACGTACTTGT / zebrafish  ACG-ACTTGT
RNA: AUGGCCUAA (U instead of T)
""")
seq_multiline = [
    ">amplicon_23\nGGTCTCAGGCTTCCTGAGTGCAGAACTTCCGTGACAAGGAGTGGCAGCTG\nCTAGTAGACCTTCGGAGCAGCTGCTGGGAGGATGACGGGCCAGA",
    "@read_0001\nACGTAGGCTTAGCT\n+\nIIIIIHHHGGFF##",
    "Can someone check this FASTQ? Line 3 is just '+' and line 4 is shorter than line 2:\n@r1\nACGTACGT\n+\nIIII",
]
seq_pools = (
    ["ATG", "GCC", "TTA", "CGA", "AAC", "GGT", "TCT", "CAG"],
    ["chr1", "chr2", "chr7", "chrX", "chrM", "chr12"],
)


def t_seq(r):
    codons, chroms = seq_pools
    start = r.randint(10000, 9999999)
    body = "".join(r.choice(codons) for _ in range(r.randint(8, 20)))
    return f">{r.choice(chroms)}:{start}-{start + len(body) - 1}\n{body}"


CATS.append(("sequence_snippet", sequence_snippet + seq_multiline, t_seq))

# ---------------------------------------------------------------- vcf_line
vcf_line = lines(r"""
##fileformat=VCFv4.2
##reference=GRCh38
##contig=<ID=chr1,length=248956422,assembly=GRCh38>
##INFO=<ID=DP,Number=1,Type=Integer,Description="Total Depth">
##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">
##FILTER=<ID=LowQual,Description="QUAL < 30">
##ALT=<ID=DEL,Description="Deletion">
#CHROM	POS	ID	REF	ALT	QUAL	FILTER	INFO	FORMAT	NA12878
chr17	43045712	rs80357906	C	T	99	PASS	DP=64;AF=0.5	GT:AD:DP	0/1:31,33:64
chr7	117559590	rs113993960	ATCT	A	812.77	PASS	DP=40;MQ=60	GT	0/1
chr1	12345	.	G	<DEL>	.	PASS	SVTYPE=DEL;END=15000;SVLEN=-2655	GT	1/1
chr2	321682	.	T	T[chr13:123456[	6	PASS	SVTYPE=BND	GT	0/1
chrX	153296777	.	G	A,C	50	LowQual	DP=8	GT	1/2
chr22	19710000	.	N	<DUP:TANDEM>	.	PASS	END=19720000	GT	0|1
chr19	44908684	rs429358	T	C	3000	PASS	CSQ=C|missense_variant|MODERATE|APOE	GT	1|1
chrM	3243	.	A	G	.	PASS	HF=0.23	GT:HF	0/1:0.23
GT:AD:DP:GQ:PL  0/1:12,9:21:99:255,0,301
./.:0,0:0:.:.
phased genotype 0|1 vs unphased 0/1 – why does bcftools output both?
INFO field: AC=2;AN=4;AF=0.5;ExcessHet=3.0103;FS=0.000;MLEQ=1;QD=25.73;SOR=0.693
FILTER=VQSRTrancheSNP99.90to100.00
##bcftools_normCommand=norm -m -both -f GRCh38.fa; Date=Tue Mar 12 10:22:31 2024
##source=HaplotypeCaller
##GATKCommandLine=<ID=HaplotypeCaller,CommandLine="HaplotypeCaller --emit-ref-confidence GVCF">
chr1:155235843 G>A (GBA1 N409S)
NC_000017.11:g.43045712C>T
NM_007294.4:c.5266dupC (p.Gln1756Profs*74)
ENST00000357654.9:c.181T>G
p.Val600Glu (BRAF V600E)
chr12:25245350 C>A – KRAS G12V, VAF 18.4%
del 7q31 (CFTR region) – 2.1 Mb, het
QUAL=. for all sites in the joint-called file, is that expected?
END=69581;MinDP=12 (gVCF ref block)
<NON_REF> allele shows up in every line of the gVCF
chr6	31324000	HLA-B*57:01	.	.	.	.	.	.
SVTYPE=INV;CIPOS=-10,10;CIEND=-5,5
DP>=10 && GQ>=20 → keep
FORMAT/AD[0:1] / FORMAT/DP > 0.2
bcftools view -i 'QUAL>50 && INFO/DP>10' in.vcf.gz
AF<0.01 in gnomAD v4 (popmax 0.0003)
chr3	37067240	.	T	TA	221	PASS	DP=55	GT:AD	0/1:28,27
chr13	32340300	rs80359550	AT	A	650	PASS	DP=47;AF=0.5	GT	0/1
chr4	3074877	.	CAG	C	45	PASS	DP=30;STR=1;RU=CAG;REF=21	GT	0/1
chr5	.	.	.	.	.	.	.	.
##SAMPLE=<ID=PT_0042_T,Description="tumour, FFPE">
##PEDIGREE=<Child=P3,Mother=P2,Father=P1>
##INFO=<ID=CSQ,Number=.,Type=String,Description="Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL">
##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Allelic depths for the ref and alt alleles in the order listed">
GT=0/0 but AD=2,18?? looks like a genotyping error
why is POS 0-based in the BED but 1-based in the VCF?
chr1:g.11856378G>A (MTHFR C677T), homozygous
multi-allelic split: A>C,T → two records
NC_012920.1:m.3243A>G (MELAS), heteroplasmy 23%
chrY	2787000	.	A	G	.	PASS	.	GT	1
""")
vcf_pools = (
    ["chr1", "chr3", "chr11", "chr17", "chr19", "chrX"],
    ["A", "C", "G", "T"],
    ["PASS", "LowQual", "PASS", "q10", "PASS"],
    ["0/1", "1/1", "0|1", "1|0", "./."],
)


def t_vcf(r):
    chroms, bases, filters, gts = vcf_pools
    ref = r.choice(bases)
    alt = r.choice([b for b in bases if b != ref])
    dp = r.randint(5, 250)
    return (f"{r.choice(chroms)}\t{r.randint(10000, 200000000)}\t.\t{ref}\t{alt}\t"
            f"{r.randint(10, 3000)}\t{r.choice(filters)}\tDP={dp}\tGT:DP\t{r.choice(gts)}:{dp}")


CATS.append(("vcf_line", vcf_line, t_vcf))

# ---------------------------------------------------------------- variant_annotation
variant_annotation = lines(r"""
Likely pathogenic – frameshift in BRCA2, ClinVar 3 stars, segregates with disease in family.
VUS; REVEL 0.41, CADD 22.3 – not enough to upgrade
Benign (BA1): allele frequency 7% in gnomAD NFE
PM2 + PP3 + PS4_Moderate → likely pathogenic per ACMG/AMP 2015
PVS1 doesn't apply: last exon, escapes NMD
Splice region: SpliceAI Δ score 0.82 (acceptor loss) – recommend RNA study
The "drop" in coverage at exon 4 is a known GC-rich region, not a deletion.
Select transcripts: MANE Select only, ignore RefSeq Plus for now
Reclassified from VUS to likely benign after functional assay (see Findlay et al.)
de novo in proband, absent in both parents (trio, 35x)
Heterozygous compound: c.1521_1523delCTT (p.Phe508del) & c.3846G>A (p.Trp1282*)
Mosaic ~12% in blood; check buccal swab
annotation source: VEP 110 | ClinVar 2024-02 | gnomAD 4.0 | dbNSFP 4.5a
Consequence: missense_variant&splice_region_variant
Gene: MYH7; HGVSc: c.1208G>A; HGVSp: p.Arg403Gln; hypertrophic cardiomyopathy
pharmacogenomics: CYP2C19 *2/*2 → poor metaboliser, avoid clopidogrel
CYP2D6 *1/*4 (intermediate) — copy number 2
HLA-B*58:01 positive → allopurinol hypersensitivity risk
TMB = 14.2 mut/Mb (high); MSI-H by MSIsensor score 38%
Variante probablemente patogénica en MLH1; confirmar con Sanger.
Variante de signification incertaine (VSI) – pas de données familiales.
Variante wahrscheinlich benigne, Populationsfrequenz > 1 %
病的意義不明のバリアント（VUS）、家系解析待ち
致病性变异，建议遗传咨询
Вариант с неизвестной клинической значимостью
Note: rs number merged (rs121913529 → rs112445441), update the report
Tumour-only call, no matched normal – germline status unknown
LOH on 17p, TP53 c.743G>A hom → biallelic
"Reportable" flag should be set only after second analyst review
AF in ExAC Latino 0.0021 vs 0.00004 overall (founder effect?)
sort by CADD desc, then by gnomAD AF asc – that's the order Dr. Ndiaye wants
In-frame deletion of 3 aa in a repeat region; PM4 not applicable
Population: 1000G AFR 0.13, EAS 0.00
Copy number gain chr8q (MYC) log2 ratio +1.4
Fusion EML4::ALK (exon 13::exon 20), 42 split reads
NTRK3 fusion not detected (limit of detection ~5%)
ClinVar conflicting interpretations (2 P, 1 VUS) – we side with P
Gene panel v3.2 excludes TTN because of too many VUS
ACMG secondary findings v3.2 list – opted out by patient
Re-annotate all samples from 2021 with the new splice model, please
PS3_Supporting from minigene assay (exon skipping 85%)
reference allele mismatch: VCF says G, GRCh38 says A at chr2:47403188
incidental finding in APOB – refer to lipid clinic
sem significado clínico conhecido; reavaliar em 12 meses
The annotation says "union of RefSeq and Ensembl" – which one wins when they disagree?
Variant is in a low-complexity region (LCR) — treat with caution
Somatic VAF 3% < 5% reporting threshold, kept in appendix
Gain-of-function; hotspot (cancerhotspots.org, n=412)
Loss-of-function intolerant gene (pLI 1.00, LOEUF 0.12)
Variant observed in 3/1200 in-house controls
Classified pathogenic by 2 labs in ClinVar; we concur (PS1 not applicable)
OMIM #219700 cystic fibrosis, AR inheritance
Nonsense-mediated decay predicted; PVS1 (very strong)
PP1_Strong: co-segregates in 7 affected relatives
""")
annot_pools = (
    ["BRCA1", "BRCA2", "TP53", "MLH1", "CFTR", "KCNQ1", "SCN5A", "LDLR", "PTEN", "APC"],
    ["c.68_69delAG", "c.5266dupC", "c.181T>G", "c.1A>G", "c.3G>A", "c.-32-13T>G", "c.2T>C"],
    ["pathogenic", "likely pathogenic", "VUS", "likely benign", "benign"],
    ["PM2, PP3", "PVS1, PM2", "BS1", "PS4, PM1", "BP4, BP7", "PM5, PP3"],
)


def t_annot(r):
    g, c, cls, crit = (r.choice(p) for p in annot_pools)
    return f"{g} {c}: {cls} ({crit}); reviewed by analyst {r.randint(1, 12)}"


CATS.append(("variant_annotation", variant_annotation, t_annot))

# ---------------------------------------------------------------- pipeline_command
pipeline_command = lines(r"""
bwa mem -t 16 -R '@RG\tID:L1\tSM:NA12878\tPL:ILLUMINA' GRCh38.fa R1.fq.gz R2.fq.gz | samtools sort -@8 -o NA12878.bam -
samtools index NA12878.bam && samtools flagstat NA12878.bam > NA12878.flagstat.txt
samtools view -b -q 20 -F 0x904 in.bam chr17:43044295-43125483 > brca1.bam
samtools depth -a -b targets.bed sample.bam | awk '{sum+=$3} END {print sum/NR}'
gatk MarkDuplicates -I in.bam -O dedup.bam -M metrics.txt
gatk HaplotypeCaller -R GRCh38.fa -I dedup.bam -O out.g.vcf.gz -ERC GVCF --java-options "-Xmx8g"
gatk --java-options "-Xmx32g" GenotypeGVCFs -R ref.fa -V gendb://cohort_db -O cohort.vcf.gz
gatk VariantFiltration -V raw.vcf -O filt.vcf --filter-expression "QD < 2.0 || FS > 60.0" --filter-name "snp_hard"
bcftools norm -m -any -f GRCh38.fa in.vcf.gz -Oz -o norm.vcf.gz; tabix -p vcf norm.vcf.gz
bcftools query -f '%CHROM\t%POS\t%REF\t%ALT[\t%GT]\n' calls.vcf.gz | head
nextflow run nf-core/sarek -r 3.4.0 -profile docker --input samplesheet.csv --outdir results/
nextflow run nf-core/rnaseq -profile singularity -resume --genome GRCh38
nextflow log | tail -n 5
fastp -i R1.fq.gz -I R2.fq.gz -o R1.trim.fq.gz -O R2.trim.fq.gz --detect_adapter_for_pe -w 8
cutadapt -a AGATCGGAAGAGC -A AGATCGGAAGAGC -o out1.fq -p out2.fq in1.fq in2.fq
STAR --runThreadN 12 --genomeDir star_idx/ --readFilesIn R1.fq.gz R2.fq.gz --readFilesCommand zcat
salmon quant -i gencode_v44_idx -l A -1 R1.fq.gz -2 R2.fq.gz -p 8 -o quants/S1
featureCounts -T 8 -p -a gencode.v44.gtf -o counts.txt *.bam
multiqc . -o qc_report/ --force
for f in *.fastq.gz; do fastqc -t 4 "$f"; done
ls results/*/variant_calling/ | wc -l
zcat R1.fastq.gz | head -n 8
cat sample_list.txt | xargs -I{} -P 4 bash run_one.sh {}
export NXF_OPTS='-Xms1g -Xmx4g'
echo $PATH – is samtools 1.19 first or the old conda one?
conda activate gatk4 && gatk --version
docker run --rm -v $(pwd):/data broadinstitute/gatk:4.5.0.0 gatk CountReads -I /data/in.bam
singularity exec --bind /scratch:/scratch bwa_0.7.17.sif bwa index ref.fa
sbatch --mem=64G --cpus-per-task=16 --time=24:00:00 align.sh
srun -p gpu --gres=gpu:1 pbrun fq2bam --ref ref.fa --in-fq R1.fq R2.fq --out-bam out.bam
minimap2 -ax map-ont ref.mmi reads.fq > aln.sam
picard CollectInsertSizeMetrics I=in.bam O=ism.txt H=ism.pdf
mosdepth -t 4 -b exome.bed -n --fast-mode sample sample.bam
vep --cache --offline --assembly GRCh38 -i in.vcf -o out.vcf --vcf --everything
tabix -h gnomad.vcf.gz chr1:1000000-2000000 > region.vcf
bedtools intersect -a calls.bed -b blacklist.bed -v > clean.bed
bgzip -c in.vcf > in.vcf.gz && tabix -p vcf in.vcf.gz
params.outdir = "${launchDir}/results"
process { withName: 'BWA_MEM' { cpus = 16; memory = 64.GB } }
Channel.fromFilePairs("${params.reads}/*_R{1,2}.fastq.gz")
snakemake --cores 32 --use-conda -n   # dry run first!
rsync -av --progress run_240312/ /archive/runs/2024/
find . -name "*.bam" -size +50G
du -sh /scratch/ngs/* | sort -h
kraken2 --db k2_standard --paired R1.fq R2.fq --report k2.txt > /dev/null
seqkit stats -a *.fq.gz
awk -F'\t' '$7=="PASS"' calls.vcf > pass.vcf
grep -c '^>' proteins.fa
bismark --genome /ref/mm10 -1 R1.fq -2 R2.fq --parallel 4
deepvariant --model_type=WES --ref=ref.fa --reads=in.bam --output_vcf=out.vcf.gz --num_shards=16
samtools view -h in.bam | grep -v "XA:Z" | samtools view -b -o noalt.bam -
gatk Mutect2 -R ref.fa -I tumour.bam -I normal.bam -normal PT_0042_N --germline-resource af-only-gnomad.vcf.gz -O somatic.vcf.gz
cnvkit.py batch *T.bam --normal *N.bam --targets exome.bed --fasta ref.fa --output-dir cnv/
md5sum *.fastq.gz > checksums.md5 && md5sum -c checksums.md5
nextflow run main.nf -with-report report.html -with-trace -with-timeline timeline.html
""")
cmd_pools = (
    ["samtools flagstat", "samtools idxstats", "samtools stats", "mosdepth -n", "samtools quickcheck -v"],
    ["NA12878", "HG002", "PT_0113_T", "PT_0113_N", "S-0789", "ZF_24h"],
)


def t_cmd(r):
    tool, s = (r.choice(p) for p in cmd_pools)
    if tool.startswith("mosdepth"):
        return f"{tool} {s} aligned/{s}.markdup.bam"
    return f"{tool} aligned/{s}.markdup.bam > qc/{s}.{tool.split()[1]}.txt"


CATS.append(("pipeline_command", pipeline_command, t_cmd))

# ---------------------------------------------------------------- run_report
run_report = lines(r"""
Run 240312_A00123_0456_BHCNVKDSXY completed: 3.1 Tb, %≥Q30 = 92.4%, cluster PF 81%.
Lane 2 under-clustered (1.1 B reads vs 1.6 B expected) – loading concentration too low.
Flowcell FC-HCNVKDSXY: error rate (PhiX) 0.31% R1 / 0.44% R2.
Mean coverage 34.2x, 97.8% of bases ≥ 20x, duplication 8.1%.
Exome: on-target 71%, fold-80 penalty 1.4, mean target coverage 112x.
RNA-seq S1–S24: median 38 M read pairs, 91% uniquely mapped, rRNA < 2%.
Sample PT_0042_T failed QC: contamination estimate 6.2% (VerifyBamID FREEMIX).
Sex check mismatch: sheet says F, X/Y ratio says M → hold sample, notify LIMS.
Relatedness: NA12891 ↔ NA12878 kinship 0.25 (parent–child) as expected.
Insert size median 352 bp (IQR 298–410).
Undetermined reads 4.7% – top unknown barcode GGGGGGGG+AGATCTCG (i7 dropout).
Turnaround: received 2024-03-01 → report 2024-03-19 (18 days).
ONT PromethION run: N50 21.4 kb, 112 Gb, pores active 71% at 24 h.
PacBio Revio: HiFi yield 92 Gb, median QV 33.
MultiQC summary attached (multiqc_report.html, 14 MB)
| sample | reads (M) | %dup | mean cov |
|---|---|---|---|
| NA12878 | 812 | 7.9 | 35.1 |
| HG002 | 790 | 8.4 | 33.8 |
Total yield > target (3.0 Tb) ✔
Q30 < 85% on lane 4 ✘ – re-queue
All 96 libraries passed; 2 borderline (< 25x): S-0071, S-0088.
Rapport de séquençage : couverture moyenne 31x, 2 échantillons à refaire.
Laufbericht: Cluster-Dichte zu hoch, Lane 1 überladen.
ランレポート：Q30 以上 93.1%、リード数 1.2B
运行报告：数据量 2.9 Tb，重复率 9.3%
Informe de corrida: 4 muestras con baja cobertura (< 20x).
Отчёт о запуске: контаминация в образце 14 (~3%).
Relatório: taxa de duplicação 11% – aceitável para FFPE.
Report v2 supersedes v1 (wrong reference build in v1: hg19 instead of GRCh38).
"select" samples (n=12) got 60x, rest 30x – as agreed with the PI
Index hopping estimate 0.08% (UDI, so negligible)
Run paused 3 h due to fluidics error, resumed; no impact on Q-scores.
Cost per sample ≈ €412 incl. library prep
GC bias: AT dropout 1.8, GC dropout 0.4
Contamination check (ConPair) concordance 99.6% tumour/normal
Read length 2x151 → trimmed to 2x145 by fastp
PhiX aligned 1.02%
Chimeric reads 0.9%
Median MAPQ 60
Mito reads 14% in liver samples (normal for tissue)
RIN scores 7.8–9.6, all ≥ 7 → passed
Coverage uniformity: 95% of targets within 0.2×mean
Failed: 0 | Warning: 3 | Passed: 93
Q-score histogram looks bimodal – binning issue on NovaSeq X?
Per-tile quality drop on tiles 2471–2478 (bubble?)
Spike-in ERCC recovery R² = 0.97
bcl-convert finished in 1 h 42 min, 0 errors, 3 warnings
Downstream: sarek 3.4.0, DeepVariant 1.6, annotation VEP 110.
Note: 2 samples dropped from the union callset (sex mismatch), see section 4.
SNV sensitivity vs GIAB HG002 truth: 99.71%, precision 99.83% (hap.py)
Indel F1 = 0.9912 in high-confidence regions
Run ID 240401_LH00123_0021_A22H3KLLT3 (NovaSeq X Plus, 25B flowcell)
Batch effects: PCA shows run 455 separating on PC2 – investigate
Read counts per sample: min 21 M, max 58 M, CV 0.24
""")
report_pools = (
    ["NA12878", "HG002", "S-0071", "PT_0113_T", "PT_0113_N", "ZF_24h", "AT_Col0_2"],
    ["mean coverage", "duplication", "% aligned", "Q30", "insert size median"],
    ["PASS", "WARN", "FAIL", "PASS", "PASS"],
)


def t_report(r):
    s, metric, status = (r.choice(p) for p in report_pools)
    val = {
        "mean coverage": f"{r.uniform(12, 60):.1f}x",
        "duplication": f"{r.uniform(3, 25):.1f}%",
        "% aligned": f"{r.uniform(85, 99.9):.2f}%",
        "Q30": f"{r.uniform(80, 96):.1f}%",
        "insert size median": f"{r.randint(250, 450)} bp",
    }[metric]
    return f"{s}: {metric} {val} – {status}"


CATS.append(("run_report", run_report, t_report))

# ---------------------------------------------------------------- lims_note
lims_note = lines(r"""
Received on dry ice, 2 tubes, labels intact. Stored at -80 °C, rack 4 box 12 pos C3.
Tube lid cracked – sample partially thawed; spoke to Dr. O'Connor, proceed anyway.
DNA conc (Qubit) 48.2 ng/µL, 260/280 = 1.86, 260/230 = 2.01
Low yield: 3.1 ng/µL – request re-extraction from the clinic
Chain of custody: courier → reception (Jana) → biobank (Mehmet) → NGS lab
Consent form v4 signed; research use OK, no return of incidental findings
Sample swapped? Tube says PT-0042, sheet says PT-0024 – on hold until clinic confirms
Re-labelled with 2D barcode 0012345678 (old label: handwritten "MK 12/3")
Freezer -80 #2 alarm at 03:14, temp peaked at -62 °C for 40 min, samples OK
Aliquoted 4 × 50 µL; 1 aliquot sent to Lyon for RNA
Library QC: Bioanalyzer peak 420 bp, no adapter dimers
Pool normalised to 2 nM, denatured, loaded 300 pM
Lot numbers: KAPA HyperPrep 0000123456, beads AMPure XP 19B2201
Please don't discard the FFPE curls – the pathologist wants them back
Note for the night shift: run 457 starts at 22:00, check the chiller
Patient withdrew consent on 2024-02-28 → delete FASTQs & VCFs, keep audit record
Sample ID corrected from S-2024-0113 to S-2024-0131 (typo at reception)
Shipped to collaborator at Karolinska via World Courier, tracking 1Z999AA10123456784
Storage path for raw data: /mnt/ngs/raw/2024/240312_A00123_0456_BHCNVKDSXY/
Results copied to \\nas01\genomics\projects\ONC-Lung\2024-03 for the clinicians
Contact: lab.manager@genomics-lab.example, tel. +49 30 1234 5678
Probe erhalten, Kühlkette unterbrochen? Temperatur-Logger zeigt 8 °C für 2 h.
Échantillon reçu à température ambiante, ARN probablement dégradé.
検体受領：EDTA血 2本、溶血なし
样本已入库，冻存管位置：A-3-15
Образец получен, объём 2 мл, гемолиз отсутствует
Muestra recibida con etiqueta ilegible; se contactó al hospital.
Amostra com volume insuficiente (< 200 µL)
Extraction batch EB-0455: 24 samples + 1 NTC + 1 positive control (NA12878)
NTC shows 0.2 ng/µL – within limits (< 0.5)
Plate map: rows A–H = patients 1–8, cols 1–12 = timepoints
Box 12 is full, new samples go to box 13 (→ freezer #3)
Reminder: biohazard level 2 samples go to the BSC, not the open bench!
Ordered: 10 × NovaSeq S4 300-cycle kits, PO #45-7781, ETA 3 weeks
Broken pipette P200 (#PIP-044) sent for calibration
We'll run the remaining 12 samples with the next exome batch & merge the reports.
TAT extended: waiting on parental samples (mother's sample arrives Monday)
Sample belongs to the "drop-out" arm of the study – keep but don't analyse
Storage cost charged to cost centre 4410-22 (grant ERC-2023-AdG-101054321)
"Sample_Name" column exported with trailing spaces – fixed by hand
audit: status changed RECEIVED → IN_PREP → SEQUENCED → ANALYSED → REPORTED
Linked requisition REQ-88123 <-> sample S-2024-0131
Urgent (NICU case) – rapid WGS, target report < 72 h
Duplicate entry deleted (kept the one with the barcode)
Kit ran out mid-batch, 8 samples prepped with lot B – flag lot in metadata
Coriell cell line GM12878 passage 6, mycoplasma negative
Hand-over to Dr. N'Diaye: 3 pending trios, 1 urgent exome
Location change: LN2 tank B, cane 7 → tank C, cane 2
Pickup by courier 'Swift Bio Logistics' scheduled for Tue 09:30
Label printer prints "?" instead of "µ" – use ug/mL for now
Sample arrived without requisition form; emailed clinic (ref #2024-0331-17)
Blood tube 6 mL EDTA, 2 days old – OK for DNA, too old for RNA
Spill in hood 2 cleaned with 10% bleach then 70% ethanol; logged
Reagent fridge at 4 °C ± 2, checked 08:00 & 16:00
""")
lims_pools = (
    ["S-2024-0131", "PT_0042", "NA12878", "HG002", "ZF_24h", "S-0789", "FAM012-P3"],
    ["received", "extracted", "library prepped", "pooled", "sequenced", "re-queued", "archived"],
    ["Jana", "Mehmet", "Siobhán", "Kenji", "Ana", "Oluwaseun", "Ren"],
)


def t_lims(r):
    s, act, who = (r.choice(p) for p in lims_pools)
    return f"{s} {act} by {who} on 2024-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


CATS.append(("lims_note", lims_note, t_lims))

# ---------------------------------------------------------------- analyst_question
analyst_question = lines(r"""
Why does samtools view -c give a different number than flagstat? Secondary alignments?
Is it OK to merge BAMs from two lanes before MarkDuplicates or after?
How do I select only PASS variants where DP > 20 and the sample is het?
Has anyone compared DeepVariant vs HaplotypeCaller on our exome panel?
Does the pipeline sleep between retries, or does Nextflow resubmit immediately?
Can we drop chrUn and the alt contigs from the reference, or will that break bwa?
What's the difference between --union and --intersection in the old GATK CombineVariants?
Should I order by VAF or by CADD score when building the review list?
Where are the FASTQs for run 456? /mnt/ngs/raw/2024/ only has the BCLs.
Which version of GRCh38 do we use – the one with decoys (hs38DH) or the analysis set?
Is `--min-base-quality 20` the default in Mutect2 or do I need to set it?
Why does my bcftools filter with 'GT="het"' return nothing?
Anyone know why the liftover from hg19 → hg38 loses ~2% of sites?
How should I cite the pipeline? nf-core/sarek 3.4.0 + the Zenodo DOI?
Is there a way to grep all VCFs for rs429358 without unzipping them?
What does the "drop-seq" protocol expect in read 1 – barcode + UMI only?
Can someone explain PL vs GQ in plain words?
Are read groups required for BQSR? My BAM has none and it fails.
Can I use `samtools merge -f` safely if the output already exists?
Why is the insert size negative for half of the reads in the BAM?
Quick q: does "select all" in the variant table also select filtered rows?
How many threads should bwa get on the 64-core nodes?
What is the expected Ti/Tv for WGS? I'm getting 2.05
Is 0.5 too strict for the AF cut-off in tumour-only mode?
Why does my nextflow run say "Unknown config attribute `params.genome`"?
Can the LIMS export the sample sheet as v2 (BCL Convert) format?
Wie gehe ich mit Proben um, die zwei Read Groups haben?
Comment calculer la couverture moyenne sur les exons seulement ?
¿Por qué el FASTQ tiene lecturas de 151 y 150 bases mezcladas?
リード数が少ないサンプルは再シーケンスすべきですか？
为什么 VCF 里的 QUAL 全是点？
Почему у некоторых вариантов нет rsID?
Should we union the calls from Manta and Delly or only keep the intersection?
Does anyone have a script to convert the table | Sample | Coverage | into the report template?
Is there a reason the annotation column says `&` between consequences?
Why do some positions show 0/0 with AD=0,15?
Can I run the pipeline from /home/me/../shared/pipelines or does it need the absolute path?
Is it normal that 'samtools depth' skips zero-coverage positions without -a?
What is the "--" between options for in `gatk --java-options "-Xmx8g" HaplotypeCaller`?
How do we handle samples where the consent says "research only"?
Does `bcftools view -s ^NA12878` exclude that sample?
Anyone tried Dorado 0.5 with the new R10.4.1 models?
Do we still need BQSR with NovaSeq binned quals?
Which is better for CNV on exomes: GATK gCNV or CNVkit?
Can someone review my ACMG classification for the SCN5A variant before Friday?
Is the "order by position" in the report natural sort (chr2 before chr10)?
How to handle ${sample} in the output filename when it contains a dot?
Why does `echo $NXF_HOME` print nothing on the login node?
Where did the "drop table" button in the results viewer go? I want to hide the QC table.
Would 1 ng input be enough for the Illumina DNA Prep, or < 1 ng is too low?
Is it 'NA12878' or 'GM12878' in the truth set file names?
Can I use the pipeline output in a paper or is it "clinical use only"?
Which BED file do we use for the Twist exome – target or padded (±50 bp)?
Why does the 'union' view show 5 callers but the sample only ran 3?
""")
question_pools = (
    ["Why does", "Is it expected that", "Can someone check why", "Any idea why"],
    ["samtools sort", "bwa mem", "HaplotypeCaller", "bcftools norm", "fastp", "STAR", "salmon", "nextflow"],
    ["use so much memory", "take 3x longer on the new nodes", "write an empty file for S-0071",
     "warn about missing read groups", "ignore the -t flag", "crash on the chrM contig"],
)


def t_question(r):
    a, b, c = (r.choice(p) for p in question_pools)
    return f"{a} {b} {c}?"


CATS.append(("analyst_question", analyst_question, t_question))

# ---------------------------------------------------------------- error_message
error_message = lines(r"""
[E::hts_open_format] Failed to open file "NA12878.bam" : No such file or directory
[bam_sort_core] merging from 24 files and 8 in-memory blocks...
samtools sort: couldn't allocate memory for bam_mem
[mem_sam_pe] paired reads have different names: "r001/1", "r002/2"
ERROR: MarkDuplicates: Value was put into PairInfoMap more than once
A USER ERROR has occurred: Input files reference and reads have incompatible contigs: No overlapping contigs found.
java.lang.OutOfMemoryError: Java heap space (-Xmx8g too small?)
Error executing process > 'NFCORE_SAREK:SAREK:FASTP (S-0071)'
Caused by: Process `BWA_MEM (NA12878)` terminated with an error exit status (137)
Command exit status: 137 – killed by OOM?
Work dir: /scratch/nf-work/3a/4f9c2e1b7d...
Tip: when you have fixed the problem you can continue the execution adding the option `-resume` to the run command line
[W::vcf_parse] Contig 'chrUn_KI270742v1' is not defined in the header
[E::bcf_hdr_parse_line] Could not parse the header line: "##INFO=<ID=AF,Number=A,Type=Float>"
gzip: stdin: unexpected end of file
tabix: the file out of order at line 2081: chr1 before chr10?
FileNotFoundError: [Errno 2] No such file or directory: '../ref/GRCh38.fa.fai'
PermissionError: [Errno 13] Permission denied: '/mnt/ngs/raw/2024/240312/SampleSheet.csv'
KeyError: 'Sample_Project' in samplesheet_check.py line 88
ValueError: invalid literal for int() with base 10: '30x'
bash: fastqc: command not found
slurmstepd: error: Detected 1 oom-kill event(s) in StepId=812345.batch
sbatch: error: Batch job submission failed: Invalid account or account/partition combination
FATAL: container creation failed: mount /scratch->/scratch error
ERROR ~ Unknown method invocation `fromFilePairs` on _closure5 type
WARN: Task runtime metrics are not reported when using macOS
Exception in thread "main" htsjdk.samtools.SAMFormatException: SAM validation error: ERROR: Read name A00123:8:..., MAPQ should be 0 for unmapped read.
[fai_load] build FASTA index.
bcl-convert: Sample sheet error: Index collision between S-0071 and S-0072 (distance 1)
ERROR 1064: syntax error near 'order' – the LIMS export crashed on sample names with apostrophes like O'Neil
LIMS: "Duplicate key value violates unique constraint sample_pkey" when re-importing the sheet
HTTP 413 Request Entity Too Large while uploading the 14 MB multiqc_report.html
Timeout after 300 s waiting for the annotation service; retrying (2/5)
Erreur : fichier FASTQ tronqué à la ligne 4 000 001
Fehler: Referenzgenom nicht gefunden (/ref/hg38/hg38.fa)
エラー: インデックスファイルが古いです
错误：样本表格式不正确
Ошибка: недостаточно места на диске /scratch
Error: disk quota exceeded (user anna.kowalska: 10.0 TB / 10.0 TB)
WARNING: Ignoring 3 reads with CIGAR 0M
picard.PicardException: Found a record with sort order coordinate but the header says unsorted
[E::idx_find_and_load] Could not retrieve index file for 'https://data.genomics-lab.example/ngs/NA12878.cram'
Segmentation fault (core dumped) – salmon 1.10 with --validateMappings
ModuleNotFoundError: No module named 'pysam'
Traceback (most recent call last):   File "annotate.py", line 42, in <module>
Invalid FORMAT/GT: '0/1/2' for diploid sample
Reference sequence mismatch at chr2:47403188: expected 'A', found 'G'
Error: Unable to locate index (*.bai) for input file; run 'samtools index' first
Illegal character ';' in sample name "PT_0042;T" – renamed to PT_0042_T
MultiQC: found 0 reports – did you point it at the right directory (../results)?
dorado: CUDA out of memory. Tried to allocate 2.00 GiB
[WARNING] 12 reads had quality scores below '!' (Phred+33) – wrong encoding?
Nextflow: Cannot find a file matching: ./data/*_R{1,2}.fastq.gz
htsjdk.samtools.util.RuntimeIOException: Read error; BinaryCodec in readmode
""")
err_pools = (
    ["samtools", "bcftools", "gatk", "bwa", "fastp", "nextflow", "picard", "vep"],
    ["exit status 1", "exit status 137", "exit status 140", "exit status 255", "timeout"],
    ["S-0071", "NA12878", "PT_0042_T", "HG002", "S-2024-0131"],
)


def t_err(r):
    tool, st, s = (r.choice(p) for p in err_pools)
    return f"[{tool}] task for {s} failed with {st} (attempt {r.randint(1, 3)}/3)"


CATS.append(("error_message", error_message, t_err))

# ---------------------------------------------------------------- settings
settings = lines(r"""
reference_genome = GRCh38_no_alt_analysis_set
min_mapq: 20
min_base_quality: 13
variant_caller: deepvariant
coverage_threshold_warn=20;coverage_threshold_fail=10
notify_email: genomics-core@lab.example
slack_channel: #ngs-runs
output_dir: /mnt/ngs/results/${project}/${run_id}
work_dir = /scratch/nf-work
timezone: Europe/Berlin
Report language: English (UK)
Date format: YYYY-MM-DD
Display name: Siobhán Ní Bhriain
Display name: Nguyễn Thị Thu Hà
Display name: José Ángel Müller-Łukasiewicz
Default sort: position ascending, then QUAL descending
Hide filtered variants: yes
Theme: dark
Keyboard shortcut: Ctrl+Shift+F → filter panel
Retention policy: FASTQ 2 years, BAM/CRAM 10 years, VCF forever
Max parallel jobs: 32
Queue: normal (fallback: long)
AF cutoff < 0.01 for rare-disease mode
Panel: cardio_v3.bed (412 genes)
igv_url = https://igv.genomics-lab.example/?locus={chrom}:{pos}
clinvar_link_template: https://www.ncbi.nlm.nih.gov/clinvar/?term={rsid}
webhook: https://hooks.lab.example/ngs/run-finished
S3 bucket: s3://lab-ngs-archive/2024/
CRAM reference path: /ref/GRCh38/GRCh38.fa
Bio-formats: FASTQ, BAM, CRAM, VCF, BCF, BED, GFF3
Notification when run status = FAILED || QC = WARN
2FA enabled (TOTP)
API token: ******** (rotate every 90 days)
Export delimiter: tab (\t)
Decimal separator: comma (German locale)
Kürzel: JMü
Langue : Français
言語：日本語
语言：简体中文
Язык интерфейса: русский
Idioma: español (México)
Signature: — Dr. Priya Raghavan, Clinical Scientist (Genomics) | HCPC CS12345
Signature: Ren Yamada / 山田 蓮 / Bioinformatics Core
Default downsampling: 250 reads per locus (IGV)
Adapter trimming: auto-detect (fastp), fallback AGATCGGAAGAGC
Max file upload: 50 GB per file
Read group template: @RG\tID:{flowcell}.{lane}\tSM:{sample}\tLB:{library}\tPL:ILLUMINA
Sample name regex: ^[A-Za-z0-9_-]{3,64}$
Ignore contigs matching: chrUn_*|*_random|chrEBV
Pipeline profile: docker,cluster
Java opts: -Xms4g -Xmx28g -XX:+UseG1GC
Run name format: {date}_{instrument}_{run}_{flowcell}
Genome build shown in header: GRCh38 (hg38)
Email digest: weekly, Mondays 08:00
""")
set_pools = (
    ["min_depth", "min_gq", "min_vaf", "max_af_gnomad", "min_mapq", "threads"],
    ["exome", "wgs", "panel", "rnaseq", "somatic"],
)


def t_settings(r):
    key, mode = (r.choice(p) for p in set_pools)
    val = {
        "min_depth": r.randint(5, 30), "min_gq": r.randint(10, 40), "min_vaf": round(r.uniform(0.01, 0.3), 2),
        "max_af_gnomad": r.choice([0.01, 0.001, 0.005, 0.0001]), "min_mapq": r.randint(1, 60),
        "threads": r.choice([4, 8, 16, 32]),
    }[key]
    return f"{mode}.{key} = {val}"


CATS.append(("settings", settings, t_settings))


def main():
    out = []
    n = 0
    for cat, literals, tmpl in CATS:
        assert len(literals) >= 50, (cat, len(literals))
        vals = list(dict.fromkeys(literals))[:PER_CATEGORY]
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CATEGORY:
            v = tmpl(rng)
            guard += 1
            assert guard < 10000, cat
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            out.append(json.dumps({"id": f"{PREFIX}-{n:05d}", "category": cat,
                                   "label": "benign", "value": v}, ensure_ascii=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
