package io.finguard.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds the files of one generated module (or root stack) until it reaches its byte budget.
 * Resource kinds are drawn at random from a fixed table; each kind writes its resources, the variables
 * and locals they read, and the outputs a caller would want.
 */
final class ModuleWriter {

    /** What a stack needs to call a module written earlier. */
    record Callee(String name, List<String> sharedVariables) {}

    /** Variables that several kinds read; a stack passes them through to the modules it calls. */
    private static final Map<String, String> SHARED = new LinkedHashMap<>();

    static {
        SHARED.put("vpc_id", """
                variable "vpc_id" {
                  description = "ID of the VPC the resources are created in."
                  type        = string
                }
                """);
        SHARED.put("vpc_cidr", """
                variable "vpc_cidr" {
                  description = "CIDR block of the VPC, for internal ingress rules."
                  type        = string
                }
                """);
        SHARED.put("subnet_ids", """
                variable "subnet_ids" {
                  description = "Private subnets, in availability-zone order."
                  type        = list(string)
                }
                """);
        SHARED.put("log_retention_days", """
                variable "log_retention_days" {
                  description = "Retention of every log group the module creates."
                  type        = number
                  default     = 30

                  validation {
                    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 180, 365], var.log_retention_days)
                    error_message = "log_retention_days must be a value CloudWatch Logs accepts."
                  }
                }
                """);
        SHARED.put("kms_key_arn", """
                variable "kms_key_arn" {
                  description = "Customer managed KMS key; null selects the AWS managed key."
                  type        = string
                  default     = null
                }
                """);
        SHARED.put("alarm_topic_arns", """
                variable "alarm_topic_arns" {
                  description = "SNS topics notified when an alarm fires."
                  type        = list(string)
                  default     = []
                }
                """);
        SHARED.put("cluster_name", """
                variable "cluster_name" {
                  description = "EKS cluster that owns the node groups."
                  type        = string
                }
                """);
    }

    private interface Kind {
        void write(ModuleWriter w, StringBuilder out, String name);
    }

    private static final List<Kind> KINDS = List.of(
            ModuleWriter::s3Bucket, ModuleWriter::iamRole, ModuleWriter::securityGroup,
            ModuleWriter::instances, ModuleWriter::lambda, ModuleWriter::dynamoTable,
            ModuleWriter::queue, ModuleWriter::topic, ModuleWriter::alarms,
            ModuleWriter::autoscalingGroup, ModuleWriter::kmsKey, ModuleWriter::ecrRepository,
            ModuleWriter::database, ModuleWriter::nodeGroup, ModuleWriter::parameters,
            ModuleWriter::logGroups, ModuleWriter::volumes, ModuleWriter::serviceScaling);

    private final String name;
    private final boolean stack;
    private final Random random;
    private final List<Callee> callees;

    private final StringBuilder main = new StringBuilder();
    private final List<StringBuilder> topics = new ArrayList<>();
    private final List<String> topicNames = new ArrayList<>();
    private final StringBuilder variables = new StringBuilder();
    private final Set<String> variableNames = new HashSet<>();
    private final List<String> sharedUsed = new ArrayList<>();
    private final StringBuilder locals = new StringBuilder();
    private final StringBuilder outputs = new StringBuilder();
    private final Set<String> resourceNames = new HashSet<>();
    private String settings = "";

    ModuleWriter(String name, boolean stack, Random random, List<Callee> callees) {
        this.name = name;
        this.stack = stack;
        this.random = random;
        this.callees = callees;
    }

    Callee asCallee() {
        return new Callee(name, List.copyOf(sharedUsed));
    }

    /** Returns file name to content, in a stable order, for exactly {@code fileCount} files. */
    Map<String, String> build(int fileCount, long budget) {
        int topicCount = fileCount - CorpusGenerator.MIN_FILES;
        List<String> pool = new ArrayList<>(Arrays.asList(Words.TOPIC_FILES));
        Collections.shuffle(pool, random);
        for (int i = 0; i < topicCount; i++) {
            topicNames.add(i < pool.size() ? pool.get(i) : "extra-" + (i - pool.size() + 1) + ".tf");
            topics.add(new StringBuilder());
        }

        header();
        commonVariables();
        commonLocals();
        settings = stack ? providers() : versions();
        if (stack) {
            moduleCalls();
        }
        do {
            StringBuilder target = smallestResourceFile();
            Kind kind = KINDS.get(random.nextInt(KINDS.size()));
            if (target.length() > 0) {
                target.append('\n');
            }
            kind.write(this, target, resourceName());
        } while (size() < budget || topics.stream().anyMatch(t -> t.length() == 0));

        Map<String, String> files = new LinkedHashMap<>();
        files.put("main.tf", main.toString());
        for (int i = 0; i < topics.size(); i++) {
            files.put(topicNames.get(i), topics.get(i).toString());
        }
        files.put("variables.tf", variables.toString());
        files.put("outputs.tf", outputs.toString());
        files.put("locals.tf", "locals {\n" + locals + "}\n");
        files.put(stack ? "providers.tf" : "versions.tf", settings);
        return files;
    }

    private long size() {
        long total = main.length() + variables.length() + outputs.length() + locals.length() + settings.length() + 12;
        for (StringBuilder topic : topics) {
            total += topic.length();
        }
        return total;
    }

    private StringBuilder smallestResourceFile() {
        StringBuilder smallest = main;
        for (StringBuilder topic : topics) {
            if (topic.length() < smallest.length()) {
                smallest = topic;
            }
        }
        return smallest;
    }

    // ---------------------------------------------------------------- module skeleton

    private void header() {
        String team = pick(Words.TEAMS);
        main.append("# ").append(stack ? "Root stack " : "Module ").append(name)
                .append(": owned by the ").append(team).append(" team.\n");
        main.append(stack
                ? "# Applied by the deployment pipeline; state lives in the shared state bucket.\n\n"
                : "# Inputs are documented in variables.tf; everything is tagged through local.common_tags.\n\n");
        main.append("data \"aws_partition\" \"current\" {}\n\n");
        main.append("data \"aws_region\" \"current\" {}\n");
    }

    private void commonVariables() {
        variables.append("""
                variable "name_prefix" {
                  description = "Prefix of every resource name, usually <project>-<environment>."
                  type        = string
                }

                variable "environment" {
                  description = "Deployment environment."
                  type        = string

                  validation {
                    condition     = contains(["dev", "staging", "prod"], var.environment)
                    error_message = "environment must be one of dev, staging, prod."
                  }
                }

                variable "tags" {
                  description = "Tags merged into every resource's tags."
                  type        = map(string)
                  default     = {}
                }
                """);
        variableNames.addAll(List.of("name_prefix", "environment", "tags"));
        if (stack) {
            variable("region", "string", "Primary region of the stack.", "\"eu-west-1\"");
            variable("replica_region", "string", "Region of the replicated resources.", "\"us-west-2\"");
        }
    }

    private void commonLocals() {
        String shortName = name.length() > 24 ? name.substring(0, 24) : name;
        locals.append(fill("""
                  name          = "${var.name_prefix}-@short@"
                  is_production = var.environment == "prod"

                  common_tags = merge(var.tags, {
                    Module      = "@name@"
                    Environment = var.environment
                    CostCenter  = "cc-@cc@"
                  })
                """, "short", shortName, "name", name, "cc", Integer.toString(1000 + random.nextInt(9000))));
        if (stack) {
            locals.append(fill("""

                      # default_tags reach every taggable resource except autoscaling groups.
                      default_tags = {
                        Project     = "@project@"
                        Environment = var.environment
                        Team        = "@team@"
                        Owner       = "@team@-oncall"
                        ManagedBy   = "terraform"
                      }
                    """, "project", name, "team", pick(Words.TEAMS)));
        }
    }

    private String versions() {
        return """
                terraform {
                  required_version = ">= 1.6.0"

                  required_providers {
                    aws = {
                      source  = "hashicorp/aws"
                      version = ">= 6.0, < 7.0"
                    }
                  }
                }
                """;
    }

    private String providers() {
        return """
                terraform {
                  required_version = ">= 1.6.0"

                  required_providers {
                    aws = {
                      source  = "hashicorp/aws"
                      version = "~> 6.0"
                    }
                  }
                }

                provider "aws" {
                  region = var.region

                  default_tags {
                    tags = local.default_tags
                  }
                }

                provider "aws" {
                  alias  = "replica"
                  region = var.replica_region

                  default_tags {
                    tags = merge(local.default_tags, { Replica = "true" })
                  }
                }
                """;
    }

    private void moduleCalls() {
        for (int i = 0; i < callees.size(); i++) {
            Callee callee = callees.get(i);
            List<String[]> args = new ArrayList<>();
            args.add(new String[] {"name_prefix", "local.name"});
            args.add(new String[] {"environment", "var.environment"});
            args.add(new String[] {"tags", "merge(local.common_tags, { Component = \"" + callee.name() + "\" })"});
            for (String shared : callee.sharedVariables()) {
                useShared(shared);
                args.add(new String[] {shared, "var." + shared});
            }
            int width = args.stream().mapToInt(a -> a[0].length()).max().orElse(0);

            StringBuilder call = new StringBuilder();
            call.append("\nmodule \"").append(identifier(callee.name())).append("\" {\n");
            call.append("  source = \"../../modules/").append(callee.name()).append("\"\n");
            if (i % 4 == 3) {
                call.append("  count  = local.is_production ? 1 : 0\n");
            }
            if (i % 3 == 2) {
                call.append("\n  providers = {\n    aws = aws.replica\n  }\n");
            }
            call.append('\n');
            for (String[] arg : args) {
                call.append("  ").append(pad(arg[0], width)).append(" = ").append(arg[1]).append('\n');
            }
            call.append("}\n");
            main.append(call);
        }
    }

    // ---------------------------------------------------------------- resource kinds

    private static void s3Bucket(ModuleWriter w, StringBuilder out, String n) {
        out.append(w.fill("""
                # @title@ objects. Transitions come from var.@n@_transitions.
                resource "aws_s3_bucket" "@n@" {
                  bucket        = "${local.name}-@d@"
                  force_destroy = !local.is_production

                  tags = merge(local.common_tags, {
                    Name      = "${local.name}-@d@"
                    DataClass = "@class@"
                  })
                }

                resource "aws_s3_bucket_versioning" "@n@" {
                  count  = var.@n@_versioning ? 1 : 0
                  bucket = aws_s3_bucket.@n@.id

                  versioning_configuration {
                    status = "Enabled"
                  }
                }

                resource "aws_s3_bucket_lifecycle_configuration" "@n@" {
                  bucket = aws_s3_bucket.@n@.id

                  rule {
                    id     = "tiering"
                    status = "Enabled"

                    filter {
                      prefix = "@n@/"
                    }

                    dynamic "transition" {
                      for_each = var.@n@_transitions
                      content {
                        days          = transition.value.days
                        storage_class = transition.value.storage_class
                      }
                    }

                    noncurrent_version_expiration {
                      noncurrent_days = @noncurrent@
                    }

                    abort_incomplete_multipart_upload {
                      days_after_initiation = 7
                    }
                  }
                }

                resource "aws_s3_bucket_public_access_block" "@n@" {
                  bucket                  = aws_s3_bucket.@n@.id
                  block_public_acls       = true
                  block_public_policy     = true
                  ignore_public_acls      = true
                  restrict_public_buckets = true
                }
                """, "n", n, "d", dash(n), "title", title(n), "class", w.pick(Words.DATA_CLASSES),
                "noncurrent", Integer.toString(30 * (1 + w.random.nextInt(6)))));
        w.variable(n + "_versioning", "bool", "Keep previous versions of the " + dash(n) + " objects.",
                Boolean.toString(w.random.nextBoolean()));
        w.rawVariable(n + "_transitions", w.fill("""
                variable "@n@_transitions" {
                  description = "Storage class transitions of the @d@ bucket."
                  type = list(object({
                    days          = number
                    storage_class = string
                  }))
                  default = [
                    { days = 30, storage_class = "STANDARD_IA" },
                    { days = @glacier@, storage_class = "GLACIER" },
                  ]
                }
                """, "n", n, "d", dash(n), "glacier", Integer.toString(90 + 30 * w.random.nextInt(9))));
        w.output(n + "_bucket", "Name and ARN of the " + dash(n) + " bucket.", w.fill("""
                {
                    name = aws_s3_bucket.@n@.bucket
                    arn  = aws_s3_bucket.@n@.arn
                  }""", "n", n));
    }

    private static void iamRole(ModuleWriter w, StringBuilder out, String n) {
        String service = w.pick(Words.SERVICES);
        out.append(w.fill("""
                resource "aws_iam_role" "@n@" {
                  name                 = "${local.name}-@d@"
                  max_session_duration = 3600

                  assume_role_policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Effect    = "Allow"
                        Action    = "sts:AssumeRole"
                        Principal = { Service = "@service@.${data.aws_partition.current.dns_suffix}" }
                      },
                    ]
                  })

                  tags = local.common_tags
                }

                // Inline policy: the action list is rendered by a template directive.
                resource "aws_iam_role_policy" "@n@" {
                  name = "@d@-access"
                  role = aws_iam_role.@n@.id

                  policy = <<-EOT
                    {
                      "Version": "2012-10-17",
                      "Statement": [
                        {
                          "Sid": "@sid@",
                          "Effect": "Allow",
                          "Action": [
                            %{~ for i, action in var.@n@_actions ~}
                            "${action}"${i < length(var.@n@_actions) - 1 ? "," : ""}
                            %{~ endfor ~}
                          ],
                          "Resource": "arn:${data.aws_partition.current.partition}:s3:::${local.name}-*"
                        }
                      ]
                    }
                  EOT
                }
                """, "n", n, "d", dash(n), "service", service, "sid", title(n).replace(" ", "") + "Access"));
        w.rawVariable(n + "_actions", w.fill("""
                variable "@n@_actions" {
                  description = "Actions the @d@ role may perform on the module's buckets."
                  type        = list(string)
                  default     = ["s3:GetObject", "s3:PutObject", "s3:ListBucket"]
                }
                """, "n", n, "d", dash(n)));
        w.output(n + "_role_arn", "ARN of the " + dash(n) + " role.", "aws_iam_role." + n + ".arn");
    }

    private static void securityGroup(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("vpc_id");
        w.useShared("vpc_cidr");
        out.append(w.fill("""
                resource "aws_security_group" "@n@" {
                  name_prefix = "${local.name}-@d@-"
                  description = "Traffic of the \\"@d@\\" tier of ${local.name}"
                  vpc_id      = var.vpc_id

                  dynamic "ingress" {
                    for_each = var.@n@_ingress
                    content {
                      description = ingress.value.description
                      from_port   = ingress.value.port
                      to_port     = ingress.value.port
                      protocol    = "tcp"
                      cidr_blocks = ingress.value.cidr_blocks
                    }
                  }

                  ingress {
                    description = "ICMP from inside the VPC"
                    from_port   = -1
                    to_port     = -1
                    protocol    = "icmp"
                    cidr_blocks = [var.vpc_cidr]
                  }

                  /* Egress stays open: the NAT gateway and the endpoints
                     policies decide what actually leaves the VPC. */
                  egress {
                    from_port   = 0
                    to_port     = 0
                    protocol    = -1
                    cidr_blocks = ["0.0.0.0/0"]
                  }

                  tags = merge(local.common_tags, { Name = "${local.name}-@d@" })

                  lifecycle {
                    create_before_destroy = true
                  }
                }
                """, "n", n, "d", dash(n)));
        int port = w.pick(new int[] {443, 8080, 8443, 5432, 6379, 9092});
        w.rawVariable(n + "_ingress", w.fill("""
                variable "@n@_ingress" {
                  description = "Ingress rules of the @d@ security group."
                  type = list(object({
                    description = string
                    port        = number
                    cidr_blocks = list(string)
                  }))
                  default = [
                    {
                      description = "Service port from the private range"
                      port        = @port@
                      cidr_blocks = ["10.0.0.0/8"]
                    },
                  ]
                }
                """, "n", n, "d", dash(n), "port", Integer.toString(port)));
        w.output(n + "_security_group_id", "ID of the " + dash(n) + " security group.",
                "aws_security_group." + n + ".id");
    }

    private static void instances(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("subnet_ids");
        out.append(w.fill("""
                resource "aws_instance" "@n@" {
                  count = var.@n@_count

                  ami           = var.@n@_ami_id
                  instance_type = var.@n@_instance_type
                  subnet_id     = element(var.subnet_ids, count.index)
                  monitoring    = local.is_production
                  ebs_optimized = true

                  root_block_device {
                    volume_size = @size@
                    volume_type = "gp3"
                    encrypted   = true
                  }

                  metadata_options {
                    http_endpoint = "enabled"
                    http_tokens   = "required"
                  }

                  user_data = <<-EOT
                    #!/bin/bash
                    set -euo pipefail
                    echo "role=@d@ index=${count.index} env=${var.environment}" >/etc/node-role
                    %{ if local.is_production ~}
                    systemctl enable --now node-exporter
                    %{ else ~}
                    echo "metrics agent disabled outside production"
                    %{ endif ~}
                    export PATH="$${PATH}:/opt/@d@/bin"
                  EOT

                  tags = merge(local.common_tags, {
                    Name = format("%s-@d@-%02d", local.name, count.index + 1)
                  })

                  lifecycle {
                    ignore_changes = [ami, user_data]
                  }
                }
                """, "n", n, "d", dash(n), "size", Integer.toString(20 + 10 * w.random.nextInt(10))));
        w.variable(n + "_count", "number", "Number of " + dash(n) + " instances.",
                Integer.toString(1 + w.random.nextInt(4)));
        w.variable(n + "_ami_id", "string", "AMI of the " + dash(n) + " instances.", "\"" + w.amiId() + "\"");
        w.variable(n + "_instance_type", "string", "Instance type of the " + dash(n) + " instances.",
                "\"" + w.pick(Words.INSTANCE_TYPES) + "\"");
        w.output(n + "_private_ips", "Private IPs of the " + dash(n) + " instances.",
                "aws_instance." + n + "[*].private_ip");
    }

    private static void lambda(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("subnet_ids");
        w.useShared("log_retention_days");
        w.useShared("kms_key_arn");
        String runtime = w.pick(Words.RUNTIMES);
        String handler = runtime.startsWith("python") ? "app.handler"
                : runtime.startsWith("nodejs") ? "index.handler"
                : runtime.startsWith("java") ? "app.Handler::handleRequest" : "bootstrap";
        out.append(w.fill("""
                resource "aws_iam_role" "@n@_lambda" {
                  name = "${local.name}-@d@-lambda"

                  assume_role_policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Action    = "sts:AssumeRole"
                      Principal = { Service = "lambda.${data.aws_partition.current.dns_suffix}" }
                    }]
                  })

                  tags = local.common_tags
                }

                resource "aws_iam_role_policy_attachment" "@n@_lambda" {
                  role       = aws_iam_role.@n@_lambda.name
                  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
                }

                resource "aws_lambda_function" "@n@" {
                  function_name = "${local.name}-@d@"
                  description   = "Handles @d@ events for ${local.name}"
                  role          = aws_iam_role.@n@_lambda.arn
                  runtime       = "@runtime@"
                  handler       = "@handler@"
                  filename      = "${path.module}/dist/@d@.zip"
                  memory_size   = var.@n@_memory_mb
                  timeout       = @timeout@
                  architectures = ["arm64"]

                  environment {
                    variables = {
                      ENVIRONMENT = var.environment
                      LOG_LEVEL   = local.is_production ? "INFO" : "DEBUG"
                      QUEUE_NAME  = "${local.name}-@d@"
                    }
                  }

                  dynamic "vpc_config" {
                    for_each = length(var.subnet_ids) > 0 ? [true] : []
                    content {
                      subnet_ids         = var.subnet_ids
                      security_group_ids = []
                    }
                  }

                  tracing_config {
                    mode = "Active"
                  }

                  tags = merge(local.common_tags, { Function = "@d@" })
                }

                resource "aws_cloudwatch_log_group" "@n@_lambda" {
                  name              = "/aws/lambda/${aws_lambda_function.@n@.function_name}"
                  retention_in_days = var.log_retention_days
                  kms_key_id        = var.kms_key_arn

                  tags = local.common_tags
                }
                """, "n", n, "d", dash(n), "runtime", runtime, "handler", handler,
                "timeout", Integer.toString(w.pick(new int[] {15, 30, 60, 120, 300, 900}))));
        w.variable(n + "_memory_mb", "number", "Memory of the " + dash(n) + " function in MB.",
                Integer.toString(w.pick(new int[] {128, 256, 512, 1024, 2048})));
        w.output(n + "_function", "Name and ARN of the " + dash(n) + " function.", w.fill("""
                {
                    name = aws_lambda_function.@n@.function_name
                    arn  = aws_lambda_function.@n@.arn
                  }""", "n", n));
    }

    private static void dynamoTable(ModuleWriter w, StringBuilder out, String n) {
        out.append(w.fill("""
                resource "aws_dynamodb_table" "@n@" {
                  name                        = "${local.name}-@d@"
                  billing_mode                = var.@n@_billing_mode
                  hash_key                    = "pk"
                  range_key                   = "sk"
                  deletion_protection_enabled = local.is_production

                  read_capacity  = var.@n@_billing_mode == "PROVISIONED" ? @rcu@ : null
                  write_capacity = var.@n@_billing_mode == "PROVISIONED" ? @wcu@ : null

                  attribute {
                    name = "pk"
                    type = "S"
                  }

                  attribute {
                    name = "sk"
                    type = "S"
                  }

                  attribute {
                    name = "gsi1pk"
                    type = "S"
                  }

                  global_secondary_index {
                    name            = "gsi1"
                    hash_key        = "gsi1pk"
                    range_key       = "sk"
                    projection_type = "KEYS_ONLY"
                  }

                  ttl {
                    attribute_name = "expires_at"
                    enabled        = true
                  }

                  point_in_time_recovery {
                    enabled = local.is_production
                  }

                  server_side_encryption {
                    enabled = true
                  }

                  tags = merge(local.common_tags, { Table = "@d@" })
                }
                """, "n", n, "d", dash(n), "rcu", Integer.toString(5 * (1 + w.random.nextInt(20))),
                "wcu", Integer.toString(5 * (1 + w.random.nextInt(10)))));
        w.variable(n + "_billing_mode", "string", "PAY_PER_REQUEST or PROVISIONED for the " + dash(n) + " table.",
                w.random.nextInt(3) == 0 ? "\"PROVISIONED\"" : "\"PAY_PER_REQUEST\"");
        w.output(n + "_table_name", "Name of the " + dash(n) + " table.", "aws_dynamodb_table." + n + ".name");
    }

    private static void queue(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("kms_key_arn");
        out.append(w.fill("""
                resource "aws_sqs_queue" "@n@_dlq" {
                  name                      = "${local.name}-@d@-dlq"
                  message_retention_seconds = 1209600
                  kms_master_key_id         = var.kms_key_arn

                  tags = local.common_tags
                }

                resource "aws_sqs_queue" "@n@" {
                  name                       = "${local.name}-@d@"
                  visibility_timeout_seconds = @visibility@
                  message_retention_seconds  = 345600
                  receive_wait_time_seconds  = 20
                  kms_master_key_id          = var.kms_key_arn

                  redrive_policy = jsonencode({
                    deadLetterTargetArn = aws_sqs_queue.@n@_dlq.arn
                    maxReceiveCount     = var.@n@_max_receive_count
                  })

                  tags = local.common_tags
                }

                resource "aws_sqs_queue_redrive_allow_policy" "@n@_dlq" {
                  queue_url = aws_sqs_queue.@n@_dlq.id

                  redrive_allow_policy = jsonencode({
                    redrivePermission = "byQueue"
                    sourceQueueArns   = [aws_sqs_queue.@n@.arn]
                  })
                }
                """, "n", n, "d", dash(n), "visibility", Integer.toString(30 * (1 + w.random.nextInt(10)))));
        w.variable(n + "_max_receive_count", "number", "Deliveries before a " + dash(n) + " message goes to the DLQ.",
                Integer.toString(3 + w.random.nextInt(8)));
        w.output(n + "_queue_url", "URL of the " + dash(n) + " queue.", "aws_sqs_queue." + n + ".url");
    }

    private static void topic(ModuleWriter w, StringBuilder out, String n) {
        out.append(w.fill("""
                resource "aws_sns_topic" "@n@" {
                  name              = "${local.name}-@d@"
                  kms_master_key_id = "alias/aws/sns"

                  tags = local.common_tags
                }

                resource "aws_sns_topic_subscription" "@n@" {
                  for_each = toset(var.@n@_subscriber_queue_arns)

                  topic_arn            = aws_sns_topic.@n@.arn
                  protocol             = "sqs"
                  endpoint             = each.value
                  raw_message_delivery = true
                  filter_policy = jsonencode({
                    eventType = [for t in var.@n@_event_types : lower(t)]
                  })
                }
                """, "n", n, "d", dash(n)));
        w.variable(n + "_subscriber_queue_arns", "list(string)", "Queues subscribed to the " + dash(n) + " topic.", "[]");
        w.variable(n + "_event_types", "list(string)", "Event types forwarded to subscribers of " + dash(n) + ".",
                "[\"Created\", \"Updated\", \"Deleted\"]");
        w.output(n + "_topic_arn", "ARN of the " + dash(n) + " topic.", "aws_sns_topic." + n + ".arn");
    }

    private static void alarms(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("alarm_topic_arns");
        w.locals.append(w.fill("""

                  # Alarm thresholds of @d@; production pages earlier.
                  @n@_alarms = {
                    cpu    = { metric: "CPUUtilization", threshold: local.is_production ? 70 : 85 }
                    errors = { metric: "StatusCheckFailed", threshold: 1 }
                    credit = { metric: "CPUCreditBalance", threshold: @credits@ }
                  }
                """, "n", n, "d", dash(n), "credits", Integer.toString(20 + w.random.nextInt(80))));
        out.append(w.fill("""
                resource "aws_cloudwatch_metric_alarm" "@n@" {
                  for_each = local.@n@_alarms

                  alarm_name          = "${local.name}-@d@-${each.key}"
                  alarm_description   = "${each.value.metric} of @d@ crossed ${each.value.threshold} for 15 minutes"
                  comparison_operator = each.key == "credit" ? "LessThanThreshold" : "GreaterThanOrEqualToThreshold"
                  evaluation_periods  = 3
                  metric_name         = each.value.metric
                  namespace           = "AWS/EC2"
                  period              = 300
                  statistic           = "Average"
                  threshold           = each.value.threshold
                  treat_missing_data  = "notBreaching"
                  alarm_actions       = var.alarm_topic_arns
                  ok_actions          = var.alarm_topic_arns

                  tags = local.common_tags
                }
                """, "n", n, "d", dash(n)));
        w.output(n + "_alarm_arns", "ARN of each " + dash(n) + " alarm, by key.",
                "{ for key, alarm in aws_cloudwatch_metric_alarm." + n + " : key => alarm.arn }");
    }

    private static void autoscalingGroup(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("subnet_ids");
        boolean gpu = w.random.nextInt(5) == 0;
        String first = gpu ? w.pick(Words.GPU_INSTANCE_TYPES) : w.pick(Words.INSTANCE_TYPES);
        String second = gpu ? w.pick(Words.GPU_INSTANCE_TYPES) : w.pick(Words.INSTANCE_TYPES);
        int max = gpu ? 2 + w.random.nextInt(7) : 4 + w.random.nextInt(17);
        out.append(w.fill("""
                resource "aws_launch_template" "@n@" {
                  name_prefix   = "${local.name}-@d@-"
                  image_id      = var.@n@_ami_id
                  instance_type = var.@n@_instance_types[0]
                  user_data = base64encode(<<-EOT
                    #!/bin/bash
                    echo "POOL=@d@" >>/etc/environment
                    echo "REGION=${data.aws_region.current.region}" >>/etc/environment
                  EOT
                  )

                  metadata_options {
                    http_endpoint = "enabled"
                    http_tokens   = "required"
                  }

                  dynamic "instance_market_options" {
                    for_each = var.@n@_spot ? [1] : []
                    content {
                      market_type = "spot"
                    }
                  }

                  tag_specifications {
                    resource_type = "instance"
                    tags          = merge(local.common_tags, { Pool = "@d@" })
                  }

                  tags = local.common_tags
                }

                resource "aws_autoscaling_group" "@n@" {
                  name_prefix         = "${local.name}-@d@-"
                  min_size            = var.@n@_min_size
                  max_size            = var.@n@_max_size
                  desired_capacity    = var.@n@_min_size
                  vpc_zone_identifier = var.subnet_ids
                  capacity_rebalance  = true

                  mixed_instances_policy {
                    instances_distribution {
                      on_demand_base_capacity                  = 0
                      on_demand_percentage_above_base_capacity = var.@n@_spot ? 0 : 100
                      spot_allocation_strategy                 = "price-capacity-optimized"
                    }

                    launch_template {
                      launch_template_specification {
                        launch_template_id = aws_launch_template.@n@.id
                        version            = aws_launch_template.@n@.latest_version
                      }

                      dynamic "override" {
                        for_each = var.@n@_instance_types
                        content {
                          instance_type     = override.value
                          weighted_capacity = "1"
                        }
                      }
                    }
                  }

                  dynamic "tag" {
                    for_each = merge(local.common_tags, { Name = "${local.name}-@d@" })
                    content {
                      key                 = tag.key
                      value               = tag.value
                      propagate_at_launch = true
                    }
                  }

                  lifecycle {
                    ignore_changes = [desired_capacity]
                  }
                }
                """, "n", n, "d", dash(n)));
        w.variable(n + "_ami_id", "string", "AMI of the " + dash(n) + " pool.", "\"" + w.amiId() + "\"");
        w.variable(n + "_instance_types", "list(string)", "Instance types of the " + dash(n) + " pool.",
                "[\"" + first + "\", \"" + second + "\"]");
        w.variable(n + "_spot", "bool", "Run the " + dash(n) + " pool on spot capacity.",
                Boolean.toString(w.random.nextInt(3) > 0));
        w.variable(n + "_min_size", "number", "Minimum size of the " + dash(n) + " pool.", "1");
        w.variable(n + "_max_size", "number", "Maximum size of the " + dash(n) + " pool.", Integer.toString(max));
        w.output(n + "_asg_name", "Name of the " + dash(n) + " autoscaling group.",
                "aws_autoscaling_group." + n + ".name");
    }

    private static void kmsKey(ModuleWriter w, StringBuilder out, String n) {
        out.append(w.fill("""
                resource "aws_kms_key" "@n@" {
                  description             = "Encrypts @d@ data of ${local.name}"
                  deletion_window_in_days = local.is_production ? 30 : 7
                  enable_key_rotation     = true

                  policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = concat([
                      {
                        Sid       = "AccountAdmin"
                        Effect    = "Allow"
                        Principal = { AWS = "arn:${data.aws_partition.current.partition}:iam::${var.@n@_account_id}:root" }
                        Action    = "kms:*"
                        Resource  = "*"
                      },
                      ], [
                      for arn in var.@n@_user_arns : {
                        Sid       = "Use${index(var.@n@_user_arns, arn)}"
                        Effect    = "Allow"
                        Principal = { AWS = arn }
                        Action    = ["kms:Decrypt", "kms:GenerateDataKey*"]
                        Resource  = "*"
                      }
                    ])
                  })

                  tags = local.common_tags
                }

                resource "aws_kms_alias" "@n@" {
                  name          = "alias/${local.name}-@d@"
                  target_key_id = aws_kms_key.@n@.key_id
                }
                """, "n", n, "d", dash(n)));
        w.variable(n + "_account_id", "string", "Account that administers the " + dash(n) + " key.",
                "\"" + (100000000000L + (long) (w.random.nextDouble() * 899999999999L)) + "\"");
        w.variable(n + "_user_arns", "list(string)", "Roles allowed to use the " + dash(n) + " key.", "[]");
        w.output(n + "_key_arn", "ARN of the " + dash(n) + " key.", "aws_kms_key." + n + ".arn");
    }

    private static void ecrRepository(ModuleWriter w, StringBuilder out, String n) {
        out.append(w.fill("""
                resource "aws_ecr_repository" "@n@" {
                  name                 = "${var.name_prefix}/@d@"
                  image_tag_mutability = "IMMUTABLE"
                  force_delete         = !local.is_production

                  image_scanning_configuration {
                    scan_on_push = true
                  }

                  encryption_configuration {
                    encryption_type = "KMS"
                  }

                  tags = local.common_tags
                }

                resource "aws_ecr_lifecycle_policy" "@n@" {
                  repository = aws_ecr_repository.@n@.name

                  policy = jsonencode({
                    rules = [
                      {
                        rulePriority = 1
                        description  = "Expire untagged images after @untagged@ days"
                        selection = {
                          tagStatus   = "untagged"
                          countType   = "sinceImagePushed"
                          countUnit   = "days"
                          countNumber = @untagged@
                        }
                        action = { type = "expire" }
                      },
                      {
                        rulePriority = 2
                        description  = "Keep the last @keep@ release images"
                        selection = {
                          tagStatus     = "tagged"
                          tagPrefixList = ["v"]
                          countType     = "imageCountMoreThan"
                          countNumber   = @keep@
                        }
                        action = { type = "expire" }
                      },
                    ]
                  })
                }
                """, "n", n, "d", dash(n), "untagged", Integer.toString(1 + w.random.nextInt(14)),
                "keep", Integer.toString(10 * (1 + w.random.nextInt(10)))));
        w.output(n + "_repository_url", "URL of the " + dash(n) + " repository.",
                "aws_ecr_repository." + n + ".repository_url");
    }

    private static void database(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("subnet_ids");
        w.useShared("kms_key_arn");
        String engine = w.random.nextBoolean() ? "postgres" : "mysql";
        String version = engine.equals("postgres") ? "16.4" : "8.0.39";
        String family = engine.equals("postgres") ? "postgres16" : "mysql8.0";
        out.append(w.fill("""
                resource "aws_db_subnet_group" "@n@" {
                  name       = "${local.name}-@d@"
                  subnet_ids = var.subnet_ids

                  tags = local.common_tags
                }

                resource "aws_db_parameter_group" "@n@" {
                  name_prefix = "${local.name}-@d@-"
                  family      = "@family@"

                  dynamic "parameter" {
                    for_each = var.@n@_parameters
                    content {
                      name         = parameter.key
                      value        = parameter.value
                      apply_method = "pending-reboot"
                    }
                  }

                  lifecycle {
                    create_before_destroy = true
                  }

                  tags = local.common_tags
                }

                resource "aws_db_instance" "@n@" {
                  identifier     = "${local.name}-@d@"
                  engine         = "@engine@"
                  engine_version = "@version@"
                  instance_class = local.is_production ? "db.r6g.large" : "db.t4g.medium"

                  allocated_storage     = @storage@
                  max_allocated_storage = @storage@ * 4
                  storage_type          = "gp3"
                  storage_encrypted     = true
                  kms_key_id            = var.kms_key_arn

                  db_name                     = "@db@"
                  username                    = "app_admin"
                  manage_master_user_password = true

                  db_subnet_group_name = aws_db_subnet_group.@n@.name
                  parameter_group_name = aws_db_parameter_group.@n@.name
                  multi_az             = local.is_production

                  backup_retention_period   = local.is_production ? 14 : 1
                  deletion_protection       = local.is_production
                  skip_final_snapshot       = !local.is_production
                  final_snapshot_identifier = local.is_production ? "${local.name}-@d@-final" : null

                  performance_insights_enabled = true

                  tags = merge(local.common_tags, { Database = "@d@" })
                }
                """, "n", n, "d", dash(n), "engine", engine, "version", version, "family", family,
                "storage", Integer.toString(20 * (1 + w.random.nextInt(10))), "db", n));
        w.rawVariable(n + "_parameters", w.fill(engine.equals("postgres") ? """
                variable "@n@_parameters" {
                  description = "Engine parameters of the @d@ database."
                  type        = map(string)
                  default = {
                    log_min_duration_statement = "500"
                    "rds.force_ssl"            = "1"
                  }
                }
                """ : """
                variable "@n@_parameters" {
                  description = "Engine parameters of the @d@ database."
                  type        = map(string)
                  default = {
                    slow_query_log           = "1"
                    require_secure_transport = "ON"
                  }
                }
                """, "n", n, "d", dash(n)));
        w.output(n + "_endpoint", "Endpoint of the " + dash(n) + " database.", "aws_db_instance." + n + ".endpoint");
    }

    private static void nodeGroup(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("subnet_ids");
        w.useShared("cluster_name");
        boolean training = n.contains("model") || n.contains("feature") || n.contains("checkpoint") || w.random.nextInt(4) == 0;
        String types = training
                ? "[\"" + w.pick(Words.GPU_INSTANCE_TYPES) + "\"]"
                : "[\"" + w.pick(Words.INSTANCE_TYPES) + "\", \"" + w.pick(Words.INSTANCE_TYPES) + "\"]";
        out.append(w.fill("""
                resource "aws_iam_role" "@n@_nodes" {
                  name = "${local.name}-@d@-nodes"

                  assume_role_policy = jsonencode({
                    Version = "2012-10-17"
                    Statement = [{
                      Effect    = "Allow"
                      Action    = "sts:AssumeRole"
                      Principal = { Service = "ec2.${data.aws_partition.current.dns_suffix}" }
                    }]
                  })

                  tags = local.common_tags
                }

                resource "aws_iam_role_policy_attachment" "@n@_nodes" {
                  for_each = toset([
                    "AmazonEKSWorkerNodePolicy",
                    "AmazonEKS_CNI_Policy",
                    "AmazonEC2ContainerRegistryReadOnly",
                  ])

                  role       = aws_iam_role.@n@_nodes.name
                  policy_arn = "arn:${data.aws_partition.current.partition}:iam::aws:policy/${each.value}"
                }

                resource "aws_eks_node_group" "@n@" {
                  cluster_name    = var.cluster_name
                  node_group_name = "@d@"
                  node_role_arn   = aws_iam_role.@n@_nodes.arn
                  subnet_ids      = var.subnet_ids
                  instance_types  = var.@n@_instance_types
                  capacity_type   = var.@n@_capacity_type
                  ami_type        = "@ami@"

                  scaling_config {
                    min_size     = 0
                    desired_size = 1
                    max_size     = var.@n@_max_size
                  }

                  update_config {
                    max_unavailable = 1
                  }

                  labels = {
                    workload = "@workload@"
                    pool     = "@d@"
                  }

                  dynamic "taint" {
                    for_each = @taints@
                    content {
                      key    = taint.value.key
                      value  = taint.value.value
                      effect = taint.value.effect
                    }
                  }

                  tags = merge(local.common_tags, { Workload = "@workload@" })

                  depends_on = [aws_iam_role_policy_attachment.@n@_nodes]
                }
                """, "n", n, "d", dash(n), "ami", training ? "AL2023_x86_64_NVIDIA" : "AL2023_x86_64_STANDARD",
                "workload", training ? "training" : "general",
                "taints", training ? "[{ key = \"dedicated\", value = \"training\", effect = \"NO_SCHEDULE\" }]" : "[]"));
        w.variable(n + "_instance_types", "list(string)", "Instance types of the " + dash(n) + " node group.", types);
        w.variable(n + "_capacity_type", "string", "ON_DEMAND or SPOT for the " + dash(n) + " node group.",
                training || w.random.nextBoolean() ? "\"SPOT\"" : "\"ON_DEMAND\"");
        w.variable(n + "_max_size", "number", "Maximum size of the " + dash(n) + " node group.",
                Integer.toString(training ? 1 + w.random.nextInt(8) : 3 + w.random.nextInt(18)));
        w.output(n + "_node_group_arn", "ARN of the " + dash(n) + " node group.", "aws_eks_node_group." + n + ".arn");
    }

    private static void parameters(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("kms_key_arn");
        out.append(w.fill("""
                resource "aws_ssm_parameter" "@n@" {
                  for_each = var.@n@_settings

                  name        = "/${var.environment}/${local.name}/@d@/${each.key}"
                  description = "Setting ${each.key} of @d@"
                  type        = can(regex("(?i)(secret|password|token)", each.key)) ? "SecureString" : "String"
                  key_id      = can(regex("(?i)(secret|password|token)", each.key)) ? var.kms_key_arn : null
                  value       = each.value
                  tier        = length(each.value) > 4096 ? "Advanced" : "Standard"

                  tags = local.common_tags
                }
                """, "n", n, "d", dash(n)));
        w.rawVariable(n + "_settings", w.fill("""
                variable "@n@_settings" {
                  description = "Runtime settings of @d@, published to Parameter Store."
                  type        = map(string)
                  sensitive   = true
                  default = {
                    batch_size        = "@batch@"
                    feature_flags     = "search-v2,async-export"
                    "upstream.port"   = "8080"
                    max_retries       = "5"
                    "retry.backoff_s" = "2.5"
                  }
                }
                """, "n", n, "d", dash(n), "batch", Integer.toString(50 * (1 + w.random.nextInt(20)))));
        w.output(n + "_parameter_names", "Parameter Store names of the " + dash(n) + " settings.",
                "sort([for p in aws_ssm_parameter." + n + " : p.name])");
    }

    private static void logGroups(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("log_retention_days");
        w.useShared("kms_key_arn");
        out.append(w.fill("""
                resource "aws_cloudwatch_log_group" "@n@" {
                  for_each = toset(["application", "access", "audit"])

                  name              = "/${var.environment}/${local.name}/@d@/${each.key}"
                  retention_in_days = each.key == "audit" ? max(var.log_retention_days, @audit@) : var.log_retention_days
                  kms_key_id        = var.kms_key_arn

                  tags = merge(local.common_tags, { Stream = each.key })
                }

                resource "aws_cloudwatch_log_metric_filter" "@n@_errors" {
                  name           = "${local.name}-@d@-errors"
                  log_group_name = aws_cloudwatch_log_group.@n@["application"].name
                  pattern        = "{ $.level = \\"ERROR\\" }"

                  metric_transformation {
                    name          = "@title@Errors"
                    namespace     = "Custom/${local.name}"
                    value         = "1"
                    default_value = "0"
                  }
                }
                """, "n", n, "d", dash(n), "title", title(n).replace(" ", ""),
                "audit", Integer.toString(w.pick(Words.RETENTION_DAYS))));
        w.output(n + "_log_group_names", "Log groups of " + dash(n) + ".",
                "values(aws_cloudwatch_log_group." + n + ")[*].name");
    }

    private static void volumes(ModuleWriter w, StringBuilder out, String n) {
        w.useShared("kms_key_arn");
        out.append(w.fill("""
                resource "aws_ebs_volume" "@n@" {
                  count = local.is_production ? var.@n@_volume_count : 1

                  availability_zone = "${data.aws_region.current.region}${element(["a", "b", "c"], count.index)}"
                  size              = var.@n@_size_gib
                  type              = "gp3"
                  iops              = 3000
                  throughput        = 125
                  encrypted         = true
                  kms_key_id        = var.kms_key_arn
                  final_snapshot    = local.is_production

                  tags = merge(local.common_tags, {
                    Name = "${local.name}-@d@-${count.index}"
                  })
                }
                """, "n", n, "d", dash(n)));
        w.variable(n + "_volume_count", "number", "Number of " + dash(n) + " volumes in production.",
                Integer.toString(1 + w.random.nextInt(3)));
        w.variable(n + "_size_gib", "number", "Size of each " + dash(n) + " volume in GiB.",
                Integer.toString(50 * (1 + w.random.nextInt(20))));
        w.output(n + "_volume_ids", "IDs of the " + dash(n) + " volumes.", "aws_ebs_volume." + n + "[*].id");
    }

    private static void serviceScaling(ModuleWriter w, StringBuilder out, String n) {
        out.append(w.fill("""
                resource "aws_appautoscaling_target" "@n@" {
                  service_namespace  = "ecs"
                  resource_id        = "service/${local.name}/@d@"
                  scalable_dimension = "ecs:service:DesiredCount"
                  min_capacity       = var.@n@_capacity.min
                  max_capacity       = var.@n@_capacity.max

                  tags = local.common_tags
                }

                resource "aws_appautoscaling_policy" "@n@_cpu" {
                  name               = "${local.name}-@d@-cpu"
                  policy_type        = "TargetTrackingScaling"
                  service_namespace  = aws_appautoscaling_target.@n@.service_namespace
                  resource_id        = aws_appautoscaling_target.@n@.resource_id
                  scalable_dimension = aws_appautoscaling_target.@n@.scalable_dimension

                  target_tracking_scaling_policy_configuration {
                    target_value       = @target@.0
                    scale_in_cooldown  = 300
                    scale_out_cooldown = 60

                    predefined_metric_specification {
                      predefined_metric_type = "ECSServiceAverageCPUUtilization"
                    }
                  }
                }
                """, "n", n, "d", dash(n), "target", Integer.toString(50 + 5 * w.random.nextInt(7))));
        int max = 2 + w.random.nextInt(19);
        w.rawVariable(n + "_capacity", w.fill("""
                variable "@n@_capacity" {
                  description = "Task count bounds of the @d@ service."
                  type        = object({ min = number, max = number })
                  default     = { min = 1, max = @max@ }

                  validation {
                    condition     = var.@n@_capacity.min <= var.@n@_capacity.max
                    error_message = "min must not exceed max."
                  }
                }
                """, "n", n, "d", dash(n), "max", Integer.toString(max)));
        w.output(n + "_scaling_target", "Scalable target of the " + dash(n) + " service.",
                "aws_appautoscaling_target." + n + ".resource_id");
    }

    // ---------------------------------------------------------------- helpers

    private String resourceName() {
        String base = pick(Words.RESOURCE_NAMES);
        String candidate = base;
        for (int i = 2; !resourceNames.add(candidate); i++) {
            candidate = base + "_" + i;
        }
        return candidate;
    }

    private void useShared(String variable) {
        if (variableNames.add(variable)) {
            sharedUsed.add(variable);
            variables.append('\n').append(SHARED.get(variable));
        }
    }

    private void variable(String variableName, String type, String description, String defaultValue) {
        rawVariable(variableName, "variable \"" + variableName + "\" {\n"
                + "  description = \"" + description + "\"\n"
                + "  type        = " + type + "\n"
                + "  default     = " + defaultValue + "\n"
                + "}\n");
    }

    private void rawVariable(String variableName, String text) {
        if (variableNames.add(variableName)) {
            variables.append('\n').append(text);
        }
    }

    private void output(String outputName, String description, String value) {
        if (outputs.length() > 0) {
            outputs.append('\n');
        }
        outputs.append("output \"").append(outputName).append("\" {\n")
                .append("  description = \"").append(description).append("\"\n")
                .append("  value       = ").append(value).append('\n')
                .append("}\n");
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    private String amiId() {
        StringBuilder id = new StringBuilder("ami-0");
        for (int i = 0; i < 16; i++) {
            id.append(Character.forDigit(random.nextInt(16), 16));
        }
        return id.toString();
    }

    /** Replaces {@code @key@} placeholders; the templates never contain another {@code @}. */
    private String fill(String template, String... keysAndValues) {
        String result = template;
        for (int i = 0; i < keysAndValues.length; i += 2) {
            result = result.replace("@" + keysAndValues[i] + "@", keysAndValues[i + 1]);
        }
        if (result.indexOf('@') >= 0) {
            throw new IllegalStateException("unfilled placeholder in template: " + result);
        }
        return result;
    }

    private static String dash(String identifier) {
        return identifier.replace('_', '-');
    }

    private static String identifier(String moduleName) {
        return moduleName.replace('-', '_');
    }

    private static String title(String identifier) {
        StringBuilder sb = new StringBuilder();
        for (String part : identifier.split("_")) {
            if (!part.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }
}
