// libdeflate's whole-buffer gzip decompression, for compressed files read whole (a .html.gz page):
// about twice as fast as zlib's streaming inflate, which stays for streams and damaged data.
#include <libdeflate.h>
