# templatefile() in a module, reading a template from the module's own directory, with variables, a loop and a
# conditional in the template; and file() of the same template from the root through path.root.
module "app" {
  source = "./modules/app"
  name   = "api"
  ports  = [80, 443]
}

resource "terraform_data" "raw" {
  input = file("${path.root}/modules/app/templates/config.tftpl")
}

output "config" {
  value = module.app.config
}
