package io.finguard.api.edit;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@link FileEdits#addEntries}: tags maps of every shape keep their comments and get aligned entries. */
class AddEntriesTest {

    private static Map<String, HclValue> entries(String... keyValues) {
        Map<String, HclValue> out = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            out.put(keyValues[i], HclValue.of(keyValues[i + 1]));
        }
        return out;
    }

    @Test
    void afterTheLastEntryKeepingCommentsInside() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = {
                    # cost allocation
                    Project = "atlas" # the product
                    Team    = "data"
                    // reviewed 2026-01
                  }
                }
                """).expect((c, e) -> e.addEntries(c.object("tags"), entries("Owner", "ops", "CostCenter", "cc-100")),
                """
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = {
                    # cost allocation
                    Project    = "atlas" # the product
                    Team       = "data"
                    Owner      = "ops"
                    CostCenter = "cc-100"
                    // reviewed 2026-01
                  }
                }
                """);
    }

    @Test
    void aOneLineMapBecomesOneEntryALine() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags   = { Project = "atlas" }
                }
                """).expect((c, e) -> e.addEntries(c.object("tags"), entries("Team", "data")), """
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = {
                    Project = "atlas"
                    Team    = "data"
                  }
                }
                """);
    }

    @Test
    void anEmptyMapBecomesOneEntryALine() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags   = {}
                  acl    = "private"
                }
                """).expect((c, e) -> e.addEntries(c.object("tags"), entries("Team", "data")), """
                resource "aws_s3_bucket" "b" {
                  bucket = "b"
                  tags = {
                    Team = "data"
                  }
                  acl = "private"
                }
                """);
    }

    @Test
    void aOneLineMapWithACommentKeepsItsLine() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  tags = { Project = "atlas" /* from the catalogue */ }
                }
                """).expect((c, e) -> e.addEntries(c.object("tags"), entries("Team", "data")), """
                resource "aws_s3_bucket" "b" {
                  tags = { Project = "atlas", Team = "data" /* from the catalogue */ }
                }
                """);
    }

    @Test
    void intoTheLiteralArgumentOfMerge() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  tags = merge(var.tags, { Project = "atlas" })
                }
                """).expect((c, e) -> e.addEntries(c.object("tags"), entries("Team", "data")), """
                resource "aws_s3_bucket" "b" {
                  tags = merge(var.tags, {
                    Project = "atlas"
                    Team    = "data"
                  })
                }
                """);
    }

    @Test
    void keysThatAreNotIdentifiersAreQuotedAndTrailingCommasKept() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  tags = {
                    Project = "atlas",
                  }
                }
                """).expect((c, e) -> e.addEntries(c.object("tags"),
                entries("kubernetes.io/cluster/ml", "owned", "Cost Center", "cc-1", "if", "x")), """
                resource "aws_s3_bucket" "b" {
                  tags = {
                    Project                    = "atlas",
                    "kubernetes.io/cluster/ml" = "owned",
                    "Cost Center"              = "cc-1",
                    "if"                       = "x",
                  }
                }
                """);
    }

    @Test
    void quotedKeysStayQuoted() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  tags = {
                    "Project" = "atlas"
                  }
                }
                """).expect((c, e) -> e.addEntries(c.object("tags"), entries("Team", "data")), """
                resource "aws_s3_bucket" "b" {
                  tags = {
                    "Project" = "atlas"
                    "Team"    = "data"
                  }
                }
                """);
    }

    @Test
    void crlfAndFourSpaces() {
        EditCase.crlf("""
                provider "aws" {
                    default_tags {
                        tags = {
                            Project = "atlas"
                        }
                    }
                }
                """).expect((c, e) -> e.addEntries(c.object("tags", "default_tags"), entries("CostCenter", "cc-1")),
                """
                provider "aws" {
                    default_tags {
                        tags = {
                            Project    = "atlas"
                            CostCenter = "cc-1"
                        }
                    }
                }
                """);
    }

    @Test
    void anEmptyMultiLineMapGetsItsFirstEntryBeforeTheBrace() {
        EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  tags = {
                    # none yet
                  }
                }
                """).expect((c, e) -> e.addEntries(c.object("tags"), entries("Team", "data")), """
                resource "aws_s3_bucket" "b" {
                  tags = {
                    # none yet
                    Team = "data"
                  }
                }
                """);
    }

    @Test
    void anExistingKeyIsRefused() {
        EditCase c = EditCase.of("""
                resource "aws_s3_bucket" "b" {
                  tags = { Team = "data" }
                }
                """);
        assertThrows(IllegalArgumentException.class,
                () -> FileEdits.of(c.file()).addEntry(c.object("tags"), "Team", HclValue.of("x")));
    }
}
