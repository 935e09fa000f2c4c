# type = any keeps the value's own type: an object stays an object, a tuple a tuple, a number a number.
module "anything" {
  source = "./modules/anything"
  value  = { name = "x", sizes = [1, "2"], nested = { on = true } }
  scalar = 42
  list   = ["a", 1]
}

output "value" {
  value = module.anything.value
}
