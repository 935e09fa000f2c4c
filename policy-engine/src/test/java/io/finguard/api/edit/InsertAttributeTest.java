package io.finguard.api.edit;

import io.finguard.api.TextEdit;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link FileEdits#insertAttribute}: where the line goes, how it is indented, and how it joins the = chain. */
class InsertAttributeTest {

    private static final HclValue THIRTY = HclValue.of(30);

    @Test
    void joinsTheChainAndRePadsItsOtherLines() {
        List<TextEdit> edits = EditCase.of("""
                resource "aws_cloudwatch_log_group" "jobs" {
                  name = "/acme/prod/jobs"
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "retention_in_days", THIRTY), """
                resource "aws_cloudwatch_log_group" "jobs" {
                  name              = "/acme/prod/jobs"
                  retention_in_days = 30
                }
                """);
        // the re-padding of name is part of the same fix, and touches only the padding
        assertEquals(2, edits.size());
        assertEquals(" ".repeat(13), edits.get(0).text());
    }

    @Test
    void goesAfterTheLastAttributeBeforeNestedBlocks() {
        EditCase.of("""
                resource "aws_cloudwatch_log_group" "jobs" {
                  name = "/acme/prod/jobs"
                  tags = {
                    Team = "data"
                  }

                  lifecycle {
                    prevent_destroy = true
                  }

                  depends_on = [aws_kms_key.logs]
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "retention_in_days", THIRTY), """
                resource "aws_cloudwatch_log_group" "jobs" {
                  name = "/acme/prod/jobs"
                  tags = {
                    Team = "data"
                  }
                  retention_in_days = 30

                  lifecycle {
                    prevent_destroy = true
                  }

                  depends_on = [aws_kms_key.logs]
                }
                """);
    }

    @Test
    void aBodyThatStartsWithABlockGetsItAtTheTop() {
        EditCase.of("""
                resource "aws_eks_node_group" "gpu" {
                  scaling_config {
                    max_size = 4
                  }
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "capacity_type", HclValue.of("SPOT")), """
                resource "aws_eks_node_group" "gpu" {
                  capacity_type = "SPOT"
                  scaling_config {
                    max_size = 4
                  }
                }
                """);
    }

    @Test
    void keepsCommentsAfterTheAnchorAndAlignsTheCommentChain() {
        EditCase.of("""
                resource "aws_cloudwatch_log_group" "jobs" {
                  name              = "/acme/prod/jobs" # owned by data
                  kms_key_id        = "alias/logs"      # rotated yearly
                  log_group_class   = "STANDARD"
                  skip_destroy      = false
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "retention_in_days", THIRTY), """
                resource "aws_cloudwatch_log_group" "jobs" {
                  name              = "/acme/prod/jobs" # owned by data
                  kms_key_id        = "alias/logs"      # rotated yearly
                  log_group_class   = "STANDARD"
                  skip_destroy      = false
                  retention_in_days = 30
                }
                """);
    }

    @Test
    void aLongerNameRePadsTheWholeChainAndItsComments() {
        EditCase.of("""
                resource "aws_autoscaling_group" "workers" {
                  name     = "workers" # the pool
                  min_size = 1         # never idle
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "desired_capacity", HclValue.of(2)), """
                resource "aws_autoscaling_group" "workers" {
                  name             = "workers" # the pool
                  min_size         = 1         # never idle
                  desired_capacity = 2
                }
                """);
    }

    @Test
    void fourSpaceIndentationIsKept() {
        EditCase.of("""
                resource "aws_cloudwatch_log_group" "jobs" {
                    name = "/acme/prod/jobs"
                    tags = {
                        Team = "data"
                    }
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "retention_in_days", THIRTY), """
                resource "aws_cloudwatch_log_group" "jobs" {
                    name = "/acme/prod/jobs"
                    tags = {
                        Team = "data"
                    }
                    retention_in_days = 30
                }
                """);
    }

    @Test
    void crlfFilesGetCrlfLines() {
        EditCase.crlf("""
                resource "aws_cloudwatch_log_group" "jobs" {
                  name = "/acme/prod/jobs"
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "retention_in_days", THIRTY), """
                resource "aws_cloudwatch_log_group" "jobs" {
                  name              = "/acme/prod/jobs"
                  retention_in_days = 30
                }
                """);
    }

    @Test
    void aHeredocIsOneLineOfTheChainAsInHclwrite() {
        EditCase.of("""
                resource "aws_iam_policy" "p" {
                  policy = <<EOT
                {"Version": "2012-10-17"}
                EOT
                  name   = "p"
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "description", HclValue.of("d")), """
                resource "aws_iam_policy" "p" {
                  policy      = <<EOT
                {"Version": "2012-10-17"}
                EOT
                  name        = "p"
                  description = "d"
                }
                """);
    }

    @Test
    void anEmptyOneLineBodyBecomesABlock() {
        EditCase.of("""
                resource "aws_cloudwatch_log_group" "jobs" {}
                """).expect((c, e) -> e.insertAttribute(c.block(), "retention_in_days", THIRTY)
                .insertAttribute(c.block(), "name", HclValue.of("jobs")), """
                resource "aws_cloudwatch_log_group" "jobs" {
                  retention_in_days = 30
                  name              = "jobs"
                }
                """);
    }

    @Test
    void aOneLineBodyWithAnAttributeBecomesABlock() {
        EditCase.of("""
                module "m" {
                  source = "./m"
                  nested { name = "jobs" } # keep
                }
                """).expect((c, e) -> e.insertAttribute(c.block("nested"), "retention_in_days", THIRTY), """
                module "m" {
                  source = "./m"
                  nested {
                    name              = "jobs"
                    retention_in_days = 30
                  } # keep
                }
                """);
    }

    @Test
    void anEmptyMultiLineBodyIndentsTwoSpacesFromTheBlock() {
        EditCase.of("""
                resource "aws_cloudwatch_log_group" "jobs" {
                  # nothing yet
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "retention_in_days", THIRTY), """
                resource "aws_cloudwatch_log_group" "jobs" {
                  retention_in_days = 30
                  # nothing yet
                }
                """);
    }

    @Test
    void aMapValueIsWrittenOneEntryALineAndAligned() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                }
                """).expect((c, e) -> e.insertAttribute(c.block(), "tags",
                HclValue.of(java.util.Map.of("Team", "data"))), """
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = {
                    Team = "data"
                  }
                }
                """);
    }

    @Test
    void anExistingAttributeIsNotInsertedTwice() {
        EditCase c = EditCase.of("""
                resource "aws_cloudwatch_log_group" "jobs" {
                  retention_in_days = 0
                }
                """);
        assertThrows(IllegalArgumentException.class,
                () -> FileEdits.of(c.file()).insertAttribute(c.block(), "retention_in_days", THIRTY));
    }
}
