package io.finguard.terraform.eval;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReferencesTest {

    /** Each reference is written dot-joined, references separated by " | ". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "var.x; var.x",
        "aws_s3_bucket.b.id; aws_s3_bucket.b.id",
        "module.m.out; module.m.out",
        "local.l[0]; local.l.0",
        "local.m[\"k\"].v; local.m.k.v",
        "var.list[var.i].name; var.list | var.i",
        "var.x.0.y; var.x.0.y",
        "aws_instance.web[*].id; aws_instance.web",
        "aws_instance.web.*.id; aws_instance.web",
        "merge(local.tags, { Name = var.name }); local.tags | var.name",
        "{ (var.k) = 1, plain = local.v }; var.k | local.v",
        "[for s in var.subnets : s.id if s.public]; var.subnets",
        "{for k, v in local.m : k => v.x if var.on}; local.m | var.on",
        "[for x in var.a : [for y in x : y + local.z]]; var.a | local.z",
        "\"${var.env}-%{for t in local.ts}${t}${each.key}%{endfor}\"; var.env | local.ts | each.key",
        "var.a ? data.aws_ami.x.id : (var.b + -count.index); var.a | data.aws_ami.x.id | var.b | count.index",
        "var.x == var.x ? var.x : self.y; var.x | self.y",
        "try(path.module, terraform.workspace); path.module | terraform.workspace",
        "jsonencode([1, \"a\", null, true]); ",
        "upper(\"x\")[0]; ",
    })
    void traversals(String expression, String expected) {
        List<List<String>> refs = References.of(Expressions.parse(expression).expression());

        String rendered = refs.stream().map(r -> String.join(".", r)).collect(Collectors.joining(" | "));
        assertEquals(expected == null ? "" : expected, rendered);
    }
}
