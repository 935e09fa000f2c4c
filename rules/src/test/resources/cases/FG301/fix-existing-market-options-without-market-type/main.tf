resource "aws_launch_template" "training" {
    name_prefix   = "training-"
    image_id      = "ami-12345678"
    instance_type = "g5.12xlarge"

    instance_market_options {
        spot_options {
            max_price = "2.50" # the most a GPU hour is worth to us
        }
    }

    lifecycle {
        create_before_destroy = true
    }
}
