module "platform" {
  source = "../platform"
  name   = "blue"
}
