module "bucket" {
  source = "../../modules/bucket"
  bucket = "acme-complete"

  lifecycle_rules = [
    {
      id              = "expire-old"
      expiration_days = 90
    },
  ]
}
