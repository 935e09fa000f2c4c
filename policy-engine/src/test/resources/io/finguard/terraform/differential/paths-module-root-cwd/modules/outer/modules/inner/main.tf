resource "terraform_data" "this" {
  input = { module = path.module, root = path.root, cwd = path.cwd }
}

output "module_path" {
  value = path.module
}
