# written on Windows: a BOM and CRLF line endings
resource "aws_cloudwatch_log_group" "windows_app" {
  name              = "/app/windows/prod"
  retention_in_days = 30

  tags = {
    Environment = "prod"
    Team        = "desktop"
  }
}

resource "aws_ssm_document" "patch" {
  name          = "patch-windows"
  document_type = "Command"
  content       = <<-DOC
    {
      "schemaVersion": "2.2",
      "description": "Patch ${var.fleet}"
    }
  DOC
}

locals {
  crlf_list = [
    "a",
    "b",
  ]
  crlf_cond = var.x ? "yes" : "no" // comment before CRLF
}
