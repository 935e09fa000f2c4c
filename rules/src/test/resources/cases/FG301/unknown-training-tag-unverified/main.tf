variable "workload" {
  type = string
}

resource "aws_instance" "gpu_box" {
  ami           = "ami-12345678"
  instance_type = "g5.xlarge"
  tags = {
    Workload = var.workload
  }
}
