resource "aws_instance" "gpu" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "g5.xlarge"

  user_data = <<-EOT
    #!/bin/bash
    set -euo pipefail
    echo "cluster=${var.cluster_name}" >> /etc/environment
    %{ for k, v in var.node_labels ~}
    echo "label ${k}=${v}"
    %{ endfor ~}
    cat <<'INNER' > /etc/motd
      managed by terraform
    INNER
  EOT

  tags = {
    Name = "gpu"
  }
}

locals {
  plain = <<EOT
line one
  line two, indented
$${not_interpolated} and %%{ not_a_directive }
EOT

  indented_with_blank_lines = <<-EOT
      first

      second (the blank line above keeps its spaces)
        third
    EOT

  empty_heredoc = <<EOT
EOT

  inside_call = upper(<<-EOT
    shout
  EOT
  )

  in_list = [<<EOT
one
EOT
  , "two"]

  marker_in_text = <<END_OF_TEXT
This line mentions END_OF_TEXT but does not end it.
  END_OF_TEXT
}

output "policy" {
  value = jsondecode(<<JSON
{"a": 1, "b": [true, false, null]}
JSON
  )
}
