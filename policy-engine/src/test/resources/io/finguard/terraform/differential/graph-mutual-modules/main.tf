# A bucket and its replica in miniature: each module reads the other's output, yet there is no cycle, because
# module.a.out depends only on a's var.x and module.b.other only on b's var.z. A graph with one node per module
# call sees a -> b -> a; Terraform's graph has a node per variable and output and plans both.
module "a" {
  source = "./modules/a"
  x      = "primary"
  peer   = module.b.other
}

module "b" {
  source      = "./modules/b"
  z           = "replica"
  source_name = module.a.out
}

output "a_out" {
  value = module.a.out
}

output "b_other" {
  value = module.b.other
}

output "b_pair" {
  value = module.b.pair
}
