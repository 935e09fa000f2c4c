provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      Workload = "model-training"
    }
  }
}

resource "aws_instance" "gpu_box" {  # expect: aws_instance.gpu_box
  ami           = "ami-12345678"
  instance_type = "g5.xlarge"
}
