resource "aws_instance" "gpu_box" {  # expect: aws_instance.gpu_box
  ami           = "ami-12345678"
  instance_type = "g5.xlarge"
  tags = {
    Name = "bert-trainer"
  }
}

resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "t3.small"
  tags = {
    Name = "web"
  }
}
