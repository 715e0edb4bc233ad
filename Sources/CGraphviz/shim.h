#ifndef DATELINE_CGRAPHVIZ_SHIM_H
#define DATELINE_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
