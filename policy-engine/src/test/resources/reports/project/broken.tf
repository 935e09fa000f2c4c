variable "x" {
  default = 
