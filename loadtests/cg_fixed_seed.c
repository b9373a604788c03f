/* LD_PRELOAD shim for instruction counts under callgrind
 * (loadtests/cg_pipeline.py --fixed-seed): getrandom() and
 * syscall(SYS_getrandom) return a fixed pseudo-random sequence, so that
 * LuaJIT seeds its PRNG (which randomises the JIT's abort penalties, hence
 * which traces it records) the same way in every run. Without it the
 * count per request of the same tree moves by up to ~5k instructions run
 * to run; with it by ~1-2k. For measuring only: never in a served edge
 * (nginx's $request_id and OpenSSL draw from the same calls). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdarg.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <sys/types.h>

static unsigned long long state = 0x9e3779b97f4a7c15ULL;

static void fill(void *buf, size_t n)
{
    unsigned char *p = buf;
    for (size_t i = 0; i < n; i++) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        p[i] = (unsigned char)(state >> 56);
    }
}

ssize_t getrandom(void *buf, size_t n, unsigned int flags)
{
    (void)flags;
    fill(buf, n);
    return (ssize_t)n;
}

long syscall(long nr, ...)
{
    static long (*real)(long, ...);
    va_list ap;
    long a[6];
    va_start(ap, nr);
    for (int i = 0; i < 6; i++)
        a[i] = va_arg(ap, long);
    va_end(ap);
    if (nr == SYS_getrandom) {
        fill((void *)a[0], (size_t)a[1]);
        return a[1];
    }
    if (!real)
        real = (long (*)(long, ...))dlsym(RTLD_NEXT, "syscall");
    return real(nr, a[0], a[1], a[2], a[3], a[4], a[5]);
}
