variable "sizes" {
  type    = list(number)
  default = [4, 30]
}

resource "aws_autoscaling_group" "pool" {
  count    = length(var.sizes)
  name     = "pool-${count.index}"
  min_size = 0
  max_size = var.sizes[count.index]
}
