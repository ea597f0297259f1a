package io.arangomcp.aql.ast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a query's AST as the JSON structure of ArangoDB's parse API ({@code {type, subNodes, …}} with node type
 * names such as {@code "for"}, {@code "compare =="} and {@code "function call"}).
 */
public final class AstPrinter implements Expr.Visitor<Map<String, Object>>, Statement.Visitor<Map<String, Object>> {

    private AstPrinter() {
    }

    /** The {@code root} node of a query. */
    public static Map<String, Object> print(Query q) {
        return new AstPrinter().query(q);
    }

    /** The node of one expression. */
    public static Map<String, Object> print(Expr e) {
        return e.accept(new AstPrinter());
    }

    private Map<String, Object> query(Query q) {
        List<Object> subs = new ArrayList<>();
        if (!q.with().isEmpty()) {
            List<Object> colls = new ArrayList<>();
            q.with().forEach(c -> colls.add(collection(c)));
            subs.add(node("with", colls));
        }
        q.statements().forEach(s -> subs.add(s.accept(this)));
        return node("root", subs);
    }

    private static Map<String, Object> node(String type, List<Object> subNodes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        if (subNodes != null && !subNodes.isEmpty()) {
            m.put("subNodes", subNodes);
        }
        return m;
    }

    private static Map<String, Object> named(String type, String name, List<Object> subNodes) {
        Map<String, Object> m = node(type, null);
        m.put("name", name);
        if (subNodes != null && !subNodes.isEmpty()) {
            m.put("subNodes", subNodes);
        }
        return m;
    }

    private Object e(Expr x) {
        return x == null ? node("no-op", null) : x.accept(this);
    }

    private List<Object> list(Object... items) {
        List<Object> out = new ArrayList<>();
        for (Object o : items) {
            out.add(o);
        }
        return out;
    }

    private static Map<String, Object> collection(CollectionRef c) {
        return c.name() != null ? named("collection", c.name(), null)
                : named(c.parameter().startsWith("@") ? "datasource parameter" : "parameter", c.parameter(), null);
    }

    private static Map<String, Object> variable(String name) {
        return named("variable", name, null);
    }

    private Object binding(Binding b) {
        if (b instanceof Binding.Variable v) {
            return variable(v.name());
        }
        if (b instanceof Binding.ArrayPattern p) {
            List<Object> subs = new ArrayList<>();
            p.elements().forEach(x -> subs.add(x == null ? node("no-op", null) : binding(x)));
            return node("array destructuring", subs);
        }
        List<Object> subs = new ArrayList<>();
        ((Binding.ObjectPattern) b).entries().forEach(x -> subs.add(named("object element", x.attribute(),
                list(binding(x.target())))));
        return node("object destructuring", subs);
    }

    @Override
    public Map<String, Object> visitFor(Statement.For s) {
        return node("for", list(binding(s.target()), e(s.source()), e(s.options())));
    }

    @Override
    public Map<String, Object> visitTraversal(Statement.Traversal s) {
        List<Object> subs = list(e(s.depth()), node("direction " + s.direction().name().toLowerCase(), null),
                e(s.start()), graph(s.graph()));
        s.variables().forEach(v -> subs.add(variable(v)));
        if (s.prune() != null) {
            subs.add(node("prune", list(e(s.prune()))));
        }
        return node("traversal", subs);
    }

    private Object graph(Statement.GraphSpec g) {
        if (g.graphName() != null) {
            return e(g.graphName());
        }
        List<Object> subs = new ArrayList<>();
        g.edgeCollections().forEach(ec -> subs.add(collection(ec.collection())));
        return node("collection list", subs);
    }

    @Override
    public Map<String, Object> visitPathSearch(Statement.PathSearch s) {
        List<Object> subs = list(node("direction " + s.direction().name().toLowerCase(), null), e(s.source()),
                e(s.target()), graph(s.graph()));
        s.variables().forEach(v -> subs.add(variable(v)));
        return node(s.kind().name().toLowerCase().replace('_', ' '), subs);
    }

    @Override
    public Map<String, Object> visitLet(Statement.Let s) {
        return node("let", list(binding(s.target()), e(s.value())));
    }

    @Override
    public Map<String, Object> visitFilter(Statement.Filter s) {
        return node("filter", list(e(s.condition())));
    }

    @Override
    public Map<String, Object> visitSort(Statement.Sort s) {
        List<Object> items = new ArrayList<>();
        for (Statement.SortItem i : s.items()) {
            Map<String, Object> el = node("sort element", list(e(i.expr()), e(i.direction() != null ? i.direction()
                    : new Expr.Literal(i.ascending()))));
            items.add(el);
        }
        return node("sort", list(node("array", items)));
    }

    @Override
    public Map<String, Object> visitLimit(Statement.Limit s) {
        return node("limit", list(e(s.offset() == null ? new Expr.Literal(0L) : s.offset()), e(s.count())));
    }

    @Override
    public Map<String, Object> visitCollect(Statement.Collect s) {
        List<Object> subs = new ArrayList<>();
        List<Object> groups = new ArrayList<>();
        s.groups().forEach(g -> groups.add(node("assign", list(variable(g.name()), e(g.value())))));
        subs.add(node("array", groups));
        if (!s.aggregates().isEmpty()) {
            List<Object> aggs = new ArrayList<>();
            s.aggregates().forEach(g -> aggs.add(node("assign", list(variable(g.name()), e(g.value())))));
            subs.add(node("aggregations", aggs));
        }
        if (s.into() != null) {
            subs.add(node("into", list(variable(s.into()), e(s.intoExpr()))));
        }
        if (s.countInto() != null) {
            subs.add(node("count", list(variable(s.countInto()))));
        }
        return node("collect", subs);
    }

    @Override
    public Map<String, Object> visitWindow(Statement.Window s) {
        List<Object> aggs = new ArrayList<>();
        s.aggregates().forEach(g -> aggs.add(node("assign", list(variable(g.name()), e(g.value())))));
        return node("window", list(e(s.spec()), e(s.rangeValue()), node("aggregations", aggs)));
    }

    @Override
    public Map<String, Object> visitReturn(Statement.Return s) {
        return node(s.distinct() ? "return distinct" : "return", list(e(s.value())));
    }

    @Override
    public Map<String, Object> visitInsert(Statement.Insert s) {
        return node("insert", list(e(s.options()), collection(s.collection()), e(s.document())));
    }

    @Override
    public Map<String, Object> visitUpdate(Statement.Update s) {
        return node(s.replace() ? "replace" : "update", list(e(s.options()), collection(s.collection()),
                e(s.document()), e(s.key())));
    }

    @Override
    public Map<String, Object> visitRemove(Statement.Remove s) {
        return node("remove", list(e(s.options()), collection(s.collection()), e(s.key())));
    }

    @Override
    public Map<String, Object> visitUpsert(Statement.Upsert s) {
        return node("upsert", list(e(s.options()), collection(s.collection()), e(s.search() != null ? s.search()
                : s.filter()), e(s.insert()), e(s.update())));
    }

    @Override
    public Map<String, Object> visitLiteral(Expr.Literal x) {
        Map<String, Object> m = node("value", null);
        m.put("value", x.value());
        return m;
    }

    @Override
    public Map<String, Object> visitArray(Expr.ArrayLiteral x) {
        List<Object> subs = new ArrayList<>();
        x.elements().forEach(el -> subs.add(e(el)));
        return node("array", subs);
    }

    @Override
    public Map<String, Object> visitObject(Expr.ObjectLiteral x) {
        List<Object> subs = new ArrayList<>();
        for (Expr.ObjectEntry en : x.entries()) {
            subs.add(en.name() != null ? named("object element", en.name(), list(e(en.value())))
                    : node("calculated object element", list(e(en.computedKey()), e(en.value()))));
        }
        return node("object", subs);
    }

    @Override
    public Map<String, Object> visitVarRef(Expr.VarRef x) {
        return named("reference", x.name(), null);
    }

    @Override
    public Map<String, Object> visitBindParam(Expr.BindParam x) {
        return named(x.dataSource() ? "datasource parameter" : "parameter", (x.dataSource() ? "@" : "") + x.name(),
                null);
    }

    @Override
    public Map<String, Object> visitAttribute(Expr.AttributeAccess x) {
        return named("attribute access", x.name(), list(e(x.object())));
    }

    @Override
    public Map<String, Object> visitIndex(Expr.IndexAccess x) {
        return node("indexed access", list(e(x.object()), e(x.index())));
    }

    @Override
    public Map<String, Object> visitUnary(Expr.Unary x) {
        String op = switch (x.op()) {
            case NOT -> "unary not";
            case MINUS -> "unary minus";
            case PLUS -> "unary plus";
        };
        return node(op, list(e(x.operand())));
    }

    @Override
    public Map<String, Object> visitBinary(Expr.Binary x) {
        String type = switch (x.op()) {
            case PLUS, MINUS, TIMES, DIV, MOD -> "binary " + x.op().symbol();
            case LIKE, NOT_LIKE, REGEX, NOT_REGEX -> "function call";
            default -> "compare " + x.op().symbol().toLowerCase().replace("not in", "not in");
        };
        if (type.equals("function call")) {
            Map<String, Object> call = named(type, x.op() == Expr.BinaryOp.LIKE || x.op() == Expr.BinaryOp.NOT_LIKE
                    ? "LIKE" : "REGEX_TEST", list(node("array", list(e(x.left()), e(x.right())))));
            boolean negated = x.op() == Expr.BinaryOp.NOT_LIKE || x.op() == Expr.BinaryOp.NOT_REGEX;
            return negated ? node("unary not", list(call)) : call;
        }
        return node(type, list(e(x.left()), e(x.right())));
    }

    @Override
    public Map<String, Object> visitLogical(Expr.Logical x) {
        return node(x.and() ? "logical and" : "logical or", list(e(x.left()), e(x.right())));
    }

    @Override
    public Map<String, Object> visitTernary(Expr.Ternary x) {
        return x.then() == null ? node("ternary", list(e(x.condition()), e(x.otherwise())))
                : node("ternary", list(e(x.condition()), e(x.then()), e(x.otherwise())));
    }

    @Override
    public Map<String, Object> visitRange(Expr.Range x) {
        return node("range", list(e(x.from()), e(x.to())));
    }

    @Override
    public Map<String, Object> visitCall(Expr.FunctionCall x) {
        List<Object> args = new ArrayList<>();
        x.args().forEach(a -> args.add(e(a)));
        return named(x.name().contains("::") ? "user function call" : "function call", x.name(),
                list(node("array", args)));
    }

    @Override
    public Map<String, Object> visitSubquery(Expr.Subquery x) {
        return node("subquery", list(query(x.query())));
    }

    @Override
    public Map<String, Object> visitExpansion(Expr.Expansion x) {
        Map<String, Object> m = node("expansion", list(e(x.source()), e(x.filter()), e(x.limitCount()),
                e(x.projection())));
        m.put("levels", x.levels());
        return m;
    }

    @Override
    public Map<String, Object> visitQuestionMark(Expr.QuestionMark x) {
        return node("array filter", list(e(x.source()), e(x.quantifier().count()), e(x.filter())));
    }

    @Override
    public Map<String, Object> visitQuantified(Expr.Quantified x) {
        Map<String, Object> m = node("array compare " + x.op().symbol().toLowerCase(), list(e(x.left()),
                e(x.right())));
        m.put("quantifier", x.quantifier().kind().name().toLowerCase());
        return m;
    }
}
