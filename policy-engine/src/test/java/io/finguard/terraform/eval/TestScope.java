package io.finguard.terraform.eval;

import io.finguard.terraform.Value;
import io.finguard.terraform.Value.Num;
import io.finguard.terraform.Value.Obj;
import io.finguard.terraform.Value.ObjKind;
import io.finguard.terraform.Value.Seq;
import io.finguard.terraform.Value.SeqKind;
import io.finguard.terraform.Value.Str;
import io.finguard.terraform.Value.Unknown;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names the expression cases evaluate against: a small module's var, local, path, terraform and each. */
final class TestScope {

    private TestScope() {
    }

    static Scope standard() {
        Map<String, Value> vars = new LinkedHashMap<>();
        vars.put("env", str("prod"));
        vars.put("name", str("app"));
        vars.put("n", Num.of(3));
        vars.put("half", new Num(new BigDecimal("1.5")));
        vars.put("flag", Value.TRUE);
        vars.put("empty", str(""));
        vars.put("nothing", Value.NULL);
        vars.put("unknown", new Unknown("var.unknown"));
        vars.put("str_num", str("5"));
        vars.put("str_bool", str("true"));
        vars.put("tags", object("Team", str("ml")));
        vars.put("list", new Seq(List.of(str("a"), str("b"), str("c")), SeqKind.LIST));
        vars.put("map", new Obj(Map.of("b", str("2"), "a", str("1")), ObjKind.MAP));
        vars.put("instances", new Seq(List.of(
                object("id", str("i-1"), "type", str("t3"), "tags", object("Name", str("a"))),
                object("id", str("i-2"), "type", str("g5"), "tags", object("Name", str("b")))), SeqKind.TUPLE));

        Map<String, Value> locals = new LinkedHashMap<>();
        locals.put("obj", object("a", Num.of(1), "b", object("c", str("deep"))));
        locals.put("partial", object("known", str("k"), "later", new Unknown("aws_x.y.id")));
        locals.put("set", new Seq(List.of(str("x"), str("y")), SeqKind.SET));

        return Scope.of(Map.of(
                "var", new Obj(vars, ObjKind.OBJECT),
                "local", new Obj(locals, ObjKind.OBJECT),
                "path", object("module", str("."), "root", str("."), "cwd", str(".")),
                "terraform", object("workspace", str("default")),
                "each", object("key", str("k1"), "value", str("v1"))));
    }

    static Str str(String s) {
        return new Str(s);
    }

    /** An object from alternating keys and values. */
    static Obj object(Object... keysAndValues) {
        Map<String, Value> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            entries.put((String) keysAndValues[i], (Value) keysAndValues[i + 1]);
        }
        return new Obj(entries, ObjKind.OBJECT);
    }
}
