# Converting to an object type keeps only the declared attributes: what the caller adds is dropped, so the module
# sees exactly its declared shape.
module "tagged" {
  source = "./modules/tagged"
  resource_tags = {
    Team    = "ml"
    Project = "vision"
    Extra   = "dropped"
  }
}

output "tags" {
  value = module.tagged.tags
}
