package org.sopflow.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an expression in an SOP model may say: read process variables and compare them, nothing
 * else. A model is written by SOP owners and saved into a watched folder, so an expression must not
 * reach a bean, a class or a method: {@code ${keputusan == 'terbuka' || keputusan == 'terbuka-sebagian'}}
 * passes; {@code ${maladministrationLog.record(...)}}, {@code ${''.getClass()}} and {@code ${x[0]}} do
 * not. The grammar:
 *
 * <pre>
 * expression := or
 * or         := and (("||" | "or") and)*
 * and        := unary (("&&" | "and") unary)*
 * unary      := ("!" | "not" | "empty") unary | comparison
 * comparison := operand (("==" | "!=" | "&lt;" | "&gt;" | "&lt;=" | "&gt;=" | "eq" | "ne" | "lt" | "gt" | "le" | "ge") operand)?
 * operand    := variable | 'text' | "text" | number | true | false | null | "(" or ")"
 * </pre>
 *
 * A variable is a name alone: no {@code .}, {@code (} or {@code [} after it.
 */
public final class SafeExpressions {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern TOKEN = Pattern.compile(
      "\\s*(?:(?<text>'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")|(?<number>\\d+(?:\\.\\d+)?)"
          + "|(?<name>[A-Za-z_][A-Za-z0-9_]*)|(?<symbol>==|!=|<=|>=|&&|\\|\\||[<>!()])|(?<other>\\S))");
  private static final Set<String> COMPARISONS = Set.of("==", "!=", "<", ">", "<=", ">=", "eq", "ne", "lt", "gt",
      "le", "ge");
  private static final Set<String> LITERALS = Set.of("true", "false", "null");
  private static final Set<String> KEYWORDS = Set.of("and", "or", "not", "empty", "eq", "ne", "lt", "gt", "le", "ge",
      "div", "mod", "instanceof");

  private SafeExpressions() {
  }

  /** The expressions ({@code ${...}}, {@code #{...}}) in a text, each with why it is refused; empty when all pass. */
  public static List<String> refusals(String text) {
    List<String> refusals = new ArrayList<>();
    if (text == null) {
      return refusals;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      check(expression.group(1)).ifPresent(why -> refusals.add("'" + expression.group() + "': " + why));
    }
    if (refusals.isEmpty() && (text.contains("${") || text.contains("#{")) && !EXPRESSION.matcher(text).find()) {
      refusals.add("'" + text + "': an expression that does not end");
    }
    return refusals;
  }

  /** Why the body of one expression (between the braces) is refused, or empty. */
  public static Optional<String> check(String body) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(body);
    while (token.find()) {
      if (token.group("other") != null) {
        return Optional.of("'" + token.group("other") + "' is not allowed: an SOP expression only reads variables"
            + " and compares them (==, !=, <, >, &&, ||, !)");
      }
      tokens.add(token.group().trim());
    }
    Parser parser = new Parser(tokens);
    return parser.expression();
  }

  /** A recursive-descent check over the tokens; the answer is the first refusal. */
  private static final class Parser {

    private final List<String> tokens;
    private int next;

    Parser(List<String> tokens) {
      this.tokens = tokens;
    }

    Optional<String> expression() {
      if (tokens.isEmpty()) {
        return Optional.of("an empty expression");
      }
      Optional<String> refused = or();
      if (refused.isEmpty() && next < tokens.size()) {
        return Optional.of("'" + tokens.get(next) + "' is not allowed here");
      }
      return refused;
    }

    private Optional<String> or() {
      Optional<String> refused = and();
      while (refused.isEmpty() && (peek("||") || peek("or"))) {
        next++;
        refused = and();
      }
      return refused;
    }

    private Optional<String> and() {
      Optional<String> refused = unary();
      while (refused.isEmpty() && (peek("&&") || peek("and"))) {
        next++;
        refused = unary();
      }
      return refused;
    }

    private Optional<String> unary() {
      if (peek("!") || peek("not") || peek("empty")) {
        next++;
        return unary();
      }
      Optional<String> refused = operand();
      if (refused.isEmpty() && next < tokens.size() && COMPARISONS.contains(tokens.get(next))) {
        next++;
        refused = operand();
      }
      return refused;
    }

    private Optional<String> operand() {
      if (next >= tokens.size()) {
        return Optional.of("the expression ends too early");
      }
      String token = tokens.get(next++);
      if (token.equals("(")) {
        Optional<String> refused = or();
        if (refused.isEmpty() && !peek(")")) {
          return Optional.of("a '(' without its ')'");
        }
        next++;
        return refused;
      }
      if (token.startsWith("'") || token.startsWith("\"") || Character.isDigit(token.charAt(0))
          || LITERALS.contains(token)) {
        return Optional.empty();
      }
      if (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_') {
        if (KEYWORDS.contains(token)) {
          return Optional.of("'" + token + "' is not allowed here");
        }
        return Optional.empty();
      }
      return Optional.of("'" + token + "' is not allowed here");
    }

    private boolean peek(String token) {
      return next < tokens.size() && tokens.get(next).equals(token);
    }
  }
}
