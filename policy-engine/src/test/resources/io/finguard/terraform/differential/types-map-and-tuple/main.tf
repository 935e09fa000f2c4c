# map(number) from an object whose values are number strings, map(string) from mixed values, and a tuple type
# converting each position to its own type.
variable "limits" {
  type    = map(number)
  default = { cpu = "2", memory = 4096 }
}

variable "labels" {
  type    = map(string)
  default = { tier = "web", replicas = 3, public = false }
}

variable "pair" {
  type    = tuple([string, number, bool])
  default = [1, "2", "false"]
}

resource "terraform_data" "converted" {
  input = {
    limits     = var.limits
    cpu_double = var.limits["cpu"] * 2
    labels     = var.labels
    pair       = var.pair
  }
}

output "pair" {
  value = var.pair
}
