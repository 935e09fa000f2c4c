module "lambda" {
  source = "./modules/lambda"
  prefix = "acme-dev"
}
