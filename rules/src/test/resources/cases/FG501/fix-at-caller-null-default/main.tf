module "lambda_function" {
  source = "./modules/lambda"

  function_name = "acme-prod-thumbnails"
}
