# path.module is the module's directory relative to where terraform runs (the root), path.root is ".", and
# path.cwd is the absolute directory terraform runs in: the root module's directory (<cwd> in expected.json).
module "outer" {
  source = "./modules/outer"
}

resource "terraform_data" "root" {
  input = { module = path.module, root = path.root, cwd = path.cwd }
}

output "paths" {
  value = module.outer.paths
}
