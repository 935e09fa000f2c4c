output "cluster_endpoint" {
  description = "EKS API endpoint"
  value       = aws_eks_cluster.this.endpoint
}

output "cluster_ca" {
  value     = aws_eks_cluster.this.certificate_authority[0].data
  sensitive = true
}

output "node_group_arns" {
  value = { for k, ng in aws_eks_node_group.this : k => ng.arn }
}

output "bucket_names" {
  value = values(aws_s3_bucket.data)[*].bucket
}

output "lambda_arns" {
  value = [for f in aws_lambda_function.this : f.arn]
}

output "first_private_subnet" {
  value = element(aws_subnet.private.*.id, 0)
}

output "legacy_index" {
  value = aws_instance.bastion.0.private_ip
}

output "summary" {
  value = <<EOT
cluster: ${aws_eks_cluster.this.name}
buckets: ${join(", ", [for b in aws_s3_bucket.data : b.bucket])}
EOT
}

output "conditional" {
  value = var.enable_bastion ? aws_instance.bastion[0].public_ip : null
}
