resource "aws_instance" "passes_everything" {
  root_block_device {
    volume_type = "gp3"
  }
  ebs_block_device {
    volume_size = 20
  }
  ebs_block_device {
    volume_size = "100"
  }
  associate_public_ip_address = false
}

resource "aws_instance" "no_blocks" {
  associate_public_ip_address = true
}

resource "aws_instance" "one_small_volume" {
  root_block_device {
    volume_type = "gp3"
  }
  ebs_block_device {
    volume_size = 100
  }
  ebs_block_device {
    volume_size = 8
  }
}

resource "aws_security_group" "https_first" {
  ingress {
    from_port = 443
  }
  ingress {
    from_port = 22
  }
}

resource "aws_security_group" "ssh_first" {
  ingress {
    from_port = 22
  }
}
