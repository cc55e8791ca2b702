#ifndef COPYDESK_CLIBXML2_SHIM_H
#define COPYDESK_CLIBXML2_SHIM_H

/* xmlversion.h first, then drop ICU: Debian's libxml2 is built with ICU and its
   UErrorCode clashes with Foundation's copy when both modules are imported. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function pointer that Swift 6 refuses to touch. */
static inline void copydesk_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
