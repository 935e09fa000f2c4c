module "nodes" {
  source = "./modules/nodes"
  name   = "general"
}
