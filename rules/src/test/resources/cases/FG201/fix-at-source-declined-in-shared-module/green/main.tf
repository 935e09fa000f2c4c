module "platform" {
  source = "../platform"
  name   = "green"
}
