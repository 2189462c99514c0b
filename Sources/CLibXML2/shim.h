// The parts of libxml2 Dossier uses: the forgiving HTML parser and the recovering XML parser.
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
