variable "name" {
  type = string
}

locals {
  user_data = file("${path.module}/../templates/user-data.sh")
}

resource "terraform_data" "this" {
  input = {
    name      = var.name
    user_data = local.user_data
    lines     = length(split("\n", trimspace(local.user_data)))
    exists    = fileexists("${path.module}/../templates/user-data.sh")
  }
}

output "user_data" {
  value = local.user_data
}
