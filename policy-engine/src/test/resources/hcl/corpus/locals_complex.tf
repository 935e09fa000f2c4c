locals {
  environments = ["dev", "staging", "prod"]

  # every (environment, bucket) pair, flattened for for_each
  env_buckets = flatten([
    for env in local.environments : [
      for name, cfg in var.buckets : {
        key         = "${env}-${name}"
        environment = env
        name        = name
        versioned   = cfg.versioned && env == "prod"
      }
    ]
  ])

  env_bucket_map = { for eb in local.env_buckets : eb.key => eb }

  # grouping mode: instance types per family
  by_family = { for t in var.instance_types : split(".", t)[0] => t... }

  gpu_types = [for t in var.instance_types : t if can(regex("^(p|g|trn|inf|dl)[0-9]", t))]

  subnet_ids     = aws_subnet.private[*].id
  subnet_azs     = aws_subnet.private.*.availability_zone
  first_subnet   = aws_subnet.private.0.id
  first_az_names = data.aws_availability_zones.available.names[0]
  tag_names      = aws_instance.workers[*].tags["Name"]
  nested_splat   = var.clusters[*].node_groups[*].name

  ratio       = (var.max_size - var.min_size) / 2 + var.min_size * 1.5 % 4
  precedence  = 1 + 2 * 3 - 4 / 2 >= 5 || !var.enabled && var.count != 0
  negative    = -var.offset + -1
  not_enabled = !var.enabled
  exponent    = 1.5e3
  small       = 2E-3
  chained     = var.a ? "a" : var.b ? "b" : "c"
  parens      = (var.a + var.b) * var.c

  expanded = max(var.sizes...)
  merged   = merge(var.default_tags, var.extra_tags, { ManagedBy = "terraform" })
  arn_info = provider::aws::arn_parse(var.role_arn)

  user_data = templatefile("${path.module}/user_data.tpl", { name = var.name })

  motd = <<-EOT
    Welcome to ${var.name}!
    %{ if var.environment == "prod" ~}
    This is PRODUCTION. Be careful.
    %{ else ~}
    Environment: ${upper(var.environment)}
    %{ endif ~}
    Nodes:
    %{ for i, n in var.nodes ~}
      ${i}: ${n}
    %{ endfor ~}
  EOT

  inline_if  = "cluster-%{ if var.ha }ha%{ else }single%{ endif }"
  escapes    = "tab\tnewline\nquote\"backslash\\ unicode\u00e9 astral\U0001F680"
  literal_interp = "use $${var.x} and %%{ if } literally"
  stripped   = "a   ${~ var.name ~}   b"

  object_colon = { "key one" : 1, key_two : "two", (var.dynamic_key) = 3 }
  empty_obj    = {}
  empty_tuple  = []
  trailing     = [1, 2, 3,]
  multiline_call = format(
    "%s-%s",
    var.project,
    var.environment,
  )
}
