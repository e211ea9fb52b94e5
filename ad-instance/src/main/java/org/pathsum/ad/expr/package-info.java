/**
 * The expression language: functions written as text, {@code "(x + 4*y) * ((x + y) * y)"},
 * compiled to a {@link org.pathsum.ad.ComputationGraph} by {@link org.pathsum.ad.expr.Expression}.
 * Errors in the text are {@link org.pathsum.ad.expr.ParseException}s (a {@code PathSumException})
 * carrying a line and column.
 *
 * <p>Grammar (one or more statements separated by {@code ;}):
 *
 * <pre>
 * program   := statement (';' statement)* [';']
 * statement := IDENT '=' expr        -- binds a shared intermediate
 *            | expr                  -- an output
 * expr      := expr ('+' | '-') expr | expr ('*' | '/') expr
 *            | ('-' | '+') expr      -- unary, binds looser than '^'
 *            | expr '^' expr         -- right-associative, tightest
 *            | NUMBER | IDENT | IDENT '(' expr (',' expr)* ')' | '(' expr ')'
 * </pre>
 *
 * <p>Precedence from loosest to tightest: {@code + -}, {@code * /}, unary {@code - +}, {@code ^}.
 * So {@code -x^2 = -(x^2)}, {@code 2^3^2 = 2^9} and {@code 2^-1 = 0.5}. Functions are those of
 * {@link org.pathsum.ad.Op#byFunctionName}. An exponent that depends on no variable ({@code x^2},
 * {@code pow(x - y, 2)}, {@code x^(1+1)}, {@code pow(x, -1)}) makes a constant-exponent power,
 * defined for a negative base.
 *
 * <p>Nothing here recurses on the input: the parser is a shunting-yard with explicit stacks, and
 * every walk over a syntax tree uses an explicit stack, so a sum of 10⁵ terms is fine. Nesting of
 * parentheses and calls is limited to {@link org.pathsum.ad.expr.Expression#MAX_NESTING}.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.ad.expr;
