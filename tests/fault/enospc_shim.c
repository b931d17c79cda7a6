/* A full disk on demand, for the full-disk drills (issue 15): an LD_PRELOAD library that makes
 * the writes to files under $NETSMITH_ENOSPC_DIR fail with ENOSPC, as a disk with no room left
 * does. With $NETSMITH_ENOSPC_AFTER=N the first N bytes written there (all files together) land
 * and the disk fills then, mid-file: the write that crosses the line is short, as the kernel's
 * is, and the next one fails. Other files, pipes, sockets, stdout and stderr pass through.
 *
 * Which file a descriptor is comes from /proc/self/fd/N, so files opened before the
 * folder was named, renamed or unnamed (O_TMPFILE: "DIR/#123 (deleted)") count by where they
 * are. Covered: write, writev, pwrite, pwritev (and their 64 forms), fallocate and
 * posix_fallocate (they reserve room a full disk has not got), and stdio streams opened with
 * fopen/fdopen for writing: glibc's fwrite reaches the kernel through its internal __write,
 * which no preload can replace (tried: a write-only shim let fwrite and bash's printf through),
 * so such a stream is re-made with fopencookie over the same descriptor and writes through
 * write() below (fileno() of it is -1). Not covered: stdout/stderr redirected into the folder
 * and written with stdio, mmap'ed writes, copy_file_range/sendfile/splice. ftruncate passes:
 * growing a file takes no room.
 *
 *   LD_PRELOAD=libnetsmith_enospc_shim.so NETSMITH_ENOSPC_DIR=/tmp/full [NETSMITH_ENOSPC_AFTER=4096] cmd
 */
#undef _FILE_OFFSET_BITS /* pwrite and pwrite64 stay two functions */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility("default")))

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char fullDir[PATH_MAX];
static size_t fullLength;  /* 0: no folder named, the shim passes everything */
static long long roomLeft; /* bytes that may still land under the folder */

static void init(void)
{
    const char* dir = getenv("NETSMITH_ENOSPC_DIR");
    if (!dir || !*dir)
        return;
    if (!realpath(dir, fullDir)) {
        strncpy(fullDir, dir, sizeof fullDir - 1);
        fullDir[sizeof fullDir - 1] = 0;
    }
    fullLength = strlen(fullDir);
    while (fullLength > 1 && fullDir[fullLength - 1] == '/')
        fullDir[--fullLength] = 0;
    const char* after = getenv("NETSMITH_ENOSPC_AFTER");
    roomLeft = after && *after ? strtoll(after, NULL, 10) : 0;
}

/* Whether descriptor `fd` is a file under the full folder. Leaves errno as it was. */
static int onFullDisk(int fd)
{
    pthread_once(&once, init);
    if (!fullLength || fd < 0)
        return 0;
    const int saved = errno;
    char link[64], path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    errno = saved;
    if (n <= 0)
        return 0;
    path[n] = 0;
    return strncmp(path, fullDir, fullLength) == 0 && (path[fullLength] == '/' || path[fullLength] == 0);
}

/* Takes up to `want` bytes of the room left; returns how many may be written (0: none). */
static size_t take(size_t want)
{
    long long left = __atomic_load_n(&roomLeft, __ATOMIC_RELAXED);
    for (;;) {
        if (left <= 0)
            return 0;
        const long long give = (unsigned long long)left < want ? left : (long long)want;
        if (__atomic_compare_exchange_n(&roomLeft, &left, left - give, 0, __ATOMIC_RELAXED, __ATOMIC_RELAXED))
            return (size_t)give;
    }
}

/* Gives back what was taken but not written. */
static void refund(size_t taken, ssize_t written)
{
    const long long unused = (long long)taken - (written > 0 ? (long long)written : 0);
    if (unused > 0)
        __atomic_add_fetch(&roomLeft, unused, __ATOMIC_RELAXED);
}

#define REAL(name)                                                                                                     \
    static __typeof__(name)* real_##name;                                                                              \
    if (!real_##name)                                                                                                  \
        real_##name = (__typeof__(name)*)dlsym(RTLD_NEXT, #name)

EXPORT ssize_t write(int fd, const void* buf, size_t n)
{
    REAL(write);
    if (n == 0 || !onFullDisk(fd))
        return real_write(fd, buf, n);
    const size_t allowed = take(n);
    if (!allowed) {
        errno = ENOSPC;
        return -1;
    }
    const ssize_t w = real_write(fd, buf, allowed);
    refund(allowed, w);
    return w;
}

#define PWRITE(name, off_type)                                                                                         \
    EXPORT ssize_t name(int fd, const void* buf, size_t n, off_type offset)                                            \
    {                                                                                                                  \
        REAL(name);                                                                                                    \
        if (n == 0 || !onFullDisk(fd))                                                                                 \
            return real_##name(fd, buf, n, offset);                                                                    \
        const size_t allowed = take(n);                                                                                \
        if (!allowed) {                                                                                                \
            errno = ENOSPC;                                                                                            \
            return -1;                                                                                                 \
        }                                                                                                              \
        const ssize_t w = real_##name(fd, buf, allowed, offset);                                                       \
        refund(allowed, w);                                                                                            \
        return w;                                                                                                      \
    }
PWRITE(pwrite, off_t)
PWRITE(pwrite64, off64_t)

/* The vector cut to `allowed` bytes, in `cut` (room for IOV_MAX entries); returns its length. */
static int cutVector(const struct iovec* iov, int count, size_t allowed, struct iovec* cut)
{
    int k = 0;
    for (int i = 0; i < count && allowed > 0 && k < IOV_MAX; ++i) {
        cut[k] = iov[i];
        if (cut[k].iov_len > allowed)
            cut[k].iov_len = allowed;
        allowed -= cut[k].iov_len;
        ++k;
    }
    return k;
}

static size_t vectorSize(const struct iovec* iov, int count)
{
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += iov[i].iov_len;
    return total;
}

EXPORT ssize_t writev(int fd, const struct iovec* iov, int count)
{
    REAL(writev);
    const size_t total = count > 0 && count <= IOV_MAX ? vectorSize(iov, count) : 0;
    if (total == 0 || !onFullDisk(fd))
        return real_writev(fd, iov, count);
    const size_t allowed = take(total);
    if (!allowed) {
        errno = ENOSPC;
        return -1;
    }
    struct iovec cut[IOV_MAX];
    const ssize_t w = real_writev(fd, cut, cutVector(iov, count, allowed, cut));
    refund(allowed, w);
    return w;
}

#define PWRITEV(name, off_type)                                                                                        \
    EXPORT ssize_t name(int fd, const struct iovec* iov, int count, off_type offset)                                   \
    {                                                                                                                  \
        REAL(name);                                                                                                    \
        const size_t total = count > 0 && count <= IOV_MAX ? vectorSize(iov, count) : 0;                               \
        if (total == 0 || !onFullDisk(fd))                                                                             \
            return real_##name(fd, iov, count, offset);                                                                \
        const size_t allowed = take(total);                                                                            \
        if (!allowed) {                                                                                                \
            errno = ENOSPC;                                                                                            \
            return -1;                                                                                                 \
        }                                                                                                              \
        struct iovec cut[IOV_MAX];                                                                                     \
        const ssize_t w = real_##name(fd, cut, cutVector(iov, count, allowed, cut), offset);                           \
        refund(allowed, w);                                                                                            \
        return w;                                                                                                      \
    }
PWRITEV(pwritev, off_t)
PWRITEV(pwritev64, off64_t)

/* Reserving room: refused when the room left is less than asked (and nothing is taken). */
static int roomFor(int fd, long long length)
{
    if (length <= 0 || !onFullDisk(fd))
        return 1;
    const size_t got = take((size_t)length);
    if ((long long)got == length)
        return 1;
    refund(got, 0);
    return 0;
}

EXPORT int fallocate(int fd, int mode, off_t offset, off_t length)
{
    REAL(fallocate);
    if (!roomFor(fd, length)) {
        errno = ENOSPC;
        return -1;
    }
    return real_fallocate(fd, mode, offset, length);
}

EXPORT int fallocate64(int fd, int mode, off64_t offset, off64_t length)
{
    REAL(fallocate64);
    if (!roomFor(fd, length)) {
        errno = ENOSPC;
        return -1;
    }
    return real_fallocate64(fd, mode, offset, length);
}

/* posix_fallocate returns the error instead of setting errno. */
EXPORT int posix_fallocate(int fd, off_t offset, off_t length)
{
    REAL(posix_fallocate);
    return roomFor(fd, length) ? real_posix_fallocate(fd, offset, length) : ENOSPC;
}

EXPORT int posix_fallocate64(int fd, off64_t offset, off64_t length)
{
    REAL(posix_fallocate64);
    return roomFor(fd, length) ? real_posix_fallocate64(fd, offset, length) : ENOSPC;
}

/* ---- stdio: a stream for writing under the folder writes through write() above ---- */

struct Stream
{
    FILE* real; /* owns the descriptor; its own buffer is never used */
    int fd;
};

static ssize_t streamRead(void* cookie, char* buf, size_t n)
{
    return read(((struct Stream*)cookie)->fd, buf, n);
}

static ssize_t streamWrite(void* cookie, const char* buf, size_t n)
{
    /* fopencookie: the bytes written, short or 0 on an error (errno says which). */
    size_t done = 0;
    while (done < n) {
        const ssize_t w = write(((struct Stream*)cookie)->fd, buf + done, n - done);
        if (w <= 0)
            break;
        done += (size_t)w;
    }
    return (ssize_t)done;
}

static int streamSeek(void* cookie, off64_t* offset, int whence)
{
    const off64_t at = lseek64(((struct Stream*)cookie)->fd, *offset, whence);
    if (at < 0)
        return -1;
    *offset = at;
    return 0;
}

static int streamClose(void* cookie)
{
    struct Stream* s = cookie;
    const int r = fclose(s->real);
    free(s);
    return r;
}

static FILE* rewrap(FILE* f, const char* mode)
{
    if (!f || !mode || !strpbrk(mode, "wa+") || !onFullDisk(fileno(f)))
        return f;
    struct Stream* s = malloc(sizeof *s);
    if (!s)
        return f;
    s->real = f;
    s->fd = fileno(f);
    const cookie_io_functions_t io = {streamRead, streamWrite, streamSeek, streamClose};
    FILE* wrapped = fopencookie(s, mode, io);
    if (!wrapped) {
        free(s);
        return f;
    }
    return wrapped;
}

EXPORT FILE* fopen(const char* path, const char* mode)
{
    REAL(fopen);
    return rewrap(real_fopen(path, mode), mode);
}

EXPORT FILE* fopen64(const char* path, const char* mode)
{
    REAL(fopen64);
    return rewrap(real_fopen64(path, mode), mode);
}

EXPORT FILE* fdopen(int fd, const char* mode)
{
    REAL(fdopen);
    return rewrap(real_fdopen(fd, mode), mode);
}
