package io.finguard.bench;

/** Vocabulary of the generated corpus: module names, resource names and attribute values. */
final class Words {

    static final String[] DOMAINS = {
        "payments", "ledger", "search", "catalog", "checkout", "identity", "billing", "analytics",
        "ml", "feature-store", "ingest", "reporting", "notifications", "media", "inventory", "pricing",
        "fraud", "support", "partner", "audit", "gateway", "shipping", "orders", "recommendations",
    };

    static final String[] COMPONENTS = {
        "api", "workers", "pipeline", "store", "queue", "cache", "batch", "stream", "etl", "web",
        "scheduler", "archive", "events", "backend", "jobs", "training", "inference", "exports",
    };

    static final String[] ENVIRONMENTS = {"dev", "staging", "prod"};

    static final String[] RESOURCE_NAMES = {
        "primary", "events", "uploads", "exports", "raw", "curated", "jobs", "reports", "ingest",
        "snapshots", "scratch", "results", "audit", "metrics", "orders", "sessions", "images",
        "models", "features", "checkpoints", "invoices", "webhooks", "callbacks", "digest",
    };

    static final String[] TOPIC_FILES = {
        "iam.tf", "storage.tf", "compute.tf", "monitoring.tf", "network.tf", "queues.tf",
        "data.tf", "security.tf", "lambda.tf", "scaling.tf",
    };

    static final String[] INSTANCE_TYPES = {
        "t3.medium", "t3.large", "m6i.large", "m6i.xlarge", "m7g.large", "c6i.xlarge", "c7g.2xlarge",
        "r6i.large", "r6g.xlarge", "m6a.2xlarge",
    };

    static final String[] GPU_INSTANCE_TYPES = {"g5.xlarge", "g5.2xlarge", "g6.xlarge", "p4d.24xlarge", "inf2.xlarge"};

    static final String[] RUNTIMES = {"python3.12", "python3.13", "nodejs20.x", "nodejs22.x", "java21", "provided.al2023"};

    static final String[] SERVICES = {"ec2", "lambda", "ecs-tasks", "states", "events", "glue", "sagemaker", "batch"};

    static final String[] DATA_CLASSES = {"public", "internal", "confidential", "restricted"};

    static final String[] TEAMS = {"platform", "data-eng", "ml-platform", "payments-core", "growth", "sre"};

    static final int[] RETENTION_DAYS = {1, 3, 5, 7, 14, 30, 60, 90};

    private Words() {}
}
