/* calc.c -- recursive-descent evaluator for arithmetic expressions.
   Copyright (C) 2009 Example Contributors.

   This program is free software; you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation; either version 3, or (at your option)
   any later version.  */

#include <config.h>

#include <ctype.h>
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *input;
static const char *cursor;
static jmp_buf error_jmp;
static char error_msg[128];

static double parse_expr (void);

static void
fail (const char *msg)
{
  snprintf (error_msg, sizeof error_msg, "%s at column %ld",
            msg, (long) (cursor - input) + 1);
  longjmp (error_jmp, 1);
}

static void
skip_blanks (void)
{
  while (*cursor == ' ' || *cursor == '\t')
    cursor++;
}

static int
accept (char c)
{
  skip_blanks ();
  if (*cursor == c)
    {
      cursor++;
      return 1;
    }
  return 0;
}

static double
parse_number (void)
{
  char *end;
  double value;

  skip_blanks ();
  value = strtod (cursor, &end);
  if (end == cursor)
    fail ("number expected");
  cursor = end;
  return value;
}

static double
call_function (const char *name, size_t len, double arg)
{
  static const struct
  {
    const char *name;
    double (*fn) (double);
  } table[] =
    {
      { "sqrt", sqrt },
      { "sin",  sin  },
      { "cos",  cos  },
      { "exp",  exp  },
      { "log",  log  },
      { "abs",  fabs },
    };
  size_t i;

  for (i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strlen (table[i].name) == len
        && strncmp (table[i].name, name, len) == 0)
      return table[i].fn (arg);

  fail ("unknown function");
  return 0.0;                   /* not reached */
}

/* primary := number | '(' expr ')' | ident '(' expr ')' | '-' primary */
static double
parse_primary (void)
{
  skip_blanks ();

  if (accept ('-'))
    return -parse_primary ();

  if (accept ('('))
    {
      double v = parse_expr ();
      if (!accept (')'))
        fail ("missing ')'");
      return v;
    }

  if (isalpha ((unsigned char) *cursor))
    {
      const char *start = cursor;
      size_t len;
      double arg;

      while (isalnum ((unsigned char) *cursor))
        cursor++;
      len = (size_t) (cursor - start);
      if (len == 2 && strncmp (start, "pi", 2) == 0)
        return M_PI;
      if (!accept ('('))
        fail ("'(' expected after function name");
      arg = parse_expr ();
      if (!accept (')'))
        fail ("missing ')'");
      return call_function (start, len, arg);
    }

  return parse_number ();
}

/* power := primary ('^' power)? -- right associative */
static double
parse_power (void)
{
  double base = parse_primary ();

  if (accept ('^'))
    return pow (base, parse_power ());
  return base;
}

/* term := power (('*' | '/' | '%') power)* */
static double
parse_term (void)
{
  double v = parse_power ();

  for (;;)
    {
      if (accept ('*'))
        v *= parse_power ();
      else if (accept ('/'))
        {
          double d = parse_power ();
          if (d == 0.0)
            fail ("division by zero");
          v /= d;
        }
      else if (accept ('%'))
        v = fmod (v, parse_power ());
      else
        return v;
    }
}

/* expr := term (('+' | '-') term)* */
static double
parse_expr (void)
{
  double v = parse_term ();

  for (;;)
    {
      if (accept ('+'))
        v += parse_term ();
      else if (accept ('-'))
        v -= parse_term ();
      else
        return v;
    }
}

int
evaluate (const char *text, double *result)
{
  input = cursor = text;
  if (setjmp (error_jmp))
    return -1;

  *result = parse_expr ();
  skip_blanks ();
  if (*cursor != '\0' && *cursor != '\n')
    fail ("trailing garbage");
  return 0;
}

int
main (void)
{
  char line[512];

  while (fputs ("> ", stdout), fgets (line, sizeof line, stdin) != NULL)
    {
      double r;

      if (line[0] == '\n')
        continue;
      if (evaluate (line, &r) == 0)
        printf ("%.10g\n", r);
      else
        fprintf (stderr, "error: %s\n", error_msg);
    }
  putchar ('\n');
  return EXIT_SUCCESS;
}
