package gd.parse;

import gd.ast.BinOp;
import gd.ast.Diagnostic;
import gd.ast.GdError;
import gd.ast.Node;
import gd.ast.Span;
import gd.ast.Stmt;
import gd.parse.antlr.GdBaseVisitor;
import gd.parse.antlr.GdParser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns ANTLR's statement trees into gd.ast statements, expressions through {@link AstBuilder}.
 * Knows whether it stands in a loop or a function, so that a stray break or return is reported
 * where it is written rather than when (or if) it runs.
 */
final class StmtBuilder extends GdBaseVisitor<Stmt> {
    private final AstBuilder exprs;
    private int loops, functions;

    StmtBuilder(AstBuilder exprs) { this.exprs = exprs; }

    /** The statements of one top-level stat (a line may hold several, separated by ';'). */
    List<Stmt> stat(GdParser.StatContext ctx) {
        return ctx.simpleLine() != null ? simples(ctx.simpleLine()) : List.of(visit(ctx.compound()));
    }

    private List<Stmt> simples(GdParser.SimpleLineContext ctx) {
        List<Stmt> out = new ArrayList<>();
        for (GdParser.SimpleContext s : ctx.simple()) out.add(visit(s));
        return out;
    }

    private List<Stmt> block(GdParser.BlockContext ctx) {
        if (ctx.simpleLine() != null) return simples(ctx.simpleLine());
        List<Stmt> out = new ArrayList<>();
        for (GdParser.StatContext s : ctx.stat()) out.addAll(stat(s));
        return out;
    }

    private List<Stmt> loopBody(GdParser.BlockContext ctx) {
        loops++;
        try { return block(ctx); } finally { loops--; }
    }

    // ---- compound statements

    @Override public Stmt visitIf(GdParser.IfContext ctx) {
        List<Node> conditions = new ArrayList<>();
        List<List<Stmt>> bodies = new ArrayList<>();
        for (int i = 0; i < ctx.expr().size(); i++) {
            conditions.add(exprs.expr(ctx.expr(i)));
            bodies.add(block(ctx.block(i)));
        }
        List<Stmt> orElse = ctx.block().size() > ctx.expr().size() ? block(ctx.block(ctx.expr().size())) : List.of();
        return new Stmt.If(conditions, bodies, orElse, heading(ctx.getStart(), ctx.expr(0).getStop()));
    }

    @Override public Stmt visitWhile(GdParser.WhileContext ctx) {
        Node condition = exprs.expr(ctx.expr());
        return new Stmt.While(condition, loopBody(ctx.block()), heading(ctx.getStart(), ctx.expr().getStop()));
    }

    @Override public Stmt visitFor(GdParser.ForContext ctx) {
        Node iter = exprs.expr(ctx.expr());
        return new Stmt.For(names(ctx.ID()), iter, loopBody(ctx.block()),
                heading(ctx.getStart(), ctx.expr().getStop()));
    }

    @Override public Stmt visitFnDef(GdParser.FnDefContext ctx) {
        List<String> ids = names(ctx.ID());
        int outerLoops = loops;
        loops = 0;                                 // a break in a function does not leave a loop around the def
        functions++;
        try {
            return new Stmt.FnDef(ids.get(0), ids.subList(1, ids.size()), block(ctx.block()),
                    heading(ctx.getStart(), ctx.getStart()));
        } finally {
            functions--;
            loops = outerLoops;
        }
    }

    // ---- simple statements

    @Override public Stmt visitParams(GdParser.ParamsContext ctx) {
        List<Stmt.Decl> decls = new ArrayList<>();
        for (GdParser.ParamDeclContext d : ctx.paramDecl())
            decls.add(new Stmt.Decl(d.ID().getText(), d.expr() == null ? null : exprs.expr(d.expr()), exprs.span(d)));
        return new Stmt.Params(decls, exprs.span(ctx));
    }

    @Override public Stmt visitAssert(GdParser.AssertContext ctx) {
        return new Stmt.Assert(exprs.expr(ctx.expr(0)), ctx.expr().size() > 1 ? exprs.expr(ctx.expr(1)) : null,
                exprs.span(ctx));
    }

    @Override public Stmt visitReturn(GdParser.ReturnContext ctx) {
        if (functions == 0)
            throw error(exprs.span(ctx.getStart()), "'return' can only be used inside a function (def f(...):)");
        return new Stmt.Return(ctx.expr() == null ? null : exprs.expr(ctx.expr()), exprs.span(ctx));
    }

    @Override public Stmt visitBreak(GdParser.BreakContext ctx) {
        if (loops == 0) throw error(exprs.span(ctx), "'break' can only be used inside a for or while loop");
        return new Stmt.Break(exprs.span(ctx));
    }

    @Override public Stmt visitContinue(GdParser.ContinueContext ctx) {
        if (loops == 0) throw error(exprs.span(ctx), "'continue' can only be used inside a for or while loop");
        return new Stmt.Continue(exprs.span(ctx));
    }

    @Override public Stmt visitPass(GdParser.PassContext ctx) { return new Stmt.Pass(exprs.span(ctx)); }

    @Override public Stmt visitDef(GdParser.DefContext ctx) {
        List<String> ids = names(ctx.ID());
        return new Stmt.Def(ids.get(0), ids.subList(1, ids.size()), exprs.expr(ctx.expr()), exprs.span(ctx));
    }

    @Override public Stmt visitUnpack(GdParser.UnpackContext ctx) {
        return new Stmt.Unpack(names(ctx.ID()), exprs.expr(ctx.expr()), exprs.span(ctx));
    }

    @Override public Stmt visitAssign(GdParser.AssignContext ctx) {
        Node target = target(ctx.target());
        Node value = exprs.expr(ctx.expr());
        if (target instanceof Node.Index i) return new Stmt.SetItem(i, value, exprs.span(ctx));
        return new Stmt.Assign(((Node.Name) target).name(), value, exprs.span(ctx));
    }

    @Override public Stmt visitAugAssign(GdParser.AugAssignContext ctx) {
        String op = ctx.op.getText();
        BinOp bin = BinOp.of(op.substring(0, op.length() - 1));
        return new Stmt.AugAssign(target(ctx.target()), bin, exprs.expr(ctx.expr()), exprs.span(ctx));
    }

    @Override public Stmt visitExprStat(GdParser.ExprStatContext ctx) {
        return new Stmt.ExprStmt(exprs.expr(ctx.expr()), exprs.span(ctx));
    }

    /** A name, then one Index per [key], each spanning from the name to its ']'. */
    private Node target(GdParser.TargetContext ctx) {
        Token id = ctx.ID().getSymbol();
        Node node = new Node.Name(id.getText(), exprs.span(id));
        int key = 0;
        for (ParseTree child : ctx.children)
            if (child instanceof TerminalNode t && t.getText().equals("]"))
                node = new Node.Index(node, exprs.expr(ctx.expr(key++)), heading(id, t.getSymbol()));
        return node;
    }

    /** From token a to the end of token b on a's line: a compound statement's heading, which its errors point at. */
    private Span heading(Token a, Token b) {
        int end = b.getLine() == a.getLine() ? b.getCharPositionInLine() + b.getText().length()
                : a.getCharPositionInLine() + a.getText().length();
        return new Span(exprs.span(a).source(), a.getLine(), a.getCharPositionInLine(),
                end - a.getCharPositionInLine());
    }

    /** The names a for or an unpacking binds, as written. */
    static List<String> names(List<TerminalNode> ids) {
        List<String> out = new ArrayList<>(ids.size());
        for (TerminalNode id : ids) out.add(id.getText());
        return out;
    }

    private static GdError error(Span span, String message) {
        return new GdError(Diagnostic.Kind.SYNTAX, span, message);
    }
}
