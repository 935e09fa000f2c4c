resource "aws_appautoscaling_target" "ecs" {
  service_namespace  = "ecs"
  resource_id        = "service/mlplat/api"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = 2
  max_capacity       = 50
}

resource "aws_appautoscaling_target" "dynamodb" {
  service_namespace  = "dynamodb"
  resource_id        = "table/features"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 25
  max_capacity       = 20
}

resource "aws_appautoscaling_target" "ok" {
  service_namespace  = "ecs"
  resource_id        = "service/mlplat/worker"
  scalable_dimension = "ecs:service:DesiredCount"
  min_capacity       = 1
  max_capacity       = 20
}
