resource "aws_instance" "model_fit" {  # expect: aws_instance.model_fit
  ami           = "ami-12345678"
  instance_type = "g5.xlarge"
}

resource "aws_instance" "trainer" {
  ami           = "ami-12345678"
  instance_type = "g5.xlarge"
}
