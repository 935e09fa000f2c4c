# A tuple given to list(string) or list(number) is converted element by element: 1 -> "1", true -> "true",
# "2" -> 2. Without a type the tuple stays as written.
variable "names" {
  type    = list(string)
  default = ["a", 1, true]
}

variable "sizes" {
  type    = list(number)
  default = ["2", 3, "4.5"]
}

variable "untyped" {
  default = ["a", 1, true]
}

resource "terraform_data" "lists" {
  input = {
    names   = var.names
    sizes   = var.sizes
    total   = sum(var.sizes)
    untyped = var.untyped
  }
}

output "names" {
  value = var.names
}
