// zlib's streaming inflate, for .gz inputs, multi-member WARC files and HTTP Content-Encoding.
#include <zlib.h>
