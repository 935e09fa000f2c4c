# Indented with tabs, with text in several scripts.
resource "aws_s3_bucket" "i18n" {
	bucket = "données-équipe-ml"

	tags = {
		Name        = "Données d'entraînement"
		Owner       = "Zoë Müller"
		Description = "学習データ — モデル用"
		Emoji       = "🚀 launch"
	}
}

resource "aws_sns_topic" "alerts" {
	name         = "alertes-coûts"
	display_name = "Alertes coûts ☁️"
}

locals {
	# identifiers may be non-ASCII letters too
	coût_mensuel = 1200
	π           = 3.14159
	label       = "${local.coût_mensuel} € / mois"
	mixed	= "tab\tinside"
}
