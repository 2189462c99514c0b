// The parts of libxml2 Dossier uses: the forgiving HTML parser and the recovering XML parser.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers then clash with Foundation's bundled ICU
// ("UErrorCode has different definitions"); Dossier never calls the ICU-typed API.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
