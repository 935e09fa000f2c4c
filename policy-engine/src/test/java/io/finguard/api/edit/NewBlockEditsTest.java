package io.finguard.api.edit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * {@link FileEdits#insertBlock}, {@link FileEdits#insertBlockAfter}, {@link FileEdits#appendBlockAfter} and
 * {@link NewBlock#render()}.
 */
class NewBlockEditsTest {

    private static final NewBlock SPOT = NewBlock.of("instance_market_options")
            .withLiteral("market_type", "spot");

    private static final NewBlock LOG_GROUP = NewBlock.of("resource", "aws_cloudwatch_log_group", "hook")
            .with("name", HclValue.raw("\"/aws/lambda/${aws_lambda_function.hook.function_name}\""))
            .withLiteral("retention_in_days", 30);

    @Test
    void rendersAsTerraformFmtWrites() {
        NewBlock lifecycle = NewBlock.of("resource", "aws_s3_bucket_lifecycle_configuration", "data")
                .with("bucket", HclValue.raw("aws_s3_bucket.data.id"))
                .with(NewBlock.of("rule")
                        .withLiteral("id", "finguard-tiering")
                        .withLiteral("status", "Enabled")
                        .with(NewBlock.of("filter"))
                        .with(NewBlock.of("transition").withLiteral("days", 30)
                                .withLiteral("storage_class", "STANDARD_IA"))
                        .with(NewBlock.of("abort_incomplete_multipart_upload")
                                .withLiteral("days_after_initiation", 7)))
                .withLiteral("tags", Map.of("Team", "data"));
        assertEquals("""
                resource "aws_s3_bucket_lifecycle_configuration" "data" {
                  bucket = aws_s3_bucket.data.id
                  rule {
                    id     = "finguard-tiering"
                    status = "Enabled"
                    filter {}
                    transition {
                      days          = 30
                      storage_class = "STANDARD_IA"
                    }
                    abort_incomplete_multipart_upload {
                      days_after_initiation = 7
                    }
                  }
                  tags = {
                    Team = "data"
                  }
                }
                """, lifecycle.render());
    }

    @Test
    void insertsANestedBlockBeforeLifecycle() {
        EditCase.of("""
                resource "aws_instance" "trainer" {
                  ami           = "ami-1"
                  instance_type = "p3.2xlarge"

                  root_block_device {
                    volume_size = 100
                  }

                  lifecycle {
                    ignore_changes = [ami]
                  }
                }
                """).expect((c, e) -> e.insertBlock(c.block(), SPOT), """
                resource "aws_instance" "trainer" {
                  ami           = "ami-1"
                  instance_type = "p3.2xlarge"

                  root_block_device {
                    volume_size = 100
                  }
                  instance_market_options {
                    market_type = "spot"
                  }

                  lifecycle {
                    ignore_changes = [ami]
                  }
                }
                """);
    }

    @Test
    void insertsANestedBlockAfterTheLastAttribute() {
        EditCase.crlf("""
                resource "aws_instance" "trainer" {
                    ami           = "ami-1" # pinned
                    instance_type = "p3.2xlarge"
                }
                """).expect((c, e) -> e.insertBlock(c.block(), SPOT), """
                resource "aws_instance" "trainer" {
                    ami           = "ami-1" # pinned
                    instance_type = "p3.2xlarge"
                    instance_market_options {
                        market_type = "spot"
                    }
                }
                """);
    }

    @Test
    void appendsABlockAfterAnotherWithOneBlankLine() {
        EditCase.of("""
                resource "aws_lambda_function" "hook" {
                  function_name = "hook"
                } # the webhook

                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                }
                """).expect((c, e) -> e.appendBlockAfter(c.block(), LOG_GROUP), """
                resource "aws_lambda_function" "hook" {
                  function_name = "hook"
                } # the webhook

                resource "aws_cloudwatch_log_group" "hook" {
                  name              = "/aws/lambda/${aws_lambda_function.hook.function_name}"
                  retention_in_days = 30
                }

                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                }
                """);
    }

    @Test
    void appendsBetweenBlocksThatTouchAndAtTheEndOfAFileWithoutNewline() {
        EditCase c = EditCase.of("""
                resource "aws_lambda_function" "hook" {
                  function_name = "hook"
                }
                resource "aws_lambda_function" "last" {
                  function_name = "last"
                }""");
        c.expect((x, e) -> e.appendBlockAfter(x.topBlock(0), LOG_GROUP)
                .appendBlockAfter(x.topBlock(1), NewBlock.of("resource", "aws_cloudwatch_log_group", "last")
                        .withLiteral("name", "/aws/lambda/last")), """
                resource "aws_lambda_function" "hook" {
                  function_name = "hook"
                }

                resource "aws_cloudwatch_log_group" "hook" {
                  name              = "/aws/lambda/${aws_lambda_function.hook.function_name}"
                  retention_in_days = 30
                }

                resource "aws_lambda_function" "last" {
                  function_name = "last"
                }

                resource "aws_cloudwatch_log_group" "last" {
                  name = "/aws/lambda/last"
                }""");
    }

    @Test
    void appendsInsideACrlfFileWithAHeredocAbove() {
        EditCase.crlf("""
                resource "aws_lambda_function" "hook" {
                  function_name = "hook"
                  environment {
                    variables = {
                      POLICY = <<-EOT
                        {"a": 1}
                      EOT
                    }
                  }
                }
                """).expect((c, e) -> e.appendBlockAfter(c.block(), LOG_GROUP), """
                resource "aws_lambda_function" "hook" {
                  function_name = "hook"
                  environment {
                    variables = {
                      POLICY = <<-EOT
                        {"a": 1}
                      EOT
                    }
                  }
                }

                resource "aws_cloudwatch_log_group" "hook" {
                  name              = "/aws/lambda/${aws_lambda_function.hook.function_name}"
                  retention_in_days = 30
                }
                """);
    }

    @Test
    void appendsANestedBlockAfterItsSiblingInsideTheSameBody() {
        NewBlock rule = NewBlock.of("rule").withLiteral("id", "finguard-lifecycle").withLiteral("status", "Enabled")
                .with(NewBlock.of("filter"));
        EditCase c = EditCase.of("""
                resource "aws_s3_bucket_lifecycle_configuration" "a" {
                  bucket = aws_s3_bucket.a.id

                  rule {
                    id     = "checkpoints"
                    status = "Enabled"
                  }
                  depends_on = [aws_s3_bucket_versioning.a]
                }

                resource "aws_s3_bucket_lifecycle_configuration" "b" {
                  bucket = aws_s3_bucket.b.id
                  rule {
                    id = "x"
                  }
                }
                """);
        c.expect((x, e) -> e.appendBlockAfter(x.topBlock(0).body().blocks("rule").get(0), rule)
                .appendBlockAfter(x.topBlock(1).body().blocks("rule").get(0), rule), """
                resource "aws_s3_bucket_lifecycle_configuration" "a" {
                  bucket = aws_s3_bucket.a.id

                  rule {
                    id     = "checkpoints"
                    status = "Enabled"
                  }

                  rule {
                    id     = "finguard-lifecycle"
                    status = "Enabled"
                    filter {}
                  }

                  depends_on = [aws_s3_bucket_versioning.a]
                }

                resource "aws_s3_bucket_lifecycle_configuration" "b" {
                  bucket = aws_s3_bucket.b.id
                  rule {
                    id = "x"
                  }

                  rule {
                    id     = "finguard-lifecycle"
                    status = "Enabled"
                    filter {}
                  }
                }
                """);
    }

    @Test
    void aCopiedValueLandsInTheFilesIndentation() {
        EditCase c = EditCase.of("""
                resource "aws_lambda_function" "hook" {
                    function_name = "hook"
                    tags = merge(var.tags, {
                        Function = "hook"
                    })
                }
                """);
        c.expect((x, e) -> e.appendBlockAfter(x.block(), NewBlock.of("resource", "aws_cloudwatch_log_group", "hook")
                .withLiteral("retention_in_days", 30)
                .with("tags", HclValue.copyOf(x.file(), x.attribute("tags").value()))), """
                resource "aws_lambda_function" "hook" {
                    function_name = "hook"
                    tags = merge(var.tags, {
                        Function = "hook"
                    })
                }

                resource "aws_cloudwatch_log_group" "hook" {
                    retention_in_days = 30
                    tags = merge(var.tags, {
                        Function = "hook"
                    })
                }
                """);
    }

    @Test
    void severalEditsOfOneFileMakeOneFix() {
        List<?> edits = EditCase.of("""
                resource "aws_lambda_function" "hook" {
                  function_name = "hook"
                  tags = {
                    Team = "data"
                  }
                }
                """).expect((c, e) -> e.appendBlockAfter(c.block(), LOG_GROUP)
                .addEntry(c.object("tags"), "Project", HclValue.of("atlas"))
                .insertAttribute(c.block(), "timeout", HclValue.of(30)), """
                resource "aws_lambda_function" "hook" {
                  function_name = "hook"
                  tags = {
                    Team    = "data"
                    Project = "atlas"
                  }
                  timeout = 30
                }

                resource "aws_cloudwatch_log_group" "hook" {
                  name              = "/aws/lambda/${aws_lambda_function.hook.function_name}"
                  retention_in_days = 30
                }
                """);
        assertEquals(4, edits.size());
    }

    private static final NewBlock OWNER_TAG = NewBlock.of("tag").withLiteral("key", "Owner")
            .withLiteral("value", "ml-oncall").withLiteral("propagate_at_launch", true);

    @Test
    void insertsNestedBlocksRightAfterASiblingWithoutABlankLine() {
        EditCase.of("""
                resource "aws_autoscaling_group" "workers" {
                  max_size = 4

                  tag {
                    key                 = "Team"
                    value               = "data"
                    propagate_at_launch = true
                  } # owned by data

                  timeouts {
                    delete = "15m"
                  }
                }
                """).expect((c, e) -> e.insertBlockAfter(c.block("tag"), OWNER_TAG)
                .insertBlockAfter(c.block("tag"), NewBlock.of("tag").withLiteral("key", "Project")
                        .withLiteral("value", "atlas").withLiteral("propagate_at_launch", true)), """
                resource "aws_autoscaling_group" "workers" {
                  max_size = 4

                  tag {
                    key                 = "Team"
                    value               = "data"
                    propagate_at_launch = true
                  } # owned by data
                  tag {
                    key                 = "Owner"
                    value               = "ml-oncall"
                    propagate_at_launch = true
                  }
                  tag {
                    key                 = "Project"
                    value               = "atlas"
                    propagate_at_launch = true
                  }

                  timeouts {
                    delete = "15m"
                  }
                }
                """);
    }

    @Test
    void aSiblingsIndentationUnitIsKeptInACrlfFile() {
        EditCase.crlf("""
                resource "aws_autoscaling_group" "workers" {
                    max_size = 4
                    tag {
                        key                 = "Team"
                        value               = "data"
                        propagate_at_launch = true
                    }
                }
                """).expect((c, e) -> e.insertBlockAfter(c.block("tag"), OWNER_TAG), """
                resource "aws_autoscaling_group" "workers" {
                    max_size = 4
                    tag {
                        key                 = "Team"
                        value               = "data"
                        propagate_at_launch = true
                    }
                    tag {
                        key                 = "Owner"
                        value               = "ml-oncall"
                        propagate_at_launch = true
                    }
                }
                """);
    }

    @Test
    void aSiblingMustEndItsLine() {
        EditCase c = EditCase.of("""
                resource "aws_autoscaling_group" "workers" {
                  tag { key = "Team" } }
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FileEdits.of(c.file()).insertBlockAfter(c.block("tag"), OWNER_TAG));
        assertEquals("the tag block on line 2 does not end its line", e.getMessage());
    }
}
