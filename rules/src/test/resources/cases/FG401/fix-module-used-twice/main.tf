module "raw" {
  source    = "./modules/store"
  name      = "acme-raw"
  versioned = true
}

module "scratch" {
  source    = "./modules/store"
  name      = "acme-scratch"
  versioned = false
}

module "logs" {
  source = "./modules/bare"
  name   = "acme-logs"
}

module "audit" {
  source = "./modules/bare"
  name   = "acme-audit"
}
