package io.finguard.api.edit;

import io.finguard.api.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link FileEdits#setValue}: only the value changes, unless its width moves a trailing comment. */
class SetValueTest {

    @Test
    void replacesOnlyTheValue() {
        List<TextEdit> edits = EditCase.of("""
                resource "aws_autoscaling_group" "workers" {
                  name             = "workers"
                  desired_capacity = 4
                  max_size         = 50
                }
                """).expect((c, e) -> e.setValue(c.attribute("max_size"), HclValue.of(20)), """
                resource "aws_autoscaling_group" "workers" {
                  name             = "workers"
                  desired_capacity = 4
                  max_size         = 20
                }
                """);
        assertEquals(1, edits.size());
        assertEquals("2", edits.get(0).text());
    }

    @Test
    void aChainItDoesNotChangeKeepsItsOwnPadding() {
        // not what terraform fmt writes, but a value change must not re-format lines it did not touch
        EditCase.of("""
                resource "aws_cloudwatch_log_group" "api" {
                  name = "/acme/api"
                  retention_in_days = 90
                }
                """).expect((c, e) -> e.setValue(c.attribute("retention_in_days"), HclValue.of(30)), """
                resource "aws_cloudwatch_log_group" "api" {
                  name = "/acme/api"
                  retention_in_days = 30
                }
                """);
    }

    @Test
    void aCommentAfterTheValueIsAlignedAgain() {
        EditCase.of("""
                resource "aws_cloudwatch_log_group" "api" {
                  name              = "/acme/api" # the api
                  retention_in_days = 0           # keep forever
                }
                """).expect((c, e) -> e.setValue(c.attribute("retention_in_days"), HclValue.of(30)), """
                resource "aws_cloudwatch_log_group" "api" {
                  name              = "/acme/api" # the api
                  retention_in_days = 30          # keep forever
                }
                """);
    }

    @Test
    void aLoneCommentEndsOneSpaceAfterTheNewValue() {
        EditCase.of("""
                resource "aws_cloudwatch_log_group" "api" {
                  retention_in_days = 3653  # a decade
                }
                """).expect((c, e) -> e.setValue(c.attribute("retention_in_days"), HclValue.of(7)), """
                resource "aws_cloudwatch_log_group" "api" {
                  retention_in_days = 7 # a decade
                }
                """);
    }

    @Test
    void inANestedBlockWithCrlf() {
        EditCase.crlf("""
                resource "aws_eks_node_group" "gpu" {
                  scaling_config {
                    min_size     = 0
                    desired_size = 1
                    max_size     = 16 // burst
                  }
                }
                """).expect((c, e) -> e.setValue(c.attribute("max_size", "scaling_config"), HclValue.of(8)), """
                resource "aws_eks_node_group" "gpu" {
                  scaling_config {
                    min_size     = 0
                    desired_size = 1
                    max_size     = 8 // burst
                  }
                }
                """);
    }

    @Test
    void aValueThatBecomesMultiLineSplitsTheChain() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  bucket        = "b"
                  tags          = var.tags
                  force_destroy = false
                }
                """).expect((c, e) -> e.setValue(c.attribute("tags"), HclValue.of(Map.of("Team", "data"))), """
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = {
                    Team = "data"
                  }
                  force_destroy = false
                }
                """);
    }

    @Test
    void aMultiLineValueBecomesOneLine() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = {
                    Team = "data"
                  }
                  force_destroy = false
                }
                """).expect((c, e) -> e.setValue(c.attribute("tags"), HclValue.raw("var.tags")), """
                resource "aws_s3_bucket" "b" {
                  bucket        = "b"
                  tags          = var.tags
                  force_destroy = false
                }
                """);
    }

    @Test
    void anObjectItemValue() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  tags = {
                    Environment = "production" # legacy
                    Team        = "data"
                  }
                }
                """).expect((c, e) -> e.replaceExpression(c.object("tags").items().get(0).value(),
                HclValue.of("prod")), """
                resource "aws_s3_bucket" "b" {
                  tags = {
                    Environment = "prod" # legacy
                    Team        = "data"
                  }
                }
                """);
    }
}
