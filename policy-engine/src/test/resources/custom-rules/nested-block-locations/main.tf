variable "extra_ports" {
  default = [8080, 443]
}

resource "aws_security_group" "web" {
  ingress {
    from_port = 443
  }
  ingress {
    from_port = 22
  }
}

resource "aws_security_group" "dynamic_after_static" {
  ingress {
    from_port = 80
  }
  dynamic "ingress" {
    for_each = var.extra_ports
    content {
      from_port = ingress.value
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "logs" {
  bucket = "logs"

  rule {
    id     = "expire"
    status = "Enabled"
  }

  rule {
    id     = "archive"
    status = "Disabled"
  }
}

resource "aws_instance" "volumes" {
  ebs_block_device {
    device_name = "/dev/sdb"
    encrypted   = true
  }
  ebs_block_device {
    device_name = "/dev/sdc"
  }
}
