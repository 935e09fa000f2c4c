# map(object(...)) with optional attributes: every element is completed from the declared defaults, and
# number-like strings become numbers.
module "pool" {
  source = "./modules/pool"
  members = {
    a = {}
    b = { size = 5 }
    c = { size = "8", kind = "large" }
  }
}

output "members" {
  value = module.pool.members
}
