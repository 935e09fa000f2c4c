module "ml" {
  source        = "./modules/ml"
  capacity_type = "ON_DEMAND"
}
