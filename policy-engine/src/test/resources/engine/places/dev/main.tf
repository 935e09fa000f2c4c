module "store" {
  source   = "../modules/store"
  for_each = toset(["a", "b"])
  name     = "acme-${each.key}"
}
