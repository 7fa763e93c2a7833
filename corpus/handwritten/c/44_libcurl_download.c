#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct memory {
    char *data;
    size_t size;
};

static size_t on_data(void *contents, size_t size, size_t nmemb, void *userp)
{
    size_t n = size * nmemb;
    struct memory *mem = userp;
    char *p = realloc(mem->data, mem->size + n + 1);

    if (!p)
        return 0;   /* tells curl to abort */
    mem->data = p;
    memcpy(mem->data + mem->size, contents, n);
    mem->size += n;
    mem->data[mem->size] = '\0';
    return n;
}

static int progress(void *clientp, curl_off_t dltotal, curl_off_t dlnow,
                    curl_off_t ultotal, curl_off_t ulnow)
{
    (void)clientp; (void)ultotal; (void)ulnow;
    if (dltotal > 0)
        fprintf(stderr, "\r%3d%%", (int)(dlnow * 100 / dltotal));
    return 0;
}

int main(int argc, char **argv)
{
    struct memory chunk = { NULL, 0 };
    CURL *curl;
    CURLcode res;
    long status = 0;

    if (argc < 2) {
        fprintf(stderr, "usage: %s URL\n", argv[0]);
        return 2;
    }

    curl_global_init(CURL_GLOBAL_DEFAULT);
    curl = curl_easy_init();
    if (!curl)
        return 1;

    curl_easy_setopt(curl, CURLOPT_URL, argv[1]);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "fetch/0.1");
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_data);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &chunk);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, progress);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);

    res = curl_easy_perform(curl);
    fputc('\n', stderr);
    if (res != CURLE_OK) {
        fprintf(stderr, "curl: %s\n", curl_easy_strerror(res));
    } else {
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        fprintf(stderr, "HTTP %ld, %zu bytes\n", status, chunk.size);
        fwrite(chunk.data, 1, chunk.size, stdout);
    }

    free(chunk.data);
    curl_easy_cleanup(curl);
    curl_global_cleanup();
    return res == CURLE_OK && status < 400 ? 0 : 1;
}
