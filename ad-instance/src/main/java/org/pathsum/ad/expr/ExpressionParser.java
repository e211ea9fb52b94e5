package org.pathsum.ad.expr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pathsum.ad.Op;

/**
 * Parses the expression language (see the {@linkplain org.pathsum.ad.expr package} grammar) into a
 * {@link ParsedProgram}.
 *
 * <p>Algorithm: Dijkstra's shunting-yard with an explicit operator stack and operand stack, so the
 * Java stack depth does not grow with the input. Precedence, loosest first: {@code + -}, {@code *
 * /}, unary {@code - +}, {@code ^} (right-associative). A unary minus applied directly to a numeric
 * literal is folded into the literal; {@code a^c} whose exponent is a (negated) literal becomes a
 * {@link Expr.PowConst}, any other {@code a^b} an {@link Op#POW}.
 *
 * <p>Parentheses and function calls may nest at most {@link #MAX_NESTING} deep; deeper input is
 * refused with a {@link ParseException} at the parenthesis that crossed the limit. Sums, products,
 * power towers and unary chains of any length are accepted (the AST is deep, but every consumer
 * walks it iteratively).
 *
 * <p>Cost: O(length of the source) time and memory.
 */
final class ExpressionParser {

  /** The deepest nesting of parentheses and function calls accepted: {@value}. */
  public static final int MAX_NESTING = 10_000;

  private static final int UNARY_PRECEDENCE = 3;

  private final String source;
  private final List<Token> tokens;
  private int next;

  private ExpressionParser(String source) {
    this.source = source;
    this.tokens = Lexer.tokenize(source);
  }

  /**
   * Parses {@code source}: statements separated by {@code ;} (empty statements are skipped), each
   * {@code name = expr} or an output {@code expr}.
   *
   * @throws ParseException at the first error: an unexpected character or token, a malformed
   *     number, an unknown function, a wrong number of arguments, an unbalanced parenthesis, an
   *     empty expression, nesting deeper than {@link #MAX_NESTING}, a name bound twice, or no
   *     output statement at all
   */
  public static ParsedProgram parse(String source) {
    Objects.requireNonNull(source, "source");
    return new ExpressionParser(source).program();
  }

  private ParsedProgram program() {
    List<Statement> statements = new ArrayList<>();
    Map<String, Token> bound = new HashMap<>();
    boolean anyOutput = false;
    while (peek().kind != TokenKind.END) {
      if (peek().kind == TokenKind.SEMICOLON) {
        next++;
        continue;
      }
      Token start = peek();
      if (start.kind == TokenKind.IDENT && tokens.get(next + 1).kind == TokenKind.ASSIGN) {
        Token first = bound.putIfAbsent(start.text, start);
        if (first != null) {
          throw error(
              start,
              "'"
                  + start.text
                  + "' is already bound at "
                  + first.line
                  + ":"
                  + first.column
                  + "; use a new name");
        }
        next += 2;
        Token exprStart = peek();
        Expr e = expression();
        statements.add(
            new Statement(
                Statement.Kind.BINDING,
                start.text,
                e,
                textFrom(exprStart),
                start.line,
                start.column));
      } else {
        Expr e = expression();
        statements.add(
            new Statement(Statement.Kind.OUTPUT, "", e, textFrom(start), start.line, start.column));
        anyOutput = true;
      }
    }
    if (!anyOutput) {
      throw error(
          peek(),
          statements.isEmpty()
              ? "empty expression: write an expression to differentiate, e.g. x*y"
              : "no output: every statement is a binding 'name = ...'; add an expression to"
                  + " differentiate");
    }
    return new ParsedProgram(source, statements);
  }

  /** One expression, up to (not including) the ';' or end that closes it. */
  private Expr expression() {
    Deque<Expr> operands = new ArrayDeque<>();
    Deque<Frame> frames = new ArrayDeque<>();
    int nesting = 0;
    boolean expectOperand = true;
    Token previous = null;
    while (true) {
      Token t = peek();
      if (expectOperand) {
        switch (t.kind) {
          case NUMBER:
            operands.push(new Expr.Constant(t.number, t.line, t.column));
            expectOperand = false;
            break;
          case IDENT:
            if (tokens.get(next + 1).kind == TokenKind.LPAREN) {
              Op op = function(t);
              nesting = deeper(nesting, tokens.get(next + 1));
              frames.push(new Frame(FrameKind.CALL, op, t, tokens.get(next + 1)));
              next++; // the '(' ; expectOperand stays true
              t = peek();
              if (tokens.get(next + 1).kind == TokenKind.RPAREN) {
                throw arity(frames.peek().token, op, 0);
              }
            } else {
              operands.push(new Expr.Variable(t.text, t.line, t.column));
              expectOperand = false;
            }
            break;
          case LPAREN:
            nesting = deeper(nesting, t);
            frames.push(new Frame(FrameKind.PAREN, Op.ADD, t, t));
            break;
          case MINUS:
            frames.push(new Frame(FrameKind.UNARY, Op.NEG, t, t));
            break;
          case PLUS:
            frames.push(new Frame(FrameKind.UNARY, Op.ADD, t, t));
            break;
          default:
            if (previous == null) {
              throw error(
                  t, "empty expression before " + t.describe() + ": write an expression, e.g. x*y");
            }
            throw error(
                t,
                "expected a number, a name or '(' after "
                    + previous.describe()
                    + " but found "
                    + t.describe());
        }
      } else {
        switch (t.kind) {
          case PLUS:
          case MINUS:
          case STAR:
          case SLASH:
          case CARET:
            Frame incoming = Frame.binary(t);
            while (!frames.isEmpty()
                && frames.peek().isOperator()
                && (frames.peek().precedence() > incoming.precedence()
                    || (frames.peek().precedence() == incoming.precedence()
                        && t.kind != TokenKind.CARET))) {
              reduce(frames.pop(), operands);
            }
            frames.push(incoming);
            expectOperand = true;
            break;
          case COMMA:
            reduceOperators(frames, operands);
            if (frames.isEmpty() || frames.peek().kind != FrameKind.CALL) {
              throw error(t, "',' outside a function call; separate statements with ';'");
            }
            frames.peek().arguments++;
            expectOperand = true;
            break;
          case RPAREN:
            reduceOperators(frames, operands);
            if (frames.isEmpty()) {
              throw error(t, "unbalanced ')': there is no '(' to close");
            }
            Frame open = frames.pop();
            nesting--;
            if (open.kind == FrameKind.CALL) {
              operands.push(call(open, operands));
            }
            break;
          case SEMICOLON:
          case END:
            reduceOperators(frames, operands);
            if (!frames.isEmpty()) {
              throw error(frames.peek().open, "unbalanced '(': it is never closed");
            }
            return operands.pop();
          case ASSIGN:
            throw error(t, "unexpected '=': a binding 'name = expr' must start a statement");
          default:
            throw error(
                t,
                "expected an operator, ')', ',' or ';' after "
                    + previous.describe()
                    + " but found "
                    + t.describe()
                    + " (write '*' for multiplication)");
        }
      }
      previous = t;
      next++;
    }
  }

  private Op function(Token name) {
    Optional<Op> op = Op.byFunctionName(name.text);
    if (op.isEmpty()) {
      throw error(name, "unknown function '" + name.text + "'; the functions are " + FUNCTIONS);
    }
    return op.get();
  }

  private int deeper(int nesting, Token paren) {
    if (nesting + 1 > MAX_NESTING) {
      throw error(
          paren,
          "parentheses and calls nest deeper than "
              + MAX_NESTING
              + "; simplify the expression or bind parts with 'name = ...'");
    }
    return nesting + 1;
  }

  private Expr call(Frame frame, Deque<Expr> operands) {
    int n = frame.arguments + 1;
    Op op = frame.op;
    if (n < op.minArity() || n > op.maxArity()) {
      throw arity(frame.token, op, n);
    }
    Expr[] args = new Expr[n];
    for (int i = n - 1; i >= 0; i--) {
      args[i] = operands.pop();
    }
    return new Expr.Apply(op, Arrays.asList(args), frame.token.line, frame.token.column);
  }

  private ParseException arity(Token name, Op op, int found) {
    String expected =
        op.minArity() == op.maxArity()
            ? Integer.toString(op.minArity())
            : op.maxArity() == Integer.MAX_VALUE
                ? "at least " + op.minArity()
                : op.minArity() + " to " + op.maxArity();
    return error(
        name,
        "'"
            + name.text
            + "' takes "
            + expected
            + " argument"
            + (expected.equals("1") || expected.endsWith(" 1") ? "" : "s")
            + ", found "
            + found);
  }

  private static void reduceOperators(Deque<Frame> frames, Deque<Expr> operands) {
    while (!frames.isEmpty() && frames.peek().isOperator()) {
      reduce(frames.pop(), operands);
    }
  }

  private static void reduce(Frame f, Deque<Expr> operands) {
    Token t = f.token;
    if (f.kind == FrameKind.UNARY) {
      Expr operand = operands.pop();
      if (f.op == Op.ADD) {
        operands.push(operand);
      } else if (operand instanceof Expr.Constant c) {
        operands.push(new Expr.Constant(-c.value(), t.line, t.column));
      } else {
        operands.push(new Expr.Apply(Op.NEG, List.of(operand), t.line, t.column));
      }
      return;
    }
    Expr right = operands.pop();
    Expr left = operands.pop();
    if (t.kind == TokenKind.CARET && right instanceof Expr.Constant c) {
      operands.push(new Expr.PowConst(left, c.value(), t.line, t.column));
    } else {
      operands.push(new Expr.Apply(f.op, List.of(left, right), t.line, t.column));
    }
  }

  private Token peek() {
    return tokens.get(next);
  }

  private String textFrom(Token start) {
    return source.substring(start.offset, peek().offset).trim().replaceAll("\\s+", " ");
  }

  private ParseException error(Token at, String message) {
    return ParseException.at(source, at.line, at.column, message);
  }

  private static final String FUNCTIONS =
      "sin cos tan exp log sqrt tanh sigmoid relu abs pow(a,b) max(a,b,...) min(a,b,...)";

  private enum FrameKind {
    BINARY,
    UNARY,
    PAREN,
    CALL
  }

  /** An entry of the operator stack: an operator, an open parenthesis, or an open call. */
  private static final class Frame {
    final FrameKind kind;
    final Op op;
    final Token token;
    final Token open; // the '(' of a PAREN or CALL
    int arguments; // commas seen so far, for CALL

    Frame(FrameKind kind, Op op, Token token, Token open) {
      this.kind = kind;
      this.op = op;
      this.token = token;
      this.open = open;
    }

    static Frame binary(Token t) {
      Op op;
      switch (t.kind) {
        case PLUS:
          op = Op.ADD;
          break;
        case MINUS:
          op = Op.SUB;
          break;
        case STAR:
          op = Op.MUL;
          break;
        case SLASH:
          op = Op.DIV;
          break;
        default:
          op = Op.POW;
      }
      return new Frame(FrameKind.BINARY, op, t, t);
    }

    boolean isOperator() {
      return kind == FrameKind.BINARY || kind == FrameKind.UNARY;
    }

    int precedence() {
      if (kind == FrameKind.UNARY) {
        return UNARY_PRECEDENCE;
      }
      switch (op) {
        case ADD:
        case SUB:
          return 1;
        case MUL:
        case DIV:
          return 2;
        default:
          return 4;
      }
    }
  }
}
