/* The C side of the .xlsx writer comparison in docs/dependencies.md: libxlsxwriter writing the tables that
 * `huizong-bench xlsx --dump TABLES.txt` wrote, with what XLSXWriter does: a bold shaded header row (黑体),
 * other cells in 宋体, numbers as numbers (the same test), column widths from the widest cell, a fixed
 * creation date.
 *
 *   xlsxw TABLES.txt OUT.xlsx [--runs 5] [--constant-memory]
 *
 * --constant-memory writes inline strings row by row, as XLSXWriter does; without it libxlsxwriter keeps a
 * shared-strings table.
 * Build: gcc -O2 -o xlsxw xlsxw.c $(pkg-config --cflags --libs xlsxwriter)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <xlsxwriter.h>

typedef struct { char *name; int rows, cap; char ***cells; int *counts; } Sheet;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *unescape(const char *s, size_t n) {
    char *out = malloc(n + 1), *o = out;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n) {
            char c = s[++i];
            *o++ = c == 't' ? '\t' : c == 'n' ? '\n' : c == 'r' ? '\r' : c;
        } else {
            *o++ = s[i];
        }
    }
    *o = 0;
    return out;
}

/* Characters, as Swift counts them closely enough here: UTF-8 lead bytes. */
static int characters(const char *s) {
    int n = 0;
    for (; *s; s++) n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* XLSXWriter.isNumber: under 16 characters, starts with a digit or '-', parses whole, no leading zero. */
static int isNumber(const char *s) {
    int n = characters(s);
    if (n == 0 || n >= 16 || !((s[0] >= '0' && s[0] <= '9') || s[0] == '-')) return 0;
    char *end;
    strtod(s, &end);
    if (*end) return 0;
    return !(s[0] == '0' && n > 1 && strncmp(s, "0.", 2) != 0);
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: xlsxw TABLES.txt OUT.xlsx [--runs N] [--constant-memory]\n"); return 2; }
    int runs = 5, constant = 0;
    for (int k = 3; k < argc; k++) {
        if (strcmp(argv[k], "--runs") == 0 && k + 1 < argc) runs = atoi(argv[++k]);
        if (strcmp(argv[k], "--constant-memory") == 0) constant = 1;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 1; }
    Sheet *sheets = NULL;
    int count = 0, totalRows = 0;
    char *line = NULL;
    size_t lineCap = 0;
    ssize_t len;
    while ((len = getline(&line, &lineCap, f)) > 0) {
        if (line[len - 1] == '\n') line[--len] = 0;
        if (line[0] == 'S') {
            sheets = realloc(sheets, (count + 1) * sizeof(Sheet));
            sheets[count] = (Sheet){ unescape(line + 2, len - 2), 0, 0, NULL, NULL };
            count++;
        } else if (line[0] == 'R' && count) {
            Sheet *s = &sheets[count - 1];
            if (s->rows == s->cap) {
                s->cap = s->cap ? s->cap * 2 : 64;
                s->cells = realloc(s->cells, s->cap * sizeof(char **));
                s->counts = realloc(s->counts, s->cap * sizeof(int));
            }
            int n = 0;
            char **cells = NULL;
            char *p = line + 1;
            while (*p == '\t') {
                char *q = p + 1;
                while (*q && *q != '\t') q++;
                cells = realloc(cells, (n + 1) * sizeof(char *));
                cells[n++] = unescape(p + 1, q - p - 1);
                p = q;
            }
            s->cells[s->rows] = cells;
            s->counts[s->rows] = n;
            s->rows++;
            totalRows++;
        }
    }
    fclose(f);

    double *times = calloc(runs, sizeof(double));
    for (int run = 0; run < runs; run++) {
        double t0 = now();
        lxw_workbook_options options = { .constant_memory = (uint8_t)constant, .tmpdir = NULL, .use_zip64 = 0 };
        lxw_workbook *wb = workbook_new_opt(argv[2], &options);
        lxw_doc_properties props = { 0 };
        props.created = 1700000000; /* fixed, as XLSXWriter's dates are */
        workbook_set_properties(wb, &props);
        lxw_format *body = workbook_add_format(wb);
        format_set_font_name(body, "宋体");
        format_set_font_size(body, 11);
        lxw_format *head = workbook_add_format(wb);
        format_set_font_name(head, "黑体");
        format_set_font_size(head, 11);
        format_set_bold(head);
        format_set_pattern(head, LXW_PATTERN_SOLID);
        format_set_bg_color(head, 0xE7E6E6);
        for (int k = 0; k < count; k++) {
            Sheet *s = &sheets[k];
            /* Sheet names: at most 31 characters, none of []:*?/\ */
            char name[128];
            int o = 0, chars = 0;
            for (const char *p = s->name; *p && o < 120; p++) {
                if (strchr("[]:*?/\\", *p)) continue;
                if (((unsigned char)*p & 0xC0) != 0x80 && ++chars > 31) break;
                name[o++] = *p;
            }
            name[o] = 0;
            lxw_worksheet *ws = workbook_add_worksheet(wb, name);
            int columns = 0;
            for (int r = 0; r < s->rows; r++) if (s->counts[r] > columns) columns = s->counts[r];
            for (int c = 0; c < columns; c++) {
                int widest = 6;
                for (int r = 0; r < s->rows; r++)
                    if (c < s->counts[r] && characters(s->cells[r][c]) * 2 > widest) widest = characters(s->cells[r][c]) * 2;
                worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, widest < 60 ? widest : 60, NULL);
            }
            for (int r = 0; r < s->rows; r++) {
                for (int c = 0; c < s->counts[r]; c++) {
                    const char *cell = s->cells[r][c];
                    if (!*cell) continue;
                    if (r > 0 && isNumber(cell)) worksheet_write_number(ws, r, (lxw_col_t)c, strtod(cell, NULL), body);
                    else worksheet_write_string(ws, r, (lxw_col_t)c, cell, r == 0 ? head : body);
                }
            }
        }
        lxw_error e = workbook_close(wb);
        times[run] = now() - t0;
        if (e != LXW_NO_ERROR) { fprintf(stderr, "workbook_close: %s\n", lxw_strerror(e)); return 1; }
    }
    struct stat st;
    stat(argv[2], &st);
    double sorted[64];
    int n = runs < 64 ? runs : 64;
    memcpy(sorted, times, n * sizeof(double));
    for (int a = 0; a < n; a++)
        for (int b = a + 1; b < n; b++)
            if (sorted[b] < sorted[a]) { double x = sorted[a]; sorted[a] = sorted[b]; sorted[b] = x; }
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    printf("xlsx libxlsxwriter%s: %d sheets, %d rows, %lld bytes; median %.1f ms of %d runs (", constant ? " (constant_memory)" : "",
           count, totalRows, (long long)st.st_size, sorted[n / 2] * 1000, runs);
    for (int r = 0; r < runs; r++) printf(r ? " %.1f" : "%.1f", times[r] * 1000);
    printf("); peak RSS %.0f MB\n", u.ru_maxrss / 1024.0);
    return 0;
}
