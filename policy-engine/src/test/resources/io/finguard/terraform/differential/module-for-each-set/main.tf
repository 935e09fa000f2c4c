# for_each over a set of strings: each.key and each.value are both the element; duplicates collapse.
module "queues" {
  source   = "./modules/queue"
  for_each = toset(["orders", "emails", "orders", "audit"])
  key      = each.key
  value    = each.value
}

output "names" {
  value = keys(module.queues)
}

output "outs" {
  value = { for k, q in module.queues : k => q.out }
}

# A resource repeated over the module instances: Terraform plans terraform_data.per_queue["audit"] and so on;
# finguard keeps one entry for the resource, terraform_data.per_queue, whose value is not compared.
resource "terraform_data" "per_queue" {
  for_each = module.queues
  input    = each.value.out
}
