package org.pathsum.ad.expr;

/** The kinds of token of the expression language. */
enum TokenKind {
  NUMBER("a number"),
  IDENT("a name"),
  PLUS("'+'"),
  MINUS("'-'"),
  STAR("'*'"),
  SLASH("'/'"),
  CARET("'^'"),
  LPAREN("'('"),
  RPAREN("')'"),
  COMMA("','"),
  ASSIGN("'='"),
  SEMICOLON("';'"),
  END("the end of the input");

  private final String description;

  TokenKind(String description) {
    this.description = description;
  }

  /** How an error message names this kind, e.g. {@code "')'"}. */
  String description() {
    return description;
  }
}
