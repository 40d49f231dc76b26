#ifndef HUIZONG_CPANGOCAIRO_SHIM_H
#define HUIZONG_CPANGOCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangofc-font.h>
#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>

/* GObject macros do not import into Swift; these inline helpers fill the gap. */
static inline void hz_object_unref(void *obj) { g_object_unref(obj); }
static inline PangoFcFontMap *hz_as_fc_font_map(PangoFontMap *map) { return PANGO_FC_FONT_MAP(map); }
static inline const char *hz_fc_family(void) { return FC_FAMILY; }
static inline const char *hz_fc_file(void) { return FC_FILE; }
static inline const char *hz_fc_weight(void) { return FC_WEIGHT; }
static inline const char *hz_fc_charset(void) { return FC_CHARSET; }
static inline const char *hz_fc_index(void) { return FC_INDEX; }
static inline const char *hz_fc_style(void) { return FC_STYLE; }
static inline const char *hz_fc_embolden(void) { return FC_EMBOLDEN; }
/* The resolved fontconfig pattern of a Pango font (file, face index, emboldening), or NULL. */
static inline FcPattern *hz_font_pattern(PangoFont *font) {
  return PANGO_IS_FC_FONT(font) ? pango_fc_font_get_pattern(PANGO_FC_FONT(font)) : NULL;
}
#endif
