package org.pathsum.ad;

/**
 * The operations of an array node and their shape rules: which operands they take, what shape
 * they give, and the refusal of operands whose shapes do not fit, naming the operation and both
 * shapes. Every implementation of {@link ArrayArithmetic} (the recorder, the plain evaluator, the
 * one lifted over a scalar {@link Arithmetic}) asks these rules, so all refuse alike.
 *
 * <p>Each operation's edges carry a linear map, its local Jacobian, kept implicit: diagonal for
 * the elementwise operations (the scalar label of {@link Op} per element), a broadcast's
 * replication, a sum's row of ones, a slice's selection, a matrix product's multiplication by the
 * other operand. {@link #scalar} is the operation of {@link Op} whose rule an element follows,
 * which a {@link NonFiniteValueException} reports; a reduction reports {@link Op#ADD} (its sum
 * overflowed).
 *
 * <p>Shapes are {@code rows × cols}; a vector of n elements is n × 1 and a scalar 1 × 1.
 */
enum ArrayOp {
  INPUT("input", Op.INPUT, 0),
  CONSTANT("constant", Op.CONSTANT, 0),
  ADD("add", Op.ADD, 2),
  SUB("sub", Op.SUB, 2),
  MUL("mul", Op.MUL, 2),
  DIV("div", Op.DIV, 2),
  POW("pow", Op.POW, 2),
  MAX("max", Op.MAX, 2),
  MIN("min", Op.MIN, 2),
  NEG("neg", Op.NEG, 1),
  SQUARE("square", Op.MUL, 1),
  POW_CONST("pow", Op.POW_CONST, 1),
  SIN("sin", Op.SIN, 1),
  COS("cos", Op.COS, 1),
  TAN("tan", Op.TAN, 1),
  EXP("exp", Op.EXP, 1),
  LOG("log", Op.LOG, 1),
  SQRT("sqrt", Op.SQRT, 1),
  TANH("tanh", Op.TANH, 1),
  SIGMOID("sigmoid", Op.SIGMOID, 1),
  RELU("relu", Op.RELU, 1),
  ABS("abs", Op.ABS, 1),
  SUM("sum", Op.ADD, 1),
  MEAN("mean", Op.ADD, 1),
  DOT("dot", Op.ADD, 2),
  MATMUL("matmul", Op.ADD, 2),
  TRANSPOSE("transpose", Op.ADD, 1),
  RESHAPE("reshape", Op.ADD, 1),
  SLICE("slice", Op.ADD, 1),
  CONCAT("concat", Op.ADD, 2),
  SOFTMAX("softmax", Op.EXP, 1),
  LOG_SUM_EXP("logSumExp", Op.LOG, 1);

  /** The name in messages, as the method of {@link ArrayArithmetic}. */
  final String label;

  /** The scalar operation an element follows, for {@link NonFiniteValueException}. */
  final Op scalar;

  /** The number of operands (CONCAT is binary on the tape: k parts are a chain). */
  final int arity;

  ArrayOp(String label, Op scalar, int arity) {
    this.label = label;
    this.scalar = scalar;
    this.arity = arity;
  }

  private static final ArrayOp[] BY_CODE = values();

  static ArrayOp byCode(int code) {
    return BY_CODE[code];
  }

  /** Whether this is an elementwise operation of two operands, which broadcast. */
  boolean isBinaryElementwise() {
    return ordinal() >= ADD.ordinal() && ordinal() <= MIN.ordinal();
  }

  /** Whether this is an elementwise function of one operand. */
  boolean isUnaryElementwise() {
    return ordinal() >= NEG.ordinal() && ordinal() <= ABS.ordinal();
  }

  /**
   * Whether a non-finite element of an operand may give a finite result (exp(−∞) = 0, relu, a
   * slice that leaves it out, …): the fast pass checks the operands of these operations, since a
   * non-finite value elsewhere reaches the output. Every other operation turns a non-finite operand
   * element into a non-finite result element.
   */
  boolean mayAbsorb() {
    switch (this) {
      case DIV:
      case POW:
      case MAX:
      case MIN:
      case POW_CONST:
      case EXP:
      case TANH:
      case SIGMOID:
      case RELU:
      case SLICE:
      case SOFTMAX:
      case LOG_SUM_EXP:
        return true;
      default:
        return false;
    }
  }

  /**
   * Whether a local partial may be non-finite where the operands and the value are finite
   * (sqrt at 0, 1/a for a tiny a, a^c with c &lt; 1 at 0, …): the fast pass checks these labels.
   */
  boolean mayHaveNonFiniteLabel() {
    switch (this) {
      case DIV:
      case POW:
      case POW_CONST:
      case TAN:
      case LOG:
      case SQRT:
        return true;
      default:
        return false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Shape rules. Each returns the result's shape as {rows, cols} or throws an
  // IllegalArgumentException naming the operation and the shapes.

  static String shape(int rows, int cols) {
    return rows + "×" + cols;
  }

  /** Numpy's rule in two dimensions: each dimension equal, or 1 in one operand. */
  int[] broadcast(int ra, int ca, int rb, int cb) {
    int r = broadcastDimension(ra, rb);
    int c = broadcastDimension(ca, cb);
    if (r < 0 || c < 0) {
      throw new IllegalArgumentException(
          label + ": the shapes " + shape(ra, ca) + " and " + shape(rb, cb)
              + " do not broadcast (each dimension must be equal or 1 in one of them)");
    }
    return new int[] {r, c};
  }

  private static int broadcastDimension(int a, int b) {
    return a == b ? a : (a == 1 ? b : (b == 1 ? a : -1));
  }

  static int[] dot(int ra, int ca, int rb, int cb) {
    boolean vectors = (ra == 1 || ca == 1) && (rb == 1 || cb == 1);
    if (ra * ca != rb * cb || !(vectors || ra == rb)) {
      throw new IllegalArgumentException(
          "dot: the shapes " + shape(ra, ca) + " and " + shape(rb, cb)
              + " differ (dot needs two arrays of the same shape, or a row and a column vector"
              + " of the same length)");
    }
    return new int[] {1, 1};
  }

  static int[] matmul(int ra, int ca, int rb, int cb) {
    if (ca != rb) {
      throw new IllegalArgumentException(
          "matmul: the shapes " + shape(ra, ca) + " and " + shape(rb, cb)
              + " do not fit (the first's columns must equal the second's rows)");
    }
    return new int[] {ra, cb};
  }

  static int[] concat(int ra, int ca, int rb, int cb) {
    if (ca != cb) {
      throw new IllegalArgumentException(
          "concat: the shapes " + shape(ra, ca) + " and " + shape(rb, cb)
              + " do not stack (rows are stacked, so the column counts must be equal)");
    }
    return new int[] {ra + rb, ca};
  }

  static int[] reshape(int ra, int ca, int rows, int cols) {
    if (rows < 1 || cols < 1 || (long) rows * cols != (long) ra * ca) {
      throw new IllegalArgumentException(
          "reshape: the shape " + shape(ra, ca) + " cannot become " + shape(rows, cols)
              + " (the number of elements must stay " + (long) ra * ca + ")");
    }
    return new int[] {rows, cols};
  }

  /** The length of {@code slice(a, from, to, step)}; refuses a non-vector or a bad range. */
  static int slice(int ra, int ca, int from, int to, int step) {
    if (ra != 1 && ca != 1) {
      throw new IllegalArgumentException(
          "slice: the shape " + shape(ra, ca)
              + " is not a vector; reshape it to n×1 first");
    }
    int n = ra * ca;
    if (step < 1 || from < 0 || to > n || from >= to) {
      throw new IllegalArgumentException(
          "slice: the range [" + from + ", " + to + ") step " + step
              + " is not a non-empty range inside the shape " + shape(ra, ca));
    }
    return (to - from + step - 1) / step;
  }

  static void checkShape(String what, int rows, int cols) {
    if (rows < 1 || cols < 1 || (long) rows * cols > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          what + ": the shape " + shape(rows, cols) + " is empty or too large");
    }
  }
}
