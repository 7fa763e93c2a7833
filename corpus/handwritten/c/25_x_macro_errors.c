#include <stdio.h>
#include <string.h>

/* One table, many expansions. */
#define HTTP_STATUS_LIST(X)                      \
    X(200, OK,                  "OK")            \
    X(201, CREATED,             "Created")       \
    X(204, NO_CONTENT,          "No Content")    \
    X(301, MOVED_PERMANENTLY,   "Moved Permanently") \
    X(304, NOT_MODIFIED,        "Not Modified")  \
    X(400, BAD_REQUEST,         "Bad Request")   \
    X(401, UNAUTHORIZED,        "Unauthorized")  \
    X(403, FORBIDDEN,           "Forbidden")     \
    X(404, NOT_FOUND,           "Not Found")     \
    X(418, IM_A_TEAPOT,         "I'm a teapot")  \
    X(500, INTERNAL_ERROR,      "Internal Server Error") \
    X(503, SERVICE_UNAVAILABLE, "Service Unavailable")

#define AS_ENUM(code, name, text) HTTP_##name = code,
enum http_status { HTTP_STATUS_LIST(AS_ENUM) };
#undef AS_ENUM

#define AS_CASE(code, name, text) case HTTP_##name: return text;
static const char *http_reason(enum http_status s)
{
    switch (s) {
    HTTP_STATUS_LIST(AS_CASE)
    }
    return "Unknown";
}
#undef AS_CASE

#define AS_NAME(code, name, text) { code, #name },
static const struct { int code; const char *name; } http_names[] = {
    HTTP_STATUS_LIST(AS_NAME)
};
#undef AS_NAME

#define COUNT_ONE(code, name, text) + 1
enum { HTTP_STATUS_COUNT = 0 HTTP_STATUS_LIST(COUNT_ONE) };
#undef COUNT_ONE

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define STATIC_ASSERT(cond, msg) typedef char static_assert_##msg[(cond) ? 1 : -1]

STATIC_ASSERT(ARRAY_SIZE(http_names) == HTTP_STATUS_COUNT, table_size_matches);

static int lookup(const char *name)
{
    size_t i;
    for (i = 0; i < ARRAY_SIZE(http_names); i++)
        if (strcmp(http_names[i].name, name) == 0)
            return http_names[i].code;
    return -1;
}

int main(void)
{
    size_t i;
    for (i = 0; i < ARRAY_SIZE(http_names); i++)
        printf("%3d %-20s %s\n", http_names[i].code, http_names[i].name,
               http_reason((enum http_status)http_names[i].code));
    printf("IM_A_TEAPOT -> %d\n", lookup("IM_A_TEAPOT"));
    return 0;
}
