package io.finguard.rego.parse;

import io.finguard.rego.RegoException;
import io.finguard.rego.ast.Expr;
import io.finguard.rego.ast.Location;
import io.finguard.rego.ast.Module;
import io.finguard.rego.ast.Rule;
import io.finguard.rego.ast.Term;
import io.finguard.rego.value.BoolValue;
import io.finguard.rego.value.NullValue;
import io.finguard.rego.value.NumberValue;
import io.finguard.rego.value.StringValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A recursive-descent parser for Rego v0 and v1 syntax. Operator precedence follows OPA's grammar, loosest
 * first: {@code in}; comparisons; {@code |}; {@code &}; {@code + -}; {@code * / %}.
 */
public final class Parser {
    private static final Map<String, String> RELATIONS = Map.of(
            "==", "equal", "!=", "neq", "<", "lt", "<=", "lte", ">", "gt", ">=", "gte");
    private static final Set<String> KEYWORDS = Set.of("not", "with", "as", "some", "every", "in", "if", "else",
            "default", "import", "package");

    private final List<Token> toks;
    private final String file;
    private final Map<Integer, Map<String, Object>> metadataByLine = new HashMap<>();
    private int i;
    private boolean v1;
    /** Bracket depth inside the current body: newlines separate expressions only at depth 0. */
    private int depth;
    /** Set while parsing the first term after {@code [} or {@code {}, where {@code |} starts a comprehension. */
    private boolean stopAtBar;
    private int wildcards;

    private Parser(String src, String file, boolean v1) {
        Lexer lexer = new Lexer(src, file).run();
        this.toks = lexer.tokens();
        this.file = file;
        this.v1 = v1;
        collectMetadata(lexer.comments());
    }

    /** Parses a module; {@code v1} is the default syntax, overridden to v1 by {@code import rego.v1}. */
    public static Module parseModule(String src, String file, boolean v1) {
        return new Parser(src, file, v1).module();
    }

    /** Parses a query: expressions separated by newlines or semicolons. */
    public static List<Expr> parseQuery(String src, String file) {
        Parser p = new Parser(src, file, true);
        List<Expr> body = p.exprsUntil(null);
        return body;
    }

    /** Parses a single term (an input given as Rego text). */
    public static Term parseTerm(String src, String file) {
        Parser p = new Parser(src, file, true);
        Term t = p.termIn();
        p.expectEof();
        return t;
    }

    // ---- module level ----

    private Module module() {
        Token first = peek();
        Map<String, Object> pkgMeta = metadataByLine.getOrDefault(first.line(), Map.of());
        expectKeyword("package");
        Term pkg = primary();
        List<String> pkgPath = namesOf(pkg);
        List<Module.Import> imports = new ArrayList<>();
        while (peek().is("import")) {
            Location loc = loc(next());
            Term path = primary();
            String alias = null;
            if (peek().is("as")) {
                next();
                alias = expectIdent();
            }
            List<String> names = namesOf(path);
            if (names.equals(List.of("rego", "v1"))) {
                v1 = true;
                continue;
            }
            if (names.get(0).equals("future")) {
                continue;
            }
            if (!names.get(0).equals("data") && !names.get(0).equals("input")) {
                throw new RegoException(RegoException.PARSE, "invalid import path " + String.join(".", names)
                        + ": must begin with input or data", loc);
            }
            Term.Ref ref = path instanceof Term.Ref r ? r : new Term.Ref(path, List.of(), loc);
            imports.add(new Module.Import(ref, alias != null ? alias : names.get(names.size() - 1), loc));
        }
        List<Rule> rules = new ArrayList<>();
        while (peek().kind() != Token.Kind.EOF) {
            rules.add(rule());
        }
        return new Module(file, pkgPath.subList(pkgPath.get(0).equals("data") ? 1 : 0, pkgPath.size()),
                imports, rules, pkgMeta, v1);
    }

    private List<String> namesOf(Term t) {
        List<String> names = new ArrayList<>();
        if (t instanceof Term.Var v) {
            names.add(v.name());
        } else if (t instanceof Term.Ref r && r.head() instanceof Term.Var v) {
            names.add(v.name());
            for (Term p : r.path()) {
                if (!(p instanceof Term.Scalar s && s.value() instanceof StringValue sv)) {
                    throw new RegoException(RegoException.PARSE, "package and import paths must be names",
                            t.loc());
                }
                names.add(sv.value());
            }
        } else {
            throw new RegoException(RegoException.PARSE, "expected a name", t.loc());
        }
        return names;
    }

    private Rule rule() {
        Token start = peek();
        Location loc = loc(start);
        Map<String, Object> meta = metadataByLine.getOrDefault(start.line(), Map.of());
        boolean isDefault = false;
        if (start.is("default")) {
            next();
            isDefault = true;
        }
        if (peek().kind() != Token.Kind.IDENT || KEYWORDS.contains(peek().text())) {
            throw unexpected(peek());
        }
        Term head = primary();
        List<Term> path = new ArrayList<>();
        List<Term> args = null;
        if (head instanceof Term.Call c) {
            for (String part : c.name().split("\\.")) {
                path.add(new Term.Scalar(StringValue.of(part), loc));
            }
            args = c.args();
        } else if (head instanceof Term.Var v) {
            path.add(new Term.Scalar(StringValue.of(v.name()), loc));
        } else if (head instanceof Term.Ref r && r.head() instanceof Term.Var v) {
            path.add(new Term.Scalar(StringValue.of(v.name()), loc));
            path.addAll(r.path());
        } else {
            throw new RegoException(RegoException.PARSE, "invalid rule head", loc);
        }
        Term key = null;
        Term value = null;
        if (peek().is("contains") && !peek().newlineBefore()) {
            next();
            key = termIn();
        } else if (peek().is(":=") || peek().is("=")) {
            next();
            value = termIn();
        }
        Rule.Kind kind;
        Term last = path.get(path.size() - 1);
        boolean lastIsName = last instanceof Term.Scalar s && s.value() instanceof StringValue;
        if (args != null) {
            kind = Rule.Kind.FUNCTION;
        } else if (key != null) {
            kind = Rule.Kind.PARTIAL_SET;
        } else if (!lastIsName && path.size() > 1) {
            if (value == null) {
                if (v1 && !isDefault) {
                    throw new RegoException(RegoException.PARSE,
                            "`contains` keyword is required for partial set rules", loc);
                }
                kind = Rule.Kind.PARTIAL_SET;
                key = last;
                path.remove(path.size() - 1);
            } else {
                kind = Rule.Kind.PARTIAL_OBJECT;
            }
        } else {
            kind = Rule.Kind.COMPLETE;
        }
        if (isDefault && (value == null || kind != Rule.Kind.COMPLETE && kind != Rule.Kind.FUNCTION)) {
            throw new RegoException(RegoException.PARSE, "default rules must have a value: default "
                    + path.get(0) + " := VALUE", loc);
        }
        List<Expr> body = ruleBody(loc, isDefault);
        Rule elseRule = null;
        if (kind == Rule.Kind.COMPLETE || kind == Rule.Kind.FUNCTION) {
            elseRule = elseChain(kind, path, args, meta);
        }
        if (kind != Rule.Kind.PARTIAL_SET && value == null) {
            value = new Term.Scalar(BoolValue.TRUE, loc);
        }
        return new Rule(kind, List.copyOf(path), args, key, value, isDefault, body, elseRule, meta, loc);
    }

    private List<Expr> ruleBody(Location loc, boolean isDefault) {
        if (!isDefault && peek().is("if")) {
            next();
            if (peek().is("{")) {
                int save = i;
                try {
                    return braces();
                } catch (RegoException e) {
                    // `if {x: 1 | ...}`: not a body but a single expression starting with a literal.
                    i = save;
                    List<Expr> single;
                    try {
                        single = expr();
                    } catch (RegoException notAnExpression) {
                        throw e;
                    }
                    if (!peek().newlineBefore() && peek().kind() != Token.Kind.EOF) {
                        throw e;
                    }
                    return List.copyOf(single);
                }
            }
            return List.copyOf(expr());
        }
        if (!isDefault && peek().is("{") && !v1) {
            return braces();
        }
        if (peek().is("{") && v1) {
            throw new RegoException(RegoException.PARSE, "`if` keyword is required before rule body", loc);
        }
        return List.of(new Expr.TermExpr(new Term.Scalar(BoolValue.TRUE, loc), false, List.of(), loc));
    }

    private Rule elseChain(Rule.Kind kind, List<Term> path, List<Term> args, Map<String, Object> meta) {
        if (!peek().is("else")) {
            return null;
        }
        Location loc = loc(next());
        Term value = null;
        if (peek().is(":=") || peek().is("=")) {
            next();
            value = termIn();
        }
        List<Expr> body = ruleBody(loc, false);
        Rule rest = elseChain(kind, path, args, meta);
        if (value == null) {
            value = new Term.Scalar(BoolValue.TRUE, loc);
        }
        return new Rule(kind, path, args, null, value, false, body, rest, meta, loc);
    }

    // ---- bodies and expressions ----

    private List<Expr> braces() {
        expect("{");
        List<Expr> body = exprsUntil("}");
        expect("}");
        return body;
    }

    /** Expressions separated by newlines or {@code ;} until {@code closer} (or the end, when null). */
    private List<Expr> exprsUntil(String closer) {
        int savedDepth = depth;
        boolean savedBar = stopAtBar;
        depth = 0;
        stopAtBar = false;
        List<Expr> body = new ArrayList<>();
        while (true) {
            if (closer == null ? peek().kind() == Token.Kind.EOF : peek().is(closer)) {
                break;
            }
            body.addAll(expr());
            if (peek().is(";")) {
                next();
                continue;
            }
            if (closer == null ? peek().kind() == Token.Kind.EOF : peek().is(closer)) {
                break;
            }
            if (!peek().newlineBefore()) {
                throw unexpected(peek());
            }
        }
        depth = savedDepth;
        stopAtBar = savedBar;
        if (body.isEmpty()) {
            throw new RegoException(RegoException.PARSE, "found empty body", loc(peek()));
        }
        return body;
    }

    private List<Expr> expr() {
        Token start = peek();
        Location loc = loc(start);
        if (start.is("some")) {
            next();
            List<Term> vars = new ArrayList<>();
            vars.add(termRel());
            while (peek().is(",")) {
                next();
                vars.add(termRel());
            }
            if (peek().is("in")) {
                next();
                Term domain = termRel();
                if (vars.size() > 2) {
                    throw new RegoException(RegoException.PARSE, "unexpected , in some ... in", loc);
                }
                List<Term.Var> declared = new ArrayList<>();
                vars.forEach(v -> collectVars(v, declared));
                List<Term> callArgs = new ArrayList<>(vars);
                callArgs.add(domain);
                Term call = new Term.Call(vars.size() == 1 ? "internal.member_2" : "internal.member_3",
                        callArgs, loc);
                return List.of(new Expr.SomeDecl(declared, loc), withs(call, false, loc));
            }
            List<Term.Var> declared = new ArrayList<>();
            for (Term v : vars) {
                if (!(v instanceof Term.Var var)) {
                    throw new RegoException(RegoException.PARSE, "expected var in some declaration", v.loc());
                }
                declared.add(var);
            }
            return List.of(new Expr.SomeDecl(declared, loc));
        }
        if (start.is("every")) {
            next();
            Term first = primary();
            Term second = null;
            if (peek().is(",")) {
                next();
                second = primary();
            }
            expectKeyword("in");
            Term domain = termRel();
            List<Expr> body = braces();
            Term.Var key = second == null ? null : asVar(first);
            Term.Var value = asVar(second == null ? first : second);
            List<Expr.With> withs = withList();
            return List.of(new Expr.Every(key, value, domain, body, false, withs, loc));
        }
        boolean negated = false;
        if (start.is("not")) {
            next();
            negated = true;
        }
        Term t = termIn();
        if (peek().is("=") || peek().is(":=")) {
            String op = next().text().equals("=") ? "eq" : "assign";
            Term rhs = termIn();
            t = new Term.Call(op, List.of(t, rhs), loc);
        } else if (peek().is(",") && depth == 0 && !peek().newlineBefore() && lookaheadKeyValueIn()) {
            next();
            Term v = termRel();
            expectKeyword("in");
            Term domain = termRel();
            t = new Term.Call("internal.member_3", List.of(t, v, domain), loc);
            while (peek().is("in") && !lineBreak()) {
                Location inLoc = loc(next());
                t = new Term.Call("internal.member_2", List.of(t, termRel()), inLoc);
            }
        }
        return List.of(withs(t, negated, loc));
    }

    /** Whether {@code , term in} follows, making the expression {@code k, v in xs}. */
    private boolean lookaheadKeyValueIn() {
        int save = i;
        int saveDepth = depth;
        try {
            next();
            termRel();
            return peek().is("in");
        } catch (RegoException e) {
            return false;
        } finally {
            i = save;
            depth = saveDepth;
        }
    }

    private Expr withs(Term t, boolean negated, Location loc) {
        return new Expr.TermExpr(t, negated, withList(), loc);
    }

    private List<Expr.With> withList() {
        List<Expr.With> withs = new ArrayList<>();
        while (peek().is("with") && !(depth == 0 && peek().newlineBefore() && false)) {
            Location loc = loc(next());
            Term target = primary();
            expectKeyword("as");
            Term value = termIn();
            withs.add(new Expr.With(target, value, loc));
        }
        return withs;
    }

    private Term.Var asVar(Term t) {
        if (t instanceof Term.Var v) {
            return v;
        }
        throw new RegoException(RegoException.PARSE, "expected a variable", t.loc());
    }

    private static void collectVars(Term t, List<Term.Var> out) {
        if (t instanceof Term.Var v) {
            out.add(v);
        } else if (t instanceof Term.ArrayTerm a) {
            a.items().forEach(x -> collectVars(x, out));
        } else if (t instanceof Term.ObjectTerm o) {
            o.values().forEach(x -> collectVars(x, out));
        }
    }

    // ---- terms, loosest operator first ----

    private boolean lineBreak() {
        return depth == 0 && peek().newlineBefore();
    }

    private Term termIn() {
        Term left = termRel();
        while (peek().is("in") && !lineBreak()) {
            Location loc = loc(next());
            Term right = termRel();
            left = new Term.Call("internal.member_2", List.of(left, right), loc);
        }
        return left;
    }

    private Term termRel() {
        Term left = termOr();
        while (peek().kind() == Token.Kind.PUNCT && RELATIONS.containsKey(peek().text()) && !lineBreak()) {
            Token op = next();
            Term right = termOr();
            left = new Term.Call(RELATIONS.get(op.text()), List.of(left, right), loc(op));
        }
        return left;
    }

    private Term termOr() {
        Term left = termAnd();
        while (peek().is("|") && !stopAtBar && !lineBreak()) {
            Token op = next();
            left = new Term.Call("or", List.of(left, termAnd()), loc(op));
        }
        return left;
    }

    private Term termAnd() {
        Term left = termArith();
        while (peek().is("&") && !lineBreak()) {
            Token op = next();
            left = new Term.Call("and", List.of(left, termArith()), loc(op));
        }
        return left;
    }

    private Term termArith() {
        Term left = termFactor();
        while ((peek().is("+") || peek().is("-")) && !lineBreak()) {
            Token op = next();
            left = new Term.Call(op.text().equals("+") ? "plus" : "minus", List.of(left, termFactor()), loc(op));
        }
        return left;
    }

    private Term termFactor() {
        Term left = unary();
        while ((peek().is("*") || peek().is("/") || peek().is("%")) && !lineBreak()) {
            Token op = next();
            String name = switch (op.text()) {
                case "*" -> "mul";
                case "/" -> "div";
                default -> "rem";
            };
            left = new Term.Call(name, List.of(left, unary()), loc(op));
        }
        return left;
    }

    private Term unary() {
        if (peek().is("-")) {
            Token minus = next();
            if (peek().kind() == Token.Kind.NUMBER && !peek().newlineBefore()) {
                Token n = next();
                return suffixes(new Term.Scalar(NumberValue.parse("-" + n.text()), loc(minus)));
            }
            Term operand = unary();
            return new Term.Call("minus", List.of(new Term.Scalar(NumberValue.of(0), loc(minus)), operand),
                    loc(minus));
        }
        return primary();
    }

    private Term primary() {
        Token t = next();
        Location loc = loc(t);
        Term term;
        switch (t.kind()) {
            case NUMBER -> term = new Term.Scalar(NumberValue.parse(t.text()), loc);
            case STRING, RAW_STRING -> term = new Term.Scalar(StringValue.of(t.text()), loc);
            case IDENT -> {
                switch (t.text()) {
                    case "true" -> term = new Term.Scalar(BoolValue.TRUE, loc);
                    case "false" -> term = new Term.Scalar(BoolValue.FALSE, loc);
                    case "null" -> term = new Term.Scalar(NullValue.NULL, loc);
                    case "_" -> term = new Term.Var("$_" + (wildcards++), loc);
                    default -> {
                        if (t.text().equals("set") && peek().is("(") && toks.get(i + 1).is(")")) {
                            next();
                            next();
                            term = new Term.SetTerm(List.of(), loc);
                        } else if (KEYWORDS.contains(t.text()) && !t.text().equals("else")) {
                            throw unexpected(t);
                        } else {
                            term = new Term.Var(t.text(), loc);
                        }
                    }
                }
            }
            case PUNCT -> {
                switch (t.text()) {
                    case "(" -> {
                        term = nested(this::parenthesized);
                        expect(")");
                    }
                    case "[" -> term = arrayOrComprehension(loc);
                    case "{" -> term = objectOrSet(loc);
                    default -> throw unexpected(t);
                }
            }
            default -> throw unexpected(t);
        }
        return suffixes(term);
    }

    /** Inside parentheses {@code k, v in xs} is a term too (membership with a key). */
    private Term parenthesized() {
        Term t = termIn();
        if (peek().is(",")) {
            Location loc = loc(next());
            Term v = termRel();
            expectKeyword("in");
            Term domain = termRel();
            return new Term.Call("internal.member_3", List.of(t, v, domain), loc);
        }
        return t;
    }

    /** Parses inside brackets: newlines do not end the expression and {@code |} is an operator again. */
    private <T> T nested(java.util.function.Supplier<T> inner) {
        depth++;
        boolean saved = stopAtBar;
        stopAtBar = false;
        try {
            return inner.get();
        } finally {
            depth--;
            stopAtBar = saved;
        }
    }

    private Term suffixes(Term term) {
        List<Term> path = new ArrayList<>();
        Term head = term;
        while (true) {
            Token t = peek();
            if (t.is(".") && toks.get(i + 1).kind() == Token.Kind.IDENT) {
                next();
                Token name = next();
                path.add(new Term.Scalar(StringValue.of(name.text()), loc(name)));
            } else if (t.is("[") && !t.newlineBefore()) {
                next();
                Term index = nested(this::termIn);
                expect("]");
                path.add(index);
            } else if (t.is("(") && !t.newlineBefore() && callable(head, path)) {
                next();
                List<Term> args = new ArrayList<>();
                if (!peek().is(")")) {
                    args.add(nested(this::termIn));
                    while (peek().is(",")) {
                        next();
                        args.add(nested(this::termIn));
                    }
                }
                expect(")");
                StringBuilder name = new StringBuilder(((Term.Var) head).name());
                for (Term p : path) {
                    name.append('.').append(((StringValue) ((Term.Scalar) p).value()).value());
                }
                head = new Term.Call(name.toString(), List.copyOf(args), head.loc());
                path.clear();
            } else {
                break;
            }
        }
        return path.isEmpty() ? head : new Term.Ref(head, List.copyOf(path), head.loc());
    }

    private static boolean callable(Term head, List<Term> path) {
        if (!(head instanceof Term.Var)) {
            return false;
        }
        for (Term p : path) {
            if (!(p instanceof Term.Scalar s && s.value() instanceof StringValue)) {
                return false;
            }
        }
        return true;
    }

    private Term arrayOrComprehension(Location loc) {
        if (peek().is("]")) {
            next();
            return new Term.ArrayTerm(List.of(), loc);
        }
        Term first = firstElement();
        if (peek().is("|")) {
            next();
            List<Expr> body = exprsUntil("]");
            expect("]");
            return new Term.ArrayCompr(first, body, loc);
        }
        List<Term> items = new ArrayList<>();
        items.add(first);
        rest(items, "]");
        return new Term.ArrayTerm(List.copyOf(items), loc);
    }

    private Term objectOrSet(Location loc) {
        if (peek().is("}")) {
            next();
            return new Term.ObjectTerm(List.of(), List.of(), loc);
        }
        Term first = firstElement();
        if (peek().is(":")) {
            next();
            Term value = firstElement();
            if (peek().is("|")) {
                next();
                List<Expr> body = exprsUntil("}");
                expect("}");
                return new Term.ObjectCompr(first, value, body, loc);
            }
            List<Term> keys = new ArrayList<>(List.of(first));
            List<Term> values = new ArrayList<>(List.of(value));
            while (peek().is(",")) {
                next();
                if (peek().is("}")) {
                    break;
                }
                keys.add(nested(this::termIn));
                expect(":");
                values.add(nested(this::termIn));
            }
            expect("}");
            return new Term.ObjectTerm(List.copyOf(keys), List.copyOf(values), loc);
        }
        if (peek().is("|")) {
            next();
            List<Expr> body = exprsUntil("}");
            expect("}");
            return new Term.SetCompr(first, body, loc);
        }
        List<Term> items = new ArrayList<>();
        items.add(first);
        rest(items, "}");
        return new Term.SetTerm(List.copyOf(items), loc);
    }

    private Term firstElement() {
        depth++;
        boolean saved = stopAtBar;
        stopAtBar = true;
        try {
            return termIn();
        } finally {
            depth--;
            stopAtBar = saved;
        }
    }

    private void rest(List<Term> items, String closer) {
        while (peek().is(",")) {
            next();
            if (peek().is(closer)) {
                break;
            }
            items.add(nested(this::termIn));
        }
        expect(closer);
    }

    // ---- tokens ----

    private Token peek() {
        return toks.get(i);
    }

    private Token next() {
        Token t = toks.get(i);
        if (t.kind() != Token.Kind.EOF) {
            i++;
        }
        return t;
    }

    private void expect(String punct) {
        Token t = next();
        if (!t.is(punct)) {
            throw new RegoException(RegoException.PARSE, "expected " + punct + " but found " + describe(t), loc(t));
        }
    }

    private void expectKeyword(String keyword) {
        expect(keyword);
    }

    private String expectIdent() {
        Token t = next();
        if (t.kind() != Token.Kind.IDENT) {
            throw unexpected(t);
        }
        return t.text();
    }

    private void expectEof() {
        if (peek().kind() != Token.Kind.EOF) {
            throw unexpected(peek());
        }
    }

    private RegoException unexpected(Token t) {
        return new RegoException(RegoException.PARSE, "unexpected " + describe(t), loc(t));
    }

    private static String describe(Token t) {
        return t.kind() == Token.Kind.EOF ? "eof token" : t.text().isEmpty() ? t.kind().name() : "'" + t.text() + "'";
    }

    private Location loc(Token t) {
        return new Location(file, t.line(), t.column());
    }

    // ---- METADATA annotations ----

    /**
     * A {@code # METADATA} comment block is YAML; it annotates the package or rule that starts on the line right
     * after the block.
     */
    private void collectMetadata(List<Lexer.Comment> comments) {
        for (int c = 0; c < comments.size(); c++) {
            if (!comments.get(c).text().trim().equals("METADATA")) {
                continue;
            }
            StringBuilder yaml = new StringBuilder();
            int line = comments.get(c).line();
            int j = c + 1;
            while (j < comments.size() && comments.get(j).line() == line + 1) {
                String text = comments.get(j).text();
                yaml.append(text.startsWith(" ") ? text.substring(1) : text).append('\n');
                line++;
                j++;
            }
            Object parsed;
            try {
                parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
            } catch (RuntimeException e) {
                throw new RegoException(RegoException.PARSE, "invalid METADATA YAML: " + e.getMessage(),
                        new Location(file, comments.get(c).line(), 1));
            }
            if (parsed instanceof Map<?, ?> m) {
                Map<String, Object> meta = new HashMap<>();
                m.forEach((k, v) -> meta.put(String.valueOf(k), v));
                metadataByLine.put(line + 1, meta);
            }
            c = j - 1;
        }
    }
}
