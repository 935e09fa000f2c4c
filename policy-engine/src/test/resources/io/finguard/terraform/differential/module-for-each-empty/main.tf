# for_each over an empty map: no instance, no resource; references see an empty object.
variable "queues" {
  type    = map(string)
  default = {}
}

module "queues" {
  source   = "./modules/queue"
  for_each = var.queues
  key      = each.key
}

resource "terraform_data" "summary" {
  input = { count = length(module.queues), outs = { for k, q in module.queues : k => q.out } }
}

output "outs" {
  value = values(module.queues)[*].out
}
