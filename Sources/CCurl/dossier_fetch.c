#include "dossier_fetch.h"

#include <curl/curl.h>
#include <pthread.h>
#include <string.h>

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static void global_init(void) { curl_global_init(CURL_GLOBAL_DEFAULT); }

typedef struct {
    dossier_body_fn body;
    dossier_header_fn header;
    void *context;
} sink;

static size_t on_write(char *data, size_t size, size_t count, void *user) {
    sink *s = (sink *)user;
    return s->body(data, size * count, s->context);
}

static size_t on_header(char *data, size_t size, size_t count, void *user) {
    sink *s = (sink *)user;
    size_t n = size * count;
    size_t len = n;
    while (len > 0 && (data[len - 1] == '\r' || data[len - 1] == '\n')) len--;
    if (s->header) s->header(data, len, s->context);
    return n;
}

static void copy_string(char *dst, size_t cap, const char *src) {
    if (!src) { dst[0] = 0; return; }
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
}

int dossier_fetch(const char *url, long timeout_seconds, long max_redirects, long long max_bytes,
                  const char *user_agent, const char *accept, dossier_body_fn body, void *context,
                  dossier_fetch_result *out) {
    return dossier_request(url, timeout_seconds, max_redirects, max_bytes, user_agent, accept, NULL, 0, NULL, 0,
                           body, NULL, context, out);
}

int dossier_request(const char *url, long timeout_seconds, long max_redirects, long long max_bytes,
                    const char *user_agent, const char *accept, const char *const *request_headers,
                    int header_count, const char *post_body, long long post_size, dossier_body_fn body,
                    dossier_header_fn header, void *context, dossier_fetch_result *out) {
    pthread_once(&global_once, global_init);
    memset(out, 0, sizeof *out);
    CURL *curl = curl_easy_init();
    if (!curl) {
        out->curl_code = CURLE_FAILED_INIT;
        copy_string(out->error, sizeof out->error, "libcurl initialisation failed");
        return out->curl_code;
    }
    char error[CURL_ERROR_SIZE] = {0};
    sink s = { body, header, context };
    struct curl_slist *headers = NULL;
    if (accept) {
        char line[512];
        strcpy(line, "Accept: ");
        strncat(line, accept, sizeof line - strlen(line) - 1);
        headers = curl_slist_append(headers, line);
    }
    for (int i = 0; i < header_count; i++) {
        if (request_headers[i]) headers = curl_slist_append(headers, request_headers[i]);
    }
    if (post_body) {
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, post_body);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)post_size);
    }
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &s);
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, max_redirects);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)max_bytes);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, user_agent);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_write);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &s);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, error);

    CURLcode rc = curl_easy_perform(curl);
    out->curl_code = (int)rc;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &out->status);
    char *ct = NULL;
    curl_easy_getinfo(curl, CURLINFO_CONTENT_TYPE, &ct);
    copy_string(out->content_type, sizeof out->content_type, ct);
    char *eff = NULL;
    curl_easy_getinfo(curl, CURLINFO_EFFECTIVE_URL, &eff);
    copy_string(out->final_url, sizeof out->final_url, eff ? eff : url);
    if (rc != CURLE_OK) copy_string(out->error, sizeof out->error, error[0] ? error : curl_easy_strerror(rc));

    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return out->curl_code;
}
