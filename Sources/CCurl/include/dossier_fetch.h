#ifndef DOSSIER_FETCH_H
#define DOSSIER_FETCH_H

#include <stddef.h>

/// Called with each piece of the body as it arrives; returns how many bytes it took. Taking
/// fewer than `size` aborts the transfer at once (how the size cap stops a download).
typedef size_t (*dossier_body_fn)(const char *data, size_t size, void *context);

/// Called with each response header line (status lines included, one per response of a
/// redirect chain), without its line end.
typedef void (*dossier_header_fn)(const char *data, size_t size, void *context);

typedef struct {
    long status;            ///< HTTP status of the last response (after redirects)
    char content_type[256]; ///< Content-Type header, "" when none
    char final_url[4096];   ///< URL after redirects
    int curl_code;          ///< 0 on success, else a CURLcode
    char error[256];        ///< curl's message when curl_code != 0
} dossier_fetch_result;

/// One blocking GET of an http(s) URL with libcurl: redirects followed (http and https only, at
/// most `max_redirects`), a whole-exchange timeout, compressed bodies decoded, and the body
/// handed to `body` piece by piece. curl_easy_setopt is variadic, which Swift cannot call: this
/// is the whole reason for this C file.
int dossier_fetch(const char *url, long timeout_seconds, long max_redirects, long long max_bytes,
                  const char *user_agent, const char *accept, dossier_body_fn body, void *context,
                  dossier_fetch_result *out);

/// `dossier_fetch` with more said and heard: extra request header lines (`"Name: value"`,
/// `header_count` of them), a POST of `post_body` (`post_size` bytes) when `post_body` is not
/// NULL, and every response header line handed to `header` (may be NULL).
int dossier_request(const char *url, long timeout_seconds, long max_redirects, long long max_bytes,
                    const char *user_agent, const char *accept, const char *const *request_headers,
                    int header_count, const char *post_body, long long post_size, dossier_body_fn body,
                    dossier_header_fn header, void *context, dossier_fetch_result *out);

#endif
