# optional() attributes left out by the caller: optional(string) becomes null, optional(number, 3) becomes 3,
# optional(map(string), {}) becomes {}; attributes the caller gives are converted to the declared type.
module "bucket" {
  source = "./modules/bucket"
  config = {
    name = "logs"
    size = "7"
  }
}

module "bucket_defaults" {
  source = "./modules/bucket"
  config = {
    name = "data"
  }
}

output "config" {
  value = module.bucket.config
}

output "defaults" {
  value = module.bucket_defaults.config
}
