/* The C side of docs/dependencies.md: libzip and libxml2 doing what `huizong-bench zip|xml` does, printing
 * the same lines.
 *
 *   parts zip [--runs 5] [--each] [--limits] [--stream] FILES...  list and inflate every entry (libzip, from memory)
 *   parts xml [--runs 5] [--each] FILES...             parse every XML part (.xml, .rels) of each package, or
 *                                                      a file that is not a ZIP as one part (libxml2 tree, walked)
 *
 * --limits checks what huizong's reader checks before inflating (200 MB in all per package; ratio over 200
 * refused above 1 MB); without it libzip inflates whatever the archive holds. Entries are read into a buffer
 * of the declared size, one byte more catching a longer stream; --stream reads each to its end through a
 * 64 KiB buffer instead, as a caller that trusts libzip to stop would.
 * libxml2 options: XML_PARSE_NONET, no XML_PARSE_NOENT, no XML_PARSE_DTDLOAD, no XML_PARSE_HUGE.
 * Build: gcc -O2 -o parts parts.c $(pkg-config --cflags --libs libzip libxml-2.0)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <zip.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/entities.h>

typedef struct { char *path; unsigned char *data; size_t len; } Input;
typedef struct { char *name; unsigned char *data; size_t len; } Part;

static int limits = 0, stream = 0;
static const long long maxUnzipped = 200LL * 1024 * 1024;
static const long long maxRatio = 200;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double peakMB(void) {
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0;
}

static int readFile(Input *in) {
    FILE *f = fopen(in->path, "rb");
    if (!f) { in->data = NULL; in->len = 0; return -1; }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    in->data = malloc(n > 0 ? n : 1);
    in->len = fread(in->data, 1, n, f);
    fclose(f);
    return 0;
}

static zip_t *openZip(const Input *in, char *err, size_t errLen) {
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(in->data, in->len, 0, &ze);
    if (!src) { snprintf(err, errLen, "%s", zip_error_strerror(&ze)); zip_error_fini(&ze); return NULL; }
    zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &ze);
    if (!za) { snprintf(err, errLen, "%s", zip_error_strerror(&ze)); zip_source_free(src); }
    zip_error_fini(&ze);
    return za;
}

/* Inflates entry i into a buffer of its declared size (one byte more to catch a longer stream). */
static unsigned char *readEntry(zip_t *za, zip_uint64_t i, long long *budget, size_t *outLen, char *err, size_t errLen) {
    zip_stat_t st;
    if (zip_stat_index(za, i, 0, &st) != 0) { snprintf(err, errLen, "stat: %s", zip_strerror(za)); return NULL; }
    const char *name = zip_get_name(za, i, ZIP_FL_ENC_GUESS);
    if (limits) {
        if ((long long)st.size > *budget) { snprintf(err, errLen, "%s: too large", name); return NULL; }
        if (st.size > 1000000 && (long long)(st.size / (st.comp_size ? st.comp_size : 1)) > maxRatio) {
            snprintf(err, errLen, "%s: ratio", name);
            return NULL;
        }
    }
    if (stream) {
        static unsigned char chunk[65536];
        zip_file_t *zf = zip_fopen_index(za, i, 0);
        if (!zf) { snprintf(err, errLen, "%s: %s", name, zip_strerror(za)); return NULL; }
        zip_int64_t r;
        size_t total = 0;
        while ((r = zip_fread(zf, chunk, sizeof chunk)) > 0) total += (size_t)r;
        if (r < 0) { snprintf(err, errLen, "%s: %s", name, zip_file_strerror(zf)); zip_fclose(zf); return NULL; }
        zip_fclose(zf);
        *outLen = total;
        return malloc(1);
    }
    size_t cap = (size_t)st.size + 1;
    unsigned char *buf = malloc(cap);
    if (!buf) { snprintf(err, errLen, "%s: cannot allocate %llu bytes", name, (unsigned long long)st.size); return NULL; }
    zip_file_t *zf = zip_fopen_index(za, i, 0);
    if (!zf) { snprintf(err, errLen, "%s: %s", name, zip_strerror(za)); free(buf); return NULL; }
    size_t off = 0;
    zip_int64_t r = 0;
    while (off < cap && (r = zip_fread(zf, buf + off, cap - off)) > 0) off += (size_t)r;
    if (off < cap) r = zip_fread(zf, buf + off, cap - off); /* reach the end, where libzip checks the CRC */
    if (r < 0) { snprintf(err, errLen, "%s: %s", name, zip_file_strerror(zf)); zip_fclose(zf); free(buf); return NULL; }
    if (off != st.size) {
        snprintf(err, errLen, "%s: inflated %s than declared", name, off > st.size ? "longer" : "shorter");
        zip_fclose(zf); free(buf); return NULL;
    }
    int c = zip_fclose(zf);
    if (c != 0) { snprintf(err, errLen, "%s: %s", name, zip_error_strerror(zip_get_error(za))); free(buf); return NULL; }
    *budget -= off;
    *outLen = off;
    return buf;
}

static int hasSuffix(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int byName(const void *a, const void *b) { return strcmp(((const Part *)a)->name, ((const Part *)b)->name); }

static long long elements, textBytes;
static int entityLoaded;

static void walk(xmlNodePtr n) {
    for (; n; n = n->next) {
        switch (n->type) {
        case XML_ELEMENT_NODE:
            elements++;
            walk(n->children);
            break;
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            if (n->content) textBytes += (long long)strlen((const char *)n->content);
            break;
        case XML_ENTITY_REF_NODE: {
            /* Not expanded (no XML_PARSE_NOENT); tell whether the entity's content was loaded at all. */
            xmlEntityPtr e = (xmlEntityPtr)n->children;
            if (e && e->children) entityLoaded = 1;
            break;
        }
        default:
            break;
        }
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: parts zip|xml [--runs N] [--each] [--limits] [--stream] FILES...\n");
        return 2;
    }
    const char *mode = argv[1];
    int runs = 5, each = 0;
    Input *inputs = calloc(argc, sizeof(Input));
    int count = 0;
    for (int k = 2; k < argc; k++) {
        if (strcmp(argv[k], "--runs") == 0 && k + 1 < argc) { runs = atoi(argv[++k]); continue; }
        if (strcmp(argv[k], "--each") == 0) { each = 1; continue; }
        if (strcmp(argv[k], "--limits") == 0) { limits = 1; continue; }
        if (strcmp(argv[k], "--stream") == 0) { stream = 1; continue; }
        inputs[count].path = argv[k];
        readFile(&inputs[count]);
        count++;
    }
    if (runs < 1) runs = 1;
    char **outcome = calloc(count, sizeof(char *));
    for (int i = 0; i < count; i++) outcome[i] = calloc(1, 512);
    double *times = calloc(runs, sizeof(double));
    long long totalA = 0, totalB = 0;
    int errors = 0;
    char err[400];
    if (strcmp(mode, "zip") == 0) {
        for (int run = 0; run < runs; run++) {
            totalA = totalB = 0; errors = 0;
            double t0 = now();
            for (int i = 0; i < count; i++) {
                zip_t *za = openZip(&inputs[i], err, sizeof err);
                if (!za) { errors++; snprintf(outcome[i], 512, "error\t%s", err); continue; }
                zip_int64_t n = zip_get_num_entries(za, 0);
                long long budget = maxUnzipped, bytes = 0;
                int failed = 0;
                for (zip_int64_t e = 0; e < n; e++) {
                    size_t len;
                    unsigned char *buf = readEntry(za, (zip_uint64_t)e, &budget, &len, err, sizeof err);
                    if (!buf) { failed = 1; break; }
                    bytes += (long long)len;
                    free(buf);
                }
                zip_discard(za);
                if (failed) { errors++; snprintf(outcome[i], 512, "error\t%s", err); continue; }
                totalA += n; totalB += bytes;
                snprintf(outcome[i], 512, "ok\t%lld\t%lld", (long long)n, bytes);
            }
            times[run] = now() - t0;
        }
    } else {
        xmlInitParser();
        LIBXML_TEST_VERSION
        /* The parts, inflated before timing (with the limits, as ours). */
        limits = 1;
        Part **parts = calloc(count, sizeof(Part *));
        int *partCount = calloc(count, sizeof(int));
        char **unpacked = calloc(count, sizeof(char *));
        for (int i = 0; i < count; i++) {
            if (inputs[i].len >= 2 && inputs[i].data[0] == 'P' && inputs[i].data[1] == 'K') {
                zip_t *za = openZip(&inputs[i], err, sizeof err);
                if (!za) { unpacked[i] = strdup(err); continue; }
                zip_int64_t n = zip_get_num_entries(za, 0);
                parts[i] = calloc(n > 0 ? n : 1, sizeof(Part));
                long long budget = maxUnzipped;
                for (zip_int64_t e = 0; e < n; e++) {
                    const char *name = zip_get_name(za, (zip_uint64_t)e, ZIP_FL_ENC_GUESS);
                    if (!name || !(hasSuffix(name, ".xml") || hasSuffix(name, ".rels"))) continue;
                    size_t len;
                    unsigned char *buf = readEntry(za, (zip_uint64_t)e, &budget, &len, err, sizeof err);
                    if (!buf) { unpacked[i] = strdup(err); break; }
                    parts[i][partCount[i]++] = (Part){ strdup(name), buf, len };
                }
                zip_discard(za);
                qsort(parts[i], partCount[i], sizeof(Part), byName);
            } else {
                parts[i] = calloc(1, sizeof(Part));
                parts[i][0] = (Part){ strdup(""), inputs[i].data, inputs[i].len };
                partCount[i] = 1;
            }
        }
        int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
        for (int run = 0; run < runs; run++) {
            totalA = totalB = 0; errors = 0;
            double t0 = now();
            for (int i = 0; i < count; i++) {
                if (unpacked[i]) { errors++; snprintf(outcome[i], 512, "error\tunzip: %s", unpacked[i]); continue; }
                long long e = 0, t = 0;
                outcome[i][0] = 0;
                for (int p = 0; p < partCount[i]; p++) {
                    elements = textBytes = 0; entityLoaded = 0;
                    xmlResetLastError();
                    xmlDocPtr doc = xmlReadMemory((const char *)parts[i][p].data, (int)parts[i][p].len, NULL, NULL, options);
                    if (!doc) {
                        xmlErrorPtr x = xmlGetLastError();
                        char msg[300];
                        snprintf(msg, sizeof msg, "%s", x && x->message ? x->message : "not well-formed");
                        msg[strcspn(msg, "\n")] = 0;
                        errors++;
                        snprintf(outcome[i], 512, "error\t%s%s%s", parts[i][p].name, *parts[i][p].name ? ": " : "", msg);
                        break;
                    }
                    walk(xmlDocGetRootElement(doc));
                    xmlFreeDoc(doc);
                    e += elements; t += textBytes;
                    if (entityLoaded) { snprintf(outcome[i], 512, "ok-entity-loaded\t%lld\t%lld", e, t); }
                }
                if (!outcome[i][0]) snprintf(outcome[i], 512, "ok\t%lld\t%lld", e, t);
                if (strncmp(outcome[i], "ok", 2) == 0) { totalA += e; totalB += t; }
            }
            times[run] = now() - t0;
        }
    }
    if (each) {
        for (int i = 0; i < count; i++) {
            const char *base = strrchr(inputs[i].path, '/');
            printf("%s\t%s\n", base ? base + 1 : inputs[i].path, outcome[i]);
        }
    }
    double *sorted = calloc(runs, sizeof(double));
    memcpy(sorted, times, runs * sizeof(double));
    for (int a = 0; a < runs; a++)
        for (int b = a + 1; b < runs; b++)
            if (sorted[b] < sorted[a]) { double x = sorted[a]; sorted[a] = sorted[b]; sorted[b] = x; }
    int isZip = strcmp(mode, "zip") == 0;
    printf("%s %s: %d files, %lld %s, %lld %s, %d errors; median %.1f ms of %d runs (", mode, isZip ? "libzip" : "libxml2",
           count, totalA, isZip ? "entries" : "elements", totalB, isZip ? "bytes inflated" : "text bytes", errors,
           sorted[runs / 2] * 1000, runs);
    for (int r = 0; r < runs; r++) printf(r ? " %.1f" : "%.1f", times[r] * 1000);
    printf("); peak RSS %.0f MB\n", peakMB());
    return 0;
}
