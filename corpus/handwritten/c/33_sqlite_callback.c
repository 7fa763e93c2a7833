#include <stdio.h>
#include <stdlib.h>
#include <sqlite3.h>

static int print_row(void *user, int ncols, char **values, char **names)
{
    int *row = user;
    int i;

    if ((*row)++ == 0) {
        for (i = 0; i < ncols; i++)
            printf("%-14s", names[i]);
        putchar('\n');
    }
    for (i = 0; i < ncols; i++)
        printf("%-14s", values[i] ? values[i] : "NULL");
    putchar('\n');
    return 0;
}

static int add_book(sqlite3 *db, const char *title, const char *author, int year)
{
    sqlite3_stmt *st;
    int rc;

    rc = sqlite3_prepare_v2(db,
        "INSERT INTO books(title, author, year) VALUES(?1, ?2, ?3)", -1, &st, NULL);
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_bind_text(st, 1, title, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 2, author, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 3, year);
    rc = sqlite3_step(st);
    sqlite3_finalize(st);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int main(int argc, char **argv)
{
    sqlite3 *db;
    char *err = NULL;
    int row = 0;

    if (sqlite3_open(argc > 1 ? argv[1] : "books.db", &db) != SQLITE_OK) {
        fprintf(stderr, "open: %s\n", sqlite3_errmsg(db));
        return 1;
    }

    if (sqlite3_exec(db,
            "CREATE TABLE IF NOT EXISTS books("
            "  id INTEGER PRIMARY KEY,"
            "  title TEXT NOT NULL,"
            "  author TEXT,"
            "  year INTEGER)", NULL, NULL, &err) != SQLITE_OK) {
        fprintf(stderr, "create: %s\n", err);
        sqlite3_free(err);
        sqlite3_close(db);
        return 1;
    }

    sqlite3_exec(db, "BEGIN", NULL, NULL, NULL);
    add_book(db, "The C Programming Language", "Kernighan & Ritchie", 1978);
    add_book(db, "Expert C Programming", "van der Linden", 1994);
    add_book(db, "Advanced Programming in the UNIX Environment", "Stevens", 1992);
    sqlite3_exec(db, "COMMIT", NULL, NULL, NULL);

    if (sqlite3_exec(db, "SELECT year, author FROM books ORDER BY year",
                     print_row, &row, &err) != SQLITE_OK) {
        fprintf(stderr, "select: %s\n", err);
        sqlite3_free(err);
    }

    sqlite3_close(db);
    return 0;
}
