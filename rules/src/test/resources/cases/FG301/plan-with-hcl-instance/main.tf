resource "aws_instance" "trainer" {  # expect: aws_instance.trainer
  ami           = "ami-12345678"
  instance_type = "g5.xlarge"
}
