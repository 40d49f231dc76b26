#ifndef HUIZONG_CPOPPLER_SHIM_H
#define HUIZONG_CPOPPLER_SHIM_H
#include <poppler.h>

/* GObject macros do not import into Swift; these inline helpers fill the gap. */
static inline void hz_pdf_unref(void *obj) { g_object_unref(obj); }
#endif
