# file() in a module reading "${path.module}/../templates/...": outside the module's own directory but inside the
# case, as envs/prod calling ../../modules/compute reads that module's shared templates.
module "compute" {
  source = "./modules/compute"
  name   = "trainer"
}

output "user_data" {
  value = module.compute.user_data
}
