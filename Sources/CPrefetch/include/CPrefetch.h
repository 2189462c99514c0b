#ifndef DOSSIER_CPREFETCH_H
#define DOSSIER_CPREFETCH_H

// A cache prefetch hint, which Swift has no spelling for. The entity tagger asks for the weight
// table's slots a few tokens before it reads them, so their cache misses overlap with the work
// on the tokens before (EntityTagger.swift). A hint only: it never faults and changes no result.
static inline void dossier_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
