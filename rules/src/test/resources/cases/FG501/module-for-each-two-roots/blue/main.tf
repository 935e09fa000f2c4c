module "queue" {
  source   = "../modules/queue"
  for_each = toset(["orders", "refunds"])
  name     = each.key
}
