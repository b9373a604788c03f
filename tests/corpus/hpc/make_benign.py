#!/usr/bin/env python3
"""Benign corpus for the hpc theme (university HPC helpdesk / job portal).
Standard library only. Writes benign.jsonl next to this file."""
import json
import os
import random

SEED = 11301
PREFIX = "hbb3"
PER_CAT = 80
rng = random.Random(SEED)

CATS = []  # (category, literals, template_fn)

# ---------------------------------------------------------------- ticket
ticket = [
    "My job keeps getting killed after about 2 hours even though I asked for 12. Can someone look?",
    "Hi, I can't log in to login2 since this morning. ssh just hangs after the password prompt.",
    "Could you please increase my /scratch quota to 20 TB for the next two months? Thesis deadline is 30 June.",
    "Job 4817723 has been PENDING with reason (Priority) for 3 days. Is the gpu partition broken?",
    "Hello, I'm a new PhD student in Prof. O'Connor's group and need an account on the cluster.",
    "Our group's allocation \"chem-dft-2024\" ran out. Who approves a top-up?",
    "The Jupyter portal shows \"Spawn failed: timeout\" when I select the A100 profile.",
    "Please add my student Zoë Müller (zmueller@uni.example.edu) to project /project/astro-lensing.",
    "I accidentally deleted /home/jdoe/thesis/chapter3.tex — are there snapshots I can restore from?",
    "Is there a way to get an email when my job finishes? I tried --mail-type=END but nothing arrives.",
    "When I run `sacct -j 5501234` it says the job used 0 CPU time, but the output files are there.",
    "sbatch: error: Batch job submission failed: Invalid account or account/partition combination specified",
    "Can we get ORCA 5.0.4 installed as a module? License is free for academic use.",
    "Node node017 seems to have a bad GPU, every job I land there dies with Xid 79.",
    "I need to run a 7-day job but the max walltime on 'long' is 5 days. Any exceptions possible?",
    "Following up on ticket #20931 — still seeing the same issue after the maintenance window.",
    "Transfer from Globus endpoint \"Uni HPC Scratch\" fails with permission denied on /scratch/kpatel/run_07.",
    "Hi team,\n\nI'd like to request a reservation of 4 nodes on Saturday 14:00–22:00 for a workshop.\n\nThanks,\nAmélie",
    "Why does `squeue -u $USER` show my jobs twice?",
    "Password reset link expired before I could use it. Could you resend?",
    "The module load python/3.11 && pip install --user torch combination fills my home quota. What's the recommended way?",
    "Our lab's drop box folder in /project/neuro/shared is read-only for new members. Can you fix the ACLs?",
    "Please drop my old account jsmith2, I have a new one (jsmith) now.",
    "I'd like to select the union of nodes from the 'bigmem' and 'gpu' partitions — is that allowed with -p bigmem,gpu?",
    "Sorry for the noise, the issue was on my side (typo in the #SBATCH line). You can close this.",
    "Is the cluster affected by the power work on Friday? We have a deadline on Monday 9:00.",
    "VS Code Remote-SSH disconnects every few minutes from login1. Works fine from login3.",
    "I'm getting 'Disk quota exceeded' but `quota -s` says I'm only at 40%.",
    "Can you explain the fairshare number? Mine is 0.0012 and jobs never start.",
    "Hello! Ich bekomme beim Start von srun immer \"Unable to allocate resources\". Was mache ich falsch?",
    "Bonjour, est-ce qu'il est possible d'avoir plus de mémoire sur la partition « bigmem » ?",
    "你好，我的作业一直在排队，已经两天了，请问是什么原因？",
    "こんにちは。GPUノードでCUDAのバージョンが合わないエラーが出ます。",
    "Hola, ¿cómo puedo cancelar todos mis trabajos a la vez? Tengo más de 300 en cola.",
    "Здравствуйте! Не могу подключиться к кластеру через VPN, пишет «connection refused».",
    "My advisor said to use --exclusive but then my jobs wait forever. Is that expected?",
    "The web portal's file browser won't open folders with a # in the name, e.g. /home/lee/run#3.",
    "After the OS upgrade my compiled binaries fail with 'GLIBC_2.34 not found'.",
    "I'd like to set up a shared conda env for the whole group under /project/bioinf/envs. Best practice?",
    "Requesting access to the restricted 'clinical' partition; IRB approval number is 2024-0117.",
    "Could someone review my script? It's supposed to run 100 array tasks but only 10 ever start at once.",
    "Thanks so much for fixing that yesterday, everything runs smoothly now :)",
    "Please restore /scratch/mhernandez/sim_out from before the purge, if that's even possible.",
    "I got a warning email that files older than 90 days on scratch will be deleted. Does that include symlinks?",
    "Can I run Docker on the compute nodes? If not, how do I use Apptainer with an image from Docker Hub?",
    "What's the difference between --ntasks and --cpus-per-task? I'm confused <again>.",
    "Our cron job on the login node stopped running after the migration. Was crontab disabled there?",
    "Hi, the queue `short` rejects jobs with --time > 04:00:00 but the docs say 6 hours. Which is correct?",
    "We need ~2 PB for the new telescope data. Who should I talk to about storage pricing?",
    "I'm the TA for CS 4380; students need temporary accounts for 10 weeks. Can we batch-create them from a CSV?",
    "Job output has lots of ^M characters — I think I wrote the script on Windows. How to fix?",
    "Ticket re: 'slow I/O on /scratch between 2 and 4 am' — is there a backup job running then?",
    "Login MOTD says maintenance on 2024-11-05 but the calendar says 11-06. Which one?",
]
t_what = ["job 4821{:03d}", "array job 50{:05d}_7", "interactive session on node{:03d}", "jupyter session {:04d}"]
t_problem = ["fails right at startup", "hangs after loading modules", "runs 3x slower than last week",
             "writes nothing to the .out file", "is stuck in CG state", "got OOM-killed at 62 GB"]
t_ask = ["Any idea what changed?", "Could you check the node?", "Happy to share my script.",
         "Is this a known issue?", "Thanks in advance!", "Vielen Dank!", "Merci d'avance."]
def t_ticket(r):
    what = r.choice(t_what).format(r.randint(1, 999))
    return "Hi, my {} {}. {}".format(what, r.choice(t_problem), r.choice(t_ask))
CATS.append(("ticket", ticket, t_ticket))

# ---------------------------------------------------------------- jobscript
jobscript = [
    "#!/bin/bash\n#SBATCH --job-name=md_run\n#SBATCH --nodes=2\n#SBATCH --ntasks-per-node=64\n#SBATCH --time=24:00:00\n#SBATCH --partition=standard\n\nmodule load gromacs/2023.3\nsrun gmx_mpi mdrun -deffnm md_0_1",
    "#SBATCH --mem=0",
    "#SBATCH --array=1-100%10",
    "#SBATCH --output=logs/%x_%A_%a.out",
    "#SBATCH --mail-type=END,FAIL --mail-user=a.nguyen@uni.example.edu",
    "#SBATCH --gres=gpu:a100:2",
    "#SBATCH --constraint=\"skylake|cascadelake\"",
    "#SBATCH --dependency=afterok:4821337",
    "#PBS -l select=2:ncpus=32:mpiprocs=32:mem=120gb\n#PBS -l walltime=12:00:00\n#PBS -q workq",
    "#PBS -j oe\n#PBS -N blast_run",
    "cd $PBS_O_WORKDIR",
    "cd \"$SLURM_SUBMIT_DIR\" || exit 1",
    "export OMP_NUM_THREADS=${SLURM_CPUS_PER_TASK:-1}",
    "module purge && module load gcc/12.2.0 openmpi/4.1.5",
    "source ~/miniconda3/etc/profile.d/conda.sh; conda activate rnaseq",
    "INPUT=$(sed -n \"${SLURM_ARRAY_TASK_ID}p\" samples.txt)",
    "for f in ../raw/*.fastq.gz; do echo \"$f\"; done",
    "python train.py --epochs 50 --lr 3e-4 | tee train_${SLURM_JOB_ID}.log",
    "srun --cpu-bind=cores ./lmp -in in.lj > out.lj 2>&1",
    "sleep 60  # give the license server a minute",
    "mkdir -p /scratch/$USER/run_$(date +%Y%m%d) && cp -r inputs/ /scratch/$USER/run_$(date +%Y%m%d)/",
    "rsync -av --progress results/ /project/climate/shared/results/",
    "tar czf out_${SLURM_JOB_ID}.tar.gz output/ && rm -rf output/",
    "if [ -f checkpoint.pt ]; then python train.py --resume checkpoint.pt; else python train.py; fi",
    "sbatch --test-only job.sh",
    "sbatch --parsable job.sh",
    "sbatch -p gpu -G 1 --wrap=\"nvidia-smi\"",
    "salloc -N 1 -n 4 -t 01:00:00 -p debug",
    "srun --pty -p interactive -t 2:00:00 bash -l",
    "qsub -I -l nodes=1:ppn=8,walltime=01:00:00",
    "qstat -u jdoe",
    "scancel -u $USER --state=PENDING",
    "scontrol show job 4821337",
    "scontrol hold 4821337 && scontrol release 4821337",
    "sinfo -p gpu -o \"%N %G %t\"",
    "sacct -j 4821337 --format=JobID,JobName,MaxRSS,Elapsed,State",
    "seff 4821337",
    "srun hostname | sort | uniq -c",
    "echo \"started on $(hostname) at $(date)\" >> run.log",
    "set -euo pipefail",
    "trap 'echo caught SIGTERM; cp -r tmp/ $SLURM_SUBMIT_DIR/' TERM",
    "#SBATCH --signal=B:USR1@300",
    "#SBATCH --nodelist=node[001-004]",
    "#SBATCH --exclude=node017,node023",
    "#SBATCH --account=chem-dft-2024 --qos=high",
    "#SBATCH --time=2-00:00:00",
    "#SBATCH --tmp=200G",
    "cp $TMPDIR/*.h5 /scratch/$USER/ || echo \"copy failed\" >&2",
    "Rscript --vanilla analysis.R > analysis.Rout",
    "matlab -nodisplay -nosplash -r \"run('main.m'); exit\"",
    "apptainer exec --nv /project/ml/images/pytorch_24.03.sif python train.py",
    "julia --project=. -t $SLURM_CPUS_PER_TASK run.jl",
]
j_opt = ["--time={:02d}:00:00", "--mem={}G", "--cpus-per-task={}", "--ntasks={}", "--nodes={}"]
j_part = ["standard", "gpu", "bigmem", "debug", "long", "short"]
def t_jobscript(r):
    o = r.choice(j_opt).format(r.choice([1, 2, 4, 8, 12, 16, 24, 32, 48]))
    return "#SBATCH --partition={} {}".format(r.choice(j_part), o)
CATS.append(("jobscript", jobscript, t_jobscript))

# ---------------------------------------------------------------- joberror
joberror = [
    "slurmstepd: error: Detected 1 oom_kill event in StepId=4821337.batch. Some of the step tasks have been OOM Killed.",
    "slurmstepd: error: *** JOB 4821337 ON node012 CANCELLED AT 2024-03-02T11:04:55 DUE TO TIME LIMIT ***",
    "srun: error: node005: task 17: Segmentation fault (core dumped)",
    "RuntimeError: CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 39.39 GiB total capacity; 36.10 GiB already allocated)",
    "Traceback (most recent call last):\n  File \"train.py\", line 88, in <module>\n    main()\n  File \"train.py\", line 61, in main\n    loader = DataLoader(ds, num_workers=16)\nOSError: [Errno 24] Too many open files",
    "ModuleNotFoundError: No module named 'mpi4py'",
    "/usr/bin/ld: cannot find -lhdf5",
    "error while loading shared libraries: libcudart.so.11.0: cannot open shared object file: No such file or directory",
    "Lmod has detected the following error: These module(s) or extension(s) exist but cannot be loaded as requested: \"openmpi/4.1.5\"",
    "--------------------------------------------------------------------------\nMPI_ABORT was invoked on rank 3 in communicator MPI_COMM_WORLD\nwith errorcode 1.\n--------------------------------------------------------------------------",
    "[node021:12345] *** Process received signal ***\n[node021:12345] Signal: Bus error (7)",
    "Fatal error in PMPI_Init_thread: Other MPI error, error stack:",
    "forrtl: severe (174): SIGSEGV, segmentation fault occurred",
    "terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc",
    "bash: module: command not found",
    "/var/spool/slurmd/job4821337/slurm_script: line 14: conda: command not found",
    "sbatch: error: QOSMaxWallDurationPerJobLimit",
    "sbatch: error: Batch job submission failed: Requested node configuration is not available",
    "PENDING (ReqNodeNotAvail, UnavailableNodes:node[017,023])",
    "PENDING (AssocGrpCPUMinutesLimit)",
    "Disk quota exceeded: '/home/jdoe/.cache/pip/wheels/ab/cd/...'",
    "OSError: [Errno 122] Disk quota exceeded: '/scratch/jdoe/out/frame_0421.png'",
    "cp: cannot stat '../results/*.csv': No such file or directory",
    "rm: cannot remove '/scratch/jdoe/tmp': Directory not empty",
    "java.lang.OutOfMemoryError: Java heap space\n\tat java.util.Arrays.copyOf(Arrays.java:3332)\n\tat htsjdk.samtools.BAMRecord.getReadBases(BAMRecord.java:215)",
    "Exception in thread \"main\" java.io.FileNotFoundException: /project/genomics/ref/hg38.fa (Permission denied)",
    "ERROR: Could not find a version that satisfies the requirement torch==2.3.0+cu121",
    "CondaHTTPError: HTTP 000 CONNECTION FAILED for url <https://conda.anaconda.org/conda-forge/linux-64/repodata.json>",
    "==> Error: FetchError: All fetchers failed for spack-stage-hdf5-1.14.3-abcdef",
    "nvcc fatal   : Unsupported gpu architecture 'compute_90'",
    "NCCL WARN NET/IB : Got completion from peer 10.12.0.33<45231> with error 12, opcode 0, len 0, vendor err 129",
    "torch.distributed.elastic.multiprocessing.errors.ChildFailedError: train.py FAILED",
    "Error in library(Seurat) : there is no package called ‘Seurat’",
    "Warning message:\nIn mclapply(1:100, f, mc.cores = 32) : all scheduled cores encountered errors",
    "ORCA finished by error termination in SCF gradient -> check the .out file",
    "Note: The following floating-point exceptions are signalling: IEEE_INVALID_FLAG IEEE_DIVIDE_BY_ZERO",
    "GROMACS: Fatal error: 1 particles communicated to PME rank 5 are more than 2/3 times the cut-off out of the domain decomposition cell",
    "Segmentation fault (core dumped) ./a.out < input.dat > output.dat",
    "KeyError: 'SLURM_ARRAY_TASK_ID'",
    "ValueError: could not convert string to float: 'NaN;'",
    "sqlite3.OperationalError: database is locked (my script uses a local .db on /scratch, is NFS the problem?)",
    "psycopg2.errors.UndefinedTable: relation \"runs\" does not exist\nLINE 1: SELECT id, status FROM runs ORDER BY started_at DESC",
    "Error: Unable to access jarfile /home/jdoe/tools/picard.jar",
    "slurmstepd: error: execve(): python: No such file or directory",
    "Permission denied (publickey,gssapi-keyex,gssapi-with-mic).",
    "ssh: connect to host login1.hpc.uni.example.edu port 22: Connection timed out",
    "E: Job failed with exit code 137 (killed by SIGKILL, probably OOM)",
    "FATAL:   container creation failed: mount /proc/self/fd/3->/var/apptainer/mnt/session/rootfs error",
    "CUDA error: device-side assert triggered\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.",
    "WARNING: Open MPI accepted a TCP connection from what appears to be another Open MPI process but cannot find a corresponding process entry for that peer.",
    "slurm_load_jobs error: Socket timed out on send/recv operation",
    "MemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64",
]
e_prog = ["python", "srun", "mpirun", "Rscript", "gmx_mpi", "vasp_std"]
e_err = ["exited with exit code 1", "killed by signal 9", "exit code 139", "timed out waiting for rank 0",
         "terminated with signal 6 (Aborted)"]
def t_joberror(r):
    return "slurmstepd: error: node{:03d}: {} {}".format(r.randint(1, 128), r.choice(e_prog), r.choice(e_err))
CATS.append(("joberror", joberror, t_joberror))

# ---------------------------------------------------------------- storage
storage = [
    "/scratch/jdoe/run_042/output",
    "/home/u1234567/.conda/envs",
    "/project/astro-lensing/data/raw/2024-05-11/",
    "What's the difference between /home, /scratch and /project? Which one is backed up?",
    "quota -s shows: /home 48G of 50G. What's using it? `du -sh ~/.* | sort -h` says .cache is 30G.",
    "Can I symlink ~/data -> /project/neuro/data so my scripts don't change?",
    "Is /scratch purged? I read files older than 60 days get deleted — is it atime or mtime?",
    "My inode quota is full (1,000,000 files) because of many small .npy files. Should I tar them up?",
    "lfs quota -hu jdoe /scratch",
    "lfs setstripe -c 8 /scratch/jdoe/big_outputs",
    "df -h /project/climate",
    "mmlsquota -j climate-fileset gpfs1",
    "Please move /scratch/old_student/ (graduated) to /project/lab-archive/old_student/.",
    "Where's the node-local SSD? Is it $TMPDIR or /tmp or /local/scratch?",
    "C:\\Users\\Ana\\Documents\\HPC\\job.sh — how do I copy this to the cluster with WinSCP?",
    "scp -r ./results jdoe@dtn.hpc.uni.example.edu:/project/bio/results/",
    "rclone copy gdrive:thesis /scratch/jdoe/thesis --progress",
    "The path ../shared/inputs works in my terminal but not in the job, because the job starts in a different dir?",
    "I keep getting \"No space left on device\" writing to /tmp on node044.",
    "Group quota for /project/chem is 50 TB, we're at 49.2 TB. Can we get 10 TB more?",
    "Files in /project/genomics/ref/ should be readable by the whole group (chmod g+rX). Can admins fix owner?",
    "setfacl -m u:kpatel:rx /project/bio/shared",
    "getfacl /project/bio/shared | grep kpatel",
    "Is there a snapshot dir like /home/.snapshot/daily.2024-04-02_0010/jdoe/?",
    "Uploading 3 TB of microscopy images — Globus or rsync over the DTN?",
    "find /scratch/$USER -type f -atime +50 -print | wc -l",
    "du -sh /scratch/jdoe/* | sort -rh | head -20",
    "I see ~/ondemand/data/sys/dashboard/batch_connect taking 12 GB. Safe to delete?",
    "Our lab's S3 bucket s3://uni-neuro-archive/ needs to be mounted read-only on the DTN if possible.",
    "Path with spaces: \"/project/lab data/Run 3 (final)/\" — my script breaks on it.",
    "Use \\\\fileserver.uni.example.edu\\research\\bio for the Windows share, not the cluster path.",
    "Filesystem      Size  Used Avail Use% Mounted on\n/dev/sda1        50G   49G  1.0G  98% /home",
    "/scratch > /project > /home in terms of speed, right?",
    "Quota: 98% (warn) -> 100% (hard). Grace period 7 days.",
    "Can I get a read-only view of /project/physics/collab-shared for an external collaborator?",
    "The archive tier is tape-backed; retrieval takes hours — plan ahead!",
    "zip -r results.zip results/ -x \"*.tmp\"",
    "Where do I put large reference genomes so everyone can use them? /project/shared/refs?",
    "ls -la /scratch/jdoe | head",
    "~/.bashrc got too long, I'm moving the module loads to ~/.hpc_env and sourcing it.",
    "ncdu /scratch/jdoe",
    "./scripts/../data/input.csv resolves fine on my laptop, not sure why the portal rejects it",
    "Is /project mounted on the compute nodes or only on login?",
    "Data retention policy: how long is /project kept after a grant ends?",
    "My .snakemake/ folder has 400k files. Deleting it now.",
    "Please create /project/ml-vision with group ml-vision, 20 TB, 2M inodes.",
    "/home/jdoe/.ssh/authorized_keys has the wrong permissions I think (644). Should be 600?",
    "mv /scratch/jdoe/a /scratch/jdoe/b took 2 hours?? Same filesystem.",
    "The HSM says file is \"released\" — how do I recall it from tape?",
    "Is encryption at rest enabled on /project/clinical? Our DUA requires it.",
    "/scratch/jdoe/sim_{001..100}/",
    "Purge list for 2024-06: /scratch/jdoe/old_runs (1.2 TB), /scratch/jdoe/tmp_ab (40 GB)",
]
s_root = ["/scratch", "/home", "/project"]
s_user = ["jdoe", "kpatel", "mgarcia", "lchen", "u2084411", "a.schmidt"]
s_leaf = ["runs/2024-07", "envs/py311", "data/raw", "results/final", "ckpt", "logs/array_55"]
def t_storage(r):
    return "Is {}/{}/{} counted against my quota?".format(r.choice(s_root), r.choice(s_user), r.choice(s_leaf))
CATS.append(("storage", storage, t_storage))

# ---------------------------------------------------------------- environment
environment = [
    "module load anaconda3/2023.09",
    "module spider cuda",
    "module avail 2>&1 | grep -i hdf5",
    "ml gcc/11.3.0 openblas/0.3.21",
    "conda create -n rnaseq -c bioconda -c conda-forge salmon=1.10 star=2.7.11a",
    "conda env export --no-builds > environment.yml",
    "mamba install -c conda-forge \"numpy<2\" \"scipy>=1.11\"",
    "pip install --user 'jax[cuda12]' -f https://storage.googleapis.com/jax-releases/jax_cuda_releases.html",
    "python -m venv ~/venvs/proj && source ~/venvs/proj/bin/activate",
    "spack install hdf5@1.14.3 +mpi ^openmpi@4.1.5",
    "spack env create myenv && spack env activate myenv",
    "spack load netcdf-fortran%gcc@12.2.0",
    "spack find -lv hdf5",
    "spack spec -I petsc@3.20 +hypre ~debug",
    "Note to self: don't `conda init` on the cluster, it breaks `module load` in non-interactive shells.",
    "Tip: set `export PIP_CACHE_DIR=/scratch/$USER/.pip-cache` so pip doesn't fill your home quota.",
    "channels:\n  - conda-forge\n  - bioconda\ndependencies:\n  - python=3.11\n  - pandas>=2.0\n  - pip:\n    - scanpy==1.10.1",
    "LD_LIBRARY_PATH=/opt/cuda/12.2/lib64:$LD_LIBRARY_PATH",
    "export PATH=\"$HOME/.local/bin:$PATH\"",
    "echo $CONDA_PREFIX",
    "which python; python --version",
    "Should I use `module load` or `spack load`? The docs mention both.",
    "The `intel/2023` module conflicts with `gcc/12` — Lmod auto-swaps and my build breaks.",
    "module save mydefault && module restore mydefault",
    "module use /project/chem/modulefiles",
    "Please install R 4.4 with `tidyverse`, `Seurat` and `data.table` as a module.",
    "R_LIBS_USER=~/R/%p-library/%v",
    "renv::restore() fails because the login node can't reach CRAN? It can, right?",
    "Julia depot moved to /scratch: JULIA_DEPOT_PATH=/scratch/$USER/.julia",
    "apptainer build --fakeroot my.sif my.def",
    "Bootstrap: docker\nFrom: nvidia/cuda:12.2.0-runtime-ubuntu22.04\n\n%post\n    apt-get update && apt-get install -y python3-pip\n    pip3 install numpy",
    "jupyter kernelspec list",
    "python -m ipykernel install --user --name rnaseq --display-name \"Python (rnaseq)\"",
    "cmake -DCMAKE_BUILD_TYPE=Release -DGMX_GPU=CUDA -DCMAKE_INSTALL_PREFIX=$HOME/opt/gromacs ..",
    "make -j 16 && make install",
    "./configure --prefix=$HOME/local --with-mpi=$MPI_HOME CC=mpicc FC=mpif90",
    "CFLAGS=\"-O3 -march=native\" make",
    "export CUDA_VISIBLE_DEVICES=0,1",
    "conda clean --all -y  # frees ~15 GB",
    "Module naming: <software>/<version>-<compiler>, e.g. fftw/3.3.10-gcc12",
    "env | grep SLURM_ | sort",
    "printenv OMP_NUM_THREADS",
    "pip freeze > requirements.txt; pip install -r requirements.txt --no-deps",
    "Use `conda-pack` to ship the env to nodes without network: conda pack -n rnaseq -o rnaseq.tar.gz",
    "numpy 1.26 vs 2.0 — drop the pin once scipy catches up.",
    "My ~/.condarc:\n\npkgs_dirs:\n  - /scratch/jdoe/conda/pkgs\nenvs_dirs:\n  - /project/lab/envs",
    "lmod: module show python/3.11 → prepend_path(\"PATH\",\"/opt/apps/python/3.11/bin\")",
    "Is `module load cuda/12.2 cudnn/8.9` the right pair for TF 2.15?",
    "spack config add 'config:build_stage:/scratch/$user/spack-stage'",
    "poetry install --no-root",
    "uv pip install -r requirements.lock",
    "The `${HOME}` in my .bashrc isn't expanded in the portal's env field — do I need to write it out?",
]
v_tool = ["module load", "spack load", "ml"]
v_pkg = ["gcc", "openmpi", "cuda", "hdf5", "netcdf", "fftw", "python", "R", "julia", "cmake"]
v_ver = ["12.2.0", "4.1.5", "12.2", "1.14.3", "4.9.2", "3.3.10", "3.11.6", "4.4.0", "1.10.2", "3.27.7"]
def t_environment(r):
    i = r.randrange(len(v_pkg))
    return "{} {}/{}".format(r.choice(v_tool), v_pkg[i], v_ver[i]).replace("spack load {}/".format(v_pkg[i]), "spack load {}@".format(v_pkg[i]))
CATS.append(("environment", environment, t_environment))

# ---------------------------------------------------------------- parallel
parallel = [
    "mpirun -np 128 ./wrf.exe",
    "srun --mpi=pmix -n 256 ./lmp -in in.melt",
    "mpiexec -n 4 --map-by ppr:2:socket --bind-to core python -m mpi4py ring.py",
    "srun -N 4 --ntasks-per-node=4 --gpus-per-task=1 python train_ddp.py",
    "torchrun --nnodes=2 --nproc_per_node=4 --rdzv_backend=c10d --rdzv_endpoint=$MASTER_ADDR:29500 train.py",
    "export MASTER_ADDR=$(scontrol show hostnames $SLURM_JOB_NODELIST | head -n 1)",
    "#SBATCH --gpus=a100:4",
    "#SBATCH --gres=gpu:v100:1 --cpus-per-gpu=8",
    "#SBATCH --gpus-per-node=8 --nodes=2",
    "Do I need --exclusive for NCCL all-reduce across nodes or is --gpus-per-node enough?",
    "nvidia-smi --query-gpu=utilization.gpu,memory.used --format=csv -l 5",
    "CUDA_VISIBLE_DEVICES=$SLURM_LOCALID ./my_app",
    "OMP_NUM_THREADS=8 mpirun -np 16 --map-by socket:PE=8 ./hybrid",
    "mpirun --mca btl ^openib -np 64 ./a.out",
    "I_MPI_PIN_DOMAIN=omp mpirun -n 32 ./vasp_std",
    "srun --cpu-bind=verbose,cores -n 8 ./hello_mpi",
    "Scaling test: 1 node → 410 s, 2 → 215 s, 4 → 120 s, 8 → 95 s. Efficiency drops after 4 nodes.",
    "| nodes | ranks | time (s) | speedup |\n|------:|------:|---------:|--------:|\n| 1 | 64 | 812 | 1.00 |\n| 2 | 128 | 421 | 1.93 |\n| 4 | 256 | 230 | 3.53 |",
    "Is InfiniBand HDR on all nodes or only node[001-064]?",
    "node[001-032] are the CPU nodes, gpu[01-08] have 4x A100 each, bigmem[1-2] have 2 TB RAM.",
    "srun -w gpu03 --gres=gpu:1 --pty bash",
    "Hybrid job: 4 MPI ranks × 16 OpenMP threads per node, 8 nodes.",
    "mpirun -hostfile $PBS_NODEFILE -np $(wc -l < $PBS_NODEFILE) ./cp2k.psmp -i in.inp",
    "#SBATCH --ntasks=48 --ntasks-per-core=1 --hint=nomultithread",
    "Why is MIG enabled on gpu05? I get a 1g.10gb slice instead of a full A100.",
    "accelerate launch --multi_gpu --num_processes 8 finetune.py",
    "deepspeed --num_gpus 4 train.py --deepspeed ds_config.json",
    "horovodrun -np 8 -H gpu01:4,gpu02:4 python train.py",
    "GPU util is 0% in nvidia-smi but my job says it's using cuda:0 ??",
    "ucx_info -d | grep Transport",
    "export NCCL_DEBUG=INFO NCCL_IB_HCA=mlx5",
    "Job requested 4 GPUs but only 1 visible: torch.cuda.device_count() == 1",
    "srun --het-group=0,1 ./coupler : -n 64 ./ocean : -n 256 ./atmos",
    "mpicc -O2 -o hello hello.c && srun -n 4 ./hello",
    "ibstat | grep -A2 'Port 1'",
    "Can I request a specific GPU type? --gres=gpu:h100:1 gets rejected with 'Invalid generic resource'.",
    "srun --multi-prog tasks.conf",
    "0-3   ./worker --id=%t\n4     ./master",
    "Rank 0 hangs in MPI_Barrier while ranks 1–63 finish. Any debugging tips?",
    "ddt --connect srun -n 16 ./solver",
    "GPU hours used this month: 1,240 / 2,000 (62%)",
    "Throughput: 3.2 TFLOP/s on 1×A100 vs 1.1 on V100 — is that expected for FP64?",
    "I set --mem-per-gpu=80G and it still OOMs at batch size 64 < 128 expected.",
    "sbatch --gpus=1 --wrap=\"python -c 'import torch; print(torch.cuda.is_available())'\"",
    "Placement: --distribution=block:cyclic vs cyclic:block, which is better for a stencil code?",
    "mpirun -np 4 xterm -e gdb ./a.out",
    "MPS daemon: nvidia-cuda-mps-control -d, then run 4 processes per GPU",
    "Why is srun slower than mpirun for the same binary? ~12% difference.",
    "Checkpoint/restart with DMTCP: dmtcp_launch --interval 3600 ./long_sim",
    "The mpi4py hello world prints rank 0 of 1 four times — mpi4py built against the wrong MPI?",
    "nvidia-smi topo -m shows NV12 between GPU0 and GPU1, PIX to the NIC.",
    "Could you add node040 back into the gpu partition? It's drained with reason=\"GPU fell off bus\".",
]
p_launch = ["srun -n {n} ./solver", "mpirun -np {n} ./a.out", "mpiexec -n {n} python run.py",
            "srun --gpus-per-task=1 -n {g} python train.py"]
p_tail = ["", " > log.txt 2>&1", " --input params.yaml", " && echo done"]
def t_parallel(r):
    n = r.choice([4, 8, 16, 32, 64, 128, 256, 512])
    g = r.choice([1, 2, 4, 8])
    return r.choice(p_launch).format(n=n, g=g) + r.choice(p_tail)
CATS.append(("parallel", parallel, t_parallel))

# ---------------------------------------------------------------- schedule
schedule = [
    "0 2 * * * /home/jdoe/bin/sync_results.sh",
    "*/15 * * * * squeue -u jdoe > ~/queue_status.txt",
    "0 0 1 * * find /scratch/jdoe/tmp -mtime +30 -delete",
    "30 6 * * 1-5 sbatch /home/jdoe/jobs/daily_forecast.sh",
    "@reboot /home/jdoe/bin/start_tunnel.sh",
    "Run nightly at 02:00 UTC, weekends excluded",
    "Every Monday 08:00 — weekly usage report to PI",
    "#SBATCH --begin=now+2hours",
    "#SBATCH --begin=2024-12-24T20:00:00",
    "sbatch --begin=tomorrow job.sh",
    "scrontab -e",
    "#SCRON --time=00:10:00\n#SCRON -p short\n*/30 * * * * /home/jdoe/bin/check_inputs.sh",
    "Reservation request: 16 nodes, 2024-09-12 09:00 → 2024-09-13 17:00, name 'workshop-ml'",
    "scontrol create reservation starttime=2024-09-12T09:00 duration=1-08:00:00 nodes=node[001-016] users=jdoe,kpatel",
    "#SBATCH --reservation=workshop-ml",
    "Maintenance window: 1st Tuesday of each month, 07:00–12:00",
    "Cluster downtime 2024-08-05 to 2024-08-07 (filesystem upgrade). Jobs that can't finish before will stay PENDING.",
    "Please schedule my array so no more than 20 tasks run at once: --array=0-999%20",
    "Job chain: prep → sim (afterok) → post (afterany)",
    "jid=$(sbatch --parsable prep.sh); sbatch --dependency=afterok:$jid sim.sh",
    "timeout 3h python long_step.py || echo \"step hit 3h limit\"",
    "Reminder: quota report runs every Sunday at 23:59.",
    "I'd like the backup to run between 1am and 5am (< 4 h).",
    "At 9:30 on weekdays, submit the ingest job; if it fails, retry 3× with 10 min sleep between tries.",
    "Cron expression for 'every 6 hours': 0 */6 * * *",
    "Can cron on login nodes be used for sbatch submission, or only scrontab?",
    "Office hours: Wed 14:00–16:00 in Room 2.117 or on Zoom.",
    "Next training: \"Intro to Slurm\" on 3 Oct, 10:00–12:00, register at https://hpc.uni.example.edu/training",
    "Workflow: Snakemake with --cluster \"sbatch -p {params.partition} -t {resources.time}\"",
    "nextflow run main.nf -profile slurm -resume",
    "process.executor = 'slurm'\nprocess.queue = 'standard'\nprocess.time = '4h'",
    "Schedule: 00:00 sim, 06:00 post-process, 07:00 plots, 07:30 email to group",
    "Time zone question: is the scheduler in UTC or Europe/Berlin? My --begin=08:00 started at 10:00.",
    "Deadline-aware: #SBATCH --deadline=2024-10-01T00:00",
    "Please extend my reservation 'thesis-final' by 2 days (until Friday 18:00).",
    "Backfill works better if you give accurate --time; 72:00:00 for a 3 h job hurts you.",
    "Weekly cleanup: delete *.tmp older than 7 days in /scratch/jdoe/work",
    "0 3 * * 0 tar czf /project/lab/backups/notes_$(date +\\%F).tar.gz /home/jdoe/notes",
    "Every 10 minutes check if job is done, then rsync outputs; stop after 48 h",
    "crontab -l",
    "systemd timer? We don't have user-level systemd on login nodes, right?",
    "Year-end closure 23 Dec–2 Jan: the queue stays up, support is limited.",
    "Quarterly allocation renewal due 31/03, 30/06, 30/09, 31/12.",
    "Time limit formats: \"minutes\", \"minutes:seconds\", \"hours:minutes:seconds\", \"days-hours\", \"days-hours:minutes\".",
    "sbatch --time=1-12:30:00 job.sh",
    "while true; do squeue -u $USER; sleep 300; done",
    "Run at 4am on the 1st and 15th: 0 4 1,15 * *",
    "I want my job to start only after job 4821337 and 4821338 both end: --dependency=afterany:4821337:4821338",
    "The 'preempt' QoS can be killed after 30 min grace — fine for my checkpointed runs.",
    "Submission cut-off before maintenance: 2024-11-04 18:00; jobs with --time ending after 07:00 the next day will wait.",
    "Calendar invite: HPC user meeting, Thu 16:00 (CET) / 10:00 (EST)",
    "Start job at 22:00 so it runs overnight while the queue is quieter.",
]
c_min = ["0", "15", "30", "45", "*/10", "*/5"]
c_hour = ["*", "2", "6", "*/4", "22", "1-5"]
c_dow = ["*", "1-5", "0", "6", "1,3,5"]
c_cmd = ["sbatch ~/jobs/nightly.sh", "~/bin/rotate_logs.sh", "squeue -u $USER >> ~/q.log",
         "rsync -a /scratch/$USER/out/ /project/lab/out/", "~/bin/quota_mail.sh"]
def t_schedule(r):
    return "{} {} * * {} {}".format(r.choice(c_min), r.choice(c_hour), r.choice(c_dow), r.choice(c_cmd))
CATS.append(("schedule", schedule, t_schedule))

# ---------------------------------------------------------------- search
search = [
    "sbatch array",
    "gpu partition walltime",
    "how to select union of partitions",
    "drop table in sqlite from python",
    "order by memory usage sacct",
    "sleep command in job script",
    "OOM killed",
    "quota increase form",
    "scratch purge policy",
    "conda vs module",
    "mpi hello world",
    "\"Disk quota exceeded\"",
    "node[001-032]",
    "--gres=gpu:a100",
    "A100 vs H100",
    "jupyter port forwarding",
    "ssh -L 8888:localhost:8888",
    "cuda 12 pytorch",
    "job stuck PENDING priority",
    "how to cancel all jobs",
    "scancel array task",
    "where is my output file",
    "slurm-%j.out",
    "$SLURM_ARRAY_TASK_ID",
    "${SLURM_JOB_ID}",
    "globus endpoint",
    "rsync vs scp",
    "matlab license",
    "singularity docker",
    "R packages install",
    "gromacs gpu",
    "vasp license",
    "abaqus",
    "fairshare",
    "2FA",
    "Duo push not working",
    "VPN",
    "password expired",
    "module load python3",
    "gcc 13",
    "intel oneapi",
    "openmp threads",
    "hyperthreading off",
    "core dump",
    "segfault",
    "exit code 137",
    "<none>",
    "job | grep FAILED",
    "sacct && seff",
    "time limit > 7 days",
    "«bigmem»",
    "スケジューラ",
    "作业 排队",
    "Speicherplatz erhöhen",
    "réservation de nœuds",
]
q_a = ["how to", "error", "slow", "best way to", "cannot", "example"]
q_b = ["sbatch", "srun", "mpirun", "conda", "spack", "module", "scratch", "quota", "gpu", "array job"]
q_c = ["", " on gpu partition", " in job script", " 2024", " for beginners", " not working"]
def t_search(r):
    return "{} {}{}".format(r.choice(q_a), r.choice(q_b), r.choice(q_c))
CATS.append(("search", search, t_search))

# ---------------------------------------------------------------- chat
chat = [
    "thanks!",
    "ok",
    "that worked 🎉",
    "Still pending… 😩",
    "is the cluster down?",
    "login1 is super laggy rn",
    "anyone else seeing slow /scratch?",
    "lol my job ran for 0:03 and failed on a typo",
    "@kpatel did you get your allocation sorted?",
    "Use `--mem-per-cpu` instead, it's easier to reason about.",
    "You need `&&` not `;` if you want the second command to only run on success.",
    "Pipe it: `sacct -j 123 | grep -v batch`",
    "Pro tip: `squeue --me` works on newer Slurm.",
    "I think the '--' ends option parsing, so `rm -- -weirdfile` removes a file named -weirdfile.",
    "-- sent from my phone",
    "SELECT is fine, it's the 'ORDER BY' on the 40M-row table that kills our DB job. Adding an index now.",
    "The union of both node lists is node[001-048], right?",
    "I dropped the learning rate and the loss stopped exploding.",
    "Wait, the script has `rm -rf $OUTDIR/` and OUTDIR was empty?? Glad it was a test account.",
    "echo $? after the command gives you the exit code",
    "Use single quotes: 'text with $dollar' won't expand.",
    "`{{ cookiecutter.project_name }}` is literally in my path because I forgot to render the template lol",
    "Jinja in our Snakefile config: {{ sample }} gets filled by the workflow, not by bash.",
    "x < y && y > z — the comparison in my awk script is the wrong way round.",
    "2 > 1 but apparently 2 GB > 64 GB for the OOM killer 🙃",
    "<rant>why is the queue so long on Fridays</rant>",
    "Seriously, the H100 queue >>> the V100 queue",
    "merci, ça marche maintenant !",
    "danke, läuft jetzt 👍",
    "谢谢，问题解决了。",
    "ありがとうございます！",
    "gracias, ya funciona",
    "спасибо, всё заработало",
    "شكرا، المشكلة انحلت",
    "धन्यवाद, अब काम कर रहा है",
    "감사합니다, 이제 됩니다!",
    "Obrigado! Rodou tudo certinho.",
    "Dziękuję, działa 👌",
    "The O'Brien lab is hiring an RSE, DM me.",
    "Don't forget: D'Angelo's group has the reservation Friday.",
    "“Works on my machine” — famous last words.",
    "Can someone explain ‘fairshare decay’ like I’m five?",
    "Meeting notes:\n- quota ↑ for chem\n- new GPU nodes → June\n- drop support for CentOS 7 images",
    "brb, waiting for `make -j` to finish",
    "FYI the docs page https://hpc.uni.example.edu/docs/slurm#arrays was updated",
    "1) module purge 2) module load … 3) sbatch. Order matters!",
    "Nope, `$(nproc)` on the login node ≠ what you get in the job.",
    "cc @lchen @mgarcia",
    "+1 same here",
    "Is it \"sbatch job.sh\" or 'sbatch ./job.sh'? both work",
    "wrong channel, sorry",
    "Who broke the gpu queue 😂",
    "it's 3 am and my job finally started",
]
h_open = ["hey", "quick q", "fyi", "update", "psst"]
h_mid = ["my array finished", "node017 is back", "quota got bumped", "the new conda env works",
         "GPU jobs start faster now", "login2 is reachable again"]
h_end = ["", " 🙌", " :)", " — thanks all", "!!", " (finally)"]
def t_chat(r):
    return "{}: {}{}".format(r.choice(h_open), r.choice(h_mid), r.choice(h_end))
CATS.append(("chat", chat, t_chat))

# ---------------------------------------------------------------- profile
profile = [
    "Siobhán O'Sullivan",
    "Jean-Luc D'Arcy",
    "María José García-López",
    "Nguyễn Thị Minh Khai",
    "Ævar Örn Jósepsson",
    "李明 (Ming Li)",
    "Dr. Priya Raghunathan",
    "Prof. Hans-Peter Müller",
    "Oluwaseun Adébáyọ̀",
    "Zoë Østergaard",
    "j.doe@uni.example.edu",
    "kpatel+hpc@cs.uni.example.edu",
    "mary.o'neil@physics.uni.example.edu",
    "Department of Chemistry & Biochemistry",
    "Institute for Climate Research (ICR) — Modelling Group",
    "Affiliation: Faculty of Medicine / Dept. of Neuroscience",
    "ORCID: 0000-0002-1825-0097",
    "Phone: +49 (0)30 1234-5678 ext. 12",
    "Default shell: /bin/bash",
    "Default shell: /bin/zsh",
    "Preferred name: Alex (they/them)",
    "Notify me when: job ends | job fails | quota > 90%",
    "Email digest: daily at 07:00",
    "Time zone: America/New_York",
    "Language: Deutsch",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEKEYFAKEKEYFAKEKEYFAKEKEYFAKEKEYFAKEKEY jdoe@laptop",
    "Default account: chem-dft-2024",
    "Default partition: gpu",
    "Home page: https://www.uni.example.edu/~jdoe/",
    "GitHub: https://github.com/jdoe-lab",
    "Research area: computational fluid dynamics; turbulence; LES/DNS",
    "Bio: PhD candidate working on protein folding with MD (GROMACS, AMBER). Coffee > tea.",
    "Group: Smith Lab <smith-lab@uni.example.edu>",
    "PI: Dr. Ángela Ruiz <a.ruiz@uni.example.edu>",
    "Project title: \"Deep learning for cryo-EM: select, align & classify particles\"",
    "Grant: NSF-2112345 / ERC-StG-101012345",
    "Cost center: 4410-220-07",
    "Status: away until 15.08. — for urgent cluster issues contact kpatel",
    "Signature:\n--\nJohn Doe\nResearch Computing | Uni Example\nhttps://hpc.uni.example.edu",
    "Allowed IPs for SSH: campus VPN only",
    "Theme: dark",
    "Terminal font size: 14px",
    "Editor: vim (set ts=4 sw=4 et)",
    "Import users from CSV: name,email,group\nAnn Lee,ann.lee@uni.example.edu,bio\nBo Chen,bo.chen@uni.example.edu,bio",
    "display_name=Dr. Émile Zola-Bérard",
    "Title: Research Software Engineer (RSE) – HPC & Data",
    "Office: Bldg. 12, Rm 2.117",
    "Emergency contact: night-ops@hpc.uni.example.edu",
    "Username: u2084411",
    "Group membership: bio-shared, ml-vision, chem-dft",
    "Storage notify threshold: 85 %",
    "Favorite queues: standard, gpu, bigmem",
    "Description: Uses /project/astro-lensing for weak lensing sims; needs ~500k core-hours/yr.",
    "Nickname: \"Turbo\" Tom",
]
f_first = ["Anna", "Rahul", "Chloé", "Kwame", "Yuki", "Mateus", "Fatima", "Liam", "Ines", "Dmitri"]
f_last = ["O'Hara", "Kowalski", "Ng", "Mensah", "Sato", "da Silva", "Haddad", "Byrne", "Lefèvre", "Ivanov"]
f_dept = ["Physics", "Chemistry", "Biology", "Earth Sciences", "Computer Science", "Medicine"]
def t_profile(r):
    fi, la = r.choice(f_first), r.choice(f_last)
    mail = "{}.{}@uni.example.edu".format(fi, la.replace("'", "").replace(" ", "")).lower()
    return "{} {}, Dept. of {} <{}>".format(fi, la, r.choice(f_dept), mail)
CATS.append(("profile", profile, t_profile))


def main():
    out = []
    n = 0
    for cat, lits, tmpl in CATS:
        assert len(lits) >= 50, (cat, len(lits))
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CAT:
            v = tmpl(rng)
            guard += 1
            assert guard < 10000, cat
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            assert v.strip(), cat
            n += 1
            out.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
