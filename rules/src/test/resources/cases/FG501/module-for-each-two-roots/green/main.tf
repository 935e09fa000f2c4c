module "queue" {
  source = "../modules/queue"
  name   = "orders"
}
