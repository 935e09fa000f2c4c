package io.finguard.api.edit;

import io.finguard.hcl.Expression;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link FileEdits#addArgument}: a new last argument of a call such as {@code merge(var.tags, local.extra)}, written
 * where the call's own layout puts arguments. Expected outputs are what {@code terraform fmt} keeps as they are.
 */
class AddArgumentTest {

    private static final HclValue TAGS = HclValue.of(Map.of("CostCenter", "cc-100"));

    private static Expression.FunctionCall call(EditCase c) {
        return (Expression.FunctionCall) c.attribute("tags").value();
    }

    @Test
    void afterTheLastArgumentOnItsLine() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags   = merge(var.tags, local.extra) # shared tags
                }
                """).expect((c, e) -> e.addArgument(call(c), TAGS), """
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = merge(var.tags, local.extra, {
                    CostCenter = "cc-100"
                  }) # shared tags
                }
                """);
    }

    @Test
    void onALineOfItsOwnWhenTheArgumentsAreOneALine() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = merge(
                    var.tags,
                    local.extra, # team tags
                  )
                }
                """).expect((c, e) -> e.addArgument(call(c), TAGS), """
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = merge(
                    var.tags,
                    local.extra, # team tags
                    {
                      CostCenter = "cc-100"
                    },
                  )
                }
                """);
    }

    @Test
    void aCommaIsAddedAfterALastArgumentWithout() {
        EditCase.crlf("""
                resource "aws_s3_bucket" "b" {
                    bucket = "b"
                    tags = merge(
                        var.tags,
                        local.extra
                    )
                }
                """).expect((c, e) -> e.addArgument(call(c), TAGS), """
                resource "aws_s3_bucket" "b" {
                    bucket = "b"
                    tags = merge(
                        var.tags,
                        local.extra,
                        {
                            CostCenter = "cc-100"
                        }
                    )
                }
                """);
    }

    @Test
    void intoACallWithoutArguments() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  tags = merge()
                }
                """).expect((c, e) -> e.addArgument(call(c), TAGS), """
                resource "aws_s3_bucket" "b" {
                  tags = merge({
                    CostCenter = "cc-100"
                  })
                }
                """);
    }

    @Test
    void aOneLineValueStaysOnTheLine() {
        EditCase.of("""
                locals {
                  tags = merge(var.tags, local.extra)
                  name = "x"
                }
                """).expect((c, e) -> e.addArgument((Expression.FunctionCall) c.attribute("tags").value(),
                HclValue.raw("var.more")), """
                locals {
                  tags = merge(var.tags, local.extra, var.more)
                  name = "x"
                }
                """);
    }

    @Test
    void nothingFollowsAnExpandedArgument() {
        EditCase c = EditCase.of("""
                locals {
                  tags = merge(local.maps...)
                }
                """);
        FileEdits edits = FileEdits.of(c.file());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> edits.addArgument((Expression.FunctionCall) c.attribute("tags").value(), TAGS));
        assertEquals("merge(…) expands its last argument: nothing can follow it", e.getMessage());
    }
}
