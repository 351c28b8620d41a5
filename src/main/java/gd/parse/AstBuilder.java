package gd.parse;

import gd.ast.BinOp;
import gd.ast.Node;
import gd.ast.Source;
import gd.ast.Span;
import gd.ast.Stmt;
import gd.ast.UnOp;
import gd.expr.Num;
import gd.parse.antlr.GdBaseVisitor;
import gd.parse.antlr.GdParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Turns ANTLR's parse tree into gd.ast statements; each visit returns the new node. */
final class AstBuilder extends GdBaseVisitor<Object> {
    private final Source source;

    AstBuilder(Source source) { this.source = source; }

    List<Stmt> program(GdParser.ProgramContext ctx) {
        StmtBuilder stmts = new StmtBuilder(this);
        List<Stmt> out = new ArrayList<>();
        for (GdParser.StatContext s : ctx.stat()) out.addAll(stmts.stat(s));
        return out;
    }

    Node expr(GdParser.ExprContext ctx) { return node(ctx); }

    private Node node(ParserRuleContext ctx) { return (Node) visit(ctx); }

    private List<Node> nodes(List<? extends ParserRuleContext> ctxs) {
        List<Node> out = new ArrayList<>(ctxs.size());
        for (ParserRuleContext c : ctxs) out.add(node(c));
        return out;
    }

    Span span(ParserRuleContext ctx) {
        Token a = ctx.getStart(), b = ctx.getStop();
        int length = b == null || b.getLine() != a.getLine()
                ? source.line(a.getLine()).length() - a.getCharPositionInLine()
                : b.getCharPositionInLine() + b.getText().length() - a.getCharPositionInLine();
        return new Span(source, a.getLine(), a.getCharPositionInLine(), length);
    }

    Span span(Token t) { return new Span(source, t.getLine(), t.getCharPositionInLine(), t.getText().length()); }

    // ---- expressions

    @Override public Node visitCall(GdParser.CallContext ctx) {
        List<Node> args = new ArrayList<>();
        List<Node.Keyword> keywords = new ArrayList<>();
        GdParser.ArgsContext list = ctx.args();
        if (list != null && !list.compFor().isEmpty()) {               // a generator argument: sum(e for x in xs)
            GdParser.ArgContext only = list.arg(0);
            if (only.ID() != null)
                throw new gd.ast.GdError(gd.ast.Diagnostic.Kind.SYNTAX, span(only),
                        "a generator argument cannot be an option like '" + only.ID().getText() + "='");
            args.add(new Node.Comp(node(only.expr()), fors(list.compFor()), span(list)));
        } else if (list != null) {
            for (GdParser.ArgContext a : list.arg()) {
                if (a.ID() != null) keywords.add(new Node.Keyword(a.ID().getText(), node(a.expr()), span(a)));
                else if (!keywords.isEmpty())
                    throw new gd.ast.GdError(gd.ast.Diagnostic.Kind.SYNTAX, span(a),
                            "a positional argument cannot follow a keyword argument");
                else args.add(node(a.expr()));
            }
        }
        return new Node.Call(node(ctx.expr()), args, keywords, span(ctx));
    }

    @Override public Node visitIndex(GdParser.IndexContext ctx) {
        return new Node.Index(node(ctx.expr(0)), node(ctx.expr(1)), span(ctx));
    }
    @Override public Node visitSlice(GdParser.SliceContext ctx) {
        return new Node.Slice(node(ctx.expr(0)), optional(ctx.lo), optional(ctx.hi), optional(ctx.step), span(ctx));
    }

    @Override public Node visitCond(GdParser.CondContext ctx) {
        return new Node.Cond(node(ctx.expr(1)), node(ctx.expr(0)), node(ctx.expr(2)), span(ctx));
    }

    @Override public Node visitFString(GdParser.FStringContext ctx) {
        return FStrings.parse(ctx.FSTRING().getSymbol(), source);
    }

    private Node optional(GdParser.ExprContext ctx) { return ctx == null ? null : node(ctx); }

    @Override public Node visitAttr(GdParser.AttrContext ctx) {
        return new Node.Attr(node(ctx.expr()), ctx.getChild(2).getText(), span(ctx));
    }
    @Override public Node visitPow(GdParser.PowContext ctx) {
        return binary(BinOp.of(ctx.op.getText()), ctx.expr(0), ctx.expr(1), ctx);
    }
    @Override public Node visitMulDiv(GdParser.MulDivContext ctx) {
        return binary(BinOp.of(ctx.op.getText()), ctx.expr(0), ctx.expr(1), ctx);
    }
    @Override public Node visitAddSub(GdParser.AddSubContext ctx) {
        return binary(BinOp.of(ctx.op.getText()), ctx.expr(0), ctx.expr(1), ctx);
    }
    @Override public Node visitCompare(GdParser.CompareContext ctx) {
        return binary(BinOp.of(ctx.op.getText()), ctx.expr(0), ctx.expr(1), ctx);
    }
    @Override public Node visitAnd(GdParser.AndContext ctx) { return binary(BinOp.AND, ctx.expr(0), ctx.expr(1), ctx); }
    @Override public Node visitOr(GdParser.OrContext ctx) { return binary(BinOp.OR, ctx.expr(0), ctx.expr(1), ctx); }
    @Override public Node visitUnary(GdParser.UnaryContext ctx) {
        return new Node.Unary(ctx.op.getText().equals("-") ? UnOp.NEG : UnOp.PLUS, node(ctx.expr()), span(ctx));
    }
    @Override public Node visitNot(GdParser.NotContext ctx) {
        return new Node.Unary(UnOp.NOT, node(ctx.expr()), span(ctx));
    }
    @Override public Node visitNumber(GdParser.NumberContext ctx) {
        return new Node.NumLit(number(ctx.getText()), span(ctx));
    }
    @Override public Node visitString(GdParser.StringContext ctx) {
        return new Node.StrLit(Strings.unquote(ctx.getText()), span(ctx));
    }
    @Override public Node visitBool(GdParser.BoolContext ctx) {
        return new Node.BoolLit(ctx.getText().equalsIgnoreCase("true"), span(ctx));
    }
    @Override public Node visitName(GdParser.NameContext ctx) { return new Node.Name(ctx.getText(), span(ctx)); }
    @Override public Node visitParens(GdParser.ParensContext ctx) { return node(ctx.expr()); }
    @Override public Node visitList(GdParser.ListContext ctx) {
        if (!ctx.compFor().isEmpty()) return new Node.Comp(node(ctx.expr(0)), fors(ctx.compFor()), span(ctx));
        return new Node.ListLit(nodes(ctx.expr()), span(ctx));
    }

    @Override public Node visitDict(GdParser.DictContext ctx) {
        List<Node> keys = new ArrayList<>(), values = new ArrayList<>();
        for (GdParser.EntryContext e : ctx.entry()) {
            keys.add(node(e.expr(0)));
            values.add(node(e.expr(1)));
        }
        return new Node.DictLit(keys, values, span(ctx));
    }

    private Node binary(BinOp op, GdParser.ExprContext l, GdParser.ExprContext r, ParserRuleContext ctx) {
        return new Node.Binary(op, node(l), node(r), span(ctx));
    }

    private List<Node.For> fors(List<GdParser.CompForContext> ctxs) {
        List<Node.For> out = new ArrayList<>();
        for (GdParser.CompForContext f : ctxs)
            out.add(new Node.For(StmtBuilder.names(f.ID()), node(f.expr(0)),
                    nodes(f.expr().subList(1, f.expr().size()))));
        return out;
    }

    /** Integers stay exact (Python's int); a '.' or an exponent makes a double. */
    private static Num number(String text) {
        String s = text.replace("_", "");
        if (s.contains(".") || s.contains("e") || s.contains("E")) return Num.of(Double.parseDouble(s));
        return Num.of(new BigInteger(s));
    }
}
