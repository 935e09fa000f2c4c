variable "name" {
  type = string
}

variable "scaling" {
  type = object({ min_size = number, max_size = number })
  default = {
    min_size = 1
    max_size = 50
  }
}
