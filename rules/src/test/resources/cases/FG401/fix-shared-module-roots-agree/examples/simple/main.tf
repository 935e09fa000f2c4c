module "bucket" {
  source = "../../modules/bucket"
  bucket = "acme-simple"
}
