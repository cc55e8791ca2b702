/* atomic-floor.c - the I/O floor with the runner's safety: like ../shared/bench/floor.c it reads
 * every *.txt file below IN and writes its bytes as four outputs (.xml .json .csv .txt) into a
 * mirrored tree under OUT, with no parsing; but each output is written as Copydesk writes it, to an
 * unnamed temporary file in its folder (O_TMPFILE) that is then linked into place (linkat), so a
 * crash never leaves a half-written output. The gap between the two floors is what that safety
 * costs the kernel; the gap between this floor and `convert` is parsing and writing.
 *
 *   cc -O2 -pthread -o atomic-floor Benchmarks/atomic-floor.c && ./atomic-floor -j 2 IN OUT
 *
 * Linux only (O_TMPFILE, AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH, else /proc/self/fd is linked).
 * Exit status 1 on any error, naming the file.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char *input_root, *output_root;
static char **inputs;
static size_t input_count, input_room;
static atomic_size_t next_input;
static atomic_int failures;

static void fail(const char *what, const char *path) {
    fprintf(stderr, "atomic-floor: %s %s: %s\n", what, path, strerror(errno));
    atomic_store(&failures, 1);
}

/* nftw callback: mirror every folder under OUT, remember every *.txt file (path relative to IN). */
static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)ftw;
    const char *relative = path + strlen(input_root);
    while (*relative == '/') relative++;
    if (type == FTW_D) {
        char folder[PATH_MAX];
        snprintf(folder, sizeof folder, "%s/%s", output_root, relative);
        if (mkdir(folder, 0755) != 0 && errno != EEXIST) fail("mkdir", folder);
    } else if (type == FTW_F) {
        size_t length = strlen(relative);
        if (length < 4 || strcmp(relative + length - 4, ".txt") != 0) return 0;
        if (input_count == input_room) {
            input_room = input_room ? 2 * input_room : 4096;
            inputs = realloc(inputs, input_room * sizeof *inputs);
        }
        inputs[input_count++] = strdup(relative);
    }
    return 0;
}

/* Writes `bytes` as `name` inside the open folder `folder`: unnamed file, then linked into place. */
static void write_atomically(int folder, const char *name, const char *bytes, size_t length, const char *shown) {
    int file = openat(folder, ".", O_WRONLY | O_TMPFILE | O_CLOEXEC, 0644);
    if (file < 0) { fail("open", shown); return; }
    for (size_t done = 0; done < length;) {
        ssize_t wrote = write(file, bytes + done, length - done);
        if (wrote < 0 && errno == EINTR) continue;
        if (wrote < 0) { fail("write", shown); close(file); return; }
        done += (size_t)wrote;
    }
    if (linkat(file, "", folder, name, AT_EMPTY_PATH) != 0) {
        char proc[64];
        snprintf(proc, sizeof proc, "/proc/self/fd/%d", file);
        if (linkat(AT_FDCWD, proc, folder, name, AT_SYMLINK_FOLLOW) != 0) fail("link", shown);
    }
    close(file);
}

static void *convert_inputs(void *unused) {
    (void)unused;
    static const char *extensions[] = {".xml", ".json", ".csv", ".txt"};
    size_t room = 1 << 16;
    char *bytes = malloc(room);
    char open_folder_path[PATH_MAX] = "";
    int open_folder = -1;
    for (size_t i; (i = atomic_fetch_add(&next_input, 1)) < input_count;) {
        char path[PATH_MAX];
        snprintf(path, sizeof path, "%s/%s", input_root, inputs[i]);
        int file = open(path, O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (file < 0 || fstat(file, &st) != 0) { fail("open", path); if (file >= 0) close(file); continue; }
        if ((size_t)st.st_size + 1 > room) { room = (size_t)st.st_size + 1; bytes = realloc(bytes, room); }
        size_t length = 0;
        for (ssize_t got; (got = read(file, bytes + length, room - length)) != 0;) {
            if (got < 0 && errno == EINTR) continue;
            if (got < 0) { fail("read", path); break; }
            length += (size_t)got;
        }
        close(file);
        /* the output folder, kept open while consecutive inputs share it */
        char folder[PATH_MAX], stem[PATH_MAX];
        const char *slash = strrchr(inputs[i], '/');
        snprintf(folder, sizeof folder, "%s/%.*s", output_root, slash ? (int)(slash - inputs[i]) : 0, inputs[i]);
        snprintf(stem, sizeof stem, "%s", slash ? slash + 1 : inputs[i]);
        stem[strlen(stem) - 4] = 0;
        if (strcmp(folder, open_folder_path) != 0) {
            if (open_folder >= 0) close(open_folder);
            open_folder = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (open_folder < 0) { fail("open", folder); open_folder_path[0] = 0; continue; }
            snprintf(open_folder_path, sizeof open_folder_path, "%s", folder);
        }
        for (int k = 0; k < 4; k++) {
            char name[PATH_MAX];
            snprintf(name, sizeof name, "%s%s", stem, extensions[k]);
            write_atomically(open_folder, name, bytes, length, path);
        }
    }
    if (open_folder >= 0) close(open_folder);
    free(bytes);
    return NULL;
}

int main(int argc, char **argv) {
    int threads = 1, option;
    while ((option = getopt(argc, argv, "j:")) != -1) {
        if (option == 'j') threads = atoi(optarg);
        else { fprintf(stderr, "usage: atomic-floor [-j THREADS] IN OUT\n"); return 2; }
    }
    if (argc - optind != 2 || threads < 1 || threads > 256) { fprintf(stderr, "usage: atomic-floor [-j THREADS] IN OUT\n"); return 2; }
    input_root = argv[optind];
    output_root = argv[optind + 1];
    if (mkdir(output_root, 0755) != 0 && errno != EEXIST) { fail("mkdir", output_root); return 1; }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    if (nftw(input_root, visit, 64, FTW_PHYS) != 0) { fail("walk", input_root); return 1; }
    pthread_t workers[256];
    for (int t = 0; t < threads; t++) pthread_create(&workers[t], NULL, convert_inputs, NULL);
    for (int t = 0; t < threads; t++) pthread_join(workers[t], NULL);
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("atomic-floor: %zu files, %d thread(s): %.3f s, %.0f articles/s\n", input_count, threads, seconds, (double)input_count / seconds);
    return atomic_load(&failures) ? 1 : 0;
}
