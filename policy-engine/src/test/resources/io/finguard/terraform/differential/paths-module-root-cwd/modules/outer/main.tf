module "inner" {
  source = "./modules/inner"
}

resource "terraform_data" "this" {
  input = { module = path.module, root = path.root, cwd = path.cwd }
}

output "paths" {
  value = { outer = path.module, inner = module.inner.module_path, cwd = path.cwd }
}
