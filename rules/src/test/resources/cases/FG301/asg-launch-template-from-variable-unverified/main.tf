variable "launch_template_id" {
  type = string
}

resource "aws_autoscaling_group" "training" {
  min_size            = 0
  max_size            = 4
  vpc_zone_identifier = ["subnet-1"]

  launch_template {
    id      = var.launch_template_id
    version = "$Latest"
  }
}
