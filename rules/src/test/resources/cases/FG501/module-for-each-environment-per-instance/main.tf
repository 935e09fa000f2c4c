variable "tags" {
  type = map(string)
}

module "log_group" {
  source   = "./modules/logs"
  for_each = toset(["my-dev", "my-staging", "my-prod"])
  name     = each.key
  tags     = var.tags
}
