module "store" {
  source = "../modules/store"
  name   = "acme-prod"
}
